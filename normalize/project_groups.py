"""Which project a table's rows belong to: the current project, a new or named one, and tables holding several
projects side by side or grouped under name rows."""
from __future__ import annotations

import os

from jixiao.extract import Location, Table

from .indicator_header import _Cols
from .records import Project
from jixiao.extract.summary_rows import GRADE_LABEL
from .table_cells import _ends_body, _first_text, _fund_header, _name_key
from .quantity import parse
from .records import Figure
from .vocab import bare, canonical_grade, header_field, header_words, level_ordinal, name_label


def _distinct_parts(names: list[str]) -> dict[str, str]:
    """Each name's words the others do not share: what is left between the names' common opening and
    common ending (2023年兴国县长冈乡高标准农田建设项目 / …埠头乡…: 长冈乡, 埠头乡); {} where a part is
    empty or holds another's."""
    if len(names) < 2:
        return {}
    head = len(os.path.commonprefix(names))
    tail = len(os.path.commonprefix([n[::-1] for n in names]))
    parts = {n: n[head:len(n) - tail] if len(n) - tail > head else "" for n in names}
    if any(not x for x in parts.values()) or any(a != b and a in b for a in parts.values() for b in parts.values()):
        return {}
    return parts


class ProjectGroups:
    """Opens, names and finds projects; uses the reader's recs, current, used, indicators and UnreadRows."""

    # -- projects -------------------------------------------------------------------------
    def project(self, loc: Location, table: int) -> Project:
        if self.current is None:
            self.current = Project(doc=self.recs.doc, unit=self.recs.unit, year=self.recs.year, loc=loc, table=table)
            self.recs.projects.append(self.current)
        return self.current

    def new_project(self, loc: Location, table: int) -> Project:
        cur = self.current
        if cur is not None and cur.name is None and not cur.indicators and cur.executed is None \
                and cur.budget_full_year is None and cur.budget_initial is None:
            return cur
        self.current = None
        return self.project(loc, table)

    # -- the row loop ---------------------------------------------------------------------
    def fund_project(self, loc: Location, table: int) -> Project:
        """The project a fund table belongs to: the current one, unless it holds its indicators and
        money read from an earlier table already; then this money opens the next project (a fund
        block and an indicator table per project). A fund block after the indicators of a project
        with no money yet is that project's."""
        p = self.project(loc, table)
        read = [f for f in (p.budget_initial, p.budget_full_year, p.executed) if f is not None]
        if p.indicators and read and all(f.loc.table is not None and f.loc.table < table for f in read):
            p = self.new_project(loc, table)
        return p

    def named_project(self, name: str, loc: Location, table: int) -> Project:
        """The project of this name, made current: one already read (a fund table's row, matched by
        name), the current one while it has no name and no indicators, else a new one."""
        hit = next((q for q in self.recs.projects if q.name and _name_key(q.name) == _name_key(name)), None)
        cur = self.current
        if hit is None and cur is not None and not cur.name and not cur.indicators:
            hit = cur
        if hit is None:
            hit = self.new_project(loc, table)
        hit.name = hit.name or name
        self.current = hit
        return hit

    def grouping_levels(self, t: Table, h: int, head: list[str], cols: _Cols) -> None:
        """Level columns between level 2 and the deepest level that names the indicator (三级指标
        beside 四级指标, _deepest_level): the record keeps three levels, so they are no field; said
        once per table, naming the columns, so no column of the form is dropped silently."""
        if cols.level3 is None or level_ordinal(head[cols.level3]) is None or level_ordinal(head[cols.level3]) <= 3:
            return
        left = max((c for c in (cols.level1, cols.level2) if c is not None), default=-1)
        between = [header_words(head[c]) for c in range(left + 1, cols.level3) if level_ordinal(head[c]) is not None]
        if between:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：指标分{'一二三四五六七八九'[level_ordinal(head[cols.level3]) - 1]}级，"
                                      f"指标名称取最深一级“{header_words(head[cols.level3])}”，"
                                      f"“{'”“'.join(between)}”列为分组，未记入指标字段")

    def side_by_side(self, t: Table, grid, h: int, cols: _Cols, start: int, k: int, off: int, shared: int = 0) -> int:
        """Two indicator tables side by side in the same rows, under a header that repeats its roles
        (columns 0..k-1 and off..off+k-1, a gutter between when off > k): each half read on its own, the
        left first, the rows below the body (总分 spanning both) once, with the left. `shared`: the
        level columns the two halves share (tables._slots: 一级 | 二级 once, then two slots of 三级指标 |
        指标值 | … in each row), kept in the right half too, its own columns from `off`."""
        end = next((q for q in range(start, t.n_rows) if _ends_body(grid[q])), t.n_rows)
        blank = [""] * (off - shared)

        def half(right: bool) -> list[list[str]]:
            return [row if q < start or q >= end and not right else
                    [""] * len(row) if q >= end else
                    row[:shared] + blank + row[off:] if right else row[:k] + [""] * (len(row) - k)
                    for q, row in enumerate(grid)]
        after = self.indicators(t, half(False), h, cols, start)
        shift = off - shared
        self.indicators(t, half(True), h, _Cols(**{f: c if c is None or c < shared else c + shift
                                                   for f, c in vars(cols).items()}),
                        start, until=end)
        return after

    def tiles(self, t: Table, grid, h: int, cols: _Cols, start: int, k: int, n: int) -> int:
        """n indicator tables side by side in the same rows, under a header repeating its run of roles n
        times, each k columns wide (tables._tiles: a wide export's 指标1 … 指标12): each tile read on its own,
        left to right, in its own columns; the rows below the body (总分) once, with the first."""
        end = next((q for q in range(start, t.n_rows) if _ends_body(grid[q])), t.n_rows)
        after = start
        for j in range(n):
            o = j * k
            tile = [row if q < start or q >= end and not j else
                    [""] * len(row) if q >= end else
                    [""] * o + row[o:o + k] + [""] * max(0, len(row) - o - k)
                    for q, row in enumerate(grid)]
            shifted = _Cols(**{f: c if c is None else c + o for f, c in vars(cols).items()})
            got = self.indicators(t, tile, h, shifted, start, until=end if j else None)
            after = got if not j else after
        return after

    def project_groups(self, t: Table, h: int, start: int, head: list[str], cols: _Cols) -> list[tuple[str, int]]:
        """Two or more projects side by side in one indicator table (797: the level and name columns
        shared, then a column group per project, each 年度指标值 | 实际完成值 | 分值 | 得分, under a
        heading naming its project): (project name, shift of its columns from the first group's) for
        each group, or [] where the value columns' header words do not repeat at one shift, or a
        group's heading (a header cell over exactly its columns) names no project read before."""
        run = {f: c for f, c in vars(cols).items() if f in ("target", "actual", "weight", "score") and c is not None}
        if len(run) < 2:
            return []
        lo, width = min(run.values()), max(run.values()) - min(run.values()) + 1
        taken = set(vars(cols).values())
        shifts, k = [0], width
        while all(c + k < len(head) and c + k not in taken and header_field(head[c + k], set()) == f
                  for f, c in run.items()):
            shifts.append(k)
            k += width
        if len(shifts) < 2:
            return []
        known = {_name_key(p.name): p.name for p in self.recs.projects if p.name}
        out = []
        for k in shifts:
            spans = [x for q in range(h, start) if (x := t.cell_at(q, lo + k)) is not None and
                     x.col == lo + k and x.colspan == width and bare(x.text)]
            name = known.get(_name_key(spans[0].text)) if len(spans) == 1 else None
            out.append((name, k))
        if any(n is None for n, _k in out) or len({n for n, _k in out}) < len(out):
            # the groups cannot be told apart by project: the first is read, the others said
            heads = "、".join(bare(head[c]) for c in sorted(run.values()))
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：表头的“{heads}”在右侧重复{len(out) - 1}组"
                                      f"（第{lo + out[1][1] + 1}列起），各组未能对应到已读取的项目，只读取了第一组")
            return []
        return out

    def grouped_projects(self, t: Table, grid, h: int, start: int, cols: _Cols, groups: list[tuple[str, int]]) -> int:
        """The rows read once per project group (project_groups): the shared level and name cells
        with the group's value columns, each group's rows and total the project's its heading names."""
        lo = min(c for f, c in vars(cols).items() if f in ("target", "actual", "weight", "score") and c is not None)
        hi = max(c for f, c in vars(cols).items() if f in ("target", "actual", "weight", "score") and c is not None)
        after = start
        own = _distinct_parts([name for name, _k in groups])
        for name, k in groups:
            self.named_project(name, self._loc(t, h), t.index)
            shifted = _Cols(**{f: c + k if c is not None and lo <= c <= hi else c for f, c in vars(cols).items()})
            after = self.indicators(t, grid, h, shifted, start)
            if own and cols.reason is not None and not lo <= cols.reason <= hi:
                # one reason column shared by the groups: a reason naming another group's project only
                # (埠头乡项目：… beside 长冈乡's row) is not this project's
                others = [own[n] for n, _k in groups if n != name]
                for i in next(q for q in self.recs.projects if q.name == name).indicators:
                    if i.loc.table == t.index and i.reason and own[name] not in i.reason and \
                            any(o in i.reason for o in others):
                        i.reason = ""
        if after < t.n_rows and GRADE_LABEL.match(bare(_first_text(grid[after]))):
            # a grade row under the groups (自评等级 | 优 | 良): each group's cell its project's grade
            for name, k in groups:
                p = next(q for q in self.recs.projects if q.name == name)
                cell = t.cell_at(after, lo + k)
                if cell is not None and (word := canonical_grade(cell.text)):
                    p.grade_stated, p.grade_raw, p.grade_loc = word, cell.text.strip(), self._loc(t, after, cell.col)
            self.used.add(after)
            after += 1
        return after

    def totals_by_project(self, t: Table, grid, h: int) -> int | None:
        """A table of the totals of projects read before, one row each (1382: 项目名称 | 总分 | 得分 |
        自评等级 under one unit's two projects): its head a label naming the project and a score column
        (得分, 自评得分: header_field), a full-marks column beside it (分值, 满分, or a bare 总分, which beside a
        得分 is the points, not the result) and a grade column (GRADE_LABEL) where written; each body row's
        name a project read before (the evidence: the names, never a position). Returns the row after the
        table's rows, or None where the table is no such table."""
        head = [bare(x) for x in grid[h]]
        name = next((c for c, x in enumerate(head) if name_label(x)), None)
        score = next((c for c, x in enumerate(head) if header_field(x, set()) == "score"), None)
        if name is None or score is None or any(header_field(x, set()) not in (None, "weight", "score") for x in head) \
                or _fund_header(grid[h]):
            return None     # a header naming indicators' columns (三级指标, 年度指标值) or money is another table's
        weight = next((c for c, x in enumerate(head) if c != score and
                       (header_field(x, set()) == "weight" or x == "总分")), None)
        grade = next((c for c, x in enumerate(head) if GRADE_LABEL.match(x)), None)
        rows = [r for r in range(h + 1, t.n_rows) if any(bare(x) for x in grid[r])]
        if not rows:
            return None
        known = {_name_key(q.name): q for q in self.recs.projects if q.name}
        hits = [(r, known.get(_name_key(bare(grid[r][name])) if name < len(grid[r]) else "")) for r in rows]
        if len(known) < 2 or any(q is None for _, q in hits) or len({id(q) for _, q in hits}) < len(hits):
            return None
        for r, q in hits:
            for c, field in ((weight, "total_weight_stated"), (score, "total_score_stated")):
                if c is not None and c < len(grid[r]) and (v := parse(bare(grid[r][c]))).numeric and \
                        getattr(q, field) is None:
                    setattr(q, field, Figure(v, self._loc(t, r, c)))
            if grade is not None and grade < len(grid[r]) and (word := canonical_grade(grid[r][grade])) and \
                    not q.grade_stated:
                q.grade_stated, q.grade_raw, q.grade_loc = word, grid[r][grade].strip(), self._loc(t, r, grade)
        return rows[-1] + 1
