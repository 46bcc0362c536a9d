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
    # (figures that break 执行率 = 执行数 / 预算数: which is under which head the lines do not show)
    r = normalize_document(document(_head("实施单位 防火指挥部办公室\n全年预算数 全年执行数 执行率\n500.00 475.00 90.00%"),
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


def test_fund_heads_over_a_line_of_figures_that_keep_the_rate_are_read_from_the_cells_lines():
    """993.scan: the head block read as two cells of many lines side by side, line for line (资金来源 年初预算数
    全年预算数 | 全年执行数 执行率, then 合计 380.00 400.00 | 390.00 97.50%): the heads' line and the figures' line
    below it, joined across the two cells, give the fund block, the figures keeping 390 / 400 = 97.5%; read and
    said. A head in a cell whose lines do not match (924.scan's 年初预算数, its cell two lines longer) is said unread."""
    head = [["屏南县人民政府·财政预决算", None, None],
            ["项目名称 乡村文旅融合发展项目\n资金来源 年初预算数 全年预算数\n项目资金 合计 380.00 400.00", None,
             "实施单位 传统村落保护发展中心\n全年执行数 执行率\n390.00 97.50%"]]
    r = normalize_document(document(head, INDICATORS, fmt="pdf", confidence=0.95))
    [p] = r.projects
    assert [getattr(p, f).q.raw for f in ("budget_initial", "budget_full_year", "executed", "exec_rate_stated")] \
        == ["380.00", "400.00", "390.00", "97.50%"] and p.budget_full_year.value == 4_000_000   # 万元
    assert p.executed.loc.col == 2 and p.budget_initial.loc.col == 0     # each figure at the cell it stands in
    said = [w for w in r.warnings if "按行读出资金表" in w]
    assert len(said) == 1 and "年初预算数380.00" in said[0] and "未读取" not in said[0], r.warnings
    r = normalize_document(document(_head("实施单位 防火指挥部办公室\n全年预算数 全年执行数 执行率\n500.00 475.00 95.00%"),
                                    INDICATORS, fmt="pdf", confidence=0.95))
    [p] = r.projects
    assert p.budget_initial is None and p.budget_full_year.q.raw == "500.00"
    said = [w for w in r.warnings if "按行读出资金表" in w]
    assert len(said) == 1 and "同行另一格的年初预算数与其数值未能按行对应，未读取" in said[0], r.warnings
    # a head not read (全年预箅数, a stroke misread) leaves four figures under three heads: which is under which the
    # lines do not tell (the last three would keep the rate with 500.00 taken for 年初预算数): not read, said
    r = normalize_document(document(_head("实施单位 防火指挥部办公室\n年初预算数 全年预箅数 全年执行数 执行率\n"
                                          "480.00 500.00 475.00 95.00%"), INDICATORS, fmt="pdf", confidence=0.95))
    [p] = r.projects
    assert p.budget_initial is None and p.executed is None
    assert [w for w in r.warnings if "未读出资金表" in w] and not [w for w in r.warnings if "按行读出资金表" in w]
