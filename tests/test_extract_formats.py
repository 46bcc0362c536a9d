"""The same report read from .txt, .docx and .pdf gives the same table grids."""
from decimal import Decimal

import pytest

from jixiao.extract import Paragraph, Table, normalize_ws, read_document

from .conftest import REPORTS, SEEDS
from .pdf_objects import pdf_bytes

_cache: dict = {}


def doc(stem: str, ext: str):
    key = (stem, ext)
    if key not in _cache:
        _cache[key] = read_document(REPORTS / f"{stem}.{ext}")
    return _cache[key]


def comparable(table: Table) -> list[list[str]]:
    # Symbol-font glyphs (Wingdings check boxes, Unicode private use area) do not survive
    # LibreOffice's PDF export one for one: seed 000 has U+F052 U+F020 in Word and U+F052 U+F052
    # in the PDF. They are compared as one placeholder; every other character must match.
    def norm(text: str) -> str:
        return "".join("\ue000" if 0xE000 <= ord(ch) <= 0xF8FF else ch for ch in normalize_ws(text))
    return [[norm(x) for x in row] for row in table.grid()]


@pytest.mark.parametrize("stem", SEEDS)
@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_same_grid_as_text(stem, ext):
    # The text conversion lost Word's merges: a vertically merged 一级指标 cell is blank on the
    # rows it covers, and a merged title row is one cell and blanks. So the comparison is with
    # merges expanded as blanks (grid(fill=False)); the merges themselves are checked below
    # against the Word file only.
    want = [comparable(t) for t in doc(stem, "txt").tables()]
    got = [comparable(t) for t in doc(stem, ext).tables()]
    assert [len(t) for t in got] == [len(t) for t in want]
    assert got == want


@pytest.mark.parametrize("stem", SEEDS)
def test_pdf_spans_match_word(stem):
    """Merges (row and column spans) survive the PDF export: same anchors, same spans.

    Except one thing a PDF cannot show: a vertical merge that crosses a page break is drawn
    as two boxes, one on each page, so in the PDF it is two cells. The Word spans are cut at
    the page breaks before comparing.
    """
    for wt, pt in zip(doc(stem, "docx").tables(), doc(stem, "pdf").tables(), strict=True):
        first_page_of_row = {}
        for c in pt.cells:
            first_page_of_row.setdefault(c.row, c.loc.page)
            first_page_of_row[c.row] = min(first_page_of_row[c.row], c.loc.page)
        want = set()
        for c in wt.cells:
            start = c.row
            for r in range(c.row + 1, c.row + c.rowspan):
                if first_page_of_row[r] != first_page_of_row[r - 1]:
                    want.add((start, c.col, r - start, c.colspan))
                    start = r
            want.add((start, c.col, c.row + c.rowspan - start, c.colspan))
        got = {(c.row, c.col, c.rowspan, c.colspan) for c in pt.cells}
        assert got == want


def test_docx_merges_are_spans():
    t = doc("000_b69c5b8f3653aeba", "docx").tables()[0]
    title = t.cell_at(0, 5)
    assert title.row == 0 and title.col == 0 and title.colspan == 9
    # 产出指标 spans the three 产出 rows (数量 / 质量 / 时效)
    produce = next(c for c in t.cells if c.text == "产出指标")
    assert produce.rowspan == 3
    assert t.grid(fill=True)[produce.row + 2][produce.col] == "产出指标"
    assert t.grid()[produce.row + 2][produce.col] == ""


def test_pdf_table_across_pages_is_stitched_without_repeated_header():
    d = doc("000_b69c5b8f3653aeba", "pdf")
    [t] = d.tables()
    pages = {c.loc.page for c in t.cells}
    assert len(pages) >= 2, "the corpus must hold a table that breaks across a page"
    titles = [c for c in t.cells if "自评表" in c.text]
    assert len(titles) == 1  # the header row Word repeats on the next page is not duplicated


def test_pdf_cell_wrapped_lines_are_joined():
    t = doc("000_b69c5b8f3653aeba", "pdf").tables()[0]
    texts = {c.text for c in t.cells}
    assert "年度财政资金总额" in texts          # wrapped over two lines in a narrow column
    assert "100.00%" in texts                 # '100.00' and '%' on two lines


def test_pdf_cjk_has_no_spurious_spaces():
    paras = [p.text for p in doc("000_b69c5b8f3653aeba", "pdf").paragraphs()]
    assert "全年财政资金预算104万元，执行资金104万元，执行率100%。" in paras


def test_pdf_paragraphs_follow_reading_order():
    d = doc("000_b69c5b8f3653aeba", "pdf")
    kinds = [b.kind for b in d.blocks]
    first_table = kinds.index("table")
    before = [b.text for b in d.blocks[:first_table] if isinstance(b, Paragraph)]
    after = [b.text for b in d.blocks[first_table + 1:] if isinstance(b, Paragraph)]
    assert before[0].startswith("2021年度服务大厅经办工作项目自评结果")
    assert after[0] == "二、佐证材料"


def test_pdf_provenance_has_page_and_bbox():
    t = doc("002_70340c3d2e0dbd82", "pdf").tables()[0]
    c = next(c for c in t.cells if c.text.startswith("97"))
    assert c.loc.page >= 1 and len(c.loc.bbox) == 4
    assert c.loc.row == c.row and c.loc.col == c.col and c.loc.table == 0


def test_text_layouts():
    # seed 002 writes tab-separated rows; seed 000 one cell per line
    t = doc("002_70340c3d2e0dbd82", "txt").tables()[2]
    assert t.grid()[0] == ["序号", "支付日期", "资金性质", "用途", "支付金额（万元）"]
    assert t.cells[0].loc.line == 90
    t0 = doc("000_b69c5b8f3653aeba", "txt").tables()[0]
    improve = next(c for c in t0.cells if c.text.startswith("1、进一步改善"))
    assert improve.text.count("\n") == 2  # a cell with three paragraphs
    assert "[bookmark:" not in " ".join(p.text for p in doc("000_b69c5b8f3653aeba", "txt").paragraphs())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_text_encodings(tmp_path, encoding):
    text = "项目名称\t大厅服务工作经费\n执行率\t100%\n"
    f = tmp_path / "r.dat"
    f.write_bytes(text.encode(encoding))
    d = read_document(f)
    assert d.tables()[0].grid() == [["项目名称", "大厅服务工作经费"], ["执行率", "100%"]]


BOX_TABLE = """项目名称：　2023年某社区居家养老服务运营补贴项目
主管部门：　某市民政局　　　　　　实施单位：　某市养老服务指导中心
金额单位：　万元
二、绩效指标
┌──────┬──────────┬─────┬───┬─────────────┐
│一级指标　　│三级指标　　　　　　│年度指标值│　分值│偏差原因分析及改进措施　　│
├──────┼──────────┼─────┼───┼─────────────┤
│产出指标　　│建成养老服务站　　　│≥36个　　 │　　 8│　　　　　　　　　　　　　│
├──────┼──────────┼─────┼───┼─────────────┤
│效益指标　　│受益老年人数　　　　│≥8000人　 │　　10│部分服务站9月后开业，受　 │
│　　　　　　│　　　　　　　　　　│　　　　　│　　　│益人数未达预期。　　　　　│
├──────┼──────────┼─────┼───┼─────────────┤
│总分　　　　│　　　　　　　　　　│　　　　　│　 100│　　　　　　　　　　　　　│
└──────┴──────────┴─────┴───┴─────────────┘
填报人：白某某"""


def test_text_table_drawn_with_box_characters_and_full_width_padding(tmp_path):
    """A system's GB18030 export (237): label lines (项目名称：　…), then │ borders, box rules between the rows,
    cells padded with U+3000; the lines between two rules are one row, a wrapped note that cell's lines."""
    f = tmp_path / "r.txt"
    f.write_bytes(BOX_TABLE.encode("gb18030"))
    d = read_document(f)
    [t] = d.tables()
    assert d.encoding == "gb18030"
    assert t.grid() == [["一级指标", "三级指标", "年度指标值", "分值", "偏差原因分析及改进措施"],
                        ["产出指标", "建成养老服务站", "≥36个", "8", ""],
                        ["效益指标", "受益老年人数", "≥8000人", "10", "部分服务站9月后开业，受\n益人数未达预期。"],
                        ["总分", "", "", "100", ""]]
    assert t.cell_at(2, 4).loc.line == 10 and t.loc.line == 6
    assert [p.text for p in d.paragraphs()][3:] == ["二、绩效指标", "填报人：白某某"]
    # one full-width space after a label's colon is no column gap: the label lines are no failed table
    assert d.warnings == []


def test_box_drawn_table_ruled_around_its_header_and_total_reads_a_row_a_line():
    """Rules under the header and over the total do not make the full lines between them one row."""
    from jixiao.extract.model import Document
    from jixiao.extract.text_reader import read_lines
    d = Document(source="x", format="txt", sha256="")
    read_lines(d, "x", "┌──┬──┬──┐\n│指标│目标│分值│\n├──┼──┼──┤\n│甲　│≥1个│　10│\n│　　│≥2个│　20│\n│丙　│≥3个│　30│\n"
                       "├──┼──┼──┤\n│总分│　　│　60│\n└──┴──┴──┘")
    assert d.tables()[0].grid() == [["指标", "目标", "分值"], ["甲", "≥1个", "10"], ["", "≥2个", "20"],
                                    ["丙", "≥3个", "30"], ["总分", "", "60"]]


def test_full_width_bars_split_cells_without_an_outer_border():
    """A WeChat article's table pasted as text: cells split by the full-width bar ｜, no border at
    the ends (a｜b｜c), the filled-in values in lenticular brackets (【326场】, 自评等级：【优】): a
    table whose cells are the values the brackets hold; a line with one bar is a paragraph."""
    from jixiao.extract.model import Document
    from jixiao.extract.text_reader import read_lines
    d = Document(source="x", format="txt", sha256="")
    read_lines(d, "x", "广元文旅｜发表\n指标｜目标｜完成值｜分值\n甲｜≥300场｜【326场】｜7\n"
                       "乙｜健全｜【健全】｜5\n总分｜100｜【99.50】｜自评等级：【优】\n")
    [t] = d.tables()
    assert t.grid() == [["指标", "目标", "完成值", "分值"], ["甲", "≥300场", "326场", "7"],
                        ["乙", "健全", "健全", "5"], ["总分", "100", "99.50", "自评等级：优"]]
    assert [p.text for p in d.paragraphs()] == ["广元文旅｜发表"]



def _lines_read(text: str):
    from jixiao.extract.model import Document
    from jixiao.extract.text_reader import read_lines
    d = Document(source="x", format="txt", sha256="")
    read_lines(d, "x", text)
    return d


def test_a_full_width_bar_in_a_cell_of_a_pipe_or_spaced_table_is_text():
    """The full-width bar is a border only where the lines use it as one. In a | table its ｜ is a
    cell's text (一级｜二级 in a name); on lines whose columns are runs of spaces it is too; and a
    prose line with bars, no other line beside it barred alike, is a paragraph."""
    d = _lines_read("| 指标 | 目标 | 完成值 |\n|---|---|---|\n| 产出｜数量：培训人数 | ≥300人 | 326人 |\n"
                    "| 效益｜社会：就业人数 | ≥50人 | 62人 |\n")
    [t] = d.tables()
    assert t.grid() == [["指标", "目标", "完成值"], ["产出｜数量：培训人数", "≥300人", "326人"],
                        ["效益｜社会：就业人数", "≥50人", "62人"]]
    d = _lines_read(_laid_out([["三级指标", "年度指标值", "实际完成值", "分值"],
                               ["一级｜二级｜培训人数", "≥300人", "326人", "10"],
                               ["一级｜二级｜就业人数", "≥50人", "62人", "10"],
                               ["一级｜二级｜满意度", "≥90%", "95%", "10"]], (0, 24, 38, 52)))
    [t] = d.tables()
    assert [r[0] for r in t.grid()] == ["三级指标", "一级｜二级｜培训人数", "一级｜二级｜就业人数", "一级｜二级｜满意度"]
    d = _lines_read("本项目绩效自评｜2023年度｜市财政局发布\n全年共完成培训326人。\n")
    assert d.tables() == [] and [p.text for p in d.paragraphs()][0] == "本项目绩效自评｜2023年度｜市财政局发布"


def test_full_width_bars_used_alike_by_the_lines_of_a_block_are_borders():
    """Lines barred alike (the same count of bars on two or more of them) are a table's rows, and a
    line near them (past a heading) barred otherwise, a total line, is cut by its bars too."""
    d = _lines_read("指标｜目标｜完成值\n培训人数｜≥300人｜326人\n就业人数｜≥50人｜62人\n\n四、自评结论\n"
                    "总分｜100｜99.50｜自评等级：优\n")
    t, total = d.tables()
    assert t.grid() == [["指标", "目标", "完成值"], ["培训人数", "≥300人", "326人"], ["就业人数", "≥50人", "62人"]]
    # the total line under a heading of its own, below the table: the table's block, its bars borders
    assert total.grid() == [["总分", "100", "99.50", "自评等级：优"]]


def test_cells_closed_by_pipes_broken_over_lines_are_one_row():
    """A converter that closes each cell with `|` and breaks a row where a merged cell ended
    (006: 序号 | 一级 指标 | / 二级 指标 | / 三级 指标 | / 指标分值 | …): consecutive lines whose
    cells fill exactly the width of the whole rows are one row, each cell keeping its line; a last
    row cut off by the end of the passage keeps the unclosed text as its next cell."""
    from jixiao.extract.model import Document
    from jixiao.extract.text_reader import read_lines
    d = Document(source="x", format="txt", sha256="")
    read_lines(d, "x", "自评表\n单位 | |||||\n序号 | 一级 指标 |\n二级 指标 |\n名称 | 分值 | 得分 |\n"
                       "1 | 规划 (15分) |\n基础 (3分) | 完整性 | 3 |\n3 |\n2 | 计划 (6分) | 明确性 | 3 | 3 | |\n"
                       "3 | 执行 (9分) |\n预算 (9分) | 执行率 | 5 |\n1、除上级\n追加(1")
    [t] = d.tables()
    assert t.grid() == [["单位", "", "", "", "", ""], ["序号", "一级 指标", "二级 指标", "名称", "分值", "得分"],
                        ["1", "规划 (15分)", "基础 (3分)", "完整性", "3", "3"],
                        ["2", "计划 (6分)", "明确性", "3", "3", ""],
                        ["3", "执行 (9分)", "预算 (9分)", "执行率", "5", "1、除上级\n追加(1"]]
    assert [t.cell_at(2, c).loc.line for c in (0, 2, 5)] == [6, 7, 8]
    assert [p.text for p in d.paragraphs()] == ["自评表"]


def test_cells_closed_by_pipes_that_do_not_tile_are_read_as_before():
    """Pieces that overrun the width (a row's rest left out: 1 | 规划 | then a whole row) are no
    broken row: the lines are read as they were, and a later line of the run is no place to start
    a tiling of its own (二级 指标 | … would join the header's rest with the next row's start)."""
    from jixiao.extract.model import Document
    from jixiao.extract.text_reader import read_lines
    text = ("序号 | 一级 指标 |\n二级 指标 |\n名称 | 分值 | 得分 |\n1 | 规划 (15分) |\n"
            "2 | 计划 (6分) | 明确性 | 3 | 3 | |\n3 | 执行 (9分) | 执行率 | 5 | 5 | |\n")
    d = Document(source="x", format="txt", sha256="")
    read_lines(d, "x", text)
    assert [p.text for p in d.paragraphs()] == ["序号 | 一级 指标 |", "二级 指标 |", "1 | 规划 (15分) |"]
    assert [t.grid()[0][0] for t in d.tables()] == ["名称", "2"]


def test_a_row_broken_at_an_empty_cell_between_lines_of_empty_cells_is_one_row():
    """A converter that writes a line of empty cells (| |||) between rows broke one row where its
    empty unit cell stood: 'a | b | 好坏 |' then '| 好坏 | 5 | 5 |' with no such line between. The bar
    that opens the second line closes that empty cell: one row, the empty cell kept in its place
    (053, 068)."""
    from jixiao.extract.model import Document
    from jixiao.extract.text_reader import read_lines
    d = Document(source="x", format="txt", sha256="")
    read_lines(d, "x", "知晓率 | = | 100 | % | 100 | 5 | 5 |\n| |||\n"
                       "可持续影响指标 | 管理机制健全性 | 定性 | 好坏 |\n| 好坏 | 5 | 5 |\n| ||\n"
                       "满意度 | ≥ | 95 | % | 95 | 5 | 5 |\n| |\n")
    [t] = d.tables()
    rows = [[c for c in r if c] for r in t.grid()]
    assert rows == [["知晓率", "=", "100", "%", "100", "5", "5"], [],
                    ["可持续影响指标", "管理机制健全性", "定性", "好坏", "好坏", "5", "5"], [],
                    ["满意度", "≥", "95", "%", "95", "5", "5"], []]
    assert t.grid()[2][:8] == ["可持续影响指标", "管理机制健全性", "定性", "好坏", "", "好坏", "5", "5"]
    assert [t.cell_at(2, c).loc.line for c in (0, 5)] == [3, 4]


