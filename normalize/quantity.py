"""One parser for every value form in the reports: operator, Decimal in base units, unit, precision.

    parse("≥90万人")        -> op '>=', value 900000, unit '人', places 0, scale 10000
    parse("14万人次左右")    -> op 'approx', value 140000, unit '人次'
    parse("54.957")         -> op '=', value 54.957, places 3
    parse("2023 年 12 月 31 日前完成") -> op 'deadline', date '2023-12-31'
    parse("不断优化")        -> op 'qualitative'

Nothing raises: text that is not a quantity comes back qualitative with its raw text.
"""
from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

import regex as re

from jixiao.extract.line_breaks import OPERATOR
from jixiao.extract.ocr_digits import fix_numeric

from .vocab import role_stem, value_role


def plain(d: Decimal) -> Decimal:
    """A figure the reader derives (a weight's share, a grade's points), written to the places it needs:
    40, not 4E+1 or 40.00; 7.2, not 7.200."""
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def is_money_unit(unit: str) -> bool:
    """元, or 元 after a scale word of SCALES (万元, 千元, 百万元, 亿元): the unit grammar, not a list."""
    return bool(unit) and unit.endswith("元") and (unit == "元" or unit[:-1] in SCALES)


def money_scale(unit: str) -> Decimal:
    """元 per one of `unit` (1 for anything that is not a money unit)."""
    return SCALES[unit[:-1]] if is_money_unit(unit) and unit != "元" else Decimal(1)


OPS = (">=", "<=", ">", "<", "=", "approx", "range", "qualitative", "deadline", "empty")

# Multipliers written before a unit: 万元, 亿元, 万人次. Scaled out into base units. 千 and 百 only
# before a known unit (3千人, 5百万元): 千克, 千米, 千瓦时, 百分率 are units of their own.
SCALES = {"百万": Decimal(1000000), "千万": Decimal(10000000), "万": Decimal(10000), "亿": Decimal(100000000),
          "千": Decimal(1000), "百": Decimal(100)}
# Units by grammar, not by list: after a figure, any short run that is not a number, an operator
# or a filler word is its unit (45毫米, 6起, 15盏, 260元/人*年), kept as written. The words below
# only decide what a unit means: money and scale (above), counters (a count is exact and may be
# followed by what it counts: 十二个街道), and which known unit a longer run starts with.
MEASURE_WORDS = ["个", "家", "项", "场", "件", "户", "份", "条", "批", "名", "所", "台", "套", "辆", "座", "次", "笔",
                 "人", "人次", "户次", "件次", "位", "盏", "株", "棵", "头", "只", "匹", "口", "间", "栋", "幢", "处",
                 "起", "宗", "例", "床", "张", "本", "册", "篇", "期", "封", "组", "粒", "艘", "架", "部", "根", "块",
                 "片", "枚", "瓶", "箱", "袋", "包", "支", "把", "颗", "尾", "羽", "门", "类", "种", "轮", "批次",
                 "班次", "车次", "架次", "台次", "课时", "学时", "个工作日", "工作日"]
COUNTERS = {"个", "家", "项", "场", "件", "户", "份", "条", "批", "名", "所", "台", "套", "辆", "座", "次", "笔", "人", "人次"} \
    | set(MEASURE_WORDS) - {"个工作日", "工作日", "课时", "学时"}


def counts_things(unit: str) -> bool:
    """A unit of things counted one by one: a counter, or a counter's times (场次, 车次: a counter
    before 次), whether or not the measure words list the pair."""
    return unit in COUNTERS or (len(unit) == 2 and unit[1] == "次" and unit[0] in COUNTERS)


# The calendar's periods a figure is measured in (3个月 is 个 and 月): also the spans a scope counts
# within (一年两次, 一个月, SCOPE_HEAD).
PERIODS = ["天", "日", "周", "月", "年", "季度"]
MEASURES = ["元", "%", "‰", "分", "倍", "个月", "分钟", "小时", *PERIODS, "秒",
            "km", "公里", "米", "千米", "厘米", "毫米", "平方米", "平方公里", "平方千米", "立方米", "公顷", "亩",
            "升", "毫升", "千克", "公斤", "克", "毫克", "吨", "千瓦", "千瓦时", "兆瓦", "度", "摄氏度", "伏", "千伏",
            "安", "分贝", "百分率", "百分点", "个百分点", "千分点", "个千分点"]
# The SI prefixes before a unit's name (GB 3100): 千克, 兆瓦时, 毫安 are one unit word each, so 千 there
# is no scale word (150千克/亩 is 150, not 150000 克/亩). Grammar, not a list of the prefixed words.
SI_PREFIXES = ("千", "兆", "毫", "微")
SI_NAMES = ("米", "克", "升", "秒", "瓦", "瓦时", "瓦特", "伏", "伏特", "伏安", "安", "安培", "安时", "帕", "帕斯卡",
            "焦", "焦耳", "赫", "赫兹")
# A counter's times (场次, 期次, 项次: a counter before 次, as counts_things reads them) are one unit word each, so a
# sentence's 36.5场次 is read whole, not 36.5场 before 次. Grammar, not a list of the pairs.
COUNTER_TIMES = {c + "次" for c in COUNTERS if len(c) == 1 and c not in ("次", "个", "本", "名")}   # 个次级, 本次, 名次: words
UNITS = sorted(set(MEASURE_WORDS) | set(MEASURES) | {p + n for p in SI_PREFIXES for n in SI_NAMES} | COUNTER_TIMES,
               key=len, reverse=True)
UNIT_RE = "|".join(map(re.escape, UNITS))
KNOWN_UNIT = re.compile(rf"^(?:{UNIT_RE})")


# A whole figure in 级 names a grade on a scale whose direction the cell does not write (养老机构 五级 is
# the top, 医院 三级 the top of three, 地震 more is worse; 及以上 says "this rank or better", not which
# way the numbers run): no quantity to compare, but words, read as 三级 / 二级以上 / Ⅲ类及以上 are (518's
# ③级及以上, made 3级 by NFKC). An operator written before it (≥3级, 不低于3级) writes the sense, and a
# figure with decimals (0.5级) measures a change: both stay figures, as 0.5等 does. 类 and 等 also
# count things (33类), so only 级 is a grade word here.
GRADE_UNIT = "级"
CLASS_UNIT = "类"   # after a numeral in words, a class's name (一类水体): _numeral_counts


def is_known_unit(text: str) -> bool:
    """A known unit, or one after a scale word of SCALES (万元, 亿元, 万人, 万亩, 亿吨): the unit grammar,
    as is_money_unit reads money, not a list of scaled units."""
    return text in UNITS or any(text.startswith(w) and text[len(w):] in UNITS for w in SCALES)


# A unit written with symbols or Latin letters: ㎡, ℃, ‰, m², km, kWh, mg/L, TB.
SYMBOL_UNIT = re.compile(r"^(?:[%‰‱℃℉°㎡㎥㎞㎏㎎㎜㎝㎖㎘Ω]|[A-Za-zµμΩ]+[²³23]?)+")
# What joins the parts of a compound unit (元/人·年, 260元/人*年, 元每亩).
UNIT_JOIN = "/／·・*×每"
PER_UNIT = re.compile(r"^\s*(?:/|／|每)\s*")

# Operators before a figure, as a grammar: a comparison word, negated by 不/未 (不低于 is ≥),
# joined with 等于 (大于等于); symbols (≥ ≤ > < = and their full-width and slanted forms).
_CMP = {"低于": "<", "少于": "<", "小于": "<", "短于": "<", "高于": ">", "多于": ">", "大于": ">", "长于": ">",
        "超过": ">", "超出": ">"}
_NEG = {"<": ">=", ">": "<=", "<=": ">", ">=": "<"}


def _comparisons(words: dict[str, str]) -> list[tuple[str, str]]:
    """Each comparison word, joined with 等于, negated (不低于 is ≥), and alone: the operator grammar."""
    out = []
    for w, o in words.items():
        out += [(f"{w}或等于", o + "="), (f"{w}等于", o + "=")]
        out += [(f"{n}{w}", _NEG[o]) for n in ("不", "未", "没有", "不得")]
        out.append((w, o))
    return out


PREFIX_OPS: list[tuple[str, str]] = _comparisons(_CMP)
PREFIX_OPS += [("至少", ">="), ("最少", ">="), ("最低", ">="), ("不足", "<"), ("不到", "<"), ("至多", "<="),
               ("最多", "<="), ("最高", "<="), ("上限", "<="), ("下限", ">="), ("超", ">"), ("逾", ">"), ("约达", "approx"), ("大约", "approx"),
               ("约为", "approx"), ("约", "approx"), ("近", "approx"), ("等于", "="), ("≥", ">="), ("≤", "<="),
               ("⩾", ">="), ("⩽", "<="), ("≮", ">="), ("≯", "<="), (">", ">"), ("<", "<"), ("=", "=")]
PREFIX_OPS.sort(key=lambda wo: len(wo[0]), reverse=True)
_PREFIX_OP = dict(PREFIX_OPS)
# An operator written before a figure as one pattern: a glyph (typed >= too) or a word of the grammar;
# prose reads a sentence's figures with it (prose.NUMBER), so a cell and a sentence read one grammar.
PREFIX_OP = "(?:" + "|".join([rf"{OPERATOR}=?"] + [re.escape(w) for w, _ in PREFIX_OPS]) + ")"
# A unit in brackets after the figure (1200（人次）, 95(%)): the same as written without them.
# 含 opens an inclusive note (1200（含）), never a unit.
BRACKETED_UNIT = re.compile(r"(\d)\s*[（(]\s*((?:[万亿千百]?(?:" + UNIT_RE + r"))|[%‰]|(?!含)\p{Han}{1,2})\s*[)）]\s*$")
# An inclusive mark (≥90%（含）) says nothing more; a second unit in brackets (120台（套）) is part
# of the unit (issue 21), kept with full-width brackets whatever was typed. Only a whole known unit
# is one: （已完成）, （问卷调查）, （含追加任务） are notes.
BRACKET_NOTE = re.compile(r"^[（(]\s*(?:含|\p{Han}{1,3}|[A-Za-z%‰]{1,4})\s*[)）]")
SECOND_UNIT = re.compile(rf"^\s*[（(]\s*({UNIT_RE})\s*[)）]")   # a scan may set a space before it
INCLUSIVE = re.compile(r"^\s*[（(]\s*含\s*[)）]")   # so may it before an inclusive mark (50场次 （含）以上)
# An operator word in brackets after the unit (5000亩（以上）, ≤2%（不含）) is the operator, not an
# aside: read as written without the brackets. 不含 makes the bound before it strict.
BRACKETED_OP = re.compile(r"^\s*[（(]\s*((?:及其|及|或)?(?:以上|以下)|以内|之内|左右|不含)\s*[)）]")
EXCLUSIVE = re.compile(r"^\s*不含")
STRICT = {">=": ">", "<=": "<"}
STRIVE = re.compile(r"^\s*力争")
SUFFIX_OPS = [("及其以上", ">="), ("及以上", ">="), ("或以上", ">="), ("以上", ">="), ("及其以下", "<="),
              ("及以下", "<="), ("或以下", "<="), ("以下", "<="), ("左右", "approx"), ("上下", "approx"),
              ("以内", "<="), ("之内", "<="), ("内", "<="),   # 3个工作日内, 控制在100万元以内
              ("余", ">"), ("多", ">")]
# Words around a figure that do not change its meaning.
# 100%覆盖, 100%到位, 100%达标: the figure says how much is covered, in place, up to standard.
# 在 / 保持在 95%以上: where the figure stands, said before it.
FILLER_WORDS = r"(?:均|均已|已|全部|达到|达|完成|实现|共|共计|累计|合计|总计|为|是|全年|年度|目标|控制在|控制|保持|维持|在|覆盖|到位|达标|\s)"
FILLER = re.compile(rf"^{FILLER_WORDS}*$")
# An average per something before the figure (人均≤600元, 户均3万元, 亩均, 平均): a one-character subject
# and 均, alone before the operator; the figure is that average, in its unit as written, the
# qualifier its note. Anything longer (人均增收, 年均增长) says more than per what, and stays words.
PER_HEAD = re.compile(rf"^\s*(\p{{Han}}均)(?={FILLER_WORDS}*$)")
# A thousands separator is a comma between digits, in groups of three (1,234.5); any other comma is
# punctuation (30万元，28万元 once full width is half width: the 28 after it is a figure). A number is
# read whole or not at all: never out of a longer run of digits, points and commas between digits
# (3,5,7个 is a list, neither 357 nor 7 of them; 1,2345 is no figure). The one spelling of both,
# for cells (parse) and for prose (prose.NUMBER, rules.common.NUM).
GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
ALONE_BEFORE = r"(?<![\d.]|\d,)"
ALONE_AFTER = r"(?!\d|,\d)"
NUM = rf"{ALONE_BEFORE}(?:{GROUPED}|\d+(?:\.\d+)?){ALONE_AFTER}"
CN_NUM = r"[零〇一二两三四五六七八九十百千]+"
_CN_NUM = re.compile(CN_NUM)
# Numerals of one, two or three strokes alone: the dashes a form draws for nothing (—, =, ≡) as OCR reads them.
STROKE_MARKS = ("一", "二", "三")
# The words that say the work is done there (完成, 已竣工, 全部建成, 如期交付使用): a verb of finishing (完成 / 完工
# / 竣工 / 建成 / 交付 / 验收) with the adverbs that may lead it (已, 均已, 全部, 如期 ...) and the work it may name
# after it; one grammar for every date form that may end in one, not a list of whole phrases each.
COMPLETION = (r"(?:已经?|均已|均|全部|全面|如期|按时|按期|顺利|基本|已全部)*\s*"
              r"(?:完成|完工|竣工|建成|交付(?:使用)?|投入使用|投用|通过验收|验收)(?:施工|建设|任务|工作)?")
DATE = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?\s*(?:前|以前|之前|底前|底|末)")
# 2023-12-31, 2023.12.31, 2023/12/31: one separator throughout (1000-1.2万元 is a range of money, no date)
DATE_ISO = re.compile(r"(\d{4})(?|-(\d{1,2})-(\d{1,2})|\.(\d{1,2})\.(\d{1,2})|/(\d{1,2})/(\d{1,2}))\s*(?:前|以前|之前)?")
YEAR_SPAN = re.compile(r"^(\d{4})\s*[-—~～至到]\s*(\d{4})\s*年?$")
# A span of months in one year (2023年3月-10月, 2023年6月至9月): done by the end of its last month.
MONTH_SPAN = re.compile(r"^((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*[-—~～至到]\s*(?:\1\s*年\s*)?(\d{1,2})\s*月(?:份)?$")
# A span of days (2023年7月1日至8月25日, 2023年7月1日-2023年8月25日): done within it, by its last day; the
# second end may leave out the year and the month it shares with the first.
DAY_SPAN = re.compile(r"^((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[-—~～至到]\s*(?:\1\s*年\s*)?"
                      r"(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日$")
WHOLE_YEAR = re.compile(r"^(\d{4})\s*年\s*(全年|年内|年底|年末|内|度)$")
# A time of the year without the year, then 前 / 之前 / 以前 (12月底前, 6月30日前, 年底前, 年内前): a
# deadline in the report's year, which the cell does not write (no date).
RELATIVE_DEADLINE = re.compile(r"^(?P<next>次年|翌年|下一?年|明年)?\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*\d{1,2}\s*日)?|年)\s*"
                               r"(?:底|末|中|初|内)?\s*(?:前|之前|以前)\s*(?:" + COMPLETION + r")?$")
# A deadline whose year the template left unfilled (20XX年12月31日前): a deadline with no date.
YEAR_LEFT = re.compile(r"^(\d{2}[Xx×]{2})\s*年\s*")
# A month and day written as a figure of two places (12.20前, 12.16 beside it): a day of the report's
# year, as 12月20日前 is. A figure is never followed by 前, so with it the cell is a deadline (no date);
# bare, it is a date only beside a deadline (dated_in_year). One place (12.2) says no day: a figure.
POINT_DAY = re.compile(r"^(\d{1,2})\.(\d{2})\s*(?P<by>前|之前|以前)?\s*(?:" + COMPLETION + r")?$")
# A part of a month or of a year as the time by which it is done (2023年9月中旬前, 2023年上半年): by the
# part's last day.
PART_DEADLINE = re.compile(r"^((?:19|20)\d\d)\s*年\s*(?:(\d{1,2})\s*月份?\s*(上旬|中旬|下旬|初|中)|([上下])\s*半年)\s*"
                           r"(?:末|底)?\s*(?:(?:前|之前|以前)\s*(?:" + COMPLETION + r")?)?$")
# A holiday as the time by which it is done (2023年国庆节前, 2024年春节前, 元旦前): the day before a holiday of
# a fixed date (FIXED_HOLIDAYS, the calendar's data) is its date; a lunar one's (春节, 中秋节) moves with the
# year, a deadline with no date, the holiday its note.
HOLIDAY_DEADLINE = re.compile(r"^(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<day>\p{Han}{1,3}节|元旦|国庆)\s*(?:前|之前|以前)\s*"
                              r"(?:" + COMPLETION + r")?$")
FIXED_HOLIDAYS = {"元旦": (1, 1), "劳动节": (5, 1), "国庆": (10, 1), "国庆节": (10, 1)}
# A time of day with 前 (7:30前, 每日8:00以前): done by that hour each day, a deadline with no date. 每日
# alone says the same of a time written without 前 (每日16:30: the hour it is done each day); a bare
# 16:30 may be a ratio or a score and stays as read.
CLOCK_DEADLINE = re.compile(r"^(?:(?P<daily>每\s*[日天])\s*)?(\d{1,2})\s*[:：]\s*(\d{2})\s*(?P<by>前|之前|以前)?$")
# A period word, then a time within that period, then 前 / 之前 / 以前 (每月10日前, 每季度末前, 每年6月底前,
# 每周五前): done by then in every period, a deadline with no one date. A bare period (每月) or a count
# per period (每月2次) names no time.
# A deadline met ahead of time, said as how far ahead (提前15天完成, 比计划提前1个月完工): a deadline
# answered, no date written; the words the note.
EARLY = re.compile(r"^(?:比计划|较计划|较合同工期)?\s*提前\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?\s*"
                   r"(?:天|日|周|个?月|工作日)\s*(?:" + COMPLETION + r"|实现)?$")
RECURRING_DEADLINE = re.compile(r"^(每\s*(?:个\s*)?(?:月|季度?|半年|年|周|旬))(?!\s*(?:前|之前|以前))\s*"
                                r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*\d{1,2}\s*[日号])?|"
                                r"\d{1,2}\s*[日号]|(?<=周)[一二三四五六日天])?\s*"
                                r"(?:底|末|中|初)?\s*(?:前|之前|以前)\s*(?:" + COMPLETION + r")?$")
# A quarter as the time by which it is done (2023年第四季度, 第二季度末前, 三季度前, 2023年Q4): its end
# month (3 / 6 / 9 / 12); without the year, a deadline in the report's year (no date), as above.
QUARTER = re.compile(r"^(?:((?:19|20)\d\d)\s*年\s*)?(?:第\s*([一二三四1-4])|([一二三四])|[Qq]([1-4]))\s*(?:季度)?"
                     r"(?<=季度|[Qq][1-4])\s*(?:末|底)?\s*(?:前|之前|以前)?\s*(?:" + COMPLETION + r")?$")
