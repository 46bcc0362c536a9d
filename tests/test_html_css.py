"""Saved web pages whose forms are laid out by CSS (no <table>): display:table rows and cells,
CSS grids with spans, styles from <style> rules; a layout the reader cannot read says so."""
from jixiao.extract import read_bytes


def _page(style: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{style}</style></head>"
            f"<body><div>绩效自评表</div>{body}</body></html>").encode("utf-8")


def test_a_page_of_figure_boxes_it_cannot_read_as_a_table_warns():
    # Rows as wrapping flex boxes: where a line breaks needs a renderer, so no table; it must not be silent.
    rows = "".join(f"<div class='row'><div>指标{i}</div><div>{i * 10}</div><div>{i * 9}</div>"
                   f"<div>{i}.00</div></div>" for i in range(1, 6))
    d = read_bytes(_page(".row{display:flex;flex-wrap:wrap}", rows), "flex.html")
    assert not d.tables()
    assert any("CSS" in w and "漏读" in w for w in d.warnings)
    # the first boxes' figures said, for the analyst to find them in the page
    assert any("（“指标1”、“10”、“9”等）" in w for w in d.warnings), d.warnings


def test_a_page_of_prose_does_not_warn():
    body = "".join(f"<p>第{i}段：本年度项目按计划推进，资金使用规范，完成了预定目标任务。</p>" for i in range(20))
    d = read_bytes(_page("", body), "prose.html")
    assert d.warnings == []


def test_divs_in_display_table_rows_and_cells_read_as_a_table_inline_styles():
    cell = "<div style='display: table-cell'>{}</div>"
    rows = "".join("<div style='display:table-row'>" + "".join(cell.format(x) for x in row) + "</div>"
                   for row in (["项目名称", "乡村道路养护", "金额单位", "万元"], ["年初预算数", "120.00", "执行数", "98.50"]))
    d = read_bytes(_page("", f"<div style='display:table'>{rows}</div>"), "t.html")
    (t,) = d.tables()
    assert (t.n_rows, t.n_cols) == (2, 4)
    assert t.grid()[1] == ["年初预算数", "120.00", "执行数", "98.50"]
    assert t.cell_at(1, 3).loc.element == "/html/body/div[2]/div[2]/div[4]"   # the cell's place in the page
    assert "元素/html/body/div[2]/div[2]/div[4]" in t.cell_at(1, 3).loc.describe()
    assert not d.warnings


def test_a_css_grid_places_items_in_order_honouring_row_and_column_spans():
    items = ["一级", "二级", "指标", "分值",
             ("产出", "grid-row:span 3"), ("数量", "grid-row: span 2"), "甲", "10", "乙", "20",
             ("质量", ""), "丙", "30",
             ("效益", "grid-row-end: span 1"), ("合计", "grid-column: span 2"), "60",
             ("总分", "grid-column:span 3 / auto"), "100"]
    body = "".join(f"<div style='{x[1]}'>{x[0]}</div>" if isinstance(x, tuple) else f"<div>{x}</div>" for x in items)
    d = read_bytes(_page("", f"<div style='display:grid;grid-template-columns:[a] 10% repeat(2, 1fr) minmax(2em, 1fr)'>"
                             f"{body}</div>"), "g.html")
    (t,) = d.tables()
    assert (t.n_rows, t.n_cols) == (6, 4)
    assert t.grid() == [["一级", "二级", "指标", "分值"],
                        ["产出", "数量", "甲", "10"],
                        ["", "", "乙", "20"],
                        ["", "质量", "丙", "30"],
                        ["效益", "合计", "", "60"],
                        ["总分", "", "", "100"]]
    assert t.cell_at(2, 0).rowspan == 3 and t.cell_at(4, 2).colspan == 2


