"""A comparison sign read as a digit, told by the page's own type.

On a thick, one-bit page (a phone scanner app's threshold) the engine reads ≥ before a figure as 2
now and then, surely (≥1.2万吨 as 21.2万吨, ≥320万人 as 2320万人), while it reads the same sign right
on the lines around it. The page prints each character the same way each time, so the ink decides:
a value's first character read as a digit before another digit is read as the sign where its ink
is closer to the signs this page's lines read before a figure than to the page's own copies of that
digit (read between two digits, where no sign stands), and close to the signs. No sign read on the
page, or no copy of the digit: nothing changes. Each change is named in the document's warnings.
"""
from __future__ import annotations

from . import ocr_boxes

SIGNS = "≥≤"
SIDE = 16           # glyphs compared at this size, in pixels
INK = 128           # darker than this is ink
CLOSE = 0.6         # a glyph this close (the share of ink the two have in common) to the signs is one
MARGIN = 0.15       # and closer to them than to the digit by this much
SAMPLES = 12        # copies of a glyph compared: a page's type prints each the same, a few decide


def _glyph(gray, box, centers, k):
    """The k-th character's ink, trimmed and set on a SIDE x SIDE grid (None where there is none)."""
    import cv2
    import numpy as np
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    left, right = ocr_boxes.char_share(x0, x1, centers, k)
    crop = gray[max(y0, 0):y1, max(int(left), 0):int(right)] < INK
    ys, xs = np.nonzero(crop)
    if len(xs) < 4:
        return None
    crop = crop[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(np.uint8) * 255
    return cv2.resize(crop, (SIDE, SIDE), interpolation=cv2.INTER_AREA) >= 128


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