# A figure in scientific notation, as a spreadsheet shows one (1.23E+04, 12.3E+3, 1.2E-03), alone in
# its cell but for an operator before it.
# A figure times a power of ten (≤1×10⁴CFU/g, 3.2×10^3CFU/g as a scan writes it): the mantissa read as
# any figure is, with its operator and unit, then times the power; the power is its scale, so the
# precision is the mantissa's places (1×10⁴ is to the ten thousand).
POWER_OF_TEN = re.compile(r"(?<![\d.])(?P<m>\d+(?:\.\d+)?)\s*[×xX✕]\s*10\s*\^\s*(?P<e>[-+]?\d{1,2})(?!\d)")
# The year's own word written again before the part of it (2023年年底前, 2023年年末): as 2023年底前.
YEAR_REPEATED = re.compile(r"^(\d{4})\s*年\s*年(?=\s*[底末内初中])")
# A symbol in Latin letters right before a written bound (Ra≥90 a roughness, COD≤50mg/L): what the
# figure measures, kept as the note as a Chinese name before the bound is (昼间≤60dB(A)).
SYMBOL_BOUND = re.compile(rf"^(?P<sym>[A-Za-z]{{1,4}})\s*(?={OPERATOR})")
SCIENTIFIC = re.compile(r"^(?P<before>\D*?)(?P<m>\d+(?:\.\d+)?)[Ee](?P<e>[+-]?\d{1,3})$")
# A year and month written with a point (2023.12, 2023.9): a date in a target or result cell that has
# no unit (month_of_point); in a money column the same text is a figure.
POINT_MONTH = re.compile(r"^((?:19|20)\d\d)\.(0?[1-9]|1[0-2])$")
# A date and nothing else (2020年, 2021年12月31日): in a value cell, the time by which it is done.
BARE_DATE = re.compile(r"^((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月(?:份|\s*(\d{1,2})\s*日)?)?$")   # 11月份: the month
# A date, then a word that says the work is done there (2023年11月已完成, 2023年10月20日完工, 2023年9月
# 下旬已竣工): a dated completion. The date spans a day, a part of a month (上旬 / 中旬 / 下旬, 初 / 中 /
# 底 / 末) or a month; a deadline is met when the span ends by it, missed when it starts after it.
# The completion words (COMPLETION) are kept as the note.
DONE_DATE = re.compile(r"^((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月份?\s*(?:(\d{1,2})\s*[日号]|(上旬|中旬|下旬|初|中|底|末))?\s*"
                       r"(" + COMPLETION + r")$")
# The days of a month a part of it spans (上旬 the 1st to the 10th).
_MONTH_PARTS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20), "下旬": (21, None),
                "底": (21, None), "末": (21, None)}


@dataclass(frozen=True)
class Quantity:
    raw: str
    op: str
    value: Decimal | None = None     # in base units (万 scaled out); for a range, the low end
    unit: str = ""
    places: int | None = None        # decimal places as written, before scaling
    scale: Decimal = Decimal(1)
    high: Decimal | None = None      # a range's high end
    date: str | None = None          # a deadline, ISO (for a dated completion, the last day it may mean)
    date_from: str | None = None     # a dated completion's first day (2023年11月完成: 2023-11-01)
    note: str = ""

    @property
    def numeric(self) -> bool:
        return self.value is not None and self.op not in ("qualitative", "deadline", "empty")

    @property
    def unit_key(self) -> str:
        """The unit as the rules compare it: its NFKC form, so that one unit in two glyphs (㎡ and m², ㎞ and km, a
        scan reading one for the other) is one unit; `unit` keeps the glyph as written."""
        return unicodedata.normalize("NFKC", self.unit)

    @property
    def unfilled(self) -> bool:
        """A figure the template left unfilled (≥**个, **万元): an operator or unit read, no value."""
        return self.value is None and self.op not in ("qualitative", "deadline", "empty")

    @property
    def not_applicable(self) -> bool:
        """A cell that says the indicator does not apply (不适用, 无此项): no value, by the writer's word."""
        return self.op == "empty" and bool(NOT_APPLICABLE.match(self.note))

    @property
    def exact_count(self) -> bool:
        """A count of things, unscaled and whole (3次, 3000个): exact as written, no rounding to allow
        for. A count written with decimals (an average, 3.62个) is as precise as its places."""
        return self.unit in COUNTERS and self.scale == 1 and not self.places

    @property
    def tolerance(self) -> Decimal:
        """Half a unit in the last written place, in base units: what rounding may hide."""
        if self.places is None:
            return Decimal(0)
        return Decimal("0.5") * Decimal(10) ** -self.places * self.scale

    def with_unit_from(self, target: "Quantity", source: str = "目标值") -> "Quantity":
        """A bare actual ('4', '98') takes the unit of its target where that is the evident meaning:
        the written numbers are of the same order (14 against 14万人次 means 14万人次), or the actual is
        of the order of the target in base units (12680 against ≥1.2万人 means 12680人). The same
        evidence gives a bare target (≥95) the unit of its result (96.8%): `source` names the other."""
        if self.unit or not self.numeric or not target.numeric or not target.unit:
            return self
        written = self.value
        target_written = target.value / target.scale
        if target.unit == "%" and target_written > Decimal("1.5") and Decimal(0) < written <= Decimal("1.5") \
                and "." in self.raw:
            return self.as_percent_of_ratio(f"按比值读取：{self.raw} = {written * 100:g}%（{source}为 {target.raw}）")
        if target_written and Decimal("0.1") <= abs(written / target_written) <= Decimal(10):
            return replace(self, value=written * target.scale, unit=target.unit, scale=target.scale,
                           note=(self.note + "；" if self.note else "") + f"单位取自{source}（{target.raw}）")
        # The scale word belongs to the target's figure, not its unit: 12680 beside ≥1.2万人 is in 人
        if target.scale != 1 and target.value and Decimal("0.1") <= abs(written / target.value) <= Decimal(10):
            return replace(self, unit=target.unit,
                           note=(self.note + "；" if self.note else "") + f"单位取自{source}（{target.raw}）")
        return self

    def with_unit_named(self, unit: str, name: str, source: str = "指标名称") -> "Quantity":
        """A bare figure under a name whose bracket gives the unit (培训人数（人） | ≥500 | 526): the unit
        read as a figure's own is (_unit), so a scaled one (利用面积（万亩） | ≥45) scales the figure as
        45万亩 would be (450000 亩); a figure already scaled (45万) takes only a plain unit."""
        if self.unit or not self.numeric or not unit:
            return self
        base, scale = _unit(unit, "")
        if scale != 1 and self.scale != 1:
            return self                     # 45万 under （万亩）: no one scale to read
        return replace(self, value=self.value * scale, high=None if self.high is None else self.high * scale,
                       unit=base, scale=self.scale * scale,
                       note=(self.note + "；" if self.note else "") + f"单位取自{source}（{name}）")

    def as_percent_of_ratio(self, note: str) -> "Quantity":
        """0.958 written for 95.8%: the value times 100, two fewer places, unit %."""
        places = max(0, (self.places or 0) - 2)
        return replace(self, value=self.value * 100, unit="%", places=places,
                       note=(self.note + "；" if self.note else "") + note)


@lru_cache(maxsize=1 << 14)   # prose reads each line's figures twice (prose.unglue, prose.leading_number)
def halfwidth(text: str) -> str:
    """Full-width digits, points and punctuation as ASCII, one character for one, so that
    positions in the result are positions in the text as written."""
    return "".join(ch if ORDINAL_MARK.match(ch) else n if len(n := unicodedata.normalize("NFKC", ch)) == 1 else ch
                   for ch in text)


# A circled or bracketed numeral (③类, ②级, ⑶, ❸) is an ordinal label or a list's marker, not a figure:
# NFKC would make ③类 the count 3类 and ①2023年 the figure 12023. Kept as written in prose.
ORDINAL_MARK = re.compile(r"[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]")

_KEEP_SYMBOLS = set("㎡㎥㎞㎏㎎㎜㎝㎖㎘℃℉²³µΩ")


# A vulgar fraction glyph after a whole number (1½小时, ¾): NFKC would write 1½ as 11⁄2. Read as the
# decimal it is, where that decimal is exact (halves, quarters, fifths, eighths; not thirds).
VULGAR_FRACTION = re.compile(r"(\d*)([\u00BC-\u00BE\u2150-\u215E])")


def _decimal_ends(denominator: int) -> bool:
    """A fraction over `denominator` written as a decimal ends (within six places: halves, quarters,
    fifths, eighths; not thirds): only then is it read as the decimal."""
    return 10 ** 6 % denominator == 0


def _vulgar_fraction(m) -> str:
    n, d = (int(x) for x in unicodedata.normalize("NFKC", m.group(2)).split("\u2044"))
    if not _decimal_ends(d):
        return m.group(0)
    return format(Decimal(int(m.group(1) or 0)) + Decimal(n) / Decimal(d), "f")


# a space inside a number is layout; a line break is not: lines are separate figures (8⏎8⏎6 is
# three weights, never 886)
_SPACE_IN_NUMBER = re.compile(r"(?<=\d)[^\S\n]+(?=[\d.])|(?<=\.)[^\S\n]+(?=\d)")
_SPACE_AFTER_NUMBER = re.compile(r"(?<=[\d%])\s+(?=\p{Han}|%)|(?<=[≥≤<>=])\s+")
# a break after a figure's scale word (1.5万⏎元/公里): figure, scale, unit, the space is layout
_SPACE_AFTER_SCALE = re.compile(r"(?<=\d(?:百万|千万|[万亿千百]))\s+(?=\p{Han}|[A-Za-z%‰])")


# A power of ten written with the exponent raised (1×10⁴, 3.2×10³, 10⁻²): written with a caret (10^4)
# before NFKC would fold 10⁴ into the figure 104; ×10^n is then read by POWER_OF_TEN.
SUPERSCRIPT_POWER = re.compile(r"(?<=[×xX✕]\s*10)([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def _caret_power(m: re.Match) -> str:
    return "^" + unicodedata.normalize("NFKC", m.group(1)).replace("⁻", "-").replace("⁺", "")


@lru_cache(maxsize=1 << 16)   # the same cell text is cleaned by every reader that weighs it
def clean(text: str) -> str:
    """Full-width to half-width, ≧/≦ to ≥/≤, '>=' to '≥', no spaces inside numbers."""
    # NFKC, but unit symbols stay as written (㎡ would become m2, ℃ °C, m² m2)
    text = VULGAR_FRACTION.sub(_vulgar_fraction, text or "")
    text = SUPERSCRIPT_POWER.sub(_caret_power, text)
    t = "".join(ch if ch in _KEEP_SYMBOLS else unicodedata.normalize("NFKC", ch) for ch in text)
    t = t.replace("≧", "≥").replace("≦", "≤").replace(">=", "≥").replace("<=", "≤").replace("=<", "≤") \
        .replace("=>", "≥").replace("〜", "～").replace("═", "=").replace("−", "-")
    t = _SPACE_IN_NUMBER.sub("", t)
    t = _SPACE_AFTER_NUMBER.sub("", t)
    t = _SPACE_AFTER_SCALE.sub("", t)
    return t.strip()


NAME_BRACKET = re.compile(r"[（(]\s*([^（()）\d]{1,8})\s*[)）]\s*$")
# A metric prefix before a known unit (微克, 纳米): the same measure, smaller or larger.
_METRIC_PREFIX = "微纳毫厘千兆"


def _unit_part(part: str) -> bool:
    """One part of a compound unit: a known unit, a symbol, or a metric prefix before a known unit."""
    return part in UNITS or bool(SYMBOL_UNIT.fullmatch(part)) or \
        len(part) > 1 and part[0] in _METRIC_PREFIX and part[1:] in UNITS


def name_unit(name: str, scaled: bool = False) -> str:
    """The unit a name's trailing bracket gives its figures (培训高素质农民（人）, 达标率(%)): only a
    whole unit the lexicon knows, or a symbol or compound; a note (（试点）) is no unit. Without
    `scaled` only a unit with no scale word; with it a scaled one (万元, 万亩) too, which
    Quantity.with_unit_named scales the figures by, as a figure's own 万亩 is."""
    m = NAME_BRACKET.search(clean(name or ""))
    if not m:
        return ""
    b = m.group(1).strip()
    q = parse("1" + b)
    bare = b[1:] if scaled and b[:1] in SCALES and q.scale != 1 else b
    parts = re.split(f"[{UNIT_JOIN}]", bare)
    # a compound: short, or longer where every part is a unit (微克/立方米)
    known = bare in UNITS or bool(SYMBOL_UNIT.fullmatch(b)) or len(parts) > 1 and (
        len(b) <= 5 or all(map(_unit_part, parts)))
    return b if known and q.numeric and q.unit == bare and (scaled or q.scale == 1) else ""


# A footnote mark after a figure (28%*, 100%①, 95%※, 90%¹): read before NFKC, which makes ① and ¹
# digits. A superscript after Latin letters is an exponent (m², km²), not a mark; one after a mark
# goes on the mark (¹² is note 12).
FOOTNOTE_MARK = re.compile(r"(?:[*＊※\u2460-\u2473\u2776-\u277f]|(?<=[\d%％‰\p{Han}¹²³\u2070\u2074-\u2079])"
                           r"[¹²³\u2070\u2074-\u2079])+\s*$")
# A note in brackets after a figure (100%（含追加任务）): words, no figure; a unit in brackets is read
# as the unit before this is tried (BRACKETED_UNIT: 1200（人次）, 100（万元）). The closing bracket may
# be lost at the cell's end (a scan wraps or drops it).
TRAILING_NOTE = re.compile(r"[（(]\s*([^（()）\d]+?)\s*(?:[)）]|$)\s*$")
# A note in brackets that counts something else (89.3%（问卷调查，有效样本量420份）, 95%（抽查20户）):
# its figures are a note where each has a unit of its own, not the figure's; one in the figure's
# unit (1200人（其中女性300人）) may be the value itself, and the cell stays words.
TRAILING_FIGURE_NOTE = re.compile(r"[（(]\s*([^（()）]*\d[^（()）]*?)\s*[)）]\s*$")
_NOTE_FIGURE = re.compile(r"\d+(?:\.\d+)?[^\d，,、；;。\s]*")


# A bracket that names another period first (（上年60.8%）, （2022年58%）, （同期1.2万人）) gives the base the
# figure is compared with, not the figure; one opened with 含 (（含改造24公里）) names a part the figure
# includes, so each of its figures in the figure's unit is below it. Either is a note. 其中 stays words
# (1200人（其中女性300人）: the part may be what the indicator counts).
BASE_PERIOD = (r"(?:(?:较|比|与)\s*)?(?P<period>[上去前]\s*一?\s*(?:年|期|月|季度?|周|半年)度?|"
               r"(?:19|20)\d\d\s*年度?|基期|同期)(?:\s*同期)?")
_BASE_NOTE = re.compile(rf"^\s*{BASE_PERIOD}\s*(?:为|是|:)?\s*\d")
_PART_NOTE = re.compile(r"^\s*含")
# 其中 naming a part with a bound of its own (≥3.2万人（其中失能老人≥800人）): a condition on the part,
# not the figure (a part counted bare, 1200人（其中女性300人）, may be the value and stays words).
_PART_CONDITION = re.compile(r"^\s*其中\s*\p{Han}+\s*(?:[≥≤><⩾⩽]|不[少低多高超大小]于|至少|不超过)\s*\d")
# Words naming a figure in the figure's unit above it (96.5分（满分100分）): the scale or ceiling the
# figure is measured against, an aside, not the figure (a bare figure, 92%（1200）, stays words).
_NAMED_FIGURE = re.compile(r"^\s*\p{Han}+\s*\d")


# A bracket opening with = after a figure (95.8（=100−扣分合计）, 96.8（=100-3.2）): how the figure was worked
# out, an aside, not another figure.
_WORKED_OUT = re.compile(r"^\s*[=＝]")


# A fraction in brackets after a share (100%（12/12）, 87.5%（7/8）): the count the share was computed
# from, a note where it gives the share to the share's written precision.
_SHARE_FRACTION = re.compile(r"^\s*(\d{1,6})\s*[/／]\s*(\d{1,6})\s*$")


def _states_the_share(note: str, q: Quantity) -> bool:
    m = _SHARE_FRACTION.match(note)
    if not m or q.unit != "%" or q.op != "=" or int(m.group(2)) == 0:
        return False
    share = Decimal(int(m.group(1))) * 100 / Decimal(int(m.group(2)))
    return abs(share - q.value) <= q.tolerance


# The scale a score is out of (（5分制）, （百分制）): a ceiling in the figure's unit, an aside.
_SCALE_NOTE = re.compile(rf"^\s*(?P<n>{NUM}|{CN_NUM})\s*(?P<unit>\p{{Han}})制\s*$")


def _counts_other_things(note: str, core: str) -> bool:
    q = _parse(core)
    if not q.numeric:
        return False
    note = clean(note)
    if _BASE_NOTE.match(note) or _states_the_share(note, q) or _WORKED_OUT.match(note):
        return True
    if (scale := _SCALE_NOTE.match(note)) and scale.group("unit") == q.unit:
        ceiling = _number(scale.group("n"))[0] if scale.group("n")[0].isdigit() else _chinese(scale.group("n"))
        return ceiling is not None and ceiling >= q.value
    figures = [_parse(m.group(0)) for m in _NOTE_FIGURE.finditer(note)]
    if _PART_NOTE.match(note) and figures and q.op == "=" and \
            all(f.numeric and f.unit == q.unit and f.value < q.value for f in figures):
        return True
    if _PART_CONDITION.match(note) and figures and all(f.numeric and f.unit == q.unit for f in figures):
        return True
    if figures and not _PART_NOTE.match(note) and _NAMED_FIGURE.match(note) and q.op == "=" and \
            all(f.numeric and f.unit == q.unit and f.value > q.value for f in figures):
        return True
    units = [f.unit for f in figures]
    return bool(units) and all(u and u != q.unit for u in units)


def _trailing_note(core: str) -> re.Match | None:
    """The footnote mark or bracketed note that ends `core` (a figure note only where it counts other
    things), tried in that order; None if none ends it or the first found is all of `core` (no figure)."""
    m = FOOTNOTE_MARK.search(core) or TRAILING_NOTE.search(core)
    if m is None:
        f = TRAILING_FIGURE_NOTE.search(core)
        m = f if f and _counts_other_things(f.group(1), core[:f.start()]) else None
    return m if m is not None and m.start() > 0 else None


# Punctuation that ends a sentence or a clause, at the end of a cell (a point only where no digit is
# before it: 72. is a figure written with its point)
END_PUNCTUATION = re.compile(r"\s*(?:[。；;，,、．！!]|(?<![\d.])\.)+\s*$")


@lru_cache(maxsize=1 << 16)   # a cell is parsed by every reader that weighs it (a Quantity is frozen)
def parse(raw: str, default_unit: str = "") -> Quantity:
    """Parse one value cell. `default_unit` applies to bare numbers (a fund table in 万元)."""
    q = _parse_noted(raw, default_unit)
    if q.numeric or q.op in ("empty", "deadline") or not REMARK_BREAK.search(raw or ""):
        return q
    return _figure_then_remark(raw, default_unit) or q


# A line break inside a cell: a Word paragraph or w:br, an HTML <br>, a PDF's next line in the cell.
LINE_BREAK = re.compile(r"\s*[\n\r\v\u2028\u2029]+\s*")
# Where a remark on a figure may start: a line break, or a clause after it opened by a comma or a
# semicolon (95.3%，其中农牧民96.1%), a colon before what it lists (≥3类：玩教具、图书), or 或 before an
# alternative (≥98%或较上年提高1个百分点: kept in the remark, it says the figure is one of two ways).
# A comma or colon between digits is a figure's own (1,200; 17:00).
REMARK_BREAK = re.compile(r"\s*(?:[\n\r\v\u2028\u2029]+|[，；;]|,(?!\d)|[：:](?!\d)|(?=或))\s*")
# A remark on the figure before it that may carry figures of its own: a part it includes (含新建12公里),
# a part of it (其中线上300人), something besides it (另有…), or an alternative to it (或较上年提高1个
# 百分点). Brackets are read as notes by parse.
REMARK_LEAD = re.compile(r"^(?:含|其中|另|或)")


def _figure_then_remark(raw: str, default_unit: str) -> Quantity | None:
    """A cell whose first part, up to a REMARK_BREAK, is a whole figure and whose rest remarks on it
    (≥60公里⏎含新建12公里, 1286人⏎含线上, 95.3%，其中农牧民96.1%): the figure, the remark its note. The
    remark is words, opens as one (REMARK_LEAD) or names a subject of its own before its figure
    (≥98%，不合格产品100%下架) where it holds figures; None where the remark is a lead word alone
    (≥90%，其中: cut short), the parts are one figure wrapped (≥600人⏎次, 1,200.⏎00: read together they
    make another figure) or the rest is more figures (8⏎8⏎6, 100%，达到100%)."""
    text = raw.strip()
    for brk in REMARK_BREAK.finditer(text):
        first, rest = text[:brk.start()], text[brk.end():]
        head = parse(first, default_unit) if first else None
        if head is None or not head.numeric:
            continue
        remark = "".join(LINE_BREAK.split(rest))    # a remark wrapped over lines is one remark
        plain_remark = clean(remark)
        figures = re.search(r"\d", plain_remark)
        if not remark or REMARK_LEAD.fullmatch(plain_remark) or \
                figures and not (REMARK_LEAD.match(plain_remark) or _names_a_subject(plain_remark)):
            return None
        if LINE_BREAK.fullmatch(brk.group(0)):   # a line break may wrap one figure; a clause break never
            joined = parse(first + remark, default_unit)
            if joined.numeric and (joined.op, joined.value, joined.unit) != (head.op, head.value, head.unit):
                return None
        return replace(head, raw=raw, note="；".join(x for x in (head.note, remark) if x))
    return None


def _names_a_subject(remark: str) -> bool:
    """Whether words naming something (不合格产品) open a remark before its first figure: the figure
    is that thing's, not a restatement of the one before (达到100%, 不低于95%: operator and filler)."""
    lead = re.match(r"^\p{Han}+", remark)
    return bool(lead) and len(re.sub(FILLER_WORDS, "", _prefix_op(lead.group(0))[1])) >= 2


def _parse_noted(raw: str, default_unit: str = "") -> Quantity:
    """One value cell, a sentence's closing punctuation or a trailing mark or bracketed note after
    the figure read away."""
    q = _parse(raw, default_unit)
    if q.numeric or q.op in ("empty", "deadline"):
        return q
    # A figure closed with a sentence's punctuation (90.2%；, 5260只。): the writer's typing, not words
    # about the figure; the figure read whole, the raw text kept as written
    if (end := END_PUNCTUATION.search(raw or "")) is not None and end.start() > 0:
        r = parse(raw[:end.start()], default_unit)
        if r.numeric or r.op == "deadline":
            return replace(r, raw=raw)
    # A figure followed by a footnote mark or a note in brackets: the figure, the mark or note kept
    core, notes = (raw or "").rstrip(), []
    while (m := _trailing_note(core)) is not None:
        mark = m.group(0).strip()
        notes.insert(0, f"附注标记{mark}" if m.re is FOOTNOTE_MARK else m.group(1))
        core = core[:m.start()].rstrip()
    if not notes or not re.search(r"\d", core):
        return q
    r = _parse(core, default_unit)
    if not (r.numeric or r.op == "deadline"):
        return q
    return replace(r, raw=raw, note="；".join(([r.note] if r.note else []) + notes))


# A share in Chinese numeral words: 百分之 and a numeral is that many percent (百分之九十七 97%, 百分之百
# 100%), 千分之 / 万分之 that many per mille / per ten thousand (千分之0.9 0.9‰, 万分之五 5‱: the rate
# word says the unit, as 百分之 says %); a numeral and 成 that many tenths (九成 90%, 九成五 95%). Read
# as the figure written in digits, the raw text kept as written. 千 / 万 after a numeral (十万分之一)
# is that numeral's scale, another fraction, and stays words.
CN_PERCENT = re.compile(rf"(?P<per>百|(?<![零〇一二两三四五六七八九十百千万亿\d])[千万])分之\s*"
                        rf"(?:({CN_NUM}(?:点[零〇一二三四五六七八九]+)?)|({NUM}))")
_PER_UNIT = {"百": "%", "千": "‰", "万": "‱"}
CN_TENTHS = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿])([一二两三四五六七八九十])成"
                       r"([一二三四五六七八九](?![零〇一二两三四五六七八九十百千]))?")


