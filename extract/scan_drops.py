"""Drops of water on the glass a page was photographed through (1215.scan: an outdoor notice board's
glass after rain), found by their rims, and the figures under them doubted.

A drop is a small lens: it shows the print behind it inverted, shrunk and blurred, inside a thin dark
rim, and a figure a drop sits on is read wrong with nothing to tell (1,500.00 read 1.5, 124座 read 12,
7.45 read 7.4): OCR reads what is left beside the drop and is sure of it. What can be seen is the rim.
A rim is a thin ring darker than the paper just inside and just outside it, all the way round (the
share of RIM of its circumference), RADII mm across. One such ring is no sign (a circled number, a 〇,
a round stamp's inner ring, a loop of a figure, a binder's punched holes: at most four on any page of
158 of the corpus's scans, one in six, 942's four holes the most):
a page with DROPS of them or more is seen through drops, which fall everywhere, on the margins too.

On such a page, the drops' trails too (streaks: STREAK_WIDE): looked for there alone, since two
faint upright lines a few mm apart are common enough elsewhere (a form's grey double rule).

Then every table cell whose print a drop's disc or a streak reaches is in doubt (its print: the ink of the cell
outside every drop, its bounds; a cell with no print outside the drops is wholly under one), where it
holds a figure: the reader says the drops and the cells, and marks them (Cell.doubt); normalize holds
the figures read there as doubtful (normalize._cells_in_doubt), so that no rule finds on them as if
sure. Reading less with a word of it beats reading wrong.

Round pieces of paper LYING ON the glass over the print do the same from the other side: the confetti a hole
punch leaves (1326.scan: 46 chads 6 mm across on one page), each hiding what lies under it, OCR reading the
print left round it as if whole (8230人 read 3230人, 推广绿色防控技术 read 推广绿 控技术, unsaid). A chad has no
rim; what can be seen is its edge and its SHADOW: a disc CHAD_RADII mm across whose inside, just within the edge,
is paper-light all round (CHAD_LIGHT of the circumference: a disc of paper), with a soft shade just outside it
along a run of at least CHAD_ARC of the circumference (the lamp throws the shadow of a thing standing off the
page), the shade fainter than print (CHAD_SHADE levels below the paper at most) and in ONE run (a wire mesh or
a grid crossing the circle shades it in many short runs: 1211.scan's mesh gave 15 such circles without this),
and the disc's EDGE seen nearly all round (CHAD_EDGE: the paper it is cut from lighter than the page beside it;
the light squares of 1211's mesh touch a circle at four places only). A circled number or a 〇 has
ink, not shade, round it; a punched hole is dark inside. One such disc is no sign: a page with CHADS of them or
more has things lying on it; there the discs with print beside them (their shade run through by the print's ink)
are taken too, and the cells their discs reach are named, the figures doubted."""
from __future__ import annotations

import re

DPMM = 150 / 25.4          # the scans' resolution (extract.ocr_reader.DPI), pixels a millimetre
RADII = (1.1, 4.5)         # a drop's radius in mm (drops 2-7 mm across, and a little room)
RIM = 0.8                  # the share of the circumference darker than both sides
RIM_DARK = 12              # grey levels darker than the paper 3 px inside and outside
DROPS = 12                 # rings on a page that make it a page seen through drops (1215: 67; others: 4 at most)
FIGURE = re.compile(r"\d")
# A drop running down the glass leaves a STREAK: a band 1-3 mm wide (STREAK_WIDE) between two faint
# edges (each darker than the paper STREAK_DARK levels beyond it on both sides, but far lighter than
# print: no more than STREAK_FAINT below the paper), upright and STREAK_LONG mm long or more (1215's
# five: 27 to 48 mm; a character's two upright strokes, the longest pair elsewhere on its page, 10 mm).
# Its edges are taken for column rules and split the figures they cross (1,500.00 read 1,50 | 0.00).
STREAK_WIDE = (1.0, 3.0)
STREAK_DARK = 10
STREAK_FAINT = 90
STREAK_LONG = 15.0
CHAD_RADII = (2.2, 4.5)    # a chad's radius in mm (a punch cuts holes 5-8 mm across, and a little room)
CHAD_LIGHT = 0.85          # the share of the circle just within the edge at least the paper's grey (less 8)
CHAD_ARC = 0.3             # the longest run of the circle just outside that is shaded
CHAD_SHADE = (8, 70)       # shade: darker than the page's paper by the first, by less than the second
CHAD_EDGE = (4, 0.7)       # the disc's edge: just within lighter than just outside by 4 levels on 70% of the circle
CHAD_STRAY = 0.1           # the share of the circle shaded outside the shade's run at most (a mesh: many runs)
CHADS = 4                  # discs with a faint shade on a page that make it a page with things lying on it


