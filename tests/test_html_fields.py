"""A web form saved filled in: the values only in read-only <input value> fields (extract.html_reader
_shown_fields, _field_run): each row of fields is a table row, a header line of <span>s above the rows
its header, the <fieldset>'s <legend> a line of its own. Made up in the shape of corpus/native 750."""
import unicodedata

from jixiao.normalize import normalize_document

from .documents import html_page


def _row(*values):
    return "<div>" + " ".join(f'<input type="text" readonly value="{v}">' for v in values) + "</div>"


PAGE = ("<html><body><h1>项目支出绩效自评表</h1><form action='#'>"
        "<fieldset><legend>项目基本情况</legend><div><label>项目名称</label><input readonly value='2023年某县道路养护项目'></div>"
        "<div><label>主管部门</label><input value='某县交通运输局'><label>实施单位</label><input value='某县公路站'></div>"
        "</fieldset><fieldset><legend>产出指标</legend>"
        "<div><span>二级指标</span> <span>三级指标</span> <span>年度指标值</span> <span>实际完成值</span> "
        "<span>分值</span> <span>得分</span></div>"
        + _row("数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20")
        + _row("成本指标", "每公里养护成本", "≤3万元", "2.9万元", "10", "10")
        + "</fieldset><div><input type='submit' value='提交'><input type='hidden' value='x1'></div></form>"
        "<form><input name='q' placeholder='搜索'></form></body></html>")


def test_filled_fields_are_read_as_rows(tmp_path):
    doc = html_page(tmp_path, PAGE)
    tables = doc.tables()
    assert [[c.text for c in row] for row in tables[0].rows()] == [
        ["项目名称", "2023年某县道路养护项目", "", ""], ["主管部门", "某县交通运输局", "实施单位", "某县公路站"]]
    assert [[c.text for c in row] for row in tables[1].rows()] == [
        ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20"],
        ["成本指标", "每公里养护成本", "≤3万元", "2.9万元", "10", "10"]]
    # a button's label and a hidden field are no shown text; a search box's form stays furniture
    text = " ".join(b.text for b in doc.blocks if hasattr(b, "text"))
    assert "提交" not in text and "x1" not in text and len(tables) == 2


def test_the_legend_gives_the_rows_their_level(tmp_path):
    recs = normalize_document(html_page(tmp_path, PAGE), name="page.html")
    assert [(i.level1, i.level3, i.target.raw, str(i.score.value)) for i in recs.indicators] == [
        ("产出指标", "养护道路里程", "≥120公里", "20"), ("产出指标", "每公里养护成本", "≤3万元", "10")]


def _select(chosen: str | None, words=("产出指标", "效益指标"), placeholder: bool = True) -> str:
    opts = "".join(f'<option value="{w}"{" selected" if w == chosen else ""}>{w}</option>' for w in words)
    return f'<select disabled>{"<option value="">--请选择--</option>" if placeholder else ""}{opts}</select>'


