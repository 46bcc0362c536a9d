"""The weight written in brackets after each row's target, where a table has no 分值 column.

Some forms drop the 分值 column and write each row's points after its target (年度指标值（分值） over
≥15个（8分）, 2023年8月31日前（5分）, 逐步完善（8分）), as others write them after the name
(tables._named_weights, 改造老旧供水管网（8分）). The bracket is the row's weight, no part of its target: read
as a target it gives a word of 8分 as a figure (逐步完善（8分） an exact 8 分), a date as a word, and the row has
no weight. A table is read so only where it has no 分值 column and its target header says so in its
bracket (年度指标值（分值）), or most of its filled target cells end in such a bracket.
"""
from __future__ import annotations

import regex as re

from jixiao.extract import normalize_ws

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
    return bool(cells) and _most([bool((m := NAMED_POINTS.search(x)) and x[:m.start()].strip()) for x in cells])


def split_target_points(text: str) -> tuple[str, str, str] | None:
    """(target, points, bracket as written) of a target cell ending in its points (≥15个（8分）), or None."""
    m = NAMED_POINTS.search(text or "")
    if m is None or not text[:m.start()].strip():
        return None
    return text[:m.start()].rstrip(), m.group("points"), m.group().strip()
