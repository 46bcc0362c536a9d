"""The nightly run: read every file under the inbox (new, changed or failed ones), keep results
in the state database, and publish complete outputs atomically.

What it promises, and the tests that check each promise: docs/reliability.md.
"""
from __future__ import annotations

import fcntl
import functools
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from jixiao.rules import RULES_VERSION, Config

from .cross import update_cross
from .inbox import Entry, inside, overlap, scan
from .outputs import publish
from .state import State, StateError, now, open_state
from .worker import FileResult, Job, file_sha256, may_need_ocr, warm_up
from .writers import remove_stale_temporaries


class RunLocked(Exception):
    """Another run holds the output folder or the state database."""


class RunRefused(Exception):
    """The run cannot start as asked (overlapping folders); nothing was read or written."""


@dataclass
class RunSummary:
    out: Path
    files: int = 0
    ok: int = 0
    failed: int = 0
    unsupported: int = 0
    ignored: int = 0
    processed: int = 0
    reused: int = 0
    retried: int = 0
    forgotten: int = 0
    indicators: int = 0
    flags: dict = field(default_factory=dict)
    reviews_read: int = 0
    review_errors: list = field(default_factory=list)
    review_blocked: bool = False
    output_errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)

    def line(self) -> str:
        sev = "，".join(f"{k} {self.flags.get(k, 0)}" for k in ("high", "medium", "low"))
        text = (f"{self.files} 个文件：成功 {self.ok}，失败 {self.failed}，不支持 {self.unsupported}"
                f"{f'，已忽略 {self.ignored}' if self.ignored else ''}"
                f"（本次处理 {self.processed}，沿用 {self.reused}）；指标 {self.indicators} 行；"
                f"问题 {sum(self.flags.values())} 条（{sev}）；用时 {self.seconds:.1f} 秒。输出：{self.out}")
        if self.reviews_read or self.review_errors:
            text += f"\n审核意见：读入 {self.reviews_read} 条"
            if self.review_errors:
                text += f"，{len(self.review_errors)} 行无法应用（见 review-errors.csv）"
                if self.review_blocked:
                    text += "；review.csv 含未读入的修改，本次未覆盖"
        for w in self.warnings:
            text += f"\n注意：{w}"
        for e in self.output_errors:
            text += f"\n错误：输出文件未能更新：{e}"
        return text


def rules_version(config: Config) -> str:
    """What results were made with: the rules version, the config, and the code that reads and checks."""
    return hashlib.sha1(f"{RULES_VERSION}|{config.fingerprint()}|{code_fingerprint()}".encode()).hexdigest()[:12]


@functools.lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """The source of extract, normalize and rules with their data files: an upgrade reads every file
    again even where nobody bumped RULES_VERSION (a stored result made by older code is stale)."""
    from jixiao import extract
    from jixiao import normalize
    from jixiao import rules
    h = hashlib.sha1()
    for package in (extract, normalize, rules):
        root = Path(package.__file__).parent
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.suffix in (".py", ".txt", ".json", ".toml") and "__pycache__" not in p.parts:
                h.update(p.relative_to(root.parent).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:12]


class OutputLock:
    """An exclusive lock on the output folder and on the state database (which --state may put
    elsewhere): two runs never write the same outputs or the same state."""

    def __init__(self, out: Path, state_path: Path | None = None):
        self.paths = [out / ".jixiao.lock"]
        if state_path is not None and state_path.parent.resolve() != out.resolve():
            self.paths.append(state_path.with_name(state_path.name + ".lock"))
        self.handles = []

    def __enter__(self):
        try:
            for path in self.paths:
                fh = open(path, "a+")
                self.handles.append(fh)
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise RunLocked(f"另一个 jixiao 任务正在使用输出目录或状态数据库（锁文件 {path}），本次不运行") from None
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc):
        for fh in self.handles:
            fh.close()   # closing releases the lock
        self.handles = []


