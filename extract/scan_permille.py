"""A per-mille sign that OCR read as a percent sign and a zero (‰ as %0 or %o), read back; so is a
per-ten-thousand sign read as a percent sign and two (‱ as %00).

‰ is % with one more small circle: the recogniser can take the extra circle for a letter o or a
0 of its own (187's ≤0.9‰ and 0.2‰ came out ≤0.9%o and 0.2%o, then 0.2%0 once the o was read as
a digit). No figure reads on after its percent sign: a figure, %, then 0 or o with no further
figure after it (no digit, letter or decimal point) has no reading as a figure but as ‰. Where
the engine's character positions are known the 0 must also stand right against the % (within
NEAR of the line's usual advance): a 0 with white before it is another cell's figure that
detection joined to this one (extract.ocr_boxes cuts such boxes later). The change is named in
the document's warnings; the two characters' positions become the one's. Where the engine read the
whole glyph as % (140's ≤1‰, 199's 2.9‰), only its ink's width tells them apart (by_ink), and its
third ring: one of two alike on the baseline, or both as one mark where they touch (413's ≤0.9‰).
A ‰ read by its ink alone in a table whose row and column print % is read back as % (by_table); a %
as wide as ‰ with no third ring apart is ‰ where its row holds a ‰ its ink showed whole (by_row). A
figure of 10‰ or more read ‰ by its ink alone in a column of % is read back as % (by_size): a table of
% writes ‰ only for rates under one per cent.
"""
from __future__ import annotations

import re
from statistics import median

from .ocr_boxes import ink_marks

# ‱ is % with two more circles: read %00 / %oo the same way (884's ≤1‱ and 0.4‱ came out ≤1%00, 0.4%00).
_SPLIT = re.compile(r"(?<=\d)%(?P<rings>[0oO]{1,2})(?![0-9A-Za-z.．%])")
_SIGN = {1: "‰", 2: "‱"}
NEAR = 1.5   # the extra circle stands within this many of the line's usual advances of the %


def permille(text: str, centers: list[float] | None) -> tuple[str, list[float] | None]:
    """The line's text with each figure's %0 / %o read as ‰ (%00 / %oo as ‱), and its characters' centres."""
    if "%" not in text:
        return text, centers
    known = centers is not None and len(centers) == len(text)
    steps = [b - a for a, b in zip(centers, centers[1:])] if known and len(text) > 2 else []
    usual = median(steps) if steps else None
    out, at, last = [], [], 0
    for m in _SPLIT.finditer(text):
        k, n = m.start(), len(m.group("rings"))
        if usual is not None and any(centers[j + 1] - centers[j] > NEAR * usual for j in range(k, k + n)):
            continue   # white between: the 0 is a figure of its own
        out.append(text[last:k] + _SIGN[n])
        if known:
            at += centers[last:k] + [(centers[k] + centers[k + n]) / 2]
        last = m.end()
    if not out:
        return text, centers
    out.append(text[last:])
    if known:
        at += centers[last:]
    return "".join(out), (at if known else centers)


# ‰ is % with one more small circle after it, on the baseline; where the recogniser reads it as
# % alone, only the ink shows the circle: the glyph is half as wide again for its height (over the
# corpus scans a figure's % measures 1.0-1.25 of its height wide, ‰ 1.6-1.9: 140, 199), and its
# last mark is a ring (round: ROUND) the size of the %'s lower one on the same line. A full stop after the %
# (121's 98%。, 217's 86.3%。, which the engine dropped) is wider too, but a smaller, lower mark.
WIDE = 1.45
# Some fonts draw ‰ with small rings close together (266's ≤2‰ and 0.6‰, Chromium's print: 1.31 and
# 1.38 of their height wide, the % beside them 1.07-1.14): there the glyph is as wide as three of
# its rings side by side, a % (two rings overlapping a slash between them) at most 2.7 of them.
RINGS = 3.0
MIN_HEIGHT = 6     # pixels: a smaller glyph gives no measure
RING = 0.15        # the third ring's height, width, top and bottom within this share of the lower
                   # ring's (217's 86.3%。: the full stop 2 px shorter and 3 px lower, of 9)
RING_AREA = 0.6    # and its ink at least this share of it (and at most its inverse)
ROUND = 0.5        # a ring is at least this share of its height wide: on a faint print (378's
                   # serif %, its slash too light to be ink) a ring breaks into its two sides, upright
                   # arcs 2-3 px wide and 8 high, which a % has as many of as a ‰ and are no ring
RING_OF_GLYPH = 0.3  # the third ring is at least this share of the glyph's height (the corpus's ‰:
                   # 0.45-0.55): a smaller round mark is a dot of a sign printed after the % (780's
                   # 96%※: the ※'s dots, 2 px of the 14 the % and the ※ stand, alike each other)


