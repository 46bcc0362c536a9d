"""OCR's letter-for-digit confusions (O for 0, l / I for 1) repaired in a cell that is a number, nowhere else,
a box glyph read for the counter 口 after a figure (fix_box), and a full-width comma that may group
thousands or be a misread point decided by its table (thousands).

A module of its own, without the OCR engine's imports: the scan reader repairs cells with it, and normalize
reads an OCR layer copied out as text (fix47) and a quantity the same way."""
from __future__ import annotations

import re

from .scan_signs import SIGNS

# A figure grouped in thousands (normalize.quantity.GROUPED's shape, a comma of either width): a
# group of 1-3 digits not led by 0 (0，125 groups nothing), then groups of exactly three, read whole
# (no digit, point or comma-digit before it, no digit or comma-digit after it).
GROUPED = re.compile(r"(?<![\d.])(?<![\d][,，])[1-9]\d{0,2}(?:[,，]\d{3})+(?!\d|[,，]\d)")


def separators(text: str) -> set[int]:
    """The positions of the text's commas that separate thousands in a grouped figure."""
    return {m.start() + j for m in GROUPED.finditer(text) for j, ch in enumerate(m.group(0)) if ch in ",，"}

_NUMERIC = re.compile(rf"^[{SIGNS}]*[\dOolI,，.．%％]+(?:万元|元|亿元|%|万|人次|人|个|次|分|户|亩|组|家|项)?$")


def fix_numeric(text: str) -> str:
    """Repair OCR's letter-for-digit confusions in a cell that is a number, nowhere else."""
    if not _NUMERIC.match(text):
        return text
    if not re.search(r"\d", text) and not re.fullmatch(r"[lI][Oo]+%?", text):
        return text   # letters alone are a number only in the one unambiguous shape: IO, IOO
    fixed = re.sub(r"[Oo](?=[\d.,，．%Oo]|$)|(?<=[\d.])[Oo]", "0", text)
    fixed = re.sub(r"[lI](?=[\d.,，．%0]|$)|(?<=[\d.])[lI]", "1", fixed)
    # a full-width comma that groups thousands (1，200户) is the figure's own: `thousands` decides it
    kept = separators(fixed)
    fixed = "".join("." if ch in "，．" and k not in kept and 0 < k < len(fixed) - 1 and fixed[k - 1].isdigit()
                    and fixed[k + 1].isdigit() else ch for k, ch in enumerate(fixed))
    return _points_grouping(fixed)


# A figure whose point (and commas) the scan lost: a bilevel scan's despeckle filter takes every speck
# of a few pixels away, the type's decimal points and thousands' commas with the dust, and the
# recogniser sets a blank where the point stood (1418.scan: 83.4% read "83 4%", 1,066.00 "1 066 00",
# 99.23 "99 23"), which normalize's cleaning closes up (834%, 106600). In a line that is one figure
# (a sign before it, a unit after it, no other digit), a blank between digits with one or two digits
# after it that end the figure cannot group thousands (a group has three): it is where the point was;
# a blank before it with three digits after it grouped thousands. The ink decides that the blank is
# narrow, a character's room and no more: the step from the digit before it to the digit after it is
# at most POINT_STEP of the figure's steps between neighbouring digits (two figures side by side in a
# line, 12 12, stand a column's width apart). Read so, one character for one; a figure that has a point,
# a blank with three digits after it alone (1 066: a comma or a point, nothing tells) and a line whose
# geometry is not known are left as they are.
_BLANKED = re.compile(rf"^([{SIGNS}]?)([1-9]\d{{0,2}}|0)((?: \d{{3}})*) (\d{{1,2}})(?=[^\d.,，． ]*$)")
POINT_STEP = 2.0


