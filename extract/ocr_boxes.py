"""A recognised line's characters placed on the page.

OCR gives a box per text line and, on request, each character's position in it (the frame of
the recogniser's CTC decoding where the character was read, mapped back to the page). Detection
joins cells that stand close into one box ("≥1200人1268人" across two columns of a borderless
table); the characters' positions show the white between them: there, two consecutive
characters stand further apart than the line's own pitch says. A box without such white has its
characters spread over it by display width, as before; one with it is placed in pieces, each
piece at its own characters' positions, and the first character after white is marked as one a
cell may start at (extract.aligned_table cuts there only where other lines show a column edge).
"""
from __future__ import annotations

import re
from statistics import median

from .display_columns import display_width

WHITE = 0.8   # white of most of a full-width character more than the pitch allows: a gap between cells
SOME = 0.5    # white of half a character more than the pitch: where a tab stop may stand (see placed)
MIN_CHARS = 3  # the pitch is measured between the line's own characters: two give no measure


def placed(text: str, x0: float, x1: float, centers: list[float] | None,
           white: float = WHITE) -> list[tuple[float, float, bool]]:
    """(x, width, white before it) of each character of `text`, read in the box x0..x1.
    centers: each character's centre by the engine (None or a list of another length: unknown).
    white: the white, in characters over the pitch, that places a box in pieces; SOME gives
    where a typed line's field may start at its tab stop (the words run on solid but for a little
    white, less than between cells), which extract.aligned_table checks at a column start only."""
    units = [display_width(ch) for ch in text]
    step = (x1 - x0) / max(sum(units), 1)
    even = []
    x = x0
    for u in units:
        even.append((x, step * u, False))
        x += step * u
    if not centers or len(centers) != len(text) or len(text) < MIN_CHARS:
        return even
    half = [u / 2 for u in units]                # widths in full-width characters
    pairs = [(centers[k] - centers[k - 1], (half[k - 1] + half[k]) / 2) for k in range(1, len(text))]
    if any(d <= 0 for d, _ in pairs):            # positions out of order: no evidence
        return even
    pitch = median(d / w for d, w in pairs)      # a full-width character's advance in this line
    cuts = [k for k, (d, w) in enumerate(pairs, start=1) if d - pitch * w >= white * pitch]
    out = []
    bounds = [0] + cuts + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        left, right = centers[a] - pitch * half[a] / 2, centers[b - 1] + pitch * half[b - 1] / 2
        # A box's own ends stand, but where it runs half a character past its characters it took
        # in white (a box over the box of the cell beside it): its characters end there.
        left = left if a or left - x0 > pitch / 2 else x0
        right = right if b < len(text) or x1 - right > pitch / 2 else x1
        width = (right - left) / max(sum(units[a:b]), 1)
        x = left
        for k in range(a, b):
            out.append((x, width * units[k], k == a and a > 0))
            x += width * units[k]
    return out


def centers_of(item) -> list[float] | None:
    """The characters' centres from an engine result [box, text, score, word boxes, ...]."""
    if len(item) < 4 or not item[3]:
        return None
    try:
        return [(min(p[0] for p in w) + max(p[0] for p in w)) / 2 for w in item[3]]
    except (TypeError, IndexError, ValueError):
        return None


def ink_box(gray, box, centers: list[float], k: int) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1, in the line box's pixels) of the ink of the character read at k of a
    line (ink_marks), or None where there is none or the line's box cuts it."""
    marks = ink_marks(gray, box, centers, k)
    if not marks:
        return None
    out = (min(m[0] for m in marks), min(m[1] for m in marks), max(m[2] for m in marks), max(m[3] for m in marks))
    return None if out[0] == 0 or out[2] >= marks[0][5] else out


def ink_marks(gray, box, centers: list[float], k: int) -> list[tuple[int, int, int, int, int, int]]:
    """The dark marks of the character read at k of a line (share_components), none as long as a
    ruling line nor a cell's side; each (x0, y0, x1, y1, area, the box's width), in the line box's
    pixels."""
    found = share_components(gray, box, centers, k)
    if found is None:
        return []
    h, width, comps = found
    return [(x, y, x + w, y + hh, area, width) for x, y, w, hh, area in comps
            if not (w > 1.5 * h or hh > 0.9 * h and w < 3)]   # not a rule, nor a cell's side in the box


