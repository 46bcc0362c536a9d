"""Level words typed once on the middle row of each run, nothing merged (1738): the rows at the top of the
table, with no level cell and none above to carry, take the words first written below them in the level
columns (indicator_row._levels_below), said on the row; a word below of another level 1 than its level 2's
is not taken."""
from jixiao.normalize import normalize_document

from .documents import document


def _rows(l1: str = "产出指标"):
    return [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "", "新建果园", "≥3000亩", "3080亩", "30", "30"],
            ["", "数量指标", "培训果农", "≥1000人次", "1000人次", "30", "30"],
            [l1, "", "建设冷库", "≥10座", "10座", "40", "40"],
            ["总分", "", "", "", "", "100", "100"]]


def test_the_first_rows_take_the_level_words_written_below_them():
    r = normalize_document(document(_rows(), fmt="xlsx"))
    first = r.indicators[0]
    assert (first.level1, first.level2) == ("产出指标", "数量指标")
    assert "其上无层级可沿用" in first.note


def test_a_level_1_below_that_is_not_the_level_2s_is_not_taken():
    r = normalize_document(document(_rows("满意度指标"), fmt="xlsx"))
    assert r.indicators[0].level1 != "满意度指标"
