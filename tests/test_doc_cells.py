"""An old Word file's table whose row-end marks carry no row properties (issue 21, 317.doc):
LibreOffice gives its cells as one paragraph run together and the rows were lost without a
word. The .doc's own text (cell marks, U+0007) and paragraph properties show them: the rows of
the table's full width are read cell for cell, a row of another width as text, both said."""
from pathlib import Path

import pytest

from jixiao.extract import doc_cells, read_document

ROOT = Path(__file__).resolve().parent.parent

ROWS = [["一级指标", "二级指标", "三级指标", "分值"], ["产出指标", "数量指标", "新建道路", "7"],
        ["", "", "培训人次", "4"], ["总分", "100"]]


def doc_text(rows):
    """A .doc's main text: a title, the table (each cell ends with U+0007, each row with one more
    mark, its own paragraph's), a paragraph after it; and the positions of the rows' end marks."""
    text, ends = "项目支出绩效自评表\r", set()
    for row in rows:
        text += "".join(c + "\x07" for c in row)
        ends.add(len(text))
        text += "\x07"
    return text + "填表人：某某\r", ends


TEXT, ROW_ENDS = doc_text(ROWS)


def test_the_rows_of_a_doc_table_are_found_in_its_text():
    assert doc_cells.cell_runs(TEXT, ROW_ENDS) == [ROWS]
    # without the rows' ends known, a run is one row of every mark
    assert doc_cells.cell_runs(TEXT) == [[[c for r in ROWS for c in r + [""]]]]


def test_a_tables_lost_rows_are_read_from_the_docs_cell_marks(monkeypatch):
    from jixiao.extract import _lost_tables
    from jixiao.extract.model import Document, Location, Paragraph
    monkeypatch.setattr(doc_cells, "_read", lambda data: (TEXT, ROW_ENDS))
    doc = Document(source="a.doc", format="doc", sha256="")
    doc.blocks = [Paragraph("项目支出绩效自评表", Location("a.doc", block=0)),
                  Paragraph("一级指标二级指标三级指标分值产出指标数量指标新建道路7培训人次4总分100", Location("a.doc", block=1)),
                  Paragraph("填表人：某某", Location("a.doc", block=2))]
    _lost_tables(doc, b"")
    (table,) = doc.tables()
    # the row closing the grid, a label and a figure (总分 | 100): the total row as printed, its label first,
    # its figure in the last column (issue 21, 1234.doc / 1237.doc: 总分 98.94 as a line no total grammar read)
    assert table.grid() == ROWS[:3] + [["总分", "", "", "100"]]
    assert [p.text for p in doc.paragraphs()] == ["项目支出绩效自评表", "填表人：某某"]
    assert any("3 行，每行 4 格" in w and "按标签在首列、数字靠右读入：“总分 100”" in w for w in doc.warnings)


def test_a_short_row_is_placed_only_where_it_closes_the_grid_with_a_label_and_figures(monkeypatch):
    """A shorter row between the table's rows, or one of words after it, has columns only the lost row
    properties would tell: read as a line of text, said."""
    from jixiao.extract import _lost_tables
    from jixiao.extract.model import Document, Location, Paragraph
    rows = [ROWS[0], ["小计", "11"], ROWS[1], ROWS[2], ["偏差原因", "无"]]
    text, ends = doc_text(rows)
    monkeypatch.setattr(doc_cells, "_read", lambda data: (text, ends))
    doc = Document(source="a.doc", format="doc", sha256="")
    doc.blocks = [Paragraph("项目支出绩效自评表", Location("a.doc", block=0)),
                  Paragraph("一级指标二级指标三级指标分值小计11产出指标数量指标新建道路7培训人次4偏差原因无", Location("a.doc", block=1)),
                  Paragraph("填表人：某某", Location("a.doc", block=2))]
    _lost_tables(doc, b"")
    assert [t.grid() for t in doc.tables()] == [[ROWS[0]], ROWS[1:3]]
    assert [p.text for p in doc.paragraphs()] == ["项目支出绩效自评表", "小计 11", "偏差原因 无", "填表人：某某"]
    assert not any("数字靠右" in w for w in doc.warnings)


