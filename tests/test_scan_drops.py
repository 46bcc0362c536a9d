"""Raindrops on the glass a page was photographed through (extract.scan_drops): found by their rims, only where a
page has many; their streaks on such a page; the figures under them held in doubt."""
from types import SimpleNamespace

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from jixiao.extract import scan_drops
from jixiao.extract.model import Cell, Location


def _page(drops=(), streaks=()):
    """A ruled page of figures at 150 dpi, with drops (x, y, r) drawn as thin grey rims over a blurred inside,
    and streaks (x, y0, y1) as two faint upright edges 10 px apart."""
    g = np.full((900, 1300), 250, np.uint8)
    for y in range(100, 800, 60):
        cv2.line(g, (80, y), (1220, y), 60, 2)
    for x in (80, 400, 700, 1000, 1220):
        cv2.line(g, (x, 100), (x, 760), 60, 2)
    for row, y in enumerate(range(100, 760, 60)):
        for x in (100, 420, 720, 1020):
            cv2.putText(g, f"{row + 1},{x}.00", (x, y + 42), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 50, 2)
    for x, y, r in drops:
        inside = np.zeros_like(g)
        cv2.circle(inside, (x, y), r, 255, -1)
        g = np.where(inside > 0, cv2.GaussianBlur(g, (9, 9), 4), g)
        cv2.circle(g, (x, y), r, 140, 1, lineType=cv2.LINE_AA)
    for x, y0, y1 in streaks:
        for edge in (x, x + 10):
            cv2.line(g, (edge, y0), (edge, y1), 215, 1)
    return g


RAIN = [(40 + (k * 97) % 1200, 30 + (k * 53) % 840, 8 + k % 12) for k in range(30)]


def test_a_page_seen_through_raindrops_has_its_drops_found_by_their_rims():
    found = scan_drops.drops(_page(RAIN))
    assert len(found) >= scan_drops.DROPS
    near = [min(abs(x - fx) + abs(y - fy) for fx, fy, _ in found) for x, y, _ in RAIN]
    assert sum(d <= 4 for d in near) >= len(RAIN) // 2


def test_a_few_rings_are_no_drops_and_a_clean_page_has_none():
    assert scan_drops.drops(_page()) == []
    assert scan_drops.drops(_page(RAIN[:3])) == []     # a circled number, a 〇, a round mark: not rain


def test_the_cells_whose_print_a_drop_or_a_streak_reaches_are_named():
    g = _page(RAIN[:0] + [(470, 335, 14)], [(760, 150, 420)])
    cells = [Cell("4,420.00", 3, 1, Location("p", page=1, table=0, row=3, col=1, bbox=(400, 280, 700, 340))),
             Cell("4,720.00", 3, 2, Location("p", page=1, table=0, row=3, col=2, bbox=(700, 280, 1000, 340))),
             Cell("6,420.00", 5, 1, Location("p", page=1, table=0, row=5, col=1, bbox=(400, 400, 700, 460))),
             Cell("7,1020.00", 6, 3, Location("p", page=1, table=0, row=6, col=3, bbox=(1000, 460, 1220, 520)))]
    table = SimpleNamespace(cells=cells)
    bands = scan_drops.streaks(g)
    assert len(bands) == 1 and 755 <= bands[0][0] <= 765
    hit = scan_drops.under([table], g, [(470, 335, 14)], bands=bands)
    assert [c.text for c in hit] == ["4,420.00", "4,720.00"]


def _chads(g, chads, shade=True, hole=False):
    """Punch chads (x, y, r) laid on page g (its paper made 235, a scanned page's): a disc of whiter paper (252,
    or black for a punched hole) hiding what is under it, with a soft shadow to its lower right where shade."""
    g = (g * 0.94).astype(np.uint8)
    for x, y, r in chads:
        if shade:
            s = np.zeros(g.shape, np.float32)
            cv2.circle(s, (x + 5, y + 5), r, 1.0, -1)
            s = cv2.GaussianBlur(s, (0, 0), 3)
            g = (g * (1 - 0.2 * s)).astype(np.uint8)
        cv2.circle(g, (x, y), r, 20 if hole else 252, -1)
    return g


CHADS = [(30 + (k * 137) % 1240, 40 + (k * 71) % 820, 17) for k in range(12)]


def test_punch_chads_lying_on_a_page_are_found_by_their_shade_only_where_several_are():
    g = _chads(_page(), CHADS)
    found = scan_drops.chads(g)
    assert len(found) >= scan_drops.CHADS
    near = [min(abs(x - fx) + abs(y - fy) for fx, fy, _ in found) for x, y, _ in CHADS]
    assert sum(d <= 4 for d in near) >= len(CHADS) // 2
    assert scan_drops.chads(_page()) == []                               # a clean page
    assert scan_drops.chads(_chads(_page(), CHADS[:2])) == []            # two discs: no sign
    assert scan_drops.chads(_chads(_page(), CHADS, shade=False)) == []   # no shade: white spots, nothing lying
    assert scan_drops.chads(_chads(_page(), CHADS, hole=True)) == []     # punched holes, dark inside


def test_the_cells_whose_words_or_figures_a_chad_reaches_are_named():
    g = _chads(_page(), [(470, 335, 17)])
    cells = [Cell("建设种植基地", 3, 1, Location("p", page=1, table=0, row=3, col=1, bbox=(400, 280, 700, 340))),
             Cell("4,720.00", 3, 2, Location("p", page=1, table=0, row=3, col=2, bbox=(700, 280, 1000, 340)))]
    table = SimpleNamespace(cells=cells)
    assert [c.text for c in scan_drops.under([table], g, [(470, 335, 17)], figures=False)] == ["建设种植基地"]
    assert scan_drops.under([table], g, [(470, 335, 17)]) == []          # figures only, as drops are
