"""Dot leaders on a scanned page (a 目录-like list of rows typed with dotted tab stops: 新造油茶林面积……
≥3000亩……3150亩……10, 1120.scan.pdf). OCR reads a leader as a few dots glued to the field beside it
(“..≥600人次”, “6..”, “≥3000亩.. .3150亩”), or drops it: never the long even run a PDF draws
(pdf_reader._without_leaders takes runs of four glyphs or more). Here a page is a leader page by its
lines: MIN_LINES lines or more with a run of two dot glyphs or more at a field's edge (the line's
start or end, or against a space). On such a page every run of leader glyphs at a field's edge is
the room a tab stop jumps, read as white: the characters are left out and their place stays empty,
so the fields stand apart (ocr_boxes.placed cuts at the white). A point between two digits (10.8) is
no field's edge and stays; on a page without leaders nothing is touched (an ellipsis in prose, 1.
in a list)."""
from __future__ import annotations

import re

from .display_columns import display_width

LEADERS = ".·…‥．・"          # leader glyphs, a PDF's (pdf_reader._LEADERS) and OCR's
_DOTS = ".·．・‥"             # the glyphs of evidence: an ellipsis (……) in prose is no leader
MIN_LINES = 3
_EDGE = re.compile(rf"^[{LEADERS}]+|[{LEADERS}]+$|(?<=\s)[{LEADERS}]+|[{LEADERS}]+(?=\s)")
_EVIDENCE = re.compile(rf"^[{_DOTS}]{{2,}}(?=[^\s{LEADERS}])|(?<=[^\s{LEADERS}])[{_DOTS}]{{2,}}$|"
                       rf"(?<=\S)[{_DOTS}]{{2,}}(?=\s)|(?<=\s)[{_DOTS}]{{2,}}(?=\S)")


def leader_page(texts: list[str]) -> bool:
    """Whether the page's lines show dot leaders read as text (see the module)."""
    return sum(1 for t in texts if _EVIDENCE.search(t)) >= MIN_LINES


def leader_chars(text: str) -> list[int]:
    """The positions in a line of a leader page of the leader glyphs at a field's edge."""
    return [k for m in _EDGE.finditer(text) for k in range(m.start(), m.end())]


def without_leaders(text: str, x0: float, x1: float, centers: list[float] | None):
    """(text, x0, x1, centers, kept positions) of a line of a leader page with its edge leaders left out
    (leader_chars), or None where it has none. The kept characters keep their places: by the engine's
    centres where it gave them, else where an even spread over the box puts them; the box shrinks to
    them (a field's box began at the dots before it), so the white the dots stood in parts the fields."""
    dots = set(leader_chars(text))
    if not dots:
        return None
    keep = [k for k in range(len(text)) if k not in dots]
    units = [display_width(ch) for ch in text]
    step = (x1 - x0) / max(sum(units), 1)
    if centers is None or len(centers) != len(text):
        centers, x = [], x0
        for u in units:
            centers.append(x + step * u / 2)
            x += step * u
    if keep:
        x0 = max(x0, centers[keep[0]] - step * units[keep[0]] / 2)
        x1 = min(x1, centers[keep[-1]] + step * units[keep[-1]] / 2)
    return "".join(text[k] for k in keep), x0, x1, [centers[k] for k in keep], keep


# A field OCR's detector passed over on a leader line (1120.scan: one 健全 of the two on 油茶林管护机制's line
# had no box, the target lost with no word) is print where no box stands: on the line's band, a glyph's ink (a
# connected piece at least TALL of the band's height: a leader's dot is a speck at the foot) GLYPH of the band's
# height wide or more, clear of every box. Only on a leader page, whose lines are fields apart in white.
TALL = 0.45
GLYPH = 0.5
INK = 128


def unread_ink(gray, boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """The runs of print on a leader page's lines that no OCR box holds (x0, y0, x1, y1 in the page's pixels)."""
    import cv2
    import numpy as np

    bands: list[list[float]] = []     # the lines: boxes that share most of their height
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: b[1]):
        for band in bands:
            if min(band[3], y1) - max(band[1], y0) >= 0.5 * min(band[3] - band[1], y1 - y0):
                band[1], band[3] = min(band[1], y0), max(band[3], y1)
                break
        else:
            bands.append([x0, y0, x1, y1])
    h, w = gray.shape[:2]
    found = []
    for _, y0, _, y1 in bands:
        top, end = max(int(y0), 0), min(int(y1) + 1, h)
        tall = end - top
        if tall < 8:
            continue
        ink = (gray[top:end] < INK).astype(np.uint8)
        n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        cols = np.zeros(w, bool)
        for x, y, ww, hh, _ in stats[1:]:
            if hh >= TALL * tall and ww < 2 * tall:      # a glyph's stroke, not a dot nor a rule along the line
                cols[x:x + ww] = True
        for x0, b0, x1, b1 in boxes:
            if min(b1, end) - max(b0, top) > 0.3 * tall:
                cols[max(int(x0) - 2, 0):int(x1) + 3] = False
        xs = np.flatnonzero(cols)
        if not len(xs):
            continue
        runs = np.split(xs, np.flatnonzero(np.diff(xs) > 0.5 * tall) + 1)
        found += [(float(r[0]), float(top), float(r[-1] + 1), float(end)) for r in runs if r[-1] + 1 - r[0] >= GLYPH * tall]
    return found
