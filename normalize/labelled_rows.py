"""Indicator rows written a line each, every value cell opening with its own label, rebuilt into a
Table before they are read.

An approval message or a form typed as text may give each indicator as one line of cells whose
values carry their column's name (a DingTalk export, 457):

    【产出指标·数量指标】
    1、维修改造学校数量 | 目标 ≥42所 | 完成 42所 | 分值/得分 7/7
    2、… | 目标 2023年8月25日前 | 完成 2023年8月22日 | 分值/得分 6/6 | 偏差原因 …

The labels are the header: a cell is a label and its value where the label is a word the grammar
that reads a table's header names (vocab.header_field, or the role words value_role reads: 目标,
完成), and a label of two fields joined by a slash (分值/得分, vocab.joined_fields) gives a value of
two parts joined the same way. Whatever the value holds (a figure, a date, a word) the row is an
indicator row by its labels. Its first cell is the name, a list number before it (1、 2. （3） ①:
outline.ITEM) no part of it. A line between the tables naming the levels (【产出指标·数量指标】, a
level 1 alone, a level 2 alone) sets the levels of the rows under it. No word of these lines is
listed here.

A row among them whose cells are labelled but do not read whole (a value of one part under a
label of two, a field twice, no name) is not read: it is counted unread and named in a warning.
"""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Cell, Document, Paragraph, Table

from .clause_lines import FORM, ROLES
from .outline import ITEM
from .rebuild import HAN, HEADER_CELL, Rebuilt, RunCell, where
from .columns import level_pair
from .vocab import DRAWN_MARK, GROUP_MARKS, bare, canonical_level1, header_field, joined_fields, level2_label, value_role

# A cell opening with a label: a few Han characters (two fields joined by a slash), then a colon or
# a space, then the value.
LABELLED = re.compile(r"^\s*(?P<label>\p{Han}{1,8}(?:\s*[/／]\s*\p{Han}{1,8})?)\s*(?:[：:]\s*|\s+|(?=[\d≥≤≧≦><＞＜=＝]))"
                      r"(?P<value>\S.*?)\s*$")
SLASH = re.compile(r"\s*[/／]\s*")
# Parts of one line apart by a middle dot (得分 10 · 分值 10; a print's 得分 10·分值10) or a bar with space on both
# sides: the parts are taken only where each reads as a labelled cell.
DOT_APART = re.compile(r"\s*[·•・]\s*|\s+[｜|]\s+")
LEVELS = ("level1", "level2", "level3")


def _label_field(label: str, levels: bool = False) -> str | None:
    """The field a label names. With `levels`, a level above the name (二级指标：数量指标) is a field too, as a
    level line above the rows would set it: a cell of its own says where its label ends. The name's own label
    (三级指标) never is: the name is the row's first cell."""
    field = header_field(label, set())
    role = value_role(label)
    barred = ("level3",) if levels else LEVELS
    return field if field is not None and field not in barred and (role is None or role == field) else role


def _cell(text: str) -> list[tuple[str, str, str]] | None:
    """(field, header word, value) for each field a labelled cell gives, or None where the cell is
    no label and value (or a two-field label over a value not of two parts)."""
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) == 1:
        # labelled parts on one line apart by a spaced middle dot or bar (得分 10 · 分值 10) read as lines would
        lines = [x for x in DOT_APART.split(lines[0]) if x.strip()]
    if len(lines) >= 2 and all(LABELLED.match(x) for x in lines):
        # a cell of labelled lines (完成 8200亩⏎目标 ≥8000亩: a bar's caption over its marker's) gives each line's
        # field, where every line reads as a labelled cell and no field comes twice
        each = [_cell(x) for x in lines]
        got = [f for x in each if x is not None for f in x]
        if None not in each and len({f for f, _, _ in got}) == len(got):
            return got
    text = _caption_under(text)
    m = LABELLED.match(text)
    if m is None:
        return None
    label, value = m.group("label"), m.group("value")
    if (pair := joined_fields(label)) is not None:
        parts, values = SLASH.split(label), SLASH.split(value)
        if len(values) != 2 or not all(values):
            return None
        return [(f, _head(f, w), v) for f, w, v in zip(pair, parts, values)]
    field = _label_field(label, levels=True)
    if field in ("level1", "level2") and not (level2_label(value) or canonical_level1(bare(value))):
        return None   # a level's label over what reads as no level: not a level cell
    return [(field, _head(field, label), value)] if field is not None else None


