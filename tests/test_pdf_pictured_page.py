"""A printed page that holds a picture with no text layer over it (a table pasted into the document
as an image): the page is read by OCR whole, its text layer's blocks giving way to OCR's; without
OCR its text layer is kept and the picture is said unread, never silently."""
import ctypes
import io
from pathlib import Path

from jixiao.extract import ocr_reader, read_bytes

NATIVE = Path(__file__).resolve().parent.parent / "corpus" / "native"


def _text_over_picture() -> bytes:
    """A page of one printed line (a standard font) over a picture of a scanned form page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    scan = pdfium.PdfDocument(NATIVE / "131.scan.pdf")[1].render(scale=150 / 72).to_pil().convert("RGB")
    jpeg = io.BytesIO()
    scan.save(jpeg, format="JPEG", quality=90)
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    text = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(14))
    words = "Attachment 2: self-evaluation form\x00".encode("utf-16-le")
    raw.FPDFText_SetText(text, ctypes.cast(ctypes.c_char_p(words), ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 60, 750)
    raw.FPDFPage_InsertObject(page.raw, text)
    image = pdfium.PdfImage.new(pdf)
    image.load_jpeg(io.BytesIO(jpeg.getvalue()), inline=False)
    w, h = 500, 500 * scan.height / scan.width
    image.set_matrix(pdfium.PdfMatrix().scale(w, h).translate(56, 730 - h))
    page.insert_obj(image)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_without_ocr_the_picture_is_said_unread_and_the_text_layer_kept(monkeypatch):
    monkeypatch.setattr(ocr_reader, "ENABLED", False)
    doc = read_bytes(_text_over_picture(), "p.pdf")
    assert any(p.text.startswith("Attachment 2") for p in doc.paragraphs())
    assert any(w.startswith("第1页有一幅图片") and "图中的内容未能读取" in w for w in doc.warnings)


def test_with_ocr_the_page_is_read_whole_from_its_image():
    doc = read_bytes(_text_over_picture(), "p.pdf")
    assert "第1页有一幅图片（如粘贴为图片的表格）没有文字层，已按图像识别整页，请核对原件" in doc.warnings
    assert any(any("三级指标" in c.text or "得分" in c.text for c in t.cells) for t in doc.tables())
    assert all(b.loc.page == 1 for b in doc.blocks)


def test_pdfium_finds_the_page_pictures_where_pdfplumber_does():
    """The picture check asks PDFium for a page's image boxes (extract.pdfium_page.pictures): asking
    pdfplumber for page.images makes pdfminer lay the whole page out again (slow, and its font warnings
    on every Chromium-printed page). The boxes are pdfplumber's, as shown from the page's top."""
    import pdfplumber
    import pypdfium2 as pdfium

    from jixiao.extract.pdfium_page import pictures
    data = _text_over_picture()
    (got,) = pictures(pdfium.PdfDocument(data)[0])
    (want,) = pdfplumber.open(io.BytesIO(data)).pages[0].images
    assert all(abs(got[k] - float(want[k])) < 0.5 for k in ("x0", "x1", "top", "bottom"))
