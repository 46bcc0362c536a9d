"""The checks across documents on the corpus and the development set (docs/accuracy.md), not a test.

    .venv/bin/python -m benchmarks.cross_precision [WORKDIR]     # about 3 minutes on 2 cores

Builds one inbox: the seeds (corpus/reports: .txt, .docx, .pdf), the restored passages
(corpus/realworld: .html, .docx, .pdf, .xlsx), the 40 passages as text (corpus/realworld/raw), and
a planted copy of every report whose unit is named (its .txt or .html with the unit's name
replaced by another's, as a copying unit would). Runs the nightly job on it without OCR and prints
every cross-document flag. A JX902 pair is true when it joins a planted copy and its source (in
any format, or the same passage as restored and as raw text); every other pair, and every JX901/903/904 flag (the inbox holds no two reports of
one project, nor consecutive years), is false until judged otherwise by reading it.
"""
from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import sys
from pathlib import Path

from jixiao.nightly import run_inbox

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "corpus" / "realworld"


def build(box: Path) -> None:
    """The inbox without planted copies."""
    (box / "seeds").mkdir(parents=True)
    (box / "dev").mkdir()
    (box / "raw").mkdir()
    for p in sorted((ROOT / "corpus" / "reports").iterdir()):
        if p.suffix in (".txt", ".docx", ".pdf"):
            shutil.copy(p, box / "seeds" / p.name)
    for p in sorted(REAL.iterdir()):
        if p.suffix in (".html", ".docx", ".xlsx") or (p.suffix == ".pdf" and not p.name.endswith(".scan.pdf")):
            shutil.copy(p, box / "dev" / p.name)
    for p in sorted((REAL / "raw").glob("*.txt")):
        shutil.copy(p, box / "raw" / p.name)


def plant(box: Path, units: dict[str, str]) -> dict[str, str]:
    """A copy of each named unit's report (one format each) with the unit's name replaced."""
    planted, seen = {}, set()
    (box / "copies").mkdir()
    for doc, unit in sorted(units.items()):
        if not unit or unit in seen or not doc.endswith((".txt", ".html")):
            continue
        seen.add(unit)
        text = (box / doc).read_text(encoding="utf-8")
        name = "copies/" + doc.replace("/", "_")
        (box / name).write_text(text.replace(unit, "仿" + unit[1:]), encoding="utf-8")
        planted[name] = doc.rsplit(".", 1)[0]
    return planted


def _passage(doc: str) -> str:
    return doc.rsplit("/", 1)[-1].split(".", 1)[0]


def flags(out: Path) -> list[dict]:
    return [r for r in csv.DictReader(io.StringIO((out / "flags.csv").read_bytes().decode("utf-8-sig")))
            if r["rule"].startswith("JX9")]


def main(argv: list[str]) -> None:
    work = Path(argv[0] if argv else "out/cross-precision").resolve()
    shutil.rmtree(work, ignore_errors=True)
    box, out = work / "box", work / "out"
    build(box)
    s = run_inbox(box, out, ocr=False)
    print("without planted copies:", s.line().split("。")[0], "; cross-document flags:", len(flags(out)))
    for f in flags(out):
        print("  ", f["rule"], f["doc"], "|", f["message"][:160], "|", f["related"][:100])
    db = sqlite3.connect(out / "state.sqlite")
    units = dict(db.execute("SELECT doc, json_extract(result, '$.cross.unit') FROM files"))
    db.close()
    planted = plant(box, units)
    s = run_inbox(box, out, ocr=False)
    print(f"with {len(planted)} planted copies:", s.line().split("。")[0], f"; cross stage {s.stage_seconds.get('cross', 0):.1f} s")
    pairs, judged = set(), {"true": 0, "false": 0}
    for f in flags(out):
        others = [r.split("：")[0].split(" ")[0] for r in f["related"].split("；")]
        for other in others:
            pair = tuple(sorted((f["doc"], other)))
            if pair in pairs:
                continue
            pairs.add(pair)
            a, b = pair
            source = planted.get(a) or planted.get(b)
            other_side = b if a in planted else a
            # dev/NNN and raw/NNN are one passage (restored, and as the web gave it)
            true = f["rule"] == "JX902" and source is not None and _passage(other_side) == _passage(source)
            judged["true" if true else "false"] += 1
            print("  ", "TRUE " if true else "FALSE", f["rule"], a, "|", b, "|", f["message"][:140])
    found = {p for pair in pairs for p in pair if p in planted}
    print(f"pairs reported {len(pairs)}: true {judged['true']}, false {judged['false']}; "
          f"planted copies found {len(found)} / {len(planted)}; not found: {sorted(set(planted) - found)}")


if __name__ == "__main__":
    main(sys.argv[1:])
