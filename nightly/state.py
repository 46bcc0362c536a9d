"""The state database (SQLite): what each input was when last read, its results, and review decisions."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .worker import FileResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    doc TEXT PRIMARY KEY,        -- path relative to the inbox
    size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    rules_version TEXT,          -- rules version and config fingerprint the results were made with
    processed_at TEXT,
    result TEXT                  -- FileResult as JSON
);
CREATE TABLE IF NOT EXISTS outputs (
    name TEXT PRIMARY KEY,       -- an output file as last written, so a quiet night can leave it be
    sha256 TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    flag_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,        -- open / confirmed / dismissed
    comment TEXT NOT NULL DEFAULT '',
    evidence_hash TEXT NOT NULL, -- the decision holds while the evidence is unchanged
    decided_at TEXT
);
"""

REVIEW_STATUSES = ("open", "confirmed", "dismissed")


class State:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = sqlite3.connect(self.path)
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # files -------------------------------------------------------------------------------
    def file(self, doc: str) -> dict | None:
        row = self.db.execute("SELECT size, mtime_ns, sha256, rules_version, processed_at, result FROM files WHERE doc=?",
                              (doc,)).fetchone()
        if row is None:
            return None
        return {"size": row[0], "mtime_ns": row[1], "sha256": row[2], "rules_version": row[3],
                "processed_at": row[4], "result": FileResult(**json.loads(row[5]))}

    def stats(self) -> dict[str, tuple]:
        """doc -> (size, mtime_ns, sha256, rules_version), without loading results."""
        return {r[0]: r[1:] for r in self.db.execute("SELECT doc, size, mtime_ns, sha256, rules_version FROM files")}

    # outputs -----------------------------------------------------------------------------
    def remember_outputs(self, hashes: dict[str, str], summary: dict) -> None:
        with self.db:
            self.db.execute("DELETE FROM outputs")
            self.db.executemany("INSERT INTO outputs VALUES (?,?)", sorted(hashes.items()))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('summary', ?)", (json.dumps(summary),))

    def outputs(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT name, sha256 FROM outputs"))

    def last_summary(self) -> dict:
        row = self.db.execute("SELECT value FROM meta WHERE key='summary'").fetchone()
        return json.loads(row[0]) if row else {}

    def touch(self, doc: str, size: int, mtime_ns: int) -> None:
        """Same content under a new mtime: remember the new stat, keep the results."""
        with self.db:
            self.db.execute("UPDATE files SET size=?, mtime_ns=? WHERE doc=?", (size, mtime_ns, doc))

    def save(self, doc: str, size: int, mtime_ns: int, rules_version: str, processed_at: str, result: FileResult) -> None:
        # Committed file by file, so an interrupted run resumes where it stopped.
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?)",
                            (doc, size, mtime_ns, result.sha256, rules_version, processed_at,
                             json.dumps(asdict(result), ensure_ascii=False)))

    def forget_except(self, docs: set[str]) -> int:
        gone = [d for (d,) in self.db.execute("SELECT doc FROM files") if d not in docs]
        with self.db:
            self.db.executemany("DELETE FROM files WHERE doc=?", [(d,) for d in gone])
        return len(gone)

    # reviews -----------------------------------------------------------------------------
    def decide(self, flag_id: str, status: str, comment: str, evidence_hash: str, when: str) -> None:
        if status not in REVIEW_STATUSES:
            raise ValueError(f"无效的审核状态 {status}（应为 {' / '.join(REVIEW_STATUSES)}）")
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO reviews VALUES (?,?,?,?,?)",
                            (flag_id, status, comment, evidence_hash, when))

    def decision(self, flag_id: str, evidence_hash: str) -> tuple[str, str]:
        """(status, comment); a decision on evidence that has since changed no longer holds."""
        row = self.db.execute("SELECT status, comment, evidence_hash FROM reviews WHERE flag_id=?", (flag_id,)).fetchone()
        if row is None or row[2] != evidence_hash:
            return "open", ""
        return row[0], row[1]

    def flag_evidence(self) -> dict[str, str]:
        """flag id -> evidence hash, for every flag in the current results (one pass)."""
        out = {}
        for (result,) in self.db.execute("SELECT result FROM files"):
            for f in json.loads(result).get("rows", {}).get("flags", []):
                out[f["flag_id"]] = f["evidence_hash"]
        return out

    def known_flag(self, flag_id: str) -> str | None:
        """The evidence hash of a flag in the current results, or None if no such flag."""
        return self.flag_evidence().get(flag_id)
