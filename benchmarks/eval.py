"""Accuracy report: the corpus against its expected records and flags. A report, not a test.

    .venv/bin/python -m benchmarks.eval [--json out/eval.json]      (or: make eval)

Prints, per document and format, indicator rows expected / found / matched and per-field
accuracy; flag precision and recall per rule on the seeds and on the development set; the
mutation catch rate (seeds in .txt, .docx, .pdf, .xlsx and .html, restored passages in four formats) and the false
flags of changes that must change nothing. Writes the same as JSON.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import read_document  # noqa: E402
from normalize import normalize_document  # noqa: E402
from normalize.expected import INDICATOR_FIELDS, PROJECT_FIELDS, compare, load  # noqa: E402
from rules import check  # noqa: E402

REPORTS = ROOT / "corpus" / "reports"
EXPECTED = ROOT / "corpus" / "expected"
RENDERED = ROOT / "corpus" / "formats"
REALWORLD = ROOT / "corpus" / "realworld"
FORMATS = ("txt", "docx", "pdf")
RENDERINGS = ("xlsx", "xls", "html", "mht", "ofd", "doc", "pipe.txt", "aligned.txt", "indented.txt")
REALWORLD_FORMATS = ("html", "docx", "pdf", "xlsx")


def _sources(stems: list[str]):
    """(label, path, expected file, flags key or None) for every document the report covers."""
    for stem in stems:
        for ext in FORMATS:
            yield stem, ext, REPORTS / f"{stem}.{ext}", EXPECTED / f"{stem[:3]}.json", stem
        for ext in RENDERINGS:
            if (RENDERED / f"{stem}.{ext}").exists():
                yield stem, ext, RENDERED / f"{stem}.{ext}", EXPECTED / f"{stem[:3]}.json", stem
    for layout in sorted(REALWORLD.glob("*.html")):
        for ext in REALWORLD_FORMATS:
            yield f"realworld/{layout.stem}", ext, REALWORLD / f"{layout.stem}.{ext}", \
                REALWORLD / "expected" / f"{layout.stem}.json", None


def evaluate() -> dict:
    stems = sorted(p.stem for p in REPORTS.glob("*.txt"))
    expected_flags = json.loads((EXPECTED / "flags.json").read_text(encoding="utf-8"))
    docs, field_totals = [], defaultdict(lambda: [0, 0])
    per_rule = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for stem, ext, path, expected, flags_key in _sources(stems):
        recs = normalize_document(read_document(path), name=f"{stem}.{ext}")
        cmp = compare(recs, load(expected))
        for name, (right, total) in cmp.fields.items():
            field_totals[name][0] += right
            field_totals[name][1] += total
        if flags_key is not None:
            got = {(f.rule, f.stated, f.expected) for f in check(recs)}
            want = {(f["rule"], f["stated"], f["expected"]) for f in expected_flags[flags_key]}
            for rule, *_ in got & want:
                per_rule[rule]["tp"] += 1
            for rule, *_ in got - want:
                per_rule[rule]["fp"] += 1
            for rule, *_ in want - got:
                per_rule[rule]["fn"] += 1
        docs.append({"doc": stem, "format": ext, "expected": cmp.expected, "found": cmp.found,
                     "matched": cmp.matched, "fields": cmp.fields, "mismatches": cmp.mismatches})
    rules = {}
    for rule, c in sorted(per_rule.items()):
        rules[rule] = {**c, "precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None,
                       "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None}
    from tests import mutations
    mutated = [REPORTS / f"{stem}.{ext}" for stem in stems for ext in ("txt", "docx", "pdf")] + \
        [RENDERED / f"{stem}.{ext}" for stem in stems for ext in ("xlsx", "html")] + \
        [REALWORLD / f"{layout.stem}.{ext}" for layout in sorted(REALWORLD.glob("*.html")) for ext in REALWORLD_FORMATS]
    # The other formats of the corpus get the mutations too (the must-not-change rewrites above
    # already cover each kind of rewrite on five seed and four passage formats).
    mutated_only = [RENDERED / f"{stem}.{ext}" for stem in stems
                    for ext in ("xls", "mht", "ofd", "doc", "pipe.txt", "aligned.txt", "indented.txt")] + \
        [REALWORLD / f"{layout.stem}.{ext}" for layout in sorted(REALWORLD.glob("*.html")) for ext in ("xls", "doc")]
    muts, neutral, by_format = [], [], defaultdict(lambda: [0, 0])
    for path in mutated + [p for p in mutated_only if p.exists()]:
        made = mutations.run(read_document(path)) + mutations.run_prose(read_document(path))
        muts += made
        fmt = path.name.split(".", 1)[1]
        by_format[fmt][0] += sum(m.caught for m in made)
        by_format[fmt][1] += len(made)
        if path in mutated:
            neutral += mutations.neutral(read_document(path))
    return {
        "development_flags": _development_flags(),
        "documents": docs,
        "fields": {k: {"right": v[0], "total": v[1], "accuracy": v[0] / v[1] if v[1] else None}
                   for k, v in field_totals.items()},
        "rules": rules,
        "must_not_change": {"made": len(neutral), "false_flags": sum(m.caught for m in neutral),
                            "by_kind": {k: [sum(m.caught for m in neutral if m.what == k),
                                            sum(1 for m in neutral if m.what == k)]
                                        for k in sorted({m.what for m in neutral})}},
        "mutations": {"made": len(muts), "caught": sum(m.caught for m in muts), "by_format": dict(sorted(by_format.items())),
                      "by_kind": {k: [sum(m.caught for m in muts if m.what == k), sum(1 for m in muts if m.what == k)]
                                  for k in sorted({m.what for m in muts})}},
        "note": "expected records: gold (shared/gold) for seeds 000-002; hand-checked jixiao output for 003 and 004",
    }


def _development_flags() -> dict:
    """Findings on the development set against those judged by hand: the restored passages in
    every format (expected/NNN.json "flags") and the 40 passages as text (raw/flags.json)."""
    per_rule = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})

    def tally(got: set, want: set) -> None:
        for rule, _ in got & want:
            per_rule[rule]["tp"] += 1
        for rule, _ in got - want:
            per_rule[rule]["fp"] += 1
        for rule, _ in want - got:
            per_rule[rule]["fn"] += 1
    for layout in sorted(REALWORLD.glob("*.html")):
        want = {(f["rule"], f["stated"]) for f in load(REALWORLD / "expected" / f"{layout.stem}.json")["flags"]}
        for ext in REALWORLD_FORMATS:
            path = REALWORLD / f"{layout.stem}.{ext}"
            tally({(f.rule, f.stated) for f in check(normalize_document(read_document(path)))}, want)
    judged = json.loads((REALWORLD / "raw" / "flags.json").read_text(encoding="utf-8"))["passages"]
    for path in sorted((REALWORLD / "raw").glob("*.txt")):
        want = {(r, s) for r, s, _ in judged.get(path.name, {}).get("true", [])}
        tally({(f.rule, f.stated) for f in check(normalize_document(read_document(path)))}, want)
    return {rule: {**c, "precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None,
                   "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None}
            for rule, c in sorted(per_rule.items())}


def _rule_lines(rules: dict) -> None:
    for rule, c in rules.items():
        p = "-" if c["precision"] is None else f"{c['precision']:.0%}"
        r = "-" if c["recall"] is None else f"{c['recall']:.0%}"
        print(f"  {rule}  {c['tp']:>3} {c['fp']:>3} {c['fn']:>3}   precision {p:>5}  recall {r:>5}")


def show(report: dict) -> None:
    print("Indicator rows per document and format (expected / found / matched):")
    for d in report["documents"]:
        bad = [k for k, (r, t) in d["fields"].items() if r != t]
        print(f"  {d['doc']}.{d['format']:<13} {d['expected']:>4} {d['found']:>4} {d['matched']:>4}"
              + (f"   fields off: {', '.join(bad)}" if bad else ""))
    print("\nPer-field accuracy (all documents and formats):")
    for name in INDICATOR_FIELDS + ["project." + p for p in PROJECT_FIELDS] + ["doc.year"]:
        f = report["fields"].get(name)
        if f:
            print(f"  {name:<28} {f['right']:>5}/{f['total']:<5} {f['accuracy']:.1%}")
    print("\nFlags per rule against corpus/expected/flags.json (tp / fp / fn, precision, recall):")
    _rule_lines(report["rules"])
    print("\nDevelopment set: restored passages in html/docx/pdf/xlsx and the 40 passages as text, against the"
          " findings judged by hand (tp / fp / fn):")
    _rule_lines(report["development_flags"])
    m = report["mutations"]
    print(f"\nMutations caught: {m['caught']}/{m['made']} "
          + "  ".join(f"{k} {c}/{t}" for k, (c, t) in m["by_kind"].items()))
    print("  by format: " + "  ".join(f"{k} {c}/{t}" for k, (c, t) in m["by_format"].items()))
    n = report["must_not_change"]
    print(f"Changes that must change nothing: {n['made']} made, {n['false_flags']} false flags "
          + "  ".join(f"{k} {c}/{t}" for k, (c, t) in n["by_kind"].items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", default=str(ROOT / "out" / "eval.json"), help="where to write the JSON report")
    ap.add_argument("--degraded", metavar="DIR", help="also read sample reports as clean and degraded scans "
                    "(corpus/degrade.py: seal, skew, noise, blur, JPEG 45; about 50 OCR pages), PDFs kept in DIR")
    args = ap.parse_args()
    report = evaluate()
    if args.degraded:
        from corpus.degrade import measure
        report["degraded_scans"] = measure(Path(args.degraded))
    show(report)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nJSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