RING_POINTS = 72           # the points a circle is sampled at


def _rings(gray):
    """ring(x, y, r): the page's grey at RING_POINTS points round the circle (x, y, r), clipped to the page."""
    import numpy as np

    h, w = gray.shape
    g = gray.astype(np.float32)
    angles = np.linspace(0, 2 * np.pi, RING_POINTS, endpoint=False)
    cos, sin = np.cos(angles), np.sin(angles)

    def ring(x, y, r):
        xs = np.clip(np.round(x + r * cos).astype(int), 0, w - 1)
        ys = np.clip(np.round(y + r * sin).astype(int), 0, h - 1)
        return g[ys, xs]
    return ring


def drops(gray) -> list[tuple[float, float, float]]:
    """The drops on a page (x, y, radius in pixels), none where the page has fewer than DROPS rims."""
    import cv2
    import numpy as np

    circles = cv2.HoughCircles(cv2.GaussianBlur(gray, (3, 3), 0), cv2.HOUGH_GRADIENT, dp=1,
                               minDist=int(2 * DPMM), param1=80, param2=14,
                               minRadius=int(RADII[0] * DPMM), maxRadius=int(RADII[1] * DPMM))
    if circles is None:
        return []
    ring = _rings(gray)
    found = []
    for x, y, r in circles[0]:
        share = max(((ring(x, y, rr) < ring(x, y, rr - 3) - RIM_DARK) & (ring(x, y, rr) < ring(x, y, rr + 3) - RIM_DARK)).mean()
                    for rr in np.arange(r - 1.5, r + 1.6, 0.5))
        if share >= RIM:
            found.append((float(x), float(y), float(r)))
    return found if len(found) >= DROPS else []


def chads(gray) -> list[tuple[float, float, float]]:
    """The discs of paper lying on a page (x, y, radius in pixels), none where fewer than CHADS show a faint
    shade; on a page with as many, those whose shade print runs through too (see the module's doc)."""
    import cv2
    import numpy as np

    circles = cv2.HoughCircles(cv2.GaussianBlur(gray, (3, 3), 0), cv2.HOUGH_GRADIENT, dp=1,
                               minDist=int(3 * DPMM), param1=60, param2=12,
                               minRadius=int(CHAD_RADII[0] * DPMM), maxRadius=int(CHAD_RADII[1] * DPMM))
    if circles is None:
        return []
    paper = float(np.median(gray))
    ring = _rings(gray)

    def longest(run) -> int:
        """The longest run of the circle shaded, 0 where more than CHAD_STRAY of it is shaded outside that run
        (a grid or a mesh crossing the ring: many short runs, no one thing's shadow)."""
        best = count = 0
        for v in np.concatenate([run, run]):
            count = count + 1 if v else 0
            best = max(best, count)
        best = min(best, len(run))
        return best if run.sum() - best <= CHAD_STRAY * len(run) else 0

    faint, any_shade = [], []
    for x, y, r in circles[0]:
        kinds = set()
        for rr in np.arange(r - 2, r + 2.1, 0.5):
            inside = ring(x, y, rr - 2)
            if (inside >= paper - 8).mean() < CHAD_LIGHT:
                continue
            out = ring(x, y, rr + 3)
            if (inside > ring(x, y, rr + 2) + CHAD_EDGE[0]).mean() < CHAD_EDGE[1]:
                continue        # no edge all round: no disc (a light square of a mesh touches a circle at four places)
            shade = out < paper - CHAD_SHADE[0]
            if longest(shade & (out > paper - CHAD_SHADE[1])) >= CHAD_ARC * RING_POINTS:
                kinds.add("faint")
            if longest(shade) >= CHAD_ARC * RING_POINTS:
                kinds.add("any")
        if "faint" in kinds:
            faint.append((float(x), float(y), float(r)))
        elif "any" in kinds:
            any_shade.append((float(x), float(y), float(r)))
    return faint + any_shade if len(faint) >= CHADS else []


