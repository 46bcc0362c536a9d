"""A scanned page's orientation: a page fed upside down, or photographed across (turned 90°), is
turned upright before it is cleaned and read.

The engine's detector finds text lines as they lie on the page: a report's lines run across the
page, so on a page turned a quarter most long lines stand upright (taller than wide). Which of
the two turns (or whether the page is upside down) is decided by the recogniser: the page's
longest lines are read both ways round and the way it reads them more surely is upright. A page
is left as it is unless the other way reads clearly surer (an upright page reads its lines at
0.9 and more; upside down, a recogniser's best guesses score far lower). A page that reads unsurely
every way it is turned is read mirrored too (way: a webcam's self-view), and mirrored back where that
reads clearly surer.
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
    return _way(rgb, detect, recognise, False)[0]


# A page seen in a MIRROR (1214: a sheet held up to a laptop's webcam, saved from the meeting app's
# self-view, which every such app shows mirrored left to right; a sheet photographed from behind
# against the light) reads as no row: its lines are read letter by letter back to front. It reads
# unsurely every way it is turned, and surely once mirrored back. Only a page that reads unsurely
# the best way it is turned (below 1 - MARGIN) is read mirrored too, and it is mirrored only where
# that reads clearly surer (MARGIN): a page read surely costs nothing more.
def way(rgb: np.ndarray, detect, recognise) -> tuple[int, bool]:
    """(quarter turns, mirrored): the page is set upright by mirroring it left to right first
    (np.fliplr) where `mirrored`, then turning it by np.rot90's k, as turn() finds it."""
    return _way(rgb, detect, recognise, True)


def _way(rgb: np.ndarray, detect, recognise, mirror: bool) -> tuple[int, bool]:
    import cv2

    h, w = rgb.shape[:2]
    scale = min(1.0, DET_SIDE / max(h, w))
    small = cv2.resize(rgb, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA) if scale < 1 else rgb
    boxes, _ = detect(small)
    if boxes is None or not len(boxes):
        return 0, False
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
        return 0, False
    lines = sorted(lines, key=lambda s: max(s[2] - s[0], s[3] - s[1]), reverse=True)[:SAMPLE]
    crops = [np.ascontiguousarray(rgb[y0:y1, x0:x1]) for x0, y0, x1, y1 in lines]

    def sureness(k: int, mirrored: bool = False) -> float:
        got, _ = recognise([np.ascontiguousarray(np.rot90(np.fliplr(c) if mirrored else c, k)) for c in crops])
        return float(np.mean([float(g[1]) for g in got]))

    first, other = ks
    if ks == (0, 2):
        as_it_lies = sureness(0)
        # A recogniser's sureness is at most 1: a page read at 1 - MARGIN or surer as it lies cannot
        # read MARGIN surer upside down, so the second reading (half this step's cost) is skipped.
        if as_it_lies >= 1 - MARGIN:
            return 0, False
        upside = sureness(2)
        k, best = (2, upside) if upside >= as_it_lies + MARGIN else (0, as_it_lies)
    else:
        one, two = sureness(first), sureness(other)
        k, best = (other, two) if two > one else (first, one)
    if not mirror or best >= 1 - MARGIN:
        return k, False
    back = {m: sureness(m, True) for m in ks}
    m = max(back, key=back.get)
    return (m, True) if back[m] >= best + MARGIN else (k, False)


# A page may hold text both ways round (920: the head and fund block upright, the indicator table
# turned a quarter under them); the page is turned for the most text, and a table whose lines then
# stand across it (taller than wide) is printed the other way round: its grid as found has the
# rows it reads in as columns. The same majority as the page's own (LONG is for a page's long lines;
# a cell's short line, 分值 or 9.70, stands if only taller than wide).
def stands_across(boxes: list) -> bool:
    """Whether the lines of a table (their boxes x0, y0, x1, y1, two characters or more each) stand
    across the page as read: MIN_TABLE_LINES at least, more than twice as many as lie along it."""
    upright = sum(1 for x0, y0, x1, y1 in boxes if y1 - y0 > x1 - x0)
    return upright >= MIN_TABLE_LINES and upright > 2 * (len(boxes) - upright)


MIN_TABLE_LINES = 3
MARKS = "：:，,。.；;、"   # stray marks a turned reading leaves at a line's ends