def test_a_css_grid_written_column_by_column_fills_its_rows_tracks_column_by_column():
    # grid-auto-flow: column: the source is the table's columns one after another; grid-template-rows
    # (repeat(3, auto): auto a track's size inside repeat) says how tall each column is.
    cols = [["指标", "甲", ("乙", "grid-row:span 2")], ["分值", "10", "20", "30"], ["得分", "9", "20", "30"]]
    body = "".join(f"<div style='{x[1]}'>{x[0]}</div>" if isinstance(x, tuple) else f"<div>{x}</div>"
                   for col in cols for x in col)
    css = ".g{display:grid;grid-auto-flow:column;grid-template-rows:repeat(4, auto);grid-template-columns:80px 50px}"
    d = read_bytes(_page(css, f"<div class='g'>{body}</div>"), "col.html")
    (t,) = d.tables()
    assert t.grid() == [["指标", "分值", "得分"], ["甲", "10", "9"], ["乙", "20", "20"], ["", "30", "30"]]
    assert t.cell_at(2, 0).rowspan == 2
    # dense packing, or column flow without row tracks, still needs a renderer: not guessed
    for bad in ("grid-auto-flow:column dense;grid-template-rows:repeat(4, auto)", "grid-auto-flow:column"):
        d = read_bytes(_page(f".g{{display:grid;{bad}}}", f"<div class='g'>{body}</div>"), "col.html")
        assert not d.tables()


def test_display_and_spans_from_style_rules_by_class_element_and_id():
    css = ("/* page */ @media screen{.tb{display:block}} .tb{display:table} div.tr{display:table-row}"
           " .td, #last{display:table-cell} .g{display:grid;grid-template-columns:repeat(3,1fr)}"
           " .w2{grid-column:span 2 !important} .g>div{display:flex} @page{size:A4}")
    body = ("<div class='tb'><div class='tr'><span class='td'>资金</span><span class='td'>100</span>"
            "<span id='last'>95</span></div></div>"
            "<div class='g'><div class='w2 h'>指标</div><div>分值</div><div>甲</div><div>5</div><div>5</div></div>")
    d = read_bytes(_page(css, body), "c.html")
    a, b = d.tables()
    assert a.grid() == [["资金", "100", "95"]]
    assert b.grid() == [["指标", "", "分值"], ["甲", "5", "5"]] and b.cell_at(0, 1).colspan == 2


def test_a_grid_that_needs_a_renderer_is_not_guessed_and_still_warns():
    cells = "".join(f"<div>{i}.0</div>" for i in range(16))
    d = read_bytes(_page(".g{display:grid;grid-template-columns:repeat(auto-fill, minmax(5em, 1fr))}",
                         f"<div class='g'>{cells}</div>"), "auto.html")
    assert not d.tables()
    assert any("CSS" in w for w in d.warnings)


def test_a_css_grid_laying_out_the_page_regions_stays_paragraphs():
    body = ("<div style='display:grid;grid-template-columns:200px 1fr'>"
            "<div><ul><li>首页</li><li>政务公开</li></ul></div>"
            "<div><h2>关于2023年度绩效自评情况的说明</h2><p>年度预算数120万元，执行数98.5万元。</p>"
            "<p>项目总体完成年度目标。</p></div></div>")
    d = read_bytes(_page("", body), "layout.html")
    assert not d.tables()
    assert [p.text for p in d.paragraphs()][-2:] == ["年度预算数120万元，执行数98.5万元。", "项目总体完成年度目标。"]



def test_a_box_that_is_no_row_in_a_css_table_stays_as_a_row_of_its_own():
    # CSS wraps it in an anonymous row and cell: its text is part of the table, not lost.
    body = ("<div style='display:table'><div>说明：金额单位为万元</div>"
            "<div style='display:table-row'><div style='display:table-cell'>预算数</div>"
            "<div style='display:table-cell'>120.00</div></div></div>")
    d = read_bytes(_page("", body), "t.html")
    (t,) = d.tables()
    assert t.grid() == [["说明：金额单位为万元", ""], ["预算数", "120.00"]]


FLEX = ".row{display:flex}.row>div{display:flex;align-items:center}.a{width:110px}.b{width:250px}.c{width:90px}"


