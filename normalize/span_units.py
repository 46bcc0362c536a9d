"""A value heading spanning two body columns with no heads of their own under it (1779: 年度指标值 over
≥50 | 公里, 实际完成值 over 52 | 公里): the second column holds the first's units, read with it as one
cell would write them (indicator_row._with_op_and_unit)."""
from __future__ import annotations

from jixiao.extract import Table

from .columns import _known_unit
from .quantity import parse_cell
from .vocab import bare


def span_units(t: Table, h: int, grid, rows: list[int], value_cols: list[int | None], taken: set[int]) -> dict[int, int]:
    """{value column: its unit column} for each value column whose header cell at row h spans it and the
    next column alone, the next column taken by no role, where the next column's filled cells (two at
    least) are all units the lexicon knows and the value cells beside them all bare figures (no unit of
    their own). A unit column under a head of its own (单位) is the header's unit column, not this."""
    out: dict[int, int] = {}
    for c in value_cols:
        if c is None or (u := c + 1) in taken:
            continue
        head = t.cell_at(h, c)
        if head is None or head.col != c or head.colspan != 2 or head.row + head.rowspan - 1 != h:
            continue
        pairs = [(bare(grid[k][c]), bare(grid[k][u])) for k in rows if u < len(grid[k]) and bare(grid[k][u])]
        if len(pairs) < 2 or not all(_known_unit(x) for _, x in pairs):
            continue
        if all((q := parse_cell(v)).numeric and not q.unit for v, _ in pairs):
            out[c] = u
    return out
