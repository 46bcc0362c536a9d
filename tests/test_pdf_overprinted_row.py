"""A sheet's closing line taller than its row, printed to PDF by LibreOffice (1763.pdf, 1658.pdf): the line's
cell lies under the table, its text is centred on that short row, so its first line is drawn over the table's
last row (自评等级 | 优, 总分) and clipped to its own cell below. Read by the glyphs' middles, the line went into the
row it overprints (自评等级\\n存在问题…, 优\\n。下一步…): the grade and the total lost, the line's claim with them, said
only as text running past a cell's right border. Where the glyphs' clip shows them is where the page prints them:
the line is the page's text under the table, the row keeps its own cells (extract.pdf_reader._shown_outside).
A merged cell drawn across a page break (1709.pdf, 1745.pdf) has its text clipped on the page where it is not
printed: said as that (_across_break), not as an edit's hidden figure nor as a cell's text cut at its height."""
from __future__ import annotations

from jixiao.extract import read_document

from .pdf_objects import pdf_bytes
from .test_pdf_producer_quirks import _GRID, _pdf, _stream, _write

_TITLE = "BT /F1 10 Tf 100 720 Td (Self-evaluation of the programme) Tj ET"
_SECOND = "BT /F1 10 Tf 100 720 Td (The second page of the same programme's form) Tj ET"
# the closing line: its baseline 3 pt under the table's bottom rule (y 600), its box up to 607 (its middle over
# the last row), clipped to its own cell 560-600.5 below the table
_CLOSING = "q 100 560 400 40.5 re W n BT /F1 10 Tf 110 597 Td (Problems: none of the targets was missed this year) Tj ET Q"


def test_a_closing_line_its_clip_shows_under_the_table_is_no_text_of_the_row_it_overprints(tmp_path):
    body = _GRID + " " + _CLOSING + " " + _TITLE
    doc = read_document(_write(tmp_path / "closing.pdf", _pdf([_stream(body)], "/Contents 5 0 R "
                                                              "/Resources << /Font << /F1 4 0 R >> >>")))
    (t,) = doc.tables()
    assert t.grid() == [["Name", "Score"], ["Cases", "10"]]
    assert any("none of the targets was missed" in p.text for p in doc.paragraphs()), \
        [p.text for p in doc.paragraphs()]
    assert not any("右边框" in w for w in doc.warnings), doc.warnings


def _two_pages(first: str, second: str) -> bytes:
    res = "/Resources << /Font << /F1 4 0 R >> >>"
    return pdf_bytes(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
                      f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R {res} >>",
                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", _stream(first),
                      f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R {res} >>",
                      _stream(second)], "1.5")


def test_a_merged_cells_text_clipped_on_one_page_and_printed_on_the_next_is_said_as_the_break(tmp_path):
    # page 1: the score cell's clip shows "10"; "Outputs", drawn below the clip within its width, is cut there;
    # page 2 prints "Outputs" (the merged cell's part there): a page break's cut, not a cell's missing lines
    cut = "q 300 600 100 40 re W n BT /F1 10 Tf 310 620 Td (10) Tj ET BT /F1 10 Tf 310 590 Td (Outputs) Tj ET Q"
    page1 = _GRID.replace("BT /F1 10 Tf 310 620 Td (10) Tj ET", cut) + " " + _TITLE
    page2 = _GRID.replace("(Cases)", "(Outputs)") + " " + _SECOND
    doc = read_document(_write(tmp_path / "break.pdf", _two_pages(page1, page2)))
    (said,) = [w for w in doc.warnings if "“Outputs”" in w]
    assert "跨页的合并单元格" in said and "第2页印出" in said, said
    assert "修改前" not in said and "超出其行高" not in said, said
    # printed on neither page beside: a cell's own lines cut at its height, as before
    doc = read_document(_write(tmp_path / "cut.pdf", _two_pages(page1, _GRID + " " + _SECOND)))
    (said,) = [w for w in doc.warnings if "“Outputs”" in w]
    assert "超出其行高" in said and "跨页" not in said, said


def test_a_line_over_a_row_where_no_clip_tells_it_apart_names_the_cells_it_overprints(tmp_path):
    # the same closing line drawn unclipped: read into the row's two cells; said naming them, not as a cell's
    # text running past its right border
    # (unspaced, as a Chinese line is: a word's space breaks the run past the rule)
    closing = "BT /F1 10 Tf 110 597 Td (Problems:none_of_the_targets_was_missed_this_year) Tj ET"
    body = _GRID + " " + closing + " " + _TITLE
    doc = read_document(_write(tmp_path / "unclipped.pdf", _pdf([_stream(body)], "/Contents 5 0 R "
                                                                "/Resources << /Font << /F1 4 0 R >> >>")))
    (said,) = [w for w in doc.warnings if "Problems" in w]
    assert "“Cases”" in said and "“10”" in said and "可能未能读出" in said and "右边框" not in said, said
