"""One column whose head writes a NOTATION of several value fields and whose cells are written in it: 年度指标值 →
实际完成值（得分/分值） over ≥6000亩 → 6150亩（10/10）. The head is the grammar: its words, cut at its marks (arrows,
slashes, bars, brackets), are the fields by the header grammar, and the marks between them, in order, are how each
cell is cut. The column is read as the columns its head names, each cell's parts under them (a view, as
table_views' are); a cell not so written (a section row merged over the column, a 总分 line) spans them all."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Table

from .quantity import parse
from .rebuild import cell_fit
from .vocab import header_field

HEADER_SEARCH = 20
_VALUE_FIELDS = ("target", "actual", "weight", "score")
# a mark of the notation, and the characters a cell may write it in (full width or half)
_MARKS = {"→": "→⇒", "⇒": "→⇒", "/": "/／", "／": "/／", "|": "|｜", "｜": "|｜", "（": "（(", "(": "（(",
          "）": "）)", ")": "）)", "；": "；;", ";": "；;"}
_MARK = re.compile("[" + re.escape("".join(_MARKS)) + "]")


def _notation(head: str) -> tuple[list[str], list[str], str] | None:
    """(the fields the head names in order, the mark before each field after the first, the mark after the last
    or ""), where the head cut at its marks is two or more words each a value field by the header grammar, no
    field twice; else None."""
    if not _MARK.search(head):
        return None
    words, marks, p = [], [], 0
    for m in _MARK.finditer(head):
        words.append(head[p:m.start()].strip())
        marks.append(m.group())
        p = m.end()
    words.append(head[p:].strip())
    if words and not words[-1]:            # a closing mark ends the head: 实际完成值（得分/分值）
        words.pop()
        tail = marks.pop()
    else:
        tail = ""
    if len(words) < 2 or any(not w for w in words):
        return None
    fields = [header_field(w, set()) for w in words]
    if any(f not in _VALUE_FIELDS for f in fields) or len(set(fields)) != len(fields):
        return None
    return words, marks, tail


def _cuts(text: str, marks: list[str], tail: str) -> list[tuple[list[str], int]]:
    """Every way to cut a cell at the head's marks, in their order, each part non-empty: (the parts, how many of
    the cuts have a space beside them). A slash may also sit inside a unit (≤460元/亩 / 434元/亩), so a cell may cut
    more than one way."""
    text = text.strip()
    if tail:
        if not text or text[-1] not in _MARKS[tail]:
            return []
        text = text[:-1]
    out = []

    def walk(start: int, i: int, parts: list[str], spaced: int) -> None:
        if i == len(marks):
            if last := text[start:].strip():
                out.append((parts + [last], spaced))
            return
        for j in range(start, len(text)):
            if text[j] in _MARKS[marks[i]] and (part := text[start:j].strip()):
                gap = (j > 0 and text[j - 1].isspace()) or (j + 1 < len(text) and text[j + 1].isspace())
                walk(j + 1, i + 1, parts + [part], spaced + gap)

    walk(0, 0, [], 0)
    return out


def _cut(text: str, marks: list[str], tail: str, roles: list[str]) -> list[str] | None:
    """The one cut of a cell (_cuts) whose every part fits its field (rebuild.cell_fit); where more than one fits,
    the one with the most parts that read as a figure (a part opening with a unit's rest, 亩/1450元/亩, does not: as
    quantity.split_pair judges a slash), then the most marks apart by spaces, if only one is best; else None (the
    cell is not cut)."""
    fits = [(sum(parse(v).numeric for v in p), n, p) for p, n in _cuts(text, marks, tail)
            if all(cell_fit(v, r) is not None for v, r in zip(p, roles))]
    best = max((f[:2] for f in fits), default=None)
    top = [p for *key, p in fits if tuple(key) == best]
    return top[0] if len(top) == 1 else None


def notation_columns(t: Table) -> tuple[Table, str] | None:
    """(the view, what to say) for a table with a column whose head is a notation (_notation) over cells written
    in it, the head in a row that also heads the names (三级指标) by the header grammar; None where there is no
    such column, or fewer than two of its cells cut into parts each fitting its field (rebuild.cell_fit)."""
    grid = t.grid()
    for h in range(min(HEADER_SEARCH, t.n_rows)):
        if "level3" not in {header_field(x, set()) for x in grid[h]}:
            continue
        for c, head in enumerate(grid[h]):
            if (got := _notation(head)) is None:
                continue
            words, marks, tail = got
            roles = [header_field(w, set()) for w in words]
            below = [x for x in t.cells if x.row > h and x.col == c and x.colspan == 1 and x.text.strip()]
            parts = {id(x): p for x in below if (p := _cut(x.text, marks, tail, roles)) is not None}
            if len(parts) < 2:
                continue
            k = len(words)
            cells = []
            for x in t.cells:
                if x.col > c:
                    cells.append(replace(x, col=x.col + k - 1))
                elif x.row == h and x.col == c and x.colspan == 1:
                    cells += [replace(x, col=c + i, text=w) for i, w in enumerate(words)]
                elif id(x) in parts:
                    cells += [replace(x, col=c + i, text=v) for i, v in enumerate(parts[id(x)])]
                elif x.col <= c < x.col + x.colspan:
                    cells.append(replace(x, colspan=x.colspan + k - 1))
                else:
                    cells.append(x)
            said = (f"第{c + 1}列表头“{head}”写明各值的写法，其下{len(parts)}格按表头的符号拆为"
                    f"{'、'.join(words)}{k}栏读取，请核对原件")
            return replace(t, n_cols=t.n_cols + k - 1, cells=cells), said
    return None