# A figure written with digits and place words (1万2千亩, 1万2千6百亩, 3千5百人, 1千2百万元, 1亿2千万, 1万零5百人),
# as a grammar: sections before 亿 and 万 (four digits, or one digit a place: 1千2百), then the section below
# 万, each place below 万 one digit, 零 where a place is skipped; two digits or more (3百万 is one figure and
# its scale word, read as such). Its precision is the place of its last digit: 3万5千 is to the thousand
# (3.5万), 1千2百万 to the million (1.2千万), so it is written in the largest scale word it reaches, with
# the places down to that digit, and reads as the same figure written in digits would. Below 万 it is
# written in whole digits (3千5百米 3500米: 3.5千米 would be a distance in 千米). A digit after a place
# word with no place of its own (1万2, 3千5: 12000 or 10002?) is no part of it: the cell stays words.
_SECTION = r"(?:\d千)?(?:零?\d百)?(?:零?\d十)?(?:零\d)?"
PLACE_DIGITS = re.compile(rf"(?<![\d.])(?:(?P<yi>\d{{1,4}}|(?=\d){_SECTION})亿)?(?:零?(?P<wan>\d{{1,4}}|(?=\d){_SECTION})万)?"
                          rf"(?:零?(?P<low>(?=\d){_SECTION}|零\d))?(?![\d.万亿])")
_PLACE = {"千": 1000, "百": 100, "十": 10, "": 1}
# The scale words a figure in place words is written in, largest first: SCALES' words but 千 and 百, which
# are scale words only before a known unit (1.2千米 is a distance in 千米).
_PLACE_SCALES = ("亿", "千万", "百万", "万")


def _section(text: str) -> tuple[int, int]:
    """(value, place of its last digit) of one section below 万 (1千2百, 1千零5, 1234)."""
    if text.isdigit():
        return int(text), 1
    digits = re.findall(r"(\d)([千百十]?)", text)
    return sum(int(d) * _PLACE[p] for d, p in digits), _PLACE[digits[-1][1]]


def _place_digits(m: re.Match) -> str:
    sections = [(m.group(k), p) for k, p in (("yi", 10 ** 8), ("wan", 10 ** 4), ("low", 1)) if m.group(k)]
    if len(re.findall(r"\d+", m.group(0))) < 2:
        return m.group(0)
    value = sum(_section(s)[0] * p for s, p in sections)
    return _in_scale_words(value, _section(sections[-1][0])[1] * sections[-1][1])


def _in_scale_words(value: int, last: int) -> str:
    """A whole figure whose last digit written is at place `last`, in the largest scale word it
    reaches with the places down to that digit (120000000 to 10^7: 1.2亿), below 万 in whole digits."""
    word = next((w for w in _PLACE_SCALES if SCALES[w] <= value), None)
    if word is None:
        return str(value)
    shift = SCALES[word].adjusted()
    return f"{Decimal(value).scaleb(-shift):.{max(0, shift - Decimal(last).adjusted())}f}{word}"


# A fraction in Chinese numeral words (四分之三 75%, 五分之一 20%): a share, as 成 is, read as its
# percent where that ends (八分之一 12.5%); one that does not (三分之一) stays words.
CN_FRACTION = re.compile(rf"(?<![零〇一二两三四五六七八九十百千万亿\d])({CN_NUM})分之({CN_NUM})")


def _fraction_in_words(m: re.Match) -> str:
    whole, part = _chinese(m.group(1)), _chinese(m.group(2))
    if not whole or part is None or part > whole:
        return m.group(0)
    share = Fraction(int(part) * 100, int(whole))
    if not _decimal_ends(share.denominator):
        return m.group(0)   # no finite decimal: not to be written as one
    return f"{Decimal(share.numerator) / Decimal(share.denominator)}%"


_PLACE_WORD_BETWEEN_DIGITS = re.compile(r"\d[亿万千百十]零?\d")   # compiled once: asked of every value read


def in_digits(text: str) -> str:
    """The text with figures written with Chinese place or share words written in digits."""
    if "分之" in text or "成" in text:
        text = CN_FRACTION.sub(_fraction_in_words, _share_in_words(text))
    return PLACE_DIGITS.sub(_place_digits, text) if _PLACE_WORD_BETWEEN_DIGITS.search(text) else text


def _share_in_words(text: str) -> str:
    """The text with each share written in Chinese numeral words written in digits and its unit (%, ‰, ‱)."""
    def percent(m: re.Match) -> str:
        unit = _PER_UNIT[m.group("per")]
        if m.group(3):
            return m.group(3) + unit
        words = m.group(2)
        value = Decimal(100) if words == "百" and unit == "%" else _chinese_decimal(words)
        return m.group(0) if value is None else f"{value}{unit}"

    def tenths(m: re.Match) -> str:
        tens = _chinese_decimal(m.group(1))
        ones = _chinese_decimal(m.group(2)) if m.group(2) else Decimal(0)
        return m.group(0) if tens is None or ones is None else f"{tens * 10 + ones}%"

    return CN_TENTHS.sub(tenths, CN_PERCENT.sub(percent, text))


# Half in words as a share (过半, 半数以上, 不足半数, 不低于半数): 半 / 半数 is 50%, read as that figure
# between the operator grammar's own words (PREFIX_OPS, SUFFIX_OPS, fillers such as 达到); only
# where the cell holds nothing else (半年, 一年半 are no share). 过 alone is half's own verb
# (过半: more than half), the grammar's 超过.
HALF = re.compile(rf"^(?P<lead>{FILLER_WORDS}*)(?P<op>过|{'|'.join(re.escape(w) for w, _ in PREFIX_OPS)})?\s*半数?\s*"
                  rf"(?P<suf>{'|'.join(re.escape(w) for w, _ in SUFFIX_OPS)})?$")


# A figure and a half (一年半, 1年半, 一个半月, 两个半小时): the figure plus 0.5 in its unit, written as a
# figure (1.5年, 1.5个月, 2.5小时), not half as a share of 一年; 个 before 半 stays with the unit where
# the two make one (个月), else it only counts (两个半小时). A year's digits (2023年半年) are no figure.
AND_A_HALF = re.compile(rf"(?<![\d.])(?P<num>\d{{1,3}}|{CN_NUM})\s*(?:(?P<ge>个)\s*半\s*(?P<u1>{UNIT_RE})|"
                        rf"(?P<u2>{UNIT_RE})\s*半(?![数年个月]))")


# Half as the numeral of a time under a bound (半小时内, 半年内, 不超过半个月): 0.5 of the unit, as 两周内 is 2
# of its; only where 半 opens the figure (after fillers and an operator), so 上半年 / 每半年 / 半年度 stay
# as they read, and with a bound written, as a bare 半年 may name a period (半年一次) as well as a time.
HALF_OF_TIME = re.compile(rf"^(?P<lead>{FILLER_WORDS}*(?P<op>{PREFIX_OP})?\s*)半\s*(?P<ge>个)?\s*"
                          rf"(?P<unit>{'|'.join(['小时', '分钟', '秒', '工作日', *PERIODS])})(?!度)")


def _half_of_time(m: re.Match) -> str:
    unit = "个" + m.group("unit") if m.group("ge") and KNOWN_UNIT.fullmatch("个" + m.group("unit")) else m.group("unit")
    return f"{m.group('lead')}0.5{unit}"


def _and_a_half(m: re.Match) -> str:
    whole = Decimal(m.group("num")) if m.group("num").isdigit() else _chinese(m.group("num"))
    if whole is None:
        return m.group(0)
    unit = m.group("u1") or m.group("u2")
    if m.group("ge") and KNOWN_UNIT.fullmatch("个" + unit):
        unit = "个" + unit
    return f"{whole + Decimal('0.5')}{unit}"


# A multiple in words (翻一番 2倍, 翻两番 4倍): each 番 doubles, so 翻n番 is 2^n times the base.
DOUBLINGS = re.compile(r"翻\s*([一二两三四五六七八九十]|\d{1,2})\s*番")


def _doublings(text: str) -> str:
    def times(m: re.Match) -> str:
        n = int(m.group(1)) if m.group(1).isdigit() else _chinese(m.group(1))
        return m.group(0) if n is None else f"{2 ** int(n)}倍"
    return DOUBLINGS.sub(times, text)


# The period a figure is compared with, as a grammar (上年, 上一年度, 去年, 上期, 上季度, 2022年, 基期, 同期): the
# one spelling the quantities and the rules' checks of change share (rules.text reads its base by it).
# PRIOR: the one before (上 / 去 / 前, 一 between: 上一年度, 前一期), before its period's word.
PRIOR = r"[上去前]\s*一?\s*"
PERIOD = rf"(?:{PRIOR}(?:年|期|月|季度?|周|半年)度?|(?:19|20)\d\d\s*年度?|基期|同期)(?:\s*同期)?"


# A multiple of a base period written before it (为上年的2倍, 较上年翻一番, 是2022年的1.5倍): the figure
# in 倍 is the multiple itself, the base in the note. Only a figure in 倍 right after the base: 较上年增长
# 2倍 says a growth, and stays words.
MULTIPLE_BASE = re.compile(rf"^(?P<base>(?:较|比|为|是|达到?|相当于)?\s*{PERIOD}\s*的?)(?P<rest>\s*\S.*)$")


def _multiple_of_base(raw: str, text: str) -> Quantity | None:
    m = MULTIPLE_BASE.match(text)
    if not m:
        return None
    q = _parse(m.group("rest"))
    if not q.numeric or q.unit != "倍":
        return None
    return replace(q, raw=raw, note="；".join(x for x in (clean(raw) if "翻" in raw else m.group("base"), q.note) if x))


# What a cell writes where an indicator does not apply to the project: no value, as a dash is, the
# words kept in the note. A vocabulary: these are words, no figure's grammar tells them from a
# qualitative result (健全, 完成); 不适用 / 不涉及 and 无此 + what is missing (项, 指标, 内容).
NOT_APPLICABLE = re.compile(r"^(?:本项)?(?:不适用|不涉及)$|^无此(?:项|项目|指标|内容|类)$")


# An accountant's negative: the figure in brackets, an operator before it and its unit after
# ((12.5)%, ≤(10.0)%); a bracket with no unit after it (（1）) may number a list, and stays words.
ACCOUNTING_NEGATIVE = re.compile(rf"^(?P<op>[≥≤><=]?)\s*[（(]\s*(?P<num>{NUM})\s*[)）]\s*(?P<unit>[^\d()（）\s]+)$")
# A range with the unit written at both ends (8场～10场, 5天至7天): u1 and u2 must be the same word.
# The marks between a range's ends: a hyphen, a tilde, 至 / 到, or a dash (300人—500人, 300——500, 5–8).
RANGE_SEP = r"(?:[-~～至到–]|—{1,2})"
UNIT_BOTH_ENDS = re.compile(rf"^(?P<low>{NUM})\s*(?P<u1>[^\d\s\-~～至到—–.,]+?)\s*(?P<sep>{RANGE_SEP})\s*"
                            rf"(?P<high>{NUM})\s*(?P<u2>[^\d\s]+)$")
# Words, then the figure they stand for in brackets (实现全覆盖（100%）, 不低于上年（96.5%））.
WORDED_FIGURE = re.compile(r"^(?P<words>[^\d（()）]*\p{Han}[^\d（()）]*?)\s*[（(]\s*(?P<figure>[^（()）]*\d[^（()）]*?)\s*[)）]$")
# A level compared with a named year's (不低于2022年, 高于2022年水平, ≤2023年同期, ≥2022年水平): the year
# names a period, no figure (≥2022年 is no count of years: a bound is read as its operator, word or
# symbol); the figure is the one in brackets where one is given (不低于2022年（2022年96.5%）), else the
# value is words (不低于2022年（说明）).
NAMED_YEAR = re.compile("^(?P<words>(?:" + "|".join(re.escape(w) for w, o in PREFIX_OPS if o in (">=", "<=", ">", "<"))
                        + r")\s*(?:19|20)\d\d\s*年度?(?:\s*同期)?(?:\s*水平)?)\s*"
                        r"(?:[（(]\s*(?P<figure>[^（()）]*?)\s*[)）])?$")


def worded_figure(q: Quantity) -> Quantity:
    """A target or result cell of words with the figure they stand for in brackets (WORDED_FIGURE),
    read as _worded_figure reads it; any other quantity as it is. Only in a value cell: in a name
    cell the same shape is a name with its target (泵站服务半径（≤500米）)."""
    if q.op != "qualitative" or not q.raw:
        return q
    return _worded_figure(q.raw, clean(q.raw), "") or q


def _worded_figure(raw: str, text: str, default_unit: str) -> Quantity | None:
    """A cell of words with the figure they stand for in brackets (WORDED_FIGURE): the figure, with
    the operator word that opens the words (不低于上年（96.5%）: >= 96.5 %) or its own, the words as the
    note. None where the bracket holds no figure with a unit alone, or the words change its sense (较上年增长（5%）:
    a change, not the level)."""
    m = WORDED_FIGURE.match(text) or NAMED_YEAR.match(text)
    if not m or not re.search(r"\d", m.group("figure") or ""):
        return None
    figure, words = m.group("figure"), re.sub(r"\s", "", m.group("words"))
    # the bracket may name the period the words compare with before its figure (不超过上年水平（上年2.6万元/户）):
    # that period's figure is the one the words stand for
    if (base := _FIGURE_OF_BASE.match(figure)) and re.sub(r"\s", "", base.group("period")) in words:
        figure = figure[base.end():]
    q = _parse(figure, default_unit)
    if not q.numeric or not q.unit or q.op not in ("=", ">=", "<=", ">", "<", "approx") or q.note:
        return None     # a bare number in brackets (效益指标(30), 指标（1）) may be points or a name's own
    lead = next((w for w, _ in PREFIX_OPS if words.startswith(w)), "")
    op = _PREFIX_OP[lead] if lead else "="
    if _changes_sense(words[len(lead):]) or op != "=" and q.op not in ("=", op):
        return None
    return replace(q, raw=raw, op=op if q.op == "=" else q.op, note=words)


# A figure written in words, then in digits in brackets (不少于三十（30）个, 五万（50000）人): one figure
# written twice, read once where the two agree (two that differ are left as written: which is meant?).
WORDS_THEN_FIGURE = re.compile(rf"(?P<cn>{CN_NUM}(?:[万亿](?:{CN_NUM})?)?)\s*[（(]\s*(?P<num>{NUM})\s*[）)]")


# A second condition in words joined to a figure (≥90%且无重大安全事故, 且均经岗前培训): no figure of its
# own, so the figure is the measure and the condition its note.
CONDITION_TOO = re.compile(r"^[，,\s]*(?:且|并且|同时)[^\d０-９]+$")


def _figure_for_words(m) -> str:
    words, (figure, _) = _chinese(m.group("cn")), _number(m.group("num"))
    return m.group("num") if words is not None and words == figure else m.group(0)


# _parse's patterns, compiled once (regex's per-call compile lookup was a tenth of a read)
_BARE_MAGNITUDE = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千])(?=[十百千万亿][余多]\p{Han})")
_PLUS_FIGURE = re.compile(r"^\+\s*\d")
_MINUS_FIGURE = re.compile(r"^-\s*\d")
_DASHED_RANGE = re.compile(rf"\d\s*{RANGE_SEP}\s*\d")
_FIGURE_RANGE = re.compile(rf"({NUM})\s*(?P<low_scale>百万|千万|万|亿)?\s*%?\s*{RANGE_SEP}\s*({NUM})")
# a numeral in words may hold a section before 万 or 亿 (三万五千人次, 两万三千元), as one in digits does
_FIRST_FIGURE = re.compile(rf"(?P<num>{NUM})|(?P<cn>(?:{CN_NUM}[万亿])*{CN_NUM})(?=[万亿]?[余多]?\S)")
_MORE_THAN = re.compile(r"\s*(?P<scale>百万|千万|万|亿|千|百)?\s*[余多](?=[\p{Han}A-Za-z%])")
_MORE_ALONE = re.compile(r"\s*[余多]\s*$")
_SCOPE_OPENS = re.compile(r"[每一全]")


