"""Whose unit is read, over the inbox of benchmarks/cross_precision.py (221 documents: the seeds,
the restored passages, the raw passages), not a test. A report without its unit's name is not
compared by the copy detector (JX902) and links no (unit, project, year) group (JX901).

    .venv/bin/python -m benchmarks.cross_units [--show]      # --show: the documents without one
"""
from __future__ import annotations

import pickle
import sys
import tempfile
from pathlib import Path

from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.rules.cross import features

from .cross_precision import build

CACHE = Path(tempfile.gettempdir()) / "jixiao-cross-units.pickle"   # the extracted documents


def documents() -> list:
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    with tempfile.TemporaryDirectory() as folder:
        box = Path(folder) / "box"
        build(box)
        docs = []
        for p in sorted(box.rglob("*")):
            if p.is_file():
                try:
                    docs.append((p.relative_to(box).as_posix(), read_document(p, name=p.relative_to(box).as_posix())))
                except Exception as e:  # noqa: BLE001 - what the nightly job reports as failed
                    print("not read:", p.name, type(e).__name__, file=sys.stderr)
    CACHE.write_bytes(pickle.dumps(docs))
    return docs


def main(argv: list[str]) -> None:
    docs = documents()
    without = []
    for name, d in docs:
        recs = normalize_document(d, name=name)
        if not features(recs, d)["unit"]:
            without.append((name, d))
    print(f"{len(docs)} documents, unit read in {len(docs) - len(without)}, not in {len(without)}")
    if "--show" in argv:
        for name, d in without:
            head = " / ".join(b.text.strip()[:60] for b in d.paragraphs()[:4])
            print(f"  {name}: {head}")


if __name__ == "__main__":
    main(sys.argv[1:])
