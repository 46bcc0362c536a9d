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

from collections import Counter

import regex as re

from jixiao.extract import Document, Paragraph
from jixiao.extract.separated import json_object

from .rebuild import HEADER_CELL, Rebuilt, RunCell
from .sentences import BULLET
from .vocab import INDICATOR_HEADERS, canonical_level1, canonical_level2, header_field, value_role

_COLON = re.compile(r"[：:]")
# Marks that part one pair from the next on a line (年度指标值：≥8个；实际完成值：8个): a label after one starts
# there as after a space, and the mark is no part of the value before it.
_PARTS = re.compile(r"[\s；;，,。]+")
_PART_END = re.compile(r"[；;，,。]\s*$")
_MARK_END = re.compile(r"\s*[·•◦●▪‧・]$")
# A row's number labelled (序号：8): no indicator field the header grammar reads, but a label after a space.
_SERIAL = re.compile(r"序号|编号")
# The fields that name an indicator or its place: a block holds one of them.
_NAMING = ("level1", "level2", "level3")


def _label(before: str, first: bool, roles: bool = False, written: frozenset = frozenset()) -> tuple[int, str] | None:
    """Where the label before a colon starts in `before` and its field. The line's first label is
    all of `before`. A later one is the last word (after a space or a mark that parts pairs, _PARTS) where
    the header grammar maps it; where it follows the colon before with no space (a PDF line joining two
    lines: 数量指标指标名称), the value comes first, so the label is the shortest end of the word the
    grammar maps, or the longest end that the document writes as a label apart elsewhere (`written`,
    _written_apart: 年度指标值 in 蔬菜农残抽检合格率年度指标值, OCR joining a name to the next line's label, where
    the grammar maps 指标值 and 年度指标值 alike). With `roles` (a card's line of values, _titled) a word the
    header grammar leaves is read as a value's role label where it names one (完成 alone: vocab.value_role, as
    a row label 完成 is read)."""
    words = [w for w in _PARTS.split(before) if w]
    if not words:
        return None

    def field_of(word: str) -> str | None:
        return header_field(word, set()) or (value_role(word) if roles else None)
    if first:
        if len(words) > 1 or (field := field_of(words[0])) is None:
            return None
        return len(before) - len(before.lstrip()), field
    word = words[-1]
    glued = before == word
    if not glued and _SERIAL.fullmatch(word):
        # a row's number after a space (…年度指标值：≥1.5亿元　序号：8): a label of its own, as a table's 序号
        # column is one, so the figure before it keeps to its field
        return len(before.rstrip()) - len(word), "serial"
    if not glued and (field := field_of(word)) is not None:
        return len(before.rstrip()) - len(word), field
    ends = [(i, field) for i in range(len(word) - 2, 0, -1) if (field := field_of(word[i:])) is not None]
    apart = [(i, field) for i, field in ends if word[i:] in written]
    if ends:
        i, field = apart[-1] if apart else ends[0]
        return len(before.rstrip()) - len(word) + i, field
    return None


def _written_apart(doc: Document) -> frozenset[str]:
    """The labels the document writes apart: a word before a colon that starts its line or follows a space or
    a mark that parts pairs, which the header grammar maps (年度指标值：≥5000亩), or a label glued to the figure
    after it on a line of pairs apart by marks (年度指标值≥6000亩·分值10: _GLUED)."""
    out = set()
    for b in doc.blocks:
        if not isinstance(b, Paragraph):
            continue
        text, at = b.text.strip(), 0
        for m in _COLON.finditer(text):
            seg, start, at = text[at:m.start()], at, m.end()
            word = _PARTS.split(seg)[-1] if seg else ""
            if word and (start == 0 and word == seg or _PARTS.search(seg)) and header_field(word, set()) is not None:
                out.add(word)
        if not _COLON.search(text) and len(parts := _MARKS.split(text)) >= 2:
            # a line of pairs glued apart by marks (年度指标值≥6000亩·分值10): each label before its figure
            out.update(m.group("label") for part in parts if (m := _GLUED.fullmatch(part.strip()))
                       and header_field(m.group("label"), set()) is not None)
    return frozenset(out)


