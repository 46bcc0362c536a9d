"""What the browser composes that the markup does not hold as text in place (extract.html_compose):
declarative shadow roots, their slots filled from the host's children in the order the template shows
them, and CSS generated content (::before / ::after content strings and attr()). Made up in the shape
of corpus/native 804 (figures only in the style sheet) and 805 (custom elements, values slotted in
another order than shown)."""
from jixiao.normalize import normalize_document

from .documents import html_page

CELL = "display:table-cell;border:1px solid #666"
ROW = ('<template shadowrootmode="open"><style>:host{display:table-row}.c{' + CELL + '}</style>'
       + "".join(f'<div class="c"><slot name="{k}"></slot></div>' for k in ("l2", "name", "target", "actual", "w", "s"))
       + "</template>")
HEAD = ('<template shadowrootmode="open"><style>:host{display:table-row}.c{' + CELL + '}</style>'
        + "".join(f'<div class="c">{h}</div>' for h in ("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"))
        + "</template>")


def _row(l2, name, target, actual, w, s):
    # the system writes its fields in its own order; the template decides where each shows
    return (f'<x-row>{ROW}<span slot="s">{s}</span><span slot="name">{name}</span><span slot="w">{w}</span>'
            f'<span slot="actual">{actual}</span><span slot="l2">{l2}</span><span slot="target">{target}</span></x-row>')


SHADOW = ("<html><head><style>x-table{display:table}</style></head><body><h1>项目支出绩效自评表</h1>"
          '<x-kv><template shadowrootmode="open"><b>项目名称</b><slot></slot></template>'
          "<span>2023年某县道路养护项目</span></x-kv>"
          f"<x-table><x-head>{HEAD}</x-head>"
          + _row("数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20")
          + _row("成本指标", "每公里养护成本", "≤3万元", "2.9万元", "10", "9.50")
          + "</x-table></body></html>")


