"""A table copied column by column: a PDF viewer's selection of a table (or a reader's "copy column")
gives each column as its header line followed by its cells, one a line, column after column; an
empty cell gives no line, so a column with merged or empty cells is shorter than the others.

The table's length R is the length of its columns of figures: runs of R lines that are figures
(or a dash, an empty cell's mark) under a line that is none, two of them or more of one length. From
one such column the table goes on by steps of R + 1 lines on either side while the step lands on a
header (a line that is no figure) and the R lines under it are a column: all of them words (a
column of names, of labels), or figures but for a quarter at most (a result in words, 健全). Each
column found is one column of the table, its header as the first row.

What lies outside (a short column: merged cells, a note filled in on one row) cannot be put on its
rows: those lines are left unread and said, each by its line, never placed by guess.
"""
from __future__ import annotations

import re

_FIGURE = re.compile(r"^(?:[≥≤≧≦<>＜＞=＝]?\s*[-+]?\d[\d,.]*\s*\S{0,4}|[-—–－/／]+)$")
MIN_ROWS = 2


def _figure(text: str) -> bool:
    return bool(_FIGURE.match(text.strip()))


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
            if n >= MIN_ROWS:
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
    if len(columns) < 2:
        return None
    rows = [[(h + r, texts[h + r].strip()) for h in columns] for r in range(n + 1)]
    unread = [k for k in [*range(i, start), *range(stop, end)]]
    return rows, unread, end
