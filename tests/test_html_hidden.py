"""Saved web pages read as the browser showed them: what CSS, the hidden attribute, <template>
and <noscript> keep off the screen is not read (and is said, once), @media as a desktop screen
has it, and selectors with combinators and attribute tests as CSS matches them."""
from lxml import html as lxml_html

from jixiao.extract import read_bytes

ROW = "<tr><td>{}</td><td>{}</td><td>{}</td></tr>"
HEAD = ROW.format("指标名称", "年度指标值", "实际完成值")


def _page(style: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{style}</style></head>"
            f"<body><div>绩效自评表</div>{body}</body></html>").encode("utf-8")


def _table(*rows: tuple, attrs: str = "") -> str:
    return f"<table{attrs}>{HEAD}" + "".join(r if isinstance(r, str) else ROW.format(*r) for r in rows) + "</table>"


def _texts(doc) -> str:
    return " ".join([p.text for p in doc.paragraphs()] + [c.text for t in doc.tables() for c in t.cells])


def test_a_hidden_duplicate_of_the_form_for_print_is_not_read_twice():
    form = _table(("培训人次", "500人次", "520人次"))
    d = read_bytes(_page(".print-only table{display:none}",
                         f"{form}<div class='print-only'>{form}</div>"), "dup.html")
    assert len(d.tables()) == 1
    (w,) = [w for w in d.warnings if "隐藏内容未读取" in w]
    assert "表格 1 个" in w
    assert "自“指标名称 年度指标值 实际完成值 培训人”起" in w, w     # its first characters, to find it in the page


def test_a_row_left_from_an_earlier_year_is_not_read_whichever_way_it_is_hidden():
    rows = [("培训人次", "500人次", "520人次"),
            "<tr style='display: none'><td>旧指标甲</td><td>1</td><td>1</td></tr>",
            "<tr class='old'><td>旧指标乙</td><td>2</td><td>2</td></tr>",
            "<tr hidden><td>旧指标丙</td><td>3</td><td>3</td></tr>",
            "<tr data-year='2022'><td>旧指标丁</td><td>4</td><td>4</td></tr>",
            ("满意度", "≥90%", "95%")]
    css = "tr.old{display:none} [data-year^='202'][data-year$='2']{display:none}"
    d = read_bytes(_page(css, _table(*rows)), "old.html")
    (t,) = d.tables()
    assert [r[0] for r in t.grid()] == ["指标名称", "培训人次", "满意度"]
    assert "旧指标" not in _texts(d)
    (w,) = [w for w in d.warnings if "隐藏内容未读取" in w]
    assert "4 处" in w and "表格行 4 行" in w


def test_descendant_and_child_rules_hide_only_what_they_select():
    body = (_table(("培训人次", "500人次", "520人次"), attrs=" id='m'")
            + "<div class='box'><p>保留的段落</p><div><p class='x'>孙级段落</p></div><p class='x'>子级段落</p></div>")
    d = read_bytes(_page("#m td{display:none} .box > p.x{display:none}", body), "comb.html")
    texts = _texts(d)
    assert "培训人次" not in texts and "指标名称" not in texts   # every cell of #m
    assert "子级段落" not in texts
    assert "孙级段落" in texts and "保留的段落" in texts   # a grandchild, not a child


def test_template_noscript_script_and_style_are_not_read():
    body = ("<template><table><tr><td>模板行</td><td>0</td></tr></table></template>"
            "<noscript><p>请启用JavaScript后查看</p></noscript>"
            "<script>var a = '脚本文字';</script><p>正文</p>")
    d = read_bytes(_page("p{color:red}", body), "t.html")
    assert _texts(d) == "绩效自评表 正文"
    (w,) = [w for w in d.warnings if "隐藏内容未读取" in w]
    assert "2 处" in w and "表格 1 个" in w


def test_an_invisible_row_keeps_its_place_in_the_grid_but_not_its_text():
    rows = ["<tr><td rowspan='3'>产出指标</td><td>甲</td><td>10</td></tr>",
            "<tr style='visibility:hidden'><td>草稿</td><td>99</td></tr>",
            "<tr><td>乙</td><td>20</td></tr>"]
    d = read_bytes(_page("", "<table><tr><td>一级</td><td>三级</td><td>分值</td></tr>" + "".join(rows) + "</table>"),
                   "v.html")
    (t,) = d.tables()
    assert t.grid() == [["一级", "三级", "分值"], ["产出指标", "甲", "10"], ["", "", ""], ["", "乙", "20"]]
    assert t.cell_at(1, 0).rowspan == 3
    assert any("隐藏内容未读取：1 处" in w and "表格行 1 行" in w for w in d.warnings)


