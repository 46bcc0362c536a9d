"""A fund block under a 分值 head whose weight was not read (the cell empty, or OCR lost or garbled it) is
said: the indicator weights then add up short of the total, and JX303's flag needs its reason beside it."""
from decimal import Decimal

from jixiao.normalize import normalize_document
from jixiao.rules import check

from .documents import document


def _form(weight: str):
    return document([
        ["项目名称", "测试项目", None, None, None, None, None],
        ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "100", "100", "90", weight, "90%", "9"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "50", "50"],
        ["效益指标", "社会效益指标", "就业人数", "≥20人", "22人", "30", "30"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", "10", "10"],
    ], fmt="pdf", confidence=0.9)


def test_a_fund_weight_lost_under_its_head_is_said():
    r = normalize_document(_form(""))
    [p] = r.projects
    assert p.fund_weight is None and p.budget_full_year is not None
    said = [w for w in r.warnings if "资金分值" in w and "未读取" in w]
    assert len(said) == 1, r.warnings
    assert "“分值”" in said[0] and "为空" in said[0], said[0]
    assert "JX303" in {f.rule for f in check(r)}   # the rule still counts 90 of 100: nothing excuses it
    r = normalize_document(_form("□"))   # a glyph OCR could not read: quoted
    assert any("资金分值" in w and "“□”" in w for w in r.warnings), r.warnings


def test_a_fund_weight_read_or_written_as_none_is_not_said():
    """A weight read is not said; nor is a dash (886: the form scores its fund among the indicators)."""
    for weight in ("10", "—"):
        r = normalize_document(_form(weight))
        assert not [w for w in r.warnings if "资金分值" in w and "未读取" in w], (weight, r.warnings)
    assert r.projects[0].fund_weight is None


def test_a_last_row_of_points_pairs_under_money_pairs_is_the_funds_weight_and_score():
    """1034: the fund block in label / value pairs on three rows beside its merged label; the third row
    (分值 | 10 | 得分 | 9.70) holds no money word, yet continues the pairs above it: the fund's weight and
    score. Before, it was named unread (.xlsx) or lost unsaid (.pdf), JX303 counting 90 of 100."""
    d = document([
        ["项目名称", "测试项目", None, None, None],
        ["项目资金（万元）", "年初预算数", "100.00", "全年预算数", "100.00"],
        ["", "全年执行数", "90.00", "执行率", "90.00%"],
        ["", "分值", "10", "得分", "9.00"],
        ["绩效指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "", "", "50", "50"],
        ["数量指标", "", "", "", ""],
        ["培训人次", "≥500人次", "520人次", "50", "50"],
        ["效益指标", "", "", "40", "40"],
        ["社会效益指标", "", "", "", ""],
        ["就业人数", "≥20人", "22人", "40", "40"],
    ])
    r = normalize_document(d)
    [p] = r.projects
    assert (p.fund_weight.value, p.fund_score.value) == (10, Decimal("9.00")), r.warnings
    assert (p.fund_weight.loc.row, p.fund_weight.loc.col) == (3, 2)
    assert not [w for w in r.warnings if "未读取" in w], r.warnings
    assert "JX303" not in {f.rule for f in check(r)}
