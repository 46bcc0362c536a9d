"""A page cut into upright strips and laid back (1492's scan: a report through a strip-cut shredder, taped back
on a backing sheet): seams of the backing between the strips, every strip up or down by its own amount, so
no rule across is straight and the grid fell apart (1492.scan: no row read). extract.scan_strips finds the
seams at their regular pitch, matches each strip up and down to the page's row profile and lays the strips
back without the seams. A page with a table's upright rules, never cut, is left as it is."""
import numpy as np

from jixiao.extract import scan_strips

DPI = 150


def _page():
    """A ruled table: rules across every 40 lines, upright rules at the columns' own widths, blocks of 'text'."""
    rng = np.random.default_rng(7)
    h, w = 900, 1100
    g = np.full((h, w), 238, np.uint8)
    for y in range(60, 860, 40):
        g[y:y + 2, 50:1050] = 40
    for x in (50, 170, 420, 600, 760, 1048):
        g[60:842, x:x + 2] = 40
    for y in range(72, 840, 40):
        for x in (70, 200, 450, 630, 790):
            g[y:y + 14, x:x + int(rng.integers(40, 110))] = np.where(rng.uniform(0, 1, (14, 1)) < 0.5, 50, 238)[:, :1]
    return g


def _shredded(g):
    rng = np.random.default_rng(11)
    h, w = g.shape
    pieces, x = [], 0
    while x < w:
        sw = int(rng.integers(22, 26))
        dy = int(rng.integers(-5, 6))
        strip = np.full((h, min(sw, w - x)), 238, np.uint8)
        src = g[:, x:x + sw]
        if dy >= 0:
            strip[dy:] = src[:h - dy]
        else:
            strip[:h + dy] = src[-dy:]
        pieces += [strip, np.full((h, int(rng.integers(2, 4))), 195, np.uint8)]
        x += sw
    return np.hstack(pieces[:-1])


def _straight_rules(g) -> float:
    """Share of the rules across the table that come out as one dark line over 90% of the width (within a few lines
    of where they were printed: the strips are laid back as a whole a line or two up or down)."""
    rows = list(range(60, 860, 40))
    ok = sum(max(float((g[y, 40:-40] < 120).mean()) for y in range(r - 4, r + 6)) > 0.9 for r in rows)
    return ok / len(rows)


def test_shredded_strips_laid_back_straight():
    cut = _shredded(_page())
    assert _straight_rules(cut) < 0.2
    back, strips, offset = scan_strips.realigned(cut, DPI)
    assert strips >= 40 and 1 <= offset <= 12
    assert back.shape[1] < cut.shape[1] - 80          # the seams left out
    assert _straight_rules(back) > 0.8


def test_a_ruled_page_never_cut_is_left_as_it_is():
    g = _page()
    back, strips, offset = scan_strips.realigned(g, DPI)
    assert strips == 0 and back is g


def test_a_grid_seen_through_the_sheet_is_no_seam():
    """1102.scan's cutting mat: straight grey lines at a regular pitch all down the page, as seams are, but under
    the print, so the table's rules and text cross them: no seam, the page left as it is."""
    g = _page()
    mat = g.copy()
    for x in range(12, g.shape[1], 24):
        mat[:, x:x + 2] = np.minimum(mat[:, x:x + 2], 195)
    back, strips, offset = scan_strips.realigned(mat, DPI)
    assert strips == 0 and back is mat
