"""Performance benchmark: prints figures and writes them as JSON. Never a test.

    .venv/bin/python -m benchmarks.bench [--docs 1000] [--scale-docs 200] [--repeat 3]   (or: make bench)

Every figure is a median over --repeat runs with min and max beside it. Measures: throughput
per format (PDF pages/s, docx and txt documents/s, one worker); the time split between extract,
normalize, rules and writing outputs; jixiao's PDF time against pdfplumber alone doing text and
table extraction on the same files; --workers 1 against --workers 2; an unchanged rerun of the
generated inbox; peak memory of the run and of one worker. Targets are reported, not enforced.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import write_json  # noqa: E402
from benchmarks.make_inbox import make_inbox  # noqa: E402
from jixiao.extract import read_document  # noqa: E402
from jixiao.nightly import run_inbox  # noqa: E402
from jixiao.nightly.outputs import publish  # noqa: E402
from jixiao.nightly.run import RunSummary  # noqa: E402
from jixiao.nightly.state import State  # noqa: E402
from jixiao.nightly.worker import process_file  # noqa: E402
from jixiao.rules import Config  # noqa: E402

REPORTS = ROOT / "corpus" / "reports"


def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def fmt(s: dict, unit: str = "s", digits: int = 3) -> str:
    return f"{s['median']:.{digits}f}{unit} (min {s['min']:.{digits}f}, max {s['max']:.{digits}f}, n={s['n']})"


def corpus_stages(repeat: int) -> dict:
    """In one process, no workers: per format throughput and the split between stages."""
    files = sorted(p for p in REPORTS.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    pages = {p: read_document(p).pages or 0 for p in files if p.suffix == ".pdf"}
    process_file(str(files[0]), files[0].name, Config())  # warm up: jieba's dictionary, imports
    per_format = {ext: [] for ext in ("pdf", "docx", "txt")}
    split = {"extract": [], "normalize": [], "rules": []}
    for _ in range(repeat):
        totals = {ext: 0.0 for ext in per_format}
        stage = {k: 0.0 for k in split}
        for p in files:
            r = process_file(str(p), p.name, Config())
            totals[p.suffix[1:]] += sum(r.seconds.values())
            for k in split:
                stage[k] += r.seconds.get(k, 0.0)
        for ext in per_format:
            n = sum(pages.values()) if ext == "pdf" else sum(1 for p in files if p.suffix == "." + ext)
            per_format[ext].append(n / totals[ext])
        for k in split:
            split[k].append(stage[k])
    return {"throughput": {("pdf pages/s" if k == "pdf" else f"{k} docs/s"): stats(v) for k, v in per_format.items()},
            "stage_seconds": {k: stats(v) for k, v in split.items()}, "pdf_pages": sum(pages.values())}


def pdf_floor(repeat: int) -> dict:
    """pdfplumber alone (text and tables of every page) against jixiao's PDF reading, same files."""
    import pdfplumber
    from jixiao.normalize import normalize_document
    from jixiao.rules import check

    pdfs = sorted(REPORTS.glob("*.pdf"))
    floor, ours, full = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for p in pdfs:
            with pdfplumber.open(p) as pdf:
                for page in pdf.pages:
                    page.extract_tables()
                    page.extract_text()
        t1 = time.perf_counter()
        docs = [read_document(p) for p in pdfs]
        t2 = time.perf_counter()
        for d in docs:
            check(normalize_document(d))
        t3 = time.perf_counter()
        floor.append(t1 - t0)
        ours.append(t2 - t1)
        full.append(t3 - t1)
    overhead = [(o - f) / o for o, f in zip(ours, floor)]
    overhead_full = [(o - f) / o for o, f in zip(full, floor)]
    return {"pdfplumber_seconds": stats(floor), "jixiao_extract_seconds": stats(ours),
            "jixiao_full_seconds": stats(full), "ratio_extract": stats([o / f for o, f in zip(ours, floor)]),
            "overhead_share_extract": stats(overhead), "overhead_share_full": stats(overhead_full)}


def pdf_engines(repeat: int) -> dict:
    """jixiao's PDF reader with PDFium (the default) and with pdfplumber on every corpus PDF
    (seeds and restored passages, not scans): pages per second of read_document, in this process."""
    from jixiao.extract import pdf_reader
    files = sorted(REPORTS.glob("*.pdf")) + sorted((ROOT / "corpus" / "realworld").glob("[0-9][0-9][0-9].pdf"))
    pages = sum(read_document(p).pages or 0 for p in files)
    out = {}
    for engine in ("pdfplumber", "pdfium"):
        pdf_reader.ENGINE = engine
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            for p in files:
                read_document(p)
            runs.append(pages / (time.perf_counter() - t))
        out[engine] = stats(runs)
    pdf_reader.ENGINE = "pdfium"
    out["pages"], out["files"] = pages, len(files)
    out["speedup"] = out["pdfium"]["median"] / out["pdfplumber"]["median"]
    return out


def cli_run(inbox: Path, out: Path, workers: int) -> float:
    """`jixiao run` as cron starts it: a fresh process (so the figure includes start-up, and a
    big benchmark process does not make every fork expensive)."""
    t = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "pipeline.py"), "run", "--inbox", str(inbox), "--out", str(out),
                    "--workers", str(workers), "--timeout", "300", "--quiet"], check=True)
    return time.perf_counter() - t


