"""The total rows of an indicator table (总分, labelled and stated totals, subtotals, a section's total) and
list tables (items with money or points), as the table reader reads them."""
from __future__ import annotations

from decimal import Decimal

import regex as re

from jixiao.extract import Table, normalize_ws

from . import columns
from .fund_grammar import _POINTS_HEAD
from .indicator_header import HAS_DIGIT, _Cols, _indicator_cols
from .quantity import parse, parse_cell, share_agrees, split_pair
from .records import Figure, Indicator, ListItem, ListSubtotal, ListTable, Project
from jixiao.extract.summary_rows import EXCLUDES_FUND
from .table_cells import (MONEY_UNIT, TOTAL_HEAD, _first_text, _fund_header, _label_value, _most, _points_column,
                          _caption_before, _title_before, _unit_stated_above)
from .vocab import GRADE, GRADE_WORDS, bare, header_field, header_words, without_gloss


# A fund row's label that says it is a total: 合计 / 总计 / 小计 heading it or ending it (资金合计),
# or a 总额 (年度资金总额).
# The head of a list's item column: the items' names (子项名称, 明细项目名称, 支出内容).
ITEM_NAME_HEAD = re.compile(r"^\p{Han}{0,6}(?:名称|内容)$")

# A list column's header that names money paid out (2023年支付, 拨付金额, 实际支出).
PAID_HEADER = re.compile(r"支付|拨付|支出|付款|实付|已付")
# A list column's header that names a share (占比（%）, 所占比例, 比重, or only its unit: （%）). Whose share
# it is the cells tell (shares_fit).
SHARE_HEADER = re.compile(r"占|比例|比重|[（(]\s*[%％]\s*[）)]")


def shares_fit(items: list[ListItem], total: Figure | None, warnings: list[str]) -> None:
    """A list's share column holds each item's share of the list's 合计 (its items' sum where none is
    written) where most of the items with an amount and a share show amount / 合计 at the share's
    written places (share_agrees), at least two; else it is a share of something else (of the budget,
    a subsidy rate), or wrong throughout: no item keeps its cell, and the column is said unread."""
    rated = [it for it in items if it.share is not None and it.amount is not None and it.amount.q.numeric]
    whole = total.q if total is not None and total.q.numeric else None
    if whole is None and rated:
        whole = parse(str(sum(it.amount.value for it in rated)))
    near = [share_agrees(it.amount.q, whole, it.share.q) for it in rated] if whole is not None else []
    if sum(near) >= 2 and 2 * sum(near) > len(near):
        return
    shared = [it for it in items if it.share is not None]
    if shared:
        warnings.append(f"{shared[0].share.loc.describe()}起的占比列：可核对的{len(near)}项中{sum(near)}项与"
                        "“金额÷合计”相符，不足多数，未作为占合计的比例读取，未核对")
    for it in shared:
        it.share = None


def _paid_column(header: list[str], body, unit: str, skip: set) -> int | None:
    """The column of a list that holds the money paid, where its header names a payment and its
    cells hold amounts: a contract list (合同金额 | 2023年支付) states what was agreed beside what
    was paid, and the money the list says was spent is the payment, not the agreed sum."""
    rows = []
    for row in body:        # the list's own rows, down to its 合计
        rows.append(row)
        if _first_text(row).startswith(("合计", "总计", "小计")):
            break
    for c, text in enumerate(header):
        if c in skip or not PAID_HEADER.search(text):
            continue
        cells = [row[c] for row in rows if c < len(row) and row[c].strip()]
        amounts = [parse(x, default_unit=unit) for x in cells]
        if amounts and all(q.numeric and q.unit == "元" for q in amounts):   # money, not a 支付进度 in %
            return c
    return None


