"""The output tables, streamed from the state database one row at a time.

Each pass asks SQLite for one table's rows (its JSON functions pull them out of the stored
results), so writing the outputs holds a row, not the run: the coordinator's memory does not
grow with the number of files. Rows come in document order, and within a document in the order
the results list them (flags: by severity, rule, id), exactly as the outputs always had them.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from .review_html import SEVERITY_ORDER
from .schema import fields
from .state import State, holding

RECORD_TABLES = ("projects", "indicators", "lists", "figures")
FLAG_COLUMNS = fields("flags")


@dataclass
class Totals:
    """What the summary line, report.xlsx's overview and the flag list change need: counts only."""
    documents: Counter = field(default_factory=Counter)          # by status
    rows: dict = field(default_factory=dict)                     # table -> number of rows
    severity: Counter = field(default_factory=Counter)
    rule: Counter = field(default_factory=Counter)
    high_by_doc: Counter = field(default_factory=Counter)
    flag_ids: list = field(default_factory=list)                 # distinct, sorted


class Tables:
    """The tables of the outputs over one state (read as it is when each pass starts)."""

    def __init__(self, state: State):
        self.state = state
        self._reviews: dict | None = None

    def rows(self, name: str) -> Iterator[dict]:
        if name == "documents":
            return self._documents()
        if name == "flags":
            return self._flags()
        return self._records(name)

    def count(self, name: str) -> int:
        """Rows of a record table (projects, indicators, lists, figures)."""
        return self.state.db.execute(f"SELECT count(*) FROM files f, json_each(f.result, '$.rows.{name}')").fetchone()[0]

    def totals(self) -> Totals:
        t = Totals()
        for (status,) in self.state.db.execute("SELECT json_extract(result, '$.status') FROM files"):
            t.documents[status] += 1
        t.rows = {name: self.count(name) for name in RECORD_TABLES}
        ids = set()
        for doc, rule, severity, flag_id in self.state.db.execute(
                "SELECT f.doc, json_extract(j.value, '$.rule'), json_extract(j.value, '$.severity'), "
                "json_extract(j.value, '$.flag_id') FROM files f, json_each(f.result, '$.rows.flags') j"):
            t.severity[severity] += 1
            t.rule[rule] += 1
            if severity == "high":
                t.high_by_doc[doc] += 1
            ids.add(flag_id)
        t.flag_ids = sorted(ids)
        t.rows["documents"], t.rows["flags"] = sum(t.documents.values()), sum(t.severity.values())
        return t

    # passes -------------------------------------------------------------------------------
    def _documents(self) -> Iterator[dict]:
        for doc, sha, fmt, encoding, status, error, warnings, tables, indicators, unread, flags, processed_at in \
                self.state.db.execute(
                "SELECT doc, json_extract(result, '$.sha256'), json_extract(result, '$.format'), "
                "json_extract(result, '$.encoding'), json_extract(result, '$.status'), json_extract(result, '$.error'), "
                "json_extract(result, '$.warnings'), json_extract(result, '$.tables'), "
                "json_array_length(result, '$.rows.indicators'), json_extract(result, '$.unread_rows'), "
                "json_array_length(result, '$.rows.flags'), "
                "processed_at FROM files ORDER BY doc"):
            yield {"doc": doc, "sha256": sha or "", "format": fmt or "", "encoding": encoding or "", "status": status,
                   "error": error or "", "warnings": "；".join(json.loads(warnings or "[]")),
                   "tables": tables if status == "ok" else "", "indicators": indicators or 0,
                   "unread_rows": (unread or 0) if status == "ok" else "", "flags": flags or 0,
                   "processed_at": processed_at}

    def _records(self, name: str) -> Iterator[dict]:
        for doc, raw in self.state.db.execute(
                f"SELECT f.doc, j.value FROM files f, json_each(f.result, '$.rows.{name}') j ORDER BY f.doc, j.key"):
            yield {**json.loads(raw), "doc": doc}

    def _flags(self) -> Iterator[dict]:
        """Flags document by document, each document's sorted by severity, rule and id, with the
        decision that holds on them."""
        reviews = self.reviews()
        current, batch = None, []
        for doc, raw in self.state.db.execute(
                "SELECT f.doc, j.value FROM files f, json_each(f.result, '$.rows.flags') j ORDER BY f.doc, j.key"):
            if doc != current:
                yield from self._sorted(batch, reviews)
                current, batch = doc, []
            batch.append(json.loads(raw))
        yield from self._sorted(batch, reviews)

    def reviews(self) -> dict:
        """Every decision in one read, not one query per flag."""
        if self._reviews is None:
            self._reviews = self.state.reviews()
        return self._reviews

    @staticmethod
    def _sorted(batch: list[dict], reviews: dict) -> Iterator[dict]:
        for f in sorted(batch, key=lambda f: (SEVERITY_ORDER.get(f["severity"], 9), f["rule"], f["flag_id"])):
            status, comment, _, _ = holding(reviews.get(f["flag_id"]), f["evidence_hash"])
            yield {**{k: f[k] for k in FLAG_COLUMNS if k in f}, "status": status, "comment": comment}
