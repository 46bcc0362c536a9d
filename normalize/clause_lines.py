"""Indicators written as numbered sentences, one a line, rebuilt into a Table before they are read.

A report sent as an e-mail body or typed as prose gives each indicator as a numbered line of
clauses instead of a table row (326):

    （一）产出指标（分值45分，得分45分）
    1. 数量指标：完成人工造林，年度指标值≥3.5万亩，实际完成3.62万亩，分值8分，得分8分。

The line's grammar: a list number; the level label and a colon (a level-2 or level-1 name, as the
level-name vocabulary reads a label cell), or none; the indicator's name as the first clause;
then clauses each a label and its value, the label named by the grammar that reads a table's
header (vocab.header_field) and ending where the value starts (a figure, an operator, or after
the label's head noun 值 / 数 / 情况). A reason's label takes the rest of the line. The level-1
name comes from the heading line above the items ((一)产出指标…, or numbered as the items are:
1.产出指标（分值45分，得分45分）); a level in brackets after the name (城乡低保保障人数（数量指标）) is the row's
level. A reason is a column only where some line of the run names one. No word of these lines is
listed here: the header grammar names every field.

A numbered line that opens with a level label or holds value labels but does not parse whole is
not read: it is counted unread and named, never passed over. A run is two such lines or more,
parsed or not: one parsed line beside unparsed ones is read, and a run none of whose lines
parses is counted unread all the same. A numbered line naming only some values (3. 项目验收合格率
≥95%, no result: a figure or a labelled value, not the whole sentence) is counted unread and named
where it sits among lines that parse; among none it is prose. A lone line is read where it parses
whole and names every value (target, actual, weight and score): prose does not name all four; any
other lone line is left to the prose readers (normalize.sentences reads one that states a target
and a result under a level heading, in a document whose tables gave no indicator).

A template's sentence filled in names each level after its label before the name (（1）一级指标  产出指标  ，二级
指标  数量指标  ，三级指标  X  ；), its values often on the line below (年度指标值  ≥3000亩  ，…): the two read as one
line, as a numbered line broken at the page's edge is. A heading or an item run onto a line's end after its sentence
closes (…得6分。二、效益指标, a PDF's paragraphs joined) is a line of its own.
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from jixiao.extract import Document, Paragraph

from .columns import LEVEL_PAIR, level_pair
from .quantity import PREFIX_OPS
from .rebuild import HEADER_CELL, Rebuilt, RunCell, source_line
from .sentences import BULLET
from .vocab import GROUP_MARKS, bare, canonical_level1, header_field, level2_label, level_label, value_role

ITEM = re.compile(r"^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\d{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[项条][，,、：:]?)\s*(?P<body>\S.*)$")
# Items said one after another in a paragraph (a meeting transcript: 第一项，…。第二项，…。): each opens with its
# ordinal in words after the sentence before it ends, and the paragraph is read item by item.
SAID_ITEM = re.compile(r"(?:^|(?<=[。；;]))\s*(?=第[一二三四五六七八九十\d]{1,3}[项条][，,、：:])")
# A level-1 group's heading: a Chinese list number, the label, its points in brackets or nothing.
GROUP = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*(?P<label>[^（(，,。\s]+)")
# A numbered line's body that is a level's label alone, its points in brackets or not (1.产出指标（分值45分，
# 得分45分）, 2.质量指标): a heading over the items, whatever numbering the outline uses for it.
LEVEL_HEAD = re.compile(r"^(?P<label>[^（(，,。：:\s]+)\s*(?:[（(][^（）()]*[)）])?\s*[。.]?$")
# A name closed by its level in brackets (城乡低保保障人数（数量指标）).
NAME_LEVEL = re.compile(r"^(?P<name>.+?)\s*[（(](?P<level>[^（）()]+)[)）]$")
# Where a clause's value starts when it is a figure: a digit or a comparison sign.
VALUE_START = re.compile(r"[\d≥≤≧≦><＞＜=＝]")
# Where a label run into a value in words ends (年度指标值健全, 完成情况良好): at its head noun. A word
# list, since no rule covers it: the header grammar (vocab.header_field) says what a cell names, not
# where a label ends, and names the run past it too (完成情况良 as 完成情况), and a shorter one
# (年度指标 as 年度指标值), so neither the longest nor the shortest prefix it names is the label.
HEAD_NOUN = re.compile(r"(?:值|数|情况)$|(?<=\p{Han}{2})[是为]$")
# The copula closing a label said before its value (偏差原因是…): no part of the label.
COPULA = re.compile(r"[是为]$")
# Where the name's label ends when the name is said after it: its head noun (三级指标, 指标名称).
HEAD_NOUN_NAME = re.compile(r"(?:指标|名称)$")
COLON = re.compile(r"[：:]")
# A run of fill-in underscores (a printed blank, ________ or ＿＿＿) at a label's end or a value's start.
FILL_IN = re.compile(r"^[_＿]{2,}\s*|\s*[_＿]{2,}$")
# The spaces inside a figure or a value in words, a PDF's letter-spaced fill-in (≥   3  0   0   0  亩, 人    次): no
# part of the value (between Latin words they are, GB 2763 aside: a digit and a letter keep theirs).
SPACED = re.compile(r"(?<=[\d\p{Han}≥≤≧≦<>＜＞=＝%％.．])\s+(?=[\d\p{Han}≥≤≧≦<>＜＞=＝%％.．])")
# A comparison said in words closing the run before a figure (quantity's operator grammar: 大于等于, 不低于).
SAID_OP = re.compile("(?:" + "|".join(re.escape(w) for w, _ in PREFIX_OPS if len(w) > 1 and re.fullmatch(r"\p{Han}+", w))
                     + ")$")
# Points written with their 分 and a remark in brackets after them (9.50分（7月冰雹灾害致部分乡镇减产）).
POINTS_NOTE = re.compile(r"^(?P<points>\d+(?:\.\d+)?\s*分?)\s*[（(](?P<note>[^（）()]+)[)）]$")
WHOLE = re.compile(r"^\s*(?P<body>\S.*)$")
# A question and its answer (问3：产出指标—数量指标“新建机井”的年度指标值、完成情况及得分？ / 答：年度指标值为…): the answer
# line names its values under a reply mark where a line names its indicator, the question above it says which
# indicator: the words it quotes, after the level path the question may open with.
QUESTION = re.compile(r"^\s*问\s*\d{0,3}\s*[：:.、]?\s*(?P<body>.+?)\s*$")
ANSWER = re.compile(r"^(?:答|回答|答复)$")
REPLY = re.compile(r"(?<=[？?])\s*(?=(?:答|回答|答复)\s*[：:])")
QUOTED = re.compile(r"[“\"「『](?P<name>[^”\"」』]+)[”\"」』]")
# The points got, said with the verb alone (分值6分，得4.5分): the score, where the weight was said before it.
GOT_POINTS = re.compile(r"得\s*(?P<points>\d+(?:\.\d+)?\s*分)")
# A clause closed by a bracket of clauses (完成3120亩（目标≥3000亩；分值10分，得10分）): the bracket's clauses are
# the line's own where each is a labelled value (_bracketed).
BRACKET_TAIL = re.compile(r"^(?P<main>[^（()）]*?)\s*[（(](?P<inner>[^（()）]+)[)）]\s*$")
FORM = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
VALUE_FIELDS = ("target", "actual", "weight", "score", "reason")
ROLES = [header_field(x, set()) for x in FORM]


def _whole(row: list) -> bool:
    """A parsed line holding every value of an indicator row (target, actual, weight, score)."""
    return all(c is not None for c, role in zip(row, ROLES) if role in ("target", "actual", "weight", "score"))


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause, the separator after it) at ，；。 outside brackets."""
    return list(_clauses_of(text))


