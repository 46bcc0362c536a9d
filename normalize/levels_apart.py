"""A level 1 written apart from its rows: where a table has no 一级指标 column, the level 1 of its rows
may stand only in the closing subtotal row of their group (产出指标小计 | 50 | 50.00, 1054) or in the
table's caption, printed over it (<caption>产出指标（50分）</caption>, 1059: a table per level 1).
The level-2 names often give the level 1 away (数量指标 is 产出's), but not always (服务对象满意度指标
under 效益指标 in the older templates, 成本指标 under 产出 or a level 1 of its own): what the form writes
wins over what the level-2 name implies. Only records whose row writes no level 1 of its own are set.
A caption's points (产出指标（50分）) are the level's points (level1_points) of the rows it heads, as a
level-1 cell's are: the weights under it must add up to them (JX303)."""
from __future__ import annotations

import regex as re

from jixiao.extract import Document, Paragraph, Table, normalize_ws

from .quantity import parse
from .records import DocRecords, Figure
from .table_cells import LEVEL_POINTS, _first_text
from .vocab import bare, canonical_level1

# A group's closing row: its level 1, then 小计 / 合计 (产出指标小计, 效益指标 合计).
SUBTOTAL_OF = re.compile(r"^(?P<label>.+?)\s*(?:小计|合计)$")
# A caption's points after its label (产出指标（50分）, 效益指标(25分)).
POINTS = re.compile(r"\s*[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]\s*$")


def _caption(doc: Document, t: Table) -> tuple[str, str, Figure | None] | None:
    """(level 1, as written, its points where it states them) of the line right before a table that is
    a level-1 label alone, its points after it or none: the table's caption."""
    k = next((k for k, b in enumerate(doc.blocks) if b is t), None)
    if not k or not isinstance(prev := doc.blocks[k - 1], Paragraph):
        return None
    text = POINTS.sub("", bare(prev.text))
    # its points by the grammar a level cell's are read with (产出指标(50分), 产出指标 50分)
    m = LEVEL_POINTS.search(normalize_ws(prev.text))
    points = Figure(parse(m.group("points")), prev.loc) if m else None
    return (l1, text, points) if (l1 := canonical_level1(text)) is not None else None


def _subtotals(t: Table) -> list[tuple[int, str, str]]:
    """(row, level 1, as written) of each row of the table that closes a level-1 group (its first text
    the level 1 and 小计 / 合计)."""
    out = []
    for r, row in enumerate(t.grid()):
        m = SUBTOTAL_OF.match(bare(_first_text(row)))
        if m and (l1 := canonical_level1(m.group("label"))) is not None:
            out.append((r, l1, m.group("label")))
    return out


def levels_written_apart(doc: Document, recs: DocRecords) -> None:
    """Set the level 1 of each record whose row writes none from its group's closing subtotal row, else
    from its table's caption, noting where it was read."""
    for t in doc.tables():
        mine = [i for i in recs.indicators
                if i.loc is not None and i.loc.table == t.index and i.loc.row is not None and not i.level1_raw]
        if not mine:
            continue
        caption, closing = _caption(doc, t), _subtotals(t)
        if caption is None and not closing:
            continue
        for i in mine:
            start = 0
            found = None
            for r, l1, raw in closing:
                if start <= i.loc.row < r:
                    found = (l1, raw, f"一级指标按本组小计行“{raw}”读出")
                    break
                start = r + 1
            if found is None and caption is not None:
                found = (*caption[:2], f"一级指标按表题“{caption[1]}”读出")
                if caption[2] is not None and i.level1_points is None:
                    i.level1_points = caption[2]    # the caption's points: its level's, as a level cell's are
            if found is not None and found[0] != i.level1:
                i.level1 = found[0]
                i.note = "；".join(x for x in (i.note, found[2]) if x)
