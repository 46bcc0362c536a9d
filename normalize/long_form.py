"""An indicator table written in LONG FORM, as a budget system's detail export (指标明细导出) gives it:
one row per indicator AND FIELD, an item column naming the field (年度指标值 / 实际完成值 / 分值 / 得分) and
the column after it its value, the indicator's own cells (序号, levels, name) repeated on each of its rows:

    序号 | 一级指标 | 二级指标 | 三级指标         | 指标项     | 指标内容
    1    | 产出指标 | 数量指标 | 大豆高产示范面积 | 年度指标值 | ≥5万亩
    1    | 产出指标 | 数量指标 | 大豆高产示范面积 | 实际完成值 | 5.2万亩
    1    | …                                  | 分值       | 10

Read as the wide table it stands for: the rows of one indicator (the same cells before the item column,
one after another) become one row, a column per field. The item column is told by its cells, not its
header: a run of rows whose cells there are each a word the header grammar names as a value field
(vocab.header_field), three fields or more, a target and an actual among them, no field twice in one
indicator's rows. The rows around the run (a head, a fund block, a grade line) stay as they were.

A KEY / VALUE export keys each value by a PATH instead (字段路径 | 字段值: 产出指标/数量指标/新建示范园/年度指标值 |
≥4000亩): the path's last segment the field, the one before it the indicator's name, those before that its
levels, outer first. A run of such keys, all of one depth (one to three segments before the field), is first
split into those columns (headed 一级指标 / 二级指标 / 三级指标 from the innermost out, 指标项, 指标内容) and then
read as the long form above.
"""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Cell, Document, Table

from .vocab import header_field

MIN_RUN = 8          # rows: two indicators of four fields at least
LEVELS = ("level1", "level2", "level3")
PATH_MARK = re.compile(r"\s*[/／]\s*")
PATH_HEADS = ("一级指标", "二级指标", "三级指标")


def _field(text: str) -> str | None:
    f = header_field(text.strip(), set()) if text.strip() else None
    return f if f is not None and f not in LEVELS else None


def _run(t: Table, grid: list[list[str]]) -> tuple[int, int, int] | None:
    """(item column, first row, row after the last) of the longest run of field words in a column."""
    best = None
    for c in range(1, t.n_cols - 1):
        r = 0
        while r < t.n_rows:
            if _field(grid[r][c]) is None:
                r += 1
                continue
            end = r
            while end < t.n_rows and _field(grid[end][c]) is not None:
                end += 1
            if best is None or end - r > best[2] - best[1]:
                best = (c, r, end)
            r = end
    return best if best is not None and best[2] - best[1] >= MIN_RUN else None


def _widened(t: Table) -> tuple[Table, int] | None:
    grid = t.grid(fill=True)
    run = _run(t, grid)
    if run is None:
        return None
    c, first, stop = run
    groups: list[list[int]] = []
    for r in range(first, stop):
        if groups and grid[r][:c] == grid[groups[-1][0]][:c]:
            groups[-1].append(r)
        else:
            groups.append([r])
    fields: list[str] = []
    for g in groups:
        got = [_field(grid[r][c]) for r in g]
        if len(set(got)) != len(got) or not any(x.strip() for x in grid[g[0]][:c]):
            return None     # a field twice in one indicator's rows, or rows with nothing of their own
        fields += [f for f in got if f not in fields]
    if len(groups) < 2 or len(fields) < 3 or not {"target", "actual"} <= set(fields):
        return None
    if any(x.rowspan > 1 and x.text.strip() and (x.row < first < x.row + x.rowspan or x.row < stop < x.row + x.rowspan)
           for x in t.cells):
        return None     # a merged cell across the run's edge: no row of the run stands alone (an empty one holds
        # nothing of any row: a scan's grid beside a narrower table, its column left unruled, 1123.scan)
    head_row = first - 1 if first and _field(grid[first - 1][c]) is None and any(grid[first - 1][:c]) else None
    words = {}
    for r in range(first, stop):
        words.setdefault(_field(grid[r][c]), grid[r][c].strip())
    n_cols = max(t.n_cols, c + len(fields))
    cells: list[Cell] = []
    row = 0
    by_row: dict[int, list[Cell]] = {}     # indexed once: a scan of every cell per row is quadratic
    for x in t.cells:
        by_row.setdefault(x.row, []).append(x)
    starts = {g[0]: g for g in groups}

    def copy(r: int) -> None:
        # an empty cell merged on into the run (the guard above lets only such through) ends where it starts
        cells.extend(replace(x, row=row, rowspan=min(x.rowspan, first - x.row) if x.row < first else x.rowspan)
                     for x in by_row.get(r, ()))

    def put(text: str, col: int, src: Cell | None) -> None:
        loc = src.loc if src is not None else replace(t.loc, row=None, col=None)
        cells.append(Cell(text=text, row=row, col=col, loc=loc))

    for r in range(t.n_rows):
        if r == head_row:
            for k in range(c):
                put(grid[r][k], k, t.cell_at(r, k))
            for k, f in enumerate(fields):
                put(words[f], c + k, t.cell_at(r, c) if k == 0 else None)
            row += 1
        elif first <= r < stop:
            g = starts.get(r)
            if g is None:
                continue
            for k in range(c):
                put(grid[r][k], k, t.cell_at(r, k))
            values = {_field(grid[x][c]): x for x in g}
            for k, f in enumerate(fields):
                x = values.get(f)
                put(grid[x][c + 1] if x is not None else "", c + k, t.cell_at(x, c + 1) if x is not None else None)
            row += 1
        else:
            copy(r)
            row += 1
    return replace(t, n_rows=row, n_cols=n_cols, cells=cells), len(groups)


