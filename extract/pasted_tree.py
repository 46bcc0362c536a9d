"""A YAML export pasted into a sheet's column: one line a cell, down one column, the nesting only in each
cell's leading spaces (绩效指标: / '  - 一级指标: 产出指标' / '    二级指标:' …). The lines, their spaces put back,
are read by the YAML grammar the text reader uses for a .txt export (xml_tree.parse_yaml: lists of records
grouped under keys are one table); the sheet's rows are given what it reads, a row a block line or a table
row, a blank row between blocks."""
from __future__ import annotations

import re

from . import xml_tree

# A line where a YAML document may start: a comment, or a key at the margin (绩效指标:, 项目: X).
_START = re.compile(r"#|[^\s#:-][^:]*:(?:\s|$)")
_TRIES = 3    # start lines tried in one run (a caption line or two over the export)


def tree_rows(lines: list[tuple[int, str]]) -> tuple[int, list[list[str]]] | None:
    """(where the export starts in `lines`, the rows to write from there: a list of cells a row, [] a blank
    row) for lines (leading spaces, text) pasted down one column, or None where no YAML export of records
    starts at the margin within the first lines (_TRIES) or its rows would not fit the lines it takes."""
    if not any(spaces for spaces, _ in lines):
        return None     # no line set in: no nesting to read
    starts = [i for i, (spaces, text) in enumerate(lines) if not spaces and _START.match(text)][:_TRIES]
    for i in starts:
        got = xml_tree.parse_yaml("\n".join(" " * spaces + text for spaces, text in lines[i:]))
        if got is None:
            continue
        comments, blocks = got
        rows: list[list[str]] = [[text] for _, text in comments]
        for block in blocks:
            rows.append([])
            rows += [[block[2]]] if block[0] == "p" else [[text for _, text in row] for row in block[1]]
        return (i, rows) if len(rows) <= len(lines) - i else None
    return None
