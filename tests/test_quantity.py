"""The value parser: every form in DOMAIN.md, exact Decimals in base units, written precision."""
import random
from decimal import Decimal

import pytest

from jixiao.normalize.quantity import in_words_pair, parse, parse_cell, ratio, ratio_pair

CASES = [
    # raw, op, value (base units), unit, places
    ("≥90万人", ">=", "900000", "人", 0),
    ("等于100%", "=", "100", "%", 0),            # 指标方向 written in the value cell
    ("1200（人次）", "=", "1200", "人次", 0),     # the unit in brackets
    ("95(%)", "=", "95", "%", 0),
    ("≥12个月", ">=", "12", "个月", 0),          # a duration, not 12 个
    ("3个工作日内", "<=", "3", "个工作日", 0),    # within: an upper bound
    ("控制在100万元以内", "<=", "1000000", "元", 0),
    ("≥90%（含）", ">=", "90", "%", 0),          # inclusive, as ≥ already says
    ("120台（套）", "=", "120", "台（套）", 0),   # a bracketed second unit is part of the unit (issue 21)
    ("862台(套)", "=", "862", "台（套）", 0),     # typed half width: one spelling of the unit
    ("24台 (套)", "=", "24", "台（套）", 0),      # a space before the bracket (a scan sets one)
    ("5个（已完成）", "=", "5", "个", 0),          # a note in brackets is no second unit
    (">=14804万元", ">=", "148040000", "元", 0),
    ("＞183690人", ">", "183690", "人", 0),
    ("≧85%", ">=", "85", "%", 0),
    ("<=30分钟", "<=", "30", "分钟", 0),
    ("≦30分钟", "<=", "30", "分钟", 0),
    ("=3次", "=", "3", "次", 0),
    ("100%", "=", "100", "%", 0),
    ("１００％", "=", "100", "%", 0),
    ("14万人次左右", "approx", "140000", "人次", 0),
    ("约14万人次", "approx", "140000", "人次", 0),
    ("均达到96%以上", ">=", "96", "%", 0),
    ("不低于95%", ">=", "95", "%", 0),
    ("不超过10%", "<=", "10", "%", 0),
    ("30 万元", "=", "300000", "元", 0),
    ("54.957", "=", "54.957", "", 3),
    ("100.00%", "=", "100", "%", 2),
    ("58.35万元", "=", "583500", "元", 2),
    ("十二个街道", "=", "12", "个", 0),
    ("170余人次", ">", "170", "人次", 0),
    ("6000多家", ">", "6000", "家", 0),
    ("1.5亿元", "=", "150000000", "元", 1),
    ("≥ 95 %", ">=", "95", "%", 0),
    ("上限30万元", "<=", "300000", "元", 0),      # a ceiling named as one: at most
    ("下限为85%", ">=", "85", "%", 0),            # a floor named as one: at least
]


@pytest.mark.parametrize("raw,op,value,unit,places", CASES)
def test_value_forms(raw, op, value, unit, places):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.places) == (op, Decimal(value), unit, places)
    assert q.raw == raw


@pytest.mark.parametrize("raw,value,places,tolerance", [
    ("1.23E+04", "12300", 2, "50"), ("12.3E+3", "12300", 1, "50"), ("≥1.2E-03", "0.0012", 1, "0.00005"),
    ("2E+0", "2", 0, "0.5")])
def test_scientific_notation_is_a_figure_to_its_mantissas_places(raw, value, places, tolerance):
    """1.23E+04 (how Excel shows a number under 0.00E+00): 12300, written to 0.01 of 10⁴, so rounding
    may hide 50 either way; the operator before it is read as before any figure."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.places, q.tolerance) == \
        (">=" if raw.startswith("≥") else "=", Decimal(value), "", places, Decimal(tolerance))
    assert parse("5E").unit == "E"   # a letter after a figure with no exponent stays its unit


@pytest.mark.parametrize("raw,date", [
    ("2023 年 12 月 31 日前完成", "2023-12-31"),
    ("2023年12月31日前全部完成", "2023-12-31"),
    ("2022年6月底前", "2022-06-30"),
    ("2019年全年", "2019-12-31"),
    ("2018-2020年", "2020-12-31"),
    ("2023年度", "2023-12-31"),     # a year, not 2023 of a unit 年度
])
def test_deadlines(raw, date):
    q = parse(raw)
    assert q.op == "deadline" and q.date == date and q.value is None


@pytest.mark.parametrize("raw", ["不断优化", "显著增强", "基本满意", "普遍知晓", "已完成", "有序推进",
                                 "办公用品购置0.77万元", "邀请专家对70余家定点医药机构举办2场大型试点工作培训会"])
def test_qualitative_keeps_raw(raw):
    q = parse(raw)
    assert q.op == "qualitative" and q.value is None and q.raw == raw


def test_range():
    q = parse("80%-90%")
    assert (q.op, q.value, q.high, q.unit) == ("range", Decimal(80), Decimal(90), "%")


@pytest.mark.parametrize("raw, low, high, unit", [
    ("30万至35万人次", "300000", "350000", "人次"),   # each end its own scale word
    ("1.2万～1.5万元", "12000", "15000", "元"),
    ("30至35万人次", "300000", "350000", "人次"),     # a bare end takes the unit's scale
    ("5000至1.2万元", "5000", "12000", "元")])        # ... unless that puts it above the high end
def test_a_range_of_scaled_figures_scales_each_end(raw, low, high, unit):
    q = parse(raw)
    assert (q.op, q.value, q.high, q.unit) == ("range", Decimal(low), Decimal(high), unit)


def test_two_bounds_joined_are_a_range_read_as_a_dash_writes_one():
    """A lower and an upper bound joined by 且 / 并且 / 、 (either order) are one range, the unit of
    the ends; joined phrases that are not one range's two ends stay as they were."""
    cases = [("不低于6小时且不高于10小时", "6", "10", "小时"), ("不少于80%、不超过95%", "80", "95", "%"),
             ("不超过12块并且不少于10块", "10", "12", "块"),
             ("≥5且≤10万元", "50000", "100000", "元")]      # a bare end takes the other's unit and scale
    assert [(parse(raw).op, parse(raw).value, parse(raw).high, parse(raw).unit) for raw, *_ in cases] == \
        [("range", Decimal(lo), Decimal(hi), unit) for _, lo, hi, unit in cases]
    assert [parse(raw).op for raw in (
        "不低于6小时且不低于10小时",          # two lower bounds
        "不低于10小时且不高于6小时",          # the low end above the high
        "高于6小时且低于10小时",              # strict bounds leave the ends out
        "≥90%，≤3天")] == ["qualitative"] * 4   # different units
    # two clauses about different things: no range; the second names its own subject, a remark
    # on the first (as 822's ≥98%，不合格产品100%下架)
    q = parse("不低于6小时，满意度不高于10%")
    assert (q.op, q.value, q.note) == (">=", 6, "满意度不高于10%")


def test_tolerance_is_half_the_last_written_place_in_base_units():
    assert parse("85.79").tolerance == Decimal("0.005")
    assert parse("54.957").tolerance == Decimal("0.0005")
    assert parse("30万元").tolerance == Decimal(5000)
    assert parse("24.88万元").tolerance == Decimal(50)


def test_fund_table_default_unit():
    assert parse("60万", default_unit="万元").value == Decimal(600000)
    assert parse("54.957", default_unit="万元").value == Decimal("549570")
    assert parse("54.957", default_unit="万元").places == 3


def test_bare_actual_takes_target_unit():
    target = parse("14万人次")
    assert parse("14").with_unit_from(target).value == Decimal(140000)
    assert parse("14").with_unit_from(target).unit == "人次"
    assert parse("98").with_unit_from(parse("100%")).unit == "%"
    assert parse("4").with_unit_from(parse("≥5个")).unit == "个"
    # not of the same order: no unit is invented
    assert parse("3000").with_unit_from(parse("5个")).unit == ""


def test_line_break_after_scale_word():
    # a cell wrapped right after the scale: figure, scale, unit, the break between them is layout
    for raw, value, unit in [("≤2.4万\n元/吨·月", Decimal("24000.0"), "元/吨·月"), ("≥6万\n人次", Decimal(60000), "人次"),
                             ("≤80万 元/座", Decimal(800000), "元/座"), ("3.5亿\n元", Decimal("350000000.0"), "元")]:
        q = parse(raw)
        assert (q.op != "qualitative", q.value, q.unit) == (True, value, unit), raw
    assert parse("≥6万\n人次").scale == Decimal(10000)

def test_bare_actual_in_base_units_against_scaled_target():
    # 26300 against ≥2.5万户: the actual is written in the base unit (户), not in 万户
    q = parse("26300").with_unit_from(parse("≥2.5万户"))
    assert (q.value, q.unit, q.scale) == (Decimal(26300), "户", Decimal(1))
    assert q.tolerance == Decimal("0.5")
    # of neither order: still no unit
    assert parse("900").with_unit_from(parse("≥2.5万户")).unit == ""


def test_never_raises():
    rnd = random.Random(7)
    alphabet = "0123456789.%万亿元人次≥≤<>=约左右以上以下年月日前一二十百 -～"
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        q = parse(s)
        assert q.raw == s


def test_money_default_units_scale_to_yuan():
    assert parse("1.5", default_unit="亿元").value == Decimal(150000000)
    assert parse("1.5", default_unit="亿元").unit == "元"
    assert parse("30", default_unit="元").value == Decimal(30)


def test_numbers_never_misread_in_prose():
    from jixiao.extract import read_bytes
    from jixiao.normalize import normalize_document
    text = "全年预算资金９０６．５１万元，实际支出1,061.57万元，其中人员经费1 061.57万元。\n"
    figs = normalize_document(read_bytes(text.encode("utf-8"), "x.txt")).prose
    assert [(f.q.raw, f.q.value) for f in figs] == [("９０６．５１万元", Decimal("9065100.00")),
                                                    ("1,061.57万元", Decimal("10615700.00")),
                                                    ("1 061.57万元", Decimal("10615700.00"))]
    assert [f.subject for f in figs][:2] == ["预算", "执行"]


def _prose_figures(text: str) -> list[tuple[str, Decimal]]:
    from jixiao.extract import read_bytes
    from jixiao.normalize import normalize_document
    return [(f.q.raw, f.q.value) for f in normalize_document(read_bytes(text.encode("utf-8"), "x.txt")).prose]


def test_a_figure_right_after_a_comma_is_read():
    """A thousands separator is a comma between digits in groups of three; a comma after a unit or
    a word is punctuation (full width written, half width once read), and the figure after it is one."""
    assert _prose_figures("项目预算30万元，28万元已支付。\n") == [("30万元", Decimal(300000)), ("28万元", Decimal(280000))]
    assert _prose_figures("项目资金50万元，其中：30万元，20万元。\n") == \
        [("50万元", Decimal(500000)), ("30万元", Decimal(300000)), ("20万元", Decimal(200000))]
    # a grouped number stays one figure, the figure after the comma that follows it is another
    assert _prose_figures("项目预算1,234.56万元，28万元已支付。\n") == \
        [("1,234.56万元", Decimal("12345600.00")), ("28万元", Decimal(280000))]


@pytest.mark.parametrize("written", ["3,5,7个", "3，5，7个"])
def test_digits_with_commas_between_them_not_in_threes_are_no_one_figure(written):
    """3,5,7个 is a list of counts, not 357 of them (nor 7 of them read out of it); the figure after
    the list's closing comma is read."""
    figs = _prose_figures(f"新建{written}，12个村。\n")
    assert all(v not in (357, 57, 7) for _, v in figs)
    assert ("12个", Decimal(12)) in figs


def test_negative_figures_and_box_drawing_equals():
    assert (parse("-3.5%").op, parse("-3.5%").value, parse("-3.5%").unit) == ("=", Decimal("-3.5"), "%")
    assert parse("═100%").value == Decimal(100) and parse("═100%").op == "="
    assert parse("90%-95%").op == "range" and parse("-").op == "empty"
    # a bound below zero (a fall of at most 5%)
    assert (parse("≥-5%").op, parse("≥-5%").value) == (">=", Decimal(-5))
    assert (parse("≤-0.5%").op, parse("≤-0.5%").value) == ("<=", Decimal("-0.5"))


def test_a_figure_followed_by_what_it_covers_and_a_date_alone():
    """100%覆盖 / 100%到位 / 100%达标 say how much is covered, in place, up to standard: 100 %. A date
    and nothing else in a value cell (2020年, 2021年12月31日) is the time by which it is done."""
    for raw in ("100%覆盖", "100%到位", "100%达标", "覆盖100%"):
        q = parse(raw)
        assert (q.op, q.value, q.unit) == ("=", Decimal(100), "%"), raw
    assert (parse("2020年").op, parse("2020年").date) == ("deadline", "2020-12-31")
    assert (parse("2021年12月31日").op, parse("2021年12月31日").date) == ("deadline", "2021-12-31")
    assert (parse("2021年6月").op, parse("2021年6月").date) == ("deadline", "2021-06-30")
    assert (parse("3年").op, parse("3年").unit) == ("=", "年")            # a duration stays one
    assert parse("2019年已完成").op == "="                               # as the seeds read it
    assert parse("全覆盖").op == "qualitative"


