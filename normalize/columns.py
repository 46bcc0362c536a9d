"""Column roles of an indicator table from header words and from the cells themselves.

A real table keeps each column coherent: the cells of one column look alike (operators, figures
with units, 是/否, numbers no larger than the weights beside them, prose). Header words are one
vote; the cells below are another, and the stronger one where the header is new, garbled (OCR's
际实完成值) or missing (a table continued over a page break). Each cell gets a kind (`kind`); each
role says how well each kind fits it (`FIT`); a column's score for a role is its header vote plus
the mean fit of its cells, and the roles are assigned jointly (one role per column, the best
total, `assign`). The same fits align a row whose empty cells were lost (`align_row`): its cells
go to the columns, in order, where they fit best, or the row is left unread.

Template knowledge stays data: header words in vocab.INDICATOR_HEADERS, level names in
vocab.LEVEL1 / LEVEL2, operator words in vocab.DIRECTION_OPS. Nothing here names a province.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

import regex as re

from jixiao.extract import normalize_ws

from .quantity import SYMBOL_UNIT, UNITS, _chinese, name_unit, parse, parse_cell, ratio
from .vocab import (DIRECTION_OPS, GRADE_WORDS, SCORE_HEAD, SCORER_SCORE, bare, canonical_level1, canonical_level2,
                    grade_like, header_field, header_words, points_note, polarity_word)

ROLES = ("level1", "level2", "level3", "nature", "direction", "unit", "target", "actual", "weight", "score",
         "coefficient", "weight_share", "converted_score", "core", "reason", "deduction")

# A cell of nothing said: blank, or only dashes (any of Unicode's dash punctuation, \p{Pd}: - — – － ― …, and
# the minus sign), slashes, stars, dots or 无, as a row with no value for the column is filled in.
EMPTY = re.compile(r"^[\p{Pd}\u2212/／*＊.…。、·无]*$")
STRICT_OPS = (">=", "<=", ">", "<", "approx", "range")
# The kinds of cell (normalize.columns.kind) that are figures: never an indicator's name.
FIGURE_KINDS = ("figure", "opfigure", "number", "percent")
# A header label's points (得分（10分）): the note an indicator's name may carry, 分 written.
WEIGHT_IN_LABEL = re.compile(points_note(named=True))

# How well a cell of each kind fits each role: +3 is what the role holds, -3 what it never holds.
# Kinds: op (an operator or 定性/正向 alone), yesno, level1, level2, figure (a number with an
# operator or a unit), number (bare), percent, textfig (words with digits: a date, 3个工作日内),
# short (≤ 4 characters, no digit: a unit, 好坏, 优), text (prose).
_NEVER = -3.0
FIT: dict[str, dict[str, float]] = {
    "level1": {"level1": 3, "level2": 0.5, "short": -0.5, "text": -1, "textfig": -2, "figure": _NEVER,
               "number": _NEVER, "percent": _NEVER, "op": _NEVER, "yesno": _NEVER},
    "level2": {"level2": 3, "level1": 1, "short": 0.5, "text": 0.5, "textfig": -1, "figure": _NEVER,
               "number": _NEVER, "percent": _NEVER, "op": _NEVER, "yesno": _NEVER},
    "level3": {"text": 2, "short": 1, "textfig": 1.5, "level2": -0.5, "level1": -1, "figure": _NEVER,
               "number": _NEVER, "percent": _NEVER, "op": _NEVER, "yesno": -2},
    "nature": {"op": 3, "short": -1, "text": -2, "figure": -2, "number": -2, "percent": -2, "textfig": -2,
               "level1": _NEVER, "level2": _NEVER, "yesno": -2},
    "unit": {"short": 2, "op": -2, "text": -1.5, "figure": -2, "number": _NEVER, "percent": -2, "textfig": -2,
             "level1": _NEVER, "level2": _NEVER, "yesno": -1},
    "target": {"figure": 2.5, "number": 1.5, "percent": 2, "textfig": 1.5, "short": 0.5, "text": 0.5, "op": -2,
               "level1": _NEVER, "level2": -2, "yesno": 0},
    "actual": {"figure": 2, "number": 2, "percent": 2, "textfig": 1.5, "short": 0.5, "text": 0.5, "op": -2,
               "level1": _NEVER, "level2": -2, "yesno": 0},
    "weight": {"number": 2, "percent": 0, "figure": -1, "textfig": -2, "short": -1.5, "text": -2, "op": _NEVER,
               "level1": _NEVER, "level2": _NEVER, "yesno": -2},
    "score": {"number": 2, "percent": -0.5, "figure": -1, "textfig": -2, "short": -1.5, "text": -2, "op": _NEVER,
              "level1": _NEVER, "level2": _NEVER, "yesno": -2},
    "coefficient": {"percent": 2, "number": 1, "figure": -1, "textfig": -2, "short": -1.5, "text": -2,
                    "op": _NEVER, "level1": _NEVER, "level2": _NEVER, "yesno": -2},
    "weight_share": {"percent": 2, "number": 1, "figure": -1, "textfig": -2, "short": -1.5, "text": -2,
                     "op": _NEVER, "level1": _NEVER, "level2": _NEVER, "yesno": -2},
    "converted_score": {"number": 2, "percent": -0.5, "figure": -1, "textfig": -2, "short": -1.5, "text": -2,
                        "op": _NEVER, "level1": _NEVER, "level2": _NEVER, "yesno": -2},
    "core": {"yesno": 3, "short": -1, "text": -2, "figure": -2, "number": -2, "percent": -2, "textfig": -2,
             "op": _NEVER, "level1": _NEVER, "level2": _NEVER},
    "reason": {"text": 1.5, "textfig": 0.5, "short": 0, "figure": -1, "number": -1.5, "percent": -1, "op": -2,
               "level1": -1, "level2": -1, "yesno": -1},
}
FIT["direction"] = FIT["nature"]
FIT["deduction"] = dict(FIT["score"])   # points taken off look like a score's (0, 0.5, 2)
# A unit alone (人次, %, 万元) and a figure with an operator (≥90%): kinds of their own.
for _role, _fits in FIT.items():
    _fits.setdefault("unit", _fits.get("short", 0.0) - (0 if _role in ("target", "actual") else 1))
    _fits.setdefault("opfigure", _fits.get("figure", 0.0))
FIT["unit"]["unit"] = 3
FIT["unit"]["short"] = 0
FIT["level3"]["unit"] = -2
FIT["target"]["opfigure"] = 3
FIT["actual"]["opfigure"] = 1.5
# Where a role's column usually stands in a form, from left (0) to right (1): a weak prior that
# breaks ties between columns whose cells look alike (a result beside its target, a score at the end).
POSITION = {"level1": 0.0, "level2": 0.12, "level3": 0.25, "nature": 0.4, "direction": 0.4, "target": 0.5,
            "unit": 0.55, "actual": 0.62, "coefficient": 0.75, "weight": 0.75, "score": 0.85, "weight_share": 0.85,
            "converted_score": 0.9, "core": 0.95, "reason": 1.0, "deduction": 0.85}
# Roles only a header word gives: their cells look like a score's or a share's.
HEADER_ONLY = ("direction", "coefficient", "weight_share", "converted_score", "deduction")
# A column headed so holds the rows' numbers (1, 2, 3 …): a key, never a figure of the indicator.
SERIAL_HEADS = ("序号", "编号")
FIGURE_ROLES = ("target", "actual", "weight", "score", "coefficient", "weight_share", "converted_score", "deduction")
# A cell in a column with no role: it may be anything, but an unplaced figure is suspicious.
UNPLACED = -0.5


# Two level names in one cell (产出指标／数量指标, 产出指标-数量指标, 产出指标＞数量指标 as a tree grid's path, 产出指标 › 数量指标
# as a breadcrumb's angle mark, single or double, 1955): level 1, then level 2.
# A run of marks is one parting (产出指标——数量指标: the Chinese dash is two dashes).
LEVEL_PAIR = re.compile(r"\s*[／/—―－\-·>＞→›»〉]+\s*")
# The dash as OCR reads it between two level names (产出指标一数量指标): the numeral one (level_pair).
OCR_DASH = re.compile(r"\s*一+\s*")


# A unit under its own label (单位：公里, 计量单位：%): how a 备注 column may give each row's unit. A 备注
# cell may go on after the unit with a remark, parted by a stop or a bracket (单位：公斤；花期晚霜冻害).
UNIT_LABEL = re.compile(r"^(?:计量|度量)?单位[：:](?P<unit>[^\s；;，,。（(]{1,5})(?:[\s；;，,。（(](?P<rest>.*))?$")


def labelled_unit(text: str) -> str:
    """The unit of a cell that holds one under its label (单位：公里 -> 公里), else ""."""
    m = UNIT_LABEL.match(bare(text))
    return m.group("unit") if m and _known_unit(m.group("unit")) else ""


def unit_remark(text: str) -> str:
    """What a labelled unit's cell says after the unit (单位：公斤；花期晚霜冻害 -> 花期晚霜冻害), else ""."""
    m = UNIT_LABEL.match(bare(text))
    return (m.group("rest") or "").strip(" ；;，,。（）()") if m and _known_unit(m.group("unit")) else ""


