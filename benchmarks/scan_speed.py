"""Scan reading speed: the pipeline's page reading beside RapidOCR's own default full-page call.

Both run in this one process on the same page images (the corpus scans, every *.scan.pdf git
tracks, rendered once at extract.ocr_reader.DPI): the engine's default is `RapidOCR()(rgb)` (its
config as shipped: angle classifier on, detection on the page at its size, recognition in
batches of six padded to 320 pixels); ours is extract.ocr_reader's whole page read (seal, skew
and background cleaning, ruling lines, OCR, the page's tables and paragraphs). Rendering the PDF
is left out of both. The two alternate page by page, which comes first alternating each round,
so that a machine shared with other work slows both alike; each figure is the median of the
rounds.

    python -m benchmarks.scan_speed [--rounds 3] [--pages N] [--json PATH] [--onnxruntime] [--fast] [--cells]

--pages N takes N pages spread evenly over the corpus (all by default). Ours runs the models on
OpenVINO where it is installed (extract.ocr_session); --onnxruntime keeps them on ONNX Runtime,
as the engine's default call does.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_scans() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "*.scan.pdf"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [ROOT / line for line in out.stdout.split()]


def pages(files: list[Path], limit: int | None):
    import numpy as np
    import pypdfium2 as pdfium

    from jixiao.extract import ocr_reader

    found = []
    for f in files:
        for number, page in enumerate(pdfium.PdfDocument(str(f)), start=1):
            found.append((f, number, page))
    if limit and limit < len(found):
        step = len(found) / limit
        found = [found[int(k * step)] for k in range(limit)]
    return [(str(f.relative_to(ROOT)), n, np.asarray(p.render(scale=ocr_reader.DPI / 72).to_pil().convert("RGB")))
            for f, n, p in found]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pages", type=int, default=None, help="N pages spread over the corpus (default all)")
    ap.add_argument("--json", default=None)
    ap.add_argument("--fast", action="store_true", help="ours with extract.ocr_reader.FAST on")
    ap.add_argument("--cells", action="store_true", help="ours with extract.ocr_reader.CELLS on")
    ap.add_argument("--onnxruntime", action="store_true", help="ours on ONNX Runtime (OpenVINO off), as before issue 26's last change")
    ap.add_argument("--workers", type=int, default=1, help="ocr_reader.WORKERS: threads = cores / workers")
    args = ap.parse_args(argv)

    from rapidocr_onnxruntime import RapidOCR

    from jixiao.extract import ocr_reader, ocr_session
    from jixiao.extract.model import Document

    ocr_reader.FAST, ocr_reader.CELLS, ocr_reader.WORKERS = args.fast, args.cells, args.workers
    ocr_session.ENABLED = not args.onnxruntime
    sample = pages(corpus_scans(), args.pages)
    default = RapidOCR()
    ocr_reader.engine()   # the models loaded before anything is timed, as RapidOCR() above

    def run_default(rgb):
        default(rgb)

    def run_ours(path, number, rgb):
        ocr_reader._read_page(Document(source=path, format="pdf", sha256=""), path, number, rgb, [])

    # one page each, untimed: the sessions' first run allocates
    run_default(sample[0][2])
    run_ours(*sample[0])
    rounds = []
    for r in range(args.rounds):
        t_default = t_ours = 0.0
        for k, (path, number, rgb) in enumerate(sample):
            first_default = (k + r) % 2 == 0
            for which in ((0, 1) if first_default else (1, 0)):
                t = time.perf_counter()
                run_default(rgb) if which == 0 else run_ours(path, number, rgb)
                dt = time.perf_counter() - t
                if which == 0:
                    t_default += dt
                else:
                    t_ours += dt
        rounds.append((t_default, t_ours))
        print(f"round {r + 1}: engine default {t_default:.1f} s, ours {t_ours:.1f} s, ratio {t_ours / t_default:.3f}",
              file=sys.stderr, flush=True)
    n = len(sample)
    sec_default = statistics.median(d for d, _ in rounds)
    sec_ours = statistics.median(o for _, o in rounds)
    result = {
        "pages": n,
        "files": len({p for p, _, _ in sample}),
        "rounds": args.rounds,
        "threads": ocr_reader.threads(),
        "fast": args.fast,
        "cells": args.cells,
        "runtime": type(ocr_reader.engine().text_rec.session).__name__,
        "engine_default": {"seconds": round(sec_default, 2), "pages_per_second": round(n / sec_default, 3)},
        "ours": {"seconds": round(sec_ours, 2), "pages_per_second": round(n / sec_ours, 3)},
        "ratio": round(statistics.median(o / d for d, o in rounds), 3),
        "ratio_per_round": [round(o / d, 3) for d, o in rounds],
    }
    print(json.dumps(result, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
