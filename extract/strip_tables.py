"""Ruled grids on a PDF page that are one table's columns cut apart by unruled spacer columns (1169.pdf: an
Excel form whose every field is two merged columns with a narrow empty column between fields, printed with
no border on the spacers). The table finder gives each field's strip as a grid of its own, and strips that a
row running across the table (总分, a head cell) ties together as one grid with holes where the others
stand: interleaved grids, none a whole table. They are one table where (1) their cells never overlap, (2)
each stands beside another with white between them narrower than a column of either, or inside its box, and
(3) every row rule of each is a row rule of another (one table's rows, cut by the same rules; two tables set
side by side have rows of their own: 1134's 产出 beside 效益), and (4) no two beside each other are grids of
the same columns (cards set three a row, 462.pdf: tiles, each whole). The union's slots no cell covers (the
spacers) become empty cells, as rule_stack.one_table_apart's joined halves' white does.

A grid is (bbox, xs, ys, cells), cells as (row, col, rowspan, colspan, box)."""
from __future__ import annotations

import bisect

from .rule_stack import cluster


def _overlap(a: tuple, b: tuple, snap: float) -> bool:
    """Two boxes sharing more than an edge."""
    return min(a[2], b[2]) - max(a[0], b[0]) > snap and min(a[3], b[3]) - max(a[1], b[1]) > snap


def _narrowest(grid) -> float:
    xs = grid[1]
    return min(b - a for a, b in zip(xs, xs[1:]))


def _neighbours(a, b, snap: float) -> bool:
    """Two grids that may be strips of one table: side by side over the same band of the page, no cell of
    one over a cell of the other, one inside the other's box or the white between them narrower than a
    column of either."""
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a[0], b[0]
    if min(ay1, by1) - max(ay0, by0) <= snap or len(a[1]) < 2 or len(b[1]) < 2:
        return False
    if any(_overlap(p[4], q[4], snap) for p in a[3] for q in b[3]):
        return False
    if _tiles(a[1], b[1], snap):
        return False
    gap = max(bx0 - ax1, ax0 - bx1)
    return gap < min(_narrowest(a), _narrowest(b))


def _tiles(xs_a: list[float], xs_b: list[float], snap: float) -> bool:
    """Two grids of the same columns, two or more (462.pdf's 序号 | value cards three a row, 806's): tiles, each
    whole, as rule_stack.one_table_apart keeps them; a field's strip is one column."""
    return len(xs_a) == len(xs_b) >= 3 and all(abs((a1 - a0) - (b1 - b0)) <= snap
                                               for a0, a1, b0, b1 in zip(xs_a, xs_a[1:], xs_b, xs_b[1:]))


def _rows_shared(grids: list, snap: float) -> bool:
    """Every row rule of each grid a row rule of another: one table's rows."""
    return all(any(abs(y - z) <= snap for k, other in enumerate(grids) if k != i for z in other[2])
               for i, g in enumerate(grids) for y in g[2])


def groups(grids: list, snap: float) -> list[list[int]]:
    """The grids' indices in groups: each group one table's strips (one index where a grid stands alone)."""
    parent = list(range(len(grids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i in range(len(grids)):
        for j in range(i + 1, len(grids)):
            if _neighbours(grids[i], grids[j], snap):
                parent[root(i)] = root(j)
    found: dict[int, list[int]] = {}
    for i in range(len(grids)):
        found.setdefault(root(i), []).append(i)
    out = []
    for members in found.values():
        if len(members) > 1 and _rows_shared([grids[k] for k in members], snap):
            out.append(members)
        else:
            out += [[k] for k in members]
    return sorted(out)


def union(grids: list, snap: float) -> tuple:
    """One grid of a group's strips: every column and row rule of any, each cell where its box falls, an
    empty cell in each slot no cell covers."""
    xs = cluster([x for g in grids for x in g[1]], snap)
    ys = cluster([y for g in grids for y in g[2]], snap)

    def at(bounds: list[float], v: float) -> int:
        return min(bisect.bisect_left(bounds, v - snap), len(bounds) - 1)
    cells, covered = [], set()
    for g in grids:
        for _r, _c, _rs, _cs, box in g[3]:
            r0, r1, c0, c1 = at(ys, box[1]), at(ys, box[3]), at(xs, box[0]), at(xs, box[2])
            rs, cs = max(1, r1 - r0), max(1, c1 - c0)
            cells.append((r0, c0, rs, cs, box))
            covered |= {(r0 + i, c0 + k) for i in range(rs) for k in range(cs)}
    for r in range(len(ys) - 1):
        for c in range(len(xs) - 1):
            if (r, c) not in covered:
                cells.append((r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1])))
    bbox = (min(g[0][0] for g in grids), min(g[0][1] for g in grids), max(g[0][2] for g in grids),
            max(g[0][3] for g in grids))
    return bbox, xs, ys, sorted(cells)
