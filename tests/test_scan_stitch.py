"""A scan's tables over a page break (extract.ruled_page.stitch): a typed table's one-line rest
(the 总分 line) and a merged cell the break cut, read as the PDF reader reads them."""
from jixiao.extract import ocr_reader
from jixiao.extract.model import Document
from jixiao.extract.ruled_page import Char, assemble, stitch

SIZE = 10.0
HEADER = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")
STOPS = (50, 110, 190, 330, 420, 510, 555, 600)


def _chars(x: float, text: str, y: float) -> list[Char]:
    """A typed field's characters from x on (baseline y), CJK a text size wide, the rest half;
    OCR began its box at the first."""
    out = []
    for k, ch in enumerate(text):
        w = SIZE if ord(ch) > 0x2000 else SIZE / 2
        out.append(Char(x, y, w, ch, cut=k == 0))
        x += w
    return out


def _line(y: float, fields, stops=STOPS) -> list[Char]:
    return [ch for x, f in zip(stops, fields) if f for ch in _chars(x, f, y)]


def test_a_typed_tables_one_line_rest_on_the_next_page_is_its_own_row():
    # Page 1 ends with a typed line whose 服务对象满意度指标 runs over the 三级指标 stop (its later
    # fields one stop on, re-read as typed); column 1's widest text reaches that column's edge.
    # Page 2 starts with the 总分 line alone at the same stops: a typed field does not wrap, so it
    # is a row of its own, not the rest of 满意度指标's row (which had read 10 and 100 as 10100).
    rows = [HEADER, ("效益指标", "生态效益指标", "红树林保有面积增长", "≥3%", "3.4%", "10", "10", ""),
            ("", "社会效益指标", "带动周边渔民参与管护", "≥300人", "264人", "6", "5.28", "部分渔民外出务工"),
            ("", "", "湿地巡护覆盖率", "≥95%", "97%", "8", "8", "")]
    page1 = [ch for k, r in enumerate(rows) for ch in _line(700 + 20 * k, r)]
    last = ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.1%", "10", "10"]
    page1 += _line(780, last, (50, 110, 330, 420, 510, 555, 600))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, page1, [], [], snap=2, align=ocr_reader.ALIGN)
    assemble(doc, "made-up.pdf", 2, _line(60, ["总分", "", "", "", "", "100", "98.98"]), [], [], snap=2,
             align=ocr_reader.ALIGN)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid()[-2] == last + [""]
    assert table.grid()[-1] == ["总分", "", "", "", "", "100", "98.98", ""]


def _ruled_page(doc: Document, number: int, rows: list[tuple], merged: set[tuple[int, int]],
                xs=(0, 200, 400, 600)) -> None:
    """A page's ruled table: 3 columns (200 wide unless xs says), rows 30 high, each text at its
    cell's left; merged: (row, col) slots with no rule above them (the cell above goes on into them)."""
    ys = [30 * k for k in range(len(rows) + 1)]
    hs = [(y, xs[c], xs[c + 1]) for r, y in enumerate(ys) for c in range(3) if (r, c) not in merged]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    chars = [Char(xs[c] + 4 + k * SIZE, ys[r] + 20, SIZE, ch, cut=k == 0, mid=ys[r] + 15)
             for r, row in enumerate(rows) for c, text in enumerate(row) for k, ch in enumerate(text) if ch != " "]
    # (a space in the text: one character's white; two read as a space, as letter-spaced headers are)
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2, align=ocr_reader.ALIGN)


def test_a_merged_cell_cut_by_the_page_break_spans_its_empty_cell_on_the_page_before():
    # 社会效益指标 is merged over two rows with a rule under it; the page's last row leaves its own
    # cell in that column empty, and the next page's first row (under a repeated header that OCR
    # reads letter-spaced) holds 可持续影响指标: that cell, cut by the break, goes up over the empty one.
    # A level left blank for "as above" under a merged cell's own rows (效益指标) is not taken.
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _ruled_page(doc, 1, [("一级指标", "二级指标", "三级指标"), ("效益指标", "社会效益指标", "受益学生"),
                         ("", "", "校舍安全事故"), ("", "", "校舍安全年检制度")], {(2, 0), (2, 1), (3, 0)})
    _ruled_page(doc, 2, [("一  级  指  标", "二级指标", "三级指标"), ("", "可持续影响指标", "维修工程返修率"),
                         ("满意度指标", "服务对象满意度指标", "师生满意度")], set())
    stitch(doc)
    (table,) = doc.tables()
    assert table.n_rows == 6
    cell = table.cell_at(3, 1)
    assert (cell.text, cell.row, cell.rowspan, cell.loc.page) == ("可持续影响指标", 3, 2, 2)
    assert table.cell_at(4, 2).text == "维修工程返修率"
    assert table.cell_at(3, 0).text == "效益指标"