def _caption_under(text: str) -> str:
    """A cell of two lines whose second is, whole, a label and whose first is none (a tile's figure over its
    small caption: ≥3000亩⏎年度指标值, 10⏎得分) as the label before its value (年度指标值：≥3000亩); any other
    cell as it is."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) != 2 or LABELLED.match(lines[0]) is not None and _label_field(
            LABELLED.match(lines[0]).group("label"), levels=True) is not None:
        return text
    label = lines[1]
    if joined_fields(label) is None and _label_field(label) is None:
        return text
    return f"{label}：{lines[0]}"


def _head(field: str, label: str) -> str:
    """The header word of a field's column: the label where the header grammar reads it so, else the
    word clause_lines' form heads the field's column with (完成 -> 实际完成值)."""
    return label if header_field(label, set()) == field or field not in ROLES else FORM[ROLES.index(field)]


MARK = DRAWN_MARK   # a drawn mark opening a name: no part of it


def _name_cell(cells, known: frozenset):
    """The row's cells with its name cell parted where a label the page writes whole runs on from the
    name (OCR's 改造设施验收合格率二级指标：质量指标): the name, then that labelled cell."""
    first = cells[0]
    labels = _labels(first.text, True, known) if known else []
    if not labels or labels[0][1][0] == 0 or any(at[0] == 0 for _, at in labels[1:]):
        return cells
    m, (off, _) = labels[0]
    start = m.start("label") + off
    name, rest = first.text[:start], first.text[start:]
    if not HAN.search(name) or _cell(rest) is None:
        return cells
    return [Cell(text=name, row=first.row, col=first.col, loc=first.loc),
            Cell(text=rest, row=first.row, col=first.col, loc=first.loc)] + list(cells[1:])


def _row(cells, known: frozenset = frozenset(), name_line: bool = False) -> tuple[str, list | None]:
    """("read", [name cell, (field, head, value cell)…]) for a labelled indicator row, ("like", None)
    for a row whose value cells are labelled but do not read whole, ("other", None) for any other. A number
    opening the row numbers the row and is no part of the name; on a `name_line` (the name written on a line
    of its own over its values, 1.新建基地 / 【年度指标值】…, 1974) the number typed before the name is kept, as
    a name line's typed number is (1952)."""
    cells = _name_cell(cells, known)
    labelled = [_cell(c.text) for c in cells[1:]]
    if sum(x is not None for x in labelled) < 2:
        return "other", None
    fields = [f for x in labelled if x is not None for f, _, _ in x]
    name = MARK.sub("", cells[0].text).strip()
    if not name_line and (m := ITEM.match(name)) is not None and name[m.end():].strip():
        name = name[m.end():].strip()
    if None in labelled or len(set(fields)) != len(fields) or not {"target", "actual"} & set(fields) or \
            not HAN.search(name) or _cell(cells[0].text) is not None:
        return "like", None
    values = [(f, head, RunCell(c.loc.line or 0, v, [], src=c.loc))
              for c, x in zip(cells[1:], labelled) for f, head, v in x]
    return "read", [RunCell(cells[0].loc.line or 0, name, [], src=cells[0].loc)] + values


# A label inside a line of labelled values: a run of Han characters (two fields joined by a slash)
# before a colon, opening the line or after a space or a figure.
LINE_LABEL = re.compile(r"(?:^|(?<=[\s\d%％]))(?P<label>\p{Han}+(?:\s*[/／]\s*\p{Han}{1,8})?)\s*[：:]")
# A line of figures only (dates, amounts, points), apart by spaces: no name, no label.
FIGURES_ONLY = re.compile(r"^\s*(?:[≥≤<>]?\d[\d.,%年月日前后]*\s*)+$")
# A row's name is a short phrase: a sentence before the labels (。，：) makes the line prose.
NAME_MAX = 40
SENTENCE_MARK = re.compile(r"[。，,；;：:！!？?]")
# A value of points (分值, 得分) run into the next row's name where two lines were joined: 10改造学校数量.
POINTS_THEN = re.compile(r"^\s*(?P<points>\d+(?:\.\d+)?\s*分?)\s*(?P<rest>\p{Han}.*)$")


def _line_label(run: str, levels: bool = False, known: frozenset = frozenset()) -> tuple[int, list] | None:
    """(where the label starts in the run, the fields) where a run of Han characters before a colon is,
    whole, a label the header grammar names; None for any other run. A label run on from the name or a
    unit before it (OCR's 维修改造校舍面积年度指标值：, 2.4万平方米实际完成值：) is read only where the
    page writes that label whole elsewhere (`known`, page_labels): the run ends with it, so the label
    starts there. The grammar alone would take part of the name (舍面积年度指标值)."""
    if run not in known and (tail := next((run[i:] for i in range(1, len(run)) if run[i:] in known), None)):
        got = _line_label(tail, levels)
        return (len(run) - len(tail), got[1]) if got is not None else None
    if (pair := joined_fields(run)) is not None:
        return 0, list(pair)
    if "/" not in run and "／" not in run and (field := _label_field(run, levels)) is not None:
        return 0, [field]
    return None


# A label whose start is written: a line's or a cell's start, or a space before it (a figure before it
# may be a value whose unit the label ran on from: 2.5万口实际完成值).
WHOLE_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>\p{Han}+)\s*[：:]")
# Any run of Han characters before a colon, wherever it stands (a label run on from what is before it).
# From the run's first character only: tried at every character of a long run with no colon it was quadratic.
RUN_LABEL = re.compile(r"(?<!\p{Han})(?P<label>\p{Han}+)\s*[：:]")


def page_labels(doc: Document) -> frozenset:
    """The labels a document writes whole, where their start is written (a line's or a cell's start,
    after a space or a figure) and the header grammar names them: the evidence for reading the same
    label where OCR ran it on from the value before it. Read from the page, no list of words."""
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    texts += [c.text for b in doc.blocks if isinstance(b, Table) for row in b.rows() for c in row]
    whole = frozenset(run for t in texts for m in WHOLE_LABEL.finditer(t)
                      if _line_label(run := m.group("label"), levels=True) is not None)
    # a label each line runs on from its own name (OCR closing the gap) is the ending those runs share, and
    # a line's first run that ends with it is a name and that label, not a label written whole
    shared = _shared_endings({m.group("label") for t in texts for m in RUN_LABEL.finditer(t)})
    return frozenset(run for run in whole if not any(run.endswith(end) and run != end for end in shared)) | shared


# Runs before a colon that end alike, at least: a label every line runs on from its own name.
SHARED_RUNS = 3


def _shared_endings(runs: set[str]) -> frozenset:
    """Labels no line writes whole, each run on from a different name in SHARED_RUNS runs or more
    (1081.scan: 扶持安置区产业项目年度指标值, 培训合格率年度指标值, 人均培训补贴年度指标值 …, OCR closing the gap after
    the name): the ending these runs share that the header grammar names, where the characters before it
    differ (年度指标值, not 度指标值 or 指标值: each run has 年 before those), the shortest of them (not 率年度指标值,
    three names ending in 率). Where every name before it ends alike, no label is read from them."""
    ends: dict[str, set[str]] = {}
    for run in runs:
        for i in range(max(1, len(run) - HEADER_CELL), len(run) - 1):     # a label is a header cell long at most
            if _line_label(run[i:], levels=True) is not None:
                ends.setdefault(run[i:], set()).add(run)
    shared = {end for end, have in ends.items() if len(have) >= SHARED_RUNS and len({r[-len(end) - 1] for r in have}) > 1}
    # the shortest such ending: 率年度指标值 (three names in 率) is 年度指标值's, which more runs share
    return frozenset(end for end in shared if not any(end.endswith(e) and e != end for e in shared))


def _labels(text: str, levels: bool = False, known: frozenset = frozenset()) -> list[tuple]:
    """(match, (offset, fields)) for each label in a line of labelled values; with `known`, also a label
    the page writes whole found at the end of a run of Han characters (no gap before it)."""
    out = [(m, got) for m in LINE_LABEL.finditer(text)
           if (got := _line_label(m.group("label"), levels, known)) is not None]
    if known:
        starts = {m.start("label") + got[0] for m, got in out}
        out += [(m, got) for m in RUN_LABEL.finditer(text)
                if (got := _line_label(m.group("label"), levels, known)) is not None and got[0] > 0
                and m.start("label") + got[0] not in starts]
        out.sort(key=lambda x: x[0].start("label") + x[1][0])
    return out


# Words of a line apart by spaces (a fill-in line's labels and the values written in their blanks).
SPACED = re.compile(r"[\s\u3000]+")


def _spaced_like(text: str) -> bool:
    """A fill-in line (as _colon_pairs reads) that does not read whole (a printed page spacing a blank's value
    out: ≥    6  0   0   0  亩): no colon, its first word after the row number the name's label, and the
    target's and the actual's labels among its words each with a word after it that is no label. Counted
    unread and said, not dropped unsaid."""
    if _COLON_ANY.search(text):
        return False
    words = [w for w in SPACED.split(text.strip()) if w]
    if words and (m := ITEM.match(words[0])) is not None and words[0][m.end():].strip():
        words[0] = words[0][m.end():].strip()
    fields = [header_field(w, set()) or value_role(w) for w in words]
    if len(words) < 4 or fields[0] != "level3" or fields[1] is not None:
        return False
    led = {f for f, nxt in zip(fields, fields[1:]) if f is not None and nxt is None}
    return {"target", "actual"} <= led


