"""Mutation testing of the rules: change one figure that takes part in an arithmetic relation
and see whether a flag names that cell. Used by tests/test_mutations.py and by the eval report."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex as re

from extract import Document, Location
from normalize import normalize_document
from rules import check

NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class Mutation:
    doc: str
    what: str
    loc: Location
    before: str
    after: str
    caught: bool = False


def targets(doc: Document) -> list[tuple[str, Location, int]]:
    """Cells whose value is pinned by a relation the rules check, with the relation's size."""
    recs = normalize_document(doc)
    out = []
    for p in recs.projects:
        # Scores and weights are exact: one unit in the last written place must be caught.
        scores = [i.score for i in p.indicators]
        if p.total_score_stated and scores and all(s is not None and s.value is not None for s in scores):
            out += [("score", s.loc, -1) for s in scores]
        weights = [i.weight for i in p.indicators]
        if weights and all(w is not None and w.value is not None for w in weights):
            out += [("weight", w.loc, -1) for w in weights]
        for name in ("budget_initial", "budget_full_year", "executed"):
            whole = getattr(p, name)
            parts = [s.figures.get(name) for s in p.fund_sources]
            if whole is not None and len(parts) >= 2 and all(f is not None for f in parts):
                out += [("fund source", f.loc, -1) for f in parts if f.value]
        if p.executed and p.exec_rate_stated and (p.budget_full_year or p.budget_initial):
            out.append(("executed", p.executed.loc, 3))
    for lt in recs.lists:
        if lt.total is not None:
            out += [("list amount", it.amount.loc, len(lt.items) + 1) for it in lt.items if it.amount is not None]
    return out


def bump(text: str, units: int, share: Decimal = Decimal(0)) -> str:
    """The same figure plus `units` in its last written place (20 → 29), or plus `share` of
    itself if that is more.

    Each of the n figures in a sum may be off by half a unit from rounding, so a change of
    n + 2 units is more than rounding can explain. In a ratio the coarsest operand sets the
    slack (a budget of 29 stands for 28.5-29.5, 1.7%), so an executed amount moves by 5%."""
    m = NUMBER.search(text)
    places = len(m.group(0).split(".")[1]) if "." in m.group(0) else 0
    old = Decimal(m.group(0))
    new = old + max(Decimal(units).scaleb(-places), old * share)
    return text[:m.start()] + f"{new:.{places}f}" + text[m.end():]


def _named(flags) -> set:
    return {(x.table, x.row, x.col) for f in flags for x in f.locations}


def run(doc: Document) -> list[Mutation]:
    """Mutate every pinned cell of the clean tables (cells no baseline flag names) one at a time."""
    baseline = check(normalize_document(doc))
    seen, flagged = {f.id for f in baseline}, _named(baseline)
    out = []
    for what, loc, n in targets(doc):
        if (loc.table, loc.row, loc.col) in flagged:
            continue
        cell = doc.tables()[loc.table].cell_at(loc.row, loc.col)
        share = Decimal("0.05") if what == "executed" else Decimal(0)
        m = Mutation(doc.source, what, loc, cell.text, bump(cell.text, 1 if n < 0 else n + 2, share))
        cell.text = m.after  # mutate in place and restore: a deep copy per mutation is slow
        try:
            new = [f for f in check(normalize_document(doc)) if f.id not in seen]
        finally:
            cell.text = m.before
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
]


def neutral(doc: Document) -> list[Mutation]:
    """Rewrite every figure cell of the indicator and fund tables in each neutral way, one at a
    time; a mutation 'caught' here is a false flag (a new flag that the rewrite caused)."""
    recs = normalize_document(doc)
    baseline = {(f.rule, f.place) for f in check(recs)}   # the same finding may quote the new spelling
    cells = []
    for p in recs.projects:
        for i in p.indicators:
            cells += [f.loc for f in (i.target, i.actual, i.weight, i.score) if f is not None and f.q.numeric]
        cells += [f.loc for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated) if f is not None]
    out = []
    for loc in cells:
        if loc.table is None or loc.row is None or loc.col is None:
            continue
        cell = doc.tables()[loc.table].cell_at(loc.row, loc.col)
        for what, pattern, repl in NEUTRAL:
            if not pattern.search(cell.text):
                continue
            m = Mutation(doc.source, what, loc, cell.text, pattern.sub(repl, cell.text, count=1))
            cell.text = m.after
            try:
                new = {(f.rule, f.place) for f in check(normalize_document(doc))}
            finally:
                cell.text = m.before
            m.caught = bool(new - baseline)
            out.append(m)
    return out
