"""The scoring model a table states or follows, so that each document is checked by its own.

    proportional    score = weight × actual/target (target/actual for ≤), capped at the weight
    coefficient     score = 得分系数 × 指标权重 (Chongqing)
    weighted-share  折算得分 = 得分 × 权重占比 (Hebei)
    tiered          qualitative rows scored within bands of the weight the document states
                    (三档: 100-80%(含80%)、80-50%(含50%)、50-0%), no proportional evidence
    unscored        no scores at all (决算 目标完成情况表, 转移支付 区域 tables, 评价指标表)
    ""              scores, but not enough rows to tell the model

A 扣分 form (分值 and 扣分 columns, no 得分: constructed 096, 106) is no model of its own: the
reader derives each score as 分值 − 扣分 (Indicator.deduction keeps the 扣分, JX307 checks their
合计), and the deductions follow a model like scores do, told by the same evidence (096 takes
5 × 96% = 4.8, "按完成比例扣分"; 106 takes 0.5 from 10 for 78.6% of ≥80%, where the proportional
model gives 9.825). A "deduction" model would stop JX405 checking a 扣分 form whose rows do follow
the proportional model. 106 reports "": one partly achieved row, not two, and its 按比例扣分 is the
execution rate's (the fund row's); 096 states the rule in a row's reason (按完成比例扣分), so it is
proportional by its own words.

stated_tiers() reads the bands wherever the document states them (a footnote, a 得分计算方法
cell); they apply to qualitative rows whatever model the quantitative rows follow.

A model is inferred only from evidence: at least two partly achieved rows whose scores agree
with it (rounded to their written places or cut down to them), and no fewer agreeing than
disagreeing. rounding_of() learns which of the two the table does from the rows that fit.
"""
from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import lru_cache

import regex as re

from jixiao.extract import normalize_ws

from .quantity import Quantity, deadline_kept, in_target_scale, plain
from .records import Figure, Indicator, Project
from .vocab import bare, grade_like

COMPARABLE = (">=", ">", "=", "<=", "<")
# What infer_model() returns besides "" (the outputs label each: nightly/schema.py VALUE_LABELS).
MODELS = ("proportional", "coefficient", "weighted-share", "tiered", "unscored")


def compared_actual(i: Indicator) -> Quantity:
    """The row's result as compared with its target: as written, or in the target's scale where
    the result dropped its scale word (3.5人次 against ≥3万人次: quantity.in_target_scale)."""
    return in_target_scale(i.target.q, i.actual.q)


def comparable(i: Indicator) -> bool:
    t, a = i.target.q, compared_actual(i)
    return t.numeric and a.numeric and t.unit == a.unit and t.op in COMPARABLE and a.op in ("=", ">=", ">") \
        and t.value > 0 and a.value > 0


def met(i: Indicator) -> bool:
    """The actual, as written, meets the target (a target is set, not measured: exact). Two results
    the shares of comparable() leave out meet it as well: a result restating a ceiling it keeps under
    (15%及其以下 against ≤15%), and none where none may happen (0次 against 0次 or ≤0次)."""
    t, a = i.target.q, compared_actual(i)
    if (kept := deadline_kept(t, a)) is not None:
        return kept   # a dated completion against its deadline: by the dates
    if t.numeric and a.numeric and t.unit == a.unit and t.op in ("<=", "<", "="):
        if a.op in ("<=", "<") and t.op != "=" and (a.value < t.value or
                                                     (a.value == t.value and (t.op == "<=" or a.op == "<"))):
            return True
        if t.value == 0 and a.op == "=":
            return a.value == 0
    if not comparable(i):
        return False
    t, a = i.target.q.value, compared_actual(i).value
    return {">=": a >= t, ">": a > t, "=": a >= t, "<=": a <= t, "<": a < t}[i.target.q.op]


def achieved(i: Indicator) -> tuple[Decimal, Decimal] | None:
    """(low, high) of the share of the target achieved, capped at 1: the target exact, the
    actual with its written rounding; None when the target and actual cannot be compared."""
    if not comparable(i):
        return None
    t, a = i.target.q.value, compared_actual(i)
    a_lo, a_hi = max(a.value - a.tolerance, Decimal("1e-12")), a.value + a.tolerance
    lo, hi = (t / a_hi, t / a_lo) if i.target.q.op in ("<=", "<") else (a_lo / t, a_hi / t)
    return min(lo, Decimal(1)), min(hi, Decimal(1))


