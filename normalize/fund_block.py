"""The fund block of a report's tables: the 资金 rows of a performance table (planned, budgeted, spent, sources,
the 执行率 and its points), label: value rows and plan/use tables, read by the table reader (normalize.tables)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex as re

from jixiao.extract import Document, Paragraph, Table, normalize_ws
from jixiao.extract.labels import GRADE_NOUN

from . import columns
from .columns import FIGURE_KINDS, WEIGHT_IN_LABEL
from .fund_heads import joined_heads, named_unread
from .fund_grammar import (FULL_POINTS, FUND_FIELDS, FUND_LABEL, FUND_SOURCE, MONEY_FIELDS, MONEY_TOTAL, MONEY_WORD, _fund_fields,
                           _fund_points_order, fund_clauses, fund_figure, fund_word_field)
from .indicator_header import HAS_DIGIT, _indicator_fields
from .quantity import PLACEHOLDER, Quantity, STROKE_MARKS, parse, plain, split_pair
from .records import Figure, FundSource, Project
from .reporting_unit import label_role, named_value, plausible, unit_name_label
from jixiao.extract.summary_rows import GRADE_LABEL, RESULT_LABEL, SCORE_TOTAL_LABEL, _LABEL_NOTE, summary_label
from .table_cells import (MONEY_UNIT, TOTAL_HEAD, _deducted, _first_text, _fund_header, _label_value,
                          _label_value_pairs, _names_the_project_or_unit, _rated, _unit_stated_above)
from .vocab import DEPT_NAME_LABELS, GRADE, bare, canonical_grade, header_words, name_label, ticked_choice

_HAN = re.compile(r"\p{Han}")   # a label among a source row's cells: compiled once, asked per cell


# 部门整体 tables break the total down twice: by source and by kind of spending; 基本支出 breaks down
# again into 人员经费 + 公用经费.
# the figures a fund block states: its money fields and the execution rate
FUND_FIGURES = (*MONEY_FIELDS, "exec_rate_stated")
SPENDING_KIND = re.compile(r"^(?:其中[:：]?)?(?:基本支出|项目支出)$")

# A fund row labelled as a part of the total: 其中, then the source (其中：中央财政衔接推进乡村振兴补助资金).
PART_HEAD = re.compile(r"^其中")
BASIC_PART = re.compile(r"^(?:其中[:：]?)?(?:人员经费|公用经费)$")

GROUP_LABEL = re.compile(r"^按.{1,6}分$|性质$|来源$")

# Labels of the money planned and the money used, each followed by its amount (资金情况 | 年度金额:208万元 |
# 资金使用情况 | 合计:109.8万元).
FUND_PLAN = re.compile(r"^(?:项目)?资金(?:到位|安排|下达)?情况$")

FUND_USE = re.compile(r"^(?:项目)?资金(?:使用|支出|执行)情况$")

# The title of a form whose subject is the unit itself (部门（单位）整体支出绩效自评表): there the
# unit's name is the name of what is evaluated, as a project's name is on a project form.
WHOLE_UNIT_TITLE = re.compile(r"整体(?:支出)?绩效")

# A money figure opening on a zero before a digit (032.00; 0.5 and 0 stand), and the two halves of a figure
# that a rule cut after a thousands separator (1, | 032.00).
ZERO_LED_MONEY = re.compile(r"^0\d")
GROUP_HEAD = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*,$")
GROUP_TAIL = re.compile(r"^\d{3}(?:,\d{3})*(?:\.\d+)?$")
# A scan's money figure with a colon for its decimal point (1,500:00: a speck beside the point, anti-copy
# paper's dots, read with it as a colon); money is no ratio and no clock
COLON_POINT = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)[:：](\d{2})$")
# A rate written without its percent sign, and an unlabelled cell right of it holding digits and the sign
# (98.2 | 9%: a rule of a second print cut 98.29% in two).
RATE_HEAD = re.compile(r"^\d{1,3}\.\d*$")
RATE_TAIL = re.compile(r"^\d{1,2}%$")


def _ratio_rate(q: Quantity, executed: Figure | None, budget: Figure | None) -> Quantity:
    """A rate written as a ratio (0.958 for 95.8%, 1 for 100%) read as a percentage, where the
    amounts beside it say so, or, without amounts, where it has decimals and is at most 1.5."""
    if not q.numeric or q.raw.strip().endswith(("%", "％")) or not Decimal(0) < q.value <= Decimal("1.5"):
        return q
    if executed is not None and budget is not None and executed.value is not None and budget.value:
        actual = executed.value / budget.value * 100
        if abs(actual - q.value * 100) >= abs(actual - q.value):
            return q      # the amounts agree with it as a percentage (0.96% of the budget spent)
    elif "." not in q.raw:
        return q          # a bare 1 with no amounts to tell 1% from 100%
    return q.as_percent_of_ratio(f"执行率按比值读取：{q.raw} = {q.value * 100:g}%")


def percent_rate(rate: Figure | None, executed: Figure | None, budget: Figure | None,
                 warnings: list[str]) -> Figure | None:
    """A stated rate as a percentage where it was written as a ratio (_ratio_rate), said in `warnings`; the
    rate as it was otherwise. The one reading of a ratio rate for a fund table's and a fund sentence's."""
    if rate is None or (q := _ratio_rate(rate.q, executed, budget)) is rate.q:
        return rate
    warnings.append(f"{rate.loc.describe()}：{q.note}")
    return Figure(q, rate.loc)


def _fund_shift(row: list[str], cols: dict[str, int], weight_in_percent: bool = False,
                lost_points: bool = False) -> int | None:
    """How far a fund row's figures sit from their header: 0, or -1 / +1 where a text copy lost
    a merged label cell (Anhui 部门整体: the header row lacks the label column; Sichuan 2023: the
    data rows lack the rowspan 预算执行情况 cell). Chosen by what each cell must hold: money
    without a %, a rate, a weight and a score. Among the alignments nothing contradicts, the one
    with the most evidence wins (a % under 执行率, money under each money column, no figure left
    under no field); 0 on a tie. None when no alignment fits (the row is not read).
    `weight_in_percent`: the weight's header says 权重, so its figure may be a share of a 100-point
    total written with % (10%: 10 points, as the indicator rows' 权重 10%). So may a 分值's where the
    same alignment sets a % under 执行率 too (96.50% | 10% | 9.65): the rate is in its own column,
    so the weight's % is no rate moved over, but the form's points written as a share of 100.
    `lost_points`: a points figure above 100 is no evidence either way, not a contradiction (a scan's
    分值 / 得分 whose decimal point OCR lost, 9.87 read 987: the row is the fund line all the same)."""
    def percent_at(name: str, s: int) -> bool:
        k = cols[name] + s if name in cols else -1
        return 0 <= k < len(row) and (q := parse(bare(row[k]))).numeric and q.unit == "%"

    def evidence(s: int) -> int | None:
        money, score = False, 0
        weight_percent = weight_in_percent or percent_at("exec_rate_stated", s)
        for name, c in cols.items():
            k = c + s
            text = bare(row[k]) if 0 <= k < len(row) else ""
            if not text or PLACEHOLDER.match(text):
                continue
            q = parse(text)
            if not q.numeric:
                if not HAS_DIGIT.search(text) and (FUND_SOURCE.search(text) or FUND_LABEL.search(text)):
                    return None    # a row label where a figure belongs: the row is shifted
                continue           # a note in the cell (见附表, 296.8万元(含结转)): no evidence either way
            if name in MONEY_FIELDS:
                if q.unit == "%":
                    return None
                money = True
                score += 1
            elif name in ("fund_weight", "fund_score", "fund_deduction"):
                if q.unit == "%" and not (name == "fund_weight" and weight_percent):
                    return None
                if q.value > FULL_POINTS:
                    if lost_points:
                        continue
                    return None
                # a zero fits under any figure's column (其他资金 | 0 | 0 | 0 shifted onto its 行次 3 puts
                # a money zero under 分值): no evidence for the alignment
                score += q.value != 0
            elif name == "exec_rate_stated" and q.unit == "%":
                score += 1
        if not money:
            return None
        taken = {c + s for c in cols.values()}
        stray = sum(1 for k, x in enumerate(row) if k not in taken and parse(bare(x)).numeric)
        return score - stray
    shifts = [0, 1, -1]
    if row and parse(bare(row[0])).numeric:
        # No label at all, a figure first: the copy lost every merged cell before the figures
        # (深圳 债券资金: 当年绩效指标 | 债券资金管理指标 | 总体支出进度 over | 1,437 | 1,437 …).
        shifts += list(range(-2, -min(cols.values()) - 1, -1))
    scored = [(e, s) for s in shifts if (e := evidence(s)) is not None]
    return max(scored, key=lambda es: es[0])[1] if scored else None


def _money_run(grid, r: int, cols: dict[str, int], weight_in_percent: bool, money_unit: str) -> list:
    """The fund block's rows from r on that hold money under its columns, each (row, shift, the
    money figures by field), up to the first that does not."""
    run = []
    for k in range(r, len(grid)):
        shift = _fund_shift(grid[k], cols, weight_in_percent)
        if shift is None:
            break
        money = {name: fund_figure(name, grid[k][c + shift], money_unit) for name, c in cols.items()
                 if name in MONEY_FIELDS and 0 <= c + shift < len(grid[k])}
        money = {name: q for name, q in money.items() if q.numeric}
        if not money:
            break
        run.append((k, shift, money))
    return run


def _scored_row(grid, r: int, cols: dict[str, int], weight_in_percent: bool, money_unit: str) -> tuple[int, int] | None:
    """The one row of a fund block the form scores, where that is not its first (a social-insurance
    fund: 基金收入 / 基金支出 / 本年收支结余 / 年末滚存结余, only 基金支出 carrying 分值 | 得分): (that
    row, the row after the block). Only where the first row carries no points, exactly one row of
    the block does and names itself (a label left of the figures), the first is no total by its
    label, and the rows below it do not add up to it in any money column (income, spending and
    balances are no budget with its parts, as 年度资金总额 over 其中：财政拨款 | 其他资金 is). Else
    None: the first row is the fund, as before."""
    points = [name for name in ("fund_weight", "fund_score") if name in cols]
    run = _money_run(grid, r, cols, weight_in_percent, money_unit)
    if not points or len(run) < 2 or TOTAL_HEAD.search(_LABEL_NOTE.sub("", _first_text(grid[r]))):
        return None

    def scored(k: int, shift: int) -> bool:
        return any(0 <= cols[name] + shift < len(grid[k]) and
                   fund_figure(name, grid[k][cols[name] + shift], money_unit).numeric for name in points)

    def labelled(k: int, shift: int) -> bool:
        return any(re.search(r"\p{Han}", bare(x)) for x in grid[k][:min(cols.values()) + shift])

    hits = [(k, shift) for k, shift, _ in run if scored(k, shift)]
    if len(hits) != 1 or hits[0][0] == run[0][0] or not labelled(*hits[0]):
        return None     # an unlabelled row with points, not the sum of the rows above, is no line of its own
    first = run[0][2]
    if any(_sums_to(q, [m.get(name) for _, _, m in run[1:]]) for name, q in first.items()):
        return None
    return hits[0][0], run[-1][0] + 1


def _total_below(grid, r: int, cols: dict[str, int], weight_in_percent: bool, money_unit: str) -> int | None:
    """The row of the total of the money rows from r on, where it stands below them (中央补助资金 /
    自治区补助资金 / 市级财政资金, then 合计): by its label (the last such row of the run: a 小计 may
    sum a few of them), else by the arithmetic, a row whose every amount is the sum of the rows
    above it (two or more, each giving that amount) within the written precision. None where
    row r is itself the total (合计 first), or no row below is one."""
    if TOTAL_HEAD.search(_LABEL_NOTE.sub("", _first_text(grid[r]))):
        return None
    run = [(k, money) for k, _, money in _money_run(grid, r, cols, weight_in_percent, money_unit)]
    labelled = [k for k, _ in run[1:] if TOTAL_HEAD.search(_LABEL_NOTE.sub("", _first_text(grid[k])))]
    if labelled:
        return labelled[-1]
    for i in range(2, len(run)):
        k, total = run[i]
        above = [m for _, m in run[:i]]
        if all(_sums_to(q, [m.get(name) for m in above]) for name, q in total.items()):
            return k
    return None


def _sums_to(total: Quantity, parts: list[Quantity | None]) -> bool:
    """The parts add up to the total, a nonzero amount: exactly, or within the total's own
    rounding where it is written to fewer places than a part (22000 over 12000.00 + …)."""
    if any(q is None for q in parts) or not total.value:
        return False
    slack = total.tolerance if (total.places or 0) < max(q.places or 0 for q in parts) else 0
    return abs(sum((q.value for q in parts), Decimal(0)) - total.value) <= slack


def _unnamed_start(p: Project, closed: list[Project]) -> bool:
    """A project read so far as scored indicators alone: no name, no money, no stated total, its
    evaluation not closed by a 总分 row (its head may follow: the indicators first, the head below).
    Indicators with no points are no evaluation's (a report's 上年 / 本年 comparison table before its
    form, 380): the form's own table restates them."""
    return not any(q is p for q in closed) and p.total_score_stated is None and \
        all(f is None for f in (p.budget_initial, p.budget_full_year, p.executed)) and \
        any(i.weight is not None or i.score is not None for i in p.indicators)


