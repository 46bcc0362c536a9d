"""Counts in the checks across documents (JX901), over corpus/reports + corpus/native, not a test.

    .venv/bin/python -m benchmarks.cross_counts      # reads ~400 files without OCR: minutes on 2 cores
                                                     # (once: the reads are kept in a temporary file)
    .venv/bin/python -m benchmarks.cross_counts --figures=FILE    # also every indicator figure's tolerance

Prints the cross-document findings of the folder as it is (its (unit, project, year) groups are the
formats of one report each: copies, never compared), then plants a second report of every report
(one format each) with one indicator figure rewritten and runs JX901 on the pair:

- an unscaled count (1200人次, 1264宗: exact as written) one more (1201人次): a slip, to be said;
- a count written to the 万 (3万人, 126万条) at two places within it (3.04万人): no slip.

docs/accuracy.md "Checks across documents" has the figures before and after cross.py took its
exactness from normalize's Quantity.exact_count.
"""
from __future__ import annotations

import collections
import copy
import hashlib
import pickle
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from jixiao.extract import ocr_reader, read_document
from jixiao.normalize import normalize_document
from jixiao.normalize.quantity import parse
from jixiao.normalize.records import Figure
from jixiao.rules import cross

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("corpus/reports", "corpus/native")


def _read() -> list[tuple]:
    """(name, document, records) of every file, kept in a temporary file for the reading code of now
    (the extract and normalize sources): a second run, or one with another rules/cross.py, reads none."""
    h = hashlib.sha1()
    for package in ("extract", "normalize"):
        for p in sorted((ROOT / package).rglob("*.py")):
            h.update(p.read_bytes())
    cache = Path(tempfile.gettempdir()) / f"jixiao-cross-counts-{h.hexdigest()[:12]}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    ocr_reader.ENABLED = False
    out = []
    for folder in FOLDERS:
        for p in sorted((ROOT / folder).iterdir()):
            name = folder.split("/")[-1] + "/" + p.name
            try:
                d = read_document(p, name=name)
            except Exception:  # noqa: BLE001 - not a report (make.py, expected/): the nightly job skips it too
                continue
            out.append((name, d, normalize_document(d, name=name)))
    cache.write_bytes(pickle.dumps(out))
    return out


def documents() -> list[cross.Doc]:
    return [cross.Doc(name, d.sha256, cross.features(recs, d)) for name, d, recs in _read()]


def planted(docs: list[cross.Doc]) -> collections.Counter:
    """(kind, said or silent) for each planted rewrite of a count."""
    out = collections.Counter()
    seen = set()
    for d in docs:
        stem = d.doc.rsplit(".", 1)[0].replace(".scan", "")
        if stem in seen:
            continue   # one format of each report
        seen.add(stem)
        for pi, p in enumerate(d.feats["projects"]):
            for ii, i in enumerate(p["indicators"]):
                for k in ("target", "actual"):
                    raw = _rewritten(i.get(k))
                    if raw is None:
                        continue
                    other = copy.deepcopy(d.feats)
                    other["projects"][pi]["indicators"][ii][k] = cross._fig(Figure(parse(raw), None))
                    pair = [cross.Doc(d.doc, d.sha256, copy.deepcopy(d.feats)), cross.Doc("planted/" + d.doc, "", other)]
                    said = any(raw in f.message for f in cross.same_project(
                        [(x, x.feats["projects"][pi]) for x in pair]))
                    kind = "an unscaled count one more (a slip)" if parse(raw).scale == 1 else \
                        "a count written to the 万 at two places within it (no slip)"
                    out[kind, "said" if said else "silent"] += 1
    return out


def _rewritten(f: dict | None) -> str | None:
    """The planted figure for a count, or None for any other figure."""
    if not f:
        return None
    q = parse(f["raw"])
    if not q.numeric or q.value is None or q.op not in ("=", ">=", "<=", ">", "<") or not q.unit:
        return None
    if q.scale == 1 and q.exact_count and q.value == q.value.to_integral():
        raw = f"{int(q.value) + 1}{q.unit}"
    elif q.scale == 10000 and not q.places and parse(f"1{q.unit}").exact_count:
        raw = f"{q.value / q.scale + Decimal('0.04'):.2f}万{q.unit}"
    else:
        return None
    return raw if parse(raw).unit == q.unit else None


def main(argv: list[str]) -> None:
    docs = documents()
    if argv and argv[0].startswith("--figures="):
        # every indicator figure and its tolerance, a line each: two runs' files diff to the figures whose
        # exactness changed
        with open(argv[0].split("=", 1)[1], "w", encoding="utf-8") as out:
            for d in docs:
                for p in d.feats["projects"]:
                    for i in p["indicators"]:
                        for k in ("target", "actual"):
                            if i.get(k):
                                out.write(f"{d.doc}\t{' '.join(i['name'].split())}\t{k}\t{i[k]['raw']}\t{i[k]['tol']}\n")
    found = cross.cross_check([cross.Doc(d.doc, d.sha256, copy.deepcopy(d.feats)) for d in docs])
    rows = [r for doc_rows in cross.flag_rows(found).values() for r in doc_rows]
    print(f"{len(docs)} documents; cross-document flags:", dict(collections.Counter(r["rule"] for r in rows)) or 0)
    # each format of a report its own report (copies not joined): what reading differences JX901 would see
    real_copies = cross.copies
    cross.copies = lambda a, b: a.doc == b.doc
    try:
        found = cross.cross_check([cross.Doc(d.doc, d.sha256, copy.deepcopy(d.feats)) for d in docs], {"JX901"})
        print("JX901 flags with every format compared as a report of its own:",
              sum(len(r) for r in cross.flag_rows(found).values()))
        for (kind, what), n in sorted(planted(docs).items()):
            print(f"planted, {kind}: {what} {n}")
    finally:
        cross.copies = real_copies


if __name__ == "__main__":
    main(sys.argv[1:])
