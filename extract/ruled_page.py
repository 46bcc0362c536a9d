"""A page of positioned text and ruling lines → paragraphs and tables, for readers that get
characters and lines rather than a document structure (OFD pages, OCR'd scans).

Units are the reader's own (millimetres for OFD, pixels for a scan): `snap` says how close two
lines must be to be one. Consecutive horizontal rules joined by vertical ones make a table; a
rule missing between two slots is a merge; each character goes to the cell holding its centre;
lines that reach their cell's (or the page's) text edge are wrapped lines and are rejoined. Given
`align`, the text outside ruled tables may make a table without rules (extract.aligned_table).
"""
from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

from .line_breaks import (NUMBER_GOES_ON, by_column_places, cut_at_point, first_run, is_figure, set_in_middle, text_area,
                          two_figures, unit_goes_on)
from .model import Cell, Document, Location, PageLayout, Paragraph, Table, normalize_ws
from .page_break import cut_rows, merged_on_over_break, merged_over_break
from .pdf_text_table import read as read_text_table
from .rule_stack import cluster, extend_down, one_table_apart, text_columns


@dataclass
class Char:
    x: float
    y: float        # baseline
    size: float
    text: str
    conf: float = 1.0   # OCR confidence of the text this character came from
    cut: bool = False   # OCR began a box at it or saw white before it in one: a cell may start here
    mid: float | None = None   # the middle of OCR's box (its line's height): the row it stands in
    seen: tuple[float, float] | None = None   # x0, x1 as OCR's positions place it at less white (ocr_boxes.SOME)


def assemble(doc: Document, path: str, number: int, chars: list[Char], hs: list, vs: list, snap: float,
             align: float | None = None, stacked: bool = False, typed: list | None = None,
             boxed=None, headings: bool = False) -> None:
    """Append the page's blocks, top to bottom. hs: (y, x0, x1) and vs: (x, y0, y1) segments.
    align: how close two left text edges are one column of a table without rules, whose grid
    the text's alignment gives (extract.aligned_table); None: ruled tables only. Lines at the top
    of the page at the edges of an aligned table the document's last page ended with go on it.
    stacked: a boxed header's columns go on down the rules under it (extract.rule_stack), as the
    PDF readers take them, and a stack of rules nothing boxes gets its columns from its text
    (rule_stack.text_columns). Scans only: on an OFD page (004) it joined separately ruled tables
    across the heading between them, so OFD keeps its own rules alone.
    typed: (bbox, text) of each fixed-width text table on the page (extract.scan_text_table), its
    characters already out of `chars`: read as text where it stands, and no rule inside it counts.
    headings: a line of one run outdented over an aligned table's names is a level heading, a row of it
    (aligned_table.find_tables), for a scan page whose dot leaders were read as white (scan_leaders).
    boxed: a reader of tables from the text's boxes (extract.box_table.find, for a scan with no rules),
    given the text outside ruled tables before the aligned reader is; its reading is kept where it
    leaves less of that text outside tables than the aligned reader's alone, or as much in fewer rows."""
    typed = typed or []
    if typed:
        inside = [lambda x, y, b=b: b[0] - snap <= x <= b[2] + snap and b[1] - snap <= y <= b[3] + snap
                  for b, _ in typed]
        hs = [h for h in hs if not any(f(h[1], h[0]) and f(h[2], h[0]) for f in inside)]
        vs = [v for v in vs if not any(f(v[0], v[1]) and f(v[0], v[2]) for f in inside)]
    more_hs, more_vs, cuts = _stacked(hs, vs, chars, snap) if stacked else ([], [], [])
    grids = _grids(hs + more_hs, vs + more_vs, snap)
    in_table: list[dict] = [{} for _ in grids]
    loose: list[Char] = []
    over = _overruns(grids, chars, snap)
    for ch in chars:
        for k, grid in enumerate(grids):
            slot = over[id(ch)][1] if id(ch) in over and over[id(ch)][0] == k else _slot(grid, ch)
            if slot is not None:
                in_table[k].setdefault(slot, []).append(ch)
                break
        else:
            loose.append(ch)
    if stacked:     # (scans: a title's bold strokes are rules of the scan's kernels' length)
        banners = [k for k, grid in enumerate(grids) if _banner(grid, in_table[k], chars)]
        loose += [ch for k in banners for cs in in_table[k].values() for ch in cs]
        grids = [g for k, g in enumerate(grids) if k not in banners]
        in_table = [t for k, t in enumerate(in_table) if k not in banners]
    found = _aligned(loose, align, _carried(doc, number), headings) if align else []
    if boxed:   # the boxes' tables, the rest aligned, where they hold more of the text than alignment alone,
        # or as much in fewer rows (a label centred between two rows is no row of its own)
        by_box = boxed(loose)
        by_box += _aligned(_untaken(loose, by_box), align, _carried(doc, number), headings) if align else []
        if (len(_untaken(loose, by_box)), sum(f.n_rows for f in by_box)) < \
                (len(_untaken(loose, found)), sum(f.n_rows for f in found)):
            found = by_box
    loose = _untaken(loose, found)
    if stacked and grids and not any(f.row_tops[0] > grids[-1][1][-1] for f in found) and \
            not any(b[1] > grids[-1][1][-1] for b, _ in typed):
        loose = _overflowed(grids[-1], in_table[-1], loose, snap)
    tops = [g[1][0] for g in grids]
    items = [(top, 0, "table", k) for k, top in enumerate(tops)]
    items += [(f.row_tops[0], 0, "aligned", f) for f in found]
    items += [(*_placed(ch, tops), "text", ch) for ch in loose]
    items += [(bbox[1], 0, "typed", text) for bbox, text in typed]
    items.sort(key=lambda it: it[:2])
    pending: list[Char] = []
    for _, _, kind, item in items:
        if kind == "text":
            pending.append(item)
            continue
        _paragraphs(doc, path, number, pending)
        pending = []
        if kind == "typed":
            read_text_table(doc, path, item, number)
        elif kind == "aligned":
            _aligned_table(doc, path, number, item, align)
        else:
            _table(doc, path, number, grids[item], in_table[item], snap)
            if (sides := _framed_columns(doc.blocks[-1], in_table[item])) is not None:
                doc.blocks.pop()     # a box drawn round two columns of running text: their paragraphs
                for side in sides:
                    _paragraphs(doc, path, number, side)
                continue
            ys = grids[item][1]
            # for stitch: its first (last) row is a row's part the page break cut open
            doc.blocks[-1].layout.cut = tuple(any(abs(y - c) <= snap for c in cuts) for y in (ys[0], ys[-1]))
    _paragraphs(doc, path, number, pending)


# A cell's text run on past the page's last table, the page break cutting the cell with no rule
# under it (765.scan: 满意度指 | 标 and 服务对象满意度 | 指标 printed under the last ruled row, whose
# rest the next page's table carries): the text below that table, all of it within a line or two of
# its bottom and each character under a filled cell of its last row whose text runs to its right
# edge (cut there), is those cells' rest.
OVERFLOW_LINES = 2.5   # in the character's size: how far below the bottom the rest of a cell stands


