"""The state database (SQLite): what each input was when last read, its results, and review decisions.

Decisions are what cannot be recomputed, so the database is checked when opened, backed up
after every successful run (`state.sqlite.bak`, SQLite's backup API) and its decisions exported
to decisions.csv. A damaged database is restored from the backup or, failing that, rebuilt with
the decisions of decisions.csv; when neither exists the run refuses rather than forget them.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .schema import fields
from .worker import FileResult
from .writers import csv_unquote

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    doc TEXT PRIMARY KEY,        -- path relative to the inbox (undecodable bytes escaped as \\xNN)
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
CREATE TABLE IF NOT EXISTS history (  -- every decision ever made, never rewritten
    id INTEGER PRIMARY KEY,
    flag_id TEXT NOT NULL,
    at TEXT NOT NULL,
    analyst TEXT NOT NULL,       -- who decided ('' when the CLI or review.csv did not say)
    source TEXT NOT NULL,        -- desk / cli / review.csv / decisions.csv
    old_status TEXT NOT NULL, old_comment TEXT NOT NULL,
    status TEXT NOT NULL, comment TEXT NOT NULL,
    evidence_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_flag ON history(flag_id, id);
CREATE TABLE IF NOT EXISTS users (    -- analysts of the review desk
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL, -- argon2id, salted (argon2-cffi)
    role TEXT NOT NULL,          -- analyst / supervisor (read-only)
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (     -- the review desk's log-ins: a session lives while its row does
    id_hash TEXT PRIMARY KEY,    -- sha256 of the session id the signed cookie carries
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires REAL NOT NULL        -- Unix time
);
CREATE INDEX IF NOT EXISTS sessions_name ON sessions(name);
CREATE TABLE IF NOT EXISTS login_attempts (  -- counted before the password is checked (lockout)
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    at REAL NOT NULL             -- Unix time
);
CREATE INDEX IF NOT EXISTS login_attempts_name ON login_attempts(name, at);
CREATE TABLE IF NOT EXISTS assignments (  -- a document ('doc:PATH' and 'sha:SHA256') or a flag ('flag:ID') given to an analyst
    target TEXT PRIMARY KEY,
    analyst TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL
);
"""
# Columns added after the first release, for databases made before them.
MIGRATIONS = (("reviews", "decided_by", "TEXT NOT NULL DEFAULT ''"),)

REVIEW_STATUSES = ("open", "confirmed", "dismissed")
REVIEW_FIELDS = "flag_id, status, comment, evidence_hash, decided_by, decided_at"


def holding(review: tuple | None, evidence_hash: str) -> tuple[str, str, str, str]:
    """(status, comment, decided_by, decided_at) of a review row (REVIEW_FIELDS) that still holds
    on this evidence; a decision on evidence that has since changed has lapsed: open."""
    if review is None or review[3] != evidence_hash:
        return "open", "", "", ""
    return review[1], review[2], review[4], review[5]
DECISION_COLUMNS = fields("decisions")


