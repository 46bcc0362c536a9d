"""A PDF whose pages are printed text but for one (a scanned page among them, or one whose text
layer is glyph codes): that page is read by OCR, and a table the page break cut between the two
kinds of page reads as one table, with the first page's header and columns."""
import io
from pathlib import Path

import pytest

from jixiao.extract import ocr_reader, read_bytes

NATIVE = Path(__file__).resolve().parent.parent / "corpus" / "native"
SCANNED = "第2页没有文字层（扫描页），已按图像识别"


def _printed_then_scanned(stem: str) -> bytes:
    """Page 1 of the form as printed, page 2 of its scan (an image, no text)."""
    import pypdfium2 as pdfium
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(NATIVE / f"{stem}.pdf"), [0])
    mixed.import_pages(pdfium.PdfDocument(NATIVE / f"{stem}.scan.pdf"), [1])
    buf = io.BytesIO()
    mixed.save(buf)
    return buf.getvalue()


def _printed_then_glyph_codes(stem: str) -> bytes:
    """Page 1 of the form as printed, page 2 from the print without ToUnicode (its text layer glyph
    codes: corpus/native/make.py drop_to_unicode)."""
    import pypdfium2 as pdfium
    data = (NATIVE / f"{stem}.pdf").read_bytes()
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(data), [0])
    mixed.import_pages(pdfium.PdfDocument(data.replace(b"/ToUnicode", b"/ToUnicodX")), [1])
    buf = io.BytesIO()
    mixed.save(buf)
    return buf.getvalue()


def _indicators(doc):
    return [t for t in doc.tables() if any("三级指标" in c.text for c in t.cells)]


@pytest.mark.parametrize("stem", ["131", "145"])
def test_a_table_cut_between_a_printed_and_a_scanned_page_is_one_table(stem):
    doc = read_bytes(_printed_then_scanned(stem), f"{stem}.pdf")
    assert doc.format == "pdf" and [w for w in doc.warnings if SCANNED in w] == [
        "第2页没有文字层（扫描页），已按图像识别，请核对原件"]
    (table,) = _indicators(doc)
    grid = table.grid()
    # page 2 repeats the header row: dropped; its rows carry on under page 1's columns
    assert sum("三级指标" in c for row in grid for c in row) == 1
    assert {c.loc.page for c in table.cells} == {1, 2}
    assert grid[-1][-3:-1] in (["100", "99"], ["100", "99.72"])   # 总分 | 100 | score, page 2's last row
    # the row the break split: its rest (page 2's first row, name or note only) is its cell's end,
    # which then holds OCR's confidence too; a line the break cut at its cell's edge runs on (整改到 / 位。 is
    # 整改到位。, as 145.pdf printed whole reads it: the scan's lines wrap by the pdf reader's room test)
    split = {"131": "精准康复服务覆盖率", "145": "个别问题涉及多个部门，协调时间较长。\n已实行清单化管理，2024年一季度内整改到位。"}
    (host,) = [c for c in table.cells if c.text == split[stem]]
    assert host.loc.page == 1 and host.confidence is not None
    assert all(c.confidence is None for c in table.cells if c.loc.page == 1 and c is not host)
    assert all(c.confidence is not None for c in table.cells if c.loc.page == 2 and c.text)
    assert not any(row[2:7] == ["", "", "", "", ""] and any(row) for row in grid[1:])


def test_a_scanned_part_without_an_empty_column_takes_the_printed_parts_columns():
    # 130's note column is empty on page 2: OCR reads seven columns there, page 1 eight
    doc = read_bytes(_printed_then_scanned("130"), "130.pdf")
    (table,) = _indicators(doc)
    assert table.n_cols == 8
    rows = {row[2]: row for row in table.grid()}
    assert rows["5.受援人投诉办结率"][3:] == ["100%", "100%", "5", "5", ""]
    # each of page 2's cells in one column: none takes in the note column it had not
    assert all(c.colspan == 1 for c in table.cells if c.loc.page == 2 and c.row > 2 and c.col >= 2)
    assert rows["11.受援人满意度"][:2] == ["满意度指标", "服务对象满意度指标"]
    assert rows["3. 开展法律援助进村（社区）活动"][7].startswith("受台风影响")


def test_a_new_row_on_the_scanned_page_is_no_rest_of_the_last_one():
    # 172's page 2 starts with a row of its own under the last one's merged levels: its figures
    doc = read_bytes(_printed_then_scanned("172"), "172.pdf")
    (table,) = _indicators(doc)
    rows = {row[2]: row for row in table.grid()}
    assert rows["退捕渔民参加养老保险比例"][3:7] == ["≥98%", "99.1%", "8", "8"]
    assert rows["禁捕水域巡查覆盖率"][3:7] == ["≥95%", "96.4%", "7", "7"]


def test_without_ocr_a_scanned_page_is_said_unread(monkeypatch):
    monkeypatch.setattr(ocr_reader, "ENABLED", False)
    doc = read_bytes(_printed_then_scanned("131"), "131.pdf")
    assert "第2页没有文字层（扫描页），未启用 OCR，该页未能读取" in doc.warnings
    assert {c.loc.page for t in doc.tables() for c in t.cells} == {1}


def test_a_table_cut_between_a_printed_page_and_one_of_glyph_codes_is_one_table():
    doc = read_bytes(_printed_then_glyph_codes("131"), "131.pdf")
    assert any(w.startswith("第2页文本层无法解码，已按图像识别") for w in doc.warnings)
    (table,) = _indicators(doc)
    rows = {row[2]: row for row in table.grid()}
    assert {c.loc.page for c in table.cells} == {1, 2} and "精准康复服务覆盖率" in rows
    assert rows["残疾人满意度"][3:7] == ["≥90%", "95.4%", "5", "5"]
