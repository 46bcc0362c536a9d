"""extract/docx_reader: parts of a Word document outside its body that hold the document's content."""
import io

from docx import Document as Docx
from docx.shared import Cm

from jixiao.extract import read_bytes

GRID = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["新建冷藏库", "≥4座", "4座", "8", "8"],
        ["改造果园", "≥1.2万亩", "1.25万亩", "10", "10"]]


def _with_margin_table(where: str) -> bytes:
    """A title and a heading in the body; the grid typed into the page footer (or header), a line under it."""
    doc = Docx()
    doc.add_paragraph("项目支出绩效自评表")
    doc.add_paragraph("绩效指标完成情况")
    part = getattr(doc.sections[0], where)
    t = part.add_table(len(GRID), len(GRID[0]), Cm(15))
    for r, row in enumerate(GRID):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    part.add_paragraph("总分：100　　得分：98.00")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_table_typed_into_the_page_footer_is_read_after_the_body_and_said():
    """Issue 21 (1294.docx): a form whose indicator grid sits in the page footer read no indicator, unsaid."""
    d = read_bytes(_with_margin_table("footer"), "f.docx")
    [t] = d.tables()
    assert t.grid() == GRID
    texts = [b.text for b in d.blocks if hasattr(b, "text")]
    assert texts[0] == "项目支出绩效自评表" and texts[-1].startswith("总分：100")   # the footer after the body
    assert any("页脚" in w and "1个表格" in w for w in d.warnings), d.warnings


def test_a_table_in_the_page_header_is_read_before_the_body():
    d = read_bytes(_with_margin_table("header"), "h.docx")
    assert d.tables()[0].grid() == GRID
    assert d.blocks[0].__class__.__name__ == "Table"
    assert any("页眉" in w for w in d.warnings)


def test_a_footer_of_text_alone_is_left_out_and_unsaid():
    doc = Docx()
    doc.add_paragraph("项目支出绩效自评表")
    doc.sections[0].footer.add_paragraph("第 1 页")
    out = io.BytesIO()
    doc.save(out)
    d = read_bytes(out.getvalue(), "p.docx")
    assert [b.text for b in d.blocks] == ["项目支出绩效自评表"] and d.warnings == []
