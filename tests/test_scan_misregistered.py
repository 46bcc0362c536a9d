"""A colour scan whose sensor put its red and blue a pixel or two off the green (703's: every black
stroke fringed red below and blue above). In grey a thin rule was a stack of pale rows, the fringes
read as seal ink, most of the table's rules went and rows ran together. extract.scan_cleanup.registered
shifts a plane that is the green's print shifted back onto it; a seal's colour or a grey page is left
as it is. No OCR here: the planes of a page image only."""
import numpy as np

from jixiao.extract import scan_cleanup


def _page():
    """A white colour page (150 dpi scale) with a 4 x 8 grid of 1 px black rules and a few black blocks
    of text's size in its cells."""
    a = np.full((900, 800, 3), 246, np.uint8)
    ys = list(range(100, 741, 80))
    for y in ys:
        a[y, 100:701] = 0
    for x in (100, 250, 400, 550, 700):
        a[100:741, x] = 0
    for y in ys[:-1]:
        for x in (120, 270, 420):
            a[y + 30:y + 48, x:x + 60:4] = 0
    return a, ys


def _misregistered(a, shift=2):
    b = a.copy()
    b[..., 0] = np.roll(a[..., 0], shift, axis=0)       # red lands lower
    b[..., 2] = np.roll(a[..., 2], -shift, axis=0)      # blue higher
    return b


def test_planes_shifted_apart_are_put_back():
    a, _ = _page()
    fringed = _misregistered(a)
    out, moved = scan_cleanup.registered(fringed)
    assert sorted(name for name, _, _ in moved) == ["红", "蓝"], moved
    assert {name: round(dy) for name, _, dy in moved} == {"红": 2, "蓝": -2}, moved
    assert np.abs(out[100:741, 100:701].astype(int) - a[100:741, 100:701].astype(int)).max() < 40
    # and the seal remover no longer finds the fringes a seal's ink
    assert scan_cleanup.without_seals(fringed)[1] > 0 and scan_cleanup.without_seals(out)[1] == 0


def test_a_seal_and_a_grey_page_are_left_in_register():
    a, _ = _page()
    yy, xx = np.mgrid[0:900, 0:800]
    ring = np.abs(np.hypot(yy - 400, xx - 500) - 120) < 6
    a[ring] = (200, 40, 40)                 # a red seal's ring over the grid, no copy of the black
    out, moved = scan_cleanup.registered(a)
    assert moved == [] and out is a
    grey = np.repeat(_page()[0][..., 1:2], 3, axis=2)
    out, moved = scan_cleanup.registered(grey)
    assert moved == [] and out is grey