# A cell of a figure after its own label (分值：100, 得分：98.90), or apart from it by a space only (分值 100, 1950),
# or by nothing where the figure's digits begin at once (分值100: 1950.scan, OCR dropped the space)
_LABELLED_FIGURE = re.compile(r"^(\p{Han}{2,6})(?:\s*[：:]\s*|\s+|(?=\d))(\S+)$")
# The gap between two labelled figures typed in one cell: spaces typed wide, or one space before the next label (a
# PDF prints the wide gap as a space: 分值：100 得分：99.10, 1159.pdf)
_SPACED = re.compile(r"\u3000+|\s{2,}|\s(?=\p{Han}{2,6}\s*[：:]\s*\S)")
# A total's cell that names its parts in a bracket after the figure (1379: 99.00分（预算执行率得分9.80分＋绩效指标
# 得分89.20分）): the figure, then the aside writing a sum, figures joined by a plus (an aside of figures that
# are no sum, 满分100分，权重10分, names no parts).
_TOTAL_WITH_PARTS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*分?\s*[（(](.*\d.*[＋+].*\d.*)[）)]\s*[。.]?\s*$")
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def total_with_parts(text: str) -> tuple[str, bool] | None:
    """The figure of a total's cell whose bracket breaks it into parts (a sum: figures joined by ＋), and whether
    the parts (every figure in the bracket, two or more) add up to it: the evidence that the bracket explains the
    figure (a 满分100分 aside states no parts and adds to nothing). None where the cell is no such cell."""
    m = _TOTAL_WITH_PARTS.match(normalize_ws(text))
    if not m:
        return None
    parts = [parse(x).value for x in _FIGURE.findall(m.group(2))]
    if len(parts) < 2 or None in parts:
        return None
    return m.group(1), sum(parts) == parse(m.group(1)).value