def test_a_line_opening_with_a_bar_is_a_row_of_its_own_where_no_empty_lines_part_the_rows():
    """Without lines of empty cells between the rows, a line opening with a bar after a row is a
    row of its own under a merged first cell (018): nothing is joined."""
    from jixiao.extract.model import Document
    from jixiao.extract.text_reader import read_lines
    d = Document(source="x", format="txt", sha256="")
    read_lines(d, "x", "产出指标 | 产出数量 | 培训人数 | 200人 | 198人 |\n| | 考核验收 | 11所 | 11所 |\n"
                       "| 产出质量 | 通过率 | 100% | 98% |\n")
    [t] = d.tables()
    assert [[c for c in r if c] for r in t.grid()] == [["产出指标", "产出数量", "培训人数", "200人", "198人"],
                                                       ["考核验收", "11所", "11所"],
                                                       ["产出质量", "通过率", "100%", "98%"]]


def test_docx_nested_table_and_numbering(tmp_path):
    import docx
    from docx.oxml import parse_xml

    wd = docx.Document()
    outer = wd.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "外层"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "内层1"
    inner.cell(0, 1).text = "内层2"
    wd.add_paragraph("第一项", style="List Number")
    wd.add_paragraph("第二项", style="List Number")
    f = tmp_path / "n.docx"
    wd.save(f)
    d = read_document(f)
    tables = d.tables()
    assert tables[1].parent == (0, 0, 1)
    assert tables[1].grid() == [["内层1", "内层2"]]
    paras = [p.text for p in d.paragraphs()]
    assert paras[-2:] == ["1.第一项", "2.第二项"]
    assert parse_xml  # imported for its side effect on python-docx's element classes


def test_docx_list_numbers_go_on_across_instances_of_one_list_until_one_restarts(tmp_path):
    """Two w:num of one abstract list count on from each other (1. 2. 3. 4.); an instance whose
    lvlOverride restarts the level starts again where it is first used, as Word and LibreOffice draw them."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    wd = docx.Document()
    for text in ("甲", "乙"):
        wd.add_paragraph(text, style="List Number")
    style = next(s for s in wd.styles.element.iterchildren(qn("w:style")) if s.get(qn("w:styleId")) == "ListNumber")
    num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    numbering = wd.part.numbering_part.element
    num = next(n for n in numbering.iterchildren(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    list_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="901"><w:abstractNumId w:val="{list_id}"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="902"><w:abstractNumId w:val="{list_id}"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for text, instance in (("丙", 901), ("丁", 901), ("戊", 902), ("己", 902)):
        p = wd.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                               f'<w:numId w:val="{instance}"/></w:numPr>'))
    wd.save(tmp_path / "n.docx")
    paras = [p.text for p in read_document(tmp_path / "n.docx").paragraphs()]
    assert paras == ["1.甲", "2.乙", "3.丙", "4.丁", "1.戊", "2.己"]


def test_docx_chinese_list_numbers_past_ninety_nine_are_counted_in_chinese(tmp_path):
    """A chineseCounting list (一、二、…) past 九十九 goes on in Chinese numerals with their units, a
    gap of zeros as 零 (一百零一、), as LibreOffice draws the same list (a .doc is read through it);
    not in Arabic figures, which the outline grammar would not read as the list's next number."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    wd = docx.Document()
    wd.add_paragraph("开始", style="List Number")     # (makes the numbering part)
    numbering = wd.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77"><w:lvl w:ilvl="0">'
                                  '<w:start w:val="98"/><w:numFmt w:val="chineseCounting"/>'
                                  '<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for k in range(14):
        p = wd.add_paragraph(f"第{k}项")
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                               '<w:numId w:val="77"/></w:numPr>'))
    wd.save(tmp_path / "n.docx")
    paras = [p.text for p in read_document(tmp_path / "n.docx").paragraphs()]
    assert [x.split("、")[0] for x in paras[1:]] == [
        "九十八", "九十九", "一百", "一百零一", "一百零二", "一百零三", "一百零四", "一百零五", "一百零六", "一百零七",
        "一百零八", "一百零九", "一百一十", "一百一十一"]


def test_docx_list_numbers_in_a_nested_table_are_counted_where_it_stands(tmp_path):
    """A numbered list running through a table nested in an outer cell and on in the outer table's next
    row: Word counts the nested table's paragraphs inside that cell (1. 2.), the next row's after (3.)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    wd = docx.Document()
    wd.add_paragraph("开始", style="List Number")

    def numbered(paragraph, text):
        paragraph.text = text
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                                       f'<w:numId w:val="{number}"/></w:numPr>'))

    number = wd.styles["List Number"].element.pPr.numPr.numId.val   # the style's list, by its instance
    outer = wd.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "产出指标"
    inner = outer.cell(0, 1).add_table(rows=2, cols=1)
    numbered(inner.cell(0, 0).paragraphs[0], "培训人次")
    numbered(inner.cell(1, 0).paragraphs[0], "覆盖率")
    outer.cell(1, 0).text = "效益指标"
    numbered(outer.cell(1, 1).paragraphs[0], "满意度")
    wd.add_paragraph("结束", style="List Number")
    wd.save(tmp_path / "n.docx")
    d = read_document(tmp_path / "n.docx")
    outer_t, inner_t = d.tables()
    assert inner_t.parent == (0, 0, 1)
    assert [row[0] for row in inner_t.grid()] == ["2.培训人次", "3.覆盖率"]
    assert outer_t.grid()[1][1] == "4.满意度"
    assert [p.text for p in d.paragraphs()] == ["1.开始", "5.结束"]


def test_docx_content_controls_moves_and_deleted_rows_as_word_shows_them(tmp_path):
    """Content controls around a cell, a row, a cell's paragraph or a body paragraph are read in place;
    a control still showing its placeholder holds nothing; a tracked move shows once (at w:moveTo),
    a tracked deleted row not at all; a text box once (not again from its mc:Fallback copy)."""
    import copy

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    def sdt(*children, placeholder=False):
        el = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr>{'<w:showingPlcHdr/>' if placeholder else ''}</w:sdtPr>"
                       "<w:sdtContent/></w:sdt>")
        for c in children:
            el.find(qn("w:sdtContent")).append(c)
        return el

    def wrap(el, **kw):   # el, in place, inside a content control
        parent, at = el.getparent(), el.getparent().index(el)
        parent.insert(at, sdt(el, **kw))

    def run(text, tag=None):
        r = f"<w:r><w:t>{text}</w:t></w:r>"
        return parse_xml(f"<w:{tag} {nsdecls('w')} w:id='1' w:author='a'>{r}</w:{tag}>" if tag else
                         f"<w:r {nsdecls('w')}><w:t>{text}</w:t></w:r>")

    wd = docx.Document()
    wd.add_paragraph("项目名称：城乡供水保障")
    wrap(wd.element.body[-2])     # (the last body child is w:sectPr)
    table = wd.add_table(rows=5, cols=2)
    for r, (a, b) in enumerate([("指标", "完成值"), ("培训人次", "1200人次"), ("合格率", "98%"),
                                ("旧指标", "1"), ("完成时间", "")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    tr = table._tbl.tr_lst
    rate, when = table.cell(2, 1)._tc.p_lst[0], table.cell(4, 1)._tc.p_lst[0]
    tr[3].get_or_add_trPr().append(parse_xml(f"<w:del {nsdecls('w')} w:id='2' w:author='a'/>"))
    wrap(tr[1].tc_lst[1])                                          # a cell-level control
    wrap(rate)                                                     # a paragraph's control inside a cell
    wrap(tr[2])                                                    # a row-level control (repeating section)
    when.append(sdt(run("单击或点击此处输入文字。"), placeholder=True))
    moved = wd.add_paragraph("说明")
    moved._p.append(run("（已移走）", "moveFrom"))
    to = wd.add_paragraph()
    to._p.append(run("（已移走）", "moveTo"))
    to._p.append(copy.deepcopy(run("结束")))
    boxed = wd.add_paragraph("附件")      # a text box: the drawing Word shows and its fallback copy
    box = "<w:txbxContent><w:p><w:r><w:t>盖章</w:t></w:r></w:p></w:txbxContent>"
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    boxed._p.append(parse_xml(f'<w:r {nsdecls("w")} {mc}>'
                              f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
                              f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    f = tmp_path / "c.docx"
    wd.save(f)
    d = read_document(f)
    assert d.tables()[0].grid() == [["指标", "完成值"], ["培训人次", "1200人次"], ["合格率", "98%"], ["完成时间", ""]]
    # the text box: once, as a block of its own after its anchor's text (test_docx_text_box_... below)
    assert [p.text for p in d.paragraphs()] == ["项目名称：城乡供水保障", "说明", "（已移走）结束", "附件", "盖章"]


def test_docx_text_box_content_read_as_blocks_where_its_anchor_stands_once(tmp_path):
    """A form inside a floating text box (203): the box's tables and paragraphs are the document's
    blocks, where the anchor stands, marked as in a text box; of mc:AlternateContent the mc:Choice
    copy is read and its VML mc:Fallback copy not (markup compatibility: the first Choice understood,
    else the Fallback); a Fallback with no Choice beside it, and a VML box with no alternative at all
    (older Word), are read."""
    import copy

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    ns = (f'{nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    drawing = ('<w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData '
               'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
               '<w:txbxContent/></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = '<w:pict><v:shape><v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>'

    def box_run(xml, *content):
        r = parse_xml(f"<w:r {ns}>{xml}</w:r>")
        for holder in r.iter(qn("w:txbxContent")):
            for el in content:
                holder.append(copy.deepcopy(el))
        return r

    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    table = wd.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("项目名称", "实训基地建设"), ("年度资金总额", "880.00")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    form = table._tbl
    form.getparent().remove(form)
    note = wd.add_paragraph("（单位：万元）")._p
    note.getparent().remove(note)
    anchor = wd.add_paragraph("填报单位：营口职业技术学院")
    anchor._p.append(box_run(f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
                             f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>', form, note))
    anchor.add_run("（盖章）")
    old = wd.add_paragraph()
    old._p.append(box_run(f"<mc:AlternateContent><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>",
                          parse_xml(f'<w:p {ns}><w:r><w:t>只有旧式文本框</w:t></w:r></w:p>')))
    old._p.append(box_run(vml, parse_xml(f'<w:p {ns}><w:r><w:t>VML 文本框</w:t></w:r></w:p>')))
    wd.add_paragraph("填报人：刘某某")
    wd.save(tmp_path / "box.docx")
    d = read_document(tmp_path / "box.docx")
    assert len(d.tables()) == 1
    t = d.tables()[0]
    assert t.grid() == [["项目名称", "实训基地建设"], ["年度资金总额", "880.00"]]
    assert t.loc.textbox == 1 and {c.loc.textbox for c in t.cells} == {1}
    assert "文本框1" in t.cells[0].loc.describe()
    assert [(b.kind, getattr(b, "text", None), b.loc.textbox) for b in d.blocks] == [
        ("paragraph", "项目支出绩效自评表", None), ("paragraph", "填报单位：营口职业技术学院", None),
        ("table", None, 1), ("paragraph", "（单位：万元）", 1), ("paragraph", "（盖章）", None),
        ("paragraph", "只有旧式文本框", 2), ("paragraph", "VML 文本框", 3), ("paragraph", "填报人：刘某某", None)]


def test_docx_text_box_nested_in_a_text_box_is_read_once(tmp_path):
    """A text box anchored in a paragraph of another text box (each with its VML fallback copy, as
    Word writes them, the inner one inside both copies of the outer): the inner box's text is read
    once, after the outer paragraph that anchors it, and the outer box's text once."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ns = (f'{nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')

    def box(*paras: str) -> str:
        content = "<w:txbxContent>" + "".join(paras) + "</w:txbxContent>"
        return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{content}'
                f'</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}'
                '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')

    inner = box("<w:p><w:r><w:t>内层说明</w:t></w:r></w:p>")
    outer = box(f"<w:p><w:r><w:t>外层说明</w:t></w:r>{inner}</w:p>", "<w:p><w:r><w:t>外层结尾</w:t></w:r></w:p>")
    wd = docx.Document()
    wd.element.body.insert(0, parse_xml(f"<w:p {ns}><w:r><w:t>正文前</w:t></w:r>{outer}</w:p>"))
    wd.add_paragraph("正文")
    wd.save(tmp_path / "nested.docx")
    d = read_document(tmp_path / "nested.docx")
    assert [(b.text, b.loc.textbox) for b in d.blocks] == [
        ("正文前", None), ("外层说明", 1), ("内层说明", 2), ("外层结尾", 1), ("正文", None)]

def test_docx_hidden_text_is_left_out_and_counted(tmp_path):
    """Hidden text (w:vanish, 204's template hints) is not what Word displays or prints: a hidden run
    is left out, whether hidden directly, by its character style or by its paragraph's style;
    w:vanish w:val="false" (LibreOffice writes it) is shown; a table row whose runs and paragraph
    marks are all hidden is not a row; a warning says how many hidden runs were left out, and quotes
    each paragraph's hidden text where it stands."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def hidden(run, val=None):
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml(f"<w:vanish {nsdecls('w')}" + (f" w:val='{val}'" if val else "") + "/>"))

    wd = docx.Document()
    hint = wd.styles.add_style("填写提示", WD_STYLE_TYPE.CHARACTER)
    hint.element.get_or_add_rPr().append(parse_xml(f"<w:vanish {nsdecls('w')}/>"))
    note_style = wd.styles.add_style("填表说明", WD_STYLE_TYPE.PARAGRAPH)
    note_style.element.get_or_add_rPr().append(parse_xml(f"<w:vanish {nsdecls('w')}/>"))
    wd.add_paragraph("注：本表按部门预算批复填列", style="填表说明")
    wd.add_paragraph("项目名称：学校食堂改造")
    table = wd.add_table(rows=4, cols=3)
    for c, text in enumerate(["指标名称", "年度指标值", "实际完成值"]):
        table.cell(0, c).text = text
    merged = table.cell(1, 0).merge(table.cell(1, 2))
    merged.text = ""
    p = merged.paragraphs[0]
    hidden(p.add_run("填表说明：分值合计90分"))
    p._p.get_or_add_pPr().append(parse_xml(f"<w:rPr {nsdecls('w')}><w:vanish/></w:rPr>"))
    table.cell(2, 0).text = "完成改造学校"
    target = table.cell(2, 1).paragraphs[0]
    target.add_run("≥24所")
    hidden(target.add_run("（填写量化目标值，含计量单位）"))
    actual = table.cell(2, 2).paragraphs[0]
    actual.add_run("25所")
    actual.add_run("（填写实际完成值）", style="填写提示")
    table.cell(3, 0).text = "设备更新"
    table.cell(3, 1).text = "≥380台"
    shown = table.cell(3, 2).paragraphs[0].add_run("392台")
    hidden(shown, "false")
    wd.save(tmp_path / "h.docx")
    d = read_document(tmp_path / "h.docx")
    assert [p.text for p in d.paragraphs()] == ["项目名称：学校食堂改造"]
    assert d.tables()[0].grid() == [["指标名称", "年度指标值", "实际完成值"], ["完成改造学校", "≥24所", "25所"],
                                     ["设备更新", "≥380台", "392台"]]
    # each piece named where it stands (the table's rows as read: the hidden one is none), with its words
    assert [w for w in d.warnings if "隐藏" in w] == [
        "隐藏文字未读取：4 处（Word 设为隐藏、不显示也不打印的文字，如模板的填写提示，其中整行隐藏的表格行 1 行）："
        "正文“注：本表按部门预算批复填列”；表1整行隐藏的一行“填表说明：分值合计90分”；"
        "表1第2行第2列“（填写量化目标值，含计量单位）”；表1第2行第3列“（填写实际完成值）”，请核对原件"]


def test_docx_tracked_insertions_are_read_and_deletions_not(tmp_path):
    """Tracked changes left in (202): the final view is the record: a w:ins run's text is read, a
    w:del run's (w:delText) is not, in a body paragraph and in a table cell."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def change(kind, text):
        t = "delText" if kind == "del" else "t"
        return parse_xml(f"<w:{kind} {nsdecls('w')} w:id='1' w:author='a'><w:r><w:{t}>{text}</w:{t}></w:r></w:{kind}>")

    wd = docx.Document()
    p = wd.add_paragraph("社区卫生")
    p._p.append(change("ins", "服务"))
    p._p.append(change("del", "站点"))
    p.add_run("中心")
    table = wd.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "全年执行数"
    cell = table.cell(0, 1).paragraphs[0]
    cell._p.append(change("del", "536.20"))
    cell._p.append(change("ins", "541.80"))
    wd.save(tmp_path / "t.docx")
    d = read_document(tmp_path / "t.docx")
    assert [p.text for p in d.paragraphs()] == ["社区卫生服务中心"]
    assert d.tables()[0].grid() == [["全年执行数", "541.80"]]


