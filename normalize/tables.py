"""Recognise the fund table, the indicator table, list tables and 总分 rows by their header words.

Tables are read row by row with a small state machine, so one Word table may hold several
projects (seed 003 has seven in one table) and the blocks may come in any order. Columns are
found from header words, never from positions.

What the reader reads by has modules of its own: the header of an indicator table (indicator_header),
the fund block's grammar (fund_grammar), the total and grade rows (summary_rows), and tables laid out
otherwise, read as views (table_views). The reader's own parts are mixins in modules of their own: the fund
block (fund_block), one indicator row (indicator_row), totals and list tables (totals_and_lists), tables that add
to indicators by name (tables_by_name), projects and their groups (project_groups), row locations and the rows
left unread (unread_rows); the cell and row tests they share are in table_cells.
"""
from __future__ import annotations

import functools
import itertools

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

import regex as re

from jixiao.extract import Document, Location, Paragraph, Table, normalize_ws

from .coded_columns import coded_view, english_view
from .quantity import (Quantity, bound_op, completion_agrees, completion_defined, name_unit, parse, parse_cell,
                       part_of_target, split_named_target, split_pair)
from . import code_legend, columns, other_tables, outline, scoring, unread
from .columns import FIGURE_KINDS, LEVEL_PAIR, WEIGHT_IN_LABEL, level_pair
from .fund_grammar import FUND_LABEL, FUND_SOURCE, MONEY_FIELDS, MONEY_TOTAL, _fund_fields, fund_word_field
from .indicator_header import (HAS_DIGIT, _Cols, _indicator_cols, _indicator_fields, _result_parts, _superseded,
                               lost_ordinals)
from .record_cells import record_grid, record_view, records
from .records import DocRecords, Figure, Indicator, Project
from .subjects import level3_key
from jixiao.extract.summary_rows import TOTAL_LABEL, summary_label
from .labelled_rows import labelled_levels
from .table_views import (TITLE_MAX, _card_levels, _card_totals, _with_levels, card_heading, carried_level_path, cells_run_across, mirrored, names_above, split_columns, stacked_cards, tiled_cards,
                          indented_levels, level_column_band, transposed, turned_band)
from .title import NUMBERED, project_heading
from .vocab import (AUTHORITY, DETAIL_LEAD, GROUP_MARKS, LEVEL1, LEVEL3_WEAK, NAME_LABEL, QUALITATIVE_KIND, QUANTITATIVE_KIND, SCORE_NOUN, STOP_LABELS,
                    bare, canonical_level1, canonical_level2, completion_header, exact_level_name, header_field,
                    header_words, header_year, joined_fields, stacked_points, level_forms, level_label, level_ordinal, level_stem, part_of_year, period,
                    method_header, name_label, revised, value_role, year_heading)
from .indicator_row import IndicatorRow, _split_levels, _value_note, explanation_line, note_fields
from .tables_by_name import TablesByName
from .totals_and_lists import TotalsAndLists
from .project_groups import ProjectGroups
from .unread_rows import UnreadRows
from .fund_block import FundBlock
from .hundredth_weights import hundredth_weights
from .span_units import span_points, span_units
from .target_points import target_points
from .base_brackets import base_heads
from .run_together import run_together_column
from .notation_columns import notation_columns
from .level_scores import level1_score_columns
from .year_pairs import year_pair
from .levels_apart import levels_written_apart
from .year_rows import carry_labels, year_of, year_rows
from .table_cells import (LEVEL_POINTS, NAMED_POINTS, NOT_A_ROW, RULE_POINTS, _another_header, _ends_body, _first_text, _fund_cols, _label_at,
                          _fund_header, _fund_like, _label_value_pairs, _level_led, _most, _name_key, _other_header,
                          _points_column, _serial_column, _value, level2_lead, level_path)

# What a template's unfilled row holds: dashes, dots, asterisks (≥**人), 指标1, ……
from .quantity import PLACEHOLDER, STROKE_MARKS  # noqa: E402  template text never filled in (quantity.is_placeholder)
# The points every indicator is worth, said once in the lines above a table with no 分值 column
# (绩效指标共15项，每项6分，合计90分; 每个指标5分).
ITEM_POINTS = re.compile(r"每(?:项|个|条)(?:指标)?(?:分值)?(?:为|计|按)?(?P<points>\d+(?:\.\d+)?)分")


# A row naming the project its rows below belong to, its one text spanning the row (项目一：X,
# 项目名称：X): a label (项目 and an ordinal, or a name label) and the name after it.
PROJECT_ROW = re.compile(rf"^(?:项目\s*[一二三四五六七八九十\d]+|{NAME_LABEL})\s*[：:]\s*(\S.*)$")


def _project_row(row: list[str]) -> str | None:
    """The project a spanning row names (项目二：X), or None."""
    texts = {normalize_ws(x) for x in row if normalize_ws(x)}
    m = PROJECT_ROW.match(texts.pop()) if len(texts) == 1 and len(row) >= 3 else None
    return m.group(1).strip() if m else None


def _project_column(grid, h: int, r: int, cols: _Cols) -> int | None:
    """A column of the indicator table that tells each row's project (one unit's projects in one table,
    1382: 项目名称 | 一级指标 | … , the name merged down each project's rows): no role's column, its head a
    label naming the project (vocab.name_label), its cells down the rows that name an indicator two or more
    different names, each a name (Han words, no figure). The evidence is the cells: a column of one name
    is the project's name repeated, no column telling projects apart."""
    mapped = {c for c in vars(cols).values() if c is not None}
    if cols.level3 is None or h is None or not 0 <= h < len(grid):
        return None
    for c, head in enumerate(grid[h]):
        if c in mapped or not name_label(bare(head)):
            continue
        names = [bare(row[c]) for row in grid[r:] if c < len(row) and cols.level3 < len(row) and bare(row[cols.level3])
                 and bare(row[c])]
        distinct = {_name_key(x) for x in names}
        if len(distinct) >= 2 and all(len(re.findall(r"\p{Han}", x)) >= 4 and not parse(x).numeric
                                      for x in names):
            return c
    return None


# The cells of an indicator's figures, which a row of stacked indicators writes one a line (_Reader.stacked).
STACKED_VALUES = {"target": "指标值", "actual": "实际值", "weight": "分值", "score": "得分", "deduction": "扣分",
                  "unit": "单位", "nature": "指标性质", "direction": "指标方向"}


def _path_cols(grid, head: list[str], start: int) -> _Cols | None:
    """The columns of a tree grid's export whose first column, under a header no word names (指标路径,
    指标层级), holds each row's level PATH (产出指标/数量指标/新建…, or with > ＞ → between the levels;
    its group nodes 产出指标 and 产出指标/数量指标 rows of their own): the name column by what its cells
    hold (issue 21: roles from the cells), the levels split from it as from any name cell (level_path).
    Only beside a target and a result column the header names, and where every cell of the column
    down to the total is a full path or a group node (its row no target and no result: 产出指标,
    产出指标/数量指标, a root 绩效指标 over the tree), two at least full paths."""
    fields = _indicator_fields(head)
    if "level3" in fields or "target" not in fields or "actual" not in fields:
        return None

    def valued(row) -> bool:
        return any(c < len(row) and bare(row[c]) for c in (fields["target"], fields["actual"]))
    for c in range(min(fields.values())):
        cells = []
        for row in grid[start:start + 60]:
            if _first_text(row).startswith(STOP_LABELS):
                break
            if c < len(row) and bare(row[c]):
                cells.append((normalize_ws(row[c]), valued(row)))
        full = sum(level_path(x) is not None for x, _ in cells)
        if full >= 2 and all(level_path(x) is not None or not v and not HAS_DIGIT.search(x) for x, v in cells):
            return _Cols(**fields, level3=c)
    return None


def _scored_by_named_points(grid, head: list[str], h: int, start: int) -> _Cols | None:
    """A score table with no 分值 column, each name ending in its points (一级指标 | 二级指标 |
    三级指标 | 得分 over 相关性(5 分) | 5): the names give the weights (_named_weights), the 得分
    column the scores; an indicator table though no column holds a target or a result. None
    unless the header names a level above the names and most names carry their points."""
    fields = _indicator_fields(head)
    if "level3" not in fields or "score" not in fields or {"weight", "target", "actual"} & fields.keys() or \
            not {"level1", "level2"} & fields.keys():
        return None
    cols = _Cols(**fields)
    return cols if _named_weights(grid, h, start, cols, False) else None


def _framework_levels(rows: list[list[str]], out: dict[str, int]) -> dict[str, int] | None:
    """The roles of a headerless score table of an evaluation framework (项目决策(20 分) | 科学决策(10 分)
    | 必要性 | 5 | 5), or None: a name column, a weight and a score column and no target or result,
    where the cells are the evidence a header would give: no score above its weight, and the
    weights of each group add up to the points its label states (科学决策(10 分): 5 + 5), in every
    group that states them, two at least. The names stand in the column nearest the figures that
    names most rows (a level's label is written once over its rows); the labelled columns left of
    it are the levels, the nearest level 2, the next level 1 (one further left groups the level 1s:
    共性 / 特性指标)."""
    cw, cs = out.get("weight"), out.get("score")
    if cw is None or cs is None:
        return None
    c3 = next((c for c in range(min(cw, cs) - 1, -1, -1)
               if 3 * sum(c < len(x) and columns.kind(x[c]) in ("text", "short", "textfig", "level2") for x in rows)
               >= 2 * len(rows)), None)
    if c3 is None:
        return None
    def number(row: list[str], c: int) -> Decimal | None:
        q = parse(bare(row[c])) if c < len(row) else parse("")
        return q.value if q.numeric and q.unit in ("", "分") else None
    pairs = [(number(x, cw), number(x, cs)) for x in rows]
    pairs = [(w, sc) for w, sc in pairs if w is not None and sc is not None]
    if len(pairs) < 3 or any(sc > w for w, sc in pairs):
        return None
    levels = [c for c in range(c3 - 1, -1, -1) if any(c < len(x) and bare(x[c]) for x in rows)]
    if not levels:
        return None
    groups = agree = 0
    for c in levels[:3]:
        points, total = None, Decimal(0)
        for x in rows + [["\0"] * (c + 1)]:   # a sentinel row closes the last group
            if c < len(x) and bare(x[c]):
                if points is not None:
                    groups += 1
                    agree += total == points
                m = LEVEL_POINTS.search(normalize_ws(x[c]))
                points, total = (parse(m.group("points")).value if m else None), Decimal(0)
            total += number(x, cw) or 0
    if groups < 2 or agree < groups:
        return None
    named = {"level3": c3, "level2": levels[0]} | ({"level1": levels[1]} if len(levels) > 1 else {})
    return {k: v for k, v in out.items() if k not in ("level1", "level2", "level3")} | named


def _rate_written(grid, r: int, c: int) -> bool:
    """Whether the fund's first figures row holds a rate written as one (96.14%) in column c: a result column
    taken for a 进度 measure's rate states it only then (051 writes the money again there)."""
    return r < len(grid) and c < len(grid[r]) and columns.kind(grid[r][c]) == "percent"


def _without_row_labels(t: Table, head: list[str], h: int, start: int) -> list[str]:
    """The fund header without the cells merged down over the figures below it (市级预算执行情况(万元)
    spanning its header row and its figures' row, left of them): such a cell labels the rows beside
    it, it heads no column of figures (its own column has none), whatever its words say."""
    out = list(head)
    for c in range(len(out)):
        cell = t.cell_at(h, c)
        if cell is not None and cell.col == c and start < t.n_rows and cell.row + cell.rowspan > start:
            out[c] = ""
    return out


def _without_word_columns(grid, head: list[str], start: int) -> list[str]:
    """The fund header without the cells over a column of words: in the fund's rows (those from `start`
    that hold a figure) a column whose cells are words and never a figure (总额 | 其中：财政资金 under
    年度预算数(万元), the rows' labels) heads no money, whatever its header says (a scan's 调整后预算 for
    调整后预算数 leaves the label column's 预算数 the only fund word for the budget, 1238)."""
    rows = list(itertools.takewhile(lambda row: any(columns.kind(x) in FIGURE_KINDS for x in row), grid[start:]))
    figures = {c for row in rows for c, x in enumerate(row) if columns.kind(x) in FIGURE_KINDS}
    if sum(1 for x in head if bare(x)) <= len(figures):
        return list(head)   # no more heads than columns of figures: a header set one column off, not a label's head
    out = list(head)
    for c in range(len(out)):
        kinds = [columns.kind(row[c]) for row in rows if c < len(row) and columns.kind(row[c]) != "empty"]
        if len(kinds) >= 2 and all(k in ("text", "short") for k in kinds):   # (one cell of words: a glyph lost, said)
            out[c] = ""
    return out


def _merged_header(grid, filled, h: int, fields) -> tuple[list[str], int]:
    """Row h as a header, completed from a two-row header, and the first row after the header.

    A two-row header leaves cells of row h empty: a cell merged over both rows (分值, 得分 beside
    指标值 split into 目标值 | 实际值) has its text in the row above, or, in a copy that lost the
    merge, the row above is a header with the text right above the gap. Such a cell is taken
    when it names a field the row does not have yet. A row below that holds only header words
    (目标值 | 实际值 under 指标值) completes the header the same way, and the parenthesised notes
    of a second header line (（20分*执行率）) are appended to their column. A cell merged across
    (年初预算数 over two columns) heads its columns once: its copy is no second field."""
    head = list(grid[h])
    above = grid[h - 1] if h > 0 and len(fields(grid[h - 1])) >= 2 else [""] * len(head)
    for c in range(len(head)):
        if bare(head[c]):
            continue
        before = fields(head)
        left = next((grid[h][k] for k in range(c - 1, -1, -1) if bare(grid[h][k])), "")
        merged = filled[h][c] if filled[h][c] != left else ""
        for cand in (merged, above[c] if c < len(above) else ""):
            trial = head[:c] + [cand] + head[c + 1:]
            after = fields(trial)
            if cand and len(after) > len(before) and all(after.get(k) == v for k, v in before.items()):
                head = trial
                break
    r = h + 1
    while r < len(grid):
        row = grid[r]
        texts = [bare(x) for x in row]
        if texts and texts[0] and not any(texts[1:]) and labelled_levels(normalize_ws(row[0]).strip()) is not None:
            break   # a section row naming the levels of the rows below by their labels (一级指标：产出指标　二级指标：…)
        if _is_header_continuation(row):
            head = [a + b for a, b in zip(head, row)]
        elif any(texts) and not any(HAS_DIGIT.search(x) for x in texts) and _sub_header(texts, fields):
            sub = [row[c] if texts[c] else head[c] for c in range(len(head))]
            # or its words only where the header is blank: each heading over its first column, the
            # sub-header naming the columns beside it (一级指标 over 指标 | 权重: the level's own points)
            parts = [head[c] if bare(head[c]) else row[c] for c in range(len(head))]
            before = fields(head)
            if len(fields(sub)) > len(before):
                head = sub
            elif len(after := fields(parts)) > len(before) and all(after.get(k) == v for k, v in before.items()):
                head = parts
            elif set(after := fields(sub)) == set(before) and \
                    any(after[k] != v and revised(sub[after[k]]) for k, v in before.items()):
                # a figure and its revision under one heading (年度指标值 over 原定目标值 | 调整后目标值): the
                # sub-header's words head the columns, so the revised one is assessed and the initial one
                # kept for the rows not adjusted (their revised cell — or empty: _superseded)
                head = sub
        elif any(year_heading(x) for x in texts) and _splits_spanning_heading(grid[h], filled[h], texts, years=True):
            # years under spanning headings (近三年完成值 over 2020年 | 2021年, 2023年 over 年度指标值 |
            # 实际完成值): each column is headed by its whole stack, which says whose year it is
            head = [a + b if b else a for a, b in zip(_spanning_filled(head, grid[h], filled[h]), row)]
        elif _splits_spanning_heading(grid[h], filled[h], texts):
            # the heading's own words stay the column's; the stack above it keeps both
            head = _whole_period_heading(head, grid[h], filled[h], texts)
        elif column_labels_row(texts):
            pass    # 栏次 | 1 | 2 | 5=3÷2, 甲 | 乙 | 1 | 丁: the columns' numbers, part of the header, no data
        elif _wrapped_header_line(head, texts, fields):
            # the header's wrapped second line read as a row of its own (1348.scan: 一级指 / 标, 年度指标 / 值,
            # 分 / 值): each word completes the heading above it
            head = [a + b for a, b in zip(head, row)]
        else:
            break
        r += 1
    return head, r


def _wrapped_header_line(head: list[str], texts: list[str], fields) -> bool:
    """A row under the header with words and no figures, each under a heading, that joined to the
    headings above them names more of the table's fields than the header did, keeping those it named
    where they were: the second line of headings wrapped in their cells, read as a row of its own (a
    scan whose rule finding split the header row at its line of text). The evidence is the words: 分
    over 值 is 分值, 一级指 over 标 is 一级指标."""
    if not any(texts) or any(HAS_DIGIT.search(x) for x in texts) or len(texts) != len(head):
        return False
    if any(x and not bare(head[c]) for c, x in enumerate(texts)):
        return False
    before = fields(head)
    after = fields([a + b for a, b in zip(head, texts)])
    return len(after) > len(before) and all(after.get(k) == v for k, v in before.items())


def _spanning_filled(head: list[str], written: list[str], head_filled: list[str]) -> list[str]:
    """The header row with each spanning heading's words copied into the columns it covers."""
    return [head_filled[c] if c < len(head_filled) and not bare(written[c]) and not bare(head[c]) and
            any(0 <= k < len(head_filled) and head_filled[k] == head_filled[c] and k != c for k in (c - 1, c + 1))
            else head[c] for c in range(len(head))]


def _splits_spanning_heading(head: list[str], head_filled: list[str], texts: list[str], years: bool = False) -> bool:
    """A row under the header with words, no figures, only under headings that span several
    columns (偏差原因分析及改进措施 over 偏差原因 | 改进措施): it splits them, so it is header, whatever
    the sub-headings say. `head` is the header row as written, `head_filled` with merged cells
    copied into every column they cover."""
    def spanning(c: int) -> bool:
        if c >= len(head_filled) or not bare(head_filled[c]):
            return False
        # a neighbour holding the same copied text, one of the two blank as written: one merged cell
        return any(0 <= k < len(head_filled) and head_filled[k] == head_filled[c] and
                   (not bare(head[c]) or not bare(head[k])) for k in (c - 1, c + 1))

    cols = [c for c, x in enumerate(texts) if x]
    # figures are no heading's, but a period's digits are (1月 … 12月, 1-6月)
    # (and, with `years`, a year heading's: 2020年 | 2021年 under 近三年完成值)
    return bool(cols) and not any(HAS_DIGIT.search(texts[c]) and not period(texts[c]) and
                                  not (years and year_heading(texts[c])) for c in cols) and \
        all(spanning(c) for c in cols)


def _whole_period_heading(head: list[str], written: list[str], head_filled: list[str], texts: list[str]) -> list[str]:
    """A heading spanning one column per period (完成情况 over 一季度 | 二季度 | 三季度 | 四季度 | 全年):
    its words go to the column of the whole period, the one value the row states for the year; the
    parts (quarters, halves, months) are parts of that figure and head no value. So for a heading over
    a figure and its revision (年度指标值 over 年初计划数 | 调整数 | 调整后目标值): the revised column
    naming the heading's role is the one assessed. Otherwise the heading stays over its first column."""
    head = list(head)
    c = 0
    while c < len(head):
        k = c + 1   # the columns the merged heading covers: blank as written, the same text filled in
        while k < len(head) and k < len(written) and not bare(written[k]) and k < len(head_filled) and \
                head_filled[k] == head_filled[c]:
            k += 1
        if k - c >= 2 and bare(head[c]) and (whole := _assessed_column(head[c], texts[c:k])) is not None:
            if whole:
                head[c + whole], head[c] = head[c], ""
        c = k
    return head


def _assessed_column(heading: str, subs: list[str]) -> int | None:
    """Which of a spanning heading's sub-columns holds the heading's one value (an index into `subs`):
    the whole period among its parts, or the one revised figure naming the heading's role among
    the initial figure and the change (年初计划数 | 调整数 | 调整后目标值: 调整数 names no role), or the one
    sub-heading naming the heading's role where each other names no field at all (年度指标值 over 保底值 |
    目标值 | 挑战值: a floor and a stretch beside the target, 1402); else None."""
    kinds = [period(x) for x in subs]
    if None not in kinds and kinds.count("whole") == 1:
        return kinds.index("whole")
    role = header_field(heading, set())
    named = [j for j, x in enumerate(subs) if role is not None and header_field(x, set()) == role and revised(x)]
    if len(named) == 1:
        return named[0]
    fields = [header_field(x, set()) for x in subs]
    named = [j for j, f in enumerate(fields) if role is not None and f == role]
    if len(named) == 1 and all(f is None and bare(x) and period(x) is None for x, f in zip(subs, fields) if f != role):
        return named[0]
    return None


def _actuals_beside(stacks: list[list[str]], rows: list[list[str]], fields: dict[str, int]) -> int | None:
    """The column right of every headed one, with no head of its own, that holds the results where the
    实际完成值 column is empty on every row: notes printed beside their cells (Excel's comments shown on
    the sheet, 902.pdf), one short value a row, figures most of them, on the rows that write a target."""
    actual, target = fields.get("actual"), fields.get("target")
    if actual is None or target is None or any(bare(x[actual]) for x in rows if actual < len(x)):
        return None
    # a head of its own: not empty, nor the head of the column left of it spanning over it (得分's cell
    # drawn over the notes' column)
    headed = [c for c, stack in enumerate(stacks) if any(bare(x) for x in stack) and (c == 0 or stack != stacks[c - 1])]
    last = max(headed + list(fields.values()))
    width = max(len(x) for x in rows)
    beside = [c for c in range(last + 1, width) if any(bare(x[c]) for x in rows if c < len(x))]
    if len(beside) != 1:
        return None
    c = beside[0]
    cells = [x[c] if c < len(x) else "" for x in rows]
    aimed = [(x[target] if target < len(x) else "", v) for x, v in zip(rows, cells)]
    # each value beside a row with a target, each a value typed in a cell's place (no remark)
    if any(bare(v) and not bare(goal) for goal, v in aimed) or \
            not all(_value_note(v) for v in cells if bare(v)) or \
            sum(1 for goal, v in aimed if bare(goal)) > 2 * sum(1 for _, v in aimed if bare(v)):
        return None
    return c if _content_carries("actual", cells) else None


def _content_carries(role: str, cells: list[str]) -> bool:
    """Whether a column's cells alone, without a header word for it, are evidence enough for a
    role: most cells of the kind the role holds (figures for a target or result, 是/否 for core,
    operators for 指标性质, units for 度量单位, level names for a level). A table of scoring
    criteria keeps its prose."""
    kinds = [columns.kind(x) for x in cells]
    kinds = [k for k in kinds if k != "empty"]
    if role in ("level1", "level2"):
        # a level cell is merged down the rows it heads (059's 项目类别 | 投入目标 over ten rows):
        # the empty cells are its rows; two level names or more, most of them known ones, carry it
        levels = sum(k in ("level1", "level2") for k in kinds)
        return levels >= 2 and levels * 3 >= len(kinds) * 2 and all(k in ("level1", "level2", "short", "text")
                                                                   for k in kinds)
    if len(kinds) < 1 or 2 * len(kinds) < len(cells) or columns.serial(cells):
        return False
    wanted = {"target": ("figure", "opfigure", "number", "percent"), "actual": ("figure", "opfigure", "number", "percent"),
              "core": ("yesno",), "nature": ("op",), "direction": ("op",), "unit": ("unit",),
              "weight": ("number",), "score": ("number",), "weight_share": ("percent",),
              "coefficient": ("percent",), "converted_score": ("number",)}.get(role)
    if wanted is None:
        return False
    if role == "score" and columns.graded(cells):
        return True     # grades in place of points (A / B …), scored by the rule the text states
    return sum(k in wanted for k in kinds) * 3 >= len(kinds) * 2


# A header laid over the grid one column off (1400.scan: the header row a picture pasted over the sheet,
# 一级指标 over columns 1-2 where the body's 产出指标 spans 0-1, 三级指标 over 5 where each name spans 4-5):
# the header's column for a field is empty in every body row, each row's cell over it starting one
# column or more to its left. The field is read where the body's cells start; a column any body row
# fills, or whose covering cells start in more than one place, or on another field's column, stays.
SPANNED_ROWS = 2   # body rows whose spanning cell covers the header's column, at the least


def _spans_start_left(t: Table, grid, start: int, cols: _Cols) -> tuple[_Cols, list[tuple[str, int, int]]]:
    """The header's columns moved to where the body's spanning cells over them start (see above), and
    each move as (field, the header's column, the body's)."""
    taken = {c for c in vars(cols).values() if c is not None}
    moved, out = [], dict(vars(cols))
    rows = []
    for r in range(start, min(t.n_rows, start + 60)):
        first = _first_text(grid[r])
        if first and (first.startswith(STOP_LABELS + ("总计", "小计")) or _indicator_cols(grid[r])):
            break    # the 总分 row, spanning the level and name columns, is no indicator row
        if first:
            rows.append(r)
    for field, c in vars(cols).items():
        if c is None or any(c < len(grid[r]) and bare(grid[r][c]) for r in rows):
            continue
        starts = {cell.col for r in rows if (cell := t.cell_at(r, c)) is not None and cell.col < c and bare(cell.text)}
        over = sum(1 for r in rows if (cell := t.cell_at(r, c)) is not None and cell.col < c and bare(cell.text))
        if len(starts) == 1 and over >= SPANNED_ROWS and (left := starts.pop()) not in taken:
            out[field] = left
            taken.add(left)
            moved.append((field, c, left))
    return (_Cols(**out), moved) if moved else (cols, [])


