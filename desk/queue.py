"""The work queue: every flag of the current results with its decision, assignee, unit and year,
filtered and sorted as the address asks. Read straight from the state database the nightly run
writes (the results' JSON), so the desk never shows anything the outputs would not."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from jixiao.nightly.review_html import SEVERITY_ORDER
from jixiao.nightly.state import State, holding

STATUS_CN = {"open": "待审核", "confirmed": "已确认", "dismissed": "已排除"}
SEVERITY_CN = {"high": "高", "medium": "中", "low": "低"}
SORTS = ("severity", "doc", "rule", "status")
FILTERS = ("severity", "rule", "status", "unit", "year", "assignee", "q")


@dataclass
class Query:
    """A filter as the address gives it (?severity=high&rule=JX2&q=执行率): shareable as a link."""
    severity: str = ""
    rule: str = ""          # a code or a prefix (JX2)
    status: str = ""
    unit: str = ""          # part of the unit's name (or the region in it)
    year: str = ""
    assignee: str = ""      # a name, or "-" for nobody
    q: str = ""             # free text over id, document, message, evidence
    sort: str = "severity"

    @classmethod
    def from_params(cls, params) -> "Query":
        q = cls(**{k: (params.get(k) or "").strip() for k in FILTERS})
        q.sort = params.get("sort") if params.get("sort") in SORTS else "severity"
        return q

    def params(self, **change) -> dict:
        values = {k: getattr(self, k) for k in (*FILTERS, "sort")}
        values.update(change)
        return {k: v for k, v in values.items() if v and not (k == "sort" and v == "severity")}

    def matches(self, f: dict, skip: str = "") -> bool:
        checks = {
            "severity": lambda: f["severity"] == self.severity,
            "rule": lambda: f["rule"].startswith(self.rule.upper()),
            "status": lambda: f["status"] == self.status,
            "unit": lambda: self.unit in f["unit"],
            "year": lambda: str(f["year"]) == self.year,
            "assignee": lambda: f["assignee"] == ("" if self.assignee == "-" else self.assignee),
            "q": lambda: all(w.lower() in f["haystack"] for w in self.q.split()),
        }
        return all(check() for name, check in checks.items() if getattr(self, name) and name != skip)


@dataclass
class Queue:
    flags: list[dict]
    counts: dict[str, int] = field(default_factory=dict)   # per status, under the other filters
    choices: dict[str, list[str]] = field(default_factory=dict)   # what each filter can take, over all flags

    def by_document(self) -> list[tuple[str, list[dict]]]:
        groups: dict[str, list[dict]] = {}
        for f in self.flags:
            groups.setdefault(f["doc"], []).append(f)
        return list(groups.items())


def documents(state: State) -> dict[str, dict]:
    """doc -> unit, year (of its first project that states them), status, error, format, sha256."""
    out = {}
    for doc, status, error, fmt, sha, projects in state.db.execute(
            "SELECT doc, json_extract(result, '$.status'), json_extract(result, '$.error'), "
            "json_extract(result, '$.format'), sha256, json_extract(result, '$.rows.projects') FROM files ORDER BY doc"):
        unit = year = ""
        for p in json.loads(projects or "[]"):
            unit = unit or _present(p.get("unit"))
            year = year or _present(p.get("year"))
        out[doc] = {"unit": unit, "year": year, "status": status, "error": error or "", "format": fmt or "",
                    "sha256": sha or ""}
    return out


def _present(v) -> str:
    return "" if v in (None, "", "None", "nan", "<NA>") else str(v)


def assignments(state: State) -> dict[str, str]:
    return dict(state.db.execute("SELECT target, analyst FROM assignments"))


def all_flags(state: State, docs: dict[str, dict] | None = None) -> list[dict]:
    """Every flag of the current results, with its effective decision (a decision on evidence
    that has since changed does not hold) and its assignee (the flag's own, else its document's)."""
    docs = documents(state) if docs is None else docs
    reviews = state.reviews()
    assigned = assignments(state)
    flags = []
    for doc, raw in state.db.execute(
            "SELECT f.doc, j.value FROM files f, json_each(f.result, '$.rows.flags') j ORDER BY f.doc"):
        f = json.loads(raw)
        status, comment, by, at = holding(reviews.get(f["flag_id"]), f["evidence_hash"])
        info = docs.get(doc, {})
        f.update(doc=doc, status=status, comment=comment, decided_by=by, decided_at=at,
                 unit=info.get("unit", ""), year=info.get("year", ""),
                 assignee=assigned.get("flag:" + f["flag_id"]) or assigned.get("doc:" + doc)
                 or assigned.get("sha:" + info.get("sha256", "-"), ""))
        f["haystack"] = " ".join((f["flag_id"], doc, f["message"], f["evidence"], f["location"], f["unit"])).lower()
        flags.append(f)
    return flags


def queue(state: State, query: Query) -> Queue:
    flags = all_flags(state)
    counts = {s: 0 for s in STATUS_CN}
    for f in flags:
        if query.matches(f, skip="status"):
            counts[f["status"]] += 1
    chosen = [f for f in flags if query.matches(f)]
    key = {
        "severity": lambda f: (SEVERITY_ORDER.get(f["severity"], 9), f["doc"], f["rule"], f["flag_id"]),
        "doc": lambda f: (f["doc"], SEVERITY_ORDER.get(f["severity"], 9), f["rule"], f["flag_id"]),
        "rule": lambda f: (f["rule"], SEVERITY_ORDER.get(f["severity"], 9), f["doc"], f["flag_id"]),
        "status": lambda f: (f["status"], SEVERITY_ORDER.get(f["severity"], 9), f["doc"], f["flag_id"]),
    }[query.sort]
    # Grouped by document, the documents in the order of their first flag under the chosen sort.
    chosen.sort(key=key)
    first = {}
    for i, f in enumerate(chosen):
        first.setdefault(f["doc"], i)
    chosen.sort(key=lambda f: (first[f["doc"]], key(f)))
    return Queue(chosen, counts, choices(flags))


def find(state: State, flag_id: str) -> list[dict]:
    """The flag in every document that holds it (one finding in a .docx and its .pdf)."""
    return [f for f in all_flags(state) if f["flag_id"] == flag_id]


def choices(flags: list[dict]) -> dict[str, list[str]]:
    """The values each filter can take, for the filter bar's menus."""
    return {"rule": sorted({f["rule"] for f in flags}),
            "year": sorted({str(f["year"]) for f in flags if f["year"]}),
            "unit": sorted({f["unit"] for f in flags if f["unit"]})}
