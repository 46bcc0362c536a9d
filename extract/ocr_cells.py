"""OCR by the page's cells (off: extract.ocr_reader.CELLS). Where ruling lines close a cell and its
ink is one line, the cell's ink goes straight to the recogniser. Detection still finds the lines
of everything else (cells of several lines, text outside the grid), but on those parts alone,
packed side by side into one image much smaller than the page. Same engine, same models; the
result has the engine's shape and reading order: [box, text, score].

Measured on the corpus scans it changes records (docs/benchmarks.md), so it stays off.
"""
from __future__ import annotations

GAP = 48          # white pixels around each packed part (at 16, detection joined lines across parts)
LINE_GAP = 3      # blank rows inside one line of text (a character's strokes) that do not split it
EDGE = 2          # pixels of a cell taken off its edge: what is left of the ruling line beside it
TALL = 1.6        # a cell's ink taller than this many of the page's usual line heights is not one line
RULE_WIDTH = 5    # pixels painted over each ruling line found (extract.ocr_reader.rules gives centres)


class CellFirst:
    """Called as the engine is (an RGB page, use_cls) and otherwise the engine itself."""

    def __init__(self, eng, find_rules):
        self.eng, self.find_rules = eng, find_rules   # extract.ocr_reader.rules

    def __getattr__(self, name):
        return getattr(self.eng, name)

    def __call__(self, rgb, use_cls=False):
        import cv2
        import numpy as np

        eng = self.eng
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        lines = np.zeros(gray.shape, np.uint8)
        horizontal, vertical = self.find_rules(gray)
        for y, x0, x1 in horizontal:
            cv2.line(lines, (int(x0), int(y)), (int(x1), int(y)), 1, RULE_WIDTH)
        for x, y0, y1 in vertical:
            cv2.line(lines, (int(x), int(y0)), (int(x), int(y1)), 1, RULE_WIDTH)
        ink = (gray < cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)[0]) & (lines == 0)
        direct, parts = _split(ink, lines)
        page = rgb.copy()
        for x0, y0, x1, y1 in direct:
            page[y0:y1, x0:x1] = 255   # read already: a part that takes in its rows must not read it again
        boxes = _detect(eng, page, parts)
        crops = [rgb[y0:y1, x0:x1] for x0, y0, x1, y1 in direct] + eng.get_crop_img_list(rgb, boxes)
        quads = [np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32) for x0, y0, x1, y1 in direct]
        quads += boxes
        if not quads:
            return None, None
        got, _ = eng.text_rec(crops)
        read: dict[bytes, list] = {}
        for q, (text, score, *_) in zip(quads, got):
            read.setdefault(q.tobytes(), []).append((text, score))
        out = []
        for q in eng.sorted_boxes(np.array(quads)):   # the engine's reading order
            text, score = read[q.tobytes()].pop(0)
            if float(score) >= eng.text_score:
                out.append([q.tolist(), text, score])
        return out or None, None


def _split(ink, lines):
    """Boxes (x0, y0, x1, y1) of the ink of closed cells whose ink is one line (with the margin a
    detected box has), and the parts of the page left to detection: the other closed cells with
    ink, and the rows of ink outside the grid."""
    import cv2
    import numpy as np

    n, labels, stats, _ = cv2.connectedComponentsWithStats((lines == 0).astype(np.uint8), connectivity=4)
    h, w = ink.shape
    outside = np.zeros(n, bool)
    lines_of: list = []
    others = []
    for k in range(1, n):
        x, y, cw, ch, _ = stats[k]
        if x == 0 or y == 0 or x + cw >= w or y + ch >= h:
            outside[k] = True   # the page around the grid
            continue
        if cw < 3 * EDGE + 4 or ch < 3 * EDGE + 4:
            continue            # a sliver between two strokes of one rule
        inside = cv2.erode((labels[y:y + ch, x:x + cw] == k).astype(np.uint8),
                           np.ones((2 * EDGE + 1, 2 * EDGE + 1), np.uint8)).astype(bool)
        cell_ink = ink[y:y + ch, x:x + cw] & inside
        rows = np.flatnonzero(cell_ink.any(axis=1))
        if not len(rows):
            continue            # empty: detection would find nothing
        runs = np.split(rows, np.flatnonzero(np.diff(rows) > LINE_GAP + 1) + 1)
        if len(runs) == 1:
            cols = np.flatnonzero(cell_ink.any(axis=0))
            lines_of.append(((x, y, x + cw, y + ch), (x + cols[0], y + rows[0], x + cols[-1] + 1, y + rows[-1] + 1)))
        else:
            others.append((x, y, x + cw, y + ch))
    direct = []
    if lines_of:
        usual = float(np.median([b[3] - b[1] for _, b in lines_of]))
        for cell, (x0, y0, x1, y1) in lines_of:
            if y1 - y0 > TALL * usual:
                others.append(cell)   # two lines set close: detection's business
                continue
            m = max(2, round(0.25 * (y1 - y0)))
            direct.append((max(0, x0 - m), max(0, y0 - m), min(w, x1 + m), min(h, y1 + m)))
    free = ink & outside[labels]
    rows = np.flatnonzero(free.any(axis=1))
    if len(rows):
        for run in np.split(rows, np.flatnonzero(np.diff(rows) > GAP) + 1):
            cols = np.flatnonzero(free[run[0]:run[-1] + 1].any(axis=0))
            others.append((max(0, cols[0] - GAP), max(0, run[0] - GAP // 3),
                           min(w, cols[-1] + 1 + GAP), min(h, run[-1] + 1 + GAP // 3)))
    return direct, others


def _detect(eng, rgb, parts):
    """The engine's detection on the parts packed in shelves as wide as the page; boxes in page pixels."""
    import numpy as np

    if not parts:
        return []
    width = rgb.shape[1]
    placed, x, y, shelf = [], GAP, GAP, 0
    for x0, y0, x1, y1 in sorted(parts, key=lambda p: (p[1] - p[3], p[0])):   # tallest first
        pw, ph = x1 - x0, y1 - y0
        if x + pw + GAP > width and x > GAP:
            x, y, shelf = GAP, y + shelf + GAP, 0
        placed.append((x, y, x0, y0, pw, ph))
        x, shelf = x + pw + GAP, max(shelf, ph)
    height = y + shelf + GAP
    # the engine enlarges an image whose shorter side is under its limit: fill with white instead
    if eng.text_det.limit_type == "min":
        height = max(height, min(eng.text_det.limit_side_len, rgb.shape[0]))
    canvas = np.full((height, max(width, max(px + pw for px, _, _, _, pw, _ in placed) + GAP), 3), 255, np.uint8)
    for px, py, x0, y0, pw, ph in placed:
        canvas[py:py + ph, px:px + pw] = rgb[y0:y0 + ph, x0:x0 + pw]
    found, _ = eng.text_det(canvas)
    boxes = []
    for box in found if found is not None else []:
        cx, cy = float(np.mean(box[:, 0])), float(np.mean(box[:, 1]))
        for px, py, x0, y0, pw, ph in placed:
            if px - GAP / 2 <= cx < px + pw + GAP / 2 and py - GAP / 2 <= cy < py + ph + GAP / 2:
                moved = box.astype(np.float32)   # in its part, in the page
                moved[:, 0] = np.clip(moved[:, 0], px, px + pw) + x0 - px
                moved[:, 1] = np.clip(moved[:, 1], py, py + ph) + y0 - py
                boxes.append(moved)
                break
    return boxes
