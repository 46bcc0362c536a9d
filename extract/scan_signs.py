"""A comparison sign standing alone in its own cell of a scan (a 符号 column, or a target written
≥ | 95 | % in separate cells), read again beside the value it qualifies.

The recogniser knows ≥ ≤ > < =, but a lone sign is a box a few pixels high: detection drops it
(the cell holds ink and no text) or the recogniser, with nothing around it, takes it for letters
(≥ as AI or M) or for another sign (≥ as =). Beside its value, as the document means it to be
read, the same ink reads surely (≥ | 90 as one line ≥90). So a cell of a table that holds ink
but no text, or one or two characters that are neither Chinese nor digits, and whose neighbour on
the right in the row is a number on one line, is cut out together with that neighbour's ink and
recognised as one line. Where the line reads, confidently, as comparison signs followed by the
neighbour's own text, those signs are the cell's text. Nothing else is changed, and each change
is named in the document's warnings.

A sign read ≥ or ≤ is also set to the form its ink shows (barred): one bar under the angle or
two (≧ ≦), which the recogniser does not tell apart; a + whose ink is a bar between two dots is ÷
(divided), and a unit's 2 / 3 raised above its letter's middle is ² / ³ (raised).
"""
from __future__ import annotations

import re
from statistics import median

from .ocr_boxes import ink_box, share_components

SIGNS = "≥≤＞＜><=≧≦"          # the comparison signs a target or result may be written with
_SHORT = re.compile(r"[^\u3400-\u9fff\d]{0,2}")   # empty, or one or two characters, no Chinese, no digit
_NUMBER = re.compile(r"\d[\d.,]*\S*")           # a value on one line: starts with a digit
INSET = 2          # pixels inside the ruling lines: the lines are not the cell's ink
MIN_INK = 4        # dark pixels that make ink (fewer are specks)
MIN_HEIGHT = 6     # pixels: a letter lower than this gives no measure
# Set as a detected line is cut out: white around the text about 0.3 of its height, the sign
# about a thin space from its value (wider margins or gaps bring back the lone sign's misreading)
MARGIN, GAP = 0.3, 0.15


def reread(tables, gray, recognise, number: int, min_conf: float) -> list[str]:
    """Read again the lone-sign cells of a page's tables (cell boxes in the page's pixels);
    `recognise` is the engine's line recogniser. The changes made, for the warnings."""
    todo = []
    for table in tables:
        for cell in table.cells:
            if not _SHORT.fullmatch(cell.text.strip()) or cell.loc.bbox is None:
                continue
            right = table.cell_at(cell.row, cell.col + cell.colspan)
            if right is None or right.row != cell.row or right.loc.bbox is None \
                    or not _NUMBER.fullmatch(right.text.strip()):
                continue
            line = _joined(gray, cell.loc.bbox, right.loc.bbox)
            if line is not None:
                todo.append((cell, right.text.strip(), line))
    if not todo:
        return []
    import cv2
    got, _ = recognise([cv2.cvtColor(line, cv2.COLOR_GRAY2RGB) for _, _, line in todo])
    changes = []
    for (cell, value, _), (text, score) in zip(todo, got):
        text = "".join(text.split())
        sign = text[:-len(value)] if text.endswith(value) else ""
        if not sign or len(sign) > 2 or any(ch not in SIGNS for ch in sign) or float(score) < min_conf \
                or sign == cell.text.strip():
            continue
        changes.append(f"第{number}页第{cell.row + 1}行“{cell.text.strip() or '（空）'}”→“{sign}”")
        cell.text, cell.confidence = sign, float(score)
    return changes


