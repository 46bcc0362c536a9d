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


def _one_column_of_tab_lines(lines: list[str]) -> bytes:
    """A one-column ruled table (one row a line) whose every line is typed at tab stops."""
    doc = Docx()
    doc.add_paragraph("绩效指标完成情况")
    t = doc.add_table(len(lines), 1)
    t.style = "Table Grid"
    for r, line in enumerate(lines):
        t.cell(r, 0).paragraphs[0].add_run(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_one_column_table_whose_rows_are_tab_stop_lines_is_read_as_the_table_they_type():
    """Issue 21 (1319.docx): a one-column ruled table whose every row was a line typed at tab stops read
    one cell a row and no indicator, unsaid; a leading tab (the merged level left empty) an empty field."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [head, ["产出指标", "数量指标", "新建冷藏库", "≥4座", "4座", "8", "8"],
            ["", "", "改造果园", "≥1200亩", "1250亩", "10", "10"],
            ["", "质量指标", "验收合格率", "100%", "100%", "6", "6"]]
    d = read_bytes(_one_column_of_tab_lines(["\t".join(r) for r in rows]), "c.docx")
    [t] = d.tables()
    assert t.n_cols == 7 and t.grid() == rows


def test_a_one_column_table_of_text_lines_stays_one_column():
    lines = ["一、项目概况：本项目于2023年实施。", "二、资金使用情况：全年执行388万元。", "三、存在问题：无"]
    d = read_bytes(_one_column_of_tab_lines(lines), "p.docx")
    [t] = d.tables()
    assert t.n_cols == 1 and [c.text for c in t.cells] == lines


def _with_note_table(kind: str) -> bytes:
    """A title and a heading in the body; the grid pasted into a comment on the heading, or into an
    endnote whose mark follows the heading's text."""
    import copy

    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from lxml import etree

    doc = Docx()
    doc.add_paragraph("项目支出绩效自评表")
    p = doc.add_paragraph()
    run = p.add_run("绩效指标完成情况（详见批注）" if kind == "comment" else "绩效指标完成情况详见文末尾注。")
    scratch = Docx()
    t = scratch.add_table(len(GRID), len(GRID[0]))
    for r, row in enumerate(GRID):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    tbl = copy.deepcopy(t._tbl)
    if kind == "comment":
        c = doc.add_comment(run, text="绩效指标完成情况表", author="财务股", initials="CW")
        c._comment_elm.append(tbl)
        c.add_paragraph("")
    else:
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:endnoteReference w:id="1"/></w:r>'))
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        xml = (f'<w:endnotes xmlns:w="{w}"><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>绩效指标'
               f'</w:t></w:r></w:p>{etree.tostring(tbl, encoding="unicode")}<w:p/></w:endnote></w:endnotes>')
        part = Part(PackURI("/word/endnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes")
    doc.add_paragraph("总分：100　　得分：98.00")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_table_pasted_into_a_comment_or_an_endnote_is_read_after_the_body_and_said():
    """Issue 21 (1354.docx, 1355.docx): a form whose indicator grid was pasted into a comment balloon, or
    into an endnote, read no indicator and said nothing: the table is read after the body, and said."""
    for kind, word in (("comment", "批注0"), ("endnote", "尾注1")):
        d = read_bytes(_with_note_table(kind), f"{kind}.docx")
        [t] = d.tables()
        assert t.grid() == GRID, kind
        assert d.blocks[-1] is t   # after the body's last line
        assert any(word + "（1个表格）" in w for w in d.warnings), d.warnings


def _with_comment_paragraphs(texts: list[str]) -> bytes:
    doc = Docx()
    doc.add_paragraph("项目支出绩效自评表")
    run = doc.add_paragraph().add_run("绩效指标完成情况（详见批注）")
    c = doc.add_comment(run, text=texts[0], author="财务股", initials="CW")
    for t in texts[1:]:
        c.add_paragraph(t)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_comment_of_a_tables_cells_a_paragraph_each_is_read_after_the_body_and_a_remark_is_not():
    """Issue 21 (1354.doc): LibreOffice writes a comment's table to .doc as a paragraph a cell (an empty one
    for a merged cell below its first row), which read nothing and said nothing: a comment of NOTE_LINES
    paragraphs or more is content, read after the body as the table in a comment is, and said; a remark
    of a line or two stays out."""
    from jixiao.extract.docx_reader import NOTE_LINES
    cells = ["绩效指标完成情况表"] + [c for row in GRID for c in row] * 4
    assert len(cells) >= NOTE_LINES
    d = read_bytes(_with_comment_paragraphs(cells), "c.docx")
    texts = [b.text for b in d.blocks if hasattr(b, "text")]
    assert texts[2:5] == ["绩效指标完成情况表", "三级指标", "年度指标值"]
    assert any(f"批注0（{len(cells)}段文字）" in w for w in d.warnings), d.warnings
    d = read_bytes(_with_comment_paragraphs(["此处数字请核实。", "已核实。"]), "r.docx")
    assert [b.text for b in d.blocks] == ["项目支出绩效自评表", "绩效指标完成情况（详见批注）"] and not d.warnings


def _leader_lines(lines: list[str]) -> bytes:
    doc = Docx()
    doc.add_paragraph("绩效指标完成情况")
    for line in lines:
        doc.add_paragraph(line)
    doc.add_paragraph("总分：100　　得分：98.70")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_lines_whose_fields_are_set_apart_by_typed_leader_dots_are_read_as_the_table_they_type():
    """Issue 21 (1396.docx): the indicators typed as lines whose fields the typist set apart by leader dots
    (……, no tab stop), level headings above their runs, read no indicator and said nothing."""
    dots = ["……".join(row) for row in GRID]
    d = read_bytes(_leader_lines([dots[0], "产出指标", dots[1], "....".join(GRID[2])]), "l.docx")
    [t] = d.tables()
    assert t.grid()[0] == GRID[0] and t.grid()[2] == GRID[1] and t.grid()[3] == GRID[2]
    assert t.grid()[1][0] == "产出指标"


def test_leader_dots_in_a_contents_line_or_a_sentence_leave_it_text():
    d = read_bytes(_leader_lines(["一、项目概况……………………1", "二、绩效目标……………………2", "主要原因是……未完成。"]), "c.docx")
    assert not d.tables()


def _ptab_lines(lines: list[list[str]]) -> bytes:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Docx()
    doc.add_paragraph("绩效指标完成情况")
    for fields in lines:
        p = doc.add_paragraph()
        for k, text in enumerate(fields):
            if k:
                r = OxmlElement("w:r")
                tab = OxmlElement("w:ptab")
                tab.set(qn("w:relativeTo"), "margin")
                tab.set(qn("w:alignment"), "right" if k == len(fields) - 1 else "center")
                tab.set(qn("w:leader"), "dot")
                r.append(tab)
                p._p.append(r)
            p.add_run(text)
    doc.add_paragraph("总分：100　　得分：98.70")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_fields_set_apart_by_absolute_position_tabs_are_read_as_tab_apart():
    """Issue 21 (1463.docx): lines laid out by Word's absolute position tabs (w:ptab, aligned on the margin,
    no tab stop defined) ran their fields together (竹林道路建设≥40公里／41.5公里10／10): a ptab is a tab."""
    d = read_bytes(_ptab_lines(GRID), "p.docx")
    [t] = d.tables()
    assert t.grid() == GRID
