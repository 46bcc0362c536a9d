"""Cell and row tests shared by the table reader (normalize.tables) and its mixin modules: a row's first text,
the kind of a header row, a cell's value, label: value pairs, the money unit and the title above a table."""
from __future__ import annotations

import regex as re

from jixiao.extract import Document, Paragraph, Table, normalize_ws

from . import columns
from .columns import FIGURE_KINDS
from .fund_grammar import FUND_GRAMMAR, FUND_LABEL, FUND_SOURCE, _fund_fields, fund_word_field
from .indicator_header import HAS_DIGIT, _indicator_cols, _indicator_fields
from .quantity import Quantity, SCALES, clean, parse, parse_cell, rate_named, ratio
from .records import Figure
from .reporting_unit import label_role
from jixiao.extract.summary_rows import RESULT_LABEL, summary_label
from .vocab import (DEPT_NAME_LABELS, STOP_LABELS, bare, canonical_level1, canonical_level2, header_field, header_words,
                    name_label, points_note, without_gloss)


# The first words of a row that is no indicator row though it may look like one (a total, a label of the
# form's head or foot): neither read by its neighbours nor counted unread.
NOT_A_ROW = STOP_LABELS + ("总计", "小计", "总额")

# A money unit in brackets (资金（万元）, （千元）): 元 after any scale word of the value grammar.
MONEY_UNIT = re.compile(r"[（(]\s*((?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")?元)\s*[）)]")
# A line stating the money unit of the table under it (金额单位：元, 单位：万元 at a 填报单位 line's end): the
# label 单位 and a colon, then a money unit alone (not 元/尾, a rate's; not 填报单位：X局, a name).
UNIT_STATED = re.compile(r"(?:金额|资金)?单位\s*[：:]\s*((?:" + "|".join(sorted(SCALES, key=len, reverse=True)) +
                         r")?元)(?![/\p{Han}\w])")


def _name_key(name: str) -> str:
    """A project name for matching its mentions: full width as half width, no spaces."""
    return "".join(clean(name).split())


# A level cell's points, in brackets or after the name (项目决策 2分, 数量指标 15 分). The bracketed
# note is the one vocab.bare strips from the cell's name (named, cut: 分 written), not the level
# grammar's (产出指标(50)), as the cell's level is read from that name: bare keeps a bare (50), which
# may be a name's own, and canonical_level1 then reads no level there (the row's level 2 gives it).
LEVEL_POINTS = re.compile(rf"{points_note(named=True, cut=True)}|(?<=\p{{Han}})\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[)）]?\s*$")


def _fund_cols(header: list[str]) -> dict[str, int]:
    cols = _fund_fields(header)
    budget_words = {"budget_initial", "budget_full_year", "executed", "exec_rate_stated"}
    return cols if len(budget_words & cols.keys()) >= 2 else {}


def _fund_header(row: list[str]) -> dict[str, int]:
    """A fund table's header below other rows: its words name the money columns and no cell is a
    figure. A row with figures is data, whatever its words: an indicator named 预算执行率 with
    its formula 全年执行数/全年预算数×100% (分值 10, ≥95%, 98%) is no header."""
    return {} if any(columns.kind(x) in FIGURE_KINDS for x in row) else _fund_cols(row)


def _another_header(row: list[str]) -> bool:
    """A row of three or more labels and no figure that are not level names (序号 | 学校性质 |
    培训机构 …): the header of another table below the indicator rows."""
    texts = [bare(x) for x in row if bare(x)]
    return len(texts) >= 3 and not any(columns.kind(x) in FIGURE_KINDS for x in row) and \
        not any(canonical_level1(x) or canonical_level2(x)[0] for x in texts) and \
        sum(len(x) <= 12 for x in texts) == len(texts)


def _fund_like(row: list[str], fund_table: bool) -> bool:
    """A money row, not an indicator: a label ending in a colon (其中-财政拨款: | 60万), or amounts
    of money only beside a fund label (资金金额 | 实施期资金总额： | 30万元), or, in a table with a
    fund block, one amount alone (自治区补助 | 300万元)."""
    texts = [bare(x) for x in row if bare(x) and columns.kind(x) not in ("figure", "opfigure", "number", "percent")]
    figures = [parse(bare(x)) for x in row if columns.kind(x) in ("figure", "opfigure", "number", "percent")]
    money = bool(figures) and all(q.unit in ("万元", "元", "亿元") or q.scale != 1 and not q.unit for q in figures)
    if texts and re.search(r"[:：]$", texts[0]):
        return True
    if money and any(FUND_LABEL.search(x) or FUND_SOURCE.search(x) for x in texts):
        return True
    return fund_table and money and len(figures) == 1