def char_share(x0: float, x1: float, centers: list[float], k: int) -> tuple[float, float]:
    """The x extent of a line's share of the character read at k (the line from x0 to x1, its
    characters' centers): halfway to the characters beside it, the line's end past the first and
    the last. The engine gives centres, not boxes; a character's ink lies round its centre."""
    lo = (centers[k - 1] + centers[k]) / 2 if k else x0
    hi = (centers[k] + centers[k + 1]) / 2 if k + 1 < len(centers) else x1
    return lo, hi


def share_components(gray, box, centers: list[float], k: int):
    """The connected dark components (x, y, w, h, area; specks left out) whose middle lies in the
    share of a line of the character read at k: halfway to the characters beside it. box: the
    line's x0, y0, x1, y1 in the page's pixels; centers: its characters'. Returns (the line's
    height, the box's width, components), in the line box's pixels, or None for a box too small
    to measure. What a mark is (a bar, a ring, a character's ink) each caller decides."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = (max(0, int(round(v))) for v in box)
    h = y1 - y0
    if h < 6 or x1 - x0 < 4:
        return None
    lo, hi = char_share(x0, x1, centers, k)
    crop = gray[y0:y1, x0:x1]
    n, _, stats, _ = cv2.connectedComponentsWithStats((crop < 128).astype(np.uint8), connectivity=8)
    comps = [tuple(int(v) for v in stats[j]) for j in range(1, n)]
    return h, crop.shape[1], [c for c in comps if c[4] >= 2 and lo <= x0 + c[0] + c[2] / 2 < hi]


# A character the recogniser did not emit leaves its place in the line: 1352.scan's 暖棚验收合格率, its 棚
# broken by the laid paper's ribs, came out 暖验收合格率 with the centres of 暖 and 验 two advances apart
# where every other pair stands one apart, and the broken strokes of 棚 between them. Between two Han
# characters of one word such a gap is no cell's white (that is white, or a rule, which ink_marks leave
# out): where the gap is LOST advances wide or more and holds ink of LOST_INK of the line's usual
# character's at least, a character stood there that the reading lacks; it is said, never guessed.
LOST = 1.7
LOST_INK = 0.25


def _advance(text: str, centers: list[float] | None):
    """(han, pitch) of a line read with its characters' centres: which characters are Han and the median
    advance between Han neighbours; None where the line is too short or its centres do not run left to right."""
    if not centers or len(centers) != len(text) or len(text) < MIN_CHARS + 1:
        return None
    han = [bool(re.fullmatch(r"[\u3400-\u9fff]", ch)) for ch in text]
    pairs = [centers[k] - centers[k - 1] for k in range(1, len(text)) if han[k] and han[k - 1]]
    if len(pairs) < MIN_CHARS or any(d <= 0 for d in pairs):
        return None
    return han, median(pairs)


def _line_ink(text: str, centers: list[float], han: list[bool], pitch: float, gray, box):
    """(ink, usual) of a line read in box x0, y0, x1, y1 of the page's gray image: ink(lo, hi) the ink of the
    strokes whose centres stand between x lo and hi (specks left out, and what ink_marks leaves out: a rule
    along the line, a cell's side across it), usual the ink of the line's usual Han character (0 or more);
    None where the box is too small to hold a line."""
    import cv2
    import numpy as np
    x0, y0, x1, y1 = (max(0, int(round(v))) for v in box)
    h = y1 - y0
    if h < 6 or x1 - x0 < 4:
        return None
    n, _, stats, _ = cv2.connectedComponentsWithStats((gray[y0:y1, x0:x1] < 128).astype(np.uint8), connectivity=8)
    comps = [tuple(int(v) for v in stats[j]) for j in range(1, n)]
    comps = [c for c in comps if c[4] >= 2 and not (c[2] > 1.5 * h or c[3] > 0.9 * h and c[2] < 3)]

    def ink(lo: float, hi: float) -> int:
        return sum(c[4] for c in comps if lo <= x0 + c[0] + c[2] / 2 < hi)

    return ink, median(ink(centers[k] - pitch / 2, centers[k] + pitch / 2) for k in range(len(text)) if han[k])


def lost_between(text: str, centers: list[float] | None, gray, box) -> list[int]:
    """The places k of `text` (a line read in box x0, y0, x1, y1 of the page's gray image, its characters'
    centres) where between the Han characters k - 1 and k the line's advance leaves room for a character
    and ink stands there that no character read accounts for."""
    if (adv := _advance(text, centers)) is None:
        return []
    han, pitch = adv
    gaps = [k for k in range(1, len(text)) if han[k] and han[k - 1] and centers[k] - centers[k - 1] >= LOST * pitch]
    if not gaps or (line := _line_ink(text, centers, han, pitch, gray, box)) is None:
        return []
    ink, usual = line
    return [k for k in gaps
            if usual > 0 and ink(centers[k - 1] + pitch / 2, centers[k] - pitch / 2) >= LOST_INK * usual]


# The same at a line's ends (1493.scan: 咖啡产业服务体系 read 啡产业服务体系, the box begun where the cell's
# others begin, 啡's centre a character and a half into it where theirs stand half a character in, and
# 咖's strokes, set against the cell's side by the swaths' offset, in the room before it): room inside the
# box before the first character's half advance, or after the last's, of ENDS advances at least, that holds
# ink of LOST_INK of the line's usual character's, held a character the reading lacks; said, never guessed.
ENDS = 0.7


def lost_at_ends(text: str, centers: list[float] | None, gray, box) -> list[int]:
    """The places of `text` (0: before its first character, len(text): after its last) where the line's box
    (x0, y0, x1, y1 of the page's gray image) leaves room inside it, beyond a Han character at that end, for
    a character, and ink stands there that no character read accounts for."""
    if (adv := _advance(text, centers)) is None:
        return []
    han, pitch = adv
    if (line := _line_ink(text, centers, han, pitch, gray, box)) is None:
        return []
    ink, usual = line
    x0, x1 = max(0, int(round(box[0]))), max(0, int(round(box[2])))
    if usual <= 0:
        return []
    out = []
    if han[0] and centers[0] - pitch / 2 - x0 >= ENDS * pitch and ink(x0, centers[0] - pitch / 2) >= LOST_INK * usual:
        out.append(0)
    if han[-1] and x1 - centers[-1] - pitch / 2 >= ENDS * pitch and ink(centers[-1] + pitch / 2, x1) >= LOST_INK * usual:
        out.append(len(text))
    return out


# Two detection boxes that meet over one glyph both read it: the cell's last character is read again
# as the first of the box beside it (1479.scan: 2023年10月31日 | 日2023年10月24, the target's 日 at x 875.5
# read again at 882.5, then put back into the target's cell by the column rule: 2023年10月31日日前, no
# deadline). One glyph read twice stands where it stood the first time: the two readings' centres are
# less than TWICE of a full-width character's advance apart (a character written twice, 日日, stands a
# whole advance on). Only the same character, on the same row (the boxes overlap in height by half).
TWICE = 0.5


def full_pitch(text: str, centers: list[float] | None) -> float | None:
    """A full-width character's advance in a line, from its characters' centres (as placed measures it);
    None where the centres give no measure."""
    if not centers or len(centers) != len(text) or len(text) < MIN_CHARS:
        return None
    units = [display_width(ch) / 2 for ch in text]
    pairs = [(centers[k] - centers[k - 1], (units[k - 1] + units[k]) / 2) for k in range(1, len(text))]
    if any(d <= 0 or w <= 0 for d, w in pairs):
        return None
    return median(d / w for d, w in pairs)


def read_twice(text: str, centers: list[float] | None, y0: float, y1: float,
               ends: list[tuple[str, float, float, float, float]]) -> bool:
    """Whether a line's first character is the last character of a line read before it on the same row
    (ends: each earlier line's last character, its centre, its box's top and bottom, its full-width
    advance) read again from the same ink: the same character, its centre less than TWICE of an advance
    from that one's."""
    if not text or not centers or len(centers) != len(text) or len(text) < 2:
        return False
    own = full_pitch(text, centers)
    for ch, x, top, bottom, pitch in ends:
        step = min(p for p in (pitch, own) if p) if pitch or own else None
        if ch != text[0] or step is None:
            continue
        if min(bottom, y1) - max(top, y0) < 0.5 * min(bottom - top, y1 - y0):
            continue
        if abs(centers[0] - x) < TWICE * step:
            return True
    return False
