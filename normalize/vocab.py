"""The canonical indicator hierarchy and the words that recognise tables and rows."""
from __future__ import annotations

from functools import lru_cache
import unicodedata

import regex as re

from jixiao.extract import normalize_ws
from jixiao.extract.labels import GRADE_NOUN, bare, points_note   # the label grammar sits below both layers (extract.labels)

from .outline import CODE_BEFORE_NAME, ITEM, list_mark

LEVEL1 = {
    "产出指标": ["产出指标", "产出", "项目完成指标", "项目完成"],
    "效益指标": ["效益指标", "效益", "项目效益指标", "效果指标"],
    "满意度指标": ["满意度指标", "满意度", "服务对象满意度"],
    "成本指标": ["成本指标"],
    # Evaluation-style tables (DOMAIN.md: 决策 / 过程 (管理) / 产出 / 效益, e.g. 10/25/30/35; the
    # older 投入 / 过程 / 产出 / 效果 framework): Shandong and Anhui 评价 tables, Hebei 评价指标表.
    "决策指标": ["决策指标", "决策", "项目决策"],
    "过程指标": ["过程指标", "过程", "项目过程", "管理指标", "管理", "项目管理", "过程管理"],
    "投入指标": ["投入指标", "投入", "项目投入"],
}
# The evaluation framework's level 2 (财预〔2020〕10号 共性指标框架: 决策 — 项目立项 / 绩效目标 / 资金投入;
# 过程 — 资金管理 / 组织实施): matched exactly, as names of their own (they are not the national
# template's 数量 / 质量 …). Their level-3 names are free text.
FRAMEWORK_LEVEL2 = {
    "项目立项": ("决策指标", ["项目立项", "立项"]),
    "绩效目标": ("决策指标", ["绩效目标"]),
    "资金投入": ("决策指标", ["资金投入"]),
    "决策依据": ("决策指标", ["决策依据"]),
    "资金管理": ("过程指标", ["资金管理"]),
    "组织实施": ("过程指标", ["组织实施", "项目实施", "业务管理", "财务管理"]),
}
LEVEL2 = {
    # 产出数量 / 产出质量 …: Shanxi 2021 (吕梁山护工培训 table). 进度指标: Hubei's template (042, 黄冈)
    # names timeliness so; run together with a name, no rule tells a label the vocabulary lacks from it.
    "数量指标": ("产出指标", ["数量指标", "数量", "产出数量", "产出数量指标"]),
    "质量指标": ("产出指标", ["质量指标", "质量", "产出质量", "产出质量指标"]),
    "时效指标": ("产出指标", ["时效指标", "时效", "产出时效", "产出时效指标", "进度指标"]),
    "成本指标": ("产出指标", ["成本指标", "成本", "产出成本", "产出成本指标"]),
    "经济效益指标": ("效益指标", ["经济效益指标", "经济效益", "经济指标"]),
    "社会效益指标": ("效益指标", ["社会效益指标", "社会效益", "社会指标"]),
    "生态效益指标": ("效益指标", ["生态效益指标", "生态效益", "生态指标", "环境效益指标"]),
    "可持续影响指标": ("效益指标", ["可持续影响指标", "可持续影响", "可持续指标"]),
    "服务对象满意度指标": ("满意度指标", ["服务对象满意度指标", "服务对象满意度", "满意度指标", "满意度",
                                   "服务对象", "具体指标"]),
    "经济成本指标": ("成本指标", ["经济成本指标", "经济成本"]),
    "社会成本指标": ("成本指标", ["社会成本指标", "社会成本"]),
    "生态环境成本指标": ("成本指标", ["生态环境成本指标", "生态环境成本"]),
}

# What the 2018-2020 national template placed under another level 1 and the 2021 one made a level 1 of its
# own: cost under 产出指标, satisfaction under 效益指标. A level-1 cell merged down over such a level 2 means it.
OLDER_LEVEL1 = {"成本指标": "产出指标", "满意度指标": "效益指标"}


_POINTS_AT_END = re.compile(r"\d+(?:\.\d+)?分$")
# An English gloss after a label's Chinese words (项目名称 Project Name, 自评等级 Rating：优, as forms of
# foreign-loan projects print every label twice): Latin words, no digits, up to the label's colon or end.
_GLOSS = re.compile(r"(?<=[\p{Han}）)])\s*[A-Za-z][A-Za-z'’&.,/()\-\s]*?(?=\s*(?:[：:]|$))")


_COLON = re.compile(r"[：:]")


def without_gloss(label: str) -> str:
    """A label cell's text without an English gloss after its Chinese words (a value after the
    label's colon kept as written)."""
    m = _COLON.search(label)
    head, tail = (label[:m.start()], label[m.start():]) if m else (label, "")
    return _GLOSS.sub("", head) + tail


# A cell that repeats the cell above it: the ditto mark (〃, ″, a straight or full-width quote) typed
# once or twice, or the words 同上 / 同前.
_DITTO = re.compile(r"^(?:[〃″\"＂]{1,2}|同[上前])$")


def is_ditto(text: str | None) -> bool:
    """Whether a cell says only 'the same as the cell above' (〃, 同上)."""
    return bool(_DITTO.match(normalize_ws(text or "").replace(" ", "")))


