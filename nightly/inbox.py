"""The inbox, listed without trusting it: every entry gets a row, nothing outside it is read.

A zip archive (not an Office or OFD file) stands for its members: each is a document of its
own, named `archive.zip!/path/in/zip.docx`, read from the archive by the worker.

Walked iteratively (a thousand nested folders must not overflow the stack). Symbolic links
are followed only when they stay inside the inbox; FIFOs, devices, dangling links, link loops,
unreadable folders and folders nested too deep become rows that say why they were not read.
Files an operating system or an office suite leaves in a shared folder (.DS_Store, Thumbs.db,
Office lock files ~$…, other dot-files) are rows marked `ignored`: listed, never read, never a
failure that comes back every night.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from jixiao.extract.archive import is_archive, list_members
from jixiao.extract.errors import ExtractError

MAX_DEPTH = 64

# Names no report has: what Windows, macOS and office suites leave beside the files people save.
# A rule (dot-files, ~$ lock files) covers most; the three named files are not dot-files.
SYSTEM_FILES = {"thumbs.db": "Windows 缩略图缓存", "desktop.ini": "Windows 文件夹设置",
                "ehthumbs.db": "Windows 缩略图缓存"}


def ignored_reason(name: str) -> str | None:
    """Why a file or folder of this name is not a report (it is listed as ignored), or None."""
    low = name.lower()
    if low in SYSTEM_FILES:
        return f"系统文件（{SYSTEM_FILES[low]}），已忽略"
    if name.startswith("~$") or name.startswith(".~lock."):
        return "办公软件打开文档时留下的锁定文件，已忽略"
    if name.startswith("."):
        return "隐藏文件（以“.”开头，如 .DS_Store），已忽略"
    return None


@dataclass
class Entry:
    path: str          # as the OS names it (may hold undecodable bytes, kept by surrogateescape)
    doc: str           # as the outputs name it: relative to the inbox, readable, valid UTF-8
    st: os.stat_result | None = None
    status: str = ""   # "" for a file to read; else unsupported / failed
    reason: str = ""
    member: str | None = None   # a file inside a zip archive: its name there (path is the archive)


def display_name(rel: str) -> str:
    """A relative path as valid UTF-8 text: undecodable bytes shown as \\xNN."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace").replace(os.sep, "/")


def inside(path: str, folder: str) -> bool:
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def scan(inbox: Path, max_depth: int = MAX_DEPTH) -> list[Entry]:
    root = str(inbox)
    entries: list[Entry] = []
    stack = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as e:
            entries.append(_row(root, folder, "failed", f"无法读取目录（{e.strerror or e}），其中的文件未处理", is_dir=True))
            continue
        subfolders = []
        for e in children:
            rel = os.path.relpath(e.path, root)
            why = ignored_reason(e.name)
            try:
                if why:
                    entries.append(_row(root, e.path, "ignored", why, is_dir=e.is_dir(follow_symlinks=False)))
                elif e.is_symlink():
                    entries.extend(_link(root, e.path, rel))
                elif e.is_dir(follow_symlinks=False):
                    if depth + 1 > max_depth:
                        entries.append(_row(root, e.path, "unsupported",
                                            f"目录层级超过 {max_depth} 层，其中的文件未读取", is_dir=True))
                    else:
                        subfolders.append((e.path, depth + 1))
                elif e.is_file(follow_symlinks=False):
                    entries.extend(_file(e.path, display_name(rel), e.stat(follow_symlinks=False)))
                else:
                    entries.append(_row(root, e.path, "unsupported", f"不是普通文件（{_kind(e.path)}），未读取"))
            except OSError as err:
                entries.append(_row(root, e.path, "failed", f"无法读取（{err.strerror or err}）"))
        stack.extend(reversed(subfolders))
    entries.sort(key=lambda e: e.doc)
    return entries


def _file(path: str, doc: str, st: os.stat_result) -> list[Entry]:
    """A file, or the members of a zip archive, each its own document (`a.zip!/b.docx`)."""
    if not is_archive(path):
        return [Entry(path, doc, st)]
    try:
        members = list_members(path)
    except ExtractError as e:
        return [Entry(path, doc, st, "failed", e.reason)]
    if not members:
        return [Entry(path, doc, st, "unsupported", "空压缩包，没有可读取的文件")]
    return [Entry(path, f"{doc}!/{shown}", st, member=name) for name, shown in members]


def _row(root: str, path: str, status: str, reason: str, is_dir: bool = False) -> Entry:
    doc = display_name(os.path.relpath(path, root)) + ("/" if is_dir else "")
    return Entry(path, "./" if doc == "./" else doc, None, status, reason)


def _link(root: str, path: str, rel: str) -> list[Entry]:
    target = os.readlink(path)
    try:
        st = os.stat(path)   # follows the link: fails for a dangling link or a loop
    except OSError as e:
        what = "符号链接循环" if e.errno == 40 else "符号链接指向不存在的文件"
        return [_row(root, path, "unsupported", f"{what}（→ {display_name(target)}），未读取")]
    if not inside(path, root):
        return [_row(root, path, "unsupported", f"符号链接指向收件目录之外（→ {display_name(target)}），未读取")]
    if stat.S_ISREG(st.st_mode):
        return _file(path, display_name(rel), st)
    if stat.S_ISDIR(st.st_mode):
        return [_row(root, path, "unsupported", "指向收件目录内另一目录的符号链接，未跟随（其中的文件按原位置读取）")]
    return [_row(root, path, "unsupported", f"符号链接指向的不是普通文件（{_kind(path)}），未读取")]


def _kind(path: str) -> str:
    try:
        mode = os.stat(path, follow_symlinks=False).st_mode
    except OSError:
        return "无法识别"
    if stat.S_ISFIFO(mode):
        return "命名管道"
    if stat.S_ISSOCK(mode):
        return "套接字"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "设备文件"
    return "特殊文件"


def overlap(inbox: Path, out: Path) -> str | None:
    """Why the output folder cannot be used with this inbox, or None."""
    if inside(str(out), str(inbox)):
        return f"输出目录 {out} 位于收件目录 {inbox} 之内（或相同）：输出会被当作报告读取，拒绝运行"
    if inside(str(inbox), str(out)):
        return f"收件目录 {inbox} 位于输出目录 {out} 之内：拒绝运行"
    return None
