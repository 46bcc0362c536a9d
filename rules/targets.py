"""Each indicator's actual against its target, and what the report says about missed targets."""
from __future__ import annotations

from decimal import Decimal

import regex as re

from jixiao.extract import normalize_ws
from jixiao.normalize import DocRecords, Indicator, Quantity
from jixiao.normalize.prose import COMPLETION_RATE
from jixiao.normalize.quantity import COMPLETION, completion_agrees, completion_defined, deadline_kept, in_target_sense
from jixiao.normalize.scoring import follows_ladder

from .common import (HUNDRED, PROMPT, doubt_warnings, num, off_coefficient, project_for, prose_sentences, reading_doubt, rounded,
                     result_cells)
from .interval import Interval
from .registry import rule

NOT_DONE = ("未完成", "未达到", "未实现", "未达标", "没有完成")
# A result written against its own target (比目标多36户, 较计划少完成5户, 超出目标12户): its figure is
# the difference, not the result; the words say whether the target was passed or missed.
RELATIVE_TO_TARGET = re.compile(r"(?:比|较)(?:年度)?(?:目标|计划|预期)(?:值|任务|数)?\s*(?:(?P<more>多|超|高|增)|(?P<less>少|低|减|差))"
                                r"|(?P<over>超出|超过|超)(?:年度)?(?:目标|计划|预期)")
# A claim word: a verb of completion (完成 / 实现) under an adverb of wholeness (全部, 全面, 圆满, 均 / 均已):
# 全部完成, 均已完成, 圆满完成年度绩效目标, 全面实现.
CLAIM_ALL_MET = (r"(?:全部|全面|圆满|均已?)(?:完成|实现)",)
_CLAIM_ALL_MET = [re.compile(w) for w in CLAIM_ALL_MET]   # compiled once: tried on every sentence
# A claim whose subject is every indicator (or target), quantified, then all done: 各项指标均已完成,
# 所有绩效指标均达到, 全部指标已全部实现. The subject says it speaks of the targets without naming 目标.
# A count of them (13项绩效指标全部达到) quantifies them all, but not as a part of more (其中12项, 有12项).
# No unmet target, said as a heading's answer within a sentence or a paragraph (未完成的绩效目标：无,
# 绩效目标均已完成，未完成的绩效指标：无。): the targets or the indicators left undone, a colon, then 无
# closing the clause; or the answer in brackets after the heading (3.未完成的绩效目标(无)), as a
# form's numbered heading is answered on its own line.
# Or their count given as none (未完成指标0项, 未完成的绩效目标为零项: 1873).
# Or the same said with the negation first, the answer before the heading's words (本年度无未完成的绩效目标,
# 不存在未达到的绩效指标): 无 / 没有 / 不存在 governing the targets left undone, as a clause of its own.
NONE_UNMET = re.compile(r"未(?:完成|达到|实现|达成)的?(?:绩效|年度)?(?:目标|指标)(?:情况)?"
                        r"(?:[：:]无(?=[。；;，,）)]|$)|[(（]无[)）]|(?:为|[：:])?(?:0|零)(?:项|个)(?=[。；;，,）)]|$))"
                        r"|(?<![若如])(?:无|没有|不存在)未(?:完成|达到|实现|达成)的?(?:绩效|年度)?(?:目标|指标)"
                        r"(?=[。；;，,）)]|$)")
ALL_INDICATORS_MET = re.compile(r"(?:各项|所有|全部|各|(?<!其中|有)\d+项)(?:绩效)?(?:指标|目标)(?:任务)?\s*(?:均|都|全部|已全部|全面)"
                                r"\s*(?:已经?)?\s*(?:完成|达到|实现|达标)")


