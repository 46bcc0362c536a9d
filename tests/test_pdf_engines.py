"""PDFium (the default PDF reader) against pdfplumber: the same records on every corpus PDF."""
import pytest

from jixiao.extract import pdf_reader, read_document
from jixiao.normalize import normalize_document, records_frames
from jixiao.rules import check

from .conftest import REALWORLD, REPORTS, realworld_passing

PDFS = sorted(REPORTS.glob("00[0-2]_*.pdf")) + [REALWORLD / f"{s}.pdf" for s in realworld_passing()]


def _records(path, engine, monkeypatch):
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    doc = read_document(path)
    recs = normalize_document(doc, name=path.name)
    frames = {k: v.to_csv() for k, v in records_frames([recs]).items()}
    return doc, frames, sorted((f.rule, f.stated, f.expected, f.location) for f in check(recs))


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_pdfium_gives_the_records_pdfplumber_gives(path, monkeypatch):
    a, b = _records(path, "pdfplumber", monkeypatch), _records(path, "pdfium", monkeypatch)
    assert a[1] == b[1] and a[2] == b[2]
    assert [len(t.cells) for t in a[0].tables()] == [len(t.cells) for t in b[0].tables()]


def test_a_page_pdfium_cannot_read_is_read_with_pdfplumber(monkeypatch):
    from jixiao.extract import pdfium_page
    path = next(REPORTS.glob("002_*.pdf"))
    plain = _records(path, "pdfplumber", monkeypatch)
    calls = []

    def refuse(page, hidden=frozenset(), unseen=None):
        calls.append(page)
        raise pdfium_page.Unreadable("test")
    monkeypatch.setattr(pdfium_page, "read_page", refuse)
    fallback = _records(path, "pdfium", monkeypatch)
    assert calls and fallback[1] == plain[1] and fallback[2] == plain[2]
    assert [b.text for b in fallback[0].paragraphs()] == [b.text for b in plain[0].paragraphs()]


def test_unmapped_characters_send_the_page_back_to_pdfplumber():
    """A character PDFium cannot map (U+FFFD) is not trusted."""
    import pypdfium2 as pdfium

    from jixiao.extract import pdfium_page

    class Raw:
        """PDFium's API as the page would answer it, with one unmapped character."""
        def __getattr__(self, name):
            import pypdfium2.raw as raw
            return getattr(raw, name)

        @staticmethod
        def FPDFText_GetUnicode(tp, i):
            return 0xFFFD
    doc = pdfium.PdfDocument(str(next(REPORTS.glob("000_*.pdf"))))
    with pytest.raises(pdfium_page.Unreadable):
        pdfium_page._chars(doc[0], Raw(), pdfium_page._view(0, *doc[0].get_size()))


def _two_lines_pdf(first: str, second: str) -> bytes:
    """A page of two lines of Helvetica, the second under the first."""
    from .pdf_objects import pdf_bytes
    content = f"BT /F1 12 Tf 72 700 Td ({first}) Tj 0 -14 Td ({second}) Tj ET"
    return pdf_bytes(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
                      " /Contents 5 0 R >>", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                      f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"])


def test_a_hyphen_ending_a_line_is_read_as_the_hyphen_drawn():
    """PDFium hands on a hyphen that ends a line whose word goes on below as a control code (its
    hyphen mark): it is the hyphen drawn, as pdfminer reads it, and no character a font failed to give."""
    import hashlib

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from jixiao.extract import pdfium_page
    data = _two_lines_pdf("Sample-", "text here")
    doc = pdfium.PdfDocument(data)
    chars = pdfium_page._chars(doc[0], raw, pdfium_page._view(0, *doc[0].get_size()))
    assert "".join(c["text"] for c in chars).startswith("Sample-text")
    assert not any(c["text"] < " " for c in chars)
    read = pdf_reader.read_pdf("t.pdf", data, hashlib.sha256(data).hexdigest())
    assert not any("字体未给出对应文字" in w for w in read[0].warnings)