def test_sibling_flex_rows_whose_cells_line_up_are_one_table_and_a_heading_between_them_a_spanning_row():
    head = "<div class='row'><div class='a'>二级指标</div><div class='b'>三级指标</div><div class='c'>指标值</div></div>"
    row = "<div class='row'><div class='a'>{}</div><div class='b'>{}</div><div class='c'>{}</div></div>"
    body = (head + "<h3>产出指标</h3>" + row.format("数量指标", "新建道路", "≥12公里") + row.format("", "维修桥梁", "3座")
            + "<h3>效益指标</h3>" + row.format("社会效益指标", "通行时间缩短", "≥20%"))
    d = read_bytes(_page(FLEX, body), "flex.html")
    (t,) = d.tables()
    assert (t.n_rows, t.n_cols) == (6, 3)
    assert t.grid()[2] == ["数量指标", "新建道路", "≥12公里"]
    assert t.cell_at(1, 0).text == "产出指标" and t.cell_at(1, 0).colspan == 3   # the section line spans the table
    assert t.grid()[5] == ["社会效益指标", "通行时间缩短", "≥20%"]
    assert t.cell_at(2, 2).loc.element == "/html/body/div[3]/div[3]"
    assert not d.warnings


def test_flex_rows_of_other_widths_are_other_tables_and_a_flex_column_is_no_row():
    body = ("<div class='row'><div class='a'>项目名称</div><div class='b'>乡村道路养护</div></div>"
            "<div class='row'><div class='a'>年初预算数</div><div class='c'>120</div><div class='c'>98</div></div>"
            "<div style='display:flex;flex-direction:column'><div>说明一</div><div>说明二</div></div>")
    d = read_bytes(_page(FLEX, body), "flex.html")
    assert [t.grid() for t in d.tables()] == [[["项目名称", "乡村道路养护"]], [["年初预算数", "120", "98"]]]
    assert [b.text for b in d.blocks if not hasattr(b, "cells")][-2:] == ["说明一", "说明二"]


def test_a_flex_line_of_lists_is_a_table_stored_column_by_column_a_tall_item_a_merged_cell():
    # seven <ul>s side by side (1197): each column's cells its <li>s, the head first; a level cell one <li>
    # twice as tall over the two rows beside it. Read as a row of three long cells, no row was an indicator.
    col = "<ul>{}</ul>"
    levels = "<li class='h'>一级指标</li><li style='height:60px'>产出指标</li><li>效益指标</li>"
    names = "<li class='h'>三级指标</li><li>新建茶园</li><li>培训茶农</li><li>茶农增收</li>"
    weights = "<li class='h'>分值</li><li>10</li><li>8</li><li>10</li>"
    css = ("div.zb{display:flex}div.zb ul{list-style:none;margin:0;padding:0}"
           "div.zb li{box-sizing:border-box;height:30px}div.zb li.h{height:34px}")
    d = read_bytes(_page(css, "<div class='zb'>" + "".join(col.format(x) for x in (levels, names, weights)) + "</div>"),
                   "cols.html")
    (t,) = d.tables()
    assert (t.n_rows, t.n_cols) == (4, 3)
    assert t.grid()[0] == ["一级指标", "三级指标", "分值"]
    assert t.grid()[2] == ["", "培训茶农", "8"]
    assert t.cell_at(1, 0).text == "产出指标" and t.cell_at(1, 0).rowspan == 2
    assert t.grid()[3] == ["效益指标", "茶农增收", "10"]
    assert t.cell_at(3, 1).loc.element == "/html/body/div[2]/ul[2]/li[4]"
    # lists of no declared heights stay what they were: the row of cells a flex line is
    plain = "<div style='display:flex'><ul><li>甲</li><li>乙</li><li>丙</li></ul><ul><li>1</li><li>2</li></ul></div>"
    d = read_bytes(_page("", plain), "plain.html")
    (t,) = d.tables()
    assert (t.n_rows, t.n_cols) == (1, 2)
    # ... and said, since which item stands beside which the page does not write
    assert any("各列条目数不同（3、2）" in w for w in d.warnings), d.warnings
    even = "<div style='display:flex'><ul><li>甲</li><li>乙</li><li>丙</li></ul><ul><li>1</li><li>2</li><li>3</li></ul></div>"
    assert not read_bytes(_page("", even), "even.html").warnings


