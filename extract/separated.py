"""Rows joined by a separator of the writer's choosing: Word's 表格转换成文本 (table to text) with a
custom separator (the full-width comma ，, the 、, the ；, any mark the dialog is given). Each row of
the table is one line, its cells joined by the separator; an empty cell is nothing between two
separators, a merged cell is one cell (its row has fewer); nothing is quoted.

A separator is a character that splits EVERY line of a run (consecutive lines, no blank between) into
cells, and the run's widest lines agree: MIN_ROWS lines or more split into the same count of cells
(the header line's count, MIN_CELLS or more), most of them holding a figure. Prose splits by its
commas too, but not into rows of one width that hold figures. The ASCII comma between digits
(1,234.56) is a thousands separator, never a cell's. Marks that stand inside a figure or after a
label (. % : ：) and brackets are no separator.

The text reader asks separated_rows() at a line it would read as a paragraph; the rows are ragged
(a row with merged cells is shorter), as the text reader's other layouts are.
"""
from __future__ import annotations

import re
import unicodedata

MIN_ROWS = 3     # lines of the header's width: a table, not a sentence with its commas
MIN_CELLS = 4
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_IN_FIGURE = set(".%‰:：·'\"")
_FIGURE = re.compile(r"^[≥≤≧≦<>＜＞=＝]?\s*\d")


def _candidates(text: str) -> list[str]:
    """The marks of a line that may be its separator: punctuation, not a bracket or a quote, not
    one that stands inside a figure."""
    return [ch for ch in dict.fromkeys(_THOUSANDS.sub("", text))
            if unicodedata.category(ch) in ("Po", "Sm", "So", "Pd") and ch not in _IN_FIGURE]


def split_cells(text: str, sep: str) -> list[str]:
    """The line's cells (a comma between digits is a figure's)."""
    if sep != ",":
        return [c.strip() for c in text.split(sep)]
    marked = _THOUSANDS.sub("\0", text)
    return [c.replace("\0", ",").strip() for c in marked.split(sep)]


def separated_rows(texts: list[str], i: int) -> tuple[str, list[list[str]], int] | None:
    """(separator, the rows of cells, the index past the run) for the run of lines starting at
    texts[i], or None where no mark splits the run into rows as a table's."""
    best = None
    for sep in _candidates(texts[i]):
        if i and texts[i - 1].strip() and len(split_cells(texts[i - 1], sep)) >= 2:
            continue     # the run began above, and was no table
        j = i
        while j < len(texts) and texts[j].strip() and len(split_cells(texts[j], sep)) >= 2:
            j += 1
        rows = [split_cells(t.strip(), sep) for t in texts[i:j]]
        widths = [len(r) for r in rows]
        shared = [n for n in set(widths) if n >= MIN_CELLS and widths.count(n) >= MIN_ROWS]
        if not shared:
            continue
        width = max(shared)     # the header's count: a wider line holds the separator as text
        rows = [r if len(r) <= width else r[:width - 1] + [sep.join(r[width - 1:])] for r in rows]
        full = [r for r in rows if len(r) == width]
        if sum(1 for r in full if any(_FIGURE.match(c) for c in r)) * 2 < len(full):
            continue
        if best is None or j - i > best[2] - i:
            best = (sep, rows, j)
    return best
