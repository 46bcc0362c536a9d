"""A microfilm-reader print (645's scan): a mottled grey page strewn with grain, its strokes
softened. The ink's threshold stands above the page's noise, so the faint rules sank into the grain
and broke into pieces shorter than a rule: two rows of the indicator table and the fund table's
header rule were lost and their cells ran together. extract.scan_cleanup.without_grain smooths the
grain away before the rules are found and the text read. No OCR here: a constructed page and its rules."""
import cv2
import numpy as np

from jixiao.extract import ocr_reader, scan_cleanup

H, W = 1651, 1275                       # an A4 page at 150 dpi
ROWS = list(range(250, 1500, 64))       # a table's horizontal rules
COLUMNS = (110, 310, 510, 640, 770, 1100)


def _ruled() -> np.ndarray:
    """A ruled table on white paper, its rules 1 px of a light print (150)."""
    a = np.full((H, W), 255, np.float32)
    for y in ROWS:
        a[y, COLUMNS[0]:COLUMNS[-1] + 1] = 150
    for x in COLUMNS:
        a[ROWS[0]:ROWS[-1] + 1, x] = 150
    return a


def _microfilm(seed: int = 0) -> np.ndarray:
    """The table printed from microfilm: mottled paper (150-205, blotches of 15 mm and 3 mm), the
    print softened by the reader's lens (0.9 px), grain (sigma 8, softened a little, and a coarse 2 px
    grain): its noise (median Laplacian 13) is 645's."""
    rng = np.random.default_rng(seed)
    mottle = 0.6 * cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 45)
    mottle += 0.4 * cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 9)
    mottle = (mottle - mottle.min()) / (mottle.max() - mottle.min())
    page = (150 + 55 * mottle) * cv2.GaussianBlur(_ruled(), (0, 0), 0.9) / 255
    page += cv2.GaussianBlur(rng.normal(0, 8, (H, W)).astype(np.float32), (0, 0), 0.5)
    page += cv2.resize(rng.normal(0, 6, (H // 2, W // 2)).astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    return np.clip(page + 0.5, 0, 255).astype(np.uint8)


def _whole_rows(gray: np.ndarray) -> int:
    """How many of the table's rows are ruled right across it, each by one rule."""
    hs, _ = ocr_reader.rules(gray)
    return sum(any(abs(y - row) <= 3 and x0 <= COLUMNS[0] + 5 and x1 >= COLUMNS[-1] - 5 for y, x0, x1 in hs)
               for row in ROWS)


def test_the_rules_of_a_grainy_mottled_page_are_found_whole_once_its_grain_is_smoothed():
    grainy = _microfilm()
    assert _whole_rows(grainy) < len(ROWS) // 2     # the grain breaks faint rules into pieces
    out, noise = scan_cleanup.without_grain(grainy)
    assert noise >= scan_cleanup.GRAIN and out is not grainy
    assert _whole_rows(out) >= len(ROWS) - 2         # (a rule or two the grain nearly crossed may stay broken)
    _, vs = ocr_reader.rules(out)
    assert all(any(abs(x - c) <= 3 and y0 <= ROWS[0] + 5 and y1 >= ROWS[-1] - 5 for x, y0, y1 in vs) for c in COLUMNS)


def test_a_clean_page_is_left_as_it_comes():
    clean = np.where(_ruled() < 255, 30, 255).astype(np.uint8)   # dark rules on white
    clean[ROWS[0] + 20:ROWS[0] + 22, 130:300] = 30
    out, noise = scan_cleanup.without_grain(clean)
    assert noise == 0 and out is clean


def test_a_screens_pixel_grid_is_a_pattern_not_grain():
    """A phone photo of a screen (478's): every third row and column darker, noise as high as
    grain's, left for the steps that read it as it is."""
    rng = np.random.default_rng(3)
    page = _ruled() * 0.9 + 15
    page[::3, :] *= 0.6
    page[:, ::3] *= 0.6
    page += rng.normal(0, 3, page.shape)
    screen = np.clip(page + 0.5, 0, 255).astype(np.uint8)
    assert np.median(np.abs(cv2.Laplacian(screen, cv2.CV_16S))) >= scan_cleanup.GRAIN
    out, noise = scan_cleanup.without_grain(screen)
    assert noise == 0 and out is screen


def test_the_noise_counted_by_value_is_numpys_median_of_the_laplacian():
    """laplacian_noise (without_grain's noise and ocr_reader.ink's margin) counts the Laplacian's sizes
    by value instead of sorting them: the same number, the middle two's mean where the count is even."""
    rng = np.random.default_rng(7)
    pages = [rng.integers(0, 256, shape, dtype=np.uint8) for shape in ((1, 1), (1, 2), (3, 3), (7, 10), (64, 49))]
    pages += [np.full((6, 5), 255, np.uint8), (rng.random((40, 30)) > 0.5).astype(np.uint8) * 255,
              _microfilm()[:200, :160]]
    for page in pages:
        want = float(np.median(np.abs(cv2.Laplacian(page, cv2.CV_16S))))
        assert scan_cleanup.laplacian_noise(page) == want, page.shape


def test_a_pale_print_scanned_as_error_diffusion_dots_is_blurred_back_to_its_greys():
    """Issue 21 (1008's scan: a pale print scanned in a copier's 1-bit photo mode, every grey a
    density of dots, 200 dpi read at 150): its noise (86 here, 78-88 there) was taken for grain and
    smoothed by non-local means as strong, which averaged the strokes into the paper (their contrast
    141 -> 47 here; OCR found 30 characters of 700 and no row was read). A dot texture is blurred
    back to its greys (descreened): the strokes keep their contrast."""
    from PIL import Image

    h, w = 600, 800
    typed = np.full((h, w), 255, np.uint8)
    for y in range(60, 560, 50):
        cv2.line(typed, (40, y), (760, y), 0, 1)
        for x in (60, 260, 460):
            cv2.putText(typed, "43.1%", (x, y + 36), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2, cv2.LINE_AA)
    rng = np.random.default_rng(1008)
    pale = 95 + typed.astype(np.float32) * (236 - 95) / 255 + rng.normal(0, 6, typed.shape)
    big = cv2.resize(np.clip(pale, 0, 255).astype(np.uint8), (w * 4 // 3, h * 4 // 3), interpolation=cv2.INTER_CUBIC)
    dots = np.asarray(Image.fromarray(big).convert("1").convert("L"))      # Floyd-Steinberg, at 200 dpi
    page = cv2.resize(dots, (w, h), interpolation=cv2.INTER_AREA)         # read at 150
    out, noise = scan_cleanup.without_grain(page)
    assert noise >= scan_cleanup.GRAIN and out is not page
    strokes = typed < 128
    core = cv2.erode(strokes.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0
    paper = cv2.dilate(strokes.astype(np.uint8), np.ones((9, 9), np.uint8)) == 0
    assert np.median(out[paper]) - np.median(out[core]) >= 90
