"""Each rule: a report that passes and one that fails, read end to end from text."""
from dataclasses import replace
from decimal import Decimal

import pytest

from jixiao.extract import read_bytes
from jixiao.normalize import normalize_document
from jixiao.rules import RULES, check, check_document, load_config
from jixiao.rules.config import ConfigError
from jixiao.rules.interval import Interval


def flags(text: str, config=None):
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    return check(normalize_document(doc), config)


def codes(text: str) -> list[str]:
    return sorted(f.rule for f in flags(text))


def report(budget="30", executed="30", rate="100%", fund_w="10", fund_s="10", rows=None, total="100",
           grade="", prose=""):
    rows = rows or [
        ("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
        ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", ""),
    ]
    lines = [
        "项目名称\t测试项目",
        "项目资金（万元）\t\t预算数\t执行数\t执行率\t分值\t得分",
        f"\t年度资金总额\t{budget}\t{executed}\t{rate}\t{fund_w}\t{fund_s}",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
    ]
    lines += ["\t" + "\t".join(r) for r in rows]
    if total is not None:
        lines.append(f"总分\t\t\t\t\t\t100\t{total}")
    if grade:
        lines.append(f"等级\t{grade}")
    return "\n".join(lines) + "\n\n" + prose + "\n"


def test_clean_report_has_no_flags():
    assert codes(report()) == []


@pytest.mark.parametrize("kwargs,code", [
    (dict(executed="33", rate="110%"), "JX201"),
    (dict(executed="24.8805", rate="97.14%"), "JX202"),
    (dict(fund_s="7"), "JX203"),
    (dict(total="95"), "JX302"),
    (dict(grade="良"), "JX304"),
])
def test_fund_and_score_rules_fire(kwargs, code):
    assert code in codes(report(**kwargs))


@pytest.mark.parametrize("grade,flagged", [("优秀", False), ("一等", False), ("良好", True), ("二等", True),
                                           ("合格", True), ("不合格", True)])
def test_grade_words_of_other_systems(grade, flagged):
    got = [f for f in flags(report(grade=grade)) if f.rule == "JX304"]
    assert bool(got) == flagged
    if got:
        assert got[0].stated == grade and got[0].expected == "优" and f"写为“{grade}”" in got[0].message
    prose = [f for f in flags(report(total=None, prose=f"项目自评得分100分，评价等级为{grade}。")) if f.rule == "JX304"]
    assert bool(prose) == flagged


def test_grade_against_the_total_in_a_report_without_tables():
    def jx304(text):
        recs = normalize_document(read_bytes(text.encode(), "p.txt"))
        return [f for f in check(recs) if f.rule == "JX304"]
    [f] = jx304("经综合评价，项目自评得分85分，评价等级为优。\n")
    assert (f.stated, f.expected) == ("优", "良")
    assert jx304("经综合评价，项目自评得分92分，评价等级为优秀。\n") == []
    assert jx304("2023年度项目绩效自评报告\n2022年项目自评得分85分，评价等级为优。\n") == []   # another year


def test_a_score_told_of_another_year_opens_no_project_of_the_report():
    """fixraw15 opens a project from a report's own score where nothing else opens one (自评得97.5分); a score
    told of another year (2022年… in a 2023 report, 上年…) is last year's, no total of this report (it gave a
    false JX304 once merged)."""
    def projects(text):
        return normalize_document(read_bytes(text.encode(), "p.txt")).projects
    assert projects("2023年度项目绩效自评报告\n2022年项目自评得分85分，评价等级为优。\n") == []
    assert projects("2023年度项目绩效自评报告\n上年项目自评得分85分。\n") == []
    [p] = projects("2023年度项目绩效自评报告\n2023年项目自评得分85分。\n")
    assert p.total_score_stated.q.value == 85


def test_rate_within_rounding_is_not_a_finding():
    # 24.8805 / 29 = 85.7948…%: 85.79 is right, and so is 85.8 at its precision
    assert codes(report(budget="29", executed="24.8805", rate="85.79%", fund_s="8.58", total="98.58")) == []
    assert codes(report(budget="29", executed="24.8805", rate="85.8%", fund_s="8.58", total="98.58")) == []


def test_score_over_weight_and_weights_total():
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "45", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "25", "20", "")]
    got = codes(report(rows=rows, total="105"))
    assert "JX301" in got and "JX303" in got


def test_missed_target_rules():
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "85%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    got = codes(report(rows=rows, prose="3.未完成的绩效目标。\n无"))
    assert {"JX401", "JX402", "JX403"} <= set(got)
    # a cost indicator (≤) that stays under its ceiling is met
    rows[1] = ("产出指标", "成本指标", "项目成本", "≤30万元", "29.5万元", "30", "30", "")
    assert codes(report(rows=rows)) == []


def test_list_rules():
    base = report()
    good = base + "序号\t支付日期\t用途\t支付金额（万元）\n1\t3.1\t办公\t10\n2\t5.2\t宣传\t20\n合计\t\t\t30\n"
    bad = base + "序号\t支付日期\t用途\t支付金额（万元）\n1\t3.1\t办公\t10\n2\t5.2\t宣传\t20\n2\t6.1\t培训\t3\n合计\t\t\t36\n"
    no_total = base + "序号\t支付日期\t用途\t支付金额（万元）\n1\t3.1\t办公\t10\n2\t5.2\t宣传\t25\n"
    assert codes(no_total) == ["JX102"]
    assert codes(good) == []
    got = codes(bad)
    assert {"JX101", "JX102", "JX103"} <= set(got)


def test_a_list_whose_total_row_comes_first_is_summed_from_the_items_below_it():
    """597 (planted blind): 附：项目资金支出明细 with its 合计 row first, the items under it."""
    def lst(total):
        return report() + f"序号\t支出内容\t金额（万元）\n\t合计\t{total}\n1\t办公\t10\n2\t宣传\t15\n3\t培训\t3\n"
    assert codes(lst("28")) == []
    [f] = [f for f in flags(lst("29")) if f.rule == "JX101"]
    assert (f.stated, f.expected) == ("29", "28")


def test_a_computed_figure_in_a_message_is_written_as_the_figure_it_is_set_beside():
    """s259 (1620, 1622): messages gave a list's sum as 1055.8 beside a 合计 of 1,046.80 and a rate as 96.7% beside
    94.50%: an analyst compares digit by digit, so a computed figure takes the places and the thousands
    separators of the figure it stands beside (rules.common.written_like). The flag's stated and expected
    figures, part of its id, are as before."""
    lst = report() + "序号\t支出内容\t金额（万元）\n1\t设备\t1,000.40\n2\t宣传\t36.40\n合计\t\t1,046.80\n"
    [f] = [f for f in flags(lst) if f.rule == "JX101"]
    assert "之和为 1,036.80万元" in f.message and "相差 10.00万元" in f.message, f.message
    assert (f.stated, f.expected) == ("1,046.80", "1036.8")