def test_a_select_shows_its_chosen_option_not_its_list(tmp_path):
    # a 填报系统 row (859): the level a <select> listing every level word, one selected; a select with
    # nothing chosen shows its placeholder (no value); a list box (multiple) shows every option, none chosen
    cells = [_select("效益指标"), "<span>带动农户增收</span>", "<span>≥1800户</span>",
             "<textarea readonly>1850户</textarea>", "<span>10</span>", "<output>10</output>"]
    page = ("<html><body><form><p>审核状态：" + _select(None, ("通过", "退回")) + "</p>"
            "<p>附件：<select multiple><option selected>佐证材料.pdf</option><option>照片.zip</option></select></p>"
            "<p>区划：" + _select(None, ("甲乡", "乙乡"), placeholder=False) + "</p><div role='table'><div role='row'>" +
            "".join(f"<div role='columnheader' style='display:inline-block'>{h}</div>"
                    for h in ("一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + "</div>"
            "<div role='row'>" + "".join(f"<div role='cell' style='display:inline-block'>{c}</div>" for c in cells) +
            "</div></div></form></body></html>")
    doc = html_page(tmp_path, page)
    text = " ".join(c.text for t in doc.tables() for row in t.rows() for c in row) + \
        " ".join(b.text for b in doc.blocks if hasattr(b, "text"))
    assert "效益指标" in text and "产出指标" not in text and "请选择" not in text
    assert "佐证材料" not in text and "甲乡" in text and "乙乡" not in text
    recs = normalize_document(doc, name="page.html")
    assert [(i.level1, i.level3, i.actual.raw) for i in recs.indicators] == [("效益指标", "带动农户增收", "1850户")]


def test_a_list_box_of_padded_lines_reads_as_the_table_it_shows(tmp_path):
    # a system's 指标明细 list box (901): every option shown, one a line, columns lined up by no-break spaces,
    # level 1 an <optgroup> label; the box was dropped as a form control and its rows went unsaid
    def line(*cells):   # each cell padded to its display width, a CJK character (or ≥) two columns
        return "".join(c + "\xa0" * (w - sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in c))
                       for c, w in zip(cells, (20, 26, 14, 14, 6, 6))).rstrip()
    page = ("<html><body><p>绩效指标完成情况</p><select size='5'><optgroup label='产出指标'>"
            f"<option>{line('数量指标', '新增馆藏图书', '≥1.2万册', '1.26万册', '6', '6')}</option>"
            f"<option>{line('质量指标', '数字资源可用率', '≥98%', '99.2%', '5', '5')}</option></optgroup>"
            f"<optgroup label='满意度指标'><option>{line('服务对象满意度指标', '读者满意度', '≥90%', '96%', '10', '10')}"
            "</option></optgroup></select><p>附件：<select size='3'><option>佐证材料.pdf</option></select></p>"
            "</body></html>")
    recs = normalize_document(html_page(tmp_path, page), name="page.html")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新增馆藏图书", "≥1.2万册", "1.26万册", "6", "6"),
        ("产出指标", "质量指标", "数字资源可用率", "≥98%", "99.2%", "5", "5"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "96%", "10", "10")]


def test_rows_written_only_in_templates_inside_a_table_are_its_rows_said():
    """A table whose body rows are all <template>s of <tr>s, stamped by the page's script (the saved table
    is its header alone): the templates' rows are the rows the page shows, read in their places and said;
    a template beside rows of the table's own stays unrendered."""
    from jixiao.extract import read_bytes

    head = "<thead><tr><th>三级指标</th><th>年度指标值</th><th>实际完成值</th></tr></thead>"
    body = ("<template><tr><td>新建村道</td><td>≥12公里</td><td>12.5公里</td></tr>"
            "<tr><td>维修桥梁</td><td>≥3座</td><td>3座</td></tr></template>")
    page = f'<html><head><meta charset="utf-8"></head><body><table>{head}<tbody>{body}</tbody></table></body></html>'
    d = read_bytes(page.encode("utf-8"), "t.html")
    (t,) = d.tables()
    assert t.grid()[1:] == [["新建村道", "≥12公里", "12.5公里"], ["维修桥梁", "≥3座", "3座"]]
    assert any("2行" in w and "<template>" in w for w in d.warnings), d.warnings
    own = "<tr><td>植树造林</td><td>≥100亩</td><td>120亩</td></tr><tr><td>抚育</td><td>≥50亩</td><td>55亩</td></tr>"
    page = page.replace("<tbody>", f"<tbody>{own}")
    (t,) = read_bytes(page.encode("utf-8"), "t.html").tables()
    assert [r[0] for r in t.grid()[1:]] == ["植树造林", "抚育"]