def test_docx_checkbox_content_controls_read_as_checked_or_not(tmp_path):
    """A checkbox content control (w14:checkbox) shows ☑ or ☐ by its w14:checked state, whatever glyph
    its run holds: MS Gothic's ☒, or a symbol font's character (w:sym) that is no text at all."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def checkbox(checked, content, font="MS Gothic", on="2612", off="2610"):
        return parse_xml(f'<w:sdt {nsdecls("w")} {w14}><w:sdtPr><w14:checkbox>'
                         + ("" if checked is None else f'<w14:checked w14:val="{checked}"/>')
                         + f'<w14:checkedState w14:val="{on}" w14:font="{font}"/>'
                         f'<w14:uncheckedState w14:val="{off}" w14:font="{font}"/></w14:checkbox></w:sdtPr>'
                         f'<w:sdtContent><w:r>{content}</w:r></w:sdtContent></w:sdt>')

    wd = docx.Document()
    table = wd.add_table(rows=4, cols=2)
    cells = [("已完成", checkbox(1, "<w:t>☒</w:t>")), ("已延期", checkbox(0, "<w:t>☐</w:t>")),
             ("已验收", checkbox("true", '<w:sym w:font="Wingdings 2" w:char="F052"/>', "Wingdings 2", "F052", "F0A3")),
             ("已公开", checkbox(None, '<w:sym w:font="Wingdings 2" w:char="F0A3"/>', "Wingdings 2", "F052", "F0A3"))]
    for r, (label, box) in enumerate(cells):
        table.cell(r, 0).text = label
        table.cell(r, 1).paragraphs[0]._p.append(box)
    wd.add_paragraph("是否公开：").runs[0]._r.addnext(checkbox(1, "<w:t>☒</w:t>"))
    wd.save(tmp_path / "b.docx")
    d = read_document(tmp_path / "b.docx")
    assert [row[1] for row in d.tables()[0].grid()] == ["☑", "☐", "☑", "☐"]
    assert [p.text for p in d.paragraphs()] == ["是否公开：☑"]


def test_pdf_cell_runs_on_measured_at_its_text_edge():
    # A cell's last line that leaves less than a character before the cell's text edge (the cell
    # less its padding) runs on: over a page break its rest is the first row of the next page
    # (052.pdf: 指标2:辖区内公众食品 | 安全科普知识素养). The padding is not room to write in.
    from jixiao.extract.pdf_reader import _cell_text
    chars = [{"text": "字", "x0": 5.0 + 9 * k, "x1": 14.0 + 9 * k, "top": 2.0, "bottom": 11.0, "size": 9.0}
             for k in range(9)]                       # ends at 86; the text edge is 100 - 5
    assert _cell_text(chars, (0.0, 0.0, 100.0, 14.0)) == ("字" * 9, True)
    assert _cell_text(chars[:8], (0.0, 0.0, 100.0, 14.0)) == ("字" * 8, False)


def test_a_centred_line_runs_on_only_where_it_fills_the_cell():
    """A centred line shows no padding: 健全 centred in a cell three times its width has room on both
    sides and did not go on over the page (374.pdf: the next page's first row, 安置群众满意度 | ≥90% …,
    was glued to the last row above it); a centred line that fills the cell may have."""
    from jixiao.extract.pdf_reader import _cell_text

    def centred(text, width, size=9.5):
        x = (width - size * len(text)) / 2
        return [{"text": ch, "x0": x + size * k, "x1": x + size * (k + 1), "top": 2.0, "bottom": 2.0 + size,
                 "size": size} for k, ch in enumerate(text)]
    assert _cell_text(centred("健全", 60.0), (0.0, 0.0, 60.0, 14.0)) == ("健全", False)
    assert _cell_text(centred("塌陷区治理长效管护", 90.0), (0.0, 0.0, 90.0, 14.0)) == ("塌陷区治理长效管护", True)


def test_pdf_cell_lines_of_figures_are_not_joined_as_wrapped_text():
    """Issue 21 (190): figures one a line in a narrow cell (分值 10⏎10, 实际 124座⏎6150亩) are that many
    figures: the next line's figure not fitting after the last is no wrap (a line breaker breaks a
    number only where it is longer than the line); a number that fills its line and goes on, and a
    date going on after its year, are still one."""
    from jixiao.extract.pdf_reader import _cell_text

    def line(top, x, text, widths):
        out = []
        for ch in text:
            w = widths.get(ch, 5.0) if not "\u4e00" <= ch <= "\u9fff" else 10.0
            out.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + 10.0, "size": 10.0})
            x += w
        return out

    box = (0.0, 0.0, 34.0, 40.0)   # a narrow 分值 column, the figures centred
    assert _cell_text(line(2, 12, "10", {}) + line(14, 12, "10", {}), box)[0] == "10\n10"
    box = (0.0, 0.0, 50.0, 40.0)
    assert _cell_text(line(2, 5, "124座", {}) + line(14, 5, "6150亩", {}), box)[0] == "124座\n6150亩"
    assert _cell_text(line(2, 5, "12345678", {}) + line(14, 5, "90", {}), box)[0] == "1234567890"
    # a figure broken where its next digit had no room, though the padding made it look as if it had
    assert _cell_text(line(2, 5, "95.9", {".": 2.5}) + line(14, 5, "2", {}), (0.0, 0.0, 33.0, 40.0))[0] == "95.92"
    assert _cell_text(line(2, 5, "2023年", {}) + line(14, 5, "11月30日前", {}), box)[0] == "2023年11月30日前"


def _text_pdf(path, pages, rules=(), drawn=(), drawn_on=None, font="Helvetica"):
    """A PDF of Helvetica (or `font`) text at given places, with no ruling lines unless `rules` (y of a full
    width horizontal rule on page 1) are given: pages = [[(x, y_from_top, text), ...], ...].
    drawn: more content-stream operators for page 1 (PDF coordinates, from the bottom); drawn_on:
    page index -> operators, for any page."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} >>"]
    kids = []
    for k, page in enumerate(pages):
        ops = [f"BT /F1 10 Tf 1 0 0 1 {x} {792 - y} Tm ({t}) Tj ET" for x, y, t in page]
        ops += [f"40 {792 - y} m 560 {792 - y} l S" for y in (rules if k == 0 else ())]
        ops += list(drawn if k == 0 else ())
        ops += list((drawn_on or {}).get(k, ()))
        stream = "\n".join(ops)
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objs)} 0 R "
                    "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    path.write_bytes(pdf_bytes(objs))
    return path


_PRE_TABLE = ["+--------+--------+--------+-------+",
              "| Level  | Name   | Target | Score |",
              "+--------+--------+--------+-------+",
              "| Output | Cases  | >=4500 | 10    |",
              "|        | Advice | >=6000 | 5     |",
              "|        | Visits | >=300  | 5     |",
              "+--------+--------+--------+-------+"]
# A browser's page frame around all the text, cut by two <hr> rules: a one-column ruled grid.
_FRAME = ["30 742 m 570 742 l 570 400 l 30 400 l h S", "30 720 m 570 720 l S", "30 430 m 570 430 l S"]


def test_pdf_fixed_width_text_table_is_read_as_text_lines(tmp_path):
    # A <pre> form printed by Chromium (223.pdf): its rules are +---+ and | glyphs of a monospace
    # font, not drawn lines, inside the page frame. The glyphs on one advance grid are the text they
    # were printed from, read by the text-table reader; the frame holding it is no table.
    page = [(50, 60, "Self-evaluation of the programme"),
            *[(50, 90 + 12 * k, line) for k, line in enumerate(_PRE_TABLE)],
            (50, 200, "Filled by: Lin")]
    d = read_document(_text_pdf(tmp_path / "pre.pdf", [page], drawn=_FRAME, font="Courier"))
    tables = d.tables()
    assert len(tables) == 1
    t = tables[0]
    assert t.grid() == [["Level", "Name", "Target", "Score"], ["Output", "Cases", ">=4500", "10"],
                        ["", "Advice", ">=6000", "5"], ["", "Visits", ">=300", "5"]]
    cell = t.cell_at(2, 2)
    assert cell.loc.page == 1 and cell.loc.line == 5 and cell.loc.row == 2 and cell.loc.col == 2
    assert "第1页" in cell.loc.describe() and "等宽文本表格内第5行" in cell.loc.describe()
    assert [p.text for p in d.paragraphs()] == ["Self-evaluation of the programme", "Filled by: Lin"]
    assert not d.warnings


# Columns at these x; a row's lines 12 points apart, rows 20 apart (cell padding between them).
_COLS = (50, 150, 300, 380, 460)


def _row(y, *texts):
    return [(x, y, t) for x, t in zip(_COLS, texts) if t]


def test_pdf_table_without_rules_is_read_from_text_alignment(tmp_path):
    # A borderless table: no rules, so the columns are where several lines' runs start and the
    # rows where a line fills the cells afresh; a cell's wrapped line (12 points under it, the
    # other columns empty) goes on the cell, and a two-line header is one row. Lines of label:
    # value pairs and a single line of three runs are no table (the evidence is several
    # consecutive lines sharing three or more column edges): they stay text.
    page = [(50, 40, "Name: Legal aid"), (300, 40, "Unit: Justice bureau"),
            (50, 60, "Annual report of the programme"),
            (50, 80, "The figures below were checked by the office."),
            *_row(120, "Level", "Indicator name", "Target", "Actual", "Weight"),
            *_row(132, "", "", "value", "value", ""),
            *_row(152, "Output", "Cases handled", "4500", "4862", "10"),
            *_row(172, "", "Advice given to the", "60000", "68000", "5"),
            *_row(184, "", "public", "", "", ""),
            *_row(204, "Effect", "Losses recovered", "150", "172", "10"),
            (50, 240, "Signed by the head of the office."),
            (50, 270, "Filled by: Lin"), (200, 270, "Phone: 2895126"), (400, 270, "Date: 2024-02-20")]
    d = read_document(_text_pdf(tmp_path / "borderless.pdf", [page]))
    tables = d.tables()
    assert len(tables) == 1
    t = tables[0]
    assert t.grid() == [["Level", "Indicator name", "Target value", "Actual value", "Weight"],
                        ["Output", "Cases handled", "4500", "4862", "10"],
                        ["", "Advice given to the public", "60000", "68000", "5"],
                        ["Effect", "Losses recovered", "150", "172", "10"]]
    before, after = d.blocks[:d.blocks.index(t)], d.blocks[d.blocks.index(t) + 1:]
    assert normalize_ws("".join(p.text for p in before)) == \
        "Name:LegalaidUnit:JusticebureauAnnualreportoftheprogrammeThefiguresbelowwerecheckedbytheoffice."
    assert normalize_ws("".join(p.text for p in after)) == \
        "Signedbytheheadoftheoffice.Filledby:LinPhone:2895126Date:2024-02-20"
    cell = t.cell_at(2, 1)
    assert cell.loc.page == 1 and cell.loc.row == 2 and cell.loc.col == 1 and cell.loc.bbox[1] < 172 < cell.loc.bbox[3]


def test_pdf_borderless_table_with_figures_set_flush_right_or_on_a_decimal_tab_keeps_them_in_their_column(tmp_path):
    # A form typed with right and decimal tab stops (472): figures of differing widths start at as
    # many edges as they have widths (10 and 8 under Weight; 9.00, 98.80 and 8 under Score, their
    # whole parts ending at the stop). Their columns are where the cells end together, not where
    # each begins: every row keeps its weight and score, and a line whose figures are narrower
    # than the row's above is a row of its own, not the above row's wrapped cells.
    digit = 5.56                                     # Helvetica's digit advance at 10 points

    def right(stop, text):                           # a figure set against a right tab stop
        return stop - digit * sum(ch.isdigit() for ch in text) - 2.78 * text.count(".")

    def decimal(stop, text):                         # a figure set on a decimal tab stop
        return stop - digit * len(text.split(".")[0])

    rows = [("Output", "Cases handled", "4500", "10", "10"), ("", "Advice given", "6000", "8", "8"),
            ("", "Visits paid", "300", "6", "5.50"), ("Effect", "Losses recovered", "150", "10", "9.00"),
            ("", "Complaints", "12", "8", "8")]
    page = [(50, 120, "Level"), (120, 120, "Indicator"), (260, 120, "Target"), (400 - 31.12, 120, "Weight"),
            (480 - 26.12, 120, "Score")]                # headers set flush right too (Helvetica widths)
    for k, (level, name, target, weight, score) in enumerate(rows):
        y = 140 + 20 * k
        page += [(50, y, level)] if level else []
        page += [(120, y, name), (260, y, target), (right(400, weight), y, weight), (decimal(480, score), y, score)]
    # the total line: its 100 runs over where 10 and 8 start, but ends where they end (one column)
    page += [(50, 240, "Total"), (right(400, "100"), 240, "100"), (decimal(480, "98.80"), 240, "98.80")]
    (t,) = read_document(_text_pdf(tmp_path / "tabs.pdf", [page])).tables()
    assert t.grid() == [["Level", "Indicator", "Target", "Weight", "Score"], *[list(r) for r in rows],
                        ["Total", "", "", "100", "98.80"]]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_rows_under_a_boxed_header_separated_only_by_thin_filled_rules(tmp_path, monkeypatch, engine):
    # A browser's print of cells with only a border-bottom: the header cells are boxed (their
    # background rectangles), each body cell has a 0.75 pt filled rectangle under it and no
    # vertical rule; rows stand far apart (tall rows). The header's column boundaries go on down
    # the rules: each band is a row, and a column whose rule is missing between two bands is
    # one cell over both (a rowspan, its text vertically centred).
    from jixiao.extract import pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    xs = (40, 120, 260, 340, 420, 500)
    drawn = [f"{a} {792 - 120} {b - a} 20 re S" for a, b in zip(xs, xs[1:])]      # the header's boxes
    for bottom, cols in ((170, range(1, 5)), (220, range(5)), (270, range(5))):
        drawn += [f"{xs[c]} {792 - bottom} {xs[c + 1] - xs[c]} 0.75 re f" for c in cols]
    cols = (44, 124, 264, 344, 424)
    page = [(x, 114, t) for x, t in zip(cols, ("Level", "Indicator", "Target", "Actual", "Weight"))]
    page += [(x, 150, t) for x, t in zip(cols[1:], ("Cases handled", "4500", "4862", "10"))]
    page += [(44, 174, "Output")]
    page += [(x, 200, t) for x, t in zip(cols[1:], ("Advice given", "60000", "68000", "5"))]
    page += [(x, 250, t) for x, t in zip(cols, ("Effect", "Losses recovered", "150", "172", "10"))]
    d = read_document(_text_pdf(tmp_path / "rules_under.pdf", [page], drawn=drawn))
    tables = d.tables()
    assert len(tables) == 1
    t = tables[0]
    assert t.grid(fill=True) == [["Level", "Indicator", "Target", "Actual", "Weight"],
                                 ["Output", "Cases handled", "4500", "4862", "10"],
                                 ["Output", "Advice given", "60000", "68000", "5"],
                                 ["Effect", "Losses recovered", "150", "172", "10"]]
    assert t.cell_at(1, 0).rowspan == 2 and t.cell_at(1, 0).loc.row == 1


def test_pdf_rows_under_a_boxed_header_separated_by_one_rule_across_the_table(tmp_path):
    # A spreadsheet printed with borders on its header row and one line under each row across
    # the table (no vertical rule), the rows tall for their text (7 text heights), the level
    # word only on the first row of its run: each band is a row, split at the header's columns.
    xs = (40, 120, 260, 340, 420, 500)
    drawn = [f"{a} {792 - 120} {b - a} 20 re S" for a, b in zip(xs, xs[1:])]
    drawn += [f"40 {792 - y} m 500 {792 - y} l S" for y in (190, 260, 330)]
    cols = (44, 124, 264, 344, 424)
    page = [(x, 114, t) for x, t in zip(cols, ("Level", "Indicator", "Target", "Actual", "Weight"))]
    page += [(x, 160, t) for x, t in zip(cols, ("Output", "Cases handled", "4500", "4862", "10"))]
    page += [(x, 230, t) for x, t in zip(cols[1:], ("Advice given", "60000", "68000", "5"))]
    page += [(x, 300, t) for x, t in zip(cols, ("Effect", "Losses recovered", "150", "172", "10"))]
    d = read_document(_text_pdf(tmp_path / "across.pdf", [page], drawn=drawn))
    (t,) = d.tables()
    assert t.grid() == [["Level", "Indicator", "Target", "Actual", "Weight"],
                        ["Output", "Cases handled", "4500", "4862", "10"],
                        ["", "Advice given", "60000", "68000", "5"],
                        ["Effect", "Losses recovered", "150", "172", "10"]]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_value_cell_with_only_a_border_bottom_beside_shaded_labels(tmp_path, monkeypatch, engine):
    # A browser's print of a head table: the label cells are shaded (filled rectangles, so
    # boxed), the value cells beside them have only a border-bottom (a thin rectangle per
    # cell) and no rule above the first row or at the table's right side. Each piece of the
    # border-bottom is a cell's bottom: its ends are the cell's sides.
    from jixiao.extract import pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    shade = "0.95 g {} {} {} {} re f 0 g"
    drawn = [shade.format(40, 792 - 120, 80, 20), f"40 {792 - 120} 80 0.75 re f", f"120 {792 - 120} 400 0.75 re f",
             shade.format(40, 792 - 140, 80, 20), f"40 {792 - 140} 80 0.75 re f", f"120 {792 - 140} 140 0.75 re f",
             shade.format(260, 792 - 140, 80, 20), f"260 {792 - 140} 80 0.75 re f", f"340 {792 - 140} 180 0.75 re f"]
    page = [(44, 114, "Name"), (124, 114, "Road maintenance fund"),
            (44, 134, "Owner"), (124, 134, "Transport bureau"), (264, 134, "Unit"), (344, 134, "Road office")]
    d = read_document(_text_pdf(tmp_path / "head.pdf", [page], drawn=drawn))
    tables = d.tables()
    assert len(tables) == 1
    assert tables[0].grid(fill=True) == [["Name", "Road maintenance fund", "Road maintenance fund", "Road maintenance fund"],
                                         ["Owner", "Transport bureau", "Unit", "Road office"]]


