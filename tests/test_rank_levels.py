"""A 指标层级 column naming each row's rank (一级 / 二级 / 三级) beside ONE 指标名称 column, the rows in tree
order (1742): the 一级 / 二级 rows, carrying only their runs' summed 分值, are the levels of the 三级 rows
under them, not indicators (outline.depths reads the rank as the depth)."""
from decimal import Decimal

from jixiao.normalize import normalize_document
from jixiao.normalize import outline

from .documents import document


def test_a_rank_word_is_the_depth():
    assert outline.depths(["一级", "二级", "三级", "三级", "二级", "三级"]) == [1, 2, 3, 3, 2, 3]
    assert outline.depths(["一级指标", "二级指标", "三级指标"]) == [1, 2, 3]
    assert outline.depths(["三级", "三级"]) is None   # one depth only: no outline
    assert outline.depths(["一级", "优"]) is None


def _rows():
    return [["项目名称", "测试项目", "", "", "", ""],
            ["指标层级", "指标名称", "年度指标值", "实际完成值", "分值", "得分"],
            ["一级", "产出指标", "", "", "60", ""],
            ["二级", "数量指标", "", "", "60", ""],
            ["三级", "新建果园", "≥3000亩", "3080亩", "30", "30"],
            ["三级", "培训果农", "≥1000人次", "900人次", "30", "27"],
            ["一级", "满意度指标", "", "", "40", ""],
            ["二级", "服务对象满意度指标", "", "", "40", ""],
            ["三级", "果农满意度", "≥90%", "93%", "40", "40"],
            ["总分", "", "", "", "100", "97"]]


def test_rank_rows_are_the_levels_of_the_rows_under_them():
    r = normalize_document(document(_rows(), fmt="docx"))
    assert [(i.level1, i.level2, i.level3, i.weight.q.value) for i in r.indicators] == [
        ("产出指标", "数量指标", "新建果园", Decimal(30)), ("产出指标", "数量指标", "培训果农", Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "果农满意度", Decimal(40))]
    assert not any("指标层级" in w and "未读取" in w for w in r.warnings), r.warnings
