"""Indicators each a small table of its values under its name as a heading, rebuilt into one Table before
they are read.

A page may give every indicator as a heading (its name) over a table of two rows, the value fields' names
and the values (年度指标值 | 实际完成值 | 分值 | 得分 over ≥15000亩 | 15400亩 | 10 | 10), the levels as headings
above (产出指标, then 数量指标; corpus/native 1665). No table names its rows: each is one indicator, named by
the line just above it. The value heads are the header grammar's (vocab.header_field); a level heading is a
line that is a level label alone or a level pair (columns.level_pair). The name line may be the table's caption
as a word processor numbers it (表 1 建设花木标准化生产基地（产出指标—数量指标）, 1672): the label and its number
are no part of the name, and a closing bracket holding a level pair gives the row its levels. No word of these
pages is listed here.

A table of values under no name (a level heading straight above it) is not read: it is counted unread and
named in a warning.

A PDF reader may take such tables one under another for one table, each next name line caught as a row of it
cut at the columns (1672.pdf: a caption centred over the narrower table below it, 表 3 培训花木种植户（产出指标 |
—数量指标）): a table of the value heads and values, then rows in threes (a line of text, the same heads, the
values), is read as the name lines and small tables it was (stacked_captions).
"""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Document, Paragraph, Table

from .clause_lines import LEVEL_HEAD
from .columns import level_pair
from .rebuild import HEADER_CELL, Rebuilt, RunCell, source_line
from .vocab import canonical_level1, header_field, level2_label

_VALUES = ("target", "actual", "weight", "score", "reason")
# a caption's label and number before its text (表 1, 表2-3, 表3：): a word processor's numbered caption
_CAPTION_LABEL = re.compile(r"^表\s*[0-9一二三四五六七八九十]+(?:[-.．][0-9]+)?\s*[：:.、．]?\s*(?=\S)")
_LEVELS_AFTER = re.compile(r"^(?P<name>.+?)\s*[（(](?P<levels>[^（）()]+)[）)]$")
_LEVELS = ("一级指标", "二级指标", "三级指标")


def _value_fields(t: Table) -> list[str] | None:
    """The fields of a table of two rows whose first row names only values (target and actual among them, each
    once), else None."""
    if t.n_rows != 2:
        return None
    fields = [header_field(c.text.strip(), set()) for c in t.rows()[0]]
    if any(f not in _VALUES for f in fields) or len(set(fields)) < len(fields) or \
            not {"target", "actual"} <= set(fields):
        return None
    return fields


# The head noun closing a level's label (数量指标, 经济效益指标).
LEVEL_NOUN = "指标"


def _glued_level(text: str) -> tuple[str, str] | None:
    """(level 2, name) of a name line that opens with a level-2 label closed by its head noun 指标 and goes on
    (经济效益指标核桃亩均产量), the longest such label; None where it opens with none."""
    return next(((text[:n], text[n:].strip()) for n in range(len(text) - 1, 1, -1)
                 if text[:n].endswith(LEVEL_NOUN) and level2_label(text[:n]) and text[n:].strip()), None)


def stacked_captions(doc: Document) -> tuple[Document, list[str]]:
    """The document with each table of value tables stacked under name rows (see above) split into its name lines
    and small tables, in place; and the warning naming them. Where none is, the document as it was."""
    out, said = [], []
    for b in doc.blocks:
        rows = b.rows() if isinstance(b, Table) and b.parent is None and b.n_rows >= 5 and b.n_rows % 3 == 2 else []
        heads = [[c.text.strip() for c in r] for r in rows[::3][:1] + rows[3::3]]
        names = ["".join(c.text.strip() for c in r) for r in rows[2::3]]
        head = replace(b, n_rows=2, cells=[c for c in b.cells if c.row < 2]) if rows else None
        if not rows or _value_fields(head) is None or any(h != heads[0] for h in heads) or \
                any(not x or header_field(x, set()) is not None for x in names):
            out.append(b)
            continue
        out.append(head)
        for k, name in enumerate(names):
            r = 3 * k + 2       # the name row; the heads and values the two below it
            out.append(Paragraph(text=name, loc=rows[r][0].loc))
            out.append(replace(b, n_rows=2, cells=[replace(c, row=c.row - r - 1) for c in b.cells if r < c.row <= r + 2]))
        said.append(f"{b.loc.describe()}：{len(names)}张指标小表连同其上的名称行（{names[0][:30]}…）被读成一张表，"
                    "按名称行与其下的小表分开读取，请核对原件")
    return (replace(doc, blocks=out), said) if said else (doc, [])


