"""Scans as they come: a printed report rendered the way a copier and an office give it back.

Real scans of 自评报告 are not the clean grey renderings of corpus/build.py's `build_scan`: the
page is stamped with the unit's red (sometimes blue) seal (公章) across the table, fed a degree or
two askew, the paper is uneven, the sensor adds noise and blur and the copier saves JPEG at a low
quality. `degrade_pdf` renders a printed PDF that way, deterministically from a seed:

    .venv/bin/python -m corpus.degrade corpus/reports/000_b69c5b8f3653aeba.pdf out.pdf --seed 1 --dpi 200

The seal is drawn as a stamp is inked: a ring, a ring of characters inside it and a star, in red
or blue, multiplied onto the page (semi-transparent: black text under it stays black, as under
real seal ink), with uneven ink. Its characters are glyphs cut from the report's own text layer
(the machine has no CJK font; a seal only needs strokes where a seal has them).
"""
from __future__ import annotations

import argparse
import functools
import io
import math
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
GLYPH_SOURCE = HERE / "reports" / "000_b69c5b8f3653aeba.pdf"
SEAL_TEXT = "医疗保障局服务大厅经办工作"
RED = (215, 35, 45)
BLUE = (40, 70, 200)


@functools.lru_cache(maxsize=1)
def _glyphs() -> dict[str, np.ndarray]:
    """Ink masks (0..1, 64 px high) of the seal's characters, cut from a text PDF's first page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(GLYPH_SOURCE))
    page = pdf[0]
    scale = 8.0
    img = np.asarray(page.render(scale=scale).to_pil().convert("L"), dtype=np.float32)
    height = page.get_height()
    text = page.get_textpage()
    out: dict[str, np.ndarray] = {}
    for i in range(text.count_chars()):
        ch = text.get_text_range(i, 1)
        if ch not in SEAL_TEXT or ch in out:
            continue
        x0, y0, x1, y1 = text.get_charbox(i)
        box = img[int((height - y1) * scale) - 2:int((height - y0) * scale) + 2,
                  int(x0 * scale) - 2:int(x1 * scale) + 2]
        if box.size:
            out[ch] = 1 - box / 255
    return out


def _paste(ink: np.ndarray, mask: np.ndarray, cx: float, cy: float, size: int, angle_deg: float) -> None:
    """Add a glyph mask to `ink`, scaled to `size` px, rotated by angle, centred at (cx, cy)."""
    import cv2

    h, w = mask.shape
    k = size / max(h, w)
    m = cv2.resize(mask, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)
    pad = size
    canvas = np.zeros((pad * 2, pad * 2), np.float32)
    y, x = pad - m.shape[0] // 2, pad - m.shape[1] // 2
    canvas[y:y + m.shape[0], x:x + m.shape[1]] = m
    rot = cv2.getRotationMatrix2D((pad, pad), angle_deg, 1.0)
    canvas = cv2.warpAffine(canvas, rot, (pad * 2, pad * 2))
    x0, y0 = int(round(cx)) - pad, int(round(cy)) - pad
    H, W = ink.shape
    sx0, sy0 = max(0, -x0), max(0, -y0)
    dx0, dy0 = max(0, x0), max(0, y0)
    dx1, dy1 = min(W, x0 + 2 * pad), min(H, y0 + 2 * pad)
    if dx1 > dx0 and dy1 > dy0:
        ink[dy0:dy1, dx0:dx1] = np.maximum(ink[dy0:dy1, dx0:dx1],
                                           canvas[sy0:sy0 + dy1 - dy0, sx0:sx0 + dx1 - dx0])


def seal_ink(shape: tuple[int, int], center: tuple[float, float], dpi: int, rng: np.random.Generator) -> np.ndarray:
    """Ink density (0..1) of a round official seal about 42 mm across, centred at `center`."""
    import cv2

    h, w = shape
    r = 21 / 25.4 * dpi
    ink = np.zeros((h, w), np.float32)
    c = (int(round(center[0])), int(round(center[1])))
    cv2.circle(ink, c, int(round(r)), 1.0, max(2, round(dpi / 60)), lineType=cv2.LINE_AA)
    # the star
    pts = []
    for k in range(10):
        rad = (0.30 if k % 2 == 0 else 0.12) * r
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c[0] + rad * math.cos(a), c[1] + rad * math.sin(a)))
    cv2.fillPoly(ink, [np.round(np.array(pts)).astype(np.int32)], 1.0, lineType=cv2.LINE_AA)
    # the text ring: characters upright towards the centre, over about 240° of the upper arc
    glyphs = _glyphs()
    chars = [ch for ch in SEAL_TEXT if ch in glyphs][:10]
    size = int(round(0.26 * r))
    span = math.radians(240)
    for k, ch in enumerate(chars):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / max(len(chars), 1)
        cx, cy = c[0] + 0.74 * r * math.cos(a), c[1] + 0.74 * r * math.sin(a)
        _paste(ink, glyphs[ch], cx, cy, size, -math.degrees(a) - 90)
    # uneven ink: a smooth random field, a few dry spots
    field = cv2.GaussianBlur(rng.random((h // 8 + 1, w // 8 + 1)).astype(np.float32), (0, 0), 2)
    field = cv2.resize(field, (w, h))
    field = (field - field.min()) / (np.ptp(field) + 1e-6)
    return ink * (0.55 + 0.45 * field)


def degrade_page(gray, dpi: int, rng: np.random.Generator, *, seal: str | None = "red",
                 seal_at: tuple[float, float] | None = None, seal_alpha: float = 0.8,
                 skew: float | None = None, max_skew: float = 1.5, background: bool = True,
                 blur: float = 0.7, noise: float = 8.0):
    """One clean page (PIL, any mode) as it comes back from stamping and scanning: an RGB PIL
    image, not yet JPEG-compressed. skew: degrees (counter-clockwise), random within ±max_skew
    when None; seal_at: the seal's centre in pixels, random over the page's table when None."""
    import cv2
    from PIL import Image

    page = np.asarray(gray.convert("L"), dtype=np.float32) / 255
    h, w = page.shape
    rgb = np.repeat(page[:, :, None], 3, axis=2)
    if background:   # paper tint and uneven lighting: a slow gradient and a darker corner
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = rng.uniform(-1, 1, 2)
        light = 1 - 0.10 * (gx * (xx / w - 0.5) + gy * (yy / h - 0.5)) - 0.12 * ((xx / w) ** 2 + (yy / h) ** 2) / 2
        tint = np.array([0.97, 0.95, 0.90], np.float32)
        rgb = rgb * (light[:, :, None] * tint)
    if seal:
        if seal_at is None:
            seal_at = _over_the_table(page, rng)
        ink = seal_ink((h, w), seal_at, dpi, rng) * seal_alpha
        colour = np.array(RED if seal == "red" else BLUE, np.float32) / 255
        rgb = rgb * (1 - ink[:, :, None] * (1 - colour))     # multiplied, as ink on paper
    angle = rng.uniform(-max_skew, max_skew) if skew is None else skew
    if angle:
        rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        rgb = cv2.warpAffine(rgb, rot, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(0.93, 0.91, 0.86))
    if blur:
        rgb = cv2.GaussianBlur(rgb, (0, 0), blur)
    if noise:
        rgb = rgb + rng.normal(0, noise / 255, rgb.shape).astype(np.float32)
    return Image.fromarray(np.clip(rgb * 255 + 0.5, 0, 255).astype(np.uint8), "RGB")


def _over_the_table(page: np.ndarray, rng: np.random.Generator) -> tuple[float, float]:
    """A point among the page's ruled cells (rows of the image that are mostly dark are rules);
    the lower right of the text where the page has no table, where a seal goes on a signature."""
    dark = page < 0.5
    rows = np.flatnonzero(dark.mean(axis=1) > 0.4)
    h, w = page.shape
    if len(rows) >= 2:
        cols = np.flatnonzero(dark[rows].mean(axis=0) > 0.5)
        x0, x1 = (cols.min(), cols.max()) if len(cols) else (w * 0.15, w * 0.85)
        return float(rng.uniform(x0 + (x1 - x0) * 0.2, x1 - (x1 - x0) * 0.2)), float(rng.uniform(rows.min(), rows.max()))
    ys = np.flatnonzero(dark.any(axis=1))
    y = ys.max() if len(ys) else h * 0.7
    return float(w * rng.uniform(0.55, 0.75)), float(max(h * 0.1, y - h * rng.uniform(0.0, 0.1)))


def jpeg(img, quality: int = 45):
    """The image after a round trip through JPEG at `quality` (4:2:0, as copiers save)."""
    from PIL import Image

    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf)


def degrade_pdf(src: Path, out: Path, seed: int, dpi: int = 150, quality: int = 45, **opts) -> None:
    """`src` (a printed PDF, or a clean scan) rendered at `dpi`, degraded page by page and saved as
    an image-only PDF of JPEG pages at `quality`. The same seed gives the same bytes."""
    import pypdfium2 as pdfium

    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(src))
    pages = []
    for page in pdf:
        clean = page.render(scale=dpi / 72).to_pil()
        pages.append(jpeg(degrade_page(clean, dpi, rng, **opts), quality))
    fixed = time.gmtime(1704067200)              # 2024-01-01: no clock in the bytes: the same seed, the same file
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi, quality=quality, title="scan",
                  creationDate=fixed, modDate=fixed)


SAMPLE = ("reports/000_b69c5b8f3653aeba", "reports/001_378a17285719ce98", "reports/002_70340c3d2e0dbd82",
          "realworld/001", "realworld/004", "realworld/009", "realworld/012", "realworld/032")


def measure(folder: Path, stems=SAMPLE, seed: int = 24) -> list[dict]:
    """Indicator rows and fields of each sample report as a clean 150 dpi scan and degraded at
    150 and 200 dpi (seal, skew, noise, blur, JPEG 45), against its expected records. The
    degraded PDFs are written to `folder` (and reused from there)."""
    import sys
    sys.path.insert(0, str(HERE.parent))
    from corpus.build import build_scan
    from jixiao.extract import read_document
    from jixiao.normalize import normalize_document
    from jixiao.normalize.expected import INDICATOR_FIELDS, compare, load

    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, stem in enumerate(stems):
        k = SAMPLE.index(stem) if stem in SAMPLE else len(SAMPLE) + i     # a sample report keeps its seed
        kind, name = stem.split("/")
        src = HERE / f"{stem}.pdf"
        expected = HERE / ("expected" if kind == "reports" else "realworld/expected") / f"{name[:3]}.json"
        variants = {"clean 150": folder / f"{name[:3]}.{kind}.clean150.pdf"}
        if not variants["clean 150"].exists():
            build_scan(src, variants["clean 150"])
        for dpi in (150, 200):
            variants[f"degraded {dpi}"] = folder / f"{name[:3]}.{kind}.degraded{dpi}.pdf"
            if not variants[f"degraded {dpi}"].exists():
                degrade_pdf(src, variants[f"degraded {dpi}"], seed * 100 + k, dpi)
        for label, path in variants.items():
            cmp = compare(normalize_document(read_document(path), name=path.name), load(expected))
            right = sum(cmp.fields.get(f, [0, 0])[0] for f in INDICATOR_FIELDS)
            total = sum(cmp.fields.get(f, [0, 0])[1] for f in INDICATOR_FIELDS)
            rows.append({"doc": stem, "variant": label, "expected": cmp.expected, "matched": cmp.matched,
                         "fields_right": right, "fields_total": total,
                         "fields_of_expected": len(INDICATOR_FIELDS) * cmp.expected})
            print(stem, label, cmp.expected, cmp.matched, right, total, flush=True)
    for label in ("clean 150", "degraded 150", "degraded 200"):
        sel = [r for r in rows if r["variant"] == label]
        e, m = sum(r["expected"] for r in sel), sum(r["matched"] for r in sel)
        fr, fm = sum(r["fields_right"] for r in sel), sum(r["fields_total"] for r in sel)
        print(f"{label}: rows {m}/{e} ({m / e:.0%}), fields of the rows read {fr}/{fm} ({fr / max(fm, 1):.2f}), "
              f"of all expected {fr / (e * 13):.2f}", flush=True)
    return rows


def main() -> None:
    import sys
    if sys.argv[1:2] == ["--measure"]:
        import json
        rows = measure(Path(sys.argv[2]), sys.argv[4:] or SAMPLE)
        if len(sys.argv) > 3:
            Path(sys.argv[3]).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--seal", default="red", choices=["red", "blue", "none"])
    args = ap.parse_args()
    degrade_pdf(args.src, args.out, args.seed, args.dpi, seal=None if args.seal == "none" else args.seal)


if __name__ == "__main__":
    main()