def now() -> str:
    """The time of a decision or a reading, in UTC to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class StateError(Exception):
    """The state database cannot be used and cannot be recovered without losing decisions."""


def private(path: Path) -> None:
    """The state database and its backup hold password hashes and sessions: owner only (mode 0600),
    created so before anything is written into them; the CSVs and workbook stay readable."""
    try:
        if path.exists():
            # chmod only: opening and closing the file would drop this process's SQLite locks on it
            # (POSIX locks belong to the process and go with any close of the file)
            os.chmod(path, 0o600)
        else:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass   # made meanwhile by another process, which made it the same way
    except PermissionError:
        pass   # another owner's file: its mode is theirs to set


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _check(path: Path) -> str | None:
    """None if the file is a sound SQLite database, else why not (in Chinese)."""
    if path.stat().st_size == 0:
        return "文件为空（0 字节）"
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("PRAGMA quick_check").fetchone()
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError as e:
        return f"不是可用的 SQLite 数据库（{e}）"
    if not row or row[0] != "ok":
        return f"完整性检查未通过（{row[0] if row else '无结果'}）"
    return None


def _set_aside_journal(path: Path, aside: Path) -> None:
    """A damaged database's write-ahead log goes with it: replayed onto the backup or a new
    database it would write pages of the damaged one into them."""
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))


def open_state(path: Path, decisions_csv: Path | None = None, had_outputs: bool = False) -> tuple["State", list[str]]:
    """Open the state database, recovering a damaged one; returns it and what was done (warnings)."""
    path = Path(path)
    warnings: list[str] = []
    problem = _check(path) if path.exists() else None
    if problem:
        stamp = dt.datetime.now().strftime("%Y%m%d%H%M%S")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        bak = backup_path(path)
        _set_aside_journal(path, aside)
        if bak.exists() and _check(bak) is None:
            os.replace(path, aside)
            shutil.copyfile(bak, path)
            warnings.append(f"状态数据库 {path} {problem}：已从备份 {bak.name} 恢复，损坏的文件另存为 {aside.name}；"
                            f"备份之后变化的文件将重新读取")
        elif decisions_csv and decisions_csv.exists():
            os.replace(path, aside)
            state = State(path)
            n = state.import_decisions(decisions_csv.read_bytes())
            warnings.append(f"状态数据库 {path} {problem}，且没有可用的备份：已重建，并从 {decisions_csv.name} 恢复 {n} 条审核意见；"
                            f"损坏的文件另存为 {aside.name}")
            return state, warnings
        elif had_outputs:
            raise StateError(f"状态数据库 {path} {problem}，且没有可用的备份（{bak.name}）或 decisions.csv，"
                             f"继续运行会丢失审核意见。请从备份恢复该文件；如确认放弃全部审核意见，请将其移走后重新运行")
        else:
            os.replace(path, aside)
            warnings.append(f"状态数据库 {path} {problem}，此前没有任何输出：已新建，原文件另存为 {aside.name}")
    return State(path), warnings


class State:
    """One connection to the state database. The nightly run, `jixiao review` and the review desk
    each open their own: WAL lets readers go on while one writes, the busy timeout makes a writer
    wait for another's short transaction instead of failing."""

    def __init__(self, path: Path, check_same_thread: bool = True):
        self.path = Path(path)
        private(self.path)   # before SQLite writes it (its -wal and -shm take the same mode)
        self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=check_same_thread)
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(SCHEMA)
        for table, column, decl in MIGRATIONS:
            if column not in {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
        # The desk's signing key once lived here, readable by whoever read the outputs folder: it
        # lives in its own 0600 file now (desk/app.py secret_path), and the old one is retired.
        self.db.execute("DELETE FROM meta WHERE key='desk_secret'")
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def backup(self) -> None:
        """A consistent copy beside the database (SQLite backup API), swapped in atomically."""
        bak = backup_path(self.path)
        tmp = bak.with_name(bak.name + ".tmp")
        private(tmp)
        dest = sqlite3.connect(tmp)
        try:
            self.db.backup(dest)
        finally:
            dest.close()
        os.replace(tmp, bak)

    # generation: bumped by every change that shows in the outputs ----------------------------
    def _bump(self) -> None:
        self.db.execute("INSERT INTO meta VALUES ('generation', '1') "
                        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def generation(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    # files -------------------------------------------------------------------------------
    def file(self, doc: str) -> dict | None:
        row = self.db.execute("SELECT size, mtime_ns, sha256, rules_version, processed_at, result FROM files WHERE doc=?",
                              (doc,)).fetchone()
        if row is None:
            return None
        return {"size": row[0], "mtime_ns": row[1], "sha256": row[2], "rules_version": row[3],
                "processed_at": row[4], "result": FileResult(**json.loads(row[5]))}

    def stats(self) -> dict[str, tuple]:
        """doc -> (size, mtime_ns, sha256, rules_version, status, error), without loading results."""
        return {r[0]: r[1:] for r in self.db.execute(
            "SELECT doc, size, mtime_ns, sha256, rules_version, json_extract(result, '$.status'), "
            "json_extract(result, '$.error') FROM files")}

    # outputs -----------------------------------------------------------------------------
    def remember_outputs(self, hashes: dict[str, str], summary: dict, complete: bool, generation: int) -> None:
        """The outputs as written from the state at `generation` (read before collecting, so a
        decision made on the desk while they were written leaves them marked as behind);
        `complete` says every output was written."""
        with self.db:
            self.db.execute("DELETE FROM outputs")
            self.db.executemany("INSERT INTO outputs VALUES (?,?)", sorted(hashes.items()))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('summary', ?)", (json.dumps(summary),))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('outputs_generation', ?)",
                            (str(generation) if complete else "-1",))

    def remember_review_csv(self, rows: dict[str, tuple[str, str]]) -> None:
        """What review.csv said for each flag when written: an edit is a row that differs from it."""
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('review_csv', ?)", (json.dumps(rows, ensure_ascii=False),))

    def review_csv_written(self) -> dict[str, list[str]]:
        row = self.db.execute("SELECT value FROM meta WHERE key='review_csv'").fetchone()
        return json.loads(row[0]) if row else {}

    def outputs_current(self) -> bool:
        """The last outputs were written, whole, from the state as it is now."""
        row = self.db.execute("SELECT value FROM meta WHERE key='outputs_generation'").fetchone()
        return row is not None and int(row[0]) == self.generation()

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
            self._bump()

    def forget_except(self, docs: set[str]) -> int:
        gone = [d for (d,) in self.db.execute("SELECT doc FROM files") if d not in docs]
        if gone:
            with self.db:
                self.db.executemany("DELETE FROM files WHERE doc=?", [(d,) for d in gone])
                self._bump()
        return len(gone)

    # reviews -----------------------------------------------------------------------------
    def decide(self, flag_id: str, status: str, comment: str, evidence_hash: str, when: str,
               analyst: str = "", source: str = "cli") -> bool:
        """Record a decision and its history entry in one transaction; False when it changes nothing."""
        if status not in REVIEW_STATUSES:
            raise ValueError(f"无效的审核状态 {status}（应为 {' / '.join(REVIEW_STATUSES)}）")
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")   # read the old decision and write the new under one lock
            old = self.decision(flag_id, evidence_hash)
            if old == (status, comment):
                return False
            self.db.execute("INSERT OR REPLACE INTO reviews (flag_id, status, comment, evidence_hash, decided_at, decided_by) "
                            "VALUES (?,?,?,?,?,?)", (flag_id, status, comment, evidence_hash, when, analyst))
            self.db.execute("INSERT INTO history (flag_id, at, analyst, source, old_status, old_comment, status, comment, "
                            "evidence_hash) VALUES (?,?,?,?,?,?,?,?,?)",
                            (flag_id, when, analyst, source, *old, status, comment, evidence_hash))
            self._bump()
        return True

    def history(self, flag_id: str) -> list[dict]:
        cols = ("at", "analyst", "source", "old_status", "old_comment", "status", "comment", "evidence_hash")
        return [dict(zip(cols, r)) for r in self.db.execute(
            f"SELECT {', '.join(cols)} FROM history WHERE flag_id=? ORDER BY id", (flag_id,))]

    def last_change(self, flag_id: str) -> dict | None:
        h = self.db.execute("SELECT at, analyst, source, old_status, old_comment FROM history WHERE flag_id=? "
                            "ORDER BY id DESC LIMIT 1", (flag_id,)).fetchone()
        return dict(zip(("at", "analyst", "source", "old_status", "old_comment"), h)) if h else None

    def decision(self, flag_id: str, evidence_hash: str) -> tuple[str, str]:
        """(status, comment); a decision on evidence that has since changed no longer holds."""
        row = self.db.execute(f"SELECT {REVIEW_FIELDS} FROM reviews WHERE flag_id=?", (flag_id,)).fetchone()
        return holding(row, evidence_hash)[:2]

    def reviews(self) -> dict[str, tuple]:
        """flag id -> its review row (for holding()), every decision in one read."""
        return {r[0]: r for r in self.db.execute(f"SELECT {REVIEW_FIELDS} FROM reviews")}

    def flag_evidence(self) -> dict[str, str]:
        """flag id -> evidence hash, for every flag in the current results (one pass)."""
        return dict(self.db.execute("SELECT json_extract(j.value, '$.flag_id'), json_extract(j.value, '$.evidence_hash') "
                                    "FROM files f, json_each(f.result, '$.rows.flags') j"))

    def known_flag(self, flag_id: str) -> str | None:
        """The evidence hash of a flag in the current results, or None if no such flag. In SQL:
        SQLite's JSON functions read only the flags, 20× faster than loading every result."""
        row = self.db.execute("SELECT json_extract(j.value, '$.evidence_hash') FROM files f, "
                              "json_each(f.result, '$.rows.flags') j WHERE json_extract(j.value, '$.flag_id') = ? "
                              "LIMIT 1", (flag_id,)).fetchone()
        return row[0] if row else None

    def flag_lists(self) -> dict:
        """The flag list as last published, the one before it, and since when it stands."""
        row = self.db.execute("SELECT value FROM meta WHERE key='flag_lists'").fetchone()
        return json.loads(row[0]) if row else {"last": None, "previous": [], "since": ""}

    def flag_list_change(self, current: list[str]) -> dict:
        """New and vanished flags against the previous flag list, and decisions made since it was
        replaced. Stable: publishing the same list again reports the same change."""
        saved = self.flag_lists()
        if saved["last"] != current:
            saved = {"last": current, "previous": saved["last"] or [],
                     "since": now()}
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('flag_lists', ?)", (json.dumps(saved),))
        before, now_ = set(saved["previous"]), set(current)
        decided = self.db.execute("SELECT count(*) FROM reviews WHERE decided_at >= ?", (saved["since"],)).fetchone()[0]
        return {"new": len(now_ - before), "gone": len(before - now_), "decisions": decided}

    def decisions(self) -> list[dict]:
        return [dict(zip(DECISION_COLUMNS, r)) for r in
                self.db.execute(f"SELECT {', '.join(DECISION_COLUMNS)} FROM reviews ORDER BY flag_id")]

    def import_decisions(self, raw: bytes) -> int:
        """Decisions from a decisions.csv this program wrote (recovery of a lost database)."""
        rows = [r for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig", errors="replace")))
                if r.get("flag_id") and r.get("status") in REVIEW_STATUSES]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO reviews (flag_id, status, comment, evidence_hash, decided_at, "
                                "decided_by) VALUES (?,?,?,?,?,?)",
                                [(r["flag_id"], r["status"], csv_unquote(r.get("comment") or ""), r.get("evidence_hash") or "",
                                  r.get("decided_at") or "", csv_unquote(r.get("decided_by") or "")) for r in rows])
            self.db.executemany("INSERT INTO history (flag_id, at, analyst, source, old_status, old_comment, status, "
                                "comment, evidence_hash) VALUES (?,?,?,'decisions.csv','open','',?,?,?)",
                                [(r["flag_id"], r.get("decided_at") or now(), csv_unquote(r.get("decided_by") or ""),
                                  r["status"], csv_unquote(r.get("comment") or ""), r.get("evidence_hash") or "")
                                 for r in rows])
            self._bump()
        return len(rows)