def _svg(body: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><h2>绩效自评表</h2>"
            f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 200'>{body}</svg></body></html>").encode()


def test_an_svg_form_of_ruled_lines_and_positioned_text_is_read_as_a_table():
    lines = "".join(f"<line x1='0' y1='{y}' x2='400' y2='{y}' stroke='#000'/>" for y in (0, 30, 60, 90))
    lines += "".join(f"<line x1='{x}' y1='0' x2='{x}' y2='90' stroke='#000'/>" for x in (0, 160, 280, 400))
    texts = ("<text x='80' y='20' text-anchor='middle' font-size='12'>三级指标</text>"
             "<text x='220' y='20' text-anchor='middle' font-size='12'>年度指标值</text>"
             "<text x='340' y='20' text-anchor='middle' font-size='12'>实际完成值</text>"
             "<text x='80' y='44' text-anchor='middle' font-size='12'><tspan x='80' dy='0'>新建乡村</tspan>"
             "<tspan x='80' dy='13'>道路</tspan></text>"
             "<text x='165' y='50' font-size='12'>≥12公里</text>"
             "<text x='395' y='50' text-anchor='end' font-size='12'>12.5公里</text>"
             "<text x='80' y='80' text-anchor='middle' font-size='12'>维修桥梁</text>"
             "<text x='220' y='80' text-anchor='middle' font-size='12'>3座</text>"
             "<text x='340' y='80' text-anchor='middle' font-size='12'>3座</text>")
    d = read_bytes(_svg(lines + texts), "svg.html")
    (t,) = d.tables()
    assert (t.n_rows, t.n_cols) == (3, 3)
    assert t.grid()[1] == ["新建乡村\n道路", "≥12公里", "12.5公里"]   # a <tspan> with its own dy is a line
    assert t.grid()[2] == ["维修桥梁", "3座", "3座"]
    assert not d.warnings


def test_an_svg_form_ruled_by_paths_is_read_as_a_table():
    """Rules drawn as <path>s (M / H / V / L / Z, absolute or relative, as a converter writes them) are ruling
    lines as <line>s are; a curve ends what is followed of its path."""
    lines = "<path d='M0 0H400V90H0Z' stroke='#000' fill='none'/>"
    lines += "".join(f"<path d='M0 {y} l400 0' stroke='#000'/>" for y in (30, 60))
    lines += "".join(f"<path d='M{x} 0L{x} 90' stroke='#000'/>" for x in (160, 280))
    lines += "<path d='M10 150C50 120 90 180 130 150' stroke='#000' fill='none'/>"
    texts = "".join(f"<text x='{x}' y='{y}' text-anchor='middle' font-size='12'>{t}</text>" for x, y, t in (
        (80, 20, "三级指标"), (220, 20, "年度指标值"), (340, 20, "实际完成值"), (80, 50, "新建乡村道路"),
        (220, 50, "≥12公里"), (340, 50, "12.5公里"), (80, 80, "维修桥梁"), (220, 80, "3座"), (340, 80, "3座")))
    d = read_bytes(_svg(lines + texts), "paths.html")
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值", "实际完成值"], ["新建乡村道路", "≥12公里", "12.5公里"],
                        ["维修桥梁", "3座", "3座"]]


def test_an_svg_picture_written_as_a_data_uri_is_read_as_an_inline_svg():
    """An <img> whose src is an SVG as a base64 data: URI (a form exported as a vector picture): its ruled
    form read as an inline <svg>'s is; a picture of no form has its text counted and said (1262: the
    indicator table in an encoded SVG was dropped unsaid)."""
    import base64
    lines = "".join(f"<line x1='0' y1='{y}' x2='400' y2='{y}' stroke='#000'/>" for y in (0, 30, 60))
    lines += "".join(f"<line x1='{x}' y1='0' x2='{x}' y2='60' stroke='#000'/>" for x in (0, 160, 400))
    texts = "".join(f"<text x='{x}' y='{y}' text-anchor='middle' font-size='12'>{t}</text>" for x, y, t in (
        (80, 20, "三级指标"), (280, 20, "年度指标值"), (80, 50, "维修桥梁"), (280, 50, "3座")))

    def page(svg: str) -> bytes:
        b64 = base64.b64encode(f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 60'>{svg}</svg>".encode())
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p>绩效指标</p>"
                f"<p><img src='data:image/svg+xml;base64,{b64.decode()}' alt='表'></p></body></html>").encode()
    d = read_bytes(page(lines + texts), "img.html")
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值"], ["维修桥梁", "3座"]]
    chart = read_bytes(page("<polyline points='0,50 100,20' stroke='#000' fill='none'/>" + texts), "chart.html")
    assert not chart.tables()
    assert any("4段文字未读取" in w for w in chart.warnings), chart.warnings


