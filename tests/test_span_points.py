"""One 分值/得分 head cell over two body columns with no heads of their own (1814: 分值/得分 over 8 | 7.2): the
first column the weight, the second the score, in the head's order (normalize/span_units.span_points); a pair
written in one cell (8/7.2) under a head of one column stays read as a pair."""
from jixiao.normalize import normalize_document

from .documents import document


def _rows(head_span: bool):
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值/得分"] + ([None] if head_span else [])
    body = [["产出指标", "数量指标", "新建基地", "≥1500亩", "1560亩", "50", "50"],
            ["效益指标", "社会效益指标", "带动农户", "≥1000户", "900户", "50", "45"]]
    if not head_span:
        body = [r[:5] + [f"{r[5]}/{r[6]}"] for r in body]
    return [["项目名称", "测试项目", "", "", "", "", ""][:len(head)], head, *body]


def test_a_joined_head_over_two_columns_reads_weight_then_score():
    r = normalize_document(document(_rows(True)))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(50, 50), (50, 45)]
    assert not any("分值/得分同列" in w for w in r.warnings)


def test_a_pair_in_one_cell_is_read_as_before():
    r = normalize_document(document(_rows(False)))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(50, 50), (50, 45)]