# A label set in lenticular brackets before its value (【年度指标值】≥2000亩【实际完成值】2060亩, 1974): the brackets
# stand where a colon would.
BRACKET_LABEL = re.compile(r"【\s*(?P<label>\p{Han}{2,12})\s*】")


def _bracket_pairs(text: str) -> str:
    """A line of 【label】value pairs (【年度指标值】≥2000亩【实际完成值】2060亩【分值】10【得分】10) as the labelled
    line the readers take (年度指标值：≥2000亩　实际完成值：2060亩 …): where two such labels at least are there and
    every bracketed run is, whole, a label the header grammar names. The text as it was else (a bracketed level
    line, 【产出指标·数量指标】, or a bracketed word that is no label)."""
    found = list(BRACKET_LABEL.finditer(text))
    if len(found) < 2 or any((_line_label(m.group("label")) or (1,))[0] != 0 for m in found):
        return text
    out, at = "", 0
    for m in found:
        out += text[at:m.start()]
        gap = "" if not out.strip() or out[-1:].isspace() else "\u3000"
        out += f"{gap}{m.group('label')}："
        at = m.end()
    return out + text[at:]


# A group heading OCR ran on from the end of the line above it (…【得分】4产出指标一成本指标, 1974.scan): a figure, then
# the heading's words.
RUN_ON_HEADING = re.compile(r"^(?P<line>.*[\d%％])\s*(?P<heading>\p{Han}[^\d]{3,40})$", re.S)


def _heading_run_on(text: str) -> tuple[str, str] | None:
    """(the line without it, the heading) where a line of labelled values ends with a figure followed by, whole,
    a level 1 and a level 2 joined (columns.level_pair); None else."""
    m = RUN_ON_HEADING.match(text.rstrip())
    if m is None or level_pair(m.group("heading").strip()) is None:
        return None
    return m.group("line"), m.group("heading").strip()


def _colon_pairs(text: str, least: int = 2) -> str:
    """A line of LABELS AND VALUES APART BY SPACES ONLY, no colon (a fill-in form's line: 指标名称　新建基地
    年度指标值　≥6000亩　实际完成值　6150亩　分值　10　得分　10, or 一级指标　产出指标　二级指标　数量指标) as the
    labelled line the readers take: each label：value, the name's label (三级指标, 指标名称) dropped so its value
    opens the line; a row number before the first label kept. The line as it was where it is not so: a colon in
    it, an odd count of words or fewer than two pairs, a word at a label's place the header grammar and the role
    words do not name, a field twice, a value that is itself a label, or the name's pair not first."""
    if _COLON_ANY.search(text):
        return text
    words = [w for w in SPACED.split(text.strip()) if w]
    lead = ""
    if words and (m := ITEM.match(words[0])) is not None and words[0][m.end():].strip():
        lead, words[0] = words[0][:m.end()], words[0][m.end():].strip()
    if len(words) % 2 or len(words) < 2 * least:
        return text
    labels, values = words[0::2], words[1::2]
    fields = [header_field(w, set()) or value_role(w) for w in labels]
    if None in fields or len(set(fields)) != len(fields) or "level3" in fields[1:] or \
            any(header_field(v, set()) or value_role(v) for v in values):
        return text
    cells = [f"{w}：{v}" for w, v, f in zip(labels, values, fields) if f != "level3"]
    return lead + "\u3000".join(([values[0]] if fields[0] == "level3" else []) + cells)


def _as_labelled(text: str, least: int = 2) -> str:
    """A line as the labelled line the readers take: a group heading OCR ran on to its end cut off
    (_heading_run_on: the run reads it apart), 【label】value pairs (_bracket_pairs) and labels and values apart
    by spaces (_colon_pairs, `least` pairs) written label：value."""
    return _colon_pairs(_bracket_pairs(cut[0] if (cut := _heading_run_on(text)) else text), least)


def _line_rows(text: str, known: frozenset = frozenset()) -> list[list[str]] | None:
    """A paragraph of indicator rows written name, then label：value cells (维修改造校舍面积 年度指标值：
    ≥2.4万平方米 实际完成值：2.46万平方米 分值：10 得分：10) as the cells of each row; two rows
    run together (a line filled to the margin joined to the next) part where a field comes again,
    the points value before it ending at its figure. None where the paragraph is no such line:
    no target and actual among its labelled values, or a name that is a sentence, not a phrase."""
    text = _as_labelled(text)
    labels = [(m.start("label") + got[0], m.end(), got[1]) for m, got in _labels(text, known=known)]
    fields = [f for *_, fs in labels for f in fs]
    name = text[:labels[0][0]].strip() if labels else ""
    if len(labels) < 2 or not {"target", "actual"} <= set(fields) or len(name) > NAME_MAX or SENTENCE_MARK.search(name):
        return None
    rows, seen = [[name]], set()
    for k, (start, end, fs) in enumerate(labels):
        value = text[end:labels[k + 1][0] if k + 1 < len(labels) else len(text)].strip()
        if k + 1 < len(labels) and set(labels[k + 1][2]) & (seen | set(fs)) and \
                (m := POINTS_THEN.match(value)) is not None and set(fs) <= {"weight", "score"}:
            rows[-1].append(f"{text[start:end - 1].strip()}：{m.group('points').strip()}")
            rows.append([m.group("rest").strip()])
            seen = set()
            continue
        if set(fs) & seen:     # a field again with no name before it: the line does not read
            return [[""] + [c for row in rows for c in row[1:]]]
        rows[-1].append(f"{text[start:end - 1].strip()}：{value}")
        seen |= set(fs)
    return rows


def _tail_cells(text: str, fields: set, levels: bool = False, known: frozenset = frozenset()) -> list[str] | None:
    """The labelled cells of a paragraph that continues the row above it (a line wrapped before its
    last value: 得分：6), none of its fields one the row has; None for any other paragraph. With
    `levels`, a level's label opening a cell (二级指标：数量指标) is one: the line starts at it."""
    cells, seen, at = [], set(fields), 0
    text = _as_labelled(text, least=1)     # a fill-in line's last pair wrapped (得分　8)
    labels = _labels(text, levels, known)
    if not labels or labels[0][0].start() != 0 or labels[0][1][0] != 0:
        return None
    for k, (m, (off, fs)) in enumerate(labels):
        if set(fs) & seen:
            return None
        seen |= set(fs)
        end = labels[k + 1][0].start("label") + labels[k + 1][1][0] if k + 1 < len(labels) else len(text)
        cells.append(f"{m.group('label')[off:]}：{text[m.end():end].strip()}")
        at = end
    return cells if at == len(text) else None


