"""Indicators told in sentences under a level heading, with no table (063, 064):

    1.产出指标。
    数量指标。养老金领取人数全年平均数年初任务数101974人，全年完成值103119人；全年缴费人数…

A paragraph that opens with a level label (产出指标 / 数量指标 / 经济效益 …, as vocab.level_label
reads a label cell), after a list number or none and before 。/：/ a 完成情况(分析) tail or the
line's end, opens a level's scope; the sentences under it (the rest of that paragraph, and the
paragraphs after it up to the next numbered line that is no level and states no indicator) are
the level's. A sentence there that states a target and a result, each a figure after its cue, is an
indicator sentence: the prose reader pairs its figures (prose._indicator_results: the cue words,
the name before the first cue, one unit for both) and each pair it names becomes an indicator
record (weight and score none: prose states neither). A sentence whose target and result cues
are not all so paired is counted unread and named, never passed over.

A department's prose report writes a paragraph per aspect and a clause per indicator, the level labels
opening the sentences and the points bracketed after each (产出方面，数量指标，X完成a，目标b（分值N分，得分M分）；…):
a sentence's leading labels set the levels, and each part up to a points bracket is one indicator,
read with its weight and score where its clauses give one pair (_pointed), counted and named where not.

A sentence may tell the targets as one list and the results as another, each after its cue and a
colon, the same names in the same order (目标：A230人，B39人；实际完成：A230人，B52人。067): each name
with its two figures is an indicator, its levels not said (none), under a level heading or not.

The targets may be told once as a list after their cue (本项目总体绩效目标为A a，其中B b，…) and the
results as a list after theirs under a level heading ((1)数量指标。基本完成A a，其中B b，…, 065): where
the two lists name the same indicators in the same order, each name is an indicator of the
heading's levels, its target at the target list's paragraph.

Only in a document whose tables gave no indicator: where a form's table is read, the report's
prose restates it. A value told without any cue of its side (人均产粮增加290kg/人, 覆盖率及资金到位率均为
100%) is read only where a heading says which side the values under it are: a section naming targets
alone (具体绩效目标: targets, no result), or a section or level heading naming what was done
(绩效指标完成情况分析, 项目效益情况, 1.产出指标完成情况分析: results, no target); elsewhere it is counted unread
and named, as reading every figure under a level heading would make indicators of ordinary prose
figures. Under such a level heading an indicator's name may be a numbered heading of its own, deeper
than the level's ((1)项目完成数量。), its result the paragraph below (完成年度建设项目1个).
"""
from __future__ import annotations

import regex as re

from jixiao.extract import Document, Paragraph, Table

from .outline import ITEM
from .prose import ACTUAL_CUE, SENTENCE, TARGET_CUE, indicator_name
from .quantity import parse
from .records import DocRecords, Figure, Indicator, Project, ProseFigure
from .scored_outline import criteria, levels_short
from .subjects import level3_key
from .vocab import bare, canonical_level1, canonical_level2, level_label

# A list number opening a line: an item's (outline.ITEM: 1. 1、 (1) ①), a Chinese one (一、 （一）), or
# a letter glued to the label (A产出指标).
NUMBER = re.compile(rf"(?:{ITEM.pattern}|^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．])"
                    rf"|^\s*[A-Z](?=\p{{Han}}))\s*")
# What closes a level heading after its label: a 完成情况(分析) tail, a bracketed note (自评分19分),
# then 。/：/; or the line's end.
# A count of the items under it may close a heading (产出指标 · 6项: a board's lane).
HEADING_END = re.compile(r"(?:完成情况分析|完成情况|情况分析)?\s*(?:[（(][^（）()]*[)）])?\s*(?:[·・•]\s*\d+\s*项\s*)?"
                         r"(?:[。：:；;]|$)")
# A label glued to the sentence after it (4.成本指标国家规定标准发放指标为100%…): only a label
# ending in 指标, where the label's end is its own.
GLUED = re.compile(r"(?P<label>\p{Han}{2,8}?指标)(?=\p{Han})")
# A cue of a value's side followed by its figure (年初任务数101974人, 实际完成值为100%, 目标值≥95%).
FIGURE_AFTER = r"\s*(?:为|是|[：:])?\s*[\d≥≤≧≦><＞＜=＝]"
TARGET_CLAUSE = re.compile(rf"(?:{TARGET_CUE.pattern}){FIGURE_AFTER}")
ACTUAL_CLAUSE = re.compile(rf"(?:{ACTUAL_CUE.pattern}){FIGURE_AFTER}")
# A value of any kind after its cue, in a clause of its own (目标值2023年10月31日前 / 实际于2023年10月25日完成 /
# 目标值健全): the cue's side, the words before it, the value up to the clause's end; the value's
# lead-in (值 of a cue read short, 为 / 是 / 于 / 在 / a colon) and a closing verb that is itself a
# result cue (…日完成) are no part of it.
CUE = re.compile(rf"(?P<target>{TARGET_CUE.pattern})|(?P<actual>{ACTUAL_CUE.pattern})")
CLAUSE_BREAK = re.compile(r"[，,；;。]")
VALUE_LEAD = re.compile(r"^\s*值?\s*(?:为|是|于|在|[：:])?\s*")
VALUE_VERB = re.compile(rf"(?:{ACTUAL_CUE.pattern})\s*$")
FIGURE_START = re.compile(r"[\d≥≤≧≦><＞＜=＝]")
# A sentence's lead naming its level, then a comma (产出方面，数量指标，建设…): a level label, or one
# before 方面 ("in respect of": 产出方面 is the 产出 level), as a department's prose report writes
# a paragraph per level 1 and a clause per level 2.
LEAD = re.compile(r"^\s*(?P<label>\p{Han}{2,12}?)(?P<aspect>方面)?\s*[，,：:]")
# An indicator's points in a bracket after its clauses (（分值8分，得分8分）, (权重10，自评得分9.5分)):
# the weight, then the score.
POINTS = re.compile(r"[（(]\s*(?:分值|权重|标准分)\s*(?:为|[：:])?\s*(?P<weight>\d+(?:\.\d+)?)\s*分?\s*[，,、；;]\s*"
                    r"(?:自评)?(?:得分|评分)\s*(?:为|[：:])?\s*(?P<score>\d+(?:\.\d+)?)\s*分?\s*[)）]")
# The cues that are verbs of doing or planning, not a value's label: a figure or a date may follow them.
VERB_CUE = re.compile(r"完成了?|达到?|计划|预期")


# A list bullet opening a line (·产出指标, ◦数量指标; 。 where OCR reads a small circle: no sentence opens with a full
# stop): no part of a heading after it.
BULLET = re.compile(r"^\s*[·•◦○●▪‧・。]\s*")


def _heading(text: str) -> tuple[str, str] | None:
    """(level label as written, the text after the heading) of a paragraph that opens with a level
    label, else None."""
    m = NUMBER.match(text)
    body = text[m.end():] if m else BULLET.sub("", text.lstrip(), count=1)
    # the label tried short to long (数量 stops at 指标, 数量指标 at 。)
    for n in range(2, min(10, len(body)) + 1):
        label = body[:n]
        if re.fullmatch(r"\p{Han}+", label) and (end := HEADING_END.match(body, n)) and level_label(label):
            return label, body[end.end():]
    if m is not None and (g := GLUED.match(body)) and level_label(g.group("label")):
        return g.group("label"), body[g.end():]
    return None


def _kind(text: str) -> str | None:
    """The kind of list number a line opens with (1. and 2. one kind, (一) another), None for none."""
    m = NUMBER.match(text)
    if m is None:
        return None
    kind = re.sub(r"\d+", "1", re.sub(r"[\u2460-\u2473]", "①", m.group(0).strip()))
    return re.sub(r"[A-Z]", "A", re.sub(r"[一二三四五六七八九十]+", "一", kind))


def _depth(kind: str | None) -> int | None:
    """How deep a list number of a kind (_kind) stands in a report's outline: 一、 0, (一) 1, 1. 2, (1) 3, ① 4;
    None for none or a letter (A产出指标: its place in the outline not told by its form)."""
    if kind is None:
        return None
    bracketed = bool(re.search(r"[（(]", kind))
    return 0 + bracketed if "一" in kind else 2 + bracketed if "1" in kind else 4 if "①" in kind else None


