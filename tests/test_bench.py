"""The benchmarks run small, as a newcomer first tries them: they finish and say what they measured.
Nothing here times anything (the figures are the benchmarks' business, not a test's)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_desk_bench_flags_small(tmp_path):
    # Under 997 flags no flag had an id divisible by 997 (nothing to decide on), and under 1,009
    # documents none a rowid divisible by 1009 (a median of no publish times).
    out = tmp_path / "desk-flags.json"
    run = bench("benchmarks.desk_bench", "--flags", "30", "--repeat", "1", "--json", str(out))
    assert run.returncode == 0, run.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["30"]
    assert figures["flags"] == 30
    assert figures["decision_sample"] > 0 and figures["publish_files"] > 0
    assert isinstance(figures["decision_ms"], float) and isinstance(figures["publish_one_file_ms"], float)


def test_cross_bench_state_dir_missing(tmp_path):
    folder = tmp_path / "not" / "made"
    run = bench("benchmarks.cross_bench", "--state", "300", f"--dir={folder}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert (folder / "state-300.sqlite").is_file()   # kept there for a later run
    assert "'planted_found': 1" in run.stdout
