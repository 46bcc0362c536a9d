"""A scanned page made fit for OCR: seals taken out by their colour, skew taken out by the page's
own lines, an uneven background made even. Each step leaves the page untouched (the same array)
when it finds nothing to do, so a clean grey scan is read exactly as it was.

- Seals (公章) are red or blue ink laid semi-transparently over black text: ink multiplies the
  text's grey by a transmission of the seal's colour. Near a seal, each channel divided by its
  own paper, the colour of a pixel (kept by JPEG at half resolution) gives text·ink and its grey
  (kept at full resolution) text·(1 − ink·a); their ratio, smoothed alike, is the ink, and the grey
  divided by the ink's transmission is the text. A stroke or a thin rule under the seal keeps its
  own grey (a division cannot lighten black), where lifting the seal to its colour's channel
  whitened thin strokes and rules with it. The light ghost left where the ink is underestimated
  is lifted to the paper.
- Skew: the angle whose horizontal projection of the dark pixels is sharpest (ruling lines give
  one narrow peak each; where a page has none, its text lines do), searched within ±MAX_SKEW°.
- Beyond the paper: a copy or a photo takes in what lies around the sheet (the copier's lid, the
  desk), a dark band along the image's edges, skewed with the sheet; its edge against the paper is
  a long straight stroke that the table reader took for a ruling line, one box round the whole
  page. Dark regions that touch the image's edge and stay within EDGE_BAND of it are painted paper
  (a table's frame that touches the edge reaches far inside it and is left alone).
- A photographed sheet: a phone's photo shows the sheet as a quadrilateral on a darker ground (the
  desk), its lines converging. The sheet is the largest bright region; where it covers less than
  PHOTO_COVER of the image and the ground around it is clearly darker, its four corners (the
  convex hull of the region, reduced to four points) are warped to a rectangle. A ground that holds
  print (strokes darker than the paper round them) is no desk but the sheet itself in shade (a
  flatbed's lamp not yet warm: the top of the page dim), and nothing is cut away.
- A copier's streak: dirt on the glass draws a thin dark line down the whole sheet, through the
  text and the table; read as a rule it split cells and joined tables, and it cut the characters
  it crossed. A line that runs down nearly the whole page and past the first and last rules it
  meets is no table's rule: it is filled from the page on either side of it.
- A band printed white on black (a table's header row on a 1-bit copy): OCR reads white words on
  black as nothing. A solid dark area a row of light strokes stands in is turned over, its frame
  and the cell rules that meet it from below drawn in again. Its ground is print, as dark as the
  page's strokes: a dark area far lighter than they are (by half of DARKER) is paper in shade (a
  phone photo's flicker bands under fluorescent light, 1006's), and is left as it is.
- Two-up: two pages laid side by side on one landscape image (an A3 copier glass) come as one
  page image. Where a band of paper with no ink runs down the whole height near the middle and
  each side of it is a portrait page of its own (ink on both, each taller than it is wide), the
  image is cut down the band's middle and the halves are read as neighbouring pages. A landscape
  page's wide table has rules across the middle: no band, no cut.
- Specks: a 1-bit copy with salt and pepper (481's) strews dots of a few pixels over the page; in a
  cell the engine read them as "：" "·" before a word, and one beside a "%" as the third ring of a
  "‰". A speck is a dot no longer than two strokes' width each way standing further than SPECK_NEAR
  strokes from any larger ink: a decimal point, a colon's dots, the rings of a "%" stand that close
  to their figures (4.8 px at 150 dpi in the clean corpus, a full-width colon's lower dot 8; strokes
  of 2 px); a dot closer than that but further than a stroke is a speck too unless it stands
  between two figures on their line or over or under a dot of its size (a colon), where the text's
  dots stand (_placed). Only a page strewn with them is touched: SPECKS_MANY of them out on blank paper, further
  than SPECK_FAR strokes from any larger ink (no clean page has one; a fax's dithered rules stay:
  the rules are found before).
- Misregistered colour: a colour scanner's sensor reads the red, green and blue of a line at
  slightly different moments; fed fast or unevenly, the three planes of one print land a pixel or two
  apart (703's: red 2 px down, blue 2 px up at 200 dpi), every black stroke fringed red on one side and
  blue on the other. In grey, a thin rule was a stack of pale rows none dark enough, and the fringes
  read as seal ink: the rules of most rows went, rows ran together, a "%" read "‰". Where a plane is
  the green plane's print shifted (phase correlation, its peak at least REGISTER_SURE) by
  MISREGISTERED to MISREGISTER_MAX pixels, it is shifted back. A seal or a coloured print is no shifted
  copy of the black (no such peak off the origin), and a grey page's planes are one.
- A negative: a photostat or a film reader-printer's negative mode prints the page white on black
  (735's). OCR found the words but no rule: every rule is a light line on the dark ground. Where
  the darker of the grey levels' two classes (Otsu) covers NEGATIVE_GROUND of the image or more and
  the lighter lies at least NEGATIVE_GAP above it, the page is turned over (no page printed black on
  paper comes near: its ink, rules, shaded cells and the ground round a photographed sheet cover at
  most 0.27 of the corpora's scans).
- Background: a page whose paper is darker in one part than another (lighting, a copier's lid)
  is divided by its own background (the page with the text closed away), which keeps the strokes'
  grey levels for the recogniser; an even page is left alone.
- Grain: a print from microfilm or a grainy copy strews random grain over a mottled grey page; the
  ink's threshold stands above the page's noise (ocr_reader.ink), so a faint rule sinks into it and
  breaks into pieces shorter than a rule (645's: two rows and the fund table's header rule lost, two
  cells run together). A page whose noise (the median Laplacian) is GRAIN or more is smoothed by
  non-local means with the noise as its strength: grain is averaged away over patches alike, while
  strokes and rules keep their edges. A periodic pattern (a screen's pixel grid, a copier's halftone)
  is no grain: its spectrum has sharp peaks (PERIODIC times the median at periods under 8 px; grain and
  text spread theirs), and it is left as it is. Noise beyond DITHER is no grain either but the print's
  own texture: a 1-bit scan's error diffusion draws every grey as a density of dots (1008's, 78-88);
  non-local means as strong as that averaged the strokes into the paper, and a Gaussian blur over
  about two dots (DESCREEN) gives the greys back instead.
"""
from __future__ import annotations

import numpy as np

