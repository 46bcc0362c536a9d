"""Slips planted in real templates (issue 22): the restored passages corpus/realworld/NNN.html and
NNN.docx, edited in their rendered form (an HTML cell, a Word table cell), then read and checked as
any file. A report, not a test.

    .venv/bin/python -m benchmarks.planted [--json out/planted.json] [--passages 041 042] [-v]

The cells are found without the reader: each passage's hand-checked records
(corpus/realworld/expected/NNN.json) say which value a row or the fund table holds; the cell is
the one of that row (the row holding the indicator's name) under a column headed for that field
(得分 / 分值·权重 / 完成值 / 指标值 / 执行数 / 执行率), or labelled for it on its left. Slips are
planted only where a relation of the document pins the cell (a 总分 the scores make, weights that
make 100, a rate from its amounts, a score at its weight), one at a time:

    score ±1        an indicator's (or the fund row's) score moved by one point
    weight ±1       an indicator's weight moved by one point
    executed +10%   the 执行数 of the fund table
    rate −5         the stated 执行率 moved by five points
    met → missed    a met target's actual moved past it (to 90% of a ≥ target), or its target moved
                    past the actual (to 110% of it), full marks kept
    total −2        the stated 总分 (or the weights' 合计, or a fund table's 总额 that its source rows
                    make, a total written in a header cell over its source rows, or a 合计 column
                    its source columns make) moved by two
    deduction       on a form that writes 扣分 instead of 得分 (分值 − 扣分 is the score): a row's or
                    the fund row's 扣分 moved by one point, or the 扣分 合计 by two, where the
                    deductions (分值 − 得分 by the records) make that 合计

No restored passage is a 扣分 form; the forms of corpus/constructed that head a column 扣分 (096,
106) are planted too, with their deduction slips only (the other kinds are measured on real
templates, which those invented forms are not).

A plant is caught when the checked file has a finding the unchanged file has not. A missed plant
whose row (or fund figure) the reader did not read in the unchanged file is counted apart as
"not read": that is a reading failure, not a rule's.

The rewrites that must change nothing: an integer score or weight written with a decimal (10 →
10.0), spaces around a figure and before its unit, full-width digits, two adjacent indicator rows
of one block swapped. A false flag is a finding the unchanged file has not; a lost flag is one it
has that the rewrite loses (findings compared by rule and the figures they state).
"""
from __future__ import annotations

import argparse
import io
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract import read_bytes  # noqa: E402
from jixiao.normalize import normalize_document  # noqa: E402
from jixiao.rules import check  # noqa: E402

from benchmarks import write_json  # noqa: E402

REALWORLD = ROOT / "corpus" / "realworld"
CONSTRUCTED = ROOT / "corpus" / "constructed"
FORMATS = ("html", "docx")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")


def plain(text: str) -> str:
    return re.sub(r"\s+", "", (text or "").translate(FULL))


# ---------------------------------------------------------------------------------------------
# Tables in their rendered form: a grid of cells (merged cells repeat), each readable and writable.

class HtmlFile:
    def __init__(self, data: bytes):
        import lxml.html
        self.root = lxml.html.document_fromstring(data)
        self.grids = []
        for table in self.root.iter("table"):
            grid: list[list] = []
            taken: dict[tuple[int, int], object] = {}
            for r, tr in enumerate(tr for tr in table.iter("tr") if _own(tr, table)):
                c = 0
                for td in tr:
                    if td.tag not in ("td", "th"):
                        continue
                    while (r, c) in taken:
                        c += 1
                    rs, cs = int(td.get("rowspan", 1) or 1), int(td.get("colspan", 1) or 1)
                    for dr in range(rs):
                        for dc in range(cs):
                            taken[(r + dr, c + dc)] = td
                    c += cs
                width = max([k[1] for k in taken if k[0] == r] + [-1]) + 1
                grid.append([taken.get((r, k)) for k in range(width)])
            self.grids.append(grid)

    @staticmethod
    def text(cell) -> str:
        return cell.text_content() if cell is not None else ""

    @staticmethod
    def set_text(cell, text: str) -> None:
        for child in list(cell):
            cell.remove(child)
        cell.text = text

    @staticmethod
    def own_row(cell) -> bool:
        return int(cell.get("rowspan", 1) or 1) == 1

    @staticmethod
    def swap(a, b) -> None:
        ta, ca = a.text, list(a)
        tb, cb = b.text, list(b)
        for ch in ca:
            a.remove(ch)
        for ch in cb:
            b.remove(ch)
        a.text, b.text = tb, ta
        a.extend(cb)
        b.extend(ca)

    def save(self) -> bytes:
        import lxml.html
        return b"<!DOCTYPE html>\n" + lxml.html.tostring(self.root, encoding="utf-8")


def _own(tr, table) -> bool:
    return next(tr.iterancestors("table")) is table


