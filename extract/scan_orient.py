"""A scanned page's orientation: a page fed upside down, or photographed across (turned 90°), is
turned upright before it is cleaned and read.

The engine's detector finds text lines as they lie on the page: a report's lines run across the
page, so on a page turned a quarter most long lines stand upright (taller than wide). Which of
the two turns (or whether the page is upside down) is decided by the recogniser: the page's
longest lines are read both ways round and the way it reads them more surely is upright. A page
is left as it is unless the other way reads clearly surer (an upright page reads its lines at
0.9 and more; upside down, a recogniser's best guesses score far lower).
"""
from __future__ import annotations

import numpy as np

DET_SIDE = 1280     # detection for the lines' direction on the page shrunk to this longer side
LONG = 2.0          # a line this many times longer than it is thick has a direction
MIN_LINES = 6       # fewer long lines than this: too little text to judge, the page is left alone
SAMPLE = 12         # the longest lines read both ways round
MARGIN = 0.15       # how much surer the other way must read to turn the page


def turn(rgb: np.ndarray, detect, recognise) -> int:
    """Quarter turns counter-clockwise (np.rot90's k: 0, 1, 2 or 3) that make the page upright.
    `detect` is the engine's text detector (image -> boxes), `recognise` its line recogniser."""
    import cv2

    h, w = rgb.shape[:2]
    scale = min(1.0, DET_SIDE / max(h, w))
    small = cv2.resize(rgb, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA) if scale < 1 else rgb
    boxes, _ = detect(small)
    if boxes is None or not len(boxes):
        return 0
    spans = []
    for quad in np.asarray(boxes, np.float32) / scale:
        x0, y0 = quad.min(axis=0)
        x1, y1 = quad.max(axis=0)
        spans.append((max(0, int(x0)), max(0, int(y0)), min(w, int(x1) + 1), min(h, int(y1) + 1)))
    across = [s for s in spans if s[2] - s[0] >= LONG * (s[3] - s[1])]
    upright = [s for s in spans if s[3] - s[1] >= LONG * (s[2] - s[0])]
    if len(upright) >= MIN_LINES and len(upright) > 2 * len(across):
        lines, ks = upright, (1, 3)     # turned a quarter: read turned back each way
    elif len(across) >= MIN_LINES:
        lines, ks = across, (0, 2)
    else:
        return 0
    lines = sorted(lines, key=lambda s: max(s[2] - s[0], s[3] - s[1]), reverse=True)[:SAMPLE]
    crops = [np.ascontiguousarray(rgb[y0:y1, x0:x1]) for x0, y0, x1, y1 in lines]

    def sureness(k: int) -> float:
        got, _ = recognise([np.ascontiguousarray(np.rot90(c, k)) for c in crops])
        return float(np.mean([float(g[1]) for g in got]))

    first, other = ks
    if ks == (0, 2):
        as_it_lies = sureness(0)
        # A recogniser's sureness is at most 1: a page read at 1 - MARGIN or surer as it lies cannot
        # read MARGIN surer upside down, so the second reading (half this step's cost) is skipped.
        if as_it_lies >= 1 - MARGIN:
            return 0
        return 2 if sureness(2) >= as_it_lies + MARGIN else 0
    return other if sureness(other) > sureness(first) else first
