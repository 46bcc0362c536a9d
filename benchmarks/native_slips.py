"""The rules on forms with slips planted blind (corpus/native 352-357, 388-393): for each form and format, the
flags raised against the record's expected `flags` (rule and the figure stated), and the totals.
  .venv/bin/python -m benchmarks.native_slips 352 353 354 355 356 357
  .venv/bin/python -m benchmarks.native_slips --formats scan.pdf 352 353   (the scans: OCR, about a minute a form)"""
import argparse
import json
from pathlib import Path

from benchmarks.first_read import read_passage

FOLDER = Path("corpus/native")
FORMATS = ("docx", "xlsx", "html", "pdf", "doc", "xls", "odt")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.native_slips", description=__doc__.split("\n  ")[0])
    parser.add_argument("stems", nargs="+", help="the forms' numbers in corpus/native (352 353 ...)")
    parser.add_argument("--formats", type=lambda s: s.split(","), default=list(FORMATS), metavar="EXT[,EXT]",
                        help=f"the formats read, as the files end, comma-separated (default: the text formats "
                             f"{','.join(FORMATS)}; scan.pdf for the scans)")
    args = parser.parse_args(argv)
    want_n = hit_n = false_n = 0
    for s in args.stems:
        want = sorted((f["rule"], f["stated"]) for f in
                      json.loads((FOLDER / "expected" / f"{s}.json").read_text(encoding="utf-8"))["flags"])
        for ext in args.formats:
            if not (FOLDER / f"{s}.{ext}").exists():
                continue
            got = [tuple(x.split(" ", 1)) for x in read_passage(s, ext, FOLDER)["flags"]]
            left = list(got)
            hit = [w for w in want if w in left and not left.remove(w)]
            false = left          # what no expected flag accounts for (a second copy of a wanted one too)
            want_n, hit_n, false_n = want_n + len(want), hit_n + len(hit), false_n + len(false)
            print(f"{s}.{ext}: {len(hit)}/{len(want)} raised, false {false}, missed {[w for w in want if w not in hit]}",
                  flush=True)
    print(f"raised {hit_n} / {want_n}, false {false_n}")


if __name__ == "__main__":
    main()
