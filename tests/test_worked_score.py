"""A score cell written with its working (1813: 8×100%=8, 8×2700÷3000=7.2): the figure after the = is the score
(normalize/worked_cells.py), noted; a working that does not give it is read as stated and said."""
from jixiao.normalize import normalize_document
from jixiao.normalize.worked_cells import worked_figure

from .documents import document


def _doc(second: str):
    return document([["项目名称", "测试项目", "", "", "", "", ""],
                     ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                     ["产出指标", "数量指标", "新建茶园", "≥3000亩", "3080亩", "50", "50×100%=50"],
                     ["效益指标", "经济效益指标", "亩均增收", "≥3000元", "2700元", "50", second],
                     ["总分", "", "", "", "", "100", "95"]], fmt="xlsx")


def test_the_figure_after_the_equals_sign_is_the_score():
    r = normalize_document(_doc("50×2700÷3000=45"))
    assert [i.score.q.value for i in r.indicators] == [50, 45]
    assert "计算过程" in r.indicators[1].note
    assert not any("识别有误" in w for w in r.warnings)


def test_a_working_that_gives_another_figure_is_said():
    r = normalize_document(_doc("50×90%=44"))
    assert r.indicators[1].score.q.value == 44
    assert any("不符" in w for w in r.warnings)


def test_no_working_no_figure():
    assert worked_figure("8") is None and worked_figure("2023=2024") is None and worked_figure("8/10") is None