def run_inbox(inbox: str | Path, out: str | Path, workers: int = 1, timeout: float = 120.0, memory_mb: int = 1536,
              config: Config | None = None, state_path: str | Path | None = None,
              progress: Callable[[int, int, str], None] | None = None, cluster: str | None = None,
              ship: str | None = None, ocr: bool = True, on_cluster: Callable | None = None) -> RunSummary:
    """`cluster`: 'local:N' or a scheduler address (nightly.cluster); the per-file work goes there,
    everything else stays here. `on_cluster(pool)` is called once the cluster is up (its dashboard)."""
    inbox, out = Path(inbox).resolve(), Path(out).resolve()
    if not inbox.is_dir():
        raise FileNotFoundError(f"收件目录 {inbox} 不存在或不是目录")
    problem = overlap(inbox, out)
    state_file = Path(state_path).resolve() if state_path else out / "state.sqlite"
    if not problem and inside(str(state_file), str(inbox)):
        problem = f"状态数据库 {state_file} 位于收件目录之内：拒绝运行"
    if problem:
        raise RunRefused(problem)
    out.mkdir(parents=True, exist_ok=True)
    config = config or Config()
    started = time.perf_counter()
    summary = RunSummary(out=out)
    with OutputLock(out, state_file):
        remove_stale_temporaries(out)
        remove_stale_temporaries(state_file.parent)
        state, summary.warnings = open_state(state_file, out / "decisions.csv",
                                             had_outputs=(out / "documents.csv").exists())
        try:
            version = rules_version(config)
            state.set_meta("inbox", str(inbox))   # the review desk serves the originals from here
            entries = scan(inbox)
            known = state.stats()
            todo = _select(entries, known, state, version, summary)
            pool = None
            if todo and cluster:
                from .cluster import ClusterPool
                pool = ClusterPool(cluster, config, timeout, memory_mb, ship=ship, ocr=ocr)
                if on_cluster:
                    on_cluster(pool)
            elif todo:
                warm_up(ocr=ocr and any(may_need_ocr(e.path, e.member) for e in todo))
            try:
                _process(todo, known, state, version, config, workers, timeout, memory_mb, summary, progress, pool)
            finally:
                if pool is not None:
                    pool.close()
            summary.forgotten = state.forget_except({e.doc for e in entries})
            cross_started = time.perf_counter()
            try:   # the checks across documents, over every result (nightly/cross.py)
                update_cross(state, config)
            except Exception as e:  # noqa: BLE001 - the per-file results and outputs must not depend on it
                summary.warnings.append(f"跨文件核对（JX9xx）未能完成，沿用上次的结果：{type(e).__name__}: {e}")
            summary.stage_seconds["cross"] = time.perf_counter() - cross_started
            publish(state, out, summary)
        finally:
            state.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _select(entries: list[Entry], known: dict, state: State, version: str, summary: RunSummary) -> list[Entry]:
    """The files to read this run: new, changed, read with other rules, or failed last time.
    Entries that are not files to read get their row here. `known` is state.stats() at the start."""
    todo = []
    for e in entries:
        prev = known.get(e.doc)
        if e.status:   # not a file to read: its row says why
            result = FileResult(e.doc, e.status, error=e.reason)
            if not prev or (prev[4], prev[5]) != (e.status, e.reason) or prev[3] != version:
                state.save(e.doc, 0, 0, version, now(), result)
            summary.reused += 1
            continue
        if prev and prev[3] == version and prev[4] != "failed":
            if (prev[0], prev[1]) == (e.st.st_size, e.st.st_mtime_ns):
                summary.reused += 1
                continue
            try:
                same = file_sha256(e.path) == prev[2]
            except OSError:
                same = False
            if same:
                state.touch(e.doc, e.st.st_size, e.st.st_mtime_ns)
                summary.reused += 1
                continue
        if prev and prev[4] == "failed":
            summary.retried += 1   # failures are retried every run: the cause may have been fixed
        todo.append(e)
    return todo


def _process(todo: list[Entry], known: dict, state: State, version: str, config: Config, workers: int,
             timeout: float, memory_mb: int, summary: RunSummary, progress, pool=None) -> None:
    """Each file in its own job (a child process here, or a task on the cluster `pool`); results
    are saved to the state one by one as they arrive, so a crash loses no finished file."""
    pending = list(todo)
    running: list[tuple[Job, Entry]] = []
    done = 0
    # A cluster gets twice its threads in flight (no worker idles between tasks); no more, so the
    # coordinator holds a bounded number of results whatever the size of the inbox.
    width = 2 * pool.threads if pool is not None else max(1, workers)
    if pool is not None:
        from .cluster import DaskJob

        def start(e: Entry):
            return DaskJob(pool, e.path, e.doc, e.member)
    else:
        def start(e: Entry):
            return Job(e.path, e.doc, config, timeout, memory_mb, e.member)
    try:
        while pending or running:
            while pending and len(running) < width:
                e = pending.pop(0)
                running.append((start(e), e))
            for job, e in list(running):
                try:
                    result = job.poll()
                except Exception as err:  # noqa: BLE001 - one file's fate never ends the run
                    job.kill()
                    result = FileResult(e.doc, "failed", error=f"处理出错：{type(err).__name__}: {err}")
                if result is None:
                    continue
                running.remove((job, e))
                prev = known.get(e.doc)
                if prev and prev[3] == version and (prev[2], prev[4], prev[5]) == (result.sha256, result.status,
                                                                                     result.error):
                    state.touch(e.doc, e.st.st_size, e.st.st_mtime_ns)   # failed again, the same way
                else:
                    state.save(e.doc, e.st.st_size, e.st.st_mtime_ns, version, now(), result)
                summary.processed += 1
                for stage, s in result.seconds.items():
                    summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + s
                done += 1
                if progress:
                    progress(done, len(todo), job.doc)
            if running:
                time.sleep(0.005)
    finally:
        for job, _ in running:  # interrupted: no orphan workers; finished files are already saved
            job.kill()


__all__ = ["RunLocked", "RunRefused", "RunSummary", "StateError", "run_inbox", "rules_version", "OutputLock"]