MAX_SKEW = 3.0          # degrees: a page fed further askew than this is rotated by hand
MIN_SKEW = 0.15         # below this the lines drift under a pixel per 400: left alone
SEAL_SURE = 30          # a page has a seal when SEAL_MIN_PIXELS lean this far
SEAL_MIN_PIXELS = 400   # fewer saturated pixels than this are JPEG colour fringes, not a seal
LUMA = np.array([0.299, 0.587, 0.114], np.float32)   # grey from RGB, as OpenCV (and JPEG) weigh it
EDGE_BAND = 0.06       # of the page's shorter side: how far in from the edge the ground around a sheet reaches
PHOTO_COVER = 0.9      # a sheet covering less of the image than this was photographed, not scanned
PHOTO_GROUND = 50      # grey levels the ground round a photographed sheet is darker than the sheet
GROUND_STROKE = 35     # grey levels a stroke is darker than the paper round it (print, not a desk's grain)
GROUND_INK = 0.02      # of the ground: strokes covering this much of it make it paper in shade, not a desk
GROUND_SHARE = 0.5     # of the sheet's share of strokes: a ground printed as densely as this is the sheet's own paper
GROUND_KERNEL = 13     # pixels (2.2 mm at the reader's 150 dpi): wider than a stroke, so a stroke stands out of it
UNEVEN = 28             # grey levels between the lighter and darker parts of the paper
STREAK_COVER = 0.95     # of the page's height a copier's streak darkens (a table's rules stop at its margins)
STREAK_WIDTH = 0.008    # of the page's width: the widest a streak is (2 mm of an A4 page), wider is a band
BAND_SOLID = 0.012      # of the page's width: a dark area this thick both ways is solid (2.5 mm; strokes are thinner)
BAND_TEXT = (0.03, 0.45)  # the share of a white-on-black band its light words take
TWO_UP_MIDDLE = (0.35, 0.65)  # of the image's width: where the band between two pages laid side by side lies
TWO_UP_GAP = 0.05       # of the image's width: the narrowest band between them (21 mm of A3: each page's margin and
                        # the gap; a landscape page's few lines leave gaps between their words, 45 px of 1651 seen)
TWO_UP_BLOCK = 0.2      # of the image's height: a page's ink runs at least this far down (a text block, not a line)
TWO_UP_TOP = 0.03       # of the image's height: where one side is a short last page (790: two rows, 总分 and 填报人 of a
                        # two-up copy), its ink starts this near the other's top: both pages' top margins (790: 0.011)
TWO_UP_INK = 0.002      # of the image's height: a column with no more dark pixels than this is blank (noise, dust)
TWO_UP_PORTRAIT = 1.15  # each half's height over its width: a page standing up
TWO_UP_EDGE = 12        # grey levels the lid's grey round two sheets on the glass is below the paper (24 seen)
PAGE_EDGE_OUTER = 0.1   # of a two-up half's width / height: where a shrunk page's printed edge lies (790: 0.07)
PAGE_EDGE_SPAN = 0.6    # of the half's height / width: how far an edge line runs (790's askew edges 0.9 of it)
PAGE_EDGE_SLANT = 0.015  # of a line's length: the band across it an askew edge is followed in (0.4 degrees: 0.007)
PAGE_EDGE_MARGIN = 0.02  # of the half's width / height: blank paper inside the edge before the page's text (790: 0.1)
SPECK_NEAR = 3         # strokes' widths: a dot this close to larger ink belongs to it (a decimal point, a colon)
SPECK_TOUCH = 1        # strokes' widths: a dot this close to larger ink may be part of it (a "%"'s ring)
SPECK_FAR = 10         # strokes' widths: a dot this far from any larger ink stands on blank paper
SPECK_RULE = 8         # dots' sides: a straight run this long is a rule (longer than a character at 150 dpi)
SPECKS_MANY = 100      # dots on blank paper that make a page strewn with specks (481's: 5,500; clean pages: none)
STREAK_BEYOND = 0.03    # of the page's height a streak runs on past the top and bottom rules it crosses
GRAIN = 12              # median Laplacian of a grainy page (645's microfilm print: 17-18; clean scans 0-6,
                        # 165's phone scanner app 10)
PERIODIC = 50_000       # spectrum's highest peak over its median at periods under 8 px: a pattern, not grain
                        # (478's screen pixel grid 77,000-145,000, 369's halftone 500,000 and more; 645's grain
                        # 5,000-34,000)
DITHER = 30             # median Laplacian beyond grain (645's 17-18): a page printed as a texture of dots (1008's
                        # error-diffusion dither: 78-88), each grey a density of black dots on white
DESCREEN = 1.2          # pixels at 150 dpi: the Gaussian blur that gives a dither's dots back as greys


PRINT_SHARE = 0.5      # of the page's darkest ink leaning to a colour: the page is printed in it, not sealed
SEAL_SPAN = 60         # mm: wider than any seal (an official seal is 42-45 mm); coloured ink joined wider is print


def coloured_print(gray: np.ndarray, lean: np.ndarray, dpi: int = 150) -> bool:
    """The page's own ink is coloured (a carbon copy's blue-violet, a copy printed in blue): most of its
    darkest tenth of ink leans as far as a seal's, and the coloured ink, its strokes joined, spans
    wider than a seal. A seal lies over black text, darker than any seal's ink (a red seal's page: none
    of its darkest tenth coloured; 598's carbon copy: nine tenths), and is a disc of its own size;
    taking a coloured page's colour out would take out its text (598's page read 14 characters)."""
    import cv2
    from .ocr_reader import ink
    inked = ink(gray) > 0
    if not inked.any():
        return False
    dark = inked & (gray <= np.percentile(gray[inked], 10))
    if float((lean[dark] > SEAL_SURE).mean()) <= PRINT_SHARE:
        return False
    mm = dpi / 25.4
    joined = cv2.dilate((lean > SEAL_SURE).astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (int(3 * mm),) * 2))
    _, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    return bool(len(stats) > 1 and stats[1:, 2:4].max() > SEAL_SPAN * mm)


MISREGISTERED = 0.5     # pixels: a plane shifted less than this from green is in register
MISREGISTER_MAX = 8     # pixels: the farthest a sensor's planes drift apart (further is no shifted copy)
REGISTER_SURE = 0.2     # phase correlation's peak for one print shifted (703's planes: 1.1, Hann-windowed)


def registered(rgb: np.ndarray) -> tuple[np.ndarray, list[tuple[str, float, float]]]:
    """The page with its red and blue planes shifted back onto the green where they are its print
    shifted (a colour sensor's misregistration), and (plane, dx, dy) of each plane moved."""
    import cv2

    if rgb.ndim != 3 or (np.array_equal(rgb[..., 0], rgb[..., 1]) and np.array_equal(rgb[..., 1], rgb[..., 2])):
        return rgb, []
    h, w = rgb.shape[:2]
    ink = [255 - np.ascontiguousarray(rgb[..., k]).astype(np.float32) for k in range(3)]
    window = cv2.createHanningWindow((w, h), cv2.CV_32F)
    out, moved = rgb, []
    for k, name in ((0, "红"), (2, "蓝")):
        (dx, dy), peak = cv2.phaseCorrelate(ink[1], ink[k], window)
        if peak < REGISTER_SURE or not MISREGISTERED <= max(abs(dx), abs(dy)) <= MISREGISTER_MAX:
            continue
        if out is rgb:
            out = rgb.copy()
        back = np.float32([[1, 0, -dx], [0, 1, -dy]])
        out[..., k] = cv2.warpAffine(np.ascontiguousarray(rgb[..., k]), back, (w, h), flags=cv2.INTER_LINEAR,
                                     borderMode=cv2.BORDER_REPLICATE)
        moved.append((name, round(float(dx), 1), round(float(dy), 1)))
    return out, moved