# A numbered line under a level heading, deeper in the outline than it, that is a name alone (1.产出指标完成情况分析。
# (1)项目完成数量。): Han only, up to 15 characters, then 。 / ： or the line's end, the words after the stop (if any)
# its result.
NAME_HEADING = re.compile(r"^(?P<name>\p{Han}{2,15})\s*(?:[。：:]\s*(?P<rest>.*))?$")
# A clause telling a result by its verb and closing with its figure (完成年度建设项目1个, 完成率100%), and a clause telling
# a result in words, a completed act (已通过竣工验收, …项目已完成竣工验收): 已 then a verb's first character.
RESULT_VERB = re.compile(r"完成|达到|实现|实际")
DONE = re.compile(r"已(?=[\p{Han}])(?!经?[是在有])\p{Han}+$")
ANY_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:[%％]|\p{Han}|[A-Za-z])")


def _name_heading(text: str, depth: int | None) -> tuple[str, str] | None:
    """(name, the words after it) of a numbered line that names an indicator under a level heading numbered at
    `depth` (NAME_HEADING: 029's (1)项目完成数量。 under 1.产出指标完成情况分析。), its number deeper than the level
    heading's; else None. A line with a figure, a level label or a section's 分析 (项目资金到位情况分析) is none (a cue's word is a name's here: 完成 in
    项目完成数量, no figure after it)."""
    m = NUMBER.match(text)
    own = _depth(_kind(text))
    if m is None or depth is None or own is None or own <= depth:
        return None
    named = NAME_HEADING.match(text[m.end():].strip())
    if named is None or level_label(named.group("name")) or named.group("name").endswith("分析"):
        return None
    return named.group("name"), (named.group("rest") or "").strip()


def _result_told(text: str) -> str | None:
    """The result a paragraph under an indicator's name heading tells, with no target (029): the figure closing the
    first clause that tells a result by its verb (完成年度建设项目1个，主要建设内容为…: 1个; …已完成竣工验收，完成率100%:
    100%), in a measure's unit (not money, not points); else a completed act in words, the clause from its 已
    (已通过竣工验收), the paragraph holding no figure; else None."""
    clauses = [c.strip() for c in CLAUSE_BREAK.split(text) if c.strip()]
    for c in clauses:
        m = LIST_ITEM.match(c)
        if m is None or not RESULT_VERB.search(m.group("name")) or re.search(r"\d", m.group("name")):
            continue
        unit = re.sub(r"^[^\d]*[\d.]+\s*", "", m.group("value"))
        if unit and not NOT_A_MEASURE.match(unit):
            return m.group("value").strip()
    if ANY_FIGURE.search(text):
        return None
    return next((d.group(0) for c in clauses if (d := DONE.search(c))), None)


def _levels(label: str, kind: str | None, level1: tuple[str, str, str | None] | None, below: str | None = None):
    """(level 1, level 2) a heading's label sets, level 1 as (canonical, as written, its heading's
    list number kind), level 2 as (canonical, as written). A label numbered as the level 1 in scope
    is a level 1 (C满意度指标 after B效益指标); any other is first a level 2 of the level 1 in scope
    ((4)成本指标 under A产出指标), else a level 1, else a level 2 with its parent. A label that reads as
    a level 1 too, over a heading (`below`, the next heading's label) naming a level 2 of that level 1,
    is that level 1 (满意度指标 over 服务对象满意度指标 after 效益指标's headings, no numbers: a level 2 of
    效益指标 in the older framework would leave 服务对象满意度指标 no level 2)."""
    l2, parent = canonical_level2(label, level1[0] if level1 else None)
    same = level1 is not None and kind is not None and kind == level1[2]
    l1 = canonical_level1(label)
    if l1 is not None and below is not None and bare(below) != bare(label) and canonical_level2(below, l1)[1] == l1 \
            and canonical_level1(below) in (None, l1) and canonical_level2(below, l1)[0] is not None:
        same = True
    if l2 is not None and level1 is not None and parent == level1[0] and not same:
        return level1, (l2, bare(label))
    if (l1 := canonical_level1(label)) is not None:
        # a level 2's spelling of a level 1 (服务对象满意度指标, no 满意度指标 heading above it: 1498's lane of
        # one card, its lane heading not read) is that level 1 and that level 2
        own, short = bare(label).removesuffix("指标"), l1.removesuffix("指标")
        if len(own) > len(short) and own.endswith(short) and (l2 := canonical_level2(label, l1))[1] == l1 \
                and l2[0] is not None:
            return (l1, "", kind), (l2[0], bare(label))
        return (l1, bare(label), kind), None
    if parent is not None and (level1 is None or level1[0] != parent):
        level1 = (parent, "", None)
    return level1, (l2, bare(label))


def _told(sentence: str) -> int:
    """How many indicators a sentence tells by a target and a result figure: the fewer of its
    target clauses and its result clauses (0 where either is missing)."""
    return min(len(TARGET_CLAUSE.findall(sentence)), len(ACTUAL_CLAUSE.findall(sentence)))


def _cued(clause: str) -> tuple[str, str, str] | None:
    """(side, the words before its cue, the value as written) of a clause that states one side of
    an indicator by a cue and a value of any kind, else None: the last cue with a value after it
    that holds no cue itself (完成时间目标值2023年10月31日前: 目标值, not 完成)."""
    for m in reversed(list(CUE.finditer(clause))):
        value = clause[m.end():]
        value = value[VALUE_LEAD.match(value).end():]
        value = value[:(v.start() if (v := VALUE_VERB.search(value)) else len(value))].strip()
        # a value is a figure or a date (from its first character) or words with no figure in them:
        # 拨付2179万元 after 计划 is an act and its amount, no value of an indicator; words follow a
        # value's label (目标值健全, 实际完成健全), not a bare verb (完成人工造林, 任务完成时间: the act, a name)
        if value and not CUE.search(value) and (FIGURE_START.match(value) or not re.search(r"\d", value)
                                                and not VERB_CUE.fullmatch(m.group(0))):
            return m.lastgroup, clause[:m.start()], value
    return None


def _value_kind(q) -> tuple:
    """What a value is, for telling whether a target and a result can be compared: a date, words,
    or a figure in its unit."""
    return (q.op,) if q.op in ("deadline", "qualitative") else ("figure", q.unit)


def _stated(sentence: str, label: str) -> tuple[int, list[tuple[str, object, object]]]:
    """A sentence's indicators told by a cue and a value of any kind, clause by clause (dates and
    words too: 目标值健全，实际完成健全): how many it tells (the fewer of its target and result
    clauses), and (name, target, result) for each target clause beside a result clause (either
    order) whose values are of one kind, the name the words before the first cue."""
    cued = [c for c in (_cued(x) for x in CLAUSE_BREAK.split(sentence)) if c is not None]
    sides = [c[0] for c in cued]
    told = min(sides.count("target"), sides.count("actual"))
    out, k = [], 0
    while k + 1 < len(cued):
        (s1, head, v1), (s2, _, v2) = cued[k], cued[k + 1]
        if {s1, s2} != {"target", "actual"}:
            k += 1
            continue
        name = head
        if label and name.startswith(label):
            name = name[len(label):]
        name = indicator_name(name)
        tv, av = (v1, v2) if s1 == "target" else (v2, v1)
        if len(re.findall(r"\p{Han}", name)) < 2 and (split := _name_in_target(tv, av)):
            name, tv = split
        t, a = parse(tv), parse(av)
        if len(re.findall(r"\p{Han}", name)) >= 2 and _value_kind(t) == _value_kind(a):
            out.append((name, t, a))
        k += 2
    return told, out


# A comparison a value in words opens with (与上年相比显著提高, 较上年明显改善): part of the value, not of a name.
COMPARISON = re.compile(r"(?:(?:与|和|同|跟)\p{Han}{1,8}?相比|较\p{Han}{1,4}?[年期])$")


