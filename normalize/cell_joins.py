"""Indicator tables whose cells were run together on one line, rebuilt where the grammar splits
them one way only (issue 24 part 2).

A table copied out of a spreadsheet or a PDF sometimes loses every separator: 一级指标二级指标三级
指标指标值完成值权重得分产出指标数量指标创业担保贷款发放额增长率≥10%115.25%20%20质量指标…
The cells are still there, in order; only their boundaries are gone. They are found again by the
grammars normalize already has, never by a list of words seen in one passage:

1. The header: the longest run of header cells (normalize.vocab.header_field) with the most
   cells; each cell its field's words and at most a couple of characters more (年度 / 全年), so a
   column the vocabulary does not name (指标说明) is not swallowed by its neighbour. Its fields
   give the row's columns in order.
2. The rows: level labels by the level-name grammar (a name ending in 指标, with its points
   note), the indicator's name the words up to the first figure, and the figures (operator,
   number, unit: normalize.quantity) split into one per value column of the header. A row is
   read only where exactly one split fits every column: a figure has no leading zero, a weight
   or score is at most 100, a score is never above its weight. A digit run that can be cut two
   ways (210010: 2100 | 10 or 21001 | 0) is ambiguous and the row is left unread, counted in
   Project.rows_unread and named in a warning.
   Only where the text holds no such header, one that has up to two cells the vocabulary does
   not name (a few words, no header word in or across them, between named cells or before the
   line's end or the first row's label): an unnamed cell where the name column stands (评价内容 |
   绩效内容 | 目标值) is the name column; one after the values holds a figure of its own (累计完成率);
   one right after a named name column (指标名称 | 指标说明) runs on from the names with no boundary
   the grammar gives, so each row under it is counted unread and named, none read; under a named
   说明 column they are read where the total after them (总分 100) is their weights summed by exactly
   one cut of every row, the names cut before the words the 说明 cells open with (by_total).
   A header of level columns and 得分 alone is one too where the first row's names carry their
   points in brackets (一级指标二级指标三级指标得分 部门决策(25分)目标任务(15分)相关性(5分) 5): the
   points are the weights, the figure after the last name the score (points_rows).
3. Records point at the paragraph the text stands in (its block and line), its raw text a part
   of that paragraph, as for any cell-per-line table (cell_runs._Origins).

Stretches that hold an indicator header and figures but give no row that reads one way (a table
flattened into one paragraph with its names and figures in separate runs, 059: one whose names,
pieced by scattered_rows's order grammar, are exactly as many as its value groups is read, 056)
are counted and named the same way rather than passed over in silence, and so are the rows after a place where
the reading stops inside a table (a row whose result is a word, 100%无…, running on into a page of
labels written again, 044): what still looks like indicator rows up to the table's end (_tail);
and so is a scoring table flattened into a paragraph with its cells among the scoring criteria's
words, counted by its names followed by their points and a score (046, scored_pairs; read where
the words around a name and its figures make them cells, _scored_table), and a
headerless one whose rows' points and scores run on to the start of the next line (045,
figures_first). A table whose header was cut away, its rows a name, a target with its operator
and a bare figure after level labels run together (036, headless_rows), is read: no row states a
result, so the figure is the weight (_headless_table); where a row gives a second figure after it,
which is which no row says, and its rows are counted. A fund row whose figures ran together after
a fund header run together is named, never cut (055, glued_fund_lines).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal

import regex as re

from jixiao.extract import Document, Paragraph

from .quantity import _OPS as OP_SIGN, ALONE_AFTER, ALONE_BEFORE, GROUPED, SUFFIX_OPS, UNITS
from .rebuild import HEADER_CELL, HEADING, VALUE_ROLES, Rebuilt, RunCell, cell_fit, cell_number, source_line, where
from .fund_grammar import FUND_FIELDS, FUND_LABEL, FUND_SOURCE, MONEY_FIELDS, fund_word_field
from .vocab import FRAMEWORK_LEVEL2, INDICATOR_HEADERS, LEVEL1, LEVEL2, STOP_LABELS, bare, canonical_level1, \
    header_field, header_words, level2_label, level_label, method_header, points_note

SLACK = 2            # characters a header cell may add to its field's word (年度指标值, 全年实际值)
MAX_PIECES = 12
NOTE = 4             # a header cell's bracketed note and spaces: (A), (B/A)
OPS = rf"(?:{OP_SIGN}{{1,2}})"       # ≥, >=, ＞＝: the signs quantity reads as operators
# A number without a leading zero, thousands grouped by commas or not (1,248.5: quantity.GROUPED).
NUMBER = rf"(?:(?!0\d){GROUPED}|(?:0|[1-9]\d*)(?:\.\d+)?)"
# A figure as written in a value cell: an operator, a number, a unit.
UNIT = "%|％|[万亿千百]?(?:" + "|".join(re.escape(u) for u in UNITS if u) + ")|万|亿"
# A bound written after the figure (98%以上, 3天以内) is the figure's operator (quantity.SUFFIX_OPS),
# in a target or a result; only the words of two characters or more, which begin no name (内部…, 多元…).
# 上下 is two characters but begins names (上下游企业带动数, 上下级联动): 120人上下游… would read
# 120人上下 and leave 游… as the next name (e44e7a9, which left it out, says only the rule above).
BOUND = "|".join(re.escape(w) for w, _ in SUFFIX_OPS if len(w) > 1 and w != "上下")
# A date as a target or a result (2023年11月30日前, 2023年11月20日): one cell, a deadline's 前 with it.
DATE_CELL = r"(?:19|20)\d\d年(?:(?:1[0-2]|0?[1-9])月(?:(?:3[01]|[12]\d|0?[1-9])日)?)?(?:以前|之前|底前|前|底)?"
FIGURE = re.compile(rf"{DATE_CELL}|{OPS}?{NUMBER}(?:{UNIT})?(?:{BOUND})?")
# Figures glued together (≥10%115.25%2020: cut by split_figures). A grouped number is one figure's
# digits; a run is read whole or not at all, as quantity reads a number (3,5,7个 is no run).
_DIGITS = rf"(?:{GROUPED}|\d[\d.]*)"
_DEADLINE = r"(?:(?<=\d[年月日])(?:以前|之前|底前|前))?"
FIGURE_RUN = re.compile(rf"{ALONE_BEFORE}(?:{OPS}?{_DIGITS}(?:{UNIT})?(?:{BOUND})?{_DEADLINE})"
                        rf"(?:\s*{OPS}?{_DIGITS}(?:{UNIT})?(?:{BOUND})?{_DEADLINE})*{ALONE_AFTER}")
# The number a document-sharing site puts at the start of each page's text (1、… 2、…): not the
# table's. Blanked (same length, so places stay) before the text is parsed.
PAGE_MARK = re.compile(r"(?<=\n)\d{1,2}、(?=\S)")
YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-－—~～至]\s*(?:19|20)\d\d(?:年度|年)?")
PAGE_LEN = 200       # the characters of a site's page text at least (042's pages: 556, 420; 048's: 283)
STOP = re.compile(r"合计|总分|总计")
# A level label as the level-name grammar writes it: a name ending in 指标, its points note after it.
LEVEL_NOTE = re.compile(rf"^{points_note()}")
LEVEL_POINTS = re.compile(rf"{points_note()}\s*$")   # the note at a label's end
SENTENCE = re.compile(r"[，,。；;：:！？]")
_TOKEN = re.compile(r"\S+")   # a run between spaces (a flattened table's cells, a line's words)
# A heading of the table's rows, in a cell of its own beside the labels (年度绩效目标, 绩效指标): no row.
ROWS_HEADING = re.compile(r"(?:年度)?(?:绩效|总体|考核)?(?:目标|指标)\d*")
# A heading that names a table (年度绩效目标2(40分), 绩效指标(50分), 表3(20分)): the rows' heading or a
# table's number, then the table's points in brackets; one figure, no target, actual or score: no row.
TABLE_HEADING = re.compile(rf"(?:{ROWS_HEADING.pattern}|表\s*\d+)\s*{points_note(cut=True)}")
# Such a heading right before a table's header (年度绩效目标2(40分)一级指标…): the table's points;
# words run into it (产出指标(40分), a level label) make it no heading.
HEADING_BEFORE = re.compile(rf"(?<!\p{{Han}})(?:{TABLE_HEADING.pattern})\s*$")
# The level names as written in a label cell (产出指标, 数量, 服务对象满意度指标), each exactly.
LEVEL_NAMES = {v for vs in LEVEL1.values() for v in vs} | {v for _, vs in LEVEL2.values() for v in vs} | \
    {v for _, vs in FRAMEWORK_LEVEL2.values() for v in vs}
LONG_LEVEL_NAMES = sorted(n for n in LEVEL_NAMES if len(n) >= 5 and not n.endswith(("指标", "指標")))


@functools.lru_cache(maxsize=None)
def _words(role: str) -> tuple[str, ...]:
    out: list[str] = []
    for field, spec in INDICATOR_HEADERS:
        if field == role:
            out += spec.get("has", []) + spec.get("exact", []) + spec.get("starts", []) + spec.get("ends", [])
    return tuple(out)


def _tight(piece: str, role: str) -> bool:
    """A header cell that is its field's word and little more: not two cells run together."""
    t = header_words(piece)
    core = max((len(w) for w in _words(role) if w in t), default=0)
    # the reason column is headed by a phrase (未完成原因及改进措施), the others by a word
    return core > 0 and (len(t) - core <= SLACK or role == "reason" and t.endswith(("原因", "措施", "分析", "说明")))


# Any word a header cell is named by: a run-together header starts at one, or a couple of
# characters before it (年度指标值); other places are not tried.
HEAD_WORD = re.compile("|".join(re.escape(w) for w in sorted(
    {w for _, spec in INDICATOR_HEADERS for k in ("has", "exact", "starts", "ends") for w in spec.get(k, [])},
    key=len, reverse=True)))


UNNAMED = "other"      # a header cell the vocabulary does not name (指标说明, 累计完成率)
UNNAMED_MAX = 6
UNNAMED_PIECE = re.compile(r"\p{Han}{2,%d}" % UNNAMED_MAX)
LAST_UNNAMED = "remark"  # such a cell at the end of the header's line (备注)
METHOD = "method"      # a column of method or standard text (得分计算方法, 指标说明: vocab.method_header)
METHOD_MAX = 8         # its header cell's characters at most: four of modifier, the head noun, a note


def _chains(text: str, loose: bool = False):
    """The runs of header cells from a place of `text`: chains(p) lists (end, [(start, end, role)]).
    `loose`: a run may also hold up to two cells the vocabulary does not name (_unnamed)."""
    memo: dict = {}

    def chains(p: int, taken: frozenset = frozenset()) -> list:
        if (p, taken) in memo:
            return memo[(p, taken)]
        out = [(p, [])]
        # a cell holds a header word within its first characters and ends a few after it (its
        # bracketed note, (A), and a reason column's phrase further): no longer piece can be tight
        words = [m for q in range(p, p + SLACK + NOTE + 1) if (m := HEAD_WORD.match(text, q))]
        limit = max((m.end() - p + SLACK + NOTE for m in words), default=0)
        if any(m.group() in _words("reason") for m in words):
            limit = HEADER_CELL
        if len(taken) < MAX_PIECES:
            for n in range(2, min(limit, HEADER_CELL) + 1):
                piece = text[p:p + n]
                if len(piece) < n or "\n" in piece:
                    break
                role = header_field(piece, taken)
                if role is not None and _tight(piece, role):
                    out += [(end, [(p, p + n, role)] + rest) for end, rest in chains(p + n, taken | {role})]
            if taken and METHOD not in taken:
                # a method column among the named ones: its cell is its head noun's grammar, whole
                for n in range(2, METHOD_MAX + 1):
                    piece = text[p:p + n]
                    if len(piece) < n or "\n" in piece:
                        break
                    if method_header(piece):
                        out += [(end, [(p, p + n, METHOD)] + rest) for end, rest in chains(p + n, taken | {METHOD})]
        if loose and taken and len({t for t in taken if t.startswith(UNNAMED)}) < 2:
            out += _unnamed(text, p, taken, chains)
        memo[(p, taken)] = out
        return out
    return chains