def test_an_svg_with_no_ruled_form_is_not_read_and_says_so():
    texts = "".join(f"<text x='{20 + 40 * k}' y='190' font-size='10'>{2019 + k}年</text>" for k in range(5))
    d = read_bytes(_svg("<polyline points='0,100 100,80 200,60' stroke='#000' fill='none'/>" + texts), "chart.html")
    assert not d.tables()
    assert any("SVG" in w and "5段文字未读取" in w for w in d.warnings)
    assert any("第1个SVG图形" in w for w in d.warnings), d.warnings     # which drawing, for the analyst


def _foreign(x: int, y: int, w: int, h: int, text: str) -> str:
    return (f"<rect x='{x}' y='{y}' width='{w}' height='{h}' fill='none' stroke='#000'/>"
            f"<foreignObject x='{x}' y='{y}' width='{w}' height='{h}'><div xmlns='http://www.w3.org/1999/xhtml'>"
            f"{text}</div></foreignObject>")


def test_an_svg_form_of_rects_and_foreign_object_cells_is_read_as_a_table():
    """A diagram editor's table: <rect> borders and an XHTML <div> in a <foreignObject> per cell (no
    <text>): each cell's text laid in its box, a level cell one tall box over its run (1160)."""
    cells = [(0, 0, 80, 30, "一级指标"), (80, 0, 160, 30, "三级指标"), (240, 0, 80, 30, "实际完成值"),
             (0, 30, 80, 60, "产出指标"), (80, 30, 160, 30, "新建乡村道路"), (240, 30, 80, 30, "12.5公里"),
             (80, 60, 160, 30, "维修桥梁"), (240, 60, 80, 30, "3座")]
    d = read_bytes(_svg("".join(_foreign(*c) for c in cells)), "fo.html")
    (t,) = d.tables()
    assert t.grid() == [["一级指标", "三级指标", "实际完成值"], ["产出指标", "新建乡村道路", "12.5公里"],
                        ["", "维修桥梁", "3座"]]
    assert t.cell_at(1, 0).rowspan == 2     # the level cell over its run
    assert not d.warnings


def test_foreign_object_text_of_an_svg_left_unread_is_counted():
    """A drawing that is no ruled form leaves its <foreignObject> text unread, and says so, as its <text>."""
    body = ("<polyline points='0,100 100,80 200,60' stroke='#000' fill='none'/>"
            "<foreignObject x='10' y='150' width='90' height='20'><div xmlns='http://www.w3.org/1999/xhtml'>"
            "2023年</div></foreignObject>")
    d = read_bytes(_svg(body), "chart.html")
    assert any("第1个SVG图形有1段文字未读取" in w for w in d.warnings), d.warnings


def _absolute(cells: list[tuple], rules: bool) -> str:
    """(col, row, cols, rows, text) cells on a grid of 100 x 30 px cells, each an absolutely positioned
    <span>, written column by column; rules: a bordered empty <div> under each cell, written first."""
    def pos(c, r, cs, rs):
        return f"left:{c * 100}px;top:{r * 30}px;width:{cs * 100 + 1}px;height:{rs * 30 + 1}px"
    order = sorted(cells)
    out = "".join(f"<div style='{pos(*cell[:4])}'></div>" for cell in order) if rules else ""
    out += "".join(f"<span style='{pos(*cell[:4])}'>{cell[4]}</span>" for cell in order)
    return f"<div class='rpt'>{out}</div>"


GRID_CELLS = [(0, 0, 1, 1, "一级指标"), (1, 0, 1, 1, "三级指标"), (2, 0, 1, 1, "年度指标值"), (3, 0, 1, 1, "实际完成值"),
              (0, 1, 1, 2, "产出指标"), (1, 1, 1, 1, "新建冷藏库"), (2, 1, 1, 1, "≥4座"), (3, 1, 1, 1, "4座"),
              (1, 2, 1, 1, "改造果园"), (2, 2, 1, 1, "≥1.2万亩"), (3, 2, 1, 1, "1.25万亩")]


