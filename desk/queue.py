"""The work queue: the flags of the current results with their decision, assignee, unit and year,
filtered and sorted as the address asks, a page of 100 at a time.

Every page is a query on the flags table the state database keeps beside the results (written by
the same transaction that stores a result, nightly/state.py step 4): keyset pagination on an index
per sort, filters served by indexes, a trigram FTS5 index for the free text and one of single
characters for words of 1-2, counts from summary rows where the filter allows. Nothing reads the
results' JSON except one flag's page."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from jixiao.nightly.review_html import SEVERITY_ORDER
from jixiao.nightly.state import State

STATUS_CN = {"open": "待审核", "confirmed": "已确认", "dismissed": "已排除"}
SEVERITY_CN = {"high": "高", "medium": "中", "low": "低"}
SORTS = ("severity", "doc", "rule", "status")
FILTERS = ("severity", "rule", "status", "unit", "year", "assignee", "q")
PAGE = 100
# The order of each sort, ending in the row id: the key a page starts after (each has its index).
# A flag id starts with its rule's code, so (rule, flag_id) orders as flag_id alone did.
KEYS = {"severity": ("sev_rank", "doc", "rule", "flag_id", "id"),
        "doc": ("doc", "sev_rank", "rule", "flag_id", "id"),
        "rule": ("rule", "sev_rank", "doc", "flag_id", "id"),
        "status": ("status", "sev_rank", "doc", "rule", "flag_id", "id")}
COLUMNS = ("id", "doc", "flag_id", "rule", "severity", "sev_rank", "message", "stated", "expected", "location",
           "evidence_hash", "unit", "year", "status", "comment", "decided_by", "decided_at", "assignee")


@dataclass
class Query:
    """A filter as the address gives it (?severity=high&rule=JX2&q=执行率): shareable as a link."""
    severity: str = ""
    rule: str = ""          # a code or a prefix (JX2)
    status: str = ""
    unit: str = ""          # part of the unit's name (or the region in it)
    year: str = ""
    assignee: str = ""      # a name, or "-" for nobody
    q: str = ""             # free text over id, document, message, evidence, location, unit
    sort: str = "severity"
    units: list | None = field(default=None, repr=False)   # the unit names `unit` matches, once looked up

    @classmethod
    def from_params(cls, params) -> "Query":
        q = cls(**{k: (params.get(k) or "").strip() for k in FILTERS})
        q.sort = params.get("sort") if params.get("sort") in SORTS else "severity"
        return q

    def params(self, **change) -> dict:
        values = {k: getattr(self, k) for k in (*FILTERS, "sort")}
        values.update(change)
        return {k: v for k, v in values.items() if v and not (k == "sort" and v == "severity")}

    def where(self, skip: str = "") -> tuple[list[str], list]:
        """SQL conditions on the flags table (each served by an index or the text index), and their values."""
        conds, values = [], []
        if self.severity and skip != "severity":   # the rank alone names a known severity (read from the index)
            conds.append("sev_rank = ?" if self.severity in SEVERITY_ORDER else "sev_rank = 9 AND severity = ?")
            values.append(SEVERITY_ORDER.get(self.severity, self.severity))
        if self.rule and skip != "rule":
            conds.append("rule >= ? AND rule < ?")
            values += [self.rule.upper(), self.rule.upper() + "\U0010ffff"]
        if self.status and skip != "status":
            conds.append("status = ?")
            values.append(self.status)
        if self.unit and skip != "unit":   # the unit names that contain it (looked up once), then their flags
            if self.units is None:
                conds.append("unit IN (SELECT unit FROM unit_counts WHERE instr(unit, ?) > 0)")
                values.append(self.unit)
            else:
                conds.append(f"unit IN ({', '.join('?' * len(self.units))})")
                values += self.units
        if self.year and skip != "year":
            conds.append("year = ?")
            values.append(self.year)
        if self.assignee and skip != "assignee":
            conds.append("assignee = ?")
            values.append("" if self.assignee == "-" else self.assignee)
        if self.q and skip != "q":
            words = [w.lower() for w in self.q.split()]
            long = [w for w in words if len(w) >= 3]   # the trigram index finds substrings of 3 or more
            if long:
                conds.append("id IN (SELECT rowid FROM flags_fts WHERE flags_fts MATCH ?)")
                values.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long))
            short = [w for w in words if len(w) < 3]   # shorter: the index of single characters (step 4)
            if short:
                conds.append("id IN (SELECT rowid FROM flag_chars WHERE flag_chars MATCH ?)")
                values.append(" AND ".join('"' + " ".join(str(ord(c)) for c in w) + '"' for w in short))
        return conds, values

    def index(self) -> str:
        """The index for a page: a unit's or an assignee's flags are few, read in the sort's order
        from their own index rather than looked for along the sort's (which the planner, without
        statistics, would pick to save the sort)."""
        if self.unit:
            return "INDEXED BY flags_by_unit"
        if self.assignee:
            return "INDEXED BY flags_by_assignee"
        return ""

    def summary_only(self) -> bool:
        """The counts per status can come from the summary rows (flag_counts)."""
        return not any(getattr(self, k) for k in ("unit", "assignee", "q"))


@dataclass
class Queue:
    flags: list[dict]
    counts: dict[str, int] = field(default_factory=dict)   # per status, under the other filters
    choices: dict[str, list[str]] = field(default_factory=dict)   # what each filter can take
    total: int = 0                  # flags under every filter (all pages)
    next: str = ""                  # cursor of the next page ("" on the last)
    previous: str = ""              # cursor of the previous page ("" on the first)

    def by_document(self) -> list[tuple[str, list[dict]]]:
        """The page's flags, consecutive flags of one document under one heading."""
        groups: list[tuple[str, list[dict]]] = []
        for f in self.flags:
            if not groups or groups[-1][0] != f["doc"]:
                groups.append((f["doc"], []))
            groups[-1][1].append(f)
        return groups


