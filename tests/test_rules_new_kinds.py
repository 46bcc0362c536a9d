"""The kinds of slip auditors find on real reports that no rule looked for (issue 22)."""
from dataclasses import replace
from pathlib import Path

from jixiao.extract import read_bytes
from jixiao.normalize import normalize_document
from jixiao.rules import RULES, check
from tests.documents import html_row
from tests.test_rules import codes, flags, report


def _rows(actual="/", score="/", target=None):
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", actual, "40", score, ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", actual, "30", score, ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", actual, "20", score, "")]
    if target is not None:
        rows[0] = ("产出指标", "数量指标", "培训次数", target, target, "40", "40", "")
    return rows


# -- 1. unfilled self-evaluations (JX306) ------------------------------------------------------

def test_a_form_with_blank_actuals_and_scores_is_unfilled():
    [f] = [f for f in flags(report(rows=_rows(), total="100")) if f.rule == "JX306"]
    assert "3 个指标" in f.message and "总分 100" in f.message
    assert f.stated == ""     # the cells state nothing (494's record): the message says they are empty
    assert [f for f in flags(report(rows=_rows(), total=None)) if f.rule == "JX306"]


def test_an_unfilled_form_with_a_row_of_a_name_alone_is_still_unfilled():
    """A row naming an indicator and nothing else (no target, weight either) on a form left unfilled:
    the form is still JX306's, over the rows it read; the row is counted unread and named besides."""
    rows = _rows()
    rows.insert(1, ("", "", "开展茶农种植加工技术培训", "", "", "", "", ""))
    [f] = [f for f in flags(report(rows=rows, total="100")) if f.rule == "JX306"]
    assert "3 个指标" in f.message
    recs = normalize_document(read_bytes(report(rows=rows, total="100").encode(), "r.txt"))
    assert recs.unread_rows == 1 and any("“开展茶农种植加工技术培训”" in w for w in recs.warnings)


def test_a_total_that_adds_only_the_weights():
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "/", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "/", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "/", "")]
    [f] = [f for f in flags(report(rows=rows, total="100")) if f.rule == "JX306"]
    assert "只合计了分值" in f.message and f.stated == "100"


def test_a_form_whose_score_column_is_left_blank_is_unscored():
    """639 (planted blind): the actuals filled, every 得分 cell empty (the rows' and the fund's), the 总分 row
    writing only the 分值 total: the form was never scored (JX306, stated "": nothing is written). A table
    with no 得分 column over its rows (a 目标完成情况表) says nothing of scores: no finding."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "", "")]
    [f] = [f for f in flags(report(rows=rows, fund_s="", total="")) if f.rule == "JX306"]
    assert f.stated == "" and "3 个指标" in f.message and "得分" in f.message
    scored = [r[:6] + (r[5], "") for r in rows]
    assert "JX306" not in codes(report(rows=scored, fund_s="", total=""))
    no_column = ("项目名称\t测试项目\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\n"
                 + "".join("\t".join(r[:6]) + "\n" for r in rows))
    assert "JX306" not in codes(no_column)


def test_full_score_on_a_row_with_blank_target_and_actual():
    [f] = [f for f in flags(report(rows=_rows("3次", "40", target="/")[:1] + [
        ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")])) if f.rule == "JX306"]
    assert "培训次数" in f.message and f.stated == "40"


def test_a_dashed_row_with_full_marks_on_a_form_that_marks_rows_not_applicable_is_no_unfilled_row():
    """A form that writes 不适用 / 无此项 for indicators that do not apply and gives them full marks: its
    row of dashes with full marks is one more such row, not a form left unfilled (corpus/native 433).
    Without a row marked in words, the dashed row with full marks is still raised."""
    dashed = ("产出指标", "数量指标", "培训次数", "/", "/", "40", "40", "")
    rows = [dashed, ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert [f for f in flags(report(rows=rows)) if f.rule == "JX306"]
    rows[1] = ("效益指标", "社会效益指标", "征地拆迁完成率", "不适用", "不适用", "30", "30", "")
    assert not [f for f in flags(report(rows=rows)) if f.rule == "JX306"]
    rows[1] = ("效益指标", "社会效益指标", "建筑节能改造", "无此项", "—", "30", "30", "")
    assert not [f for f in flags(report(rows=rows)) if f.rule == "JX306"]


def test_a_filled_form_is_not_unfilled():
    assert "JX306" not in codes(report())


# -- 2. parts in prose that do not make their whole (JX604) ------------------------------------

def test_uses_after_qizhong_make_the_whole():
    ok = "全年共完成预算资金30万元。其中：12万元用于购置设备；10万元用于人员培训；8万元用于宣传。\n"
    assert "JX604" not in codes(report(prose=ok))
    [f] = [f for f in flags(report(prose=ok.replace("8万元用于宣传", "5万元用于宣传"))) if f.rule == "JX604"]
    assert (f.stated, f.expected) == ("30万元", "27万元")
    # separated by ， in one sentence, or after 下达
    assert "JX604" in codes(report(prose="下达资金30万元，其中：12万元用于购置设备，10万元用于培训，5万元用于宣传。\n"))
    # a budget's parts named by use may be some of them only (其中 need not name every part)
    assert "JX604" not in codes(report(prose="预算30万元，其中：12万元用于购置设备；10万元用于人员培训。\n"))


def test_the_whole_spent_against_the_tables_executed():
    # 共完成预算资金X万元 is the amount spent: against the table's 执行数 (30)
    assert "JX501" in codes(report(prose="全年共完成预算资金28万元。\n"))
    assert "JX501" not in codes(report(prose="全年共完成预算资金30万元。\n"))
    assert "JX501" not in codes(report(prose="全年完成预算100%。\n"))


def test_sources_of_money_arrived_make_the_whole():
    assert "JX604" not in codes(report(prose="实际到位资金30万元，其中省财政20万元，其它10万元。\n"))
    assert "JX604" in codes(report(prose="实际到位资金30万元，其中省财政20万元，其它5万元。\n"))    # short
    assert "JX604" in codes(report(prose="实际到位资金30万元，其中省财政20万元，其它15万元。\n"))   # over


# -- 3. arrivals above the budget (JX205) -----------------------------------------------------

def test_arrival_above_budget_needs_a_reason():
    assert "JX205" in codes(report(prose="项目预算30万元，实际到位资金35万元。\n"))
    assert "JX205" in codes(report(prose="实际到位资金35万元。\n"))           # against the table's budget
    assert "JX205" not in codes(report(prose="项目预算30万元，实际到位资金35万元，其中追加5万元。\n"))
    assert "JX205" not in codes(report(prose="项目预算30万元，实际到位资金30万元。\n"))


def test_money_left_over_going_back_is_no_reason_for_an_arrival_above_the_budget():
    """1289 (planted blind): 项目全年实际到位资金1,260.00万元，全年执行1,158.00万元，结余资金42.00万元已按规定收回县财政
    against a budget of 1,200.00: the 结余 clause tells money leaving, not why more came in. 结余 / 结转 money
    coming in (其中上年结余5万元) is still a reason."""
    returned = "项目全年实际到位资金35万元，全年执行28万元，结余资金2万元已按规定收回县财政。\n"
    assert "JX205" in codes(report(prose=returned))
    assert "JX205" not in codes(report(prose="项目全年实际到位资金35万元，其中上年结余资金5万元。\n"))
    assert "JX205" not in codes(report(prose=returned.replace("35万元", "30万元")))


# -- 3. arrivals and sources in tables (JX204, JX205) ------------------------------------------

REALWORLD = Path(__file__).resolve().parent.parent / "corpus" / "realworld"


def _arrivals(total="30", first="20", other="10", budget="30", first_label="其中：省级资金", prose=""):
    """A fund table with a 到位数 column beside 预算数, and two source rows."""
    return report(prose=prose).replace(
        "项目资金（万元）\t\t预算数\t执行数\t执行率\t分值\t得分\n\t年度资金总额\t30\t30\t100%\t10\t10\n",
        f"项目资金（万元）\t\t预算数\t到位数\t执行数\t执行率\t分值\t得分\n"
        f"\t年度资金总额\t{budget}\t{total}\t30\t100%\t10\t10\n"
        f"\t{first_label}\t20\t{first}\t20\t100%\t\t\n\t其他资金\t10\t{other}\t10\t100%\t\t\n")


def _file_flags(name: str, change=None) -> list:
    data = (REALWORLD / name).read_bytes()
    if change:
        assert data.count(change[0].encode()) == 1
        data = data.replace(change[0].encode(), change[1].encode())
    return check(normalize_document(read_bytes(data, name)))


def test_arrivals_in_a_fund_table_make_their_total():
    assert codes(_arrivals()) == []
    [f] = [f for f in flags(_arrivals(other="5")) if f.rule == "JX204"]      # sources short of the total
    # the total and the other sources agree with the 全年预算数 beside them: the part that does not is named
    # (s158, JX204), the sum against the total said with it
    assert "到位数" in f.message and "25万元" in f.message and "30万元" in f.message
    assert (f.stated, f.expected) == ("5", "10")
    assert "JX204" in codes(_arrivals(first="22"))                             # over it


def test_arrival_above_budget_in_a_table_needs_a_reason():
    [f] = [f for f in flags(_arrivals(total="35", first="25")) if f.rule == "JX205" and "其中" not in f.message]
    assert (f.stated, f.expected) == ("35", "≤30") and f.locations[0].col == 3
    assert "JX205" in codes(_arrivals(budget="28"))
    # a source row of money beside the budget, or a paragraph on the arrival, gives the reason
    assert "JX205" not in codes(_arrivals(total="35", first="25", first_label="其中：上年结转"))
    assert "JX205" not in codes(_arrivals(total="35", first="25", prose="资金到位35万元，因追加预算5万元。\n"))
    # 到位率 is a rate, not money arrived
    assert "JX205" not in codes(_arrivals(budget="28").replace("到位数", "到位率"))


def test_a_total_over_its_budget_is_one_finding_with_the_sources_over_theirs():
    """419 (planted blind): 资金到位数 1,920.00 over 1,860.00, its 市级 row 920.00 over 860.00 where the
    excess arrived: one slip, raised once on the total, the source's cells named with it."""
    [f] = [f for f in flags(_arrivals(total="35", first="25")) if f.rule == "JX205"]
    assert (f.stated, f.expected) == ("35", "≤30") and len(f.locations) == 4
    assert {loc.row for loc in f.locations[2:]} == {f.locations[0].row + 1}
    # a source over its budget while the total is not (money moved between sources): its own finding
    [f] = [f for f in flags(_arrivals(first="25", other="5")) if f.rule == "JX205"]
    assert (f.stated, f.expected) == ("25", "≤20") and "其中" in f.message


def test_a_total_over_its_budget_names_the_sources_where_the_excess_arrived():
    """1553 (planted blind): 资金到位数 1,236.00 over 1,200.00, its 县级财政资金 216.00 over 180.00: the one finding on
    the total says in words which source rows are over theirs (the rule's explanation: "naming them"), not only by
    their cells; a total over its budget with no source over names none."""
    [f] = [f for f in flags(_arrivals(total="35", first="25")) if f.rule == "JX205"]
    assert "省级资金（到位数 25万元，预算数 20万元）" in f.message and "其中" not in f.message
    [f] = [f for f in flags(_arrivals(budget="28")) if f.rule == "JX205"]
    assert "超出" not in f.message


