"""A scanned PDF page placed at 72 dpi by a driver that wrote no resolution (extract.scan_paper):
the page read as the paper its pixels fit, not at the size the PDF gives it."""
from io import BytesIO

import pypdfium2 as pdfium
from PIL import Image

from jixiao.extract import ocr_reader, scan_paper


def _pdf(size: tuple[int, int], resolution: float) -> bytes:
    out = BytesIO()
    Image.new("L", size, 240).save(out, "PDF", resolution=resolution)
    return out.getvalue()


def test_a_scan_placed_at_72_dpi_is_read_as_the_paper_its_pixels_fit():
    # A4 landscape scanned at 200 dpi (2339 x 1654 px) placed at 72 dpi: a 32.5 x 23 inch page.
    data = _pdf((2339, 1654), 72)
    assert scan_paper.scanned_dpi(pdfium.PdfDocument(data)[0]) == 200
    (image,) = ocr_reader._pdf_pages("made-up.pdf", data)
    # rendered as A4 at the reader's DPI (297 x 210 mm), not 2.8 times it
    assert abs(image.width - 297 / 25.4 * ocr_reader.DPI) <= 2 and abs(image.height - 210 / 25.4 * ocr_reader.DPI) <= 2
    assert image.info["placed"][:4] == (200, 32.5, 23.0, 72)


def test_a_scan_of_paper_size_or_of_no_paper_keeps_the_size_the_pdf_gives_it():
    assert scan_paper.scanned_dpi(pdfium.PdfDocument(_pdf((2339, 1654), 200))[0]) is None    # A4 as placed
    assert scan_paper.scanned_dpi(pdfium.PdfDocument(_pdf((1000, 3100), 72))[0]) is None     # fits no paper