def test_a_completion_rate_column_is_held_to_result_over_target():
    """419 (planted blind): a 完成率 column beside the result, 95.0% for 46.5 / 50 公里 = 93.0%. The
    column is read for rates where its header names one and most rows show result / target."""
    def form(rate, other="105.0%", header="完成率"):
        rows = [("产出指标", "数量指标", "新建改造雨污管网", "≥50公里", "46.5公里", rate, "40", "37.2", "管线迁改"),
                ("产出指标", "数量指标", "改造老旧小区", "≥40个", "42个", other, "20", "20", ""),
                ("效益指标", "社会效益指标", "受益居民户数", "≥2.4万户", "2.52万户", "105.0%", "20", "20", ""),
                ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.4%", "103.8%", "10", "10", "")]
        text = report(total="97.2", rows=[r[:5] + r[6:] for r in rows])
        text = text.replace("实际完成值\t分值", f"实际完成值\t{header}\t分值")
        for row in rows:
            text = text.replace("\t".join(row[:5] + row[6:]), "\t".join(row))
        return text
    assert "JX409" not in codes(form("93.0%"))
    [f] = [f for f in flags(form("95.0%")) if f.rule == "JX409"]
    assert (f.stated, f.expected) == ("95.0%", "93.0%") and f.locations[0].col == 6
    # 42 of ≥40 capped at 100%: not a slip
    assert [f.stated for f in flags(form("95.0%", other="100%")) if f.rule == "JX409"] == ["95.0%"]
    # a column so headed whose cells are no result / target (most rows off): not read as rates
    assert "JX409" not in codes(form("95.0%", other="80.0%").replace("105.0%", "90.0%").replace("103.8%", "99.0%"))
    # and the column left unchecked is said, at its first cell
    off = form("95.0%", other="80.0%").replace("105.0%", "90.0%").replace("103.8%", "99.0%")
    [w] = [w for w in normalize_document(read_bytes(off.encode("utf-8"), "r.txt")).warnings if "完成率列" in w]
    assert "第7列" in w and "可核对的4行中0行" in w and "未核对" in w, w
    assert not [w for w in normalize_document(read_bytes(form("93.0%").encode("utf-8"), "r.txt")).warnings
                if "完成率列" in w]
    assert "JX409" not in codes(form("95.0%", header="备注"))      # no rate named in the header


def test_a_completion_rate_cell_wrapped_over_two_lines_is_stated_as_written():
    """1042.scan (planted blind): OCR gives the narrow 完成率 cell 104.5% as 104.5 and % on two lines;
    the flag states the cell as written, 104.5%, as every other format of the form does."""
    from dataclasses import replace
    rows = [("产出指标", "数量指标", "开展种植技术培训", "≥3000人次", "2870人次", "40", "38.27", "外出务工"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    text = report(total="98.27", rows=rows).replace("实际完成值\t分值", "实际完成值\t完成率\t分值")
    for row, rate in zip(rows, ("104.5%", "101.1%", "105.6%")):
        text = text.replace("\t".join(row), "\t".join(row[:5] + (rate,) + row[5:]))
    recs = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
    i = recs.indicators[0]
    i.completion = replace(i.completion, q=replace(i.completion.q, raw="104.5\n%"))
    [f] = [f for f in check(recs) if f.rule == "JX409"]
    assert (f.stated, f.expected) == ("104.5%", "95.7%") and "写为 104.5%。" in f.message


_SERIAL_ROWS = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "30", "30", ""),
                ("产出指标", "质量指标", "合格率", "100%", "100%", "20", "20", ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "20", "20", ""),
                ("效益指标", "可持续影响指标", "管护机制", "健全", "健全", "10", "10", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10", "")]


def _numbered(*serials):
    """The report with a 序号 column before the levels, one serial a row."""
    text = report(rows=_SERIAL_ROWS).replace("绩效指标\t一级指标", "序号\t一级指标")
    for k, row in enumerate(_SERIAL_ROWS):
        text = text.replace("\t" + "\t".join(row), f"{serials[k]}\t" + "\t".join(row))
    return text


def test_serial_numbers_of_an_indicator_table():
    """422 (planted blind): 序号 1 … 5, 6, 6, 7 … 11 down the indicator table: 6 twice. Numbers
    started again at 1 for each level are no repeat."""
    assert codes(_numbered(1, 2, 3, 4, 5)) == []
    [f] = flags(_numbered(1, 2, 2, 3, 4))
    assert (f.rule, f.stated, f.expected) == ("JX103", "2", "3") and f.locations[0].col == 0
    assert codes(_numbered(1, 2, 4, 5, 6)) == ["JX103"]          # 3 skipped
    assert codes(_numbered(1, 2, 1, 2, 1)) == []                 # each level numbered on its own
    assert codes(_numbered("1.1", "1.2", "2.1", "2.1", "3.1")) == []   # not plain numbers: not checked


def test_serial_number_out_of_place_is_not_missing():
    """1346 (a pg_dump's COPY rows in storage order): the row updated after loading comes last, its 序号
    still telling its place (1, 2, 4, 5, 3). A number standing elsewhere in the run is not skipped; one
    found nowhere still is."""
    assert codes(_numbered(1, 2, 4, 5, 3)) == []
    assert codes(_numbered(1, 2, 4, 5, 7)) == ["JX103", "JX103"]     # 3 and 6 found nowhere


@pytest.mark.parametrize("prose,code", [
    ("收入合计100.00万元，其中：财政拨款收入90.00万元，占80.00%；其他收入10.00万元，占10.00%。", "JX601"),
    ("本年支出74.24万元，比2018年增加27.34万元，增长36.83%。", "JX602"),
    ("支出决算为**万元，完成预算**%。", "JX701"),
    ("全年享受异地就医政策报销2.42人次。", "JX801"),
    ("项目总计算式：174.83/178.95*100%=97.14%。", "JX202"),
    ("全年财政资金预算30万元，执行资金24万元，执行率90%。", "JX202"),   # 100% would be the table's (then JX501's 24)
    ("资料由10项精简到5项。\n办事时将原来的10项精简到4项。", "JX501"),
    ("1.甲。\n2.乙。\n3.丙。\n5.丁。", "JX103"),
    ("1.完成甲工作。2.做好乙工作。3.完成丙工作。3.处理丁工作。4.指导戊工作。", "JX103"),   # 3 twice, run in (007)
])
def test_prose_rules_fire(prose, code):
    assert code in codes(report(prose=prose))


@pytest.mark.parametrize("prose,code", [
    # the budget is an allocation, exact; 48 spent is at most 48.5: 97%, not 98%
    ("项目预算资金50万元，截至12月31日，已支付48万元，资金执行率98%。", "JX202"),
    ("项目预算资金50万元，实际支出55万元，预算执行率为110%。", "JX201"),
    ("项目支出45万元，其中：人员经费30万元，公用经费10万元，合计45万元。", "JX604"),
    ("财政拨款收入900万元，占总收入1200万元的80%。", "JX601"),
    ("本年支出1200万元，较2022年的1000万元增长25%。", "JX602"),
    ("本年支出１,０７４.２４万元，比上年增加２７.３４万元，增长３６.８３％。", "JX602"),
    ("全年完成培训1200人次，目标1000人次，完成率110%。", "JX409"),
    ("项目资金来源为中央资金30万元、省级资金20万元，共计40万元。", "JX604"),
    ("中央资金30万元，省级资金20万元，县级资金10万元，共计70万元。", "JX604"),
])
def test_prose_arithmetic_in_other_wordings(prose, code):
    assert code in codes(report(prose=prose))


def test_listed_amounts_grouped_by_commas_are_summed_whole():
    """546 (planted blind): 主要用于：污水处理站建设1,051.20万元、…、工程设计监理及检测费56.60万元，共计2,116.80万元: the
    comma of 1,051.20 groups digits, it splits no clause: four parts (2,106.80), not three (1,055.60)."""
    prose = "项目资金主要用于：站点建设1,051.20万元、管网铺设786.40万元、接入改造212.60万元、监理检测费56.60万元，共计{}万元。\n"
    assert "JX604" not in codes(report(prose=prose.format("2,106.80")))
    [f] = [f for f in flags(report(prose=prose.format("2,116.80"))) if f.rule == "JX604"]
    # the sum written as the document writes its total, grouped and to its places (not 2106.8)
    assert "4 项" in f.message and "之和为 2,106.80万元" in f.message and "相差 10.00万元" in f.message


def test_a_change_measured_from_the_previous_year_written_before_it():
    """较上年951.00万元增加120.00万元，增长15.0% (418, planted blind): the base is the previous year's
    figure written right before the change, 120 / 951 = 12.6%, not the current figure less the change."""
    ok = "2023年项目全年执行资金1,071.00万元，较上年951.00万元增加120.00万元，增长12.6%。"
    assert "JX602" not in codes(report(prose=ok))
    [f] = [f for f in flags(report(prose=ok.replace("12.6%", "15.0%"))) if f.rule == "JX602"]
    assert (f.stated, f.expected) == ("15.0%", "12.62%") and "上年 951.00万元" in f.message
    # a fall from the base written the same way
    assert "JX602" not in codes(report(prose="支出900.00万元，比上年1,000.00万元减少100.00万元，下降10.0%。"))
    assert "JX602" in codes(report(prose="支出900.00万元，比上年1,000.00万元减少100.00万元，下降11.1%。"))


def test_a_change_stated_both_ways_read_by_a_grammar_of_direction():
    """grammar23: the two verbs of a change stated as an amount and a rate are the grammar of change (降低 / 压减 /
    增幅 / 降幅 as 增加 / 下降 are), their direction by their morphemes: a rate in 降幅 / 增幅 is judged too."""
    said = "支出900.00万元，比上年1,000.00万元减少100.00万元，降幅{}%。"
    assert "JX602" not in codes(report(prose=said.format("10.0")))
    assert [(f.stated, f.expected) for f in flags(report(prose=said.format("11.1"))) if f.rule == "JX602"] == \
        [("11.1%", "10%")]
    assert [(f.stated, f.expected) for f in flags(report(prose="本年支出74.24万元，比上年增加27.34万元，增幅36.83%。"))
            if f.rule == "JX602"] == [("36.83%", "58.29%")]
    # one way, then the other: a contradiction, whichever words say it
    assert [(f.stated, f.expected) for f in flags(report(prose="本年支出74.24万元，比上年压减27.34万元，增幅58.29%。"))
            if f.rule == "JX602"] == [("增幅", "下降")]
    # a change from the previous year's figure told with 降低 (CHANGE_FROM)
    assert "JX602" in codes(report(prose="本年支出900万元，较上年的1000万元降低12%。"))
    assert "JX602" not in codes(report(prose="本年支出900万元，较上年的1000万元降低10%。"))


def test_basic_spending_is_staff_plus_public_costs_in_a_sentence_or_over_lines():
    """基本支出 names every part (人员经费 + 公用经费): they add up exactly, also when the parts stand
    one per line under a paragraph ending in 其中：; other 其中 lists may name only some parts."""
    lines = ("2019年基本支出814.46万元，其中：\n人员经费740.22万元，主要包括：基本工资。\n"
             "日常公用经费{}万元，主要包括：办公费。\n")
    assert "JX604" not in codes(report(prose=lines.format("74.24")))
    [f] = [f for f in flags(report(prose=lines.format("70.24"))) if f.rule == "JX604"]
    assert (f.stated, f.expected) == ("814.46万元", "810.46万元") and len(f.locations) == 3
    assert "JX604" in codes(report(prose="基本支出790万元，其中：人员经费650万元，公用经费130万元。"))
    assert "JX604" not in codes(report(prose="项目支出790万元，其中：培训经费650万元，宣传经费130万元。"))


def test_parts_in_brackets_after_a_whole_end_at_the_closing_bracket():
    """全年预算数4,800.00万元（其中中央3,600.00万元、省级1,200.00万元），全年执行数4,704.00万元 (326): the parts are
    what the bracket holds; the clause after it is no part. A bracket whose parts exceed the whole is still flagged."""
    sentence = "项目年初预算数4,500.00万元，全年预算数4,800.00万元（其中中央财政资金3,600.00万元、省级财政资金{}万元），" \
               "全年执行数4,704.00万元，预算执行率98.00%。"
    assert "JX604" not in codes(report(prose=sentence.format("1,200.00")))
    assert "JX604" in codes(report(prose=sentence.format("1,300.00")))


def test_amounts_listed_after_commas_are_each_read():
    """分别为40万元，30万元，20万元: each amount after a comma is a part, not punctuation glued to a
    number as if it were a thousands separator."""
    def jx604(parts):
        return [f for f in flags(report(prose=f"项目资金100万元，分别为{parts}。")) if f.rule == "JX604"]
    [f] = jx604("40万元，30万元，20万元")
    assert (f.stated, f.expected) == ("100万元", "90万元")
    assert jx604("40万元，30万元，30万元") == []


def test_all_targets_met_claimed_in_a_report_without_tables():
    def jx403(text):
        recs = normalize_document(read_bytes(text.encode(), "p.txt"))
        return [f for f in check(recs) if f.rule == "JX403"]
    claim = "年初设定的绩效目标全部完成。\n"
    assert len(jx403("全年完成培训800人次，目标1000人次。\n" + claim)) == 1
    assert jx403("全年完成培训1200人次，目标1000人次。\n" + claim) == []
    assert jx403("投诉办结时限目标≤5个工作日，实际3个工作日。\n" + claim) == []


def test_a_total_after_the_parts_of_qizhong_is_their_sum_not_a_part():
    [f] = [f for f in flags(report(prose="项目支出45万元，其中：人员经费30万元，公用经费10万元，合计45万元。"))
           if f.rule == "JX604"]
    assert (f.stated, f.expected) == ("45万元", "40万元") and "“合计”写为 45万元" in f.message


@pytest.mark.parametrize("prose", [
    # thousands separators, full-width digits and space-grouped numbers read whole or not at all
    "收入合计1,060.67万元，其中：财政拨款收入906.51万元，占85.47%；其他收入154.16万元，占14.53%。",
    "收入合计１０６０．６７万元，其中：财政拨款收入９０６．５１万元，占８５．４７％；其他收入１５４．１６万元，占１４．５３％。",
    "收入合计1 060.67万元，其中：财政拨款收入906.51万元，占85.47%；其他收入154.16万元，占14.53%。",
    "本年支出1,074.24万元，比上年增加27.34万元，增长2.61%。",
    "项目总投资1.2亿元，其中：中央资金8000万元，省级资金4000万元，合计1.2亿元。",
    "财政拨款收入900万元，占总收入1200万元的75%。",
    "本年支出1200万元，较2022年的1000万元增长20%。",
    "全年完成培训1200人次，目标1000人次，完成率120%。",
    "年度目标覆盖率≥95%，实际完成98%，完成率103.16%。",
    "计划新建道路12公里，实际完成10公里，完成率83.33%。",
    "省财政下达资金25万元，县级配套5万元。",      # one source of the table's budget of 30
    "项目资金来源为中央资金20万元、省级资金10万元，共计30万元。",
    "年初安排培训费12万元，宣传费8万元，会议费5万元，共计节约3万元。",   # a difference, not a sum
    "培训费10万元，宣传费5万元，共计16万元。",           # two parts split by ，: too few to tell a list
    "截至6月底，项目已支付25万元。",               # part of the year, not the year's 30
    "项目预算资金50万元，实际支出55万元（含上年结转资金5万元），执行率110%。",
])
def test_prose_figures_written_other_ways_raise_nothing(prose):
    assert codes(report(prose=prose)) == []


@pytest.mark.parametrize("prose", [
    "收入合计100.00万元，其中：财政拨款收入90.00万元，占90.00%；其他收入10.00万元，占10.00%。",
    "本年支出74.24万元，比2018年增加27.34万元，增长58.29%。",
    "全年享受异地就医政策报销2.42万人次。",
    "全年财政资金预算30万元，执行资金30万元，执行率100%。",
    "项目执行率=29/29*100%=100%。",
])
def test_prose_rules_pass(prose):
    assert codes(report(prose=prose)) == []


def test_markdown_emphasis_is_no_unfilled_figure():
    # a copy written in Markdown (a heading line) marks emphasis with a pair of ** around words
    assert "JX701" not in codes(report(prose="## 一、项目概况\n项目在**甲镇、乙镇、丙镇**等6个乡镇实施。"))
    assert "JX701" not in codes(report(prose="## 三、偏差原因\n1. **供水保证率**：目标≥95%，实际90%。"))
    # a figure left unfilled stays one in Markdown: the pair spans a clause break, or ** stands alone
    assert "JX701" in codes(report(prose="## 一、概况\n支出决算为**万元，完成预算**%。"))
    assert "JX701" in codes(report(prose="## 一、概况\n受益人数≥**人。"))
    # without Markdown's evidence, a pair of ** is a template's two figures as before
    assert "JX701" in codes(report(prose="项目在**甲镇、乙镇、丙镇**等6个乡镇实施。"))


def test_a_banner_of_stars_around_words_is_no_unfilled_figure():
    # a print's end-of-report banner frames its words with stars set apart from them
    assert "JX701" not in codes(report(prose="*** 报表结束 ***"))
    # a template's unfilled figures written close to their words stay placeholders
    assert "JX701" in codes(report(prose="***（款）***"))
    assert "JX701" in codes(report(prose="*** 万元 ***，完成预算**%。"))


def test_a_line_opened_by_a_programs_message_stars_is_no_unfilled_figure():
    # Teradata BTEQ opens its messages with ' *** ' (a log's mark), no star after it in the line
    assert "JX701" not in codes(report(prose=" *** Query completed. 13 rows found. 9 columns returned."))
    # stars again later in the line are a template's figures as before
    assert "JX701" in codes(report(prose="*** 支出决算为**万元。"))


def test_a_rule_of_stars_and_xx_inside_a_code_are_no_unfilled_figures():
    # a transcript's rule line of stars alone, and XX among a code's Latin letters (a file or a group name)
    assert "JX701" not in codes(report(prose="**********************\nWindows PowerShell transcript start"))
    assert "JX701" not in codes(report(prose="$ dbview XMXX.DBF\n&XMXX"))
    # a short run of stars alone, and XX standing for digits, stay placeholders
    assert "JX701" in codes(report(prose="受益人数：**"))
    assert "JX701" in codes(report(prose="支出决算为XX万元。"))


def test_asterisks_that_the_copy_says_hide_text_are_not_unfilled_template():
    masked = "下文中****为隐藏内容。\n我局按照《**市就业项目管理方案》开展自评。"
    assert "JX701" not in codes(report(prose=masked))
    # the other placeholders of the same copy are still template text
    assert "JX701" in codes(report(prose=masked + "\n支出较上年增加/减少。"))
    assert "JX701" in codes(report(prose="我局按照《**市就业项目管理方案》开展自评。"))


def test_a_restatement_written_to_as_many_places_is_a_copy():
    # the total score is exact: 99 in the prose is not the table's 100
    assert "JX501" in codes(report(prose="项目自评得分99分。"))
    # a budget of 30 restated as 33 (10% apart) is the same figure told wrong
    assert "JX501" in codes(report(prose="全年财政资金预算33万元，执行资金30万元。"))
    # a computed rate may be rounded once and cut once: 85.79 and 85.80 are one rate
    ok = report(budget="29", executed="24.8805", rate="85.79%", fund_s="8.58", total="98.58",
                prose="项目执行率85.80%。")
    assert "JX501" not in codes(ok)
    # far apart (a sub-item's budget) is another figure
    assert "JX501" not in codes(report(prose="其中培训预算5万元。"))


def test_a_budget_of_one_stage_restates_only_that_stage():
    # the table's 预算数 is the full-year budget; the sentence's 年初预算数 is the budget as first passed,
    # another figure (406: 年初预算数2,600.00万元 beside 全年预算数2,750.00万元)
    prose = "项目年初预算数28万元，全年预算数30万元，全年执行数30万元。"
    assert "JX501" not in codes(report(prose=prose))
    # a 全年 figure is still held to the table's full-year budget
    assert "JX501" in codes(report(prose="项目年初预算数28万元，全年预算数33万元，全年执行数30万元。"))


def test_an_indicator_result_told_again_in_the_prose():
    [f] = [f for f in flags(report(prose="全年培训次数3次，参保率达到99%。")) if f.rule == "JX501"]
    assert (f.stated, f.expected) == ("99%", "96%") and "参保率" in f.message
    assert "JX501" not in codes(report(prose="全年参保率达到96%。"))         # the same
    assert "JX501" not in codes(report(prose="年初设定参保率目标为95%。"))    # the target told
    assert "JX501" not in codes(report(prose="参保率较上年提高，其中农村居民达到90%。"))   # another figure between


def test_the_parts_after_qizhong_end_at_a_clause_of_another_measure():
    """Issue 21 (715): 实际支出X元，其中中央A元、省级B元、县级C元，预算执行率…，未支出D元: the rate's clause ends the
    parts, so D (what was not spent) is no fourth part; parts running past the whole before it still are."""
    ok = "项目实际支出28元，其中中央资金20元、省级资金5元、县级资金3元，预算执行率93.33%，未支出2元为尾款。"
    assert "JX604" not in codes(report(prose=ok))
    assert "JX604" in codes(report(prose=ok.replace("县级资金3元", "县级资金13元")))


def test_a_figure_after_qizhong_is_a_part_not_the_whole_restated():
    """Issue 21 (715, 717): 项目自评得分100分，其中…绩效指标得分90分 and 执行30万元，其中中央资金执行24万元 tell the
    whole, then its parts: a part is not the total or the executed restated; a 合计 after the parts is the
    whole again."""
    assert "JX501" not in codes(report(prose="项目自评得分100分，其中资金执行得分10分，绩效指标得分90分，等级为优。"))
    assert "JX501" not in codes(report(prose="项目全年执行30万元，执行率100%，其中中央资金执行24万元，地方资金执行6万元。"))
    assert "JX501" in codes(report(prose="其中中央资金执行24万元，地方资金执行8万元，合计执行32万元。"))


def test_an_indicator_result_told_under_the_longer_name_ending_there():
    """Issue 21 (716): 群众满意度's key (满意度) is the tail of 服务对象满意度; 服务对象满意度90% is that indicator's
    result, not 群众满意度's told differently; told wrong it is still flagged as that indicator's."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%", "92%", "20", "20", "")]
    assert "JX501" not in codes(report(rows=rows, prose="群众满意度95%，服务对象满意度92%。"))
    assert "JX501" in codes(report(rows=rows, prose="群众满意度95%，服务对象满意度88%。"))


def test_results_told_respectively_after_names_joined_by_dun_are_each_their_own():
    """Issue 21 (788): 甲、乙、群众满意度分别为A、B、C: the first figure is the first name's, not the
    result of the indicator named last right before 分别; one name told wrong is still flagged."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "95.2%", "25", "25", ""),
            ("满意度指标", "服务对象满意度指标", "教师满意度", "≥85%", "91.8%", "25", "25", "")]
    assert "JX501" not in codes(report(rows=rows, prose="学生、家长、教师满意度分别为95.2%、93.7%、91.8%。"))
    assert "JX501" in codes(report(rows=rows, prose="教师满意度为95.2%。"))
    # the names on the line before, cut off (788's scan): several figures after 分别 are still several names'
    assert "JX501" not in codes(report(rows=rows, prose="教师满意度分别为95.2%、93.7%、91.8%。"))


def test_the_same_label_restated_differently_in_two_sentences():
    prose = "3、职工医疗保险经费：预算20万元，执行完成20万元；\n……\n3、职工医疗保险经费：预算22万元执行完成20万元；"
    assert "JX501" in codes(report(prose=prose))
    # without a label, different budgets in a list are different figures
    assert "JX501" not in codes(report(prose="甲经费预算20万元；\n乙经费预算22万元；"))


def test_a_whole_and_its_parts_are_not_one_figure_restated():
    """Set 1432-1437 (1435, after real 031): 中央下达补助资金188.29万元, then two notices each 下达给我单位资金
    186.42万元 and 1.87万元: 188.29 is the whole of the two parts it states (186.42 + 1.87), not 186.42 written
    otherwise; and two amounts each told from its own notice (【2021】126号, 【2021】318号) are two notices'
    figures, not one item restated. Parts that do not make the whole, or one notice told twice, still are."""
    whole = "中央下达补助资金188.29万元。\n"
    first = "根据某财指（资环）【2021】126号文件，下达给我单位资金186.42万元，已全部到位。\n"
    second = "根据某财指（资环）【2021】318号文件，下达给我单位资金{}万元，已全部到位。\n"
    assert "JX501" not in codes(whole + first + second.format("1.87"))
    assert "JX501" in codes(whole + first + second.format("1.86"))     # 186.42 + 1.86 is not 188.29
    same_notice = second.replace("318号", "126号")
    assert "JX501" in codes(whole + first + same_notice.format("1.87"))   # one notice, two amounts
    led_otherwise = first.replace("根据", "按照").replace("186.42", "186.24")
    assert "JX501" in codes(first + led_otherwise)    # one notice (按照… / 根据…), its amount written two ways


def test_a_third_figure_equal_to_the_difference_hides_no_restatement_slip():
    """JX501's whole-and-part skip takes a third figure for the other part only where the two parts are stated as
    parts: each told from its own notice, or in the same words before the figure. 186.42 written for 188.29 is
    still a slip where the 1.87 that makes the difference is said of something else (另向乡镇…)."""
    slip = "本年下达补助资金188.29万元，已全部到位。\n经核实，本年下达补助资金186.42万元，已全部到位。\n"
    assert "JX501" in codes(slip + "另向乡镇下达补助资金1.87万元。\n")
    assert "JX501" not in codes(slip.replace("经核实，", "") + "本年下达补助资金1.87万元，已全部到位。\n")


def test_prose_against_table():
    assert "JX501" in codes(report(prose="全年财政资金预算30.8万元，执行资金30万元。"))
    # a budget is set, not measured: 31 against 30, both in whole 万元, is another figure; 30.00 is the same
    assert "JX501" in codes(report(prose="全年财政资金预算31万元，执行资金30万元。"))
    assert codes(report(prose="全年财政资金预算30.00万元，执行资金30万元。")) == []
    assert codes(report(budget="30.4", executed="30", rate="98.68%", prose="全年财政资金预算30万元。")) == []
    # another year's figures are not restatements
    assert codes(report(prose="2023年度项目绩效自评报告，2023年项目执行良好。\n2020年度该项目资金预算31万元。")) == []


def test_flag_carries_evidence_and_stable_id():
    a = flags(report(executed="24.8805", rate="97.14%"))
    b = flags(report(executed="24.8805", rate="97.14%"))
    f = next(x for x in a if x.rule == "JX202")
    assert f.id == next(x for x in b if x.rule == "JX202").id
    assert f.stated == "97.14%" and f.expected.endswith("%") and f.tolerance.startswith("±")
    assert "执行率" in f.message and f.locations and all(loc.file == "r.txt" for loc in f.locations)
    assert f.locations[0].row == 2 and f.locations[0].col == 4


def test_every_rule_is_documented():
    for code, r in RULES.items():
        assert code.startswith("JX") and r.summary and r.explanation and r.good and r.bad
        assert r.severity in ("high", "medium", "low")


def test_config_selects_ignores_and_overrides(tmp_path):
    cfg = tmp_path / "jixiao.toml"
    cfg.write_text('[rules]\nselect = ["JX2"]\nignore = ["JX203"]\n[rules.severity]\nJX201 = "low"\n', encoding="utf-8")
    config = load_config(cfg)
    got = flags(report(executed="33", rate="97.14%", fund_s="7"), config)
    assert {f.rule for f in got} == {"JX201", "JX202"}
    assert next(f for f in got if f.rule == "JX201").severity == "low"
    cfg.write_text('[rules]\nignore = ["JX999"]\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(cfg)


def test_interval_arithmetic():
    a = Interval.of(Decimal("174.83"), Decimal("0.005"))
    b = Interval.of(Decimal("178.95"), Decimal("0.005"))
    rate = a / b * Interval.exact(100)
    assert not rate.overlaps(Interval.of(Decimal("97.14"), Decimal("0.005")))
    assert rate.overlaps(Interval.of(Decimal("97.70"), Decimal("0.005")))
    assert Interval.of(Decimal("85.79"), Decimal("0.005")).overlaps(Interval.of(Decimal("85.80"), Decimal("0.005")))


def test_parts_must_add_up_to_the_total_when_shares_make_100():
    bad = "财政拨款支出1061.62万元，其中基本支出814.47万元，占财政拨款支出的76.72%；项目支出247.11万元，占财政拨款支出的23.28%。"
    good = "财政拨款支出1061.58万元，其中基本支出814.47万元，占76.72%；项目支出247.11万元，占23.28%。"
    partial = "支出100万元，其中基本支出60万元，占60%。"
    assert "JX603" in codes(report(prose=bad))
    assert codes(report(prose=good)) == []
    assert codes(report(prose=partial)) == []


def test_a_parts_share_is_read_whatever_words_say_share():
    """The share after a part is read by its words' grammar, not one form: 占76.72%, 占比76.72% (fixleft21
    left it unread), 占财政拨款支出的比重为76.72%. So parts whose shares make 100% are held to their total
    (JX603) and each share to its part (JX601) in every form."""
    bad = "财政拨款支出1061.62万元，其中基本支出814.47万元，占比76.72%；项目支出247.11万元，占比23.28%。"
    good = "财政拨款支出1061.58万元，其中基本支出814.47万元，占财政拨款支出的比重为76.72%；项目支出247.11万元，占比23.28%。"
    wrong = "财政拨款支出1061.58万元，其中基本支出814.47万元，占比77.72%；项目支出247.11万元，占比22.28%。"
    assert codes(report(prose=bad)) == ["JX603"]
    assert codes(report(prose=good)) == []
    assert codes(report(prose=wrong)) == ["JX601", "JX601"]


def test_a_breakdown_with_shares_reads_a_rate_clause_after_its_total_and_a_measure_as_money():
    """678 (planted blind): 全年实际支出2,522.00万元，执行率97.00%，其中：… four uses with shares making
    100% whose amounts make 2,521.00: the total's own rate between it and 其中 keeps the breakdown;
    建设高标准农田2.8万亩，其中高效节水灌溉面积0.65万亩，占32.2% is a share of a measure (23.2%). Parts in
    another unit than the whole are no parts of it."""
    def found(prose):
        return [(f.rule, f.stated) for f in flags(report(prose=prose + "\n")) if f.rule in ("JX601", "JX603")]
    uses = ("全年实际支出2,522.00万元，执行率97.00%，其中：田块整治1,136.40万元，占45.1%；灌溉与排水工程861.30万元，"
            "占34.2%；田间道路工程398.50万元，占15.8%；其他费用124.80万元，占4.9%。")
    assert found(uses) == [("JX603", "2,522.00万元")]
    assert found(uses.replace("861.30", "862.30")) == []
    assert found("建设高标准农田2.8万亩，其中高效节水灌溉面积0.65万亩，占32.2%。") == [("JX601", "32.2%")]
    assert found("建设高标准农田2.8万亩，其中高效节水灌溉面积0.65万亩，占23.2%。") == []
    assert found("受益农户1.26万户，其中脱贫户0.41万户，占32.5%。") == []
    assert found("受益农户1.26万户，其中脱贫户4100人，占12.5%。") == []     # another unit: no part of it
    # a figure told as a change, with its change rate, is no total the parts after 其中 break down (raw 033)
    assert found("本年收入合计6023.69万元，比上年增加418.47万元，增长7.47%，其中：财政拨款收入5505.38万元，占收入合计的"
                 "91.40%；事业收入514.89万元，占收入合计的8.55%；其他收入3.42万元，占收入合计的0.06%。") == []


def test_a_share_told_in_a_running_text_cell_and_after_a_breakdown_of_another_unit():
    """729 (planted blind): the 实际完成情况 cell of a 年度总体目标 row is running text (a table cell,
    no paragraph) and breaks a measure down, then a count: 1.8万亩，其中…；带动林农就业1260人，其中脱贫人口
    315人，占28.0% (25.0%). The cell is read as a paragraph is, and each unit's total as its own breakdown."""
    lines = report().split("\n")
    goal = ("年度总体目标\t完成造林任务，带动林农就业1200人以上。\t全年完成造林1.8万亩，其中人工造林0.8万亩、封山育林"
            "1.0万亩；带动林农就业1260人，其中脱贫人口315人，占{}。")

    def found(pct, cell=True):
        text = "\n".join(lines[:3] + [goal.format(pct)] + lines[3:]) if cell else report(prose=goal.format(pct)[7:])
        return [(f.rule, f.stated) for f in flags(text) if f.rule in ("JX601", "JX603")]
    assert found("28.0%") == [("JX601", "28.0%")]
    assert found("28.0%", cell=False) == [("JX601", "28.0%")]
    assert found("25.0%") == [] and found("25.0%", cell=False) == []


def test_two_kinds_the_document_splits_the_whole_into_elsewhere_must_make_it():
    """729 (planted blind): the 预期目标 cell plans 1.8万亩（集约人工林栽培0.82万亩、现有林改培0.98万亩）, the two
    kinds making the whole; the 实际完成情况 cell splits the same whole into the same two kinds, 0.72 + 0.98 =
    1.70. Two kinds are the whole where the document itself splits a whole of that unit into them adding up;
    without that (or where the plan's kinds do not add up either) they may be some kinds only."""
    plan = "建设国家储备林1.8万亩（集约人工林栽培{}万亩、现有林改培0.98万亩），带动林农就业。"
    done = "全年完成国家储备林建设1.8万亩，其中集约人工林栽培{}万亩、现有林改培0.98万亩。"

    def found(*prose):
        return [(f.rule, f.stated) for f in flags(report(prose="\n".join(prose) + "\n")) if f.rule == "JX603"]
    assert found(plan.format("0.82"), done.format("0.72")) == [("JX603", "1.8万亩")]
    assert found(plan.format("0.82"), done.format("0.82")) == []
    assert found(done.format("0.72")) == []                           # no evidence the two are the whole
    assert found(plan.format("0.62"), done.format("0.72")) == []      # the plan's kinds do not make it either
    # the plan's own split in brackets is held to its whole as a split after 其中 is
    assert found("新建管网86.5公里（主管网32.4公里、支管网48.6公里）。") == [("JX603", "86.5公里")]


def test_a_measure_split_in_two_halves_after_qizhong_must_add_up():
    """490 (planted blind): 管网86.5公里，其中主管网32.4公里、支管网48.6公里 (81.0): two halves of one
    thing, their labels one word but for one character, make the whole; steps of a series (一级 / 二级)
    and longer lists may leave parts out, and money is JX604's."""
    def jx603(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX603"]
    assert jx603("新建改造农村供水管网86.5公里，其中主管网32.4公里、支管网48.6公里；新建水厂2处。") == \
        [("86.5公里", "81.0公里")]
    assert jx603("新建改造农村供水管网81.0公里，其中主管网32.4公里、支管网48.6公里。") == []
    assert jx603("办理异地就医备案3081人次，其中省内备案2158人次，省外备案923人次。") == []
    assert jx603("办理异地就医备案3090人次，其中省内备案2158人次，省外备案923人次。") == [("3090人次", "3081人次")]
    assert jx603("受益6.12万人，其中男性3.1万人、女性3.02万人。") == []           # 6.12 within its rounding
    assert jx603("改造农村公路120公里，其中一级公路30公里、二级公路50公里。") == []    # a series: 三级 may follow
    assert jx603("改造农村公路120公里，其中县道30公里、乡道50公里、村道20公里。") == []  # three parts: not checked
    assert jx603("下达资金120万元，其中主体资金30万元、配套资金50万元。") == []        # money: JX604's


def test_a_total_written_after_its_parts_is_their_sum():
    """1075 (planted blind): 新建砖混羊舍78栋、轻钢羊舍38栋，合计126栋 (116): a 合计 closing a run of parts
    in its unit, one to a clause, is their sum, with no 其中 to announce them; a measured figure stands for
    its rounding, the run stops at a clause that is no part, and a part in another unit ends it."""
    def jx603(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX603"]
    assert jx603("项目在三镇实施，新建砖混结构标准化羊舍78栋、轻钢结构标准化羊舍38栋，合计126栋。") == \
        [("126栋", "116栋")]
    assert jx603("项目在三镇实施，新建砖混结构标准化羊舍78栋、轻钢结构标准化羊舍38栋，合计116栋。") == []
    assert jx603("硬化主干道3.2公里、支路1.5公里，共计4.6公里。") == []         # 4.7 within the rounding of each
    assert jx603("硬化主干道3.2公里、支路1.5公里，共计4.9公里。") == [("4.9公里", "4.7公里")]
    assert jx603("新建羊舍78栋、购置饲草料38吨，合计126栋。") == []               # one part only in the unit
    assert jx603("建设羊舍150栋，其中砖混羊舍78栋、轻钢羊舍38栋，合计116栋。") == []  # the run opens after 其中
    assert jx603("增加羊舍78栋、新建羊舍38栋，合计126栋。") == []                 # a change is no part
    assert jx603("用于羊舍建设30万元、饲草料50万元，合计90万元。") == []            # money: JX604's


def test_a_share_may_take_its_whole_from_the_sentence_before():
    """1075 (planted blind): 项目共带动512户养殖户增收。带动户中脱贫户318户，占比65.2% (62.1%): a share whose
    sentence states no whole takes the one figure of its unit in the sentence right before; two candidates,
    another figure of the unit beside the part, or a whole no larger than the part is no reading."""
    def jx601(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX601"]
    assert jx601("项目共带动512户养殖户增收。带动户中脱贫户318户，占比65.2%。") == [("65.2%", "62.1%")]
    assert jx601("项目共带动512户养殖户增收。带动户中脱贫户318户，占比62.1%。") == []
    assert jx601("项目共带动512户养殖户增收。带动户中脱贫户318户，占比62.2%。") == []  # within 318 and 512 rounded
    assert jx601("项目带动512户增收，培训300户。带动户中脱贫户318户，占比65.2%。") == []   # two candidates
    assert jx601("项目共带动512户养殖户增收。新增带动20户，其中脱贫户318户，占比65.2%。") == []  # a whole of its own
    assert jx601("项目共带动200户养殖户增收。带动户中脱贫户318户，占比65.2%。") == []   # no whole of the part
    assert jx601("项目共带动512户养殖户增收。带动户中脱贫户318户，占比62%。") == []     # 62.1 rounds to 62
    # a share naming its whole takes the figure before only where that figure's clause names it
    assert jx601("项目共带动农户512户。其中脱贫户318户，占带动农户的65.2%。") == [("65.2%", "62.1%")]
    assert jx601("全县有脱贫户512户。项目带动脱贫户318户，占全县农户的65.2%。") == []


def test_two_parts_the_second_naming_the_rest_make_the_whole():
    """596 (planted blind): 受益农户3,120户，其中脱贫户2,046户、一般农户1,164户 (3,210): a kind and the rest of
    the whole (一般 / 其他 / 非…) are the whole; two kinds named each for itself may be some kinds only."""
    def jx603(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX603"]
    assert jx603("2023年项目受益农户3,120户，其中脱贫户2,046户、一般农户1,164户；完成改造1.53万亩。") == \
        [("3,120户", "3210户")]
    assert jx603("受益农户3,210户，其中脱贫户2,046户、一般农户1,164户。") == []
    assert jx603("覆盖行政村40个，其中重点村12个、其他村26个。") == [("40个", "38个")]
    assert jx603("受益农户3,120户，其中脱贫户2,046户、非脱贫户1,164户。") == [("3,120户", "3210户")]
    assert jx603("受益农户3,120户，其中脱贫户2,046户、监测户1,164户。") == []    # two kinds, maybe not all


def test_basic_expenditure_compared_across_funding_scopes_but_totals_are_not():
    prose = ("本年支出合计1061.63万元，其中：基本支出814.52万元。\n"
             "一般公共预算财政拨款基本支出814.46万元。\n"
             "全年收入总计1060.67万元。\n财政拨款收入总计1060.62万元。")
    got = [f for f in flags(report(prose=prose)) if f.rule == "JX501"]
    assert [f.stated for f in got] == ["814.46万元"]


def test_scores_are_exact_so_a_total_one_point_off_is_flagged_whatever_the_row_count():
    rows = [("产出指标", "数量指标", f"指标{k}", "≥2次", "3次", "10", "10", "") for k in range(9)]
    assert codes(report(rows=rows, total="100")) == []
    for total in ("99", "101", "97"):
        got = flags(report(rows=rows, total=total))
        [f] = [x for x in got if x.rule == "JX302"]
        # the nine indicator scores are exact: the only slack is the fund score's own rounding
        assert f.tolerance.startswith("±0.5（资金得分")
        # 101 is also above the full marks 100 (JX305); nothing else is raised
        assert sorted(x.rule for x in got) == (["JX302", "JX305"] if total == "101" else ["JX302"])


def test_rows_a_numbered_row_adds_up_count_in_it_not_again():
    """1234 (Shidian, the 20/80 form of passage 001; the session's starting reader raised JX302 98.94, FALSE): under
    数量指标 一、 rows sum the 1、 2、 3、 rows under them (target and score), so the 总分 adds the 一、 row and not its
    parts again. Where the 一、 row is not their sum, nothing says they are its parts: every row counts and a
    wrong total is still raised."""
    def rows(parent_score):
        return [("产出指标", "数量指标", "一、示范区建设", "≥12000亩", "12000亩", "", parent_score, ""),
                ("产出指标", "数量指标", "1、增施有机肥", "≥5000亩", "5000亩", "", "20", ""),
                ("产出指标", "数量指标", "2、秸秆还田", "≥4000亩", "4000亩", "", "10", ""),
                ("产出指标", "数量指标", "二、土壤样品化验", "≥200个", "200个", "", "30", ""),
                ("效益指标", "社会效益指标", "受益农户数", "3000户", "3000户", "", "30", "")]
    assert "JX302" not in codes(report(rows=rows("30"), total="100"))
    assert "JX302" in codes(report(rows=rows("25"), total="95"))   # 25 is not 20 + 10: 10 + 125 ≠ 95


def test_a_rounded_fund_score_gets_its_own_rounding_only():
    # 10 × 95.8% = 9.58, written 9.58; 90 + 9.58 = 99.58 written as 99.58, or rounded to 100
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "90", "90", "")]
    assert "JX302" not in codes(report(executed="28.74", rate="95.8%", fund_s="9.58", rows=rows, total="99.58"))
    assert "JX302" not in codes(report(executed="28.74", rate="95.8%", fund_s="9.58", rows=rows, total="100"))
    [f] = [f for f in flags(report(executed="28.74", rate="95.8%", fund_s="9.58", rows=rows, total="99.5"))
           if f.rule == "JX302"]
    assert "资金得分" in f.message


def test_indicator_points_in_the_header_complete_the_fund_block_of_another_table():
    text = ("绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\n"
            "\t产出指标\t数量指标\t培训次数\t≥\t2\t次\t3\t50\t50\n"
            "\t效益指标\t社会效益指标\t参保率\t≥\t95\t%\t96\t40\t40\n"
            "合计\t\t\t\t\t\t\t\t100\t\n")
    assert "JX303" not in codes(text)
    assert "JX303" in codes(text.replace("\t40\t40", "\t30\t30"))
    recs = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
    first = recs.indicators[0]
    assert (first.target.q.op, first.target.q.value, first.target.q.unit) == (">=", Decimal(2), "次")
    assert first.actual.q.unit == "次" and "合读" in first.note


def test_a_range_target_is_missed_below_its_low_end():
    def rows(actual):
        return [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
                ("效益指标", "社会效益指标", "参保率", "90%-95%", actual, "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert "JX401" in codes(report(rows=rows("85%")))
    assert "JX401" not in codes(report(rows=rows("92%")))
    assert "JX401" not in codes(report(rows=rows("97%")))


def test_a_row_a_note_scores_by_a_rule_of_its_own_is_not_off_the_tables_model():
    """567: the quantity rows follow the proportional model (58.5 / 62 × 8 = 7.55, 45 / 48 × 8 = 7.5);
    the note under the form gives the satisfaction rows their own rule (每低1个百分点扣1分), which
    scores 88% of ≥90% 10 − 2 = 8. A rule the document states for a row is that row's model."""
    rows = [("产出指标", "数量指标", "改造里程", "≥62公里", "58.5公里", "8", "7.55", "管线迁改"),
            ("效益指标", "社会效益指标", "受益行政村", "≥48个", "45个", "8", "7.5", "路段顺延"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", "10", "8", "绕行")]
    note = "\n注：1.定量指标未完成的，按实际完成值占指标值的比例计分；2.满意度指标低于指标值的，每低1个百分点扣1分。\n"
    good = report(rows=rows, total="23.05", prose=note)
    recs = normalize_document(read_bytes(good.encode("utf-8"), "r.txt"))
    assert recs.projects[0].scoring_model == "proportional"
    assert [i.stated_rule for i in recs.indicators] == ["", "", "满意度指标低于指标值的，每低1个百分点扣1分"]
    assert "JX405" not in codes(good)
    # bad: no note, or a note giving another row its rule: the row is held to the table's model
    for text in (report(rows=rows, total="23.05"),
                 report(rows=rows, total="23.05", prose=note.replace("满意度指标低于指标值的", "时效指标超过时限的"))):
        [f] = [f for f in flags(text) if f.rule == "JX405"]
        assert (f.stated, f.expected) == ("8", "9.78")


def test_a_row_scored_otherwise_than_the_rule_a_note_states_for_it():
    """567's note: 满意度指标低于指标值的，每低1个百分点扣1分. 88% of ≥90% on 10 loses two points: 8
    is its rule's score; 9 (or 10) is off the row's own model, whatever the table's other rows do."""
    def rows(score):
        return [("产出指标", "数量指标", "改造里程", "≥62公里", "58.5公里", "8", "7.55", "管线迁改"),
                ("效益指标", "社会效益指标", "受益行政村", "≥48个", "45个", "8", "7.5", "路段顺延"),
                ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", "10", score, "绕行")]
    note = "\n注：1.定量指标未完成的，按实际完成值占指标值的比例计分；2.满意度指标低于指标值的，每低1个百分点扣1分。\n"
    assert "JX405" not in codes(report(rows=rows("8"), total="23.05", prose=note))
    [f] = [f for f in flags(report(rows=rows("9"), total="24.05", prose=note)) if f.rule == "JX405"]
    assert (f.stated, f.expected) == ("9", "8")
    assert "每低1个百分点扣1分" in f.message and "沿线群众满意度" in f.message
    # a part step (87.5%: 2.5 points short) may be counted as none or whole: 7 or 8 both follow it
    half = [r[:4] + ("87.5%",) + r[5:] if r[2] == "沿线群众满意度" else r for r in rows("7")]
    assert "JX405" not in codes(report(rows=half, total="22.05", prose=note))
    # a rule taking points per step in another unit than the target's is not computed
    other = note.replace("每低1个百分点扣1分", "每低1个人扣1分")
    assert "JX405" not in codes(report(rows=rows("9"), total="24.05", prose=other))


def test_a_row_scored_by_the_rule_its_own_criteria_cell_states():
    """728 (planted blind): a framework form whose 评分标准 column gives most rows the proportional rule and
    the satisfaction row its own (≥90%得满分，每低1个百分点扣0.5分): 88.5% of ≥90% on 20 loses 1.5 points'
    worth, 19.25 (a part step counted as none or whole: 19 to 19.5). The row follows the rule its own
    cell states, not the table's model (19.67); a score off that rule is off its model."""
    def framework(score):
        rows = [("产出指标", "数量指标", "改造里程", "达到目标值得满分，未达到按完成比例计分", "≥62公里", "58.5公里", "40",
                 "37.74"),
                ("效益指标", "社会效益指标", "受益行政村", "达到目标值得满分，未达到按完成比例计分", "≥48个", "45个", "30",
                 "28.13"),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%得满分，每低1个百分点扣0.5分", "≥90%", "88.5%", "20",
                 score)]
        lines = ["项目名称\t测试项目", "项目资金（万元）\t\t预算数\t执行数\t执行率\t分值\t得分",
                 "\t年度资金总额\t30\t30\t100%\t10\t10",
                 "绩效指标\t一级指标\t二级指标\t三级指标\t评分标准\t年度指标值\t实际完成值\t分值\t得分\t偏差原因"]
        lines += ["\t" + "\t".join(r) + "\t原因" for r in rows]
        lines.append(f"总分\t\t\t\t\t\t\t100\t{Decimal('75.87') + Decimal(score)}")
        return "\n".join(lines) + "\n"
    recs = normalize_document(read_bytes(framework("19.25").encode("utf-8"), "r.txt"))
    assert [i.stated_rule for i in recs.indicators] == ["", "", "≥90%得满分，每低1个百分点扣0.5分"]
    assert "JX405" not in codes(framework("19.25"))
    [f] = [f for f in flags(framework("19.67")) if f.rule == "JX405"]
    assert (f.stated, f.expected) == ("19.67", "19-19.5")


def test_a_row_scored_by_the_tier_ladder_its_own_criteria_cell_states():
    """887 (every format): 预算执行率 100% / 96.00% at full marks, its own 评分标准 cell a ladder of tiers
    (≥95%，得满分；90%（含）-95%，得分值的80%…): the score follows the row's rule, no missed target at full
    marks; at 92% (the 80% tier) full marks is. A met row scored as its ladder gives is no JX404."""
    ladder = "≥95%，得满分；90%（含）-95%，得分值的80%；85%（含）-90%，得分值的60%；<85%，不得分。"

    def form(actual, score, target="100%", rule=ladder):
        rows = [("过程指标", "资金管理", "资金到位率", "100%，得满分；<100%，不得分。", "100%", "100%", "5", "5"),
                ("过程指标", "资金管理", "预算执行率", rule, target, actual, "5", score)]
        lines = ["项目名称\t测试项目",
                 "一级指标\t二级指标\t三级指标\t评分标准\t年度指标值\t实际完成值\t分值\t得分\t偏差原因"]
        lines += ["\t".join(r) + "\t原因" for r in rows]
        lines.append(f"总分\t\t\t\t\t\t10\t{5 + Decimal(score)}")
        return "\n".join(lines) + "\n"
    recs = normalize_document(read_bytes(form("96.00%", "5").encode("utf-8"), "r.txt"))
    assert [i.stated_rule for i in recs.indicators] == ["100%，得满分；<100%，不得分。", ladder]
    assert "JX401" not in codes(form("96.00%", "5"))
    [f] = [f for f in flags(form("92.00%", "5")) if f.rule == "JX401"]
    assert "预算执行率" in f.message
    assert "JX401" not in codes(form("92.00%", "4"))
    # met (≥90%) at 92%: the ladder's 80% tier gives 4, no slip; 3 is off both
    assert "JX404" not in codes(form("92.00%", "4", target="≥90%"))
    assert "JX404" in codes(form("92.00%", "3", target="≥90%"))


def test_a_met_target_scored_below_full_marks():
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≧100%", "100%", "30", "23", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    [f] = [f for f in flags(report(rows=rows, total="93")) if f.rule == "JX404"]
    assert f.stated == "23" and f.expected == "30" and "已达到目标" in f.message
    assert "JX404" not in codes(report())


def test_a_row_scored_off_the_tables_own_proportional_model():
    def row(name, target, actual, score):
        return ("产出指标", "数量指标", name, target, actual, "2", score, "原因")
    rows = [row("甲", "100", "84.5", "1.69"), row("乙", "100", "90", "1.8"), row("丙", "200", "100", "1"),
            row("丁", "100", "84.5", "1.9"), row("戊", "≤10", "20", "1")]
    text = report(rows=rows, total="17.39")
    recs = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
    assert recs.projects[0].scoring_model == "proportional"
    off = [f for f in flags(text) if f.rule == "JX405"]
    assert [(f.stated, f.expected) for f in off] == [("1.9", "1.69")]
    assert "按同法应为 1.69 分" in off[0].message
    # one partial row alone is no evidence of a model
    assert "JX405" not in codes(report(rows=[row("丁", "100", "84.5", "1.9")], total="11.9"))
    # but the document's own rule is: a footnote stating it (Shandong: 按B/A或A/B*该指标分值记分)
    note = "注：定量指标未达到指标值的，按B/A或A/B*该指标分值记分。"
    one = report(rows=[row("丁", "100", "84.5", "1.9"), row("戊", "≤10", "20", "1")], total="12.9", prose=note)
    recs = normalize_document(read_bytes(one.encode("utf-8"), "r.txt"))
    assert recs.projects[0].scoring_rule.startswith("注：定量指标")
    off = [f for f in flags(one) if f.rule == "JX405"]
    assert [(f.stated, f.expected) for f in off] == [("1.9", "1.69")] and "本表说明按" in off[0].message


def test_a_weighted_share_table_adds_up_its_converted_scores():
    """Hebei: 总分 is the sum of 折算得分 (得分 × 权重占比), not of 得分."""
    def table(total):
        return ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\t权重占比(%)\t折算得分\n"
                "产出指标\t数量指标\t培训次数\t≥10次\t12次\t100\t40\t40\n"
                "产出指标\t质量指标\t合格率\t100%\t95%\t95\t30\t28.5\n"
                "效益指标\t社会效益指标\t就业率\t≥80%\t85%\t100\t30\t30\n"
                f"总分\t\t\t\t\t\t100\t{total}\n")
    assert codes(table("98.5")) == []
    [f] = [f for f in flags(table("99.5")) if f.rule == "JX302"]
    assert (f.stated, f.expected) == ("99.5", "98.5") and "折算得分" in f.message


def test_a_coefficient_tables_scores_are_computed_and_may_be_rounded_in_the_total():
    """Chongqing: 85% × 7 = 5.95 written 6 (17 of ≥20: a short row, as a met one takes 100%); the total
    99 stands, 98 does not."""
    def table(total):
        return ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t得分系数(%)\t指标权重\t得分\t是否核心指标\n"
                "产出指标\t数量指标\t培训次数\t≥20次\t17次\t85\t7\t6\t是\n"
                "效益指标\t社会效益指标\t参保率\t≥95%\t96%\t100\t93\t93\t否\n"
                f"总分\t\t\t\t\t\t100\t{total}\t\n")
    assert codes(table("99")) == []
    assert "JX302" in codes(table("98"))


def test_two_kinds_of_a_measure_one_digit_off_its_whole():
    """544 (planted blind): 实施毛竹低产林改造3.12万亩，其中垦复改造1.86万亩、带状采伐改造1.16万亩: two kinds of
    the whole named by its head word (改造), summing to the whole with one digit wrong (3.02): flagged.
    Kinds farther off may be some kinds only or overlap (脱贫人口 / 监测人口 of 受益人口)."""
    def jx603(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX603"]
    assert jx603("全市实施毛竹低产林改造3.12万亩，其中垦复改造1.86万亩、带状采伐改造1.16万亩。") == \
        [("3.12万亩", "3.02万亩")]
    assert jx603("全市实施毛竹低产林改造3.02万亩，其中垦复改造1.86万亩、带状采伐改造1.16万亩。") == []
    assert jx603("受益人口4.72万人，其中脱贫人口1.20万人、监测人口0.30万人。") == []
    assert jx603("受益人口4.72万人，其中脱贫人口4.00万人、监测人口0.30万人。") == []   # 4.30: two digits off


def test_two_kinds_sharing_one_character_with_their_whole_above_it_by_one_digit():
    """1116 (planted blind): 开展石斛种植技术培训1530人次，其中集中授课培训980人次、田间实训560人次: two kinds of the
    training sharing only 训 with it, adding to 1540, above the whole with one digit wrong: flagged. Below the whole
    such kinds may be some kinds only (脱贫户 / 监测户 of 农户): not judged."""
    def jx603(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX603"]
    text = "全年开展石斛种植技术培训1530人次，其中集中授课培训980人次、田间实训560人次。"
    assert jx603(text) == [("1530人次", "1540人次")]
    assert jx603(text.replace("1530", "1540")) == []
    assert jx603("带动农户2100户，其中脱贫户1260户、监测户740户。") == []     # 2000 below: some kinds only


def _coefficient_table(score: str, converted: str = "") -> str:
    return ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t得分系数(%)\t指标权重\t得分\t是否核心指标\n"
            f"产出指标\t数量指标\t培训次数\t≥2次\t3次\t80\t10\t{score}\t是\n"
            "效益指标\t社会效益指标\t参保率\t≥95%\t96%\t100\t20\t20\t否\n")


def test_coefficient_times_weight_is_the_score():
    assert "JX406" not in codes(_coefficient_table("8"))
    [f] = [f for f in flags(_coefficient_table("9")) if f.rule == "JX406"]
    assert (f.stated, f.expected) == ("9", "8")
    recs = normalize_document(read_bytes(_coefficient_table("8").encode("utf-8"), "r.txt"))
    assert recs.projects[0].scoring_model == "coefficient" and recs.indicators[0].core == "是"


def test_a_met_row_of_a_coefficient_form_below_its_weight():
    """638 (planted blind): 核桃良种覆盖率 72.4% of ≥70% at 得分系数 95%, 指标得分 5.7 of 指标权重 6: a met row's
    coefficient is 100%, so its score is held to its weight as on any form (JX404, the 指标得分 stated); a
    score off its own coefficient × weight is JX406's slip alone."""
    def table(coefficient, score):
        return ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t指标权重\t得分系数\t指标得分\n"
                "产出指标\t数量指标\t核桃良种覆盖率\t≥70%\t72.4%\t6\t" + coefficient + "\t" + score + "\n"
                "效益指标\t社会效益指标\t带动农户增收\t≥8000户\t8260户\t94\t100%\t94\n")
    got = [(f.rule, f.stated) for f in flags(table("95%", "5.7"))]
    assert ("JX404", "5.7") in got and "JX406" not in [r for r, _ in got]
    assert "JX404" not in codes(table("100%", "6"))
    assert [(f.rule, f.stated) for f in flags(table("100%", "5")) if f.rule in ("JX404", "JX406")] == [("JX406", "5")]


def test_converted_score_is_score_times_weight_share():
    text = ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t权重占比\t折算得分\n"
            "产出指标\t数量指标\t培训次数\t≥2次\t3次\t100\t90\t20%\t{}\n")
    assert "JX407" not in codes(text.format("18"))
    [f] = [f for f in flags(text.format("20")) if f.rule == "JX407"]
    assert (f.stated, f.expected) == ("20", "18")


def test_weight_shares_that_make_the_full_marks_are_exact():
    """546 (planted blind): 单项指标得分 96 × 权重占比 8% = 7.68, 折算得分 written 7.86. Where the shares add
    up to the full marks they are weights as set, not rounded figures: 8% is no 7.5%-8.5%."""
    text = ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t权重占比\t单项指标得分\t折算得分\n"
            "产出指标\t数量指标\t培训次数\t≥2次\t3次\t92%\t100\t92.00\n"
            "效益指标\t生态效益指标\t治理率\t≥55%\t52.8%\t8%\t96\t{}\n")
    assert "JX407" not in codes(text.format("7.68"))
    [f] = [f for f in flags(text.format("7.86")) if f.rule == "JX407"]
    assert (f.stated, f.expected) == ("7.86", "7.68")
    # shares that do not make the full marks may be rounded: their rounding is allowed for
    assert "JX407" not in codes(text.format("7.86").replace("92%", "91%").replace("92.00", "91.00"))


def test_a_budget_fully_executed_scored_below_the_weight():
    # 预算执行率 100% scored 9 of 10: the weight is exact, so no rounding hides it
    assert "JX203" in codes(report(fund_s="9", total="99"))


LISTED = ("2024年度,下达慈善会项目40万元;城乡低保项目2.75万元;福利院运行经费项目25.85万元;"
          "福利彩票公益金支出项目276.42万元。共计下达转移支付资金{}万元。\n")


def test_amounts_listed_in_prose_add_up_to_their_stated_total():
    assert "JX604" not in codes(LISTED.format("345.02"))
    [f] = [f for f in flags(LISTED.format("345.12")) if f.rule == "JX604"]
    assert (f.stated, f.expected) == ("345.12万元", "345.02万元") and "4 项" in f.message
    assert "JX604" not in codes(LISTED.format("345"))        # a total written to fewer places may be rounded
    assert "JX604" in codes(LISTED.format("346"))


def test_parts_a_reduction_names_subtract_from_the_whole():
    """Set 1432-1437 (1435, the prose of real 031): 下达给我单位资金1.87万元，其中：退耕还林抚育1.20万元，国家级森林生态
    效益补偿资金调减2.66万元，森林抚育补助调减1.04万元，造林补助2.15万元…: a part whose label ends in a verb of
    reduction (调减, 核减, 扣回 …) takes its amount off: 1.20 - 2.66 - 1.04 + 2.15 + 2.05 + 0.17 = 1.87. Told
    against another year (较上年减少) it is a change, no part; parts that add above the whole still are flagged."""
    notice = ("根据某财指【2021】318号文件，下达给我单位资金{}万元，其中：退耕还林抚育1.20万元，国家级森林生态效益补偿资金"
              "调减2.66万元，森林抚育补助核减1.04万元，造林补助2.15万元，上一轮公益林补助2.05万元，生态林补助0.17万元。\n")
    assert "JX604" not in codes(notice.format("1.87"))
    [f] = [f for f in flags(notice.format("1.50")) if f.rule == "JX604"]
    assert (f.stated, f.expected) == ("1.50万元", "1.87万元") and "6 项" in f.message and "2 项" in f.message
    assert "JX604" not in codes(notice.format("1.87").replace("核减", "扣回"))
    change = "下达资金4.00万元，其中：甲资金3.00万元，乙资金2.00万元，较上年减少1.00万元。\n"
    assert "JX604" in codes(change)     # 较上年减少 compares with another year: no part, and 3 + 2 is above 4


def test_a_part_taken_back_that_is_a_share_of_the_whole_is_no_slip():
    """A part named by a verb of taking back (结余资金收回2.00万元) may be a share of the whole (what was not spent,
    returned), not taken off it: 5 + 3 + 2 = 10 makes the 合计 and is no slip; the net reading (5 + 3 - 2) is only
    the other way to read it. Parts that make the whole neither way are still flagged."""
    listed = "下达资金10.00万元，其中：甲项目支出5.00万元，乙项目支出3.00万元，结余资金收回{}万元，合计10.00万元。\n"
    assert "JX604" not in codes(listed.format("2.00"))
    assert "JX604" in codes(listed.format("2.50"))


def test_parts_after_fen_bie_wei_add_up_to_the_amount_before():
    ok = "2024年安排资金共计3.30亿元,分别为5440万元、252万元、27285.3万元。\n"
    assert "JX604" not in codes(ok)
    assert "JX604" in codes(ok.replace("3.30亿元", "3.40亿元"))


def _sources(total_budget, total_exec, rows):
    lines = ["项目名称\t测试项目", "项目资金（万元）\t\t全年预算数\t全年执行数\t执行率\t分值\t得分",
             f"\t年度资金总额\t{total_budget}\t{total_exec}\t100%\t10\t10"]
    lines += [f"\t{label}\t{b}\t{e}\t\t—\t—" for label, b, e in rows]
    return "\n".join(lines) + "\n"


def test_fund_sources_against_the_total():
    ok = _sources("90", "89.974", [("其中：财政拨款", "90", "89.974"), ("其他资金", "0", "0")])
    assert "JX204" not in codes(ok)
    zeros = [f for f in flags(_sources("0", "0", [("其中：财政拨款", "90", "89.974")])) if f.rule == "JX204"]
    assert {f.stated for f in zeros} == {"90", "89.974"} and all(f.severity == "high" for f in zeros)
    apart = [f for f in flags(_sources("100", "99", [("其中：财政拨款", "60", "59"), ("其他资金", "30", "30")]))
             if f.rule == "JX204"]
    assert [(f.stated, f.expected) for f in apart] == [("100", "90"), ("99", "89")]


def test_source_lines_that_add_up_to_the_line_above_are_its_breakdown():
    """874: 其中：当年财政拨款 (the total again), then 中央 / 省级 / 县级 (indented in the document, its parts),
    then 上年结转 0: read as siblings they are twice the total; the run that adds up to the line above it
    is that line's breakdown, each checked on its own. A part slipped is still flagged against its line;
    a nesting the arithmetic cannot settle is said, and the lines as read are still held to the total."""
    def rows(central="480.00", carried="0.00"):
        return [("其中：当年财政拨款", "640.00", "630.40"), ("中央财政资金", central, "480.00"),
                ("省级财政资金", "80.00", "80.00"), ("县级财政资金", "80.00", "70.40"),
                ("上年结转资金", carried, "0.00")]
    recs = normalize_document(read_bytes(_sources("640.00", "630.40", rows()).encode("utf-8"), "r.txt"))
    assert "JX204" not in [f.rule for f in check(recs)]
    assert [s.group for s in recs.projects[0].fund_sources] == ["", "当年财政拨款", "当年财政拨款", "当年财政拨款", ""]
    slipped = [(f.stated, f.expected) for f in flags(_sources("640.00", "630.40", rows("490.00"))) if f.rule == "JX204"]
    assert slipped == [("640.00", "650.00")]
    # neither the run under its line nor the siblings add up in every column: the nesting is said, and no
    # reading adding up, the lines as read (siblings) are flagged against the total as before nesting was read
    recs = normalize_document(read_bytes(_sources("640.00", "630.40", rows("490.00", "5.00")).encode("utf-8"), "r.txt"))
    assert [f.stated for f in check(recs) if f.rule == "JX204"] == ["640.00", "630.40"]
    assert [s.group for s in recs.projects[0].fund_sources] == [""] * 5
    assert any("无法确定分项层级" in w for w in recs.warnings)



def _nesting(total_budget, total_exec, rows):
    recs = normalize_document(read_bytes(_sources(total_budget, total_exec, rows).encode("utf-8"), "r.txt"))
    return recs, [(f.stated, f.expected) for f in check(recs) if f.rule == "JX204"]


def test_a_nesting_rests_on_evidence_from_both_sides():
    """The run under 当年财政拨款 adds up to it in the budget only (执行 630.40 against its 0.00), and the lines
    left as siblings check no column (全年预算 blank on 上年结转; the 执行 total 0.00, a whole of 0, no
    evidence): nothing settles the nesting, so the lines stay as read, said, and are held to the total."""
    recs, jx204 = _nesting("640.00", "0.00", [("其中：当年财政拨款", "640.00", "0.00"), ("中央财政资金", "480.00", "480.00"),
                                              ("省级财政资金", "80.00", "80.00"), ("县级财政资金", "80.00", "70.40"),
                                              ("上年结转资金", "", "0.00")])
    assert [s.group for s in recs.projects[0].fund_sources] == [""] * 5
    assert any("无法确定分项层级" in w and "无从与总额核对" in w for w in recs.warnings)
    assert ("0.00", "630.40") in jx204      # the lines as read, held to the total


def test_every_line_is_tried_and_the_one_the_arithmetic_settles_nests():
    """中央 160 / 100 over 地方 + 省级 (160 / 140) adds up in the budget only; 省级 + 县级 under 地方 add up
    in every column and 中央 + 地方 make the total: that line, tried after the first, is the breakdown.
    Two lines that each settle a run are two readings: neither is taken, said."""
    rows = [("中央财政资金", "160.00", "100.00"), ("地方财政资金", "100.00", "90.00"),
            ("省级财政资金", "60.00", "50.00"), ("县级财政资金", "40.00", "40.00")]
    recs, jx204 = _nesting("260.00", "190.00", rows)
    assert [s.group for s in recs.projects[0].fund_sources] == ["", "", "地方财政资金", "地方财政资金"]
    assert jx204 == [] and not any("无法确定分项层级" in w for w in recs.warnings)
    twice = [("中央财政资金", "100.00", "90.00"), ("一般债券资金", "60.00", "50.00"), ("专项债券资金", "40.00", "40.00"),
             ("地方财政资金", "100.00", "90.00"), ("省级财政资金", "60.00", "50.00"), ("县级财政资金", "40.00", "40.00")]
    recs, jx204 = _nesting("200.00", "180.00", twice)
    assert [s.group for s in recs.projects[0].fund_sources] == [""] * 6
    assert any("2种分项层级的读法" in w for w in recs.warnings) and jx204


def test_a_column_whose_whole_is_0_is_no_evidence_for_or_against_a_nesting():
    """Nothing executed yet: every 执行 cell 0.00. Read as siblings the budget is twice the total; the 执行
    column adding up (0 to 0) says nothing, so it neither keeps the lines siblings nor settles the run."""
    recs, jx204 = _nesting("640.00", "0.00", [("其中：当年财政拨款", "640.00", "0.00"), ("中央财政资金", "480.00", "0.00"),
                                              ("省级财政资金", "80.00", "0.00"), ("县级财政资金", "80.00", "0.00"),
                                              ("上年结转资金", "0.00", "0.00")])
    assert [s.group for s in recs.projects[0].fund_sources] == ["", "当年财政拨款", "当年财政拨款", "当年财政拨款", ""]
    assert jx204 == []

def test_a_money_cell_read_with_an_operator_is_a_reading_doubt_not_a_sources_mismatch():
    """439's scan read the 5 of 500.00 as ≤ (≤00.00): no amount, so no JX204 on the sources, a
    warning naming the cell instead; a part that is an amount and wrong is still flagged."""
    rows = [("其中：中央财政资金", "500.00", "≤00.00"), ("省级财政资金", "240.00", "240.00"),
            ("市级财政资金", "160.00", "143.62")]
    recs = normalize_document(read_bytes(_sources("900.00", "883.62", rows).encode("utf-8"), "r.txt"))
    assert "JX204" not in [f.rule for f in check(recs)]
    assert any("≤00.00" in w and "中央财政资金" in w and "运算符" in w for w in recs.warnings)
    (central,) = [s for s in recs.projects[0].fund_sources if "中央" in s.label]
    assert "executed" not in central.figures and central.figures["budget_full_year"].raw == "500.00"
    rows[0] = ("其中：中央财政资金", "500.00", "400.00")
    assert "JX204" in codes(_sources("900.00", "883.62", rows))


def test_a_scans_points_read_with_an_operator_are_a_reading_doubt_not_findings():
    """806.scan's small tiles: the 1 of 10 read as ≥ (分值 ≥0). A points cell is a bare figure: on a scan
    the row is doubtful and the fund's points dropped, each said, so no JX203 / JX301 rests on them;
    a document typed so is what it says, and is flagged."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "≥0", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    text = report(fund_w="≥0", fund_s="10", rows=rows)
    assert {"JX203", "JX301"} <= set(codes(text))
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    doc.format += "-ocr"
    recs = normalize_document(doc)
    checked = check_document(recs)
    assert not {"JX203", "JX301"} & {f.rule for f in checked.flags}
    assert recs.projects[0].fund_weight is None and "分值 ≥0" in recs.indicators[0].doubt
    assert any("资金执行分值识别为 ≥0" in w for w in recs.warnings)
    assert any("培训次数" in w and "JX301" in w and "未作为核查结果报出" in w for w in checked.warnings)


def _department(basic_exec="790", staff_exec="650"):
    return f"""<html><head><meta charset="utf-8"></head><body><table>
<tr><td>部门名称</td><td colspan=6>某县教育局</td></tr>
<tr><td colspan=2>年度预算资金（万元）</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td colspan=2>年度资金总额</td><td>1200</td><td>1150</td><td>10</td><td>95.83%</td><td>9.58</td></tr>
<tr><td rowspan=2>按收入性质分</td><td>其中：财政拨款</td><td>1100</td><td>1060</td><td>—</td><td>96.36%</td><td>—</td></tr>
<tr><td>其他资金</td><td>100</td><td>90</td><td>—</td><td>90%</td><td>—</td></tr>
<tr><td rowspan=4>按支出性质分</td><td>基本支出</td><td>800</td><td>{basic_exec}</td><td>—</td><td></td><td>—</td></tr>
<tr><td>其中：人员经费</td><td>650</td><td>{staff_exec}</td><td>—</td><td></td><td>—</td></tr>
<tr><td>公用经费</td><td>150</td><td>140</td><td>—</td><td></td><td>—</td></tr>
<tr><td>项目支出</td><td>400</td><td>360</td><td>—</td><td>90%</td><td>—</td></tr>
</table></body></html>"""


def test_department_breakdowns_add_up_each_on_its_own():
    """Sources and 基本支出 + 项目支出 each add up to the total, 人员经费 + 公用经费 to 基本支出; the
    four rows together are not one sum."""
    def jx204(html):
        r = normalize_document(read_bytes(html.encode(), "dept.html"), name="dept.html")
        return [f for f in check(r) if f.rule == "JX204"], r
    none, r = jx204(_department())
    assert none == []
    assert [s.group for s in r.projects[0].fund_sources] == ["按收入性质分", "按收入性质分", "按支出性质分", "基本支出",
                                                            "基本支出", "按支出性质分"]
    fs, _ = jx204(_department(basic_exec="800"))       # 800 + 360 ≠ 1150; 650 + 140 ≠ 800
    assert sorted((f.stated, f.expected) for f in fs) == [("1150", "1160"), ("800", "790")]
    fs, _ = jx204(_department(staff_exec="660"))       # 660 + 140 = 800 ≠ 790
    assert [(f.stated, f.expected) for f in fs] == [("790", "800")] and "基本支出" in fs[0].message


def test_a_total_above_what_the_shown_scores_allow():
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "36", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "28", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "", "")]
    assert "JX305" not in codes(report(rows=rows, total="94"))       # 36 + 28 + 20 + 10 = 94 at most
    [f] = [f for f in flags(report(rows=rows, total="98")) if f.rule == "JX305"]
    assert (f.stated, f.expected) == ("98", "≤94")


def test_a_total_above_what_the_fund_score_allows_on_a_form_with_no_row_scored():
    """A form sent unfilled, no row scored, the fund block's 得分 8 of 10: the 总分 can be at most 8 + the
    rows' 90 = 98, so 100 (the weights summed again) is above it; a fund score of 10 allows 100. 494's
    9.80 allows 99.80, which a 总分 written without decimals (100) may round to: no finding."""
    rows = [
        ("产出指标", "数量指标", "培训次数", "≥2次", "", "40", "", ""),
        ("效益指标", "社会效益指标", "参保率", "≥95%", "", "30", "", ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "", "20", "", "")]
    [f] = [f for f in flags(report(executed="24", rate="80%", fund_s="8", rows=rows)) if f.rule == "JX305"]
    assert (f.stated, f.expected) == ("100", "≤98") and "资金得分 8" in f.evidence
    assert "JX305" not in codes(report(executed="24", rate="80%", fund_s="8", rows=rows, total="98"))
    assert "JX305" not in codes(report(rows=rows))                            # 10 + 90 = 100
    assert "JX305" not in codes(report(executed="29.4", rate="98%", fund_s="9.80", rows=rows))


def test_a_total_above_what_the_fund_score_allows_with_every_row_scored():
    """638 (planted blind): every row scored, the fund block's 得分 9.20 of 10, the rows' weights 90: the
    总分 can be at most 99.20, so 100.00 is above it (beside JX302's sum); a 总分 within it is JX302's alone,
    and one above the full marks keeps the full marks' flag."""
    fund = dict(executed="27.6", rate="92%", fund_s="9.20")
    got = {f.rule: f for f in flags(report(total="100.00", **fund))}
    assert {"JX302", "JX305"} <= set(got) and (got["JX305"].stated, got["JX305"].expected) == ("100.00", "≤99.20")
    assert "资金得分 9.20" in got["JX305"].message
    assert "JX305" not in codes(report(total="99.20", **fund))
    assert "JX305" not in codes(report(total="99.00", **fund))
    over = {f.rule: f for f in flags(report(total="101", **fund))}
    assert over["JX305"].expected == "≤100"


def test_a_total_above_full_marks_with_every_row_scored():
    """422: every row scored, 总分 100.20 on weights 10 + 40 + 30 + 20 = 100: an impossible score (JX305)
    beside the wrong sum (JX302); a wrong sum within the full marks is JX302's alone."""
    got = {f.rule: f for f in flags(report(total="101"))}
    assert {"JX302", "JX305"} <= set(got) and (got["JX305"].stated, got["JX305"].expected) == ("101", "≤100")
    assert "JX305" not in codes(report(total="99"))
    assert "JX305" not in codes(report(total="100"))


def test_a_whole_fund_score_may_be_rounded_or_cut_down():
    """10 × 97.7% = 9.77: written 10 (rounded) or 9 (cut down) both occur; 8 is neither."""
    base = dict(budget="30", executed="29.31", rate="97.7%")
    assert "JX203" not in codes(report(**base, fund_s="10", total="100"))
    assert "JX203" not in codes(report(**base, fund_s="9", total="99"))
    assert "JX203" in codes(report(**base, fund_s="8", total="98"))
    assert "JX203" in codes(report(**base, fund_s="9.5", total="99.5"))   # written with a decimal: no floor reading


def test_a_total_stated_only_in_the_prose_is_checked_against_the_table():
    assert "JX302" not in codes(report(total=None, prose="项目自评得分100分，等级为优。"))
    [f] = [f for f in flags(report(total=None, prose="（一）自评得分\n2023年度项目自评得分98分。")) if f.rule == "JX302"]
    assert (f.stated, f.expected) == ("98分", "100") and "总分在文中写为 98分" in f.message
    assert f.locations[0].block is not None and f.locations[0].table is None    # cites the sentence
    # a sentence about one indicator's score is not the total
    assert "JX302" not in codes(report(total=None, prose="1.培训次数，年初目标值≥2次，实际完成值3次，自评得分38分；"))
    # two different totals in the prose: neither is taken
    assert "JX302" not in codes(report(total=None, prose="项目自评得分98分。\n调整后项目总得分97分。"))
    # the table's own 总分 row comes first
    assert "JX302" not in codes(report(prose="项目自评得分100分。"))
    # a grade in the prose against the total in the prose
    [g] = [f for f in flags(report(total=None, prose="项目自评得分100分，评价等级为良。")) if f.rule == "JX304"]
    assert (g.stated, g.expected) == ("良", "优")


def test_a_rate_stated_beside_an_amount_against_the_tables_budget():
    ok = report(budget="31", executed="31", prose="项目实际完成额31万元，执行率100%。")
    assert "JX202" not in codes(ok)
    # 29 beside the table's own 100% would be the amount written otherwise (JX501), not the rate
    bad = report(budget="31", executed="31", prose="项目实际完成额29万元，执行率90%。")
    [f] = [f for f in flags(bad) if f.rule == "JX202"]
    assert f.stated == "90%" and f.expected.startswith("93.")   # 29 / 31, each within its rounding


def test_listed_amounts_are_exact_so_a_total_one_off_is_caught_however_long_the_list():
    rows = "".join(f"{k}\t1.{k}\t一般公共预算资金\t用途{k}\t{k}\n" for k in range(1, 10))   # 1 + … + 9 = 45
    table = "序号\t支付日期\t资金性质\t用途\t支付金额（万元）\n" + rows + "合计\t\t\t\t{}\n"
    assert "JX101" not in codes(table.format("45"))
    assert "JX101" in codes(table.format("46"))


def test_a_list_in_groups_holds_each_subtotal_to_its_group_and_the_total_to_every_item():
    """1189: a 合计 that takes in the second group's 小计 again (the items 100, the 合计 written 130) is
    JX101; so is a 小计 that is not its group's sum; a grouped list that adds up is no finding."""
    table = ("序号\t支付内容\t支付金额（万元）\n一\t基地建设\t\n1\t补助\t40\n2\t设施\t30\n\t小计\t{}\n"
             "二\t技术服务\t\n3\t培训\t10\n4\t管理\t20\n\t小计\t30\n\t合计\t{}\n")
    assert "JX101" not in codes(table.format("70", "100"))
    [f] = [f for f in flags(table.format("70", "130")) if f.rule == "JX101"]
    assert (f.stated, f.expected) == ("130", "100")
    [f] = [f for f in flags(table.format("75", "100")) if f.rule == "JX101"]
    assert (f.stated, f.expected) == ("75", "70") and "第1组" in f.message


def test_a_names_place_left_as_circles_is_template_text_but_a_zero_among_numerals_is_not():
    """1191: 项目由县农业农村局牵头，○○镇人民政府具体组织实施 is the template's township left unfilled (JX701,
    stated ○○); 〇 / ○ between numerals is a zero (二〇〇八年, 二○二三年三月), no placeholder."""
    [f] = [f for f in flags(report(prose="项目由县农业农村局牵头，○○镇人民政府具体组织实施。")) if f.rule == "JX701"]
    assert f.stated == "○○"
    assert "JX701" in codes(report(prose="项目在〇〇村实施。"))
    assert "JX701" not in codes(report(prose="项目于二〇〇八年设立，二○二三年三月完成自评。"))


def test_a_conclusions_grade_beside_a_form_is_held_to_the_total_it_states():
    """1191: the form 100 / 优, the 自评结论 项目自评得分100分，自评等级为良: the prose's grade does not follow
    its own total (JX304 on the sentence); the form's grade said again is no second finding, and a form
    graded wrong with the prose repeating it is flagged once (the form's)."""
    [f] = [f for f in flags(report(grade="优", prose="经综合评价，项目自评得分100分，自评等级为良。")) if f.rule == "JX304"]
    assert (f.stated, f.expected) == ("良", "优")
    assert "JX304" not in codes(report(grade="优", prose="经综合评价，项目自评得分100分，自评等级为优。"))
    assert codes(report(grade="良", prose="经综合评价，项目自评得分100分，自评等级为良。")).count("JX304") == 1


def test_scores_and_weights_are_compared_exactly():
    over = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "10", "11", "")]
    assert "JX301" in codes(report(rows=over, total="21"))                 # 11 of 10 is over, by a whole point
    short = [("产出指标", "数量指标", "培训次数", "≥100次", "80次", "12.5", "12", "原因")]
    assert "JX401" not in codes(report(rows=short, total="22"))            # 12 of 12.5 is not full marks
    full = [("产出指标", "数量指标", "培训次数", "≥100次", "80次", "12.5", "12.5", "原因")]
    assert "JX401" in codes(report(rows=full, total="22.5"))


def test_a_missed_row_scored_above_its_weight_is_over_weight_not_full_marks():
    """1427: 45 of ≥50处 scored 54 of 6 (5.4, the point dropped): the score above its weight is JX301's
    slip, named once; the row took no "full marks" (no JX401). At its weight exactly it is JX401's."""
    over = [("产出指标", "数量指标", "建设水肥一体化设施", "≥50处", "45处", "6", "54", "水源工程未完工")]
    got = codes(report(rows=over, total="64"))
    assert "JX301" in got and "JX401" not in got
    full = [("产出指标", "数量指标", "建设水肥一体化设施", "≥50处", "45处", "6", "6", "水源工程未完工")]
    assert "JX401" in codes(report(rows=full, total="16"))


def test_fund_row_aligned_by_what_its_cells_hold():
    # Anhui 部门整体 as a web page gives it: the header row lost its label cell (real passage 025)
    text = ("部门\t某服务中心\n"
            "年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额\t329.77\t329.77\t338.31\t10\t102.59%\t\n"
            "其中:当年财政拨款\t329.77\t329.77\t338.31\t—\t102.59%\t—\n")
    recs = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
    [p] = recs.projects
    assert (p.budget_full_year.raw, p.executed.raw, p.fund_weight.raw) == ("329.77", "338.31", "10")
    assert p.fund_sources[0].figures["executed"].raw == "338.31"
    assert any("对齐" in w for w in recs.warnings)
    assert codes(text) == ["JX201"]   # the real slip, and no rate read from the weight column
    # Sichuan 2023: the data rows lost the rowspan 预算执行情况 cell (real passage 012)
    text = ("预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\n"
            "总额\t0.00\t3.36\t3.36\t100.00%\t10\t10\n")
    [p] = normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects
    assert (p.budget_full_year.raw, p.executed.raw, p.exec_rate_stated.raw, p.fund_score.raw) == (
        "3.36", "3.36", "100.00%", "10")
    # a row whose cells fit no alignment is not read
    text = "年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t95%\t95%\t95%\n"
    assert all(p.budget_full_year is None for p in normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects)


def test_sums_are_not_checked_over_a_table_cut_off_or_read_in_part():
    # the tail of a Sichuan table: 绩效指标(90分), the fund block above it not in the passage
    tail = ("绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\n"
            "\t产出指标\t经济成本指标\t成本控制数\t≤\t30\t万元\t完成\t90\t90\n"
            "合计\t100\n")
    assert "JX302" not in codes(tail)
    # no fund block and no stated points: weights under 100 may leave room for it, over 100 may not
    rows = ("一级指标\t二级指标\t三级指标\t指标值\t分值\n"
            "产出指标\t数量指标\t足额保障率\t=100%\t22.5\n\t\t科目调整次数\t≤10次\t22.5\n"
            "\t时效指标\t按时发放率\t=100%\t22.5\n效益指标\t经济效益指标\t结余率\t≤5%\t22.5\n")
    assert "JX303" not in codes(rows + "合计\t\t\t\t100\n")
    over = rows.replace("22.5\n效益", "32.5\n效益") + "\t\t结余率2\t≤5%\t22.5\n"
    assert "JX303" in codes(over + "合计\t\t\t\t100\n")
    # the document ends inside the table, with no 总分 row: a cut-off copy, not summed
    assert "JX303" not in codes(over)
    assert any("截断" in w for w in normalize_document(read_bytes(over.encode("utf-8"), "r.txt")).warnings)
    # a block whose weights miss the points its 一级指标 cell states
    block = ("一级指标\t二级指标\t三级指标\t指标值\t分值\n"
             "产出指标(50分)\t数量指标\t培训次数\t≥2次\t30\n\t质量指标\t合格率\t100%\t18\n"
             "效益指标(50分)\t社会效益指标\t参保率\t≥95%\t50\n合计\t\t\t\t98\n")
    [f] = [f for f in flags(block) if f.rule == "JX303" and "标明" in f.message]
    assert (f.stated, f.expected) == ("48", "50")
    # a row left unread (a figure in the 三级指标 column): the weights read are not the table's
    text = report(rows=[("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
                        ("", "", "96%", "30", "30", "", "", "")])
    assert not {"JX302", "JX303"} & set(codes(text))


def test_prose_rate_beside_its_amounts_in_other_words():
    # Hunan 2020 (real passage 017): 66.86 of 200 paid out, 资金拨付进度 written 100%
    text = "区级年初预算200万元专项资金,已严格按合同约定和施工进度及时足额拨付资金66.86万元,资金拨付进度100% 。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX202", "100%", "33.43%")
    assert codes(text.replace("66.86", "200")) == []


def test_parts_after_qizhong_may_not_exceed_their_whole():
    whole = "2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元。\n"
    assert codes(whole) == []
    [f] = flags(whole.replace("434.89", "534.89"))
    assert (f.rule, f.stated, f.expected) == ("JX604", "799.12万元", "899.12万元")
    # fewer parts than the whole: 其中 need not name them all
    assert codes("支出799.12万元，其中人员经费434.89万元，公用经费77.4万元。\n") == []
    # a change is no part; nor is an amount in brackets inside a part; nor a masked amount
    assert codes("收入792.22万元，其中:财政拨款收入792.22万元,同比上年度增加209.28万元。\n") == []
    assert codes("已使用36,948.11万元,其中:中央财政补助资金9,965.68万元(含待支付合同进度款1436.8万元),"
                 "地方财政配套补助资金21,106.24万元,其他资金渠道5,876.19万元。\n") == []
    assert codes("下达资金1.53万元,其中:退耕还林抚育 点击查看>> 万元,造林补助2.42万元,公益林2.88万元。\n") == []


def test_a_count_and_the_names_it_counts():
    text = ("直属事业单位10个,即县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心、"
            "县政府债务研究评估中心、县财政预算编审中心、县国有资产服务中心、县会计服务中心、县经济开发区财政所。\n")
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "10个", "9个")
    assert codes(text.replace("10个", "9个")) == []
    assert codes("内设机构3个，即办公室、预算股和国库股。\n") == []
    assert codes("内设机构5个，即办公室、预算股等。\n") == []            # 等: not all named
    assert codes("由10项精简到5项，为参保人员提供电话、微信、手机APP等多种备案方式。\n") == []


def test_a_count_then_the_names_after_the_colon_closing_its_phrase():
    """完成了3个重点村落的整体保护提升：庙上村、北营村、曲村、人马寨村 (420, planted blind): the count opens a
    noun phrase a colon closes, and the names after it are the things counted."""
    text = "2023年完成了3个重点村落的整体保护提升：庙上村、北营村、曲村、人马寨村。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "3个", "4个")
    assert codes(text.replace("3个", "4个")) == []
    assert codes("新建2个站点：东站和西站。\n") == []
    assert codes("新建2个站点：东站、西站和南站。\n") == ["JX605"]
    assert codes("重点抓好3个方面：一是加强管理，二是完善制度，三是强化监督。\n") == []   # clauses, no names


def test_a_count_opening_a_longer_phrase_then_the_names_it_counts():
    """全年完成4座小型水库除险加固，分别为东庄水库、田家沟水库、高庄水库 (636, planted blind): the count opens
    a longer phrase, a comma and 分别为 name them each; names of the phrase's kind (…水库) are what it counts."""
    text = "全年完成4座小型水库除险加固，分别为东庄水库、田家沟水库、高庄水库；治理河道15.6公里。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "4座", "3座")
    assert codes(text.replace("4座", "3座")) == []
    # names of another kind than the phrase's: they list something else (the towns served), not the count
    assert codes("全年新建3个村级卫生服务站点，分别为东庄镇、西庄镇。\n") == []
    assert codes("全年新建3个村级卫生服务站点，分别为东庄站、西庄站。\n") == ["JX605"]


def test_a_count_written_after_the_names_it_counts():
    """在温泉镇、…、杨柳湾镇共6个乡镇实施 (592, planted blind): the names first, 共 and their count after."""
    text = "项目在温泉镇、红山镇、金家铺镇、草盘地镇、杨柳湾镇共6个乡镇实施，完成改造2.06万亩。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "共6个乡镇", "共5个乡镇")
    assert codes(text.replace("共6个", "共5个")) == []
    assert codes("项目在温泉镇、红山镇等共6个乡镇实施。\n") == []            # 等: not all named
    assert codes("完成道路硬化、路灯安装共3个项目。\n") == []                  # no names of one kind


def test_a_count_after_the_names_shows_the_first_name_whole():
    """本年度…工程覆盖大塘埠镇、古陂镇…共6个乡镇 (1450, planted blind): the first name runs back to the clause's
    start; the message shows it from the word that opens the list (覆盖 / 在), whole, not cut to the next name's
    length (塘埠镇)."""
    [f] = flags("本年度新建供水工程覆盖大坪坝镇、古城镇、小河镇共4个乡镇。\n")
    assert "：大坪坝镇、古城镇、小河镇。" in f.message
    [f] = flags("项目在向阳镇、红山镇共3个乡镇实施。\n")         # an opening word inside the name: the earliest
    assert "：向阳镇、红山镇。" in f.message
    [f] = flags("本年度新建供水工程大坪坝镇、古城镇、小河镇共4个乡镇。\n")   # no word opens it: cut, and marked so
    assert "：…坪坝镇、古城镇、小河镇。" in f.message


def test_a_gap_between_two_rates_in_points():
    ok = "实际赔付率45.17%，控制指标46%，低于控制指标0.83个百分点。\n"
    assert codes(ok) == []                                   # and 0.83个 is no fractional count
    assert codes(ok.replace("0.83个百分点", "8.3个千分点")) == []
    [f] = flags(ok.replace("0.83个百分点", "0.8262个千分点"))
    assert (f.rule, f.stated, f.expected) == ("JX606", "0.8262个千分点", "8.3个千分点")
    assert codes("参保率由95.2%提高到97.6%，提高了3.4个百分点。\n") == ["JX606"]
    assert codes("参保率达99%，超省上下达的民生工程目标任务2个百分点。\n") == []   # one rate: nothing to check


def test_a_gap_told_with_xiangcha_in_prose_or_in_a_reason_cell():
    """679 (planted blind): 种苗成活率84%，低于目标值90%，相差4个百分点 (6): 相差 states the gap as 低于 does,
    and a 偏差原因 cell is a sentence the rule reads like a paragraph."""
    said = "种苗成活率84%，低于目标值90%，相差4个百分点，已补植。"
    assert [(f.rule, f.stated) for f in flags(said + "\n")] == [("JX606", "4个百分点")]
    assert codes(said.replace("相差4", "相差6") + "\n") == []
    rows = [("产出指标", "质量指标", "种苗成活率", "≥90%", "84%", "40", "37.33", said),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert [(f.rule, f.stated) for f in flags(report(rows=rows, total="97.33")) if f.rule == "JX606"] == \
        [("JX606", "4个百分点")]


def test_a_gap_in_a_reason_cell_is_named_by_its_row_not_as_prose():
    """1587 (planted blind): 石斛种植户满意度's 偏差原因 cell 实际满意度86.2%，低于目标值90%共3.2个百分点 (3.8). The message
    said 文中两个比率 …, sending the analyst to the prose, which holds no such sentence: it names the row's cell."""
    said = "种苗成活率84%，低于目标值90%，相差4个百分点，已补植。"
    rows = [("产出指标", "质量指标", "种苗成活率", "≥90%", "84%", "40", "37.33", said),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    [f] = [f for f in flags(report(rows=rows, total="97.33")) if f.rule == "JX606"]
    assert f.message.startswith("“种苗成活率”偏差原因中两个比率 84% 与 90% 相差 6 个百分点"), f.message
    [f] = [f for f in flags(said + "\n") if f.rule == "JX606"]
    assert f.message.startswith("文中两个比率 84% 与 90%")


@pytest.mark.parametrize("rate", ["0.958", "95.8", "95.8%", "９５．８％"])
def test_a_rate_written_as_a_ratio_or_a_bare_number_reads_the_same(rate):
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "90", "90", "")]
    text = report(budget="30", executed="28.74", rate=rate, fund_s="9.58", total="99.58", rows=rows)
    assert codes(text) == []
    [p] = normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects
    assert p.exec_rate_stated.value == Decimal("95.8") and p.exec_rate_stated.q.unit == "%"
    # a ratio the amounts contradict is still a finding
    assert "JX202" in codes(text.replace(f"\t{rate}\t", "\t0.5\t"))


def test_an_actual_written_as_a_ratio_against_a_percentage_target():
    met = [("效益指标", "社会效益指标", "参保率", "≥95%", "0.958", "90", "90", "")]
    assert codes(report(rows=met)) == []
    missed = [("效益指标", "社会效益指标", "参保率", "≥95%", "0.938", "90", "90", "")]
    assert {"JX401", "JX402"} <= set(codes(report(rows=missed)))


@pytest.mark.parametrize("actual,missed", [("比目标多36户", False), ("超出目标12户", False),
                                           ("较计划多完成12户", False), ("比目标少5户", True)])
def test_a_result_written_against_its_own_target_is_a_difference_not_the_result(actual, missed):
    # 568.docx / 572.xlsx: 1200户 targeted, 比目标多36户 done — 36 is what was done beyond the target
    rows = [("产出指标", "数量指标", "推行垃圾分类农户", "1200户", actual, "90", "90", "")]
    assert ("JX401" in codes(report(rows=rows))) == missed


@pytest.mark.parametrize("target,actual", [("15%及其以下", "15%及其以下"), ("≤15%", "≤12%"), ("0次", "0次"), ("≤0起", "0起")])
def test_a_met_ceiling_or_zero_target_scored_low_is_found(target, actual):
    # real passage 059: 资金节约率 15%及其以下 against 15%及其以下, 勒索病毒导致系统中断 0次 against 0次
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "事故", target, actual, "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert "JX404" not in codes(report(rows=rows))
    low = [r if r[2] != "事故" else r[:6] + ("29", "") for r in rows]
    assert "JX404" in codes(report(rows=low, total="99"))
    over = [r if r[2] != "事故" else r[:4] + ("16%" if "%" in target else "1次",) + r[5:] for r in rows]
    assert "JX404" not in codes(report(rows=[r[:6] + ("29", "") if r[2] == "事故" else r for r in over], total="99"))


# 560.txt's shape: a form copied at a narrow phone screen's width, its cells wrapped mid-word; every
# row reads since fixleft2 (a deadline with 前 is a cell; a reason on the row's own line is its reason).
NARROW_FORM = ("项目支出绩效自评表（2023\n年度）\n\n项目名称：2023年诸暨市农\n村文化礼堂建设项目\n\n"
               "一级指标 二级指标 三级指标\n年度指标值 实际完成值 分值\n得分 偏差原因分析及改进措施\n\n"
               "时效指标 文化礼堂建成时间 \n2023年11月30日前 2\n023年11月20日 5 5\n\n"
               "效益指标 社会效益指标 村民\n参与文化活动 ≥12万人次 \n10.8万人次 8 7.2 \n"
               "部分礼堂下半年改造期间暂停活\n动，参与人次未达目标\n\n"
               "文化礼堂常态化开放率 ≥90\n% 95% 8 8\n\n总分 100 99.10\n")


def test_a_missed_target_whose_reason_stands_in_its_own_unread_line_is_not_judged():
    """560.txt: the row 村民参与文化活动 (10.8万人次 of ≥12万人次) gives its reason in its own wrapped
    paragraph: read as its reason, no JX402. Where the reason stands in a paragraph of its own after
    the row, the reading stops there and leaves it and the row after it unread: held back, the
    reason being in an unread line after the row. With no reason written, every row is read and
    the missed target without a reason is flagged."""
    def read(text):
        recs = normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))
        return recs, [f.rule for f in check(recs)]
    recs, got = read(NARROW_FORM)
    [row] = [i for i in recs.indicators if i.level3 == "村民参与文化活动"]
    assert row.reason == "部分礼堂下半年改造期间暂停活动，参与人次未达目标" and not recs.projects[0].rows_unread
    assert "JX402" not in got
    apart = NARROW_FORM.replace("10.8万人次 8 7.2 \n部分", "10.8万人次 8 7.2\n\n部分")
    recs, got = read(apart)
    [row] = [i for i in recs.indicators if i.level3 == "村民参与文化活动"]
    assert not row.reason and recs.projects[0].rows_unread and "JX402" not in got
    recs, got = read(NARROW_FORM.replace("部分礼堂下半年改造期间暂停活\n动，参与人次未达目标", ""))
    assert not recs.projects[0].rows_unread and "JX402" in got


def test_a_row_restating_the_funds_execution_rate_asks_no_reason():
    """744 / 746: a framework scoring 预算执行率 as a row whose result is the fund block's own 执行率
    (97.98% there and here): the fund's shortfall, told by the block's figures, no missed target wanting
    a 偏差原因. Another rate missed without a reason is still flagged."""
    rows = [("过程指标", "资金管理", "预算执行率", "100%", "97.98%", "10", "9.80", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "60", "60", "")]
    text = report(budget="30", executed="29.394", rate="97.98%", fund_s="9.80", rows=rows, total="99.60")
    assert "JX402" not in codes(text)
    assert "JX402" in codes(text.replace("\t100%\t97.98%", "\t100%\t97.90%"))


def test_a_missed_target_with_no_reason_beside_a_row_left_unread_is_judged():
    """Raw 032: a table row left unread (its cells shifted by a lost merge) holds no reason words: the
    missed row's empty 偏差原因 is a true finding, unread rows in its table notwithstanding."""
    missed = ("效益指标", "社会效益指标", "参保率", "≥95%", "93%", "30", "30", "")
    unread = ("", "", "96%", "30", "30", "", "", "")   # a figure in the 三级指标 column: counted unread
    text = report(rows=[missed, unread])
    assert normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects[0].rows_unread
    assert "JX402" in codes(text)
    # an unread row under it whose words give a reason is the row's reason not placed: held back
    wrapped = text.replace("\t96%\t30\t30", "\t96%\t30\t30\t由于疫情影响未达目标")
    assert wrapped != text and "JX402" not in codes(wrapped)


def test_a_level_2_block_whose_weights_miss_its_points():
    # Anhui 部门整体 criteria table (real passage 006): 规划(15分) over 基础信息(3分) and 工作计划(6分)
    table = ("序号\t一级指标\t二级指标\t三级指标\t指标分值\t评分标准\t自评得分\n"
             "1\t规划(9分)\t基础信息(3分)\t基础信息完整性\t3\t…\t3\n"
             "2\t\t工作计划(6分)\t年度工作计划完整性\t3\t…\t3\n"
             "3\t\t\t年度工作计划明确性\t3\t…\t3\n"
             "合计\t\t\t\t9\t\t9\n")
    assert codes(table) == []
    [f] = flags(table.replace("明确性\t3\t…\t3", "明确性\t2\t…\t2").replace("合计\t\t\t\t9\t\t9", "合计\t\t\t\t8\t\t8")
                .replace("规划(9分)", "规划(8分)"))
    assert (f.rule, f.stated, f.expected) == ("JX303", "5", "6") and "二级指标" in f.message


def test_a_table_that_ends_the_document_after_its_satisfaction_block_is_whole():
    rows = ("一级指标\t二级指标\t三级指标\t指标值\t分值\n"
            "产出指标\t数量指标\t培训次数\t≥2次\t60\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t50\n")
    assert "JX303" in codes(rows)                       # 110 of 100: whole, so checked
    assert "JX303" not in codes(rows.replace("满意度指标\t服务对象满意度指标\t群众满意度", "效益指标\t社会效益指标\t参保率"))


def rated(rows, note: str, weights: str, scored: str):
    """A report of these indicator rows under a note stating how they are scored, its 总分 row the rows'
    weights and scores (no fund counted), and its records."""
    text = report(rows=rows, total=scored, prose=note).replace(f"\t100\t{scored}", f"\t{weights}\t{scored}")
    return text, normalize_document(read_bytes(text.encode("utf-8"), "r.txt"))


def test_qualitative_scores_within_the_tiers_the_document_states():
    note = "\n注：定性指标根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。\n"
    rows = [("产出指标", "质量指标", "管理制度健全", "健全", "健全", "10", "9", ""),
            ("效益指标", "社会效益指标", "群众知晓", "明显提高", "部分提高", "10", "7", ""),
            ("满意度指标", "服务对象满意度指标", "宣传到位", "到位", "未完成", "10", "4", "疫情")]
    text, recs = rated(rows, note, weights="30", scored="30")
    assert recs.tiers[0] == (Decimal(100), Decimal(80))
    assert "JX408" not in codes(text)
    [f] = [f for f in flags(text.replace("\t未完成\t10\t4", "\t未完成\t10\t9")) if f.rule == "JX408"]
    assert (f.stated, f.expected) == ("9", "0-5")
    [f] = [f for f in flags(text.replace("\t健全\t10\t9", "\t健全\t10\t7")) if f.rule == "JX408"]
    assert f.expected == "8-10"
    # no tiers stated: nothing to judge by; 基本 is not judged
    assert "JX408" not in codes(text.replace(note, "\n").replace("\t未完成\t10\t4", "\t未完成\t10\t9"))
    assert "JX408" not in codes(text.replace("\t健全\t10\t9", "\t基本健全\t10\t5"))


def test_a_basic_result_is_judged_against_the_top_two_of_three_bands():
    """1393 (planted blind): 基本健全 scored 3.0 of 6 (50%) under 达成 100-80% / 部分达成 80-60% / 未达成 60-0:
    templates put 基本 in the top band or the middle one, never the bottom, so its score lies within 60-100%.
    Before, a 基本 result was left alone whatever its score."""
    note = "\n注：定性指标按达成（100%-80%，含80%）、部分达成（80%-60%，含60%）、未达成（60%-0%）三档计分。\n"
    rows = [("产出指标", "质量指标", "管理制度健全", "健全", "健全", "10", "9", ""),
            ("效益指标", "可持续影响指标", "质量追溯体系", "健全", "基本健全", "6", "3.0", "调试中")]
    text, recs = rated(rows, note, weights="16", scored="12")
    assert len(recs.tiers) == 3
    [f] = [f for f in flags(text) if f.rule == "JX408"]
    assert (f.stated, f.expected) == ("3.0", "3.6-6") and "基本健全" in f.message
    # within the top two bands, whichever 基本 belongs to: not judged further
    for score in ("3.6", "4.2", "5.4", "6"):
        assert "JX408" not in codes(text.replace("\t基本健全\t6\t3.0", f"\t基本健全\t6\t{score}"))
    # two bands, or four: 基本 may be in a band of its own or the lower one; a result 基本未完成 is not 'basically done'
    assert "JX408" not in codes(text.replace("、未达成（60%-0%）", ""))
    assert "JX408" not in codes(text.replace("\t基本健全\t6\t3.0", "\t基本未完成\t6\t3.0"))


def test_qualitative_scores_within_the_bands_the_document_names():
    """493: the note names each band by a word, its ends written low to high and the last 'below':
    好（分值的90%-100%）、较好（分值的75%-90%，不含90%）、一般（…60%-75%…）、差（分值的60%以下）. A
    result written 较好 scores 6 to under 7.2 of 8: 7.6 is the 好 band."""
    note = ("\n注：定性指标按完成情况分档计分：好（分值的90%-100%）、较好（分值的75%-90%，不含90%）、"
            "一般（分值的60%-75%，不含75%）、差（分值的60%以下）。\n")
    rows = [("产出指标", "质量指标", "平台运行情况", "好", "好", "10", "10", ""),
            ("效益指标", "社会效益指标", "区域品牌影响力", "好", "较好", "8", "6.8", ""),
            ("满意度指标", "服务对象满意度指标", "宣传效果", "好", "差", "12", "6", "")]
    text, recs = rated(rows, note, weights="30", scored="32.8")
    assert recs.tiers[-1] == (Decimal(60), Decimal(0)) and recs.tier_names == ["好", "较好", "一般", "差"]
    assert "JX408" not in codes(text)
    [f] = [f for f in flags(text.replace("\t较好\t8\t6.8", "\t较好\t8\t7.6")) if f.rule == "JX408"]
    assert (f.stated, f.expected) == ("7.6", "6-7.2")
    [f] = [f for f in flags(text.replace("\t差\t12\t6", "\t差\t12\t9")) if f.rule == "JX408"]
    assert f.expected == "0-7.2"


def test_a_result_in_the_second_of_two_named_bands_is_judged_however_it_is_spaced():
    """Two bands named 好 / 一般: a result written 一 般 (a space typed between its characters) is in
    the second band, as 一般 is; 9 of 10 is above it (0-8)."""
    note = "\n注：定性指标按完成情况分档计分：好（分值的80%-100%）、一般（分值的80%以下）。\n"
    rows = [("产出指标", "质量指标", "平台运行情况", "好", "好", "10", "10", ""),
            ("效益指标", "社会效益指标", "区域品牌影响力", "好", "一 般", "10", "9", "")]
    text, recs = rated(rows, note, weights="20", scored="19")
    assert recs.tier_names == ["好", "一般"] and recs.indicators[1].actual.raw == "一 般"
    [f] = [f for f in flags(text) if f.rule == "JX408"]
    assert (f.stated, f.expected) == ("9", "0-8")


def test_qualitative_scores_within_bands_of_one_share_and_inclusive_whole_ends():
    """544 (planted blind): 达到（得分值的100%）、基本达到（得分值的80%-99%）、部分达到（得分值的60%-79%）、
    未达到（不得分）: a band may be one share alone or nothing, and whole ends written inclusive meet
    halfway. 基本达到 scored 4.2 of 6 (70%) is the 部分达到 band."""
    note = ("\n注：定性指标按达成程度分档计分：达到（得分值的100%）、基本达到（得分值的80%-99%）、"
            "部分达到（得分值的60%-79%）、未达到（不得分）。\n")
    rows = [("产出指标", "质量指标", "竹林经营管理水平", "达到", "基本达到", "6", "5.4", ""),
            ("效益指标", "生态效益指标", "水源涵养能力", "达到", "达到", "6", "6", ""),
            ("满意度指标", "服务对象满意度指标", "管护机制", "达到", "部分达到", "6", "4.2", "")]
    text, recs = rated(rows, note, weights="18", scored="15.6")
    assert recs.tier_names == ["达到", "基本达到", "部分达到", "未达到"]
    assert recs.tiers[0][0] == 100 and recs.tiers[-1] == (0, 0)
    assert "JX408" not in codes(text)
    [f] = [f for f in flags(text.replace("\t基本达到\t6\t5.4", "\t基本达到\t6\t4.2")) if f.rule == "JX408"]
    assert f.stated == "4.2"
    # the band stated as the form writes it, which the analyst holds against the page (not 79.5%-99.5%)
    assert "分值的 80%-99% 之间（4.8-5.94 分）" in f.message and f.expected == "4.8-5.94"
    [f] = [f for f in flags(text.replace("\t部分达到\t6\t4.2", "\t部分达到\t6\t3")) if f.rule == "JX408"]
    assert f.stated == "3"
    # bands that do not meet (100%, then 60%-79%) keep their ends: the gap between is in no band
    gap = text.replace("基本达到（得分值的80%-99%）、", "")
    assert normalize_document(read_bytes(gap.encode("utf-8"), "r.txt")).tiers == [(100, 100), (79, 60), (0, 0)]
    # a share in brackets that is no band breaks no chain of ranges
    ranges = report(rows=rows, prose="\n注：定性指标（权重20%）按指标分值的100-80%(含80%)、80-50%(含50%)、50-0%记分。\n")
    assert len(normalize_document(read_bytes(ranges.encode("utf-8"), "r.txt")).tiers) == 3


def test_named_bands_with_a_gap_keep_their_upper_ends():
    """984 (planted blind): 达标（分值的100%）、基本达标（分值的80%（含）-90%）、部分达标（分值的60%（含）-80%）: the 基本达标
    band stops at 90%, and 90-100% is no band's. 基本达标 scored 6 of 6 is above its band (before: a gap was no chain,
    no band read, nothing judged); 5.4 of 6 (90%) is within it. Bands that overlap are still no chain."""
    note = ("\n注：定性指标按达标（分值的100%）、基本达标（分值的80%（含）-90%）、部分达标（分值的60%（含）-80%）、"
            "未达标（分值的60%以下）四档评分。\n")
    rows = [("产出指标", "质量指标", "种植基地标准化管理", "达标", "部分达标", "6", "4.2", ""),
            ("效益指标", "可持续影响指标", "联农带农机制运行", "达标", "基本达标", "6", "6", "")]
    text, recs = rated(rows, note, weights="12", scored="10.2")
    assert recs.tier_names == ["达标", "基本达标", "部分达标", "未达标"]
    assert recs.tiers == [(100, 100), (90, 80), (80, 60), (60, 0)]
    [f] = [f for f in flags(text) if f.rule == "JX408"]
    assert (f.stated, f.expected) == ("6", "4.8-5.4")
    assert "JX408" not in codes(text.replace("\t基本达标\t6\t6", "\t基本达标\t6\t5.4"))
    overlap = text.replace("80%（含）-90%", "80%（含）-95%").replace("60%（含）-80%", "60%（含）-90%")
    assert normalize_document(read_bytes(overlap.encode("utf-8"), "r.txt")).tiers == []


def test_unnamed_bands_with_a_gap_are_no_chain():
    """Bands named by no word and leaving a gap (100-90%, then 75-60%): a band lost in reading (90-75%, written
    in a way BAND does not read) leaves the same gap, and the bands past it would stand one place off, 部分完成 judged
    against 75-60% though the form's middle band may be 90-75%. Such bands are not read (a false JX408 is worse than
    none); named bands with a gap are (the test above)."""
    note = "\n注：定性指标按指标分值的100-90%、75-60%、60%以下三档计分。\n"
    rows = [("产出指标", "质量指标", "管理制度健全", "健全", "健全", "10", "10", ""),
            ("效益指标", "社会效益指标", "群众知晓", "明显提高", "部分完成", "10", "8", "")]
    text, recs = rated(rows, note, weights="20", scored="18")
    assert recs.tiers == [] and "JX408" not in codes(text)
    # the same bands meeting (100-90%, 90-60%, 60%以下) are a chain, read by their order
    met = text.replace("75-60%", "90-60%")
    assert normalize_document(read_bytes(met.encode("utf-8"), "r.txt")).tiers == [(100, 90), (90, 60), (60, 0)]


def test_a_fund_row_with_a_note_in_one_cell_is_still_read():
    text = ("项目名称\t测试项目\n"
            "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "\t年度资金总额\t30\t30\t28.5（含结转）\t10\t95%\t9.5\n")
    [p] = normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects
    assert (p.budget_full_year.raw, p.exec_rate_stated.raw, p.fund_score.raw) == ("30", "95%", "9.5")


def test_template_text_in_two_units_reports_is_two_findings():
    """The same unfilled template sentence in two units' reports must not share one id (and so
    one analyst decision); in two copies of one unit's report it does."""
    def jx701(unit):
        text = f"单位名称：{unit}\n支出决算为**万元，完成预算**%。\n"
        return next(f for f in check(normalize_document(read_bytes(text.encode(), "p.txt"))) if f.rule == "JX701")
    assert jx701("甲县医保局").id != jx701("乙县医保局").id
    assert jx701("甲县医保局").id == jx701("甲县医保局").id
    # findings whose evidence names the figures keep their ids as before (no unit in the key)
    a, b = flags(report(executed="33", rate="110%")), flags("单位名称：乙\n" + report(executed="33", rate="110%"))
    assert next(f for f in a if f.rule == "JX201").id == next(f for f in b if f.rule == "JX201").id


def test_counts_in_any_counter_of_normalizes_grammar_are_whole():
    # rules use normalize.quantity.COUNTERS: 辆 and 株 count things one by one, as 人 and 次 do
    from jixiao.normalize.quantity import parse
    from jixiao.rules.targets import result_interval
    for written in ("12株", "3辆", "3次"):
        assert result_interval(parse(written)).half_width == 0, written
    assert result_interval(parse("12米")).half_width == Decimal("0.5")


def test_a_groups_score_is_checked_once_against_its_rows_weights():
    """Issue 21 (240): a 得分 cell over a group's rows scores the group: not above the sum of the
    rows' 分值 (20 of 12 + 8 is full, no JX301 per row), added once to the 总分 (JX302), and an
    excess over the sum is one flag at the group's cell."""
    from .test_normalize import _group_scored_html

    def got(html):
        return [(f.rule, f.stated) for f in check(normalize_document(read_bytes(html.encode(), "g.html")))]
    assert got(_group_scored_html()) == []
    assert got(_group_scored_html(first="21", total="40.6")) == [("JX301", "21")]
    assert got(_group_scored_html(total="59.6")) == [("JX302", "59.6")]


def test_a_groups_weight_is_added_once_and_held_to_its_rows_scores_only_when_all_are_met():
    """Issue 21 (428): a 分值 cell over a group's rows weighs the group: no row is held to it alone
    (12 under 20 is no JX404 though 养护里程 is met), the weights' total adds it once (20 + 10 + 10 =
    40: no JX303; a total of 45 is), and a group whose rows all meet their targets while their
    scores add to less than its weight is one JX404 at the group."""
    from .test_normalize import _group_weighted_html

    def got(html):
        return [(f.rule, f.stated) for f in check(normalize_document(read_bytes(html.encode(), "g.html")))]
    assert got(_group_weighted_html()) == []
    assert got(_group_weighted_html(total_weight="45")) == [("JX303", "40")]
    assert sorted(got(_group_weighted_html(scores=("12", "6")))) == [("JX302", "40"), ("JX404", "18")]
    # the form's full marks count the group's 分值 once (10 + 20 + 10 = 40): a 总分 of 41 is above them
    # (JX305, beside JX302's sum); the rows of the group, having no weight of their own, hid it before
    above = _group_weighted_html().replace("<td>40</td></tr>\n</table>", "<td>41</td></tr>\n</table>")
    assert sorted(got(above)) == [("JX302", "41"), ("JX305", "41")]


def test_a_contract_list_is_held_to_the_budget_by_what_it_paid_not_what_was_agreed():
    """合同金额 | 2023年支付: multi-year contracts may agree more than the year's budget; the money
    the list says was spent is the payment column (its header names a payment, its cells are amounts)."""
    def lst(paid_total):
        return report() + ("序号\t合同名称\t合同金额（万元）\t2023年支付\n1\t设备采购\t25\t18\n2\t宣传服务\t15\t12\n"
                           f"合计\t\t40\t{paid_total}\n")
    assert "JX102" not in codes(lst("30"))
    assert {"JX101", "JX102"} <= set(codes(lst("33")))      # the payments still add up and still meet the budget
    # a payment column of rates (支付进度) holds no money: the 金额 column stays the amounts
    assert "JX102" in codes(report() + "序号\t合同名称\t合同金额（万元）\t支付进度\n1\t设备采购\t25\t72%\n"
                                       "2\t宣传服务\t15\t80%\n合计\t\t40\t75%\n")
    # without a payment column the 金额 column is the money listed, as before
    assert "JX102" in codes(report() + "序号\t合同名称\t合同金额（万元）\n1\t设备采购\t25\n2\t宣传服务\t15\n合计\t\t40\n")


def test_a_claim_of_all_met_counts_only_where_its_sentence_speaks_of_targets():
    """兑付于10月20日前全部完成 speaks of a payment; a 目标 two clauses later (略低于46%的目标) does not
    make it a claim that every target was met."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "94%", "30", "29", "略低"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    prose = "补助资金于10月20日前全部完成兑付，兑付率100%；参保率94%，略低于95%的目标。\n"
    assert "JX403" not in codes(report(rows=rows, total="99", prose=prose))
    assert "JX403" in codes(report(rows=rows, total="99", prose="年初设定的绩效目标全部完成。\n"))


def test_a_claim_of_all_met_states_the_claim_not_its_paragraphs_opening():
    """493 (planted blind): a paragraph opening on the money's uses (资金主要用于：…) and closing on 经自评，
    项目各项绩效目标均已完成: the flag names that claim, from the clause naming the targets."""
    rows = [("产出指标", "数量指标", "培训人次", "≥1200人次", "1080人次", "40", "36", "生源不足"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    prose = "2023年项目资金主要用于：平台建设20.00万元、培训补贴10.00万元，共计30.00万元。经自评，项目各项绩效目标均已完成。\n"
    [f] = [f for f in flags(report(rows=rows, total="96", prose=prose)) if f.rule == "JX403"]
    assert f.stated == "项目各项绩效目标均已完成" and "培训人次" in f.message
    [f] = [f for f in flags(report(rows=rows, total="96", prose="年初设定的绩效目标，已全部完成，自评为优。\n"))
           if f.rule == "JX403"]
    assert f.stated == "年初设定的绩效目标，已全部完成"


def test_no_unmet_target_said_as_a_clause_of_a_longer_paragraph():
    """部门年度绩效目标均已完成，未完成的绩效指标：无。 (636, planted blind): the heading's answer 无 after
    未完成的绩效指标 closing a clause of a paragraph that opens on other things is the claim; stated as written."""
    rows = [("产出指标", "数量指标", "整治平交路口", "≥60处", "52处", "40", "35", "征地"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    claim = "三、绩效目标完成情况。全年完成整治平交路口52处。部门年度绩效目标均已完成，未完成的绩效指标：无。\n"
    [f] = [f for f in flags(report(rows=rows, total="95", prose=claim)) if f.rule == "JX403"]
    assert f.stated == "未完成的绩效指标：无" and "整治平交路口" in f.message
    met = [rows[0][:4] + ("60处", "40", "40", "")] + rows[1:]
    assert "JX403" not in codes(report(rows=met, total="100", prose=claim))
    # a list of what was left undone is no claim of none
    listed = "三、绩效目标完成情况。未完成的绩效指标：整治平交路口，因征地滞后。\n"
    assert "JX403" not in codes(report(rows=rows, total="95", prose=listed))



def test_no_unmet_target_answered_in_brackets_after_its_heading():
    """3.未完成的绩效目标(无) (raw 064, a 自评结论 in prose) beside 家长满意度 94.60% of ≥95%: the heading's
    answer written in brackets is the claim of none, as after a colon; a bracket saying more is none."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥95%", "94.60%", "20", "19", "样本少")]
    [f] = [f for f in flags(report(rows=rows, total="99", prose="3.未完成的绩效目标(无)\n")) if f.rule == "JX403"]
    assert f.stated == "未完成的绩效目标(无)" and "家长满意度" in f.message
    assert "JX403" not in codes(report(rows=rows, total="99", prose="3.未完成的绩效目标(无则填无)\n"))