def _name_in_target(target: str, result: str) -> tuple[str, str] | None:
    """(name, target) of a target in words that carries its indicator's name before it, no name before
    the cue (年初目标值提高教育质量与上年相比显著提高，实际完成值显著提高: 064): the result's words close the
    target's, so the target is those words (and a comparison opening them, COMPARISON), the name the
    words before, two Han characters or more; None where the result's words do not close the target."""
    if re.search(r"\d", target + result) or not result or not target.endswith(result) or target == result:
        return None
    head = target[:-len(result)]
    if (m := COMPARISON.search(head)) is not None:
        head = head[:m.start()]
    name = indicator_name(head.strip(" ，,"))
    return (name, target[len(head):].strip()) if len(re.findall(r"\p{Han}", name)) >= 2 else None


# Targets listed after their cue and a colon, then results after theirs (目标：…；实际完成：…).
LISTS = re.compile(rf"(?:{TARGET_CUE.pattern})\s*[：:](?P<targets>.+?)(?:{ACTUAL_CUE.pattern})\s*[：:](?P<actuals>.+)$")
# One item of such a list: a name, then its figure closing it (资助精神病患者服药230人).
# The unit may be written in Latin letters, after a scale word or not, per a Han word or not (1429.39hm,
# 3.51万t, 290kg/人).
LIST_ITEM = re.compile(r"^(?P<name>.*?\p{Han}.*?)\s*(?P<value>[≥≤≧≦><＞＜]?\d+(?:\.\d+)?\s*"
                       r"(?:[%％]|\p{Han}{1,2}|[万亿千]?[A-Za-z]{1,4}(?:/\p{Han})?)?)$")
LIST_BREAK = re.compile(r"[，,、；;。]")
# A word joining an item to the list before it (…1429.39hm,其中坡改梯25.26hm), no part of its name; 及 / 和 only
# where they open no word of their own (及时完成率, 及格率, 和谐社区 are names).
ITEM_LEAD = re.compile(r"^\s*(?:其中|以及|及(?![时格])|和(?![谐美睦]))\s*")
# An ordinal opening an item (一是, 其二, 第三，, 第一项, 首先): no part of its name. 第三 only before 是 / 项 / 点 /
# 条 or a stop: 第三方满意度 and 第一书记 are names.
ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十](?:[是项点条]|(?=\s*[，,：:]))"
                     r"|首先)\s*[，,：:]?\s*")


def _listed(sentence: str) -> list[tuple[str, object, object]]:
    """(name, target, result) for each item of a sentence telling its targets as one list and its
    results as another (LISTS), where both lists name the same indicators in the same order, at
    least two; else nothing: lists that do not pair are no indicators."""
    m = LISTS.search(sentence)
    if m is None:
        return []
    targets, actuals = _named_items(m.group("targets"), LIST_ITEM), _named_items(m.group("actuals"), LIST_ITEM)
    if targets is None or actuals is None or [n for n, _ in targets] != [n for n, _ in actuals]:
        return []
    return [(n, parse(t), parse(a)) for (n, t), (_, a) in zip(targets, actuals)]


def _named_items(text: str, item: re.Pattern) -> list[tuple[str, str]] | None:
    """(name, figure) of each item of a list (LIST_BREAK apart; a joining word or an ordinal before an item
    is none of its name), each item matched by `item`, two items or more, each name two Han characters or
    more; else None: a list the grammar does not read whole is no list of indicators."""
    parts = [ORDINAL.sub("", ITEM_LEAD.sub("", x)).strip() for x in LIST_BREAK.split(text) if x.strip()]
    items = [item.match(x) for x in parts]
    if len(items) < 2 or None in items:
        return None
    named = [(indicator_name(x.group("name")), x.group("value")) for x in items]
    return None if any(len(re.findall(r"\p{Han}", n)) < 2 for n, _ in named) else named


def _cued_list(sentence: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(side, [(name, value)]) of a sentence that is one cue and a list after it, each item a name and its
    figure (总体绩效目标为A a,其中B b,… / 基本完成A a,其中B b,…), at least two items, each name two Han
    characters or more with no figure or cue in it; else None."""
    m = CUE.search(sentence)
    if m is None:
        return None
    rest = sentence[m.end():]
    named = _named_items(rest[VALUE_LEAD.match(rest).end():], LIST_ITEM)
    if named is None or any(CUE.search(n) or re.search(r"\d", n) for n, _ in named):
        return None
    return m.lastgroup, named


# Targets set, listed after their cue and a colon to the sentence's end, each item a name and its figure, the
# items numbered in words or not (016: 总体区域绩效目标:一是筹集配售型保障性住房5440套;筹集配租型保障性住房40422套(间);
# 二是发放租赁补贴22492户。). A unit may name its alternative in a bracket (套(间), 台（套）).
SET_LIST = re.compile(rf"(?:{TARGET_CUE.pattern})\s*[：:](?P<items>[^。！？]+)")
SET_ITEM = re.compile(r"^(?P<name>.*?\p{Han}.*?)\s*(?P<value>[≥≤≧≦><＞＜]?\d+(?:\.\d+)?\s*"
                      r"(?:[%％]|\p{Han}{1,2}(?:[（(]\p{Han}[)）])?|[万亿千]?[A-Za-z]{1,4}(?:/\p{Han})?))$")


def _targets_set(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(the words, [(name, target)]) of a paragraph that lists targets after their cue and a colon (SET_LIST),
    two items or more, each a name of two Han characters or more with no figure and no cue in it and a
    figure in a measure's unit (NOT_A_MEASURE: not money, not points), the list running to its sentence's end;
    else None. The targets as set, no result told with them."""
    for m in SET_LIST.finditer(text):
        named = _named_items(m.group("items"), SET_ITEM)
        if named is None:
            continue
        units = [re.sub(r"^[^\d]*[\d.]+\s*", "", v) for _, v in named]
        if any(CUE.search(n) or re.search(r"\d", n) for n, _ in named) or \
                any(NOT_A_MEASURE.match(re.sub(r"[（(].*$", "", u)) for u in units):
            continue
        return m.group(0), named
    return None


def _lists_apart(doc: Document) -> list[tuple[object, list[tuple[str, str]]]]:
    """The target lists (_cued_list) the document's paragraphs tell, each with its paragraph's place, for a
    result list elsewhere to pair with (065: the targets in the 总体绩效目标 sentence, the results under the
    数量指标 heading)."""
    return [(b.loc, got[1]) for b in doc.blocks if isinstance(b, Paragraph)
            for m in SENTENCE.finditer(b.text.strip()) if (got := _cued_list(m.group(0).strip())) and got[0] == "target"]


def _paired_apart(sentence: str, targets: list) -> list[tuple[str, object, object, object]]:
    """(name, target, result, the target's place) for each item of a sentence that lists results after their cue, where a target
    list told elsewhere (_lists_apart) names the same indicators in the same order; else nothing."""
    got = _cued_list(sentence)
    if got is None or got[0] != "actual":
        return []
    names = [n for n, _ in got[1]]
    for at, listed in targets:
        if [n for n, _ in listed] == names:
            return [(n, parse(t), parse(a), at) for (n, t), (_, a) in zip(listed, got[1])]
    return []


# A clause of time opening a name, what was done and 后 (项目区综合治理后年保土量: after the works, the soil kept a
# year): no part of the name; four Han characters or more before 后 and two after it, so 灾后重建户数 and 造林后成活率
# keep theirs.
AFTER_DOING = re.compile(r"^\p{Han}{4,}?后(?=\p{Han}{2})")


def _bare_value(sentence: str, label: str) -> tuple[str, str] | None:
    """(name, value) of a sentence under a level heading that is one indicator's name and value with
    no cue of either side (甘蔗良种推广1.8万亩, 种苗覆盖率达≥90%: 达 before an operator is the target's own
    phrasing), else None. Which side the value is the sentence does not say: it is read only where
    the section over the level headings says (_target_section), else counted unread, not passed over.
    A result told by its verb (已完成建设工程32.63公里), a sentence with figures inside its words, and a
    value whose unit is no measure (NOT_A_MEASURE) are no such value."""
    text = sentence.strip().rstrip("。；;，,")
    if label and text.startswith(label):
        text = text[len(label):].lstrip(" ：:。")
    m = LIST_ITEM.match(text)
    if m is None:
        return None
    name, value = m.group("name"), m.group("value")
    if FIGURE_START.match(value) and not value[0].isdigit():
        name = name.removesuffix("达")
    unit = re.sub(r"^[^\d]*[\d.]+\s*", "", value)
    if unit and not NOT_A_MEASURE.match(unit) and not CUE.search(name) and not re.search(r"\d", name):
        return AFTER_DOING.sub("", name.strip()), value.strip()
    return None


# A rate or a degree stated by its name and a copula, no target beside it (028: 2.质量指标。经费发放率为98%覆盖率
# 及资金到位率均为100%): the names (a noun ending in 率 / 度, several joined by 及 / 和 / 与 / 、 before 均 / 都),
# 为 / 是 / 达(到), a percentage. Each name is an indicator's value told in running words, which side not
# said. A figure told by a verb of doing (已完成建设工程32.63公里) or an effect's counts (解决15个乡镇…出行难问题)
# name no rate: prose, as before. A comparison in words stands for the copula (039: 群众满意度均大于等于95%;
# 不低于 / 高于 / 超过), its bound the value.
RATE_NAME = r"\p{Han}{1,12}?[率度]"
RATE_VERB = r"(?:为|是|达到|达|(?:大于|小于|高于|低于|不低于|不高于|不少于|不超过|超过)(?:或?等于)?)"
RATE_TOLD = re.compile(rf"(?P<names>{RATE_NAME}(?:\s*(?:及|和|与|、)\s*{RATE_NAME})*)\s*(?:均|都)?\s*(?P<verb>{RATE_VERB})"
                       r"\s*(?P<figure>[≥≤≧≦><＞＜]?\s*\d+(?:\.\d+)?\s*[%％])")
# The verbs of RATE_VERB that only join a rate to its figure (the rest compare: part of the value)
COPULA = re.compile(r"为|是|达到|达")
MONEY_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[万亿千]?元")
RATE_JOIN = re.compile(r"\s*(?:及|和|与|、)\s*")


def _rates_told(sentence: str) -> int:
    """How many indicators a sentence under a level heading states by a rate's name and its percentage with
    no target (RATE_TOLD), each name of a joined run counted (覆盖率及资金到位率均为100%: two). A sentence telling
    an amount of money tells the fund, its rate the fund's (063: (一)资金投入情况分析。…执行总量29675万元,预算执行率为
    98.67%: the fund's reader reads it): none."""
    if MONEY_AMOUNT.search(sentence):
        return 0
    return sum(len(RATE_JOIN.split(m.group("names"))) for m in RATE_TOLD.finditer(sentence))


def _rates_named(text: str) -> list[tuple[str, str]]:
    """(name, value) of each rate a clause states by its name and a percentage with no target (RATE_TOLD), where
    the rates are the whole clause (028: 经费发放率为98%覆盖率及资金到位率均为100%; 039: 临聘工资应发尽发率、农村道路
    完好率均达到100%), names joined before one figure each given it; a comparison in words is part of the value
    (群众满意度均大于等于95%: 大于等于95%), a copula (为 / 达到) is not. Nothing where words stand outside the rates
    (项目实施后覆盖率达100%，惠及…), or the clause tells money (the fund's rate, _rates_told)."""
    text = text.strip().strip("。；;，,：: ")
    if MONEY_AMOUNT.search(text):
        return []
    out, at = [], 0
    for m in RATE_TOLD.finditer(text):
        if text[at:m.start()].strip(" ，,、"):
            return []
        verb, figure = m.group("verb"), m.group("figure").strip()
        value = figure if COPULA.fullmatch(verb) else verb + figure
        out += [(name.strip(), value) for name in RATE_JOIN.split(m.group("names"))]
        at = m.end()
    return out if out and not text[at:].strip() else []


# A clause opening with a figure in a unit, a count before its noun (028: 404名服务对象对象发放补助金2126.81万元): results told
# count first, a grammar none of the readers here takes; a year (2023年…) or a date opens no count.
COUNT_FIRST = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?![年月日])(?:\p{Han}|[A-Za-z%％])")
CLAUSE_FIGURE = re.compile(r"\d+(?:\.\d+)?(?!\d|\.\d|\s*[年月日])")


