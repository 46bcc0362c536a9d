"""A stamp pressed askew over the print (733's black 已审核, ink as black as the print, its date line turned 7
degrees over a figure cell): OCR read the date as a line like the page's own and it went into the cell
(100%2024.03.28). The page's lines are level once it is straightened; a line turned from them by
ocr_reader.TILT degrees or more is no print of the page's, left out and said. No OCR: the engine's line
boxes, made up."""
import math

from jixiao.extract import ocr_reader


def _line(x, y, width, height, degrees=0.0, text="100%"):
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    pts = [(x, y), (x + width * c, y + width * s), (x + width * c - height * s, y + width * s + height * c),
           (x - height * s, y + height * c)]
    return [[list(p) for p in pts], text, 0.95]


def _page(degrees=0.0):
    return [_line(100, 100 + 40 * k, 200, 20, degrees) for k in range(8)]


def test_a_line_turned_from_the_pages_lines_is_no_print():
    page = _page() + [_line(400, 300, 180, 18, -7.0, "2024.03.28")]
    assert ocr_reader._tilted(page) == {8}


def test_a_page_turned_a_little_as_a_whole_keeps_its_lines():
    assert ocr_reader._tilted(_page(1.2) + [_line(400, 300, 180, 18, 3.5)]) == set()


def test_a_short_line_is_not_measured():
    assert ocr_reader._tilted(_page() + [_line(400, 300, 30, 20, -7.0, "6")]) == set()
