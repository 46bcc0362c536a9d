"""Compare normalized records with expected records (corpus/expected/*.json, the gold format).

Used by the tests and by the accuracy report. An expected indicator row is matched to a
found row by its 三级指标 text (whitespace ignored), in order; one left unmatched is then matched
by its name as read (row_key: simplified, glosses dropped, full-width punctuation as half-width),
since a scan cannot show the tone marks of a gloss or whether a comma was typed full-width.
Then each field is compared as written, so such a row's name still counts as a wrong field.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from jixiao.extract import normalize_ws

from .quantity import money_scale
from .records import PROJECT_FIGURES, DocRecords, Figure, Indicator
from .script import matching
from .vocab import canonical_level1, level_stem

INDICATOR_FIELDS = ["level1", "level2", "level3", "target_raw", "actual_raw", "target_op", "target_value",
                    "target_unit", "actual_op", "actual_value", "actual_unit", "weight", "score"]
# The expected records keep no total weight to compare (the forms' 100 points; written as total_weight
# for reference only), and add the grade word and the money unit (the amounts are compared in the
# unit read, so a unit read wrong shows only here: 千元 read as 万元).
PROJECT_FIELDS = [f for f in PROJECT_FIGURES if f != "total_weight_stated"] + ["grade_stated", "money_unit"]


@dataclass
class Comparison:
    expected: int = 0
    found: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)   # field -> [right, total]
    mismatches: list[str] = field(default_factory=list)

    def tally(self, name: str, ok: bool, what: str) -> None:
        right_total = self.fields.setdefault(name, [0, 0])
        right_total[0] += ok
        right_total[1] += 1
        if not ok:
            self.mismatches.append(what)


def load(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _dec(v) -> Decimal | None:
    return None if v is None else Decimal(str(v))


def _same_number(a, b: Decimal | None) -> bool:
    a = _dec(a)
    return a == b if a is not None and b is not None else a is None and b is None


def _fig(f: Figure | None, scale: Decimal = Decimal(1)) -> Decimal | None:
    return None if f is None or f.value is None else f.value / scale


def indicator_values(i: Indicator) -> dict:
    return {
        "level1": i.level1, "level2": i.level2_raw, "level3": normalize_ws(i.level3),
        "target_raw": normalize_ws(i.target.raw), "actual_raw": normalize_ws(i.actual.raw),
        "target_op": i.target.q.op, "target_value": i.target.q.value, "target_unit": i.target.q.unit,
        "actual_op": i.actual.q.op, "actual_value": i.actual.q.value, "actual_unit": i.actual.q.unit,
        "weight": _fig(i.weight), "score": _fig(i.score),
    }


# Fields that name a kind (a unit, a grade), not text as written: 畝 is 亩 and 優 is 优 in either script, while the
# raw fields (names, values as written) are compared as the document writes them.
WORDS_OF_A_KIND = ("target_unit", "actual_unit")


def _same_word(want, got) -> bool:
    return matching(want or "") == matching(got or "")


def expected_level1(written: str | None) -> str | None:
    """An expected record's level 1 as the reader names it: a record written from the document may
    keep the form's words (投入目标, 项目决策(20 分)); the reader gives the canonical name of a level
    it knows (投入指标, 决策指标) and one it does not as written, without its points."""
    if not written:
        return written
    # the reader names a level in traditional script (產出指標) by its simplified canonical name, as it matches
    return canonical_level1(written) or canonical_level1(matching(written)) or level_stem(written)


def expected_values(e: dict) -> dict:
    return {
        # a level's points (数量指标15分, 项目决策 2 分, 质量指标（20分）) are its level points, not its name: the
        # reader gives them apart (level2_points), so the name is compared without them, as level 1's is
        "level1": expected_level1(e["level1"]), "level2": level_stem(e["level2"] or ""), "level3": normalize_ws(e["level3"]),
        "target_raw": normalize_ws(e["target_raw"]), "actual_raw": normalize_ws(e["actual_raw"]),
        "target_op": e["target"]["op"], "target_value": e["target"]["value"], "target_unit": e["target"]["unit"],
        "actual_op": e["actual"]["op"], "actual_value": e["actual"]["value"], "actual_unit": e["actual"]["unit"],
        "weight": e["weight"], "score": e["score"],
    }


def as_read(text) -> str:
    """A text as a person reads it: no spaces, full-width forms as half-width, ≧ as ≥."""
    return "".join(unicodedata.normalize("NFKC", str(text or "")).replace("≧", "≥").replace("≦", "≤").split())


def row_key(name) -> str:
    """An indicator name as read, in matching form (untoned glosses dropped too)."""
    return as_read(matching(str(name or ""), untoned=True))


def _pairs(found: list, want: list) -> list:
    """The found row for each expected one (None where none): by the name as written, in order,
    then the rest by row_key."""
    unused, hits = list(found), [None] * len(want)
    for key in (lambda s: normalize_ws(s or ""), row_key):
        for k, e in enumerate(want):
            if hits[k] is None:
                name = key(e["level3"])
                hits[k] = next((i for i in unused if key(i.level3) == name), None)
                if hits[k] is not None:
                    unused.remove(hits[k])
    return hits


def compare(recs: DocRecords, expected: dict) -> Comparison:
    cmp = Comparison(expected=len(expected["indicators"]), found=len(recs.indicators))
    unused = list(recs.indicators)
    for e, hit in zip(expected["indicators"], _pairs(recs.indicators, expected["indicators"])):
        if hit is None:
            cmp.mismatches.append(f"指标行缺失：{e['level3']}")
            continue
        unused.remove(hit)
        cmp.matched += 1
        want, got = expected_values(e), indicator_values(hit)
        for name in INDICATOR_FIELDS:
            w, g = want[name], got[name]
            ok = _same_number(w, g) if name in ("target_value", "actual_value", "weight", "score") else \
                _same_word(w, g) if name in WORDS_OF_A_KIND else (w or "") == (g or "")
            cmp.tally(name, ok, f"{e['level3']} {name}: expected {w!r}, found {g!r}")
    for extra in unused:
        cmp.mismatches.append(f"多出的指标行：{extra.level3}")
    if "year" in expected:
        cmp.tally("doc.year", expected["year"] == recs.year, f"year: expected {expected['year']!r}, found {recs.year!r}")
    for k, ep in enumerate(expected["projects"]):
        if k >= len(recs.projects):
            cmp.mismatches.append(f"项目缺失：{ep['name']}")
            continue
        p = recs.projects[k]
        scale = money_scale(p.money_unit)
        for name in PROJECT_FIELDS:
            if name == "money_unit":
                if name not in ep:
                    continue
                ok, g = ep[name] == p.money_unit, p.money_unit
            elif name == "grade_stated":
                ok, g = _same_word(ep[name], p.grade_stated), p.grade_stated
            else:
                money = name in ("budget_initial", "budget_full_year", "arrived", "executed")
                g = _fig(getattr(p, name), scale if money else Decimal(1))
                ok = _same_number(ep.get(name), g)
            # records written before `arrived` was read lack it: their documents have no 到位 column
            cmp.tally("project." + name, ok, f"{ep['name']} {name}: expected {ep.get(name)!r}, found {g!r}")
    return cmp


def records_to_expected(recs: DocRecords) -> dict:
    """Write records in the expected-records format (to seed a hand-checked file, never to overwrite one)."""
    def q(f: Figure) -> dict:
        v = f.q.value
        return {"op": f.q.op, "value": None if v is None else _num(v), "unit": f.q.unit, "note": f.q.note}

    def num(f: Figure | None, scale=Decimal(1)):
        return None if f is None or f.value is None else _num(f.value / scale)

    projects = []
    for p in recs.projects:
        scale = money_scale(p.money_unit)
        projects.append({"name": p.name, "budget_initial": num(p.budget_initial, scale),
                         "budget_full_year": num(p.budget_full_year, scale), "arrived": num(p.arrived, scale),
                         "executed": num(p.executed, scale),
                         "exec_rate_stated": num(p.exec_rate_stated), "fund_weight": num(p.fund_weight),
                         "fund_score": num(p.fund_score), "money_unit": p.money_unit,
                         "total_weight": num(p.total_weight_stated), "total_score_stated": num(p.total_score_stated),
                         "grade_stated": p.grade_stated})
    indicators = [{"project": i.project, "level1": i.level1, "level2": i.level2_raw, "level3": i.level3,
                   "target_raw": i.target.raw, "actual_raw": i.actual.raw, "weight": num(i.weight),
                   "score": num(i.score), "target": q(i.target), "actual": q(i.actual)} for i in recs.indicators]
    return {"doc": Path(recs.doc).name, "unit": recs.unit, "year": recs.year, "projects": projects,
            "indicators": indicators}


def _num(d: Decimal):
    return int(d) if d == d.to_integral() else float(d)