def _counts_first(text: str) -> int:
    """How many figures the first clause of a sentence tells where it opens with a figure in a unit (COUNT_FIRST: a
    count before its noun, an amount after its verb and noun: 404名服务对象对象发放补助金2126.81万元: two), else 0. A clause
    opening with its verb (已完成建设工程32.63公里, 能有效解决15个乡镇…) or a year is none."""
    clause = CLAUSE_BREAK.split(text.strip(), maxsplit=1)[0]
    return len(CLAUSE_FIGURE.findall(clause)) if COUNT_FIRST.match(clause) else 0


# A numbered section heading naming what was done (绩效目标完成情况分析, (二)项目效益情况, 实际完成值), or a level
# heading's tail so naming it (1.产出指标完成情况分析): the values under it with no cue of either side are results.
RESULT_SECTION = re.compile(r"(?:完成|实现|产出|效益)情况|实际完成|完成值")


def _result_section(text: str) -> bool:
    """Whether a numbered section heading (not a level) names results ((四)绩效指标完成情况分析, (二)项目效益情况): the
    values under the level headings after it told by a name alone, no cue of either side and no target (人均产粮
    增加290kg/人, 覆盖率及资金到位率均为100%), are results, read with no target; a heading naming targets alone
    (_target_section) or neither (资金投入情况分析) says nothing of their side, and they stay counted unread."""
    body = text[m.end():] if (m := NUMBER.match(text)) else text
    return bool(RESULT_SECTION.search(body)) and not _told(body) and len(body.strip(" 。：:")) <= 20


def _target_section(text: str) -> bool:
    """Whether a numbered section heading (not a level) names targets alone ((二)具体绩效目标, 年度绩效目标): the
    bare values under the level headings after it are the targets set, not results (a heading naming
    both, 绩效目标完成情况, or a result, says nothing of their side)."""
    body = text[m.end():] if (m := NUMBER.match(text)) else text
    return bool(TARGET_CUE.search(body)) and not ACTUAL_CUE.search(body) and not _told(body) and \
        len(body.strip(" 。：:")) <= 20


# A value's unit that is no indicator's measure: money (the fund's, read by the fund's reader), a bare
# 万 (缺口资金6万), points (自评得2分: a score). A value with no unit, or a name with a figure in it
# (2020年05月11: a date), is no name and value either.
NOT_A_MEASURE = re.compile(r"^(?:[万亿千]?元|[万亿千]|分)$")


def _leads(sentence: str) -> tuple[list[tuple[str, bool]], str]:
    """The level labels a sentence opens with, each before a comma (产出方面，数量指标，…), each with
    whether 方面 follows it, and the rest of the sentence."""
    labels = []
    while (m := LEAD.match(sentence)) and level_label(m.group("label")):
        labels.append((m.group("label"), bool(m.group("aspect"))))
        sentence = sentence[m.end():]
    # a label ending in 指标 run into the words after it with no stop (039: 社会效益指标临聘工资应发尽发率、…均达到
    # 100%), as a numbered heading's may be (GLUED): the clause's level
    if (g := GLUED.match(sentence)) and level_label(g.group("label")):
        labels.append((g.group("label"), False))
        sentence = sentence[g.end():]
    return labels, sentence


def _bare_result(clauses: list[str], side: str, value: str) -> tuple[str, str] | None:
    """(name, value) of a result told without its cue before a target in words (农业社会化服务体系健全，
    目标健全): the clause before the target's ends with the target's words and states no cue, the
    words before them the name."""
    if side != "target" or re.search(r"\d", value) or len(clauses) < 2 or CUE.search(clauses[-2]):
        return None
    head = clauses[-2].strip()
    name = head[:-len(value)].strip(" ,，、") if head.endswith(value) else ""
    return (name, value) if len(re.findall(r"\p{Han}", name)) >= 2 else None


# A bare result verb opening its clause and set apart from words by a space, a colon, 为 or 是 (完成 持续提升,
# 完成：健全): a label and its value, as 目标 持续提升 before it, not a verb and its object (完成人工造林).
LABELLED_RESULT = re.compile(r"^\s*(?:完成|达到)(?:\s+|\s*[：:为是]\s*)(?P<value>\D+?)\s*$")


