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


def test_first_read_record_changes_only_the_passages_it_records(tmp_path, monkeypatch):
    # first_read.json is merged by union: helpers append their sets, so --record must leave every
    # other entry where it stands (it once sorted reader_at and rebuilt formats, rewriting others' lines)
    from benchmarks import first_read

    def figures(stem, ext, folder):
        return {"expected": 1, "found": 1, "matched": 1, "fields": [13, 13], "project": [10, 10], "year": True}
    first = {"passages": {"9": {"pdf": figures("9", "pdf", None)}, "10": {"docx": figures("10", "docx", None)},
                          "8": {"pdf": figures("8", "pdf", None)}},
             "raw": {}, "formats": ["pdf", "docx"],
             "recorded": {"reader_at": {"9": "aaaa", "10": "bbbb", "8": "cccc"}}}
    path = tmp_path / "first_read.json"
    path.write_text(json.dumps(first, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name in ("10.docx", "7.pdf", "7.docx"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(first_read, "read_passage", lambda stem, ext, folder: dict(figures(stem, ext, folder), found=2))
    monkeypatch.setattr(first_read, "reader_commit", lambda: "dddd")
    monkeypatch.setattr(sys, "argv", ["first_read", "--folder", str(tmp_path), "--formats", "pdf", "docx",
                                      "--record", "10", "7"])
    assert first_read.main() == 0
    first["passages"]["10"] = {"docx": dict(figures("10", "docx", None), found=2)}
    first["passages"]["7"] = {"pdf": dict(figures("7", "pdf", None), found=2),
                              "docx": dict(figures("7", "docx", None), found=2)}
    first["recorded"]["reader_at"].update({"10": "dddd", "7": "dddd"})
    assert path.read_text(encoding="utf-8") == json.dumps(first, ensure_ascii=False, indent=1) + "\n"