def _filled_columns(grid, r: int, cols: _Cols) -> set[int]:
    """The value columns (target, actual, weight, score) that most rows of the table fill as
    written: a realigned row must fill them too."""
    rows = []
    for k in range(r, len(grid)):
        first = _first_text(grid[k])
        if first and (first.startswith(STOP_LABELS) or _indicator_cols(grid[k])):
            break
        if first:
            rows.append(grid[k])
    out = set()
    for c in (cols.target, cols.actual, cols.weight, cols.score):
        if c is not None and rows and \
                sum(c < len(x) and bool(bare(x[c])) for x in rows) >= max(2, 0.6 * len(rows)):
            out.add(c)
    # a scored table: a realigned row must have its weight and score (a row that slid so far
    # that its score falls off the end is read shifted, not fitted)
    if any(bare(x[c]) for x in rows for c in (cols.weight, cols.score) if c is not None and c < len(x)):
        out |= {c for c in (cols.weight, cols.score) if c is not None}
    if not out and cols.target is not None:
        out.add(cols.target)
    return out


def _one_name_column(t: Table, grid, start: int, cols: _Cols) -> _Cols:
    """A name header over two columns (指标名称 over C:D) spreads into 二级 | 三级 (_indicator_cols), but
    where every row below merges those two columns too, the table has one column there, the name:
    no level 2 (1093's 项目类别 | 指标名称, the name otherwise read again as its level 2)."""
    c2, c3 = cols.level2, cols.level3
    if c2 is None or c3 != c2 + 1:
        return cols
    merged = []
    for k in range(start, min(t.n_rows, start + 60)):
        first = _first_text(grid[k])
        if first and (first.startswith(STOP_LABELS) or _indicator_cols(grid[k])):
            break
        cell = t.cell_at(k, c2)
        if cell is not None and bare(cell.text):
            merged.append(cell.col <= c2 and cell.col + cell.colspan > c3)
    if len(merged) >= 2 and all(merged):
        return replace(cols, level2=None, level3=c2)
    return cols


def _layout(t: Table, r: int) -> tuple[tuple[int, int], ...]:
    """Where a row's own cells start and how many columns each spans."""
    return tuple((c, cell.colspan) for c in range(t.n_cols)
                 if (cell := t.cell_at(r, c)) is not None and cell.row == r and cell.col == c)


def _other_row_layouts(t: Table, grid, h: int) -> dict[tuple[tuple[int, int], ...], int]:
    """Header rows right above an indicator header whose labels stand in other cells (任务名称 over
    two columns | 主要内容 over three | 预算数 | 执行数 | 执行率 above 一级指标 | 二级指标 …): the header
    of a second kind of row the table sets among its indicators, each laid out as its header is.
    Their layouts -> the header row. Only labels (no figure), at least one spanning columns."""
    own, out = _layout(t, h), {}
    for k in range(h - 1, max(h - 3, -1), -1):
        lay = _layout(t, k)
        if len(lay) < 2 or any(columns.kind(x) in FIGURE_KINDS for x in grid[k]):
            break
        if lay != own and any(span > 1 for _, span in lay):
            out[lay] = k
    return out


def _header_tail(row: list[str]) -> bool:
    """Header words without figures that name indicator columns but not a whole header."""
    return not any(columns.kind(x) in FIGURE_KINDS for x in row) and len(_indicator_fields(row)) >= 2 and \
        _indicator_cols(row) is None


# The label of a row summing the rows above it: 小计 / 合计 / 总计, a bracketed note allowed (小计（分）).
SUBTOTAL_LABEL = re.compile(r"^(?:小计|合计|总计)(?:[（(][^（()）]*[)）])?$")


def _subtotal_row(row: list[str], cols: _Cols) -> bool:
    """A row whose label cells (the level and name columns, and any left of the values) hold a
    subtotal word, alone or after the level 1 it closes (效益指标小计: unread.block_sum), the others
    level names or nothing, and whose target and result are empty, or hold that same label (a label
    merged across the value columns too): it sums the rows above it, in whichever label column the
    reader left the word."""
    values = [c for c in (cols.target, cols.actual, cols.weight, cols.score) if c is not None]
    if not values:
        return False
    labels = [bare(x) for c, x in enumerate(row) if c < min(values) and bare(x)]
    def summing(x: str) -> bool:
        return bool(SUBTOTAL_LABEL.match(x) or unread.block_sum(x))
    filled = [x for c in (cols.target, cols.actual) if c is not None and c < len(row) and (x := bare(row[c]))]
    return any(summing(x) for x in labels) and not [x for x in filled if x not in labels] and \
        all(summing(x) or canonical_level1(x) or canonical_level2(x)[0] for x in labels)


def _closes_full_points(row: list[str], cols: _Cols, rows: list[Indicator]) -> bool:
    """A 小计 row whose 分值 is the full 100 points and the sum of every indicator's weight read above it in
    its table: it closes the points; a row after it with no points of its own is outside them."""
    stated = parse_cell(row[cols.weight]) if cols.weight is not None and cols.weight < len(row) else None
    weights = [i.weight.value for i in rows if i.weight is not None and i.weight.value is not None]
    return stated is not None and stated.numeric and stated.value == Decimal(100) and len(weights) == len(rows) > 0 and \
        sum(weights) == stated.value


def _other_level1(own: str | None, caption: str) -> bool:
    """Two level-1 names that read as two different level 1s (canonical names both, not the same)."""
    a, b = canonical_level1(own or ""), canonical_level1(caption or "")
    return bool(a and b and a != b)


def _drop_sums_above(rows: list[Indicator], start: int) -> list[Indicator]:
    """A tree grid's ROOT node (绩效指标 | | | 90 | 89.60 above every indicator of its table): a row of a
    name and points alone, no target and no result, whose 分值 and 得分 are the sums of ALL the rows read
    after it from the table is their total written above them, no indicator: dropped from rows[start:]
    (and returned)."""
    def points(i: Indicator) -> tuple | None:
        w, s = i.weight, i.score
        return (w.value, s.value) if w is not None and s is not None and None not in (w.value, s.value) else None

    k, dropped = start, []
    while k < len(rows) - 2:      # two rows at least below: one row's points equal by chance
        i, later = rows[k], rows[k + 1:]
        sums = [points(x) for x in later]
        if not bare(i.target.raw) and not bare(i.actual.raw) and (own := points(i)) is not None \
                and None not in sums and own == (sum(w for w, _ in sums), sum(s for _, s in sums)):
            dropped.append(rows.pop(k))
            continue
        k += 1
    return dropped


# The most parts one indicator is broken into (districts, counties, schools): a bound on the look-ahead.
MAX_PARTS = 30


def _breakdown(t: Table, grid, r: int, cols: _Cols) -> tuple[int, int, list] | None:
    """An indicator written as its parts and then their total: rows from r each naming a sub-unit in
    a label column of its own (任城区 | ≥3000个 | 3120个) with no points, the name one merged cell over
    them, repeated, or left empty below the first, then a 小计 / 合计 / 总计 row in that column with its
    own target and actual (and the points): the total row is the indicator. Where the total row has
    no target or actual it is a block's subtotal instead (_subtotal_row). Parts and total are figures
    of one unit and operator; a total of counts or amounts that is not the parts' sum within the
    precision written is returned to be said (a slip), rates are not summed. Returns (the total row,
    the sub-unit column, [(column, the parts' sum, the total) that do not add up]) or None."""
    if None in (cols.level3, cols.target, cols.actual):
        return None
    c3 = cols.level3
    first_value = min(c for c in (cols.target, cols.actual, cols.weight, cols.score) if c is not None)
    levels = {c for c in (cols.level1, cols.level2) if c is not None}

    def cell(k: int, c: int | None) -> str:
        return bare(grid[k][c]) if c is not None and c < len(grid[k]) else ""

    name = cell(r, c3)
    if not name or columns.kind(name) in FIGURE_KINDS or SUBTOTAL_LABEL.match(name):
        return None
    span = t.cell_at(r, c3)

    def same_name(k: int) -> bool:   # one merged cell, the name again, or nothing
        return (span is not None and t.cell_at(k, c3) is span) or cell(k, c3) in ("", name)

    for k in range(r + 1, min(r + 2 + MAX_PARTS, len(grid))):
        subs = [c for c in range(first_value) if c != c3 and c not in levels and SUBTOTAL_LABEL.match(cell(k, c))]
        if subs:
            break
        if any(cell(k, c) for c in levels) or not same_name(k):
            return None   # a new level or a new name: the rows are indicators of their own
    else:
        return None
    u = subs[0]
    parts = range(r, k)
    if len(parts) < 2 or not same_name(k) or any(cell(k, c) and cell(k, c) != cell(r, c) for c in levels):
        return None
    for q in [*parts, k]:
        if not cell(q, cols.target) or not cell(q, cols.actual):
            return None
    for q in parts:
        unit_label = cell(q, u)
        if not unit_label or columns.kind(unit_label) in FIGURE_KINDS or SUBTOTAL_LABEL.match(unit_label) or \
                cell(q, cols.weight) or cell(q, cols.score):
            return None
    off = []
    for c in (cols.target, cols.actual):
        figures = [parse_cell(cell(q, c)) for q in parts]
        total = parse_cell(cell(k, c))
        if not total.numeric or not all(f.numeric and f.unit == total.unit and f.op == total.op for f in figures):
            return None
        slack = sum((Decimal(0) if f.exact_count else f.tolerance for f in (total, *figures)), Decimal(0))
        if total.unit != "%" and abs(sum(f.value for f in figures) - total.value) > slack:
            off.append((c, sum(f.value for f in figures), total))   # rates do not add; counts and amounts do
    return k, u, off


def _detail_rows(t: Table, grid, r: int, cols: _Cols) -> tuple[list[int], list] | None:
    """An indicator with its points, followed by rows breaking it down (其中：兴城渔港 | ≥700米 | 730米 |
    — | —, then 绥中渔港 | ≥500米 | 530米 | — | —): the first names itself a part by 其中, each holds a
    target and a result of the indicator's unit and operator and no points (no figure in its points
    cells: empty, a dash, or a scan's 一 for one; not a points cell merged down from above), and no level name of its own. Returns (the detail rows,
    [(column, the parts' sum, the indicator's figure)] where the parts add up to more than the
    indicator: 其中 may name only some parts, never more than the whole) or None."""
    if None in (cols.level3, cols.target, cols.actual) or (cols.weight is None and cols.score is None):
        return None

    def cell(k: int, c: int | None) -> str:
        return bare(grid[k][c]) if c is not None and c < len(grid[k]) else ""

    points = [c for c in (cols.weight, cols.score) if c is not None]
    own = {c: parse_cell(cell(r, c)) for c in (cols.target, cols.actual)}
    if not any(parse_cell(cell(r, c)).numeric for c in points) or not all(q.numeric for q in own.values()):
        return None
    levels = [c for c in (cols.level1, cols.level2) if c is not None and c != cols.level3]
    rows: list[int] = []
    for k in range(r + 1, len(grid)):
        name = cell(k, cols.level3)
        if not name or bool(DETAIL_LEAD.match(name)) != (k == r + 1) or columns.kind(name) in FIGURE_KINDS:
            break
        if any(cell(k, c) and cell(k, c) != cell(r, c) for c in levels):
            break
        # no points of its own: none written, and none merged down from above but the indicator's own
        # (分值 | 得分 merged from its row over its parts, 1274: the parts share its points, no others')
        if any(parse_cell(cell(k, c)).numeric or (x := t.cell_at(k, c)) is not None and r != x.row < k
               for c in points):
            break
        figures = {c: parse_cell(cell(k, c)) for c in own}
        if not all(f.numeric and f.unit == own[c].unit and f.op == own[c].op for c, f in figures.items()):
            break
        rows.append(k)
    if not rows or any((x := t.cell_at(r, c)) is not None and x.row + x.rowspan - 1 > rows[-1] for c in points):
        return None   # the indicator's points merged on past its parts: a group's points, the rows no parts
    off = []
    for c, total in own.items():
        figures = [parse_cell(cell(q, c)) for q in rows]
        slack = sum((Decimal(0) if f.exact_count else f.tolerance for f in (total, *figures)), Decimal(0))
        if total.unit != "%" and sum(f.value for f in figures) - total.value > slack:
            off.append((c, sum(f.value for f in figures), total))   # rates do not add; counts and amounts do
    return rows, off


# A table's continuation mark over its header typed again after a page break: 续表, 续表一, （续）, 续上表,
# 接上表, 表2（续）: the same table going on, no line naming another project.
CONTINUED_MARK = re.compile(r"^[（(]?(?:表\s*[\d一二三四五六七八九十]+\s*)?[（(]?[续接][上前]?表?\s*[\d一二三四五六七八九十]*[）)]?[:：]?$")


def _continued_mark(row: list[str]) -> bool:
    """The row's only words are a continuation mark (续表 alone in its first cell)."""
    texts = {normalize_ws(x).replace(" ", "") for x in row if bare(x)}
    return len(texts) == 1 and bool(CONTINUED_MARK.match(texts.pop()))


def _level_names_only(row: list[str]) -> bool:
    """效益指标 | 经济效益指标 and nothing else: the head of a block whose rows follow."""
    texts = [x for x in row if bare(x)]
    return bool(texts) and all(canonical_level1(x) or canonical_level2(x)[0] for x in texts)


def _level2_led(grid, r: int, cols: _Cols) -> bool:
    """Whether a table with no level-2 column writes each level 2 before its name (数量指标：X):
    two or more names, and two in three of them, so led (level2_lead) under their rows' level 1.
    One such name among plain ones is a name of its own (成本-效益比)."""
    if cols.level2 is not None or cols.level3 is None:
        return False
    names, l1 = [], None
    for k in _body_rows(grid, r):
        row = grid[k]
        if cols.level1 is not None and cols.level1 < len(row) and bare(row[cols.level1]):
            l1 = canonical_level1(row[cols.level1])
        if cols.level3 < len(row) and bare(row[cols.level3]):
            names.append(level2_lead(row[cols.level3], l1) is not None)
    return _most(names)


def _levels_close_runs(grid, r: int, cols: _Cols) -> bool:
    """Whether an unmerged table types each level word on the LAST row of its run (1980): its first row has no level
    1, and every level-1 word is followed by the end of the rows or by a row whose own level 2 belongs to another
    level 1 (the grammar's parent), never by one whose level 2 is its own; at least two words show it. A table typing
    its words at the top or the middle of their runs (1738) has a word followed by a level 2 of its own."""
    if cols.level1 is None or cols.level2 is None or cols.level1 == cols.level2:
        return False
    body = _body_rows(grid, r)

    def at(k: int, c: int) -> str:
        return bare(grid[k][c]) if c < len(grid[k]) else ""
    if len(body) < 3 or at(body[0], cols.level1):
        return False
    shown = 0
    for i, k in enumerate(body):
        if not (l1 := canonical_level1(at(k, cols.level1))):
            continue
        if i == len(body) - 1:
            shown += 1
            continue
        nxt = at(body[i + 1], cols.level2)
        parent = canonical_level2(nxt)[1] if nxt else None
        if parent == l1:
            return False
        shown += parent is not None
    return shown >= 2


def _carries_levels(grid, r: int, cols: _Cols) -> bool:
    """The table's first row under its header writes no level of its own where the table has level
    columns (or it has none): it takes the levels carried to it (a heading between tables may set them)."""
    first = grid[r] if 0 <= r < len(grid) else []
    return not any(c is not None and c < len(first) and bare(first[c]) for c in (cols.level1, cols.level2))


def _section_levels(row: list[str], first_col: int, l1_raw: str, below: list[str] | None = None,
                    level2_col: int | None = None) -> tuple[str, str] | None:
    """A section row (一、产出指标, （一）数量指标, 产出指标／数量指标): one text alone in the row, in the
    table's first column or spanning from it, that names a level: the (level 1, level 2) it sets
    for the rows below. The ordinal is no part of the level; 一、 ranks a level 1 and （一） a level
    2 where a name could be either (满意度指标), else the row right `below` where its section text or
    its level-2 cell (column level2_col) names a level 2 of this name's (满意度指标 over 服务对象满意度指标,
    no ordinals: 898, 901), else the level 1 above."""
    texts = [(c, x) for c, x in enumerate(row) if bare(x)]
    if len(texts) != 1 or texts[0][0] > first_col:
        return None
    text = normalize_ws(texts[0][1]).strip()
    ordinal = NUMBERED.match(text)
    name = text[ordinal.end():].strip() if ordinal else text
    if unread.block_sum(name):   # a level-1 block's sum row (满意度指标 汇总), no section's heading
        return None
    if (labelled := labelled_levels(name)) is not None:   # 一级指标：产出指标　二级指标：数量指标
        return (labelled[0] if labelled[0] is not None else l1_raw), labelled[1]
    if len(LEVEL_PAIR.split(name)) == 2:
        return level_pair(name)
    if len(LEVEL_PAIR.split(name)) != 1 or not name:
        return None
    if not exact_level_name(name, 1) and not exact_level_name(name, 2) and \
            (parts := _split_levels(name))[0] and parts[1]:
        return parts   # a level 1 and a level 2 run together, their mark lost (an OCR'd 产出指标 › 数量指标, 1955.scan)
    l1 = canonical_level1(l1_raw) if l1_raw else None
    as_l1, (as_l2, parent) = canonical_level1(name), canonical_level2(name, l1)
    if as_l1 and as_l2:
        rank = None if not ordinal else 2 if re.match(r"\s*[（(]", ordinal.group()) else \
            1 if re.match(r"\s*[一二三四五六七八九十]", ordinal.group()) else None
        as_l1 = rank == 1 or rank is None and (l1 is None or parent != l1 or
                                               _heads_below(as_l1, below, first_col, level2_col))
    if as_l1:
        return name, ""
    return (l1_raw, name) if as_l2 else None


def _heads_below(l1: str, below: list[str] | None, first_col: int, level2_col: int | None = None) -> bool:
    """The row below is a section row, or a row whose level-2 cell (column level2_col, no text left of
    it) is filled, naming a level 2 under the level 1 `l1` (and no level 1). A level 2 under the
    heading has its own cell there, so the heading is the level above it."""
    texts = [(c, x) for c, x in enumerate(below or ()) if bare(x)]
    if len(texts) == 1 and texts[0][0] <= first_col:
        name = texts[0][1]
    elif level2_col is not None and texts and texts[0][0] == level2_col:
        name = texts[0][1]
    else:
        return False
    name = normalize_ws(name).strip()
    name = name[m.end():].strip() if (m := NUMBERED.match(name)) else name
    return canonical_level2(name, l1)[1] == l1 and bare(name) != bare(l1)


def _points_caption(row: list[str], cols: _Cols) -> list[str] | None:
    """A section row carrying its block's points: the caption spanning the name columns and figures
    under 分值 / 得分 only (一、产出指标 | 50 | 49.43): the row without them, for _section_levels to
    judge; None where those cells are empty or hold anything but a figure."""
    points = [c for c in (cols.weight, cols.score) if c is not None and c < len(row) and bare(row[c])]
    if not points or not all(parse_cell(row[c]).numeric for c in points):
        return None
    return ["" if c in points else x for c, x in enumerate(row)]


def _unread_row_levels(row: list[str], cols: _Cols, l1_raw: str, l2_raw: str) -> tuple[str, str] | None:
    """The (level 1, level 2) a row's own level cells name where they name a level by the template's vocabulary
    (a level 1's cell canonical_level1, a level 2's canonical_level2), else None: a new level 1 alone clears the
    level 2 it does not name (no level 2 of the old level 1 runs on under a new one)."""
    def cell(c: int | None) -> str:
        return bare(row[c]) if c is not None and c < len(row) else ""

    l1 = cell(cols.level1) if cols.level1 != cols.level3 else ""
    l2 = cell(cols.level2) if cols.level2 != cols.level3 else ""
    l1 = l1 if l1 and canonical_level1(l1) else ""
    l2 = l2 if l2 and canonical_level2(l2, canonical_level1(l1 or l1_raw or ""))[0] else ""
    if not (l1 or l2) or (l1 or l1_raw, l2 or l2_raw) == (l1_raw, l2_raw):
        return None
    if l1 and not l2 and canonical_level1(l1) == canonical_level1(l1_raw or ""):
        return None
    return (l1 or l1_raw, l2 if l2 or not l1 else "")


def _level_cells_row(grid, r: int, cols: _Cols, l1_raw: str) -> tuple[str, str] | None:
    """A row heading its group in the level columns alone (项目决策 | 项目立项 | — | 8 | — | — | 8): the name
    and value cells empty, only figures under 分值 / 得分, and the next row an indicator whose level-2 cell
    is blank (or another such row): the (level 1, level 2) it sets for the rows below, as a section row
    does (_section_levels); its figures are the group's subtotal, no indicator's."""
    if cols.level2 is None or cols.level3 is None:
        return None

    def cell(k: int, c: int | None) -> str:
        return bare(grid[k][c]) if c is not None and c < len(grid[k]) else ""

    row = grid[r]
    l1, l2 = cell(r, cols.level1), cell(r, cols.level2)
    points = [c for c in (cols.weight, cols.score) if c is not None]
    if not (l1 or l2) or any(cell(r, c) for c in (cols.level3, cols.target, cols.actual)) or \
            not any(cell(r, c) for c in points) or \
            not all(parse_cell(row[c]).numeric for c in points if cell(r, c)) or \
            any(bare(x) for c, x in enumerate(row) if c not in {cols.level1, cols.level2, *points}):
        return None
    below = next((k for k in range(r + 1, len(grid)) if any(bare(x) for x in grid[k])), None)
    if below is None or not (cell(below, cols.level3) and not cell(below, cols.level2) or
                             not cell(below, cols.level3) and _level_cells_row(grid, below, cols, l1 or l1_raw)):
        return None
    return (l1 or l1_raw, l2)


def _subheading_levels(row: list[str], cols: _Cols, l1_raw: str) -> tuple[str, str] | None:
    """A subheading row (（一）数量指标 spanning only 序号 / 指标名称, the value cells empty), beside
    the level-1 column's cell or under it: the (level 1, level 2) it sets for the rows below, as a
    full-width section row does (_section_levels). The level-1 cell merged down from this row, where
    it starts here, is the level 1."""
    if cols.level3 is None:
        return None
    lead = row[cols.level1] if cols.level1 is not None and cols.level1 < len(row) else ""
    rest = ["" if c == cols.level1 else x for c, x in enumerate(row)]
    texts = [c for c, x in enumerate(rest) if bare(x)]
    if len(texts) != 1 or texts[0] > cols.level3 or texts[0] == cols.level2:
        return None
    levels = _section_levels(rest, texts[0], lead or l1_raw)
    if levels is None or not levels[1] and bare(lead):
        return None
    return (lead or levels[0], levels[1])


def _rows_follow(grid, r: int) -> bool:
    """The first row from r holding text reads like an indicator row."""
    k = next((k for k in range(r, len(grid)) if _first_text(grid[k])), None)
    return k is not None and _starts_like_indicators(grid[k])


def _halves(header: list[str]) -> tuple[int, int] | None:
    """(width of each half, column the right half starts at) of a header that repeats the same run of
    column roles (指标 | 指标值 | 实际值 | 得分 | 指标 | 指标值 | 实际值 | 得分): two indicator tables side
    by side, or a table folded in two to fit a page, or None. Up to two empty columns may part the
    halves (a narrow gutter column between them on a sheet)."""
    for gap in range(3):
        k, odd = divmod(len(header) - gap, 2)
        if odd or k < 3 or [bare(x) for x in header[:k]] == [""] * k or any(bare(x) for x in header[k:k + gap]):
            continue
        left, right = _indicator_fields(header[:k]), _indicator_fields(header[k + gap:])
        if left == right and _indicator_cols(header[:k]) is not None:
            return k, k + gap
    return None


