"""A comparison sign read as a digit, told by the page's own type.

On a thick, one-bit page (a phone scanner app's threshold) the engine reads ≥ before a figure as 2
now and then, surely (≥1.2万吨 as 21.2万吨, ≥320万人 as 2320万人), while it reads the same sign right
on the lines around it. The page prints each character the same way each time, so the ink decides:
a value's first character read as a digit before another digit is read as the sign where its ink
is closer to the signs this page's lines read before a figure than to the page's own copies of that
digit (read between two digits, where no sign stands), and close to the signs. No sign read on the
page, or no copy of the digit: nothing changes. Each change is named in the document's warnings.

A sign the recogniser DROPS (731's dot-matrix print: ≥600张 read 600张, its line's box reaching over the
sign's ink) is found the same way (dropped): ink standing alone where a sign would stand before a
value's first digit, no character read there, is read as the sign whose page copies it matches (a ≤ is
the mirror of a ≥, so a page that read only one gives both); ink there that matches neither is said,
never read as a value with no sign.
"""
from __future__ import annotations

from . import ocr_boxes

SIGNS = "≥≤"
SIDE = 16           # glyphs compared at this size, in pixels
INK = 128           # darker than this is ink
CLOSE = 0.6         # a glyph this close (the share of ink the two have in common) to the signs is one
MARGIN = 0.15       # and closer to them than to the digit by this much
RULED = 0.9         # a box's row inked across this share of its width is a rule through it
SAMPLES = 12        # copies of a glyph compared: a page's type prints each the same, a few decide