def _levels(text: str, level1: str | None) -> tuple[str | None, str | None] | None:
    """(level 1, level 2) a heading line sets: a level pair, a level 1 alone (its level 2 cleared), a level 2 alone
    under a level 1 (a label of either level, 成本指标, is a level 2 there); None where the line is no level's."""
    if (pair := level_pair(text)) is not None:
        return pair
    m = LEVEL_HEAD.match(text)
    label = m.group("label") if m is not None else None
    if label is None:
        return None
    if level1 is not None and level2_label(label):
        return level1, label
    return (label, None) if canonical_level1(label) is not None else None


def _captioned(text: str) -> tuple[str, tuple[str, str] | None]:
    """The name a name line gives, its caption label and number taken off (表 1 X as X), and the levels a
    closing bracket of a level pair writes after it (X（产出指标—数量指标）), else None."""
    name = _CAPTION_LABEL.sub("", text, count=1)
    if (m := _LEVELS_AFTER.match(name)) is not None and (pair := level_pair(m.group("levels"))) is not None:
        return m.group("name"), pair
    return name, None


def headed_tables(doc: Document) -> list[Rebuilt]:
    """The runs of value tables each under its indicator's name (a heading line), as rebuilt tables."""
    out: list[Rebuilt] = []
    level1 = level2 = None       # RunCells of the level headings in scope
    name: tuple[int, Paragraph] | None = None
    run: list[tuple[set[int], dict[str, RunCell]]] = []     # (blocks, the row's cells by field)
    heads: dict[str, RunCell] = {}      # each value field's head cell as first written
    nameless: list[Table] = []
    heading = False      # the line before was a level heading

    def flush():
        nonlocal run, heads, nameless
        if len(run) >= 2:
            head = run[0][1]["level3"]
            roles = ["level1", "level2", "level3"] + list(heads)
            header = [RunCell(head.line, word, head.blocks, src=head.src) for word in _LEVELS] + list(heads.values())
            rb = Rebuilt(first_block=min(min(bs) for bs, _ in run), blocks=set().union(*(bs for bs, _ in run)),
                         header=header, roles=roles, rows=[[row.get(f) for f in roles] for _, row in run])
            if nameless:
                rb.unread = len(nameless)
                rb.warning = (f"{'、'.join(t.loc.describe() for t in nameless[:3])}：只有数值的小表（{len(nameless)}张，"
                              "表头为年度指标值、实际完成值等）上方没有指标名称行，未读取，请核对原件")
            out.append(rb)
        run, heads, nameless = [], {}, []

    for k, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph):
            text = b.text.strip()
            if not text:
                continue
            line = source_line(b, k)
            got = _levels(text, level1.text if level1 is not None else None)
            if got is not None and heading and level2 is not None and got[1] == text and \
                    canonical_level1(level2.text) is not None:
                # a level label over another straight after it (满意度指标 over 服务对象满意度指标): the level 1 of
                # the one below, though under an earlier level 1 it read as a level 2
                level1, level2 = level2, RunCell(line, text, [k], src=b.loc)
            elif got is not None:
                l1, l2 = got
                level1 = RunCell(line, l1, [k], src=b.loc) if l1 != (level1.text if level1 else None) else level1
                level2 = RunCell(line, l2, [k], src=b.loc) if l2 else None
            if got is None and level1 is not None and (glued := _glued_level(text)) is not None:
                # a level-2 heading run together with the name under it (经济效益指标核桃亩均产量: OCR reads the two
                # lines as one): the level (the level 1 the heading straight above, where that can be one), then the
                # line as the name alone
                if heading and level2 is not None and canonical_level1(level2.text) is not None:
                    level1 = level2
                level2, b = RunCell(line, glued[0], [k], src=b.loc), Paragraph(text=glued[1], loc=b.loc)
                text = glued[1]
            heading = got is not None
            if got is not None:
                name = None
            elif len(text) <= 2 * HEADER_CELL and not any(ch in text for ch in "：:，,。；;"):
                name = (k, b)
            else:
                flush()
                level1 = level2 = name = None
            continue
        heading = False
        fields = _value_fields(b) if isinstance(b, Table) else None
        if fields is None:
            flush()
            level1 = level2 = name = None
            continue
        if name is None:
            nameless.append(b)
            continue
        nk, nb = name
        text, pair = _captioned(nb.text.strip())
        row = {"level3": RunCell(source_line(nb, nk), text, [nk], src=nb.loc)}
        if pair is not None:
            row["level1"], row["level2"] = (RunCell(row["level3"].line, x, [nk], src=nb.loc) for x in pair)
        if level1 is not None and pair is None:
            row["level1"] = level1
        if level2 is not None and pair is None:
            row["level2"] = level2
        for f, head, cell in zip(fields, b.rows()[0], b.rows()[1]):
            row[f] = RunCell(row["level3"].line, cell.text.strip(), [k], src=cell.loc)
            heads.setdefault(f, RunCell(row["level3"].line, head.text.strip(), [k], src=head.loc))
        run.append(({nk, k}, row))
        name = None
    flush()
    return out