def level_forms(raw: str) -> list[str]:
    """A level cell's name and its shorter forms, by a small grammar rather than more variants:
    points written without brackets (项目决策 2分), a 项目 prefix (项目产出, 项目效益) and an 指标
    suffix dropped, and an item number or outline code before it (3.满意度指标, 1.1数量指标: the template's
    ordering) too."""
    b = bare(raw)
    forms = [b]
    stem = _POINTS_AT_END.sub("", b)
    if (m := ITEM.match(stem) or CODE_BEFORE_NAME.match(stem)) and len(stem) > m.end():
        stem = stem[m.end():]
    for f in (stem, stem[2:] if stem.startswith("项目") and len(stem) > 3 else ""):
        if f and f not in forms:
            forms.append(f)
        if f.endswith("目标") and len(f) > 3:
            # 产出目标 / 数量目标 where other forms say 产出指标 / 数量指标 (Fujian 定量目标 tables)
            forms += [g for g in (f[:-2] + "指标", f[:-2]) if g not in forms]
        elif f.endswith("指标") and len(f) > 3 and f[:-2] not in forms:
            forms.append(f[:-2])
        elif f and not f.endswith("指标") and f + "指标" not in forms:
            forms.append(f + "指标")
    return forms


def level_stem(raw: str) -> str:
    """A level cell's name as written, without its points (规划(15分), 履职效能 30分 -> 规划, 履职效能)."""
    return _POINTS_AT_END.sub("", bare(raw)).strip()


# A drawn mark opening a name (a tree's disclosure triangle ▾ / ▸, a bullet OCR read as ▼ ■ ●): no part of it.
DRAWN_MARK = re.compile(r"^\s*\p{So}+\s*")


def unnumbered_level(raw: str) -> str:
    """A level cell's name as written, without its points and the item number or outline code the template
    opens it with (1.1数量指标, 2.社会效益指标 -> 数量指标, 社会效益指标), or an outline's Chinese ordinal
    (（一）数量指标, 三、社会效益指标, a heading line's), or a drawn mark before it (a tree grid's expander ▾数量指标,
    1916): the name the level is known by."""
    stem = DRAWN_MARK.sub("", level_stem(raw))
    m = ITEM.match(stem) or CODE_BEFORE_NAME.match(stem)
    if m and len(stem) > m.end():
        return stem[m.end():].strip()
    mark = list_mark(stem)
    return mark[1] if mark and mark[0] in ("cn、", "(cn)") and mark[1] else stem


@lru_cache(maxsize=1 << 14)   # the vocabulary is fixed: asked of every level cell by every reading of it
def exact_level_name(raw: str, level: int) -> bool:
    """A level cell whose name, without its points, is one of the vocabulary's forms of a level-1
    (level 1) or level-2 (level 2) name as it stands (not a longer name ending in one)."""
    tables = (LEVEL1,) if level == 1 else (LEVEL2, FRAMEWORK_LEVEL2)
    stem = level_stem(raw)
    return any(stem in (v if level == 1 else v[1]) for table in tables for v in table.values())


@lru_cache(maxsize=1 << 14)   # the vocabulary is fixed: a label's level names are read once
def canonical_level1(raw: str) -> str | None:
    for b in level_forms(raw):
        for name, variants in LEVEL1.items():
            if b in variants:
                return name
    return None


@lru_cache(maxsize=1 << 14)
def canonical_level2(raw: str, level1: str | None = None) -> tuple[str | None, str | None]:
    """(canonical level 2, its level 1). 成本指标 under 成本指标 is the 2021+ template's 经济成本."""
    b = bare(raw)
    forms = level_forms(raw)
    for name, (parent, variants) in FRAMEWORK_LEVEL2.items():
        if any(f in variants for f in forms[:2]):
            # the level 1 is taken from its own cell: frameworks differ in what they put above
            # these (决策 or 规划; 过程 or 管理), so the parent is not assumed
            return name, None
    if b not in [v for _, vs in LEVEL2.values() for v in vs]:
        b = next((f for f in forms[1:2] if f in [v for _, vs in LEVEL2.values() for v in vs]), b)
    for name, (parent, variants) in LEVEL2.items():
        if b in variants:
            if level1 == "成本指标" and parent == "产出指标":
                return "经济成本指标", "成本指标"
            if level1 == "效益指标" and b in ("满意度指标", "满意度"):
                # the 2018-2020 national template puts 服务对象满意度指标 under 效益指标
                return name, level1
            if level1 and level1 != parent and b in ("满意度指标", "满意度") and level1 != "满意度指标":
                continue
            return name, parent
    # A slip in the label (社会效益效益指标, seen in Yunnan 2022): the longest variant of four or
    # more characters that the label contains, when only one canonical name has such a variant, and
    # the label is not much longer than it (养老服务对象对养老机构服务质量满意度 is an indicator's name).
    hits = {(name, parent) for name, (parent, variants) in LEVEL2.items()
            for v in variants if len(v) >= 4 and v in b and len(b) <= len(v) + 4}
    if len(hits) == 1:
        return hits.pop()
    return None, None


# Level-2 names a scan's cell one character off may be read as (250's 社会效益指, 251's 服务对象满息度指标):
# the template's closed set, only names of six characters or more (one character in six is a misread,
# not another word: 效率指标 is a real level one off 效益指标), each two edits or more from every other
# level's forms (tests/test_normalize.py checks the whole vocabulary).
NEAR_LEVEL2 = tuple(name for name in LEVEL2 if len(name) >= 6)


# A level-2 label's names as written, each exactly (数量, 产出数量指标).
LEVEL2_NAMES = {v for _, variants in LEVEL2.values() for v in variants}


def level2_label(text: str) -> bool:
    """A level-2 label as written in a label cell; a long phrase that merely contains one
    (社会公益服务无经济效益) is an indicator's name, not a label."""
    b = bare(text)
    return b in LEVEL2_NAMES or canonical_level2(b)[0] is not None and len(b) <= 8


def level_label(text: str) -> bool:
    """A level-1 or level-2 label as written in a label cell."""
    return canonical_level1(text) is not None or level2_label(text)