def missed(i: Indicator) -> bool:
    """The actual misses the target beyond the rounding of both (None-safe: unknown is not missed)."""
    t, a = i.target.q, in_target_sense(i.target.q, i.actual.q)   # -4.1% against a fall to reach: 4.1
    if reading_doubt(i):
        return False   # the score read into the actual column: a reading to check, not a miss
    if i.actual_period:
        return False   # a result so far (1-6月实际完成值) against the year's target: no miss yet
    if (rel := RELATIVE_TO_TARGET.search(i.actual.raw or "")):
        return bool(rel.group("less"))   # a difference from the target: its words decide
    if (kept := deadline_kept(t, a)) is not None:
        return not kept   # a dated completion against its deadline: a month after it is a miss
    if a.op == "qualitative" or a.op == "deadline":
        return any(w in a.raw for w in NOT_DONE)
    if not (t.numeric and a.numeric) or t.unit_key != a.unit_key or t.op == "approx" or a.op in ("approx", "range"):
        return False
    # A range target (90%-95%) is missed below its low end; above its high end is not taken for
    # a miss (more than planned is rarely a failure, and forms do not say).
    if a.op in (">=", ">") and t.op in (">=", ">", "=") and a.value >= t.value:
        return False  # the actual restates the bound
    if t.op == "=" and t.note.startswith("比例"):
        return False  # a ratio (1:19) with no operator: fewer per one may be better or worse, unwritten
    # A target is set, not measured: exact as written. So is a count (3次, 6人); a measured
    # actual (a rate, an amount) may have been rounded to the places it shows.
    ti = Interval.exact(t.value)
    ai = result_interval(a)
    # A target of none (0起, 0次) is a ceiling by its figure, nothing counted below it (1873: 1起 of 0起).
    negative = t.op in ("<=", "<") or (t.op == "=" and (i.level2 in ("成本指标", "经济成本指标") or t.value == 0))
    if negative:
        return ai.lo > ti.hi if t.op != "<" else ai.lo >= ti.hi
    return ai.hi < ti.lo if t.op != ">" else ai.hi <= ti.lo


def result_interval(a: Quantity) -> Interval:
    """A result as written: a count is exact (3次 is 3), a measured figure stands for its rounding."""
    return Interval.exact(a.value) if a.exact_count else Interval.of(a.value, a.tolerance)


def _told_result(figs) -> tuple | None:
    """The one target and the one result a sentence tells of an indicator (their prose figures)."""
    targets = [f for f in figs if f.role == "target"]
    actuals = [f for f in figs if f.role == "actual"]
    return (targets[0], actuals[0]) if len(targets) == 1 and len(actuals) == 1 else None


def _describe(i: Indicator) -> str:
    return f"“{i.level3}”目标 {i.target.raw}，实际 {i.actual.raw}"


@rule("JX401", "missed-target-full-score", "high", "未达到目标值却得满分",
      """
A quantitative indicator whose actual misses its target (with its operator: ≥, ≤, =) cannot
score its full weight: the score is weight × actual/target (or target/actual for ≤). Full marks
are the weight exactly: a missed row scored above its weight (54 of 6, the point of 5.4 dropped) is
JX301's slip, named there once, not a full score. In
coefficient tables (Chongqing) nor can it have a 得分系数 of 100%; there a score that is not its
得分系数 × 指标权重 is JX406's slip, named there once. A row whose own cell states a ladder of tiers
(评分标准: ≥95%，得满分；90%（含）-95%，得分值的80%；<90%，不得分) is scored by it: full marks where its
result falls in a full-marks tier is no slip.
""", good="目标 ≥95%，实际 85%，分值 10，得分 7", bad="目标 ≥95%，实际 85%，分值 10，得分 10")
def missed_full_score(recs: DocRecords, r):
    doubt_warnings(recs)
    for i in recs.indicators:
        c = i.coefficient
        if c is not None and c.value is not None and missed(i) and \
                (c.value >= 100 or (c.value == 1 and c.q.unit != "%")) and \
                not (i.score is not None and i.weight is not None and None not in (i.score.value, i.weight.value)
                     and i.score.value >= i.weight.value):
            # Chongqing: a 得分系数 of 100% gives the full weight, whatever 得分 the row writes
            yield r.flag(recs, f"{_describe(i)}，未达到目标，得分系数却为 {c.raw}（满分系数）。",
                         [c.loc, i.actual.loc, i.target.loc], f"{i.target.raw} / {i.actual.raw} / 得分系数 {c.raw}",
                         stated=c.raw, expected="<100%")
        if i.weight is None or i.score is None or i.weight.value is None or i.score.value is None:
            continue
        if missed(i) and i.score.value == i.weight.value and not off_coefficient(i) and not follows_ladder(i):
            # full marks, exactly (12 of 12.5 is not, nor is 54 of 6: a score above its weight is JX301's slip,
            # named there once); a score not its 得分系数 × 权重 is JX406's slip
            yield r.flag(recs, f"{_describe(i)}，未达到目标，却得满分 {i.score.raw}（分值 {i.weight.raw}）。",
                         [i.actual.loc, i.target.loc, i.score.loc], f"{i.target.raw} / {i.actual.raw} / {i.score.raw}",
                         stated=i.score.raw, expected=f"<{i.weight.raw}")


