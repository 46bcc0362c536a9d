"""分值 / 得分 cells merged down over runs of equal neighbours across the level groups (1812: 6 over the last two
数量 rows and the 质量 row): each row covered carries the figure, noted (IndicatorRow._shared_points); a cell over
exactly one level-2 group's rows is each row's or the group's figure as the column's sum against the 总分 row says
(fixleft72): read on each row, or on none (the group's), noted; said where neither sum agrees."""
from jixiao.normalize import normalize_document

from .documents import html_page


def _page(tmp_path, crossing: bool, total: str | None = "100"):
    # rows: 数量 a, 数量 b, 质量 c, 满意度 d; 分值 / 得分 merged over b and c (crossing) or over a and b (one group)
    span = ('<td rowspan="2">20</td><td rowspan="2">20</td>', '') if crossing else ('', '')
    rows = [
        '<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>新建基地</td><td>≥10亩</td><td>10亩</td>'
        + ('<td>30</td><td>30</td>' if crossing else '<td rowspan="2">20</td><td rowspan="2">20</td>') + '</tr>',
        '<tr><td>培训农户</td><td>≥10人</td><td>10人</td>' + (span[0] if crossing else '') + '</tr>',
        '<tr><td>产出指标</td><td>质量指标</td><td>合格率</td><td>≥90%</td><td>95%</td>'
        + ('' if crossing else '<td>30</td><td>30</td>') + '</tr>',
        '<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>92%</td>'
        '<td>30</td><td>30</td></tr>']
    if crossing:   # 产出指标 merged down over the three 产出 rows
        rows[0] = rows[0].replace('<td rowspan="2">产出指标</td>', '<td rowspan="3">产出指标</td>')
        rows[2] = rows[2].replace('<td>产出指标</td>', '')
    else:
        rows[0] = rows[0].replace('<td rowspan="2">产出指标</td>', '<td rowspan="3">产出指标</td>')
        rows[2] = rows[2].replace('<td>产出指标</td>', '')
    page = ("<html><body><table><tr><td>项目名称</td><td colspan=6>测试项目</td></tr>"
            "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
            "<th>得分</th></tr>" + "".join(rows) +
            (f"<tr><td colspan=5>总分</td><td>{total}</td><td>{total}</td></tr>" if total else "") +
            "</table></body></html>")
    return html_page(tmp_path, page)


def test_a_merge_across_the_groups_is_each_rows_figure(tmp_path):
    r = normalize_document(_page(tmp_path, True))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(30, 30), (20, 20), (20, 20), (30, 30)]
    assert "按各行相同读取" in r.indicators[2].note


def test_a_merge_over_one_group_is_each_rows_where_the_column_so_adds_up(tmp_path):
    # 20 over a and b, 30, 30: counted on each row 100, the 总分
    r = normalize_document(_page(tmp_path, False))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(20, 20), (20, 20), (30, 30), (30, 30)]
    assert "与总分100相符" in r.indicators[1].note
    assert not any("恰为同一指标分组" in w for w in r.warnings)


def test_a_merge_over_one_group_is_the_groups_where_the_column_so_adds_up(tmp_path):
    # the same column under a 总分 of 80: the 20 counted once
    r = normalize_document(_page(tmp_path, False, "80"))
    assert [i.weight for i in r.indicators[:2]] == [None, None]
    assert [i.weight.q.value for i in r.indicators[2:]] == [30, 30]
    assert "为该组的分值" in r.indicators[0].note and "为该组的分值" in r.indicators[1].note
    assert not any("恰为同一指标分组" in w for w in r.warnings)


def test_a_merge_over_one_group_neither_sum_agrees_is_said(tmp_path):
    r = normalize_document(_page(tmp_path, False, "90"))
    assert r.indicators[1].weight is None
    assert any("恰为同一指标分组" in w and "未读取" in w for w in r.warnings)


