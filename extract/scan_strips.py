"""A page CUT INTO UPRIGHT STRIPS and laid back together (1492's scan: a report that went through a strip-cut
shredder and was taped back onto a backing sheet): between the strips runs a narrow seam of the backing (lighter
than ink, darker than the paper, the same all the way down), and every strip stands up or down by its own
amount, so no rule across the page is straight, every glyph is cut and its pieces stand apart, and the grid's
cells fall apart (1492.scan: no row read, the page said only to hold characters).

The seams are found from the page's column medians (what a column holds down the whole page: the paper, or
where a seam runs, the backing): dips below the paper, lighter than the darkest ink, at a regular pitch all
across the page (at least MIN_SEAMS of them, their spacing within PITCH_SLACK of its median). A table's upright
rules are dips too, but few and at the columns' own irregular widths, and darker; a printed page has no such
row of seams, and nothing printed crosses a seam (a grid seen through the sheet is crossed by the table's rules
and text). Each strip between two seams is then matched up and down against the page's row profile (how
much ink each line holds across the page: the rules across are straight on the sheet), its offset taken
where it matches best, ITER rounds; the strips are laid back at their offsets side by side and the seams
left out."""
from __future__ import annotations

MIN_SEAMS = 12        # seams at the pitch: fewer is a table's rules or a fold, not a cut sheet
PITCH_SLACK = 0.25    # of the pitch: how far the spacing of neighbouring seams may stray from it
PAPER_GAP = 12        # grey levels a seam's column median lies below the paper's
DEEPER = 1.6          # times the seams' typical depth below the paper: deeper is a rule (ink), not the backing
REACH_MM = 2.0        # the farthest a strip is looked for up or down
ITER = 3
CROSSED = 0.002       # of the page's height: a seam's clearest column has fewer inked pixels than this (median)
BLANK = 0.05         # of the strips' median line energy: less is a blank strip, left where it lies


def seams(gray) -> list[tuple[int, int]]:
    """The (first, last + 1) columns of each seam of a page cut into upright strips; [] where none is."""
    import numpy as np
    med = np.median(gray, axis=0).astype(np.float64)
    paper = float(np.percentile(med, 90))
    low = med < paper - PAPER_GAP
    runs, x, w = [], 0, len(med)
    while x < w:
        if low[x]:
            e = x
            while e < w and low[e]:
                e += 1
            runs.append((x, e))
            x = e
        else:
            x += 1
    # a seam: narrow, and as deep as the others (a table's upright rule is ink, deeper than the backing)
    narrow = [(a, b) for a, b in runs if b - a <= 8]
    if len(narrow) < MIN_SEAMS:
        return []
    depth = np.array([paper - float(med[a:b].min()) for a, b in narrow])
    typical = float(np.median(depth))
    light = [s for s, d in zip(narrow, depth) if d <= DEEPER * typical]
    if len(light) < MIN_SEAMS:
        return []
    centres = np.array([(a + b) / 2 for a, b in light])
    pitch = float(np.median(np.diff(centres)))
    if pitch < 4:
        return []

    def at_pitch(d: float) -> bool:   # one, two or three pitches on (a seam the damage hid in between)
        k = round(d / pitch)
        return 1 <= k <= 3 and abs(d - k * pitch) <= PITCH_SLACK * pitch

    # the longest chain at the pitch (a rule between two seams is passed over)
    best: list = []
    for start in range(len(light)):
        kept = [light[start]]
        for s in light[start + 1:]:
            if at_pitch((s[0] + s[1]) / 2 - (kept[-1][0] + kept[-1][1]) / 2):
                kept.append(s)
        if len(kept) > len(best):
            best = kept
        if len(best) > len(light) - start:
            break
    if len(best) < MIN_SEAMS:
        return []
    # the backing between strips never held print: no rule across and no stroke runs through a seam's
    # clearest column, where a grid under or over the page (a cutting mat's lines seen through the sheet,
    # 1102.scan) is crossed by the table's rules and text
    thr = (paper + float(np.percentile(gray, 0.5))) / 2
    crossed = [min(int((gray[:, x] < thr).sum()) for x in range(a, b)) for a, b in best]
    if float(np.median(crossed)) > CROSSED * gray.shape[0]:
        return []
    return best


def realigned(gray, dpi: int):
    """(gray laid back, strips, largest offset in pixels) for a page cut into upright strips; (gray, 0, 0) for
    any other page."""
    import numpy as np
    cut = seams(gray)
    if not cut:
        return gray, 0, 0
    h, w = gray.shape
    edges = [0] + [x for s in cut for x in s] + [w]
    strips = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2) if edges[i + 1] - edges[i] > 0]
    paper = float(np.percentile(np.median(gray, axis=0), 90))
    dark = np.clip(paper - gray.astype(np.float64), 0, None)
    reach = max(1, round(REACH_MM * dpi / 25.4))
    # each strip's rows less their surroundings: the lines (rules across, text rows) matched, not a long
    # upright rule's or a shaded column's even darkness, which matches anywhere
    from scipy.ndimage import uniform_filter1d
    profiles = []
    for a, b in strips:
        p = dark[:, a:b].sum(axis=1)
        profiles.append(p - uniform_filter1d(p, 4 * reach + 1))
    shifts = [0] * len(strips)

    def moved(p, s):   # the profile of a strip moved down by s lines
        out = np.zeros_like(p)
        if s >= 0:
            out[s:] = p[:h - s]
        else:
            out[:h + s] = p[-s:]
        return out

    for _ in range(ITER):
        ref = sum(moved(p, s) for p, s in zip(profiles, shifts))
        ref = ref - ref.mean()
        for i, p in enumerate(profiles):
            own = moved(p, shifts[i])
            rest = ref - (own - own.mean()) if len(profiles) > 1 else ref
            scores = [float(np.dot(moved(p, s), rest)) for s in range(-reach, reach + 1)]
            shifts[i] = int(np.argmax(scores)) - reach
    base = int(np.median(shifts))
    # a strip with no line of its own to match (a blank margin) matches anywhere: it stays with the page
    energy = np.array([float(np.dot(p, p)) for p in profiles])
    weak = energy < BLANK * float(np.median(energy))
    shifts = [0 if blank else s - base for s, blank in zip(shifts, weak)]
    fill = int(round(paper))
    out = np.full((h, sum(b - a for a, b in strips)), fill, dtype=gray.dtype)
    x = 0
    for (a, b), s in zip(strips, shifts):
        piece = gray[:, a:b]
        if s >= 0:
            out[s:, x:x + b - a] = piece[:h - s]
        else:
            out[:h + s, x:x + b - a] = piece[-s:]
        x += b - a
    return out, len(strips), max(abs(s) for s in shifts)
