"""Per-file work on a Dask cluster: the coordinator keeps the state, the decisions and the outputs.

`--cluster local:N` starts a `distributed.LocalCluster` of N single-threaded worker processes on
this machine; `--cluster tcp://host:8786` (or tls://) joins a running scheduler. Each task runs
the same isolated child as a local run (nightly.worker.Job: its own time and memory limit), on
the worker's machine, and sends back the file's rows. The coordinator streams each result into
the state database as it arrives, and keeps at most twice as many tasks in flight as there are
worker threads, so its memory does not grow with the number of files.

Files travel by path when the workers see the inbox at the same path (a LocalCluster always
does; a shared mount often does: `--ship path`), else as bytes (`--ship bytes`, the default for
a remote scheduler): the task writes them to a private temporary folder on the worker.
"""
from __future__ import annotations

import multiprocessing
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from jixiao.rules import Config

from .worker import FileResult, Job, may_need_ocr, sha256_or_blank, warm_up

# How long past the per-file limit the coordinator waits for a task before giving it up: the
# worker's child enforces the limit itself; this covers a worker that hangs or is lost silently.
GRACE = 30.0
_WARMING = threading.Lock()


class ClusterError(Exception):
    """The cluster could not be started or reached (the message says why, in Chinese)."""


def parse_spec(spec: str) -> tuple[str, int | str]:
    """'local:4' -> ('local', 4); 'tcp://10.0.0.5:8786' -> ('remote', address)."""
    if spec.startswith("local:"):
        try:
            n = int(spec.split(":", 1)[1])
        except ValueError:
            n = 0
        if n < 1:
            raise ClusterError(f"--cluster {spec}：local: 之后应为正整数的工作进程数，例如 local:2")
        return "local", n
    if "://" in spec:
        return "remote", spec
    raise ClusterError(f"--cluster {spec}：应为 local:N 或调度器地址（如 tcp://10.0.0.5:8786）")


def remote_file(path: str, data: bytes | None, doc: str, config: Config, timeout: float, memory_mb: int,
                member: str | None, ocr: bool) -> tuple[str, FileResult]:
    """The task: one file through extract → normalize → rules in an isolated child on this worker.
    Returns (the worker's address, the result)."""
    from distributed import get_worker

    from jixiao.extract import ocr_reader
    ocr_reader.ENABLED = ocr
    # Dask runs workers as daemonic processes, which multiprocessing forbids to have children lest
    # they be orphaned; ours cannot be: each child asks the kernel to kill it with its parent
    # (PR_SET_PDEATHSIG in nightly.worker), so the per-file child is allowed here.
    multiprocessing.current_process()._config["daemon"] = False
    where = get_worker().address
    with tempfile.TemporaryDirectory(prefix="jixiao-") as tmp:
        if data is not None:
            path = str(Path(tmp) / (Path(doc.split("!/")[0]).name or "file"))
            Path(path).write_bytes(data)
        # once per worker process (the OCR engine once a file may need it): every child it forks
        # inherits jieba, the readers and the engine. Not forked while another of the worker's
        # threads is loading the engine: the child could inherit its locks held.
        with _WARMING:
            warm_up(ocr=may_need_ocr(path, member))
            job = Job(path, doc, config, timeout, memory_mb, member)
        while True:
            result = job.poll()
            if result is not None:
                return where, result
            time.sleep(0.01)


@dataclass
class Tally:
    """Per worker: files done, failed and running, for the progress line."""
    done: dict = field(default_factory=dict)
    failed: dict = field(default_factory=dict)

    def add(self, worker: str, result: FileResult) -> None:
        book = self.failed if result.status == "failed" else self.done
        book[worker] = book.get(worker, 0) + 1


class DaskJob:
    """One file as a Dask task, with the poll()/kill() of a local Job. A task lost with its
    worker (or failing for any reason other than the file) is resubmitted once, elsewhere."""

    def __init__(self, pool: "ClusterPool", path: str, doc: str, member: str | None):
        self.pool, self.path, self.doc, self.member = pool, path, doc, member
        self.tries = 0
        self.submit()

    def submit(self) -> None:
        self.tries += 1
        self.started = time.monotonic()
        self.future = self.pool.submit(self.path, self.doc, self.member, self.tries)

    def poll(self) -> FileResult | None:
        f = self.future
        if f.status == "finished":
            worker, result = f.result()
            self.pool.tally.add(worker, result)
            return result
        if f.status in ("error", "cancelled", "lost"):
            err = f.exception() if f.status == "error" else None
            if self.tries < 2:
                self.submit()
                return None
            reason = f"集群任务两次失败（{type(err).__name__}: {err}）" if err else "集群任务两次丢失（工作节点退出）"
            return FileResult(self.doc, "failed", sha256=sha256_or_blank(self.path), error=reason)
        if time.monotonic() - self.started > self.pool.timeout + GRACE:
            self.kill()
            return FileResult(self.doc, "failed", sha256=sha256_or_blank(self.path),
                              error=f"处理超时（集群任务超过 {self.pool.timeout + GRACE:g} 秒未返回），已取消")
        return None

    def kill(self) -> None:
        self.future.cancel()


class ClusterPool:
    """A Dask client (and the LocalCluster it started, if any) for one run."""

    def __init__(self, spec: str, config: Config, timeout: float, memory_mb: int, ship: str | None = None,
                 ocr: bool = True):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError("未安装 dask[distributed]：pip install 'jixiao[cluster]'") from None
        kind, arg = parse_spec(spec)
        self.config, self.timeout, self.memory_mb, self.ocr = config, timeout, memory_mb, ocr
        self.ship = ship or ("path" if kind == "local" else "bytes")
        self.tally = Tally()
        self.cluster = None
        try:
            if kind == "local":
                # One thread per worker process: each task forks its own limited child anyway.
                self.cluster = LocalCluster(n_workers=int(arg), threads_per_worker=1, processes=True,
                                            dashboard_address=":0", memory_limit=f"{memory_mb + 1024}MB",
                                            silence_logs=40)
                self.client = Client(self.cluster)
            else:
                self.client = Client(str(arg), timeout="10s")
        except OSError as e:
            if self.cluster is not None:
                self.cluster.close()
            raise ClusterError(f"无法连接 Dask 调度器 {arg}（{e}）") from None

    @property
    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    @property
    def dashboard(self) -> str:
        return self.client.dashboard_link or ""

    def submit(self, path: str, doc: str, member: str | None, attempt: int):
        data = None
        if self.ship == "bytes":
            with open(path, "rb") as f:
                data = f.read()
        # A distinct key per attempt: a retry is a new task, placed anew by the scheduler.
        return self.client.submit(remote_file, path, data, doc, self.config, self.timeout, self.memory_mb, member,
                                  self.ocr, key=f"jixiao-{attempt}-{os.getpid()}-{doc}", pure=False)

    def running(self) -> dict:
        """Worker address -> number of tasks it is running now."""
        try:
            return {w: len(keys) for w, keys in self.client.processing().items()}
        except Exception:  # noqa: BLE001 - progress is best effort
            return {}

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
