"""Tables that name indicators already read and add to them: results, reasons, weights and scores by indicator name or key."""
from __future__ import annotations

import regex as re

from jixiao.extract import Table, normalize_ws

from . import outline
from .indicator_header import _Cols, _indicator_fields, _one_character_off
from .quantity import month_of_point, name_unit
from .records import Figure, Indicator
from .subjects import level3_key
from jixiao.extract.summary_rows import summary_label
from .table_cells import _deducted, _first_text, _serial_column, _value
from .vocab import STOP_LABELS, bare, header_field


def _serial_key(text: str) -> str | None:
    """A 序号 cell as a key: the code it writes (1, 1., 1.1, ２ full-width as the document may type it),
    or None where the cell is no such code."""
    m = outline.DOTTED.match(normalize_ws(text))
    return re.sub(r"\s*[.．]\s*", ".", m.group(1)) if m else None


def _read_above(p, t: Table, h: int) -> list[Indicator]:
    """The project's indicators read above row h of table t (in an earlier table or higher in this one)."""
    return [i for i in p.indicators if i.loc is not None and i.loc.table is not None and
            (i.loc.table < t.index or i.loc.table == t.index and i.loc.row < h)]


def _by_name(rows: list[Indicator]) -> dict[str, list[Indicator]]:
    """The indicators by their name's key (level3_key), those of one name together."""
    out: dict[str, list[Indicator]] = {}
    for i in rows:
        out.setdefault(i.level3_key, []).append(i)
    return out


