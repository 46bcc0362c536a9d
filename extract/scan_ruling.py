"""The ruling of the paper, not the table's: a form printed on ruled letterhead (信笺纸, pale red lines
every 9 mm; 1105's scan, in grey) or laid on a document camera's gridded cutting mat whose lines show
through thin paper (1102's, every 10 mm, both ways). Taken as rules, the lines cut every row in two
and every cell into pieces: 1105.scan read 5 of 13 rows, 1102.scan none, with a false JX402 from the
pieces. Such lines are fainter than the table's own rules, run on past the table's frame at both ends
(a table's rules end at its sides), and stand at one pitch, a line missing where it merged with a
rule of the table. A family of at least RULED_LINES of them is the paper's; the faint pieces of
ink lying where a line of the family runs (a tilted line broken by the table's ink into runs) go with
it. A table with lighter inner rules keeps them: they end at its frame.

Works on the boxes (x, y, w, h) and shades that ocr_reader.rules found: horizontal and vertical."""
from __future__ import annotations

RULED_LINES = 4     # faint lines past the frame at one pitch that make a ruling (1102's first page: 4
                    # whole ones, the rest broken by the table; 1105's: 10 and more)
RULING_SHADE = 0.55 # of the page's darkest long lines (the mean of DARKEST): a line fainter may be the
                    # paper's (1105's: 0.18-0.30 against 0.64-0.79, its merged rules 0.35; 1102's:
                    # 0.04-0.27 against 0.56)
DARKEST = 5
LONG = 10           # snaps: the lines whose shades tell the page's rules' darkness
PITCH_FIT = 0.15    # of the pitch: each gap within this of a whole number of pitches


def ruling(found: list, snap: float, inner, said: list | None = None, typical=None) -> list[set[int]]:
    """Per orientation (found[0] horizontal, found[1] vertical: [((x, y, w, h), shade)]), the
    indexes of the lines that are the paper's ruling. inner(o, k, lo, hi): the shade of line k of
    orientation o over its part between lo and hi along it (0 where it has none there): a rule of
    the table that a ruling line runs on from is as dark as the table's rules within the frame.
    Each ruling found is added to `said` as (orientation, lines past the frame, pitch in pixels).
    typical(o, k): where given, the median shade of line k's own pixels: a short piece of a ruling
    line that crosses a rule or a stroke is darker on the mean than the line (1105's second page:
    three pieces between the words of a merged cell, 0.49 on the mean against 0.28), not at its middle."""
    out: list[set[int]] = [set(), set()]
    below = []
    for lines in found:     # the darkest long lines are the table's (a ruling may outnumber them)
        long = sorted((s for b, s in lines if max(b[2], b[3]) >= LONG * snap), reverse=True)[:DARKEST]
        below.append(RULING_SHADE * sum(long) / len(long) if long else 0.0)
    for o in (0, 1):
        frame = [b for b, s in found[1 - o] if s >= below[1 - o] and max(b[2], b[3]) >= LONG * snap]
        if not frame or not below[o]:
            continue
        lo = min(b[o] for b in frame)
        hi = max(b[o] + b[2 + o] for b in frame)
        faint = [k for k, (b, s) in enumerate(found[o]) if s < below[o] or inner(o, k, lo, hi) < below[o]]
        past = [k for k in faint if found[o][k][0][o] < lo - snap and sum(found[o][k][0][o::2]) > hi + snap
                and inner(o, k, lo, hi) < below[o]]
        if len(past) < RULED_LINES:
            continue
        across = 1 - o      # the lines' position runs across them
        mids = sorted(found[o][k][0][across] + found[o][k][0][2 + across] / 2 for k in past)
        pitch = _pitch(mids, snap)
        if not pitch:
            continue
        # a line's breadth across it is its tilt over its length; a piece of it lies within that band
        reach = max(found[o][k][0][2 + across] for k in past) / 2 + snap
        pale = [k for k in faint if inner(o, k, lo, hi) < below[o]]
        if typical is not None:
            # by its median a piece stands nearer the ruling's own shade than the bound: a thin rule of
            # the table blurred by straightening the page has a median below the bound too (1102's second
            # page, turned 0.55 degrees: 0.38 against 0.40, the mat's lines past the frame 0.08-0.19)
            paler = (below[o] + max(typical(o, k) for k in past)) / 2
            pale += [k for k in range(len(found[o])) if k not in faint and typical(o, k) < min(below[o], paler)]

        def lying_at(step: float) -> set[int]:
            return {k for k in pale if abs(((found[o][k][0][across] + found[o][k][0][2 + across] / 2 - mids[0]) / step
                                            + 0.5) % 1 - 0.5) * step <= reach}

        def along(ks: set[int]) -> int:     # the length of the pieces: a few long lines tell the pitch
            return sum(found[o][k][0][3 - across] for k in ks)

        # few lines past the frame far apart leave the count of pitches between them open by one
        # (1102's upright ones: 4 lines, 55 and 59 px apart at one end, 1,118 px across: 21 pitches of
        # 56 or 20 of 59): the count on whose pitch the page's faint pieces lie, the most of their
        # length, is the paper's (its 10 mm, 59 px; at 56 the pieces in the table's middle fell off it)
        lying = lying_at(pitch)
        for step in _recounted(mids, pitch, snap):
            other = lying_at(step)
            if along(other) > along(lying):
                pitch, lying = step, other
        out[o] = set(past) | lying
        if said is not None:
            said.append((o, len(past), pitch))
    return out