def _numeral_counts(text: str, m: re.Match) -> bool:
    """Whether a numeral in words at m is a figure: a unit follows it as one follows a figure in
    digits (a known unit, after a scale word and 余 / 多), and that unit ends a word (三个, 十二 | 台),
    the numeral no head of a longer one (一部分, 六安市, 一把手, 一次性 are words). Before 类 a numeral in
    words names a class (一类水体, 二类水质), as 三级 names a grade (GRADE_UNIT): kinds are counted in digits (33类)."""
    at = m.end() + re.match(r"[万亿]?[余多]?", text[m.end():]).end()
    unit = _read_unit(text[at:])[0]       # as after digits: 场次 is one unit, 部分 / 安市 are words
    return bool(unit) and text.startswith(unit, at) and unit != CLASS_UNIT and \
        (is_known_unit(unit) or counts_things(unit) or bool(SYMBOL_UNIT.fullmatch(unit))) and \
        unit_ends_word(text, m.start(), at + len(unit))


def _first_figure(text: str) -> re.Match | None:
    """The first figure of a cell: in digits, or in numeral words with a unit after it (_numeral_counts)."""
    return next((m for m in _FIRST_FIGURE.finditer(text) if m.group("num") or _numeral_counts(text, m)), None)


def _numeral_to_its_place(words: str, after: str) -> str | None:
    """A numeral in words whose last section is cut from the place word after it (一亿二千 | 万): the
    figure written in digits to the place of its last digit, as PLACE_DIGITS writes one (1.2亿), else None."""
    if not after[:1] in ("万", "亿") or (whole := _chinese(words + after[0])) is None or not whole:
        return None
    value = int(whole)
    last = 10 ** (len(str(value)) - len(str(value).rstrip("0")))
    return _in_scale_words(value, last)


# A rank (前3位, 全州第2位, 全省排名前5名): 前 N is the N-th place or better (<=), 第 N that place; the
# ranking it is in (全州, 全省排名) and 前 / 第 its note.
RANK = re.compile(r"^(?P<scope>\p{Han}{0,8}?)\s*(?P<how>前|第)\s*(?P<num>\d{1,4})\s*(?P<unit>位|名)\s*(?P<within>以内|之内)?$")
# A bound whose bracket says its own figure is in (95%以上（含95%）): the bound as 以上 already reads it.
INCLUDED_FIGURE = re.compile(r"^(?P<core>.*?)\s*(?P<bound>(?:及其|及|或)?(?:以上|以下))\s*[（(]\s*含\s*(?P<fig>[^（()）]*\d[^（()）]*?)\s*[)）]$")


# The note of a cell whose figure sits among words it does not read.
EMBEDDED = "数值嵌在文字描述中"


# Compiled once: _parse is asked of every value read (the regex module's cache of pattern strings costs
# some microseconds a call).
_DASH_AT_END = re.compile(r"[-－]\s*$")
_DIGIT = re.compile(r"\d")


def _parse(raw: str, default_unit: str = "") -> Quantity:
    text = clean(raw)
    if not text or text in ("-", "—", "/", "无", "——", "－"):
        return Quantity(raw=raw, op="empty")
    if NOT_APPLICABLE.match(text):
        return Quantity(raw=raw, op="empty", note=text)
    text = in_digits(text)
    if (incl := INCLUDED_FIGURE.match(text)) and incl.group("core").endswith(incl.group("fig")):
        text = incl.group("core") + incl.group("bound")   # 95%以上（含95%）: the bound's own figure in, as ≥
    if "半" in text:
        text = AND_A_HALF.sub(_and_a_half, text)
    if (half := HALF.match(text)) and "半" in text:
        op = "超过" if half.group("op") == "过" else half.group("op") or ""
        text = f"{half.group('lead')}{op}50%{half.group('suf') or ''}"
    if "半" in text and (h := HALF_OF_TIME.match(text)) and (h.group("op") or _suffix_op(text[h.end():])[0]):
        text = _half_of_time(h) + text[h.end():]
    if "翻" in text:
        text = _doublings(text)
    # a bare magnitude before 余 / 多 (千余人次, 万余人, 十余个): one of it, as 1千余 would be written
    text = _BARE_MAGNITUDE.sub("一", text)
    text = BRACKETED_UNIT.sub(r"\1\2", text)
    text = WORDS_THEN_FIGURE.sub(_figure_for_words, text)
    # an accountant's negative, the figure in brackets ((12.5)%, ≤(10.0)%): read as written with its minus
    if (acc := ACCOUNTING_NEGATIVE.match(text)) and KNOWN_UNIT.match(acc.group("unit")):
        text = f"{acc.group('op')}-{acc.group('num')}{acc.group('unit')}"
    if _PLUS_FIGURE.match(text):
        q = parse(text[1:].lstrip(), default_unit)   # a rise written with its sign (+6.2%)
        return replace(q, raw=raw) if q.numeric and q.op == "=" else Quantity(raw=raw, op="qualitative", note=text)
    if (signed := SIGNED_CHANGE.match(text)) and (q := _parse(signed.group("rest"), default_unit)).numeric \
            and q.op == "=":
        # a change against a base written with its sign (较上年+3.2个百分点): the figure, the base its note
        return replace(q, raw=raw, note="；".join(x for x in (re.sub(r"\s", "", signed.group("base")), q.note) if x))
    if _MINUS_FIGURE.match(text) and not _DASHED_RANGE.search(text):
        q = parse(text[1:].lstrip(), default_unit)   # a negative figure (减少 -3.5%)
        if q.numeric and q.op == "=":
            return replace(q, raw=raw, value=-q.value)
        if q.numeric and q.op in ("<=", ">=", "<", ">") and _prefix_op(text[1:].lstrip())[0] == "=":
            return replace(q, raw=raw, value=-q.value)   # the bound written after it (-18℃以下): ≤ -18℃
        return Quantity(raw=raw, op="qualitative", note=text)
    text = COMPOUND_YUAN.sub(_compound_yuan, text)
    text = COMPOUND_DURATION.sub(_compound_duration, text)
    if (q := _deadline(raw, text)) is not None:
        return q
    if (m := RANK.match(text)):
        op = "<=" if m.group("how") == "前" or m.group("within") else "="
        return Quantity(raw=raw, op=op, value=Decimal(m.group("num")), unit=m.group("unit"), places=0,
                        note=re.sub(r"\s", "", m.group("scope")) + m.group("how"))
    if (m := LEVEL_REACHED.match(text)) and (q := _parse(m.group("rest"), default_unit)).numeric \
            and _reached_from(m, q):
        return replace(q, raw=raw, note="；".join(x for x in (re.sub(r"\s", "", m.group("verb")), q.note) if x))
    if (q := _plan_then_year(raw, text, default_unit)) is not None:
        return q
    if NAMED_YEAR.match(text):
        return _worded_figure(raw, text, default_unit) or Quantity(raw=raw, op="qualitative", note=text)
    if (m := BAND.match(text)):
        # 1000±50毫米: a band around a centre, the range it spans, the band as written in the note
        centre, places = _number(m.group("centre"))
        band, places_band = _number(m.group("band"))
        unit_text, rest, counted = _read_unit(m.group("unit"))
        if not rest.strip() and not counted:
            unit, scale = _unit(unit_text, default_unit)
            return Quantity(raw=raw, op="range", value=(centre - band) * scale, high=(centre + band) * scale,
                            unit=unit, places=max(places, places_band), scale=scale, note=text)
    if (m := BETWEEN.match(text)) and (q := _parse(BETWEEN_JOIN.sub("-", m.group(1), count=1), default_unit)).op == "range":
        return replace(q, raw=raw)    # 介于20-30人之间: the range between the words
    if len(powers := POWER_OF_TEN.findall(text)) == 1 and (p := POWER_OF_TEN.search(text)) and \
            (q := _parse(text[:p.start()] + p.group("m") + text[p.end():], default_unit)).numeric and \
            q.op in (">=", "<=", ">", "<", "=") and q.value == Decimal(p.group("m")) * q.scale:
        power = Decimal(1).scaleb(int(p.group("e")))
        return replace(q, raw=raw, value=plain(q.value * power), scale=plain(q.scale * power))
    if (m := SYMBOL_BOUND.match(text)) and (q := _parse(text[m.end():], default_unit)).numeric and \
            q.op in (">=", "<=", ">", "<"):
        return replace(q, raw=raw, note="；".join(x for x in (m.group("sym"), q.note) if x))
    if (m := SCIENTIFIC.match(text)) and not (split := _prefix_op(m.group("before")))[1].strip():
        # 1.23E+04 (Excel's 0.00E+00): the mantissa's places as written, the power of ten its scale
        mantissa, places = _number(m.group("m"))
        scale = Decimal(1).scaleb(int(m.group("e")))
        return Quantity(raw=raw, op=split[0], value=mantissa * scale, places=places, scale=scale)
    # 8场～10场: the unit written at both ends, the same unit; read as the range written with it once
    if (both := UNIT_BOTH_ENDS.match(text)) and both.group("u1") == both.group("u2"):
        text = f"{both.group('low')}{both.group('sep')}{both.group('high')}{both.group('u2')}"
    # 30万至35万人次: each end may carry its own scale word; an end without one takes the unit's
    # (30至35万人次 is 30万 to 35万)
    m = _FIGURE_RANGE.search(text)
    if m:
        unit_text, rest, counted = _read_unit(text[m.end():])
        # 约1.2-1.5万人: a range said to be about (约) is the range, the word its note; 近 before a range
        # (近3-5年) names recent years as often, and stays as read
        lead = text[:m.start()]
        word = _PREFIX_OP_RE.search(lead)
        approx = word.group(0) if word and "约" in word.group(0) and _PREFIX_OP[word.group(0)] == "approx" else ""
        if approx:
            lead = lead[:word.start()] + lead[word.end():]
        if FILLER.match(lead + rest) and not counted:
            low, places = _number(m.group(1))
            high, places_hi = _number(m.group(3))
            unit, scale = _unit(unit_text, default_unit)
            low_scale = SCALES[m.group("low_scale")] if m.group("low_scale") else scale
            if not m.group("low_scale") and low * scale > high * scale >= low:
                low_scale = Decimal(1)   # 5000至1.2万元: the bare end is in base units, else no range
            # a range runs up from its low end: a separator (-, 至, ～) between a figure and a smaller one joins
            # no range (a code 469023-0017, a year and its month 2023-07, 10至5人), and the text is read as what
            # else it is; ends that are equal (5-5) are a range of one figure
            if low * low_scale <= high * scale:
                return Quantity(raw=raw, op="range", value=low * low_scale, high=high * scale, unit=unit,
                                places=max(places, places_hi), scale=scale, note=approx)
    if (q := _bounds_range(raw, text, default_unit)) is not None:
        return q
    if (q := _scoped(raw, text, default_unit)) is not None:
        return q
    if (q := _multiple_of_base(raw, text)) is not None:
        return q
    m = _first_figure(text)
    if not m and (q := _unfilled_figure(raw, text, default_unit)) is not None:
        return q
    if not m and text not in STROKE_MARKS and _CN_NUM.fullmatch(text) and (worded := _chinese(text)) is not None:
        # a cell wholly a Chinese numeral (零, 〇, 十二) is its number, the word kept as the note as 零事故's
        # is; 无 is a word, not a numeral (573: 无 against 0起 stays words). A lone 一 / 二 / 三 is a
        # dash as often as a figure (a scan reads the — of an empty cell as 一 or 二): not read as one.
        return Quantity(raw=raw, op="=", value=worded, places=0, note=text)
    if not m:
        if ZERO_OF.match(text) and _words(text)[0] == "零":
            return Quantity(raw=raw, op="=", value=Decimal(0), places=0, note=text)
        return Quantity(raw=raw, op="qualitative", note=text)
    before, after = text[:m.start()], text[m.end():]
    if m.group("num"):
        value, places = _number(m.group("num"))
    else:
        # 一亿二千万元, 一亿零五百万元: the 万 after a section below 亿 is that section's place, no scale
        # on the whole, so the numeral is read with it, to the place of its last digit as the same
        # figure in digits is (1亿2千万元: 1.2亿元)
        value = None if "亿" in m.group("cn") and after[:1] == "万" else _chinese(m.group("cn"))
        if value is None and (digits := _numeral_to_its_place(m.group("cn"), after)) is not None:
            q = _parse(f"{before}{digits}{after[1:]}", default_unit)
            return replace(q, raw=raw) if q.numeric else Quantity(raw=raw, op="qualitative", note=text)
        if value is None:
            return Quantity(raw=raw, op="qualitative", note=text)
        places = 0
    before, deviation = _plus_minus(before)
    negative = False
    if _DASH_AT_END.search(before) and (lead := _DASH_AT_END.sub("", before)) and _prefix_op(lead)[0] != "=":
        negative, before = True, lead      # ≥-5%: a bound below zero (a fall of at most 5%)
    op, before = _prefix_op(before)
    bound_written = op != "="
    if op == "=" and (avg := re.search(r"\p{Han}均\s*$", before)) and \
            (lead := _prefix_op(before[:avg.start()]))[0] != "=" and FILLER.match(lead[1]):
        op, before = lead[0], avg.group(0)   # the operator before the average (不少于人均2次): 人均 ≥ 2次
    # 力争 (达到) 95%: a figure to strive for is a floor, reached or passed; a bound written with it
    # (力争控制在5%以内) is the bound
    striven, before = bool(STRIVE.match(before)), STRIVE.sub("", before)
    if (per := PER_HEAD.match(before)) is not None:
        before = before[per.end():]
    if negative:
        value = -value
    # 170余人次, 6000多家, 3万余人次: more than the figure (余 after the figure or its scale word)
    more = _MORE_THAN.match(after)
    if more and not _MORE_ALONE.match(after):
        after, op = (more.group("scale") or "") + after[more.end():], ">"
    unit_text, after, note = _read_unit(after)
    if note and places:
        # a counter counts whole things: after a figure written with decimals (0.3个等级) the word the
        # counter heads is no thing counted but what the figure measures in, the unit to the word's end
        unit_text, note = unit_text + note, ""
    unit, scale = _unit(unit_text, default_unit)
    suffix_op, after = _suffix_op(after)
    if suffix_op and op == "=":
        op = suffix_op
    if (excl := EXCLUSIVE.match(after)) and op in STRICT:
        op, after = STRICT[op], after[excl.end():]   # ≥90%（不含）: above 90%, 90% itself out
    if FILLER.match(before) and not FILLER.match(after) and (second := _second_count(after, unit)):
        after, note = "", second
    if FILLER.match(before) and not note and CONDITION_TOO.match(after):
        after, note = "", re.sub(r"^[，,\s]+", "", after)   # ≥90%且无重大安全事故: a second condition, in words
    if not FILLER.match(before) or not FILLER.match(after):
        return Quantity(raw=raw, op="qualitative", note=EMBEDDED)
    if unit == GRADE_UNIT and not places and not bound_written:
        return Quantity(raw=raw, op="qualitative", note=text)
    if striven and op == "=":
        op = ">="
    if per is not None:
        note = "；".join(x for x in (per.group(1), note) if x)
    if deviation:
        note = "；".join(x for x in (DEVIATION, note) if x)
    return Quantity(raw=raw, op=op, value=value * scale, unit=unit, places=places, scale=scale, note=note)


# An amount in 元 and 角 (and 分) written as one (3元5角 = 3.5元, 1元2角5分 = 1.25元): one amount in 元,
# as money is written in figures; what follows (/单) is the unit's as after 3.5元. 分 counts only
# after 角 (alone after 元 it may be a score: 3元5分 is left as written).
COMPOUND_YUAN = re.compile(rf"{ALONE_BEFORE}(\d+)\s*元\s*(\d)\s*角(?:\s*(\d)\s*分)?")


def _compound_yuan(m: re.Match) -> str:
    return f"{m.group(1)}.{m.group(2)}{m.group(3) or ''}元"


# A duration written in two units of the clock or calendar (1小时25分钟 = 85分钟, 2天6小时 = 54小时,
# 1年6个月 = 18个月): one duration in the smaller unit, as it would be written in figures; the raw
# text kept as written. Only whole steps of a fixed size (a month has no fixed days).
DURATION_STEPS = {("小时", "分钟"): 60, ("小时", "分"): 60, ("分钟", "秒"): 60, ("天", "小时"): 24, ("年", "个月"): 12}
COMPOUND_DURATION = re.compile(rf"{ALONE_BEFORE}(\d{{1,3}})\s*({'|'.join(sorted({a for a, _ in DURATION_STEPS}))})\s*零?\s*"
                               rf"(\d+(?:\.\d+)?)\s*(分钟|小时|个月|秒|分)(?![钟\d])")


def _compound_duration(m: re.Match) -> str:
    step = DURATION_STEPS.get((m.group(2), m.group(4)))
    if step is None:
        return m.group(0)
    small = _number(m.group(3))[0]
    if small >= step:
        return m.group(0)   # 1小时75分钟 is no clock reading: left as written
    unit = "分钟" if m.group(4) == "分" else m.group(4)
    return f"{Decimal(m.group(1)) * step + small}{unit}"


# A target copied from a plan of several years, its cumulative condition and the year's joined by a
# comma (2023-2025年累计≥6000户，年度≥2000户, either order): the year's condition is the target the
# year's actual answers; the plan's is kept as the note, as written.
PLAN_SPAN = re.compile(r"^(?:19|20)\d\d\s*[-—~～至到]\s*(?:19|20)\d\d\s*年")
CLAUSE_JOIN = re.compile(r"\s*[，,；;]\s*")


def _plan_then_year(raw: str, text: str, default_unit: str) -> Quantity | None:
    parts = CLAUSE_JOIN.split(text)
    if len(parts) != 2 or not all(_DIGIT.search(x) for x in parts):
        return None
    plan = [x for x in parts if PLAN_SPAN.match(x)]
    if len(plan) != 1:
        return None
    year = _parse(parts[1] if plan[0] is parts[0] else parts[0], default_unit)
    if not year.numeric:
        return None
    return replace(year, raw=raw, note="；".join(x for x in (plan[0], year.note) if x))


# A template's mark where a figure's digits go: two or more stars or crosses, in any mix of widths and
# cases (**, ＊＊, ××, XX, xX). The project's one definition: the template-text rule (JX701) reads it.
DIGIT_MARK = r"[*＊]{2,}|[xX×]{2,}"
# A template's mark where a figure belongs: the digits' marks or an ellipsis (……, ...).
FIGURE_MARK = re.compile(rf"{DIGIT_MARK}|…+|\.{{3,}}")


def _unfilled_figure(raw: str, text: str, default_unit: str) -> Quantity | None:
    """[operator] mark [unit] (≥**个, 不低于××%, **万元): a figure never filled in, read as what the
    cell says of it, its operator and unit, with no value; the template-text rule still raises the
    cell. None where the cell says neither, or says more (XX年XX月, **项工作已完成)."""
    m = FIGURE_MARK.search(text)
    if m is None:
        return None
    op, before = _prefix_op(text[:m.start()])
    unit_text, after, counted = _read_unit(text[m.end():])
    suffix_op, after = _suffix_op(after)
    if op == "=" and suffix_op:
        op = suffix_op
    if not FILLER.match(before) or not FILLER.match(after) or counted or (op == "=" and not unit_text):
        return None
    unit, scale = _unit(unit_text, default_unit)
    return Quantity(raw=raw, op=op, unit=unit, scale=scale)


