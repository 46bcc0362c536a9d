"""An endorser's imprint: a band of small characters, turned 90 degrees, printed along the page.

A production scanner's inkjet imprinter (endorser, 背书打印) prints a string (an archive's code, a date,
a time, a page counter) on each sheet as it feeds, in the feed direction: down the page, each character
turned 90 degrees, at a fixed place across the sheet, through whatever the page holds there (1607.scan:
XXDA 20240401 093517 B0042 P00001 down a table's 实际完成值 column, 5.2万亩 read .2万亩, 94.6% read 4.6%,
a stray 2 after the project's name). Its characters are small (a 5 x 7 dot matrix 2-3 mm tall) and set
close, one under the next, each standing in the same strip across the page: a narrow band whose
characters (the page's rules left out) are ink of one size, stacked at a character's pitch, their sides
in line. A table's print is set across the page: a column of its cells stacks a character a row, a
row's height apart; a cell's wrapped lines stack a few at a line's pitch, their sides ragged.

bands(gray, dpi) gives each such band's box; the reader leaves out the lines the band holds wholly and
holds in doubt the cells it runs through (their print under its ink may have lost or gained characters).
"""
from __future__ import annotations

INK = 170            # darker than this is ink (an imprint's dots are grey where the scan blurs them)
RULE_MM = 12.0       # ink running straight this far is a rule, left out before the characters are cut
ACROSS_MM = (1.6, 3.2)   # a turned character's height, across the band: an endorser's small type (2-3 mm), where
                         # a page's own Han characters set sideways (a heading, 1318.scan's) stand 3.5 mm and more
ALONG_MM = (0.8, 8.0)    # what a piece of it runs along the band: a character's width at least (a sign's bar,
                         # a speck is none), a few characters set close and run together at most
SIDES_PX = 3         # a piece's two sides in line with the piece before it in the band within this
SPACE_MM = 12.0      # the farthest gap along the band (a word's space; a table's text it runs through)
GAP_MM = 1.0         # a gap within a word, between two characters set close
SIDE_MM = 2.0        # the clear paper beside a piece of the band, where upright text has its next character
MIN_PIECES = 12      # pieces in line: fewer is a cell's wrapped lines or a column's figures
MIN_MM = 30.0        # the band's length at least
CLOSE_SHARE = 0.4    # of the gaps between its pieces, at least this share a word's (GAP_MM)
APART_SHARE = 0.3    # of its pieces, at least this share stand clear of any ink beside them
BESIDE_MM = 15.0     # a second, fainter pass of the string beside a band found, across the page at most
PASS_PIECES = 8      # its pieces in line (in runs of two or more), at least
MOST = 3             # bands on a page at most (an endorser's string, a second pass): more is a page turned a
                     # quarter, its lines all running down it (the reader straightens such a page first)


def bands(gray, dpi: float) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, y0, x1, y1) of the page's bands of characters turned 90 degrees and set down it."""
    import cv2
    import numpy as np
    mm = dpi / 25.4
    ink = (gray < INK).astype(np.uint8)
    reach = max(3, int(RULE_MM * mm))
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, reach), np.uint8)) | \
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((reach, 1), np.uint8))
    ink &= 1 - cv2.dilate(rules, np.ones((3, 3), np.uint8))
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    pieces = sorted((int(y), int(x), int(x + w), int(y + h)) for x, y, w, h, _ in stats[1:]
                    if ACROSS_MM[0] * mm <= w <= ACROSS_MM[1] * mm and ALONG_MM[0] * mm <= h <= ALONG_MM[1] * mm)
    chains: list[list[tuple[int, int, int, int]]] = []
    for p in pieces:     # (top, x0, x1, bottom), by their tops: each joins the band whose last piece it lines up under
        for chain in chains:
            last = chain[-1]
            if abs(p[1] - last[1]) <= SIDES_PX and abs(p[2] - last[2]) <= SIDES_PX and -SIDES_PX <= p[0] - last[3] <= SPACE_MM * mm:
                chain.append(p)
                break
        else:
            chains.append([p])
    side = max(2, int(SIDE_MM * mm))
    out = []
    for chain in chains:
        if len(chain) < MIN_PIECES or chain[-1][3] - chain[0][0] < MIN_MM * mm:
            continue
        gaps = [b[0] - a[3] for a, b in zip(chain, chain[1:])]
        apart = sum(not (ink[y0:y1, max(0, x0 - side):max(0, x0 - 1)].any() or ink[y0:y1, x1 + 1:x1 + side].any())
                    for y0, x0, x1, y1 in chain)
        if sum(g <= GAP_MM * mm for g in gaps) >= CLOSE_SHARE * len(gaps) and apart >= APART_SHARE * len(chain):
            reach = int(SPACE_MM * mm)   # its ends: the string may run on in pieces too faint or crossed to cut
            out.append((min(p[1] for p in chain), max(0, chain[0][0] - reach), max(p[2] for p in chain),
                        min(gray.shape[0], chain[-1][3] + reach)))
    if len(out) > MOST:
        return []
    passes = _passes_beside(out, [c for c in chains if len(c) >= 2], mm, gray.shape[0])
    return out + [b for k, b in enumerate(passes) if b not in out and b not in passes[:k]]   # (one pass beside two bands: once)