def one_off(a: str, b: str) -> bool:
    """Whether two names differ by exactly one character changed, lost or added."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[k + (len(a) == len(b)):] == b[k + 1:]


def near_level2(raw: str) -> tuple[str, str] | None:
    """(level 2, its level 1) for a scanned level cell one character off one of NEAR_LEVEL2's names and
    off no form of any other level; None where it is not, or is as near another."""
    stem = level_stem(raw)
    forms = [*((name, v) for name, vs in LEVEL1.items() for v in vs),
             *((name, v) for table in (LEVEL2, FRAMEWORK_LEVEL2) for name, (_, vs) in table.items() for v in vs)]
    near = {name for name, v in forms if one_off(stem, v)}
    if len(near) == 1 and (name := near.pop()) in NEAR_LEVEL2:
        return name, LEVEL2[name][0]
    return None


# A score written as a rate of the row's weight: 得分率, 评分比例 (a head noun 率 / 比例 after 得分 / 评分).
SCORE_RATE = re.compile(r"^(?:指标)?(?:得分|评分)(?:率|比率|比例)$")
# One scorer's points (专家评分, 单位自评分, 复核分, 组长打分): the head noun 评分 / 打分 / …分 after who gave them.
# Beside a 最终得分 or another scorer's column, an opinion of the score: never a target, result or weight.
_SCORER_POINTS = r"评分|打分|评定分|自评分|复核分|审核分|核定分"
SCORER_SCORE = re.compile(rf"^\p{{Han}}{{1,6}}(?:{_SCORER_POINTS})$")
# A header naming a score by its head noun (得分 / 评分 / …分 after who or how: 复核得分, 核定得分,
# 评审得分, 专家评分): a column of points, whichever scorer gave them. Not a rate (得分率) nor a
# method or note about the score (得分说明): those end in another noun.
SCORE_HEAD = re.compile(rf"^\p{{Han}}{{0,6}}(?:得分|{_SCORER_POINTS})值?$")
# The head noun alone (得分, 评分): a header that names no scorer, which a note's longer phrase naming some
# other points (以问卷评分为准: how an indicator is measured) does not name.
SCORE_NOUN = re.compile(rf"^(?:得分|{_SCORER_POINTS})值?$")
# Which of two figures counts, in a note's words: 以复核得分为准 (the thing named between 以 and 为准).
AUTHORITY = re.compile(r"以([^，。；,;：:]{1,12}?)为准")


# A level's points, not its names (一级指标分值, 二级指标权重): a level's header words, then a noun of what
# the level is worth.
LEVEL_POINTS = re.compile(r"级(?:绩效)?指标(?:分值|权重|分数|满分)$")


# Indicator-table columns by their header words, one generic reader for every template. A
# column goes to the first field (in this order) whose words match and that is not taken yet.
# "has": the header contains one of them; "exact": it is one of them; "starts" / "ends": it
# starts / ends with one of them; "grammar": it matches the pattern; "not": it must contain none of them;
# "unless": it must not match the pattern (a head noun that makes the words another column's).
INDICATOR_HEADERS: list[tuple[str, dict]] = [
    # Chongqing: 得分 = 得分系数(%) × 指标权重, and 是否核心指标. Before "score" (得分…).
    # 得分率（%） (Hunan, beside 权重 with no 得分): its head noun is a rate, not points; the score is
    # 权重 × 得分率 (table_cells._rated), as 得分系数's is.
    ("coefficient", {"has": ["得分系数"], "grammar": SCORE_RATE}),
    ("core", {"has": ["核心指标"]}),
    # Hebei: 折算得分 = 得分 × 权重占比. Before "weight" (权重…) and "score".
    ("weight_share", {"has": ["权重占比"]}),
    ("converted_score", {"has": ["折算得分"]}),
    # 评价指标 / 评价内容: Hebei 决算 评价指标表 (目标值 and 分值 only).
    # Not a level's points (一级指标分值 merged beside 一级指标 down its group, 308, 1339; 三级指标分值): the head
    # noun is the points, the level's names are in the column its own header names (LEVEL_POINTS).
    ("level1", {"has": ["一级指标"], "exact": ["评价指标", "一级"], "unless": LEVEL_POINTS}),
    # 指标类型 / 指标类别: one column for the kind, holding a level-2 name (数量指标) or a level-1
    # name (产出指标); the row reader tells which.
    ("level2", {"has": ["二级指标"], "exact": ["评价内容", "二级", "指标类型", "指标类别", "指标分类"],
                "unless": LEVEL_POINTS}),
    ("level3", {"has": ["三级指标"], "exact": ["指标内容", "指标名称", "绩效指标名称", "具体指标", "三级"],
                "unless": LEVEL_POINTS}),
    # Sichuan 2023 (指标性质: ≥ ≤ = or 正向/反向/定性, 指标值, 度量单位) and Inner Mongolia 决算
    # tables (指标性质, 指标方向 in words: 大于等于/小于等于/等于, 计量单位).
    ("nature", {"has": ["指标性质"], "exact": ["符号", "运算符", "比较符号"]}),
    ("direction", {"has": ["指标方向"], "exact": ["方向"]}),   # 方向 alone heads 正向 / 反向 / 区间 (590)
    ("unit", {"exact": ["度量单位", "计量单位", "单位", "指标单位"]}),
    ("target", {"has": ["计划完成"]}),   # 计划完成值: the plan, though it says 完成
    # 年度目标 / 预期值 / 计划数 / 目标 alone: headers of county and 决算 forms. The grammar: the head
    # 要求 after 目标 / 指标, with a time or plan modifier (a 定性 table's 目标要求 | 完成情况); not
    # 目标任务, which evaluation tables use as a level name (目标任务(15分)), nor 评分要求 (a criterion).
    ("target", {"has": ["目标值", "指标值", "预期指标", "计划值"],
                "exact": ["年度指标", "预期目标", "预期目标值", "年度目标", "预期值", "计划数", "年度计划", "目标"],
                "grammar": re.compile(r"^(?:年度|全年|预期|计划)?(?:目标|指标)要求$"),
                "not": ["实际", "完成", "上年", "去年", "上期", "以前年度"]}),
    # Not the block label 年度绩效指标完成情况 (Anhui) that heads the table's first column; not a
    # plan (计划完成值 is the target).
    ("actual", {"has": ["实际完成", "完成值", "实际值", "完成指标值", "完成情况", "达到值", "实现值", "达成值"],
                "exact": ["实际", "实际数", "完成数", "全年完成", "实际结果"],
                # not last year's result (上年实际完成值 beside this year's: Fujian, Guangdong forms)
                "not": ["绩效指标", "总体目标", "计划", "上年", "去年", "上期", "以前年度"]}),
    # A weight with a modifier of when it was set (原分值 / 调整后分值 side by side when points are moved at
    # mid-year, 年初权重, 变更后分值): still the weight's column; which of two is assessed is the revised
    # one's (indicator_header: a revised header replaces the other of its role, whose cells go to the note).
    ("weight", {"starts": ["分值", "权重", "指标权重", "指标分值"], "exact": ["满分", "满分值", "标准分", "标准分值"],
                "grammar": re.compile(r"^(?:原定?|原始|年初|调整[前后]|变更[前后]|修订[前后]|修改[前后]|调后)"
                                      r"(?:指标)?(?:分值|权重)")}),
    # 扣分 / 扣减分: the points taken off, never the score (Inner Mongolia forms write 扣分 | 扣分原因
    # where others write 得分): the score is the weight less it (table_cells._deducted).
    ("deduction", {"starts": ["扣分", "扣减"], "not": ["原因", "说明", "标准", "依据", "理由", "情况", "方法"]}),
    # 自评分 beside 复核分 (evaluation tables, DOMAIN.md): the self-assessed score is the score; the
    # reviewer's 复核分 is left unread rather than taken for it.
    # Any "…得分" (考评得分, 绩效得分, 单位自评得分) but a method or standard column (得分计算方法,
    # Shandong) and the Hebei / Chongqing columns matched above.
    ("score", {"starts": ["得分", "自评得分", "自评分"], "ends": ["得分", "得分值"],
               "exact": ["评分", "分数", "实际得分", "考核得分", "评价得分", "实得分", "考核分"],
               "not": ["方法", "标准", "说明", "依据", "复核"]}),
    # 扣分理由 / 评分理由 (745): why points were taken off, the reason's other head noun. Not a measure of the
    # gap (偏差值, 偏差率, 偏离度: the head noun 值 / 率 / 度 …, 542, 1338's +1.2万亩 / -6元, 138's -4.00%): its
    # cells are figures, the reason is in the column whose head says 原因 (偏差原因分析 beside it). Nor a grade
    # or class of the gap (偏差等级, 偏差级别, 偏差类型: 无偏差 / 较大偏差, which say how far, not why) nor the
    # gap a target allows (允许偏差, 容许偏差, 偏差范围: ±5%, 0, a tolerance written beside the target, 1441):
    # the head noun or the modifier says what the cells are, and none of them is a reason.
    ("reason", {"has": ["原因", "偏差", "理由"],
                "unless": re.compile(r"(?:偏差|偏离)(?:值|率|度|量|额|数|幅度|等级|级别|类型|类别|范围|区间|限值?)$"
                                     r"|^(?:允许|容许|可接受|容忍)的?(?:偏差|偏离)")}),
]

# A level column named by its depth (一级指标, 二级, 四级指标, 3级指标): the hierarchy's level as a
# number. A form may go deeper than the three levels the record keeps (一级 … 四级指标): the
# deepest then names the indicator (indicator_header._deepest_level).
_LEVEL_ORDINAL = re.compile(r"^(?P<n>[一二三四五六七八九]|[1-9])级(?:绩效)?指标(?:名称)?$|^(?P<n>[一二三四五六七八九])级$")


def level_ordinal(text: str) -> int | None:
    """The depth a level column's header names (四级指标 -> 4), else None."""
    m = _LEVEL_ORDINAL.match(header_words(text))
    if m is None:
        return None
    n = m.group("n")
    return int(n) if n.isdigit() else "一二三四五六七八九".index(n) + 1


