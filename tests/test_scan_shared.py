"""A scan's 分值 / 得分 cell merged down over rows of several level groups (1812.scan): the span may be a rule OCR
did not see, so the stated totals are the evidence. Where every row's figure with the shared reading makes the
总分 the table states, each covered row carries it, noted; where it does not, each row below the span's first is
said unread, the cell named (scan_shared.shared_scan_points)."""
from dataclasses import replace

from jixiao.normalize import normalize_document

from .documents import html_page


def _scan(tmp_path, total: str):
    # rows: 数量 a, 数量 b, 质量 c, 满意度 d; 分值 / 得分 merged over b and c, crossing the level-2 groups
    page = ("<html><body><table><tr><td>项目名称</td><td colspan=6>测试项目</td></tr>"
            "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
            "<th>得分</th></tr>"
            '<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>新建基地</td><td>≥10亩</td><td>10亩</td>'
            '<td>30</td><td>30</td></tr>'
            '<tr><td>培训农户</td><td>≥10人</td><td>10人</td><td rowspan="2">20</td><td rowspan="2">20</td></tr>'
            '<tr><td>质量指标</td><td>合格率</td><td>≥90%</td><td>95%</td></tr>'
            '<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>92%</td>'
            f'<td>30</td><td>30</td></tr><tr><td colspan=5>总分</td><td>{total}</td><td>{total}</td></tr>'
            "</table></body></html>")
    return replace(html_page(tmp_path, page), format="pdf-ocr")


def test_a_scans_merge_the_totals_bear_out_is_each_rows_figure(tmp_path):
    r = normalize_document(_scan(tmp_path, "100"))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(30, 30), (20, 20), (20, 20), (30, 30)]
    assert "与表中所写总分一致" in r.indicators[2].note


def test_a_scans_merge_the_totals_do_not_bear_out_is_said(tmp_path):
    r = normalize_document(_scan(tmp_path, "80"))
    assert r.indicators[2].weight is None and r.indicators[2].score is None
    said = [w for w in r.warnings if "未识别出的表格线" in w]
    assert len(said) == 2 and all("“合格率”一行" in w for w in said)
