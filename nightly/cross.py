"""The checks across documents (rules/cross.py, JX9xx) over every result in the state database,
run by the nightly job after the files are read and before the outputs are published.

Their flags are kept with the results of the documents they stand on (rows.flags, marked
`cross`), so every output, `jixiao review` and the review desk treat them like any other flag;
they are replaced as a whole on each run (a document's own flags are never touched).

What is kept between runs, in tables of this step's own (created here with CREATE TABLE IF NOT
EXISTS, not by the state's migration steps: they are derived data, rebuilt from the results'
features whenever they are missing or damaged):

- cross_docs: per document, its light features (unit, year, the (unit, name, year) of its
  projects, the number of distinctive indicator rows, and its sentence hashes as packed int64
  bytes), read once from the result's JSON and again only when the file's sha256 or rules
  version changes. Reading them from every result's JSON each run was the largest part of a
  night with one changed file.
- cross_lsh_docs / cross_lsh_buckets / cross_lsh_pairs: the copy detector's LSH index
  (rules.cross.LSHIndex): per document the keys its entries were made from (content and the
  template sentences it holds), its band buckets (band hash → document, indexed), and the
  candidate pairs. A run computes MinHash signatures and queries buckets only for documents
  whose key changed (new, changed, or a sentence of theirs turned template or stopped being
  one), removes those of documents gone, and verifies the kept candidate pairs; the index is
  never rebuilt from all signatures.

Writes come in short transactions (the review desk writes to the same database): cross_docs
first, then every change to the index at once, after the signatures are computed, with the
index's row counts (cross_lsh_counts), then the flags. Damage: a cross table missing or not
readable with the expected columns, or an index whose row counts are not the ones saved with
its last change (a table emptied, re-created or cut short), makes the step drop every cross
table and rebuild from the features, as on the first run. cross_docs heals itself row by row (a
row missing or stale is read again from the result).

What a run always does: read every document's light features (template sentences are counted
over all documents, and any new file can tip a sentence into the template), link (unit, project,
year) groups and load full features only for documents of shared groups, verify the kept
candidate pairs. Measured at 100,000 synthesized reports (benchmarks/cross_bench.py --state,
docs/benchmarks.md): the first run over a full state 166 s of CPU and 1.4 GB peak; a night after
one changed file 12 s of CPU; a night where no file changed skips the step entirely (fingerprint
of every result's sha256 and rules version).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time

import numpy as np

from jixiao.rules import Config
from jixiao.rules.cross import CROSS_RULES, FEATURES_VERSION, CopyDetector, Doc, LSHIndex, cross_check, flag_rows

CACHE_VERSION = "2"   # bump when the cross tables change shape: they are dropped and rebuilt
SCHEMA = """
CREATE TABLE IF NOT EXISTS cross_docs (   -- light features of each result, for the cross checks
    doc TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    usable INTEGER NOT NULL,      -- 0: no cross features (failed, or stored before them)
    unit TEXT NOT NULL,
    year INTEGER,
    rows INTEGER NOT NULL,
    projects TEXT NOT NULL,       -- JSON [{"unit", "name", "year"}]
    sent BLOB NOT NULL            -- sentence hashes, int64 little-endian
);
"""
TABLES = ("cross_docs",) + LSHIndex.TABLES
OLD_TABLES = ("cross_signatures",)   # earlier versions' signature cache


def _damaged(state) -> bool:
    db = state.db
    if state.meta("cross_cache_version") != CACHE_VERSION:
        return True
    try:
        db.execute("SELECT doc, sha256, rules_version, usable, unit, year, rows, projects, sent FROM cross_docs LIMIT 1").fetchall()
        db.execute("SELECT id, doc, text_key, rows_key FROM cross_lsh_docs LIMIT 1").fetchall()
        db.execute("SELECT bucket, id FROM cross_lsh_buckets LIMIT 1").fetchall()
        db.execute("SELECT a, b FROM cross_lsh_pairs LIMIT 1").fetchall()
        return not LSHIndex(db).intact()
    except sqlite3.DatabaseError:
        return True


def _rebuild(state) -> None:
    db = state.db
    db.commit()
    with db:
        for t in TABLES + OLD_TABLES:
            db.execute(f"DROP TABLE IF EXISTS {t}")
        db.execute("DELETE FROM meta WHERE key = 'cross_fingerprint'")
    db.executescript(SCHEMA)
    LSHIndex(db)
    state.set_meta("cross_cache_version", CACHE_VERSION)


def _refresh_docs(db) -> None:
    """Bring cross_docs up to the files table: read the light features of new or changed results
    from their JSON, drop the rows of files gone."""
    stale = [doc for (doc,) in db.execute(
        "SELECT f.doc FROM files f LEFT JOIN cross_docs c ON c.doc = f.doc "
        "WHERE c.doc IS NULL OR c.sha256 IS NOT f.sha256 OR c.rules_version IS NOT f.rules_version")]
    db.execute("DELETE FROM cross_docs WHERE doc NOT IN (SELECT doc FROM files)")
    for k in range(0, len(stale), 500):
        chunk = stale[k:k + 500]
        rows = db.execute(
            "SELECT doc, sha256, rules_version, json_extract(result, '$.status') = 'ok' AND json_type(result, '$.cross') = 'object', "
            "json_extract(result, '$.cross.unit'), json_extract(result, '$.cross.year'), "
            "json_extract(result, '$.cross.sent'), json_extract(result, '$.cross.rows'), "
            "(SELECT json_group_array(json_object('unit', json_extract(p.value, '$.unit'), 'name', "
            "json_extract(p.value, '$.name'), 'year', json_extract(p.value, '$.year'))) "
            " FROM json_each(result, '$.cross.projects') p) "
            f"FROM files WHERE doc IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        db.executemany("INSERT OR REPLACE INTO cross_docs VALUES (?,?,?,?,?,?,?,?,?)", [
            (doc, sha or "", version or "", 1 if usable else 0, unit or "", year,
             n_rows or 0, projects or "[]", np.asarray(json.loads(sent or "[]"), dtype="<i8").tobytes())
            for doc, sha, version, usable, unit, year, sent, n_rows, projects in rows])


def update_cross(state, config: Config | None = None) -> dict:
    """Recompute the cross-document flags; returns what was done (counts and seconds)."""
    config = config or Config()
    t0 = time.perf_counter()
    db = state.db
    rebuilt = _damaged(state)
    if rebuilt:
        _rebuild(state)
    enabled = [c for c in CROSS_RULES if config.enabled(c)]
    fp = hashlib.sha1(f"{FEATURES_VERSION}|{enabled}|{[config.severity_of(c) for c in enabled]}".encode())
    for doc, sha, version in db.execute("SELECT doc, sha256, rules_version FROM files ORDER BY doc"):
        fp.update(f"{doc}\0{sha}\0{version}\n".encode())
    fingerprint = fp.hexdigest()
    if state.meta("cross_fingerprint") == fingerprint:
        return {"skipped": True, "seconds": time.perf_counter() - t0}
    try:
        return _update(state, config, enabled, fingerprint, t0, rebuilt)
    except BaseException:
        db.rollback()   # the index and its counts change together, or not at all
        raise


def _update(state, config, enabled, fingerprint, t0, rebuilt) -> dict:
    db = state.db
    with db:   # a transaction of its own: what is read stays right whatever comes after
        _refresh_docs(db)
    docs = [Doc(doc, sha, {"unit": unit, "year": year, "rows": n_rows, "projects": json.loads(projects),
                           "sent": np.frombuffer(sent, dtype="<i8")})
            for doc, sha, unit, year, n_rows, projects, sent in db.execute(
                "SELECT doc, sha256, unit, year, rows, projects, sent FROM cross_docs WHERE usable = 1 ORDER BY doc")]
    loaded: dict[str, dict] = {}

    def load(d: Doc) -> dict:
        if d.doc not in loaded:
            row = db.execute("SELECT json_extract(result, '$.cross') FROM files WHERE doc=?", (d.doc,)).fetchone()
            loaded[d.doc] = json.loads(row[0]) if row and row[0] else {}
            if len(loaded) > 2000:   # candidates come in sorted pairs: a bounded cache
                loaded.pop(next(iter(loaded)))
        return loaded[d.doc]

    detector = CopyDetector()
    index = LSHIndex(db)
    t1 = time.perf_counter()
    findings = cross_check(docs, enabled, load=load, detector=detector, index=index)
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
        db.execute("INSERT OR REPLACE INTO meta VALUES ('cross_fingerprint', ?)", (fingerprint,))
    return {"skipped": False, "rebuilt": rebuilt, "documents": len(docs), "findings": len(findings),
            "documents_changed": len(changed), "signatures_computed": detector.timings.get("signatures_computed", 0),
            "read": t1 - t0, "check": t2 - t1, "seconds": time.perf_counter() - t0, "copy_detector": detector.timings}


def _canonical(flags: list[dict]) -> str:
    return json.dumps(sorted(flags, key=lambda f: f["flag_id"]), ensure_ascii=False, sort_keys=True)
