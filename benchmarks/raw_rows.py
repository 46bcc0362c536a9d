"""Rows read per raw passage (../shared/realworld/raw/NNN.txt): indicator rows, rows left unread
as ambiguous, projects, as `jixiao extract FILE --records` reads them. Issue 24 part 2.

    .venv/bin/python -m benchmarks.raw_rows [RAW_DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

RAW = Path(__file__).resolve().parent.parent.parent / "shared" / "realworld" / "raw"   # ../shared beside the checkout


def main(raw: Path = RAW) -> None:
    total = 0
    print("| passage | indicator rows | rows unread | projects |")
    print("| --- | --- | --- | --- |")
    for path in sorted(raw.glob("*.txt")):
        recs = normalize_document(read_document(path))
        unread = sum(p.rows_unread for p in recs.projects)
        total += len(recs.indicators)
        print(f"| {path.stem} | {len(recs.indicators)} | {unread} | {len(recs.projects)} |")
    print(f"\n{total} indicator rows read")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else RAW)
