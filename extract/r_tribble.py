"""Tables written as R code: tibble::tribble() calls (an R Markdown source's chunks, a script): the column names
as one-sided formulas (~一级指标, ~`年度指标值`), then the values ROW BY ROW, comma-separated (strings quoted,
numbers bare, NA for an empty cell, R comments to the line's end). Each call is rebuilt as the table it makes,
tab rows (the names, then a row a line, NA empty), in the place of the call's lines; the lines around it (prose,
headings, other code) are kept as they are, for the text reader to read."""
from __future__ import annotations

import re

_CALL = re.compile(r"\b(?:tibble::)?tribble\s*\(")
_TOKEN = re.compile(r"""\s*(?:(\#[^\n]*)|(~\s*(?:`[^`]*`|[^\s,)~]+))|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|"""
                    r"""([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?L?|NA(?:_character_|_real_|_integer_)?|TRUE|FALSE)"""
                    r"""|(,)|(\)))""")
_ESC = re.compile(r"\\(.)")
MIN_CELLS = 12


def _call(text: str, at: int):
    """The call's cells from the '(' at `at`: (names, values, each value's offset, the end offset) or None where
    its arguments are not a tribble's (a name or value of another kind, the count not a multiple of the names)."""
    names, values, where = [], [], []
    i = at
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m is None:
            return None
        i = m.end()
        comment, name, string, atom, comma, close = m.groups()
        if comment or comma:
            continue
        if close:
            break
        if name:
            if values:
                return None
            names.append(name[1:].strip().strip("`"))
        elif string:
            values.append(_ESC.sub(lambda x: {"n": " ", "t": " "}.get(x.group(1), x.group(1)), string[1:-1]))
            where.append(m.start(3))
        else:
            values.append("" if atom.startswith("NA") else atom.rstrip("L"))
            where.append(m.start(4))
    else:
        return None
    if not names or not values or len(values) % len(names):
        return None
    return names, values, where, i


def tribble_tables(text: str) -> tuple[str, list[int], str] | None:
    """(the text with each tribble() call made tab rows, each line's source line, what was done) or None where
    the text has no tribble() call of MIN_CELLS cells or more."""
    out: list[str] = []
    source: list[int] = []
    pos = 0
    calls = cells = 0
    for m in _CALL.finditer(text):
        if m.start() < pos:
            continue
        got = _call(text, m.end())
        if got is None:
            continue
        names, values, where, end = got
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[pos:line_start]
        if before:
            for k, line in enumerate(before.rstrip("\n").split("\n")):
                out.append(line)
                source.append(text.count("\n", 0, pos) + 1 + k)
        line0 = text.count("\n", 0, m.start()) + 1
        out.append("\t".join(names))
        source.append(line0)
        n = len(names)
        for r in range(0, len(values), n):
            out.append("\t".join(v.replace("\t", " ") for v in values[r:r + n]))
            source.append(text.count("\n", 0, where[r]) + 1)
        nl = text.find("\n", end)
        pos = len(text) if nl < 0 else nl + 1
        calls += 1
        cells += len(values)
    if not calls or cells < MIN_CELLS:
        return None
    rest = text[pos:]
    for k, line in enumerate(rest.split("\n")):
        out.append(line)
        source.append(text.count("\n", 0, pos) + 1 + k)
    said = (f"此文件的表格写作 R 代码（{calls}个 tibble::tribble() 调用，如 R Markdown 源文件的代码块），"
            f"已把每个调用还原为表格读取（“~”后为列名，其后按行排列的{cells}个值为单元格，NA 为空），其余代码与文字按原文读取")
    return "\n".join(out), source, said