def level_pair(text: str) -> tuple[str, str] | None:
    """A level 1 and a level 2 joined in one cell (产出指标-数量指标, 满意度指标／服务对象满意度指标):
    the two names as written, where each side reads as its level by the level grammar, else None."""
    text = normalize_ws(text or "").strip()
    parts = LEVEL_PAIR.split(text)
    if len(parts) == 1:
        # a scan's dash read as 一 (产出指标一数量指标: OCR takes the long dash for the numeral): the parting where
        # each side reads as its level, as the dash's would be
        parts = next(([text[:m.start()], text[m.end():]] for m in OCR_DASH.finditer(text)
                      if canonical_level1(text[:m.start()])), parts)
    if len(parts) != 2 or not all(parts):
        return None
    l1 = canonical_level1(parts[0])
    return (parts[0], parts[1]) if l1 and canonical_level2(parts[1], l1)[0] else None


# Compiled once: kind and name_like are asked of every cell of every candidate row (the regex module's cache
# of pattern strings costs some microseconds a call).
_DIGIT = re.compile(r"\d")
_HAN = re.compile(r"\p{Han}")
_NUMERAL_FIRST = re.compile(r"^[零〇一二两三四五六七八九十百千万]")


@lru_cache(maxsize=65536)
def kind(text: str) -> str:
    """What a cell holds, as one of the kinds FIT scores ("empty" for nothing or a dash). Cached:
    each cell is asked about several times (header check, column roles, row fit, unread count)."""
    t = bare(text)
    if not t or EMPTY.match(t):
        return "empty"
    if t in DIRECTION_OPS or polarity_word(t):
        return "op"
    if t in ("是", "否"):
        return "yesno"
    if labelled_unit(t):
        return "unit"
    if canonical_level1(t):
        return "level1"
    if canonical_level2(t)[0]:
        return "level2"
    if level_pair(t):
        return "level1"     # a level 1 and its level 2 in one cell (产出指标/数量指标): the levels, no name
    q = parse_cell(t)   # a table cell: digits a scan garbled one way (IO for 10) are a figure
    if q.numeric and not _DIGIT.search(t) and len(_HAN.findall(t)) - len(q.unit) >= 4:
        q = parse("")   # words that start with a numeral (一个存储备份器): a name, not a figure
    if not q.numeric and ratio(q).numeric:
        return "percent"    # a share written as a fraction (1/2): a value, as 50% is, never a unit
    if q.numeric:
        if q.op in STRICT_OPS:
            return "opfigure"
        if q.unit and q.unit not in ("%", "分"):
            return "figure"
        return "percent" if q.unit == "%" else "number"
    if len(t) <= 4 and _known_unit(t):
        return "unit"       # 万元, 千克, 万人次: a unit that starts with a numeral character
    if _DIGIT.search(t) or _NUMERAL_FIRST.match(t) and len(t) <= 4:
        return "textfig"
    if len(t) <= 4:
        # a unit column's cell: a unit the lexicon knows (with its scale: 万元, 万亩), a symbol, a
        # compound (元/人), or one character the quantity grammar reads as a unit (a measure word).
        # The grammar reads any word after a figure as its unit, so a two-character word such as
        # 显著 or 完成 must not count as one: it is a short qualitative value.
        # A single character the lexicon does not know is a unit only where it is no word of its
        # own: 优, 良, 高, 好 are qualitative values (a grade, a level), 盏 or 尊 a measure word.
        unit = parse("1" + t)
        lone = len(t) == 1 and unit.numeric and unit.unit == t and t not in GRADE_WORDS and t not in QUALITY_WORDS
        return "unit" if _known_unit(t) or lone else "short"
    return "text"