def test_pdf_table_without_rules_over_a_page_break(tmp_path):
    # The table goes on on page 2 under its repeated header; the row the page break split sends
    # the rest of its name there. The header is recognised as the one above, the row re-joined.
    head = [*_row(60, "Level", "Indicator name", "Target", "Actual", "Weight")]
    rows = []
    y = 80
    for k in range(30):
        rows += _row(y, "Output" if k == 0 else "", f"Indicator number {k:02d}", f"{100 + k}", f"{101 + k}", "3")
        y += 20
    rows += _row(y, "", "Timely payment of the", "100", "100", "5")
    page2 = [*_row(60, "Level", "Indicator name", "Target", "Actual", "Weight"),
             *_row(80, "", "subsidies", "", "", ""),
             *_row(100, "Effect", "Satisfaction", "95", "97", "5")]
    d = read_document(_text_pdf(tmp_path / "split.pdf", [head + rows, page2]))
    tables = d.tables()
    assert len(tables) == 1
    g = tables[0].grid()
    assert g[0] == ["Level", "Indicator name", "Target", "Actual", "Weight"]
    assert [r[1] for r in g].count("Indicator name") == 1
    assert g[-2][1:] == ["Timely payment of the subsidies", "100", "100", "5"]
    assert g[-1] == ["Effect", "Satisfaction", "95", "97", "5"]
    assert tables[0].cell_at(len(g) - 1, 1).loc.page == 2


def test_pdf_table_without_rules_rows_as_close_as_lines(tmp_path):
    # Cells without top and bottom padding: rows stand as close as a cell's lines (12 points),
    # so distance tells nothing and the columns a line fills do (a name's second line fills one
    # column; the next row fills those the row's first line filled from its first column on).
    # A header over a column its rows leave empty (Remarks) is a column of its own, not a second
    # header in the column before it.
    cols = (50, 150, 300, 380, 460)
    lines = [(50, 100, "Level"), (150, 100, "Indicator name"), (300, 100, "Target"), (380, 100, "Actual"),
             (460, 100, "Remarks"),
             (50, 112, "Output"), (150, 112, "Cases handled by"), (300, 112, "4500"), (380, 112, "4862"),
             (150, 124, "the centre"),
             (150, 136, "Advice given"), (300, 136, "60000"), (380, 136, "68000"),
             (150, 148, "Losses recovered"), (300, 148, "150"), (380, 148, "172")]
    assert {x for x, _, _ in lines} == set(cols)
    d = read_document(_text_pdf(tmp_path / "tight.pdf", [lines]))
    (t,) = d.tables()
    assert t.grid() == [["Level", "Indicator name", "Target", "Actual", "Remarks"],
                        ["Output", "Cases handled by the centre", "4500", "4862", ""],
                        ["", "Advice given", "60000", "68000", ""],
                        ["", "Losses recovered", "150", "172", ""]]


def test_pdf_table_without_rules_line_whose_text_runs_over_a_column_is_a_row(tmp_path):
    # Tab-typed rows, every line 14 points apart: a line whose first field is empty and whose
    # second runs on past the next column's edge fills the columns a row fills (that run fills
    # two): it is a row of its own, not the next line of the row above (6 and 6 read 66).
    lines = [(50, 100, "Level"), (150, 100, "Sub level"), (300, 100, "Indicator"), (380, 100, "Target"),
             (460, 100, "Weight"),
             (50, 114, "Effect"), (150, 114, "Social"), (300, 114, "Fishers"), (380, 114, ">=300"), (460, 114, "6"),
             (150, 128, "Lasting impact and its long-term mechanism"), (380, 128, "Sound"), (460, 128, "6"),
             (50, 142, "Satisfied"), (150, 142, "Users"), (300, 142, "Residents"), (380, 142, ">=90%"),
             (460, 142, "10")]
    d = read_document(_text_pdf(tmp_path / "typed.pdf", [lines]))
    (t,) = d.tables()
    g = t.grid()
    assert len(g) == 4
    assert g[1] == ["Effect", "Social", "Fishers", ">=300", "6"]
    assert g[2][0] == "" and g[2][3:] == ["Sound", "6"]
    assert g[3] == ["Satisfied", "Users", "Residents", ">=90%", "10"]


def test_pdf_cell_of_two_ascii_targets_one_a_line_keeps_its_lines(tmp_path):
    # >=90% over >=88% in one borderless cell: two figures one a line, as two ≥ targets are (at
    # c3ef8af the ASCII operator opened no figure for the line grammar, and the cell read >=90%>=88%)
    lines = [(50, 100, "Level"), (150, 100, "Sub level"), (300, 100, "Indicator"), (380, 100, "Target"),
             (460, 100, "Weight"),
             (50, 114, "Effect"), (150, 114, "Social"), (300, 114, "Fishers"), (380, 114, ">=300"), (460, 114, "6"),
             (50, 134, "Satisfied"), (150, 134, "Users"), (300, 134, "Residents"), (380, 134, ">=90%"),
             (460, 134, "10"), (380, 146, ">=88%"),
             (50, 166, "Satisfied"), (150, 166, "Users"), (300, 166, "Visitors"), (380, 166, ">=85%"), (460, 166, "10")]
    (t,) = read_document(_text_pdf(tmp_path / "stacked.pdf", [lines])).tables()
    assert [r[3] for r in t.grid()] == ["Target", ">=300", ">=90%\n>=88%", ">=85%"]


def test_pdf_wrapped_cell_over_its_rule_keeps_its_lines():
    # An Excel-born PDF draws a wrapped cell taller than its row vertically centred: its first line
    # crosses the rule above and its centre falls in the row above, overprinting that cell's text.
    # The line is the lower cell's (one cell's lines never overlap), not the upper cell's.
    from types import SimpleNamespace

    from jixiao.extract.pdf_reader import _cell_text, _read_page

    def line(text, x0, top):
        return [{"text": ch, "x0": x0 + 9 * k, "x1": x0 + 9 * k + 8.9, "top": top, "bottom": top + 8.9, "size": 8.9}
                for k, ch in enumerate(text)]
    ys = [0.0, 13.3, 26.6, 39.9]
    found = [SimpleNamespace(bbox=(0.0, 0.0, 70.0, 39.9), cells=[(0.0, a, 70.0, b) for a, b in zip(ys, ys[1:])])]
    chars = line("≥98", 20.0, 1.5) + line("2024年6月", 4.0, 8.4) + line("30日前", 16.0, 21.3) + line("≤5", 20.0, 28.0)
    (kind, t), = _read_page(1, chars, found)
    boxes = {(r0, c0): bbox for r0, c0, _, _, bbox in t.cells}
    texts = [_cell_text(t.chars.get(slot, []), boxes[slot])[0] for slot in sorted(boxes)]
    assert texts == ["≥98", "2024年6月30日前", "≤5"]



def test_pdf_wrapped_cell_over_the_tables_top_rule_keeps_its_first_line():
    # 249's .pdf: a finance-system export with a narrow value cell in the table's first row, its
    # name wrapped to two lines, vertically centred: the first line crosses the table's top rule and
    # its centre falls above the table. It is the cell's first line, not a paragraph before the table.
    from types import SimpleNamespace

    from jixiao.extract.pdf_reader import _cell_text, _read_page

    def line(text, x0, top):
        return [{"text": ch, "x0": x0 + 7 * k, "x1": x0 + 7 * k + 7.0, "top": top, "bottom": top + 7.0, "size": 7.0}
                for k, ch in enumerate(text)]
    ys = [0.0, 10.5, 21.0]
    found = [SimpleNamespace(bbox=(0.0, 0.0, 130.0, 21.0),
                             cells=[(x0, a, x1, b) for a, b in zip(ys, ys[1:]) for x0, x1 in ((0.0, 40.0), (40.0, 130.0))])]
    chars = (line("自评表", 0.0, -20.0) + line("2023年某市村集体发展", 41.0, -3.8) + line("项目名称", 5.0, 1.8)
             + line("扶持项目", 41.0, 6.4) + line("主管部门", 5.0, 12.3) + line("某市农业局", 41.0, 12.3))
    items = _read_page(1, chars, found)
    assert [kind for kind, *_ in items] == ["lines", "table"]
    assert [ln.text for ln in items[0][1]] == ["自评表"]
    t = items[1][1]
    boxes = {(r0, c0): bbox for r0, c0, _, _, bbox in t.cells}
    texts = [_cell_text(t.chars.get(slot, []), boxes[slot])[0] for slot in sorted(boxes)]
    assert texts == ["项目名称", "2023年某市村集体发展扶持项目", "主管部门", "某市农业局"]


def test_pdf_box_of_aligned_lines_over_a_grid_cell_is_read_as_its_table():
    # 903.pdf: a sheet's text box with tab stops printed over its cells leaves the whole indicator
    # table, a row a line, in one cell of the grid: one cell holds no columns, so the lines were one
    # text and no row was read. Lines lined up in columns are a table of their own.
    from types import SimpleNamespace

    from jixiao.extract.pdf_reader import _read_page

    def line(fields, top):
        out = []
        for x0, text in zip((10.0, 60.0, 140.0, 200.0, 260.0), fields):
            out += [{"text": ch, "x0": x0 + 8 * k, "x1": x0 + 8 * k + 8.0, "top": top, "bottom": top + 8.0, "size": 8.0}
                    for k, ch in enumerate(text)]
        return out
    rows = [("二级指标", "三级指标", "年度指标值", "实际完成值", "分值"),
            ("数量指标", "新打机电井", "≥60眼", "62眼", "8"),
            ("质量指标", "工程验收合格率", "100%", "100%", "8"),
            ("时效指标", "项目建设完成时间", "≤12月", "11月", "5")]
    chars = [ch for k, r in enumerate(rows) for ch in line(r, 10.0 + 12 * k)]
    found = [SimpleNamespace(bbox=(0.0, 0.0, 330.0, 70.0), cells=[(0.0, 0.0, 330.0, 60.0), (0.0, 60.0, 330.0, 70.0)])]
    tables = [t for kind, t, *_ in _read_page(1, chars, found) if kind == "table" and t.aligned]
    assert len(tables) == 1 and len(tables[0].xs) - 1 == 5 and len(tables[0].ys) - 1 == 4


def _typed_rows_docx(path, typed_header: bool):
    """A Word table of indicator rows, then more rows typed below it as tab-separated lines with tab
    stops: level words only where they change, one line with spaces for a tab, a typed total."""
    import docx
    from docx.shared import Cm

    wd = docx.Document()
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    t = wd.add_table(rows=2, cols=8)
    for c, text in enumerate(heads):
        t.cell(0, c).text = text
    for c, text in enumerate(["产出指标", "数量指标", "巡查河道里程", "≥120公里", "131公里", "20", "20", ""]):
        t.cell(1, c).text = text

    def line(text):
        p = wd.add_paragraph()
        for cm in (2, 4, 8, 11, 14, 16, 18):   # tab stops: w:pPr/w:tabs/w:tab, no tab characters
            p.paragraph_format.tab_stops.add_tab_stop(Cm(cm))
        p.add_run(text)

    if typed_header:
        line("\t".join(heads))
    line("效益指标\t社会效益指标\t受益群众人数\t≥5000人\t5230人\t30\t30\t")
    line("\t\t河道保洁频次    ≥2次/周\t2次/周\t30\t30\t")
    line("满意度指标\t满意度指标\t群众满意度\t≥85%\t88%\t20\t19\t宣传不足")
    line("总分\t\t\t\t\t100\t99\t")
    wd.add_paragraph("填报人：某某\t联系电话：1234")
    wd.save(path)


@pytest.mark.parametrize("typed_header", [True, False])
def test_docx_rows_typed_with_tabs_are_a_table(tmp_path, typed_header):
    from jixiao.normalize import normalize_document

    f = tmp_path / "typed.docx"
    _typed_rows_docx(f, typed_header)
    d = read_document(f)
    typed = d.tables()[-1]
    assert typed.origin == "typed with tabs"
    grid = typed.grid()
    assert grid[-4:] == [["效益指标", "社会效益指标", "受益群众人数", "≥5000人", "5230人", "30", "30", ""],
                         ["", "", "河道保洁频次", "≥2次/周", "2次/周", "30", "30", ""],
                         ["满意度指标", "满意度指标", "群众满意度", "≥85%", "88%", "20", "19", "宣传不足"],
                         ["总分", "", "", "", "", "100", "99", ""]]
    assert grid[-4][0] == typed.cells[-32].text and typed.cells[-32].loc.table == typed.index
    assert "填报人：某某\t联系电话：1234" in [p.text for p in d.paragraphs()]   # two fields: no table

    recs = normalize_document(d, name="typed.docx")
    by_name = {i.level3: i for i in recs.indicators}
    assert set(by_name) == {"巡查河道里程", "受益群众人数", "河道保洁频次", "群众满意度"}
    assert by_name["河道保洁频次"].level2_raw == "社会效益指标"
    assert by_name["河道保洁频次"].target.q.raw == "≥2次/周"
    assert by_name["群众满意度"].score.value == Decimal("19")
    assert recs.projects[0].total_score_stated.value == Decimal("99")



@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_grid_rows_end_where_its_vertical_rules_end(tmp_path, monkeypatch, engine):
    # A fund table ruled across (40-400) with vertical rules only around its middle columns,
    # then a caption line and a wider table (40-560) of horizontal rules only. The wider rules
    # are another table's: the fund grid's columns do not go on down over them.
    from jixiao.extract import pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    drawn = [f"40 {792 - y} m 400 {792 - y} l S" for y in (100, 120, 140, 160)]
    drawn += [f"{x} {792 - 100} m {x} {792 - 160} l S" for x in (120, 200, 280, 360)]
    drawn += [f"40 {792 - y} m 560 {792 - y} l S" for y in (180, 200, 220, 240)]
    page = [(x, 114, t) for x, t in zip((44, 124, 204, 284, 364), ("Fund", "Initial", "Budget", "Spent", "Score"))]
    page += [(x, 134, t) for x, t in zip((44, 124, 204, 284, 364), ("Total", "50", "60", "58", "9"))]
    page += [(x, 154, t) for x, t in zip((44, 124, 204, 284, 364), ("Project", "30", "40", "38", "-"))]
    page += [(124, 174, "Goal:"), (214, 174, "all met")]
    cols = (44, 150, 240, 330, 420, 500)
    for y, texts in ((194, ("Level", "Indicator name", "Target", "Actual", "Weight", "Score")),
                     (214, ("Output", "Green area added", ">=45", "48.6", "8", "8")),
                     (234, ("Effect", "Park visitors", ">=900", "960", "6", "6"))):
        page += [(x, y, t) for x, t in zip(cols, texts)]
    d = read_document(_text_pdf(tmp_path / "middle_ruled.pdf", [page], drawn=drawn))
    ruled = d.tables()[0]
    assert ruled.n_rows == 3
    assert all("Green" not in c.text and "Park" not in c.text for c in ruled.cells)
    names = [c.text for t in d.tables() for c in t.cells]
    assert "Indicator name" in names and "Green area added" in names and "Park visitors" in names


def test_pdf_text_beside_a_grid_ruled_in_its_middle_columns_is_more_cells_of_its_rows(tmp_path):
    # Horizontal rules across the whole fund table, vertical rules only around its middle two
    # columns: the label / first-amount columns left of them and the score column right of them
    # are cells of the same rows, one table in x order.
    drawn = [f"40 {792 - y} m 440 {792 - y} l S" for y in (100, 120, 140, 160)]
    drawn += [f"{x} {792 - 100} m {x} {792 - 160} l S" for x in (200, 280, 360)]
    cols = (44, 124, 204, 284, 364)
    page = []
    for y, texts in ((114, ("Fund", "Initial", "Budget", "Spent", "Score")),
                     (134, ("Total", "50", "60", "58", "9.7")), (154, ("Project", "30", "40", "38", "-"))):
        page += [(x, y, t) for x, t in zip(cols, texts)]
    d = read_document(_text_pdf(tmp_path / "beside.pdf", [page], drawn=drawn))
    (t,) = d.tables()
    assert t.grid() == [["Fund", "Initial", "Budget", "Spent", "Score"], ["Total", "50", "60", "58", "9.7"],
                        ["Project", "30", "40", "38", "-"]]
    assert t.cell_at(1, 4).loc.col == 4 and t.cell_at(1, 4).loc.bbox[0] > 360


