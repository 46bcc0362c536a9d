"""Indicator cards whose levels stand only in a side <nav> of in-page links (extract.html_toc): the nav is
page furniture and goes, but first each linked card is given the levels its link stands under, written as
lines before it where they change, and this is said. Made up in the shape of corpus/native 1809."""
from jixiao.normalize import normalize_document

from .documents import html_page


def _card(n, name, target, actual, weight, score):
    pairs = (("年度指标值", target), ("实际完成值", actual), ("分值", weight), ("得分", score))
    return (f'<section class="card" id="k{n}"><h4>{n}.{name}</h4><dl>'
            + "".join(f"<dt>{t}</dt><dd>{v}</dd>" for t, v in pairs) + "</dl></section>")


def _nav(levels):
    return ('<nav class="toc"><ul>' + "".join(
        f"<li><b>{one}</b><ul>" + "".join(f"<li>{two}<ul>" + "".join(f'<li><a href="#k{n}">{n}.{name}</a></li>'
                                                                       for n, name in items) + "</ul></li>"
                                           for two, items in twos) + "</ul></li>" for one, twos in levels)
            + "</ul></nav>")


LEVELS = (("产出指标", (("数量指标", ((1, "养护道路里程"), (2, "新建桥梁"))), ("成本指标", ((3, "每公里养护成本"),)))),
          ("满意度指标", (("服务对象满意度指标", ((4, "群众满意度"),)),)))
CARDS = (_card(1, "养护道路里程", "≥120公里", "126公里", "20", "20") + _card(2, "新建桥梁", "≥3座", "3座", "10", "10")
         + _card(3, "每公里养护成本", "≤3万元", "2.9万元", "10", "10") + _card(4, "群众满意度", "≥90%", "95%", "10", "10"))
PAGE = ("<html><body><h1>项目支出绩效自评表</h1><p><b>绩效指标完成情况</b></p>"
        f'<div class="wrap">{_nav(LEVELS)}<main>{CARDS}</main></div></body></html>')


def test_cards_take_their_levels_from_the_side_navs_links_to_them_and_this_is_said(tmp_path):
    doc = html_page(tmp_path, PAGE)
    recs = normalize_document(doc, name="page.html")
    assert [(i.level1, i.level2_raw, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "1.养护道路里程"), ("产出指标", "数量指标", "2.新建桥梁"),
        ("产出指标", "成本指标", "3.每公里养护成本"), ("满意度指标", "服务对象满意度指标", "4.群众满意度")]
    assert any("导航栏" in w and "产出指标 > 数量指标" in w for w in doc.warnings)


def test_a_table_of_contents_whose_levels_the_page_writes_itself_adds_nothing(tmp_path):
    written = ("<h3>产出指标</h3><h3>数量指标</h3>" + CARDS.split('<section class="card" id="k3">')[0])
    page = ("<html><body><h1>项目支出绩效自评表</h1>"
            f'<div>{_nav(LEVELS[:1])}<main>{written}</main></div></body></html>')
    doc = html_page(tmp_path, page)
    assert not any("导航栏" in w for w in doc.warnings)
    assert [b.text for b in doc.blocks if hasattr(b, "text")].count("产出指标") == 1
