"""Cluster benchmark: Dask workers against the local run on one machine. A report, not a test.

    .venv/bin/python -m benchmarks.cluster_bench [--docs 1000] [--repeat 1]   (part of make bench)

On the generated inbox (benchmarks.make_inbox): the local run with 2 worker processes, and
`--cluster local:1 / local:2 / local:4`, each as cron would start it (a fresh process); the
speedup of each against the local run; the coordinator's peak memory (its own resident set,
sampled, without the workers) at a quarter, half and all of the inbox, to show it stays flat;
and a projection to 100,000 files from the measured cost per file.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import write_json  # noqa: E402
from benchmarks.make_inbox import make_inbox  # noqa: E402


def cli(inbox: Path, *extra: str) -> float:
    out = Path(tempfile.mkdtemp(prefix="jixiao-cbench-out-"))
    try:
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "run", "--inbox", str(inbox), "--out", str(out),
                        "--timeout", "300", "--quiet", *extra], check=True)
        return time.perf_counter() - t
    finally:
        shutil.rmtree(out, ignore_errors=True)


def coordinator_peak_mb(inbox: Path, cluster: str) -> tuple[float, float]:
    """This process as the coordinator of a cluster run; its resident set sampled every 50 ms.
    (peak while files are processed, peak over the whole run including writing the outputs)."""
    import psutil

    from jixiao.nightly import run_inbox
    me, stop = psutil.Process(), threading.Event()
    peak = {"processing": 0, "all": 0}
    phase = ["processing"]

    def sample():
        while not stop.is_set():
            rss = me.memory_info().rss
            peak["all"] = max(peak["all"], rss)
            if phase[0] == "processing":
                peak["processing"] = max(peak["processing"], rss)
            time.sleep(0.05)

    def progress(done, total, doc):
        if done == total:
            phase[0] = "publishing"
    out = Path(tempfile.mkdtemp(prefix="jixiao-cbench-mem-"))
    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        run_inbox(inbox, out, cluster=cluster, timeout=300, progress=progress)
    finally:
        stop.set()
        t.join()
        shutil.rmtree(out, ignore_errors=True)
    return peak["processing"] / 2**20, peak["all"] / 2**20


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", default=str(ROOT / "out" / "cluster_bench.json"))
    args = ap.parse_args()
    res: dict = {"cpus": os.cpu_count(), "docs": args.docs}
    work = Path(tempfile.mkdtemp(prefix="jixiao-cbench-"))
    try:
        inbox = work / "inbox"
        make_inbox(inbox, args.docs)
        runs = {"local --workers 2": ["--workers", "2"], "dask local:1": ["--cluster", "local:1"],
                "dask local:2": ["--cluster", "local:2"], "dask local:4": ["--cluster", "local:4"]}
        seconds = {name: statistics.median(cli(inbox, *flags) for _ in range(args.repeat))
                   for name, flags in runs.items()}
        base = seconds["local --workers 2"]
        res["seconds"] = seconds
        res["speedup_vs_local2"] = {k: base / v for k, v in seconds.items()}
        for name, s in seconds.items():
            print(f"{args.docs} docs, {name:<18} {s:7.1f} s  ({args.docs / s:5.1f} docs/s; "
                  f"{base / s:.2f}x the local 2-worker run)")
        # Coordinator memory against the size of the inbox: the same machine, growing inboxes.
        sizes = sorted({max(1, args.docs // 4), max(1, args.docs // 2), args.docs})
        mem = {}
        for n in sizes:
            part = work / f"part{n}"
            for p in sorted(f for f in inbox.rglob("*") if f.is_file())[:n]:
                (part / p.relative_to(inbox)).parent.mkdir(parents=True, exist_ok=True)
                os.link(p, part / p.relative_to(inbox))
            mem[n] = coordinator_peak_mb(part, "local:2")
            print(f"coordinator peak resident memory, {n:>5} files: {mem[n][0]:.0f} MB while the files are "
                  f"processed, {mem[n][1]:.0f} MB with writing the outputs (streamed from the state, row by row)")
        res["coordinator_peak_mb"] = mem
        per_file = seconds["dask local:2"] * 2 / args.docs      # worker-seconds per file
        res["projection_100k"] = {f"{w} workers": 100_000 * per_file / w / 3600 for w in (2, 8, 32, 128)}
        print(f"projection for 100,000 files at {per_file:.3f} worker-seconds per file: "
              + ", ".join(f"{k}: {v:.1f} h" for k, v in res["projection_100k"].items())
              + " (the per-file cost measured here; the coordinator's own work per file is included)")
        target = seconds["dask local:2"] <= base * 1.10
        res["targets"] = {"Dask with 2 workers within 10% of the local 2-worker run": target}
        print(f"\ntarget: {'met    ' if target else 'NOT met'}  Dask with 2 workers within 10% of the local 2-worker run")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_json(res, args.json)
    print(f"JSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
