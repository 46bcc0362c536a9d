"""Rows read per raw passage (../shared/realworld/raw/NNN.txt): indicator rows, rows left unread
as ambiguous, projects, as `jixiao extract FILE --records` reads them. Issue 24 part 2.

Then the precision and recall of those rows against the restored twins: a raw passage whose
table structure was restored by hand (corpus/realworld/NNN.html) has expected records written
from the document (corpus/realworld/expected/NNN.json). A row found matches an expected one by
its indicator name (normalize.expected.compare, as tests/test_realworld.py matches); found rows
that match none are wrong. Given over every twin, and over the 18 twins whose text the rebuild
read in the first measure (docs/accuracy.md), so the figures compare with that one.

    .venv/bin/python -m benchmarks.raw_rows [RAW_DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path

from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.normalize.expected import compare, load

TOP = Path(__file__).resolve().parent.parent
RAW = TOP.parent / "shared" / "realworld" / "raw"   # ../shared beside the checkout
EXPECTED = TOP / "corpus" / "realworld" / "expected"
# The twins of the first measure (afbd537): the passages written a cell per line or as pipe rows.
FIRST_18 = ("001 006 008 010 012 014 018 024 025 032 041 051 052 054 057 060 068 069").split()


def twins(raw: Path = RAW) -> dict[str, tuple[int, int, int, list[str]]]:
    """passage -> (expected, found, matched, the names of the rows found that match none)."""
    out = {}
    for exp in sorted(EXPECTED.glob("*.json")):
        path = raw / f"{exp.stem}.txt"
        if not path.exists():
            continue
        cmp = compare(normalize_document(read_document(path)), load(exp))
        wrong = [m.split("：", 1)[1] for m in cmp.mismatches if m.startswith("多出的指标行")]
        out[exp.stem] = (cmp.expected, cmp.found, cmp.matched, wrong)
    return out


def _line(label: str, rows) -> str:
    e, f, m = (sum(r[n] for r in rows) for n in range(3))
    p = f"{m / f:.2f}" if f else "-"
    return f"{label}: {e} expected, {f} found, {m} matched: precision {p}, recall {m / e:.2f}" if e else label


def main(raw: Path = RAW) -> None:
    total = 0
    print("| passage | indicator rows | rows unread | projects |")
    print("| --- | --- | --- | --- |")
    for path in sorted(raw.glob("*.txt")):
        recs = normalize_document(read_document(path))
        unread = recs.unread_rows     # the document's count: a flattened table may open no project (059)
        total += len(recs.indicators)
        print(f"| {path.stem} | {len(recs.indicators)} | {unread} | {len(recs.projects)} |")
    print(f"\n{total} indicator rows read\n")
    got = twins(raw)
    print("| twin | expected | found | matched | found, matching none |")
    print("| --- | ---: | ---: | ---: | --- |")
    for stem, (e, f, m, wrong) in got.items():
        print(f"| {stem} | {e} | {f} | {m} | {'; '.join(wrong)} |")
    print()
    print(_line(f"all {len(got)} twins", got.values()))
    print(_line("the first measure's 18 twins", [got[s] for s in FIRST_18 if s in got]))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else RAW)