class DocxFile:
    def __init__(self, data: bytes):
        import docx
        self.doc = docx.Document(io.BytesIO(data))
        self.grids = []
        for table in self.doc.tables:
            self.grids.append([list(row.cells) for row in table.rows])

    @staticmethod
    def text(cell) -> str:
        return cell.text if cell is not None else ""

    @staticmethod
    def set_text(cell, text: str) -> None:
        paras = cell.paragraphs
        for p in paras[1:]:
            p._p.getparent().remove(p._p)
        runs = paras[0].runs
        if runs:
            runs[0].text = text
            for r in runs[1:]:
                r._r.getparent().remove(r._r)
        else:
            paras[0].add_run(text)

    @staticmethod
    def own_row(cell) -> bool:
        from docx.oxml.ns import qn
        pr = cell._tc.tcPr
        return pr is None or pr.find(qn("w:vMerge")) is None

    @staticmethod
    def swap(a, b) -> None:
        from docx.oxml.ns import qn
        pa = [e for e in a._tc if e.tag != qn("w:tcPr")]
        pb = [e for e in b._tc if e.tag != qn("w:tcPr")]
        for e in pa:
            a._tc.remove(e)
        for e in pb:
            b._tc.remove(e)
        a._tc.extend(pb)
        b._tc.extend(pa)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def load(path: Path):
    return (HtmlFile if path.suffix == ".html" else DocxFile)(path.read_bytes())


# ---------------------------------------------------------------------------------------------
# Which column holds which field: the header above (nearest first), else the label on the left.

ROLES = [
    ("deduction", re.compile(r"^扣(?:分|减分?)(?:[(（]分[)）])?$")),   # 扣分, not its 扣分原因
    ("rate", re.compile(r"执行率|完成率\(?%?\)?$")),
    ("weight", re.compile(r"分值|权重|标准分|满分")),
    ("score", re.compile(r"得分|自评分|评分$|评价分")),
    ("executed", re.compile(r"执行数|执行金额|实际支出|支出数|决算数|全年执行|实际执行|实际使用|已支出|执行情况\(万?元\)$")),
    ("budget", re.compile(r"预算数|预算金额|年初预算|调整后预算|全年预算|预算资金|预算安排")),
    ("actual", re.compile(r"完成值|实际值|实际完成|完成情况|实际达到|全年实际")),
    ("target", re.compile(r"指标值|目标值|预期目标|年度目标|计划值|指标内容|目标$")),
]


def role_of(text: str) -> str | None:
    t = plain(text)
    if not t or len(t) > 24:
        return None
    if re.match(r"(?:自评)?得分", t):   # 得分(20分*执行率): the score, computed from the rate
        return "score"
    for role, pattern in ROLES:
        if pattern.search(t):
            return role
    return None


def column_role(grid, r: int, c: int, text) -> str | None:
    cell = grid[r][c]
    for rr in range(r - 1, -1, -1):
        row = grid[rr]
        if c >= len(row) or row[c] is None or row[c] is cell:
            continue
        role = role_of(text(row[c]))
        if role:
            return role
    return None


def left_role(grid, r: int, c: int, text) -> str | None:
    cell = grid[r][c]
    for cc in range(c - 1, -1, -1):
        if grid[r][cc] is not None and grid[r][cc] is not cell:
            return role_of(text(grid[r][cc]))
    return None


def numbers(text: str) -> list[re.Match]:
    return list(NUMBER.finditer((text or "").translate(FULL)))


def dec(x) -> Decimal:
    return Decimal(str(x))


@dataclass
class Target:
    kind: str
    table: int
    row: int
    col: int
    new: str            # the cell's new text
    read: bool          # the reader read this figure in the unchanged file
    note: str = ""


@dataclass
class Outcome:
    doc: str
    kind: str
    caught: bool
    read: bool
    note: str
    new_flags: list = field(default_factory=list)


def _cells_with(f, grid, value, roles, rows=None):
    """(row, col, match) of the cells holding `value` as a figure in a column (or beside a label)
    of one of `roles`."""
    out, seen = [], set()
    for r, row in enumerate(grid):
        if rows is not None and r not in rows:
            continue
        for c, cell in enumerate(row):
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            hits = [m for m in numbers(f.text(cell)) if dec(m.group(0)) == value]
            if len(hits) != 1 or len(numbers(f.text(cell))) > 2:
                continue
            role = column_role(grid, r, c, f.text) or left_role(grid, r, c, f.text)
            if role in roles:
                out.append((r, c, hits[0]))
    return out


def _replace(text: str, m: re.Match, new_number: str) -> str:
    t = text.translate(FULL)
    return t[:m.start()] + new_number + t[m.end():]


def _move(m: re.Match, by: Decimal = Decimal(0), times: Decimal = Decimal(1)) -> str:
    raw = m.group(0)
    places = len(raw.split(".")[1]) if "." in raw else 0
    unit = Decimal(1).scaleb(-places)
    new = (Decimal(raw) * times + by).quantize(unit, rounding=ROUND_FLOOR)
    if times != 1 and new == Decimal(raw):   # 10% of 5, written whole, still rounds to 5: one unit more
        new += unit
    return f"{new:.{places}f}"


