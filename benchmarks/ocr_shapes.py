"""OpenVINO's cost for a new input shape: the first call of each shape against the calls after, in
a worker forked after the engine was loaded (as nightly's workers are) and in the loading process.

    python -m benchmarks.ocr_shapes

Random inputs of four page sizes for detection and six batch widths for recognition; CPU seconds
of the process (all threads), which a loaded machine disturbs less than wall time; both printed.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time

DETECTION = [(1760, 1248), (1728, 1216), (1792, 1280), (1696, 1184)]
RECOGNITION = [320, 352, 384, 448, 512, 640]   # a batch of six lines, 48 px high


def measure(where: str) -> list[tuple]:
    import numpy as np

    from jixiao.extract import ocr_reader
    eng = ocr_reader.engine()
    rng = np.random.default_rng(0)
    calls = [("det", f"{h}x{w}", eng.text_det.infer, (1, 3, h, w)) for h, w in DETECTION]
    calls += [("rec", f"6x48x{w}", eng.text_rec.session, (6, 3, 48, w)) for w in RECOGNITION]
    rows = []
    for model, shape, session, dims in calls:
        x = rng.random(dims, dtype=np.float32)
        for call in (1, 2, 3):
            wall, cpu = time.perf_counter(), time.process_time()
            session(x)
            rows.append((where, model, shape, call, time.perf_counter() - wall, time.process_time() - cpu))
    return rows


def _child(conn) -> None:
    conn.send(measure("forked"))
    conn.close()
    os._exit(0)


def main() -> int:
    from jixiao.extract import ocr_reader
    print("runtime", type(ocr_reader.engine().text_rec.session).__name__)   # loaded before the fork
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send,))
    child.start()
    send.close()
    rows = recv.recv()
    child.join()
    rows += measure("loading process")
    for where, model, shape, call, wall, cpu in rows:
        print(f"{where:15} {model} {shape:10} call {call}: wall {wall:.3f} s, cpu {cpu:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
