"""Another period's figure in brackets after each value, the header naming it (1886: 年度指标值（上年实际） over
≥5000亩（4200亩）, ≥70%（66.5%）, 逐步完善（—）): the bracket is last year's figure, a note, the target the text before
it, the cell kept as the raw (normalize/base_brackets); without such a header the cell is read as before."""
from jixiao.normalize import normalize_document
from jixiao.normalize.base_brackets import base_heads, split_base

from .documents import document


def _rows(head: str, targets: list[str]):
    heads = ["一级指标", "二级指标", "三级指标", head, "实际完成值", "分值", "得分"]
    body = [["产出指标", "数量指标", "新建种植基地", targets[0], "5160亩", "8", "8"],
            ["产出指标", "质量指标", "一级品率", targets[1], "72.3%", "8", "8"],
            ["效益指标", "可持续影响指标", "产业化联合体", targets[2], "逐步完善", "8", "8"]]
    return [["项目名称", "测试项目"] + [""] * (len(heads) - 2), heads, *body]


def test_last_years_figure_in_the_targets_bracket_is_no_part_of_the_target():
    r = normalize_document(document(_rows("年度指标值（上年实际）", ["≥5000亩（4200亩）", "≥70%（66.5%）", "逐步完善（—）"])))
    assert [(i.target.q.op, i.target.q.value, i.target.q.unit) for i in r.indicators] == \
        [(">=", 5000, "亩"), (">=", 70, "%"), ("qualitative", None, "")]
    assert [i.target.q.raw for i in r.indicators] == ["≥5000亩（4200亩）", "≥70%（66.5%）", "逐步完善（—）"]
    assert "上年实际（4200亩）" in r.indicators[0].note


def test_without_the_header_saying_so_the_cell_is_read_as_before():
    r = normalize_document(document(_rows("年度指标值", ["≥5000亩（4200亩）", "≥70%", "逐步完善"])))
    assert r.indicators[0].target.q.op == "qualitative"
    assert r.indicators[1].target.q.value == 70


def test_the_header_grammar_needs_a_period_and_what_was_measured():
    heads = ["年度指标值（上年实际）", "年度指标值（2024年）", "实际完成值（2022年完成值）", "年度指标值（基期值）", "年度指标值（%）"]
    assert base_heads(heads, range(5)) == {0: "上年实际", 2: "2022年完成值", 3: "基期值"}
    assert split_base("2023年5月31日前（—）") == ("2023年5月31日前", "—")
    assert split_base("1200人（其中女性300人）") is None
