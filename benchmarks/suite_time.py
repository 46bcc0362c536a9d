"""The test suite's time per test, as CPU time: a pytest plugin, and a summary of what it wrote. Never a test.

    .venv/bin/python -m pytest -q -n 2 --dist worksteal -p benchmarks.suite_time      (writes out/suite-time.jsonl)
    .venv/bin/python -m benchmarks.suite_time out/suite-time.jsonl [--top 20]

On a machine shared with other work, wall time per test says more about the neighbours than about
the test; CPU time (this process and the children it has waited for, so a nightly worker or
LibreOffice counts, a Dask worker does not) is the fair measure. Each line: the test, its CPU and
wall seconds (setup and teardown included), and the pytest-xdist worker that ran it.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

OUT = os.environ.get("JIXIAO_SUITE_TIME", "out/suite-time.jsonl")


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    cpu, wall = _cpu(), time.perf_counter()
    yield
    line = {"id": item.nodeid, "cpu": round(_cpu() - cpu, 3), "wall": round(time.perf_counter() - wall, 3),
            "worker": os.environ.get("PYTEST_XDIST_WORKER", "")}
    Path(OUT).parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "a", encoding="utf-8") as f:   # one short line per write: workers may share the file
        f.write(json.dumps(line, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    import argparse
    from collections import defaultdict
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--top", type=int, default=20)
    a = ap.parse_args(argv)
    rows = [json.loads(line) for line in open(a.file, encoding="utf-8")]
    files: dict = defaultdict(lambda: [0.0, 0])
    for r in rows:
        files[r["id"].split("::")[0]][0] += r["cpu"]
        files[r["id"].split("::")[0]][1] += 1
    print(f"{len(rows)} tests, {sum(r['cpu'] for r in rows):.0f} s CPU in all")
    for name, (cpu, n) in sorted(files.items(), key=lambda kv: -kv[1][0])[:a.top]:
        print(f"{cpu:8.1f} s  {n:5d} tests  {name}")
    print(f"the {a.top} slowest tests (CPU s, wall s):")
    for r in sorted(rows, key=lambda r: -r["cpu"])[:a.top]:
        print(f"{r['cpu']:8.2f} {r['wall']:8.2f}  {r['id']}")


if __name__ == "__main__":
    main()