def test_only_a_total_label_by_the_tables_grammar_places_a_closing_row(monkeypatch):
    """The closing row's label is read by the one total-row grammar (extract.summary_rows, the tables'):
    自评总分（含资金执行率） is a total and is placed; 填报年份 | 2023, a label with a figure but no total, stays
    a line (before, any label without a digit was taken for a total)."""
    from jixiao.extract import _lost_tables
    from jixiao.extract.model import Document, Location, Paragraph
    for label, placed in (("自评总分（含资金执行率）", True), ("填报年份", False)):
        rows = ROWS[:3] + [[label, "2023"]]
        text, ends = doc_text(rows)
        monkeypatch.setattr(doc_cells, "_read", lambda data, text=text, ends=ends: (text, ends))
        doc = Document(source="a.doc", format="doc", sha256="")
        doc.blocks = [Paragraph("一级指标二级指标三级指标分值产出指标数量指标新建道路7培训人次4" + label + "2023",
                                Location("a.doc", block=0))]
        _lost_tables(doc, b"")
        grid = doc.tables()[0].grid()
        assert (grid[-1] == [label, "", "", "2023"]) is placed, label
        assert ([p.text for p in doc.paragraphs()] == [f"{label} 2023"]) is not placed, label


def test_rows_of_another_width_that_run_together_are_a_grid_of_their_own(monkeypatch):
    """A fund block above the indicator rows whose label cell is merged across two columns has rows one
    cell short of the table's (issue 21, 1300.doc / 1303.doc: its header and figures went to lines of
    text, the fund weight and score were lost and a false JX303 followed): two or more rows next to each
    other of one width are read as a table of that width, said; a lone short row stays text."""
    from jixiao.extract import _lost_tables
    from jixiao.extract.model import Document, Location, Paragraph
    fund = [["项目资金", "年初预算数", "全年执行数"], ["", "100", "98"]]
    rows = [["项目名称", "某项目"]] + fund + ROWS[:3]
    text, ends = doc_text(rows)
    monkeypatch.setattr(doc_cells, "_read", lambda data: (text, ends))
    doc = Document(source="a.doc", format="doc", sha256="")
    run = "".join(c for r in rows for c in r)
    doc.blocks = [Paragraph("项目支出绩效自评表", Location("a.doc", block=0)),
                  Paragraph(run, Location("a.doc", block=1)),
                  Paragraph("填表人：某某", Location("a.doc", block=2))]
    _lost_tables(doc, b"")
    assert [t.grid() for t in doc.tables()] == [fund, ROWS[:3]]
    assert [p.text for p in doc.paragraphs()] == ["项目支出绩效自评表", "项目名称 某项目", "填表人：某某"]
    assert any("另有 2 行单元格数不同、与相邻行同宽，按其自身的列数作为单独的表格读入" in w for w in doc.warnings)


def test_a_paragraph_holding_a_tables_cells_run_together_is_found(monkeypatch):
    monkeypatch.setattr(doc_cells, "_read", lambda data: (TEXT, ROW_ENDS))
    lost = ["项目支出绩效自评表", "一级指标二级指标三级指标分值产出指标数量指标新建道路7培训人次4", "填表人：某某"]
    assert doc_cells.lost_tables(lost, b"") == [(1, "一级指标", ROWS)]
    # kept as a table: its cells are no paragraph, and a sentence naming two of them is no table
    kept = ["项目支出绩效自评表", "填表人：某某", "一级指标二级指标见下表"]
    assert doc_cells.lost_tables(kept, b"") == []


def test_a_doc_that_is_no_word_file_has_no_text():
    assert doc_cells.main_text(b"not an OLE file") == ""


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice converts .doc")
def test_a_doc_whose_indicator_table_lost_its_row_properties_is_read_and_says_so():
    doc = read_document(str(ROOT / "corpus" / "native" / "317.doc"))
    assert any("格式信息缺失" in w and "14 行，每行 8 格" in w for w in doc.warnings)
    assert [len(t.grid()) for t in doc.tables()] == [6, 14]
    whole = read_document(str(ROOT / "corpus" / "native" / "316.doc"))
    assert not any("格式信息缺失" in w for w in whole.warnings)