# A column that names the indicator in a table without level columns (绩效指标 | 年度指标值 |
# 实际完成值): taken only when no column says 三级指标 / 指标名称, since the national template
# heads its block label column 绩效指标 too.
LEVEL3_WEAK = ("绩效指标", "指标", "考核指标", "绩效指标名称及内容")

# What the 指标性质 / 指标方向 cells say, as an operator to put before the 指标值.
DIRECTION_OPS = {"正向": "≥", "反向": "≤", "大于等于": "≥", "小于等于": "≤", "等于": "=", "大于": ">", "小于": "<",
                 "不低于": "≥", "不少于": "≥", "不高于": "≤", "不超过": "≤", "≥": "≥", "≤": "≤", "=": "=", "＝": "=",
                 "≧": "≥", "≦": "≤", ">=": "≥", "<=": "≤", ">": ">", "<": "<", "＞": ">", "＜": "<", "＞＝": "≥",
                 "＜＝": "≤"}
# Words a 指标性质 / 指标方向 cell holds besides operators: a polarity or a kind, never an operator
# (024 writes 正向 beside 等于 and beside 小于等于).
# 区间 (within a range) is the third direction the forms' notes define beside 正向 / 反向 (590's 注); no
# grammar tells these words from a unit, so they are listed.
NATURE_WORDS = frozenset({"定性", "定量", "正向", "反向", "正向指标", "反向指标", "定性指标", "定量指标", "区间", "区间指标"})
# The two kinds of indicator (定量: judged by a figure, 定性: in words): QUALITATIVE_KIND says a row is judged in
# words; a header writing one value column per kind (年度指标值 over 定量 | 定性) names both (tables._kind_columns).
QUALITATIVE_KIND = frozenset({"定性", "定性指标"})
QUANTITATIVE_KIND = frozenset({"定量", "定量指标"})
# The operator a polarity stands for where a table writes its comparisons nowhere else (tables:
# _polarity_gives_operators): 正向, the larger the better, a floor; 反向, the smaller the better, a ceiling.
POLARITY_OPS = {"正向": ">=", "正向指标": ">=", "反向": "<=", "反向指标": "<="}