def test_absolutely_positioned_cells_written_column_by_column_read_as_the_grid_they_draw():
    style = ".rpt{position:relative}.rpt div,.rpt span{position:absolute}"
    for rules in (True, False):
        d = read_bytes(_page(style, _absolute(GRID_CELLS, rules)), "abs.html")
        (t,) = d.tables()
        assert t.grid(fill=True) == [["一级指标", "三级指标", "年度指标值", "实际完成值"],
                                     ["产出指标", "新建冷藏库", "≥4座", "4座"],
                                     ["产出指标", "改造果园", "≥1.2万亩", "1.25万亩"]]
        assert t.cell_at(1, 0).rowspan == 2 and t.cell_at(2, 3).loc.element.endswith("span[11]")
    # positioned boxes that overlap (labels laid over each other) draw no table and stay text
    style = "i{position:absolute}"
    body = "<div>" + "".join(f"<i style='left:{k * 10}px;top:0;width:80px;height:20px'>标注{k}</i>" for k in range(5)) + \
        "</div>"
    d = read_bytes(_page(style, body), "badge.html")
    assert not d.tables()
    assert [p.text for p in d.paragraphs()][1:] == ["标注0标注1标注2标注3标注4"]


def test_sibling_rows_of_boxes_floated_left_at_declared_widths_are_one_table():
    # a page that floats its cells (float:left, widths in px) lays each row out as a flex line does;
    # a row whose boxes float at other widths is another table; boxes with no width are no row
    style = ".row{overflow:hidden}.c{float:left;border:1px solid #666}"
    row = "<div class='row'>" + "".join(f"<div class='c' style='width:{w}px'>{{}}</div>" for w in (90, 200, 110)) + "</div>"
    body = (row.format("二级指标", "三级指标", "年度指标值") + row.format("数量指标", "新建道路", "≥12公里")
            + row.format("", "维修桥梁", "≥3座")
            + "<div class='row'><div class='c' style='width:60px'>总分</div><div class='c' style='width:60px'>100</div></div>"
            + "<div class='row'><div style='float:left'>说明</div><div style='float:left'>无</div></div>")
    d = read_bytes(_page(style, body), "float.html")
    assert [t.grid() for t in d.tables()] == [
        [["二级指标", "三级指标", "年度指标值"], ["数量指标", "新建道路", "≥12公里"], ["", "维修桥梁", "≥3座"]],
        [["总分", "100"]]]


def test_an_inline_block_box_is_a_word_of_its_own():
    # a label drawn as an inline-block box at a width, its value beside it with no space typed between
    # (805's 项目名称 / 项目资金 lines): the browser shows them apart, so they read apart
    style = ".k{display:inline-block;width:90px}.kv{display:inline-block;margin-right:12px}"
    body = ("<div><span class='kv'><b class='k'>年初预算数</b><span>100.00</span></span>"
            "<span class='kv'><b class='k'>全年预算数</b><span>120.00</span></span></div>"
            "<div><b>合计</b><span>120.00</span></div>")
    d = read_bytes(_page(style, body), "kv.html")
    texts = [b.text for b in d.blocks if hasattr(b, "text")]
    assert texts[-2:] == ["年初预算数 100.00 全年预算数 120.00", "合计120.00"]   # plain inline text stays as typed


def _placed_page(runs: list[tuple[float, float, str]], rules: list[tuple[float, float, float, float]]) -> bytes:
    """A page as pdf2htmlEX writes it (1161.html): each run (left, bottom px, text) a <div class="t m0 xN yN fs0">
    placed only by class rules, its glyphs at four times their size scaled by m0's matrix; the rules (x0, y0,
    x1, y1, down from the page's head) <path>s of a base64 SVG background image."""
    import base64
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400">'
           + "".join(f'<path d="M{a:.2f} {b:.2f}L{c:.2f} {d:.2f}" stroke="#000"/>' for a, b, c, d in rules)
           + "</svg>")
    src = base64.b64encode(svg.encode()).decode()
    style = [".pc{position:absolute;top:0;left:0;width:100%;height:100%}", ".bi{position:absolute}",
             ".t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%}",
             ".m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0)}", ".fs0{font-size:48.000000px}",
             ".x0{left:0}.y0{bottom:0}.w1{width:600px}.h1{height:400px}"]
    xs = sorted({x for x, _, _ in runs})
    ys = sorted({y for _, y, _ in runs})
    style += [f".x{k + 1}{{left:{x}px}}" for k, x in enumerate(xs)] + [f".y{k + 1}{{bottom:{y}px}}" for k, y in enumerate(ys)]
    divs = "".join(f'<div class="t m0 x{xs.index(x) + 1} y{ys.index(y) + 1} fs0">{text}</div>' for x, y, text in runs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{''.join(style)}</style></head><body>"
            f"<div id='pf1' class='pf'><div class='pc'><img class='bi x0 y0 w1 h1' src='data:image/svg+xml;base64,{src}'/>"
            f"{divs}</div></div></body></html>").encode("utf-8")