def _sql(conds: list[str]) -> str:
    return " AND ".join(conds) or "1"


def _cursor(f: dict, sort: str) -> str:
    return json.dumps([f[k] for k in KEYS[sort]], ensure_ascii=False, separators=(",", ":"))


def _parse_cursor(raw: str, sort: str) -> list | None:
    """A cursor from the address (untrusted): a JSON list of the sort's key values, else None."""
    try:
        values = json.loads(raw)
    except (TypeError, ValueError):
        return None
    if isinstance(values, list) and len(values) == len(KEYS[sort]) and \
            all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in values):
        return values
    return None


def _rows(state: State, sql: str, values: list) -> list[dict]:
    return [dict(zip(COLUMNS, r)) for r in state.db.execute(sql, values)]


def page(state: State, query: Query, after: str = "", before: str = "") -> tuple[list[dict], str, str]:
    """A page of PAGE flags after (or before) a cursor, and the cursors of the pages around it."""
    key = KEYS[query.sort]
    conds, values = query.where()
    start = _parse_cursor(after or before, query.sort)
    forward = not (before and start is not None)
    if start is not None:
        conds.append(f"({', '.join(key)}) {'>' if forward else '<'} ({', '.join('?' * len(key))})")
        values += start
    order = ", ".join(k + ("" if forward else " DESC") for k in key)
    flags = _rows(state, f"SELECT {', '.join(COLUMNS)} FROM flags {query.index()} WHERE {_sql(conds)} ORDER BY {order} "
                         f"LIMIT {PAGE + 1}", values)
    more = len(flags) > PAGE
    flags = flags[:PAGE]
    if not forward:
        flags.reverse()
    if not flags:
        return [], "", ""
    nxt = _cursor(flags[-1], query.sort) if (more if forward else True) else ""
    prev = _cursor(flags[0], query.sort) if (start is not None if forward else more) else ""
    return flags, nxt, prev


