"""Punctuation of a scan in the width the page prints it: full-width （ ） ： ， ； or ASCII ( ) : , ;.

The recogniser does not tell the two forms apart by their shape (a colon is two dots in either):
it wrote ： for every colon of the realworld scans, whose documents print 指标1:禁毒… in ASCII, and
( for the （ of 187's 420台（套）. Chinese text is printed both ways (the realworld passages mostly
ASCII, the native and constructed forms mostly full-width), so no default holds; what tells them
apart is the room the mark takes on the line. A full-width mark takes a whole character's advance,
an ASCII one about a third of it. The engine's characters' positions (their CTC frames) give that
room: the distance between the mark's two neighbours, less their own half-widths, in the line's
pitch (the median advance of its Chinese characters). Measured over 79 corpus scans
(realworld, native, formats, constructed) against each document's text layer, most ASCII marks
take 0.2-0.6 of the pitch, most full-width ones 0.9-1.3, with a tail each way (CTC frames are a
few pixels apart). A mark is set only where its room is clearly one or the other: at most HALF,
ASCII; at least FULL, full-width. FULL stays above what a space and an ASCII bracket take
together (046 prints 合计 (万元); the engine drops the space and the pair measures 0.88).
Only between two neighbours one of which is Chinese and the other Chinese or a digit (a Latin
letter's width varies with the font; a mark at a line's end has no measure; where the engine read a space beside the mark, as in 187's 台 (套), the
space may be printed or be the mark's own white, and it is left). A bracket pair is printed in
one width, so a bracket not decided takes its partner's. A comma between digits is measured only
where it is a thousands separator by the number grammar's shape (a group of 1-3 digits before it,
exactly three after it, then no digit and no further comma-digit: 2，481.60万元): 636 prints
2,481.60万元 and the engine read 2，481.60 (room 0.57); a comma in a list of figures (1，2，3) is
punctuation, and left as read. The change is one character for one:
the positions still fit. Each change is named in the document's warnings. A range's ~ / ～
between two digits is set by its ink instead (tilde), and so is a bracket beside a sign whose width
the font sets, by the white on its outer side (brackets). A cell's bracket left open to its end is closed there (closed),
and a cell's pair read in two widths is set in one (one_width).
"""
from __future__ import annotations

import re
from statistics import median

from .ocr_boxes import ink_box
from .ocr_digits import separators
from .display_columns import display_width

FULL_OF = dict(zip("():,;", "（）：，；"))
ASCII_OF = {v: k for k, v in FULL_OF.items()}
HALF, FULL = 0.6, 0.95      # room in pitches: at most HALF is ASCII, at least FULL is full-width
_HAN = re.compile(r"[\u3400-\u9fff]")
_NEIGHBOUR = re.compile(r"[\u3400-\u9fff\d]")

MIN_PAIRS = 2               # Chinese neighbours whose advance measures the pitch


def _em(ch: str) -> float:
    return display_width(ch) / 2


def pitch(text: str, centers: list[float]) -> float | None:
    """A Chinese character's advance in the line (pixels), or None where it has too few to say."""
    steps = [centers[k] - centers[k - 1] for k in range(1, len(text))
             if _HAN.match(text[k]) and _HAN.match(text[k - 1])]
    if len(steps) < MIN_PAIRS:
        return None
    p = median(steps)
    return p if p > 0 else None


def room(text: str, centers: list[float], k: int, step: float) -> float | None:
    """The advance the mark at k takes, in pitches, from its neighbours' positions; None where a
    neighbour is missing or is not one whose width is known."""
    if not 0 < k < len(text) - 1:
        return None
    a, b = text[k - 1], text[k + 1]
    if not (_NEIGHBOUR.match(a) and _NEIGHBOUR.match(b)) or not (_HAN.match(a) or _HAN.match(b)
                                                                 or k in separators(text)):
        return None
    return (centers[k + 1] - centers[k - 1]) / step - _em(a) / 2 - _em(b) / 2