# -- issue 21, fourth set: marks and notes after a figure, dates without a year or with a point,
# -- one figure in a sentence. Constructed strings, not the documents' text.
@pytest.mark.parametrize("raw, op, value, unit, note", [
    ("95%以上*", ">=", Decimal(95), "%", "附注标记*"),
    ("61.3%※", "=", Decimal("61.3"), "%", "附注标记※"),
    ("98%③", "=", Decimal(98), "%", "附注标记③"),
    ("40个²", "=", Decimal(40), "个", "附注标记²"),
    ("99%（不含补录数据）", "=", Decimal(99), "%", "不含补录数据"),
    ("99%（不含补录数据", "=", Decimal(99), "%", "不含补录数据"),    # a scan lost the closing bracket
    ("500座以上②（含改建）", ">=", Decimal(500), "座", "附注标记②；含改建"),
])
def test_a_footnote_mark_or_bracket_note_after_a_figure_is_its_note(raw, op, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.raw) == (op, value, unit, raw)
    assert note in q.note


@pytest.mark.parametrize("raw, op, value, unit, note", [
    ("人均≤600元", "<=", Decimal(600), "元", "人均"),
    ("人均582元", "=", Decimal(582), "元", "人均"),
    ("户均不低于1.5万元", ">=", Decimal(15000), "元", "户均"),
    ("亩均≥500公斤", ">=", Decimal(500), "公斤", "亩均"),
    ("平均3个工作日内", "<=", Decimal(3), "个工作日", "平均"),
])
def test_an_average_per_head_written_before_the_figure_is_its_note(raw, op, value, unit, note):
    """人均≤600元 / 户均 / 亩均: a one-character subject and 均 (or 平均) before the operator says the
    figure is an average per that subject; the figure is read, the qualifier kept as its note
    (issue 21, 229). Words that change the figure stay words (年均增长5%, 人均增收)."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.raw, q.note) == (op, value, unit, raw, note)
    for words in ("年均增长5%", "人均增收500元", "不均衡5处", "均衡≥3次"):
        assert parse(words).op == "qualitative", words


def test_a_bracket_opened_by_han_is_a_unit_but_never_an_inclusive_note():
    assert (parse("800（含）").unit, parse("800（含）").value) == ("", Decimal(800))
    # a unit in brackets and an exponent stay what they were
    for raw, unit, value in (("800（万元）", "元", Decimal(8000000)), ("36（人次）", "人次", Decimal(36)),
                             ("12m²", "m²", Decimal(12))):
        assert (parse(raw).op, parse(raw).value, parse(raw).unit, parse(raw).note) == ("=", value, unit, ""), raw


def test_a_time_of_the_year_before_which_is_a_deadline_without_a_year():
    for raw in ("11月底前", "年底前", "9月30日之前", "十月底以前完成"):
        q = parse(raw)
        assert (q.op, q.date, q.value) == ("deadline", None, None), raw
    for raw in ("3个月前", "不断优化（见附件）", "较上年提高（详见说明）"):   # a duration, words with a note
        assert parse(raw).op == "qualitative", raw


def test_a_quarter_is_a_deadline_at_its_end_month():
    for raw, date in (("2024年第三季度", "2024-09-30"), ("2022年一季度末前", "2022-03-31"), ("2025年Q2", "2025-06-30"),
                      ("2024年第1季度底", "2024-03-31")):
        q = parse(raw)
        assert (q.op, q.date, q.value) == ("deadline", date, None), raw
    for raw in ("第四季度末前", "二季度之前完成", "Q1前"):   # no year written: the report's year
        q = parse(raw)
        assert (q.op, q.date, q.value) == ("deadline", None, None), raw
    for raw in ("每季度", "第五季度", "3个季度"):   # a frequency, no quarter, a duration
        assert parse(raw).op != "deadline", raw


def test_a_recurring_time_before_which_is_a_deadline_without_a_date():
    # a period word, then a day or month of that period, then 前: done by then in each period
    for raw, period in (("每月15日前", "每月"), ("每季度末前", "每季度"), ("每年6月30日之前", "每年"),
                        ("每月5号以前完成", "每月"), ("每周三前", "每周")):
        q = parse(raw)
        assert (q.op, q.date, q.value, q.raw) == ("deadline", None, None, raw), raw
        assert period in q.note, raw
    # a frequency, a count per period, a duration: no time named before which it is done
    for raw in ("每月", "每月2次", "每季度不少于1次", "每年3个月前", "每月15人"):
        assert parse(raw).op != "deadline", raw


def test_a_year_and_month_with_a_point_is_a_month_only_where_no_unit_says_otherwise():
    from jixiao.normalize.quantity import month_of_point
    q = month_of_point(parse("2024.6"))
    assert (q.op, q.date, q.raw) == ("deadline", "2024-06-30", "2024.6")
    assert month_of_point(parse("2022.11")).date == "2022-11-30"
    for raw in ("2024.13", "2024.125", "≥2024.6", "1850.3"):
        assert month_of_point(parse(raw)).op != "deadline", raw
    money = month_of_point(parse("2024.6", default_unit="万元"))   # a money column: a figure
    assert (money.op, money.unit) == ("=", "元")


@pytest.mark.parametrize("raw, op, value, unit", [
    ("年内组织开展应急演练不少于12场", ">=", Decimal(12), "场"),
    ("实际组织开展应急演练14场", "=", Decimal(14), "场"),
    ("群众知晓率达到85%以上", ">=", Decimal(85), "%"),
    ("群众知晓率为88.2%，略高于上年", "=", Decimal("88.2"), "%"),
    ("维修申请均在受理后5个工作日内办结", "<=", Decimal(5), "个工作日"),
    ("户均补助不超过800元", "<=", Decimal(800), "元"),
])
def test_a_sentence_holding_one_figure_reads_that_figure(raw, op, value, unit):
    from jixiao.normalize.quantity import IN_WORDS, in_words
    q = in_words(parse(raw))
    assert (q.op, q.value, q.unit, q.raw, q.note) == (op, value, unit, raw, IN_WORDS)


@pytest.mark.parametrize("raw", [
    "开展演练12场，其中实战演练4场",     # two figures
    "组织三期培训共300人次",              # a figure in Chinese numerals too
    "知晓率较上年提高5%",                 # a change, not the level
    "知晓率未达到85%",                    # a negation left after the operator word
    "于2024年完成验收",                   # a year
    "按计划于10月完成",                   # a month
    "编号为3的标段已完工",                # no unit
    "排名进入全省20个示范县前列",          # the figure counts what follows it
    "先后6次组织人员赴外地考察学习",
    "口5%",                              # a scan's stray mark, not a sentence
    "^80%",
])
def test_a_sentence_with_other_figures_a_change_or_no_unit_stays_words(raw):
    from jixiao.normalize.quantity import in_words
    assert in_words(parse(raw)).op in ("qualitative", "deadline")


# -- issue 21: the target written at the end of the indicator's name ------------------------------
@pytest.mark.parametrize("name, split", [
    ("新建污水管网长度≥12公里", ("新建污水管网长度", "≥12公里")),
    ("设备完好率不低于98%", ("设备完好率", "不低于98%")),
    ("单位处理成本≤45元/吨", ("单位处理成本", "≤45元/吨")),
    ("PM2.5年均浓度≤35微克/立方米", ("PM2.5年均浓度", "≤35微克/立方米")),
    ("主体工程完工时间2024年6月底前", ("主体工程完工时间", "2024年6月底前")),
    # a name that ends in a figure holds no target: no comparison, no deadline
    ("PM2.5", None), ("新建5G基站", None), ("十四五规划编制", None), ("2024年度培训项目", None),
    ("覆盖3个乡镇", None), ("≥90%", None),
])
def test_a_target_is_split_from_the_end_of_a_name_only_after_a_comparison_or_as_a_deadline(name, split):
    from jixiao.normalize.quantity import split_named_target
    assert split_named_target(name) == split


@pytest.mark.parametrize("cell, pair", [
    ("≥1.5万吨 / 1.62万吨", ("≥1.5万吨", "1.62万吨")),
    ("≤80元/吨／76元/吨", ("≤80元/吨", "76元/吨")),
    ("2024年6月底前 / 2024年5月28日", ("2024年6月底前", "2024年5月28日")),
    ("目标：≥98%；完成：99.1%", ("≥98%", "99.1%")),
    # labels from the header grammar's target and result words, either order, any separator
    ("目标：≥60座；实际：64座", ("≥60座", "64座")),
    ("指标值：≥90%；\n实际：95.3%", ("≥90%", "95.3%")),
    ("计划：2023年10月底前\n实现：2023年10月26日", ("2023年10月底前", "2023年10月26日")),
    ("实际值：1,180.00万元；目标值：≥1,000万元", ("≥1,000万元", "1,180.00万元")),
    ("目标：≥60座；目标：64座", None),     # two targets: no pair
    ("资金来源：市级1,180.00万元；其中：区级200.00万元", None),   # labels that name no value role
    ("80元/吨", None),              # a slash inside a unit: no figure after it
    ("良好/较好", None),             # words on both sides
    ("≥90%", None),
])
def test_a_cell_holding_target_and_result_splits_at_the_slash_between_two_figures(cell, pair):
    from jixiao.normalize.quantity import split_pair
    assert split_pair(cell) == pair


@pytest.mark.parametrize("name, header, split", [
    ("道路服务半径（≤500米）", False, ("道路服务半径", "≤500米")),
    ("群众满意度(≥90%)", False, ("群众满意度", "≥90%")),
    ("开放率（100%）", False, None),                  # a bare figure: only where the header says so
    ("开放率（100%）", True, ("开放率", "100%")),
    ("管护机制（健全）", True, ("管护机制", "健全")),
    ("完工时间（2023年10月底前）", True, ("完工时间", "2023年10月底前")),
    ("管护机制（健全）", False, None),
    ("培训农民人数（人）", True, None),               # a unit, not a target
    ("改造资金（万元）", True, None),
    ("覆盖乡镇（含3个试点县）", True, None),           # a note with a figure in it
    ("（≥500米）", True, None),                     # no name before the bracket
])
def test_a_target_in_the_bracket_ending_a_name_is_read_where_the_table_has_no_target_column(name, header, split):
    from jixiao.normalize.quantity import split_named_target
    assert split_named_target(name, figure_end=header, bracket=True) == split
    assert split_named_target(name, figure_end=header) is None     # a table with a target column: the name


def test_a_name_known_to_hold_its_target_gives_a_figure_ending_it_without_a_comparison():
    from jixiao.normalize.quantity import split_named_target
    assert split_named_target("绿化覆盖达标率100%", figure_end=True) == ("绿化覆盖达标率", "100%")
    assert split_named_target("年均降尘量≤5吨/平方公里", figure_end=True) == ("年均降尘量", "≤5吨/平方公里")
    assert split_named_target("绿化覆盖达标率100%") is None    # not without the header's word
    # a figure inside the name, one counting what the name does, or one without its unit: no target
    for name in ("PM10年均浓度", "覆盖3个乡镇", "开展3类培训", "新建5G基站", "检测批次30"):
        assert split_named_target(name, figure_end=True) is None, name


def test_a_bracketed_note_counting_other_things_is_a_note_of_the_figure():
    for raw, value, note in (("76.5%（抽样调查，样本量300份）", Decimal("76.5"), "抽样调查，样本量300份"),
                             ("≥92%(入户走访40户)", Decimal(92), "入户走访40户")):
        q = parse(raw)
        assert (q.value, q.unit, q.note) == (value, "%", note), raw
    # a figure in the note in the figure's own unit, or with none, may be the value: the cell stays words;
    # but a part the figure says it includes (含…, below it) is not (issue 21, 267: the head figure is the whole)
    assert parse("200万元（含中央资金80万元）").value == Decimal(2000000)
    for raw in ("1500人（其中女性600人）", "≥90%（≥85%）", "92%（1200）"):
        assert not parse(raw).numeric, raw


@pytest.mark.parametrize("name, unit", [
    ("污水COD排放浓度（毫克/立方米）", "毫克/立方米"),   # a compound of six characters
    ("细颗粒物PM10年均值(毫克/升)", "毫克/升"),          # a figure inside the name, not in the bracket
    ("服务次数（人·次）", "人·次"),
    ("补助对象（含/不含退休人员）", "")])
def test_a_names_trailing_bracket_gives_a_compound_unit_of_known_parts(name, unit):
    from jixiao.normalize.quantity import name_unit
    assert name_unit(name) == unit


@pytest.mark.parametrize("target, actual, want_t, want_a", [
    # a base, a verb, a figure and its bound: the target is on the change, its operator from the bound
    ("较上年增长5%以上", "较上年增长6.2%", (">=", "5", "%", "较上年增长"), ("=", "6.2", "%", "较上年增长")),
    ("同比下降不超过3%", "同比下降1.8%", ("<=", "3", "%", "同比下降"), ("=", "1.8", "%", "同比下降")),
    # no bound: a change to reach is a floor; the result's verb alone takes the target's base
    ("较上年提高2个百分点", "提高1.8个百分点", (">=", "2", "个百分点", "较上年提高"),
     ("=", "1.8", "个百分点", "较上年提高")),
    ("比2022年增加2万人", "增加2.3万人", (">=", "20000", "人", "比2022年增加"), ("=", "23000", "人", "比2022年增加")),
    ("环比降幅达5%以上", "降幅6%", (">=", "5", "%", "环比降幅"), ("=", "6", "%", "环比降幅")),
    # a fall against a rise to reach counts below zero in the target's sense
    ("较上年增长5%以上", "同比下降6%", (">=", "5", "%", "较上年增长"), ("=", "-6", "%", "同比下降")),
])
def test_a_target_written_as_a_change_against_a_base_is_a_target_on_the_change(target, actual, want_t, want_a):
    from jixiao.normalize.quantity import change_pair
    t, a = change_pair(parse(target), parse(actual))
    assert (t.raw, a.raw) == (target, actual)       # the base stays in the text as written
    assert (t.op, t.value, t.unit, t.note) == (want_t[0], Decimal(want_t[1]), want_t[2], want_t[3])
    assert (a.op, a.value, a.unit, a.note) == (want_a[0], Decimal(want_a[1]), want_a[2], want_a[3])


def test_a_result_written_as_a_level_leaves_a_change_target_as_words():
    """96% reached against 较上年增长5%以上 is a level against a change: comparing 96 with 5 (or 97 with
    下降不超过3%) would make up a shortfall, so neither side becomes a figure to compare."""
    from jixiao.normalize.quantity import change_pair
    for target, actual in (("较上年增长5%以上", "96%"), ("同比下降不超过3%", "97%")):
        t, a = change_pair(parse(target), parse(actual))
        assert (t.op, t.raw) == ("qualitative", target)
        assert (a.op, a.value) == ("=", parse(actual).value)


@pytest.mark.parametrize("target, actual", [
    ("提升10%", "提升10%"),              # a verb with no base: an increase of what is not said (066)
    ("较上年下降", "较上年下降"),          # no figure
    ("不低于全省平均水平", "高于全省平均水平"),
])
def test_a_change_without_a_base_or_a_figure_stays_words(target, actual):
    from jixiao.normalize.quantity import change_pair
    t, a = change_pair(parse(target), parse(actual))
    assert (t.op, a.op) == ("qualitative", "qualitative")


def test_a_figure_to_strive_for_is_a_floor_unless_a_bound_is_written():
    assert (parse("力争达到95%").op, parse("力争达到95%").value) == (">=", Decimal(95))
    assert parse("力争95%").op == ">="
    assert (parse("力争控制在5%以内").op, parse("力争控制在5%以内").value) == ("<=", Decimal(5))
    assert parse("达到95%").op == "="


def test_a_number_is_never_read_across_a_line_break():
    """Issue 21 (190): a cell of figures one a line (分值 8⏎8⏎6) holds three figures, not 886; a space
    inside a number (1 234) is layout and still joined."""
    assert not parse("8\n8\n6").numeric
    assert not parse("10\n9.56").numeric
    assert parse("1 234").value == Decimal(1234)
    from jixiao.normalize.quantity import figure_lines
    assert [q.value for q in figure_lines("8\n8\n6")] == [Decimal(8), Decimal(8), Decimal(6)]
    assert figure_lines("46.8\n平方公里") is None     # a value wrapped onto its unit: one figure
    assert parse("46.8\n平方公里").value == Decimal("46.8")


@pytest.mark.parametrize("raw,op,value,unit,note", [
    ("≥60公里\n含新建12公里", ">=", "60", "公里", "含新建12公里"),   # 453: a part it includes, on its own line
    ("63公里\n含新建13公里", "=", "63", "公里", "含新建13公里"),
    ("1286人\n含线上", "=", "1286", "人", "含线上"),                  # 450.html: ≥1200人<br>含线上
    ("≥3000人\n其中线上500人", ">=", "3000", "人", "其中线上500人"),
    ("≥3000人\n另有线上\n500人", ">=", "3000", "人", "另有线上500人"),  # a remark wrapped: one remark
    ("≥90%\n较上年提高", ">=", "90", "%", "较上年提高"),              # words alone
])
def test_a_figure_with_a_remark_on_the_next_line_is_the_figure_the_remark_its_note(raw, op, value, unit, note):
    """Issue 21 (sixty-fourth set): a cell's first line a whole figure, the next a remark on it
    without brackets, as 88.2公里（含改造24公里） is read with them."""
    q = parse_cell(raw)
    assert (q.op, q.value, q.unit, q.note, q.raw) == (op, Decimal(value), unit, note, raw)


@pytest.mark.parametrize("raw", [
    "≥600人\n次",          # one figure wrapped onto the rest of its unit: not 600人 and a remark 次
    "1,200.\n00",          # one number wrapped after its point
    "≥60\n分",             # the unit on the next line makes another figure (60分), not a remark
    "8\n8\n6",            # figures one a line
    "≥60公里\n≥12公里",     # a second figure, no remark
    "≥60公里\n2023年完成",  # figures in words that open no remark
])
def test_lines_that_are_one_figure_wrapped_or_more_figures_are_no_figure_and_remark(raw):
    q = parse_cell(raw)
    assert not (q.numeric and q.note)     # words as today, or (some day) the one figure read whole


@pytest.mark.parametrize("raw,op,value,places", [
    ("百分之百", "=", "100", 0), ("百分之九十七", "=", "97", 0), ("百分之九十七点五", "=", "97.5", 1),
    ("不低于九成", ">=", "90", 0), ("九成五", "=", "95", 0), ("≥百分之八十", ">=", "80", 0), ("两成以内", "<=", "20", 0)])
def test_shares_in_chinese_numeral_words_are_percentages(raw, op, value, places):
    """Issue 21 (194): 百分之 and a numeral is that many percent, a numeral and 成 that many tenths; the
    raw text stays as written. 完成 / 建成 have no numeral before 成 and are no share."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.places, q.raw) == (op, Decimal(value), "%", places, raw)
    assert not parse("完成").numeric and not parse("一成不变").numeric and parse("建成3座").value is None