def test_a_claim_whose_subject_is_every_indicator():
    """综上，项目各项指标均已完成 (421, planted blind) beside a row at 52 of ≥60: every indicator as the
    subject makes the sentence a claim of all met, though it does not say 目标; stated as written."""
    rows = [("产出指标", "数量指标", "整治平交路口", "≥60处", "52处", "40", "35", "征地"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    claim = "完成农村公路安全生命防护工程326公里。综上，项目各项指标均已完成，自评等级为优。\n"
    [f] = [f for f in flags(report(rows=rows, total="95", prose=claim)) if f.rule == "JX403"]
    assert f.stated == "各项指标均已完成" and "整治平交路口" in f.message
    met = [rows[0][:4] + ("60处", "40", "40", "")] + rows[1:]
    assert "JX403" not in codes(report(rows=met, total="100", prose=claim))
    # money, not the indicators, as the subject: no claim
    assert "JX403" not in codes(report(rows=rows, total="95", prose="各项资金指标均已完成下达。\n"))


def test_a_claim_of_every_indicator_is_stated_with_the_attribute_naming_them():
    """年初设定的各项绩效指标均已完成 (1044, planted blind): the attribute ending in 的 names which
    indicators are claimed met and is part of the claim stated; a bare subject before them (项目) is not."""
    rows = [("产出指标", "数量指标", "整治平交路口", "≥60处", "52处", "40", "35", "征地"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    claim = "带动1845户农户参与种植。年初设定的各项绩效指标均已完成。\n"
    [f] = [f for f in flags(report(rows=rows, total="95", prose=claim)) if f.rule == "JX403"]
    assert f.stated == "年初设定的各项绩效指标均已完成" and "整治平交路口" in f.message


def test_a_claim_of_every_indicator_before_a_claim_of_the_targets_is_the_one_stated():
    """项目13项绩效指标全部达到年度指标值，年度绩效目标全面完成 (592, planted blind): the clause claiming it of
    every indicator (a count of them quantifies them all) is what a missed row belies; one flag, on it."""
    rows = [("产出指标", "数量指标", "整治平交路口", "≥60处", "52处", "40", "35", "征地"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    claim = "对照年初设定的绩效目标，项目3项绩效指标全部达到年度指标值，年度绩效目标全面完成。\n"
    assert [f.stated for f in flags(report(rows=rows, total="95", prose=claim)) if f.rule == "JX403"] == \
        ["项目3项绩效指标全部达到年度指标值"]
    # a count that is a part of more claims nothing of the rest: the targets' claim is the one stated
    part = "对照年初设定的绩效目标，其中2项绩效指标全部达到年度指标值，年度绩效目标全面完成。\n"
    assert [f.stated for f in flags(report(rows=rows, total="95", prose=part)) if f.rule == "JX403"] == \
        ["年度绩效目标全面完成"]


def test_template_text_left_in_a_table_cell():
    """352 / 356 (planted blind): a target left as the template's ≥**个 and a note left 较上年增加/减少 are
    template text wherever they stand, table cells too; a cell that is one unfilled figure states the
    figure as written. A spare row the template gave (指标4： | ≥**人, nothing else filled) is no finding."""
    def jx701(rows):
        return [f for f in flags(report(rows=rows)) if f.rule == "JX701"]
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert jx701(rows) == []
    [f] = jx701([rows[0][:3] + ("≥**个",) + rows[0][4:]] + rows[1:])
    assert f.stated == "≥**个" and f.locations[0].table is not None
    [f] = jx701(rows[:1] + [rows[1][:7] + ("较上年增加/减少1.5个百分点。",)] + rows[2:])
    assert f.stated == "增加/减少"
    assert jx701(rows + [("产出指标", "数量指标", "指标4：", "≥**人", "", "", "", "")]) == []


@pytest.mark.parametrize("prose, stated", [
    ("本年完成培训＊＊场次。\n", "＊＊"),     # full-width stars
    ("本年新增Xx个服务点。\n", "Xx"),        # a mix of cases
    ("本年新增×X个服务点。\n", "×X"),        # crosses and an X
])
def test_template_text_knows_every_mark_normalize_reads_as_unfilled(prose, stated):
    """Issue 21: one definition of a figure's digits left as marks (normalize's DIGIT_MARK): the
    template-text rule read only **, ×× and XX / xx, missing ＊＊ and mixed crosses."""
    [f] = [f for f in flags(report(prose=prose)) if f.rule == "JX701"]
    assert f.stated == stated


def test_a_cell_normalize_reads_as_an_unfilled_figure_is_template_text():
    """Issue 21: ≤……元 is a figure never filled in to normalize (an operator, a unit, no value), so the
    template-text rule raises it as written, as it does ≥**个; a reason's ellipsis alone is no figure."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "经济效益指标", "人均支出", "≤……元", "120元", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    [f] = [f for f in flags(report(rows=rows)) if f.rule == "JX701"]
    assert f.stated == "≤……元"
    assert "JX701" not in codes(report(rows=rows[:1] + [rows[1][:3] + ("≤100元",) + rows[1][4:]] + rows[2:]))


def test_a_count_that_dropped_its_wan_against_a_target_in_wan():
    """354 / 357 (planted blind): 3.5人次 against ≥3万人次, scored in full, no reason: 万 dropped from the
    result (JX801), not a missed target (no JX401 / JX402 / JX405); read as 3.5万 it is compared in 万, so a
    result short of the target in 万 is still missed."""
    def rows(actual, score, reason=""):
        return [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
                ("效益指标", "社会效益指标", "宣传覆盖群众", "≥3万人次", actual, "30", score, reason),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    got = flags(report(rows=rows("3.5人次", "30")))
    assert [(f.rule, f.stated, f.expected) for f in got] == [("JX801", "3.5人次", "3.5万人次")]
    assert {"JX401", "JX402"} <= set(codes(report(rows=rows("2.5人次", "30"))))
    assert "JX801" not in codes(report(rows=rows("3.5万人次", "30")))
    assert "JX801" not in codes(report(rows=rows("35000人次", "30")))


def test_a_share_of_the_fund_figure_it_names_without_writing_it():
    """391 / 393 (planted blind): 836.24万元，占全年执行数的66.0% where the fund block's 全年执行数 is 1393.74
    (60.0%). The name's head noun (执行数, 预算数, 资金总额 …) with its stage resolves to the project's own fund
    figure; compared with the share's written precision. A name with other words in it (one source's figure,
    an investment the form does not hold) is no fund figure and stays unread."""
    def jx601(share, name="全年执行数", part="18.10", budget="30.00", executed="30.00", rate="100.00%"):
        prose = f"项目资金主要用于设备购置和人员培训，其中设备购置支出{part}万元，占{name}的{share}。"
        got = flags(report(prose=prose, budget=budget, executed=executed, rate=rate))
        return [(f.stated, f.expected) for f in got if f.rule == "JX601"]
    assert jx601("60%") == []                                   # 18.10 / 30.00 = 60.33%: 60 to the unit
    assert jx601("60.0%") == [("60.0%", "60.3%")]               # the same share written to a tenth is off
    assert jx601("66%", part="18.00") == [("66%", "60%")]
    spent = dict(part="18.00", budget="30.00", executed="24.00", rate="80.00%")
    assert jx601("75%", name="执行数", **spent) == []
    assert jx601("60%", name="执行数", **spent) == [("60%", "75%")]
    assert jx601("60%", name="年度预算数", **spent) == []
    assert jx601("75%", name="年度预算数", **spent) == [("75%", "60%")]
    assert jx601("60%", name="项目资金总额", **spent) == []
    assert jx601("66%", name="财政拨款执行数", **spent) == []   # one source's figure, not the project's
    assert jx601("66%", name="项目总投资", **spent) == []       # no fund figure the record holds
    assert jx601("66%", name="到位资金", **spent) == []         # the form has no 到位 column


def test_a_share_of_a_named_fund_figure_rounds_an_exact_tie_half_up():
    """Issue 21: 18.15 / 30.00 is 60.5% exactly; written to the unit the share is 61%, half up as reports
    and the scores round, not Decimal's half-even 60%."""
    prose = "项目资金主要用于设备购置和人员培训，其中设备购置支出18.15万元，占全年执行数的66%。"
    got = flags(report(prose=prose, budget="30.00", executed="30.00", rate="100.00%"))
    assert [(f.stated, f.expected) for f in got if f.rule == "JX601"] == [("66%", "61%")]


def test_a_share_of_a_named_fund_figure_states_that_figure_as_the_form_writes_it():
    """The message names the fund figure the share is of to the places the form writes it (30.00万元,
    not 30万元): the analyst finds it in the fund block digit by digit."""
    prose = "项目资金主要用于设备购置和人员培训，其中设备购置支出18.10万元，占全年执行数的60.0%。"
    got = [f for f in flags(report(prose=prose, budget="30.00", executed="30.00", rate="100.00%")) if f.rule == "JX601"]
    assert len(got) == 1 and "表中 30.00万元" in got[0].message, [f.message for f in got]


def test_a_count_of_a_bare_counter_written_with_decimals():
    """389 (planted blind): 12.5场次 against ≥12场次, scored in full: sessions are held whole and there is no
    万 to have dropped, a slip of its own (JX801, low). Averages and rates are divided and may be fractional:
    人均3.5次, 户均2.5人, 2.5人/万人, 1.5万人次, 0.5个百分点, a target itself with decimals, stay unflagged."""
    def jx801(name, target, actual):
        rows = [("产出指标", "数量指标", name, target, actual, "40", "40", ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [(f.stated, f.expected) for f in flags(report(rows=rows)) if f.rule == "JX801"]
    assert jx801("开展技术培训", "≥12场次", "12.5场次") == [("12.5场次", "整数场次")]
    assert jx801("新建收集点", "≥600个", "624.5个") == [("624.5个", "整数个")]
    assert jx801("开展技术培训", "≥12场次", "13场次") == []
    assert jx801("人均培训次数", "≥3次", "3.5次") == []
    assert jx801("培训次数", "人均≥3次", "人均3.5次") == []
    assert jx801("户均劳动力", "≥2人", "2.5人") == []
    assert jx801("每万人拥有医生数", "≥2人/万人", "2.5人/万人") == []
    assert jx801("服务群众", "≥1万人次", "1.5万人次") == []
    assert jx801("贫困发生率下降", "≥0.5个百分点", "0.6个百分点") == []
    assert jx801("培训频次", "≥2.5次", "2.8次") == []           # a target with decimals counts an average
    assert jx801("培训次数", "每村≥1次", "每村1.5次") == []      # the scope before the figure says per what


def test_a_fractional_count_on_a_ratio_or_an_average_is_no_slip():
    """Issue 21: a figure in a bare counter is a ratio or an average where the indicator's name says
    so (its head 率 / 密度 / 比, or 均 / 每 anywhere: 人口密度 2.5人 is people per square kilometre) or
    where its target's unit is a compound one (人/平方公里): divided, and fractional by nature. A plain
    count with decimals is still a slip, also where 比 or 率 stands inside the name but not at its head."""
    def jx801(name, target, actual):
        rows = [("产出指标", "数量指标", name, target, actual, "40", "40", ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [f.stated for f in flags(report(rows=rows)) if f.rule == "JX801"]
    assert jx801("人口密度", "≥2人", "2.5人") == []
    assert jx801("服务区人口密度（人/平方公里）", "≥2人", "2.5人") == []
    assert jx801("生师比", "≤18人", "16.5人") == []
    assert jx801("医护人员配置比例", "≥2人", "2.5人") == []
    assert jx801("平均每场参训", "≥30人", "32.5人") == []
    assert jx801("村卫生室覆盖", "≥1.2个/千人", "1.5个") == []      # the target's unit is per something
    assert jx801("培训人次", "≥3人次", "3.5人次") == ["3.5人次"]
    assert jx801("比上年新增就业", "≥10人", "12.5人") == ["12.5人"]
    assert jx801("合格率检测批次", "≥12批次", "12.5批次") == ["12.5批次"]


def test_a_note_on_a_fractional_count_does_not_excuse_it():
    """Issue 21: only what makes a figure an average or a rate leaves a fractional count unflagged; a
    note saying how the figure was read (a slip of typing repaired, 12。5场次) is neither."""
    rows = [("产出指标", "数量指标", "开展技术培训", "≥12场次", "12。5场次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert [f.stated for f in flags(report(rows=rows)) if f.rule == "JX801"] == ["12。5场次"]


def test_fund_sources_name_the_mistyped_part_where_the_form_shows_it():
    """353 (planted blind): parts 500 + 650 + 850 = 2000 against a 全年预算数 total of 1950. The total is the
    one the 执行率 was computed from (1901.25 / 1950 = 97.50%) and 650, less the gap, is 600, what the part's
    own row gives in its other columns: the part is the figure to look at. Else the total is stated."""
    def jx204(rate="97.50%", central="500"):
        text = ("项目名称\t测试项目\n"
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分\n"
                f"\t年度资金总额\t1800\t1950\t1901.25\t{rate}\t10\t9.75\n"
                f"\t其中：中央补助资金\t500\t{central}\t500\t—\t—\t—\n"
                "\t省级补助资金\t600\t650\t600\t—\t—\t—\n"
                "\t市级财政资金\t700\t850\t801.25\t—\t—\t—\n")
        return [(f.stated, f.expected) for f in flags(text) if f.rule == "JX204"]
    assert jx204() == [("650", "600")]
    assert jx204(rate="95.06%") == [("1950", "2000")]            # the rate was computed from the parts' sum
    assert jx204(central="480") == [("1950", "1980")]           # no part's row says which


def test_fund_sources_name_the_part_of_an_arrival_column_another_column_bears_out():
    """1076 (planted blind): the 资金到位数 parts 700.00 + 300.00 + 206.00 = 1,206.00 against a total of 1,260.00;
    no rate is computed from the 到位 column, but the 全年预算数 column bears it out: its total is 1,260.00 too
    and every part there is what the 到位 part reads but the 县级 one, 260.00, which 206.00 plus the gap makes.
    Where two parts differ from the other column, the total is stated."""
    def jx204(province="300.00"):
        text = ("项目名称\t测试项目\n"
                "项目资金（万元）\t\t年初预算数\t全年预算数\t资金到位数\t全年执行数\t执行率\t分值\t得分\n"
                "\t年度资金总额\t1,200.00\t1,260.00\t1,260.00\t1,222.20\t97.00%\t10\t9.70\n"
                "\t其中：中央财政资金\t700.00\t700.00\t700.00\t700.00\t—\t—\t—\n"
                f"\t省级财政资金\t300.00\t{province}\t300.00\t300.00\t—\t—\t—\n"
                "\t县级财政资金\t200.00\t260.00\t206.00\t222.20\t—\t—\t—\n")
        return [(f.stated, f.expected) for f in flags(text) if f.rule == "JX204"]
    assert jx204() == [("206.00", "260.00")]
    assert ("1,260.00", "1206.00") in jx204(province="310.00")   # two parts off the 全年 column: the total


def test_fund_sources_name_a_part_typed_with_one_slip_of_the_keys():
    """388 / 392 (planted blind): the 执行数 parts 1263.80 + 250.00 + 126.00 = 1639.80 against a total of 1612.80,
    the total the one the 执行率 was computed from (1612.80 / 1680.00 = 96.00%). No row says which part is off,
    but 1263.80 less the gap is 1236.80, the same digits with two neighbours swapped; 18.00 is 180.00 with a
    digit left out. The part is stated where exactly one part is such a slip; else the total, as before."""
    def jx204(first="1263.80", other="126.00", rate="96.00%"):
        text = ("项目名称\t测试项目\n"
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分\n"
                f"\t年度资金总额\t1500.00\t1680.00\t1612.80\t{rate}\t10\t9.60\n"
                f"\t其中：财政拨款\t1200.00\t1280.00\t{first}\t—\t—\t—\n"
                "\t上年结转资金\t200.00\t250.00\t250.00\t—\t—\t—\n"
                f"\t其他资金\t100.00\t150.00\t{other}\t—\t—\t—\n")
        return [(f.stated, f.expected) for f in flags(text) if f.rule == "JX204"]
    assert jx204() == [("1263.80", "1236.80")]                                 # two digits swapped, to the places written
    assert jx204(first="1236.80", other="12.60") == [("12.60", "126.00")]      # a digit left out
    assert jx204(first="1236.80", other="1260.00") == [("1260.00", "126.00")]  # a digit typed twice
    assert jx204(rate="97.61%") == [("1612.80", "1639.80")]     # the rate was computed from the parts' sum
    assert jx204(first="1264.80") == [("1612.80", "1640.80")]   # 1264.80 less 28 is no slip of the keys
    two = ("项目名称\t测试项目\n"
           "项目资金（万元）\t\t全年预算数\t全年执行数\t执行率\t分值\t得分\n"
           "\t年度资金总额\t130.00\t100.00\t76.92%\t10\t7.69\n"
           "\t其中：中央资金\t40.00\t41.00\t—\t—\t—\n"
           "\t省级资金\t40.00\t52.00\t—\t—\t—\n"
           "\t县级资金\t50.00\t34.00\t—\t—\t—\n")
    # 41.00 for 14.00 and 52.00 for 25.00 both close the gap of 27.00: the form does not say which
    # the total as the parts write it (127.00, issue 21), as the part is stated to its places
    assert [(f.stated, f.expected) for f in flags(two) if f.rule == "JX204"] == [("100.00", "127.00")]


def test_a_budget_stated_for_one_kind_of_spending_is_no_restatement_of_the_projects():
    """Issue 21 (411): 其中：基本支出全年预算数…；项目支出全年预算数28万元，执行数27万元 states the parts by kind
    of spending, not the project's budget of 30 told otherwise; 项目支出 alone (a project's own
    report calling its whole budget so) is still the project's figure."""
    parts = "其中：基本支出全年预算数2万元，执行数2万元；项目支出全年预算数28万元，执行数27.5万元。"
    assert "JX501" not in codes(report(prose=parts))
    assert "JX501" not in codes(report(prose="人员经费预算数28万元。"))
    assert "JX501" in codes(report(prose="项目支出全年预算数28万元。"))


def test_a_completion_rate_column_is_read_and_held_at_the_written_precision():
    """A 完成率 cell is right when result / target rounds to it at its written places, the result's
    own rounding allowed for (2.5万户 may be 2.54万户): the column's vote and JX409 alike, no flat
    point. A rate right to its last place is not flagged; one unit off in that place is."""
    def form(first, second="127.0%"):
        rows = [("产出指标", "数量指标", "新建改造雨污管网", "≥50公里", "47.56公里", first, "40", "37.2", ""),
                ("产出指标", "数量指标", "受益户数", "≥2万户", "2.5万户", second, "20", "20", ""),
                ("效益指标", "社会效益指标", "受益人口", "≥3万人", "3.5万人", "118.0%", "20", "20", ""),
                ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.4%", "103.8%", "10", "10", "")]
        text = report(total="97.2", rows=[r[:5] + r[6:] for r in rows])
        text = text.replace("实际完成值\t分值", "实际完成值\t完成率\t分值")
        for row in rows:
            text = text.replace("\t".join(row[:5] + row[6:]), "\t".join(row))
        return text
    assert "JX409" not in codes(form("95.1%"))           # 47.56 / 50 = 95.12
    assert [(f.stated, f.expected) for f in flags(form("95.0%")) if f.rule == "JX409"] == [("95.0%", "95.1%")]
    assert [(f.stated, f.expected) for f in flags(form("95.2%")) if f.rule == "JX409"] == [("95.2%", "95.1%")]
    # 127.0% for 2.5 of ≥2万户 is within the result's rounding (2.54 / 2): no slip, a vote for the column
    # (a flat point from 125 voted against it and dropped the column); 128.0% no rounding of 2.5 gives
    assert [f.stated for f in flags(form("95.1%", second="128.0%")) if f.rule == "JX409"] == ["128.0%"]


def test_a_share_is_expected_to_its_written_places_however_its_whole_is_given():
    """JX601 reads a share three ways (its whole written after 占, the total a sentence breaks down
    before 其中, a fund figure named): one check, and the share it should be stated alike, to the
    places the share is written, half up (69.2% for 900 / 1300 written 70.0%, not 69.23)."""
    def jx601(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose)) if f.rule == "JX601"]
    assert jx601("财政拨款收入900万元，占总收入1300万元的70.0%。") == [("70.0%", "69.2%")]
    assert jx601("收入合计1300万元，其中：财政拨款收入900万元，占70.0%。") == [("70.0%", "69.2%")]
    assert jx601("财政拨款收入900万元，占总收入1300万元的69.2%。") == []
    # a share under a hundredth of a percent shows its digits (0.0047%, not 0.00%)
    assert jx601("收入合计1060.67万元，其中：其他收入0.05万元，占0.09%。") == [("0.09%", "0.0047%")]


def test_a_band_whose_end_carries_its_inclusion_note_and_a_score_just_below_it():
    """594 (planted blind): 全面完成（得分值的100%）、大部分完成（得分值的80%（含）-100%）、部分完成（得分值的60%（含）-80%）、
    未完成（不得分）: an end's （含） is no part of the range, and a five-character band name is read. 大部分完成
    scored 6 of 8 (75%) is below its band (6.4-8): a score is exact as written."""
    note = ("\n注：定性指标分四档计分：全面完成（得分值的100%）、大部分完成（得分值的80%（含）-100%）、"
            "部分完成（得分值的60%（含）-80%）、未完成（不得分）。\n")
    rows = [("产出指标", "质量指标", "消防安全管理制度建设", "全面完成", "大部分完成", "8", "6.4", "商户未签"),
            ("效益指标", "可持续影响指标", "长效管护机制", "全面完成", "大部分完成", "6", "5.4", "经费未定"),
            ("满意度指标", "服务对象满意度指标", "应急演练", "全面完成", "全面完成", "6", "6", "")]
    text, recs = rated(rows, note, weights="20", scored="17.8")
    assert recs.tier_names == ["全面完成", "大部分完成", "部分完成", "未完成"]
    assert recs.tiers[1] == (Decimal(100), Decimal(80)) and recs.tiers[2] == (Decimal(80), Decimal(60))
    assert "JX408" not in codes(text)
    [f] = [f for f in flags(text.replace("\t8\t6.4\t", "\t8\t6\t")) if f.rule == "JX408"]
    assert (f.stated, f.expected) == ("6", "6.4-8")


def test_a_dated_completion_after_its_deadline_misses_it():
    """Issue 21 (569 / 571): 2023年12月已完成 against 2023年11月底前 is a miss (JX401 at full marks);
    2023年11月已完成 meets it (JX404 where scored below its weight)."""
    def rows(actual, score):
        return [("产出指标", "时效指标", "完工时间", "2023年11月底前", actual, "40", score, ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    total = lambda s: str(60 + int(s))   # noqa: E731
    assert "JX401" in codes(report(rows=rows("2023年12月已完成", "40"), total=total("40")))
    assert "JX401" not in codes(report(rows=rows("2023年11月已完成", "40"), total=total("40")))
    assert "JX404" in codes(report(rows=rows("2023年11月已完成", "35"), total=total("35")))
    assert "JX404" not in codes(report(rows=rows("2023年12月已完成", "35"), total=total("35")))


def test_a_fund_told_in_one_sentence_keeps_its_prose_flag_and_a_formulas_percents_restate_nothing():
    """A report with no table telling its fund in one sentence (项目预算100万元，实际支出80万元，执行率90%) is the prose
    check's own sentence: one JX202, raised as earlier releases raised it (its id carries an analyst's decision),
    not again as the project's; a rate worked out in another sentence (…*100%=97.14%) is checked as a formula,
    its 100% and 97.14% no restatement of the project's rate (no JX501)."""
    text = "项目预算100万元，实际支出80万元，执行率90%。\n执行率=174.83/178.95*100%=97.14%，说明乙。\n"
    flags = check(normalize_document(read_bytes(text.encode(), "b.txt"), name="b.txt"))
    assert sorted(f.rule for f in flags) == ["JX202", "JX202"]
    assert sum("同句" in f.message for f in flags) == 1 and sum("文中算式" in f.message for f in flags) == 1


def test_full_marks_named_in_a_note_restate_no_score():
    """765 (planted blind): the weighted-share note 单项指标得分满分100分 names the points a row's score is out of,
    not the project's score restated (no JX501 against the 总分 99.4), and its 达到年度指标值的得100分 is the
    rule's score though 100分 stands twice in the sentence; a score the prose states still is."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "93.1%", "30", "29.4", "部分外出务工人员未参保。"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    form = dict(rows=rows, total="99.4")
    assert "JX501" not in codes(report(**form, prose="注：单项指标得分满分100分，未达到的按完成比例计分。"))
    # the same figure twice in one sentence, each judged by its own words: the second a rule's score
    assert "JX501" not in codes(report(**form, prose="注：单项指标得分满分100分，达到年度指标值的得100分。"))
    assert "JX501" in codes(report(**form, prose="项目自评得分100分。"))



def test_a_key_of_grades_points_restates_no_score():
    """1052: the key under a graded table, A（完成目标）得该指标分值的100%；B（完成80%-100%）得80%…, gives each
    grade's share of the points: its 得80% is the rule's, not the project's score restated (no JX501)."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "40", "38", "")]
    form = dict(rows=rows, total="78")
    key = "评价等级折算：A（完成目标）得该指标分值的100%；B（完成80%-100%）得80%；C（完成60%-80%）得60%；D不得分。"
    assert "JX501" not in codes(report(**form, prose=key))
    assert "JX501" in codes(report(**form, prose="项目自评得分80分。"))

def test_a_completion_rate_told_after_a_result_without_a_cue():
    """762 (planted blind): 全年受益学生2.46万人，年度目标2.4万人，完成率105.2%: the figure before the target,
    no cue word of its own, is the result the rate compares (2.46 / 2.4 = 102.5%); a rate that agrees passes."""
    assert "JX409" in codes(report(prose="全年营养膳食补助受益学生2.46万人，年度目标2.4万人，完成率105.2%。"))
    assert "JX409" not in codes(report(prose="全年营养膳食补助受益学生2.46万人，年度目标2.4万人，完成率102.5%。"))


def test_a_sentence_paying_out_more_than_its_own_budget():
    """764 (planted blind): 补助资金预算186.00万元，全年实际发放189.36万元 pays out more than the budget the same
    sentence states (JX201, stated as written); paying out within it is no slip."""
    [f] = [f for f in flags(report(prose="草原管护员补助资金预算186.00万元，全年实际发放189.36万元。"))
           if f.rule == "JX201"]
    assert f.stated == "189.36万元"
    assert "JX201" not in codes(report(prose="草原管护员补助资金预算186.00万元，全年实际发放183.60万元。"))


def test_a_claim_in_the_cell_of_the_results_is_a_claim():
    """763 (planted blind): the 年度总体目标 block's 实际完成情况 cell closing 各项绩效目标均已全面完成 claims every
    target met while a row misses its own (JX403, the claim stated); the same words in the 预期目标 cell are the
    aim, no claim."""
    rows = [("产出指标", "数量指标", "培训次数", "≥4次", "3次", "40", "30", "汛期停训1次，次年补训。"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]

    def form(aim, done):
        lines = report(rows=rows, total="90").split("\n")
        lines[3:3] = ["年度总体目标\t预期目标\t实际完成情况", f"\t{aim}\t{done}"]
        return "\n".join(lines)
    [f] = [f for f in flags(form("全年开展培训4次，参保率达到95%以上。", "全年开展培训3次，参保率96%，各项绩效目标均已全面完成。"))
           if f.rule == "JX403"]
    assert f.stated == "各项绩效目标均已全面完成"
    assert "JX403" not in codes(form("全年开展培训4次，确保各项绩效目标均已全面完成。", "全年开展培训3次，参保率96%。"))


def test_a_part_of_a_subtotal_typed_with_one_slip_of_the_keys():
    """761 (planted blind): 人员经费 560 + 公用经费 140 = 700 against 基本支出 790, which 基本支出 + 项目支出 = 1150
    bears out: 560 is 650 with two digits swapped, the part stated (as for a part of the total the 执行率 bears
    out); a part that is no slip of the keys leaves the subtotal stated."""
    def jx204(staff_exec):
        r = normalize_document(read_bytes(_department(staff_exec=staff_exec).encode(), "dept.html"), name="dept.html")
        return [(f.stated, f.expected) for f in check(r) if f.rule == "JX204"]
    assert jx204("560") == [("560", "650")]
    assert jx204("580") == [("790", "720")]


def test_a_reason_left_as_an_ellipsis_is_stated_with_its_stop_as_the_seeds_judged_record_states_it():
    """764 (planted blind): 主要原因是……。 leaves the reason as the template's ……。, stated as the seeds' judged record
    (corpus/expected/flags.json) states 004's ……。 and …。 — one convention, so a flag's id does not move."""
    [f] = [f for f in flags(report(prose="全年预算数较年初预算数增加80.00万元，主要原因是……。")) if f.rule == "JX701"]
    assert f.stated == "……。"


def test_a_list_amount_in_the_unit_its_own_column_names():
    """760 (planted blind): a 采购清单 whose 单价（元） column stands left of 金额（万元）: the amounts are in 万元,
    the amount column's own unit, so a 合计 of 33.00 is above the budget of 30 (JX102), not 33 元."""
    buy = ("附：材料采购清单\n序号\t品目\t数量\t单价（元）\t金额（万元）\n1\t沥青\t40\t4,500\t18.00\n"
           "2\t碎石\t1,000\t150\t15.00\n合计\t\t\t\t33.00")
    recs = normalize_document(read_bytes(report(prose=buy).encode("utf-8"), "r.txt"))
    assert [(x.money_unit, x.total.raw) for x in recs.lists] == [("万元", "33.00")]
    assert "JX102" in [f.rule for f in check(recs)]


def test_a_list_in_the_unit_a_line_over_it_states():
    """1072 (planted blind): 附：资金支付明细, then 单位：元, then a list whose head names no unit: its amounts
    are in 元 (not the usual 万元), so a 合计 of 312,000.00 is above the budget of 30万元 by 1.2万元, the
    message giving the 合计 in 元 as written and in the fund table's 万元 beside the budget as the table writes it
    (s253; it said 超过项目预算 300000元 before); its caption is the 附 line, not the unit line. A list of 290,000.00 元
    is within it."""
    def said(total):
        pay = f"附：资金支付明细\n单位：元\n序号\t支付内容\t支付金额\n1\t设备购置\t{total}\n合计\t\t{total}"
        recs = normalize_document(read_bytes(report(prose=pay).encode("utf-8"), "r.txt"))
        return recs, [f for f in check(recs) if f.rule == "JX102"]
    recs, [f] = said("312,000.00")
    assert [(x.title, x.money_unit) for x in recs.lists] == [("附：资金支付明细", "元")]
    assert "合计 312,000.00元（合 31.2万元），超过项目预算 30万元，超出 1.2万元" in f.message
    assert said("290,000.00")[1] == []


def test_a_year_left_unfilled_is_stated_with_its_digits():
    """1077 (planted blind): a deadline target 20XX年12月31日前, the template's year left: JX701 states 20XX as
    the cell writes it, not the marks alone; a figure's marks (≥**个) are stated as before."""
    rows = [("产出指标", "时效指标", "补助资金兑付时间", "20XX年12月31日前", "2023年12月16日", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert [f.stated for f in flags(report(rows=rows)) if f.rule == "JX701"] == ["20XX"]
    assert [f.stated for f in flags(report(prose="项目于20XX年完成，支出**万元。\n")) if f.rule == "JX701"] == \
        ["**、20XX"]
    # fixraw12 (realworld 065): the year of a document number in its brackets (川财农〔20xx〕167号) is a year too
    assert [f.stated for f in flags(report(prose="根据《关于下达20xx年资金的通知》(川财农〔20xx〕167号)下达资金。\n"))
            if f.rule == "JX701"] == ["20xx"]


def test_a_row_whose_actual_alone_is_left_empty_scored_full_was_not_evaluated():
    """1077 (planted blind): 库容 ≥5000吨 with its 实际完成值 cell empty, scored its full 40, every other row's
    actual filled: the row was never evaluated (JX306, stating the score). A dash (—, maybe not applicable),
    a row scored below full, or a second row without its actual is no such finding."""
    def rows(actual="", score="40", second="96%"):
        return [("产出指标", "数量指标", "冷链仓储库容", "≥5000吨", actual, "40", score, ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", second, "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    [f] = [f for f in flags(report(rows=rows())) if f.rule == "JX306"]
    assert f.stated == "40" and "实际完成值为空（目标值 ≥5000吨）" in f.message
    assert "JX306" not in codes(report(rows=rows(actual="—")))
    assert "JX306" not in codes(report(rows=rows(score="30"), total="90"))
    assert "JX306" not in codes(report(rows=rows(second="")))
    # a deadline may not be due by the report; a figure the name writes itself (变压器3台 | 3) says what was done
    due = [("产出指标", "时效指标", "完工时间", "2024年6月30日前", "", "40", "40", "")] + rows()[1:]
    assert "JX306" not in codes(report(rows=due))
    named3 = [("产出指标", "数量指标", "购置变压器3台", "3", "", "40", "40", "")] + rows()[1:]
    assert "JX306" not in codes(report(rows=named3))
    # the name's figure written in full-width digits (变压器３台, planted's rewrite of 032)
    wide3 = [("产出指标", "数量指标", "购置变压器３台", "3", "", "40", "40", "")] + rows()[1:]
    assert "JX306" not in codes(report(rows=wide3))


def test_a_grade_left_as_the_templates_choices_is_template_text():
    """1072 (planted blind): the 总分 row's 自评等级：优/良/中/差, no grade chosen: JX701 states the choices. A
    grade chosen, or the grades listed as a legend (等级（优/良/中/差）, 等级：优/良/中/差（90分以上为优）), is none."""
    def said(line):
        return [f.stated for f in flags(report(prose=line + "\n")) if f.rule == "JX701"]
    assert said("自评等级：优/良/中/差") == ["优/良/中/差"]
    assert said("自评等级：优") == []
    assert said("评价等级（优/良/中/差）按得分确定。") == []
    assert said("等级：优/良/中/差（90分以上为优）") == []


def test_the_grade_follows_the_scale_the_document_states():
    """1073 (planted blind): 总分 93.31 graded 优 under a 注 making 优 95分（含）以上 and 良 85 to 95: 良 by the
    form's own scale (JX304), though the common scale says 优. The common scale's bands stated, or none, leave
    the common reading; a total below every stated floor takes the grade under the lowest."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "88%", "20", "{}", "")]
    own = "注：自评等级：95分（含）以上为优，85分（含）至95分为良，70分（含）至85分为中，70分以下为差。"
    common = "注：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"
    def said(score, total, grade, prose):
        rs = rows[:2] + [rows[2][:6] + (score, "")]
        return [(f.stated, f.expected) for f in flags(report(rows=rs, total=total, grade=grade, prose=prose))
                if f.rule == "JX304"]
    assert said("13.31", "93.31", "优", own) == [("优", "良")]
    assert said("13.31", "93.31", "良", own) == []
    assert said("13.31", "93.31", "优", common) == []
    assert said("13.31", "93.31", "优", "") == []
    assert said("0", "80", "中", "注：95分以上为优，85分（含）至95分为良。") == []   # below 85: the grade under 良
    # a scale of something other than the score (满意度 95 以上为优), no 分 nor score word: not the form's grades
    assert said("13.31", "93.31", "优", "群众满意度达到95以上为优，85以上为良，70以上为中。") == []
    # grammar23: the score's word is the score header's head noun (复核分, 自评分), not a list of three
    assert said("13.31", "93.31", "优", "注：按复核分评定：95以上为优，85至95为良，70至85为中，70以下为差。") == [("优", "良")]


def test_a_total_line_of_labels_over_values_or_glued_to_them_is_the_projects_total():
    """803's 总分 line (its labels ruby over 100 / 99.30 / 优; a print puts them on a line above) and
    805.pdf's (a print dropping the label boxes' gap: 总分100 得分98.84): the full marks, score and grade."""
    for prose in ("总分 得分 自评等级\n100 96 优", "总分100 得分96 自评等级优"):
        p = normalize_document(read_bytes(report(total=None, prose=prose).encode("utf-8"), "r.txt")).projects[0]
        assert (p.total_weight_stated.raw, p.total_score_stated.raw, p.grade_stated) == ("100", "96", "优"), prose


def test_a_reason_cell_that_only_says_the_work_is_done_gives_no_reason():
    """934 (planted blind): 46期 of ≥50期 with its 偏差原因 cell written only 已完成: a claim the target was
    met, no cause of the shortfall (JX402). A cell giving a cause, or a met row saying 已完成, is no slip."""
    def rows(actual, reason):
        return [("产出指标", "数量指标", "培训期数", "≥50期", actual, "90", "82.8" if actual == "46期" else "90", reason)]
    [f] = [f for f in flags(report(rows=rows("46期", "已完成"), total="92.8")) if f.rule == "JX402"]
    assert f.stated == "46期" and "只写“已完成”" in f.message
    assert "JX402" in codes(report(rows=rows("46期", "已全部完成。"), total="92.8"))
    assert "JX402" in codes(report(rows=rows("46期", "已达标"), total="92.8"))
    assert "JX402" not in codes(report(rows=rows("46期", "部分乡镇培训与农时冲突，4期延至次年完成"), total="92.8"))
    assert codes(report(rows=rows("52期", "已完成"), total="100")) == []


def test_a_reason_cell_left_as_the_templates_prompt_gives_no_reason_and_is_template_text():
    """1154 (planted blind): 186 of ≥200口 with its 偏差原因 cell still the template's （请填写偏差原因）: no reason
    (JX402) and template text left (JX701). A reason that asks something of its reader in its own words, or a
    prompt inside a longer cell (a header's 偏差原因（请填写）), is neither."""
    def found(reason):
        rows = [("产出指标", "数量指标", "新建初加工池", "≥200口", "186口", "40", "37.2", reason),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [(f.rule, f.stated) for f in flags(report(rows=rows, total="97.2")) if f.rule in ("JX402", "JX701")]
    assert sorted(found("（请填写偏差原因）")) == [("JX402", "186口"), ("JX701", "（请填写偏差原因）")]
    assert sorted(found("请输入")) == [("JX402", "186口"), ("JX701", "请输入")]
    assert found("部分地块流转滞后，14口延至次年建成，请财政部门予以支持。") == []
    # the prompt kept with the answer typed after its colon: a reason written, no prompt left
    assert found("请填写偏差原因：部分地块流转滞后") == []
    # the verbs of writing in by their morphemes, not a list of six: 说明 / 键入 / 简述 after where or how
    for prompt in ("请简要说明偏差原因", "（请在此处键入）", "（请简述原因）", "请注明"):
        assert ("JX701", prompt) in found(prompt), prompt
    # 请示 / 请求 (a request) and an act (请专家评审) are words written, not the template's
    for reason in ("请示已批复，14口延至次年", "请专家评审后调整"):
        assert ("JX701", reason) not in found(reason), reason


def test_a_request_or_a_pointer_back_that_holds_a_morpheme_of_writing_is_no_prompt():
    """Review (review10): the prompt's slot of two characters let 请求 / 请示 through when a morpheme of writing came
    within two characters (请求补助资金: 求 + 补), and 上述 / 关注 / 注意 read as writing in: a reason of the office's
    own words was flagged as the template's prompt left standing (JX701)."""
    def found(reason):
        rows = [("产出指标", "数量指标", "新建初加工池", "≥200口", "186口", "40", "37.2", reason),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [f.rule for f in flags(report(rows=rows, total="97.2")) if f.rule == "JX701"]
    for reason in ("请求补助资金", "请示列入计划", "请上述单位年底前完成。", "请予关注", "请注意保存"):
        assert found(reason) == [], reason
    assert found("请概述偏差原因") == ["JX701"]


def test_a_figures_place_left_as_a_line_to_write_on_is_template_text():
    """1150 (planted blind): 项目结余资金____万元已按规定收回 leaves the figure a line of underscores (JX701, stated
    as written); a line to sign or date a printed form (填报人签字：______, ____年__月__日) holds no figure."""
    [f] = [f for f in flags(report(prose="项目结余资金____万元已按规定收回财政统筹使用。")) if f.rule == "JX701"]
    assert f.stated == "____"
    assert "JX701" in codes(report(prose="全年完成培训＿＿＿人次。"))
    assert "JX701" not in codes(report(prose="填报人签字：________　　填报日期：____年__月__日"))


def test_a_reason_cell_that_points_to_notes_that_never_name_the_row_gives_no_reason():
    """1076 (planted blind): 7 of ≥8条 with its 偏差原因 cell written 详见说明, while the 说明 under the form speaks
    of the budget and the balance only: no reason (JX402). Where a note names the indicator, the pointer
    finds its reason there."""
    def said(prose):
        rows = [("产出指标", "数量指标", "新建加工生产线", "≥8条", "7条", "40", "35", "详见说明"),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [f for f in flags(report(rows=rows, total="95", prose=prose)) if f.rule == "JX402"]
    [f] = said("说明：1.全年预算数较年初预算数增加60.00万元。\n2.项目结余资金已收回财政。")
    assert f.stated == "7条" and "详见说明" in f.message
    assert said("说明：1.1条加工生产线因设备到货延迟，延至次年建成。") == []


def test_a_measures_change_from_the_previous_years_figure_in_its_own_unit():
    """938 (planted blind): 较上年120公斤增加12公斤，增长12% (10%): a change in 公斤 from the previous year's
    figure written before it, measured from it as a change in 万元 is (JX602)."""
    [f] = [f for f in flags(report(prose="平均亩产干花132公斤，较上年120公斤增加12公斤，增长12%。")) if f.rule == "JX602"]
    assert (f.stated, f.expected) == ("12%", "10%")
    assert "JX602" not in codes(report(prose="平均亩产干花132公斤，较上年120公斤增加12公斤，增长10%。"))
    assert "JX602" not in codes(report(prose="种植面积6.2万亩，较上年5.8万亩增加0.4万亩，增长6.9%。"))
    assert "JX602" in codes(report(prose="种植面积6.2万亩，较上年5.8万亩增加0.4万亩，增长9.6%。"))
    # two units: not the one measure
    assert "JX602" not in codes(report(prose="较上年120公斤增加12吨，增长12%。"))


def test_a_change_told_as_a_move_from_the_previous_years_figure():
    """1074 (planted blind): 户均收益由上年的9,600元提高到10,950元，增加1,350元，增幅15.0% (14.1%): the rate is the
    change over the previous year's figure (JX602); 增幅14.1% is right, and a move one way with a change the
    other is not judged here."""
    said = "项目区菇农户均收益由上年的9,600元提高到10,950元，增加1,350元，增幅{}%。\n"
    assert [(f.rule, f.stated, f.expected) for f in flags(said.format("15.0"))] == [("JX602", "15.0%", "14.06%")]
    assert codes(said.format("14.1")) == []
    assert codes("亩产由上年的120公斤提高到132公斤，增加12公斤，增长10%。\n") == []
    assert codes("亩产由上年的120公斤提高到132公斤，减少12公斤，增长12%。\n") == []


def test_a_move_from_the_previous_years_figure_read_by_a_grammar_of_direction():
    """grammar23: the move's verbs are normalize.quantity's grammar of change (增 / 减 / 升 / 降 as a morpheme,
    提升, 缩减, 攀升), their direction its morphemes', not the five words UP_WORDS held: 提升 and a fall read."""
    assert [(f.rule, f.stated, f.expected) for f in
            flags("户均收益由上年的9,600元提升到10,950元，增加1,350元，增幅15.0%。\n")] == [("JX602", "15.0%", "14.06%")]
    assert [(f.rule, f.stated, f.expected) for f in
            flags("亩均用药由上年的120公斤缩减至108公斤，减少12公斤，降幅12%。\n")] == [("JX602", "12%", "10%")]
    assert codes("亩均用药由上年的120公斤缩减至108公斤，减少12公斤，降幅10%。\n") == []
    assert codes("产值由上年的120万元攀升至132万元，增加12万元，增幅10%。\n") == []
    # a move one way with a change the other: not judged
    assert codes("亩均用药由上年的120公斤缩减至108公斤，增加12公斤，降幅12%。\n") == []


def test_the_base_period_of_a_change_is_read_by_the_one_grammar_of_periods():
    """The previous figure's period is normalize.quantity.PERIOD (上一年度, 上期, 上季度, 2022年度 …), the grammar the
    quantities read, not five spellings of last year: 由上一年度的… fell through the list (上一年 then 度)."""
    assert [(f.rule, f.stated, f.expected) for f in
            flags("亩均用药由上一年度的120公斤缩减至108公斤，减少12公斤，降幅12%。\n")] == [("JX602", "12%", "10%")]
    assert [(f.rule, f.stated, f.expected) for f in
            flags("户均收益由上期的9,600元提升到10,950元，增加1,350元，增幅15.0%。\n")] == [("JX602", "15.0%", "14.06%")]
    assert codes("亩均用药由上一年度的120公斤缩减至108公斤，减少12公斤，降幅10%。\n") == []


def test_a_move_from_the_previous_years_figure_told_with_its_rate_alone():
    """1155 (planted blind): 亩均收益由上年的3,200元减少到2,950元，增长7.8%: a move with its rate and no amount
    between; the rate's word goes against the figures and the move (a fall told as growth), and a rate that is
    not the change over the previous year's figure is wrong as with an amount written."""
    assert [(f.rule, f.stated, f.expected) for f in
            flags("亩均收益由上年的3,200元减少到2,950元，增长7.8%。\n")] == [("JX602", "增长", "下降")]
    assert codes("亩均收益由上年的3,200元减少到2,950元，下降7.8%。\n") == []
    assert [(f.rule, f.stated, f.expected) for f in
            flags("亩均收益由上年的3,200元提高到3,500元，增长12.5%。\n")] == [("JX602", "12.5%", "9.38%")]
    assert codes("亩均收益由上年的3,200元提高到3,500元，增长9.4%。\n") == []
    # a move whose verb goes against its own figures, or a share's points: not judged
    assert codes("亩均收益由上年的3,200元提高到2,950元，增长7.8%。\n") == []
    assert codes("覆盖率由上年的80%提高到90%，增长12.5%。\n") == []


def test_a_gap_from_a_target_rate_written_with_gaochu():
    """939 (planted blind): 达到32.5%，较目标值30%高出2.0个百分点: 高出 states a gap as 高于 does, and the
    target's 30% is set, exact, so the gap is 2.5 (the result's rounding alone is ±0.05)."""
    said = "果园有机肥替代化肥比例达到32.5%，较目标值30%高出{}个百分点。\n"
    assert [(f.rule, f.stated, f.expected) for f in flags(said.format("2.0"))] == \
        [("JX606", "2.0个百分点", "2.5个百分点")]
    assert codes(said.format("2.5")) == []


def test_a_gap_in_points_is_read_after_any_comparative_or_verb_of_change():
    """The gap's comparison by its grammar (a comparative 多于 / 少于 …, any verb of change: 提升, 攀升, 回落), not six
    verbs: 提升 and 少于 fell through the list."""
    assert [(f.rule, f.stated, f.expected) for f in
            flags("群众满意度98%，较上年90%提升5.5个百分点。\n")] == [("JX606", "5.5个百分点", "8个百分点")]
    assert codes("群众满意度98%，较上年90%提升8个百分点。\n") == []
    assert [(f.rule, f.stated) for f in
            flags("优良率81.6%，少于目标值85%共4.4个百分点。\n")] == [("JX606", "4.4个百分点")]


def test_a_gap_after_the_target_rate_inside_the_comparison():
    """1047 (planted blind): 优质果率81.6%，低于目标值85%共4.4个百分点 (3.4): the target's rate is the object of
    低于, the gap after it; the two rates are the result's and the target's."""
    said = "受花期低温阴雨影响，优质果率81.6%，低于目标值85%共{}个百分点。"
    assert [(f.rule, f.stated, f.expected) for f in flags(said.format("4.4") + "\n")] == \
        [("JX606", "4.4个百分点", "3.4个百分点")]
    assert codes(said.format("3.4") + "\n") == []
    assert codes("优质果率81.6%，低于目标值85%达3.4个百分点。\n") == []


def test_a_lists_sum_over_the_budget_is_stated_to_the_items_places():
    """934 (planted blind): a 支付明细 with no 合计 row, its items 486.50 … written to two places: the sum
    over the budget is stated 1318.40 as the items' places give it, not 1318.4."""
    no_total = report() + "序号\t支付日期\t用途\t支付金额（万元）\n1\t3.1\t办公\t10.50\n2\t5.2\t宣传\t25.00\n"
    assert [(f.rule, f.stated) for f in flags(no_total)] == [("JX102", "35.50")]


def test_a_choice_left_unmade_is_found_across_its_cells_wrapped_line():
    """937.scan (planted blind): OCR gives the narrow 偏差原因 cell as 较上年增长/下\\n降: the line break is the
    cell's width, no text; the choice is stated as written, 增长/下降 (JX701)."""
    from jixiao.rules.text import _placeholders
    assert _placeholders("养殖户补栏意愿较上年增长/下\n降，能繁母猪存栏略低于目标。", False) == {"增长/下降"}
    assert _placeholders("养殖户补栏意愿较上年增长/下降。", False) == {"增长/下降"}
    assert _placeholders("补栏意愿较上年增长，能繁母猪存栏下降。", False) == set()



def test_the_first_band_name_follows_the_rules_subject_and_verb():
    """987 (planted blind): 注：定性指标按优（分值的90%（含）-100%）、良（…）、中（…）、差（…）: the first band's name is
    优, not 定性指标按优 (the rule's subject and verb before it, no mark between), so a result written 优 is in
    that band: 5 of 8 (62.5%) is below it (7.2-8)."""
    note = ("\n注：定性指标按优（分值的90%（含）-100%）、良（分值的75%（含）-90%）、中（分值的60%（含）-75%）、"
            "差（分值的60%以下）四档评分。\n")
    rows = [("产出指标", "质量指标", "品质分级管理水平", "优", "优", "8", "8", ""),
            ("效益指标", "社会效益指标", "区域品牌影响力", "优", "良", "8", "6.8", "宣传不足")]
    text, recs = rated(rows, note, weights="16", scored="14.8")
    assert recs.tier_names == ["优", "良", "中", "差"]
    assert "JX408" not in codes(text)
    [f] = [f for f in flags(text.replace("\t优\t8\t8", "\t优\t8\t5")) if f.rule == "JX408"]
    assert (f.stated, f.expected) == ("5", "7.2-8")


def test_a_figure_inside_a_quoted_passage_is_the_quoted_papers_not_the_reports():
    """Issue 21 (1014): a review's words quoted (评价意见摘录如下：“…。项目第三方评价得分94.50分，等级为优。”) state the
    reviewer's score, not the report's total told differently; the same sentence unquoted is the report's own,
    and a quoted name that ends no sentence (“一点多能”) leaves its sentence's figures the report's."""
    quoted = "第三方评价意见摘录如下：“抽查培训记录3次，群众满意度95%。项目第三方评价得分94.50分，等级为优。”"
    assert "JX501" not in codes(report(prose=quoted))
    assert "JX501" in codes(report(prose=quoted.replace("“", "").replace("”", "")))
    assert "JX501" in codes(report(prose="推行“一点多能”运营，项目自评得分99分。"))
    # quotation marks set the wrong way round (”放管服“): what stands between two pairs is the report's own
    assert "JX501" in codes(report(prose="按照”放管服“改革要求。项目自评得分99分。加强”过程管理“。"))


def test_a_count_right_after_the_names_of_a_compound_kind():
    """在小溪镇、…、国强乡6个乡镇实施 (1119, planted blind): the count after the last name with no 共, the names
    towns (镇) and a township (乡), both kinds of the 乡镇 counted."""
    text = "项目在小溪镇、坂仔镇、霞寨镇、九峰镇、国强乡6个乡镇实施，全年建设标准化果园2.06万亩。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "6个乡镇", "5个乡镇")
    assert codes(text.replace("6个", "5个")) == []
    assert codes("项目在温泉镇、红山乡共3个乡镇实施。\n") == ["JX605"]          # 共 and two kinds
    assert codes("项目在小溪镇、国强乡等6个乡镇实施。\n") == []                # 等: not all named
    assert codes("新建蓄水池、沉砂池3个排水口。\n") == []                      # names of another kind than the noun


def test_names_ending_in_etc_that_outnumber_their_count():
    """在蕉城镇、…、南磜镇等5个镇建设镇级电商服务站 (1290, planted blind): 等 says not every one is named, so the
    count may be more than the names, never fewer: six named under 等5个 is a slip; the count's noun is the first
    run of the names' kind (镇), not the words after it (镇建设镇级…)."""
    text = "全年在蕉城镇、长潭镇、三圳镇、新铺镇、广福镇、南磜镇等5个镇建设镇级电商服务站，建设村级电商服务点84个。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "5个镇", "≥6个镇")
    assert codes(text.replace("等5个", "等6个")) == [] and codes(text.replace("等5个", "等8个")) == []
    # the count first, the names after it ending in 等
    [f] = flags("局属单位3个，即办公室、预算股、国库股、综合股等。\n")
    assert (f.rule, f.stated, f.expected) == ("JX605", "3个", "≥4个")
    assert codes("局属单位5个，即办公室、预算股、国库股等。\n") == []
    # 和 / 及 inside a name before the last is the name's own word, not a mark between two (015's 12类项目)
    listed = "服务内容主要包括4类项目,包括预防接种、传染病及突发公共卫生事件报告和处理、中医药健康管理等。\n"
    assert codes(listed) == [] and codes(listed.replace("4类", "2类")) == ["JX605"]
    assert codes("内设机构3个，即办公室、预算股和国库股。\n") == [] and codes("内设机构2个，即办公室、预算股和国库股。\n") == ["JX605"]


def test_a_total_counting_a_head_sections_score_above_the_indicators_is_no_wrong_sum():
    """JX302 (1130, the central-transfer 区域绩效目标自评表): 预算执行情况 19.60, 年度目标完成情况 20 and the indicators
    59.82 make the 自评得分 99.42; the 20 of the goals' section, in the total's column above the indicator rows,
    is a part of the total no record holds. With that figure another number, or gone, the sum is wrong."""
    from pathlib import Path
    page = (Path(__file__).resolve().parent.parent / "corpus" / "native" / "1130.html").read_text(encoding="utf-8")
    assert page.count('<td rowspan="4">20</td>') == 1

    def got(html):
        return sorted(f.rule for f in check(normalize_document(read_bytes(html.encode("utf-8"), "t.html"))))
    assert "JX302" not in got(page)
    assert "JX302" in got(page.replace('<td rowspan="4">20</td>', '<td rowspan="4">10</td>'))
    assert "JX302" in got(page.replace('<td rowspan="4">20</td>', '<td rowspan="4"></td>'))


def test_a_results_unit_one_keystroke_off_its_targets_and_no_unit_at_all_is_a_slip():
    """065 (a real passage): 经果林 32.49hmm against its target 32.49hm. hm (a hectare's hm² written without its
    power) is a unit by the SI grammar, hmm is none, one letter apart: a slip of the hand (JX802), as is 公理 for
    公里 (a homophone typed). Units that both are units (人 / 人次, km / m: convertible, or what the row says), a
    noun after the unit (3000亩地: what is counted), or a unit the grammar does not know written on both sides
    are no finding."""
    def rows(target, actual):
        return [("产出指标", "数量指标", "治理面积", target, actual, "40", "40", ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    [f] = [f for f in flags(report(rows=rows("32.49hm", "32.49hmm"))) if f.rule == "JX802"]
    assert (f.stated, f.expected) == ("32.49hmm", "hm") and "“hmm”不是计量单位" in f.message
    [f] = [f for f in flags(report(rows=rows("≥5公里", "5.2公理"))) if f.rule == "JX802"]
    assert (f.stated, f.expected) == ("5.2公理", "公里")
    [f] = [f for f in flags(report(rows=rows("≥5kmm", "5.2km"))) if f.rule == "JX802"]     # the target's slip
    assert (f.stated, f.expected) == ("≥5kmm", "km")
    [f] = [f for f in flags(report(rows=rows("≥3000人次", "3150人此"))) if f.rule == "JX802"]   # corpus/native 1727
    assert (f.stated, f.expected) == ("3150人此", "人次")
    for target, actual in (("32.49hm", "32.49hm"), ("≥300人", "320人次"), ("≥2km", "2100m"), ("≥3000亩", "3100亩地"),
                           ("≥10个", "12个村"),
                           ("≥5xq", "5.2xp")):
        assert "JX802" not in codes(report(rows=rows(target, actual))), (target, actual)
    ocr = [f for f in check(replace(normalize_document(read_bytes(report(rows=rows("32.49hm", "32.49hmm")).encode(), "r.txt")),
                                    ocr=True)) if f.rule == "JX802"]
    assert ocr == []     # a scan's unit one character off is the recogniser's (the reader says it)



def test_a_scans_unit_kept_as_printed_because_read_surely_is_judged_as_a_typed_files():
    """1427.scan: 12.6万屯 beside ≥12万吨, read surely by OCR and kept as printed by the reader
    (Indicator.unit_as_printed): the print's slip, so JX802 finds it on a scan too; the same row unmarked (the
    recogniser's, said by the reader) is still no finding."""
    def rows(target, actual):
        return [("效益指标", "经济效益指标", "芒果鲜果产量", target, actual, "40", "40", ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    recs = replace(normalize_document(read_bytes(report(rows=rows("≥12万吨", "12.6万屯")).encode(), "r.txt")), ocr=True)
    assert "JX802" not in [f.rule for f in check(recs)]
    recs.indicators[0].unit_as_printed = True
    [f] = [f for f in check(recs) if f.rule == "JX802"]
    assert (f.stated, f.expected) == ("12.6万屯", "吨")


def test_items_run_into_a_table_cell_are_numbered_as_a_paragraphs_are():
    """fixraw14 (realworld 007): a form's cell written as running text numbers its items run in (年度主要工作内容:
    1.…。2.…。3.…。4.…。4.…。5.…): the number given twice is flagged as in a paragraph; a list begun again
    in the paragraph (（二）…1、…2、) or a page's own 1、 before the document's (1、某报告。1、项目名称) is not."""
    cell = "1.完成数字化城市管理监督工作。2.做好平台的日常维护。3.对各类信息的收集。4.完成各终端单位的考核考评。" \
           "4.对受理的投诉进行处理。5.对各县市区工作的业务指导。"
    html = f"<p>某中心2018年度部门整体支出绩效评价自评报告</p><table><tr><td>年度主要工作内容</td><td>{cell}</td></tr></table>"
    got = [(f.rule, f.stated) for f in check(normalize_document(read_bytes(html.encode(), "p.html"), name="p.html"))]
    assert ("JX103", "4") in got
    assert "JX103" not in codes(report(prose="（一）甲项。1、完成甲。2、完成乙。（二）乙项。1、完成丙。2、完成丁。3、完成戊。"))
    assert "JX103" not in codes(report(prose="1、某某工程项目绩效评价报告。1、项目名称:某某工程。2、主要内容:挖补。"))


def test_spending_above_the_budget_covered_by_money_arrived_with_its_reason_is_no_over_execution():
    """fixraw14 (realworld 019): 总预算36,620万元, 资金已到位36,982.43万元 (其中…地方财政配套补助资金…: the reason it
    arrived above the budget, as JX205 asks), 已使用36,948.11万元: the money spent was there, no JX201; spending
    above the budget with no such arrival is still flagged."""
    head = "某某示范项目绩效自评报告\n\n示范项目总预算36,620万元。\n\n"
    spent = "截至年末,示范项目资金已使用36,948.11万元。\n"
    arrived = "截至年末,示范项目资金已到位36,982.43万元,其中:中央财政补助资金10,000万元,地方财政配套补助资金21,106.24万元," \
              "其他资金渠道5,876.19万元。\n\n"
    assert "JX201" not in codes(head + arrived + spent)
    assert "JX201" in codes(head + spent)
    assert "JX201" in codes(head + arrived.replace("36,982.43", "36,700.00") + spent)   # arrived short of it


def test_a_move_whose_amount_of_change_is_not_the_two_figures_difference():
    """1224 (planted blind): 户均茶叶收入由上年的1.86万元提高到2.08万元，增加0.12万元，增长11.8%: the rate is right on
    the two figures (0.22 / 1.86), the amount is the slip; said once, of the amount, not twice of the rate worked
    on the wrong amount. A rate wrong as well is said of the rate too, on the two figures."""
    said = "户均茶叶收入由上年的1.86万元提高到2.08万元，增加{}万元，增长{}%。\n"
    assert [(f.rule, f.stated, f.expected) for f in flags(said.format("0.12", "11.8"))] == \
        [("JX602", "0.12万元", "0.22万元")]
    assert codes(said.format("0.22", "11.8")) == []
    assert sorted((f.stated, f.expected) for f in flags(said.format("0.12", "6.5"))) == \
        [("0.12万元", "0.22万元"), ("6.5%", "11.83%")]
    assert [(f.stated, f.expected) for f in flags("亩用药由上年的120公斤缩减至108公斤，减少2公斤，降幅10%。\n")] == \
        [("2公斤", "12公斤")]


def test_a_move_whose_figures_go_against_its_verb_has_no_amount_of_change_judged_on_them():
    """提高到 a smaller figure: the slip is a figure or the verb, which the text does not tell; the two figures'
    difference is no amount it meant, and no flag says 增加额应为 0.22 of a written 0.22."""
    said = "户均茶叶收入由上年的1.86万元提高到1.64万元，增加0.22万元，增长11.8%。\n"
    assert not [f for f in flags(said) if f.stated == f.expected], [(f.rule, f.message) for f in flags(said)]
    assert codes(said) == []


def test_a_count_after_the_names_whose_noun_names_a_second_kind_in_brackets():
    """1224 (planted blind): 在汤山街道、…、花桥镇6个镇（街道）实施 names seven: the counted noun 镇 with a second kind in
    brackets (街道), the names ending in either, counted by the marks between them."""
    text = "项目在汤山街道、泉都街道、中坝街道、本庄镇、白沙镇、龙塘镇、花桥镇6个镇（街道）实施，完成茶园提质改造3.12万亩。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "6个镇（街道）", "7个镇（街道）")
    assert codes(text.replace("6个", "7个")) == []
    assert codes(text.replace("6个镇（街道）", "6个镇(街道)").replace("6个", "7个")) == []
    assert codes("项目在本庄镇、白沙镇等4个镇（街道）新建加工生产线。\n") == []      # 等: not all named
    assert codes("项目在汤山街道、本庄镇3个镇（乡）实施。\n") == []                  # 街道 is neither kind counted


def test_a_count_then_the_names_it_counts_in_brackets():
    """1363 (planted blind): 建成茶叶加工示范点4个（大东坝镇、新兴镇、古市镇） names three: the bracket right after the
    count names what it counts (its places here, of no kind of the noun before the count); a bracket after a noun
    that follows the count names the noun's own kind or something else (6个乡镇（街道、社区）: two more kinds)."""
    text = "全年建成茶叶加工示范点4个（大东坝镇、新兴镇、古市镇），新建生态茶园3,080亩。\n"
    [f] = flags(text)
    assert (f.rule, f.stated, f.expected) == ("JX605", "4个", "3个")
    assert codes(text.replace("4个", "3个")) == []
    assert codes("全年建成示范点4个（大东坝镇、新兴镇等），新建茶园3,080亩。\n") == []          # 等: not all named
    assert codes("全年建成示范点4个（其中大东坝镇、新兴镇）。\n") == []                       # 其中: some of them
    assert codes("全年建成示范点4个（含新建2个、改建2个）。\n") == []                        # figures: no names
    # a bare bracket of sorts, not proper names of one kind: what the count holds, not each one counted
    assert codes("全年培训骨干教师20名（小学、初中）。\n") == []
    assert codes("全年建成服务站点5个（县级、乡级）。\n") == []
    # the count, then its noun, then the bracket: the names must be of the noun's kind
    assert codes("项目覆盖3个乡镇（东庄镇、西庄镇）。\n") == ["JX605"]
    assert codes("项目覆盖3个乡镇（东庄镇、西庄镇、南庄乡）。\n") == []
    assert codes("项目覆盖6个乡镇（街道、社区）。\n") == []


def test_money_left_over_going_back_is_no_reason_for_spending_above_the_budget():
    """s204 noticed: JX201's OTHER_MONEY counted a 结余…收回 clause (money leaving) as other money spent with the
    budget, so a sentence spending above its own budget was let pass; JX205 already set such clauses aside. The two
    rules share one grammar (funds._names_other_money): money returned is no reason, money coming in (其中上年结余…)
    still is."""
    over = "项目预算资金50万元，实际支出55万元，结余资金2万元已按规定收回县财政。"
    assert "JX201" in codes(report(prose=over))
    assert "JX201" not in codes(report(prose="项目预算资金50万元，实际支出55万元，其中上年结余资金5万元。"))
    assert "JX201" not in codes(report(prose=over.replace("55万元", "48万元")))


def test_a_level1_name_typed_on_every_row_is_one_block_over_its_run():
    """s201 noticed: a 一级指标 cell stating its points typed on every row (no merged cell) was a block per row, each
    row's weight against the group's 50 points (JX303 four times, false). A run of rows naming the same level with
    the same points in one table is one block (scores._blocks); a real shortfall is still flagged once."""
    block = ("一级指标\t二级指标\t三级指标\t指标值\t分值\n"
             "产出指标(50分)\t数量指标\t培训次数\t≥2次\t30\n产出指标(50分)\t质量指标\t合格率\t100%\t20\n"
             "效益指标(50分)\t社会效益指标\t参保率\t≥95%\t30\n效益指标(50分)\t社会效益指标\t知晓率\t≥95%\t20\n"
             "合计\t\t\t\t100\n")
    assert "JX303" not in codes(block)
    short = block.replace("\t20\n效益", "\t18\n效益").replace("\t\t\t\t100", "\t\t\t\t98")
    [f] = [f for f in flags(short) if f.rule == "JX303"]
    assert (f.stated, f.expected) == ("48", "50")


def test_a_unit_in_two_glyphs_is_one_unit_for_the_target_checks():
    # ㎡ and m² (a scan reading one for the other, or a writer mixing them) are one unit: a result under its target
    # with full marks is a miss whichever glyph each cell writes; the cells keep their glyphs as written.
    def rows(target, actual):
        return [("产出指标", "数量指标", "人均办公面积", target, actual, "40", "40", ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert "JX401" in codes(report(rows=rows("≥30㎡", "25.29m²")))
    assert "JX401" in codes(report(rows=rows("≥30m²", "25.29㎡")))
    assert "JX401" not in codes(report(rows=rows("≥25㎡", "25.29m²")))
    recs = normalize_document(read_bytes(report(rows=rows("≥30㎡", "25.29m²")).encode("utf-8"), "r.txt"))
    first = recs.indicators[0]
    assert (first.target.q.unit, first.actual.q.unit) == ("㎡", "m²") and first.target.q.unit_key == first.actual.q.unit_key


def test_a_reason_for_money_arriving_above_the_budget_is_looked_for_in_its_own_numbered_item():
    """1394.scan.pdf (planted blind): the OCR reader ran a note's two numbered items into one paragraph, 说明：
    1.项目全年预算…实际到位资金…（no reason）。2.…由上年的96.2%提高到98.5%…: the 上年 of item 2 was taken as the reason
    for item 1's money (its text formats, the items two paragraphs, were flagged). An item's reason is its own."""
    run_in = ("说明：1.项目全年预算30万元，实际到位资金35万元，全年执行30万元。"
              "2.全县农村自来水普及率由上年的96.2%提高到98.5%，提高2.3个百分点。")
    [f] = [f for f in flags(report(prose=run_in)) if f.rule == "JX205"]
    assert f.stated == "35万元"
    # a reason in the item itself still stands, and so does one in an unnumbered paragraph's next sentence
    assert "JX205" not in codes(report(prose=run_in.replace("35万元，", "35万元（含上年结转5万元），")))
    assert "JX205" not in codes(report(prose="项目全年预算30万元，实际到位资金35万元。超出部分为上级追加资金。"))


def test_a_count_target_read_as_2_on_a_scan_is_excused_in_either_glyph_of_its_unit():
    # missed() compares target and actual by unit_key (㎡ and m² one unit), so the ≥-read-as-2 excuse must
    # too: 2600㎡ for ≥600㎡ against an actual 614m² is the OCR's 2, not a target missed
    from types import SimpleNamespace

    from jixiao.normalize.quantity import parse
    from jixiao.rules.common import ge_read_as_2
    row = SimpleNamespace(target=SimpleNamespace(q=parse("2600㎡"), raw="2600㎡"),
                          actual=SimpleNamespace(q=parse("614m²"), raw="614m²"), ocr_confidence=0.8)
    assert ge_read_as_2(row)


def test_parts_after_qizhong_above_their_whole_name_the_whole_in_the_message():
    """项目全年预算600.00万元，其中中央…、省级…、县级… adding to 610.00 (1557): the message names the whole by the words
    before its amount (全年预算), not by the amount and 其中, and says the parts named exceed it (其中 need not name every
    part, so only a sum above the whole is a finding)."""
    prose = ("项目全年预算600.00万元，其中中央财政资金380.00万元、省级财政资金140.00万元、县级财政资金{}万元；"
             "全年执行582.60万元，执行率97.10%。")
    assert "JX604" not in codes(report(prose=prose.format("80.00")))
    [f] = [f for f in flags(report(prose=prose.format("90.00"))) if f.rule == "JX604"]
    assert (f.stated, f.expected) == ("600.00万元", "610万元")
    assert "“项目全年预算”" in f.message and "其中”" not in f.message and "超过" in f.message


def test_a_stated_total_is_named_by_its_word_not_repeated_with_its_amount():
    """资金主要用于：A万元；B万元；C万元；共计547.20万元 (1506): the message names the total by its word (共计) and
    gives its amount once, not “共计547.20万元”写为 547.20万元; so does a 合计 closing parts after 其中."""
    listed = "资金主要用于：户厕改造186.40万元；污水处理设施321.60万元；垃圾收集设施48.20万元；共计547.20万元。"
    [f] = [f for f in flags(report(prose=listed)) if f.rule == "JX604"]
    assert "“共计”写为 547.20万元" in f.message and f.stated == "547.20万元"
    closed = "项目支出45万元，其中：人员经费30万元，公用经费10万元，合计45万元。"
    [f] = [f for f in flags(report(prose=closed)) if f.rule == "JX604"]
    assert "“合计”写为 45万元" in f.message


def test_a_whole_split_by_fenbiewei_is_named_by_its_words():
    """项目资金100万元，分别为40万元，30万元，20万元: the whole is named by the words before its amount (项目资金), not
    quoted as “100万元，分别为”."""
    [f] = [f for f in flags(report(prose="项目资金100万元，分别为40万元，30万元，20万元。")) if f.rule == "JX604"]
    assert "“项目资金”写为 100万元" in f.message and "分别为”" not in f.message


def test_rows_left_unread_leave_no_form_level_unfilled_finding():
    """1549.pdf (boxed runs printed as narrow boxes: 2 of 12 rows read, neither with its score, 10 counted unread):
    JX306 said 各指标均无得分，总分却写为 97.70, a finding about every row made over two. With rows left unread the
    form-level findings (every row blank, every score blank) are not known and not raised, as the weights' total is
    not checked; over rows all read the finding stands."""
    blank = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "", ""),
             ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "", "")]
    unread = ("", "", "96%", "30", "30", "", "", "")   # a figure in the 三级指标 column: counted unread
    text = report(rows=blank + [unread], total="90")
    assert normalize_document(read_bytes(text.encode("utf-8"), "r.txt")).projects[0].rows_unread
    assert "JX306" not in codes(text)
    assert "JX306" in codes(report(rows=blank, total="90"))


def test_a_list_in_yuan_over_a_budget_in_wanyuan_states_both_in_the_tables_unit():
    """1584 (planted blind): a 明细 in 元 whose 合计 12,934,600.00元 is above the 全年预算 1,286.00万元. The message
    said 超过项目预算 12860000元，超出 74600元 (the budget in the list's unit, as no table writes it): it gives the
    list's amount in the fund table's unit too and the budget as the table writes it. The stated figure is as before."""
    pay = "附：资金支出明细（单位：元）\n序号\t用途\t金额（元）\n1\t设备采购\t200,000.00\n2\t宣传服务\t105,000.00\n合计\t\t305,000.00"
    [f] = [f for f in flags(report(budget="30.00", executed="30.00", prose=pay)) if f.rule == "JX102"]
    assert f.stated == "305,000.00"
    assert f.message.endswith("合计 305,000.00元（合 30.50万元），超过项目预算 30.00万元，超出 0.50万元。"), f.message


def test_a_rate_taken_on_the_initial_budget_says_so():
    """1618: 年初 880.00 cut to 全年 860.00, 执行 831.62, 执行率 written 94.50% (831.62 / 880.00; 96.70% on the
    全年): JX202's message says the rate is the amount spent over the 年初 budget. A rate wrong on both budgets
    says nothing of the 年初; the stated and expected figures are as before."""
    def rate_flag(initial, rate):
        text = "\n".join([
            "项目名称\t测试项目",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t执行数\t执行率\t分值\t得分",
            f"\t年度资金总额\t{initial}\t860.00\t831.62\t{rate}\t10\t9.67",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
            "\t产出指标\t数量指标\t培训次数\t≥2次\t3次\t40\t40\t",
            "\t效益指标\t社会效益指标\t参保率\t≥95%\t96%\t30\t30\t",
            "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20\t",
            "总分\t\t\t\t\t\t100\t99.67"]) + "\n"
        return [f for f in flags(text) if f.rule == "JX202"]
    [f] = rate_flag("880.00", "94.50%")
    assert (f.stated, f.expected) == ("94.50%", "96.7%")
    assert "= 96.70%" in f.message, f.message   # to the stated rate's places (written_like's rule)
    assert "94.50% 是执行数除以年初预算数 880.00 所得，执行率应以调整后的全年预算数 860.00 计算" in f.message, f.message
    [f] = rate_flag("880.00", "93.50%")
    assert "年初" not in f.message, f.message
    assert rate_flag("880.00", "96.70%") == []


def test_a_fund_score_from_the_true_rate_rounded_as_the_form_writes_rates():
    """1655: 执行 497.36 of 520.00 is 95.646%, the 执行率 typed 97.65% (JX202), the 得分 9.57 = 10 x 95.65%, the true
    rate at the two places the form writes its rate, rounded half up: no JX203. A score off that rate is one."""
    def fund_flags(score):
        text = "\n".join([
            "项目名称\t测试项目",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t执行数\t执行率\t分值\t得分",
            f"\t年度资金总额\t520.00\t520.00\t497.36\t97.65%\t10\t{score}",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
            "\t产出指标\t数量指标\t培训次数\t≥2次\t3次\t40\t40\t",
            "\t效益指标\t社会效益指标\t参保率\t≥95%\t96%\t30\t30\t",
            "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20\t",
            f"总分\t\t\t\t\t\t100\t{90 + float(score):.2f}"]) + "\n"
        return [f for f in flags(text) if f.rule == "JX203"]
    assert fund_flags("9.57") == []
    assert fund_flags("9.56") == []
    [f] = fund_flags("9.77")   # the typed rate's score
    assert f.stated == "9.77"


def test_a_block_over_its_points_is_flagged_once_where_the_blocks_make_the_total():
    """1654: 效益指标（30分） whose rows weigh 31, the fund's 20 and the blocks' 40 + 30 + 10 making the 100 the 总分 row
    states: the table's 101 is that block's excess, named once on the block (JX303 31), not again as the table's."""
    def weight_flags(w):
        text = "\n".join([
            "项目名称\t测试项目",
            "项目资金（万元）\t\t年初预算数\t全年预算数\t执行数\t执行率\t分值\t得分",
            "\t年度资金总额\t100\t100\t100\t100%\t20\t20",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因",
            "\t产出指标（40分）\t数量指标\t培训次数\t≥2次\t3次\t40\t40\t",
            f"\t效益指标（30分）\t社会效益指标\t参保率\t≥95%\t96%\t{w}\t{w}\t",
            "\t满意度指标（10分）\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t",
            f"总分\t\t\t\t\t\t100\t{70 + w}"]) + "\n"
        return sorted(f.stated for f in flags(text) if f.rule == "JX303")
    assert weight_flags(31) == ["31"]
    assert weight_flags(30) == []
