"""A value heading spanning two body columns with no heads of their own under it (1779: 年度指标值 over
≥50 | 公里, 实际完成值 over 52 | 公里): the second column holds the first's units, read with it as one
cell would write them (indicator_row._with_op_and_unit). A joined 分值/得分 heading spanning two (1814: 分值/得分
over 8 | 7.2): the two columns hold the points apart, in the heading's order (span_points)."""
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


def span_points(t: Table, h: int, grid, rows: list[int], points: int | None, taken: set[int]) -> int | None:
    """The second column under a joined 分值/得分 heading (the one column both roles were given) whose header cell
    at row h spans it and the next column alone, the next column taken by no role, where every body row filled
    in either column (two at least) holds one bare figure in each (8 | 7.2: no pair 8/7.2 in one cell): the two
    columns are the points apart, read in the heading's order. None otherwise (the pair read from one cell)."""
    if points is None or (u := points + 1) in taken:
        return None
    head = t.cell_at(h, points)
    if head is None or head.col != points or head.colspan != 2 or head.row + head.rowspan - 1 != h:
        return None
    pairs = [(bare(grid[k][points]), bare(grid[k][u])) for k in rows
             if u < len(grid[k]) and (bare(grid[k][points]) or bare(grid[k][u]))]
    if len(pairs) < 2:
        return None
    if all(a and b and (x := parse_cell(a)).numeric and x.value is not None and not x.unit and
           (y := parse_cell(b)).numeric and y.value is not None and not y.unit for a, b in pairs):
        return u
    return None
