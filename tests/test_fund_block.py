"""normalize.fund_block: the fund rows of a report's tables."""
from decimal import Decimal

from jixiao.normalize import normalize_document
from jixiao.normalize.fund_block import _fund_shift

from .documents import document, scanned

# a database's fund table: the key, a 行次 (row number) column, the figures in its own order, the label LAST
COLS = {"executed": 2, "budget_full_year": 3, "fund_weight": 4, "budget_initial": 5, "fund_score": 6,
        "exec_rate_stated": 7}


def test_a_row_of_zeros_beside_a_row_number_is_not_shifted_onto_the_number():
    """其他资金's money is 0 in every column; shifted one left its 行次 3 would stand under 全年执行数 and its money
    zeros under 分值 / 得分: zeros fit any figure's column, so they are no evidence for the shift."""
    row = ["350821-2023-017", "3", "0", "0", "", "0", "", "", "其他资金"]
    assert _fund_shift(row, COLS) == 0


def test_a_row_of_figures_still_reads_where_it_stands():
    row = ["350821-2023-017", "1", "2352", "2400", "10", "2400", "9.8", "98.00%", "年度资金总额"]
    assert _fund_shift(row, COLS) == 0


def test_a_typed_fund_total_whose_score_is_above_100_stays_the_fund_line_and_is_said():
    """A typed file's 年度资金总额 row with a 得分 above 100 (987, a slip) fit no alignment, and the 其中 row
    below was taken as the fund line (its 700.00 as the budget), said nowhere. The total row is the fund
    line all the same: its money read, the figure above 100 not read (no point set in: no OCR lost it), said."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
            ["", "年度资金总额", "1,000.00", "1,080.00", "1,066.00", "98.70%", "10", "987"],
            ["", "其中：财政拨款", "700.00", "700.00", "700.00", "—", "—", "—"],
            ["", "其他资金", "300.00", "380.00", "366.00", "—", "—", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建基地", "≥1万亩", "1.06万亩", "90", "90", ""]]
    r = normalize_document(document(rows))
    p = r.projects[0]
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value) == \
        (Decimal(10000000), Decimal(10800000), Decimal(10660000)), p.budget_initial
    assert p.fund_weight.value == Decimal(10) and p.fund_score is None
    said = [w for w in r.warnings if "资金得分为 987" in w]
    assert len(said) == 1 and "未读取" in said[0], r.warnings
    rows[2][7] = "9.87"
    r = normalize_document(document(rows))
    assert r.projects[0].fund_score.value == Decimal("9.87") and not [w for w in r.warnings if "高于满分" in w]


def test_a_scans_first_money_row_that_is_a_part_does_not_stand_in_for_the_total_and_is_said():
    """Issue 21 (1494.scan, an MRC PDF: the 年度资金总额 row's figures and rules lost in its 50 dpi background):
    the first money row read was 其中：中央财政… with the other sources under it, and its 400.00 / 400.00 / 400.00
    were taken for the project's fund, said nowhere (3 FALSE JX204). A part with more source rows below it is no
    total: the fund is not read, and said. A typed file, or a part that is the only money row, is read as before."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "", "", "", "", "", ""],
            ["", "其中：中央财政补助资金", "400.00", "400.00", "400.00", "", "", ""],
            ["", "省级财政资金", "200.00", "200.00", "200.00", "", "", ""],
            ["", "县级财政资金", "100.00", "160.00", "148.00", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "新建基地", "≥1万亩", "1.06万亩", "90", "90", ""]]
    scan = scanned(rows)
    r = normalize_document(scan)
    p = r.projects[0]
    assert (p.budget_initial, p.budget_full_year, p.executed) == (None, None, None)
    said = [w for w in r.warnings if "不能代替项目资金总额" in w]
    assert len(said) == 1 and "“其中：中央财政补助资金”" in said[0] and "共3行来源" in said[0] and "未读取" in said[0]
    assert not [w for w in r.warnings if "像指标行但未读取" in w and "财政资金" in w]     # the sources: said with it
    assert len(r.indicators) == 1
    typed = normalize_document(document(rows)).projects[0]
    assert typed.budget_initial is not None
    alone = scanned(rows[:4] + rows[6:])
    r = normalize_document(alone)
    assert r.projects[0].budget_initial is not None and not [w for w in r.warnings if "不能代替" in w]


