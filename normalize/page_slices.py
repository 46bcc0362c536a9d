"""A WIDE SHEET PRINTED ACROSS PAGES: its columns cut by the page edges, each page a slice of them.

A system's wide export (one row of values under a header repeating the indicator's roles, 一级指标 … 得分,
once per indicator) printed with no fit runs over as many pages as its columns need; a PDF's reader gives
each page's slice as a table of its own (or stacks the slices as a table going on past page breaks, a
slice's header dropped where it repeats the table's first). Each slice is a HEADER ROW of field names
(by the header grammar) over ONE ROW of values; read slice by slice its names meet the figures of the
slices around them (the 分值 | 得分 of one indicator before the next one's levels and name).

The slices joined side by side in their order are the sheet again: where the joined header repeats one run
of roles across (tables._tiles, as the sheet itself is read), they are read as that one table, each cell
keeping its location. Where they do not, no slice is read (its figures would go to the wrong names) and
each is said unaligned.
"""
from __future__ import annotations

from dataclasses import replace

from jixiao.extract import Cell, Paragraph, Table

from .tables import _tiles
from .vocab import header_field

_FIELDS = frozenset({"level1", "level2", "level3", "target", "actual", "weight", "score"})


def _head_row(row: list[str]) -> bool:
    """A row of field names only (two at least), every one the header grammar maps to an indicator field."""
    words = [x.strip() for x in row if x.strip()]
    return len(words) >= 2 and all(header_field(x, set()) in _FIELDS for x in words)


def _units(t: Table) -> list[tuple[int | None, int]] | None:
    """(header row, value row) of each slice of a table made of slices only, the header row None where the
    slice's header was dropped as repeating the table's first; None where the table is not such."""
    grid = t.grid()
    if not grid or not _head_row(grid[0]):
        return None
    units, r = [], 0
    while r < len(grid):
        if _head_row(grid[r]):
            if r + 1 >= len(grid) or _head_row(grid[r + 1]) or not any(x.strip() for x in grid[r + 1]):
                return None
            units.append((r, r + 1))
            r += 2
        elif any(x.strip() for x in grid[r]):
            units.append((None, r))   # the first header repeated on this page, dropped by the reader
            r += 1
        else:
            return None
    return units


def _slice_cells(t: Table, head: int | None, values: int) -> tuple[list[Cell], list[Cell]]:
    """The header cells and value cells of a slice, column by column where its header names a field."""
    at = {(c.row, c.col): c for c in t.cells}
    h = 0 if head is None else head
    heads, vals = [], []
    for col in range(t.n_cols):
        hc = at.get((h, col))
        if hc is None or not hc.text.strip():
            continue
        vc = at.get((values, col))
        heads.append(hc)
        vals.append(vc if vc is not None else Cell(text="", row=values, col=col, loc=hc.loc))
    return heads, vals


