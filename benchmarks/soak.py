"""Soak benchmark: a big inbox with hostile files, runs killed at random, then checked. Not a test.

    .venv/bin/python -m benchmarks.soak [--docs 5000] [--kills 3] [--seed 1]   (or: make soak)

Makes --docs files (copies and variants of the corpus, 2% hostile: corrupt PDFs, binary text,
control characters, formula-like names, undecodable names, links out of the inbox, FIFOs,
empty files), runs `jixiao run` and records a few review decisions, then --kills times: changes
some files, starts a run and kills it (SIGKILL) at a random moment. A final run must then
account for every inbox entry, keep every decision, and give the same outputs as a clean run
of the same inbox into a fresh folder. Prints the figures and exits 1 if a promise is broken.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.make_inbox import make_inbox  # noqa: E402

JIXIAO = [sys.executable, str(ROOT / "pipeline.py")]
COMPARED = ("indicators.csv", "projects.csv", "lists.csv", "figures.csv", "flags.csv", "decisions.csv")


def hostile(dest: Path, n: int, rng: random.Random, outside: Path) -> int:
    """n hostile entries; returns how many inbox entries they make."""
    bad = dest / "hostile"
    bad.mkdir()
    kinds = ["corrupt", "binary", "control", "formula", "undecodable", "link-out", "fifo", "empty"]
    for k in range(n):
        kind = kinds[k % len(kinds)]
        if kind == "corrupt":
            (bad / f"c{k}.pdf").write_bytes(b"%PDF-1.7\n" + rng.randbytes(2000))
        elif kind == "binary":
            (bad / f"b{k}.txt").write_bytes(rng.randbytes(3000))
        elif kind == "control":
            (bad / f"k{k}.txt").write_text(f"执行率=174.83/178.95*100%=97.14%，说明\x0b\x01<!--<script>{k}。\n",
                                           encoding="utf-8")
        elif kind == "formula":
            (bad / f"=cmd{k}.txt").write_text(f"=HYPERLINK(\"x\")\t@SUM({k})\n", encoding="utf-8")
        elif kind == "undecodable":
            with open(os.fsencode(str(bad)) + f"/n{k}-".encode() + b"\xff\xfe.txt", "wb") as f:
                f.write(f"项目名称\t第{k}号\n".encode())
        elif kind == "link-out":
            os.symlink(outside, bad / f"l{k}.txt")
        elif kind == "fifo":
            os.mkfifo(bad / f"f{k}.txt")
        else:
            (bad / f"e{k}.txt").write_bytes(b"")
    return n


def rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def run(inbox: Path, out: Path, kill_after: float | None = None) -> int:
    cmd = [*JIXIAO, "run", "--inbox", str(inbox), "--out", str(out), "--workers", "2", "--quiet", "--timeout", "60"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is None:
        _, err = proc.communicate()
        if proc.returncode:
            print(err.decode(errors="replace")[-2000:])
        return proc.returncode
    try:
        proc.wait(kill_after)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return -9


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="jixiao-soak-"))
    inbox, out, clean = work / "inbox", work / "out", work / "clean"
    outside = work / "outside.txt"
    outside.write_text("收件目录之外的机密内容\n", encoding="utf-8")
    n_bad = max(1, args.docs * 2 // 100)
    started = time.perf_counter()
    make_inbox(inbox, args.docs - n_bad)
    hostile(inbox, n_bad, rng, outside)
    entries = sum(1 for _ in _entries(inbox))
    print(f"inbox: {entries} entries ({n_bad} hostile) in {work}")

    t = time.perf_counter()
    assert run(inbox, out) == 0, "the first run failed"
    first = time.perf_counter() - t
    flags = rows(out / "flags.csv")
    decided = {}
    for f in rng.sample(flags, min(20, len(flags))):
        status = rng.choice(["confirmed", "dismissed"])
        decided[f["flag_id"]] = status
        option = "--confirm" if status == "confirmed" else "--dismiss"
        subprocess.run([*JIXIAO, "review", f["flag_id"], option, f"soak {status}", "--out", str(out)], check=True,
                       stdout=subprocess.DEVNULL)
    print(f"first run: {first:.1f}s; {len(flags)} flags; {len(decided)} decisions recorded")

    txts = sorted(p for p in inbox.rglob("*.txt") if p.is_file() and not p.is_symlink() and "hostile" not in p.parts)
    for k in range(args.kills):
        for p in rng.sample(txts, min(30, len(txts))):
            p.write_text(p.read_text(encoding="utf-8") + f"\n（第{k}轮修改）\n", encoding="utf-8")
        delay = rng.uniform(0.5, max(1.0, first / 4))
        run(inbox, out, kill_after=delay)
        print(f"kill {k + 1}: run killed after {delay:.1f}s")

    assert run(inbox, out) == 0, "the run after the kills failed"
    assert run(inbox, clean) == 0, "the clean run failed"
    docs = rows(out / "documents.csv")
    accounted = len(docs) == entries
    kept = {f["flag_id"]: f["status"] for f in rows(out / "flags.csv") if f["flag_id"] in decided}
    decisions_kept = sum(1 for fid, st in decided.items() if kept.get(fid, st) == st)
    # The clean run has no decisions: compare everything but the review columns and times.
    same = {}
    for name in COMPARED:
        a, b = rows(out / name), rows(clean / name)
        strip = lambda rs: [{k: v for k, v in r.items() if k not in ("status", "comment")} for r in rs]  # noqa: E731
        same[name] = (strip(a) == strip(b)) if name != "decisions.csv" else len(a) == len(decided)
    leftovers = list(out.glob(".*.tmp-*"))
    result = {"docs": args.docs, "entries": entries, "documents_rows": len(docs), "all_accounted_for": accounted,
              "decisions": len(decided), "decisions_kept": decisions_kept, "outputs_equal_clean_run": same,
              "temporaries_left": len(leftovers), "seconds": round(time.perf_counter() - started, 1)}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    ok = accounted and decisions_kept == len(decided) and all(same.values()) and not leftovers
    print("soak: all promises held" if ok else "soak: A PROMISE WAS BROKEN")
    if not args.keep:
        subprocess.run(["rm", "-rf", str(work)])
    return 0 if ok else 1


def _entries(inbox: Path):
    for root, dirs, files in os.walk(inbox):
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):
                yield name
        yield from files


if __name__ == "__main__":
    sys.exit(main())