def set_widths(text: str, centers: list[float] | None, measured: dict | None = None) -> str:
    """The line's text with each measurable ( ) : , ; in the width its room on the page shows.
    measured: where given, each mark measured is added to it by its position, True (full-width),
    False (ASCII) or None (its room in between: a space beside an ASCII mark, as wide)."""
    if not centers or len(centers) != len(text) or not any(ch in FULL_OF or ch in ASCII_OF for ch in text):
        return text
    step = pitch(text, centers)
    if step is None:
        return text
    out = list(text)
    wide: dict[int, bool] = {}   # the marks measured: full-width or not
    for k, ch in enumerate(text):
        if ch not in FULL_OF and ch not in ASCII_OF:
            continue
        r = room(text, centers, k, step)
        if r is not None and (r >= FULL or r <= HALF):
            wide[k] = r >= FULL
        elif r is not None and measured is not None:
            measured[k] = None
    # A bracket pair is printed in one width (the expected records of every corpus: 1 mixed pair
    # in about 1,700): a bracket not decided, at the line's end say, takes its partner's width
    for a, b in pairs(text):
        if (a in wide) != (b in wide):
            wide[a if b in wide else b] = wide[b if b in wide else a]
    for k, full in wide.items():
        out[k] = FULL_OF.get(text[k], text[k]) if full else ASCII_OF.get(text[k], text[k])
    if measured is not None:
        measured.update(wide)
    return "".join(out)


def pairs(text: str) -> list[tuple[int, int]]:
    """(opening, closing) positions of the line's bracket pairs, either width."""
    out, open_at = [], []
    for k, ch in enumerate(text):
        if ch in "(（":
            open_at.append(k)
        elif ch in ")）" and open_at:
            out.append((open_at.pop(), k))
    return out


# A range's wave between two figures (4～6次) has no Chinese neighbour to give the pitch, but its
# ink shows its width beside a digit's height: the full-width ～ about as wide as a digit is high
# (211's 1.1-1.2, 112 / 116's 1.0), the ASCII ~ of the usual text fonts 0.6-0.7 (Times / Liberation
# Serif's 0.47 em wide over 0.68 em digits; SimSun's half-width one narrower). Between, left as read.
TILDE_FULL, TILDE_HALF = 0.9, 0.75


