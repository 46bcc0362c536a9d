"""Rows of a 扣分 table whose 扣分 cell is left blank (or holds a dash).

A form that writes the points taken off (分值 | 扣分 | 扣分原因) instead of a score gives each row's score
as its weight less its deduction (table_cells._deducted). Many such forms fill the 扣分 cell only where
points were taken and leave the rest blank (or write —): a blank is no figure, so the row's score is
not read. Whether the blanks mean none taken the cell does not say; the form's totals do: where the
deductions written (with the fund's, where it has one) make exactly the 扣分 合计 the form states, or the
total weight less them makes exactly the stated total score, nothing was taken on the blank rows and
their score is their weight (said, with the sum that shows it). Otherwise those rows' scores stay unread,
and that is said too.
"""
from __future__ import annotations

from decimal import Decimal

from .quantity import Quantity
from .records import DocRecords, Figure, Indicator, Project


def _val(f: Figure | None) -> Decimal | None:
    return f.value if f is not None and f.value is not None else None


def _derived(i: Indicator) -> bool:
    """Whether i's score was derived from its deduction (located at the deduction's cell)."""
    return i.deduction is not None and i.score is not None and i.score.loc == i.deduction.loc


def _blank_rows(p: Project) -> list[Indicator]:
    """Rows of a table whose scores are derived from deductions, with a weight but no deduction read
    and no score: their 扣分 cell held no figure."""
    tables = {i.loc.table for i in p.indicators if i.loc is not None and _derived(i)}
    return [i for i in p.indicators if i.loc is not None and i.loc.table in tables and i.score is None
            and i.deduction is None and _val(i.weight) is not None]


def _none_taken(p: Project) -> str:
    """The sum showing nothing was taken on the blank rows, or '' where the totals do not show it."""
    taken = [i for i in p.indicators if _derived(i)]
    if any(_val(i.deduction) is None for i in taken):
        return ""
    written = sum((abs(i.deduction.value) for i in taken), Decimal(0))
    fund_w, fund_s = _val(p.fund_weight), _val(p.fund_score)
    fund = fund_w - fund_s if fund_w is not None and fund_s is not None else None
    stated = _val(p.total_deduction_stated)
    if stated is not None:
        for extra, how in ((Decimal(0), "各行所写扣分之和"), (fund, "各行所写扣分与资金执行扣分之和")):
            if extra is not None and written + extra == stated:
                return f"{how}{written + extra:f}即合计扣分{stated:f}"
    total_w, total_s = _val(p.total_weight_stated), _val(p.total_score_stated)
    if fund is not None and total_w is not None and total_s is not None and total_w - written - fund == total_s:
        return f"总分{total_w:f}减各行所写扣分{written:f}与资金执行扣分{fund:f}即得分{total_s:f}"
    return ""


def read_blank_deductions(recs: DocRecords) -> None:
    for p in recs.projects:
        blank = _blank_rows(p)
        if not blank:
            continue
        names = "、".join(f"“{i.level3}”" for i in blank[:6]) + ("等" if len(blank) > 6 else "")
        where = blank[0].weight.loc.describe()
        why = _none_taken(p)
        if not why:
            recs.warnings.append(f"{where}起：{names}{len(blank)}行扣分栏未填数字，表中无得分列，这些行的得分未读取")
            continue
        for i in blank:
            note = f"扣分栏未填，{why}，按未扣分读取，得分即分值{i.weight.value:f}"
            i.score = Figure(Quantity(raw=i.weight.q.raw, op="=", value=i.weight.value, unit=i.weight.q.unit,
                                      places=i.weight.q.places, note=note), i.weight.loc)
            i.note = "；".join(x for x in (i.note, note) if x)
        recs.warnings.append(f"{where}起：{names}{len(blank)}行扣分栏未填数字，{why}，按未扣分读取（得分即分值）")