def _unnamed(text: str, p: int, taken: frozenset, chains) -> list:
    """A header cell the vocabulary does not name, after a named one: a few characters of words
    that the line's end, the first row's level label or a named header cell follows. Where it
    may end at several places, the shortest piece (the named cell after it takes its slack)."""
    tag = UNNAMED + str(len([t for t in taken if t.startswith(UNNAMED)]))
    out = []
    if p == 0 or text[p - 1].isspace():
        return out       # cells set apart by spaces are not run together: a scattered table's words
    for n in range(2, UNNAMED_MAX + 1):
        piece = text[p:p + n]
        if not UNNAMED_PIECE.fullmatch(piece) or header_field(piece, taken) is not None or \
                any((m := HEAD_WORD.match(text, q)) and m.end() > p for q in range(max(0, p - HEADER_CELL), p + n)):
            continue      # a header word inside it or across its edges: part of a named cell, not a cell
        cell = (p, p + n, UNNAMED)
        if text[p + n:p + n + 1] in (" ", "\t", "\u3000"):
            break
        if text[p + n:p + n + 1] in ("\n", "") or _level_at(text, p + n) > p + n:
            out.append((p + n, [cell]))
            continue
        out += [(end, [cell] + rest) for end, rest in chains(p + n, taken | {tag}) if rest and rest[0][2] != UNNAMED]
    return out


def _is_header(roles: list[str]) -> bool:
    s = set(roles) - {UNNAMED, METHOD}
    return len(roles) - roles.count(UNNAMED) - roles.count(METHOD) >= 3 and "level3" in s and \
        bool({"target", "actual"} & s or {"weight", "score"} <= s)


# A name with its points in brackets (相关性(5 分)): a score table's row carries its weight there.
POINTS_NAME = re.compile(rf"[^\s()（）\d][^()（）\n]{{0,30}}?\s*{points_note(named=True)}")


def _points_header(roles: list[str], text: str, end: int) -> bool:
    """Level columns and a score, no weight or target (一级指标 | 二级指标 | 三级指标 | 得分): an
    indicator header where the first row's names carry their points in brackets, the weights."""
    return len(roles) >= 3 and {"level3", "score"} <= set(roles) <= {"level1", "level2", "level3", "score"} \
        and roles[-1] == "score" and POINTS_NAME.match(text, _skip_space(text, end)) is not None


def _skip_space(text: str, p: int) -> int:
    return p + len(text[p:]) - len(text[p:].lstrip())


def _name_column(cells: list) -> list:
    """A header that names no indicator column: an unnamed cell where the name column stands,
    after the level columns and before the first value column (评价内容 | 绩效内容 | 目标值), is it."""
    roles = [r for _, _, r in cells]
    if "level3" in roles or not any(r in VALUE_ROLES for r in roles):
        return cells
    first_value = next(k for k, r in enumerate(roles) if r in VALUE_ROLES)
    k = first_value - 1
    if k >= 0 and roles[k] == UNNAMED and all(r in ("level1", "level2") for r in roles[:k]) and roles[:k]:
        return cells[:k] + [(cells[k][0], cells[k][1], "level3")] + cells[k + 1:]
    return cells


def find_header(text: str, start: int = 0):
    """The first run-together indicator header at or after `start`: (start, end, [(a, b, role)]),
    or None. Of the header runs that overlap, the one with the most cells, then the latest start
    and the earliest end; where two such runs give different columns, none is taken. Only where
    the text holds no header of named cells, one with cells the vocabulary does not name (_unnamed)."""
    found = _header_at(text, start)
    return None if found is None else (found[0], found[1], list(found[2]))


@functools.lru_cache(maxsize=64)   # a document's joined text is searched again on each reading of it (few: texts are long)
def _header_at(text: str, start: int):
    found = _find_header(text, start) or _find_header(text, start, loose=True)
    if found is None:
        return None
    a, b, cells = found
    if (rest := UNNAMED_PIECE.fullmatch(text, b, _line_end(text, b))) is not None and \
            header_field(rest.group(), set()) is None and not method_header(rest.group()):
        # the header's line ends in a cell the vocabulary does not name (备注): a column of words no
        # one reads, no figure of the row's; the rows start on the next line
        a, b, cells = a, rest.end(), list(cells) + [(b, rest.end(), LAST_UNNAMED)]
    return a, b, tuple(cells)


def _find_header(text: str, start: int, loose: bool = False):
    chains = _chains(text, loose)
    if loose:
        plain = chains
        chains = lambda p: [(e, _name_column(c)) for e, c in plain(p)]    # noqa: E731
    starts = sorted({q for m in HEAD_WORD.finditer(text, start) for q in range(max(start, m.start() - SLACK), m.start() + 1)})

    def header(end: int, cells) -> bool:
        roles = [r for _, _, r in cells]
        return _is_header(roles) or _points_header(roles, text, end)
    k = 0
    while k < len(starts):
        p = starts[k]
        found = [c for c in chains(p) if header(*c)]
        if not found:
            k += 1
            continue
        # the runs starting a little later may be the true header (绩效目标完成情况 | 一级指标 …)
        reach = max(e for e, _ in found)
        cands = [(q, e, cells) for q in starts[k:] if q < reach for e, cells in chains(q) if header(e, cells)]
        most = max(len(c[2]) for c in cands)
        best = [c for c in cands if len(c[2]) == most]
        # the latest start (the words before it belong to the text above) and the earliest end
        # (the words after it are the first row's), but a reason column's whole phrase
        late = max(c[0] for c in best)
        best = [c for c in best if c[0] == late]
        # a method column's header is its head noun with the whole of its modifier (得分计算方法, 评分
        # 标准; not 得分 | 计算方法 nor 评分 | 标准, the modifier taken for a cell of its own)
        longest = max((y - x for c in best for x, y, r in c[2] if r == METHOD), default=0)
        best = [c for c in best if longest == max((y - x for x, y, r in c[2] if r == METHOD), default=0)]
        reason = [c for c in best if c[2][-1][2] == "reason"]
        end = max(c[1] for c in reason) if reason else min(c[1] for c in best)
        best = [c for c in best if c[1] == end]
        if len({tuple(r for _, _, r in c[2]) for c in best}) == 1:
            return best[0]
        # headers that read two ways: neither is taken
        far = max(c[1] for c in cands)
        while k < len(starts) and starts[k] < far:
            k += 1
    return None


def _level_at(text: str, p: int) -> int:
    """The end of a level label starting at p (产出指标, 满意度指标(20分)), or p where none does."""
    best = p
    for n in range(2, 17):
        piece = text[p:p + n]
        if len(piece) < n or "\n" in piece:
            break
        if bare(piece).endswith(("指标", "指標")) and piece[-1] in "标標" and level_label(piece) or \
                bare(piece).endswith("目标") and piece[-1] == "标" and bare(piece)[:-2] + "指标" in LEVEL_NAMES:
            # the shortest: 产出指标 | 数量指标, not one label of both; 产出目标 | 数量目标 where a
            # form names the levels 目标 (not 绩效目标, a framework's level 2)
            best = p + n
            break
    if best > p and (m := LEVEL_NOTE.match(text[best:])):
        best += m.end()
    return best


def split_figures(run: str, roles: list[str], cap: Decimal | None = None) -> list[list[str]]:
    """Every way to cut a run of figures into one figure per value column (roles, in order)
    that each column takes; a weight never above `cap`, the points of the row's level groups."""
    out = []

    def go(p: int, k: int, acc: list[str]):
        while p < len(run) and run[p].isspace():
            p += 1       # a space is a boundary the copy kept: no figure spans it
        if k == len(roles):
            if p == len(run):
                out.append(list(acc))
            return
        for m in range(p + 1, len(run) + 1):
            piece = run[p:m]
            if not FIGURE.fullmatch(piece):
                continue
            role = roles[k]
            if role not in ("target", "actual") and re.search(rf"(?:{BOUND})$", piece):
                continue          # a bound belongs to a target or a result, not to points
            if role in ("weight", "score"):
                # a weight written as a percentage of the total (权重 20%) is its points
                if cell_fit(piece.rstrip("%％"), role) is None or role == "score" and piece.endswith(("%", "％")):
                    continue
            elif cell_fit(piece, role) is None:
                continue
            go(m, k + 1, acc + [piece])
    go(0, 0, [])
    if "target" in roles and "actual" in roles:
        # the target and the result of one indicator are written in one unit (≥10% | 115.25%)
        t, a = roles.index("target"), roles.index("actual")
        out = [x for x in out if _unit(x[t]) == _unit(x[a])]
    if "weight" in roles and "score" in roles:
        w, s = roles.index("weight"), roles.index("score")
        out = [x for x in out if cell_number(x[s]) is None or cell_number(x[w].rstrip("%％")) is None or
               cell_number(x[s]) <= cell_number(x[w].rstrip("%％"))]
    if len(out) > 1 and (same := [x for x in out if len(set(x)) == 1]):
        # one figure written once per column (12.512.512.5: a full score's weight, target and result
        # alike): the digits cut anywhere else would make figures of other lengths; the copies read
        out = same
    if cap is not None and "weight" in roles:
        # a group's points (产出指标(40分)) are its rows' weights together: no row weighs more
        w = roles.index("weight")
        out = [x for x in out if cell_number(x[w].rstrip("%％")) is None or cell_number(x[w].rstrip("%％")) <= cap]
    return out


def _points(label: str) -> Decimal | None:
    """The points a level label carries in its note (产出指标(40分): 40), or None."""
    m = LEVEL_POINTS.search(label)
    return Decimal(m.group("points")) if m else None


def _year_range(text: str, m) -> int:
    """The end of a period written as two years (取得2018-2022监测资料) that opens at the figure m and
    that words go on from: part of a name, never a run of values (2018 is no 2 | 0 | 18); else 0."""
    r = YEAR_RANGE.match(text, m.start())
    return r.end() if r and re.match(r"\p{Han}", text[r.end():r.end() + 1]) and _level_at(text, r.end()) == r.end() else 0


def _in_words(text: str, m, values: list[str]) -> bool:
    """A lone figure followed by words and no label (5000吨稻谷, 100%无) that cannot be the row's
    values: part of the words around it, not a run of values."""
    return bool(FIGURE.fullmatch(m.group())) and not split_figures(m.group(), values) and \
        re.match(r"\p{Han}", text[m.end():m.end() + 1]) is not None and _level_at(text, m.end()) == m.end()


def _label_inside(name: str) -> bool:
    """Whether a 指标 inside a name may end a level label or a header cell run into it (…改进措施
    产出指标, …年度指标值): the name ends in it, or the words through it end in a level label, or the
    words around it are a header cell. A 指标 no such word ends is the name's own (食品安全指标达标率).
    A level name of five characters or more written without 指标 (服务对象满意度, 可持续影响) with words
    before and after it is a label run into the row too (043: …服务对象满意度退捕渔民抽样调查满意度, the
    group's labels garbled before it); shorter ones (资金管理, 社会效益) are words names use."""
    b = bare(name)
    if any(0 < b.find(n) < len(b) - len(n) for n in LONG_LEVEL_NAMES):
        return True
    for m in re.finditer(r"指[标標]", b):
        i, k = m.start(), m.end()
        if i == 0:
            continue
        if k == len(b) or any(level_label(b[j:k]) for j in range(i)) or \
                any(header_field(b[j:e], set()) for j in range(max(0, i - HEADER_CELL), i + 1)
                    for e in range(k, min(len(b), k + SLACK + NOTE) + 1)):
            return True
    return False


def _closes(words: str) -> bool:
    """Words that end a table's run: a total (合计, 总分), a closing label (说明, 备注), a section
    heading of the report ((二)项目财务管理状况), another header."""
    return bool(STOP.search(words)) or bare(words).startswith(STOP_LABELS) or HEADING.match(bare(words)) is not None \
        or find_header(words) is not None


def _unit(figure: str) -> str:
    if re.fullmatch(DATE_CELL, figure):
        return "date"
    return FIGURE.fullmatch(figure) and re.sub(rf"^{OPS}?{NUMBER}|(?:{BOUND})$", "", figure).replace("％", "%")


