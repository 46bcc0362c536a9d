"""Outline codes: a column numbering the rows of a table as an outline (1 / 1.1 / 1.1.1, or 一 / （一） / 1),
the code's depth saying which rows are levels and which the items under them.

    depths(["1", "1.1", "1.1.1", "1.1.2", ""])   ->  [1, 2, 3, 3, None]
    depths(["A", "A1", "A11", "A12", "B"])       ->  [1, 2, 3, 3, 1]   (a code extends its parent's)
    depths(["一级", "二级", "三级", "三级"])      ->  [1, 2, 3, 3]      (the level's rank written)
    depths([".1", "..2", "...3", "...3"])         ->  [1, 2, 3, 3]      (a bill of materials' explosion level)
    level_numbers(["1", "2", "", "3", "2"], [0, 0, 1, 1, 0])  ->  [1, 2, 3, 3, 2]   (its points dropped)
    parents([1, 2, 3, 3, None])                  ->  {0, 1}   (the rows with rows under them)
"""
from __future__ import annotations

import regex as re

# A dotted code: 1, 1.1, 1.1.1 (a full-width point too; a trailing point as 1. is the same code).
DOTTED = re.compile(r"^\s*(\d+(?:\s*[.．]\s*\d+)*)\s*[.．、]?\s*$")
# Ordinals of three kinds nested as an outline: 一 / 一、, （一）, and 1 / 1. / （1）. Which kind is
# the outer one is the order they first appear in (一 above （一） above 1 in every template).
ORDINAL_KINDS = (
    re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]?\s*$"),
    re.compile(r"^\s*[（(]\s*[一二三四五六七八九十]+\s*[)）]\s*$"),
    re.compile(r"^\s*(?:\d+\s*[、.．]?|[（(]\s*\d+\s*[)）])\s*$"),
)


# A code of letters and digits opened by a letter (A, A1, A11, B2): a prefix tree where each code
# extends its parent's by what follows (the 指标编号 of a framework, 1053).
PREFIXED = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*)\s*$")

# A level named by its rank (一级 / 二级 / 三级, 一级指标): a 指标层级 column beside one name column, the
# rank the depth itself.
RANK = re.compile(r"^\s*([一二三四五])\s*级\s*(?:指标)?\s*$")

# A level as a bill of materials' explosion prints it (SAP's 层级 / Explosion level): the depth as a digit
# after as many points (.1 / ..2 / ...3), the points the indent a fixed-width report cannot draw.
EXPLOSION = re.compile(r"^\s*([.．]+)\s*([1-9])\s*$")


def _explosion_depth(text: str) -> int | None:
    m = EXPLOSION.match(text)
    return int(m.group(2)) if m and len(m.group(1)) == int(m.group(2)) else None


def _prefix_depths(texts: list[str]) -> list[int | None] | None:
    """Each code's depth in a prefix tree (1 plus the number of codes in the column that open it),
    None where the column is no such tree: a code no prefix code, or a deeper code whose nearest
    shallower code above it is not its parent (A1 … A9, A10: a flat run, not A1's children)."""
    codes = [t.strip().upper() for t in texts]
    if not all(PREFIXED.match(c) for c in codes if c):
        return None
    seen = [c for c in codes if c]
    out: list[int | None] = []
    above: list[str] = []    # the codes above, shallowest first, on the path to this row
    for c in codes:
        if not c:
            out.append(None)
            continue
        opened = [p for p in seen if p != c and c.startswith(p)]
        while above and not c.startswith(above[-1]) or above and above[-1] == c:
            above.pop()
        if len(opened) != len(above) or any(p not in above for p in opened):
            return None
        out.append(len(above) + 1)
        above.append(c)
    return out


def _dotted_depth(text: str) -> int | None:
    m = DOTTED.match(text)
    return len(re.split(r"\s*[.．]\s*", m.group(1))) if m else None


def depths(cells: list[str]) -> list[int | None] | None:
    """Each cell's depth in the outline the column writes (1 the outermost), None for a blank cell;
    None for the whole column where it is no outline: a cell that is no code, or codes of one depth
    only (a plain 序号 1, 2, 3)."""
    texts = [c.strip() for c in cells]
    codes = [t for t in texts if t]
    if len(codes) < 2:
        return None
    if all(RANK.match(t) for t in codes):
        out = [" 一二三四五".index(RANK.match(t).group(1)) if t else None for t in texts]
    elif all(_explosion_depth(t) is not None for t in codes):
        out = [_explosion_depth(t) if t else None for t in texts]
    elif all(_dotted_depth(t) is not None for t in codes):
        out = [_dotted_depth(t) if t else None for t in texts]
    elif all(PREFIXED.match(t) for t in codes):
        if (prefixed := _prefix_depths(texts)) is None:
            return None
        out = prefixed
    else:
        order: list[int] = []   # the ordinal kinds in the order they first appear: outermost first
        out = []
        for t in texts:
            if not t:
                out.append(None)
                continue
            kind = next((k for k, rx in enumerate(ORDINAL_KINDS) if rx.match(t)), None)
            if kind is None:
                return None
            if kind not in order:
                order.append(kind)
            out.append(order.index(kind) + 1)
    found = [d for d in out if d is not None]
    return out if len(set(found)) > 1 and found[0] == min(found) else None


