"""Where a table row was read from and what was left unread: the location of each record (row, column, raw text)
through the views a table is read by, and the rows and cells no record took, counted and named for the analyst."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jixiao.extract import Location, Table, normalize_ws

from . import columns, other_tables, record_cells, unread
from .columns import FIGURE_KINDS
from .indicator_header import _indicator_fields
from .quantity import parse, parse_cell
from .records import Project
from .table_cells import NOT_A_ROW, _another_header, _first_text, _fund_like, _level_led, _other_header
from .vocab import bare


def _other_table(grid, like: list[int]) -> bool:
    """Rows of names and figures that are parts of a whole, not indicators missed: under a header of other
    labels (_another_header, no cell naming an indicator table's field: 资金来源 | 下达文号 | 金额 | 占比,
    序号 | 工作任务 | 2025年计划 | 计划投资（万元）), a column of their figures adding up to the figure of
    the 合计 row under them (a fund breakdown, a plan's money), and their cells showing nothing of an
    indicator table: no row led by its levels, no target by its operator (≥90%), no pair of figures in
    one unit (a target and its result, a weight and its score). unread.say_silent_tables names the table
    where nothing was read from it."""
    head = next((grid[k] for k in range(like[0] - 1, -1, -1) if any(bare(x) for x in grid[k])), None)
    if head is None or not _another_header(head) or _indicator_fields(head):
        return False
    items = [r for r in like if not unread.SUBTOTAL.match(_first_text(grid[r]))]
    if not items:
        return False
    total = next((r for r in range(items[-1] + 1, len(grid)) if unread.SUBTOTAL.match(_first_text(grid[r]))), None)
    if total is None or not any(_column_sum(grid, items, c) == q.value for c, x in enumerate(grid[total])
                                if (q := parse(bare(x))).numeric and q.value is not None):
        return False
    rows = [[x for x in grid[r] if bare(x)] for r in items]
    numbered = int(columns.serial([x[0] for x in rows]))   # a row number is no figure of the row's
    for row in rows:
        kinds = [(columns.kind(x), x) for x in row[numbered:]]
        units = [parse(bare(x)).unit for k, x in kinds if k in FIGURE_KINDS]
        if _level_led(row) or any(k == "opfigure" for k, _ in kinds) or len(units) > len(set(units)):
            return False
    return True


def _column_sum(grid, rows: list[int], c: int) -> Decimal | None:
    """The sum of column c's figures over the rows, each figure of the column; None where a row has none."""
    values = [parse(bare(grid[r][c])).value if c < len(grid[r]) else None for r in rows]
    return None if any(v is None for v in values) else sum(values, Decimal(0))


def _unlabelled(row: list[str]) -> list[str]:
    """The row with each cell that is one field's label and its value (年度指标值：≥95%, 分值：6: a field name
    shown in the cell, as a spreadsheet's number format prints it) as its value: a row whose every figure is
    labelled looks like an indicator row as much as one of bare figures (1550.pdf: such rows went unnamed)."""
    from .labelled_rows import _cell
    out = []
    for x in row:
        got = _cell(x) if x else None
        out.append(got[0][2] if got and len(got) == 1 else x)
    return out


def _figures_below_names(grid, rows: list[int]) -> set[int]:
    """The rows of figures each under a row of its name (1270: the name a row of its own, one cell over the value
    columns, its target, result and points the row below): an indicator row written on two rows, its name and its
    figures, where the table has two such pairs or more. A name row holds one name and no figure (level cells
    beside it are no name); its figure row holds a figure. Each pair is one row looking like an indicator row,
    counted at its figures."""
    def kinds(r: int) -> list[str]:
        return [columns.kind(x) for x in grid[r]]
    taken = set(rows)
    pairs = set()
    for r in rows:
        if r - 1 not in taken:
            continue
        above, here = kinds(r - 1), kinds(r)
        names = sum(1 for k, x in zip(above, grid[r - 1]) if columns.name_like(x, k))
        if names == 1 and not any(k in FIGURE_KINDS for k in above) and any(k in FIGURE_KINDS for k in here):
            pairs.add(r)
    return pairs if len(pairs) >= 2 else set()


class UnreadRows:
    """Locates rows and counts the unread; uses the reader's recs, current, used, fund_seen, indicator_table, last_cols,
    last_table, moved_from, view_rows, said_unread, table_said, parts_after, totals_after and like_neighbours."""

    def count_unread(self, t: Table, grid, produced_before: set) -> None:
        """Rows that look like indicator rows (a name and a figure) and gave no record: counted
        in recs.unread_rows and named in a warning each, so a reader knows what was not read."""
        produced = {(i.loc.table, i.loc.row) for i in self.recs.indicators} - produced_before
        mine = {row for table, row in produced if table == t.index}
        neighbours = [r for r in range(t.n_rows) if r not in self.used and r not in mine and self.like_neighbours(t, grid[r])]
        below = _figures_below_names(grid, [r for r in range(t.n_rows) if r not in self.used and r not in mine])
        # a scan's row of one piece that reads as an indicator row OCR ran together (a name, a target with its
        # operator and more figures: unread.glued_row), 1492.scan's page 2 taken for a text table whose one cell
        # held 茶企满意度 ≥85% 88.2% 8 … run together with the 总分 row: a row of the project's, lost
        # (one line: a frame's cell of a header over rows, several lines, has its lines counted as rows below)
        glued = {r for r in range(t.n_rows) if self.recs.ocr and r not in self.used and r not in mine and
                 len(cells := [x for x in grid[r] if bare(x)]) == 1 and "\n" not in cells[0].strip() and
                 unread.glued_row(normalize_ws(cells[0]))}
        like = [r for r in range(t.n_rows) if r not in self.used and r not in mine and
                (columns.indicator_like(_unlabelled(grid[r])) or r in neighbours or r in below or r in glued)
                and not _first_text(grid[r]).startswith(NOT_A_ROW)]
        like = [r for r in like if not _fund_like(grid[r], self.fund_seen)
                and not unread.rightly_left(grid, r, self.current)
                and not unread.read_into_projects(grid[r], r, t.index, self.recs.projects)
                and not unread.restated_points(grid[r], t.index, self.recs.projects)
                and not unread.label_pairs([bare(x) for x in grid[r] if bare(x)])   # a head's 项目负责人 | 杨某某 | 联系电话 | …
                and not unread.identifiers_only(grid[r])]   # a head's 项目代码 | 500105231000012375
        # a record's points split over the rows under it (评价要点 | 要点分值 | 要点得分): its parts, read
        records = [i for i in self.recs.indicators if i.loc.table == t.index and i.loc.row in mine]
        like = [r for r in like if not unread.point_parts(grid, r, records)]
        # a numbered roster under its own header below the indicator rows is a list, not indicators
        blocks: dict[int, list[int]] = {}
        for r in like:
            above = next((k for k in range(r - 1, -1, -1) if _another_header(grid[k])), -1)
            blocks.setdefault(above, []).append(r)
        like = [r for above, rows in blocks.items() if above < 0 or not _other_header(grid, rows) for r in rows]
        # a table whose 总分 row gave the project's total is (a part of) its indicator table, header or not
        # (404's scan: the last indicator row and the 总分 row on a page of their own, their columns not the first page's)
        closed = [p for p in self.recs.projects
                  if any(f is not None and f.loc.table == t.index for f in (p.total_score_stated, p.total_weight_stated))]
        counted = like if like and (self.indicator_table or closed or neighbours or glued & set(like) or
                                    len(like) >= 3 and not _other_header(grid, like) and not _other_table(grid, like)) else []
        # a table whose cells show it is something else (a contents page, a roster, parts of a total, a task
        # list) and gave nothing is said once as what it is, its rows not named as indicators left unread
        if counted and not mine and not any(f.loc is not None and f.loc.table == t.index for f in unread._figures(self.recs)) \
                and (kind := other_tables.what(grid, self.doc)):
            self.recs.warnings.append(other_tables.said(t.loc, kind))
            return
        if counted and len(like) >= 3 and not mine:
            like = counted = sorted(like + self._between(t, grid, like, below))
        self.count_unread_cells(t, grid, counted)
        if not counted:
            return
        if len(like) >= 3 and not mine:
            said_table = (f"{self._loc(t, like[0]).describe()}：本表有{len(like)}行像指标行（有名称和数值），"
                          "未读出任何指标记录，请核对原件")
            self.recs.warnings.append(said_table)
            self.table_said[t.index] = (said_table, len(like))   # taken back where settle_parts accounts for all
        # rows of the project the total is: its sums are not whole (rules.common.read_whole); a row
        # left_unread said already is not counted or named again
        for r in like:
            cells = unread.row_text(grid[r])
            if r in below and not columns.indicator_like(grid[r]):   # its name the row above: named with it
                cells = unread.row_text(grid[r - 1]) + "｜" + cells
            owner = closed[-1] if closed else self.recs.projects[-1] if r in glued and self.recs.projects else None
            said = (self.recs, unread.unread_line(self._loc(t, r), cells), owner, self._loc(t, r))
            # a level-1 block's total (汇总; 产出指标 汇总 under a pivot's 分值 / 得分) before a part's points
            if unread.block_level(_first_text(grid[r])):    # perhaps a level-1 block's total (汇总), its block read later
                self.totals_after.append((t.index, grid[r], said))
                continue
            if (points := self._part_points(t, grid, r)) is not None:
                self.parts_after.append((t.index, points, said))   # settled once every table is read
                continue
            unread.say_unread(said[0], said[1], owner=said[2], at=said[3])

    def _between(self, t: Table, grid, like: list[int], below: set[int]) -> list[int]:
        """The rows between the first and last row looking like an indicator row of a table that read nothing
        (1499.pdf: a false aligned table of a task list's fragments, the rows whose values were a date or words
        not looking like indicator rows): each holding two filled cells or more, no level heading, header, fund
        row or row left rightly, nor a name row over a figure row (_figures_below_names: the pair counted once),
        is counted and named too, not passed over."""
        return [r for r in range(like[0] + 1, like[-1]) if r not in like and r not in self.used and r + 1 not in below
                and sum(1 for x in grid[r] if bare(x)) >= 2 and not unread.block_level(_first_text(grid[r]))
                and not _another_header(grid[r]) and not _first_text(grid[r]).startswith(NOT_A_ROW)
                and not _fund_like(grid[r], self.fund_seen) and not unread.rightly_left(grid, r, self.current)]

    def _part_points(self, t: Table, grid, r: int) -> tuple[Decimal, Decimal | None] | None:
        """A row of one label and points alone under this table's 分值 / 得分 (no name, target or result:
        共性指标（项目决策、项目过程） | 30 | 29.30): perhaps the points of a part of the evaluation
        written in a table of its own further on (parts_after)."""
        cols = self.last_cols
        if cols is None or self.last_table != t.index or cols.weight is None:
            return None
        row = grid[r]
        figures = {c for c, x in enumerate(row) if columns.kind(x) in FIGURE_KINDS}
        texts = [c for c, x in enumerate(row) if bare(x) and c not in figures and c != cols.reason]
        if cols.weight not in figures or figures - {cols.weight, cols.score} or len(texts) != 1 or \
                texts[0] in {cols.target, cols.actual} or \
                any(bare(row[c]) for c in (cols.target, cols.actual) if c is not None and c < len(row)):
            return None
        score = parse_cell(row[cols.score]) if cols.score in figures else None
        return parse_cell(row[cols.weight]).value, score.value if score is not None else None

    def settle_parts(self) -> None:
        """Rows of a part's points (_part_points) whose points are those of the rows a later table of
        the same project gave (743: its 共性指标 row, the 共性指标评分表 sheet's rows 30 / 29.30): that
        part's subtotal, no indicator left unread; any other is said unread as it was found. Rows
        led by a level-1 name (汇总: 项目决策 | 20 | 19.50) that hold the sums of the records read under
        that level 1 are its block's totals (unread.block_total): no row left unread, nor the table
        whose rows they all are."""
        for table, (weight, score), said in self.parts_after:
            owner = said[2] or next((q for q in self.recs.projects
                                     if any(i.loc.table == table for i in q.indicators)), None)
            later = [i for i in (owner.indicators if owner is not None else []) if i.loc.table > table]
            weights = [i.weight.q.value for i in later if i.weight is not None]
            scores = [i.score.q.value for i in later if i.score is not None]
            if later and len(weights) == len(later) and sum(weights) == weight and \
                    (score is None or len(scores) == len(later) and sum(scores) == score):
                continue
            unread.say_unread(said[0], said[1], owner=said[2], at=said[3])
        totals: dict[int, int] = {}
        for table, row, said in self.totals_after:
            if unread.block_total(row, self.recs.indicators):
                totals[table] = totals.get(table, 0) + 1
            else:
                unread.say_unread(said[0], said[1], owner=said[2], at=said[3])
        for table, n in totals.items():
            if table in self.table_said and self.table_said[table][1] == n:
                self.recs.warnings.remove(self.table_said[table][0])
        # a grid of bare points printed before its indicator table (count_unread_cells): said where a
        # later table's indicators were left with their weights and scores empty
        for t, grid, owner in self.points_before:
            empty = [i for i in self.recs.indicators if i.loc is not None and i.loc.table is not None
                     and i.loc.table > t.index and i.weight is None and i.score is None]
            if empty:
                self._say_bare_points(t, grid, owner or next((p for p in self.recs.projects if empty[0] in p.indicators),
                                                             None))

    def count_unread_cells(self, t: Table, grid, counted: list[int]) -> None:
        """What count_unread's rows miss (normalize.unread): numbered indicators stacked in one
        record's cells, a table of weights / scores that completed no record, and the columns of a
        table that gave nothing where they look like indicator rows (a page turned or mirrored)."""
        # a cell holding an indicator as label：value lines that no view spread (record_cells) and no row read
        named = {i.loc.row for i in self.recs.indicators if i.loc is not None and i.loc.table == t.index}
        cards = [x for x in t.cells if x.row not in named and x.row not in counted and
                 (record_cells._names_one(x) or record_cells.card_over_heading(x))]
        for x in sorted(cards, key=lambda x: (x.row, x.col)):
            # cards side by side in one row (a grid of cards) are an indicator each: the row's first is
            # named at the row, the others at their own cells, so no one of them is dropped as the row's again
            first = not any(y.row == x.row and y.col < x.col for y in cards)
            unread.say_unread(self.recs, f"{x.loc.describe()}：单元格内逐行写出一条指标（标签：值），未能读取"
                                         f"（{'／'.join(x.text.split())[:60]}）",
                              owner=self.current, at=self._loc(t, x.row) if first else x.loc)
        for x in t.cells:   # cards stacked in one cell: no row of the table holds them one by one
            if x.row not in named and (cards := record_cells.stacked_records(x.text)):
                unread.say_unread(self.recs, f"{x.loc.describe()}：单元格内上下写有{len(cards)}条指标（各为名称及其下"
                                             f"标签：值），未能分行读取（{'、'.join(v for _, v in (c[0] for c in cards))[:60]}）",
                                  len(cards), owner=self.current, at=self._loc(t, x.row))
            # label：value paragraphs in one cell whose lines run across them (two columns of them in a box,
            # 1081.scan): no card found, but their labels count the indicators the cell holds
            elif not named and x.row not in counted and (n := record_cells.labelled_count(x.text)):
                unread.say_unread(self.recs, f"{x.loc.describe()}：单元格内以“标签：值”写有约{n}条指标（年度指标值、"
                                             f"分值等标签各出现多次），未能分条读取（{'／'.join(x.text.split())[:60]}）",
                                  n, owner=self.current, at=self._loc(t, x.row))
        for i in self.recs.indicators:
            if i.loc.table == t.index and (n := unread.stacked_items(i)):
                unread.say_unread(self.recs, f"{i.loc.describe()}：一个单元格内有{n + 1}个编号指标，只读出一条记录，"
                                             f"其余{n}个未读取（{'／'.join(i.level3.split())[:60]}）", n)
        took = any(f is not None and f.loc.table == t.index for p in self.recs.projects
                   for f in (p.fund_weight, p.fund_score, p.budget_full_year, p.executed)) or \
            any(f is not None and f.loc.table == t.index for i in self.recs.indicators
                for f in (i.target, i.actual, i.weight, i.score, i.deduction))
        rows = [] if took else [r for r in unread.score_rows(grid) if r not in self.used and r not in counted]
        for r in rows:
            cells = unread.row_text(grid[r])
            unread.say_unread(self.recs, f"{self._loc(t, r).describe()}：分值/得分行未对应到任何指标，未读取（{cells}）",
                              at=self._loc(t, r))
        # a grid of bare points with no header beside or after indicator rows whose weights and scores
        # are empty (1058.pdf's grid printed as two, its spacer column unjoined): its rows are theirs, unread
        empty = [i for i in self.recs.indicators if i.loc.table != t.index and i.weight is None and i.score is None]
        if not (took or rows or counted or any(i.loc.table == t.index for i in self.recs.indicators)):
            if empty and self._say_bare_points(t, grid, self.current):
                return
            if not empty:
                # printed before the indicator table it belongs to: settled once every table is read
                self.points_before.append((t, grid, self.current))
        # a numbered roster (序号 | 学校性质 | 培训机构 …, rows 1, 2, 3) or another table under its header
        # (_other_table) is read by rows: its columns are fields
        by_row = [r for r in range(t.n_rows) if columns.indicator_like(grid[r])]
        if took or rows or counted or self.used or any(i.loc.table == t.index for i in self.recs.indicators) \
                or by_row and (_other_header(grid, by_row) or _other_table(grid, by_row)):
            return
        cols = unread.indicator_columns(grid)
        # a table whose cells show what it is (a breakdown, things by measures) has no rows turned on their side
        if cols and (kind := other_tables.what(grid, self.doc) or other_tables.measures(grid)):
            self.recs.warnings.append(other_tables.said(t.loc, kind))
            return
        for c in cols:
            cells = unread.row_text([row[c] for row in grid if c < len(row)])
            unread.say_unread(self.recs, f"{replace(t.loc, col=c).describe()}：本列像一行指标（有名称和数值），"
                                         f"表中未读出任何记录，未读取（{cells}）")

    def _say_bare_points(self, t: Table, grid, owner) -> bool:
        """A grid of bare points (unread.bare_points) counted unread and named; False where it is none."""
        totals = {f.q.value for p in self.recs.projects
                  for f in (p.total_weight_stated, p.total_score_stated) if f is not None}
        if not (points := unread.bare_points(grid, totals)):
            return False
        first = "；".join(unread.row_text(grid[r]) for r in points[:3])
        unread.say_unread(self.recs, f"{t.loc.describe()}：本表无表头，各行只有数值（及其后的说明），像各指标的"
                                     f"分值和得分（得分不超过分值，或一列合计等于总分），而指标表的分值、得分为空，"
                                     f"{len(points)}行未对应到任何指标，未读取（{first[:80]}）",
                          len(points), owner=owner)
        return True

    def _loc(self, t: Table, r: int, c: int | None = None) -> Location:
        moved = self.moved_from
        if c is not None and moved is not None and moved[0] == (t.index, r):
            c = moved[1].get(c, c)    # a realigned row: the cell where the value was written
        if c is not None:
            cell = t.cell_at(r, c)
            if cell is not None:
                return cell.loc
        return self._row_loc(t, self._table_row(t, r))   # a cell keeps its own location; a row names the table's

    def _table_row(self, t: Table, r: int) -> int:
        """The table's row a row of the table being read stands for: itself, or, in a header-below
        view, the row it moved from (figures carry the table's rows, so compare through this)."""
        if self.view_rows is not None and self.view_rows[0] == t.index:
            return self.view_rows[1].get(r, r)
        return r

    @staticmethod
    def _row_loc(t: Table, r: int) -> Location:
        loc = Location(t.loc.file, block=t.loc.block, page=t.loc.page, table=t.index, row=r)
        at = t.row_paragraph(r)
        # a row of a text table read from paragraphs: the paragraph that is the row in the file
        return loc if at is None else replace(loc, page=at.page, paragraph=at.paragraph)

    def unfilled_rows(self, t: Table, unfilled: list) -> None:
        """Rows that name an indicator and hold no target, result, weight or score, which gave no
        record (separate level cells: nothing merged down from above makes them a block's row): an
        indicator the form left unfilled, counted unread and named, where the form's other rows of
        the project are filled in this table. A form none of whose rows is filled is JX306's, read
        through the records of the rows under its level cells: left as it is."""
        for p, r, name in unfilled:
            if any(i.loc.table == t.index and any(f is not None and bare(f.q.raw) for f in (i.target, i.actual, i.weight, i.score))
                   for i in p.indicators):
                # counted for the document, not against the project: the row holds no figure its sums or
                # scores could lack, so no check of the project is held back for it (JX306 on a form left unfilled)
                self.left_unread(t, r, None, f"该行只有指标名称“{name}”，无指标值、实际完成值、分值和得分，疑为未填写的指标")

    def left_unread(self, t: Table, r: int, p: Project | None, why: str) -> None:
        """A row the reader leaves unread and says so: named in a warning with its cells and counted
        once in the document's unread_rows (and in the project's rows_unread, p None where the row holds
        nothing the project's checks could lack); count_unread, which
        may find it again as a row that looks like an indicator, neither counts nor names it again."""
        cells = unread.row_text(t.grid()[r])
        named = f"（{cells}）" if cells not in why else ""   # a reason that quotes the row names it already
        unread.say_unread(self.recs, f"{self._loc(t, r).describe()}：{why}，该行未读取{named}", owner=p,
                          at=self._loc(t, r))
        self.said_unread.add(r)