def lost_points(text: str, centers: list[float] | None) -> str:
    """A one-figure line's blanks where a despeckled scan lost its point (the last, one or two digits after
    it) and its thousands' commas (those before, three digits after each) read back as . and , where the
    blanks are narrow by the line's character centres; the text as it is otherwise."""
    m = _BLANKED.match(text)
    if m is None or centers is None or len(centers) != len(text):
        return text
    figure = range(m.start(2), m.end(4))
    steps = [centers[k + 1] - centers[k] for k in figure[:-1] if text[k].isdigit() and text[k + 1].isdigit()]
    if not steps:
        return text
    steps.sort()
    pitch = steps[len(steps) // 2]
    blanks = [k for k in figure if text[k] == " "]
    if pitch <= 0 or any(centers[k + 1] - centers[k - 1] > POINT_STEP * pitch for k in blanks):
        return text
    return text[:m.start(3)] + m.group(3).replace(" ", ",") + "." + m.group(4) + text[m.end(4):]


# A figure has one decimal point: in one with two or more (1214.scan's 1,968.00 read 1.968.00 by the
# doubtful line's second reading; 1.200.000), every point but a last that is not followed by three
# digits stands between groups of three after a lead of one to three: thousands' commas read as points.
_POINTS_GROUPED = re.compile(r"(?<![\d.,，．])([1-9]\d{0,2})((?:\.\d{3})+)(\.\d+)?(?![\d.,，．])")


def _points_grouping(text: str) -> str:
    """The points of a figure with more than one that group its thousands, read as commas (one character
    for one); a figure with one point, or whose points group nothing, as it is."""
    def grouped(m: re.Match) -> str:
        groups, last = m.group(2), m.group(3) or ""
        if groups.count(".") + last.count(".") < 2:
            return m.group(0)
        return m.group(1) + groups.replace(".", ",") + last

    return _POINTS_GROUPED.sub(grouped, text)


# The recogniser reads the counter 口 (397's 286口 of 腌制池, 3口井) as the box glyph □ (U+25A1), the
# same square. A unit is what follows a figure, and □ is no unit: one box right after a digit, with
# no other box and no Chinese after it, is 口. A box standing for a blank comes in runs (20□□年) or
# before the word it leaves out (202□年), and stays.
_BOX = re.compile(r"(?<=\d)□(?![□\u3400-\u9fff])")


def fix_box(text: str) -> str:
    """A box glyph read for the counter 口 right after a figure, read back as 口."""
    return _BOX.sub("口", text)


# A comma the engine read full-width between digits is a decimal point it misread (9O，5) or the
# figure's thousands separator (695 prints ≥1，200户): where one group of three digits follows and
# nothing else (1，200, not 2，481.60 nor 1，200，000), both readings are figures. The table decides:
# a figure beside it in its row or column written to three decimals (1.250) makes it a point; one
# grouped in thousands (its row's 1,236户) makes it a separator; with neither the separator is kept
# (a form's figures rarely carry three decimals) and said; with both, the point is not taken either.
_ONE_GROUP = re.compile(r"(?<![\d.,，])[1-9]\d{0,2}，\d{3}(?![\d.,，．])")
_THREE_PLACES = re.compile(r"(?<![\d.,，])\d+\.\d{3}(?!\d)")


def thousands(tables) -> tuple[list[str], list[str]]:
    """Each cell's lone full-width comma that groups thousands (1，200) read by its table: as a
    decimal point where figures of its row or column are written to three decimals and none there
    groups thousands (the cells changed, 'before→after'); kept otherwise, and where neither kind of
    figure stands beside it, named as unsure ('text')."""
    pointed, unsure = [], []
    for table in tables:
        for cell in table.cells:
            if not _ONE_GROUP.search(cell.text):
                continue
            beside = [c.text for c in table.cells if (c.row == cell.row or c.col == cell.col) and c is not cell]
            places = any(_THREE_PLACES.search(t) for t in beside)
            grouped = any(GROUPED.search(t) for t in beside)
            where = f"第{cell.loc.page}页" if cell.loc.page is not None else ""
            if places and not grouped:
                before = cell.text
                cell.text = _ONE_GROUP.sub(lambda m: m.group(0).replace("，", "."), cell.text)
                pointed.append(f"{where}“{before}”→“{cell.text}”")
            elif not grouped:
                unsure.append(f"{where}“{cell.text}”")
    return pointed, unsure


# The figure a digit stands in: digits with their decimal point and thousands' commas (1,341.50).
FIGURE = re.compile(r"\d+(?:[.,，]\d+)*")


def figure_in(text: str, figure: str) -> int:
    """Where in `text` the one whole figure written `figure` stands; -1 where none or several (a
    figure changed, or 10 within 100, is no longer the figure a runner-up was ranked for)."""
    at = [m.start() for m in FIGURE.finditer(text) if m.group() == figure]
    return at[0] if len(at) == 1 else -1