def _fund_item_label(label: str) -> bool:
    """A label that is wholly a fund word for money or the rate (年初预算数, 全年执行数, 执行率): the
    row holds that item, its figures to the right (a fund table with its labels down the left)."""
    return any(bare(label) in words for name, words in FUND_FIELDS if name in FUND_FIGURES)


def _column_head(grid, r: int, c: int) -> str:
    """The nearest cell above row r in column c that holds words, not a figure: the column's head."""
    for k in range(r - 1, -1, -1):
        x = grid[k][c] if c < len(grid[k]) else ""
        if bare(x) and columns.kind(x) not in FIGURE_KINDS:
            return x
    return ""


def _whole_unit_form(doc: Document, t: Table, grid, r: int) -> bool:
    """The table (its rows above r) or the paragraphs before it title a 部门整体 form."""
    above = [x for row in grid[:r] for x in row] + \
        [b.text for b in doc.blocks[:t.loc.block] if isinstance(b, Paragraph)]
    return any(WHOLE_UNIT_TITLE.search(bare(x)) for x in above if x)


def _adds_up(parts: list[FundSource], whole: dict[str, Figure | None]) -> tuple[int, int]:
    """How many money columns the parts add up to the whole in (a whole of 0 not counted), and in how
    many they do not: a column counts only where the whole and every part hold a figure; exact where
    the whole is written to as many places as its parts, else within its own rounding."""
    held = failed = 0
    for name in MONEY_FIELDS:
        w = whole.get(name)
        figs = [s.figures.get(name) for s in parts]
        if w is None or w.value is None or any(f is None or f.value is None for f in figs):
            continue
        slack = w.q.tolerance if (w.q.places or 0) < min((f.q.places or 0) for f in figs) else Decimal(0)
        if abs(sum((f.value for f in figs), Decimal(0)) - w.value) > slack:
            failed += 1
        elif w.value:
            held += 1      # nothing adds up to nothing under any reading: no evidence
    return held, failed