def _glyph(gray, box, centers, k):
    """The k-th character's ink, trimmed and set on a SIDE x SIDE grid (None where there is none)."""
    import cv2
    import numpy as np
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    left, right = ocr_boxes.char_share(x0, x1, centers, k)
    crop = gray[max(y0, 0):y1, max(int(left), 0):int(right)] < INK
    reach = (y1 - y0) // 2     # past the box's ends, where a rule goes on and no glyph of the line stands
    crop[_ruled(gray[max(y0, 0):y1, max(x0 - reach, 0):x1 + reach] < INK)] = False
    ys, xs = np.nonzero(crop)
    if len(xs) < 4:
        return None
    crop = crop[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(np.uint8) * 255
    h, w = crop.shape      # set in a square as it stands: a narrow 1 stretched square is a blot like any other
    side = max(h, w)
    crop = np.pad(crop, (((side - h) // 2, side - h - (side - h) // 2), ((side - w) // 2, side - w - (side - w) // 2)))
    return cv2.resize(crop, (SIDE, SIDE), interpolation=cv2.INTER_AREA) >= 128


def _ruled(ink):
    """The rows of a line box's ink, taken half its height past either end, that are a rule through it,
    not a character's stroke: inked across RULED of that width (a cell's rule the box grazes goes on past
    the line; no glyph's bar does)."""
    return ink.mean(axis=1) >= RULED


def _close(a, b) -> float:
    both, either = (a & b).sum(), (a | b).sum()
    return float(both) / float(either) if either else 0.0


def repaired(lines, gray) -> dict[int, str]:
    """{index: text} of the lines (box (x0, y0, x1, y1), text, centers) whose first character, read
    as a digit before a digit, the page's own glyphs show to be a comparison sign."""
    signs: dict[str, list] = {}
    digits: dict[str, list] = {}
    todo = []
    for i, (box, text, centers) in enumerate(lines):
        if centers is None or len(centers) != len(text):
            continue
        for k, ch in enumerate(text):
            nxt = text[k + 1] if k + 1 < len(text) else ""
            if ch in SIGNS and nxt.isdigit():
                signs.setdefault(ch, []).append((box, centers, k))
            elif ch.isdigit() and k and text[k - 1].isdigit() and nxt.isdigit():
                digits.setdefault(ch, []).append((box, centers, k))
        if len(text) > 1 and text[0].isdigit() and text[1].isdigit():
            todo.append(i)
    if not signs or not todo:
        return {}
    look = {}

    def shapes(where):
        out = []
        for box, centers, k in where[:SAMPLES]:
            key = (id(box), k)
            if key not in look:
                look[key] = _glyph(gray, box, centers, k)
            if look[key] is not None:
                out.append(look[key])
        return out

    signed = {s: shapes(w) for s, w in signs.items()}
    out = {}
    for i in todo:
        box, text, centers = lines[i]
        digit = shapes(digits.get(text[0], []))
        g = _glyph(gray, box, centers, 0)
        if g is None or not digit:
            continue
        to_digit = max(_close(g, d) for d in digit)
        best = max(((max((_close(g, s) for s in got), default=0.0), sign) for sign, got in signed.items()))
        if best[0] >= CLOSE and best[0] - to_digit >= MARGIN:
            out[i] = best[1] + text[1:]
    return out


# A dropped sign's place: before the value's first digit, a character's pitch or so to its left
REACH = 2.2         # pitches left of the first digit's centre the sign's ink may reach
CLEAR = 0.3         # pitches left of that centre the window ends (ink reaching it is the digit's own)
SIGN_HEIGHT = 0.25  # of the line box's height (a third of it margin): lower ink is a speck or a stop, not a sign
PAD = 0.25          # of the line's height above and below it: ink reaching there is a rule or another line
NARROW = ".,"       # a figure's point or comma: the gap to it is no digit's pitch (906's 70% print: 5 px
                    # from 2 to its point where the page's digits stand 8 apart; the window, a pitch
                    # too narrow, cut the sign and left it out: ≥2.6万人 read 2.6万人, unsaid)


def dropped(lines, gray, horizontals=(), verticals=()) -> tuple[dict[int, tuple[str, list[float]]], list[int]]:
    """({index: (text, centers)} of the lines (box (x0, y0, x1, y1), text, centers) that begin
    with a digit after ink the page's own signs show to be a dropped ≥ or ≤, the sign put before
    it; [index] of those lines whose ink there is no sign the page shows: said, not guessed).
    horizontals, verticals: the page's rules (y, x0, x1), (x, y0, y1); their ink is no sign."""
    import numpy as np
    boxes = [box for box, _, _ in lines]
    # the page's digit pitch: the gap between two digits side by side, the page's type printing each alike
    gaps = [c[k + 1] - c[k] for _, t, c in lines if c is not None and len(c) == len(t)
            for k in range(len(t) - 1) if t[k].isdigit() and t[k + 1].isdigit()]
    pitch = float(np.median(gaps)) if gaps else None
    signs: dict[str, list] = {}
    todo = []
    for i, (box, text, centers) in enumerate(lines):
        if centers is None or len(centers) != len(text):
            continue
        if text[:1].isdigit():
            todo.append(i)
        # the page's own signs, cut out as a dropped one would be: the ink before the digit after them
        for k, ch in enumerate(text[:-1]):
            if ch in SIGNS and text[k + 1].isdigit() and len(signs.setdefault(ch, [])) < SAMPLES:
                g = _before(gray, box, centers, k + 1, [], horizontals, verticals, text, pitch)
                if g is not None:
                    signs[ch].append(g)
    # a ≤ is a ≥ turned over left to right: each sign's copies stand for the other's mirrored
    shapes = {s: signs.get(s, []) + [np.fliplr(g) for g in signs.get(o, [])] for s, o in (("≥", "≤"), ("≤", "≥"))}
    found, unsure = {}, []
    for i in todo:
        box, text, centers = lines[i]
        ink = _before(gray, box, centers, 0, [b for j, b in enumerate(boxes) if j != i], horizontals, verticals,
                      text, pitch)
        if ink is None:
            continue
        got = sorted(((max((_close(ink, g) for g in shapes[s]), default=0.0), s) for s in SIGNS), reverse=True)
        if got[0][0] >= CLOSE and got[0][0] - got[1][0] >= MARGIN:
            pitch = centers[1] - centers[0] if len(centers) > 1 else box[3] - box[1]
            found[i] = (got[0][1] + text, [centers[0] - pitch] + list(centers))
        else:
            unsure.append(i)
    return found, unsure


def _before(gray, box, centers, k, others, horizontals, verticals, text: str = "", digits: float | None = None):
    """The ink standing alone before a line's k-th character (a digit), where a sign before a
    value stands, on a SIDE x SIDE grid; None where there is none (or another line's box is there).
    text: the line's; digits: the page's digit pitch, taken where a point follows the digit."""
    import cv2
    import numpy as np
    x0, y0, x1, y1 = box
    h = y1 - y0
    pitch = min(centers[k + 1] - centers[k], 0.6 * h) if k + 1 < len(centers) else 0.5 * h
    left, right = centers[k] - REACH * pitch, centers[k] - CLEAR * pitch
    if k + 1 < len(centers) and digits and text[k + 1:k + 2] and text[k + 1] in NARROW:
        # the sign's reach from the line's height, the digit's half from the page's digits
        left, right = centers[k] - REACH * 0.6 * h, centers[k] - CLEAR * min(digits, 0.6 * h)
    right = _digit_start(gray, box, centers[k], h, right)
    top, bottom = y0 - PAD * h, y1 + PAD * h
    # another line's box standing where the sign would: its ink there is that line's. A box above or below that
    # only grazes this line's (1061's 4.2亿元 box, drawn a pixel low by a fibre under it) stops short of the line's
    # middle, where a sign stands; taken as there, it hid the ink of ≥2600户's dropped ≥, and 2600户 was read
    # without a comparison and without a word
    mid = (y0 + y1) / 2
    if any(o[0] < right and o[2] > left and o[1] < mid < o[3] for o in others):
        return None
    a, b, c, d = (max(0, int(round(v))) for v in (left, top, right, bottom))
    crop = (gray[b:d, a:c] < _level(gray, box)).astype(np.uint8)
    if crop.size == 0:
        return None
    for x, v0, v1 in verticals:          # a rule beside the value, or over or under it, is no sign
        if v0 <= d and v1 >= b and a - 3 <= x <= c + 3:
            crop[:, max(0, int(x) - a - 3):max(0, int(x) - a + 4)] = 0
    for y, h0, h1 in horizontals:
        if h0 <= c and h1 >= a and b - 3 <= y <= d + 3:
            crop[max(0, int(y) - b - 3):max(0, int(y) - b + 4), :] = 0
    n, labels, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
    ch, cw = crop.shape
    # ink reaching the window's edges is a rule, another line, a character before or the digit itself;
    # a sign stands within its line's box (a rule's stub by a seam or a crossing pokes out of it)
    keep = [j for j, (sx, sy, sw, sh, _) in enumerate(stats) if j and sx > 0 and sy > 0 and sy + sh < ch
            and sx + sw < cw and b + sy >= y0 - 1 and b + sy + sh <= y1 + 1]
    if sum(int(stats[j][4]) for j in keep) < 4:
        return None
    ys, xs = np.nonzero(np.isin(labels, keep))
    if ys.max() - ys.min() + 1 < SIGN_HEIGHT * h:
        return None
    mark = (np.isin(labels, keep)[ys.min():ys.max() + 1, xs.min():xs.max() + 1]).astype(np.uint8) * 255
    return cv2.resize(mark, (SIDE, SIDE), interpolation=cv2.INTER_AREA) >= 128


def _digit_start(gray, box, x: float, h: float, right: float) -> float:
    """Where the window before a digit ends: the first column with no ink of the line left of the digit's
    ink at x, the digit's own left edge, where it is found within a digit's width (0.6 of the line's height);
    `right` (a share of a pitch left of x) else. The engine's centre for a digit is no measure of its ink
    (1700.scan: 4 of ≥4条 placed at its left edge, the ≥ ending two pixels before it; the window, a third of
    a pitch left of that, cut the sign in two and left nothing standing alone: read 4条, unsaid)."""
    x0, y0, x1, y1 = (max(0, int(round(v))) for v in box)
    band = gray[y0:y1] < _level(gray, box)
    c = int(round(x))
    if not 0 <= c < band.shape[1] or not band[:, c].any():
        return right
    for col in range(c, max(int(c - 0.6 * h), 0) - 1, -1):
        if not band[:, col].any():
            return col + 1      # (the blank column in the window: ink ending before it stands alone)
    return right


def _level(gray, box) -> float:
    """The grey between a line's print and its paper (a dot-matrix ribbon's grey is no black):
    halfway from its darkest ink to its median, the paper most of a line's box is."""
    import numpy as np
    x0, y0, x1, y1 = (max(0, int(round(v))) for v in box)
    crop = gray[y0:y1, x0:x1]
    return (float(np.percentile(crop, 2)) + float(np.median(crop))) / 2 if crop.size else INK