def arrow_polarity(text: str) -> str | None:
    """正向 / 反向 for a cell that is one arrow or pointer pointing up / down (↑ ⬆ ▲ for the larger the better,
    ↓ ⬇ ▼ for the smaller: 1406's 方向 column), by the character's Unicode name (UPWARDS / UP-POINTING /
    NORTH against DOWNWARDS / DOWN-POINTING / SOUTH, an ARROW or a TRIANGLE), not a list of glyphs; a
    two-way arrow (↕) or anything else None."""
    t = bare(text or "")
    if len(t) != 1:
        return None
    name = unicodedata.name(t, "")
    if "ARROW" not in name and "TRIANGLE" not in name:
        return None
    up = any(w in name for w in ("UPWARDS", "UP-POINTING", "NORTH"))
    down = any(w in name for w in ("DOWNWARDS", "DOWN-POINTING", "SOUTH"))
    return None if up == down else "正向" if up else "反向"


def polarity_word(text: str) -> str | None:
    """The polarity or kind a 指标方向 / 指标性质 cell writes (正向, 定性; an arrow as the word it stands
    for), else None."""
    t = bare(text or "")
    return t if t in NATURE_WORDS else arrow_polarity(t)


# A bracketed note in a header: a formula (B/A×100%), a unit (万元), a description (文字描述),
# a letter naming the column (A), points (20分). The head words are what is outside.
_HEADER_NOTE = re.compile(r"[（(][^（()）]*[)）]")
# An Excel pivot's caption of a value field: the aggregate (Excel's own names for its summary functions)
# then the field (求和项:分值, 平均值项：得分, Sum of 分值): the field names the column.
_PIVOT_AGGREGATE = re.compile(r"^(?:(?:求和|计数|数值计数|平均值|最大值|最小值|乘积|(?:总体)?(?:标准偏差|方差))项\s*[:：]"
                              r"|(?:Sum|Count|Average|Max|Min|Product)\s*of)\s*(?=\S)", re.I)


# The template's fields as a system names them in English (an export's field names, a log's parameters: the
# form's words as ASCII names must be): each the Chinese header word that names the same field, read as that
# word where a record's or a table's names are all codes and those the vocabulary lacks name no figures
# (coded_columns.english_paragraphs / english_view: a record named in part is left to the figures' reading whole).
# Matched whole, letter case and the separators of a compound name (budget_initial, budgetInitial,
# Budget-Initial) aside; a bare word no field owns alone (name, value, unit, source) is left to the cells.
ENGLISH_HEADS = {
    "level1": "一级指标", "level2": "二级指标", "level3": "三级指标", "indicator": "三级指标",
    "indicatorname": "三级指标", "target": "年度指标值", "targetvalue": "年度指标值", "actual": "实际完成值",
    "actualvalue": "实际完成值", "weight": "分值", "score": "得分", "reason": "偏差原因",
    "budgetinitial": "年初预算数", "budgetyear": "全年预算数", "budgetfullyear": "全年预算数",
    "executed": "全年执行数", "execrate": "执行率", "executionrate": "执行率",
    "totalscore": "自评总分", "totalweight": "满分", "grade": "自评等级",
    "project": "项目名称", "projectname": "项目名称", "department": "主管部门", "agency": "实施单位",
}
_ENGLISH_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")


def english_head(text: str) -> str | None:
    """The Chinese header word an English field name stands for (ENGLISH_HEADS), else None."""
    t = text.strip()
    if not _ENGLISH_NAME.match(t):
        return None
    return ENGLISH_HEADS.get(re.sub(r"[_\-]", "", t).lower())


def header_words(text: str) -> str:
    """A header cell's words without its bracketed notes (预算执行率(B/A×100%) -> 预算执行率) or a pivot's
    aggregate (求和项:分值 -> 分值); a cell that is all brackets keeps its words."""
    t = _PIVOT_AGGREGATE.sub("", bare(text))
    stripped = _HEADER_NOTE.sub("", t)
    return stripped or t


# A column of completion rates, the result over the target in percent (完成率, 指标完成率, 目标达成率（%）):
# the head noun a rate (率 / 比例 / 程度) of completing. Not a field of the indicator's own: the row
# reader keeps its cell beside the result it restates (tables.completion_column).
COMPLETION_HEAD = re.compile(r"(?:完成|达成|实现)(?:率|比例|程度)$")


def completion_header(text: str) -> bool:
    return bool(COMPLETION_HEAD.search(header_words(text)))


