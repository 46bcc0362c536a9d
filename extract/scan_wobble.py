"""A phone shot WOBBLED by its rolling shutter (1139's scan): the sensor is read line by line from the
top, and a trembling hand moved the picture sideways while it was, so each line of the page stands
aside by its own amount, smoothly varying down the page. The rows stay level, but every upright rule
and stroke waves: the grid's vertical rules are found as short slanted pieces or not at all, and the
columns fall apart (1139.scan: 8 of 13 rows, the fund line lost, unsaid).

A ruled page's upright rules are straight, so each thin band of lines is matched sideways to the
page's column profile (how much ink each column holds down the page), the band's offset taken where
it matches best, the offsets smoothed down the page and the profile rebuilt from the bands moved
back, three rounds; a band of text alone (a title, a footer) takes the offsets of the ruled bands.
The straight part of the offsets (a shear, a skew left over) is no wobble and is left to the skew
correction; what waves about it is moved back where it is at least MIN_WAVE pixels, swings to and
fro (SWINGS) and the columns come out sharper for it (SHARPER). A page scanned flat matches at no
offset. A wobble slower than the page (one or two swings) is not told from a curl or a skew and is
left as it was."""
from __future__ import annotations

BAND = 2            # lines matched together (at 150 dpi a 3.5 mm tremor is 21 lines)
REACH = 10          # pixels: the farthest a band is looked for aside
ITER = 3            # rounds of matching the bands and rebuilding the profile from them
TRUSTED = 0.3       # a band matching less clearly than this share of the clear ones (the upper quartile) is no guide
SMOOTH = 1.0        # bands: the offsets' smoothing down the page (a hand's tremor, not a line's noise)
MIN_WAVE = 0.8      # pixels: the wobble's spread (standard deviation) below which nothing is moved
SWINGS = 12         # times the offsets swing across their straight line (by over MIN_WAVE either side): a hand's
                    # tremor swings to and fro down the page, a skew, a seam or a fold does once or twice
SHARPER = 1.15      # the columns' concentration moved back over left straight: less is no wobble (1139.scan: 1.26;
                    # 72 other scans of corpus/native at most 1.04)


def _profile(dark, shifts, band: int):
    """The column profile of dark (lines x columns) with each band moved back by its offset."""
    import numpy as np
    h, w = dark.shape
    out = np.zeros(w, dtype=np.float64)
    xs = np.arange(w, dtype=np.float64)
    for b, s in enumerate(shifts):
        row = dark[b * band:(b + 1) * band].sum(axis=0)
        out += np.interp(xs + s, xs, row, left=0.0, right=0.0)
    return out


def _concentration(profile) -> float:
    """How much of the ink stands in few columns (sharp straight rules): sum p^2 / (sum p)^2 x width."""
    import numpy as np
    total = float(profile.sum())
    return float((profile ** 2).sum()) * len(profile) / (total * total) if total else 0.0


def offsets(gray):
    """(per-band offsets, band) of a grey page: each band's sideways offset from the page's columns,
    smoothed down the page (weighted by how clearly each band matched)."""
    import numpy as np
    from scipy.ndimage import gaussian_filter1d
    h, w = gray.shape
    dark = (gray < min(160, int(np.percentile(gray, 50)) - 40)).astype(np.float32)
    nb = h // BAND
    bands = dark[:nb * BAND].reshape(nb, BAND, w).sum(axis=1)
    inked = bands.sum(axis=1) > 0
    bands64 = bands.astype(np.float64)
    shifts = np.zeros(nb)
    r = REACH
    for _ in range(ITER):
        ref = _profile(dark, shifts, BAND)
        ref = ref - ref.mean()
        best = np.zeros(nb)
        weight = np.zeros(nb)
        # every inked band against the profile at every offset in one product: column s + r of `slid` is the
        # profile's middle placed s pixels aside, so (bands x columns) @ slid is (bands x offsets)
        slid = np.zeros((w, 2 * r + 1))
        for s in range(-r, r + 1):
            slid[r + s:w - r + s, s + r] = ref[r:w - r]   # a band's x + s under the profile's x
        rows = np.nonzero(inked)[0]
        for b, scores in zip(rows, bands64[rows] @ slid):
            k = int(scores.argmax())
            best[b] = k - r
            spread = scores.max() - np.median(scores)
            weight[b] = max(spread, 0.0)
            if 0 < k < 2 * r:   # the peak between its neighbours: a fraction of a pixel
                a, c, e = scores[k - 1], scores[k], scores[k + 1]
                den = a - 2 * c + e
                best[b] += 0.5 * (a - e) / den if den else 0.0
        if not weight.any():
            break
        # a band of text alone (a title, a footer: no upright rule through it) matches anywhere: it takes the
        # offsets of the ruled bands nearest it, not its own
        weight[weight < TRUSTED * np.percentile(weight[weight > 0], 75)] = 0.0
        wsum = gaussian_filter1d(weight, SMOOTH)
        near = wsum > 1e-6 * wsum.max()
        smooth = gaussian_filter1d(best * weight, SMOOTH) / np.where(near, wsum, 1.0)
        shifts = np.interp(np.arange(nb), np.nonzero(near)[0], smooth[near])
        ruled = np.nonzero(weight)[0]   # above and below the ruled bands: their middle offset, no wave
        shifts[:ruled[0]] = shifts[ruled[-1] + 1:] = float(np.median(smooth[ruled]))
    return shifts, weight, dark


def swings(wave) -> int:
    """How many times the offsets cross from MIN_WAVE above their straight line to MIN_WAVE below or back."""
    side, count = 0, 0
    for v in wave:
        now = 1 if v > MIN_WAVE else -1 if v < -MIN_WAVE else 0
        if now and now != side:
            count += side != 0
            side = now
    return count


def straightened(gray):
    """(gray with its lines moved back, the wobble's spread in pixels) where the page waves as a
    rolling shutter's shot does; (gray, 0.0) where it does not."""
    import cv2
    import numpy as np
    h, w = gray.shape
    if h < 40 * BAND or w < 4 * REACH:
        return gray, 0.0
    shifts, weight, dark = offsets(gray)
    ys = np.arange(len(shifts), dtype=np.float64)
    if weight.sum() <= 0:
        return gray, 0.0
    slope, at = np.polyfit(ys, shifts, 1, w=np.sqrt(weight))
    wave = shifts - (slope * ys + at)
    spread = float(np.sqrt(np.average(wave ** 2, weights=weight)))
    if spread < MIN_WAVE:
        return gray, 0.0
    if swings(wave[weight > 0]) < SWINGS:
        return gray, 0.0
    straight = slope * ys + at
    if _concentration(_profile(dark, shifts, BAND)) < SHARPER * _concentration(_profile(dark, straight, BAND)):
        return gray, 0.0
    per_line = np.interp(np.arange(h), ys * BAND + (BAND - 1) / 2, wave).astype(np.float32)
    map_x = np.arange(w, dtype=np.float32)[None, :] + per_line[:, None]
    map_y = np.repeat(np.arange(h, dtype=np.float32)[:, None], w, axis=1)
    # whole pixels: each line keeps its ink as scanned (a resampled line is blurred sideways, and the page's
    # glyphs no longer print alike: 1139.scan's 21个 and 97.2% then matched the page's ≥ better than its 2 and 9)
    out = cv2.remap(gray, np.round(map_x), map_y, cv2.INTER_NEAREST, borderMode=cv2.BORDER_REPLICATE)
    return out, spread