def _tiles(header: list[str]) -> int | None:
    """Width of each tile of a header that repeats the same run of column roles THREE TIMES OR MORE across
    (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分, again and again: a system's wide
    export writing each indicator as a column group of one row, 指标1 … 指标12), or None. Each tile names
    the indicator; two tiles, with a gutter or not, are _halves'."""
    n = len(header)
    while n and not bare(header[n - 1]):
        n -= 1
    for k in range(3, n // 3 + 1):
        first = _indicator_fields(header[:k])
        if n % k or "level3" not in first or _indicator_cols(header[:k]) is None:
            continue
        if all(_indicator_fields(header[o:o + k]) == first for o in range(k, n, k)):
            return k
    return None


def _captioned_band(grid, r: int) -> bool:
    """Rows from r on that start an indicator table of their own within a table holding other rows above
    (a head and fund block, then a caption row, then the indicator rows with no header: 1158.xls, an Excel
    table whose header row was switched off and whose definition the copy lost): the nearest row above
    holds one cell alone, no total's label, and r and the two rows under it are each led by a level 1 and
    a level 2 (_level_led), which only an indicator row is."""
    above = next((k for k in range(r - 1, -1, -1) if any(bare(x) for x in grid[k])), None)
    if above is None or sum(1 for x in grid[above] if bare(x)) != 1 or summary_label(_first_text(grid[above])):
        return False
    return r + 2 < len(grid) and all(_level_led(grid[k]) for k in range(r, r + 3))


# The marks a clerk ticks a category column with (指标类别（在对应栏打“√”）).
TICK = re.compile(r"^[√✓✔☑✅]$")


def _ticked_levels(stacks: list[list[str]], grid, start: int, cols: _Cols):
    """The levels of a table that classifies each indicator by a tick in one of a run of category columns
    (指标类别 over 产出指标 over 数量 | 质量 | 时效 | 成本, 效益指标 over 经济效益 | …, a √ in one per row) in
    place of level columns: (the rows with each ticked row's level 1 and level 2 written into the run's
    first two columns and its marks cleared, the columns with level 1 and level 2 there, the rows whose
    ticks name no one column: none or several), or None where no such run is there. A run: two or more
    adjacent columns whose lowest header names a level (normalize.vocab), whose body cells are ticks or
    empty, none of them a value column the header named; level 1 the nearest header above the leaf that
    names one, else the one the leaf's level 2 belongs to."""
    values = {c for f, c in vars(cols).items() if c is not None and f not in ("level1", "level2")}
    end = next((r for r in range(start, len(grid)) if _ends_body(grid[r])), len(grid))   # 总分 closes the rows
    body = [r for r in range(start, end) if any(bare(x) and not TICK.match(x.strip()) for x in grid[r])]

    def level_of(c: int) -> tuple[str, str] | None:
        stack = stacks[c] if c < len(stacks) else []
        if not stack:
            return None
        leaf = bare(stack[0])
        l2, parent = canonical_level2(leaf)
        above = next((x for x in (canonical_level1(bare(y)) for y in stack[1:]) if x), None)
        l1 = above or parent or canonical_level1(leaf)
        return (l1, leaf if l2 else "") if l1 else None

    def ticked(c: int) -> bool:
        return any(c < len(grid[r]) and TICK.match(grid[r][c].strip()) for r in body)

    def ticks_only(c: int) -> bool:   # a category no row ticks stays in the run (生态效益 ticked by none)
        return all(c >= len(grid[r]) or not bare(grid[r][c]) or TICK.match(grid[r][c].strip()) for r in body)

    run: list[int] = []
    for c in range(len(stacks)):
        if c not in values and ticks_only(c) and level_of(c) is not None and (not run or run[-1] == c - 1):
            run.append(c)
        elif sum(map(ticked, run)) < 2:
            run = [c] if c not in values and ticks_only(c) and level_of(c) is not None else []
        else:
            break
    if sum(map(ticked, run)) < 2:
        return None
    rows, unclear = [list(row) for row in grid], []
    for r in body:
        marked = [c for c in run if c < len(grid[r]) and TICK.match(grid[r][c].strip())]
        for c in run:
            if c < len(rows[r]):
                rows[r][c] = ""
        if len(marked) == 1:
            rows[r][run[0]], rows[r][run[1]] = level_of(marked[0])
        elif len(marked) > 1 or any(bare(grid[r][c]) for c in values if c < len(grid[r])):
            unclear.append(r)
    return rows, replace(cols, level1=run[0], level2=run[1]), unclear


def _refilled(filled, before, after, start: int):
    """The filled grid (merged cells' text in every cell they cover) with the cells a grammar rewrote in the body
    (rows from `start`: levels written where ticks or codes stood, level rows emptied) as `after` has them."""
    return [row if q < start else
            [after[q][c] if c < len(after[q]) and (c >= len(before[q]) or after[q][c] != before[q][c]) else x
             for c, x in enumerate(row)] for q, row in enumerate(filled)]


def _named_rows(grid, rows: list[int], cols: _Cols) -> str:
    """第7行“名称”、第8行“名称”: rows a warning names, each by its number and its indicator's name."""
    return "、".join(f"第{q + 1}行" + (f"“{bare(grid[q][cols.level3])}”" if cols.level3 is not None and
                                      cols.level3 < len(grid[q]) and bare(grid[q][cols.level3]) else "") for q in rows)


def _spelled_words(text: str, named) -> list[str] | None:
    """`text` cut into level names (`named` says which strings are one) of two characters or more, each the
    longest that leaves a rest so cut; None where it cannot be."""
    if not text:
        return []
    for n in range(len(text), 1, -1):
        if named(text[:n]) and (rest := _spelled_words(text[n:], named)) is not None:
            return [text[:n], *rest]
    return None


def _spelled_levels(grid, start: int, cols: _Cols):
    """A level column not merged whose word is typed one character a row down its run (产 | 出 | 指 | 标, then
    empty cells, the lines between them taken out so the print shows one tall cell, 1204): (the rows with
    each run's cells holding the word the run spells, the empty rows under it too), or None. Evidence from the
    cells: every filled cell of the column one character, and each run of such cells spelling a level's name
    (产出指标, 效益指标, 满意度 for 满意度指标)."""
    end = next((r for r in range(start, len(grid)) if _ends_body(grid[r])), len(grid))
    rows, changed = None, False
    for c, named in ((cols.level1, lambda w: canonical_level1(w)), (cols.level2, lambda w: canonical_level2(w)[0])):
        if c is None:
            continue
        cells = [grid[r][c].strip() if c < len(grid[r]) else "" for r in range(start, end)]
        if not any(cells) or any(len(x) > 1 for x in cells):
            continue
        runs, k = [], 0
        while k < len(cells):
            if not cells[k]:
                if not runs:
                    break
                runs[-1][2] += 1   # an empty cell under a run: the run's, as a merged cell's
                k += 1
                continue
            a = k
            while k < len(cells) and cells[k]:
                k += 1
            words = _spelled_words("".join(cells[a:k]), named)
            if words is None:
                runs = []
                break
            for w in words:   # two words with no empty cell between: each its own run (效益指标 | 满意度)
                runs.append([a, w, len(w)])
                a += len(w)
        if len(runs) < 2:
            continue
        rows = rows or [list(row) for row in grid]
        for a, word, n in runs:
            for r in range(start + a, start + a + n):
                rows[r][c] = word
        changed = True
    return rows if changed else None


CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")
ROOT = re.compile(r"^(?:0+|[-—–/／]|无)?$")


def _parent_coded_levels(grid, start: int, cols: _Cols):
    """The levels of an indicator table exported as an adjacency list (指标编码 | 上级指标编码 | … | 指标名称,
    the level rows and the indicators each a row of their own, sorted as the system keeps them, not as a
    tree): (the rows with each indicator's level 1 and level 2 written into the code and parent columns and
    the level rows emptied, the columns with level 1 and level 2 there, the indicators whose parent code
    names no row, or whose chain of parents reaches such a code: their levels left empty and said), or None. Evidence from the cells alone: a column of distinct codes, and another whose
    every cell is a root mark (0, —, empty) or one of those codes, the rows it names having no target and
    no actual of their own; an indicator's level 1 is the name of its root ancestor, level 2 that of the
    ancestor under it."""
    if cols.level1 is not None or cols.level2 is not None or cols.level3 is None:
        return None
    end = next((r for r in range(start, len(grid)) if _ends_body(grid[r])), len(grid))
    body = [r for r in range(start, end) if any(bare(x) for x in grid[r])]
    mapped = {c for c in vars(cols).values() if c is not None}

    def cell(r: int, c: int | None) -> str:
        return grid[r][c].strip() if c is not None and c < len(grid[r]) else ""

    free = [c for c in range(min(len(row) for row in grid[start:end] or [[]])) if c not in mapped]
    for a in free:
        codes = [cell(r, a) for r in body]
        if len(body) < 4 or not all(CODE.match(x) for x in codes) or len(set(codes)) < len(codes):
            continue
        row_of = dict(zip(codes, body))
        for b in free:
            parents = [cell(r, b) for r in body]
            named = {x for x in parents if not ROOT.match(x)}
            # a parent code naming no row (a level row the export left out) is that row's children lost, said;
            # the column is a parent column where the codes it names found are more than those not found
            found, unfound = named & set(row_of), named - set(row_of)
            if b == a or len(found) < 2 or len(unfound) >= len(found) or not all(CODE.match(x) for x in unfound) or \
                    any(cell(row_of[x], cols.target) or cell(row_of[x], cols.actual) for x in found):
                continue
            named = found
            rows, lost = [list(row) for row in grid], []
            for r in body:
                if cell(r, a) in named:
                    rows[r] = [""] * len(rows[r])   # a level row: its name is its children's level
                    continue
                chain, x = [], cell(r, b)
                while not ROOT.match(x) and x in row_of and len(chain) < 8:
                    chain.append(cell(row_of[x], cols.level3))
                    x = cell(row_of[x], b)
                if not chain or not ROOT.match(x):
                    lost.append(r)
                    rows[r][a] = rows[r][b] = ""
                    continue
                rows[r][a] = chain[-1]
                rows[r][b] = chain[-2] if len(chain) > 1 else ""
            return rows, replace(cols, level1=a, level2=b), lost
    return None


def _earlier_year_blocks(above: list[str], head: list[str]) -> list[int]:
    """The columns of a fund header that stand under a year heading earlier than the latest one over an
    executed-money column (2023年度（上年） over 全年预算数 | 全年执行数 | 执行率 beside 2024年度（本年） over 年初 …
    得分): a past year's block beside the year's (as _earlier_years for an indicator header); [] where the
    row above names fewer than two years."""
    years = {c: y for c, x in enumerate(above) if c < len(head) and (y := header_year(x)) is not None}
    done = [y for c, y in years.items() if fund_word_field(head[c]) == "executed"]
    if len(set(years.values())) < 2 or not done:
        return []
    return [c for c, y in years.items() if y < max(done)]


def _slots(header: list[str]) -> tuple[int, int, int] | None:
    """(columns of the shared level prefix, end of the left slot, column the right slot starts at) of a
    header whose level columns come once and whose name-and-values run then repeats (一级指标 | 二级指标 |
    三级指标 | 指标值 | 完成值 | 分值 | 得分 | 三级指标 | 指标值 | 完成值 | 分值 | 得分: two indicators of
    the same levels in each row, side by side, as a form saves space), or None. Each slot names the
    indicator and two of its values; the prefix holds level columns only. Up to two empty columns may
    part the slots, as _halves'."""
    fields = _indicator_fields(header)
    levels = sorted(c for f, c in fields.items() if f in ("level1", "level2"))
    if not levels or levels != list(range(len(levels))):
        return None
    p = len(levels)
    rest = header[p:]
    for gap in range(3):
        k, odd = divmod(len(rest) - gap, 2)
        if odd or k < 3 or any(bare(x) for x in rest[k:k + gap]):
            continue
        left, right = _indicator_fields(rest[:k]), _indicator_fields(rest[k + gap:])
        if left == right and "level3" in left and len(set(left) & {"target", "actual", "weight", "score"}) >= 2 \
                and not set(left) & {"level1", "level2"}:
            return p, p + k, p + k + gap
    return None


def _starts_like_indicators(row: list[str]) -> bool:
    """A first row that reads like an indicator row, not a fund, total or label row."""
    first = _first_text(row)
    # a money label before its figure (年初预算数 | 1200.00) is a vertical fund block's first row
    # (its title row may stand outside the table, as Excel exports write it)
    return (columns.indicator_like(row) or _level_led(row)) and not first.startswith(STOP_LABELS + ("总计", "小计")) and \
        not FUND_LABEL.search(first) and not FUND_SOURCE.search(first) and len(_fund_fields(row)) < 2 and \
        not re.search(r"[:：]$", first) and fund_word_field(header_words(first)) not in MONEY_FIELDS


# One column label of a 栏次 row: the word itself, a 天干 letter (甲乙丙丁 for the text columns), a
# column number, a range of them (1-4) or a formula of them (5=3÷2, 6=4×5).
_COLUMN_WORD = re.compile(r"^[栏行]次$")
_COLUMN_LETTER = re.compile(r"^[甲乙丙丁戊己庚辛壬癸]$")
_COLUMN_NUMBER = re.compile(r"^(\d{1,2})(?:\s*[-－~～]\s*\d{1,2}|\s*[=＝]\s*\d{1,2}(?:\s*[+＋\-－×*÷/／]\s*\d{1,2})+)?$")


def column_labels_row(texts: list[str]) -> bool:
    """A row under a header that numbers the columns (栏次 | 1 | 2 | 3 | 5=3÷2; 甲 | 乙 | 丙 | 1 | 2 | 丁):
    every cell the 栏次 word, a 天干 letter or a column number, range or formula, the numbers rising
    in column order. Small integers alone could be a row of counts, so it takes the word, a letter
    or a formula, or a run of three or more numbers from 1 rising by one."""
    cells = [normalize_ws(x) for x in texts if normalize_ws(x)]
    if len(cells) < 3:
        return False
    numbers, marked = [], False
    for x in cells:
        if _COLUMN_WORD.match(x) or _COLUMN_LETTER.match(x):
            marked = True
        elif (m := _COLUMN_NUMBER.match(x)):
            numbers.append(int(m.group(1)))
            marked = marked or m.group(0) != m.group(1)
        else:
            return False
    if not numbers or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return False
    return marked or (numbers[0] == 1 and len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1)))


def _level_caption(text: str, fields) -> bool:
    """A cell that labels a level's value rather than heading a column: a field's label, a colon and a
    level name after it (一级指标：产出指标, a line merged across the table over that level's rows)."""
    label, colon, value = text.partition("：") if "：" in text else text.partition(":")
    value = bare(value)
    return bool(colon and value and fields([label]) and (canonical_level1(value) or canonical_level2(value)[0]))


def _sub_header(texts: list[str], fields) -> bool:
    """A row under the header that only names columns (目标值 | 实际值; 符号 | 数值 | 单位(文字描述)):
    most of its cells name a field, none is a level name or a sentence."""
    cells = [x for x in texts if x]
    if any(_level_caption(x, fields) for x in cells):
        return False
    named = sum(bool(fields([x])) for x in cells)
    if any(canonical_level1(x) or canonical_level2(x)[0] or len(x) > 12 for x in cells):
        return named == len(cells)
    return named == len(cells) or (named >= 2 and 2 * named >= len(cells))


def _is_list_header(row: list[str]) -> bool:
    texts = [bare(x) for x in row]
    return any(t in ("序号", "编号") for t in texts) and any("金额" in t for t in texts)


def _is_points_list_header(row: list[str], below: list[str] | None) -> bool:
    """序号 | 扣分项目 | 扣分 | 扣分原因: the header of a list of points taken off (_points_column)."""
    return any(bare(x) in ("序号", "编号") for x in row) and _points_column(row, below) is not None


