"""A 1-bit copy strewn with salt and pepper (481's scan): dots of a few pixels all over the page,
which the engine read as "：" "·" before a cell's word and, beside a "%", as the third ring of a
"‰". extract.scan_cleanup.without_specks paints paper over the dots that stand away from any larger
ink (by the text's own stroke width), keeping a decimal point, a "%"'s rings and a colon's dots by
their figures. No OCR here: the page image only."""
import cv2
import numpy as np

from jixiao.extract import scan_cleanup


def _words(a: np.ndarray) -> None:
    for k, word in enumerate(("2.58", "92.7%", "1,337.40", "8:30")):
        cv2.putText(a, word, (120, 120 + 90 * k), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 2, cv2.LINE_AA)
    a[60:62, 60:900] = 0            # a table's rules
    a[60:500, 60:62] = 0


def _specked(seed: int = 3, count: int = 600) -> tuple[np.ndarray, np.ndarray, list]:
    clean = np.full((600, 1000), 255, np.uint8)
    _words(clean)
    ink = cv2.dilate((clean < 200).astype(np.uint8), np.ones((25, 25), np.uint8))
    page = clean.copy()
    rng = np.random.default_rng(seed)
    dots = []
    while len(dots) < count:        # 1-2 px dots, none within 12 px of a word or a rule
        y, x = int(rng.integers(0, 598)), int(rng.integers(0, 998))
        if not ink[y, x]:
            size = int(rng.integers(1, 3))
            page[y:y + size, x:x + size] = 0
            dots.append((y, x))
    return clean, page, dots


def test_specks_away_from_the_figures_are_taken_out():
    clean, page, dots = _specked()
    out, found = scan_cleanup.without_specks(page)
    assert found >= len(dots) * 0.95, found
    assert all(out[y, x] == 255 for y, x in dots)


def test_decimal_points_percent_rings_and_colons_stay():
    clean, page, _ = _specked()
    out, _ = scan_cleanup.without_specks(page)
    figures = clean < 200
    assert (out[figures] == page[figures]).all()   # every pixel of the words and the rules as it was


def test_a_clean_page_and_a_few_dots_are_left_as_they_are():
    clean, page, _ = _specked(count=20)
    assert scan_cleanup.without_specks(page)[0] is page
    assert scan_cleanup.without_specks(clean)[0] is clean


def test_a_screens_faint_pixel_grid_is_no_specks():
    # a phone's photo of a monitor: a dot grid 40 grey levels under the paper, all over the page
    page = np.full((600, 1000), 235, np.uint8)
    page[::4, ::4] = 195
    _words(page)
    assert scan_cleanup.without_specks(page)[0] is page


def test_a_speck_just_after_a_figure_or_before_a_word_is_taken_out():
    # 481's "6." in a 分值 cell and "·成本指标": a dot close to a word but at its end, not between figures
    clean, page, _ = _specked()
    words = clean[100:140, 100:400] < 200   # "2.58"
    xs = np.nonzero(words.any(axis=0))[0] + 100
    ys = np.nonzero(words.any(axis=1))[0] + 100
    after, before = (int(ys[-1]) - 1, int(xs[-1]) + 4), (int(ys[-1]) - 8, int(xs[0]) - 5)
    for y, x in (after, before):
        page[y:y + 2, x:x + 2] = 0
    out, _ = scan_cleanup.without_specks(page)
    assert out[after] == 255 and out[before] == 255
    figures = clean < 200
    assert (out[figures] == page[figures]).all()
