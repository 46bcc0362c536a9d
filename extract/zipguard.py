"""Zip-based packages (.docx, .xlsx, .ofd, .zip) are checked before any library opens them.

The sizes a zip declares can lie, so every member is inflated once in chunks and the bytes
that actually come out are counted: past MAX_UNPACKED in all, or a member inflating more than
MAX_RATIO times its compressed size (and over 10 MB), the file is a bomb. XML parts that
declare a DTD or entities (XXE, billion laughs) are refused: no genuine office file has one.
"""
from __future__ import annotations

import zipfile
from io import BytesIO
from xml.parsers import expat

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from .errors import ExtractError

MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200
CHUNK = 1 << 20


def inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, what: str, budget: int, keep: bool = True,
            over: str = "bomb", spent: int = 0) -> tuple[bytes, int]:
    """One member inflated in chunks: (its bytes, or b"" when not kept; its real size). The bytes
    that come out, with `spent` by earlier members, are counted against `budget` (ExtractError
    `over` past it), and against the ratio limit."""
    parts, size = [], 0
    try:
        with zf.open(info) as f:
            while chunk := f.read(CHUNK):
                size += len(chunk)
                if spent + size > budget:
                    raise ExtractError(path, over, f"{what}实际解压超过 {budget // 2**20} MB（可能与压缩包声明的大小不符），"
                                                   f"{'疑为压缩炸弹，' if over == 'bomb' else ''}拒绝读取")
                if size > 10 * 2**20 and size > MAX_RATIO * max(info.compress_size, 1):
                    raise ExtractError(path, "bomb", f"{what}中的 {info.filename} 压缩比异常（超过 {MAX_RATIO} 倍），疑为压缩炸弹，拒绝读取")
                if keep:
                    parts.append(chunk)
    except ExtractError:
        raise
    except RuntimeError as e:   # an encrypted member
        raise ExtractError(path, "encrypted", f"{what}已加密，无法读取（{e}）") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as e:  # zlib errors surface here
        raise ExtractError(path, "corrupt", f"{what}已损坏，{info.filename} 无法解压（{e}）") from None
    return b"".join(parts), size


def check_package(path: str, data: bytes, what: str = "Word 文件", xml_suffixes=(".xml", ".rels")) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ExtractError(path, "corrupt", f"{what}已损坏，无法解压（{e}）") from None
    declared = sum(i.file_size for i in infos)
    if declared > MAX_UNPACKED:
        raise ExtractError(path, "bomb", f"{what}解压后达 {declared // 2**20} MB，超过上限 {MAX_UNPACKED // 2**20} MB，疑为压缩炸弹，拒绝读取")
    total = 0
    for i in infos:
        if i.is_dir():
            continue
        is_xml = i.filename.lower().endswith(xml_suffixes)
        body, size = inflate(zf, i, path, what, MAX_UNPACKED, keep=is_xml, spent=total)
        total += size
        if is_xml and not _plain_xml(body):
            try:
                safe_et.fromstring(body)
            except DefusedXmlException:
                raise ExtractError(path, "xxe", f"{what}中的 {i.filename} 声明了 DTD 或外部实体，存在安全风险，拒绝读取") from None
            except safe_et.ParseError as e:
                raise ExtractError(path, "corrupt", f"{what}中的 {i.filename} 不是合法的 XML（{e}）") from None
    return zf


class _Doctype(Exception):
    pass


def _doctype(*_):
    raise _Doctype


def _plain_xml(body: bytes) -> bool:
    """Well-formed XML with no DOCTYPE (so no DTD, no entity), as expat with ElementTree's namespace
    handling reads it, checked without building the tree: every genuine office part. Anything else
    (a DOCTYPE, an error) is parsed again by defusedxml, which says what is wrong with it. Building
    the tree of every part was most of the time of opening a .docx or .xlsx."""
    parser = expat.ParserCreate(None, "}")
    parser.StartDoctypeDeclHandler = _doctype
    try:
        parser.Parse(body, True)
    except (_Doctype, expat.ExpatError):
        return False
    return True
