"""Mutation testing of the rules: change one figure that takes part in an arithmetic relation
and see whether a flag names that cell. Used by tests/test_mutations.py and by the eval report."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

import regex as re

from jixiao.extract import Document, Location
from jixiao.normalize import normalize_document
from jixiao.rules import check

NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class Mutation:
    doc: str
    what: str
    loc: Location
    before: str
    after: str
    caught: bool = False


# What each kind of change does to the figure: units in its last written place (-1: one unit,
# n: n + 2 units, beyond the rounding of n figures in a sum), a share of itself, or whole points.
SHARE = {"executed": Decimal("0.05")}
WHOLE = {"fund score": Decimal(1)}


def targets(doc: Document, recs=None) -> list[tuple[str, Location, int]]:
    """Cells whose value is pinned by a relation the rules check, with the relation's size (recs:
    the clean document's records, where the caller has them)."""
    from jixiao.rules.common import HUNDRED, fund_rows, iv, read_whole
    from jixiao.rules.targets import missed
    recs = recs if recs is not None else normalize_document(doc)
    out = []
    for p in recs.projects:
        # The fund score is weight × rate, written rounded: a whole point is beyond that rounding.
        for row in fund_rows(p):
            if row.weight and row.score and row.weight.value is not None and row.score.value is not None \
                    and (row.rate and row.rate.value is not None or row.budget and row.executed):
                out.append(("fund score", row.score.loc, -1))
            if row.rate and row.rate.value and row.budget and row.executed and row.budget.value:
                # beyond what the amounts' rounding allows: the computed rate's whole width, plus 2 units
                width = (iv(row.executed) / iv(row.budget) * HUNDRED).half_width * 2
                unit = Decimal(1).scaleb(-(row.rate.q.places or 0))
                out.append(("rate", row.rate.loc, int(width / unit) + 1))
        # A met target scored in full: one unit less is a met target scored low (JX404).
        for i in p.indicators:
            if i.weight and i.score and i.weight.value is not None and i.score.value == i.weight.value \
                    and i.target.q.numeric and i.actual.q.numeric and not missed(i):
                out.append(("met, scored low", i.score.loc, -2))
            if i.weight and i.score and i.score.value is not None and i.score.value == i.weight.value \
                    and i.target.q.numeric and i.actual.q.numeric and i.target.q.op in (">=", "=") \
                    and i.target.q.value and i.actual.q.op == "=" and i.level2 not in ("成本指标", "经济成本指标"):
                out.append(("missed, full marks", i.actual.loc, -3))
        # Scores and weights are exact: one unit in the last written place must be caught.
        scores = [i.score for i in p.indicators]
        if p.total_score_stated and scores and all(s is not None and s.value is not None for s in scores):
            out += [("score", s.loc, -1) for s in scores]
        weights = [i.weight for i in p.indicators]
        if weights and all(w is not None and w.value is not None for w in weights):
            if read_whole(p):
                out += [("weight", w.loc, -1) for w in weights]
            elif not p.rows_unread:   # a table cut off: the labelled blocks another block follows
                blocks = [ws for i, ws in _blocks_of(p)][:-1]
                out += [("weight", w.loc, -1) for ws in blocks for w in ws]
        for name in ("budget_initial", "budget_full_year", "arrived", "executed"):
            whole = getattr(p, name)
            parts = [s.figures.get(name) for s in p.fund_sources]
            # source columns on the total's row are the whole breakdown, even one of them
            whole_row = bool(parts) and all(s.whole_row for s in p.fund_sources)
            if whole is not None and (len(parts) >= 2 or whole_row) and all(f is not None for f in parts):
                out += [("fund source", f.loc, -1) for f in parts if f.value]
        if p.executed and p.exec_rate_stated and (p.budget_full_year or p.budget_initial):
            out.append(("executed", p.executed.loc, 3))
        # money arrived at the budget: moved above it, without a reason (JX205)
        budget = p.budget_full_year or p.budget_initial
        if p.arrived and budget and p.arrived.value is not None and p.arrived.value == budget.value:
            out.append(("arrival over budget", p.arrived.loc, 3))
    for lt in recs.lists:
        if lt.total is not None:
            out += [("list amount", it.amount.loc, len(lt.items) + 1) for it in lt.items if it.amount is not None]
    return out