# One-character values that say how well something went, never a unit (高 | 高 as target and result).
QUALITY_WORDS = frozenset("高低强弱好坏多少大小快慢优良中差佳")


def _known_unit(t: str) -> bool:
    """A unit the lexicon knows, with its scale (万元, 万亩, 千克), a symbol, or a compound (元/人)."""
    return t in ("%", "％", "‰") or t in UNITS or t.lstrip("万亿千百") in UNITS or \
        "/" in t and len(t) <= 4 and not re.match(r"\d+/\d", t) or bool(SYMBOL_UNIT.fullmatch(t))   # 3/15, 7/8处: figures


def fit(role: str | None, k: str) -> float:
    if k == "empty":
        return 0.0
    if role is None:
        return UNPLACED
    return FIT[role].get(k, 0.0)


def misfit(role: str | None, text: str) -> bool:
    """A cell its column can never hold (a figure as an indicator's name, an operator as a score)."""
    return role is not None and fit(role, kind(text)) <= _NEVER


# -- rows -------------------------------------------------------------------------------------
@dataclass
class Alignment:
    row: list[str]        # the cells placed under their columns
    moved: bool           # cells sit elsewhere than written
    ok: bool              # no cell lands where it can never be
    origin: dict = None   # placed column -> the column the cell was written in (a moved row)
    closed: int | None = None   # the gap closed: the column the cells after it were moved back into


def align_row(row: list[str], roles: dict[int, str], required: set[int] = frozenset(),
              fixed: int | None = None) -> Alignment:
    """Fit a row whose empty cells were lost (merged cells at the left, empty cells at the end)
    to the columns: the whole row moved by the one offset under which every cell fits its
    column's role, the indicator has a name, and the columns every other row fills (`required`)
    are filled. `roles`: column -> role. A row that fits as written is returned as written; one
    that fits under no offset, or under two equally well, is returned not ok (left unread).
    `fixed`: the column of the rows' numbers (序号), which no merge hides: its cell stays, the
    cells after it move."""
    n = max(len(row), max(roles, default=-1) + 1)
    padded = list(row) + [""] * (n - len(row))
    copied = _name_copies_value(padded, roles)
    written = not any(misfit(roles.get(c), x) for c, x in enumerate(padded) if c != copied) and \
        not _suspect(padded, roles)
    as_written = sum(fit(roles.get(c), kind(x)) for c, x in enumerate(padded))
    name = next((c for c, r in roles.items() if r == "level3"), None)
    found = []
    for s in range(-4, 5):
        if s == 0:
            continue
        placed = [""] * n
        lost = False
        for c, x in enumerate(row):
            if kind(x) == "empty":
                continue
            if c == fixed:
                placed[c] = x
                continue
            if not 0 <= c + s < n or c + s == fixed or fixed is not None and c > fixed > c + s:
                lost = True
                break
            placed[c + s] = x
        if lost or any(misfit(roles.get(c), x) for c, x in enumerate(placed)) or _suspect(placed, roles):
            continue
        if name is None or kind(placed[name]) not in ("text", "short", "textfig"):
            continue
        if any(kind(placed[c]) == "empty" for c in required):
            continue
        found.append((sum(fit(roles.get(c), kind(x)) for c, x in enumerate(placed)), placed,
                      {c: c if c == fixed else c - s for c in range(n) if c == fixed or 0 <= c - s and c - s != fixed},
                      None))
    if (gap := _gap_closed(padded, roles, required)) is not None:
        found.append(gap)
    found.sort(key=lambda f: -f[0])
    if written:
        # a row that fits as written moves only where another offset fits far better (a level
        # name under its own column, a score under 得分): 质量指标 | name | target | actual | 10
        # read in place would make the target the name
        if found and found[0][0] >= as_written + 3 and (len(found) == 1 or found[1][0] < found[0][0] - 0.5):
            return _moved(found[0])
        return Alignment(padded, False, True)
    if not found or len(found) > 1 and found[1][0] >= found[0][0] - 0.5:
        return Alignment(padded, False, False)
    return _moved(found[0])


