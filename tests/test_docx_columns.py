"""A Word table set as two tables side by side in a section of two text columns (the left columns,
a column break, the right columns) reads as one table (extract/docx_reader._join_beside); so does a
table typed as newspaper columns, a text column of lines per table column (_column_sections)."""
import io

from docx import Document as Docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jixiao.extract import read_bytes

LEFT = [["三级指标", "年度指标值"], ["新建冷藏库", "≥4座"], ["改造果园", "≥1.2万亩"]]
RIGHT = [["实际完成值", "分值", "得分"], ["4座", "8", "8"], ["1.25万亩", "10", "10"]]


def _columned(columns: int, fill) -> bytes:
    """A title, a continuous section of this many text columns holding what fill(doc) adds, a line after."""
    doc = Docx()
    doc.add_paragraph("项目支出绩效自评表")
    doc.add_section(WD_SECTION.CONTINUOUS)
    sect = doc.sections[-1]._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), str(columns))
    fill(doc)
    doc.add_section(WD_SECTION.CONTINUOUS)
    doc.sections[-1]._sectPr.find(qn("w:cols")).set(qn("w:num"), "1")
    doc.add_paragraph("填表人：某某")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _beside(columns: int) -> bytes:
    return _columned(columns, _two_tables)


def _two_tables(doc) -> None:
    for k, rows in enumerate((LEFT, RIGHT)):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for row, texts in zip(table.rows, rows):
            for cell, text in zip(row.cells, texts):
                cell.text = text


def test_two_tables_beside_each_other_in_text_columns_are_one_table():
    (t,) = read_bytes(_beside(2), "beside.docx").tables()
    assert t.grid() == [a + b for a, b in zip(LEFT, RIGHT)]
    assert t.cell_at(2, 4).loc.describe() == "beside.docx 块1 表1 第3行 第5列"
    # in a section of one column the break is a page's: the second table follows the first, not beside it
    assert [tb.n_cols for tb in read_bytes(_beside(1), "after.docx").tables()] == [2, 3]


GRID = [["一级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "新建冷藏库", "≥4座", "4座"],
        ["", "改造果园", "≥1.2万亩", "1.25万亩"],
        ["效益指标", "带动农户", "≥800户", "820户"]]


def _newspaper(columns: int, grid=GRID) -> bytes:
    """A table typed as newspaper columns: each table column a text column of lines, a column break
    opening each but the first (python-docx's section break adds an empty closing paragraph)."""
    def lines(doc) -> None:
        for k in range(len(grid[0])):
            for i, row in enumerate(grid):
                p = doc.add_paragraph()
                if k and not i:
                    p.add_run().add_break(WD_BREAK.COLUMN)
                if row[k]:
                    p.add_run(row[k])
    return _columned(columns, lines)


def test_a_table_typed_as_newspaper_columns_is_one_table():
    doc = read_bytes(_newspaper(4), "cols.docx")
    (t,) = doc.tables()
    assert t.grid() == GRID and t.origin == "text columns"
    assert t.cell_at(3, 3).loc.describe() == "cols.docx 块1 表1 第4行 第4列"
    # a level column's empty last line is still a row of the others
    short = [r[:] for r in GRID]
    short[3][0] = ""
    assert read_bytes(_newspaper(4, short), "short.docx").tables()[0].grid() == short
    # in a section of fewer text columns than the runs of lines, or columns of unequal lines, no table
    assert read_bytes(_newspaper(2), "two.docx").tables() == []
    ragged = [r[:] for r in GRID] + [["", "", "", "900户"]]
    assert read_bytes(_newspaper(4, ragged), "ragged.docx").tables() == []


def test_hidden_text_in_a_table_typed_as_newspaper_columns_is_left_out_and_said():
    """Hidden runs (w:vanish) are read nowhere else; a filling hint hidden after a cell's text is no part
    of the cell typed as a newspaper column's line either, and is counted in the hidden-text warning."""
    data = _newspaper(4)
    doc = Docx(io.BytesIO(data))
    target = next(p for p in doc.paragraphs if p.text == "≥4座")
    hidden = target.add_run("（按年度计划填写）")
    hidden.font.hidden = True
    buf = io.BytesIO()
    doc.save(buf)
    read = read_bytes(buf.getvalue(), "hidden.docx")
    (t,) = read.tables()
    assert t.grid() == GRID
    assert any("隐藏文字未读取：1 处" in w and "按年度计划填写" in w for w in read.warnings)
