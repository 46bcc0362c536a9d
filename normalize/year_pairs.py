"""A target and a result column under each of two years or more (1776: 2023年度（上年度） over 指标值 | 完成值,
then 2024年度（本年度） over 指标值 | 完成值): a project of several years shows the years before the one it
reports beside it, and no year's result after it; the latest year's pair is the row's, the others said."""
from __future__ import annotations

from jixiao.extract import Table

from .vocab import bare, header_field, header_year


def latest_year_pair(t: Table, h: int, r: int, target: int | None, actual: int | None
                     ) -> tuple[int, int, list[str]] | None:
    """(target column, result column, the other years' headings) where the header's rows (h to r) name a
    target and a result column (指标值, 完成值) under each of two years or more, a heading above naming the
    year (a cell spanning each pair) over nothing else; None where there are no such pairs (the first pair
    stays)."""
    if target is None or actual is None or r - h < 2:
        return None
    by_year: dict[int, dict[str, int]] = {}
    heads: dict[int, str] = {}
    for c in range(t.n_cols):
        stack = []
        for k in range(h, r):
            if (cell := t.cell_at(k, c)) is not None and cell not in stack and bare(cell.text):
                stack.append(cell)
        if len(stack) < 2 or (y := next((header_year(x.text) for x in stack[:-1] if header_year(x.text)), None)) is None:
            continue
        if (f := header_field(stack[-1].text, set())) not in ("target", "actual"):
            # each year's group with its own points or score (2022年 | 2023年 over 年度指标值 | 实际完成值 | 分值 |
            # 得分): repeated groups, which the reader takes as such (the first read, the others said)
            return None
        by_year.setdefault(y, {}).setdefault(f, c)
        heads[c] = "".join(bare(x.text) for x in stack)
    pairs = {y: d for y, d in by_year.items() if len(d) == 2}
    if len(pairs) < 2 or not any(target in d.values() for d in pairs.values()):
        return None
    latest = pairs[max(pairs)]
    others = [heads[c] for y, d in sorted(pairs.items()) if d is not latest for c in sorted(d.values())]
    return latest["target"], latest["actual"], others
