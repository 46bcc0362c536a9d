"""Scans in traditional characters: a page whose first reading is in traditional script is
recognised again by the v6 model that knows its characters (extract/ocr_script.py); a simplified
page is read by the engine's model alone, exactly as before."""
import numpy as np
import pypdfium2 as pdfium
import pytest

from jixiao.extract import ocr_reader, ocr_script
from jixiao.extract.model import Document

from .conftest import ROOT


def _crop(path, page, top, bottom):
    """Rows top:bottom of a scan's page (part of a table: a few seconds' OCR, not a whole file)."""
    page = pdfium.PdfDocument(str(path))[page]
    return np.ascontiguousarray(np.asarray(page.render(scale=ocr_reader.DPI / 72).to_pil().convert("RGB"))[top:bottom])


def _read(rgb):
    doc = Document(source="p.pdf", format="pdf", sha256="")
    ocr_reader._read_page(doc, "p.pdf", 1, rgb, [])
    cells = "".join(c.text for _, c in doc.iter_cells())
    return doc, cells


def test_a_traditional_page_is_recognised_again_with_a_model_that_knows_its_characters():
    # 050's indicator table, written in traditional characters: the engine's model has no 驛
    # (人才驛站 read as 人才站), so the indicators' names did not match the document's
    doc, cells = _read(_crop(ROOT / "corpus" / "realworld" / "050.scan.pdf", 0, 130, 380))
    assert ocr_script.available()
    assert "人才驛站組織活動數量" in cells and "當年獲得寧德市級以上確認" in cells
    said = [w for w in doc.warnings if ocr_script.MODEL in w]
    assert len(said) == 1 and said[0].startswith("第1页为繁体字")


def test_a_simplified_page_is_read_by_the_engines_model_alone_but_its_doubtful_lines(monkeypatch):
    real, first, again = ocr_script._wide, [], []

    class Counting:   # a recogniser that counts the lines it is given
        def __init__(self, rec, seen):
            self.rec, self.seen = rec, seen

        def __call__(self, crops, *a):
            self.seen.append(len(crops))
            return self.rec(crops, *a)

    monkeypatch.setattr(ocr_script, "_wide", lambda *a: Counting(real(*a), again))
    text_rec = ocr_reader.engine().text_rec
    monkeypatch.setattr(text_rec, "rec", Counting(text_rec.rec, first))
    doc, cells = _read(_crop(ROOT / "corpus" / "formats" / "001_378a17285719ce98.scan.pdf", 1, 550, 1000))
    changed, han = text_rec.last      # the page's script was looked at
    assert han > 50 and not ocr_script.is_traditional(changed, han)
    assert "产出指标" in cells and "基本医疗参保人数" in cells and not doc.warnings
    assert sum(first) > 20 and sum(again) <= 0.2 * sum(first)   # v6 on a few lines, not the page


@pytest.mark.parametrize("texts, traditional", [
    (["實際完成值", "預算執行率", "指標權重"], True),
    (["实际完成值", "预算执行率", "指标权重"], False),
    (["项目支出绩效自评表"] * 20 + ["於"], False),       # one stray character in a simplified page
    (["項目"], False),                                    # too little text to tell
])
def test_a_page_is_traditional_by_the_share_of_characters_t2s_changes(texts, traditional):
    assert ocr_script.is_traditional(*ocr_script.script_counts(texts)) is traditional
