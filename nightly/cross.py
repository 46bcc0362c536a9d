"""The checks across documents (rules/cross.py, JX9xx) over every result in the state database,
run by the nightly job after the files are read and before the outputs are published.

Their flags are kept with the results of the documents they stand on (rows.flags, marked
`cross`), so every output, `jixiao review` and the review desk treat them like any other flag;
they are replaced as a whole on each run (a document's own flags are never touched).

Why a whole recomputation and not only the changed files' groups: the cost is in reading the
features, not in the checks. Linking reads only each project's (unit, name, year) from SQLite's
JSON and loads full features for the few documents that share a key; the copy detector reads
each document's sentence hashes (for the template test), keeps each document's MinHash signature
in `cross_signatures` keyed by its content and the template sentences it contains (so only new or
changed documents, or those whose template status changed, are hashed again), and rebuilds the
LSH index from the stored signatures. Measured (benchmarks/cross_bench.py, docs/benchmarks.md):
10,000 reports take 5 s of CPU after one file changed (40 s cold), about 50 s at 100,000; a night
where no file changed skips the step entirely (fingerprint of every result's sha256 and rules
version).
"""
from __future__ import annotations

import hashlib
import json
import time

import numpy as np

from jixiao.rules import Config
from jixiao.rules.cross import CROSS_RULES, FEATURES_VERSION, CopyDetector, Doc, cross_check, flag_rows

SCHEMA = """
CREATE TABLE IF NOT EXISTS cross_signatures (  -- MinHash signatures of the copy detector (JX902)
    key TEXT PRIMARY KEY,        -- sha1 of (features version, file sha256, template sentences it holds)
    hashvalues BLOB NOT NULL     -- uint32 × 128
);
"""


def update_cross(state, config: Config | None = None) -> dict:
    """Recompute the cross-document flags; returns what was done (counts and seconds)."""
    config = config or Config()
    t0 = time.perf_counter()
    db = state.db
    db.executescript(SCHEMA)
    enabled = [c for c in CROSS_RULES if config.enabled(c)]
    fp = hashlib.sha1(f"{FEATURES_VERSION}|{enabled}|{[config.severity_of(c) for c in enabled]}".encode())
    for doc, sha, version in db.execute("SELECT doc, sha256, rules_version FROM files ORDER BY doc"):
        fp.update(f"{doc}\0{sha}\0{version}\n".encode())
    fingerprint = fp.hexdigest()
    if state.meta("cross_fingerprint") == fingerprint:
        return {"skipped": True, "seconds": time.perf_counter() - t0}
    docs = []
    for doc, sha, unit, year, sent, n_rows, projects in db.execute(
            "SELECT doc, sha256, json_extract(result, '$.cross.unit'), json_extract(result, '$.cross.year'), "
            "json_extract(result, '$.cross.sent'), json_extract(result, '$.cross.rows'), "
            "(SELECT json_group_array(json_object('unit', json_extract(p.value, '$.unit'), 'name', "
            "json_extract(p.value, '$.name'), 'year', json_extract(p.value, '$.year'))) "
            " FROM json_each(result, '$.cross.projects') p) "
            "FROM files WHERE json_extract(result, '$.status') = 'ok' AND json_type(result, '$.cross') = 'object' "
            "ORDER BY doc"):
        docs.append(Doc(doc, sha or "", {"unit": unit or "", "year": year, "sent": json.loads(sent or "[]"), "rows": n_rows or 0,
                                         "projects": json.loads(projects or "[]")}))
    loaded: dict[str, dict] = {}

    def load(d: Doc) -> dict:
        if d.doc not in loaded:
            row = db.execute("SELECT json_extract(result, '$.cross') FROM files WHERE doc=?", (d.doc,)).fetchone()
            loaded[d.doc] = json.loads(row[0]) if row and row[0] else {}
            if len(loaded) > 2000:   # candidates come in sorted pairs: a bounded cache
                loaded.pop(next(iter(loaded)))
        return loaded[d.doc]

    detector = CopyDetector()
    detector.signatures = {k: np.frombuffer(v, dtype=np.uint32) for k, v in db.execute(
        "SELECT key, hashvalues FROM cross_signatures")}
    known = set(detector.signatures)
    t1 = time.perf_counter()
    findings = cross_check(docs, enabled, load=load, detector=detector)
    t2 = time.perf_counter()
    rows = flag_rows(findings, severity=config.severity_of)
    current: dict[str, list] = {}
    for doc, raw in db.execute("SELECT f.doc, j.value FROM files f, json_each(f.result, '$.rows.flags') j "
                               "WHERE json_extract(j.value, '$.cross') = 1 ORDER BY f.doc, j.key"):
        current.setdefault(doc, []).append(json.loads(raw))
    changed = [doc for doc in sorted(set(current) | set(rows))
               if _canonical(current.get(doc, [])) != _canonical(rows.get(doc, []))]
    with db:
        for doc in changed:
            (raw,) = db.execute("SELECT result FROM files WHERE doc=?", (doc,)).fetchone()
            result = json.loads(raw)
            own = [f for f in result.get("rows", {}).get("flags", []) if not f.get("cross")]
            result.setdefault("rows", {})["flags"] = own + rows.get(doc, [])
            db.execute("UPDATE files SET result=? WHERE doc=?", (json.dumps(result, ensure_ascii=False), doc))
        if changed:
            state._bump()   # the outputs show these flags: they are stale now
        new = [(k, np.asarray(v, dtype=np.uint32).tobytes()) for k, v in detector.signatures.items()
               if k in detector.used and k not in known]
        db.executemany("INSERT OR REPLACE INTO cross_signatures VALUES (?, ?)", new)
        gone = [(k,) for k in known - detector.used]
        db.executemany("DELETE FROM cross_signatures WHERE key=?", gone)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('cross_fingerprint', ?)", (fingerprint,))
    return {"skipped": False, "documents": len(docs), "findings": len(findings), "documents_changed": len(changed),
            "signatures_computed": detector.timings.get("signatures_computed", 0), "read": t1 - t0,
            "check": t2 - t1, "seconds": time.perf_counter() - t0, "copy_detector": detector.timings}


def _canonical(flags: list[dict]) -> str:
    return json.dumps(sorted(flags, key=lambda f: f["flag_id"]), ensure_ascii=False, sort_keys=True)