# A scope before the figure: per what, or within what period, it counts (每周2次, 每季度不少于1次,
# 每千人口≥2.8人, 一年两次, 全年≥300天). The figure is read with its unit and operator, the scope kept in
# the note and never multiplied in (每千人口 is no 千 scale; 每月1次 against 全年12次 is for a reader to
# weigh). 每 and the noun it distributes over, 一 and a period, or 全 and a period (the whole of it:
# 全年, 全月). A figure with no unit of its own (每亩300) leaves unsaid what it counts, and stays
# words, unless its column's header names the unit. 全年 is a filler word too (FILLER_WORDS: 全年完成
# 95%); as the head of the cell right before its figure it is read here first, so it reaches the note.
# 季 (a quarter, short), 半年 and 旬 (ten days) are spans a scope names (一季, 一旬) but no unit a figure
# is written in, so they join the unit list's periods here and not in MEASURES.
_SPANS = "|".join(PERIODS + ["季", "半年", "旬"])
SCOPE_HEAD = re.compile(rf"^(?:每\s*\p{{Han}}{{1,6}}|一\s*(?:个\s*)?(?:{_SPANS})|全\s*(?:{_SPANS}))$")
_SCOPED_OPS = (">=", "<=", ">", "<", "=", "approx", "range")


def _scoped(raw: str, text: str, default_unit: str = "") -> Quantity | None:
    """The figure after a scope heading the cell (SCOPE_HEAD), the scope in its note; None if the
    cell opens with none, or what follows the shortest scope that leaves a figure is no figure with
    a unit, its own or its column's (`default_unit`: 每周2 under 频次（次）)."""
    if not _SCOPE_OPENS.match(text):
        return None
    for end in range(2, min(len(text), 9)):
        head = text[:end]
        if not SCOPE_HEAD.match(head):
            continue
        q = _parse(text[end:], default_unit)
        if q.numeric and q.unit and q.op in _SCOPED_OPS:
            return replace(q, raw=raw, note="；".join(x for x in (re.sub(r"\s", "", head), q.note) if x))
    return None


# Zero of something, in words (零事故, 零投诉): 零 is a numeral, the word after it what is counted, so
# the figure 0 with no unit written, the words as the note. Only where the segmenter takes 零 as a
# word of its own: 零星, 零售, 零件 are words that merely start with it.
ZERO_OF = re.compile(r"^零\p{Han}{1,6}$")


# Two counts in one cell, each a figure and a counter (5所学校120间教室, 12个/36台): the value is the
# first (a count with its classifier as unit, the noun it counts dropped), the second kept in the
# note. Only counters, each its own: a share or an amount after a slash is another value (295's
# 8座/100.0%), and the same unit twice is a fraction (52/52个).
SECOND_COUNT = re.compile(rf"^(?P<counted>\p{{Han}}{{0,6}}?)\s*[/／]?\s*(?P<count>{NUM}\s*\p{{Han}}+)$")


def _second_count(after: str, unit: str) -> str | None:
    """The second count after a first read with `unit` (SECOND_COUNT), as written; None if what
    follows the first count is no second count."""
    m = SECOND_COUNT.match(after.strip())
    if not m or unit not in COUNTERS or NOT_COUNTED.match(m.group("counted")):
        return None
    q = _parse(m.group("count"))
    if not (q.numeric and q.op == "=" and q.unit in COUNTERS and q.unit != unit):
        return None
    return m.group("count")


# ± right before a figure (±2.2厘米, ≤±2%, 偏差≤±3厘米): the figure is the size of a deviation either way,
# compared as written (≤±2% is at most 2% off); the sign stays in the note. A figure before ± is a
# centre (1000±50毫米: BAND).
DEVIATION = "偏差±"
_PLUS_MINUS = re.compile(r"[±]\s*$")
BAND = re.compile(rf"^(?P<centre>{NUM})\s*±\s*(?P<band>{NUM})(?P<unit>.*)$")
# A range between the words that say so (介于20-30人之间, 在3至5天之间, 处于80%～95%间).
BETWEEN = re.compile(r"^(?:介于|处于|在)\s*(.+?)\s*之?间$")
# The word joining a range's ends inside those words (介于85%与93%之间): the dash a range is written with.
BETWEEN_JOIN = re.compile(r"(?<=[\d%‰\p{Han}])\s*(?:与|和|及)\s*(?=\d)")


def _plus_minus(before: str) -> tuple[str, bool]:
    """The words before a figure without a ± right before it, and whether there was one."""
    m = _PLUS_MINUS.search(before)
    return (before[:m.start()], True) if m else (before, False)


# Two bounds joined (不低于6小时且不高于10小时, ≥80%、≤95%): a lower and an upper bound, each an
# operator and a figure of its own, read as the range a dash writes (80-100所).
BOUND_JOIN = re.compile(r"\s*(?:并且|而且|且|、|，|,|；|;)\s*")


def _bounds_range(raw: str, text: str, default_unit: str) -> Quantity | None:
    """The range two joined bounds state: one part at least (≥, 不低于, 不少于), the other at most (≤,
    不高于, 不超过), in either order, the same unit (a part without one takes the other's), the low
    end not above the high; else None. Strict bounds (高于 / 低于) are no range: the ends are out."""
    parts = BOUND_JOIN.split(text)
    if len(parts) != 2 or not all(_DIGIT.search(x) for x in parts):
        return None
    return _range_of(raw, [_parse(x, default_unit) for x in parts])


def _range_of(raw: str, qs: list[Quantity]) -> Quantity | None:
    """The range of two bounds read (_bounds_range, bounded), or None where they make none."""
    if not all(q.numeric for q in qs):
        return None
    units = {q.unit for q in qs if q.unit}
    if len(units) > 1:
        return None
    if len(units) == 1:   # a bare end takes the other end's unit and scale (≥5且≤10万元: 5万元)
        named = next(q for q in qs if q.unit)
        qs = [q if q.unit else replace(q, value=q.value * named.scale, unit=named.unit, scale=named.scale)
              for q in qs]
    low = next((q for q in qs if q.op == ">="), None)
    high = next((q for q in qs if q.op == "<="), None)
    if low is None or high is None or low.value > high.value:
        return None
    coarse = max(qs, key=lambda q: q.tolerance)   # the precision of the less precise end
    return Quantity(raw=raw, op="range", value=low.value, high=high.value, unit=low.unit,
                    places=coarse.places, scale=coarse.scale)


# A header naming one bound of a target (下限 / 上限, 最低值 / 最高值: a range form's two columns under
# 年度指标值): the operator word it is, read by the operator grammar; 值 only names the cell.
def bound_op(header: str) -> str | None:
    """">=" for a header naming a lower bound, "<=" for an upper one, else None."""
    op = _PREFIX_OP.get(re.sub(r"\s", "", clean(header or "")).removesuffix("值"))
    return op if op in (">=", "<=") else None


def bounded(low: str, high: str) -> tuple[str, Quantity]:
    """A target written in a lower-bound and an upper-bound cell (bound_op's columns): (the raw
    text as the form reads it, the target). One cell filled: its figure as a floor or a ceiling,
    the cell alone as raw (24个 -> >= 24 个); both: the range between them, raw low-high (12次-24次);
    the same text in both (one cell written across the two) is that one cell. Words in a bound, or
    bounds that make no range (two units, the low end above the high), are read as words: a
    target not compared rather than one read wrong."""
    lo, hi = (x.strip() for x in (low or "", high or ""))
    ql, qh = parse_cell(lo), parse_cell(hi)
    if ql.op == "empty" and qh.op == "empty":
        return lo or hi, ql
    if qh.op == "empty" or clean(lo) == clean(hi):
        return lo, replace(ql, op=">=") if ql.numeric and ql.op == "=" else ql
    if ql.op == "empty":
        return hi, replace(qh, op="<=") if qh.numeric and qh.op == "=" else qh
    raw = f"{lo}-{hi}"
    if ql.op in ("=", ">=") and qh.op in ("=", "<=") and \
            (q := _range_of(raw, [replace(ql, op=">="), replace(qh, op="<=")])) is not None:
        return raw, q
    return raw, Quantity(raw=raw, op="qualitative", note="下限与上限未能合读为区间")


# The run after a figure that may be its unit: symbols or Latin letters, or Chinese characters,
# parts joined by / ／ · * × (元/人·年, 260元/人*年).
# A denominator may be a round base before its unit or scale word (起/10万人, /10万, 例/1000人: per so
# many, 1 and zeros, 10 only with a scale word; a bare /100 is a fraction) or a bracketed group of
# parts (L/(人·d)); a unit may open with its base (15/10万).
_UNIT_PART = r"(?:(?:[%‰‱℃℉°㎡㎥㎞㎏㎎㎜㎝㎖㎘Ω]|[A-Za-zµμΩ]+[²³23]?)+|\p{Han}+)"
_PER_BASE = r"1(?:0{2,}|0+(?=百万|千万|万|亿|千|百))"
_DENOMINATOR = (rf"(?:{_PER_BASE}{_UNIT_PART}|{_UNIT_PART}|[(（]\s*{_UNIT_PART}(?:\s*[{UNIT_JOIN}]\s*{_UNIT_PART})*"
                r"\s*[)）])")
UNIT_RUN = re.compile(rf"^(?:{_UNIT_PART}|(?=[/／]\s*{_PER_BASE}{_UNIT_PART}))(?:\s*[{UNIT_JOIN}]\s*{_DENOMINATOR})*")
# What follows a counter is what it counts (个街道), not a clause about it (1-2期未能及时培训).
# A Latin unit's qualifier in brackets right after it (dB(A): A-weighted decibels) is part of the
# unit, not a note: dB(A) and dB(C) measure differently.
LATIN_QUALIFIER = re.compile(r"^\([A-Za-z]{1,2}\)")
NOT_COUNTED = re.compile(r"^(?:未|不|没|无|尚|已|均|能|可|将|要|需|应|被|及时|按时)")
_SCALE_WORDS = ("百万", "千万", "万", "亿", "千", "百")
# A period, then 一 and what happens once in it (20年一遇, 3年一次): once in so many periods, the whole
# one unit, the figure counting the periods; not the unit 年 with words after it.
ONCE_IN = re.compile(rf"^(?:{'|'.join(PERIODS)})一\p{{Han}}$")


def scale_word(unit: str) -> str:
    """The scale word a unit as written opens with (万 in 万元, 千 in 3千人), '' where none. 千 and 百
    scale only before a known unit, and no scale word opens a unit word of its own: 千克/亩, 千瓦时,
    百分点 (the unit ends where its word ends, issue 21 item 1)."""
    if KNOWN_UNIT.match(unit):
        return ""
    return next((w for w in _SCALE_WORDS if unit.startswith(w)
                 and (w not in ("千", "百") or KNOWN_UNIT.match(unit[len(w):]))), "")


# Han runs, compiled once: unit_ends_word and _read_unit are asked of every figure of every reading.
_HAN = re.compile(r"\p{Han}")
_HAN_RUN = re.compile(r"\p{Han}+")
_HAN_RUN_AT_END = re.compile(r"\p{Han}+$")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1 << 14)   # a pure function of the text after a figure, asked again by every reading of it
def _read_unit(after: str) -> tuple[str, str, str]:
    """(the unit as written, scale word included; what follows it; what a counter counts) from
    the text after a figure. The unit is read by grammar: the run of characters up to a suffix
    operator or filler word (以上, 左右, 内, 完成 …), whatever it is; known units only split a run
    into a counter and what it counts (个街道), where the segmenter says the counter is a word of its
    own: in 5.638 项目类别 the figure is followed by the word 项目, not the counter 项."""
    a = after.lstrip()
    scale = scale_word(a)
    a = a[len(scale):]
    run = UNIT_RUN.match(a)
    if not run:
        return scale, a, ""
    r = run.group(0)
    cut = next((p for p in range(1, len(r)) if _is_tail(r[p:])), len(r))
    u, rest = r[:cut], r[cut:] + a[run.end():]
    if cut == len(r) and KNOWN_UNIT.fullmatch(u) and (second := SECOND_UNIT.match(rest)):
        return f"{scale}{u}（{second.group(1)}）", rest[second.end():], ""   # 120台（套）
    if cut == len(r) and _LATIN_WORD.fullmatch(u) and (weighting := LATIN_QUALIFIER.match(rest)):
        return scale + u + weighting.group(0), rest[weighting.end():], ""   # dB(A)
    rest_b = BRACKET_NOTE.match(rest) or INCLUSIVE.match(rest)
    if rest_b and (cut == len(r)) and (word := BRACKETED_OP.match(rest)):
        rest = word.group(1) + rest[word.end():]   # 5000亩（以上）: the operator word, its brackets read away
    elif rest_b and (cut == len(r)):   # ≥90%（含）: an inclusive mark
        rest = rest[rest_b.end():]
    if any(j in u for j in UNIT_JOIN if j != "每") or ("每" in u[1:] and not u.startswith("每")):
        # a compound unit: 元/人, 元每亩 -> 元/亩, 元/人·年 kept as written
        return scale + re.sub(r"\s*(?:每|／|/)\s*", "/", u), rest, ""
    if KNOWN_UNIT.fullmatch(u) or SYMBOL_UNIT.fullmatch(u) or not _HAN.match(u) or ONCE_IN.match(u):
        return scale + u, rest, ""
    known = KNOWN_UNIT.match(u)
    if known and KNOWN_UNIT.fullmatch(u[known.end():]):
        return scale + u, rest, ""                   # 人天, 分米: two known units make one
    words = _words(u)
    if known and known.end() in _boundaries(words):
        k = known.group(0)
        counted = u[len(k):]
        if len(counted) == 1 and k in COUNTERS and not rest.strip() and not _names_things(counted):
            return scale + u, rest, ""               # 3150人此: no thing counted but the unit as written
        if k in COUNTERS and not rest.strip() and len(counted) <= 6 and not NOT_COUNTED.match(counted):
            return scale + k, "", counted            # 十二个街道: what is counted
        return scale + k, counted + rest, ""
    if known and len(u) <= 4 and len(words) > 1 and KNOWN_UNIT.fullmatch(words[-1]):
        return scale + u, rest, ""                   # 日历天: words before a known unit qualify it
    if known or len(u) > 4:
        return scale + words[0], u[len(words[0]):] + rest, ""   # 5.638 项目类别: the word is 项目
    return scale + u, rest, ""                       # a unit the lists do not know, kept as written


def figure_end(text: str, at: int) -> int:
    """Where the unit of a number ending at text[at] ends (at itself when none follows): the unit
    as a cell's is read (12处 in 新建12处饮水工程, 80公里/小时), where that is a known unit; else the
    known unit the words start with (99分 in 99分项目名称, 208万元 in 208万元资金使用情况): in a
    sentence the words after a number are its unit only where a known unit says so."""
    after = text[at:]
    lead = len(after) - len(after.lstrip())
    unit, rest, counted = _read_unit(after)
    bare = unit[len(scale_word(unit)):]
    if unit and all(KNOWN_UNIT.fullmatch(part) or _weighted_unit(part) for part in bare.split("/")):
        # the unit as written: its characters one for one, spaces around a joining / left out
        end, seen = at + lead, 0
        while seen < len(unit) and end < len(text):
            seen += not text[end].isspace()
            end += 1
        return end
    a, scale = after.lstrip(), ""
    if not KNOWN_UNIT.match(a):
        scale = next((w for w in _SCALE_WORDS if a.startswith(w) and KNOWN_UNIT.match(a[len(w):])), "")
    known = KNOWN_UNIT.match(a[len(scale):])
    return at + lead + len(scale) + known.end() if known else at


def _weighted_unit(part: str) -> bool:
    """A Latin unit with its bracketed qualifier (dB(A)): no word is written so, so in a sentence it is
    a unit as a known unit is (a bare run of letters may be a code or a name: 5G, 20xx, LED)."""
    m = SYMBOL_UNIT.match(part)
    return bool(m) and bool(LATIN_QUALIFIER.fullmatch(part[m.end():]))


def _is_tail(text: str) -> bool:
    """A suffix operator and filler words, and nothing else (以上, 以内, 左右完成)."""
    op, left = _suffix_op(text)
    return bool(op) or bool(FILLER.match(text))


@lru_cache(maxsize=1 << 14)   # a cell's figures are weighed by every reader of it, on every reading
def _words(text: str) -> tuple[str, ...]:
    from .subjects import tokenizer
    return tuple(tokenizer().lcut(text, HMM=False)) or (text,)


def _names_things(char: str) -> bool:
    from .subjects import names_things
    return names_things(char)


def _boundaries(words: list[str]) -> set[int]:
    out, at = set(), 0
    for w in words:
        at += len(w)
        out.add(at)
    return out


def unit_ends_word(text: str, start: int, end: int) -> bool:
    """Whether a figure read at text[start:end] ends where its unit's word ends: False for
    5.638 项 in 5.638 项目类别 (the word is 项目), True for 4项 in 4项工作 or at a clause end."""
    if end >= len(text) or not _HAN.match(text[end]):
        return True
    op, left = _suffix_op(_HAN_RUN.match(text[end:]).group(0))
    if op and FILLER.match(left):
        return True     # a suffix operator after it (二十个工作日内) ends the unit, whatever the segmenter joins
    head = _HAN_RUN_AT_END.search(text[start:end])
    if not head:
        return True
    from_ = start + head.start()
    run = _HAN_RUN.match(text[from_:from_ + 12]).group(0)
    return (end - from_) in _boundaries(_words(run))


def _number(s: str) -> tuple[Decimal, int]:
    """The figure and its decimal places as written."""
    s = s.replace(",", "")
    places = len(s.split(".")[1]) if "." in s else 0
    return Decimal(s), places


def _chinese_decimal(s: str) -> Decimal | None:
    """A Chinese numeral with its fraction as written (九十七点五 97.5), None if it is none."""
    import cn2an
    try:
        return Decimal(str(cn2an.cn2an(s, "smart")))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None


def _chinese(s: str) -> Decimal | None:
    import cn2an
    try:
        return Decimal(int(cn2an.cn2an(s, "smart")))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None


# A degree sign before ℃ / ℉ (°℃, an OCR of the symbol): the sign is the symbol's own, written twice.
_DEGREE_TWICE = re.compile(r"°\s*(?=[℃℉])")


def _unit(unit_text: str, default_unit: str) -> tuple[str, Decimal]:
    """(the unit, the scale its scale word gives): the unit canonical, its raw text left as written."""
    unit_text = _DEGREE_TWICE.sub("", unit_text)
    scale = Decimal(1)
    if w := scale_word(unit_text):
        scale, unit_text = SCALES[w], unit_text[len(w):]
    if not unit_text:
        if is_money_unit(default_unit):  # a bare figure, or 60万, in a table headed 万元
            return "元", scale if scale != 1 else money_scale(default_unit)
        return default_unit, scale
    return unit_text, scale


_OPENING_OP = re.compile("^\\s*(?:" + "|".join(re.escape(w) for w, _ in PREFIX_OPS) + ")")


def opens_with_operator(text: str) -> bool:
    """Whether a value opens with an operator the grammar reads (≥, ＞, 不低于, 至少, 不足 …)."""
    return bool(_OPENING_OP.match(clean(text)))


_PREFIX_OP_RE = re.compile("(?:" + "|".join(re.escape(w) for w, _ in PREFIX_OPS) + rf")(?={FILLER_WORDS}*$)")


def _prefix_op(before: str) -> tuple[str, str]:
    """The operator written before a figure (the last word or symbol followed by filler only)."""
    m = _PREFIX_OP_RE.search(before)
    if not m:
        return "=", before
    return _PREFIX_OP[m.group(0)], before[:m.start()] + before[m.end():]