def test_a_visible_box_inside_an_invisible_one_is_shown():
    body = "<div class='v'>不可见<span class='s'>可见</span>尾巴</div><p>正文</p>"
    d = read_bytes(_page(".v{visibility:collapse} .v .s{visibility:visible}", body), "vv.html")
    texts = _texts(d)
    assert "可见" in texts and "不可见" not in texts and "尾巴" not in texts


def test_specificity_order_and_important_decide_as_css_does():
    css = (".a{display:none} div.a{display:block}"            # more specific shows
           " #b{display:block} .b{display:none !important}"   # important beats an id
           " .c{display:none !important}"                      # … and an inline style
           " .d{display:none} .d{display:block}"               # later wins on a tie
           " .e{display:block !important}")                    # inline important beats rule important
    body = ("<div class='a'>甲段</div><div id='b' class='b'>乙段</div><div class='c' style='display:block'>丙段</div>"
            "<div class='d'>丁段</div><div class='e' style='display:none !important'>戊段</div>"
            "<div hidden class='f'>己段</div><div hidden style='display:block'>庚段</div>")
    d = read_bytes(_page(css, body), "spec.html")
    texts = _texts(d)
    assert [x for x in ("甲段", "乙段", "丙段", "丁段", "戊段", "己段", "庚段") if x in texts] == ["甲段", "丁段", "庚段"]


def test_media_rules_read_as_a_desktop_screen():
    css = ("@media print{.screen{display:none}} @media screen{.print{display:none}} @media all{.all{display:none}}"
           " @media (max-width: 768px){.desk{display:none}} @media screen and (min-width:64em){.mob{display:none}}"
           " @media (width >= 600px) and (orientation: landscape){.wide{display:none}}"
           " @media (frobnicate: 3){.odd{display:none}} @media not print{.np{display:none}}")
    body = "".join(f"<p class='{c}'>{c}段</p>" for c in ("screen", "print", "all", "desk", "mob", "wide", "odd", "np"))
    body += "<p class='sheet'>sheet段</p>"
    page = _page(css, body).replace(b"</head>", b"<style media='print'>.sheet{display:none}</style></head>")
    texts = _texts(read_bytes(page, "media.html"))
    assert [c for c in ("screen", "print", "all", "desk", "mob", "wide", "odd", "np", "sheet") if f"{c}段" in texts] \
        == ["screen", "desk", "odd", "sheet"]


def test_media_queries_parse_or_do_not_apply():
    from jixiao.extract.html_css import media_applies
    assert media_applies("screen") and media_applies("only screen and (max-width: 1920px)")
    assert media_applies("print, (min-width: 1000px)")
    assert not media_applies("print") and not media_applies("(max-width: 40em)")
    assert not media_applies("screen and (min-resolution: 2dppx)") and not media_applies("screen and")
    assert media_applies("(400px <= width <= 1400px)") and not media_applies("(width < 1000px)")


def test_a_css_table_laid_out_by_child_and_attribute_selectors_reads():
    css = (".form > div{display:table-row} .form > div > span{display:table-cell}"
           " [data-role=total] span{display:table-cell} .form span:hover{display:none}")
    body = ("<div class='form' style='display:table'><div><span>预算数</span><span>120.00</span></div>"
            "<div data-role='total'><span>执行数</span><span>98.50</span></div></div>")
    d = read_bytes(_page(css, body), "t.html")
    (t,) = d.tables()
    assert t.grid() == [["预算数", "120.00"], ["执行数", "98.50"]]   # :hover: a state the page was not read in


def test_an_empty_hidden_row_is_dropped_without_a_warning():
    width_row = "<tr height=0 style='display:none'><td width=72></td><td width=96></td><td></td></tr>"
    d = read_bytes(_page("", _table(("培训人次", "500人次", "520人次"), width_row)), "xl.html")
    (t,) = d.tables()
    assert t.n_rows == 2 and not d.warnings


def test_selector_parsing_and_matching_with_backtracking():
    from jixiao.extract.html_css import Styles, parse_selector
    assert parse_selector("a:hover") is None and parse_selector("> p") is None and parse_selector("p +") is None
    assert parse_selector("p::before") is None and parse_selector("svg|a") is None
    assert parse_selector("p:not(div p)") is None and parse_selector("li:nth-child(2n of .x)") is None
    assert parse_selector("td:nth-child(x)") is None and parse_selector("tr:not(.a") is None
    root = lxml_html.document_fromstring(
        "<html><head><style>.a > .b .c{display:none} [lang|=zh] i{display:none} [title~=x i] b{display:none}"
        "</style></head><body><div class='a'><div class='b'><div class='b'><span class='c'>x</span></div></div></div>"
        "<p lang='zh-CN'><i>y</i></p><p title='w X'><b>z</b></p></body></html>")
    styles = Styles(root)
    for tag in ("span", "i", "b"):
        (el,) = root.iter(tag)
        assert styles.display(el) == "none", tag


