"""jixiao run --cluster local:N: the same outputs as a local run, and the same fate for bad files."""
import csv
import shutil
import subprocess
import sys
import time

import pytest

from jixiao.nightly import run_inbox
from jixiao.nightly import state as state_module

from .conftest import REPORTS, ROOT, LateClock

pytest.importorskip("distributed")

FIXED = "2026-01-01T00:00:00+00:00"
OUTPUTS = ("documents.csv", "projects.csv", "indicators.csv", "lists.csv", "figures.csv", "flags.csv", "review.csv",
           "decisions.csv", "review.html")


@pytest.fixture
def fixed_clock(monkeypatch):
    """processed_at is the coordinator's clock: the same in both runs, so the files can be compared."""
    from jixiao.nightly import outputs, run
    for module in (state_module, run, outputs):
        if hasattr(module, "now"):
            monkeypatch.setattr(module, "now", lambda: FIXED)


def _inbox(tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    for p in sorted(REPORTS.glob("00[0-2]_*.txt")) + sorted(REPORTS.glob("00[0-2]_*.docx")):
        shutil.copy(p, box / p.name)
    for stem in ("009", "014", "025"):
        for ext in ("html", "xlsx"):
            shutil.copy(ROOT / "corpus" / "realworld" / f"{stem}.{ext}", box / f"{stem}.{ext}")
    (box / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    return box


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_a_cluster_run_writes_byte_identical_outputs(tmp_path, fixed_clock):
    box = _inbox(tmp_path)
    local = run_inbox(box, tmp_path / "local", workers=2)
    seen = []
    dask = run_inbox(box, tmp_path / "dask", cluster="local:2",
                     on_cluster=lambda pool: seen.append((pool.threads, pool.ship, pool.dashboard)))
    assert seen and seen[0][:2] == (2, "path") and seen[0][2].startswith("http")
    assert (local.processed, dask.processed) == (13, 13)
    for name in OUTPUTS:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    failed = [r for r in _rows(tmp_path / "dask" / "documents.csv") if "broken.pdf" in r[0]]
    assert failed and failed[0][2] == "failed"
    from openpyxl import load_workbook
    a, b = (load_workbook(tmp_path / d / "report.xlsx") for d in ("local", "dask"))
    assert a.sheetnames == b.sheetnames
    for name in a.sheetnames:
        assert [[c.value for c in row] for row in a[name].iter_rows()] == \
               [[c.value for c in row] for row in b[name].iter_rows()], name
    # incremental, as a local run: nothing changed, only the failed file is tried again. What a run skips is the
    # coordinator's (the state in the output folder), not the workers': one worker is enough here, and starts
    # one Dask worker process instead of two (some 3 s of a core each)
    again = run_inbox(box, tmp_path / "dask", cluster="local:1")
    assert (again.processed, again.retried) == (1, 1)
    (box / "new.txt").write_bytes(next(REPORTS.glob("001_*.txt")).read_bytes())
    assert run_inbox(box, tmp_path / "dask", cluster="local:1").processed == 2


def test_files_shipped_as_bytes_read_the_same(tmp_path, fixed_clock):
    box = _inbox(tmp_path)
    run_inbox(box, tmp_path / "local")
    run_inbox(box, tmp_path / "dask", cluster="local:1", ship="bytes")
    for name in ("documents.csv", "indicators.csv", "flags.csv"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_limits_apply_on_the_workers_as_they_do_here(tmp_path, fixed_clock, late_clock, monkeypatch):
    """A file past its time limit (made to hang, here and on the workers) and files past a 1 MB
    memory limit fail with the same reasons on the cluster as in a local run; the run goes on."""
    from jixiao.nightly import worker

    box = tmp_path / "inbox"
    box.mkdir()
    shutil.copy(ROOT / "corpus" / "formats" / "000_b69c5b8f3653aeba.scan.pdf", box / "scan.pdf")
    shutil.copy(next(REPORTS.glob("001_*.txt")), box / "report.txt")
    # The local run from a fresh interpreter, as `jixiao run` starts: a worker forked from this long-lived test
    # process inherits its heap, free room the 1 MB cap on new address space never sees (CI once read the scan
    # whole here and failed it on the fresh dask worker), so the two sides start alike.
    code = ("import sys; from jixiao.nightly import outputs, run, state; "
            f"[setattr(m, 'now', lambda: {FIXED!r}) for m in (state, run, outputs) if hasattr(m, 'now')]; "
            "run.run_inbox(sys.argv[1], sys.argv[2], memory_mb=1)")
    subprocess.run([sys.executable, "-c", code, str(box), str(tmp_path / "local-m")], cwd=ROOT, check=True)
    run_inbox(box, tmp_path / "dask-m", memory_mb=1, cluster="local:1")
    real = worker.process_file

    def hanging(path, doc, config, member=None):   # scan.pdf comes last in either run: the clock's hour then passes
        if doc == "scan.pdf":
            time.sleep(3600)
        return real(path, doc, config, member)

    def hang_there():   # in each dask worker process (pickled by value: a nested function)
        from jixiao.nightly import worker
        worker.time, worker.process_file = LateClock(), hanging

    def late_there():
        from jixiao.nightly import worker
        worker.time.late = True

    pools = []

    def progress(done, total, doc):
        late_clock.progress(done, total, doc)
        if pools and late_clock.late:
            pools[0].client.run(late_there)

    monkeypatch.setattr(worker, "process_file", hanging)
    run_inbox(box, tmp_path / "local-t", timeout=600, progress=progress)
    late_clock.late = False
    run_inbox(box, tmp_path / "dask-t", timeout=600, cluster="local:1", progress=progress,
              on_cluster=lambda pool: (pools.append(pool), pool.client.run(hang_there)))
    for suffix in ("t", "m"):
        a, b = _rows(tmp_path / f"local-{suffix}" / "documents.csv"), _rows(tmp_path / f"dask-{suffix}" / "documents.csv")
        assert a == b
    timed = {r[0]: r for r in _rows(tmp_path / "dask-t" / "documents.csv")[1:]}
    assert timed["scan.pdf"][2] == "failed" and "超时" in timed["scan.pdf"][3]
    assert timed["report.txt"][2] == "ok"
    memory = {r[0]: r for r in _rows(tmp_path / "dask-m" / "documents.csv")[1:]}
    assert memory["scan.pdf"][2] == "failed" and "内存" in memory["scan.pdf"][3]   # OCR needs far more than 1 MB


def test_a_worker_lost_mid_run_costs_no_file(tmp_path, fixed_clock):
    """One of two workers is killed after the first result; its tasks run elsewhere."""
    import os
    import signal

    box = _inbox(tmp_path)
    pools, killed = [], []

    def kill_one(done, total, doc):
        if not killed:
            pids = pools[0].client.run(os.getpid)
            victim = sorted(pids)[0]
            os.kill(pids[victim], signal.SIGKILL)
            killed.append(victim)
    summary = run_inbox(box, tmp_path / "dask", cluster="local:2", on_cluster=pools.append, progress=kill_one)
    assert killed and summary.processed == 13
    rows = _rows(tmp_path / "dask" / "documents.csv")[1:]
    assert len(rows) == 13
    assert [r[0] for r in rows if r[2] != "ok"] == ["broken.pdf"]


def test_a_task_that_fails_twice_becomes_a_failed_row():
    from jixiao.nightly.cluster import DaskJob

    class Future:
        def __init__(self):
            self.status = "error"

        def exception(self):
            return OSError("worker lost")

        def cancel(self):
            self.status = "cancelled"

    class Pool:
        timeout = 10

        def submit(self, *args):
            submitted.append(args)
            return Future()
    submitted = []
    job = DaskJob(Pool(), "/nonexistent/a.pdf", "a.pdf", None)
    assert job.poll() is None and len(submitted) == 2          # lost once: sent again
    result = job.poll()
    assert result.status == "failed" and "两次失败" in result.error and "worker lost" in result.error


def test_a_bad_cluster_spec_is_refused_with_a_reason():
    from jixiao.nightly.cluster import ClusterError, parse_spec
    with pytest.raises(ClusterError, match="local:"):
        parse_spec("local:zero")
    assert parse_spec("local:3") == ("local", 3)
    assert parse_spec("tls://10.0.0.5:8786") == ("remote", "tls://10.0.0.5:8786")


def test_an_unreachable_scheduler_stops_the_run_before_anything_is_written(tmp_path):
    import subprocess
    import sys
    box = _inbox(tmp_path)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "run", "--inbox", str(box), "--out", str(out),
                           "--cluster", "tcp://127.0.0.1:9", "--quiet"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "无法连接 Dask 调度器" in proc.stderr and "Traceback" not in proc.stderr
    assert not (out / "documents.csv").exists()