def _suffix_op(after: str) -> tuple[str | None, str]:
    for word, op in SUFFIX_OPS:
        i = after.find(word)
        if i >= 0 and FILLER.match(after[:i]):
            return op, after[:i] + after[i + len(word):]
    return None, after


# In a sentence, words that change what its figure means: a change against something else (较上年
#提高5%, 同比减少3起) or a negation left after the operator word is taken (未达到90%).
CHANGE_OR_NEGATION = re.compile(r"较|同比|环比|比上|比去|增长|增加|增幅|减少|下降|降低|降幅|上升|提高|提升|"
                                r"缩短|延长|节约|节省|未|没|无|非|不|差")
CLAUSE_BREAK = re.compile(r"[，,；;。：:！？]")
IN_WORDS = "按文字描述中的唯一数字读取"


def in_words(q: Quantity, off_target: bool = False) -> Quantity:
    """A target or result cell written as a sentence (全年开展培训不少于3000人次, 满意度为94.6%): where it
    holds exactly one figure with a known unit that ends its clause or takes a bound (以上, 以内),
    that figure with its operator word or bound, the sentence kept as raw; two figures, a figure
    without a unit or followed by what it counts (30个城市前列), a change or a negation in its
    clause leave the sentence as words. `off_target`: the row's target bounds a deviation (≤±2%), so a
    deviation named in the sentence (最大偏差1.6%) is what it reports, not a shortfall."""
    if q.op != "qualitative" or not q.raw:
        return q
    text = clean(q.raw)
    nums = list(re.finditer(NUM, text))
    if len(nums) != 1 or any(m.group("cn") and _numeral_counts(text, m) for m in _FIRST_FIGURE.finditer(text)):
        return q
    m = nums[0]
    start = max((x.end() for x in CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
    stop = next((x.start() for x in CLAUSE_BREAK.finditer(text, m.end())), len(text))
    end = figure_end(text, m.end())
    if end == m.end() or end > stop:
        return q                                         # no known unit says what it counts
    r = _parse(text[m.start():end])
    if not r.numeric or r.op != "=" or r.unit in ("月", "日", "号") or r.unit == "年" and r.value >= 1900:
        return q                                         # 9月, 2023年: a time, not an amount
    before, deviation = _plus_minus(text[start:m.start()])
    op, before = _prefix_op(before)
    bound, after = _suffix_op(text[end:stop])
    if not bound and not FILLER.match(after):
        return q                                         # 30个试点城市前列: the figure counts something else
    if _changes_sense(before + after, off_target or deviation):
        return q                                         # a change or a negation: not the figure's sense
    # fewer than four characters of words are a stray mark (工5%), not a sentence; but a measure's
    # name typed right before its written bound (投诉率≤2%) is a name, kept as the note
    short = len(re.findall(r"\p{Han}", before + after)) < 4
    named = short and op in (">=", "<=", ">", "<") and not after.strip() and \
        bool(re.fullmatch(r"\p{Han}{2,}", before.strip()))
    if short and not named:
        return q
    if op == "=" and bound:
        op = bound
    if named:   # 偏差≤±3厘米: the named deviation, its sign kept
        note = before.strip() + ("±" if deviation else "")
    else:
        note = f"{IN_WORDS}；{DEVIATION}" if deviation else IN_WORDS
    return replace(r, raw=q.raw, op=op, note=note)


def _changes_sense(text: str, deviation: bool = False) -> bool:
    """Whether words around a figure change its sense (CHANGE_OR_NEGATION). Beside a target on a
    deviation, 差 does only as a word of its own (差3人: short by), not inside a noun the segmenter
    reads whole (最大偏差, 误差: the deviation the target bounds); elsewhere such a noun (差距2%) is a
    difference, not a level."""
    for m in CHANGE_OR_NEGATION.finditer(text):
        if m.group(0) != "差" or not deviation:
            return True
        left = re.search(r"\p{Han}*$", text[:m.start()]).group(0)
        right = re.match(r"\p{Han}*", text[m.end():]).group(0)
        ends = _boundaries(_words(left + "差" + right)) | {0}
        if len(left) in ends and len(left) + 1 in ends:
            return True
    return False


def _named_as_target(target: Quantity, actual: Quantity) -> Quantity | None:
    """A result that repeats the name the target's bound was typed after (提前量≥30分钟 | 提前量42分钟,
    昼间≤60dB(A) | 昼间56.4dB(A), Ra≥90 | Ra95: a symbol as well): the same measure named, its figure the result, the name its note;
    None where the target names nothing or the result's figure is not one of the target's unit."""
    name = target.note
    if not name or not re.fullmatch(r"\p{Han}{2,}|[A-Za-z]{1,4}", name) or not clean(target.raw).startswith(name):
        return None
    text = clean(actual.raw or "")
    if not text.startswith(name):
        return None
    r = _parse(text[len(name):])
    if not r.numeric or r.op != "=" or r.unit != target.unit:
        return None
    return replace(r, raw=actual.raw, note=name)


def _grade_on_target(target: Quantity, actual: Quantity) -> Quantity | None:
    """A whole grade (12级) beside a target that writes its bound on the same scale (≥12级): the target says which
    way the grades run, so the result is a figure on it (GRADE_UNIT alone leaves a bare grade as words); None
    where the target is no bounded whole figure in 级 or the result is no bare whole grade."""
    if target.unit != GRADE_UNIT or target.op == "=" or target.places:
        return None
    m = re.fullmatch(rf"(\d+)\s*{GRADE_UNIT}", clean(actual.raw or ""))
    return None if m is None else Quantity(raw=actual.raw, op="=", value=Decimal(m.group(1)), unit=GRADE_UNIT,
                                           places=0)


def _words_after_unit(raw: str) -> tuple[str, str, str] | None:
    """(the cell with the words after its figure's unit left out, the unit, the words) where a cell
    reads as words only because a word follows its figure's unit (7度设防: 7度, 度, 设防); None else."""
    text = clean(raw)
    if not (m := _first_figure(text)) or not m.group("num"):
        return None
    unit, rest, counted = _read_unit(text[m.end():])
    cut = next((p for p in range(1, len(rest) + 1) if _is_tail(rest[p:])), 0)
    words = rest[:cut]
    if not unit or counted or not re.fullmatch(r"\p{Han}{1,4}", words):
        return None
    return text[:m.end()] + unit + rest[cut:], unit, words


def shared_unit_pair(target: Quantity, actual: Quantity) -> tuple[Quantity, Quantity]:
    """A target and result that read as words only because the same words follow the unit after
    each figure (不低于7度设防 / 7度设防): what both cells write after their figures is the row's unit as
    its table writes it (度设防), not a remark on one value; each is read with them as its unit. One
    cell alone says too little (7度 then words may be a clause on the figure)."""
    if not (target.op == actual.op == "qualitative" and target.note == actual.note == EMBEDDED):
        return target, actual
    t, a = _words_after_unit(target.raw), _words_after_unit(actual.raw)
    if not (t and a and t[1:] == a[1:]):
        return target, actual
    tq, aq = _parse(t[0]), _parse(a[0])
    if not (tq.numeric and aq.numeric and tq.op != "range" and aq.op != "range" and tq.unit == aq.unit != "") \
            or is_money_unit(tq.unit) or not re.match(r"\p{Han}", tq.unit):
        return target, actual   # words after money say what it pays for (万元补助), after a share what it is of (%合格)
    return (replace(tq, raw=target.raw, unit=tq.unit + t[2]), replace(aq, raw=actual.raw, unit=aq.unit + a[2]))


def in_words_pair(target: Quantity, actual: Quantity) -> tuple[Quantity, Quantity]:
    """An indicator's target and result with the sentences read (in_words) only where both sides
    then hold a figure of one unit: a comparison the row itself supports. A sentence beside words
    (保障正常运转 | 办公用品购置0.77万元) says what was done, not a result against a target."""
    t = in_words(target)
    a = in_words(actual, off_target="±" in t.note)
    if t.numeric and a.op == "qualitative":
        a = _named_as_target(t, actual) or _grade_on_target(t, actual) or a
    if (t, a) != (target, actual) and t.numeric and a.numeric and t.unit == a.unit:
        return t, a
    return target, actual


# A change against a base, as a grammar (较上年增长5%以上, 同比下降不超过3%, 比2022年提高2个百分点): a
# comparison word and the period compared with (较 / 比 / 相比 + 上年, 上一年度, 去年, 上期, 上季度,
# 2022年, 基期, 同期), or 同比 / 环比 alone; then a verb of change, rising or falling; then a figure
# with its bound, read as any cell is. The figure is the size of the change, not a level.
_BASE = rf"(?:(?:较|比|相比|与)\s*{PERIOD}(?:\s*相比)?|同比|环比)"
# A bracket's period before its figure (（上年2.6万元/户）, （2022年为96%）): the base's own figure.
_FIGURE_OF_BASE = re.compile(rf"^\s*(?P<period>{PERIOD})\s*(?:水平)?\s*(?:为|是|[:：])?\s*(?=\d)")
# The verbs of change the grammar below does not reach as a pattern: 升 / 降 / 减 second after another morpheme
# (提升, 上升, 下降, 缩减) and 降幅 — words, because 升 / 降 open and close other words as well (降水, 晋升) — and
# 下滑, no morpheme of which says the direction. 增长, 增加, 减少 (增 / 减 and anything) and 降低 (a verb-result
# compound) are the grammar's.
_RISE, _FALL = ("提升", "上升"), ("下降", "缩减", "降幅", "下滑")
_RISES, _FALLS = "增升", "减降"
# Verb-result compounds (提高, 扩大, 加大, 延长, 缩小, 缩短, 压缩): an action morpheme, then a result morpheme that
# says which way; a grammar of two slots, so 扩大 / 压缩 need no list (最高 / 较少 are no action: not verbs).
_RISE_RESULT, _FALL_RESULT = "[扩加增提放延][大高多长]", "[缩减降压紧收][小低少短缩]"
# 增 / 减 and what grows or shrinks (增产, 增收, 减产, 减排) are verbs of change by their first morpheme,
# as 增长 / 减少 are: a grammar, so the thing named after 增 / 减 needs no list
CHANGE_VERB = rf"{'|'.join(_RISE + _FALL)}|{_RISE_RESULT}|{_FALL_RESULT}|[增减]\p{{Han}}"
_CHANGE = re.compile(rf"^(?P<base>{_BASE})?\s*(?P<verb>{CHANGE_VERB})\s*(?P<rest>.*\d.*)$")
# The note change_pair gives a target on a change: its base and verb, nothing else. A note that only
# holds a verb of change (其中困难户减免, 资金减半) speaks of something else, not of the indicator's figure.
_CHANGE_NOTE = re.compile(rf"(?P<base>{_BASE})?\s*(?P<verb>{CHANGE_VERB})")
# A verb of change and 至 / 到 (降至8‰以下, 提高到95%, 缩短至5个工作日): the level reached, not the size of
# the change; the verb its note. The verbs of a change (CHANGE_VERB), a morpheme of one alone before
# 至 / 到 (降至, 增至, 升到), or one after the way it is done (压减至, 削减到, 攀升至, 核减至: the direction is the
# second morpheme's; a negation before it, 未降至, says it was not reached, no level).
REACH_MOVE = rf"(?:{CHANGE_VERB}|[{_RISES}{_FALLS}]|(?![不未没非无])\p{{Han}}[{_RISES}{_FALLS}])"
_REACH_VERB = rf"(?P<change>{REACH_MOVE})\s*(?:至|到)"
# The level it came from may be written before (由15.2%降至9.8%, 从3.2天缩短至2.5天): kept in the note.
_REACH_FROM = rf"(?:[由从]\s*(?P<start>{NUM}\s*[^\d\s]{{0,4}}?)\s*)?"
LEVEL_REACHED = re.compile(rf"^(?P<verb>{_REACH_FROM}{_REACH_VERB})\s*(?P<rest>(?=.*\d)\S.*)$")
# The note a level reached leaves (the verb, then the figure's own note after a ；).
_REACHED_NOTE = re.compile(rf"^{_REACH_FROM}{_REACH_VERB}(?:；|$)")


def _reached_from(m: re.Match, q: Quantity) -> bool:
    """Whether the level a change came from (由15.2%) agrees with the level reached: none written, or
    one in the same unit on the side the verb says (a fall from above, a rise from below)."""
    if m.group("start") is None:
        return True
    start, verb = _parse(m.group("start")), m.group("change")
    return start.numeric and start.op == "=" and start.unit == q.unit and \
        (start.value > q.value if _falls(verb) else start.value < q.value if _rises(verb) else False)
# A change against a base written with its sign, no verb (较上年+3.2个百分点, 同比-4.1%).
SIGNED_CHANGE = re.compile(rf"^(?P<base>{_BASE})\s*(?P<rest>[-+]\s*\d.*)$")


def _rises(verb: str) -> bool:
    return verb[:1] in _RISES or len(verb) == 2 and verb[1] in _RISES and verb[0] not in _FALLS \
        or bool(re.fullmatch(_RISE_RESULT, verb))


def _falls(verb: str) -> bool:
    return verb == "下滑" or verb[:1] in _FALLS or len(verb) == 2 and verb[1] in _FALLS and verb[0] not in _RISES \
        or bool(re.fullmatch(_FALL_RESULT, verb))


def reached_sense(target: Quantity) -> Quantity:
    """A target read as the level a change reaches with no bound written (降至8‰, 提高到95%, 缩短至5个工作日):
    a fall to reach is met at that level or below (≤), a rise at it or above (≥), by the verb's morphemes;
    only a target: a result read so is the level it reached (=)."""
    if target.op != "=" or not target.numeric or not (m := _REACHED_NOTE.match(target.note)):
        return target
    verb = m.group("change")
    return replace(target, op="<=" if _falls(verb) else ">=" if _rises(verb) else "=")


def _change(q: Quantity, based: bool) -> tuple[Quantity, str, str] | None:
    """(the change as a quantity, its base as written, its verb) of a cell written as a change
    (较上年增长6.2%: = 6.2 %), or None. `based`: only with a base written; else a verb alone
    (提高1.8个百分点) does too."""
    if q.op != "qualitative" or not (m := _CHANGE.match(in_digits(clean(q.raw)))) or based and not m.group("base"):
        return None
    r = parse(m.group("rest"))
    if not r.numeric or r.op not in ("=", ">=", "<=", ">", "<", "approx", "range") or r.note:
        return None
    return r, re.sub(r"\s", "", m.group("base") or ""), m.group("verb")


def change_pair(target: Quantity, actual: Quantity) -> tuple[Quantity, Quantity]:
    """A target written as a change against a base (较上年增长5%以上, 同比下降不超过3%) is a target on
    the CHANGE: the figure with the operator of its bound (以上 >=, 不超过 <=), and with none, >= (a rise
    or a fall to reach is met by that much or more); the base and verb in the note, the raw as written.
    Its result written as a change too (较上年增长6.2%, or the verb alone: 提高1.8个百分点, the base being
    the target's) is the change reached, counted in the target's sense: a fall against a rise to reach
    is below zero. A result written as a level (96%) leaves both as read. Anything else is left as read."""
    t = _change(target, based=True)
    if t is None and _signed(actual):
        t = _change(target, based=False)   # 增长5%以上 against +6.2%: the result's sign says a change
    if t is None:
        return target, actual
    tq, base, verb = t
    rising = _rises(verb)
    tq = replace(tq, raw=target.raw, op=">=" if tq.op == "=" else tq.op, note=base + verb)
    a = _change(actual, based=False)
    if a is None and _signed(actual):
        return tq, actual    # a figure written with its sign (-4.1%) is a change, kept as written
    if a is None and actual.numeric:
        # a level (96%) against a change to reach (增长5%): not the same quantity, so neither side is
        # read as a figure to compare; reading less beats a shortfall made up of 96 against 5
        return target, actual
    if a is None or a[0].op != "=":
        return tq, actual
    aq, abase, averb = a
    sign = 1 if _rises(averb) == rising else -1
    return tq, replace(aq, raw=actual.raw, value=aq.value * sign, note=(abase or base) + averb)


def in_target_sense(target: Quantity, actual: Quantity) -> Quantity:
    """A result written as a signed figure (-4.1%) against a target on a fall (同比减少不少于3%, its
    note the base and verb change_pair keeps): the fall counted as the target counts it (4.1), for
    comparing only; the record keeps the figure as written. A count whose scale word was dropped is
    read in the target's scale (in_target_scale)."""
    if _signed(actual) and (m := _CHANGE_NOTE.fullmatch(target.note)) and _falls(m.group("verb")):
        return replace(actual, value=-actual.value)
    return in_target_scale(target, actual)


def scale_dropped(target: Quantity, actual: Quantity) -> str:
    """The scale word (万) a result dropped: a count written with decimals (3.5人次: things counted
    one by one are whole) against a target counting the same thing in a scale (≥3万人次), so the
    result is the target's scale of it (3.5万人次); "" otherwise."""
    if not (target.numeric and actual.numeric and actual.op == "=" and actual.unit == target.unit
            and actual.unit in COUNTERS and actual.scale == 1 and actual.places
            and actual.value != actual.value.to_integral()):
        return ""
    return next((w for w, k in SCALES.items() if k == target.scale and k > 1), "")


def in_target_scale(target: Quantity, actual: Quantity) -> Quantity:
    """A result whose scale word was dropped (scale_dropped: 3.5人次 against ≥3万人次) read in the
    target's scale (35000, rounded as 3.5万 is), for comparing only; the record keeps the figure as
    written and JX801 flags it."""
    if scale_dropped(target, actual):
        return replace(actual, value=actual.value * target.scale, scale=target.scale)
    return actual


# A figure written with its sign, after a base or alone (-4.1%, +6.2%, 较上年+3.2个百分点), or an
# accountant's negative ((12.5)%).
SIGNED_FIGURE = re.compile(rf"^(?:{_BASE})?\s*(?:[-+]\s*\d|[（(]\s*\d)")


def _signed(q: Quantity) -> bool:
    """A figure written with its sign (-4.1%, +6.2%): a change, not a level."""
    return q.numeric and q.op == "=" and bool(SIGNED_FIGURE.match(clean(q.raw)))


# A result written as a fraction of its target, after a word or alone (完成379/386栋, 按期49/52个,
# 7/8处): the part done, over the whole, then the unit of both.
_PART_OF_WHOLE = re.compile(rf"^\p{{Han}}{{0,4}}\s*({NUM})\s*[/／]\s*({NUM})\s*(\S.*)$")


def part_of_target(target: Quantity, actual: Quantity) -> Quantity:
    """The result of a fraction of the target (完成379/386栋 under 386栋 or ≥386栋): the part done with
    the unit (379栋), the raw text kept; only where the whole and its unit are the target's, so a
    ratio (1/2) or a date (3/15) stays as written."""
    m = _PART_OF_WHOLE.match(clean(actual.raw))
    if actual.op != "qualitative" or not m or not target.numeric or target.op not in ("=", ">=") or not target.unit:
        return actual
    done, whole = parse(m.group(1) + m.group(3)), parse(m.group(2) + m.group(3))
    if done.op != "=" or whole.op != "=" or whole.unit != target.unit or done.unit != target.unit or \
            whole.value != target.value:
        return actual
    return replace(done, raw=actual.raw)


# A ratio written as a fraction (1/2, ≥3/4, 不低于2/3): a part of a whole (n ≤ m), the whole cell an
# operator and the fraction. Not a month and day: a numerator that may be a month over a denominator
# that may only be a day (3/15, 12/31, 6/30) stays as written; a small denominator (halves to twelfths)
# is a share. Words before it other than an operator (抽检1/2, 完成379/386) leave it as written.
FRACTION_NOTE = "按分数读取："
FRACTION = re.compile(r"^(?P<before>\D*?)(?P<n>\d{1,6})\s*[/／]\s*(?P<m>\d{1,6})$")


# A ratio to one written with a colon (生师比≤12:1, 11.4:1, 配套比例≥1:1.5): the side that is not 1 is
# the figure compared, the side the 1 stands on kept in the note (比例N:1, 比例1:N), so a row's two
# cells compare only when written alike. A side with a leading zero (8:05) is a clock, not a ratio.
TO_ONE = re.compile(rf"^(?P<before>\D*?)(?P<a>{NUM})\s*[:∶]\s*(?P<b>{NUM})$")


def _to_one(q: Quantity) -> Quantity:
    m = TO_ONE.match(clean(q.raw))
    if not m or re.match(r"0\d", m.group("a")) or re.match(r"0\d", m.group("b")) or "1" not in (m.group("a"), m.group("b")):
        return q
    op, before = _prefix_op(m.group("before"))
    if before.strip():
        return q
    n_to_one = m.group("b") == "1"
    value, places = _number(m.group("a") if n_to_one else m.group("b"))
    return Quantity(raw=q.raw, op=op, value=value, places=places, note="比例N:1" if n_to_one else "比例1:N")


def ratio_pair(target: Quantity, actual: Quantity) -> tuple[Quantity, Quantity]:
    """A target and result read as ratios to one with the 1 on different sides (12:1 beside 1:11.4)
    measure opposite things: neither is read as a figure (kept as written, said in the note)."""
    notes = {target.note, actual.note}
    if notes == {"比例N:1", "比例1:N"} and 1 in (target.value, actual.value):
        # 1:1 has the 1 on both sides: it reads on whichever side the other cell puts it
        one, other = (target, actual) if target.value == 1 else (actual, target)
        one = replace(one, note=other.note)
        return (one, other) if one.raw == target.raw else (other, one)
    if target.note.startswith(FRACTION_NOTE) and target.unit == "" and actual.numeric and actual.unit == "%" \
            and _decimal_ends(Fraction(target.value).limit_denominator(10 ** 6).denominator):
        # ≥1/4 against 28.6%: the share the result writes in percent, the fraction in percent (25%)
        return replace(target, value=target.value * 100, unit="%"), actual
    if notes == {"比例N:1", "比例1:N"}:
        return tuple(Quantity(raw=q.raw, op="qualitative", note="比例写法不一致（N:1与1:N），未按数字读取")
                     for q in (target, actual))
    return target, actual


def ratio(q: Quantity) -> Quantity:
    """A value cell written as a fraction: its ratio, exact (1/2 -> 0.5, 2/3 -> n/m to Decimal's
    precision), no unit (a share of a whole, comparable with another fraction or a bare ratio, not
    silently with a percentage), no written places (nothing was rounded), the text kept as raw.
    A ratio to one with a colon (12:1, 1:1.5): the figure against the 1 (_to_one)."""
    if q.op == "qualitative" and (r := _to_one(q)) is not q:
        return r
    m = FRACTION.match(clean(q.raw))
    if q.op != "qualitative" or not m:
        return q
    n, whole = int(m.group("n")), int(m.group("m"))
    if n > whole or whole < 2 or n <= 12 and 12 < whole <= 31:
        return q
    op, before = _prefix_op(m.group("before"))
    if before.strip():
        return q    # 完成379/386: a count done, not a share (part_of_target reads it where the unit says)
    value = Decimal(n) / Decimal(whole)
    return Quantity(raw=q.raw, op=op, value=value, places=None, note=f"{FRACTION_NOTE}{n}/{whole}")


# A rate's name right before its figure in a value cell, as a label (完成率100%, 合格率：≥98.5%): the
# share is the rate named, its name the note; only before a share (% or ‰), a name that ends in 率 /
# 比例 / 占比. Words between them (知晓率达到85%) make a sentence, read as one (in_words). Not in parse:
# in a name cell the same text is a name with its target (设备完好率≥98%).
RATE_LABEL = re.compile(r"^(?P<name>\p{Han}{0,8}(?:率|比例|占比))\s*[:：]?\s*(?P<figure>[^\p{Han}].*)$", re.S)


def rate_named(q: Quantity) -> Quantity:
    """A target or result cell written as a rate's name and its share: the share, the name in its note."""
    m = RATE_LABEL.match(clean(q.raw))
    if q.op != "qualitative" or not m:
        return q
    r = parse(m.group("figure"))
    if not r.numeric or r.unit not in ("%", "‰"):
        return q
    return replace(r, raw=q.raw, note="；".join(x for x in (m.group("name"), r.note) if x))


def completion_defined(target: Quantity, actual: Quantity) -> bool:
    """A row's completion rate, result / target × 100, has one meaning: both figures, in one unit, the
    target a floor or exact and not zero, the result exact. A ceiling (≤ target) has no one definition.
    The reader's test of a 完成率 column (tables.completion_fits) and JX409's check of its cells."""
    return target.numeric and actual.numeric and target.unit == actual.unit and bool(target.value) and \
        target.op in (">=", ">", "=") and actual.op == "="


def completion_agrees(target: Quantity, actual: Quantity, rate: Quantity) -> bool:
    """A completion rate (completion_defined's row) that result / target × 100 can round to at the
    rate's written places, the result standing for its own rounding (a count exact): 95.0% for
    47.53 / 50, not 95.1%; or 100% for a result at or above its target (a rate capped at full).
    The one test of the reader's 完成率 column vote (tables.completion_fits) and of JX409. A result whose
    scale word was dropped (1.08人次 against ≥1万人次, 完成率 108.0%) is read in the target's scale first,
    as the missed-target test reads it (in_target_scale): the slip is JX801's, the rate follows the
    result meant."""
    actual = in_target_scale(target, actual)
    spread = Decimal(0) if actual.exact_count else actual.tolerance
    lo, hi = ((actual.value + d) / target.value * 100 for d in (-spread, spread))
    return (lo <= rate.value + rate.tolerance and hi >= rate.value - rate.tolerance) or \
        (rate.value == 100 and lo >= 100)


def share_agrees(part: Quantity, whole: Quantity, share: Quantity) -> bool:
    """A share in % that part / whole × 100 can round to, each figure standing for its own rounding:
    30.49 for 372.60 of 1,222.20, not 30.94. The reader's test of a list's 占比 column
    (totals_and_lists.shares_fit); JX601 states what the share should be (rules.text._share_off)."""
    spread = part.tolerance
    low, high = whole.value - whole.tolerance, whole.value + whole.tolerance
    if low <= 0:
        return True
    lo, hi = (part.value - spread) / high * 100, (part.value + spread) / low * 100
    return lo <= share.value + share.tolerance and hi >= share.value - share.tolerance


def month_of_point(q: Quantity) -> Quantity:
    """A target or result read as the bare number 2023.12 (no unit, no operator): the month it
    names, as a deadline. Only for value cells whose column and name give no unit (the caller's
    check): 2023.12 under 万元 is money."""
    m = POINT_MONTH.match(clean(q.raw))
    if not m or q.op != "=" or q.unit:
        return q
    year, month = int(m.group(1)), int(m.group(2))
    return Quantity(raw=q.raw, op="deadline", date=f"{year:04d}-{month:02d}-{_month_end(year, month)}",
                    note=f"按年月读取：{year}年{month}月")


# A month and day with no year (5月26日, 4月18日完成): a date only where the row makes it one
# (dated_in_year). A month alone (7月 beside 9月前) names no day: kept as written (realworld 025).
YEARLESS_DATE = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:" + COMPLETION + r")?$")


def dated_in_year(target: Quantity, actual: Quantity, year: int | None) -> Quantity:
    """A result written as a month and day without its year (5月26日, 12.16) beside a deadline target: a date
    of the report's year (the form is that year's), op deadline; with no year known, a deadline with
    no date. Anything else is left as read."""
    text = clean(actual.raw)
    m = YEARLESS_DATE.match(text) or POINT_DAY.match(text)
    if target.op != "deadline" or actual.op == "deadline" or not m or not (day_of := _point_day(m, year)):
        return actual
    month, day = day_of
    if year is None:
        return Quantity(raw=actual.raw, op="deadline", note="日期未写年份")
    return Quantity(raw=actual.raw, op="deadline", date=f"{year:04d}-{month:02d}-{day:02d}",
                    date_from=f"{year:04d}-{month:02d}-{day:02d}", note=f"日期未写年份，按报告年度{year}年读取")


# A time compared with a date (不晚于2023年, 不迟于2023年12月, 早于2024年6月30日, 最迟2023年底): the operator
# grammar (_comparisons) over the words that compare times, 早 / 晚 / 迟 于, and 最迟 / 最晚 (at the latest, as
# 最高 is at most). Not among PREFIX_OPS: they compare times, so they are read only before a date, where
# an upper bound is a deadline (≤ by the date's last day, < before its first).
TIME_OPS = sorted(_comparisons({"早于": "<", "晚于": ">", "迟于": ">"}) + [("最迟", "<="), ("最晚", "<=")],
                  key=lambda wo: len(wo[0]), reverse=True)
TIME_BOUND = re.compile("^(?P<word>" + "|".join(re.escape(w) for w, _ in TIME_OPS) + r")\s*(?P<date>\S.*)$")


def _time_bound(raw: str, text: str) -> Quantity | None:
    """A deadline told as a time compared with a date (TIME_BOUND); None where the words say no upper
    bound (晚于2023年: a start, not a deadline) or no date follows."""
    if not (m := TIME_BOUND.match(text)) or (op := dict(TIME_OPS)[m.group("word")]) not in ("<=", "<"):
        return None
    return _dated_bound(raw, op, _deadline(raw, m.group("date")), m.group("word"))


def _dated_bound(raw: str, op: str, q: Quantity | None, word: str) -> Quantity | None:
    """A deadline by a date under an upper bound: ≤ by its last day (q.date), < the day before its first
    (where the date says its first day: 早于2024年 by 2023-12-31); the bound's word in the note."""
    if q is None or q.op != "deadline" or not q.date or op == "<" and not q.date_from:
        return None
    date = q.date if op == "<=" else (datetime.date.fromisoformat(q.date_from) - datetime.timedelta(days=1)).isoformat()
    return Quantity(raw=raw, op="deadline", date=date, note="；".join(x for x in (word.strip(), q.note) if x))


def _point_day(m: re.Match, year: int | None = None) -> tuple[int, int] | None:
    """(month, day) of a month and day with no year (YEARLESS_DATE, POINT_DAY), None where the year (any
    year where none is known) has no such day."""
    month, day = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12 or not 1 <= day <= int(_month_end(year or 2000, month)):   # 2000: a leap year
        return None
    return month, day


def year_bound(target: Quantity, actual: Quantity) -> Quantity:
    """A target of an upper bound and a bare year (≤2023年, 不超过2023年) beside a dated result (2023年11月
    完成): the deadline the result answers, by that year's end (< before it), not a level compared with the
    year's (NAMED_YEAR, as ≤2023年同期 is): the result's date is the cells' evidence. Anything else as read."""
    m = NAMED_YEAR.match(clean(target.raw or ""))
    if target.op != "qualitative" or actual.op != "deadline" or not actual.date or not m or m.group("figure") \
            or not (year := re.fullmatch(r"(?P<word>\D+?)\s*(?P<year>(?:19|20)\d\d)\s*年", m.group("words"))) \
            or (op := _PREFIX_OP.get(year.group("word").strip())) not in ("<=", "<"):
        return target
    return _dated_bound(target.raw, op, _deadline(target.raw, year.group("year") + "年"), year.group("word")) or target


# A date in Chinese numerals (二〇二三年十月底前, 二〇二四年三月三十一日): the year digit by digit, the month
# and day as numbers; read as the same date in digits.
CN_DATE = re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})\s*年(?:\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
                     r"(?:\s*(?P<d>[一二三四五六七八九十]{1,3})\s*[日号])?)?")


