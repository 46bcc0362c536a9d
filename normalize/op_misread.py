"""A scan's ≥ read as the digit 2 (a fax of a fax, 1824.scan: ≥3000户 read 23000户, ≥90% read 2.90%).

The recogniser takes the worn ≥ for a 2 (its bar for the 2's foot, sometimes a point after it), and the target
becomes a figure ten times or more the one printed, with no operator. Nothing in the cell says so; the row and the
column do: the figure without its leading 2 is on the scale of the row's result (within a factor of two of it) while
the figure as read is far off it (five times or more), the two in one unit, and other targets of the same column are
written with ≥. Where all of this holds the target is read as ≥ and the rest, and the caller says so (a warning
naming the cell); anywhere else the cell stays as read.
"""
from __future__ import annotations

from decimal import Decimal

import regex as re

from .quantity import clean, parse_cell

_LED_BY_TWO = re.compile(r"^2\.?(?P<rest>[1-9][\d,.]*\s*\S*)$")
_AT_LEAST = re.compile(r"^\s*(?:[≥>＞⩾]|大于等于|不低于|不少于)")


def _value(text: str) -> tuple[Decimal, str] | None:
    q = parse_cell(text)
    if not q.numeric or q.op != "=" or q.value is None or q.value <= 0:
        return None
    return Decimal(q.value), q.unit


def ge_read_as_two(target: str, actual: str, column: list[str]) -> str | None:
    """The target as printed (≥ and the rest) where a scan's target cell opens on a 2 that is the ≥ misread: the
    figure without it on the result's scale, the figure as read far off it, in one unit, and another target of the
    column (`column`: its other cells) written with ≥; None otherwise."""
    m = _LED_BY_TWO.match(clean(target))
    got, done = _value(clean(target)), _value(clean(actual))
    if m is None or got is None or done is None:
        return None
    rest = _value(m.group("rest"))
    if rest is None or not (got[1] == rest[1] == done[1]):
        return None
    near = Decimal("0.5") <= done[0] / rest[0] <= 2
    far = not Decimal("0.2") < done[0] / got[0] < 5
    if not (near and far and any(_AT_LEAST.match(clean(x)) for x in column)):
        return None
    return "≥" + m.group("rest")
