"""A sheet written ONE CELL A LINE (a script's dump of a workbook through SheetJS, openpyxl or a data
platform's ingest: {"sheet":"绩效自评表","cell":"B7","r":6,"c":1,"t":"n","v":3000,"w":"3,000.00"} as JSON lines):
each line a cell's place and its value, empty cells not written, the sheet's merges and size on lines of their
own. The places rebuild the sheet: cell_grid() gives it as tab-separated rows, a row a line (an empty row a blank
line), for the text reader to read as any sheet copied out as text.

The evidence is in the lines: a field whose every value is a cell's reference (B7, A1-notation), or two whole-number
fields every pair of which is one cell's (row and column, the row's numbers never falling in the file's order);
the cell's text is the field that varies from cell to cell and is a string on every one (the text the sheet shows,
3,000.00 and 97.00%, where another field holds the stored 3000 and 0.97), else the varying field; a field whose
values run in blocks (the sheet's name) parts the sheets. Lines that are no cell (merges, the size) are named."""
from __future__ import annotations

import json
import re

from .text_grids import _join_wrapped

_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$")
MIN_CELLS = 12          # cells enough to be a sheet, not a few objects that happen to hold a reference
MAX_SHEET_KEYS = 10     # a sheet field's names: few, each in one block
MAX_CELL_FIELDS = 10    # a cell's line says its place, its value and a few attributes; a record a line says more


def _place(objs: list[dict]):
    """How the cells say their place: (lambda obj -> (row, col)) and the fields that say it, or None."""
    from openpyxl.utils import column_index_from_string    # A1's letters, as the spreadsheet reader reads them
    keys = set.intersection(*(set(o) for o in objs))
    for k in sorted(keys):
        if all(isinstance(o[k], str) and _REF.match(o[k]) for o in objs):
            return (lambda o, k=k: (int(_REF.match(o[k]).group(2)) - 1,
                                    column_index_from_string(_REF.match(o[k]).group(1)) - 1)), {k}
    whole = [k for k in sorted(keys) if all(isinstance(o[k], int) and not isinstance(o[k], bool) and o[k] >= 0
                                            for o in objs)]
    for a in whole:
        for b in whole:
            # rows and columns each hold several cells (a record's serial number, one a line, is no row)
            if a != b and all(x[a] <= y[a] for x, y in zip(objs, objs[1:])) and \
                    len({(o[a], o[b]) for o in objs}) == len(objs) and \
                    2 * len({o[a] for o in objs}) <= len(objs) and 2 * len({o[b] for o in objs}) <= len(objs):
                return (lambda o, a=a, b=b: (o[a], o[b])), {a, b}
    return None


def grid_rows(grid: dict[tuple[int, int], tuple[int, str]], out: list[str], source: list[int]) -> None:
    """The cells placed at (row, column), each with its source line and text, appended to `out` as
    tab-separated rows from the sheet's first row (an empty row a blank line), each row's source line its first
    cell's."""
    by_row: dict[int, dict[int, tuple[int, str]]] = {}
    for (r, c), v in grid.items():
        by_row.setdefault(r, {})[c] = v
    for r in range(max(by_row) + 1):
        row = by_row.get(r, {})
        if not row:
            out.append("")
            source.append(source[-1] if source else 1)
            continue
        out.append("\t".join(row[c][1] if c in row else "" for c in range(max(row) + 1)))
        source.append(min(no for no, _ in row.values()))


def cell_grid(text: str) -> tuple[str, list[int], str] | None:
    """(the sheet's rows as tab-separated lines, each line's source line, what was done) or None where the text
    is no sheet written a cell a line."""
    cells, others = [], []
    for no, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return None     # a cell line is an object
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):    # no JSON, or nested past the decoder's depth: no cell line
            return None
        if not isinstance(obj, dict):
            return None
        cells.append((no, obj))
    if len(cells) < MIN_CELLS:
        return None
    # the cells: the longest kind of line (the fields most lines share); the others are the sheet's notes
    shapes: dict[frozenset, int] = {}
    for _, o in cells:
        shapes[frozenset(o)] = shapes.get(frozenset(o), 0) + 1
    shape = max(shapes, key=shapes.get)
    if len(shape) > MAX_CELL_FIELDS:
        return None
    others = [no for no, o in cells if not shape <= set(o)]
    cells = [(no, o) for no, o in cells if shape <= set(o)]
    if len(cells) < MIN_CELLS or len(others) >= len(cells):
        return None
    objs = [o for _, o in cells]
    placed = _place(objs)
    if placed is None:
        return None
    where, place_keys = placed
    rest = [k for k in objs[0] if k in shape and k not in place_keys and all(isinstance(o[k], (str, int, float)) or o[k] is None
                                                             for o in objs)]

    def blocks(k):          # the times a field's value changes in the file's order
        return sum(1 for x, y in zip(objs, objs[1:]) if x[k] != y[k])
    sheets = sorted((k for k in rest if all(isinstance(o[k], str) for o in objs)
                     and len({o[k] for o in objs}) <= MAX_SHEET_KEYS and blocks(k) == len({o[k] for o in objs}) - 1),
                    key=lambda k: -len({o[k] for o in objs}))
    varying = [k for k in rest if k not in sheets and len({str(o[k]) for o in objs}) * 4 > len(objs)]
    if not varying:
        return None
    shown = next((k for k in varying if all(isinstance(o[k], str) for o in objs)), varying[0])
    sheet = sheets[0] if sheets else None
    out: list[str] = []
    source: list[int] = []
    names = list(dict.fromkeys(o[sheet] for o in objs)) if sheet else [None]
    for name in names:
        grid: dict[tuple[int, int], tuple[int, str]] = {}
        for no, o in cells:
            if sheet and o[sheet] != name:
                continue
            value = o[shown]
            textv = "" if value is None else str(value)
            textv = _join_wrapped([x.strip() for x in textv.replace("\r", "").split("\n")]).replace("\t", " ")
            grid[where(o)] = (no, textv)
        if out:
            out.append("")
            source.append(source[-1])
        if sheet and len(names) > 1:
            out.append(str(name))
            source.append(min(no for no, o in cells if o[sheet] == name))
        grid_rows(grid, out, source)
    said = (f"此文件逐行写出表格的单元格（JSON 行，{len(cells)}个单元格，位置取自“{'、'.join(sorted(place_keys))}”，"
            f"内容取自“{shown}”），已按位置还原为表格读取" +
            (f"；另有{len(others)}行不是单元格（合并区域、表的大小等），未读取，被合并的单元格按空单元格读取" if others else ""))
    return "\n".join(out), source, said
