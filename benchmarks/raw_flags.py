"""Flags and prose figures on the development passages as `jixiao check` makes them: the 70 raw
passages (corpus/realworld/raw/*.txt) and every restored layout (corpus/realworld/*.html). A
report, not a test: the false-flag measures of docs/accuracy.md are read by hand from it.

    .venv/bin/python -m benchmarks.raw_flags --json out/raw_flags.json            (about 10 s)
    .venv/bin/python -m benchmarks.raw_flags --json after.json --against before.json

With --against (the JSON of an earlier run, say on main) it prints the flags added and lost and
the prose figures added, lost and changed (same sentence and value, read otherwise), so a change
to the reading can show that it adds no false flag and loses no true one.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract import read_document  # noqa: E402
from jixiao.normalize import normalize_document  # noqa: E402
from jixiao.rules import check  # noqa: E402

from benchmarks import write_json  # noqa: E402

REALWORLD = ROOT / "corpus" / "realworld"


def measure() -> dict:
    out: dict = {"flags": [], "figures": []}
    for path in sorted((REALWORLD / "raw").glob("*.txt")) + sorted(REALWORLD.glob("*.html")):
        recs = normalize_document(read_document(path))
        name = path.relative_to(REALWORLD).as_posix()
        out["flags"] += [[name, f.rule, f.stated, f.expected, f.message] for f in check(recs)]
        out["figures"] += [[name, f.loc.block, f.sentence, f.q.raw, f.subject, f.q.unit, str(f.q.value), f.role,
                            f.indicator] for f in recs.prose]
    return out


def compare(before: dict, after: dict) -> None:
    old, new = {tuple(f) for f in before["flags"]}, {tuple(f) for f in after["flags"]}
    print(f"flags {len(before['flags'])} → {len(after['flags'])}")
    for sign, flags in (("-", old - new), ("+", new - old)):
        for f in sorted(flags):
            print(f"  {sign} {f[0]} {f[1]} {f[4]}")
    # a figure is the same figure where its sentence and value are: then what changed is its reading
    by = (defaultdict(list), defaultdict(list))
    for side, figures in zip(by, (before["figures"], after["figures"])):
        for f in figures:
            side[(f[0], f[1], f[2], f[6])].append(tuple(f))
    counts = {"added": 0, "lost": 0, "changed": 0}
    for key in sorted(set(by[0]) | set(by[1])):
        a, b = sorted(by[0].get(key, [])), sorted(by[1].get(key, []))
        if a == b:
            continue
        if len(a) == len(b):
            for x, y in zip(a, b):
                if x != y:
                    counts["changed"] += 1
                    print(f"  ~ {x[0]} {x[3]!r} {x[5]} {x[7]} {x[8]!r} → {y[3]!r} {y[5]} {y[7]} {y[8]!r}")
            continue
        # as multisets: a sentence may state the same figure twice (105.04万元 … ,105.04万元将于…)
        for x in sorted((Counter(a) - Counter(b)).elements()):
            counts["lost"] += 1
            print(f"  - {x[0]} {x[3]!r} ({x[5]})  {x[2][:50]}")
        for y in sorted((Counter(b) - Counter(a)).elements()):
            counts["added"] += 1
            print(f"  + {y[0]} {y[3]!r} ({y[5]})  {y[2][:50]}")
    print(f"figures {len(before['figures'])} → {len(after['figures'])}: " +
          ", ".join(f"{k} {v}" for k, v in counts.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="write the flags and figures here")
    ap.add_argument("--against", help="an earlier run's JSON to compare with")
    args = ap.parse_args()
    report = measure()
    if args.json:
        write_json(report, args.json)
    if args.against:
        compare(json.loads(Path(args.against).read_text(encoding="utf-8")), report)
    else:
        print(f"flags {len(report['flags'])}, prose figures {len(report['figures'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
