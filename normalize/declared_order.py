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

from .clause_lines import GROUP
from .vocab import header_field, level_label

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


# Names listed first and their figures in later lists, each a label and the values in the names' order (1673:
# 1.数量指标：建设香菇标准化菌棚 … 12.…, then 以上指标年度指标值依次为：≥600亩、≥2000万棒、…。 / 实际完成值依次为：… /
# 分值依次为：… / 得分依次为：…). A list opens with a label the header grammar maps (the words before 依次为 / 分别为,
# or the longest tail of them that maps) and holds its values apart by 、，；. The names are the numbered items
# 1 … N just above the first list (level headings such as （一）产出指标 may stand between them), or a list of its
# own whose label maps to the name. Where every list holds N values each name is written as its card (its level
# 2 a line where the item opens with one, 数量指标：X; the name a line; label：value a line each) at its own place,
# so the label grammars read it under the level lines around it; where the counts differ nothing is dealt and
# every name is said unread. A reader may have split such paragraphs at their marks into a table (a row a list,
# a PDF line wrapped into the next row): its rows are read back as the lists they were.
_LIST_OPEN = re.compile(r"^\s*(?P<label>[^：:，,。；;]{1,20}?)\s*(?:依次|分别)[为是]\s*[：:]?\s*(?P<rest>.*)$")
_LIST_MARK = re.compile(r"\s*[、，,；;]\s*")
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,3})\s*[.、．)）](?!\d)\s*(?P<body>\S.*)$")
_ITEM_LEVEL = re.compile(r"^(?P<level>[^：:]{2,12})[：:]\s*(?P<name>\S.*)$")


def _list_field(label: str) -> str | None:
    """The field a list's label names: the label's, or the longest tail of it that maps."""
    for k in range(len(label) - 1):
        if (f := header_field(label[k:], set())) is not None:
            return f
    return None


def _values(text: str) -> list[str]:
    return [v for v in _LIST_MARK.split(text.strip().rstrip("。.；;").strip()) if v]


def _table_lists(t: Table) -> list[tuple[str, str, list[list[str]]]] | None:
    """A table whose rows are labelled lists split at their marks, each row a list's opening or its wrapped
    continuation (the first row an opening): (label, field, the rows' pieces) a list; else None."""
    out = []
    for r in range(t.n_rows):
        cells = [c.text.strip() for c in sorted((c for c in t.cells if c.row == r), key=lambda c: c.col)]
        while cells and not cells[-1]:
            cells.pop()
        if not cells or any(not c for c in cells):
            return None
        m = _LIST_OPEN.match(cells[0])
        if m and (f := _list_field(m["label"])) is not None:
            out.append((m["label"], f, [[x for x in [m["rest"].strip()] + cells[1:] if x]]))
        elif out:
            out[-1][2].append(cells)
        else:
            return None
    return out


def _joined(rows: list[list[str]], n: int) -> list[str] | None:
    """A list's values from its rows where a wrapped row's first piece either goes on the last value of the
    row before (3000 / 元) or is a value of its own: the one way that gives n values, else None."""
    ways = {()}
    for k, row in enumerate(rows):
        row = [x.rstrip("。.；;") for x in row]
        ways = {w + tuple(row) for w in ways} | ({w[:-1] + (w[-1] + row[0],) + tuple(row[1:]) for w in ways if w} if k else set())
        ways = {w for w in ways if len(w) <= n}     # a way never shortens: one past n gives no n values
    fit = [list(w) for w in ways if len(w) == n]
    return fit[0] if len(fit) == 1 else None


def _numbered_run(blocks: list, end: int) -> list[int] | None:
    """The block indices of the items numbered 1 … N that end just above block end, level headings allowed
    between them; else None."""
    got, want = [], None
    for k in range(end - 1, -1, -1):
        b = blocks[k]
        if not isinstance(b, Paragraph) or not b.text.strip():
            if isinstance(b, Paragraph):
                continue
            return None
        if m := _NUMBERED.match(b.text):
            n = int(m["n"])
            if want is not None and n != want:
                return None
            got.insert(0, k)
            if n == 1:
                return got if len(got) >= 2 else None
            want = n - 1
        elif got and ((g := GROUP.match(b.text)) and level_label(g["label"]) or level_label(b.text.strip())):
            continue
        else:
            return None
    return None


def dealt_lists(doc: Document) -> tuple[Document, list[str]]:
    """The document with names listed first and their values in later labelled lists written as cards (see
    above), the lists taken out; and the warning saying so, or naming every name unread where the lists' counts
    differ from the names'. Where no such lists follow such names, the document as it was."""
    blocks = list(doc.blocks)
    lists, at = [], []     # (label, field, rows) per list; the block indices holding them
    for k, b in enumerate(blocks):
        got = None
        if isinstance(b, Paragraph) and (m := _LIST_OPEN.match(b.text)) and (f := _list_field(m["label"])):
            got = [(m["label"], f, [_values(m["rest"])])]
        elif isinstance(b, Table) and b.parent is None:
            got = _table_lists(b)
        if got and all(rows[0] for _, _, rows in got):
            lists += got
            at.append(k)
        elif lists:
            break
    fields = [f for _, f, _ in lists]
    if len(VALUE_FIELDS & set(fields)) < 2 or len(set(fields)) != len(fields):
        return doc, []
    named = [(label, rows) for label, f, rows in lists if f in ("level3", "name")]
    items = _numbered_run(blocks, at[0])
    if items is None and len(named) != 1:
        return doc, []
    names = [_NUMBERED.match(blocks[k].text)["body"].strip() for k in items] if items else \
        _joined(named[0][1], sum(len(r) for r in named[0][1]))
    n = len(names)
    dealt = [(label, _joined(rows, n)) for label, f, rows in lists if f in VALUE_FIELDS]
    where = f"“{lists[0][0]}依次为…”等{len(lists)}个列表"
    if any(v is None for _, v in dealt):
        counts = "、".join(f"{label}{sum(len(r) for r in rows)}个" for label, _, rows in lists)
        blocks = [x for k, x in enumerate(blocks) if k not in at]
        return replace(doc, blocks=blocks), [f"{doc.source}：{n}项指标的名称与数值分开列出，{where}的项数（{counts}）与指标数不同，"
                                             f"未按顺序对应，以下指标未读取：{'、'.join(names)}"]
    cards = {}
    for j, name in enumerate(names):
        b = blocks[items[j]] if items else blocks[at[0]]
        lines = []
        if (m := _ITEM_LEVEL.match(name)) and level_label(m["level"]):
            lines.append(Paragraph(text=m["level"], loc=b.loc))
            name = m["name"].strip()
        lines.append(Paragraph(text=name, loc=b.loc))
        lines += [Paragraph(text=f"{label}：{v[j]}", loc=b.loc) for label, v in dealt]
        cards.setdefault(items[j] if items else at[0], []).extend(lines)
    out = []
    for k, b in enumerate(blocks):
        if k in cards:
            out += cards[k]
        elif k not in at:
            out.append(b)
    return replace(doc, blocks=out), [f"{doc.source}：{n}项指标的名称与数值分开列出，按{where}所列顺序将各值对应到名称读取，请与原件核对"]
