"""Whether a 分值 / 得分 cell merged down over exactly one level group's rows is each row's figure or the group's,
judged by the column's sum against the total the table states (IndicatorRow._shared_points).

A cell typed once over a group of rows (20 over the two 数量指标 rows) may be the figure every row carries (equal
neighbours typed once) or the group's (分值按二级指标设定). The cell does not say; the column does: its figures
summed with each merged cell counted on every row it covers, and summed with it counted once, against the figure of
the table's total row (总分 / 合计) in that column. The reading whose sum agrees is taken; where both or neither
agree, or no total row states the column's whole, none is: 100 is no evidence (raw 069, a Hubei 20/80 form: its
scores typed once per 二级 group sum 100 counted on each row only by chance, the indicators' part being out of 80).
Sums in Decimal, compared to within half a unit of the last place any figure is written to.
"""
from __future__ import annotations

from decimal import Decimal

from jixiao.extract import Table
from jixiao.extract.summary_rows import summary_label

from .quantity import parse_cell
from .vocab import bare


def _figure(t: Table, k: int, col: int):
    cell = t.cell_at(k, col)
    if cell is None or cell.row != k or not bare(cell.text):
        return None, cell
    q = parse_cell(cell.text)
    return (Decimal(q.value) if q.numeric and q.value is not None else "", cell)


def _is_total(t: Table, k: int) -> bool:
    return any((x := t.cell_at(k, c)) is not None and summary_label(x.text) == "total" for c in range(t.n_cols))


def column_reading(t: Table, first: int, col: int, outside: Decimal | None = None
                   ) -> tuple[str, Decimal, Decimal, Decimal | None] | None:
    """("each" or "group", the sum so read, the total, the fund's points counted in it or None) for the merged cell
    starting on row `first` in column `col`: the column's run of figures around it (up to a header's word or a total
    row), merged cells counted on each row they cover or once, against the table's stated total; where neither sum
    alone agrees, the project fund's points read outside the run (`outside`: a fund row above the indicators'
    header, whose 分值 the 总分 counts) added to each; None where the sums cannot tell."""
    lo = first
    while lo > 0 and not _is_total(t, lo - 1) and _figure(t, lo - 1, col)[0] != "":
        lo -= 1
    hi = first
    while hi + 1 < t.n_rows and not _is_total(t, hi + 1) and _figure(t, hi + 1, col)[0] != "":
        hi += 1
    each = group = Decimal(0)
    places = []
    for k in range(lo, hi + 1):
        value, cell = _figure(t, k, col)
        if value is None or value == "":
            continue
        group += value
        each += value * min(cell.rowspan, hi + 1 - k)
        places.append(value.as_tuple().exponent)
    totals = [v for k in range(t.n_rows) if _is_total(t, k) and isinstance(v := _figure(t, k, col)[0], Decimal)]
    if not totals:
        return None
    total = totals[0]
    if outside is not None:
        places.append(outside.as_tuple().exponent)
    half = Decimal(1).scaleb(min(places + [total.as_tuple().exponent])) / 2   # half the finest written unit
    for added in (Decimal(0), outside):
        if added is None:
            break
        agree = [name for name, s in (("each", each), ("group", group)) if abs(s + added - total) <= half]
        if len(agree) == 1:
            return agree[0], (each if agree[0] == "each" else group) + added, total, added or None
        if agree:
            return None
    return None
