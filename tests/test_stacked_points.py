"""分值 and 得分 stacked in one head cell on two lines (分值 ⏎ 得分, 1847) over cells of two lines each (8 ⏎ 7.2): the
first line the weight, the second the score, in the head's order (vocab.stacked_points, indicator_row._stacked_pair);
a head wrapped onto two lines that names one field stays one column."""
from jixiao.normalize import normalize_document

from .documents import document


def _rows(head: str, cells: list[str]):
    return [["项目名称", "测试项目", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", head],
            ["产出指标", "数量指标", "新建基地", "≥1500亩", "1560亩", cells[0]],
            ["效益指标", "社会效益指标", "带动农户", "≥1000户", "900户", cells[1]]]


def test_stacked_head_reads_the_two_lines_as_weight_and_score():
    r = normalize_document(document(_rows("分值\n得分", ["50\n50", "50\n45"])))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(50, 50), (50, 45)]
    assert not any("此处只应有一个数" in w for w in r.warnings)


def test_stacked_head_score_first_reads_in_its_order():
    r = normalize_document(document(_rows("得分\n分值", ["50\n50", "45\n50"])))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(50, 50), (50, 45)]


def test_a_wrapped_weight_head_stays_one_column():
    r = normalize_document(document(_rows("分\n值", ["50", "50"])))
    assert [i.weight.q.value for i in r.indicators] == [50, 50]
    assert all(i.score is None for i in r.indicators)