def _other_header(grid, like: list[int]) -> bool:
    """A numbered roster (序号 | 学校性质 | 培训机构 | 培训人数 …, the rows 1, 2, 3 …) under a header
    that names no column of an indicator table: a list of things, not missed indicators."""
    firsts = [next((x for x in grid[r] if bare(x)), "") for r in like]
    if not columns.serial(firsts):
        return False
    # rows whose cells after the number open with a level 1 and a level 2 are indicators, numbered:
    # a roster's things have no level
    if _most([_level_led([x for x in grid[r] if bare(x)][1:]) for r in like]):
        return False
    for r in range(like[0] - 1, -1, -1):
        texts = [bare(x) for x in grid[r] if bare(x)]
        if len(texts) >= 3 and not columns.indicator_like(grid[r]) and not any(HAS_DIGIT.search(x) for x in texts):
            return not _indicator_fields(grid[r])
    return False


def _level_led(row: list[str]) -> bool:
    """A row led by a level-1 and a level-2 name with two or more cells after them (产出指标 | 质量指标
    | 改善养老服务基础条件 | 改善条件 | 明显改善): an indicator row even where no cell is a figure."""
    cells = [x for x in row if bare(x)]
    return len(cells) >= 4 and canonical_level1(cells[0]) is not None and canonical_level2(cells[1])[0] is not None \
        and canonical_level1(cells[2]) is None and canonical_level2(cells[2])[0] is None


# A level path in the name cell (产出指标—数量指标—改造灌区渠道长度, 满意度指标>服务对象满意度指标>…):
# a run of dashes, slashes or arrows between the parts; the name after the second may hold its own.
LEVEL_PATH = re.compile(r"\s*[／/—―－\-·>＞→]+\s*")


def level_path(text: str) -> tuple[str, str, str] | None:
    """A level 1, a level 2 and a name joined in one cell where a form has no level columns: the
    three as written, where the first two read as levels by the level grammar (the second under
    the first) and the rest is no level name, else None. A dash read as the character 一 (OCR: the
    two are one stroke; 242's scan lost seven rows so) joins them where no dash does."""
    text = normalize_ws(text or "").strip()
    ones = [k for k, c in enumerate(text) if c == "一"]
    for parts in (LEVEL_PATH.split(text, maxsplit=2),
                  *([text[:a], text[a + 1:b], text[b + 1:]] for a in ones for b in ones if a < b)):
        if len(parts) != 3 or not all(parts):
            continue
        l1 = canonical_level1(parts[0])
        if l1 and canonical_level2(parts[1], l1)[0] and not canonical_level1(parts[2]) \
                and not canonical_level2(parts[2])[0]:
            return parts[0], parts[1], parts[2]
    return None


# A level 2 leading the name in its cell (数量指标：培训人数, 经济效益指标-学员增收): the first colon or
# run of dashes, slashes or arrows after it.
LEVEL2_LEAD = re.compile(r"\s*(?:[：:]|[／/—―－\-·>＞→]+)\s*")


# A level 2 in a bracket closing the name (新增普惠性学位（数量指标）): the form's other way of joining them.
LEVEL2_TRAIL = re.compile(r"^(?P<name>.+?)\s*[（(](?P<level>[^（()）]+)[)）]\s*$")


def level2_lead(text: str, level1: str | None) -> tuple[str, str] | None:
    """A level 2 and a name joined in one cell where a form has a level-1 column and no level-2
    one: the two as written, where the part before the first separator (or, failing that, a bracket
    closing the name: LEVEL2_TRAIL) reads as a level 2 by the level grammar (under the row's level 1,
    where there is one) and the rest is no level name, else None."""
    text = normalize_ws(text or "").strip()
    parts = LEVEL2_LEAD.split(text, maxsplit=1)
    if (len(parts) != 2 or not all(parts)) and (m := LEVEL2_TRAIL.match(text)):
        parts = [m["level"], m["name"]]
    if len(parts) != 2 or not all(parts):
        return None
    name, parent = canonical_level2(parts[0], level1)
    if not name or level1 and parent and parent != level1 or \
            canonical_level1(parts[1]) or canonical_level2(parts[1])[0]:
        return None
    return parts[0], parts[1]