def _overflowed(grid, slots: dict, loose: list[Char], snap: float) -> list[Char]:
    """`loose` less the characters moved into the last row's cells of `grid` (its `slots`) as their rest."""
    xs, ys, _, _ = grid
    bottom, last = ys[-1], len(ys) - 2
    below = [ch for ch in loose if _middle(ch) > bottom]
    moved: dict[tuple[int, int], list[Char]] = {}
    for ch in below:
        c = _index(xs, ch.x + ch.size / 2)
        if c is None or ch.x < xs[c] - snap or ch.x + ch.size > xs[c + 1] + snap or not slots.get((last, c)) \
                or not _runs_on(slots[(last, c)], xs[c + 1] - snap) or _middle(ch) - bottom > OVERFLOW_LINES * ch.size:
            return loose   # text of its own below the table (a note, a signature line): no cell's rest
        moved.setdefault((last, c), []).append(ch)
    for line in _lines(below):   # a run of text over a column's rule is a line of its own (a note)
        line = sorted(line, key=lambda ch: ch.x)
        if any(_index(xs, a.x + a.size / 2) != _index(xs, b.x + b.size / 2) and b.x - a.x - a.size < a.size / 2
               for a, b in zip(line, line[1:])):
            return loose
    for slot, chars in moved.items():
        slots[slot].extend(chars)
    return [ch for ch in loose if _middle(ch) <= bottom]


def _untaken(chars: list[Char], found: list) -> list[Char]:
    """The characters no table of `found` (extract.aligned_table.Found) holds."""
    taken = {id(ch) for f in found for c in f.cells for ln in c.lines for r in ln for ch in r.items}
    return [ch for ch in chars if id(ch) not in taken]


