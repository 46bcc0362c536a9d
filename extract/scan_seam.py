"""A page stitched from two shots (a phone scanner app's long page, 730's scan): the lower shot is
laid under the upper a little larger and shifted, so every column rule breaks at the seam and goes on
a few pixels aside, the further from the page's middle the further. The grid then takes each rule's
two pieces for two column edges, a sliver column between them, and the rows below the seam fall in
other columns than the header's (730's level-1 column split in two: its last row took the levels of
the rows above, unsaid).

The breaks tell the seam: at one height several vertical rules end and each goes on below from a
few pixels aside, and the shifts are one straight map of x (a shot's scale and shift: the pieces'
offsets grow along the page, not each its own). Where at least MIN_BREAKS rules so break, agree with
the map within FIT pixels and one of them moves further than the grid's snap (two columns made of
one), the page below the seam is laid back on the upper shot (registered): turned by its own skew,
then scaled and shifted back by the map, and the page read so. A grid whose columns change at a row
(a fund block over the indicators) is no seam: its columns do not all move, nor along one line.
"""
from __future__ import annotations

MIN_BREAKS = 3      # vertical rules breaking at one height, each going on aside, that make a seam
SHIFT = 3.0         # a piece aside by up to this many snaps is the same rule going on
FIT = 2.0           # pixels: each break's shift within this of the map fitted to them all
LONG = 4.0          # snaps: each piece runs at least this far beyond the seam (no rule's stub)
OVERLAP = 16.0      # snaps: how far up past the seam a lower piece may reach (mended to the rule across above it)
BLEND = 4           # pixels under the seam an app blends the two shots over: the lower's turn is measured below them


def breaks(vs: list, snap: float) -> tuple[float, float, float] | None:
    """(seam y, a, b) where the vertical rules vs ((x, y0, y1)) break at a seam, the lower pieces
    at x standing a * x + b aside from the upper ones; None where they do not."""
    pairs = []
    for up in vs:
        for low in vs:
            if low is up or abs(low[0] - up[0]) > SHIFT * snap:
                continue
            # the upper piece ends where (or a little after) the lower begins, each running on far past it
            if low[1] - snap <= up[2] <= low[1] + OVERLAP * snap and up[1] < up[2] - LONG * snap \
                    and low[2] > up[2] + LONG * snap and low[1] > up[1] + LONG * snap:
                pairs.append((up[2], low[1], up[0], low[0] - up[0]))
    best = None
    for end, _, _, _ in pairs:
        at = [p for p in pairs if abs(p[0] - end) <= snap]
        shifts = list({round(x): (x, dx) for _, _, x, dx in at}.values())
        if len(shifts) < MIN_BREAKS or not any(abs(dx) > snap for _, dx in shifts):
            continue
        fit = _line(shifts)
        if fit is None or any(abs(dx - (fit[0] * x + fit[1])) > FIT for x, dx in shifts):
            continue
        if best is None or len(shifts) > best[0]:
            # (a piece reaches on to the next rule across, past the seam: the seam is where the
            # last lower piece begins, the one that met no rule there)
            best = (len(shifts), max(p[1] for p in at), fit)
    return None if best is None else (best[1], *best[2])


def laid_back(gray, vs: list, snap: float, rules):
    """(the page with its lower shot laid back on the upper, the seam's y, the lower shot's turn
    in degrees, 0 where it is not turned) where the page's vertical rules vs break at a seam
    (breaks), else None. rules: the page's rules from an image (horizontal, vertical); the turn is
    measured and taken out first, then the rules' breaks measured again for the scale and shift."""
    from .scan_cleanup import MIN_SKEW, skew_angle
    seam = breaks(vs, snap)
    if seam is None:
        return None
    turn = skew_angle(gray[int(seam[0]) + BLEND:])
    turn = turn if abs(turn) >= MIN_SKEW else 0.0
    if turn:
        gray = registered(gray, seam, turn)
        seam = breaks(rules(gray)[1], snap) or (seam[0], 0.0, 0.0)
    if seam[1] or seam[2]:
        gray = registered(gray, seam)
    return gray, seam[0], turn


def _line(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    n = len(points)
    mx, my = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    a = sum((x - mx) * (y - my) for x, y in points) / sxx
    return a, my - a * mx


def registered(gray, seam: tuple[float, float, float], angle: float = 0.0):
    """The page with its lower shot laid back on the upper's: below the seam, turned by `angle`
    degrees (its own skew, scan_cleanup.skew_angle's sense) about the seam's middle, or, with no
    angle, scaled and shifted back by the map the breaks gave (x_low = (1 + a) * x_up + b; the
    shot is as much larger down the page as across). The upper shot is left as it is."""
    import cv2
    import numpy as np

    y, a, b = seam
    h, w = gray.shape
    if angle:
        m = cv2.getRotationMatrix2D((w / 2, y), -angle, 1.0)
        flags = cv2.INTER_CUBIC
    else:
        m = np.float32([[1 + a, 0, b], [0, 1 + a, -a * y]])
        flags = cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP
    # the whole page moved, the part under the seam kept: a rule along the seam, half in the blend,
    # is drawn from where it lies; what the move leaves uncovered is the page's edge drawn on
    out = gray.copy()
    top = int(round(y))
    out[top:] = cv2.warpAffine(gray, m, (w, h), flags=flags, borderMode=cv2.BORDER_REPLICATE)[top:]
    return out
