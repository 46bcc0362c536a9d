"""A frame grabbed from interlaced video (1104's scan: the odd lines from the next field, after the
page moved 3 px): every upright stroke combed, and OCR read the page as garbage (no row of 13).
extract.scan_interlace lays the odd lines back on the even ones where one shift matches them far
better than none, at the image's own lines (a PDF page that is one image is rendered at the image's
scale first: at another scale the lines are blended). A page scanned whole, upright or askew, is
left as it was. No OCR here."""
import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from jixiao.extract import scan_interlace


def _page() -> np.ndarray:
    """A grid of upright and level rules with figures in the cells, grey on white, RGB."""
    a = np.full((400, 600), 250, np.uint8)
    for y in range(40, 361, 64):
        a[y:y + 2, 40:562] = 20
    for x in range(40, 561, 130):
        a[40:362, x:x + 2] = 20
    for y in range(40, 300, 64):
        for x in range(40, 430, 130):
            cv2.putText(a, "98.5", (x + 20, y + 44), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 20, 2, cv2.LINE_AA)
    return np.dstack([a, a, a])


def _combed(a: np.ndarray, shift: int) -> np.ndarray:
    out = a.copy()
    out[1::2] = np.roll(a[1::2], shift, axis=1)
    return out


def test_the_odd_field_is_laid_back_on_the_even_one():
    page = _page()
    back, shift = scan_interlace.woven(_combed(page, 3))
    assert shift == -3
    assert np.abs(back[:, 10:-10].astype(int) - page[:, 10:-10]).max() == 0


def test_a_page_scanned_whole_is_left_alone():
    page = _page()
    assert scan_interlace.woven(page)[1] == 0
    turned = cv2.warpAffine(page, cv2.getRotationMatrix2D((300, 200), 3.0, 1.0), (600, 400), borderValue=(250, 250, 250))
    assert scan_interlace.woven(turned)[1] == 0


def test_a_pdf_page_of_one_combed_image_is_laid_back_at_its_own_lines():
    buf = io.BytesIO()
    Image.fromarray(_combed(_page(), 3)).save(buf, "PDF", resolution=100)
    page = pdfium.PdfDocument(buf.getvalue())[0]
    image = scan_interlace.rendered(page, 150)
    assert image.info.get("combed") == -3
    assert image.size == page.render(scale=150 / 72).to_pil().size


def test_an_image_file_of_a_combed_frame_is_laid_back():
    image = scan_interlace.laid_back(Image.fromarray(_combed(_page(), -2)))
    assert image.info.get("combed") == 2
    assert scan_interlace.laid_back(Image.fromarray(_page())).info.get("combed") is None