# A line that is one label and one word apart by a space, no colon (三级指标 建设示范园, 年度指标值 ≥3000亩: a card's
# field names set before the values by a page's style and printed, 1546.pdf).
_SPACED = re.compile(r"(?P<label>\p{Han}{2,8})\s+(?P<value>\S+)")


def _spaced(m, b: Paragraph, k: int, line: int) -> list[tuple[str, RunCell, RunCell]] | None:
    """The pair of a line written label, space, value (_SPACED) where the header grammar names the label and
    not the value (a header row printed as a line, 三级指标 年度指标值, is no pair), the value is no mark alone (a
    table written a cell per line, each cell's bar after it: 预期目标 |) and it holds no label's colon, else None."""
    field = header_field(m.group("label"), set())
    if field is None or header_field(m.group("value"), set()) is not None or _COLON.search(m.group("value")):
        return None     # (a colon after the space: a label spaced apart before its colon, 三级 指标：X, no pair here)
    if _MARKS.fullmatch(m.group("value")):
        return None     # (预期目标 |: a cell of a table written a cell per line, its bar the cell's end, no value)
    return [(field, RunCell(line, m.group("label"), [k], src=b.loc), RunCell(line, m.group("value"), [k], src=b.loc))]


# A mark standing apart between two pairs written label, space, value (年度指标值 ≥6000亩 · 实际完成值 6180亩 · 分值 10:
# a card's line with no colon, its pairs apart by a middle dot or a bar with a space either side).
_APART = re.compile(r"\s+[·•‧・|｜]\s+")


def _spaced_parts(text: str, b: Paragraph, k: int, line: int,
                  written: frozenset = frozenset()) -> list[tuple[str, RunCell, RunCell]] | None:
    """The pairs of a line of no colon whose every part between marks standing apart (_APART) is one pair
    written label, space, value (_spaced), else None: one part the grammar does not name, and the line is no
    card's values. A line whose marks and pairs lost their spaces (a PDF's text: 年度指标值≥6000亩·实际完成值
    6180亩·分值10) is read the same where every part is a label glued to its value (_glued)."""
    if _COLON.search(text):
        return None
    parts = _APART.split(text)
    if len(parts) >= 2:
        got = [_spaced(m, b, k, line) if (m := _SPACED.fullmatch(part.strip())) else None for part in parts]
        return [g[0] for g in got] if all(got) else None
    parts = _MARKS.split(text)
    if len(parts) < 2:
        return None
    got = [_glued(part.strip(), b, k, line, written) for part in parts]
    return got if all(got) else None


# A mark between two pairs with or without spaces, and a label glued to a value that opens with no Han character
# (年度指标值≥6000亩, 分值10, 年度指标值2023年12月31日前).
_MARKS = re.compile(r"\s*[·•‧・|｜]\s*")
_GLUED = re.compile(r"(?P<label>\p{Han}{2,8})(?P<value>[^\p{Han}\s].*)")


def _glued(part: str, b: Paragraph, k: int, line: int, written: frozenset) -> tuple[str, RunCell, RunCell] | None:
    """The pair of a part written label, value with no space between (_GLUED) where the header grammar names
    the label; a value of Han characters only (持续提升) follows the longest label the document writes apart
    elsewhere (`written`: the grammar maps 年度指标值持续 as 年度指标值 alike), else None."""
    if (m := _GLUED.fullmatch(part)) is not None:
        label, value = m.group("label"), m.group("value")
    else:
        label = next((part[:i] for i in range(len(part) - 1, 1, -1) if part[:i] in written), "")
        value = part[len(label):]
    field = header_field(label, set()) if label else None
    if field is None or not value or header_field(value, set()) is not None:
        return None
    return field, RunCell(line, label, [k], src=b.loc), RunCell(line, value, [k], src=b.loc)


