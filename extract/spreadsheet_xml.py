"""An Excel 2003 XML Spreadsheet (SpreadsheetML: what Excel writes as "XML 电子表格 2003" and what many
budget systems still export as .xml or .xls), arriving as text (extract.sniff knows it by its root
<Workbook> in the spreadsheet namespace). It is a workbook, not a tree of records, nor a web page for
its <Table>: read as a sheet is read (spreadsheet_reader.build_sheets), each <Worksheet> a Sheet.

The grammar (urn:schemas-microsoft-com:office:spreadsheet): <Table> holds <Row>s and they <Cell>s,
each placed after the one before unless ss:Index (1-based) says where (a row's too); ss:MergeAcross /
ss:MergeDown a merge of that many more columns / rows, the cells it covers ABSENT; <Data ss:Type=
"String | Number | DateTime | Boolean | Error"> the value, a Number shown through its style's
<NumberFormat ss:Format> (0.972 under 0.00% is 97.20%, 1603.8 under #,##0.00 is 1,603.80: what the
analyst saw), Excel's named formats (Percent, Fixed, Standard …) meaning their usual codes; ss:Hidden
rows and columns and a sheet whose options say SheetHidden are skipped and said, as in a workbook."""
from __future__ import annotations

import datetime as dt
import re
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from .errors import ExtractError
from .model import Document
from .spreadsheet_reader import Sheet, _col_letter, _shown, build_sheets
from .text_reader import decode

SS = "urn:schemas-microsoft-com:office:spreadsheet"
X = "urn:schemas-microsoft-com:office:excel"
# Excel's named number formats (SpreadsheetML writes the name, not the code)
NAMED_FORMATS = {"General": "General", "General Number": "General", "Fixed": "0.00", "Standard": "#,##0.00",
                 "Percent": "0.00%", "Scientific": "0.00E+00", "Currency": "#,##0.00", "Short Date": "yyyy-m-d",
                 "Long Date": 'yyyy"年"m"月"d"日"', "General Date": "yyyy-m-d h:mm", "Short Time": "h:mm",
                 "Medium Time": "h:mm AM/PM", "Long Time": "h:mm:ss", "Yes/No": "General", "True/False": "General",
                 "On/Off": "General", "0": "0", "0.00": "0.00", "#,##0": "#,##0", "#,##0.00": "#,##0.00"}


def _q(name: str, ns: str = SS) -> str:
    return f"{{{ns}}}{name}"


def read_spreadsheet_xml(path: str, data: bytes, sha256: str) -> Document:
    """The workbook read as its sheets are (extract.sniff found its <Workbook> in the spreadsheet namespace)."""
    text, encoding = decode(path, data)
    book = spreadsheet_xml(text)
    if book is None:
        raise ExtractError(path, "corrupt", "Excel 2003 XML 电子表格（SpreadsheetML）不是完整的 XML，无法解析")
    doc = Document(source=path, format="xmlss", sha256=sha256, encoding=encoding)
    sheets, said = book
    doc.warnings += said
    build_sheets(doc, path, sheets)
    return doc


def spreadsheet_xml(text: str) -> tuple[list[Sheet], list[str]] | None:
    """The workbook's visible sheets and what was left unread (hidden sheets), or None where the text is
    no well-formed SpreadsheetML workbook."""
    try:
        root = safe_et.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1))
    except (safe_et.ParseError, DefusedXmlException, ValueError):
        return None
    if root.tag != _q("Workbook"):     # a workbook in no namespace or another is no SpreadsheetML
        return None
    formats = {}
    for style in root.iter(_q("Style")):
        nf = style.find(_q("NumberFormat"))
        if nf is not None:
            code = nf.get(_q("Format"), "General")
            formats[style.get(_q("ID"))] = NAMED_FORMATS.get(code, code)
    sheets, said = [], []
    for ws in root.findall(_q("Worksheet")):
        name = ws.get(_q("Name"), "")
        options = ws.find(_q("WorksheetOptions", X))
        visible = options.find(_q("Visible", X)) if options is not None else None
        if visible is not None and (visible.text or "").strip() in ("SheetHidden", "SheetVeryHidden"):
            said.append(f"隐藏的工作表“{name}”未读取")
            continue
        sheets.append(_sheet(name, ws.find(_q("Table")), formats))
    return sheets, said


def _sheet(name: str, table: Element | None, formats: dict) -> Sheet:
    sh = Sheet(name)
    if table is None:
        return sh
    c = 0
    for col in table.findall(_q("Column")):
        c = int(col.get(_q("Index"), c + 1))
        span = int(col.get(_q("Span"), 0))
        if col.get(_q("Hidden")) == "1":
            sh.hidden_cols.update(range(c, c + span + 1))
        c += span
    r = 0
    for row in table.findall(_q("Row")):
        r = int(row.get(_q("Index"), r + 1))
        if row.get(_q("Hidden")) == "1":
            sh.hidden_rows.add(r)
        c = 0
        for cell in row.findall(_q("Cell")):
            c = int(cell.get(_q("Index"), c + 1))
            across, down = int(cell.get(_q("MergeAcross"), 0)), int(cell.get(_q("MergeDown"), 0))
            if across or down:
                sh.merges.append((r, c, r + down, c + across))
            data = cell.find(_q("Data"))
            if data is not None and (value := _value(data)) not in (None, ""):
                sh.cells[(r, c)] = _shown(value, formats.get(cell.get(_q("StyleID")), "General"))
            comment = cell.find(_q("Comment"))
            if comment is not None and "".join(comment.itertext()).strip():
                sh.comments[f"{_col_letter(c)}{r}"] = "".join(comment.itertext()).strip()
            c += across
    return sh


def _value(data: Element):
    """A <Data>'s value as the cell holds it: text (rich text's runs joined), a number, a date, a flag."""
    text = "".join(data.itertext())
    kind = data.get(_q("Type"), "String")
    if kind == "Number":
        try:
            return int(text) if re.fullmatch(r"\s*-?\d+\s*", text) else float(text)
        except ValueError:
            return text.strip()
    if kind == "DateTime":
        try:
            return dt.datetime.fromisoformat(text.strip()[:19])
        except ValueError:
            return text.strip()
    if kind == "Boolean":
        return text.strip() == "1"
    return text
