"""Indicators written as blocks of label：value paragraphs, rebuilt into a Table before they are read.

Some forms give each indicator not as a table row but as lines down the page, each line one or
more label：value pairs (指标名称：X, 年度指标值：≥36站, 分值：8　得分：8). A paragraph is such a
line when it is nothing but pairs whose labels the indicator header grammar maps to fields
(vocab.header_field, the grammar that reads a table's header; no list of these lines' words).
Consecutive such lines are one run; a block (one indicator) starts where a field repeats. A run
whose labels hold the name field is rebuilt as a table: the header row of the labels as first
written, one row per block, each cell the value with its paragraph as its source, so the
records read from it point at the paragraph their text stands in (cell_runs._Origins).
"""
from __future__ import annotations

import regex as re

from jixiao.extract import Document, Paragraph
from jixiao.extract.separated import json_object

from .rebuild import HEADER_CELL, Rebuilt, RunCell
from .vocab import header_field

_COLON = re.compile(r"[：:]")
# Marks that part one pair from the next on a line (年度指标值：≥8个；实际完成值：8个): a label after one starts
# there as after a space, and the mark is no part of the value before it.
_PARTS = re.compile(r"[\s；;，,。]+")
_PART_END = re.compile(r"[；;，,。]\s*$")
# A row's number labelled (序号：8): no indicator field the header grammar reads, but a label after a space.
_SERIAL = re.compile(r"序号|编号")
# The fields that name an indicator or its place: a block holds one of them.
_NAMING = ("level1", "level2", "level3")


def _label(before: str, first: bool) -> tuple[int, str] | None:
    """Where the label before a colon starts in `before` and its field. The line's first label is
    all of `before`. A later one is the last word (after a space or a mark that parts pairs, _PARTS) where
    the header grammar maps it; where it follows the colon before with no space (a PDF line joining two
    lines: 数量指标指标名称), the value comes first, so the label is the shortest end of the word the
    grammar maps."""
    words = [w for w in _PARTS.split(before) if w]
    if not words:
        return None
    if first:
        if len(words) > 1 or (field := header_field(words[0], set())) is None:
            return None
        return len(before) - len(before.lstrip()), field
    word = words[-1]
    glued = before == word
    if not glued and _SERIAL.fullmatch(word):
        # a row's number after a space (…年度指标值：≥1.5亿元　序号：8): a label of its own, as a table's 序号
        # column is one, so the figure before it keeps to its field
        return len(before.rstrip()) - len(word), "serial"
    if not glued and (field := header_field(word, set())) is not None:
        return len(before.rstrip()) - len(word), field
    for i in range(len(word) - 2, 0, -1):
        if (field := header_field(word[i:], set())) is not None:
            return len(before.rstrip()) - len(word) + i, field
    return None


def _pairs(b: Paragraph, k: int) -> list[tuple[str, RunCell, RunCell]] | None:
    """(field, label cell, value cell) for each pair of a line that is wholly label：value pairs
    with indicator-header labels, else None. A colon after no such label is part of a value."""
    text = b.text.strip()
    line = b.loc.line if b.loc.line is not None else k
    found, at = [], 0     # (label start, colon, field)
    for m in _COLON.finditer(text):
        seg = text[at:m.start()]
        got = _label(seg, not found)
        if got is None:
            if not found:
                return None
            continue
        found.append((at + got[0], m.start(), got[1]))
        at = m.end()
    out = []
    for n, (x, colon, field) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(text)
        value = text[colon + 1:end].strip()
        if n + 1 < len(found):
            value = _PART_END.sub("", value)
        out.append((field, RunCell(line, text[x:colon].strip(), [k], src=b.loc),
                    RunCell(line, value, [k], src=b.loc)))
    return out or None


def _runs(doc: Document):
    """Runs of label：value lines; one short line without a label between them (a block's
    caption, 指标2) does not end a run, a table or any other line does."""
    run, gap = [], 0
    for k, b in enumerate(doc.blocks):
        pairs = _pairs(b, k) if isinstance(b, Paragraph) else None
        if pairs:
            run.append((k, pairs))
            gap = 0
            continue
        caption = isinstance(b, Paragraph) and len(b.text.strip()) <= HEADER_CELL and not re.search(r"[：:]", b.text)
        if caption and run and not any(f in _NAMING for _, pairs in run for f, _, _ in pairs):
            # points and values over a caption with no name or level among them (a fund block's 分值 /
            # 得分, then 绩效指标): no indicator's block; the run starts after the caption
            run, gap = [], 0
            continue
        if caption and run and gap == 0:
            gap = 1
            continue
        if run:
            yield run
        run, gap = [], 0
    if run:
        yield run