def _ruled_pages(level_above: str):
    """Two pages of one ruled table (level 2 | name | score), its header repeated on page 2. On
    page 1 a level-2 cell over rows 1-2 (level_above "merged"; "blank": written once and left blank
    below as "as above"; "continued": merged on over row 3 too), then row 3 whose level-2 cell is its
    own and empty (but for "continued"); "one_row": 社会效益指标 merged over rows 1-2, then a one-row
    group 经济效益指标, then the own empty cell; "one_row_as_above": the same with 社会效益指标 written
    once and left blank below. Page 2 starts with a row whose level-2 cell holds 可持续影响指标
    (LibreOffice draws a vMerged cell's text in its lower part)."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    def text(s, x0, top):
        return [{"text": ch, "x0": x0 + 10 * k, "x1": x0 + 10 * k + 9.5, "top": top, "bottom": top + 9.5,
                 "size": 9.5} for k, ch in enumerate(s)]

    def table(rows: list[tuple], merged: list[tuple]) -> SimpleNamespace:
        rects = [(x0, 20.0 * r, x1, 20.0 * (r + 1)) for r, cols in rows for x0, x1 in cols] + merged
        return SimpleNamespace(bbox=(0.0, 0.0, 240.0, max(b[3] for b in rects)), cells=rects)
    head = [(0.0, 80.0), (80.0, 200.0), (200.0, 240.0)]
    tail = [(80.0, 200.0), (200.0, 240.0)]
    one_row = level_above.startswith("one_row")
    if level_above in ("merged", "one_row"):
        page1 = table([(0, head), (1, tail), (2, tail), *([(3, head)] if one_row else []), (3 + one_row, head)],
                      [(0.0, 20.0, 80.0, 60.0)])
    elif level_above == "continued":
        page1 = table([(0, head), (1, tail), (2, tail), (3, tail)], [(0.0, 20.0, 80.0, 80.0)])
    else:
        page1 = table([(0, head), (1, head), (2, head), (3, head), *([(4, head)] if one_row else [])], [])
    chars1 = text("二级指标", 2, 5) + text("三级指标", 82, 5) + text("分值", 202, 5) + \
        text("社会效益指标", 2, 25) + text("受益学生", 82, 25) + text("8", 202, 25) + \
        text("校舍安全事故", 82, 45) + text("8", 202, 45)
    if one_row:
        chars1 += text("经济效益指标", 2, 65) + text("带动就业", 82, 65) + text("6", 202, 65)
    chars1 += text("校舍安全年检制度", 82, 65 + 20 * one_row) + text("8", 202, 65 + 20 * one_row)
    page2 = table([(0, head), (1, head)], [])
    chars2 = text("二级指标", 2, 5) + text("三级指标", 82, 5) + text("分值", 202, 5) + \
        text("可持续影响指标", 2, 25) + text("维修工程返修率", 82, 25) + text("6", 202, 25)
    items = _read_page(1, chars1, [page1]) + _read_page(2, chars2, [page2])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "made-up.pdf", items, _body_bottom(items))
    (t,) = doc.tables()
    return [row[0] for row in t.grid(fill=True)]


def test_pdf_merged_cell_cut_by_the_page_takes_its_text_from_the_next_page():
    # 151: the row above the break has its own empty level-2 cell under a merged 社会效益指标 that
    # ends above it (a rule between): not that group's, so not "as above"; it is the top of the
    # vMerged 可持续影响指标 whose text LibreOffice drew on page 2.
    assert _ruled_pages("merged") == ["二级指标", "社会效益指标", "社会效益指标", "可持续影响指标", "可持续影响指标"]
    # Level words written once and left blank below (no merges): the blank cell is "as above".
    assert _ruled_pages("blank") == ["二级指标", "社会效益指标", "", "", "可持续影响指标"]
    # A real continuation: the merged cell goes on over the page's last row (no rule over its empty
    # part), so that row keeps 社会效益指标 and 可持续影响指标 opens on page 2 alone.
    assert _ruled_pages("continued") == ["二级指标", "社会效益指标", "社会效益指标", "社会效益指标", "可持续影响指标"]


def test_pdf_merged_cell_cut_by_the_page_under_a_one_row_group_takes_its_text_from_the_next_page():
    # 395: the group above the break's empty cell is one row (可持续影响指标 there, 经济效益指标 here),
    # so no merged cell ends over it; the column is written merged elsewhere (社会效益指标 over two
    # rows) with no level left blank below a filled one, so the empty cell under the rule opens the
    # merged cell whose text is drawn on page 2 (it had read 经济效益指标 by "as above").
    assert _ruled_pages("one_row") == ["二级指标", "社会效益指标", "社会效益指标", "经济效益指标", "可持续影响指标",
                                       "可持续影响指标"]
    # The same column writing its levels once and leaving them blank below: "as above" it stays.
    assert _ruled_pages("one_row_as_above") == ["二级指标", "社会效益指标", "", "经济效益指标", "", "可持续影响指标"]


def _glyphs(s, x0, top):
    """pdfplumber's characters of a line of 9.5 pt text from (x0, top): CJK 10 wide, others 5."""
    out = []
    for ch in s:
        w = 10.0 if "\u4e00" <= ch <= "\u9fff" else 5.0
        out.append({"text": ch, "x0": x0, "x1": x0 + w - 0.5, "top": top, "bottom": top + 9.5, "size": 9.5})
        x0 += w
    return out


def test_pdf_row_split_by_the_page_goes_on_where_the_next_run_had_no_room():
    """A row Word lets break over the page (229.pdf: 改造渔船单船年均 | 2.36万 on page 1, 增收 | 元/艘 under
    the repeated header on page 2): the value's last line leaves room for 元 but not for 元/, which a
    line breaker keeps together (no break before a solidus), so it too went on, and the row is one."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    text = _glyphs
    cols = [(0.0, 62.0), (62.0, 107.0)]

    def table(n):
        rects = [(x0, 20.0 * r, x1, 20.0 * (r + 1)) for r in range(n) for x0, x1 in cols]
        return SimpleNamespace(bbox=(0.0, 0.0, 107.0, 20.0 * n), cells=rects)
    head = text("三级指标", 2, 5) + text("实际值", 64, 5)
    chars1 = head + text("培训渔民", 2, 25) + text("615人次", 64, 25) + \
        text("安装终端", 2, 45) + text("124台", 64, 45) + text("改造渔船单", 2, 65) + text("2.36万", 64, 65)
    chars2 = head + text("增收", 2, 25) + text("元/艘", 64, 25) + text("渔民满意度", 2, 45) + text("95.2%", 64, 45)
    items = _read_page(1, chars1, [table(4)]) + _read_page(2, chars2, [table(3)])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "made-up.pdf", items, _body_bottom(items))
    (t,) = doc.tables()
    assert [[" ".join(x.split()) for x in row] for row in t.grid()] == [
        ["三级指标", "实际值"], ["培训渔民", "615人次"], ["安装终端", "124台"], ["改造渔船单增收", "2.36万 元/艘"],
        ["渔民满意度", "95.2%"]]


def test_pdf_row_under_the_repeated_header_is_the_next_row_where_the_cells_above_had_room():
    """Issue 21 (274.pdf): page 1 ends on a row two lines high whose name wraps to the cell's edge and
    whose figure (100%, one line) leaves less than a Latin line's margin at its right; page 2's first
    row under the repeated header is the next row (管护机制 | 健全). The figure's cell had room for a
    line under it, which a line breaker fills before going over the page: the row is its own, not the
    rest of the row above. Where every cell is full to its foot (190.pdf's 1.项目区群众满意 | ≥90%, one
    line high), the row under the header goes on as before."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    text = _glyphs
    cols = [(0.0, 62.0), (62.0, 100.0)]

    def table(ys):
        rects = [(x0, y0, x1, y1) for y0, y1 in zip(ys, ys[1:]) for x0, x1 in cols]
        return SimpleNamespace(bbox=(0.0, 0.0, 100.0, ys[-1]), cells=rects)

    def read(last_high):
        head = text("三级指标", 2, 5) + text("实际值", 64, 5)
        chars1 = head + text("培训渔民", 2, 25) + text("615人次", 64, 25) + text("水源保护划", 2, 45) + \
            text("100%", 64, 45)   # ends 14.5 short of the text edge: room for 健, less than a Latin margin
        if last_high:
            chars1 += text("定完成率划", 2, 57)
        chars2 = head + text("管护机制", 2, 25) + text("健全", 64, 25) + text("渔民满意度", 2, 45) + \
            text("95.2%", 64, 45)
        items = _read_page(1, chars1, [table([0.0, 20.0, 40.0, 72.0 if last_high else 60.0])]) + \
            _read_page(2, chars2, [table([0.0, 20.0, 40.0, 60.0])])
        doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
        _assemble(doc, "made-up.pdf", items, _body_bottom(items))
        (t,) = doc.tables()
        return [[" ".join(x.split()) for x in row] for row in t.grid()]
    assert read(last_high=True) == [
        ["三级指标", "实际值"], ["培训渔民", "615人次"], ["水源保护划定完成率划", "100%"], ["管护机制", "健全"],
        ["渔民满意度", "95.2%"]]
    assert read(last_high=False)[2:] == [["水源保护划管护机制", "100%健全"], ["渔民满意度", "95.2%"]]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_row_cut_open_by_the_page_break_is_closed_and_joined(tmp_path, monkeypatch, engine):
    # A browser prints a row split over the page with its cells' sides and no rule where page 1
    # ends it nor where page 2 goes on (176): the verticals run past the last rule to the page's
    # end, and on page 2 start above the first rule. Each open band is the row's part on its page:
    # closed there, and its wrapped name joined across the break.
    from jixiao.extract import pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    xs = (40, 150, 240, 330, 420)

    def grid(hs, top, bottom):
        return [f"{xs[0]} {792 - y} m {xs[-1]} {792 - y} l S" for y in hs] + \
            [f"{x} {792 - top} m {x} {792 - bottom} l S" for x in xs]
    page1 = [(x + 4, 714, t) for x, t in zip(xs, ("Level", "Name", "Target", "Weight"))]
    page1 += [(x + 4, 734, t) for x, t in zip(xs, ("Output", "Cases", "4500", "10"))]
    page1 += [(x + 4, 754, t) for x, t in zip(xs, ("Effect", "Statistical data", "true", "7"))]
    page2 = [(154, 74, "quality")]
    page2 += [(x + 4, 94, t) for x, t in zip(xs, ("Satisfaction", "Users served", "90%", "12"))]
    path = _text_pdf(tmp_path / "cut_row.pdf", [page1, page2],
                     drawn_on={0: grid((700, 720, 740), 700, 780), 1: grid((80, 100), 60, 100)})
    d = read_document(path)
    (t,) = d.tables()
    assert t.grid() == [["Level", "Name", "Target", "Weight"], ["Output", "Cases", "4500", "10"],
                        ["Effect", "Statistical data quality", "true", "7"],
                        ["Satisfaction", "Users served", "90%", "12"]]
    assert not [p.text for p in d.paragraphs()]
    assert (t.cell_at(2, 1).loc.page, t.cell_at(3, 0).loc.page) == (1, 2)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_pdf_merged_cell_left_open_by_the_page_break_beside_closed_cells_keeps_its_text(tmp_path, monkeypatch,
                                                                                          engine):
    # LibreOffice closes each cell of the page's last row with its own rule, but a level cell merged
    # on over the page (Effect, over a row on each page) with none (285.pdf): only that cell is
    # open. Closed on its page, its text stays the last row's there, and the empty cell under it on
    # page 2 is the next rows' (a level "as above"); before, the open cell was no cell and its text
    # was lost.
    from jixiao.extract import pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    xs = (40, 150, 240, 330, 420)

    def grid(hs, top, bottom):
        return [f"{x0} {792 - y} m {xs[-1]} {792 - y} l S" for y, x0 in hs] + \
            [f"{x} {792 - top} m {x} {792 - bottom} l S" for x in xs]
    page1 = [(x + 4, 714, t) for x, t in zip(xs, ("Level", "Name", "Target", "Weight"))]
    page1 += [(x + 4, 734, t) for x, t in zip(xs, ("Output", "Cases", "4500", "10"))]
    page1 += [(x + 4, 754, t) for x, t in zip(xs, ("Effect", "Jobs", "120", "7"))]
    page2 = [(x + 4, 74, t) for x, t in zip(xs, ("", "Income", "3%", "8"))]
    page2 += [(x + 4, 94, t) for x, t in zip(xs, ("Satisfaction", "Users served", "90%", "12"))]
    path = _text_pdf(tmp_path / "open_cell.pdf", [page1, page2],
                     drawn_on={0: grid(((700, 40), (720, 40), (740, 40), (760, 150)), 700, 760),
                               1: grid(((60, 40), (80, 40), (100, 40)), 60, 100)})
    d = read_document(path)
    (t,) = d.tables()
    assert t.grid() == [["Level", "Name", "Target", "Weight"], ["Output", "Cases", "4500", "10"],
                        ["Effect", "Jobs", "120", "7"], ["", "Income", "3%", "8"],
                        ["Satisfaction", "Users served", "90%", "12"]]
    assert not [p.text for p in d.paragraphs()]


def _stored_turned(src, dst, rotation: int):
    """The PDF's pages stored turned with /Rotate `rotation`, as print drivers store landscape
    pages: the content turned back by the same angle, so that a viewer shows what it showed."""
    from pypdf import PdfReader, PdfWriter, Transformation
    writer = PdfWriter(clone_from=PdfReader(src))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        move = {90: (h, 0), 180: (w, h), 270: (0, w)}[rotation]
        page.add_transformation(Transformation().rotate(rotation).translate(*move))
        size = (w, h) if rotation == 180 else (h, w)
        page.mediabox.lower_left, page.mediabox.upper_right = (0, 0), size
        page.cropbox.lower_left, page.cropbox.upper_right = (0, 0), size
        page.rotation = rotation
    with open(dst, "wb") as fh:
        writer.write(fh)
    return dst


def _shown(d) -> list:
    """A Document as read: each block's text, or its cells (place, spans, text) and where they stand."""
    def box(b):
        return tuple(round(v) for v in b) if b else None
    return [(b.kind, b.loc.page, b.text) if isinstance(b, Paragraph) else
            (b.kind, b.loc.page, b.n_rows, b.n_cols,
             [(c.row, c.col, c.rowspan, c.colspan, c.text, box(c.loc.bbox)) for c in b.cells])
            for b in d.blocks]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_pdf_page_stored_turned_with_rotate_reads_as_shown(tmp_path, monkeypatch, engine, rotation):
    # A landscape page stored portrait with /Rotate 90 (or any page stored turned) is shown
    # upright by every viewer: it reads as the same page stored upright (PDFium gives the
    # characters and rules in the stored space; read there, columns came out as rows and
    # every string reversed). A ruled grid, a table ruled across only, text above and below.
    from jixiao.extract import pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    drawn = [f"40 {792 - y} m 400 {792 - y} l S" for y in (100, 120, 140, 160)]
    drawn += [f"{x} {792 - 100} m {x} {792 - 160} l S" for x in (40, 120, 200, 280, 360, 400)]
    drawn += [f"40 {792 - y} m 560 {792 - y} l S" for y in (200, 220, 240, 260)]
    page = [(44, 60, "Self-evaluation of the park greening fund, 2023"), (44, 80, "Unit: Parks bureau")]
    for y, texts in ((114, ("Fund", "Initial", "Budget", "Spent", "Score")),
                     (134, ("Total", "50", "60", "58", "9")), (154, ("Project", "30", "40", "38", "-"))):
        page += [(x, y, t) for x, t in zip((44, 124, 204, 284, 364), texts)]
    cols = (44, 150, 240, 330, 420, 500)
    for y, texts in ((214, ("Level", "Indicator name", "Target", "Actual", "Weight", "Score")),
                     (234, ("Output", "Green area added", ">=45", "48.6", "8", "8")),
                     (254, ("Effect", "Park visitors", ">=900", "960", "6", "6"))):
        page += [(x, y, t) for x, t in zip(cols, texts)]
    page += [(44, 300, "Filled by: Lin"), (300, 300, "Date: 2024-02-20")]
    upright = _text_pdf(tmp_path / "upright.pdf", [page], drawn=drawn)
    turned = _stored_turned(upright, tmp_path / f"turned{rotation}.pdf", rotation)
    want, got = read_document(upright), read_document(turned)
    assert len(want.tables()) == 2 and want.tables()[0].grid()[1] == ["Total", "50", "60", "58", "9"]
    assert _shown(got) == _shown(want)


def test_pdf_of_a_fixed_width_text_table_closed_pipe_rows_are_rows_not_wrapped_lines(tmp_path):
    # A web page's <pre> table printed to PDF: its rules are | and +---+ glyphs, each line one run
    # of text, so no grid and no aligned columns. Each row is as wide as the text area, as a full
    # line of running text is, but a row closed by its borders (| first and last) never wraps: each
    # line stays a row and the text-table reader reads the table (it once joined each row to the
    # next as its wrapped rest, and the rows were not read).
    lines = ["Self-evaluation of the programme", "+--------+---------------+------+------+----+",
             "| Level  | Indicator     | Plan | Done | W  |", "+--------+---------------+------+------+----+",
             "| Output | Cases handled | 4500 | 4862 | 10 |", "|        | Advice given  | 6000 | 6800 | 5  |",
             "| Effect | Losses        | 150  | 172  | 10 |", "+--------+---------------+------+------+----+"]
    d = read_document(_text_pdf(tmp_path / "pre.pdf", [[(50, 40 + 14 * k, t) for k, t in enumerate(lines)]]))
    (t,) = d.tables()
    assert t.n_cols == 5 and t.grid() == [["Level", "Indicator", "Plan", "Done", "W"],
                                          ["Output", "Cases handled", "4500", "4862", "10"],
                                          ["", "Advice given", "6000", "6800", "5"],
                                          ["Effect", "Losses", "150", "172", "10"]]
    assert not any("文本表格" in w for w in d.warnings)
    assert [p.text for p in d.paragraphs()] == ["Self-evaluation of the programme"]


