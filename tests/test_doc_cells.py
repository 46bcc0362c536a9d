"""An old Word file's table whose row-end marks carry no row properties (issue 21, 317.doc):
LibreOffice gives its cells as one paragraph run together and the rows were lost without a
word. The .doc's own text (cell marks, U+0007) shows them; the paragraph is named in a warning."""
from pathlib import Path

import pytest

from jixiao.extract import doc_cells, read_document

ROOT = Path(__file__).resolve().parent.parent

# a .doc's main text: a title, a table of two rows (cells end with U+0007, each row with one more)
TEXT = ("项目支出绩效自评表\r"
        "一级指标\x07二级指标\x07三级指标\x07分值\x07\x07"
        "产出指标\x07数量指标\x07新建道路\x077\x07\x07"
        "\x07\x07培训人次\x074\x07\x07"
        "填表人：某某\r")


def test_the_cells_of_a_doc_table_are_found_in_its_text():
    assert doc_cells.cell_runs(TEXT) == [["一级指标", "二级指标", "三级指标", "分值", "",
                                          "产出指标", "数量指标", "新建道路", "7", "", "", "", "培训人次", "4", ""]]


def test_a_paragraph_holding_a_tables_cells_run_together_is_found(monkeypatch):
    monkeypatch.setattr(doc_cells, "main_text", lambda data: TEXT)
    lost = ["项目支出绩效自评表", "一级指标二级指标三级指标分值产出指标数量指标新建道路7培训人次4", "填表人：某某"]
    assert doc_cells.lost_tables(lost, b"") == [(1, "一级指标", 10)]
    # kept as a table: its cells are no paragraph, and a sentence naming two of them is no table
    kept = ["项目支出绩效自评表", "填表人：某某", "一级指标二级指标见下表"]
    assert doc_cells.lost_tables(kept, b"") == []


def test_a_doc_that_is_no_word_file_has_no_text():
    assert doc_cells.main_text(b"not an OLE file") == ""


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice converts .doc")
def test_a_doc_whose_indicator_table_lost_its_rows_says_so():
    doc = read_document(str(ROOT / "corpus" / "native" / "317.doc"))
    assert any("表格各行未读出" in w and "一级指标" in w for w in doc.warnings)
    whole = read_document(str(ROOT / "corpus" / "native" / "316.doc"))
    assert not any("表格各行未读出" in w for w in whole.warnings)