def counts(state: State, query: Query) -> dict[str, int]:
    """Flags per status under the other filters: from the summary rows when the filter is made of
    severity, rule and year only, else counted over the filtered rows (an index or the text index)."""
    out = {s: 0 for s in STATUS_CN}
    if query.summary_only():
        conds, values = [], []
        if query.severity:
            conds.append("severity = ?")
            values.append(query.severity)
        if query.rule:
            conds.append("rule >= ? AND rule < ?")
            values += [query.rule.upper(), query.rule.upper() + "\U0010ffff"]
        if query.year:
            conds.append("year = ?")
            values.append(query.year)
        rows = state.db.execute(f"SELECT status, sum(n) FROM flag_counts WHERE {_sql(conds)} GROUP BY status", values)
    else:
        conds, values = query.where(skip="status")
        rows = state.db.execute(f"SELECT status, count(*) FROM flags WHERE {_sql(conds)} GROUP BY status", values)
    for status, n in rows:
        if status in out:
            out[status] = n or 0
    return out


def resolve_units(state: State, query: Query) -> Query:
    """Look up once the unit names the unit filter matches (a scan of the unit summary rows)."""
    if query.unit and query.units is None:
        query.units = [u for (u,) in state.db.execute(
            "SELECT DISTINCT unit FROM unit_counts WHERE instr(unit, ?) > 0 ORDER BY unit", (query.unit,))]
    return query


def queue(state: State, query: Query, after: str = "", before: str = "") -> Queue:
    resolve_units(state, query)
    flags, nxt, prev = page(state, query, after, before)
    by_status = counts(state, query)
    total = by_status.get(query.status, 0) if query.status else sum(by_status.values())
    return Queue(flags, by_status, choices(state), total, nxt, prev)


def matching(state: State, query: Query) -> dict[str, str]:
    """Every flag the filter selects (all pages), flag id -> evidence hash, in the queue's order:
    what a bulk action acts on."""
    conds, values = query.where()
    return dict(state.db.execute(f"SELECT flag_id, evidence_hash FROM flags {query.index()} WHERE {_sql(conds)} "
                                 f"ORDER BY {', '.join(KEYS[query.sort])}", values))


def distinct(state: State, query: Query) -> int:
    """How many flags (distinct ids) a bulk action on the filter would act on: shown before it runs."""
    conds, values = query.where()
    return state.db.execute(f"SELECT count(DISTINCT flag_id) FROM flags {query.index()} WHERE {_sql(conds)}",
                            values).fetchone()[0]


def preview(state: State, query: Query, n: int = 200) -> list[dict]:
    conds, values = query.where()
    return _rows(state, f"SELECT {', '.join(COLUMNS)} FROM flags {query.index()} WHERE {_sql(conds)} "
                        f"ORDER BY {', '.join(KEYS[query.sort])} LIMIT {int(n)}", values)


def find(state: State, flag_id: str) -> list[dict]:
    """The flag in every document that holds it (one finding in a .docx and its .pdf), each with
    everything its result says (cited cells, related documents) read from that document alone."""
    found = []
    for f in _rows(state, f"SELECT {', '.join(COLUMNS)} FROM flags WHERE flag_id = ? ORDER BY doc, id", [flag_id]):
        row = state.db.execute("SELECT j.value FROM files f, json_each(f.result, '$.rows.flags') j "
                               "WHERE f.doc = ? AND json_extract(j.value, '$.flag_id') = ? LIMIT 1",
                               (f["doc"], flag_id)).fetchone()
        found.append({**(json.loads(row[0]) if row else {}), **f})
    return found


def choices(state: State, units: int = 300) -> dict[str, list[str]]:
    """The values each filter can take, for the filter bar's menus (the units with most flags)."""
    db = state.db
    return {"rule": [r for (r,) in db.execute("SELECT rule FROM flag_counts GROUP BY rule HAVING sum(n) > 0 ORDER BY rule")],
            "year": [y for (y,) in db.execute("SELECT year FROM flag_counts WHERE year != '' GROUP BY year "
                                              "HAVING sum(n) > 0 ORDER BY year")],
            "unit": [u for (u,) in db.execute("SELECT DISTINCT unit FROM (SELECT unit FROM unit_counts WHERE total > 0 "
                                              "AND unit != '' ORDER BY total DESC LIMIT ?) ORDER BY unit", (units,))]}