# What ends the key of a key：value line: a colon, or the closing bracket of a key written in brackets
# (an approval message's fields: 【自评等级】优, 【项目名称】X), a key as much as one before a colon.
KEY_END = r"(?:[：:]|】)"

# The brackets (and the colon) a line naming indicator levels stands in between tables of rows
# (【产出指标·数量指标】, [数量指标]): stripped before the level grammar reads the line.
GROUP_MARKS = "【】[]〖〗 ：:"


def header_field(text: str, taken: set[str]) -> str | None:
    """The indicator-table field a header cell names (see INDICATOR_HEADERS), or None."""
    # asked some million times a reading, nearly always with nothing taken: no new frozenset for those
    return _header_field(text, frozenset(taken) if taken else _NOTHING_TAKEN)


_NOTHING_TAKEN: frozenset[str] = frozenset()


# A row label saying which value of an indicator written on two rows the row holds (类别: 目标值 /
# 实际值): a header word for the role, or the bare stem a row label writes without its 值 (预期 /
# 计划 / 目标 the intent; 实际 / 完成 / 实现 / 达成 the result), which header_field leaves to a
# column's fuller words (完成 alone heads no column). The same grammar tells a label run into its value
# (目标≥100亩实际102亩: quantity._run_together_pair).
_ROLE_STEM = (("target", re.compile(r"^(?:年度|全年)?(?:(?:预期|计划|目标)(?:值|数)?|指标(?:值|数))$")),
              ("actual", re.compile(r"^(?:实际(?:完成|实现|达成)?|完成|实现|达成)(?:值|数|情况)?$")))


def value_role(text: str) -> str | None:
    """"target" or "actual" for a short cell naming a value's role (目标值, 实际, 计划, 完成), else None."""
    t = header_words(text)
    if not t or len(t) > 6:
        return None
    field = header_field(t, set())
    if field in ("target", "actual"):
        return field
    return role_stem(t)


def role_stem(text: str) -> str | None:
    """"target" or "actual" for a word that is a role's label and nothing else (目标, 年度指标值, 实际完成值),
    by the label grammar alone: no header's modifier before it (a unit run into a label, 亩实际, is none)."""
    return next((role for role, grammar in _ROLE_STEM if grammar.match(text)), None)


# A header's head noun is its last word: one that names the basis or an explanation of a value
# (指标值确定依据, 目标值来源, 完成值说明) heads a column of prose about the value, not the value; one that
# names its kind (指标值类型, 数值类别) heads the labels of the values' roles (年度指标值 / 实际完成值 on an
# indicator's two rows: _row_pairs), not a value either.
_ABOUT_HEAD = re.compile(r"(?:依据|来源|说明|解释|类型|类别)$")
_VALUE_FIELDS = frozenset({"target", "actual", "weight", "score"})

# A column of scoring-method or standard text (得分计算方法, 评分标准, 计分方法, 指标说明, 指标解释,
# 评分细则): the head noun a way of judging or an explanation, a few words of modifier before it. Its
# cells hold conditions and formulas (完成值达到指标值，记满分；…按B/A*该指标分值记分), none of the row's
# figures: no field of the record; a reader of cells run together keeps its text out of the figures.
_METHOD_HEAD = re.compile(r"^\p{Han}{0,4}(?:方法|标准|细则|说明|解释)$")


def method_header(text: str) -> bool:
    """A header cell naming a column of method or standard text, where no field claims it (偏差原因说明
    is a reason, 标准分值 a weight)."""
    t = header_words(text)
    return bool(_METHOD_HEAD.match(t)) and _header_field(t, frozenset()) is None


@lru_cache(maxsize=1 << 16)   # asked for every cell of every candidate header row, again and again
def _header_field(text: str, taken: frozenset[str]) -> str | None:
    t = header_words(text)
    if not t:
        return None
    about = bool(_ABOUT_HEAD.search(t))
    for field, spec in INDICATOR_HEADERS:
        if field in taken or about and field in _VALUE_FIELDS:
            continue
        if any(w in t for w in spec.get("not", [])) or ("unless" in spec and spec["unless"].search(t)):
            continue
        if any(w in t for w in spec.get("has", [])) or t in spec.get("exact", []) or \
                any(t.startswith(w) for w in spec.get("starts", [])) or \
                any(t.endswith(w) for w in spec.get("ends", [])) or \
                ("grammar" in spec and spec["grammar"].match(t)):
            return field
    return None


_ONE_SLASH = re.compile(r"\s*[/／]\s*")


def joined_fields(text: str) -> tuple[str, str] | None:
    """The two fields a header cell names joined by one slash (分值/得分, 权重 ／ 得分), in the order
    written, where each side alone names a field and the two differ; else None."""
    parts = _ONE_SLASH.split(header_words(text))
    if len(parts) != 2 or not all(parts):
        return None
    first = header_field(parts[0], set())
    second = header_field(parts[1], {first} if first else set())
    return (first, second) if first and second and first != second else None


def stacked_points(text: str) -> tuple[str, str] | None:
    """The weight and the score a header cell names on two lines (分值 ⏎ 得分: the two heads stacked in one
    cell, no slash), in the order written; else None. Only that pair: another head wrapped onto a second
    line (实际 ⏎ 完成值) is one head."""
    lines = [x for x in (text or "").split("\n") if x.strip()]
    if len(lines) != 2:
        return None
    first = header_field(lines[0], set())
    second = header_field(lines[1], {first} if first else set())
    return (first, second) if {first, second} == {"weight", "score"} else None