def test_sources_written_as_columns_add_up_to_their_total():
    head = "项目名称\t测试项目\n项目资金来源\t中央（万元）\t省级（万元）\t本级（万元）\t其他（万元）\t合计（万元）\t执行数（万元）\t执行率\n"
    assert "JX204" not in codes(head + "\t\t3\t2.5\t\t5.5\t5.5\t100%\n")
    assert "JX204" in codes(head + "\t\t3\t2\t\t5.5\t5.5\t100%\n")
    # one source alone: a blank cell beside it is none, so it is the whole
    assert "JX204" in codes(head + "\t\t\t3.5\t\t5.5\t5.5\t100%\n")
    # development passage 046 (湖北 广水): 本级 5.5 under 合计 5.5
    assert "JX204" not in {f.rule for f in _file_flags("046.html")}
    changed = _file_flags("046.html", ("<td></td><td></td><td>5.5</td>", "<td></td><td></td><td>3.5</td>"))
    assert "JX204" in {f.rule for f in changed}


def test_totals_in_a_header_cell_and_their_sources():
    """058 (四川): 年度金额(提前下达):208万元 over 中央财政 165万元 + 省级财政 43万元, and 合计:109.8万元
    used over 84.5 + 25.3: a change to either copy is caught."""
    assert _file_flags("058.html") == []
    for change in (("208万元", "206万元"), ("<td>165万元</td>", "<td>163万元</td>"), ("合计:109.8万元", "合计:107.8万元"),
                   ("25.3万元", "27.3万元")):
        assert "JX204" in {f.rule for f in _file_flags("058.html", change)}, change
    # the same as a text copy gives it (the merged label cells left empty in the rows below)
    table = ("资金情况（万元）\t年度金额：208万元\t\t资金使用情况（万元）\t合计：109.8万元\n"
             "\t中央财政\t165万元\t\t中央财政\t84.5万元\n\t省级财政\t{}万元\t\t省级财政\t25.3万元\n")
    assert "JX204" not in codes(table.format("43"))
    assert "JX204" in codes(table.format("41"))


# -- 4. a fund score that follows a wrong total (JX203) ---------------------------------------

def _wrong_total(score: str) -> str:
    t = report(budget="30", executed="0", rate="0", fund_s=score, total=str(90 + int(score)))
    return t.replace(f"\t年度资金总额\t30\t0\t0\t10\t{score}\n",
                     f"\t年度资金总额\t30\t0\t0\t10\t{score}\n\t其中：财政拨款\t30\t30\t100%\t\t\n")


def test_fund_score_from_a_wrong_total():
    [f] = [f for f in flags(_wrong_total("0")) if f.rule == "JX203"]
    assert (f.stated, f.expected) == ("0", "10") and "其中" in f.message


# -- 5. off-model: a Chongqing 得分系数 of 100% for a missed target (JX401) -------------------

def test_full_coefficient_for_a_missed_target():
    table = ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t得分系数(%)\t指标权重\t得分\t是否核心指标\n"
             "产出指标\t数量指标\t培训次数\t≥10次\t8次\t{}\t10\t{}\t是\n"
             "效益指标\t社会效益指标\t参保率\t≥95%\t96%\t100\t20\t20\t否\n")
    assert any(f.rule == "JX401" and "得分系数" in f.message for f in flags(table.format("100", "8")))
    assert "JX401" not in codes(table.format("80", "8"))


# -- 5. off-model: the table's own rounding (JX405) -------------------------------------------

def _cut_down(third="8"):
    """Three partly achieved rows of weight 10: 8.97 written 8 and 7.5 written 7 (the table cuts
    its scores down), 8.5 written `third`."""
    def row(name, actual, score):
        return ("产出指标", "数量指标", name, "100", actual, "10", score, "原因已说明")
    rows = [row("甲", "89.7", "8"), row("乙", "75", "7"), row("丙", "85", third),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "60", "60", "")]
    return report(rows=rows, total=str(10 + 8 + 7 + int(third) + 60))


def test_a_row_rounded_up_where_the_table_cuts_its_scores_down():
    recs = normalize_document(read_bytes(_cut_down().encode("utf-8"), "r.txt"))
    assert recs.projects[0].scoring_model == "proportional"   # 8.97 written 8 follows the model, cut down
    assert "JX405" not in codes(_cut_down("8"))
    [f] = [f for f in flags(_cut_down("9")) if f.rule == "JX405"]
    assert (f.stated, f.expected) == ("9", "8") and "截尾" in f.message


def test_a_table_that_rounds_half_up_keeps_its_rounded_rows():
    def row(name, actual, score):
        return ("产出指标", "数量指标", name, "100", actual, "10", score, "原因已说明")
    rows = [row("甲", "89.7", "9"), row("乙", "75", "8"), row("丙", "85", "9"),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "60", "60", "")]
    assert "JX405" not in codes(report(rows=rows, total=str(10 + 9 + 8 + 9 + 60)))
    # one row each way tells nothing: no flag either way
    rows[1] = row("乙", "75", "7")
    assert "JX405" not in codes(report(rows=rows, total=str(10 + 9 + 7 + 9 + 60)))


def test_weights_short_of_the_stated_total_by_a_point_are_no_missing_fund_block():
    table = ("一级指标\t二级指标\t三级指标\t目标值\t分值\n"
             "产出指标\t数量指标\t享受资助人数\t2100\t{}\n"
             "\t质量指标\t覆盖率\t100%\t30\n"
             "效益指标\t社会效益指标\t及时发放率\t100%\t20\n"
             "满意度指标\t服务对象满意度指标\t满意度\t≥95%\t30\n"
             "总分\t\t\t\t100\n")
    assert "JX303" not in codes(table.format("20"))
    assert "JX303" in codes(table.format("19"))      # 99 of 100: a weight slip (real passage 030 planted)
    assert "JX303" not in codes(table.format("10"))  # 90 of 100: the fund block's 10 may sit elsewhere


def test_a_fund_score_written_with_a_decimal_is_the_same_score():
    """9.0 for 9 changes nothing (issue 22's must-not-change rewrites on real passages 010, 066)."""
    for written in ("10", "10.0"):
        assert "JX203" not in codes(report(budget="104", executed="103.97", rate="99.97%", fund_w="20",
                                           fund_s=written.replace("10", "19")))


# -- 6. evaluation-framework tables (决策 / 过程 / 产出 / 效益) --------------------------------

EVAL = ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
        "决策\t项目立项\t立项依据充分性\t充分\t充分\t5\t5\n"
        "\t绩效目标\t绩效目标合理性\t合理\t合理\t5\t{open}\n"
        "过程\t资金管理\t预算执行率\t100%\t100%\t10\t{rate}\n"
        "\t\t资金使用合规性\t合规\t合规\t10\t10\n"
        "产出\t产出数量\t培训次数\t≥10次\t12次\t30\t30\n"
        "效益\t社会效益\t满意度\t≥90%\t95%\t40\t40\n"
        "总分\t\t\t\t\t100\t{total}\n")


def test_evaluation_framework_tables():
    assert codes(EVAL.format(open="5", rate="10", total="100")) == []
    assert "JX404" in codes(EVAL.format(open="5", rate="8", total="98"))      # 预算执行率 100% below full marks
    assert "JX305" in codes(EVAL.format(open="", rate="10", total="100").replace("\t40\t40\n", "\t40\t30\n"))


# -- 7. restatements prose ↔ table (JX501) ----------------------------------------------------

def test_an_indicators_score_and_the_total_restated():
    assert "JX501" in codes(report(prose="参保率指标得分28分。\n"))
    assert "JX501" not in codes(report(prose="参保率指标得分30分。\n"))
    assert "JX501" in codes(report(prose="项目自评得分98分。\n"))


def test_an_item_of_a_list_restated_in_a_second_place():
    listed = "下达慈善会项目40万元；城乡低保项目2.75万元；福利院运行经费项目25.85万元。\n"
    assert "JX501" in codes(report(prose=listed + "其中福利院运行经费项目25.58万元已全部拨付。\n"))
    assert "JX501" not in codes(report(prose=listed + "其中福利院运行经费项目25.85万元已全部拨付。\n"))
    # one source's budget, arrival and spending are three figures (real passage 019)
    assert "JX501" not in codes(report(prose="资金来源为：其他资金渠道5700万元。\n资金已到位36982.43万元，其中："
                                             "其他资金渠道5876.19万元。\n"))


def test_one_use_paid_in_several_rows_of_a_list_is_not_restated():
    """A payment list may pay one use to two payees (安置点就业帮扶车间补助 420 and 310): several
    amounts for one name in one list are several payments; the same name in the prose is still compared."""
    head = "序号\t支付日期\t收款单位\t用途\t金额（万元）\n"
    two = "1\t3.15\t甲县财政局\t就业帮扶车间补助\t18\n2\t4.20\t乙县财政局\t就业帮扶车间补助\t12\n合计\t\t\t\t30\n"
    assert "JX501" not in codes(report(prose=head + two))
    one = "1\t3.15\t甲县财政局\t就业帮扶车间补助\t18\n2\t4.20\t乙县财政局\t技能培训补助经费\t12\n合计\t\t\t\t30\n"
    assert "JX501" in codes(report(prose=head + one + "\n其中就业帮扶车间补助16万元已拨付。\n"))


def test_new_rules_are_documented():
    for code in ("JX205", "JX306"):
        rule = RULES[code]
        assert rule.summary and rule.explanation and rule.good and rule.bad


# -- the mutation suite makes every new kind, and the rules catch it ---------------------------

def test_the_mutation_suite_makes_and_catches_every_new_kind():
    from tests import mutations
    fund_with_source = ("\t年度资金总额\t30\t30\t100%\t10\t10\n", "\t年度资金总额\t30\t30\t100%\t10\t10\n"
                        "\t其中：财政拨款\t30\t30\t100%\t\t\n")
    partial = [("产出指标", "数量指标", "培训次数", "≥10次", "8次", "30", "24", ""),
               ("产出指标", "质量指标", "合格率", "≥95%", "90%", "10", "9.47", ""),
               ("产出指标", "时效指标", "及时率", "≥90%", "81%", "10", "9", ""),
               ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "20", "20", "无"),
               ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "无")]
    partial = [r[:7] + ("原因已说明",) if r[7] == "" else r for r in partial]
    docs = [
        report(prose="全年共完成预算资金30万元。其中：12万元用于购置设备；10万元用于人员培训；8万元用于宣传。\n"),
        report(prose="实际到位资金30万元，其中省财政20万元，其它10万元。\n"),
        report(prose="项目预算30万元，实际到位资金28万元。\n"),
        report(prose="参保率指标得分30分。\n"),
        report(rows=partial, total="92.47").replace(*fund_with_source),
        _cut_down(),
        ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t得分系数(%)\t指标权重\t得分\t是否核心指标\n"
         "产出指标\t数量指标\t培训次数\t≥10次\t8次\t80\t10\t8\t是\n"
         "效益指标\t社会效益指标\t参保率\t≥95%\t96%\t100\t20\t20\t否\n"),
        _arrivals(),
        "项目名称\t测试项目\n项目资金来源\t中央（万元）\t省级（万元）\t本级（万元）\t其他（万元）\t合计（万元）\t执行数（万元）\t执行率\n"
        "\t\t3\t2.5\t\t5.5\t5.5\t100%\n",
    ]
    made = []
    for text in docs:
        doc = read_bytes(text.encode("utf-8"), "r.txt")
        made += mutations.run(doc) + mutations.run_prose(doc)
    new = {"unfilled form", "fund score from a wrong total", "off-model score", "off-model rounding", "full coefficient, missed",
           "prose use part", "prose source part", "prose arrival", "prose score restatement", "arrival over budget"}
    assert {m.what for m in made} >= new
    # the 到位 column's source rows and the source columns on the total's row are mutated too
    def sources(text):
        return {(m.loc.row, m.loc.col) for m in mutations.run(read_bytes(text.encode("utf-8"), "r.txt"))
                if m.what == "fund source"}
    assert {(3, 3), (4, 3)} <= sources(docs[-2]) and {(2, 2), (2, 3)} <= sources(docs[-1])
    missed = [(m.what, m.before, m.after) for m in made if not m.caught and m.what in new]
    assert not missed, missed


