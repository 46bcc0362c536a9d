"""A forum's table code left unparsed (extract/html_reader.bbcode_tables): a board that renders no [table]
shows the BBCode as text; the table it codes is read, and said."""
from jixiao.extract import read_bytes

PAGE = """<html><body><div class="t_f">现将绩效指标完成情况公布如下：<br>
[table=98%]<br>
[tr][td]一级指标[/td][td]三级指标[/td][td]年度指标值[/td][td]实际完成值[/td][/tr]<br>
[tr][td=1,2]产出指标[/td][td]新建冷藏库[/td][td]≥4座[/td][td]4座[/td][/tr]<br>
[tr][td]改造果园[/td][td=2,1]持续推进[/td][/tr]<br>
[/table]</div><p>填表人：某某</p></body></html>"""


def test_bbcode_table_code_shown_as_text_is_read_as_the_table_it_codes_and_said():
    """Issue 21 (1399.html): a 问政 board's reply holding Discuz! [table] code the board did not render read no
    indicator and said nothing."""
    doc = read_bytes(PAGE.encode("utf-8"), "b.html")
    (t,) = doc.tables()
    assert t.grid(fill=True) == [["一级指标", "三级指标", "年度指标值", "实际完成值"],
                                 ["产出指标", "新建冷藏库", "≥4座", "4座"],
                                 ["产出指标", "改造果园", "持续推进", "持续推进"]]
    assert any("BBCode" in w and "1段" in w for w in doc.warnings), doc.warnings


def test_bracketed_words_without_rows_stay_text():
    page = "<html><body><p>[table]见附件[/table]</p><p>[tr]说明[/tr]</p></body></html>"
    doc = read_bytes(page.encode("utf-8"), "b.html")
    assert not doc.tables() and not any("BBCode" in w for w in doc.warnings)


def test_bbcode_table_code_printed_in_a_pdfs_cell_is_read_as_the_table_after_it_and_said():
    """1399.pdf: the board's reply printed by the browser, the code in one text cell of the page's frame,
    wrapped lines joined (one tag broken by the wrap: [t d]). The code's table is read as a table after
    the one that held it; the cell keeps its words without the code, and the reading is said."""
    from jixiao.extract.html_reader import bbcode_blocks
    from jixiao.extract.model import Cell, Document, Location, Paragraph, Table
    code = ("现将绩效指标完成情况公布如下：\n[table=98%]\n"
            "[tr][td]一级指标[/td][td]三级指标[/td][td]年度指标值[/td][td]实际完成值[/td][/tr]\n"
            "[tr][td=1,2]产出指标[/td][td]新建冷藏库[/td][td]≥4座[/td][td]4座[/td][/tr][tr][td]改造果园[/td][td]≥30亩[/td][t d]32亩[/td][/tr]\n"
            "[/table]")
    at = Location("b.pdf", page=1)
    frame = Table(index=0, n_rows=1, n_cols=1, cells=[Cell(text=code, row=0, col=0, loc=at)], loc=at)
    doc = Document(source="b.pdf", format="pdf", sha256="", blocks=[frame, Paragraph(text="填表人：某某", loc=at)])
    bbcode_blocks(doc)
    assert [type(b).__name__ for b in doc.blocks] == ["Table", "Table", "Paragraph"]
    assert doc.blocks[0].cells[0].text == "现将绩效指标完成情况公布如下："
    assert doc.blocks[1].grid(fill=True) == [["一级指标", "三级指标", "年度指标值", "实际完成值"],
                                             ["产出指标", "新建冷藏库", "≥4座", "4座"],
                                             ["产出指标", "改造果园", "≥30亩", "32亩"]]
    assert doc.blocks[1].index == 1 and doc.blocks[1].loc.page == 1
    assert any("BBCode" in w and "1段" in w for w in doc.warnings), doc.warnings
