"""No 二级 column, each name closing on its level 2 in a bracket (1778: 新增普惠性学位（数量指标）): the
bracket is the row's level 2 and no part of its name, said on the row (table_cells.level2_lead with
LEVEL2_TRAIL); a bracket that is no level 2 (a unit, a part) stays in the name."""
from jixiao.normalize import normalize_document
from jixiao.normalize.table_cells import level2_lead

from .documents import document


def _rows(names):
    return [["项目名称", "测试项目", "", "", "", ""],
            ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", names[0], "≥3000亩", "3080亩", "30", "30"],
            ["产出指标", names[1], "≥1000人次", "1000人次", "30", "30"],
            ["满意度指标", names[2], "≥90%", "95%", "40", "40"],
            ["总分", "", "", "", "100", "100"]]


def test_a_level_2_in_a_bracket_after_each_name_is_read_as_the_level_2():
    r = normalize_document(document(_rows(["新建果园（数量指标）", "培训果农（数量指标）",
                                           "果农满意度（服务对象满意度指标）"]), fmt="xlsx"))
    got = [(i.level2, i.level3) for i in r.indicators]
    assert got == [("数量指标", "新建果园"), ("数量指标", "培训果农"), ("服务对象满意度指标", "果农满意度")]
    assert "括号内" in r.indicators[0].note


def test_a_bracket_that_is_no_level_2_stays_in_the_name():
    assert level2_lead("新建果园（含改造）", "产出指标") is None
    r = normalize_document(document(_rows(["新建果园（含改造）", "培训果农（含线上）", "果农满意度"]), fmt="xlsx"))
    assert [i.level3 for i in r.indicators][:2] == ["新建果园（含改造）", "培训果农（含线上）"]
