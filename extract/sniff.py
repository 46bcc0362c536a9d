"""Detect a file's format from its bytes, never from its name."""
from __future__ import annotations

import re
import zipfile
from io import BytesIO

from .errors import fallback_unless_oom
from .flat_opc import is_flat_opc
from .notebook import is_notebook

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# a page's own tags, each a whole tag name (<tablewidth="100%">, a wiki's cell attribute, or <header-note> is none)
_HTML = re.compile(rb"<(?:!doctype\s+html|(?:html|head|body|table)(?=[\s/>])|meta\s)", re.I)
_MHT = re.compile(rb"^(?:[\w-]+:.*\r?\n)*?content-type:\s*multipart/related", re.I | re.M)
IMAGES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"), (b"II*\x00", "tif"), (b"MM\x00*", "tif"),
          (b"BM", "bmp"), (b"GIF8", "gif"))


# An XML document's root element, after its declaration and any comments or processing instructions.
_XML_ROOT = re.compile(rb"^<\?xml[^>]*\?>\s*(?:(?:<!--.*?-->|<\?.*?\?>)\s*)*<([A-Za-z_][\w.:-]*)", re.S)


def _xml_of_another_kind(head: bytes) -> bool:
    """Whether the text is an XML document (it opens with a declaration) whose root is no page's (<html>, a
    doctype): an outliner's <opml> with its <head><title>, an export whose elements happen to be named body or
    table, is a document of its own kind, the text reader's (xml_tree), not a web page."""
    m = _XML_ROOT.match(head)
    return m is not None and m.group(1).lower() not in (b"html", b"!doctype")


def sniff(data: bytes) -> str:
    """One of: pdf, docx, xlsx, ofd, odt, ods, fodt, fods, odf, zip, broken-zip, doc, xls, et, wps, ole-encrypted,
    ole, rtf, xmlss, sylk, dif, flatopc, wordml, ipynb, html, mht, image, empty, text-or-binary."""
    if not data.strip():
        return "empty"
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        with fallback_unless_oom():
            return package_kind(zipfile.ZipFile(BytesIO(data)))
        return "broken-zip"     # any failure to list or open the archive but the machine's limit
    if data.startswith(OLE2):
        return _ole_kind(data)
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    for magic, _ in IMAGES:
        if data.startswith(magic):
            return "image"
    text_head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if flat := _FLAT_ODF.search(data[:65536]):     # before html: its <table:table> reads as a <table
        return FLAT_KINDS.get(flat.group(1).decode("ascii"), "odf")
    if _XMLSS.search(data[:4096]):     # before html: its <Table> reads as a <table
        return "xmlss"
    if _SYLK.match(data):
        return "sylk"
    if _DIF.match(data):
        return "dif"
    if is_flat_opc(data[:4096]):     # before wordml: Word writes its mso-application instruction above it too
        return "flatopc"
    if _WORDML.search(data[:4096]):
        return "wordml"
    if is_notebook(data):     # before html: its outputs' <table>s are strings of its JSON
        return "ipynb"
    if _MHT.search(data[:4096]) and b"\n\n" in data.replace(b"\r\n", b"\n")[:65536]:
        return "mht"
    if _HTML.search(text_head[:2048]) and not _mail(data) and not _xml_of_another_kind(text_head):
        return "html"
    return "text-or-binary"


# OpenDocument (ODF 1.2 part 3, 3.3): the package's first member "mimetype", stored, names the kind.
ODF_KINDS = {"application/vnd.oasis.opendocument.text": "odt",
             "application/vnd.oasis.opendocument.text-template": "odt",
             "application/vnd.oasis.opendocument.spreadsheet": "ods",
             "application/vnd.oasis.opendocument.spreadsheet-template": "ods"}