def test_a_row_split_between_ruled_pages_goes_on_beside_an_empty_merged_level_cell():
    # 283's scan: the break cut 社会效 | 益指标 and 带动林农户 | 数 between two ruled pages (a rule under
    # the one, over the other); both texts ran to their cells' edges. On page 2 the level's cell
    # beside the rest is empty and merged over the next row too: it goes on below the rest, which
    # joins its row (带动林农户数 had been read as a name of its own, 带动林农户, and a row 数).
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    xs = (0, 60, 100, 160)
    _ruled_page(doc, 1, [("一级", "二级", "三级"), ("效益指标", "经济", "新增产值"), ("", "社会效", "带动林农户")],
                {(2, 0)}, xs)
    _ruled_page(doc, 2, [("一级", "二级", "三级"), ("", "益指标", "数"), ("", "生态", "减少占地")], {(2, 0)}, xs)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid() == [["一级", "二级", "三级"], ["效益指标", "经济", "新增产值"], ["", "社会效益指标", "带动林农户数"],
                            ["", "生态", "减少占地"]]
    assert table.cell_at(3, 0).row == 3


def _open_page(doc: Document, number: int, rows: list[tuple], rules: list[float], top: float, bottom: float) -> None:
    """A page's ruled table of 3 columns 200 wide whose verticals run from `top` to `bottom`,
    horizontal rules only at `rules` (y, or y and the x it starts at): a band between an end of
    the verticals and the nearest rule is open there. rows: (baseline, texts)."""
    xs = [0, 200, 400, 600]
    hs = [(y, xs[0], xs[-1]) if not isinstance(y, tuple) else (y[0], y[1], xs[-1]) for y in rules]
    vs = [(x, top, bottom) for x in xs]
    chars = [Char(xs[c] + 4 + k * SIZE, y, SIZE, ch, cut=k == 0, mid=y - 5)
             for y, row in rows for c, text in enumerate(row) for k, ch in enumerate(text)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2, align=ocr_reader.ALIGN, stacked=True)