class _Reader(FundBlock, UnreadRows, ProjectGroups, TotalsAndLists, TablesByName, IndicatorRow):
    def __init__(self, doc: Document, recs: DocRecords):
        self.doc, self.recs = doc, recs
        self.current: Project | None = None
        self.groups = False     # the indicator table being read groups an evaluation's criteria (项目权重)
        # level points read from a bare bracketed number (BARE_LEVEL_POINTS), by id (held, so no id is reused)
        self.bare_points: dict = {}
        # What the last indicator table left for one that goes on past a page break, and what the
        # table being read has found so far (set as the reading goes).
        self.last_cols: _Cols | None = None
        self.last_width: int | None = None
        self.last_table: int | None = None
        self.table_block = {b.index: k for k, b in enumerate(doc.blocks) if isinstance(b, Table)}
        # block -> the nearest block before it that is no table (only tables between), in one pass: a
        # document of thousands of tables is not walked back once per table
        self.line_before: dict[int, int | None] = {}
        line = None
        for k, b in enumerate(doc.blocks):
            self.line_before[k] = line
            if not isinstance(b, Table):
                line = k
        self.polarity_ops: dict[tuple, bool] = {}   # per table: its 正向 / 反向 cells are its operators
        self.superseded: dict[int, str] = {}
        self.head_words: dict[int, str] = {}   # column -> its header's words, for a cell pointing to it (见备注)
        self.initial_target: int | None = None   # the 年初目标值 column a revised target column replaced
        self.merged_head: tuple = (None, None, [])   # (table, row, the header completed from a two-row one)
        self.bounds: tuple[int, int] | None = None   # a range form's 下限 | 上限 columns under the target's header
        self.target_parts: list[int] | None = None   # the year's target in parts (上半年 | 下半年) under its header
        self.kind_pairs: dict[int, int] = {}   # a value column -> its twin by kind (定量 | 定性): _kind_columns
        self.reason_parts: list[int] = []   # further columns the reason is written in (原因类型 | 原因说明): _reason_parts
        self.header_units: dict[int, tuple[str, str]] = {}   # column -> (unit, header) from its bracket
        self.base_heads: dict[int, str] = {}   # value column -> another period's words in its bracket (base_heads)
        self.points_order = ("weight", "score")   # the parts of a joined 分值/得分 cell, as its header names them
        self.required: set[int] = set()
        self.serial: int | None = None      # the header's 序号 column: the row's number stays there
        self.completion: int | None = None  # a 完成率 column beside the result (completion_column)
        self.project_col: int | None = None   # a column telling each row's project (_project_column), kept past a page break
        self.moved_from = None
        # while a re-ordered view of a table is read (header_below): (its index, view row -> table row)
        self.view_rows: tuple[int, dict[int, int]] | None = None
        self.nested_said: set[int] = set()   # tables whose name column nests figures (_figures_in_names), said
        self.paired: int | None = None
        self.actual_part: int | None = None   # the result's place in a two-value actual column (_actual_part)
        self.actual_score = False   # that column's second value the row's score, no 得分 column (_actual_score)
        self.actual_period: str | None = None   # the part of the year the actual column covers (part_of_year)
        self.other_rows: dict = {}   # layouts of another header's rows among the indicators (_other_row_layouts)
        self.row_pairs: dict[int, tuple[tuple[int, str], tuple[int, str], int]] = {}
        self.row_pair_label: int | None = None   # the column labelling those rows (类别: 目标值 / 实际值)
        # rows of another year than the one evaluated (year_rows) -> the evaluated row beside them; their column
        self.year_passed: dict[int, int] = {}
        self.year_col: int | None = None
        self.named_targets: str | None = None
        self.code_col: int | None = None   # a column of indicator codes the document's legend names levels for
        self._code_names: dict[str, str] | None = None
        self._unnamed_codes: set[tuple[int, str]] = set()   # level codes said unnamed (_coded_level_cells)
        self.level2_led = False     # the names carry their level 2 before them (数量指标：X)
        self.levels_close = False   # each level word typed on the last row of its run, nothing merged (1980)
        self.named_weights = False   # the names end in their points (改造老旧供水管网（8分）): _named_weights
        self.year_pair: tuple[_Cols, _Cols] | None = None   # (the header's columns, the latest year's): year_pairs
        self.rule_points: int | None = None   # the column whose 评分标准 texts open with the points: _rule_points
        self.span_units: dict[int, int] = {}   # value column: the unlabelled unit column beside it (span_units)
        self.span_points: int | None = None   # the second column under a joined 分值/得分 heading (span_points)
        self.target_points = False   # the targets end in their points (≥15个（8分）): target_points
        self.level1_scores: dict[str, int] = {}   # 得分 over a column per level 1 (level1_score_columns)
        self.item_points: Figure | None = None   # 每项6分 said above a table with no 分值 column: _item_points
        # a second result column under the actual's heading (实际完成值 over 单位自评 | 财政核实): (column,
        # its label, the actual's label); choose_actual reads the one the scores follow
        self.second_actual: tuple[int, str, str] | None = None
        self.vertical_fund_row: int | None = None
        # projects whose indicator table ended in its 总分 row (figures or none): the evaluation is whole
        self.closed: list[Project] = []
        # rows of a part's points left for the tables after them to account for (settle_parts)
        self.parts_after: list = []
        # rows led by a level-1 name, perhaps its block's totals, and the tables said unread whole (settle_parts)
        self.totals_after: list = []
        self.table_said: dict[int, tuple[str, int]] = {}
        self.points_before: list = []   # grids of bare points before any indicator (settle_parts)
        self.fund_cells: list = []   # cells of many lines holding fund heads in a table that read none (fund_words_in_cell)

    def read(self, t: Table) -> None:
        grid = t.grid()
        filled = t.grid(fill=True)
        produced_before = {(i.loc.table, i.loc.row) for i in self.recs.indicators}
        self.used: set[int] = set()
        self.said_unread: set[int] = set()   # rows left_unread said, no longer read as another row
        self.indicator_table = self.fund_seen = False
        self.vertical_fund_row = None
        headed = False
        first_row = next((k for k in range(t.n_rows) if _first_text(grid[k])), 0)
        r = 0
        while r < t.n_rows:
            row = grid[r]
            first = _first_text(row)
            if not first:
                r += 1
                continue
            start_r = r
            # only level names or the tail of a header split from the table before (分值 | 得分 | 偏差原因)
            # above: the rows still start the table
            seen = any(_first_text(grid[k]) and not _level_names_only(grid[k]) and not _header_tail(grid[k])
                       for k in range(first_row, r))
            if _is_list_header(row):
                r = self.list_table(t, grid, r)
                self.used.update(range(start_r, r))
                continue
            if not headed and (end := self.totals_by_project(t, grid, r)):
                self.used.update(range(r, end))
                r = end
                continue
            if not headed and (end := self.scores_by_key(t, grid, r)):
                self.used.update(range(r, end))
                r = end
                continue
            # a list of points taken off, where no 评分表 above completed indicators by it
            if _is_points_list_header(row, grid[r + 1] if r + 1 < t.n_rows else None):
                r = self.list_table(t, grid, r)
                self.used.update(range(start_r, r))
                continue
            # 年初预算数 | 1,850.00 | … | 分值 | 10 | 得分 | 9.80: labels with their figures are the fund
            # line, not an indicator header (a header holds no figures)
            if len(_indicator_fields(row)) >= 2 and not _fund_pairs_row(grid, r):
                # a header of names and results only (三级指标 | 实际完成值 | 得分) whose every row names
                # an indicator read before with no result: their results, before any other reading
                if (end := self.results_by_name(t, grid, r) or self.reasons_by_name(t, grid, r) or
                        self.weights_by_name(t, grid, r)):
                    self.used.update(range(r, end))
                    r = end
                    continue
                head, start = _merged_header(grid, filled, r, _indicator_fields)
                head_r, said_before = r, len(self.recs.warnings)
                self.merged_head = (t.index, r, head)
                spans = [(cell.colspan if (cell := t.cell_at(r, c)) is not None and cell.col == c else 1)
                         for c in range(len(head))]
                cols = _indicator_cols(head, spans) or _scored_by_named_points(grid, head, r, start) or \
                    _path_cols(grid, head, start)
                if cols and (inherited := self.group_header(t, r, head, cols)) is not None:
                    cols = inherited
                if cols:
                    headed = True
                    for field, c in lost_ordinals(head, _indicator_fields(head)).items():
                        if getattr(cols, field) == c:
                            self.recs.warnings.append(
                                f"{self._loc(t, r, c).describe()}：表头“{header_words(head[c])}”缺少层级序数（识别漏字），"
                                f"其右侧为“{header_words(head[c + 1])}”，按{'一二三'[int(field[-1]) - 1]}级指标列读取，请核对原件")
                    if cols.level2 is not None and cols.level2 < len(spans) and spans[cols.level2] > 1:
                        cols = _one_name_column(t, grid, start, cols)
                    cols, off = _spans_start_left(t, grid, start, cols)
                    if off:
                        self.recs.warnings.append(
                            f"{self._loc(t, r).describe()}：表头与表体错列（表头所在列在表体各行为空，表体单元格跨列自其左侧起），"
                            "按表体单元格的起始列读取：" + "；".join(f"{columns.ROLE_CN[k]}第{a + 1}列→第{b + 1}列" for k, a, b in off))
                    self.grouping_levels(t, r, head, cols)
                    levels_unread: set[int] = set()   # rows whose levels a grammar below could not give: none
                    if (ticked := _ticked_levels(_header_stacks(t, filled, r, start), grid, start, cols)) is not None:
                        filled = _refilled(filled, grid, ticked[0], start)
                        grid, cols, unclear = ticked
                        levels_unread.update(self._levels_unread(t, r, grid, cols, unclear, "指标类别按勾选栏读取",
                                                                 "未勾选或勾选多栏"))
                    if (spelled := _spelled_levels(grid, start, cols)) is not None:
                        filled = _refilled(filled, grid, spelled, start)
                        grid = spelled
                    if (coded := _parent_coded_levels(grid, start, cols)) is not None:
                        filled = _refilled(filled, grid, coded[0], start)
                        grid, cols, lost = coded
                        levels_unread.update(self._levels_unread(t, r, grid, cols, lost, "指标按上级编码归属层级",
                                                                 "的上级编码未能对应到表中的层级行"))
                    halves, tile = _halves(head), _tiles(head)
                    checked = halves
                    if tile is not None and all(c < tile for c in vars(cols).values() if c is not None):
                        checked = (tile, tile)   # the roles checked against the first tile's cells, as a half's
                    if checked is not None and all(c < checked[0] for c in vars(cols).values() if c is not None):
                        # a header repeating its run of roles (二级指标 | 三级指标 | … twice): each half is
                        # read on its own below, so its roles are checked against the left half's cells only
                        # (across the whole width the right half's 二级指标 would vote itself a level 1)
                        cols = self.refine(t, [x[:checked[0]] for x in grid], [x[:checked[0]] for x in filled],
                                           r, start, cols)
                    else:
                        cols = self.refine(t, grid, filled, r, start, cols)
                    if cols.deduction is not None and cols.score is None:
                        # no row writes its score: each is derived, which the analyst should know
                        self.recs.warnings.append(f"{self._loc(t, r).describe()}：表中无得分列，各行得分按分值减扣分推算")
                    self.used.update(range(r, start))
                    if tile is not None and all(c < tile for c in vars(cols).values() if c is not None):
                        r = self.tiles(t, grid, r, cols, start, tile, len(head) // tile)
                    elif halves is not None and all(c < halves[0] for c in vars(cols).values() if c is not None):
                        r = self.side_by_side(t, grid, r, cols, start, *halves)
                    elif (slots := _slots(head)) is not None and \
                            all(c < slots[1] for c in vars(cols).values() if c is not None):
                        r = self.side_by_side(t, grid, r, cols, start, *slots[1:], shared=slots[0])
                    elif groups := self.project_groups(t, r, start, head, cols):
                        r = self.grouped_projects(t, grid, r, start, cols, groups)
                    else:
                        r = self.indicators(t, grid, r, cols, start)
                    self.columns_passed_over(t, grid, filled, head_r, start, r, cols, said_before, tile)
                    for i in self.recs.indicators:
                        if i.loc.table == t.index and i.loc.row in levels_unread:
                            # said unread above: no level taken from the row above by the merged-cell fill
                            i.level1, i.level2, i.level1_raw, i.level2_raw = None, None, "", ""
                    continue
            if not headed and (not seen or _captioned_band(grid, r)) and \
                    (_starts_like_indicators(row) or self.like_neighbours(t, row)) and \
                    (cont := self.continuation(t, grid, r)) is not None:
                headed = True
                # section rows on the table's top (（三）生态效益指标 over the rows a page break carried on,
                # 1120.pdf) head its rows: read from them, or the rows would take the levels before them
                first_col = min(c for c in vars(cont).values() if c is not None)
                while r > 0 and r - 1 not in self.used and _section_levels(grid[r - 1], first_col, ""):
                    r -= 1
                r = self.indicators(t, grid, r, cont, r, continued=True)
                continue
            if _fund_pairs_row(grid, r):
                self.label_value_fund(t, grid, r)
                self.used.add(r)
                r += 1
                continue
            # a progress table's money columns (当季支出 | 累计支出 | 累计执行率) hold periods, not the fund
            if len(_fund_fields(row)) >= 2 and not other_tables.running_total(grid[r:]):
                head, start = _merged_header(grid, filled, r, _fund_fields)
                if (past := _earlier_year_blocks(filled[r - 1] if r > 0 else [], head)):
                    # a fund table of two years side by side (2023年度（上年） | 2024年度（本年）): the year's
                    # block is the record's, the earlier one's figures no part of it, said once
                    years = sorted({x for c in past if (x := filled[r - 1][c])}, key=lambda x: header_year(x) or 0)
                    kept = next(x for c in range(len(head)) if c not in past and (x := filled[r - 1][c]) and header_year(x))
                    self.recs.warnings.append(f"{self._loc(t, r).describe()}：资金表并列{'、'.join(map(bare, years))}与{bare(kept)}"
                                              f"的数字，按{bare(kept)}读取，{'、'.join(map(bare, years))}的{len(past)}列未读取")
                    head = ["" if c in past else x for c, x in enumerate(head)]
                fund = _fund_cols(_without_word_columns(grid, _without_row_labels(t, head, r, start), start))
                if fund and "exec_rate_stated" not in fund and \
                        (rate := _fund_fields(head).get("exec_rate_stated")) not in (None, *fund.values()) and \
                        _rate_written(grid, start, rate):
                    # the rate's column found by a row label naming the measure (总体支出进度 merged over
                    # its parts' header and figures, 1095): the label heads no column, the rate's stays, where
                    # its figure is written as a rate (051 writes the money again there: no rate stated)
                    fund["exec_rate_stated"] = rate
                if (rate := fund.get("exec_rate_stated")) is not None and rate < len(head) and \
                        header_field(head[rate], set()) == "actual" and not _rate_written(grid, start, rate):
                    # a result column taken for the 进度 measure's rate by the header (fund_grammar) states a
                    # rate only where its cell is written as one (raw 051's text writes the money again there)
                    del fund["exec_rate_stated"]
                if fund:
                    fund = self.joined_fund_heads(t, grid, r, start, head, fund)
                    r = self.fund(t, grid, filled, r, fund, head, start)
                    self.used.update(range(start_r, max(r, start_r + 1)))
                    continue
            if (n := self.sources_as_columns(t, grid, r)):
                self.used.update(range(r, r + n))
                r += n
                continue
            if (n := self.item_money_list(t, grid, filled, r)):
                self.used.update(range(r, r + n))
                r += n
                continue
            if self.label_row(t, grid, r):
                self.used.add(r)
                r += 1
                continue
            r += 1
        self.fund_words_in_cell(t, grid)
        self.count_unread(t, grid, produced_before)

    def _counting_score(self, grid, stacks: list[list[str]], columns_: tuple[int, ...]):
        """The score column the document says counts (以复核得分为准 in the table's cells or any paragraph) among
        `columns_`, with the words that say so; None where it says nothing of them. The note's phrase ends in
        the column's header (以主管部门复核得分为准 names 复核得分), the longest header so ended (以复核得分为准
        names 复核得分, not the 得分 beside it); a header of the head noun alone (得分, 评分) only where the
        phrase is that word (以问卷评分为准 says how an indicator is measured, not that a 评分 column counts)."""
        words = {c: header_words((stacks[c] or [""])[0]) for c in columns_}
        texts = [x for row in grid for x in row] + [b.text for b in self.doc.blocks if isinstance(b, Paragraph)]
        for text in texts:
            for m in AUTHORITY.finditer(text):
                named = sorted(((len(w), c) for c, w in words.items() if w and (
                    m.group(1) == w or m.group(1).endswith(w) and not SCORE_NOUN.match(w))), reverse=True)
                if named and (len(named) == 1 or named[1][0] < named[0][0]):
                    return named[0][1], m.group(0)
        return None

    def _second_scores(self, t: Table, h: int, stacks: list[list[str]], score: int, second: list[int],
                       counting) -> str:
        """The warning for score columns left unread beside the one read (normalize.columns.unread_scores),
        with the document's words where it says which counts (`counting`: _counting_score; the score read is then
        that column)."""
        head = {c: (stacks[c] or [""])[0] for c in (score, *second)}
        said = (f"{self._loc(t, h).describe()}：" + "、".join(f"第{c + 1}列“{head[c]}”" for c in second) +
                f"与得分列并列，未读取，得分按第{score + 1}列“{head[score]}”读取")
        if counting is None:
            return said
        return said + f"；文中注明“{counting[1]}”，得分按该列读取"

    def _levels_unread(self, t: Table, r: int, grid, cols: _Cols, rows, how: str, why: str):
        """The rows whose levels a level grammar (ticks, parent codes) could not give, said by name
        (how the levels were read, why these rows' were not); the rows, for the table's count."""
        if rows:
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：{how}，{_named_rows(grid, rows, cols)}{why}，"
                                      f"共{len(rows)}行的一级、二级指标未能读取")
        return rows

    def refine(self, t: Table, grid, filled, h: int, start: int, cols: _Cols) -> _Cols:
        """The header's columns checked against the cells below (normalize.columns): a column
        whose header words are unknown or garbled takes the role its cells show, and one whose
        cells can never be what its header says (operators as scores) takes theirs, said so."""
        stacks = _header_stacks(t, filled, h, start)
        rows = []
        for r in range(start, min(t.n_rows, start + 60)):
            first = _first_text(grid[r])
            if first and (first.startswith(STOP_LABELS) or _indicator_cols(grid[r]) or _fund_header(grid[r]) or
                          _another_header(grid[r])):
                break
            # (a section row's one text naming the levels of the rows below it (一级指标：效益指标　二级指标：…) is no
            # cell of the first column: it votes for no role there)
            if first and not (bare(grid[r][0]) and not any(bare(x) for x in grid[r][1:])
                              and labelled_levels(normalize_ws(grid[r][0]).strip()) is not None):
                rows.append(grid[r])
        if not rows:
            return cols
        prior = {k: v for k, v in vars(cols).items() if v is not None}
        # the cells as they stand under the header once slid rows are fitted back (a table whose
        # rows lost their merged cells would otherwise vote its figures into the name column)
        roles = {c: k for k, c in prior.items()}
        required = _filled_columns(grid, start, cols)
        fitted = [columns.align_row(x, roles, required) for x in rows]
        rows = [f.row for f in fitted if f.ok] or rows
        out, notes = columns.assign(stacks, rows, prior)
        # The header stands where the cell right above the data names the role and the cells
        # do not contradict it; elsewhere (a role read from a spanning cell higher up, a column
        # the header words do not name) the joint assignment decides.
        fields: dict[str, int] = {}
        for role, c in prior.items():
            own = header_field(stacks[c][0], set()) if c < len(stacks) and stacks[c] else None
            if own is not None and role in (joined_fields(stacks[c][0]) or stacked_points(stacks[c][0]) or ()):
                own = role    # the second field of a joined header (得分 of 分值/得分)
            if own is None and role == "level3" and c < len(stacks) and stacks[c] and \
                    (level_ordinal(stacks[c][0]) or 0) > 3:
                own = role    # 四级指标, the deepest level, names the indicator (_deepest_level)
            hopeless = columns.content_scores([x[c] if c < len(x) else "" for x in rows], own == role).get(role, 0) <= -5
            levels = ("level1", "level2", "level3")
            if (own == role or own in levels and role in levels or
                    own is None and not any(out_c == c for out_c in out.values())) and not hopeless:
                fields[role] = c
        taken = set(fields.values())
        changed = []
        # a place's part of the result (南华县完成值) is no column of the result, whatever its cells
        parts = _result_parts(["".join(reversed(x)) for x in stacks], set())[1]
        for role, c in out.items():
            if role in fields or c in taken or (role == "actual" and c in parts):
                continue
            if role not in prior and not _content_carries(role, [x[c] if c < len(x) else "" for x in rows]):
                continue
            own = header_field(stacks[c][0], set()) if c < len(stacks) and stacks[c] else None
            if own in columns.FIGURE_ROLES and own != role and prior.get(own) not in (None, c) and prior.get(role) != c:
                # headed as a figure's role the header gave another column, and given none itself (二级指标's
                # 权重 beside the 三级's): not this one either
                continue
            fields[role] = c
            taken.add(c)
            if prior.get(role) != c:
                changed.append((role, c))
        # a column left unread by its header's grammar (one scorer's 专家评分) is said whether or not a role moved
        said = [n for n in notes if any(f"第{c + 1}列" in n for _, c in changed) or n.endswith("未读取")]
        if said:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：" + "；".join(said))
        if (moved := columns.levels_one_right(fields, rows)) is not None:
            head = {c: (stacks[c] or [""])[0] if c < len(stacks) else "" for c in (fields["level3"], moved["level3"])}
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：第{fields['level3'] + 1}列“{head[fields['level3']]}”"
                                      f"各格为二级指标名称，其右第{moved['level3'] + 1}列“{head[moved['level3']]}”各行为不同的"
                                      "指标表述：按内容读作二级指标与三级指标名称，层级列各右移一列，请核对原表")
            fields = moved
        if (shares := columns.share_columns(fields, rows)) is not None:
            # the header names only one of 权重占比 / 折算得分 (权重（%）, 加权得分): the cells show which
            # columns multiply to which, and the weighted-share reading takes all three
            for role in ("weight", "score", "weight_share", "converted_score"):
                fields.pop(role, None)
            fields.update(zip(("score", "weight_share", "converted_score"), shares))
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：第{shares[0] + 1}列×第{shares[1] + 1}列"
                                      f"（%）逐行等于第{shares[2] + 1}列，按单项得分×权重占比=折算得分读取")
        if (review := columns.reviewed_score(fields, rows, stacks)) is not None:
            # the score under review (自评得分) less the points cut (核减分值) is the reviewed score, the
            # form's result: read it, and say which columns are left
            before, (after, cut) = fields["score"], review
            fields["score"] = after
            head = {c: (stacks[c] or [""])[0] if c < len(stacks) else "" for c in (before, cut, after)}
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：第{before + 1}列“{head[before]}”逐行减去第{cut + 1}列"
                                      f"“{head[cut]}”等于第{after + 1}列“{head[after]}”，得分按第{after + 1}列读取，"
                                      f"第{before + 1}列、第{cut + 1}列未读取")
        # a second scorer's points (自评得分 | 复核得分) no field reads: said, with the document's word on which
        # counts (以复核得分为准) where it gives one; columns a warning above already names are not said twice
        named = {c for c in range(len(stacks)) if any(f"第{c + 1}列" in n and n.endswith("未读取") for n in said)}
        if review is not None:
            named.update((before, cut))
        if (second := [c for c in columns.unread_scores(fields, stacks, rows) if c not in named]):
            counting = self._counting_score(grid, stacks, (fields["score"], *second))
            rating, rated = fields["score"], None
            if counting is None and (points := columns.points_beside_rating(fields, stacks, rows, second)) is not None:
                # the column read is a rating on a scale its header names (评分（5分制）), the one beside it
                # the weight × the rating ÷ the scale on every row: those are the points, the score
                second = [rating if c == points else c for c in second]
                fields["score"] = rated = points
            if counting is not None and counting[0] != fields["score"]:
                # the document names the other scorer's column as the one that counts (以复核得分为准): a
                # note under the form is its own rule (DOMAIN.md), so that column is the score
                second = [fields["score"] if c == counting[0] else c for c in second]
                fields["score"] = counting[0]
            self.recs.warnings.append(self._second_scores(t, h, stacks, fields["score"], second, counting) + (
                f"（第{rated + 1}列各行等于分值×第{rating + 1}列评分按其分制折算，为得分）" if rated is not None else ""))
        if (beside := _actuals_beside(stacks, rows, fields)) is not None:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：第{fields['actual'] + 1}列（实际完成值）各行均为空，"
                                      f"表格右侧无表头的第{beside + 1}列各行填有数值（如打印出的批注），按实际完成值读取，请核对原件")
            fields["actual"] = beside
        try:
            new = _Cols(**fields)
        except TypeError:
            return cols
        return new if new.level3 is not None else cols

    def columns_passed_over(self, t: Table, grid, filled, h: int, start: int, end: int, cols: _Cols,
                            said_before: int, tile: int | None = None) -> None:
        """Name the columns of an indicator table that no field read (指标来源, 完成进度, 子项目 …): a column
        whose header words name no field of the record (vocab.header_field) and whose cells on the rows read as
        indicators hold something, where no other reading of the header took it (序号, 完成率, 编码, a target in
        parts or bounds, a second result column, a column of the rows' own scoring rules) and no warning
        since the header (recs.warnings[said_before:]) names (a second scorer's 复核得分). What is passed over is
        said, never silent; the records have no field for it."""
        read = [i for i in self.recs.indicators if i.loc.table == t.index and i.loc.row is not None
                and start <= i.loc.row < end]
        rows = sorted({i.loc.row for i in read if 0 <= i.loc.row < len(grid)})
        notes = bare(" ".join(i.note for i in read))
        if not rows:
            return
        # the header's own rows (h to the data), lowest first: not a row above it (a fund line's words)
        stacks = []
        for c in range(t.n_cols):
            stack = []
            for x in (filled[k][c] if c < len(filled[k]) else "" for k in range(start - 1, h - 1, -1)):
                if bare(x) and bare(x) not in map(bare, stack):
                    stack.append(x)
            stacks.append(stack)
        taken = {c for c in vars(cols).values() if c is not None}
        taken |= {c for c in (self.serial, self.completion, self.code_col, self.paired, self.row_pair_label,
                              self.year_col) if c is not None}
        taken |= set(self.bounds or ()) | set(self.target_parts or ()) | set(self.kind_pairs) | \
            set(self.kind_pairs.values()) | set(self.superseded) | set(self.reason_parts) | \
            set(self.span_units.values()) | ({self.span_points} if self.span_points is not None else set())
        if self.second_actual is not None:
            taken.add(self.second_actual[0])
        if tile:   # the other tiles' columns of a header repeating its roles (_tiles): read as the first's
            taken |= {c + o for c in taken for o in range(tile, t.n_cols, tile)}
        # the cells a row's figures were read from, wherever a realigned row found them (seed 002's rows moved
        # back a column: their results stand under the reason's header)
        for i in read:
            for f in (i.target, i.actual, i.weight, i.score, i.coefficient, i.weight_share, i.converted_score,
                      i.item_score, i.deduction, i.group_score, i.group_weight, i.serial, i.completion):
                if f is not None and f.loc.table == t.index and f.loc.col is not None:
                    taken.add(f.loc.col)
            if i.name_loc is not None and i.name_loc.table == t.index and i.name_loc.col is not None:
                taken.add(i.name_loc.col)
        heads_taken = {header_words(x) for c in taken if c < len(stacks) for x in stacks[c]}
        named = " ".join(self.recs.warnings[said_before:])
        said = []
        # the body's rows, to a closing 总分 / 合计 row (not an outline's code)
        body_end = next((k for k in range(start, min(end, len(grid))) if _ends_body(grid[k])), min(end, len(grid)))
        for c, stack in enumerate(stacks):
            if c in taken or not stack or f"第{c + 1}列" in named:
                continue
            words = [header_words(x) for x in stack]
            other_year = False
            if len(words) > 1 and words[0] not in heads_taken and all(x in heads_taken for x in words[1:]):
                # a sub-column of a read column's spanning heading (年度指标值 over 全区 | 其中：川区 | 其中：山区,
                # 1439; over 保底值 | 目标值 | 挑战值, 1402): the heading is the read column's, the sub-heading
                # is the column's own, and judges it; a year there (绩效指标值（2024-2026年） over 2024年 | 2025年 |
                # 2026年, 1670) is another year's figure of the read column's kind, said
                words = words[:1]
                other_year = year_heading(words[0])
            own = header_field(words[0], set())
            if own is not None and getattr(cols, own, None) not in (None, c) and len(words) == 1:
                # its own header names a field ANOTHER column holds (完成情况 beside 实际完成值 over words 超额完成 /
                # 完成 / 未完成, 1519): a second column of that name, no field of the row: said like any other
                words = [""]
            if not other_year and any(header_field(x, set()) is not None or header_year(x) or level_ordinal(x) or
                                      x in columns.SERIAL_HEADS or x in heads_taken or x in LEVEL3_WEAK for x in words):
                continue   # a field's header (read, or said where it is not) or a cell spanning a read column
            cells = [grid[r][c] if c < len(grid[r]) else "" for r in rows]
            kept = [x for x in cells if columns.kind(x) != "empty"]
            body = [grid[k][c].strip() if c < len(grid[k]) else "" for k in range(start, body_end)]
            if not kept or all(bare(x) in {bare(y) for y in stack} for x in kept) or columns.serial(cells) or \
                    outline.depths(body) is not None or outline.level_numbers(body) is not None or any(len(bare(x)) >= 2 and bare(x) in notes for x in body) or \
                    scoring.cell_rules((x, Location(file="", table=t.index, row=r)) for r, x in zip(rows, cells)):
                # nothing written under it, the header merged down, the rows' numbers (1, 2 … or an outline's
                # 1 / 1.1 / 1.1.1), cells kept in the rows' notes (a sub-unit's parts), or the rows' own rules
                continue
            example = bare(kept[0])
            said.append(f"第{c + 1}列“{bare(''.join(reversed(stack)))}”（如“{example[:16] + ('…' if len(example) > 16 else '')}”）")
        if said:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：指标表中" + "、".join(said) +
                                      "不对应指标记录的任何字段，各行该列内容未读取")
            ids = {id(i) for i in read}
            for p in self.recs.projects:
                if any(id(i) in ids for i in p.indicators):
                    p.columns_unread += len(said)

    def headings_between(self, t: Table, before: int, l1_raw: str, l2_raw: str,
                         level1_col: int | None) -> tuple[str, str]:
        """The levels for the rows of table t, which goes on from table `before` (a page break between):
        those the last rows there had, unless a level heading stands alone as a paragraph between the two
        tables (（三）生态效益指标 left out of both by the page's reader, 1120.pdf): the rows below it take
        its level, which is said (a level carried across it would be read wrong and unsaid)."""
        blocks = self.doc.blocks
        at = {b.index: k for k, b in enumerate(blocks) if isinstance(b, Table)}
        if not (l1_raw or l2_raw) or before not in at or t.index not in at:
            # nothing carried (no level cells: a caption over each table, 1059, is levels_apart's)
            return l1_raw, l2_raw
        said = []
        for k in range(at[before] + 1, at[t.index]):
            b = blocks[k]
            if not isinstance(b, Paragraph) or not (levels := _section_levels([b.text], 0, l1_raw)):
                continue
            if k == at[t.index] - 1 and not levels[1] and level1_col is None:
                # a level 1 alone right over a table with no level-1 column: its caption (1059), which
                # levels_apart reads as the form's word; no level of the table before runs on past it
                return "", ""
            l1_raw, l2_raw = levels
            said.append(normalize_ws(b.text).strip())
        if said:
            self.recs.warnings.append(f"{self._loc(t, 0).describe()}：表格前的段落“{'”“'.join(said)}”为指标层级标题，"
                                      f"续表各行按其层级读取（{l1_raw}{'／' + l2_raw if l2_raw else ''}）")
        return l1_raw, l2_raw

    def continuation(self, t: Table, grid, r: int) -> _Cols | None:
        """A table that starts with indicator rows (a page break, a missing first page): the
        columns of the previous indicator table where most rows fit them, else from the cells. Not
        under a header that names its columns and no result (a record of targets changed: its revised
        target is no actual), which other_tables says once."""
        if other_tables.revised_targets(grid):
            return None
        rows = []
        for k in range(r, min(t.n_rows, r + 40)):
            first = _first_text(grid[k])
            if first and k > r and (first.startswith(STOP_LABELS + ("总计", "小计")) or _indicator_cols(grid[k]) or
                                    _fund_header(grid[k]) or _another_header(grid[k])):
                break     # the table's 合计 row (its 100 is no weight) and what follows it
            if first:
                rows.append(grid[k])
        like = [x for x in rows if (columns.indicator_like(x) or _level_led(x) or self.like_neighbours(t, x))
                and not _fund_like(x, False)]
        prev, prev_width = self.last_cols, self.last_width
        if prev is not None and like:
            roles = {c: k for k, c in vars(prev).items() if c is not None}
            fitted = [columns.align_row(x, roles) for x in like[:6]]
            good = [f.ok and columns.kind(f.row[prev.level3]) in ("text", "short", "textfig") for f in fitted]
            if prev_width == t.n_cols and good[0] and 3 * sum(good) >= 2 * len(good):
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：表格无表头，按前一指标表的列读取（续表）")
                return prev
        if len(like) < 2 or _other_header(grid, [k for k in range(r, min(t.n_rows, r + 40))
                                                  if columns.indicator_like(grid[k])][:len(like)]):
            return None
        # Rows that lost their merged level cells start further left than the others; where they
        # end together, the columns are read with the rows packed to the right. A row-number
        # column (序号 2, 3, 4, 5) before the level cells is never merged: it stays first, and the
        # rows are packed to the right after it (else its figures slide under the level labels
        # and every other row's number is read as a value).
        kept = [[x for x in row if columns.kind(x) != "empty"] for row in like]
        numbered = int(columns.serial([cells[0] if cells else "" for cells in kept]))
        width = max(len(cells) for cells in kept)
        packed = [cells[:numbered] + [""] * (width - len(cells)) + cells[numbered:] for cells in kept]
        best, nested = None, None
        for frame in (like, packed):
            out, _ = columns.assign([[] for _ in range(max(len(x) for x in frame))], frame)
            # ... or an evaluation framework's score table (项目决策(20 分) | 科学决策(10 分) | 必要性 |
            # 5 | 5): no target or result, its weights the parts of its groups' points (_framework_levels)
            framework = frame is like and not {"target", "actual"} & out.keys() and _framework_levels(rows, out)
            if framework:
                out = framework
            elif "level3" not in out or not ({"target", "actual"} & out.keys()):
                continue
            # without a header, only a table of targets and results: a column of figures for one
            # of them (a table of criteria in prose is left to be counted unread)
            # ... or rows led by their level names (产出指标 | 质量指标 | name | 改善条件 | 明显改善)
            elif not any(_content_carries(k, [x[out[k]] if out[k] < len(x) else "" for x in frame])
                         for k in ("target", "actual") if k in out) and 3 * sum(map(_level_led, like)) < 2 * len(like):
                continue
            if "target" in out and "actual" in out and out["actual"] < out["target"]:
                out["target"], out["actual"] = out["actual"], out["target"]
            if _figures_in_names(rows, out.get("level3")):
                nested = out["level3"]
                continue
            roles = {c: k for k, c in out.items()}
            fits = sum(columns.align_row(x, roles).ok for x in like)
            total = sum(columns.fit(roles.get(c), columns.kind(x)) for row in frame for c, x in enumerate(row))
            if 3 * fits >= 2 * len(like) and (best is None or (fits, total) > best[0]):
                best = ((fits, total), out)
        if best is None:
            if nested is not None and t.index not in self.nested_said:
                self.nested_figures(t, grid, r, len(rows), nested)
            return None
        out = best[1]
        self.recs.warnings.append(f"{self._loc(t, r).describe()}：表格无表头，按单元格内容推断各列："
                                  + "、".join(f"第{c + 1}列{columns.ROLE_CN[k]}" for k, c in
                                             sorted(out.items(), key=lambda kv: kv[1])))
        return _Cols(**out)

    def nested_figures(self, t: Table, grid, r: int, n: int, name: int) -> None:
        """A headerless table whose name column holds figures in as many rows as names (_figures_in_names):
        said once, and each of its rows with a name or a figure and figures beside it counted unread and
        named; no column of it is read as a result."""
        self.nested_said.add(t.index)
        rows = [k for k in range(r, min(t.n_rows, r + n)) if unread.row_like(grid[k])]
        first = next((grid[k][name] for k in rows if name < len(grid[k]) and columns.kind(grid[k][name]) in FIGURE_KINDS), "")
        self.recs.warnings.append(f"{self._loc(t, r).describe()}：表格无表头，可作名称的一列中数值与名称一样多或更多"
                                  f"（如“{bare(first)}”），疑为名称下依次缩进写出指标值、实际完成值的标签列（如数据透视表"
                                  f"的紧凑布局），无法按列读取，{len(rows)}行未读取，请核对原件")
        for k in rows:
            at = self._loc(t, k)
            unread.say_unread(self.recs, unread.unread_line(at, unread.row_text(grid[k])), owner=self.current, at=at)

    def like_neighbours(self, t: Table, row: list[str]) -> bool:
        """A row shaped like the rows of the indicator table just before, where nothing but level
        lines stands between the two (a form typed as text, each group of rows under its level line
        a table of its own): as wide, a name in their name column, their target and result cells
        filled. An indicator row by its neighbours, whatever its values hold (a date, a word, which
        columns.indicator_like, a name and a figure, does not take for one)."""
        prev = self.last_cols
        if prev is None or prev.level3 is None or self.last_width != t.n_cols or self.last_table is None or \
                self.last_table >= t.index or not self._level_lines_between(self.last_table, t.index):
            return False
        name = row[prev.level3] if prev.level3 < len(row) else ""
        values = [c for c in (prev.target, prev.actual) if c is not None]
        return bool(values) and columns.kind(name) in ("text", "short", "textfig") and \
            len(re.findall(r"\p{Han}", bare(name))) >= 2 and all(c < len(row) and bare(row[c]) for c in values) and \
            not _first_text(row).startswith(NOT_A_ROW)

    def sheet_goes_on(self, t: Table, p: Project, before: _Cols | None, cols: _Cols) -> bool:
        """A later worksheet's indicator table (a later page's, where the sheets were printed) that goes on
        with the project of the sheet before, closed by its total (743: a 共性指标 sheet after the
        project's form): its columns' roles all roles of the project's table, and no line of its sheet
        above it names another project (the lines name this one, or none)."""
        def part(loc: Location):   # the worksheet, or the printed page a sheet is (743.pdf)
            return loc.sheet if loc.sheet is not None else loc.page
        last = part(self.doc.blocks[self.table_block.get(p.indicators[-1].loc.table, 0)].loc)
        if before is None or part(t.loc) is None or last is None or part(t.loc) == last:
            return False
        roles = {k for k, v in vars(cols).items() if v is not None}
        if not roles <= {k for k, v in vars(before).items() if v is not None}:
            return False
        k = self.table_block.get(t.index, 0)
        lines = [b.text for b in self.doc.blocks[:k] if isinstance(b, Paragraph) and part(b.loc) == part(t.loc)]
        if p.name and any(_name_key(p.name) in _name_key(x) for x in lines):
            return True
        return not any(project_heading(x) for x in lines)

    def group_header(self, t: Table, r: int, head: list[str], cols: _Cols) -> _Cols | None:
        """A header over a level-1 group of a table whose rows above were read under its own header, in the
        group's own words (调查对象 | 目标满意度 | 调查满意度 over the 满意度 rows where the header above read
        三级指标 | 年度指标值 | 实际完成值): the same width, every head that names a field naming the one the
        header above read at that column, and some heads naming none where the header above read a field.
        Those columns are read as above, each said; None where the header is not such a one."""
        prev = self.last_cols
        if prev is None or self.last_table != t.index or self.last_width != t.n_cols:
            return None
        before = {c: k for k, c in vars(prev).items() if c is not None}
        named = _indicator_fields(head)
        if not named or any(before.get(c) != k for k, c in named.items()):
            return None
        taken = {c: k for c, k in before.items() if c not in named.values() and c < len(head) and bare(head[c])}
        if not taken or any(header_field(head[c], set()) is not None for c in taken):
            return None
        self.recs.warnings.append(f"{self._loc(t, r).describe()}：表内又一表头，" + "；".join(
            f"第{c + 1}列表头“{header_words(head[c])}”未识别，按上一表头同列读作{columns.ROLE_CN.get(k, k)}"
            for c, k in sorted(taken.items())))
        return prev

    def _total_after(self, a: int) -> bool:
        """Table a is followed by its 总分 row set off as a line of its own (a spreadsheet row of one
        merged cell, its figures blank, comes out as text): the table was closed by its total."""
        k = self.table_block.get(a)
        after = self.doc.blocks[k + 1] if k is not None and k + 1 < len(self.doc.blocks) else None
        return isinstance(after, Paragraph) and summary_label(after.text.strip()) == "total"

    def _level1_line_above(self, t: Table) -> str | None:
        """The level 1 a line before table t names (（一）产出指标), where only tables and such lines stand
        between them: the heading over a run of tables, one per level-2 group."""
        k = self.line_before.get(self.table_block.get(t.index, 0))
        if k is None:
            return None
        text = normalize_ws(self.doc.blocks[k].text).strip()
        name = text[m.end():].strip() if (m := NUMBERED.match(text)) else text
        return name if canonical_level1(name) else None

    def _level_pair_over(self, t: Table) -> tuple[str, str] | None:
        """Both levels a line right over table t names (效益指标——生态效益指标), the table having no level
        column: its first rows' levels, as the lines naming the later groups inside it are theirs (a PDF
        whose group lines and value lines are text, the last groups' figures aligned by chance into a
        table, 1912.pdf: its first row had no level and nothing said). Said, as headings_between says
        a level heading between two tables."""
        k = self.table_block.get(t.index)
        if not k or not isinstance(b := self.doc.blocks[k - 1], Paragraph):
            return None
        text = normalize_ws(b.text).strip().strip(GROUP_MARKS)
        if not (pair := level_pair(text)):
            return None
        self.recs.warnings.append(f"{self._loc(t, 0).describe()}：表格前的段落“{text}”为指标层级标题，"
                                  f"表格首行起按其层级读取（{pair[0]}／{pair[1]}）")
        return pair

    def _level_lines_between(self, a: int, b: int) -> bool:
        """Only tables read before and lines naming levels (产出指标, 【产出指标·时效指标】) stand between tables a and b."""
        if a not in self.table_block or b not in self.table_block:
            return False
        for blk in self.doc.blocks[self.table_block[a] + 1:self.table_block[b]]:
            if isinstance(blk, Table):
                return False
            text = blk.text.strip().strip(GROUP_MARKS)
            if text and not level_label(text) and level_pair(text) is None:
                return False
        return True


    # -- indicator table ------------------------------------------------------------------
    def cut_level_cells(self, t: Table, grid, start: int, cols: _Cols) -> None:
        """A level cell merged over a page break that a PDF cuts in two cells, each a part of one
        name (满意 | 度指标, 服务对 | 象满意度指标): two cells one under the other, the upper the last
        on its page and the lower the first on the next, the upper no level's name, the lower no
        name as it stands, the two together one exactly (vocab.exact_level_name), are that name,
        read in the upper cell and left blank (as above) below, and said. An upper cell that names
        a level in its short form whose lower part is only the tail the grammar drops (社会效益 | 指标:
        vocab.level_forms) is cut too. An upper cell that names a level (数量指标 | 质量指标), or two
        cells on one page, stay their own: the extractor cannot
        tell a cut word from a full line in a narrow column, the names can. A text's lines (pdftotext
        -layout) are such cells too: a merged cell over two rows whose name wraps prints its two lines
        on the two rows' lines (满意度指 | 标), one line under the other; no border keeps them apart."""
        for c, level, known in ((cols.level1, 1, canonical_level1), (cols.level2, 2, lambda x: canonical_level2(x)[0])):
            if c is None:
                continue
            for r in range(start, len(grid) - 1):
                a, b = (bare(grid[q][c]) if c < len(grid[q]) else "" for q in (r, r + 1))
                up, down = t.cell_at(r, c), t.cell_at(r + 1, c)
                if not b and down is not None and down.row == r + 1 and down.col < c:
                    b = bare(down.text)   # the lower part's cell runs on from the column left of it (1171.pdf)
                # together a level's name: exactly, or as the vocabulary reads it (项目效 | 益: 项目效益)
                # where neither part reads as one
                whole = exact_level_name(a + b, level) or known(a + b) and not known(a) and not known(b)
                if a and b and not exact_level_name(a + b, level) and up is not None and up.loc.page is None and \
                        up.loc.line is not None and \
                        r + 2 < len(grid) and (c3 := bare(grid[r + 2][c]) if c < len(grid[r + 2]) else "") and \
                        not exact_level_name(b, level) and not exact_level_name(c3, level) and \
                        exact_level_name(a + b + c3, level):
                    # a text's narrow column wraps a name over three rows' lines (服务对象 | 满意度指 | 标, w3m: the
                    # first line a short form of it, the other two no name as they stand)
                    grid[r][c], grid[r + 1][c], grid[r + 2][c] = a + b + c3, "", ""
                    self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：指标层级名称分在上下三格"
                                              f"（{a}｜{b}｜{c3}），在按空格对齐的文本中分行排印，疑为合并单元格的文字折行，"
                                              f"合并读作“{a + b + c3}”")
                    continue
                if not a or not b or exact_level_name(b, level) or not whole or \
                        up is None or down is None or up is down:
                    continue
                # the lower part only the tail the level grammar drops (社会效益 | 指标): the rest of
                # the upper cell, whose short form reads as a name of its own
                tail = not known(b) and a in level_forms(a + b)[1:]
                # or an upper part the vocabulary completes (服务对象满 read as 服务对象满意度指标) that is no
                # name as written, the two together one exactly (1273.pdf)
                cut = not exact_level_name(a, level) and exact_level_name(a + b, level)
                if up.loc.page is not None and down.loc.page == up.loc.page + 1 and (not known(a) or tail or cut):
                    why = "疑为跨页断开"
                elif up.loc.page is None and up.loc.line is not None and down.loc.line is not None and \
                        (down.loc.line == up.loc.line + 1 or down.loc.line > up.loc.line and not known(b)) and \
                        (not exact_level_name(a, level) or tail):
                    # a line cut at the column's width may still read as a name's short form
                    # (服务对象满意): only a whole name as it stands keeps its own line; and a short form
                    # whose tail wrapped (社会效益 | 指标) is cut too. Lines of the upper row's other cells
                    # may stand between (a name wrapped beside it): the lower part no name of its own says so.
                    why = "在按空格对齐的文本中分行排印，疑为合并单元格的文字折行"
                elif up.loc.page is not None and down.loc.page == up.loc.page and down.col < c and \
                        not exact_level_name(a, level) and not known(b) and exact_level_name(a + b, level):
                    # on one page, the lower part in a cell run on from the level column left of it: the
                    # grid broken there (1171.pdf, LibreOffice's print of a vMerged cell draws a rule across
                    # it and none between the two level columns below: 服务对象满意度指 | 标); neither part a
                    # name as it stands, together one exactly
                    why = "疑为合并单元格中间被画上横线"
                else:
                    continue
                grid[r][c] = a + b
                for q in range(r + 1, min(len(grid), down.row + down.rowspan)):
                    for k in range(down.col, min(len(grid[q]), down.col + down.colspan)):
                        if t.cell_at(q, k) is down:
                            grid[q][k] = ""     # every slot the lower part spans (项目效 | 益 over two rows)
                self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：指标层级名称分在上下两格"
                                          f"（{a}｜{b}），{why}，合并读作“{a + b}”")

    def other_years(self, t: Table, grid, h: int, r: int, cols: _Cols, continued: bool) -> None:
        """Rows of years other than the one evaluated, each beside that year's row of the same indicator
        (year_rows): passed over and said; their label cells merged over the evaluated row carried to it."""
        fill = functools.cache(lambda: t.grid(fill=True))   # only where a column of years is found
        mapped = {c for c in vars(cols).values() if c is not None}
        self.year_passed, self.year_col, year = year_rows(grid, fill, _body_rows(grid, r, summaries=True), mapped,
                                                          cols.level3, cols.weight, self.recs.year)
        if not self.year_passed:
            return
        carry_labels(grid, fill(), self.year_passed,
                     [c for c in (cols.level1, cols.level2, cols.level3) if c is not None])
        c = self.year_col
        head = bare(grid[h][c]) if not continued and c < len(grid[h]) else ""
        others = "、".join(f"{y}年" for y in sorted({year_of(grid[k][c]) for k in self.year_passed}))
        rows = "、".join(str(k + 1) for k in sorted(self.year_passed))
        self.recs.warnings.append(
            f"{self._loc(t, h).describe()}：第{c + 1}列{'“' + head + '”' if head else ''}标明各行年度，各指标另有{others}的行"
            f"（第{rows}行），按评价年度{year}年的行读取，{others}的{len(self.year_passed)}行未读取，不计为指标")

    def centred_levels(self, t: Table, grid, h: int, start: int, cols: _Cols) -> tuple[str, str]:
        """The levels of a text table's first rows whose level cells are blank: pdftotext -layout
        prints a merged level cell's name on a line at its middle (数量指标 beside the second of its
        three rows), so the rows above that line are its rows too, there being no group above them.
        Only a text's lines (no cell borders keep the merge) under the header the text itself prints
        (a passage starting inside a table, its header cut away and supplied, may start mid-group),
        and a name that reads as a level; said."""
        found = []
        for c, known in ((cols.level1, canonical_level1), (cols.level2, lambda x: canonical_level2(x)[0])):
            name = ""
            if c is not None and start < len(grid) and not bare(grid[start][c] if c < len(grid[start]) else "") \
                    and (cell := t.cell_at(start, c)) is not None and cell.loc.page is None and cell.loc.line and \
                    h is not None and 0 <= h < start and (head := t.cell_at(h, c)) is not None and head.loc.line and \
                    head.loc.line < cell.loc.line:
                q = next((q for q in range(start + 1, len(grid))
                          if _ends_body(grid[q]) or c < len(grid[q]) and bare(grid[q][c])), None)
                if q is not None and not _ends_body(grid[q]) and known(bare(grid[q][c])):
                    name = bare(grid[q][c])
                    self.recs.warnings.append(f"{self._loc(t, start, c).describe()}：表格开头{q - start}行的指标层级"
                                              f"单元格为空，其下方写有“{name}”（合并单元格的名称居中排印），按“{name}”读取")
            found.append(name)
        return found[0], found[1]

    def indicators(self, t: Table, grid, h: int, cols: _Cols, r: int, continued: bool = False,
                   until: int | None = None) -> int:
        """The indicator rows from r under the header at h, to the total row or a row that ends them
        (or to row `until`, where another pass reads what follows)."""
        self.indicator_table = True
        if not continued and (pair := year_pair(t, h, r, cols.target, cols.actual, self.recs.year)) is not None:
            # a target and a result column under each of several years (2023年度 | 2024年度): the evaluated year's
            self.year_pair = (cols, replace(cols, target=pair[0], actual=pair[1]))
            self.recs.warnings.append(
                f"{self._loc(t, h).describe()}：表头按年度分列指标值与完成值，各行按{pair[3]}年度"
                f"{'（本报告评价年度）' if pair[3] == self.recs.year else '（最近年度，报告未写明评价年度）'}的两列读取；"
                f"{'、'.join(f'“{x}”' for x in pair[2])}为其他年度的数值，未读取")
        if self.year_pair is not None and cols == self.year_pair[0]:
            cols = self.year_pair[1]
        body = _body_rows(grid, r)   # (the header's column layouts below read the body's cells)
        if (together := run_together_column(grid, h, body, cols.weight, cols.score)) is not None:
            # 分值得分 as one head word (a scan's OCR joins 分值 ⏎ 得分), every cell two figures on two lines: the
            # column holds both, in the head's order (IndicatorRow._points_pair)
            cols = replace(cols, weight=cols.weight if cols.weight is not None else cols.score,
                           score=cols.score if cols.score is not None else cols.weight)
        same_columns = (self.last_cols, self.last_width) == (cols, t.n_cols)
        cols_before = self.last_cols
        self.last_cols, self.last_width, self.last_table = cols, t.n_cols, t.index
        p = self.project(self._loc(t, h), t.index)
        # An evaluation's criteria rows (项目权重 | 评价内容 | 分值 | 自评分: 项目决策, 项目管理) and the
        # indicator table after them are parts of one evaluation (046's 项目权重 column runs on into
        # 项目绩效 85分): one project. Any other second indicator table is the next project's.
        # A header repeated under a row naming the next level 1 (二、效益指标 | header | its rows) opens
        # that level's block of the same table, not a project: its rows take the level the row names.
        first_col = min(c for c in vars(cols).values() if c is not None)
        levels_above = None
        if p.indicators and p.indicators[-1].loc.table == t.index and p.indicators[-1].loc.row is not None \
                and p.indicators[-1].loc.row < h - 1 \
                and not self.groups:
            between = [grid[q] for q in range(p.indicators[-1].loc.row + 1, h) if any(bare(x) for x in grid[q])]
            named = [_section_levels(row, first_col, "") for row in between]
            if between and all(named):
                levels_above = named[-1]
            elif between and all(_continued_mark(row) for row in between):
                pass    # only a continuation mark (续表) over the header typed again: the same table going on
            else:
                p = self.new_project(self._loc(t, h), t.index)  # a second indicator table: a new project
        elif not continued and not same_columns and p.indicators and p.indicators[-1].loc.table < t.index and \
                (any(q is p for q in self.closed) or self._total_after(p.indicators[-1].loc.table)) and \
                not self.sheet_goes_on(t, p, cols_before, cols):
            # a table of other columns under its own header, after the project's table was closed by
            # its 总分 row: another evaluation (a 项目 score table, then a 部门整体 one), a project of its own
            p = self.new_project(self._loc(t, h), t.index)
        named = _indicator_fields(grid[h]) if not continued else {}
        if not continued:
            # the header as completed from its rows (_merged_header): a sub-header's 原定目标值 | 调整后目标值
            # under one 年度指标值 names the column a revised one replaced, which row h alone does not
            whole = self.merged_head[2] if self.merged_head[:2] == (t.index, h) else grid[h]
            self.superseded = {c: x for c, x in _superseded(whole).items() if c not in vars(cols).values()}
            self.head_words = {c: bare(x) for c, x in enumerate(grid[h]) if bare(x)}
            self.initial_target = next((c for c in self.superseded if header_field(whole[c], set()) == "target"),
                                       None)
            self.header_units = _header_units(grid[h])
            self.base_heads = base_heads(grid[h], (cols.target, cols.actual))
            self.completion, rate_head = completion_column(grid, h, r, cols) or (None, "")
            if rate_head and (unit := name_unit(rate_head, scaled=True)):
                self.header_units[self.completion] = (unit, bare(rate_head))   # 完成率(%): IndicatorRow._rate
            self.other_rows = _other_row_layouts(t, grid, h)
            self.points_order = together or _points_order(grid[h], cols)
            self.bounds = _bound_columns(grid, h, r, cols)
            self.target_parts = _part_columns(grid, h, r, cols) if self.bounds is None else None
            self.kind_pairs = _kind_columns(grid, h, r, cols)
            self.reason_parts = _reason_parts(grid[h], cols)
            self.second_actual = _second_actual(t, h, r, cols, {self.completion, *self.kind_pairs.values()})
            self.code_col = self.level_codes(t, grid, h, r, cols)
        # the group column of such criteria (项目决策 2分) holds the level above them, not level-1 names
        self.groups = cols.level1 is None and cols.level2 is not None and "level3" not in named \
            and named.get("level2") == cols.level3
        mapped = {v for v in vars(cols).values() if v is not None}
        for c, raw in enumerate(grid[h] if not continued else []):
            if c not in mapped and (m := WEIGHT_IN_LABEL.search(normalize_ws(raw))):
                p.indicator_weight_label = Figure(parse(m.group("points")), self._loc(t, h, c))
                break
        self.paired = _paired_column(grid, h, r, cols, continued)
        if not continued:   # a table going on past a page break keeps what its header said
            self.actual_part = _actual_part(grid, h, cols)
            self.actual_score = self.actual_part is not None and _actual_score(grid, h, cols)
            stack = ["".join(grid[k][c] for k in range(h, r) if c < len(grid[k])) for c in range(len(grid[h]))]
            whole, parts = _result_parts(stack, set())
            if parts and cols.actual is None:
                self.recs.warnings.append(
                    f"{self._loc(t, h).describe()}：表头“{'、'.join(header_words(stack[c]) for c in parts)}”为各地分项完成值，"
                    f"未见唯一的总体实际完成值列，实际完成值未读取（不以分项值代替）")
            # the header stack over the actual column (1-6月实际完成值): a part of the year, or None
            self.actual_period = part_of_year("".join(grid[k][cols.actual] for k in range(h, r)
                                                      if cols.actual < len(grid[k]))) \
                if cols.actual is not None else None
        self.row_pairs, self.row_pair_label = _row_pairs(grid, r, cols)
        second_rows = {max(a[0], b[0]) for a, b, _ in self.row_pairs.values()}
        self.other_years(t, grid, h, r, cols, continued)
        if not (continued and self.named_targets == "header"):
            # a table going on past a page break keeps what its header said of its names
            self.named_targets = _named_targets(grid, h, r, cols, continued)
        if not continued:
            self.level2_led = _level2_led(grid, r, cols)
            self.levels_close = _levels_close_runs(grid, r, cols)
        if not (continued and self.named_weights):
            self.named_weights = _named_weights(grid, h, r, cols, continued)
        if not (continued and self.target_points):
            self.target_points = not self.named_weights and \
                target_points(grid, h, body, cols.weight, cols.target, continued)
        if not continued:
            mapped = {c for c in vars(cols).values() if isinstance(c, int)}
            self.rule_points = None if self.named_weights else _rule_points(grid, h, body, cols, mapped)
            self.span_units = span_units(t, h, grid, body, [cols.target, cols.actual], mapped)
            self.span_points = span_points(t, h, grid, body,
                                           cols.weight if cols.weight == cols.score else None, mapped)
            self.level1_scores = level1_score_columns(grid, h, r, cols.score)
        if not continued:   # a table going on past a page break keeps the points said above it
            self.item_points = _item_points(self.doc, t, grid[:h]) if cols.weight is None else None
        l1_raw = l2_raw = ""
        if same_columns and p.indicators and p.indicators[-1].loc.table < t.index:
            # the same columns in a later table: the table goes on past a page break (its header
            # written again or not), and blank level cells on top continue the levels before it
            l1_raw, l2_raw = p.indicators[-1].level1_raw, p.indicators[-1].level2_raw
            if _carries_levels(grid, r, cols):
                l1_raw, l2_raw = self.headings_between(t, p.indicators[-1].loc.table, l1_raw, l2_raw, cols.level1)
        if levels_above is not None:
            l1_raw, l2_raw = levels_above
        if not continued and (head_l2 := _head_level2(grid[h], cols)):
            # the table of one level-2 group, its name the name column's head: its rows' level 2, their
            # level 1 the level line over the group's tables (（一）产出指标), else the one it implies
            l1_raw, l2_raw = self._level1_line_above(t) or "", head_l2
        if not (l1_raw or l2_raw) and cols.level1 is None and cols.level2 is None and \
                (over := self._level_pair_over(t)) is not None:
            l1_raw, l2_raw = over
        stopped = False
        self.required = _filled_columns(grid, r, cols)
        self.serial = _serial_column(grid[h]) if h is not None and 0 <= h < len(grid) else None
        if not continued:   # a table going on past a page break keeps its project column
            self.project_col = _project_column(grid, h, r, cols)
        sections = [(p, len(p.indicators))]
        by_rows = False     # projects opened by rows naming them (项目一：X … 项目二：Y)
        subtotal = None     # the last 小计 row: the total of a project opened by such a row
        levels_at = self.outline_levels(t, grid, r, cols, mapped) if cols.level1 is None and cols.level2 is None \
            else {}
        self.cut_level_cells(t, grid, r, cols)
        if not (l1_raw or l2_raw or continued):
            l1_raw, l2_raw = self.centred_levels(t, grid, h, r, cols)
        points1 = points2 = None
        caption_points: dict[str, Figure | None] = {}   # the points of the section rows above (_points_caption)
        caption_l1 = ""     # the level 1 of the section row whose points caption_points' level1_points are
        block = len(p.indicators)   # the first indicator after the last 小计 row
        tails = []      # rows of a name alone under an indicator, left for the table's weights to decide
        unfilled = []   # rows naming an indicator and holding no value, said once the table is read
        closed_on_top = False       # the total row stood above the indicator rows
        beyond = None       # the 小计 that closed the table's 100 points: rows after it without points are outside them
        while r < t.n_rows:
            if until is not None and r >= until:
                stopped = True
                break
            row = grid[r]
            at = _label_at(row, cols)   # past a total's figures written before its label
            first = bare(row[at]) if at is not None else ""
            pc = self.project_col
            if pc is not None and pc < len(row) and (named_here := bare(row[pc])) and cols.level3 < len(row) and \
                    bare(row[cols.level3]) and _name_key(named_here) != _name_key(p.name or ""):
                # the project column names another project on this row (_project_column): its rows from here
                p = self.named_project(named_here, self._loc(t, r, pc), t.index)
                sections.append((p, len(p.indicators)))
                l1_raw, l2_raw = "", ""
                block = len(p.indicators)
            if cols.level3 is not None and (named_here := _project_row(row)):
                if by_rows:
                    self.section_total(t, grid, subtotal, cols, *sections[-1])
                p = self.named_project(named_here, self._loc(t, r), t.index)
                sections.append((p, len(p.indicators)))
                by_rows, subtotal, l1_raw, l2_raw = True, None, "", ""
                block = len(p.indicators)
                self.used.add(r)
                r += 1
                continue
            if r in self.year_passed:
                self.used.add(r)   # another year's row beside the evaluated year's (year_rows): said once
                r += 1
                continue
            if r in second_rows:
                self.used.add(r)   # the second row of an indicator written on two rows, read with the first
                r += 1
                continue
            if first.startswith("小计"):
                subtotal = r
            total = summary_label(first) == "total"
            if total and by_rows and (after := next((k for k in range(r + 1, t.n_rows) if any(bare(x) for x in grid[k])),
                                                    None)) is not None and _project_row(grid[after]):
                # the total of a project opened by a row naming it (项目一：X … 本项目总分), another
                # such row after it: that project's total, and the table goes on with the next
                self._totals(t, grid, r, at, cols, p)
                self.used.add(r)
                r += 1
                continue
            if p.indicators and p.indicators[-1].loc.row == r - 1 and (told := _explanation_row(row, cols)):
                # the name cell's 说明 line split into a row of its own (a PDF's row cut inside the cell):
                # the indicator's explanation, as in the cell (indicator_row.explanation_line), not a closing label
                last = p.indicators[-1]
                last.note = "；".join(x for x in (last.note, f"第{r + 1}行“{told}”为上一行指标的说明，不计入指标名称") if x)
                self.used.add(r)
                r += 1
                continue
            if p.indicators and p.indicators[-1].loc.row == r - 1 and (line := _line_in_group(t, r, cols)):
                # a line of its own inside the level cells merged over the indicator above and it
                # (偏差原因：… under a shortfall, 1057): that indicator's, not a label closing the table
                last = p.indicators[-1]
                label = re.split(r"[：:]", line, maxsplit=1)[0]
                if cols.reason is None and last.reason is None and header_field(label, set()) == "reason":
                    last.reason = line
                else:
                    last.note = "；".join(x for x in (last.note, f"第{r + 1}行“{line}”为上一行指标的说明") if x)
                self.used.add(r)
                r += 1
                continue
            if _ends_body(row) or at is not None and _ends_body(row[at:]):
                if first.startswith("总分") or first.startswith("合计") or total:
                    self.totals(t, grid, r, at, cols)
                    self.used.add(r)
                    self.closed.append(p)
                    r += 1
                    if total and len(sections) == 1 and len(p.indicators) == sections[0][1] and \
                            _rows_follow(grid, r):
                        # the total written at the TOP, straight under the header, indicator rows
                        # below it: the table is closed by its total all the same, and goes on
                        closed_on_top = True
                        continue
                stopped = True
                break
            if beyond is not None and (outside := self.beyond_points(t, grid, r, cols, beyond, p)):
                self.used.add(r)
                self.recs.warnings.append(outside)
                r += 1
                continue
            if (k := self.other_rows.get(_layout(t, r))) is not None and not canonical_level1(first):
                # a row laid out as the other header above the indicator header (a task with its
                # money under 任务名称 | 主要内容 | 预算数 …): that header's row, no indicator
                self.used.add(r)
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：“{first[:20]}”一行与表头"
                                          f"“{'｜'.join(bare(x) for x in dict.fromkeys(grid[k]) if bare(x))}”同式，"
                                          "是该表头下的行，其数值未读取，不计为指标")
                r += 1
                continue
            if _subtotal_row(row, cols):
                # a block's 小计 (merged across the label columns or not, in a level or the name
                # column): its points are its rows' sum, no indicator's
                self.subtotal(t, grid, r, cols, p.indicators[block:])
                block = len(p.indicators)
                if _closes_full_points(grid[r], cols, p.indicators[sections[-1][1]:]):
                    beyond = r
                self.used.add(r)
                r += 1
                continue
            if r in levels_at:
                # an outline's level row: its name sets the level of the rows under it, its 分值 the
                # points they add up to (checked by the rules as a level cell's stated points)
                rank, name, points = levels_at[r]
                if rank == 1:
                    l1_raw, l2_raw, points1, points2 = name, "", points, None
                elif rank == 2:
                    l2_raw, points2 = name, points
                self.used.add(r)
                r += 1
                continue
            if self.fund_points_row(t, row, r, cols, p):
                self.used.add(r)
                r += 1
                continue
            below = grid[r + 1] if r + 1 < len(grid) else None
            levels = _section_levels(row, first_col, l1_raw, below, cols.level2) or _subheading_levels(row, cols, l1_raw)
            if levels is None and (caption := _points_caption(row, cols)) is not None and \
                    (levels := _section_levels(caption, first_col, l1_raw, below, cols.level2)) is not None:
                # a section row carrying its block's points (一、产出指标 | 50 | 49.43, 682): the level
                # for the rows below, its 分值 the points they add up to (a level cell's stated points)
                key = "level2_points" if levels[1] else "level1_points"
                caption_points = {k: v for k, v in caption_points.items() if key == "level2_points"}
                caption_points[key] = self._figure(t, row, r, cols.weight, 0)
                caption_l1 = levels[0] if key == "level1_points" else caption_l1
            elif levels is None and (levels := _level_cells_row(grid, r, cols, l1_raw)) is not None:
                # a group's own row in the level columns, its 分值 the points of the rows under it
                key = "level2_points" if levels[1] else "level1_points"
                caption_points = {k: v for k, v in caption_points.items() if key == "level2_points"}
                caption_points[key] = self._figure(t, row, r, cols.weight, 0) if cols.weight is not None else None
                caption_l1 = levels[0] if key == "level1_points" else caption_l1
            elif levels is not None:
                caption_points = {k: v for k, v in caption_points.items() if levels[1] and k == "level1_points"}
            if levels is not None:
                l1_raw, l2_raw = levels
                self.used.add(r)
                r += 1
                continue
            if p.indicators and (twice := _typed_twice(t, grid, r, cols, p.indicators[-1])):
                self.used.add(r)
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：该行只有名称“{twice}”，与上一行指标名称相同，"
                                          "无指标值、分值和得分，按同一指标重复录入处理，未另计为指标")
                r += 1
                continue
            doubted = False     # a row of a name alone, its warning given: counted unread where not read
            if p.indicators and (tail := _name_tail(t, row, r, cols, p.indicators[-1], scanned=False)):
                if self.continued_name(t, r, tail, p.indicators[-1]):
                    self.used.add(r)
                    r += 1
                    continue
                doubted = True
                tails.append((p, r, tail, p.indicators[-1], len(p.indicators)))
            stacked = None
            # on a scan one such pair alone is more likely a cell's second lines cut onto a row of their own
            # (601.scan: 2023年12月 / 31日前, the first lines lost): there the shift must recur in the table
            half = _values_half_a_row_below(grid, r, cols)
            if half is not None and t.row_confidence(r) is not None and \
                    sum(_values_half_a_row_below(grid, k, cols) is not None for k in range(len(grid))) < 2:
                half = None
            if half is not None:
                # the value columns drawn half a row under their names (columns laid out apart, one
                # wrapped cell pushing its column down): the name row and the values row one indicator
                row = half
                self.used.add(r + 1)
                self.recs.warnings.append(
                    f"{self._loc(t, r).describe()}：该行的指标值、实际完成值为空，下一行只有指标值、实际完成值"
                    f"（{'｜'.join(x for x in (bare(grid[r + 1][cols.target]), bare(grid[r + 1][cols.actual])) if x)}），"
                    "像是各列行线错开半行，按同一指标读取，请核对原件")
            if (parts := _breakdown(t, grid, r, cols)) is not None:
                # an indicator broken into sub-units' rows, then their total: the total is the indicator
                ind = self.breakdown_row(t, grid, r, *parts, cols, p, l1_raw, l2_raw)
                self.used.update(range(r, parts[0] + 1))
                r = parts[0]
                pieces = [None]
            else:
                stacked = self.stacked(t, row, r, cols, p)
                pieces = stacked if stacked is not None else [row]
            for k, part in enumerate(pieces):
                if part is not None:
                    ind = self.indicator_row(t, part, r, cols, p, l1_raw, l2_raw)
                if ind is not None:
                    if levels_at:
                        ind.level1_points, ind.level2_points = points1, points2
                    for key, points in caption_points.items():
                        # a row whose own level-1 cell names another level 1 (a tree grid's path cell:
                        # 满意度指标 after a 满意度指标 node taken for a level 2 of 效益指标) is not that block's
                        if key != "level1_points" or not _other_level1(ind.level1_raw, caption_l1):
                            setattr(ind, key, points)
                    if stacked is not None:
                        ind.note = "；".join(x for x in (ind.note, f"同一行各单元格分{len(stacked)}行填写{len(stacked)}个"
                                                                   f"指标，按行拆分，本指标为各格第{k + 1}行") if x)
                    p.indicators.append(ind)
                    l1_raw, l2_raw = ind.level1_raw, ind.level2_raw
                elif stacked is None and p.indicators and \
                        (tail := _name_tail(t, row, r, cols, p.indicators[-1], scanned=True)):
                    last = p.indicators[-1]
                    last.level3 += tail
                    last.level3_key = level3_key(last.level3)
                    last.note = "；".join(x for x in (last.note, f"名称第二行“{tail}”在扫描中单独成行，已接回") if x)
                elif doubted:
                    p.rows_unread += 1
                elif stacked is None and parts is None and r not in self.said_unread and \
                        (name := _unfilled_name(t, grid, r, cols)):
                    unfilled.append((p, r, name))
                elif stacked is None and parts is None and r not in self.said_unread and \
                        (cells := unread.nameless_values(row)):
                    self.left_unread(t, r, p, f"该行只有数值（{cells}），无指标名称，疑为名称单元格丢失，不推测名称")
            if stacked is None and parts is None and half is None and \
                    not (p.indicators and p.indicators[-1].loc.row == r and p.indicators[-1].loc.table == t.index) and \
                    (named := _unread_row_levels(row, cols, l1_raw, l2_raw)) is not None:
                # a row not read (said unread below) whose own level cells name a level: the rows under it
                # are that level's, not the last read row's (1495.scan: 效益指标 | 经济效益指标 on a row whose
                # name was lost, and 果农户均增收 below took 产出指标 / 成本指标 from the row above it)
                l1_raw, l2_raw = named
            if stacked is None and parts is None and p.indicators and p.indicators[-1].loc.row == r and \
                    (details := _detail_rows(t, grid, r, cols)) is not None:
                # 其中 rows breaking the indicator down: parts of it, kept in its note, not indicators
                r = self.detail_rows(t, grid, *details, cols, p.indicators[-1])
            r += 2 if half is not None else 1   # the values' row read with its names'
        if by_rows:
            self.section_total(t, grid, subtotal, cols, *sections[-1])
        self.weighted_tails(t, tails)
        self.unfilled_rows(t, unfilled)
        for q, start in sections:
            self.used.update(i.loc.row for i in _drop_sums_above(q.indicators, start))   # read: no row left unread
        stopped = stopped or closed_on_top
        if cols.level1 is not None and not self.groups:
            for q, start in sections:
                _written_level1(q.indicators[start:])
        for q, start in sections:
            _bare_points_agree(q.indicators[start:], self.bare_points)
        self.level2_column_blank(t, h, cols, [i for q, start in sections for i in q.indicators[start:]])
        for q, start in sections:
            self.nested_shares(t, grid, h, cols, q.indicators[start:])
            self.hundredth_weights(t, h, q, q.indicators[start:])
        if self.second_actual is not None:
            self.choose_actual(t, grid, [i for q, start in sections for i in q.indicators[start:]])
        last = p.indicators[-1] if p.indicators else None
        # A table the document ends in, with no 总分 row, is cut off unless it reached the 满意度
        # block, which every template puts last.
        if not stopped and last is not None and _last_content(self.doc, t) and \
                last.level1 != "满意度指标" and last.level2 != "服务对象满意度指标":
            p.cut_off = True
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：文档在指标表中结束，未见总分行，疑为节选或截断，"
                                      "分值、得分合计类核对未进行")
        elif not stopped and last is not None and (short := _short_of_points(p.indicators)):
            # no 总分 row, and the last level's own points say rows after the last one are missing
            # (046: 产出指标 40分 over 数量指标 15分 only): the passage stops inside the table
            p.cut_off = True
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：{short}，未见总分行，疑为节选或截断，"
                                      "分值、得分合计类核对未进行")
        if stopped and not p.cut_off and cols.weight is None and cols.weight_share is None and cols.score is not None:
            # only a table closed by its total row: in a cut-off one the last level-2 may go on
            for q, start in sections:
                _weights_from_level2_points(q.indicators[start:])
        return r

    def level2_column_blank(self, t: Table, h: int, cols: _Cols, rows: list[Indicator]) -> None:
        """Say a level-2 column under its header with no row of the table read with a level 2 (1923.scan: the
        level-2 cells turned 90 degrees, which OCR left unread, and the stacked level 1 read once over every row):
        the levels were not read from the cells, whatever the rows carry."""
        if cols.level2 is None or len(rows) < 3 or any((i.level2_raw or "").strip() for i in rows):
            return
        self.recs.warnings.append(
            f"{self._loc(t, h, cols.level2).describe()}：表头有二级指标列，但{len(rows)}行均未读出二级指标（单元格文字"
            f"可能竖排或旋转而未识别），各行一级指标（{'、'.join(dict.fromkeys(i.level1_raw or '空' for i in rows))}）"
            "亦可能读错，请核对原件")

    def choose_actual(self, t: Table, grid, rows: list[Indicator]) -> None:
        """Two result columns under one 实际完成值 heading (单位自评 | 财政核实) and one 得分: the scores
        say which result they were given for. A row tells where its result meets its target by one
        column and not by the other, its score full or short, or (no row telling so) where its short
        score is one column's result's proportional score and not the other's: the column every such
        row agrees with is the rows' result, the other kept in each row's note; where no row tells them
        apart (or rows disagree) the first stays and a warning names the column left unread."""
        c2, label2, label1 = self.second_actual

        def agrees(i: Indicator, q: Quantity) -> bool | None:
            j = replace(i, actual=Figure(q, i.actual.loc))
            if i.weight is None or i.score is None or not scoring.comparable(j):
                return None
            return scoring.met(j) == (i.score.value >= i.weight.value)

        def in_proportion(i: Indicator, q: Quantity) -> bool | None:
            if i.weight is None or i.score is None or i.score.value is None or i.score.value >= i.weight.value:
                return None
            share = scoring.proportional(replace(i, actual=Figure(q, i.actual.loc)))
            if share is None:
                return None
            places = Decimal(1).scaleb(-max(i.score.q.places or 0, 0))
            return ((share[0] + share[1]) / 2).quantize(places, rounding=ROUND_HALF_UP) == i.score.value

        alternates = []
        for i in rows:
            raw = grid[i.loc.row][c2].strip() if i.loc.row < len(grid) and c2 < len(grid[i.loc.row]) else ""
            alternates.append((i, raw, part_of_target(i.target.q, _value(raw).with_unit_from(i.target.q))))
        told = [(agrees(i, i.actual.q), agrees(i, q)) for i, _raw, q in alternates]
        told = [pair for pair in told if None not in pair and pair[0] != pair[1]]
        if not told:
            # both results short of the target on the short rows (7600元 reported, 7200元 verified,
            # against ≥8000元, 9 of 10): the short score is one result's proportional score written to
            # its places (10 × 7200 / 8000 = 9) and not the other's (9.5 is written 10)
            told = [(in_proportion(i, i.actual.q), in_proportion(i, q)) for i, _raw, q in alternates]
            told = [pair for pair in told if None not in pair and pair[0] != pair[1]]
        if told and all(second for _first, second in told):
            for i, raw, q in alternates:
                if raw:
                    i.note = "；".join(x for x in (i.note, f"实际完成值有“{label1}”“{label2}”两列，得分依据“{label2}”，"
                                                          f"按其读取；{label1}：{i.actual.q.raw}") if x)
                    i.actual = Figure(replace(q, raw=raw), self._loc(t, i.loc.row, c2))
        elif rows:
            self.recs.warnings.append(f"{self._loc(t, rows[0].loc.row).describe()}：实际完成值有“{label1}”“{label2}”两列，"
                                      f"按“{label1}”读取，“{label2}”列未读取，请核对得分依据哪一列")

    def fund_points_row(self, t: Table, row: list[str], r: int, cols: _Cols, p: Project) -> bool:
        """预算执行率 | 预算执行率 | 预算执行率 | 100% | 98.50% | 10 | 9.85: a row whose one label spans
        every level column (no level, no indicator under a level) and names the fund's execution rate
        by the fund header's words: the fund's points in the indicator table, not an indicator. Its
        分值 and 得分 are the fund's weight and score, its 实际 the rate where the fund table gave none."""
        level_cols = [c for c in (cols.level1, cols.level2, cols.level3) if c is not None]
        labels = {bare(row[c]) for c in level_cols if c < len(row) and bare(row[c])}
        if len(level_cols) < 2 or len(labels) != 1 or not bare(row[level_cols[0]]):
            return False
        label = labels.pop()
        if canonical_level1(label) or canonical_level2(label)[0] or \
                fund_word_field(label) != "exec_rate_stated":
            return False
        figures = {}
        for name, c in (("fund_weight", cols.weight), ("fund_score", cols.score), ("exec_rate_stated", cols.actual)):
            if c is not None and c < len(row) and (q := parse(bare(row[c]))).numeric:
                figures[name] = Figure(q, self._loc(t, r, c))
        if not {"fund_weight", "fund_score"} <= figures.keys() or p.fund_weight is not None or p.fund_score is not None:
            return False
        p.fund_weight, p.fund_score = figures["fund_weight"], figures["fund_score"]
        if p.exec_rate_stated is None and "exec_rate_stated" in figures:
            p.exec_rate_stated = figures["exec_rate_stated"]
        return True

    def continued_name(self, t: Table, r: int, tail: str, last: Indicator) -> bool:
        """A row of a typed table holding only a few words of a name, right under an indicator: the
        writer went on with the name in a row of its own. Joined to the name above where that name
        cannot end where it does, on a conjunction (新建岸线生态护坡及 / 亲水步道); else it may as well
        be an indicator left unfilled (069), so it is read as before and weighted_tails decides, once
        the table's total is read, whether to join it or say the doubt."""
        if DANGLING.search(last.level3):
            last.level3 += tail
            last.level3_key = level3_key(last.level3)
            last.note = "；".join(x for x in (last.note, f"名称在下一行（第{r + 1}行）续写“{tail}”，已接回") if x)
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：该行只有名称“{tail}”，上一行名称以连词结尾，"
                                      f"按其续行接回：{last.level3}")
            return True
        return False

    def weighted_tails(self, t: Table, tails: list) -> None:
        """The rows of a name alone that continued_name left in doubt (沿江入河排污口排查 / 整治完成率),
        once the table's total is read. Where every other indicator of the project carries a weight
        and those weights, with the fund's, already make the total's stated weight (the 总分 row's
        100), the row has no share in the score: no indicator left unfilled (which keeps its place
        in the weights) but the name above run on into a row of its own, joined to it and said. A
        table without weights (069) or whose weights fall short leaves the doubt, said."""
        # the record each such row gave, if any (read as an indicator with no values)
        extras = [p.indicators[at] if len(p.indicators) > at and p.indicators[at].loc.row == r else None
                  for p, r, _, _, at in tails]
        for (p, r, tail, last, _), extra in zip(tails, extras):
            if not _weights_complete([i for i in p.indicators if not any(i is x for x in extras)], p):
                said = f"{self._loc(t, r).describe()}：该行只有名称“{tail}”，无指标值、分值，" \
                       f"可能是上一行“{last.level3}”名称的续行，也可能是未填写的指标，未接回，请核对原件"
                self.recs.warnings.append(said)
                if extra is None:   # no record: the document counts it unread, as its project did (doubted)
                    unread.say_unread(self.recs, None, at=self._loc(t, r))
                continue
            if extra is not None:
                p.indicators.remove(extra)
            else:
                p.rows_unread -= 1
            self.used.add(r)
            last.level3 += tail
            last.level3_key = level3_key(last.level3)
            last.note = "；".join(x for x in (last.note, f"名称在下一行（第{r + 1}行）续写“{tail}”，已接回") if x)
            fund = "与资金分值" if p.fund_weight is not None else ""
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：该行只有名称“{tail}”，无指标值、分值，其余"
                                      f"指标分值{fund}已合计为总分分值{p.total_weight_stated.raw}，此行不占分值，"
                                      f"按上一行名称的续行接回：{last.level3}")

    def stacked(self, t: Table, row: list[str], r: int, cols: _Cols, p: Project) -> list[list[str]] | None:
        """A row holding several indicators one a line: its name cell lists N items numbered 1 to N
        (outline.numbered_lines) and each filled value cell holds N lines. Returns the N rows the
        k-th lines make (other cells, levels and reason, as they are; a reason of N lines split too);
        [] where the value cells' line counts disagree with the names (the row left unread and said
        so: which line belongs to which name the cell does not show); None for any other row, a name
        listing its parts beside one-line values included.

        Names not numbered, one a paragraph (修缮徽派古建筑⏎修复古村落青石板巷道 beside ≥36栋⏎≥4.5公里,
        8⏎6, 8⏎6): the k-th paragraph of each cell is one indicator where every filled value cell,
        two at least, holds as many paragraphs as the name cell. Where most of them, three at least,
        do and another does not (分值 1212 beside 12⏎12: a copy ran its lines together), the row is
        left unread and said so; fewer leave the row as it is (a name wrapped onto a second line, a
        value with a note under it)."""
        if cols.level3 is None or cols.level3 >= len(row):
            return None
        names = outline.numbered_lines(row[cols.level3])
        numbered = names is not None
        if names is None and len(names := [x.strip() for x in row[cols.level3].split("\n") if x.strip()]) < 2:
            return None
        n = len(names)
        roles = {getattr(cols, k): label for k, label in STACKED_VALUES.items() if getattr(cols, k) is not None}
        lines = {c: [x.strip() for x in row[c].split("\n") if x.strip()]
                 for c in roles if c < len(row) and row[c].strip()}
        if not any(len(x) > 1 for x in lines.values()):
            return None
        agree = sum(len(x) == n for x in lines.values())
        # 分值 and 得分 each a bare figure a line for each of three names or more (1030.pdf: a table of one
        # body row, its cells' lines standing for rows): no wrapped name has points a line; stacked
        points = [c for c in (cols.weight, cols.score) if c in lines]
        scored = n >= 3 and len(points) == 2 and \
            all(len(lines[c]) == n and all(parse_cell(x).numeric for x in lines[c]) for c in points)
        # a target and a result each a figure a line for each name (the points cells' lines run together by a
        # scan's OCR, 1877.scan: 10⏎8⏎6 read 1086): no wrapped name has a figure a line for each of its lines
        measured = all(c in lines and len(lines[c]) == n and all(FIGURE_LINE.match(x) and parse_cell(x).numeric
                                                                 for x in lines[c]) for c in (cols.target, cols.actual))
        if not numbered and not scored and not measured and \
                (len(lines) < 2 or agree < len(lines) and (agree < 3 or 2 * agree <= len(lines))):
            # a few cells of n lines beside one-line ones: a wrapped name, a value's note, no stacking;
            # most cells of n lines, three at least, and one not: stacked, one cell's lines run together
            return None
        if any(len(x) != n for x in lines.values()):
            counts = "、".join(f"{roles[c]}{len(x)}行" for c, x in lines.items())
            self.left_unread(t, r, p, f"三级指标一格分{n}行列出{n}个指标，但各数值格行数不一（{counts}），无法逐行对应")
            self.used.add(r)
            return []
        if cols.reason is not None and cols.reason < len(row):
            reasons = [x.strip() for x in row[cols.reason].split("\n") if x.strip()]
            if len(reasons) == n:
                lines[cols.reason] = reasons
        for c, level, k in ((cols.level1, "一级指标", 1), (cols.level2, "二级指标", 2)):
            cell = row[c] if c is not None and c < len(row) else ""
            words = [x.strip() for x in cell.split("\n") if x.strip()]
            if (carried := _carried_levels(cell, n)) is not None:
                lines[c] = carried
            elif sum(exact_level_name(w, k) for w in words) > 1:
                # several levels, each a name of its own, over the n rows with no line per row (749.scan:
                # 产出指标⏎效益指标⏎满意度指标 beside 12 names; not one name wrapped, 服务对象满意⏎度指标):
                # which rows each covers the cell does not show; unread, said, never all run together
                lines[c] = [""] * n
                self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：{level}一格分{len(words)}行列出"
                                          f"{'、'.join(words)}，与同一行的{n}个指标无法逐行对应，各指标的{level}未读取，请核对原件")
        out = []
        for k in range(n):
            part = list(row)
            part[cols.level3] = names[k]
            for c, x in lines.items():
                part[c] = x[k]
            out.append(part)
        return out

    def level_codes(self, t: Table, grid, h: int, r: int, cols: _Cols) -> int | None:
        """Where the table has no level column, a column of no role left of the names holding codes
        with parts (CC-01-01): the column, where the document's legend names levels for most of its
        codes; else None, and a coded column the legend does not cover is said (its levels unread)."""
        if cols.level1 is not None or cols.level2 is not None:
            return None
        mapped = {c for c in vars(cols).values() if c is not None}
        body = _body_rows(grid, r)
        for c in range(cols.level3):
            cells = [grid[k][c] for k in body if c < len(grid[k])]
            if c in mapped or not code_legend.coded(cells) or outline.depths(cells) is not None:
                continue    # (an outline's codes, 1 / 1.1, number level rows of the table's own: outline_levels)
            known = [code_legend.levels(x, self.code_names()) is not None for x in cells if x.strip()]
            if 2 * sum(known) > len(known):
                return c
            self.recs.warnings.append(f"{self._loc(t, h, c).describe()}：表格无一级、二级指标列，第{c + 1}列为指标编码"
                                      f"（{bare(cells[0])}等），文中未见其编码说明，一级、二级指标未读取")
        return None

    def outline_levels(self, t: Table, grid, r: int, cols: _Cols, mapped: set[int]
                       ) -> dict[int, tuple[int, str, Figure | None]]:
        """The level rows of an indicator table written as an outline: a column left of the names,
        of no role, numbering the rows 1 / 1.1 / 1.1.1 (or 一 / （一） / 1). A coded row with rows under
        it and no target or actual of its own is a level (its depth: 1 a level 1, 2 a level 2), its
        分值 / 得分 their subtotals: a subtotal that is not its rows' sum is said in a warning.
        Returns {row: (depth, name, weight)}."""
        end = next((k for k in range(r, t.n_rows) if _ends_body(grid[k])), t.n_rows)
        rows = list(range(r, end))

        def cell(k: int, c: int | None) -> str:
            return grid[k][c].strip() if c is not None and c < len(grid[k]) else ""

        for c in range(cols.level3 or 0):
            if c in mapped:
                continue
            if (depth := outline.depths([cell(k, c) for k in rows])) is None:
                leaves = [bool(cell(k, cols.target) or cell(k, cols.actual)) for k in rows]
                if (depth := outline.level_numbers([cell(k, c) for k in rows], leaves)) is None:
                    continue
                self.recs.warnings.append(
                    f"{self._loc(t, r, c).describe()}：第{c + 1}列为不带点号的层级号（1 / 2 / 3，点号可能未识别），"
                    "按层级读取一级、二级指标，有数值的行为三级指标，请核对原件")
            top = min(d for d in depth if d is not None)
            levels = {}
            for i in outline.parents(depth):
                k = rows[i]
                if cell(k, cols.target) or cell(k, cols.actual):
                    continue   # a coded row with its own target is an indicator, whatever is under it
                weight = self._figure(t, grid[k], k, cols.weight, 0)
                levels[k] = (depth[i] - top + 1, cell(k, cols.level3), weight)
                for col, what in ((cols.weight, "分值"), (cols.score, "得分")):
                    stated = parse_cell(cell(k, col))
                    parts = [parse_cell(cell(rows[j], col)) for j in outline.children(depth, i)]
                    if stated.numeric and parts and all(q.numeric for q in parts) and \
                            sum(q.value for q in parts) != stated.value:
                        self.recs.warnings.append(
                            f"{self._loc(t, k, col).describe()}：编码“{cell(k, c)}”的“{cell(k, cols.level3)}”"
                            f"{what}小计 {stated.raw}，与其下各项之和 {sum(q.value for q in parts)} 不符")
            return levels
        return {k: (d, name, self._figure(t, grid[k], k, cols.weight, 0))
                for k, (d, name, _) in self.list_headings(grid, rows, cols).items()}

    @staticmethod
    def list_headings(grid, rows: list[int], cols: _Cols) -> dict[int, tuple[int, str, Figure | None]]:
        """The level rows of an indicator table whose names are the items of a multilevel list (748:
        一、产出指标 over （一）数量指标 over 1.新建…, a Word list's levels): a row of one text in the name
        column or across it, a list number and words, above rows whose names open with numbers of
        another form; the forms in the order they first appear are the depths (outline.heading_depths),
        1 a level 1, 2 a level 2. Returns {row: (depth, name, None)}; {} where the table is no such list."""
        if cols.level3 is None:
            return {}
        values = [c for c in (cols.target, cols.actual, cols.weight, cols.score) if c is not None]
        points = {c for c in (cols.weight, cols.score) if c is not None}
        heads: dict[int, tuple[str, str]] = {}
        item_forms = set()
        for k in rows:
            texts = [(c, x) for c, x in enumerate(grid[k]) if bare(x)]
            if not texts:
                continue
            mark = outline.list_mark(normalize_ws(texts[0][1]))
            if mark is None or not mark[1]:
                continue
            # a heading may carry its level's 分值 / 得分 (the sums of the rows under it, 1050), its
            # target and actual cells blank or a dash (a scan's 一 / 二 for one): still no indicator of its own
            rest = [(c, x) for c, x in texts[1:] if not (c in points or PLACEHOLDER.match(bare(x)) or
                                                         bare(x) in STROKE_MARKS)]
            if not rest and texts[0][0] <= cols.level3 and not re.search(r"\d", mark[1]) and \
                    (len(texts) == 1 or all(parse_cell(x).numeric for c, x in texts[1:] if c in points)):
                heads[k] = mark
            elif texts[0][0] == cols.level3 and any(c < len(grid[k]) and bare(grid[k][c]) for c in values):
                item_forms.add(mark[0])
        if not heads or not item_forms or item_forms & {f for f, _ in heads.values()}:
            return {}
        depths = outline.heading_depths([f for f, _ in heads.values()])
        # every heading heads something: one right above another is above a deeper one (a first
        # level's number lost, 一、 read as nothing by OCR, would rank its children's form first)
        at = dict(zip(heads, depths))
        if max(depths) > 2 or any(b == a + 1 and at[b] <= at[a] for a, b in zip(heads, list(heads)[1:])):
            return {}
        return {k: (d, name, None) for (k, (_, name)), d in zip(heads.items(), depths)}

    def breakdown_row(self, t: Table, grid, r: int, k: int, u: int, off: list, cols: _Cols, p: Project,
                      l1_prev: str, l2_prev: str) -> Indicator | None:
        """The indicator of parts rows r..k-1 and their total row k (_breakdown): the total's figures
        and points under the first part's level and name cells; the parts kept in the note, each
        with its row, as written (a breakdown of one indicator, not indicators); a total that is not
        its parts' sum said in a warning."""
        first_value = min(c for c in (cols.target, cols.actual, cols.weight, cols.score) if c is not None)
        row = [grid[r][c] if c < first_value and c != u and bare(grid[r][c]) else "" if c == u else x
               for c, x in enumerate(grid[k])]
        ind = self.indicator_row(t, row, k, cols, p, l1_prev, l2_prev)
        if ind is not None:
            parts = "；".join(f"{bare(grid[q][u])} {bare(grid[q][cols.target])} / {bare(grid[q][cols.actual])}"
                             f"（第{q + 1}行）" for q in range(r, k))
            ind.note = "；".join(x for x in (ind.note, f"分项：{parts}；按“{bare(grid[k][u])}”行"
                                                     f"（第{k + 1}行）读取") if x)
        for c, total_of_parts, stated in off:
            what = "指标值" if c == cols.target else "实际完成值"
            self.recs.warnings.append(f"{self._loc(t, k, c).describe()}：“{bare(grid[r][cols.level3])}”"
                                      f"{bare(grid[k][u])}行{what} {stated.raw}，与各分项之和 "
                                      f"{(total_of_parts / stated.scale).normalize():f}"
                                      f"{re.sub(r'^[^0-9]*[0-9.,]+', '', bare(stated.raw))} 不符")
        return ind

    def detail_rows(self, t: Table, grid, rows: list[int], off: list, cols: _Cols, ind: Indicator) -> int:
        """The 其中 rows under an indicator (_detail_rows): each part kept in its note with its name
        cell's location (file, table, row, column), parts adding up to more than the indicator said in
        a warning, their sum to the places they were written with. Returns the last detail row."""
        parts = "；".join(f"{DETAIL_LEAD.sub('', bare(grid[q][cols.level3]))} {bare(grid[q][cols.target])} / "
                         f"{bare(grid[q][cols.actual])}（{self._loc(t, q, cols.level3).describe()}）" for q in rows)
        ind.note = "；".join(x for x in (ind.note, f"其中：{parts}（分项明细，不作为指标）") if x)
        for c, total_of_parts, stated in off:
            what = "指标值" if c == cols.target else "实际完成值"
            places = max(parse_cell(bare(grid[q][c])).places or 0 for q in rows)
            written = (total_of_parts / stated.scale).quantize(Decimal(1).scaleb(-places))
            self.recs.warnings.append(f"{self._loc(t, rows[0], c).describe()}：“{ind.level3}”其中各分项{what}之和 "
                                      f"{written:f}{re.sub(r'^[^0-9]*[0-9.,]+', '', bare(stated.raw))} "
                                      f"超过本指标 {stated.raw}")
        self.used.update(rows)
        return rows[-1]

    def nested_shares(self, t: Table, grid, h: int, cols: _Cols, rows: list[Indicator]) -> None:
        """权重 beside every level, each a percent of its parent (一级 20% | 二级 50% | 三级 50%, 846): the
        row's points are the three shares' product of the 100-point total (20% × 50% × 50% = 5), never
        the 三级 percent. Taken so only where the cells show it: every row's three weights are
        percents, and at each level those under one parent add up to 100%; else left as read."""
        if cols.level3 is None or cols.weight is None or len(rows) < 2:
            return
        head = grid[h]
        at = [k for k, raw in enumerate(head) if header_field(raw, set()) == "weight" and k < cols.level3]
        if len(at) != 2 or any(i.weight is None or i.weight.q.unit != "%" or i.weight.loc.col != cols.weight
                               for i in rows):
            return
        carried: dict[int, Decimal | None] = {}
        chains = []
        for i in rows:
            chain = []
            for c in at:
                row = grid[i.loc.row] if i.loc.row < len(grid) else []
                text = row[c].strip() if c < len(row) else ""
                if not text and (m := t.cell_at(i.loc.row, c)) is not None:
                    text = m.text.strip()   # a level's share merged down over its rows
                q = parse(text) if text else None
                if q is not None:
                    carried[c] = q.value if q.numeric and q.unit == "%" else None
                chain.append(carried.get(c))
            if None in chain:
                return
            chains.append((chain[0], chain[1], i.weight.value))
        keys = [(i.level1_raw or i.level1, i.level2_raw or i.level2) for i in rows]
        hundred = Decimal(100)
        level1 = dict((k[0], w[0]) for k, w in zip(keys, chains))
        level2 = {k: w[1] for k, w in zip(keys, chains)}
        sums2: dict = {}
        for (k1, _k2), w in level2.items():
            sums2[k1] = sums2.get(k1, 0) + w
        sums3: dict = {}
        for k, w in zip(keys, chains):
            sums3[k] = sums3.get(k, 0) + w[2]
        if sum(level1.values()) != hundred or any(v != hundred for v in sums2.values()) or \
                any(v != hundred for v in sums3.values()):
            return
        for i, (a, b, c) in zip(rows, chains):
            points = a * b * c / Decimal(10000)
            said = f"{a.normalize():f}%×{b.normalize():f}%×{c.normalize():f}%×100={points.normalize():f}"
            i.weight = Figure(replace(parse(f"{points.normalize():f}"), raw=i.weight.q.raw), i.weight.loc)
            i.note = "；".join(x for x in (i.note, f"各级权重为占上级指标的比例，分值按各级权重连乘折算（{said}）") if x)
        self.recs.warnings.append(f"{self._loc(t, h).describe()}：一级、二级、三级指标各列权重，各级在上级内合计100%，"
                                  "为占上级指标的比例，三级指标分值按各级权重连乘折算（百分制）")


    def hundredth_weights(self, t: Table, h: int, p: Project, rows: list[Indicator]) -> None:
        """权重 written as hundredths of the total (hundredth_weights.py): the score's head is the header
        row's cell above the first row's score."""
        score = rows[0].score if rows else None
        head = t.cell_at(h, score.loc.col) if score is not None and score.loc.col is not None else None
        said = hundredth_weights(p, rows, head.text if head is not None else "")
        if said:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：{said}")


