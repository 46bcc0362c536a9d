"""Units by grammar (issue 21, item 1): any unit after any operator form reads as a figure.

The units are the Chinese legal units of measurement (法定计量单位, GB 3100-1993 / GB 3102) by
their Chinese names and their symbols, and the measure words the reports count with. None of
them needs to be in a list in the parser: a unit the parser does not know is kept as written.
"""
from decimal import Decimal

import pytest

from jixiao.normalize.quantity import parse, unit_ends_word

# GB 3100 SI base and derived units, units with special names, and the non-SI units the
# standard admits (GB 3100 table 6), by Chinese name and by symbol.
GB3100_NAMES = [
    "米", "千米", "分米", "厘米", "毫米", "微米", "纳米", "海里", "平方米", "平方千米", "平方公里", "平方厘米",
    "公顷", "亩", "立方米", "立方厘米", "升", "毫升", "千克", "公斤", "克", "毫克", "微克", "吨", "秒", "毫秒",
    "分钟", "小时", "天", "日", "周", "月", "年", "赫兹", "牛顿", "帕斯卡", "帕", "千帕", "兆帕", "焦耳", "千焦",
    "瓦", "瓦特", "千瓦", "兆瓦", "千瓦时", "度", "伏", "伏特", "千伏", "安", "安培", "毫安", "欧姆", "库仑",
    "法拉", "韦伯", "特斯拉", "亨利", "摄氏度", "开尔文", "流明", "勒克斯", "贝可", "戈瑞", "希沃特",
    "摩尔", "坎德拉", "分贝", "节", "转每分", "电子伏", "特克斯", "千安", "毫伏", "兆瓦时", "千赫", "兆焦",
]
GB3100_SYMBOLS = [
    "m", "km", "cm", "mm", "μm", "nm", "m²", "㎡", "km²", "m³", "㎥", "L", "mL", "kg", "g", "mg", "t", "s",
    "min", "h", "d", "Hz", "N", "Pa", "kPa", "MPa", "J", "kJ", "W", "kW", "MW", "kWh", "kW·h", "V", "kV",
    "A", "mA", "Ω", "℃", "K", "lm", "lx", "Bq", "Gy", "Sv", "mol", "cd", "dB", "r/min", "km/h", "m/s",
    "mg/L", "t/d", "TB", "GB",
]
MEASURE_WORDS = [
    "个", "人", "人次", "户", "户次", "家", "所", "座", "台", "台次", "套", "辆", "条", "项", "次", "场", "期",
    "批", "本", "册", "份", "件", "篇", "盏", "株", "棵", "头", "只", "匹", "口", "间", "栋", "幢", "处", "起",
    "宗", "例", "名", "位", "床", "张", "公里", "km", "艘", "架", "部", "根", "块", "片", "枚", "瓶", "箱",
    "袋", "包", "支", "颗", "尾", "羽", "门", "笔", "组", "粒", "轮", "课时", "学时", "工日", "人天", "车次",
    "班次", "批次", "元/人", "元/人·年", "元/人*年", "次/年", "人/次", "元每亩", "%", "‰", "分", "倍",
    "百分率", "个月", "个工作日",
]
UNITS = list(dict.fromkeys(GB3100_NAMES + GB3100_SYMBOLS + MEASURE_WORDS))

# (written form, operator) with {n} the figure and {u} the unit.
FORMS = [
    ("{n}{u}", "="), ("{n} {u}", "="),
    ("≥{n}{u}", ">="), ("≥ {n} {u}", ">="), ("＞{n}{u}", ">"), ("≧{n}{u}", ">="), ("<={n}{u}", "<="),
    ("={n}{u}", "="), ("＜ {n}{u}", "<"),
    ("不少于{n}{u}", ">="), ("不低于 {n} {u}", ">="), ("大于等于{n}{u}", ">="), ("不超过{n}{u}", "<="),
    ("不高于{n}{u}", "<="), ("大于{n}{u}", ">"), ("低于{n}{u}", "<"), ("约{n}{u}", "approx"),
    ("达到{n}{u}", "="),
    ("{n}{u}以上", ">="), ("{n}{u}及以上", ">="), ("{n} {u} 以上", ">="), ("{n}{u}以下", "<="),
    ("{n}{u}以内", "<="), ("{n}{u}左右", "approx"),
]
NUMBERS = [("15", Decimal(15), 0), ("12.5", Decimal("12.5"), 1), ("１５", Decimal(15), 0)]


