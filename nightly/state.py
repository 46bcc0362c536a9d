"""The state database (SQLite): what each input was when last read, its results, and review decisions;
beside the results, the review desk's indexed flag tables, kept equal to them by triggers (step 4).

Decisions are what cannot be recomputed, so the database is checked when opened, backed up
after every successful run (`state.sqlite.bak`, SQLite's backup API) and its decisions exported
to decisions.csv. A damaged database is restored from the backup or, failing that, rebuilt with
the decisions of decisions.csv; when neither exists it is rebuilt all the same (a run never
refuses forever), the damaged file kept aside and the statuses in review.csv read back.
A database of an unknown schema counts as damaged; one of an earlier schema version is upgraded
by numbered steps (STEPS), one of a newer version refused untouched; a stored result that cannot
be decoded is dropped and its file read again. Promises and tests: docs/reliability.md.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
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

# Schema versions. The database records its version (PRAGMA user_version). Each change of schema
# is a numbered step below, run in its own transaction after a copy of the database is made
# (STATE.vN.bak); a database of a newer release is refused, never rewritten. Version 0 is every
# database made before versions were recorded (releases up to 32cc428; tests/fixtures/state-v0).
# A new step is appended, never edited: databases in the field have run the old ones.
SCHEMA_V1 = """
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
    decided_at TEXT,
    decided_by TEXT NOT NULL DEFAULT ''   -- added in a release before versions were recorded
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
CREATE TABLE IF NOT EXISTS assignments (  -- a document ('doc:PATH' and 'sha:SHA256') or a flag ('flag:ID') given to an analyst
    target TEXT PRIMARY KEY,
    analyst TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL
);
"""


SCHEMA_V2 = """
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
"""


def _step1(db: sqlite3.Connection) -> None:
    """The tables of the releases before versions (created if missing: a new database), and the
    column an early release lacked."""
    for statement in _statements(SCHEMA_V1):
        db.execute(statement)
    if "decided_by" not in _columns(db, "reviews"):
        db.execute("ALTER TABLE reviews ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''")


def _step2(db: sqlite3.Connection) -> None:
    """The desk's server-side sessions and its failed log-ins (docs/security.md)."""
    for statement in _statements(SCHEMA_V2):
        db.execute(statement)


def _step3(db: sqlite3.Connection) -> None:
    """The desk's signing key leaves the database for its own 0600 file (desk/app.py secret_path);
    the old key, readable by whoever read the outputs folder, is retired."""
    db.execute("DELETE FROM meta WHERE key='desk_secret'")


# Step 4: the review desk's tables (issue 26). The flags of every stored result, with the decision
# that holds on each and its assignee, in an indexed table the desk pages by key (never reading the
# results' JSON); a trigram FTS5 index over their text; one row per document (unit, year, status);
# counts kept as summary rows. Triggers keep them equal to `files` in the same transaction as the
# write that changes it: a saved result rewrites its own document's flags and no other (only when
# its flags, projects or sha256 changed), a removed file takes its flags along, and a decision or
# an assignment updates the flags it concerns.
_R = "(CASE WHEN json_valid(NEW.result) THEN NEW.result ELSE '{}' END)"   # a damaged result has no flags
_PRESENT = "NOT IN ('', 'None', 'nan', '<NA>')"
_FIRST = ("(SELECT CAST(json_extract(p.value, '$.{0}') AS TEXT) FROM json_each({1}, '$.rows.projects') p "
          "WHERE json_extract(p.value, '$.{0}') IS NOT NULL AND CAST(json_extract(p.value, '$.{0}') AS TEXT) {2} "
          "ORDER BY p.key LIMIT 1)")
