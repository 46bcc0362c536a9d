"""Scans as they come, thirty-fourth round (1894-1899): a page whose drawn image is a coarse screen copy of the scan
the PDF carries as its print alternate (1898.scan) is read from the alternate; a page whose box is in /UserUnit 2
(1897.scan, a wide-format scanner's) is read at the sheet's size."""
import zlib
from pathlib import Path

from jixiao.extract import ocr_reader
from jixiao.extract.scan_alternates import finer
from jixiao.extract.scan_paper import user_units

NATIVE = Path(__file__).resolve().parents[1] / "corpus" / "native"


def _pdf(drawn: tuple[int, int], alternate: tuple[int, int] | None, printing: bool = True,
         page_extra: str = "") -> bytes:
    """A one-page PDF (200 x 280 pt) drawing a white grey image of `drawn` pixels over the page; its alternate
    (`alternate` pixels, white with a black middle) listed under /Alternates."""
    objs = []

    def add(obj: bytes) -> int:
        objs.append(obj)
        return len(objs) + 2

    def image(size, middle: bool, extra: str = "") -> int:
        w, h = size
        rows = [bytes(0 if middle and w // 4 <= x < 3 * w // 4 and h // 4 <= y < 3 * h // 4 else 255
                      for x in range(w)) for y in range(h)]
        data = zlib.compress(b"".join(rows))
        return add(f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                   f"/BitsPerComponent 8 /Filter /FlateDecode{extra} /Length {len(data)} >>".encode()
                   + b"\nstream\n" + data + b"\nendstream")

    extra = ""
    if alternate:
        alt = image(alternate, True)
        extra = f" /Alternates [<< /Image {alt} 0 R /DefaultForPrinting {'true' if printing else 'false'} >>]"
    base = image(drawn, False, extra)
    content = b"q 200 0 0 280 0 0 cm /Im0 Do Q"
    c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    page = add(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 280] /Resources << /XObject << /Im0 {base} 0 R >> >> "
               f"/Contents {c} 0 R{page_extra} >>".encode())
    objs[:0] = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode()]
    body, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return body + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def test_a_finer_alternate_of_the_image_drawn_is_found_none_where_there_is_none():
    found = finer((NATIVE / "1898.scan.pdf").read_bytes(), 60_000_000)
    assert list(found) == [0] and found[0][0] == (877, 620) and found[0][1].size == (3508, 2481)
    assert finer((NATIVE / "1858.scan.pdf").read_bytes(), 60_000_000) == {}
    assert list(finer(_pdf((20, 28), (200, 280)), 60_000_000)) == [0]
    assert list(finer(_pdf((20, 28), (200, 280), printing=False), 60_000_000)) == [0]   # more pixels, unmarked
    assert finer(_pdf((20, 28), (10, 14)), 60_000_000) == {}          # an alternate coarser than the image drawn
    assert finer(_pdf((20, 28), (200, 280)), 50_000) == {}            # one past the pixels allowed
    assert finer(_pdf((20, 28), None), 60_000_000) == {}


def test_a_page_drawn_from_a_coarse_copy_is_read_from_its_alternate():
    """The page draws a white 20 x 28 copy; its alternate, 200 x 280, has a black middle: the page image is the
    alternate's, at the size the page is rendered, the two sizes kept to be said."""
    image, = ocr_reader._pdf_pages("t.pdf", _pdf((20, 28), (200, 280)))
    assert image.info["alternate"] == ((20, 28), (200, 280))
    grey = image.convert("L")
    assert grey.getpixel((grey.width // 2, grey.height // 2)) < 60 and grey.getpixel((3, 3)) > 200
    plain, = ocr_reader._pdf_pages("t.pdf", _pdf((20, 28), None))
    assert "alternate" not in plain.info


def test_a_pages_user_unit_is_read_and_the_page_rendered_as_the_sheet_it_is():
    """1897.scan: every page in /UserUnit 2, its box half the sheet; a page so written is rendered at twice the
    scale its box gives, so the sheet is read at DPI, not half of it."""
    assert user_units((NATIVE / "1897.scan.pdf").read_bytes()) == {0: 2.0, 1: 2.0}
    assert user_units((NATIVE / "1858.scan.pdf").read_bytes()) == {}
    assert user_units(_pdf((20, 28), None, page_extra=" /UserUnit 1")) == {}
    big, = ocr_reader._pdf_pages("t.pdf", _pdf((20, 28), None, page_extra=" /UserUnit 2"))
    plain, = ocr_reader._pdf_pages("t.pdf", _pdf((20, 28), None))
    assert big.info["unit"] == 2 and "unit" not in plain.info
    assert abs(big.width - 2 * plain.width) <= 1 and abs(big.height - 2 * plain.height) <= 1
