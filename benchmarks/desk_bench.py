"""Review desk benchmark: prints figures (and writes them as JSON). Never a test.

    .venv/bin/python -m benchmarks.desk_bench [--docs 300] [--repeat 5]
    .venv/bin/python -m benchmarks.desk_bench --flags 10000,1000000 --json out/desk-flags.json

--flags: for each N, synthesizes N flags (benchmarks/desk_flags.py) directly into a state database
and times, as medians through the desk: the queue's first page and a page deep in it, a filtered
queue (severity + rule prefix + unit), text searches (a selective word, a broad one, a word of two
characters and one of one), the dashboard, one flag's page, one decision;
and one file's result saved again with changed flags into that database (the nightly publish).

Without --flags: runs the generated inbox, then times what an analyst waits for through the desk (in process,
FastAPI's test client): the work queue unfiltered and filtered, the API, the dashboard, a flag page
(evidence read cold from the original, then from the cache), a decision, and a bulk action; and
decisions made while a nightly run reads files and rewrites the outputs, against the same run alone.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from benchmarks import write_json  # noqa: E402
from benchmarks.make_inbox import make_inbox  # noqa: E402
from jixiao.desk import create_app  # noqa: E402
from jixiao.desk.accounts import add_user  # noqa: E402
from jixiao.nightly import run_inbox  # noqa: E402
from jixiao.nightly.state import State  # noqa: E402
from tests.desk_fixtures import PASSWORDS, login  # noqa: E402


def timed(fn, repeat: int) -> dict:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return {"median_ms": round(1000 * statistics.median(times), 1), "min_ms": round(1000 * min(times), 1),
            "max_ms": round(1000 * max(times), 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", default="out/desk-bench.json")
    ap.add_argument("--flags", default="", help="N[,N…]: the flags mode (synthetic state databases)")
    ap.add_argument("--keep", default=None, help="with --flags: make (or reuse) the databases in this folder")
    args = ap.parse_args()
    if args.flags:
        from benchmarks.desk_flags import run_sizes
        figures = run_sizes([int(n.replace("_", "")) for n in args.flags.split(",")], repeat=max(args.repeat, 15), keep=args.keep)
        write_json(figures, args.json)
        return
    work = Path(tempfile.mkdtemp(prefix="jixiao-desk-bench-"))
    inbox, out = work / "inbox", work / "out"
    make_inbox(inbox, args.docs)
    run_inbox(inbox, out, workers=2)
    state = State(out / "state.sqlite")
    add_user(state, "alice", PASSWORDS["alice"])
    state.close()
    figures: dict = {"docs": args.docs}
    with TestClient(create_app(out, publish_every=None)) as c:
        token = login(c, "alice")
        flags = c.get("/api/flags").json()["flags"]
        figures["flags"] = len(flags)
        figures["queue"] = timed(lambda: c.get("/"), args.repeat)
        figures["queue_filtered"] = timed(lambda: c.get("/?severity=high&rule=JX1"), args.repeat)
        figures["api_flags"] = timed(lambda: c.get("/api/flags"), args.repeat)
        figures["dashboard"] = timed(lambda: c.get("/dashboard"), args.repeat)
        pdf = next(f for f in flags if f["doc"].endswith(".pdf"))
        figures["flag_page_cold"] = timed(lambda: c.get(f"/flags/{pdf['flag_id']}"), 1)
        figures["flag_page_cached"] = timed(lambda: c.get(f"/flags/{pdf['flag_id']}"), args.repeat)
        ids = [f["flag_id"] for f in flags]

        def one_decision(i=iter(range(10 ** 9))):
            k = next(i)
            c.post(f"/flags/{ids[k % len(ids)]}/decide", data={"action": "confirm", "comment": f"b{k}"},
                   headers={"X-CSRF-Token": token, "Accept": "application/json"})
        figures["decision"] = timed(one_decision, args.repeat * 4)
        n = len({f["flag_id"] for f in c.get("/api/flags?rule=JX5").json()["flags"]})
        figures["bulk_dismiss"] = {"flags": n, **timed(lambda: c.post(
            "/bulk", data={"rule": "JX5", "action": "dismiss", "count": str(n), "csrf": token}), 1)}
        # The same run alone, then with five analysts deciding (a decision every 0.2 s between them):
        # a third of the files changed by a blank line, so the run reads them again.
        def touch():
            for p in sorted(inbox.rglob("*.txt"))[: args.docs // 3]:
                p.write_text(p.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        touch()
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "run", "--inbox", str(inbox), "--out", str(out),
                        "--workers", "2", "--quiet"], check=True)
        figures["run_seconds_alone"] = round(time.perf_counter() - start, 1)
        touch()
        # the run in its own process, as cron starts it (forking workers from a threaded server is not how it runs)
        start = time.perf_counter()
        run = subprocess.Popen([sys.executable, str(ROOT / "pipeline.py"), "run", "--inbox", str(inbox), "--out",
                                str(out), "--workers", "2", "--quiet"])
        during = []
        while run.poll() is None:
            s = time.perf_counter()
            one_decision()
            during.append(time.perf_counter() - s)
            time.sleep(0.2)
        run.wait()
        figures["run_seconds_with_desk"] = round(time.perf_counter() - start, 1)
        figures["decisions_during_run"] = {"count": len(during),
                                           "median_ms": round(1000 * statistics.median(during), 1) if during else None,
                                           "max_ms": round(1000 * max(during), 1) if during else None}
    for key, value in figures.items():
        print(f"{key:24} {value}")
    write_json(figures, args.json)


if __name__ == "__main__":
    main()