_DOC_INFO = (f"INSERT INTO doc_info VALUES (NEW.doc, coalesce(NEW.sha256, ''), "
             f"coalesce(json_extract({_R}, '$.status'), ''), coalesce(json_extract({_R}, '$.error'), ''), "
             f"coalesce(json_extract({_R}, '$.format'), ''), coalesce({_FIRST.format('unit', _R, _PRESENT)}, ''), "
             f"coalesce({_FIRST.format('year', _R, _PRESENT)}, ''), coalesce(json_extract({_R}, '$.unread_rows'), 0)) "
             "ON CONFLICT(doc) DO UPDATE SET sha256 = excluded.sha256, status = excluded.status, error = excluded.error, "
             "format = excluded.format, unit = excluded.unit, year = excluded.year, unread_rows = excluded.unread_rows")


def _assignee(flag_id: str, doc: str, sha: str) -> str:
    """The flag's own assignee, else its document's (by path, then by content), else ''."""
    return (f"coalesce((SELECT analyst FROM assignments WHERE target = 'flag:' || {flag_id}), "
            f"(SELECT analyst FROM assignments WHERE target = 'doc:' || {doc}), "
            f"(SELECT analyst FROM assignments WHERE target = 'sha:' || nullif({sha}, '')), '')")


_FLAG = "json_extract(j.value, '$.{}')"
_INSERT_FLAGS = (
    "INSERT INTO flags (doc, flag_id, rule, severity, sev_rank, message, stated, expected, location, evidence, "
    "evidence_hash, unit, year, status, comment, decided_by, decided_at, assignee) "
    f"SELECT NEW.doc, {_FLAG.format('flag_id')}, {_FLAG.format('rule')}, {_FLAG.format('severity')}, "
    f"CASE {_FLAG.format('severity')} WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 9 END, "
    + ", ".join(f"coalesce({_FLAG.format(k)}, '')" for k in ("message", "stated", "expected", "location", "evidence"))
    + f", {_FLAG.format('evidence_hash')}, d.unit, d.year, coalesce(r.status, 'open'), coalesce(r.comment, ''), "
    "coalesce(r.decided_by, ''), coalesce(r.decided_at, ''), "
    + _assignee(_FLAG.format("flag_id"), "NEW.doc", "NEW.sha256")
    + f" FROM json_each({_R}, '$.rows.flags') j JOIN doc_info d ON d.doc = NEW.doc "
    f"LEFT JOIN reviews r ON r.flag_id = {_FLAG.format('flag_id')} AND r.evidence_hash = {_FLAG.format('evidence_hash')} "
    f"WHERE json_type(j.value, '$.flag_id') = 'text'")
_CHANGED = ("(CASE WHEN json_valid(OLD.result) AND json_valid(NEW.result) THEN "
            "json_extract(OLD.result, '$.rows.flags') IS NOT json_extract(NEW.result, '$.rows.flags') OR "
            "json_extract(OLD.result, '$.rows.projects') IS NOT json_extract(NEW.result, '$.rows.projects') OR "
            "OLD.sha256 IS NOT NEW.sha256 ELSE 1 END)")
_HOLDS = "flags.evidence_hash = {0}.evidence_hash"
_DECIDED = ("UPDATE flags SET status = CASE WHEN {h} THEN {n}.status ELSE 'open' END, "
            "comment = CASE WHEN {h} THEN {n}.comment ELSE '' END, "
            "decided_by = CASE WHEN {h} THEN {n}.decided_by ELSE '' END, "
            "decided_at = CASE WHEN {h} THEN coalesce({n}.decided_at, '') ELSE '' END WHERE flag_id = {n}.flag_id")
_REASSIGN = ("UPDATE flags SET assignee = " + _assignee("flags.flag_id", "flags.doc",
                                                         "(SELECT sha256 FROM doc_info WHERE doc = flags.doc)")
             + " WHERE {w}")
_WHO = ("substr({t}.target, 1, 5) = 'flag:' AND flag_id = substr({t}.target, 6)",
        "substr({t}.target, 1, 4) = 'doc:' AND doc = substr({t}.target, 5)",
        "substr({t}.target, 1, 4) = 'sha:' AND doc IN (SELECT doc FROM doc_info WHERE sha256 = substr({t}.target, 5))")