def _date_in_digits(text: str) -> str:
    def digits(m: re.Match) -> str:
        year = "".join(str("〇一二三四五六七八九".index(c) if c != "零" else 0) for c in m.group("y"))
        month, day = (_chinese(m.group(k)) if m.group(k) else None for k in ("m", "d"))
        if m.group("m") and not (month and 1 <= month <= 12) or m.group("d") and not (day and 1 <= day <= 31):
            return m.group(0)
        return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")
    return CN_DATE.sub(digits, text)


# A date opening with its year in two digits (23年11月底前, 23年11月20日): a month after it says a date,
# not 23 years (a span of years and months writes 个月); read as this century's year, the note says so.
SHORT_YEAR = re.compile(r"^(\d{2})\s*年\s*(?=(?:0?[1-9]|1[0-2])\s*月(?!份?\s*[-—~～至到]))")


def _deadline(raw: str, text: str) -> Quantity | None:
    if (short := SHORT_YEAR.match(text)) and (q := _deadline(raw, f"20{short.group(1)}年{text[short.end():]}")) \
            is not None and q.date:
        read = f"年份只写两位（{short.group(1)}年），按20{short.group(1)}年读取"
        return replace(q, note="；".join(x for x in (q.note, read) if x))
    text = YEAR_REPEATED.sub(r"\1年", _date_in_digits(text))
    if (q := _time_bound(raw, text)) is not None:
        return q
    if EARLY.match(text):
        return Quantity(raw=raw, op="deadline", note=text)
    if (m := RELATIVE_DEADLINE.match(text)):
        return Quantity(raw=raw, op="deadline", note="截止时间为次年，未写年份" if m.group("next") else "截止时间未写年份")
    if (m := YEAR_LEFT.match(text)) and RELATIVE_DEADLINE.match(text[m.end():]):
        return Quantity(raw=raw, op="deadline", note=f"截止时间的年份未填写（{m.group(1)}年）")
    if (m := POINT_DAY.match(text)) and m.group("by") and (day := _point_day(m)):
        return Quantity(raw=raw, op="deadline", note=f"截止时间未写年份（按月.日读作{day[0]}月{day[1]}日前）")
    if (m := HOLIDAY_DEADLINE.match(text)):
        day, year = m.group("day"), m.group("year")
        if year is None:
            return Quantity(raw=raw, op="deadline", note=f"截止时间未写年份（{day}前）")
        if day not in FIXED_HOLIDAYS:
            return Quantity(raw=raw, op="deadline", note=f"按节日截止（{day}前），日期随农历，未换算")
        before = datetime.date(int(year), *FIXED_HOLIDAYS[day]) - datetime.timedelta(days=1)
        return Quantity(raw=raw, op="deadline", date=before.isoformat(), note=f"{day}前")
    if (m := PART_DEADLINE.match(text)):
        year, month = m.group(1), m.group(2) or ("6" if m.group(4) == "上" else "12")
        if (span := _date_span(year, month, None, m.group(3))):
            return Quantity(raw=raw, op="deadline", date=span[1], note=m.group(3) or f"{m.group(4)}半年")
    if (m := CLOCK_DEADLINE.match(text)) and (m.group("daily") or m.group("by")) and int(m.group(2)) <= 24 \
            and int(m.group(3)) < 60:
        what = "时刻截止" if m.group("by") else "每日时刻"
        return Quantity(raw=raw, op="deadline", note=f"{what}（{m.group(2)}:{m.group(3)}），无具体日期")
    if (m := DAY_SPAN.match(text)):
        start = _date_span(m.group(1), m.group(2), m.group(3), None)
        end = _date_span(m.group(1), m.group(4) or m.group(2), m.group(5), None)
        if start and end and start[0] <= end[0]:
            return Quantity(raw=raw, op="deadline", date=end[0], date_from=start[0], note=f"{start[0]}至{end[0]}")
    if (m := RECURRING_DEADLINE.match(text)):
        period = re.sub(r"\s", "", m.group(1))
        return Quantity(raw=raw, op="deadline", note=f"按期截止（{period}），无具体日期")
    if (m := QUARTER.match(text)):
        n = next(g for g in m.groups()[1:] if g)
        month = 3 * (int(n) if n.isdigit() else "一二三四".index(n) + 1)
        if m.group(1) is None:
            return Quantity(raw=raw, op="deadline", note=f"截止时间未写年份（第{month // 3}季度末）")
        year = int(m.group(1))
        return Quantity(raw=raw, op="deadline", date=f"{year:04d}-{month:02d}-{_month_end(year, month)}",
                        note=f"按季度末读取：{year}年第{month // 3}季度")
    if (m := YEAR_SPAN.match(text)):
        return Quantity(raw=raw, op="deadline", date=f"{m.group(2)}-12-31", note=f"{m.group(1)}至{m.group(2)}年")
    if (m := MONTH_SPAN.match(text)) and 1 <= int(m.group(2)) <= int(m.group(3)) <= 12:
        year, month = int(m.group(1)), int(m.group(3))
        return Quantity(raw=raw, op="deadline", date=f"{year:04d}-{month:02d}-{_month_end(year, month)}",
                        note=f"{year}年{int(m.group(2))}月至{month}月")
    if (m := WHOLE_YEAR.match(text)):
        return Quantity(raw=raw, op="deadline", date=f"{m.group(1)}-12-31", note="全年")
    if (m := DONE_DATE.match(text)) and (span := _date_span(m.group(1), m.group(2), m.group(3), m.group(4))):
        return Quantity(raw=raw, op="deadline", date=span[1], date_from=span[0], note=re.sub(r"\s", "", m.group(5)))
    m = DATE.search(text) or DATE_ISO.search(text) or BARE_DATE.match(text)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    first = None
    if month is None:
        month, day = "12", "31"
    elif day is None:
        day = _month_end(int(year), int(month))
        if m.re is BARE_DATE and 1 <= int(month) <= 12:   # 2023年12月 alone: done within the month, its span
            first = f"{int(year):04d}-{int(month):02d}-01"
    if m.re is BARE_DATE and first is None:
        # 2023年 alone: done within the year, its span; 2023年11月20日 alone: that day
        first = f"{int(year):04d}-01-01" if m.group(2) is None else f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    leftover = (text[:m.start()] + text[m.end():]).strip()
    if re.search(NUM, leftover):
        return None   # another figure beside the date: no deadline alone (words beside it are its note)
    return Quantity(raw=raw, op="deadline", date=f"{int(year):04d}-{int(month):02d}-{int(day):02d}",
                    date_from=first, note=leftover)


# Where a target may start inside an indicator's name (培训人数≥500人, 合格率不低于95%): a comparison
# symbol or word. Approximations (约, 近) and one-character words (超, 逾) begin ordinary names.
_NAMED_TARGET_OP = re.compile("|".join(
    [OPERATOR] + [re.escape(w) for w, o in PREFIX_OPS
                  if o in (">=", "<=", ">", "<", "=") and len(w) >= 2 and re.match(r"\p{Han}", w)]))


# The last figure of a name and what follows it (合格率100%, 覆盖率95.5%).
_LAST_FIGURE = re.compile(r"\d+(?:\.\d+)?\D*$")


# A bracket ending a name (城区公厕服务半径（≤500米）): where a table has no target column, it may
# hold the target.
_END_BRACKET = re.compile(r"[（(]\s*([^（()）]+?)\s*[)）]\s*$")


def _bracketed_target(text: str, figure_end: bool) -> tuple[str, str] | None:
    """(name, target) where the name's last bracket holds a comparison and a figure (≤500米); with
    `figure_end` (the header says the names hold their targets) a figure with its unit (100%), a
    deadline or a word of result (健全) too. A unit (（万元）, （人）) or a note with figures in it
    stays part of the name."""
    m = _END_BRACKET.search(text)
    if not m or name_unit(text, scaled=True):
        return None
    head, inner = text[:m.start()].strip(), m.group(1)
    if len(re.findall(r"\p{Han}", head)) < 2:
        return None
    q = parse(inner)
    if q.numeric and not q.note and (q.op in (">=", "<=", ">", "<") or figure_end and q.op == "=" and q.unit) or \
            figure_end and (q.op == "deadline" and q.date and not q.note or
                            q.op == "qualitative" and not re.search(r"\d", inner) and len(inner) <= 8):
        return head, inner
    return None