@rule("JX402", "missed-target-no-reason", "low", "未达到目标值但未说明偏差原因",
      """
An indicator table with a 偏差原因 column must explain every missed target in it. A result so far
(a monitoring form's 1-6月实际完成值, its column's header naming a part of the year) misses no
year's target yet: not judged. Nor is a row of a project left partly unread whose own line (its
paragraph, its table row) or the lines after it up to the next row read or the table's end hold
words of a reason (原因, 偏差, 由于, 未达目标, 受…影响) that no record took: the reason stands in a
line the reader could not place (a copy cut at a narrow screen's width). Rows merely left unread
beside it are no such evidence. A cell that only says the work is done (已完成, 全部完成, 已达标) gives no
reason: it claims the target met where the row misses it; nor does one that only denies a gap (无偏差,
不存在差距); nor does one left as the template's prompt
（请填写偏差原因）. A cell that only points elsewhere (详见说明,
见附件) gives none where no paragraph or other table names the indicator (three characters of its name).
""", good="目标 ≥95%，实际 85%，偏差原因：医保政策未能实现全国联网结算",
      bad="目标 ≥95%，实际 85%，偏差原因：（空）；目标 ≥50期，实际 46期，偏差原因：已完成")
def missed_no_reason(recs: DocRecords, r):
    for i in recs.indicators:
        if not missed(i) or i.reason is None:
            continue
        # the reason without its blanks and placeholders (无, /, —): empty, nothing was written
        reason, written = i.reason.strip(), i.reason.strip(" 　无/-—")
        pointer = bool(POINTER.match(reason)) and not _named_elsewhere(i, recs)
        prompt = bool(PROMPT.match(reason))   # the template's prompt (（请填写偏差原因）) is no reason written
        if (not written or DONE_ONLY.match(reason) or pointer or prompt) and not _reason_unread(i, recs) \
                and not _restates_fund_rate(i, recs):
            said = (f"偏差原因一栏只写“{reason}”，而文中别处未提及该指标" if pointer else
                    f"偏差原因一栏只有模板提示“{reason}”，未填写原因" if prompt else
                    f"偏差原因一栏只写“{reason}”，未说明原因" if written else "偏差原因一栏为空")
            yield r.flag(recs, f"{_describe(i)}，未达到目标，但{said}。",
                         [i.actual.loc, i.target.loc], f"{i.target.raw} / {i.actual.raw}", stated=i.actual.raw,
                         expected=i.target.raw)


# A 偏差原因 that only says the work is done or the target met (已完成, 全部完成, 已达标), or that there is no gap
# (无偏差, 没有偏差, 不存在差距: a negation, then a word for the gap): a claim, where the row misses its target, and
# no cause of the shortfall. The completion grammar the deadlines read (COMPLETION).
NO_GAP = r"(?:无|没有|不存在|未发生|未出现)\s*(?:任何)?\s*(?:偏差|偏离|差距|差异)"
DONE_ONLY = re.compile(rf"^(?:{COMPLETION}|(?:已经?|均已|均|全部|已全部)*\s*(?:达标|达到(?:目标|预期|要求)?|实现(?:目标)?)"
                       rf"|{NO_GAP})\s*[。.！!]?$")


# A 偏差原因 that only points elsewhere (详见说明, 见附件, 具体见备注): the reason is wherever it points, if anywhere.
POINTER = re.compile(r"^(?:详|具体|请)?(?:参)?见(?:下文|下表|表后|附件|附表|附注|说明|备注|注释?|报告|正文)[^，,。；;\d]{0,6}[。.]?$")


