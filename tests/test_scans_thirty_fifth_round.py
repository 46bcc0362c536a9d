"""Scans as they come, 35th round (1930-1935): a 1-bit page drawn in a scanner driver's ORDERED-DITHER
('halftone') mode (1931.scan: a Bayer 8 x 8 matrix) is known by where its dots fall and read from its greys,
not taken for an interlaced frame's comb and a page strewn with specks (no row of 13 read at the branch
point). No OCR here: constructed pages."""
import io

import cv2
import numpy as np
from PIL import Image

from jixiao.extract import scan_dither, scan_interlace


def _bayer(n: int) -> np.ndarray:
    m = np.array([[0, 2], [3, 1]])
    while m.shape[0] < n:
        m = np.block([[4 * m, 4 * m + 2], [4 * m + 3, 4 * m + 1]])
    return m


def _typed(h: int = 600, w: int = 800) -> np.ndarray:
    """A ruled page of figures, grey: paper 246, ink 30, a little noise."""
    typed = np.full((h, w), 255, np.uint8)
    for y in range(60, 560, 50):
        cv2.line(typed, (40, y), (760, y), 0, 1)
        for x in (60, 260, 460):
            cv2.putText(typed, "43.1%", (x, y + 36), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2, cv2.LINE_AA)
    rng = np.random.default_rng(1931)
    return np.clip(30 + typed.astype(np.float32) * (246 - 30) / 255 + rng.normal(0, 2, typed.shape), 0, 255)


def _ordered(grey: np.ndarray, n: int = 8) -> np.ndarray:
    h, w = grey.shape
    t = (np.tile(_bayer(n), (h // n + 1, w // n + 1))[:h, :w] + 0.5) / (n * n) * 255
    return np.where(grey > t, 255, 0).astype(np.uint8)


def test_an_ordered_dither_is_known_by_where_its_dots_fall_and_other_1_bit_pages_are_not():
    """Issue 21 (1931.scan): a Bayer dither's dots on light paper keep the same places of every 8 x 8 tile; an
    error-diffusion dither (1008's), a fixed threshold (405's) and a grey page are no ordered dither."""
    grey = _typed()
    assert scan_dither.period(_ordered(grey, 8)) == 8
    assert scan_dither.period(_ordered(grey, 4)) == 4
    diffused = np.asarray(Image.fromarray(grey.astype(np.uint8)).convert("1").convert("L"))   # Floyd-Steinberg
    assert scan_dither.period(diffused) == 0
    assert scan_dither.period(np.where(grey > 138, 255, 0).astype(np.uint8)) == 0
    assert scan_dither.period(grey.astype(np.uint8)) == 0


def test_an_ordered_dither_is_read_from_its_greys_not_combed_back_as_an_interlaced_frame():
    """Issue 21 (1931.scan at 6943e7c9: the lattice read as an interlaced frame, its odd lines moved 1 px, 94,339
    specks removed, no row read): the page is averaged back to its greys (paper light and even, strokes dark),
    its 1-pixel rules drawn back solid (a blur alone greyed them out of the grid: 1931's 分值 | 得分 read as one
column, 8 | 8 as 88), said in info["dither"], and not combed."""
    grey = _typed()
    page = Image.fromarray(_ordered(grey, 8))
    laid = scan_interlace.laid_back(page)
    assert laid.info.get("dither") == 8 and not laid.info.get("combed")
    out = np.asarray(laid.convert("L"))
    typed = grey < 138
    core = cv2.erode(typed.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0
    paper = cv2.dilate(typed.astype(np.uint8), np.ones((9, 9), np.uint8)) == 0
    assert np.median(out[paper]) >= 225 and np.percentile(out[paper], 5) >= 200   # the lattice gone
    assert np.median(out[paper]) - np.median(out[core]) >= 120                      # the strokes kept
    assert out[60, 100:700].mean() <= 60 and out[110, 100:700].mean() <= 60       # 1-pixel rules kept solid
    plain = Image.fromarray(grey.astype(np.uint8))
    assert not scan_interlace.laid_back(plain).info.get("dither")


def test_a_pdf_page_of_an_ordered_dither_is_rendered_from_its_greys():
    """The PDF path (ocr_reader._pdf_pages through scan_interlace.rendered): a 1-bit image page in an ordered
    dither comes back at the reader's resolution with info["dither"]."""
    import zlib

    import pypdfium2 as pdfium
    bits = np.packbits(_ordered(_typed(), 8) > 127, axis=1).tobytes()
    data = zlib.compress(bits)
    h, w = 600, 800
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w * 72 / 200:.2f} {h * 72 / 200:.2f}] "
            "/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 "
            f"/Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"]
    content = f"q {w * 72 / 200:.2f} 0 0 {h * 72 / 200:.2f} 0 0 cm /Im0 Do Q".encode()
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    body, offsets = io.BytesIO(), []
    body.write(b"%PDF-1.4\n")
    for i, o in enumerate(objs, start=1):
        offsets.append(body.tell())
        body.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = body.tell()
    body.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    body.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    page = pdfium.PdfDocument(body.getvalue())[0]
    image = scan_interlace.rendered(page, 150)
    assert image.info.get("dither") == 8 and not image.info.get("combed")
    assert abs(image.size[0] - 600) <= 1 and abs(image.size[1] - 450) <= 1   # at 150 dpi