def test_a_pdf2htmlex_page_reads_its_runs_by_their_class_rules_places_over_its_background_rules():
    """1161.html: a fund block whose labels stand in one row of cells and its figures in the row below, written
    label by label then figure by figure; read a <div> a line, the figures lost their labels. Placed by their
    class rules (left, bottom up from the foot, 12 px glyphs: 48 px scaled by a quarter) over the background
    SVG's rules, the runs make the grid the page draws."""
    xs, ys = [20, 140, 260, 380, 500], [40, 70, 100]     # columns' and rows' rules, down from the head
    rules = [(20, y, 500, y) for y in ys] + [(x, 40, x, 100) for x in xs]
    labels = ["全年预算数", "全年执行数", "执行率", "得分"]
    figures = ["520.00", "499.20", "96.00%", "9.60"]
    runs = [(x + 10, 400 - 62, t) for x, t in zip(xs, labels)] + [(x + 10, 400 - 92, t) for x, t in zip(xs, figures)]
    runs += [(20, 400 - 20, "项目资金（万元）执行情况"), (20, 400 - 130, "填报人：张某某")]
    d = read_bytes(_placed_page(runs, rules), "pdf2html.html")
    (t,) = d.tables()
    assert t.grid() == [labels, figures]
    text = [p.text for p in d.paragraphs()]
    assert "项目资金（万元）执行情况" in text and "填报人：张某某" in text


def _column_blocks(heights: bool, extra: int = 1) -> bytes:
    """Issue 21 (1297.html): one outer row of one-column tables, the level column's inner table one tall
    cell per run (declared px heights, a px of border a row added to the tall cells when extra)."""
    rows = [("产出指标", "新建基地", "≥5000亩", "10"), ("产出指标", "培训人次", "≥1500人次", "6"),
            ("产出指标", "验收合格率", "100%", "6"), ("效益指标", "带动农户", "≥800户", "10"),
            ("效益指标", "亩均增收", "≥300元", "8")]
    head = ("一级指标", "三级指标", "年度指标值", "分值")

    def td(text, n=1):
        h = f" style='height:{30 * n + extra * (n - 1)}px'" if heights else ""
        return f"<tr><td{h}>{text}</td></tr>"
    cols = ["<table>" + td(head[0]) + td("产出指标", 3) + td("效益指标", 2) + "</table>"]
    cols += ["<table>" + td(head[k]) + "".join(td(r[k]) for r in rows) + "</table>" for k in (1, 2, 3)]
    return _page("", "<table><tr>" + "".join(f"<td>{c}</td>" for c in cols) + "</tr></table>")


def test_a_row_of_one_column_tables_reads_as_the_one_grid_they_draw():
    d = read_bytes(_column_blocks(True), "cols.html")
    [t] = d.tables()
    g = t.grid()
    assert g[0] == ["一级指标", "三级指标", "年度指标值", "分值"]
    assert [r[1] for r in g[1:]] == ["新建基地", "培训人次", "验收合格率", "带动农户", "亩均增收"]
    level = {c.row: c for c in t.cells if c.col == 0 and c.text}
    assert (level[1].text, level[1].rowspan, level[4].text, level[4].rowspan) == ("产出指标", 3, "效益指标", 2)


def test_one_column_tables_side_by_side_without_heights_are_said():
    d = read_bytes(_column_blocks(False), "cols.html")
    assert not any(t.n_cols > 1 for t in d.tables())
    assert any("4个单列表格并排" in w and "3、6、6、6" in w for w in d.warnings), d.warnings
