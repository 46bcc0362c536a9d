"""An indicator written on two rows under one 指标值 column, a 指标类别 column labelling each row
(年度目标值 / 实际完成值, 1704): the labels are read (they tell which row is the target), so the column
is not named among the columns passed over (tables._row_pairs gives its column)."""
from decimal import Decimal

from jixiao.normalize import normalize_document

from .documents import document


def _rows(first: str, second: str):
    rows = [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标类别", "指标值", "分值", "得分"]]
    for name, target, actual, w, s in (("新建生态茶园", "≥3000亩", "3080亩", "50", "50"),
                                       ("茶园生态修复面积", "≥1500亩", "1200亩", "50", "40")):
        a, b = (target, actual) if first == "年度目标值" else (actual, target)
        rows += [["产出指标", "数量指标", name, first, a, w, s], ["产出指标", "数量指标", name, second, b, w, s]]
    return rows


def test_the_label_column_of_two_row_indicators_is_read_not_passed_over():
    for order in (("年度目标值", "实际完成值"), ("实际完成值", "年度指标值")):
        r = normalize_document(document(_rows(*order), fmt="docx"))
        assert [(i.target.q.raw, i.actual.q.value) for i in r.indicators] == [("≥3000亩", Decimal(3080)),
                                                                               ("≥1500亩", Decimal(1200))]
        assert not any("指标类别" in w and "未读取" in w for w in r.warnings), r.warnings
        assert all(p.columns_unread == 0 for p in r.projects)