def test_pdf_narrow_cell_of_figures_one_a_line_beside_items_one_a_line_keeps_them_apart(tmp_path):
    # 508.pdf: a row holding two indicators one a line (names, targets, weights, scores), its 分值
    # column so narrow that 12 leaves no room for another digit within the renderer's padding
    # tolerance. Beside the row's other cells of figures kept apart at the same heights (12⏎12
    # under 得分, 90%⏎88%), the weight cell's second line is the next item's weight, not 12's rest
    # (once read 1212). A figure wrapped in the same narrow cell where no cell beside it holds
    # figures one a line is still one figure.
    xs = (40, 140, 200, 225.2, 265)                  # name, target, a narrow weight column, score
    ys = (100, 120, 148, 176)
    drawn = [f"{a} {792 - b} {c - a} {b - d} re S" for a, c in zip(xs, xs[1:]) for d, b in zip(ys, ys[1:])]
    rows = [("Name", "Goal", "W", "Sc"), ("Villagers\nVisitors", "90%\n88%", "12\n12", "12\n12"),
            ("Visits paid", "300", "12\n34", "9")]
    page = [(x + 4, top + 10 + 12 * k, line) for top, cells in zip(ys, rows)
            for x, text in zip(xs, cells) for k, line in enumerate(text.split("\n"))]
    (t,) = read_document(_text_pdf(tmp_path / "narrow.pdf", [page], drawn=drawn)).tables()
    assert t.grid() == [["Name", "Goal", "W", "Sc"], ["Villagers\nVisitors", "90%\n88%", "12\n12", "12\n12"],
                        ["Visits paid", "300", "1234", "9"]]


def test_pdf_first_row_spanning_cells_the_last_row_keeps_apart_is_no_split_row():
    """Issue 21 (273.pdf): the first row of a table's part on page 2 is a 小计 row, one cell over the
    level-2, name, target and actual columns, under a last row of page 1 whose level-2 cell runs to its
    edge (服务对象满意度指标 wrapped in a narrow column). Text that goes on over a page stays in its
    cell's columns: a cell spanning columns that the last row keeps as cells of their own is a row of
    its own, not the rest of one, and the 小计 is no part of the level-2 name."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    text = _glyphs
    cols = [(0.0, 34.0), (34.0, 97.0), (97.0, 115.0)]   # narrow, centred: full

    def table(rows):
        rects = [(cols[a][0], 20.0 * r, cols[b][1], 20.0 * (r + 1)) for r, spans in enumerate(rows) for a, b in spans]
        return SimpleNamespace(bbox=(0.0, 0.0, 115.0, 20.0 * len(rows)), cells=rects)
    each = [(0, 0), (1, 1), (2, 2)]
    chars1 = text("二级", 7, 5) + text("三级指标", 36, 5) + text("分值", 96, 5) + \
        text("数量", 7, 25) + text("培训人次", 36, 25) + text("8", 103.5, 25) + \
        text("满意度", 2, 45) + text("指标", 7, 55) + text("学员满意度", 36, 45) + text("7", 103.5, 45)
    chars2 = text("小计", 36, 5) + text("15", 101, 5) + text("总分", 36, 25) + text("100", 98.5, 25)
    items = _read_page(1, chars1, [table([each, each, each])]) + \
        _read_page(2, chars2, [table([[(0, 1), (2, 2)], [(0, 1), (2, 2)]])])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "made-up.pdf", items, _body_bottom(items))
    (t,) = doc.tables()
    assert [[" ".join(x.split()) for x in row] for row in t.grid()] == [
        ["二级", "三级指标", "分值"], ["数量", "培训人次", "8"], ["满意度指标", "学员满意度", "7"],
        ["小计", "", "15"], ["总分", "", "100"]]


# A finance system's GBK export (issue 21, 278.csv): a title line, label,value head lines, a header line
# per block, blocks apart by a blank line, a quoted name holding a comma, a quoted remark a line break,
# trailing empty fields keeping the columns.
_CSV = ('项目支出绩效自评表\r\n预算年度,2023\r\n项目名称,某县农村公路养护项目\r\n金额单位,万元\r\n\r\n'
        '资金来源,年初预算数,全年预算数,全年执行数,执行率,分值,得分\r\n合计,100.00,120.00,108.00,90%,10,9\r\n'
        '\r\n一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施\r\n'
        '产出指标,数量指标,"养护里程（县道, 乡道）",≥120公里,118公里,20,19,"雨季延误;\n2024年提前开工"\r\n'
        '产出指标,质量指标,路面优良率,≥85%,88%,20,20,\r\n'
        '满意度指标,服务对象满意度指标,群众满意度,≥90%,93%,10,10,\r\n'
        '总分,,,,,100,98,自评等级：优\r\n\r\n导出时间,2024-03-22 16:05:31\r\n')


def test_csv_export_is_read_as_tables_of_its_blocks():
    from jixiao.extract import read_bytes
    d = read_bytes(_CSV.encode("gb18030"), "form.csv")
    assert d.format == "csv" and d.encoding.lower().replace("-", "") in ("gb18030", "gbk", "gb2312")
    assert [p.text for p in d.paragraphs()] == ["项目支出绩效自评表"]
    head, fund, ind, tail = d.tables()
    assert head.grid() == [["预算年度", "2023"], ["项目名称", "某县农村公路养护项目"], ["金额单位", "万元"]]
    assert fund.grid()[1] == ["合计", "100.00", "120.00", "108.00", "90%", "10", "9"]
    rows = ind.grid()
    assert rows[1] == ["产出指标", "数量指标", "养护里程（县道, 乡道）", "≥120公里", "118公里", "20", "19",
                       "雨季延误;\n2024年提前开工"]
    assert rows[4] == ["总分", "", "", "", "", "100", "98", "自评等级：优"]     # empty fields keep the columns
    assert tail.grid() == [["导出时间", "2024-03-22 16:05:31"]]
    # provenance: the source line each record starts on (the remark's line break counts)
    assert ind.cell_at(2, 2).loc.line == 12 and ind.cell_at(2, 2).loc.describe().endswith("源文件第12行")
    assert ind.cell_at(1, 7).loc.line == 10 and ind.cell_at(1, 7).loc.sheet is None


def test_csv_export_reads_into_records():
    from jixiao.extract import read_bytes
    from jixiao.normalize import normalize_document
    recs = normalize_document(read_bytes(_CSV.encode("gb18030"), "form.csv"))
    assert recs.year == 2023
    (p,) = recs.projects
    assert (p.name, p.budget_full_year.raw, p.executed.raw, p.total_score_stated.raw) == (
        "某县农村公路养护项目", "120.00", "108.00", "98")
    assert p.executed.loc.line == 7
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        ("养护里程（县道, 乡道）", "≥120公里", "118公里", "20", "19"), ("路面优良率", "≥85%", "88%", "20", "20"),
        ("群众满意度", "≥90%", "93%", "10", "10")]
    # with no blank line between the blocks, each header line of another width starts a table of its own
    packed = _CSV.replace("\r\n\r\n资金来源", "\r\n资金来源").replace("\r\n\r\n一级指标", "\r\n一级指标")
    doc = read_bytes(packed.encode("gb18030"), "packed.csv")
    assert [t.grid()[0][0] for t in doc.tables()] == ["预算年度", "资金来源", "一级指标", "导出时间"]
    again = normalize_document(doc)
    assert (again.year, len(again.indicators), again.warnings) == (2023, 3, [])


def test_csv_semicolons_excel_padding_and_quoted_tabs():
    from jixiao.extract import read_bytes
    # Excel's semicolon CSV (a European locale) in UTF-8 with a BOM: every record padded to the sheet's
    # width, the blank record between blocks all delimiters; ="0123" keeps a figure as text
    text = ("\ufeff项目名称;某项目;;\r\n;;;\r\n三级指标;年度指标值;实际完成值;分值\r\n"
            "培训人次;≥100人次;=\"0120\";10\r\n验收合格率;100%;100%;10\r\n满意度;≥90%;95%;10\r\n")
    d = read_bytes(text.encode("utf-8"), "s.csv")
    first, second = d.tables()
    assert first.grid() == [["项目名称", "某项目"]]
    assert second.grid()[1] == ["培训人次", "≥100人次", "0120", "10"]
    # tab-delimited with quoted fields (a line break inside one): the tab rows' own layout cannot read it
    text = ('三级指标\t年度指标值\t实际完成值\t分值\n"培训\n人次"\t≥100\t120\t10\n合格率\t100%\t100%\t10\n'
            '满意度\t≥90%\t95%\t10\n')
    (t,) = read_bytes(text.encode("utf-8"), "t.txt").tables()
    assert t.grid()[1] == ["培训\n人次", "≥100", "120", "10"]


def test_pipe_delimited_text_with_apostrophe_quotes_is_a_csv():
    from jixiao.extract import read_bytes
    # a spreadsheet's text export with the pipe as its field delimiter and the apostrophe as its string
    # delimiter, every text cell quoted: the apostrophes are quotes (a cell holds a line break inside
    # them), an empty first field is a cell, not a table's border
    text = ("'三级指标'|'年度\n指标值'|'实际完成值'|'分值'|'偏差原因'\n'培训人次'|'≥100人次'|'120人次'|10|\n"
            "'合格率'|'100%'|'100%'|10|\n|'满意度'|'≥90%'|95%|'未达'\n")
    (t,) = read_bytes(text.encode("gb18030"), "p.txt").tables()
    assert t.grid()[:2] == [["三级指标", "年度\n指标值", "实际完成值", "分值", "偏差原因"],
                            ["培训人次", "≥100人次", "120人次", "10", ""]]
    assert t.grid()[3] == ["", "满意度", "≥90%", "95%", "未达"]
    # a bordered pipe table quotes nothing: the text reader's own layout, no delimited export
    from jixiao.extract.delimited import delimited
    assert delimited("| 三级指标 | 分值 | 得分 |\n| 培训 | 10 | 10 |\n| 合格率 | 10 | 9 |\n| 满意度 | 5 | 5 |\n") is None


def test_r_write_table_header_one_short_of_its_numbered_rows_moves_right():
    from jixiao.extract import read_bytes
    # R's write.table(row.names = TRUE): the header names the columns only, each row opens with its row
    # name; the header is one field short, so its names belong one column to the right
    text = ('"资金来源"\t"年初预算数"\t"全年执行数"\n"1"\t"年度资金总额"\t300\t290\n\n'
            '"三级指标"\t"分值"\t"得分"\n"1"\t"培训人次"\t10\t10\n"2"\t"合格率"\t10\t9\n"3"\t"满意度"\t5\t5\n')
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    grids = [t.grid() for t in doc.tables()]
    assert ["", "资金来源", "年初预算数", "全年执行数"] in [g[0] for g in grids]
    assert any(g[:2] == [["", "三级指标", "分值", "得分"], ["1", "培训人次", "10", "10"]] for g in grids)
    # a header as wide as its rows stays where it is, even over numbered rows
    text = '"序号"\t"三级指标"\t"分值"\n"1"\t"培训"\t10\n"2"\t"合格率"\t10\n"3"\t"满意度"\t5\n'
    (t,) = read_bytes(text.encode("utf-8"), "n.txt").tables()
    assert t.grid()[0] == ["序号", "三级指标", "分值"]


def test_r_write_table_quoting_every_string_writes_a_bare_na_for_a_missing_cell():
    from jixiao.extract import read_bytes
    # write.table(quote = TRUE) quotes every string and leaves figures bare: a bare NA is R's missing
    # value, an empty cell; a quoted "NA" is text
    text = ('"一级指标"\t"三级指标"\t"分值"\t"得分"\t"偏差原因"\n"产出指标"\t"培训人次"\t10\t10\tNA\n'
            'NA\t"合格率"\t10\t9\t"NA"\nNA\t"满意度"\t5\t5\tNA\n')
    (t,) = read_bytes(text.encode("utf-8"), "r.txt").tables()
    assert t.grid()[1:] == [["产出指标", "培训人次", "10", "10", ""], ["", "合格率", "10", "9", "NA"],
                            ["", "满意度", "5", "5", ""]]
    # where a string is left bare too, the writer quotes only some: NA stays as written
    text = text.replace('"培训人次"', "培训人次")
    (t,) = read_bytes(text.encode("utf-8"), "s.txt").tables()
    assert t.grid()[2][0] == "NA"


def test_text_with_commas_is_no_csv_and_an_open_quote_is_said():
    from jixiao.extract import read_bytes
    # prose and a pipe table whose figures carry thousands separators stay the text reader's
    prose = ("一、项目概况\n本项目资金1,528.00万元，执行率99.22%。\n二、绩效目标\n完成改造8.3万亩, 培训4,260人次。\n"
             "| 指标 | 目标 | 实际 |\n| 改造面积 | 80,000亩 | 83,000亩 |\n| 培训人数 | 4,000人次 | 4,260人次 |\n"
             "| 产量 | 65,000吨 | 61,000吨 |\n")
    d = read_bytes(prose.encode("utf-8"), "p.txt")
    assert d.format == "txt" and d.tables()[0].grid()[1] == ["改造面积", "80,000亩", "83,000亩"]
    # prose with a space after its commas, as many of its lines three fields or more
    notes = ("Kept as written once released, opened with the current code, checked, and closed.\n"
             "A release that adds a step keeps these, writes its own, and says so, in its notes.\n"
             "Old files, new files, and moved files are all read, in order, each once.\n")
    assert read_bytes(notes.encode("utf-8"), "n.txt").format == "txt"
    # a quote never closed swallows the rest of the file into one cell: said, not silent
    text = "三级指标,目标,实际,分值\n培训,≥100,120,10\n合格率,100%,100%,10\n满意度,\"≥90%,95%,10\n产量,≥6,6.1,10\n"
    d = read_bytes(text.encode("utf-8"), "q.csv")
    assert any("没有结束引号" in w and "第4行" in w for w in d.warnings)


def test_pdf_text_on_a_table_rule_is_read_into_the_cell_at_the_rule(tmp_path):
    # A character centred on the table's own right or bottom rule lies inside the table's box, past
    # the last column and row boundary: it is the last column's or row's, not dropped without a word.
    drawn = [f"40 {792 - y} m 400 {792 - y} l S" for y in (100, 120, 140)]
    drawn += [f"{x} {792 - 100} m {x} {792 - 140} l S" for x in (40, 200, 400)]
    page = [(44, 114, "Indicator name"), (204, 114, "Annual target value"),
            (44, 134, "Households served"), (204, 134, "58 households"),
            (396.6, 114, "X"), (300, 145, "7")]      # X astride x=400, 7 astride y=140
    d = read_document(_text_pdf(tmp_path / "on_rule.pdf", [page], drawn=drawn))
    (t,) = d.tables()
    assert t.grid() == [["Indicator name", "Annual target value X"], ["Households served", "58 households\n7"]]
    assert not d.warnings


class _Found:
    """A table finder's table: its cell rectangles and box (pdfplumber's Table, as _read_page uses it)."""
    def __init__(self, cells):
        self.cells = cells
        self.bbox = (min(c[0] for c in cells), min(c[1] for c in cells),
                     max(c[2] for c in cells), max(c[3] for c in cells))


def _grid_without(holes):
    """A 3 x 3 grid of 100 x 20 point cells at (100, 100), less the slots in holes."""
    return _Found([(100 + 100 * c, 100 + 20 * r, 200 + 100 * c, 120 + 20 * r)
                   for r in range(3) for c in range(3) if (r, c) not in holes])


def _chars(text, x, y):
    """Characters of 10 points from (x, y) (top left), 6 points apart."""
    return [{"text": ch, "x0": x + 6 * k, "x1": x + 6 * k + 6, "top": y, "bottom": y + 10, "size": 10.0}
            for k, ch in enumerate(text)]


def _read_one_page(chars, found):
    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page
    items = _read_page(1, chars, [found])
    doc = Document(source="t.pdf", format="pdf", sha256="", pages=1)
    _assemble(doc, "t.pdf", items, _body_bottom(items))
    return doc


def test_pdf_text_in_a_cell_shaped_hole_of_a_grid_is_a_cell_of_its_own(tmp_path):
    # The finder misses a cell whose right rule is not drawn (149.pdf: the value beside 实施单位, a
    # cell over two of the columns below). The hole it leaves is a rectangle of the grid: its text
    # is a cell there, not dropped without a word.
    drawn = [f"40 {792 - y} m 400 {792 - y} l S" for y in (100, 120, 140, 160)]
    drawn += [f"{x} {792 - 100} m {x} {792 - 160} l S" for x in (40, 200, 300)]
    drawn += [f"350 {792 - 140} m 350 {792 - 160} l S"]
    drawn += [f"400 {792 - 100} m 400 {792 - 120} l S", f"400 {792 - 140} m 400 {792 - 160} l S"]
    page = [(44, 114, "Project name"), (204, 114, "Budget"), (304, 114, "Spent"),
            (44, 134, "Department"), (204, 134, "Agency"), (304, 134, "Tea Centre"),
            (44, 154, "Total amount"), (204, 154, "900"), (304, 154, "873"), (354, 154, "97%")]
    d = read_document(_text_pdf(tmp_path / "hole.pdf", [page], drawn=drawn))
    (t,) = d.tables()
    held = t.cell_at(1, 2)
    assert (held.text, held.colspan) == ("Tea Centre", 2)
    assert not d.warnings


def test_pdf_text_in_an_l_shaped_hole_of_a_grid_is_read_as_the_cells_of_its_rows():
    # 1373.pdf: the 项目名称 row's value cell and the 实施单位 value below it are both drawn without
    # their right rule, so the two holes join into an L. Each row's run of the hole is a cell, and
    # the text in each (one line within its row) is that cell's, not said as text in no cell.
    chars = [c for r, k in ((0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2))
             for c in _chars(f"c{r}{k}", 110 + 100 * k, 105 + 20 * r)]
    chars += _chars("Name", 230, 105) + _chars("Unit", 330, 125)
    doc = _read_one_page(chars, _grid_without({(0, 1), (0, 2), (1, 2)}))
    (t,) = doc.tables()
    assert (t.cell_at(0, 1).text, t.cell_at(0, 1).colspan) == ("Name", 2)
    assert (t.cell_at(1, 2).text, t.cell_at(1, 1).text) == ("Unit", "c11")
    assert not doc.warnings
    # 1369.pdf: words in two of a part's columns, apart, none across the rule between (绩效指标 | 产出指标 in a
    # hole over a page's foot): two cells the columns part, not one; said as text in no cell
    chars = [c for r, k in ((0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2))
             for c in _chars(f"c{r}{k}", 110 + 100 * k, 105 + 20 * r)]
    chars += _chars("Left", 210, 105) + _chars("Right", 310, 105) + _chars("Unit", 330, 125)
    doc = _read_one_page(chars, _grid_without({(0, 1), (0, 2), (1, 2)}))
    (t,) = doc.tables()
    assert all("Left" not in c.text and "Unit" not in c.text for c in t.cells)
    assert len(doc.warnings) == 1 and "未归入任何单元格" in doc.warnings[0] and "Right" in doc.warnings[0], doc.warnings


def test_pdf_table_in_vertical_writing_is_read_turned_upright_its_columns_from_the_right_its_rows():
    # 1322.pdf: an html table in CSS writing-mode vertical-rl printed by Chromium: each cell's Han
    # characters upright and stacked top to bottom, its figures turned a quarter clockwise (boxed by
    # PDFium above their origin), the table's first row the rightmost column. Read as the table it is.
    def upright(text, x, top):          # em 10: each glyph's slot [top + 10k, top + 10k + 10], boxed from its baseline up
        return [{"text": ch, "x0": x, "x1": x + 10, "top": top + 10 * k + 8.6 - 13.3, "bottom": top + 10 * k + 8.6,
                 "size": 13.3} for k, ch in enumerate(text)]

    def turned(text, x, top):           # its origin at the top of its run, 5.5 down the column a glyph
        return [{"text": ch, "x0": x, "x1": x + 10, "top": top + 5.5 * k - 13.3, "bottom": top + 5.5 * k,
                 "size": 13.3, "turn": -1} for k, ch in enumerate(text)]
    chars = upright("三级指标", 140, 105) + upright("目标值", 140, 165) + upright("受益人数", 110, 105) \
        + turned("≥500", 110, 165) + upright("人", 110, 187)
    found = _Found([(x, y, x + 30, y + 60) for x in (100, 130) for y in (100, 160)])
    doc = _read_one_page(chars, found)
    (t,) = doc.tables()
    assert [[normalize_ws(x) for x in row] for row in t.grid()] == [["三级指标", "目标值"], ["受益人数", "≥500人"]]


def test_pdf_leader_dots_typed_as_two_ellipses_between_fields_are_the_room_between_them():
    # 1396.pdf: a Word line whose fields are set apart by TYPED leader dots (……, two glyphs of three dots each,
    # not a tab stop's run of many) printed: the runs part the line into four fields or more, so each is the
    # room between two fields (as tab_lines.leaders_as_tabs reads the Word line), not text inside a word
    # (10……10 read as one figure). A sentence's ellipsis, a line of fewer fields, keeps its dots.
    from jixiao.extract.pdf_reader import _without_leaders
    row = _chars("示范园……≥15个……16个……10……10", 100, 100)
    assert "".join(c["text"] for c in _without_leaders(row)) == "示范园≥15个16个1010"
    sentence = _chars("主要原因是……价格回落……产量下降", 100, 130)
    assert "".join(c["text"] for c in _without_leaders(sentence)) == "主要原因是……价格回落……产量下降"


def test_pdf_text_in_a_table_box_but_no_cell_is_warned_of_or_read_into_the_cell_whose_padding_it_is(tmp_path):
    # An L-shaped hole whose text stands astride two of its rows is no cell the rows can part: the
    # text is not read, and the reader says so (page, table, text). A character astride a cell's
    # edge, within SNAP of it, is that cell's.
    chars = [c for r, k in ((0, 0), (0, 1), (0, 2), (1, 0), (2, 0), (2, 1))
             for c in _chars(f"c{r}{k}", 110 + 100 * k, 105 + 20 * r)]
    chars += _chars("Lost", 318, 135) + _chars("P", 198, 125)     # P's centre 1 point right of (1,0)'s edge
    doc = _read_one_page(chars, _grid_without({(1, 1), (1, 2), (2, 2)}))
    (t,) = doc.tables()
    assert t.cell_at(1, 0).text == "c10 P"
    assert all("Lost" not in c.text for c in t.cells) and not doc.paragraphs()
    assert doc.warnings == ["第1页表格内有文字未归入任何单元格（表1）：“Lost”，请核对原件"]


def test_a_delimited_export_with_nothing_to_read_names_its_own_delimiter():
    from jixiao.extract import read_bytes
    # every field Excel's ="" (text of nothing): the export is sniffed, but no cell holds text; the
    # warning must name the file's delimiter (a semicolon here), not a comma, and no sheet
    data = "\n".join(';'.join(['=""'] * 4) for _ in range(4)).encode("utf-8")
    d = read_bytes(data, "e.csv")
    assert d.format == "csv" and not d.blocks
    assert d.warnings == ["分号分隔文件中没有可读取的内容"]


def test_pdf_merged_cells_overhanging_the_pages_foot_side_by_side_keep_their_last_lines_and_the_row():
    """294.pdf: level cells merged over the last row of page 1 and the first of page 2, narrow and
    vertically centred, draw their last lines (标 | 度指标, one printed line across two cells) over
    the table's bottom rule. Each cell's part is that cell's last line, not a paragraph, and a row
    one of whose cells overprints its foot was laid out whole: page 2's first row is a row of its
    own, not the rest of the last one."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    cols = [(0.0, 30.0), (30.0, 60.0), (60.0, 150.0), (150.0, 200.0)]

    def table(ys):
        rects = [(x0, a, x1, b) for a, b in zip(ys, ys[1:]) for x0, x1 in cols]
        return SimpleNamespace(bbox=(0.0, ys[0], 200.0, ys[-1]), cells=rects)
    chars1 = _glyphs("一级", 5, 5) + _glyphs("二级", 35, 5) + _glyphs("三级指标", 65, 5) + _glyphs("实际值", 160, 5) + \
        _glyphs("满意", 5, 22) + _glyphs("度指", 5, 36) + _glyphs("标", 10, 50) + \
        _glyphs("服务对", 31, 22) + _glyphs("象满意", 31, 36) + _glyphs("度指标", 31, 50) + \
        _glyphs("服务老年人满意度", 65, 32) + _glyphs("91.5%", 162.5, 32)
    chars2 = _glyphs("老年人家属满意度", 65, 12) + _glyphs("92.3%", 162.5, 12) + \
        _glyphs("总分", 5, 37) + _glyphs("99", 170, 37)
    items = _read_page(1, chars1, [table([0.0, 20.0, 54.0])]) + _read_page(2, chars2, [table([0.0, 34.0, 54.0])])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "made-up.pdf", items, _body_bottom(items))
    (t,) = doc.tables()
    assert [[normalize_ws(x) for x in row] for row in t.grid()][1:] == [
        ["满意度指标", "服务对象满意度指标", "服务老年人满意度", "91.5%"],
        ["", "", "老年人家属满意度", "92.3%"],
        ["总分", "", "", "99"]]