def cell_ink(gray, bbox):
    """The box (x0, y0, x1, y1) of a cell's ink and the ink alone on white, or None: dark marks
    not touching the cell's edge (a ruling line or its stub touches it)."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = (int(round(v)) for v in bbox)
    x0, y0, x1, y1 = x0 + INSET, y0 + INSET, x1 - INSET, y1 - INSET
    if x1 - x0 < 3 or y1 - y0 < 3:
        return None
    crop = gray[y0:y1, x0:x1]
    dark = (crop < 128).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    h, w = crop.shape
    keep = [k for k in range(1, n) if stats[k][0] > 0 and stats[k][1] > 0
            and stats[k][0] + stats[k][2] < w and stats[k][1] + stats[k][3] < h]
    if sum(int(stats[k][4]) for k in keep) < MIN_INK:
        return None
    mask = np.isin(labels, keep)
    mask = cv2.dilate(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)   # the marks' soft edges
    ys, xs = np.nonzero(mask)
    clean = np.where(mask, crop, 255).astype(np.uint8)
    a, b, c, d = xs.min(), ys.min(), xs.max() + 1, ys.max() + 1
    return (x0 + a, y0 + b, x0 + c, y0 + d), clean[b:d, a:c]


def _joined(gray, sign_box, value_box):
    """One line: the sign cell's ink, a small gap, the value cell's ink, each at its own height
    on the page, with a margin of white around them as around a detected line."""
    import numpy as np

    left, right = cell_ink(gray, sign_box), cell_ink(gray, value_box)
    if left is None or right is None:
        return None
    (la, lb, lc, ld), lpix = left
    (ra, rb, rc, rd), rpix = right
    top, bottom = min(lb, rb), max(ld, rd)
    margin, gap = max(2, round(MARGIN * (bottom - top))), max(1, round(GAP * (bottom - top)))
    height = bottom - top + 2 * margin
    line = np.full((height, (lc - la) + gap + (rc - ra) + 2 * margin), 255, np.uint8)
    line[margin + lb - top:margin + ld - top, margin:margin + lc - la] = lpix
    x = margin + lc - la + gap
    line[margin + rb - top:margin + rd - top, x:x + rc - ra] = rpix
    return line


# Forms print ≧ ≦ (two bars under the angle; 001's ≧20000亩) as well as ≥ ≤, but the engine's
# recogniser knows only ≥ ≤, and v6, which knows both, reads 001's ≧ as ≥ at 1.0 too. The ink tells
# them apart: the bars under the angle are flat marks of their own, one or two.
BARRED = {"≥": "≧", "≤": "≦"}
SINGLE = {v: k for k, v in BARRED.items()}
FLAT = 2.0         # a bar is at least this many times as wide as it is high
SPAN = 0.6         # and spans at least this share of the angle's width (157's slanted bar, broken
                   # into two short flat specks, is no bar)
RULE = 1.5         # a mark wider than this many line heights is a ruling line or an underline
# A cell's rule that the line's box cuts, broken by the scan into short dark pieces on a grey line
# (656's ≤40元: a piece 4 px wide under the bar, counted a second bar, read ≦), is no mark of the
# sign: a mark on rows that grey crosses nearly from one end of the box to the other is the rule's.
GREY, ACROSS = 200, 0.9


def bars(gray, box, centers: list[float], k: int) -> int | None:
    """How many bars stand under the angle of the sign read at k of a line (box: x0, y0, x1, y1
    in the page's pixels; centers: its characters'), or None where the ink shows no angle over
    one or two bars."""
    found = share_components(gray, box, centers, k)
    if found is None:
        return None
    h, width, comps = found
    ruled = _ruled_rows(gray, box)
    marks = [(y, x, w, hh) for x, y, w, hh, area in comps
             if not (w > RULE * h or x == 0 or x + w >= width or area < MIN_INK or ruled.issuperset(range(y, y + hh)))]
    # (not a rule, whole or in pieces, nor ink the box cuts, nor a speck: 378's faint ⩾, its slanted
    # bar broken into two-pixel specks, was counted two bars)
    marks.sort()
    if len(marks) < 2:
        return None
    angle, under = marks[0], marks[1:]
    # A sign's bars are stacked as close as the first stands under the angle; a flat mark further down is
    # another line's ink the box takes in (1303's ≤200 over 元/亩 in a cell: 元's top stroke, read a second bar)
    step = max(2 * (under[0][0] - angle[0] - angle[3]), angle[3] / 3)
    for j in range(1, len(under)):
        if under[j][0] - under[j - 1][0] - under[j - 1][3] > step:
            under = under[:j]
            break
    if any(w < FLAT * hh or w < SPAN * angle[2] for _, _, w, hh in under) or under[0][0] < angle[0] + angle[3]:
        return None    # not flat, too short or not under the angle: some other mark
    if angle[3] <= 2 * max(hh for _, _, _, hh in under):
        return None    # no angle but a flat piece of one (378's faint ≤, broken into short strokes)
    return len(under) if len(under) <= 2 else None


def _ruled_rows(gray, box) -> set[int]:
    """The rows of a line's box (in its pixels) that grey crosses nearly end to end: a rule's."""
    import numpy as np

    x0, y0, x1, y1 = (max(0, int(round(v))) for v in box)
    crop = np.asarray(gray)[y0:y1, x0:x1]
    if not crop.size:
        return set()
    return {int(r) for r in np.nonzero((crop < GREY).mean(axis=1) >= ACROSS)[0]}


def barred(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's ≥ ≤ (or ≧ ≦) in the form its ink shows: two bars under the angle ≧ ≦, one ≥ ≤."""
    if not centers or len(centers) != len(text) or not any(ch in BARRED or ch in SINGLE for ch in text):
        return text
    out = list(text)
    for k, ch in enumerate(text):
        if ch in BARRED or ch in SINGLE:
            count = bars(gray, box, centers, k)
            if count == 2:
                out[k] = BARRED.get(ch, ch)
            elif count == 1:
                out[k] = SINGLE.get(ch, ch)
    return "".join(out)


