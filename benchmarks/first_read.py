"""First read of new real passages: what the reader makes of a passage it has never seen, in every
format, before anyone changes the code for it. A report, not a test.

    .venv/bin/python -m benchmarks.first_read                 print the figures now, beside the first read
    .venv/bin/python -m benchmarks.first_read --record ...    (re)record the first read (only on the
                                                              commit the passages were added on)
    .venv/bin/python -m benchmarks.first_read --folder corpus/constructed ...   the same for another
                                                              folder of layouts (its own first_read.json)

corpus/realworld/first_read.json keeps the figures of the first read (per passage and format:
indicator rows expected / found / matched, indicator fields right out of all the expected rows'
fields (13 a row), project fields right out of all the expected projects' (PROJECT_FIELDS: 10 a
project since money_unit is compared, 8 or 9 in the kept first reads), the year right or not)
and, for the raw passages as the web gave them (.txt), how many indicator rows the reader found.
The expected records were written from the documents alone before the first read; the figures are
the honest estimate of how the reader does on the next province's documents. benchmarks/eval.py
prints them beside the current figures.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract import read_document  # noqa: E402
from jixiao.normalize import normalize_document  # noqa: E402
from jixiao.normalize.expected import INDICATOR_FIELDS, PROJECT_FIELDS, compare, load  # noqa: E402
from jixiao.rules import check  # noqa: E402

REALWORLD = ROOT / "corpus" / "realworld"
FIRST_READ = REALWORLD / "first_read.json"
FORMATS = ("html", "docx", "pdf", "xlsx", "xls", "doc", "scan.pdf")
# Containers only some forms come in (corpus/native 160-165; ODF and plain text 232-237; a .csv export 278):
# read where the file exists.
MORE_FORMATS = ("ofd", "htm", "mht", "rtf", "png", "jpg", "odt", "ods", "txt", "csv")


def read_passage(stem: str, ext: str, folder: Path = REALWORLD) -> dict:
    """One passage in one format against its expected records (folder/expected/stem.json), in the
    figures the report keeps."""
    path = folder / f"{stem}.{ext}"
    started = time.perf_counter()
    try:
        recs = normalize_document(read_document(path), name=path.name)
    except Exception as exc:   # a format the reader cannot open is a figure too (nothing read)
        want = load(folder / "expected" / f"{stem}.json")
        return {"expected": len(want["indicators"]), "found": 0, "matched": 0,
                "fields": [0, len(want["indicators"]) * len(INDICATOR_FIELDS)],
                "project": [0, len(want["projects"]) * len(PROJECT_FIELDS)], "year": None,
                "error": f"{type(exc).__name__}: {exc}"[:200]}
    want = load(folder / "expected" / f"{stem}.json")
    cmp = compare(recs, want)
    ind = [v for k, v in cmp.fields.items() if "." not in k]
    proj = [v for k, v in cmp.fields.items() if k.startswith("project.")]
    year = cmp.fields.get("doc.year")
    # Out of what the document holds: a row or project not found counts all its fields as wrong.
    return {"expected": cmp.expected, "found": cmp.found, "matched": cmp.matched,
            "fields": [sum(r for r, _ in ind), cmp.expected * len(INDICATOR_FIELDS)],
            "project": [sum(r for r, _ in proj), len(want["projects"]) * len(PROJECT_FIELDS)],
            "year": None if year is None else bool(year[0]),
            "seconds": round(time.perf_counter() - started, 1),
            "mismatches": cmp.mismatches[:40],
            "names": [p.name for p in recs.projects],   # not a field of the figures: names are compared as read
            # what the rules raise on it: a form with no slips (its record's "flags": []) should raise nothing
            "flags": sorted(f"{f.rule} {f.stated}" for f in check(recs))}


def raw_rows(path: Path) -> int:
    """Indicator rows the reader finds in a passage as the web gave it (flattened text)."""
    return len(normalize_document(read_document(path), name=path.name).indicators)


def totals(per_passage: dict, formats=FORMATS) -> dict:
    """Sums per format over the passages: rows expected / found / matched, fields and project
    fields right / total, years right / compared."""
    out = {}
    for ext in formats:
        t = {"expected": 0, "found": 0, "matched": 0, "fields": [0, 0], "project": [0, 0], "year": [0, 0]}
        for formats_of in per_passage.values():
            f = formats_of.get(ext)
            if f is None:
                continue
            for k in ("expected", "found", "matched"):
                t[k] += f[k]
            for k in ("fields", "project"):
                t[k][0] += f[k][0]
                t[k][1] += f[k][1]
            if f.get("year") is not None:   # (scan_sample's figures keep no year)
                t["year"][0] += f["year"]
                t["year"][1] += 1
        out[ext] = t
    return out


def show(first: dict, now: dict | None = None, raw_now: dict | None = None) -> None:
    """The first read per passage and format, and the current figure beside it where given."""
    def cell(f):
        return f"{f['expected']:>3} {f['found']:>3} {f['matched']:>3}  {f['fields'][0]:>3}/{f['fields'][1]:<3}" \
               f" p{f['project'][0]}/{f['project'][1]} y{'-' if f['year'] is None else int(f['year'])}"
    print("New passages, first read (rows expected / found / matched, indicator fields right/total,"
          " project fields, year)" + (" -> now" if now else "") + ":")
    for stem, formats_of in sorted(first["passages"].items()):
        for ext, f in formats_of.items():
            line = f"  {stem}.{ext:<9} {cell(f)}"
            if now and stem in now and ext in now[stem]:
                line += f"   ->  {cell(now[stem][ext])}"
            print(line)
    print("Totals per format (first read" + (" -> now" if now else "") + "):")
    t_first = totals(first["passages"], first["formats"])
    t_now = totals(now, first["formats"]) if now else None
    for ext in first["formats"]:
        a = t_first[ext]
        line = (f"  {ext:<9} rows {a['expected']}/{a['found']}/{a['matched']}  fields {a['fields'][0]}/{a['fields'][1]}"
                f"  project {a['project'][0]}/{a['project'][1]}  year {a['year'][0]}/{a['year'][1]}")
        if t_now and not any(ext in formats_of for formats_of in now.values()):
            line += "   ->  (not read now: make eval-full)"
        elif t_now:
            b = t_now[ext]
            line += (f"   ->  rows {b['expected']}/{b['found']}/{b['matched']}  fields {b['fields'][0]}/{b['fields'][1]}"
                     f"  project {b['project'][0]}/{b['project'][1]}  year {b['year'][0]}/{b['year'][1]}")
        print(line)
    if first.get("raw"):
        print("Raw passages as text, indicator rows read (first read" + (" -> now" if raw_now else "") + "):")
        print("  " + "  ".join(f"{k[:3]}:{v}" + (f"->{raw_now[k]}" if raw_now and k in raw_now else "")
                               for k, v in sorted(first["raw"].items())))


def read_now(first: dict, formats=None, folder: Path = REALWORLD) -> dict:
    return {stem: {ext: read_passage(stem, ext, folder) for ext in (formats or first["formats"])
                   if (folder / f"{stem}.{ext}").exists()}
            for stem in sorted(first["passages"])}


def raw_now(first: dict) -> dict:
    """Indicator rows the reader finds now in the raw passages whose first read is kept."""
    return {name: raw_rows(REALWORLD / "raw" / name) for name in sorted(first.get("raw", {}))
            if (REALWORLD / "raw" / name).exists()}


def reader_commit() -> str:
    """The commit of the reader's last change (extract/ normalize/ rules/), with "+changes" when the
    working tree differs from it there: then no commit reproduces the read."""
    def git(*args):
        return subprocess.run(["git", *args, "--", "extract", "normalize", "rules"], cwd=ROOT,
                              capture_output=True, text=True).stdout.strip()
    commit = git("log", "-1", "--format=%h")
    return commit + ("+changes" if git("status", "--porcelain") else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--record", nargs="*", metavar="STEM", help="record the first read of these passages")
    ap.add_argument("--raw", default=str(REALWORLD / "raw"), help="folder of the raw passages NNN.txt")
    ap.add_argument("--raw-stems", nargs="*", default=[], help="raw passages to count rows in (first read)")
    ap.add_argument("--formats", nargs="*", default=[*FORMATS, *MORE_FORMATS])
    ap.add_argument("--folder", default=str(REALWORLD), help="folder of the layouts NNN.* and expected/NNN.json")
    args = ap.parse_args()
    folder = Path(args.folder).resolve()
    first_path = folder / "first_read.json"
    first = json.loads(first_path.read_text(encoding="utf-8")) if first_path.exists() else \
        {"passages": {}, "raw": {}, "formats": []}
    if args.record is not None:
        commit = reader_commit()
        for stem in args.record:
            first["passages"][stem] = {ext: read_passage(stem, ext, folder) for ext in args.formats
                                       if (folder / f"{stem}.{ext}").exists()}
            print(stem, {ext: (f["expected"], f["found"], f["matched"]) for ext, f in first["passages"][stem].items()},
                  flush=True)
        for stem in args.raw_stems:
            first["raw"][f"{stem}.txt"] = raw_rows(Path(args.raw) / f"{stem}.txt")
            print(f"{stem}.txt", first["raw"][f"{stem}.txt"], flush=True)
        # Only what is recorded changes: every other entry keeps its place byte for byte (the file is merged
        # by union, helpers appending their sets), a passage recorded again its own, a new one at the end.
        seen = {ext for formats_of in first["passages"].values() for ext in formats_of}
        first["formats"] += [ext for ext in (*FORMATS, *MORE_FORMATS) if ext in seen and ext not in first["formats"]]
        # Each passage keeps the reader it was first read with: sets are recorded at different commits.
        first.setdefault("recorded", {}).setdefault("reader_at", {}).update({stem: commit for stem in args.record})
        first_path.write_text(json.dumps(first, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    show(first, read_now(first, args.formats, folder), raw_now(first))
    return 0


if __name__ == "__main__":
    sys.exit(main())
