"""Ruled grids drawn inside a cell of another grid on a PDF page (1625.pdf: a 填报系统's detail view pasted
into Word, a one-column table whose every cell holds a line 第N项 and an inner two-column table label | value).
The page's table finder gives such an inner grid either as a table of its own lying in the outer cell's box,
or, where its rules touch the outer table's (its right border on the outer one, the page break closing the
outer cell on it), as cells of the outer table lying inside another of its cells, the cells overlapping. The
cell holding them then took their text, the inner grid's labels and values one line each in the outer cell,
and the inner cells read empty. A cell that itself holds ruled cells is read as a cell and a table nested in
it, as a word processor's nested table is: the cells inside are taken out of the outer grid as a grid of their
own (held: the page, the outer grid and the holding cell's box), the outer grid's boundaries drawn again from
its own cells, and the characters inside the inner grid go to it first.

A grid is (bbox, xs, ys, cells), cells as (row, col, rowspan, colspan, box)."""
from __future__ import annotations

import bisect

from .rule_stack import cluster

MIN_CELLS = 2      # a grid inside a cell: two cells or more (one ruled box in a cell is a frame, no grid)


def within(inner: tuple, outer: tuple, snap: float) -> bool:
    """A box inside another, edges within snap, and smaller than it."""
    return outer[0] - snap <= inner[0] and outer[1] - snap <= inner[1] and inner[2] <= outer[2] + snap and \
        inner[3] <= outer[3] + snap and (inner[2] - inner[0]) * (inner[3] - inner[1]) < \
        (outer[2] - outer[0]) * (outer[3] - outer[1]) - snap * snap


def _holder(box: tuple, cells: list, snap: float) -> int | None:
    """The index of the smallest cell holding the box, or None."""
    held = [k for k, c in enumerate(cells) if within(box, c[4], snap)]
    return min(held, key=lambda k: (cells[k][4][2] - cells[k][4][0]) * (cells[k][4][3] - cells[k][4][1]),
               default=None)


def grid_of(boxes: list[tuple], snap: float) -> tuple:
    """(bbox, xs, ys, cells) of cell boxes: the boundaries their edges cluster in, each cell placed on them."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes], snap)
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes], snap)

    def index(bounds: list[float], v: float) -> int:
        return min(bisect.bisect_left(bounds, v - snap), len(bounds) - 1)
    cells = []
    for x0, top, x1, bottom in boxes:
        r0, r1, c0, c1 = index(ys, top), index(ys, bottom), index(xs, x0), index(xs, x1)
        cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0), (x0, top, x1, bottom)))
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return bbox, xs, ys, sorted(cells)


def cells_apart(cells: list, snap: float) -> tuple[list[tuple], dict[tuple, list[tuple]]] | None:
    """A grid's cells parted into its own (the boxes of those not inside another cell) and, per holding
    cell's box, the boxes of the cells inside it, where some cell holds MIN_CELLS or more; else None.
    A cell inside a cell that is itself inside one goes with the innermost holder's grid (read from it
    again when that grid is parted)."""
    held: dict[int, list[int]] = {}
    for k, c in enumerate(cells):
        others = [o for j, o in enumerate(cells) if j != k]
        h = _holder(c[4], others, snap)
        if h is not None:
            held.setdefault(cells.index(others[h]), []).append(k)
    def under(h: int) -> list[int]:
        return [j for k in held.get(h, ()) for j in (k, *under(k))]
    # the outermost holders: a holder inside another holder is a cell of that one's inner grid
    inside = {k for ks in held.values() for k in ks}
    tops = {h: ks for h in held if h not in inside and len(ks := under(h)) >= MIN_CELLS}
    if not tops:
        return None
    taken = {k for ks in tops.values() for k in ks}
    own = [c[4] for k, c in enumerate(cells) if k not in taken]
    return own, {cells[h][4]: [cells[k][4] for k in ks] for h, ks in tops.items()}


def holding_cell(bbox: tuple, grids: list[tuple], snap: float) -> tuple[int, tuple] | None:
    """(index of the grid, the box of its cell) holding a grid's whole box, the smallest such cell; None
    where no grid's cell holds it. grids: (bbox, xs, ys, cells) of the page's other grids."""
    best = None
    for g, (_, _, _, cells) in enumerate(grids):
        h = _holder(bbox, cells, snap)
        if h is None:
            continue
        box = cells[h][4]
        area = (box[2] - box[0]) * (box[3] - box[1])
        if best is None or area < best[0]:
            best = (area, g, box)
    return None if best is None else (best[1], best[2])
