"""Money left over (结余) told in prose: the budget less the amount spent (JX607)."""
from __future__ import annotations

from decimal import Decimal

import regex as re

from jixiao.normalize import DocRecords
from jixiao.normalize.script import matching

from .common import as_written, budget, num, other_year, project_for, prose_sentences, words_before
from .funds import OTHER_MONEY, amounts
from .interval import Interval
from .registry import rule

# The clause before an amount naming it the money left over (结余资金36.70万元, 结余为…); a clause that names
# money carried over too (年末结转和结余) is a 决算 total of other years' money, not this budget's remainder.
LEFT_OVER = re.compile(r"(?:结余|剩余)(?:资金|金额)?(?:为|共|共计|计)?\s*$")
CARRIED = re.compile(r"结转|上年|年末|累计")
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
its 结余 may count it), nor a 结余 that counts money carried over (年末结转和结余), nor another year's.
""", good="全年预算612.00万元，全年执行596.70万元，结余资金15.30万元",
      bad="全年预算1,180.00万元，全年执行1,146.30万元，结余资金36.70万元（应为 33.70万元）")
def left_over(recs: DocRecords, r):
    for sentence, figs in prose_sentences(recs):
        left = [f for f in figs if f.q.unit == "元" and f.q.numeric and f.q.op == "=" and LEFT_OVER.search(_clause(f))
                and not CARRIED.search(_clause(f))]
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
        yield r.flag(recs, f"文中结余资金写为 {given.raw}，但预算 {_said(b, money_unit)} 减执行 {_said(e, money_unit)} 为 "
                           f"{as_written(diff, places)}{unit}，"
                           f"相差 {as_written(abs(given.value / SCALE[unit] - diff), places)}{unit}。",
                     [left[0].loc], sentence, stated=given.raw, expected=f"{as_written(diff, places)}{unit}",
                     tolerance=f"±{num((computed.half_width + given.tolerance) / SCALE[unit], 4)}")


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