def _rows_named(f, grid, name: str) -> set[int]:
    want = plain(name)
    if not want:
        return set()
    return {r for r, row in enumerate(grid) if any(c is not None and plain(f.text(c)) == want for c in row)}


def _read_indicator(recs, ind, field_name: str = "") -> bool:
    """The reader read the row whole: its name and every figure the hand-checked record has."""
    want = plain(ind["level3"])
    for i in recs.indicators:
        if plain(i.level3 or "") != want:
            continue
        ok = True
        for name in ("score", "weight"):
            fig = getattr(i, name)
            if ind[name] is not None and (fig is None or fig.value is None or fig.value != dec(ind[name])):
                ok = False
        for name in ("target", "actual"):
            v, q = ind[name], getattr(i, name).q
            if v and v.get("value") is not None and not (q.numeric and q.value / (q.scale or 1) == dec(v["value"])):
                ok = False
        if ok:
            return True
    return False


def _share(ind) -> Decimal | None:
    t, a = ind.get("target"), ind.get("actual")
    if not t or not a or t.get("value") is None or a.get("value") is None or t.get("unit") != a.get("unit"):
        return None
    tv, av = dec(t["value"]), dec(a["value"])
    if tv <= 0 or av <= 0:
        return None
    return min(tv / av if t["op"] in ("<=", "<") else av / tv, Decimal(1))


def _proportional_rows(block) -> list:
    """The partly achieved rows of a block scored weight × actual/target (to a point)."""
    out = []
    for ind in block:
        share = _share(ind)
        if share is None or share >= 1 or ind["weight"] is None or ind["score"] is None:
            continue
        if abs(dec(ind["weight"]) * share - dec(ind["score"])) <= Decimal("0.5"):
            out.append(ind)
    return out


def _read_project(recs, name: str, value) -> bool:
    for p in recs.projects:
        fig = getattr(p, name, None)
        if fig is not None and fig.value is not None and dec(value) in (fig.value, fig.q.value / (fig.q.scale or 1)):
            return True   # money in 元 (the reader's) or as written (万元, the hand-checked record's)
    return False


def _read_budget(recs, value) -> bool:
    return value is not None and (_read_project(recs, "budget_full_year", value) or _read_project(recs, "budget_initial", value))


def _met(ind) -> bool:
    t, a = ind.get("target"), ind.get("actual")
    if not t or not a or t.get("value") is None or a.get("value") is None or t.get("unit") != a.get("unit"):
        return False
    tv, av = dec(t["value"]), dec(a["value"])
    if tv <= 0:
        return False
    return {">=": av >= tv, ">": av > tv, "=": av >= tv, "<=": av <= tv, "<": av < tv}.get(t["op"], False)


def _deduction(ind) -> Decimal | None:
    """A row's 扣分 by its hand-checked record (分值 − 得分), where both are written."""
    return None if ind["weight"] is None or ind["score"] is None else dec(ind["weight"]) - dec(ind["score"])


def _read_deduction(recs, ind) -> bool:
    d = _deduction(ind)
    return d is not None and any(plain(i.level3 or "") == plain(ind["level3"]) and i.deduction is not None
                                 and i.deduction.value == d for i in recs.indicators)


def _close(a: Decimal, b: Decimal, slack: Decimal) -> bool:
    return abs(a - b) <= slack


