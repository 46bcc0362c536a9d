"""Old Word, WPS and RTF files (and spreadsheets xlrd cannot read) converted with LibreOffice.

LibreOffice runs headless in a sandbox of its own: a copy of the file in a fresh temporary
folder (the inbox is never touched), its own temporary profile (no shared state between
conversions, no lock on a user profile), a time limit, and its whole process group killed
when the limit passes. The converted file is cached by the sha256 of the input, so a file
is converted once however many nights it stays in the inbox.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import ExtractError

TIMEOUT = 90.0   # seconds for one conversion


def soffice() -> str | None:
    for name in ("soffice", "libreoffice", "localc", "lowriter"):
        found = shutil.which(name)
        if found:
            return found
    return None


def cache_dir() -> Path:
    base = os.environ.get("JIXIAO_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME")
                                                          or os.path.expanduser("~/.cache"), "jixiao")
    return Path(base) / "converted"


def convert(path: str, data: bytes, sha256: str, target: str, what: str, timeout: float = TIMEOUT) -> bytes:
    """The file converted to `target` ("docx" or "xlsx"); ExtractError when it cannot be."""
    cached = cache_dir() / f"{sha256}.{target}"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    exe = soffice()
    if exe is None:
        raise ExtractError(path, "needs_libreoffice",
                           f"{what}需要 LibreOffice 转换后读取，本机未安装（make setup 会安装；或另存为 .{target} 后重新提交）")
    with tempfile.TemporaryDirectory(prefix="jixiao-lo-") as work:
        src = Path(work) / f"input.{_suffix(what)}"
        src.write_bytes(data)
        profile = Path(work) / "profile"
        outdir = Path(work) / "out"
        cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--norestore",
               "--nolockcheck", "--nodefault", "--nologo", "--convert-to", target, "--outdir", str(outdir), str(src)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=work, start_new_session=True, env={**os.environ, "HOME": work})
        try:
            output, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise ExtractError(path, "timeout", f"{what}用 LibreOffice 转换超过 {timeout:g} 秒，已终止") from None
        finally:
            _kill_group(proc)   # a helper process that outlived soffice
        produced = list(outdir.glob(f"*.{target}")) if outdir.exists() else []
        if proc.returncode != 0 or not produced:
            tail = (output or b"").decode(errors="replace").strip()[-300:]
            raise ExtractError(path, "corrupt", f"{what}无法用 LibreOffice 转换（{tail or f'退出码 {proc.returncode}'}）")
        converted = produced[0].read_bytes()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f".{cached.name}.tmp-{os.getpid()}")
        tmp.write_bytes(converted)
        os.replace(tmp, cached)
    except OSError:
        pass   # a cache that cannot be written only costs time
    return converted


def _suffix(what: str) -> str:
    return {"旧版 Word 文件": "doc", "WPS 文字文件": "wps", "RTF 文件": "rtf", "Word 2003 XML 文档": "xml",
            "WPS 表格文件": "et"}.get(what, "bin")


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        pass