def _passes_beside(found: list, chains: list, mm: float, height: int) -> list[tuple[int, int, int, int]]:
    """A fainter pass of the same string beside a band (the stack fed again, the cartridge drying: dots
    missing, its pieces broken into short runs): the runs of pieces in line with one another, as wide as
    the band, within BESIDE_MM of it across the page and beside it down the page, PASS_PIECES of them at least."""
    out = []
    for bx0, by0, bx1, by1 in found:
        near = [c for c in chains if c[0][2] - c[0][1] <= bx1 - bx0 + SIDES_PX   # (its dots thinned, narrower)
                and (0 < c[0][1] - bx1 <= BESIDE_MM * mm or 0 < bx0 - c[0][2] <= BESIDE_MM * mm)]
        near = [c for c in near if c[0][0] < by1 and c[-1][3] > by0]
        while near:
            x0, x1 = near[0][0][1], near[0][0][2]
            same = [c for c in near if abs(c[0][1] - x0) <= SIDES_PX and abs(c[0][2] - x1) <= SIDES_PX]
            near = [c for c in near if c not in same]
            pieces = [p for c in same for p in c]
            if len(pieces) >= PASS_PIECES:
                reach = int(SPACE_MM * mm)
                out.append((min(p[1] for p in pieces), max(0, min(p[0] for p in pieces) - reach),
                            max(p[2] for p in pieces), min(height, max(p[3] for p in pieces) + reach)))
    return out


def holds(band: tuple[int, int, int, int], box, slack: float) -> bool:
    """Whether a line's box (x0, y0, x1, y1) lies wholly in the band (within slack pixels of its sides):
    a line the recogniser read from the imprint alone."""
    x0, y0, x1, y1 = band
    return box[0] >= x0 - slack and box[2] <= x1 + slack and box[1] >= y0 and box[3] <= y1


def crossed(tables: list, found: list[tuple[int, int, int, int]]) -> list:
    """The cells of the tables holding text whose box the band runs through: what they read may have lost a
    character under the imprint's ink or gained one of its own."""
    out = []
    for t in tables:
        for c in t.cells:
            if not c.loc.bbox or not (c.text or "").strip():
                continue
            x0, y0, x1, y1 = c.loc.bbox
            if any(min(x1, b[2]) > max(x0, b[0]) and min(y1, b[3]) > max(y0, b[1]) for b in found):
                out.append(c)
    return out



def trimmed(text: str, centers, box, found: list[tuple[int, int, int, int]]) -> tuple[str, list] | None:
    """A line the band runs across at one end: (text, centers) without its last (or first) word where that
    word's characters all stand in the band and no other's does (项目 2: the band's 2 read after a name);
    None where the line is not so."""
    import re
    if not centers or len(centers) != len(text):
        return None
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(words) < 2:
        return None
    y = (box[1] + box[3]) / 2
    inside = [any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in found) for x in centers]
    (a, b), end = words[-1], words[-2][1]
    if all(inside[a:b]) and not any(inside[:end]):
        return text[:end], list(centers[:end])
    (a, b), start = words[0], words[1][0]
    if all(inside[a:b]) and not any(inside[start:]):
        return text[start:], list(centers[start:])
    return None
