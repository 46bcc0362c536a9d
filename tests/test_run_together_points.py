"""分值 ⏎ 得分 stacked in one head, read by OCR as one line (分值得分) while every cell keeps its two lines (8 ⏎ 7.2,
1847.scan): the cells are the evidence the column holds both, read in the head's order (run_together.py); a head
alone, cells of one figure, or a second line above the first leave the column the weight's."""
from jixiao.normalize import normalize_document

from .documents import document


def _rows(head: str, cells: list[str]):
    return [["项目名称", "测试项目", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", head],
            ["产出指标", "数量指标", "新建基地", "≥1500亩", "1560亩", cells[0]],
            ["效益指标", "社会效益指标", "带动农户", "≥1000户", "900户", cells[1]]]


def _points(head, cells):
    r = normalize_document(document(_rows(head, cells)))
    return [(i.weight and i.weight.q.value, i.score and i.score.q.value) for i in r.indicators], r.warnings


def test_run_together_head_over_two_line_cells_reads_weight_and_score():
    got, warnings = _points("分值得分", ["50\n50", "50\n45"])
    assert got == [(50, 50), (50, 45)]
    assert not any("此处只应有一个数" in w for w in warnings)


def test_score_first_run_together_reads_in_its_order():
    got, _ = _points("得分分值", ["50\n50", "45\n50"])
    assert got == [(50, 50), (50, 45)]


def test_second_line_above_the_first_is_no_pair():
    got, warnings = _points("分值得分", ["50\n50", "45\n50"])
    assert all(s is None for _, s in got)
    assert any("此处只应有一个数" in w for w in warnings)


def test_one_figure_cells_stay_the_weight():
    got, _ = _points("分值得分", ["50", "50"])
    assert got == [(50, None), (50, None)]