def targets(f, expected: dict, recs) -> list[Target]:
    out: list[Target] = []
    inds = expected["indicators"]
    projects = expected["projects"]
    by_project: dict = defaultdict(list)
    for ind in inds:
        by_project[ind["project"]].append(ind)

    def project_of(ind):
        if len(projects) == 1:
            return projects[0]
        return next((p for p in projects if p.get("name") == ind["project"] and ind["project"]), None)

    def scores_make_total(p, rows) -> bool:
        if p is None or p.get("total_score_stated") is None or not rows or any(i["score"] is None for i in rows):
            return False
        total = sum(dec(i["score"]) for i in rows) + dec(p.get("fund_score") or 0)
        return _close(total, dec(p["total_score_stated"]), Decimal("0.05") * len(rows))

    def fund_deduction(p) -> Decimal | None:
        fs, fw = (p or {}).get("fund_score"), (p or {}).get("fund_weight")
        return None if fs is None or not fw else dec(fw) - dec(fs)

    def deduction_total(p, rows) -> Decimal | None:
        """The 扣分 合计 the deductions make (分值 − 得分 of every row, and the fund's where it has a
        score), or None where a row lacks one."""
        if not rows or any(_deduction(i) is None for i in rows):
            return None
        return sum(_deduction(i) for i in rows) + (fund_deduction(p) or 0)

    def deduction_total_cells(p, rows):
        """The 合计 cells under a 扣分 head holding the total the deductions make, anywhere in the file
        (the fund's 扣分 may stand in a table of its own)."""
        want = deduction_total(p, rows)
        return [] if want is None else [(t, r, c, m) for t, g in enumerate(f.grids)
                                        for r, c, m in _total_cells(f, g, want, "deduction")]

    def deductions_make_total(p, rows) -> bool:
        return bool(deduction_total_cells(p, rows))

    def weights_make_total(p, rows) -> bool:
        if not rows or any(i["weight"] is None for i in rows):
            return False
        total = sum(dec(i["weight"]) for i in rows) + dec((p or {}).get("fund_weight") or 0)
        return total == dec((p or {}).get("total_weight") or 100)

    for t, grid in enumerate(f.grids):
        for ind in inds:
            rows = _rows_named(f, grid, ind["level3"])
            if not rows:
                continue
            p = project_of(ind)
            block = by_project[ind["project"]]
            # scores and weights moved by one point, where a relation pins them
            if ind["score"] is not None:
                s, w = dec(ind["score"]), dec(ind["weight"]) if ind["weight"] is not None else None
                for r, c, m in _cells_with(f, grid, s, ("score",), rows)[:1]:
                    read = _read_indicator(recs, ind, "score")
                    total = scores_make_total(p, block)
                    text = f.text(grid[r][c])
                    prop = [x for x in _proportional_rows(block) if x is not ind]
                    if w is not None and ind in _proportional_rows(block) and len(prop) >= 2 and s + 1 <= w:
                        out.append(Target("score ±1", t, r, c, _replace(text, m, _move(m, Decimal(1))), read, "+1 off-model"))
                    elif total or (w is not None and s == w):
                        out.append(Target("score ±1", t, r, c, _replace(text, m, _move(m, Decimal(1))), read, "+1"))
                    if s >= 1 and (total or (w is not None and s == w and _met(ind))):
                        out.append(Target("score ±1", t, r, c, _replace(text, m, _move(m, Decimal(-1))), read, "−1"))
                    # a met target's actual moved past it, full marks kept
                    if w is not None and s == w and _met(ind) and ind["target"]["op"] in (">=", "=", ">"):
                        tv = dec(ind["target"]["value"])
                        for ra, ca, ma in _cells_with(f, grid, dec(ind["actual"]["value"]), ("actual",), {r}):
                            raw = ma.group(0)
                            places = len(raw.split(".")[1]) if "." in raw else 0
                            new = (tv * Decimal("0.9")).quantize(Decimal(1).scaleb(-places), rounding=ROUND_FLOOR)
                            if new >= tv or new <= 0:
                                continue
                            out.append(Target("met → missed", t, ra, ca, _replace(f.text(grid[ra][ca]), ma, f"{new:.{places}f}"),
                                              _read_indicator(recs, ind, "actual"), "actual"))
                            break
                        # or the target moved past the actual (≥95% met by 98% → ≥108%)
                        av = dec(ind["actual"]["value"])
                        for rt, ct, mt in _cells_with(f, grid, tv, ("target",), {r}):
                            raw = mt.group(0)
                            places = len(raw.split(".")[1]) if "." in raw else 0
                            new = (av * Decimal("1.1")).quantize(Decimal(1).scaleb(-places), rounding=ROUND_FLOOR)
                            if new <= av or plain(f.text(grid[rt][ct])) == plain(ind["level3"]):
                                continue   # not the indicator's name (1290平方米冷库…)
                            out.append(Target("met → missed", t, rt, ct, _replace(f.text(grid[rt][ct]), mt, f"{new:.{places}f}"),
                                              _read_indicator(recs, ind, "target"), "target"))
                            break
            # a 扣分 moved by one point, where the deductions make the 扣分 合计
            d = _deduction(ind)
            if d is not None and deductions_make_total(p, block):
                for r, c, m in _cells_with(f, grid, d, ("deduction",), rows)[:1]:
                    read = _read_deduction(recs, ind)
                    text = f.text(grid[r][c])
                    if d + 1 <= dec(ind["weight"]):
                        out.append(Target("deduction", t, r, c, _replace(text, m, _move(m, Decimal(1))), read, "+1"))
                    if d >= 1:
                        out.append(Target("deduction", t, r, c, _replace(text, m, _move(m, Decimal(-1))), read, "−1"))
            if ind["weight"] is not None and weights_make_total(p, block):
                for r, c, m in _cells_with(f, grid, dec(ind["weight"]), ("weight",), rows)[:1]:
                    read = _read_indicator(recs, ind, "weight")
                    text = f.text(grid[r][c])
                    out.append(Target("weight ±1", t, r, c, _replace(text, m, _move(m, Decimal(1))), read, "+1"))
                    if dec(ind["weight"]) > 1:
                        out.append(Target("weight ±1", t, r, c, _replace(text, m, _move(m, Decimal(-1))), read, "−1"))
        for p in projects:
            budget = p.get("budget_full_year") if p.get("budget_full_year") else p.get("budget_initial")
            e, rate = p.get("executed"), p.get("exec_rate_stated")
            rate_pinned = budget and e is not None and rate is not None and \
                _close(dec(e) / dec(budget) * 100, dec(rate), Decimal("1"))
            if rate_pinned and e:
                for r, c, m in _cells_with(f, grid, dec(e), ("executed",))[:1]:
                    raw = m.group(0)
                    half = Decimal(1).scaleb(-(len(raw.split(".")[1]) if "." in raw else 0)) / 2
                    new = Decimal(_move(m, times=Decimal("1.1")))
                    if (new - half) / (dec(budget) + half) * 100 - dec(rate) <= Decimal("0.5"):
                        continue   # within what the amounts' rounding allows (6 of 5, both whole: 5.5/5.5)
                    out.append(Target("executed +10%", t, r, c, _replace(f.text(grid[r][c]), m, _move(m, times=Decimal("1.1"))),
                                      _read_project(recs, "executed", e) and _read_budget(recs, budget)))
            if rate_pinned or (rate is not None and p.get("fund_score") is not None and p.get("fund_weight")):
                for r, c, m in _cells_with(f, grid, dec(rate), ("rate",))[:1] if rate is not None else []:
                    out.append(Target("rate −5", t, r, c, _replace(f.text(grid[r][c]), m,
                                      _move(m, Decimal(-5) if dec(rate) >= 10 else Decimal(5))),
                                      _read_project(recs, "exec_rate_stated", rate)
                                      and (_read_budget(recs, budget) or _read_project(recs, "fund_score", p.get("fund_score")))))
            fs, fw = p.get("fund_score"), p.get("fund_weight")
            if fs is not None and fw and rate is not None:
                figure_rows = {r for r, _, _ in _cells_with(f, grid, dec(rate), ("rate",))}
                product = min(dec(fw) * dec(rate) / 100, dec(fw))
                for r, c, m in _cells_with(f, grid, dec(fs), ("score",), figure_rows)[:1]:
                    read = _read_project(recs, "fund_score", fs)
                    text = f.text(grid[r][c])
                    for by, note in ((Decimal(1), "fund +1"), (Decimal(-1), "fund −1")):
                        new = dec(fs) + by
                        if new >= 0 and abs(new - product) >= 1:   # beyond rounding or cutting down the product
                            out.append(Target("score ±1", t, r, c, _replace(text, m, _move(m, by)), read, note))
            rows = by_project.get(p.get("name")) or (inds if len(projects) == 1 else [])
            fd = fund_deduction(p)
            if fd is not None and rate is not None and deductions_make_total(p, rows):
                figure_rows = {r for r, _, _ in _cells_with(f, grid, dec(rate), ("rate",))}
                product = min(dec(fw) * dec(rate) / 100, dec(fw))
                for r, c, m in _cells_with(f, grid, fd, ("deduction",), figure_rows)[:1]:
                    read = _read_project(recs, "fund_deduction", fd)
                    text = f.text(grid[r][c])
                    for by, note in ((Decimal(1), "fund +1"), (Decimal(-1), "fund −1")):
                        new = fd + by   # beyond the rounding of the fund score the rate gives (as the fund score's)
                        if 0 <= new <= dec(fw) and abs(dec(fw) - new - product) >= 1:
                            out.append(Target("deduction", t, r, c, _replace(text, m, _move(m, by)), read, note))
            if t == len(f.grids) - 1:   # once per file: the 合计 may stand in another table than the rows
                for tt, r, c, m in deduction_total_cells(p, rows)[-1:]:
                    by = Decimal(-2) if dec(m.group(0)) >= 2 else Decimal(2)
                    out.append(Target("deduction", tt, r, c, _replace(f.text(f.grids[tt][r][c]), m, _move(m, by)),
                                      _read_project(recs, "total_deduction_stated", m.group(0)), f"合计 {by:+}"))
            if scores_make_total(p, rows):
                cells = _total_cells(f, grid, dec(p["total_score_stated"]), "score")
                for r, c, m in cells[-1:]:
                    out.append(Target("total −2", t, r, c, _replace(f.text(grid[r][c]), m, _move(m, Decimal(-2))),
                                      _read_project(recs, "total_score_stated", p["total_score_stated"]), "总分"))
            planted_totals = set()
            for name in ("budget_full_year", "budget_initial", "executed"):
                if p.get(name):
                    for r, c, m in (_fund_total_cells(f, grid, dec(p[name])) + _header_total_cells(f, grid, dec(p[name]))
                                    + _column_total_cells(f, grid, dec(p[name])))[:1]:
                        if (r, c) in planted_totals:
                            continue
                        planted_totals.add((r, c))
                        read = _read_project(recs, name, p[name]) and any(
                            q.fund_sources for q in recs.projects if getattr(q, name) is not None)
                        out.append(Target("total −2", t, r, c, _replace(f.text(grid[r][c]), m, _move(m, Decimal(-2))),
                                          read, "资金总额"))
            if p.get("total_weight") is not None and weights_make_total(p, rows):
                for r, c, m in _total_cells(f, grid, dec(p["total_weight"]), "weight")[-1:]:
                    out.append(Target("total −2", t, r, c, _replace(f.text(grid[r][c]), m, _move(m, Decimal(-2))),
                                      _read_project(recs, "total_weight_stated", p["total_weight"]), "权重合计"))
    return out


