"""A per-mille sign that OCR read as a percent sign and a zero (‰ as %0 or %o), read back.

‰ is % with one more small circle: the recogniser can take the extra circle for a letter o or a
0 of its own (187's ≤0.9‰ and 0.2‰ came out ≤0.9%o and 0.2%o, then 0.2%0 once the o was read as
a digit). No figure reads on after its percent sign: a figure, %, then 0 or o with no further
figure after it (no digit, letter or decimal point) has no reading as a figure but as ‰. Where
the engine's character positions are known the 0 must also stand right against the % (within
NEAR of the line's usual advance): a 0 with white before it is another cell's figure that
detection joined to this one (extract.ocr_boxes cuts such boxes later). The change is named in
the document's warnings; the two characters' positions become the one's. Where the engine read the
whole glyph as % (140's ≤1‰, 199's 2.9‰), only its ink's width tells them apart (by_ink).
"""
from __future__ import annotations

import re
from statistics import median

from .ocr_boxes import ink_box

_SPLIT = re.compile(r"(?<=\d)%[0oO](?![0-9A-Za-z.．%])")
NEAR = 1.5   # the extra circle stands within this many of the line's usual advances of the %


def permille(text: str, centers: list[float] | None) -> tuple[str, list[float] | None]:
    """The line's text with each figure's %0 / %o read as ‰, and its characters' centres."""
    if "%" not in text:
        return text, centers
    known = centers is not None and len(centers) == len(text)
    steps = [b - a for a, b in zip(centers, centers[1:])] if known and len(text) > 2 else []
    usual = median(steps) if steps else None
    out, at, last = [], [], 0
    for m in _SPLIT.finditer(text):
        k = m.start()
        if usual is not None and centers[k + 1] - centers[k] > NEAR * usual:
            continue   # white between: the 0 is a figure of its own
        out.append(text[last:k] + "‰")
        if known:
            at += centers[last:k] + [(centers[k] + centers[k + 1]) / 2]
        last = m.end()
    if not out:
        return text, centers
    out.append(text[last:])
    if known:
        at += centers[last:]
    return "".join(out), (at if known else centers)


# ‰ is % with one more small circle after it, on the baseline; where the recogniser reads it as
# % alone, only the ink shows the circle: the glyph is half as wide again for its height. Over the
# corpus scans a figure's % measures 1.0-1.25 of its height wide, ‰ 1.6-1.9 (140, 199).
WIDE = 1.45
MIN_HEIGHT = 6     # pixels: a smaller glyph gives no measure


def by_ink(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's figure-closing % set to ‰ where its ink is as wide as ‰ is (box: x0, y0, x1, y1
    in the page's pixels; centers: its characters')."""
    if "%" not in text or not centers or len(centers) != len(text):
        return text
    out = list(text)
    for k, ch in enumerate(text):
        if ch == "%" and k and text[k - 1].isdigit() and (k + 1 == len(text) or not text[k + 1].isdigit()):
            ratio = _width_for_height(gray, box, centers, k)
            if ratio is not None and ratio >= WIDE:
                out[k] = "‰"
    return "".join(out)


def _width_for_height(gray, box, centers: list[float], k: int) -> float | None:
    """The width of the ink of the character read at k over its height (extract.ocr_boxes.ink_box)."""
    ink = ink_box(gray, box, centers, k)
    if ink is None or ink[3] - ink[1] < MIN_HEIGHT:
        return None   # no ink, or too small to measure
    return (ink[2] - ink[0]) / (ink[3] - ink[1])
