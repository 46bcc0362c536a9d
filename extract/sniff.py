"""Detect a file's format from its bytes, never from its name."""
from __future__ import annotations

import zipfile
from io import BytesIO

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    """Return 'pdf', 'docx', 'xlsx', 'zip', 'doc' (OLE2), 'empty' or 'text-or-binary'."""
    if not data.strip():
        return "empty"
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "broken-zip"
        except Exception:  # noqa: BLE001 - any failure to list the archive means it is broken
            return "broken-zip"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if data.startswith(OLE2):
        return "doc"
    return "text-or-binary"
