"""A scanned table's cell whose words a mosaic covers (a phone app's 打码) reads as nothing: the
cell is named in the warnings, not taken as blank in silence (extract.scan_obscured). A cell left
blank, holding a missed black stroke, evenly shaded, or under a smooth stain is not named."""
import numpy as np

from jixiao.extract import scan_obscured
from jixiao.extract.model import Cell, Location, Table

COLS = (40, 200, 520)       # 实施单位 | its value
ROWS = (60, 120, 180, 240, 300)


def _page():
    import cv2
    page = np.full((360, 600), 250, np.uint8)
    for x in COLS:
        cv2.line(page, (x, ROWS[0]), (x, ROWS[-1]), 0, 2)
    for y in ROWS:
        cv2.line(page, (COLS[0], y), (COLS[-1], y), 0, 2)
    return page


def _mosaic(page, row, rng):
    """Words in the row's value cell pixelated: 8 px squares of the mean grey of the words under them."""
    import cv2
    y0, y1 = ROWS[row] + 12, ROWS[row] + 48
    cv2.putText(page, "ABCDEFGHIJ", (COLS[1] + 10, y1 - 8), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 1)
    for y in range(y0, y1, 8):
        for x in range(COLS[1] + 8, COLS[2] - 20, 8):
            block = page[y:y + 8, x:x + 8]
            block[...] = int(block.mean())
    page[ROWS[row] + 3:ROWS[row + 1] - 2, COLS[1] + 3:COLS[2] - 2] += rng.integers(0, 3, (ROWS[row + 1] - ROWS[row] - 5,
                                                                                    COLS[2] - COLS[1] - 5), dtype=np.uint8)


def _table(rows):
    cells = [Cell(text, r, c, Location("p.pdf", page=1, bbox=(COLS[c], ROWS[r], COLS[c + 1], ROWS[r + 1])))
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(0, len(rows), len(rows[0]), cells, Location("p.pdf", page=1))


def test_a_cell_whose_words_are_pixelated_is_named_unread():
    page = _page()
    _mosaic(page, 1, np.random.default_rng(0))
    table = _table([["主管部门", "某某局"], ["实施单位", ""], ["备注", ""], ["填报人", "张某"]])
    assert scan_obscured.said([table], page, 1) == ["第1页第2行第2列（“实施单位”右侧）"]


def test_blank_black_stroke_even_shading_and_a_smooth_stain_are_not_named():
    import cv2
    page = _page()
    ys, xs = np.mgrid[ROWS[3] + 3:ROWS[4] - 2, COLS[1] + 3:COLS[2] - 2]
    page[ys, xs] = (250 - 60 * np.exp(-((xs - 300) ** 2 + (ys - 270) ** 2) / 3000.0)).astype(np.uint8)   # a stain
    cv2.line(page, (COLS[1] + 40, ROWS[1] + 30), (COLS[1] + 200, ROWS[1] + 30), 0, 3)   # a dash OCR missed
    page[ROWS[2] + 3:ROWS[3] - 2, COLS[1] + 3:COLS[2] - 2] = 200                       # a cell shaded grey
    table = _table([["主管部门", "某某局"], ["实施单位", ""], ["备注", ""], ["填报人", ""]])
    assert scan_obscured.said([table], page, 1) == []


def test_the_gap_of_a_torn_page_through_a_blank_cell_is_no_mosaic():
    """1719.scan: page 1 torn in two and the right piece laid a little apart, the lid's grey in the gap.
    The gap runs down a blank cell as one grey band with ragged edges, a thin shadow along one: grey over
    a good part of the cell and uneven at its edges, but its steps wander with the tear, where a
    mosaic's squares meet along straight lines. Not named as pixelated."""
    rng = np.random.default_rng(1719)
    page = _page()
    edge = 300.0
    for y in range(ROWS[0], ROWS[-1]):
        edge = min(max(edge + rng.normal(0, 1.2) + rng.choice((-2, 0, 0, 2)), 270), 330)
        x = int(edge)
        page[y, x:x + 47] = 214                 # the lid between the pieces
        page[y, x + 47] = 150                   # the right piece's shadow
    page = np.clip(page.astype(np.int16) + rng.integers(-2, 3, page.shape), 0, 255).astype(np.uint8)
    table = _table([["主管部门", "某某局"], ["实施单位", ""], ["备注", ""], ["填报人", ""]])
    assert scan_obscured.said([table], page, 1) == []