def _pairs(b: Paragraph, k: int, roles: bool = False, written: frozenset = frozenset()) -> list[tuple[str, RunCell, RunCell]] | None:
    """(field, label cell, value cell) for each pair of a line that is wholly label：value pairs
    with indicator-header labels (with `roles`, value-role labels too: _label), else None. A colon after no
    such label is part of a value (with `roles` the line is no card's: None)."""
    # a list bullet opening the line (· 分值：10, • 实际完成值：42家: OCR reads Word's list marks, 1548.scan) is no
    # part of its first label, as a bulleted heading is read unmarked (sentences.BULLET)
    text = BULLET.sub("", b.text.strip(), count=1)
    line = b.loc.line if b.loc.line is not None else k
    if (m := _SPACED.fullmatch(text)) is not None and ((got := _spaced(m, b, k, line)) or not roles):
        return got      # (a card's values line too: 年度指标值 ≥42000人 under its name, 1595.pdf)
    if (got := _spaced_parts(text, b, k, line, written)) is not None:
        return got
    found, at = [], 0     # (label start, colon, field)
    for m in _COLON.finditer(text):
        seg = text[at:m.start()]
        got = _label(seg, not found, roles, written)
        if got is None:
            if not found or roles:      # a card's line: every colon a label's, or no card is read from it
                return None
            continue
        found.append((at + got[0], m.start(), got[1]))
        at = m.end()
    out = []
    for n, (x, colon, field) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(text)
        value = text[colon + 1:end].strip()
        if n + 1 < len(found):
            # and the next pair's bullet after the value (≥6000亩· 实际完成值：…: two bulleted lines read as one)
            value = _MARK_END.sub("", _PART_END.sub("", value))
        out.append((field, RunCell(line, text[x:colon].strip(), [k], src=b.loc),
                    RunCell(line, value, [k], src=b.loc)))
    return out or None


# The header grammar's own words for the levels and the name (a title line gives their values, not labels).
_HEAD_WORD = {f: spec["has"][0] for f, spec in INDICATOR_HEADERS if f in _NAMING and "has" in spec}


def _head_for(field: str, label: RunCell) -> RunCell:
    """A run's header cell for `field`: the label as written where the header grammar reads it as that field,
    else (a value's role label, 完成 alone: _label's `roles`) the grammar's own word for the field at the
    label's place, so the rebuilt table's header reads as the run was read."""
    if header_field(label.text, set()) == field:
        return label
    word = next((w for f, spec in INDICATOR_HEADERS if f == field for w in spec.get("has", [])
                 if header_field(w, set()) == field), None)
    return label if word is None else RunCell(label.line, word, label.blocks, src=label.src)


# A level path written as one title (产出指标 · 数量指标): its parts apart by a mark.
_LEVEL_PATH = re.compile(r"\s*[·•・/／|｜>＞→]\s*")
_VALUES = frozenset({"target", "actual", "weight", "score"})


def _title(text: str) -> str | None:
    """A card's title line: short, no colon."""
    text = text.strip()
    return text if text and len(text) <= 2 * HEADER_CELL and not _COLON.search(text) else None


def _names_level(text: str) -> bool:
    """A title that names a level (数量指标, 产出指标): a run's heading, no card's name."""
    return bool(canonical_level1(text) or canonical_level2(text)[0])


def _level_path(text: str) -> list[str] | None:
    """A title that is a level path (产出指标 · 数量指标, its first part a level 1 by the grammar): its two parts."""
    parts = [x for x in _LEVEL_PATH.split(text.strip()) if x]
    return parts if len(parts) == 2 and canonical_level1(parts[0]) else None


# A level path at a line's end (…得分 10满意度指标·服务对象满意度指标: OCR ran the path's line into the one above it)
_PATH_TAIL = re.compile(r"(?P<one>\p{Han}{2,10})\s*[·•・／|｜>＞→]\s*(?P<two>\p{Han}{2,14})\s*$")


def _paths_written(doc: Document) -> list[str]:
    """The level paths the document's lines write (产出指标·数量指标), each as a line or a line's tail (_PATH_TAIL, its
    first part a level 1 by the grammar, its second a level 2)."""
    out = []
    for b in doc.blocks:
        if isinstance(b, Paragraph) and (m := _PATH_TAIL.search(b.text)):
            one, two = m.group("one"), m.group("two")
            one = next((one[n:] for n in range(len(one) - 1) if canonical_level1(one[n:])), None)
            if one and canonical_level2(two)[0]:
                out.append(f"{one}·{two}")
    return list(dict.fromkeys(out))


