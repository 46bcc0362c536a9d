"""A page printed white on black (735's photostat negative): OCR found its words but no rule, every
rule a light line on the dark ground, and the page gave no row (said, but nothing read).
extract.scan_cleanup.negative turns such a page over; a page printed black on paper, however much
ground or shading it holds, is left as it is. No OCR here: page images only."""
import numpy as np

from jixiao.extract import scan_cleanup


def _page():
    """A white page (150 dpi scale) with a grid of 1 px black rules and blocks of text's size."""
    a = np.full((900, 700), 240, np.uint8)
    for y in range(100, 741, 80):
        a[y, 100:601] = 20
    for x in (100, 300, 600):
        a[100:741, x] = 20
    for y in range(100, 661, 80):
        a[y + 30:y + 48, 120:220:3] = 20
    return a


def test_a_page_printed_white_on_black_is_turned_over():
    a = _page()
    neg = 255 - a
    neg[:20] = 236                                   # the copy board's white margin round it
    out, turned = scan_cleanup.negative(np.repeat(neg[..., None], 3, axis=2))
    assert turned
    assert out[101, 200, 0] == 255 - neg[101, 200] and out[100, 200, 0] < 60 and out[510, 400, 0] > 200


def test_a_page_with_dark_ground_round_it_is_no_negative():
    a = _page()
    a[:, :250] = 40                                  # a desk round a photographed sheet, a third of the image
    out, turned = scan_cleanup.negative(a)
    assert not turned and out is a
    out, turned = scan_cleanup.negative(np.full((50, 50), 30, np.uint8))   # all dark: nothing printed on it
    assert not turned