def _part_columns(grid, h: int, start: int, cols: _Cols) -> list[int] | None:
    """A form whose year's target is written in parts (年度指标值 over 上半年 | 下半年, 一季度 … 四季度):
    the target's column and those right of it under the one heading (their own cells of the heading
    row empty: the span), each headed below it by a part of the year (vocab.period), no other role's.
    None elsewhere."""
    c = cols.target
    if c is None:
        return None
    taken = {x for x in vars(cols).values() if x is not None} - {c}
    for q in range(h + 1, start):
        row = grid[q]
        if c >= len(row) or period(row[c]) != "part":
            continue
        run = [c]
        while run[-1] + 1 < len(row) and run[-1] + 1 not in taken and period(row[run[-1] + 1]) == "part" and \
                not grid[h][run[-1] + 1].strip():
            run.append(run[-1] + 1)
        return run if len(run) > 1 else None
    return None


def _bound_columns(grid, h: int, start: int, cols: _Cols) -> tuple[int, int] | None:
    """A range form's target columns (年度指标值 over 下限 | 上限): the target's column and the one
    beside it, a header row from h down to the data naming a lower bound over the one and an upper
    bound over the other (quantity.bound_op), the second column no other role's. None elsewhere."""
    c = cols.target
    if c is None:
        return None
    taken = {x for x in vars(cols).values() if x is not None}
    for low in (c, c - 1):
        high = low + 1
        if low < 0 or ({low, high} - {c}) & taken:
            continue
        for q in range(h, start):
            row = grid[q]
            if high < len(row) and bound_op(row[low]) == ">=" and bound_op(row[high]) == "<=":
                return low, high
    return None


