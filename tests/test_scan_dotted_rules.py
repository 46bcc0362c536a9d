"""A fax's rules printed as dots: its coarse vertical resolution (100 dpi stretched to 200) and its
dithering scatter a thin rule's ink over three or four pixel rows with no row inked for the rule
kernel's length, and rules() lost most of 318's rows (21 of its 156 fields read). A thin band of
dots standing in white is a rule again (extract.ocr_reader._dotted); a line of figures or text,
its strokes above and below any of its rows, is not. No OCR here: the rules of a page image only."""
import numpy as np

from jixiao.extract import ocr_reader

XS = [100, 300, 500, 700, 900]
YS = [100, 160, 220, 280, 340, 400]


def _dotted_grid(seed: int = 3, density: float = 0.45):
    """A white page with a grid of solid 2 px vertical rules and horizontal rules as dots: each
    pixel of a 4-row band inked at `density` (the first rule drawn solid)."""
    rng = np.random.default_rng(seed)
    a = np.full((500, 1000), 255, np.uint8)
    for x in XS:
        a[YS[0]:YS[-1] + 2, x:x + 2] = 0
    a[YS[0]:YS[0] + 2, XS[0]:XS[-1] + 2] = 0
    for y in YS[1:]:
        band = a[y - 1:y + 3, XS[0]:XS[-1] + 2]
        band[rng.random(band.shape) < density] = 0
    return a, rng


def _longest_run(row) -> int:
    best = run = 0
    for v in row:
        run = run + 1 if v else 0
        best = max(best, run)
    return best


def test_rules_printed_as_dots_are_rules():
    a, _ = _dotted_grid()
    assert max(_longest_run(a[y] < 128) for y in range(YS[1] - 1, YS[1] + 3)) < 40   # no row is a rule alone
    dotted: list = []
    hs, _ = ocr_reader.rules(a, dotted)
    for y in YS:
        on = [h for h in hs if abs(h[0] - (y + 1)) <= 4]
        assert on and min(h[1] for h in on) <= XS[0] + 4 and max(h[2] for h in on) >= XS[-1] - 4, (y, on)
    assert len(dotted) == len(YS) - 1          # the solid one is no dotted rule


def test_a_line_of_figures_or_text_between_dotted_rules_is_no_rule():
    a, rng = _dotted_grid()
    # "figures": 12 px tall, a stroke every 4 px, 360 px long (740.00 on 318's fax closed into a run)
    for x in range(120, 480, 4):
        a[180:192, x:x + 2] = 0
    a[180:182, 120:480] = np.where(rng.random((2, 360)) < 0.5, 0, 255)
    # "characters": 14 px boxes a third inked, 3 px apart, along a row of cells
    for x in range(520, 880, 17):
        box = a[296:310, x:x + 14]
        box[rng.random(box.shape) < 0.35] = 0
    hs, _ = ocr_reader.rules(a)
    for y in YS:
        assert [h for h in hs if abs(h[0] - (y + 1)) <= 4], y
    stray = [h for h in hs if min(abs(h[0] - (y + 1)) for y in YS) > 4]
    assert not stray, stray