class TotalsAndLists:
    """Reads totals and list tables; uses the reader's doc, recs, points_order, ProjectGroups and UnreadRows."""

    def item_money_list(self, t: Table, grid, filled, r: int) -> int:
        """A list of items with their money under a header of an item-name column and money columns
        (项目资金构成 | 子项名称 | 预算数(万元) | 实际数(万元), then one row per item and a 合计 row): a
        list per money column, its items against its 合计 (rules JX101). The rows read, or 0 where
        the rows are not such a list (two items at least, and the 合计 row closing them)."""
        head = grid[r]
        texts = [header_words(x) for x in head]
        if any(HAS_DIGIT.search(x) for x in texts):
            return 0
        names = [c for c, x in enumerate(texts) if ITEM_NAME_HEAD.search(x)]
        # a column whose header names its money unit (预算数(万元)): money, whatever its words
        money = {c: m.group(1) for c, x in enumerate(head) if (m := MONEY_UNIT.search(normalize_ws(x)))}
        if len(names) != 1 or not money or min(money) < names[0]:
            return 0
        n = names[0]
        items, k = [], r + 1
        while k < t.n_rows and bare(grid[k][n]) and not TOTAL_HEAD.search(bare(grid[k][n])):
            if not all(parse(grid[k][c], default_unit=u).numeric for c, u in money.items()):
                return 0
            items.append(k)
            k += 1
        if len(items) < 2 or k >= t.n_rows or not TOTAL_HEAD.search(bare(grid[k][n])) or \
                not all(parse(grid[k][c], default_unit=u).numeric for c, u in money.items()):
            return 0
        label = next((bare(x) for c, x in enumerate(filled[r]) if c < n and bare(x)), "") or _title_before(self.doc, t)
        for c, unit in money.items():
            self.recs.lists.append(ListTable(
                doc=self.recs.doc, title=f"{label}（{texts[c]}）", columns=head, money_unit=unit,
                items=[ListItem(serial="", date="", purpose=grid[q][n].strip(),
                                amount=Figure(parse(grid[q][c], default_unit=unit), self._loc(t, q, c)), loc=self._loc(t, q))
                       for q in items],
                total=Figure(parse(grid[k][c], default_unit=unit), self._loc(t, k, c)), loc=self._loc(t, r)))
        return k + 1 - r

    def subtotal(self, t: Table, grid, r: int, cols: _Cols, rows: list[Indicator]) -> None:
        """A 小计 row's 分值 / 得分 against the rows of its block: all the rows since the last 小计, or
        the last level 1's or level 2's run of them; a sum none of them makes is said in a warning."""
        runs = [rows]
        for level in ("level1_raw", "level2_raw"):
            if rows and getattr(rows[-1], level):
                k = len(rows)
                while k > 0 and getattr(rows[k - 1], level) == getattr(rows[-1], level):
                    k -= 1
                runs.append(rows[k:])
        for col, field, what in ((cols.weight, "weight", "分值"), (cols.score, "score", "得分")):
            stated = parse_cell(grid[r][col]) if col is not None and col < len(grid[r]) else None
            if stated is None or not stated.numeric or stated.value is None:
                continue
            sums = [sum(getattr(i, field).value for i in run) for run in runs
                    if run and all(getattr(i, field) is not None and getattr(i, field).value is not None for i in run)]
            if sums and stated.value not in sums:
                # the sum at the stated figure's places (30.40 beside 31.40, not 30.4), never fewer than its own
                places = max(stated.places or 0, -sums[0].as_tuple().exponent)
                total = sums[0].quantize(Decimal(1).scaleb(-places))
                self.recs.warnings.append(f"{self._loc(t, r, col).describe()}：小计行{what} {stated.raw}，"
                                          f"与其上各项之和 {total} 不符")

    def beyond_points(self, t: Table, grid, r: int, cols: _Cols, closed: int, p: Project) -> str | None:
        """A row after the 小计 that closed the table's 100 points (row `closed`), with no points of its
        own (分值 — or empty): an addition, deduction or veto outside the points (加分项 | 森林防火经验被推广
        | — | … | +1.5, 924), no indicator. Its score cell, a figure signed as written (+1.5, −0.5), is
        kept as points beyond the 100 (Project.beyond_points, which the stated total counts); an unsigned
        figure cannot be told added or taken off: the row is counted unread. Returns what to say; None
        for a row with points, or one with nothing in it."""
        row = grid[r]
        own = parse_cell(row[cols.weight]) if cols.weight is not None and cols.weight < len(row) else None
        texts = [bare(x) for x in dict.fromkeys(row) if bare(x)]
        if cols.weight is None or own is not None and own.numeric and own.value is not None or not texts:
            return None
        score = bare(row[cols.score]) if cols.score is not None and cols.score < len(row) else ""
        q = parse(score)
        where = (f"{self._loc(t, r).describe()}：“{'｜'.join(texts[:2])}”一行在第{closed + 1}行小计（已合满分100分）"
                 "之后，本身无分值，是满分之外的加分、扣分或否决事项，不计为指标")
        if not q.numeric or q.value is None:
            return where + (f"，得分栏为“{score}”" if score else "")
        if score[0] in "+＋-−－":
            p.beyond_points.append(Figure(q, self._loc(t, r, cols.score)))
            return where + f"，其{score}分计入总分"
        p.rows_unread += 1
        return where + f"，得分栏“{score}”未写加减号，无从判断加分还是扣分，未读取"

    def section_total(self, t: Table, grid, r: int | None, cols: _Cols, p: Project, start: int) -> None:
        """A project opened by a row naming it, closed by a 小计 below its last indicator whose weight
        is the sum of its indicators' weights: that 小计 is the project's total."""
        rows = p.indicators[start:]
        if r is None or not rows or r < rows[-1].loc.row or p.total_score_stated is not None \
                or cols.weight is None or cols.score is None or cols.weight >= len(grid[r]):
            return
        w = parse(grid[r][cols.weight].strip())
        if w.numeric and all(i.weight is not None and i.weight.value is not None for i in rows) \
                and sum(i.weight.value for i in rows) == w.value:
            self._totals(t, grid, r, next(c for c, x in enumerate(grid[r]) if bare(x)), cols, p)

    # -- totals ---------------------------------------------------------------------------
    def totals(self, t: Table, grid, r: int, label_col: int, cols: _Cols | None) -> None:
        p = self.project(self._loc(t, r), t.index)
        before = p.total_score_stated
        self._totals(t, grid, r, label_col, cols, p)
        after = p.total_score_stated
        if cols is None and before is not None and after is not None and after is not before and \
                p.total_weight_stated is not None and p.total_weight_stated.loc.row == before.loc.row and \
                p.fund_score is not None and None not in (before.value, after.value, p.fund_score.value) and \
                before.value + p.fund_score.value == after.value:
            # 合计 | 90 | 89 then 自评总分 | 98.80 (= 89 + the fund's 9.80): the 合计 row was the
            # indicators' subtotal, so its 90 is not the table's total weight
            p.total_weight_stated = None
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：“合计”行 {before.raw} 为指标得分小计"
                                      f"（加资金得分 {p.fund_score.raw} 即为总分），总分取本行 {after.raw}")

    def _totals(self, t: Table, grid, r: int, label_col: int, cols: _Cols | None, p: Project) -> None:
        if not EXCLUDES_FUND.search(grid[r][label_col] if label_col < len(grid[r]) else ""):
            self._stated_totals(t, grid, r, label_col, cols, p)
            self._labelled_totals(t, grid[r], r, label_col, p)
            return
        # 合计（不含预算执行率）| 90: the indicators' points without the fund's, their block's points and
        # no total of the table; a score beside it is theirs too, said and not taken as the total
        weight, score = p.total_weight_stated, p.total_score_stated
        self._stated_totals(t, grid, r, label_col, cols, p)
        if p.total_weight_stated is not weight:
            p.indicator_weight_label, p.total_weight_stated = p.total_weight_stated, weight
        if p.total_score_stated is not score:
            self.recs.warnings.append(f"{self._loc(t, r).describe()}：“{bare(grid[r][label_col])}”行得分 "
                                      f"{p.total_score_stated.raw} 不含资金得分，不作为总分读取")
            p.total_score_stated = score

    def _labelled_totals(self, t: Table, row: list[str], r: int, label_col: int, p: Project) -> None:
        """总分 | 分值：100 | 得分：98.90 (or 最终得分：96.80 beside 扣分 figures): a figure written after its
        own label is read by the label, not by the column it stands under, where the row gave no such
        figure otherwise; several such in one cell apart by spaces (分值：100　　得分：99.10 merged over the
        figure columns, 1159) each so."""
        for c, x in enumerate(row):
            for piece in _SPACED.split(x.strip()) if c > label_col else ():
                if (m := _LABELLED_FIGURE.match(piece)) and \
                        (f := header_field(m.group(1), set())) in ("weight", "score") and \
                        getattr(p, f"total_{f}_stated") is None and (q := parse(m.group(2))).numeric:
                    setattr(p, f"total_{f}_stated", Figure(q, self._loc(t, r, c)))

    def _stated_totals(self, t: Table, grid, r: int, label_col: int, cols: _Cols | None, p: Project) -> None:
        row = list(grid[r])
        for c, x in enumerate(row):
            # 98.80 自评等级：优: the total and the grade beside it printed in one cell (a narrow layout
            # left one space between them): the figure is the cell's, the grade is read below
            head, _, tail = x.strip().partition(" ")
            if c > label_col and tail and GRADE.search(tail) and not HAS_DIGIT.search(tail) and parse(head).numeric:
                row[c] = head
                if not p.grade_stated:
                    m = GRADE.search(tail)
                    p.grade_stated, p.grade_raw, p.grade_loc = GRADE_WORDS[m.group(1)], m.group(1), self._loc(t, r, c)
        for c, x in enumerate(row):
            if c > label_col and (parts := total_with_parts(x)) is not None:
                # 99.00分（预算执行率得分9.80分＋绩效指标得分89.20分）: the figure the row states, where its
                # bracket's parts add up to it; parts that do not are said and the cell left unread
                if parts[1]:
                    row[c] = parts[0]
                else:
                    row[c] = ""
                    self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：总分行单元格“{normalize_ws(x)}”括号内"
                                              f"各分项之和不等于{parts[0]}，未作为总分读取")
        # the grade beside the total (总分 | 100 | 95 | 优, or 评价等级：优 in a cell)
        for c, x in enumerate(row):
            # the grade a word on its cell's first line (优⏎ and the note a PDF ran on into the cell)
            first, *rest = x.strip().split("\n")
            if rest and first.rstrip().endswith((":", "：")):
                first += rest[0]   # a label whose word the cell wrapped to its next line (789.scan: 自评等级：⏎优)
            if c > label_col and not p.grade_stated and not HAS_DIGIT.search(first):
                m = GRADE.search(without_gloss(normalize_ws(first)))
                word = m.group(1) if m else (bare(first) if bare(first) in GRADE_WORDS else None)
                if word:
                    p.grade_stated, p.grade_raw, p.grade_loc = GRADE_WORDS[word], word, self._loc(t, r, c)
            lines = [y.strip() for y in x.split("\n") if y.strip()]
            if c > label_col and len(lines) > 1 and all(HAS_DIGIT.search(y) for y in lines) and not parse(x).numeric:
                # digits on several lines are no total: never glued across the break, never silent
                self.recs.warnings.append(f"{self._loc(t, r, c).describe()}：总分行单元格分{len(lines)}行写有数字"
                                          f"（{'／'.join(lines)}），不跨行拼接，未作为总分读取")
        if cols is not None and cols.weight is not None and cols.score is not None and cols.weight != cols.score and \
                (one := t.cell_at(r, cols.weight)) is not None and one is t.cell_at(r, cols.score) and \
                header_field(bare(row[label_col]), set()) == "score" and (q := parse(bare(one.text))).numeric:
            # 最终得分 | 97.70 in one cell merged over 分值 … 得分 (924): the label says which it is, a score
            p.total_score_stated = Figure(q, self._loc(t, r, one.col))
            return
        if cols is not None and cols.weight is not None and cols.score is not None:
            w, s = parse(row[cols.weight].strip().rstrip("。")) if cols.weight < len(row) else None, \
                parse(row[cols.score].strip().rstrip("。")) if cols.score < len(row) else None
            if cols.weight == cols.score and cols.weight < len(row):
                # 100/98.98 under a joined 分值/得分: the total weight and the total score
                parts = dict(zip(self.points_order, split_pair(row[cols.weight].strip().rstrip("。")) or ("", "")))
                w, s = parse(parts["weight"]), parse(parts["score"])
            if w is not None and s is not None and w.numeric and s.numeric:
                p.total_weight_stated = Figure(w, self._loc(t, r, cols.weight))
                p.total_score_stated = Figure(s, self._loc(t, r, cols.score))
                d = cols.deduction
                if d is not None and d < len(row) and (q := parse(row[d].strip().rstrip("。"))).numeric:
                    # a 扣分 column beside 得分: its cell in the total row is the points taken off, summed
                    p.total_deduction_stated = Figure(q, self._loc(t, r, d))
                return
        nums = [(c, parse(x.strip().rstrip("。"))) for c, x in enumerate(row) if c > label_col and x.strip()]
        nums = [(c, q) for c, q in nums if q.numeric]
        if cols is None and not any(bare(x) for x in row[label_col + 1:]) and r + 1 < len(grid) \
                and p.total_score_stated is None:
            # the label ends its row and its figure stands under it (052: 自评得分 over 100)
            q = parse(grid[r + 1][label_col].strip().rstrip("。")) if label_col < len(grid[r + 1]) else None
            if q is not None and q.numeric and q.unit in ("分", ""):
                p.total_score_stated = Figure(q, self._loc(t, r + 1, label_col))
                return
        if cols is not None and cols.weight is not None and cols.score is not None and nums:
            # the figures may sit one column off their headers (a merged label cell lost): the
            # offset under which both stand under 分值 and 得分
            at = {c for c, _ in nums}
            shift = max((0, -1, 1), key=lambda s: ((cols.weight + s in at) + (cols.score + s in at), s == 0))
            if shift and (cols.weight + shift in at) and (cols.score + shift in at):
                for c, q in nums:
                    if c == cols.weight + shift:
                        p.total_weight_stated = Figure(q, self._loc(t, r, c))
                    elif c == cols.score + shift:
                        p.total_score_stated = Figure(q, self._loc(t, r, c))
                self.recs.warnings.append(f"{self._loc(t, r).describe()}：总分行的数值比表头"
                                          f"{'左' if shift < 0 else '右'}移一列，已按分值、得分两列对齐读取")
                return
        if cols is not None and any(c in (cols.weight, cols.score, cols.deduction) for c, _ in nums):
            for c, q in nums:   # the figures stand under the 分值/权重, 得分 and 扣分 columns: take them by column
                if c == cols.weight:
                    p.total_weight_stated = Figure(q, self._loc(t, r, c))
                elif c == cols.score:
                    p.total_score_stated = Figure(q, self._loc(t, r, c))
                elif c == cols.deduction:   # the points taken off, summed: not a score
                    p.total_deduction_stated = Figure(q, self._loc(t, r, c))
            for c, x in enumerate(row):
                # no 得分 column: the total score stated as a label and its figure in one cell (最终得分：96.80)
                label, value, vc = _label_value(row, c)
                if p.total_score_stated is None and c > label_col and vc == c and \
                        _POINTS_HEAD[1][1].search(header_words(label)) and (q := parse(bare(value))).numeric:
                    p.total_score_stated = Figure(q, self._loc(t, r, c))
            return
        if len(nums) >= 2:
            p.total_weight_stated = Figure(nums[0][1], self._loc(t, r, nums[0][0]))
            p.total_score_stated = Figure(nums[1][1], self._loc(t, r, nums[1][0]))
        elif nums:
            p.total_score_stated = Figure(nums[0][1], self._loc(t, r, nums[0][0]))

    # -- lists ----------------------------------------------------------------------------
    def list_table(self, t: Table, grid, h: int) -> int:
        header = [bare(x) for x in grid[h]]

        def col(*words):
            return next((i for i, x in enumerate(header) if any(w in x for w in words)), None)
        c_serial, c_date = col("序号", "编号"), col("日期", "时间")
        c_amount, c_purpose = col("金额"), col("用途", "内容", "摘要", "事项", "名称")
        totals = ("合计", "总计", "小计")
        if c_purpose is None:     # a header word of its own (品目): the first column whose items are names
            body = [row for row in grid[h + 1:] if _first_text(row) and not _first_text(row).startswith(totals)]
            c_purpose = next((c for c in range(len(header)) if c not in (c_serial, c_date, c_amount) and
                              _most([columns.name_like(row[c]) for row in body if c < len(row)])), None)
        # the amount column's own unit (金额（万元）) before one another column names (单价（元） left of it)
        # then, as for a fund block, one stated over the table (单位：元 between the list's caption and it)
        money = (MONEY_UNIT.search(normalize_ws(grid[h][c_amount])) if c_amount is not None else None) or \
            MONEY_UNIT.search(normalize_ws("".join(grid[h]))) or _unit_stated_above(self.doc, t, grid[:h])
        unit = money.group(1) if money else "万元"
        paid = _paid_column(header, grid[h + 1:], unit, {c_serial, c_date})
        if paid is not None:
            c_amount = paid
        points = c_amount is None and (c := _points_column(grid[h], grid[h + 1] if h + 1 < t.n_rows else None)) is not None
        if points:   # points taken off, not money: the 扣分 column, in 分
            c_amount, unit = c, "分"
            c_purpose = next((i for i, x in enumerate(header) if i not in (c_serial, c) and bare(x) and
                              header_field(x, set()) in ("deduction", "level3", None) and "原因" not in x), c_purpose)
        c_share = next((c for c, x in enumerate(grid[h]) if c not in (c_serial, c_date, c_amount, c_purpose)
                        and SHARE_HEADER.search(normalize_ws(x))), None) if not points else None
        items, total, subtotals, group = [], None, [], 0
        r = h + 1
        while r < t.n_rows:
            row = grid[r]
            first = _first_text(row)
            if first.startswith(totals):
                c = c_amount if c_amount is not None and row[c_amount].strip() else \
                    max((i for i, x in enumerate(row) if parse(x, unit).numeric), default=None)
                stated = Figure(parse(row[c], default_unit=unit), self._loc(t, r, c)) if c is not None else None
                r += 1
                # a 小计 closing one group (一、… 二、…) with more items (or groups before it) and the list's own
                # 合计 below: a part
                if items and stated is not None and first.startswith("小计") and \
                        _more_groups(grid[r:], c_amount, unit, bool(subtotals)):
                    subtotals.append(ListSubtotal(stated, group, len(items)))
                    group = len(items)
                    continue
                total = stated or total
                if items:
                    break
                continue    # the 合计 written first, over the items it sums: they follow it
            if not first:
                r += 1
                continue
            if _indicator_cols(row) or _fund_header(row):
                break
            amount = None
            if c_amount is not None and row[c_amount].strip():
                amount = Figure(parse(row[c_amount], default_unit=unit), self._loc(t, r, c_amount))
            share = None
            if c_share is not None and c_share < len(row) and (q := parse(row[c_share], default_unit="%")).numeric \
                    and q.unit == "%":
                share = Figure(q, self._loc(t, r, c_share))
            items.append(ListItem(serial=row[c_serial].strip() if c_serial is not None else "",
                                  date=row[c_date].strip() if c_date is not None else "",
                                  purpose=row[c_purpose].strip() if c_purpose is not None else "",
                                  amount=amount, loc=self._loc(t, r), share=share))
            r += 1
        if c_share is not None:
            shares_fit(items, total, self.recs.warnings)
        self.recs.lists.append(ListTable(doc=self.recs.doc, title=_caption_before(self.doc, t), columns=grid[h],
                                         money_unit=unit, items=items, total=total, loc=self._loc(t, h),
                                         points=points, subtotals=subtotals))
        return r


def _more_groups(rows, c_amount: int | None, unit: str, grouped: bool) -> bool:
    """Whether the rows below a 小计 hold more items (an amount in the amount column), or a group closed
    before it (`grouped`), and then the list's own 合计 / 总计: the 小计 closed one group of the list, not
    the list (1189's 支付明细 in two groups)."""
    more = grouped
    for row in rows:
        first = _first_text(row)
        if first.startswith(("合计", "总计")):
            return more
        if not first or first.startswith("小计"):
            continue
        if _indicator_cols(row) or _fund_header(row):
            return False
        more = more or c_amount is not None and c_amount < len(row) and parse(row[c_amount], unit).numeric
    return False