def nest_breakdowns(p: Project, sources: list[FundSource]) -> tuple[FundSource, str] | None:
    """Source lines under the total may nest: 其中：当年财政拨款 (the total again), then 中央 / 省级 / 县级
    (its parts, indented in the document, the indent lost in extraction), then 上年结转资金. Where the
    lines read as siblings add up to the total in no money column, every run of two or more lines right
    under a line that adds up to it (nonzero) in some money column is tried; a run is that line's breakdown
    (its group is that line's label) where the arithmetic settles it: the run adds up to the line in every
    column it can be checked in, or the lines left as siblings add up to the total in every column they can
    be checked in and in one at least (a run failing its line with siblings that check nothing is evidence
    from one side only). Exactly one line so settled is nested; otherwise (none, or several) the lines stay
    siblings as read (so JX204 still holds them to the total) and the returned (line, message) says the
    nesting could not be settled."""
    top = [s for s in sources if not s.group and not s.whole_row]
    total = {name: getattr(p, name) for name in MONEY_FIELDS}
    # a line counted twice (with its parts) fails in every column: siblings adding up in one rule nesting out
    if len(top) < 3 or (flat := _adds_up(top, total))[0] or not flat[1]:
        return None
    partial: list[tuple[FundSource, list[FundSource], tuple[int, int]]] = []
    settled: list[tuple[FundSource, list[FundSource]]] = []
    for i, head in enumerate(top):
        for j in range(i + 3, len(top) + 1):
            run = top[i + 1:j]
            # one line with money and lines of 0 make no breakdown: that line merely equals the one above
            if sum(any(s.figures.get(name) and s.figures[name].value for name in MONEY_FIELDS) for s in run) < 2 or \
                    not (inner := _adds_up(run, head.figures))[0]:
                continue
            outer = _adds_up(top[:i + 1] + top[j:], total)
            # the line's run is the shortest that adds up to it in some column (a 0.00 line after it stays
            # out); a longer one only takes in lines that reading left out
            if not inner[1] or outer[0] and not outer[1]:
                settled.append((head, run))
            else:
                partial.append((head, run, outer))
            break
    if len(settled) == 1:
        head, run = settled[0]
        for s in run:
            s.group = head.label.removeprefix("其中").lstrip(":：")
        return None
    if settled:
        return settled[0][0], (f"资金来源有{len(settled)}种分项层级的读法各自相符（"
                               f"{'；'.join(f'“{h.label}”下的{len(r)}行' for h, r in settled)}）：无法确定分项层级，"
                               f"按同级各行核对资金来源")
    if partial:
        head, run, outer = partial[0]
        siblings = "同级各行之和也不等于总额" if outer[1] else "同级各行之和无从与总额核对"
        return head, (f"资金来源“{head.label}”下的{len(run)}行（{'、'.join(s.label for s in run)}）在部分金额列"
                      f"之和等于该行，但各列不全相符，{siblings}：无法确定分项层级，按同级各行核对资金来源")
    return None