def test_a_row_the_page_break_cut_open_is_closed_on_both_pages_and_joined():
    # 176's scan: a browser printed the last row of page 1 with its cells' sides and no rule under
    # it, and its rest at the top of page 2 with no rule over it. Each open band is the row's part
    # on its page (extract.page_break.cut_rows): one row, its name going on (a new line, as the
    # part on page 1 did not reach its cell's edge), the empty level-1 cell beside the rest on
    # page 2 going on below it.
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _open_page(doc, 1, [(20, ("一级指标", "二级指标", "三级指标")), (50, ("产出指标", "数量指标", "维修路段")),
                        (80, ("效益指标", "可持续影响", "统计数据质量"))], [0, 30, 60], 0, 100)
    _open_page(doc, 2, [(15, ("", "指标", "")), (50, ("", "满意度指标", "师生满意度"))], [(30, 200), 60], 0, 60)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid() == [["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "维修路段"],
                            ["效益指标", "可持续影响\n指标", "统计数据质量"], ["", "满意度指标", "师生满意度"]]
    assert table.cell_at(2, 1).loc.page == 1 and table.cell_at(3, 1).loc.page == 2
    assert (table.cell_at(3, 0).row, table.cell_at(3, 0).rowspan) == (3, 1)


def test_a_row_whose_text_is_centred_a_line_short_of_its_cells_top_and_foot_at_the_page_end_did_not_go_on():
    """Issue 21 (1242's scan): page 1 ends on a row two lines high whose name, centred, runs to its cell's
    edge a line under the cell's top and a line over its foot; page 2 opens on the next indicator's row, no
    header repeated. Text that went on over the page fills its cell to the foot first: the name, set in the
    middle beside a cell of more lines (the reason's two), went on nowhere, and page 2's first row is a row of
    its own (line_breaks.set_in_middle, the rule pdf_reader._short_cells reads), not the name's rest
    (果农亩均增收带动果农). A name at its cell's foot that reaches the edge still goes on."""
    name = "果农亩均增收果农亩均增收果农亩均增收一"   # 19 characters: to the cell's edge
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _open_page(doc, 1, [(20, ("一级指标", "二级指标", "三级指标")), (50, ("产出指标", "数量指标", "维修路段")),
                        (95, ("", "", "部分果园")), (105, ("", name, "")), (115, ("", "", "未挂果"))],
               [0, 30, 60, 140], 0, 140)
    _open_page(doc, 2, [(20, ("", "带动果农", "")), (50, ("满意度指标", "服务对象满意度指标", "果农满意度"))],
               [0, 30, 60], 0, 60)
    stitch(doc)
    (table,) = doc.tables()
    assert [row[1] for row in table.grid()] == ["二级指标", "数量指标", name, "带动果农", "服务对象满意度指标"]
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _open_page(doc, 1, [(20, ("一级指标", "二级指标", "三级指标")), (50, ("产出指标", "数量指标", "维修路段")),
                        (125, ("", "", "部分果园")), (135, ("", name, "未挂果"))], [0, 30, 60, 140], 0, 140)
    _open_page(doc, 2, [(20, ("", "带动果农", "")), (50, ("满意度指标", "服务对象满意度指标", "果农满意度"))],
               [0, 30, 60], 0, 60)
    stitch(doc)
    (table,) = doc.tables()
    assert [row[1] for row in table.grid()] == ["二级指标", "数量指标", name + "带动果农", "服务对象满意度指标"]


def test_a_last_row_alone_past_the_break_with_no_rule_over_it_joins_the_table():
    # 717.pdf: a browser printed the table's last row alone at the top of page 3, its cells' sides
    # and the rule under it but no rule over it (that rule stayed on the page before). The open band
    # is the row (extract.page_break.cut_rows, the sides running the band's height to a rule that
    # closes it whole), joined to the table, not words left over as paragraphs.
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _open_page(doc, 1, [(20, ("一级指标", "二级指标", "三级指标")), (50, ("产出指标", "数量指标", "维修路段")),
                        (80, ("满意度指标", "服务对象满意度指标", "师生满意度"))], [0, 30, 60, 90], 0, 90)
    _open_page(doc, 2, [(20, ("", "", "家长满意度"))], [30], 0, 30)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid()[-1] == ["", "", "家长满意度"]


def test_a_merged_cell_left_open_by_the_page_break_beside_closed_cells_joins_no_rows():
    # 285's scan: each cell of page 1's last row closed by its own rule but the level cell merged on
    # over the page (效益指标); page 2's first row open above (OCR found no rule at the page's top).
    # The open cell does not make the last row one split over the page (extract.page_break.cut_rows
    # calls its rule partial): the row on page 2 stays its own.
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _open_page(doc, 1, [(20, ("一级指标", "二级指标", "三级指标")), (50, ("产出指标", "数量指标", "维修路段")),
                        (80, ("效益指标", "社会效益指标", "受益学生"))], [0, 30, 60, (100, 200)], 0, 100)
    _open_page(doc, 2, [(20, ("", "", "校舍安全")), (50, ("", "可持续影响指标", "管护机制")),
                        (80, ("满意度指标", "服务对象满意度指标", "师生满意度"))], [30, 60, 90], 0, 90)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid() == [
        ["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "维修路段"], ["效益指标", "社会效益指标", "受益学生"],
        ["", "", "校舍安全"], ["", "可持续影响指标", "管护机制"], ["满意度指标", "服务对象满意度指标", "师生满意度"]]


def test_strokes_of_a_title_over_a_table_are_no_row_the_page_break_cut():
    # 132's scan: OCR's rulings hold the upright strokes of a title's character (门) standing on
    # the table's top rule; nothing else goes on there as the table's sides, so no row is cut open.
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    xs = [0, 200, 400, 600]
    hs = [(y, 0, 600) for y in (30, 60, 90)]
    vs = [(x, 30, 90) for x in xs] + [(252, 8, 30), (262, 8, 30)]
    rows = [(20, (250, "部门")), (50, (4, "一级指标")), (80, (4, "产出指标"))]
    chars = [Char(x + k * SIZE, y, SIZE, ch, cut=k == 0, mid=y - 5) for y, (x, text) in rows for k, ch in enumerate(text)]
    assemble(doc, "made-up.pdf", 1, chars, hs, vs, snap=2, align=ocr_reader.ALIGN, stacked=True)
    assert [b.text for b in doc.paragraphs()] == ["部门"]
    (table,) = doc.tables()
    assert [row[0] for row in table.grid()] == ["一级指标", "产出指标"]


def _key_value_page(doc: Document, number: int, top: float, rows: list[tuple], heading: tuple | None = None) -> None:
    """A page's ruled key / value table (2 columns, rows 30 high from `top`) and, given, a heading
    (text, its OCR box's top and bottom) at the left margin over it."""
    xs, ys = [0, 200, 600], [top + 30 * k for k in range(len(rows) + 1)]
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    chars = [Char(xs[c] + 4 + k * SIZE, ys[r] + 20, SIZE, ch, cut=k == 0, mid=ys[r] + 15)
             for r, row in enumerate(rows) for c, text in enumerate(row) for k, ch in enumerate(text)]
    if heading:
        text, y0, y1 = heading
        chars += [Char(4 + k * SIZE, y1, SIZE, ch, cut=k == 0, mid=(y0 + y1) / 2) for k, ch in enumerate(text)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2, align=ocr_reader.ALIGN, stacked=True)


def test_a_heading_whose_box_ends_just_past_the_rule_under_it_stands_before_its_table():
    # 192's scan: OCR's box of the heading 指标8 ends 1 px below the top rule of the table under it
    # (most of its ink above the rule); the table, cut by the page break, goes on at the top of the
    # next page. The heading is read before the table, so the two parts join into one table.
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _key_value_page(doc, 1, 500, [("一级指标", "效益指标"), ("二级指标", "社会效益指标")], ("指标8", 476, 501))
    _key_value_page(doc, 2, 60, [("指标名称", "学前三年毛入园率"), ("年度指标值", "≥90%")])
    stitch(doc)
    assert [b.text for b in doc.paragraphs()] == ["指标8"]
    (table,) = doc.tables()
    assert table.grid() == [["一级指标", "效益指标"], ["二级指标", "社会效益指标"], ["指标名称", "学前三年毛入园率"],
                            ["年度指标值", "≥90%"]]
    assert doc.blocks[0].text == "指标8" and doc.blocks[1] is table


def test_a_scanned_cells_figures_one_a_line_are_not_joined_at_its_edge():
    """Issue 21 (190's scan): a line reaching the cell's text edge runs on into the next, but a figure
    with its unit alone on a line and the next line's figure are two (≥120座⏎≥6000亩), and a number that
    filled its line, or whose next digit had no room, still goes on (1234⏎56, 9.8⏎0)."""
    from jixiao.extract.ruled_page import _line_texts
    cell = _chars(0, "≥120座", 100) + _chars(0, "≥6000亩", 115)
    assert _line_texts(cell, right=33.0) == ["≥120座", "≥6000亩"]
    assert _line_texts(_chars(0, "1234", 100) + _chars(0, "56", 115), right=22.0) == ["123456"]
    # broken where its next digit would have reached the edge, the padding OCR cannot see left aside
    assert _line_texts(_chars(0, "9.8", 100) + _chars(0, "0", 115), right=20.0) == ["9.80"]
    assert _line_texts(_chars(0, "10", 100) + _chars(0, "10", 115), right=20.0) == ["10", "10"]



def test_a_ruled_cells_line_whose_room_the_next_lines_first_run_would_not_fit_runs_on():
    """Issue 21 (1266's scan): 结余率(计算方法⏎为:结余数/预算数) ends a character and a half short of its
    rule, as far as a line breaker leaves it when the next line's 为: (its colon kept with it) has no room:
    one name, as the PDF reader joins it (room measured in the cell's text area, padding as on its left).
    The same lines in a cell with room for 为: are two lines (a name and its note)."""
    from jixiao.extract.ruled_page import _line_texts
    cell = _chars(5, "结余率(计算方法", 100) + _chars(5, "为:结余数/预算数)", 115)
    assert _line_texts(cell, right=100.0 - 2, cell=(0.0, 100.0)) == ["结余率(计算方法为:结余数/预算数)"]
    assert _line_texts(cell, right=120.0 - 2, cell=(0.0, 120.0)) == ["结余率(计算方法", "为:结余数/预算数)"]
    figures = _chars(5, "≥120座", 100) + _chars(5, "≥6000亩", 115)
    assert _line_texts(figures, right=40.0 - 2, cell=(0.0, 40.0)) == ["≥120座", "≥6000亩"]
    # lines of cells set apart (993's scan: a fund table OCR's grid left as one cell) are rows, not running text
    rows = _chars(5, "全年执行数", 100) + _chars(75, "执行率", 100) + _chars(5, "390.00", 115) + _chars(75, "97.50%", 115)
    assert _line_texts(rows, right=125.0 - 2, cell=(0.0, 125.0)) == ["全年执行数 执行率", "390.00 97.50%"]


ROW = 20   # a made-up ruled row's height


def _boxed_page(doc, number, xs, cells, size=12):
    """A page of a made-up ruled table: cells (row, col, rowspan, colspan, text) on the grid's column
    edges xs, each ruled round its own box (no rule inside a merged cell, none where no cell is)."""
    hs, vs, chars = [], [], []
    for r, c, rs, cs, text in cells:
        x0, x1, y0, y1 = xs[c], xs[c + cs], ROW * r, ROW * (r + rs)
        hs += [(y0, x0, x1), (y1, x0, x1)]
        vs += [(x0, y0, y1), (x1, y0, y1)]
        chars += [Char(x0 + 2 + k * size, y0 + 15, size, ch) for k, ch in enumerate(text)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2)


# Level columns two characters wide (text written down them), the name, the points.
BOXED_XS = [0, 100, 128, 156, 256, 300]


def test_a_page_of_rows_that_start_a_column_in_goes_on_the_table_of_the_page_before():
    # Word's w:gridBefore: the indicator rows start one grid column in, so the next page, which has
    # only such rows, is ruled without the first page's leftmost column (234.scan.pdf)
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _boxed_page(doc, 1, BOXED_XS, [(0, 0, 1, 1, "项目资金"), (0, 1, 1, 4, "100"),
                       (1, 1, 1, 1, "一级"), (1, 2, 1, 1, "二级"), (1, 3, 1, 1, "三级指标"), (1, 4, 1, 1, "分值"),
                       (2, 1, 1, 1, "产出"), (2, 2, 1, 1, "数量"), (2, 3, 1, 1, "新建站点"), (2, 4, 1, 1, "8")])
    _boxed_page(doc, 2, BOXED_XS[1:], [(0, 0, 1, 1, "效益"), (0, 1, 1, 1, "社会"), (0, 2, 1, 1, "受益人数"), (0, 3, 1, 1, "10"),
                           (1, 0, 1, 1, "满意"), (1, 1, 1, 1, "满意"), (1, 2, 1, 1, "满意度"), (1, 3, 1, 1, "10")])
    stitch(doc)
    (table,) = doc.tables()
    assert table.n_cols == 5
    assert table.grid()[2:] == [["", "产出", "数量", "新建站点", "8"], ["", "效益", "社会", "受益人数", "10"],
                                ["", "满意", "满意", "满意度", "10"]]
    assert table.cell_at(3, 3).loc.page == 2


def test_a_level_cell_split_by_the_page_goes_on_down_the_rows_after_it():
    # the last row's level cells run to their edges (效益 | 指标 written down a narrow column) and go
    # on in merged cells over the next page's rows: one cell, its text whole, over all those rows
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _boxed_page(doc, 1, BOXED_XS, [(0, 0, 1, 1, "一级"), (0, 1, 1, 1, "二级"), (0, 2, 1, 1, "三级"), (0, 3, 1, 1, "三级指标"),
                       (0, 4, 1, 1, "分值"),
                       (1, 0, 1, 1, "甲"), (1, 1, 1, 1, "效益"), (1, 2, 1, 1, "社会"),
                       (1, 3, 1, 1, "甲乙丙丁戊己庚辛"), (1, 4, 1, 1, "10")])
    _boxed_page(doc, 2, BOXED_XS, [(0, 0, 1, 1, ""), (0, 1, 3, 1, "指标"), (0, 2, 2, 1, "效益"), (0, 3, 1, 1, "壬癸"),
                       (0, 4, 1, 1, ""),
                       (1, 0, 1, 1, "乙"), (1, 3, 1, 1, "受益人数"), (1, 4, 1, 1, "10"),
                       (2, 0, 1, 1, "丙"), (2, 2, 1, 1, "持续"), (2, 3, 1, 1, "制度"), (2, 4, 1, 1, "10")])
    stitch(doc)
    (table,) = doc.tables()
    assert [row[1:4] for row in table.grid(fill=True)[1:]] == [["效益指标", "社会效益", "甲乙丙丁戊己庚辛壬癸"],
                                                               ["效益指标", "社会效益", "受益人数"],
                                                               ["效益指标", "持续", "制度"]]
    level1 = table.cell_at(2, 1)
    assert (level1.row, level1.rowspan, level1.loc.page) == (1, 3, 1)


def _narrow_page(doc: Document, number: int, rows: list[tuple]) -> None:
    """A page's ruled table of three columns 80 wide (seven characters reach a cell's edge), rows 40
    high; each cell's lines (split at ⏎) from its left edge."""
    xs, ys = [0, 80, 160, 240], [40 * k for k in range(len(rows) + 1)]
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    chars = [ch for r, row in enumerate(rows) for c, text in enumerate(row)
             for n, line in enumerate(text.split("⏎")) for ch in _chars(xs[c] + 4, line, ys[r] + 15 + 15 * n)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2, align=ocr_reader.ALIGN, stacked=True)


def test_a_row_split_by_the_page_takes_its_figure_cells_next_lines_along():
    """Issue 21 (190's scan): the page break split a row whose name wrapped (项目区群众满 | 意度) and
    whose target and points cells hold figures one a line (≥90%⏎≥85%, 5⏎5). The figures stop short
    of their cells' edges, yet they are the same row's next lines: one row, each figure its line."""
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _narrow_page(doc, 1, [("三级指标", "指标值", "分值"), ("1.项目区群众满", "≥90%", "5")])
    _narrow_page(doc, 2, [("三级指标", "指标值", "分值"), ("意度⏎2.管护人员满意", "≥85%", "5"), ("总分", "", "100")])
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid() == [["三级指标", "指标值", "分值"], ["1.项目区群众满意度\n2.管护人员满意", "≥90%\n≥85%", "5\n5"],
                            ["总分", "", "100"]]
    # the last row's name stops short of its edge: the next page's row of figures is a row of its own
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _narrow_page(doc, 1, [("三级指标", "指标值", "分值"), ("满意度", "≥90%", "5")])
    _narrow_page(doc, 2, [("三级指标", "指标值", "分值"), ("", "≥85%", "5")])
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid() == [["三级指标", "指标值", "分值"], ["满意度", "≥90%", "5"], ["", "≥85%", "5"]]


def _page_of(doc: Document, number: int, xs: list[float], rows: list[tuple], indent=(4, 20)) -> None:
    """A page's ruled table with column edges xs, rows 40 high, each cell's text `indent` in from its
    left edge (its column's)."""
    ys = [40 * k for k in range(len(rows) + 1)]
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    chars = [ch for r, row in enumerate(rows) for c, text in enumerate(row)
             for ch in _chars(xs[c] + indent[c], text, ys[r] + 15)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2, align=ocr_reader.ALIGN, stacked=True)


def test_a_cell_whose_first_words_had_no_room_on_its_hosts_last_line_goes_on_with_a_split_row():
    """Issue 21 (229's scan): the page split 改造渔船单船年均 | 增收, whose name runs to its edge; its
    actual 2.36万, set in from its cell's edge, stops well short of the other edge, but 元/艘 (a
    solidus starts no line) had no room after it on a line padded as it is: one row, as the PDF
    reader reads 229.pdf."""
    head = ("三级指标", "实际完成值", "得分")
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _page_of(doc, 1, [0, 88, 168, 194], [head, ("改造渔船单船年均", "2.36万", "9.4")], (4, 20, 4))
    _page_of(doc, 2, [0, 88, 168, 194], [head, ("增收", "元/艘", "4"), ("总分", "", "99")], (4, 20, 4))
    stitch(doc)
    (table,) = doc.tables()
    # (the score's next digit had no room after 9.4 either: 9.44, one figure)
    assert table.grid() == [list(head), ["改造渔船单船年均增收", "2.36万元/艘", "9.44"], ["总分", "", "99"]]
    # where the column had room for 元/ after 2.36万, the next page's row is a row of its own
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _page_of(doc, 1, [0, 88, 188], [head[:2], ("改造渔船单船年均", "2.36万")])
    _page_of(doc, 2, [0, 88, 188], [head[:2], ("增收", "元/艘")])
    stitch(doc)
    (table,) = doc.tables()
    assert table.n_rows == 3


def test_what_a_page_reader_leaves_for_stitch_is_declared_on_the_table():
    """The column edges, wraps and rooms ruled_page leaves on a table for stitch are the Table's
    declared layout (extract.model.PageLayout), not attributes set on it from outside: a ruled
    page's table carries its edges and snap, an aligned one its starts and tolerance, and nothing
    else is set on either but the cell indexes the Table keeps for itself."""
    from dataclasses import fields
    from jixiao.extract.model import Table
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _ruled_page(doc, 1, [("一级指标", "二级指标", "三级指标"), ("产出指标", "数量指标", "受益学生")], set())
    rows = [HEADER, ("效益指标", "生态效益指标", "红树林保有面积增长", "≥3%", "3.4%", "10", "10", ""),
            ("", "社会效益指标", "带动周边渔民参与管护", "≥300人", "264人", "6", "5.28", "部分渔民外出务工"),
            ("", "", "湿地巡护覆盖率", "≥95%", "97%", "8", "8", "")]
    assemble(doc, "made-up.pdf", 2, [ch for k, r in enumerate(rows) for ch in _line(700 + 20 * k, r)], [], [],
             snap=2, align=ocr_reader.ALIGN)
    ruled, aligned = doc.tables()
    assert (ruled.layout.xs, ruled.layout.snap, ruled.layout.starts) == ([0, 200, 400, 600], 2, None)
    assert ruled.layout.rooms and set(ruled.layout.wraps) == set(ruled.layout.rooms)
    assert aligned.layout.starts and aligned.layout.align == ocr_reader.ALIGN and aligned.layout.xs is None
    declared = {f.name for f in fields(Table)}
    for table in (ruled, aligned):
        table.cell_at(0, 0), table.rows()
        assert set(vars(table)) - declared <= {"_index", "_rows"}, vars(table).keys()


def test_a_sign_off_box_ruled_on_its_own_columns_under_the_last_rows_does_not_keep_them_off_the_table():
    # 404's scan: the last indicator row and the 总分 row stand alone on page 2 on page 1's column
    # edges, and the 填报人 line under them is boxed by the strokes of a signature at other edges;
    # the rows go on the table of page 1, the box below stays a table of its own
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _boxed_page(doc, 1, BOXED_XS, [(0, 0, 1, 1, "一级指标"), (0, 1, 1, 1, "二级"), (0, 2, 1, 1, "三级"),
                                   (0, 3, 1, 1, "三级指标"), (0, 4, 1, 1, "分值"),
                                   (1, 0, 1, 1, "产出"), (1, 1, 1, 1, "数量"), (1, 2, 1, 1, "一"),
                                   (1, 3, 1, 1, "新建站点"), (1, 4, 1, 1, "8")])
    xs = [0, 40, 70, 100, 128, 156, 256, 300]   # 40 and 70: the signature's strokes, under the rows only
    _boxed_page(doc, 2, xs, [(0, 0, 1, 3, "满意"), (0, 3, 1, 1, "满意"), (0, 4, 1, 1, "一"),
                             (0, 5, 1, 1, "满意度"), (0, 6, 1, 1, "10"),
                             (1, 0, 1, 6, "总分"), (1, 6, 1, 1, "90"),
                             (2, 0, 1, 1, "填报"), (2, 1, 1, 1, "莫"), (2, 2, 1, 5, "电话")])
    stitch(doc)
    table, box = doc.tables()
    assert table.n_cols == 5
    assert table.grid()[2:] == [["满意", "满意", "一", "满意度", "10"], ["总分", "", "", "", "90"]]
    assert table.cell_at(2, 3).loc.page == 2
    assert box.n_rows == 1 and box.grid()[0][:3] == ["填报", "莫", "电话"]


def _card(doc: Document, number: int, x: float, rows: list[tuple]) -> None:
    """A ruled label | value card at x (80 and 120 wide, rows 30 high) on a page of its own blocks."""
    xs = (x, x + 80, x + 200)
    ys = [100 + 30 * k for k in range(len(rows) + 1)]
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(v, ys[0], ys[-1]) for v in xs]
    chars = [Char(xs[c] + 4 + k * SIZE, ys[r] + 20, SIZE, ch, cut=k == 0, mid=ys[r] + 15)
             for r, row in enumerate(rows) for c, text in enumerate(row) for k, ch in enumerate(text)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2, align=ocr_reader.ALIGN)


def _indicator_card(serial: str, name: str) -> list[tuple]:
    return [("序号", serial), ("三级指标", name), ("分值", "5"), ("得分", "5")]


def test_cards_side_by_side_on_the_next_page_are_not_the_last_cards_rows():
    # 462's scan: label | value cards three to a line; page 1 ends with a card at the right, page 2
    # starts with cards at the left and middle. Each is a table of its own (they had all been read
    # as page 1's last card going on, so the reader found one indicator where there were three).
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _card(doc, 1, 440, _indicator_card("9", "开展教育活动"))
    _card(doc, 2, 20, _indicator_card("10", "日常管护机制"))
    _card(doc, 2, 230, _indicator_card("11", "巡查覆盖率"))
    stitch(doc)
    assert [t.grid()[0][1] for t in doc.tables()] == ["9", "10", "11"]
    assert all(t.n_rows == 4 for t in doc.tables())


def test_a_table_going_on_over_the_page_takes_that_pages_first_table_only():
    # Under it on page 2, a second table at the same place with as many columns is its own
    # (it had been joined as well: the join was held to the first table's page, not its last rows')
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _card(doc, 1, 20, _indicator_card("9", "开展教育活动"))
    _card(doc, 2, 20, [("分值", "5"), ("得分", "5")])
    _card(doc, 2, 20, _indicator_card("10", "日常管护机制"))
    stitch(doc)
    assert [t.n_rows for t in doc.tables()] == [6, 4]


def _rows_page(doc: Document, number: int, xs: tuple, rows: list[tuple[float, list[list[str]]]]) -> None:
    """A ruled page: rows (height, each cell's lines), every cell ruled round; a line's box 10 high
    with 10 of padding over the first, its characters from 2 right of the cell's left."""
    ys = [0.0]
    for height, _ in rows:
        ys.append(ys[-1] + height)
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    chars = [Char(xs[c] + 2 + k * SIZE, ys[r] + 20 * (n + 1), SIZE, ch, cut=k == 0, mid=ys[r] + 20 * (n + 1) - 5)
             for r, (_, cells) in enumerate(rows) for c, lines in enumerate(cells) for n, line in enumerate(lines)
             for k, ch in enumerate(line)]
    assemble(doc, "made-up.pdf", number, chars, hs, vs, snap=2, align=ocr_reader.ALIGN)


def test_a_last_row_whose_cell_has_room_for_a_line_under_its_text_does_not_go_on_over_the_page():
    # 428's scan: the page's last row is two lines high (社会效 | 益指标); its name 带动种植户 is one line
    # that reaches its cell's edge, with a line's room under it. A line breaker fills a cell before
    # it goes over the page, so the next page's first row (可持续 | 推广体系) is a row of its own, not
    # that row's rest (it had been joined: 社会效益指标可持续, 带动种植户推广体系, 6⏎6).
    xs = (0, 34, 86, 120)
    head = (30, [["二级"], ["三级"], ["分值"]])
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    _rows_page(doc, 1, xs, [head, (30, [["数量"], ["建设示范区"], ["8"]]),
                            (50, [["社会效", "益指标"], ["带动种植户"], ["6"]])])
    _rows_page(doc, 2, xs, [head, (30, [["可持续"], ["推广体系"], ["6"]])])
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid()[1:] == [["数量", "建设示范区", "8"], ["社会效益指标", "带动种植户", "6"], ["可持续", "推广体系", "6"]]


def _overrun_page(below: list[tuple[int, str, int]]) -> Document:
    """A ruled page whose last row's level cells (满意度指, 服务对象满意度) reach their cells' right edge,
    and `below`: (column, text, how far under the table's bottom) of text under the table."""
    xs, ys = (0, 40, 110, 200), [0, 30, 60]
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    rows = [("一级指标", "二级指标", "三级指标"), ("满意度指", "服务对象满意度", "群众满意度")]
    chars = [Char(xs[c] + k * SIZE, ys[r] + 20, SIZE, ch, cut=k == 0, mid=ys[r] + 15)
             for r, row in enumerate(rows) for c, text in enumerate(row) for k, ch in enumerate(text)]
    chars += [Char(xs[c] + k * SIZE, ys[-1] + down + 5, SIZE, ch, cut=k == 0, mid=ys[-1] + down)
              for c, text, down in below for k, ch in enumerate(text)]
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, hs, vs, snap=2, align=ocr_reader.ALIGN, stacked=True)
    return doc


