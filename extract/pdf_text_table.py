"""A fixed-width text table printed into a PDF (a web page's <pre> form, printed by a browser).

Its rules are glyphs (+----+ or ─┼─ lines, | or │ between cells), not drawn lines, so neither
the ruled-table finder nor the aligned-table reader sees a table: the +---+ lines cut it into
pieces and each | is a column of its own. The evidence that lines are fixed-width text is in the
glyphs: a rule line's characters stand one advance apart, and every character of the lines around
it starts on that grid (a CJK character takes two advances). Such lines are turned back into the
text they were printed from, each character at its column, and read by the same text-table reader
as .txt files and <pre> blocks (text_reader.read_lines); a line number counts the region's lines.
A CJK font draws box characters (─ │ ┼, of ambiguous width) as wide as a Chinese character: where a
rule of such glyphs gives no table on its own advance, the grid is half that advance, each box
character two columns (as a Chinese console draws them).
"""
from __future__ import annotations

import dataclasses
import re
import statistics

from .display_columns import display_width
from .text_reader import read_lines

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


def _columns(line, left: float, adv: float, ambiguous: int = 1) -> list[tuple[int, str]] | None:
    """(column, character) of each printed character of the line, or None when one is off the
    grid (the line is not fixed-width text). A character's centre is half its width past its start."""
    out = []
    for c in line.chars:
        if not c["text"].strip():
            continue
        pos = ((c["x0"] + c["x1"]) / 2 - left) / adv - display_width(c["text"], ambiguous) / 2
        col = round(pos)
        if col < 0 or abs(pos - col) > GRID_TOL:
            return None
        out.append((col, c["text"]))
    return out


def _text(cols: list[tuple[int, str]], ambiguous: int = 1) -> str | None:
    out, at = [], 0
    for col, ch in cols:
        if col < at:
            return None        # overprinted: not one line of fixed-width text
        out.append(" " * (col - at) + ch)
        at = col + display_width(ch, ambiguous)
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
        # box characters drawn full width (a CJK font's ─): each rule glyph is two columns
        wide = display_width(_glyphs(ln), 1) < display_width(_glyphs(ln), 2)
        for unit, ambiguous in ((adv, 1), (adv / 2, 2)) if wide else ((adv, 1),):
            region = _region(lines, k, used, adv=unit, ambiguous=ambiguous)
            if region is not None:
                found.append(region)
                break
    return found


def _region(lines: list, k: int, used: set, adv: float, ambiguous: int) -> tuple[list, str] | None:
    """The text table around the rule line lines[k] on a grid of adv per column, its lines marked
    used; None where fewer than two of its lines hold cells."""
    ln = lines[k]
    left = min(c["x0"] for c in ln.chars if c["text"].strip())
    on_grid = {}

    def grid(j):
        if j not in on_grid:
            on_grid[j] = _columns(lines[j], left, adv, ambiguous)
        return on_grid[j]
    first = last = k
    while first > 0 and first - 1 not in used and grid(first - 1) is not None:
        first -= 1
    while last + 1 < len(lines) and grid(last + 1) is not None:
        last += 1
    tabular = [j for j in range(first, last + 1) if _tabular(lines[j])]
    if sum(1 for j in tabular if _piped(lines[j])) < 2:
        return None           # a line of dashes among text, not rows of cells
    first, last = tabular[0], tabular[-1]
    run = lines[first:last + 1]
    texts = [_text(grid(j), ambiguous) for j in range(first, last + 1)]
    if None in texts:
        return None
    used |= set(range(first, last + 1))
    pitch = min((b.top - a.top for a, b in zip(run, run[1:])), default=1.0) or 1.0
    out, no = [], 0
    for ln2, t in zip(run, texts):
        at = round((ln2.top - run[0].top) / pitch)
        out += [""] * (at - no)
        out.append(t)
        no = at + 1
    return run, "\n".join(out)


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