_FTS = "flag_id, doc, message, evidence, location, unit"
# Search words of 1-2 characters, which trigrams cannot find, look in a second index: the searched
# text as the desk compares it (lower(), ASCII only, as the row-by-row comparison did) with every
# character its own token, written as its code point (so punctuation, spaces and Latin letters are
# tokens too, no tokenizer drops or joins any): a word is the phrase of its characters' code
# points, matched exactly where it is a substring of the text. Positions 1..1000 squared (the
# text of a flag up to 1,000,000 characters) come from a table of 1..1000, in order.
_TEXT = "lower({t}.flag_id || ' ' || {t}.doc || ' ' || {t}.message || ' ' || {t}.evidence || ' ' || {t}.location || ' ' || {t}.unit)"
_CHARS = ("(SELECT group_concat(c, ' ') FROM (SELECT unicode(substr(x, a.i + 1000 * (b.i - 1), 1)) AS c "
          "FROM (SELECT {text} AS x) CROSS JOIN flag_chars_at b CROSS JOIN flag_chars_at a "
          "WHERE b.i <= (length(x) + 999) / 1000 AND a.i + 1000 * (b.i - 1) <= length(x) ORDER BY b.i, a.i))")
_COUNT = ("INSERT INTO flag_counts VALUES ({t}.rule, {t}.severity, {t}.status, {t}.year, {d}) "
          "ON CONFLICT DO UPDATE SET n = n + {d}")
_UNIT = ("INSERT INTO unit_counts VALUES ({t}.unit, {t}.year, {d}, {d} * ({t}.severity = 'high'), "
         "{d} * ({t}.severity = 'medium'), {d} * ({t}.severity = 'low')) ON CONFLICT DO UPDATE SET "
         "total = total + excluded.total, high = high + excluded.high, medium = medium + excluded.medium, "
         "low = low + excluded.low")


def _trigger(name: str, event: str, *statements: str) -> str:
    return f"CREATE TRIGGER IF NOT EXISTS {name} {event} BEGIN " + "".join(s + "; " for s in statements) + "END"


