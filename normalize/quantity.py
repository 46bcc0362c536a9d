"""One parser for every value form in the reports: operator, Decimal in base units, unit, precision.

    parse("≥90万人")        -> op '>=', value 900000, unit '人', places 0, scale 10000
    parse("14万人次左右")    -> op 'approx', value 140000, unit '人次'
    parse("54.957")         -> op '=', value 54.957, places 3
    parse("2023 年 12 月 31 日前完成") -> op 'deadline', date '2023-12-31'
    parse("不断优化")        -> op 'qualitative'

Nothing raises: text that is not a quantity comes back qualitative with its raw text.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

import regex as re

# Money units and what one of them is worth in 元 (the base unit).
MONEY_SCALES = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def money_scale(unit: str) -> Decimal:
    """元 per one of `unit` (1 for anything that is not a money unit)."""
    return MONEY_SCALES.get(unit, Decimal(1))


OPS = (">=", "<=", ">", "<", "=", "approx", "range", "qualitative", "deadline", "empty")

# Multipliers written before a unit: 万元, 亿元, 万人次. Scaled out into base units.
SCALES = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000), "百": Decimal(100)}
# Base units, longest first so that 人次 wins over 人.
UNITS = ["个工作日", "工作日", "个月", "人次", "户次", "万人", "分钟", "小时", "元", "人", "%", "‰", "个", "次", "家", "笔",
         "项", "场", "件", "户", "份", "天", "日", "年", "月", "条", "批", "册", "本", "台", "套", "所", "名", "组",
         "辆", "期", "篇", "张", "封", "座", "分", "倍", "km", "公里", "平方米", "亩",
         # goods and works counted in the field (Ningxia 种薯 550万粒, livestock, trees, buildings)
         "粒", "公斤", "千克", "吨", "头", "只", "株", "棵", "米", "立方米", "平方公里", "间", "处", "栋", "宗"]
UNITS = sorted(set(UNITS) - {"万人"}, key=len, reverse=True)
UNIT_RE = "|".join(map(re.escape, UNITS))
# The denominator of a rate unit: 元/人, 元/人·月, 元每平方米.
PER_UNIT = re.compile(rf"^\s*(?:/|／|每)\s*((?:{UNIT_RE})(?:[·.]\p{{Han}})?|\p{{Han}})")
COUNTERS = {"个", "家", "项", "场", "件", "户", "份", "条", "批", "名", "所", "台", "套", "辆", "座", "次", "笔", "人", "人次"}

PREFIX_OPS = [
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("不超过", "<="), ("不高于", "<="), ("不多于", "<="),
    ("不大于", "<="), ("大于等于", ">="), ("小于等于", "<="), ("超过", ">"), ("高于", ">"), ("大于", ">"),
    ("多于", ">"), ("低于", "<"), ("小于", "<"), ("少于", "<"), ("超", ">"), ("约达", "approx"), ("大约", "approx"),
    ("约", "approx"), ("等于", "="), ("≥", ">="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "="),
]
# A unit in brackets after the figure (1200（人次）, 95(%)): the same as written without them.
BRACKETED_UNIT = re.compile(rf"(\d)\s*[（(]\s*([万亿千]?(?:{UNIT_RE}))\s*[)）]\s*$")
# A second unit in brackets (120台（套）) and an inclusive mark (≥90%（含）) say nothing more.
BRACKET_NOTE = re.compile(rf"((?:{UNIT_RE}))\s*[（(]\s*(?:(?:{UNIT_RE})|含)\s*[)）]\s*$")
SUFFIX_OPS = [("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("左右", "approx"),
              ("以内", "<="), ("之内", "<="), ("内", "<="),   # 3个工作日内, 控制在100万元以内
              ("余", ">"), ("多", ">")]
# Words around a figure that do not change its meaning.
FILLER = re.compile(r"^(均|均已|已|全部|达到|达|完成|实现|共|共计|累计|合计|总计|为|是|全年|年度|目标|控制在|控制|\s)*$")

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
CN_NUM = r"[零〇一二两三四五六七八九十百千]+"
DATE = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?\s*(?:前|以前|之前|底前|底|末)")
DATE_ISO = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})\s*(?:前|以前|之前)?")
YEAR_SPAN = re.compile(r"^(\d{4})\s*[-—~～至到]\s*(\d{4})\s*年?$")
WHOLE_YEAR = re.compile(r"^(\d{4})\s*年\s*(全年|年内|年底|年末|内)$")


@dataclass(frozen=True)
class Quantity:
    raw: str
    op: str
    value: Decimal | None = None     # in base units (万 scaled out); for a range, the low end
    unit: str = ""
    places: int | None = None        # decimal places as written, before scaling
    scale: Decimal = Decimal(1)
    high: Decimal | None = None      # a range's high end
    date: str | None = None          # a deadline, ISO
    note: str = ""

    @property
    def numeric(self) -> bool:
        return self.value is not None and self.op not in ("qualitative", "deadline", "empty")

    @property
    def tolerance(self) -> Decimal:
        """Half a unit in the last written place, in base units: what rounding may hide."""
        if self.places is None:
            return Decimal(0)
        return Decimal("0.5") * Decimal(10) ** -self.places * self.scale

    def with_unit_from(self, target: "Quantity") -> "Quantity":
        """A bare actual ('4', '98') takes the unit of its target where that is the evident meaning:
        the written numbers are of the same order (14 against 14万人次 means 14万人次)."""
        if self.unit or not self.numeric or not target.numeric or not target.unit:
            return self
        written = self.value
        target_written = target.value / target.scale
        if target.unit == "%" and target_written > Decimal("1.5") and Decimal(0) < written <= Decimal("1.5") \
                and "." in self.raw:
            return self.as_percent_of_ratio(f"按比值读取：{self.raw} = {written * 100:g}%（目标值为 {target.raw}）")
        if target_written and Decimal("0.1") <= abs(written / target_written) <= Decimal(10):
            return replace(self, value=written * target.scale, unit=target.unit, scale=target.scale,
                           note=(self.note + "；" if self.note else "") + f"单位取自目标值（{target.raw}）")
        return self

    def as_percent_of_ratio(self, note: str) -> "Quantity":
        """0.958 written for 95.8%: the value times 100, two fewer places, unit %."""
        places = max(0, (self.places or 0) - 2)
        return replace(self, value=self.value * 100, unit="%", places=places,
                       note=(self.note + "；" if self.note else "") + note)


def halfwidth(text: str) -> str:
    """Full-width digits, points and punctuation as ASCII, one character for one, so that
    positions in the result are positions in the text as written."""
    return "".join(n if len(n := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text)


def clean(text: str) -> str:
    """Full-width to half-width, ≧/≦ to ≥/≤, '>=' to '≥', no spaces inside numbers."""
    t = unicodedata.normalize("NFKC", text or "")
    t = t.replace("≧", "≥").replace("≦", "≤").replace(">=", "≥").replace("<=", "≤").replace("=<", "≤") \
        .replace("=>", "≥").replace("〜", "～").replace("═", "=").replace("−", "-")
    t = re.sub(r"(?<=\d)\s+(?=[\d.])|(?<=\.)\s+(?=\d)", "", t)
    t = re.sub(r"(?<=[\d%])\s+(?=\p{Han}|%)|(?<=[≥≤<>=])\s+", "", t)
    return t.strip()


def parse(raw: str, default_unit: str = "") -> Quantity:
    """Parse one value cell. `default_unit` applies to bare numbers (a fund table in 万元)."""
    text = clean(raw)
    if not text or text in ("-", "—", "/", "无", "——", "－"):
        return Quantity(raw=raw, op="empty")
    text = BRACKET_NOTE.sub(r"\1", BRACKETED_UNIT.sub(r"\1\2", text))
    if re.match(r"^-\s*\d", text) and not re.search(r"\d\s*[-~～至到]\s*\d", text):
        q = parse(text[1:].lstrip(), default_unit)   # a negative figure (减少 -3.5%)
        if q.numeric and q.op == "=":
            return replace(q, raw=raw, value=-q.value)
        return Quantity(raw=raw, op="qualitative", note=text)
    if (q := _deadline(raw, text)) is not None:
        return q
    m = re.search(rf"({NUM})\s*%?\s*[-~～至到]\s*({NUM})\s*(%|[万亿千]?(?:{UNIT_RE}))?", text)
    if m and FILLER.match(text[:m.start()] + text[m.end():]):
        low, places = _number(m.group(1))
        high, places_hi = _number(m.group(2))
        unit, scale = _unit(m.group(3) or "", default_unit)
        return Quantity(raw=raw, op="range", value=low * scale, high=high * scale, unit=unit,
                        places=max(places, places_hi), scale=scale)
    m = re.search(rf"(?P<num>{NUM})|(?P<cn>{CN_NUM})(?=[万亿]?(?:{UNIT_RE}))", text)
    if not m:
        return Quantity(raw=raw, op="qualitative", note=text)
    before, after = text[:m.start()], text[m.end():]
    if m.group("num"):
        value, places = _number(m.group("num"))
    else:
        value = _chinese(m.group("cn"))
        if value is None:
            return Quantity(raw=raw, op="qualitative", note=text)
        places = 0
    negative = False
    if re.search(r"[-－]\s*$", before) and (lead := re.sub(r"[-－]\s*$", "", before)) and _prefix_op(lead)[0] != "=":
        negative, before = True, lead      # ≥-5%: a bound below zero (a fall of at most 5%)
    op, before = _prefix_op(before)
    if negative:
        value = -value
    more = re.match(r"[余多](?=[万亿千]?(?:" + UNIT_RE + "))", after)
    if more:  # 170余人次, 6000多家: more than the figure
        after, op = after[1:], ">"
    um = re.match(rf"([万亿千]?)({UNIT_RE})?", after)
    unit_text = um.group(0) if um else ""
    after = after[len(unit_text):]
    unit, scale = _unit(unit_text, default_unit)
    per = PER_UNIT.match(after) if unit_text else None
    if per:   # 3000元/人, 100元每亩: a rate, its unit kept whole
        unit, after = f"{unit}/{per.group(1)}", after[per.end():]
    suffix_op, after = _suffix_op(after)
    if suffix_op and op == "=":
        op = suffix_op
    note = ""
    if unit in COUNTERS and re.fullmatch(r"\p{Han}{1,6}", after):
        note, after = after, ""  # 十二个街道: what is counted
    if not FILLER.match(before) or not FILLER.match(after):
        return Quantity(raw=raw, op="qualitative", note="数值嵌在文字描述中")
    return Quantity(raw=raw, op=op, value=value * scale, unit=unit, places=places, scale=scale, note=note)


def _number(s: str) -> tuple[Decimal, int]:
    """The figure and its decimal places as written."""
    s = s.replace(",", "")
    places = len(s.split(".")[1]) if "." in s else 0
    return Decimal(s), places


def _chinese(s: str) -> Decimal | None:
    import cn2an
    try:
        return Decimal(int(cn2an.cn2an(s, "smart")))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None


def _unit(unit_text: str, default_unit: str) -> tuple[str, Decimal]:
    scale = Decimal(1)
    if unit_text[:1] in SCALES:
        scale, unit_text = SCALES[unit_text[0]], unit_text[1:]
    if not unit_text:
        if default_unit in MONEY_SCALES:  # a bare figure, or 60万, in a table headed 万元
            return "元", scale if scale != 1 else money_scale(default_unit)
        return default_unit, scale
    return unit_text, scale


def _prefix_op(before: str) -> tuple[str, str]:
    for word, op in PREFIX_OPS:
        i = before.rfind(word)
        if i >= 0 and FILLER.match(before[i + len(word):]):
            return op, before[:i] + before[i + len(word):]
    return "=", before


def _suffix_op(after: str) -> tuple[str | None, str]:
    for word, op in SUFFIX_OPS:
        i = after.find(word)
        if i >= 0 and FILLER.match(after[:i]):
            return op, after[:i] + after[i + len(word):]
    return None, after


def _deadline(raw: str, text: str) -> Quantity | None:
    if (m := YEAR_SPAN.match(text)):
        return Quantity(raw=raw, op="deadline", date=f"{m.group(2)}-12-31", note=f"{m.group(1)}至{m.group(2)}年")
    if (m := WHOLE_YEAR.match(text)):
        return Quantity(raw=raw, op="deadline", date=f"{m.group(1)}-12-31", note="全年")
    m = DATE.search(text) or DATE_ISO.search(text)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        month, day = "12", "31"
    elif day is None:
        day = _month_end(int(year), int(month))
    leftover = (text[:m.start()] + text[m.end():]).strip()
    if leftover and not re.fullmatch(r"(完成|全部完成|已完成|按时完成|前完成|内完成|如期完成|均|全部|已|\s)*", leftover):
        return None if re.search(NUM, leftover) else Quantity(
            raw=raw, op="deadline", date=f"{int(year):04d}-{int(month):02d}-{int(day):02d}", note=leftover)
    return Quantity(raw=raw, op="deadline", date=f"{int(year):04d}-{int(month):02d}-{int(day):02d}",
                    note=leftover)


def _month_end(year: int, month: int) -> str:
    import calendar
    return str(calendar.monthrange(year, month)[1])


REPAIRED = "疑为识别错误"


def parse_cell(raw: str, default_unit: str = "") -> Quantity:
    """A table cell's figure. A number whose digits a scan's text layer garbled in the one way
    that cannot mean anything else (IO for 10, 1O0% for 100%, 9O.5 for 90.5: extract.ocr_reader's
    fix_numeric) is read as repaired, kept as written in `raw`, with a note that says so."""
    from extract.ocr_reader import fix_numeric
    q = parse(raw, default_unit=default_unit)
    if q.numeric or q.op == "empty":
        return q
    fixed = fix_numeric(clean(raw))
    if fixed == clean(raw):
        return q
    r = parse(fixed, default_unit=default_unit)
    if not r.numeric:
        return q
    return replace(r, raw=raw, note=f"{REPAIRED}：“{clean(raw)}”按“{fixed}”读取")