# The recogniser, given a box holding one stroke and nothing around it, reads 一 for it whatever
# its direction (231's / in an empty adjusted-target cell). 一 is a flat stroke; ink at least
# STANDING times as high as wide, and a good part of the line's height, is some other mark: a
# slash where it leans right (its top right of its bottom by SLANT of its width or more).
STANDING = 2.0
TALL = 0.4
SLANT = 0.25


def _lone_mark(centers: list[float] | None, gray, box):
    """The line's height and its one mark (x, y, w, h in the line box's pixels), or None where
    the line's ink is not one mark."""
    x0, _, x1, _ = (int(round(v)) for v in box)
    found = share_components(gray, box, centers if centers and len(centers) == 1 else [(x0 + x1) / 2], 0)
    if found is None:
        return None
    h, _, comps = found
    ruled = _ruled_rows(gray, box)     # (the cell's rule the box cuts is no mark of the line's)
    marks = [c for c in comps if c[4] >= MIN_INK and not (c[2] > RULE * h or ruled.issuperset(range(c[1], c[1] + c[3])))]
    return (h, marks[0][:4]) if len(marks) == 1 else None


# The recogniser reads a lone / as 1 too (647's fund table: the 执行率, 分值 and 得分 cells the form
# leaves "/" came out 1 in five places, and JX202 held 县级资金's 90.5% to that "100%"). A 1 is a
# stroke with a flag at its top and often a foot; a slash is one straight stroke of even width. So a
# lone 1 (l, I, |) whose ink stands and leans right as a slash does, and whose every row is one run
# no wider than the stroke (its median run, and PLAIN pixels of blur), is /.
ONE = ("1", "l", "I", "|")
PLAIN = 2


def slash(text: str, centers: list[float] | None, gray, box) -> str:
    """A line read as a lone 一 whose ink is one mark standing and leaning right, or a lone 1 whose
    ink is such a mark with no flag nor foot: /."""
    shape = _stroke(text, centers, gray, box)
    return "/" if shape and shape[0] and (text == "一" or shape[1]) else text


def leaning_one(text: str, centers: list[float] | None, gray, box) -> bool:
    """Whether a line read as a lone 1 (and left 1 by slash) is one stroke leaning right as a slash
    does, but with a flag or a foot: a 1 in an italic face, or a slash with a blot; the reader says
    it is unsure."""
    shape = _stroke(text, centers, gray, box) if text in ONE else None
    return bool(shape and shape[0] and not shape[1])