def test_a_count_is_exact_only_when_whole_and_unscaled():
    """Tolerances come from written precision: 3000个 is exact; 3万人 is good to half a 万; an
    average count written with places (3.62个) to half its last place, not exact."""
    assert parse("3000个").exact_count and parse("≥12次").exact_count
    assert not parse("3万人").exact_count
    avg = parse("3.62个")
    assert not avg.exact_count and avg.tolerance == Decimal("0.005")


@pytest.mark.parametrize("raw,op,value,note", [("≤12:1", "<=", "12", "比例N:1"), ("11.4:1", "=", "11.4", "比例N:1"),
                                               ("≥1:1.5", ">=", "1.5", "比例1:N"), ("不高于12∶1", "<=", "12", "比例N:1")])
def test_a_ratio_to_one_is_the_figure_against_the_one(raw, op, value, note):
    """Issue 21 (262, 264): a colon ratio with one side 1 is the other side, which side the note says;
    two sides other than 1 (2:3), a clock (8:05) or words before it stay as written."""
    q = ratio(parse(raw))
    assert (q.op, q.value, q.unit, q.note) == (op, Decimal(value), "", note)
    assert not any(ratio(parse(x)).numeric for x in ("2:3", "8:05", "比例12:1"))


def test_ratios_to_one_on_different_sides_are_not_compared():
    """12:1 beside 1:11.4 measure opposite things: neither is read as a figure, the note says why."""
    t, a = ratio_pair(ratio(parse("≤12:1")), ratio(parse("1:11.4")))
    assert not t.numeric and not a.numeric and "比例" in a.note
    t, a = ratio_pair(ratio(parse("≤12:1")), ratio(parse("11.4:1")))
    assert t.value == 12 and a.value == Decimal("11.4")


@pytest.mark.parametrize("raw,op,value,unit,note", [
    ("±2.2厘米", "=", "2.2", "厘米", "偏差±"), ("≤±2%", "<=", "2", "%", "偏差±"), ("不超过±5毫米", "<=", "5", "毫米", "偏差±")])
def test_a_sign_of_either_way_before_a_figure_is_the_size_of_a_deviation(raw, op, value, unit, note):
    """Issue 21 (263, 267): ± right before a figure makes it the size of a deviation either way,
    compared as written; the sign kept in the note."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == (op, Decimal(value), unit, note)


def test_a_centre_and_a_band_is_the_range_it_spans():
    """Issue 21 (263): 1000±50毫米 is 950 to 1050 毫米, the band as written in the note; a bare band
    takes no unit."""
    q = parse("1000±50毫米")
    assert (q.op, q.value, q.high, q.unit, q.note) == ("range", Decimal(950), Decimal(1050), "毫米", "1000±50毫米")
    assert (parse("2.5±0.1").value, parse("2.5±0.1").high, parse("2.5±0.1").places) == (Decimal("2.4"), Decimal("2.6"), 1)


@pytest.mark.parametrize("raw,low,high,unit", [("介于20-30人之间", 20, 30, "人"), ("在3至5天之间", 3, 5, "天"),
                                               ("处于80%～95%间", 80, 95, "%")])
def test_a_range_between_the_words_that_say_so_is_the_range(raw, low, high, unit):
    """Issue 21 (266): 介于…之间 and 在…之间 enclose a range; the words are no part of the unit."""
    q = parse(raw)
    assert (q.op, q.value, q.high, q.unit, q.raw) == ("range", Decimal(low), Decimal(high), unit, raw)
    assert not parse("介于优良之间").numeric


def test_a_deviation_named_in_the_result_is_read_beside_a_target_on_a_deviation():
    """Issue 21 (263): 偏差≤±2% / 最大偏差1.6%: the named deviation is what the result reports; beside a
    target on a level, a gap (差距2%) or a shortfall (差2%) stays words."""
    t, a = in_words_pair(parse("偏差≤±2%"), parse("最大偏差1.6%"))
    assert (t.op, t.value, t.unit, a.op, a.value, a.unit) == ("<=", 2, "%", "=", Decimal("1.6"), "%")
    for result in ("差距2%以内", "最大偏差1.6%"):
        assert not in_words_pair(parse("≤3%"), parse(result))[1].numeric


@pytest.mark.parametrize("raw,date", [("二〇二三年十月底前", "2023-10-31"), ("二〇二四年三月三十一日前", "2024-03-31"),
                                      ("二零二三年十二月", "2023-12-31")])
def test_a_date_in_chinese_numerals_is_a_deadline(raw, date):
    """Issue 21 (265): the year digit by digit, the month and day as numbers; a month past twelve is
    no date."""
    q = parse(raw)
    assert (q.op, q.date) == ("deadline", date)
    assert parse("二〇二三年十三月底前").op == "qualitative"


def test_a_bracket_naming_a_base_period_or_an_included_part_is_a_note():
    """Issue 21 (265, 267): 62.4%（上年60.8%） is 62.4 %, last year's figure the note; 88.2公里（含改造24公里）
    is 88.2 公里, the part it includes the note. A part not below the figure, or 其中 (the part may be
    what is counted), leaves the cell as words."""
    q = parse("62.4%（上年60.8%）")
    assert (q.op, q.value, q.unit, q.note) == ("=", Decimal("62.4"), "%", "上年60.8%")
    q = parse("88.2公里（含改造24公里）")
    assert (q.op, q.value, q.unit, q.note) == ("=", Decimal("88.2"), "公里", "含改造24公里")
    assert parse("3.1万人（同期2.9万人）").value == Decimal(31000)
    assert not parse("88.2公里（含改造124公里）").numeric
    assert not parse("1200人（其中女性300人）").numeric


@pytest.mark.parametrize("raw, op, value, unit", [
    ("1.62万人次。", "=", "16200", "人次"),       # a sentence's full stop typed after the figure
    ("90.2%；", "=", "90.2", "%"),
    ("≥95%，", ">=", "95", "%"),
    ("72.5%.", "=", "72.5", "%"),               # a half-width point after the unit, not a decimal
])
def test_a_figure_closed_with_a_sentences_punctuation_is_the_figure(raw, op, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.raw) == (op, Decimal(value), unit, raw)


@pytest.mark.parametrize("raw", ["≥90%，其中", "完成。", "。"])
def test_punctuation_before_more_words_or_without_a_figure_stays_words(raw):
    assert parse(raw).op == "qualitative"


def test_labelled_line_reads_only_a_last_line_whose_label_names_the_role():
    from jixiao.normalize.quantity import labelled_line
    assert labelled_line("维护检测站点\n目标：≥14个", "target") == ("维护检测站点", "目标", "≥14个")
    assert labelled_line("站点运维管理制度目标：健全", "target") == ("站点运维管理制度", "目标", "健全")
    assert labelled_line("维护检测站点\n目标：≥14个", "actual") is None
    assert labelled_line("维护检测站点\n说明：含备用站", "target") is None     # no role's label
    assert labelled_line("目标：≥14个\n维护检测站点", "target") is None        # not the last line
    assert labelled_line("维护检测站点\n目标：—", "target") is None            # a blank value
    assert labelled_line("群众满意度：≥90%", "target") is None                 # 满意度 names no role


@pytest.mark.parametrize("raw,op,unit,scale", [
    ("≥**个", ">=", "个", "1"),         # 352: the template's figure never filled in
    ("＞＊＊人次", ">", "人次", "1"),
    ("不低于××%", ">=", "%", "1"),
    ("≤……元", "<=", "元", "1"),
    ("**万元", "=", "元", "10000"),      # no operator, the unit (and its scale) says what was to be written
    ("XX个以上", ">=", "个", "1"),
])
def test_an_unfilled_figure_keeps_its_operator_and_unit_with_no_value(raw, op, unit, scale):
    """[operator] mark [unit]: a template's mark (** ＊＊ ×× XX ……) where the figure belongs is no
    figure and no words either: what the cell says of the figure (its operator, its unit) is read, the
    value left unknown (the template-text rule raises the cell)."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.scale, q.raw) == (op, None, unit, Decimal(scale), raw)
    assert not q.numeric


