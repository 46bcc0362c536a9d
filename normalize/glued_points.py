"""A value and the points after it run together in one cell, the points columns one short.

Text laid out by tab stops or runs of spaces (an Excel grid pasted into a <textarea> and printed, 1844.pdf) drifts
where a value fills its tab: the value and the next field are one space apart and land in one cell (6200亩 10 under
实际完成值), each field after it one column left (the 得分 under 分值) and the last points column empty. Read as
written, the actual is a word (6200亩 10), the score taken for the weight and no score.

The cells are the evidence: the value cell is a figure with its unit and then one bare number after a space (a
unit closes the value, so the number after it is no part of it), the two points columns right after it hold one
bare figure and a blank, and the number and the figure read in the header's order make a score no more than its
weight. Only then is the row read apart, and the row's note says so; any other cell stays as written.
"""
from __future__ import annotations

from decimal import Decimal

import regex as re

from .quantity import parse_cell
from .vocab import bare

_TAIL = re.compile(r"^(?P<value>\S.*\S)[ \t\u3000]+(?P<points>\d+(?:\.\d+)?)$")
_BARE = re.compile(r"^\d+(?:\.\d+)?$")


def _figure(text: str) -> Decimal | None:
    return Decimal(text) if _BARE.match(text) else None


def glued_points(row: list[str], value_c: int | None, weight_c: int | None, score_c: int | None) -> list[str] | None:
    """The row with its value cell's trailing number moved into the first points column and each points cell one
    column right, where the value cell (value_c) runs its figure and the first points figure together and the two
    points columns (weight_c, score_c, adjacent and right after value_c in either order) hold one bare figure then
    a blank; None where the cells do not bear it out."""
    if None in (value_c, weight_c, score_c):
        return None
    first, second = sorted((weight_c, score_c))
    if first != value_c + 1 or second != first + 1 or second >= len(row):
        return None
    if bare(row[second]) or (lone := _figure(bare(row[first]))) is None:
        return None
    m = _TAIL.match(" ".join(row[value_c].split()))
    if m is None:
        return None
    value = parse_cell(m.group("value"))
    if not value.numeric or not value.unit or value.op == "qualitative":
        return None   # no unit closing the value: the number after it may be part of it
    points = {first: Decimal(m.group("points")), second: lone}
    if points[score_c] > points[weight_c]:
        return None
    out = list(row)
    out[value_c], out[first], out[second] = m.group("value"), m.group("points"), row[first].strip()
    return out