def _blocks_of(p) -> list:
    from jixiao.rules.scores import _blocks
    return list(_blocks(p).values())


def missed_by_a_fifth(text: str, target: Decimal, scale: Decimal) -> str:
    """The actual's number replaced by four fifths of the target, in the actual's own places."""
    m = NUMBER.search(text)
    places = len(m.group(0).split(".")[1]) if "." in m.group(0) else 0
    unit, goal = Decimal(1).scaleb(-places), target / scale
    new = (goal * Decimal("0.8")).quantize(unit, rounding=ROUND_FLOOR)
    if new >= goal:
        new = goal - unit
    if new < 0:
        return text
    return text[:m.start()] + f"{new:.{places}f}" + text[m.end():]


def bump(text: str, units: int, share: Decimal = Decimal(0), whole: Decimal = Decimal(0)) -> str:
    """The same figure plus `units` in its last written place (20 → 29), or plus `share` of
    itself if that is more.

    Each of the n figures in a sum may be off by half a unit from rounding, so a change of
    n + 2 units is more than rounding can explain. In a ratio the coarsest operand sets the
    slack (a budget of 29 stands for 28.5-29.5, 1.7%), so an executed amount moves by 5%."""
    m = NUMBER.search(text)
    places = len(m.group(0).split(".")[1]) if "." in m.group(0) else 0
    old = Decimal(m.group(0))
    if whole:   # whole points, up (a score at its weight then exceeds it)
        new = old + whole
    elif units < 0:
        new = old + Decimal(units).scaleb(-places)
    else:
        new = old + max(Decimal(units).scaleb(-places), old * share)
    return text[:m.start()] + f"{new:.{places}f}" + text[m.end():]


def _named(flags) -> set:
    return {(x.table, x.row, x.col) for f in flags for x in f.locations}


def _mine(items: list, part: tuple[int, int]) -> list:
    """Part k of n: every n-th item from the k-th, so that n parts together hold each item once
    (a large table's hundreds of mutations checked in pieces that parallel test workers share)."""
    k, n = part
    return items[k::n]


def repeats(recs) -> list[tuple[int, int, int]]:
    """A table of several projects, each block the same template (003: seven projects in one table of
    227 rows, 545 mutations): the blocks that repeat an earlier block's shape (its level-2 groups and
    their sizes, its fund rows) and are neither the table's first nor its last, as (table, first row,
    last row). Their mutations are those of the kept block of their shape, planted at the same place
    of a block between two others; the first block (under the table's head), the last (before the
    table's end) and a block of each shape are mutated whole. Blocks of a project read from several
    tables are not counted."""
    from itertools import groupby
    by_table: dict = {}
    for p in recs.projects:
        tables = {i.loc.table for i in p.indicators}
        if len(tables) == 1 and None not in tables and all(i.loc.row is not None for i in p.indicators):
            by_table.setdefault(tables.pop(), []).append(p)
    out = []
    for table, projects in by_table.items():
        seen, start = set(), 0
        for k, p in enumerate(projects):
            end = max(i.loc.row for i in p.indicators)
            shape = (tuple((key, len(list(run))) for key, run in groupby((i.level1, i.level2) for i in p.indicators)),
                     len(p.fund_sources))
            if 0 < k < len(projects) - 1 and shape in seen:
                out.append((table, start, end))
            seen.add(shape)
            start = end + 1
    return out


def without(doc: Document, spans: list[tuple[int, int, int]]) -> Document:
    """A copy of the document with the rows of `spans` ((table, first row, last row): repeats') taken
    out of their tables and the rows below moved up: the kept blocks as neighbours, each mutation of
    them a renormalization of a table a fraction as long (003: three of seven blocks)."""
    import copy
    from dataclasses import replace
    out = copy.deepcopy(doc)
    for index, first, last in sorted(spans, reverse=True):
        t = out.tables()[index]
        n = last - first + 1
        kept = []
        for c in t.cells:
            if first <= c.row <= last:
                assert c.row + c.rowspan - 1 <= last, "a cell of a block left out reaches below it"
                continue
            if c.row > last:
                c.row -= n
                c.loc = replace(c.loc, row=c.loc.row - n) if c.loc.row is not None else c.loc
            elif c.row + c.rowspan - 1 >= first:
                c.rowspan -= n   # merged across the rows taken out: spans its kept rows
            kept.append(c)
        t.cells, t.n_rows = kept, t.n_rows - n
        for cache in ("_index", "_rows", "_confidence"):   # cell_at's, rows' and row_confidence's
            t.__dict__.pop(cache, None)
    return out


