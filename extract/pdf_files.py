"""A PDF PORTFOLIO (PDF 包, a /Collection in the catalog): the documents are files embedded in it, and its pages
are a cover sheet that viewers without portfolio support show ('open this PDF portfolio in Acrobat …'). Acrobat
makes one to send several files, or a scan, as one PDF; read page by page it holds nothing but that cover.

`portfolio_files` gives the embedded files of a portfolio (none of another PDF: a PDF's attachments beside its
own pages are not its content and stay unread, as before).
"""
from __future__ import annotations

from io import BytesIO

from .errors import fallback_unless_oom

MAX_FILES = 20     # files read from one portfolio at most; those past it are named unread


def portfolio_files(data: bytes) -> list[tuple[str, bytes]] | None:
    """(name, bytes) of each file embedded in a PDF portfolio, in the order the file lists them; None where the
    PDF is no portfolio, carries no file, or cannot be opened for them (the pages are then read as ever)."""
    with fallback_unless_oom():
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(data)
        try:
            if not doc.count_attachments() or not _collection(data):
                return None
            files = []
            for k in range(doc.count_attachments()):
                a = doc.get_attachment(k)
                files.append((_name(a.get_name()) or f"附件{k + 1}", bytes(a.get_data())))
            return files
        finally:
            doc.close()
    return None


def _collection(data: bytes) -> bool:
    """The catalog has a /Collection dictionary (what makes a PDF a portfolio, ISO 32000-1 12.3.5)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    return "Collection" in PDFDocument(PDFParser(BytesIO(data))).catalog


def _name(name: str) -> str:
    """A file's name as written: one stored as UTF-16BE with its byte-order mark (as pypdf and others write a
    text string) that PDFium hands back as its bytes read one by one (þÿ…) decoded as UTF-16."""
    if name.startswith("\u00fe\u00ff"):
        try:
            return name.encode("latin-1")[2:].decode("utf-16-be")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return name
    return name
