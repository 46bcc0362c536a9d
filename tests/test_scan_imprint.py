"""An endorser's imprint down a scanned page (extract/scan_imprint.py): 1607.scan's production-scanner string
(XXDA 20240401 093517 B0042 P00001 *COPY*, 5 x 7 dot-matrix characters 2.6 mm tall turned 90 degrees) ran down
the 实际完成值 column; its characters were read into the figures (5.2万亩 as .2万亩, 94.6% as 4.6%) and after the
project's name (a stray 2), with three false flags and nothing said of the imprint. Here a printed page's
image (a table's rules, cells of figures and words, 001's page 2) is given such a string down it; no OCR."""
import functools

import numpy as np
import pypdfium2 as pdfium

from jixiao.extract import scan_imprint

from .conftest import REPORTS

DPI = 150
MM = DPI / 25.4


@functools.lru_cache(maxsize=1)
def _page():
    path = next(REPORTS.glob("001_*.pdf"))
    img = pdfium.PdfDocument(str(path))[1].render(scale=DPI / 72).to_pil().convert("L")
    return np.asarray(img).astype(np.uint8)


def _dots(text: str):
    """`text` as an endorser prints it: each character on a 5 x 7 grid of round dots 2.6 mm tall, the
    string turned 90 degrees clockwise (down the page); a mask, 1 where ink is."""
    import cv2
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 70)
    big = Image.new("L", (42 * len(text), 90), 0)
    ImageDraw.Draw(big).text((0, 4), text, font=font, fill=255)
    grid = np.asarray(big.resize((6 * len(text), 9), Image.BOX)) > 70
    pitch = 2.6 / 7 * MM
    mask = np.zeros((int(9 * pitch) + 4, int(6 * len(text) * pitch) + 4), np.uint8)
    for y, x in zip(*np.nonzero(grid)):
        cv2.circle(mask, (int(2 + (x + 0.5) * pitch), int(2 + (y + 0.5) * pitch)), 1, 1, -1)
    return np.rot90(mask, -1)


def _imprinted(x_mm: float, top_mm: float = 18):
    page = _page().copy()
    mask = _dots("XXDA 20240401 093517 B0042 P00001 *COPY*")
    x0, y0 = int(x_mm * MM), int(top_mm * MM)
    h, w = min(mask.shape[0], page.shape[0] - y0), mask.shape[1]
    page[y0:y0 + h, x0:x0 + w][mask[:h] > 0] = 40
    return page, (x0, y0, x0 + w, y0 + h)


def test_a_band_of_characters_turned_down_the_page_is_found_where_it_runs():
    page, (x0, y0, x1, y1) = _imprinted(0.58 * _page().shape[1] / MM)
    found = scan_imprint.bands(page, DPI)
    assert len(found) == 1, found
    bx0, by0, bx1, by1 = found[0]
    # the dots' box (the mask's rows of air aside), and the most of the string's length
    assert x0 - 3 <= bx0 < bx1 <= x1 + 3 and bx1 - bx0 >= 2 * MM and by0 <= y0 and by1 - y0 >= 0.8 * (y1 - y0), \
        (found, (x0, y0, x1, y1))
    assert scan_imprint.holds(found[0], (bx0 - 2, y0 + 20, bx1 + 2, y0 + 40), 0.5 * MM)   # a line read from it alone
    assert not scan_imprint.holds(found[0], (bx0 - 30, y0 + 20, bx1, y0 + 40), 0.5 * MM)  # one it runs over


def test_a_printed_page_has_no_such_band():
    """The page's cells of figures under one another (their ≥ aligned down a column), its words and rules:
    none is a band, nor is the page turned a quarter (every line down it, set as a page's text is)."""
    assert scan_imprint.bands(_page(), DPI) == []
    assert scan_imprint.bands(np.ascontiguousarray(np.rot90(_page())), DPI) == []


def test_a_word_of_the_band_read_at_a_lines_end_is_cut_off():
    """1607.scan's name 2023年丘北县辣椒产业发展项目 2: the band's 2 read as the line's last word."""
    band = [(100, 0, 120, 500)]
    text = "发展项目 2"
    centers = [20, 35, 50, 65, 80, 110]
    assert scan_imprint.trimmed(text, centers, (10, 40, 118, 60), band) == ("发展项目", centers[:4])
    assert scan_imprint.trimmed("2 发展项目", [110, 120, 135, 150, 165, 180], (100, 40, 190, 60), band) == \
        ("发展项目", [135, 150, 165, 180])
    assert scan_imprint.trimmed("发展 项目", [20, 35, 50, 90, 110], (10, 40, 120, 60), band) is None   # a word half in it
    assert scan_imprint.trimmed(text, centers, (10, 600, 118, 620), band) is None   # below the band
