"""Tables whose cells show they are no indicator table (normalize/other_tables.py): said once as what they
are, their rows not named as indicator-like rows left unread; a real indicator table's rows still are."""
from jixiao.normalize import normalize_document, other_tables

from .documents import document

# An indicator table that reads, so the document has records and the table beside it is judged alone.
GOOD = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "新建供水管网", "≥260公里", "268.5公里", "10", "10"],
        ["产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"]]


def _read(*parts):
    r = normalize_document(document(*parts))
    assert len(r.indicators) == 2, r.warnings
    return r


def _named(r) -> int:
    return sum("像指标行但未读取" in w for w in r.warnings)


def _judged(r) -> list[str]:
    return [w.split("：", 1)[1] for w in r.warnings if "不是指标表" in w]


def test_a_breakdown_whose_last_row_adds_up_every_column_is_said_once():
    """300's 旗县 table: each column's figures add up to the 合计 row (an average lies within them)."""
    table = [["旗县", "禁牧面积（万亩）", "分配资金", "执行数", "户均补助"],
             ["阿鲁科尔沁旗", "310", "3,480.00", "3,445.20", "2.44"], ["巴林右旗", "260", "3,120.00", "3,088.80", "2.42"],
             ["克什克腾旗", "280", "3,260.00", "3,227.40", "2.45"], ["翁牛特旗", "220", "2,860.00", "2,831.40", "2.44"],
             ["合计", "1070", "12,720.00", "12,592.80", "2.44"]]
    r = _read(table, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为分项明细表（末行为各列之和），不是指标表，未读取"], r.warnings
    # one figure that does not add up: no evidence, its rows named as before
    table[1][2] = "3,400.00"
    r = _read(table, GOOD)
    assert _named(r) == 4 and not _judged(r), r.warnings


def test_a_budget_subjects_table_by_its_codes_and_sums():
    table = [["科目编码", "科目名称", "年初预算数", "调整预算数", "决算数"],
             ["20138", "市场监督管理事务", "2,380.00", "2,512.40", "2,486.35"],
             ["208", "社会保障和就业支出", "310.00", "318.60", "318.60"], ["210", "卫生健康支出", "126.00", "129.80", "129.80"],
             ["221", "住房保障支出", "184.00", "184.00", "184.00"], ["", "合计", "3,000.00", "3,144.80", "3,118.75"]]
    # the project's budget read from its fund table (786), so nothing is read from the subjects' table
    fund = [["部门名称", "某县市场监督管理局", None, None, None, None, None, None],
            ["年度预算（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "3,000.00", "3,144.80", "3,118.75", "10", "99.17%", "9.92"]]
    r = _read(table, fund, GOOD)
    assert _judged(r) == ["本表为预算科目表（科目编码列，合计行为各列之和），不是指标表，未读取"], r.warnings
    assert not any("本表有" in w for w in r.warnings), r.warnings


def test_an_income_and_spending_table_whose_two_halves_balance():
    table = [["收入项目", "预算数", "支出项目（按功能分类）", "预算数"],
             ["一、一般公共预算财政拨款", "5,420.00", "一、文化旅游体育与传媒支出", "5,634.00"],
             ["二、政府性基金预算财政拨款", "680.00", "二、社会保障和就业支出", "426.00"],
             ["三、事业收入", "300.00", "三、卫生健康支出", "168.00"], ["四、其他收入", "100.00", "四、住房保障支出", "272.00"],
             ["收入总计", "6,500.00", "支出总计", "6,500.00"]]
    r = _read(table, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为收支表（收入、支出两栏各自合计且相等），不是指标表，未读取"], r.warnings


def test_a_task_list_whose_only_figures_are_row_numbers_and_dates():
    table = [["序号", "重点工作", "计划完成时间", "实际完成时间", "完成情况"],
             ["1", "服务站规范化建设", "2023年6月", "2023年6月", "已完成"],
             ["2", "抚恤补助按月发放", "2023年1-12月", "2023年1-12月", "已完成"],
             ["3", "纪念设施集中修缮", "2023年9月", "2023年9月", "已完成"]]
    r = _read(table, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为工作任务表（各行数值仅为序号和日期），不是指标表，未读取"], r.warnings
    # a time indicator's points beside its dates: an indicator row, named
    table[1] += ["5"]
    assert not _judged(_read(table, GOOD)), r.warnings


def test_a_roster_by_its_column_of_phone_numbers():
    table = [["序号", "姓名", "职务", "联系电话"], ["1", "张某", "站长", "13812345678"],
             ["2", "李某", "会计", "0551-62345678"], ["3", "王某", "技术员", "13987654321"]]
    r = _read(table, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为人员名单（有一列为电话或证件号码），不是指标表，未读取"], r.warnings


def test_a_contents_page_by_its_rising_pages_and_the_documents_own_headings():
    contents = [["一、项目基本情况", "", "3"], ["二、项目资金使用情况", "", "3"], ["三、绩效目标完成情况", "", "4"],
                ["四、存在的问题", "", "5"]]
    headings = ["一、项目基本情况", "二、项目资金使用情况", "三、绩效目标完成情况", "四、存在的问题"]
    r = _read(contents, *headings, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为目录（各行末为逐行不减的页码），不是指标表，未读取"], r.warnings
    # indicators with points rising down the rows like pages, but no dot leader and no name a heading of
    # the document: still named as indicator-like rows left unread
    rows = [["一、新建供水管网", "", "3"], ["二、改造供水管网", "", "3"], ["三、维修加压泵站", "", "4"],
            ["四、水质检测达标", "", "5"]]
    r = _read(rows, "一、项目基本情况", GOOD)
    assert not _judged(r), r.warnings
    assert _named(r) == 4, r.warnings


def test_circled_numbers_are_no_serial_column():
    """① ② ③ are digits to str.isdigit but no row numbers: judging a table by them must not fail (018)."""
    from jixiao.normalize import columns
    assert not columns.serial(["①", "②", "③"])


def test_a_two_column_breakdown_of_amounts_under_a_total_row_is_said_once():
    """963's 支出明细 (支出内容 | 金额): each row a label and its one amount, the 合计 row their sum; one
    column adding up is evidence enough there. Off by one figure, or without the total's label, its rows
    are named as before."""
    table = [["支出内容", "金额"], ["秸秆还田作业补贴", "12,600,000.00"], ["增施有机肥补贴", "4,200,000.00"],
             ["黑土地保护监测点建设", "1,380,000.00"], ["土壤检测化验", "980,000.00"], ["技术培训及宣传", "420,000.00"],
             ["合计", "19,580,000.00"]]
    r = _read(table, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为分项明细表（末行为各列之和），不是指标表，未读取"], r.warnings
    table[1][1] = "12,000,000.00"
    r = _read(table, GOOD)
    assert _named(r) == 5 and not _judged(r), r.warnings


def test_a_progress_table_whose_column_is_the_running_sum_of_another_is_said_once():
    """1016's 资金支出进度 (季度 | 当季支出 | 累计支出 | 累计执行率): each row's 累计 is the row above's plus its 当季, the
    first row's the two equal; a running total no indicator table has. One 累计 off, its rows named as before."""
    table = [["季度", "当季支出", "累计支出", "累计执行率"], ["第一季度", "312.50", "312.50", "12.21%"],
             ["第二季度", "724.30", "1,036.80", "40.50%"], ["第三季度", "870.40", "1,907.20", "74.50%"],
             ["第四季度", "588.80", "2,496.00", "97.50%"]]
    # the project's fund read from its form's fund table, as 1016's is
    fund = [["项目名称", "某县农村生活污水治理项目", None, None, None, None, None, None],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "2,400.00", "2,560.00", "2,496.00", "10", "97.50%", "9.75"]]
    r = _read(table, fund, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为进度表（有一列为另一列的逐行累计），不是指标表，未读取"], r.warnings
    # alone, its first quarter is no project's fund (312.50 executed at 12.21% read wrong before)
    r = _read(table, GOOD)
    assert r.projects[0].executed is None and r.projects[0].exec_rate_stated is None, r.warnings
    assert _judged(r) == ["本表为进度表（有一列为另一列的逐行累计），不是指标表，未读取"], r.warnings
    table[3][2] = "1,917.20"
    r = _read(table, fund, GOOD)
    assert _named(r) == 3 and not _judged(r), r.warnings


def test_a_caption_row_over_the_header_is_no_header():
    """1017.pdf: the roster printed with its caption (表1　绩效自评工作组成员) as the table's first row, one label
    alone over the header row: the header is the row under it, and the phones judge the table as in the .xlsx."""
    table = [["表1　绩效自评工作组成员", "", "", "", ""], ["组内职务", "姓名", "工作单位", "职务", "联系电话"],
             ["组长", "陈某", "某市农业农村局", "副局长", "13904318826"],
             ["副组长", "于某", "某市动物疫病预防控制中心", "主任", "13943107752"],
             ["成员", "孙某", "某市农业农村局计划财务科", "科长", "15804316630"]]
    r = _read(table, GOOD)
    assert _named(r) == 0 and r.unread_rows == 0, r.warnings
    assert _judged(r) == ["本表为人员名单（有一列为电话或证件号码），不是指标表，未读取"], r.warnings
    # a long table of one label a row (paragraphs framed one a row) is judged without running deep
    from jixiao.normalize import other_tables
    assert other_tables.what([["一段说明文字"]] * 3000) is None


def test_a_numbered_list_of_one_amount_a_row_with_remarks_under_its_total():
    """1014's 附件清单 (序号 | 附件名称 | 页数 | 备注): a row number, a name, its one figure and words beside it, the 合计
    row their sum: a breakdown, as 963's two columns are. Off by one page, it is named as before."""
    table = [["序号", "附件名称", "页数", "备注"], ["1", "项目支出绩效自评表", "2", "见自评表"],
             ["2", "资金下达文件", "6", ""], ["3", "验收报告", "36", ""], ["4", "第三方核查报告", "58", "某咨询公司"],
             ["5", "满意度调查问卷汇总表", "12", "收回问卷318份"], ["合计", "", "114", ""]]
    r = _read(table, GOOD)
    assert _judged(r) == ["本表为分项明细表（末行为各列之和），不是指标表，未读取"], r.warnings
    table[-1][2] = "115"
    assert not any("分项明细表" in w for w in _read(table, GOOD).warnings)


def test_a_survey_of_things_by_measures_is_no_table_of_indicators_turned_on_their_side():
    """1085: two rows of questionnaire counts under a header of measures, each column bare figures in one
    unit (份, or % for the 满意度): said once as a 统计表, not five columns named as indicator rows left
    unread. A column that shows a target's operator keeps the columns named."""
    survey = [["调查对象", "发放问卷（份）", "有效问卷（份）", "满意（份）", "较满意（份）", "不满意（份）", "满意度"],
              ["沿线群众", "420", "398", "301", "75", "22", "94.5%"],
              ["客运驾驶员", "120", "115", "80", "26", "9", "92.2%"]]
    r = _read(survey, GOOD)
    assert r.unread_rows == 0 and not any("本列像一行指标" in w for w in r.warnings), r.warnings
    assert _judged(r) == ["本表为统计表（首列为各行名称，其余各列为表头所指的同一计量数值），不是指标表，未读取"], r.warnings
    survey[1][6] = "≥90%"
    r = _read(survey, GOOD)
    assert not _judged(r) and sum("本列像一行指标" in w for w in r.warnings) >= 3, r.warnings


def test_a_breakdown_repeating_one_whole_number_down_a_column_has_no_subject_codes():
    """1088: a breakdown by 学段 whose 供餐天数 column repeats 200 (— on the 合计 row) is a breakdown, not a
    budget subjects' table (a code names one subject a row), and its columns are no indicator rows turned
    on their side."""
    grades = [["学段", "学校数（所）", "受益学生（人）", "供餐天数（天）", "补助标准（元/生·天）", "补助资金（万元）"],
              ["小学", "68", "38,200", "200", "5", "3,820.00"], ["初中", "28", "17,600", "200", "5", "1,760.00"],
              ["合计", "96", "55,800", "—", "—", "5,580.00"]]
    r = _read(grades, GOOD)
    assert r.unread_rows == 0 and _judged(r) == ["本表为分项明细表（末行为各列之和），不是指标表，未读取"], r.warnings


def test_a_record_of_targets_changed_is_said_once_not_read_by_its_cells():
    """1089: a 绩效目标调整表 (指标名称 | 原目标值 | 调整后目标值 | 调整原因) names indicators and holds targets, no
    result: its header was refused (no result column), its rows were then read by their cells with the
    adjusted target taken for the actual, and said to restate the form. Said once as what it is."""
    changes = [["序号", "指标名称", "原目标值", "调整后目标值", "调整原因", "批复文件"],
               ["1", "新建供水管网", "≥300公里", "≥260公里", "预算调减，相应调减建设里程", "某财农〔2024〕47号"],
               ["2", "工程验收合格率", "100%", "100%", "无", "某财农〔2024〕47号"],
               ["3", "管网建成时间", "2024年8月31日前", "2024年9月10日前", "设备到货延迟", "某财农〔2024〕47号"]]
    r = _read(changes, GOOD)
    assert r.unread_rows == 0 and not any("表格无表头" in w or "重述了" in w for w in r.warnings), r.warnings
    assert _judged(r) == ["本表为绩效目标调整表（表头有原目标值和调整后目标值，无实际完成值、分值和得分），不是指标表，未读取"]
    # with a result column it is an indicator table of its own
    assert other_tables.revised_targets([changes[0][:4] + ["实际完成值"], changes[1][:4] + ["280公里"]]) is None


def test_an_attachment_list_numbered_beside_one_copy_each_is_no_progress_table():
    """序号 1, 2, 3 … beside a 份数 of 1 each adds up row by row as a 累计 would: the rows' numbers count rows,
    they total nothing, so the list is not said to be a progress table (its rows are named instead)."""
    table = [["序号", "附件名称", "份数"], ["1", "项目绩效目标申报表", "1"], ["2", "资金拨付凭证", "1"],
             ["3", "验收报告", "1"], ["4", "满意度调查问卷汇总", "1"]]
    r = _read(table, GOOD)
    assert not any("进度表" in w for w in r.warnings), r.warnings
    assert any("本表有4行有名称和数值" in w for w in r.warnings), r.warnings