def _named_elsewhere(i: Indicator, recs: DocRecords) -> bool:
    """Whether some paragraph, or a cell of another table, names the row's indicator (three characters of
    its name in a row, 生产线 of 新建黑茶加工生产线): where a pointer may find its reason."""
    name = re.sub(r"\W", "", i.level3 or "")
    grams = {name[k:k + 3] for k in range(len(name) - 2)} or {name}
    own = (i.actual.loc.block, i.actual.loc.table)   # the indicator table's other rows name other indicators
    texts = [t for t, _ in recs.paragraphs] + [t for t, loc in recs.cells if (loc.block, loc.table) != own]
    return any(g in t for t in texts for g in grams if g)


def _restates_fund_rate(i: Indicator, recs: DocRecords) -> bool:
    """The row's result is its project's fund execution rate, stated in the fund block and read from
    another cell (a framework scoring 预算执行率 as a row: 98.20% there and here): the shortfall is the
    fund's, which the block's own figures (预算数, 执行数) state and no form asks a 偏差原因 of."""
    rate = next((p.exec_rate_stated for p in recs.projects if any(j is i for j in p.indicators)), None)
    a = i.actual.q
    # a full 100% is no shortfall of the fund's to explain: a row at 100% is judged as any other
    return rate is not None and rate.value is not None and a.numeric and a.unit == "%" == rate.q.unit and \
        a.value == rate.value < 100 and rate.loc != i.actual.loc


# Words that tell why a target was missed (a 偏差原因 as offices write it): the cause, or the shortfall said in words.
REASON_WORDS = re.compile(r"原因|偏差|由于|因为|导致|致使|受[^，,。；;]{0,12}影响|未[^，,。；;\d]{0,8}(?:达|完成|实现)")
# Where a table's rows end: its total, a note or the signatures under it.
TABLE_END = re.compile(r"^\s*(?:总分|合计|总计|注|说明|备注|自评等级|评价等级|填报|填表)")


def _reason_unread(i: Indicator, recs: DocRecords) -> bool:
    """The row's project was left partly unread, and the row's own source (the paragraph or the table
    row its cells stand in) or the lines after it that no record took, up to the next row read or the
    table's end, hold reason words beyond the texts the records took: the reason may be the row's,
    in a line the reader could not place."""
    if not any(p.rows_unread for p in recs.projects if i in p.indicators):
        return False
    loc = i.actual.loc
    mine = [j for j in recs.indicators if j.actual.loc.table == loc.table and
            (loc.table is None or j.actual.loc.block == loc.block)]
    taken = sorted({x for j in mine for x in (j.level1_raw, j.level2_raw, j.level3, j.target.raw, j.actual.raw,
                                              j.reason, j.weight and j.weight.raw, j.score and j.score.raw) if x},
                   key=len, reverse=True)
    if loc.table is None:   # rows read from paragraphs: a row is a paragraph (block)
        lines = [(at.paragraph if at.paragraph is not None else at.block, t) for t, at in recs.paragraphs]
        own = loc.paragraph if loc.paragraph is not None else loc.block
        read = {j.actual.loc.paragraph if j.actual.loc.paragraph is not None else j.actual.loc.block for j in mine}
    else:
        lines = [(at.row, t) for t, at in recs.cells if at.block == loc.block and at.table == loc.table]
        own, read = loc.row, {j.actual.loc.row for j in mine}
    if own is None:
        return False
    after = min((k for k in read if k is not None and k > own), default=None)
    ended = min((k for k, t in lines if k is not None and k > own and TABLE_END.match(t)), default=None)
    stop = min(k for k in (after, ended) if k is not None) if after is not None or ended is not None else None
    for k, t in lines:
        if k is None or not (k == own or k > own and (stop is None or k < stop)):
            continue
        for x in taken:
            t = t.replace(x, " ")
        if REASON_WORDS.search(t):
            return True
    return False