def test_source_rows_after_an_autonomous_regions_share_are_sources_not_indicator_rows():
    """Issue 21 (1640, Xinjiang): the sources under 年度资金总额 were 其中：中央补助 / 自治区补助 / 市级资金 / 区级资金.
    自治区 (an autonomous region, a province's level) opened no source label the fund grammar knew, so the breakdown
    stopped there and 自治区补助, 市级资金 and 区级资金 were each named 像指标行但未读取 (a false note). A label opening
    with a level of government is a source, the autonomous ones (自治区, 自治州, 盟, 旗) as the others."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "1,850.00", "2,036.40", "2,012.18", "10", "98.81%", "9.88"],
            ["", "其中：中央补助", "1,020.00", "1,106.40", "1,106.40", "—", "—", "—"],
            ["", "自治区补助", "380.00", "380.00", "380.00", "—", "—", "—"],
            ["", "市级资金", "250.00", "250.00", "250.00", "—", "—", "—"],
            ["", "区级资金", "200.00", "300.00", "275.78", "—", "—", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "资助参保人数", "≥5200人", "5386人", "90", "90", ""]]
    r = normalize_document(document(rows))
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings
    assert [s.label for s in r.projects[0].fund_sources] == ["其中：中央补助", "自治区补助", "市级资金", "区级资金"]


def test_sources_by_budget_kind_and_a_source_named_in_brackets_are_sources_not_indicator_rows():
    """Set 1708-1713 (1710, Tibet): the sources under 年度资金总额 were the budget KINDS, 其中：一般公共预算资金 and
    政府性基金预算资金（福利彩票公益金）. The second label opens with no level and ends with its fund's own name in
    brackets, not with the word for money, so the breakdown stopped there and the row was named 像指标行但未读取 (a
    false note, in the .html, the .pdf and the scan), its 8.00 / 16.00 / 15.68 no part of the fund. The four budgets
    of the budget law (一般公共 / 政府性基金 / 国有资本经营 / 社会保险基金预算) open a source; a money word followed by a
    bracketed name ends one; a bracketed unit (项目资金（万元）) is no name, and that label stays no source."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "48.00", "56.00", "54.88", "10", "98.00%", "9.80"],
            ["", "其中：一般公共预算资金", "40.00", "40.00", "39.20", "—", "—", "—"],
            ["", "政府性基金预算资金（福利彩票公益金）", "8.00", "16.00", "15.68", "—", "—", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "救助流浪乞讨人员", "≥300人次", "336人次", "90", "90", ""]]
    r = normalize_document(document(rows))
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings
    assert [s.label for s in r.projects[0].fund_sources] == ["其中：一般公共预算资金", "政府性基金预算资金（福利彩票公益金）"]
    assert r.projects[0].rows_unread == 0
    rows[4][1] = "政府性基金预算"
    r = normalize_document(document(rows))
    assert [s.label for s in r.projects[0].fund_sources] == ["其中：一般公共预算资金", "政府性基金预算"]
    from jixiao.normalize.fund_grammar import FUND_SOURCE
    assert not FUND_SOURCE.search("项目资金（万元）") and not FUND_SOURCE.search("资金（单位：万元）")


def test_a_fund_s_proceeds_are_a_source_not_an_indicator_row():
    """Set 1744-1749 (1745, Shanghai 住房公积金管理中心): the sources under 年度资金总额 were 其中：财政拨款 and
    住房公积金增值收益, the fund's proceeds (收益, money as 收入 is). The second label opens with no level and ended in
    no word for money the grammar knew, so the breakdown stopped there and the row was named 像指标行但未读取 (a false
    note, in the .xlsx, the .xls and the .pdf), its 800.00 / 800.00 / 780.80 no part of the fund."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "1280.00", "1280.00", "1249.28", "10", "97.60%", "9.76"],
            ["", "其中：财政拨款", "480.00", "480.00", "468.48", "—", "—", "—"],
            ["", "住房公积金增值收益", "800.00", "800.00", "780.80", "—", "—", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "业务系统功能模块升级", "≥15个", "17个", "90", "90", ""]]
    r = normalize_document(document(rows))
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings
    assert [s.label for s in r.projects[0].fund_sources] == ["其中：财政拨款", "住房公积金增值收益"]
    assert r.projects[0].rows_unread == 0


def test_a_lotterys_proceeds_are_a_source_and_the_sources_after_it_read_too():
    """Set 1888-1893 (1893, Altay): the sources under 年度资金总额 were 其中：自治区财政资金, 体育彩票公益金 and 地区财政资金.
    The second opens with no level and ended in 公益金, no word for money the grammar knew, so the breakdown stopped
    there: it and the 地区财政资金 row after it were named 像指标行但未读取 (two false notes, in the .xlsx, the .xls and
    the .pdf), their figures no part of the fund."""
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "500.00", "500.00", "489.50", "10", "97.90%", "9.79"],
            ["", "其中：自治区财政资金", "300.00", "300.00", "294.00", "—", "—", "—"],
            ["", "体育彩票公益金", "150.00", "150.00", "146.10", "—", "—", "—"],
            ["", "地区财政资金", "50.00", "50.00", "49.40", "—", "—", "—"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["产出指标", "数量指标", "开展群众性冰雪赛事活动", "≥30场", "34场", "90", "90", ""]]
    r = normalize_document(document(rows))
    assert not [w for w in r.warnings if "像指标行但未读取" in w], r.warnings
    assert [s.label for s in r.projects[0].fund_sources] == ["其中：自治区财政资金", "体育彩票公益金", "地区财政资金"]
    assert r.projects[0].rows_unread == 0
