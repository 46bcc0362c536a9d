"""The header of an indicator table: which field each header cell names (一级指标 … 年度指标值, 实际完成值,
分值, 得分; a second column of a role, earlier years' columns, places' parts beside the whole), and
where a table's header row is and the columns it gives (_indicator_cols). The table readers (tables.py)
ask it of every row."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re

from . import columns
from .vocab import (LEVEL3_WEAK, LEVEL_POINTS, PLACE_NAME, bare, canonical_level2, header_field, header_words, header_year,
                    joined_fields, stacked_points, level_ordinal, part_of_year, period, revised, whole_term)

HAS_DIGIT = re.compile(r"\d")


@dataclass
class _Cols:
    level1: int | None = None
    level2: int | None = None
    level3: int | None = None
    target: int | None = None
    actual: int | None = None
    weight: int | None = None
    score: int | None = None
    reason: int | None = None
    nature: int | None = None          # 指标性质: ≥/≤/= or 正向/反向/定性
    direction: int | None = None       # 指标方向: 大于等于 / 小于等于 / 等于
    unit: int | None = None            # 度量单位 / 计量单位
    coefficient: int | None = None     # 得分系数 (%)
    core: int | None = None            # 是否核心指标
    weight_share: int | None = None    # 权重占比
    converted_score: int | None = None  # 折算得分
    deduction: int | None = None       # 扣分: the score is the weight less it


VALUE_FIELDS = ("target", "actual", "weight", "score", "reason")

# A level column's header whose depth word is lost (级指标: the 一 of 一级指标, one thin stroke against the
# cell's left rule, gone in a scan's reading): a header of the depth grammar (vocab.level_ordinal) less its
# ordinal. Directly left of a column naming depth n it is depth n - 1 (lost_ordinals).
_ORDINAL_LOST = re.compile(r"^级(?:绩效)?指标(?:名称)?$")
_LEVEL_FIELDS = ("level1", "level2", "level3")


def lost_ordinals(header: list[str], fields: dict[str, int]) -> dict[str, int]:
    """Level fields -> columns for header cells that read as a level column less its ordinal (级指标)
    standing directly left of a column whose header names the next depth (二级指标) and is that
    level's column: the levels run one deeper each column, so the cell is the level above. Only a
    field not yet taken and a column no field holds. A column of the level's own points between them
    (级指标 | 一级指标分值 | 二级指标, 1339.scan) belongs to the level and is stepped over."""
    out: dict[str, int] = {}
    for above, deeper in (("level2", "level3"), ("level1", "level2")):
        at = fields.get(deeper, out.get(deeper))
        if above in fields or at is None or at == 0 or \
                level_ordinal(header[at]) != _LEVEL_FIELDS.index(deeper) + 1:
            continue
        left = at - 1
        while left > 0 and left not in fields.values() and LEVEL_POINTS.search(header_words(header[left])):
            left -= 1
        if left in fields.values() or not _ORDINAL_LOST.match(header_words(header[left])):
            continue
        out[above] = left
    return out


def _indicator_fields(header: list[str]) -> dict[str, int]:
    return dict(_indicator_fields_of(tuple(header)))


@lru_cache(maxsize=1 << 14)   # every row of a table is asked whether it is a header, on every reading
def _indicator_fields_of(header: tuple[str, ...]) -> dict[str, int]:
    """Field -> column for every header cell whose words name a field (INDICATOR_HEADERS). A value
    named left of every level column (绩效目标完成情况 heading the rows, left of 一级指标) is a section
    label, not the value's column, where a header cell right of the levels names it again."""
    skip: set[int] = set(_earlier_years(header)) | columns.item_columns(header)
    while True:
        fields: dict[str, int] = {}
        for i, raw in enumerate(header):
            if i in skip:
                continue
            own = header_field(raw, set())
            if own in fields and revised(raw) and not revised(header[fields[own]]):
                fields[own] = i   # 调整后目标值 after 年初目标值: the adjusted column is the one assessed
                continue
            if own == "target" and own in fields and whole_term(header[fields[own]]) and not whole_term(raw):
                fields[own] = i   # 年度指标值 after 实施期指标值（2022—2024年）: the year's target is the one assessed
                continue
            if own == "actual" and own in fields and part_of_year(header[fields[own]]) and period(raw) == "whole":
                # 全年完成值 after 上半年完成值 (1-6月 | 1-12月): the year's result is the one assessed (not a
                # monitoring form's 全年预计完成值 after its 1-6月实际完成值: a forecast names no period alone)
                fields[own] = i
                continue
            if _depth_named(own, raw, header[fields[own]] if own in fields else None, fields):
                fields[own] = i   # 指标类别 | 一级指标 | 二级指标: the kind column left of the levels groups them
                continue
            field = header_field(raw, set(fields))
            if field is not None:
                fields[field] = i
            elif own is not None:
                _second_of_a_role(fields, own, i, header)
        for k, i in list(fields.items()):
            # 分值/得分 in one header cell: the points and the score share its column, each cell a
            # pair (Reader._points_pair); a joined 目标值/实际值 is the paired column's (_paired_column)
            # (or 得分/分值, the score first: each part taken in the header's order, _points_order)
            joined = joined_fields(header[i]) or stacked_points(header[i])
            if k in ("weight", "score") and joined is not None and set(joined) == {"weight", "score"}:
                other = "score" if k == "weight" else "weight"
                if other not in fields:
                    fields[other] = i
        levels = [fields[k] for k in ("level1", "level2", "level3") if k in fields]
        early = {c for k, c in fields.items() if k in VALUE_FIELDS and levels and c < min(levels) and
                 any(header_field(x, set()) == k for j, x in enumerate(header) if j > max(levels))}
        if not early:
            if (deep := _deepest_level(header, fields)) is not None:
                fields["level3"] = deep
            if (year := _target_of_the_results_year(header, fields)) is not None:
                fields["target"] = year
            whole, parts = _result_parts(header, skip)
            if parts and "actual" in fields:
                # the places' parts beside the whole: the whole is the result; none or several
                # wholes, no result column (Reader.indicators says so), never a place's part
                if len(whole) == 1:
                    fields["actual"] = whole[0]
                else:
                    del fields["actual"]
            return fields
        skip |= early