def split_named_target(name: str, figure_end: bool = False, bracket: bool = False) -> tuple[str, str] | None:
    """An indicator name that ends in its target (培训乡村教师人数≥500人, 完成时间2023年11月底前):
    (the name before it, the target as written), or None. Only a comparison and a figure running to
    the name's end, or a deadline date ending it: a name that merely ends in a figure (PM2.5, 5G基站,
    十四五规划) holds no target. The caller splits only where the row's target cell is empty.
    `figure_end`: the caller knows the names hold their targets (the column's header says so), so
    a figure with its unit ending the name (验收合格率100%) is the target without a comparison too.
    `bracket`: the table has no target column, so a target in the name's last bracket is read
    (_bracketed_target)."""
    text = (name or "").strip()
    if bracket and (split := _bracketed_target(text, figure_end)):
        return split
    ops = {m.start() for m in _NAMED_TARGET_OP.finditer(text)}
    dates = {m.start() for m in DATE.finditer(text) if m.end() == len(text)}
    figures = {m.start() for m in _LAST_FIGURE.finditer(text)} if figure_end else set()
    for at in sorted(ops | dates) + sorted(figures - ops - dates):
        head, tail = text[:at].strip(), text[at:].strip()
        if len(re.findall(r"\p{Han}", head)) < 2 or head[-1] in "，,、：:（(" or \
                at in figures and not re.match(r"\p{Han}", head[-1]):
            continue
        q = parse(tail)
        if at in dates and q.op == "deadline" and q.date and not q.note or \
                at in ops and q.numeric and q.op in (">=", "<=", ">", "<", "=") and not q.note or \
                at in figures and q.numeric and q.op == "=" and q.unit and not q.note:
            return head, tail
    return None


# One cell holding a target and its result, labelled (目标：≥90%；实际：95%): a label is a short
# word before a colon at the cell's start or after a separator (；, a comma, a line break, a space:
# 目标：≥90%　实际：95%), which is no part of either value.
_CELL_LABEL = re.compile(r"(?:^|(?<=[；;，,\s]))\s*(\p{Han}{1,6})\s*[:：]\s*")


def _labelled_pair(text: str) -> tuple[str, str] | None:
    """(target, result) of a cell of exactly two labelled parts whose labels name the two roles
    (vocab.value_role: 目标 / 指标值 / 计划 and 实际 / 完成 / 实现, in either order), else None."""
    marks = list(_CELL_LABEL.finditer(text))
    if not marks:
        return _run_together_pair(text)
    if len(marks) != 2 or marks[0].start() != 0:
        return None
    roles = [value_role(m.group(1)) for m in marks]
    parts = [text[marks[0].end():marks[1].start()], text[marks[1].end():]]
    parts = [re.sub(r"[\s；;，,]+$", "", x).strip() for x in parts]
    if sorted(map(str, roles)) != ["actual", "target"] or not all(parts):
        return None
    return (parts[0], parts[1]) if roles[0] == "target" else (parts[1], parts[0])


def _role_word_at(text: str, i: int) -> tuple[str, str] | None:
    """The role's label (vocab.role_stem, two to six Han) at `i` that a figure follows: (word, role). The
    shortest after which nothing but an operator stands before the number (目标值|不少于15盏, not
    目标值不少于|15盏; 实际完成|98万元, not 实际|完成98万元)."""
    for k in range(2, 7):
        word = text[i:i + k]
        if len(word) < k or not re.fullmatch(r"\p{Han}+", word):
            return None
        lead = re.match(r"\s*(\D*)", text[i + k:]).group(1).strip()
        if (role := role_stem(word)) and (not lead or parse(lead + "1").op not in ("=", "qualitative", "empty")):
            return word, role
    return None


def _run_together_pair(text: str) -> tuple[str, str] | None:
    """(target, result) of a cell whose two labels run into their values with no colon or separator
    (目标≥100亩实际102亩, 目标值不少于15盏实际完成16盏): the cell opens with one role's word and the other
    role's word opens the second value. Split only where both parts read as figures, so the first
    value's unit and the second label are told apart where the words part (the segmenter with the
    domain dictionary: 亩|实际, 万元|实际完成, not 亩实|际 or 万元实际|完成, a unit being any word after a
    figure), at the first such place."""
    if not (first := _role_word_at(text, 0)):
        return None
    rest = text[len(first[0]):]
    for j in sorted(_boundaries(list(_words(rest)))):
        if (second := _role_word_at(rest, j)) and second[1] != first[1]:
            a, b = rest[:j].strip(), rest[j + len(second[0]):].strip()
            if a and b and parse(a).numeric and parse(b).numeric:
                return (a, b) if first[1] == "target" else (b, a)
    return None


# A line of a name cell labelled with a value's role (运维水质自动监测站 / 目标：≥14个): a short
# word and a colon opening the cell's last line, the value after it.
_LINE_LABEL = re.compile(r"^(\p{Han}{1,6})\s*[:：]\s*(\S.*)$")


def labelled_line(text: str, role: str) -> tuple[str, str, str] | None:
    """A name cell whose last line is a labelled value of `role` ("target" / "actual") by
    vocab.value_role (目标：≥14个, 计划：100%, 实际完成：95%): (the name before it, the label, the
    value as written), or None. Only a separate line after the name, the one labelled line of the
    cell, whose value is no blank and no further label; the caller reads it only where no column
    holds that value. A cell of one line (its break lost) is split at the colon where the Han
    words just before it name the role."""
    lines = [x.strip() for x in (text or "").split("\n")]
    lines = [x for x in lines if x]
    labelled = [i for i, x in enumerate(lines) if _LINE_LABEL.match(x)]
    if len(lines) >= 2 and labelled == [len(lines) - 1]:
        m = _LINE_LABEL.match(lines[-1])
        label, value, name = m.group(1), m.group(2).strip(), "\n".join(lines[:-1])
    elif len(lines) == 1 and len(parts := re.split(r"\s*[:：]\s*", lines[0])) == 2:
        # the line break lost (a PDF line filling its cell joins the next): the label is the
        # longest run of Han ending at the colon that names the role (管理制度|目标：健全)
        head, value = parts[0], parts[1].strip()
        label = next((head[-k:] for k in range(6, 1, -1)
                      if len(head) > k and re.fullmatch(r"\p{Han}+", head[-k:]) and value_role(head[-k:]) == role), "")
        if not label:
            return None
        name = head[:-len(label)]
    else:
        return None
    if value_role(label) != role or re.search(r"[:：]", value) or parse(value).op == "empty":
        return None
    if len(re.findall(r"\p{Han}", name)) < 2:
        return None
    return name, label, value


def stacked_pair(text: str) -> tuple[str, str] | None:
    """A cell of two lines, each one figure (8 ⏎ 7.2 under a stacked 分值 ⏎ 得分 head): the two as written, or None."""
    lines = [x.strip() for x in (text or "").split("\n") if x.strip()]
    return (lines[0], lines[1]) if len(lines) == 2 and all(parse_cell(x).numeric for x in lines) else None


def split_pair(text: str) -> tuple[str, str] | None:
    """A cell holding a target and its result (≥3.2万亩 / 3.35万亩, ≤460元/亩 / 434元/亩,
    目标：≥90%；完成：95%): (target, actual) as written, or None. Split at a slash only where both
    sides read as a figure or a date each; a slash inside a unit (元/亩) leaves no figure after it.
    Of several such slashes, one with spaces around it."""
    t = (text or "").strip()
    if (labelled := _labelled_pair(t)):
        return labelled
    found = []
    for m in re.finditer(r"\s*[/／]\s*", t):
        left, right = t[:m.start()].strip(), t[m.end():].strip()
        ql, qr = parse(left), parse(right)
        if left and right and all(q.numeric or q.op == "deadline" for q in (ql, qr)):
            found.append((m.group(0) != m.group(0).strip(), left, right))
    if not found:
        return None
    spaced = [f for f in found if f[0]]
    return (spaced or found)[0][1:] if len(spaced) == 1 or len(found) == 1 else None


def split_word_pair(text: str) -> tuple[str, str] | None:
    """A cell under a head naming both target and result holding two words at its one slash
    (健全／健全, 有效／基本有效): (target, actual) as written, or None. Only for such a column (the
    caller's): elsewhere a slash between words is one phrase (达标/合格)."""
    parts = re.split(r"\s*[/／]\s*", (text or "").strip())
    if len(parts) != 2 or not all(parts):
        return None
    return (parts[0], parts[1]) if all(parse(x).op == "qualitative" for x in parts) else None


def split_with_second(text: str) -> tuple[str, str] | None:
    """A cell holding two values at one slash (8座/100.0%, 78.5万元/—, 2023年9月25日/—), under a
    header naming two (实际完成值/完成率): (left, right) as written, or None. Split only where the
    left reads as a figure or a date and the right as a figure or a blank dash (a lone 一 too: OCR
    reads the dash as that character, one stroke for both, and no rate is written so: 295's scan);
    a slash inside a unit (元/亩) leaves no figure after it. Of several such slashes, none is chosen."""
    t = (text or "").strip()
    found = []
    for m in re.finditer(r"\s*[/／]\s*", t):
        left, right = t[:m.start()].strip(), t[m.end():].strip()
        ql, qr = parse(left), parse(right)
        if left and right and (ql.numeric or ql.op == "deadline") and (qr.numeric or qr.op == "empty" or right == "一"):
            found.append((left, right))
    return found[0] if len(found) == 1 else None


def split_with_score(text: str, place: int) -> tuple[str, str] | None:
    """A cell holding a result and the row's score at one slash, under a header naming the two
    (实际完成值／得分: 3120亩／8, 持续完善／8, 2023年9月21日／5), the result in the header's place (0 or 1):
    (left, right) as written, or None. The score's side must be one bare figure (8, 7.2, 7.2分); the
    result's side may be a figure, a date or a word. Of several such slashes, none is chosen."""
    t = (text or "").strip()
    found = []
    for m in re.finditer(r"\s*[/／]\s*", t):
        parts = (t[:m.start()].strip(), t[m.end():].strip())
        score = parse(re.sub(r"分$", "", parts[1 - place]))
        if all(parts) and score.numeric and not score.unit and score.op == "=":
            found.append(parts)
    return found[0] if len(found) == 1 else None


def deadline_kept(target: Quantity, actual: Quantity) -> bool | None:
    """A dated completion against a dated deadline, by the dates: True where the completion's span
    ends by the deadline, False where it starts after it (2023年12月已完成 against 2023年11月底前), None
    where either has no date or the span straddles the deadline (2023年11月完成 against 11月15日前)."""
    if target.op != "deadline" or not target.date or actual.op != "deadline" or not actual.date_from:
        return None
    if actual.date <= target.date:
        return True
    return False if actual.date_from > target.date else None


def _date_span(year: str, month: str, day: str | None, part: str | None) -> tuple[str, str] | None:
    """(first, last) ISO day a written date may mean: a day, a part of a month, or the month; None
    where no such day is."""
    y, m = int(year), int(month)
    if not 1 <= m <= 12:
        return None
    end = int(_month_end(y, m))
    first, last = (int(day), int(day)) if day else _MONTH_PARTS.get(part, (1, None))
    last = end if last is None else last
    if not 1 <= first <= last <= end:
        return None
    return f"{y:04d}-{m:02d}-{first:02d}", f"{y:04d}-{m:02d}-{last:02d}"


def _month_end(year: int, month: int) -> str:
    import calendar
    return str(calendar.monthrange(year, month)[1])


# Template text never filled in, in a name or a value cell: dashes, stars and ellipses (an empty
# string too, as a cell with nothing), 指标1: / 指标2：, ≥**人, XX%, **万元, XX年XX月.
_OPS = OPERATOR   # the project's one class of operator glyphs (cell_joins reads it from here too)
PLACEHOLDER = re.compile(
    r"^\s*(?:[-—–/／*＊.…。、·\s]*"
    r"|(?:[一二三]级)?指标\s*[\dA-Za-z一二三四五六七八九十]*\s*[:：]?"
    rf"|{_OPS}*\s*(?:[*＊]+|[xX×]{{2,}}|(?<={_OPS}\s*)[xX×])\s*(?:[万亿千]?\p{{Han}}{{0,3}}|[%％‰])"
    r"|(?:[xX×*＊]{1,4}\s*[年月日号]\s*)+(?:前|底前|以前)?(?:完成)?"
    r")\s*$")


def is_placeholder(text: str | None) -> bool:
    """Whether a cell or a name is template text never filled in (指标1:, ……, ≥**人, XX%, ***):
    never a value, never an indicator's name. An empty cell is not a placeholder."""
    return bool(text and text.strip()) and bool(PLACEHOLDER.match(text))


REPAIRED = "疑为识别错误"
# A slip of the keyboard in a figure that can mean one thing only, read as that with a note (never silently).
TYPED = "疑为录入错误"


def slip_by_source(note: str, scanned: bool) -> str:
    """A repaired figure's note (parse_cell) in the words of where the figure came from, not of the
    repair: on a page read by OCR a slip is a misread (REPAIRED), in a typed file (.docx, .xlsx,
    .html, .txt, a PDF's text layer) a letter for a digit (1OO%, l2个) is a slip of typing (TYPED)."""
    said, meant = (TYPED, REPAIRED) if scanned else (REPAIRED, TYPED)
    return meant + note[len(said):] if note.startswith(said) else note


def figure_lines(raw: str) -> list[Quantity] | None:
    """A cell of several lines each a figure (8⏎8⏎6, 10⏎9.56): each line's figure, read alone; None for
    a cell of one line or one with a line that is no figure (a value wrapped onto its unit)."""
    lines = [x for x in (raw or "").split("\n") if x.strip()]
    if len(lines) < 2:
        return None
    qs = [parse_cell(x) for x in lines]
    return qs if all(q.numeric for q in qs) else None


# A decimal point typed as the Chinese IME's full stop (93。6%), or as a comma with fewer than three digits
# after it (23,5%: a decimal comma; a thousands comma is followed by three): the only comma or stop in the
# cell, between digits. Read as a point only where the whole cell is then one figure.
_TYPED_POINT = re.compile(r"^([^\d,。]*\d+)[。,](\d{1,2})(?![\d,。])([^\d,。]*)$")
# A cell cut short of one mark in a way that has one reading (a scan's crumb, a lost glyph; 1543.scan): a figure
# followed by a colon and nothing after it (6150户：: no list or remark follows to open), or a date of year, month
# and day whose 日 is missing (2023年10月26: no other figure is written so).
_CUT_SHORT = re.compile(r"^(?:(?P<figure>[^：:]*\d[^：:]*?)\s*[：:]|(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}))$")
# Digits a letter stands for, glued to the figure where no unit can be (1OO%: O is no unit, nor are
# letters before % or a Chinese unit); the letters alone after a figure (5l, 3t) may be a unit.
_LETTER_DIGITS = re.compile(r"^(?:[Oo]+$|[OolI]+(?=[%‰\p{Han}]))")


def _unit_twice(q: Quantity) -> Quantity:
    """A known unit typed twice (88个个): the unit once. Two different known units stay one unit (人天)."""
    half = len(q.unit) // 2
    if len(q.unit) % 2 or not half or q.unit[:half] != q.unit[half:] or not KNOWN_UNIT.fullmatch(q.unit[:half]):
        return q
    return replace(q, unit=q.unit[:half],
                   note=(q.note + "；" if q.note else "") + f"{TYPED}：单位“{q.unit}”按“{q.unit[:half]}”读取")


UNITS_JOINED = re.compile(rf"(?:{UNIT_RE})+")

# A unit written in Latin letters by the SI grammar (GB 3100): a prefix (k, M, m, c, h, μ …) before a
# unit's symbol (m, g, t, L, W, Wh, V, A, Pa …), a power after it (m², hm2): km, hm, mg, kWh, MW, mL.
# Grammar, not a list of the units written so.
_SI_PREFIX = r"(?:da|[yzafpnuμµmcdhkMGTPEZY])"
_SI_SYMBOL = r"(?:mol|cd|Hz|Pa|Wh|Ah|VA|lx|dB|bit|[mgtlLsWVAJNKBbΩh])"
LATIN_UNIT = re.compile(rf"{_SI_PREFIX}?{_SI_SYMBOL}[²³23]?")
_UNIT_SYMBOLS = re.compile(r"[%‰‱℃℉°㎡㎥㎞㎏㎎㎜㎝㎖㎘Ω]+")
_UNIT_JOINS = re.compile(rf"\s*[{UNIT_JOIN}]\s*")


def reads_as_unit(unit: str) -> bool:
    """Whether a unit as written is one the unit grammar knows: each part of a compound (元/人, mg/L)
    a known unit (a scale word before it: 万人次), known units run together, a Latin unit by the SI
    grammar, or symbols (%, ㎡)."""
    parts = _UNIT_JOINS.split(unit.strip())
    return bool(parts) and all(p and (is_known_unit(p) or bool(UNITS_JOINED.fullmatch(p)) or LATIN_UNIT.fullmatch(p)
                                      or _UNIT_SYMBOLS.fullmatch(p)) for p in parts)


def misread_unit(target: Quantity, actual: Quantity) -> str | None:
    """Which of a row's two figures ("target" / "actual") a scan read with its unit one character off
    the other's (≥1.5万大 beside 1.42万人: the recogniser took 人 for 大, one stroke more): the units
    are as long and differ in one Chinese character, the other's is a known unit, this one's is not.
    The row's figures measure one thing, so the unit the other writes is the evidence; None where
    the units agree or differ otherwise (户 beside 人: two known units, what the row says)."""
    if not (target.numeric and actual.numeric and target.unit and actual.unit) or len(target.unit) != len(actual.unit):
        return None
    apart = [(a, b) for a, b in zip(target.unit, actual.unit) if a != b]
    if len(apart) != 1 or not all(re.match(r"\p{Han}", ch) for ch in apart[0]):
        return None
    # a unit made of known ones (人天 beside 人次: person-days, person-times) is a unit of its own, not a slip
    known_t, known_a = (bool(UNITS_JOINED.fullmatch(u)) for u in (target.unit, actual.unit))
    return "target" if known_a and not known_t else "actual" if known_t and not known_a else None


def parse_cell(raw: str, default_unit: str = "") -> Quantity:
    """A table cell's figure. A number whose digits a scan's text layer garbled in the one way
    that cannot mean anything else (IO for 10, 1O0% for 100%, 9O.5 for 90.5: extract.ocr_reader's
    fix_numeric) is read as repaired, kept as written in `raw`, with a note that says so; so is a
    figure with a slip of typing that has one reading (93。6%, 23,5%, 88个个)."""
    q = parse(raw, default_unit=default_unit)
    if q.numeric and not _LETTER_DIGITS.match(q.unit):
        return _unit_twice(q)
    if q.op == "empty":
        return q
    text = clean(raw)
    if not q.numeric and (m := _TYPED_POINT.match(text)):
        typed = f"{m.group(1)}.{m.group(2)}{m.group(3)}"
        r = parse(typed, default_unit=default_unit)
        if r.numeric:
            return replace(_unit_twice(r), raw=raw, note=f"{TYPED}：“{text}”按“{typed}”读取")
    if not q.numeric and q.op != "deadline" and (m := _CUT_SHORT.match(text)):
        # one reading: a figure's stray colon with nothing after it (6150户：), a date's lost 日 (2023年10月26)
        whole = m.group("figure") or m.group("date") + "日"
        r = parse(whole, default_unit=default_unit)
        if r.numeric or r.op == "deadline":
            return replace(r, raw=raw, note=f"{TYPED}：“{raw.strip()}”按“{whole}”读取")
    fixed = fix_numeric(text)
    if fixed == text:
        return q
    r = parse(fixed, default_unit=default_unit)
    if not r.numeric:
        return q
    return replace(r, raw=raw, note=f"{REPAIRED}：“{text}”按“{fixed}”读取")