@rule("JX403", "claims-all-met", "medium", "文中称目标全部完成（或未完成目标为“无”），但有指标未达到目标",
      """
The prose says there is no unmet target (未完成的绩效目标：无 or 未完成的绩效指标：无, or the heading answered
in brackets: 未完成的绩效目标(无); alone or as a clause
of a longer paragraph; 年初设定目标全部完成, 各项指标均已完成: a sentence naming the targets, or every
indicator as its subject; the flag states the claim as written, from the clause naming the targets
to the claim word) while an
indicator of the same project misses its target; in a report without tables, while a sentence
states an indicator's result short of its target (全年完成培训800人次，目标1000人次). A table cell written
as running text under or beside a heading naming the results (a 年度总体目标 block's 实际完成情况) is
read as prose; the 预期目标 cell beside it states the aim, no claim.
""", good="未完成的绩效目标：无；所有指标均达到目标值", bad="未完成的绩效目标：无；医保月办结率 目标 100%，实际 98%")
def claims_all_met(recs: DocRecords, r):
    claims = []
    paras = list(recs.paragraphs) + result_cells(recs)   # a claim in the form's 实际完成情况 cell is the prose's
    for k, (text, loc) in enumerate(paras):
        t = text.replace(" ", "")
        if (none := NONE_UNMET.search(t)):
            claims.append((text, loc, none.group(0)))   # stated: the clause as written, wherever it stands
        elif "未完成" in t and "目标" in t:
            rest = t.split("目标", 1)[1].lstrip("。：:")
            follow = paras[k + 1][0].strip(" 　。") if k + 1 < len(paras) else ""
            if rest.strip("。 ") in ("无", "无。") or (not rest.strip("。 ") and follow in ("无", "无。")):
                claims.append((text + ("" if rest.strip("。 ") else " " + follow), loc))
        elif (said := _claim_of_targets(t)):
            # the claim and the targets in one sentence: 兑付于10月20日前全部完成 speaks of a payment,
            # whatever target a later sentence names (略低于46%的目标)
            claims.append((text, loc, said))
        elif (m := ALL_INDICATORS_MET.search(t)):
            claims.append((text, loc, _with_attribute(t, m)))   # stated: the claim as written
    for text, loc, *said in claims:
        claim = said[0] if said else text.strip()[:40]
        if not recs.projects:
            # a report in prose only: the indicator results its sentences state
            bad_prose = _prose_missed(recs)
            if bad_prose:
                yield r.flag(recs, f"文中称“{claim}”，但" + "；".join(
                                 f"“{a.indicator}”目标 {t.q.raw}，实际 {a.q.raw}" for t, a in bad_prose) + "，未达到目标。",
                             [loc] + [a.loc for _, a in bad_prose], text, stated=claim,
                             expected="；".join(f"{a.indicator}未达标" for _, a in bad_prose))
            continue
        p = project_for(text, recs)
        if p is None:
            continue
        bad = [i for i in p.indicators if missed(i)]
        if bad:
            yield r.flag(recs, f"文中称“{claim}”，但{'；'.join(_describe(i) for i in bad)}，未达到目标。",
                         [loc] + [i.actual.loc for i in bad], text, stated=claim,
                         expected="；".join(f"{i.level3}未达标" for i in bad))


def _with_attribute(t: str, m) -> str:
    """The claim with the attribute its clause puts before the indicators (年初设定的各项绩效指标均已完成):
    a phrase ending in 的 names which indicators are claimed met, part of the claim; a bare subject
    before them (项目各项指标均已完成) is not."""
    start = max([0] + [x.end() for x in re.finditer(r"[，,：:。；;！!]", t[:m.start()])])
    before = t[start:m.start()]
    return (before if before.endswith("的") else "") + m.group(0)


_SENTENCE_ENDS = re.compile(r"[。；;！!]")


def _claim_of_targets(t: str) -> str:
    """The claim that every target was met as written (项目各项绩效目标均已完成, 年初设定的绩效目标全部完成):
    of the first sentence naming 目标 and a claim word, the clauses from the last one naming 目标 through
    the claim word's, so a paragraph that opens on something else (资金主要用于…) names the claim, not its opening;
    '' where no sentence makes one."""
    for sentence in _SENTENCE_ENDS.split(t):
        word = next((m for m in (w.search(sentence) for w in _CLAIM_ALL_MET) if m), None)
        if word is None or "目标" not in sentence:
            continue
        every = ALL_INDICATORS_MET.search(sentence)
        if every and not re.search(r"[，,：:]", sentence[every.end():word.start()] if every.end() <= word.start() else "x"):
            every = None   # the claim word's own clause, or a later one: that clause is the claim
        if every:
            # an earlier clause claims it of every indicator (项目13项绩效指标全部达到年度指标值，年度绩效目标
            # 全面完成): the claim a row's miss belies, its subject named in it; stated from its clause's start
            start = max([0] + [m.end() for m in re.finditer(r"[，,：:]", sentence[:every.start()])])
            end = next((m.start() for m in re.finditer(r"[，,：:]", sentence) if m.start() >= every.end()), len(sentence))
            return sentence[start:end]
        bounds = [0] + [m.end() for m in re.finditer(r"[，,：:]", sentence)]
        claim_start = max(b for b in bounds if b <= word.start())
        named = [b for b in bounds if b <= claim_start and "目标" in re.split(r"[，,：:]", sentence[b:])[0]]
        claim_end = next((m.start() for m in re.finditer(r"[，,：:]", sentence) if m.start() >= word.end()), len(sentence))
        return sentence[max(named) if named else claim_start:claim_end]
    return ""


