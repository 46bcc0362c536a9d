"""OCR's models run by OpenVINO where it is installed, in RapidOCR's own pipeline.

The engine (rapidocr_onnxruntime) runs its detection and recognition models through ONNX
Runtime. OpenVINO runs the same ONNX files several times faster on x86 CPUs. Only the sessions
are swapped: the engine's resizing, padding, batching, box finding and decoding are untouched,
so every model gets byte-identical inputs. Precision is pinned to f32: on CPUs with AMX or
AVX512-BF16 OpenVINO would otherwise compute in bf16 and change readings.
"""
from __future__ import annotations

from pathlib import Path

# Address space OpenVINO needs beyond what is mapped when the engine loads: its libraries, the
# compiled models, its allocator's pools and a page's detection buffers. A process with less room
# under its limit reads on ONNX Runtime, which needs about half as much. nightly's workers inherit
# the engine loaded before they fork (nightly.worker.warm_up), so their limit counts only the
# buffers: a 3-page corpus scan then reads at --memory 1000 (not at 800).
OPENVINO_MB = 1400
ENABLED = True   # False: ONNX Runtime, as the engine ships (benchmarks.scan_speed --onnxruntime)


def available() -> bool:
    import importlib.util
    return importlib.util.find_spec("openvino") is not None


class OpenVinoSession:
    """Called as the engine calls its ONNX Runtime session: one input array, a list of outputs."""

    def __init__(self, model_path: Path, threads: int, release: bool = False):
        import openvino as ov

        self.release = release
        core = ov.Core()
        self.model = core.compile_model(core.read_model(str(model_path)), "CPU", {
            "INFERENCE_PRECISION_HINT": "f32",
            "INFERENCE_NUM_THREADS": threads,
            "PERFORMANCE_HINT": "LATENCY",
        })
        self.request = self.model.create_infer_request()

    def __call__(self, batch):
        out = self.request.infer([batch])
        outputs = [out[o] for o in self.model.outputs]   # copies: the request's buffers are reused
        if self.release:
            self.model.release_memory()
        return outputs


def room_mb() -> float | None:
    """Megabytes this process may still map under its address-space limit; None where there is
    no limit. (nightly.worker limits each file's worker so.)"""
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    try:
        with open("/proc/self/statm") as f:
            used = int(f.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0.0
    return (soft - used) / 2**20


def model_paths() -> dict[str, Path]:
    """The ONNX files the engine loads (its config.yaml, paths under its package)."""
    import rapidocr_onnxruntime
    from rapidocr_onnxruntime.utils import read_yaml

    root = Path(rapidocr_onnxruntime.__file__).resolve().parent
    config = read_yaml(str(root / "config.yaml"))
    return {part: root / config[part]["model_path"] for part in ("Det", "Rec")}


def accelerate(eng, threads: int) -> bool:
    """Swap the engine's detection and recognition sessions for OpenVINO ones; False, and the
    engine left on ONNX Runtime, where OpenVINO is not installed or the process has too little
    room left under its memory limit."""
    if not ENABLED or not available():
        return False
    room = room_mb()
    if room is not None and room < OPENVINO_MB:
        return False
    paths = model_paths()
    # OpenVINO keeps a model's working buffers for the largest input seen: for detection on a
    # whole page that is ~270 MB held between pages, which workers under a memory limit cannot
    # spare; recognition's are small and reused batch after batch.
    det = OpenVinoSession(paths["Det"], threads, release=True)
    rec = OpenVinoSession(paths["Rec"], threads)
    eng.text_det.infer, eng.text_rec.session = det, rec
    return True


def normalize_by_table(det) -> None:
    """The detector's page normalised by a table of its 256 grey levels: the engine scales each pixel
    in float64 and hands the model float32 (some 0.1 s of a core a page, twice a page with the
    orientation's detection); the table holds those float32 values, computed by the engine's own
    normalize, so the model's input is byte-identical. Other than 8-bit colour goes the engine's way."""
    import numpy as np

    get = det.get_preprocess

    def get_preprocess(longest):
        pre = get(longest)
        own = pre.normalize
        levels = np.repeat(np.arange(256, dtype=np.uint8)[:, None, None], 3, axis=2)   # (256, 1, 3)
        table = own(levels)[:, 0, :].astype(np.float32)

        def normalize(img):
            if img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] != 3:
                return own(img)
            out = np.empty(img.shape, np.float32)
            for c in range(3):
                out[..., c] = table[img[..., c], c]
            return out

        pre.normalize = normalize
        return pre

    det.get_preprocess = get_preprocess