def _name_copies_value(row: list[str], roles: dict[int, str]) -> int | None:
    """The name column, where the row's name is its target and its result written again (2020年 |
    2020年 | 2020年, 100万 | 100万 | 100万: a form filled in carelessly, not a row that slid): a
    figure that may stand there."""
    at = {r: c for c, r in roles.items()}
    name = at.get("level3")
    if name is None or name >= len(row) or kind(row[name]) not in ("figure", "opfigure", "number", "percent"):
        return None
    values = [bare(row[at[k]]) if at.get(k) is not None and at[k] < len(row) else "" for k in ("target", "actual")]
    return name if values == [bare(row[name])] * 2 else None


def name_copies_value(row: list[str], roles: dict[int, str]) -> bool:
    return _name_copies_value(row, roles) is not None


def _moved(best: tuple) -> Alignment:
    _, placed, origin, closed = best
    return Alignment(placed, True, True, origin, closed)


def _gap_closed(row: list[str], roles: dict[int, str], required: set[int]) -> tuple | None:
    """A row whose cells after an empty one each stand a column right of their own, the last out past
    the table's columns (a tab-separated line whose long name pushed the rest a tab stop on: 1033.pdf):
    (fit, the row with those cells moved back left one, origin, the gap's column); None where the row
    has no cell past the columns, or closing its one gap leaves a cell where it can never be."""
    last = max(roles, default=-1)
    over = [c for c, x in enumerate(row) if c > last and kind(x) != "empty"]
    if over != [last + 1]:
        return None
    gaps = [g for g in range(last + 1) if kind(row[g]) == "empty" and roles.get(g) is not None and
            all(kind(x) != "empty" for x in row[g + 1:last + 2])]
    if len(gaps) != 1:
        return None
    g = gaps[0]
    placed = row[:g] + row[g + 1:last + 2] + [""] * (len(row) - last - 1)
    name = next((c for c, r in roles.items() if r == "level3"), None)
    if any(misfit(roles.get(c), x) for c, x in enumerate(placed)) or _suspect(placed, roles) or \
            name is None or kind(placed[name]) not in ("text", "short", "textfig") or \
            any(kind(placed[c]) == "empty" for c in required):
        return None
    return (sum(fit(roles.get(c), kind(x)) for c, x in enumerate(placed)), placed,
            {c: c if c < g else c + 1 for c in range(last + 1)}, g)


def _suspect(row: list[str], roles: dict[int, str]) -> bool:
    """A row that fits as written but reads shifted: an operator where the 指标值 is and the
    figure beside it under the 度量单位 (Sichuan rows that lost their section-label cell)."""
    at = {r: c for c, r in roles.items()}
    for side in ("target", "actual"):
        c = at.get(side)
        if c is not None and c < len(row) and kind(row[c]) in ("op", "unit"):
            return True
    c = at.get("unit")
    if c is not None and c < len(row) and kind(row[c]) in ("number", "percent", "figure", "opfigure"):
        return True
    return False


# -- columns ----------------------------------------------------------------------------------
def _asks_other(stack: list[str]) -> bool:
    """A header that asks its own yes/no question of something other than the indicator (目标是否调整, 是否达标:
    是否 and no 指标 after it): its 是 / 否 cells answer that question, never whether the row is a core indicator
    (是否核心指标 / 是否关键指标 ask about the 指标)."""
    words = header_words(stack[0]) if stack else ""
    k = words.find("是否")
    return k >= 0 and "指标" not in words[k:]


def header_votes(stack: list[str]) -> dict[str, float]:
    """Role -> vote from the stack of header cells above a column, the lowest cell first: the
    cell right above the data names the column (6), a cell spanning it from higher up only
    suggests (3); 预期指标值 over 符号 | 数值 | 单位 makes 数值 the target."""
    votes: dict[str, float] = {}
    for depth, text in enumerate(stack):
        field = header_field(text, set())
        if field is not None and field not in votes:
            votes[field] = 6.0 if depth == 0 else 3.0
    return votes


def serial(cells: list[str], from_one: bool = False) -> bool:
    """A column of serial numbers (1, 2, 3 …; from 1, or three or more in a row): no role of an
    indicator. Two scores of 11 and 12 are not a count. `from_one`: only a run from 1 is, where
    the column's own header names a figure's role (分值 over 2, 3, 4: three rows' points, whose
    numbering would start at 1)."""
    nums = [bare(x) for x in cells if bare(x)]
    return len(nums) >= 2 and all(x.isascii() and x.isdigit() for x in nums) and (nums[0] == "1" or len(nums) >= 3 and not from_one) \
        and all(int(b) - int(a) == 1 for a, b in zip(nums, nums[1:]))


