"""Every record, warning and flag the pipeline makes of a set of files, as one JSON line per file: the
proof that a change meant only to be faster reads exactly as before (run before and after, then diff).

    PYTHONPATH=. .venv/bin/python -m benchmarks.records_digest --out /tmp/before.jsonl
    PYTHONPATH=. .venv/bin/python -m benchmarks.records_digest --out /tmp/after.jsonl
    diff /tmp/before.jsonl /tmp/after.jsonl          (nothing: identical output)

The files: corpus/reports, corpus/realworld (its raw passages too; the scans only with --scans, OCR is
slow and normalize is not what reads them), and the .html and .docx of corpus/native (--every N keeps one
native stem in N). Each line holds the records (dataclasses as dicts, in their order), unread_at sorted,
the extract and normalize warnings, and the flags with their ids, so a change of order shows too.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract import ExtractError, read_document  # noqa: E402
from jixiao.normalize import normalize_document  # noqa: E402
from jixiao.rules import check_document  # noqa: E402

CORPUS = ROOT / "corpus"


def files(scans: bool, every: int) -> list[Path]:
    out = sorted(p for p in (CORPUS / "reports").iterdir() if p.is_file())
    rw = CORPUS / "realworld"
    out += sorted(p for p in rw.iterdir() if p.is_file() and p.suffix != ".json"
                  and (scans or not p.name.endswith(".scan.pdf")))
    out += sorted((rw / "raw").glob("*.txt"))
    native = sorted({p.name.split(".")[0] for p in (CORPUS / "native").glob("*.html")}
                    | {p.name.split(".")[0] for p in (CORPUS / "native").glob("*.docx")})
    for stem in native[::every]:
        out += [p for p in (CORPUS / "native" / f"{stem}.html", CORPUS / "native" / f"{stem}.docx") if p.exists()]
    return out


def _plain(x):
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, set):
        return sorted((_plain(v) for v in x), key=repr)
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if x is None or isinstance(x, (bool, int, float, str)):
        return x
    return repr(x)


def digest(path: Path) -> dict:
    try:
        doc = read_document(path)
    except ExtractError as e:
        return {"file": str(path.relative_to(ROOT)), "failed": e.reason}
    recs = normalize_document(doc, name=path.name)
    checked = check_document(recs)
    return {"file": str(path.relative_to(ROOT)), "doc_warnings": list(doc.warnings),
            "records": _plain(recs),
            "flags": [dict(_plain(f), id=f.id, legacy_id=f.legacy_id) for f in checked.flags],
            "check_warnings": list(checked.warnings)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--scans", action="store_true")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--only", help="a substring the file's path must hold")
    a = ap.parse_args()
    paths = [p for p in files(a.scans, a.every) if not a.only or a.only in str(p)]
    started = time.process_time()
    with open(a.out, "w", encoding="utf-8") as out:
        for p in paths:
            out.write(json.dumps(digest(p), ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(paths)} files, {time.process_time() - started:.1f} s CPU", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