def _kind_columns(grid, h: int, start: int, cols: _Cols) -> dict[int, int]:
    """A form writing each value in one of two columns by the indicator's kind (年度指标值 over 定量 | 定性,
    实际完成值 likewise, 得分 likewise, 1482): {the target's, the actual's or the score's column: the other
    column of its pair}, where a header row from h down to the data heads that column and the one right of
    it by the two kinds, one each (vocab QUANTITATIVE_KIND, QUALITATIVE_KIND), the second no other role's and
    its own cell of the heading row empty (one heading spans both). A row writes its value in one of the
    pair: empty or a dash elsewhere."""
    taken = {x for x in vars(cols).values() if x is not None}
    out = {}
    for c in (cols.target, cols.actual, cols.score):
        if c is None or c + 1 in taken or c + 1 >= len(grid[h]) or grid[h][c + 1].strip():
            continue
        for q in range(h + 1, start):
            kinds = [bare(x) for x in grid[q][c:c + 2]]
            if len(kinds) == 2 and any(k in QUALITATIVE_KIND for k in kinds) and \
                    any(k in QUANTITATIVE_KIND for k in kinds):
                out[c] = c + 1
                break
    return out


def _reason_parts(header: list[str], cols: _Cols) -> list[int]:
    """Columns beside the reason's own whose headers name the reason too (原因类型 | 原因说明, 偏差原因类别 |
    具体原因, 1481): the reason is written across them, a kind and its account, and the record keeps them all
    (indicator_row.IndicatorRow._indicator_row joins the written ones), none left behind unread and unsaid.
    Only a run of such columns next to each other, the reason's among them, no other field's."""
    if cols.reason is None:
        return []
    taken = {x for x in vars(cols).values() if x is not None}
    out = []
    for step in (-1, 1):
        c = cols.reason + step
        while 0 <= c < len(header) and c not in taken and header_field(header[c], set()) == "reason":
            out.append(c)
            c += step
    return sorted(out)


