"""Indicator rows read and rows left unread, per file: a measure that needs no expected records.

    .venv/bin/python -m benchmarks.unread ../shared/realworld/raw/0{41..70}.txt corpus/realworld/*.html

Prints one line per file (indicator records, unread_rows) and the totals; with -v, the warning
that names each unread row. `unread_rows` counts table rows that look like indicator rows (a name
and a figure, in an indicator table or among three or more such rows) that gave no record.
"""
from __future__ import annotations

import sys
from pathlib import Path

from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if a != "-v"]
    read = unread = 0
    for path in paths:
        try:
            recs = normalize_document(read_document(path), name=path.name)
        except Exception as e:  # a measurement: report and go on
            print(f"{path}\terror\t{type(e).__name__}: {e}")
            continue
        read += len(recs.indicators)
        unread += recs.unread_rows
        print(f"{path}\t{len(recs.indicators)}\t{recs.unread_rows}")
        if verbose:
            for w in recs.warnings:
                if "像指标行" in w or "未读取" in w:
                    print(f"    {w}")
    print(f"total\t{read}\t{unread}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