def test_a_level_cells_rest_printed_under_the_pages_last_rule_goes_on_in_the_cell():
    # 765.scan: the page break cut the merged level cells; their rest (标, 指标) stands under the table
    doc = _overrun_page([(0, "标", 8), (1, "指标", 8)])
    (table,) = doc.tables()
    assert table.grid()[-1] == ["满意度指标", "服务对象满意度指标", "群众满意度"]
    assert not doc.paragraphs()


def test_text_of_its_own_under_the_pages_last_table_stays_a_paragraph():
    # across cells; far below; under a cell whose text stops short of its edge
    for below in ([(0, "注：以上数据为初步统计", 8)], [(1, "指标", 40)], [(2, "指标", 8)]):
        doc = _overrun_page(below)
        assert doc.tables()[0].grid()[-1] == ["满意度指", "服务对象满意度", "群众满意度"]
        assert [p.text for p in doc.paragraphs()] == [below[0][1]]


def test_a_last_row_whose_name_is_centred_with_room_above_and_below_does_not_go_on_over_the_page():
    # 1305's scan (a page a browser printed): the page's last row is two lines high, its reason two lines
    # to the cell's edge and its name one line that reaches its edge, set in the middle of the cell. A
    # row cut by the page is centred over both its parts: the name was laid out whole, and the next
    # page's first row (受益户数) is a row of its own (it had been joined: 受益人数受益户数).
    xs = (0, 44, 106)
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")

    def page(number, rows):
        ys = [0.0]
        for height, _ in rows:
            ys.append(ys[-1] + height)
        chars = [Char(xs[c] + 2 + k * SIZE, ys[r] + base, SIZE, ch, cut=k == 0, mid=ys[r] + base - 5)
                 for r, (_, cells) in enumerate(rows) for c, lines in enumerate(cells) for base, line in lines
                 for k, ch in enumerate(line)]
        assemble(doc, "made-up.pdf", number, chars, [(y, xs[0], xs[-1]) for y in ys],
                 [(x, ys[0], ys[-1]) for x in xs], snap=2, align=ocr_reader.ALIGN)
    head = (30, [[(20, "三级指标")], [(20, "偏差原因")]])
    page(1, [head, (44, [[(27, "受益人数")], [(20, "外出务工减少"), (40, "常住人口")]])])
    page(2, [head, (30, [[(20, "受益户数")], []])])
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid()[1:] == [["受益人数", "外出务工减少常住人口"], ["受益户数", ""]]