def test_delimited_records_read_as_lines_are_said_and_prose_is_not():
    from jixiao.extract import read_bytes
    said = lambda d: [w for w in d.warnings if "分隔字段" in w]
    # a .csv of two columns (no table of three): its records end up as lines, and the reader says so
    two = "项目名称,某县农村公路养护项目\n预算年度,2023\n全年预算数,120.00\n全年执行数,108.00\n"
    d = read_bytes(two.encode("gb18030"), "two.csv")
    assert not d.tables() and len(d.paragraphs()) == 4
    (w,) = said(d)
    assert "第1行起有4行以逗号分隔字段" in w and "请核对原件" in w
    # text (not named .csv) whose lines are mostly records, never three of one width in a row
    ragged = ("绩效指标\n三级指标;目标;实际;分值\n培训人次;≥100人次;120人次\n合格率;100%;100%;10;10\n"
              "满意度;≥90%\n产量;≥6吨;6.1吨;10\n")
    (w,) = said(read_bytes(ragged.encode("utf-8"), "r.txt"))
    assert "第2行起有5行以分号分隔字段" in w
    # one record-like line in a text file is no export; prose with ASCII commas (the raw passages'
    # 年初预算300万元,实际预算300万元,…,执行率100%。) and a figure's thousands separator are not records
    assert not said(read_bytes("说明\n附件,共2份\n本项目按期完成。\n".encode("utf-8"), "a.txt"))
    prose = ("年初预算300万元,实际预算300万元,全年执行300万元,执行率100%,自评分20分。\n"
             "行政编制0人,实有人数0人;事业编制82人,实有人数61人。\n项目资金1,528.00万元\n"
             "项目完成及时率,年初目标值100%,实际完成值100%。\n")
    for name in ("p.txt", "p.csv"):
        assert not said(read_bytes(prose.encode("utf-8"), name))


