"""A page stitched from two shots (730's phone scan: the lower shot 1.5% larger, shifted and turned 0.6
degrees under a seam): every column rule broke at the seam and went on a few pixels aside, the grid took
the two pieces of the level-1 column's rule for two columns, and the last row of the page took the
levels of the rows above, unsaid. extract/scan_seam.py finds the seam by the rules' breaks, one
straight map of x, and lays the lower shot back on the upper. No OCR: rules of small page images."""
import numpy as np

from jixiao.extract import ocr_reader, scan_seam
from jixiao.extract.rule_stack import cluster

SNAP = ocr_reader.SNAP
XS = [100, 220, 400, 560, 700, 820, 940]


def _grid(h: int = 900, w: int = 1040):
    a = np.full((h, w), 240, np.uint8)
    for y in range(100, 820, 60):
        a[y:y + 2, XS[0]:XS[-1] + 2] = 30
    for x in XS:
        a[100:822, x:x + 2] = 30
    return a


def _stitched(seam: int = 430, scale: float = 1.015, angle: float = 0.6, shift: float = 4):
    """The grid's upper part as it is, the lower part the same grid shot again: larger about the
    page's middle, turned about the seam's middle and shifted (as 730's scan was made)."""
    import cv2
    a = _grid()
    h, w = a.shape
    m = cv2.getRotationMatrix2D((w / 2, seam), angle, scale)
    m[0, 2] += shift
    lower = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    out = a.copy()
    out[seam:] = lower[seam:]
    return out


def _columns(gray):
    _, vs = ocr_reader.rules(gray)
    return cluster([v[0] for v in vs], SNAP)


def test_rules_breaking_at_a_seam_along_one_map_of_x_are_a_seam():
    up = [(x, 100.0, 430.0) for x in XS]
    low = [(x + 0.015 * (x - 520) + 3, 428.0, 820.0) for x in XS]
    y, a, b = scan_seam.breaks(up + low, SNAP)
    assert abs(y - 430) <= SNAP and abs(a - 0.015) < 1e-3 and abs(b - (3 - 0.015 * 520)) < 0.5


def test_columns_that_change_at_a_row_each_its_own_way_are_no_seam():
    up = [(x, 100.0, 430.0) for x in XS]
    low = [(x + d, 430.0, 820.0) for x, d in zip(XS, (0, 9, -8, 6, 12, -10, 0))]   # a fund block over the indicators
    assert scan_seam.breaks(up + low, SNAP) is None


def test_a_stitched_page_laid_back_has_one_rule_per_column():
    gray = _stitched()
    assert len(_columns(gray)) > len(XS)               # before: the lower pieces stand aside as columns of their own
    gray, at, turn = scan_seam.laid_back(gray, ocr_reader.rules(gray)[1], SNAP, ocr_reader.rules)
    assert abs(at - 430) <= SNAP and abs(turn - 0.6) <= 0.1, (at, turn)
    cols = _columns(gray)
    assert len(cols) == len(XS) and all(abs(c - x - 1) <= 2 for c, x in zip(cols, XS)), cols


def test_a_page_in_one_shot_has_no_seam():
    assert scan_seam.breaks(ocr_reader.rules(_grid())[1], SNAP) is None
