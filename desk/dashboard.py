"""The dashboard's figures: flags by rule and severity, by unit and year, documents that failed,
how often analysts dismiss each rule, and what changed since the flag list last changed.

Read from the summary rows the state database keeps as results and decisions are written
(flag_counts, unit_counts, doc_info: nightly/state.py step 4), never from the flags one by one."""
from __future__ import annotations

import json

from jixiao.nightly.state import State

from .queue import COLUMNS, SEVERITY_CN, STATUS_CN

SEVERITIES = ["high", "medium", "low"]
LISTED = 100   # documents listed by name (failed, unread rows); the rest are counted, all are in documents.csv


def _unread(state: State) -> list[dict]:
    """Files with table rows that look like indicator rows but gave no record (issue 21)."""
    return [{"doc": doc, "unread_rows": n} for doc, n in state.db.execute(
        "SELECT doc, unread_rows FROM doc_info INDEXED BY doc_info_unread WHERE unread_rows > 0 ORDER BY doc LIMIT ?",
        (LISTED,))]


def change(state: State) -> dict:
    """What changed since the flag list last changed (kept small by the publish, state.flag_list_change)."""
    saved = state.flag_list_summary()
    if not saved:   # last published before the summary was kept: from both lists, once
        lists = state.flag_lists()
        last, previous = set(lists["last"] or []), set(lists["previous"] or [])
        saved = {"since": lists.get("since"), "new": len(last - previous), "gone": len(previous - last),
                 "new_ids": sorted(last - previous)[:200]}
    since = saved.get("since") or ""
    decisions = state.db.execute("SELECT count(*) FROM history WHERE at >= ?", (since,)).fetchone()[0] if since else 0
    new_flags = [dict(zip(COLUMNS, r)) for r in state.db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM flags WHERE flag_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY doc, sev_rank, rule, flag_id LIMIT 50", (json.dumps(saved.get("new_ids", [])),))]
    return {"since": since, "new": saved.get("new", 0), "gone": saved.get("gone", 0), "decisions": decisions,
            "new_flags": new_flags}


def dashboard(state: State, rule_names: dict[str, str]) -> dict:
    db = state.db
    by_rule: dict[str, dict] = {}
    for rule, severity, n in db.execute("SELECT rule, severity, sum(n) FROM flag_counts GROUP BY rule, severity "
                                        "HAVING sum(n) > 0"):
        by_rule.setdefault(rule, {})[severity] = n
    decided: dict[str, dict] = {}
    by_status = {s: 0 for s in STATUS_CN}
    for rule, status, n in db.execute("SELECT rule, status, sum(n) FROM flag_counts GROUP BY rule, status "
                                      "HAVING sum(n) > 0 ORDER BY rule"):
        decided.setdefault(rule, {"open": 0, "confirmed": 0, "dismissed": 0})[status] = n
        by_status[status] = by_status.get(status, 0) + n
    dismissal = []
    for rule, d in sorted(decided.items()):
        n = d["confirmed"] + d["dismissed"]
        dismissal.append({"rule": rule, "name": rule_names.get(rule, ""), "decided": n, **d,
                          "rate": round(100 * d["dismissed"] / n, 1) if n else None})
    by_unit = [(f"{unit or '未注明单位'} · {year or '未注明年度'}", {"high": h, "medium": m, "low": lo})
               for unit, year, h, m, lo in db.execute(
                   "SELECT unit, year, high, medium, low FROM unit_counts WHERE total > 0 "
                   "ORDER BY total DESC, unit, year LIMIT 25")]
    return {
        "flags": sum(by_status.values()),
        "documents": db.execute("SELECT count(*) FROM doc_info").fetchone()[0],
        "by_status": by_status,
        "by_rule": sorted(((f"{r} {rule_names.get(r, '')}", v) for r, v in by_rule.items()),
                          key=lambda x: (-sum(x[1].values()), x[0])),
        "by_unit": sorted(by_unit, key=lambda x: (-sum(x[1].values()), x[0])),
        "dismissal": dismissal,
        "failed": [{"doc": d, "status": s, "error": e} for d, s, e in db.execute(
            "SELECT doc, status, error FROM doc_info WHERE status IN ('failed', 'unsupported') ORDER BY doc LIMIT ?",
            (LISTED,))],
        "failed_count": db.execute("SELECT count(*) FROM doc_info WHERE status IN ('failed', 'unsupported')").fetchone()[0],
        "unread": _unread(state),
        "unread_count": db.execute("SELECT count(*) FROM doc_info WHERE unread_rows > 0").fetchone()[0],
        "change": change(state),
        "last_run": state.last_summary(),
        "severity_labels": SEVERITY_CN,
    }
