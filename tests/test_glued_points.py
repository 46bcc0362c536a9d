"""A value and the first points figure run together in one cell, the points columns one short (1844.pdf: an Excel
grid pasted into a <textarea>, its tab stops drifting, 6200亩 10 under 实际完成值, the 得分 under 分值 and 得分 empty):
read apart where the cells bear it out (a unit closes the value, one bare figure then a blank in the points
columns, the score no more than the weight), said in the row's note; any other cell stays as written."""
from decimal import Decimal

from jixiao.normalize import normalize_document
from jixiao.normalize.glued_points import glued_points

from .documents import document

HEADS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _doc(rows):
    return document([["项目名称", "测试项目"] + [""] * 5, HEADS, *rows])


def test_a_value_run_into_its_weight_is_read_apart():
    r = normalize_document(_doc([["产出指标", "数量指标", "新建果园", "≥6000亩", "6200亩 10", "10", ""],
                                 ["产出指标", "质量指标", "套袋率", "≥85%", "88% 6", "6", ""],
                                 ["效益指标", "社会效益指标", "带动农户", "≥2000户", "1600户", "8", "6.4"]]))
    got = [(i.actual.q.raw, i.weight.q.value, i.score.q.value) for i in r.indicators]
    assert got == [("6200亩", 10, 10), ("88%", 6, 6), ("1600户", 8, Decimal("6.4"))]
    assert [i.actual.q.op for i in r.indicators[:2]] == ["=", "="]
    assert "分读" in r.indicators[0].note and "分读" not in r.indicators[2].note


def test_cells_that_do_not_bear_it_out_stay_as_written():
    assert glued_points(["a", "b", "c", "≥85%", "88% 6", "7", ""], 4, 5, 6) is None       # score above weight
    assert glued_points(["a", "b", "c", "提升", "提升 6", "6", ""], 4, 5, 6) is None        # no unit closes it
    assert glued_points(["a", "b", "c", "≥85%", "88% 6", "6", "6"], 4, 5, 6) is None      # no column short
    assert glued_points(["a", "b", "c", "≥85%", "88% 6", "6", ""], 3, 5, 6) is None       # not right before
    assert glued_points(["a", "b", "c", "≥85%", "88% 6", "6", ""], 4, 5, 6) == ["a", "b", "c", "≥85%", "88%", "6", "6"]