def _card_pairs(b, k: int, written: frozenset = frozenset(), lanes: int = 1) -> list[tuple[str, RunCell, RunCell]] | None:
    """A line of a card's values: every colon a label's, the label a field or a value's role (_pairs'
    `roles`), no level or name among them and no field twice; for `lanes` cards side by side read as one
    line (OCR), each field written once per card. None else."""
    got = _pairs(b, k, roles=True, written=written) if isinstance(b, Paragraph) else None
    if got and any(_PROSE.search(v.text.strip()) for _, _, v in got):
        return None     # a value of clauses (年度目标：全面落实…，全年巡河…；…) is a report's paragraph, no card's
    fields = Counter(f for f, _, _ in got or [])
    return got if got and set(fields.values()) == {lanes} and not set(fields) & set(_NAMING) else None


# A clause break inside a value: prose (145's 年度目标：… / 完成情况：… under 一、年度总体目标完成情况), not one value.
_PROSE = re.compile(r"[，；。;][^，；。;]")


def _card_fields(lines: list[list[tuple]], lanes: int = 1) -> bool:
    """The values lines under a title make a card (or `lanes` cards side by side): the target and another
    value field, each once a card."""
    fields = Counter(f for got in lines for f, _, _ in got)
    return "target" in fields and set(fields.values()) == {lanes} and len(set(fields) & _VALUES) >= 2


def _values_under(blocks: list, j: int, lanes: int = 1, written: frozenset = frozenset()) -> int:
    """How many lines from j on are a card's values (one, or two where a print wrapped them: the first
    line alone not a card's fields); 0 where none."""
    first = _card_pairs(blocks[j], j, written, lanes) if j < len(blocks) else None
    if not first:
        return 0
    if _card_fields([first], lanes):
        return 1
    second = _card_pairs(blocks[j + 1], j + 1, written, lanes) if j + 1 < len(blocks) else None
    return 2 if second and _card_fields([first, second], lanes) else 0


def _names(doc: Document, k: int, written: frozenset = frozenset()) -> list[str] | None:
    """The card names a title line gives (_titled): the line, where one or two lines of a card's values
    follow; or its space-apart words, where the line below writes each of a card's fields once for each word
    (cards side by side read by OCR as lines across both: 带动农户增收 东港草莓出口量 over 目标：… 目标：… 分值：…
    分值：…). A name is short and names no level (数量指标 over labelled values is the run's heading)."""
    b = doc.blocks[k] if 0 <= k < len(doc.blocks) else None
    text = _title(b.text) if isinstance(b, Paragraph) else None
    if text is None:
        return None
    # a name may be longer than a header cell (火情发现至扑火队伍到场平均时长, 1599): one run of words, no space
    if (len(text) <= HEADER_CELL or not re.search(r"\s", text)) and not _names_level(text) and \
            _values_under(doc.blocks, k + 1, 1, written):
        return [text]
    words = text.split()
    if len(words) > 1 and all(len(w) <= HEADER_CELL and not _names_level(w) for w in words) and \
            _values_under(doc.blocks, k + 1, len(words), written):
        return words
    return None


def _titled(doc: Document, k: int, written: frozenset = frozenset()) -> list[tuple[str, RunCell, RunCell]] | None:
    """A title line of a card (a KPI board: the name over a line of its labelled values, 目标：… 完成：…
    分值：… 得分：…, 1467.html) as pairs: a short line with no colon over one or two lines of label：value
    pairs (_values_under: the target and another value field, no level or name) is the name (level3; the
    names of cards side by side: _names), unless it names a level (数量指标 over a line of labelled values is
    the run's heading: _names_level); a level path over such a name (产出指标 · 数量指标, its first part a level
    1 by the grammar) is level 1 and level 2. None else."""
    b = doc.blocks[k]
    text = _title(b.text) if isinstance(b, Paragraph) else None
    if text is None or "level3" not in _HEAD_WORD:
        return None
    line = b.loc.line if b.loc.line is not None else k

    def cell(field, value):
        return (field, RunCell(line, _HEAD_WORD[field], [k], src=b.loc), RunCell(line, value, [k], src=b.loc))
    if names := _names(doc, k, written):
        return [cell("level3", x) for x in names]
    parts = _level_path(text)
    if parts and _names(doc, k + 1, written) and {"level1", "level2"} <= set(_HEAD_WORD):
        return [cell("level1", parts[0]), cell("level2", parts[1])]
    return None


