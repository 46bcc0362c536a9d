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

import re

from .model import Document
from .spreadsheet_reader import Sheet, _shown, build_sheets
from .text_reader import decode

SYLK_START = re.compile(rb"^(?:\xef\xbb\xbf)?ID;P")


def _fields(record: str) -> list[str]:
    """The record's fields, ';;' a semicolon of the field's own."""
    return [f.replace("\0", ";") for f in record.replace(";;", "\0").split(";")]


def _number(text: str):
    try:
        return int(text) if re.fullmatch(r"-?\d+", text) else float(text)
    except ValueError:
        return None


def sylk_sheet(text: str) -> Sheet | None:
    """The sheet the records write, or None where the text is no SYLK file."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].lstrip("\ufeff").startswith("ID;"):
        return None
    sh = Sheet("SYLK")
    formats: list[str] = []
    format_at: dict[tuple[int, int], str] = {}
    values: dict[tuple[int, int], object] = {}
    r = c = 1
    for line in lines[1:]:
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
        r = int(own["Y"]) if own.get("Y", "").isdigit() else r
        c = int(own["X"]) if own.get("X", "").isdigit() else c
        if kind == "F":
            if own.get("P", "").isdigit() and int(own["P"]) < len(formats):
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
    sheet = sylk_sheet(text)
    if sheet is not None:
        build_sheets(doc, path, [sheet])
    return doc