@lru_cache(maxsize=1 << 14)   # a line's clauses are asked for by every reading of it (_item, _labels_used, clause_lines)
def _clauses_of(text: str) -> tuple[tuple[str, str], ...]:
    out, start, depth = [], 0, 0
    for n, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif ch in "，,；;。" and depth == 0:
            out.append((text[start:n], ch))
            start = n + 1
    if text[start:].strip():
        out.append((text[start:], ""))
    return tuple(out)


def _labelled(clause: str, taken: set[str], known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(field, value) of a clause that is a value's label and the value, or None. `known`: the labels
    the document's other numbered lines set apart from a figure (_labels_used)."""
    c = clause.strip()
    if (got := GOT_POINTS.fullmatch(c)) is not None and "score" not in taken and "weight" in taken:
        return "score", got.group("points")     # 得4.5分 after the weight: the points got, the score
    colon = COLON.search(c)
    if colon and 0 < colon.start() <= HEADER_CELL:
        label, value = c[:colon.start()], c[colon.end():]
    elif (m := VALUE_START.search(c)) is not None and m.start() > 0:
        label, value = c[:m.start()], c[m.start():]
        if (op := SAID_OP.search(label)) is not None and op.start() > 0:
            # an operator said in words (年度指标值大于等于2000亩): the value's, not the label's
            label, value = label[:op.start()], label[op.start():] + value
    else:
        # a value in words (健全): the label ends at its head noun, the longest such prefix; else
        # where a label the other lines wrote before a figure ends (实际完成持续完善 beside 实际完成96.3%)
        cut = next((n for n in range(min(len(c) - 1, HEADER_CELL + 1), 1, -1) if HEAD_NOUN.search(c[:n])
                    and header_field(COPULA.sub("", c[:n]), taken) in VALUE_FIELDS), None) or \
            max((len(x) for x in known if c.startswith(x) and len(c) > len(x)), default=None)
        if cut is None:
            return None
        label, value = c[:cut], c[cut:]
    # a printed fill-in blank between the label and what was written in (实际完成值________持续提升, a blank the
    # writer's words went after rather than over): neither the label's nor the value's
    label, value = FILL_IN.sub("", label.strip()), FILL_IN.sub("", value.strip())
    label, value = label.strip().removesuffix("为").removesuffix("是"), value.strip()
    field = _label_field(label, taken) if len(bare(label)) <= HEADER_CELL else None
    if field not in VALUE_FIELDS or not value or re.search(r"\d", label):
        return None
    return field, value if field == "reason" else SPACED.sub("", value)


def _bracketed(parts: list[tuple[str, str]], known: frozenset[str]) -> tuple[list[tuple[str, str]], set[str]]:
    """The line's clauses with a bracket of labelled values closing one of them opened into clauses of their own
    where it gives a target or a result (名称：完成3120亩（目标≥3000亩；分值10分，得10分）: the target and points in
    brackets after the result), and the fields the brackets give. A bracket of anything else (a remark, a unit,
    points alone) stays in its clause."""
    out, given = [], set()
    for clause, sep in parts:
        m = BRACKET_TAIL.match(clause)
        inner = _clauses(m.group("inner")) if m is not None and m.group("main").strip() else []
        taken, fields = set(), []
        for c, _ in inner:
            got = _labelled(c, taken, known)
            if got is None:
                break
            taken.add(got[0])
            fields.append(got[0])
        if len(inner) < 2 or len(fields) < len(inner) or not {"target", "actual"} & set(fields):
            # (points alone in the bracket after a target and a result, （分值10，得分10）: the sentence readers'
            # bracket of points, normalize.sentences POINTS, which read a bullet's marks and levels too)
            out.append((clause, sep))
            continue
        out.append((m.group("main"), "，"))
        out += [(c, "，") for c, _ in inner[:-1]] + [(inner[-1][0], sep)]
        given |= set(fields)
    return out, given


def _label_field(label: str, taken: set[str]) -> str | None:
    """The field a clause's label names: a header's words (年度指标值, 实际完成, 分值), or in a sentence the
    bare stem of a value's role (目标 / 完成 / 实现: vocab.value_role), which no column is headed by alone but
    a line typed by hand writes before its figures (目标≥20000亩，完成20500亩)."""
    field = header_field(label, taken)
    if field is None and (role := value_role(label)) is not None and role not in taken:
        field = role
    return field


def _labels_used(doc: Document) -> frozenset[str]:
    """The value labels the document's lines write before a figure (实际完成 in 实际完成96.3%; a numbered line's after
    its number; a bracket's clauses closing a clause too, （目标≥3000亩；分值10分，得10分）): where a line gives the same
    label a value in words, the label ends there too."""
    out = set()
    for b in doc.blocks:
        if not isinstance(b, Paragraph):
            continue
        m = ITEM.match(text := _unbulleted(b.text))
        clauses = [c for c, _ in _clauses(m.group("body") if m is not None else text)]
        clauses += [c for x in clauses if (t := BRACKET_TAIL.match(x)) is not None for c, _ in _clauses(t.group("inner"))]
        for clause in clauses:
            c = clause.strip()
            if (head := COLON.split(c, 1)) and len(head) == 2 and not VALUE_START.search(head[0]):
                c = head[1].strip()     # the first value after the name's colon (名称：目标≥300公斤)
            if (v := VALUE_START.search(c)) is not None and v.start() > 0 and not COLON.search(c[:v.start()]) \
                    and _label_field(c[:v.start()].strip(), set()) in VALUE_FIELDS:
                out.add(c[:v.start()].strip())
    return frozenset(out)


def _level_clause(clause: str) -> tuple[str, str] | None:
    """(level1 / level2, the level) of a clause that is a level's label and the level (一级指标  产出指标, 二级指标：数量
    指标: a template's sentence filled in, 一级指标 _产出指标_ ，二级指标 _数量指标_ ，…): the label ends at its head noun
    (指标 / 名称) where the header grammar reads it as a level above the name, and what follows is a level label."""
    c = clause.strip()
    colon = COLON.search(c)
    cuts = [colon.start()] if colon and colon.start() <= HEADER_CELL else \
        [n for n in range(min(len(c) - 1, HEADER_CELL), 1, -1) if HEAD_NOUN_NAME.search(c[:n])]
    for n in cuts:
        label, value = c[:n].strip(), c[n:].strip().lstrip("：:").strip()
        field = header_field(label, set())
        if field in ("level1", "level2") and value and level_label(value):
            return field, value
    return None


def _item(body: str, known: frozenset[str] = frozenset()) -> dict[str, str] | None:
    """The fields of one numbered line (level2 / level1, level3, target, actual, weight, score,
    reason), or None where it does not parse whole."""
    found: dict[str, str] = {}
    head = COLON.split(body, 1)
    if len(head) == 2 and level_label(head[0].strip()):
        label, body = head[0].strip(), head[1]
        found["level2" if level2_label(label) else "level1"] = label
    parts, bracketed = _bracketed(_clauses(body), known)
    if not parts:
        return None
    while len(parts) > 2 and (said := _level_clause(parts[0][0])) is not None and said[0] not in found:
        # the levels said each after its label before the name (一级指标 产出指标，二级指标 数量指标，三级指标 X；…)
        found[said[0]] = said[1]
        parts = parts[1:]
    while len(parts) > 2 and level_label(lead := parts[0][0].strip()) and not found.keys() & {"level2"}:
        # the levels said as clauses before the name (产出指标，数量指标，三级指标…): the row's levels
        found["level2" if level2_label(lead) and "level1" in found or level2_label(lead) and
              canonical_level1(lead) is None else "level1"] = lead
        parts = parts[1:]
    name = parts[0][0].strip()
    if (cut := next((n for n in range(2, min(len(name) - 1, HEADER_CELL) + 1) if HEAD_NOUN_NAME.search(name[:n])
                     and header_field(name[:n], set()) == "level3"), None)) is not None:
        name = name[cut:].strip()     # the name said after its label (三级指标谷子良种繁育基地)
    head = COLON.split(name, 1)
    if len(head) == 2 and head[0].strip() and _labelled(head[1], set(), known) is not None:
        # the name closed by a colon, the first labelled value after it (（1）X：年度目标值≥…，实际完成…)
        name, parts = head[0].strip(), [(head[0], ""), (head[1], parts[0][1])] + parts[1:]
    elif len(head) == 2 and head[0].strip() and head[1].strip() and "target" in bracketed and \
            "actual" not in bracketed:
        # a value bare after the name's colon, the target labelled in the bracket after it (项目完成时间：2023年10月
        # 20日（目标2023年10月31日前；…）): the result
        name, parts = head[0].strip(), [(head[0], "")] + parts[1:]
        found["actual"] = head[1].strip()
    if not name or _labelled(name, set()) is not None or VALUE_START.match(name):
        return None
    path = LEVEL_PAIR.split(name, maxsplit=2)
    if len(path) == 3 and path[2] and not found.keys() & {"level1", "level2"} and \
            level_pair(f"{path[0]}／{path[1]}") is not None:
        # the name under its level path (产出指标／数量指标／新建茶园): the row's levels, as a picture's
        # alt text or a system's summary line writes a row
        found["level1"], found["level2"], name = path[0].strip(), path[1].strip(), path[2].strip()
    if (b := NAME_LEVEL.match(name)) is not None and level_label(b.group("level").strip()) and \
            not found.keys() & {"level1", "level2"}:
        # the level written in brackets after the name: the row's level, not part of its name
        level = b.group("level").strip()
        name = b.group("name").strip()
        found["level2" if level2_label(level) else "level1"] = level
    found["level3"] = name
    for n, (clause, sep) in enumerate(parts[1:], 1):
        if not clause.strip():
            continue
        got = _labelled(clause, set(found), known)
        if got is None:
            return None
        field, value = got
        if field == "reason":
            # a reason runs to the end of the line, its own commas included
            found[field] = (value + sep + "".join(c + after for c, after in parts[n + 1:])).strip().rstrip("。")
            break
        if field in ("weight", "score") and (note := POINTS_NOTE.match(value)) is not None:
            # points closed by a remark in brackets (得分9.50分（冰雹灾害减产）): the points, and the remark the row's
            # reason where the line names none
            value = note.group("points")
            if n == len(parts) - 1 and "reason" not in found:
                found["reason"] = note.group("note").strip()
        found[field] = value
    if not ({"target", "actual"} <= found.keys() and found.keys() & {"weight", "score"}):
        return None
    return found


def _asked(fields: dict[str, str], question: str | None) -> bool:
    """An answer's fields (its name a reply mark, ANSWER) given the indicator the question above it asks about:
    the quoted words its name, a level path before them its levels (问1：产出指标—数量指标“X”的…？). False where
    no question above quotes one: the answer's subject is not known."""
    if not ANSWER.fullmatch(fields.get("level3", "")):
        return True
    m = QUESTION.match(question or "")
    q = QUOTED.search(m.group("body")) if m is not None else None
    if q is None:
        return False
    fields["level3"] = q.group("name").strip()
    lead = m.group("body")[:q.start()].strip()
    if (pair := level_pair(lead)) is not None and not fields.keys() & {"level1", "level2"}:
        fields["level1"], fields["level2"] = pair
    return True


def _level_alone(text: str, level1, level2, above) -> tuple | None:
    """(level 1, level 2) a line that is a level label alone sets, no list number or group mark before it: a level 2
    under a level 1 (a label of either level, 成本指标, is a level 2 there), unless it stands straight under another
    such line that can be a level 1 (`above`: 满意度指标 over 服务对象满意度指标, that one the level 1); else a level 1
    (its level 2 cleared). New levels are given as their text, kept ones as they were; None where the line is no
    bare level label."""
    if ITEM.match(text) or GROUP.match(text) or (m := LEVEL_HEAD.fullmatch(text.strip())) is None or \
            m.group("label") != text.strip():
        return None
    label = m.group("label")
    if above is not None and level2_label(label) and canonical_level1(above.text) is not None:
        return above, label
    if level1 is not None and level2_label(label):
        return level1, label
    return (label, None) if canonical_level1(label) is not None else None


def _unbulleted(text: str) -> str:
    """A line's text without the list bullet opening it (·数量指标, ◦名称：完成…; 。 where OCR reads a small circle:
    sentences.BULLET): a bulleted item or level heading reads as the same line unmarked (a web page's <li>)."""
    return BULLET.sub("", text.strip(), count=1)


def _series(text: str, known: frozenset[str]) -> list[str]:
    """A numbered line that is a SERIES of indicator sentences apart by ； under one level label (1.数量指标：A，年度
    指标值…，得10分；B，年度指标值…，得8分。): each sentence its own numbered line, the number and the label before
    each; [text] where the line parses whole as one, is one sentence, or any of its sentences does not parse whole
    (a ； between one indicator's clauses is no series)."""
    m = ITEM.match(text)
    if m is None or _item(m.group("body"), known) is not None:
        return [text]
    head = COLON.split(m.group("body"), 1)
    lead, rest = (head[0] + "：", head[1]) if len(head) == 2 and level_label(head[0].strip()) else ("", m.group("body"))
    chunks, cur = [], ""
    for clause, sep in _clauses(rest):
        if sep in "；;":
            chunks.append(cur + clause)
            cur = ""
        else:
            cur += clause + sep
    chunks = [c for c in chunks + [cur] if c.strip()]
    if len(chunks) < 2 or any(_item(lead + c, known) is None for c in chunks):
        return [text]
    return [text[:m.start("body")] + lead + c for c in chunks]


# Where a sentence ends inside a line (。 ； and the spaces after): a heading or an item run on after it starts there.
SENTENCE_END = re.compile(r"(?<=[。；;])\s*")


def _run_on(text: str, known: frozenset[str]) -> list[str]:
    """A line with a level heading or an indicator line run onto its end after a sentence's close (a PDF's paragraph
    joined over its break: …分值6分，得6分。二、效益指标 / …得分 4 分。（6）一级指标 产出指标 ，…): the line cut there,
    each part a line of its own; [text] where nothing so opens after a sentence ends. A heading is a group mark and a
    level label (GROUP); an item a list number whose body parses whole, or opens with a level (1.数量指标：…, 一级指标
    产出指标，…)."""
    cuts = []
    for m in SENTENCE_END.finditer(text):
        rest = text[m.end():]
        if not rest.strip() or m.end() == len(text):
            continue
        g, i = GROUP.match(rest), ITEM.match(rest)
        if g is not None and level_label(g.group("label")) or i is not None and (
                _item(i.group("body"), known) is not None or _level_clause(_clauses(i.group("body"))[0][0]) or
                len(head := COLON.split(i.group("body"), 1)) == 2 and level_label(head[0].strip())):
            cuts.append(m.end())
    return [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)]) if text[a:b].strip()]