@pytest.mark.parametrize("raw", ["**", "……", "XX年XX月", "**项工作已完成", "××"])
def test_a_mark_alone_or_in_words_is_no_unfilled_figure(raw):
    """A mark saying nothing of a figure (no operator, no unit), a date's marks, or a mark inside a
    sentence stay words."""
    assert parse(raw).op == "qualitative"


@pytest.mark.parametrize("raw, op, value, unit, note", [
    ("每周2次", "=", "2", "次", "每周"),                  # a frequency: the figure per period
    ("每季度不少于1次", ">=", "1", "次", "每季度"),       # the scope before the operator
    ("一年两次", "=", "2", "次", "一年"),                 # 一 and a period; 两 a numeral
    ("每千人口≥2.8人", ">=", "2.8", "人", "每千人口"),    # a per-1000 base is no 千 scale
    ("每户200元", "=", "200", "元", "每户"),
    ("全年≥300天", ">=", "300", "天", "全年"),             # 全 and a period: the whole of it (359)
    ("全年312天", "=", "312", "天", "全年"),
    ("全年12次", "=", "12", "次", "全年"),
])
def test_a_scope_before_the_figure_is_its_note(raw, op, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == (op, Decimal(value), unit, note)


@pytest.mark.parametrize("raw", ["每亩300", "每周检查", "一类水体", "全年开展培训不少于3000人次"])
def test_a_scope_without_a_figure_and_its_unit_stays_words(raw):
    assert parse(raw).op == "qualitative"


@pytest.mark.parametrize("raw, default_unit, op, value, unit, note", [
    ("每周2", "次", "=", "2", "次", "每周"),              # under 频次（次）: the column names the unit
    ("每年≥95", "%", ">=", "95", "%", "每年"),
])
def test_a_scope_before_a_figure_whose_column_names_its_unit(raw, default_unit, op, value, unit, note):
    """A bare figure after a scope takes its column's unit as a bare figure does (≥2 under （次）):
    the header says what it counts, so the cell is no longer words."""
    q = parse(raw, default_unit=default_unit)
    assert (q.op, q.value, q.unit, q.note) == (op, Decimal(value), unit, note)


def test_zero_of_something_in_words_is_the_figure_zero():
    q = parse("零投诉")
    assert (q.op, q.value, q.unit, q.note) == ("=", Decimal(0), "", "零投诉")
    # words that merely start with 零 are no zero
    assert parse("零星维修").op == "qualitative" and parse("零售网点").op == "qualitative"


@pytest.mark.parametrize("raw, value, unit, note", [
    ("5所学校120间教室", "5", "所", "120间教室"),   # the first count, the counted noun dropped
    ("12个/36台", "12", "个", "36台"),               # two counts at a slash
])
def test_two_counts_in_a_cell_read_the_first_the_second_in_the_note(raw, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == ("=", Decimal(value), unit, note)


@pytest.mark.parametrize("raw", ["3个街道5个社区", "8座/100.0%", "12个/36万元"])
def test_a_count_beside_the_same_counter_a_share_or_an_amount_stays_words(raw):
    assert parse(raw).op == "qualitative"


def test_bound_headers_and_a_target_read_from_its_bound_cells():
    from jixiao.normalize.quantity import bound_op, bounded
    assert [bound_op(h) for h in ("下限", "上限", "最低值", "最高值", "指标值")] == [">=", "<=", ">=", "<=", None]
    raw, q = bounded("98%", "100%")
    assert (raw, q.op, q.value, q.high, q.unit) == ("98%-100%", "range", Decimal(98), Decimal(100), "%")
    raw, q = bounded("—", "3.6万元")
    assert (raw, q.op, q.value, q.unit) == ("3.6万元", "<=", Decimal(36000), "元")
    # bounds that make no range are words, not a target read wrong
    assert bounded("5个", "3个")[1].op == "qualitative"


def test_an_inclusive_mark_after_a_space_a_scan_set_still_says_only_the_bound():
    q = parse("50场次 （含）\n以上")
    assert (q.op, q.value, q.unit) == (">=", Decimal(50), "场次")
    assert parse("5个 （已完成）").note == "已完成"   # any other bracket after a space stays a note


# The note says which repair read the cell: a typing slip (TYPED), or letters for digits, the
# repair a scan's misreads share (REPAIRED; the table reader words it by the file's source).
@pytest.mark.parametrize("raw,value,unit,said", [
    ("93。6%", "93.6", "%", "疑为录入错误：“93。6%”按“93.6%”读取"),        # the IME's full stop for the point
    ("23,5%", "23.5", "%", "疑为录入错误：“23,5%”按“23.5%”读取"),          # a decimal comma: under three digits after it
    ("≥4,5万亩", "45000", "亩", "疑为录入错误：“≥4,5万亩”按“≥4.5万亩”读取"),
    ("88个个", "88", "个", "疑为录入错误：单位“个个”按“个”读取"),             # a known unit typed twice
    ("1OO%", "100", "%", "疑为识别错误：“1OO%”按“100%”读取"),             # letters for digits glued to the figure
])
def test_a_cell_with_a_typing_slip_that_has_one_reading_is_read_with_a_note(raw, value, unit, said):
    q = parse_cell(raw)
    assert q.numeric and (q.value, q.unit, q.raw) == (Decimal(value), unit, raw)
    assert q.note == said


@pytest.mark.parametrize("raw,op,value,unit,said", [
    ("6150户：", "=", "6150", "户", "疑为录入错误：“6150户：”按“6150户”读取"),   # a stray colon, nothing after it
    ("≥95% :", ">=", "95", "%", "疑为录入错误：“≥95% :”按“≥95%”读取"),
    ("2023年10月26", "deadline", None, "", "疑为录入错误：“2023年10月26”按“2023年10月26日”读取"),   # the day's 日 lost
])
def test_a_cell_cut_short_of_one_mark_is_read_with_a_note(raw, op, value, unit, said):
    """Issue 21 (1543.scan: a rubber crumb read as a colon after 6150户, the 日 of 2023年10月26日 lost in a smear):
    both were words, nothing said. A figure followed by a colon and nothing after it, and a date of year, month
    and day with no 日, have one reading each: read so, the cell kept as written, the note saying it."""
    q = parse_cell(raw)
    assert (q.op, q.value, q.unit, q.raw) == (op, None if value is None else Decimal(value), unit, raw)
    assert q.note == said


@pytest.mark.parametrize("raw", ["其中：", "目标：95%", "2023年10月", "10月26"])
def test_a_colon_before_more_words_or_a_part_of_a_date_is_no_cut_short_cell(raw):
    q = parse_cell(raw)
    assert not q.numeric and "按“" not in (q.note or "")


@pytest.mark.parametrize("raw,unit", [("1,234%", "%"), ("12人天", "人天"), ("5l", "l"), ("96.8%", "%")])
def test_figures_that_are_no_slip_are_read_as_written(raw, unit):
    q = parse_cell(raw)
    assert q.numeric and q.unit == unit and not q.note


@pytest.mark.parametrize("raw", ["3,5,7个", "1,2345", "93。6。2%", "完成93。6%的任务"])
def test_a_stop_or_comma_that_is_no_decimal_point_leaves_the_cell_words(raw):
    assert not parse_cell(raw).numeric
@pytest.mark.parametrize("raw,op,value,unit", [
    ("≥0.3个等级", ">=", "0.3", "个等级"), ("0.5个等级", "=", "0.5", "个等级"), ("1.5个档次", "=", "1.5", "个档次")])
def test_a_counter_after_a_figure_with_decimals_heads_the_unit_to_the_words_end(raw, op, value, unit):
    """A counter counts whole things (十二个街道: 12 个, what is counted 街道); after a figure written
    with decimals the word it heads is what the figure measures in: 0.3个等级 is 0.3 of the unit 个等级
    (corpus/native 369: 耕地质量等级提升 ≥0.3个等级), not 0.3 个 counting 等级."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == (op, Decimal(value), unit, "")
    whole = parse("12个街道")
    assert (whole.value, whole.unit, whole.note) == (Decimal(12), "个", "街道")


@pytest.mark.parametrize("raw,unit,note", [
    ("3150人此", "人此", ""), ("12个村", "个", "村"), ("6个镇", "个", "镇"), ("5座桥", "座", "桥"),
    ("十二个街道", "个", "街道"), ("≥1200人含线上", "人", "含线上")])
def test_one_character_after_a_counter_is_a_thing_counted_only_where_it_names_things(raw, unit, note):
    """A counter may be followed by what it counts (12个村, 6个镇: 村 and 镇 head nouns, 农村, 乡镇); one
    character that forms no word with the counter and heads no nouns (此 ends 因此, 如此, 彼此) is no
    thing counted: the unit is kept as written, 人此 (corpus/native 1727: 3150人此 against ≥3000人次,
    read 3150 人 with the 此 left in a note, SILENT), for JX802 to see it differs from the target's."""
    q = parse(raw)
    assert (q.unit, q.note) == (unit, note)


# -- value forms, fourth round (issue 21: corpus/native 431-435) ----------------------------------

@pytest.mark.parametrize("raw,value,unit", [
    ("千余人次", "1000", "人次"), ("3万余人次", "30000", "人次"), ("1.3万余人", "13000", "人"), ("万余人", "10000", "人"),
    ("十余个", "10", "个"), ("二十余人", "20", "人"), ("3万多元", "30000", "元"), ("1200余人", "1200", "人")])
def test_yu_after_a_magnitude_is_more_than_it_with_or_without_a_numeral(raw, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (">", Decimal(value), unit)


@pytest.mark.parametrize("raw,value,note", [
    ("较上年翻一番", "2", "较上年翻一番"), ("翻两番", "4", ""), ("为上年的2倍", "2", "为上年的"), ("是2022年的1.5倍", "1.5", "是2022年的")])
def test_a_multiple_in_words_or_of_a_base_period_is_the_multiple(raw, value, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == ("=", Decimal(value), "倍", note)


@pytest.mark.parametrize("raw", ["半年", "半年内", "过半年", "半个月"])
def test_half_of_something_else_is_no_share(raw):
    assert parse(raw).unit != "%"


@pytest.mark.parametrize("raw", ["较上年增长2倍", "为上年的2人", "上年翻番"])
def test_a_growth_or_no_multiple_after_a_base_stays_words(raw):
    assert not parse(raw).numeric


@pytest.mark.parametrize("raw,op", [("过半", ">"), ("超过半数", ">"), ("半数以上", ">="), ("不足半数", "<"),
                                    # the operator grammar's words, not a list of half's own
                                    ("不低于半数", ">="), ("至少半数", ">="), ("≥半数", ">="), ("半数左右", "approx"),
                                    ("达到半数以上", ">=")])
def test_half_in_words_is_fifty_percent(raw, op):
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (op, Decimal(50), "%")


@pytest.mark.parametrize("raw,op,value,note", [
    ("100%（12/12）", "=", "100", "12/12"), ("87.5%（7/8）", "=", "87.5", "7/8"), ("完成率100%（6/6）", "=", "100", "完成率；6/6"),
    ("完成率\n100%（6/6）", "=", "100", "完成率；6/6"), ("合格率：≥98.5%", ">=", "98.5", "合格率")])
def test_a_share_with_its_fraction_or_its_rate_name_is_the_share(raw, op, value, note):
    from jixiao.normalize.quantity import rate_named
    q = rate_named(parse(raw))
    assert (q.op, q.value, q.unit, q.note, q.raw) == (op, Decimal(value), "%", note, raw)


@pytest.mark.parametrize("raw", ["90%（7/8）", "完成率5个", "覆盖率提高5%", "知晓率达到85%"])
def test_a_fraction_that_is_not_the_share_or_a_rate_name_before_no_share_stays_words(raw):
    from jixiao.normalize.quantity import rate_named
    assert not rate_named(parse(raw)).numeric
    assert not parse("完成率100%").numeric     # parse alone: a name cell's name and target (设备完好率≥98%)


@pytest.mark.parametrize("raw", ["不适用", "无此项", "不涉及"])
def test_not_applicable_in_words_is_no_value_with_the_words_kept(raw):
    q = parse(raw)
    assert (q.op, q.value, q.note, q.not_applicable) == ("empty", None, raw, True)
    assert not parse("/").not_applicable


def test_a_bare_fraction_of_the_target_is_the_part_done():
    from jixiao.normalize.quantity import part_of_target
    q = part_of_target(parse("8处"), parse("7/8处"))
    assert (q.op, q.value, q.unit, q.raw) == ("=", Decimal(7), "处", "7/8处")
    assert not part_of_target(parse("9处"), parse("7/8处")).numeric     # not the target's whole


@pytest.mark.parametrize("raw,value,unit,note", [
    ("+6.2%", "6.2", "%", ""), ("＋6.8个百分点", "6.8", "个百分点", ""), ("较上年+3.2个百分点", "3.2", "个百分点", "较上年"),
    ("同比-4.1%", "-4.1", "%", "同比")])
def test_a_figure_written_with_its_sign_is_the_figure_the_base_its_note(raw, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note, q.raw) == ("=", Decimal(value), unit, note, raw)
    assert not parse("较上年+").numeric and not parse("+约5人").numeric


@pytest.mark.parametrize("raw,op,value,places", [
    ("(12.5)%", "=", "-12.5", 1), ("（23.4）%", "=", "-23.4", 1), ("≤(10.0)%", "<=", "-10.0", 1), ("≤(20)%", "<=", "-20", 0)])
def test_an_accountants_negative_in_brackets_before_its_unit_is_below_zero(raw, op, value, places):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.places, q.raw) == (op, Decimal(value), "%", places, raw)
    assert not parse("（1）").numeric      # no unit after it: a list's number, not a figure


@pytest.mark.parametrize("raw,op,value,note", [
    ("实现全覆盖（100%）", "=", "100", "实现全覆盖"), ("不低于上年（96.5%）", ">=", "96.5", "不低于上年"),
    ("基本持平（≥95%）", ">=", "95", "基本持平")])
def test_words_with_the_figure_they_stand_for_in_brackets_are_the_figure_in_a_value_cell(raw, op, value, note):
    from jixiao.normalize.quantity import worded_figure
    assert not parse(raw).numeric      # parse alone: a name cell's name and target (服务半径（≤500米）)
    q = worded_figure(parse(raw))
    assert (q.op, q.value, q.unit, q.note, q.raw) == (op, Decimal(value), "%", note, raw)


@pytest.mark.parametrize("raw", ["较上年增长（5%）", "未实现（80%）", "不低于上年（≤95%）", "按期完成（2023年12月）"])
def test_words_that_change_or_contradict_the_bracketed_figure_stay_words(raw):
    from jixiao.normalize.quantity import worded_figure
    assert not worded_figure(parse(raw)).numeric


@pytest.mark.parametrize("raw,low,high,unit", [("8场～10场", 8, 10, "场"), ("5天至7天", 5, 7, "天"),
                                              ("3万-5万人次", 30000, 50000, "人次")])
def test_a_range_with_the_unit_at_both_ends_is_the_range(raw, low, high, unit):
    q = parse(raw)
    assert (q.op, q.value, q.high, q.unit) == ("range", Decimal(low), Decimal(high), unit)
    assert not parse("5天至7人").numeric      # two units: no range of one quantity


def test_a_span_of_months_is_a_deadline_at_the_end_of_its_last_month():
    q = parse("2023年3月-10月")
    assert (q.op, q.date, q.note) == ("deadline", "2023-10-31", "2023年3月至10月")
    assert parse("2023年6月至2023年9月").date == "2023-09-30"
    assert parse("2023年10月-3月").op != "deadline"      # ends before it starts: not read as a span


def test_a_change_target_without_a_base_against_a_signed_result_is_a_change():
    from jixiao.normalize.quantity import change_pair
    t, a = change_pair(parse("增长5%以上"), parse("+6.2%"))
    assert (t.op, t.value, t.unit, t.note, a.op, a.value) == (">=", Decimal(5), "%", "增长", "=", Decimal("6.2"))
    t, a = change_pair(parse("较上年提高2个百分点以上"), parse("较上年+2.4个百分点"))
    assert (t.op, t.value, t.note, a.value, a.note) == (">=", Decimal(2), "较上年提高", Decimal("2.4"), "较上年")
    t, a = change_pair(parse("增长5%以上"), parse("96%"))
    assert not t.numeric      # a level against an unbased change: nothing says the target is a change


def test_words_with_a_bare_number_in_brackets_stay_words():
    from jixiao.normalize.quantity import worded_figure
    assert not worded_figure(parse("效益指标(30)")).numeric and not worded_figure(parse("社会效益指标（1）")).numeric


@pytest.mark.parametrize("raw,op,value,unit", [("不少于三十（30）个", ">=", 30, "个"), ("三百（300）家", "=", 300, "家"),
                                               ("不少于五万（50000）人", ">=", 50000, "人")])
def test_a_figure_in_words_then_in_digits_in_brackets_is_one_figure(raw, op, value, unit):
    """514 / 517 / 519: a figure written in words and again in digits in brackets is read once."""
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (op, value, unit)


def test_a_figure_in_words_and_a_different_one_in_brackets_is_left_as_written():
    assert not parse("不少于三十（31）个").numeric


@pytest.mark.parametrize("raw,op,value,unit,note", [("≥90%且无重大安全事故", ">=", 90, "%", "且无重大安全事故"),
                                                    ("≥90%，且均经岗前培训", ">=", 90, "%", "且均经岗前培训"),
                                                    ("-18℃以下", "<=", -18, "℃", "")])
def test_a_figure_with_a_condition_in_words_or_a_bound_after_a_negative_figure(raw, op, value, unit, note):
    """514 / 518: a second condition in words joined with 且 is the figure's note; 519: a negative figure
    with its bound written after it (-18℃以下) is a bound below zero."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == (op, value, unit, note)


def test_a_second_condition_with_a_figure_of_its_own_is_left_as_words():
    assert not parse("≥90%且不少于3次").numeric


def test_a_one_to_one_ratio_reads_on_the_side_the_other_cell_puts_the_one():
    """519: target 1:1, result 1:1.3: 1:1 has the 1 on both sides, so the two compare (not 写法不一致)."""
    t, a = ratio_pair(ratio(parse("1:1")), ratio(parse("1:1.3")))
    assert (t.value, a.value, t.note, a.note) == (1, Decimal("1.3"), "比例1:N", "比例1:N")
    t, a = ratio_pair(ratio(parse("1:1.3")), ratio(parse("1:1")))
    assert (t.value, a.value) == (Decimal("1.3"), 1)


@pytest.mark.parametrize("raw,op,value", [("不少于人均2次", ">=", 2), ("不高于户均600元", "<=", 600)])
def test_an_operator_written_before_the_average_bounds_the_average(raw, op, value):
    """516: 不少于人均2次 is 人均 ≥ 2次, as 人均不少于2次 is."""
    q = parse(raw)
    assert (q.op, q.value, q.note) == (op, value, raw[3:5])


@pytest.mark.parametrize("raw", ["7:30前", "每日8:00以前"])
def test_a_time_of_day_before_which_it_is_done_is_a_deadline_without_a_date(raw):
    """516: 寄宿制学校教师到岗时间 7:30前 is a deadline (a time of day), not a figure in words."""
    q = parse(raw)
    assert (q.op, q.date) == ("deadline", None)
    assert ("7:30" if "7:30" in raw else "8:00") in q.note
    assert parse("25:30前").op != "deadline"


def test_a_vulgar_fraction_glyph_is_its_exact_decimal():
    """523: ≤1½小时 is ≤ 1.5 小时 (NFKC alone writes 11⁄2); a third has no exact decimal: left as written."""
    q = parse("≤1½小时")
    assert (q.op, q.value, q.unit) == ("<=", Decimal("1.5"), "小时")
    assert not parse("2⅓小时").numeric


@pytest.mark.parametrize("raw,value,unit", [
    ("一年半", "1.5", "年"), ("1年半", "1.5", "年"), ("两年半", "2.5", "年"), ("一天半", "1.5", "天"),
    ("一个半月", "1.5", "个月"), ("两个半小时", "2.5", "小时")])
def test_a_figure_and_a_half_is_the_figure_plus_a_half_not_half_as_a_share(raw, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.raw) == ("=", Decimal(value), unit, raw)
    assert parse(f"≤{raw}").op == "<=" and parse(f"≤{raw}").value == Decimal(value)


@pytest.mark.parametrize("raw", ["半年", "半个月", "2023年半年"])
def test_half_a_period_or_a_year_before_half_stays_words(raw):
    assert not parse(raw).numeric


@pytest.mark.parametrize("raw", ["③级及以上", "③级", "3级", "3级以下"])
def test_a_whole_grade_in_ji_is_a_class_not_a_count(raw):
    # 518: the grade's direction is not written (养老机构 五级 is the top, Ⅲ类 water is worse than Ⅱ类)
    q = parse(raw)
    assert q.op == "qualitative" and q.value is None


@pytest.mark.parametrize("raw,op,value", [("≥3级", ">=", "3"), ("不低于3级", ">=", "3"), ("0.5级", "=", "0.5"),
                                          ("≥0.5等", ">=", "0.5"), ("33类", "=", "33")])
def test_a_grade_with_its_bound_written_or_a_change_in_grades_stays_a_figure(raw, op, value):
    q = parse(raw)
    assert (q.op, q.value) == (op, Decimal(value))


@pytest.mark.parametrize("target,actual,want", [("≥12级", "12级", ("=", Decimal(12), "级")),
                                                 ("不低于3级", "4 级", ("=", Decimal(4), "级")),
                                                 ("三级", "3级", ("qualitative", None, "")),
                                                 ("≥3级", "二级", ("qualitative", None, "")),
                                                 ("0.5级", "1级", ("qualitative", None, ""))])
def test_a_bare_grade_beside_a_bounded_target_in_ji_is_a_figure_on_its_scale(target, actual, want):
    # 909: 养殖设施抗风等级 ≥12级 | 12级: the target's bound says which way the grades run, so the result on the
    # same scale is a figure (read alone, 12级 is a class); a target without a bound written says nothing of it
    _t, a = in_words_pair(parse(target), parse(actual))
    assert (a.op, a.value, a.unit) == want


@pytest.mark.parametrize("raw,cleaned", [
    ("１２ ３４５.６ 万元", "12345.6万元"),        # full width, a space inside a number
    ("≧ 85 %", "≥85%"),
    ("1½小时", "1.5小时"),
    ("8\n8\n6", "8\n8\n6"),                      # a line break is no space inside a number
    ("1.5万\n元/公里", "1.5万元/公里"),
    ("100㎡", "100㎡"),                          # a unit symbol as written
])
def test_clean_reads_the_same_text_once(raw, cleaned):
    """clean is asked for the same cell text by every reader that weighs it: the second answer is the
    first one, not read again."""
    from jixiao.normalize.quantity import clean
    clean.cache_clear()
    assert clean(raw) == cleaned
    assert clean(raw) == cleaned and clean.cache_info().hits == 1


@pytest.mark.parametrize("raw, first, last, note", [
    ("2023年11月已完成", "2023-11-01", "2023-11-30", "已完成"),      # 569: a month, then 已完成
    ("2023年10月20日完工", "2023-10-20", "2023-10-20", "完工"),
    ("2023年9月下旬已竣工", "2023-09-21", "2023-09-30", "已竣工"),
    ("2024年2月底完成", "2024-02-21", "2024-02-29", "完成"),
    ("2023年6月上旬全部完成", "2023-06-01", "2023-06-10", "全部完成"),
    ("二〇二三年十一月已完成", "2023-11-01", "2023-11-30", "已完成"),
])
def test_a_date_then_a_completion_word_is_a_dated_completion(raw, first, last, note):
    """Issue 21 (569, 571): a date followed by a word of finishing is when the work was done, the
    span of days the date may mean, the word kept as the note (as 100%（已完成）)."""
    q = parse(raw)
    assert (q.op, q.value, q.date_from, q.date, q.note) == ("deadline", None, first, last, note)


def test_a_dated_completion_is_held_to_its_deadline_by_the_dates():
    from jixiao.normalize.quantity import deadline_kept
    target = parse("2023年11月底前")
    assert deadline_kept(target, parse("2023年11月已完成")) is True
    assert deadline_kept(target, parse("2023年12月已完成")) is False      # a month after: missed
    assert deadline_kept(parse("2023年11月15日前"), parse("2023年11月完成")) is None   # straddles it
    assert deadline_kept(target, parse("已完成")) is None                  # no date: the words decide
    assert parse("2023年2月30日完成").op != "deadline"                      # no such day


def test_a_bare_month_as_the_actual_is_held_to_its_deadline_by_the_dates():
    """fixval: 2023年12月 alone in the actual column is when the work was done, the month's days: met
    where the deadline is at or after its last day, missed where the deadline is before its first."""
    from jixiao.normalize.quantity import deadline_kept
    month = parse("2023年12月")
    assert (month.op, month.date_from, month.date) == ("deadline", "2023-12-01", "2023-12-31")
    assert deadline_kept(parse("2023年12月31日前"), month) is True
    assert deadline_kept(parse("2023年12月底前"), month) is True
    assert deadline_kept(parse("2023年11月30日前"), month) is False
    assert deadline_kept(parse("2023年12月15日前"), month) is None         # straddles it


@pytest.mark.parametrize("raw, value", [("零", 0), ("〇", 0), ("十二", 12), ("二十五", 25), ("两", 2), ("五", 5)])
def test_a_cell_wholly_a_chinese_numeral_is_its_number(raw, value):
    """Issue 21 (569): a target 零 for events that must not happen is = 0, the word kept as the note
    (as 零事故 is); 无 is a word, not a numeral, and stays none (573)."""
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.places, q.note) == ("=", Decimal(value), "", 0, raw)
    assert parse("无").value is None and parse("十十").op == "qualitative"
    assert [parse(x).value for x in ("一", "二", "三")] == [None, None, None]   # a scan's dashes (569.scan: — read 二)


@pytest.mark.parametrize("raw, op, value, unit", [
    ("3元5角/单", "=", "3.5", "元/单"),        # 610: an amount in 元 and 角 is one amount
    ("≤1元2角5分", "<=", "1.25", "元"),
    ("5000亩（以上）", ">=", "5000", "亩"),    # 615: the operator word in brackets after the unit
    ("80%（以下）", "<=", "80", "%"),
    ("≥90%（不含）", ">", "90", "%"),          # 不含: the bound itself is out
    ("≤2%（含）", "<=", "2", "%"),
])
def test_an_amount_in_yuan_and_jiao_and_an_operator_word_in_brackets_are_read_by_grammar(raw, op, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.raw) == (op, Decimal(value), unit, raw)


def test_3yuan_5fen_is_not_read_as_money_fen_may_be_a_score():
    assert not parse("3元5分").numeric


@pytest.mark.parametrize("raw, op, value, unit, note", [
    # 612: a bound on a 其中 part is a condition of the part, an aside; the figure the head
    ("≥3.2万人（其中失能老人≥800人）", ">=", "32000", "人", "其中失能老人≥800人"),
    # 612: a named figure in the figure's unit above it is the scale it is measured against
    ("96.5分（满分100分）", "=", "96.5", "分", "满分100分"),
    # 611: a plan's cumulative condition joined to the year's: the year's is the target
    ("2023-2025年累计≥6000户，年度≥2000户", ">=", "2000", "户", "2023-2025年累计≥6000户"),
    ("年度≥2000户；2023-2025年累计≥6000户", ">=", "2000", "户", "2023-2025年累计≥6000户"),
])
def test_an_aside_or_a_plans_condition_beside_the_figure_is_its_note(raw, op, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note, q.raw) == (op, Decimal(value), unit, note, raw)


def test_an_aside_that_may_be_the_value_stays_words():
    # a bare 其中 part, a figure above in a 含 part, a bracket of a bound alone: not asides
    for raw in ("1200人（其中女性300人）", "88.2公里（含改造124公里）", "≥90%（≥85%）", "3.3万人（4万人）"):
        assert not parse(raw).numeric, raw


@pytest.mark.parametrize("raw", ["提前15天完成", "比计划提前1个月完工", "提前十天"])
def test_a_deadline_met_early_is_a_deadline_its_words_the_note(raw):
    q = parse(raw)
    assert (q.op, q.value, q.date, q.note) == ("deadline", None, None, raw)


@pytest.mark.parametrize("raw, op, value, unit", [
    ("≤千分之0.9", "<=", "0.9", "‰"),          # 659: the rate word before the figure says its unit
    ("千分之0.3", "=", "0.3", "‰"),
    ("≤万分之5", "<=", "5", "‱"),              # 660
    ("万分之二", "=", "2", "‱"),               # in numeral words, as 百分之九十七 is
    ("不超过千分之三", "<=", "3", "‰"),
])
def test_a_rate_word_per_mille_or_per_ten_thousand_before_the_figure_is_its_unit(raw, op, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.raw) == (op, Decimal(value), unit, raw)


def test_a_scale_word_after_a_numeral_before_fen_zhi_is_another_fraction_and_stays_words():
    assert not parse("十万分之一").numeric     # one in a hundred thousand, not 十 and 1‱


@pytest.mark.parametrize("raw, low, high, unit, note", [
    ("约1.2-1.5万人", "12000", "15000", "人", "约"),     # 658
    ("大约10～15人", "10", "15", "人", "大约"),
    ("约为3至5天", "3", "5", "天", "约为"),
])
def test_a_range_said_to_be_about_is_the_range_the_word_its_note(raw, low, high, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.high, q.unit, q.note, q.raw) == ("range", Decimal(low), Decimal(high), unit, note, raw)


def test_near_before_a_range_is_not_read_as_about():
    assert not parse("近3-5年").numeric      # the last three to five years as often as about


@pytest.mark.parametrize("raw, op, value, unit, note", [
    # 661, 662: the bracket names the period the words compare with before its figure
    ("不超过上年水平（上年2.6万元/户）", "<=", "26000", "元/户", "不超过上年水平"),
    ("不低于上年（上年1.82万吨）", ">=", "18200", "吨", "不低于上年"),
    ("不低于上年（上年为96.5%）", ">=", "96.5", "%", "不低于上年"),
])
def test_words_with_their_bases_figure_in_brackets_are_that_figure_the_words_the_note(raw, op, value, unit, note):
    from jixiao.normalize.quantity import worded_figure
    q = worded_figure(parse(raw))
    assert (q.op, q.value, q.unit, q.note, q.raw) == (op, Decimal(value), unit, note, raw)


@pytest.mark.parametrize("raw", [
    "不低于上年（2022年96.5%）",     # another period than the words name: which figure is meant?
    "较上年增长（上年5%）",          # a change against the base's level: not the level
    "高于全省平均（上年5%）",
])
def test_a_bases_figure_the_words_do_not_compare_with_stays_words(raw):
    from jixiao.normalize.quantity import worded_figure
    assert not worded_figure(parse(raw)).numeric


@pytest.mark.parametrize("raw, op, value, unit, note", [
    # issue 21: a named year is the period compared with, not the figure; the figure is the bracket's
    ("不低于2022年（2022年96.5%）", ">=", "96.5", "%", "不低于2022年"),
    ("不超过2021年度水平（2021年度3.2天）", "<=", "3.2", "天", "不超过2021年度水平"),
    ("高于2022年(96.5%)", ">", "96.5", "%", "高于2022年"),
    # the same with a symbol for the operator word
    ("≥2022年水平（2022年96.5%）", ">=", "96.5", "%", "≥2022年水平"),
    ("≤2023年同期（2.5万元）", "<=", "25000", "元", "≤2023年同期"),
])
def test_a_level_compared_with_a_named_year_is_the_figure_in_brackets(raw, op, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note, q.raw) == (op, Decimal(value), unit, note, raw)


@pytest.mark.parametrize("raw", [
    "不低于2022年", "高于2022年水平", "不低于2022年同期水平",   # no figure given: the year is no figure
    "不低于2022年（说明）",
    "不低于2022年（2023年96.5%）",     # another period than the words name: which figure is meant?
    "≤2023年同期", "≥2022年水平", "≥2022年",   # a symbol for the word: the year is still a period, not 2022 years
])
def test_a_level_compared_with_a_named_year_without_its_figure_stays_words(raw):
    q = parse(raw)
    assert not q.numeric and q.op == "qualitative"


@pytest.mark.parametrize("raw, op, value", [("≥3年", ">=", "3"), ("不少于3年", ">=", "3"), ("不低于5年", ">=", "5"),
                                            ("3年", "=", "3")])
def test_a_count_of_years_still_reads(raw, op, value):
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (op, Decimal(value), "年")


@pytest.mark.parametrize("target, actual, t_note, a_value", [
    ("较上年增产≥2%", "+2.6%", "较上年增产", "2.6"),          # 662: 增 and what grows is a rise
    ("同比减排不少于3%", "同比减排4.1%", "同比减排", "4.1"),    # 减 and what shrinks is a fall
    ("较上年增产≥2%", "较上年减产1%", "较上年增产", "-1"),     # a fall against a rise to reach
])
def test_zeng_or_jian_and_what_changes_is_a_verb_of_change(target, actual, t_note, a_value):
    from jixiao.normalize.quantity import change_pair
    t, a = change_pair(parse(target), parse(actual))
    assert (t.op, t.note, a.value) == (">=", t_note, Decimal(a_value))


def test_a_signed_result_against_a_target_on_a_fall_named_by_jian_counts_the_fall():
    from jixiao.normalize.quantity import change_pair, in_target_sense
    t, a = change_pair(parse("同比减排不少于3%"), parse("-4.1%"))
    assert in_target_sense(t, a).value == Decimal("4.1")


@pytest.mark.parametrize("target", ["≥95%（其中困难户减免）", "≥5%（资金减半）", "≥2万元（含税费减免）"])
def test_a_verb_of_change_in_a_note_about_something_else_leaves_the_result_as_written(target):
    """A note that ends with a verb of change (减免, 减半) is about something else, not a target on the
    indicator's own fall: a signed result is compared as written."""
    from jixiao.normalize.quantity import in_target_sense
    assert in_target_sense(parse(target), parse("-4.1" + parse(target).unit)).value == Decimal("-4.1")


@pytest.mark.parametrize("target, actual, kept", [
    ("2023年11月30日前", "11月20日", True),        # a day without its year: the report's year
    ("2023年11月30日前", "12月20日", False),
    ("2023年11月30日前", "2023年11月20日", True),   # a day with its year
    ("2023年11月30日前", "2023年12月5日", False),
    ("2024年前", "2023年", True),                   # a year alone: its days
    ("2022年底前", "2023年", False),
    ("2023年6月30日前", "2023年", None),            # the year straddles the deadline: the dates do not say
])
def test_a_bare_day_or_year_as_the_actual_is_held_to_its_deadline_by_the_dates(target, actual, kept):
    from jixiao.normalize.quantity import dated_in_year, deadline_kept
    t = parse(target)
    assert deadline_kept(t, dated_in_year(t, parse(actual), 2023)) is kept


@pytest.mark.parametrize("raw, date", [
    ("23年11月底前", "2023-11-30"),     # 660: the year in two digits, a month after it
    ("23年11月20日", "2023-11-20"),
])
def test_a_date_with_its_year_in_two_digits_is_this_centurys_date_and_says_so(raw, date):
    q = parse(raw)
    assert (q.op, q.date) == ("deadline", date) and "按2023年读取" in q.note


def test_two_digits_and_nian_without_a_month_or_with_a_counted_month_are_no_date():
    assert parse("23年").op == "=" and parse("5年11个月").op != "deadline"
    assert parse("23年13月底前").op != "deadline"


@pytest.mark.parametrize("raw, op, value, unit", [
    ("≥1万2千亩", ">=", 12000, "亩"),       # 694: digits with place words
    ("1万2千6百亩", "=", 12600, "亩"),
    ("3万5千人次", "=", 35000, "人次"),
    ("不低于四分之三", ">=", 75, "%"),       # 694: a fraction in words is a share, as 成 is
    ("≥五分之一", ">=", 20, "%"),
    ("八分之一", "=", Decimal("12.5"), "%"),
    ("95%以上（含95%）", ">=", 95, "%"),     # 699: the bound's own figure said to be in
    ("90%以下（含90%）", "<=", 90, "%"),
])
def test_figures_in_place_and_fraction_words_and_a_bound_that_says_it_is_in_read_as_figures(raw, op, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (op, value, unit)


@pytest.mark.parametrize("raw", ["三分之一", "1万2", "3千5"])   # 1万2: 12000 or 10002? no place says
def test_a_fraction_without_a_finite_decimal_or_a_digit_without_its_place_stay_words(raw):
    assert parse(raw).op == "qualitative"


@pytest.mark.parametrize("raw, value, unit, tolerance", [
    ("1千2百万元", 12000000, "元", 500000),          # fixval: sections before 万, precision to the million
    ("≥1亿2千万元", 120000000, "元", 5000000),
    ("1万零5百人", 10500, "人", 50),                  # 零 where a place is skipped
    ("3万5千人次", 35000, "人次", 500),               # to the thousand as written, not an exact count
    ("2万3千4百5十元", 23450, "元", 5),
    ("三万五千人次", 35000, "人次", Decimal("0.5")),  # the same in numeral words
])
def test_digits_with_place_words_read_by_a_grammar_to_the_place_of_their_last_digit(raw, value, unit, tolerance):
    q = parse(raw)
    assert (q.value, q.unit, q.tolerance) == (value, unit, tolerance)


def test_digits_with_place_words_below_wan_keep_their_unit():
    """fixval: 3千5百米 is 3500米 (3.5千米 would be a distance in 千米), 1.2千米 a distance."""
    assert [(q.value, q.unit) for q in map(parse, ("3千5百米", "1.2千米", "1千2百万元"))] == \
        [(3500, "米"), (Decimal("1.2"), "千米"), (12000000, "元")]


@pytest.mark.parametrize("raw, date, note", [
    ("不晚于2023年", "2023-12-31", "不晚于"),           # fixval: a time compared with a date, by its last day
    ("不迟于2023年11月", "2023-11-30", "不迟于"),
    ("早于2024年6月30日", "2024-06-29", "早于"),        # before the day: the day before it
])
def test_a_time_bounded_by_a_date_is_a_deadline(raw, date, note):
    q = parse(raw)
    assert (q.op, q.date, q.note) == ("deadline", date, note)
    assert parse("晚于2023年").op != "deadline"           # later than: a start, no deadline


@pytest.mark.parametrize("raw, date", [
    ("12月底前完工", None),                  # fixval: one completion grammar after every date form
    ("每季度末前竣工", None),
    ("2023年第四季度完工", "2023-12-31"),
    ("2023年9月中旬前完成", "2023-09-20"),
])
def test_a_deadline_ending_in_any_word_of_completion_is_a_deadline(raw, date):
    q = parse(raw)
    assert (q.op, q.date) == ("deadline", date)


def test_a_day_without_its_year_done_in_any_word_of_completion_is_dated_in_the_report_s_year():
    from jixiao.normalize.quantity import dated_in_year
    assert dated_in_year(parse("2023年6月底前"), parse("5月26日竣工"), 2023).date == "2023-05-26"


@pytest.mark.parametrize("target, actual, kept", [
    ("≤2023年", "2023年11月完成", True),                 # fixval: a bare year under a bound beside a dated result
    ("不超过2023年", "2024年3月完成", False),
    ("<2024年", "2023年12月完成", True),
])
def test_a_bound_on_a_bare_year_beside_a_dated_result_is_a_deadline(target, actual, kept):
    from jixiao.normalize.quantity import deadline_kept, year_bound
    t, a = parse(target), parse(actual)
    assert deadline_kept(year_bound(t, a), a) is kept


@pytest.mark.parametrize("target, actual", [("≤2023年同期", "2023年11月完成"), ("≥2023年", "2023年11月完成"),
                                            ("≤2023年", "95%")])
def test_a_named_year_s_level_or_a_year_beside_no_date_is_no_deadline(target, actual):
    from jixiao.normalize.quantity import year_bound
    assert year_bound(parse(target), parse(actual)).op == "qualitative"


@pytest.mark.parametrize("raw, op, value, unit, note", [
    ("缩短至5个工作日", "<=", 5, "个工作日", "缩短至"),   # fixval: the change verbs' grammar, not a list of its own
    ("下滑至5%", "<=", 5, "%", "下滑至"),
    ("减排至100吨", "<=", 100, "吨", "减排至"),         # 减 and what shrinks: the morpheme grammar
    ("增至120户", ">=", 120, "户", "增至"),
    ("降至8‰", "<=", 8, "‰", "降至"),                   # a fall to reach is met at the level or below
    ("提高到95%", ">=", 95, "%", "提高到"),
    ("压减至300万元", "<=", 3000000, "元", "压减至"),  # fixraw7: the way it is done, then the fall's morpheme
    ("削减到10个", "<=", 10, "个", "削减到"),
    ("攀升至95%", ">=", 95, "%", "攀升至"),
    ("扩大到100亩", ">=", 100, "亩", "扩大到"),          # lead (session 28): a verb-result compound, its result
    ("压缩至3天", "<=", 3, "天", "压缩至"),              # morpheme says the way (大 / 长 up, 小 / 缩 / 短 down)
    ("缩小到5%", "<=", 5, "%", "缩小到"),
    ("延长至12个月", ">=", 12, "个月", "延长至"),
])
def test_the_level_a_change_reaches_is_a_bound_in_the_verbs_direction(raw, op, value, unit, note):
    from jixiao.normalize.quantity import reached_sense
    q = reached_sense(parse(raw))
    assert (q.op, q.value, q.unit, q.note) == (op, value, unit, note)
    assert parse(raw).op == "="    # a result read so is the level it reached


@pytest.mark.parametrize("target, actual, score, flagged", [
    ("≤2023年", "2024年3月完成", "40", "JX401"),    # fixval: the deadline missed, full marks
    ("降至8‰", "6‰", "40", None),                   # reached and below: met, full marks
    ("缩短至5个工作日", "4个工作日", "30", "JX404"),  # met, points lost
])
def test_a_table_reads_a_year_deadline_and_a_level_reached_in_its_sense(target, actual, score, flagged):
    from tests.test_rules import codes, report
    rows = [("产出指标", "时效指标", "办结时间", target, actual, "40", score, ""),
            ("效益指标", "社会效益指标", "参保率", "≥95%", "96%", "30", "30", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "20", "")]
    got = codes(report(rows=rows, total=str(60 + int(score))))
    assert (flagged in got) if flagged else not {"JX401", "JX402", "JX404"} & set(got)


@pytest.mark.parametrize("raw, date, note", [
    ("2023年上半年", "2023-06-30", "上半年"),       # 694
    ("2023年下半年", "2023-12-31", "下半年"),
    ("2023年9月中旬前", "2023-09-20", "中旬"),      # 697
    ("次年3月底前", None, "截止时间为次年，未写年份"),   # 699
])
def test_a_part_of_a_year_or_month_or_a_time_next_year_is_a_deadline(raw, date, note):
    q = parse(raw)
    assert (q.op, q.date, q.note) == ("deadline", date, note)


@pytest.mark.parametrize("target, actual, t, a", [
    ("较上年增长两成以上", "增长23.5%", 20, Decimal("23.5")),    # 694: tenths in words as the change
    ("较上年减少三成以上", "减少32.4%", 30, Decimal("32.4")),    # 699
])
def test_a_change_written_in_tenths_is_a_change_in_percent(target, actual, t, a):
    from jixiao.normalize.quantity import change_pair
    tq, aq = change_pair(parse(target), parse(actual))
    assert (tq.op, tq.value, tq.unit, aq.value, aq.unit) == (">=", t, "%", a, "%")


def test_a_fraction_against_a_result_in_percent_is_read_in_percent_where_it_ends():
    """698: ≥1/4 against 28.6%: the share in the result's unit (25%); 2/3 has no finite percent."""
    t, _ = ratio_pair(ratio(parse("≥1/4")), parse("28.6%"))
    assert (t.op, t.value, t.unit) == (">=", 25, "%")
    t, _ = ratio_pair(ratio(parse("≥2/3")), parse("68%"))
    assert t.unit == ""


@pytest.mark.parametrize("raw, op, value, unit, note", [
    ("全州前3位", "<=", 3, "位", "全州前"),           # 696: a rank, 前 N the N-th place or better
    ("全州第2位", "=", 2, "位", "全州第"),
    ("前10名以内", "<=", 10, "名", "前"),
    ("降至8‰以下", "<=", 8, "‰", "降至"),             # 696: the level a fall reaches, not the fall
    ("提高到95%", "=", 95, "%", "提高到"),
    ("≥4.5分（5分制）", ">=", Decimal("4.5"), "分", "5分制"),   # 697: the scale a score is out of
])
def test_a_rank_a_level_reached_and_a_scores_scale_read_as_figures(raw, op, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == (op, value, unit, note)


def test_a_scale_below_the_score_is_no_aside():
    assert parse("≥4.5分（3分制）").op == "qualitative"


def test_a_level_not_reached_is_no_bound():
    """fixraw7: 未降至 says the level was not reached: no level read (the reach grammar takes no negation)."""
    assert parse("未降至5%").op == "qualitative"


@pytest.mark.parametrize("raw, value, places, tolerance", [
    ("一亿二千万元", 120000000, 1, 5000000),       # fixraw7: the 万 is the last section's place (1.2亿元)
    ("≥一亿零五百万元", 105000000, 2, 500000),   # cn2an reads 一亿零五百 alone: the 万 is still its place
    ("一千二百万元", 12000000, 0, 5000),          # one section: the scale word after it, as before
])
def test_a_numeral_in_words_ending_in_a_section_before_wan_is_read_to_its_last_digit(raw, value, places, tolerance):
    q = parse(raw)
    assert (q.value, q.unit, q.places, q.tolerance) == (value, "元", places, tolerance)


@pytest.mark.parametrize("raw, value, unit", [
    ("五辆", 5, "辆"), ("两座", 2, "座"), ("三只", 3, "只"), ("十二盏", 12, "盏"),   # fixraw7: any unit the grammar knows
    ("八百五十场次", 850, "场次"),          # a counter's times, read as after digits (native 194)
    ("一部分", None, ""), ("六安市", None, ""), ("一把手", None, ""), ("一次性", None, ""),   # words, by the segmenter
])
def test_a_numeral_in_words_is_a_figure_where_a_unit_ending_a_word_follows_it(raw, value, unit):
    q = parse(raw)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("raw, op, value, high, unit", [
    ("300人—500人", "range", 300, 500, "人"),     # 780: a dash between the ends, the unit at both
    ("300——500人", "range", 300, 500, "人"),
    ("5–8天", "range", 5, 8, "天"),
    ("在95%以上", ">=", 95, None, "%"),           # 781: 在 says where the figure stands
    ("保持在98%以上", ">=", 98, None, "%"),
    ("二十个工作日内", "<=", 20, None, "个工作日"),   # 782: 内 ends the unit, though the segmenter joins 日内
    ("三个月以内", "<=", 3, None, "个月"),
])
def test_value_forms_of_the_final_estimate(raw, op, value, high, unit):
    q = parse(raw)
    assert (q.op, q.value, q.high, q.unit) == (op, value, high, unit)


@pytest.mark.parametrize("raw, value, unit, note", [
    ("由15.2%降至9.8%", Decimal("9.8"), "%", "由15.2%降至"),      # 779: the level reached, where it came from noted
    ("由3.2天缩短至2.5天", Decimal("2.5"), "天", "由3.2天缩短至"),  # 782
    ("从60%提高到75%", 75, "%", "从60%提高到"),
])
def test_a_level_reached_from_a_level_written_before(raw, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == ("=", value, unit, note)


def test_a_level_reached_against_its_verb_is_no_level():
    # a fall from below, or a start in another unit: the cell says something else; left as words
    assert parse("由5%降至9%").op == parse("由15人降至9.8%").op == "qualitative"


@pytest.mark.parametrize("raw, date", [
    ("2023年11月份", "2023-11-30"),          # 779: 份 after the month
    ("2023年国庆节前", "2023-09-30"),        # 780: a holiday of a fixed date, the day before it
    ("2024年元旦前完成", "2023-12-31"),
    ("2024年春节前", None),                  # 783: a lunar holiday moves with the year: no date
])
def test_a_deadline_by_a_month_or_a_holiday(raw, date):
    q = parse(raw)
    assert (q.op, q.date) == ("deadline", date)


@pytest.mark.parametrize("raw, op, value, unit, note", [
    ("95.3%，其中农牧民96.1%", "=", Decimal("95.3"), "%", "其中农牧民96.1%"),            # 820: a clause after a comma
    ("≥98%，不合格产品100%下架", ">=", 98, "%", "不合格产品100%下架"),                  # 822: a subject of its own
    ("98.9%，不合格产品已全部下架", "=", Decimal("98.9"), "%", "不合格产品已全部下架"),
    ("≥98%或较上年提高1个百分点", ">=", 98, "%", "或较上年提高1个百分点"),              # 820: an alternative
    ("≥3类：玩教具、图书、保育设备", ">=", 3, "类", "玩教具、图书、保育设备"),           # 821: what it lists
])
def test_a_figure_then_a_clause_remarking_on_it(raw, op, value, unit, note):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.note) == (op, value, unit, note)


@pytest.mark.parametrize("raw", ["100%，达到100%", "≥90%，不低于95%", "8，6"])
def test_a_clause_restating_a_figure_leaves_the_cell_words(raw):
    # the clause's figure has no subject of its own: which figure is the value is not said
    assert parse(raw).op == "qualitative"


@pytest.mark.parametrize("target, actual, note, op, value, unit", [
    ("昼间≤60dB(A)", "昼间56.4dB(A)", "昼间", "<=", Decimal("56.4"), "dB(A)"),   # 822
    ("提前量≥30分钟", "提前量42分钟", "提前量", ">=", 42, "分钟"),                  # 824
    ("Ra≥90", "Ra95", "Ra", ">=", 95, ""),                                         # 883: a Latin symbol
])
def test_a_result_repeating_the_name_its_target_was_typed_after(target, actual, note, op, value, unit):
    t, a = in_words_pair(parse(target), parse(actual))
    assert (t.op, t.unit, t.note) == (op, unit, note)
    assert (a.op, a.value, a.unit, a.note) == ("=", value, unit, note)


@pytest.mark.parametrize("raw, op, value, unit, places", [
    ("≤1×10⁴CFU/g", "<=", 10000, "CFU/g", 0), ("3.2×10³CFU/g", "=", 3200, "CFU/g", 1),   # 881
    ("≤1×10^4CFU/g", "<=", 10000, "CFU/g", 0),    # the scan's caret
    ("2×10⁻³", "=", Decimal("0.002"), "", 0),
])
def test_a_figure_times_a_power_of_ten(raw, op, value, unit, places):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.places) == (op, value, unit, places)
    assert q.tolerance == Decimal("0.5") * Decimal(10) ** -places * q.scale   # the mantissa's precision


def test_the_year_written_again_before_its_end_is_a_deadline():
    q = parse("2023年年底前")    # 880, as 2023年底前
    assert (q.op, q.date) == ("deadline", "2023-12-31")


def test_a_latin_symbol_before_a_bound_is_its_note():
    q = parse("COD≤50mg/L")
    assert (q.op, q.value, q.unit, q.note) == ("<=", 50, "mg/L", "COD")


def test_a_result_naming_something_else_than_its_target_stays_words():
    t, a = in_words_pair(parse("提前量≥30分钟"), parse("时长42分钟"))
    assert a.op == "qualitative"


def test_a_latin_unit_keeps_its_bracketed_weighting():
    assert (parse("≤60dB(A)").unit, parse("55dB（C）").unit) == ("dB(A)", "dB(C)")


@pytest.mark.parametrize("raw, value, unit", [("1小时25分钟", 85, "分钟"), ("≤2小时30分", 150, "分钟"),
                                              ("1年6个月", 18, "个月"), ("2天6小时", 54, "小时")])
def test_a_duration_in_two_units_is_one_in_the_smaller(raw, value, unit):
    q = parse(raw)   # 823: 1小时25分钟 as 85分钟, as a figure in the smaller unit would be written
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("raw", ["1小时75分钟", "2023年6个月"])
def test_no_duration_where_the_smaller_part_overflows_or_the_first_is_a_year(raw):
    assert parse(raw).op == "qualitative"


def test_a_range_between_words_joined_by_and():
    q = parse("介于85%与93%之间")   # 823
    assert (q.op, q.value, q.high, q.unit) == ("range", 85, 93, "%")


@pytest.mark.parametrize("raw, date, date_from", [
    ("2023年7月1日至8月25日", "2023-08-25", "2023-07-01"),        # 821: a window of days
    ("2023年7月3日-2023年8月22日", "2023-08-22", "2023-07-03"),
    ("2023年7月3日至22日", "2023-07-22", "2023-07-03"),
])
def test_a_span_of_days_is_a_deadline_by_its_last_day(raw, date, date_from):
    q = parse(raw)
    assert (q.op, q.date, q.date_from) == ("deadline", date, date_from)


def test_a_daily_clock_time_without_qian_is_a_deadline_but_a_bare_one_is_not():
    assert parse("每日16:30").op == "deadline"   # 824: the hour it was done each day
    assert parse("16:30").op == "qualitative"


def test_a_degree_sign_before_celsius_is_the_symbols_own():
    """A scan's OCR writes ℃ with a stray degree sign (825.scan: 5.1°℃): the parsed unit is ℃, the raw
    text stays as the page shows it; a full-width slash in a compound unit (841.scan: 元／月) reads as /."""
    got = [(q.op, q.value, q.unit, q.raw) for q in map(parse_cell, ("≥25°℃", "2～8°℃", "-18°℃以下"))]
    assert got == [(">=", 25, "℃", "≥25°℃"), ("range", 2, "℃", "2～8°℃"), ("<=", -18, "℃", "-18°℃以下")]
    q = parse_cell("≤800元／月")
    assert (q.value, q.unit, q.raw) == (800, "元/月", "≤800元／月")


def test_a_bracket_saying_how_the_figure_was_worked_out_is_its_note():
    """考核得分 95.8（=100−扣分合计） (891): a bracket opening with = shows the computation, an aside; the figure
    stands. A bracket of figures without the = stays words."""
    q = parse("95.8（=100−扣分合计）")
    assert (q.op, q.value, q.note) == ("=", Decimal("95.8"), "=100−扣分合计")
    assert not parse("95.8（100−4.2）").numeric


@pytest.mark.parametrize("target, actual, date", [
    ("12.20前", "12.16", "2023-12-16"),      # 953: a month and day as a figure of two places, no year
    ("3.15之前完成", "3.08", "2023-03-08"),
])
def test_a_month_and_day_written_as_a_figure_before_qian_is_a_deadline_and_its_result_a_date(target, actual, date):
    from jixiao.normalize.quantity import dated_in_year
    t = parse(target)
    assert (t.op, t.value, t.unit) == ("deadline", None, "")
    a = dated_in_year(t, parse(actual), 2023)
    assert (a.op, a.date) == ("deadline", date)


@pytest.mark.parametrize("raw", ["12.2前", "13.20前", "2.30前"])   # one place names no day; no 13th month, no 30 Feb
def test_a_figure_that_names_no_month_and_day_before_qian_is_no_deadline(raw):
    assert parse(raw).op != "deadline"


def test_a_bare_figure_of_two_places_is_a_date_only_beside_a_deadline():
    from jixiao.normalize.quantity import dated_in_year
    assert dated_in_year(parse("≥95%"), parse("12.16"), 2023).op == "="
    assert dated_in_year(parse("12.20前"), parse("12.5"), 2023).op == "="


@pytest.mark.parametrize("raw, op, value, unit", [
    ("半小时内", "<=", "0.5", "小时"),        # 952: 半 the numeral of a time, as 两 is in 两周内
    ("半年内", "<=", "0.5", "年"),            # 956
    ("不超过半个月", "<=", "0.5", "个月"),
])
def test_half_before_a_unit_of_time_is_its_numeral(raw, op, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (op, Decimal(value), unit)


@pytest.mark.parametrize("raw", ["上半年", "每半年", "半年度"])   # a part of the year, a period, a word
def test_half_inside_a_word_of_time_is_no_figure(raw):
    assert not parse(raw).numeric


@pytest.mark.parametrize("raw, op, value, unit", [
    ("≤15/10万", "<=", "15", "/10万"),           # 952: a rate per a round base, the unit opening with it
    ("0/10万", "=", "0", "/10万"),
    ("2例/1000人", "=", "2", "例/1000人"),
    ("≥60L/(人·d)", ">=", "60", "L/(人·d)"),     # 954: a bracketed denominator of parts joined by ·
    ("不低于20年一遇", ">=", "20", "年一遇"),     # 954: once in so many periods
    ("3年一次", "=", "3", "年一次"),
])
def test_a_unit_is_whatever_follows_the_figure_a_per_base_a_bracketed_denominator_or_once_in_periods(raw, op, value,
                                                                                                      unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (op, Decimal(value), unit)


@pytest.mark.parametrize("raw", ["1/100", "3/10", "3/5项"])   # a fraction: no base of a rate, no unit
def test_a_bare_fraction_is_no_rate_per_base(raw):
    assert not parse(raw).numeric


def test_a_day_the_report_s_year_lacks_is_no_date_of_it():
    from jixiao.normalize.quantity import dated_in_year
    assert dated_in_year(parse("2023年3月底前"), parse("2月29日"), 2023).op != "deadline"   # 2023 has no 29 Feb
    assert dated_in_year(parse("2024年3月底前"), parse("2.29"), 2024).date == "2024-02-29"


@pytest.mark.parametrize("raw, op, value, unit", [
    ("60日历天内", "<=", "60", "日历天"),        # 994: a word before a known unit qualifies it, 内 its deadline
    ("52日历天", "=", "52", "日历天"),
])
def test_words_before_a_known_unit_make_one_unit(raw, op, value, unit):
    q = parse(raw)
    assert (q.op, q.value, q.unit) == (op, Decimal(value), unit)


def test_the_same_words_after_both_figures_are_the_row_s_unit():
    from jixiao.normalize.quantity import shared_unit_pair
    t, a = shared_unit_pair(parse("不低于7度设防"), parse("7度设防"))   # 998
    assert [(q.op, q.value, q.unit, q.raw) for q in (t, a)] == [(">=", Decimal(7), "度设防", "不低于7度设防"),
                                                                ("=", Decimal(7), "度设防", "7度设防")]
    # words after money say what it pays for; words after one figure only may be a clause on it
    assert not any(q.numeric for q in shared_unit_pair(parse("5万元补助"), parse("4万元补助")))
    assert not shared_unit_pair(parse("不低于7度设防"), parse("7度抗震"))[0].numeric
    assert not shared_unit_pair(parse("≥95%合格"), parse("98%合格"))[0].numeric


def test_a_deadline_whose_year_the_template_left_unfilled():
    """1077 (planted blind): 20XX年12月31日前, the template's year left: a deadline with no date, its note
    saying so (not text); a year alone left so (20XX年) names no deadline."""
    q = parse("20XX年12月31日前")
    assert (q.op, q.date, q.note) == ("deadline", None, "截止时间的年份未填写（20XX年）")
    assert parse("20××年6月底前").op == "deadline"
    assert parse("20XX年").op != "deadline"


@pytest.mark.parametrize("cell, pair", [
    ("健全／健全", ("健全", "健全")),
    ("有效 / 基本有效", ("有效", "基本有效")),
    ("≥90%／95%", None),            # figures: split_pair's
    ("健全/完善/有效", None),        # several slashes: no one pair
    ("健全", None),
])
def test_two_words_at_one_slash_are_a_word_pair(cell, pair):
    from jixiao.normalize.quantity import split_word_pair
    assert split_word_pair(cell) == pair


def test_reads_as_unit_is_the_unit_grammar_not_a_list():
    from jixiao.normalize.quantity import reads_as_unit
    # SI letters (prefix + symbol + power), compounds joined by / · * 每, symbols, known and scaled words
    for unit in ("hm", "hm2", "kWh", "mg/L", "元/人·年", "元/人*年", "㎡", "‰", "万人次", "千克"):
        assert reads_as_unit(unit), unit
    # one keystroke off a unit, or words that are no unit
    for unit in ("hmm", "kWhh", "公理", "元/", ""):
        assert not reads_as_unit(unit), unit



def test_a_completion_rate_follows_a_result_whose_scale_word_was_dropped():
    """1.08人次 against ≥1万人次 with 完成率 108.0%: the rate is the result meant (1.08万人次) over the
    target, as the missed-target test reads the row (JX801 names the dropped 万); a rate worked on the
    figure as written, or a wrong one, still disagrees."""
    from jixiao.normalize.quantity import completion_agrees
    target, actual = parse("≥1万人次"), parse("1.08人次")
    assert completion_agrees(target, actual, parse("108.0%"))
    assert not completion_agrees(target, actual, parse("110.0%"))
    assert completion_agrees(parse("≥1万人次"), parse("10800人次"), parse("108.0%"))


def test_a_units_glyphs_are_kept_as_written_and_compared_by_their_nfkc_form():
    # ㎡ / m² / m2, ㎞ / km, ℃ / °C: one unit each for the checks (unit_key), each kept as written (unit).
    units = {s: parse(s).unit for s in ("25.29㎡", "25.29m²", "25.29m2", "5㎞", "5km", "20℃", "20°C")}
    assert units == {"25.29㎡": "㎡", "25.29m²": "m²", "25.29m2": "m2", "5㎞": "㎞", "5km": "km", "20℃": "℃",
                     "20°C": "°C"}
    keys = {s: parse(s).unit_key for s in units}
    assert keys["25.29㎡"] == keys["25.29m²"] == keys["25.29m2"] == "m2"
    assert keys["5㎞"] == keys["5km"] == "km" and keys["20℃"] == keys["20°C"]
    assert parse("≥95%").unit_key == "%" and parse("3个").unit_key == "个"


def test_a_dash_between_a_figure_and_a_smaller_one_joins_no_range():
    """A range runs up from its low end: 469023-0017 (a project's code) and 10-5人 are no range; 5-10 is."""
    assert parse("469023-0017").op != "range" and parse("10-5人").op != "range"
    q = parse("5-10")
    assert q.op == "range" and (q.value, q.high) == (5, 10)
    assert parse("2023-07").op != "range" and parse("10至5人").op != "range" and parse("95%～90%").op != "range"
    assert parse("5-5").op == "range" and parse("0-5").op == "range"
    q = parse("5000至1.2万元")      # the bare end in base units: 5000元 up to 1.2万元, a range still
    assert q.op == "range" and (q.value, q.high) == (5000, 12000)


def test_a_date_in_digits_keeps_one_separator_throughout():
    """2023-12-31, 2023.12.31前 and 2023/6/30 are dates; a dash then a decimal point is none (1000-1.2万元 is money from
    1000元 to 1.2万元, not the year 1000; 1018.5/10 a figure over another, not 1018-05-10)."""
    assert parse("2023.12.31前").date == "2023-12-31" and parse("2023/6/30").date == "2023-06-30"
    assert parse("2023-12-31").date == "2023-12-31"
    q = parse("1000-1.2万元")
    assert q.op == "range" and (q.value, q.high) == (1000, 12000)
    assert parse("1018.5/10").op != "deadline"


def test_a_counters_times_is_one_unit_in_a_sentence():
    """1799 (s289): 活动36.5场次 ends at 场次, not at 场 before 次 (a counter's times, by grammar: 期次, 项次 too)."""
    from jixiao.normalize.quantity import figure_end
    for text, unit in (("活动36.5场次。", "场次"), ("培训12期次，", "期次"), ("检查8项次。", "项次")):
        at = text.index(next(ch for ch in text if ch.isdigit()))
        num_end = at
        while num_end < len(text) and (text[num_end].isdigit() or text[num_end] == "."):
            num_end += 1
        assert text[num_end:figure_end(text, num_end)] == unit