def content_scores(cells: list[str], headed: bool = False) -> dict[str, float]:
    """How well the cells fit each role; `headed`: the column's own header names the role asked
    about (a serial run must then start at 1)."""
    if serial(cells, headed):
        return {role: -6.0 for role in ROLES}
    kinds = [kind(x) for x in cells]
    kinds = [k for k in kinds if k != "empty"]
    if not kinds:
        return {}
    return {role: 2 * sum(fit(role, k) for k in kinds) / len(kinds) for role in ROLES}


def item_columns(heads) -> set[int]:
    """Columns of the items a text column lists, not of the row: a header cell opening with another
    column's last word, the rest a field's (评价要点 | 要点分值 | 要点得分: 要点 + 分值, 845), where a column of
    its own names that field (分值, 得分: the indicator's). Without such a column it is the row's (指标分值)."""
    words = [bare(x) for x in heads]
    owns = [header_field(x, set()) for x in words]
    out = set()
    for i, w in enumerate(words):
        for k, other in enumerate(words):
            if k == i or owns[k] is not None or len(other) < 2:
                continue
            for n in range(2, len(other) + 1):
                if len(w) > n and w.startswith(other[-n:]) and (f := header_field(w[n:], set())) is not None and \
                        any(owns[j] == f for j in range(len(words)) if j not in (i, k)):
                    out.add(i)
    return out


def assign(stacks: list[list[str]], rows: list[list[str]], prior: dict[str, int] | None = None
           ) -> tuple[dict[str, int], list[str]]:
    """Role -> column for every role some column takes, and the evidence where content overrode
    a header word. `stacks[c]`: the header cells above column c, lowest first (empty when the
    table has no header); `rows`: the data rows; `prior`: roles already read from the header."""
    n = max([len(stacks)] + [len(r) for r in rows])
    cols = [[r[c] if c < len(r) else "" for r in rows] for c in range(n)]
    score = [[0.0] * len(ROLES) for _ in range(n)]
    headed: dict[int, str] = {}
    scorers: set[int] = set()   # one scorer's points (专家评分): the score or nothing
    items = item_columns([(stacks[c] or [""])[0] if c < len(stacks) else "" for c in range(n)])
    for c in range(n):
        votes = header_votes(stacks[c]) if c < len(stacks) else {}
        if prior:
            for role, pc in prior.items():
                if pc == c:
                    votes[role] = max(votes.get(role, 0), 6.0)
        if votes:
            headed[c] = max(votes, key=votes.get)
        elif c < len(stacks) and stacks[c] and SCORER_SCORE.match(header_words(stacks[c][0])):
            scorers.add(c)
        # grades under a score header (A / B / C look like unit symbols) are the header's: only the
        # column's other cells vote
        graded = headed.get(c) == "score" and any(grade_like(x) for x in cols[c])
        content = content_scores([x for x in cols[c] if not grade_like(x)] if graded else cols[c])
        where = c / (n - 1) if n > 1 else 0.0
        points = _adds_up(cols[c])
        numbers = c < len(stacks) and bool(stacks[c]) and bare(stacks[c][0]) in SERIAL_HEADS
        for k, role in enumerate(ROLES):
            if role in HEADER_ONLY and role not in votes or (numbers or c in items) and role in FIGURE_ROLES or \
                    c in scorers and role in FIGURE_ROLES and role != "score" or \
                    role == "core" and role not in votes and c < len(stacks) and _asks_other(stacks[c]):
                # a column headed 序号 holds the rows' numbers, whatever the rows left read show
                # (1 and 6, where the rows between lost cells): never a value
                score[c][k] = -100.0
                continue
            score[c][k] = votes.get(role, 0.0) + content.get(role, 0.0) - 1.5 * abs(where - POSITION[role])
            if role == "weight" and points:
                score[c][k] += 2.0
    # An operator column (≥ | = | 定性) stands right before the value it governs: the target.
    for c in range(1, n):
        if _mostly(cols[c - 1], ("op",)) and not _mostly(cols[c], ("op",)):
            score[c][ROLES.index("target")] += 2.0
    picks = _best_assignment(score)
    out = {ROLES[k]: c for c, k in picks.items() if score[c][k] > 1.0}
    _name_column(out, cols)
    _graded_column(out, cols, headed)
    _name_after_levels(out, cols, headed)
    _result_in_targets_unit(out, cols, stacks, headed)
    if not (headed.get(out.get("weight")) == "weight" and headed.get(out.get("score")) == "score"):
        _weight_or_score(out, cols)
    notes = []
    for role, c in out.items():
        if c in headed and headed[c] != role:
            notes.append(f"第{c + 1}列表头“{(stacks[c] or [''])[0] if c < len(stacks) else ''}”按单元格内容读作"
                         f"{ROLE_CN.get(role, role)}")
        elif c not in headed and any(stacks[c] if c < len(stacks) else []):
            notes.append(f"第{c + 1}列表头“{stacks[c][0]}”未识别，按单元格内容读作{ROLE_CN.get(role, role)}")
    for c in sorted(scorers - set(out.values())):
        notes.append(f"第{c + 1}列表头“{stacks[c][0]}”是一项评分，不作指标值、实际完成值或分值，未读取")
    return out, notes