def test_a_rule_is_filed_under_its_most_telling_ancestor():
    # The index files a descendant rule under one key an ancestor must have, so that elements are
    # tried only against rules that could match: an id before a class before an attribute before a
    # tag ("body" stands above every element and would let the rule be tried everywhere).
    from jixiao.extract.html_css import Styles
    root = lxml_html.document_fromstring(
        "<html><head><style>body .content td{display:none} body [data-x] td{display:none}"
        " div #main .y td{display:none}</style></head><body><table><tr><td>x</td></tr></table></body></html>")
    filed = {key: sorted(ancestors, key=str) for key, ancestors in Styles(root).index.items()}
    assert filed == {("", "td"): [("#", "main"), (".", "content"), ("[", "data-x")]}


def _shown_rows(css: str, *rows, attrs: str = "") -> list[str]:
    d = read_bytes(_page(css, _table(*rows, attrs=attrs)), "s.html")
    (t,) = d.tables()
    return [row[0] for row in t.grid()]


def test_rows_hidden_by_sibling_combinators_are_not_read_and_the_rows_beside_them_are():
    rows = [("培训人次", "500人次", "520人次"), "<tr class='old'><td>旧指标甲</td><td>1</td><td>1</td></tr>",
            ("满意度", "≥90%", "95%"), ("合格率", "100%", "98%")]
    # + hides the row straight after .old alone; ~ every row after it, not the ones before
    assert _shown_rows(".old + tr{display:none}", *rows) == ["指标名称", "培训人次", "旧指标甲", "合格率"]
    assert _shown_rows(".old ~ tr{display:none}", *rows) == ["指标名称", "培训人次", "旧指标甲"]
    assert _shown_rows(".old ~ tr{visibility:hidden}", *rows) == ["指标名称", "培训人次", "旧指标甲", "", ""]
    assert _shown_rows("tr + .old{display:none} .old ~ .gone{display:none}", *rows) == \
        ["指标名称", "培训人次", "满意度", "合格率"]
    # the sibling before the rule's anchor is part of an ancestor's selector: table is no sibling of tr
    assert _shown_rows("table + tr{display:none} div ~ tr{display:none}", *rows) == \
        ["指标名称", "培训人次", "旧指标甲", "满意度", "合格率"]


def test_rows_and_cells_hidden_by_their_place_are_not_read_and_the_others_are():
    rows = [("培训人次", "500人次", "520人次"), ("满意度", "≥90%", "95%"), ("合格率", "100%", "98%"),
            ("完成率", "100%", "99%")]
    assert _shown_rows("tr:first-child{display:none}", *rows) == ["培训人次", "满意度", "合格率", "完成率"]
    assert _shown_rows("tr:last-child{display:none}", *rows) == ["指标名称", "培训人次", "满意度", "合格率"]
    assert _shown_rows("tr:nth-child(2n){display:none}", *rows) == ["指标名称", "满意度", "完成率"]
    assert _shown_rows("tr:nth-child(odd){display:none}", *rows) == ["培训人次", "合格率"]
    assert _shown_rows("tr:nth-child(-n+2){display:none}", *rows) == ["满意度", "合格率", "完成率"]
    assert _shown_rows("tr:nth-child(3){display:none}", *rows) == ["指标名称", "培训人次", "合格率", "完成率"]
    assert _shown_rows("tr:nth-last-child(2){display:none}", *rows) == ["指标名称", "培训人次", "满意度", "完成率"]
    assert _shown_rows("tr:only-child{display:none}", *rows) == ["指标名称", "培训人次", "满意度", "合格率", "完成率"]
    d = read_bytes(_page("td:nth-child(3){display:none} tr:first-child td:last-child{display:none}",
                         _table(*rows[:1])), "c.html")
    assert d.tables()[0].grid() == [["指标名称", "年度指标值"], ["培训人次", "500人次"]]


