"""A scanned page with no rules at all, read as tables by OCR's boxes (issue 21).

A form printed in a colour the scanner drops (601: red rules under red dropout), or whose rules
faded on a copy, keeps its table only in where its text stands. The aligned reader
(extract.aligned_table) takes columns from shared LEFT edges, which a form whose cells are centred
does not have, and lines from shared baselines, which a row whose cells wrap to two lines while
the others, centred, keep one does not have. Here both come from the boxes' extents instead:

- A cell is the OCR lines stacked in one place: a line directly under another (less than TIGHT of
  a line's height of white between them) overlapping it across is the same cell's next line.
- A row is the cells whose middles stand level (within ROW of a line's height): a cell centred
  in its row has its middle where a one-line cell beside it has, however many lines it has.
- A column is the x-extent that the cells of the rows stacked down the page overlap: each cell of a
  row falls in one column, or starts one in the white between the columns found so far. A row of
  at least MIN_CELLS cells where a cell overlaps two columns, or two cells one, or most cells none,
  is not of the table above it: the table ends there (a fund block's columns are not the indicators'), and that row
  may begin the next. A table needs MIN_ROWS such rows.
- A cell that stands level with no row (a label centred over the rows it spans, 产出指标 over
  several indicators) goes in the row whose middle is nearest, in the one column it overlaps,
  where that row's cell of the column is empty; a cell whose column is ambiguous (over two
  columns, or a place already taken) is left out of the table, as text, never put in a row it
  may not belong to (normalize names such lines where they look like an indicator's row).

Generic for any rule-less scan; only pages where no rule at all was found are read this way.
"""
from __future__ import annotations

from statistics import median

from .aligned_table import GAP, Found, FoundCell, Run

TIGHT = 0.35      # of a line's height: white between a cell's lines (601: 2-5 px of 27; rows 19 and more)
ROW = 0.5         # of a line's height: middles this close stand in one row
MIN_CELLS = 3     # cells of a row that make the table's columns
MIN_ROWS = 3      # such rows a table needs
MIN_COLS = 3
CUT = 0.3         # characters of white where OCR began a box or saw white: a cell's edge


class _Cell:
    def __init__(self, run: Run, top: float):
        self.runs, self.x0, self.x1, self.top, self.bottom = [run], run.x0, run.x1, top, run.bottom

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def find(chars: list) -> list[Found]:
    """The tables the OCR boxes of a rule-less page's characters show (chars: extract.ruled_page.Char,
    each line's characters sharing its box's bottom y and middle)."""
    cells = _cells(chars)
    if not cells:
        return []
    height = median(c.bottom - c.top for c in cells for _ in c.runs)
    rows = _rows(cells, height)
    found = []
    for block in _blocks(rows):
        table = _table(block, rows, height)
        if table is not None:
            found.append(table)
    return found


def _cells(chars: list) -> list[_Cell]:
    lines: dict[tuple, list] = {}
    for ch in chars:
        if ch.text.strip():
            lines.setdefault((ch.y, ch.mid), []).append(ch)
    runs = []
    for (bottom, mid), line in lines.items():
        line.sort(key=lambda ch: ch.x)
        size = max(ch.size for ch in line)
        top = 2 * mid - bottom if mid is not None else bottom - size
        for g in _split(line, size):
            runs.append((top, Run(g[0].x, max(ch.x + ch.size for ch in g), bottom, bottom, size, g)))
    runs.sort(key=lambda tr: (tr[0], tr[1].x0))
    height = median(r.bottom - top for top, r in runs) if runs else 0
    cells: list[_Cell] = []
    for top, run in runs:
        under = [c for c in cells if 0 <= top - c.bottom <= TIGHT * height and _overlap(c, run) > 0]
        if len(under) == 1:
            c = under[0]
            c.runs.append(run)
            c.x0, c.x1, c.bottom = min(c.x0, run.x0), max(c.x1, run.x1), run.bottom
        else:
            cells.append(_Cell(run, top))
    return cells


def _split(line: list, size: float) -> list[list]:
    """A line's characters in runs: cut at a gap wider than the aligned reader's (aligned_table.GAP
    characters), or at a narrower one where OCR began a box or saw white (two boxes of one band,
    质量指标 | 公交车辆准点率, 18 px apart at a 22 px character)."""
    runs: list[list] = []
    for ch in line:
        if runs and ch.x - max(c.x + c.size for c in runs[-1]) <= (CUT if ch.cut else GAP) * size:
            runs[-1].append(ch)
        else:
            runs.append([ch])
    return runs


def _overlap(a, b) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _rows(cells: list[_Cell], height: float) -> list[list[_Cell]]:
    rows: list[list[_Cell]] = []
    for c in sorted(cells, key=lambda c: c.middle):
        if rows and c.middle - rows[-1][0].middle <= ROW * height:
            rows[-1].append(c)
        else:
            rows.append([c])
    for row in rows:
        row.sort(key=lambda c: c.x0)
    return rows


def _fits(row: list[_Cell], cols: list[list[float]]) -> list[int | None] | None:
    """Each cell's column (None: it overlaps none), or None where a cell overlaps two or two cells one."""
    out = []
    for c in row:
        hit = [k for k, (x0, x1) in enumerate(cols) if min(x1, c.x1) - max(x0, c.x0) > 0]
        if len(hit) > 1:
            return None
        out.append(hit[0] if hit else None)
    taken = [k for k in out if k is not None]
    return out if len(taken) == len(set(taken)) else None


