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
        scores = [i.score for i in p.indicators]
        if p.total_score_stated and scores and all(s is not None and s.value is not None for s in scores):
            out += [("score", s.loc, len(scores) + 2) for s in scores]
        weights = [i.weight for i in p.indicators]
        if weights and all(w is not None and w.value is not None for w in weights):
            out += [("weight", w.loc, len(weights) + 2) for w in weights]
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
        m = Mutation(doc.source, what, loc, cell.text, bump(cell.text, n + 2, share))
        cell.text = m.after  # mutate in place and restore: a deep copy per mutation is slow
        try:
            new = [f for f in check(normalize_document(doc)) if f.id not in seen]
        finally:
            cell.text = m.before
        m.caught = (loc.table, loc.row, loc.col) in _named(new)
        out.append(m)
    return out