FUND_TOTAL = re.compile(r"总额|合计|总计|小计")
SOURCE_ROW = re.compile(r"^(?:其中[:：]?)?(?:当年)?(?:中央|省|市|县|区|本级|财政|上年|结转|其他|其它|自有|自筹|社会|专户|单位)")


def _fund_total_cells(f, grid, value: Decimal):
    """A fund table's 总额 row figure that its source rows below (其中：财政拨款, 上年结转, 其他资金)
    add up to, in the same column; two or more source rows, at least one holding a figure."""
    out = []

    def label(rr: int) -> str:
        """The row's first text of its own (not a cell merged down from the row above)."""
        above = {id(x) for x in grid[rr - 1]} if rr else set()
        return next((plain(f.text(x)) for x in grid[rr] if x is not None and id(x) not in above and plain(f.text(x))), "")
    for r, row in enumerate(grid):
        if not FUND_TOTAL.search(label(r)) or len(label(r)) > 10:
            continue
        for c, cell in enumerate(row):
            nums = numbers(f.text(cell)) if cell is not None else []
            if len(nums) != 1 or dec(nums[0].group(0)) != value or column_role(grid, r, c, f.text) not in ("budget", "executed"):
                continue
            parts, n = Decimal(0), 0
            for rr in range(r + 1, min(r + 6, len(grid))):
                if not SOURCE_ROW.search(label(rr)) or c >= len(grid[rr]) or grid[rr][c] is cell:
                    break
                n += 1
                got = numbers(f.text(grid[rr][c]))
                parts += dec(got[0].group(0)) if len(got) == 1 else 0
            if n >= 2 and parts == value:
                out.append((r, c, nums[0]))
    return out


