"""A data frame printed as text (pandas' to_string, R's print of a data.frame): a fixed-width table
whose header line names its columns right-aligned over them, each cell right-aligned under its name
(a column ends where its name ends); the row labels (the index) stand left of the first column,
left-aligned, their level names on a line of their own under the header where they have names; a
label of an outer level (a MultiIndex) is shown on its group's first row only, the rows under it
carrying it down; a missing value prints as NaN (an empty cell).

Widths are counted as the printer counted them: in characters (pandas' default, a CJK character one
wide), or as a terminal shows them (east_asian_width on), whichever puts the cells under the names.

A frame printed with a GUTTER (Julia's DataFrames.jl, PrettyTables): the row numbers left of a bar │ that
stands at one place on every line, a rule ─────┼──── under the head (and under the line of the columns'
TYPES where the print shows one: Int64, String?, Float64), the columns two spaces apart or more, each
cell left- or right-aligned in its column (gutter_table). Where the types are shown, `missing` is a
missing value (an empty cell)."""
from __future__ import annotations

import re
from typing import Callable

from .display_columns import at_columns, display_width

MISSING = {"NaN", "nan", "NA", "<NA>", "None", "NaT"}
MIN_ROWS = 2        # one line under a header is a record printed, no table to read by its columns
MIN_COLUMNS = 2     # a header of one name right-aligned is any indented line
_PIECE = re.compile(r"\S+(?: \S+)*")      # a cell: words a single space apart
_WORD = re.compile(r"\S+")


