"""The rule catalogue: each rule has a code, a name, a default severity, a summary, an
explanation with a passing and a failing example, and a check function (records → flags)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from jixiao.normalize import DocRecords

from .flag import Flag

SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str
    explanation: str
    good: str
    bad: str
    check: Callable[[DocRecords, "Rule"], Iterable[Flag]]
    per_report: bool = False   # evidence that other units' reports repeat word for word: ids carry the unit

    def flag(self, recs: DocRecords, message: str, locations, evidence: str, stated="", expected="",
             tolerance="") -> Flag:
        if tolerance:
            message += f"（按书写精度，允许误差 {tolerance}）"
        return Flag(rule=self.code, severity=self.severity, message=message, doc=recs.doc,
                    locations=[loc for loc in locations if loc is not None], evidence=evidence,
                    stated=str(stated), expected=str(expected), tolerance=str(tolerance),
                    scope=(recs.own_unit or "") if self.per_report else "")


RULES: dict[str, Rule] = {}


def rule(code: str, name: str, severity: str, summary: str, explanation: str, good: str, bad: str,
         per_report: bool = False):
    """Register a check function as a rule."""
    assert severity in SEVERITIES and code not in RULES

    def register(fn):
        RULES[code] = Rule(code, name, severity, summary, explanation.strip(), good.strip(), bad.strip(), fn,
                           per_report)
        return fn
    return register