def _stroke(text: str, centers: list[float] | None, gray, box) -> tuple[bool, bool] | None:
    """For a line read as a lone 一 or 1 whose ink is one standing mark: whether it leans right,
    and whether it is a plain stroke (_plain_stroke); None for any other line."""
    import numpy as np

    if text != "一" and text not in ONE:
        return None
    found = _lone_mark(centers, gray, box)
    if found is None:
        return None
    h, (x, y, w, hh) = found
    x0, y0 = (int(round(v)) for v in box[:2])
    if hh < STANDING * w or hh < TALL * h:
        return None
    ink = np.asarray(gray)[y0 + y:y0 + y + hh, x0 + x:x0 + x + w] < 128
    third = max(1, hh // 3)
    top, bottom = np.nonzero(ink[:third])[1], np.nonzero(ink[-third:])[1]
    return bool(len(top) and len(bottom) and top.mean() - bottom.mean() >= SLANT * w), _plain_stroke(ink)


def _plain_stroke(ink) -> bool:
    """Whether each row of a mark's ink is one run no wider than its stroke: no flag, no foot."""
    import numpy as np

    runs = []
    for row in ink:
        on = np.nonzero(row)[0]
        if not len(on):
            continue
        if on[-1] - on[0] + 1 != len(on):
            return False    # two runs: a flag beside the stem
        runs.append(len(on))
    return bool(runs) and max(runs) <= float(np.median(runs)) + PLAIN


# The other way round: the recogniser reads a lone short dash (a cell's "-" for nothing to state)
# as 1 where it stands alone (277's 执行率 and 得分 of its fund-source rows: a 1 there is a rate of
# 100%, and JX202 fired on it). A 1 is a standing stroke; ink that is one mark at least FLAT times
# as wide as high is a dash, whatever the recogniser's confidence.
def dash(text: str, centers: list[float] | None, gray, box) -> str:
    """A line read as a lone 1 (or l, I, |) whose ink is one flat mark: -."""
    if text not in ("1", "l", "I", "|"):
        return text
    found = _lone_mark(centers, gray, box)
    if found is None:
        return text
    _, (_, _, w, hh) = found
    return "-" if w >= FLAT * hh else text


# ÷ is a flat bar with a dot above and a dot below it. On a small print the recogniser sees no dots
# and reads +, which a formula's note then states wrong (595's 实际完成值÷年度指标值 read as a sum).
# The ink tells them apart: a + is one mark (its two strokes cross), a ÷ three, each dot no wider
# than half the bar and centred over or under it.
def _bar_and_dots(comps: list) -> bool:
    if len(comps) != 3:
        return False
    bar = max(comps, key=lambda c: c[2])
    x, y, w, h = bar[:4]
    dots = [c for c in comps if c is not bar]
    if w < FLAT * h or any(c[2] > w / 2 or c[3] > w / 2 or not x <= c[0] + c[2] / 2 <= x + w for c in dots):
        return False
    above = [c for c in dots if c[1] + c[3] <= y]
    below = [c for c in dots if c[1] >= y + h]
    return len(above) == 1 and len(below) == 1


def divided(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's + read ÷ where its ink is a bar with a dot above and below it (box: x0, y0, x1,
    y1 in the page's pixels; centers: its characters')."""
    if "+" not in text or not centers or len(centers) != len(text):
        return text
    out = list(text)
    for k, ch in enumerate(text):
        if ch == "+":
            found = share_components(gray, box, centers, k)
            if found is not None and _bar_and_dots(found[2]):
                out[k] = "÷"
    return "".join(out)


# A unit's power (m², m³) is a small digit raised to the top of the letter before it; the
# recogniser reads it now ³ now 3 (615's ≥120万m³ and 126万m3 on one page). The ink shows which: a
# digit whose ink ends above the middle of its letter's is raised; a figure stands on the baseline.
POWER = {"2": "²", "3": "³"}


def raised(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's 2 / 3 after a Latin letter, ending the unit, read ² / ³ where its ink stands
    above the letter's middle (box: x0, y0, x1, y1 in the page's pixels; centers: its characters')."""
    if not centers or len(centers) != len(text) or not any(ch in POWER for ch in text):
        return text
    out = list(text)
    for k, ch in enumerate(text):
        if ch not in POWER or not k or not (text[k - 1].isascii() and text[k - 1].isalpha()) or \
                k + 1 < len(text) and text[k + 1].isalnum():
            continue
        digit, letter = ink_box(gray, box, centers, k), ink_box(gray, box, centers, k - 1)
        if digit and letter and letter[3] - letter[1] >= MIN_HEIGHT and digit[3] <= (letter[1] + letter[3]) / 2:
            out[k] = POWER[ch]
    return "".join(out)


# The recogniser may drop a unit's power altogether (698's ≥3000m³/d read ≥3000m/d, its result
# 3150m³/d read whole on the same row): no ink is read for it, so no digit is there to raise. The
# page says which unit it prints: a figure's unit read without a power, where another figure of the
# page carries the same letters with a power, is that unit where the other stands in its row (a
# target and its result share their unit), or where both go on with the same per-unit (/d): a bare
# letter (6m beside 3000m³) may be another unit of its own. Two powers for the same unit decide nothing.
# Only a figure that ends its cell is a value's (a name's 新建6m宽道路 goes on in words).
_POWERED = re.compile(r"(?<=\d)\s*([A-Za-z]+)([²³])(/[A-Za-z\u4e00-\u9fff]+)?")
_BARE = re.compile(r"(?<=\d)(\s*[A-Za-z]+)(?![A-Za-z0-9²³])(/[A-Za-z\u4e00-\u9fff]+)?(?=\s*$)")


def powers(tables) -> list[str]:
    """Each figure's unit read without the power that the same unit carries elsewhere on the page
    (in its row, or anywhere with the same per-unit after it) given that power; the cells changed,
    as 'before→after' (after the page)."""
    changed = []
    for table in tables:
        seen: dict[tuple[str, str], set[tuple[int, str]]] = {}   # (letters, per-unit): (row, power)
        for cell in table.cells:
            for m in _POWERED.finditer(cell.text):
                seen.setdefault((m.group(1), m.group(3) or ""), set()).add((cell.row, m.group(2)))

        def power(m, row: int) -> str | None:
            letters, per = m.group(1).strip(), m.group(2) or ""
            found = {p for (r, p) in seen.get((letters, per), ()) if per or r == row}
            return found.pop() if len(found) == 1 else None

        for cell in table.cells:
            text = _BARE.sub(lambda m: m.group(1) + (power(m, cell.row) or "") + (m.group(2) or ""), cell.text)
            if text != cell.text:
                changed.append((f"第{cell.loc.page}页" if cell.loc.page is not None else "") + f"“{cell.text}”→“{text}”")
                cell.text = text
    return changed


# The recogniser may drop a compound unit's middle dot too (781's 2.5次/户·年 read 2.5次/户年, its
# target ≥2次/户·年 read whole on the same row): a target and its result share their unit, so a
# figure's unit that is another's on its row less its dots is that unit. Only a unit that ends its
# cell after a figure; two such units on the row that lose their dots alike decide nothing.
_DOTTED = re.compile(r"(?<=\d)\s*([^\d\s·]*·[^\d\s]*)\s*$")


def dots(tables) -> list[str]:
    """Each figure's unit read without the middle dots that the same unit carries on its row given
    them; the cells changed, as 'before→after' (after the page)."""
    changed = []
    for table in tables:
        dotted: dict[int, set[str]] = {}
        for cell in table.cells:
            if m := _DOTTED.search(cell.text):
                dotted.setdefault(cell.row, set()).add(m.group(1))
        for cell in table.cells:
            text = cell.text.rstrip()
            hits = {u for u in dotted.get(cell.row, ()) if text.endswith(u.replace("·", ""))
                    and re.search(r"\d\s*$", text[:len(text) - len(u.replace("·", ""))])}
            if len(hits) == 1:
                unit = hits.pop()
                new = text[:len(text) - len(unit.replace("·", ""))] + unit
                changed.append((f"第{cell.loc.page}页" if cell.loc.page is not None else "") + f"“{cell.text}”→“{new}”")
                cell.text = new
    return changed


# A text table typed with | (668's Markdown rows) loses a bar to the recogniser now and then: an
# empty cell's | | read 1 (|总分|1|1|100|, five bars printed) or a bar read as 丨 (…8月25日丨6|). The
# line's own bars say what a bar's ink is: it runs from above the digits' tops to below their feet
# and is as thin as a stroke (668: 21 px tall, 2 wide; the digit 1 beside it 15 tall and 9 wide,
# its flag and foot). A 1 or 丨 whose ink is the line's bars' is a bar.
BAR_NEAR = 1.5      # pixels: a bar's top, foot and width within this of the line's bars'
MIN_BARS = 2        # bars of the line measured to take their measure from


def typed_bars(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's 1 / 丨 read | where its ink is the line's | signs' (box: x0, y0, x1, y1 in the page's
    pixels; centers: its characters')."""
    if not centers or len(centers) != len(text) or text.count("|") < MIN_BARS or not any(ch in "1丨" for ch in text):
        return text
    measured = [b for k, ch in enumerate(text) if ch == "|" and (b := ink_box(gray, box, centers, k))]
    if len(measured) < MIN_BARS:
        return text
    top, foot = median(b[1] for b in measured), median(b[3] for b in measured)
    width = median(b[2] - b[0] for b in measured)
    out = list(text)
    for k, ch in enumerate(text):
        if ch in "1丨" and (b := ink_box(gray, box, centers, k)) and abs(b[1] - top) <= BAR_NEAR and \
                abs(b[3] - foot) <= BAR_NEAR and b[2] - b[0] <= width + BAR_NEAR:
            out[k] = "|"
    return "".join(out)
