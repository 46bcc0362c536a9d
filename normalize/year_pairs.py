"""A target and a result column under each of two years or more (1776: 2023年度（上年度） over 指标值 | 完成值,
then 2024年度（本年度） over 指标值 | 完成值): a project of several years shows the years before the one it
reports beside it (or a plan's next year after it): the pair of the year the report evaluates is the row's, the
latest where the report names no year among them; the others said."""
from __future__ import annotations

import regex as re

from jixiao.extract import Table

from .vocab import bare, header_field, header_year


def year_pair(t: Table, h: int, r: int, target: int | None, actual: int | None, evaluated: int | None = None
              ) -> tuple[int, int, list[str], int] | None:
    """(target column, result column, the other years' headings, the year read) where the header's rows (h to r)
    name a target and a result column (指标值, 完成值) under each of two years or more, a heading above naming the
    year (a cell spanning each pair) over nothing else: the pair of the `evaluated` year (the report's), else the
    latest; None where there are no such pairs (the first pair stays)."""
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
    year = evaluated if evaluated in pairs else max(pairs)
    read = pairs[year]
    others = [heads[c] for y, d in sorted(pairs.items()) if d is not read for c in sorted(d.values())]
    return read["target"], read["actual"], others, year


# A year's label (2024年, 2024年度, 2024): the year, 年 (度) or not. It labels a value in a cell of several years
# either opening it with a colon (2024年：≥300座, 2024：≥300座, 2025年度: ≥200座) or closing it in brackets
# (≥300座（2024年）, ≥200座(2025年度)).
_YEAR = r"(?P<year>(?:19|20)\d{2})\s*(?:年度?)?"
_LABEL_BEFORE = re.compile(rf"{_YEAR}\s*[：:]")
_LABEL_AFTER = re.compile(rf"[（(]\s*{_YEAR}\s*[)）]")


def _labelled(text: str) -> dict[int, str] | None:
    """Each year's value where every value carries its year's label, all the labels on one side (before with a
    colon, or after in brackets), two years or more, none repeated, nothing unlabelled; None otherwise."""
    for grammar, before in ((_LABEL_BEFORE, True), (_LABEL_AFTER, False)):
        marks = list(grammar.finditer(text))
        if len(marks) < 2 or (text[:marks[0].start()] if before else text[marks[-1].end():]).strip():
            continue
        years = [int(m.group("year")) for m in marks]
        if len(set(years)) != len(years):
            return None
        if before:
            spans = zip(marks, [m.end() for m in marks], [m.start() for m in marks[1:]] + [len(text)])
        else:
            spans = zip(marks, [0] + [m.end() for m in marks[:-1]], [m.start() for m in marks])
        values = {int(m.group("year")): "".join(text[a:b].split()) for m, a, b in spans}
        return values if all(values.values()) else None
    return None


def year_line(text: str, evaluated: int | None) -> tuple[str, list[int]] | None:
    """The value of the evaluated year where one cell states a value for each of two years or more, each labelled
    by its year (1811: 2024年：≥300座 ⏎ 2025年：≥200座, a project of two years whose form shows both years' targets;
    ≥300座（2024年） ⏎ ≥200座（2025年）; 2024：… / 2024年度：…): (that year's value, the years named). The value's
    wrapped lines are joined (a print wraps ≥2000万 ⏎ 棒). None where the cell is no such list (one year only, a
    year repeated, words outside the labelled values); (“”, years) where the evaluated year is unknown or not among
    them (no year's value is the row's)."""
    values = _labelled(text) or _labelled_lines(text)
    if values is None:
        return None
    return values.get(evaluated, ""), list(values)


def _labelled_lines(text: str) -> dict[int, str] | None:
    """Each year's value where the labels stand on both sides (2024年：≥300座 ⏎ ≥200座（2025年）, a writer copying
    two years' cells of different habits): read line by line, each line one value with one label opening it with a
    colon or closing it in brackets; two years or more, none repeated; None where a line carries no label or two
    (a wrapped value cannot be told whose it is when the sides differ)."""
    values: dict[int, str] = {}
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        before = _LABEL_BEFORE.match(line)
        after = next((m for m in _LABEL_AFTER.finditer(line) if not line[m.end():].strip()), None)
        if (before is None) == (after is None):
            return None
        m = before or after
        value = "".join((line[m.end():] if before else line[:m.start()]).split())
        if not value or _LABEL_BEFORE.search(value) or _LABEL_AFTER.search(value) or int(m.group("year")) in values:
            return None
        values[int(m.group("year"))] = value
    return values if len(values) >= 2 else None
