"""Money left over (结余) told in prose: the budget less the amount spent (JX607)."""
from __future__ import annotations

from decimal import Decimal

import regex as re

from jixiao.normalize import DocRecords
from jixiao.normalize.script import matching

from .common import as_written, budget, grouped, num, other_year, project_for, prose_sentences, words_before
from .funds import OTHER_MONEY, amounts
from .interval import Interval
from .registry import rule

# The clause before an amount naming it the money left over (结余资金36.70万元, 结余为…); a clause that names
# money carried over too (年末结转和结余) is a 决算 total of other years' money, not this budget's remainder.
LEFT_OVER = re.compile(r"(?:结余|剩余)(?:资金|金额)?(?:为|共|共计|计)?\s*$")
CARRIED = re.compile(r"结转|上年|年末|累计")
# This budget's remainder told as carried forward (结转下年继续使用19.80万元, 结转至2024年使用, 结转资金…): 结转 whose
# object is the year ahead (下年 / 下一年度 / 次年 / 以后年度 / a year named), then the use or the money word: the
# same remainder as a 结余, where 年末结转和结余 or 上年结转 are other years' money (CARRIED).
CARRIED_FORWARD = re.compile(r"结转(?:至|到|于)?(?:下一?年度?|次年|以后年度|\d{4}年度?)(?:继续)?(?:使用|安排|执行)?"
                             r"(?:资金|金额)?(?:为|共|共计|计)?\s*$")
UNIT = re.compile(r"(亿元|万元|元)$")
PLACES = re.compile(r"\.(\d+)")
SCALE = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def _clause(f) -> str:
    return re.split(r"[，,；;：:。]", words_before(f))[-1]


@rule("JX607", "left-over", "medium", "结余资金与预算数减执行数不符",
      """
Money left over (结余资金) is the budget less the amount spent. A sentence that states the
budget, the amount spent and the 结余 (项目全年预算1,180.00万元，全年执行1,146.30万元，结余资金36.70万元)
must agree within the rounding of the amounts spent and left (a budget is exact as written). A
sentence that states the 结余 without the budget (全年执行536.80万元，结余资金23.20万元) takes the
budget of the report's one project from its fund table, and the amount spent from the table too where
it states none. Not checked where the sentence names other money beside the budget (结转, 追加, 自筹 …:
its 结余 may count it), nor a 结余 that counts money carried over (年末结转和结余), nor another year's. The
remainder carried forward to the year ahead (结转下年继续使用X万元, 结转至2024年使用) is the same remainder.
""", good="全年预算612.00万元，全年执行596.70万元，结余资金15.30万元",
      bad="全年预算1,180.00万元，全年执行1,146.30万元，结余资金36.70万元（应为 33.70万元）")
def left_over(recs: DocRecords, r):
    for sentence, figs in prose_sentences(recs):
        left = [f for f in figs if f.q.unit == "元" and f.q.numeric and f.q.op == "=" and _remainder(_clause(f))]
        if len(left) != 1 or other_year(sentence, recs):
            continue
        rest = matching(sentence).replace(_clause(left[0]), "")
        if OTHER_MONEY.search(rest.replace(left[0].q.raw, "")):
            continue
        budget_f, exec_f = amounts(figs)
        b = e = None
        if len(budget_f) == 1 and len(exec_f) == 1:
            b, e = budget_f[0].q, exec_f[0].q
        elif not budget_f and len(exec_f) <= 1 and (p := project_for(sentence, recs)) is not None \
                and len(recs.projects) == 1 and budget(p) is not None and p.executed is not None:
            b, e = budget(p).q, (exec_f[0].q if exec_f else p.executed.q)
        if b is None or None in (b.value, e.value, left[0].q.value):
            continue
        given = left[0].q
        computed = Interval.exact(b.value) - Interval.of(e.value, e.tolerance)
        if computed.overlaps(Interval.of(given.value, given.tolerance)) or _the_tables(recs, sentence, given):
            continue
        unit = (UNIT.search(given.raw) or UNIT.search("元")).group(1)
        diff = (b.value - e.value) / SCALE[unit]
        places = len(PLACES.search(given.raw).group(1)) if PLACES.search(given.raw) else 0   # as the 结余 is written
        money_unit = recs.projects[0].money_unit if len(recs.projects) == 1 else unit
        told = "结转资金" if CARRIED_FORWARD.search(_clause(left[0])) else "结余资金"
        yield r.flag(recs, f"文中{told}写为 {given.raw}，但预算 {_said(b, money_unit)} 减执行 {_said(e, money_unit)} 为 "
                           f"{as_written(diff, places)}{unit}，"
                           f"相差 {as_written(abs(given.value / SCALE[unit] - diff), places)}{unit}。",
                     [left[0].loc], sentence, stated=given.raw, expected=f"{as_written(diff, places)}{unit}",
                     tolerance=f"±{num((computed.half_width + given.tolerance) / SCALE[unit], 4)}")


def _remainder(clause: str) -> bool:
    """The clause before an amount names this budget's remainder: a 结余 that counts no carried money, or money
    carried forward to the year ahead (CARRIED_FORWARD) with no 结余 or other year's money beside it."""
    if LEFT_OVER.search(clause):
        return not CARRIED.search(clause)
    return bool(CARRIED_FORWARD.search(clause)) and not re.search(r"结余|上年|年末|累计", clause)


