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
import unicodedata
from typing import Callable

MISSING = {"NaN", "nan", "NA", "<NA>", "None", "NaT"}
MIN_ROWS = 2        # one line under a header is a record printed, no table to read by its columns
MIN_COLUMNS = 2     # a header of one name right-aligned is any indented line
_PIECE = re.compile(r"\S+(?: \S+)*")      # a cell: words a single space apart
_WORD = re.compile(r"\S+")


def _shown(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def frame_table(lines: list[str], i: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """The printed frame whose header is lines[i]: its rows of (line index, cell) cells, the header
    first (the index's level names, then the columns'), and the index past it; None where the lines
    are no such print."""
    if not lines[i].startswith(" ") or len(_PIECE.findall(lines[i])) < MIN_COLUMNS:
        return None
    for width in (len, _shown):
        if found := _frame(lines, i, width):
            return found
    return None


def _frame(lines: list[str], i: int, width) -> tuple[list[list[tuple[int, str]]], int] | None:
    head = _pieces(lines[i], width)      # the columns' names (a name may hold single spaces)
    ends = [e for _, e, _ in head]
    first = head[0][0]
    j = i + 1
    names: list[tuple[int, str]] = []
    if j < len(lines) and (words := _words(lines[j], width)) and all(e <= first for _, e, _ in words) \
            and words[0][0] == 0:
        names = [(s, t) for s, _, t in words]      # the index's level names
        j += 1
    rows: list[tuple[int, list[tuple[int, str]], list[str]]] = []
    while j < len(lines) and lines[j].strip():
        cells = _under(lines[j], width, ends)
        if cells is None:
            break
        index, values = cells
        rows.append((j, index, values))
        j += 1
    if len(rows) < MIN_ROWS:
        return None
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
    return out, j


def _pieces(line: str, width) -> list[tuple[int, int, str]]:
    """(start, end, piece) of the line's pieces apart by two spaces or more, in the measure."""
    return [(width(line[:m.start()]), width(line[:m.end()]), m.group()) for m in _PIECE.finditer(line)]


def _words(line: str, width) -> list[tuple[int, int, str]]:
    return [(width(line[:m.start()]), width(line[:m.end()]), m.group()) for m in _WORD.finditer(line)]


def _under(line: str, width, ends: list[int]) -> tuple[list[tuple[int, str]], list[str]] | None:
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
    if sum(1 for v in values if v) * 2 < len(ends):
        return None
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
    cells = [[(no, _in_span(t, a, b)) for a, b in spans] for no, t in shown]
    typed = bool(body) and all(_JULIA_TYPE.match(c) for _, c in cells[1] if c)
    if body and not typed:
        return None
    out = [cells[0]] + [[(no, "" if typed and c == GUTTER_MISSING else c) for no, c in r] for r in cells[1 + len(body):]]
    return out, j


def _gutter_columns(texts: list[str]) -> list[tuple[int, int]]:
    """The columns' spans in display columns: runs of places some line writes in, apart by two free places or more."""
    used: set[int] = set()
    for t in texts:
        at = 0
        for ch in t:
            w = _shown(ch)
            if not ch.isspace():
                used.update(range(at, at + w))
            at += w
    spans: list[tuple[int, int]] = []
    for x in sorted(used):
        if spans and x - spans[-1][1] < 2:
            spans[-1] = (spans[-1][0], x + 1)
        else:
            spans.append((x, x + 1))
    return spans


def _in_span(text: str, a: int, b: int) -> str:
    """The line's characters standing within display columns a..b."""
    out, at = [], 0
    for ch in text:
        if a <= at < b:
            out.append(ch)
        at += _shown(ch)
    return "".join(out).strip()