NEGATIVE_GROUND = 0.6   # of the image: the dark class of a page printed white on black (735's: 0.90)
NEGATIVE_GAP = 60       # grey levels between the light print and the dark ground


def negative(rgb: np.ndarray) -> tuple[np.ndarray, bool]:
    """The page turned over (255 - v) where it is printed white on black, and whether it was; the
    same array where it is not."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    t, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    dark = gray <= t   # (Otsu's threshold belongs to the darker class)
    if dark.mean() < NEGATIVE_GROUND or dark.all():
        return rgb, False
    if gray[~dark].mean() - gray[dark].mean() < NEGATIVE_GAP:
        return rgb, False
    return 255 - rgb, True


# What the coloured ink taken out was, by its shape, so the warning names no seal that is none. A seal is
# a ring of strokes round its characters: its marks fill little of their box (404's, 550's red seals, 642's
# blue stamp: 0.05-0.23), their middle open. A tint over most of the page is a coloured film or paper (1540's
# blue L-folder: 0.79-0.88 of the page); a mark whose box it fills with a solid middle is a blot (1545's gel
# pen: 0.53-0.62 filled, middle full; 640's fingertip 0.60).
TINT_SHARE = 0.3       # of the page coloured: a tint, not a seal (a seal: under 0.01)
BLOT_FILL = 0.4        # of a mark's box its coloured pixels fill: solid, not a seal's ring of strokes
BLOT_CORE = 0.8        # of the middle of its box: full, not a seal's open middle


def coloured_marks(rgb: np.ndarray, dpi: int = 150) -> tuple[str, str, int]:
    """What the red or blue ink on a page is by its shape: ("tint", colour, percent of the page) for a
    tint over most of it, ("blot", colour, how many) for solid marks, ("seal", colour, 0) otherwise
    (rings of strokes, or nothing to tell: the seal the remover was written for)."""
    import cv2

    c = rgb.astype(np.int16)
    r, g, b = c[..., 0], c[..., 1], c[..., 2]
    red, blue = r - np.maximum(g, b), b - np.maximum(r, g)
    sure = np.maximum(red, blue) > SEAL_SURE
    if not sure.any():
        return "seal", "红色或蓝色", 0
    colour = "红色" if (red[sure] > blue[sure]).mean() > 0.5 else "蓝色"
    if sure.mean() > TINT_SHARE:
        return "tint", colour, round(100 * float(sure.mean()))
    mm = dpi / 25.4
    joined = cv2.dilate(sure.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (int(3 * mm),) * 2))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    blots = rings = 0
    for k in range(1, n):
        x, y, w, h, _ = stats[k]
        if w < 5 * mm or h < 5 * mm:
            continue        # a fringe or a speck: too small to have a shape
        mark = sure[y:y + h, x:x + w] & (labels[y:y + h, x:x + w] == k)
        middle = mark[int(h * 0.3):int(h * 0.7), int(w * 0.3):int(w * 0.7)]
        if mark.mean() >= BLOT_FILL and middle.size and middle.mean() >= BLOT_CORE:
            blots += 1
        else:
            rings += 1
    return ("blot", colour, blots) if blots and not rings else ("seal", colour, 0)


def without_seals(rgb: np.ndarray) -> tuple[np.ndarray, int]:
    """The page in grey with red and blue ink taken out, and the number of seal pixels found."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    c = rgb.astype(np.int16)
    r, g, b = c[..., 0], c[..., 1], c[..., 2]
    # how far a pixel leans to red or to blue ink (paper's yellow tint and JPEG fringes lean little)
    lean = np.maximum(r - np.maximum(g, b), b - np.maximum(r, g))
    sure = lean > SEAL_SURE
    found = int(sure.sum())
    if found < SEAL_MIN_PIXELS or coloured_print(gray, lean):
        return gray, 0
    # Each channel divided by its own paper (the page with strokes closed away, at an eighth of the
    # size): paper is then 1 wherever it lies, whatever its tint or light
    h, w = gray.shape
    small = cv2.resize(rgb, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    paper = cv2.medianBlur(cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))), 9)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    f = np.clip(rgb.astype(np.float32) / np.maximum(paper, 1), 0, 1.2)
    luma = f @ LUMA
    # The seal's own colour: the direction its ink absorbs in, from its clearest pixels over paper
    # (a red seal takes green and blue, little red)
    absorbed = 1 - f[sure & (luma > 0.45)]
    if not len(absorbed):
        absorbed = 1 - f[sure]
    a = np.median(absorbed / np.maximum(absorbed.sum(axis=1, keepdims=True), 1e-3), axis=0)
    a = (a / max(float(a.max()), 1e-3)).astype(np.float32)
    a_luma = float(a @ LUMA)
    tint = a - a_luma
    # Ink multiplies: a pixel is text·(1 − ink·a). Its colour (JPEG keeps it at half resolution)
    # gives text·ink, its grey (at full resolution) text·(1 − ink·a_luma). Their ratio, both
    # smoothed alike, is the ink alone, and a black stroke under the seal does not bias it; the
    # grey divided by the ink's transmission is the text: a stroke under the seal stays as dark
    # as it is, where lifting it by the seal's colour lightened thin strokes and rules with it.
    inked = np.clip(-((f - luma[..., None]) @ tint) / float(tint @ tint), 0, None)
    # only near the seal's own strokes: tinted paper and JPEG's 8×8 colour blocks lean a little
    # everywhere, and dividing by them would lay a checkerboard over the page
    near = cv2.dilate(sure.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))) > 0
    inked = np.where(near, inked, 0).astype(np.float32)
    text = luma + a_luma * inked
    ink = cv2.GaussianBlur(inked, (0, 0), 1.0) / np.maximum(cv2.GaussianBlur(text, (0, 0), 1.0), 0.05)
    ink = np.clip(ink, 0, 0.9 / a_luma)
    out = luma / (1 - a_luma * ink)
    # what is left of the seal where its ink was underestimated is a light ghost of it, far
    # lighter than text (text stays darker than 0.7 of the paper): lift it to the paper
    ghost = np.clip((out - 0.7) / 0.2, 0, 1) * np.clip(a_luma * ink / 0.15, 0, 1)
    out = out + ghost * np.clip(1 - out, 0, None)
    return np.clip(out * 255 + 0.5, 0, 255).astype(np.uint8), found


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


COLUMN_STEP = 20        # grey levels the paper changes by across COLUMN_REACH columns at a strip's edge (1175: up to 80;
                        # 1060's HDR ghosts 14)
COLUMN_REACH = 4        # pixels: the columns a strip's edge is looked across (a smooth fall-off changes by 1-2)
COLUMN_STEPS = 2        # edges that make a page of strips (one strip of its own has two)
COLUMN_DIP = 15         # columns: a dark run of the paper's profile narrower than half this is a rule or a seam
COLUMN_STRIP = 0.03     # of the page's width: the narrowest strip (1175's chips: 0.083), and how far in from the sheet's
                        # sides an edge stands (402's photo border, 553's gutter, 447's gap between two pages: closer)