def level_numbers(cells: list[str], leaves: list[bool] | None = None) -> list[int | None] | None:
    """Each row's depth where the column writes it as a bare number (1 / 2 / 3: an explosion level whose points
    a scan's OCR dropped, .1 / ..2 read 1 / 2, or a 层级 column printed without them), None for the whole column
    where it is no such column: the first code 1, each code at most one deeper than the one above, some code
    going back up, the deepest 2 or more (a run of row numbers 1, 2, 3 … never goes back up). Given which rows
    hold figures (`leaves`), those rows are all at the deepest code and no other row is, and a leaf's blank cell
    is at that depth (its code lost): rows numbered again under each group (1, 2, 1, 2, 3) are all leaves."""
    texts = [c.strip() for c in cells]
    if not all(re.fullmatch(r"[1-9]", t) for t in texts if t):
        return None
    out = [int(t) if t else None for t in texts]
    found = [d for d in out if d is not None]
    if len(found) < 3 or found[0] != 1 or max(found) < 2 or \
            any(b > a + 1 for a, b in zip(found, found[1:])) or not any(b < a for a, b in zip(found, found[1:])):
        return None
    if leaves is not None:
        deepest = max(found)
        if any(d is not None and (d == deepest) != leaf for d, leaf in zip(out, leaves)) or \
                not any(leaf for leaf in leaves):
            return None
        out = [deepest if d is None and leaf else d for d, leaf in zip(out, leaves)]
    return out


def parents(depth: list[int | None]) -> set[int]:
    """The rows with rows under them: the next coded row is deeper."""
    coded = [i for i, d in enumerate(depth) if d is not None]
    return {i for i, j in zip(coded, coded[1:]) if depth[j] > depth[i]}


def children(depth: list[int | None], i: int) -> list[int]:
    """The rows one step under row i, up to the next row no deeper than it."""
    out = []
    for j in range(i + 1, len(depth)):
        if depth[j] is None:
            continue
        if depth[j] <= depth[i]:
            break
        if depth[j] == depth[i] + 1:
            out.append(j)
    return out


# A line opened by an item number: 1. / 1、 / （1） / ①. A point before a digit is a decimal (1.5万元).
ITEM = re.compile(r"^\s*(?:(\d{1,2})\s*(?:[、]|[.．](?!\d))|[（(]\s*(\d{1,2})\s*[)）]|([\u2460-\u2473]))")
# A name opened by its outline code (1.1数量指标, 2.4 可持续影响指标, 1.1.1新建基地): two dotted parts or
# more before a word, the code's depth its level's.
CODE_BEFORE_NAME = re.compile(r"^\s*\d{1,2}(?:\s*[.．]\s*\d{1,2})+\s*[.．、]?\s*(?=[^\d\s.．、%])")


def item_number(line: str) -> tuple[int, str] | None:
    """The item number a line opens with and the kind of its mark (1. and 1、 one kind, （1）, ①)."""
    m = ITEM.match(line)
    if m is None:
        return None
    if m.group(3):
        return ord(m.group(3)) - 0x2460 + 1, "circled"
    return (int(m.group(1)), "dotted") if m.group(1) else (int(m.group(2)), "bracketed")


def numbered_lines(text: str) -> list[str] | None:
    """The lines of a cell that lists items one a line, numbered 1 to N in order with one kind of
    mark (1.治理面积⏎2.新建谷坊); None for a cell of one line or lines that are no such list (a name
    wrapped onto a second line)."""
    lines = [x.strip() for x in (text or "").split("\n") if x.strip()]
    marks = [item_number(x) for x in lines]
    if len(lines) < 2 or None in marks or len({kind for _, kind in marks}) > 1:
        return None
    return lines if [n for n, _ in marks] == list(range(1, len(lines) + 1)) else None


# A list number as written before an item's text, by its form: the numeral (Chinese, Arabic, circled)
# and the marks around it (一、 / （一） / 1、 / 1. / （1） / ①). Word draws each level of a multilevel
# list in a form of its own, so the forms tell an outline's levels where no column codes them.
LIST_MARK = re.compile(r"^\s*(?:(?P<open>[（(])\s*(?P<n1>[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)）]|"
                       r"(?P<n2>[一二三四五六七八九十]{1,3}|\d{1,3})\s*(?P<close>[、.．](?!\d))|(?P<circled>[\u2460-\u2473]))\s*")


def list_mark(text: str) -> tuple[str, str] | None:
    """(the form of the list number a text opens with, the text after it), or None: the form a key as
    'cn、', '(cn)', 'ar.', '(ar)', 'circled' (a full-width point is a point)."""
    m = LIST_MARK.match(text)
    if m is None:
        return None
    if m.group("circled"):
        return "circled", text[m.end():].strip()
    n = m.group("n1") or m.group("n2")
    kind = "ar" if n[0].isdigit() else "cn"
    form = f"({kind})" if m.group("open") else kind + {"．": "."}.get(m.group("close"), m.group("close"))
    return form, text[m.end():].strip()


def heading_depths(forms: list[str]) -> list[int]:
    """The depth of each heading in an outline of list items by the forms of their numbers: a form's
    depth the order it first appears in (the outer level is written first), 1 the outermost."""
    order: list[str] = []
    for f in forms:
        if f not in order:
            order.append(f)
    return [order.index(f) + 1 for f in forms]
