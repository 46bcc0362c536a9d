"""A scanned page made fit for OCR: seals taken out by their colour, skew taken out by the page's
own lines, an uneven background made even. Each step leaves the page untouched (the same array)
when it finds nothing to do, so a clean grey scan is read exactly as it was.

- Seals (公章) are red or blue ink laid semi-transparently over black text. Where a pixel is
  clearly red or blue (its own channel above both others), its grey is replaced by its brightest
  channel (HSV value), lifted by the ratio of the paper to the seal's value: the red channel of a
  red seal over white paper is nearly white, over black text still black, so the seal vanishes
  and the text under it stays. Only near the seal's strokes, and on each channel divided by its
  own paper first.
- Skew: the angle whose horizontal projection of the dark pixels is sharpest (ruling lines give
  one narrow peak each; where a page has none, its text lines do), searched within ±MAX_SKEW°.
- Background: a page whose paper is darker in one part than another (lighting, a copier's lid)
  is divided by its own background (the page with the text closed away), which keeps the strokes'
  grey levels for the recogniser; an even page is left alone.
"""
from __future__ import annotations

import numpy as np

MAX_SKEW = 3.0          # degrees: a page fed further askew than this is rotated by hand
MIN_SKEW = 0.15         # below this the lines drift under a pixel per 400: left alone
SEAL_LEAN = (4, 16)     # red minus green/blue (or blue minus red/green): no seal below, all seal above
SEAL_SURE = 30          # a page has a seal when SEAL_MIN_PIXELS lean this far
SEAL_MIN_PIXELS = 400   # fewer saturated pixels than this are JPEG colour fringes, not a seal
UNEVEN = 28             # grey levels between the lighter and darker parts of the paper


def without_seals(rgb: np.ndarray) -> tuple[np.ndarray, int]:
    """The page in grey with red and blue ink taken out, and the number of seal pixels found."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    c = rgb.astype(np.int16)
    r, g, b = c[..., 0], c[..., 1], c[..., 2]
    # how far a pixel leans to red or to blue ink (paper's yellow tint and JPEG fringes lean little)
    lean = np.maximum(r - np.maximum(g, b), b - np.maximum(r, g)).astype(np.float32)
    lo, hi = SEAL_LEAN
    v = np.maximum(np.maximum(r, g), b)
    sure = lean > SEAL_SURE
    found = int(sure.sum())
    if found < SEAL_MIN_PIXELS:
        return gray, 0
    # Each channel divided by its own paper (the page with strokes closed away, at an eighth of the
    # size): the seal is then lifted to the paper where it lies, not to the page's lightest paper,
    # which left a white disc with a dark rim on grey or tinted paper
    h, w = gray.shape
    small = cv2.resize(rgb, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    paper_rgb = cv2.medianBlur(cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))), 9)
    paper_rgb = cv2.resize(paper_rgb, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    c = np.clip(rgb.astype(np.float32) / np.maximum(paper_rgb, 1) * 255, 0, 255)
    gray = cv2.cvtColor(c.astype(np.uint8), cv2.COLOR_RGB2GRAY)
    v = c.max(axis=2)    # (which pixels are seal stays judged on the page as it came: under a
                         # dense seal the paper's estimate is tinted by the ink itself)
    # only near the seal's own strokes: tinted paper and JPEG's 8×8 colour blocks lean a little
    # everywhere, and lifting them would lay a checkerboard over the page
    near = cv2.dilate(sure.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))) > 0
    weight = np.where(near, np.clip((lean - lo) / (hi - lo), 0, 1), 0).astype(np.float32)
    # Near the seal a neutral pixel's value is its grey (a little above): taking a pixel for seal
    # that is not one costs little, so the ramp starts low. Seal ink darkens even its own colour's
    # channel a little: lift the seal's value to the paper's (black text under it stays dark)
    inked = v[sure & (v > 128)]
    paper = float(np.percentile(gray[~sure], 90))   # the flattened paper (noise keeps it under 255)
    gain = float(np.clip(paper / np.median(inked), 1.0, 1.6)) if len(inked) else 1.0
    # JPEG keeps colour at half resolution: a stroke's rim is grey-pink, not red. Widen the seal by
    # two pixels (a neutral pixel's value is its grey, so text beside a seal only lightens by the gain)
    weight = cv2.dilate(weight, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5)))
    out = gray + weight * (np.minimum(v.astype(np.float32) * gain, 255) - gray)
    # and JPEG rings round the seal's strokes leave a light ghost of them, far lighter than text
    # (text under a seal stays darker than 0.6 of the paper): lift it to the paper
    lift = np.clip((out - 0.6 * paper) / (0.2 * paper), 0, 1) * weight
    out = out + lift * (paper - out).clip(0)
    return np.clip(out + 0.5, 0, 255).astype(np.uint8), found


def skew_angle(gray: np.ndarray) -> float:
    """Degrees the page is turned counter-clockwise (rotate by minus this to straighten it)."""
    import cv2

    small = gray[::2, ::2]
    dark = cv2.adaptiveThreshold(small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 25)
    ys, xs = np.nonzero(dark)
    if len(ys) < 500:
        return 0.0
    if len(ys) > 250_000:
        keep = np.random.default_rng(0).choice(len(ys), 250_000, replace=False)
        ys, xs = ys[keep], xs[keep]
    ys = ys.astype(np.float32)
    xs = xs.astype(np.float32) - small.shape[1] / 2

    def sharpness(angle: float) -> float:
        # a line turned counter-clockwise by `angle` rises to the right: y = y0 - x·tan(angle)
        proj = ys + xs * np.float32(np.tan(np.radians(angle)))
        hist = np.bincount(np.round(proj - proj.min()).astype(np.int64))
        return float(np.dot(hist.astype(np.float64), hist))

    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 1e-6, 0.25)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.25, best + 0.25 + 1e-6, 0.05)
    best = max(fine, key=sharpness)
    if sharpness(best) < sharpness(0.0) * 1.02:   # no clearer than as it stands
        return 0.0
    return float(best)


def rotated(gray: np.ndarray, angle: float) -> np.ndarray:
    """The page turned clockwise by `angle` degrees about its centre, corners filled with paper."""
    import cv2

    h, w = gray.shape
    paper = int(np.percentile(gray, 90))
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
    return cv2.warpAffine(gray, rot, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=paper)


def even_background(gray: np.ndarray) -> np.ndarray:
    """The page divided by its paper where the paper is uneven; the same array where it is even."""
    import cv2

    h, w = gray.shape
    small = cv2.resize(gray, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))   # text closed away
    paper = cv2.medianBlur(paper, 9)
    lo, hi = np.percentile(paper, [5, 95])
    if hi - lo < UNEVEN and hi >= 235:
        return gray
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    out = gray.astype(np.float32) / np.maximum(paper, 1) * 255
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
