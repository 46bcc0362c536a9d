"""A value cell that points to another column for its value (见备注, 详见备注栏): 1170's 实际完成值 cells
say 见备注 beside a 备注 that states 实际完成2.08万亩（县统计局年报数）. The value is the one figure the named
column's cell states, its bracketed source no part of it; where that cell states none or several
(a date beside the amount), nothing is guessed and the reader says so."""
from __future__ import annotations

import regex as re

from .quantity import figure_end
from .vocab import bare

# A pointer to a column by its head's words: 见备注, 详见备注栏, 参见说明列.
POINTER = re.compile(r"^(?:详见|参见|见)(?P<head>\p{Han}{2,10}?)(?:一?[栏列])?$")
# A pointer that can be nothing else, where no column bears its words: 详见 / 参见, or 见 before an attachment
# (附件, 附表) or a column's name (…栏); a bare 见 may open a result (见成效), so alone it points only to a column.
POINTER_ELSEWHERE = re.compile(r"^(?:(?:详见|参见)\p{Han}{2,10}|见附\p{Han}{1,9}|见\p{Han}{2,10}?一?[栏列])$")
# A figure as a cell states what was done: its operator and number, its unit then read as a sentence's is
# (quantity.figure_end: 2.08万亩, 87.3亿元, 93.2%); a year (2024年) is a figure too, so a cell holding a date
# and an amount holds two.
NUMBER = re.compile(r"(?<![\d.])[≥≤<>]?\d+(?:\.\d+)?")
BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def pointer_head(text: str, elsewhere: bool = False) -> str | None:
    """The words a cell points to (见备注 -> 备注, 详见附件 -> 附件), or None where it is no pointer; with
    elsewhere, only where it can be nothing but a pointer (POINTER_ELSEWHERE: not 见成效)."""
    m = POINTER.match(bare(text or ""))
    return m.group("head") if m and (not elsewhere or POINTER_ELSEWHERE.match(bare(text))) else None


def pointed_column(text: str, heads: dict[int, str], own: int | None) -> int | None:
    """The column a cell points to (见备注 -> the column headed 备注), other than its own; None where the
    cell is no pointer or no single column bears the head's words."""
    head = pointer_head(text)
    found = [c for c, words in heads.items() if c != own and words == head] if head else []
    return found[0] if len(found) == 1 else None


def stated_figure(text: str) -> str | None:
    """The one figure a cell states outside its brackets (实际完成2.08万亩（县统计局年报数） -> 2.08万亩), or None."""
    text = BRACKETED.sub("", bare(text or ""))
    figures = [text[m.start():figure_end(text, m.end())] for m in NUMBER.finditer(text)]
    return figures[0] if len(figures) == 1 else None