def _outside(spans: list, loc: Location) -> bool:
    return not any(loc.table == t and a <= (loc.row if loc.row is not None else -1) <= b for t, a, b in spans)


def clean(doc: Document) -> tuple:
    """The clean document's records and its baseline flags, from one reading (the rules only add
    warnings to the records, which no target reads): what run and run_prose share."""
    recs = normalize_document(doc)
    return recs, check(recs)


def run_all(doc: Document, part: tuple[int, int] = (0, 1), read: tuple | None = None,
            sample: bool = False) -> list[Mutation]:
    """run and run_prose, on one reading of the clean document (clean's, where the caller has it);
    `sample`: the table cells in the document without the blocks of a table that repeat another's
    template (repeats, without), so that each such mutation renormalizes the kept blocks only; the
    prose's figures in the whole document (its paragraphs restate every block's)."""
    read = read if read is not None else clean(doc)
    skip = repeats(read[0]) if sample else []
    small = without(doc, skip) if skip else doc
    return run(small, part, clean(small) if skip else read) + run_prose(doc, part, read)


def run(doc: Document, part: tuple[int, int] = (0, 1), read: tuple | None = None) -> list[Mutation]:
    """Mutate every pinned cell of the clean tables (cells no baseline flag names) one at a time."""
    recs, baseline = read if read is not None else clean(doc)
    seen, flagged = {f.id for f in baseline}, _named(baseline)
    out = []
    for what, loc, n in _mine(targets(doc, recs), part):
        if (loc.table, loc.row, loc.col) in flagged:
            continue
        if loc.table is None:
            continue   # a figure read from a sentence (061's fund): run_prose mutates the prose
        cell = doc.tables()[loc.table].cell_at(loc.row, loc.col)
        if n == -3:   # the actual of a met row moved below its target
            i = next(i for i in recs.indicators if i.actual.loc == loc)
            after = missed_by_a_fifth(cell.text, i.target.q.value, i.actual.q.scale or Decimal(1))
            if after == cell.text:
                continue   # too small a figure to move (2% of a 2% target rounds back to 2%)
        elif n == -2:
            after = bump(cell.text, -1)
        elif what in WHOLE:
            after = bump(cell.text, 0, whole=WHOLE[what])
        else:
            after = bump(cell.text, 1 if n < 0 else n + 2, SHARE.get(what, Decimal(0)))
        m = Mutation(doc.source, what, loc, cell.text, after)
        cell.text = m.after  # mutate in place and restore: a deep copy per mutation is slow
        try:
            new = [f for f in check(normalize_document(doc)) if f.id not in seen]
        finally:
            cell.text = m.before
        m.caught = (loc.table, loc.row, loc.col) in _named(new)
        out.append(m)
    return out + run_forms(doc, baseline, part, recs)


def _set(doc: Document, cells: dict):
    """Write several cells at once; returns what they held, for restoring."""
    before = {}
    for loc, text in cells.items():
        cell = doc.tables()[loc.table].cell_at(loc.row, loc.col)
        before[loc] = cell.text
        cell.text = text
    return before