def rows_of(text: str, start: int, roles: list[str], page_marks: frozenset[int] = frozenset(),
            headings: list | None = None, held: list | None = None):
    """The rows after a header ending at `start`: (rows, unread, end, tail). A row is
    (level1, level2, name, {role: (a, b)}), each a character span or None; `unread` the spans
    of the rows (a name and a run of figures) that split more than one way or none; `tail` the
    spans of the rows after the place where the reading stopped inside the table (_tail).
    `page_marks`: the offsets of the page marks blanked in the text (PAGE_MARK). `headings`, where
    given, gets each table heading passed over (TABLE_HEADING) as (its span, its points, the index
    of the first row after it), for heading_points. `held`, where given, gets each row left unread
    only because its name runs on into the column after it, for by_total: (its index in `unread`,
    level 1, level 2, the span before its figures, the figures' span, its groups' points cap,
    whether its words can be a name)."""
    values = _values(roles)
    # a method column between value columns (分值 | 目标值 | 实际值 | 得分计算方法 | 得分): the run after
    # the name fills the columns before it, its text follows, then the figures of those after it
    after = [r for r in values if roles.index(r) > roles.index(METHOD)] if METHOD in roles else []
    values = [r for r in values if r not in after]
    # an unnamed column right after the name: its words run on from the name's, and no grammar
    # tells where one ends (享受资助人数 | 达到预计值): no row is read, each is counted (and held for
    # by_total, which reads them where the table's stated total settles every cut)
    blind = _name_runs_on(roles)
    has_levels = bool({"level1", "level2"} & set(roles))
    rows, unread, tail = [], [], []
    p = end = start
    labelled = grouped = not has_levels
    points: dict[str, Decimal | None] = {}     # the points of the level groups the row stands in
    while p < len(text):
        if text[p] in " \t\n":
            p += 1
            continue
        start_of_row = p
        labels = []
        while (q := _level_at(text, p)) > p:
            labels.append((p, q))
            p = q
            while p < len(text) and text[p] in " \t":
                p += 1
        # two labels are the level 1 and the level 2; a lone one the level 2 where it can be one
        # (成本指标 names both: the level-1 cell is the merged one, written once for its group)
        l1, l2 = (labels[-2], labels[-1]) if len(labels) >= 2 else \
            (None, labels[0]) if labels and level2_label(text[slice(*labels[0])]) else \
            (labels[0], None) if labels and canonical_level1(text[slice(*labels[0])]) else (None, None)
        # after a row left unread, a row is sure where it starts only where a space (a cell
        # boundary the copy kept) or its own label opens it; the unread one may go on past a
        # line or page break (取得2018-2022 / 2、監測資料)
        gap = text[end:start_of_row]
        cut = unread and unread[-1][1] == end and ("\n" in gap or " " not in gap)
        labelled = (labelled and not cut) or bool(labels)
        grouped = grouped or bool(labels)     # a row before the first label cannot tell its group
        if not labels and (h := TABLE_HEADING.match(text, p)) is not None:
            p = h.end()      # a table's heading (年度绩效目标2(40分)): its one figure is the table's points
            if headings is not None:
                headings.append((h.span(), Decimal(h.group("points")), len(rows)))
            continue
        if l1 is not None:
            points = {"l1": _points(text[slice(*l1)])}
        if l2 is not None:
            points["l2"] = _points(text[slice(*l2)])
        cap = min((v for v in points.values() if v is not None), default=None)
        m = FIGURE_RUN.search(text, p)
        # a figure inside a word (指标2企业自行采购, 5000吨稻谷) that cannot be the row's values is
        # part of its name; twice at most, or the name runs on into the values (指标12021年11月30日…)
        inside = 0
        while m is not None and inside < 2 and (m.start() == p or not text[m.start() - 1].isspace()) and \
                (_year_range(text, m) or _in_words(text, m, values) and not _doubled(text, m, values, cap)):
            m = FIGURE_RUN.search(text, _year_range(text, m) or m.end())
            inside += 1
        if m is None:
            break
        if (g := _group_inside(text, p, m.start())) is not None:
            # a new group opens inside what would be this row's name (100%无没有轮换… 效益指标生态效益
            # 指标): the words before it are a row left unread (its values and reason in words), and
            # the reading goes on at the group's labels; but one word written twice right before
            # the group (…安全性高高 满意度指标…) is the row's target and its result (_doubled_word)
            if labelled and not blind and ((found := _doubled_word(text, p, g, values)) is not None or
                                           (found := _none_and_reason(text, p, g, values, roles)) is not None):
                rows.append((l1, l2, *found))
            else:
                unread.append((p, g))
            p = end = g
            continue
        raw = text[p:m.start()]
        name = raw.strip()
        if not name or SENTENCE.search(name) or len(name) > 40 or _closes(name):
            # the reading stops inside the table's run: the rows after it are not passed over
            tail = _tail(text, start_of_row, values)
            break
        splits = split_figures(m.group(), values, cap)
        if after and not re.search(r"\p{Han}", text[m.end():_line_end(text, m.end())]):
            splits = split_figures(m.group(), values + after, cap)     # the method's cell left blank
        shown, run_end = values, m.end()
        if not splits and (alone := _no_points(m.group(), values)) is not None:
            shown, splits = ["target", "actual"], [alone]
        if not splits and (short := _unit_runs_on(text, m)) is not None and \
                len(cut := split_figures(short, values, cap)) == 1:
            splits, run_end = cut, m.start() + len(short)
        worded = {}
        if not splits and (found := _worded_values(text, start_of_row, p, m, values, cap)) is not None:
            # a qualitative row whose cells kept their spaces (健全 健全 6 6): its words are its
            # target and result, the run its points
            worded, shown, splits = found
            raw = text[p:min(a for a, _ in worded.values())]
            name = raw.strip()
        if not splits and (found := _doubled_before(text, p, m, values, cap)) is not None:
            # a qualitative row run together (…管护机制健全健全55): the word written twice before the
            # run is its target and its result, the run its points
            worded, shown, splits = found
            raw = text[p:min(a for a, _ in worded.values())]
            name = raw.strip()
        doubled = _doubled(text, m, values, cap) if len(splits) != 1 else None
        # a name is words, not the tail of a header or a label (…改进措施产出指标); a row before
        # the first level label cannot tell its group
        if not blind and labelled and "\n" not in name and cell_fit(name, "level3") is not None and \
                not _label_inside(name) and (len(splits) == 1 or doubled):
            if doubled:
                spans, row_end = doubled
            else:
                spans, row_end = {**worded, **_spans(text, m.start(), shown, splits[0])}, run_end
            n0 = p + raw.index(name)
            if after and not doubled and not set(after) <= set(spans):
                if (told := _after_method(text, row_end, after, cap)) is None:
                    unread.append((p, m.end()))
                    p = end = m.end()
                    continue
                spans, row_end = {**spans, **told[0]}, told[1]
            row_end = _reason_to_line_end(text, start_of_row, row_end, roles, spans)
            rows.append((l1, l2, (n0, n0 + len(name)), spans))
            p = end = row_end
            continue
        elif unread and unread[-1][1] == start_of_row and not re.search(r"\p{Han}", name):
            unread[-1] = (unread[-1][0], m.end())    # figures with no name: the same row goes on (2018-2022)
        elif cut and not labels and text.startswith("\n", end) and any(end < k < start_of_row for k in page_marks):
            # a row left unread up to the page's end, the next page's mark, and words no label opens
            # (取得2018-2022 / 2、监测资料100%100%10): the page cut the row; it goes on, counted once
            unread[-1] = (unread[-1][0], m.end())
        else:
            if blind and held is not None and not worded and m.end() == run_end:
                held.append((len(unread), l1, l2, (p + raw.index(name), p + raw.index(name) + len(name)), m.span(), cap,
                             grouped and "\n" not in name and cell_fit(name, "level3") is not None and
                             not _label_inside(name)))
            unread.append((p, m.end()))
        p = end = m.end()
    return rows, unread, end, tail


# The total that closes a table's rows (总分 100): the one figure after its label, nothing after it on its line.
TOTAL_AFTER = re.compile(rf"\s*(?:{STOP.pattern})[\s：:]*(\d+(?:\.\d+)?)分?[ \t]*(?=\n|$)")


def _cuts(run: str, values: list[str], cap: Decimal | None) -> list[dict[str, str]]:
    """Every way to read a run of figures as the row's value cells, one of them left empty at most
    (a target the form leaves blank, 20 alone): {role: piece}."""
    out = [dict(zip(values, x)) for x in split_figures(run, values, cap)]
    for gone in values if len(values) > 1 else ():
        left = [r for r in values if r != gone]
        out += [dict(zip(left, x)) for x in split_figures(run, left, cap)]
    return out


def _weights_fit(choices: list[list[dict[str, str]]], total: Decimal) -> list[dict[str, str]] | None:
    """The one choice per row whose weights add up to `total`, or None where none or more than one
    does (counted by the sums reached, so a long table is no product of its rows' choices)."""
    reach: dict[Decimal, tuple[int, list[int]]] = {Decimal(0): (1, [])}
    for alts in choices:
        nxt: dict[Decimal, tuple[int, list[int]]] = {}
        for s, (n, path) in reach.items():
            for k, alt in enumerate(alts):
                w = cell_number(alt["weight"].rstrip("%％")) if "weight" in alt else Decimal(0)
                if w is None or s + w > total:
                    continue
                had = nxt.get(s + w)
                nxt[s + w] = (min(2, n + had[0]), path + [k]) if had else (n, path + [k])
        reach = nxt
    n, path = reach.get(total, (0, []))
    return [alts[k] for alts, k in zip(choices, path)] if n == 1 else None


def method_head(names: list[str]) -> str | None:
    """The words that open a 说明 column's cells run on after the names (享受资助人数达到预计值 /
    资金支出率达到目标值: 达到): a run of two or more characters that stands once in more than half of
    the names, never in the first two characters of any, and that no other such run ties with
    (each name cut at its own first character at most as far left as the other's); None where none
    or more than one does. The cells that open otherwise are not told from their names."""
    found: dict[str, dict[int, int]] = {}
    for piece in {nm[i:j] for nm in names for i in range(2, len(nm)) for j in range(i + 2, len(nm) + 1)}:
        if not re.fullmatch(r"\p{Han}+", piece) or any(piece in nm[:len(piece) + 1] for nm in names):
            continue
        at = {k: nm.find(piece) for k, nm in enumerate(names) if nm.count(piece) == 1}
        tails = [names[k][at[k]:] for k in at]
        # more than half the names, and one cell it opens written alike twice (达到目标值): a column's
        # cell repeated, not a word the names share (项目资金到位率 / 配套资金使用率: 资金)
        if len(at) * 2 > len(names) and len(set(tails)) < len(tails) and not any(nm.count(piece) > 1 for nm in names):
            found[piece] = at
    if not found:
        return None
    most = max(len(a) for a in found.values())
    best = [(p, a) for p, a in found.items() if len(a) == most]
    # pieces of one longer run shared by the same names (达到目标值: 达到, 目标) cut at its start
    cut = min(best, key=lambda x: sum(x[1].values()))[1]
    if any(a.keys() != cut.keys() or any(a[k] < cut[k] for k in a) for _, a in best):
        return None
    return max((p for p, a in best if a == cut), key=len)


def by_total(text: str, end: int, roles: list[str], unread: list, held: list):
    """Rows left unread because their names run on into a 说明 column and their figures into each
    other (享受资助人数达到预计值210010), read by the table's own evidence: the total after the rows
    (总分 100) is their weights summed, so the runs are cut where exactly one cut of every row (a
    figure per column, one left blank at most, each weight a points figure) adds up to it; the
    names are cut before the words the 说明 cells open with (method_head), kept whole where a row
    lacks them. (rows, unread, (total, said)) in rows_of's terms, `said` for the warning; None where
    the total is not stated or more than one cut, or none, adds up to it."""
    values = _values(roles)
    if "weight" not in values or METHOD not in roles or len(held) != len(unread) or \
            any(h[0] != k or unread[k][1] != h[4][1] for k, h in enumerate(held)) or \
            (t := TOTAL_AFTER.match(text, end)) is None:
        return None
    total = Decimal(t.group(1))
    choices = [_cuts(text[slice(*h[4])], values, h[5]) for h in held]
    fit = _weights_fit(choices, total)
    if fit is None:
        return None
    held = [_captioned(text, h, held) or h for h in held]
    names = [text[slice(*h[3])] for h in held if h[6]]
    head = method_head(names)
    rows, left, whole = [], [], []
    for h, cells in zip(held, fit):
        if not h[6]:
            left.append(unread[h[0]])
            continue
        (a, b), name = h[3], text[slice(*h[3])]
        cut = name.find(head) if head else -1
        spans = _spans(text, h[4][0], list(cells), list(cells.values()))
        if cut > 0:
            spans[METHOD] = (a + cut, b)
            b = a + cut
        else:
            whole.append((a, b))
        rows.append((h[1], h[2], (a, b), spans))
    if not rows:
        return None
    said = f"{len(rows)}行的各列数值连写，按各行分值之和等于总分{t.group(1)}唯一地分开"
    if head:
        said += f"，名称按说明列共同的开头词“{head}”与说明分开"
    if whole:
        said += f"；{_named(whole, text, True)}{'未见该词' if head else ''}，名称可能连着说明文字，原样读取"
    return rows, left, (t.group(1), said)


# A row-group caption closed by its bracketed note (项目年度绩效目标(定量指标)), then a label of the
# form the table's level-2 cells take (…指标), then the row's name, all run together.
_CAPTION_LABEL = re.compile(r"\p{Han}{2,}[(（][^()（）\s]{1,12}[)）](?P<label>\p{Han}{2,4}指标)(?=\p{Han}{2})")


