"""Template text never filled in (issue 21, item 7): never a value, never an indicator's name."""
from decimal import Decimal

import pytest

from jixiao.normalize import normalize_document
from jixiao.normalize.quantity import is_placeholder

from .documents import document


@pytest.mark.parametrize("text", ["指标1:", "指标2：", "指标3", "三级指标1", "……", "…", "≥**人", "XX%", "***",
                                  "**万元", "≥X人", "＞＊＊人次", "≥**%", "XX年XX月前完成", "--", "/"])
def test_placeholders(text):
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["⩾**人", "⩽XX%", "≧**人次"])
def test_a_placeholder_behind_any_operator_glyph(text):
    # the operator glyphs are one class (extract.line_breaks.OPERATOR): ⩾ as ≥
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["", "  ", "X光机", "95%", "≥90%", "培训人数", "指标1：培训人数", "优", "10",
                                  "≥100百分率", "2023年12月31日前完成"])
def test_not_placeholders(text):
    assert not is_placeholder(text)


def _doc(rows):
    return document(rows, fmt="txt")


def test_a_template_row_left_unfilled_is_not_an_indicator():
    rows = [
        ["项目名称", "测试项目", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "120人", "50", "50"],
        ["", "", "指标2：", "≥**人", "XX%", "", ""],
        ["满意度指标", "满意度", "群众满意度", "≥90%", "95%", "50", "50"],
        ["总分", "100", "", "", "", "", ""],
    ]
    r = normalize_document(_doc(rows))
    assert [i.level3 for i in r.indicators] == ["培训人数", "群众满意度"]
    assert r.projects[0].total_score_stated.value == Decimal(100)
