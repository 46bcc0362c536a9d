"""A table copied column by column: a PDF viewer's selection of a table (or a reader's "copy column")
gives each column as its header line followed by its cells, one a line, column after column; an
empty cell gives no line, so a column with merged or empty cells is shorter than the others.

The table's length R is the length of its columns of figures: runs of R lines that are figures of
one kind (one operator or none, one unit or none; a dash, an empty cell's mark, aside) under a line
that is none, two of them or more of one length. A row copied cell by cell is no such run: its
figures are of several kinds (≥3000个 3126个 8 8). From
one such column the table goes on by steps of R + 1 lines on either side while the step lands on a
header (a line that is no figure) and the R lines under it are a column: all of them words (a
column of names, of labels), or figures but for a quarter at most (a result in words, 健全). Each
column found is one column of the table, its header as the first row. They make two thirds of the
block's lines or more: a few short columns beside them are a copy's, lines of another kind around a
few runs of one length (a table copied row by row, a cell a line) are no copy by columns.

What lies outside (a short column: merged cells, a note filled in on one row) cannot be put on its
rows: those lines are left unread and said, each by its line, never placed by guess. One kind is
placed: a column after the table's of ONE figure under its header (a fund table's 分值 10, 执行率
98.50%, 得分 9.85 beside its three rows of money) is a cell merged over all the rows, written once;
it stands in the first row under the header, where a grid keeps a merged cell's text. A column of
one line in words (a note filled in on one row of several) is no merged figure: it stays unread.
"""
from __future__ import annotations

import re

_FIGURE = re.compile(r"^(?:[≥≤≧≦<>＜＞=＝]?\s*[-+]?\d[\d,.]*\s*\S{0,4}|[-—–－/／]+)$")
_DASH = re.compile(r"^[-—–－/／]+$")
_KIND = re.compile(r"^([≥≤≧≦<>＜＞=＝]?)\s*[-+]?\d[\d,.]*\s*(\S*)$")
MIN_ROWS = 2


def _figure(text: str) -> bool:
    return bool(_FIGURE.match(text.strip()))


def _one_kind(cells: list[str]) -> bool:
    """Whether the figures are of one kind (the same operator or none, the same unit or none), as a
    column's are (分值 8 7 6; 年初预算数 1,500.00 600.00 —); a row's are of several (≥12辆 12辆 6 6)."""
    kinds = {m.groups() for c in cells if not _DASH.match(c.strip()) and (m := _KIND.match(c.strip()))}
    return len(kinds) == 1


def _column(texts: list[str], h: int, n: int, start: int, end: int) -> bool:
    """Whether texts[h] heads a column of the n lines under it (within the block start to end)."""
    if h < start or h + n >= end or _figure(texts[h]):
        return False
    cells = texts[h + 1:h + n + 1]
    words = sum(1 for c in cells if not _figure(c))
    return words == n or 4 * words <= n


def column_copy(texts: list[str], i: int) -> tuple[list[list[tuple[int, str]]], list[int], int] | None:
    """The table copied column by column in the block of lines from texts[i] to the next blank line:
    (rows of (index, text) cells, header row first; the indices of the block's lines left unread;
    the index past the block). None where the block holds no two columns of figures of one length."""
    end = i
    while end < len(texts) and texts[end].strip():
        end += 1
    runs: dict[int, list[int]] = {}      # a figure column's length: its headers' indices
    k = i
    while k < end:
        if not _figure(texts[k]):
            n = 0
            while k + 1 + n < end and _figure(texts[k + 1 + n]):
                n += 1
            if n >= MIN_ROWS and _one_kind(texts[k + 1:k + 1 + n]):
                runs.setdefault(n, []).append(k)
            k += n + 1
        else:
            k += 1
    found = [(n, heads) for n, heads in runs.items() if len(heads) >= 2]
    if not found:
        return None
    n, heads = max(found, key=lambda f: len(f[1]) * f[0])     # the most lines in columns of one length
    first = heads[0]
    start = first
    while _column(texts, start - n - 1, n, i, end):
        start -= n + 1
    stop = first
    while _column(texts, stop, n, i, end):
        stop += n + 1
    columns = range(start, stop, n + 1)
    if len(columns) < 2 or 3 * (stop - start) < 2 * (end - i):
        return None      # the columns of one length are most of the block, a short column the exception
    rows = [[(h + r, texts[h + r].strip()) for h in columns] for r in range(n + 1)]
    merged = _merged_figures(texts, stop, end)
    for h in merged:
        rows[0].append((h, texts[h].strip()))
        rows[1].append((h + 1, texts[h + 1].strip()))
        for row in rows[2:]:
            row.append((h + 1, ""))
    placed = {k for h in merged for k in (h, h + 1)}
    unread = [k for k in [*range(i, start), *range(stop, end)] if k not in placed]
    return rows, unread, end


def _merged_figures(texts: list[str], k: int, end: int) -> list[int]:
    """The headers of the columns of one figure each that follow the table from texts[k] on, up to
    the first line that is no such column's (a header, then one figure, then the next header)."""
    heads = []
    while k + 1 < end and not _figure(texts[k]) and _figure(texts[k + 1]) and not _DASH.match(texts[k + 1].strip()) \
            and (k + 2 >= end or not _figure(texts[k + 2])):
        heads.append(k)
        k += 2
    return heads
