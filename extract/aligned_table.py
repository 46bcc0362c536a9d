"""Tables without ruling lines: a page's positioned text runs → row and column grid.

A borderless table (or a 三线表 with horizontal rules only) leaves no cell rectangles; its
structure is in how its text lines up. A line's cells are its runs (text separated by a gap wider
than a character); a column is a left edge that runs on several lines share. Only strong
evidence makes a table: at least MIN_CORE lines of three or more runs each, in a chain of
consecutive lines whose runs start at three or more shared column edges. A page of prose (one
run a line) or a line of label: value pairs stays text.

Rows: a table cell's text is top-aligned, so a row starts on a line holding the first lines of its
cells. A line that fills again the columns the row's first line filled is the next row; a line
whose runs each sit under a cell at the distance of lines inside one cell goes on those cells
(wrapped text); one or two runs a paragraph's distance under the row's cells are their next
paragraph. The distance of lines inside a cell is measured, not assumed: the least distance
between consecutive lines of one column, when rows stand further apart than that (and less than
twice); where every distance is a multiple of the least, every line is a row. A line with its own
label and a whole figure under the row's in two columns or more is a row however few columns it
fills (其中：财政拨款 under 年度资金总额): a wrapped cell's next line holds no figure of its own. A run that goes on
a cell of an earlier row (a header cell beside a two-row header) joins that cell, which then
spans the rows. A page that starts with lines at the edges of the aligned table the previous
page ended with goes on with it, however few they are (the rest of a table split by the page).
A table broken off by a line at its edges whose other cells do not line up, going on below it at
the same edges (columns padded by eye, cells centred in frames), is no evidence of aligned columns:
for a PDF's text (keep_broken=False) its lines are left to the text readers.

Lines typed with tab stops below a typed header (a word processor's tabs, not a table) put each
field at a stop, but a field longer than its stop runs on over the next column's start (the tab
after it goes one stop further) and a field set off by spaces sits inside a column (each later
tab reaches one stop less far). Where the reader gives each item's position and text, such a run
is cut at a stop a character starts at with white before it, and a line is read as typed fields
where only that puts every field in a column of its kind (figure or text, from the plain lines).

Readers give lines of Run objects in their own units (PDF points, scan pixels) and get Found
tables back, whose cells hold the runs; each reader makes its own table blocks from them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .tab_lines import heading_line

MIN_CORE = 3     # lines of three or more runs a table needs
MIN_COLS = 3     # column edges those lines must share
GAP = 0.8        # a gap wider than this many characters separates two runs (cells)


@dataclass
class Run:
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    items: list = field(default_factory=list)   # the reader's characters


@dataclass
class FoundCell:
    row: int
    col: int
    colspan: int
    lines: list[list[Run]]      # the cell's text lines, top to bottom (a line may hold one run)
    rowspan: int = 1


@dataclass
class Found:
    first: int                  # index of its first and last line in the lines given
    last: int
    starts: list[float]         # each column's left text edge
    rights: list[float]         # each column's right text edge
    cells: list[FoundCell]
    n_rows: int
    row_tops: list[float]
    typed: bool = False         # lines typed with tab stops were re-read (_typed): no cell wraps

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        runs = [r for c in self.cells for ln in c.lines for r in ln]
        return (min(r.x0 for r in runs), min(r.top for r in runs), max(r.x1 for r in runs), max(r.bottom for r in runs))


def split_runs(items: list, box, gap: float = GAP) -> list[list]:
    """Items of one line (left to right) in runs: a gap wider than `gap` characters ends a run.
    box(item) -> (x0, x1, size)."""
    runs: list[list] = []
    prev = None
    for it in items:
        x0, x1, size = box(it)
        if prev is None or x0 - prev > gap * size:
            runs.append([it])
        else:
            runs[-1].append(it)
        prev = x1 if prev is None else max(prev, x1)
    return runs


def find_tables(lines: list[list[Run]], tol: float, carried: list[float] | None = None, box=None,
                glyph=None, lone_rest: bool = False, keep_broken: bool = True, headings: bool = False) -> list[Found]:
    """The aligned tables among the lines (top to bottom, each line's runs left to right).
    tol: how far apart two left edges may be and still be one column (the reader's units).
    carried: the column edges of an aligned table the previous page ended with; lines at the top
    of this page whose runs start at those edges go on it, however few they are.
    box(item) -> (x0, x1, white before it): given, a run is cut before an item the reader saw
    white before where another line shows a column edge (OCR's one box over two cells).
    glyph(item) -> (x0, x1, text): where and what each item is, for reading lines typed with
    tab stops (see _typed); without it (and without box: a scan's items carry .text) they are not.
    lone_rest: a carried table's rest may be one line (a typed 总分 line), for a reader that keeps
    it from being taken for the rest of the last row split by the page (a typed field never wraps:
    Found.typed).
    keep_broken=False: tables broken off by lines that do not line up and going on below them are
    no tables (_uninterrupted), for a reader whose lines the text readers read well by their gaps
    (a PDF's text; a scan's OCR lines lose and gain gaps too often to be left to them).
    headings: a line of one run outdented over the names' column is a level heading, a row of the
    table (_heading_over, _page_heading), for a reader whose runs are as typed (a PDF's text; OCR's
    runs, a leader's dots read as text among them, are not evidence enough)."""
    if box is not None:
        lines = _cut(lines, tol, box)
        if glyph is None:
            glyph = lambda it: (*box(it)[:2], it.text)   # noqa: E731 - a scan's Char
    out = []
    breaks: list[int] = []
    for first, last, edges in _chains(lines, tol, carried, breaks, glyph if headings else None, headings):
        found = _grid(lines, first, last, tol, edges, glyph, lone_rest, headings)
        if found is not None:
            out.append(found)
    return out if keep_broken else _uninterrupted(out, breaks, tol)


def _uninterrupted(found: list[Found], breaks: list[int], tol: float) -> list[Found]:
    """The tables but those broken off by lines at their column edges whose other cells do not line
    up, that go on below them at the same edges (columns padded by eye with spaces, whose cells drift
    where a long one pushes the rest; cells centred in frames, a wide one reaching past its column's
    start). The alignment holds only between such lines: the rows it would read are the pieces left
    between them, the lines breaking them left out of every table. Such a table is no table of
    aligned columns; its lines are left to the text readers, which read each line by its gaps."""
    dropped = set()
    for a, b in zip(found, found[1:]):
        # going on at the same edges: most of the lower piece's columns start at the upper's
        if any(a.last < i <= b.first for i in breaks) and \
                2 * sum(1 for s in b.starts if _matches(s, a.starts, tol)) > len(b.starts) >= MIN_COLS:
            dropped |= {id(a), id(b)}
    return [f for f in found if id(f) not in dropped]


def _cut(lines: list[list[Run]], tol: float, box) -> list[list[Run]]:
    """Runs cut before each item with white before it (box(item)[2]) that starts where another
    line has a run or such an item start: a column edge the run crosses, not a space in a cell."""
    marks = [(box(it)[0] if k else r.x0, i) for i, ln in enumerate(lines) for r in ln
             for k, it in enumerate(r.items) if k == 0 or box(it)[2]]
    out = []
    for i, ln in enumerate(lines):
        runs = []
        for r in ln:
            pieces = [[r.items[0]]] if r.items else []
            for it in r.items[1:]:
                x0, _, white = box(it)
                if white and any(j != i and abs(x0 - x) <= tol for x, j in marks):
                    pieces.append([it])
                else:
                    pieces[-1].append(it)
            if len(pieces) <= 1:
                runs.append(r)
                continue
            runs += [Run(box(p[0])[0], max(box(it)[1] for it in p), r.top, r.bottom, r.size, p) for p in pieces]
        out.append(runs)
    return out


def _matches(x: float, starts: list[float], tol: float) -> bool:
    return any(abs(x - s) <= tol for s in starts)


def _crosses(run: Run, starts: list[float], tol: float) -> bool:
    """The run runs over a column edge: prose or a title across the table, not one cell."""
    return any(run.x0 + tol < s < run.x1 - tol for s in starts)


def _over(run: Run, lines: list[list[Run]], core: list[int], edges: list[float], tol: float) -> bool:
    """The run runs over an edge of the chain's columns, but for one that only figures set flush
    right with it start at (100 under 10 and 8: the runs starting there all end where it ends)."""
    for s in edges:
        if run.x0 + tol < s < run.x1 - tol:
            ends = [r.x1 for i in core for r in lines[i] if abs(r.x0 - s) <= tol]
            if not ends or any(abs(e - run.x1) > tol for e in ends):
                return True
    return False


def _chains(lines: list[list[Run]], tol: float, carried: list[float] | None,
            breaks: list[int], glyph=None, headings: bool = False) -> list[tuple[int, int, list | None]]:
    """(first, last, column edges or None) of each run of lines that lines up: core lines (three
    runs or more) sharing column edges, with the lines between them when those stay inside the
    columns. At the top of a page, lines at the edges of the table the last page ended with.
    breaks gets each line that broke a chain: two runs or more at its edges, another over one."""
    chains = []
    cur: list[int] = []          # core lines of the chain being built
    end = -1                     # last line taken into the chain
    lead = None                  # a level heading over the carried table's rows at the page's top

    def close():
        nonlocal lead
        if not cur:
            return
        first = lead if lead is not None and cur[0] == lead + 1 else cur[0]
        lead = None
        if len(cur) >= MIN_CORE and len(_columns(lines, cur, tol)) >= MIN_COLS:
            chains.append((first, cur[-1], None))
        elif carried and not chains and first <= 2 and \
                all(_matches(r.x0, carried, tol) for i in cur for r in lines[i]):
            chains.append((first, cur[-1], carried))

    for i, runs in enumerate(lines):
        size = max(r.size for r in runs)
        near = cur and runs[0].top - lines[end][0].top <= 4 * size
        edges = _edges(lines, cur, tol) if near else []
        if len(runs) >= 3:
            # Two runs at the chain's edges make the line one of its rows; the others may start
            # inside a column (a wrapped name's hanging indent) but not run over an edge.
            hits = [r for r in runs if _matches(r.x0, edges, tol)]
            if near and len(hits) >= 2 and not any(_over(r, lines, cur, edges, tol) for r in runs if r not in hits):
                cur.append(i)
            else:
                if near and len(hits) >= 2:
                    breaks.append(i)
                close()
                cur = [i]
            end = i
        elif near and (not any(_over(r, lines, cur, edges, tol) for r in runs) or _section_line(runs, edges, tol)
                       or headings and _heading_over(runs, _edges(lines, cur[1:], tol), edges, tol)
                       or headings and _heading_across(runs, edges, tol, glyph)):
            end = i
        else:
            close()
            cur, end = [], -1
            if carried and glyph is not None and not chains and i <= 1 and _page_heading(runs, carried, tol, glyph):
                lead = i
    close()
    return chains


def _page_heading(runs: list[Run], carried: list[float], tol: float, glyph) -> bool:
    """A page's first line a level heading over the rows of the table the last page ended with
    (（三）生态效益指标 printed out to the left of the names, running over their column's start): one run
    of a heading's shape (tab_lines.heading_line: short, no figure, no label mark) over a carried column
    start, ending before the last. It heads those rows, as the same heading does a page before."""
    if len(runs) != 1:
        return False
    r = runs[0]
    return any(r.x0 + tol < s < r.x1 - tol for s in carried[:-1]) and r.x1 <= carried[-1] + tol and \
        heading_line(_text(r, glyph).strip())


def _section_line(runs: list[Run], starts: list[float], tol: float) -> bool:
    """One run starting left of the first column and ending before the last: a section line (a level
    heading printed out to the left, 效益指标 over its rows, however many of the label columns its
    words run over: （二）质量指标 over a number column and the name's), not a wrapped cell, whose text
    starts at or inside its column, nor prose, which runs across the table."""
    return len(runs) == 1 and len(starts) >= 3 and runs[0].x0 < starts[0] - tol and runs[0].x1 <= starts[-1] + tol


def _heading_across(runs: list[Run], starts: list[float], tol: float, glyph) -> bool:
    """One run starting at the first column and running over the next column's start, ending before the
    last, of a heading's shape (tab_lines.heading_line: short, no figure, no label mark): a level heading
    printed flush with the rows' first cells (产出指标——数量指标 over lines typed at tab stops, 1500.pdf;
    产出指标 · 数量指标, 1463.pdf), not a wrapped cell, which stays inside its column, nor prose, which
    runs across the table or holds a mark."""
    if len(runs) != 1 or len(starts) < 3 or glyph is None:
        return False
    r = runs[0]
    return abs(r.x0 - starts[0]) <= tol and r.x0 + tol < starts[1] < r.x1 - tol and r.x1 <= starts[-1] + tol \
        and heading_line(_text(r, glyph).strip())


def _heading_over(runs: list[Run], body: list[float], starts: list[float], tol: float) -> bool:
    """One run starting left of the first column the rows below the table's first line fill and
    running over its start, ending before the last column: a level heading printed out to the
    left of the names in a column only the header's first cell stands in (绩效指标 over 一、产出指标 /
    （一）数量指标 / the names indented further, 1120.pdf), not that header cell's next line, which
    would end before the names' column, nor a wrapped cell, which stays inside its column."""
    if len(runs) != 1 or not body or len(starts) < 3:
        return False
    r = runs[0]
    return r.x0 + tol < body[0] < r.x1 - tol and r.x1 <= starts[-1] + tol


def _edges(lines: list[list[Run]], core: list[int], tol: float) -> list[float]:
    """Left edges the core lines' runs start at, clustered."""
    out: list[float] = []
    for x in sorted(r.x0 for i in core for r in lines[i]):
        if not out or x - out[-1] > tol:
            out.append(x)
    return out


def _columns(lines: list[list[Run]], core: list[int], tol: float) -> list[float]:
    """The column edges: left edges that two or more core lines share and that runs seldom run
    over (a wrapped name's indented second line starts at an edge the first lines run over)."""
    out = []
    for s in _edges(lines, core, tol):
        starting = sum(1 for i in core if any(abs(r.x0 - s) <= tol for r in lines[i]))
        over = sum(1 for i in core for r in lines[i] if r.x0 + tol < s < r.x1 - tol)
        if starting >= 2 and over < starting:
            out.append(s)
    return out


def _grid(lines: list[list[Run]], first: int, last: int, tol: float, edges: list | None,
          glyph=None, lone_rest: bool = False, headings: bool = False) -> Found | None:
    core = [i for i in range(first, last + 1) if len(lines[i]) >= 3]
    starts = _columns(lines, core, tol) if edges is None else \
        [s for s in edges if any(abs(r.x0 - s) <= tol for i in range(first, last + 1) for r in lines[i])]
    if len(starts) < MIN_COLS:
        return None

    def at(run: Run) -> tuple[int, int]:
        c = max([k for k, s in enumerate(starts) if s <= run.x0 + tol] or [0])
        span = 1 + sum(1 for s in starts[c + 1:] if s < run.x1 - tol)
        return c, span

    starts = sorted(starts + _lone_edges(lines, core, starts, at, tol))
    starts = _aligned_apart(lines, first, last, starts, tol, glyph, at)
    if edges is None and _set_solid(lines[first], starts, tol, glyph, at):
        return None
    placed_at: dict[int, tuple[int, int]] = {}
    typed = False
    if glyph is not None:
        before = lines[first:last + 1]
        lines = _typed(lines, first, last, starts, tol, glyph, at, placed_at)
        typed = bool(placed_at) or lines[first:last + 1] != before

    def col_of(run: Run) -> tuple[int, int]:
        return placed_at.get(id(run)) or at(run)

    rights = [0.0] * len(starts)      # each column's right text edge: where its widest text ends
    for i in range(first, last + 1):
        for r in lines[i]:
            c, span = col_of(r)
            if span == 1 and not _crosses(r, starts, tol):
                rights[c] = max(rights[c], r.x1)
    rights = [rights[k] or (starts[k + 1] - tol if k + 1 < len(starts) else max(r.x1 for i in core for r in lines[i]))
              for k in range(len(starts))]
    tight, wrapped = _line_pitch(lines, first, last, col_of)
    last += _tail(lines, last, col_of, tight)

    cells: list[FoundCell] = []
    row_tops: list[float] = []
    last_in: dict[int, FoundCell] = {}      # column -> the cell whose text is lowest in it
    shape: set[int] = set()                 # the columns the current row's first line fills
    for i in range(first, last + 1):
        # Runs of one line in one column are one cell's text (words set apart by spaces).
        runs_in: dict[int, list[Run]] = {}
        for r in lines[i]:
            runs_in.setdefault(col_of(r)[0], []).append(r)
        placed = [(rs[0], c, max(col_of(r)[1] for r in rs), rs) for c, rs in runs_in.items()]
        hosts = [_goes_on(last_in.get(c), r, tight) for r, c, _, _ in placed]
        cols = {k for _, c, span, _ in placed for k in range(c, c + span)}   # a run over two columns fills both
        row = len(row_tops) - 1
        # A line filling every column the row's first line filled is the next row (rows of one
        # line each), as is one of three or more runs filling more than three quarters of those
        # from its first column on (the row above opened a group in a column to the left, or this
        # row leaves a cell empty); otherwise the line goes on the cells above when each run is
        # their next line (wrapped cells go on in a few columns, seldom in more than half).
        since = {c for c in shape if c >= min(cols)}
        repeats = len(cols) >= 2 and cols >= shape or len(cols) >= 3 and 4 * len(cols & since) > 3 * len(since)
        # A line with its own label and its own figures under the row's is a row however few
        # columns it fills (其中：财政拨款 under 年度资金总额, its 分值 / 得分 left empty).
        # Whole figures in two columns or more under the row's text (分值 / 8, 得分 / 8) are no wrapped
        # text either: the first row under a head is not glued to it however its columns drift.
        repeats = repeats or row >= 0 and _figures_under_text(placed, last_in, row, glyph)
        # A line whose only text starts left of the first column (a level heading) opens a section: a row.
        repeats = repeats or row >= 0 and (_section_line(lines[i], starts, tol)
                                           or headings and _heading_over(lines[i], _edges(lines, core[1:], tol),
                                                                         starts, tol)
                                           or headings and _heading_across(lines[i], starts, tol, glyph))
        label = None if row < 0 or repeats else _own_row(placed, last_in, row, glyph)
        if row >= 0 and not repeats and label is None and \
                (all(hosts) or wrapped and _few_under(placed, last_in, row, tight)):
            for (_, c, _, rs), host in zip(placed, hosts):
                host = host or last_in[c]
                host.lines.append(rs)
                host.rowspan = max(host.rowspan, row - host.row + 1)
            continue
        row_tops.append(lines[i][0].top)
        row += 1
        shape = cols
        for (_, c, span, rs), host in zip(placed, hosts):
            if label is not None and c < label and host is not None:
                # left of the row's label, the next line of a cell beside the rows (项目资金 / （万元）)
                host.lines.append(rs)
                host.rowspan = max(host.rowspan, row - host.row + 1)
                continue
            cell = FoundCell(row=row, col=c, colspan=span, lines=[rs])
            cells.append(cell)
            for k in range(c, c + span):
                last_in[k] = cell
    if len(row_tops) < (1 if lone_rest and edges is not None else 2):
        return None
    return Found(first=first, last=last, starts=starts, rights=rights, cells=cells, n_rows=len(row_tops),
                 row_tops=row_tops, typed=typed)


def _aligned_apart(lines, first: int, last: int, starts: list[float], tol: float, glyph, at) -> list[float]:
    """The column edges with those that only a right-, decimal- or centre-aligned column's cells
    start at taken back into it. Figures of differing widths set flush right (or on a decimal tab,
    or centred) start at as many edges as they have widths (10 and 8 under 分值, 9.00 and 98.80
    under 得分), but the cells of one column end (or centre) together and no line holds two of
    them: a column is a stretch no white gap cuts. An edge is kept when a line has runs both at it
    and in the column left of it, or when a run starting at it ends (and centres) where none of
    that column's runs does."""
    def ends(r: Run) -> tuple[float, float, float]:    # right edge, decimal point, centre
        point = r.x1
        if glyph is not None:
            chars = [glyph(it) for it in r.items if glyph(it)[2].strip()]
            text = "".join(t for _, _, t in chars)
            if _FIGURE.fullmatch(text) and "." in text:
                point = chars[text.index(".") - 1][1]     # where the whole part ends
        return r.x1, point, (r.x0 + r.x1) / 2

    def meets(a: Run, b: Run) -> bool:
        (r1, p1, c1), (r2, p2, c2) = ends(a), ends(b)
        return abs(r1 - r2) <= tol or abs(p1 - p2) <= tol or abs(p1 - r2) <= tol or abs(r1 - p2) <= tol \
            or abs(c1 - c2) <= tol

    by_line = [[(at(r)[0], r) for r in lines[i]] for i in range(first, last + 1)]
    keep = [0]
    for k in range(1, len(starts)):
        group = range(keep[-1], k)
        here = [r for ln in by_line for c, r in ln if c == k]
        left = [r for ln in by_line for c, r in ln if c in group]
        side_by_side = any(any(c == k for c, _ in ln) and any(c in group for c, _ in ln) for ln in by_line)
        if side_by_side or not here or not all(any(meets(r, o) for o in left) for r in here):
            keep.append(k)
    return [starts[k] for k in keep]


def _set_solid(line: list[Run], starts: list[float], tol: float, glyph, at) -> bool:
    """The table's first line holds cells set too close to part (a monospace print's cells one space
    apart: 满意度指标 服务对象满意度指标 游客满意度, one run): a run over a column start that one of its
    characters starts at, after white. Such a line opens no table: which of its parts are cells the
    alignment cannot tell (a wrapped name's hanging indent starts at a column too); its lines are
    left to the text readers, which read them by their spaces."""
    if glyph is None:
        return False
    for r in line:
        c, span = at(r)
        edges = starts[c + 1:c + span]
        ink = [glyph(it) for it in r.items if glyph(it)[2].strip()]
        if any(b[0] - a[1] >= 0.5 * r.size and _matches(b[0], edges, tol) for a, b in zip(ink, ink[1:])):
            return True
    return False


def _lone_edges(lines, core: list[int], starts: list[float], col_of, tol: float) -> list[float]:
    """Edges of columns only one line has text in (a header over columns its rows leave empty):
    a core line's run left of the first column, or starting right of where the text that starts
    at its column's edge ends, starts a column of its own."""
    ends = [0.0] * len(starts)
    for i in core:
        for r in lines[i]:
            c, span = col_of(r)
            if span == 1 and abs(r.x0 - starts[c]) <= tol:
                ends[c] = max(ends[c], r.x1)
    out: list[float] = []
    for i in core:
        for r in lines[i]:
            c, _ = col_of(r)
            if (r.x0 < starts[0] - tol or ends[c] and r.x0 > ends[c] + tol) and not _matches(r.x0, out, tol):
                out.append(r.x0)
    return out


def _goes_on(host: FoundCell | None, run: Run, tight: float) -> FoundCell | None:
    """The cell above the run in its column, when the run is that cell's next line: no further
    below its last line than lines inside one cell are."""
    if host is None or run.top - host.lines[-1][-1].top > tight:
        return None
    return host


def _few_under(placed: list, last_in: dict, row: int, tight: float) -> bool:
    """One or two runs, each under a cell of the current row at most a paragraph's distance below
    it: the next paragraph of those cells (a name of two paragraphs), not a row of its own."""
    if len(placed) > 2:
        return False
    for r, c, _, _ in placed:
        host = last_in.get(c)
        if host is None or host.row != row or r.top - host.lines[-1][-1].top > 1.6 * tight:
            return False
    return True


_FIGURE = re.compile(r"[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?")   # a whole figure: 860.00, 1,500, 97.00%


def _own_row(placed: list, last_in: dict, row: int, glyph) -> int | None:
    """The column of the line's own label when the line is a row of its own: a whole figure in two
    columns or more under a whole figure of the current row (a wrapped cell's next line holds no
    figure of its own where the line above has one), and, left of them, a text under the row's own
    text in that column (its label; the one nearest the figures). None: the line may be wrapped text."""
    if glyph is None:
        return None

    def above(c: int) -> FoundCell | None:     # the current row's cell starting in column c
        host = last_in.get(c)
        return host if host is not None and host.row == row and host.col == c else None

    figures = [c for _, c, span, rs in placed if span == 1 and _FIGURE.fullmatch(_line_text(rs, glyph))
               and (h := above(c)) is not None and _FIGURE.fullmatch(_line_text(h.lines[-1], glyph))]
    if len(figures) < 2:
        return None
    # the label nearest the figures: text further left goes on a cell beside the rows (项目资金)
    return max((c for _, c, _, rs in placed if c < min(figures) and _kind(_line_text(rs, glyph)) == "text"
                and (h := above(c)) is not None and _kind(_line_text(h.lines[0], glyph)) == "text"), default=None)


def _figures_under_text(placed: list, last_in: dict, row: int, glyph) -> bool:
    """Whether the line holds a whole figure in two columns or more, each under a cell of the current
    row whose last line is text (a head's 分值 / 得分): a cell's wrapped text does not go on from
    words to a bare figure in two cells at once."""
    if glyph is None:
        return False
    under = [c for _, c, span, rs in placed if span == 1 and _FIGURE.fullmatch(_line_text(rs, glyph))
             and (h := last_in.get(c)) is not None and h.row == row and _kind(_line_text(h.lines[-1], glyph)) == "text"]
    return len(under) >= 2


def _line_pitch(lines, first: int, last: int, col_of) -> tuple[float, bool]:
    """How far apart two lines of one cell may be, and whether any cell has several lines.

    The least distance between consecutive lines of one column is a cell's line distance; rows
    standing further apart than that but less than two lines (cell padding between rows) are told
    by it. Where every distance is about a multiple of the least, it is the distance of rows and
    lines alike."""
    seen: dict[int, Run] = {}
    gaps = []
    for i in range(first, last + 1):
        for r in lines[i]:
            c, span = col_of(r)
            if c in seen and span == 1 and r.top > seen[c].top:
                gaps.append(r.top - seen[c].top)
            seen[c] = r
    if not gaps:
        return 0.0, False
    least = min(gaps)
    if any(1.15 * least <= g < 1.9 * least for g in gaps):
        return 1.25 * least, True
    # Rows as close as lines (cells without top and bottom padding): the distance tells nothing,
    # whether a line starts a row is left to the columns it fills.
    return 1.1 * least, False


def _tail(lines, last: int, col_of, tight: float) -> int:
    """Lines after the last core line that only go on cells of the table's last lines (a cell's
    wrapped text, at the distance of lines inside a cell): how many belong to the table."""
    n = 0
    above = {col_of(r)[0]: r for r in lines[last]}
    for i in range(last + 1, len(lines)):
        for r in lines[i]:
            c, span = col_of(r)
            a = above.get(c)
            if a is None or span != 1 or r.top - a.top > tight:
                return n
        for r in lines[i]:
            above[col_of(r)[0]] = r
        n += 1
    return n


def _kind(text: str) -> str | None:
    """A cell text's kind: a figure (any digit), text (letters, no digit), or None (a dash)."""
    if any(ch.isdigit() for ch in text):
        return "figure"
    return "text" if any(ch.isalpha() for ch in text) else None


def _typed(lines: list[list[Run]], first: int, last: int, starts: list[float], tol: float, glyph, at,
           placed_at: dict) -> list[list[Run]]:
    """Lines typed with tab stops (a word processor's tabs, not a table): a field longer than its
    tab stop runs on over the next column's start, and a field set off by spaces instead of a tab
    sits inside a column. The lines with the runs of such a line cut, and placed_at holding the
    column of each run whose line was re-read.

    A run over a column start is cut where one of its characters starts at that start with white
    before it (the tab's stop), when both parts are of their columns' kind (figure or text, from
    the other lines). A line is re-read as typed fields (each run one field; a tab from where a
    run ends goes to the next start, so the next field's column is one on per start passed, and
    at least one) only where that puts every run in a column of its kind, the columns its runs
    start in do not, and it fills the columns every plain line fills (a run left whole that holds
    two fields would leave the last of them empty)."""
    # Each column's kind, and the columns every line fills, from the lines that read plainly: one
    # run a column, none over a start.
    kinds: dict[int, list[int]] = {}
    filled: list[set[int]] = []
    for i in range(first, last + 1):
        cols = [at(r) for r in lines[i]]
        if any(span > 1 for _, span in cols) or len({c for c, _ in cols}) < len(cols):
            continue
        filled.append({c for c, _ in cols})
        for r, (c, _) in zip(lines[i], cols):
            if k := _kind(_text(r, glyph)):
                kinds.setdefault(c, [0, 0])[k == "text"] += 1
    col_kind = {c: ("text" if t > f else "figure") for c, (f, t) in kinds.items() if f != t}
    always = set.intersection(*filled) if filled else set()

    def fits(r: Run, c: int) -> bool:        # of the column's kind, the column's kind known
        k = _kind(_text(r, glyph))
        return k is None or col_kind.get(c) == k

    def clashes(r: Run, c: int) -> bool:     # of the other kind than the column's
        k = _kind(_text(r, glyph))
        return k is not None and col_kind.get(c) not in (None, k)

    out = list(lines)
    for i in range(first, last + 1):
        runs = [part for r in out[i] for part in _cut_at_stop(r, starts, tol, glyph, at, col_kind)]
        out[i] = runs
        fields = [at(runs[0])[0]]
        for prev, r in zip(runs, runs[1:]):
            fields.append(fields[-1] + max(1, sum(1 for s in starts if prev.x1 < s <= r.x0 + tol)))
        if fields[-1] >= len(starts) or fields == [at(r)[0] for r in runs] or \
                not {c for c in always if c >= fields[0]} <= set(fields):   # a run held two fields
            continue
        if all(fits(r, c) for r, c in zip(runs, fields)) and any(clashes(r, at(r)[0]) for r in runs):
            placed_at.update((id(r), (c, 1)) for r, c in zip(runs, fields))
    return out


def _text(run: Run, glyph) -> str:
    return "".join(glyph(it)[2] for it in run.items)


def _line_text(runs: list[Run], glyph) -> str:
    """A cell line's text: its runs' texts, a space between."""
    return " ".join(_text(r, glyph) for r in runs).strip()


def _cut_at_stop(run: Run, starts: list[float], tol: float, glyph, at, col_kind: dict) -> list[Run]:
    """The run cut at a column start one of its characters starts at, with white before it,
    when each part is of its column's kind; otherwise the run whole."""
    ink = [k for k, it in enumerate(run.items) if glyph(it)[2].strip()]   # spaces aside
    c, span = at(run)
    for before, cut in zip(ink, ink[1:]):
        x0, prev = glyph(run.items[cut])[0], glyph(run.items[before])[1]
        s = next((s for s in starts[c + 1:c + span] if abs(x0 - s) <= tol), None)
        if s is None or x0 - prev <= 0.1 * run.size:
            continue
        left = Run(run.x0, prev, run.top, run.bottom, run.size, run.items[:cut])
        right = Run(x0, run.x1, run.top, run.bottom, run.size, run.items[cut:])
        kl, kr = _kind(_text(left, glyph)), _kind(_text(right, glyph))
        if kl and kl == col_kind.get(c) and kr and kr == col_kind.get(starts.index(s)):
            return [left] + _cut_at_stop(right, starts, tol, glyph, at, col_kind)
        return [run]
    return [run]
