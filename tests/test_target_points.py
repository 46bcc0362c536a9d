"""The weight in brackets after each target, no 分值 column (1851: 年度指标值（分值） over ≥15个（8分）, 逐步完善（8分）,
2023年8月31日前（5分）): the bracket is the row's weight, cut from the target (normalize/target_points); a target
bracket that is no points (≥90%（抽样）) stays the target's, and a table with a 分值 column is read as before."""
from jixiao.normalize import normalize_document

from .documents import document


def _rows(head: str, targets: list[str], weight_col: bool = False):
    heads = ["一级指标", "二级指标", "三级指标", head, "实际完成值"] + (["分值"] if weight_col else []) + ["得分"]
    body = [["产出指标", "数量指标", "新建养殖场", targets[0], "15个"],
            ["产出指标", "时效指标", "引进完成时间", targets[1], "2023年8月25日"],
            ["效益指标", "可持续影响指标", "良种繁育体系", targets[2], "逐步完善"]]
    body = [r + (["8"] if weight_col else []) + ["8"] for r in body]
    return [["项目名称", "测试项目"] + [""] * (len(heads) - 2), heads, *body]


def test_points_after_the_target_are_the_weight():
    r = normalize_document(document(_rows("年度指标值（分值）", ["≥15个（8分）", "2023年8月31日前（8分）", "逐步完善（8分）"])))
    assert [i.weight.q.value for i in r.indicators] == [8, 8, 8]
    assert [i.target.q.op for i in r.indicators] == [">=", "deadline", "qualitative"]
    assert [i.target.q.raw for i in r.indicators] == ["≥15个", "2023年8月31日前", "逐步完善"]


def test_points_read_from_the_cells_without_the_header_saying_so():
    r = normalize_document(document(_rows("年度指标值", ["≥15个（8分）", "2023年8月31日前（8分）", "逐步完善（8分）"])))
    assert [i.weight.q.value for i in r.indicators] == [8, 8, 8]


def test_a_weight_column_keeps_the_targets_as_written():
    r = normalize_document(document(_rows("年度指标值", ["≥15个", "2023年8月31日前", "逐步完善"], weight_col=True)))
    assert [i.weight.q.value for i in r.indicators] == [8, 8, 8]
    assert [i.target.q.raw for i in r.indicators] == ["≥15个", "2023年8月31日前", "逐步完善"]


def test_points_named_by_a_weight_word_in_the_bracket_are_the_weight():
    # fixleft72: 分值8 / 8分值 / 分值：8 inside the bracket, no 分值 column
    r = normalize_document(document(_rows("年度指标值", ["≥15个（分值8）", "2023年8月31日前（8分值）", "逐步完善（分值：8）"])))
    assert [i.weight.q.value for i in r.indicators] == [8, 8, 8]
    assert [i.target.q.raw for i in r.indicators] == ["≥15个", "2023年8月31日前", "逐步完善"]


def test_points_before_the_target_are_the_weight():
    # fixleft72: （8分）≥15个, the bracket opening the cell
    r = normalize_document(document(_rows("年度指标值", ["（8分）≥15个", "（8分）2023年8月31日前", "（8分）逐步完善"])))
    assert [i.weight.q.value for i in r.indicators] == [8, 8, 8]
    assert [i.target.q.op for i in r.indicators] == [">=", "deadline", "qualitative"]
    assert "年度指标值前" in r.indicators[0].note


def test_a_bracket_of_other_words_stays_the_targets():
    r = normalize_document(document(_rows("年度指标值", ["≥15个（新建）", "（含）2023年8月31日前", "逐步完善（2024年）"])))
    assert all(i.weight is None for i in r.indicators)


def test_a_full_marks_bracket_beside_a_score_target_is_its_scale():
    # fixleft73: ≥90分（满分100分） is a survey's score out of 100, not the row's 100 points; （满分8分） beside a
    # target in another unit stays the row's points
    r = normalize_document(document(_rows("年度指标值", ["≥15个（满分8分）", "2023年8月31日前（8分）", "≥90分（满分100分）"])))
    assert [i.weight.q.value if i.weight else None for i in r.indicators] == [8, 8, None]
    assert r.indicators[0].target.q.raw == "≥15个"