def test_reasons_are_read_in_traditional_characters_too():
    """Paragraphs and labels are kept as written; the reason words match on their simplified form."""
    told = "由於預算調整，資金到位35萬元。\n"
    assert "JX205" not in codes(_arrivals(total="35", first="25", prose=told))
    assert "JX205" not in codes(report(prose="項目預算30萬元，實際到位資金35萬元，係預算調整所致。\n"))
    assert "JX205" in codes(_arrivals(total="35", first="25", prose="資金到位35萬元。\n"))


def test_sources_of_money_allotted_that_arrived_make_the_whole():
    """Raw passage 070 (广西 糖料蔗): 下达 787.45万元，其中 中央 414.45 + 省级 373，已100%足额到位: the
    arrival is said after the sources, in the same sentence."""
    said = "下达糖料蔗良种良法技术推广补助资金787.45万元,其中:中央资金414.45万元,省级资金{}万元,已100%足额到位。\n"
    assert "JX604" not in codes(said.format("373"))
    assert "JX604" in codes(said.format("363"))
    assert "JX604" in codes(said.format("363").replace("已100%足额到位", "資金已全部落實"))   # traditional characters
    # allotted money whose sources are not said to have arrived: 其中 may name some of them only
    assert "JX604" not in codes(said.format("363").replace(",已100%足额到位", ""))


# -- a 合计 of deductions (扣分 forms) -----------------------------------------------------------

def _deduction_form(total_deduction: str) -> str:
    """A form that writes the points taken off (扣分) instead of scores: the fund row and each
    indicator with its 扣分, then 合计 | 100 | the deductions summed, and the 自评得分."""
    rows = [html_row("项目名称", "2022年乡村道路养护补助资金"),
            html_row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "扣分"),
            html_row("年度资金总额", "500.00", "500.00", "485.00", "97.00%", "10", "0.3"),
            html_row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "扣分", "扣分原因"),
            html_row("产出指标", "数量指标", "养护道路里程", "≥120公里", "121公里", "30", "0", ""),
            html_row("", "质量指标", "养护验收合格率", "100%", "98%", "20", "0.4", "两段返工"),
            html_row("效益指标", "社会效益指标", "道路通行保障率", "≥95%", "96%", "30", "0", ""),
            html_row("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", "10", "0.2", "部分路段施工扰民"),
            '<tr><td colspan="5">合计</td>' + f"<td>100</td><td>{total_deduction}</td><td></td></tr>",
            '<tr><td colspan="5">自评得分</td><td colspan="3">99.1</td></tr>']
    return f'<html><head><meta charset="utf-8"></head><body><table>{"".join(rows)}</table></body></html>'


def test_a_total_of_deductions_is_held_to_the_deductions_it_sums():
    def read(total_deduction):
        recs = normalize_document(read_bytes(_deduction_form(total_deduction).encode("utf-8"), "d.html"))
        return recs, [f for f in check(recs) if f.rule == "JX307"]
    recs, none = read("0.9")            # 0.3 + 0 + 0.4 + 0 + 0.2
    assert not none and recs.projects[0].total_deduction_stated.raw == "0.9"
    _, [f] = read("1.2")
    assert (f.stated, f.expected) == ("1.2", "0.9") and "扣分" in f.message
    assert f.locations[0].col == 6   # the 合计 cell first, then the deductions
    rule = RULES["JX307"]
    assert rule.summary and rule.explanation and rule.good and rule.bad


