"""Another period's figure in brackets after each value, where the value column's header says so.

Some forms write last year's result beside each of this year's targets, the header naming it in its bracket
(年度指标值（上年实际） over ≥5000亩（4200亩）, ≥70%（66.5%）, 逐步完善（—）). A bare figure in brackets after a
figure in its unit may be the value itself (1200人（其中女性300人）: quantity keeps such a cell words), so the
cell alone does not say which is the year's; the header does. Under such a header a closing bracket of one
figure, or a dash for a row with no figure that year, is that period's figure: a note, no part of the value,
which is read from the text before it; the cell stays the raw as written.

The header's bracket is the period grammar quantity reads in a cell's own bracket (上年, 2022年, 基期, 同期:
quantity.BASE_PERIOD) with a word of what was measured (实际, 完成, 完成值, 实际完成值, 值, 数); a year alone
(年度指标值（2024年）) names the target's year, not another period's figure, and is not read so.
"""
from __future__ import annotations

import regex as re

from .quantity import BASE_PERIOD, parse
from .vocab import bare

_HEAD_BASE = re.compile(rf"[（(]\s*(?P<words>{BASE_PERIOD}\s*(?:实际)?(?:完成)?(?:值|数)?)\s*[)）]\s*$")
_CLOSING = re.compile(r"\s*[（(]\s*(?P<inside>[^（()）]+?)\s*[)）]\s*$")
_NO_FIGURE = re.compile(r"[—\-－–―/／无]+")


def base_heads(header: list[str], columns) -> dict[int, str]:
    """Column -> the period's words (上年实际) of each given value column whose header closes with a
    bracket naming another period's figure."""
    out = {}
    for c in columns:
        if c is None or c >= len(header):
            continue
        m = _HEAD_BASE.search(bare(header[c]))
        if m is not None and m.group("words") != m.group("period"):
            out[c] = re.sub(r"\s+", "", m.group("words"))
    return out


def split_base(text: str) -> tuple[str, str] | None:
    """(the value's text, the bracket's inside) of a cell closing with a bracket of one figure (4200亩,
    66.5%) or a dash (—), with text before it; else None."""
    m = _CLOSING.search(text or "")
    if m is None or not text[:m.start()].strip():
        return None
    inside = m.group("inside")
    q = parse(inside)
    if _NO_FIGURE.fullmatch(inside) or q.numeric and q.op == "=":
        return text[:m.start()].rstrip(), inside
    return None
