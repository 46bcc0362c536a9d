"""A saved form page scanned (859.scan: a 填报系统 page whose cells hold form controls): each <select>
and <textarea> draws its own frame inside its cell. Taken for rules, a frame cut its row into a thin
empty row, the box's and another, and the <textarea>'s value went to a row of its own: every 实际完成值
read empty, nothing said. extract.ocr_reader.rules leaves out a box inset inside a cell whose lines
run on past it; a table drawn as separate boxes (cellspacing) keeps every line. No OCR here: the
rules of a page image only."""
import numpy as np

from jixiao.extract import ocr_reader


def _box(a, x0: int, y0: int, x1: int, y1: int) -> None:
    a[y0:y0 + 2, x0:x1 + 2] = 0
    a[y1:y1 + 2, x0:x1 + 2] = 0
    a[y0:y1 + 2, x0:x0 + 2] = 0
    a[y0:y1 + 2, x1:x1 + 2] = 0


def _grid(a, xs: list[int], ys: list[int]) -> None:
    for y in ys:
        a[y:y + 2, xs[0]:xs[-1] + 2] = 0
    for x in xs:
        a[ys[0]:ys[-1] + 2, x:x + 2] = 0


def _near(lines: list, at: int) -> list:
    return [l for l in lines if abs(l[0] - at) <= 4]


def test_a_form_fields_frame_inside_a_cell_is_no_rule():
    a = np.full((900, 1100), 250, np.uint8)
    xs, ys = [100, 300, 500, 700, 900], [100, 154, 208, 262]
    _grid(a, xs, ys)
    for top, bottom in zip(ys[1:], ys[2:]):
        _box(a, xs[0] + 7, top + 9, xs[1] - 7, bottom - 10)    # a <select>
        _box(a, xs[2] + 6, top + 9, xs[3] - 6, bottom - 7)     # a <textarea>
    # the last row cut open by the page break: no rule above it, its sides run up past its box
    a[262:402, 100:102] = a[262:402, 300:302] = 250
    _grid(a, xs, [340, 400])
    a[340:342, :] = 250
    _box(a, xs[2] + 6, 352, xs[3] - 6, 390)
    hs, vs = ocr_reader.rules(a)
    assert sorted(round(h[0]) for h in hs if h[0] < 300) == [y + 1 for y in ys], hs
    assert sorted(round(v[0]) for v in vs if v[1] < 300) == [x + 1 for x in xs], vs
    assert not _near(hs, 353) and not _near(hs, 391), hs
    assert not [v for v in vs if v[1] > 300 and abs(v[0] - (xs[2] + 7)) <= 4], vs


def test_a_table_of_separate_boxes_keeps_its_lines():
    # cellspacing: each cell its own box, the next box's side beside it as long as its own
    a = np.full((600, 900), 250, np.uint8)
    _box(a, 90, 90, 710, 232)                    # the table's frame
    for r in range(2):
        for c in range(3):
            _box(a, 100 + c * 200, 100 + r * 66, 290 + c * 200, 156 + r * 66)
    hs, vs = ocr_reader.rules(a)
    assert len(vs) == 2 + 6 * 2, vs
    assert len(hs) >= 2 + 2 * 2 and all(_near(hs, 101 + r * 66) and _near(hs, 157 + r * 66) for r in range(2)), hs