def _fill_in_wrapped(doc: Document, k: int) -> str | None:
    """A fill-in line (_colon_pairs: labels and values apart by spaces, no colon) the page wrapped into the next
    paragraph anywhere, in a value (实际完成值　2023年11月 / 16日　分值　4　得分　4), in a label (…分值　10　得 / 分　10) or
    between words (…分值　6　得分 / 6), as the one line: the two joined as written (a wrap in a word) or apart
    by a space (a wrap between words), where exactly one of the two reads whole as a fill-in line and the
    paragraph alone reads fewer pairs (or none). None else: the paragraphs read as they did. A wrap inside a
    value read alone read it short (2023年11月 for 2023年11月16日), so the join is tried first. A next paragraph that
    reads as a fill-in line of two pairs or more itself (the next row, a level line) is no wrapped rest."""
    a = doc.blocks[k].text
    nxt = doc.blocks[k + 1] if k + 1 < len(doc.blocks) else None
    if not isinstance(nxt, Paragraph) or "\n" in a or "\n" in nxt.text.strip() or _COLON_ANY.search(a) or \
            _COLON_ANY.search(nxt.text) or not nxt.text.strip() or _colon_pairs(nxt.text) != nxt.text:
        return None     # a next line that reads as a fill-in line of its own (a level line, the next row) is none's rest
    whole = [t for t in (a.rstrip() + nxt.text.lstrip(), a.rstrip() + "\u3000" + nxt.text.lstrip())
             if _colon_pairs(t) != t]
    if len(whole) != 1:
        return None
    alone = _colon_pairs(a)
    if alone != a and alone.count("：") >= _colon_pairs(whole[0]).count("："):
        return None
    return whole[0]


def _paragraph_rows(doc: Document, k: int, known: frozenset = frozenset()) -> tuple[list, set] | None:
    """The rows of a paragraph of labelled lines (_line_rows) as _table_rows gives a table's, and the
    paragraphs below it that continue its last row; None where it is no such paragraph."""
    b = doc.blocks[k]
    text, taken = b.text, set()
    if (joined := _fill_in_wrapped(doc, k)) is not None:
        text = joined
        taken.add(k + 1)
    texts = _line_rows(text, known)
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    # the name on a line of its own, its values on the next line of the paragraph or on the next paragraph
    name_line = texts is not None and len(texts) == 1 and len(lines) > 1 and lines[0] == texts[0][0].strip()
    if texts is None and (texts := _name_over_values(doc, k, known)) is not None:
        taken.add(k + 1)
        name_line = True
    if texts is None and (texts := _values_over_captions(doc, k)) is not None:
        taken.add(k + 1)
    if texts is None and _spaced_like(text):
        texts = [[""]]      # no name read: the row is counted unread, its wrapped last pair with it
    if texts is None:
        return None
    for j in range(max(taken, default=k) + 1, len(doc.blocks)):
        nxt = doc.blocks[j]
        if not isinstance(nxt, Paragraph):
            break
        fields = {f for c in texts[-1][1:] for f, *_ in (_cell(c) or [])}
        if (more := _tail_cells(nxt.text, fields, known=known)) is None:
            break
        texts[-1] += more
        taken.add(j)
    rows = []
    for texts_row in texts:
        cells = [Cell(text=t, row=0, col=c, loc=b.loc) for c, t in enumerate(texts_row)]
        kind, parsed = _row(cells, known, name_line)
        rows.append(("like" if kind == "other" else kind, parsed, b.loc.line or 0, b.loc))
    return rows, taken


def _name_over_values(doc: Document, k: int, known: frozenset = frozenset()) -> list[list[str]] | None:
    """A row written as two lines (751.pdf, a printed <details> form): the name alone, a short phrase,
    then a line of labelled values only, a target and an actual among them. [[name, cells…]], or
    None where the two lines are not so."""
    name = doc.blocks[k].text.strip()
    nxt = doc.blocks[k + 1] if k + 1 < len(doc.blocks) else None
    # a line of labels alone that reads as a row's cells is a card's (label_blocks, cued_lines read a name over
    # colon lines); one of 【label】value pairs (1974.pdf: 1.name / 【年度指标值】…【得分】10), which no card reader
    # reads, is this name's where it holds the whole row, points too
    lined = _line_rows(nxt.text, known) if isinstance(nxt, Paragraph) else None
    bracketed = isinstance(nxt, Paragraph) and _bracket_pairs(nxt.text) != nxt.text
    if not isinstance(nxt, Paragraph) or len(name) > NAME_MAX or SENTENCE_MARK.search(name) or \
            not HAN.search(name) or lined is not None and (not bracketed or any(row[0] for row in lined)):
        return None
    cells = _tail_cells(nxt.text, set(), levels=True, known=known)
    fields = {f for c in cells or [] for f, *_ in (_cell(c) or [])}
    whole = {"target", "actual"} | ({"weight", "score"} if lined is not None else set())
    return [[name] + cells] if cells and whole <= fields else None


def _values_over_captions(doc: Document, k: int) -> list[list[str]] | None:
    """A row printed as two lines (1879.pdf, KPI tiles whose figures stand over their captions): the name and
    its values apart by spaces, then a line of captions only, each a label (年度指标值 实际完成值 分值 得分), as
    many as the values: [[name, caption：value…]], or None where the two lines are not so (a target and an
    actual among the captions, a name that is a phrase)."""
    nxt = doc.blocks[k + 1] if k + 1 < len(doc.blocks) else None
    if not isinstance(nxt, Paragraph):
        return None
    captions = nxt.text.split()
    fields = [_label_field(c) for c in captions]
    words = doc.blocks[k].text.split()
    if len(captions) < 2 or None in fields or len(set(fields)) != len(fields) or \
            not {"target", "actual"} <= set(fields) or len(words) <= len(captions):
        return None
    name = " ".join(words[:-len(captions)])
    if len(name) > NAME_MAX or SENTENCE_MARK.search(name) or not HAN.search(name):
        return None
    return [[name] + [f"{c}：{v}" for c, v in zip(captions, words[-len(captions):])]]


def _captions_only(text: str) -> bool:
    """A line of value captions only (分值 得分; 年度指标值 实际完成值), each word a value's label."""
    words = text.split()
    return bool(words) and all(_label_field(w) is not None for w in words)


def _rest_of_wrapped(text: str, wrapped: bool) -> bool:
    """A line that is the rest of a row whose figures wrapped above it (said unread): a line of captions only,
    or, right under the figures, a name and the figures' word ends (项目完成时间 日前 日): Han words, no figure,
    no sentence."""
    if _captions_only(text):
        return True
    return wrapped and not re.search(r"\d", text) and not SENTENCE_MARK.search(text) and \
        len(text.strip()) <= NAME_MAX and bool(HAN.match(text.strip()))