def _next_line(doc: Document, k: int) -> int | None:
    """The index of the next block after k that holds text, or None where it is no paragraph (a table) or none."""
    j = next((j for j in range(k + 1, len(doc.blocks)) if not isinstance(doc.blocks[j], Paragraph)
              or doc.blocks[j].text.strip()), None)
    return j if j is not None and isinstance(doc.blocks[j], Paragraph) else None


def _level_line(doc: Document, k: int, depth: int = 0,
                written: frozenset = frozenset()) -> list[tuple[str, RunCell, RunCell]] | None:
    """A short line that names one level alone (产出指标 / 数量指标: an outline's heading over its cards, each card
    a name line over label：value lines, 1548) as that level's pair, where the next line with text is a card's
    name (_names) or another such level line. Its depth is the structure's: a level line over another level
    line is the level 1 (产出指标 over 数量指标), one over a card's name the level 2 where the grammar reads it as one
    (成本指标 under 产出指标 is a level 2, written like a 2021+ level 1), else the level 1 (产出指标 straight over
    its cards). None else (a caption, a level path, a title over no card)."""
    b = doc.blocks[k]
    text = _title(b.text) if isinstance(b, Paragraph) else None
    if text is None or not _names_level(text) or _level_path(text) or not {"level1", "level2"} <= set(_HEAD_WORD):
        return None
    j = _next_line(doc, k)
    if j is None:
        return None
    over_level = depth == 0 and _level_line(doc, j, 1, written) is not None
    if not over_level and not _names(doc, j, written):
        return None
    field = "level1" if over_level or not canonical_level2(text)[0] else "level2"
    line = b.loc.line if b.loc.line is not None else k
    return [(field, RunCell(line, _HEAD_WORD[field], [k], src=b.loc), RunCell(line, text, [k], src=b.loc))]


# A values line whose last value OCR ran on into the next group's level line (…得分：4分成本指标, 1949.scan): the
# figure, then one level's label whole
_LEVEL_RUN_ON = re.compile(r"^(?P<value>.*[\d%％]分?)\s*(?P<level>\p{Han}[^\d]{1,14}指标)$", re.S)


def _level_run_on(pairs: list, b: Paragraph, k: int) -> list | None:
    """A card's values line whose last value ends in one level's label run on from the line below it (a
    level line, OCR read as one with the line above): the pairs with that value cut at its figure, then the
    level as a pair of its own (level 2 where the grammar reads it as one, else level 1), which opens the
    next block as a level line does. None where the line is not so."""
    field, label, value = pairs[-1]
    if field in _NAMING or (m := _LEVEL_RUN_ON.match(value.text.strip())) is None:
        return None
    text = m.group("level")
    if not _names_level(text) or _level_path(text):
        return None
    level = "level2" if canonical_level2(text)[0] else "level1"
    cut = RunCell(value.line, m.group("value").strip(), value.blocks, src=value.src)
    return pairs[:-1] + [(field, label, cut), (level, RunCell(value.line, _HEAD_WORD[level], [k], src=b.loc),
                                                RunCell(value.line, text, [k], src=b.loc))]


def _runs(doc: Document, notes: dict | None = None):
    """Runs of label：value lines; one short line without a label between them (a block's
    caption, 指标2) does not end a run, a table or any other line does. A card's title lines (_titled)
    are lines of the run, their values the name and levels; the values lines under a card's name are read
    by the card's grammar (_card_pairs: a label naming a value's role, 完成 alone, is that value, as a row
    label 完成 is read)."""
    run, gap, card, lanes = [], 0, 0, 1
    written = _written_apart(doc)
    for k, b in enumerate(doc.blocks):
        pairs = None
        if isinstance(b, Paragraph):
            if card:
                pairs, card = _card_pairs(b, k, written, lanes), card - 1
            pairs = pairs or _pairs(b, k, written=written)
            if pairs and (cut := _level_run_on(pairs, b, k)) is not None:
                pairs = cut
                if notes is not None:
                    notes[k] = (f"{b.loc.describe() if b.loc is not None else f'第{k + 1}段'}：层级“{cut[-1][2].text}”"
                                f"接在上一行末尾（扫描件两行识别为一行），已拆开，作为其下各行的层级，请核对原件")
            if not pairs and (pairs := _titled(doc, k, written)) and pairs[0][0] == "level3":
                lanes = len(pairs)
                card = _values_under(doc.blocks, k + 1, lanes, written)
        if not pairs and (pairs := _level_line(doc, k, written=written)) and run and \
                not any(f in _NAMING for _, got in run for f, _, _ in got):
            run = []     # points and values over an outline's first level line: no indicator's block
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