def form_targets(doc: Document, recs=None) -> list[tuple[str, Location, dict, str]]:
    """Slips that change several cells of a clean table at once (issue 22): (what, the cell a flag
    must name, {cell: new text}, the rule that must name it). An unfilled form (every actual and
    score left blank, written "/"), a fund total row scored 0 from a 执行数 of 0 while its source
    rows show the money spent, a partly achieved row scored above the table's proportional model
    (or rounded up where the table's other rows cut their scores down), a Chongqing 得分系数 of 100% for a missed target."""
    from jixiao.normalize.scoring import partial_rows, proportional, rounding_of, written
    from jixiao.rules.common import read_whole
    from jixiao.rules.targets import missed
    recs = recs if recs is not None else normalize_document(doc)
    out = []
    for p in recs.projects:
        rows = [i for i in p.indicators if i.weight is not None and i.weight.value is not None]
        cells = [f.loc for i in rows for f in (i.actual, i.score) if f is not None]
        if len(rows) >= 2 and all(i.score is not None and i.score.value is not None for i in rows) and \
                all(c.table is not None and c.row is not None and c.col is not None for c in cells) and read_whole(p) \
                and p.scoring_model not in ("coefficient", "weighted-share"):
            out.append(("unfilled form", rows[0].actual.loc, {c: "/" for c in cells}, "JX306"))
        s, e, r = p.fund_score, p.executed, p.exec_rate_stated
        spent = [src.figures.get("executed") for src in p.fund_sources if not src.group]
        if s is not None and e is not None and s.value and e.value and \
                any(f is not None and f.value for f in spent) and s.loc.table is not None:
            change = {e.loc: "0", s.loc: "0"}
            if r is not None and r.loc.table is not None:
                change[r.loc] = "0"
            out.append(("fund score from a wrong total", s.loc, change, "JX203"))
        partial = partial_rows(p)
        if p.scoring_model == "proportional" and len(partial) >= 3:   # the model still stands with one row off
            for i in partial:
                lo, hi = proportional(i)
                places = i.score.q.places or 0
                unit = Decimal(1).scaleb(-places)
                new = ((hi + i.weight.value) / 2).quantize(unit, rounding=ROUND_FLOOR)
                if new > hi + i.score.q.tolerance + unit and new < i.weight.value:
                    out.append(("off-model score", i.score.loc, {i.score.loc: f"{new:.{places}f}"}, "JX405"))
        if p.scoring_model == "proportional":   # a table that cuts its scores down: one rounded up instead
            for i in partial:
                if rounding_of([j for j in partial if j is not i]) != "floor" or written(i, "floor") is None:
                    continue
                up, down = written(i, "round")[1], written(i, "floor")[1]
                if up > down and i.score.value <= down:
                    places = max(i.score.q.places or 0, 0)
                    out.append(("off-model rounding", i.score.loc, {i.score.loc: f"{up:.{places}f}"}, "JX405"))
        for i in p.indicators:
            c = i.coefficient
            if c is not None and c.value is not None and c.value < 100 and missed(i) and c.loc.table is not None:
                out.append(("full coefficient, missed", c.loc, {c.loc: "100"}, "JX401"))
        out += _deduction_targets(doc, p)
    return out


def _deduction_targets(doc: Document, p) -> list[tuple]:
    """A 扣分 form (a deduction per row instead of a score, and their 合计): each deduction moved up
    one unit (a person sets it: exact), the fund's and the 合计 two (the fund's is computed from the
    rate and written rounded, half a unit either way); JX307 must name the cell. Only where the rule
    has a sum to compare: every row's deduction written, and the fund's where there is a fund row."""
    from jixiao.rules.common import fund_block_missing, read_whole
    t, rows = p.total_deduction_stated, [i.deduction for i in p.indicators]
    fund = p.fund_deduction if p.fund_deduction is not None and p.fund_deduction.value is not None else None
    if t is None or t.value is None or not rows or any(d is None or d.value is None for d in rows) or \
            not read_whole(p) or (fund is None and (p.fund_weight is not None or fund_block_missing(p))):
        return []
    out = []
    for what, f, units in [("deduction", d, 1) for d in rows] + [("fund deduction", fund, 2), ("deduction total", t, 2)]:
        if f is None or f.loc.table is None or f.loc.row is None or f.loc.col is None:
            continue
        text = doc.tables()[f.loc.table].cell_at(f.loc.row, f.loc.col).text
        out.append((what, f.loc, {f.loc: bump(text, units)}, "JX307"))
    return out


def run_forms(doc: Document, baseline=None, part: tuple[int, int] = (0, 1), recs=None) -> list[Mutation]:
    baseline = baseline if baseline is not None else check(normalize_document(doc))
    seen, flagged = {f.id for f in baseline}, _named(baseline)
    out = []
    for what, loc, change, code in _mine(form_targets(doc, recs), part):
        if any((c.table, c.row, c.col) in flagged for c in change):
            continue
        m = Mutation(doc.source, what, loc, doc.tables()[loc.table].cell_at(loc.row, loc.col).text, change[loc])
        before = _set(doc, change)
        try:
            new = [f for f in check(normalize_document(doc)) if f.id not in seen and f.rule == code]
        finally:
            _set(doc, before)
        m.caught = (loc.table, loc.row, loc.col) in _named(new)
        out.append(m)
    return out