def timed_run(inbox: Path, workers: int) -> float:
    out = Path(tempfile.mkdtemp(prefix="jixiao-bench-out-"))
    try:
        return cli_run(inbox, out, workers)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def worker_peak_mb() -> float:
    """Largest resident set of a worker that read one corpus file (each in its own child).
    Call it before starting any other child process."""
    from jixiao.nightly.worker import Job
    peak = 0.0
    for p in sorted(REPORTS.iterdir()):
        job = Job(str(p), p.name, Config(), 300, 0)
        while job.poll() is None:
            time.sleep(0.01)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="size of the generated inbox (default 1000)")
    ap.add_argument("--scale-docs", type=int, default=200, help="inbox size for the workers 1 / 2 comparison")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", default=str(ROOT / "out" / "bench.json"))
    args = ap.parse_args()
    res: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                             "platform": platform.platform(), "processor": platform.processor()}}
    print(f"machine: {res['machine']}")
    # First, before any other child process: RUSAGE_CHILDREN keeps the largest child ever seen.
    worker_peak = worker_peak_mb()

    res["corpus"] = corpus_stages(args.repeat)
    for k, s in res["corpus"]["throughput"].items():
        print(f"throughput, one worker, {k}: {fmt(s, '', 2)}")
    for k, s in res["corpus"]["stage_seconds"].items():
        print(f"corpus stage {k}: {fmt(s)}")

    res["pdf_engines"] = e = pdf_engines(args.repeat)
    print(f"PDF reader on {e['files']} corpus PDFs ({e['pages']} pages): PDFium {fmt(e['pdfium'], ' pages/s', 1)}; "
          f"pdfplumber {fmt(e['pdfplumber'], ' pages/s', 1)}; {e['speedup']:.1f}x")

    res["pdf"] = pdf_floor(args.repeat)
    p = res["pdf"]
    print(f"pdfplumber alone: {fmt(p['pdfplumber_seconds'])}; jixiao extract: {fmt(p['jixiao_extract_seconds'])}; "
          f"jixiao extract+normalize+rules: {fmt(p['jixiao_full_seconds'])}")
    print(f"ratio jixiao extract / pdfplumber: {fmt(p['ratio_extract'], 'x', 2)}")

    work = Path(tempfile.mkdtemp(prefix="jixiao-bench-"))
    try:
        small = work / "small"
        make_inbox(small, args.scale_docs)
        w = {1: [], 2: []}
        for _ in range(args.repeat):
            for n in (1, 2):
                w[n].append(timed_run(small, n))
        res["scaling"] = {"docs": args.scale_docs, "workers1_seconds": stats(w[1]), "workers2_seconds": stats(w[2]),
                          "speedup": stats([a / b for a, b in zip(w[1], w[2])]),
                          "docs_per_second_per_worker_w1": stats([args.scale_docs / x for x in w[1]])}
        print(f"{args.scale_docs} docs, --workers 1: {fmt(res['scaling']['workers1_seconds'])}; "
              f"--workers 2: {fmt(res['scaling']['workers2_seconds'])}; speedup {fmt(res['scaling']['speedup'], 'x', 2)}")

        big = work / "big"
        make_inbox(big, args.docs)
        out = work / "out"
        first = cli_run(big, out, 2)
        run_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        reruns = [cli_run(big, out, 2) for _ in range(args.repeat)]
        t = time.perf_counter()
        summary = run_inbox(big, out, workers=2)       # in-process once more, for its counts
        in_process_rerun = time.perf_counter() - t
        assert summary.processed == 0
        state = State(out / "state.sqlite")
        writes = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            publish(state, out, RunSummary(out=out), force=True)
            writes.append(time.perf_counter() - t)
        state.close()
        sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
        res["inbox"] = {"docs": args.docs, "first_run_seconds_workers2": first,
                        "unchanged_rerun_seconds": stats(reruns), "unchanged_rerun_in_process_seconds": in_process_rerun,
                        "write_outputs_seconds": stats(writes), "ok": summary.ok, "failed": summary.failed,
                        "indicators": summary.indicators, "flags": summary.flags, "output_bytes": sizes,
                        "run_peak_mb_incl_workers": run_peak}
        print(f"{args.docs} docs, first run --workers 2 (one run): {first:.1f}s "
              f"({summary.ok} ok, {summary.failed} failed, {summary.indicators} indicator rows)")
        print(f"unchanged rerun of {args.docs} docs (fresh process, as cron runs it): "
              f"{fmt(res['inbox']['unchanged_rerun_seconds'])}; in-process {in_process_rerun:.3f}s")
        print(f"writing outputs ({args.docs} docs): {fmt(res['inbox']['write_outputs_seconds'])}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    res["memory"] = {"run_peak_mb": res["inbox"]["run_peak_mb_incl_workers"],
                     "worker_peak_mb_corpus": worker_peak}
    print(f"peak memory: the {args.docs}-doc run (largest of its processes) {res['memory']['run_peak_mb']:.0f} MB; "
          f"one worker on the corpus {res['memory']['worker_peak_mb_corpus']:.0f} MB")

    targets = {
        "PDF overhead above pdfplumber < 15% of PDF time (extract)": p["overhead_share_extract"]["median"] < 0.15,
        f"unchanged rerun of {args.docs} docs < 3 s": res["inbox"]["unchanged_rerun_seconds"]["median"] < 3,
        "two workers >= 1.7x one": res["scaling"]["speedup"]["median"] >= 1.7,
        "peak memory per worker < 500 MB": res["memory"]["worker_peak_mb_corpus"] < 500,
        "PDFium reader >= 3x pdfplumber's pages/s": res["pdf_engines"]["speedup"] >= 3,
    }
    res["targets"] = targets
    print("\ntargets:")
    for name, met in targets.items():
        print(f"  {'met    ' if met else 'NOT met'}  {name}")
    write_json(res, args.json)
    print(f"\nJSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
