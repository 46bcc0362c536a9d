"""A nightly run over corpus scans: wall time, and the runtime each worker read on.

The scans git tracks (every *.scan.pdf, or the first N with --files) are copied into a temporary
inbox and read by `jixiao run` in this process (pipeline.main, with its defaults unless options
follow `--`); each worker adds the name of the session its OCR engine ran on (OpenVinoSession,
OrtInferSession) to its result, counted here.

    python -m benchmarks.nightly_scans [--files N] [--engine-in-worker] [-- --workers 2 --memory 1536]

--engine-in-worker: as before issue 26's nightly change, the run does not load the engine before
its workers fork, so each worker loads it under its memory limit.
"""
from __future__ import annotations

import argparse
import collections
import csv
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scan_speed import ROOT, corpus_scans


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=None, help="the first N corpus scans (default all)")
    ap.add_argument("--engine-in-worker", action="store_true", help="each worker loads the engine itself")
    ap.add_argument("run_args", nargs="*", help="options for jixiao run, after --")
    args = ap.parse_args(argv)

    from jixiao import pipeline
    from jixiao.extract import ocr_reader
    from jixiao.nightly import run as run_module, worker

    if args.engine_in_worker:
        run_module.may_need_ocr = lambda path, member=None: False
    real = worker.process_file

    def reporting(path, doc, config, member=None):   # in the worker, after its file is read
        result = real(path, doc, config, member)
        result.warnings.append("runtime " + type(ocr_reader.engine().text_rec.session).__name__)
        return result

    worker.process_file = reporting
    scans = corpus_scans()[:args.files]
    with tempfile.TemporaryDirectory(prefix="jixiao-nightly-scans-") as tmp:
        box, out = Path(tmp) / "inbox", Path(tmp) / "out"
        box.mkdir()
        for f in scans:
            shutil.copy(f, box / "_".join(f.relative_to(ROOT).parts))
        started = time.perf_counter()
        rc = pipeline.main(["run", "--inbox", str(box), "--out", str(out), "--quiet", *args.run_args])
        wall = time.perf_counter() - started
        with open(out / "documents.csv", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
    runtimes = collections.Counter(r["warnings"].split("runtime ")[1].split("；")[0]
                                   for r in rows if "runtime " in r["warnings"])
    print(f"exit {rc}; {len(rows)} files, {sum(r['status'] == 'ok' for r in rows)} ok, "
          f"{sum(int(r['indicators'] or 0) for r in rows)} indicator rows; {wall:.1f} s; runtimes {dict(runtimes)}")
    for r in rows:
        if r["status"] != "ok":
            print(f"  {r['doc']}: {r['status']} {r['error']}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
