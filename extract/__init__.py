"""extract: a file in, one Document out (paragraphs and tables with provenance).

    from extract import read_document
    doc = read_document("report.pdf")

The format is sniffed from the bytes, not the file name.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import ExtractError, UnsupportedFormat
from .model import Block, Cell, Document, Location, Paragraph, Table, normalize_ws
from .sniff import sniff

__all__ = ["read_document", "read_bytes", "ExtractError", "UnsupportedFormat", "Document", "Paragraph",
           "Table", "Cell", "Location", "Block", "normalize_ws", "SUPPORTED"]

SUPPORTED = ("txt", "docx", "pdf")
MAX_FILE = 100 * 1024 * 1024


def read_document(path: str | Path, name: str | None = None) -> Document:
    """Read a report. `name` is how the file is called in provenance (default: the path)."""
    path = Path(path)
    label = name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise ExtractError(label, "too_large", f"文件过大（{size // 2**20} MB，上限 {MAX_FILE // 2**20} MB）")
        data = path.read_bytes()
    except OSError as e:
        raise ExtractError(label, "io", f"无法读取文件（{e.strerror or e}）") from None
    return read_bytes(data, label)


def read_bytes(data: bytes, label: str) -> Document:
    sha = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    if kind == "empty":
        raise ExtractError(label, "empty", "文件为空（没有任何内容）")
    if kind == "pdf":
        from .pdf_reader import read_pdf
        return read_pdf(label, data, sha)
    if kind == "docx":
        from .docx_reader import read_docx
        return read_docx(label, data, sha)
    if kind == "broken-zip":
        raise ExtractError(label, "corrupt", "文件是损坏或不完整的压缩包（可能是截断的 Word .docx 文件），无法读取")
    if kind == "doc":
        raise UnsupportedFormat(label, "旧版 Word .doc（或其他 OLE2 格式）暂不支持，请另存为 .docx 后重新提交")
    if kind == "xlsx":
        raise UnsupportedFormat(label, "Excel .xlsx 暂不支持")
    if kind == "zip":
        raise UnsupportedFormat(label, "压缩包不是 Word 文档，暂不支持")
    from .text_reader import read_text
    return read_text(label, data, sha)