def streaks(gray) -> list[tuple[float, float, float, float]]:
    """The streaks running down the glass (x0, x1, y0, y1 in pixels): see STREAK_WIDE."""
    import cv2
    import numpy as np

    g = gray.astype(np.int16)
    paper = float(np.median(gray))
    left, right = np.roll(g, 2, axis=1), np.roll(g, -2, axis=1)
    edge = ((g < left - STREAK_DARK) & (g < right - STREAK_DARK) & (g > paper - STREAK_FAINT)).astype(np.uint8)
    # bridged where print or a rule crosses the edge, then only what runs 6 mm upright kept
    edge = cv2.morphologyEx(edge, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 25)))
    edge = cv2.morphologyEx(edge, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(6 * DPMM))))
    _, _, stats, _ = cv2.connectedComponentsWithStats(edge, connectivity=8)
    lines = [(x + ww / 2, y, y + hh) for x, y, ww, hh, _ in stats[1:] if ww <= 4]
    found = []
    for k, (xa, a0, a1) in enumerate(lines):
        for xb, b0, b1 in lines[k + 1:]:
            if STREAK_WIDE[0] * DPMM <= abs(xa - xb) <= STREAK_WIDE[1] * DPMM \
                    and min(a1, b1) - max(a0, b0) >= STREAK_LONG * DPMM:
                found.append((min(xa, xb), max(xa, xb), float(max(a0, b0)), float(min(a1, b1))))
    return found


def under(tables, gray, found, ink: int = 128, bands=(), figures: bool = True) -> list:
    """The cells holding a figure whose print a drop's disc or a streak (bands) reaches (see the module's doc);
    every cell with text, not only figures, where figures is False (a chad hides words as well)."""
    import numpy as np

    if not found and not bands:
        return []
    h, w = gray.shape
    hit = []
    for t in tables:
        for c in t.cells:
            if not (c.text or "").strip() or (figures and not FIGURE.search(c.text)) or not c.loc.bbox:
                continue
            x0, y0, x1, y1 = (int(round(v)) for v in c.loc.bbox)
            x0, y0, x1, y1 = max(x0 + 3, 0), max(y0 + 3, 0), min(x1 - 3, w), min(y1 - 3, h)
            if x1 <= x0 or y1 <= y0:
                continue
            near = [(x, y, r) for x, y, r in found if x0 - r <= x <= x1 + r and y0 - r <= y <= y1 + r]
            across = [(a - 3, b + 3, top, end) for a, b, top, end in bands if a - 3 <= x1 and b + 3 >= x0 and top <= y1 and end >= y0]
            if not near and not across:
                continue
            dark = gray[y0:y1, x0:x1] < ink
            ys, xs = np.mgrid[y0:y1, x0:x1]
            outside = np.ones_like(dark)
            for x, y, r in near:
                outside &= (xs - x) ** 2 + (ys - y) ** 2 > (r + 2) ** 2
            for a, b, top, end in across:
                outside &= (xs < a) | (xs > b) | (ys < top) | (ys > end)
            printed = dark & outside
            if not printed.any():
                hit.append(c)       # the whole cell's print under drops
                continue
            py, px = np.nonzero(printed)
            bx0, bx1, by0, by1 = px.min() + x0 - 2, px.max() + x0 + 2, py.min() + y0 - 2, py.max() + y0 + 2
            if any(((min(max(x, bx0), bx1) - x) ** 2 + (min(max(y, by0), by1) - y) ** 2) <= r * r for x, y, r in near) \
                    or any(a <= bx1 and b >= bx0 and top <= by1 and end >= by0 for a, b, top, end in across):
                hit.append(c)
    return hit
