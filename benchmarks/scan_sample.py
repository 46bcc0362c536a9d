"""A fixed sample of corpus/native scans against their expected records: the scan measure the text
measure leaves out (a scan regression once went unseen for a session, 940).

The sample is fixed by a rule, not by a list of files chosen after reading them: the first stem of
each scans-as-they-come round (ROUNDS, the sets whose scans were made as offices make them) that has
a .scan.pdf, plus the scans later fixes were written for (MORE). Each is read with
benchmarks.first_read.read_passage (OCR, normalize, compare), so its figures are first_read's:
rows expected / found / matched, indicator fields right / total, project fields right / total.

    .venv/bin/python -m benchmarks.scan_sample [--json OUT] [--against BASE] [--only STEM ...]

--against exits 1 and names the files whose rows matched, fields or project fields fell below BASE's.
A whole run is ~19 scans of OCR (minutes on a free machine, half an hour on a loaded one): run it
with nice, one at a time.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.first_read import read_passage, totals

FOLDER = Path(__file__).resolve().parent.parent / "corpus" / "native"
EXT = "scan.pdf"
# The scans-as-they-come rounds (first and last stem); a round is sampled by its first scan.
ROUNDS = ((316, 321), (364, 369), (400, 405), (442, 447), (478, 483), (550, 555), (598, 603), (640, 645),
          (700, 705), (730, 735), (790, 795), (904, 909), (940, 945))
# Scans later fixes were written for (fixscan rounds): kept in the sample so their gains stay measured.
MORE = (920, 924, 953, 957, 993, 999)
FIGURES = ("expected", "found", "matched", "fields", "project")


def stem(n: int) -> str:
    return f"{n:03d}"


def sample(folder: Path = FOLDER) -> list[str]:
    """The sample's stems, by the rule above: each round's first stem with a scan, then MORE."""
    out = []
    for first, last in ROUNDS:
        out += [s for s in map(stem, range(first, last + 1)) if (folder / f"{s}.{EXT}").exists()][:1]
    return out + [s for s in map(stem, MORE) if (folder / f"{s}.{EXT}").exists()]


def figures(r: dict) -> dict:
    return {k: r[k] for k in FIGURES if k in r} | ({"error": r["error"]} if r.get("error") else {})


def line(name: str, f: dict) -> str:
    return (f"{name:<14} rows {f['expected']}/{f['found']}/{f['matched']}  fields {f['fields'][0]}/{f['fields'][1]}"
            f"  project {f['project'][0]}/{f['project'][1]}" + (f"  ERROR {f['error']}" if f.get("error") else ""))


def total(per_file: dict) -> dict:
    """The sample's sums, as first_read sums a format's passages."""
    return totals({name: {EXT: f} for name, f in per_file.items()}, (EXT,))[EXT]


def worse(base: dict, now: dict) -> list[str]:
    """Files whose rows matched, fields right or project fields right fell (a file missing counts)."""
    out = []
    for name, b in sorted(base.items()):
        n = now.get(name)
        if n is None:
            out.append(f"{name}: not read")
            continue
        fell = [k for k in ("matched", "fields", "project")
                if (n[k][0] if isinstance(n[k], list) else n[k]) < (b[k][0] if isinstance(b[k], list) else b[k])]
        if fell:
            out.append(f"{name}: {', '.join(fell)} fell ({line('', b).strip()} -> {line('', n).strip()})")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", default=None, help="write the per-file figures here")
    ap.add_argument("--against", default=None, help="an earlier --json to compare with (exit 1 if a file got worse)")
    ap.add_argument("--only", nargs="*", default=None, help="these stems of the sample only")
    args = ap.parse_args(argv)
    per_file = {}
    for s in sample():
        if args.only and s not in args.only:
            continue
        per_file[f"{s}.{EXT}"] = figures(read_passage(s, EXT, FOLDER))
        print(line(f"{s}.{EXT}", per_file[f"{s}.{EXT}"]), flush=True)
    print(line(f"total ({len(per_file)})", total(per_file)))
    if args.json:
        Path(args.json).write_text(json.dumps(per_file, indent=1, sort_keys=True) + "\n")
    if not args.against:
        return 0
    base = json.loads(Path(args.against).read_text())
    base = {k: v for k, v in base.items() if k in per_file} if args.only else base
    print(line(f"base ({len(base)})", total(base)))
    fell = worse(base, per_file)
    for w in fell:
        print("  WORSE", w)
    return 1 if fell else 0


if __name__ == "__main__":
    sys.exit(main())