def _captioned(text: str, h: tuple, held: list) -> tuple | None:
    """A held row before the table's first label whose words are a caption, a level-2 label and its
    name run together (项目年度绩效目标(定量指标)制度指标规章制度建立与否20): the label is known by its form
    alone, so it is taken only where every labelled row held in the table writes its level 2 in that
    form (…指标) and at least two do; the row then reads with that level 2 and the name after it.
    None where it is not such a row."""
    if h[6] or h[1] is not None or h[2] is not None:
        return None
    marks = [text[slice(*g[2])] for g in held if g[6] and g[2] is not None]
    m = _CAPTION_LABEL.match(text, h[3][0], h[3][1])
    if m is None or len(marks) < 2 or not all(x.endswith("指标") for x in marks):
        return None
    name = text[m.end():h[3][1]]
    if cell_fit(name, "level3") is None or _label_inside(name) or SENTENCE.search(name):
        return None
    return (h[0], None, m.span("label"), (m.end(), h[3][1]), h[4], h[5], True)


def _line_end(text: str, p: int) -> int:
    q = text.find("\n", p)
    return len(text) if q < 0 else q


def _after_method(text: str, p: int, after: list[str], cap: Decimal | None):
    """A method column's cell from `p` and the figures of the columns after it (…记分。12.5): its
    text (conditions and formulas, figures inside its clauses: 每低1%扣1分) up to the first run on the
    line set apart as a cell (a sentence's end or a space before it; a space, the line's end or a
    level label after it) that splits one way into `after`: ({role: span}, the run's end), or None."""
    stop = _line_end(text, p)
    for f in FIGURE_RUN.finditer(text, p, stop):
        words = text[p:f.start()]
        if not re.search(r"\p{Han}", words) or text[f.start() - 1] not in "。；; \t" or \
                not (f.end() == len(text) or text[f.end()].isspace() or _level_at(text, f.end()) > f.end()):
            continue
        cut = split_figures(f.group(), after, cap)
        if len(cut) != 1:
            return None
        a = p + len(words) - len(words.lstrip())
        return {METHOD: (a, a + len(words.strip())), **_spans(text, f.start(), after, cut[0])}, f.end()
    return None


def _worded_values(text: str, start_of_row: int, p: int, m, values: list[str], cap):
    """A row whose target and result are words, each a cell the copy kept apart with spaces
    (文化礼堂运行管理机制 健全 健全 6 6): ({target, actual: span}, the roles the run fills, its one
    split), where the row is a line of its own (a line break before it and after its run), the
    two words before the run are Han words with no figure and the run splits one way into the
    value columns after them; None otherwise. Where rows run on in one line, words give no cut."""
    if values[:2] != ["target", "actual"] or len(values) < 3:
        return None
    if start_of_row and text[start_of_row - 1] != "\n" or text[m.end():].split("\n", 1)[0].strip():
        return None
    words = list(_TOKEN.finditer(text[p:m.start()]))
    if len(words) < 3 or "\n" in text[p:m.start()] or not m.group()[:1].isdigit() or \
            not text[m.start() - 1].isspace():
        return None
    if any(re.search(r"\d", w.group()) or not re.fullmatch(r"\p{Han}{1,8}", w.group()) for w in words[-2:]):
        return None
    cut = split_figures(m.group(), values[2:], cap)
    if len(cut) != 1:
        return None
    t, a = words[-2], words[-1]
    return {"target": (p + t.start(), p + t.end()), "actual": (p + a.start(), p + a.end())}, values[2:], cut


def _doubled_before(text: str, p: int, m, values: list[str], cap):
    """A row whose target and result are one word written twice with nothing between, right before
    its run of figures (池塘标准化长效管护机制健全健全55 under 年度指标值 | 实际完成值 | 分值 | 得分):
    the word's halves are equal, so the cut between them is sure where the words end in a doubled Han
    word one way only (_doubled_word) and the run cuts one way into the value columns after the two;
    the row's end sure too (a space, a line's end, a group's label or the table's close after the run).
    ({target, actual: span}, the roles the run fills, its one split), or None."""
    if values[:2] != ["target", "actual"] or len(values) < 3 or not m.group()[:1].isdigit():
        return None
    end = m.end()
    if end < len(text) and not text[end].isspace() and _level_at(text, end) == end and not STOP.match(text, end):
        return None
    if (found := _doubled_word(text, p, m.start(), ["target", "actual"])) is None or \
            found[1]["actual"][1] != m.start():
        return None
    cut = split_figures(m.group(), values[2:], cap)
    if len(cut) != 1:
        return None
    return found[1], values[2:], cut


def _reason_to_line_end(text: str, start_of_row: int, row_end: int, roles: list[str], spans: dict) -> int:
    """Where the header ends in a reason column and the row is a line of its own (a line break
    before it), the words after its values up to the line's end are its reason (560's narrow
    screen: 8 7.2 部分礼堂…暂停活动，参与人次未达目标): that cell's span is added; the row's end."""
    if roles[-1] != "reason" or "reason" in spans or (start_of_row and text[start_of_row - 1] != "\n"):
        return row_end
    stop = text.find("\n", row_end)
    stop = len(text) if stop < 0 else stop
    words = text[row_end:stop]
    if not words.strip() or not words[:1].isspace() or not re.search(r"\p{Han}", words) or \
            _level_at(text, row_end + len(words) - len(words.lstrip())) > row_end + len(words) - len(words.lstrip()):
        return row_end
    a = row_end + len(words) - len(words.lstrip())
    spans["reason"] = (a, a + len(words.strip()))
    return stop


def heading_points(text: str, headings: list, rows: list, left: list) -> list[tuple[int, str]]:
    """The table headings whose points the rows under them do not make: (the heading's offset, a
    warning) each. A heading (年度绩效目标1(40分), as rows_of records it) covers the rows after it up
    to the next one; no place in the records holds a table's points (two such tables make one
    project), so they are compared here. The rows' weights add to the points where every row under
    it was read (`left`: the spans of the rows left unread), and never to more where one was not;
    without a weight column their scores add to no more than the points."""
    out = []
    for k, ((x, y), points, first) in enumerate(headings):
        stop, last = (headings[k + 1][0][0], headings[k + 1][2]) if k + 1 < len(headings) else (len(text), len(rows))
        group = rows[first:last]
        if not group:
            continue
        whole = not any(x < a < stop for a, _ in left)
        said = " ".join(text[x:y].split())
        head = f"“{said}”标明该表 {points} 分，但其下{len(group)}行指标的"
        weights = [cell_number(text[slice(*r[3]["weight"])].rstrip("%％")) if "weight" in r[3] else None for r in group]
        scores = [cell_number(text[slice(*r[3]["score"])]) if "score" in r[3] else None for r in group]
        if all(w is not None for w in weights):
            got = sum(weights, Decimal(0))
            if got > points or whole and got != points:
                out.append((x, head + f"分值之和为 {got}，相差 {abs(got - points)} 分"))
        elif not any(w is not None for w in weights) and all(v is not None for v in scores):
            got = sum(scores, Decimal(0))
            if got > points:
                out.append((x, head + f"得分之和为 {got}，超过该表分数"))
    return out


def _unit_runs_on(text: str, m) -> str | None:
    """A run of figures without the unit characters at its end where words go straight on from
    them (98%98%19.6年度绩效目标2…: 年 is the first character of 年度, not a unit of the score 19.6):
    the run up to its last digit, or None where it ends in no such unit. Tried only where the
    whole run fits no column."""
    run = m.group()
    k = len(run)
    while k > 0 and re.match(r"\p{Han}", run[k - 1]):
        k -= 1
    if k == len(run) or not run[k - 1:k].isdigit() or not re.match(r"\p{Han}", text[m.end():m.end() + 1]):
        return None
    return run[:k]


def _no_points(run: str, values: list[str]) -> list[str] | None:
    """A row whose run is its target and its result alone (8000亩 8535.5亩 under 分值 | 年度指标值 |
    全年实际值 | 得分), each with a unit that no points figure carries (neither a bare number, nor %,
    nor 分): the copy left the points and the score out, and the two figures can stand only in the
    target and the result. The one cut of the run into those two, or None."""
    if [r for r in values if r in ("target", "actual")] != ["target", "actual"] or \
            not {"weight", "score"} & set(values):
        return None
    cuts = split_figures(run, ["target", "actual"])
    if len(cuts) != 1 or any(_unit(x) in ("", "%", "分") for x in cuts[0]):
        return None
    return cuts[0]


def _spans(text: str, at: int, roles: list[str], pieces: list[str]) -> dict[str, tuple[int, int]]:
    """Each role's span: its piece of a run of figures cut from `at` on."""
    spans = {}
    for role, piece in zip(roles, pieces):
        at = text.index(piece, at)
        spans[role] = (at, at + len(piece))
        at += len(piece)
    return spans


# A target and a result in words, the same word written twice with no boundary (是是, 达标达标), a
# figure inside the word too (工5%工5%: an operator OCR read as a character), as long as it opens with one.
DOUBLED = re.compile(r"(\p{Han}[^\s]{0,4}?)\1")


def _doubled(text: str, m, values: list[str], cap: Decimal | None):
    """A row whose target and result are one word written twice between its figures (市场价8是是8:
    8 | 是 | 是 | 8): the figures before it cut one way into the columns before the target, those
    after it into the columns after the result, a score within its weight; where the word is the
    row's last cell, a space, a label or the end follows it. The word's halves are equal, so the
    cut between them is sure. ({role: span}, the row's end), or None."""
    if "target" not in values or values[values.index("target") + 1:values.index("target") + 2] != ["actual"]:
        return None
    t = values.index("target")
    before, after = values[:t], values[t + 2:]
    w = DOUBLED.match(text, m.end())
    if w is None or not before or _level_at(text, w.start()) > w.start() or \
            len(cut := split_figures(m.group(), before, cap)) != 1:
        return None
    spans = _spans(text, m.start(), before, cut[0])
    half = len(w.group(1))
    spans["target"], spans["actual"] = (w.start(), w.start() + half), (w.start() + half, w.end())
    end = w.end()
    if after:
        m2 = FIGURE_RUN.match(text, end)
        if m2 is None or len(cut := split_figures(m2.group(), after)) != 1:
            return None
        spans.update(_spans(text, m2.start(), after, cut[0]))
        end = m2.end()
    elif end < len(text) and not text[end].isspace() and _level_at(text, end) == end and not STOP.match(text, end):
        return None      # the word is the row's last cell: something must end it (a space, a label)
    if "weight" in spans and "score" in spans and \
            cell_number(text[slice(*spans["score"])]) > cell_number(text[slice(*spans["weight"])]):
        return None
    return spans, end


def _label_end(text: str, p: int, level) -> int:
    """The end of the label of a level name (LEVEL_NAMES, exactly) at p that `level` takes, or p."""
    e = _level_at(text, p)
    name = LEVEL_POINTS.sub("", bare(text[p:e]))     # the note is at the label's end (产出指标(50))
    return e if e > p and name in LEVEL_NAMES and level(name) else p


def _doubled_word(text: str, a: int, b: int, values: list[str]):
    """A row whose target and result are one word written twice with nothing between, its end sure
    (a group's labels open after it): 粮食储备设备维护及安全性高高 is 高 | 高. (name span, {target,
    actual: span}) where the table's value columns are those two alone, the words end in a doubled
    word of Han characters one way only (高高高高 could be 高 or 高高: none) and the rest is a name;
    None otherwise."""
    if values != ["target", "actual"]:
        return None
    run = text[a:b].rstrip()
    cuts = [k for k in range(1, 5) if len(run) > 2 * k and run[-k:] == run[-2 * k:-k]
            and re.fullmatch(r"\p{Han}+", run[-k:])]
    if len(cuts) != 1:
        return None
    end, k = a + len(run), cuts[0]
    name = text[a:end - 2 * k].strip()
    if not name or re.search(r"\d", name) or cell_fit(name, "level3") is None or _label_inside(name):
        return None
    n0 = a + text[a:end].index(name)
    return (n0, n0 + len(name)), {"target": (end - 2 * k, end - k), "actual": (end - k, end)}


# The result 无 (none) and the reason after it with no boundary (100%无没有轮换、动用库存): a reason opens
# with one of these words (a negation or a cause), which a result in words does not follow 无 with.
NONE_RESULT = "无"
REASON_OPENERS = ("没有", "未能", "未", "因为", "因", "由于", "受")