# A line that is a figure: an operator, then digits (≥5000亩, 5160亩, 90%).
FIGURE_LINE = re.compile(r"^[≥≤≧≦<>＜＞=＝]?\s*\d")


def _carried_levels(cell: str, n: int) -> list[str] | None:
    """A level cell beside n stacked indicators written a line per indicator, its word on the first line of
    its run and the lines below it empty (a column of line breaks typed to line up with the names): the
    level of each of the n lines, the last word above carried down. The lines after the last word may be
    gone (a cell's trailing breaks are not kept): those rows are the last run's. None where the cell is no
    such column: one line (a level for them all), a first line empty, more lines than rows, or no empty
    line at all with fewer lines than rows (a long level wrapped, not aligned)."""
    raw = [x.strip() for x in cell.split("\n")]
    if len(raw) < 2 or len(raw) > n or not raw[0] or (len(raw) < n and all(raw)):
        return None
    raw += [""] * (n - len(raw))
    return list(itertools.accumulate(raw, lambda above, line: line or above))


def _header_stacks(t: Table, filled, h: int, start: int) -> list[list[str]]:
    """The header cells above each column, the lowest first: a cell spanning several columns
    (预期指标值 over 符号 | 数值 | 单位) stands over each; a label whose rows run on into the data
    (绩效指标(90分) left of 一级指标) is a section label, not a column header."""
    stacks = []
    for c in range(t.n_cols):
        stack = []
        for r in range(start - 1, max(h - 2, -1), -1):
            cell = t.cell_at(r, c)
            if cell is not None and cell.row + cell.rowspan > start:
                continue
            text = filled[r][c] if c < len(filled[r]) else ""
            if bare(text) and bare(text) not in [bare(x) for x in stack]:
                stack.append(text)
        stacks.append(stack)
    return stacks


def _weights_from_level2_points(rows: list[Indicator]) -> None:
    """No weight column, the points only in the level-2 cells (数量指标（20分）): a level-2 cell over
    one row gives that row its weight; over several rows the form does not split its points, so
    their weights stay unread."""
    groups: list[list[Indicator]] = []
    for i in rows:    # a level-2 group: consecutive rows under one level-2 name, merged or written on each
        if groups and (groups[-1][0].level1_raw, groups[-1][0].level2_raw) == (i.level1_raw, i.level2_raw):
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        if len(group) == 1 and group[0].weight is None and group[0].level2_points is not None and \
                group[0].level2_points.value is not None:
            i = group[0]
            i.weight = i.level2_points
            i.note = "；".join(x for x in (i.note, f"分值取自二级指标“{i.level2_raw}”所注分数（该二级指标下仅此一行）") if x)


def _body_rows(grid, r: int, summaries: bool = False) -> list[int]:
    """The rows from r up to the first that starts something else: a stop label, a total (with
    summaries, any summary row too)."""
    rows = []
    for k in range(r, len(grid)):
        first = _first_text(grid[k])
        if first and (first.startswith(STOP_LABELS) or TOTAL_LABEL.match(first)
                      or (summaries and summary_label(first))):
            break
        rows.append(k)
    return rows


# The marks joining two columns' words in one header cell (年度指标值/实际完成值, 三级指标及年度指标值).
HEADER_JOIN = re.compile(r"[/／、与和及]")


def _paired_column(grid, h: int, r: int, cols: _Cols, continued: bool) -> int | None:
    """The column holding target and result together (≥3.2万亩 / 3.35万亩), where the table has no
    target column: its header names both (年度指标值 / 实际完成值), or most of its cells hold a pair."""
    c = cols.actual
    if cols.target is not None or c is None:
        return None
    head = header_words(grid[h][c]) if not continued and c < len(grid[h]) else ""
    parts = {header_field(x, set()) for x in HEADER_JOIN.split(head) if x.strip()}
    if {"target", "actual"} <= parts:
        return c
    cells = [grid[k][c] for k in _body_rows(grid, r) if c < len(grid[k]) and bare(grid[k][c])]
    return c if _most([split_pair(x) is not None for x in cells]) else None


def _actual_part(grid, h: int, cols: _Cols) -> int | None:
    """Where the actual column's header names the result and a second value at one slash
    (实际完成值/完成率, 完成率/实际值): the place (0 or 1) of the result, whose part of each cell at
    the slash is the actual (quantity.split_with_second); else None. A header naming the target
    and the result is the paired column's (_paired_column)."""
    c = cols.actual
    if c is None or c >= len(grid[h]):
        return None
    parts = re.split(r"[/／]", header_words(grid[h][c]))
    if len(parts) != 2 or not all(x.strip() for x in parts):
        return None
    fields = [header_field(x, set()) for x in parts]
    if fields.count("actual") != 1 or "target" in fields:
        return None
    return fields.index("actual")


def _actual_score(grid, h: int, cols: _Cols) -> bool:
    """Whether the second value a two-value actual column's header names (_actual_part) is the score
    (实际完成值／得分) in a table with no score column of its own: each cell's part there is the row's
    score, a record field, not an aside as a 完成率 is."""
    if cols.score is not None:
        return False
    parts = re.split(r"[/／]", header_words(grid[h][cols.actual]))
    return [header_field(x, set()) for x in parts].count("score") == 1


def _row_pairs(grid, r: int, cols: _Cols) -> tuple[dict[int, tuple[tuple[int, str], tuple[int, str], int]], int | None]:
    """An indicator written on two rows with one value column (指标值), where a column the header
    does not map labels each row's role (类别: 目标值 / 实际值, 计划 / 实际, 预期 / 完成): the first row
    of each pair -> ((row, value) of the target, of the actual, the value column), and the labelling
    column (read: no column passed over). Only where every labelled cell names a role and they come as
    adjacent pairs of the two roles."""
    value = cols.target if cols.actual is None else cols.actual if cols.target is None else None
    if value is None:
        return {}, None
    mapped = {c for c in vars(cols).values() if c is not None}
    rows = _body_rows(grid, r, summaries=True)
    for c in range(max((len(grid[k]) for k in rows), default=0)):
        if c in mapped:
            continue
        cells = [(k, value_role(grid[k][c])) for k in rows if c < len(grid[k]) and bare(grid[k][c])]
        if len(cells) < 4 or len(cells) % 2 or any(role is None for _, role in cells):
            continue
        pairs = list(zip(cells[::2], cells[1::2]))
        if all(b == a + 1 and {x, y} == {"target", "actual"} for (a, x), (b, y) in pairs):
            cell = {k: grid[k][value].strip() if value < len(grid[k]) else ""
                    for (a, _), (b, _) in pairs for k in (a, b)}
            return {a: ((a, cell[a]), (b, cell[b]), value) if x == "target" else ((b, cell[b]), (a, cell[a]), value)
                    for (a, x), (b, _) in pairs}, c
    return {}, None


def _points_order(header: list[str], cols: _Cols) -> tuple[str, ...]:
    """The order of the two figures in a cell under one joined points header: as the header names
    them (分值/得分: the weight first; 得分/分值: the score first, a score out of its weight)."""
    c = cols.weight
    if c is not None and c == cols.score and c < len(header):
        joined = joined_fields(header[c]) or stacked_points(header[c])
        if joined is not None and set(joined) == {"weight", "score"}:
            return joined
    return ("weight", "score")


def _header_units(header: list[str]) -> dict[int, tuple[str, str]]:
    """Each header cell's unit in its trailing bracket (年度指标值（%）, 实际完成值(万元)), read as a
    name's is (quantity.name_unit); a capital letter naming the column (年初目标值(A)) is no unit."""
    out = {}
    for c, text in enumerate(header):
        unit = name_unit(text, scaled=True)
        if unit and not re.fullmatch(r"[A-Z]{1,2}", unit):
            out[c] = (unit, bare(text))
    return out


def _named_targets(grid, h: int, r: int, cols: _Cols, continued: bool) -> str | None:
    """Where a table has no target column, whether its names hold the targets: "header" where the
    name column's header says so in its bracket (三级指标（年度指标值）), "cells" where most names
    end in a comparison and a figure (淘汰老旧车辆≥800辆), else None."""
    c = cols.level3
    if cols.target is not None or c is None:
        return None
    head = bare(grid[h][c]) if not continued and c < len(grid[h]) else ""
    # the bracket's closing mark may be lost at the cell's end (a scan drops it, as in quantity.TRAILING_NOTE)
    if any(header_field(x, set()) == "target" for x in re.findall(r"[（(]([^（()）]*)(?:[)）]|$)", head)):
        return "header"
    # or joins the target's word to the name's (三级指标及年度指标值, 指标名称/目标值)
    if "target" in [header_field(x, set()) for x in HEADER_JOIN.split(header_words(head)) if x.strip()][1:]:
        return "header"
    cells = [grid[k][c] for k in _body_rows(grid, r) if c < len(grid[k]) and bare(grid[k][c])]
    return "cells" if _most([split_named_target(x, bracket=True) is not None for x in cells]) else None


def _rule_points(grid, h: int, body: list[int], cols: _Cols, mapped: set[int]) -> int | None:
    """Where a table has no 分值 column, the column of scoring-standard text (vocab.method_header: 评分标准,
    计分方法) most of whose cells (in the body rows) open with their row's points (8分。达到年度指标值得满分…,
    1777), or None; mapped: the columns the header gave a role."""
    if cols.weight is not None:
        return None
    for c, head in enumerate(grid[h]):
        if c in mapped or not method_header(head):
            continue
        cells = [grid[k][c] for k in body if c < len(grid[k]) and bare(grid[k][c])]
        if _most([bool(RULE_POINTS.match(normalize_ws(x))) for x in cells]):
            return c
    return None


def _named_weights(grid, h: int, r: int, cols: _Cols, continued: bool) -> bool:
    """Where a table has no 分值 column, whether its names end in their points: the name column's
    header says so in its bracket (三级指标（分值）), or most of its names end in (N分)."""
    c = cols.level3
    if cols.weight is not None or c is None:
        return False
    head = bare(grid[h][c]) if not continued and c < len(grid[h]) else ""
    if any(header_field(x, set()) == "weight" for x in re.findall(r"[（(]([^（()）]*)[)）]", head)):
        return True
    cells = [grid[k][c] for k in _body_rows(grid, r) if c < len(grid[k]) and bare(grid[k][c])]
    return _most([bool(NAMED_POINTS.search(normalize_ws(x))) for x in cells])


def completion_column(grid, h: int, r: int, cols: _Cols) -> tuple[int, str] | None:
    """(column, its header) of a column no role took whose header names a completion rate
    (vocab.completion_header) in any header row (完成情况 over 实际完成值 | 完成率(%): the lower row) and
    whose filled cells are percentages (a dash where a row has none: a deadline, a 定性 row), or None;
    bare figures count where the header's bracket gives the sign (完成率(%)). One filled cell in four
    may be something else (OCR gives a row's dash as 二 or 一): that row keeps no rate, and the reader
    says so (indicator_row.IndicatorRow._rate). Its cells are rates only where they stand near the
    rows' results over their targets (completion_fits)."""
    mapped = {c for c in vars(cols).values() if c is not None}
    heads = {c: next((grid[k][c] for k in range(h, r) if c < len(grid[k]) and completion_header(grid[k][c])), "")
             for c in range(len(grid[h]))}
    found = [c for c, x in heads.items() if c not in mapped and x]
    if len(found) != 1:
        return None
    cells = [grid[k][found[0]] for k in _body_rows(grid, r) if found[0] < len(grid[k])]
    kinds = [columns.kind(x) for x in cells if columns.kind(x) != "empty"]
    # a header whose bracket gives the sign makes its bare figures percentages (IndicatorRow._rate)
    signed = ("percent", "number") if name_unit(heads[found[0]], scaled=True) == "%" else ("percent",)
    rates = sum(k in signed for k in kinds)
    return (found[0], heads[found[0]]) if rates >= 2 and 4 * (len(kinds) - rates) <= len(kinds) else None


def completion_fits(rows: list[Indicator], warnings: list[str]) -> None:
    """The cells of a 完成率 column are the rows' completion rates where most of the rows that can be
    checked (a result and a floor or exact target, numeric, in one unit) show one result / target × 100
    rounds to at its written places (or 100% for a result above its target: completion_agrees); else the
    column is something else, or wrong throughout, and no row keeps its cell: said in a warning, so
    a column JX409 does not check is named."""
    rated = [i for i in rows if i.completion is not None]
    near = []
    for i in rated:
        t, a, c = i.target.q, i.actual.q, i.completion.q
        if not completion_defined(t, a):
            continue
        near.append(completion_agrees(t, a, c))
    if not (sum(near) >= 2 and 2 * sum(near) > len(near)):
        if rated:
            warnings.append(f"{rated[0].completion.loc.describe()}起的完成率列：可核对的{len(near)}行中"
                            f"{sum(near)}行与“实际完成值÷目标值”相符，不足多数，未作为完成率读取，未核对")
        for i in rated:
            i.completion = None


def _bare_points_agree(rows: list[Indicator], bare_points: dict) -> None:
    """A level cell's bare bracketed number (产出指标(50), BARE_LEVEL_POINTS) is the level's points only
    where every row under the cell has a weight and they add up to it within a fifth of it; else it
    is no points (a name's own number, （1）, is not the scale of the weights), and the rows keep none.
    Not exactly: a weight mistyped by a point (51 under (50)) is the slip JX303 must then see, and
    an exact sum as the condition would hide the points exactly when the sum is wrong."""
    for level in ("level1_points", "level2_points"):
        groups: dict = {}
        for i in rows:
            if id(points := getattr(i, level)) in bare_points:
                groups.setdefault(id(points), (points, []))[1].append(i)
        for points, group in groups.values():
            weights = [i.weight.value if i.weight is not None else None for i in group]
            if points.value is None or None in weights or abs(sum(weights) - points.value) * 5 > points.value:
                for i in group:
                    setattr(i, level, None)