def _wrapped(text: str, nxt: str | None, known: frozenset[str]) -> str | None:
    """A numbered line that does not parse, run on in the unnumbered line below it (a PDF's line broken at the
    page's edge: 1.数量指标：…；培训柚农，年度指标值 / ≥1000人次，实际完成…，得6分。; a template's sentence whose name and
    levels fill one line, its values the next: （1）一级指标 产出指标 ，…，三级指标 X ； / 年度指标值 ≥3000亩 ，…): the
    two as one line, where so joined it parses whole, as one indicator or a series (_series); else None."""
    if not nxt or (m := ITEM.match(text)) is None or _item(m.group("body"), known) or ITEM.match(nxt) or \
            GROUP.match(nxt):
        return None
    whole = text + nxt
    body = ITEM.match(whole).group("body")
    return whole if _item(body, known) is not None or len(_series(whole, known)) > 1 else None


def _pieces(doc: Document, known: frozenset[str] = frozenset()):
    """(block, block, text) for each line (its bullet dropped; a heading or item run onto a line's end its own line,
    _run_on), a paragraph of items said one after another (SAID_ITEM) once for each item, a numbered line of a series
    of indicator sentences (_series) once for each, and a question run together with its answer (…得分？答：…: a PDF
    line joined over a page break) once for each."""
    lines = [(k, b, x) for k, b in enumerate(doc.blocks)
             for x in (_run_on(_unbulleted(b.text), known) or [""] if isinstance(b, Paragraph) else [""])]
    joined: set[int] = set()     # a line read with the numbered line above it (_wrapped)
    for n, (k, b, text) in enumerate(lines):
        if n in joined:
            continue
        below = lines[n + 1] if n + 1 < len(lines) else None
        nxt = below[2] if below is not None and isinstance(below[1], Paragraph) else None
        if (whole := _wrapped(text, nxt, known)) is not None:
            joined.add(n + 1)
            text = whole
        if QUESTION.match(text) and len(asked := REPLY.split(text, maxsplit=1)) == 2:
            yield from ((k, b, x.strip()) for x in asked)
            continue
        said = [x.strip() for x in SAID_ITEM.split(text) if x.strip()]
        if len(said) > 1 and sum(1 for x in said if ITEM.match(x)) >= 2:
            yield from ((k, b, x) for x in said)
        else:
            yield from ((k, b, x) for x in _series(text, known))


