"""A fixed-width text table printed into a PDF (a web page's <pre> form, printed by a browser).

Its rules are glyphs (+----+ or ─┼─ lines, | or │ between cells), not drawn lines, so neither
the ruled-table finder nor the aligned-table reader sees a table: the +---+ lines cut it into
pieces and each | is a column of its own. The evidence that lines are fixed-width text is in the
glyphs: a rule line's characters stand one advance apart, and every character of the lines around
it starts on that grid (a CJK character takes two advances). Such lines are turned back into the
text they were printed from, each character at its column, and read by the same text-table reader
as .txt files and <pre> blocks (text_reader.read_lines); a line number counts the region's lines.
"""
from __future__ import annotations

import dataclasses
import re
import statistics

from .text_reader import display_width, read_lines

# A rule line of a text table: +---+---+, |---|---|, or box-drawing ─┼─ (spaces aside).
_RULE = re.compile(r"^[+|├┌└]?(?:[-=─━]{3,}[+|┼┬┴┤┐┘├]?)+$")
_PIPES = set("|│┃")
GRID_TOL = 0.2   # of an advance: a character this far off the grid is proportional text


def _rule_advance(line) -> float | None:
    """The advance of a rule line's glyphs, when they stand evenly spaced; None otherwise."""
    chars = [c for c in line.chars if c["text"].strip()]
    if len(chars) < 8 or not _RULE.match(_glyphs(line)):
        return None
    steps = [b["x0"] - a["x0"] for a, b in zip(chars, chars[1:])]
    adv = statistics.median(steps)
    if adv <= 0 or any(abs(s - adv) > GRID_TOL * adv for s in steps):
        return None
    return adv


def _columns(line, left: float, adv: float) -> list[tuple[int, str]] | None:
    """(column, character) of each printed character of the line, or None when one is off the
    grid (the line is not fixed-width text). A character's centre is half its width past its start."""
    out = []
    for c in line.chars:
        if not c["text"].strip():
            continue
        pos = ((c["x0"] + c["x1"]) / 2 - left) / adv - display_width(c["text"]) / 2
        col = round(pos)
        if col < 0 or abs(pos - col) > GRID_TOL:
            return None
        out.append((col, c["text"]))
    return out


def _text(cols: list[tuple[int, str]]) -> str | None:
    out, at = [], 0
    for col, ch in cols:
        if col < at:
            return None        # overprinted: not one line of fixed-width text
        out.append(" " * (col - at) + ch)
        at = col + display_width(ch)
    return "".join(out)


def regions(lines: list) -> list[tuple[list, str]]:
    """The page's fixed-width text tables: (their lines, the text they print), lines in page order.
    A region is the run of consecutive lines on one rule line's character grid, from its first
    line holding a rule or a | to its last; a blank line where the line pitch skips one."""
    found = []
    used: set[int] = set()
    for k, ln in enumerate(lines):
        if k in used or (adv := _rule_advance(ln)) is None:
            continue
        left = min(c["x0"] for c in ln.chars if c["text"].strip())
        on_grid = {}

        def grid(j):
            if j not in on_grid:
                on_grid[j] = _columns(lines[j], left, adv)
            return on_grid[j]
        first = last = k
        while first > 0 and first - 1 not in used and grid(first - 1) is not None:
            first -= 1
        while last + 1 < len(lines) and grid(last + 1) is not None:
            last += 1
        tabular = [j for j in range(first, last + 1) if _tabular(lines[j])]
        if sum(1 for j in tabular if _piped(lines[j])) < 2:
            continue           # a line of dashes among text, not rows of cells
        first, last = tabular[0], tabular[-1]
        run = lines[first:last + 1]
        texts = [_text(grid(j)) for j in range(first, last + 1)]
        if None in texts:
            continue
        used |= set(range(first, last + 1))
        pitch = min((b.top - a.top for a, b in zip(run, run[1:])), default=1.0) or 1.0
        out, no = [], 0
        for ln2, t in zip(run, texts):
            at = round((ln2.top - run[0].top) / pitch)
            out += [""] * (at - no)
            out.append(t)
            no = at + 1
        found.append((run, "\n".join(out)))
    return found


def read(doc, path: str, text: str, page: int) -> None:
    """Append a text table's blocks, read as a text file's lines; the page locates them (a cell
    by its page and its line within the text table)."""
    start = len(doc.blocks)
    read_lines(doc, path, text)
    for b in doc.blocks[start:]:
        b.loc = dataclasses.replace(b.loc, page=page)
        for c in getattr(b, "cells", ()):
            c.loc = dataclasses.replace(c.loc, page=page)


def _glyphs(line) -> str:
    return "".join(c["text"] for c in line.chars if c["text"].strip())


def _piped(line) -> bool:
    return sum(1 for ch in _glyphs(line) if ch in _PIPES) >= 2


def _tabular(line) -> bool:
    return bool(_RULE.match(_glyphs(line))) or _piped(line)
