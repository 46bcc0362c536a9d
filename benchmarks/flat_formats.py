"""The raw passages (../shared/realworld/raw/NNN.txt, web pages flattened to text) saved as Word
and printed to PDF by LibreOffice, read as the .txt is: rows read and left unread per format, and
the rows a copy reads that the .txt does not (WRONG: a field read otherwise than from the .txt).
A passage whose .docx or .pdf reads fewer rows than its .txt lost them in the document model
(issue 21: text tables that arrive as a Word document's paragraphs or a PDF's lines).

    .venv/bin/python -m benchmarks.flat_formats [RAW_DIR] [--keep DIR]

The conversions are made once into DIR (default a temporary folder). Without LibreOffice the
benchmark says so and stops.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from jixiao.extract import convert, read_document
from jixiao.normalize import normalize_document

from .raw_rows import RAW

TARGETS = (("docx", 'docx:MS Word 2007 XML'), ("pdf", "pdf"))


def converted(raw: Path, out: Path) -> None:
    """Each passage as .docx and .pdf in `out` (those already there are kept)."""
    exe = convert.soffice()
    if not exe:
        sys.exit("LibreOffice (soffice) is not installed: the passages cannot be saved as .docx and .pdf")
    for ext, target in TARGETS:
        todo = [str(p) for p in sorted(raw.glob("*.txt")) if not (out / f"{p.stem}.{ext}").exists()]
        if todo:
            subprocess.run([exe, f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
                            "--convert-to", target, "--outdir", str(out), *todo],
                           check=True, capture_output=True, timeout=1800)


def rows(path: Path) -> tuple[int, int, list[tuple]]:
    """(indicator rows read, rows left unread, each row's fields) as `jixiao extract FILE --records`
    reads them."""
    recs = normalize_document(read_document(path))
    return len(recs.indicators), recs.unread_rows, [_fields(i) for i in recs.indicators]


def _fields(i) -> tuple:
    return (i.level1, i.level2, i.level3, *(q.raw if q is not None else None
                                              for q in (i.target, i.actual, i.weight, i.score)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw", nargs="?", type=Path, default=RAW)
    ap.add_argument("--keep", type=Path, help="folder for the conversions (kept between runs)")
    args = ap.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="flat_formats-"))
    out.mkdir(parents=True, exist_ok=True)
    converted(args.raw, out)
    print("| passage | txt read / unread | docx | pdf |")
    print("| --- | --- | --- | --- |")
    same = {"docx": 0, "pdf": 0}
    total = {"txt": [0, 0], "docx": [0, 0], "pdf": [0, 0]}
    wrong = {"docx": [], "pdf": []}
    passages = sorted(args.raw.glob("*.txt"))
    for path in passages:
        got = {"txt": rows(path)}
        for ext, _ in TARGETS:
            got[ext] = rows(out / f"{path.stem}.{ext}")
            same[ext] += got[ext][:2] == got["txt"][:2]
            wrong[ext] += [(path.stem, f) for f in got[ext][2] if f not in got["txt"][2]]
        for ext, (r, u, _) in got.items():
            total[ext][0] += r
            total[ext][1] += u
        print(f"| {path.stem} | " + " | ".join(f"{r} / {u}" for r, u, _ in got.values()) + " |")
    print("| all | " + " | ".join(f"{r} / {u}" for r, u in total.values()) + " |")
    print(f"\nreading as the .txt does: docx {same['docx']} / {len(passages)}, pdf {same['pdf']} / {len(passages)}")
    print(f"WRONG rows (fields the .txt does not read): docx {len(wrong['docx'])}, pdf {len(wrong['pdf'])}")
    for ext, found in wrong.items():
        for stem, f in found:
            print(f"  {stem}.{ext}: " + " | ".join("" if x is None else x for x in f))


if __name__ == "__main__":
    main()
