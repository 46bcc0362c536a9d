"""An indicator written on one row per year, a column naming each row's year (年度: 2022年 / 2023年).

A form may set last year's target and result beside the year evaluated: the indicator's name merged (or
typed again) over two or more rows, an unmapped column telling each row's year, only the evaluated year's
row scored. The record is the evaluated year's row; the other years' rows are no indicator of this
evaluation, and are said passed over (never read as the record, never silently dropped).

The grammar: a column no role took whose every filled body cell is a year (2023年, 2023年度, 2023), at
least two years among them, and every row of a year other than the evaluated one standing next to a row
of the evaluated year that carries the same name (the same merged cell or the same words). The evaluated
year is the report's year where the column holds it, else the one year whose rows all hold points (分值)
while the others hold none; else none is chosen and nothing is passed over.
"""
from __future__ import annotations

from collections.abc import Callable

import regex as re

from jixiao.extract import normalize_ws

YEAR_CELL = re.compile(r"^((?:19|20)\d\d)\s*(?:年度?)?$")


def year_of(text: str) -> int | None:
    m = YEAR_CELL.match(normalize_ws(text).strip())
    return int(m.group(1)) if m else None


def _points(row: list[str], c: int | None) -> bool:
    return c is not None and c < len(row) and bool(re.search(r"\d", row[c]))


def year_rows(grid, fill: Callable[[], list], rows: list[int], mapped: set[int], name_col: int | None,
              weight_col: int | None, report_year: int | None) -> tuple[dict[int, int], int | None, int | None]:
    """The rows of other years to pass over -> the row of the evaluated year they stand beside, the
    column naming the years, and the evaluated year; ({}, None, None) where the table is no such form.
    `fill` gives the grid with merges filled (Table.grid(fill=True)), asked only where a column of years is
    found: every indicator table is looked at here, few hold one."""
    if name_col is None:
        return {}, None, None
    width = max((len(grid[k]) for k in rows), default=0)
    for c in range(width):
        if c in mapped or c == name_col:
            continue
        cells = [(k, year_of(grid[k][c])) for k in rows if c < len(grid[k]) and grid[k][c].strip()]
        if len(cells) < 4 or any(y is None for _, y in cells):
            continue
        years = {y for _, y in cells}
        if len(years) < 2:
            continue
        evaluated = report_year if report_year in years else None
        if evaluated is None:
            scored = [y for y in years if all(_points(grid[k], weight_col) for k, z in cells if z == y)
                      and not any(_points(grid[k], weight_col) for k, z in cells if z != y)]
            evaluated = scored[0] if len(scored) == 1 else None
        if evaluated is None:
            continue
        years_at = dict(cells)
        filled = fill()

        def name(k):
            return normalize_ws(filled[k][name_col]).strip() if name_col < len(filled[k]) else ""

        def same(j, k):
            # one indicator: the same merged cell or words, or a blank name cell under the name (a
            # print's merge drawn as empty cells below the first)
            a, b = name(j), name(k)
            return a == b if a and b else bool(a or b) and not name(max(j, k))

        passed = {}
        for k, y in cells:
            if y == evaluated:
                continue
            # the evaluated year's row of the same indicator: next to it, over rows of the same name
            partner = None
            for step in (1, -1):
                j = k + step
                while j in years_at and same(j, k):
                    if years_at[j] == evaluated:
                        partner = j
                        break
                    j += step
                if partner is not None:
                    break
            if partner is None:
                break
            passed[k] = partner
        else:
            if passed:
                return passed, c, evaluated
    return {}, None, None


def carry_labels(grid, filled, passed: dict[int, int], label_cols: list[int]) -> None:
    """The label cells (levels, name) of a passed row above its evaluated row: written on the evaluated
    row where its own cell is empty (the merge's rest, or a blank cell under them), as if the passed row
    were not there."""
    for k, j in passed.items():
        if j < k:
            continue
        for c in label_cols:
            if c < len(grid[j]) and c < len(grid[k]) and not grid[j][c].strip() and grid[k][c].strip() and \
                    c < len(filled[j]) and filled[j][c] in ("", filled[k][c]):
                grid[j][c] = grid[k][c]