class TablesByName:
    """Adds results, reasons, weights and scores to read indicators by name or key; uses the reader's doc, recs, current,
    TotalsAndLists, UnreadRows and IndicatorRow (_figure)."""

    def results_by_name(self, t: Table, grid, h: int) -> int:
        """A table of results joined to the indicators read before it by their names alone (三级指标 |
        全年完成 | 评价得分 | 偏差说明 after 一级 | 二级 | 三级指标 | 年度目标 | 权数): no level or target
        column, and every named row names one indicator of the current project that has no result
        and no score yet. Its cells complete those indicators (with their own provenance); the rows
        after the header up to its summary row are used. 0 where the table is not such one (the
        row after its summary row, else)."""
        f = _indicator_fields(grid[h])
        p = self.current
        if p is None or "level3" not in f or {"level1", "level2", "target"} & f.keys() or \
                not {"actual", "score"} & f.keys():
            return 0
        waiting = [i for i in p.indicators if i.actual.q.op == "empty" and i.score is None]
        open_rows = {}
        for i in waiting:
            open_rows.setdefault(i.level3_key, []).append(i)
        found, end, total_row = [], t.n_rows, None
        for r in range(h + 1, t.n_rows):
            name = bare(grid[r][f["level3"]]) if f["level3"] < len(grid[r]) else ""
            # a 总分 / 自评等级 row may write its label in the 序号 column, merged across the name's (1083)
            label = name if name and (summary_label(name) or name.startswith(STOP_LABELS)) else bare(_first_text(grid[r]))
            if summary_label(label) or label.startswith(STOP_LABELS):
                end, total_row = r + 1, r if summary_label(label) == "total" else None
                break
            if not name:
                continue
            hits = open_rows.get(level3_key(name), [])
            found.append((r, hits[0] if len(hits) == 1 else None))
        unnamed = [k for k, (_, i) in enumerate(found) if i is None]
        if len(unnamed) == 1 and len(found) == len(waiting) >= 3 and \
                all(i is waiting[k] for k, (_, i) in enumerate(found) if i is not None) and \
                _one_character_off(bare(grid[found[unnamed[0]][0]][f["level3"]]), waiting[unnamed[0]].level3):
            # every other row names the waiting indicator in the same place, and this one's name is
            # that indicator's but for one character (misread by OCR, retyped): the same indicator
            k = unnamed[0]
            r, i = found[k][0], waiting[k]
            found[k] = (r, i)
            i.note = "；".join(x for x in (i.note, f"结果表第{r + 1}行名称“{bare(grid[r][f['level3']])}”与本指标名称不同，"
                                                   "其余各行名称与顺序均对应，按行序对应") if x)
        if len(found) < 2 or any(i is None for _, i in found) or len({id(i) for _, i in found}) != len(found):
            return 0    # a row naming no open indicator (or two): not a table of their results
        for r, i in found:
            row = grid[r]
            if (c := f.get("actual")) is not None and c < len(row):
                i.actual = self._actual(t, row, r, c, i)
            if f.get("score") is not None:
                i.score = self._figure(t, row, r, f["score"], 0)
            if f.get("weight") is not None and i.weight is None:   # 分值 beside the result where the targets had none
                i.weight = self._figure(t, row, r, f["weight"], 0)
            if (c := f.get("reason")) is not None and c < len(row):
                i.reason = row[c].strip()
            i.note = "；".join(x for x in (i.note, f"完成值与得分取自{self._loc(t, r).describe()}按指标名称对应的一行") if x)
        if total_row is not None:   # its 合计: the scores' total as the table states it (a line below may state the whole)
            self.totals(t, grid, total_row, f["level3"], _Cols(**f))
        return end

    def reasons_by_name(self, t: Table, grid, h: int) -> int:
        """A table of the shortfalls' reasons after the indicators (偏差情况说明: 序号 | 指标名称 | 偏差情况 |
        原因分析及改进措施): the names and reason columns only. Each named row gives its reason to the one
        indicator of the current project of that name read above it with no reason yet (its reason
        cells joined, each as written; the record notes the row); a row naming none, or two, joins
        nothing and a warning names the table. The rows used up to a blank key or a stop label, or 0."""
        f = _indicator_fields(grid[h])
        p = self.current
        if p is None or set(f) != {"level3", "reason"}:
            return 0
        serial = _serial_column(grid[h])
        reasons = [c for c, x in enumerate(grid[h]) if header_field(x, set()) == "reason"]
        if any(bare(x) and c not in (f["level3"], serial, *reasons) for c, x in enumerate(grid[h])):
            return 0    # a column of anything else is no table of reasons
        above = _read_above(p, t, h)
        by_name = _by_name(above)
        found, end = [], t.n_rows
        for r in range(h + 1, t.n_rows):
            name = bare(grid[r][f["level3"]]) if f["level3"] < len(grid[r]) else ""
            if not name or name.startswith(STOP_LABELS) or summary_label(name):
                end = r
                break
            hits = by_name.get(level3_key(name), [])
            found.append((r, hits[0] if len(hits) == 1 and not hits[0].reason else None))
        if not found:
            return 0
        if any(i is None for _, i in found) or len({id(i) for _, i in found}) != len(found):
            unmatched = [bare(grid[r][f["level3"]]) for r, i in found if i is None]
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：偏差说明表按指标名称对应指标，但"
                                      f"{'、'.join(unmatched) or '部分行'}对不上唯一一行尚无偏差原因的指标，"
                                      "其偏差原因均未并入，请核对原件")
            return end
        for r, i in found:
            i.reason = "；".join(grid[r][c].strip() for c in reasons if c < len(grid[r]) and bare(grid[r][c]))
            i.note = "；".join(x for x in (i.note, f"偏差原因取自{self._loc(t, r).describe()}按指标名称对应的一行") if x)
        return end

    def weights_by_name(self, t: Table, grid, h: int) -> int:
        """A table of the weights set for the indicators, apart from them (附：绩效指标分值设置: 序号 |
        三级指标 | 分值 … 合计), after an indicator table with no 分值 column: the names and weights only,
        in any order. Each named row gives its weight to the one indicator of the current project of
        that name read above it with no weight yet (the record notes the row); a row naming none, or
        two, gives nothing and a warning names those rows. The rows used up to the 合计 row or a stop
        label, or 0 where the table is not such one."""
        f = _indicator_fields(grid[h])
        p = self.current
        if p is None or set(f) != {"level3", "weight"}:
            return 0
        serial = _serial_column(grid[h])
        if any(bare(x) and c not in (f["level3"], f["weight"], serial) for c, x in enumerate(grid[h])):
            return 0    # a column of anything else is no table of weights
        above = _read_above(p, t, h)
        if not above or any(i.weight is not None for i in above):
            return 0    # the indicators have their weights: not theirs to complete
        by_name = _by_name(above)
        found, end = [], t.n_rows
        for r in range(h + 1, t.n_rows):
            name = bare(grid[r][f["level3"]]) if f["level3"] < len(grid[r]) else ""
            label = name or bare(_first_text(grid[r]))
            if not label or label.startswith(STOP_LABELS) or summary_label(label):
                end = r + 1 if summary_label(label) else r
                break
            hits = by_name.get(level3_key(name), [])
            found.append((r, hits[0] if len(hits) == 1 else None))
        if len(found) < 2:
            return 0
        # the rows that name no indicator, and those that name one another row names too
        shared = [i for i in {id(i): i for _, i in found if i is not None}.values()
                  if sum(j is i for _, j in found) > 1]
        odd = [bare(grid[r][f["level3"]]) for r, i in found if i is None or any(i is j for j in shared)]
        if odd:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：分值表按指标名称对应指标，但"
                                      f"{len(odd)}行（{'、'.join(odd)}）对不上唯一一条指标，"
                                      "其分值均未并入，请核对原件")
            return end
        for r, i in found:
            i.weight = self._figure(t, grid[r], r, f["weight"], 0)
            i.note = "；".join(x for x in (i.note, f"分值取自{self._loc(t, r).describe()}按指标名称对应的一行") if x)
        listed = {id(i) for _, i in found}
        if blank := [i.level3 for i in above if i.weight is None and id(i) in listed]:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：分值表中{len(blank)}条指标"
                                      f"（{'、'.join(blank)}）的分值为空，其分值未读取")
        if missing := [i.level3 for i in above if i.weight is None and id(i) not in listed]:
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：分值表未列出{len(missing)}条指标"
                                      f"（{'、'.join(missing)}），其分值未读取")
        return end

    def scores_by_key(self, t: Table, grid, h: int) -> int:
        """A 评分表 after the indicator table (序号 | 分值 | 得分 | 扣分原因): a key column (序号, or the
        indicator's name) and score-role columns, no indicator field of its own. Its rows complete
        the current project's rows that carry no weight and no score, joined by the key (the 序号
        column of the indicator's own table, or its name), never by position; each figure keeps its
        own cell. A table of RESULTS so keyed (序号 | 实际完成值 | 得分 | 偏差原因, the targets and
        weights set in the table before it) completes the rows with no actual and no score the same
        way, its reasons the rows' reasons. Every keyed row must match one such row, or none is
        joined and a warning names the table. The rows read up to its summary row (whose 合计 is
        read as a table total), or 0."""
        f = _indicator_fields(grid[h])
        p = self.current
        if p is None or not f.keys() <= {"level3", "weight", "score", "deduction", "reason", "actual"} or \
                not {"weight", "score", "deduction", "actual"} & f.keys():
            return 0
        results = "actual" in f
        if results and "level3" in f:
            return 0    # results beside names are joined by name (results_by_name)
        serial = _serial_column(grid[h])
        key_col = f.get("level3", serial)
        # the 序号 beside the names (序号 | 三级指标 | 分值 | 得分, the scoring half of a table split by
        # columns) is a key too; the names join, being the more specific
        if key_col is None or any(bare(x) and c not in (key_col, serial) and c not in f.values()
                                  for c, x in enumerate(grid[h])):
            return 0    # a column of anything else (项目名称, 预算数: a list of projects) is no 评分表
        key = (lambda x: level3_key(bare(x))) if "level3" in f else _serial_key
        # a results table completes rows that lack what it gives (their weights may be set already)
        lacking = (lambda i: i.actual.q.op == "empty" and i.score is None and ("weight" not in f or i.weight is None)) \
            if results else (lambda i: i.weight is None and i.score is None)
        waiting = [i for i in p.indicators if lacking(i) and i.loc is not None
                   and i.loc.table is not None and i.loc.table < t.index]
        if not waiting:
            return 0
        mine = self._indicator_keys(waiting) if "level3" not in f else {id(i): i.level3_key for i in waiting}
        by_key: dict[str, list[Indicator]] = {}
        for i in waiting:
            if mine.get(id(i)):
                by_key.setdefault(mine[id(i)], []).append(i)
        found, end, total_row = [], t.n_rows, None
        for r in range(h + 1, t.n_rows):
            cell = grid[r][key_col] if key_col < len(grid[r]) else ""
            # the summary row may write its label left of the key column (总分 under 序号)
            if (label := summary_label(cell) or summary_label(_first_text(grid[r]))):
                end, total_row = r + 1, r if label == "total" else None
                break
            if not bare(cell):
                continue
            k = key(cell)
            hits = by_key.get(k, []) if k else []
            found.append((r, hits[0] if len(hits) == 1 else None))
        if len(found) < 2:
            return 0
        if any(i is None for _, i in found) or len({id(i) for _, i in found}) != len(found):
            unmatched = [bare(grid[r][key_col]) for r, i in found if i is None]
            what, figures = ("完成情况表", "实际完成值与得分") if results else ("评分表", "分值与得分")
            self.recs.warnings.append(f"{self._loc(t, h).describe()}：{what}按“{bare(grid[h][key_col])}”对应指标，"
                                      f"但{'、'.join(unmatched) or '部分行'}对不上唯一一行指标，{figures}均未并入，请核对原件")
            return 0
        for r, i in found:
            row = grid[r]
            if results:
                self._result_of_key(t, grid, r, f, i)
                continue
            i.weight = self._figure(t, row, r, f.get("weight"), 0)
            i.score = self._figure(t, row, r, f.get("score"), 0)
            if i.score is None and f.get("deduction") is not None:
                i.deduction = self._figure(t, row, r, f["deduction"], 0)
                i.score = _deducted(i.weight, i.deduction)
            why = bare(row[f["reason"]]) if f.get("reason") is not None and f["reason"] < len(row) else ""
            i.note = "；".join(x for x in (i.note, f"分值与得分取自{self._loc(t, r).describe()}按“{bare(grid[h][key_col])}”"
                                                   f"对应的一行" + (f"（{why}）" if why else "")) if x)
        if total_row is not None:   # its 合计: the indicators' points as the table states them
            self.totals(t, grid, total_row, key_col, _Cols(**{k: v for k, v in f.items() if k != "level3"}))
        return end

    def _actual(self, t: Table, row: list, r: int, c: int, i: Indicator) -> Figure:
        """The actual a results table's cell gives indicator i: the target's unit where the cell writes none,
        a bare month-of-year point read as one where the name gives no unit."""
        actual = _value(row[c].strip()).with_unit_from(i.target.q)
        if not name_unit(i.level3, scaled=True):
            actual = month_of_point(actual)
        return Figure(actual, self._loc(t, r, c))

    def _result_of_key(self, t: Table, grid, r: int, f: dict, i: Indicator) -> None:
        """Row r of a results table keyed by 序号 completes indicator i: its actual (the target's unit
        where the cell writes none, as results_by_name), score (or weight less deduction), weight
        where it has none, and reason, each at its own cell."""
        row = grid[r]
        if (c := f.get("actual")) is not None and c < len(row):
            i.actual = self._actual(t, row, r, c, i)
        if i.weight is None:
            i.weight = self._figure(t, row, r, f.get("weight"), 0)
        i.score = self._figure(t, row, r, f.get("score"), 0)
        if i.score is None and f.get("deduction") is not None:
            i.deduction = self._figure(t, row, r, f["deduction"], 0)
            i.score = _deducted(i.weight, i.deduction)
        if (c := f.get("reason")) is not None and c < len(row) and bare(row[c]):
            i.reason = row[c].strip()
        i.note = "；".join(x for x in (i.note, f"完成值与得分取自{self._loc(t, r).describe()}按序号对应的一行") if x)

    def _indicator_keys(self, rows: list[Indicator]) -> dict[int, str]:
        """Each row's 序号: the cell of its own table's 序号 column (found in a header above the row;
        a table continued without a header takes the column of the one before it of its width)."""
        tables = {x.index: x for x in self.doc.tables()}
        cols: dict[int, int | None] = {}
        last: dict[int, int] = {}
        for index in sorted({i.loc.table for i in rows}):
            x = tables.get(index)
            if x is None:
                continue
            g = x.grid()
            top = min(i.loc.row for i in rows if i.loc.table == index and i.loc.row is not None)
            c = next((c for r in range(min(top, len(g))) if (c := _serial_column(g[r])) is not None), None)
            cols[index] = last.get(x.n_cols) if c is None else c
            if cols[index] is not None:
                last[x.n_cols] = cols[index]
        out = {}
        for i in rows:
            c, x = cols.get(i.loc.table), tables.get(i.loc.table)
            if c is not None and i.loc.row is not None and i.loc.col is None and i.loc.row < x.n_rows:
                out[id(i)] = _serial_key(x.grid()[i.loc.row][c])
        return out