def run_together_points(text: str) -> tuple[str, str] | None:
    """The weight and the score a header cell names run together on one line (分值得分: a scan's reading of
    分值 ⏎ 得分, its two lines joined), in the order written; else None. The head alone is no evidence the
    column holds both: IndicatorRow reads it so only where every cell is two figures on two lines
    (run_together.run_together_column)."""
    s = bare(text or "")
    for i in range(2, len(s) - 1):
        first, second = header_field(s[:i], set()), header_field(s[i:], set())
        if {first, second} == {"weight", "score"}:
            return first, second
    return None


# A modifier saying a column replaces another of the same role (调整后目标值 beside 年初目标值): the
# head noun gives the role, this modifier which of the two columns holds it. An adjusted or revised
# figure supersedes the initial one whichever stands first.
_REVISED = re.compile(r"调整后|调整|变更后|修订后|修改后|调后")


def revised(text: str) -> bool:
    """A header cell whose modifier says its figure replaces the initial one (调整后目标值)."""
    return bool(_REVISED.search(header_words(text)))


# A target set for the project's whole implementation period, not the year (实施期指标值, 中期目标值, 项目期,
# 全周期; or its span of years, 实施期指标值（2022—2024年）, 2022-2024年目标值): a multi-year project's form
# sets it beside the year's target (年度指标值), and the year's result is assessed against the year's.
_WHOLE_TERM = re.compile(r"实施期|中期|项目期|全周期|(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)?\d{2}\s*年")


def whole_term(text: str) -> bool:
    """A header cell naming the project's whole implementation period (实施期指标值（2022—2024年）), its
    brackets read too: the span of years is often written there."""
    return bool(_WHOLE_TERM.search(bare(text)))


# A period of the year as a column heading under a value's spanning heading (完成情况 over 一季度 …
# 全年): a part (a quarter, a half, a month or a run of months) or the whole (全年, 年度, or the sum of
# the parts: 合计 / 累计 / 总计), optionally followed by the value's word (全年完成, 一季度实际).
_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_PERIOD_TAIL = r"(?:完成|实际|实际完成|完成值|实际值|完成数|实际数|实际完成值|实际完成数|情况|完成情况)?"
_PART_PERIOD = re.compile(rf"^(?:第?[一二三四1-4]季度|[Qq][1-4]|[上下]半年|{_MONTH}月份?|"
                          rf"{_MONTH}\s*[-—–~～至]\s*{_MONTH}月){_PERIOD_TAIL}$")
_WHOLE_PERIOD = re.compile(rf"^(?:全年|年度|本年|(?:全年|年度|本年)?(?:合计|累计|总计)|1\s*[-—–~～至]\s*12月)"
                           rf"{_PERIOD_TAIL}$")


# A part of the year leading a result column's header (1-6月实际完成值, 截至9月完成值, 上半年完成情况,
# 前三季度实际): the result so far, as a mid-year monitoring form (绩效运行监控) states it, not the
# year's. 1-12月 is the whole year (_WHOLE_PERIOD) and no part.
_PART_LEAD = re.compile(rf"^(?:(?:19|20)\d{{2}}年度?)?(?:第?[一二三四1-4]季度|前[一二三1-3]季度|[上下]半年|"
                        rf"{_MONTH}\s*[-—–~～至到]\s*{_MONTH}月(?:份)?|截[至止]\s*{_MONTH}月(?:底|末)?)")


def part_of_year(text: str) -> str | None:
    """The part of the year a header (or a column's header stack, joined) says its figures cover,
    as written (1-6月), or None: no part named, or the whole year (1-12月, 截至12月底)."""
    t = header_words(text)
    m = _PART_LEAD.match(t)
    if m is None:
        return None
    lead = re.sub(r"^(?:19|20)\d{2}年度?", "", m.group(0))
    if re.fullmatch(r"(?:1|一)\s*[-—–~～至到]\s*(?:12|十二)月份?|截[至止]\s*(?:12|十二)月(?:底|末)?", lead):
        return None
    return m.group(0)


# A year a header names (2022年完成值, 2023年 over 年度指标值 | 实际完成值): four digits before 年.
_HEADER_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def header_year(text: str) -> int | None:
    """The latest year a header cell (or a column's header stack, joined) names, or None."""
    years = [int(y) for y in _HEADER_YEAR.findall(bare(text))]
    return max(years) if years else None


_YEAR_HEADING = re.compile(r"(?:19|20)\d{2}\s*年度?")


def year_heading(text: str) -> bool:
    """A heading that is a year alone (2021年, 2023年度): a column heading under a spanning one, no figure."""
    return bool(_YEAR_HEADING.fullmatch(bare(text)))


def period(text: str) -> str | None:
    """"whole" for a heading naming the whole year (全年, 合计, 1-12月), "part" for a part of it
    (一季度, 上半年, 3月, 1-6月), None for any other heading."""
    t = header_words(text)
    if _WHOLE_PERIOD.match(t):
        return "whole"
    return "part" if _PART_PERIOD.match(t) else None


# Labels whose neighbouring cell names the project (转移支付 tables name the transfer).
# A label naming the project: …名称 whose head names what a form evaluates (项目 / 转移支付 / 专项, 资金
# only after 专项 or 项目: a bare 资金名称 can head a list of fund sources), an alternative in brackets
# allowed (转移支付(项目)名称, 专项资金名称, 自评项目名称), and a budget system's 预算项目名称 (1852). As a pattern
# (项目名称：X in a line or a spanning row).
# A policy form (政策名称) and a social-insurance fund's form (基金名称) evaluate a policy and a fund.
_NAME_HEAD = r"(?:项目|转移支付|专项|政策|基金)(?:项目|转移支付|专项|资金)*"
NAME_LABEL = rf"(?:(?:自评|预算)?{_NAME_HEAD}(?:[（(]{_NAME_HEAD}[）)])?(?:项目|转移支付|专项|资金)*名称)"
_NAME_LABEL_WHOLE = re.compile(NAME_LABEL)
# A place: a name ending in an administrative level's word (南华县, 城关镇, 黔东南苗族侗族自治州).
PLACE_NAME = r"\p{Han}{1,12}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗|乡|镇|街道)"
# Where a print glues a value to its label (项目名称2023年兰西县…, no colon nor space), the value is
# told from the rest of a longer label by opening a new word: a year, or a place.
GLUED_VALUE = rf"(?=(?:19|20)\d\d\s*年|{PLACE_NAME})"