# Changes that must change nothing: the same figures written another way.
NEUTRAL = [
    ("operator spelling", re.compile(r"≥"), lambda m: "≧"),
    ("operator spelling", re.compile(r"≤"), lambda m: "≦"),
    ("operator in words", re.compile(r"^≥\s*"), lambda m: "不低于"),
    ("full-width digits", re.compile(r"\d+(?:\.\d+)?"), lambda m: m.group(0).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))),
    ("thousands separator", re.compile(r"(?<![\d.])(\d{1,3})(\d{3})(?=(?:\.\d+)?(?!\d))"), lambda m: f"{m.group(1)},{m.group(2)}"),
    ("space before unit", re.compile(r"(?<=\d)(?=[万%人个次元])"), lambda m: " "),
    ("spaces around the cell", re.compile(r"^(?=\S)"), lambda m: " "),
]


def _round_last(m) -> str:
    """85.79 → 85.8: a rate written to one place fewer, rounded half up."""
    d = Decimal(m.group(0))
    places = len(m.group(0).split(".")[1]) - 1
    return f"{d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):.{places}f}"


# Rounding within the written precision: only for figures that are computed and written rounded
# (the execution rate); a score or a weight is exact, so rounding it is a real change.
NEUTRAL_RATE = [("rate to one place fewer", re.compile(r"\d+\.\d{2,}"), _round_last)]


def neutral(doc: Document, read: tuple | None = None, part: tuple[int, int] = (0, 1)) -> list[Mutation]:
    """Rewrite every figure cell of the indicator and fund tables in each neutral way, one at a
    time; a mutation 'caught' here is a false flag (a new flag that the rewrite caused). `part`: as
    run's, every n-th rewrite from the k-th (_mine), so that n parts together make each one once."""
    recs, flags = read if read is not None else clean(doc)
    baseline = {(f.rule, f.place) for f in flags}   # the same finding may quote the new spelling
    out = []
    for what, loc, before, after in _mine(rewrites(doc, recs), part):
        cell = doc.tables()[loc.table].cell_at(loc.row, loc.col)
        m = Mutation(doc.source, what, loc, before, after)
        cell.text = m.after
        try:
            new = {(f.rule, f.place) for f in check(normalize_document(doc))}
        finally:
            cell.text = m.before
        m.caught = bool(new - baseline)
        out.append(m)
    return out


def rewrites(doc: Document, recs=None) -> list[tuple]:
    """The neutral rewrites neutral() makes, unchecked: (what, cell, text, rewritten text)."""
    recs = recs if recs is not None else normalize_document(doc)
    cells = []
    for p in recs.projects:
        for i in p.indicators:
            cells += [(f.loc, NEUTRAL) for f in (i.target, i.actual, i.weight, i.score) if f is not None and f.q.numeric]
        cells += [(f.loc, NEUTRAL) for f in (p.budget_initial, p.budget_full_year, p.arrived, p.executed) if f is not None]
        # the source rows and columns that JX204 adds up, the 到位 column's included
        cells += [(f.loc, NEUTRAL) for s in p.fund_sources for f in s.figures.values()
                  if f is not None and f.loc not in {c for c, _ in cells}]
        if p.exec_rate_stated is not None:
            cells.append((p.exec_rate_stated.loc, NEUTRAL + NEUTRAL_RATE))
    out = []
    for loc, kinds in cells:
        if loc.table is None or loc.row is None or loc.col is None:
            continue
        text = doc.tables()[loc.table].cell_at(loc.row, loc.col).text
        out += [(what, loc, text, pattern.sub(repl, text, count=1)) for what, pattern, repl in kinds
                if pattern.search(text)]
    return out