def _most(hits: list[bool]) -> bool:
    """A column's cells show a way of writing when at least two of them do and two in three of them
    do: one cell alone is the cell's own words, not the table's habit."""
    return len(hits) >= 2 and 3 * sum(hits) >= 2 * len(hits)


def _ends_body(row: list[str]) -> bool:
    """A row that ends an indicator table's rows: a total, a closing label, a result, or the
    header of another table."""
    first = _first_text(row)
    return bool(first) and bool(first.startswith(STOP_LABELS) or summary_label(first) or RESULT_LABEL.match(first)
                                or _indicator_cols(row) or _fund_header(row))


def _first_text(row: list[str]) -> str:
    return next((bare(x) for x in row if bare(x)), "")


def _label_at(row: list[str], cols) -> int | None:
    """The column of an indicator row's label: its first text; or, where the table's 分值 / 得分 columns
    stand left of every name column (分值 | 得分 | 一级指标 …, 854), the first text after them when they
    hold only figures and that text sums the table up (100 | 98.70 | 总分): a total's figures before its label."""
    at = next((c for c, x in enumerate(row) if bare(x)), None)
    lead = min((c for c in (cols.level1, cols.level2, cols.level3) if c is not None), default=0)
    if at is None or at >= lead or not set(range(lead)) <= {cols.weight, cols.score, cols.deduction}:
        return at
    after = next((c for c in range(lead, len(row)) if bare(row[c])), None)
    if after is not None and summary_label(bare(row[after])) and \
            all(not bare(x) or parse(bare(x)).numeric for x in row[:lead]):
        return after
    return at


TOTAL_HEAD = re.compile(r"^(?:合计|总计|小计)|(?:合计|总计|小计|总额)$")


def _points_column(row: list[str], below: list[str] | None) -> int | None:
    """The column of a list of points taken off (扣分情况: 序号 | 扣分项目 | 扣分 | 扣分原因): a header
    naming deductions (vocab: 扣分 / 扣减…, not their reason) whose cell in the row below holds a figure,
    in a header naming no other value of an indicator table (no 分值, 得分, 目标值, 实际值: those are an
    indicator table's 扣分 column). None elsewhere."""
    roles = [header_field(x, set()) for x in row]
    if below is None or any(f in ("weight", "score", "target", "actual") for f in roles):
        return None
    return next((c for c, f in enumerate(roles) if f == "deduction" and c < len(below) and
                 parse(below[c].strip()).numeric and parse(below[c].strip()).unit in ("", "分")), None)


# A name's points in brackets at its end (改造老旧供水管网（8分）, 受益居民(8 分)).
# A row's points opening its scoring-standard text (8分。达到年度指标值得满分，…): the points, then a stop.
RULE_POINTS = re.compile(r"^\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[。；;，,：:]")


NAMED_POINTS = re.compile(rf"\s*{points_note(named=True)}\s*$")

SERIAL_HEADS = columns.SERIAL_HEADS


def _serial_column(header: list[str]) -> int | None:
    """The column a header heads 序号 (编号): the rows' numbers, a key another table can join on."""
    return next((c for c, x in enumerate(header) if bare(x) in SERIAL_HEADS), None)


def _deducted(weight: Figure | None, deduction: Figure | None) -> Figure | None:
    """The score where the form writes the points taken off (扣分) instead: the weight less them,
    to the places the two were written with, located at the deduction's cell, its raw saying how. A
    deduction signed as points lost (-0.8, －0.8) takes off its size: under 扣分 the sign only marks it."""
    if weight is None or deduction is None or weight.value is None or deduction.value is None or \
            deduction.q.unit not in ("", "分") or abs(deduction.value) > weight.value:
        return None
    places = max(weight.q.places or 0, deduction.q.places or 0)
    raw = f"{bare(weight.raw)}-{bare(deduction.raw).lstrip('-－')}"
    value = weight.value - abs(deduction.value)
    return Figure(Quantity(raw=raw, op="=", value=value, unit=weight.q.unit, places=places,
                           note=f"得分按分值{bare(weight.raw)}减扣分{bare(deduction.raw)}推算为{value:f}"), deduction.loc)