def name_label(text: str) -> bool:
    """A cell that is wholly a label naming the project (项目名称, 专项资金名称, 转移支付（项目）名称)."""
    return bool(_NAME_LABEL_WHOLE.fullmatch(text or ""))
# The labels a 部门整体 form names the department by, where a project form names the project.
DEPT_NAME_LABELS = ("部门", "部门名称", "部门(单位)名称", "部门（单位）名称", "单位(部门)名称", "单位（部门）名称",
                    "预算部门", "预算单位名称", "部门（单位）")
DEPT_NAME_LABEL = "(?:" + "|".join(map(re.escape, sorted(DEPT_NAME_LABELS, key=len, reverse=True))) + ")"

STOP_LABELS = ("总分", "合计", "偏差", "改进措施", "项目名称", "年度总体目标", "备注", "说明", "主管部门",
               "未完成原因", "原因分析", "预算执行情况", "项目资金", "评价人员", "年度目标完成情况")
# Grade words and the grade they stand for (DOMAIN.md: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60; some
# units write 优秀 / 良好 / 合格 / 不合格 or 一等 … 四等). Longer words first.
GRADE_WORDS = {"不合格": "差", "优秀": "优", "良好": "良", "合格": "中", "一般": "中", "较差": "差",
               "一等": "优", "二等": "良", "三等": "中", "四等": "差", "优": "优", "良": "良", "中": "中", "差": "差"}
# Not a legend of the grades (等级：优（≥90分）、良（80-89分）…). A conclusion's label (自评结论：优) states
# the grade only where its whole value is a grade word (结论：中央资金… is a sentence, not 中).
_GRADE_ALT = "|".join(GRADE_WORDS)
# The grade word itself (captured), not one of a legend: no threshold after it (优（≥90分）) and no other grade
# word listed after it (优/良, 优、良).
# A stated value as a test step asserts it (而且 自评等级应为 "优", 自评总分应为 "99.16"): 应为 / 应是 and the
# value in quotes; 应为 before a bare value (等级应为优 in a rule's wording) is no statement of one.
SHOULD_BE_QUOTED = r"应\s*(?:为|是)(?=\s*[“\"「『'])"
GRADE_WORD = "(" + _GRADE_ALT + r")(?!\s*[（(]?\s*[≥>≧≤<\d])(?!\s*[、/／]\s*(?:" + _GRADE_ALT + "))"
GRADE = re.compile(r"(?:(?:" + GRADE_NOUN + r"|(?:评价|自评|考评|评定)结果|评级)\s*(?:为|是|" + KEY_END + r"|" + SHOULD_BE_QUOTED + r")?|结论\s*[：:](?=\s*(?:" + _GRADE_ALT + r")\s*(?:$|[。；;，,\s])))"
                   r"\s*[“\"「『]?\s*" + GRADE_WORD)


# A letter grade (A / B / C …): one Latin capital, the grammar of a rating scale. What a letter is
# worth is never built in: only a rule the form states scores it (scoring.grade_scores).
_LETTER_GRADE = re.compile(r"[A-Z]")


def grade_like(text: str) -> bool:
    """A cell that is wholly a grade: a grade word (优, 良好, 合格) or a letter grade (A, B, C)."""
    b = bare(text)
    return b in GRADE_WORDS or bool(_LETTER_GRADE.fullmatch(b))


# A choice of boxes, one ticked (□优　☑良　□中　□差, ○合格 ●不合格): each option a box then its word; an empty box
# (□ ☐ ○ ◯) or a ticked one (☑ ☒ ✓ ✔ √ ■ ● ▣ ◉), only boxes, words and spaces.
_BOX = r"[□☐○◯☑☒✓✔√■●▣◉]"
_TICKED = "☑☒✓✔√■●▣◉"
_OPTIONS = re.compile(r"\s*(?:" + _BOX + r"\s*\p{Han}{1,4}\s*[、，,/／]?\s*){2,}")
_OPTION = re.compile(r"(" + _BOX + r")\s*(\p{Han}{1,4})")


def ticked_choice(text: str) -> str | None:
    """The word a row of boxed options ticks (□优　☑良　□中　□差 -> 良): the text only options, exactly one ticked;
    None otherwise (no options, none ticked, or several)."""
    if not _OPTIONS.fullmatch(text or ""):
        return None
    ticked = [w for mark, w in _OPTION.findall(text) if mark in _TICKED]
    return ticked[0] if len(ticked) == 1 else None


def canonical_grade(text: str) -> str | None:
    """The grade (优 / 良 / 中 / 差) a cell or phrase starts with, or the one its boxes tick (ticked_choice); or None."""
    b = bare(ticked_choice(text) or text)
    return next((g for w, g in GRADE_WORDS.items() if b.startswith(w)), None)


# A row naming a part of the indicator above it: 其中 (of which) before its name (其中：兴城渔港): read by
# tables._detail_rows, and by IndicatorRow._merged_points (a points cell over an indicator and its parts is its own).
DETAIL_LEAD = re.compile(r"^其中[:：]?")
