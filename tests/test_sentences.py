"""Indicators told in sentences under a level heading, with no table (issue 21; normalize.sentences).
The passages are made up in the shape of the real ones (../shared/realworld/raw 063, 064): read
where the sentence names the indicator, its target and its result; counted unread and named where
it states a target and a result that cannot be told apart; prose figures elsewhere stay prose."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.rules import check


def _read(tmp_path, text: str):
    path = tmp_path / "passage.txt"
    path.write_text(text, encoding="utf-8")
    return normalize_document(read_document(path))


def _rows(recs):
    return [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators]


def test_the_plan_a_transfer_report_calls_its_task_is_a_target_cue(tmp_path):
    """年初任务数 is the target a transfer's report sets its result against (063: …年初任务数101974人，全年完成值
    103119人): the prose reader tells the two figures apart and names the indicator by the words before
    the cue, its period (年初) no part of the name."""
    recs = _read(tmp_path, "数量指标。参加培训农民人数年初任务数1200人，全年完成值1260人。\n")
    told = [(f.role, f.indicator, f.q.raw) for f in recs.prose if f.role]
    assert told == [("target", "参加培训农民人数", "1200人"), ("actual", "参加培训农民人数", "1260人")]


TOLD = """某县农民技能培训补助资金2023年度绩效自评报告
一、绩效目标分解下达情况
2023年下达培训补助资金120万元，全年执行118万元，预算执行率98.33%。
二、绩效情况分析
（四）绩效指标完成情况分析。
1.产出指标。
数量指标。参加培训农民人数年初任务数1200人，全年完成值1260人；新建培训基地年初任务数15个，全年完成值14个。
质量指标。培训考核合格率年初目标值≥90%，实际完成值93.5%。
2.效益指标。
社会效益指标。带动务工就业，目标值300人次，实际完成值320人次。
三、偏离绩效目标的原因和下一步改进措施
培训基地建设受用地审批影响，下一步将加快进度。
"""


def test_sentences_under_level_headings_are_read_as_indicators(tmp_path):
    """Each sentence that names an indicator, its target (年初任务数 / 目标值) and its result (全年完成值 /
    实际完成值) under a level heading is one record: the levels from the headings above, the name the
    words before the target's cue, the figures as written, no weight or score; located at its
    paragraph, the sentence in its note. The fund sentence above the headings is no indicator."""
    recs = _read(tmp_path, TOLD)
    assert _rows(recs) == [
        ("产出指标", "数量指标", "参加培训农民人数", "1200人", "1260人"),
        ("产出指标", "数量指标", "新建培训基地", "15个", "14个"),
        ("产出指标", "质量指标", "培训考核合格率", "≥90%", "93.5%"),
        ("效益指标", "社会效益指标", "带动务工就业", "300人次", "320人次")]
    assert recs.unread_rows == 0
    first = recs.indicators[0]
    assert first.weight is None and first.score is None
    assert first.loc.line == 7 and first.target.loc.line == 7 and first.actual.loc.line == 7
    assert "参加培训农民人数年初任务数1200人" in first.note
    [p] = recs.projects
    assert len(p.indicators) == 4


def test_a_result_short_of_its_target_told_in_a_sentence_is_seen_by_the_rules(tmp_path):
    """The records are the table readers' kind: a claim that every target was met beside a sentence
    whose result falls short (14个 of 15个) is flagged against the record (JX403)."""
    recs = _read(tmp_path, TOLD + "四、自评结论\n未完成的绩效目标：无。\n")
    flags = [f for f in check(recs) if f.rule == "JX403"]
    assert flags and "新建培训基地" in flags[0].message


def test_level_headings_numbered_alike_are_siblings(tmp_path):
    """A heading numbered as the level 1 in scope is a level 1 (C满意度指标 after B效益指标); one numbered
    otherwise is a level 2 of it ((2)成本指标 under A产出指标: its 成本 level 2, not the level 1)."""
    text = ("A产出指标(自评分40分)\n(1)时效指标\n项目完成及时率，年初目标值100%，实际完成值100%。\n"
            "(2)成本指标\n项目成本控制率，年初目标值≤100%，实际完成值98%。\n"
            "B效益指标\n经济效益\n带动农户增收，年初目标值≥500元，实际完成值620元。\n"
            "C满意度指标\n受益群众满意度，年初目标值≥95%，实际完成值96.2%。\n")
    recs = _read(tmp_path, text)
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "时效指标", "项目完成及时率"), ("产出指标", "成本指标", "项目成本控制率"),
        ("效益指标", "经济效益指标", "带动农户增收"), ("满意度指标", None, "受益群众满意度")]


def test_a_sentence_stating_a_target_and_a_result_it_cannot_pair_is_counted_unread(tmp_path):
    """A sentence under a level heading that states a target and a result with figures but names no
    indicator, or whose two figures are of different units, is counted unread and named by its
    sentence, never passed over; the readable sentence beside it is read."""
    text = ("1.产出指标。\n数量指标。年初目标值100人，实际完成值98人。\n"
            "时效指标。项目完工时间年初目标值2023年12月底前，实际完成值100%。\n"
            "质量指标。验收合格率年初目标值100%，实际完成值100%。\n三、存在的问题\n")
    recs = _read(tmp_path, text)
    assert _rows(recs) == [("产出指标", "质量指标", "验收合格率", "100%", "100%")]
    assert recs.unread_rows == 2
    said = [w for w in recs.warnings if "指标未读取" in w]
    assert len(said) == 2 and "年初目标值100人" in said[0] and "项目完工时间" in said[1]
    assert recs.projects[0].rows_unread == 2


def test_prose_figures_that_are_no_indicators_stay_prose(tmp_path):
    """Budget, execution and share sentences (计划投资…，实际完成支出…，执行率…) outside a level heading, and
    a result told without a target under one (已完成建设工程32.63公里), give no record and count nothing."""
    text = ("一、绩效目标分解下达情况\n项目计划投资2179万元，实际完成支出2113.63万元，执行率97%。\n"
            "（一）资金投入情况分析\n1、项目资金执行情况分析。项目资金共2179万元，计划拨付2179万元，已完成拨付2113.63万元，"
            "占比97%。\n（二）绩效目标完成情况分析\n1、产出指标完成情况分析\n年内已完成项目产出指标。已完成建设工程32.63公里。\n"
            "2、效益指标完成情况分析\n项目实施后，能有效解决15个乡镇33个行政村26113户97401人出行难问题。\n")
    recs = _read(tmp_path, text)
    assert not recs.indicators and not recs.projects and recs.unread_rows == 0
    assert not [w for w in recs.warnings if "指标未读取" in w]


def test_sentences_restating_a_read_table_are_left_to_it(tmp_path):
    """Where a table gave the indicators, the report's sentences about them restate it: no second record."""
    text = ("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
            "产出指标 | 数量指标 | 培训人数 | ≥200人 | 230人 | 50 | 50\n"
            "满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥90% | 96% | 50 | 50\n"
            "1.产出指标。\n数量指标。培训人数年初目标值200人，实际完成值230人。\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["培训人数", "参训人员满意度"] and recs.unread_rows == 0


def test_sentences_in_a_report_of_several_projects_are_counted_not_read(tmp_path):
    """Two projects' fund tables and one indicator sentence under a level heading: which project it speaks
    of is not said, so it is counted unread and named, given to neither."""
    fund = ("项目名称 | {name} | 主管部门 | 某县农业局\n"
            "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
            "年度资金总额 | 100 | 100 | 90 | 10 | 90% | 9\n说明文字。\n")
    text = fund.format(name="甲培训项目") + fund.format(name="乙培训项目") + \
        "1.产出指标。\n数量指标。参加培训农民人数年初任务数1200人，全年完成值1260人。\n"
    recs = _read(tmp_path, text)
    assert len(recs.projects) == 2 and not recs.indicators
    assert recs.unread_rows == 1
    assert any("参加培训农民人数" in w and "不能确定属于哪个项目" in w for w in recs.warnings)


SCALED = """某县学校维修改造项目2022年度绩效自评结果
一、自评结论
1.执行率情况。
年初预算80万元，全年执行80万元，执行率100%。
2.完成的绩效目标。
A产出指标
（1）数量指标：
2022年学校维修改造资金80万，年初目标值80万，实际完成值80万。
（2）时效指标
项目完成及时率，年初目标值100%，实际完成值100%。
"""


def test_a_figure_closed_by_its_scale_word_alone_is_a_figure_and_the_name_comes_before_it(tmp_path):
    """资金80万，年初目标值80万，实际完成值80万 (064): 80万 closed by its scale word alone is a figure (800000,
    no unit written); the target's cue (年初目标值) leaves no words before or after it, so the name is
    the words before the figure the sentence opens with, its year (2022年) part of it, no list number."""
    recs = _read(tmp_path, SCALED)
    assert _rows(recs) == [
        ("产出指标", "数量指标", "2022年学校维修改造资金", "80万", "80万"),
        ("产出指标", "时效指标", "项目完成及时率", "100%", "100%")]
    first = recs.indicators[0]
    assert first.target.q.value == 800000 and first.target.q.unit == "" and first.actual.q.value == 800000
    assert recs.unread_rows == 0


def test_a_scale_word_before_more_words_is_no_figure_of_its_own(tmp_path):
    """300万余 / 300万人 are read by their own grammar; a scale word closes a figure alone only at a clause's
    end (or before a bound): 覆盖5万户籍人口 keeps 5万 no figure (户籍 is no unit read here)."""
    recs = _read(tmp_path, "项目覆盖5万户籍人口，资金使用规范。\n")
    assert [f.q.raw for f in recs.prose if f.q.raw.startswith("5")] == []
def test_sentences_whose_values_are_dates_or_words_are_read(tmp_path):
    """Issue 21 (406): a sentence under a level heading that names a target and a result is an indicator
    sentence whatever its values: a date (目标值2023年10月31日前，实际于2023年10月25日完成: the date after
    its lead-in 于, the closing verb 完成 no part of it) or words (目标值健全，实际完成健全) are read by the
    quantity grammar; a result cue in the name (完成时间) is no cue of a value."""
    text = ("（一）产出指标\n3.时效指标。\n防火隔离带建设完成时间目标值2023年10月31日前，实际于2023年10月25日完成。\n"
            "（二）效益指标\n3.可持续影响指标。\n森林防火网格化管理机制目标值健全，实际完成健全。\n")
    recs = _read(tmp_path, text)
    assert _rows(recs) == [
        ("产出指标", "时效指标", "防火隔离带建设完成时间", "2023年10月31日前", "2023年10月25日"),
        ("效益指标", "可持续影响指标", "森林防火网格化管理机制", "健全", "健全")]
    deadline, words = recs.indicators
    assert (deadline.target.q.op, deadline.target.q.date, deadline.actual.q.op, deadline.actual.q.date) == \
        ("deadline", "2023-10-31", "deadline", "2023-10-25")
    assert (words.target.q.op, words.actual.q.op) == ("qualitative", "qualitative")
    assert recs.unread_rows == 0 and deadline.loc.line == 3


def test_a_sentence_whose_target_and_result_are_of_different_kinds_is_counted_unread(tmp_path):
    """A target and a result that cannot be compared (a figure and words, ≥95% against 良好) are no record
    but never passed over: counted unread and named by the sentence. An act and its amount after a cue
    (计划拨付2179万元) is no value."""
    text = ("（一）产出指标\n2.质量指标。\n林火视频监控点位在线率目标值≥95%，实际完成良好。\n"
            "项目计划拨付2179万元，已完成拨付2113.63万元。\n")
    recs = _read(tmp_path, text)
    assert not recs.indicators and recs.unread_rows == 1
    [said] = [w for w in recs.warnings if "指标未读取" in w]
    assert "林火视频监控点位在线率目标值≥95%" in said


def test_a_prose_reports_project_is_named_and_funded_by_its_fund_sentence(tmp_path):
    """Issue 21 (406): a report whose title names only the kind of report (…年度项目支出绩效自评报告) and no label
    names the project: the fund sentence that opens with its year and project (2023年X项目年初预算数…) names
    it, as a title's subject is written, and each labelled figure is read, 年初预算数 too."""
    text = ("某县应急管理局2023年度项目支出绩效自评报告\n二、项目资金使用情况\n"
            "2023年某县森林防火项目年初预算数260.00万元，全年预算数275.00万元，全年执行数269.50万元，执行率98.00%。\n"
            "（一）产出指标\n1.数量指标。\n新建防火蓄水池年度目标值≥30座，实际完成30座。\n")
    [p] = _read(tmp_path, text).projects
    assert p.name == "2023年某县森林防火项目" and p.name_loc.line == 3
    assert (str(p.budget_initial.q.value), str(p.budget_full_year.q.value)) == ("2600000.00", "2750000.00")
    # a sentence naming no year names no project (项目年初预算数…)
    [p] = _read(tmp_path, text.replace("2023年某县森林防火项目年初", "项目年初")).projects
    assert p.name is None and p.budget_initial is not None


def test_words_after_a_verb_are_no_value(tmp_path):
    """Words follow a value's label (目标值健全), not a verb: 完成人工造林 is the act, 任务完成时间 a name, so a
    sentence whose only result clause is such words tells no indicator and counts nothing."""
    text = ("（一）产出指标\n1.数量指标。\n完成人工造林，年度指标值≥3.5万亩。\n任务完成时间，年度指标值2023年11月30日前。\n")
    recs = _read(tmp_path, text)
    assert not recs.indicators and recs.unread_rows == 0


ASPECTS = """某县林业局2023年度部门整体支出绩效自评报告
一、部门预算执行情况
2023年度部门年初预算数1,000.00万元，全年预算数1,200.00万元，全年执行数1,188.00万元，预算执行率99.00%（分值10分，得分9.90分）。
二、部门整体绩效目标完成情况
产出方面，数量指标，新造林完成5200亩，目标≥5000亩（分值20分，得分20分）；森林抚育完成1.1万亩，目标≥1万亩（分值20分，得分20分）。质量指标，造林成活率完成88%，目标≥85%（分值20分，得分20分）。
效益方面，可持续影响指标，林长制管护机制健全，目标健全（分值10分，得分10分）。
满意度方面，服务对象满意度指标，林农满意度完成93%，目标≥90%（分值20分，得分20分），部分林农反映补助发放偏慢。
三、自评结论
自评总分99.90分，自评等级为“优”。
"""


def test_a_department_reports_clauses_with_bracketed_points_are_read_under_their_aspects(tmp_path):
    """A department's prose report (a paragraph per aspect: 产出方面，数量指标，X完成a，目标b（分值N分，得分M分）；…):
    each part up to a points bracket is one indicator, result first or target first; the aspect
    (满意度方面, a level 1 though 满意度 is also an older level 2) and the level label opening a
    sentence set the levels; a result told without its cue before a target in words (X健全，目标健全)
    reads by the target's words; the bracket gives the weight and score; the department is the
    project, its fund sentence's points the fund's."""
    recs = _read(tmp_path, ASPECTS)
    assert _rows(recs) == [
        ("产出指标", "数量指标", "新造林", "≥5000亩", "5200亩"),
        ("产出指标", "数量指标", "森林抚育", "≥1万亩", "1.1万亩"),
        ("产出指标", "质量指标", "造林成活率", "≥85%", "88%"),
        ("效益指标", "可持续影响指标", "林长制管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "93%")]
    assert [(str(i.weight.value), str(i.score.value)) for i in recs.indicators] == [
        ("20", "20"), ("20", "20"), ("20", "20"), ("10", "10"), ("20", "20")]
    assert recs.unread_rows == 0
    [p] = recs.projects
    assert p.name == "某县林业局"
    assert (str(p.fund_weight.value), str(p.fund_score.value)) == ("10", "9.90")
    assert not check(recs)


def test_a_bracketed_part_whose_pair_cannot_be_told_is_counted_and_named(tmp_path):
    """A part with cued values whose target and result do not pair (two results, no target) is no
    record: counted unread and named in a warning, never passed over."""
    recs = _read(tmp_path, "产出方面，数量指标，新造林完成5200亩，完成森林抚育1.1万亩（分值20分，得分20分）；"
                           "造林成活率完成88%，目标≥85%（分值20分，得分20分）。\n")
    assert _rows(recs) == [("产出指标", "数量指标", "造林成活率", "≥85%", "88%")]
    assert recs.unread_rows == 1
    assert any("新造林完成5200亩" in w and "1个指标未读取" in w for w in recs.warnings)


def test_targets_and_results_told_as_two_lists_pair_by_their_names(tmp_path):
    """067: one paragraph lists the targets after 目标： and the results after 实际完成：, the same names
    in the same order, no level heading above (a numbered paragraph): each name with its two figures is
    an indicator, levels none, the fourth target's unit left out as written. Lists whose names differ
    are no indicators."""
    head = "某县残联2022年度残疾人康复项目支出绩效自评报告\n一、基本情况\n"
    recs = _read(tmp_path, head + "（二）项目绩效目标。2022年实施的康复项目目标：资助精神病患者服药230人，辅具适配200人，"
                 "假肢安装及基本康复服务21实际完成：资助精神病患者服药230人，辅具适配230人，假肢安装及基本康复服务21人。\n")
    assert _rows(recs) == [(None, None, "资助精神病患者服药", "230人", "230人"), (None, None, "辅具适配", "200人", "230人"),
                           (None, None, "假肢安装及基本康复服务", "21", "21人")]
    assert recs.indicators[0].loc.block == 2 and not check(recs)
    other = _read(tmp_path, head + "（二）项目绩效目标。目标：资助精神病患者服药230人，辅具适配200人；"
                  "实际完成：培训康复人员30人，发放宣传册500份。\n")
    assert other.indicators == []


def test_figures_under_a_level_heading_with_no_target_or_result_cue_are_counted_unread(tmp_path):
    """070: a transfer's report lists the targets handed down under level headings with no cue
    (数量指标：甘蔗良种推广1.8万亩；…) and is cut off before the results: nothing pairs, so each value is
    counted unread and named, never passed over; the fund told under 资金投入 is the fund's, not counted."""
    recs = _read(tmp_path, "某县2021年糖料蔗推广补助项目绩效自评报告\n一、绩效目标分解下达情况\n1.产出指标下达情况\n"
                 "数量指标：甘蔗良种推广1.8万亩；甘蔗机械化深翻开沟1.17万亩。\n质量指标：种苗覆盖率达≥90%。\n"
                 "二、绩效目标完成情况分析\n（一）资金投入情况分析。下达补助资金787.45万元，资金执行数676.80万元。\n")
    assert not recs.indicators and recs.unread_rows == 3
    said = [w for w in recs.warnings if "未读作指标" in w]
    assert len(said) == 2 and "甘蔗良种推广1.8万亩" in said[0] and "2个指标未读取" in said[0]
    # a score, a bare 万 and a date's fragment under a level heading are no indicator's value (035, 017, 023)
    other = _read(tmp_path, "1.产出指标\n数量指标：自评得2分。\n改造项目缺口资金6万\n2020年05月11\n")
    assert other.unread_rows == 0


LISTS_APART = """一、绩效目标分解下达情况
（二）省内资金安排、分解下达预算和绩效目标情况。
某某治理项目立项批复525.39万元。
二、绩效目标完成情况分析
（二）总体绩效目标完成情况分析。
本项目总体绩效目标为治理水土流失面积1429.39hm,其中坡改梯25.26hm,封育治理958.81hm,经果林32.49hm。20xx年实际基本完成。
（三）绩效指标完成情况分析。
1.产出指标完成情况分析。
（1）数量指标。基本完成治理水土流失面积1429.39hm,其中坡改梯25.26hm,封育治理958.81hm,经果林32.49hmm。
（2）质量指标。项目暂未完工。
"""


def test_a_target_list_and_a_result_list_in_different_paragraphs_pair_by_their_names(tmp_path):
    """fixraw12 (realworld raw/065): the targets told once as a list after their cue (总体绩效目标为A a,其中B b,…)
    and the results as a list after theirs under a level heading (（1）数量指标。基本完成A a,其中B b,…), the same
    names in the same order: each name with its two figures is an indicator of that heading's levels, 其中 no
    part of a name, units as written (hm, hmm). Lists whose names differ are no indicators."""
    recs = _read(tmp_path, LISTS_APART)
    assert _rows(recs) == [("产出指标", "数量指标", "治理水土流失面积", "1429.39hm", "1429.39hm"),
                           ("产出指标", "数量指标", "坡改梯", "25.26hm", "25.26hm"),
                           ("产出指标", "数量指标", "封育治理", "958.81hm", "958.81hm"),
                           ("产出指标", "数量指标", "经果林", "32.49hm", "32.49hmm")]
    other = _read(tmp_path, LISTS_APART.replace("其中坡改梯25.26hm,封育治理958.81hm,经果林32.49hmm", "其中梯田25.26hm,林地958.81hm"))
    assert other.indicators == []


EFFECTS = ("（1）经济效益。人均产粮增加290kg/人。\n（2）社会效益。农业人均增加基本农田面积0.05亩;农田增加25.26hm。\n"
           "（3）生态效益。项目区综合治理后年保土量3.51万t;保土率59.79%。\n")


def test_a_value_in_a_unit_of_latin_letters_under_a_level_heading_is_counted_unread(tmp_path):
    """fixraw12 (realworld raw/065): values told alone under level headings in units written in Latin letters
    (人均产粮增加290kg/人, 农田增加25.26hm, 年保土量3.51万t), where no heading says which side they are, are counted unread
    and named, as 0.05亩 and 59.79% beside them are, never passed over."""
    recs = _read(tmp_path, "2.效益指标。\n" + EFFECTS)
    assert not recs.indicators and recs.unread_rows == 5
    said = " ".join(w for w in recs.warnings if "未读作指标" in w)
    assert all(x in said for x in ("290kg/人", "25.26hm", "3.51万t"))


def test_values_alone_under_a_level_heading_naming_its_completion_are_results(tmp_path):
    """fixraw14, session 37 (realworld 065): the same values under a level heading whose tail names what was done
    (2.效益指标完成情况分析), or under a section heading so naming it ((三)绩效指标完成情况分析), are results told with
    no target: each read with its result, the target empty, its levels from the headings; a clause of time
    opening a name (项目区综合治理后) is no part of it, four Han characters or more before 后 (灾后重建户数 keeps its
    name). Under a heading naming targets alone they stay targets (the test below); under none, counted."""
    want = [("效益指标", "经济效益指标", "人均产粮增加", "", "290kg/人"),
            ("效益指标", "社会效益指标", "农业人均增加基本农田面积", "", "0.05亩"),
            ("效益指标", "社会效益指标", "农田增加", "", "25.26hm"),
            ("效益指标", "生态效益指标", "年保土量", "", "3.51万t"),
            ("效益指标", "生态效益指标", "保土率", "", "59.79%")]
    recs = _read(tmp_path, "2.效益指标完成情况分析。\n" + EFFECTS)
    assert _rows(recs) == want and recs.unread_rows == 0, (_rows(recs), recs.warnings)
    section = _read(tmp_path, "（三）绩效指标完成情况分析。\n2.效益指标。\n" + EFFECTS)
    assert _rows(section) == want, _rows(section)
    kept = _read(tmp_path, "（三）绩效指标完成情况分析。\n1.产出指标。\n（1）数量指标。灾后重建户数120户。\n")
    assert _rows(kept) == [("产出指标", "数量指标", "灾后重建户数", "", "120户")]


def test_figures_under_level_headings_in_a_section_naming_targets_are_read_as_targets(tmp_path):
    """070: the values under the level headings stand in a section that names targets alone
    ((二)具体绩效目标), so each NAME VALUE sentence is an indicator's target, read with no result (the
    passage is cut off before the results), its levels from the headings above it; the same lines
    under a section that names results or both sides (绩效目标完成情况) stay counted unread (the test above)."""
    recs = _read(tmp_path, "某县2021年糖料蔗推广补助项目绩效自评报告\n一、绩效目标分解下达情况\n（一）总体目标\n"
                 "推广面积1.8万亩。\n（二）具体绩效目标\n1.产出指标下达情况\n"
                 "数量指标：甘蔗良种推广1.8万亩；甘蔗机械化深翻开沟1.17万亩。\n质量指标：种苗覆盖率达≥90%。\n"
                 "2.效益指标下达情况\n效益指标：亩产提高≥10%。\n"
                 "二、绩效目标完成情况分析\n（一）资金投入情况分析。下达补助资金787.45万元，资金执行数676.80万元。\n")
    assert _rows(recs) == [("产出指标", "数量指标", "甘蔗良种推广", "1.8万亩", ""),
                           ("产出指标", "数量指标", "甘蔗机械化深翻开沟", "1.17万亩", ""),
                           ("产出指标", "质量指标", "种苗覆盖率", "≥90%", ""),
                           ("效益指标", None, "亩产提高", "≥10%", "")], _rows(recs)
    assert recs.unread_rows == 0, recs.warnings


def test_a_target_in_words_carrying_its_name_is_cut_where_the_result_words_close_it(tmp_path):
    """064: 年初目标值提高教育质量与上年相比显著提高，实际完成值显著提高 names no indicator before its cue: the
    name stands inside the target, whose words end with the result's (显著提高), a comparison opening them
    (与上年相比) part of the target. Read so; a target that the result's words do not close stays unread."""
    head = "某校2022年度校园维修改造项目自评结果\n（二）绩效目标完成情况\nB效益指标\n经济效益\n"
    recs = _read(tmp_path, head + "年初目标值提高教育质量与上年相比显著提高,实际完成值显著提高。\n(2)社会效益\n"
                 "年初目标值保障地方教育事业发展显著提高,实际完成值显著提高。\n")
    assert _rows(recs) == [("效益指标", "经济效益指标", "提高教育质量", "与上年相比显著提高", "显著提高"),
                           ("效益指标", "社会效益指标", "保障地方教育事业发展", "显著提高", "显著提高")], _rows(recs)
    assert recs.unread_rows == 0, recs.warnings
    other = _read(tmp_path, head + "年初目标值提高教育质量明显改善,实际完成值显著提高。\n")
    assert other.indicators == [] and other.unread_rows == 1, other.warnings


def test_rates_stated_by_their_names_under_a_level_heading_naming_no_side_are_counted_unread(tmp_path):
    """fixraw15 (realworld 028): under 2.质量指标 a sentence states three rates with no target, run together
    (经费发放率为98%覆盖率及资金到位率均为100%: a rate's name, 为, a percentage; two names joined before 均为): no
    bare name and value, no cue of both sides, and it was passed over in silence beside the 时效 row read.
    Each rate named is counted unread and the sentence named; the 时效 row is read as before, and an
    effect's counts (解决15个乡镇…) stay prose."""
    recs = _read(tmp_path, "某区优抚对象生活补助经费转移支付2023年度绩效自评报告\n（四）绩效指标分析\n"
                 "1.数量指标。项目实施后，能有效解决15个乡镇33个行政村出行难问题。\n"
                 "2.质量指标。经费发放率为98%覆盖率及资金到位率均为100%。\n"
                 "3.时效指标。补助金每月中旬发放指标为100%实际完成值为100%\n")
    assert _rows(recs) == [("产出指标", "时效指标", "补助金每月中旬发放", "100%", "100%")], _rows(recs)
    assert recs.unread_rows == 3, recs.warnings
    said = [w for w in recs.warnings if "未读作指标" in w]
    assert len(said) == 1 and "经费发放率为98%" in said[0] and "3个指标未读取" in said[0], recs.warnings
    # the fund's rate beside its amount under a 资金投入 heading is the fund's (063), not counted
    fund = _read(tmp_path, "（一）资金投入情况分析。2022年资金执行总量29675万元,预算执行率为98.67%。\n")
    assert fund.unread_rows == 0, fund.warnings


def test_rates_stated_by_their_names_under_a_section_naming_completion_are_results(tmp_path):
    """fixraw14, session 37 (realworld 028): the same rates under a section heading naming what was done
    ((四)绩效指标完成情况分析) are results with no target: each name read with its percentage, 均为 / 为 no part of
    the value; the 时效 row read as before; an effect's counts (解决15个乡镇…) stay prose. A clause with words
    outside its rates (项目实施后覆盖率达100%，惠及…) reads none."""
    recs = _read(tmp_path, "某区优抚对象生活补助经费转移支付2023年度绩效自评报告\n（四）绩效指标完成情况分析\n"
                 "1.数量指标。项目实施后，能有效解决15个乡镇33个行政村出行难问题。\n"
                 "2.质量指标。经费发放率为98%覆盖率及资金到位率均为100%。\n"
                 "3.时效指标。补助金每月中旬发放指标为100%实际完成值为100%\n")
    assert _rows(recs) == [("产出指标", "质量指标", "经费发放率", "", "98%"), ("产出指标", "质量指标", "覆盖率", "", "100%"),
                           ("产出指标", "质量指标", "资金到位率", "", "100%"),
                           ("产出指标", "时效指标", "补助金每月中旬发放", "100%", "100%")], _rows(recs)
    assert recs.unread_rows == 0, recs.warnings
    other = _read(tmp_path, "（四）绩效指标完成情况分析\n2.质量指标。项目实施后道路覆盖率达100%并惠及群众。\n")
    assert other.indicators == [] and other.unread_rows == 1, other.warnings


def test_results_told_after_their_level_label_run_into_the_sentence_set_their_levels(tmp_path):
    """fixraw17 (realworld 039): a report's tail tells its results a clause per level, the level's label run into
    the words after it with no stop (社会效益指标临聘工资应发尽发率、农村道路完好率均达到100%;…;服务对象满意度指标群众满意度
    均大于等于95%), under a section heading that is no level ((二)项目效益情况。). No level heading opened a scope, so
    the sentences were passed over and the report said only that nothing was read. A clause opening with a
    level label ending in 指标 glued to its words sets its levels, as a label before a comma does; a rate told
    by a comparison (大于等于 / 不低于 / 高于 a percentage) is told as by a copula. The three results (no target) are
    counted unread and named; a label not of a level (工作指标) and a sentence with no rate open nothing."""
    recs = _read(tmp_path, "(二)项目效益分析。\n社会效益指标临聘工资应发尽发率、农村道路完好率均达到100%;可持续效益指标有效带动"
                           "周边经济发展,提高了公路的使用寿命;服务对象满意度指标群众满意度均大于等于95%。\n")
    assert recs.indicators == [] and recs.unread_rows == 3, recs.warnings
    said = [w for w in recs.warnings if "未读作指标" in w]
    assert len(said) == 1 and "临聘工资应发尽发率" in said[0] and "3个指标未读取" in said[0], recs.warnings
    assert _read(tmp_path, "满意度指标群众满意度不低于95%。\n").unread_rows == 1
    assert _read(tmp_path, "(二)项目效益情况。\n工作指标群众满意度均大于等于95%。\n").unread_rows == 0
    assert _read(tmp_path, "社会效益指标有效带动周边经济发展。\n").unread_rows == 0


def test_results_after_a_level_label_under_a_section_naming_the_benefits_are_read(tmp_path):
    """fixraw14, session 37 (realworld 039): under a section heading naming what the project brought ((二)项目效益情况),
    the clauses opening with a level label glued to their words tell results with no target: each rate a result,
    names joined by 、 before one 均达到100% each given it, a comparison in words kept in the value (大于等于95%, the
    operator >=), the levels from the clause's label (服务对象满意度指标: 满意度指标 and that level 2); the clause of
    words with no figure (可持续效益指标有效带动…) reads none."""
    recs = _read(tmp_path, "(二)项目效益情况。\n社会效益指标临聘工资应发尽发率、农村道路完好率均达到100%;可持续效益指标有效带动"
                           "周边经济发展,提高了公路的使用寿命;服务对象满意度指标群众满意度均大于等于95%。\n")
    assert _rows(recs) == [("效益指标", "社会效益指标", "临聘工资应发尽发率", "", "100%"),
                           ("效益指标", "社会效益指标", "农村道路完好率", "", "100%"),
                           ("满意度指标", "服务对象满意度指标", "群众满意度", "", "大于等于95%")], _rows(recs)
    assert recs.indicators[2].actual.q.op == ">=" and recs.unread_rows == 0, recs.warnings


NAMED_RESULTS = """海口市某区水务局2022年衔接资金项目绩效自评报告
三、绩效目标自评完成情况分析
(一)资金投入情况分析。
1.项目资金到位情况分析
某区水务局2022年衔接资金105万元已全部到位。
2.项目资金管理情况分析
该专项资金已拔入到某区水务局,严格管理,做到专款专用。
(二)项目绩效指标完成情况分析。
1.产出指标完成情况分析。
(1)项目完成数量。
完成年度建设项目1个,主要建设内容为新建300米深机井1座,新建20米100吨水塔1座,潜水泵2台。
(2)项目完成质量
已通过竣工验收。
(3)项目实施进度
某村蔬菜园产业项目已完成竣工验收,完成率100%。
(4)项目成本节约情况
项目以中标单价实施,最终以结算审计为准。
(5)项目受益人数
项目惠及农户120户、群众450人。
"""


def test_an_indicators_name_as_a_numbered_heading_under_its_level_takes_the_result_below_it(tmp_path):
    """fixraw14, session 37 (realworld 029): under a level heading naming what was done (1.产出指标完成情况分析。), the
    lines numbered deeper ((1) under 1.) that are a name alone (项目完成数量) name an indicator, the paragraph below
    telling its result with no target: the figure closing the first clause told by a verb of doing (完成年度建设项目
    1个, …完成率100%), else a completed act in words (已通过竣工验收). Words with no result (项目以中标单价实施) read
    none and count none; figures the grammar cannot place ((5) 120户、450人) are counted unread and named. The
    section headings under 资金投入 (项目资金到位情况分析) name no indicator."""
    recs = _read(tmp_path, NAMED_RESULTS)
    assert _rows(recs) == [("产出指标", None, "项目完成数量", "", "1个"), ("产出指标", None, "项目完成质量", "", "已通过竣工验收"),
                           ("产出指标", None, "项目实施进度", "", "100%")], _rows(recs)
    assert recs.indicators[1].actual.q.op == "qualitative"
    assert recs.unread_rows == 1 and any("项目受益人数" in w and "1个指标未读取" in w for w in recs.warnings), recs.warnings
    # the same headings under a section naming no side (项目绩效指标分析) close the level's scope, as before
    other = _read(tmp_path, NAMED_RESULTS.replace("三、绩效目标自评完成情况分析", "三、绩效分析")
                  .replace("(二)项目绩效指标完成情况分析。", "(二)项目绩效指标分析。")
                  .replace("1.产出指标完成情况分析。", "1.产出指标。"))
    assert other.indicators == [], _rows(other)


def test_targets_listed_after_their_cue_with_no_result_are_read_as_targets(tmp_path):
    """fixraw14 (realworld 016): a region's targets listed after their cue and a colon to the sentence's end
    (总体区域绩效目标:一是A5440套;B40422套(间);二是C22492户。), each a name and a figure in a measure's unit, in a
    report telling no indicator otherwise: read as targets with no result, not passed over; the ordinals
    (一是 / 二是) no part of a name, a unit's bracketed alternative (套(间)) part of the unit. Targets in words,
    in money or in points are none."""
    recs = _read(tmp_path, "1. 下达资金和区域绩效目标情况:2024年,财政部下达某某补助资金40957万元,以及2024年度住房保障"
                           "总体区域绩效目标:一是筹集配售型保障性住房5440套;筹集配租型保障性住房40422套(间);"
                           "二是发放租赁补贴22492户。\n")
    assert _rows(recs) == [(None, None, "筹集配售型保障性住房", "5440套", ""),
                           (None, None, "筹集配租型保障性住房", "40422套(间)", ""),
                           (None, None, "发放租赁补贴", "22492户", "")]
    assert [i.target.q.unit for i in recs.indicators] == ["套", "套（间）", "户"]
    assert _read(tmp_path, "绩效目标:保障全县慈善会工作顺利进行;确保有关工作顺利推进。\n").indicators == []
    assert _read(tmp_path, "绩效目标:安排补助资金50万元;支付补贴30万元。\n").indicators == []
    assert _read(tmp_path, "考核目标:产出指标40分;效益指标30分。\n").indicators == []


SCORED_OUTLINE = """一、投入(10分)
(一)项目立项(6分):
(1)立项程序规范性(2分)
项目按程序申报，经专家论证，程序完整。自评得2分。
(2)预算编制科学性(4分):
资金需求编制合理。自评得3分。
另一笔补助资金预算明确。自评得3分。
(二)资金落实(4分):
资金已全部落实到位。自评得4分。
二、过程(20分)
(一)项目管理(10分)
(1)管理制度健全性(5分)
制定了项目管理办法。自评得分为5分。
制度尚未覆盖建后管养。自评得4分。
(2)制度执行有效性(5分)
对项目进行定期巡查，
"""


def test_scoring_criteria_told_as_an_outline_with_their_points_are_read_with_their_self_assessed_scores(tmp_path):
    """An evaluation written as an outline of headings with their points (一、投入(10分) / (一)项目立项(6分) /
    (1)…(2分)), each criterion scored in the prose under it (自评得2分), no table (raw 035): each criterion
    is a row, its weight the bracketed points and its score the one stated under it (two paragraphs
    saying the same 3分: one score); the headings above are its levels; a criterion right under a level 1
    with no item under it stands in for its level 2; one cut off before its score has none."""
    recs = _read(tmp_path, SCORED_OUTLINE)
    got = [(i.level1, i.level2_raw, i.level3, i.weight.value, i.score.value if i.score else None,
            i.target.q.op, i.actual.q.op) for i in recs.indicators]
    assert got == [("投入指标", "项目立项", "立项程序规范性", 2, 2, "empty", "empty"),
                   ("投入指标", "项目立项", "预算编制科学性", 4, 3, "empty", "empty"),
                   ("投入指标", "资金落实", "资金落实", 4, 4, "empty", "empty"),
                   ("过程指标", "项目管理", "管理制度健全性", 5, None, "empty", "empty"),
                   ("过程指标", "项目管理", "制度执行有效性", 5, None, "empty", "empty")]
    # the criterion stating two different scores has none, and says so
    assert any("管理制度健全性" in w and "不同的自评得分" in w for w in recs.warnings)
    assert len(recs.projects) == 1


def test_headings_with_points_and_no_score_stated_under_any_are_no_scored_outline(tmp_path):
    """Headings with bracketed points but no self-assessed score under any of them (a scoring rule's
    outline, a template) are not read as scored criteria."""
    recs = _read(tmp_path, "一、投入(10分)\n(一)项目立项(6分)\n立项程序规范。\n(二)资金落实(4分)\n资金到位。\n")
    assert recs.indicators == []


def test_a_scored_outline_whose_level_points_exceed_its_criteria_is_cut_off_and_its_sums_go_unchecked(tmp_path):
    """raw 035 is cut off in 二、过程(43分) after two criteria of 3分: the level's points exceed the criteria read
    under it, so the sums of weights and scores are not checked (no JX303 for weights adding to 20) and the
    shortfall is said; a whole outline (each level's points its criteria's sum) is not cut off."""
    text = SCORED_OUTLINE.replace("二、过程(20分)", "二、过程(43分)")
    recs = _read(tmp_path, "某县某某项目绩效自评\n年初预算100万元，全年执行100万元，执行率100%。\n" + text)
    assert recs.projects[0].cut_off
    assert any("“过程”43分" in w and "疑为节选或截断" in w for w in recs.warnings)
    assert not [f for f in check(recs) if f.rule == "JX303"]
    whole = _read(tmp_path, SCORED_OUTLINE.replace("(一)项目管理(10分)", "(一)项目管理(20分)"
                                                   ).replace("(1)管理制度健全性(5分)", "(1)管理制度健全性(15分)"))
    assert not whole.projects[0].cut_off


def test_a_list_items_name_that_opens_with_an_ordinals_or_a_joining_words_character_keeps_it(tmp_path):
    """Review (review10): one reader of a list's items (_named_items) now drops an ordinal and a joining word before
    an item for all three list readers, and the ordinal 第三 took the 第三 of 第三方满意度 (read 方满意度), the joining
    word 及 the 及 of 及时完成率 (read 时完成率), 和 the 和 of 和谐社区. An ordinal before a stop or 项 / 是 is still
    dropped."""
    head = "某县残联2022年度残疾人康复项目支出绩效自评报告\n一、基本情况\n"
    recs = _read(tmp_path, head + "（二）项目绩效目标。目标：第三方满意度90%，及时完成率95%，和谐社区创建数3个"
                 "实际完成：第三方满意度92%，及时完成率96%，和谐社区创建数3个。\n")
    assert [r[2] for r in _rows(recs)] == ["第三方满意度", "及时完成率", "和谐社区创建数"]
    recs = _read(tmp_path, "绩效目标:第一项筹集配售型保障性住房5440套;其二发放租赁补贴22492户。\n")
    assert [r[2] for r in _rows(recs)] == ["筹集配售型保障性住房", "发放租赁补贴"]


def test_targets_and_results_told_where_no_level_heading_stands_are_counted_unread(tmp_path):
    """Issue 21 (1498.pdf: a board's cards printed side by side, a line of two cards' 目标… 完成… under no
    level heading, the lanes' headings on one line of their own): nothing read, and the sentences passed
    over in silence; each is counted by the indicators it tells and named."""
    text = ("绩效指标完成情况\n产出指标·3项 效益指标·2项\n推广青稞良种 带动农户增收\n"
            "目标≥1500吨 完成1560吨 目标≥5000户 完成5120户\n分值8 得分8 分值8 得分8\n")
    recs = _read(tmp_path, text)
    assert not recs.indicators
    said = [w for w in recs.warnings if "不在任何指标层级标题之下" in w]
    assert len(said) == 1 and "目标≥1500吨" in said[0] and "2个指标" in said[0], recs.warnings
    assert recs.unread_rows == 2


def test_a_level_1_heading_over_its_level_2_heading_after_another_level_1_is_that_level_1(tmp_path):
    """Issue 21 (1499.html: a task list's nested items as heading lines, no numbers): 满意度指标 after 效益指标's
    headings was taken for 效益指标's level 2 (the older framework's 满意度), so 服务对象满意度指标 under it became a
    level 1 and its rows had no level 2, unsaid. A heading that reads as a level 1 over a heading naming a level 2
    of it is that level 1."""
    text = ("效益指标\n社会效益指标\n带动农户增收：目标 ≥3000户，完成 3160户（分值6，得分6）\n"
            "满意度指标\n服务对象满意度指标\n种植户满意度：目标 ≥90%，完成 95%（分值5，得分5）\n")
    recs = _read(tmp_path, text)
    assert _rows(recs) == [("效益指标", "社会效益指标", "带动农户增收", "≥3000户", "3160户"),
                           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "95%")]


def test_a_bare_result_cue_set_apart_from_words_after_a_target_in_words_is_the_result(tmp_path):
    """Issue 21 (1499.html: a task list's item 名称：目标 持续提升，完成 持续提升（分值10，得分10）, the values in
    <code> spans): the bare 完成 opening its clause and set apart from its words by a space or a colon is a
    label and its value (the result), not a verb and its object (完成人工造林), so the part reads as one
    indicator; a 完成 run into its words stays an act and the part is counted unread and named."""
    text = ("效益指标\n可持续影响指标\n品牌影响力：目标 持续提升，完成 持续提升（分值10，得分10）\n"
            "管护机制：目标 健全，完成：健全（分值5，得分5）\n"
            "林下经济：目标 健全，完成人工造林（分值5，得分5）\n")
    recs = _read(tmp_path, text)
    assert _rows(recs) == [("效益指标", "可持续影响指标", "品牌影响力", "持续提升", "持续提升"),
                           ("效益指标", "可持续影响指标", "管护机制", "健全", "健全")]
    assert [(str(i.weight.value), str(i.score.value)) for i in recs.indicators] == [("10", "10"), ("5", "5")]
    assert recs.unread_rows == 1
    assert any("林下经济" in w and "1个指标未读取" in w for w in recs.warnings), recs.warnings


def test_cards_of_a_name_line_a_target_and_result_line_and_a_points_line_are_read_under_their_lane(tmp_path):
    """Issue 21 (1498.html: a kanban board, a lane per level 1 headed 产出指标 · 6项, a card per indicator: its level 2
    tag, its name, 目标 … 完成 …, 分值 … 得分 … each a line): nothing read, each card's line said unread (the name the
    line above it) and the lanes' headings counted as figures. A line of a target and a result alone, right under a
    line that is a name alone, is that name's indicator, its points the line below when it states them; a level
    heading counting its items (· 6项) is a heading."""
    text = ("绩效指标完成情况\n产出指标 · 2项\n数量指标\n推广青稞良种\n目标 ≥1500吨 完成 1560吨\n分值 8 得分 8\n"
            "时效指标\n项目完成时间\n目标 2023年10月31日前 完成 2023年10月25日\n分值 4 得分 4\n"
            "效益指标 · 1项\n可持续影响指标\n青稞产业链条\n目标 持续延伸 完成 持续延伸\n分值 10 得分 10\n")
    recs = _read(tmp_path, text)
    assert _rows(recs) == [("产出指标", "数量指标", "推广青稞良种", "≥1500吨", "1560吨"),
                           ("产出指标", "时效指标", "项目完成时间", "2023年10月31日前", "2023年10月25日"),
                           ("效益指标", "可持续影响指标", "青稞产业链条", "持续延伸", "持续延伸")]
    assert [(str(i.weight.value), str(i.score.value)) for i in recs.indicators] == [("8", "8"), ("4", "4"), ("10", "10")]
    assert recs.unread_rows == 0, recs.warnings


def test_cards_printed_side_by_side_a_line_holding_each_cards_line_or_drawn_as_a_table_are_read_or_named():
    """Issue 21 (1498.pdf: a kanban board printed by Chromium, its lanes side by side, so a line holds the same line
    of two or three cards, 数量指标 社会效益指标 / 推广青稞良种 带动农户增收 / 目标≥1500吨 完成1560吨 目标≥5000户 完成5120户 /
    分值8 得分8 分值8 得分8, and the PDF reader drew three cards as a 4 × 3 table, a card a column): 1 card of 12 read,
    5 NOT NAMED. Such lines parted by the cards' grammar (as many tags, names, target-and-result pairs and points),
    and a table whose every column is a card's lines, are read a card each, the tag its level 2; a card whose values
    do not read (its target's line run on with a neighbour's result) is named."""
    from .documents import document
    doc = document("绩效指标完成情况", "产出指标·3项 效益指标·2项 满意度指标·1项",
                   [["数量指标", "经济效益指标", "服务对象满意度指标"], ["建设青稞标准化种植基地", "青稞亩均产值", "种植户满意度"],
                    ["目标≥30000亩 完成31200亩", "目标≥1500元 完成1350元", "目标≥90% 完成94%"],
                    ["分值10 得分10", "分值10 得分9", "分值10 得分10"]],
                   "数量指标 社会效益指标", "推广青稞良种 带动农户增收", "目标≥1500吨 完成1560吨 目标≥5000户 完成5120户",
                   "分值8 得分8 分值8 得分8", "时效指标", [["可持续影响指标"], ["青稞产业链条\n目标持续延伸分值10 得分10"], [""]],
                   "项目完成时间", "目标2023年10月31日前 完成持续延伸", "完成2023年10月25日", "分值4 得分4", fmt="pdf")
    recs = normalize_document(doc)
    assert _rows(recs) == [("产出指标", "数量指标", "建设青稞标准化种植基地", "≥30000亩", "31200亩"),
                           ("效益指标", "经济效益指标", "青稞亩均产值", "≥1500元", "1350元"),
                           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94%"),
                           ("产出指标", "数量指标", "推广青稞良种", "≥1500吨", "1560吨"),
                           ("效益指标", "社会效益指标", "带动农户增收", "≥5000户", "5120户")]
    assert [(str(i.weight.value), str(i.score.value)) for i in recs.indicators] == \
        [("10", "10"), ("10", "9"), ("10", "10"), ("8", "8"), ("8", "8")]
    assert recs.unread_rows == 2, recs.warnings
    said = "\n".join(recs.warnings)
    assert "卡片“青稞产业链条”" in said and "卡片“项目完成时间”" in said


def test_level_headings_opened_by_a_list_bullet_as_ocr_reads_it_are_headings(tmp_path):
    """Issue 21 (1499.scan: a task list's nested items, its bullets read by OCR as · and 。, ·产出指标 / 。数量指标):
    no heading was seen, so every item was said as standing under no level. A bullet opening a line (a middle dot,
    a bullet or circle, or 。 where OCR reads a small circle: no sentence opens with a full stop) is no part of the
    heading."""
    text = ("绩效指标完成情况\n·产出指标\n。数量指标\n新建枸杞标准化基地：目标≥5000亩，完成5150亩（分值10，得分10）\n"
            "◦质量指标\n枸杞质量抽检合格率：目标≥98%，完成99.2%（分值6，得分6）\n")
    recs = _read(tmp_path, text)
    assert _rows(recs) == [("产出指标", "数量指标", "新建枸杞标准化基地", "≥5000亩", "5150亩"),
                           ("产出指标", "质量指标", "枸杞质量抽检合格率", "≥98%", "99.2%")]
    assert recs.unread_rows == 0, recs.warnings


def test_cards_printed_abreast_are_read_card_by_card_and_those_that_do_not_part_are_said(tmp_path):
    """Issue 21 (1498.pdf / .scan: a kanban board's lanes printed side by side, a line holding two cards' lines:
    数量指标 社会效益指标 / 推广青稞良种 带动农户增收 / 目标≥1500吨 完成1560吨 目标≥5000户 完成5120户 / 分值8 得分8 分值8 得分8):
    the cards were said as standing under no level, and on the scan two of them passed over. A line of level
    headings abreast, then lines parting into as many pieces, is as many cards, read one by one; a card whose
    lines part otherwise (a neighbour's result run into its line) is counted unread and named. OCR's lost
    space before the result's cue (目标≥90%完成94%) still reads; a level 2's spelling of a level 1
    (服务对象满意度指标, no 满意度指标 heading above) gives both levels."""
    text = ("绩效指标完成情况\n数量指标 社会效益指标\n推广青稞良种 带动农户增收\n"
            "目标≥1500吨 完成1560吨 目标≥5000户 完成5120户\n分值8 得分8 分值8 得分8\n"
            "时效指标 可持续影响指标\n项目完成时间 青稞产业链条\n目标2023年10月31日前 目标持续延伸完成持续延伸\n"
            "完成2023年10月25日 分值10得分10\n服务对象满意度指标\n种植户满意度\n目标≥90%完成94%\n分值10得分10\n")
    recs = _read(tmp_path, text)
    assert _rows(recs) == [("产出指标", "数量指标", "推广青稞良种", "≥1500吨", "1560吨"),
                           ("效益指标", "社会效益指标", "带动农户增收", "≥5000户", "5120户"),
                           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94%")]
    assert [(str(i.weight.value), str(i.score.value)) for i in recs.indicators] == [("8", "8"), ("8", "8"), ("10", "10")]
    assert recs.unread_rows == 2
    said = [w for w in recs.warnings if "并排印出的指标卡片" in w]
    assert len(said) == 2 and "项目完成时间" in said[0] and "青稞产业链条" in said[1]


def test_a_table_whose_columns_stack_cards_is_read_card_by_card(tmp_path):
    """Issue 21 (1498.scan / .pdf: the board's lanes read as a table's columns, each card's lines a cell each
    down its lane): nothing read, nothing said. A table holding a card (a cell of a target and a result alone
    under a cell of a name alone in its column) is read as its columns' lines, column by column."""
    from jixiao.extract.model import Cell, Document, Location, Paragraph, Table
    path = str(tmp_path / "board.pdf")
    lanes = [["数量指标", "建设青稞标准化种植基地", "目标≥30000亩完成31200亩", "分值10 得分10",
              "质量指标", "青稞良种纯度", "目标≥98% 完成98.6%", "分值6得分6"],
             ["经济效益指标", "青稞亩均产值", "目标≥1500元完成1350元", "分值10得分9", "", "", "", ""]]
    cells = [Cell(text, r, c, Location(path, block=1, page=1, table=0, row=r, col=c))
             for c, lane in enumerate(lanes) for r, text in enumerate(lane)]
    doc = Document(source=path, format="pdf", sha256="",
                   blocks=[Paragraph("绩效指标完成情况", Location(path, block=0, page=1)),
                           Table(0, 8, 2, cells, Location(path, block=1, page=1, table=0))])
    recs = normalize_document(doc)
    assert _rows(recs) == [("产出指标", "数量指标", "建设青稞标准化种植基地", "≥30000亩", "31200亩"),
                           ("产出指标", "质量指标", "青稞良种纯度", "≥98%", "98.6%"),
                           ("效益指标", "经济效益指标", "青稞亩均产值", "≥1500元", "1350元")]
    assert [str(i.score.value) for i in recs.indicators] == ["10", "6", "9"]


def test_a_tick_before_a_name_is_a_mark_taken_off_and_said(tmp_path):
    """Issue 21 (1499.scan: a task list's checked item, its tick read by OCR into the name, √改造低产枸杞园, NOT SAID).
    A name opens with a word: symbols before it are a mark, taken off and said."""
    text = ("绩效指标完成情况\n产出指标\n数量指标\n√改造低产枸杞园：目标≥3000亩，完成3100亩（分值10，得分10）\n"
            "新建枸杞标准化基地：目标≥5000亩，完成5150亩（分值10，得分10）\n")
    recs = _read(tmp_path, text)
    assert [i.level3 for i in recs.indicators] == ["改造低产枸杞园", "新建枸杞标准化基地"]
    (said,) = [w for w in recs.warnings if "勾选标记" in w]
    assert "“√”" in said and "改造低产枸杞园" in said


def test_cards_side_by_side_whose_names_hold_figures_or_latin_letters_are_read():
    """A card's name holds figures and letters as indicator names do (推广藏青2000良种, 4G网络覆盖行政村): the cards'
    names line was read only where every name was Han characters alone, so the row of cards (1498's shape: tags,
    names, 目标… 完成… pairs, points) was left unread. A name is any word of two Han characters or more that is no
    figure with its unit (1500吨), no points (分值8 得分8) and no level heading."""
    from .documents import document
    doc = document("绩效指标完成情况", "产出指标·2项",
                   "数量指标 质量指标", "推广藏青2000良种 4G网络覆盖行政村", "目标≥1500吨 完成1560吨 目标≥95% 完成97%",
                   "分值8 得分8 分值8 得分8", fmt="pdf")
    recs = normalize_document(doc)
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("数量指标", "推广藏青2000良种", "≥1500吨", "1560吨"), ("质量指标", "4G网络覆盖行政村", "≥95%", "97%")]
    assert recs.unread_rows == 0, recs.warnings


def test_a_result_told_count_first_under_a_level_heading_naming_completion_is_counted_unread(tmp_path):
    """fixleft59 (realworld 028): under a section naming what was done, 1.数量指标。404名服务对象对象发放补助金2126.81万元,…
    tells its results with the count BEFORE its noun and an amount after a verb and its noun: no grammar takes the
    pair, and it was passed over in silence. A clause opening with a figure in a unit (a count leading its noun) under a
    level heading in such a section is results told: its figures are counted unread and the sentence named. A clause
    opening with its verb (已完成建设工程32.63公里), an effect's counts (能有效解决15个乡镇…) or one opening with a year
    (2023年完成…) stays prose, as before."""
    head = "某区优抚对象生活补助经费转移支付2023年度绩效自评报告\n（四）绩效指标完成情况分析\n"
    recs = _read(tmp_path, head + "1.数量指标。404名服务对象对象发放补助金2126.81万元,持续有效改善他们的基本生活情况。\n"
                 "2.质量指标。经费发放率为98%覆盖率及资金到位率均为100%。\n")
    assert [r[2] for r in _rows(recs)] == ["经费发放率", "覆盖率", "资金到位率"], _rows(recs)
    assert recs.unread_rows == 2, recs.warnings
    said = [w for w in recs.warnings if "404名服务对象" in w]
    assert len(said) == 1 and "2个指标未读取" in said[0], recs.warnings
    for words in ("项目实施后，能有效解决15个乡镇33个行政村出行难问题。", "已完成建设工程32.63公里。",
                  "2023年完成发放补助金2126.81万元。"):
        other = _read(tmp_path, head + "1.数量指标。" + words + "\n2.质量指标。经费发放率为98%。\n")
        assert other.unread_rows == 0, (words, other.warnings)