def test_pdf_row_under_the_break_opening_with_the_next_items_number_is_a_row_of_its_own():
    """Issue 21 (307.pdf): page 1 ends on a one-line row G1.满意度 | 100%, the figure full to its
    cell's edge; page 2's first row under the repeated header is G2.管护满意度 | 95%. The name's
    line left room for a CJK character but not for the Latin run G2., and that is all the room
    measure sees; but a line opening with an item's number starts a paragraph, never the rest of
    the line above, so the row is its own. Where the name ran to its edge mid-word (190.pdf's
    1.项目区群众满意 | 度, one line high), the row under the header goes on as before."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    text = _glyphs
    cols = [(0.0, 62.0), (62.0, 100.0)]

    def table(ys):
        rects = [(x0, y0, x1, y1) for y0, y1 in zip(ys, ys[1:]) for x0, x1 in cols]
        return SimpleNamespace(bbox=(0.0, 0.0, 100.0, ys[-1]), cells=rects)

    def read(last, rest):
        head = text("三级指标", 2, 5) + text("实际值", 64, 5)
        chars1 = head + text("培训渔民", 2, 25) + text("615人次", 64, 25) + text(last, 2, 45) + text("100%", 64, 45)
        chars2 = head + text(rest, 2, 25) + text("95%", 64, 25) + text("渔民满意度", 2, 45) + text("95.2%", 64, 45)
        items = _read_page(1, chars1, [table([0.0, 20.0, 40.0, 60.0])]) + \
            _read_page(2, chars2, [table([0.0, 20.0, 40.0, 60.0])])
        doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
        _assemble(doc, "made-up.pdf", items, _body_bottom(items))
        (t,) = doc.tables()
        return [[" ".join(x.split()) for x in row] for row in t.grid()]
    # 13 of the name's 58 points left: room for 管 (10), none for G2. (15)
    assert read("G1.满意度", "G2.管护满意度")[2:] == [["G1.满意度", "100%"], ["G2.管护满意度", "95%"],
                                                   ["渔民满意度", "95.2%"]]
    # 8 points left after 1.群众满意: the word went on over the page, and the row with it
    assert read("1.群众满意", "度")[2:] == [["1.群众满意度", "100% 95%"], ["渔民满意度", "95.2%"]]
def test_markdown_emphasis_and_line_marks_are_markup_not_text(tmp_path):
    """A Markdown report (325): a total emphasised whole in its cell (| **总分** |) is the word 总分, and the
    paragraphs lose their heading, quote and emphasis marks; ** that is no pair stays (a figure left unfilled)."""
    f = tmp_path / "r.txt"
    f.write_text("# 某局自评表\n\n**部门名称**：某局\n\n| 三级指标 | 分值 | 得分 |\n|---|:---:|---:|\n"
                 "| 甲 | 10 | 9 |\n| **总分** | **100** | **99.05** |\n\n> 填报人：某某\n\n支出**万元。\n", encoding="utf-8")
    d = read_document(f)
    assert d.tables()[0].grid()[-1] == ["总分", "100", "99.05"]
    assert [p.text for p in d.paragraphs()] == ["某局自评表", "部门名称：某局", "填报人：某某", "支出**万元。"]


def test_a_markdown_text_keeps_an_operator_that_opens_a_line(tmp_path):
    """In a Markdown text a line opening with > is a quote only where no figure follows: a value a line
    (>90%, > 95%, >=3000个: a table copied out a cell a line under a Markdown heading) keeps its operator."""
    f = tmp_path / "r.txt"
    f.write_text("# 某局自评表\n\n三级指标\n年度指标值\n实际完成值\n群众满意度\n>90%\n> 95%\n"
                 "服务人次\n>=3000个\n＞ 3100个\n\n> 填报人：某某\n", encoding="utf-8")
    assert [p.text for p in read_document(f).paragraphs()] == [
        "某局自评表", "三级指标", "年度指标值", "实际完成值", "群众满意度", ">90%", "> 95%", "服务人次", ">=3000个",
        "＞ 3100个", "填报人：某某"]


def test_placeholders_in_a_markdown_text_are_no_emphasis(tmp_path):
    """A Markdown text (a pipe table's |---| row) keeps a template's placeholders: ** pairs around a clause
    break (支出决算为**万元，完成预算**%) and *** runs (（类）***（款）***（项）) are figures left unfilled, as
    in the same report's other renderings (corpus/formats/004 .pipe.txt read them away); **名称** is emphasis."""
    f = tmp_path / "r.txt"
    f.write_text("**部门名称**：某局\n\n| 三级指标 | 分值 |\n|---|---|\n| 甲 | 10 |\n\n"
                 "1.一般公共服务（类）***（款）***（项）:支出决算为**万元，完成预算**%。\n", encoding="utf-8")
    assert [p.text for p in read_document(f).paragraphs()] == [
        "部门名称：某局", "1.一般公共服务（类）***（款）***（项）:支出决算为**万元，完成预算**%。"]


def test_emphasis_marks_outside_markdown_stay_as_written(tmp_path):
    """Without a Markdown table or heading, ** between words is a placeholder the rules must see."""
    f = tmp_path / "r.txt"
    f.write_text("支出决算为**万元，完成预算**%。\n", encoding="utf-8")
    assert [p.text for p in read_document(f).paragraphs()] == ["支出决算为**万元，完成预算**%。"]


FIXED_WIDTH = """资金来源          年初预算数    分值  得分
----------------  ------------  ----  ------
年度资金总额          3,200.00    10    9.80
  其中：中央资金        400.00

一级指标    三级指标              年度指标值        实际完成值      分值  得分    偏差原因
----------  --------------------  ----------------  --------------  ----  ------  ----------
产出指标    完成农村危房改造      ≥1850户          1872户            10      10
            改造房屋竣工验收合格  100%              100%               8       8
            率
效益指标    带动工匠就业          ≥900人           837人              8    7.44  部分自建，
                                                                                用工减少。
总分                                                               100   99.24
"""


def test_fixed_width_print_columns_are_its_dash_rule(tmp_path):
    """A finance system's fixed-width print (324): figures right-aligned under a left-aligned header, ≥
    printed two columns wide (one here), wrapped names and notes on lines of their own. The dashes under
    the header are the columns: each piece goes where its dashes are."""
    f = tmp_path / "r.txt"
    f.write_bytes(FIXED_WIDTH.encode("gb18030"))
    d = read_document(f)
    fund, ind = d.tables()
    assert fund.grid() == [["资金来源", "年初预算数", "分值", "得分"], ["年度资金总额", "3,200.00", "10", "9.80"],
                           ["其中：中央资金", "400.00", "", ""]]
    assert ind.grid() == [["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                          ["产出指标", "完成农村危房改造", "≥1850户", "1872户", "10", "10", ""],
                          ["", "改造房屋竣工验收合格率", "100%", "100%", "8", "8", ""],
                          ["效益指标", "带动工匠就业", "≥900人", "837人", "8", "7.44", "部分自建，用工减少。"],
                          ["总分", "", "", "", "100", "99.24", ""]]
    assert d.warnings == []


def _laid_out(rows: list[list[str]], starts=(0, 10, 24, 46, 62, 76, 82, 88)) -> str:
    """Lines as pdftotext -layout prints a form: each cell's text starting at its column (display
    columns, a CJK character two wide); a cell may hold several cells' text one space apart."""
    from jixiao.extract.display_columns import display_width
    out = []
    for row in rows:
        line = ""
        for at, text in zip(starts, row):
            if text:
                line += " " * max(at - display_width(line), 2 if line else 0) + text
        out.append(line)
    return "\n".join(out) + "\n"


LEVELS_BESIDE_WRAPS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["", "", "改造老旧供水管网", "≥24公里", "25公里", "10", "10"],
    ["", "数量指标", "新增农村集中供水点", "≥3处", "3处", "10", "10"],
    ["", "", "农村供水工程验收合格", "100%", "100%", "10", "10"],
    ["产出指标", "质量指标", "率"],
    ["", "时效指标", "供水工程完工时间", "2023年11月30日前 2023年11月25日 10", "", "", "10"],
    ["", "", "带动农村居民饮水安", "≥95%", "96.2%", "20", "20", "汛期水源浑浊，"],
    ["效益指标", "社会效益指标", "全保障率", "", "", "", "", "已增设沉淀池。"],
    ["总分", "", "", "", "", "60", "60.00 自评等级：优"],
]


def test_aligned_text_levels_centred_beside_a_wrapped_name_belong_to_that_row(tmp_path):
    """pdftotext -layout prints a merged level cell's name at the middle of its rows: beside a wrapped
    name's second line (产出指标 质量指标 率), a line with cells only in the level columns left of the
    row above and the name's end. That line is the row's, not a row of its own; and a deadline target,
    its result and the weight printed one space apart under three column starts are three cells (the
    total's figure and the grade beside it, no two figures, stay one)."""
    f = tmp_path / "r.txt"
    f.write_text(_laid_out(LEVELS_BESIDE_WRAPS), encoding="utf-8")
    (t,) = read_document(f).tables()
    assert t.grid() == [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["", "", "改造老旧供水管网", "≥24公里", "25公里", "10", "10", ""],
        ["", "数量指标", "新增农村集中供水点", "≥3处", "3处", "10", "10", ""],
        ["产出指标", "质量指标", "农村供水工程验收合格率", "100%", "100%", "10", "10", ""],
        ["", "时效指标", "供水工程完工时间", "2023年11月30日前", "2023年11月25日", "10", "10", ""],
        ["效益指标", "社会效益指标", "带动农村居民饮水安全保障率", "≥95%", "96.2%", "20", "20",
         "汛期水源浑浊，已增设沉淀池。"],
        ["总分", "", "", "", "", "60", "60.00 自评等级：优", ""]]


def test_aligned_text_row_with_level_and_name_but_figures_is_a_row_of_its_own(tmp_path):
    """A full row under one whose level cells are blank stays a row though its level cells sit left of
    the row above: its name is followed by figures (no wrapped name's end), and a level line with a
    name but a figure (率 100%) is a row too."""
    rows = [LEVELS_BESIDE_WRAPS[0], LEVELS_BESIDE_WRAPS[1],
            ["产出指标", "质量指标", "验收合格率", "100%", "100%", "10", "10"],
            ["", "", "水质达标率", "≥95%", "97%", "10", "10"],
            ["效益指标", "", "率", "100%"]]
    f = tmp_path / "r.txt"
    f.write_text(_laid_out(rows), encoding="utf-8")
    (t,) = read_document(f).tables()
    assert [r[:3] for r in t.grid()[1:]] == [["", "", "改造老旧供水管网"], ["产出指标", "质量指标", "验收合格率"],
                                             ["", "", "水质达标率"], ["效益指标", "", "率"]]


def test_aligned_text_page_opened_by_a_form_feed_keeps_its_columns(tmp_path):
    """pdftotext writes a form feed before a page's first line: no column of the text, so the header
    repeated at the top of page 2 still aligns with its rows (it was read as paragraphs, the rows as a
    headerless table with columns of their own)."""
    rows = [LEVELS_BESIDE_WRAPS[0][:7], ["产出指标", "数量指标", "改造老旧供水管网", "≥24公里", "25公里", "10", "10"]]
    # figures printed a column left of their header where Word right-aligned them (as pdftotext does)
    drift = _laid_out([["", "", "新增农村集中供水点", "≥3处", "3处", "10", "10"]], (0, 10, 24, 46, 61, 75, 81))
    f = tmp_path / "r.txt"
    f.write_text("                                - 1 -\n\f" + _laid_out(rows) + drift, encoding="utf-8")
    d = read_document(f)
    (t,) = d.tables()
    assert t.grid()[0] == LEVELS_BESIDE_WRAPS[0][:7] and t.n_rows == 3
    assert d.warnings == []


def test_pdf_unwrapped_cell_printed_past_its_right_rule_is_read_whole_and_said(tmp_path):
    # 397: a spreadsheet's unwrapped name cell longer than its cell, printed by LibreOffice over the
    # empty room right of the title block's two columns, across the rule; the text layer holds the
    # whole name. The characters going on past the rule with no gap are the cell's (it had lost
    # "Project" to a cell made of the empty room); a neighbour's text a padding away stays its own.
    grid = [f"40 {792 - y} m 200 {792 - y} l S" for y in (100, 120, 140)]
    grid += [f"40 {792 - y} m 560 {792 - y} l S" for y in (160, 180)]
    grid += [f"{x} {792 - 100} m {x} {792 - 180} l S" for x in (40, 120, 200)]
    grid += [f"{x} {792 - 140} m {x} {792 - 180} l S" for x in (300, 560)]
    page = [(44, 114, "Year"), (124, 114, "2023"), (44, 134, "Name"), (124, 134, "FulingMustardUpgradeProject"),
            (44, 154, "Fund"), (124, 154, "Total"), (204, 154, "Spent"), (304, 154, "Score"),
            (44, 174, "Basic"), (146.8, 174, "Abcdefghijk"), (201.5, 174, "1,296.16"), (304, 174, "9.82")]
    d = read_document(_text_pdf(tmp_path / "overflow.pdf", [page], drawn=grid))
    (t,) = d.tables()
    assert t.grid()[1][:2] == ["Name", "FulingMustardUpgradeProject"]
    assert "Project" not in [c.text for c in t.cells]
    # a right-aligned cell ending 1.5 before its rule, its neighbour's text starting 1.5 after it
    assert t.grid()[3][:4] == ["Basic", "Abcdefghijk", "1,296.16", "9.82"]
    assert any("FulingMustardUpgradeProject" in w and "超出" in w for w in d.warnings)


def test_quote_marks_opening_every_line_of_a_block_are_dropped_and_the_depth_kept():
    """An e-mail reply quoting the mail before it (410): the "> " / ">> " opening every line of a
    block is the line's, not a cell's: dropped one level at a time where two or more lines in a row
    carry it, the depth kept in each block's location; a table quoted twice reads as one unquoted
    (its cells apart by runs of spaces). A value's operator (>90%) and a lone quoted line are text."""
    text = ("回复：已核对。\n\n> 请核对：\n>\n>> 指标名称        年度指标值    实际完成值\n"
            ">> 培训人数        ≥300人        326人\n>> 就业人数        ≥50人         62人\n\n"
            "> 附言\n\n>90%\n>95%\n")
    d = _lines_read(text)
    [t] = d.tables()
    assert t.grid() == [["指标名称", "年度指标值", "实际完成值"], ["培训人数", "≥300人", "326人"],
                        ["就业人数", "≥50人", "62人"]]
    assert t.loc.quote == 2 and t.cells[4].loc.quote == 2 and "（2层引文）" in t.cells[4].loc.describe()
    paras = {p.text: p.loc.quote for p in d.paragraphs()}
    assert paras == {"回复：已核对。": None, "请核对：": 1, "> 附言": None, ">90%": None, ">95%": None}


def test_format_characters_are_not_part_of_the_text_shown(tmp_path):
    """A zero-width space or a soft hyphen typed inside a figure (≥1\u200b200亩, 3\u00ad826公里: 451, 453)
    is not shown: the cell's text, and so the raw field and the figure, are the text as shown."""
    from jixiao.normalize import normalize_document
    import docx
    d = docx.Document()
    t = d.add_table(rows=3, cols=8)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建茶园", "≥1\u200b200亩", "1\u00ad260亩", "50", "50", ""],
            ["效益指标", "社会效益指标", "带动农户", "≥300户", "\ufeff312户", "50", "50", ""]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(tmp_path / "f.docx")
    doc = read_document(tmp_path / "f.docx")
    cells = [c.text for b in doc.blocks if isinstance(b, Table) for c in b.cells]
    assert "≥1200亩" in cells and "1260亩" in cells and "312户" in cells
    assert not any(ch in "".join(cells) for ch in "\u200b\u00ad\ufeff")
    recs = normalize_document(doc)
    assert [(i.target.raw, i.target.q.value, i.actual.q.value) for i in recs.indicators] == [
        ("≥1200亩", Decimal(1200), Decimal(1260)), ("≥300户", Decimal(300), Decimal(312))]


def test_pdf_header_alone_at_the_page_foot_is_not_split_into_the_next_pages_first_row():
    """Issue 21 (529.pdf): the indicator table's header row is the last line of page 1, full to its
    cells' edges, and its rows go on on page 2 with no repeated header. A table's one row of words
    followed by a row of figures in column after column is a header that stood whole: the first
    row of page 2 is a row of its own, not the header's text going on."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    text = _glyphs
    cols = [(0.0, 62.0), (62.0, 107.0)]

    def table(n):
        rects = [(x0, 20.0 * r, x1, 20.0 * (r + 1)) for r in range(n) for x0, x1 in cols]
        return SimpleNamespace(bbox=(0.0, 0.0, 107.0, 20.0 * n), cells=rects)

    def read(first_row):
        chars1 = text("三级指标名", 2, 5) + text("实际完成值", 64, 5)
        chars2 = text(first_row[0], 2, 5) + text(first_row[1], 64, 5) + text("渔民满意度", 2, 25) + \
            text("95.2%", 64, 25)
        items = _read_page(1, chars1, [table(1)]) + _read_page(2, chars2, [table(2)])
        doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
        _assemble(doc, "made-up.pdf", items, _body_bottom(items))
        (t,) = doc.tables()
        return [[" ".join(x.split()) for x in row] for row in t.grid()]
    assert read(("培训渔民2期", "615人次")) == [["三级指标名", "实际完成值"], ["培训渔民2期", "615人次"],
                                             ["渔民满意度", "95.2%"]]


def test_pdf_table_without_rules_broken_off_by_a_line_that_does_not_line_up_is_left_to_the_text_readers(tmp_path):
    # 532.pdf / 533.pdf: columns padded by eye with spaces (a long target pushes the cells after it
    # right) or cells centred in frames (a wide one reaches left past its column's start). Such a
    # line breaks the aligned table off, and the rows go on below it at the same edges: the table was
    # read in pieces, the lines between left out of it (532.pdf 7 of 12 rows, 533.pdf 3 of 13). Where
    # a table breaks off so and goes on, its alignment is no evidence: every line is left to the text
    # readers, each a paragraph with its cells apart. A table a drifting line only ends stays one.
    head = [(50, 100, "Level"), (120, 100, "Name"), (250, 100, "Target"), (340, 100, "Actual"),
            (430, 100, "Weight"), (480, 100, "Score")]

    def row(top, name, target="90", actual="95", level=None, at=(250, 340, 430, 480)):
        cells = [(at[0], top, target), (at[1], top, actual), (at[2], top, "5"), (at[3], top, "5")]
        return ([(50, top, level)] if level else []) + [(120, top, name)] + cells

    rows = head + row(114, "Cases handled", level="Output") + row(128, "Advice given") + row(142, "Losses") + \
        row(156, "Payment", target="by 30 September 2023 at noon", actual="26 September", at=(250, 400, 470, 510))
    rest = row(170, "Training days") + row(184, "Visits", level="Effect") + row(198, "Users") + row(212, "Staff")
    d = read_document(_text_pdf(tmp_path / "broken.pdf", [rows + rest]))
    assert d.tables() == []
    texts = [p.text for p in d.paragraphs()]
    assert "Payment by 30 September 2023 at noon 26 September 5 5" in texts and "Effect Visits 90 95 5 5" in texts
    d = read_document(_text_pdf(tmp_path / "ended.pdf", [rows]))
    (t,) = d.tables()
    assert t.grid()[1] == ["Output", "Cases handled", "90", "95", "5", "5"]


def test_pdf_row_whose_cells_stop_a_line_above_their_foot_at_the_page_end_did_not_go_on():
    """Issue 21 (1242.pdf): page 1 ends on a row whose cells' text is centred in cells taller than it
    (a rowspan-2 reason beside them set the height), full to the cells' right edges; page 2 opens on
    the next indicator's row with no repeated header. Text that went on over the page fills its cell
    to the foot first: a cell whose last line stops a line high or more above its foot went on
    nowhere, so page 2's first row is a row of its own (1242.pdf had run 果农亩均增收 and 带动果农
    together: weight 108, score 9.508). Where the cells are full to their foot the row goes on as before."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    text = _glyphs
    cols = [(0.0, 62.0), (62.0, 96.0)]

    def table(ys):
        rects = [(x0, y0, x1, y1) for y0, y1 in zip(ys, ys[1:]) for x0, x1 in cols]
        return SimpleNamespace(bbox=(0.0, 0.0, 96.0, ys[-1]), cells=rects)

    def read(top):
        chars1 = text("三级指标名称", 1, 5) + text("实际值", 64, 5) + text("果农亩均增收", 1, top) + \
            text("2850元", 64, top)
        chars2 = text("带动果农户数", 1, 5) + text("5210户", 64, 5) + text("果农满意度", 1, 25) + \
            text("95.2%", 64, 25)
        items = _read_page(1, chars1, [table([0.0, 20.0, 60.0])]) + _read_page(2, chars2, [table([0.0, 20.0, 40.0])])
        doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
        _assemble(doc, "made-up.pdf", items, _body_bottom(items))
        (t,) = doc.tables()
        return [[" ".join(x.split()) for x in row] for row in t.grid()]
    assert read(top=35) == [["三级指标名称", "实际值"], ["果农亩均增收", "2850元"], ["带动果农户数", "5210户"],
                            ["果农满意度", "95.2%"]]
    assert read(top=49)[1] == ["果农亩均增收带动果农户数", "2850元 5210户"]


def test_pdf_row_centred_in_its_cells_at_the_pages_foot_is_whole():
    """Issue 21 (1305.pdf, a page a browser printed): page 1 ends on a row two lines high whose reason
    fills it and whose name, one line that fills its width, is set in the middle of its cell; page 2
    opens with the next row (受益户数), its level cell merged with the row above. A row cut by the page
    is centred over both its parts: text in the middle of the part, with room above and below, was laid
    out whole, and the next page's first row is a row of its own (it was read as the name's rest, two
    rows as one, 受益人数受益户数)."""
    from types import SimpleNamespace

    from jixiao.extract.model import Document
    from jixiao.extract.pdf_reader import _assemble, _body_bottom, _read_page

    text = _glyphs
    cols = [(0.0, 42.0), (42.0, 104.0)]

    def table(ys):
        rects = [(x0, y0, x1, y1) for y0, y1 in zip(ys, ys[1:]) for x0, x1 in cols]
        return SimpleNamespace(bbox=(0.0, 0.0, 104.0, ys[-1]), cells=rects)

    head = text("三级指标", 1, 5) + text("偏差原因", 44, 5)
    chars1 = head + text("受益人数", 1, 27.75) + text("外出务工减少", 44, 21.5) + text("常住人口", 44, 33)
    chars2 = head + text("受益户数", 1, 25)
    items = _read_page(1, chars1, [table([0.0, 20.0, 45.0])]) + _read_page(2, chars2, [table([0.0, 20.0, 40.0])])
    doc = Document(source="made-up.pdf", format="pdf", sha256="", pages=2)
    _assemble(doc, "made-up.pdf", items, _body_bottom(items))
    (t,) = doc.tables()
    assert [[" ".join(x.split()) for x in row] for row in t.grid()] == [
        ["三级指标", "偏差原因"], ["受益人数", "外出务工减少常住人口"], ["受益户数", ""]]



def test_pdf_hole_with_a_rule_drawn_inside_its_row_parts_is_parted_by_its_columns():
    # 1874.pdf: at a page's top a level-1 cell going on from the page before (no rule over it, its text on this
    # page) beside the level-2 cell of a run going on too (no rule over it, its text on the page before): the
    # finder leaves an L-shaped hole, which was parted by rows into one cell over both level columns (the
    # level 1 read as the two rows' level 2, unsaid), though the rule between the two columns is drawn: the
    # drawn rule parts it by its columns. Without that rule the hole is parted by its rows, as before (1373.pdf).
    from jixiao.extract.pdf_reader import _PageTable, _hole_cell
    xs, ys = [40, 120, 200, 300], [100, 120, 140, 160, 180]
    cells = [(r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1])) for r in range(4) for c in (1, 2) if c == 2 or r >= 2]
    rules = (("v", 40, 100, 180), ("v", 120.3, 100, 180), ("v", 200, 100, 180), ("h", 140, 120, 300))
    t = _PageTable(page=1, bbox=(40, 100, 300, 180), xs=xs, ys=ys, cells=list(cells), rules=rules)
    assert _hole_cell(t, 0, 0) == (0, 0)
    assert (0, 0, 4, 1, (40, 100, 120, 180)) in t.cells and (0, 1, 2, 1, (120, 100, 200, 140)) in t.cells
    t = _PageTable(page=1, bbox=(40, 100, 300, 180), xs=xs, ys=ys, cells=list(cells), rules=rules[:1] + rules[2:])
    assert _hole_cell(t, 0, 0) == (0, 0) and (0, 0, 2, 2, (40, 100, 200, 140)) in t.cells