def _stacked(hs: list, vs: list, chars: list[Char], snap: float) -> tuple[list, list, list]:
    """The rules a boxed header's columns give the stack of horizontal rules under it, as the PDF
    readers take them, and those the text gives a stack no header boxes (extract.rule_stack,
    given this page's rulings and text); and the y of the rules closing a row the page break cut
    open (extract.page_break.cut_rows)."""
    edges = [{"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y} for y, x0, x1 in hs]
    edges += [{"orientation": "v", "x0": x, "x1": x, "top": y0, "bottom": y1} for x, y0, y1 in vs]
    text = [{"text": ch.text, "x0": ch.x, "x1": ch.x + ch.size, "top": ch.y - ch.size, "bottom": ch.y,
             "size": ch.size, "mid": ch.mid} for ch in chars]
    out = extend_down(edges, text, snap)
    cut = cut_rows(edges + out, text, snap)     # a row the page break cut open, as the PDF readers close it
    # not a merged cell left open beside cells closed on the page (partial): the page's grid already
    # gives it a cell, and stitch takes a cut rule for a row split over the page
    cut = [e for e in cut if not e["partial"]]
    out += cut
    # Rules no header boxes: the text's columns (after the boxed grids' own, which they leave alone)
    out += text_columns(edges + out, text, snap)
    return ([(e["top"], e["x0"], e["x1"]) for e in out if e["orientation"] == "h"],
            [(e["x0"], e["top"], e["bottom"]) for e in out if e["orientation"] == "v"], [e["top"] for e in cut])


def _carried(doc: Document, number: int) -> list[float] | None:
    """The column edges of the aligned table the previous page ended with, if it did."""
    last = doc.blocks[-1] if doc.blocks else None
    if isinstance(last, Table) and last.loc.page == number - 1:
        return last.layout.starts
    return None


def _aligned(chars: list[Char], tol: float, carried: list[float] | None = None, headings: bool = False) -> list:
    """The tables the loose text's alignment shows: each line's runs are its characters split
    at gaps wider than a character."""
    from .aligned_table import Run, find_tables, split_runs
    lines = []
    for line in _lines(chars, chained=True):
        line = [ch for ch in line if ch.text.strip()]
        if not line:
            continue
        size = max(ch.size for ch in line)
        lines.append([Run(g[0].x, max(ch.x + ch.size for ch in g), g[0].y, g[0].y, size, g)   # at the baseline
                      for g in split_runs(line, lambda ch: (ch.x, ch.x + ch.size, size))])
    # a typed table's one-line rest (its 总分 line) is kept from joining the last row: _aligned_table
    # a typed line's field is looked for at a tab stop where OCR's own positions show some white
    return find_tables(lines, tol, carried, box=lambda ch: (ch.x, ch.x + ch.size, ch.cut),
                       glyph=lambda ch: (*(ch.seen or (ch.x, ch.x + ch.size)), ch.text), lone_rest=True,
                       headings=headings)


def _aligned_table(doc: Document, path: str, number: int, f, tol: float) -> None:
    """A table found from alignment as a table block: a cell's lines that reach its column's
    text edge (where the column's widest text ends) wrapped there and are rejoined."""
    t_index, block = len(doc.tables()), len(doc.blocks)
    cells, wraps, taken = [], {}, set()
    for c in f.cells:
        inner = [ch for ln in c.lines for r in ln for ch in r.items]
        right = f.rights[c.col + c.colspan - 1]
        runs = [r for ln in c.lines for r in ln]
        wraps[(c.row, c.col)] = _runs_on(inner, right) and not f.typed   # a typed field never wraps
        confs = [ch.conf for ch in inner]
        cells.append(Cell(text="\n".join(_line_texts(inner, right)), row=c.row, col=c.col, rowspan=c.rowspan,
                          colspan=c.colspan, confidence=min(confs) if confs and min(confs) < 1 else None,
                          loc=Location(path, block=block, page=number, table=t_index, row=c.row, col=c.col,
                                       bbox=(f.starts[c.col], min(r.top - r.size for r in runs), right,
                                             max(r.bottom for r in runs)))))
        taken |= {(r, k) for r in range(c.row, c.row + c.rowspan) for k in range(c.col, c.col + c.colspan)}
    for r in range(f.n_rows):     # every slot a cell, as a ruled table's grid has
        for k in range(len(f.starts)):
            if (r, k) not in taken:
                cells.append(Cell(text="", row=r, col=k, loc=Location(path, block=block, page=number, table=t_index,
                                                                       row=r, col=k)))
    cells.sort(key=lambda c: (c.row, c.col))
    _rejoin_by_column(cells)
    table = Table(index=t_index, n_rows=f.n_rows, n_cols=len(f.starts), cells=cells,
                  loc=Location(path, block=block, page=number, table=t_index, bbox=f.bbox))
    table.layout = PageLayout(wraps=wraps, starts=list(f.starts), align=tol)   # for the next page and stitch
    doc.blocks.append(table)


def _grids(hs: list, vs: list, snap: float) -> list:
    """(xs, ys, hs, vs) of each ruled table on the page, top to bottom. Consecutive horizontal
    rules belong to one table while vertical rules join them; a gap without any ends it."""
    ys = cluster([h[0] for h in hs], snap)
    runs: list[list[float]] = []
    v_rules = _Rules(vs, snap)
    for y0, y1 in zip(ys, ys[1:]):
        joined = v_rules.spans(None, y0, y1)
        if joined and runs and runs[-1][-1] == y0:
            runs[-1].append(y1)
        elif joined:
            runs.append([y0, y1])
    grids = []
    for run in runs:
        mine = [v for v in vs if v[1] - snap <= run[-1] and v[2] + snap >= run[0]]
        xs = cluster([v[0] for v in mine], snap)
        if len(xs) < 3:    # at least two columns: a single box is a frame, not a table
            continue
        parts = _side_by_side(xs, [h for h in hs if run[0] - snap <= h[0] <= run[-1] + snap], snap)
        if len(parts) == 1:
            grids.append((xs, run, hs, mine))
            continue
        ruled = []
        for part in parts:    # each table its own rows: the one beside it may be ruled otherwise
            lo, hi = part[0], part[-1]
            ys = cluster([h[0] for h in hs if run[0] - snap <= h[0] <= run[-1] + snap
                          and h[1] < hi - snap and h[2] > lo + snap], snap)
            if ruled and one_table_apart(ruled[-1][0], ruled[-1][1], part, ys, snap):
                # one table's columns either side of an unruled spacer column (rule_stack.one_table_apart)
                ruled[-1] = (ruled[-1][0] + part, ruled[-1][1])
                continue
            ruled.append((part, ys))
        for part, ys in ruled:
            theirs = [v for v in mine if part[0] - snap <= v[0] <= part[-1] + snap]
            if len(ys) >= 2:
                grids.append((part, ys, hs, theirs))
    return grids


def _side_by_side(xs: list[float], hs: list, snap: float) -> list[list[float]]:
    """The column edges of one band of rules, split where two tables stand side by side (425's
    scan: the fund block left, the indicators right, white between): between two sets of
    verticals, a gap no horizontal rule of the band enters. Every column of one table has a rule
    above and below it at least; a split is kept only where each side has two columns or more."""
    # the band's rules by start, with the furthest end so far: is one crossing a gap is two bisections
    # (a rule with an end not a number crosses none)
    by_start = sorted((h[1], h[2]) for h in hs if not math.isnan(h[1]) and not math.isnan(h[2]))
    starts, reach = [s for s, _ in by_start], list(accumulate((e for _, e in by_start), max))
    parts = [[xs[0]]]
    for a, b in zip(xs, xs[1:]):
        k = bisect.bisect_left(starts, b - snap)    # those starting left of b - snap
        crossed = k > 0 and reach[k - 1] > a + snap
        if not crossed and len(parts[-1]) >= 3:
            parts.append([b])
        else:
            parts[-1].append(b)
    if len(parts[-1]) < 3 and len(parts) > 1:      # too few columns after the last gap: one table
        return [xs]
    return parts


BANNER = 1.3    # a heading's type over the page's body text: its characters' height at least so much


def _banner(grid, slots: dict, chars: list[Char]) -> bool:
    """A band a scan's rules make a table of one row is a title or a heading where its text is one
    line of no figure set larger than the page's body text: a bold title's strokes, blurred on a
    copy of a copy, are rules of the kernels' length, and 364's 项目支出绩效自评表 became a table of
    one row, a character a cell. A row of a table holds figures or stands in the table's grid (a
    header's columns go on down its stack: more rows), and is set as its body."""
    from statistics import median

    inner = [ch for cs in slots.values() for ch in cs]
    if len(grid[1]) != 2 or not inner or any(c.isdigit() for ch in inner for c in ch.text):
        return False
    if len(_lines(inner)) != 1:
        return False
    height = lambda ch: 2 * (ch.y - ch.mid) if ch.mid is not None else ch.size   # noqa: E731
    return median(height(ch) for ch in inner) >= BANNER * median(height(ch) for ch in chars)


def _index(bounds: list[float], v: float) -> int | None:
    """The first slot between two of the ascending bounds that holds v (edges included), or None."""
    k = max(bisect.bisect_left(bounds, v) - 1, 0)    # the first bound ≥ v closes the first slot that can
    return k if k + 1 < len(bounds) and bounds[k] <= v <= bounds[k + 1] else None


def _middle(ch: Char) -> float:
    """The y a character stands at: its box's middle, or that over its guessed height (a narrow
    digit's width says little of its line's height)."""
    return ch.mid if ch.mid is not None else ch.y - ch.size / 3


def _placed(ch: Char, tops: list[float]) -> tuple[float, int]:
    """Sort key of a line outside the tables: its baseline, but a box whose middle lies above a
    ruled table's top rule it reaches past stands before that table, as its cells' text is placed
    by the middle (_slot). OCR's box is padded around the ink, so a heading's box may end a pixel
    or two below the rule under it (192's scan: 1 px at 150 dpi, less than the rule's width)."""
    straddled = [top for top in tops if _middle(ch) < top <= ch.y]
    return (min(straddled), -1) if straddled else (ch.y, 0)


OVERRUN_CHARS = 60      # a longer OCR run is a line of prose, no cell's text
OVERRUN_CELLS = 4


def _ocr_runs(chars: list[Char]) -> list[list[Char]]:
    """The OCR's runs: the characters of one box up to white inside it (Char.cut), on one line."""
    runs: list[list[Char]] = []
    for ch in chars:
        if ch.seen is None or ch.mid is None:
            continue    # not placed by OCR (a text layer, OFD, SVG): its characters are where they are
        if ch.cut or not runs or runs[-1][-1].mid != ch.mid:
            runs.append([])
        runs[-1].append(ch)
    return runs


def _overruns(grids: list, chars: list[Char], snap: float) -> dict[int, tuple[int, tuple[int, int]]]:
    """id(char) -> (grid, slot) for the characters of OCR runs drawn OVER a column rule: a text wider
    than its cell, centred in it, runs on over both sides (a canvas's fillText does not wrap: 900's
    满意度指标服务对象满意度指标, 服 over one rule and 标 over the next). A run with no white at a rule that
    a character's middle half covers is cut where each piece is centred on the cell it goes to, as the
    cells' text is; a character's own place would give 服 to the cell on the left and 标 to the one on the right."""
    out: dict[int, tuple[int, tuple[int, int]]] = {}
    for run in _ocr_runs(chars):
        if len(run) < 2 or len(run) > OVERRUN_CHARS:
            continue
        for k, grid in enumerate(grids):
            if _slot(grid, run[0]) is None and _slot(grid, run[-1]) is None:
                continue
            cy = _middle(run[0])
            edges = cluster([v[0] for v in grid[3] if v[1] - snap <= cy <= v[2] + snap], snap)
            if any(ch.x + ch.size / 4 < e < ch.x + 3 * ch.size / 4 for e in edges[1:-1] for ch in run):
                out.update(_centred(grid, k, run, edges))
            break
    return out


def _centred(grid, k: int, run: list[Char], edges: list[float]) -> dict[int, tuple[int, tuple[int, int]]]:
    """The run cut into pieces, one a cell, side by side, each as near its cell's middle as can be."""
    def cell(x):
        return max([i for i, e in enumerate(edges[:-1]) if e <= x] or [0])
    first, last = cell(run[0].x + run[0].size / 2), min(cell(run[-1].x + run[-1].size / 2), len(edges) - 2)
    if last - first + 1 > OVERRUN_CELLS:
        return {}
    best = None
    for m in range(1, last - first + 2):
        for lead in range(first, last - m + 2):
            for cuts in itertools.combinations(range(1, len(run)), m - 1):
                parts = [run[a:b] for a, b in zip((0, *cuts), (*cuts, len(run)))]
                cost = 0.0
                for n, part in enumerate(parts):
                    a, b = edges[lead + n], edges[lead + n + 1]
                    middle = (part[0].x + part[-1].x + part[-1].size) / 2
                    if not a <= middle <= b:
                        break
                    cost += abs(middle - (a + b) / 2) / (b - a)
                else:
                    if best is None or cost < best[0]:
                        best = (cost, lead, parts)
    if best is None:
        return {}
    _, lead, parts = best
    out = {}
    for n, part in enumerate(parts):
        x = (edges[lead + n] + edges[lead + n + 1]) / 2
        for ch in part:
            if (slot := _slot(grid, Char(x - ch.size / 2, ch.y, ch.size, ch.text, mid=ch.mid))) is not None:
                out[id(ch)] = (k, slot)
    return out


def _slot(grid, ch: Char):
    xs, ys, _, _ = grid
    cx, cy = ch.x + ch.size / 2, _middle(ch)
    if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
        return None
    c, r = _index(xs, cx), _index(ys, cy)
    return None if c is None or r is None else (r, c)


class _Rules:
    """Rules (at, start, end) of one direction, asked whether one within snap of a position spans
    from one point to another, ends within snap (a cell's side drawn). Tried against every rule, a
    page of many rules cost rules × cells; here a position's rules are found by bisection and kept,
    sorted by start with the furthest end reached so far, so that a question is two bisections. The
    answers are exactly those of the test written out against every rule (tests/test_ruled_grid.py):
    the same sums are compared, and a rule with a sum not a number, which answers nothing, is left out."""

    def __init__(self, rules, snap: float):
        self.snap = snap
        rules = [r for r in rules if not any(map(math.isnan, (r[0], r[1] - snap, r[2] + snap)))]
        self.rules = sorted(rules, key=lambda r: r[0])
        self.at = [r[0] for r in self.rules]
        self.near: dict[float, tuple[list[float], list[float]]] = {}

    def spans(self, at: float | None, lo: float, hi: float) -> bool:
        """Whether a rule within snap of `at` (any rule where None) starts by lo and ends by hi, snap allowed."""
        if math.isnan(lo):
            return False
        if at is not None and not math.isfinite(at):    # (at - r[0] not monotone in r[0]: try each)
            return any(abs(r[0] - at) <= self.snap and r[1] - self.snap <= lo and r[2] + self.snap >= hi
                       for r in self.rules)
        if at not in self.near:
            rules = self.rules
            if at is not None:   # |r[0] - at| ≤ snap: r[0] - at rises with r[0], so they stand together
                rules = rules[bisect.bisect_left(self.at, -self.snap, key=lambda a: a - at):
                              bisect.bisect_right(self.at, self.snap, key=lambda a: a - at)]
            ends = sorted((r[1] - self.snap, r[2] + self.snap) for r in rules)
            self.near[at] = [a for a, _ in ends], list(accumulate((b for _, b in ends), max))
        starts, reach = self.near[at]
        k = bisect.bisect_right(starts, lo)
        return k > 0 and reach[k - 1] >= hi


def _table(doc: Document, path: str, number: int, grid, chars: dict, snap: float) -> None:
    xs, ys, hs, vs = grid
    h_rules, v_rules = _Rules(hs, snap), _Rules(vs, snap)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    spans: dict[tuple[int, int], list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            if (r, c) in owner:
                continue
            cs = 1
            while c + cs < n_cols and not v_rules.spans(xs[c + cs], ys[r], ys[r + 1]):
                cs += 1
            rs = 1
            while r + rs < n_rows and not h_rules.spans(ys[r + rs], xs[c], xs[c + cs]):
                rs += 1
            spans[(r, c)] = [rs, cs]
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    owner[(rr, cc)] = (r, c)
    texts: dict[tuple[int, int], list[Char]] = {}
    for slot, cs in chars.items():
        texts.setdefault(owner.get(slot, slot), []).extend(cs)
    t_index, block = len(doc.tables()), len(doc.blocks)
    cells, wraps, rooms = [], {}, {}
    for (r, c), (rs, cspan) in sorted(spans.items()):
        inner = [ch for ch in texts.get((r, c), [])]
        text = "\n".join(_line_texts(inner, xs[c + cspan] - snap, cell=(xs[c], xs[c + cspan])))
        wraps[(r, c)] = _runs_on(inner, xs[c + cspan] - snap)
        rooms[(r, c)] = _room(inner, xs[c], xs[c + cspan])
        confs = [ch.conf for ch in inner]
        cells.append(Cell(text=text, row=r, col=c, rowspan=rs, colspan=cspan,
                          confidence=min(confs) if confs and min(confs) < 1 else None,
                          loc=Location(path, block=block, page=number, table=t_index, row=r, col=c,
                                       bbox=(xs[c], ys[r], xs[c + cspan], ys[r + rs]))))
    _rejoin_by_column(cells)
    table = Table(index=t_index, n_rows=n_rows, n_cols=n_cols, cells=cells,
                  loc=Location(path, block=block, page=number, table=t_index))
    free = {(r, c): _free_below(texts.get((r, c), []), ys[r], ys[r + rs]) for (r, c), (rs, _) in spans.items()}
    full = {r + spans[(r, c)][0] - 1 for (r, c), room in free.items() if room is False}
    n_lines = {(r, c): len(_line_texts(texts.get((r, c), []))) for (r, c) in spans}
    centred = {(r, c) for (r, c), (rs, _) in spans.items() if _in_middle(texts.get((r, c), []), ys[r], ys[r + rs])
               and any(n_lines[o] > n_lines[(r, c)] for o, (ors, _) in spans.items() if o[0] == r and ors == rs)}
    table.layout = PageLayout(wraps=wraps, rooms=rooms, xs=list(xs), snap=snap,   # for stitch
                              free={(r, c) for (r, c), room in free.items() if room and r + spans[(r, c)][0] - 1 in full}
                              | centred)
    doc.blocks.append(table)


def _room_around(chars: list[Char], top: float, bottom: float) -> tuple[float, float, float] | None:
    """A ruled cell's room above its first line and below its last, and its last line's height;
    None for an empty cell. A line's top and height are those of OCR's box (its middle is the box's)."""
    lines = [[ch for ch in ln if ch.text.strip()] for ln in _lines(chars)]
    lines = [ln for ln in lines if ln]
    if not lines:
        return None

    def height(ln: list[Char]) -> float:
        return max(2 * (ch.y - ch.mid) if ch.mid is not None and ch.mid < ch.y else ch.size for ch in ln)
    return (min(ch.y for ch in lines[0]) - height(lines[0]) - top, bottom - max(ch.y for ch in lines[-1]),
            height(lines[-1]))


def _free_below(chars: list[Char], top: float, bottom: float) -> bool | None:
    """Whether a ruled cell has room for another line under its last one (the space below it, less
    the padding its first line shows above, is a line high), as the PDF reader measures it; None for
    an empty cell."""
    room = _room_around(chars, top, bottom)
    if room is None:
        return None
    above, below, size = room
    return below - max(0.0, above) >= 1.2 * size


def _in_middle(chars: list[Char], top: float, bottom: float) -> bool:
    """Whether a ruled cell's text is set in its middle with half a line or more of room above and
    below, its middle within a quarter line of the cell's, in a cell a line higher than the text: beside
    a cell of more lines in its row (the caller asks), laid out whole where it stands (a row cut by the
    page is centred over both its parts), so it went on nowhere over the page, as the PDF reader's
    pdf_reader._short_cells reads it (1305's scan). (A row of one line, its padding even, says nothing.)"""
    room = _room_around(chars, top, bottom)
    if room is None:
        return False
    above, below, size = room
    return set_in_middle(above, below, size)


def _room(chars: list[Char], x0: float, x1: float) -> tuple[float, float, float] | None:
    """The room left on a cell's last line in its text area (line_breaks.text_area, as the PDF
    reader measures it; centred within a quarter character), the width of its first character and
    that of the run a line breaker keeps together at its start (line_breaks.first_run), or None for
    an empty cell."""
    lines = [[ch for ch in ln if ch.text.strip()] for ln in _lines(chars)]
    lines = [ln for ln in lines if ln]
    if not lines:
        return None
    size = max(ch.size for ch in lines[0])
    area = text_area([(ln[0].x, ln[-1].x + ln[-1].size) for ln in lines], x0, x1, size, size / 4)
    last, first = lines[-1], lines[0]
    k = first_run([ch.text for ch in first])
    return (area - (last[-1].x + last[-1].size - last[0].x), first[0].size, first[k].x + first[k].size - first[0].x)


def _rejoin_by_column(cells: list[Cell]) -> None:
    """A number OCR's geometry left on two lines that its column's places show is one (line_breaks)."""
    texts = by_column_places({(c.row, c.col): c.text for c in cells})
    for c in cells:
        c.text = texts[(c.row, c.col)]


def _lines(chars: list[Char], chained: bool = False) -> list[list[Char]]:
    """Characters in lines, top to bottom: one goes on a line whose first character (chained: whose
    lowest so far) stands within half a character of its baseline. A table row without rules is
    chained: OCR's boxes of one row step down a few pixels from cell to cell, more from end to end."""
    lines: list[list[Char]] = []
    for ch in sorted(chars, key=lambda c: (c.y, c.x)):
        ref = lines[-1][-1 if chained else 0] if lines else None
        if lines and abs(ref.y - ch.y) <= max(ch.size, ref.size) * 0.5:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    for line in lines:
        line.sort(key=lambda c: c.x)
    return lines


# A Chinese ellipsis …… is two characters' room; the recogniser reads the pair as one … and its room
# as white (764's 主要原因是……。 came out 主要原因是… 。): an … whose next character stands this many of
# the line's full-width characters on (from its start; one … takes about one) is the pair.
ELLIPSIS_PAIR = (1.5, 2.5)


def _line_text(line: list[Char]) -> str:
    text, prev = "", None
    em = max(ch.size for ch in line) if line else 0
    for ch in line:
        if prev is not None and prev.text == "…" and not text.endswith("……") and \
                ELLIPSIS_PAIR[0] * em <= ch.x - prev.x < ELLIPSIS_PAIR[1] * em:
            text += "…"
        elif prev is not None and ch.x - (prev.x + prev.size) > prev.size * 1.5:
            text += " "
        text += ch.text
        prev = ch
    return text


def _cells_apart(line: list[Char]) -> bool:
    """Cells set apart by wide gaps (as _line_text parts them), at least twice: a table's row, not running
    text (pdf_reader._cells_apart for a text layer's lines)."""
    return sum(1 for a, b in zip(line, line[1:]) if b.x - (a.x + a.size) > a.size * 1.5) >= 2


def _reaches(line: list[Char], right: float) -> bool:
    end = line[-1].x + line[-1].size * (0.5 if line[-1].text.isascii() else 1.0)
    return end >= right - line[-1].size * 1.2


def _next_reaches(line: list[Char], nxt: list[Char], right: float) -> bool:
    """Whether the next line's first character, set after this line's last, would reach `right`."""
    first = next((ch for ch in nxt if ch.text.strip()), None)
    if first is None:
        return False
    end = line[-1].x + line[-1].size * (0.5 if line[-1].text.isascii() else 1.0)
    return end + first.size * (0.5 if first.text.isascii() else 1.0) >= right - line[-1].size * 1.2


def _word_moved(line: list[Char], nxt: list[Char], right: float) -> bool:
    """Whether the next line opens with a Latin word or a number (more than one character a line
    breaker keeps together: line_breaks.first_run) that would not have fitted after this line's end:
    moved whole to the next line, it leaves this one short of the edge though wrapped (联系电话：0955-⏎
    5612XXXX。, 625's scan), as the PDF reader measures a line's first word. A line that ends a
    sentence, or a next line set in further than this one (a paragraph's indent), is no such wrap."""
    first = [ch for ch in nxt if ch.text.strip()]
    printed = [ch for ch in line if ch.text.strip()]
    if not first or not printed or printed[-1].text in "。！？；!?;" or first[0].x > printed[0].x + printed[0].size:
        return False
    # a line of running text, ten characters long at the least: a short line (a figure alone, ≤0.9‰ over
    # 0.2‰以下) ends where its text does, not where a moved word left it
    if printed[-1].x + printed[-1].size - printed[0].x < 10 * max(ch.size for ch in printed):
        return False
    k = first_run([ch.text for ch in first])
    return k > 0 and printed[-1].x + printed[-1].size + first[k].x + first[k].size - first[0].x > right


def _runs_on(chars: list[Char], right: float) -> bool:
    """Whether the last line of a cell's text reaches its right edge (the text may go on)."""
    lines = [line for line in _lines(chars) if _line_text(line).strip()]
    return bool(lines) and _reaches(lines[-1], right)


def _no_room(line: list[Char], nxt: list[Char], area: float) -> bool:
    """Whether the next line's first run (what a line breaker keeps together at its start: line_breaks.first_run,
    为: with its colon) would not have fitted in the room a ruled cell's text area (line_breaks.text_area) leaves
    at this line's end: the measure the PDF reader wraps a cell's lines by (pdf_reader._join_wrapped) and _join
    takes at a page's foot (no_room), a tenth of a character's slack for OCR's boxes."""
    first = [ch for ch in nxt if ch.text.strip()]
    printed = [ch for ch in line if ch.text.strip()]
    if not first or not printed:
        return False
    k = first_run([ch.text for ch in first])
    room = area - (printed[-1].x + printed[-1].size - printed[0].x)
    return room < first[k].x + first[k].size - first[0].x + first[0].size / 10


def _line_texts(chars: list[Char], right: float | None = None, prose: bool = False,
                cell: tuple[float, float] | None = None) -> list[str]:
    """Lines of text top to bottom; a line that reaches `right` (the cell's or the page's text
    edge) was wrapped there, so the next line continues it instead of starting a new one; in prose,
    so does a line whose next line's first word did not fit after it (_word_moved); in a ruled cell
    (`cell`: its left and right rules), so does a line whose room in the cell's text area the next
    line's first run would not have fitted in (_no_room: 1266's 结余率(计算方法⏎为:结余数/预算数), a
    character and a bit short of the rule, 为: about one and a half), where neither line leaves a wide gap
    (_line_text's blank): lines of cells set apart are a table's rows that OCR's grid left in one cell
    (924's and 993's scans: 全年执行数 执行率⏎390.00 97.50%), not running text."""
    out: list[str] = []
    wrapped, prev = False, None
    area = None
    if cell is not None:
        printed = [ln for ln in ([ch for ch in ln if ch.text.strip()] for ln in _lines(chars)) if ln]
        if printed:   # as _room measures it
            size = max(ch.size for ch in printed[0])
            area = text_area([(ln[0].x, ln[-1].x + ln[-1].size) for ln in printed], cell[0], cell[1], size, size / 4)
    for line in _lines(chars):
        text = _line_text(line)
        if not text.strip():
            continue
        # a number broken for want of room: its next character, not the line, would have reached the edge
        # and so is a unit (108毫⏎克/升, ≥600人⏎次: line_breaks.unit_goes_on)
        broken = prev is not None and right is not None and _next_reaches(prev, line, right) and \
            (bool(NUMBER_GOES_ON.search(out[-1].rstrip() + "\n" + text.lstrip())) or unit_goes_on(out[-1], text))
        moved = prose and prev is not None and right is not None and _word_moved(prev, line, right) or \
            area is not None and prev is not None and " " not in out[-1] + text and _no_room(prev, line, area)
        # in prose, a line of cells set apart by wide gaps is a row typed with spaces: the next line is
        # the next row (or a heading between rows), not its wrapped rest, however far the row runs; the
        # next row's first figure no rest of a figure cut at the row's end
        row = prose and prev is not None and _cells_apart(prev)
        if out and not (row and _cells_apart(line)) and \
                ((wrapped or moved) and not row and not two_figures(out[-1], text, True) or broken or
                 cut_at_point(out[-1], text)):
            out[-1] += text   # spaces at the break are in the text stream, if the writer kept them
        else:
            out.append(text)
        wrapped = right is not None and _reaches(line, right)
        prev = line
    return [t.strip() for t in out]


# A box round running text is no table: its one cell holds this many lines at least (1081.scan: two CSS
# columns of label：value paragraphs in a bordered box, their column rule short of the box's top).
FRAMED_LINES = 6
# Lines of both columns a gutter must part, at least (pdf_reader.MIN_FLOW's measure for a text layer).
FRAMED_GUTTER = 4


def _framed_columns(t: Table, slots: dict) -> list[list[Char]] | None:
    """The characters of a ruled 'table' that is a box drawn round two columns of running text, left column
    then right, or None: one cell of the table holds text, spanning every column, FRAMED_LINES lines or
    more, and an x that no character crosses has FRAMED_GUTTER lines or more of text either side, parted by
    a clear gap of a character's width (the gutter, as pdf_reader._column_lines finds it on a text layer).
    Read as a table its lines run across both columns (人均培训补贴…年度指标值 beside 扶持安置区产业项目…)
    and nothing is read; read as the page's paragraphs, column by column, each paragraph is one indicator's
    label：value line, as the printed .pdf gives them."""
    filled = [c for c in t.cells if c.text.strip()]
    if len(filled) != 1 or filled[0].colspan != t.n_cols:
        return None
    chars = [ch for cs in slots.values() for ch in cs if ch.text.strip()]
    if len(_lines(chars)) < FRAMED_LINES:
        return None
    size = sorted(ch.size for ch in chars)[len(chars) // 2]
    best = None
    by_x = sorted(chars, key=lambda ch: ch.x)
    k, reach = 0, float("-inf")      # the characters left of x, and the farthest right one of them ends
    for x in sorted({ch.x for ch in chars}):
        while by_x[k].x < x:
            reach, k = max(reach, by_x[k].x + by_x[k].size), k + 1
        if not k or reach > x or x - reach < size:
            continue    # a character crosses here, or no white a character wide before the column
        left = [ch for ch in chars if ch.x < x]     # built only at a gutter: per x it was quadratic
        right = [ch for ch in chars if ch.x >= x]
        parted = min(len(_lines(left)), len(_lines(right)))
        if parted >= FRAMED_GUTTER and (best is None or parted > best[0]):
            best = (parted, left, right)
    return None if best is None else [best[1], best[2]]


def _paragraphs(doc: Document, path: str, number: int, chars: list[Char]) -> None:
    right = max((c.x + c.size for c in chars), default=None)
    for text in _line_texts(chars, right, prose=True):
        doc.blocks.append(Paragraph(text=text, loc=Location(path, block=len(doc.blocks), page=number)))


def stitch(doc: Document, order: list[int] | None = None) -> None:
    """A table that ends one page and one that starts the next, with as many columns, are one
    table broken by the page: join them, dropping the header rows the continuation repeats. order:
    the pages in the order they are read where it is not the file's (extract.page_order)."""
    blocks = doc.blocks
    rank = {p: k for k, p in enumerate(order)} if order else None
    k = 0
    while k + 1 < len(blocks):
        a, b = blocks[k], blocks[k + 1]
        tail = None
        # (the page a's rows last reached: a table joined to the next page's first table goes on
        # only onto the page after that, not into that page's other tables; 462's scan, cards of
        # label | value three to a line, took every card of page 2 into page 1's last)
        if isinstance(a, Table) and isinstance(b, Table) and a.loc.page is not None \
                and _next_page(b.loc.page, _last_page(a, rank), rank) and not _apart(a, b, rank) \
                and (a.n_cols == b.n_cols or _widened(a, b) or (tail := _narrowed(a, b)) is not None):
            _join(a, b)
            if tail:
                blocks[k + 1] = tail   # the box below, on columns of its own
            else:
                del blocks[k + 1]
            continue
        k += 1
    doc.renumber()


def _last_page(t: Table, rank: dict[int, int] | None = None) -> int:
    pages = [c.loc.page for c in t.cells if c.loc.page is not None] + [t.loc.page]
    return max(pages, key=(lambda p: rank.get(p, p)) if rank else None)


def _next_page(page: int | None, last: int, rank: dict[int, int] | None) -> bool:
    """page is read right after last (the file's next page, or the next in the reading order)."""
    if rank is None or page not in rank or last not in rank:
        return page == last + 1
    return rank[page] == rank[last] + 1


def _across(t: Table, page: int) -> tuple[float, float] | None:
    """The left and right of a table's cells on a page (None where its cells have no boxes)."""
    boxes = [c.loc.bbox for c in t.cells if c.loc.bbox and c.loc.page == page]
    return (min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None


def _apart(a: Table, b: Table, rank: dict[int, int] | None = None) -> bool:
    """The next page's table stands clear of where the first ended, left or right of it: a table
    of its own beside that place (tables side by side), not the first one going on, which a page
    break never moves off itself."""
    ends, starts = _across(a, _last_page(a, rank)), _across(b, b.loc.page)
    return ends is not None and starts is not None and (ends[1] <= starts[0] or starts[1] <= ends[0])


def _narrowed(a: Table, b: Table) -> Table | None | bool:
    """Two ruled tables, the next page's with more column edges, where its first rows sit on the
    first's edges alone and only the rows below them use the others: the table goes on in those
    rows, and a box ruled on its own columns follows it (a sign-off box under the total; 404's
    scan: the strokes of a signature there are rules too). The first rows are put on the first's
    columns; returns the rows below as a table of their own (False where there are none), or None
    where the next page's table is not so made."""
    sa, sb, tol = a.layout.xs, b.layout.xs, a.layout.snap
    if not sa or not sb or tol is None or len(sb) <= len(sa) or a.layout.starts is not None:
        return None
    to: dict[int, int] = {}      # b's edge -> a's edge, where b has one of a's
    for j, x in enumerate(sb):
        k = [i for i, y in enumerate(sa) if abs(x - y) <= tol]
        if len(k) > 1:
            return None
        if k:
            to[j] = k[0]
    if sorted(to.values()) != list(range(len(sa))) or list(to.values()) != sorted(to.values()):
        return None
    # the first row that has a cell off a's edges; no cell may span from above it into it
    head = next((r for r in range(b.n_rows) if any(
        c.row == r and (c.col not in to or c.col + c.colspan not in to) for c in b.cells)), b.n_rows)
    if head == 0 or any(c.row < head < c.row + c.rowspan for c in b.cells):
        return None
    below = [c for c in b.cells if c.row >= head]
    b.cells = [c for c in b.cells if c.row < head]
    wraps, rooms = b.layout.wraps, b.layout.rooms
    b.layout.wraps = {(r, c): w for (r, c), w in wraps.items() if r < head and c in to}
    b.layout.rooms = {(r, c): w for (r, c), w in rooms.items() if r < head and c in to}
    free, b.layout.free = b.layout.free, {(r, c) for r, c in b.layout.free if r < head and c in to}
    n_rows, b.n_rows = b.n_rows, head
    _respread(b, to, lambda c: to[c.col + c.colspan], len(sa) - 1)
    b.layout.xs = sa
    if not below:
        return False
    for c in below:
        c.row -= head
        c.loc = Location(c.loc.file, block=c.loc.block, page=c.loc.page, table=c.loc.table, row=c.row, col=c.col,
                         bbox=c.loc.bbox)
    return Table(index=b.index, n_rows=n_rows - head,
                 n_cols=len(sb) - 1, cells=below, loc=Location(b.loc.file, block=b.loc.block, page=b.loc.page,
                                                               table=b.loc.table, bbox=b.loc.bbox),
                 layout=PageLayout(wraps={(r - head, c): w for (r, c), w in wraps.items() if r >= head},
                                   rooms={(r - head, c): w for (r, c), w in rooms.items() if r >= head},
                                   free={(r - head, c) for r, c in free if r >= head},
                                   xs=sb, snap=b.layout.snap))


def _widened(a: Table, b: Table) -> bool:
    """Two tables, the next page's with fewer columns, each of its column edges one of the first's:
    the continuation is given the first's columns, and True. Aligned tables: a column the
    continuation leaves empty has no text to show its edge there. Ruled ones: rows that start a
    column in (Word's w:gridBefore) leave the first's leftmost column out of a page that has only
    such rows, a column of the first may lie inside one of the continuation's."""
    sa, sb, tol = a.layout.starts, b.layout.starts, a.layout.align
    ruled = not (sa and sb and tol is not None)
    if ruled:      # its grid's edges, left and right of every column
        sa, sb, tol = a.layout.xs, b.layout.xs, a.layout.snap
    if not sa or not sb or tol is None or len(sb) >= len(sa):
        return False
    to = []
    for x in sb:
        k = [j for j, y in enumerate(sa) if abs(x - y) <= tol]
        if len(k) != 1 or to and k[0] <= to[-1]:
            return False
        to.append(k[0])
    _respread(b, to, (lambda c: to[c.col + c.colspan]) if ruled else (lambda c: to[c.col + c.colspan - 1] + 1),
              len(sa) - 1 if ruled else len(sa))
    if ruled:
        b.layout.xs = sa
    else:
        b.layout.starts = sa
    return True


def _respread(t: Table, to: list[int], end, n_cols: int) -> None:
    """The table's cells put on another table's columns: column k is column to[k] there, a cell
    ends before column end(cell) (taken before it moves); columns no cell covers get empty cells."""
    for c in t.cells:
        stop = end(c)
        c.col, c.colspan = to[c.col], stop - to[c.col]
        c.loc = Location(c.loc.file, block=c.loc.block, page=c.loc.page, table=c.loc.table, row=c.row, col=c.col,
                         bbox=c.loc.bbox)
    t.n_cols = n_cols
    t.__dict__.pop("_index", None)
    taken = {(r, k) for c in t.cells for r in range(c.row, c.row + c.rowspan) for k in range(c.col, c.col + c.colspan)}
    t.cells += [Cell(text="", row=r, col=k, loc=Location(t.loc.file, block=t.loc.block, page=t.loc.page,
                                                          table=t.loc.table, row=r, col=k))
                for r in range(t.n_rows) for k in range(t.n_cols) if (r, k) not in taken]
    t.cells.sort(key=lambda c: (c.row, c.col))
    t.layout.wraps = {(r, to[c]): w for (r, c), w in t.layout.wraps.items()}
    t.layout.rooms = {(r, to[c]): w for (r, c), w in t.layout.rooms.items()}
    t.layout.free = {(r, to[c]) for r, c in t.layout.free}


def join_across(doc: Document, scanned: set[int], scale: float) -> None:
    """A table a page break cut between a page read from the text layer and one read by OCR (a
    scanned page, or one whose text layer is glyph codes, among printed ones): the part that starts
    the next page goes on the one that ended the page before, as stitch joins two scanned pages'
    parts. They are one table where each column of the part with fewer columns starts where one of
    the other's does (OCR leaves out a column that is empty on its page); the continuation takes the
    first part's columns. scanned: ids of the OCR's blocks; scale: points to one unit of the OCR's."""
    blocks = doc.blocks
    k = 0
    while k + 1 < len(blocks):
        a, b = blocks[k], blocks[k + 1]
        if isinstance(a, Table) and isinstance(b, Table) and a.loc.page is not None and b.loc.page == a.loc.page + 1 \
                and (id(a) in scanned) != (id(b) in scanned) and _on_columns(a, b, scanned, scale):
            _join(a, b, rest=_rest_of_row(a, b))
            del blocks[k + 1]
            continue
        k += 1


def _column_starts(t: Table, scanned: set[int], scale: float) -> list[float] | None:
    """Where each column starts, in points: the text layer's cells' boxes on the part's own page, the
    OCR's column edges (a ruled grid's) or text starts (a table without rules)."""
    if id(t) in scanned:
        xs = t.layout.starts or (t.layout.xs or [])[:-1]
        return [x / scale for x in xs] if len(xs) == t.n_cols else None
    lefts = {}
    for c in t.cells:
        if c.colspan == 1 and c.loc.bbox and c.loc.page == t.loc.page:
            lefts[c.col] = min(lefts.get(c.col, c.loc.bbox[0]), c.loc.bbox[0])
    return [lefts[k] for k in range(t.n_cols)] if len(lefts) == t.n_cols else None


def _on_columns(a: Table, b: Table, scanned: set[int], scale: float) -> bool:
    """Whether the part with fewer columns (or as many) has each start at one of the other's starts
    (within twice the OCR's tolerance for an edge, less than half a column); the fewer are then put
    on the more (their cells renumbered, empty ones added where the part had no column), and True."""
    sa, sb = _column_starts(a, scanned, scale), _column_starts(b, scanned, scale)
    if sa is None or sb is None:
        return a.n_cols == b.n_cols
    few, more, sf, sm = (b, a, sb, sa) if b.n_cols <= a.n_cols else (a, b, sa, sb)
    # a text start or a rule either side of a cell's padding: twice the OCR's own tolerance for
    # one column edge, and never half a column
    ocr = a if id(a) in scanned else b
    own = ocr.layout.align if ocr.layout.starts is not None else ocr.layout.snap
    tol = min([(y - x) / 2 for x, y in zip(sm, sm[1:])] + ([2 * own / scale] if own else []), default=0)
    to = []
    for x in sf:
        k = min(range(len(sm)), key=lambda j: abs(sm[j] - x))
        if abs(sm[k] - x) >= tol or to and k <= to[-1]:
            return False
        to.append(k)
    if few.n_cols == more.n_cols:
        return True
    # (a column the part has not was empty on its page: no cell of the part spans it)
    _respread(few, to, lambda c: to[c.col + c.colspan - 1] + 1, more.n_cols)
    few.layout.starts = few.layout.xs = None    # (edges in its own part's terms: no longer its columns')
    return True


def _rest_of_row(a: Table, b: Table) -> bool:
    """The text layer keeps no trace of where a cell's text ran on to the next line: a continuation
    whose first row fills only cells the last row fills, and leaves empty a cell under one of its
    figures, is that row's rest (a row of its own holds its figures): True, those cells marked as
    running on (an empty merged cell beside the rest then goes on below it, as beside a row a page
    break cut open)."""
    skip = _repeated_header(a.grid(), b.grid())
    last = a.n_rows - 1
    first = [c for c in b.cells if c.row == skip and c.text.strip()]
    hosts = [a.cell_at(last, c.col) for c in first]
    filled = [c for c in a.cells if c.row + c.rowspan - 1 == last and c.text.strip()]
    taken = {c.col for c in first}
    # a figure of the last row's own with none under it (a row of its own holds its figures)
    bare = any(c.row == last and c.col not in taken and any(ch.isdigit() for ch in c.text) for c in filled)
    if first and bare and len(first) < len(filled) and all(
            h is not None and h.text.strip() and (h.col, h.colspan) == (c.col, c.colspan)
            and h.row + h.rowspan - 1 == last for c, h in zip(first, hosts)):
        wraps = a.layout.wraps
        for h in hosts:
            wraps[(h.row, h.col)] = True
        return True
    return False


def _repeated_header(ga: list[list[str]], gb: list[list[str]]) -> int:
    """How many header rows the continuation repeats, whitespace aside (OCR spaces a letter-spaced
    header's characters on one page and not the other), as the PDF reader compares them. Where the
    rows read the same stop short, a longer run of rows read alike (_alike_cells: a bracket lost, a
    thin dash seen on one page only) is the header repeated as OCR read it twice, if it ends on a
    row read the same, more of its rows are read the same than only alike, and it carries figures
    that agree cell for cell in two cells or more (1784.scan: Word repeats the name, the fund block,
    the 年度总体目标 and the heads on page 2; 项目资金（万元） read 项目资金万元） on page 1). A
    different table's head (another project's name, its own budget) agrees in no figures."""
    def same(k: int) -> bool:
        return list(map(normalize_ws, gb[k])) == list(map(normalize_ws, ga[k]))
    n = min(len(ga), len(gb))
    skip = 0
    while skip < n and same(skip):
        skip += 1
    k = skip
    while k < n and len(ga[k]) == len(gb[k]) and all(map(_alike_cells, ga[k], gb[k])):
        k += 1
    while k > skip and not same(k - 1):
        k -= 1
    exact = sum(same(i) for i in range(k))
    figures = sum(any(ch.isdigit() for ch in x) and normalize_ws(x) == normalize_ws(y)
                  for i in range(k) for x, y in zip(ga[i], gb[i]))
    return k if k > skip and exact > k - exact and figures >= 2 else skip


_LONE_DASH = {"", "一", "—", "-", "－", "–", "_"}


def _alike_cells(x: str, y: str) -> bool:
    """Two readings of one header cell: the same text, a lone dash and nothing (a thin dash OCR sees on one
    page only), or words four characters or longer nearly the same (a ratio of 0.85) with the same digits."""
    x, y = normalize_ws(x).replace(" ", ""), normalize_ws(y).replace(" ", "")
    if x == y or {x, y} <= _LONE_DASH:
        return True
    digits = [ch for ch in x if ch.isdigit()] == [ch for ch in y if ch.isdigit()]
    return digits and min(len(x), len(y)) >= 4 and SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.85


def _join(a: Table, b: Table, rest: bool = False) -> None:
    """b's rows after a's (less the header rows it repeats); rest: b's first row is known to be the
    rest of a's last (join_across)."""
    ga, gb = a.grid(), b.grid()
    skip = _repeated_header(ga, gb)
    # A row split by the page: the continuation's first row holds text only under cells of the
    # last row whose text ran to their right edge; that text is the rest of theirs. A row whose
    # parts the break cut open (no rule under the one, none over the other) goes on whatever its
    # text: a cell's text that did not run on starts a new line.
    last, wraps = a.n_rows - 1, a.layout.wraps
    cut = rest or skip == 0 and a.layout.cut[1] and b.layout.cut[0]
    first = [c for c in b.cells if c.row == skip and c.text.strip()]
    hosts = [a.cell_at(last, c.col) for c in first]
    # A figure cell's next figure is its next line (figures one a line: 190's ≥90%⏎≥85% beside a
    # wrapped name): it goes on with a row whose text runs on, though it never reaches its edge
    # (the PDF reader's wider room after a figure takes such cells as running on). Ruled tables
    # only: an aligned table's "edge" is where its column's widest text ends, which any row's
    # widest cell reaches, so there it is no evidence that a row runs on.
    ruled = a.layout.starts is None
    stacked = [ruled and h is not None and two_figures(h.text, c.text, False) for c, h in zip(first, hosts)]
    # In a row some cell of which runs on, a cell whose first run of words had no room on its host's
    # last line went on too (229's 2.36万 | 元/艘: 元/ did not fit; a figure's own width says nothing),
    # and a figure's next character with no room is its next digit (9.4 | 4), as the PDF reader reads them
    rooms_a, rooms_b = a.layout.rooms, b.layout.rooms

    def no_room(c: Cell, h: Cell | None, what: int) -> bool:
        room, lead = h is not None and rooms_a.get((h.row, h.col)), rooms_b.get((c.row, c.col))
        return bool(room and lead) and room[0] < lead[what] + lead[1] / 10
    # (not where the continuation carries figures of its own, one stacked under each of the host's:
    # it is then a line of its own, and a text at that line whose host ended short of its edge is
    # that line's, not a word the host had no room for: 754's scan, 社会效益指标 ending with room for
    # about one character, the next page's first row 生态效益指标 | 果园化肥使用量减少率 | ≥5% | 6.1% | 6
    # under ≥1200户 | 1265户 | 6; 229's 元/艘 under 2.36万 is a figure's rest, no figure of its own)
    own = any(stacked) and all(s for h, s in zip(hosts, stacked) if h is not None and is_figure(h.text.rsplit("\n", 1)[-1]))
    roomless = [ruled and not own and no_room(c, h, 2) and not c.text.lstrip()[:1].isdigit()
                for c, h in zip(first, hosts)]
    # (an empty merged cell beside a cut row's rest goes on below it: 176's 年度绩效指标 column; a
    # merged cell holding the rest of its host's text goes on down the rows after, as its host does:
    # a level's cell over the split row and the next ones, 效益 | 指标)
    # (a cell of the row that ran to its edge, and not as a figure's next line, shows the row runs on;
    # so does a break that cut the row open: an empty merged cell beside the rest then goes on below
    # it, the level's cell of 283's scan, whose 带动林农户 | 数 the page cut between ruled parts)
    # (a ruled cell with room for a line under its text went on nowhere: a line breaker fills a cell
    # before it goes over the page: 428's scan, 带动大豆种植户 one line in a row two lines high, the
    # next page's first row its own, though the name reached its cell's edge)
    runs_on = cut or any(wraps.get((h.row, h.col)) and not s for h, s in zip(hosts, stacked) if h is not None)
    split = skip < b.n_rows and bool(first) and all(
        c.rowspan == 1 or c.text.strip() or runs_on for c in b.cells if c.row == skip) and all(
        h is not None and h.row + h.rowspan - 1 == last and h.col == c.col and h.colspan == c.colspan
        and h.text.strip() and (cut or (h.row, h.col) not in a.layout.free and (wraps.get((h.row, h.col)) or s or n))
        for c, h, s, n in zip(first, hosts, stacked, roomless)) \
        and runs_on
    if split:
        for c, h, s in zip(first, hosts, stacked):
            latin = h.text[-1:].isascii() and h.text[-1:].isalpha() and c.text[:1].isascii() and c.text[:1].isalpha()
            full = wraps.get((h.row, h.col)) or ruled and no_room(c, h, 1)
            h.text += ("\n" if two_figures(h.text, c.text, bool(full)) else " " if latin
                       else "" if full or not cut else "\n") + c.text
            if c.confidence is not None:
                h.confidence = min(c.confidence, h.confidence if h.confidence is not None else 1.0)
            h.rowspan += c.rowspan - 1
        taken = {id(c) for c in first}
        b.cells = [c for c in b.cells if c.rowspan == 1 or id(c) not in taken]
        for c in b.cells:
            if c.row == skip and c.rowspan > 1:
                c.row, c.rowspan = c.row + 1, c.rowspan - 1
        skip += 1
    for c in b.cells:
        if c.row < skip:
            continue
        c.row += a.n_rows - skip
        c.loc = Location(c.loc.file, block=c.loc.block, page=c.loc.page, table=c.loc.table, row=c.row, col=c.col,
                         bbox=c.loc.bbox)
        a.cells.append(c)
    a.n_rows += b.n_rows - skip
    a.__dict__.pop("_index", None)
    a.layout.wraps = {(r + a.n_rows - b.n_rows, c): w for (r, c), w in b.layout.wraps.items()}
    a.layout.rooms = {(r + a.n_rows - b.n_rows, c): w for (r, c), w in rooms_b.items()}
    a.layout.free = {(r + a.n_rows - b.n_rows, c) for r, c in b.layout.free}
    if not split:
        merged_over_break(a, last, a.layout.wraps)
        merged_on_over_break(a, last)


