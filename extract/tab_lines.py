"""Rows typed as tab-separated lines (a table typed with tab stops instead of a Word table).

A block of consecutive lines is a table when its lines split on tabs into the same number of
fields: the width of the block's first line, or of the table directly above it (the typed lines
then go on from that table, without a typed header). Evidence is the shape, not the words.
A run of two or more spaces separates fields only where the line is short of the width by
exactly as many such runs (a typist's spaces in place of a tab); otherwise spaces are text.
"""
from __future__ import annotations

import re
from typing import Callable

from .model import Cell, Document, Location, Paragraph, Table

MIN_FIELDS = 4   # fewer fields: label/value lines (填报人：X⇥电话：Y), not a table
MIN_LINES = 2
_SPACES = re.compile(r" {2,}|\u3000{2,}")


def fit(line: str, width: int) -> list[str] | None:
    """The line's fields at this width, or None when it does not split into that many."""
    fields = line.split("\t")
    while len(fields) > width and not fields[-1].strip():
        fields.pop()   # a trailing tab before nothing
    if len(fields) < width:
        short = width - len(fields)
        runs = [(k, list(_SPACES.finditer(f.strip()))) for k, f in enumerate(fields)]
        if sum(len(m) for _, m in runs) != short:
            return None
        fields = [part for f in fields for part in _SPACES.split(f.strip())]
    if len(fields) != width:
        return None
    return [f.strip() for f in fields]


def typed_blocks(lines: list[str], width_above: int | None) -> list[tuple[int, int, list[list[str]]]]:
    """(first, end, rows) for each run of lines that reads as a typed table; lines outside the
    runs stay paragraphs. width_above: the column count of a table directly above the first line."""
    out = []
    i = 0
    while i < len(lines):
        best: tuple[int, list[list[str]]] | None = None
        fields = lines[i].split("\t")
        trimmed = len(fields)
        while trimmed > 1 and not fields[trimmed - 1].strip():
            trimmed -= 1
        widths = {len(fields), trimmed}
        if i == 0 and width_above:
            widths.add(width_above)
        for width in sorted(w for w in widths if w >= MIN_FIELDS):
            rows = []
            for line in lines[i:]:
                fields = fit(line, width)
                if fields is None or sum(1 for f in fields if f) < 2:
                    break
                rows.append(fields)
            if len(rows) >= MIN_LINES and (best is None or len(rows) > len(best[1])):
                best = (width, rows)
        if best is None:
            i += 1
            continue
        out.append((i, i + len(best[1]), best[1]))
        i += len(best[1])
    return out


def append_typed(doc: Document, lines: list[str], loc: Callable[..., Location]) -> None:
    """Append a word processor's pending tabbed paragraphs to doc: as tables where they read as rows
    typed with tabs, the others as paragraphs; then clear them. loc(**kw): a block's Location in the
    reader's terms (a .docx text box's number)."""
    if not lines:
        return
    above = doc.blocks[-1] if doc.blocks else None
    width = above.n_cols if isinstance(above, Table) and above.parent is None else None
    runs = {first: (end, rows) for first, end, rows in typed_blocks(lines, width)}
    i = 0
    while i < len(lines):
        if i in runs:
            end, rows = runs[i]
            block, t_index = len(doc.blocks), len(doc.tables())
            cells = [Cell(text=text, row=r, col=c, loc=loc(block=block, table=t_index, row=r, col=c))
                     for r, row in enumerate(rows) for c, text in enumerate(row)]
            doc.blocks.append(Table(index=t_index, n_rows=len(rows), n_cols=len(rows[0]), cells=cells,
                                    loc=loc(block=block, table=t_index), origin="typed with tabs"))
            i = end
            continue
        doc.blocks.append(Paragraph(text=lines[i].strip(), loc=loc(block=len(doc.blocks))))
        i += 1
    lines.clear()