AFTER_LABEL = re.compile(r"[:：]\s*(\d+(?:\.\d+)?)\s*(?:万元|元|亿元)?\s*$")


def _header_total_cells(f, grid, value: Decimal):
    """A total written after its label in a header cell (资金情况 | 年度金额(提前下达):208万元) over
    rows that hold, within the cell's columns, a source's label and its amount (中央财政 | 165万元),
    two or more, adding up to it."""
    out = []
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell is None or (c and row[c - 1] is cell):
                continue
            m = AFTER_LABEL.search(f.text(cell).translate(FULL))
            if not m or dec(m.group(1)) != value:
                continue
            span = [k for k in range(c, len(row)) if row[k] is cell]
            parts, n = Decimal(0), 0
            for rr in range(r + 1, min(r + 6, len(grid))):
                own = list(dict.fromkeys(x for k in span if k < len(grid[rr]) and (x := grid[rr][k]) is not None
                                         and x is not grid[rr - 1][k] and plain(f.text(x))))
                if len(own) != 2 or not SOURCE_ROW.search(plain(f.text(own[0]))) or len(numbers(f.text(own[1]))) != 1:
                    break
                n += 1
                parts += dec(numbers(f.text(own[1]))[0].group(0))
            if n >= 2 and parts == value:
                out.append((r, c, next(x for x in numbers(f.text(cell)) if dec(x.group(0)) == value)))
    return out


def _column_total_cells(f, grid, value: Decimal):
    """A figure under a 合计 column whose source columns stand right before it (中央 | 省、地 | 本级 |
    其他 | 合计) on the same row and add up to it, a blank one being none; two or more such columns."""
    out = []
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            nums = numbers(f.text(cell)) if cell is not None else []
            if r == 0 or len(nums) != 1 or dec(nums[0].group(0)) != value:
                continue
            head = grid[r - 1]
            if c >= len(head) or head[c] is None or not FUND_TOTAL.match(plain(f.text(head[c]))):
                continue
            parts, n, k = Decimal(0), 0, c - 1
            while k >= 0 and k < len(head) and head[k] is not None and SOURCE_ROW.search(plain(f.text(head[k]))):
                got = numbers(f.text(row[k])) if row[k] is not None else []
                parts += dec(got[0].group(0)) if len(got) == 1 else 0
                n, k = n + 1, k - 1
            if n >= 2 and parts == value:
                out.append((r, c, nums[0]))
    return out


POINTS_NOTE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]")   # 总分(100分): the points a block is out of
TOTAL_LABEL = re.compile(r"总分|合计|总计|自评得分|综合得分|评价得分")


def _total_cells(f, grid, value: Decimal, role: str):
    out = []
    for r, row in enumerate(grid):
        if not any(c is not None and TOTAL_LABEL.search(plain(f.text(c))) and len(plain(f.text(c))) <= 12 for c in row):
            continue
        seen = set()
        for c, cell in enumerate(row):
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            nums = numbers(f.text(cell))
            hits = [m for m in nums if dec(m.group(0)) == value]
            if len(hits) != 1 or len(nums) > 2 or POINTS_NOTE.search(f.text(cell).translate(FULL)):
                continue
            col = column_role(grid, r, c, f.text)
            if col in (role, None) or left_role(grid, r, c, f.text) == role:
                out.append((r, c, hits[0]))
    return out


# ---------------------------------------------------------------------------------------------
# Rewrites that must change nothing.

