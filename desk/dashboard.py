"""The dashboard's figures: flags by rule and severity, by unit and year, documents that failed,
how often analysts dismiss each rule, and what changed since the flag list last changed."""
from __future__ import annotations

from jixiao.nightly.state import State

from .queue import STATUS_CN, SEVERITY_CN, all_flags, documents

SEVERITIES = ["high", "medium", "low"]


def _unread(state: State) -> list[dict]:
    """Files with table rows that look like indicator rows but gave no record (issue 21)."""
    return [{"doc": doc, "unread_rows": n} for doc, n in state.db.execute(
        "SELECT doc, json_extract(result, '$.unread_rows') FROM files "
        "WHERE json_extract(result, '$.unread_rows') > 0 ORDER BY doc")]


def dashboard(state: State, rule_names: dict[str, str]) -> dict:
    docs = documents(state)
    flags = all_flags(state, docs)
    by_rule: dict[str, dict] = {}
    by_unit: dict[str, dict] = {}
    decided: dict[str, dict] = {}
    for f in flags:
        by_rule.setdefault(f["rule"], {}).setdefault(f["severity"], 0)
        by_rule[f["rule"]][f["severity"]] += 1
        where = f"{f['unit'] or '未注明单位'} · {f['year'] or '未注明年度'}"
        by_unit.setdefault(where, {}).setdefault(f["severity"], 0)
        by_unit[where][f["severity"]] += 1
        d = decided.setdefault(f["rule"], {"open": 0, "confirmed": 0, "dismissed": 0})
        d[f["status"]] += 1
    dismissal = []
    for rule, d in sorted(decided.items()):
        n = d["confirmed"] + d["dismissed"]
        dismissal.append({"rule": rule, "name": rule_names.get(rule, ""), "decided": n, **d,
                          "rate": round(100 * d["dismissed"] / n, 1) if n else None})
    saved = state.flag_lists()
    last, previous = set(saved["last"] or []), set(saved["previous"] or [])
    since = saved.get("since") or ""
    decisions_since = state.db.execute("SELECT count(*) FROM history WHERE at >= ?", (since,)).fetchone()[0] if since else 0
    new_ids = last - previous
    return {
        "flags": len(flags),
        "documents": len(docs),
        "by_status": {s: sum(1 for f in flags if f["status"] == s) for s in STATUS_CN},
        "by_rule": sorted(((f"{r} {rule_names.get(r, '')}", v) for r, v in by_rule.items()),
                          key=lambda x: (-sum(x[1].values()), x[0])),
        "by_unit": sorted(by_unit.items(), key=lambda x: (-sum(x[1].values()), x[0]))[:25],
        "dismissal": dismissal,
        "failed": [{"doc": d, **info} for d, info in docs.items() if info["status"] in ("failed", "unsupported")],
        "unread": _unread(state),
        "change": {"since": since, "new": len(new_ids), "gone": len(previous - last), "decisions": decisions_since,
                   "new_flags": [f for f in flags if f["flag_id"] in new_ids][:50]},
        "last_run": state.last_summary(),
        "severity_labels": SEVERITY_CN,
    }