def _levels(text: str, level1: RunCell | None, b: Paragraph, k: int, lowest: bool = False):
    """(level 1, level 2) a group line sets, or None for a line that names no level. A line that
    reads both as a level 1 and as a level 2 (成本指标, a level 1 of the 2021 template and a level 2
    under 产出指标 before it; 服务对象满意度指标) is a level 2 where it is `lowest`: a level 1 is
    open, level-2 lines have been written under it, and rows, not another level line, follow it."""
    # a drawn mark opening the line (◆产出指标—数量指标, a bullet typed before each group's heading) is no part of it
    t = MARK.sub("", text).strip().strip(GROUP_MARKS).strip()
    if t[:1] in "?？" and level_pair(t[1:].strip()) is not None:
        t = t[1:].strip()     # the mark OCR could not read, given as '?' (?满意度指标一服务对象满意度指标, 1974.scan)
    if t and len(t) <= 48 and (named := labelled_levels(t)) is not None:
        # a line naming the levels by their labels (一级指标：产出指标　二级指标：数量指标; a fill-in line's, no colon)
        one, two = named
        return (RunCell(b.loc.line or 0, one, [k], src=b.loc) if one else level1,
                RunCell(b.loc.line or 0, two, [k], src=b.loc) if two else None)
    if not t or len(t) > 24:
        return None
    if (pair := level_pair(t)) is not None:
        return RunCell(b.loc.line or 0, pair[0], [k], src=b.loc), RunCell(b.loc.line or 0, pair[1], [k], src=b.loc)
    if canonical_level1(bare(t)) is not None and not (lowest and level1 is not None and level2_label(t)):
        return RunCell(b.loc.line or 0, t, [k], src=b.loc), None
    if level2_label(t):
        return level1, RunCell(b.loc.line or 0, t, [k], src=b.loc)
    return None


def _table_rows(t: Table, known: frozenset = frozenset(), span: list | None = None) -> list[tuple[str, list | None, int]] | None:
    """Each row of a table of labelled rows (kind, parsed, line, where), or None where the table is none.
    A table whose rows are label / value PAIRS (_pairs) is read from its first such row to its last, a
    row of level labels among them (一级指标：产出指标　二级指标：数量指标) setting the levels of the rows
    below it; the rows around that run (a head or fund block above, 总分 below) are other readers' (`span`
    gets the run's first row and the row after its last)."""
    out, paired, levels, at = [], [], [], []
    lost = False          # under a row naming levels that did not read as a level row
    led_run = False       # a row led by its level cells was read (_led_levels): the rows of its run are the table's
    pair_read = False     # a row of label / value pairs read: such a level row is one of their table's
    typed, shown, joined = _typed_labels(t), _column_labels(t), _pair_columns(t)
    for r, row in enumerate(t.rows()):
        cells = [_pair_word(_column_word(_typed_words(c, typed), shown), joined) for c in row if c.text.strip()]
        if not cells:
            continue
        if (heading := _level_cells(cells) or _bare_level(cells, levels)) is not None:
            levels, lost = heading, False
            paired.append(None)
            at.append(r)
            continue
        if len(cells) == 1 and _names_levels(cells[0].text):
            # a row naming levels that does not read as a level row: counted unread and said, not the end of
            # the table (which left every row unread, unsaid), and the rows under it are not under the levels
            # above it: they are not read (kind "levels", said as such) rather than read under those
            levels, lost = [], True
            paired.append(False)
            at.append(r)
            out.append(("levels", None, cells[0].loc.line or t.loc.line or 0, cells[0].loc))
            continue
        below = None
        if (split := _heading_under_name(cells)) is not None:
            # a group's heading printed under the last name of the group before it, in that name's cell (a
            # <fieldset>'s legend laid under the row above it on the print, 1973.pdf): the name without it, and
            # the heading's levels for the rows below this one, not this row's
            cells, below = split
        if (led := _led_levels(cells, levels)) is not None:
            levels, cells = led
            led_run = True
        pairs = _pairs(cells) or _named_cells(cells)
        # the level row's levels go with every row below it, pairs or labelled cells (it let a table of
        # labelled rows be read, so its levels must not be dropped there)
        cells = (pairs if pairs is not None else cells) + levels
        kind, parsed = _row(cells, known)
        pair_read = pair_read or pairs is not None and kind == "read"
        if lost and kind == "read":
            kind, parsed = "levels", None
        paired.append((pairs is not None or led_run) and kind in ("read", "levels"))
        at.append(r)
        out.append((kind, parsed, cells[0].loc.line or t.loc.line or 0, cells[0].loc))
        if below is not None:
            levels, lost = below, False
    if any(paired):
        first, last = paired.index(True), len(paired) - 1 - paired[::-1].index(True)
        while first and paired[first - 1] is None:   # the level row over the first pair row
            first -= 1
        if any(c.row < at[first] < c.row + c.rowspan or c.row <= at[last] < c.row + c.rowspan - 1 for c in t.cells):
            return None     # a merged cell runs across the run's edge: the run is not the table's rows apart
        if span is not None:
            span.extend((at[first], at[last] + 1))
        kinds = [p for p in paired if p is not None]
        out = out[kinds.index(True):len(kinds) - kinds[::-1].index(True)]
    if any(kind == "other" for kind, *_ in out) or not pair_read and any(kind == "levels" for kind, *_ in out):
        return None     # (a row naming levels among rows of labelled cells is no such table's, as before)
    return out if any(kind == "read" for kind, *_ in out) else None


# A label typed hard against its figure (目标≥8000亩, 分值8): the label's run of Han characters and where it ends.
TYPED = re.compile(r"^\s*(?P<label>\p{Han}{1,8})(?=[\d≥≤≧≦><＞＜=＝])")


def _typed_labels(t: Table) -> dict[int, str]:
    """The label each column's cells type hard against their figures, by column (目标 over ≥8000亩, ≥3000亩 …),
    where the column's cells so labelled all name one label and that label a value's field."""
    seen: dict[int, set[str]] = {}
    for c in t.cells:
        if (m := TYPED.match(c.text)) is not None and _label_field(m.group("label")) is not None:
            seen.setdefault(c.col, set()).add(m.group("label"))
    return {col: next(iter(labels)) for col, labels in seen.items() if len(labels) == 1}


def _typed_words(c: Cell, typed: dict[int, str]) -> Cell:
    """A cell of such a column whose value is words (目标持续提升): its column's label and the words, apart, as
    the column's other cells read; any other cell as it is."""
    label = typed.get(c.col)
    text = c.text.strip()
    if label is None or not text.startswith(label) or len(text) == len(label) or _cell(text) is not None:
        return c
    return replace(c, text=f"{label}：{text[len(label):]}")