def even_columns(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page with its upright strips of paper made one grey, and the number of their edges: a
    sheet-fed scanner's contact-image sensor is a row of chips, and where their gains were never
    calibrated alike each draws its strip of the page lighter or darker, top to bottom (1175's scan:
    twelve strips, paper 167 to 252), so the rule finder reads each edge as a column rule. The
    paper of each column is its 95th percentile down the page; where, smoothed over COLUMN_DIP
    columns, it changes sharply at COLUMN_STEPS places or more, each column is divided by its own (a
    seam's darker column too). The same array and 0 where the paper changes smoothly or not at all
    (light falling off, a page in shade)."""
    import cv2

    paper = np.percentile(gray, 95, axis=0).astype(np.uint8)
    # a rule down the whole image (a table cropped to its grid: 053's cells) and a seam's column are dips
    # a few columns wide, no step: smoothed away
    prof = cv2.medianBlur(paper.reshape(1, -1), COLUMN_DIP).ravel().astype(np.float32)
    # the sheet: from the first to the last column of paper (a ground or a video frame's black bars
    # beside it, darker by DARKER, are no strips of it)
    sheet = np.nonzero(prof >= float(np.percentile(prof, 90)) - DARKER)[0]
    rim = 2 * COLUMN_REACH + 2   # the sheet's edge itself, blurred over a few columns, is no strip's
    if sheet.size <= 2 * rim + 2 * COLUMN_REACH:
        return gray, 0
    x0, x1 = int(sheet[0]) + rim, int(sheet[-1]) + 1 - rim
    inner = prof[x0:x1]
    sharp = np.abs(inner[2 * COLUMN_REACH:] - inner[:-2 * COLUMN_REACH]) >= COLUMN_STEP
    starts = np.nonzero(np.diff(np.concatenate([[0], sharp.astype(np.int8)])) == 1)[0]
    # a strip is a sensor chip's width: an edge near the sheet's sides (a photo's border, a book's gutter)
    # or close after another (the gap between two pages laid side by side) is none
    wide = COLUMN_STRIP * gray.shape[1]
    kept: list[int] = []
    for x in starts:
        if wide <= x <= inner.size - wide and (not kept or x - kept[-1] >= wide):
            kept.append(int(x))
    edges = len(kept)
    if edges < COLUMN_STEPS:
        return gray, 0
    # each column of the sheet, its rim too, by its own paper: the strips and the seams' darker columns alike
    x0, x1 = int(sheet[0]), int(sheet[-1]) + 1
    out = gray.astype(np.float32)
    out[:, x0:x1] = out[:, x0:x1] / np.maximum(paper[x0:x1].astype(np.float32), 1)[None, :] * 255
    return np.clip(out + 0.5, 0, 255).astype(np.uint8), edges


DARKER = 60     # grey levels below the paper that are ink or ground, not paper


def _paper_and_dark(gray: np.ndarray) -> tuple[int, np.ndarray]:
    """The paper's grey (most of a page is paper: its 90th percentile) and the mask (0 / 1) of what
    is DARKER than it: ink, rules, the ground round the sheet."""
    paper = int(np.percentile(gray, 90))
    return paper, (gray < paper - DARKER).astype(np.uint8)


def without_ground(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page with the dark ground around the sheet (along the image's edges) painted paper, and
    the number of pixels painted; the same array where there is none."""
    import cv2

    h, w = gray.shape
    paper, dark = _paper_and_dark(gray)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    band = EDGE_BAND * min(h, w)
    ground = np.zeros(n, bool)
    for k in range(1, n):
        x, y, ww, hh, area = stats[k]
        touches = x == 0 or y == 0 or x + ww == w or y + hh == h
        # long along an edge (not a character cut by it), and never further in than the band
        if not touches or max(ww, hh) < band:
            continue
        ys, xs = np.nonzero(labels[y:y + hh, x:x + ww] == k)
        inside = np.minimum(np.minimum(xs + x, w - 1 - xs - x), np.minimum(ys + y, h - 1 - ys - y))
        ground[k] = inside.max() <= band
    if not ground.any():
        return gray, 0
    mask = ground[labels].astype(np.uint8)
    mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))   # its blurred rim too
    out = gray.copy()
    out[mask > 0] = paper
    return out, int(mask.sum())


