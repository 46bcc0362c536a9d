"""Dotted borders printed as rows of tiny squares (Chromium prints CSS border-style: dotted so: 1594.pdf, a web data
grid whose body cells are ruled by dotted borders, 0.75 pt squares 1.5 pt apart). Each dot's sides are shorter than
the table finder's least rule, so the grid they draw was lost: its body read as two cells, each a view's whole
column of rows. A run of such dots along one line, evenly spaced and close (a gap no wider than the dots' own size
over again), is the rule it dots: one edge from the first dot to the last, through the dots' middle.

drawn: the page's paths as pdfium_page._drawn gives them ((segment type, x, y down) points, closed, filled, stroked)."""
from __future__ import annotations

DOT = 1.6          # pt: a dot's sides at most (a 1 px border at 96 dpi is 0.75 pt; 2 px dots 1.5 pt)
MIN_DOTS = 6       # dots in a run that make a rule (fewer: a leader's few points, an ellipsis)
LINE_TOL = 0.3     # pt: dots of one run stand this near one line


def _dots(drawn: list) -> list[tuple[float, float, float, float]]:
    out = []
    for points, closed, filled, _ in drawn:
        if not (closed and filled) or not points:
            continue
        xs, ys = [p[1] for p in points], [p[2] for p in points]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if 0 < w <= DOT and 0 < h <= DOT and abs(w - h) < 0.25 * max(w, h):
            out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def _runs(dots: list[tuple], along: int) -> list[tuple[float, float, float]]:
    """(line, start, end) of each run of dots along x (along=0) or y (along=1)."""
    across = 1 - along

    def mid(d: tuple) -> float:
        return (d[across] + d[across + 2]) / 2
    lines, line = [], []
    for d in sorted(dots, key=mid):
        if line and mid(d) - mid(line[-1]) > LINE_TOL:
            lines.append(line)
            line = []
        line.append(d)
    lines.append(line)
    out = []
    for line in lines:
        run: list[tuple] = []
        end = 0.0
        for d in sorted(line, key=lambda d: d[along]) + [None]:
            # the next dot no farther on than a dot's size over again (a dot drawn twice where two borders cross)
            if d is not None and run and d[along] - end <= 2 * (d[along + 2] - d[along]) + 0.01:
                run.append(d)
                end = max(end, d[along + 2])
                continue
            if len({round(x[along], 1) for x in run}) >= MIN_DOTS:
                out.append((sum(map(mid, run)) / len(run), run[0][along], end))
            run, end = [d], d[along + 2] if d is not None else 0.0
    return out


def dotted_edges(drawn: list) -> list[dict]:
    """The rules the page's dotted borders draw, as pdfplumber line edges."""
    from pdfplumber.utils import line_to_edge

    dots = _dots(drawn)
    if len(dots) < MIN_DOTS:
        return []
    edges = []
    for y, x0, x1 in _runs(dots, 0):
        edges.append(line_to_edge({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                                   "width": x1 - x0, "height": 0.0}))
    for x, top, bottom in _runs(dots, 1):
        edges.append(line_to_edge({"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom,
                                   "width": 0.0, "height": bottom - top}))
    return edges