def run_on(found: list, snap: float, inner, papers: list) -> dict:
    """Per orientation, {k: (lo, hi)} for the table's rules (not in papers) that a ruling line runs on
    from past the table's frame, as faint there as the ruling: the part within the frame, from lo to
    hi along the line. On 1102's second page, straightened, a row rule ran on along a mat line to the
    sheet's left edge and made the sheet's outline and the table one grid, so no row was read."""
    out: list[dict] = [{}, {}]
    below = []
    for lines in found:
        long = sorted((s for b, s in lines if max(b[2], b[3]) >= LONG * snap), reverse=True)[:DARKEST]
        below.append(RULING_SHADE * sum(long) / len(long) if long else 0.0)
    for o in (0, 1):
        if not papers[o]:
            continue
        frame = [b for b, s in found[1 - o] if s >= below[1 - o] and max(b[2], b[3]) >= LONG * snap]
        if not frame:
            continue
        lo = min(b[o] for b in frame)
        hi = max(b[o] + b[2 + o] for b in frame)
        for k, (b, s) in enumerate(found[o]):
            if k in papers[o]:
                continue
            start, end = b[o], b[o] + b[2 + o]
            cut = (lo if start < lo - snap and inner(o, k, start, lo - snap) < below[o] else start,
                   hi if end > hi + snap and inner(o, k, hi + snap, end) < below[o] else end)
            if cut != (start, end) and cut[1] - cut[0] > 0:
                out[o][k] = cut
    return out


def _pitch(mids: list, snap: float) -> float:
    """The one pitch the positions stand at (a line may be missing between two), fitted over
    their whole run (each gap is a few pixels off: a tilted line's box); 0 where they stand at none."""
    gaps = [b - a for a, b in zip(mids, mids[1:]) if b - a > 2 * snap]
    if len(gaps) + 1 < len(mids) or not gaps:
        return 0.0
    single = sorted(g for g in gaps if g <= 1.5 * min(gaps))
    pitch = single[(len(single) - 1) // 2]
    pitch = (mids[-1] - mids[0]) / max(1, round((mids[-1] - mids[0]) / pitch))
    if any(abs((m - mids[0]) / pitch - round((m - mids[0]) / pitch)) > PITCH_FIT for m in mids):
        return 0.0
    return pitch


def _recounted(mids: list, pitch: float, snap: float) -> list[float]:
    """The pitches one more or one fewer across the run of mids than pitch has that still fit
    every mid (PITCH_FIT): where the lines are few the count between the first and last is open."""
    span = mids[-1] - mids[0]
    count = round(span / pitch)
    out = []
    for n in (count - 1, count + 1):
        if n < 1:
            continue
        step = span / n
        if step > 2 * snap and all(abs((m - mids[0]) / step - round((m - mids[0]) / step)) <= PITCH_FIT
                                         for m in mids):
            out.append(step)
    return out


def erased(gray, masks: list):
    """gray with the paper's lines (masks: their pixels, as rules() opened them) turned to the paper
    around them, except where a pixel is darker than the line itself by INKED grey levels: a
    character's stroke the line crosses stays."""
    import numpy as np
    on = np.zeros(gray.shape, bool)
    for mask in masks:
        on |= mask
    if not on.any():
        return gray
    level, paper = float(np.median(gray[on])), float(np.median(gray))
    out = gray.copy()
    out[on & (gray >= level - INKED)] = np.uint8(paper)
    return out


INKED = 40      # grey levels darker than the paper's line: a printed stroke under it (1105's ruling 190, text 30-80)
