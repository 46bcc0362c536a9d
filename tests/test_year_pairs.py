"""A target and a result column under each of two years (1776: 2023年度（上年度） over 指标值 | 完成值, then
2024年度（本年度） over 指标值 | 完成值): the pair of the year the report evaluates (else the latest) is the row's, the other years' columns said
unread (normalize/year_pairs.py); a header with one pair under one year reads as before."""
from jixiao.normalize import normalize_document

from .documents import html_page, html_row


def _page(years):
    y1, y2 = years
    head = ('<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th>'
            f'<th colspan="2">{y1}</th><th colspan="2">{y2}</th><th rowspan="2">分值</th><th rowspan="2">得分</th></tr>'
            "<tr><th>指标值</th><th>完成值</th><th>指标值</th><th>完成值</th></tr>")
    body = [html_row("产出指标", "数量指标", "新建茶园", "≥2000亩", "2060亩", "≥3000亩", "3100亩", "50", "50"),
            html_row("效益指标", "经济效益指标", "茶农增收", "≥1500元", "1580元", "≥2000元", "1800元", "50", "45"),
            html_row("总分", "", "", "", "", "", "", "100", "95")]
    return ("<html><body><table><tr><td>项目名称</td><td>测试项目</td></tr></table>"
            "<table>" + head + "".join(body) + "</table></body></html>")


def test_the_latest_years_pair_is_read_and_the_earlier_said(tmp_path):
    r = normalize_document(html_page(tmp_path, _page(("2023年度（上年度）", "2024年度（本年度）"))))
    assert [(i.target.q.raw, i.actual.q.raw) for i in r.indicators] == [("≥3000亩", "3100亩"), ("≥2000元", "1800元")]
    assert any("2023年度（上年度）指标值" in w and "未读取" in w for w in r.warnings)


def test_pairs_under_headings_naming_no_year_read_as_before(tmp_path):
    r = normalize_document(html_page(tmp_path, _page(("单位自评", "主管部门核定"))))
    assert r.indicators[0].target.q.raw == "≥2000亩"


def test_the_pair_of_the_year_the_report_evaluates_is_read_before_a_later_plan(tmp_path):
    """A report of 2023 showing the next year's planned targets beside its own (2024's results not yet there):
    the evaluated year's pair is the row's, not the latest; the plan's columns said."""
    page = _page(("2023年度", "2024年度（计划）")).replace("<body>", "<body><h1>2023年度项目支出绩效自评表</h1>", 1)
    assert "<td>3100亩</td>" in page and "<td>1800元</td>" in page
    page = page.replace("<td>3100亩</td>", "<td></td>").replace("<td>1800元</td>", "<td></td>")
    r = normalize_document(html_page(tmp_path, page))
    assert r.year == 2023
    assert [(i.target.q.raw, i.actual.q.raw) for i in r.indicators] == [("≥2000亩", "2060亩"), ("≥1500元", "1580元")]
    said = [w for w in r.warnings if "按年度分列" in w]
    assert len(said) == 1 and "2023年度（本报告评价年度）" in said[0] and "2024年度（计划）指标值" in said[0]
