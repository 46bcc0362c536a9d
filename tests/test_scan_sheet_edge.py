"""A second sheet fed with the page (a double-fed scan, 603's): its edge runs down the page's side
to the image's bottom and along its top to the image's side, and its shadow is as dark as a rule.
Taken for rules, the two framed the whole page as one cell and its tables' rows went unread.
extract.ocr_reader.rules leaves out a line that runs off the image's edge and meets no rule but
such lines; a table cut by a tight crop keeps its rules (its other rules meet them). No OCR here:
the rules of a page image only."""
import numpy as np

from jixiao.extract import ocr_reader


def _table(a, x0: int, y0: int, cols: int = 4, rows: int = 5, step: int = 120, height: int = 60):
    xs = [x0 + k * step for k in range(cols + 1)]
    ys = [y0 + k * height for k in range(rows + 1)]
    for y in ys:
        a[y:y + 2, xs[0]:xs[-1] + 2] = 0
    for x in xs:
        a[ys[0]:ys[-1] + 2, x:x + 2] = 0
    return xs, ys


def test_a_second_sheets_edge_off_the_image_is_no_rule():
    a = np.full((1400, 1100), 250, np.uint8)
    xs, ys = _table(a, 100, 300)
    a[60:, 1000:1004] = 90          # the other sheet's edge, down to the image's bottom
    a[60:64, 1000:] = 90            # and along its top to the image's side
    hs, vs = ocr_reader.rules(a)
    assert not [v for v in vs if v[0] > xs[-1] + 20], vs
    assert not [h for h in hs if h[0] < ys[0] - 20], hs
    assert len([v for v in vs if xs[0] - 3 <= v[0] <= xs[-1] + 3]) == len(xs)


def test_a_table_cut_by_a_tight_crop_keeps_its_rules():
    a = np.full((900, 700), 250, np.uint8)
    for y in range(100, 701, 60):
        a[y:y + 2, 0:] = 0          # rules run off both sides of the image
    for x in (200, 400):
        a[100:702, x:x + 2] = 0
    hs, vs = ocr_reader.rules(a)
    assert len([h for h in hs if 90 <= h[0] <= 710]) == 11, hs
    assert len(vs) == 2, vs


def test_a_crop_inside_a_table_keeps_its_rules_though_every_one_runs_off_the_edge():
    a = np.full((400, 600), 250, np.uint8)
    for y in (60, 160, 260, 360):
        a[y:y + 2, :] = 0           # off both sides
    for x in (150, 300, 450):
        a[:, x:x + 2] = 0           # off the top and the bottom
    hs, vs = ocr_reader.rules(a)
    assert len(hs) == 4 and len(vs) == 3, (hs, vs)


def test_the_lids_sliver_along_the_images_side_is_no_rule():
    """A page left half a degree askew after deskewing (700's, placed at 45 degrees and turned back by
    the scanner's software, its lid's black then taken off) keeps the last of the sliver of black down
    one side: grey pieces of the image's last pixel column, 30-65 px each. Taken for rules, they
    became the indicator table's last column, which no horizontal rule reaches, so nothing closed
    the cells beside it and every figure of the page went into one cell."""
    a = np.full((1400, 1100), 250, np.uint8)
    xs, ys = _table(a, 100, 300, rows=12)
    for y0, y1, grey in ((223, 263, 200), (298, 341, 150), (390, 424, 210), (556, 585, 190), (721, 786, 205)):
        a[y0:y1, -1] = grey
    hs, vs = ocr_reader.rules(a)
    assert not [v for v in vs if v[0] > xs[-1] + 20], vs
    assert len([v for v in vs if xs[0] - 3 <= v[0] <= xs[-1] + 3]) == len(xs)


def _cell(row: int, col: int, text: str, bbox: tuple):
    from jixiao.extract.model import Cell, Location
    return Cell(text, row, col, Location("x.pdf", page=1, row=row, col=col, bbox=bbox))


