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


def _marks(pix) -> list[tuple[int, int, int, int, float, bool]]:
    """The marks of a cell's ink, left to right: (x, y, width, height, lean, plain) of each; lean
    is how far its top third lies right of its bottom third, in its width (0 where it has no
    third to measure), plain whether it is a stroke with no flag nor foot (scan_signs)."""
    import cv2
    import numpy as np

    from .scan_signs import _plain_stroke

    dark = (pix < 128).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    out = []
    for k in range(1, n):
        if stats[k][4] < MIN_INK_MARK:
            continue
        x, y, w, h = (int(v) for v in stats[k][:4])
        ink = labels[y:y + h, x:x + w] == k
        third = max(1, h // 3)
        top, bottom = np.nonzero(ink[:third])[1], np.nonzero(ink[-third:])[1]
        lean = (top.mean() - bottom.mean()) / max(w, 1) if len(top) and len(bottom) else 0.0
        out.append((x, y, w, h, float(lean), _plain_stroke(ink)))
    return sorted(out)


def _mark(pix):
    """(width, height, lean) of a cell's ink where it is one mark, else None."""
    marks = _marks(pix)
    return (marks[0][2], marks[0][3], marks[0][4]) if len(marks) == 1 else None


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


# A level repeated from the row above may be written as the ditto mark 〃 (798's 一级 / 二级 columns):
# two short strokes side by side, leaning right, about half as high as the column's characters. The
# recogniser reads the pair as 11 (or ” 》 I, or drops it), and 11 in a column of names is a figure
# that puts the row out of line with its header. The ink tells: a cell of a column whose other
# filled cells are words (MIN_WORDS at least, each with a Han character), read as nothing or as a
# few strokes (DITTO_READ), whose ink is exactly two plain strokes, standing, leaning right
# (scan_signs.SLANT), each at most SHORT of the height of the column's words' tallest marks, and
# side by side (their rows overlapping, less than a stroke's height apart), is the ditto mark. A 11
# printed as figures stands as high as the figures, with flags and feet: it is left as read.
DITTO = "〃"
DITTO_READ = re.compile(r"[1lI|丨〃″\"“”'‘’》]{0,3}")
HAN = re.compile(r"[\u3400-\u9fff]")
MIN_WORDS = 2
SHORT = 0.65


def _ditto_ink(marks, usual: float) -> bool:
    """Whether a cell's marks are a ditto mark's two strokes, the column's words' marks standing
    `usual` high."""
    from .scan_signs import SLANT

    if len(marks) != 2:
        return False
    (ax, ay, aw, ah, _, _), (bx, by, bw, bh, _, _) = marks
    return all(h > w and lean >= SLANT and plain and h <= SHORT * usual for _, _, w, h, lean, plain in marks) \
        and ay < by + bh and by < ay + ah and bx - (ax + aw) < min(ah, bh)


def dittos(tables, gray, number: int) -> list[str]:
    """Set 〃 in the cells of word columns whose ink is the ditto mark's two short strokes (read as
    strokes or as nothing). The changes made, for the warnings."""
    changes = []
    for table in tables:
        for cells in table.columns(by_span=True):
            words = [c for c in cells if _text(c) and not DITTO_READ.fullmatch(_text(c))]
            worded = {id(c) for c in words}
            if len(words) < MIN_WORDS or not all(HAN.search(_text(c)) for c in words):
                continue
            tall = sorted(max(m[3] for m in marks) for c in words if c.loc.bbox is not None
                          and (ink := cell_ink(gray, c.loc.bbox)) is not None and (marks := _marks(ink[1])))
            if not tall:
                continue
            usual = tall[len(tall) // 2]
            for cell in cells:
                if id(cell) in worded or _text(cell) == DITTO or cell.loc.bbox is None:
                    continue
                ink = cell_ink(gray, cell.loc.bbox)
                if ink is not None and _ditto_ink(_marks(ink[1]), usual):
                    changes.append(f"第{number}页第{cell.row + 1}行第{cell.col + 1}列“{_text(cell) or '（空）'}”→“{DITTO}”")
                    cell.text = DITTO
    return changes
