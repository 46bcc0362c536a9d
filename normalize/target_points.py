"""The weight written in brackets after each row's target, where a table has no 分值 column.

Some forms drop the 分值 column and write each row's points after its target (年度指标值（分值） over
≥15个（8分）, 2023年8月31日前（5分）, 逐步完善（8分）), as others write them after the name
(tables._named_weights, 改造老旧供水管网（8分）). The bracket is the row's weight, no part of its target: read
as a target it gives a word of 8分 as a figure (逐步完善（8分） an exact 8 分), a date as a word, and the row has
no weight. A table is read so only where it has no 分值 column and its target header says so in its
bracket (年度指标值（分值）), or most of its filled target cells carry such a bracket.

The bracket is one grammar: a number of 分 (8分), or a number with a word the header grammar reads as the weight's
(分值8, 分值：8, 8分值, 权重8), closing the target (≥15个（8分）) or opening it (（8分）≥15个).
"""
from __future__ import annotations

from decimal import Decimal

import regex as re

from jixiao.extract import normalize_ws

from .quantity import parse_cell
from .table_cells import NAMED_POINTS, _most
from .vocab import bare, header_field


def target_points(grid, h: int, rows: list[int], weight: int | None, target: int | None, continued: bool) -> bool:
    """Whether the targets of the table (header row h, body rows rows) carry their points in brackets: no
    weight column, a target column, and its header's bracket naming the weight or most filled target cells
    ending in (N分) after a target."""
    if weight is not None or target is None:
        return False
    head = bare(grid[h][target]) if not continued and target < len(grid[h]) else ""
    if any(header_field(x, set()) == "weight" for x in re.findall(r"[（(]([^（()）]*)[)）]", head)):
        return True
    cells = [normalize_ws(grid[k][target]) for k in rows if target < len(grid[k]) and bare(grid[k][target])]
    return bool(cells) and _most([split_target_points(x) is not None for x in cells])


_NUMBER = r"\d+(?:\.\d+)?"
_BRACKET_AFTER = re.compile(r"\s*[（(]\s*(?P<inner>[^（()）]+?)\s*[)）]\s*$")
_BRACKET_BEFORE = re.compile(r"^\s*[（(]\s*(?P<inner>[^（()）]+?)\s*[)）]\s*")
_WORD_NUMBER = re.compile(rf"(?P<word>[^\d\s：:]+)\s*[：:]?\s*(?P<points>{_NUMBER})\s*分?")
_NUMBER_WORD = re.compile(rf"(?P<points>{_NUMBER})\s*(?P<word>[^\d\s]+)")


def _bracket_points(inner: str) -> str | None:
    """The points a bracket's inside states (8分, 分值8, 分值：8, 8分值, 权重8), or None (抽样, 2024年)."""
    if (m := re.fullmatch(rf"(?P<points>{_NUMBER})\s*分", inner)) is not None:
        return m.group("points")
    for grammar in (_WORD_NUMBER, _NUMBER_WORD):
        if (m := grammar.fullmatch(inner)) is not None and header_field(m.group("word"), set()) == "weight":
            return m.group("points")
    return None


def split_target_points(text: str) -> tuple[str, str, str] | None:
    """(target, points, bracket as written) of a target cell carrying its points in a bracket closing it
    (≥15个（8分）, ≥15个（分值8）) or opening it (（8分）≥15个), with a target beside it; or None."""
    text = text or ""
    if (m := NAMED_POINTS.search(text)) is not None and text[:m.start()].strip():
        return text[:m.start()].rstrip(), m.group("points"), m.group().strip()
    for grammar in (_BRACKET_AFTER, _BRACKET_BEFORE):
        if (m := grammar.search(text)) is None or (points := _bracket_points(m.group("inner"))) is None:
            continue
        rest = (text[:m.start()] + text[m.end():]).strip()
        if rest and not _target_scale(m.group("inner"), points, rest):
            return rest, points, m.group().strip()
    return None


def _target_scale(inner: str, points: str, rest: str) -> bool:
    """Whether a 满分 bracket is the scale the target is measured on, not the row's points: the target a figure in
    分 (≥90分（满分100分）, a survey's score out of 100) or a bare figure, at or below the 满分. A 分值 or 权重 bracket,
    or one beside a target in another unit (≥95%（满分10分）), stays the row's points."""
    if "满分" not in inner:
        return False
    target = parse_cell(rest)
    return target.numeric and target.unit in ("", "分") and target.value <= Decimal(points)