def proportional(i: Indicator) -> tuple[Decimal, Decimal] | None:
    """The score the proportional model gives this row, as an interval; None if not computable."""
    share = achieved(i)
    if share is None or i.weight is None or i.weight.value is None:
        return None
    return i.weight.value * share[0], i.weight.value * share[1]


def _at(x: Decimal, places: int, how: str) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_FLOOR if how == "floor" else ROUND_HALF_UP)


def written(i: Indicator, how: str) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest score the proportional model gives this row written to the score's
    own places, rounded half up (how="round") or cut down (how="floor")."""
    expected = proportional(i)
    if expected is None or i.score is None or i.score.value is None:
        return None
    places = max(i.score.q.places or 0, 0)
    return _at(expected[0], places, how), _at(expected[1], places, how)


def agrees(i: Indicator) -> bool | None:
    """The row's score is the proportional model's, rounded to its written places or cut down to
    them (both occur: 8.97 written 9 or 8, DOMAIN.md)."""
    expected = proportional(i)
    if expected is None or i.score is None or i.score.value is None:
        return None
    tol = i.score.q.tolerance
    if expected[0] - tol <= i.score.value <= expected[1] + tol:
        return True
    cut = written(i, "floor")
    return cut[0] <= i.score.value <= cut[1]


def rounding_of(rows: list[Indicator]) -> str:
    """How the table writes its model's scores, from its own partly achieved rows that follow the
    model: "round" (half up) or "floor" (cut down) when at least two rows show one way (their
    product differs between the two) and none shows the other; "" when the rows do not tell."""
    votes = {"round": 0, "floor": 0}
    for i in rows:
        if not agrees(i):
            continue
        # the product of the figures as written (85% of 10 is 8.5, whatever 85 was rounded from)
        t, a = i.target.q.value, compared_actual(i).value
        x = i.weight.value * min(t / a if i.target.q.op in ("<=", "<") else a / t, Decimal(1))
        places = max(i.score.q.places or 0, 0)
        fits = {how for how in votes if _at(x, places, how) == i.score.value}
        if len(fits) == 1:
            votes[fits.pop()] += 1
    for how, other in (("round", "floor"), ("floor", "round")):
        if votes[how] >= 2 and not votes[other]:
            return how
    return ""


def partial_rows(p: Project) -> list[Indicator]:
    """Rows whose actual clearly falls short of the target (achieved share below 1), but for rows
    the document gives a rule of their own (Indicator.stated_rule): they follow no model of the table."""
    out = []
    for i in p.indicators:
        if i.stated_rule:
            continue
        share = achieved(i)
        if share is not None and share[1] < 1 and agrees(i) is not None:
            out.append(i)
    return out


def infer_model(p: Project, tiers: list | None = None, stated: str = "") -> str:
    """The project's model; `stated`: a sentence of the document giving the proportional rule,
    which wins over what the rows suggest."""
    if not any(i.score is not None and i.score.value is not None for i in p.indicators) and p.fund_score is None:
        return "unscored"
    if any(i.coefficient is not None for i in p.indicators):
        return "coefficient"
    if any(i.converted_score is not None or i.weight_share is not None for i in p.indicators):
        return "weighted-share"
    if stated:
        return "proportional"
    partial = partial_rows(p)
    agreeing = [i for i in partial if agrees(i)]
    if len(agreeing) >= 2 and len(agreeing) >= len(partial) - len(agreeing):
        return "proportional"
    return "tiered" if tiers and any(not i.actual.q.numeric for i in p.indicators) else ""


# 100-80%(含80%)、80-50%(含50%)、50-0% / 100%-80%（含）、80%-60%（含）、60%-0%: bands of the weight, the
# ends written either way round (好（分值的90%-100%）); the last may be all below its top (60%以下). A band
# may be one share alone in the bracket after its word (达到（得分值的100%）; not an end's 含80%) or nothing
# (未达到（不得分）). An end may carry its inclusion note in brackets (80%（含）-100%): no part of the range.
# The bottom band's 0 may stand bare, its unit the top end's (未达成（60%-0）).
INCLUDED = r"(?:\s*[（(]\s*(?:含|不含)\s*[)）])?"
BAND = re.compile(r"(?P<a>\d{1,3})\s*%?" + INCLUDED + r"\s*[-–—~～至到]\s*(?P<b>\d{1,3})\s*%" + INCLUDED + r"|"
                  r"(?P<bare>\d{1,3})\s*%" + INCLUDED + r"\s*[-–—~～至到]\s*0(?![\d.．%])|"
                  r"(?P<below>\d{1,3})\s*%\s*(?:以下|以内|及以下)"
                  r"|(?<=[（(][^（）()\d含]{0,6})(?P<point>\d{1,3})\s*%(?=\s*[)）])"
                  r"|(?<=[（(]\s*)(?P<zero>不得分|不计分|0\s*分)(?=\s*[)）])")
TIER_WORDS = re.compile(r"三档|档次|分档|分值区间|定性指标")
# The word a band is given for, written before it and the bracket or colon holding it (好（分值的
# 90%-100%）, 较好：75%-90%, 大部分完成（…80%（含）-100%）): read from the text, so a result written in that
# word is in that band.
# The first name may follow the rule's subject and verb with no mark between (定性指标按优（…）): not the name's.
BAND_NAME = re.compile(r"(?:^|[、，,；;：:。.．\s])(?:\p{Han}{0,8}?指标(?:按|分为))?(\p{Han}{1,6})\s*(?:[（(]|[：:=＝]\s*)"
                       r"[^、，,；;（()）]{0,8}$")
HALF = Decimal("0.5")


def _band(m) -> tuple[Decimal, Decimal] | None:
    """The band (high, low) a BAND match states; None for a range with no width."""
    if m["a"]:
        a, b = Decimal(m["a"]), Decimal(m["b"])
        return (max(a, b), min(a, b)) if a != b else None
    if m["bare"]:
        return Decimal(m["bare"]), Decimal(0)
    if m["below"]:
        return Decimal(m["below"]), Decimal(0)
    if m["point"]:
        return Decimal(m["point"]), Decimal(m["point"])
    return Decimal(0), Decimal(0)


def _chained(bands: list[tuple[Decimal, Decimal]]) -> list[tuple[Decimal, Decimal]] | None:
    """The bands as a chain from 100 down, each starting where the last ended, or one point below it
    where the ends are whole shares written inclusive (100%, 80%-99%, 60%-79%): those ends meet
    halfway, as the shares round. A band starting below where the last ended leaves a gap that no
    band holds (达标 100%, then 基本达标 80%-90%): each keeps its ends as written, so a score in the gap
    is in neither. None: no chain (the first not from 100, or a band reaching above where the last
    ended: overlapping or out of order)."""
    if len(bands) < 2 or bands[0][0] != 100:
        return None
    out = [list(b) for b in bands]
    for k in range(len(out) - 1):
        (_, low), (high, _) = out[k], out[k + 1]
        if high > low:
            return None
        if high == low - 1:
            out[k][1], out[k + 1][0] = low - HALF, high + HALF
    return [tuple(b) for b in out]


def _gapped(bands: list[tuple[Decimal, Decimal]]) -> bool:
    """Whether a chain leaves a gap between two bands (a last band of nothing, 不得分, leaves none)."""
    return any(bands[k + 1][0] < bands[k][1] and not (k + 2 == len(bands) and bands[k + 1] == (0, 0))
               for k in range(len(bands) - 1))


def stated_tiers(texts: list[str]) -> tuple[list[tuple[Decimal, Decimal]], list[str], list[tuple[Decimal, Decimal]]]:
    """The bands (high, low), in percent of the weight, that a text stating a tiered rule for
    qualitative indicators gives: at least two, from 100 down, each starting where the last ended or
    below it (_chained, whole inclusive ends met halfway, a gap left to no band, and only where every band is
    named: results are then placed by their words, not by the bands' order); the word each band is named by (""
    where none is); and the bands with their ends as written (80%-99%, not 79.5%-99.5%), for the
    messages an analyst holds against the page."""
    for text in texts:
        if not TIER_WORDS.search(text):
            continue
        found = [(m, band) for m in BAND.finditer(text) if (band := _band(m)) is not None]
        bands = _chained([band for _, band in found])
        if bands is None:   # a share in brackets that is no band (权重（20%）) breaks no chain of ranges
            found = [(m, band) for m, band in found if m["a"] or m["bare"] or m["below"]]
            bands = _chained([band for _, band in found])
        if bands:
            names = [(n.group(1) if (n := BAND_NAME.search(text, 0, m.start())) else "") for m, _ in found]
            names = names if len(set(names)) == len(names) else [""] * len(names)
            # a band lost in reading leaves a gap too: past it, unnamed bands would stand one place off
            if _gapped(bands) and not all(names):
                continue
            return bands, names, [b for _, b in found]
    return [], [], []


# The proportional rule as forms state it in a footnote, a 评分标准 cell or a row's 偏差原因: 实际完成值/
# 年度指标值×该指标分值, 分值×完成率, 按完成比例计分, 按B/A或A/B*该指标分值记分 (Shandong, columns headed
# 预期指标值(A) / 实际完成指标值(B)); on a 扣分 form the same rule as a deduction: 按完成比例扣分, 按未完成
# 比例扣分 (what is off is the shortfall's share), 按比例相应扣减分值; or in words, the result's share of the
# target: 按实际完成值占年度指标值的比例计分 / 计算, 按照完成值与目标值之比计算得分, 按完成数占计划数的比重计分.
PROPORTIONAL_RULE = re.compile(
    r"(?:完成值|实际值|完成数|B)\s*[/÷]\s*(?:年度)?(?:指标值|目标值|计划值|计划数|A)(?:或[^，,。；;]{0,8}?)?"
    r"\s*[×*xX]\s*(?:该|本)?(?:项)?(?:指标)?(?:分值|权重)"
    r"|(?:分值|权重)\s*[×*xX]\s*(?:实际)?完成(?:率|比例)"
    r"|按(?:实际)?未?完成(?:比例|率|程度)(?:相应)?(?:计|得|扣减?|折算|折合)分|按比例(?:相应)?(?:计|得|扣减?)分"
    r"|按(?:照)?(?:实际)?完成(?:值|数|量)?(?:占|与)(?:年度)?(?:指标值|目标值|计划值|计划数|目标)(?:的|之)?"
    r"(?:比例|比值|比重|比)(?:相应)?(?:计分|计算|得分|扣减?分|折算|折合|赋分)")
# A sentence about the execution rate (执行率未达100%，按比例扣分) states the fund row's rule, scored by
# its rate, not the indicators'.
FUND_SUBJECT = re.compile(r"执行率|执行进度|预算执行|资金执行|支出进度")


def stated_proportional(texts: list[str]) -> str:
    """The first sentence (a text's part up to 。；;) stating the proportional rule ('' if none): it applies
    to quantitative rows. The sentence, not its text's head: a note of several sentences (注：“目标是否调整”
    为“是”的指标…。…按完成比例计分。) gives the one that states it."""
    return next((said for t in texts if (said := _proportional_in(t)) is not None), "")


@lru_cache(maxsize=1 << 14)   # a pure function of one text: normalize asks it of every text of the document twice
def _proportional_in(text: str) -> str | None:
    """The first sentence of one text stating the proportional rule, as stated_proportional gives it; None if none."""
    return next((s.strip()[:200] for s in _CLAUSE_END.split(normalize_ws(text)) if _states_proportional(s)), None)


_CLAUSE_END = re.compile(r"[。；;]")


def _states_proportional(text: str) -> bool:
    return any(PROPORTIONAL_RULE.search(s) and not FUND_SUBJECT.search(s) for s in _CLAUSE_END.split(text))


# A rule a form states for some of its rows, in a note under the table (满意度指标低于指标值的，每低1个百分点
# 扣1分; 时效指标每延迟1个月扣2分; 安全事故指标发生1起不得分): the rows it names (its subject, before
# the condition) and the points it gives or takes, so those rows follow it, not the table's model. A
# clause stating the proportional rule, or the fund's (执行率), is no rule of a row's own. The subject is
# two to 25 characters (a row's name, or a few joined by 、: no sentence); the points stand within 40
# characters after the condition's word (a condition's few words, not a clause running on).
ROW_RULE = re.compile(
    r"^(?P<subject>\p{Han}[\p{Han}、和及与]{1,24}?)(?:等|类)?(?:指标)?(?:类)?\s*"
    r"(?:低于|高于|未达到|未达|未完成|达不到|超过|超出|每|若|如|发生|出现|延迟|推迟|逾期)"
    r".{0,40}?(?P<points>(?:扣|减|扣减|加|得|计)\s*\d+(?:\.\d+)?\s*分|不得分|不计分|得0分)")
PROPORTIONAL_WORDS = re.compile(r"比例|比率|完成率|[/÷]")


# compiled once: stated_row_rules runs per clause of every note, many times a document
_NOTE_NUMBER = re.compile(r"^(?:(?:注|说明|备注)\s*[：:]|[（(]?\d{1,2}\s*[.、．)）](?!\d)|\s)+")
_NAME_SEP = re.compile(r"[、和及与]")
_INDICATOR_WORD = re.compile(r"指标$")


def stated_row_rules(texts: list[str]) -> list[tuple[list[str], str]]:
    """The rules notes state for rows they name: (the names the subject gives, split at 、/和/及/与,
    each without 指标; the clause as written) for each clause of a text (split at 。；;, a note's or an
    item's number dropped) that names its rows and gives points otherwise than in proportion."""
    out = []
    for text in texts:
        for clause in _CLAUSE_END.split(normalize_ws(text)):
            clause = _NOTE_NUMBER.sub("", clause)
            m = ROW_RULE.search(clause)
            if m is None or PROPORTIONAL_WORDS.search(clause) or FUND_SUBJECT.search(clause) or \
                    _states_proportional(clause):
                continue
            # a name of one character would stand within any row's name
            names = [n for w in _NAME_SEP.split(m["subject"]) if len(n := _INDICATOR_WORD.sub("", w)) >= 2]
            if names:
                out.append((names, clause))
    return out


def own_rule(i: Indicator, rules: list[tuple[list[str], str]]) -> str:
    """The clause of `rules` (stated_row_rules) that names the row: one of its names within the row's
    level-1, level-2 or level-3 name; '' where none does."""
    levels = [bare(x or "") for x in (i.level1, i.level2, i.level1_raw, i.level2_raw, i.level3)]
    return next((clause for names, clause in rules if any(n in x for n in names for x in levels)), "")


def cell_rules(cells) -> dict[tuple, str]:
    """The rules rows state in a cell of their own (a 评分标准 column: ≥90%得满分，每低1个百分点扣0.5分),
    by the row's (table, row): a cell that is wholly a ladder of tiers (tier_ladder: ≥95%，得满分；
    90%（含）-95%，得分值的80%；<90%，不得分), as written; else the clause of a cell that takes points per
    step short (STEP_RULE), not the proportional rule nor the fund's. `cells`: (text, location) of the
    document's table cells."""
    out: dict[tuple, str] = {}
    for text, loc in cells:
        if tier_ladder(text):
            out.setdefault((loc.table, loc.row), normalize_ws(text).strip())
            continue
        for clause in _CLAUSE_END.split(normalize_ws(text)):
            if STEP_RULE.search(clause) and not _states_proportional(clause) and not FUND_SUBJECT.search(clause):
                out.setdefault((loc.table, loc.row), clause.strip())
    return out


# a share of the row's weight or points, as rules name it (该指标分值, 权重, 满分)
_SHARE = r"(?:该|本)?(?:项|指标|项指标|三级指标)?(?:分值|权重|满分|标准分)"


# One tier of a ladder a row's own cell states (≥95%，得满分 / 90%（含）-95%，得分值的80% / <85%，不得分 /
# 100%，得满分): the band of the result, then the points it earns: the full weight, a share of it, points,
# or none. An end is held (≥, ≤, 以上, a bare figure, 含), not held (<, >, 不含), or unmarked (a range's
# 90%-95%): an unmarked end is held only where no tier holds the figure by its own words.
_END = r"(?P<{0}>\d+(?:\.\d+)?)\s*[%％]?\s*(?:[（(]\s*(?P<{0}_mark>含|不含)\s*[)）])?"
TIER = re.compile(
    r"^\s*(?:(?:(?P<op>[≥≧>＞≤≦<＜]=?|大于等于|大于|不低于|不少于|达到|小于|低于|不足)\s*)?" + _END.format("x") +
    r"(?P<sfx>以上|及以上|以下|及以下)?"
    r"|" + _END.format("a") + r"\s*[-–—~～至到]\s*" + _END.format("b") + r")"
    r"\s*(?:的)?\s*[，,：:]?\s*(?:(?P<full>得?满分|得全部分值)|(?P<none>不得分|不计分|得?0分)"
    r"|得(?:" + _SHARE + r")?的?\s*(?P<share>\d+(?:\.\d+)?)\s*[%％]|得\s*(?P<points>\d+(?:\.\d+)?)\s*分)\s*$")
_LADDER_SPLIT = re.compile(r"[。；;\n]")
_INF = Decimal("Infinity")


def _tier(m) -> tuple[Decimal, bool | None, Decimal, bool | None, str, Decimal]:
    """(low, low held, high, high held, how the points are given, the figure) of a TIER match; an
    end's held is None where it is unmarked."""
    how = "full" if m["full"] else "none" if m["none"] else "share" if m["share"] else "points"
    fig = Decimal(m["share"] or m["points"] or (100 if m["full"] else 0))
    if m["a"]:
        a, b = Decimal(m["a"]), Decimal(m["b"])
        (lo, lo_mark), (hi, hi_mark) = sorted(((a, m["a_mark"]), (b, m["b_mark"])), key=lambda e: e[0])
        return lo, lo_mark and lo_mark == "含", hi, hi_mark and hi_mark == "含", how, fig
    x, op, sfx = Decimal(m["x"]), m["op"] or "", m["sfx"] or ""
    shut = m["x_mark"] != "不含"   # a bare or ≥ figure is held unless marked otherwise
    if op and op[0] in "≥≧" or op in ("大于等于", "不低于", "不少于", "达到") or sfx in ("以上", "及以上"):
        return x, shut, _INF, True, how, fig
    if op and op[0] in ">＞" or op == "大于":
        return x, op.endswith("="), _INF, True, how, fig
    if op and op[0] in "≤≦" or sfx in ("以下", "及以下"):
        return -_INF, True, x, shut, how, fig
    if op:   # <, 小于, 低于, 不足: strict
        return -_INF, True, x, op.endswith("="), how, fig
    return x, True, x, True, how, fig


def tier_ladder(text: str) -> list[tuple] | None:
    """The tiers a cell states when every clause of it (split at 。；; and lines) is one (TIER), at
    least two, one of them giving full marks: (low, low included, high, high included, how, figure)
    each. None where the cell is anything else (a sentence, a step rule, a single clause)."""
    clauses = [c for c in _LADDER_SPLIT.split(normalize_ws(text or "")) if c.strip()]
    tiers = [TIER.match(c) for c in clauses]
    if len(tiers) < 2 or not all(tiers) or not any(m["full"] for m in tiers):
        return None
    return [_tier(m) for m in tiers]


def ladder_score(i: Indicator) -> tuple[Decimal, Decimal] | None:
    """(lowest, highest) points the row's own tier ladder (Indicator.stated_rule, tier_ladder) gives its
    result: the result itself where target and result are percentages (an execution rate), else the share
    of a ≥ / = target achieved, in percent. Every tier holding it counts (an end two tiers hold gives
    both), an unmarked end only where no tier holds it by its words; None where there is no ladder, no
    weight or comparable result, or no tier holds it."""
    ladder = tier_ladder(i.stated_rule)
    if not ladder or i.weight is None or i.weight.value is None or not comparable(i):
        return None
    t, a = i.target.q, compared_actual(i)
    if t.unit == "%" == a.unit:
        x = a.value
    elif t.op in (">=", ">", "=") and t.value:
        x = a.value / t.value * 100
    else:
        return None
    w = i.weight.value
    def holding(loose: bool):
        return [w if how == "full" else Decimal(0) if how == "none" else w * fig / 100 if how == "share" else fig
                for lo, lo_in, hi, hi_in, how, fig in ladder
                if (lo < x or x == lo and (lo_in or loose and lo_in is None))
                and (x < hi or x == hi and (hi_in or loose and hi_in is None))]
    got = holding(False) or holding(True)
    return (min(got), max(got)) if got else None


def follows_ladder(i: Indicator) -> bool:
    """The row's score is what its own tier ladder gives its result (ladder_score), within the score's
    written precision: the row is scored by its own rule, whatever its target says (JX401, JX404)."""
    got = ladder_score(i)
    if got is None or i.score is None or i.score.value is None:
        return False
    tol = i.score.q.tolerance
    return got[0] - tol <= i.score.value <= got[1] + tol


# A clause that gives or takes points (得满分, 扣0.5分, 得分=…, 按比例计分): a scoring rule's verb on 分,
# not a value; 分 opening another word (百分之, 分类, 分配, 分析, 分期, 分批, 分别, 分布) is none.
POINTS_CLAUSE = re.compile(r"[得扣计减](?:满|\d+(?:\.\d+)?)?\s*分(?![之类配析期批别布])")


# The points a stated rule takes per step short of the target (每低1个百分点扣1分, 每少2个扣0.5分):
# the step, its unit (百分点 is a percent target's) and the points. Read only where the step is
# measured in the target's own unit; other stated rules (不得分, 每延迟1个月) are not computed.
STEP_RULE = re.compile(
    r"每(?:低|降低|下降|少|减少|差|低于|超|超过|超出|高|多)?\s*(?P<step>\d+(?:\.\d+)?)\s*(?:个)?"
    r"(?P<unit>百分点|[%％]|[^\d\s，,扣减]{0,3}?)\s*[，,]?\s*(?:扣|减|扣减)\s*(?P<points>\d+(?:\.\d+)?)\s*分")


def stated_rule_score(i: Indicator) -> tuple[Decimal, Decimal, str] | None:
    """(lowest, highest, the rule as read) of the score the row's stated rule (Indicator.stated_rule)
    gives a row short of its target: the weight less the points per step for each step short (the
    figures as written), a part step counted as none or as whole (the rule does not say), never
    below 0. None where the rule takes no points per step in the target's unit,
    or the row meets its target or cannot be compared with it."""
    m = STEP_RULE.search(i.stated_rule or "")
    if m is None or i.weight is None or i.weight.value is None or not comparable(i) or met(i):
        return None
    t, a = i.target.q, compared_actual(i)
    unit = "%" if m["unit"] in ("百分点", "%", "％") else m["unit"]
    if unit and unit != t.unit:
        return None
    step, points = Decimal(m["step"]), Decimal(m["points"])
    if step <= 0:
        return None
    # the figures as written: a rule counts the points the form shows short, as the scorer did
    steps = max(t.value - a.value if t.op in (">=", ">", "=") else a.value - t.value, Decimal(0)) / step
    taken_lo = steps.to_integral_value(rounding=ROUND_FLOOR) * points
    taken_hi = -((-steps).to_integral_value(rounding=ROUND_FLOOR)) * points
    w = i.weight.value
    return max(w - taken_hi, Decimal(0)), max(w - taken_lo, Decimal(0)), m.group(0)


# A grade's points as a form states them under its table (注：优＝该指标分值×100%，良＝该指标分值×80%，
# 差＝0; 优得满分，良得分值的80%; A＝10分; A（完成目标）得该指标分值的100%, 1052): a short word after a
# separator, its gloss in brackets if any, a verb (＝ / 为 / 得 / 计),
# then a share of the row's weight or points. Read as data: a score cell holding one of the words
# stated is scored by it; the words themselves come from the text, never from a list here.
GRADE_RULE = re.compile(
    r"(?:^|(?<=[，,；;、：:。\s（(]))(?P<word>[\p{Han}A-Za-z]{1,4}?)\s*(?:[（(][^（()）\n]{1,16}[)）]\s*)?"
    r"(?:(?P<zero>不得分|不计分)|(?:[＝=]|为|得|计|按)\s*"
    r"(?:" + _SHARE + r"\s*(?:[×*xX]|乘以?)\s*(?P<times>\d+(?:\.\d+)?)\s*(?P<pct>[%％])?"
    r"|" + _SHARE + r"的\s*(?P<of>\d+(?:\.\d+)?)\s*[%％]"
    r"|(?P<full>满分|全部分值)"
    r"|(?P<share>\d+(?:\.\d+)?)\s*[%％]"
    r"|(?P<points>\d+(?:\.\d+)?)\s*分?(?![\d.%％])))", flags=re.V1)


def stated_grade_points(texts: list[str], words: set[str]) -> dict[str, tuple[str, Decimal, str]]:
    """The rule for the grade `words` the score cells hold: of the texts stating points for two or
    more words, the first naming the most of them: {word: ("share", percent of the weight, phrase)
    or ("points", points, phrase)}; {} where no text names one."""
    best: dict[str, tuple[str, Decimal, str]] = {}
    for text in texts if words else []:
        found = _grade_points(normalize_ws(text))
        if len(found) >= 2 and len(words & found.keys()) > len(words & best.keys()):
            best = found
    return best


def states_grade_points(text: str) -> bool:
    """Whether a text is a key of grades' points (two grades or more given points): a scoring rule."""
    return len(_grade_points(normalize_ws(text))) >= 2


def _grade_points(t: str) -> dict[str, tuple[str, Decimal, str]]:
    found: dict[str, tuple[str, Decimal, str]] = {}
    for m in GRADE_RULE.finditer(t):
        if m.group("zero"):
            found.setdefault(m.group("word"), ("points", Decimal(0), m.group()))
        elif m.group("times") is not None:
            times = Decimal(m.group("times"))
            found.setdefault(m.group("word"), ("share", times if m.group("pct") else times * 100, m.group()))
        elif m.group("of") is not None or m.group("share") is not None:
            found.setdefault(m.group("word"), ("share", Decimal(m.group("of") or m.group("share")), m.group()))
        elif m.group("full"):
            found.setdefault(m.group("word"), ("share", Decimal(100), m.group()))
        else:
            found.setdefault(m.group("word"), ("points", Decimal(m.group("points")), m.group()))
    return found


def grade_scores(p: Project, texts: list[str]) -> list[str]:
    """Score cells holding a word (a grade) that a text states points for take the points it gives
    (a share of the row's weight, or points); returns warnings for grades left unscored (no rule
    stated, or no weight to take a share of)."""
    words = {bare(i.score.raw) for i in p.indicators if i.score is not None and i.score.value is None}
    rule = stated_grade_points(texts, {w for w in words if re.fullmatch(r"[\p{Han}A-Za-z]{1,4}", w)})
    warnings, unruled = [], []
    for i in p.indicators:
        if i.score is None or i.score.value is not None:
            continue
        word = bare(i.score.raw)
        if word not in rule:
            if grade_like(word):
                unruled.append(i)
            continue
        kind, n, phrase = rule[word]
        if kind == "share" and (i.weight is None or i.weight.value is None):
            warnings.append(f"{i.score.loc.describe()}：“{i.level3}”得分填写等级“{word}”，按“{phrase}”折算需要分值，"
                            "该行无分值，得分未计")
            continue
        points = i.weight.value * n / 100 if kind == "share" else n
        points = plain(points)
        places = max(0, -points.as_tuple().exponent)
        i.score = Figure(Quantity(raw=i.score.raw, op="=", value=points, places=places,
                                  note=f"得分填写等级“{word}”，按“{phrase}”折算为{points:f}分"), i.score.loc)
        i.note = "；".join(x for x in (i.note, i.score.q.note) if x)
    if unruled:
        where = unruled[0].score.loc.describe()
        warnings.append(f"{where}等 {len(unruled)} 行：得分栏填写的是等级（{'、'.join(dict.fromkeys(bare(i.score.raw) for i in unruled))}），"
                        "文中未见等级折算分值的规则，得分未计")
    return warnings