def prose_targets(doc: Document, recs=None) -> list[tuple]:
    """Figures in paragraphs that a relation pins: (what, block, the figure as written, units[,
    where it starts in the paragraph]). A total after a list of amounts (JX604), a rate stated
    beside its amounts (JX202), a figure restating the table's (JX501: one unit for what is set,
    two for a computed rate), a share of a named whole (JX601) and a change from a named previous
    figure (JX602)."""
    from jixiao.normalize.quantity import halfwidth
    from jixiao.rules.common import HUNDRED
    from jixiao.rules.interval import Interval
    from jixiao.rules.prose_lists import EACH, TOTAL_AFTER, _items_before
    from jixiao.rules.text import CHANGE_FROM, SHARE_OF
    recs = recs if recs is not None else normalize_document(doc)
    out = []
    for text, loc in recs.paragraphs:
        plain = halfwidth(text)
        for m in TOTAL_AFTER.finditer(plain):
            items = _items_before(plain, m.start())
            if len(items) >= 3:
                out.append(("prose list total", loc.block, text[m.start(1):m.end(1)], len(items) + 1))
        for m in EACH.finditer(plain):
            out.append(("prose list total", loc.block, text[m.start(1):m.end(1)], 4))
    by_sentence: dict = {}
    for f in recs.prose:
        by_sentence.setdefault((f.loc.block, f.sentence), []).append(f)
    for (block, _), figs in by_sentence.items():
        rates = [f for f in figs if f.subject in ("执行率", "执行") and f.q.unit == "%"]
        amounts = [f for f in figs if f.subject in ("预算", "下达", "执行") and f.q.unit == "元"]
        budget = [f for f in amounts if f.subject in ("预算", "下达")]
        spent = [f for f in amounts if f.subject == "执行"]
        if len(rates) == 1 and len(budget) == 1 and len(spent) == 1 and budget[0].q.value:
            b, e = budget[0].q, spent[0].q
            width = (Interval.of(e.value, e.tolerance) / Interval.of(b.value, b.tolerance) * HUNDRED).half_width * 2
            unit = Decimal(1).scaleb(-(rates[0].q.places or 0))
            if width < 20:   # 2万元 of 2万元 pins a rate only between 60% and 167%: nothing to move
                out.append(("prose rate", block, rates[0].q.raw, int(width / unit) + 1))
    out += _restatements(doc, recs)
    out += _prose_kinds(doc, recs)
    for text, loc in recs.paragraphs:
        plain = halfwidth(text)
        for m in SHARE_OF.finditer(plain):
            out.append(("prose share", loc.block, text[m.start(5):m.end(5)], 8, m.start(5)))
        for m in CHANGE_FROM.finditer(plain):
            out.append(("prose change", loc.block, text[m.start(4):m.end(4)], 8, m.start(4)))
    return out


def _restatements(doc: Document, recs) -> list[tuple]:
    """Prose figures that state a table figure of their project exactly as written."""
    from jixiao.rules.common import project_for
    from jixiao.rules.text import RESTATED as fields
    out = []
    for k, f in enumerate(recs.prose):
        subject = "执行率" if f.subject == "执行" and f.q.unit == "%" else f.subject
        if subject not in fields or f.q.op != "=" or f.role:
            continue
        p = project_for(f.sentence, recs)
        table = [getattr(p, n) for n in fields[subject]] if p is not None else []
        # of a TABLE figure: a project whose fund was read from the prose itself (061) has no table to restate
        if not any(t is not None and t.loc.table is not None and t.q.numeric and t.value == f.q.value and
                   (t.q.places or 0) == (f.q.places or 0) for t in table):
            continue
        text = doc.blocks[f.loc.block].text
        start = text.find(f.sentence)
        nth = sum(1 for g in recs.prose[:k] if g.loc.block == f.loc.block and g.sentence == f.sentence
                  and g.q.raw == f.q.raw)
        for _ in range(nth + 1):
            start = text.find(f.q.raw, start + 1) if start >= 0 else -1
        if start >= 0:
            out.append(("prose restatement", f.loc.block, f.q.raw, 0 if f.q.unit == "%" else -1, start))
    return out


