"""Indicators given on a web page as nested lists, each item's values a <dl> of term / description
pairs (extract.html_reader: a <dl> is read as a table of pairs; normalize.labelled_rows reads the
item's row, the list's group items setting its levels). Made up in the shape of corpus/native 535."""
from decimal import Decimal

from jixiao.extract import Table
from jixiao.normalize import normalize_document

from .documents import html_page


def _item(name, target, actual, weight, score):
    pairs = (("年度指标值", target), ("实际完成值", actual), ("分值", weight), ("得分", score))
    return f"<li>{name}<dl>" + "".join(f"<div><dt>{t}</dt><dd>{v}</dd></div>" for t, v in pairs) + "</dl></li>"


PAGE = ("<html><body><h1>项目支出绩效自评表</h1>"
        "<dl><dt>项目名称</dt><dd>2023年某县道路养护项目</dd><dt>主管部门</dt><dd>某县交通运输局</dd></dl>"
        "<p>绩效指标</p><ul>"
        "<li><b>产出指标</b><ul><li>数量指标<ul>" + _item("养护道路里程", "≥120公里", "126公里", "20", "20") +
        _item("新建停靠站", "≥8个", "8个", "10", "10") + "</ul></li>"
        "<li>成本指标<ul>" + _item("每公里养护成本", "≤3万元", "2.9万元", "10", "10") + "</ul></li></ul></li>"
        "<li><b>满意度指标</b><ul><li>服务对象满意度指标<ul>" + _item("沿线群众满意度", "≥90%", "88%", "20", "19.56") +
        "</ul></li></ul></li></ul></body></html>")


def test_a_definition_list_is_a_table_of_pairs(tmp_path):
    doc = html_page(tmp_path, PAGE)
    tables = doc.tables()
    # the project's <dl> alone: two columns, a row per pair
    assert [[c.text for c in row] for row in tables[0].rows()] == [["项目名称", "2023年某县道路养护项目"],
                                                                   ["主管部门", "某县交通运输局"]]
    # an item's name then its <dl>: one row, each pair a labelled cell
    assert [c.text for c in tables[1].rows()[0]] == ["养护道路里程", "年度指标值：≥120公里", "实际完成值：126公里",
                                                     "分值：20", "得分：20"]
    assert all(isinstance(t, Table) for t in tables) and len(tables) == 5


def test_nested_list_items_with_pairs_are_indicator_rows_under_their_levels(tmp_path):
    recs = normalize_document(html_page(tmp_path, PAGE))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "数量指标", "新建停靠站", "≥8个", "8个", Decimal(10), Decimal(10)),
        # 成本指标 written as a level 2 under 产出指标 (level-2 lines above it, rows right below it)
        ("产出指标", "成本指标", "每公里养护成本", "≤3万元", "2.9万元", Decimal(10), Decimal(10)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", Decimal(20), Decimal("19.56")),
    ]
    assert recs.projects[0].name == "2023年某县道路养护项目"
    assert recs.unread_rows == 0


def test_a_level_line_with_a_level_two_line_below_it_stays_a_level_one(tmp_path):
    """成本指标 followed by its own level-2 line (经济成本指标) is the 2021 template's level 1."""
    page = PAGE.replace("<li>成本指标<ul>", "<li>成本指标<ul><li>经济成本指标<ul>").replace(
        "</ul></li></ul></li><li><b>满意度", "</ul></li></ul></li></ul></li><li><b>满意度", 1)
    recs = normalize_document(html_page(tmp_path, page))
    row = next(i for i in recs.indicators if i.level3 == "每公里养护成本")
    assert (row.level1, row.level2) == ("成本指标", "经济成本指标")


HEADS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
RECORDS = [("产出指标", "数量指标", "种植面积", "≥1200亩", "1250亩", "10", "10"),
           ("产出指标", "质量指标", "种苗成活率", "≥90%", "92%", "10", "10"),
           ("效益指标", "经济效益指标", "亩均产值", "≥6000元", "5100元", "10", "8.50")]


def _dl_page(hide_later_terms: bool) -> str:
    """A <dl> per indicator (term / description pairs), side by side as siblings; the terms shown only
    in the first when hide_later_terms (a grid whose first <dl> prints the header, 1359)."""
    css = "<style>dl.zb + dl.zb dt{display:none}</style>" if hide_later_terms else ""
    dls = "\n".join('<dl class="zb">' + "".join(f"<dt>{h}</dt><dd>{v}</dd>" for h, v in zip(HEADS, r)) + "</dl>"
                    for r in RECORDS)
    return (f"<html><head>{css}</head><body><p>项目名称：某县魔芋产业发展项目</p><p>绩效指标完成情况</p>"
            f"<div>{dls}</div><p>总分：100</p></body></html>")


def test_sibling_definition_lists_one_per_indicator_are_one_table_under_their_terms(tmp_path):
    """Issue 21 (1359.html): a <dl> per indicator, the later <dl>s' terms hidden, read as one two-column
    table per <dl> (the first transposed to one indicator): 1 row of 12, three false flags. A run of
    sibling <dl>s of the same terms is one table, its terms the header and each <dl> a row."""
    for hide in (True, False):
        doc = html_page(tmp_path, _dl_page(hide))
        [t] = doc.tables()
        assert [[c.text for c in row] for row in t.rows()] == [list(HEADS)] + [list(r) for r in RECORDS], hide
        recs = normalize_document(doc)
        assert [i.level3 for i in recs.indicators] == [r[2] for r in RECORDS]
        assert recs.indicators[2].score.value == Decimal("8.50")


def test_sibling_definition_lists_of_other_terms_stay_tables_of_pairs(tmp_path):
    page = ("<html><body><dl><dt>项目名称</dt><dd>某项目</dd><dt>主管部门</dt><dd>某局</dd><dt>实施单位</dt><dd>某站</dd></dl>"
            "<dl><dt>年初预算数</dt><dd>100</dd><dt>全年预算数</dt><dd>120</dd><dt>全年执行数</dt><dd>118</dd></dl>"
            "</body></html>")
    assert len(html_page(tmp_path, page).tables()) == 2