def tilde(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's ~ / ～ between two digits in the width its ink shows (box: the line's x0, y0, x1,
    y1 in the page's pixels; centers: its characters')."""
    if not centers or len(centers) != len(text) or not any(ch in "~～" for ch in text):
        return text
    out = list(text)
    for k, ch in enumerate(text):
        if ch not in "~～" or not 0 < k < len(text) - 1 or not (text[k - 1].isdigit() and text[k + 1].isdigit()):
            continue
        wave, digit = ink_box(gray, box, centers, k), ink_box(gray, box, centers, k - 1)
        if wave is None or digit is None or digit[3] - digit[1] < 6:
            continue
        ratio = (wave[2] - wave[0]) / (digit[3] - digit[1])
        if ratio >= TILDE_FULL:
            out[k] = "～"
        elif ratio <= TILDE_HALF:
            out[k] = "~"
    return "".join(out)


# A bracket beside a sign whose width the font sets (611's ≤2%（含）: the （ between % and 含), or on a
# line too short to give the pitch (663's cell line 4轮（每轮≥40 has one pair of Chinese neighbours),
# has no room to measure by the characters' centres. Its ink shows it: a full-width bracket's glyph is
# drawn against the text it encloses, with half a character's white on its other side; an ASCII
# one stands close on both. The white between the bracket's ink and its outer neighbour's, in the
# height of a Chinese character beside it (the one it encloses, else the one outside: 611's 12 px
# beside a 14 px 含, 663's 16 px beside a 20 px 轮), decides where it is clearly one or the other. Where the centres measured the bracket and found it in between (046's
# 合计 (万元), a space and an ASCII bracket), it is left: the white of a space is as wide.
INK_FULL, INK_HALF = 0.6, 0.3


def brackets(text: str, centers: list[float] | None, gray, box, measured: dict | None = None) -> str:
    """The line's brackets that no room measures, beside a Chinese character, in the width the white
    on their outer side shows (box: x0, y0, x1, y1 in the page's pixels); measured:
    as set_widths'."""
    if not centers or len(centers) != len(text) or not any(ch in "()（）" for ch in text):
        return text
    step = pitch(text, centers)
    wide: dict[int, bool] = {}
    for k, ch in enumerate(text):
        if ch not in "()（）" or not 0 < k < len(text) - 1 or (step and room(text, centers, k, step) is not None):
            continue
        inner, outer = (k + 1, k - 1) if ch in "(（" else (k - 1, k + 1)
        if not (_HAN.match(text[inner]) or _HAN.match(text[outer])):
            continue
        mark, other = ink_box(gray, box, centers, k), ink_box(gray, box, centers, outer)
        han = ink_box(gray, box, centers, inner if _HAN.match(text[inner]) else outer)
        if mark is None or han is None or other is None or han[3] - han[1] < 6:
            continue
        white = (mark[0] - other[2] if outer < k else other[0] - mark[2]) / (han[3] - han[1])
        if white >= INK_FULL or white <= INK_HALF:
            wide[k] = white >= INK_FULL
        elif measured is not None:
            measured[k] = None
    for a, b in pairs(text):
        if (a in wide) != (b in wide):
            wide[a if b in wide else b] = wide[b if b in wide else a]
    out = list(text)
    for k, full in wide.items():
        out[k] = FULL_OF.get(text[k], text[k]) if full else ASCII_OF.get(text[k], text[k])
    if measured is not None:
        measured.update(wide)
    return "".join(out)


# A bracket pair that wraps to a line of its own beside signs (663's 保持稳定⏎（≥42%）: ( at the line's
# start before ≥, ) at its end after %) has neither room nor an outer neighbour to measure, and stays
# as the recogniser read it. A document prints its brackets in one width (the expected records of
# every corpus: no document of the 101 with brackets in its fields mixes them), so where the page's
# brackets that were measured are at least PAGE_MARKS and all of one width, one that nothing measured
# is in that width. A page whose measures disagree, or gave too few, leaves it as read.
PAGE_MARKS = 4


def page_width(measured: list[bool]) -> bool | None:
    """The width of a page's brackets (True: full-width) from those its lines set by a measure
    (set_widths, brackets); None where they are too few or not all one width."""
    if len(measured) < PAGE_MARKS or len(set(measured)) != 1:
        return None
    return measured[0]


def by_page(measured: list[bool], lines: list[tuple[list, str, list[int]]]) -> list[str]:
    """Each line's brackets that nothing measured set in the page's width (page_width of the marks
    measured); lines: a line's characters (each with its .text), its text and those brackets'
    positions. The lines changed, as 'before→after'."""
    full = page_width(measured)
    changed = []
    for chars, text, at in lines if full is not None else []:
        for k in at:
            chars[k].text = (FULL_OF if full else ASCII_OF).get(text[k], text[k])
        now = "".join(ch.text for ch in chars)
        if now != text:
            changed.append(f"“{text[:30]}”→“{now[:30]}”")
    return changed


# A closing bracket alone at a wrapped line's end is a small mark beside a character: the
# recogniser drops it (609's 93.6%（抽样调查，有效样本420份）, its second line 份） read 份). A bracket is
# printed in pairs, so one opened within a cell's text and never closed by its end closes there.
# One at the cell's start is a list's number (（1 …), which scan_numbering reads; it is left.
CLOSING = {"(": ")", "（": "）"}


def closed(tables) -> list[str]:
    """Each cell whose one unclosed bracket opens after its first character, closed at its end in
    the bracket's width; the cells changed, as 'before→after'."""
    changed = []
    for table in tables:
        for cell in table.cells:
            text = cell.text.rstrip()
            open_at = []
            for k, ch in enumerate(text):
                if ch in CLOSING:
                    open_at.append(k)
                elif ch in ")）" and open_at:
                    open_at.pop()
            if len(open_at) == 1 and 0 < open_at[0] < len(text) - 1:
                cell.text = text + CLOSING[text[open_at[0]]]
                changed.append(f"“{text}”→“{cell.text}”")
    return changed


# A pair read in two widths within a cell (662's 2批（每批≥180吨), 663's 保持稳定(≥42%）): the mark the
# line measured is in its width, its partner at a cell's or line's end, beside a sign or a digit, has
# no room to measure and stays as the recogniser read it. A pair is printed in one width (one mixed
# pair in about 1,700 in the corpora's expected records), and the recogniser's slip runs one way here:
# the full-width bracket is the one it did not invent, so the pair is full-width.
def one_width(text: str) -> str:
    """The text with each bracket pair read in two widths set full-width. A number in brackets that
    opens the text is a list's ((3）名称), which scan_numbering sets by its column: left."""
    out = list(text)
    for a, b in pairs(text):
        if a == 0 and text[1:b].strip().isdigit():
            continue
        if (text[a] == "（") != (text[b] == "）"):
            out[a], out[b] = "（", "）"
    return "".join(out)


def paired(tables) -> list[str]:
    """Each cell whose bracket pairs are read in two widths, set in one (one_width); the cells
    changed, as 'before→after'."""
    changed = []
    for table in tables:
        for cell in table.cells:
            if (now := one_width(cell.text)) != cell.text:
                changed.append(f"“{cell.text}”→“{now}”")
                cell.text = now
    return changed
