"""A picture placed on a printed page smaller than its own pixels (phone photos of a form pasted into a
Word file and saved as PDF, 1825.scan.pdf) whose table the page's rendering leaves without rows: read
again by OCR at its own pixels, alone, the page's printed lines above and below it kept
(extract.picture_alone)."""
import ctypes
import io
from pathlib import Path

from jixiao.extract import read_bytes
from jixiao.extract.picture_alone import shrunk

NATIVE = Path(__file__).resolve().parent.parent / "corpus" / "native"


def _heading_over_picture(dpi: int, width: float) -> bytes:
    """An A4 page: a printed heading, then a picture of a scanned form page (rendered at `dpi`) set
    `width` points wide."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    scan = pdfium.PdfDocument(NATIVE / "131.scan.pdf")[1].render(scale=dpi / 72).to_pil().convert("RGB")
    jpeg = io.BytesIO()
    scan.save(jpeg, format="JPEG", quality=90)
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    text = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(14))
    words = "Attachment 2: photographs of the form\x00".encode("utf-16-le")
    raw.FPDFText_SetText(text, ctypes.cast(ctypes.c_char_p(words), ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 72, 790)
    raw.FPDFPage_InsertObject(page.raw, text)
    image = pdfium.PdfImage.new(pdf)
    image.load_jpeg(io.BytesIO(jpeg.getvalue()), inline=False)
    h = width * scan.height / scan.width
    image.set_matrix(pdfium.PdfMatrix().scale(width, h).translate(72, 770 - h))
    page.insert_obj(image)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_picture_set_smaller_than_its_pixels_is_found_one_set_at_them_is_not():
    (got,) = shrunk(_heading_over_picture(300, 400), [1], 150).values()
    assert got["px"][0] > 2 * 400 / 72 * 150 and max(got["size"]) <= 842
    assert shrunk(_heading_over_picture(150, 450), [1], 150) == {}


def _first_page(path: Path) -> bytes:
    import pypdfium2 as pdfium
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(path), [0])
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def test_a_shrunk_picture_whose_table_the_page_left_rowless_is_read_at_its_own_pixels_the_heading_kept():
    doc = read_bytes(_first_page(NATIVE / "1825.scan.pdf"), "p.pdf")   # a photo under a heading, at 68%
    assert any("已按图片本身的像素单独识别" in w for w in doc.warnings)
    assert doc.paragraphs()[0].text.startswith("附件：项目支出绩效自评表")
    assert any(sum(1 for c in t.cells if c.text == "黑木耳优等品率") for t in doc.tables())