class FundBlock:
    """Reads fund rows and label: value rows into the current project; uses the reader's doc, recs, current, used,
    fund_seen, fund_cells, closed, vertical_fund_row, ProjectGroups, UnreadRows, TotalsAndLists and IndicatorRow (_repaired)."""

    def sources_as_columns(self, t: Table, grid, r: int) -> int:
        """A fund block with the sources as columns: the total's column holds the project's figures,
        each source's column its part. Under the header either one row (申报 forms: 项目资金（万元） |
        资金总额 | 其中：财政拨款 | 其他资金 over a 金额 row: the year's budget), or rows each labelled by
        the fund field it gives (转移支付 forms: 资金投入情况（万元） | | 中央 | 省级 | 县级 | 合计 | 执行率,
        then 全年预算数 | … and 全年执行数 | …); a column headed by a field of its own (执行率) gives that
        field where a row fills it. The rows read, or 0 when the rows are not such a block."""
        row = grid[r]
        if r + 1 >= len(grid) or self.fund_seen:
            return 0
        words = [header_words(x) for x in row]
        money = MONEY_UNIT.search(normalize_ws(row[0])) if row else None
        total = [c for c, w in enumerate(words) if c > 0 and MONEY_TOTAL.search(w)]
        sources = [c for c, w in enumerate(words) if c > 0 and c not in total and w and FUND_SOURCE.search(w)]
        named = {c: f for c, w in enumerate(words) if c > 0 and c not in total and c not in sources and w
                 and (f := fund_word_field(w)) is not None and f not in MONEY_FIELDS}
        if not money or not FUND_LABEL.search(words[0]) or len(total) != 1 or not sources or \
                len(total) + len(sources) + len(named) != sum(1 for w in words[1:] if w):
            return 0
        first = min(total + sources)
        read: list[tuple[int, str, dict]] = []   # (row, field, {column: figure})
        for k in range(r + 1, len(grid)):
            below = grid[k]
            labels = [normalize_ws(x) for x in below[:first] if normalize_ws(x)]
            field = fund_word_field(header_words(labels[-1])) if labels else None
            if not below or any(HAS_DIGIT.search(x) for x in labels) or read and field is None or \
                    field is not None and (field in {f for _, f, _ in read} or
                                           field not in FUND_FIGURES):
                break
            field = field or "budget_full_year"   # 金额: the one row of a 申报 form is the year's budget
            figure = {c: fund_figure(field, below[c], money.group(1)) for c in total + sources if c < len(below)}
            if not figure.get(total[0]) or not figure[total[0]].numeric or \
                    any(not q.numeric and q.op != "empty" for q in figure.values()):
                break
            figure.update({c: q for c, f in named.items() if c < len(below)
                           and (q := fund_figure(f, below[c], money.group(1))).numeric})
            read.append((k, field, figure))
            if not labels or fund_word_field(header_words(labels[-1])) is None:
                break   # an unlabelled 金额 row stands alone
        p = self.project(self._loc(t, r), t.index) if read else None
        if p is None or any(getattr(p, f) is not None for _, f, _ in read):
            return 0
        self.fund_seen = True
        p.money_unit = money.group(1)
        parts = {c: {} for c in sources}
        for k, field, figure in read:
            setattr(p, field, Figure(figure[total[0]], self._loc(t, k, total[0])))
            for c in sources:
                if c in figure and figure[c].numeric:
                    parts[c][field] = Figure(figure[c], self._loc(t, k, c))
            for c, f in named.items():
                if c in figure and getattr(p, f) is None:
                    setattr(p, f, Figure(figure[c], self._loc(t, k, c)))
        p.exec_rate_stated = self.ratio_rate(p.exec_rate_stated, p.executed, p.budget_full_year or p.budget_initial)
        for c in sources:
            if parts[c]:
                p.fund_sources.append(FundSource(label=row[c], loc=self._loc(t, read[0][0], c), figures=parts[c]))
        return 1 + len(read)

    def label_row(self, t: Table, grid, r: int) -> bool:
        row = grid[r]
        done = self.plan_and_use(t, grid, r) or self.fund_sentence(t, grid, r)
        # a row of heads naming the project and its units over ONE row of their values (a database's table
        # exported: 项目编号 | 项目名称 | 主管部门 … over 4604… | 2023年… | …局): each head's value stands under it
        over = r + 1 < len(grid) and sum(map(_names_the_project_or_unit, row)) >= 2 and \
            not any(HAS_DIGIT.search(x) for x in row) and (r + 2 >= len(grid) or not any(x.strip() for x in grid[r + 2]))
        for c in range(len(row)):
            label, value, vc = _label_value(row, c)
            vr = r
            if over and label and c < len(grid[r + 1]) and grid[r + 1][c].strip():
                value, vc, vr = grid[r + 1][c].strip(), c, r + 1
            if not label:
                continue
            if name_label(label) and value:
                # the name of the project whose money was read before it and nothing else yet (a fund
                # table in the prose, the indicator table with its 项目名称 row as the 附件), or whose
                # indicators were, with no name, no money and no 总分 yet: the indicators first, the head
                # and fund block below them (686); a project's evaluation closed by its total is whole
                cur = self.current
                p = cur if cur is not None and not cur.name and (not cur.indicators or _unnamed_start(cur, self.closed)) \
                    else self.new_project(self._loc(t, vr, vc), t.index)
                p.name = value
                done = True
            elif label in DEPT_NAME_LABELS and value or \
                    unit_name_label(label) and not label_role(label) and value and _whole_unit_form(self.doc, t, grid, r) or \
                    label == "单位" and plausible(value) and _whole_unit_form(self.doc, t, grid, r):
                # 部门整体 tables name the department where project tables name the project; a bare 单位
                # (a measure's unit elsewhere) only with a unit's name by its shape (…局, …中心).
                p = self.project(self._loc(t, r, vc), t.index)
                p.name = p.name or value
                p.unit = p.unit or value
                done = True
            elif (role := label_role(label)) and value:
                # the department in charge and the implementing unit, each the first its project's rows name
                p = self.project(self._loc(t, vr, vc), t.index)
                if "/" in label:   # 实施单位/项目负责人 | 某中心/杨某
                    value = re.split(r"[/／]", value, 1)[0]
                if getattr(p, role) is None and (v := named_value(value)):
                    setattr(p, role, v)
                    setattr(p, role + "_loc", self._loc(t, vr, vc))
                done = True
            elif label in ("预算单位", "单位名称") and value:
                p = self.project(self._loc(t, r, vc), t.index)
                p.unit = p.unit or value
                done = True
            elif SCORE_TOTAL_LABEL.match(_LABEL_NOTE.sub("", bare(label))) or \
                    summary_label(label) == "total" and self.summary_continues(t, grid, r):
                self.totals(t, grid, r, c, None)
                done = True
            elif RESULT_LABEL.match(label) and parse(value).numeric and parse(value).unit in ("分", ""):
                # 绩效评价结果 | 29分: the evaluation's result as points is the stated total
                self.totals(t, grid, r, c, None)
                done = True
            elif _fund_item_label(label) and value or self._vertical_fund_item(row, r, label, value):
                self.label_value_fund(t, grid, r)
                self.vertical_fund_row = r
                return True
            elif GRADE_LABEL.match(bare(label)) and canonical_grade(value) \
                    and GRADE.search(bare(label) + "：" + normalize_ws(ticked_choice(value) or value)):    # not a legend 优（≥90分）、良…
                p = self.project(self._loc(t, r, vc), t.index)
                # the grade as written: the word a row of boxes ticks (□优　☑良 … -> 良), else the cell
                p.grade_stated, p.grade_raw = canonical_grade(value), ticked_choice(value) or value
                p.grade_loc = self._loc(t, r, vc)
                done = True
            elif self.recs.ocr and value and re.search(GRADE_NOUN, label) and GRADE_LABEL.match(bare(label)) \
                    and not canonical_grade(value):
                # a scan's grade cell OCR garbled (920's 优 read as the note's stray 度 至 ，) is said, not lost
                self.recs.warnings.append(f"{self._loc(t, r, vc).describe()}：{bare(label)}单元格读为“{bare(value)[:20]}”，"
                                          "不是等级（优、良、中、差），可能识别有误，未读取自评等级，请核对原件")
                done = True
        return done

    def _vertical_fund_item(self, row: list[str], r: int, label: str, value: str) -> bool:
        """One fund item a row, its label then its figure (年初预算数 | 150.00, then 分值 | 10,
        得分 | 9.55): a money or rate label the fund words name; a weight or score only right
        below such a row (得分 | 95 alone may be the whole evaluation's)."""
        # a dash under another column (588: 分值 | 10 | — | — under the total and its sources, a scan's — read
        # 一 or 二) is no figure
        if sum(1 for x in row if columns.kind(x) != "empty" and bare(x) not in STROKE_MARKS) != 2 or \
                not parse(bare(value)).numeric:
            return False
        field = fund_word_field(header_words(normalize_ws(label).rstrip(":：")))
        return field is not None and (field in FUND_FIGURES or self.vertical_fund_row == r - 1)

    def summary_continues(self, t: Table, grid, r: int) -> bool:
        """A table that opens with summary rows (小计, 合计（含资金执行率） …) right after the table of
        the current project's indicators: the indicator table goes on past a page break, its
        columns merged away, and its 合计 is the project's total."""
        p = self.current
        return p is not None and p.total_score_stated is None and bool(p.indicators) \
            and p.indicators[-1].loc.table == t.index - 1 \
            and all(not (x := _first_text(grid[k])) or x.startswith("小计") or summary_label(x) for k in range(r))

    def plan_and_use(self, t: Table, grid, r: int) -> bool:
        """资金情况(万元) | 年度金额(提前下达):208万元 | 资金使用情况(万元) | 合计:109.8万元: the money
        planned and the money used, each after its label, the amount after the last colon. Read
        only where both stand in the row (资金情况 alone says too little)."""
        row = grid[r]
        found: dict[str, tuple[Quantity, int]] = {}
        for c, x in enumerate(row):
            words = header_words(x)
            name = "executed" if FUND_USE.match(words) else "budget_full_year" if FUND_PLAN.match(words) else None
            if name is None or name in found:
                continue
            k = next((k for k in range(c + 1, len(row)) if bare(row[k])), None)
            if k is None:
                continue
            money = MONEY_UNIT.search(normalize_ws(x))
            amount = re.split(r"[:：]", normalize_ws(row[k]))[-1]
            q = parse(amount, default_unit=money.group(1) if money else "万元")
            if q.numeric and q.unit == "元":
                found[name] = (q, k, c)
        if len(found) < 2:
            return False
        p = self.project(self._loc(t, r), t.index)
        for name, (q, k, _) in found.items():
            if getattr(p, name) is None:
                setattr(p, name, Figure(q, self._loc(t, r, k)))
        if not p.fund_sources:
            self.plan_and_use_sources(t, grid, r + 1, found, p)
        return True

    def plan_and_use_sources(self, t: Table, grid, r: int, found: dict, p: Project) -> None:
        """The rows under the amounts planned and used (中央财政 | 165万元 | 中央财政 | 84.5万元): each
        side (from its label's column to the next side's) holds a source's label and its amount.
        A source named on one side only has a figure for that side."""
        starts = sorted(c for _, _, c in found.values())
        while r < t.n_rows:
            row = grid[r]
            shares: dict[str, dict] = {}
            for name, (_, _, c) in found.items():
                end = next((s for s in starts if s > c), len(row))
                cells = [(k, normalize_ws(row[k])) for k in range(c, min(end, len(row))) if normalize_ws(row[k])]
                if len(cells) != 2 or not FUND_SOURCE.search(bare(cells[0][1])):
                    continue
                k, amount = cells[1]
                q = parse(amount, default_unit=p.money_unit)
                if q.numeric and q.unit == "元":
                    shares.setdefault(bare(cells[0][1]), {})[name] = Figure(q, self._loc(t, r, k))
            if not shares:
                return
            for label, figures in shares.items():
                p.fund_sources.append(FundSource(label=label, figures=figures, loc=self._loc(t, r)))
            r += 1

    # -- fund table -----------------------------------------------------------------------
    def fund(self, t: Table, grid, filled, h: int, cols: dict[str, int], header: list[str], r: int) -> int:
        self.fund_seen = True
        text = "".join(header)
        money = MONEY_UNIT.search(normalize_ws(text))
        if money is None:
            # no unit in the block's own words: one stated above it is the block's
            money = _unit_stated_above(self.doc, t, grid[:h])
        # The label cell may sit in the row above (seed 003: 项目资金（万元） is on the data row).
        p = self.fund_project(self._loc(t, h), t.index)
        read = [f for f in (p.budget_initial, p.budget_full_year, p.executed) if f is not None]
        adds = None     # a header row stacked under the block's first: the fields it adds (stacked_fund)
        if read and read[0].loc.table == t.index and (adds := self.stacked_fund(t, grid, r, cols, p)):
            pass
        elif read and read[0].loc.table == t.index:
            if p.indicators:
                # after the project's indicator rows: the next project's block (no 项目名称 row between)
                p = self.new_project(self._loc(t, h), t.index)
            else:
                # a second block of money columns under the total (部门整体: 年度主要任务 with 全年预算数 /
                # 全年执行数 per task): a breakdown, not the total; left unread
                self.recs.warnings.append(f"{self._loc(t, h).describe()}：表中第二组预算/执行数列（如年度主要任务）"
                                          "不是资金总额，未读取")
                return r
        p.money_unit = money.group(1) if money else p.money_unit
        label_weight = None
        for c, raw in enumerate(header):
            if c not in cols.values() and (m := WEIGHT_IN_LABEL.search(normalize_ws(raw))):
                label_weight = (m.group("points"), c)
        name_col = next((c for c, x in enumerate(header) if name_label(bare(x)) and c not in cols.values()), None)
        weight_in_percent = "fund_weight" in cols and cols["fund_weight"] < len(header) and \
            header_words(header[cols["fund_weight"]]).startswith(("权重", "权数"))
        end = min(t.n_rows, r + 4)
        parts = None    # the first of the source rows above a total that stands below them
        block_end = None    # after the one scored row of a block of rows that are no parts: its end
        while r < end:
            row = grid[r]
            if len(_indicator_fields(row)) >= 2:
                return r    # an indicator header before any money row: no data under the fund words
            money_here = MONEY_UNIT.search(normalize_ws("".join(row)))
            if money_here:
                p.money_unit = money_here.group(1)
            shift = _fund_shift(row, cols, weight_in_percent)
            lost = False    # the row's alignment fits only with a points figure above 100 set aside
            if shift is None:
                # a points figure above 100 fits no alignment (a scan's lost decimal point, a typed slip):
                # read the row all the same if its money fits one, and say the figure (fund_lost_points /
                # typed_points_above_full), never take the row below (其中) for the fund line
                shift = _fund_shift(row, cols, weight_in_percent, lost_points=True)
                lost = shift is not None
            if shift is None:
                r += 1
                continue
            row_cols = {name: c + shift for name, c in cols.items()}
            if shift:
                self.recs.warnings.append(
                    f"{self._loc(t, r).describe()}：资金行比表头{'多' if shift > 0 else '少'}{'一二三四五六七八九'[abs(shift) - 1] if abs(shift) < 10 else abs(shift)}列，"
                    "已按数值类型对齐后读取")
            row = self.cut_figures(t, r, row, row_cols, header)
            values = {name: fund_figure(name, row[c], p.money_unit) for name, c in row_cols.items() if c < len(row)
                      and (adds is None or name in adds)}
            if (c := row_cols.get("fund_weight")) is not None and c == row_cols.get("fund_score") and c < len(row):
                pair = split_pair(row[c])   # 10 / 9.81 under 分值 / 得分; no pair: neither is read
                order = _fund_points_order(header[c]) if c < len(header) else None
                for name, raw in zip(order or ("fund_weight", "fund_score"), pair or ("", "")):
                    values[name] = fund_figure(name, raw, p.money_unit)
            if self.recs.ocr:
                self.fund_lost_points(t, r, row_cols, values)
            elif lost:
                self.typed_points_above_full(t, r, row_cols, values)
            money_cols = [values.get(k) for k in ("budget_initial", "budget_full_year", "executed")]
            if any(q is not None and q.numeric for q in money_cols) and name_col is not None \
                    and normalize_ws(row[name_col]):
                if (end := self.breakdown(t, grid, h, r, row_cols, p)) is not None:
                    return end
                return self.fund_rows_by_project(t, grid, r, row_cols, name_col, p.money_unit)
            if parts is None and any(q is not None and q.numeric for q in money_cols) and \
                    (below := _total_below(grid, r, cols, weight_in_percent, p.money_unit)) is not None:
                parts, r, end = r, below, max(end, below + 1)   # read the total, then its parts
                continue
            if block_end is None and parts is None and any(q is not None and q.numeric for q in money_cols) and \
                    (hit := _scored_row(grid, r, cols, weight_in_percent, p.money_unit)) is not None:
                others = [_first_text(grid[k]) or f"第{k + 1}行" for k in range(r, hit[1]) if k != hit[0]]
                self.recs.warnings.append(
                    f"{self._loc(t, hit[0]).describe()}：资金表{hit[1] - r}行不是总额与其构成（各行之和不等于首行），"
                    f"只有“{_first_text(grid[hit[0]])}”行有分值／得分，作为项目资金读取；"
                    f"“{'”“'.join(others)}”行未作为预算读取")
                r, block_end, end = hit[0], hit[1], max(end, hit[0] + 1)
                continue
            if self.recs.ocr and parts is None and block_end is None and \
                    any(q is not None and q.numeric for q in money_cols) and \
                    PART_HEAD.match(_first_text(row)) and \
                    len(run := _money_run(grid, r, cols, weight_in_percent, p.money_unit)) >= 2:
                # a scan's first money row is a part (其中：中央财政…) with more money rows after it, and no total
                # stood above it (1494.scan: the 年度资金总额 row's rules and figures lost in an MRC background):
                # the total was not read, and no part stands in for it
                self.recs.warnings.append(
                    f"{self._loc(t, r).describe()}：资金表未识别出资金总额一行，第一个有金额的行“{_first_text(row)}”"
                    f"是资金来源的一部分（连同其下共{len(run)}行来源），不能代替项目资金总额，项目资金（预算数、执行数）"
                    "与各来源行均未读取，请核对原件")
                return r + len(run)
            for name, q in values.items():
                self._repaired(q, self._loc(t, r, row_cols[name]))
            if any(q is not None and q.numeric for q in money_cols):
                self.fund_row(t, r, row_cols, values, p)
                if p.fund_weight is None and label_weight is not None:
                    w, c = label_weight
                    p.fund_weight = Figure(parse(w), self._loc(t, h, c))
                c = row_cols.get("fund_weight")
                raw = normalize_ws(row[c]) if c is not None and c < len(row) else ""
                if (p.fund_weight is None or p.fund_weight.value is None) and c is not None and \
                        (not raw or not PLACEHOLDER.match(raw)):
                    self.fund_weight_unread(t, r, c, header[cols["fund_weight"]] if cols["fund_weight"] < len(header)
                                            else "", raw)
                self.deducted_fund_score(p)
                if block_end is not None:
                    return block_end
                self.source_columns(t, r, row, header, cols, shift, p)
                if parts is not None:
                    self.fund_sources(t, grid, filled, parts, cols, p, end=r)
                return self.fund_sources(t, grid, filled, r + 1, cols, p)
            r += 1
        return r

    def typed_points_above_full(self, t: Table, r: int, row_cols: dict[str, int], values: dict[str, Quantity]) -> None:
        """A typed fund row's 分值 or 得分 above 100 is no figure of points (a slip; no OCR to have lost a point,
        so no point is set in): the row is the fund line all the same, its money read, that figure not read,
        and said."""
        for name, what in (("fund_weight", "分值"), ("fund_score", "得分")):
            q = values.get(name)
            if q is not None and q.numeric and q.unit != "%" and q.value is not None and q.value > FULL_POINTS:
                values.pop(name)
                self.recs.warnings.append(f"{self._loc(t, r, row_cols[name]).describe()}：资金{what}为 {q.raw}，"
                                          f"高于满分 {FULL_POINTS}，不可能是{what}，未读取（该行仍作为项目资金读取，"
                                          "未取下一行代替），请核对原件")

    def fund_lost_points(self, t: Table, r: int, row_cols: dict[str, int], values: dict[str, Quantity]) -> None:
        """A scan's fund 分值 above 100, or 得分 above 100 or above its 分值 by half again, is no figure
        of points: OCR lost its decimal point (1418.scan, a despeckled bilevel scan: 得分 9.87 read 987).
        Where the fund's own arithmetic, the 分值 times the execution rate (stated, else 执行数 over
        预算数, at most 100%), rounded as the digits run, is the figure with a point set in one or two
        places from the right, it is read so; else it is not read. Said either way, with the figure as
        read."""
        weight = values.get("fund_weight")
        w = weight.value if weight is not None and weight.numeric and weight.unit != "%" else None
        if w is not None and w > FULL_POINTS:
            self.recs.warnings.append(f"{self._loc(t, r, row_cols['fund_weight']).describe()}：资金分值识别为 "
                                      f"{weight.raw}，高于满分 {FULL_POINTS}，不可能是分值（疑 OCR 漏识小数点），未读取，请核对原件")
            values.pop("fund_weight")
            w = None
        score = values.get("fund_score")
        if score is None or not score.numeric or score.unit == "%" or score.value is None:
            return
        most = w if w is not None and w > 0 else FULL_POINTS
        if score.value <= FULL_POINTS and score.value <= most * Decimal("1.5"):
            return
        rate = values.get("exec_rate_stated")
        ratio = rate.value / 100 if rate is not None and rate.numeric and rate.value is not None else None
        spent, budget = values.get("executed"), values.get("budget_full_year") or values.get("budget_initial")
        if ratio is None and spent is not None and budget is not None and spent.numeric and budget.numeric \
                and budget.value:
            ratio = spent.value / budget.value
        made = [k for k in (1, 2) if w is not None and ratio is not None and score.value.scaleb(-k) ==
                (w * min(ratio, Decimal(1))).quantize(Decimal(1).scaleb(-k))]
        loc = self._loc(t, r, row_cols["fund_score"]).describe()
        if made:
            value = score.value.scaleb(-made[0])
            values["fund_score"] = replace(score, value=value, raw=f"{value:f}", places=made[0])
            self.recs.warnings.append(f"{loc}：资金得分识别为 {score.raw}，高于分值 {plain(most):f}；分值乘执行率为 "
                                      f"{value:f}，与该数字相同而差一个小数点，OCR 漏识小数点，读作 {value:f}，请核对原件")
        else:
            values.pop("fund_score")
            self.recs.warnings.append(f"{loc}：资金得分识别为 {score.raw}，高于分值 {plain(most):f}，不可能是得分"
                                      "（疑 OCR 漏识小数点），未读取，请核对原件")

    def cut_figures(self, t: Table, r: int, row: list[str], row_cols: dict[str, int], header: list[str]) -> list[str]:
        """A money figure that opens on a zero before another digit (032.00) is no figure a person writes.
        Where the cell to its left, under no field of its own, ends on a thousands group and its comma
        (1, | 032.00: a rule of a second print under the page, or a column cut, ran through 1,032.00), the two
        are one figure, read as one. Else, on a scan, its leading digits were lost (a column cut, a smear)
        and how many nothing says: unread, and said with the cell (the rate and the budget would be checked
        against a figure a thousand short). A rate with a decimal point and no percent sign whose sign and last
        digits stand in an unlabelled cell right of it (98.2 | 9%) is joined the same way, and a scan's money
        figure with a colon for its point (1,500:00) is read with the point, and said. The row as read, with the
        cut figures joined or blanked."""
        fields = set(row_cols.values())
        out = list(row)
        c = row_cols.get("exec_rate_stated")
        if c is not None and c + 1 < len(out) and c + 1 not in fields and RATE_HEAD.match(left := normalize_ws(out[c])) \
                and RATE_TAIL.match(right := normalize_ws(out[c + 1])) \
                and not (c + 1 < len(header) and normalize_ws(header[c + 1])):
            out[c], out[c + 1] = left + right, ""
            self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：执行率“{left}”与其右侧无表头的一格“{right}”"
                                      f"被表格线隔开，合为“{left + right}”读取，请核对原件")
        for name, c in row_cols.items():
            if name not in MONEY_FIELDS or c >= len(out):
                continue
            if self.recs.ocr and (m := COLON_POINT.match(text := normalize_ws(out[c]))):
                out[c] = f"{m.group(1)}.{m.group(2)}"
                head = header_words(header[c]) if c < len(header) else ""
                self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：{head or '资金数'}识别为“{text}”，"
                                          f"金额中的冒号应为小数点（小数点旁的斑点连读为冒号），按“{out[c]}”读取，请核对原件")
            if not ZERO_LED_MONEY.match(text := normalize_ws(out[c])):
                continue
            left = normalize_ws(out[c - 1]) if c > 0 and c - 1 not in fields else ""
            if GROUP_HEAD.search(left) and GROUP_TAIL.match(text):
                out[c - 1], out[c] = "", left + text
                self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：“{left}”与“{text}”被表格线隔在两格，"
                                          f"合为一个数“{left + text}”读取，请核对原件")
            elif self.recs.ocr:
                head = header_words(header[c]) if c < len(header) else ""
                out[c] = ""
                self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：{head or '资金数'}识别为“{text}”，"
                                          "数字以 0 开头（书写的数不会如此），疑为前几位数字被遮挡或截去，未读取，请核对原件")
        return out

    def stacked_fund(self, t: Table, grid, r: int, cols: dict[str, int], p: Project) -> set[str] | None:
        """A fund block written as header rows stacked one under another, each over its figures
        (年初预算数 | 调整数 | 财政拨款数, then 财政拨款数 | 指标结余数 | 实际支付数): the later header
        restates money read from the earlier one, the same figure under the same field, and adds
        money fields not read yet. Those fields (the shared one read once, where it was first); else None (a
        second block of money columns, a breakdown: Reader.fund leaves it)."""
        if p.indicators:
            return None
        row = next((grid[k] for k in range(r, min(t.n_rows, r + 2)) if any(HAS_DIGIT.search(x) for x in grid[k])), None)
        if row is None:
            return None
        shared = [k for k in cols if k in MONEY_FIELDS and getattr(p, k) is not None]
        new = {k: c for k, c in cols.items() if k in MONEY_FIELDS and getattr(p, k) is None}
        same = [k for k in shared if cols[k] < len(row) and
                (q := fund_figure(k, row[cols[k]], p.money_unit)).numeric and q.value == getattr(p, k).q.value]
        return set(new) if new and shared and len(same) == len(shared) else None

    def fund_row(self, t: Table, r: int, row_cols: dict[str, int], values: dict[str, Quantity], p: Project) -> None:
        for name, c in row_cols.items():
            q = values.get(name)
            if q is None or q.op == "empty":
                continue
            setattr(p, name, Figure(q, self._loc(t, r, c)))
        p.exec_rate_stated = self.ratio_rate(p.exec_rate_stated, p.executed, p.budget_full_year or p.budget_initial)

    def breakdown(self, t: Table, grid, h: int, r: int, row_cols: dict[str, int], p: Project) -> int | None:
        """A 部门整体 form's table of its projects (项目名称 | 预算数 | 执行数 | 自评得分) under the fund
        block read before it: where its total row holds the money of a line of that block (项目支出),
        its rows are that line's parts, each scored in its own form, not projects of this one. Left
        unread, said so; the row after its total, or None where it is no such table."""
        if not p.fund_sources or not any(f is not None and f.loc.table is not None and f.loc.table < t.index
                                         for f in (p.budget_initial, p.budget_full_year, p.executed)) \
                or not _whole_unit_form(self.doc, t, grid, h):
            return None
        total = next((q for q in range(r, t.n_rows) if summary_label(_first_text(grid[q])) == "total"), None)
        if total is None:
            return None
        money = {k: fund_figure(k, grid[total][c], p.money_unit) for k, c in row_cols.items()
                 if k in MONEY_FIELDS and c < len(grid[total])}
        money = {k: q.value for k, q in money.items() if q is not None and q.numeric}
        line = next((x for x in p.fund_sources if money and
                     all(k in x.figures and x.figures[k].value == v for k, v in money.items())), None)
        if line is None:
            return None
        self.recs.warnings.append(f"{self._loc(t, h).describe()}：表中各行为“{line.label}”的明细（合计与资金表该行相同），"
                                  "各项目另行自评，不作为本表的项目读取")
        return total + 1

    def fund_rows_by_project(self, t: Table, grid, r: int, row_cols: dict[str, int], name_col: int,
                             money_unit: str) -> int:
        """A fund table with a 项目名称 column: a row per project, each the fund of the project it
        names (matched by name to one read before or after it)."""
        first = None
        read: list[Project] = []
        while r < t.n_rows and (name := normalize_ws(grid[r][name_col])):
            row = grid[r]
            values = {k: fund_figure(k, row[c], money_unit) for k, c in row_cols.items() if c < len(row)}
            if not any(values.get(k) is not None and values[k].numeric
                       for k in ("budget_initial", "budget_full_year", "executed")):
                break
            if summary_label(name) == "total" and first is not None:
                # the projects' sum (合计 | 1,400.00 …), no project: checked against the rows above
                self.fund_sum_row(t, r, row_cols, values, read)
                self.used.add(r)
                r += 1
                continue
            p = self.named_project(name, self._loc(t, r, name_col), t.index)
            read.append(p)
            p.money_unit = money_unit
            for k, q in values.items():
                self._repaired(q, self._loc(t, r, row_cols[k]))
            self.fund_row(t, r, row_cols, values, p)
            first = first or p
            r += 1
        self.current = first or self.current   # the indicators that follow start with the first
        return r

    def fund_sum_row(self, t: Table, r: int, row_cols: dict[str, int], values: dict[str, Quantity],
                     projects: list[Project]) -> None:
        """A 合计 row under a fund table's project rows: each money figure it states is the sum of
        the projects' above it; where one is not, a warning names the column."""
        for k in ("budget_initial", "budget_full_year", "arrived", "executed"):
            q = values.get(k)
            parts = [getattr(p, k) for p in projects]
            if q is None or not q.numeric or not parts or any(x is None or x.value is None for x in parts):
                continue
            total = sum(x.value for x in parts)
            if abs(total - q.value) > q.tolerance:
                self.recs.warnings.append(f"{self._loc(t, r, row_cols[k]).describe()}：合计行 {q.raw} 与其上各项目之和 "
                                          f"{total} 不符")

    def source_columns(self, t: Table, r: int, row: list[str], header: list[str], cols: dict[str, int], shift: int,
                       p: Project) -> None:
        """中央 | 省、地 | 本级 | 其他 | 合计 | 执行数: the source columns right before a 合计 money column
        are its parts, on the total's own row. Only the filled cells are read: a blank source cell in
        a row whose total is filled is money that source did not give."""
        texts = [header_words(x) for x in header]
        for name, c in cols.items():
            if name not in MONEY_FIELDS or not MONEY_TOTAL.search(texts[c]):
                continue
            parts = []
            k = c - 1
            while k > 0 and k not in cols.values() and FUND_SOURCE.search(texts[k]):
                parts.insert(0, k)
                k -= 1
            if len(parts) < 2:
                continue
            for k in parts:
                q = fund_figure(name, row[k + shift], p.money_unit) if 0 <= k + shift < len(row) else None
                if q is not None and q.numeric:
                    loc = self._loc(t, r, k + shift)
                    p.fund_sources.append(FundSource(label=texts[k], figures={name: Figure(q, loc)}, loc=loc,
                                                    whole_row=True))

    def fund_sources(self, t: Table, grid, filled, r: int, cols: dict[str, int], p: Project,
                     end: int | None = None) -> int:
        """The rows under the total that break it down by source (其中：财政拨款, 上年结转, 其他资金 …);
        with `end`, the rows from r above a total standing at `end` (its 小计 rows are no sources): there
        they are its sources only if every row up to the total reads as one; a row of another kind among
        them (a 功能分类 table's 卫生健康支出 after 市场… and 社会…) leaves the total's breakdown unknown."""
        first = len(p.fund_sources)
        blank = None    # the first of the empty rows just above r (a scan's blank line under the total)
        while r < (t.n_rows if end is None else end):
            row = grid[r]
            if not any(normalize_ws(x) for x in row):
                # an empty row between the total and its parts, nothing of its own (a merged cell from above
                # may span it; 1415.scan: a binder clip's wire over the block left a line under 年度资金总额
                # that the total's cells span): no part, and no end of them either
                blank = r if blank is None else blank
                r += 1
                continue
            if end is not None and TOTAL_HEAD.search(_LABEL_NOTE.sub("", _first_text(row))):
                r += 1
                continue
            if _fund_header(row):
                break   # money columns headed again (a header row stacked under the block): no source row
            shift = _fund_shift(row, cols) or 0
            taken = {c + shift for c in cols.values()}
            # The label nearest the figures; a cell before it merged down the rows is their group. A row whose
            # words all stand after its figures (资金来源 the last column, as a store's column order gives it,
            # 1313) has its label there.
            words = [(c, bare(x)) for c, x in enumerate(filled[r]) if _HAN.search(bare(x)) and c not in taken]
            labels = [x for c, x in words if c < min(taken)] or [x for c, x in words if c > max(taken)][:1]
            labels = [x for i, x in enumerate(labels) if i == 0 or x != labels[i - 1]]
            label = labels[-1] if labels else ""
            if not label or not FUND_SOURCE.search(label):
                if end is not None:
                    del p.fund_sources[first:]
                r = r if blank is None else blank
                break
            blank = None
            group = next((x for x in labels[:-1] if GROUP_LABEL.search(x)), "")
            if BASIC_PART.match(label):
                group = "基本支出"
            elif SPENDING_KIND.match(label) and not group:
                group = "按支出性质"
            figures = {}
            for name, c in cols.items():
                c += shift
                q = fund_figure(name, row[c], p.money_unit) if c < len(row) else None
                if q is not None and q.numeric:
                    figures[name] = Figure(q, self._loc(t, r, c))
            if "exec_rate_stated" in figures:
                figures["exec_rate_stated"] = self.ratio_rate(figures["exec_rate_stated"], figures.get("executed"),
                                                              figures.get("budget_full_year") or figures.get("budget_initial"))
            p.fund_sources.append(FundSource(label=label, figures=figures, loc=self._loc(t, r), group=group))
            r += 1
        if (said := nest_breakdowns(p, p.fund_sources[first:])) is not None:
            self.recs.warnings.append(f"{said[0].loc.describe()}：{said[1]}")
        return r

    def joined_fund_heads(self, t: Table, grid, h: int, start: int, head: list[str], cols: dict[str, int]) -> dict[str, int]:
        """The fund columns with the heads a lost rule mis-split read (fund_heads.joined_heads, against the
        first row from `start` that holds a figure), each said; a fund figure the header still names that no
        column reads is said unread (the rules then check against what was read: in sight, not silent)."""
        row = next((grid[k] for k in range(start, min(start + 3, len(grid)))
                    if any(parse(bare(x)).numeric for x in grid[k])), None)
        if row is None:
            return cols
        cols, said = joined_heads(t, head, h, row, cols)
        for c, words in said:
            self.recs.warnings.append(f"{self._loc(t, h, c).describe()}：{words}")
        if (left := named_unread(head, cols)):
            self.recs.warnings.append(
                f"{self._loc(t, h).describe()}：资金表表头写有{'、'.join(left)}，但未能对应到资金行的某一列（表头与其他文字"
                f"连写或跨列），{'、'.join(left)}未读取；执行数等据已读出的列核对，请核对原件")
        return cols

    def fund_weight_unread(self, t: Table, r: int, c: int, head: str, text: str) -> None:
        """The fund block heads a 分值 column but its row gave no weight (the cell empty, or OCR lost or
        garbled it; not a dash, the form saying the fund is not scored there): said, since the indicator
        weights alone then fall short of the total and JX303 flags without the reason in sight."""
        why = f"“{text}”不能读作分值" if text else "单元格为空"
        self.recs.warnings.append(
            f"{self._loc(t, r, c).describe()}：资金行有“{header_words(head) or '分值'}”列，但{why}，资金分值未读取；"
            "各项分值之和因此可能少于总分（JX303），请对照原件核对资金分值")

    def fund_words_in_cell(self, t: Table, grid) -> None:
        """A table that read no fund row but holds, in one cell of many lines, the heads of two money fields or
        more over figures (924.scan: a title stroke joined the head block to the banner, the head read as two
        cells of many lines): the cell is kept, said in settle_fund_words where its project read no fund."""
        if self.fund_seen:
            return
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                if c and text == row[c - 1] or "\n" not in text or not HAS_DIGIT.search(text):
                    continue
                named = {f for line in text.split("\n") for f in _fund_fields(line.split())}
                named &= set(FUND_FIGURES)
                if len(named) >= 2:
                    # the heads the whole row names: a head in a cell whose lines do not match this one's is said too
                    named |= {f for x in row for line in x.split("\n") for f in _fund_fields(line.split())}
                    named &= set(FUND_FIGURES)
                    self.fund_cells.append((self._loc(t, r, c), named, self.current, self._lines_beside(t, row, r, c)))
                    return

    def _lines_beside(self, t: Table, row: list[str], r: int, c: int) -> list[list[tuple[str, object]]]:
        """The printed lines of a cell of many lines and of the cells right of it in its row that hold as many
        lines (924 / 993.scan: the head block read as two such cells side by side, one line of each a line of
        the page): each line's words, each with the location of the cell it stands in."""
        count = row[c].count("\n")
        beside = [k for k in range(c, len(row)) if k == c or (row[k] != row[k - 1] and row[k].count("\n") == count)]
        lines: list[list[tuple[str, object]]] = [[] for _ in range(count + 1)]
        for k in beside:
            loc = self._loc(t, r, k)
            for i, line in enumerate(row[k].split("\n")):
                lines[i] += [(word, loc) for word in line.split()]
        return lines

    def _fund_in_lines(self, lines: list[list[tuple[str, object]]], p: Project) -> dict[str, Figure] | None:
        """The fund block read from those lines: a line whose words name two money fields or more and the rate,
        the next line ending in as many figures (no more: one more is under a head not read), one under each head
        in the heads' order. Taken only where the figures keep 执行率 = 执行数 / 预算数 (runner_ups.rate_holds):
        the page's arithmetic, not the words' places, says each figure is under its head."""
        from .runner_ups import rate_holds   # (runner_ups reads fund rows; it imports nothing of this module's)

        text = "\n".join(" ".join(w for w, _ in line) for line in lines)
        unit = m.group(1) if (m := MONEY_UNIT.search(text)) else p.money_unit
        for i, line in enumerate(lines[:-1]):
            heads = {f: k for f, k in _fund_fields([w for w, _ in line]).items() if f in FUND_FIGURES}
            below = lines[i + 1]
            if len(heads) < 3 or len(below) < len(heads):
                continue
            if len(below) > len(heads) and parse(below[-len(heads) - 1][0]).numeric:
                continue   # more figures than heads: a head unread (全年预箅数), which figure is under which unknown
            order = sorted(heads, key=heads.get)
            found = {f: Figure(fund_figure(f, w, unit), loc) for f, (w, loc) in zip(order, below[-len(heads):])}
            if all(f.q.numeric for f in found.values()) and rate_holds(found):
                return found
        return None

    def settle_fund_words(self) -> None:
        """The cells fund_words_in_cell kept, said where their project (any, if none was open) read no fund figure:
        the fund block was there and was not read, which no other warning says. Where its lines read as a fund
        header over a line of figures that keep the rate's arithmetic (_fund_in_lines), they are read, said."""
        def funded(p: Project) -> bool:
            return any(getattr(p, f) is not None for f in FUND_FIGURES)
        for loc, named, p, lines in self.fund_cells:
            owners = [p] if p is not None else self.recs.projects
            if any(funded(q) for q in owners):
                continue
            if len(owners) == 1 and (found := self._fund_in_lines(lines, owners[0])) is not None:
                for f, figure in found.items():
                    setattr(owners[0], f, figure)
                read = "，".join(f"{dict(FUND_FIELDS)[f][0]}{figure.q.raw}" for f, figure in found.items())
                left = "、".join(w for f, ws in FUND_FIELDS if f in named - found.keys() for w in ws[:1])
                self.recs.warnings.append(
                    f"{loc.describe()}：该单元格有多行文字，资金表表头与数值并在一格，按行读出资金表（{read}），"
                    "执行数/预算数与执行率相符" + (f"；同行另一格的{left}与其数值未能按行对应，未读取" if left else "") +
                    "，请核对原件")
                continue
            words = "、".join(w for f, ws in FUND_FIELDS if f in named for w in ws[:1])
            self.recs.warnings.append(
                f"{loc.describe()}：该单元格有多行文字，含资金表表头（{words}）和数值，但未读出资金表，"
                "项目预算数、执行数、执行率未读取（表头与其他内容并在一格），请核对原件")

    def deducted_fund_score(self, p: Project) -> None:
        """分值 | 扣分 (or 权重 | 得分率) in the fund block: its score is the weight less the deduction
        (times the rate), said so."""
        if p.fund_score is None and ((derived := _deducted(p.fund_weight, p.fund_deduction)) is not None or
                                     (derived := _rated(p.fund_weight, p.fund_score_rate)) is not None):
            p.fund_score = derived
            self.recs.warnings.append(f"{derived.loc.describe()}：资金{derived.q.note}")

    def ratio_rate(self, rate: Figure | None, executed: Figure | None, budget: Figure | None) -> Figure | None:
        """The rate as a percentage where it was written as a ratio (percent_rate), saying so."""
        return percent_rate(rate, executed, budget, self.recs.warnings)

    def fund_sentence(self, t: Table, grid, r: int) -> bool:
        """资金情况 | 年初预算860万元，全年预算920万元，全年执行896.08万元，执行率97.40%；分值10分，得分9.74分:
        the fund block written as one sentence in a cell, each clause a label the fund header's
        grammar names and its figure (fund_clauses), each figure located at the cell. Read only
        where the sentence gives a budget and the money executed, for a project whose money is not
        read yet."""
        for c, x in enumerate(grid[r]):
            clauses = fund_clauses(normalize_ws(x))
            if not ({"budget_initial", "budget_full_year"} & clauses.keys() and "executed" in clauses):
                continue
            p = self.fund_project(self._loc(t, r, c), t.index)
            if any(f is not None for f in (p.budget_initial, p.budget_full_year, p.executed)):
                return False    # the fund read from its table: a sentence beside it restates or adds
            unit = next((m.group(0) for q in clauses.values() if (m := MONEY_WORD.search(q)) is not None),
                        p.money_unit)
            p.money_unit = unit
            for field, text in clauses.items():
                if getattr(p, field) is None:   # a weight or score read elsewhere stays
                    setattr(p, field, Figure(fund_figure(field, text, unit), self._loc(t, r, c)))
            p.exec_rate_stated = self.ratio_rate(p.exec_rate_stated, p.executed, p.budget_full_year or p.budget_initial)
            self.deducted_fund_score(p)
            return True
        return False

    def label_value_fund(self, t: Table, grid, r: int) -> None:
        """Seed 004: 预算执行情况(万元) | 预算数: | 60万 | 执行数: | 60万; or with no colons, a fund
        word before each figure (全年预算数 | 312.00 | 执行率 | 95.69% | 得分（10分） | 9.57)."""
        row = grid[r]
        p = self.fund_project(self._loc(t, r), t.index)
        money = MONEY_UNIT.search(normalize_ws("".join(row)))
        if money:
            p.money_unit = money.group(1)
        last = 0
        for field, c, vc in _label_value_pairs(row):
            if getattr(p, field) is not None:
                continue
            value = _label_value(row, c)[1]
            unit = p.money_unit if field in MONEY_FIELDS else ""
            setattr(p, field, Figure(parse(value, default_unit=unit), self._loc(t, r, vc)))
            # 得分（10分） | 9.57: the label states the weight the score is out of
            if field == "fund_score" and p.fund_weight is None and \
                    (m := WEIGHT_IN_LABEL.search(normalize_ws(row[c]))):
                p.fund_weight = Figure(parse(m.group("points")), self._loc(t, r, c))
            last = max(last, vc)
        self.deducted_fund_score(p)
        # a figure after the labelled ones stands under its column's head (052: 自评得分 over the
        # column, the fund's score on this row)
        for c in range(last + 1, len(row)):
            q = parse(row[c])
            head = _fund_fields([_column_head(grid, r, c)])
            name = next((n for n in ("fund_score", "fund_weight") if n in head), None)
            if q.numeric and name and getattr(p, name) is None:
                setattr(p, name, Figure(q, self._loc(t, r, c)))
            elif {"fund_weight", "fund_score"} <= head.keys() and (pair := split_pair(row[c])) and \
                    p.fund_weight is None and p.fund_score is None:
                # one cell under 分值 / 得分 holding both (10 / 9.63), in the order the head says
                order = _fund_points_order(_column_head(grid, r, c)) or ("fund_weight", "fund_score")
                for name, raw in zip(order, pair):
                    setattr(p, name, Figure(parse(raw), self._loc(t, r, c)))
