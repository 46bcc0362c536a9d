"""The records of every corpus scan, as JSON: the check that a change to OCR's speed changed no reading.

Every *.scan.pdf git tracks is read (extract) and normalized; per file the records frames
(projects, indicators, lists, figures: every column, raw text and location included), the
unread rows, the warnings, and a digest of the whole extracted document (every cell's text,
confidence and box) are written. Run it before and after a change and compare:

    python -m benchmarks.scan_records --out /tmp/before.json
    python -m benchmarks.scan_records --out /tmp/after.json --against /tmp/before.json [--cells]

--against exits 1 and names the files whose records differ (and, separately, those whose
extracted document differs while the records are the same).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from benchmarks.scan_speed import ROOT, corpus_scans


def records_of(path: Path) -> dict:
    from jixiao.extract import read_document
    from jixiao.normalize import normalize_document, records_frames

    doc = read_document(path)
    recs = normalize_document(doc)
    frames = records_frames([recs])
    document = json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True, default=str)
    return {
        "records": {name: df.astype(str).to_dict(orient="records") for name, df in sorted(frames.items())},
        "unread_rows": recs.unread_rows,
        "warnings": list(doc.warnings) + list(recs.warnings),
        "document_sha256": hashlib.sha256(document.encode()).hexdigest(),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--against", default=None, help="an earlier --out to compare with")
    ap.add_argument("--cells", action="store_true", help="with extract.ocr_reader.CELLS on (one-line cells read directly)")
    args = ap.parse_args(argv)
    from jixiao.extract import ocr_reader
    ocr_reader.CELLS = args.cells
    result = {}
    for f in corpus_scans():
        name = str(f.relative_to(ROOT))
        result[name] = records_of(f)
        print(name, file=sys.stderr, flush=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    if not args.against:
        return 0
    before = json.loads(Path(args.against).read_text())
    changed = [n for n in sorted(set(before) | set(result))
               if {k: v for k, v in before.get(n, {}).items() if k != "document_sha256"}
               != {k: v for k, v in result.get(n, {}).items() if k != "document_sha256"}]
    moved = [n for n in sorted(set(before) & set(result)) if n not in changed
             and before[n]["document_sha256"] != result[n]["document_sha256"]]
    print(f"{len(result)} scans: records changed in {len(changed)}, extracted document changed "
          f"(same records) in {len(moved)}")
    for n in changed:
        print("  records changed:", n)
    for n in moved:
        print("  document changed:", n)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