def expected_unit(u: str) -> str:
    return u.replace("每", "/")    # 元每亩 is 元/亩


@pytest.mark.parametrize("unit", UNITS)
def test_every_unit_after_every_operator_form(unit):
    for form, op in FORMS:
        for written, value, places in NUMBERS:
            raw = form.format(n=written, u=unit)
            q = parse(raw)
            assert (q.op, q.value, q.unit, q.places) == (op, value, expected_unit(unit), places), raw
            assert q.raw == raw


@pytest.mark.parametrize("unit", [u for u in GB3100_NAMES if u[0] in "千兆毫"])
def test_a_prefixed_unit_is_one_word(unit):
    # 778: ≥150千克/亩 read as 150000 克/亩 -- the prefix 千 of 千克 taken for a scale word
    for per, written in [("/亩", "/亩"), ("/小时", "/小时"), ("每人", "/人"), ("", "")]:
        for raw, op in [(f"≥150{unit}{per}", ">="), (f"150{unit}{per}", "="), (f"150{unit}{per}以上", ">=")]:
            q = parse(raw)
            assert (q.op, q.value, q.unit, q.scale) == (op, Decimal(150), unit + written, 1), raw


@pytest.mark.parametrize("raw,op,value,unit,scale", [
    ("45毫米", "=", "45", "毫米", 1),
    ("6起", "=", "6", "起", 1),
    ("不少于15 盏", ">=", "15", "盏", 1),
    ("≥100百分率", ">=", "100", "百分率", 1),
    ("260元/人*年", "=", "260", "元/人*年", 1),
    ("≥45㎡", ">=", "45", "㎡", 1),
    ("≤25℃", "<=", "25", "℃", 1),
    ("2.5万亩", "=", "25000", "亩", 10000),        # 万 scales, whatever the unit
    ("3千人", "=", "3000", "人", 1000),             # 千 before a known unit scales
    ("1.5千克", "=", "1.5", "千克", 1),             # 千克 is a unit, not 千 × 克
    ("20千帕", "=", "20", "千帕", 1),               # 千 before an unknown unit: kept as written
    ("0.5万元/人", "=", "5000", "元/人", 10000),
    ("15%及其以下", "<=", "15", "%", 1),
    ("大于或等于90%", ">=", "90", "%", 1),
    ("不得低于95%", ">=", "95", "%", 1),
    ("未超过5%", "<=", "5", "%", 1),
    ("至少3次", ">=", "3", "次", 1),
    ("10（个）", "=", "10", "个", 1),               # a bracketed unit
    ("120台（套）", "=", "120", "台（套）", 1),     # a bracketed second unit, kept (issue 21)
    ("≥50人(次)以上", ">=", "50", "人（次）", 1),
])
def test_units_by_grammar(raw, op, value, unit, scale):
    q = parse(raw)
    assert (q.op, q.value, q.unit, q.scale) == (op, Decimal(value), unit, Decimal(scale))


def test_a_counter_and_what_it_counts():
    q = parse("15盏路灯")
    assert (q.value, q.unit, q.note) == (Decimal(15), "盏", "路灯")
    q = parse("6起安全事故")
    assert (q.value, q.unit, q.note) == (Decimal(6), "起", "安全事故")


def test_the_unit_ends_where_the_word_ends():
    # 059: 监理服务 7 5.638 项目类别 -- the figure is followed by the word 项目, not the counter 项
    text = "合计 210 210 监理服务 7 5.638 项目 类别"
    i = text.index("5.638")
    assert not unit_ends_word(text, i, i + len("5.638 项"))
    assert parse("5.638 项目类别").op == "qualitative"
    for text, figure in [("完成4项工作", "4项"), ("培训30人参加考试", "30人"), ("共5头牛", "5头"),
                         ("资助12名学生", "12名"), ("覆盖3个乡镇", "3个"), ("建成2所学校", "2所")]:
        i = text.index(figure)
        assert unit_ends_word(text, i, i + len(figure)), text


def test_no_false_fractional_count_in_prose():
    from jixiao.extract import read_bytes
    from jixiao.normalize import normalize_document
    text = "子项名称 预算数(万元) 实际数(万元) 合计 210 210 监理服务 7 5.638 项目 类别 指标名称\n"
    figs = normalize_document(read_bytes(text.encode("utf-8"), "x.txt")).prose
    assert not [f for f in figs if f.q.unit == "项"]
