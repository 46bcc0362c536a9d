"""A header row printed white on black (405's 1-bit scan: the indicator table's head solid black, its
words white): OCR reads white words on black as nothing, and the cell rules inside the band are
black on black, so the table had no header and no row was read. extract.scan_cleanup
.without_dark_bands turns such a band over and draws its frame and cell rules in again. No OCR
here: the page image and its rules, a row of a corpus page printed white on black in the test."""
import numpy as np

from jixiao.extract import ocr_reader, scan_cleanup
from jixiao.extract.rule_stack import cluster

from .conftest import ROOT


def _page():
    import pypdfium2 as pdfium
    path = ROOT / "corpus" / "native" / "400.pdf"   # a typed form: the fund table, then the indicator table
    page = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil().convert("L")
    return np.asarray(page).copy()


def _columns(vs, y0, y1) -> list[int]:
    return [round(x) for x in cluster([v[0] for v in vs if v[1] <= y0 + 3 and v[2] >= y1 - 3], ocr_reader.SNAP)]


def _a_row(clean):
    """A table's head row: between two rules across it, crossed by at least three rules down, none of
    them coming down from above it (it tops its table), the row under it on the same columns."""
    hs, vs = ocr_reader.rules(clean)
    ys = cluster([h[0] for h in hs], ocr_reader.SNAP)
    for y0, y1, y2 in zip(ys, ys[1:], ys[2:]):
        cols = _columns(vs, y0, y1)
        if 25 <= y1 - y0 <= 80 and len(cols) >= 4 and cols == _columns(vs, y1, y2) and \
                not any(v[1] < y0 - 8 and v[2] > y0 for v in vs):
            return round(y0), round(y1), cols
    raise AssertionError("no row of words in the page's table")


def test_a_row_printed_white_on_black_is_turned_over_with_its_cell_rules():
    clean = _page()
    y0, y1, cols = _a_row(clean)
    x0, x1 = cols[0], cols[-1]
    dark = clean.copy()
    band = clean[y0 - 1:y1 + 3, x0 - 1:x1 + 3]
    words = band < 128
    words[:, [x - x0 + 1 + d for x in cols for d in range(-2, 4) if 0 <= x - x0 + 1 + d < band.shape[1]]] = False
    words[:4, :] = words[-4:, :] = False        # the rules over and under it: black on black
    dark[y0 - 1:y1 + 3, x0 - 1:x1 + 3] = np.where(words, 255, 0).astype(np.uint8)
    _, vs_dark = ocr_reader.rules(dark)
    assert _columns(vs_dark, y0, y1) != cols            # the band hides its cells' edges
    out, n = scan_cleanup.without_dark_bands(dark)
    assert n == 1
    _, vs = ocr_reader.rules(out)
    found = _columns(vs, y0, y1)
    assert len(found) == len(cols) and all(abs(a - b) <= 2 for a, b in zip(found, cols)), (found, cols)
    # its words black on white again, where they stood
    inner = (slice(y0 + 4, y1 - 3), slice(x0 + 4, x1 - 3))
    assert ((out[inner] < 128) == (clean[inner] < 128)).mean() > 0.97
    assert np.array_equal(out[:y0 - 10], clean[:y0 - 10]) and np.array_equal(out[y1 + 10:], clean[y1 + 10:])


def test_a_page_without_a_dark_band_is_left_alone():
    clean = _page()
    out, n = scan_cleanup.without_dark_bands(clean)
    assert n == 0 and out is clean


def test_paper_in_shade_with_print_on_it_is_no_white_on_black_band():
    """A phone photo under fluorescent light (1006.scan): the rolling shutter leaves soft dark bands
    across the page, its paper in them darker than the page's paper by more than ink is, the print
    standing on them darker still. Taken for white-on-black rows, they were turned over (the print
    white), framed, and the grid's rows inside them lost: nothing of the page was read."""
    clean = _page()
    h, _ = clean.shape
    y = np.arange(h, dtype=np.float32)[:, None]
    shade = (0.5 + 0.5 * np.sin(2 * np.pi * y / 142)) ** 2          # bands 24 mm apart at 150 dpi
    lit = np.clip(clean.astype(np.float32) * (236 / 255) * (1 - 0.38 * shade), 0, 255).astype(np.uint8)
    out, n = scan_cleanup.without_dark_bands(lit)
    assert n == 0 and out is lit


def test_a_band_lying_across_the_page_is_taken_out_and_the_rules_under_it_drawn_on():
    # 1351.scan: a rubber band left round the stack, 5 mm wide, across page 1 at 9 degrees: its edges
    # read as rules and split the rows' cells, the header under it lost, 10 of 13 rows unread. A long,
    # straight, solid band leaning off the page's lines is no print: painted paper, and the rules it
    # lay across drawn on through it (a slanted band crosses a rule over a long stretch)
    import cv2
    clean = _page()
    h, w = clean.shape
    hs, _ = ocr_reader.rules(clean)
    banded = clean.copy()
    mm = 150 / 25.4
    cv2.line(banded, (0, round(0.36 * h)), (w - 1, round(0.47 * h)), 78, round(5 * mm))
    mask = scan_cleanup.lying_bands(banded)
    assert mask is not None and 0.01 < mask.mean() < 0.06
    assert scan_cleanup.lying_bands(clean) is None
    out = scan_cleanup.without_lying_bands(banded, mask)
    assert out[mask].min() >= 128 or (out[mask] < 128).mean() < 0.05   # the band gone, a rule's line at most
    again, _ = ocr_reader.rules(out)
    long_before = sorted(round(y) for y, a, b in ((l[0], l[1], l[2]) for l in hs) if b - a > 0.5 * w)
    long_after = sorted(round(y) for y, a, b in ((l[0], l[1], l[2]) for l in again) if b - a > 0.5 * w)
    assert len(long_after) >= len(long_before) - 1, (long_before, long_after)
    # an upright or level bar (a printed black rule, a header band) is no band lying across
    bar = clean.copy()
    cv2.rectangle(bar, (20, round(0.5 * h)), (w - 20, round(0.5 * h) + round(5 * mm)), 0, -1)
    assert scan_cleanup.lying_bands(bar) is None