def joined_page_slices(doc) -> tuple[object, list[str]]:
    """The document with a wide sheet's page slices joined side by side (see the module), and what was said."""
    found = [(k, b, u) for k, b in enumerate(doc.blocks) if isinstance(b, Table) and (u := _units(b))]
    units = [(k, b, u) for k, b, t_units in found for u in t_units]
    if len(units) < 3 or len({k for k, _, _ in units}) < 2:
        return doc, []
    # first the sheet's other rows going on at the same heights on the slices' pages (a fund block's 分值 |
    # 得分 on the next page may look like a slice of its own): joined to the rows they continue
    said: list[str] = []
    blocks = _rows_across(list(doc.blocks), {b.loc.page for _, b, _ in found if b.loc.page is not None}, said)
    found = [(k, b, u) for k, b in enumerate(blocks) if isinstance(b, Table) and (u := _units(b))]
    units = [(k, b, u) for k, b, t_units in found for u in t_units]
    if len(units) < 3 or len({k for k, _, _ in units}) < 2:
        return doc, []
    slices = [_slice_cells(b, h, v) for _, b, (h, v) in units]
    # a page edge cut the sheet only where some slice holds figures and no name, and some a name: tables each
    # naming their indicator (one small table per indicator), or none, are read as they are
    named = ["level3" in {header_field(c.text.strip(), set()) for c in heads} for heads, _ in slices]
    if all(named) or not any(named):
        return doc, []
    # small tables of one header repeated (each an indicator's values under its caption, 1672) are no slices:
    # a page edge cuts a sheet's run of roles at a different place on each page
    if len({tuple(c.text.strip() for c in heads) for heads, _ in slices}) == 1:
        return doc, []
    header = [c for heads, _ in slices for c in heads]
    values = [c for _, vals in slices for c in vals]
    first = found[0][1]
    for k, b, _ in found:
        blocks[k] = Paragraph(text="", loc=b.loc)
    tile = _tiles([c.text for c in header])
    if tile is None:
        unaligned = [f"{b.loc.describe()}第{(h if h is not None else 0) + 1}行起：宽表跨页打印的一段"
                f"（{'｜'.join(c.text.strip() for c in heads)}），与前后各段拼接后表头不成各指标相同的栏组，"
                "无法对齐到指标，该段未读取"
                for (_, b, (h, _v)), (heads, _) in zip(units, slices)]
        return replace(doc, blocks=blocks), said + unaligned
    cells = [replace(c, row=0, col=n, rowspan=1, colspan=1) for n, c in enumerate(header)] + \
        [replace(c, row=1, col=n, rowspan=1, colspan=1) for n, c in enumerate(values)]
    blocks[found[0][0]] = replace(first, n_rows=2, n_cols=len(header), cells=cells)
    pages = "、".join(b.loc.describe() for k, b, _ in found)
    said.insert(0, f"{pages}：宽表跨页打印，各页为其中几栏（共{len(units)}段，每段一行表头一行数值），按页序左右拼接为一表读取"
                   f"（{len(header)}栏，每{tile}栏一项指标）")
    return replace(doc, blocks=blocks), said


def _tops(t: Table) -> dict[int, float] | None:
    """Each row's top on its page (its cells' bboxes), None where a cell has no box."""
    tops: dict[int, float] = {}
    for c in t.cells:
        if c.loc.bbox is None:
            return None
        tops[c.row] = min(tops.get(c.row, c.loc.bbox[1]), c.loc.bbox[1])
    return tops


def _rows_across(blocks: list, slice_pages: set, said: list[str]) -> list:
    """The sheet's other rows printed across the same pages (the head and fund block above the indicators:
    项目名称 … 实施单位's value, the fund's 分值 | 得分 on the next page): a table on a slice page after the
    first whose every row stands at the height of a row of a table on the page before, both starting at the
    same left edge, is that table's columns going on; its cells are set after that table's columns on the
    rows of the same height, each keeping its location."""
    tables = [(k, b) for k, b in enumerate(blocks) if isinstance(b, Table) and b.loc.page is not None]
    for k, t in tables:
        page = t.loc.page
        if page not in slice_pages or page - 1 not in slice_pages or not (tops := _tops(t)) or \
                any(c.loc.page != page for c in t.cells):
            continue
        for j, u in ((j, blocks[j]) for j, _ in tables if j < k):
            if not isinstance(u, Table) or u.loc.page != page - 1 or not (utops := _tops(u)) or \
                    any(c.loc.page != u.loc.page for c in u.cells):
                continue
            at = {r: next((ur for ur, y in utops.items() if abs(y - top) <= 1.0), None) for r, top in tops.items()}
            # a table with no box of its own (an OCR'd page's grid) has no left edge to meet: not joined
            if None in at.values() or len(set(at.values())) < len(at) or u.loc.bbox is None or \
                    t.loc.bbox is None or abs(u.loc.bbox[0] - t.loc.bbox[0]) > 1.0:
                continue
            moved = [replace(c, row=at[c.row], col=u.n_cols + c.col, rowspan=1) for c in t.cells]
            blocks[j] = replace(u, n_cols=u.n_cols + t.n_cols, cells=list(u.cells) + moved)
            blocks[k] = Paragraph(text="", loc=t.loc)
            said.append(f"{t.loc.describe()}：与{u.loc.describe()}各行同高，是宽表跨页打印时该表其后几栏，按行拼接于其右读取")
            break
    return blocks