def _rated(weight: Figure | None, rate: Figure | None) -> Figure | None:
    """The score where the form writes a rate of the weight instead (得分率 96.50 of 权重 10; a
    得分系数 with no 得分): weight × rate / 100, exact, located at the rate's cell, its note how."""
    if weight is None or rate is None or weight.value is None or rate.value is None or \
            weight.q.unit not in ("", "分") or rate.q.unit not in ("", "%") or not 0 <= rate.value <= 100:
        return None
    fraction = rate.value / 100 if rate.q.unit == "%" or rate.value > 1 else rate.value
    value = weight.value * fraction
    places = max(0, -value.normalize().as_tuple().exponent)
    raw = f"{bare(weight.raw)}×{bare(rate.raw)}%"
    return Figure(Quantity(raw=raw, op="=", value=value, unit=weight.q.unit, places=places,
                           note=f"得分按权重{bare(weight.raw)}×得分率{bare(rate.raw)}%推算为{value.normalize():f}"),
                  rate.loc)


def _value(raw: str) -> Quantity:
    """A target or result cell. 无 written there is a value (nothing happened, none achieved), not
    an empty cell: a word, as 高 or 已完成 would be."""
    if bare(raw) == "无":
        return Quantity(raw=raw, op="qualitative", note="无")
    return rate_named(ratio(parse_cell(raw)))


def _label_value_pairs(row: list[str]) -> list[tuple[str, int, int]]:
    """(fund field, label column, value column) for each cell naming a fund field (by FUND_FIELDS'
    words or the head-noun grammar) whose value, in the cell itself after a colon or in the next
    filled cell, is a figure; each field once."""
    out, taken = [], set()
    for c in range(len(row)):
        label, value, vc = _label_value(row, c)
        if not label or not value or parse(bare(label)).numeric or not parse(bare(value)).numeric:
            continue
        field = _fund_label_field(label, taken)
        if field is not None:
            taken.add(field)
            out.append((field, c, vc))
    return out


def _fund_label_field(label: str, taken: set[str]) -> str | None:
    """The fund field a label names (全年预算数, 预算数:, 得分（10分）, 实际支出金额), or None."""
    t = header_words(normalize_ws(label).rstrip(":："))
    if not t or len(t) > 10:
        return None
    field = fund_word_field(t, taken)
    if field is None:
        field = next((name for name, grammar in FUND_GRAMMAR if name not in taken and grammar.search(t) and
                      not (name != "exec_rate_stated" and t.endswith("率"))), None)
    return field


_LABEL_COLON = re.compile(r"^([^：:]{2,8})[：:](.*)$")


def _label_value(row: list[str], c: int) -> tuple[str, str, int]:
    """A label cell and its value: '单位名称：X' in one cell, or 'X' in the next non-empty cell; the
    label without an English gloss (项目名称 Project Name)."""
    t = without_gloss(normalize_ws(row[c]))
    if not t:
        return "", "", c
    m = _LABEL_COLON.match(t)
    if m:
        label, value = m.group(1), m.group(2)
        if value:
            return label, value, c
    else:
        label = t
    for k in range(c + 1, len(row)):
        if row[k].strip():
            if _names_the_project_or_unit(row[k]):
                return label, "", c
            return label, row[k].strip(), k
    return label, "", c


def _names_the_project_or_unit(cell: str) -> bool:
    """A cell that is wholly a label naming the project or one of its units (项目名称, 主管部门, 实施单位): in a
    row of such heads over their values (a database's table exported, 项目编号 | 项目名称 | 主管部门 …) it is the
    next head, never the value of the label before it."""
    text = without_gloss(normalize_ws(cell)).strip()
    return name_label(text) or label_role(text) is not None and len(text) <= 8 or text in DEPT_NAME_LABELS


def _title_before(doc: Document, t: Table) -> str:
    for b in reversed(doc.blocks[:t.loc.block]):
        if isinstance(b, Paragraph) and b.text.strip():
            return b.text.strip()
    return ""


def _unit_stated_above(doc: Document, t: Table, above: list[list[str]]):
    """The money unit stated over a block whose own head names none, as a UNIT_STATED match, or None: in
    the table's rows above the block or the line just before the table (填报单位（盖章）：X　金额单位：元,
    单位：元 over a list); a cell is read on its own too (金额单位：元 beside 填报单位 would run into the next
    row's words)."""
    texts = [cell for row in above for cell in row] + ["".join(row) for row in above] + [_title_before(doc, t)]
    return next((m for text in texts if (m := UNIT_STATED.search(normalize_ws(text)))), None)


def _caption_before(doc: Document, t: Table) -> str:
    """The line naming the table before it, past a line that only states its money unit (单位：元)."""
    lines = [b.text.strip() for b in reversed(doc.blocks[:t.loc.block]) if isinstance(b, Paragraph) and b.text.strip()]
    return next((x for x in lines[:2] if not UNIT_STATED.fullmatch(normalize_ws(x))), lines[0] if lines else "")
