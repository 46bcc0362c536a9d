"""年度指标值 and 实际完成值 heads each one cell over two body columns with no heads of their own, the second
the first's units (1779: ≥50 | 公里): read as one cell (normalize/span_units.py), the unit columns not named
unread; a second column under the span that is no unit stays apart."""
from jixiao.normalize import normalize_document

from .documents import document


def _rows(units):
    return [["项目名称", "测试项目", "", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", None, "实际完成值", None, "分值", "得分"],
            ["产出指标", "数量指标", "新建林带", "≥50", units[0], "52", units[0], "30", "30"],
            ["产出指标", "质量指标", "造林成活率", "≥90", units[1], "92.4", units[1], "30", "30"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "持续提升", "", "持续提升", "", "40", "40"],
            ["总分", "", "", "", "", "", "", "100", "100"]]


def test_the_unlabelled_unit_column_under_a_spanning_head_is_read_with_the_figure():
    r = normalize_document(document(_rows(["公里", "%"]), fmt="html"))
    got = [(i.target.q.raw, i.actual.q.raw) for i in r.indicators[:2]]
    assert got == [("≥50公里", "52公里"), ("≥90%", "92.4%")]
    assert r.indicators[1].actual.q.unit == "%"
    assert not any("未读取" in w and "年度指标值" in w for w in r.warnings)


def test_a_second_column_that_is_no_unit_stays_apart():
    r = normalize_document(document(_rows(["见附件", "见附件"]), fmt="html"))
    assert r.indicators[0].target.q.raw == "≥50"