def _labelled_result(clauses: list[str]) -> tuple[str, str, str] | None:
    """(name, target, result) of a part whose one cued clause is a target in words, the name before its
    cue, and a later clause a bare result verb set apart from its words (LABELLED_RESULT: 1499.html,
    中宁枸杞品牌影响力：目标 持续提升，完成 持续提升), else None."""
    cued = [(k, c) for k, c in enumerate(_cued(x) for x in clauses) if c is not None]
    if len(cued) != 1 or cued[0][1][0] != "target" or re.search(r"\d", cued[0][1][2]):
        return None
    k, (_, head, target) = cued[0]
    name = indicator_name(head)
    results = [m.group("value") for x in clauses[k + 1:] if (m := LABELLED_RESULT.match(x))
               and not CUE.search(m.group("value"))]
    if len(results) != 1 or len(re.findall(r"\p{Han}", name)) < 2:
        return None
    return name, target, results[0]


# A card's lines (1498.html: a kanban board): a line of a target and a result alone (目标 ≥1500吨 完成 1560吨), and
# a line of its points alone (分值 8 得分 8).
CARD_VALUES = re.compile(rf"^\s*(?:{TARGET_CUE.pattern})\s*[：:]?\s*(?P<target>\S.*?)\s+"
                         rf"(?:{ACTUAL_CUE.pattern})\s*[：:]?\s*(?P<actual>\S.*?)\s*$")
# the same line as OCR reads it, the space before the result's cue lost (目标≤120元完成120元): the target a run
# holding a figure, up to the first result cue after it
CARD_VALUES_RUN = re.compile(rf"^\s*(?:{TARGET_CUE.pattern})\s*[：:]?\s*(?P<target>[^\s\d]*\d\S*?)"
                             rf"(?:{ACTUAL_CUE.pattern})\s*[：:]?\s*(?P<actual>\S.*?)\s*$")
CARD_POINTS = re.compile(r"^\s*(?:分值|权重|标准分)\s*[：:]?\s*(?P<weight>\d+(?:\.\d+)?)\s*分?\s*[，,；;]?\s*"
                         r"(?:自评)?得分\s*[：:]?\s*(?P<score>\d+(?:\.\d+)?)\s*分?\s*$")


def _card(blocks: list, k: int, sentence: str):
    """(name, target, result, weight, score) of a card (1498.html): the paragraph k a target and a result alone
    (CARD_VALUES, values of one kind, no cue in either), right under a paragraph that is a name alone (two Han
    characters or more, no figure, no level heading: 项目完成时间 holds a cue's word), its points the paragraph below
    where that states them alone (CARD_POINTS; else None each); None where the paragraph is no such line."""
    shape = _card_shape(blocks, k, sentence)
    if shape is None:
        return None
    name, m, near, at = shape
    if (pair := _one_kind(m)) is None:
        return None
    points = CARD_POINTS.match(near[at + 1][1]) if at + 1 < len(near) else None
    return name, *pair, points.group("weight") if points else None, points.group("score") if points else None


def _card_shape(blocks: list, k: int, sentence: str):
    """(name, the values' match, the paragraphs with text, where k stands among them) where paragraph k is a card's
    line of a target and a result alone right under a line that is a name alone (_card), whatever its values
    are; else None."""
    text = blocks[k].text.strip()
    if text != sentence.strip() or (m := _values_line(text, CARD_VALUES, CARD_VALUES_RUN)) is None:
        return None
    near = [(j, x.text.strip()) for j, x in enumerate(blocks) if isinstance(x, Paragraph) and x.text.strip()]
    at = next((n for n, (j, _) in enumerate(near) if j == k), None)
    if not at:
        return None
    name = near[at - 1][1]
    if not _card_name(name):
        return None
    return name, m, near, at


def _names_card(blocks: list, k: int) -> bool:
    """Whether paragraph k is a card's name line: the next paragraph with text is a card's values line under it
    (_card_shape), so a figure in the name (推广藏青2000良种) is the name's, no value told."""
    after = next((j for j in range(k + 1, len(blocks)) if isinstance(blocks[j], Paragraph) and blocks[j].text.strip()),
                 None)
    return after is not None and _card_shape(blocks, after, blocks[after].text.strip()) is not None


def _card_columns(doc: Document) -> tuple[list[tuple[int, object]], list[tuple[int, int, str]]]:
    """The document's blocks with their places, cards laid out one after another as the board's paragraphs
    are (_card), and (block, count, warning) for cards printed abreast that do not read so.
    A table that holds cards (1498.scan / .pdf: a kanban board, the lanes read as a table's columns, each
    card's lines a cell each down its lane: a 二级 tag, the name, 目标 … 完成 …, 分值 … 得分 …) is laid out as its
    columns' lines, column by column, each a paragraph at its cell; a table where no cell is a card's values
    under a name cell in its column stays as it is. Cards printed abreast as paragraphs (_abreast: a line of
    two level headings or more, then lines parting into as many pieces, 推广青稞良种 带动农户增收 / 目标≥1500吨
    完成1560吨 目标≥5000户 完成5120户) are laid out card by card where each reads; where one does not (its lines
    part otherwise, a value run into its neighbour's), its pieces are counted unread and named, not passed over."""
    out: list[tuple[int, object]] = []
    unread: list[tuple[int, int, str]] = []
    blocks = doc.blocks
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if isinstance(b, Table):
            lines = [Paragraph(c.text, c.loc) for col in sorted({c.col for c in b.cells})
                     for c in sorted((c for c in b.cells if c.col == col and c.text.strip()), key=lambda c: c.row)]
            out += [(k, p) for p in lines] if any(_card(lines, n, p.text.strip()) for n, p in enumerate(lines)) \
                else [(k, b)]
            k += 1
            continue
        group = _abreast(blocks, k) if isinstance(b, Paragraph) else None
        if group is None:
            out.append((k, b))
            k += 1
            continue
        cards, size = group
        columns = [[Paragraph(text, blocks[j].loc) for j, text in column] for column in cards]
        read = [any(_card(column, n, p.text.strip()) for n, p in enumerate(column)) for column in columns]
        for column, ok in zip(columns, read):
            if ok:
                out += [(k, p) for p in column]
            elif any(TARGET_CUE.match(p.text.strip()) for p in column):
                said = "｜".join(p.text.strip() for p in column)
                unread.append((k, 1, f"{b.loc.describe()}：并排印出的指标卡片（一行并排写有{len(cards)}个指标层级标题，其下各行"
                                     f"依次分作{len(cards)}段）中的一张未能按“层级｜名称｜目标…完成…”读出（{said[:60]}），"
                                     "1个指标未读取"))
        if not any(read):   # none read as cards: the lines stay as they are, for the other readers
            out += [(j, blocks[j]) for j in range(k, k + size)]
        k += size
    return out, unread