def _prose_kinds(doc: Document, recs) -> list[tuple]:
    """Issue 22's prose kinds: a part of "X万元。其中：A万元用于…；B万元用于…" (uses) or of the sources
    of money arrived, when they make X (JX604); money arrived at or below the budget, moved above
    it (JX205); an indicator's score restated from the table (JX501)."""
    from jixiao.normalize.quantity import halfwidth
    from jixiao.rules.common import budget, plain_paragraphs, project_for
    from jixiao.rules.prose_lists import MONEY, SPENT, WHOLE_THEN_PARTS, _money, _parts, _parts_by_clause, _period, _sources
    from jixiao.rules.text import _named_score
    out = []
    for plain, text, loc in plain_paragraphs(recs):
        for m in WHOLE_THEN_PARTS.finditer(plain):
            whole = _money(m.group(1), m.group(2))
            head = re.split(r"[，,。；;：:]", plain[:m.start()])[-1]
            rest_end = _period(plain, m.end(), len(plain))
            items, labels, subtotal, uses = _parts_by_clause(plain[m.end():rest_end])
            kind = "prose use part" if uses and SPENT.search(head) and subtotal is None else ""
            if not kind:
                rest = re.split(r"[。；;]", plain[m.end():], maxsplit=1)[0]
                items, labels, subtotal = _parts(rest)
                kind = "prose source part" if subtotal is None and _sources(head, labels) else ""
            if not kind or len(items) < 2 or not whole.numeric or sum(q.value for q in items) != whole.value:
                continue
            found = [mm for mm in MONEY.finditer(plain, m.end(), rest_end)][:len(items)]
            for mm in found:
                out.append((kind, loc.block, text[mm.start(1):mm.end(1)], len(items) + 1, mm.start(1)))
    by_sentence: dict = {}
    for f in recs.prose:
        by_sentence.setdefault((f.loc.block, f.sentence), []).append(f)
    paragraphs = {loc.block: text for text, loc in recs.paragraphs}
    from jixiao.rules.funds import ARRIVAL_REASON
    for (block, sentence), figs in by_sentence.items():
        arrived = [f for f in figs if f.subject == "到位" and f.q.unit == "元" and f.q.op == "=" and f.q.numeric]
        budgets = [f for f in figs if f.subject == "预算" and f.q.unit == "元" and f.q.op == "=" and f.q.numeric]
        p = recs.projects[0] if len(recs.projects) == 1 else None
        b = budgets[0].q if len(budgets) == 1 else (budget(p).q if p is not None and budget(p) is not None else None)
        if len(arrived) != 1 or b is None or not b.numeric or ARRIVAL_REASON.search(paragraphs.get(block, "")):
            continue
        a = arrived[0].q
        unit = Decimal(1).scaleb(-(a.places or 0)) * a.scale
        if a.value <= b.value:
            start = doc.blocks[block].text.find(sentence)
            at = doc.blocks[block].text.find(a.raw, start if start >= 0 else 0)
            out.append(("prose arrival", block, a.raw, int((b.value - a.value) / unit) + 1, at))
    for f in recs.prose:
        if f.q.unit != "分" or f.q.op != "=" or not f.q.numeric:
            continue
        p = project_for(f.sentence, recs)
        at = f.sentence.find(f.q.raw)
        if p is None or at < 0:
            continue
        i = _named_score(re.sub(r"\s", "", halfwidth(f.sentence)[:at]), p)
        if i is not None and i.score.value == f.q.value:
            text = doc.blocks[f.loc.block].text
            start = text.find(f.sentence)
            out.append(("prose score restatement", f.loc.block, f.q.raw, -1, text.find(f.q.raw, max(start, 0))))
    return out


def run_prose(doc: Document, part: tuple[int, int] = (0, 1), read: tuple | None = None) -> list[Mutation]:
    """Mutate each pinned prose figure in place (its first occurrence in the paragraph); a flag
    must name that paragraph."""
    recs, baseline = read if read is not None else clean(doc)
    seen = {f.id for f in baseline}
    flagged = {x.block for f in baseline for x in f.locations if x.table is None}
    out = []
    for what, block, raw, n, *at in _mine(prose_targets(doc, recs), part):
        if block in flagged:
            continue
        para = doc.blocks[block]
        after = bump(raw, n + 2)
        m = Mutation(doc.source, what, para.loc, raw, after)
        before_text = para.text
        start = at[0] if at else before_text.find(raw)
        para.text = before_text[:start] + after + before_text[start + len(raw):]
        try:
            new = [f for f in check(normalize_document(doc)) if f.id not in seen]
        finally:
            para.text = before_text
        m.caught = any(x.block == block and x.table is None for f in new for x in f.locations)
        out.append(m)
    return out
