"""A table's HTML markup shown as text (extract/html_reader.markup_blocks): a site's editor that saved a
pasted table escaped shows its tags as words; the table the markup writes is read, and said."""
from jixiao.extract import read_bytes

ROWS = ['<table border="1" cellspacing="0" width="100%">', "<tbody>",
        "<tr><td>一级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>",
        '<tr style="height:18px"><td rowspan="2">产出指标</td><td>新建茶园</td><td>≥1500亩</td><td>1540亩</td></tr>',
        '<tr style="height:18px"><td>改造茶园</td><td>≥800亩</td><td>820亩</td></tr>', "</tbody>", "</table>"]
GRID = [["一级指标", "三级指标", "年度指标值", "实际完成值"],
        ["产出指标", "新建茶园", "≥1500亩", "1540亩"],
        ["产出指标", "改造茶园", "≥800亩", "820亩"]]


def _page(code: str) -> bytes:
    import html
    return (f'<html><body><p>绩效指标完成情况</p><div class="TRS_Editor"><p>{html.escape(code)}</p></div>'
            "<p>填表人：某某</p></body></html>").encode("utf-8")


def test_escaped_table_markup_a_line_per_row_is_read_as_the_table_it_writes_and_said():
    """Issue 21 (1503.html): the markup shown a line per row read as paragraphs of tag fragments, their
    cells taken for indicator rows (every name and value ending in </td): read wrong, and nothing said."""
    doc = read_bytes(_page("\n".join(ROWS)), "m.html")
    (t,) = doc.tables()
    assert t.grid(fill=True) == GRID
    assert not any("<" in b.text for b in doc.paragraphs())
    assert any("网页表格代码" in w and "1段" in w for w in doc.warnings), doc.warnings


def test_escaped_table_markup_printed_with_its_tags_broken_by_the_wrap_is_read():
    """1503.pdf: the printout joins the wrapped lines, losing the spaces between a tag's name and its
    attributes (<tdrowspan="2">) and parting a tag's letters where a line broke (<t d>, rows pan)."""
    from jixiao.extract.html_reader import markup_blocks
    from jixiao.extract.model import Document, Location, Paragraph
    code = "".join(ROWS).replace('<td rowspan="2">', '<tdrows pan="2">').replace(' style=', 'style=')
    code = code.replace("<td>改造茶园", "<t d>改造茶园")
    at = Location("m.pdf", page=1)
    doc = Document(source="m.pdf", format="pdf", sha256="",
                   blocks=[Paragraph(text=code, loc=at), Paragraph(text="填表人：某某", loc=at)])
    markup_blocks(doc)
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table", "Paragraph"]
    assert doc.blocks[1].grid(fill=True) == GRID
    assert any("网页表格代码" in w for w in doc.warnings)


def test_words_about_tables_and_tags_without_rows_stay_text():
    page = "<html><body><p>&lt;table&gt;见附件&lt;/table&gt;</p><p>用&lt;td&gt;标记单元格</p></body></html>"
    doc = read_bytes(page.encode("utf-8"), "m.html")
    assert not doc.tables() and not any("网页表格代码" in w for w in doc.warnings)