def test_not_hides_every_row_but_the_ones_it_names():
    rows = [("培训人次", "500人次", "520人次"), "<tr class='old'><td>旧指标甲</td><td>1</td><td>1</td></tr>",
            "<tr data-year='2022'><td>旧指标乙</td><td>2</td><td>2</td></tr>", ("满意度", "≥90%", "95%")]
    assert _shown_rows("tr.old{display:none} tr:not(.old){display:table-row}", *rows) == \
        ["指标名称", "培训人次", "旧指标乙", "满意度"]
    assert _shown_rows("tr:not(.old, [data-year], :first-child){display:none}", *rows) == \
        ["指标名称", "旧指标甲", "旧指标乙"]
    # :not() weighs as its argument: .x:not(#y) (1, 1, 0) beats .a.b (0, 2, 0), whatever the order
    assert _shown_rows("tr:not(#keep).old{display:none} .t .old{display:table-row}", *rows, attrs=" class='t'") == \
        ["指标名称", "培训人次", "旧指标乙", "满意度"]


def test_structural_selectors_parse_and_weigh_as_css_has_them():
    from jixiao.extract.html_css import Selector, parse_selector
    assert Selector(*parse_selector("tr:nth-child(2n+1) td")).spec == (0, 1, 2)
    assert Selector(*parse_selector("li:not(#a, .b):first-child")).spec == (1, 1, 1)
    compounds, combs = parse_selector("h1 ~ p + div > span a")
    assert combs == ["~", "+", ">", " "] and [c.tag for c in compounds] == ["h1", "p", "div", "span", "a"]
    sel = Selector(*parse_selector("h1 ~ p + div > span a"))
    assert [c.tag for c in sel.ancestors] == ["div", "span"]   # h1 and p are siblings of an ancestor
    assert [c.tag for c in sel.beside] == ["p"]                # p stands just before the div


def test_a_rule_naming_the_element_just_before_is_filed_under_it():
    # 250 rules '.a p.xK + p span' must not each be tried on every span: the element just before the
    # span's p is one, so a key it must have is more telling than the same kind of key above.
    from jixiao.extract.html_css import Styles
    root = lxml_html.document_fromstring(
        "<html><head><style>.a p.x1 + p span{display:none} .a .x2 + .x3{display:none} .a p.x4 ~ p span{display:none}"
        "</style></head><body><div class='a'><p class='x1'><span>1</span></p><p><span>2</span></p>"
        "<p class='x2'><span>3</span></p><p class='x3'><span>4</span></p></div></body></html>")
    styles = Styles(root)
    filed = {key: sorted(ancestors, key=str) for key, ancestors in styles.index.items()}
    assert filed == {("", "span"): [("+.", "x1"), (".", "a")], (".", "x3"): [("+.", "x2")]}
    assert [styles.display(s) for s in root.iter("span")] == ["", "none", "", ""]
    assert [styles.display(p) for p in root.iter("p")] == ["", "", "", "none"]


def test_a_rule_naming_an_exact_place_above_is_filed_under_that_place():
    # 500 rules 'body .a p:nth-child(K) span' must not each be tried on every span: an element has
    # one place among its siblings, so the place is the most telling ancestor key after an id.
    from jixiao.extract.html_css import Styles
    root = lxml_html.document_fromstring(
        "<html><head><style>body .a p:nth-child(3) span{display:none} .a p:last-child span{display:none}"
        " #m p:first-child span{display:none} .a li:nth-child(2){display:none}</style></head>"
        "<body><div class='a'><p><span>1</span></p><p><span>2</span></p><p><span>3</span></p></div></body></html>")
    styles = Styles(root)
    filed = {key: sorted(ancestors, key=str) for key, ancestors in styles.index.items()}
    assert filed == {("", "span"): [("#", "m"), ("nth", 3), ("nth-last", 1)], ("nth", 2): [(".", "a")]}
    assert [styles.display(s) for s in root.iter("span")] == ["", "", "none"]


def test_a_closed_details_shows_its_summary_alone_and_says_what_it_folded():
    # Chromium 156 --print-to-pdf of this page prints 正文开头, 关闭的摘要, 打开的摘要, 打开的内容,
    # 正文结尾: a closed <details>' content (beyond its first <summary>) is not shown, an open one's is.
    body = ("<p>正文开头</p><details><summary>关闭的摘要</summary>散落文字<p>关闭的内容</p>"
            + _table(("旧指标甲", "1", "1")) + "</details>"
            + "<details open><summary>打开的摘要</summary><p>打开的内容</p></details>"
            + "<details><p>没有摘要的内容</p></details><p>正文结尾</p>")
    d = read_bytes(_page("", body), "d.html")
    assert [p.text for p in d.paragraphs()] == ["绩效自评表", "正文开头", "关闭的摘要", "打开的摘要", "打开的内容", "正文结尾"]
    assert not d.tables()
    (w,) = [w for w in d.warnings if "隐藏内容未读取" in w]
    assert "4 处" in w and "表格 1 个" in w and "折叠未展开的<details>内容 4 处" in w