def _prose_missed(recs: DocRecords) -> list:
    """Indicator results stated in sentences (全年完成培训800人次，目标1000人次) whose result misses
    its target: the target exact, a count exact, a measured result within its written rounding."""
    out = []
    for _, figs in prose_sentences(recs):
        told = _told_result(figs)
        if told is None:
            continue
        t, a = told[0].q, told[1].q
        if not (t.numeric and a.numeric) or t.unit_key != a.unit_key or t.op not in (">=", ">", "=", "<=", "<") \
                or a.op not in ("=",):
            continue
        ai = result_interval(a)
        if (t.op in ("<=", "<") and ai.lo > t.value) or (t.op in (">=", ">", "=") and ai.hi < t.value):
            out.append(told)
    return out


@rule("JX409", "completion-rate", "medium", "完成率与实际值/目标值不符",
      """
A sentence that states an indicator's target, its result and a rate of completion (完成率,
达成率) must agree: the rate is result / target × 100%, within the rounding of the rate and of
a measured result (a count and a target are exact). So must a table's 完成率 column, row by row
(the reader takes a column so headed for the rates only where most rows show result / target:
normalize.tables.completion_fits); a rate of 100% for a result above its target is one capped at
full. Not checked for a ceiling (≤ target), where a completion rate has no one definition.
""", good="全年完成培训1200人次，目标1000人次，完成率120%；表中 ≥50公里 | 46.5公里 | 完成率 93.0%",
      bad="全年完成培训1200人次，目标1000人次，完成率110%（应为 120%）；表中 ≥50公里 | 46.5公里 | 完成率 95.0%")
def completion_rate(recs: DocRecords, r):
    for i in recs.indicators:
        if i.completion is None:
            continue
        t, a, rate = i.target.q, i.actual.q, i.completion.q
        if not completion_defined(t, a) or reading_doubt(i):
            continue
        if completion_agrees(t, a, rate):
            continue
        # to the places the rate is written (93.0%): an analyst compares it with the cell
        nominal = rounded(a.value / t.value * 100, rate.places or 0)
        written = normalize_ws(rate.raw)   # the cell as written: a narrow cell wraps its % to a line of its own (OCR)
        yield r.flag(recs, f"{_describe(i)}，完成率应为 {nominal}%，表中写为 {written}。",
                     [i.completion.loc, i.actual.loc, i.target.loc], f"{i.target.raw} / {i.actual.raw} / 完成率 {rate.raw}",
                     stated=written, expected=f"{nominal}%")
    for sentence, figs in prose_sentences(recs):
        told = _told_result(figs)
        rates = [f for f in figs if f.q.unit == "%" and not f.role and f.subject.endswith(COMPLETION_RATE)]
        if told is None or len(rates) != 1:
            continue
        t, a, rate = told[0].q, told[1].q, rates[0].q
        if not (t.numeric and a.numeric and rate.numeric) or t.unit_key != a.unit_key or not t.value or \
                t.op in ("<=", "<", "approx", "range") or rate.op != "=":
            continue
        computed = result_interval(a) / Interval.exact(t.value) * HUNDRED
        if not computed.overlaps(Interval.of(rate.value, rate.tolerance)):
            nominal = num(a.value / t.value * 100, 2)
            yield r.flag(recs, f"“{told[1].indicator}”实际 {a.raw}、目标 {t.raw}，完成率应为 {nominal}%，"
                               f"文中写为 {rate.raw}。", [rates[0].loc], sentence, stated=rate.raw, expected=f"{nominal}%")