def test_a_table_written_only_as_a_json_data_island_is_read_and_said():
    """A saved single-page app (corpus/native 1078): the table only in a <script type="application/json">,
    rows keyed by pinyin initials, the header in a key / label list; read as a table in the script's place,
    labels as its header, numbers as written, said. A page that shows the rows already is not read twice."""
    from jixiao.extract import read_bytes

    data = ('{"cols": [{"key": "sjzb", "label": "三级指标"}, {"key": "ndzbz", "label": "年度指标值"}, '
            '{"key": "fz", "label": "分值"}], "rows": [{"sjzb": "新建村道", "ndzbz": "≥12公里", "fz": 10.50}, '
            '{"sjzb": "维修桥梁", "ndzbz": "≥3座", "fz": 8}]}')
    page = (f'<html><head><meta charset="utf-8"></head><body><p>绩效指标</p><div id="t"></div>'
            f'<script type="application/json" id="d">{data}</script><p>总分：100</p></body></html>')
    d = read_bytes(page.encode("utf-8"), "t.html")
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值", "分值"], ["新建村道", "≥12公里", "10.50"], ["维修桥梁", "≥3座", "8"]]
    assert any("脚本数据" in w and "2条记录" in w for w in d.warnings), d.warnings
    shown = page.replace('<div id="t"></div>', "<table><tr><td>新建村道</td><td>≥12公里</td></tr>"
                                                "<tr><td>维修桥梁</td><td>≥3座</td></tr></table>")
    d = read_bytes(shown.encode("utf-8"), "t.html")
    assert len(d.tables()) == 1 and not any("脚本数据" in w for w in d.warnings)


def test_a_table_written_by_document_write_is_read_where_the_script_stands_and_said():
    """An old CMS page (corpus/native 1125): the indicator table only inside an inline script's
    document.write('…') calls, a line of markup per call (escaped quotes, a \\u escape, literals joined
    by +); read as the browser shows it, in the script's place, and said. A call writing a variable is
    counted and said; a page that shows the written rows already is not read twice."""
    from jixiao.extract import read_bytes

    script = ("<script type=\"text/javascript\">\n<!--\n"
              "document.write('<table border=\\\"1\\\"><tr><th>三级指标</th><th>年度指标值</th></tr>');\n"
              "document.write('<tr><td>新建村道</td>' + \"<td>\\u226512公里</td></tr>\");\n"
              "document.writeln('<tr><td>维修桥梁</td><td>≥3座</td></tr></table>');\n//-->\n</script>")
    page = f'<html><head><meta charset="utf-8"></head><body><p>绩效指标</p>{script}<p>总分：100</p></body></html>'
    d = read_bytes(page.encode("utf-8"), "t.html")
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值"], ["新建村道", "≥12公里"], ["维修桥梁", "≥3座"]]
    assert [type(b).__name__ for b in d.blocks] == ["Paragraph", "Table", "Paragraph"]
    assert any("document.write" in w and "1段" in w for w in d.warnings), d.warnings
    var = page.replace("</script>", "<script>document.write('<p>' + zb[3] + '</p>');</script>", 1) \
        .replace("//-->\n<script>", "//-->\n</script><script>")
    d = read_bytes(var.encode("utf-8"), "t.html")
    assert any("含脚本变量" in w and "1处" in w for w in d.warnings), d.warnings
    shown = page.replace("<p>总分", "<table><tr><td>新建村道</td><td>≥12公里</td></tr><tr><td>维修桥梁</td>"
                                    "<td>≥3座</td></tr></table><p>总分")
    d = read_bytes(shown.encode("utf-8"), "t.html")
    assert len(d.tables()) == 1 and not any("document.write" in w for w in d.warnings)