def _one_order(fields: list[str]) -> bool:
    """Whether a run's fields are one order of distinct fields written again and again (twice at least)."""
    if not fields or fields[0] not in fields[1:]:
        return False
    period = fields.index(fields[0], 1)
    pattern = fields[:period]
    return len(set(pattern)) == period and len(fields) % period == 0 and fields == pattern * (len(fields) // period)


def label_blocks(doc: Document) -> list[Rebuilt]:
    """The runs of label：value lines that hold indicator names, each as a rebuilt table."""
    out = []
    notes: dict[int, str] = {}
    for run in _runs(doc, notes):
        blocks: list[dict[str, RunCell]] = []
        heads: dict[str, RunCell] = {}
        # cards side by side (a label sheet's two cards a row, read by OCR as lines across both: 三级指标：A
        # 三级指标：B): a line that writes a field twice holds a lane per card, the n-th time a field is
        # written on a line its n-th card's; each lane opens its blocks as one column does
        lanes: dict[int, dict[str, RunCell]] = {}
        # two lanes whose lines fall out of step (a two-column page read across, 1598.pdf: 一级指标：… beside
        # 实际完成值：…): no line tells which lane a value is in from there on; the blocks it feeds are doubtful
        two_lanes, askew, doubtful = False, None, set()
        # records that each write the same fields in one order (a data file's maps, its keys in the order the
        # language keeps: Erlang's term order puts 三级指标 before 二级指标): a block opens where that order
        # begins again, not where a level follows a name
        periodic = _one_order([f for _, pairs in run for f, _, _ in pairs])
        for k, pairs in run:
            seen: dict[str, int] = {}
            fields = [f for f, _, _ in pairs]
            # a card's title line (_titled: no colon) opens the card's block, whatever the lines before left
            # open (values with no name of their own: two cards' values run across one line, OCR), unless
            # it is the name under the card's level path
            title = not _COLON.search(doc.blocks[k].text) and not _SPACED.fullmatch(doc.blocks[k].text.strip()) \
                and bool(set(fields) & set(_NAMING))    # (values apart by marks, no colon: _spaced_parts, no title)
            if title and (0 not in lanes or set(lanes[0]) - {"level1", "level2"} or pairs[0][0] in lanes[0]):
                lanes = {0: {}}
                blocks.append(lanes[0])
                two_lanes = False     # a title opens one card: its lines in one lane
            two_lanes = two_lanes or len(set(fields)) < len(fields)
            if two_lanes and askew is None and len(fields) >= 2 and len(set(fields)) == len(fields):
                askew = k
            for field, label, value in pairs:
                lane = seen[field] = seen.get(field, -1) + 1
                last = lanes.get(lane)
                # a field written again: the next indicator's block; so is a level written after a
                # name (a list's level, then its indicators: the level heads those after it)
                if last is None or field in last or field in ("level1", "level2") and "level3" in last \
                        and not periodic:
                    last = lanes[lane] = {}
                    blocks.append(last)
                last[field] = value
                heads.setdefault(field, _head_for(field, label))
                if askew is not None:
                    doubtful.add(id(last))
        if "level3" not in heads or len(heads) < 2:
            continue
        roles = list(heads)
        # a block of one value, a target, with no name (1548.scan before its bullets were read: the name line's values
        # broken off by a line no card reads, 年度指标值：≥40家 alone): a row of one figure, which the table reader
        # does not tell from a total's (unread.nameless_values: two figures at least, those it names); its label
        # says it is an indicator's target, so it is counted unread and said here
        nameless = [blk for blk in blocks if id(blk) not in doubtful and "level3" not in blk and "target" in blk
                    and not set(blk) & (_VALUES - {"target"})]
        doubtful |= {id(blk) for blk in nameless}
        kept = [blk for blk in blocks if id(blk) not in doubtful]
        names = [blk["level3"].text for blk in blocks if id(blk) in doubtful and "level3" in blk]
        rb = Rebuilt(first_block=run[0][0], blocks={k for k, _ in run}, header=[heads[f] for f in roles],
                     roles=roles, rows=[[blk.get(f) for f in roles] for blk in kept])
        if not {"level1", "level2"} & set(heads) and (paths := _paths_written(doc)):
            # cards read with no level where the document writes level paths (1595.scan: OCR ran the path into the
            # line above): their levels are left blank, said
            blank = [blk["level3"].text for blk in kept if "level3" in blk]
            b = doc.blocks[run[0][0]]
            rb.warning = (f"{b.loc.describe() if b.loc is not None else f'第{run[0][0] + 1}段'}起的指标卡片"
                          f"（{'、'.join(blank)[:80]}）读出时没有指标层级，而文档其他处写有层级路径（"
                          f"{'、'.join(paths)[:80]}），疑为层级行识别时并入相邻行；{len(blank)}条指标的层级留空，请核对原件")
        if names:
            b = doc.blocks[askew]
            rb.unread = len(names)
            rb.warning = (f"{b.loc.describe() if b.loc is not None else f'第{askew + 1}段'}起，两栏并排的“标签：值”文字按行"
                          f"横读时左右错行（“{b.text.strip()[:40]}”），{len(names)}条指标（{'、'.join(names)[:80]}）的值分不清属于"
                          "哪一栏，未读取，请核对原件")
        if nameless:
            rb.unread += len(nameless)
            said = "；".join(f"{_place(blk['target'], doc)}“{doc.blocks[blk['target'].blocks[0]].text.strip()[:40]}”"
                            "只有指标值，没有读出所属的指标名称（名称行下的各行中有未能按“标签：值”读出的行）"
                            for blk in nameless) + f"，共{len(nameless)}条指标未读取，请核对原件"
            rb.warning = "；".join(x for x in (rb.warning, said) if x)
        if said := [notes[k] for k, _ in run if k in notes]:
            rb.warning = "；".join([w for w in [rb.warning] if w] + said)
        out.append(rb)
    return out


def _place(cell: RunCell, doc: Document) -> str:
    """Where a run's cell stands, for a warning: its paragraph's place, else its block's number."""
    b = doc.blocks[cell.blocks[0]]
    return b.loc.describe() + "：" if b.loc is not None else f"第{cell.blocks[0] + 1}段："


def _card_cell(text: str, loc) -> tuple[list[str], list[str]] | None:
    """A table cell holding one card (a KPI board printed to PDF, its cards a grid: 1467.pdf): a title line
    over lines of its values (_card_pairs; together the card's fields, _card_fields), then only level paths (the next run's heading,
    printed under the card it follows: 产出指标·质量指标): (the card's lines, the level paths), else None."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if len(lines) < 2 or not _title(lines[0]) or _level_path(lines[0]) or _names_level(lines[0]):
        return None
    n, got = 1, []
    while n < len(lines) and (pairs := _card_pairs(Paragraph(lines[n], loc), n)):
        got.append(pairs)
        n += 1
    if not got or not _card_fields(got) or not all(_level_path(x) for x in lines[n:]):
        return None
    return lines[:n], lines[n:]


def _pair_rows(t, loc) -> list[str] | None:
    """A table that is one card's values as label | value cells (a <dl> grid printed two pairs a line: 年度指标值 |
    ≥10000亩 | 实际完成值 | 10300亩, then 分值 | 10 | 得分 | 10): each row written as a line of label：value pairs,
    where every row's cells alternate a label and its value and the lines are a card's values (_card_pairs,
    _card_fields); None else."""
    lines = []
    for row in t.rows():
        cells = [c.text.strip() for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells or len(cells) % 2:
            return None
        lines.append("　".join(f"{cells[n]}：{cells[n + 1]}" for n in range(0, len(cells), 2)))
    got = [_card_pairs(Paragraph(x, loc), n) for n, x in enumerate(lines)]
    return lines if got and all(got) and _card_fields(got) else None


def card_grid(doc: Document) -> tuple[Document, list[str]]:
    """The document with each table that is a grid of cards (every cell with text one card, _card_cell; two
    cards or more) written as the board's lines: row by row, each card's lines in its cells' order, then the
    level paths printed under the row's cards (the heading of the cards that follow), each a paragraph at its
    cell, so the card grammar (_titled) reads them as it reads the board's own lines; and the warning naming
    how many. Where none is, the document as it was."""
    from dataclasses import replace as _replace
    from jixiao.extract import Table
    blocks, said = [], []
    for b in doc.blocks:
        before = blocks[-1] if blocks else None
        if isinstance(b, Table) and isinstance(before, Paragraph) and _title(before.text) is not None and \
                not _names_level(before.text) and (lines := _pair_rows(b, b.loc)):
            # a card's name line over its values as a table of label | value cells: the values as the card's lines
            blocks += [Paragraph(x, b.loc) for x in lines]
            said.append(f"{b.loc.describe()}：表格为“标签｜值”成对的单元格，已按其上一行“{before.text.strip()[:30]}”"
                        "作指标名称读作一张指标卡片，请与原件核对")
            continue
        full = [c for c in b.cells if c.text.strip()] if isinstance(b, Table) else []
        cards = [(c, _card_cell(c.text, c.loc)) for c in full]
        if len(cards) < 2 or not all(got for _, got in cards):
            # a row of cards whose lines a scan's grid cut into rows (names, then values, then points): each
            # column, its cells top to bottom, one card
            cols = sorted({c.col for c in full})
            down = [(min((c for c in full if c.col == x), key=lambda c: c.row),
                     _card_cell("\n".join(c.text for c in sorted(full, key=lambda c: c.row) if c.col == x),
                                min((c for c in full if c.col == x), key=lambda c: c.row).loc)) for x in cols]
            if len(down) < 2 or not all(got for _, got in down) or all(len({c.row for c in full if c.col == x}) < 2
                                                                        for x in cols):
                blocks.append(b)
                continue
            blocks += [Paragraph(x, c.loc) for c, (lines, _) in down for x in lines]
            blocks += [Paragraph(x, c.loc) for c, (_, paths) in down for x in paths]
            said.append(f"{b.loc.describe()}：表格的{len(down)}列各写一张指标卡片（名称及其下“标签：值”，各行分在表格的各行），"
                        "已逐张读作指标，请与原件核对")
            continue
        for r in sorted({c.row for c, _ in cards}):
            row = sorted(((c, got) for c, got in cards if c.row == r), key=lambda x: x[0].col)
            blocks += [Paragraph(x, c.loc) for c, (lines, _) in row for x in lines]
            blocks += [Paragraph(x, c.loc) for c, (_, paths) in row for x in paths]
        said.append(f"{b.loc.describe()}：表格的{len(cards)}个单元格各写一张指标卡片（名称及其下“标签：值”），"
                    "已逐张读作指标（卡片下方的“一级指标·二级指标”行作其后卡片的层级），请与原件核对")
    return (_replace(doc, blocks=blocks), said) if said else (doc, [])


def place(loc) -> tuple | None:
    """Where a paragraph or a record stands, to tell a card read from one not: its block and, for a card
    printed in a table's cell (card_grid), the cell."""
    return None if loc is None else (loc.block, loc.table, loc.row, loc.col)


def titled_cards(doc: Document, read: set[tuple]) -> list[tuple[int, int, str]]:
    """Cards titled by a line of their own (a KPI board, 1467.html: a name line, no colon, over a line of
    label：value pairs holding the target and another value field but no level or name label) that no run
    read (a label that names neither a field nor a value's role, 进度：, leaves its values unsplit); (block, 1,
    warning) for each card whose lines gave no record (`read`: the places, `place`, of the records read), to
    be counted and named unread (unread.say_silent)."""
    out = []
    for k, b in enumerate(doc.blocks[:-1]):
        nxt = doc.blocks[k + 1]
        if not isinstance(b, Paragraph) or not isinstance(nxt, Paragraph) or place(b.loc) in read or \
                place(nxt.loc) in read:
            continue
        name = b.text.strip()
        if not name or len(name) > 2 * HEADER_CELL or _COLON.search(name):
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