SCHEMA_V4 = (
    """CREATE TABLE IF NOT EXISTS doc_info (
        doc TEXT PRIMARY KEY, sha256 TEXT NOT NULL, status TEXT NOT NULL, error TEXT NOT NULL, format TEXT NOT NULL,
        unit TEXT NOT NULL, year TEXT NOT NULL, unread_rows INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS doc_info_sha256 ON doc_info(sha256)",
    "CREATE INDEX IF NOT EXISTS doc_info_status ON doc_info(status)",
    "CREATE INDEX IF NOT EXISTS doc_info_unread ON doc_info(unread_rows) WHERE unread_rows > 0",
    """CREATE TABLE IF NOT EXISTS flags (
        id INTEGER PRIMARY KEY, doc TEXT NOT NULL, flag_id TEXT NOT NULL, rule TEXT, severity TEXT, sev_rank INTEGER,
        message, stated, expected, location, evidence, evidence_hash TEXT, unit TEXT NOT NULL, year TEXT NOT NULL,
        status TEXT NOT NULL, comment TEXT NOT NULL, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL,
        assignee TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS flags_by_severity ON flags(sev_rank, doc, rule, flag_id)",
    "CREATE INDEX IF NOT EXISTS flags_by_doc ON flags(doc, sev_rank, rule, flag_id)",
    "CREATE INDEX IF NOT EXISTS flags_by_rule ON flags(rule, sev_rank, doc, flag_id)",
    "CREATE INDEX IF NOT EXISTS flags_by_status ON flags(status, sev_rank, doc, rule, flag_id)",
    "CREATE INDEX IF NOT EXISTS flags_by_unit ON flags(unit, sev_rank, doc, rule, flag_id)",
    "CREATE INDEX IF NOT EXISTS flags_by_assignee ON flags(assignee, sev_rank, doc, rule, flag_id)",
    "CREATE INDEX IF NOT EXISTS flags_by_id ON flags(flag_id)",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS flags_fts USING fts5({_FTS}, content='flags', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TABLE IF NOT EXISTS flag_chars_at (i INTEGER PRIMARY KEY)",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
    "INSERT OR IGNORE INTO flag_chars_at SELECT i FROM n",
    "CREATE VIRTUAL TABLE IF NOT EXISTS flag_chars USING fts5(chars, content='', columnsize=0, tokenize='ascii')",
    """CREATE TABLE IF NOT EXISTS flag_counts (
        rule TEXT, severity TEXT, status TEXT, year TEXT, n INTEGER NOT NULL,
        PRIMARY KEY (rule, severity, status, year))""",
    """CREATE TABLE IF NOT EXISTS unit_counts (
        unit TEXT, year TEXT, total INTEGER NOT NULL, high INTEGER NOT NULL, medium INTEGER NOT NULL,
        low INTEGER NOT NULL, PRIMARY KEY (unit, year))""",
    "CREATE INDEX IF NOT EXISTS unit_counts_by_total ON unit_counts(total DESC, unit, year)",
    "CREATE INDEX IF NOT EXISTS history_at ON history(at)",
    _trigger("files_inserted", "AFTER INSERT ON files",
             "DELETE FROM flags WHERE doc = NEW.doc",   # a REPLACE removed the old row without its triggers
             _DOC_INFO, _INSERT_FLAGS),
    _trigger("files_updated", "AFTER UPDATE OF result, sha256 ON files", _DOC_INFO,
             f"DELETE FROM flags WHERE doc = OLD.doc AND {_CHANGED}", _INSERT_FLAGS + f" AND {_CHANGED}"),
    _trigger("files_deleted", "AFTER DELETE ON files", "DELETE FROM flags WHERE doc = OLD.doc",
             "DELETE FROM doc_info WHERE doc = OLD.doc"),
    _trigger("flags_inserted", "AFTER INSERT ON flags",
             f"INSERT INTO flags_fts (rowid, {_FTS}) VALUES (NEW.id, " + ", ".join(f"NEW.{c}" for c in _FTS.split(", ")) + ")",
             f"INSERT INTO flag_chars (rowid, chars) VALUES (NEW.id, {_CHARS.format(text=_TEXT.format(t='NEW'))})",
             _COUNT.format(t="NEW", d=1), _UNIT.format(t="NEW", d=1)),
    _trigger("flags_deleted", "AFTER DELETE ON flags",
             f"INSERT INTO flags_fts (flags_fts, rowid, {_FTS}) VALUES ('delete', OLD.id, "
             + ", ".join(f"OLD.{c}" for c in _FTS.split(", ")) + ")",
             f"INSERT INTO flag_chars (flag_chars, rowid, chars) VALUES ('delete', OLD.id, "
             f"{_CHARS.format(text=_TEXT.format(t='OLD'))})",
             _COUNT.format(t="OLD", d=-1), _UNIT.format(t="OLD", d=-1)),
    _trigger("flags_decided", "AFTER UPDATE OF status ON flags WHEN OLD.status IS NOT NEW.status",
             _COUNT.format(t="OLD", d=-1), _COUNT.format(t="NEW", d=1)),
    _trigger("reviews_inserted", "AFTER INSERT ON reviews", _DECIDED.format(h=_HOLDS.format("NEW"), n="NEW")),
    _trigger("reviews_updated", "AFTER UPDATE ON reviews",
             "UPDATE flags SET status = 'open', comment = '', decided_by = '', decided_at = '' "
             "WHERE flag_id = OLD.flag_id AND OLD.flag_id IS NOT NEW.flag_id",
             _DECIDED.format(h=_HOLDS.format("NEW"), n="NEW")),
    _trigger("reviews_deleted", "AFTER DELETE ON reviews",
             "UPDATE flags SET status = 'open', comment = '', decided_by = '', decided_at = '' WHERE flag_id = OLD.flag_id"),
    _trigger("assignments_inserted", "AFTER INSERT ON assignments",
             *(_REASSIGN.format(w=w.format(t="NEW")) for w in _WHO)),
    _trigger("assignments_deleted", "AFTER DELETE ON assignments",
             *(_REASSIGN.format(w=w.format(t="OLD")) for w in _WHO)),
    _trigger("assignments_updated", "AFTER UPDATE ON assignments",
             *(_REASSIGN.format(w=w.format(t=t)) for t in ("OLD", "NEW") for w in _WHO)),
)


def _step4(db: sqlite3.Connection) -> None:
    """The review desk's tables (flags, their text index, documents, counts) with the triggers that
    keep them, filled from the results already stored: a desk page reads only what it shows."""
    for statement in SCHEMA_V4:
        db.execute(statement)
    fill_flag_tables(db)   # from what is stored, through the triggers a run's writes go through


def fill_flag_tables(db: sqlite3.Connection) -> None:
    """(Re)build the desk's tables from every stored result: each file's row written again in place
    (the insert trigger rewrites its flags)."""
    for table in ("flags", "doc_info", "flag_counts", "unit_counts"):
        db.execute(f"DELETE FROM {table}")
    db.execute("INSERT INTO flags_fts(flags_fts) VALUES ('delete-all')")
    db.execute("INSERT INTO flag_chars(flag_chars) VALUES ('delete-all')")
    db.execute("INSERT OR REPLACE INTO files SELECT * FROM files")


STEPS = ((1, _step1), (2, _step2), (3, _step3), (4, _step4))
SCHEMA_VERSION = STEPS[-1][0]


def _statements(script: str) -> list[str]:
    """The statements of a schema script (executescript would commit mid-transaction)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [st.strip() for st in "\n".join(lines).split(";") if st.strip()]


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA table_info({table})")}


def _tables(db: sqlite3.Connection) -> dict[str, set[str]]:
    names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: _columns(db, n) for n in names}


@functools.lru_cache(maxsize=None)
def expected_tables(version: int) -> dict[str, frozenset]:
    """Table -> columns of a database at `version`, as the steps up to it make them."""
    db = sqlite3.connect(":memory:")
    try:
        for n, step in STEPS:
            if n <= version:
                step(db)
        return {t: frozenset(c) for t, c in _tables(db).items()}
    finally:
        db.close()


def schema_problem(db: sqlite3.Connection) -> str | None:
    """None if the database's tables are those its recorded version has, else why not (Chinese).
    Version 0 (before versions were recorded) may lack tables and the columns step 1 adds."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        return None   # a newer release's: refused by State, not treated as damage
    tables = _tables(db)
    if version == 0:
        if not tables:
            return None   # new and empty
        expected = expected_tables(1)
        if not set(tables) & set(expected):
            return "结构未知（没有 jixiao 的数据表：" + "、".join(sorted(tables)[:8]) + "）"
        for t, cols in tables.items():
            if t in expected and not (expected[t] - {"decided_by"} <= cols <= expected[t]):
                return f"结构未知（表 {t} 的列为 {'、'.join(sorted(cols))}）"
        return None
    for t, cols in expected_tables(version).items():
        if t not in tables:
            return f"结构未知（版本 {version} 应有的表 {t} 不存在）"
        if tables[t] != cols:
            return f"结构未知（表 {t} 的列为 {'、'.join(sorted(tables[t]))}）"
    return None


REVIEW_STATUSES = ("open", "confirmed", "dismissed")
# Where a decision came from (history.source), as the outputs and the desk name it.
SOURCES_CN = {"desk": "审核台", "cli": "命令行", "review.csv": "review.csv", "decisions.csv": "decisions.csv",
              "upgrade": "升级沿用"}
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


class StateNewer(StateError):
    """The state database was written by a newer release: refused, left as it is."""


def _newer(path: Path, version: int) -> StateNewer:
    return StateNewer(f"状态数据库 {path} 由更新版本的 jixiao 写入（结构版本 {version}，本程序支持到 {SCHEMA_VERSION}）："
                      f"请升级 jixiao 后再运行；该文件未作任何改动")


def version_of(path: Path) -> int | None:
    """The schema version a sound database records (None if it cannot be read)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute("PRAGMA user_version").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return None


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
            schema = schema_problem(db)
        finally:
            db.close()
    except sqlite3.DatabaseError as e:
        return f"不是可用的 SQLite 数据库（{e}）"
    if not row or row[0] != "ok":
        return f"完整性检查未通过（{row[0] if row else '无结果'}）"
    return schema


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
            # Nothing to restore from: a refusal would stop every later night too. The damaged file
            # is kept for a person to salvage; the statuses review.csv still shows are applied
            # again when the outputs are published (a fresh state reads every row as an edit).
            os.replace(path, aside)
            review = (decisions_csv or path).with_name("review.csv")
            kept = f"，{review.name} 中的审核状态将重新读入" if review.exists() else ""
            warnings.append(f"状态数据库 {path} {problem}，且没有可用的备份（{bak.name}）或 decisions.csv：已重建{kept}；"
                            f"其余审核意见未能恢复，损坏的文件另存为 {aside.name}，可交技术人员抢救")
        else:
            os.replace(path, aside)
            warnings.append(f"状态数据库 {path} {problem}，此前没有任何输出：已新建，原文件另存为 {aside.name}")
    state = State(path)
    if state.upgraded_from is not None:
        warnings.append(f"状态数据库已从结构版本 {state.upgraded_from} 升级到 {SCHEMA_VERSION}"
                        f"（升级前的副本：{path.name}.v{state.upgraded_from}.bak）")
    warnings += state.drop_damaged_results()
    return state, warnings


_RESULT_TYPES = {f.name: f.type for f in dataclasses.fields(FileResult)}
_PY_TYPES = {"str": str, "int": int, "dict": dict, "list": list}
# Fields added to FileResult after results were first stored, with a default: a result stored
# before one of them is not damaged (FileResult(**data) fills it in).
_ADDED_LATER = {"cross"}


def result_problem(raw) -> str | None:
    """None if a stored result decodes to a FileResult with the right types, else why not (Chinese)."""
    try:
        data = json.loads(raw)
    except (TypeError, ValueError) as e:
        return f"JSON 无法解析（{e}）"
    if not isinstance(data, dict):
        return "不是 JSON 对象"
    missing, unknown = set(_RESULT_TYPES) - set(data) - _ADDED_LATER, set(data) - set(_RESULT_TYPES)
    if missing or unknown:
        return "字段不符（" + "；".join(x for x in (f"缺少 {'、'.join(sorted(missing))}" if missing else "",
                                                   f"多出 {'、'.join(sorted(unknown))}" if unknown else "") if x) + "）"
    for name, kind in _RESULT_TYPES.items():
        if name not in data:
            continue   # one of _ADDED_LATER
        want = _PY_TYPES[kind]
        if not isinstance(data[name], want) or (want is int and isinstance(data[name], bool)):
            return f"字段 {name} 的类型不对（应为 {kind}，实为 {type(data[name]).__name__}）"
    for name, rows in data["rows"].items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            return f"rows.{name} 不是对象的列表"
    for flag in data["rows"].get("flags", []):
        if not all(isinstance(flag.get(k), str) for k in ("flag_id", "evidence_hash", "rule", "severity")):
            return "rows.flags 中有缺少编号或证据摘要的问题"
    return None


class State:
    """One connection to the state database. The nightly run, `jixiao review` and the review desk
    each open their own: WAL lets readers go on while one writes, the busy timeout makes a writer
    wait for another's short transaction instead of failing."""

    def __init__(self, path: Path, check_same_thread: bool = True):
        self.path = Path(path)
        version = version_of(self.path) if self.path.exists() else 0
        if version is not None and version > SCHEMA_VERSION:
            raise _newer(self.path, version)   # before anything touches the file
        private(self.path)   # before SQLite writes it (its -wal and -shm take the same mode)
        self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=check_same_thread)
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.upgraded_from = self._migrate()

    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> int | None:
        """Bring the schema to SCHEMA_VERSION, step by step, each in its own transaction after a
        copy of the database (STATE.vN.bak) is made; returns the version it started from (None if
        it was current). Another process migrating at the same time waits, then finds it done."""
        start = self.version()
        if start == SCHEMA_VERSION:
            return None
        if start > SCHEMA_VERSION:   # made newer meanwhile by another process
            self.db.close()
            raise _newer(self.path, start)
        existing = bool(_tables(self.db))
        if existing:
            self._copy(self.path.with_name(f"{self.path.name}.v{start}.bak"))
        for n, step in STEPS:
            if n <= start:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            try:
                if self.version() < n:
                    step(self.db)
                    self.db.execute(f"PRAGMA user_version = {n}")
                self.db.commit()
            except BaseException:
                self.db.rollback()
                raise
        return start if existing else None

    def close(self) -> None:
        self.db.close()

    def backup(self) -> None:
        """A consistent copy beside the database (SQLite backup API), swapped in atomically."""
        self._copy(backup_path(self.path))

    def _copy(self, bak: Path) -> None:
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

    def drop_damaged_results(self) -> list[str]:
        """Drop every stored result that cannot be decoded (malformed JSON, missing or unknown
        keys, wrong types), so its file is read again as new and the rest are reused; one
        warning per file. One damaged row never stops a run."""
        damaged = [(doc, why) for doc, raw, valid in self.db.execute("SELECT doc, result, json_valid(result) FROM files")
                   for why in [result_problem(raw) if valid else "JSON 无法解析"] if why]
        if damaged:
            with self.db:
                self.db.executemany("DELETE FROM files WHERE doc=?", [(doc,) for doc, _ in damaged])
                self._bump()
        return [f"状态数据库中 {doc} 的结果记录已损坏（{why}）：已丢弃，该文件将重新读取" for doc, why in damaged]

    def touch(self, doc: str, size: int, mtime_ns: int) -> None:
        """Same content under a new mtime: remember the new stat, keep the results."""
        with self.db:
            self.db.execute("UPDATE files SET size=?, mtime_ns=? WHERE doc=?", (size, mtime_ns, doc))

    def save(self, doc: str, size: int, mtime_ns: int, rules_version: str, processed_at: str, result: FileResult) -> None:
        # Committed file by file, so an interrupted run resumes where it stopped.
        with self.db:
            # An update in place, not a replace: the trigger (step 4) then rewrites this document's
            # flags only if they, its projects or its sha256 changed.
            self.db.execute("INSERT INTO files VALUES (?,?,?,?,?,?,?) ON CONFLICT(doc) DO UPDATE SET size=excluded.size, "
                            "mtime_ns=excluded.mtime_ns, sha256=excluded.sha256, rules_version=excluded.rules_version, "
                            "processed_at=excluded.processed_at, result=excluded.result",
                            (doc, size, mtime_ns, result.sha256, rules_version, processed_at,
                             json.dumps(asdict(result), ensure_ascii=False)))
            self._carry_decisions(result.rows.get("flags", []))
            self._bump()

    def _carry_decisions(self, flags: list[dict]) -> None:
        """Decisions made under the id an earlier release gave a flag (its legacy_id) move to its id,
        in the transaction that stores the result: a flag's assignment, the decision, the history
        copied to the new id with an 'upgrade' entry. A decision that had lapsed (its evidence
        changed before) stays where it was; where two copies of a report (.docx and .pdf) carried
        two decisions onto one id, the later stands and the other stays under its old id."""
        for f in flags:
            old_id, new_id = f.get("legacy_id"), f["flag_id"]
            if not old_id or old_id == new_id:
                continue
            self.db.execute("UPDATE OR IGNORE assignments SET target = ? WHERE target = ?", (f"flag:{new_id}", f"flag:{old_id}"))
            old = self.db.execute(f"SELECT {REVIEW_FIELDS} FROM reviews WHERE flag_id=?", (old_id,)).fetchone()
            if old is None or old[3] != f.get("legacy_evidence_hash"):
                continue
            cur = self.db.execute(f"SELECT {REVIEW_FIELDS} FROM reviews WHERE flag_id=?", (new_id,)).fetchone()
            held = holding(cur, f["evidence_hash"])
            if cur is not None and cur[3] == f["evidence_hash"] and (cur[5] or "") >= (old[5] or ""):
                continue
            _, status, comment, _, decided_by, decided_at = old
            self.db.execute("INSERT OR REPLACE INTO reviews (flag_id, status, comment, evidence_hash, decided_at, decided_by) "
                            "VALUES (?,?,?,?,?,?)", (new_id, status, comment, f["evidence_hash"], decided_at, decided_by))
            self.db.execute("INSERT INTO history (flag_id, at, analyst, source, old_status, old_comment, status, comment, "
                            "evidence_hash) SELECT ?, at, analyst, source, old_status, old_comment, status, comment, "
                            "evidence_hash FROM history WHERE flag_id = ? ORDER BY id", (new_id, old_id))
            self.db.execute("INSERT INTO history (flag_id, at, analyst, source, old_status, old_comment, status, comment, "
                            "evidence_hash) VALUES (?,?,?,'upgrade',?,?,?,?,?)",
                            (new_id, now(), decided_by, held[0], held[1], status, comment, f["evidence_hash"]))
            self.db.execute("DELETE FROM reviews WHERE flag_id = ?", (old_id,))

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
        """flag id -> evidence hash, for every flag in the current results (the flags table, step 4)."""
        return dict(self.db.execute("SELECT flag_id, evidence_hash FROM flags"))

    def renamed_flags(self, ids: set[str]) -> dict[str, str]:
        """Of these ids, those an earlier release gave a current flag (its legacy_id) -> its id now.
        Reads every stored result: called only for ids no current flag has."""
        found: dict[str, str] = {}
        if not ids:
            return found
        for legacy, flag_id in self.db.execute(
                "SELECT json_extract(j.value, '$.legacy_id'), json_extract(j.value, '$.flag_id') "
                "FROM files, json_each(files.result, '$.rows.flags') j "
                "WHERE json_valid(files.result) AND json_extract(j.value, '$.legacy_id') IS NOT NULL"):
            if legacy in ids:
                found.setdefault(legacy, flag_id)
        return found

    def known_flag(self, flag_id: str) -> str | None:
        """The evidence hash of a flag in the current results, or None if no such flag (indexed)."""
        row = self.db.execute("SELECT evidence_hash FROM flags WHERE flag_id = ? LIMIT 1", (flag_id,)).fetchone()
        return row[0] if row else None

    def flag_lists(self) -> dict:
        """The flag list as last published, the one before it, and since when it stands."""
        row = self.db.execute("SELECT value FROM meta WHERE key='flag_lists'").fetchone()
        return json.loads(row[0]) if row else {"last": None, "previous": [], "since": ""}

    def flag_list_change(self, current: list[str]) -> dict:
        """New and vanished flags against the previous flag list, and decisions made since it was
        replaced. Stable: publishing the same list again reports the same change. Also kept as a
        small summary (flag_list_summary) the desk's dashboard reads instead of both lists."""
        saved = self.flag_lists()
        changed = saved["last"] != current
        if changed:
            saved = {"last": current, "previous": saved["last"] or [],
                     "since": now()}
        before, now_ = set(saved["previous"]), set(current)
        if changed or self.meta("flag_list_summary") == "":
            summary = {"since": saved["since"], "new": len(now_ - before), "gone": len(before - now_),
                       "new_ids": sorted(now_ - before)[:200]}
            with self.db:
                if changed:
                    self.db.execute("INSERT OR REPLACE INTO meta VALUES ('flag_lists', ?)", (json.dumps(saved),))
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('flag_list_summary', ?)", (json.dumps(summary),))
        decided = self.db.execute("SELECT count(*) FROM reviews WHERE decided_at >= ?", (saved["since"],)).fetchone()[0]
        return {"new": len(now_ - before), "gone": len(before - now_), "decisions": decided}

    def flag_list_summary(self) -> dict:
        """since, new, gone and the first new flag ids, as the last publish left them."""
        row = self.db.execute("SELECT value FROM meta WHERE key='flag_list_summary'").fetchone()
        return json.loads(row[0]) if row else {}

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