def _none_and_reason(text: str, a: int, b: int, values: list[str], roles: list[str]):
    """A row left in words before a group's labels (its end sure) whose target is one figure glued
    to the result 无 and a reason opened by a reason word (REASON_OPENERS): 政策性挂账利息补贴保障率
    100%无没有轮换、动用库存 is 100% | 无 | 没有轮换、动用库存. The table's value columns must be the
    target and the result with a reason column after them; a rows heading written spaced like the
    labels at the words' end (…库存绩效 指标: the merged 绩效指标 cell, cut by a page) is no part of
    the reason. (name span, {target, actual, reason: span}) or None."""
    if values != ["target", "actual"] or "reason" not in roles or roles.index("reason") < roles.index("actual"):
        return None
    run = text[a:b].rstrip()
    found = [m for m in FIGURE_RUN.finditer(run) if run.startswith(NONE_RESULT, m.end())
             and run.startswith(REASON_OPENERS, m.end() + len(NONE_RESULT))]
    if len(found) != 1 or split_figures(found[0].group(), ["target"]) != [[found[0].group()]]:
        return None
    m = found[0]
    name = run[:m.start()].strip()
    if not name or re.search(r"\d", name) or SENTENCE.search(name) or cell_fit(name, "level3") is None or \
            _label_inside(name):
        return None
    r0 = m.end() + len(NONE_RESULT)
    r1 = len(run)
    heads = [k for k in range(r0 + 1, r1) if not run[k].isspace() and " " in run[k:r1].strip()
             and ROWS_HEADING.fullmatch(bare(run[k:r1]))]
    if heads:
        r1 = len(run[:heads[0]].rstrip())
    reason = run[r0:r1]
    if not reason or re.search(r"[。；;！？!?]", reason) or len(reason) > 80:
        return None
    n0 = a + run.index(name)
    return (n0, n0 + len(name)), {"target": (a + m.start(), a + m.end()),
                                  "actual": (a + m.end(), a + r0), "reason": (a + r0, a + r1)}


def _group_inside(text: str, a: int, b: int) -> int | None:
    """Where a new group opens after words in text[a:b]: a level-1 label and a level-2 label
    right after it (效益指标生态效益指标), each a level name as written; a lone level name inside
    words (食品质量指标达标率) is part of a name and opens none; words that end the table (a total,
    another header) are where the reading stops, not a row."""
    s = a + 1
    while s < b:
        if text[s].isspace() or (e := _label_end(text, s, canonical_level1)) == s:
            s += 1
            continue
        f = _skip_space(text, e)
        if (g := _label_end(text, f, level2_label)) == f or not re.search(r"\p{Han}", text[a:s]) or _closes(text[a:s]):
            s += 1
            continue
        # and a name after them: a third label or a total after two is a run of labels written
        # apart from their rows (产出指标(60分) 时效指标 效益指标(40分) 总分), no group of rows,
        # and none of the labels in that run opens one
        n = _skip_space(text, g)
        if _level_at(text, n) == n and not STOP.match(text, n) and re.match(r"\p{Han}", text[n:n + 1]):
            return s
        while (n := _skip_space(text, g)) < b and (g := _level_at(text, n)) > n:
            pass
        s = max(n, s + 1)
    return None


SCORE_AFTER = re.compile(r"\d+(?:\.\d+)?(?=\s|$)")


def points_rows(text: str, start: int):
    """The rows after a header of level columns and a score whose names carry their points in
    brackets (部门决策(25 分) 目标任务(15 分) 相关性(5 分) 5): each row a run of names with points and
    a figure, the score. The last name is the indicator, its points the weight; one name before it
    is a new level-2 group, two a new level 1 and level 2. A row is read only where the points
    nest (a score within its weight, a weight within its groups' points); the reading stops at the
    first run of another shape. (rows, unread, end, tail) as rows_of gives them."""
    rows, unread = [], []
    l1 = l2 = None
    p = end = start
    while True:
        q = _skip_space(text, p)
        names = []
        while (m := POINTS_NAME.match(text, q)) is not None:
            names.append(m)
            q = _skip_space(text, m.end())
        f = SCORE_AFTER.match(text, q)
        if not names or f is None or len(names) > 3:
            break
        *labels, leaf = names
        if len(labels) == 2:
            l1, l2 = labels
        elif len(labels) == 1:
            l2 = labels[0]
        weight, score = Decimal(leaf.group("points")), Decimal(f.group())
        groups = [Decimal(x.group("points")) for x in (l1, l2) if x is not None]
        if score > weight or any(g < weight for g in groups) or groups != sorted(groups, reverse=True):
            unread.append((names[0].start(), f.end()))
            break
        name_end = leaf.start() + len(re.sub(r"\s*[（(]\s*$", "", text[leaf.start():leaf.start("points")]))
        rows.append((l1 and l1.span(), l2 and l2.span(), (leaf.start(), name_end),
                     {"weight": leaf.span("points"), "score": f.span()}))
        p = end = f.end()
    return rows, unread, end, []


def _values(roles: list[str]) -> list[str]:
    """The columns a row's run of figures fills, in order: the value columns and an unnamed
    column after one (累计完成率: a figure of its own)."""
    first = next((k for k, r in enumerate(roles) if r in VALUE_ROLES), len(roles))
    return [r for k, r in enumerate(roles) if r in VALUE_ROLES or r == UNNAMED and k > first]


def _name_runs_on(roles: list[str]) -> bool:
    return "level3" in roles and roles[roles.index("level3") + 1:roles.index("level3") + 2] in ([UNNAMED], [METHOD])


def _tail(text: str, p: int, values: list[str]) -> list[tuple[int, int]]:
    """The spans of the rows after the place `p` where the reading of a table's run stopped (a
    name that runs on past a row left in words: 100%无没有轮换…, a repeated page of labels) that
    still look like indicator rows: words that a run of figures follows, or words a level label
    opens and another closes (a row whose values are words: 高 | 高). Words a run of figures opens
    and a label closes are that row's last cells (无 | its reason), not a row. The stretch ends at
    a total, a closing label (说明, 备注), another header, words that are prose (a sentence, a long
    run), or the end of the text; these rows are counted unread, not read."""
    head = find_header(text, p)
    limit = head[0] if head is not None else len(text)
    toks: list[tuple[str, int, int]] = []          # ("T" words | "F" figures | "L" label, start, end)
    glued: dict[int, int] = {}     # words' start -> the end of the first figure glued into them (100%无)

    def words(a: int, b: int) -> None:
        if toks and toks[-1][0] == "T" and not text[toks[-1][2]:a].strip():
            toks[-1] = ("T", toks[-1][1], b)
        else:
            toks.append(("T", a, b))
    q = p
    while q < limit:
        if text[q].isspace():
            q += 1
            continue
        if (e := _level_at(text, q)) > q:
            # the label proper is the longest one of the level names that ends there: the words
            # before it (总分, a row's values 高 | 高) are not a label's, though the grammar takes them
            s = next((s for s in range(q, e) if not text[s].isspace() and bare(text[s:e]) in LEVEL_NAMES), q)
            if s > q:
                words(q, s)
            toks.append(("L", s, min(e, limit)))
            q = e
            continue
        m = FIGURE_RUN.match(text, q, limit)
        # a lone figure glued to the words on both sides (5000吨稻谷, 100%无) that cannot be the
        # row's values is part of its words, as in the reading
        if m is not None and toks and toks[-1][0] == "T" and toks[-1][2] == q and _in_words(text, m, values):
            toks[-1] = ("T", toks[-1][1], m.end())
            glued.setdefault(toks[-1][1], m.end())
            q = m.end()
            continue
        if m is not None:
            toks.append(("F", q, m.end()))
            q = m.end()
            continue
        words(q, q + 1)
        q += 1
        if toks[-1][2] - toks[-1][1] > 200:
            break          # prose: the stretch ends at it, so the text after it is not looked at
    return _tail_rows(text, toks, glued, values)


def _tail_rows(text: str, toks, glued: dict[int, int], values: list[str]) -> list[tuple[int, int]]:
    out = []
    for k, (kind, a, b) in enumerate(toks):
        if kind != "T":
            continue
        words = text[a:b].strip()
        before = toks[k - 1][0] if k else None
        after = toks[k + 1][0] if k + 1 < len(toks) else None
        if _closes(words):
            break
        if before == "F" and after == "L":
            continue                               # the last cells of the row before
        if a in glued and before in (None, "L") and after == "L" and len(words) <= 80 and \
                not re.search(r"[。；;！？!?]", words) and _row_in_words(text[a:glued[a]].strip()):
            # a name, its value glued on (100%无) and a reason that may hold a comma (没有轮换，未动用…),
            # the next group's label right after: a row left in words, not prose (a sentence, or
            # words no label closes); the stretch goes on after it
            out.append((a, b))
            continue
        if after == "F" and len(words) <= 40 and not re.search(r"[。；;！？!?]", words) and \
                split_figures(text[toks[k + 1][1]:toks[k + 1][2]], values):
            # a name that holds a comma (病害减少,农药使用量较上年减少) and a run of figures that
            # cuts into the row's values (8 | 2% | 2% | 8): a row, not prose; the stretch goes on
            out.append((a, toks[k + 1][2]))
            continue
        if SENTENCE.search(words) or len(words) > 40 or not re.search(r"\p{Han}", words):
            break
        if after == "F":
            out.append((a, toks[k + 1][2]))
        elif after == "L" and before in (None, "L") and not ROWS_HEADING.fullmatch(bare(words)):
            out.append((a, b))     # a name and its values in words, between two labels
    return out


def _row_in_words(head: str) -> bool:
    """The words up to a row's first figure (挂账补贴保障率100%) name an indicator: a short run of
    words with no sentence mark, the figure after them."""
    name = FIGURE_RUN.sub("", head).strip()
    return 0 < len(name) <= 40 and not SENTENCE.search(name) and re.search(r"\p{Han}", name) is not None


# A query typed at a database client's prompt (psql's db=>, mysql>, sqlite>, clickhouse-client's host :) ):
# its column list names the result printed under it, no header of the form's, and its figures no row.
# A client that echoes the query with no prompt before it (Teradata BTEQ's log, a script's echo) prints the same
# statement bare: SELECT, its column list, FROM and a table's name in ASCII (a schema's dots, quotes, brackets).
_PROMPT_QUERY = re.compile(r"^[\w.@:~/\-]+\s?(?:=>|=#|->|>|#|\$|:\))\s+(?:SELECT|WITH|SHOW|DESCRIBE|DESC)\b"
                           r"|^\s*SELECT\s.+\sFROM\s+[\"`\[]?[A-Za-z_][\w.$\"`\[\]]*", re.I | re.S)


def _streams(doc: Document, taken: set[int]):
    """Runs of consecutive paragraphs not taken by another rebuild, as one text: (text, the
    block, start offset and paragraph of each line). A query at a client's prompt (above) ends a run."""
    run: list[tuple[int, Paragraph]] = []
    for k, b in enumerate(doc.blocks + [None]):
        if isinstance(b, Paragraph) and k not in taken and not _PROMPT_QUERY.match(b.text):
            run.append((k, b))
            continue
        if run:
            text, parts, at = "", [], 0
            for blk, para in run:
                parts.append((at, blk, para))
                text += para.text + "\n"
                at = len(text)
            yield text, parts
        run = []


def _place(parts, at: int):
    """The paragraph holding offset `at` of a stream: (its offset, block, paragraph)."""
    return max((x for x in parts if x[0] <= at), key=lambda x: x[0])


def pages_joined(source: str) -> tuple[str, list[int]]:
    """The text of a stream with its page marks (PAGE_MARK) blanked; where the marks are a
    document-sharing site's pages (1、 2、 3、 … in order, each page but the last a long line), each
    page cut is undone: the site cut one string at a length, anywhere, so 12月底之前完成10 / 2、0%100%10
    is 100% and 取得2018-2022 / 2、監測資料 one name; the line break and the mark are none of the
    document's. (text, off): off[i] the offset in `source` of text[i], and of the end last."""
    marks = list(PAGE_MARK.finditer(source))
    pages = [int(m.group()[:-1]) for m in marks] == list(range(1, len(marks) + 1)) and \
        all(len(source[m.end():].split("\n", 1)[0]) >= PAGE_LEN for m in marks[:-1])
    skip = {m.start() - 1: m.end() for m in marks[1:]} if pages else {}
    blank = {k for m in marks if m.start() - 1 not in skip for k in range(*m.span())}
    text, at, k = [], [], 0
    while k < len(source):
        if k in skip:
            k = skip[k]
            continue
        text.append(" " if k in blank else source[k])
        at.append(k)
        k += 1
    return "".join(text), at + [len(source)]


