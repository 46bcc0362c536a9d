"""Where a table broken by a page goes on: decisions the PDF reader (extract.pdf_reader) and the
page assembler of scans and OFD pages (extract.ruled_page) both take when they join a table's parts."""
from __future__ import annotations

import re

from .model import Location, Table
from .rule_stack import merged_spans, covers_span


def merged_over_break(table: Table, last: int, wraps: dict) -> None:
    """A merged cell the page break cut, its text drawn only in the next page's part (LibreOffice
    with a vMerged cell): the last row's cell is empty and its own (a rule over it: the group above
    ends there), and the column is written with merged cells, not with levels left blank for "as
    above" (the cell above is merged itself, or, where it is a one-row group, another cell of the
    column spans rows and none of them is left blank under a filled one). It is the top of the
    next part's first cell in the column, which then spans both rows. `last`: the first part's
    last row; the next part's rows follow it in `table`. wraps: (row, col) -> whether a cell's
    text runs on, kept."""
    for p in [c for c in table.cells if c.row == last + 1 and c.text.strip()]:
        here, above = table.cell_at(last, p.col), table.cell_at(last - 1, p.col) if last > 0 else None
        if here is None or above is None or here.text.strip() or here.row != last or here.rowspan != 1 or \
                (here.col, here.colspan) != (p.col, p.colspan) or (above.col, above.colspan) != (p.col, p.colspan) or \
                above.row + above.rowspan != last or not above.text.strip() or \
                above.rowspan < 2 and not _written_merged(table, last, p.col, p.colspan):
            continue
        table.cells.remove(here)
        p.row, p.rowspan = last, p.rowspan + 1
        p.loc = Location(**{**p.loc.__dict__, "row": last})
        wraps[(last, p.col)] = wraps.pop((last + 1, p.col), False)


def merged_on_over_break(table: Table, last: int) -> None:
    """A merged cell the page break cut, its text drawn in the first part (LibreOffice clips the copy it draws
    again on the next page): the next part's first rows have no cell in its columns, their rectangle open at
    the top where the page begins (no rule closes it), so no cell was found there. A cell spanning rows that
    ends at the break goes on down over the rows below with no cell of their own in its columns: 产出指标 over
    数量 / 质量 / 时效 on page 1 and 经济成本指标 on page 2. `last`: the first part's last row."""
    for above in [c for c in table.cells if c.row + c.rowspan - 1 == last and c.rowspan > 1 and c.text.strip()]:
        cols = range(above.col, above.col + above.colspan)
        r = last + 1
        while r < table.n_rows and any(c.row <= r < c.row + c.rowspan for c in table.cells) and \
                all(table.cell_at(r, k) is None for k in cols):
            above.rowspan += 1
            table.__dict__.pop("_index", None)
            r += 1


def _written_merged(table: Table, last: int, col: int, colspan: int) -> bool:
    """Whether the column's cells above row `last` are written merged: some cell spans rows, and
    no cell of its own is left empty under a filled one (a level written once and left blank
    below, "as above", is a table that fills down)."""
    cells = sorted((c for c in table.cells if (c.col, c.colspan) == (col, colspan) and c.row < last),
                   key=lambda c: c.row)
    blank_below = any(not c.text.strip() and b.text.strip() and b.row + b.rowspan == c.row
                      for b, c in zip(cells, cells[1:]))
    return any(c.rowspan > 1 for c in cells) and not blank_below


# What may stand between a cut row and the page's edge: a page number (12, - 3 -, 第2页 共3页).
_FURNITURE = re.compile(r"^[-—–\d第页共/]*$")


