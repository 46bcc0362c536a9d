"""False alarms seen on real reports (issue 22): each test failed before its fix."""
from jixiao.extract import read_bytes
from jixiao.normalize import normalize_document
from jixiao.normalize.prose import unglue, unglue_all
from jixiao.rules import check
from tests.test_rules import codes, flags, report

ROWS = [
    ("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
    ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", ""),
]


def _rows(change):
    rows = [list(r) for r in ROWS]
    for (k, col), v in change.items():
        rows[k][col] = v
    return [tuple(r) for r in rows]


def test_enumerator_glued_to_a_count_is_not_a_fraction():
    text = report(prose="1.全年完成培训3次。\n2.3个乡镇完成建设。\n3.12个乡镇完成建设，共覆盖5个村。\n4.全部完成。\n")
    assert codes(text) == []           # no JX801 "3.12个", no JX103 "2 跳到 4"
    # 2.42人次 in running text is still a fraction of a count
    assert "JX801" in codes(report(prose="全年享受异地就医政策报销2.42人次。\n"))


def test_a_counter_with_more_words_after_it_in_a_paragraph_is_no_count():
    """Paragraphs read a count as cells do: a grade's step or a rate's numerator is none."""
    assert "JX801" not in codes(report(prose="项目区耕地质量提升0.5个等级以上，受益农户4200户。\n"))
    assert "JX801" not in codes(report(prose="全年食品安全监督抽检不低于4.5批次/千人，处理率98%以上。\n"))
    assert "JX801" in codes(report(prose="举办培训班，培训林农及护林员1.26人次，全部完成。\n"))
    assert "JX801" in codes(report(prose="完成12.5项培训。\n"))     # the counter heads the thing counted


def test_unglue_keeps_positions_and_decimals():
    assert unglue("3.12个乡镇完成建设") == "3、12个乡镇完成建设"
    assert unglue("收入3.12万元。") == "收入3.12万元。"          # not at a line start
    assert unglue("3.12万元用于购买设备。") == "3.12万元用于购买设备。"   # no numbering around: a decimal
    assert unglue_all(["1.完成。", "2.12万元用于培训。"])[1] == "2、12万元用于培训。"   # item 2 after item 1
    assert unglue("其中：1.5万元用于培训；2.完成验收。").startswith("其中:1、5万元")   # item 2 follows
    for t in ("3.12个乡镇", "（1）完成3次"):
        assert len(unglue(t)) == len(t)


def test_enumerated_amounts_add_up_as_items():
    text = "资金使用情况：\n1.12万元用于购买设备；\n2.8万元用于培训；\n3.10万元用于宣传。共计30万元。\n"
    assert [f for f in flags(report(prose=text)) if f.rule in ("JX604", "JX801", "JX103")] == []


def test_actual_equal_to_its_weight_under_a_rate_target_is_a_reading_doubt():
    text = report(rows=_rows({(1, 4): "30"}))
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    recs = normalize_document(doc)
    got = [f.rule for f in check(recs)]
    assert "JX401" not in got and "JX402" not in got and "JX405" not in got
    assert any("疑为得分误入实际完成值" in w for w in recs.warnings)
    # a real miss still is one
    assert "JX401" in codes(report(rows=_rows({(1, 4): "85%"})))


def test_level1_note_is_not_summed_with_the_next_block():
    rows = [("产出指标(70分)", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("", "质量指标", "合格率", "≥95%", "96%", "30", "30", ""),
            ("", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    assert codes(report(rows=rows)) == []
    rows[1] = ("", "质量指标", "合格率", "≥95%", "96%", "25", "25", "")
    assert "JX303" in codes(report(rows=rows, total="95"))      # the block's own slip still is one


def test_a_score_written_with_a_decimal_is_still_exact():
    for score, total in (("13.0", "94"), ("20.0", "99"), ("10.0", "89")):
        got = [f for f in flags(report(rows=_rows({(2, 6): score}), total=total)) if f.rule == "JX302"]
        assert got, (score, total)
        assert "±0.5（" in got[0].message and "±1" not in got[0].message
    assert [f for f in flags(report(rows=_rows({(2, 6): "20.0"}))) if f.rule == "JX302"] == []
    # a fund score with decimals is computed: the total written as a whole number may round it
    assert "JX302" not in codes(report(budget="100", executed="95.8", rate="95.8%", fund_s="9.58", total="100"))


def test_truncated_restatement_is_not_a_slip():
    assert "JX501" not in codes(report(budget="54.957", executed="54.957", prose="项目预算54.95万元。\n"))
    assert "JX501" not in codes(report(budget="54.957", executed="54.957", prose="项目预算54.96万元。\n"))
    # places compared in base units: 549570 元 in the table is finer than 54.95 万元 in prose
    in_yuan = report(budget="549570", executed="549570", prose="项目预算54.95万元。\n").replace("（万元）", "（元）")
    assert "JX501" not in codes(in_yuan)
    assert "JX501" in codes(in_yuan.replace("54.95万元", "54.94万元"))
    # same places, different figure: a slip; and 54.951 is neither rounded nor cut to 54.96
    assert "JX501" in codes(report(budget="54.95", executed="54.95", prose="项目预算54.94万元。\n"))
    assert "JX501" in codes(report(budget="54.951", executed="54.951", prose="项目预算54.96万元。\n"))
    # the table's the coarser copy: 30 is not 30.8 cut (a budget is set, not measured)
    assert "JX501" in codes(report(prose="全年财政资金预算30.8万元，执行资金30万元。"))


def test_false_flags_seen_on_the_raw_development_passages():
    # 059: "财政收回数 12.67 项目资金构成" — 项 of 项目 is no count unit
    assert "JX801" not in codes(report(prose="指标结余数 12.67 项目资金构成 5.638 项目 类别。\n"))
    assert "JX801" in codes(report(prose="完成12.5项培训。\n"))
    # 430's footnote: an average named in the figure's own clause is divided, fractional by nature
    assert "JX801" not in codes(report(prose="①受益农村人口按当年改厕户数×户均3.57人测算。\n"))
    # a space setting the figure apart from its average (a PDF's text) is no clause's end
    assert "JX801" not in codes(report(prose="①受益农村人口按当年改厕户数×户均 3.57人测算。\n"))
    assert "JX801" not in codes(report(prose="全年开展培训，人均培训3.5次。\n"))
    # an average in another clause of the sentence excuses nothing
    assert "JX801" in codes(report(prose="人均收入有所增长，报销2.42人次。\n"))
    # 055 / 064: asterisks where a person or a unit is named are masking, not a figure left blank
    assert "JX701" not in codes(report(prose="上传人:王** 文档编号:292440\n"))
    assert "JX701" not in codes(report(prose="项目单位(盖章): ****\n"))
    assert "JX701" in codes(report(prose="支出决算为**万元。\n"))


def test_a_number_published_with_digits_hidden_is_no_template_text():
    # the constructed and native forms' 联系电话：0898-6533×××× lines (published reports hide the last digits)
    assert "JX701" not in codes(report(prose="填报人：王某某　　联系电话：0898-6533××××　　填报日期：2024年3月\n"))
    assert "JX701" not in codes(report(prose="联系人手机 138****5678。\n"))
    assert "JX701" not in codes(report(prose="联系人手机 138＊＊＊＊5678。\n"))    # full-width stars too (issue 21)
    assert "JX701" in codes(report(prose="共完成××项培训，支出**万元。\n"))
    assert "JX701" in codes(report(prose="填报日期：2024年**月\n"))


def test_a_number_whose_last_digits_are_latin_xs_is_no_template_text_without_its_label():
    # 920.scan: OCR split 联系电话： from 0954-3012XXXX (each a line of its own), so no label is before
    # the marks; X joined to a phone's digits hides them as × does
    assert "JX701" not in codes(report(prose="0954-3012XXXX\n"))
    assert "JX701" not in codes(report(prose="联系人 138xxxx5678。\n"))
    # a template's year left unfilled (20XX年) is still one: two digits are no number's part
    assert "JX701" in codes(report(prose="20XX年度绩效目标\n"))


def test_a_masked_number_after_its_label_is_no_template_text():
    # 247's .pdf and scan: a site footer's filing number (浙ICP备××××××××号; the scan reads ×XXXXXX×) and
    # a contact line whose whole number is hidden: the label says a number stands there
    assert "JX701" not in codes(report(prose="主办：某市某局　网站标识码：3304000000　浙ICP备××××××××号\n"))
    assert "JX701" not in codes(report(prose="主办：某市某局　浙ICP备×XXXXXX×号\n"))
    assert "JX701" not in codes(report(prose="联系电话：××××××××　身份证号：XXXXXXXXXXXXXXXXXX\n"))
    assert "JX701" not in codes(report(prose="手机 138XXXX5678\n"))
    # no label: still a placeholder; a label's word inside a sentence is no label (no colon, space or digit)
    assert "JX701" in codes(report(prose="本年新增××××个备案点。\n"))
    assert "JX701" in codes(report(prose="开通服务电话**部。\n"))


def test_a_masked_credential_after_its_label_is_no_template_text():
    # 1068: an API client's saved request keeps its header 'Authorization: Bearer ****'; a password or token
    # after its label is a secret kept back, no figure left unfilled
    assert "JX701" not in codes(report(prose="Authorization: Bearer ****\n"))
    assert "JX701" not in codes(report(prose="系统登录密码：******\n"))
    # a figure's label is still no secret's
    assert "JX701" in codes(report(prose="支出金额：××××万元\n"))


def test_a_code_named_before_a_colon_and_masked_whole_is_no_template_text():
    # 300's and 301's printed web pages: the site footer hides its 网站标识码 whole; any code named
    # before a colon (…码：) says a number stands there
    assert "JX701" not in codes(report(prose="主办：某市某局　网站标识码：××××××××××　ICP备××××××××号\n"))
    assert "JX701" not in codes(report(prose="统一社会信用代码：XXXXXXXXXXXXXXXXXX\n"))
    # a code's word with no colon, or a figure's label, is no number's label
    assert "JX701" in codes(report(prose="发放识别码××××个。\n"))
    assert "JX701" in codes(report(prose="支出金额：××××万元\n"))


def test_a_number_before_a_unit_is_no_serial():
    # 037: a document-site preview cut inside "…12cm 水泥稳定碎石" starts a line "2、cm …"
    text = "1、项目概况。\n2、建设内容。\n2、cm 水泥稳定碎石+5cm中粒式沥青混凝土。\n3、资金来源。\n"
    assert "JX103" not in codes(text)
    assert "JX103" in codes(text.replace("2、cm", "2、路面"))


def test_a_list_item_ending_in_its_bracket_run_into_the_next_is_counted():
    # 1088.pdf: two short lines of a 佐证材料目录 joined into one paragraph, the first ending in its bracket,
    # the second opening with a year: items 1 and 2, not 1 then 3
    text = "1．资金下达文件（某财教〔2024〕9号、某财教〔2024〕63号）2．2024年春季学期受益学生名册\n3．食堂检查记录\n4．体质健康监测报告\n"
    assert "JX103" not in codes(text)
    # a bracket before a number that is not the next in turn is no item's end: 2 still skipped
    assert "JX103" in codes(text.replace("）2．2024年", "）4．2024年"))


def test_blocks_read_apart_are_not_summed_against_the_whole():
    """046 (湖北 广水): 项目决策 2 分 and 项目管理 13 分 head the criteria rows; 项目绩效 85 分 heads an
    indicator table of its own under them. The criteria's 15 points are not the form's 100."""
    from pathlib import Path
    data = (Path(__file__).resolve().parent.parent / "corpus" / "realworld" / "046.html").read_bytes()
    got = check(normalize_document(read_bytes(data, "046.html")))
    assert "JX303" not in {f.rule for f in got}
    # a weight moved inside a block is still caught by the block's own points
    changed = data.replace("<td>运行监管</td><td>4</td>".encode(), "<td>运行监管</td><td>5</td>".encode())
    assert changed != data
    assert any(f.rule == "JX303" and f.expected == "13" for f in check(normalize_document(read_bytes(changed, "046.html"))))
    # rows without block points still add up to 100
    assert "JX303" in codes(report(rows=ROWS[:2], total="80"))


def test_a_rate_target_with_ge_read_as_2_is_a_reading_doubt():
    """044 (restored from a page's OCR): 市民满意度调查 目标 290% (≥90%), 实际 100%."""
    rows = _rows({(2, 3): "290%", (2, 4): "100%", (2, 7): ""})
    recs = normalize_document(read_bytes(report(rows=rows).encode("utf-8"), "r.txt"))
    assert not [f for f in check(recs) if f.rule in ("JX401", "JX402")]
    assert any("≥90%" in w for w in recs.warnings)
    # missed even as ≥90%, or a rate above 100% not written with a leading 2: flagged as before
    assert "JX402" in codes(report(rows=_rows({(2, 3): "290%", (2, 4): "85%", (2, 6): "17"})))
    assert "JX402" in codes(report(rows=_rows({(2, 3): "150%", (2, 4): "100%", (2, 6): "17"})))


def test_a_count_target_with_ge_read_as_2_on_a_scanned_row_is_a_reading_doubt():
    """318 (a fax's OCR): 培训 目标 ≥600人 read 2600人, 实际 614人, full marks: a reading to check, not a
    missed target; the same figures typed (no OCR) are a target missed, flagged as before."""
    rows = _rows({(0, 3): "2600人", (0, 4): "614人"})

    def read(scanned):
        recs = normalize_document(read_bytes(report(rows=rows).encode("utf-8"), "r.txt"))
        for i in recs.indicators:
            i.ocr_confidence = 0.8 if scanned else None
        return recs, {f.rule for f in check(recs)}
    recs, got = read(scanned=True)
    assert not got & {"JX401", "JX402"} and any("≥600人" in w and "识别" in w for w in recs.warnings)
    assert {"JX401"} <= read(scanned=False)[1]
    # short even of 600 on the scan: flagged
    rows = _rows({(0, 3): "2600人", (0, 4): "580人"})
    assert "JX401" in read(scanned=True)[1]


def test_a_budget_as_passed_and_after_adjustment_are_two_figures():
    # constructed 120: 年初预算合计2050万元，全年预算合计2160万元 in one sentence under a lead-in clause
    both = "2023年我局纳入绩效自评的项目共2个：年初预算合计2050万元，全年预算合计2160万元，全年执行合计2111.4万元。\n"
    assert "JX501" not in codes(report(prose=both))
    restated = ("1、城区道路维护经费：年初预算2050万元，执行2000万元。\n"
                "1、城区道路维护经费：年初预算2160万元。\n")
    assert "JX501" in codes(report(prose=restated))


def test_a_printed_site_footer_is_page_furniture_not_template_text():
    # 338's printed web page: the footer hides the office's street (地址：某市某区××路××号), marks no
    # number's label explains; a line carrying the site's code or filing mark is the footer
    footer = "主办：某市某局 地址：某市某区××路××号 网站标识码：4404000031粤ICP备××××××××号 粤公网安备44040202000××××号\n"
    assert "JX701" not in codes(report(prose=footer))
    # the same marks in the report's own sentence, or with no filing mark, are still placeholders
    assert "JX701" in codes(report(prose="办公地址位于某市某区××路××号，网站标识码另行公布。\n"))
    assert "JX701" in codes(report(prose="主办：某市某局 地址：某市某区××路××号\n"))


def test_an_item_run_into_the_paragraph_before_with_a_period_mark_is_no_skipped_number():
    """381.scan: the OCR reader joined note 2's wrapped line and note 3 into one paragraph
    (…预算执行率得分=分值×执行率。3.定量指标…); 3. is the item the numbered paragraphs mark with a period,
    so the run is 1-6, not 2 跳到 4. A decimal after a sentence (。3.5万元) is no item."""
    text = "1.本表金额单位为万元。\n2.总分100分。3.定量指标按比例计分。\n4.须说明原因。\n5.自评等级。6.问题填入台账。\n"
    assert "JX103" not in codes(text)
    assert "JX103" in codes(text.replace("。3.定量", "，定量"))      # a number really skipped is still said
    assert "JX103" in codes(text.replace("。3.定量", "。3.5万元定量"))   # a decimal is no item


def test_text_before_a_figure_is_the_whole_sentence_when_the_figure_is_not_there_verbatim():
    from jixiao.rules.common import text_before
    assert text_before("全年执行数30万元，执行率100%", "30万元") == "全年执行数"
    # an OCR'd or restored sentence that writes the figure otherwise: all of it, not all but its last word
    assert text_before("全年执行数30万元", "３０万元") == "全年执行数30万元"


def test_a_ratio_target_without_an_operator_has_no_sense_to_miss():
    """516: 小学师生比 1:19 target, 1:17.6 actual: fewer pupils per teacher may be better or worse; the
    target writes no operator, so no sense is written: no miss. With the operator written it is judged."""
    rows = [("产出指标", "质量指标", "小学师生比", "1:19", "1:17.6", "40", "40", ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    got = codes(report(rows=rows))
    assert "JX401" not in got and "JX402" not in got
    rows[0] = ("产出指标", "质量指标", "小学师生比", "≥1:19", "1:17.6", "40", "40", "")
    assert "JX401" in codes(report(rows=rows))


def test_a_row_with_its_weight_and_score_exchanged_is_read_back_when_both_totals_say_so():
    """522: one row wrote 8.8 in 分值 and 10 in 得分; exchanged, the 分值 column adds to 100 and the 得分
    column to the stated 总分 (as written neither does): read exchanged with a warning, no JX301/302/303/401.
    Where the totals do not bear it out the row is left as written (and flagged)."""
    from decimal import Decimal
    from jixiao.normalize import normalize_document as nd
    rows = [("产出指标", "数量指标", "培训次数", "≥2次", "3次", "40", "40", ""),
            ("效益指标", "社会效益指标", "检出率提升", "≥5%", "4.4%", "26.4", "30", "农忙推迟"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    text = report(rows=rows, total="96.4")
    assert codes(text) == []
    recs = nd(read_bytes(text.encode(), "r.txt"))
    i = recs.indicators[1]
    assert (i.weight.value, i.score.value) == (30, Decimal("26.4"))
    assert any("两数互换" in w for w in recs.warnings)
    assert "JX301" in codes(report(rows=rows, total="100"))   # the 总分 does not bear the exchange out


def test_the_indicators_score_told_against_their_own_points_is_no_total_restated():
    """531: 绩效指标分值90分，得分89.78分 tells the indicators' part (the fund's 10 points outside it), not the
    form's 总分 written otherwise; a score told against the full marks is still compared."""
    assert "JX501" not in codes(report(prose="绩效指标分值90分，得分89.78分。\n"))
    assert "JX501" in codes(report(prose="项目总分值100分，得分89.78分。\n"))


def test_a_score_told_under_a_condition_is_the_scoring_rule_not_the_total():
    """545 / 546 (planted blind): 注：…达到年度指标值的得分系数为100% and 单项指标得分按百分制计，达到年度指标值的
    得100分 state the rule's full marks for a row that meets its target, not the form's 总分 written
    otherwise; a total told plainly beside them is still compared."""
    assert "JX501" not in codes(report(prose="注：单项指标得分按百分制计，达到年度指标值的得100分，未达到的按比例计分。\n",
                                       total="99.26", fund_s="9.26"))
    assert "JX501" not in codes(report(prose="注：定量指标达到年度指标值的得分系数为100%。\n", total="96.66", fund_s="6.66"))
    assert "JX501" in codes(report(prose="项目自评得100分。\n", total="99.26", fund_s="9.26"))
    assert "JX501" in codes(report(prose="项目绩效目标完成情况的得分为100分。\n", total="99.26", fund_s="9.26"))


def test_a_share_of_the_money_spent_is_no_execution_rate():
    """549 (planted blind): 其中用于示范园建设…万元，占执行资金的87.0% is that use's share of the money spent,
    not the execution rate: neither JX202 nor JX501 holds it to the fund table's 100%."""
    from jixiao.normalize.prose import subject_of
    assert subject_of("占执行资金的") == "" and subject_of("执行率") == "执行率"
    assert subject_of("市场占有率") == "市场占有率"     # a rate whose name holds 占: no share told
    prose = "全年执行资金30万元，其中用于培训26.1万元，占执行资金的87.0%。\n"
    assert codes(report(prose=prose)) == []
    assert "JX601" in codes(report(prose=prose.replace("26.1万元", "23.4万元")))


def test_a_rate_that_follows_its_table_beside_an_amount_written_otherwise_is_the_amounts_slip():
    """547 (planted blind): 全年预算1,420.00万元，实际执行1,336.20万元，执行率96.00% beside a table of 1,420.00 /
    1,363.20 / 96.00%: the rate follows the table, the amount spent is the one written otherwise (JX501),
    not a rate computed wrong (JX202); a rate that follows neither is still JX202's."""
    table = dict(budget="30", executed="28.8", rate="96%", fund_s="9.6", total="99.6")
    got = codes(report(**table, prose="全年预算30.00万元，实际执行28.20万元，执行率96.00%。\n"))
    assert "JX501" in got and "JX202" not in got
    assert "JX202" in codes(report(**table, prose="全年预算30.00万元，实际执行28.80万元，执行率95.00%。\n"))
    # an amount too far from the table's for JX501 to take it for the same figure: the rate says it
    assert "JX202" in codes(report(**table, prose="全年预算30.00万元，实际执行15.00万元，执行率96.00%。\n"))


def test_an_actual_opening_with_its_targets_operator_on_a_scanned_row_is_a_reading_doubt():
    """602 (a phone shot's motion blur): 目标 ≥42个, 实际 43个 read ≥3个, full marks: a result is written
    as the figure reached, so an operator opening it beside the target's own, missing the target only
    so, is a reading to check, not a missed target; typed (no OCR), and a scanned result without the
    operator, it is a target missed, flagged as before."""
    def read(actual, scanned):
        recs = normalize_document(read_bytes(report(rows=_rows({(0, 3): "≥42个", (0, 4): actual})).encode("utf-8"),
                                             "r.txt"))
        for i in recs.indicators:
            i.ocr_confidence = 0.8 if scanned else None
        return recs, {f.rule for f in check(recs)}
    recs, got = read("≥3个", scanned=True)
    assert not got & {"JX401", "JX402"} and any("≥3个" in w and "识别" in w for w in recs.warnings)
    assert "JX401" in read("≥3个", scanned=False)[1]
    assert "JX401" in read("3个", scanned=True)[1]


def _grid_doc(rows, scanned):
    from jixiao.extract import Cell, Document, Location, Table
    cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=0, table=0, row=r, col=c),
                  confidence=0.95 if scanned else None) for r, row in enumerate(rows) for c, t in enumerate(row)]
    t = Table(index=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, loc=Location("mem", block=0, table=0))
    return Document(source="mem", format="pdf", sha256="", blocks=[t])


def test_a_scanned_rows_values_cut_onto_the_row_below_are_no_unfilled_row():
    """601 (a red-ruled form scanned with red dropout): 补贴资金拨付时间's 2023年12月 ⏎ 31日前 and 2023年12月 ⏎ 22日
    were cut from the row, its second lines a grid row of their own under it: target and actual blank
    with full marks, a false JX306. On a scan a row whose target and actual columns alone hold text in
    the row below is a reading to check; the same row with nothing below it is flagged as before."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    first = ["产出指标", "数量指标", "培训人数", "≥100人", "120人", "10", "10"]
    cut = ["", "时效指标", "补贴资金拨付时间", "", "", "6", "6"]
    below = ["", "", "", "31日前", "22日", "", ""]
    last = ["", "质量指标", "考核合格率", "≥90%", "95%", "10", "10"]
    recs = normalize_document(_grid_doc([head, first, cut, below, last], scanned=True))
    assert "JX306" not in {f.rule for f in check(recs)}
    assert any("补贴资金拨付时间" in w and "识别" in w for w in recs.warnings)
    recs = normalize_document(_grid_doc([head, first, cut, last], scanned=True))
    assert "JX306" in {f.rule for f in check(recs)}


def test_a_factor_of_a_scoring_formula_restates_no_score():
    """890's note 最终得分=单位自评分×30%+专家评分×70%: 70% multiplies a column, it states no score (JX501)."""
    assert "JX501" not in codes(report(total="93.10", prose="注：最终得分=单位自评分×30%+专家评分×70%。\n"))
    assert "JX501" in codes(report(total="93.10", prose="经评价，项目最终得分为92.10分。\n"))


def test_a_number_hidden_after_its_label_in_traditional_script_is_no_template_text():
    # 1588: a Big5 form's 聯繫電話：0596-3xxxxxx; the label read in matching script is 联系电话 (a number, hidden)
    assert "JX701" not in codes(report(prose="填表人：林某某　　聯繫電話：0596-3xxxxxx　　填報日期：2024年3月20日\n"))
    assert "JX701" in codes(report(prose="支出決算為**萬元。\n"))


def test_a_total_beside_a_column_of_ticked_tiers_named_unread_is_no_unscored_form():
    """1676: no 得分 column, each row a tier ticked in a 完成等次 column (☑完成 ☐基本完成 ☐未完成) the reader names
    unread, a 得分 that is no sum of the weights: that column may score the rows, no JX306."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "完成等次"]
    rows = [["产出指标", "数量指标", "培训人数", "≥100人", "120人", "40", "☑完成 ☐基本完成 ☐未完成"],
            ["", "质量指标", "考核合格率", "≥90%", "80%", "50", "☐完成 ☑基本完成 ☐未完成"]]

    from jixiao.extract import Location, Paragraph
    doc = _grid_doc([head, *rows], scanned=False)
    doc.blocks.append(Paragraph(text="总分：90　　得分：80　　自评等级：良", loc=Location("mem", block=1)))
    recs = normalize_document(doc)
    assert any("完成等次" in w and "未读取" in w for w in recs.warnings)
    assert recs.projects[0].total_score_stated.value == 80
    assert "JX306" not in {f.rule for f in check(recs)}