def by_ink(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's figure-closing % set to ‰ where its ink is as wide as ‰ is and ends in a third
    ring (box: x0, y0, x1, y1 in the page's pixels; centers: its characters')."""
    if "%" not in text or not centers or len(centers) != len(text):
        return text
    out = list(text)
    for k in _closing(text):
        if _per_mille(ink_marks(gray, box, centers, k)):
            out[k] = "‰"
    return "".join(out)


def wide(text: str, centers: list[float] | None, gray, box) -> list[int]:
    """The indexes of the line's figure-closing % signs whose ink is as wide as ‰ is but shows no
    third ring apart (by_row reads them by their row)."""
    if "%" not in text or not centers or len(centers) != len(text):
        return []
    marks = {k: ink_marks(gray, box, centers, k) for k in _closing(text)}
    return [k for k, m in marks.items() if _as_wide(m) and not _per_mille(m)]


def _closing(text: str) -> list[int]:
    """The indexes of the % signs that close a figure (a digit before, none after)."""
    return [k for k, ch in enumerate(text)
            if ch == "%" and k and text[k - 1].isdigit() and (k + 1 == len(text) or not text[k + 1].isdigit())]


def _as_wide(marks: list) -> bool:
    """Whether a % sign's marks are as wide as ‰'s: half as wide again as high, or as wide as three
    of its last mark side by side, that mark round (a ring, not a piece of one)."""
    if len(marks) < 2:
        return False
    left, top = min(m[0] for m in marks), min(m[1] for m in marks)
    right, bottom = max(m[2] for m in marks), max(m[3] for m in marks)
    if bottom - top < MIN_HEIGHT or left == 0 or right >= marks[0][5]:
        return False   # too small to measure, or cut by the box
    last = max(marks, key=lambda m: m[2])
    if last[2] - last[0] < ROUND * (last[3] - last[1]):
        return False   # the last mark is no ring but a piece of one
    return (right - left) / (bottom - top) >= WIDE or right - left >= RINGS * (last[2] - last[0])


def _per_mille(marks: list) -> bool:
    """Whether a % sign's marks (extract.ocr_boxes.ink_marks) are ‰'s: the whole half as wide again
    as it is high, the rightmost mark a ring like another mark beside it on the same line."""
    if not _as_wide(marks):
        return False   # too small to measure, cut by the box, its last mark no ring, or as narrow as a %
    top, bottom = min(m[1] for m in marks), max(m[3] for m in marks)
    last = max(marks, key=lambda m: m[2])
    if last[3] - last[1] < RING_OF_GLYPH * (bottom - top):
        return False   # a dot, no ring of the glyph

    def like(m) -> bool:
        w, h, lw, lh = m[2] - m[0], m[3] - m[1], last[2] - last[0], last[3] - last[1]
        near = RING * lh + 0.5
        return m is not last and abs(h - lh) <= near and abs(w - lw) <= RING * lw + 0.5 and \
            RING_AREA <= last[4] / m[4] <= 1 / RING_AREA and abs(m[3] - last[3]) <= near and abs(m[1] - last[1]) <= near
    def paired(m) -> bool:
        # the two lower rings touching (413's ≤0.9‰): one mark at the glyph's foot, the upper ring's
        # height, twice its width and ink; a %'s lower ring is as wide as the upper one
        w, h, lw, lh = m[2] - m[0], m[3] - m[1], last[2] - last[0], last[3] - last[1]
        near = RING * h + 0.5
        return m is not last and m[1] <= top + near and last[3] >= bottom - near and abs(h - lh) <= near and \
            abs(lw - 2 * w) <= RING * 2 * w + 1 and RING_AREA <= last[4] / (2 * m[4]) <= 1 / RING_AREA
    return any(like(m) or paired(m) for m in marks)


# The ink's measure passes a % that is printed a little wide with a mark after it (608's 10.6%,
# read ‰ by its ink in a row whose target is ≤12%). A table says which unit its figures carry: a
# ‰ read by ink alone, the one ‰ of a row whose other figures are %, in a column whose other
# figures are % (at least COLUMN_PERCENT of them) and hold no ‰, is the % the rest of the table
# prints; a ‰ with a ‰ beside it in its row or its column (140's target and result) stays. A ‰
# in the column that was itself read by ink alone is no evidence of ‰ (651's 97.2% and 92.5%, two
# results one above the other, each read ‰ by its ink, kept each other); one in the row is (140).
# A table continued over pages is one table (the caller passes the tables stitched): 651's results
# column prints its % on the next page.
_UNIT = re.compile(r"\d\s*([%‰])")
COLUMN_PERCENT = 2


def _holds(cell, points: list[tuple[int | None, float, float]]) -> bool:
    """Whether one of the points (page, x, y in the tables' coordinates) lies in the cell."""
    box = cell.loc.bbox
    return bool(box) and any(page == cell.loc.page and box[0] <= x <= box[2] and box[1] <= y <= box[3]
                             for page, x, y in points)


def _changed(cell, text: str) -> str:
    before, cell.text = cell.text, text
    return (f"第{cell.loc.page}页" if cell.loc.page is not None else "") + f"“{before}”→“{cell.text}”"


# A ‰ whose second lower ring touches the slash (696's 6.2‰: the ring and the slash one mark) leaves
# no third ring apart, and by_ink keeps it %; its ink is still as wide as ‰'s (four of its last
# ring, where the page's % measure under three). Where the same row holds a ‰ its ink showed
# whole (696's target 降至8‰以下), the row writes its figures in ‰: such a wide % in it is ‰ too.
# Alone, a wide % stays % (a % printed wide with a full stop after it: 121's 98%。).
def by_row(tables, inked: list[tuple[int | None, float, float]],
           wide: list[tuple[int | None, float, float]]) -> list[str]:
    """Each % whose ink is as wide as ‰ (wide: its page, x, y as inked's) set to ‰ where its row holds
    a ‰ read by its ink (inked); the cells changed, as 'before→after' (after the page). Run before
    by_table, which then finds the row's ‰ beside each."""
    changed = []
    for table in tables:
        rows = {c.row for c in table.cells if _UNIT.findall(c.text) == ["‰"] and _holds(c, inked)}
        for cell in table.cells:
            if cell.row in rows and _UNIT.findall(cell.text) == ["%"] and _holds(cell, wide):
                changed.append(_changed(cell, re.sub(r"(?<=\d)(\s*)%", r"\1‰", cell.text)))
                inked.append((cell.loc.page, (cell.loc.bbox[0] + cell.loc.bbox[2]) / 2,
                              (cell.loc.bbox[1] + cell.loc.bbox[3]) / 2))
    return changed


def _read_by_ink(table, inked):
    """The table's cells whose one unit is a ‰ read by its ink, and their ids (by_table's and by_size's evidence
    leaves them out of the columns they judge)."""
    by_ink = [c for c in table.cells if _UNIT.findall(c.text) == ["‰"] and _holds(c, inked)]
    return by_ink, {id(c) for c in by_ink}


def by_table(tables, inked: list[tuple[int | None, float, float]]) -> list[str]:
    """Each ‰ read by its ink (inked: the page, x, y of its glyph, in the tables' coordinates) set back
    to % where its row and its column print %; the cells changed, as 'before→after' (after the page)."""
    changed = []
    for table in tables:
        by_ink, inked_ids = _read_by_ink(table, inked)
        back = []
        for cell in by_ink:
            row = [u for c in table.cells if c.row == cell.row and c is not cell for u in _UNIT.findall(c.text)]
            col = [u for c in table.cells if c.col == cell.col and c is not cell and id(c) not in inked_ids
                   for u in _UNIT.findall(c.text)]
            if "%" in row and "‰" not in row and col.count("%") >= COLUMN_PERCENT and "‰" not in col:
                back.append(cell)
        for cell in back:   # (decided on the table as read, then changed)
            changed.append(_changed(cell, re.sub(r"(?<=\d)(\s*)‰", r"\1%", cell.text)))
    return changed


# A table that prints its other figures in % writes a share of one per cent or more in % too: ‰
# stands in such a table only for a rate under one per cent (the corpus's ‰ figures run 0.03‰ to
# 8‰, every one a ≤ target or its result), where % would need a leading 0.0. So a figure of
# PERCENT_SIZED‰ or more read ‰ by ink alone, in a column whose other figures are % (at least
# COLUMN_PERCENT, none ‰), is read back % even where its row's other figure was read ‰ too, by its
# ink or as a wide % beside it (by_row): 1332's 覆盖率 ≥85% / 80% and 1368's 结案率 ≥90% / 84%, the
# target's % read ‰ by its ink and the result's wide % read ‰ beside it, kept each other in by_table.
# A ‰ the text gave in the row (no ink reading) is the row's own evidence: the figure stays.
PERCENT_SIZED = 10
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*‰")


def by_size(tables, inked: list[tuple[int | None, float, float]]) -> list[str]:
    """Each ‰ read by its ink (inked, as by_table's) whose figure is PERCENT_SIZED or more set back to %
    where its column's other figures print % and no ‰, and every other ‰ of its row was read by ink
    too; the cells changed, as 'before→after' (after the page). Run after by_row and by_table."""
    changed = []
    for table in tables:
        by_ink, inked_ids = _read_by_ink(table, inked)
        back = []
        for cell in by_ink:
            if float(_FIGURE.search(cell.text).group(1)) < PERCENT_SIZED:
                continue
            row_text = [u for c in table.cells if c.row == cell.row and id(c) not in inked_ids
                        for u in _UNIT.findall(c.text)]
            col = [u for c in table.cells if c.col == cell.col and c is not cell and id(c) not in inked_ids
                   for u in _UNIT.findall(c.text)]
            if "‰" not in row_text and col.count("%") >= COLUMN_PERCENT and "‰" not in col:
                back.append(cell)
        for cell in back:   # (decided on the table as read, then changed)
            changed.append(_changed(cell, re.sub(r"(?<=\d)(\s*)‰", r"\1%", cell.text)))
    return changed