# A target column's header ending in a year of its own (绩效指标值（2024-2026年） over 2024年 | 2025年 | 2026年:
# a plan's targets year by year, the heading over them joined before each).
_TRAILING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?$")


def _target_of_the_results_year(header: tuple[str, ...], fields: dict[str, int]) -> int | None:
    """The target column of the year the result column names (2025年实际完成值) among target columns told apart
    by a year each (a three-year plan's 2024年 | 2025年 | 2026年 under one heading); None where the columns are
    no such years or none is the result's: the first target column stays."""
    if "target" not in fields or "actual" not in fields or (year := header_year(header[fields["actual"]])) is None:
        return None
    years = {i: int(m.group(1)) for i, raw in enumerate(header)
             if header_field(raw, set()) == "target" and (m := _TRAILING_YEAR.search(header_words(raw)))}
    if len(set(years.values())) < 2:
        return None
    return next((i for i, y in years.items() if y == year), None)


# A result column's header qualified by a place (南华县完成值, 城关镇实际完成值) holds that place's part of
# the result; one qualified by the whole (全州实际完成值, 全市合计完成值) or by nothing (实际完成值) holds
# the whole. A place is a name ending in an administrative level's word, before the result's words.
_WHOLE_QUALIFIER = re.compile(r"^(?:全(?:国|省|市|州|盟|县|区|旗|乡|镇)|合计|总计|汇总|整体)")
_PLACE_QUALIFIER = re.compile(rf"^{PLACE_NAME}(?=实际|完成|年度|全年)")
_PLAIN_RESULT = re.compile(r"^(?:(?:年度|全年)?实际|完成)")


