"""A table printed with light grey rules (#ccc) under black text, scanned in grey with auto levels
(483's scan): the rules stay a few grey levels under the paper, as faint as the reverse's print
showing through a double-sided sheet, and were dropped with it; the page gave no table (1 row of
13). extract.ocr_reader.rules takes a page's faint lines for its rules where every line of the page
is faint and the faint ink is lines only (the reverse shows its text through with its rules). No
OCR here: the rules of a page image only."""
import cv2
import numpy as np

from jixiao.extract import ocr_reader

XS, YS = [100, 300, 500, 700, 900], [100, 180, 260, 340, 420, 500]


def _page(rule: int, text: int) -> np.ndarray:
    """A 4 x 5 grid of 2 px rules of grey `rule` on paper 254, a word of grey `text` in each cell."""
    a = np.full((700, 1000), 254, np.uint8)
    for y in YS:
        a[y:y + 2, XS[0]:XS[-1] + 2] = rule
    for x in XS:
        a[YS[0]:YS[-1] + 2, x:x + 2] = rule
    for y in YS[:-1]:
        for x in XS[:-1]:
            cv2.putText(a, "12.5%", (x + 30, y + 52), cv2.FONT_HERSHEY_SIMPLEX, 1.1, int(text), 2, cv2.LINE_AA)
    a[650:652, 100:101] = 3     # (the page's darkest: ink of a full black)
    return a


def _found(hs, vs):
    rows = [y for y in YS if any(abs(h[0] - y - 1) <= 3 and h[1] <= XS[0] + 3 and h[2] >= XS[-1] for h in hs)]
    cols = [x for x in XS if any(abs(v[0] - x - 1) <= 3 and v[1] <= YS[0] + 3 and v[2] >= YS[-1] for v in vs)]
    return rows, cols


def test_light_grey_rules_under_black_text_are_the_pages_rules():
    # 239 on paper 254, text 3: 0.06 of the way to the ink, where the reverse's print shows through
    rows, cols = _found(*ocr_reader.rules(_page(239, 3)))
    assert rows == YS and cols == XS, (rows, cols)


def test_faint_lines_with_faint_text_are_the_reverse_showing_through():
    # the other side's table, its words as faint as its rules: not this page's
    page = _page(239, 239)
    for x in range(100, 900, 100):  # this page's own words, in black, above the ghost's table
        cv2.putText(page, "12.5%", (x, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 3, 2, cv2.LINE_AA)
    hs, vs = ocr_reader.rules(page)
    assert not hs and not vs, (hs, vs)


def test_faint_lines_beside_the_pages_own_dark_rules_stay_out():
    # a page that has rules of its own at full ink: a faint line beside them is the reverse's
    page = _page(0, 3)
    page[140:142, 100:902] = 239
    hs, _ = ocr_reader.rules(page)
    assert not [h for h in hs if abs(h[0] - 141) <= 3], hs
    assert len(_found(*ocr_reader.rules(page))[0]) == len(YS)
