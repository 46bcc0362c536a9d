"""Rows joined by a separator of the writer's choosing: Word's 表格转换成文本 (table to text) with a
custom separator (the full-width comma ，, the 、, the ；, any mark the dialog is given). Each row of
the table is one line, its cells joined by the separator; an empty cell is nothing between two
separators, a merged cell is one cell (its row has fewer); nothing is quoted.

A separator is a character that splits EVERY line of a run (consecutive lines, no blank between) into
cells, and the run's widest lines agree: MIN_ROWS lines or more split into the same count of cells
(the header line's count, MIN_CELLS or more), most of them holding a figure. Prose splits by its
commas too, but not into rows of one width most of which hold two cells or more that are a figure
alone (≥45台, 7, 98.00%: a clause of prose holds its figure among words, 分值8分). The ASCII comma between digits
(1,234.56) is a thousands separator, never a cell's. Marks that stand inside a figure or after a
label (. % : ：) and brackets are no separator, nor the marks the text reader's own layouts split by
(| ｜ and box borders: pipe rows, whose rows broken over lines it rejoins). A space may be one (words a space apart, a row a line),
but a space stands inside a cell's text as well: a run split by it is a table only where every line
splits into the header's count of cells, or one fewer (its last cell empty).

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
# the marks the text reader's own layouts split by (pipe rows, full-width bars, box borders): theirs
_LAYOUT_MARKS = set("|｜│┃║")
# a cell that is a figure alone (≥45台, 7, 98.00%), not a clause holding one (分值8分)
_FIGURE = re.compile(r"^[≥≤≧≦<>＜＞=＝]?\s*\d[\d,.]*\s*[^\d\s，。；：:,;]{0,4}$")


def _candidates(text: str) -> list[str]:
    """The marks of a line that may be its separator: punctuation, not a bracket or a quote, not
    one that stands inside a figure."""
    return [ch for ch in dict.fromkeys(_THOUSANDS.sub("", text))
            if unicodedata.category(ch) in ("Po", "Sm", "So", "Pd", "Zs") and ch not in _IN_FIGURE | _LAYOUT_MARKS]


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
        # the header's count: the first line as wide as the rows or wider (a row with an empty last cell
        # is shorter); a line wider than the header holds the separator as text in its last cell
        width = next(n for n in widths if n >= max(shared))
        if sep.isspace() and any(len(r) not in (width, width - 1) for r in rows):
            continue     # a space stands inside cells too: only rows of the header's count (its last cell
            # left empty, one fewer) are split by it
        rows = [r if len(r) <= width else r[:width - 1] + [sep.join(r[width - 1:])] for r in rows]
        full = [r for r in rows if len(r) == width]
        if sum(1 for r in full if sum(1 for c in r if _FIGURE.match(c)) >= 2) * 2 < len(full):
            continue
        if best is None or j - i > best[2] - i:
            best = (sep, rows, j)
    return best


def spaced_rows(texts: list[str], i: int) -> tuple[str, list[list[str]], int] | None:
    """(" ", the rows of cells, the index past the run) for a run of lines whose cells stand A SPACE
    APART with merged cells written once, as a PDF viewer copies a ruled table's text (Ctrl+A, Ctrl+C:
    a row a line, one space between cells, a merged cell's text only on its first row), or None.

    A space stands inside a cell's text as well, so the grammar asks more than a mark's (separated_rows):
    the first line is the header, MIN_CELLS words or more none of which is a figure; every line under it
    splits into no more cells than the header, each with two figures alone or more (≥20个 21个 10 10), and
    MIN_ROWS of them or more; no cell is a mark alone (a pipe row's |, a rule's ---); the first row under the header is whole (a merged cell's text stands in
    its first row); a shorter row lacks its FIRST cells (the merged ones written above it: 新建晾晒大棚 ≥60座
    63座 8 8 under 产出指标 数量指标 建设… ≥20个 21个 10 10), at most half the header's, and keeps three or
    more. Each row is given the header's width, the cells it lacks empty at its left."""
    if i and texts[i - 1].strip() and len(texts[i - 1].split()) >= MIN_CELLS:
        return None     # the run began above
    head = texts[i].split()
    width = len(head)
    if width < MIN_CELLS or any(_FIGURE.match(c) or not _worded(c) for c in head):
        return None
    j = i + 1
    rows: list[list[str]] = []
    while j < len(texts) and texts[j].strip():
        cells = texts[j].split()
        if len(cells) > width or len(cells) < 3 or width - len(cells) > width // 2 or \
                not (rows or len(cells) == width) or not all(_worded(c) for c in cells) or \
                sum(1 for c in cells if _FIGURE.match(c)) < 2:
            break
        rows.append([""] * (width - len(cells)) + cells)
        j += 1
    if len(rows) < MIN_ROWS:
        return None
    return " ", [head] + rows, j


def _worded(cell: str) -> bool:
    """A cell holding a letter, a character or a digit: not a mark of another layout alone (a pipe row's
    |, a rule's ---)."""
    return any(ch.isalnum() for ch in cell)


def json_rows(texts: list[str], i: int) -> tuple[str, list[list[str]], int] | None:
    """("JSON", the rows of cells, the index past the run) for a run of lines starting at texts[i] that are
    each ONE JSON OBJECT of the same keys in the same order (a system's interface reply pasted a record a
    line: {"一级指标":"产出指标",…,"分值":10,"得分":10}), MIN_ROWS of them or more with MIN_CELLS keys or more,
    every value a string, a number or null; or None. A line's cells are its values in the keys' order, a
    number as written (8.50 stays 8.50), null an empty cell; the keys are the run's header (json_keys)."""
    keys, rows, j = None, [], i
    while j < len(texts):
        obj = json_object(texts[j])
        if obj is None or keys is not None and list(obj) != keys:
            break
        keys = keys or list(obj)
        rows.append(["" if v is None else str(v) for v in obj.values()])
        j += 1
    if keys is None or len(rows) < MIN_ROWS or len(keys) < MIN_CELLS:
        return None
    return "JSON", rows, j


def json_keys(text: str) -> list[str]:
    """The keys of a line json_rows read, in their order."""
    return list(json_object(text) or {})


def json_object(text: str) -> dict | None:
    """The text as ONE JSON object of scalar values (strings, numbers as written, booleans, null), or None."""
    import json
    text = text.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        obj = json.loads(text, parse_float=str, parse_int=str)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not all(isinstance(v, (str, bool)) or v is None for v in obj.values()):
        return None     # a nested object or list: no row of cells
    return obj