def rebuild_joined(doc: Document, taken: set[int]):
    """Tables whose cells were run together, rebuilt (rebuild.Rebuilt), and the stretches that
    hold a header and figures but no row read: (rebuilt, [(block, rows, warning)])."""
    out, silent = [], []
    for source, parts in _streams(doc, taken):
        text, off = pages_joined(source)
        marks = frozenset(k for k in range(len(text)) if PAGE_MARK.match(source, off[k]) and text[k] == " ")

        def place(x: int, parts=parts, off=off):
            return _place(parts, off[x])     # the paragraph holding offset x of the joined text
        pos = 0
        before: tuple[Rebuilt, int] | None = None    # the last table rebuilt from this run, and its end
        while (h := find_header(text, pos)) is not None:
            a, b, cells = h
            roles = [r for _, _, r in cells]
            points = _points_header(roles, text, b)
            # the table's heading right before its header, and those among its rows
            headings = [(m.span(), Decimal(m.group("points")), 0)] if (m := HEADING_BEFORE.search(text, pos, a)) else []
            held: list = []
            rows, unread, end, tail = points_rows(text, b) if points else rows_of(text, b, roles, marks, headings, held)
            summed = None     # (the total, what was said) where the weights' sum cut the rows
            if not rows and not tail and held and (got := by_total(text, end, roles, unread, held)) is not None:
                rows, unread, summed = got
            pos = max(end, b)

            def cell(x: int, y: int) -> RunCell:
                _, blk, para = place(x)
                # a cell the site's page cut runs on into the next paragraph (10 / 2、0%): both blocks
                more = [b for b in [place(y - 1)[1]] if b != blk]
                return RunCell(source_line(para, blk), text[x:y].strip(), [blk] + more, src=para.loc)
            head = [cell(x, y) for x, y, _ in cells]
            if points:
                # the weights stand in the names' brackets: a column of their own, named for the reader
                lvl3 = head[roles.index("level3")]
                head.insert(len(head) - 1, RunCell(lvl3.line, "分值（名称后括号内）", lvl3.blocks, src=lvl3.src))
                roles = roles[:-1] + ["weight", "score"]
            first = place(a)
            if not rows:
                figures = len(FIGURE_RUN.findall(text, b, pos))
                if unread or tail or figures >= 2:
                    n = len(unread) + len(tail) or \
                        max(1, figures // max(1, len([r for r in roles if r in VALUE_ROLES])))
                    silent.append((first[1], n, _warning(first[2], n, unread, text, tail, roles)))
                continue
            if any(place(x)[1] != place(y - 1)[1] and "\n" in text[x:y] for row in rows
                   for x, y in [s for s in row[:3] if s] + list(row[3].values())):
                continue     # a cell across a line break: not a cut the grammar gives (a page cut is none)
            rb = Rebuilt(first_block=first[1], blocks=set(), header=head, roles=roles, rows=[])
            for l1, l2, nm, spans in rows:
                row = [None] * len(roles)
                for role, span in (("level1", l1), ("level2", l2), ("level3", nm), *spans.items()):
                    if span is not None and role in roles and role != UNNAMED:     # a column no one reads
                        row[roles.index(role)] = cell(*span)
                rb.rows.append(row)
            last = place(pos - 1 if pos > b else b - 1)
            rb.blocks = {blk for at, blk, _ in parts if first[0] <= at <= last[0]}
            # the text around the table in its first and last paragraphs stays text
            rb.lead = source[first[0]:off[a]].strip()
            rb.trail = source[off[pos]:last[0] + len(last[2].text)].strip()
            if before is not None and max(before[0].blocks) == first[1]:
                # a second table run on in the paragraph the first ended in: the words between
                # them are the first's trail, once, and neither table's text is the other's
                before[0].trail, rb.lead = source[off[before[1]]:off[a]].strip(), ""
            before = (rb, pos)
            if unread or tail:
                rb.unread = len(unread) + len(tail)
                rb.warning = _warning(first[2], rb.unread, unread, text, tail, roles)
            if summed:
                rb.note = f"该行各列数值连写，按各行分值之和等于总分{summed[0]}唯一地分开"
                rb.warning = f"{where(first[2].loc)}起的段落含指标表表头，单元格连写在一起，{summed[1]}" + \
                    (f"；另有{_named(unread, text, True)}的名称与级别标签或说明连写、无法确定，约{len(unread)}行指标未读取"
                     if unread else "")
            unmet = [f"{where(place(x)[2].loc)}指标表的标题{said}"
                     for x, said in heading_points(text, headings, rows, unread + tail)]
            rb.warning = "；".join([w for w in [rb.warning] if w] + unmet)
            out.append(rb)
        read = {blk for rb in out for blk in rb.blocks} | {blk for blk, _, _ in silent}
        for at, blk, para in parts:
            if not any(blk in rb.blocks for rb in out) and (pairs := scattered_rows(para.text)):
                # values first, names after: the run-together reader found no row and counted them
                silent = [x for x in silent if x[0] != blk]
                out.append(_scattered_table(pairs, para, blk))
            elif blk not in read and (found := scattered(para.text)) is not None:
                silent.append((blk, found[1], f"{where(para.loc)}的段落含指标表表头，表格被压成一段、指标名称与"
                                              f"数值分处不同位置，无法分行，约{found[1]}行指标未读取"))
            elif blk not in read and (heads := headless_rows(para.text)) and \
                    (rb := _headless_table(heads, para, blk)) is not None:
                out.append(rb)
            elif blk not in read and heads:
                silent.append((blk, len(heads), f"{where(para.loc)}的段落似为指标表（无表头，被压成一段），"
                                                f"{_named(heads, para.text, True)}像指标行（名称、带运算符的指标值和数值），"
                                                f"指标值后的数值不止一个或大于100，无表头说明各是完成值、分值还是得分，"
                                                f"约{len(heads)}行指标未读取"))
            elif blk not in read and (pairs := scored_pairs(para.text)):
                rb = _scored_table(pairs, para, blk)
                if rb is not None:
                    out.append(rb)
                    continue
                pairs = sorted(pairs + scored_strays(para.text, pairs))
                said = _named(pairs, para.text, True)
                silent.append((blk, len(pairs), f"{where(para.loc)}的段落含评分表表头（分值、得分），表格被压成一段、"
                                                f"单元格与评分标准文字交错，无法分行；其中{said}像指标行，"
                                                f"至少{len(pairs)}行指标未读取"))
        if found := figures_first(parts, read | {blk for blk, _, _ in silent}):
            rb = figures_first_table(found)
            left = sorted([f for f in found if rb is None or f[0] not in rb.rows_at] + figures_first_gaps(parts, found),
                          key=lambda f: (f[0], len(f) > 3))     # a line's names before its last, first
            levels = ""
            if rb is not None:
                out.append(rb.table)
                # the rows read have no group: their levels are run together with the points; said
                first = rb.table.rows[0][2]
                levels = (f"{where(first.src)}起的段落似为评分表（无表头），{len(rb.table.rows)}行指标按名称"
                          f"及下一行开头的分值、得分读取；一级、二级指标与其分值连写，未能读取")
                rb.table.warning = levels
            if left:
                pblk, first = left[0][0], left[0][1]
                said = "、".join(f"“{f[2]}”" for f in left[:10]) + ("等" if len(left) > 10 else "")
                warning = (f"{where(first.loc)}起的段落似为评分表（无表头），每行的分值和得分写在下一行开头、"
                           f"名称与级别标签连写，无法分列；其中{said}像指标行，约{len(left)}行指标未读取")
                if rb is not None:
                    # the two parts in the order of the lines they name (a row left may stand above the first read)
                    said = (levels, warning) if rb.table.rows[0][2].blocks[0] <= pblk else (warning, levels)
                    rb.table.unread, rb.table.warning = len(left), "；".join(said)
                else:
                    silent.append((pblk, len(left), warning))
    return out, silent


# A line that opens with two bare figures, the second no greater (5 5 可行性…): a scoring table's
# row copied out of a PDF, its points and score run on to the start of the next line.
FIGURES_FIRST = re.compile(r"(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?=\s|$)")
NAME_END = re.compile(r"[\p{Han}）)]\s*$")


def figures_first(parts, read: set[int], least: int = 3) -> list[tuple]:
    """The rows of a scoring table with no header whose lines each open with the points and the
    score of the row above (a name ends that line): (the block and paragraph of the name, the
    name's end and the figures, the block and paragraph of the figures, their match) for each,
    where a run of paragraphs holds at least `least` of them. Read by figures_first_table where the
    name stands alone on its line; counted, not read, where it is run together with the level
    labels (10 分)项目管理(7分)资金管理资金分配)."""
    out = []
    for (_, pblk, prev), (_, blk, para) in zip(parts, parts[1:]):
        m = FIGURES_FIRST.match(para.text.strip())
        if blk in read or m is None or NAME_END.search(prev.text) is None or \
                not Decimal(m.group(2)) <= Decimal(m.group(1)) <= 100:
            continue
        name = FIGURES_FIRST.sub("", prev.text.strip(), count=1).strip()    # its own line's figures are the row above's
        out.append((pblk, prev, name[-12:] + " " + m.group(), blk, para, m))
    return out if len(out) >= least else []


# A line of such a run that opens with one figure before words (40 社会效益(可选项)): the row above
# has not its points and score both (a cell merged over rows, its figure set on one line of them).
FIGURE_ALONE = re.compile(r"(\d+(?:\.\d+)?) (?=\p{Han})")


def figures_first_gaps(parts, found) -> list[tuple]:
    """The rows of a figures_first run, between its first row and its last, that no pair of figures
    gives: the name before a line that opens with one figure and words (which row's the figure is,
    the lines do not say: a points cell merged over several rows gives one figure for them all),
    and, on such a line, the names standing side by side before its last (rows with no figures of
    their own: 生态效益(可选项) 可持续效益(可选项) …); its last name's figures open the next line.
    Counted and named, as (the block, the paragraph, the name), never read."""
    if not found:
        return []
    named, lo, hi = {f[0] for f in found}, found[0][0], found[-1][3]
    out = []
    for (_, pblk, prev), (_, blk, para) in zip(parts, parts[1:]):
        line = para.text.strip()
        m = FIGURE_ALONE.match(line)
        if not lo <= pblk < blk <= hi or m is None or FIGURES_FIRST.match(line) or Decimal(m.group(1)) > 100:
            continue
        if pblk not in named and NAME_END.search(prev.text):
            name = FIGURE_ALONE.sub("", FIGURES_FIRST.sub("", prev.text.strip(), count=1), count=1).strip()
            out.append((pblk, prev, name[-12:]))
        words = line[m.end():].split()
        if len(words) > 1 and all(LONE_NAME.fullmatch(w) for w in words) and \
                all(cell_fit(w, "level3") is not None for w in words[:-1]):
            out += [(blk, para, w) for w in words[:-1]]
    return out


# The name of such a row where it stands alone: the whole of its line after the figures the line
# opens with (the row above's), words with a bracketed note at most (可行性 (政策完善)).
LONE_NAME = re.compile(r"\p{Han}[^\s()（）\d]{1,29}(?:\s*[（(][^（()）\n]{1,12}[)）])?")


# A group label's points closing its bracket ((20 分), (10 ), 特性指标70 分)): on a row's line, what
# stands before it is the row's group labels run together with their points.
LABEL_POINTS = re.compile(r"\d+(?:\.\d+)?\s*分?\s*[)）]")


def _label_and_name(words: str, width: int | None = None) -> tuple[str, str] | None:
    """The label and the name on a row's line that opens with its groups' labels and their points
    ((10 分)项目管理(7分)资金管理资金分配, 10 ) 绩效目标明确性): the words after the last label's points,
    parted where the vocabulary knows the level label that opens them (four characters or more, as
    figures_first_table takes a label run into a name) and the rest is a name alone; where `width` is
    given (the one width of the labels the run's other rows show: _label_width), a label the
    vocabulary lacks is its first `width` characters, where the rest is a name alone and no label.
    None: where the label ends is not known (科学决策必要性 with no width), and the row stays counted."""
    points = list(LABEL_POINTS.finditer(words))
    if not points:
        return None
    rest = words[points[-1].end():].strip()

    def named(n: int) -> str | None:
        name = rest[n:].strip()
        ok = LONE_NAME.fullmatch(name) and cell_fit(name, "level3") is not None and not level_label(name)
        return name if ok else None
    for n in range(len(rest) - 2, 3, -1):     # the longest label first
        if level_label(rest[:n]) and (name := named(n)) is not None:
            return rest[:n], name
    if width is not None and re.fullmatch(r"\p{Han}+", rest[:width]) and not level_label(rest[:width]) and \
            (name := named(width)) is not None:
        return rest[:width], name
    return None


def _name_after_labels(words: str, width: int | None = None) -> str | None:
    """The name of _label_and_name, or None."""
    found = _label_and_name(words, width)
    return found[1] if found else None


def _label_width(lines: list[str]) -> int | None:
    """The one width of the level labels the vocabulary knows that open a row's words after its group's
    points (绩效目标明确性, 资金管理资金分配, 项目完成完成数量: 4), where two rows or more show such a
    label and all those labels are that wide: the run's own evidence of where a label ends (科学决策必要性
    is 科学决策 | 必要性, 项目执行执行规范 is 项目执行 | 执行规范). None where fewer show one or the widths
    differ."""
    widths = [len(found[0]) for w in lines if (found := _label_and_name(w)) is not None]
    return widths[0] if len(widths) >= 2 and len(set(widths)) == 1 else None


@dataclass
class FiguresFirst:
    table: Rebuilt
    rows_at: set[int]        # the blocks of the names of the rows read


def figures_first_table(found) -> FiguresFirst | None:
    """The rows of figures_first whose names can be read, as a table: a row whose name is the
    whole of its line after the row above's points and score (5 5 可行性 (政策完善)), so that no
    level label can be run into it; its points and score the two figures the next line opens
    with. A name that begins with a level label of four characters or more (项目完成完成数量,
    绩效目标明确性) is the label and the name run together, and is left to the count; the short
    forms (立项, 质量, 满意度) begin names too (立项程序规范性, 质量达标率) and are not taken for labels. The levels stay unread: they are run
    together with their points ((10 分)项目管理(7分)资金管理), so no group can be told. Read only
    where some row's score is below its points: that fixes which figure is which (a score is
    never above its points); where every pair is equal, the order is not shown and none is read."""
    if not any(Decimal(m.group(2)) < Decimal(m.group(1)) for *_, m in found):
        return None
    opens = {blk for *_, blk, _, _ in found}      # paragraphs that open with a row's figures

    def words_of(pblk, prev) -> tuple:
        text = prev.text.strip()
        own = FIGURES_FIRST.match(text) if pblk in opens else None
        return own, text[own.end():].strip() if own else text
    width = _label_width([words_of(pblk, prev)[1] for pblk, prev, *_ in found])
    rows, at = [], set()
    for pblk, prev, _, blk, para, m in found:
        own, words = words_of(pblk, prev)
        if (name := _name_after_labels(words, width)) is None:
            # no group's labels before it: the name alone on its line after the row above's figures
            name = words
            if own is None or not LONE_NAME.fullmatch(name) or cell_fit(name, "level3") is None or \
                    any(level_label(name[:n]) for n in range(4, len(name))):
                continue
        rows.append([None, None, RunCell(source_line(prev, pblk), name, [pblk], src=prev.loc),
                     RunCell(source_line(para, blk), m.group(1), [blk], src=para.loc),
                     RunCell(source_line(para, blk), m.group(2), [blk], src=para.loc)])
        at |= {pblk, blk}
    if not rows:
        return None
    first = rows[0][2]
    # no header: the table's columns, named for the reader; the level columns left empty
    head = [RunCell(first.line, text, first.blocks, src=first.src) for text in ("一级指标", "二级指标", "三级指标", "分值", "得分")]
    rb = Rebuilt(first_block=min(at), blocks=at, header=head, roles=["level1", "level2", "level3", "weight", "score"],
                 rows=rows)
    last = next(f for f in reversed(found) if f[3] == max(at))
    if last[3] not in {r[2].blocks[0] for r in rows}:
        # the words after the last row's figures (总分, the report going on) stay text
        rb.trail = last[4].text.strip()[last[5].end():].strip()
    return FiguresFirst(rb, {r[2].blocks[0] for r in rows})


NAME_TOKEN = re.compile(r"\p{Han}{2,}")
POINTS_TOKEN = re.compile(r"\d+(?:\.\d+)?")


def scored_pairs(text: str, window: int = 12) -> list[tuple[int, int]]:
    """A scoring table flattened into one paragraph, its cells interleaved with the scoring
    criteria's words (046: 项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2 复核分 …): a
    header naming a level or name column, the weight and the score, and after it words followed
    by two bare figures, the second no greater (决策依据 2 2: a name, its points, its score). The
    spans of those: a figure of the criteria's words can stand where a score does (目标申报 4 0.5
    分), so _scored_table reads only those their surroundings make sure and counts the others.
    Empty where there is no such header."""
    toks = list(_TOKEN.finditer(text))
    for i, t in enumerate(toks):
        roles: list[str] = []
        for u in toks[i:i + window]:
            role = header_field(u.group(), set(roles))
            if role is not None and _tight(u.group(), role):
                roles.append(role)
        if not roles or header_field(t.group(), set()) is None or \
                not ({"weight", "score"} <= set(roles) and {"level1", "level2", "level3"} & set(roles)):
            continue
        out = []
        for k in range(i + 1, len(toks) - 2):
            name, w, sc = toks[k:k + 3]
            if NAME_TOKEN.fullmatch(name.group()) and header_field(name.group(), set()) is None and \
                    POINTS_TOKEN.fullmatch(w.group()) and POINTS_TOKEN.fullmatch(sc.group()) and \
                    Decimal(sc.group()) <= Decimal(w.group()) <= 100:
                out.append((name.start(), sc.end()))
        return out
    return []


# What stands around a name and its two figures that makes them the row's cells: before the name
# the end of a cell or of a criterion's clause (a points note's 分, punctuation, a figure, a word
# of the header), after the score no 分 or unit, which would make the figure a criterion's points
# (目标申报 4 0.5 分,扣完为止: 0.5 is 扣0.5分, the row's score comes later).
_PAIR_BEFORE = re.compile(r"(?:分|[。；;，,：:、)）]|\d)\s*$")
_PAIR_AFTER = re.compile(rf"\s*(?:分|{UNIT})")


# Rows of such a paragraph that no name-points-score run gives, yet whose cells show them rows: a
# name, a group's label with its points (the merged label cell set among its rows), then a bare
# figure no greater (组织机构 项目管理 13 分 2: the row's points; its score lost among the criteria's
# words); and a name before two quantities of one unit (采购设备 10 台套 10 台套: a target and a
# result under a second header the flattening scattered). Counted and named, never read.
_BY_LABEL = re.compile(rf"(?P<name>\p{{Han}}{{2,}})\s+(?P<label>\p{{Han}}{{2,}})\s*(?P<points>{NUMBER})\s*分\s+"
                       rf"(?P<figure>{NUMBER})(?=\s)(?!\s*(?:{UNIT}))")
_TWO_QUANTITIES = re.compile(rf"(?P<name>\p{{Han}}{{2,}})\s+{NUMBER}\s*(?P<unit>(?:{UNIT})\p{{Han}}{{0,2}})\s+"
                             rf"{NUMBER}\s*(?P=unit)(?=\s|$)")


def scored_strays(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the rows above in a paragraph scored_pairs read, none inside a pair's span."""
    out = []
    for m in _BY_LABEL.finditer(text, overlapped=True):
        if level_label(m["label"]) and not level_label(m["name"]) and header_field(m["name"], set()) is None \
                and _PAIR_BEFORE.search(text, 0, m.start()) and Decimal(m["figure"]) <= Decimal(m["points"]):
            out.append((m.start(), m.end()))
    for m in _TWO_QUANTITIES.finditer(text):
        if not m["unit"].startswith("分") and header_field(m["name"], set()) is None and not level_label(m["name"]):
            out.append((m.start(), m.end()))
    return sorted(s for s in out if not any(a <= s[0] < e or s[0] <= a < s[1] for a, e in pairs))


def _scored_table(pairs: list[tuple[int, int]], para: Paragraph, blk: int) -> Rebuilt | None:
    """The rows scored_pairs found that their surroundings make sure, read as a table of names,
    points and scores: the name a whole cell (the text before it ends a cell or a clause, so it is
    no wrapped name's last piece) and the score no criterion's points (no 分 or unit after it). The
    others stay counted and named. The levels stay unread: in the flattened page a group's label
    stands among its rows (项目管理 13 分 after its first two), so no row's group can be told. None
    where no pair is sure."""
    text = para.text
    sure = [(a, e) for a, e in pairs
            if (_PAIR_BEFORE.search(text, 0, a) or header_field((text[:a].split() or [""])[-1], set()) is not None)
            and not _PAIR_AFTER.match(text, e)]
    if not sure:
        return None
    line = source_line(para, blk)
    rows = []
    for a, e in sure:
        name, points, score = _TOKEN.finditer(text[a:e])
        rows.append([None, None] + [RunCell(line, m.group(), [blk], src=para.loc) for m in (name, points, score)])
    # no header names the columns as the rows hold them: named for the reader, the level columns empty
    head = [RunCell(line, h, [blk], src=para.loc) for h in ("一级指标", "二级指标", "三级指标", "分值", "得分")]
    rb = Rebuilt(first_block=blk, blocks={blk}, header=head, roles=["level1", "level2", "level3", "weight", "score"],
                 rows=rows, lead=text[:pairs[0][0]].strip(), trail=text[pairs[-1][1]:].strip())
    # the rows left are the table's (counted here), not text after it
    left = sorted([p for p in pairs if p not in sure] + scored_strays(text, pairs))
    rb.warning = (f"{where(para.loc)}的段落含评分表表头（分值、得分），表格被压成一段、单元格与评分标准文字交错；"
                  f"{len(rows)}行按“名称 分值 得分”读取（名称后紧随两个数值，后者不大于前者），一级、二级指标未能读取")
    if left:
        rb.unread = len(left)
        rb.warning += (f"；其中{_named(left, text, True)}像指标行，但名称前后的文字说明不了它们是表格的单元格"
                       f"（数值后带“分”或单位时可能是评分标准中的分数），至少{len(left)}行指标未读取")
    return rb


def scattered(text: str, window: int = 40):
    """A table flattened into one paragraph with its header cells, names and figures in separate
    runs (059: 指标名称 … 目标值 … 权重 实际完成 自评分, then the figures four by four, then the
    names): no row can be put together, but the rows are there. (offset of the header, about how
    many rows) or None: the figures after the header, one per value column a row."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    for i in range(len(toks)):
        roles, last = [], i
        for j in range(i, min(i + window, len(toks))):
            role = header_field(toks[j][1], set(roles))
            if role is not None and _tight(toks[j][1], role):
                roles.append(role)
                last = j
        if not roles or header_field(toks[i][1], set()) is None or not _is_header(roles):
            continue
        values = len([r for r in roles if r in VALUE_ROLES])
        figures = sum(1 for _, t in toks[last + 1:] if FIGURE.fullmatch(t))
        return (toks[i][0], figures // values) if figures >= 2 * values else None
    return None


# A level-1 label run straight into a level-2 label (产出指标数量指标): two level cells of one row of
# a flattened table, never a sentence; the names as the level grammar writes them, ending in 指标.
_L1 = sorted({v for vs in LEVEL1.values() for v in vs if v.endswith("指标")}, key=len, reverse=True)
_L2 = sorted({v for _, vs in LEVEL2.values() for v in vs if v.endswith("指标")}, key=len, reverse=True)
LEVEL_PAIR = re.compile(rf"(?:{'|'.join(_L1)})(?:\s*{points_note()})?\s*(?:{'|'.join(_L2)})")
# A row of such a table with no header: a name, its target with the operator that marks a target
# (=100%, ≤10次), then a bare figure after a space, a weight or a score: which, no header says.
HEADLESS_ROW = re.compile(rf"(\p{{Han}}[^\s\d=＝≤≥<>＜＞]{{1,40}}?){OPS}{NUMBER}(?:{UNIT})?\s+{NUMBER}(?=\s|$)")


# A unit written apart from its number (2 小时, =2 个): the figure's, where the number stands alone.
_UNIT_APART = re.compile(rf"(?:{UNIT}|小时|分钟)")
_BARE = re.compile(rf"{OPS}?{NUMBER}")
_WORD_VALUE = re.compile(r"\p{Han}{1,4}")


def _scattered_value(toks, k: int, role: str):
    """The value cell at token k for a column of `role` in a flattened table's run of values: a
    figure (its unit written apart taken with it), for a target or a result also a short word
    (及时 | 及时); (the token after it, the cell's span) or None."""
    if k >= len(toks):
        return None
    (a, t), end = toks[k], k + 1
    if role in ("weight", "score"):
        ok = POINTS_TOKEN.fullmatch(t) and Decimal(t) <= 100
    else:
        ok = FIGURE.fullmatch(t) or _WORD_VALUE.fullmatch(t) and header_field(t, set()) is None and not level_label(t)
        if ok and _BARE.fullmatch(t) and end < len(toks) and _UNIT_APART.fullmatch(toks[end][1]):
            end += 1
    if not ok:
        return None
    return end, (a, toks[end - 1][0] + len(toks[end - 1][1]))


def scattered_rows(text: str):
    """The rows of a table flattened into one paragraph with its values first and its names after
    them (056: 一级指标 二级指标 三级指标 与委托运营方结算完成 年度 指标值 … 分值 得分 =100% 100% 10 10
    =100% 100% 20 20 … 100 98.62 率 产出指标 质量指标 … 合同结算条款完成率 … 总分), paired where an
    order and count grammar makes the pairing sure: the header a run of header cells (a header word
    broken over two tokens, 年度 指标值, is one), level labels and the first name's first piece;
    right after it the value groups, one cell per value column in the header's order (a score never
    above its points); then the total's two figures, no less than the points and the scores summed;
    then, up to the total's label (总分, 合计), the names among the level labels, each space a
    boundary, a piece of one character the line a name wrapped onto (率), a run of single characters
    a label written down a column (绩 效 指 标). Read only where there are as many names as value
    groups, each name in the order of its group; the levels, printed apart from both, stay unread.
    ([(name pieces' spans, {role: span})], the header's start, the total label's end) or None."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    for i, (_, t0) in enumerate(toks):
        if header_field(t0, set()) not in ("level1", "level2", "level3"):
            continue
        roles, pieces, k = [], [], i
        while k < len(toks):
            t = toks[k][1]
            two = t + toks[k + 1][1] if k + 1 < len(toks) else ""
            if two and header_field(t, set()) is None and (role := header_field(two, set(roles))) is not None \
                    and _tight(two, role):
                roles.append(role)          # a header word broken over two tokens (年度 指标值)
                k += 2
            elif roles and header_field(t, set()) == roles[-1] == header_field(toks[k - 1][1] + t, set()):
                k += 1                      # the rest of the header cell before (实际 完成值)
            elif (role := header_field(t, set(roles))) is not None and _tight(t, role):
                roles.append(role)
                k += 1
            elif level_label(t) or FIGURE.fullmatch(t) or not NAME_TOKEN.fullmatch(t):
                break
            else:
                pieces.append([toks[k]])
                k += 1
        values = [r for r in roles if r in VALUE_ROLES]
        if not (k < len(toks) and level_label(toks[k][1]) is False and {"weight", "score"} <= set(values)
                and {"target", "actual"} & set(values) and len(values) == len(set(values))
                and "level3" in roles and len(pieces) <= 1):
            continue
        groups = []
        while True:
            group, p = {}, k
            for role in values:
                got = _scattered_value(toks, p, role)
                if got is None:
                    break
                p, group[role] = got
            if len(group) < len(values) or Decimal(text[slice(*group["score"])]) > Decimal(text[slice(*group["weight"])]):
                break
            groups.append(group)
            k = p
        total = toks[k:k + 2]
        if len(groups) < 2 or len(total) < 2 or not all(POINTS_TOKEN.fullmatch(t) for _, t in total) or \
                sum(Decimal(text[slice(*g["weight"])]) for g in groups) > Decimal(total[0][1]) or \
                sum(Decimal(text[slice(*g["score"])]) for g in groups) > Decimal(total[1][1]):
            return None
        k += 2
        singles: list = []

        def close_singles() -> bool:
            # single characters: a label written down a column, or the line a name wrapped onto
            if not singles:
                return True
            word = "".join(t for _, t in singles)
            if not (level_label(word) or word.endswith("指标")):
                if not pieces:
                    return False
                pieces[-1] += singles
            singles.clear()
            return True
        while k < len(toks) and not toks[k][1].startswith(("总分", "合计")):
            t = toks[k][1]
            if len(t) == 1 and NAME_TOKEN.fullmatch(t + t):
                singles.append(toks[k])
            elif not close_singles():
                return None
            elif level_label(t):
                pass
            elif NAME_TOKEN.fullmatch(t) and header_field(t, set()) is None:
                pieces.append([toks[k]])
            else:
                return None
            k += 1
        if k == len(toks) or not close_singles() or len(pieces) != len(groups):
            return None
        end = toks[k][0] + len(toks[k][1])       # through the total's label
        return [([(a, a + len(t)) for a, t in piece], group) for piece, group in zip(pieces, groups)], toks[i][0], end
    return None


def _scattered_table(found, para: Paragraph, blk: int) -> Rebuilt:
    """The rows scattered_rows paired, as a table: each name its pieces joined by a space (the
    line breaks the PDF's column width made), its values the group of its order."""
    found, start, end = found
    text, line = para.text, source_line(para, blk)
    roles = ["level1", "level2", "level3"] + [r for r in ("target", "actual", "weight", "score") if r in found[0][1]]
    heads = {"level1": "一级指标", "level2": "二级指标", "level3": "三级指标", "target": "年度指标值",
             "actual": "实际完成值", "weight": "分值", "score": "得分"}
    rows = []
    for pieces, group in found:
        name = RunCell(line, " ".join(text[a:b] for a, b in pieces), [blk], src=para.loc)
        rows.append([None, None, name] + [RunCell(line, text[slice(*group[r])], [blk], src=para.loc) for r in roles[3:]])
    head = [RunCell(line, heads[r], [blk], src=para.loc) for r in roles]
    rb = Rebuilt(first_block=blk, blocks={blk}, header=head, roles=roles, rows=rows,
                 lead=text[:start].strip(), trail=text[end:].strip())
    rb.warning = (f"{where(para.loc)}的段落含指标表表头，表格被压成一段、各行的数值在前、指标名称在后；名称{len(rows)}个、"
                  f"数值组{len(rows)}组，个数相符，按先后次序配对读取（名称中的空格为原文换行）；一级、二级指标与之分开排列，未能读取")
    return rb


def headless_rows(text: str) -> list[tuple[int, int]]:
    """The rows of an indicator table flattened into one paragraph with its header cut away (a
    passage that starts inside the table: 产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 …
    合计100): from a level-1 label run into a level-2 label up to a total, the spans of the rows
    that give a name, a target with its operator and a bare figure, where two or more do (read by
    _headless_table, the figure the weight, or counted where a row says less)."""
    m = LEVEL_PAIR.search(text)
    if m is None:
        return []
    end = (s.start() if (s := STOP.search(text, m.start())) else len(text))
    rows = []
    for r in HEADLESS_ROW.finditer(text, m.start(), end):
        a = r.start()
        while (b := _level_at(text, a)) > a:   # the level labels before the name are the row's own cells
            a = b
        # a bracketed note may hold a colon (结余率(计算方法为:结余数/预算数)); the name itself none
        if SENTENCE.search(re.sub(r"[（(][^（()）]*[)）]", "", text[a:r.end(1)])) is None:
            rows.append((a, r.end()))
    return rows if len(rows) >= 2 else []


# The columns such a row gives, in its order: no header was written, these are what its cells are.
HEADLESS_FORM = ["一级指标", "二级指标", "三级指标", "指标值", "权重"]
_HEADLESS_CELLS = re.compile(rf"(?P<name>.+?)(?P<target>{OPS}{NUMBER}(?:{UNIT})?)\s+(?P<points>{NUMBER})", re.S)


def _headless_table(heads: list[tuple[int, int]], para: Paragraph, blk: int) -> Rebuilt | None:
    """The rows headless_rows found, read as the form they are written in: the level labels run
    into the name, the target with its operator, then one bare figure. That figure is the weight:
    a score scores a result, and these rows state none (the target's operator marks it a target,
    not a result). The reader says no header was written and which columns it read. None where a
    row's figure is followed by another (=100% 100 10: a result, then points or a score) or is
    more than a weight can be: which figure is which, the row does not say."""
    text = para.text
    if any(re.match(r"\s*[\d.=＝≤≥<>＜＞%％]", text[e:]) or cell_number(text[a:e].split()[-1]) > 100
           for a, e in heads):
        return None
    line = source_line(para, blk)

    def cell(x: int, y: int) -> RunCell:
        return RunCell(line, text[x:y].strip(), [blk], src=para.loc)
    rows = []
    # headless_rows gives each row from its name on: its level labels stand between the row before
    # (the first: the level pair that opens the table) and its name
    start = LEVEL_PAIR.search(text).start()
    for a, e in heads:
        labels, p = [], start
        while True:
            p += len(text[p:a]) - len(text[p:a].lstrip())
            if p >= a or (b := _level_at(text, p)) <= p:
                break
            labels.append((p, b))
            p = b
        # words between the row before and this name that are no level label, or a level-1 label
        # alone (whose level 2 the row does not give): not the form, its rows stay counted
        if p != a or len(labels) == 1 and canonical_level1(bare(text[slice(*labels[0])])):
            return None
        start = e
        m = _HEADLESS_CELLS.fullmatch(text, a, e)
        row: list[RunCell | None] = [None] * len(HEADLESS_FORM)
        for k, (x, y) in zip([0, 1] if len(labels) == 2 else [1], labels):
            row[k] = cell(x, y)
        row[2], row[3], row[4] = cell(*m.span("name")), cell(*m.span("target")), cell(*m.span("points"))
        rows.append(row)
    head = [RunCell(line, h, [blk], src=para.loc) for h in HEADLESS_FORM]
    rb = Rebuilt(first_block=blk, blocks={blk}, header=head, roles=[header_field(h, set()) for h in HEADLESS_FORM],
                 rows=rows, lead=text[:heads[0][0]].strip(), trail=text[heads[-1][1]:].strip())
    rb.warning = (f"{where(para.loc)}的段落似为指标表（无表头，被压成一段），{len(heads)}行按“名称、带运算符的"
                  f"指标值、一个数值”读取：行中无完成值，该数值按权重读取，未读作得分")
    return rb


def _named(spans, text: str, one_line: bool = False) -> str:
    def said(x: int, y: int) -> str:
        return (" ".join(text[x:y].split()) if one_line else text[x:y].strip())[:24]
    return "、".join(f"“{said(x, y)}”" for x, y in spans[:5]) + ("等" if len(spans) > 5 else "")


def _warning(para: Paragraph, n: int, unread, text: str, tail=(), roles=()) -> str:
    rows = _named(unread, text, True)
    after = f"，读取中途停止，其后像指标行的{_named(tail, text, True)}未能分成各列" if tail else ""
    named = _name_runs_on(list(roles)) and METHOD in roles[roles.index("level3") + 1:roles.index("level3") + 2]
    cause = "，表头中指标名称后为说明或评分标准文字列，名称与该列文字连在一起无法分开" if named else \
        "，表头中指标名称后有一列未能识别，名称与该列文字连在一起无法分开" if _name_runs_on(list(roles)) else ""
    return (f"{where(para.loc)}起的段落含指标表表头，单元格连写在一起" + cause
            + (f"，{rows}无法唯一地分成各列" if rows else "" if tail else "，无法分行") + after
            + f"，约{n}行指标未读取")


# The fund table's header run together (年初预算数全年预算数全年执行数分值执行率得分): its column words
# (fund_grammar.FUND_FIELDS), each with a bracketed unit or formula at most, nothing between them but spaces.
_FUND_WORDS = "|".join(re.escape(w) for w in sorted({w for _, ws in FUND_FIELDS for w in ws}, key=len, reverse=True))
_FUND_CELL = rf"(?:{_FUND_WORDS})(?:\s*[（(][^（()）]{{0,12}}[)）])?"
FUND_HEAD_RUN = re.compile(rf"{_FUND_CELL}(?:\s*{_FUND_CELL}){{2,}}")
# A row label (年度资金总额, 其中:财政拨款) and the digits right after it, as one run.
FUND_ROW = re.compile(r"(\p{Han}[\p{Han}：:]{1,15}?)[：:]?\s*(\d[\d.,，%％]*)")


def glued_fund_lines(text: str) -> list[tuple[list[str], str]]:
    """Fund rows whose figures ran together after a fund header that ran together too (年初预算数
    全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10): (the header's cells,
    the row as written) for each. A run that is not one figure (two decimal points, digits after a %)
    holds several, and digits without separators can be cut more than one way (2456.18 | 2456.18 or
    2456.182 | 456.18), so the row is named, never cut."""
    out = []
    for h in FUND_HEAD_RUN.finditer(text):
        cells = re.findall(_FUND_CELL, h.group())
        taken: set[str] = set()
        fields = [f for c in cells if (f := fund_word_field(c, taken)) is not None and not taken.add(f)]
        if len(fields) < 3 or len(set(fields) & set(MONEY_FIELDS)) < 2:
            continue
        for m in FUND_ROW.finditer(text, h.end()):
            label, run = m.group(1), m.group(2).rstrip(".,，")
            if FUND_HEAD_RUN.match(text, m.start()):
                break     # another fund header: its rows are its own
            if (FUND_LABEL.search(label) or FUND_SOURCE.search(label)) and _glued(run):
                out.append((cells, label + run))
    return out


def _glued(run: str) -> bool:
    """Digits that are not one figure: two decimal points, or digits after a percent sign."""
    return run.count(".") > 1 or bool(re.search(r"[%％]\d", run))