def _path(text: str) -> list[str] | None:
    """A key's segments (the field last) where the text is a path ending in a field word."""
    parts = PATH_MARK.split(text.strip())
    if not 1 <= len(parts) - 1 <= 3 or not all(parts) or _field(parts[-1]) is None:
        return None
    return parts if all(_field(x) is None for x in parts[:-1]) else None


def _unpathed(t: Table) -> Table | None:
    """The table with its run of path keys split into level / name / field / value columns, or None."""
    grid = t.grid()
    best = None
    for c in range(t.n_cols - 1):
        r = 0
        while r < t.n_rows:
            depth = len(p) if (p := _path(grid[r][c])) else 0
            end = r
            while end < t.n_rows and depth and (q := _path(grid[end][c])) and len(q) == depth:
                end += 1
            if depth and (best is None or end - r > best[2] - best[1]):
                best = (c, r, end, depth)
            r = max(end, r + 1)
    if best is None or best[2] - best[1] < MIN_RUN:
        return None
    c, first, stop, depth = best
    value_at = {}
    for r in range(first, stop):
        k = next((k for k in range(c + 1, t.n_cols) if grid[r][k].strip()), None)
        if k is None and any(grid[r][x].strip() for x in range(c + 1, t.n_cols)):
            return None
        value_at[r] = k
    head = first - 1 if first and grid[first - 1][c].strip() and _path(grid[first - 1][c]) is None else None
    cells = [x for x in t.cells if not (first <= x.row < stop or x.row == head)]

    def put(text: str, r: int, col: int, src: Cell | None) -> None:
        cells.append(Cell(text=text, row=r, col=col, loc=src.loc if src is not None else replace(t.loc, row=None, col=None)))

    if head is not None:
        words = PATH_HEADS[-(depth - 1):] + ("指标项", "指标内容")
        for k, w in enumerate(words):
            put(w, head, k, t.cell_at(head, c))
    for r in range(first, stop):
        key = t.cell_at(r, c)
        for k, seg in enumerate(_path(grid[r][c])):
            put(seg, r, k, key)
        v = value_at[r]
        put(grid[r][v] if v is not None else "", r, depth, t.cell_at(r, v) if v is not None else None)
    return replace(t, n_cols=max(t.n_cols, depth + 1), cells=sorted(cells, key=lambda x: (x.row, x.col)))


def widened(doc: Document) -> tuple[Document, list[str]]:
    """The document with each long-form indicator table read as its wide table, and what was said."""
    said, blocks = [], list(doc.blocks)
    for k, b in enumerate(blocks):
        if not isinstance(b, Table):
            continue
        keyed = _unpathed(b)
        if (got := _widened(keyed or b)) is not None:
            blocks[k], n = got
            if keyed is not None:
                said.append(f"{b.loc.describe()}：指标以“字段路径｜字段值”键值对逐项列出（路径依次为各级指标、指标名称和"
                            f"指标项），已按路径拆分后读取")
            said.append(f"{b.loc.describe()}：指标表按“每个指标分行逐项列出”的明细格式写出（指标项一列写年度指标值、"
                        f"实际完成值、分值、得分等，其后一列写内容），已按指标合并为每指标一行（共{n}个指标）读取，请核对原件")
    return (replace(doc, blocks=blocks) if said else doc), said
