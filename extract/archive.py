"""Zip archives in the inbox: each member is a document of its own, `archive.zip!/dir/report.docx`.

The archive is a bomb guard's business before any member is read: at most MAX_MEMBERS
members and MAX_TOTAL declared bytes; each member is inflated in chunks with the real bytes
counted (a zip can lie about sizes) against the per-file limit and a ratio limit. Member names
are made safe for display and provenance: no absolute paths, no `..`, GBK names written by
Chinese Windows (which zip marks as cp437) decoded as GBK.
"""
from __future__ import annotations

import zipfile
import zlib

from .errors import ExtractError
from .sniff import package_kind
from .zipguard import inflate

MAX_MEMBERS = 10_000
MAX_TOTAL = 1024 * 1024 * 1024
MAX_MEMBER = 100 * 1024 * 1024


def is_archive(path: str) -> bool:
    """A zip that is not itself an Office, OpenDocument or OFD document."""
    try:
        with open(path, "rb") as f:
            if f.read(4) != b"PK\x03\x04":
                return False
        with zipfile.ZipFile(path) as zf:
            return package_kind(zf) == "zip"
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError, EOFError, NotImplementedError, zlib.error):
        return False


def display_member(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:   # not marked UTF-8: Chinese Windows wrote GBK, zipfile read cp437
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts)


def list_members(path: str) -> list[tuple[str, str]]:
    """(member name in the zip, safe display name) of every file member; ExtractError when the
    archive is damaged or beyond the limits."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError) as e:
        raise ExtractError(path, "corrupt", f"压缩包已损坏，无法读取目录（{e}）") from None
    if len(infos) > MAX_MEMBERS:
        raise ExtractError(path, "bomb", f"压缩包含 {len(infos)} 个文件，超过上限 {MAX_MEMBERS}，疑为压缩炸弹，未展开")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise ExtractError(path, "bomb", f"压缩包解压后达 {total // 2**20} MB，超过上限 {MAX_TOTAL // 2**20} MB，未展开")
    out, seen = [], set()
    for i in infos:
        shown = display_member(i) or "（无名文件）"
        while shown in seen:
            shown += "~"
        seen.add(shown)
        out.append((i.filename, shown))
    return out


def read_member(path: str, member: str, label: str) -> bytes:
    """A member's bytes, inflated under the same guard as Office packages (zipguard.inflate)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return inflate(zf, zf.getinfo(member), label, "压缩包中的文件", MAX_MEMBER, over="too_large")[0]
    except (OSError, KeyError, zipfile.BadZipFile, ValueError) as e:   # the archive itself, or the member gone
        raise ExtractError(label, "corrupt", f"压缩包中的文件无法解压（{e}）") from None