def _said(q, money_unit: str) -> str:
    """A figure as written, with the money unit its table cell leaves to the header (1,180.00 → 1,180.00万元)."""
    return q.raw if UNIT.search(q.raw) else f"{q.raw}{money_unit}"


def _the_tables(recs: DocRecords, sentence: str, given) -> bool:
    """A 结余 the fund table bears out (its budget less its amount spent) beside a sentence's budget or amount
    spent written otherwise (1114, 1227: 全年执行 typed 812.45 for the table's 821.45): the other figure is
    the slip, JX501's, not the 结余."""
    p = project_for(sentence, recs)
    if p is None or budget(p) is None or p.executed is None or None in (budget(p).value, p.executed.value):
        return False
    table = Interval.exact(budget(p).value) - Interval.of(p.executed.value, p.executed.q.tolerance)
    return table.overlaps(Interval.of(given.value, given.tolerance))



# A budget adjusted within the year, told in one sentence (年初预算600.00万元，年中追加资金50.00万元，全年预算
# 650.00万元): the clause before each amount names its part. A raise or a cut may name its source between the verb
# and the amount (省级追加, 追加中央资金); a cut is 减 compounded with a verb of lowering (调减, 核减, 压减, 削减, 缩减);
# a change told against another year (较上年增加) is no adjustment.
INITIAL = re.compile(r"年初(?:预算|安排)(?:数|资金)?(?:为|共|计)?\s*$")
ADJUSTED = re.compile(r"(?:全年|调整后|调整)(?:的)?预算(?:数|资金)?(?:为|共|计|达)?\s*$")
RAISED = re.compile(r"(?:追加|调增)[^，,；;：:、]{0,8}?(?:资金|预算|经费)?(?:为|共|计)?\s*$")
CUT = re.compile(r"(?:[调核压削缩]减)[^，,；;：:、]{0,8}?(?:资金|预算|经费)?(?:为|共|计)?\s*$")
AGAINST = re.compile(r"较|比|同比|上年")


@rule("JX608", "budget-adjustment", "medium", "年初预算数加减调整额不等于全年预算数",
      """
A budget adjusted within the year and told in one sentence, its 年初 budget, the money added (追加 /
调增, its source may be named: 省级追加, 追加中央资金) or cut (调减 / 核减 / 压减 / 削减 / 缩减) and the budget it came to
(全年预算 / 调整后预算), in that order (年初预算600.00万元，年中追加资金50.00万元，全年预算650.00万元),
must agree: 年初 + 追加 − 调减 = 全年, amounts exact as written (within the rounding of a figure written
to fewer places). Several raises in the sentence (省级追加200.00万元、县级追加50.00万元) add up. Not
checked where the sentence tells another year (较上年, 上年), nor where a budget or an adjustment is
told twice. The flag states the adjustment where the sentence has one, else the adjusted budget.
""", good="年初预算720.00万元，年中省级追加40.00万元，全年预算760.00万元",
      bad="年初预算600.00万元，年中追加资金30.00万元，全年预算650.00万元（650.00 - 600.00 = 50.00）")
def budget_adjustment(recs: DocRecords, r):
    for sentence, figs in prose_sentences(recs):
        money = [f for f in figs if f.q.unit == "元" and f.q.numeric and f.q.op == "=" and f.q.value is not None]
        if other_year(sentence, recs) or len(money) < 3:
            continue
        first = [f for f in money if INITIAL.search(_clause(f))]
        last = [f for f in money if ADJUSTED.search(_clause(f)) and not INITIAL.search(_clause(f))]
        ups = [f for f in money if RAISED.search(_clause(f)) and not AGAINST.search(_clause(f))]
        downs = [f for f in money if CUT.search(_clause(f)) and not AGAINST.search(_clause(f))]
        if len(first) != 1 or len(last) != 1 or not ups + downs:
            continue
        at = {id(f): i for i, f in enumerate(money)}
        if not all(at[id(first[0])] < at[id(f)] < at[id(last[0])] for f in ups + downs):
            continue
        told = Interval.of(first[0].q.value, first[0].q.tolerance)
        for f in ups:
            told = told + Interval.of(f.q.value, f.q.tolerance)
        for f in downs:
            told = told - Interval.of(f.q.value, f.q.tolerance)
        end = last[0].q
        if told.overlaps(Interval.of(end.value, end.tolerance)):
            continue
        one = (ups + downs)[0] if len(ups + downs) == 1 else None
        stated = one.q if one else end
        unit = (UNIT.search(stated.raw) or UNIT.search("元")).group(1)
        places = len(PLACES.search(stated.raw).group(1)) if PLACES.search(stated.raw) else 0
        def shown(d):
            return grouped(as_written(d, places)) if "," in stated.raw else as_written(d, places)
        if one:
            sign = 1 if ups else -1
            want = sign * (end.value - first[0].q.value) / SCALE[unit]
            what = f"全年预算 {end.raw} 与年初预算 {first[0].q.raw} 相差 {shown(abs(want))}{unit}"
        else:
            want = (first[0].q.value + sum(f.q.value for f in ups) - sum(f.q.value for f in downs)) / SCALE[unit]
            what = f"年初预算 {first[0].q.raw} 加减各项调整为 {shown(want)}{unit}"
        yield r.flag(recs, f"文中调整额或调整后预算写为 {stated.raw}，但{what}。", [(one or last[0]).loc], sentence,
                     stated=stated.raw, expected=f"{shown(want)}{unit}")