def label_blocks(doc: Document) -> list[Rebuilt]:
    """The runs of label：value lines that hold indicator names, each as a rebuilt table."""
    out = []
    for run in _runs(doc):
        blocks: list[dict[str, RunCell]] = []
        heads: dict[str, RunCell] = {}
        # cards side by side (a label sheet's two cards a row, read by OCR as lines across both: 三级指标：A
        # 三级指标：B): a line that writes a field twice holds a lane per card, the n-th time a field is
        # written on a line its n-th card's; each lane opens its blocks as one column does
        lanes: dict[int, dict[str, RunCell]] = {}
        for _, pairs in run:
            seen: dict[str, int] = {}
            for field, label, value in pairs:
                lane = seen[field] = seen.get(field, -1) + 1
                last = lanes.get(lane)
                # a field written again: the next indicator's block; so is a level written after a
                # name (a list's level, then its indicators: the level heads those after it)
                if last is None or field in last or field in ("level1", "level2") and "level3" in last:
                    last = lanes[lane] = {}
                    blocks.append(last)
                last[field] = value
                heads.setdefault(field, label)
        if "level3" not in heads or len(heads) < 2:
            continue
        roles = list(heads)
        out.append(Rebuilt(first_block=run[0][0], blocks={k for k, _ in run}, header=[heads[f] for f in roles],
                           roles=roles, rows=[[blk.get(f) for f in roles] for blk in blocks]))
    return out


def titled_cards(doc: Document, read: set[int]) -> list[tuple[int, int, str]]:
    """Cards titled by a line of their own (a KPI board, 1467.html: a name line, no colon, over a line of
    label：value pairs holding the target and another value field but no level or name label): no run holds
    the name, and a label the header grammar does not map (完成 alone) leaves its values unsplit, so they
    are not read; (block, 1, warning) for each card whose lines gave no record (`read`: the blocks that
    did), to be counted and named unread (unread.say_silent)."""
    out = []
    for k, b in enumerate(doc.blocks[:-1]):
        nxt = doc.blocks[k + 1]
        if k in read or k + 1 in read or not isinstance(b, Paragraph) or not isinstance(nxt, Paragraph):
            continue
        name = b.text.strip()
        if not name or len(name) > HEADER_CELL or _COLON.search(name):
            continue
        fields = [f for f, _, _ in _pairs(nxt, k + 1) or []]
        after = doc.blocks[k + 2] if k + 2 < len(doc.blocks) else None
        if fields and isinstance(after, Paragraph):     # a print may wrap the values onto a second line
            fields += [f for f, _, _ in _pairs(after, k + 2) or []]
        if "target" in fields and not set(fields) & set(_NAMING) and \
                len(set(fields) & {"actual", "weight", "score"}) >= 1:
            where = b.loc.describe() if b.loc is not None else f"第{k + 1}段"
            out.append((k, 1, f"{where}：段落“{name}”下一行以“标签：值”写出其指标值（{nxt.text.strip()[:60]}），"
                              "名称行无标签，未能作为指标读取"))
    return out


def first_lines(doc: Document, rb: Rebuilt) -> list[str]:
    """Each block's first line as written (its paragraph's text), to name the block in a warning."""
    seen, lines = set(), []
    for row in rb.rows:
        first = next(c for c in row if c is not None)
        if first.blocks[0] not in seen:
            seen.add(first.blocks[0])
            b = doc.blocks[first.blocks[0]]
            lines.append(b.text.strip() if isinstance(b, Paragraph) else first.text)
    return lines


# A paragraph of JSON objects ({"三级指标":"…","年度指标值":"≥5000亩",…,"分值":10}, an interface's records
# printed or pasted a line each, two run together where a line filled to the margin met the next).
_JSON_OBJECTS = re.compile(r"^\s*(?:\{[^{}]*\}\s*)+$")
_JSON_OBJECT = re.compile(r"\{[^{}]*\}")
# A pair of an object as a scan's OCR gives it, its marks read full-width or dropped ("分值"：10，“得分"：8,
# "二级指标":时效指标"): a key in quotes (or either quote), a colon, a value up to the comma before the next quoted key.
_Q = "\"“”"
_LOOSE_PAIR = re.compile(rf"[{{,，]\s*[{_Q}]?([^{_Q}:：,，{{}}]+?)[{_Q}]?\s*[:：]\s*[{_Q}]?(.*?)[{_Q}]?\s*(?=[,，]\s*[{_Q}]|\}})")


def json_paragraphs(doc: Document) -> tuple[Document, list[str]]:
    """The document with each paragraph that is JSON objects of scalar values (strings, numbers, null;
    four keys or more; where it does not parse, its pairs as a scan reads them: _LOOSE_PAIR) written as label：value lines, an object a paragraph at the same place (三级指标：…
    年度指标值：≥5000亩 … 分值：10, a number as written, null nothing), so the label grammars read its keys
    as labels and its values without the JSON's quotes and commas; and the warning naming how many. Where
    none is, the document as it was."""
    from dataclasses import replace as _replace
    blocks, n = [], 0
    for b in doc.blocks:
        objs = None
        if isinstance(b, Paragraph) and _JSON_OBJECTS.match(b.text):
            objs = [json_object(o) for o in _JSON_OBJECT.findall(b.text)]
            if None in objs:
                objs = [dict(_LOOSE_PAIR.findall(o)) for o in _JSON_OBJECT.findall(b.text)]   # a scan's marks
            if objs and not all(len(o) >= 4 and all(isinstance(v, str) or v is None for v in o.values())
                                for o in objs):     # a boolean is no field's value
                objs = None
        if not objs:
            blocks.append(b)
            continue
        n += len(objs)
        blocks += [Paragraph("　".join(f"{k}：{'' if v is None else v}" for k, v in o.items()), b.loc) for o in objs]
    if not n:
        return doc, []
    return _replace(doc, blocks=blocks), [f"{doc.source}：有{n}条记录写成JSON对象（{{\"键\":\"值\",…}}），已按其键读作“键：值”各项，请与原件核对"]
