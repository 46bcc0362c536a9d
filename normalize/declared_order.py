"""Values in parentheses whose order a note declares (1596: 说明：各三级指标名称后括号内依次为年度指标值、实际完成值、
分值、得分 over lines 建设当归标准化种植基地（≥30000亩／31200亩／10／10）): the note's list is read by the header
grammar (each item a field it maps, three value fields at least), and each later line of a name and a
parenthesis holding as many values apart by slashes is written as the card it stands for (the name a
line, then 年度指标值：… 实际完成值：… one a line), so the label grammars read it under the level lines around it. No word of
the forms is listed here: the order is the document's own.

A legend may declare the order of values set apart by spaces instead (1628: 说明：各指标右侧徽标依次为：年度指标值｜
实际完成值｜分值｜得分 over a list group whose items print as four badges and the name, the badges first where
they float right): a line of as many spaced values at one end and the name at the other is such an item where
only one of the two ends gives numbers at the declared weight and score places."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Document, Paragraph, Table

from .vocab import header_field

# an order declared: (依次 | 分别)(为 | 是) then a list apart by 、，, up to the sentence's end or a bracket
_DECLARED = re.compile(r"(?:依次|分别)[为是][：:]?\s*([^。；;（(]+)")
_ITEM = re.compile(r"^\s*(?P<name>[^（()）：:]{2,40}?)\s*[（(](?P<inner>[^（()）]+)[）)]\s*$")
_SLASH = re.compile(r"\s*[／/]\s*")
VALUE_FIELDS = frozenset({"target", "actual", "weight", "score"})
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_NAME = re.compile(r"\p{Han}")


def declared_labels(text: str) -> list[str] | None:
    """The labels a note declares in order, where each is a field the header grammar maps (each once) and
    three of them at least are value fields; else None."""
    m = _DECLARED.search(text)
    if m is None:
        return None
    labels = [x.strip() for x in re.split(r"[、，,｜|]|和|及", m.group(1)) if x.strip()]
    fields = [header_field(x, set()) for x in labels]
    if None in fields or len(set(fields)) != len(fields) or len(VALUE_FIELDS & set(fields)) < 3:
        return None
    return labels


def spaced_item(text: str, labels: list[str]) -> tuple[str, list[str]] | None:
    """(name, values) of a line of as many values as labels apart by spaces at one end and the name at the other,
    where only one end gives plain numbers at the declared weight and score places and the name has a Han
    character and is no number; else None."""
    tokens = text.split()
    n = len(labels)
    if len(tokens) < n + 1:
        return None
    fields = [header_field(x, set()) for x in labels]
    numeric = [k for k, f in enumerate(fields) if f in ("weight", "score")]
    if not numeric:
        return None
    got = []
    for values, name in ((tokens[:n], " ".join(tokens[n:])), (tokens[-n:], " ".join(tokens[:-n]))):
        if all(_NUMBER.match(values[k]) for k in numeric) and _NAME.search(name) and not _NUMBER.match(name):
            got.append((name, values))
    return got[0] if len(got) == 1 else None


def _rows_as_lines(t: Table, n: int) -> list[tuple[str, object]] | None:
    """A table's rows as the slash-parted lines they were split from (its cells joined by ／), each with its
    first cell's location, where every row so joined is a name and a parenthesis of n values; else None."""
    out = []
    for r in range(t.n_rows):
        cells = sorted((c for c in t.cells if c.row == r), key=lambda c: c.col)
        text = "／".join(c.text.strip() for c in cells)
        m = _ITEM.match(text) if cells else None
        if m is None or len(_SLASH.split(m.group("inner").strip())) != n:
            return None
        out.append((text, cells[0].loc))
    return out


def declared_paragraphs(doc: Document) -> tuple[Document, list[str]]:
    """The document with each line after such a note that is a name and a parenthesis of as many values as
    the note declares (apart by slashes) written as its card of lines, at the same place; and the
    warning naming how many. Where none is, the document as it was."""
    blocks, labels, n, note = [], None, 0, ""
    todo = list(doc.blocks)
    while todo:
        b = todo.pop(0)
        # a one-column table framing such items a cell a line (a list group's boxes printed ruled): its cells
        # are the lines
        if labels and isinstance(b, Table) and b.n_cols == 1 and b.parent is None and \
                any(spaced_item(c.text, labels) for c in b.cells):
            todo[:0] = [Paragraph(text=c.text, loc=c.loc) for c in sorted(b.cells, key=lambda c: c.row) if c.text.strip()]
            continue
        # lines of slashes a reader already split into cells (a run of such lines read as a table): each
        # row the line it was, where every row is such an item
        if labels and isinstance(b, Table) and (rows := _rows_as_lines(b, len(labels))) is not None:
            for text, loc in rows:
                m = _ITEM.match(text)
                n += 1
                blocks.append(Paragraph(text=m.group("name").strip(), loc=loc))
                blocks += [Paragraph(text=f"{k}：{v}", loc=loc) for k, v in zip(labels, _SLASH.split(m.group("inner").strip()))]
            continue
        if isinstance(b, Paragraph):
            got = declared_labels(b.text)
            if got is not None:
                labels, note = got, b.text.strip()
            elif labels and (m := _ITEM.match(b.text)) and len(parts := _SLASH.split(m.group("inner").strip())) == len(labels):
                # a titled card: the name a line, each value a label：value line under it (as an outline's)
                n += 1
                blocks.append(replace(b, text=m.group("name").strip()))
                blocks += [replace(b, text=f"{k}：{v}") for k, v in zip(labels, parts)]
                continue
            elif labels and (item := spaced_item(b.text, labels)) is not None:
                # spaced values at one end of the line, the name at the other (a list item's badges)
                n += 1
                blocks.append(replace(b, text=item[0]))
                blocks += [replace(b, text=f"{k}：{v}") for k, v in zip(labels, item[1])]
                continue
        blocks.append(b)
    if not n:
        return doc, []
    return replace(doc, blocks=blocks), [f"{doc.source}：有{n}条指标写成“名称（值／值…）”或“名称 值 值…”，按说明“{note[:40]}”所列顺序读取各值，请与原件核对"]