# Flat OpenDocument (ODF 1.2 part 1, 3.1.2): one XML file whose root, office:document, names the kind in
# office:mimetype (after the namespace declarations: a few kilobytes in).
_FLAT_ODF = re.compile(rb"<office:document\s[^>]*?office:mimetype=[\"']application/vnd\.oasis\.opendocument\.([a-z-]+)")
# An Excel 2003 XML Spreadsheet (SpreadsheetML): its root <Workbook> in the spreadsheet namespace (any
# prefix), or the mso-application instruction Excel writes above it. In UTF-8 or a single-byte code page.
_XMLSS = re.compile(rb"<\?mso-application\s+progid=[\"']Excel\.Sheet[\"']|<(?:\w+:)?Workbook\s[^>]*?"
                    rb"xmlns(?::\w+)?=[\"']urn:schemas-microsoft-com:office:spreadsheet[\"']")
# An Excel SYLK file: its first record ID;P… (the program that wrote it), C;Y;X;K cell records after it.
# A DIF file (extract.dif): its header's first chunk, the topic TABLE, the version 0,1 and a quoted title
_DIF = re.compile(rb'^(?:\xef\xbb\xbf)?TABLE\r?\n0,1\r?\n"[^\r\n]*"\r?\n(?:[^\r\n]*\r?\n){0,60}?DATA\r?\n')
_SYLK = re.compile(rb"^(?:\xef\xbb\xbf)?ID;P[^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,400}?[CF];[^\r\n]*[XYK]")
# A Word 2003 XML document (WordprocessingML 2003): its root <w:wordDocument> in the 2003 wordml namespace
# (any prefix), or the mso-application instruction Word writes above it.
_WORDML = re.compile(rb"<\?mso-application\s+progid=[\"']Word\.Document[\"']|<(?:\w+:)?wordDocument\s[^>]*?"
                     rb"xmlns(?::\w+)?=[\"']http://schemas\.microsoft\.com/office/word/2003/wordml[\"']")
FLAT_KINDS = {"text": "fodt", "text-template": "fodt", "spreadsheet": "fods", "spreadsheet-template": "fods"}


def package_kind(zf: zipfile.ZipFile) -> str:
    """What a zip package is by the members it holds: docx, xlsx, ofd, odt, ods, odf (another
    OpenDocument kind: a presentation, a drawing) or zip (an archive of files of their own)."""
    names = set(zf.namelist())
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names or "ofd.xml" in {n.lower() for n in names}:
        return "ofd"
    if "mimetype" in names and "content.xml" in names:
        with zf.open("mimetype") as f:
            mime = f.read(100).decode("ascii", "replace").strip()   # a few dozen bytes: never inflate more
        if mime.startswith("application/vnd.oasis.opendocument."):
            return ODF_KINDS.get(mime, "odf")
    return "zip"


def _mail(data: bytes) -> bool:
    """The bytes open with a mail's header block (From / Date / MIME-Version / Content-Type …): a
    multipart/mixed mail whose first part is a page has <html near its top, but it is a mail, read
    part by part in each part's charset by the text reader (mail_message), not a page with its
    headers as text. Its structure is ASCII: latin-1 keeps every byte."""
    from .mail_message import is_message

    return is_message(data[:65536].removeprefix(b"\xef\xbb\xbf").decode("latin-1").replace("\r\n", "\n"))


def _ole_kind(data: bytes) -> str:
    """Which OLE2 compound file: the streams it holds tell Word, Excel, WPS and encrypted OOXML."""
    import olefile

    streams = None
    with fallback_unless_oom(), olefile.OleFileIO(BytesIO(data)) as ole:
        streams = {"/".join(e).lower() for e in ole.listdir(streams=True, storages=True)}
    if streams is None:
        return "ole"    # olefile raises assorted errors on damaged files
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        return "ole-encrypted"     # an encrypted .docx/.xlsx (Office wraps those in OLE2)
    if "workbook" in streams or "book" in streams:
        return "xls"               # Excel 97-2003, and WPS .et files saved compatibly
    if "worddocument" in streams:
        return "doc"               # Word 97-2003, and WPS .wps files saved compatibly
    if any(s.startswith("wpsfile") or s == "wpscontent" for s in streams):
        return "wps"
    if any("et" == s or s.startswith("etdoc") for s in streams):
        return "et"
    return "ole"