def clause_lines(doc: Document) -> tuple[list[Rebuilt], list[tuple[int, int, str]]]:
    """Runs of numbered indicator lines rebuilt as tables, and (first block, rows, warning) for the
    lines of such a run that did not parse: counted unread by the caller."""
    out: list[Rebuilt] = []
    unread: list[tuple[int, int, str]] = []
    rows: list[list[RunCell | None]] = []
    blocks: set[int] = set()
    failed: list[tuple[int, Paragraph]] = []     # (block, line) of the run's lines that did not parse
    # numbered lines naming some value (3. 项目验收合格率 ≥95%) that do not parse: unread where the run's
    # other lines are indicator sentences, left to the prose readers where none is
    partial: list[tuple[int, Paragraph]] = []
    level1: RunCell | None = None
    level2: RunCell | None = None     # from a numbered heading line above the items (1.数量指标)
    numbered_groups = False           # the level-1 groups headed by numbered lines (1.产出指标), not （一）
    outer_groups = False              # level 1 set by a 一、 heading: a （一） heading under it is one level deeper
    known = _labels_used(doc)
    question: str | None = None       # the question line just above (问N：…“X”…？), for an answer's subject
    bare_level: RunCell | None = None   # the level 2 a bare level line just above set (_level_alone)

    def flush():
        nonlocal rows, blocks, failed, partial
        if rows and partial:
            failed = sorted(failed + partial, key=lambda f: f[0])
        # two indicator lines make a run, whether or not they parse: dropping the run because too
        # few of its lines parsed would pass its lines over in silence; a lone line naming every
        # value is an indicator too (ordinary numbered prose names none of them)
        if len(rows) + len(failed) >= 2 or len(rows) == 1 and _whole(rows[0]):
            if rows:
                first = min(blocks)
                item = next(c for c in rows[0] if c is not None and first in c.blocks)   # the first item's line
                # a reason is a column only where some line names one: lines that never do leave no
                # reason blank (the report may tell it in a sentence of its own)
                keep = [n for n, role in enumerate(ROLES) if role != "reason" or any(r[n] is not None for r in rows)]
                out.append(Rebuilt(first_block=first, blocks=set(blocks),
                                   header=[RunCell(item.line, FORM[n], [first], src=item.src) for n in keep],
                                   roles=[ROLES[n] for n in keep], rows=[[r[n] for n in keep] for r in rows]))
            else:
                first = failed[0][0]
            if failed:
                named = "、".join(f"第{b.loc.line}行" if b.loc.line is not None else b.loc.describe()
                                 for _, b in failed[:5]) + ("等" if len(failed) > 5 else "")
                unread.append((first, len(failed), f"{failed[0][1].loc.describe()}起的编号指标行：{named}"
                               f"不能按“指标名称，年度指标值…，实际完成…，分值…，得分…”读出，{len(failed)}行指标未读取"))
        rows, blocks, failed, partial = [], set(), [], []

    for k, b, text in _pieces(doc, known):
        if not isinstance(b, Paragraph):
            flush()
            continue
        g = GROUP.match(text)
        inner = g is not None and text.lstrip()[0] in "（("
        if g is not None and inner and outer_groups and level1 is not None and level2_label(g.group("label")):
            # （一）数量指标 under 一、产出指标: the outline's inner kind heads the level 2 of the items below
            # (outline.ORDINAL_KINDS: 一、 above （一）), a label of either level (成本指标) included
            level2 = RunCell(source_line(b, k), g.group("label"), [k], src=b.loc)
            continue
        if g is not None and canonical_level1(g.group("label")) is not None:
            level1, level2 = RunCell(source_line(b, k), g.group("label"), [k], src=b.loc), None
            numbered_groups, outer_groups = False, not inner
            continue
        if (pair := level_pair(text.strip(GROUP_MARKS).strip())) is not None:
            # a line naming both levels of the items under it (【产出指标·数量指标】, 产出指标／质量指标: the level
            # pair grammar, columns.level_pair): their levels, as a numbered heading's would be; the run goes on
            level1 = RunCell(source_line(b, k), pair[0], [k], src=b.loc)
            level2 = RunCell(source_line(b, k), pair[1], [k], src=b.loc)
            continue
        asked, question = question, text if QUESTION.match(text) else None
        if question is not None and rows:
            # a question between answers (问2：…？ over 答：…) is the run's, as a heading is: the run goes on, so an
            # answer under it that is not read is counted with the run's read lines, not dropped alone after a flush
            # (a run none of whose answers is read is left to the sentence reader, which names each)
            continue
        if (got := _level_alone(text, level1, level2, bare_level)) is not None:
            # a level label alone on its line, no number or group mark (产出指标 over 数量指标): the level of the items
            # under it, as a numbered heading's is; the run goes on
            level1, level2 = (x if x is None or isinstance(x, RunCell) else
                              RunCell(source_line(b, k), x, [k], src=b.loc) for x in got)
            bare_level = level2 if level2 is not None and level2.blocks == [k] else None
            continue
        bare_level = None
        m = ITEM.match(text)
        if m is None and (whole := _item(text, known)) is not None and \
                {"target", "actual", "weight", "score"} <= whole.keys():
            m = WHOLE.match(text)   # an unnumbered line naming every value of its row is an item all the same
        head = LEVEL_HEAD.match(m.group("body").strip()) if m is not None else None
        if head is not None and canonical_level1(label := head.group("label")) is not None and \
                (not level2_label(label) or level1 is None or numbered_groups):
            # a level-1 heading numbered as the items are (1.产出指标（分值45分，得分45分）); a label of either
            # level (成本指标, 满意度指标) is a level 1 where the outline numbers its level-1 groups so, a
            # level 2 under a group heading of its own (（一）产出指标 / 4.成本指标)
            level1, level2 = RunCell(source_line(b, k), label, [k], src=b.loc), None
            numbered_groups = True
            continue
        if head is not None and level2_label(head.group("label")):
            # a numbered heading that is a level-2 label alone (1.数量指标): the level of the items under it
            level2 = RunCell(source_line(b, k), head.group("label"), [k], src=b.loc)
            continue
        if m is None and rows and sum(1 for c, _ in _clauses(text)[1:] if _labelled(c, set(), known)) >= 2:
            # an unnumbered line among unnumbered items that names values but does not parse: counted unread
            # and named with the run's, not passed over
            failed.append((k, b))
            continue
        if m is None:
            if rows or failed or partial:
                flush()
                level1 = level2 = None
                numbered_groups = outer_groups = False
            continue
        fields = _item(m.group("body"), known)
        if fields is not None and not _asked(fields, asked):
            failed.append((k, b))     # an answer whose question names no indicator: counted unread and named
            continue
        if fields is None:
            labels = sum(1 for c, _ in _clauses(m.group("body"))[1:] if _labelled(c, set()) is not None)
            if labels >= 2 or level_label(COLON.split(m.group("body"), 1)[0].strip()) and labels:
                failed.append((k, b))
            elif labels or VALUE_START.search(m.group("body")):
                partial.append((k, b))
            continue
        row: list[RunCell | None] = []
        for x in FORM:
            role = header_field(x, set())
            if role == "level1" and "level1" not in fields:
                row.append(level1)
            elif role == "level2" and "level2" not in fields and "level1" not in fields:
                row.append(level2)
            else:
                row.append(RunCell(source_line(b, k), fields[role], [k], src=b.loc) if role in fields else None)
        rows.append(row)
        blocks.add(k)
    flush()
    return out, unread
