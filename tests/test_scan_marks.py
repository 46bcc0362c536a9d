"""A reviewer's PDF comments over a scan are taken off the page the recogniser reads, and named
(extract/scan_marks.py)."""
import zlib

import numpy as np
import pypdfium2 as pdfium

from extract import scan_marks


def _utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _scan_with_comments() -> bytes:
    """One 200 x 100 pt page: a white image, over it a Highlight whose appearance is an opaque black
    box (over 20..80 x 20..80), a sticky note, and a FreeText box whose appearance is black (over
    120..180 x 20..80): a typewriter's words, which stay."""
    img = zlib.compress(bytes([255]) * 200 * 100)
    box = b"0 g 0 0 60 60 re f"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /XObject << /Im0 4 0 R >> >> "
            b"/Contents 5 0 R /Annots [7 0 R 8 0 R 10 0 R] >>",
            b"<< /Type /XObject /Subtype /Image /Width 200 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 "
            b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(img) + img + b"\nendstream",
            b"<< /Length 29 >>\nstream\nq 200 0 0 100 0 0 cm /Im0 Do Q\nendstream",
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 60 60] /Length %d >>\nstream\n" % len(box) + box
            + b"\nendstream",
            b"<< /Type /Annot /Subtype /Highlight /Rect [20 20 80 80] /QuadPoints [20 80 80 80 20 20 80 20] "
            b"/Contents " + _utf16("未达标").encode() + b" /AP << /N 6 0 R >> >>",
            b"<< /Type /Annot /Subtype /Text /Rect [90 80 100 90] /Contents " + _utf16("请补充").encode()
            + b" /AP << /N 6 0 R >> >>",
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 60 60] /Length %d >>\nstream\n" % len(box) + box
            + b"\nendstream",
            b"<< /Type /Annot /Subtype /FreeText /Rect [120 20 180 80] /DA (/Helv 9 Tf 0 g) /Contents (x) "
            b"/AP << /N 9 0 R >> >>"]
    body, offsets = b"%PDF-1.5\n", []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    body += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    return body + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def _dark(page, x: int, y: int) -> bool:
    grey = np.asarray(page.render(scale=1).to_pil().convert("L"))
    return grey[100 - y, x] < 128


def test_a_reviewers_marks_are_taken_off_a_scan_and_named_a_text_box_stays():
    page = pdfium.PdfDocument(_scan_with_comments())[0]
    assert _dark(page, 50, 50) and _dark(page, 150, 50)     # drawn as a viewer draws them
    named = scan_marks.taken_off(page)
    assert named == ["高亮“未达标”", "便笺“请补充”"]
    assert not _dark(page, 50, 50)       # the highlight's box no longer over the paper
    assert _dark(page, 150, 50)          # a text box may be what filled the form in: kept
    said = scan_marks.said("x.pdf", 1, named)
    assert "2 处 PDF 审阅批注" in said and "未读入记录" in said


def test_a_scan_with_no_comments_is_left_as_it_is():
    page = pdfium.PdfDocument(_scan_with_comments())[0]
    import pypdfium2.raw as raw
    for n in reversed(range(raw.FPDFPage_GetAnnotCount(page.raw))):
        raw.FPDFPage_RemoveAnnot(page.raw, n)
    assert scan_marks.taken_off(page) == []


def test_a_text_box_on_a_page_a_reviewer_marked_is_named_among_the_comments():
    page = pdfium.PdfDocument(_scan_with_comments())[0]
    named = scan_marks.taken_off(page)
    boxes = scan_marks.text_boxes(page)
    assert boxes == ["文本框“x”"]
    said = scan_marks.said("x.pdf", 1, named, boxes)
    assert "1 个 PDF 文本框（文本框“x”）" in said and "可能是审阅意见" in said
