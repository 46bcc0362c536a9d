"""A translucent dark panel laid over a scanned page, lifted back to the paper.

A watermark camera (水印相机, the app field staff photograph documents with) burns a panel into the
picture: a dark rectangle, the page seen through it at about half its light, holding the app's own
words in white (time, date, place, weather, coordinates). Over a table its dark ground is one
solid block to the rule finder, the cells under it merge into one, and its words read as a row of
the table (1643's scan: the whole table one cell, a false indicator row 工作记录 10:42 / 2024.03.19).

A panel is told from print by its ground: an upright rectangle (filling PANEL_FILL of its box), away
from the image's edges (the ground round a sheet is along them), at least PANEL_AREA of the page,
whose grey is far darker than the paper yet far lighter than the page's strokes (a band printed
black, a black clip is not such a ground), with the page's print seen through it, darker still (a
cell or banner shaded dark in the form holds white words and no darker print).
Its box is divided by its ground's grey: the print under it comes back dark on paper, and its own
words, lighter than its ground, go white with it: they are the camera's, not the document's.
"""
from __future__ import annotations

import numpy as np

from .scan_cleanup import BAND_SOLID, DARKER, _paper_and_dark, _stroke_ink

PANEL_AREA = 0.01      # of the page: the least a panel covers (1643's 78 x 34 mm stamp: 4% of landscape A4)
PANEL_FILL = 0.85      # of its bounding box: a panel is a rectangle (1643's: 0.89, its words notching its edge; a
                       # round lens fills 0.79, a shadow or a blot less)
PANEL_EVEN = 15        # grey levels: the panel's ground within this of its commonest grey
PANEL_THROUGH = 0.005  # of the panel: the least of the page's print seen through it (1643's: 4%), darker than its
                       # ground; a cell shaded in the form holds its words in white and no darker print
PANEL_SHRINK = 4       # the page is looked at this much smaller: a panel's ground is seen past its words
PANEL_MEDIAN = 7       # pixels of the smaller page: the window whose median is the ground (past words and rules)
PANEL_RING = 4         # pixels of the smaller page round the panel whose paper it is lifted to
PANEL_RIM = 1          # pixels of the smaller page the panel is widened by: its blurred edge lifted with it


def without_panels(gray: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """The page with each translucent dark panel lifted to the paper, and the panels' boxes (x0, y0, x1,
    y1 in the page's pixels); the same array and [] where there is none."""
    import cv2

    h, w = gray.shape
    paper, _ = _paper_and_dark(gray)
    small = cv2.resize(gray, (max(1, w // PANEL_SHRINK), max(1, h // PANEL_SHRINK)), interpolation=cv2.INTER_AREA)
    ground = cv2.medianBlur(small, PANEL_MEDIAN)
    shaded = ground < paper - DARKER
    _, labels, stats, _ = cv2.connectedComponentsWithStats(shaded.astype(np.uint8), connectivity=4)
    sh, sw = small.shape
    out, boxes, printed = gray, [], None
    for k in np.nonzero(stats[1:, 4] >= PANEL_AREA * sh * sw)[0] + 1:
        # the panel's ground is one grey: dense print beside it, darkened less evenly, falls away from it
        level = int(np.argmax(np.bincount(ground[labels == k], minlength=256)))
        even = (np.abs(ground.astype(np.int16) - level) <= PANEL_EVEN) & (labels == k)
        outlines, _ = cv2.findContours(even.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        outline = max(outlines, key=cv2.contourArea)
        x, y, ww, hh = cv2.boundingRect(outline)
        area = cv2.contourArea(outline)     # the holes its words leave inside counted in
        if area < PANEL_AREA * sh * sw or area < PANEL_FILL * ww * hh:
            continue
        if x == 0 or y == 0 or x + ww == sw or y + hh == sh:
            continue   # along the image's edges: the ground round the sheet, a shadow coming in
        printed = _stroke_ink(gray, max(9, round(BAND_SOLID * w))) if printed is None else printed
        if level <= printed + DARKER // 2:
            continue   # as dark as the print: a band printed black (scan_cleanup.without_dark_bands), a clip
        # (away from its edges by the ground's window: a shaded cell's own rules are at its edges)
        m = PANEL_MEDIAN
        core = gray[(y + m) * PANEL_SHRINK:(y + hh - m) * PANEL_SHRINK, (x + m) * PANEL_SHRINK:(x + ww - m) * PANEL_SHRINK]
        if core.size == 0 or (core < level - DARKER).mean() < PANEL_THROUGH:
            continue   # no print seen through it: a cell or a banner shaded dark in the form, its words white
        # the panel to its blurred rim, in the page's pixels; the page beside it left as it is
        # (its box: a panel is a rectangle, and its words notch the outline of its even ground)
        inside = np.zeros((sh, sw), np.uint8)
        inside[max(0, y - PANEL_RIM):y + hh + PANEL_RIM, max(0, x - PANEL_RIM):x + ww + PANEL_RIM] = 1
        # the paper round it (a photo's light falls off: the page's paper is not the paper here)
        ring = cv2.dilate(inside, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * PANEL_RING + 1,) * 2)) > inside
        near = ground[ring & ~shaded]
        here = float(np.median(near)) if near.size else float(paper)
        inside = cv2.resize(inside, (w, h), interpolation=cv2.INTER_NEAREST) > 0
        if out is gray:
            out = gray.copy()
        # lifted by its ground to the paper round it, and no lighter: its own words, lighter than its
        # ground, go to paper with it, the print under it comes back dark
        lifted = np.clip(gray.astype(np.float32) * (here / max(level, 1.0)) + 0.5, 0, here).astype(np.uint8)
        out[inside] = lifted[inside]
        ys, xs = np.nonzero(inside)
        x0, y0, x1, y1 = int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1
        boxes.append((x0, y0, x1, y1))
    return out, boxes