def _result_parts(header: list[str], skip: set[int]) -> tuple[list[int], list[int]]:
    """The columns whose header names the result: (those of the whole, those of a place's part).
    No parts where no header names a place, nor where one column alone names the result (a
    county's own form heads its one result column 南华县完成值: the whole it reports)."""
    whole, parts = [], []
    for i, raw in enumerate(header):
        if i in skip or header_field(raw, set()) != "actual":
            continue
        words = header_words(raw)
        if _WHOLE_QUALIFIER.match(words) or (_PLAIN_RESULT.match(words) and not part_of_year(words)):
            whole.append(i)
        elif _PLACE_QUALIFIER.match(words):
            parts.append(i)
    return (whole, parts) if len(whole) + len(parts) >= 2 else (whole, [])


def _deepest_level(header: list[str], fields: dict[str, int]) -> int | None:
    """The column of a level deeper than three (一级 | 二级 | 三级 | 四级指标 | 年度指标值 …): the
    deepest level names the indicator, the record's level 3, and the levels between level 2 and it
    group the rows (as a function or task column does; Reader.read says so). Only a run of level
    columns, each one deeper than the one before, ending before every value column; else None."""
    c3 = fields.get("level3")
    if c3 is None or level_ordinal(header[c3]) != 3:
        return None
    deep = c3
    while deep + 1 < len(header) and deep + 1 not in fields.values() and \
            (n := level_ordinal(header[deep + 1])) is not None and n == level_ordinal(header[deep]) + 1:
        deep += 1
    values = [c for k, c in fields.items() if k in VALUE_FIELDS]
    return deep if deep > c3 and all(deep < c for c in values) else None


def _earlier_years(header: list[str]) -> list[int]:
    """Columns whose header names a year before the latest year with a result column (近三年完成值
    over 2020年 | 2021年 | 2022年 beside 2023年 over 年度指标值 | 实际完成值): past years' figures, set
    beside the year's for comparison; they head no target or result of the year. (A later year
    with no result, a next year's target, does not make the year's own columns past.)"""
    years = {i: y for i, raw in enumerate(header) if (y := header_year(raw)) is not None}
    results = [y for i, y in years.items() if header_field(header[i], set()) == "actual"]
    if len(set(years.values())) < 2 or not results:
        return []
    latest = max(results)
    return [i for i, y in years.items() if y < latest]


_DEPTHS = {"level1": 1, "level2": 2, "level3": 3}


def _depth_named(own: str | None, raw: str, holder: str | None, fields: dict[str, int]) -> bool:
    """Whether a header cell naming a level by its depth (二级指标) takes the level from a column
    that has it by a kind word only (指标类别, 指标类型), the levels above it being named already:
    with 指标类别 | 一级指标 | 二级指标 the kind column is a grouping outside the levels (共性指标 /
    个性指标), not level 2; without 一级指标 it stays the outer level (_second_of_a_role)."""
    depth = _DEPTHS.get(own or "")
    return depth is not None and holder is not None and level_ordinal(raw) == depth and \
        level_ordinal(holder) is None and all(k in fields for k, d in _DEPTHS.items() if d < depth)


# Points words that say what a part is worth, not what it got (no 得 / 评 / 实 in them): 分数, 权数.
_GOT = re.compile(r"[得评实]")


def _second_of_a_role(fields: dict[str, int], own: str, i: int, header: list[str]) -> None:
    """A header cell naming a role already taken. Two kind columns side by side (指标类别 | 指标分类)
    are the two levels, the outer one level 1; two score words (分数 | 实得分) are the points and the
    score, the one that does not say got (得 / 评 / 实) the points."""
    if own == "level2" and "level1" not in fields and fields["level2"] == i - 1:
        fields["level1"], fields["level2"] = i - 1, i
    elif own == "score" and "weight" not in fields:
        first = fields["score"]
        plain = [c for c in (first, i) if not _GOT.search(header_words(header[c]))]
        if len(plain) == 1:
            fields["weight"], fields["score"] = plain[0], first + i - plain[0]


