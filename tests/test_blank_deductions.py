"""A 扣分 table (分值 | 扣分 | 扣分原因, no 得分 column) whose 扣分 cells are filled only where points were
taken: the blank (or dashed) rows are read as none taken where the form's totals show it, else said unread;
a deduction signed as points lost (-0.75) takes off its size (normalize/blank_deductions.py,
table_cells._deducted; probes of 1703)."""
from decimal import Decimal

from jixiao.normalize import normalize_document
from jixiao.rules import check

from .documents import document

HEAD = [
    ["项目名称", "测试项目", "", "", "", "", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    ["年度资金总额", "", "50", "50", "48", "96%", "10", "9.6"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "扣分", "扣分原因"],
]


def _read(marks: tuple[str, str, str], total_taken: str):
    rows = HEAD + [
        ["产出指标", "数量指标", "维修道路里程", "≥30公里", "31公里", "20", marks[0], ""],
        ["产出指标", "质量指标", "验收合格率", "100%", "95%", "15", marks[1], "个别路段返工"],
        ["效益指标", "社会效益指标", "受益群众", "≥5000人", "5200人", "55", marks[2], ""],
        ["合计", "", "", "", "", "100", total_taken, ""],
    ]
    return normalize_document(document(rows, fmt="docx"))


def test_blank_deductions_the_totals_account_for_are_none_taken():
    r = _read(("", "0.75", ""), "1.15")   # 0.75 + the fund's 0.4
    assert [i.score.value for i in r.indicators] == [Decimal(20), Decimal("14.25"), Decimal(55)]
    assert "按未扣分读取" in r.indicators[0].note
    assert any("扣分栏未填数字" in w and "按未扣分读取" in w for w in r.warnings)
    assert [f.rule for f in check(r) if f.rule.startswith(("JX3", "JX4"))] == []


def test_dashes_and_a_signed_deduction():
    r = _read(("—", "-0.75", "/"), "1.15")
    assert [i.score.value for i in r.indicators] == [Decimal(20), Decimal("14.25"), Decimal(55)]


def test_blank_deductions_the_totals_do_not_account_for_stay_unread_and_are_said():
    r = _read(("", "0.75", ""), "2.15")
    assert [i.score for i in r.indicators][::2] == [None, None]
    assert any("扣分栏未填数字" in w and "得分未读取" in w and "维修道路里程" in w for w in r.warnings)
