"""The result and the row's score in one cell under a head naming both (1883: 实际完成值／得分 over 3120亩／8,
持续完善／8, 2023年9月21日／5), no 得分 column: the part in the result's place is the actual, the other the score
(tables._actual_score, quantity.split_with_score); 实际完成值/完成率 keeps its rate an aside, as before."""
from jixiao.normalize import normalize_document
from jixiao.normalize.quantity import split_with_score

from .documents import document


def _rows(head: str, cells: list[str]):
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", head]
    body = [["产出指标", "数量指标", "新建基地", "≥3000亩", "8", cells[0]],
            ["产出指标", "时效指标", "建设完成时间", "2023年9月30日前", "5", cells[1]],
            ["效益指标", "社会效益指标", "带动脱贫户", "≥1200户", "8", cells[2]],
            ["效益指标", "可持续影响指标", "利益联结机制", "持续完善", "8", cells[3]]]
    return [["项目名称", "测试项目"] + [""] * (len(heads) - 2), heads, *body]


def test_the_result_and_the_score_in_one_cell_are_read_apart():
    r = normalize_document(document(_rows("实际完成值／得分", ["3120亩／8", "2023年9月21日／5", "1080户／7.2", "持续完善／8"])))
    assert [float(i.score.q.value) for i in r.indicators] == [8, 5, 7.2, 8]
    assert [i.actual.q.raw for i in r.indicators] == ["3120亩", "2023年9月21日", "1080户", "持续完善"]
    assert [i.actual.q.op for i in r.indicators] == ["=", "deadline", "=", "qualitative"]


def test_a_completion_rate_after_the_slash_stays_an_aside():
    r = normalize_document(document(_rows("实际完成值/完成率", ["3120亩/104.0%", "2023年9月21日/—", "1080户/90.0%", "持续完善"])))
    assert all(i.score is None for i in r.indicators)
    assert r.indicators[0].actual.q.value == 3120


def test_the_score_side_must_be_one_bare_figure():
    assert split_with_score("3120亩／8", 0) == ("3120亩", "8")
    assert split_with_score("7.2分/1080户", 1) == ("7.2分", "1080户")
    assert split_with_score("15元/亩", 0) is None
    assert split_with_score("15元/亩／8", 0) == ("15元/亩", "8")