# A survey's counts beside a satisfaction rate, by their columns' heads (a unit in brackets dropped): the valid
# questionnaires or samples (有效问卷（份）, 有效样本数, 有效答卷) and the satisfied (满意（份）, 满意人数, 满意份数).
# Only where the table heads no other column with 满意 in it but 满意度 (非常满意 / 基本满意 beside 满意 leave open
# which the rate counts).
SURVEY_VALID = re.compile(r"有效(?:问卷|样本|答卷|调查问卷|调查表)(?:数|数量|份数|人数|户数)?")
SURVEY_SATISFIED = re.compile(r"满意(?:问卷)?(?:数|数量|份数|人数|户数)?")
_HEAD_UNIT = re.compile(r"\s*[（(][^）)]{1,4}[）)]\s*$")
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _survey_columns(recs: DocRecords) -> dict:
    """{table key: (head row, valid column, satisfied column)} for each table heading a survey's two counts."""
    heads: dict = {}
    for t, loc in recs.cells:
        if loc.row is None or loc.col is None:
            continue
        head = _HEAD_UNIT.sub("", normalize_ws(t).replace(" ", ""))
        key = (loc.block, loc.table, loc.page, loc.sheet)
        if SURVEY_VALID.fullmatch(head):
            heads.setdefault(key, {}).setdefault(loc.row, {}).setdefault("valid", []).append(loc.col)
        elif SURVEY_SATISFIED.fullmatch(head):
            heads.setdefault(key, {}).setdefault(loc.row, {}).setdefault("satisfied", []).append(loc.col)
        elif "满意" in head and "满意度" not in head and len(head) <= 10:
            heads.setdefault(key, {}).setdefault(loc.row, {}).setdefault("other", []).append(loc.col)
    out = {}
    for key, rows in heads.items():
        for row, cols in rows.items():
            if len(cols.get("valid", [])) == 1 and len(cols.get("satisfied", [])) == 1 and not cols.get("other"):
                out[key] = (row, cols["valid"][0], cols["satisfied"][0])
    return out


@rule("JX410", "survey-rate", "medium", "满意度与调查问卷份数不符",
      """
A satisfaction rate in a row that also states the survey's counts, under columns headed for them (有效问卷（份） |
满意（份）, 有效样本数 | 满意人数), must be the satisfied count ÷ the valid count × 100%, within the rounding of the
rate as written (the counts are exact). Not read where the table heads another column of the satisfied (非常满意,
基本满意: which the rate counts is open), nor where a count is above the valid count.
""", good="有效问卷（份） 420 | 满意（份） 397 | 实际完成值 94.5%",
      bad="有效问卷（份） 420 | 满意（份） 397 | 实际完成值 96.5%（应为 94.5%）")
def survey_rate(recs: DocRecords, r):
    surveys = _survey_columns(recs)
    if not surveys:
        return
    at = {(loc.block, loc.table, loc.page, loc.sheet, loc.row, loc.col): normalize_ws(t)
          for t, loc in recs.cells if loc.row is not None and loc.col is not None}
    for i in recs.indicators:
        a, loc = i.actual.q, i.actual.loc
        if not a.numeric or a.unit != "%" or a.op != "=" or loc.row is None or reading_doubt(i):
            continue
        key = (loc.block, loc.table, loc.page, loc.sheet)
        if key not in surveys or loc.row <= surveys[key][0]:
            continue
        _, vc, sc = surveys[key]
        valid, satisfied = at.get(key + (loc.row, vc), ""), at.get(key + (loc.row, sc), "")
        if not (_COUNT.fullmatch(valid) and _COUNT.fullmatch(satisfied)):
            continue
        n, k = Decimal(valid.replace(",", "")), Decimal(satisfied.replace(",", ""))
        if not n or k > n:
            continue
        computed = k / n * 100
        if Interval.of(a.value, a.tolerance).overlaps(Interval.exact(computed)):
            continue
        nominal = rounded(computed, a.places or 0)
        yield r.flag(recs, f"{_describe(i)}：有效问卷 {valid}、满意 {satisfied}，满意度应为 {nominal}%，表中写为 {a.raw}。",
                     [loc], f"{valid} | {satisfied} | {a.raw}", stated=normalize_ws(a.raw), expected=f"{nominal}%")
