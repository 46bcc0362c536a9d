"""No 分值 column, each row's points opening its 评分标准 text (1777: 8分。达到年度指标值得满分，…): the points
are the row's weight, said on the row (tables._rule_points, table_cells.RULE_POINTS); standard texts that
do not open so give no weight."""
from jixiao.normalize import normalize_document

from .documents import document


def _rows(rules):
    return [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分标准", "得分"],
            ["产出指标", "数量指标", "新建果园", "≥3000亩", "3080亩", rules[0], "30"],
            ["产出指标", "数量指标", "培训果农", "≥1000人次", "900人次", rules[1], "27"],
            ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "95%", rules[2], "40"],
            ["总分", "", "", "", "", "100分", "97"]]


def test_the_points_opening_each_standard_are_the_weights():
    r = normalize_document(document(_rows(["30分。达到年度指标值得满分，未达到按比例计分。",
                                           "30分。达到年度指标值得满分，未达到按比例计分。",
                                           "40分。每低1个百分点扣1分。"]), fmt="xlsx"))
    assert [i.weight.q.value for i in r.indicators] == [30, 30, 40]
    assert "评分标准开头" in r.indicators[0].note


def test_standards_that_do_not_open_with_points_give_no_weight():
    r = normalize_document(document(_rows(["达到年度指标值得满分，未达到按比例计分。"] * 2 + ["每低1个百分点扣1分。"]),
                                    fmt="xlsx"))
    assert all(i.weight is None for i in r.indicators)