def cut_rows(edges: list[dict], chars: list[dict], snap: float = 3.0) -> list[dict]:
    """Rules closing the row a page break cut open (a browser prints a table row split over the
    page with its cells' sides but no rule where the page ends it, nor where the next page goes
    on): the grid's verticals run on from one of its rules to a common end at the bottom (top) of
    the page with no rule there, nothing but page furniture lies beyond that end, and the band
    holds text. The band is the row's part on this page, closed by a rule at the verticals' end;
    the reader's stitch joins it to the other page's part. edges / chars: pdfplumber's dicts,
    top-down, in the caller's units; snap: how close two rules are one."""
    hs = [e for e in edges if e.get("orientation") == "h" and e["x1"] - e["x0"] >= snap]
    vs = [e for e in edges if e.get("orientation") == "v" and e["bottom"] - e["top"] >= snap]
    if not hs or not vs:
        return []
    out = []
    for sign, outer, inner in ((1, "bottom", "top"), (-1, "top", "bottom")):
        end = sign * max(sign * v[outer] for v in vs)      # the verticals' lowest (highest) end

        def beyond(y: float) -> bool:
            return sign * (y - end) > snap
        at = [v for v in vs if abs(v[outer] - end) <= snap]
        x0, x1 = min(v["x0"] for v in at), max(v["x0"] for v in at)
        # where the verticals come from: rules of the grid (the row's other side)
        starts = [v[inner] for v in at
                  if any(abs(h["top"] - v[inner]) <= snap and h["x0"] - snap <= v["x0"] <= h["x1"] + snap for h in hs)]
        if len({round(v["x0"] / snap) for v in at}) < 2 or not starts or x1 - x0 < 4 * snap:
            continue
        # the grid's rule nearest the end: the band's other side
        rules = [sign * h["top"] for h in hs if sign * (h["top"] - end) < -snap and h["x0"] < x1 and h["x1"] > x0]
        if not rules:
            continue
        near = sign * max(rules)
        # the band's outer sides go on as the table's sides across that rule (not strokes of text);
        # or the band is the table's last (first) row, alone past the break: its sides run the band's
        # height from the page's edge to that rule, which closes it whole, and it has two cells or more
        sides_on = all(any(abs(v["x0"] - x) <= snap and v["top"] < near - snap and v["bottom"] > near + snap
                           or abs(v["x0"] - x) <= snap and abs(v[outer] - near) <= snap and sign * (v[inner] - near) < -snap
                           for v in vs) for x in (x0, x1))
        alone = len({round(v["x0"] / snap) for v in at}) >= 3 and \
            all(any(abs(v["x0"] - x) <= snap and abs(v[inner] - near) <= snap for v in at) for x in (x0, x1)) and \
            covers_span(merged_spans([(h["x0"], h["x1"]) for h in hs if abs(h["top"] - near) <= snap]), x0 + snap, x1 - snap)
        if not sides_on and not alone:
            continue
        if any(beyond(h["top"]) for h in hs):
            continue      # rules beyond: not cut
        far = "".join(c["text"].strip() for c in chars if beyond((c["top"] + c["bottom"]) / 2))
        if not _FURNITURE.match(far):
            continue
        sides = sorted(v["x0"] for v in at)
        xs = [x0] + [x for x, before in zip(sides[1:], sides) if x - before > snap][:-1] + [x1]
        spans = _open_spans(xs, hs, end, snap)
        for a, b in spans:
            # a rule there closes a cell (a browser draws it cell by cell): only the cells left open
            # are cut, a merged cell going on over the page where the row's others end on this one;
            # each run's band reaches up (down) to the nearest rule over it
            top = sign * max((sign * h["top"] for h in hs if sign * (h["top"] - end) < -snap and h["x0"] < b and h["x1"] > a),
                             default=sign * near)
            band = [c for c in chars if c["text"].strip() and a <= (c["x0"] + c["x1"]) / 2 <= b
                    and min(top, end) <= (c["top"] + c["bottom"]) / 2 <= max(top, end)]
            if band:
                # partial: other cells of the row end on this page; the row is not split over it
                out.append({"object_type": "line", "orientation": "h", "x0": a, "x1": b, "top": end, "bottom": end,
                            "width": b - a, "height": 0.0, "doctop": end, "partial": spans != [(x0, x1)]})
    return out


def _open_spans(xs: list[float], hs: list[dict], end: float, snap: float) -> list[tuple[float, float]]:
    """The runs of the cells between the verticals' x positions `xs` that no rule closes at `end`
    (each run from its first cell's left side to its last one's right)."""
    spans: list[tuple[float, float]] = []
    for a, b in zip(xs, xs[1:]):
        mid = (a + b) / 2
        if any(abs(h["top"] - end) <= snap and h["x0"] <= mid <= h["x1"] for h in hs):
            continue
        spans[-1:] = [(spans[-1][0], b)] if spans and spans[-1][1] == a else [*spans[-1:], (a, b)]
    return spans
