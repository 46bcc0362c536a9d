"""A DATA INTERCHANGE FORMAT file (DIF, .dif: what Excel writes as "DIF（数据交换格式）" and older budget systems
import), arriving as text (extract.sniff knows it by its header, TABLE / 0,1 / "…"). Like SYLK it is a sheet, not
lines of text: read as a sheet is read (spreadsheet_reader.build_sheets).

The grammar (the DIF technical specification, Software Arts 1983, as Excel and Lotus write it): a header of
chunks of three lines each, a topic word (TABLE, VECTORS, TUPLES, LABEL, COMMENT, SIZE …), a 'vector,number'
line and a string line, ended by the DATA chunk; then the data as chunks of two lines, a 'type,number' line and
a string line: type -1 a special value (BOT begins a row, EOD ends the data), type 0 a number (its string line
an indicator: V a value, TRUE / FALSE, NA / ERROR nothing), type 1 a string (its line the text, quoted with
doubled quotes). The cells of a row are its columns in order. DIF keeps no format: a number is written as
stored (a rate shown 98.00% is its value 0.98), and no merge: a merged cell's others are empty strings."""
from __future__ import annotations

import re

from .model import Document, first_few
from .spreadsheet_reader import Sheet, _shown, build_sheets
from .text_reader import decode

_NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[Ee][+-]?[0-9]+)?")
MAX_ROW, MAX_COL = 1_048_576, 16_384


def _string(line: str) -> str:
    """A string line's text: quoted with doubled quotes, or bare."""
    s = line.strip()
    if len(s) >= 2 and s[0] == '"' and s[-1] == '"':
        return s[1:-1].replace('""', '"')
    return s


def dif_sheet(text: str, unread: list[int] | None = None) -> Sheet | None:
    """The sheet the data chunks write, or None where the text is no DIF file; the line numbers of data chunks
    that are not of the grammar (a type other than -1 / 0 / 1, a number that is none, cells past Excel's sheet)
    are added to `unread`."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) < 3 or lines[0].lstrip("\ufeff").strip() != "TABLE":
        return None
    k = 0
    while k + 2 < len(lines) and lines[k].strip().upper() != "DATA":
        k += 3
    if k + 2 >= len(lines):
        return None
    k += 3
    sh = Sheet("DIF")
    r, c = 0, 0
    while k + 1 < len(lines):
        head, value, no = lines[k].strip(), lines[k + 1], k + 1
        k += 2
        kind, _, num = head.partition(",")
        if kind == "-1":
            word = value.strip().upper()
            if word == "EOD":
                break
            if word == "BOT":
                r, c = r + 1, 0
            continue
        c += 1
        if kind not in ("0", "1") or r == 0 or not (r <= MAX_ROW and c <= MAX_COL):
            if unread is not None:
                unread.append(no)
            continue
        if kind == "1":
            shown = _string(value)
            if shown:
                sh.cells[(r, c)] = _shown(shown, "General")
            continue
        flag = value.strip().upper()
        if flag in ("TRUE", "FALSE"):
            sh.cells[(r, c)] = _shown(flag == "TRUE", "General")
        elif flag == "V" and _NUMBER.fullmatch(num.strip()):
            n = num.strip()
            number = int(n) if re.fullmatch(r"[-+]?[0-9]+", n) else float(n)
            sh.cells[(r, c)] = _shown(number, "General")
        elif flag not in ("NA", "ERROR") and unread is not None:
            unread.append(no)
    return sh


def read_dif(path: str, data: bytes, sha256: str) -> Document:
    """The DIF file's sheet read as a workbook's (extract.sniff found its TABLE header)."""
    text, encoding = decode(path, data)
    doc = Document(source=path, format="dif", sha256=sha256, encoding=encoding)
    unread: list[int] = []
    sheet = dif_sheet(text, unread)
    if sheet is not None:
        build_sheets(doc, path, [sheet])
    if unread:
        doc.warnings.append(f"DIF 数据交换格式文件第{first_few(unread, 5)}行的单元格不合其格式（类型或数值无法识别），"
                            f"共{len(unread)}个单元格未读取，请核对原件")
    return doc