def _grid(right: float):
    from jixiao.extract.model import Location, Table
    cells = [_cell(0, 0, "执行率", (100, 100, 300, 140)), _cell(0, 1, "得", (300, 100, right, 140)),
             _cell(1, 0, "99.29%", (100, 140, 300, 180)), _cell(1, 1, "9.", (300, 140, right, 180)),
             _cell(2, 0, "总分", (100, 180, 300, 220)), _cell(2, 1, "", (300, 180, right, 220))]
    return Table(0, 3, 2, cells, Location("x.pdf", page=1))


def test_a_table_cut_by_the_crop_names_the_cells_along_the_cut():
    """1062's scan: a sheet-fed scanner's automatic crop took the last column's rule for the paper's edge
    and cut the page through that column (the fund's 得分 left as "9.", 自评等级 as "自评等"); the
    grid ran to the image's edge, and nothing said the column was partial."""
    got = ocr_reader._cut_through([_grid(700)], 700)
    assert list(got) == ["right"] and [c.text for c in got["right"]] == ["得", "9."], got


def test_a_table_within_the_margins_is_not_cut():
    assert ocr_reader._cut_through([_grid(600)], 700) == {}


def test_a_strip_of_a_page_cut_above_and_below_is_no_cut_table():
    """An image of a strip of a page (a row or two of a table, as tests crop them) reaches the top and the
    bottom of the image by design: only a side cut is said."""
    from jixiao.extract.model import Location, Table
    cells = [_cell(0, 0, "产出指标", (100, 0, 300, 40)), _cell(1, 0, "10", (100, 40, 300, 80))]
    assert ocr_reader._cut_through([Table(0, 2, 1, cells, Location("x.pdf", page=1))], 700) == {}


def test_a_plastic_folders_seams_inside_the_printers_margin_are_no_rules():
    """A page scanned inside a translucent L-folder (1540's, page 2): the film's top edge runs off the
    image's left side, its welded seams lie 2.5 mm in from the left side (in pieces, with a short
    stub beside them) and 2.5 mm above the foot (short marks under it running off the bottom). Taken
    for rules (the seams were no more than SNAP from the edge, and five pieces made more lines than a
    sheet has sides), they framed the page's whole table as one cell and none of its rows was read.
    No printed rule lies within the printer's margin; lines of one side count as one side."""
    a = np.full((1400, 1100), 250, np.uint8)
    xs, ys = _table(a, 105, 118, cols=6, rows=4)
    a[84:86, 0:915] = 90            # the film's top edge, off the left side
    a[106:108, 0:18] = 90           # a stub of it
    a[84:281, 14:16] = 90           # the left seam, 2.5 mm in
    a[81:113, 2:4] = 90             # the image's edge beside it
    a[1385:1387, 29:1090] = 90      # the bottom seam, 2.5 mm above the foot
    a[1381:1400, 341:343] = 90      # marks under it, off the bottom
    hs, vs = ocr_reader.rules(a)
    assert not [v for v in vs if v[0] < xs[0] - 20], vs
    assert not [h for h in hs if h[0] < ys[0] - 20 or h[0] > ys[-1] + 20], hs
    assert len([v for v in vs if xs[0] - 3 <= v[0] <= xs[-1] + 3]) == len(xs)
    assert len([h for h in hs if ys[0] - 3 <= h[0] <= ys[-1] + 3]) == len(ys)


def test_a_table_ruled_close_to_a_cropped_edge_keeps_its_frame():
    """The other side of the margin: a tight crop leaving a table's frame 2 mm from the image's edge keeps
    it (its frame meets the table's inner rules: more lines than a sheet's sides)."""
    a = np.full((900, 800), 250, np.uint8)
    xs, ys = _table(a, 12, 12, cols=5, rows=6, step=150, height=120)
    hs, vs = ocr_reader.rules(a)
    assert len([v for v in vs if v[0] < 20]) == 1, vs
    assert len([h for h in hs if h[0] < 20]) == 1, hs
