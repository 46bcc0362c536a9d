"""A Word table set as two tables side by side in a section of two text columns (the left columns,
a column break, the right columns) reads as one table (extract/docx_reader._join_beside)."""
import io

from docx import Document as Docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jixiao.extract import read_bytes

LEFT = [["三级指标", "年度指标值"], ["新建冷藏库", "≥4座"], ["改造果园", "≥1.2万亩"]]
RIGHT = [["实际完成值", "分值", "得分"], ["4座", "8", "8"], ["1.25万亩", "10", "10"]]


def _beside(columns: int) -> bytes:
    doc = Docx()
    doc.add_paragraph("项目支出绩效自评表")
    doc.add_section(WD_SECTION.CONTINUOUS)
    sect = doc.sections[-1]._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), str(columns))
    for k, rows in enumerate((LEFT, RIGHT)):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for row, texts in zip(table.rows, rows):
            for cell, text in zip(row.cells, texts):
                cell.text = text
    doc.add_section(WD_SECTION.CONTINUOUS)
    doc.sections[-1]._sectPr.find(qn("w:cols")).set(qn("w:num"), "1")
    doc.add_paragraph("填表人：某某")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_two_tables_beside_each_other_in_text_columns_are_one_table():
    (t,) = read_bytes(_beside(2), "beside.docx").tables()
    assert t.grid() == [a + b for a, b in zip(LEFT, RIGHT)]
    assert t.cell_at(2, 4).loc.describe() == "beside.docx 块1 表1 第3行 第5列"
    # in a section of one column the break is a page's: the second table follows the first, not beside it
    assert [tb.n_cols for tb in read_bytes(_beside(1), "after.docx").tables()] == [2, 3]
