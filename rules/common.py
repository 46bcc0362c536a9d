"""Helpers the checks share: intervals of figures, money in the unit a project writes."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import regex as re

from jixiao.extract import normalize_ws
from jixiao.normalize import DocRecords, Figure, Project
from jixiao.normalize import outline
from jixiao.normalize.prose import running_text, unglue_all
from jixiao.normalize.quantity import ALONE_AFTER, ALONE_BEFORE, CHANGE_VERB, COUNTERS, GROUPED, Quantity, halfwidth, money_scale
from jixiao.normalize.quantity import _falls as falls, _rises as rises

from .interval import Interval

HUNDRED = Interval.exact(100)
YEAR = re.compile(r"(20\d\d)\s*年")
# A number as prose writes it, matched in halfwidth() text (９０６．５１ reads whole): thousands
# grouped by commas (1,061.57) read whole, a comma elsewhere is punctuation (quantity.GROUPED); a
# group after a space (1 060.67, or two cells of a flattened table) is left unread rather than
# read as 060.67.
NUM = rf"(?<!\d\s){ALONE_BEFORE}({GROUPED}|\d+(?:\.\d+)?){ALONE_AFTER}"
# A rate worked out in the text (执行率=174.83/178.95*100%=97.14%): checked as a formula (JX202), its figures
# neither a restatement nor the fund's rate.
RATE_FORMULA = re.compile(NUM + r"/" + NUM + r"[*×]100%=" + NUM + r"%")
# The verbs of change (normalize.quantity's grammar: 增 / 减 / 升 / 降 as either morpheme, 增产, 提升, 攀升, 压减;
# the few words no morpheme tells alone, 提高, 下滑, 缩短), not a list of the five words seen so far.
MOVE = rf"(?:{CHANGE_VERB}|(?![不未没非无])\p{{Han}}[增升减降])"


def direction(verb: str) -> bool | None:
    """A verb of change's direction by normalize.quantity's grammar of its morphemes: True rising, False falling,
    None where they do not say (a verb that both or neither of the grammar's sides claims)."""
    up, down = rises(verb), falls(verb)
    return up if up != down else None

# A template's prompt left standing as the whole of a cell or a line (（请填写偏差原因）, 【请输入】, 请选择, 请简要说明
#偏差原因, 请在此处键入): 请, where to write or how (在此处, 简要) in at most two characters, and a verb of writing in —
# its morpheme 填 / 写 / 输 / 录 / 选 / 键 / 述 / 注 / 列 / 补, or 说明 — bracketed or not, and nothing else: the office was
# to write over it and did not. Morphemes, not the six verbs seen: 请示 / 请求 (a request) or 请专家评审 (an act) write
# none. Words after its colon (请填写偏差原因：部分地块流转滞后) are the answer written after the prompt.
# 请示 / 请求 are requests whatever follows (请求补助资金); 上述 / 所述 point back and 关注 / 注意 heed, no writing in.
_WRITE_IN = r"(?:[填写输录选键列补]|(?<![上下前所])述|(?<!关)注(?!意)|说明)"
PROMPT = re.compile(r"^\s*[（(【\[]?\s*请(?![示求])\s*(?:在此处?|于此处?|在本栏)?\s*\p{Han}{0,2}?" + _WRITE_IN
                    + r"[^。；;，,（()）【】：:]{0,20}[：:]?[）)】\]]?\s*[。.]?\s*$")

# The same prompt in its brackets inside running text, standing where a figure or a word goes (较上年提高【请填写】分,
# 完成率（请输入）%): brackets closing a short ask to write in, no digit inside.
INLINE_PROMPT = re.compile(r"[（(【\[]\s*请(?![示求])\s*(?:在此处?|于此处?)?\s*\p{Han}{0,2}?" + _WRITE_IN
                           + r"[^。；;，,（()）【】：:\d]{0,8}[）)】\]]")


def total_rounding(whole: Quantity, parts: list[Quantity], exact_parts: bool = False) -> Decimal:
    """The slack a stated total gets against its parts: none when the parts are written as finely
    as it is (what a person sets is exact), its own rounding when it is written to fewer places
    than its parts (98 over a fund score of 9.58; 3.30亿元 over parts in 万元). With `exact_parts`
    (scores), a part's places are those its value needs, not those written: 13.0 is 13, and a
    total of whole scores has no rounding to allow for."""
    def step(q: Quantity, written: bool = True) -> Decimal:
        places = q.places or 0
        if not written and q.value is not None:
            places = min(places, max(0, -(q.value / q.scale).normalize().as_tuple().exponent))
        return Decimal(10) ** -places * q.scale
    return whole.tolerance if parts and step(whole) > min(step(q, not exact_parts) for q in parts) else Decimal(0)


# Units of things counted one by one: a count is exact (3次 is 3, not 2.5 to 3.5). normalize's
# counter grammar is the one list (quantity.COUNTERS: its measure words, less 工作日 / 课时).
COUNT_UNITS = COUNTERS


@dataclass
class Scored:
    """What one 得分 is given for: a row with its own score, or a group scored once (a 得分 cell
    merged over rows that each state their 分值: Indicator.group_score), with the group's rows."""
    name: str
    rows: list
    score: Figure | None

    @property
    def weights(self) -> list:
        return [i.weight for i in self.rows]


def scored_parts(p: Project) -> list[Scored]:
    """The project's indicator scores as the form gives them, in table order: a group's score
    once, against its rows (so the total adds it once and its weight is the rows' sum)."""
    return [Scored(name, rows, g) for name, rows, g in _grouped(p, "group_score", "score")]


@dataclass
class Weighted:
    """What one 分值 weighs: a row with its own weight, or a group weighed once (a 分值 cell merged
    over rows that each state their 得分: Indicator.group_weight), with the group's rows."""
    name: str
    rows: list
    weight: Figure | None

    @property
    def scores(self) -> list:
        return [i.score for i in self.rows]


def weighted_parts(p: Project) -> list[Weighted]:
    """The project's indicator weights as the form gives them, in table order: a group's weight
    once, over its rows (so the weights' total adds it once and its score is the rows' sum)."""
    return [Weighted(name, rows, w) for name, rows, w in _grouped(p, "group_weight", "weight")]


@dataclass
class FullMarks:
    """What a form's full marks add up: every indicator's 分值 as the form gives it (weighted_parts:
    a group's cell merged over its rows once) and the fund block's 分值 where one was read."""
    weights: list
    fund: Figure | None

    @property
    def read(self) -> bool:
        """Every indicator's weight is a figure: only then do the marks add up to anything."""
        return all(w is not None and w.value is not None for w in self.weights)

    @property
    def parts(self) -> list:
        return self.weights + ([self.fund] if self.fund is not None else [])

    @property
    def total(self) -> Decimal:
        return sum((w.value for w in self.parts), Decimal(0))


def full_marks(p: Project) -> FullMarks:
    """The project's full marks, the one reading JX303 (the weights' total) and JX305 (a 总分 above
    what the form can give) share."""
    fund = p.fund_weight if p.fund_weight is not None and p.fund_weight.value is not None else None
    return FullMarks([w.weight for w in weighted_parts(p)], fund)


def _outline_code(name: str | None) -> str | None:
    """The outline code an indicator's name opens with (一、 / （一） / （1） / 1、: normalize.outline's grammar of
    list numbers, LIST_MARK, a point before a digit a decimal), or None; a circled number (①) is an item, no
    level of an outline."""
    m = outline.LIST_MARK.match(name or "")
    return m.group(0).strip() if m is not None and not m.group("circled") else None


def summed_parts(p: Project, own: str) -> set[int]:
    """The rows (ids) that a numbered row above them adds up. Where consecutive rows of one level 2 number their
    names as an outline (一、 over 1、 2、 3、: outline.depths over the codes) and a row's figure (`own`: score or
    weight) is exactly the sum of the rows one step under it, those rows are its parts (1234: 一、耕地质量提升示范区建设
    ≧12000亩 over 1、增施有机肥 ≧5000亩 …, its score theirs added): counted in it, not again. A row that is not
    their sum is no evidence of parts: every row counts as written."""
    out: set[int] = set()
    run: list = []
    for i in [*p.indicators, None]:
        if i is not None and _outline_code(i.level3) and (not run or (run[-1].level1, run[-1].level2) ==
                                                          (i.level1, i.level2)):
            run.append(i)
            continue
        depth = outline.depths([_outline_code(r.level3) for r in run]) if len(run) > 1 else None
        for k in outline.parents(depth) if depth else ():
            rows = [run[k]] + [run[j] for j in outline.children(depth, k)]
            figs = [getattr(r, own) for r in rows]
            if all(f is not None and f.value is not None for f in figs) and \
                    figs[0].value == sum((f.value for f in figs[1:]), Decimal(0)):
                out |= {id(r) for r in rows[1:]}
        run = [i] if i is not None and _outline_code(i.level3) else []
    return out


def _grouped(p: Project, group: str, own: str) -> list:
    """(name, rows, figure) in table order: each row with its own figure (`own`), and the rows
    sharing one group cell (`group`: a cell merged over them) once, with that cell's figure; rows a
    numbered row above them adds up (summed_parts) are counted in it, not again."""
    out: list = []
    groups: dict = {}
    parts = summed_parts(p, own)
    for i in p.indicators:
        if id(i) in parts:
            continue
        g = getattr(i, group)
        if g is None:
            out.append((i.level3, [i], getattr(i, own)))
            continue
        key = (g.loc.table, g.loc.page, g.loc.row, g.loc.col)
        if key not in groups:
            groups[key] = (i.level2_raw or i.level2 or i.level3, [], g)
            out.append(groups[key])
        groups[key][1].append(i)
    return out


def read_whole(p: Project) -> bool:
    """Sums over a project's table are checked only when no indicator row was left unread and
    the document does not end inside the table."""
    return p.rows_unread == 0 and not p.cut_off


def fund_block_missing(p: Project) -> bool:
    """The indicator block says it is worth less than the whole (绩效指标(90分), or its weights add
    to less than 100) and no fund score was read: the 总分 holds a part the passage does not show."""
    if p.fund_score is not None and p.fund_score.value is not None:
        return False
    whole = p.total_weight_stated.value if p.total_weight_stated is not None and \
        p.total_weight_stated.value is not None else Decimal(100)
    label = p.indicator_weight_label
    if label is not None and label.value is not None:
        return label.value < whole
    weights = [i.weight.value for i in p.indicators if i.weight is not None and i.weight.value is not None]
    return len(weights) == len(p.indicators) and sum(weights, Decimal(0)) < whole


def reading_doubt(i) -> bool:
    """The row's actual is a bare number equal to its own weight or score while its target is a
    rate (≥95%, actual 30, 分值 30): the score was likely read into the actual column (a shifted
    row, a lost cell); or the target is ≥ read as 2 (ge_read_as_2). Not a missed target to flag:
    a reading to check (see doubt_warnings)."""
    t, a = i.target.q, i.actual.q
    if ge_read_as_2(i) or op_read_in_actual(i):
        return True
    if not (t.numeric and a.numeric) or t.unit != "%":
        return False
    if "%" in (a.raw or "") or "％" in (a.raw or ""):
        return False
    return any(f is not None and f.value is not None and f.value == a.value for f in (i.weight, i.score))


# A rate target written 2 then a rate (290%): the OCR of a page took ≥ for 2 (044: ≥90%).
GE_AS_2 = re.compile(r"^2(\d{1,3}(?:\.\d+)?)\s*[%％]$")
# A count target on a scanned page written 2 then the figure and its unit (2600人 for ≥600人: 318's fax).
GE_AS_2_COUNT = re.compile(r"^2(\d+(?:\.\d+)?)(\D+)$")


def ge_read_as_2(i) -> bool:
    """The target reads above 100% only through a leading 2 (290%), the actual is a rate of at most
    100% and it meets the target without the 2 (≥90%): ≥ read as 2, not a target missed. Likewise a
    count target on a row read by OCR (2600人) whose actual, in the same unit, falls short of it but
    meets the figure after the 2 (614人 of ≥600人); a typed page cannot misread ≥, so only OCR rows."""
    t, a = i.target.q, i.actual.q
    if not (t.op == "=" and a.op == "=" and t.value is not None and a.value is not None):
        return False
    raw = halfwidth(i.target.raw or "").replace(" ", "")
    if (m := GE_AS_2.match(raw)) is not None:
        return t.value > 100 and a.unit == "%" and a.value <= 100 and Decimal(m.group(1)) <= a.value
    m = GE_AS_2_COUNT.match(raw)
    return bool(m and i.ocr_confidence is not None and t.unit and m.group(2) == t.unit and t.unit_key == a.unit_key
                and Decimal(m.group(1)) <= a.value < t.value)


# An operator opening a figure, as OCR reads it (halfwidth() leaves ≥ ≤ as they are).
OPENING_OP = re.compile(r"^\s*(?:≥|≧|≤|≦|>=|<=|>|<)")


def op_read_in_actual(i) -> bool:
    """On a row read by OCR, the result opens with the target's own operator (≥3个 against ≥42个) and
    misses the target only through it: a form writes a result as the figure reached, and a blurred
    first digit read as the operator beside the target's (602's phone shot: 43个 read ≥3个) is a
    reading to check, not a target missed. A typed result cannot misread its digit, so only OCR rows."""
    t, a = i.target.q, i.actual.q
    if i.ocr_confidence is None or t.op not in (">=", "<=") or a.op != t.op or t.value is None or a.value is None:
        return False
    if not OPENING_OP.match(i.actual.raw or "") or t.unit_key != a.unit_key:
        return False
    return a.value < t.value if t.op == ">=" else a.value > t.value


def doubt_warnings(recs: DocRecords) -> None:
    """A warning for each row read with reading_doubt(), once per row."""
    for i in recs.indicators:
        if ge_read_as_2(i) and i.target.q.unit != "%":
            w = (f"{i.target.loc.describe()}：“{i.level3}”目标 {i.target.raw} 由识别读出，去掉首位 2 后为 "
                 f"≥{i.target.raw[1:]}（疑为“≥”被识别为“2”），实际 {i.actual.raw} 已达到，未按未达标处理，请核对原件")
        elif ge_read_as_2(i):
            w = (f"{i.target.loc.describe()}：“{i.level3}”目标 {i.target.raw} 超过 100%，去掉首位 2 后为 "
                 f"≥{i.target.raw[1:]}（疑为“≥”被识别为“2”），实际 {i.actual.raw} 已达到，未按未达标处理，请核对原件")
        elif op_read_in_actual(i):
            w = (f"{i.actual.loc.describe()}：“{i.level3}”实际完成值 {i.actual.raw} 由识别读出，开头与目标 {i.target.raw} "
                 f"同为比较符号，实际完成值通常不写比较符号，疑为首位数字被识别为该符号，未按未达标处理，请核对原件")
        elif reading_doubt(i):
            w = (f"{i.actual.loc.describe()}：“{i.level3}”目标为比率 {i.target.raw}，实际完成值 {i.actual.raw} 与本行"
                 f"分值/得分相同，疑为得分误入实际完成值一栏，未按未达标处理，请核对原件")
        else:
            continue
        if w not in recs.warnings:
            recs.warnings.append(w)


def iv(f: Figure) -> Interval:
    """The interval a written figure stands for (base units)."""
    return Interval.of(f.value, f.q.tolerance)


def money(p: Project, d: Decimal, places: int | None = None, raw: str = "") -> str:
    """A base-unit amount in the project's money unit, for messages; to `places` (as_written) where
    it stands for a figure the document writes to those places, grouped by thousands as `raw` is."""
    scale = money_scale(p.money_unit)
    shown = num(d / scale) if places is None else as_written(d / scale, places)
    return f"{_grouped_as(shown, raw)}{p.money_unit}"


def as_written(d: Decimal, places: int | None) -> str:
    """A figure to the places the document writes its figure to (1236.80 beside 1263.80, not
    1236.8): an analyst compares it with the form digit by digit. More places where it has them."""
    step = Decimal(1).scaleb(-(places or 0))
    return format(d.quantize(step), "f") if d == d.quantize(step) else num(d)


# A figure written with thousands separators (1,046.80: quantity.GROUPED's spelling).
_WRITTEN_GROUPED = re.compile(GROUPED)


def grouped(shown: str) -> str:
    """A figure as shown, its whole part grouped by thousands (1055.80 -> 1,055.80)."""
    sign, body = ("-", shown[1:]) if shown.startswith("-") else ("", shown)
    whole, dot, frac = body.partition(".")
    return sign + (f"{int(whole):,}" if whole.isdigit() else whole) + dot + frac


def _grouped_as(shown: str, raw: str) -> str:
    """A figure as shown, grouped by thousands where `raw`, the figure it is set beside, is."""
    return grouped(shown) if _WRITTEN_GROUPED.search(raw or "") else shown


def written_like(d: Decimal, q: Quantity) -> str:
    """A figure the rules computed, written as the document writes the figure it is set beside (`q`): to
    its places (as_written) and grouped by thousands where it is (1,055.80 beside 1,046.80, not 1055.8)."""
    return _grouped_as(as_written(d, q.places), q.raw)


def rounded(d: Decimal, places: int) -> str:
    """A computed figure shown to `places`, rounded half up as reports and their scores round (not Decimal's
    half-even): the figure a form should have written (a rate, a share)."""
    return format(d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")


def num(d: Decimal, places: int = 4) -> str:
    q = d.quantize(Decimal(1).scaleb(-places)) if d == d else d
    s = format(q, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def budget(p: Project) -> Figure | None:
    return p.budget_full_year or p.budget_initial


@dataclass
class FundRow:
    """One row of a fund block: the total (年度资金总额) or a source under it (其中：财政拨款 …)."""
    label: str              # "" for the total
    budget: Figure | None
    executed: Figure | None
    rate: Figure | None
    weight: Figure | None
    score: Figure | None
    initial: Figure | None = None   # its 年初 budget where a 全年 one is the budget beside it (a message names it)

    def name(self, p: Project, recs: DocRecords | None = None) -> str:
        return named(p, recs) + (f"“{self.label}”行" if self.label else "")


def named(p: Project, recs: DocRecords | None = None) -> str:
    """The subject a message names for a project's table (see subject)."""
    return subject(p.name, p.agency or p.department or p.unit or (recs.unit if recs is not None else None))


def subject(name: str | None, unit: str | None, whose: bool = False) -> str:
    """The subject a message names: 项目“name”, or with `whose` unit“name” (a message across documents says
    whose project it is); where the table names no project (a 部门整体 form) the unit that answers for it,
    else the table itself, never empty quotes."""
    if name:
        return f"{unit}“{name}”" if whose and unit else f"项目“{name}”"
    return f"单位“{unit}”" if unit else "本表（未写项目名称）"


def coefficient_product(i) -> Interval | None:
    """得分系数 × 指标权重, the coefficient with its written rounding (95.8% and 95.8 under a (%) header are
    0.958; 0.958 is itself); None where the row has no coefficient or weight."""
    c, w = i.coefficient, i.weight
    if not (c and w) or None in (c.value, w.value):
        return None
    share = iv(c) * Interval.exact(Decimal("0.01")) if c.q.unit == "%" or c.value > 1 else iv(c)
    return share * Interval.exact(w.value)


def off_coefficient(i) -> bool:
    """The row's 得分 is not its 得分系数 × 指标权重 (JX406 names that slip): rules reading the score alone
    (over its weight, full marks though short) would name the same slip a second time."""
    made = coefficient_product(i)
    return made is not None and i.score is not None and i.score.value is not None and not made.overlaps(iv(i.score))


def fund_rows(p: Project) -> list[FundRow]:
    """The total and every source row that carries its own figures: each is checked alike."""
    rows = [FundRow("", budget(p), p.executed, p.exec_rate_stated, p.fund_weight, p.fund_score,
                    p.budget_initial if p.budget_full_year else None)]
    for s in p.fund_sources:
        f = s.figures
        rows.append(FundRow(s.label, f.get("budget_full_year") or f.get("budget_initial"), f.get("executed"),
                            f.get("exec_rate_stated"), f.get("fund_weight"), f.get("fund_score"),
                            f.get("budget_initial") if f.get("budget_full_year") else None))
    return rows


# Part of the year: figures as of a month before its end (截至6月底, 上半年, 1-9月) are not the
# year's; 截至12月31日 is.
PART_OF_YEAR = re.compile(r"截[至止]\s*(?:[1-9]|1[01])\s*月|(?<!\d)(?:[1-9]|1[01])\s*月(?:底|末)|上半年|前三季度|"
                          r"第[一二三]季度|[1１一]\s*[-—~～至到]\s*(?:[1-9]|1[01]|[二三四五六七八九十]|十一)\s*月")


def other_year(text: str, recs: DocRecords) -> bool:
    """The sentence is about another year than the report's (上年 figures are not restatements),
    or about part of the year only."""
    if "上年" in text or "去年" in text or PART_OF_YEAR.search(text):
        return True
    years = {int(y) for y in YEAR.findall(text)}
    return bool(recs.year and years and recs.year not in years)


# Words that make a score in a sentence the project's total (项目自评得分98分, 总得分:99分).
TOTAL_WORDS = ("自评得分", "总得分", "综合得分", "评价得分", "绩效得分", "总分")
# ... unless the sentence is about one indicator (年初目标值≥90%，实际完成值≥90%，自评得分20分).
_ONE_INDICATOR = re.compile(r"目标值|完成值|指标值|分值")


def stated_total(p: Project, recs: DocRecords) -> tuple[Figure | None, bool]:
    """The project's stated 总分 and whether it comes from the prose: the table's 总分 row, or,
    for a report of one project whose table states none, the one total its sentences give
    (项目自评得分98分). Two different totals in the prose, or one for another year: none."""
    t = p.total_score_stated
    if t is not None and t.value is not None:
        return t, False
    if len(recs.projects) != 1:
        return None, False
    found = {f.q.value: f for f in recs.prose
             if f.subject == "得分" and f.q.unit == "分" and f.q.op == "=" and f.q.numeric and not f.role
             and any(w in f.sentence for w in TOTAL_WORDS) and not _ONE_INDICATOR.search(f.sentence)
             and not other_year(f.sentence, recs)}
    if len(found) != 1:
        return None, False
    f = next(iter(found.values()))
    return Figure(f.q, f.loc), True


def project_for(text: str, recs: DocRecords) -> Project | None:
    """The project a sentence speaks of: the only one, or the one it names."""
    if len(recs.projects) == 1:
        return recs.projects[0]
    named = [p for p in recs.projects if p.name and _names(text, p.name)]
    return max(named, key=lambda p: len(p.name)) if named else None


_NAME_HEAD = re.compile(r"^(\d{4}年|下达|中央|省级)+")   # compiled once: asked per prose figure


def _names(text: str, name: str) -> bool:
    core = _NAME_HEAD.sub("", name)
    return name in text or (len(core) >= 6 and core in text)


def plain_paragraphs(recs: DocRecords, cells: bool = False) -> list[tuple[str, str, object]]:
    """(text as the checks read it, text as written, location) for each paragraph: full-width
    digits half-width and a glued list enumerator set apart (3.12个乡镇 is item 3 and 12 of them),
    one character for one, so positions are those of the text as written. With `cells`, the table
    cells written as running text too (a 年度总体目标 cell's 实际完成情况: normalize.prose.running_text),
    each one text however its width wrapped it, as DocRecords.cell_prose reads their figures."""
    said = list(recs.paragraphs)
    if cells:
        said += [(normalize_ws(t), loc) for t, loc in recs.cells if running_text(t)]
    return [(u, t, loc) for u, (t, loc) in zip(unglue_all([t for t, _ in said]), said)]


# How the prose checks cut plain_paragraphs' texts, compiled once (the regex module's own cache of pattern strings
# costs some microseconds a call, asked per paragraph of every reading): a sentence or clause up to its
# 。；;！？ (CLAUSES), a sentence up to and with its 。 (SENTENCES), and the items of a list, split at 、 or ，
# or a comma that is no thousands mark (LIST_ITEMS: 2,046 stays one figure).
CLAUSES = re.compile(r"[^。；;！？]+")
SENTENCES = re.compile(r"[^。]+。?")
LIST_ITEMS = re.compile(r"[、，]|,(?!\d{3})")


# A heading naming a form's account of its results (实际完成情况, 年度目标完成情况), not its aims (预期目标).
RESULT_HEAD = re.compile(r"实际完成|完成情况")


def result_cells(recs: DocRecords) -> list[tuple[str, object]]:
    """(text, location) of each table cell written as running text (normalize.prose.running_text) under
    or beside a heading naming the results (RESULT_HEAD: a 年度总体目标 block's 实际完成情况): the form's own
    account of what was done, read as a paragraph is; not the 预期目标 cell beside it, the aim."""
    at = {(loc.block, loc.table, loc.page, loc.row, loc.col): t for t, loc in recs.cells if loc.row is not None}
    out = []
    for t, loc in recs.cells:
        if loc.row is None or loc.col is None or not running_text(t):
            continue
        heads = [at.get((loc.block, loc.table, loc.page, loc.row - 1, loc.col), ""),
                 at.get((loc.block, loc.table, loc.page, loc.row, loc.col - 1), "")]
        if any(RESULT_HEAD.search(h) and not running_text(h) and "预期" not in h for h in heads):
            out.append((normalize_ws(t), loc))
    return out


def text_before(sentence: str, raw: str) -> str:
    """The words of `sentence` before the figure written `raw` (its first place); the whole sentence
    where the figure is not written there verbatim (an OCR'd or restored text), never a slice cut at -1."""
    at = sentence.find(raw)
    return sentence[:at] if at >= 0 else sentence


def words_before(f) -> str:
    """The words of a prose figure's sentence before it: at its own place where read there (a sentence
    writing 100分 twice gives each its own words), else as text_before finds it."""
    if f.at >= 0 and f.sentence.startswith(f.q.raw, f.at):
        return f.sentence[:f.at]
    return text_before(f.sentence, f.q.raw)


def prose_sentences(recs: DocRecords):
    """(sentence, its prose figures) for each sentence that states figures, in reading order."""
    by_sentence: dict = {}
    for f in recs.prose:
        by_sentence.setdefault((f.loc.block, f.sentence), []).append(f)
    for (_, sentence), figs in by_sentence.items():
        yield sentence, figs