def test_a_data_grid_whose_rows_are_recycled_and_split_is_read_by_its_row_index():
    """A page saved from a virtual-scroll data grid (corpus/native 1124): no <table>; rows recycled out of
    order in the markup, the name column pinned in a container of its own, a row's halves joined only by
    aria-rowindex; read as the grid shows it (cells by aria-colindex), said. A grid whose markup order is
    its screen order is left to be read as it stands."""
    from jixiao.extract import read_bytes

    def row(i, cells):
        return f'<div role="row" aria-rowindex="{i}">' + "".join(
            f'<div role="gridcell" aria-colindex="{k}">{v}</div>' for k, v in cells) + "</div>"
    left = row(3, [(1, "维修桥梁")]) + row(2, [(1, "新建村道")])
    centre = row(2, [(2, "≥12公里"), (3, "12.5公里")]) + row(3, [(2, "≥3座"), (3, "3座")])
    head = ('<div role="row" aria-rowindex="1"><div role="columnheader">三级指标</div><div role="columnheader">'
            '年度指标值</div><div role="columnheader">实际完成值</div></div>')
    page = (f'<html><head><meta charset="utf-8"></head><body><div role="grid">{head}<div class="pinned">{left}</div>'
            f'<div class="centre">{centre}</div><div class="pager">共 2 条</div></div></body></html>')
    d = read_bytes(page.encode("utf-8"), "t.html")
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值", "实际完成值"], ["新建村道", "≥12公里", "12.5公里"], ["维修桥梁", "≥3座", "3座"]]
    assert any("aria-rowindex" in w for w in d.warnings), d.warnings
    assert "共 2 条" in [b.text for b in d.paragraphs()]
    plain = page.replace(f'<div class="pinned">{left}</div><div class="centre">{centre}</div>',
                         row(2, [(1, "新建村道"), (2, "≥12公里")]) + row(3, [(1, "维修桥梁"), (2, "≥3座")]))
    d = read_bytes(plain.encode("utf-8"), "t.html")
    assert not any("aria-rowindex" in w for w in d.warnings)


def test_a_script_loader_or_a_visit_counter_written_by_document_write_is_not_said():
    """Review: the writes nearly every old government page carries (a jQuery fallback writing a <script> tag, a
    visit counter's unescape('%3C…'), the year in the footer) show no content: neither read nor counted as
    unread; a call writing a cell around a variable still is."""
    from jixiao.extract import read_bytes

    scripts = ("<script>window.jQuery || document.write('<script src=\"js/jquery.js\"><\\/script>');</script>"
               "<script>var _h = (('https:' == document.location.protocol) ? ' https://' : ' http://');"
               "document.write(unescape('%3Cspan id=\"cnzz_stat_icon_1\"%3E%3C/span%3E%3Cscript src=\"' + _h + "
               "'s4.cnzz.com/stat.php%3Fid%3D1\" type=\"text/javascript\"%3E%3C/script%3E'));</script>"
               "<p>版权所有 <script>document.write(new Date().getFullYear());</script></p>")
    page = f'<html><head><meta charset="utf-8"></head><body><p>绩效指标</p>{scripts}</body></html>'
    d = read_bytes(page.encode("utf-8"), "t.html")
    assert not any("document.write" in w for w in d.warnings), d.warnings
    cell = page.replace("</body>", "<script>document.write('<td>' + zb[3] + '</td>');</script></body>")
    d = read_bytes(cell.encode("utf-8"), "t.html")
    # the call is named, not only counted
    assert any("含脚本变量" in w and "1处" in w and "zb[3]" in w for w in d.warnings), d.warnings


def test_a_document_write_escape_past_unicode_does_not_stop_the_page():
    """Review: '\\u{FFFFFFF}' in a written literal raised ValueError from chr() and the page was not read."""
    from jixiao.extract import read_bytes

    page = ("<html><head><meta charset=\"utf-8\"></head><body><p>绩效指标</p>"
            "<script>document.write('\\u{FFFFFFF}<p>新建村道12公里</p>');</script></body></html>")
    d = read_bytes(page.encode("utf-8"), "t.html")
    assert any("新建村道" in b.text for b in d.paragraphs())


def test_a_page_of_tens_of_thousands_of_written_rows_reads_in_linear_time():
    """Review: each written text was looked for in the whole page's text (quadratic: 40,000 rows under 3 MB of
    prose took half a minute); a sample tells whether the page shows them already."""
    from jixiao.extract import read_bytes

    n = 40000
    writes = "".join(f"document.write('<tr><td>指标{k}</td><td>{k}个</td></tr>');\n" for k in range(n))
    page = (f"<html><head><meta charset='utf-8'></head><body><p>{'某县道路养护项目绩效自评说明文字' * n}</p><script>"
            f"document.write('<table>');{writes}document.write('</table>');</script></body></html>")
    # the search was C work (str's in), which no count of Python lines sees: the time is
    # benchmarks/hostile_inputs.py html_written_rows
    d = read_bytes(page.encode("utf-8"), "t.html")
    assert d.tables()[0].n_rows == n