ROLE_CN = {"level1": "一级指标", "level2": "二级指标", "level3": "三级指标", "nature": "指标性质", "direction": "指标方向",
           "unit": "度量单位", "target": "指标值", "actual": "实际完成值", "weight": "分值", "score": "得分",
           "coefficient": "得分系数", "weight_share": "权重占比", "converted_score": "折算得分", "core": "是否核心指标",
           "reason": "偏差原因", "deduction": "扣分"}


def _name_column(out: dict[str, int], cols: list[list[str]]) -> None:
    """No column taken for the name, one left between the level columns and the target, mostly
    words: it is the name column, though some of its cells are figures (a name written as its value)."""
    if "level3" in out or "target" not in out:
        return
    left = max((out[k] for k in ("level1", "level2") if k in out), default=-1)
    between = [c for c in range(left + 1, out["target"]) if c not in out.values()]
    if len(between) == 1 and _mostly(cols[between[0]], ("text", "short", "textfig"), share=0.5):
        out["level3"] = between[0]


def _name_after_levels(out: dict[str, int], cols: list[list[str]], headed: dict[int, str]) -> None:
    """A name column the cells chose left of the level columns, with no header saying so (a relay's
    sender, 黄春燕（种植股）, before 产出指标/数量指标 and the name): a name follows its levels. Where one
    column of mostly words stands between the levels and the target, taken by no role or only as the
    reason, it is the name; the column left of the levels keeps no role."""
    levels = [out[k] for k in ("level1", "level2") if k in out]
    if "level3" not in out or "target" not in out or not levels or headed.get(out["level3"]) == "level3" \
            or out["level3"] > max(levels):
        return
    taken = {c for k, c in out.items() if k != "reason"}
    between = [c for c in range(max(levels) + 1, out["target"]) if c not in taken]
    if len(between) == 1 and _mostly(cols[between[0]], ("text", "short", "textfig"), share=0.5):
        if out.get("reason") == between[0]:
            del out["reason"]
        out["level3"] = between[0]


def levels_one_right(fields: dict[str, int], rows: list[list[str]]) -> dict[str, int] | None:
    """The levels standing one column right of where the header words put them (a 指标表 headed 评价指标 |
    评价内容 | 指标名称 | 指标说明 | 目标值, whose 指标名称 cells are 数量指标 / 质量指标 … and whose 指标说明 cells
    name the indicators): where the name column's cells are mostly level-2 names and the unheaded-by-role
    column right of it holds a distinct phrase in nearly every row, left of every figure, that column is the
    name, the name column level 2 and the level-2 column level 1 (the header's level-1 column, a block
    label such as 项目年度绩效目标, keeps no role). None where the cells do not show it."""
    name = fields.get("level3")
    if name is None or (right := name + 1) in fields.values() or \
            any(c <= right for k, c in fields.items() if k not in ("level1", "level2", "level3")):
        return None
    levels = [bare(x[name]) for x in rows if name < len(x) and bare(x[name])]
    phrases = [bare(x[right]) for x in rows if right < len(x) and bare(x[right])]
    if len(levels) < 3 or 3 * sum(kind(v) == "level2" for v in levels) < 2 * len(levels) or \
            5 * len(phrases) < 4 * len(rows) or len(set(phrases)) < len(phrases) or \
            any(kind(v) not in ("text", "short", "textfig") for v in phrases):
        return None
    out = {k: c for k, c in fields.items() if k not in ("level1", "level2", "level3")}
    out.update(level3=right, level2=name)
    if "level2" in fields:
        out["level1"] = fields["level2"]
    return out


def _units(cells: list[str], stack: list[str]) -> list[str | None]:
    """Each cell's unit: its own, else the one its header's bracket gives (有效样本（份）); None for
    a cell with no figure, "" for a bare number under a header with none."""
    below = name_unit(stack[0], scaled=True) if stack else ""
    out = []
    for x in cells:
        q = parse_cell(bare(x), default_unit=below)
        out.append(q.unit if q.numeric else None)
    return out


def _result_in_targets_unit(out: dict[str, int], cols: list[list[str]], stacks: list[list[str]],
                            headed: dict[int, str]) -> None:
    """A result is written in its target's unit. Where no header word names the result and the
    column the cells chose for it holds another unit than the targets beside it in most rows that
    have both (398 under 满意样本（份） beside ≥90%), while a column no role took holds the targets'
    unit in every such row (实际满意度 94.8%), that column is the result: sample counts, the parts a
    rate is worked out from, stand before the rate they give."""
    t, a = out.get("target"), out.get("actual")
    if t is None or a is None or headed.get(a) == "actual" or "actual" in headed.values():
        return
    stack = lambda c: stacks[c] if c < len(stacks) else []
    targets = _units(cols[t], stack(t))

    def agreement(c: int) -> tuple[int, int]:
        pairs = [(u, v) for u, v in zip(targets, _units(cols[c], stack(c))) if u and v]
        return sum(u == v for u, v in pairs), len(pairs)
    same, both = agreement(a)
    if not both or 2 * same >= both:
        return
    fits = []
    for c in range(len(cols)):
        if c in out.values() or c in headed:
            continue
        same_c, both_c = agreement(c)
        if both_c >= max(1, both) and same_c == both_c and _mostly(cols[c], ("percent", "number", "figure")):
            fits.append(c)
    if len(fits) == 1:
        out["actual"] = fits[0]