# A cell that is a label, its colon and a value (年度指标值：≥98%).
COLON_LABEL = re.compile(r"^\s*(?P<label>\p{Han}{1,8})\s*[：:]\s*\S")


def _column_labels(t: Table) -> dict[int, str]:
    """The label some of a column's cells write before their values where the others write none (年度指标值：≥98%
    over ≥50000亩: a sheet's number formats showing the label on some cells only, as LibreOffice prints a text
    format's literal on cells of one script, 1550.pdf), by column: where the column's labelled cells all name
    one label, that label a value's field (not a level's or the name's), and a cell of the column is bare."""
    seen: dict[int, set[str]] = {}
    bare_cols = set()
    for c in t.cells:
        if (m := COLON_LABEL.match(c.text)) is not None:
            if _label_field(m.group("label")) is not None:
                seen.setdefault(c.col, set()).add(m.group("label"))
        elif c.text.strip():
            bare_cols.add(c.col)
    return {col: next(iter(labels)) for col, labels in seen.items() if len(labels) == 1 and col in bare_cols}


# A cell of two points apart by a slash with no label (10 / 10 分, 4.5 / 6 分).
POINTS_PAIR = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)\s*分?\s*$")


def _pair_columns(t: Table) -> dict[int, str]:
    """The joined label ("得分/分值" or "分值/得分") of each column whose written cells are all two points apart by
    a slash with no label (POINTS_PAIR), by column, told by the figures: no score is above its weight, so a row
    whose first figure is below its second says the first is the score, one above it that it is the weight; a
    column whose rows say both, or none (every pair equal, two cells at least), is the score's first only where
    they agree (equal pairs read the same either way)."""
    seen: dict[int, list[tuple[float, float]]] = {}
    for c in t.cells:
        if not c.text.strip():
            continue
        m = POINTS_PAIR.match(c.text)
        seen.setdefault(c.col, []).append((float(m.group(1)), float(m.group(2))) if m else None)
    out = {}
    for col, pairs in seen.items():
        if len(pairs) < 2 or None in pairs:
            continue
        below, above = any(a < b for a, b in pairs), any(a > b for a, b in pairs)
        if not (below and above):
            out[col] = "分值/得分" if above else "得分/分值"
    return out


def _pair_word(c: Cell, pairs: dict[int, str]) -> Cell:
    """A cell of such a column (_pair_columns) with its column's joined label: 得分/分值：4.5/6."""
    label = pairs.get(c.col)
    if label is None or (m := POINTS_PAIR.match(c.text)) is None:
        return c
    return replace(c, text=f"{label}：{m.group(1)}/{m.group(2)}")


def _column_word(c: Cell, shown: dict[int, str]) -> Cell:
    """A bare cell of such a column (_column_labels) as the column's labelled cells read: its column's label,
    a colon and its value; any other cell as it is."""
    label = shown.get(c.col)
    if label is None or c.colspan != 1 or _cell(c.text) is not None or _COLON_ANY.search(c.text):
        return c
    return replace(c, text=f"{label}：{c.text.strip()}")


_COLON_ANY = re.compile(r"[：:]")
MIN_PAIRS = 4   # label / value pairs in a row: the name's and at least three values'


# A cell holding a row's number alone (1, 2., （3）).
ROW_NUMBER = re.compile(r"\s*(?:\d{1,3}\s*[.、．]?|[（(]\d{1,3}[)）])\s*")


def _pair_label(label: str, first: bool) -> str | None:
    """The field a pair's label cell names: by the header grammar, or by the role words (完成 the actual, as
    value_role reads it); the FIRST pair's label read as the name's where the grammar reads it so with the
    name's depth before it (指标: 三级指标 with its depth not written)."""
    field = header_field(label, set()) or value_role(label)
    if field is None and first and label and header_field(f"三级{label}", set()) == "level3":
        return "level3"
    return field


def _pairs(cells: list) -> list | None:
    """A row written as LABEL / VALUE PAIRS, each label a cell of its own before its value (三级指标 |
    新建生态茶园 | 年度指标值 | ≥2000亩 | 实际完成值 | 2080亩 | 分值 | 10 | 得分 | 10), as the labelled cells
    _row reads: the name's value first, then label：value for each other pair. None where the row is no
    such row: an odd number of cells, fewer than MIN_PAIRS pairs, a label cell the header grammar does
    not name, a value cell that is itself a label, or no name's pair among them. A cell before the pairs holding
    the row's number alone (1 | 指标名称 | … : a form view's rows numbered) is no pair's."""
    if len(cells) % 2 and ROW_NUMBER.fullmatch(cells[0].text):
        cells = cells[1:]
    if len(cells) % 2 or len(cells) < 2 * MIN_PAIRS:
        return None
    labels, values = cells[0::2], cells[1::2]
    fields = [_pair_label(c.text.strip(), k == 0) for k, c in enumerate(labels)]
    if None in fields or "level3" not in fields or any(header_field(c.text.strip(), set()) for c in values):
        return None
    name = values[fields.index("level3")]
    return [name] + [Cell(text=f"{lab.text.strip()}：{val.text.strip()}", row=val.row, col=val.col, loc=val.loc)
                     for lab, val, f in zip(labels, values, fields) if f != "level3"]


def _led_levels(cells: list, levels: list) -> tuple[list, list] | None:
    """A row whose name and labelled value cells come after one or two cells of its levels, as a merged-level
    table writes them (产出指标 | 数量指标 | 建设标准化基地 | 年度指标值：≥50000亩 | 实际完成值：51500亩 | 分值：10 | 得分：10,
    the labels shown by the cells' number formats, 1550.xlsx): (the levels for this row and the rows under it,
    the row from its name on), or None. The level cells read as levels by the vocabulary's grammar; two are level
    1 and level 2, one alone a level 2 where the grammar reads it as one (the level 1 above stays), else a level 1;
    after them the name, unlabelled, and every cell after it labelled (_cell), two at least."""
    n = 0
    while n < min(2, len(cells)) and (canonical_level1(bare(cells[n].text)) or level2_label(cells[n].text)):
        n += 1
    rest = cells[n:]
    if not n or len(rest) < 3 or _cell(rest[0].text) is not None or not all(_cell(c.text) for c in rest[1:]):
        return None
    words = {f: FORM[ROLES.index(f)] for f in ("level1", "level2")}

    def level(field: str, c: Cell) -> Cell:
        return replace(c, text=f"{words[field]}：{c.text.strip()}")
    if n == 2:
        new = [level("level1", cells[0]), level("level2", cells[1])]
    elif level2_label(cells[0].text):
        kept = [c for c in levels if (_cell(c.text) or [("",)])[0][0] == "level1"]
        new = kept + [level("level2", cells[0])]
    else:
        new = [level("level1", cells[0])]
    return new, rest


