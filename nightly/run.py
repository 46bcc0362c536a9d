"""The nightly run: read every file under the inbox (new or changed ones only), keep results in
the state database, and rewrite complete outputs atomically."""
from __future__ import annotations

import csv
import datetime as dt
import fcntl
import hashlib
import io
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from rules import RULES_VERSION, Config

from .review_html import SEVERITY_ORDER, review_html
from .state import REVIEW_STATUSES, State
from .worker import FileResult, Job, file_sha256, warm_up
from .writers import atomic_write, csv_bytes, xlsx_bytes

FLAG_COLUMNS = ["flag_id", "doc", "rule", "severity", "message", "stated", "expected", "location", "evidence",
                "status", "comment"]
DOC_COLUMNS = ["doc", "sha256", "format", "status", "error", "tables", "indicators", "flags", "processed_at"]
REVIEW_COLUMNS = ["flag_id", "doc", "rule", "severity", "message", "location", "status", "comment"]
STATUS_WORDS = {"待审核": "open", "已确认": "confirmed", "确认": "confirmed", "已排除": "dismissed", "排除": "dismissed",
                "误报": "dismissed"}
OUTPUTS = ("documents.csv", "indicators.csv", "projects.csv", "lists.csv", "figures.csv", "flags.csv", "review.csv",
           "report.xlsx", "review.html")


class RunLocked(Exception):
    """Another run holds the output folder."""


@dataclass
class RunSummary:
    out: Path
    files: int = 0
    ok: int = 0
    failed: int = 0
    unsupported: int = 0
    processed: int = 0
    reused: int = 0
    forgotten: int = 0
    indicators: int = 0
    flags: dict = field(default_factory=dict)
    reviews_read: int = 0
    seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)

    def line(self) -> str:
        sev = "，".join(f"{k} {self.flags.get(k, 0)}" for k in ("high", "medium", "low"))
        return (f"{self.files} 个文件：成功 {self.ok}，失败 {self.failed}，不支持 {self.unsupported}"
                f"（本次处理 {self.processed}，沿用 {self.reused}）；指标 {self.indicators} 行；"
                f"问题 {sum(self.flags.values())} 条（{sev}）；用时 {self.seconds:.1f} 秒。输出：{self.out}")


def rules_version(config: Config) -> str:
    return hashlib.sha1(f"{RULES_VERSION}|{config.fingerprint()}".encode()).hexdigest()[:12]


def _inbox_files(inbox: Path, out: Path) -> list[Path]:
    files = []
    for p in sorted(inbox.rglob("*")):
        if not p.is_file():
            continue
        if out == p.parent or out in p.parents:
            continue  # an output folder inside the inbox is not input
        files.append(p)
    return files


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class OutputLock:
    def __init__(self, out: Path):
        self.path = out / ".jixiao.lock"
        self.fh = open(self.path, "a+")

    def __enter__(self):
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.close()
            raise RunLocked(f"另一个 jixiao 任务正在使用输出目录 {self.path.parent}（锁文件 {self.path}），本次不运行") from None
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()


