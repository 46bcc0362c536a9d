"""A 1-bit scan made in a scanner driver's ORDERED-DITHER ("halftone", 抖动) mode (1931.scan: a Bayer 8 x 8
matrix): every grey drawn as a fixed pattern of dots repeated each PERIOD pixels, so the paper itself carries a
regular lattice of dots and every stroke's edge breaks into the matrix's cross-hatch. OCR read such a page as
noise: the lattice taken for an interlaced frame's comb and for strewn specks, the rules for dotted lines, no row
read (1931.scan: no row of 13). An ordered dither tells itself by WHERE its dots fall: on the light parts of the
page the black dots sit at the same few places of every period x period tile (a threshold matrix lets through
only its highest cells on light paper), where noise, a fixed threshold's specks or an error-diffusion dither
(1008.scan) strew them over every place alike. Averaged over about a tile, each grey comes back as the share of
dots the matrix drew for it, so the page is read from that average (a Gaussian blur of BLUR periods at the
image's own pixels, before it is scaled to the reader's resolution), its rules (runs of ink RULE pixels long,
their dither's pinholes bridged) drawn back solid, as a blur would grey a 1-pixel rule out of the grid (1931's
分值 | 得分 columns read as one, 8 | 8 as 88)."""
from __future__ import annotations

PERIODS = (4, 8, 16)    # pixels: the ordered-dither matrices drivers use (Bayer 4 x 4, 8 x 8, 16 x 16)
BILEVEL = 0.02          # of the image's pixels: at most this many neither black nor white in a 1-bit page
LIGHT = 0.1             # of a 2 x period square: at most this much ink makes it light paper
LATTICE = 0.005         # of light paper's pixels: at least this many dots make a lattice (1931.scan: 0.037)
PLACED = 10             # the densest place of the tile over the mean of all places: dots that keep their place
                        # (1931.scan: 27; noise, specks and error diffusion: 1.0-6.5 in the corpus's 1-bit scans)
RULE = 100              # pixels: a run of ink this long across or down is a rule (the lattice's dots stand a period
                        # apart, a character's stroke is shorter); drawn back solid where the blur would grey it out
BLUR = 1 / 8            # of the period: the Gaussian's sigma that gives the dots back as greys (1 px for an 8 x 8
                        # matrix at 200 dpi; 1931.scan with its rules drawn back: 3/32 read 11 rows, 1/8 12, 3/16 10,
                        # 1/4 4; a box of one whole period, exact on flat greys, blurred the strokes into a mosaic)


def period(gray) -> int:
    """The period of the ordered dither a 1-bit page image (grey array, 0-255) is drawn in, at its own pixels; 0
    where it is none (not bilevel, its light paper without dots, or its dots strewn over every place alike)."""
    import cv2
    import numpy as np
    if gray.size == 0 or float(np.mean((gray > 8) & (gray < 247))) > BILEVEL:
        return 0
    black = (gray < 128).astype(np.float32)
    found: dict[int, float] = {}
    for p in PERIODS:
        if min(gray.shape) < 8 * p:
            continue
        light = cv2.blur(black, (2 * p, 2 * p)) < LIGHT
        share = np.zeros((p, p))
        for y in range(p):
            for x in range(p):
                at = light[y::p, x::p]
                share[y, x] = black[y::p, x::p][at].sum() / max(int(at.sum()), 1)
        if share.mean() >= LATTICE:
            found[p] = float(share.max() / share.mean())
    best = max(found.values(), default=0.0)
    if best < PLACED:
        return 0
    return min(p for p, placed in found.items() if placed >= 0.8 * best)   # a period-4 pattern repeats at 8 too


def descreened(image):
    """The PIL image with an ordered dither averaged back to its greys (a Gaussian blur of BLUR periods, grey), its
    period in info["dither"]; the image itself where it is no ordered dither."""
    import cv2
    import numpy as np
    from PIL import Image
    gray = np.asarray(image.convert("L"))
    p = period(gray)
    if not p:
        return image
    grey = cv2.GaussianBlur(gray, (0, 0), BLUR * p)
    black = (gray < 128).astype(np.uint8)
    rules = np.zeros_like(black)
    for bridge, run in (((1, 3), (1, RULE)), ((3, 1), (RULE, 1))):   # a rule's dither leaves it gaps of a pixel or two
        joined = cv2.morphologyEx(black, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, bridge[::-1]))
        rules |= cv2.morphologyEx(joined, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, run[::-1]))
    grey[rules > 0] = 0
    out = Image.fromarray(grey)
    out.info.update(image.info)
    out.info["dither"] = p
    return out
