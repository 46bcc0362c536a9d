"""Rows whose every cell is set in lenticular brackets, one row a line, as a WeChat article or a chat
message lays out a table it cannot draw:

    （每行依次为：【三级指标】【年度指标值】【实际完成值】【分值】【得分】）
    ▍产出指标 · 数量指标
    【建设脱毒种薯繁育基地】【≥20000亩】【20800亩】【10】【10】
    【新建马铃薯贮藏窖】【≥50座】【52座】【8】【8】

A row is a line made of nothing but three or more bracketed cells (blanks between them). A line that
says what the cells are (a lead-in ending in a colon, then as many bracketed names, the whole perhaps in
parentheses) is the table's header. A short line between rows of the same width (a group heading: the
levels the rows below stand under) is a row of its own, one cell across the table, its heading mark (▍, ■)
dropped; blank lines between rows are nothing. Two rows or more of one width make a table; a line of
another width ends it.

The brackets here are the cell borders. Elsewhere a bracketed word is a key (【项目名称】X), a fill-in
mark (自评等级：【优】) or a signature (【某某局】): a line that holds text outside its brackets is no row.
"""
from __future__ import annotations

import re
import unicodedata

MIN_CELLS = 3
MIN_ROWS = 2
GROUP_WIDTH = 30      # a group heading between rows is a short line, no paragraph of prose
_CELL = re.compile(r"【([^【】\n]*)】")
_ROW = re.compile(r"^\s*(?:【[^【】\n]*】[ \t\u3000]*){3,}$")
# a lead-in that names the cells: 每行依次为：【a】【b】【c】, in parentheses or not, the names perhaps
# apart by 、 or ，
_SCHEMA = re.compile(r"^\s*[（(]?[^【】\n]{1,24}?[：:]\s*((?:【[^【】\n]+】[\s\u3000、，,]*){3,})[）)]?\s*[。.]?\s*$")


def cells(text: str) -> list[str] | None:
    """The cells of a bracketed row, or None where the line is no such row."""
    return [c.strip() for c in _CELL.findall(text)] if _ROW.match(text) else None


def schema(text: str) -> list[str] | None:
    """The names a header line gives its bracketed columns, or None."""
    m = _SCHEMA.match(text)
    return [c.strip() for c in _CELL.findall(m.group(1))] if m else None


def opens(text: str) -> bool:
    return cells(text) is not None or schema(text) is not None


def _heading(text: str) -> str:
    """A group heading's text without the mark set before it (▍, ■, ◆: a symbol, no letter or figure)."""
    t = text.strip()
    while t and unicodedata.category(t[0]) in ("So", "Sk") or t[:1].isspace():
        t = t[1:]
    return t.strip()


def extent(texts: list[str], i: int) -> tuple[list[tuple[int, str, int, int]], int] | None:
    """The table opened at texts[i] (a header line or a bracketed row): its rows as (k, text, rowspan,
    colspan) cells, k the line's index in texts, and the index past it; None where no two rows of one
    width follow."""
    head = schema(texts[i])
    rows: list[list[tuple]] = []
    pending: list[int] = []          # group headings not yet followed by a row
    width = None
    j = i + 1 if head is not None else i
    n_rows = 0
    while j < len(texts):
        t = texts[j]
        got = cells(t)
        if got is not None:
            if width is None:
                width = len(got)
            if len(got) != width or (head is not None and len(head) != width):
                break
            for k in pending:
                rows.append([(k, _heading(texts[k]), 1, width)])
            pending = []
            rows.append([(j, c, 1, 1) for c in got])
            n_rows += 1
        elif not t.strip():
            pass
        elif len(t.strip()) <= GROUP_WIDTH and not schema(t) and "【" not in t:
            pending.append(j)
        else:
            break
        j += 1
    if n_rows < MIN_ROWS or width is None or width < MIN_CELLS:
        return None
    # the lines after the last row (headings with no row, blanks) are not the table's
    end = max(k for row in rows for k, *_ in row) + 1
    if head is not None:
        rows.insert(0, [(i, c, 1, 1) for c in head])
    return rows, end
