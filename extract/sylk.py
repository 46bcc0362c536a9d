"""An Excel SYMBOLIC LINK file (SYLK, .slk: what Excel writes as "SYLK（符号链接）" and older finance systems
export), arriving as text (extract.sniff knows it by its first record, ID;P…). It is a workbook's one sheet,
not lines of text: read as a sheet is read (spreadsheet_reader.build_sheets).

The grammar: a record a line, its fields apart by ';' (';;' a semicolon inside a field), the first field the
record's kind. P;P<code> lists the number formats in order (P;F / P;E are fonts); F;P<n> … ;X<c> ;Y<r> gives
the cell at (r, c) the n-th format (F records with W, D, R or C fields are widths and defaults, no cell's);
C;Y<r>;X<c>;K<value> is a cell, its value a "string", a number, TRUE / FALSE or an #error; a record that
gives no Y (or no X) is on the row (the column) of the record before it, as Excel writes a row's later cells.
A number is shown through its format (0.97 under 0.00% is 97.00%, 2800 under 0.00 is 2800.00: what the
analyst saw). SYLK keeps no merged cell: a merge's other cells are empty, as a sheet's are."""
from __future__ import annotations

import math
import re

from .model import Document, first_few
from .spreadsheet_reader import Sheet, _shown, build_sheets
from .text_reader import decode

SYLK_START = re.compile(rb"^(?:\xef\xbb\xbf)?ID;P")
# Excel's sheet: a cell placed past it is damage (C;Y999999999 would have the sheet walked a billion rows)
MAX_ROW, MAX_COL = 1_048_576, 16_384
_PLACE = re.compile(r"[0-9]{1,9}")
_NUMBER = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[Ee][+-]?[0-9]+)?")


def _fields(record: str) -> list[str]:
    """The record's fields, ';;' a semicolon of the field's own."""
    return [f.replace("\0", ";") for f in record.replace(";;", "\0").split(";")]


def _number(text: str):
    """The K field's number, or None where it is none SYLK writes (inf, nan, 1e999 overflowing: kept as text)."""
    if not _NUMBER.fullmatch(text):
        return None
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    value = float(text)
    return value if math.isfinite(value) else None


def sylk_sheet(text: str, outside: list[int] | None = None) -> Sheet | None:
    """The sheet the records write, or None where the text is no SYLK file; the lines of the records placed
    past Excel's sheet are added to `outside` (their cells are not read)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].lstrip("\ufeff").startswith("ID;"):
        return None
    sh = Sheet("SYLK")
    formats: list[str] = []
    format_at: dict[tuple[int, int], str] = {}
    values: dict[tuple[int, int], object] = {}
    r = c = 1
    for no, line in enumerate(lines[1:], 2):
        fields = _fields(line.strip())
        kind, rest = fields[0], fields[1:]
        if kind == "E":
            break
        if kind == "P":
            if rest and rest[0].startswith("P"):
                formats.append(rest[0][1:])
            continue
        if kind not in ("C", "F"):
            continue
        own = {f[0]: f[1:] for f in rest if f}
        if kind == "F" and set(own) & {"W", "D", "R", "C"}:
            continue       # widths, the sheet's default, a row's or a column's format: no cell's
        r = int(own["Y"]) if _PLACE.fullmatch(own.get("Y", "")) else r
        c = int(own["X"]) if _PLACE.fullmatch(own.get("X", "")) else c
        if not (0 < r <= MAX_ROW and 0 < c <= MAX_COL):
            if outside is not None and kind == "C":
                outside.append(no)
            continue
        if kind == "F":
            if _PLACE.fullmatch(own.get("P", "")) and int(own["P"]) < len(formats):
                format_at[(r, c)] = formats[int(own["P"])]
        elif "K" in own:
            raw = own["K"]
            if raw.startswith('"'):
                value = raw[1:-1] if raw.endswith('"') and len(raw) > 1 else raw[1:]
            elif raw in ("TRUE", "FALSE"):
                value = raw == "TRUE"
            else:
                value = _number(raw)
                value = raw if value is None else value
            values[(r, c)] = value
    for at, value in values.items():
        if value not in (None, ""):
            sh.cells[at] = _shown(value, format_at.get(at, "General"))
    return sh


def read_sylk(path: str, data: bytes, sha256: str) -> Document:
    """The SYLK file's sheet read as a workbook's (extract.sniff found its ID record)."""
    text, encoding = decode(path, data)
    doc = Document(source=path, format="sylk", sha256=sha256, encoding=encoding)
    outside: list[int] = []
    sheet = sylk_sheet(text, outside)
    if sheet is not None:
        build_sheets(doc, path, [sheet])
    if outside:
        doc.warnings.append(f"第{first_few(outside, 5)}行的单元格位置超出工作表范围（行最多{MAX_ROW}、列最多{MAX_COL}），"
                            f"共{len(outside)}个单元格未读取，请核对原件")
    return doc