def _blocks(rows: list[list[_Cell]]) -> list[tuple[int, int, list[list[float]]]]:
    """(first row, last row, columns) of each run of rows of at least MIN_CELLS cells that keep
    one set of columns (rows with fewer cells between them go with them)."""
    blocks, cols, first, last, full = [], None, None, None, 0

    def close():
        if cols is not None and full >= MIN_ROWS and len(cols) >= MIN_COLS:
            blocks.append((first, last, sorted(cols)))

    for i, row in enumerate(rows):
        if len(row) < MIN_CELLS:
            continue
        at = _fits(row, cols) if cols is not None else None
        if at is None or 2 * sum(k is None for k in at) > len(at):   # most of it in the white: another table
            close()
            cols, first, last, full = [[c.x0, c.x1] for c in row], i, i, 1
            if _fits(row, cols) is None:    # its own cells overlap: no columns
                cols = None
            continue
        for c, k in zip(row, at):
            if k is None:
                cols.append([c.x0, c.x1])
            else:
                cols[k] = [min(cols[k][0], c.x0), max(cols[k][1], c.x1)]
        last, full = i, full + 1
    close()
    return blocks


def _table(block: tuple, rows: list[list[_Cell]], height: float) -> Found | None:
    first, last, cols = block
    placed: dict[tuple[int, int], _Cell] = {}
    floating: set[tuple[int, int]] = set()    # placed in the nearest row, level with none
    mids = {}
    n = 0
    index = {}
    for i in range(first, last + 1):
        if len(rows[i]) >= MIN_CELLS:
            index[i] = n
            mids[n] = median(c.middle for c in rows[i])
            n += 1
    for i in range(first, last + 1):
        for c in rows[i]:
            hit = [k for k, (x0, x1) in enumerate(cols) if min(x1, c.x1) - max(x0, c.x0) > 0]
            r = index.get(i)
            if len(hit) > 1 or not hit and r is not None:
                continue     # over two columns, or a row's cell outside the columns: left as text
            if not hit:      # a label in the white beside the columns: a column of its own
                cols.append([c.x0, c.x1])
                hit = [len(cols) - 1]
            if r is None:    # no row of its own: the row whose middle is nearest
                r = min(mids, key=lambda k: (abs(mids[k] - c.middle), k))
            if (r, hit[0]) not in placed:
                placed[(r, hit[0])] = c
                if i not in index:
                    floating.add((r, hit[0]))
    used = sorted({k for _, k in placed}, key=lambda k: cols[k][0])
    if len(used) < MIN_COLS:
        return None
    renumber = {k: j for j, k in enumerate(used)}
    spans = _spans(placed, floating, used, {index[i]: rows[i] for i in index}, n)
    cells = [FoundCell(row=spans.get((r, k), (r, 1))[0], col=renumber[k], colspan=1,
                       lines=[[run] for run in c.runs], rowspan=spans.get((r, k), (r, 1))[1])
             for (r, k), c in sorted(placed.items())]
    tops = [min((c.top for (r, _), c in placed.items() if r == row), default=mids[row] - height / 2)
            for row in range(n)]
    return Found(first=first, last=last, starts=[cols[k][0] for k in used], rights=[cols[k][1] for k in used],
                 cells=cells, n_rows=n, row_tops=tops)


def _spans(placed: dict, floating: set, used: list[int], own: dict[int, list[_Cell]], n: int) -> dict:
    """(first row, rows) of each section label: a cell of a column left of the first column filled
    in every row below the first (the rows' names), one of whose cells stands level with no row
    (a label centred over rows: where every cell stands in a row, the column may be names with one
    lost, and nothing moves), centred over the rows it spans, which run from the row after the
    label above it's to the row whose extent puts their middle nearest the label's. A label at the
    first row (the header's) spans it alone; none spans into the row where the next label stands."""
    names = next((k for k in used if all((r, k) in placed for r in range(1, n))), None)
    if names is None or n < 2:
        return {}
    extent = {r: (min(c.top for c in own[r]), max(c.bottom for c in own[r])) for r in range(n)}
    out = {}
    inner = names
    # right to left: a label's span ends where a cell of the column right of it ends (a level 1 holds its
    # level 2s whole: 1863.scan's 产出指标, placed by its middle alone, stopped one row short of its
    # 成本指标 and its label above took the first 数量指标 row, nothing said)
    for k in reversed(used[:used.index(names)]):
        if not any(kk == k for _, kk in floating):
            continue
        cover = {}
        for (r, kk) in placed:
            if kk == inner:
                first, rows = out.get((r, kk), (r, 1))
                cover.update({e: (first, kk) for e in range(first, first + rows)})
        ends = {e for e in range(n) if e == n - 1 or cover.get(e, e) != cover.get(e + 1, e + 1)}
        inner = k
        labels = sorted(r for r, kk in placed if kk == k)
        start = 1
        for j, r in enumerate(labels):
            if r == 0:
                continue
            stop = labels[j + 1] - 1 if j + 1 < len(labels) else n - 1
            start = min(start, r)
            mid = placed[(r, k)].middle
            fits = [e for e in range(r, stop + 1) if e in ends] or list(range(r, stop + 1))
            end = min(fits, key=lambda e: abs((extent[start][0] + extent[e][1]) / 2 - mid))
            out[(r, k)] = (start, end - start + 1)
            start = end + 1
    return out