def neutral_targets(f, expected: dict) -> list[tuple[str, list]]:
    """(kind, [(table, row, col, new text)] or a swap [(table, row1, row2)])."""
    out = []
    for t, grid in enumerate(f.grids):
        figure_cells, exact_cells = set(), set()   # exact: scores and weights a person writes down
        indicator_rows = []
        for ind in expected["indicators"]:
            rows = sorted(_rows_named(f, grid, ind["level3"]))
            if not rows:
                continue
            indicator_rows.append(rows[0])
            for name, roles in (("score", ("score",)), ("weight", ("weight",))):
                if ind[name] is not None:
                    exact_cells |= {(r, c) for r, c, _ in _cells_with(f, grid, dec(ind[name]), roles, set(rows))[:1]}
                    figure_cells |= {(r, c) for r, c, _ in _cells_with(f, grid, dec(ind[name]), roles, set(rows))[:1]}
            for name in ("target", "actual"):
                v = ind[name]
                if v and v.get("value") is not None:
                    figure_cells |= {(r, c) for r, c, _ in _cells_with(f, grid, dec(v["value"]), (name,), set(rows))[:1]}
        for p in expected["projects"]:
            if p.get("fund_score") is not None:   # a score too: 19 → 19.0 changes nothing
                exact_cells |= {(r, c) for r, c, _ in _cells_with(f, grid, dec(p["fund_score"]), ("score",))[:1]}
            for name, roles in (("executed", ("executed",)), ("exec_rate_stated", ("rate",)), ("fund_score", ("score",)),
                                ("budget_full_year", ("budget",))):
                if p.get(name) is not None:
                    figure_cells |= {(r, c) for r, c, _ in _cells_with(f, grid, dec(p[name]), roles)[:1]}
        for r, c in sorted(figure_cells):
            text = f.text(grid[r][c])
            nums = numbers(text)
            if not nums:
                continue
            m = nums[0]
            if "." not in m.group(0) and (r, c) in exact_cells:
                out.append(("10 → 10.0", [(t, r, c, _replace(text, m, m.group(0) + ".0"))]))
            spaced = " " + re.sub(r"(?<=\d)(?=[^\d.\s])", " ", text.strip(), count=1) + " "
            out.append(("spaces", [(t, r, c, spaced)]))
            out.append(("full-width digits", [(t, r, c, text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．")))]))
        rows = sorted(set(indicator_rows))
        for a, b in zip(rows, rows[1:]):
            if b == a + 1 and _swappable(f, grid, a, b):
                out.append(("two rows swapped", [(t, a, b)]))
    return _spread(out)


PER_KIND = 6


def _spread(rewrites: list) -> list:
    """At most PER_KIND rewrites of each kind per file, spread over its cells."""
    out = []
    for kind in dict.fromkeys(k for k, _ in rewrites):
        same = [w for w in rewrites if w[0] == kind]
        step = max(1, -(-len(same) // PER_KIND))
        out += same[::step]
    return out


def _swappable(f, grid, a: int, b: int) -> bool:
    """Two rows whose own cells (not merged across rows) sit at the same columns."""
    ra, rb = grid[a], grid[b]
    if len(ra) != len(rb):
        return False
    for c in range(len(ra)):
        x, y = ra[c], rb[c]
        if x is None or y is None:
            return False
        shared = x is y
        if not shared and (not f.own_row(x) or not f.own_row(y)):
            return False
        if not shared and c > 0 and ((ra[c - 1] is x) != (rb[c - 1] is y)):
            return False
    return any(ra[c] is not rb[c] for c in range(len(ra)))


def _apply_swap(f, t: int, a: int, b: int) -> None:
    grid = f.grids[t]
    done = set()
    for c in range(len(grid[a])):
        x, y = grid[a][c], grid[b][c]
        if x is y or id(x) in done:
            continue
        done.add(id(x))
        f.swap(x, y)


# ---------------------------------------------------------------------------------------------

def _key(flag) -> tuple:
    nums = tuple(str(Decimal(m.group(0)).normalize()) for m in NUMBER.finditer((flag.stated or "").translate(FULL)))
    return flag.rule, nums


def _check(data: bytes, label: str):
    recs = normalize_document(read_bytes(data, label))
    return recs, check(recs)


def deduction_forms(folder: Path = CONSTRUCTED) -> list[str]:
    """The forms of a folder (with hand-checked records) whose tables head a column 扣分."""
    return [e.stem for e in sorted((folder / "expected").glob("*.json")) if (folder / f"{e.stem}.html").exists()
            and any(role_of(f.text(c)) == "deduction" for f in [load(folder / f"{e.stem}.html")]
                    for grid in f.grids for row in grid for c in row if c is not None)]


def measure(passages: list[str] | None = None, formats=FORMATS, verbose: bool = False,
            deduction: list[str] | None = None) -> dict:
    """Every restored passage (or those named), and the 扣分 forms of corpus/constructed (or those
    named; none where passages are named and these are not) with their deduction slips only."""
    if passages is None:
        passages = sorted(p.stem for p in (REALWORLD / "expected").glob("*.json"))
        deduction = deduction_forms() if deduction is None else deduction
    sources = [(REALWORLD, n, None) for n in passages] + [(CONSTRUCTED, n, "deduction") for n in deduction or []]
    plants: list[Outcome] = []
    rewrites = []
    for folder, n, only in sources:
        expected = json.loads((folder / "expected" / f"{n}.json").read_text(encoding="utf-8"))
        for ext in formats:
            path = folder / f"{n}.{ext}"
            if not path.exists():
                continue
            label = f"{n}.{ext}"
            f = load(path)
            base_data = f.save()          # the file as this script writes it, unchanged
            recs, base = _check(base_data, label)
            base_ids = {x.id for x in base}
            base_keys = Counter(_key(x) for x in base)
            for tg in targets(f, expected, recs):
                if only and tg.kind != only:
                    continue
                g = load(path)
                cell = g.grids[tg.table][tg.row][tg.col]
                g.set_text(cell, tg.new)
                _, flags = _check(g.save(), label)
                new = [x for x in flags if x.id not in base_ids and _key(x) not in base_keys]
                plants.append(Outcome(label, tg.kind, bool(new), tg.read, f"{tg.note} 表{tg.table}行{tg.row}列{tg.col}→{tg.new.strip()}",
                                      [f"{x.rule} {x.message[:80]}" for x in new]))
            for kind, change in ([] if only else neutral_targets(f, expected)):
                g = load(path)
                if kind == "two rows swapped":
                    t, a, b = change[0]
                    _apply_swap(g, t, a, b)
                    note = f"表{t}行{a}↔{b}"
                else:
                    t, r, c, text = change[0]
                    g.set_text(g.grids[t][r][c], text)
                    note = f"表{t}行{r}列{c}→{text!r}"
                _, flags = _check(g.save(), label)
                keys = Counter(_key(x) for x in flags)
                added, lost = keys - base_keys, base_keys - keys
                rewrites.append({"doc": label, "kind": kind, "note": note,
                                 "added": [f"{x.rule} {x.message[:80]}" for x in flags if _key(x) in added],
                                 "lost": sorted(f"{r} {s}" for (r, s) in lost)})
    by_kind = defaultdict(lambda: {"planted": 0, "caught": 0, "not_read": 0})
    for o in plants:
        k = by_kind[o.kind]
        k["planted"] += 1
        k["caught"] += o.caught
        k["not_read"] += (not o.caught and not o.read)
    neutral = defaultdict(lambda: {"made": 0, "false_flags": 0, "lost": 0})
    for w in rewrites:
        k = neutral[w["kind"]]
        k["made"] += 1
        k["false_flags"] += bool(w["added"])
        k["lost"] += bool(w["lost"])
    report = {
        "plants": {"planted": len(plants), "caught": sum(o.caught for o in plants),
                   "not_read": sum(1 for o in plants if not o.caught and not o.read),
                   "by_kind": dict(sorted(by_kind.items()))},
        "must_not_change": {"made": len(rewrites), "false_flags": sum(bool(w["added"]) for w in rewrites),
                            "lost": sum(bool(w["lost"]) for w in rewrites), "by_kind": dict(sorted(neutral.items()))},
        "missed": [o.__dict__ for o in plants if not o.caught],
        "false": [w for w in rewrites if w["added"] or w["lost"]],
    }
    if verbose:
        report["all"] = [o.__dict__ for o in plants]
    return report


def show(report: dict, verbose: bool = False) -> None:
    p = report["plants"]
    read = p["planted"] - p["not_read"]
    print(f"Slips planted in real templates: {p['caught']}/{p['planted']} caught "
          f"({p['caught'] / max(p['planted'], 1):.0%}); missed with the row not read: {p['not_read']}; "
          f"of the plants in rows read: {p['caught']}/{read} ({p['caught'] / max(read, 1):.0%})")
    for kind, k in p["by_kind"].items():
        print(f"  {kind:<15} {k['caught']:>3}/{k['planted']:<3}  not read {k['not_read']}")
    n = report["must_not_change"]
    print(f"Rewrites that must change nothing: {n['made']} made, {n['false_flags']} with a false flag, {n['lost']} losing a flag")
    for kind, k in n["by_kind"].items():
        print(f"  {kind:<18} {k['made']:>3} made  false {k['false_flags']}  lost {k['lost']}")
    if verbose:
        print("\nMissed:")
        for o in report["missed"]:
            print(f"  {o['doc']:<10} {o['kind']:<14} read={o['read']}  {o['note']}")
        print("\nRewrites with a change:")
        for w in report["false"]:
            print(f"  {w['doc']:<10} {w['kind']:<18} {w['note']}  added {w['added']}  lost {w['lost']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", default=str(ROOT / "out" / "planted.json"))
    ap.add_argument("--passages", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every missed plant and every changed rewrite")
    args = ap.parse_args()
    report = measure(args.passages, verbose=args.verbose)
    show(report, args.verbose)
    write_json(report, args.json)
    print(f"\nJSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