def test_deductions_listed_in_a_sentence_are_held_to_their_stated_total():
    """596 (planted blind): 扣分情况：预算执行率扣0.30分，…扣1.50分，柚农满意度扣0.12分，合计扣分2.02分 (1.92)."""
    def jx307(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX307"]
    text = "扣分情况：预算执行率扣0.30分，新建分拣包装线扣1.50分，柚农满意度扣0.12分，合计扣分2.02分，自评得分98.08分。"
    assert jx307(text) == [("2.02分", "1.92分")]
    assert jx307(text.replace("2.02分", "1.92分")) == []
    assert jx307("执行率扣0.3分，满意度扣1分，共扣1.3分。") == []
    assert jx307("执行率扣0.3分，满意度扣1分，共扣1.5分。") == [("1.5分", "1.3分")]
    assert jx307("满意度扣0.12分，合计扣分2.02分。") == []      # one deduction: no list to sum


def _deductions_table_form(total_deduction: str) -> str:
    """835 (planted blind): a form with scores, and under it a table of the points each item lost
    (扣分情况明细: 序号 | 扣分项目 | 扣分 | 扣分原因, then 合计)."""
    form = [html_row("项目名称", "2023年水土流失综合治理项目"),
            html_row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            html_row("年度资金总额", "1,100.00", "1,180.00", "1,152.86", "10", "97.70%", "9.77"),
            html_row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"),
            html_row("产出指标", "数量指标", "营造水土保持林", "≥3000亩", "2850亩", "40", "38", "林权调整"),
            html_row("效益指标", "社会效益指标", "带动农户务工", "≥600人", "588人", "30", "29.4", "外出务工"),
            html_row("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "95%", "20", "20", ""),
            html_row("总分", "", "", "", "", "100", "97.17", "")]
    points = [html_row("序号", "扣分项目", "扣分", "扣分原因"), html_row("1", "预算执行率", "0.23", "执行率97.70%"),
              html_row("2", "营造水土保持林", "2.00", "未达到年度指标值"), html_row("3", "带动农户务工", "0.60", "未达到年度指标值"),
              html_row("合计", "", total_deduction, "")]
    return (f'<html><head><meta charset="utf-8"></head><body><table>{"".join(form)}</table>'
            f'<p>扣分情况明细</p><table>{"".join(points)}</table></body></html>')


def test_deductions_listed_in_a_table_are_held_to_their_total():
    """835: the 扣分情况明细 table is a list of points, not rows of indicators left unread nor money:
    its items add up to its 合计 (JX307), never to a budget (JX101 / JX102)."""
    def read(total_deduction):
        recs = normalize_document(read_bytes(_deductions_table_form(total_deduction).encode("utf-8"), "d.html"))
        return recs, [f for f in check(recs) if f.rule in ("JX307", "JX101", "JX102")]
    recs, none = read("2.83")            # 0.23 + 2.00 + 0.60
    [lt] = recs.lists
    assert not none and lt.points and lt.money_unit == "分" and lt.total.raw == "2.83"
    assert [it.purpose for it in lt.items] == ["预算执行率", "营造水土保持林", "带动农户务工"]
    assert recs.unread_rows == 0 and not any("像指标行" in w for w in recs.warnings)
    _, [f] = read("2.38")
    assert (f.rule, f.stated, f.expected) == ("JX307", "2.38", "2.83") and "扣分" in f.message


def _spending_list_form(shares: tuple) -> str:
    """870 (planted blind): a form, and under it a 资金支出明细 whose 占比（%） column gives each item's
    share of the list's 合计."""
    form = [html_row("项目名称", "2023年油茶产业发展项目"),
            html_row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"),
            html_row("年度资金总额", "1,200.00", "1,260.00", "1,222.20", "97.00%", "10", "9.70"),
            html_row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"),
            html_row("产出指标", "数量指标", "新造油茶林", "≥6000亩", "6120亩", "40", "40", ""),
            html_row("效益指标", "社会效益指标", "带动脱贫户增收", "≥1500户", "1536户", "30", "30", ""),
            html_row("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "95%", "20", "20", ""),
            html_row("总分", "", "", "", "", "100", "99.70", "")]
    items = [("油茶低产林改造补助", "486.00"), ("新造油茶林补助", "372.60"), ("油茶良种苗木采购", "218.40"),
             ("技术培训及推广", "86.40"), ("油茶加工设备购置补助", "58.80")]
    spend = [html_row("序号", "支出内容", "金额（万元）", "占比（%）")]
    spend += [html_row(str(k), name, amount, share) for k, ((name, amount), share) in enumerate(zip(items, shares), 1)]
    spend.append(html_row("合计", "", "1,222.20", "100.00"))
    return (f'<html><head><meta charset="utf-8"></head><body><table>{"".join(form)}</table>'
            f'<p>附：项目资金支出明细</p><table>{"".join(spend)}</table></body></html>')


def test_a_share_column_of_a_list_is_held_to_its_items_amounts():
    """870: a list's 占比（%） cells are each item's share of its 合计 (JX601), read where most items show
    it; a column of other shares (a subsidy rate) is said unread, never a finding."""
    def read(*shares):
        recs = normalize_document(read_bytes(_spending_list_form(shares).encode("utf-8"), "s.html"))
        return recs, [f for f in check(recs) if f.rule in ("JX601", "JX101", "JX102")]
    recs, none = read("39.76", "30.49", "17.87", "7.07", "4.81")
    assert not none and [it.share.raw for it in recs.lists[0].items] == ["39.76", "30.49", "17.87", "7.07", "4.81"]
    _, [f] = read("39.76", "30.94", "17.87", "7.07", "4.81")
    assert (f.rule, f.stated, f.expected) == ("JX601", "30.94", "30.49%") and "新造油茶林补助" in f.message
    recs, none = read("30", "30", "50", "20", "20")
    assert not none and all(it.share is None for it in recs.lists[0].items)
    assert any("占比列" in w and "未核对" in w for w in recs.warnings)


def _score_and_deduction_form(fund_score: str, total_deduction: str) -> str:
    """420 (planted blind): the indicator table writes 得分 and 扣分 side by side, its 总分 row
    100 | the total | the deductions summed; the fund row writes 分值 and 得分 only."""
    total = 100 - 0.6 - (10 - float(fund_score))
    rows = [html_row("项目名称", "2023年传统村落保护利用项目"),
            html_row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"),
            html_row("年度资金总额", "500.00", "500.00", "485.00", "97.00%", "10", fund_score),
            html_row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分", "偏差原因"),
            html_row("产出指标", "数量指标", "修缮历史建筑", "≥120幢", "121幢", "30", "30", "0", ""),
            html_row("", "质量指标", "修缮验收合格率", "100%", "98%", "20", "19.6", "0.4", "两幢返工"),
            html_row("效益指标", "社会效益指标", "村民参与人次", "≥1500人次", "1620人次", "30", "30", "0", ""),
            html_row("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "88%", "10", "9.8", "0.2", "停车不便"),
            html_row("总分", "", "", "", "", "100", f"{total:.1f}", total_deduction, "")]
    return f'<html><head><meta charset="utf-8"></head><body><table>{"".join(rows)}</table></body></html>'


def test_deductions_beside_scores_are_totalled_in_the_total_row():
    def jx307(fund_score, total_deduction):
        recs = normalize_document(read_bytes(_score_and_deduction_form(fund_score, total_deduction).encode("utf-8"),
                                             "d.html"))
        assert recs.projects[0].total_deduction_stated.raw == total_deduction
        return [f for f in check(recs) if f.rule == "JX307"]
    assert jx307("10", "0.6") == []         # 0 + 0.4 + 0 + 0.2, the fund lost nothing
    [f] = jx307("10", "0.8")
    assert (f.stated, f.expected) == ("0.8", "0.6") and f.locations[0].col == 7
    # the fund row lost 0.3 (10 − 9.7): the 合计 may count it or leave it out, no more
    assert jx307("9.7", "0.9") == [] and jx307("9.7", "0.6") == []
    assert [f.stated for f in jx307("9.7", "1.2")] == ["1.2"]


def test_grades_in_the_score_column_are_not_an_unfilled_form():
    """得分 cells holding grades (优 / 良) with no rule stated to turn them into points: the scores stay
    unread, but the form is filled in, so neither the 'no score' nor the 'unfilled' finding holds."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "优", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "良", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "优", "")]
    assert "JX306" not in codes(report(rows=rows, total="96"))


def _fund_lines_form(line_executed: str, total_executed: str) -> str:
    """593 (planted blind): a fund block whose lines carry their own budgets and executions."""
    rows = [html_row("项目名称", "2023年医疗保障项目"),
            html_row("预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"),
            html_row("年度资金总额", "", "2,860.00", "3,040.00", total_executed, "98.00%", "10", "9.80"),
            html_row("其中：人员经费", "", "960.00", "1,010.00", "936.80", "92.75%", "—", "—"),
            html_row("公用经费", "", "220.00", "230.00", "194.40", "84.52%", "—", "—"),
            html_row("项目支出", "", "1,680.00", "1,800.00", line_executed, "", "—", "—"),
            html_row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"),
            html_row("产出指标", "数量指标", "医疗救助人次", "≥2.5万人次", "2.68万人次", "50", "50", ""),
            html_row("效益指标", "社会效益指标", "参保率", "≥95%", "96.3%", "40", "40", ""),
            html_row("总分", "", "", "", "", "100", "99.80", "")]
    return f'<html><head><meta charset="utf-8"></head><body><table>{"".join(rows)}</table></body></html>'


def test_a_fund_line_spent_over_its_own_budget_is_flagged_where_the_total_is_not():
    def jx201(line, whole):
        recs = normalize_document(read_bytes(_fund_lines_form(line, whole).encode("utf-8"), "f.html"))
        return [(f.stated, f.expected) for f in check(recs) if f.rule == "JX201"]
    assert jx201("1,848.00", "2,979.20") == [("1,848.00", "≤1,800.00")]
    assert jx201("1,780.00", "2,911.20") == []
    # the total over too: its flag says it, once
    assert jx201("1,848.00", "3,079.20") == [("3,079.20", "≤3,040.00")]


def _coefficient_shortfalls(coefficient: str, score: str, note: str = "", second: str = "90\t6\t5.4") -> str:
    """595 (planted blind): a coefficient form whose short rows take actual / target as their 得分系数."""
    return ("一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t得分系数(%)\t指标权重\t得分\t是否核心指标\n"
            f"效益指标\t经济效益指标\t亩均节本增效\t≥50元\t46.5元\t{coefficient}\t8\t{score}\t是\n"
            f"效益指标\t社会效益指标\t带动农户\t≥1.2万户\t1.08万户\t{second}\t否\n"
            "产出指标\t数量指标\t培训次数\t≥2次\t3次\t100\t86\t86\t否\n" + note)


def test_a_coefficient_off_the_forms_stated_rule_is_flagged():
    note = "注：定量指标未达到的得分系数＝实际完成值÷年度指标值（取整数百分比）。\n"
    [f] = [f for f in flags(_coefficient_shortfalls("80", "6.4", note)) if f.rule == "JX405"]
    assert (f.stated, f.expected) == ("6.4", "7.44")
    assert "JX405" not in codes(_coefficient_shortfalls("93", "7.44", note))
    # no rule stated and one other short row only: not enough to say the form's method
    assert "JX405" not in codes(_coefficient_shortfalls("80", "6.4"))


def test_a_score_off_its_coefficient_is_one_slip_named_by_jx406_only():
    """595: 90% × 6 = 5.4 written 7.2 (90% × 8): over its weight and full marks though short, but one slip,
    the product's; JX301 and JX401 leave it to JX406. A coefficient over 100% giving a score over the
    weight is no product slip: JX301 names it."""
    got = flags(_coefficient_shortfalls("93", "7.44", second="90\t6\t7.2"))
    assert [(f.rule, f.stated) for f in got if f.rule in ("JX301", "JX401", "JX406")] == [("JX406", "7.2")]
    over = flags(_coefficient_shortfalls("93", "7.44", second="120\t6\t7.2"))
    assert ("JX301", "7.2") in [(f.rule, f.stated) for f in over]


def test_a_flag_on_a_table_with_no_project_name_names_its_subject():
    """014 (a 部门整体 form): no 项目名称 row, so the fund flags named the project as “”. The message names the
    unit the form gives instead, else the table itself; a named project's message is as before."""
    form = _fund_lines_form("1,780.00", "2,911.20").replace("98.00%", "100%")
    named_row = html_row("项目名称", "2023年医疗保障项目")

    def jx202(page):
        recs = normalize_document(read_bytes(page.encode("utf-8"), "f.html"))
        return [f.message for f in check(recs) if f.rule == "JX202"]
    [m] = jx202(form)
    assert m.startswith("项目“2023年医疗保障项目”执行率写为 100%")
    [m] = jx202(form.replace(named_row, html_row("主管部门", "某县医疗保障局")))
    assert m.startswith("单位“某县医疗保障局”执行率写为 100%")
    [m] = jx202(form.replace(named_row, ""))
    assert m.startswith("本表（未写项目名称）执行率写为 100%") and "“”" not in m


def test_left_over_is_the_budget_less_the_amount_spent():
    """1586: 项目全年预算1,180.00万元，全年执行1,146.30万元，结余资金36.70万元 (33.70): JX607 states the 结余 as
    written. A sentence with the 结余 and no budget takes the one project's table budget (and its amount spent
    where it states none); a 结余 counting money carried over (年末结转和结余) or beside other money is not held,
    nor one the table bears out beside a sentence's amount spent written otherwise (1227: JX501's slip)."""
    def left(prose, **kw):
        return [(f.rule, f.stated, f.expected) for f in flags(report(**kw, prose=prose)) if f.rule == "JX607"]
    said = "项目全年预算1,180.00万元，全年执行1,146.30万元，结余资金{}万元已按规定收回县财政。"
    assert left(said.format("36.70")) == [("JX607", "36.70万元", "33.70万元")]
    assert left(said.format("33.70")) == []
    assert left("全年执行24万元，结余资金8万元已收回。", executed="24", rate="80%", fund_s="8") == [("JX607", "8万元", "6万元")]
    assert left("结余资金6万元已收回。", executed="24", rate="80%", fund_s="8") == []
    assert left("结余资金8万元已收回。", executed="24", rate="80%", fund_s="8") == [("JX607", "8万元", "6万元")]
    [f] = [f for f in flags(report(executed="24", rate="80%", fund_s="8", prose="结余资金8万元已收回。")) if f.rule == "JX607"]
    assert f.message == "文中结余资金写为 8万元，但预算 30万元 减执行 24万元 为 6万元，相差 2万元。（按书写精度，允许误差 ±1）", f.message
    assert left("项目预算30万元，执行24万元，年末结转和结余8万元。", executed="24", rate="80%", fund_s="8") == []
    assert left("项目预算30万元，追加资金2万元，执行24万元，结余资金8万元。", executed="24", rate="80%", fund_s="8") == []
    assert left("项目预算30万元，执行25万元，结余资金6万元。", executed="24", rate="80%", fund_s="8") == []


def test_a_result_dated_before_the_year_evaluated():
    """1619: 项目竣工验收时间 目标 2023年12月31日前, 实际 2022年11月26日 in a 2023 report (last year's date left in):
    JX803 states the result as written. A result in the year, a deadline of another year (a project of several
    years met early), a result without a date, or a deadline without its year in a report naming none raise nothing."""
    def dated(target, actual, title="2023年度项目支出绩效自评表\n"):
        rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
                ("产出指标", "时效指标", "项目竣工验收时间", target, actual, "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [(f.rule, f.stated, f.expected) for f in flags(title + report(rows=rows)) if f.rule == "JX803"]
    assert dated("2023年12月31日前", "2022年11月26日") == [("JX803", "2022年11月26日", "2023年")]
    assert dated("2023年12月31日前", "2023年11月26日") == []
    assert dated("2024年6月30日前", "2023年11月26日") == []
    assert dated("2023年12月31日前", "已完成") == []
    assert dated("12月31日前", "2022年11月26日", title="") == []   # no year written: the deadline's own year unknown
    [f] = [f for f in flags("2023年度项目支出绩效自评表\n" + report(rows=[
        ("产出指标", "时效指标", "项目竣工验收时间", "2023年12月31日前", "2022年11月26日", "90", "90", "")]))
        if f.rule == "JX803"]
    assert f.message == ("“项目竣工验收时间”实际完成值 2022年11月26日 早于评价年度 2023 年，而目标 2023年12月31日前 是本年度的期限："
                         "本年度的工作不会在 2022 年完成，疑为沿用上年表格未改的年份或笔误。"), f.message


def test_sources_named_by_any_level_of_government_make_the_whole():
    """1658: 实际到位资金640.00万元，其中：中央…400.00, 自治区…160.00, 县级…60.00 (620.00): an autonomous region's, a
    league's or a banner's money (自治区 / 盟 / 旗, Inner Mongolia's levels) is a source as a province's or a county's is."""
    short = "实际到位资金30.00万元，其中：中央财政资金20.00万元，{}财政资金6.00万元，县级财政资金2.00万元。\n"
    whole = "实际到位资金30.00万元，其中：中央财政资金20.00万元，{}财政资金8.00万元，县级财政资金2.00万元。\n"
    for level in ("自治区", "盟级", "旗级", "自治州"):
        assert "JX604" in codes(report(prose=short.format(level))), level
        assert "JX604" not in codes(report(prose=whole.format(level))), level


def test_a_result_dated_after_the_day_the_form_was_filled_in():
    """1656 (s265): 填报日期：2023年3月15日 on a 2023 form whose 改造任务完成时间 was met 2023年11月28日 (last year's
    filing date left in): JX804 names the filing date and the result. Compared at the precision both write; a result
    dated by its bound (…前) or plan (预计…), a form with no filing date or two, raise nothing; the label alone in its
    cell takes the date of the next cell."""
    def filed(actual, line="填报日期：2023年3月15日", rows=None):
        rows = rows or [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
                        ("产出指标", "时效指标", "改造任务完成时间", "2023年11月30日前", actual, "30", "30", ""),
                        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [(f.rule, f.stated, f.expected) for f in flags("2023年度项目支出绩效自评表\n" + report(rows=rows)
                                                             + line + "\n") if f.rule == "JX804"]
    assert filed("2023年11月28日") == [("JX804", "2023年3月15日", "不早于 2023年11月28日")]
    assert filed("2023年11月28日", line="填报日期：2024年3月15日") == []
    assert filed("2023年3月") == []                       # any day of March: not after the 15th
    assert filed("2023年4月") == [("JX804", "2023年3月15日", "不早于 2023年4月")]
    assert filed("2023年11月30日前") == []                # a bound, not the day it happened
    assert filed("预计2023年11月完成") == []
    assert filed("2023年11月28日", line="") == []
    assert filed("2023年11月28日", line="填报日期：2023年3月15日\n填表时间：2024年3月1日") == []
    assert filed("2023年11月28日", line="填报日期\t2023年3月15日") == [("JX804", "2023年3月15日", "不早于 2023年11月28日")]
    [f] = [f for f in flags("2023年度项目支出绩效自评表\n" + report(rows=[
        ("产出指标", "时效指标", "改造任务完成时间", "2023年11月30日前", "2023年11月28日", "90", "90", "")])
        + "填报日期：2023年3月15日\n") if f.rule == "JX804"]
    assert f.message == ("本表填报日期为 2023年3月15日，而“改造任务完成时间”实际完成值 2023年11月28日晚于该日期："
                         "表格填报时这些事项尚未发生，疑为填报日期沿用旧表未改，或完成日期有误。"), f.message
    # a result in the year after the one evaluated is the result's slip (1190: 2024年12月20日 for 2023年12月31日前,
    # JX401), not the filing date's
    assert filed("2024年1月28日", line="填报日期：2023年3月15日") == []


def test_a_budget_adjusted_in_the_year_is_the_initial_one_plus_the_money_added():
    """1698 (s272): 项目年初预算600.00万元，年中追加资金30.00万元，全年预算650.00万元 (650.00 - 600.00 = 50.00): JX608
    states the adjustment as written. Raises add up (省级追加 …、县级追加 …), a cut takes off, the figures exact as
    written; a sentence told against another year, a budget told twice, or one whose adjustment is told after the
    budget it came to, is not held; several adjustments wrong state the budget they came to."""
    def adjusted(prose):
        return [(f.rule, f.stated, f.expected) for f in flags(report(prose=prose)) if f.rule == "JX608"]
    assert adjusted("项目年初预算600.00万元，年中追加资金30.00万元，全年预算650.00万元。") == \
        [("JX608", "30.00万元", "50.00万元")]
    assert adjusted("项目年初预算600.00万元，年中追加资金50.00万元，全年预算650.00万元。") == []
    assert adjusted("年初预算1,800.00万元，年中省级追加200.00万元、县级追加50.00万元，全年预算2,050.00万元。") == []
    assert adjusted("年初预算1,800.00万元，年中省级追加200.00万元、县级追加40.00万元，全年预算2,050.00万元。") == \
        [("JX608", "2,050.00万元", "2,040.00万元")]
    assert adjusted("年初预算500.00万元，年中调减20.00万元，调整后预算480.00万元。") == []
    assert adjusted("年初预算500.00万元，年中调减30.00万元，调整后预算480.00万元。") == \
        [("JX608", "30.00万元", "20.00万元")]
    assert adjusted("年初预算1,280.00万元，较上年增加160.00万元，全年预算1,450.00万元。") == []
    assert adjusted("年初预算600.00万元，全年预算650.00万元，其中年中追加30.00万元。") == []
    [f] = [f for f in flags(report(prose="年初预算600.00万元，年中追加资金30.00万元，全年预算650.00万元。"))
           if f.rule == "JX608"]
    assert f.message.startswith("文中调整额或调整后预算写为 30.00万元，但全年预算 650.00万元 与年初预算 600.00万元 相差 "
                                "50.00万元。"), f.message


def test_a_scans_date_read_surely_is_judged_beside_a_score_read_unsurely():
    """1697.scan (s272): 补助资金兑付完成时间 2022年12月18日 against 2023年12月31日前, both date cells read at 0.998
    or more, the row's score cell at 0.973: JX803 judges the dates OCR read surely, whatever else of the row it
    doubted; a date cell read unsurely is still the recogniser's."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("产出指标", "时效指标", "补助资金兑付完成时间", "2023年12月31日前", "2022年12月18日", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    recs = replace(normalize_document(read_bytes(("2023年度项目支出绩效自评表\n" + report(rows=rows)).encode(), "r.txt")),
                   ocr=True)
    row = next(i for i in recs.indicators if i.level3 == "补助资金兑付完成时间")
    row.ocr_confidence, row.figures_confidence = 0.973, 0.9988
    assert [f.stated for f in check(recs) if f.rule == "JX803"] == ["2022年12月18日"]
    row.figures_confidence = 0.95
    assert [f for f in check(recs) if f.rule == "JX803"] == []
    row.figures_confidence = None          # not known: the row's own confidence decides, as before
    assert [f for f in check(recs) if f.rule == "JX803"] == []


def test_paragraphs_numbered_with_a_raised_dot_are_numbered_paragraphs():
    """1696.scan (s272): 1．2．4． read by OCR as 1·2·4· (the full-width point as a raised dot): the paragraphs are
    numbered all the same, 3 skipped; a figure with a dot inside (23·7特大暴雨) opens no item."""
    assert [(f.rule, f.stated) for f in flags(report(prose="1·甲项已完成。\n2·乙项已完成。\n4·丁项已完成。\n"))
            if f.rule == "JX103"] == [("JX103", "4")]
    assert "JX103" not in codes(report(prose="1·甲项已完成。\n2·乙项已完成。\n3·丙项已完成。\n"))
    assert "JX103" not in codes(report(prose="23·7特大暴雨影响施工。\n2·乙项已完成。\n"))


def test_paragraphs_numbered_by_chinese_numerals_in_brackets_run_on_their_own():
    """1726 (s277): 存在问题及改进措施 numbered （一）（二）（四）: （三） skipped, stated as written; a run in order and a
    numeral that is no number under a hundred (（十十）) raise nothing."""
    assert [(f.rule, f.stated) for f in flags(report(prose="（一）甲项已完成。\n（二）乙项已完成。\n（四）丁项已完成。\n"))
            if f.rule == "JX103"] == [("JX103", "（四）")]
    assert "JX103" not in codes(report(prose="（一）甲项已完成。\n（二）乙项已完成。\n（三）丙项已完成。\n"))
    assert "JX103" not in codes(report(prose="（一）甲项已完成。\n（二）乙项已完成。\n（十十）丙项已完成。\n"))


def _reason_row(reason: str, target="≤5%", actual="6.2%", score="16.13"):
    return [("产出指标", "质量指标", "果品损耗率", target, actual, "20", score, reason),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "40", "40", "")]


def test_a_reason_cells_gap_from_its_rows_unwritten_target():
    """1727 (s277): 损耗率6.2%，超出目标值1.8个百分点 in the 偏差原因 cell of a ≤5% row: the row's target is the other rate
    (6.2 - 5 = 1.2); the gap written right, or a target that is no rate, raises nothing."""
    got = [(f.rule, f.stated) for f in flags(report(rows=_reason_row("损耗率6.2%，超出目标值1.8个百分点。"), total="96.13"))
           if f.rule == "JX606"]
    assert got == [("JX606", "1.8个百分点")]
    assert "JX606" not in codes(report(rows=_reason_row("损耗率6.2%，超出目标值1.2个百分点。"), total="96.13"))
    assert "JX606" not in codes(report(rows=_reason_row("损耗6.2吨，超出目标值1.8个百分点。", "≤5吨", "6.2吨"),
                                       total="96.13"))


def test_a_target_counted_with_decimals_against_a_result_in_wan_dropped_its_scale():
    """1728 (s277): ≥1.5人次 against 1.62万人次: the target's 万 dropped (JX801 states the target); ≥1.5万人次 and a
    target whose result is no scaled count raise nothing."""
    def rows(target, actual):
        return [("产出指标", "数量指标", "开展技术培训", target, actual, "40", "40", ""),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert [(f.rule, f.stated) for f in flags(report(rows=rows("≥1.5人次", "1.62万人次"))) if f.rule == "JX801"] \
        == [("JX801", "≥1.5人次")]
    assert "JX801" not in codes(report(rows=rows("≥1.5万人次", "1.62万人次")))
    assert "JX801" not in codes(report(rows=rows("≥15人次", "16人次")))


def test_cells_of_running_text_are_read_as_paragraphs_by_the_list_change_and_count_checks():
    """1726, 1730, 1731 (s277): a 偏差原因 cell naming three townships before 2个乡镇 (JX605), a 实际完成情况 cell
    listing the money's uses under a 合计 they do not make (JX604) and telling a change from last year's figure
    its rate does not measure (JX602) are checked as a paragraph is; cells that agree raise nothing."""
    def form(reason, result):
        rows = [("产出指标", "数量指标", "推广种苗", "≥2000亩", "1760亩", "40", "35.2", reason),
                ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        text = report(rows=rows, total="95.2")
        return text.replace("绩效指标\t", f"年度总体目标\t预期目标\t\t实际完成情况\n\t推广种苗2000亩。\t\t{result}\n绩效指标\t", 1)
    bad = form("西村乡、王屯乡、郇封镇2个乡镇部分地块土地流转推迟，240亩顺延至2024年种植。",
               "资金用于种苗补助15.20万元、技术培训8.60万元、技术服务6.20万元，合计40.00万元。产业总产值232亿元，较上年的190亿元增长18.1%。")
    assert {(f.rule, f.stated) for f in flags(bad)} >= {("JX605", "2个乡镇"), ("JX604", "40.00万元"), ("JX602", "增长18.1%")}
    good = form("西村乡、王屯乡、郇封镇3个乡镇部分地块土地流转推迟，240亩顺延至2024年种植。",
                "资金用于种苗补助15.20万元、技术培训8.60万元、技术服务6.20万元，合计30.00万元。产业总产值232亿元，较上年的190亿元增长22.1%。")
    assert not {"JX605", "JX604", "JX602"} & set(codes(good))


def test_a_move_told_with_a_one_morpheme_verb_before_zhi_is_judged():
    """1766 (s283): 由上年的386万千瓦时降至298万千瓦时，下降29.5%: the move's verb a morpheme of change alone before 至
    (降至, 增至, 升到), as normalize's levels reached read it; the rate measured from last year's figure (22.8%).
    The same move told right raises nothing."""
    found = flags("全县路灯年用电量由上年的386万千瓦时降至298万千瓦时，下降29.5%。\n")
    assert [(f.rule, f.stated) for f in found] == [("JX602", "29.5%")]
    assert "降至 298" in found[0].message and "降到" not in found[0].message   # the verb as written
    assert codes("全县路灯年用电量由上年的386万千瓦时降至298万千瓦时，下降22.8%。\n") == []
    assert [(f.rule, f.stated) for f in flags("接待游客由上年的80万人次增至92万人次，增长12%。\n")] == [("JX602", "12%")]
    assert codes("接待游客由上年的80万人次增至92万人次，增长15%。\n") == []


def test_no_unmet_target_said_with_the_negation_first_is_a_claim():
    """1763 (s283): 本年度无未完成的绩效目标 says what 未完成的绩效目标：无 says: held against a row that misses; a
    conditional (若无未完成的绩效目标，…: a template's instruction) claims nothing, nor does the sentence where every
    row is met."""
    missed = [("产出指标", "数量指标", "新建运动场", "≥6个", "5个", "40", "33.33", "规划调整。"),
              ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
              ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    said = "存在问题及改进措施：部分运动场建设滞后。本年度无未完成的绩效目标。"
    assert ("JX403", "无未完成的绩效目标") in {(f.rule, f.stated) for f in flags(report(rows=missed, total="93.33",
                                                                                      prose=said))}
    assert "JX403" not in codes(report(rows=missed, total="93.33", prose="若无未完成的绩效目标，请填写“无”。"))
    assert "JX403" not in codes(report(prose=said))


def test_a_result_in_the_year_its_own_deadline_sets_is_compared_with_the_filing_day():
    """1764 (s283): a 2023 form filled in 2024年3月25日 whose row set 2024年6月30日前 (a project of several years) and
    reports 2024年4月8日: the result dates the work its row set, after the day the form was filled in: JX804. A result
    in the following year against a deadline of the year evaluated stays the result's own slip (JX401's), and one
    on or before the filing day raises nothing."""
    def filed(target, actual):
        rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
                ("产出指标", "时效指标", "设备采购完成时间", target, actual, "30", "30", ""),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
        return [(f.rule, f.stated) for f in flags("2023年度项目支出绩效自评表\n" + report(rows=rows)
                                                  + "填报日期：2024年3月25日\n") if f.rule == "JX804"]
    assert filed("2024年6月30日前", "2024年4月8日") == [("JX804", "2024年3月25日")]
    assert filed("2024年6月30日前", "2024年3月20日") == []
    assert filed("2023年12月31日前", "2024年4月8日") == []


def test_a_share_of_a_measure_with_a_scale_word_and_a_three_character_unit_is_judged():
    """1800 (s289): 疏浚清淤12.6万立方米，其中主航道清淤8.4万立方米，占68.7%: a measure's unit of three characters after
    its 万 (万立方米, 万千瓦时) closes the total before 其中 and the part before 占 as 万亩 does; 8.4 / 12.6 = 66.7%.
    The share written right raises nothing."""
    found = flags("全年完成渔港航道疏浚清淤12.6万立方米，其中主航道清淤8.4万立方米，占68.7%。\n")
    assert [(f.rule, f.stated) for f in found] == [("JX601", "68.7%")]
    assert codes("全年完成渔港航道疏浚清淤12.6万立方米，其中主航道清淤8.4万立方米，占66.7%。\n") == []
    assert [(f.rule, f.stated) for f in flags("全年节约用电38.6万千瓦时，其中路灯节电25.2万千瓦时，占68.3%。\n")] == \
        [("JX601", "68.3%")]


def test_a_counters_times_with_decimals_in_running_text_is_a_count():
    """1799 (s289): 开展…宣传活动36.5场次: 场次 (a counter before 次, as counts_things reads it) is one unit, so the
    sentence's figure is read whole and its decimals are a count's slip; 36场次 raises nothing."""
    found = flags("全年开展食品安全宣传进社区、进校园活动36.5场次。\n")
    assert [(f.rule, f.stated) for f in found] == [("JX801", "36.5场次")]
    assert codes("全年开展食品安全宣传进社区、进校园活动36场次。\n") == []


def test_a_direction_left_unchosen_is_two_verbs_of_opposite_sense():
    """1838 (s295): 水文预报准确率88.6%，较上年提高/降低1.2个百分点: a template's choice of direction left unmade,
    by the verbs' grammar (提高 rises, 降低 falls), not a list of the pairs seen (增加/减少, 增长/下降); two verbs of
    one sense (提高/提升) are synonyms, no choice."""
    def jx701(prose):
        return [f.stated for f in flags(report(prose=prose + "\n")) if f.rule == "JX701"]
    assert jx701("水文预报准确率88.6%，较上年提高/降低1.2个百分点。") == ["提高/降低"]
    assert jx701("覆盖面积较上年扩大/缩小0.3万亩。") == ["扩大/缩小"]
    assert jx701("支出较上年增加/减少15万元。") == ["增加/减少"]
    assert jx701("群众获得感不断提高/提升。") == []


def test_paragraphs_numbered_by_circled_figures_run_on_their_own():
    """1838 (s295): 存在问题及改进措施 lines numbered ①②④: ③ skipped, stated as written; a run in order, and marks of
    two kinds (① then ⑵) raise nothing."""
    assert [(f.rule, f.stated) for f in flags(report(prose="①甲项已完成。\n②乙项已完成。\n④丁项已完成。\n"))
            if f.rule == "JX103"] == [("JX103", "④")]
    assert "JX103" not in codes(report(prose="①甲项已完成。\n②乙项已完成。\n③丙项已完成。\n"))
    assert "JX103" not in codes(report(prose="①甲项已完成。\n②乙项已完成。\n⑷丁项已完成。\n"))


def test_a_reason_cell_that_only_denies_a_gap_gives_no_reason():
    """1835 (s295): 4700 of ≥5000吨 with 无偏差 in its 偏差原因 cell: a negation and a word for the gap claims the
    target met where the row misses it (JX402), as 已完成 does; a cause written after it is a reason."""
    def rows(reason):
        return [("产出指标", "数量指标", "储备粮轮换数量", "≥5000吨", "4700吨", "90", "84.6", reason)]
    for reason in ("无偏差", "不存在差距。"):
        [f] = [f for f in flags(report(rows=rows(reason), total="94.6")) if f.rule == "JX402"]
        assert f.stated == "4700吨", reason
    assert "JX402" not in codes(report(rows=rows("无偏差原因说明不足，部分库点轮换延至次年"), total="94.6"))


def test_a_result_told_for_one_part_beside_a_sibling_part_is_no_restatement():
    """1835 (s295): 城区库点储备粮宜存率99.6%，乡镇库点98.1% beside the table's 储备粮宜存率 99.1%: words qualify the
    name and the next clause gives a sibling part its figure, so 99.6% is the city depots', not the indicator's
    result (no JX501); the name told with another figure, or qualified with no sibling part after, is still one."""
    rows = [("产出指标", "质量指标", "储备粮宜存率", "≥98%", "99.1%", "90", "90", "")]

    def jx501(prose):
        return [f.stated for f in flags(report(rows=rows, prose=prose + "\n")) if f.rule == "JX501"]
    assert jx501("城区库点储备粮宜存率99.6%，乡镇库点98.1%。") == []
    assert jx501("储备粮宜存率达到99.6%。") == ["99.6%"]
    assert jx501("城区库点储备粮宜存率99.6%。") == ["99.6%"]   # a qualifier alone: no sibling part told
    # 726: the next clause names another thing (not a sibling of 全年), the figure still the indicator's
    assert jx501("全年储备粮宜存率达到99.6%，粮食质量抽检合格率98.1%。") == ["99.6%"]


def test_three_kinds_of_a_measure_after_including_one_digit_off_its_whole():
    """1838 (s295): 采集水文监测数据186.4万条，包括水位数据102.6万条、雨量数据58.2万条、流量数据15.6万条: three kinds
    of the whole named by its head word (数据), after 包括, summing to it with one digit wrong (176.4): flagged; three
    kinds farther off may be some kinds only (not judged)."""
    def jx603(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX603"]
    assert jx603("全年采集水文监测数据186.4万条，包括水位数据102.6万条、雨量数据58.2万条、流量数据15.6万条。") == \
        [("186.4万条", "176.4万条")]
    assert jx603("全年采集水文监测数据176.4万条，包括水位数据102.6万条、雨量数据58.2万条、流量数据15.6万条。") == []
    assert jx603("全年采集水文监测数据206.4万条，包括水位数据102.6万条、雨量数据58.2万条、流量数据15.6万条。") == []


def test_a_share_told_with_bizhong_alone_after_a_part_is_judged():
    """1871 (s301): 全年承保农户4.2万户，其中脱贫户1.26万户，比重达28.4%: 比重 (the noun of a share) right after the
    part's comma opens its share as 占 does; 1.26 / 4.2 = 30.0%. The share written right raises nothing, nor a 比重
    with words before it (补助比重 …, no part's share)."""
    found = flags("全年承保农户4.2万户，其中脱贫户1.26万户，比重达28.4%。\n")
    assert [(f.rule, f.stated) for f in found] == [("JX601", "28.4%")]
    assert codes("全年承保农户4.2万户，其中脱贫户1.26万户，比重达30.0%。\n") == []
    assert codes("全年承保农户4.2万户，其中脱贫户1.26万户，补助比重达28.4%。\n") == []


def test_a_target_of_none_is_missed_by_any_count_above_it():
    """1873 (s301): 站内安全责任事故 0起 with 1起 scored 6 of 6: a target of none (= 0) is a ceiling by its figure,
    nothing counted below it, so a count above misses it (JX401 at full marks) as ≤0起 would; 0起 of 0起 meets it."""
    def rows(actual, score):
        return [("产出指标", "质量指标", "站内安全责任事故", "0起", actual, "6", score, "1名受助人员在站内摔伤。")]
    assert [(f.rule, f.stated) for f in flags(report(rows=rows("1起", "6"))) if f.rule == "JX401"] == [("JX401", "6")]
    assert "JX401" not in codes(report(rows=rows("0起", "6")))


def test_a_choice_between_a_verb_and_its_negation_left_unmade():
    """1871 (s301): 总体绩效目标达到/未达到预期: a template's choice of a verb and its own negation (未 / 没有 / 不 before
    the same verb) left unmade, as 增加/减少 is; stated as written. A verb and another (达到/超过) is no such choice."""
    def jx701(prose):
        return [f.stated for f in flags(report(prose=prose + "\n")) if f.rule == "JX701"]
    assert jx701("项目自评得分99.16分，总体绩效目标达到/未达到预期。") == ["达到/未达到"]
    assert jx701("年度任务已完成/未完成。") == ["已完成/未完成"]
    assert jx701("项目总体绩效目标达到预期。") == []
    assert jx701("主要指标达到/超过预期。") == []


def test_paragraphs_opened_by_a_numeral_and_shi_run_on_their_own():
    """1873 (s301): 存在问题 paragraphs opened 一是 / 二是 / 四是: a Chinese numeral and 是 opening each point (a report's
    own numbering, as （一） is): 三是 skipped, stated as written; a run in order raises nothing."""
    assert [(f.rule, f.stated) for f in flags(report(prose="一是甲项不足。\n二是乙项不足。\n四是丁项不足。\n"))
            if f.rule == "JX103"] == [("JX103", "四是")]
    assert "JX103" not in codes(report(prose="一是甲项不足。\n二是乙项不足。\n三是丙项不足。\n"))


def test_no_unmet_target_said_as_a_count_of_none_is_a_claim():
    """1873 (s301): 全年设定的11项绩效指标中，未完成指标0项 says what 未完成的绩效指标：无 says: held against a row that
    misses; 未完成指标1项 claims nothing, nor does 0项 where every row is met."""
    missed = [("产出指标", "数量指标", "开展街面巡查", "≥96次", "88次", "40", "36.67", "巡查人员抽调防汛。"),
              ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
              ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    said = "三、自评结论：全年设定的3项绩效指标中，未完成指标0项。"
    assert ("JX403", "未完成指标0项") in {(f.rule, f.stated) for f in flags(report(rows=missed, total="96.67",
                                                                                  prose=said))}
    assert "JX403" not in codes(report(rows=missed, total="96.67", prose=said.replace("0项", "1项")))
    assert "JX403" not in codes(report(prose=said))


def test_a_gap_from_another_rate_in_brackets_is_judged():
    """1873 (s301): 受助人员身份查询成功率94.8%，高于全区平均水平（92.6%）3.1个百分点: the other rate in brackets after
    the name it is of, then the gap: 94.8 - 92.6 = 2.2 points. The gap written right raises nothing."""
    found = flags("受助人员身份查询成功率94.8%，高于全区平均水平（92.6%）3.1个百分点。\n")
    assert [(f.rule, f.stated) for f in found] == [("JX606", "3.1个百分点")]
    assert codes("受助人员身份查询成功率94.8%，高于全区平均水平（92.6%）2.2个百分点。\n") == []


def test_two_kinds_in_brackets_after_han_one_digit_off_their_whole():
    """1870 (s301): 防治作业面积3.6万亩（含飞机防治2.1万亩、地面防治1.2万亩）: 含 opens the bracket's parts as 其中 does, and
    two kinds sharing a head word (防治) that the whole's name holds too, not at its end, are held to the whole where
    their sum is it with one digit wrong (3.3 / 3.6). The parts adding up raise nothing, nor kinds summing farther off
    (some of the whole's kinds)."""
    said = "全年完成林业有害生物防治作业面积3.6万亩（含飞机防治2.1万亩、地面防治{}万亩）。\n"
    assert [(f.rule, f.stated) for f in flags(said.format("1.2"))] == [("JX603", "3.6万亩")]
    assert codes(said.format("1.5")) == []
    assert codes(said.format("0.8")) == []


def test_a_filing_label_a_line_break_split_is_read_across_it():
    """1870.pdf (s301): the 填报 line wrapped by the page's width, 填 closing one printed line and 报日期：2024-03-12
    opening the next (two paragraphs as the PDF gives them): the label is read across the break, so a result dated
    2024年3月28日 is after the filing day (JX804), as the .docx's one line gives it. A label whole on its line is read
    as before, and a line closing on 填 before another paragraph's words gives no date."""
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("产出指标", "时效指标", "越冬代防治完成时间", "2024年3月31日前", "2024年3月28日", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]

    def jx804(tail):
        return [(f.rule, f.stated) for f in flags("2023年度项目支出绩效自评表\n" + report(rows=rows) + tail)
                if f.rule == "JX804"]
    assert jx804("填报单位（盖章）：某检疫站 填报人：郝某某 联系电话：0350-4722×××× 填\n报日期：2024-03-12\n") == \
        [("JX804", "2024-03-12")]
    assert jx804("填报日期：2024-03-12\n") == [("JX804", "2024-03-12")]
    assert jx804("下一步将加强监测。表格由站长填\n写说明：2024-03-12发布。\n") == []

def test_money_carried_forward_to_the_next_year_is_the_remainder():
    """1907 (s307): 全年预算420.00万元，全年执行401.10万元，结转下年继续使用19.80万元: the remainder told as carried
    forward to the year ahead is a 结余 (18.90): flagged; the right figure is not, nor last year's money carried over."""
    def jx607(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX607"]
    assert jx607("项目全年预算420.00万元，全年执行401.10万元，执行率95.50%，结转下年继续使用19.80万元。") == \
        [("19.80万元", "18.90万元")]
    assert jx607("项目全年预算420.00万元，全年执行401.10万元，执行率95.50%，结转下年继续使用18.90万元。") == []
    assert jx607("项目全年预算420.00万元，全年执行401.10万元，上年结转19.80万元。") == []


def test_a_claim_of_completion_under_any_adverb_of_wholeness():
    """1910 (s307): 项目圆满完成年度绩效目标 claims every target met, as 全部完成 does: held against a row that
    misses, not where every row is met."""
    missed = [("产出指标", "数量指标", "设置界桩", "≥60处", "54处", "40", "36", "协调未果。"),
              ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
              ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    said = "四、自评结论：项目圆满完成年度绩效目标，自评得分96分。"
    assert "JX403" in codes(report(rows=missed, total="96", prose=said))
    assert "JX403" not in codes(report(prose=said))


def test_a_total_whose_clause_refers_back_to_the_items_before():
    """1908 (s307): 资金支出：A512.40万元；B86.30万元；C41.80万元；以上共计650.50万元: 以上 names the items before it,
    those of its own sentence (not the 全年执行 of the sentence before): 640.50, flagged; the right total is not."""
    def jx604(prose):
        return [(f.stated, f.expected) for f in flags(report(prose=prose + "\n")) if f.rule == "JX604"]
    head = "项目全年预算200.00万元，其中省级资金50.00万元；全年执行640.50万元，执行率96.00%。"
    assert [s for s, _ in jx604(head + "资金支出：培训补贴发放512.40万元；鉴定考核费用86.30万元；师资及教材费用"
                                       "41.80万元；以上共计650.50万元。")] == ["650.50万元"]
    assert jx604(head + "资金支出：培训补贴发放512.40万元；鉴定考核费用86.30万元；师资及教材费用41.80万元；"
                        "以上共计640.50万元。") == []


def test_a_rate_gap_with_the_compared_rate_in_brackets():
    """1910 (s307): 覆盖率98.6%，高于全市平均水平（95.3%）2.3个百分点: the compared rate in brackets after its name,
    the gap 3.3: flagged; 3.3 is not."""
    def jx606(prose):
        return [f.stated for f in flags(report(prose=prose + "\n")) if f.rule == "JX606"]
    assert jx606("文物安全巡查覆盖率98.6%，高于全市平均水平（95.3%）2.3个百分点。") == ["2.3个百分点"]
    assert jx606("文物安全巡查覆盖率98.6%，高于全市平均水平（95.3%）3.3个百分点。") == []


def test_clauses_enumerated_yi_shi_er_shi_skip_a_number():
    """1906 (s307): 存在的问题：一是…；二是…；四是…: a paragraph's clauses enumerated by a numeral and 是 run 1, 2, 3:
    三是 skipped, flagged; 一是、二是、三是 is not, nor a 是 after a numeral inside a word (统一是)."""
    def jx103(prose):
        return [f.stated for f in flags(report(prose=prose + "\n")) if f.rule == "JX103"]
    assert jx103("存在的问题：一是防疫员年龄偏大；二是采样数量未达目标；四是收集体系还不够健全。") == ["四是"]
    assert jx103("存在的问题：一是防疫员年龄偏大；二是采样数量未达目标；三是收集体系还不够健全。") == []
    assert jx103("标准统一是前提；一是加强培训；二是完善制度。") == []


def test_two_enumerations_in_one_paragraph_are_two_runs():
    """Passage 010 (s307's measure): 一是…二是…三是… then a second list 一是…二是… in the same paragraph: a 一是 begins a
    run again, nothing repeated."""
    assert "JX103" not in codes(report(prose="存在问题：一是甲；二是乙；三是丙。改进措施：一是加强丁；二是完善戊；三是落实己。\n"))


def test_a_grade_told_by_a_ticked_box():
    """1907 (s307): 自评等级 □优　☑良　□中　□差: the grade is the ticked option (良), read and checked against the total
    (100 is 优: JX304); a row of boxes none or two of them ticked states no grade."""
    from jixiao.normalize.vocab import canonical_grade, ticked_choice
    assert ticked_choice("□优　☑良　□中　□差") == "良" and canonical_grade("□优 ☑良 □中 □差") == "良"
    assert ticked_choice("□优　□良　□中　□差") is None and ticked_choice("☑优　☑良　□中") is None
    assert ticked_choice("优") is None and canonical_grade("优") == "优"
    assert [(f.rule, f.stated) for f in flags(report(grade="□优　☑良　□中　□差")) if f.rule == "JX304"] == [("JX304", "良")]
    assert "JX304" not in codes(report(grade="☑优　□良　□中　□差"))


def test_a_share_written_as_a_fraction_in_words_is_judged():
    """1910 (s307): 全年预算480.00万元，其中中央补助资金120.00万元，占全年预算的三分之一: a share written as a fraction in
    words (三分之一, 四分之三, 一半) is an exact share, held to part / whole with the part's and the whole's rounding;
    120 / 480 is a quarter. The right fraction raises nothing, nor a bound or a hedge after it (三分之一以上), nor
    百分之 (a rate's own words)."""
    def jx601(prose):
        return [(f.stated, f.expected) for f in flags(prose + "\n") if f.rule == "JX601"]
    assert jx601("项目全年预算480.00万元，其中中央补助资金120.00万元，占全年预算的三分之一。") == [("三分之一", "25.00%")]
    assert jx601("项目全年预算480.00万元，其中中央补助资金120.00万元，占全年预算的四分之一。") == []
    assert jx601("项目全年预算480.00万元，其中中央补助资金160.00万元，占全年预算的三分之一。") == []
    assert jx601("项目全年预算480.00万元，其中中央补助资金360.00万元，占四分之三。") == []
    assert jx601("项目全年预算480.00万元，其中中央补助资金300.00万元，占一半。") == [("一半", "62.50%")]
    assert jx601("项目全年预算480.00万元，其中中央补助资金240.00万元，占一半。") == []
    assert jx601("共带动农户300户，其中脱贫户100户，占三分之一。") == []
    assert jx601("共带动农户300户，其中脱贫户120户，占三分之一以上。") == []


def test_a_hedged_share_is_held_to_what_its_words_admit():
    """1943 (s313): 全年预算360.00万元，其中省级补助资金90.00万元，约占全年预算的30%: a hedged share was skipped (约
    before 占 no share word) and a bound after one judged as exact. Each hedge now admits what its words say
    (rules.text HEDGE_BEFORE / HEDGE_AFTER, HEDGE_MARGIN a tenth): 约 / 左右 within a tenth either side besides the
    share's own rounding, 近 within a tenth below and not above, 以上 / 过 a bound below, 以下 / 不到 a bound above;
    raised only where part / total lies outside. Each form, raised and not raised."""
    def jx601(prose):
        return [(f.stated, f.expected) for f in flags(prose + "\n") if f.rule == "JX601"]
    budget = "项目全年预算360.00万元，其中省级补助资金{}万元，{}。"
    # 约占…30%: 26.5-33.5%
    assert jx601(budget.format("90.00", "约占全年预算的30%")) == [("30%", "25%")]
    assert jx601(budget.format("100.00", "约占全年预算的30%")) == []        # 27.8%
    assert jx601(budget.format("90.00", "约占全年预算的25%")) == []
    assert jx601(budget.format("90.00", "占全年预算的比例约为30%")) == [("30%", "25%")]
    assert jx601(budget.format("100.00", "占比30%左右")) == []
    assert jx601(budget.format("90.00", "占比30%左右")) == [("30%", "25%")]
    households = "共带动农户300户，其中脱贫户{}户，{}。"
    # 三分之一以上: at least 33.33…%
    assert jx601(households.format(120, "占三分之一以上")) == []
    assert jx601(households.format(80, "占三分之一以上")) == [("三分之一", "26.67%")]
    # 半数以上 / 过半 / 超过一半: at least 50%
    assert jx601(households.format(160, "占半数以上")) == []
    assert jx601(households.format(140, "占半数以上")) == [("半数", "46.67%")]
    assert jx601(households.format(160, "占比过半")) == []
    assert jx601(households.format(140, "占比过半")) == [("半", "46.67%")]
    assert jx601(households.format(140, "占比超过一半")) == [("一半", "46.67%")]
    # 近四成: 31-40% (四成's half unit 5 and a tenth of 40 below, nothing above)
    assert jx601(households.format(115, "占比近四成")) == []
    assert jx601(households.format(90, "占比近四成")) == [("四成", "30.00%")]
    assert jx601(households.format(125, "占比近四成")) == [("四成", "41.67%")]
    # 约一半 / 一半左右: 45-55%
    assert jx601(households.format(145, "约占一半")) == []
    assert jx601(households.format(100, "约占一半")) == [("一半", "33.33%")]
    assert jx601(households.format(100, "占一半左右")) == [("一半", "33.33%")]
    # a bound above: 不到 / 以下
    assert jx601(households.format(80, "占比不到三成")) == []
    assert jx601(households.format(100, "占比不到三成")) == [("三成", "33.33%")]
    assert jx601(households.format(80, "占30%以下")) == []
    assert jx601(households.format(100, "占30%以下")) == [("30%", "33%")]
    # 四成 unhedged is 40% to its tenths (35-45%); 半数 unhedged is no share read
    assert jx601(households.format(120, "占四成")) == []
    assert jx601(households.format(90, "占四成")) == [("四成", "30.00%")]
    assert jx601(households.format(100, "占半数")) == []


def test_a_skip_in_a_run_of_yi_shi_clauses_names_the_missing_item_as_the_run_writes_it():
    """JX103's message for 一是、二是、四是 names the item missing as the run writes its items (缺少 三是), not as a digit
    (缺少 3); a run of （一）（二）（四） paragraphs names （三）, ①②④ names ③."""
    def jx103(prose):
        return [f.message for f in flags(report(prose=prose + "\n")) if f.rule == "JX103"]
    said = jx103("存在的问题：一是防疫员年龄偏大；二是采样数量未达目标；四是收集体系还不够健全。")
    assert len(said) == 1 and "缺少 三是" in said[0], said
    said = jx103("存在的问题：一是甲；二是乙；三是丙；四是丁；五是戊；六是己；七是庚；八是辛；九是壬；十是癸；十三是子。")
    assert len(said) == 1 and "缺少 十一是、十二是" in said[0], said
    said = jx103("（一）项目基本情况\n（二）绩效目标\n（四）存在问题")
    assert len(said) == 1 and "缺少 （三）" in said[0], said
    said = jx103("①加强培训\n②完善制度\n④落实责任")
    assert len(said) == 1 and "缺少 ③" in said[0], said


def _stated(prose, rule):
    return [f.stated for f in flags(report(prose=prose + "\n")) if f.rule == rule]


def test_an_average_named_between_the_indicator_and_its_figure_is_no_restatement():
    """1944 / 1947 (s313): 全市参保率平均水平为94.2%，我县达96%: the figure after 平均水平为 is the region's average the
    indicator is compared with, not the indicator's result told again; no JX501 (the table says 96%). The result
    told otherwise still is one (参保率达到94.2%)."""
    assert _stated("全市参保率平均水平为94.2%，我县达96%，高出1.8个百分点。", "JX501") == []
    assert _stated("全年参保率达到94.2%。", "JX501") == ["94.2%"]


def test_a_budget_cut_told_with_any_verb_compounded_on_jian():
    """1942 (s313): 年初预算260.00万元，年中压减省级资金15.00万元，全年预算240.00万元: 压减 cuts the budget as 调减 and
    核减 do (20.00 cut, 15.00 written): flagged; 压减20.00 and 削减20.00 are not."""
    assert _stated("项目年初预算260.00万元，年中压减省级资金15.00万元，全年预算240.00万元。", "JX608") == ["15.00万元"]
    assert _stated("项目年初预算260.00万元，年中压减省级资金20.00万元，全年预算240.00万元。", "JX608") == []
    assert _stated("项目年初预算260.00万元，年中削减县级资金20.00万元，全年预算240.00万元。", "JX608") == []
    assert _stated("项目年初预算260.00万元，年中削减县级资金25.00万元，全年预算240.00万元。", "JX608") == ["25.00万元"]


def test_two_parts_of_a_measure_joined_by_he():
    """1946 (s313): 防治82万亩，包括鼠害防治51万亩和虫害防治28万亩: the two parts joined by 和 (not 、) are parts as
    after 、; 51 + 28 = 79: flagged; 51 + 31 = 82 is not."""
    assert _stated("全年完成草原鼠虫害防治82万亩，包括鼠害防治51万亩和虫害防治28万亩。", "JX603") == ["82万亩"]
    assert _stated("全年完成草原鼠虫害防治82万亩，包括鼠害防治51万亩和虫害防治31万亩。", "JX603") == []


def test_a_total_whose_own_clause_counts_the_items():
    """1943 (s313): 助餐点建设改造112.40万元、助餐补贴96.80万元、厨房设备购置58.60万元、运营管理70.00万元，四项合计345.80万元:
    the total's clause opens with the count of the items (四项), no item of its own; 337.80, not 345.80: flagged;
    337.80 is not."""
    items = "资金使用：助餐点建设改造112.40万元、助餐补贴96.80万元、厨房设备购置58.60万元、运营管理70.00万元，"
    assert _stated(items + "四项合计345.80万元。", "JX604") == ["345.80万元"]
    assert _stated(items + "四项合计337.80万元。", "JX604") == []
    assert _stated(items + "以上4项合计345.80万元。", "JX604") == ["345.80万元"]


def test_clauses_enumerated_di_yi_di_er_skip_a_number():
    """1942 (s313): 存在的问题：第一，…；第二，…；第四，…: clauses opened by an ordinal 第 and a numeral, then a comma,
    run as 一是 / 二是 do: 第三 skipped, flagged; 第一 / 第二 / 第三 is not, nor an ordinal inside a clause (第一批,
    第二季度)."""
    assert _stated("存在的问题：第一，监测设备安装滞后；第二，能力不足；第四，资金缺口较大。", "JX103") == ["第四"]
    assert _stated("存在的问题：第一，监测设备安装滞后；第二，能力不足；第三，资金缺口较大。", "JX103") == []
    assert _stated("第一批设备已安装；第二季度完成培训；第四季度完成验收。", "JX103") == []


def test_a_measures_change_on_last_year_from_its_current_figure():
    """1942 (s313): 巡查排查3860次，同比增加420次，增长13.2%: a measure's change told against last year right after its
    current figure, the rate measured from the current less the change (420 / 3440 = 12.2%): flagged; 12.2% is not,
    nor a change with no year named (增加420次 may be against the plan)."""
    assert _stated("全年开展巡查排查3860次，同比增加420次，增长13.2%。", "JX602") == ["13.2%"]
    assert _stated("全年开展巡查排查3860次，同比增加420次，增长12.2%。", "JX602") == []
    assert _stated("全年开展巡查排查3860次，较上年减少420次，下降9.8%。", "JX602") == []
    assert _stated("全年开展巡查排查3860次，增加420次，增长13.2%。", "JX602") == []


def test_a_satisfaction_rate_beside_its_surveys_counts_is_their_quotient(tmp_path):
    """1922 (s309): the 满意度 rows in a survey table (有效问卷（份） | 满意（份） | … | 实际完成值): no rule held the rate to
    满意 ÷ 有效问卷. JX410 reads the two counts in the rate's own row, under their heads: 397 / 420 = 94.5% raises
    nothing; 387 / 420 = 92.1% against 94.5% is raised; a count column headed otherwise (基本满意) is no survey's
    satisfied count."""
    from jixiao.extract import read_document
    page = Path("corpus/native/1922.html").read_text(encoding="utf-8")

    def jx410(text):
        f = tmp_path / "form.html"
        f.write_text(text, encoding="utf-8")
        return [(x.stated, x.expected) for x in check(normalize_document(read_document(str(f)))) if x.rule == "JX410"]
    assert jx410(page) == []
    assert jx410(page.replace(">397<", ">387<")) == [("94.5%", "92.1%")]
    assert jx410(page.replace(">397<", ">387<").replace(">满意（份）<", ">基本满意（份）<")) == []


def test_a_one_character_unit_of_the_same_sound_is_a_slip_where_the_document_writes_the_figure_in_the_targets():
    """1871 (s301): 农业保险承保保单 ≥4万份 | 4.12万分: 分 for 份, both known units, so JX802 left it as what the row
    says. Where the document writes the result's own figure in the target's unit elsewhere (the summary's 4.12万份),
    the row's unit is the slip: raised; without that, left as before."""
    rows = [("产出指标", "数量指标", "承保保单", "≥4万份", "4.12万分", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    told = [(f.stated, f.expected) for f in flags(report(rows=rows, prose="全年承保保单4.12万份。")) if f.rule == "JX802"]
    assert told == [("4.12万分", "份")]
    assert [f for f in flags(report(rows=rows, prose="全年承保保单较上年增加。")) if f.rule == "JX802"] == []
    assert [f for f in flags(report(rows=rows, prose="全年承保保单14.12万份。")) if f.rule == "JX802"] == []


def test_names_before_a_count_whose_last_two_are_joined_by_he():
    """1993 (s321): 在历口镇、闪里镇、平里镇、祁山镇和塔坊镇共5个乡镇实施: 和 joins the last two names as 、 parts the
    rest, so five are named: no flag (the first read counted four and flagged the control); 共6个 after five is
    flagged with five; a name holding 和 of its own (东和镇) stays one name."""
    assert _stated("在历口镇、闪里镇、平里镇、祁山镇和塔坊镇共5个乡镇实施整村推进。", "JX605") == []
    assert _stated("在历口镇、闪里镇、平里镇、祁山镇和塔坊镇共6个乡镇实施整村推进。", "JX605") == ["共6个乡镇"]
    assert _stated("在历口镇、闪里镇、东和镇共3个乡镇实施整村推进。", "JX605") == []


def test_a_change_in_whole_counts_is_exact():
    """1992 (s321): 全年发生森林火灾3起，比上年减少5起，降幅55.6%: 3起 and 5起 count fires one by one, exact, so last year
    was 8 and the fall 62.5%: flagged (the first read took 3 and 5 as rounded, ±0.5, and 55.6% inside the span);
    62.5% is not; a figure with a decimal or in 万 keeps its rounding (3.6万人次)."""
    assert _stated("全年发生森林火灾3起，比上年减少5起，降幅55.6%。", "JX602") == ["55.6%"]
    assert _stated("全年发生森林火灾3起，比上年减少5起，降幅62.5%。", "JX602") == []
    assert _stated("全年接待读者4万人次，同比增加1万人次，增长30.0%。", "JX602") == []


def test_a_bracketed_prompt_left_inside_a_sentence():
    """1994 (s321): 项目自评得分98.50分，较上年提高【请填写】分: a template's prompt in brackets standing where the
    figure goes, inside running text (PROMPT read it only as a whole line or cell): flagged; words in brackets that
    ask nothing written in (（请见附件）, 【注意】) are not."""
    assert _stated("四、自评结论：项目自评得分98.50分，较上年提高【请填写】分，自评等级为优。", "JX701") == ["【请填写】"]
    assert _stated("四、自评结论：项目自评得分98.50分，较上年提高（请填写）分，自评等级为优。", "JX701") == ["（请填写）"]
    assert _stated("四、自评结论：项目自评得分98.50分（请见附件），自评等级为优。", "JX701") == []