def _one_character_off(a: str, b: str) -> bool:
    """Two names of four or more characters, the same length, differing in one place."""
    b = bare(b)
    return len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b)) == 1


def _superseded(header: list[str]) -> dict[int, str]:
    """Columns a revised one replaced (年初目标值 beside 调整后目标值) -> their header words: their
    cells are kept in the row's note."""
    fields = _indicator_fields(header)
    out = {}
    for i, raw in enumerate(header):
        own = header_field(raw, set())
        if own in fields and fields[own] != i and revised(header[fields[own]]) and not revised(raw):
            out[i] = header_words(raw)
    return out


def _indicator_cols(header: list[str], spans: list[int] | None = None) -> _Cols | None:
    """Columns of an indicator table from its header words (normalize.vocab.INDICATOR_HEADERS).
    `spans`: each header cell's colspan; a 绩效指标 cell over three columns heads 一级 | 二级 | 三级."""
    fields = _indicator_fields(header)
    fields.update(lost_ordinals(header, fields))
    weak = False
    if "level3" not in fields:
        at = next((i for i, raw in enumerate(header) if bare(raw) in LEVEL3_WEAK and i not in fields.values()), None)
        levels = [v for k, v in fields.items() if k in ("level1", "level2")]
        if at is not None and levels and all(v < at for v in levels) and \
                all(at < v for k, v in fields.items() if k not in ("level1", "level2")):
            # right of the named level columns and left of every value: the innermost level, the name
            # (一级指标 | 二级指标 | 考核指标 | 分值 …, 891), not the national template's block label
            fields["level3"] = at
        elif at is not None and all(at < v for v in fields.values()):
            span = min(spans[at], 3) if spans else 1
            levels = ["level1", "level2", "level3"][3 - span:]
            fields.update({name: at + k for k, name in enumerate(levels)})
            weak = span == 1
    if "level3" not in fields and "level2" in fields and "weight" in fields and "score" in fields and \
            "target" not in fields and "actual" not in fields:
        # An evaluation table (项目权重 | 评价内容 | 分值 | 自评分): the innermost level column names
        # the indicator, and an unnamed column left of it groups the criteria with their points, the
        # level above them. Not level 1: 046 sets 项目决策 2分 beside 项目绩效 85分 in that column, and
        # 项目绩效 holds the rows its own header calls 一级指标 (产出指标 40分). Read before a spanning label is
        # spread over the levels (below): 1198's 评价内容 spans the three level columns of the 项目绩效 header under
        # it, and its criteria cells span them too — one column of names, not 一级 | 三级.
        fields["level3"] = fields.pop("level2")
        left = fields["level3"] - 1
        if "level1" not in fields and left >= 0 and left not in fields.values() and bare(header[left]):
            fields["level2"] = left
    for name, inner in (("level2", ["level1", "level2"]), ("level3", ["level1", "level2", "level3"])):
        # a level label over several columns (评价内容 over 产出目标 | 数量目标) heads the levels above
        # it too, itself the innermost
        at = fields.get(name)
        span = min(spans[at], len(inner)) if spans and at is not None and at < len(spans) else 1
        if span > 1 and all(k not in fields for k in inner[-span:-1]):
            fields.update({k: at + j for j, k in enumerate(inner[-span:])})
    if "level3" not in fields and "target" in fields and "actual" in fields and \
            any(k in fields for k in ("level1", "level2")):
        # the one unnamed column between the level columns and the target names the indicator
        # (评价内容 | 绩效内容 | 绩效目标值 | 实际完成值: 绩效内容 is no known word for it)
        left = max(fields[k] for k in ("level1", "level2") if k in fields)
        between = [c for c in range(left + 1, fields["target"]) if c not in fields.values()]
        if len(between) == 1 and bare(header[between[0]]) and not HAS_DIGIT.search(header[between[0]]):
            fields["level3"] = between[0]
    if "level3" not in fields and "target" in fields and "actual" in fields and \
            not any(k in fields for k in ("level1", "level2")):
        # the one text left of the values a level-2 name (数量指标 | 年度指标值 | 实际完成值, 1137: a
        # table per level-2 group, its name where forms write 三级指标): that column names the rows
        lead = [c for c in range(min(fields.values())) if bare(header[c])]
        if len(lead) == 1 and canonical_level2(header[lead[0]])[0] is not None:
            fields["level3"] = lead[0]
    if "level3" not in fields and "target" in fields and "actual" in fields and \
            len(lone := [k for k in ("level1", "level2") if k in fields]) == 1:
        # the one level column and no other before the values (评价指标 | 分值 | 指标值 | 实际完成值, 849):
        # nothing else names the rows, so it does; its numbered rows (一、项目决策) are the levels
        fields["level3"] = fields.pop(lone[0])
    for one, other in (("level1", "level2"), ("level2", "level1")):
        if one in fields and other not in fields and _names_both_levels(header[fields[one]]):
            fields[other] = fields[one]   # 一级指标⏎二级指标 in one cell: its cells stack the two (_split_levels)
    if "level2" in fields and "level3" not in fields and _names_level2_then_name(header[fields["level2"]]):
        # 二级指标：三级指标 (1982): the names, each led by its level 2 (tables._level2_led, level2_lead)
        fields["level3"] = fields.pop("level2")
    # (not a weight a revised one replaced: 原分值 | 调整后分值 are one weight set and reset, the revised assessed)
    replaced = _superseded(header)
    weights = [k for k, raw in enumerate(header) if header_field(raw, set()) == "weight" and k not in replaced]
    if len(weights) > 1 and "level3" in fields and (after := [k for k in weights if k > fields["level3"]]):
        # 分值 beside every level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值, 747): each level's own
        # points; the row's weight is the one beside the indicator's name
        fields["weight"] = after[0]
    c = _Cols(**fields)
    # A scoring-criteria table (部门整体 评价: 指标分值, 评分标准, 自评得分) has no 目标值 / 完成值; nor has
    # one that writes the points taken off (分值 | 评分标准 | 扣分): its score is the weight less them.
    criteria = c.weight is not None and (c.score is not None or c.deduction is not None)
    if c.level3 is None or (c.target is None and c.actual is None and not criteria):
        return None
    if c.level1 is None and c.level2 is None and (c.target is None or c.actual is None):
        return None    # without level columns, only a table of targets and results is one
    if weak and (c.level1 is not None or c.level2 is not None or c.target is None or c.actual is None):
        return None
    return c


# The mark between two heads written in one cell (二级指标：三级指标, 二级指标／三级指标): a colon or a pair mark.
HEAD_PAIR = re.compile(r"\s*[：:／/—―－\-·>＞→›»〉]+\s*")


def _names_level2_then_name(text: str) -> bool:
    """A header cell naming a level 2, a mark and then the indicator's name (二级指标：三级指标, 二级指标／指标名称):
    the column of names each led by its level 2 (数量指标：X, level2_lead). Without a mark the cell is one head
    (二级指标名称 names the level 2)."""
    parts = HEAD_PAIR.split(header_words(text), maxsplit=1)
    return len(parts) == 2 and header_field(parts[0], set()) == "level2" and \
        header_field(parts[1], {"level2"}) == "level3"


def _names_both_levels(text: str) -> bool:
    """A header cell naming level 1 and then level 2 (一级指标⏎二级指标, 一级指标二级指标 where a PDF
    lost the line break): one column holding both levels, each cell stacking the two."""
    words = header_words(text)
    return any(header_field(words[:i], set()) == "level1" and header_field(words[i:], {"level1"}) == "level2"
               for i in range(2, len(words) - 1))