def _named_cells(cells: list) -> list | None:
    """A row whose EVERY cell opens with its own label, the name's too (三级指标 建设示范园 | 年度指标值 ≥3000亩 |
    分值 10 …: a responsive table printed as cards, each cell's field name set before its value by the page's
    style, 1546.html), as the labelled cells _row reads: the name's value first, then the other cells as
    written. None where the row is no such row: fewer than MIN_PAIRS cells, a cell that is no label and value,
    a label the header grammar does not name, or not exactly one name's cell (三级指标, by the grammar)."""
    if len(cells) < MIN_PAIRS:
        return None
    got = [(LABELLED.match(c.text), c) for c in cells]
    if any(m is None for m, _ in got):
        return None
    fields = [header_field(m.group("label"), set()) for m, _ in got]
    if None in fields or fields.count("level3") != 1:
        return None
    m, name = got[fields.index("level3")]
    return [replace(name, text=m.group("value"))] + [c for (_, c), f in zip(got, fields) if f != "level3"]


# A level's depth label (一级指标) with its numeral lost at the cell's start, and the level-2 one after it.
DEPTH_LOST = re.compile(r"^级指标\s*[：:]")
DEPTH_TWO = re.compile(r"(?:二|2)级指标\s*[：:]")


def _levels_apart(text: str) -> str:
    """A level row whose level-2 label OCR ran on from the level-1 name before it (一级指标：产出指标二级指标：
    成本指标, 1122.scan) with a space put back between them: where the run before the second colon is a level-1
    name the vocabulary knows, then a label the header grammar reads as the level 2's. The text as it was
    otherwise (the level-1 names all end in 指标, so page_labels' shared endings cannot part them)."""
    if DEPTH_LOST.match(text) and DEPTH_TWO.search(text):
        # a depth label whose numeral OCR dropped (级指标：产出指标 二级指标：质量指标): the depths go in order, so
        # the label before 二级指标 is 一级指标
        text = "一" + text
    m = re.match(r"^(\p{Han}+\s*[：:]\s*)(\p{Han}+)(\s*[：:])", text)
    if m is None or len(m.group(2)) > 2 * HEADER_CELL:
        return text
    run = m.group(2)     # 产出指标二级指标: the grammar alone reads it whole as a level-2 label, no value before it
    for i in range(len(run) - 2, 1, -1):     # the shortest label (二级指标, not 指标二级指标 after 产出)
        if canonical_level1(run[:i]) is not None and (got := _line_label(run[i:], levels=True)) is not None \
                and got == (0, ["level2"]):
            return f"{m.group(1)}{run[:i]}　{run[i:]}{text[m.end(2):]}"
    return text


def _names_levels(text: str) -> bool:
    """A labelled value in the text (after a colon) is a level's name (产出指标, 质量指标)."""
    return any(canonical_level1(bare(v)) or level2_label(v) for v in re.split(r"[：:\s]+", text)[1:] if v)


def _level_cells(cells: list) -> list | None:
    """A row of one cell naming the levels of the rows below it by their labels (一级指标：产出指标　二级指标：
    数量指标) as a level cell each (the labelled cells _row reads as the row's levels), or None."""
    if len(cells) != 1:
        return None
    text = _levels_apart(_colon_pairs(cells[0].text.strip()))
    labels = _labels(text, levels=True)
    if not labels or labels[0][0].start("label") + labels[0][1][0] > 0:
        return None
    out = []
    for k, (m, (off, fields)) in enumerate(labels):
        end = labels[k + 1][0].start("label") + labels[k + 1][1][0] if k + 1 < len(labels) else len(text)
        value = text[m.end():end].strip()
        got = _cell(f"{m.group('label')[off:]}：{value}")
        if not value or got is None or any(f not in ("level1", "level2") for f, _, _ in got):
            return None
        out.append(Cell(text=f"{m.group('label')[off:]}：{value}", row=cells[0].row, col=cells[0].col, loc=cells[0].loc))
    return out


def _bare_level(cells: list, levels: list) -> list | None:
    """A row of one cell that is, whole, a level 2's name with no label (质量指标, a tile board's group heading
    between its rows) as the level cell of the rows below it, the level 1 a level row above set kept; a level 1
    and a level 2 joined in it (columns.level_pair) as both; None for any other row."""
    if len(cells) != 1 or _labels(cells[0].text, levels=True):
        return None
    name = cells[0].text.strip().strip(GROUP_MARKS).strip()
    if (pair := level_pair(name)) is not None:
        # both levels joined in the one cell (产出指标 / 质量指标, a bar list's group heading): the two level cells
        return [Cell(text=f"{FORM[ROLES.index(f)]}：{v}", row=cells[0].row, col=cells[0].col, loc=cells[0].loc)
                for f, v in zip(("level1", "level2"), pair)]
    if not level2_label(name) or len(name) > HEADER_CELL:
        return None
    kept = [c for c in levels if any(f == "level1" for f, _, _ in _cell(c.text) or ())]
    return kept + [Cell(text=f"{FORM[ROLES.index('level2')]}：{name}", row=cells[0].row, col=cells[0].col,
                        loc=cells[0].loc)]


def _heading_under_name(cells: list) -> tuple[list, list] | None:
    """(the row with its name cell cut before its last line, that line's level cells) where the first cell's
    last line is, whole, a level 1 and a level 2 joined (columns.level_pair: 产出指标—质量指标) under a line of
    words: a group heading the print laid under the name above it, in its cell. None for any other row (a name
    whose second line is words, or a bare level word, which a wrapped name may end with, stays whole)."""
    if not cells:
        return None
    lines = [x.strip() for x in cells[0].text.split("\n") if x.strip()]
    if len(lines) < 2 or not HAN.search("".join(lines[:-1])):
        return None
    last = lines[-1].strip(GROUP_MARKS).strip()
    if level_pair(last) is None or level_pair("".join(lines[:-1])) is not None:
        return None
    heading = _bare_level([replace(cells[0], text=last)], [])
    if heading is None:
        return None
    return [replace(cells[0], text="\n".join(lines[:-1]))] + list(cells[1:]), heading


def labelled_levels(text: str) -> tuple[str | None, str] | None:
    """The (level 1, level 2) a section row of a table names by its levels' labels (一级指标：产出指标　二级指标：数量指标;
    level 1 None where it names a level 2 alone), by the level row's grammar (_level_cells), or None."""
    cells = _level_cells([Cell(text=text, row=0, col=0, loc=None)])
    if not cells:
        return None
    got = {f: v.strip() for c in cells for f, _, v in _cell(c.text) or ()}
    return (got.get("level1"), got.get("level2", "")) if got else None