def test_rows_that_are_buttons_of_cells_are_read_and_a_label_button_is_not(tmp_path):
    """Issue 21 (1464.html): a system's clickable list whose every indicator row is a <button> of seven
    <span>s (flex rows under a header <div> of spans) read no row and said only that none was found: a
    button holding two or more boxes of text shows them as a <div> does; 打印 alone stays dropped."""
    css = (".r{display:flex}.r span{display:block;width:90px}")
    head = '<div class="r">' + "".join(f"<span>{h}</span>" for h in ("三级指标", "年度指标值", "实际完成值", "分值", "得分")) + "</div>"
    rows = [("养护道路里程", "≥120公里", "126公里", "20", "20"), ("每公里养护成本", "≤3万元", "2.9万元", "10", "10"),
            ("路况优良率", "≥80%", "85%", "10", "10")]
    buttons = "".join('<button type="button" class="r">' + "".join(f"<span>{v}</span>" for v in r) + "</button>"
                      for r in rows)
    page = (f"<html><head><style>{css}</style></head><body><h1>项目支出绩效自评表</h1><div>{head}{buttons}</div>"
            "<button type='button'>打印</button></body></html>")
    doc = html_page(tmp_path, page)
    [t] = doc.tables()
    assert [[c.text for c in row] for row in t.rows()][1:] == [list(r) for r in rows]
    assert "打印" not in " ".join(b.text for b in doc.blocks if hasattr(b, "text"))


def test_a_tree_grid_of_unindexed_div_rows_is_one_table_its_level_rows_over_their_rows():
    """A front-end tree table (1916): role=treegrid, each role=row a CSS grid of <div>s with aria-level 1 / 2 / 3,
    no aria-rowindex; the level words and the names in one column, the level rows' other cells empty. Read as
    one table in the markup's order (not a one-row table a row, the level rows apart from the rows under
    them), so the level rows give the rows under them their levels; not said as reordered."""
    from jixiao.extract import read_bytes

    def row(level, cells):
        return (f'<div role="row" aria-level="{level}" style="display:grid;grid-template-columns:3fr 1fr 1fr 1fr 1fr">'
                + "".join(f'<div role="gridcell">{v}</div>' for v in cells) + "</div>")
    head = '<div role="row">' + "".join(f'<div role="columnheader">{h}</div>' for h in
                                        ("指标", "年度指标值", "实际完成值", "分值", "得分")) + "</div>"
    body = (row(1, ["▾产出指标", "", "", "", ""]) + row(2, ["▾数量指标", "", "", "", ""]) +
            row(3, ["新建温室", "≥600座", "612座", "60", "60"]) + row(1, ["▾满意度指标", "", "", "", ""]) +
            row(2, ["▾服务对象满意度指标", "", "", "", ""]) + row(3, ["菜农满意度", "≥90%", "92%", "40", "40"]))
    page = ('<html><head><meta charset="utf-8"></head><body><p>项目名称：测试项目</p>'
            f'<div role="treegrid">{head}{body}</div></body></html>')
    d = read_bytes(page.encode("utf-8"), "t.html")
    (t,) = d.tables()
    assert t.n_rows == 7 and t.grid()[3] == ["新建温室", "≥600座", "612座", "60", "60"]
    assert not any("aria-rowindex" in w or "顺序" in w for w in d.warnings), d.warnings
    recs = normalize_document(d, name="t.html")
    assert [(i.level1, i.level2, i.level2_raw, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "数量指标", "新建温室"), ("满意度指标", "服务对象满意度指标", "服务对象满意度指标", "菜农满意度")]