def run_inbox(inbox: str | Path, out: str | Path, workers: int = 1, timeout: float = 120.0, memory_mb: int = 1536,
              config: Config | None = None, state_path: str | Path | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> RunSummary:
    inbox, out = Path(inbox).resolve(), Path(out).resolve()
    if not inbox.is_dir():
        raise FileNotFoundError(f"收件目录 {inbox} 不存在或不是目录")
    out.mkdir(parents=True, exist_ok=True)
    config = config or Config()
    started = time.perf_counter()
    summary = RunSummary(out=out)
    with OutputLock(out):
        state = State(Path(state_path) if state_path else out / "state.sqlite")
        try:
            summary.reviews_read = read_review_file(out / "review.csv", state)
            version = rules_version(config)
            files = _inbox_files(inbox, out)
            known = state.stats()
            todo = []
            for p in files:
                doc, st = p.relative_to(inbox).as_posix(), p.stat()
                prev = known.get(doc)
                if prev and prev[3] == version:
                    if (prev[0], prev[1]) == (st.st_size, st.st_mtime_ns):
                        summary.reused += 1
                        continue
                    if file_sha256(p) == prev[2]:
                        state.touch(doc, st.st_size, st.st_mtime_ns)
                        summary.reused += 1
                        continue
                todo.append((p, doc, st))
            if todo:
                warm_up()
            _process(todo, state, version, config, workers, timeout, memory_mb, summary, progress)
            summary.forgotten = state.forget_except({p.relative_to(inbox).as_posix() for p in files})
            quiet = not (summary.processed or summary.forgotten or summary.reviews_read)
            if quiet and _outputs_intact(state, out):
                _restore_counts(summary, state.last_summary())  # a quiet night: the outputs stand
            else:
                write_outputs(state, out, summary)
        finally:
            state.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _process(todo, state: State, version: str, config: Config, workers: int, timeout: float, memory_mb: int,
             summary: RunSummary, progress) -> None:
    pending = list(todo)
    running: list[tuple[Job, object]] = []
    done = 0
    try:
        while pending or running:
            while pending and len(running) < max(1, workers):
                p, doc, st = pending.pop(0)
                running.append((Job(str(p), doc, config, timeout, memory_mb), st))
            for job, st in list(running):
                result = job.poll()
                if result is None:
                    continue
                running.remove((job, st))
                state.save(job.doc, st.st_size, st.st_mtime_ns, version, _now(), result)
                for stage, s in result.seconds.items():
                    summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + s
                summary.processed += 1
                done += 1
                if progress:
                    progress(done, len(todo), job.doc)
            if running:
                time.sleep(0.005)
    finally:
        for job, _ in running:  # interrupted: no orphan workers; finished files are already saved
            job.kill()


def read_review_file(path: Path, state: State) -> int:
    """Decisions an analyst typed into review.csv (status / comment columns) go into the state."""
    if not path.exists():
        return 0
    raw = path.read_bytes()
    if state.outputs().get(path.name) == hashlib.sha256(raw).hexdigest():
        return 0  # exactly as the last run wrote it: nobody edited it
    for enc in ("utf-8-sig", "gb18030"):  # Excel may save it back in the local code page
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return 0
    changed = 0
    evidence_of = state.flag_evidence()
    for row in csv.DictReader(io.StringIO(text)):
        flag_id = (row.get("flag_id") or "").strip()
        status = (row.get("status") or "").strip()
        status = STATUS_WORDS.get(status, status.lower())
        comment = (row.get("comment") or "").strip()
        if not flag_id or status not in REVIEW_STATUSES:
            continue
        evidence = evidence_of.get(flag_id)
        if evidence is None:
            continue
        if state.decision(flag_id, evidence) != (status, comment):
            state.decide(flag_id, status, comment, evidence, _now())
            changed += 1
    return changed


def collect(state: State) -> dict[str, pd.DataFrame]:
    """Every table of the outputs, from the state alone (so equal state gives equal bytes)."""
    docs, projects, indicators, lists, figures, flags = [], [], [], [], [], []
    for (doc,) in state.db.execute("SELECT doc FROM files ORDER BY doc"):
        rec = state.file(doc)
        r: FileResult = rec["result"]
        rows = r.rows or {}
        fl = rows.get("flags", [])
        docs.append({"doc": doc, "sha256": r.sha256, "format": r.format, "status": r.status, "error": r.error,
                     "tables": r.tables if r.status == "ok" else "", "indicators": len(rows.get("indicators", [])),
                     "flags": len(fl), "processed_at": rec["processed_at"]})
        for name, target in (("projects", projects), ("indicators", indicators), ("lists", lists),
                             ("figures", figures)):
            for row in rows.get(name, []):
                target.append({**row, "doc": doc})
        for f in sorted(fl, key=lambda f: (SEVERITY_ORDER.get(f["severity"], 9), f["rule"], f["flag_id"])):
            status, comment = state.decision(f["flag_id"], f["evidence_hash"])
            flags.append({**{k: f[k] for k in FLAG_COLUMNS if k in f}, "status": status, "comment": comment})
    return {
        "documents": pd.DataFrame(docs, columns=DOC_COLUMNS),
        "projects": pd.DataFrame(projects),
        "indicators": pd.DataFrame(indicators),
        "lists": pd.DataFrame(lists),
        "figures": pd.DataFrame(figures),
        "flags": pd.DataFrame(flags, columns=FLAG_COLUMNS),
    }


COUNTS = ("files", "ok", "failed", "unsupported", "indicators", "flags")


def _outputs_intact(state: State, out: Path) -> bool:
    """Every output is there with the bytes the last run wrote (nobody deleted or edited one)."""
    hashes = state.outputs()
    if set(hashes) != set(OUTPUTS):
        return False
    for name, sha in hashes.items():
        path = out / name
        if not path.exists() or file_sha256(path) != sha:
            return False
    return True


def _restore_counts(summary: RunSummary, saved: dict) -> None:
    for key in COUNTS:
        if key in saved:
            setattr(summary, key, saved[key])


def write_outputs(state: State, out: Path, summary: RunSummary | None = None) -> dict[str, pd.DataFrame]:
    tables = collect(state)
    summary = summary or RunSummary(out=out)
    d = tables["documents"]
    summary.files = len(d)
    summary.ok = int((d["status"] == "ok").sum())
    summary.failed = int((d["status"] == "failed").sum())
    summary.unsupported = int((d["status"] == "unsupported").sum())
    summary.indicators = len(tables["indicators"])
    summary.flags = {k: int(v) for k, v in tables["flags"]["severity"].value_counts().items()}
    payload = {f"{name}.csv": csv_bytes(frame) for name, frame in tables.items()}
    payload["review.csv"] = csv_bytes(tables["flags"][REVIEW_COLUMNS])
    payload["report.xlsx"] = xlsx_bytes(tables)
    payload["review.html"] = review_html(tables["flags"])
    for name, data in payload.items():
        atomic_write(out / name, data)
    state.remember_outputs({name: hashlib.sha256(data).hexdigest() for name, data in payload.items()},
                           {key: getattr(summary, key) for key in COUNTS})
    return tables