def test_shadow_roots_show_their_slots_in_the_template_order(tmp_path):
    doc = html_page(tmp_path, SHADOW)
    rows = [[c.text for c in row] for t in doc.tables() for row in t.rows()]
    assert rows == [["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                    ["数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20"],
                    ["成本指标", "每公里养护成本", "≤3万元", "2.9万元", "10", "9.50"]]
    assert not doc.warnings   # the templates are shown, not hidden content
    recs = normalize_document(doc, name="page.html")
    assert [(i.level3, i.score.value) for i in recs.indicators] == [("养护道路里程", 20), ("每公里养护成本", 9.5)]


def test_a_slot_nothing_is_given_shows_its_fallback(tmp_path):
    doc = html_page(tmp_path, '<html><body><x-a><template shadowrootmode="open"><p>实施单位：<slot name="u">未填写'
                              '</slot></p></template><span slot="other">不显示</span></x-a></body></html>')
    text = " ".join(b.text for b in doc.blocks if hasattr(b, "text"))
    assert "实施单位：未填写" in text and "不显示" not in text


GENERATED = ("<html><head><style>.c{display:table-cell}.r{display:table-row}.t{display:table}"
             '#v1::before{content:"≥120公里"} #v2::before{content:"126" "公里"} #v3:before{content:attr(data-w)}'
             ".s::after{content:'\\39.50'} #v1::before{color:red} .icon::before{content:\"\\e600\"}</style></head>"
             "<body><div class='t'><div class='r'><div class='c'>三级指标</div><div class='c'>年度指标值</div>"
             "<div class='c'>实际完成值</div><div class='c'>分值</div><div class='c'>得分</div></div>"
             "<div class='r'><div class='c'><i class='icon'></i>养护道路里程</div><div class='c'><span id='v1'></span></div>"
             "<div class='c'><span id='v2'></span></div><div class='c'><span id='v3' data-w='10'></span></div>"
             "<div class='c'><span class='s'></span></div></div></div></body></html>")


def test_generated_content_is_the_text_the_page_shows(tmp_path):
    doc = html_page(tmp_path, GENERATED)
    rows = [[c.text for c in row] for t in doc.tables() for row in t.rows()]
    # strings, a string list, attr(), a CSS escape (\39 is "9"); an icon font's private-use glyph gives nothing
    assert rows[1] == ["养护道路里程", "≥120公里", "126公里", "10", "9.50"]


def _composed(page: str) -> str:
    from lxml import html

    from jixiao.extract.html_compose import compose
    root = html.fromstring(page)
    compose(root)
    return " ".join(t.strip() for t in root.xpath("//body//text()") if t.strip())


def test_generated_content_counts_its_counters_as_the_browser_does():
    # a reset holds for the element's later siblings and what is inside them; an increment with no counter
    # in scope makes one at 0; counters() joins the nested instances; an <li> counts list-item from its
    # list's start=, value= sets it
    page = ("<html><head><style>h2{counter-increment:s}h2::before{content:counter(s) '. ' attr(title)}"
            "div{counter-reset:s 9}b::before{content:'第' counter(s, cjk-ideographic) '章'}"
            "li::before{content:counters(list-item, '.') ') '}</style></head><body>"
            "<h2 title='总体情况'>x</h2><h2>y</h2><div><h2>z</h2><b>w</b></div>"
            "<ol start='3'><li>p<ol><li>q</li><li value='7'>r</li></ol></li></ol></body></html>")
    assert _composed(page) == "1. 总体情况x 2. y 10. z 第十章w 3) p 3.1) q 3.7) r"


def test_a_counter_of_no_known_value_goes_alone_with_the_marks_that_frame_it():
    # the print page's number is not known to a reading; the title beside it is; a counter nothing counts
    # leaves （ ） that would stick to the level words (979's first drawing)
    page = ("<html><head><style>h3::before{content:counter(page) ' ' attr(title)}"
            "b::before{content:'（' counters(b, '.') '）'}</style></head><body>"
            "<h3 title='附表'>x</h3><b>数量指标</b></body></html>")
    assert _composed(page) == "附表x 数量指标"


def test_a_list_number_in_a_box_of_its_own_is_no_part_of_the_name(tmp_path):
    # 979's drawing: the level words numbered 一、 / （一） inline, the rows 1. 2. in a box of their own (the
    # printed form's 序号 column): the line reader, which has no columns, would join that number to the name
    page = ("<html><head><style>ol{list-style:none}ol.a{counter-reset:a}ol.a>li{counter-increment:a}"
            "ol.a>li>b::before{content:counter(a,cjk-ideographic) '、'}"
            "ol.b{counter-reset:b}ol.b>li{counter-increment:b}ol.b>li::before{content:counter(b) '.';"
            "display:inline-block;width:2em}i::before{content:'单位：'}</style></head>"
            "<body><ol class='a'><li><b>产出指标</b><ol class='b'><li><span>建设高标准农田</span></li></ol></li>"
            "<li><b>效益指标</b></li></ol><p><i></i>万元</p></body></html>")
    doc = html_page(tmp_path, page)
    assert [b.text for b in doc.blocks if hasattr(b, "text")] == ["一、产出指标", "建设高标准农田", "二、效益指标", "单位：万元"]


def test_a_generated_field_name_in_a_box_of_its_own_stands_apart_and_the_cards_read(tmp_path):
    """1546.html (a responsive table printed in its card layout: <thead> display:none, every <td> a block whose
    field name comes only from td::before{content:attr(data-label); display:inline-block}): the name was put
    before the value with nothing between (一级指标产出指标), so no cell read as a label and its value and no
    row was read. Words in a box of their own (a display other than inline) stand apart from the element's
    words by a space (html_compose); a row whose every cell is then a label and its value, the name's too, is
    read as labelled cells (labelled_rows._named_cells). An inline ::before stays glued (a unit, an operator)."""
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    rows = [("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", "50", "50"),
            ("效益指标", "社会效益指标", "群众出行时间缩短", "≥20%", "18%", "50", "45")]
    body = "".join("<tr>" + "".join(f'<td data-label="{h}">{v}</td>' for h, v in zip(heads, r)) + "</tr>" for r in rows)
    page = ("<html><head><style>thead{display:none}tr{display:block}td{display:block}"
            "td::before{content:attr(data-label);display:inline-block;width:6em}.u::after{content:'元'}</style></head>"
            "<body><h1>项目支出绩效自评表</h1><p>项目名称：2023年某县道路养护项目</p>"
            "<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + f"</tr></thead><tbody>{body}</tbody></table>"
            '<p>单价<span class="u">12</span></p></body></html>')
    doc = html_page(tmp_path, page)
    cells = [c.text for t in doc.tables() for row in t.rows() for c in row]
    assert cells[:2] == ["一级指标 产出指标", "二级指标 数量指标"]
    assert any(b.text == "单价12元" for b in doc.blocks if hasattr(b, "text"))
    recs = normalize_document(doc)
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", "50", "50"),
                                          ("效益指标", "社会效益指标", "群众出行时间缩短", "≥20%", "18%", "50", "45")]