# 920's two upright rows under its turned indicator table (总分 100 得分 98.90, 自评等级 优) share the
# table's rules: on the page turned for the most text they are the grid's first columns, their lines
# standing across where the rest lie along, read as the indicator table's columns with no head and
# lost unsaid. Columns at an edge of a table whose lines stand across, the rest's not, are rows of
# the page as printed: cut off to be turned back as a table of their own.
def across_band(table, boxes: list) -> int:
    """Of a table (extract.model.Table, its cells' boxes in the page as read) whose lines (their boxes,
    two characters or more each) do not stand across the page as a whole, the columns at its left
    edge (a count, > 0) or its right edge (< 0) whose lines do (stands_across), no cell spanning the
    cut; 0 where none. The widest such band is taken."""
    def centre(b):
        return (b[0] + b[2]) / 2

    if stands_across(boxes):
        return 0
    for j in range(table.n_cols - 1, 0, -1):
        for lead in (j, -j):
            cut = lead if lead > 0 else table.n_cols + lead
            if any(c.col < cut < c.col + c.colspan for c in table.cells):
                continue
            inside = [c.loc.bbox for c in table.cells if c.loc.bbox and (c.col < cut) == (lead > 0)]
            outside = [c.loc.bbox for c in table.cells if c.loc.bbox and (c.col < cut) != (lead > 0)]
            if not inside or not outside:
                continue
            x0, x1 = min(b[0] for b in inside), max(b[2] for b in inside)
            band = [b for b in boxes if x0 <= centre(b) <= x1]
            rest = [b for b in boxes if not x0 <= centre(b) <= x1]
            if stands_across(band) and not stands_across(rest):
                return lead
    return 0


def cut_columns(table, band: int):
    """The table (extract.model.Table) cut in two at across_band's `band`: (the band's columns, the
    rest), each a table of its own with its columns counted from 0."""
    import dataclasses

    cut = band if band > 0 else table.n_cols + band

    def part(cells, first: int, width: int):
        moved = [dataclasses.replace(c, col=c.col - first, loc=dataclasses.replace(c.loc, col=c.col - first))
                 for c in cells]
        return dataclasses.replace(table, n_cols=width, cells=moved, layout=type(table.layout)())

    left = part([c for c in table.cells if c.col < cut], 0, cut)
    right = part([c for c in table.cells if c.col >= cut], cut, table.n_cols - cut)
    return (left, right) if band > 0 else (right, left)


def turned_back(table, quarter: int):
    """The table (extract.model.Table) with its grid turned back by the `quarter` turns
    (np.rot90's k, 1 or 3) the page was given: rows and columns as its text reads; each cell's
    place (row, col, spans) moved, its box left in the page as read."""
    import dataclasses

    rows, cols = table.n_rows, table.n_cols
    cells = []
    for c in table.cells:
        if quarter == 3:    # the page turned clockwise: the text's rows run right to left
            row, col = cols - c.col - c.colspan, c.row
        else:               # counter-clockwise: its columns run bottom to top
            row, col = c.col, rows - c.row - c.rowspan
        cells.append(dataclasses.replace(c, row=row, col=col, rowspan=c.colspan, colspan=c.rowspan,
                                         loc=dataclasses.replace(c.loc, row=row, col=col)))
    cells.sort(key=lambda c: (c.row, c.col))
    # (the page layout's cells are keyed by their places as found: no longer theirs)
    return dataclasses.replace(table, n_rows=cols, n_cols=rows, cells=cells, layout=type(table.layout)())


def reread(table, gray, quarter: int, recognise, min_conf: float) -> list[str]:
    """Read again each cell of a table turned back (turned_back) from its ink turned upright: the
    engine read its lines turned, and a short one (分值, 10) not taller than 1.5 its width is read
    as it lies, lost, cut or garbled. A reading (at least `min_conf` sure) is taken where the cell
    was blank, where it holds the cell's reading and more (管部门 → 主管部门: the turned line lost its
    ends), or where the cell's reading was doubtful (below `min_conf`) and this one is surer; a
    reading shorter than the cell's (the ink's edge may cut a character off) is not; the cell's
    reading is its words, without the line breaks and marks the turned reading put in. The changes
    made, for the warnings."""
    import numpy as np

    from .scan_blanks import _line
    from .scan_signs import cell_ink

    todo = []
    for cell in table.cells:
        ink = cell_ink(gray, cell.loc.bbox) if cell.loc.bbox else None
        if ink is not None:
            todo.append((cell, _line(np.ascontiguousarray(np.rot90(ink[1], 4 - quarter)))))
    if not todo:
        return []
    got, _ = recognise([line for _, line in todo])
    changes = []
    for (cell, _), (text, score, *_) in zip(todo, got):
        text, score = text.strip(), float(score)
        was = cell.text.strip()
        # (the same words without the cell's line breaks: its lines kept, as the form wrote them)
        if not text or text == "".join(was.split()) or text == was or score < min_conf:
            continue
        doubtful = cell.confidence is not None and cell.confidence < min_conf < score
        # the turned reading's line breaks and stray marks are no part of the cell's words (自评等级
        # read turned as ：⏎等级，)
        if was and "".join(part.strip(MARKS) for part in was.split()) not in text and not doubtful:
            continue
        changes.append(f"第{cell.row + 1}行第{cell.col + 1}列“{was or '（空）'}”→“{text}”")
        cell.text, cell.confidence = text, score
    return changes
