"""A bill of materials' explosion as a report writer prints it (1913): a 层级 column holding the level as a digit
after as many points (.1 / ..2 / ...3) beside ONE 指标名称 column that holds the 一级, the 二级 and the indicators'
names alike; the .1 / ..2 rows, with no target or actual, are the levels of the ...3 rows under them
(outline.depths reads the points' digit as the depth), not indicators, and the 层级 column is not said unread."""
from decimal import Decimal

from jixiao.normalize import normalize_document
from jixiao.normalize import outline

from .documents import document


def test_an_explosion_level_is_the_depth():
    assert outline.depths([".1", "..2", "...3", "...3", "..2", "...3"]) == [1, 2, 3, 3, 2, 3]
    assert outline.depths(["．1", "．．2", "．．．3"]) == [1, 2, 3]
    assert outline.depths([".1", "...2"]) is None    # points and digit disagree: no such level
    assert outline.depths(["...3", "...3"]) is None  # one depth only: no outline


def _rows():
    return [["项目名称", "测试项目", "", "", "", ""],
            ["层级", "指标名称", "年度指标值", "实际完成值", "分值", "得分"],
            [".1", "产出指标", "", "", "", ""],
            ["..2", "数量指标", "", "", "", ""],
            ["...3", "新建果园", "≥3000亩", "3080亩", "30", "30"],
            ["...3", "培训果农", "≥1000人次", "900人次", "30", "27"],
            [".1", "满意度指标", "", "", "", ""],
            ["..2", "服务对象满意度指标", "", "", "", ""],
            ["...3", "果农满意度", "≥90%", "93%", "40", "40"],
            ["总分", "", "", "", "100", "97"]]


def test_explosion_rows_are_the_levels_of_the_rows_under_them():
    r = normalize_document(document(_rows(), fmt="xlsx"))
    assert [(i.level1, i.level2, i.level3, i.weight.q.value) for i in r.indicators] == [
        ("产出指标", "数量指标", "新建果园", Decimal(30)), ("产出指标", "数量指标", "培训果农", Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "果农满意度", Decimal(40))]
    assert not any("层级" in w and "未读取" in w for w in r.warnings), r.warnings


def test_levels_whose_points_ocr_dropped_are_read_by_their_numbers_and_said():
    """1913.scan: OCR dropped the leading points (.1 / ..2 read 1 / 2, some ...3 cells lost): the levels were blank
    and only the 层级 column was said. A column of bare numbers, each at most one deeper than the one above and
    going back up, its deepest on the rows of figures and only there, is the depth; a leaf's lost code its
    deepest. Rows numbered again under each group are all rows of figures: no such column."""
    assert outline.level_numbers(["1", "2", "", "3", "2", "3"], [False, False, True, True, False, True]) == \
        [1, 2, 3, 3, 2, 3]
    assert outline.level_numbers(["1", "2", "1", "2", "3"], [True] * 5) is None
    assert outline.level_numbers(["1", "2", "3", "4"]) is None   # row numbers never go back up
    rows = [[x.lstrip(".") if x.startswith(".") else x for x in row] for row in _rows()]
    rows[5][0] = ""                                               # a ...3 lost whole
    r = normalize_document(document(rows, fmt="pdf"))
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "新建果园"), ("产出指标", "数量指标", "培训果农"),
        ("满意度指标", "服务对象满意度指标", "果农满意度")]
    assert any("不带点号的层级号" in w for w in r.warnings)