def _filed(pages: list[list[list[tuple]]]) -> Document:
    """A scan's pages as filed, each a list of ruled tables (lists of rows)."""
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    for number, tables in enumerate(pages, start=1):
        for rows in tables:
            _ruled_page(doc, number, rows, set())
    return doc


HEAD = [("项目名称", "农村饮水提升", ""), ("主管部门", "水利局", "")]
TOP = ("三级指标", "指标值", "得分")


def test_a_scan_whose_first_page_repeats_the_header_ending_a_later_page_is_read_in_the_continued_order():
    # Pages from a face-up tray, last page first: page 1 opens with the indicator table's header row
    # (Word repeats it on every page the table runs onto) and ends with 总分; page 2 has the head
    # and the table's first rows: page 1 goes on from page 2, and the table is joined in that order.
    from jixiao.extract import page_order
    doc = _filed([[[TOP, ("水质达标率", "≥95%", "10"), ("总分", "", "98")]],
                  [HEAD, [TOP, ("新建水厂", "≥2座", "10"), ("改造管网", "≥30公里", "9")]]])
    order, moved = page_order.reading_order(doc)
    assert order == [2, 1] and moved == {1: 2}
    page_order.put_in_order(doc, order)
    stitch(doc, order)
    head, table = doc.tables()
    assert head.grid()[0][:2] == ["项目名称", "农村饮水提升"]
    assert [r[0] for r in table.grid()] == ["三级指标", "新建水厂", "改造管网", "水质达标率", "总分"]