def _written_level1(rows: list[Indicator]) -> None:
    """Level 1 of a framework the vocabulary does not know (部门整体: 履职效能 / 管理效率): the name
    written in the 一级指标 column, where no row under that cell finds a known level 1 (its own or
    its level 2's parent). Decided by the column and the rows it heads, not by a list of names; a
    cell some of whose rows are known (项目年度绩效目标 over 数量指标 …) is a section label, left alone."""
    groups: list[list[Indicator]] = []
    for i in rows:
        if groups and groups[-1][0].level1_raw == i.level1_raw:
            groups[-1].append(i)
        else:
            groups.append([i])
    own = set()
    for n, group in enumerate(groups):
        name = level_stem(group[0].level1_raw)
        if name and all(i.level1 is None for i in group) and columns.kind(name) in ("short", "text") \
                and len(name) <= 12:
            own.add(n)
            for i in group:
                i.level1 = name
    if not own:
        return
    # The column holds the framework's own levels: a sibling cell naming no known level 1 either,
    # over rows whose level 2s all have one known parent (社会效应 over 社会效益 / 可持续影响, beside
    # 履职效能 / 管理效率), is the framework's name for that level, kept as written, unless the name's
    # head (a compound's last word) is that parent's (服务满意度 is a kind of 满意度: 满意度指标). So is one
    # over level 2s of several known parents (社会效应 over 社会效益 and 服务对象满意度, 744): a level
    # wider than any one of the template's. A
    # cell over rows some of which are known and some not (年度目标 over 数量指标 and 考核评价) is a
    # section label. A template's level-2 name there (可持续影响) over level 2s none of which is
    # known (长效机制) is one of the framework's levels too: as written, not left empty.
    for n, group in enumerate(groups):
        name = level_stem(group[0].level1_raw)
        if n in own or not name or len(name) > 12:
            continue
        known = group[0].level1
        parents = {i.level1 for i in group}
        if None not in parents and \
                canonical_level1(group[0].level1_raw) is None and \
                canonical_level2(group[0].level1_raw)[0] is None and columns.kind(name) in ("short", "text") and \
                not any(_headed_by(name, k) for k in parents):
            for i in group:
                i.level1 = name
        elif known is None and all(i.level1 is None and i.level2 is None for i in group) and \
                canonical_level1(group[0].level1_raw) is None and columns.kind(name) == "level2":
            for i in group:
                i.level1 = name


def _headed_by(name: str, level1: str) -> bool:
    """Whether a name ends in one of a canonical level 1's forms of two characters or more (服务满意度
    in 满意度): Chinese compounds put their head last, so the name is a kind of that level."""
    return any(len(f) >= 2 and name.endswith(f) and name != f for f in LEVEL1.get(level1, ()))


def _name_tail(t: Table, row: list[str], r: int, cols: _Cols, last: Indicator, scanned: bool) -> str:
    """A few characters of words alone in the name column, right under the row of the indicator
    before, naming no level, the row's other cells empty or merged from above: the rest of that name
    on a row of its own. On a scanned table (scanned) the ruling split the cell (工程长效运行管护 / 机制,
    up to 6 characters); on a typed one (up to 8, in the same table) the caller decides whether the
    name above goes on (DANGLING) or the row is only doubted."""
    if cols.level3 is None or last.loc.row != r - 1 or (t.row_confidence(r) is None) == scanned or \
            not scanned and last.loc.table != t.index:
        return ""
    if (named := t.cell_at(r, cols.level3)) is not None and note_fields(named.comment):
        return ""    # the name's note gives the row's figures (1159): an indicator of its own
    filled = [c for c, x in enumerate(row) if bare(x)]
    tail = bare(row[cols.level3]) if cols.level3 < len(row) else ""
    if filled != [cols.level3] or not re.fullmatch(r"\p{Han}{1,%d}" % (6 if scanned else 8), tail) or \
            canonical_level2(tail)[0] or canonical_level1(tail) or re.search(r"[。；;，,）)]$", last.level3):
        return ""
    return tail


def _values_half_a_row_below(grid, r: int, cols: _Cols) -> list[str] | None:
    """Row r with the target and actual of row r + 1 (and a level word there where r has none), where
    r is a named row with its points but both value cells empty and r + 1 holds those two columns'
    values and nothing else but level words: a grid whose value columns stand half a row under their
    names (1297.pdf: columns printed as separate blocks, a wrapped deadline pushing its column down),
    the pdf reader's row rules cutting each indicator in two. None for any other pair of rows."""
    if cols.target is None or cols.actual is None or cols.level3 is None or r + 1 >= len(grid):
        return None
    row, nxt = grid[r], grid[r + 1]
    values = (cols.target, cols.actual)
    points = [c for c in (cols.weight, cols.score) if c is not None]
    levels = [c for c in (cols.level1, cols.level2) if c is not None]
    if max(values + (cols.level3,)) >= min(len(row), len(nxt)) or not bare(row[cols.level3]) or \
            any(bare(row[c]) for c in values) or not points or not all(bare(row[c]) for c in points):
        return None
    if not all(bare(nxt[c]) for c in values) or \
            any(bare(x) for c, x in enumerate(nxt) if c not in values and c not in levels):
        return None
    out = list(row)
    for c in values:
        out[c] = nxt[c]
    for c in levels:
        if not bare(out[c]) and bare(nxt[c]):
            out[c] = nxt[c]
    return out


def _typed_twice(t: Table, grid, r: int, cols: _Cols, last: Indicator) -> str:
    """The name of a row that writes the name of the indicator right above it again and nothing
    else (no target, result, weight or score; a level cell only as the row above has it): the same
    indicator typed twice (451), not a second one; '' for any other row. Two indicators may share a
    name: a row of the same name with a figure is kept."""
    c3 = cols.level3
    if c3 is None or last.loc.table != t.index or last.loc.row != r - 1 or c3 >= len(grid[r]):
        return ""
    name = normalize_ws(grid[r][c3])
    if not name or name != normalize_ws(grid[r - 1][c3] if c3 < len(grid[r - 1]) else ""):
        return ""
    levels = {c for c in (cols.level1, cols.level2) if c is not None}
    for c, text in enumerate(grid[r]):
        if c == c3 or not normalize_ws(text):
            continue
        above = t.cell_at(r - 1, c)
        if c not in levels or above is None or normalize_ws(above.text) != normalize_ws(text):
            return ""
    return name


def _unfilled_name(t: Table, grid, r: int, cols: _Cols) -> str:
    """The name of a row that names an indicator in the name column and leaves every value cell
    (target, result, weight, score) empty; '' for a heading: a name that is a level label by the
    level grammar, a name cell spanning into the value columns (a subheading across the row), a
    level cell that names no level (a caption), or template residue (指标1, a figure)."""
    c3 = cols.level3
    row = grid[r]
    if c3 is None or c3 >= len(row) or not (name := normalize_ws(row[c3])):
        return ""
    values = [c for c in (cols.target, cols.actual, cols.weight, cols.score) if c is not None]
    if not values or any(c < len(row) and bare(row[c]) for c in values):
        return ""
    if PLACEHOLDER.match(bare(name)) or columns.kind(name) in FIGURE_KINDS or \
            canonical_level1(name) or canonical_level2(name)[0]:
        return ""
    cell = t.cell_at(r, c3)
    if cell is not None and cell.col + cell.colspan > min(values):
        return ""
    for c in (cols.level1, cols.level2):
        text = row[c] if c is not None and c < len(row) and c != c3 else ""
        if bare(text) and not (canonical_level1(text) or canonical_level2(text)[0]):
            return ""
    return name


# A name cannot end on a conjunction or an enumeration comma: its second part follows.
DANGLING = re.compile(r"(?:及|和|与|或|并|暨|以及|及其|、)$")


def _weights_complete(rows: list[Indicator], p: Project) -> bool:
    """Every indicator carries a weight, and with the fund's they make the total's stated weight."""
    if not rows or p.total_weight_stated is None or p.total_weight_stated.value is None or \
            any(i.weight is None or i.weight.value is None for i in rows):
        return False
    fund = p.fund_weight.value if p.fund_weight is not None and p.fund_weight.value is not None else 0
    return sum(i.weight.value for i in rows) + fund == p.total_weight_stated.value


def _is_label_value_fund(row: list[str]) -> bool:
    """预算数: | 60万 | 执行数: | 60万 — labels with their values beside them, in one row: one label
    with a colon, or two or more fund words each before its figure, one of them money."""
    pairs = _label_value_pairs(row)
    colon = any(normalize_ws(row[c])[-1:] in ":：" or re.search(r"[：:]\S", normalize_ws(row[c])) for _, c, _ in pairs)
    return colon and any(f in MONEY_FIELDS for f, _, _ in pairs) or \
        len(pairs) >= 2 and any(f in MONEY_FIELDS for f, _, _ in pairs)


def _fund_pairs_row(grid, r: int) -> bool:
    """A row of fund labels with their figures (_is_label_value_fund), or right under one a row of
    nothing but fund label / value pairs (分值 | 10 | 得分 | 9.70: the block's last row of pairs, the
    points, which no money word opens; 1034), beside the block's label where its merged cell runs
    down: not an indicator header (a header holds no figures)."""
    row = grid[r]
    if _is_label_value_fund(row):
        return True
    if r == 0 or not _is_label_value_fund(above := grid[r - 1]):
        return False
    pairs = _label_value_pairs(row)
    said = {k for _, c, vc in pairs for k in (c, vc)}
    rest = [c for c, x in enumerate(row) if c not in said and bare(x)]
    return bool(pairs) and all(c < len(above) and bare(row[c]) == bare(above[c]) for c in rest)


def _short_of_points(rows: list) -> str:
    """Where the last level-1 group states its points and every level-2 group under it states
    its own, and those add up to less: what is short, in words for the warning ('' if nothing)."""
    last = rows[-1]
    if last.level1_points is None or last.level1_points.value is None:
        return ""
    group = [i for i in rows if i.level1_raw == last.level1_raw and i.level1_points is not None]
    seen = {}
    for i in group:
        if i.level2_points is None or i.level2_points.value is None:
            return ""
        seen[i.level2_raw] = i.level2_points.value
    under = sum(seen.values())
    if under >= last.level1_points.value:
        return ""
    return f"一级指标“{last.level1 or last.level1_raw}”写明{last.level1_points.raw}分，表中其下各二级指标仅{under}分"


def _explanation_row(row: list[str], cols: _Cols) -> str | None:
    """The text of a row holding only an explanation line in the name column (说明：…): None else."""
    texts = [c for c, x in enumerate(row) if bare(x)]
    c3 = cols.level3
    return normalize_ws(row[c3]) if texts == [c3] and explanation_line(row[c3]) else None


def _line_in_group(t: Table, r: int, cols: _Cols) -> str | None:
    """The text of row r where it is one line inside a level group: every level cell of the row the
    cell of the row above, merged down over both, and one cell spanning the name column to the
    table's last field, holding words. A row closing the table (偏差原因说明：…, 备注) spans the
    level columns too, or starts a group of its own. None else."""
    levels = [c for c in (cols.level1, cols.level2) if c is not None]
    fields = [c for c in vars(cols).values() if c is not None]
    if not levels or cols.level3 is None or r < 1:
        return None
    if any((up := t.cell_at(r - 1, c)) is None or up is not t.cell_at(r, c) for c in levels):
        return None
    cell = t.cell_at(r, cols.level3)
    if cell is None or cell.col != cols.level3 or cell.col + cell.colspan <= max(fields) or \
            any(t.cell_at(r, c) is not cell for c in fields if c > cols.level3):
        return None
    text = normalize_ws(cell.text)
    name = text[m.end():].strip() if (m := NUMBERED.match(text)) else text
    if canonical_level2(name)[0] is not None:
        # a band row naming a level 2 beside the merged level-1 cell (1135): a section row for the
        # rows below it (_subheading_levels), no line of the indicator above
        return None
    return text if text and not parse(text).numeric else None


def _head_level2(header: list[str], cols: _Cols) -> str | None:
    """The level-2 name written as the name column's head, no level column beside it (数量指标 | 年度指标值 |
    实际完成值, 1137: indicator_header._indicator_cols reads the column as the names): the rows' level 2."""
    if cols.level1 is not None or cols.level2 is not None or cols.level3 is None or cols.level3 >= len(header) or \
            "level3" in _indicator_fields(header):
        return None
    text = bare(header[cols.level3])
    return text if canonical_level2(text)[0] is not None else None


def _is_header_continuation(row: list[str]) -> bool:
    """The second line of a two-line header: only parenthesised notes like （20分*执行率）."""
    texts = [normalize_ws(x) for x in row if normalize_ws(x)]
    return bool(texts) and all(t[:1] in "（(" for t in texts)


def _last_content(doc: Document, t: Table) -> bool:
    """Nothing but template residue follows the table ("……", or a lone level name: an empty row
    that a spreadsheet reader gives as a paragraph), or the first cells of one more row cut off
    mid-row (工程竣工验收合格率 | 1 as the passage's last line; 绩 效 指 标 | 效益, the rows' heading and a
    level): the document ends in it."""
    def residue(text: str) -> bool:
        b = bare(text)
        return bool(PLACEHOLDER.match(b)) or canonical_level1(b) is not None or canonical_level2(b)[0] is not None

    rest = [b for b in doc.blocks[t.loc.block + 1:] if not (isinstance(b, Paragraph) and residue(b.text))]
    if not rest:
        return True
    if len(rest) != 1 or not isinstance(rest[0], Paragraph):
        return False
    from .cell_joins import ROWS_HEADING
    cells = rest[0].text.split("|")
    # one more row cut off: a name and a figure, or a level cell and what follows it (成本指标 | 指标1:), or
    # the rows' heading cell written again and a level (032's last line 绩 效 指 标 | 效益: the next block's
    # first cells, its merged heading written on its first line as on the header's)
    return "|" in rest[0].text and \
        (columns.indicator_like(cells) or residue(cells[0]) and not PLACEHOLDER.match(bare(cells[0])) or
         len(cells) >= 2 and bool(ROWS_HEADING.fullmatch(bare(cells[0]))) and bool(bare(cells[1])) and
         residue(cells[1]) and not PLACEHOLDER.match(bare(cells[1])))


def _second_actual(t: Table, h: int, r: int, cols: _Cols, taken: set) -> tuple[int, str, str] | None:
    """(column, its label, the actual's label) of the one other column under the heading of the actual
    (实际完成值 over 单位自评 | 财政核实) that no role took, where neither names a part of the year (一季度 …
    全年: actual_period's) nor is another use of the heading's columns (taken: 完成率, 定性 twins)."""
    if cols.actual is None or r - h < 2:
        return None
    stacks = _header_stacks(t, t.grid(fill=True), h, r)
    mapped = {c for c in vars(cols).values() if c is not None} | taken
    own = stacks[cols.actual] if cols.actual < len(stacks) else []
    def dated(label: str) -> bool:   # a period or a year heads it: the year's parts, or years compared
        return bool(period(label) or part_of_year(label) or header_year(label))

    if len(own) < 2 or header_field(own[-1], set()) != "actual" or dated(own[0]):
        return None
    others = [c for c, stack in enumerate(stacks) if c not in mapped and len(stack) >= 2 and stack[-1] == own[-1]]
    if len(others) != 1 or dated(stacks[others[0]][0]):
        return None
    return others[0], header_words(stacks[others[0]][0]), header_words(own[0])


def _item_points(doc: Document, t: Table, above: list[list[str]]) -> Figure | None:
    """The points each indicator is worth where the lines between the previous table and this one, or
    the table's rows above its header, say it once (每项6分), as a Figure at the words that say it."""
    for row in reversed(above):
        for cell in row:
            if m := ITEM_POINTS.search(normalize_ws(cell).replace(" ", "")):
                return Figure(replace(parse(m.group("points")), raw=m.group()), t.loc)
    for b in reversed(doc.blocks[:t.loc.block]):
        if isinstance(b, Table):
            break
        if isinstance(b, Paragraph) and (m := ITEM_POINTS.search(normalize_ws(b.text).replace(" ", ""))):
            return Figure(replace(parse(m.group("points")), raw=m.group()), b.loc)
    return None




def _short_lines_before(doc: Document, t: Table, most: int = 2) -> list[Paragraph]:
    """The short lines with no colon right before a table (nearest last, at most `most`): a card's
    titles where a sheet wrote them as lines of their own."""
    out: list[Paragraph] = []
    for b in reversed(doc.blocks[:t.loc.block]):
        if not isinstance(b, Paragraph) or len(out) == most or re.search(r"[：:]", b.text) \
                or not 0 < len(b.text.strip()) <= TITLE_MAX:
            break
        out.insert(0, b)
    return out


def transposed_fund(t: Table) -> Table | None:
    """A fund block with its figures down the first column (项目资金（万元） | 年度资金总额 | 其中：
    本级财政资金 … over rows 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, one source per
    column) as a view with rows and columns swapped, or None. Evidence from the cells: the first
    column reads as a fund header by the fund header's grammar while no row does, and the first row
    names the money (a fund label over the sources' total and its parts), no figure in it."""
    if t.n_rows < 3 or t.n_cols < 2:
        return None
    grid = t.grid(fill=True)
    if any(len(_fund_fields(row)) >= 2 or len(_indicator_fields(row)) >= 2 for row in grid):
        return None
    first = [row[0] for row in grid]
    if len(_fund_cols(first)) < 3:
        return None
    top = [header_words(x) for x in grid[0]]
    if not FUND_LABEL.search(top[0]) or any(columns.kind(x) in FIGURE_KINDS for x in grid[0]) or \
            not any(MONEY_TOTAL.search(w) or FUND_SOURCE.search(w) for w in top[1:] if w):
        return None
    cells = [replace(c, row=c.col, col=c.row, rowspan=c.colspan, colspan=c.rowspan) for c in t.cells]
    return replace(t, n_rows=t.n_cols, n_cols=t.n_rows, cells=cells)


def _row_cells(t: Table, r: int) -> list[int]:
    """The columns where the cells crossing row r start (a cell merged down from above counts)."""
    return sorted({cell.col for c in range(t.n_cols) if (cell := t.cell_at(r, c)) is not None})


def header_below(t: Table) -> tuple[Table, dict[int, int]] | None:
    """A table whose column labels sit UNDER its rows (a template filled from the top down: the
    indicator rows, then 一级指标 | 二级指标 | 三级指标 | 年度指标值 …, then 总分), as a view with that
    header row moved over the rows it labels, and the view's rows that moved -> the table's. A
    header is the stack of cells above a column; where none is (no row above reads as an indicator
    header) and a header-shaped row sits directly under a block of indicator rows crossed by the
    same cells as it (the same columns), it is that block's header. A 总分 row is no header, and a
    header repeated under an ordinary table has its first one above. Each cell keeps its location."""
    grid = t.grid()
    # the first row that reads as an indicator header (a fund block's 分值 / 得分 heads above it are none:
    # a converted file may join the head and fund table to the indicator table)
    h = next((r for r in range(t.n_rows) if len(_indicator_fields(grid[r])) >= 2 and
              not _is_label_value_fund(grid[r]) and _indicator_cols(grid[r]) is not None), None)
    if h is None or h < 2:
        return None
    head = _row_cells(t, h)
    if any(cell.rowspan != 1 for c in head if (cell := t.cell_at(h, c)) is not None):
        return None
    s = h
    while s > 0 and _row_cells(t, s - 1) == head and _first_text(grid[s - 1]) and \
            len(_fund_fields(grid[s - 1])) < 2 and not _is_label_value_fund(grid[s - 1]):
        s -= 1
    # the rows over it are indicators (not money), and none are under it but totals: a header
    # over rows of its own is the table's header, whatever stands above it
    if sum(columns.indicator_like(grid[r]) and not _fund_like(grid[r], True) for r in range(s, h)) < 2 or \
            any(columns.indicator_like(grid[r]) and not summary_label(_first_text(grid[r]))
                for r in range(h + 1, t.n_rows)) or any(c.row < s < c.row + c.rowspan for c in t.cells):
        return None
    moved = {s: h, **{r + 1: r for r in range(s, h)}}
    back = {v: k for k, v in moved.items()}
    cells = [replace(c, row=back.get(c.row, c.row)) for c in t.cells]
    return replace(t, cells=cells), moved


def _read_moved(reader: "_Reader", recs: DocRecords, t: Table, view: Table, moved: dict[int, int]) -> None:
    """Reads a view of t whose rows moved (header_below, record_cells.record_view): every row named
    while reading, and every record's row, is the table's row it came from."""
    reader.view_rows = (t.index, moved)
    before = len(recs.indicators)
    try:
        reader.read(view)
    finally:
        reader.view_rows = None
    for i in recs.indicators[before:]:
        # a record's row is the view's (_indicator_row): the table's row it moved from
        if i.loc is not None and i.loc.table == t.index and i.loc.col is None and i.loc.row in moved:
            i.loc = replace(i.loc, row=moved[i.loc.row])


def _figures_in_names(rows: list[list[str]], name: int | None) -> bool:
    """The column the cells chose for the name holds figures in as many of the table's rows as names, or
    more (≥3000人次 and 3150人次 under each name: a label column nesting a name's target and result under
    it, 1194.pdf's compact pivot): no name column, whatever the rows with a name in it fit; its figures
    beside the names (the sums every row carries) would be read as results."""
    if name is None:
        return False
    kinds = [columns.kind(x[name]) for x in rows if name < len(x) and bare(x[name])]
    figures = sum(k in FIGURE_KINDS for k in kinds)
    return figures > 0 and figures >= len(kinds) - figures


def read_tables(doc: Document, recs: DocRecords) -> None:
    reader = _Reader(doc, recs)
    levels = None   # the levels a card heading names, for the cards under it (_card_levels)
    prior = None    # the paragraph right before the table, where one is
    # a document whose indicator header is written right to left writes every table so (its 项目名称
    # after the name too): all its tables are read mirrored
    backwards = any(mirrored(t) for t in doc.tables())
    # a table transposed in bands, each band's level 1 a cell merged down it (level_column_band), reads as one
    # whose labels are its first column
    blocks = [(level_column_band(b) or b) if isinstance(b, Table) else b for b in doc.blocks]
    for t in [p for b in blocks for p in (turned_band(b) if isinstance(b, Table) else None) or [b]]:
        if not isinstance(t, Table):
            levels = _card_levels(getattr(t, "text", ""), t.loc)   # a line between cards: theirs, or the group's end
            prior = t if isinstance(t, Paragraph) else None
            continue
        heading, prior = prior, None
        t = split_columns(t) or t
        if (noted := notation_columns(t)) is not None:   # one column's head a notation of several fields
            t, said = noted
            recs.warnings.append(f"{t.loc.describe()}：{said}")
        if recs.ocr and (across := cells_run_across(t)) is not None:
            # cells run together over several header columns (a scan's faint inner borders): cut by
            # the level and figure grammars, said; only where OCR drew the cells: a file's own merged
            # cell (自评总分 97.6 over 分值 | 得分) is one value, never 9 | 7.6
            t, n = across
            recs.warnings.append(f"{t.loc.describe()}：{n}个单元格跨越表头多栏（疑为扫描件内框线过浅、"
                                 f"识别时相邻单元格连成一格），已按指标层级与数值的写法拆分到各栏读取，请核对原件")
        if (coded := coded_view(t) or english_view(t)) is not None:   # a header of codes: its columns' roles read
            t, said = coded      # from their cells, else from the template's English names (vocab.ENGLISH_HEADS)
            recs.warnings.append(f"{t.loc.describe()}：{said}")
        if (spread := record_view(t)) is not None:
            _read_moved(reader, recs, t, *spread)
            continue
        if (tiled := record_grid(t)) is not None and (spread := record_view(tiled[0])) is not None:
            # records tiled across rows: each its own row, then spread as a column of records
            view, moved = spread
            rows = {v: tiled[1].get(moved.get(v, v), moved.get(v, v)) for v in range(view.n_rows)}
            recs.warnings.append(f"{t.loc.describe()}：指标逐格写在单元格中（每格一条指标，以“标签：值”分行，"
                                 f"同一行内多格并排），已逐格读作指标行，共{len(records(t))}格，请核对原件")
            _read_moved(reader, recs, t, view, {v: r for v, r in rows.items() if v != r})
            continue
        if (above := names_above(t)) is not None:   # each name a row over its figures' row: joined
            view, moved, n = above
            recs.warnings.append(f"{t.loc.describe()}：本表各指标名称单独占一行（表头“三级指标”横跨各数值栏），"
                                 f"数值写在其下一行，已将名称行与其下数值行合并读取，共{n}个指标")
            _read_moved(reader, recs, t, view, moved)
            continue
        if (nested := indented_levels(t)) is not None:   # a label column nesting by indent: its levels as columns
            view, moved, said = nested
            recs.warnings.append(f"{t.loc.describe()}：{said}")
            _read_moved(reader, recs, t, view, moved)
            continue
        if backwards:     # rows as they read: the cells keep their places in the document
            t = replace(t, cells=[replace(c, col=t.n_cols - c.col - c.colspan) for c in t.cells])
        if (headed := card_heading(t)) is not None:
            heading, t = headed
            levels = _card_levels(heading.text, heading.loc)
        view = stacked_cards(t)
        if view is not None:
            recs.warnings.append(f"{t.loc.describe()}：本表为“标签｜值”卡片逐张相连（标签周而复始），"
                                 f"已按标签作表头、每张卡片一行读取，共{view.n_rows - 1}张")
        elif (view := tiled_cards(t, carried_level_path(doc.blocks[:t.loc.block], _short_lines_before(doc, t)))) is not None:
            recs.warnings.append(f"{t.loc.describe()}：本表为“标签｜值”卡片并排成行，已按标签作表头、"
                                 f"每张卡片一行读取（自左至右、自上而下），共{view.n_rows - 1}张")
        view = view or transposed(t)
        if view is not None and levels:
            view = _with_levels(view, levels)
        elif view is None:
            levels = None
            view = transposed_fund(t)
        if view is None and heading is not None and t.n_cols == 2 and summary_label(heading.text) == "total":
            reader.read(t)
            _card_totals(t, reader.current)
            continue
        if view is None and (below := header_below(t)) is not None:
            _read_moved(reader, recs, t, *below)
            continue
        if view is None:
            reader.read(t)
            continue
        reader.read(view)
        if view.n_rows == t.n_cols and view.n_cols == t.n_rows:
            # a table turned: its 总分 / 自评等级 rows under the labels are rows still, read as totals
            recs.warnings.append(f"{t.loc.describe()}：本表首列为指标表表头、每列一条指标，已转置读取")
            grid = t.grid()
            for r, row in enumerate(grid):
                if summary_label(row[0]) is not None:
                    reader.totals(t, grid, r, 0, None)
        for i in recs.indicators:
            # a row of the view is a column of the document
            if i.loc is not None and i.loc.table == t.index and i.loc.col is None and i.loc.row is not None:
                i.loc = replace(i.loc, row=None, col=i.loc.row)
    levels_written_apart(doc, recs)   # before settle_parts: a 小计 row's block total checks its level's records
    reader.settle_parts()
    reader.settle_fund_words()
    for p in recs.projects:
        completion_fits(p.indicators, recs.warnings)