def _mostly(cells: list[str], kinds: tuple[str, ...], share: float = 2 / 3) -> bool:
    """Two thirds or more of the column's filled cells are of these kinds."""
    ks = [kind(x) for x in cells if kind(x) != "empty"]
    return bool(ks) and sum(k in kinds for k in ks) >= share * len(ks)


def _numbers(cells: list[str]) -> list[Decimal | None]:
    out = []
    for x in cells:
        q = parse(bare(x))
        out.append(q.value if q.numeric and q.unit in ("", "分") else None)
    return out


def _adds_up(cells: list[str]) -> bool:
    """Numbers that add up to a block's points (100, or a round 10, 20 …, 90): weights."""
    nums = [v for v in _numbers(cells) if v is not None]
    return len(nums) >= 2 and sum(nums) > 0 and sum(nums) % 10 == 0 and sum(nums) <= 100


def _weight_or_score(out: dict[str, int], cols: list[list[str]]) -> None:
    """Between two columns of scores, the weight is the one never below the other in a row."""
    if "weight" not in out or "score" not in out:
        return
    w, s = _numbers(cols[out["weight"]]), _numbers(cols[out["score"]])
    pairs = [(a, b) for a, b in zip(w, s) if a is not None and b is not None]
    if len(pairs) >= 2 and all(a <= b for a, b in pairs) and any(a < b for a, b in pairs):
        out["weight"], out["score"] = out["score"], out["weight"]
    elif all(a == b for a, b in pairs) and out["weight"] > out["score"]:
        out["weight"], out["score"] = out["score"], out["weight"]   # nothing tells: 分值 stands before 得分


def _best_assignment(score: list[list[float]]) -> dict[int, int]:
    """Column -> role index maximising the total, each role at most once and a column free to
    take none (the Hungarian method on the negated scores, with one 'none' slot per column)."""
    n, k = len(score), len(ROLES)
    if n == 0:
        return {}
    width = k + n
    cost = [[-(score[c][j]) if j < k else 0.0 for j in range(width)] for c in range(n)]
    assign_to = _hungarian(cost)
    return {c: j for c, j in enumerate(assign_to) if j < k}


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of each row to a distinct column (rows <= columns)."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    out = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            out[p[j] - 1] = j - 1
    return out


def name_like(x: str, k: str | None = None) -> bool:
    """A cell that names something: words of two or more Chinese characters, not a figure (k: its kind, where known)."""
    return (k or kind(x)) in ("text", "short", "textfig", "unit") and len(_HAN.findall(bare(x))) >= 2


def indicator_like(row: list[str]) -> bool:
    """A name and at least one figure: what an indicator row looks like, whatever its columns."""
    kinds = [kind(x) for x in row]
    name = any(name_like(x, k) for k, x in zip(kinds, row))
    figure = any(k in ("figure", "opfigure", "number", "percent") for k in kinds)
    return name and figure


def share_columns(roles: dict[str, int], rows: list[list[str]]) -> tuple[int, int, int] | None:
    """(score out of 100, share, converted score): where a header names only one of 权重占比 and
    折算得分, the three columns of figures whose cells show 单项得分 × 权重占比 = 折算得分 in every row
    (the converted score to its written places), the shares adding up to no more than 100 and no
    converted score above its share. None where no three columns do, or more than one way."""
    if ("weight_share" in roles) == ("converted_score" in roles):
        return None
    fixed = {c for r, c in roles.items() if r not in ("weight", "score", "weight_share", "converted_score")}
    n = max((len(x) for x in rows), default=0)
    cols = {c: [_share_figure(x[c] if c < len(x) else "") for x in rows] for c in range(n) if c not in fixed}
    cols = {c: v for c, v in cols.items() if sum(q is not None for q in v) >= 2}
    found = []
    for a in cols:
        for b in cols:
            for c in cols:
                if len({a, b, c}) < 3 or roles.get("weight_share", b) != b or roles.get("converted_score", c) != c:
                    continue
                rows_ok = [(x, y, z) for x, y, z in zip(cols[a], cols[b], cols[c]) if None not in (x, y, z)]
                if len(rows_ok) < 2 or sum(y.value for _, y, _ in rows_ok) > 100:
                    continue
                if all(x.value <= 100 and z.value <= y.value and abs(x.value * y.value / 100 - z.value) <= z.tolerance
                       for x, y, z in rows_ok):
                    found.append((a, b, c))
    return found[0] if len(found) == 1 else None


def graded(cells: list[str]) -> bool:
    """A column of grades alone: three cells or more, every filled cell a grade, two grades at least."""
    filled = [bare(x) for x in cells if bare(x)]
    return len(filled) >= 3 and all(grade_like(x) for x in filled) and len(set(filled)) >= 2


def _graded_column(out: dict[str, int], cols: list[list[str]], headed: dict[int, str]) -> None:
    """A column of grades alone (A / B / A …, 1052: a 评价等级 column in place of 得分) where no column
    is the score: the score, its grades turned into points by the rule the text states
    (scoring.grade_scores) or said unscored; not a unit (A / B look like unit symbols)."""
    if "score" in out:
        return
    for c, cells in enumerate(cols):
        if graded(cells) and headed.get(c) in (None, "score", "unit"):
            for role in [r for r, k in out.items() if k == c]:
                del out[role]
            out["score"] = c
            return


