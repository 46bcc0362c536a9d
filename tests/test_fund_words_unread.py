"""A fund block whose heads and figures came out inside one cell of many lines (924.scan: a title stroke joined the
head block to the banner above it, the head read as two cells of many lines) gives no fund row: the loss is said,
naming the cell, rather than left silent (issue 21)."""
from jixiao.normalize import normalize_document

from .documents import document

INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "新建防火隔离带", "50", "≥120公里", "126公里", "50"],
    ["效益指标", "社会效益指标", "火情扑灭率", "40", "≥95%", "100%", "40"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "10", "≥90%", "92.5%", "10"],
]


def _head(fund_cell: str):
    return [["大姚县人民政府·预决算公开", None, None],
            ["项目名称 森林草原防火项目\n资金来源 年初预算数\n合计 480.00", None, fund_cell]]


def test_fund_heads_in_one_cell_of_many_lines_unread_are_said_with_the_cell_and_only_then():
    r = normalize_document(document(_head("实施单位 防火指挥部办公室\n全年预算数 全年执行数 执行率\n500.00 475.00 95.00%"),
                                    INDICATORS, fmt="pdf", confidence=0.95))
    [p] = r.projects
    assert p.budget_full_year is None and p.executed is None     # the block is not guessed out of the cell
    said = [w for w in r.warnings if "未读出资金表" in w]
    assert len(said) == 1, r.warnings
    assert "表1 第2行 第3列" in said[0] and "全年预算数" in said[0] and "执行率" in said[0], said[0]
    # not said: a cell of many lines naming one fund word, or a project whose fund block was read elsewhere
    one_word = normalize_document(document(_head("实施单位 防火指挥部办公室\n全年预算数\n500.00"), INDICATORS))
    assert not [w for w in one_word.warnings if "未读出资金表" in w], one_word.warnings
    fund = [["", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["年度资金总额", "480", "500", "475", "95%"]]
    read = normalize_document(document(
        _head("实施单位 防火指挥部办公室\n全年预算数 全年执行数 执行率\n500.00 475.00 95.00%"), fund, INDICATORS))
    assert read.projects[0].budget_full_year is not None
    assert not [w for w in read.warnings if "未读出资金表" in w], read.warnings