def without_streaks(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page with a copier's streak taken out, and the number of streaks: a dark line no wider
    than STREAK_WIDTH that runs down STREAK_COVER of the page's height (dirt on the copier's glass
    draws one through everything the sheet passes over it) and runs on past the topmost and the
    bottommost horizontal rule it meets by STREAK_BEYOND of the height (a table's own rule stops at
    its table's top and bottom rules). Its pixels are filled from the page beside it, so a stroke
    it crossed is joined again; the same array where there is none."""
    import cv2

    h, w = gray.shape
    paper, dark = _paper_and_dark(gray)
    covered = np.nonzero(dark.mean(axis=0) >= STREAK_COVER)[0]
    if not covered.size:
        return gray, 0
    widest = max(2, round(STREAK_WIDTH * w))
    flat = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, w // 10), 1)))
    beyond = STREAK_BEYOND * h
    mask = np.zeros_like(dark)
    found = 0
    for run in np.split(covered, np.nonzero(np.diff(covered) > 1)[0] + 1):
        x0, x1 = int(run[0]), int(run[-1])
        if x1 - x0 + 1 > widest:
            continue   # a dark band, not a line (the ground round the sheet, a black border)
        left, right = max(0, x0 - 3), min(w - 1, x1 + 3)
        rows = np.nonzero(flat[:, left] | flat[:, right])[0]   # horizontal rules it crosses
        ink = np.nonzero(dark[:, x0:x1 + 1].any(axis=1))[0]
        if rows.size and (ink[0] > rows[0] - beyond or ink[-1] < rows[-1] + beyond):
            continue   # it ends with the rules it meets: the table's own
        mask[:, max(0, x0 - 1):min(w, x1 + 2)] = 1
        found += 1
    if not found:
        return gray, 0
    return cv2.inpaint(gray, mask, 3, cv2.INPAINT_TELEA), found


def laplacian_noise(gray: np.ndarray) -> float:
    """The page's noise: the median of its Laplacian's size (np.median's value). Counted by value, as
    the Laplacian of 8-bit grey is a small integer: a sort of the page's two million values took a
    tenth of a page's reading outside the engine (without_grain, then ocr_reader.ink twice)."""
    import cv2

    size = np.abs(cv2.Laplacian(gray, cv2.CV_16S)).ravel()
    if not size.size:
        return float(np.median(size))   # (nan, as np.median gives it)
    below = np.cumsum(np.bincount(size))
    n = size.size   # the middle value, or the mean of the middle two where the count is even
    return (int(np.searchsorted(below, (n - 1) // 2, side="right"))
            + int(np.searchsorted(below, n // 2, side="right"))) / 2


def without_grain(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page with its grain smoothed away, and its noise (the median Laplacian); the same array and
    0 where the noise is under GRAIN or is a periodic pattern rather than grain."""
    import cv2

    noise = int(laplacian_noise(gray))
    if noise < GRAIN or _periodic(gray):
        return gray, 0
    if noise > DITHER:   # a texture of dots (error diffusion): blurred back to its greys (descreened)
        return cv2.GaussianBlur(gray, (0, 0), DESCREEN), noise
    return cv2.fastNlMeansDenoising(gray, None, float(noise), 7, 21), noise


def _periodic(gray: np.ndarray) -> bool:
    """Whether the page's fine detail is a repeated pattern: the spectrum's highest peak at periods
    under 8 px stands PERIODIC times over its median there."""
    page = gray.astype(np.float32)
    power = np.abs(np.fft.rfft2(page - page.mean())) ** 2
    fine = np.maximum(np.abs(np.fft.fftfreq(gray.shape[0]))[:, None], np.fft.rfftfreq(gray.shape[1])[None, :]) >= 1 / 8
    fine = power[fine]
    return bool(fine.max() > PERIODIC * max(float(np.median(fine)), 1e-9))


def _stroke_ink(gray: np.ndarray, k: int) -> float:
    """The grey of the page's print: the median of its thin strokes (thinner than k, darker than what
    closes over them by DARKER); 0 on a page with none. A white-on-black band's ground is print, as
    dark as that (the corpora's bands: 0 to 33 levels darker, 338's grey banner 2 lighter); paper in
    shade is far lighter (1006's flicker bands: 50 to 65 lighter than the strokes on the page)."""
    import cv2

    closed = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    strokes = gray[closed.astype(np.int16) - gray > DARKER]
    return float(np.median(strokes)) if strokes.size else 0.0


LYING_THICK = (0.008, 0.04)   # of the page's shorter side: how thick a thing lying across the page is (1.7-8 mm of A4)
LYING_REACH = 0.8       # of the page's width or height: how far it runs (a band round the stack crosses the sheet)
LYING_ANGLE = 2.0       # degrees: the least it leans off the page's lines (a printed bar runs along them)
LYING_FILL = 0.8        # of its bounding strip: a straight band fills it (a blotch or a bent shape does not)


def lying_bands(gray: np.ndarray) -> np.ndarray | None:
    """The mask of long straight dark BANDS lying ACROSS the page at a slant (a rubber band left round
    the stack, a string, a pen on the glass), or None: solid dark (no stroke or rule is as thick:
    what an opening of LYING_THICK's least keeps), thick within LYING_THICK, running LYING_REACH of the
    page's width or height, filling its slanted strip (straight), and leaning LYING_ANGLE or more off
    both axes (the page is straightened already: its own bars and bands lie along them). The mask is
    widened by its soft rim."""
    import cv2

    h, w = gray.shape
    side = min(h, w)
    paper, dark = _paper_and_dark(gray)
    k = max(5, round(LYING_THICK[0] * side))
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    keep = np.zeros(n, bool)
    for c in range(1, n):
        x, y, ww, hh, area = stats[c]
        if ww < LYING_REACH * w and hh < LYING_REACH * h:
            continue
        pts = np.column_stack(np.nonzero(labels[y:y + hh, x:x + ww] == c)[::-1]).astype(np.float32)
        vx, vy, x0, y0 = (float(v) for v in cv2.fitLine(pts, cv2.DIST_L2, 0, 0.01, 0.01).ravel())
        along = (pts[:, 0] - x0) * vx + (pts[:, 1] - y0) * vy
        off = np.abs((pts[:, 0] - x0) * vy - (pts[:, 1] - y0) * vx)
        length = float(along.max() - along.min())
        thick = area / max(length, 1.0)      # its mean thickness
        lean = np.degrees(np.arctan2(abs(vy), abs(vx)))
        lean = min(lean, 90 - lean)
        straight = float((off <= 0.75 * thick).mean())
        if thick <= LYING_THICK[1] * side and lean >= LYING_ANGLE and straight >= LYING_FILL:
            keep[c] = True
    if not keep.any():
        return None
    mask = keep[labels].astype(np.uint8)
    return cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))) > 0


LYING_RULE = 0.02      # of the page's shorter side: a dark run this long beside a band is a rule going under it (5 mm)


def without_lying_bands(gray: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The page with the bands lying across it (lying_bands' mask) painted paper, and the table's rules
    that go under a band drawn on through it: a row (a column) whose dark run of LYING_RULE or more
    meets the band on one side and on the other, in line, is a rule the band lies across (a slanted
    band crosses a rule over a long stretch, far longer than a break in a rule is mended)."""
    h, w = gray.shape
    paper, dark = _paper_and_dark(gray)
    dark = dark.astype(bool) & ~mask
    out = gray.copy()
    out[mask] = paper
    reach = max(4, round(LYING_RULE * min(h, w)))

    def through(g: np.ndarray, d: np.ndarray, m: np.ndarray, o: np.ndarray) -> None:
        for y in range(g.shape[0]):
            row = m[y]
            if not row.any():
                continue
            edges = np.flatnonzero(np.diff(np.concatenate(([0], row.astype(np.int8), [0]))))
            for a, b in zip(edges[::2], edges[1::2]):     # the band's span on this line: [a, b)
                if a >= reach and b + reach <= len(row) and d[y, a - reach:a].all() and d[y, b:b + reach].all():
                    o[y, a:b] = min(int(np.median(g[y, a - reach:a])), int(np.median(g[y, b:b + reach])))

    through(gray, dark, mask, out)
    through(gray.T, dark.T, mask.T, out.T)
    return out


def without_dark_bands(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page with its white-on-black bands made black-on-white, and the number of bands: a
    solid dark area (no stroke or rule is as thick as BAND_SOLID) holding light strokes, a header
    row printed white on black (405's 1-bit scan), which OCR reads as nothing and whose cell rules
    are black on black. Each band is turned over and framed by the table's rules again; a vertical
    rule that meets it from below goes on up through it where one meets it from above too, or
    where the band tops its table (none does), and it crosses no word: its cells' edges, black on
    black on the paper. The same array where there is none."""
    import cv2

    h, w = gray.shape
    paper, dark = _paper_and_dark(gray)
    k = max(9, round(BAND_SOLID * w))
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    _, _, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    # pieces of one band, split where its words stand: the tallest make the band's row, the others
    # within that row and beside it (between and round its words) widen it
    boxes = sorted(([int(x), int(y), int(x + ww), int(y + hh)] for x, y, ww, hh, _ in stats[1:]),
                   key=lambda b: (b[1] - b[3], b[0]))
    bands: list[list[int]] = []
    for b in boxes:
        row = [a for a in bands if a[1] - 3 <= b[1] and b[3] <= a[3] + 3]
        if not row:
            bands.append(b)
            continue
        near = [a for a in row if b[0] - a[2] <= 3 * (a[3] - a[1]) and a[0] - b[2] <= 3 * (a[3] - a[1])]
        for a in near:
            a[0], a[2] = min(a[0], b[0]), max(a[2], b[2])
    out, found = gray, 0
    printed = None
    for x0, y0, x1, y1 in bands:
        inside = dark[y0:y1, x0:x1]
        light = 1 - inside.mean()
        if x1 - x0 < 4 * (y1 - y0) or not BAND_TEXT[0] <= light <= BAND_TEXT[1]:
            continue   # no row of words on black: a black box, a picture, a blot
        ink = int(np.median(gray[y0:y1, x0:x1][inside > 0]))
        printed = _stroke_ink(gray, k) if printed is None else printed
        if ink > printed + DARKER // 2:
            continue   # its ground far lighter than the page's strokes: paper in shade (a flicker band), not print
        if out is gray:
            out = gray.copy()
        out[y0:y1, x0:x1] = np.clip(paper + ink - gray[y0:y1, x0:x1].astype(np.int16), 0, 255).astype(np.uint8)
        edge = 2
        out[y0:y0 + edge, x0:x1] = ink
        out[y1 - edge:y1, x0:x1] = ink
        out[y0:y1, x0:x0 + edge] = ink
        out[y0:y1, x1 - edge:x1] = ink
        # a cell's edge: a rule that meets the band from below and goes on above it (or the band
        # tops its table: no rule meets it from above, not even the frame's), crossing none of its words
        below = dark[y1:y1 + k, x0:x1].all(axis=0) if y1 + k <= h else np.zeros(x1 - x0, bool)
        ruled_above = dark[y0 - k:y0, x0:x1].all(axis=0) if y0 >= k else np.zeros(x1 - x0, bool)
        tops = not ruled_above.any()
        words = (1 - inside).astype(bool)
        words[:, 1:] |= words[:, :-1]
        words[:, :-1] |= words[:, 1:]
        for x in np.nonzero(below & (ruled_above | tops) & ~words[2:-2].any(axis=0))[0]:
            out[y0:y1, x0 + x] = ink
        found += 1
    return out, found


SOFT_FINE = 0.006       # of the page's shorter side: thicker than any stroke or rule of print (1.3 mm of A4)
SOFT_COARSE = 0.02      # of the shorter side: a soft line is narrower than this (4 mm); a shade wider is lighting
SOFT_DARK = 20          # grey levels a soft line darkens the paper by
SOFT_SPAN = 0.8         # of the page's width and height: each web of a soft grid runs across nearly all of both
SOFT_COVER = 0.1        # of the page: the least a soft grid darkens (1211's mesh: about a third)


def without_soft_grid(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page with a soft grid over it taken away, and the share of the page it darkened (in %);
    the same array and 0 where there is none. A notice photographed through a wire mesh or a
    window's insect screen (1211: a welded mesh of 12 mm in front of a notice board, out of focus)
    lies under a web of soft dark lines: broader than any stroke or rule (they survive a closing
    SOFT_FINE wide that takes print away), narrower than a shadow or a shaded cell (a closing
    SOFT_COARSE wide takes them), and joined into ONE web that spans the page both ways (a line of
    text is one row; a page's characters are separate clumps). Taken for the table's rules they
    tilt the page by the mesh's angle and cut it into a hundred cells. Within the web the page is
    divided by its paper as the fine closing finds it (the line's shade), so the print under a wire
    keeps its darkness against the paper beside it."""
    import cv2

    h, w = gray.shape
    side = min(h, w)
    fine = max(5, round(SOFT_FINE * side)) | 1
    coarse = max(fine + 2, round(SOFT_COARSE * side)) | 1
    paper_fine = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (fine, fine)))
    paper_coarse = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (coarse, coarse)))
    soft = (paper_coarse.astype(np.int16) - paper_fine > SOFT_DARK).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(soft, connectivity=8)
    if n < 2:
        return gray, 0
    # (a mesh and its shadow beside it: two webs, each across the page)
    webs = [k for k in range(1, n) if stats[k, cv2.CC_STAT_WIDTH] >= SOFT_SPAN * w
            and stats[k, cv2.CC_STAT_HEIGHT] >= SOFT_SPAN * h]
    area = int(sum(stats[k, cv2.CC_STAT_AREA] for k in webs))
    if area < SOFT_COVER * h * w:
        return gray, 0
    lines = np.isin(labels, webs).astype(np.uint8)
    on = cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (coarse, coarse))) > 0
    lines = cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))) > 0
    paper = float(np.percentile(paper_coarse, 90))
    # the paper's shade: the fine closing on the web's lines, the coarse one beside them (where a wire
    # and its shadow lie side by side, broader than a soft line, and where print stands: its strokes
    # are closed away by the coarse closing, not always by the fine one)
    shade = np.where(lines, paper_fine, paper_coarse)
    shade = cv2.GaussianBlur(shade, (0, 0), 1.5).astype(np.float32)
    out = gray.astype(np.float32)
    out[on] = out[on] / np.maximum(shade[on], 1) * paper
    return np.clip(out + 0.5, 0, 255).astype(np.uint8), round(100 * area / (h * w))


def without_specks(gray: np.ndarray) -> tuple[np.ndarray, int]:
    """The page with its specks painted paper, and their number; the same array where the page is
    not strewn with them (SPECKS_MANY on blank paper). Sizes and distances are the page's own text
    stroke's width (twice the median depth of the ink of larger marks)."""
    import cv2

    paper = int(np.percentile(gray, 90))
    dark = (gray < paper - DARKER // 2).astype(np.uint8)    # a speck's blurred rim, a light speck too
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    if n < 2:
        return gray, 0
    marks = labels > 0
    depth = cv2.distanceTransform(dark, cv2.DIST_L2, 3)
    small = np.zeros(n, bool)
    small[1:] = (stats[1:, 2] <= 4) & (stats[1:, 3] <= 4)   # a first guess at a dot, for the stroke's width
    larger = marks & ~small[labels]
    if not larger.any():
        return gray, 0
    stroke = max(1.0, 2 * float(np.median(depth[larger])))
    side = max(2, round(2 * stroke))
    small[1:] = (stats[1:, 2] <= side) & (stats[1:, 3] <= side)
    larger = marks & ~small[labels]
    # a table's rules are no figure's: a dot beside one is a speck as much as out on the paper
    for kernel in ((SPECK_RULE * side, 1), (1, SPECK_RULE * side)):
        larger &= cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel)) == 0
    away = cv2.distanceTransform((~larger).astype(np.uint8), cv2.DIST_L2, 3)
    nearest = np.full(n, np.inf)
    np.minimum.at(nearest, labels[marks], away[marks])
    specks = small & (nearest > SPECK_NEAR * stroke)
    inkiest = np.full(n, 255)
    np.minimum.at(inkiest, labels[marks], gray[marks])
    # counted where they are as dark as ink (a photographed screen's pixel grid is a few grey levels)
    if int((small & (nearest > SPECK_FAR * stroke) & (inkiest < paper - DARKER)).sum()) < SPECKS_MANY:
        return gray, 0
    doubtful = small & ~specks & (nearest > SPECK_TOUCH * stroke)   # near a figure, not on it
    specks |= doubtful & ~_placed(stats, doubtful, small, larger, stroke, side)
    out = gray.copy()   # (with the blurred rim round each: nothing else lies that close to a speck)
    out[cv2.dilate(specks[labels].astype(np.uint8), np.ones((3, 3), np.uint8)) > 0] = paper
    return out, int(specks.sum())


def _placed(stats: np.ndarray, doubtful: np.ndarray, small: np.ndarray, larger: np.ndarray, stroke: float,
            side: int) -> np.ndarray:
    """Which of the doubtful dots stand where a dot of the text stands: between two figures on their
    line (a decimal point, a middle dot, a ratio's colon: larger ink on both sides within SPECK_NEAR
    strokes, at the height of the figures it sits under), or over or under a dot of its own size (a
    colon's pair). A dot after a word's last figure or before its first (481's "6." in a 分值 cell,
    "·成本指标") is neither."""
    reach = max(1, round(SPECK_NEAR * stroke))
    w = larger.shape[1]
    out = np.zeros(len(stats), bool)
    dots = np.nonzero(small)[0]
    cx = stats[dots, 0] + stats[dots, 2] / 2
    cy = stats[dots, 1] + stats[dots, 3] / 2
    area = stats[dots, 2] * stats[dots, 3]
    for k in np.nonzero(doubtful)[0]:
        x, y, ww, hh = (int(v) for v in stats[k][:4])
        top = max(0, y - 2 * side)
        if larger[top:y + hh, max(0, x - reach):x].any() and larger[top:y + hh, x + ww:min(w, x + ww + reach)].any():
            out[k] = True
            continue
        dy = np.abs(cy - (y + hh / 2))
        out[k] = bool(((np.abs(cx - (x + ww / 2)) <= stroke) & (dy >= 2 * stroke) & (dy <= 5 * stroke)
                       & (area <= 2 * ww * hh) & (ww * hh <= 2 * area)).any())
    return out


def flattened(rgb: np.ndarray) -> tuple[np.ndarray, bool]:
    """The sheet of a photographed page warped to a rectangle, and whether it was; the same array
    where the sheet fills the image (a scan) or no four-cornered sheet stands out of its ground."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    h, w = gray.shape
    blur = cv2.GaussianBlur(gray, (0, 0), 3)
    level, bright = cv2.threshold(blur, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # the sheet's own lines and text cut the bright region: close them before taking its outline
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return rgb, False
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    area = cv2.contourArea(hull)
    if not 0.25 * h * w <= area <= PHOTO_COVER * h * w:
        return rgb, False
    inside = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(inside, hull, 1)
    if float(gray[inside > 0].mean()) - float(gray[inside == 0].mean()) < PHOTO_GROUND:
        return rgb, False
    if _printed_ground(gray, inside):
        return rgb, False
    perimeter = cv2.arcLength(hull, True)
    quad = None
    for eps in (0.01, 0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2).astype(np.float32)
            break
    if quad is None or cv2.contourArea(quad) < 0.9 * area:
        return rgb, False
    # corners in order: top-left, top-right, bottom-right, bottom-left
    s_, d_ = quad.sum(axis=1), quad[:, 0] - quad[:, 1]
    tl, br, tr, bl = quad[np.argmin(s_)], quad[np.argmax(s_)], quad[np.argmax(d_)], quad[np.argmin(d_)]
    width = int(round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    height = int(round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    matrix = cv2.getPerspectiveTransform(np.array([tl, tr, br, bl], np.float32),
                                         np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
                                                  np.float32))
    out = cv2.warpPerspective(rgb, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    return out, True


def _printed_ground(gray: np.ndarray, inside: np.ndarray) -> bool:
    """Whether the dark ground round a bright region is print-bearing paper, not a desk or a lid: a
    flatbed whose lamp had not warmed up scans the top of the page dim (1419: the paper 108-128 at the
    top, 240 by two-thirds down), and the dim part, darker than the rest by more than PHOTO_GROUND, was
    taken for the desk round a photographed sheet and cut away with the title, the head and the fund
    block. A desk, a cutting mat or a copier's lid holds no print: where strokes darker than their
    own surroundings by GROUND_STROKE (text, rules) cover GROUND_INK of the ground or more, and at
    least GROUND_SHARE of the share they cover on the sheet (the ground printed as the sheet is), the
    ground is the sheet's own paper in shade. A book's page curling into its spine (443) shows a few
    of its lines in the shade beside the sheet, far fewer than the sheet holds: it is flattened as before."""
    import cv2

    ground = cv2.erode((inside == 0).astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    if not ground.any():
        return False
    strokes = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT,
                               cv2.getStructuringElement(cv2.MORPH_RECT, (GROUND_KERNEL,) * 2)) > GROUND_STROKE
    there, sheet = float(strokes[ground].mean()), float(strokes[inside > 0].mean())
    return there >= GROUND_INK and there >= GROUND_SHARE * sheet


def _widest_blank_run(dark: np.ndarray, middle: tuple[float, float]) -> tuple[int, int]:
    """The widest run of blank columns (no more ink than TWO_UP_INK of the height) within `middle` (of the
    page's width): (its width, its first column); (0, 0) where there is none."""
    h, w = dark.shape
    blank = dark.sum(axis=0) <= TWO_UP_INK * h
    lo, hi = int(middle[0] * w), int(middle[1] * w)
    best, start = (0, 0), None
    for x in range(lo, hi + 1):
        if x < hi and blank[x]:
            start = x if start is None else start
        elif start is not None:
            best = max(best, (x - start, start))
            start = None
    return best


def two_up(rgb: np.ndarray) -> list[np.ndarray]:
    """The image cut into its two pages where two portrait pages were scanned side by side on one
    landscape image (left, then right); [rgb] where it is one page. Evidence from the image alone:
    a blank band of at least TWO_UP_GAP of the width down the whole height within TWO_UP_MIDDLE,
    a block of text on both sides of it (TWO_UP_BLOCK), or on one side with the other's text
    starting at the same top margin (TWO_UP_TOP: a short last page), and each side standing up
    (TWO_UP_PORTRAIT)."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if rgb.ndim == 3 else rgb
    h, w = gray.shape
    if w <= h:   # two portrait halves make a landscape image
        return [rgb]
    _, dark = _paper_and_dark(gray)
    width, start = _widest_blank_run(dark, TWO_UP_MIDDLE)
    if width < TWO_UP_GAP * w or _cut_rules(dark, start, width):
        return [rgb]
    # cut down the middle of the darkest part of the band: the lid's grey between two sheets (the
    # band's middle may fall in one page's margin, leaving the other sheet's edge in that half)
    column = np.median(gray[:, start:start + width], axis=0)
    low = np.flatnonzero(column <= column.min() + TWO_UP_EDGE / 2)
    cut = start + (int(low[0] + low[-1]) // 2 if column.max() - column.min() >= TWO_UP_EDGE
                   else _between_edges(gray[:, start:start + width]))
    halves = [rgb[:, :cut], rgb[:, cut:]]
    spans = []
    for half, side in zip(halves, (dark[:, :cut], dark[:, cut:])):
        rows = np.flatnonzero(side.any(axis=1))   # text on each side
        if h < TWO_UP_PORTRAIT * half.shape[1] or not len(rows):
            return [rgb]
        spans.append((int(rows[0]), int(rows[-1])))
    # a page of text on each side, or on one side and the other a short last page begun at the same top margin
    # (a landscape page's few lines, words apart at the middle, are no block on either side)
    blocks = [bottom - top >= TWO_UP_BLOCK * h for top, bottom in spans]
    if not all(blocks) and not (any(blocks) and abs(spans[0][0] - spans[1][0]) <= TWO_UP_TOP * h):
        return [rgb]
    return [np.ascontiguousarray(_sheet(half, gray[:, :cut] if k == 0 else gray[:, cut:]))
            for k, half in enumerate(halves)]


CUT_RULES = 2       # rules running into a blank band from both sides at the same heights: one table cut by the band
CUT_REACH = 0.006   # of the page's width: the strip beside the band a rule fills right up to it (1.8 mm of A4 landscape)
CUT_FILL = 0.9      # of that strip's width a rule's row is dark (JPEG and a faint copy's rule break a pixel or two)
CUT_UPRIGHT = 0.3   # of the page's height: a column of the strip dark this far is an upright rule (a table's own edge)
CUT_BAND = 0.02     # of the page's width: the narrowest blank band that cuts a table (6 mm of A4 landscape)
CUT_MIDDLE = (0.2, 0.8)   # of the page's width: where such a band is looked for


def _cut_rules(dark: np.ndarray, start: int, width: int) -> int:
    """The rules a blank band of columns (start, width) CUTS: horizontal rules that run right up to
    the band from both sides at the same heights (within 3 px), with no upright rule along either
    edge. A page's own table ends at an upright border and its rules stop there (two pages side by
    side); rules broken off square on both sides at one height are one table whose middle did not
    print (a copier's book-centre erase, a fold's white-out). Their number where CUT_RULES or more,
    else 0."""
    h, w = dark.shape
    k = max(2, round(CUT_REACH * w))
    if start < k or start + width + k > w:
        return 0
    ends = []
    for strip in (dark[:, start - k:start], dark[:, start + width:start + width + k]):
        if strip.mean(axis=0).max() >= CUT_UPRIGHT:
            return 0
        rows = np.flatnonzero(strip.mean(axis=1) >= CUT_FILL)
        groups = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if len(rows) else []
        ends.append([float(g.mean()) for g in groups if len(g)])
    left, right = ends
    met = sum(1 for y in left if any(abs(y - r) <= 3 for r in right))
    return met if met >= CUT_RULES else 0


def cut_band(gray: np.ndarray) -> tuple[int, int, int] | None:
    """A blank band down the page's whole height that cuts its table (_cut_rules): (its first column,
    its width, the rules it cuts), or None. The widest run of blank columns (no more ink than
    TWO_UP_INK of the height) within CUT_MIDDLE, at least CUT_BAND of the width."""
    _, dark = _paper_and_dark(gray)
    width, start = _widest_blank_run(dark, CUT_MIDDLE)
    w = gray.shape[1]
    if width < CUT_BAND * w:
        return None
    cut = _cut_rules(dark, start, width)
    return (start, width, cut) if cut else None


def _edge_lines(gray: np.ndarray) -> np.ndarray:
    """Per column of gray: whether a faint line runs PAGE_EDGE_SPAN of its height within a band of
    PAGE_EDGE_SLANT of that height from there (a page's printed edge, askew); the band's width too."""
    h = gray.shape[0]
    faint = gray < float(np.percentile(gray, 90)) - TWO_UP_EDGE
    k = max(2, round(PAGE_EDGE_SLANT * h))
    run = np.cumsum(np.pad(faint, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
    return ((run[:, k:] - run[:, :-k]) > 0).mean(axis=0) >= PAGE_EDGE_SPAN, k


def _between_edges(band: np.ndarray) -> int:
    """Where to cut a blank band between two pages with no ground between them: between the two
    pages' printed edges where the band holds two (790: each shrunk page's border), else its middle."""
    edge, k = _edge_lines(band)
    lines = np.flatnonzero(edge)
    gaps = np.flatnonzero(np.diff(lines) > k)
    if not len(gaps):
        return band.shape[1] // 2
    return (int(lines[gaps[0]]) + k + int(lines[gaps[-1] + 1])) // 2


def _sheet(rgb: np.ndarray, gray: np.ndarray) -> np.ndarray:
    """The sheet of a two-up half without the lid's grey round it: a light ground (too light for
    without_ground) whose edge against the paper read as a frame of rules round the whole page,
    one cell holding all its text. Rows and columns are taken off from the outside in while their
    median is TWO_UP_EDGE or more below the paper's, and the blurred edge with them."""
    paper = float(np.percentile(gray, 90))
    keep = []
    for medians in (np.median(gray, axis=1), np.median(gray, axis=0)):
        sheet = np.flatnonzero(medians > paper - TWO_UP_EDGE)
        if not len(sheet):
            return rgb
        first, last = int(sheet[0]), int(sheet[-1])
        first += 2 if first else 0      # (the edge's blur: a pixel or two, JPEG)
        last -= 2 if last < len(medians) - 1 else 0
        keep.append((first, last + 1))
    (top, bottom), (left, right) = keep
    return _inside_edge(rgb[top:bottom, left:right], gray[top:bottom, left:right])


def _inside_edge(rgb: np.ndarray, gray: np.ndarray) -> np.ndarray:
    """A two-up half inside its page's printed edge: a copier's 2-in-1 draws each shrunk page's
    border, a thin faint line round the page (790), which would read as a frame of rules round the
    whole page, one cell holding all its text. Taken off where a line runs PAGE_EDGE_SPAN of the way
    along each of the four sides within PAGE_EDGE_OUTER of the half's edge, followed through a band
    PAGE_EDGE_SLANT wide (askew), with PAGE_EDGE_MARGIN of blank paper inside it on every side (a
    table's own frame has its text close inside)."""
    h, w = gray.shape
    cuts = []
    for g, n in ((gray, w), (gray.T, h)):        # the left and right edges, then the top and bottom
        edge, k = _edge_lines(g)
        lines = np.flatnonzero(edge)
        if not len(lines) or lines[0] >= PAGE_EDGE_OUTER * n or lines[-1] + k <= (1 - PAGE_EDGE_OUTER) * n:
            return rgb
        gaps = np.flatnonzero(np.diff(lines) > k)     # the first line's band ends, the last's begins
        if not len(gaps):
            return rgb
        cuts.append((int(lines[gaps[0]]) + k, int(lines[gaps[-1] + 1])))
    (left, right), (top, bottom) = cuts
    inside = (gray < float(np.percentile(gray, 90)) - TWO_UP_EDGE)[top:bottom, left:right]
    rows, cols = np.flatnonzero(inside.any(axis=1)), np.flatnonzero(inside.any(axis=0))
    if (not len(rows) or rows[0] < PAGE_EDGE_MARGIN * h or rows[-1] > inside.shape[0] - PAGE_EDGE_MARGIN * h
            or cols[0] < PAGE_EDGE_MARGIN * w or cols[-1] > inside.shape[1] - PAGE_EDGE_MARGIN * w):
        return rgb
    return rgb[top:bottom, left:right]
