"""A line read with doubt whose box holds no ink as dark as the page's print is no print of the page's
(ocr_reader._unprinted: a bleed-through, a smudge), unless the sure lines around it are as faint (a faint part
of the page, printed). No OCR: a made-up page and the engine's line boxes."""
import numpy as np

from jixiao.extract import ocr_reader


def _line(x, y, text="100%", score=0.95):
    return [[[x, y], [x + 60, y], [x + 60, y + 20], [x, y + 20]], text, score]


def _page(lines_ink: list[tuple[list, int]]):
    gray = np.full((600, 800), 240, dtype=np.uint8)
    for item, ink in lines_ink:
        (x0, y0), (x1, y1) = item[0][0], item[0][2]
        gray[y0 + 5:y1 - 5, x0 + 5:x1 - 5] = ink
    return gray


def test_a_faint_doubtful_line_is_unprinted_unless_the_sure_lines_near_it_are_as_faint():
    dark = [(_line(40, 40 + 40 * k), 30) for k in range(8)]            # the page's print, top left
    faint = [(_line(600, 400 + 40 * k), 185) for k in range(4)]        # a faint corner, printed
    far = (_line(300, 40, "8", 0.5), 200)        # doubtful, faint, among the dark print: not the page's
    near = (_line(680, 420, "9", 0.5), 200)      # doubtful, as faint as the print around it: kept
    items = dark + faint + [far, near]
    result = [item for item, _ in items]
    assert ocr_reader._unprinted(result, _page(items)) == {len(items) - 2}
