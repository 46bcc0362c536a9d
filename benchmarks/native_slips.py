"""The rules on forms with slips planted blind (corpus/native 352-357): for each form and text format, the flags
raised against the record's expected `flags` (rule and the figure stated), and the totals.
  .venv/bin/python -m benchmarks.native_slips 352 353 354 355 356 357"""
import json
import sys
from pathlib import Path

from benchmarks.first_read import read_passage

FOLDER = Path("corpus/native")
FORMATS = ("docx", "xlsx", "html", "pdf", "doc", "xls", "odt")


def main(stems: list[str]) -> None:
    want_n = hit_n = false_n = 0
    for s in stems:
        want = sorted((f["rule"], f["stated"]) for f in
                      json.loads((FOLDER / "expected" / f"{s}.json").read_text(encoding="utf-8"))["flags"])
        for ext in FORMATS:
            if not (FOLDER / f"{s}.{ext}").exists():
                continue
            got = [tuple(x.split(" ", 1)) for x in read_passage(s, ext, FOLDER)["flags"]]
            left = list(got)
            hit = [w for w in want if w in left and not left.remove(w)]
            false = left          # what no expected flag accounts for (a second copy of a wanted one too)
            want_n, hit_n, false_n = want_n + len(want), hit_n + len(hit), false_n + len(false)
            print(f"{s}.{ext}: {len(hit)}/{len(want)} raised, false {false}, missed {[w for w in want if w not in hit]}")
    print(f"raised {hit_n} / {want_n}, false {false_n}")


if __name__ == "__main__":
    main(sys.argv[1:])
