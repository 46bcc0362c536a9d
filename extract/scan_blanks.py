"""An empty cell in a scan's column of figures whose image holds ink, read again on its own.

Detection can drop a lone small figure: a weight 8 alone in its cell is a box a few pixels wide at
150 dpi, and the cell comes out empty though the page shows ink in it. Where every other filled
cell of the column below its heading is a figure (a weight, a score), the column says a figure
belongs there, so the cell's ink alone is cut out, enlarged and recognised as one line. The
reading is kept only where it is, confidently, a figure as the column writes them; each change is
named in the document's warnings. A cell without ink, or in a column that also holds words, is
left as it is and costs no recognition.
"""
from __future__ import annotations

import re

from .scan_signs import cell_ink

FIGURE = re.compile(r"\d+(?:\.\d+)?%?")   # a weight, a score, a rate: what such a column holds
MIN_FIGURES = 1    # filled cells of the column that must all be figures before a blank is read
SCALE = 2          # the lone figure is a few pixels: enlarged before recognition
MARGIN = 0.3       # white around the ink, in its height, as around a detected line


def _text(cell) -> str:
    return "".join(cell.text.split())   # a figure OCR set on two lines (5.9 / 2) is one figure


def blanks(table) -> list:
    """The empty cells of a table's columns whose filled cells below the heading are all figures
    (at least MIN_FIGURES): the heading is the column's last cell of other text."""
    out = []
    for cells in table.columns(by_span=True):
        cells.sort(key=lambda c: c.row)
        words = [k for k, c in enumerate(cells) if _text(c) and not FIGURE.fullmatch(_text(c))]
        below = cells[words[-1] + 1:] if words else cells
        if sum(1 for c in below if _text(c)) >= MIN_FIGURES:
            out += [c for c in below if not _text(c) and c.loc.bbox is not None]
    return out


def _line(pix):
    """The cell's ink on white with a margin, enlarged: one line for the recogniser."""
    import cv2
    import numpy as np

    h, w = pix.shape
    m = max(2, round(MARGIN * h))
    line = np.full((h + 2 * m, w + 2 * m), 255, np.uint8)
    line[m:m + h, m:m + w] = pix
    line = cv2.resize(line, None, fx=SCALE, fy=SCALE, interpolation=cv2.INTER_CUBIC)
    return cv2.cvtColor(line, cv2.COLOR_GRAY2RGB)


def reread(tables, gray, recognise, number: int, min_conf: float) -> list[str]:
    """Read again the blank cells with ink of a page's figure columns (cell boxes in the page's
    pixels); `recognise` is the engine's line recogniser. The changes made, for the warnings."""
    todo = []
    for table in tables:
        for cell in blanks(table):
            ink = cell_ink(gray, cell.loc.bbox)
            if ink is not None:
                todo.append((cell, _line(ink[1])))
    if not todo:
        return []
    got, _ = recognise([line for _, line in todo])
    changes = []
    for (cell, _), (text, score, *_) in zip(todo, got):
        text = "".join(text.split())
        if not FIGURE.fullmatch(text) or float(score) < min_conf:
            continue
        changes.append(f"第{number}页第{cell.row + 1}行第{cell.col + 1}列“（空）”→“{text}”")
        cell.text, cell.confidence = text, float(score)
    return changes


# A pencil ring round a figure (793's circled score 5.25) reads as a bracket beside it: 5.25) is no
# number, and the score was lost without a word. In a column whose other cells below its heading are
# all figures, a figure with an UNPAIRED bracket at its end (a pair may be the document's own) is
# the figure and an arc of ink round it: read so, and said.
OPEN, CLOSE = "(（", ")）"


def _unpaired(text: str) -> str | None:
    """The figure inside a text that is a figure with brackets on one side only, else None."""
    core = text.strip(OPEN + CLOSE)
    opened, closed = sum(text.count(c) for c in OPEN), sum(text.count(c) for c in CLOSE)
    if core == text or opened == closed or not FIGURE.fullmatch(core):
        return None
    return core


def rings(tables, number: int) -> list[str]:
    """Take the unpaired brackets off the figures of columns of figures (the heading is the
    column's last cell without a digit). The changes made, for the warnings."""
    changes = []
    for table in tables:
        for cells in table.columns(by_span=True):
            cells.sort(key=lambda c: c.row)
            heads = [k for k, c in enumerate(cells) if _text(c) and not any(ch.isdigit() for ch in _text(c))]
            below = [c for c in (cells[heads[-1] + 1:] if heads else cells) if _text(c)]
            odd = [c for c in below if not FIGURE.fullmatch(_text(c))]
            if len(odd) != 1 or len(below) - 1 < MIN_FIGURES or (core := _unpaired(_text(odd[0]))) is None:
                continue
            cell = odd[0]
            changes.append(f"第{number}页第{cell.row + 1}行第{cell.col + 1}列“{_text(cell)}”→“{core}”")
            cell.text = core
    return changes


# A column that writes / for "nothing to state" (329's 年度指标值 of its decision rows): detection
# drops some of those lone strokes as it drops a lone small figure, and the recogniser, given one
# alone, reads 一 for it (scan_signs.slash). So no recognition: an empty cell of such a column whose
# ink is one mark standing and leaning right (scan_signs.STANDING, SLANT), about as high as the
# column's own slashes (half to twice), is a slash.
SLASH = "/"


def _mark(pix):
    """(width, height, lean) of a cell's ink where it is one mark, else None; lean is how far its
    top third lies right of its bottom third, in its width."""
    import cv2
    import numpy as np

    dark = (pix < 128).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    marks = [k for k in range(1, n) if stats[k][4] >= MIN_INK_MARK]
    if len(marks) != 1:
        return None
    x, y, w, h = (int(v) for v in stats[marks[0]][:4])
    ink = labels[y:y + h, x:x + w] == marks[0]
    third = max(1, h // 3)
    top, bottom = np.nonzero(ink[:third])[1], np.nonzero(ink[-third:])[1]
    if not len(top) or not len(bottom):
        return None
    return w, h, (top.mean() - bottom.mean()) / max(w, 1)


MIN_INK_MARK = 4    # dark pixels that make a mark (fewer are specks), as scan_signs.MIN_INK


def slashes(tables, gray, number: int) -> list[str]:
    """Set / in the empty cells with a slash's ink of columns whose other cells write /. The
    changes made, for the warnings."""
    from .scan_signs import SLANT, STANDING

    changes = []
    for table in tables:
        for cells in table.columns(by_span=True):
            written = [c for c in cells if _text(c) == SLASH and c.loc.bbox is not None]
            heights = sorted(m[1] for c in written if (ink := cell_ink(gray, c.loc.bbox)) is not None
                             and (m := _mark(ink[1])) is not None)
            if not heights:
                continue
            usual = heights[len(heights) // 2]
            for cell in cells:
                if _text(cell) or cell.loc.bbox is None or (ink := cell_ink(gray, cell.loc.bbox)) is None:
                    continue
                mark = _mark(ink[1])
                if mark is None:
                    continue
                w, h, lean = mark
                if h >= STANDING * w and usual / 2 <= h <= 2 * usual and lean >= SLANT:
                    changes.append(f"第{number}页第{cell.row + 1}行第{cell.col + 1}列“（空）”→“{SLASH}”")
                    cell.text = SLASH
    return changes
