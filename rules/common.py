"""Helpers the checks share: intervals of figures, money in the unit a project writes."""
from __future__ import annotations

from decimal import Decimal

import regex as re

from normalize import DocRecords, Figure, Project
from normalize.quantity import Quantity, money_scale

from .interval import Interval

HUNDRED = Interval.exact(100)
YEAR = re.compile(r"(20\d\d)\s*年")


def total_rounding(whole: Quantity, parts: list[Quantity]) -> Decimal:
    """The slack a stated total gets against its parts: none when the parts are written as finely
    as it is (what a person sets is exact), its own rounding when it is written to fewer places
    than its parts (98 over a fund score of 9.58; 3.30亿元 over parts in 万元)."""
    def step(q: Quantity) -> Decimal:
        return Decimal(10) ** -(q.places or 0) * q.scale
    return whole.tolerance if parts and step(whole) > min(step(q) for q in parts) else Decimal(0)


def iv(f: Figure) -> Interval:
    """The interval a written figure stands for (base units)."""
    return Interval.of(f.value, f.q.tolerance)


def money(p: Project, d: Decimal) -> str:
    """A base-unit amount in the project's money unit, for messages."""
    scale = money_scale(p.money_unit)
    return f"{num(d / scale)}{p.money_unit}"


def num(d: Decimal, places: int = 4) -> str:
    q = d.quantize(Decimal(1).scaleb(-places)) if d == d else d
    s = format(q, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def budget(p: Project) -> Figure | None:
    return p.budget_full_year or p.budget_initial


def other_year(text: str, recs: DocRecords) -> bool:
    """The sentence is about another year than the report's (上年 figures are not restatements)."""
    if "上年" in text or "去年" in text:
        return True
    years = {int(y) for y in YEAR.findall(text)}
    return bool(recs.year and years and recs.year not in years)


def project_for(text: str, recs: DocRecords) -> Project | None:
    """The project a sentence speaks of: the only one, or the one it names."""
    if len(recs.projects) == 1:
        return recs.projects[0]
    named = [p for p in recs.projects if p.name and _names(text, p.name)]
    return max(named, key=lambda p: len(p.name)) if named else None


def _names(text: str, name: str) -> bool:
    core = re.sub(r"^(\d{4}年|下达|中央|省级)+", "", name)
    return name in text or (len(core) >= 6 and core in text)
