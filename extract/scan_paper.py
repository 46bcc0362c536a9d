"""The paper a scanned PDF page was, where the PDF says a size no paper has.

A PDF maker places a scanned image by the resolution the image says it was scanned at; a scanner
driver that writes none leaves the maker its default, 72 dpi, and a 200 dpi A4 scan becomes a page
of 32.5 x 23 inches. Rendered by that size the page is magnified 2.8 times, and everything a scan
reader measures in millimetres (a rule's thickness, a margin, a character's height) is wrong by as
much. No office paper is so big (A3, the largest a county office copies on, is 297 x 420 mm); the
image's own pixels say the paper: they fit a paper size at one of the resolutions scanners offer.
Only a page that is ONE image covering it, and larger than any office paper, is so read; a page
whose image fits no paper size at any of those resolutions keeps the size the PDF gives it.
"""
from __future__ import annotations

PAPERS_MM = ((210, 297), (297, 420), (148, 210), (250, 353), (176, 250), (257, 364), (182, 257),
             (216, 279), (216, 356))       # A4, A3, A5, B4, B5 (ISO), B4, B5 (JIS), Letter, Legal
SCAN_DPI = (75, 100, 150, 200, 240, 300, 400, 600)
LARGEST_MM = 500     # beyond A3's long side (420 mm) with room for a scan's margins: no office paper
FIT = 0.03           # a scan's pixels fit a paper within 3% each way (a sheet fed or cropped a little off)
COVERS = 0.95        # the image covers the page this much each way: the page is the scan
LARGEST_UNIT = 75000  # /UserUnit at most: 14,400 units of 75,000 points, ISO 32000-1 annex C's 15,000,000 inches


def covering_image(page):
    """A pypdfium2 page's one image object where it covers the page (the page is the scan), else None."""
    import pypdfium2.raw as pdfium_c
    w, h = page.get_size()
    images = [o for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    if len(images) != 1:
        return None
    left, bottom, right, top = images[0].get_bounds()
    return images[0] if right - left >= COVERS * w and top - bottom >= COVERS * h else None


def scanned_dpi(page) -> int | None:
    """The resolution at which a pypdfium2 page's one image is a paper size, where the page as the
    PDF gives it is larger than any office paper; None where it is not, or no resolution fits."""
    if max(page.get_size()) * 25.4 / 72 <= LARGEST_MM or (image := covering_image(page)) is None:
        return None
    px = sorted(image.get_px_size())
    for dpi in SCAN_DPI:
        mm = [p * 25.4 / dpi for p in px]
        if any(abs(mm[0] - a) <= FIT * a and abs(mm[1] - b) <= FIT * b for a, b in PAPERS_MM):
            return dpi
    return None


def user_units(data: bytes) -> dict[int, float]:
    """Page index (from 0) -> the page's /UserUnit (PDF 1.6, ISO 32000-1 table 30: the size of its default unit in
    points) where it is more than 1 and at most LARGEST_UNIT: a wide-format
    scanner's driver writes 2 and a /MediaBox of half the sheet (1897.scan: A4 as 306 x 396), so a page rendered
    by its box at DPI was read at half the resolution (大樱桃 read 大楼桃 in the project's name, nothing said). PDFium
    gives no page's unit: pdfminer reads it, only where the file names the key (or hides its objects in streams)."""
    if b"UserUnit" not in data and b"/ObjStm" not in data:
        return {}
    from io import BytesIO
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    try:
        units = {}
        for index, page in enumerate(PDFPage.create_pages(PDFDocument(PDFParser(BytesIO(data))))):
            unit = resolve1(page.attrs.get("UserUnit"))
            if isinstance(unit, (int, float)) and 1 < unit <= LARGEST_UNIT:
                units[index] = float(unit)
        return units
    except Exception:   # noqa: BLE001  (a PDF pdfminer cannot walk: its pages as PDFium gives them)
        return {}