def test_a_scan_whose_pages_continue_in_the_files_order_stays_in_it():
    # The same pages filed in order: page 2 repeats the header of the table ending page 1, as it
    # should; a later head table's own first row is no evidence of anything.
    from jixiao.extract import page_order
    doc = _filed([[HEAD, [TOP, ("新建水厂", "≥2座", "10"), ("改造管网", "≥30公里", "9")]],
                  [[TOP, ("水质达标率", "≥95%", "10"), ("总分", "", "98")]]])
    assert page_order.reading_order(doc) is None


def test_a_project_table_opening_a_later_page_does_not_move_it_when_the_file_opens_as_a_document_does():
    # Three projects: page 1 the first project's head and table; page 2 opens with the second
    # project's indicator table, a fresh table at the page's top, and ends with the third's head;
    # page 3 ends with the third project's table of the same header. Page 2 opens with a header row
    # that page 3's last table shares, but the file opens with a head, as a document does: the
    # file's order stands.
    from jixiao.extract import page_order
    doc = _filed([[HEAD, [TOP, ("新建水厂", "≥2座", "10")]],
                  [[TOP, ("改造管网", "≥30公里", "9")], HEAD],
                  [HEAD, [TOP, ("水质达标率", "≥95%", "10")]]])
    assert page_order.reading_order(doc) is None


def test_a_form_that_opens_with_its_table_and_repeats_its_header_on_every_page_stays_in_the_files_order():
    # A form with no head above its table (or an excerpt that starts mid-table), two pages filed in order, the
    # header row repeated on page 2: page 1 opens with the header row of the table ending page 2, as a reversed
    # file's would, but page 2 goes on from page 1 just as well. Evidence both ways leaves the file's order.
    from jixiao.extract import page_order
    doc = _filed([[[TOP, ("新建水厂", "≥2座", "10"), ("改造管网", "≥30公里", "9")]],
                  [[TOP, ("水质达标率", "≥95%", "10"), ("总分", "", "98")]]])
    assert page_order.reading_order(doc) is None