def labelled_rows(doc: Document) -> list[Rebuilt]:
    """The runs of tables of labelled rows, with the group lines between them, each as a rebuilt table."""
    out: list[Rebuilt] = []
    run: list = []        # (block, level 1, level 2, rows, the table's place)
    heading_notes: list[str] = []   # group headings parted from the line they were run on to, said with the run
    groups: list[int] = []
    level1 = level2 = None

    def flush():
        # a run of labelled lines none of which reads is left to the prose readers, which count it
        # (a fill-in line that did not read whole, _spaced_like, is no prose line: its run is kept, said unread)
        if any(kind == "read" for *_, rows, _ in run for kind, *_ in rows or []) or \
                any(_spaced_like(doc.blocks[k].text) for k, _, _, rows, _ in run if rows):
            out.append(_rebuilt(run))
            if heading_notes:
                out[-1].warning = "；".join([w for w in [out[-1].warning] if w] + heading_notes)
        heading_notes.clear()
        run.clear()

    written2 = False      # level-2 lines have been written in this run
    wrapped = False       # the line before was a wrapped row's figures (said unread) or the rest of it
    consumed: set = set()  # paragraphs read as the end of a row above them
    known = page_labels(doc)
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph):
            if not b.text.strip():
                continue
            if k in consumed:
                continue
            if (para := _paragraph_rows(doc, k, known)) is not None:
                rows, taken = para
                consumed |= taken
                run.extend((g, None, None, None, None) for g in groups)
                groups.clear()
                run.append((k, level1, level2, rows, b.loc))
                run.extend((j, None, None, None, None) for j in sorted(taken))
                wrapped = False
                last = doc.blocks[max(taken, default=k)]
                if (cut := _heading_run_on(last.text)) is not None and \
                        (got := _levels(cut[1], level1, last, max(taken, default=k))) is not None:
                    # a group heading OCR ran on from the end of the row's last line: the levels of the rows below
                    level1, level2 = got
                    heading_notes.append(f"{where(last.loc)}：分组标题“{cut[1]}”接在上一行末尾（扫描件两行识别为一行），"
                                         "已拆开，作为其下各行的层级，请核对原件")
                continue
            j = next((j for j in range(k + 1, len(doc.blocks)) if not isinstance(doc.blocks[j], Paragraph)
                      or doc.blocks[j].text.strip()), None)
            after = doc.blocks[j] if j is not None else None
            got = _levels(b.text, level1, b, k, lowest=written2 and isinstance(after, (Table, Paragraph))
                          and (isinstance(after, Table) or _line_rows(after.text, known) is not None
                               or _name_over_values(doc, j, known) is not None
                               or _values_over_captions(doc, j) is not None))
            if got is None and FIGURES_ONLY.match(b.text) and any(
                    kind == "read" for *_, rows, _ in run for kind, *_ in rows or []):
                # a line of figures with no name among the rows (a row whose long values wrapped, its name
                # on the line below): counted unread and said with the run, not dropped unsaid
                run.append((k, level1, level2, [("like", None, b.loc.line or 0, b.loc)], b.loc))
                wrapped = True
                continue
            if got is None and _rest_of_wrapped(b.text, wrapped) and any(
                    kind == "read" for *_, rows, _ in run for kind, *_ in rows or []):
                # the rest of that wrapped row (its name and the dates' ends, its captions on one or two
                # lines): part of the row said unread, not the end of the run (which lost the levels above,
                # so the next row took a level 2 written after it as its level 1, unsaid)
                run.append((k, None, None, None, None))
                wrapped = wrapped and not _captions_only(b.text)
                continue
            wrapped = False
            if got is None:
                flush()
                groups.clear()
                level1 = level2 = None
                written2 = False
                continue
            written2 = written2 or (got[1] is not None and got[0] is level1)
            level1, level2 = got
            groups.append(k)
            continue
        span: list = []
        rows = _table_rows(b, known, span)
        if rows is None:
            flush()
            groups.clear()
            level1 = level2 = None
            written2 = False
            continue
        if span:     # label / value pair rows inside a table: the table's other rows stay as they are
            flush()
            groups.clear()
            run.append((k, None, None, rows, b.loc))
            flush()
            out[-1].source, out[-1].head_row, out[-1].tail = b, span[0], (b, span[1])
            level1 = level2 = None
            written2 = False
            continue
        run.extend((g, None, None, None, None) for g in groups)
        groups.clear()
        run.append((k, level1, level2, rows, b.loc))
    flush()
    return out


def _rebuilt(run: list) -> Rebuilt:
    levels = [f for n, f in ((1, "level1"), (2, "level2")) if any(x[n] is not None for x in run)]
    roles = levels + ["level3"]
    for _, _, _, rows, _ in run:
        for kind, parsed, *_ in rows or []:
            for f, _, _ in parsed[1:] if kind == "read" else []:
                if f not in roles:
                    roles.append(f)
    heads = {f: FORM[ROLES.index(f)] for f in LEVELS}
    placed, unread, astray = [], [], []
    for k, l1, l2, rows, _ in run:
        for kind, parsed, line, loc in rows or []:
            if kind != "read":
                # a text file's line, else the row's place (an OCR'd table's row has no line)
                (astray if kind == "levels" else unread).append(str(line) if line else f"{where(replace(loc, col=None))}")
                continue
            for f, head, _ in parsed[1:]:
                heads.setdefault(f, head)
            cells = {"level1": l1, "level2": l2, "level3": parsed[0], **{f: c for f, _, c in parsed[1:]}}
            for c in cells.values():
                if c is not None and not c.blocks:
                    c.blocks.append(k)
            placed.append([cells.get(f) for f in roles])
    first = run[0][0]
    # the header stands where the first table does: the records' table is that table as extracted
    at = next(loc for *_, loc in run if loc is not None)
    line = next(line for _, _, _, rows, _ in run for _, _, line, _ in rows or [])
    rb = Rebuilt(first_block=first, blocks={k for k, *_ in run},
                 header=[RunCell(line, heads[f], [first], src=at) for f in roles], roles=roles, rows=placed)
    def named(rows: list[str]) -> str:
        lines = [u for u in rows if u.isdigit()]
        return "、".join([f"源文件第{'、'.join(lines)}行"] * bool(lines) + [u for u in rows if not u.isdigit()])
    notes = []
    if unread:
        notes.append(f"{named(unread)}：指标行各格带标签，但标签与数值对不上"
                     f"（缺名称、同一栏重复或“分值/得分”类标签下不是两个数），{len(unread)}行指标未读取")
    if astray:
        notes.append(f"{named(astray)}：一行写有指标层级但未能读出为层级行，该行及其下各行的一级、二级指标不明，"
                     f"{len(astray)}行未读取")
    if notes:
        rb.unread = len(unread) + len(astray)
        rb.warning = "；".join(notes)
    return rb
