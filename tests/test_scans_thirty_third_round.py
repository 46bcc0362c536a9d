"""Scans as they come, thirty-third round (1858-1863): a PDF portfolio read as the files in it (1861.scan), and a
correction that makes a term of the forms' vocabulary held for the same reading elsewhere (1859.scan)."""
from io import BytesIO
from pathlib import Path

import pytest

from jixiao.extract import ocr_words, read_bytes
from jixiao.extract.pdf_files import portfolio_files

NATIVE = Path(__file__).resolve().parents[1] / "corpus" / "native"


def test_a_pdf_portfolios_embedded_file_is_found_a_plain_pdf_gives_none():
    files = portfolio_files((NATIVE / "1861.scan.pdf").read_bytes())
    assert [name for name, _ in files] == ["西峡县香菇产业发展项目绩效自评表（扫描件）.pdf"]   # (its UTF-16 name decoded)
    assert files[0][1].startswith(b"%PDF")
    assert portfolio_files((NATIVE / "1858.scan.pdf").read_bytes()) is None
    assert portfolio_files((NATIVE / "1861.pdf").read_bytes()) is None


def test_a_pdf_portfolio_is_read_as_its_files_not_its_cover_page():
    """The cover sheet of 1861.scan with the form's printed PDF in it as the one file: its records are the file's,
    each block naming the file, said."""
    pypdf = pytest.importorskip("pypdf")
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject
    cover = pypdf.PdfReader(NATIVE / "1861.scan.pdf")
    writer = pypdf.PdfWriter()
    writer.add_page(cover.pages[0])
    writer.add_attachment("自评表.pdf", (NATIVE / "1861.pdf").read_bytes())
    writer._root_object[NameObject("/Collection")] = DictionaryObject({
        NameObject("/Type"): NameObject("/Collection"), NameObject("/D"): TextStringObject("自评表.pdf")})
    buf = BytesIO()
    writer.write(buf)
    doc = read_bytes(buf.getvalue(), "portfolio.pdf")
    assert any("PDF 包" in w and "“自评表.pdf”" in w for w in doc.warnings)
    texts = [c.text for _, c in doc.iter_cells()]
    assert "香菇每万袋产值" in texts and "3.6万元" in texts
    assert not any("Adobe Reader" in p.text for p in doc.paragraphs())
    assert all(c.loc.embedded == "附件“自评表.pdf”" for _, c in doc.iter_cells())


def test_a_correction_to_a_form_term_is_not_taken_back_and_holds_for_the_same_reading_elsewhere():
    """1859.scan: 满意度 read 满总度 in three cells, one line's runner-ups correcting it: the two others are the
    recogniser's same misreading, not the document's own word."""
    line = "服务对象满总度指标"
    changes = [("满总度", "满意度", line)]
    texts = ["服务对象满意度指标", "种植户满总度", "收购企业满总度", "满忌度指标"]
    assert ocr_words.to_form_term("满总度", "满意度")
    assert ocr_words.by_word_read(texts, changes) == []
    assert ocr_words.by_document(texts, changes) == []
    assert ocr_words.spread(texts, changes) == [("满总度", "满意度", 2)]
    # a word no term of the forms: the document's own word as ever (1754.scan's 筏架)
    assert not ocr_words.to_form_term("筏架", "花架")
    assert ocr_words.spread(["每台花架更新补助", "更新深水抗风浪筏架"], [("筏架", "花架", "每台筏架更新补助")]) == []


def test_a_correction_from_a_term_or_a_word_is_no_form_terms_correction():
    """A word read that is a term (执行数) or a word of the dictionary (花架) is no misreading to spread."""
    assert not ocr_words.to_form_term("执行数", "执行率")
    assert ocr_words.spread(["全年执行数", "预算执行率"], [("执行数", "执行率", "预算执行数")]) == []
    assert not ocr_words.to_form_term("花架", "满意度")
