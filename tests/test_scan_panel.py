"""A translucent dark panel over a scanned page (a watermark camera's time-and-place stamp, 1643's scan):
lifted to the paper round it, its own light words with it, the print under it kept (extract.scan_panel)."""
import cv2
import numpy as np

from jixiao.extract import ocr_reader, scan_panel


def _table(paper: int = 212) -> np.ndarray:
    """A landscape page at 150 dpi: a ruled table of 8 rows and 4 columns with a word in each cell."""
    page = np.full((1240, 1754), paper, np.uint8)
    for y in range(200, 1121, 115):
        cv2.line(page, (70, y), (1680, y), 30, 2)
    for x in (70, 400, 800, 1200, 1680):
        cv2.line(page, (x, 200), (x, 1120), 30, 2)
    for y in range(200, 1120, 115):
        for x in (70, 400, 800, 1200):
            cv2.putText(page, "abc 12", (x + 30, y + 70), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 30, 3)
    return page


def _stamped(page: np.ndarray, box=(50, 960, 530, 1190), shade: float = 0.58) -> np.ndarray:
    """The page under a watermark camera's panel: the box at `shade` of its light, white words in it."""
    x0, y0, x1, y1 = box
    out = page.copy()
    out[y0:y1, x0:x1] = (out[y0:y1, x0:x1] * shade).astype(np.uint8)
    cv2.putText(out, "10:42", (x0 + 20, y0 + 110), cv2.FONT_HERSHEY_SIMPLEX, 3.0, 255, 8)
    cv2.putText(out, "2024.03.19", (x0 + 20, y0 + 190), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 255, 2)
    return out


def test_a_watermark_panel_is_lifted_to_the_paper_and_its_edges_make_no_rules():
    page = _table()
    stamped = _stamped(page)
    assert len(ocr_reader.rules(stamped)[1]) > len(ocr_reader.rules(page)[1])   # its edge read as a rule before
    lifted, panels = scan_panel.without_panels(stamped)
    assert len(panels) == 1
    x0, y0, x1, y1 = panels[0]
    # the panel inside its box, the box at most 4 mm beyond it (print at its edge taken in)
    assert 26 <= x0 <= 58 and 936 <= y0 <= 968 and 522 <= x1 <= 554 and 1182 <= y1 <= 1214
    inside = lifted[970:1180, 60:520]
    assert abs(int(np.median(inside)) - 212) <= 4          # its ground the paper round it
    assert inside.max() <= 212                               # its white words gone to paper, none lighter
    assert lifted[1000, 400] <= 60 and lifted[1120, 200] <= 60   # the table's rules under it still dark
    hs, vs = ocr_reader.rules(lifted)
    hs0, vs0 = ocr_reader.rules(page)
    assert len(vs) == len(vs0) and len(hs) == len(hs0)      # no rule along its edges


def test_what_is_no_translucent_panel_is_left_as_it_was():
    page = _table()
    black = page.copy()
    black[960:1190, 50:530] = 25                             # a block printed black: as dark as the print
    edge = _stamped(page, (0, 960, 530, 1190))               # along the image's edge: ground, a shadow
    lens = page.copy()
    disc = np.zeros_like(page, bool)
    cv2.circle(disc.view(np.uint8), (300, 1000), 150, 1, -1)
    lens[disc] = (lens[disc] * 0.58).astype(np.uint8)        # round: a magnifier's rim, a blot
    for img in (page, black, edge, lens):
        out, panels = scan_panel.without_panels(img)
        assert out is img and panels == []


def test_a_cell_shaded_dark_in_the_form_with_white_words_is_no_panel():
    page = _table()
    page[316:429, 72:399] = 110                              # a header cell shaded dark grey, between its rules
    cv2.putText(page, "HEAD", (100, 390), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 255, 5)
    out, panels = scan_panel.without_panels(page)
    assert out is page and panels == []