def reviewed_score(roles: dict[str, int], rows: list[list[str]], stacks: list[list[str]]) -> tuple[int, int] | None:
    """(the score after review, the points cut) where the score column has beside it another column
    whose header names a score, or no field at all (自评得分 | 核减分值 | 核定得分, 927; a scan may lose the
    header's last character, 核定得), and a third column of figures such that
    in every row the second score is the first less that figure (none negative, one at least above 0;
    exactly: scores and the points cut are written down, not rounded): the second is the form's result,
    the first the score it reviewed. None where no two columns do, or more than one way."""
    first = roles.get("score")
    if first is None:
        return None
    taken = set(roles.values())
    n = max((len(x) for x in rows), default=0)
    heads = {c: header_words(stacks[c][0]) if c < len(stacks) and stacks[c] else "" for c in range(n)}
    figures = {c: [_share_figure(x[c] if c < len(x) else "") for x in rows] for c in range(n)
               if c == first or c not in taken}
    found = []
    for after in figures:
        if after == first or header_field(heads[after], set()) not in ("score", None):
            continue
        for cut in figures:
            if cut in (first, after) or header_field(heads[cut], set()) == "score":
                continue
            trios = [(x, y, z) for x, y, z in zip(figures[first], figures[cut], figures[after]) if None not in (x, y, z)]
            # the reviewed score is the form's result for EVERY scored row: one left without it is no such column
            # (two figures that happen to subtract would have the other rows' scores dropped)
            # (a cell OCR garbled, a figure among stray marks (公4), is a score unread, not one left out)
            every = all(z is not None or _garbled_figure(x[after] if after < len(x) else "")
                        for x, s, z in zip(rows, figures[first], figures[after]) if s is not None)
            if every and len(trios) >= 2 and any(y.value > 0 for _, y, _ in trios) and \
                    all(y.unit != "%" and 0 <= y.value <= x.value and
                        x.value - y.value == z.value
                        for x, y, z in trios) and \
                    sum(y.value for _, y, _ in trios) < sum(z.value for _, _, z in trios):
                # x − y = z is x − z = y too: of the two, the cut is the column keeping fewer points
                found.append((after, cut))
    return found[0] if len(found) == 1 else None


def unread_scores(roles: dict[str, int], stacks: list[list[str]], rows: list[list[str]]) -> list[int]:
    """The columns beside the one read as the score whose header names another scorer's points (自评得分 |
    复核得分, 核定得分, 专家评分), that hold figures and that no field reads. Not the score's own header
    again (a table laid side by side, 得分 | … | 得分, or a merged cell's copies), nor an item's points
    (要点得分: item_columns)."""
    if roles.get("score") is None:
        return []
    heads = [header_words(x[0]) if x else "" for x in stacks]
    skip = set(roles.values()) | item_columns([(x or [""])[0] for x in stacks])
    return [c for c, w in enumerate(heads)
            if c not in skip and w != heads[roles["score"]] and SCORE_HEAD.match(w) and
            any(x is not None for x in _numbers([x[c] if c < len(x) else "" for x in rows]))]


# A header naming the scale its figures are on (评分（5分制）, 十分制评分): a rating, not points.
RATING_SCALE = re.compile(r"(\d+|[一二三四五六七八九十百]+)\s*分制")


def _scale(head: str) -> Decimal | None:
    if not (m := RATING_SCALE.search(head)):
        return None
    n = m.group(1)
    return Decimal(n) if n.isdigit() else _chinese(n)


def points_beside_rating(roles: dict[str, int], stacks: list[list[str]], rows: list[list[str]],
                         second: list[int]) -> int | None:
    """Of the score columns beside the one read (unread_scores), the one to read as the score where the one
    read is headed as a rating on a scale N (评分（5分制）) and the other, headed with no scale, is on every
    row with all three figures the weight × the rating ÷ N at its written places (8 × 4.5 ÷ 5 = 7.2): points.
    None otherwise."""
    heads = [(x or [""])[0] for x in stacks]
    read, weight = roles.get("score"), roles.get("weight")
    if read is None or weight is None or not (n := _scale(heads[read])):
        return None

    def column(c: int) -> list[str]:
        return [bare(x[c]) if c < len(x) else "" for x in rows]

    def rated(c: int) -> bool:
        triples = [(parse(p), parse(w), parse(r)) for p, w, r in zip(column(c), column(weight), column(read))]
        triples = [t for t in triples if all(q.numeric and q.value is not None for q in t)]
        return len(triples) >= 2 and all(
            abs(p.value - w.value * r.value / n) <= p.tolerance for p, w, r in triples)

    points = [c for c in second if _scale(heads[c]) is None and rated(c)]
    return points[0] if len(points) == 1 else None


def _garbled_figure(text: str) -> bool:
    """A short cell holding a digit among marks that are no figure (公4, 4冫): what a scan makes of a figure,
    not a cell left blank."""
    text = bare(text).strip()
    return 0 < len(text) <= 4 and any(ch.isdigit() for ch in text) and _share_figure(text) is None


def _share_figure(text: str):
    q = parse(bare(text))
    return q if q.numeric and q.unit in ("", "分", "%") and q.value is not None else None
