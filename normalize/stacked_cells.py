"""A table whose head cells each hold two column names and whose rows hold each indicator's two values in one cell,
a line each, split into a column a name (1876.pdf).

A record typed as two tabbed lines (N ⇥ name ⇥ target ⇥ weight over ⇥ ⇥ actual ⇥ score, extract/tab_lines) prints
to a PDF whose aligned-text reader sets each column's two lines in one cell: the head 序号 三级指标 | 年度指标值⏎实际完成值 |
分值得分, the rows 1 | name | ≥3000亩⏎3080亩 | 10⏎10. Evidence: a head row with no figure, each of whose cells is one or
more names the header grammar maps (vocab.header_field), apart by a line break, a space, or run together where both
parts map (分值得分), some cell holding two value names (年度指标值⏎实际完成值; two levels stacked merge down the rows, 1850.pdf) apart by a line break or a space, the names holding the indicator's name, target and result;
the rows below whose cells, each split at its line breaks, give exactly as many parts as the head names are then read
a part a column, where such rows outnumber the rows with values that do not split so. A row of one filled cell (a level heading, 产出指标／数量指标) stays across the table. Any other row is kept as
it came, to be said unaligned by the table reader (a cell whose lines the print ran together, 1010).
"""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Cell, Document, Table

from .vocab import header_field

_DIGIT = re.compile(r"\d")
_VALUES = ("target", "actual", "weight", "score")
_SERIAL = re.compile(r"序号|编号")    # a row's number: no indicator field, a column all the same (label_blocks._SERIAL)


def _field(word: str) -> str | None:
    return header_field(word, set()) or ("serial" if _SERIAL.fullmatch(word) else None)


def _names(text: str) -> list[str] | None:
    """The column names a head cell holds, in order, or None where a word is none."""
    out = []
    for word in text.split():
        # two names run together (分值得分: the print lost the line break), each a field of its own, the one
        # split that gives two; the grammar may map the whole word too (to the first name's field)
        halves = [(word[:k], word[k:]) for k in range(2, len(word) - 1)
                  if None is not _field(word[:k]) != _field(word[k:]) is not None]
        if len(halves) == 1:
            out += list(halves[0])
        elif _field(word) is not None:
            out.append(word)
        else:
            return None
    return out or None


def _head(t: Table) -> tuple[int, list[tuple[str, Cell]]] | None:
    """The head row and its names, each with the cell it stands in."""
    for r, row in enumerate(t.rows()[:6]):
        texts = [c.text for c in row if c.text.strip()]
        if len(texts) < 2 or any(_DIGIT.search(x) for x in texts):
            continue
        names = [(n, c) for c in row if c.text.strip() for n in (_names(c.text) or [None])]
        if any(n is None for n, _ in names) or len(names) <= len(texts):
            continue
        fields = {_field(n) for n, _ in names}
        # the print stacked the head: some cell's names apart by a line break or a space (two names run together
        # alone, 分值得分, are a print's lost break in an ordinary head: 1847.pdf)
        # a value's two names (年度指标值⏎实际完成值): two levels stacked (一级指标⏎二级指标, 1850.pdf) merge down the rows
        # under them, which the table reader reads as they are
        stacked = any(len(c.text.split()) > 1 and all(_field(w) in _VALUES for w in c.text.split()) for c in row)
        if stacked and {"level3", "target", "actual"} <= fields and len(fields) == len(names):
            return r, names
    return None


def _split(b: Table, h: int, names: list) -> tuple[list[Cell], int, list[Cell]]:
    """The table's cells a column a name from row h on (h -1: a continuation with no head of its own); the rows
    split and the first cell of each row left out (its parts not one a name)."""
    n = len(names)
    cells, split, left = [], 0, []
    for r, row in enumerate(b.rows()):
        if r < h:
            cells += row
            continue
        if r == h:
            cells += [Cell(text=name, row=r, col=k, loc=c.loc) for k, (name, c) in enumerate(names)]
            continue
        filled = [c for c in row if c.text.strip()]
        parts = [(x.strip(), c) for c in row for x in (c.text.split("\n") if c.text.strip() else [""])]
        if len(filled) == 1 and not _DIGIT.search(filled[0].text):
            cells.append(replace(filled[0], row=r, col=0, colspan=n))
        elif len(parts) == n and any(len(c.text.split("\n")) > 1 for c in row):
            cells += [replace(c, text=x, row=r, col=k, colspan=1, rowspan=1) for k, (x, c) in enumerate(parts)]
            split += 1
        elif filled:
            left.append(row[0])     # said and counted, not read a value in the wrong column
    return cells, split, left


def stacked_cells(doc: Document) -> tuple[Document, list[str], list[tuple[int, int, str]]]:
    """The document with each such table split a column a name (and a table right after it with no head, the
    same columns continued on the next page); warnings saying where; (block, rows, warning) for the rows that
    did not split, to be counted unread."""
    blocks, said, unread = [], [], []
    last = None      # (names, cells a row) of the table split just before
    for k, b in enumerate(doc.blocks):
        if not isinstance(b, Table):
            blocks.append(b)
            continue
        head = _head(b)
        if head is None and last is not None and b.n_cols == last[1]:
            head = (-1, last[0])
        if head is None:
            blocks.append(b)
            last = None
            continue
        h, names = head
        cells, split, left = _split(b, h, names)
        if split <= len(left):      # most rows do not split so (or none does): the table is not such a print
            blocks.append(b)
            last = None
            continue
        cells = [c for c in cells if c.row not in {x.row for x in left}]
        n_rows = b.n_rows
        if h < 0:
            # a continuation: the head it continues set over it, so its rows are read under the same columns
            cells = [Cell(text=name, row=0, col=j, loc=c.loc) for j, (name, c) in enumerate(names)] + \
                [replace(c, row=c.row + 1) for c in cells]
            n_rows += 1
        blocks.append(replace(b, n_rows=n_rows, n_cols=max(len(names), b.n_cols), cells=cells))
        last = (names, b.n_cols if h >= 0 else last[1])
        said.append(f"{b.loc.describe()}：表头每格写两个栏目（{'、'.join(x for x, _ in names)}），各行每格分两行写出对应的值，"
                    f"已按行拆为{len(names)}栏读取（{split}行），请与原件核对")
        for c in left:
            row = [x.text.replace("\n", "⏎") for x in b.rows()[c.row] if x.text.strip()]
            unread.append((k, 1, f"{c.loc.describe()}：该行各格的值未能按表头拆为{len(names)}栏"
                                 f"（{'｜'.join(row)}），该行未读取"))
    return (replace(doc, blocks=blocks) if said else doc), said, unread