def frame_table(lines: list[str], i: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """The printed frame whose header is lines[i]: its rows of (line index, cell) cells, the header
    first (the index's level names, then the columns'), and the index past it; None where the lines
    are no such print.

    A print wider than the console (R's print of a data.frame past options(width)) is WRAPPED into blocks
    of columns, one under the other with no line between, each block a header of its own over the same
    rows, each row repeating its row name: a block right under the last row whose rows carry the same
    row names, in the same order, holds more columns of the same rows and is joined to them (it may be a
    single column, and its cells may be empty: R prints an empty string as blanks)."""
    found = _frame_at(lines, i)
    if found is None:
        return None
    out, j, levels = found
    while j < len(lines) and lines[j].startswith(" ") and lines[j].strip() \
            and (more := _frame_at(lines, j, block=len(out) - 1, levels=levels)) is not None:
        rows, end, its_levels = more
        if its_levels != levels or len(rows) != len(out) \
                or any([t for _, t in a[:levels]] != [t for _, t in b[:levels]] for a, b in zip(out[1:], rows[1:])):
            break
        out = [a + b[levels:] for a, b in zip(out, rows)]
        j = end
    return out, j


def _frame_at(lines: list[str], i: int, block: int = 0, levels: int = 0) -> tuple[list[list[tuple[int, str]]], int, int] | None:
    """The frame whose header is lines[i], the index past it and its index's levels; `block`, where the lines
    may be a wrapped print's later block, the rows it must have, and `levels` the index levels it must have."""
    if not lines[i].startswith(" ") or len(_WORD.findall(lines[i])) < (1 if block else MIN_COLUMNS):
        return None
    # the names apart by two spaces (pandas: a name may hold single spaces), else by one (R pads each column
    # to its widest text and puts one space between: where the names are the widest, one space parts them)
    for split in (_pieces, _words):
        for width in (len, display_width):
            if (found := _frame(lines, i, width, split, block)) and (not levels or found[2] == levels):
                return found
    return None


def _frame(lines: list[str], i: int, width, split=None, block: int = 0) \
        -> tuple[list[list[tuple[int, str]]], int, int] | None:
    head = (split or _pieces)(lines[i], width)      # the columns' names
    if len(head) < (1 if block else MIN_COLUMNS):
        return None
    ends = [e for _, e, _ in head]
    first = head[0][0]
    j = i + 1
    names: list[tuple[int, str]] = []
    # (a later block's first row may be its row name alone, with empty cells: no level names there)
    if not block and j < len(lines) and (words := _words(lines[j], width)) and all(e <= first for _, e, _ in words) \
            and words[0][0] == 0:
        names = [(s, t) for s, _, t in words]      # the index's level names
        j += 1
    rows: list[tuple[int, list[tuple[int, str]], list[str]]] = []
    while j < len(lines) and lines[j].strip() and not (block and len(rows) == block):
        cells = _under(lines[j], width, ends, bool(block))
        if cells is None or block and any(e > first for _, e, _ in _words(lines[j], width)[:len(cells[0])]):
            break     # a later block's row names stand left of its columns' names
        index, values = cells
        rows.append((j, index, values))
        j += 1
    if len(rows) < MIN_ROWS:
        return None
    # a row name left-aligned at the line's start, one space before a first cell wider than the others
    # (R: 12 满意度指标 under 一级指标) was read into that cell: where other rows' names stand apart, the index
    # end where the widest of them ends, and a cell starts past it: a word at the line's start one space
    # before the rest of a cell that starts past every other row's name is that row's name
    reach = max((width(t) for _, index, _ in rows for s, t in index if s == 0), default=0)
    for n, (no, index, values) in enumerate(rows):
        first_word = _WORD.match(lines[no])
        if reach and not index and first_word and width(first_word.group()) + 1 > reach \
                and values[0].startswith(first_word.group() + " "):
            rows[n] = (no, [(0, first_word.group())], [values[0][len(first_word.group()) + 1:]] + values[1:])
    # the index's levels start where its labels start (left-aligned), the named levels' first
    starts = sorted({s for s, _ in names} | {s for _, index, _ in rows for s, _ in index})
    if not starts:
        return None
    levels = len(starts)
    named = {starts.index(s): t for s, t in names if s in starts}
    out = [[(i, named.get(k, "")) for k in range(levels)] + [(i, t) for _, _, t in head]]
    above = [""] * levels
    for no, index, values in rows:
        labels = [""] * levels
        for s, t in index:
            k = max(n for n, x in enumerate(starts) if x <= s)
            labels[k] = (labels[k] + " " + t).strip()
        shown = next((k for k, t in enumerate(labels) if t), levels)
        # an outer level's label is printed on its group's first row only: the rows under it carry it
        labels = [above[k] if k < shown else t for k, t in enumerate(labels)]
        above = labels
        out.append([(no, t) for t in labels] + [(no, "" if v in MISSING else v) for v in values])
    return out, j, levels


def _pieces(line: str, width) -> list[tuple[int, int, str]]:
    """(start, end, piece) of the line's pieces apart by two spaces or more, in the measure."""
    return [(width(line[:m.start()]), width(line[:m.end()]), m.group()) for m in _PIECE.finditer(line)]


def _words(line: str, width) -> list[tuple[int, int, str]]:
    return [(width(line[:m.start()]), width(line[:m.end()]), m.group()) for m in _WORD.finditer(line)]


def _under(line: str, width, ends: list[int], block: bool = False) -> tuple[list[tuple[int, str]], list[str]] | None:
    """A data line's index labels (start, label) and its cells, one a column: each column's cell
    ends where its name does. None where a piece right of the index ends under no column's end, or
    fewer than half the columns hold a piece ending there."""
    words = _words(line, width)
    values = [""] * len(ends)
    k = len(words)
    # from the right: each column's cell is the words ending at its end (words one space apart)
    for c in range(len(ends) - 1, -1, -1):
        if k and words[k - 1][1] == ends[c]:
            end, start = k, k - 1
            while start and words[start - 1][1] + 1 == words[start][0] and \
                    (c == 0 or words[start - 1][0] > ends[c - 1]):
                start -= 1
            values[c] = " ".join(t for _, _, t in words[start:end])
            k = start
        elif k and words[k - 1][1] > (ends[c - 1] if c else 0) and c > 0:
            return None     # a piece inside a column, under no column's end: not this print
    # a printer writes NaN where a value is missing, so a data line fills its columns; only an empty
    # string prints nothing: a line filling under half ends under a name by chance
    # (a wrapped print's later block, whose rows are known by their names, may hold empty strings)
    if not block and sum(1 for v in values if v) * 2 < len(ends):
        return None
    if block and not (words[:k] and words[0][0] == 0):
        return None     # each row of a later block repeats its row name at the line's start
    return [(s, t) for s, _, t in words[:k]], values


_GUTTER_HEAD = re.compile(r"^\s*\w+\s│ +\S")
_GUTTER_RULE = re.compile(r"^─+┼─+$")
# A column's type as Julia shows it: a type name, its parameters in braces, ? where it may be missing.
_JULIA_TYPE = re.compile(r"^[A-Z][\w.]*(?:\{[^{}]*\})?\??$")
GUTTER_MISSING = "missing"


def gutter_opens(line: str) -> bool:
    return bool(_GUTTER_HEAD.match(line))


def gutter_table(numbered: list[tuple[int, str]], i: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """The frame printed with a gutter (above) whose head is numbered[i]: its rows of (line, cell), the head
    first, and the index past it; None where the lines are no such print."""
    bar = numbered[i][1].index("│")
    j, body = i + 1, []
    while j < len(numbered) and not _GUTTER_RULE.match(numbered[j][1].strip()):
        if numbered[j][1][bar:bar + 1] != "│" or numbered[j][1][:bar].strip():
            return None
        body.append(numbered[j])     # the line of types (and nothing else) between the head and the rule
        j += 1
    if j >= len(numbered) or numbered[j][1].find("┼") != bar or len(body) > 1:
        return None
    rows, j = [], j + 1
    while j < len(numbered) and numbered[j][1][bar:bar + 1] == "│" and numbered[j][1][:bar].strip().isdigit():
        rows.append(numbered[j])
        j += 1
    if len(rows) < MIN_ROWS - 1:
        return None
    shown = [(no, t[bar + 1:].rstrip()) for no, t in [numbered[i], *body, *rows]]
    spans = _gutter_columns([t for _, t in shown])
    if len(spans) < MIN_COLUMNS:
        return None
    cells = [[(no, at_columns(t, a, b).strip()) for a, b in spans] for no, t in shown]
    typed = bool(body) and all(_JULIA_TYPE.match(c) for _, c in cells[1] if c)
    if body and not typed:
        return None
    out = [cells[0]] + [[(no, "" if typed and c == GUTTER_MISSING else c) for no, c in r] for r in cells[1 + len(body):]]
    return out, j


def _gutter_columns(texts: list[str]) -> list[tuple[int, int]]:
    """The columns' spans in display columns: runs of places some line writes in, apart by two free places or more."""
    return _gutter_columns_by(texts, 2)


# A tibble printed by pillar (R): '# A tibble: n × m', the heads, a line of the columns' TYPES in angle brackets
# (<chr> <dbl> <int> …) under them, then the rows, each after its row number; one space between columns, a
# column's heads and cells left-aligned (text) or right-aligned (numbers, decimals lined up on the point), a
# missing value NA (<NA> in a text column). The columns are the runs of places some line writes in, apart where
# EVERY line leaves the place free; a run under no type (a decimal's padding, a text's second word) belongs to
# the column it leans on (a text column's to its left, a number column's to its right). Lines starting with '#'
# under the rows (# ℹ 4 more rows, # ℹ 2 more variables: …) say the print left rows and columns out: what the
# head's size has beyond what was printed is counted, for the reader to name. Counts carry big marks (336,776).
_TIBBLE_HEAD = re.compile(r"^# A tibble:\s*(\d[\d,]*)\s*[×x]\s*(\d[\d,]*)\s*$")
_TIBBLE_TYPE = re.compile(r"<[a-z][\w:]*>")
_TIBBLE_LEFT = {"<chr>", "<fct>", "<ord>"}


def tibble_opens(line: str) -> bool:
    return bool(_TIBBLE_HEAD.match(line.strip()))


def tibble_table(numbered: list[tuple[int, str]], i: int) -> tuple[list[list[tuple[int, str]]], int, int, int] | None:
    """The tibble whose '# A tibble' line is numbered[i]: its rows of (line, cell), the head first, the index past
    it, and the rows and the columns the print left out; None where the lines are no such print."""
    m = _TIBBLE_HEAD.match(numbered[i][1].strip())
    h = i + 1     # the heads' line, past a grouped or rowwise tibble's '# Groups:   一级指标 [2]'
    while h < len(numbered) and numbered[h][1].startswith("# "):
        h += 1
    if m is None or h + 1 >= len(numbered):
        return None
    n, width = int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))
    types_line = numbered[h + 1][1]
    types = [(t.group(), display_width(types_line[:t.start()]), display_width(types_line[:t.end()]))
             for t in _TIBBLE_TYPE.finditer(types_line)]
    if not types or _TIBBLE_TYPE.sub("", types_line).strip():
        return None
    j, body = h + 2, []
    while j < len(numbered) and len(body) < n and re.match(r"^\s*\d+ ", numbered[j][1]):
        body.append(numbered[j])
        j += 1
    while j < len(numbered) and numbered[j][1].startswith("#"):     # the footer: what the head's size tells
        j += 1
    if len(body) < MIN_ROWS - 1 or len(types) < MIN_COLUMNS or len(types) > width:
        return None
    lines = [numbered[h], numbered[h + 1], *body]
    runs = [r for r in _gutter_columns_by([t for _, t in lines], 1) if r[1] > types[0][1]]
    cols: list[list[int]] = [[a, b] for _, a, b in types]
    for a, b in runs:     # each run into the column whose type it meets, or the one it leans on
        k = next((k for k, (_, ta, tb) in enumerate(types) if a < tb and ta < b), None)
        if k is None:
            before = max((k for k, (_, _, tb) in enumerate(types) if tb <= a), default=None)
            after = min((k for k, (_, ta, _) in enumerate(types) if ta >= b), default=None)
            k = before if before is not None and (types[before][0] in _TIBBLE_LEFT or after is None) else after
            if k is None:
                return None
        cols[k] = [min(cols[k][0], a), max(cols[k][1], b)]
    out = [[(no, "" if (c := at_columns(t, a, b).strip()) in MISSING and r else c) for a, b in cols]
           for r, (no, t) in enumerate([lines[0], *body])]
    return out, j, n - len(body), width - len(types)


def _gutter_columns_by(texts: list[str], gap: int) -> list[tuple[int, int]]:
    """The runs of places some line writes in, apart by `gap` free places or more."""
    used: set[int] = set()
    for t in texts:
        at = 0
        for ch in t:
            w = display_width(ch)
            if not ch.isspace():
                used.update(range(at, at + w))
            at += w
    spans: list[tuple[int, int]] = []
    for x in sorted(used):
        if spans and x - spans[-1][1] < gap:
            spans[-1] = (spans[-1][0], x + 1)
        else:
            spans.append((x, x + 1))
    return spans