def test_a_merge_over_one_group_with_no_total_row_is_not_read_on_each_row(tmp_path):
    # counted on each row the column makes 100, but no row states a total: 100 is no evidence (raw 069, a 20/80
    # form whose 二级 groups' scores typed once summed 100 on each row only by chance); the first row keeps its
    # cell, the row below is said
    r = normalize_document(_page(tmp_path, False, None))
    assert r.indicators[0].weight.q.value == 20 and r.indicators[1].weight is None
    assert any("恰为同一指标分组" in w and "未读取" in w for w in r.warnings)


def _fund_page(tmp_path, total: str):
    # fixleft73: a fund row above the indicators' header (分值 10, 得分 10) the 总分 counts; 20 merged over the two
    # 数量 rows, 25, 25: counted on each row 90 (+ 10 = 100), once 70 (+ 10 = 80)
    rows = ['<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>新建基地</td><td>≥10亩</td><td>10亩</td>'
            '<td rowspan="2">20</td><td rowspan="2">20</td></tr>',
            '<tr><td>培训农户</td><td>≥10人</td><td>10人</td></tr>',
            '<tr><td>质量指标</td><td>合格率</td><td>≥90%</td><td>95%</td><td>25</td><td>25</td></tr>',
            '<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>92%</td>'
            '<td>25</td><td>25</td></tr>']
    page = ("<html><body><table><tr><td>项目名称</td><td colspan=6>测试项目</td></tr>"
            "<tr><td rowspan=2>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td>"
            "<td>分值</td><td>得分</td></tr><tr><td>100</td><td>100</td><td>100</td><td>100%</td><td>10</td><td>10</td></tr>"
            "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
            "<th>得分</th></tr>" + "".join(rows) +
            f"<tr><td colspan=5>总分</td><td>{total}</td><td>{total}</td></tr></table></body></html>")
    return html_page(tmp_path, page)


def test_a_total_counting_the_fund_row_above_the_header_judges_the_merge(tmp_path):
    r = normalize_document(_fund_page(tmp_path, "100"))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(20, 20), (20, 20), (25, 25), (25, 25)]
    assert "含表头上方项目资金的分值10" in r.indicators[1].note
    assert not any("恰为同一指标分组" in w for w in r.warnings)
    r = normalize_document(_fund_page(tmp_path, "80"))
    assert [i.weight for i in r.indicators[:2]] == [None, None]
    assert "为该组的分值" in r.indicators[0].note
    r = normalize_document(_fund_page(tmp_path, "95"))
    assert any("恰为同一指标分组" in w and "未读取" in w for w in r.warnings)


def test_a_merge_over_an_indicator_and_its_parts_is_its_own_figure(tmp_path):
    # 1274: 带动瓜农's 8 merged over it and its part row (其中：脱贫户), the part no indicator; the column once 70 (+ 10
    # = 80), the total 80: the group reading agrees, but the group is one indicator, so the figure is its own
    rows = ['<tr><td rowspan="3">产出指标</td><td>数量指标</td><td>新建基地</td><td>≥10亩</td><td>10亩</td>'
            '<td>20</td><td>20</td></tr>',
            '<tr><td rowspan="2">质量指标</td><td>带动农户</td><td>≥100户</td><td>120户</td>'
            '<td rowspan="2">20</td><td rowspan="2">20</td></tr>',
            '<tr><td>其中：脱贫户</td><td>≥30户</td><td>32户</td></tr>',
            '<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>92%</td>'
            '<td>30</td><td>30</td></tr>']
    page = ("<html><body><table><tr><td>项目名称</td><td colspan=6>测试项目</td></tr>"
            "<tr><td rowspan=2>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td>"
            "<td>分值</td><td>得分</td></tr><tr><td>100</td><td>100</td><td>100</td><td>100%</td><td>10</td><td>10</td></tr>"
            "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
            "<th>得分</th></tr>" + "".join(rows) +
            "<tr><td colspan=5>总分</td><td>80</td><td>80</td></tr></table></body></html>")
    r = normalize_document(html_page(tmp_path, page))
    assert [i.level3 for i in r.indicators] == ["新建基地", "带动农户", "群众满意度"]
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(20, 20), (20, 20), (30, 30)]
    assert "分项明细" in r.indicators[1].note
