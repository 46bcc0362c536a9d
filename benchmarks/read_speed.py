"""How long the reader takes on a fixed list of corpus/native files, per format: the whole path a test
or the nightly job takes (benchmarks.first_read.read_passage: extract -> normalize -> rules, and the
comparison with the expected record). A report, not a test: speed is measured here, never in a timed test.

    python -m benchmarks.read_speed [--rounds 3] [--formats docx pdf ...] [--json PATH] [--profile FILE]

Each round is a fresh process (the reader's in-memory caches start empty, as in a test run or a night),
which first reads one file of each format outside the list, untimed: what a process loads once (modules,
pdfium, the dictionaries). Each file's figure is the best of the rounds (a machine shared with other work
slows a round, never speeds it). The figures are CPU seconds (time.process_time). The list holds each format's largest, second largest and smallest files and one of middle
size, so a change that helps small files only or big files only shows. .doc and .xls are converted by
LibreOffice once and cached by the file's sha256 (extract/convert.py): the first run converts, the
figures are of the cached reads, as the nightly job's second night and the test suite see them.
--profile writes a cProfile of one round over the list (python -m pstats FILE, or the printed tops).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.first_read import read_passage  # noqa: E402

NATIVE = ROOT / "corpus" / "native"
# (stem, format): per format the largest, second largest, a middle-sized and the smallest file.
FILES = (
    ("575", "docx"), ("379", "docx"), ("571", "docx"), ("473", "docx"),
    ("381", "xlsx"), ("528", "xlsx"), ("290", "xlsx"), ("277", "xlsx"),
    ("577", "html"), ("378", "html"), ("534", "html"),
    ("378", "pdf"), ("300", "pdf"), ("208", "pdf"), ("249", "pdf"),
    ("379", "doc"), ("532", "doc"), ("472", "doc"),
    ("215", "xls"), ("302", "xls"), ("476", "xls"),
    ("456", "txt"), ("408", "txt"), ("501", "txt"),
    ("162", "htm"), ("232", "odt"),
)
# Read untimed before a round: one file of each format, none of them in FILES.
WARM_UP = (("365", "docx"), ("396", "xlsx"), ("306", "html"), ("465", "pdf"), ("166", "doc"), ("281", "xls"),
           ("560", "txt"), ("176", "htm"), ("248", "odt"))


def read_once(stem: str, ext: str) -> float:
    """CPU seconds of one read (this process's: on a machine shared with other work, wall time says more
    about the neighbours than about the reader; conversions are cached, so no child process runs)."""
    started = time.process_time()
    out = read_passage(stem, ext, NATIVE)
    if "error" in out:
        raise SystemExit(f"{stem}.{ext}: {out['error']}")
    return time.process_time() - started


def one_round(files: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds per file, read in order in this process after the warm-up."""
    for stem, ext in WARM_UP:
        read_once(stem, ext)
    return {f"{stem}.{ext}": read_once(stem, ext) for stem, ext in files}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--formats", nargs="*", help="only these formats")
    ap.add_argument("--json", help="write the figures (per file and per format) here")
    ap.add_argument("--profile", help="write a cProfile of one round here and print the top functions")
    ap.add_argument("--round", action="store_true", help=argparse.SUPPRESS)   # one round, figures as JSON
    args = ap.parse_args()
    files = [(s, e) for s, e in FILES if not args.formats or e in args.formats]
    if args.round:
        print(json.dumps(one_round(files)))
        return 0
    if args.profile:
        for stem, ext in WARM_UP:
            read_once(stem, ext)
        prof = cProfile.Profile(time.process_time)   # CPU time: the neighbours do not count
        prof.enable()
        for stem, ext in files:
            read_once(stem, ext)
        prof.disable()
        prof.dump_stats(args.profile)
        for key in ("cumulative", "tottime"):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats(key).print_stats(40)
            print(buf.getvalue())
        return 0
    cmd = [sys.executable, "-m", "benchmarks.read_speed", "--round", *(["--formats", *args.formats] if args.formats else [])]
    rounds = [json.loads(subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout)
              for _ in range(args.rounds)]
    best = {name: min(r[name] for r in rounds) for name in rounds[0]}
    print(f"best of {args.rounds} rounds, CPU seconds")
    per_format: dict[str, list[float]] = {}
    for name, s in best.items():
        per_format.setdefault(name.split(".", 1)[1], []).append(s)
        print(f"  {name:<10} {s:8.3f}")
    print("per format (files, mean, total):")
    for ext, times in per_format.items():
        print(f"  {ext:<5} {len(times):>2} {sum(times) / len(times):8.3f} {sum(times):8.3f}")
    total = sum(best.values())
    print(f"  all   {len(best):>2} {total / len(best):8.3f} {total:8.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "rounds": args.rounds, "files": {name: round(t, 4) for name, t in best.items()},
            "formats": {e: {"files": len(t), "mean": round(sum(t) / len(t), 4), "total": round(sum(t), 4)}
                        for e, t in per_format.items()},
            "total": round(total, 4)}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