def _abreast(blocks: list, k: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """Cards printed abreast from paragraph k (1498.pdf, .scan: a board's lanes side by side): paragraph k a line
    of two level headings or more, parted by spaces, each a level label alone, no one of them a level 1 another
    is a level 2 of (产出指标 数量指标 is one heading's two levels), then the paragraphs right after it that part
    into as many pieces (at the spaces, or before each target or points cue opening a piece): ([(block, piece)
    of each card down its lines], paragraphs taken); None where paragraph k is no such line or fewer than two
    lines follow it so."""
    if not _abreast_line(blocks[k].text):
        return None
    parts = blocks[k].text.split()
    ones = {canonical_level1(x) for x in parts} - {None}
    if any(canonical_level2(x, None)[1] in ones and canonical_level1(x) is None for x in parts):
        return None
    cards = [[(k, x)] for x in parts]
    j = k + 1
    while j < len(blocks) and isinstance(blocks[j], Paragraph) and blocks[j].text.strip():
        text = blocks[j].text.strip()
        if _abreast_line(text) or (pieces := _pieces(text, len(parts))) is None:
            break
        for card, piece in zip(cards, pieces):
            card.append((j, piece))
        j += 1
    if j - k < 3:
        return None
    return cards, j - k


def _abreast_line(text: str) -> bool:
    """Whether a line is two level headings or more abreast (a new row of cards)."""
    parts = text.split()
    return len(parts) >= 2 and all((h := _heading(x)) is not None and h[0] == x for x in parts)


def _pieces(text: str, n: int) -> list[str] | None:
    """A line parted into n pieces, one a card: at its spaces, or before each target or points cue that opens a
    piece (目标≥1500吨 完成1560吨 目标≥5000户 完成5120户); None where neither gives n."""
    parts = text.split()
    if len(parts) == n:
        return parts
    cues = [m.start() for m in re.finditer(rf"(?:^|(?<=\s))(?:{TARGET_CUE.pattern}|分值|权重|标准分)", text)]
    if len(cues) == n and cues[0] == 0:
        return [text[a:b].strip() for a, b in zip(cues, cues[1:] + [len(text)])]
    return None


# Points glued after a card's values line (目标持续延伸分值10 得分10: a printed card's lines run together).
CARD_POINTS_TAIL = re.compile(r"(?:分值|权重|标准分)\s*[：:]?\s*\d+(?:\.\d+)?\s*分?\s*[，,；;]?\s*(?:自评)?得分.*$")


def _card_name(name: str) -> bool:
    """Whether a card's line is a name alone: one word (no space, no clause's or label's punctuation) of two Han
    characters or more, figures and letters allowed inside it as indicator names hold them (推广藏青2000良种,
    4G网络覆盖行政村; 项目完成时间 names a cue's word as names do), that is no figure with its unit (1500吨), no
    points (分值8 得分8) and no level heading."""
    return len(re.findall(r"\p{Han}", name)) >= 2 and not re.search(r"[\s，,；;。：:≥≤＞＜><=]", name) \
        and not parse(name).numeric and not CARD_POINTS.match(name) \
        and _heading(name) is None and not level_label(name)


def _values_line(text: str, *forms):
    """The match of a card's values line, the first of `forms` (CARD_VALUES …) that matches, where neither its
    target nor its result holds a cue; else None."""
    m = next((m for form in forms if (m := form.match(text))), None)
    return None if m is None or CUE.search(m.group("target")) or CUE.search(m.group("actual")) else m


def _one_kind(m):
    """(target, result) of a values line's match where the two are values of one kind, else None."""
    t, a = parse(m.group("target")), parse(m.group("actual"))
    return (t, a) if _value_kind(t) == _value_kind(a) else None


def _card_values(text: str):
    """(target, result) of a card's values line (CARD_VALUES, values of one kind, no cue in either), else None."""
    return _one_kind(m) if (m := _values_line(text, CARD_VALUES)) else None


def _read_cards(cards: list[list[str]], level1):
    """Cards given as their lines (a level 2 tag, a name, a values line, the points line or none), each as
    (level 1, level 2, name, target, result, weight, score, line) where its values read (_card_values), else
    (None, …, name, the values line) to be named: the tag is the card's level 2 where it reads as one (服务对象满意度指标,
    though it reads as a level 1 too), its level 1 the framework's; else the levels as a heading sets them (_levels)."""
    out = []
    for tag, name, values, points in cards:
        l2, parent = canonical_level2(tag, level1[0] if level1 else None)
        l1, l2 = ((parent, "", None), (l2, bare(tag))) if l2 and parent else _levels(tag, None, level1)
        got = _card_values(values)
        p = CARD_POINTS.match(points) if points else None
        out.append((l1, l2, name, *(got or (None, None)), p.group("weight") if p else None,
                    p.group("score") if p else None, values))
    return out


def _card_table(t: Table):
    """The cards a table holds a column each (1498.pdf: cards printed side by side that the PDF reader drew
    as a table), as their lines (tag, name, values, points): each column's lines, top down, a level label, a
    name (_card_name), a line opening with a target cue (its points glued after it parted off,
    CARD_POINTS_TAIL), then the points line or none; None where any column is no such card."""
    grid = t.grid()
    cards = []
    for c in range(t.n_cols):
        lines = [x.strip() for r in range(t.n_rows) for x in grid[r][c].split("\n") if x.strip()]
        if len(lines) < 3 or len(lines) > 4 or not level_label(lines[0]) or not _card_name(lines[1]) \
                or not TARGET_CUE.match(lines[2]):
            return None
        values, points = lines[2], lines[3] if len(lines) > 3 else ""
        if not points and (tail := CARD_POINTS_TAIL.search(values)):
            values, points = values[:tail.start()].strip(), tail.group(0)
        cards.append((lines[0], lines[1], values, points))
    return cards or None


def _pointed(sentence: str) -> tuple[int, list[tuple[str, object, object, str, str]], list[str]]:
    """A sentence whose indicators each end with their points in a bracket (建设高标准农田完成1.25万亩，
    目标≥1.2万亩（分值8分，得分8分）；…), read part by part, a part the clauses up to a bracket: how
    many indicators it tells (a part with a cued value each, and a later part with a target and a
    result), (name, target, result, weight, score) for each part whose clauses give one pair (either
    order), and the parts left unread, for naming."""
    told, out, unread = 0, [], []
    brackets = list(POINTS.finditer(sentence))
    starts = [0] + [m.end() for m in brackets]
    for text, m in ((sentence[starts[k]:m.start()], m) for k, m in enumerate(brackets)):
        clauses = [c for c in CLAUSE_BREAK.split(text) if c.strip()]
        cued = [c for c in (_cued(x) for x in clauses) if c is not None]
        if not cued:
            continue
        told += 1
        _, pairs = _stated(text, "")
        if not pairs and len(cued) == 1 and (bare := _bare_result(clauses, cued[0][0], cued[0][2])):
            pairs = [(bare[0], parse(cued[0][2]), parse(bare[1]))]
        if not pairs and (labelled := _labelled_result(clauses)) is not None \
                and _value_kind(t := parse(labelled[1])) == _value_kind(a := parse(labelled[2])):
            pairs = [(labelled[0], t, a)]
        if len(pairs) == 1:
            out.append((*pairs[0], m.group("weight"), m.group("score")))
        else:
            unread.append(text.strip(" ,，；;。"))
    rest = sentence[starts[-1]:]
    if (left := _stated(rest, "")[0]):
        told += left
        unread.append(rest.strip(" ,，；;。"))
    return told, out, unread


# Symbols opening a name (Unicode S*: √ ✓ ☑ ☒ ☐ □ ■ …), spaces after them: a mark before the name, no word of it.
MARK = re.compile(r"^\s*\p{S}[\p{S}\s]*")


def _indicator(recs: DocRecords, b: Paragraph, level1, level2, name: str, target: Figure, actual: Figure, note: str,
               weight: Figure | None = None, score: Figure | None = None) -> Indicator:
    """One indicator read from a paragraph's sentence, under the levels the headings above it give (level1 /
    level2: (canonical, raw, …) or None), located at the paragraph. A name opens with a word: symbols before it
    (MARK: a task list's tick or check box as OCR reads it, √改造低产枸杞园 on 1499.scan) are a mark, taken off and
    said."""
    if (m := MARK.match(name)) and name[m.end():].strip():
        recs.warnings.append(f"{b.loc.describe()}：指标名称“{name}”前的符号“{m.group(0).strip()}”是勾选标记、复选框等"
                             f"（名称以文字开头），已从名称中去除，读作“{name[m.end():]}”，勾选状态未读取，请核对原件")
        name = name[m.end():]
    return Indicator(doc=recs.doc, project=None, level1=level1[0] if level1 else None,
                     level2=level2[0] if level2 else None, level1_raw=level1[1] if level1 else "",
                     level2_raw=level2[1] if level2 else "", level3=name, level3_key=level3_key(name),
                     target=target, actual=actual, weight=weight, score=score, reason=None,
                     loc=b.loc, name_loc=b.loc, note=note)


def _told_outside_levels(k: int, b: Paragraph, sentences: list[str]) -> list[tuple[int, int, str]]:
    """Sentences that tell indicators by a target and a result (_told) where no level heading stands above
    them (1498.pdf: a board's cards printed side by side, 目标≥1500吨 完成1560吨 目标≥5000户 完成5120户, the
    lanes' level headings on one line of their own): not read as indicators, counted and named, not passed
    over in silence."""
    return [(k, n, f"{b.loc.describe()}：句子“{x[:60]}”写有{n}个指标的目标值与实际值，但不在任何指标层级标题之下"
                   f"（名称与层级无从对应），未读作指标，{n}个指标未读取")
            for x in sentences if (n := _told(x))]


def _cards_read(recs: DocRecords, k: int, b, cards: list, level1, how: str):
    """The cards (_card_table lines) at block k read as indicators (found) and those whose values
    do not read named (unread), each card one indicator."""
    found, unread = [], []
    for l1, l2, name, t, a, weight, score, line in _read_cards(cards, level1):
        if t is None:
            unread.append((k, 1, f"{b.loc.describe()}：卡片“{name}”（{how}）的目标值与实际值“{line[:40]}”未能读出"
                                 f"（不是“目标…完成…”各一、同一类的值），1个指标未读取"))
            continue
        found.append((k, _indicator(recs, b, l1, l2, name, Figure(t, b.loc), Figure(a, b.loc),
                                    f"指标按卡片读出（{how}）：“{name}｜{line}”",
                                    Figure(parse(weight), b.loc) if weight else None,
                                    Figure(parse(score), b.loc) if score else None)))
    return found, unread


def sentence_indicators(doc: Document, recs: DocRecords) -> list[tuple[int, int, str]]:
    """Read the indicator sentences of a document whose tables gave no indicator into its one
    project (made where there is none); return (block, rows, warning) for those not read, for the
    caller to count (unread.say_silent)."""
    if recs.indicators:
        return []
    if (scored := criteria(doc)):
        return _scored(recs, scored, levels_short(doc))
    by_para: dict[tuple, list[ProseFigure]] = {}   # a paragraph's figures, by its place
    for f in recs.prose:
        by_para.setdefault((f.loc.block, f.loc.line), []).append(f)
    found: list[tuple[int, Indicator]] = []     # (block, record)
    unread: list[tuple[int, int, str]] = []
    # figures under a level heading told with no target and result cue (数量指标：甘蔗良种推广1.8万亩；…, a
    # report's targets as handed down; 基本完成治理面积1429.39hm, results alone): by block (place, sentences, count)
    bare_figures: dict[int, list] = {}
    targets = _lists_apart(doc)
    level1 = level2 = None
    in_targets = False     # under a section heading naming targets alone (_target_section)
    in_results = False     # under a section heading or a level heading naming results (_result_section)
    depth = None           # how deep the level heading in scope is numbered (_depth)
    named = None           # an indicator's name heading under it (_name_heading), its result awaited: (name, paragraph)
    targets_set: list = []     # targets listed after their cue with no result (_targets_set): (block, paragraph, list)
    seq, unread = _card_columns(doc)    # (block, paragraph): cards laid out one after another
    blocks = [b for _, b in seq]
    for pos, (k, b) in enumerate(seq):
        if isinstance(b, Table) and (cards := _card_table(b)):
            # cards side by side drawn as a table, a card a column (1498.pdf)
            got, left = _cards_read(recs, k, b, cards, level1, "一列一张卡片：层级、名称、目标与完成、分值与得分")
            found += got
            unread += left
            continue
        if not isinstance(b, Paragraph) or not b.text.strip():
            continue
        text = b.text.strip()
        if _names_card(blocks, pos):
            continue    # a card's name line: read with the card's values below it, its figures none of its own
        heading = _heading(text)
        figs = by_para.get((b.loc.block, b.loc.line), []) if b.loc.table is None else []
        sentences = list(dict.fromkeys(m.group(0).strip() for m in SENTENCE.finditer(text)))
        # targets and results as two lists (LISTS) are read in any paragraph, numbered or not
        listed = [(x, got) for x in sentences if (got := _listed(x))]
        if (set_ := _targets_set(text)) is not None:
            targets_set.append((k, b, set_))
        for sentence, got in listed:
            found += [(k, _indicator(recs, b, level1, level2, name, Figure(t, b.loc), Figure(a, b.loc),
                                     f"指标按段落句子读出：“{sentence}”")) for name, t, a in got]
        if heading is not None:
            label, _ = heading
            after = next((x.text.strip() for x in blocks[pos + 1:] if isinstance(x, Paragraph) and x.text.strip()), "")
            below = _heading(after)
            level1, level2 = _levels(label, _kind(text), level1, below[0] if below else None)
            depth, named = _depth(_kind(text)), None
            if RESULT_SECTION.search(text[:40]) and not _told(text):
                in_results, in_targets = True, False
        elif NUMBER.match(text) and not _told(text) and not _stated(text, "")[0]:
            if level1 is not None and in_results and (heading_named := _name_heading(text, depth)) is not None:
                # an indicator's name as a numbered heading under the level's (029): its result the words after
                # it, on its line or the paragraph below
                named = (heading_named[0], b)
                if heading_named[1]:
                    found, unread, named = _named_result(recs, k, b, heading_named[1], named, level1, level2,
                                                         found, unread)
                continue
            level1 = level2 = None      # a numbered line of another kind closes the level's scope
            in_targets = _target_section(text)
            in_results = _result_section(text)
            named = None
            continue
        elif named is not None:
            found, unread, named = _named_result(recs, k, b, text, named, level1, level2, found, unread)
            continue
        sentences = [x for x in sentences if x not in dict(listed)]
        if level1 is None and level2 is None and not any(_leads(x)[0] for x in sentences):
            unread += _told_outside_levels(k, b, sentences)
            continue
        for sentence in sentences:
            label = heading[0] if heading else ""
            leads, rest = _leads(sentence)
            for lead, aspect in leads:
                # an aspect (满意度方面) is a level 1 where the label reads as one, though 满意度 is
                # also a level 2 of 效益 in the older framework
                l1 = canonical_level1(lead) if aspect else None
                level1, level2 = ((l1, bare(lead), None), None) if l1 else _levels(lead, None, level1)
                label = lead
            if level1 is None and level2 is None:
                unread += _told_outside_levels(k, b, [sentence])
                continue
            if POINTS.search(rest):
                # a clause per indicator, its points bracketed after it: read part by part
                told, read, left = _pointed(rest)
                for name, t, a, weight, score in read:
                    found.append((k, _indicator(recs, b, level1, level2, name, Figure(t, b.loc), Figure(a, b.loc),
                                                f"指标按段落句子读出：“{sentence}”", Figure(parse(weight), b.loc),
                                                Figure(parse(score), b.loc))))
                if left:
                    unread.append((k, told - len(read), f"{b.loc.describe()}：句子“{sentence[:60]}”写有指标的目标值与"
                                   f"实际值，未能按“指标名称＋实际值＋目标值（分值、得分）”读出（"
                                   f"{'；'.join(x[:30] for x in left)}），{told - len(read)}个指标未读取"))
                continue
            if (card := _card(blocks, pos, sentence)) is not None:
                # a card's line of values under its name line, its points the line below
                name, t, a, weight, score = card
                found.append((k, _indicator(recs, b, level1, level2, name, Figure(t, b.loc), Figure(a, b.loc),
                                            f"指标按卡片读出（名称为上一行）：“{name}｜{sentence}”",
                                            Figure(parse(weight), b.loc) if weight else None,
                                            Figure(parse(score), b.loc) if score else None)))
                continue
            if (shape := _card_shape(blocks, pos, sentence)) is not None:
                # a card whose target and result are not of one kind (a date's target over a result in words:
                # 1498.pdf's 目标2023年10月31日前 完成持续延伸, a neighbour card's result run into its line)
                unread.append((k, 1, f"{b.loc.describe()}：卡片“{shape[0]}”的目标值与实际值不是同一类数值（“{sentence[:40]}”），"
                                     "疑为并排卡片的文字串行，未读作指标，1个指标未读取"))
                continue
            told = _told(sentence)
            read = [(name, Figure(t.q, t.loc), Figure(a.q, a.loc))
                    for name, t, a in _pairs([f for f in figs if f.sentence == sentence], label)] if told else []
            if not read:
                # values the figure reader does not take (a date, words): read by the clause's cue
                told_any, stated = _stated(sentence, label)
                told = max(told, told_any)
                read = [(name, Figure(t, b.loc), Figure(a, b.loc)) for name, t, a in stated]
            if not told and (apart := _paired_apart(sentence, targets)):
                # the results listed here, the targets listed elsewhere under their cue: paired by the names
                found += [(k, _indicator(recs, b, level1, level2, name, Figure(t, at), Figure(a, b.loc),
                                         f"指标按段落句子读出（目标值见{at.describe()}所列）：“{sentence}”"))
                          for name, t, a, at in apart]
                continue
            if not told:
                if (bare_named := _bare_value(sentence, label)) and in_targets:
                    # a target set, under a section naming targets: read with no result (the report tells
                    # its results elsewhere, or not at all)
                    name, value = bare_named
                    found.append((k, _indicator(recs, b, level1, level2, name, Figure(parse(value), b.loc),
                                                Figure(parse(""), b.loc),
                                                f"指标按段落句子读出，只写目标值（所在部分的标题写明为目标）：“{sentence}”")))
                elif in_results and (told_alone := _rates_named(rest) or ([bare_named] if bare_named else [])):
                    # under a heading naming results: each value a result, no target told
                    found += [(k, _indicator(recs, b, level1, level2, name, Figure(parse(""), b.loc),
                                             Figure(parse(value), b.loc),
                                             f"指标按段落句子读出，只写实际值（所在部分的标题写明为完成情况）：“{sentence}”"))
                              for name, value in told_alone]
                elif in_results and (n := _counts_first(rest)):
                    # results told count first (404名服务对象…发放补助金2126.81万元): counted and named, not passed over
                    unread.append((k, n, f"{b.loc.describe()}：句子“{sentence[:60]}”在写明完成情况的指标层级下以数量开头"
                                         f"（数量在名称之前），写有{n}个数值，未能读出指标名称与实际值，{n}个指标未读取"))
                elif bare_named or (n := _rates_told(sentence)):
                    at = bare_figures.setdefault(k, [b.loc, [], 0])
                    at[1].append(sentence)
                    at[2] += 1 if bare_named else n
                continue
            for name, t, a in read:
                found.append((k, _indicator(recs, b, level1, level2, name, t, a, f"指标按段落句子读出：“{sentence}”")))
            if (left := told - len(read)) > 0:
                unread.append((k, left, f"{b.loc.describe()}：句子“{sentence[:60]}”写有指标的目标值与实际值，"
                                        f"未能按“指标名称＋目标值＋实际值”读出，{left}个指标未读取"))
    # values under level headings with no cue are counted and named, not passed over, beside indicators read
    # from other sentences too (065: the 数量 results paired with their targets, the 效益 results told alone)
    unread += [(k, n, f"{loc.describe()}：句子“{''.join(said)[:60]}”在指标层级下写有{n}个指标的数值，未写明是"
                f"目标值还是实际值，未读作指标，{n}个指标未读取") for k, (loc, said, n) in bare_figures.items()]
    if not found:
        # targets listed as set, with no indicator told otherwise (the passage tells no result, or in words
        # no reader takes): read as targets with no result, not passed over
        found = [(k, _indicator(recs, b, None, None, name, Figure(parse(value), b.loc), Figure(parse(""), b.loc),
                                f"指标按段落句子读出，只写目标值（目标列表）：“{said}”"))
                 for k, b, (said, listed) in targets_set for name, value in listed]
    return _place(recs, found, unread)


def _named_result(recs: DocRecords, k: int, b: Paragraph, text: str, named: tuple, level1, level2,
                  found: list, unread: list):
    """The result told under an indicator's name heading (named: the name and its heading's paragraph) by the
    words `text` at paragraph b (_result_told): read as the indicator's result with no target, named at its
    heading; a paragraph holding a figure the grammar does not read as the result is counted unread and named;
    words with no result (项目以中标单价实施) are none. The heading is answered: (found, unread, None)."""
    name, at = named
    value = _result_told(text)
    if value is not None:
        ind = _indicator(recs, b, level1, level2, name, Figure(parse(""), b.loc), Figure(parse(value), b.loc),
                         f"指标按编号标题读出名称，其下句子读出实际值（未写目标值）：“{name}｜{text[:60]}”")
        ind.name_loc = at.loc
        found = found + [(k, ind)]
    elif ANY_FIGURE.search(text):
        unread = unread + [(k, 1, f"{b.loc.describe()}：指标标题“{name}”（{at.loc.describe()}）下的句子“{text[:60]}”写有数值，"
                                  "未能读出哪一个是其实际值，未读作指标，1个指标未读取")]
    return found, unread, None


def _scored(recs: DocRecords, scored: list, short: list) -> list[tuple[int, int, str]]:
    """The criteria of a scored outline (scored_outline.criteria) as indicator records, weight and score
    as stated, no target and no result; a criterion stating different scores under it has none, and
    that is said. Where a level's points exceed its criteria's weights (scored_outline.levels_short:
    criteria cut off or not read), the project is marked cut off, so no sum of weights or scores is
    checked, and that is said."""
    found, unread = [], []
    if short:
        said = "；".join(f"“{name}”{points}分，其下评分项分值合计{total}分" for _, name, points, total in short)
        recs.warnings.append(f"{short[0][0].loc.describe()}：评分标题所写分值多于其下读到的评分项分值之和（{said}），"
                             "疑为节选或截断，分值、得分合计类核对未进行")
    for c in scored:
        loc = c.heading.loc
        level1 = (canonical_level1(c.levels[0]) or c.levels[0], c.levels[0]) if c.levels[0] else None
        level2 = (canonical_level2(c.levels[1], level1[0] if level1 else None)[0] or c.levels[1], c.levels[1]) \
            if c.levels[1] else None
        said = list(dict.fromkeys(c.scores))
        score = Figure(parse(said[0]), loc) if len(said) == 1 else None
        if len(said) > 1:
            unread.append((c.block, 0, f"{loc.describe()}：评分项“{c.name}”（{c.weight}分）下写有不同的自评得分"
                                       f"（{'、'.join(x + '分' for x in said)}），得分未读取，请核对原件"))
        found.append((c.block, _indicator(recs, c.heading, level1, level2, c.name, Figure(parse(""), loc),
                                          Figure(parse(""), loc), f"评分项按标题及其下文读出：“{c.heading.text.strip()}”",
                                          Figure(parse(c.weight), loc), score)))
    unread = _place(recs, found, unread)
    if short and found and len(recs.projects) == 1:
        recs.projects[0].cut_off = True
    return unread


def _place(recs: DocRecords, found: list[tuple[int, Indicator]],
           unread: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The indicators read from sentences placed in the document's one project (made where there is
    none); where it has several, counted unread and named, as whose they are is not said."""
    if found and len(recs.projects) > 1:
        # which project the sentences speak of is not said: counted, not read
        first = found[0][1]
        return [(found[0][0], len(found), f"{first.loc.describe()}起的指标句（"
                 f"{'、'.join(i.level3 for _, i in found[:5])}{'等' if len(found) > 5 else ''}）"
                 f"不能确定属于哪个项目，{len(found)}个指标未读取")] + unread
    if found:
        if not recs.projects:
            recs.projects.append(Project(doc=recs.doc, loc=found[0][1].loc))
        recs.projects[0].indicators += [i for _, i in found]
    return unread


def _pairs(figs: list[ProseFigure], label: str) -> list[tuple[str, ProseFigure, ProseFigure]]:
    """(name, target, result) of each pair of figures the prose reader told apart in one sentence:
    consecutive, one each side, one name, the name two Han characters or more (the heading's label
    glued before it left out)."""
    out = []
    for f, g in zip(figs, figs[1:]):
        if {f.role, g.role} != {"target", "actual"} or f.indicator != g.indicator or \
                any(x is f or x is g for pair in out for x in pair[1:]):
            continue
        name = f.indicator
        if label and name.startswith(label):
            name = name[len(label):].lstrip("。：:，, ")
        if len(re.findall(r"\p{Han}", name)) < 2:
            continue
        t, a = (f, g) if f.role == "target" else (g, f)
        out.append((name, t, a))
    return out
