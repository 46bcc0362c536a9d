"""A phone shot wobbled by its rolling shutter (1139's scan: each line aside by the hand's tremor as the
sensor was read): the upright rules wave, the grid's columns fall apart (1139.scan: 8 of 13 rows, the
fund line lost, unsaid). extract.scan_wobble matches each thin band of lines sideways to the page's
column profile and moves the lines back where the offsets swing to and fro and the columns come out
sharper for it. A page scanned flat, askew or sheared (one straight drift, not a wave) is left as it
was. No OCR here."""
import cv2
import numpy as np

from jixiao.extract import scan_wobble


def _page() -> np.ndarray:
    """A grid of upright and level rules with figures in the cells, grey on white, 1200 lines."""
    a = np.full((1200, 900), 245, np.uint8)
    for y in range(60, 1141, 60):
        a[y:y + 2, 40:862] = 25
    for x in (40, 200, 420, 600, 720, 860):
        a[60:1142, x:x + 2] = 25
    for y in range(60, 1100, 60):
        for x in (40, 200, 420, 600):
            cv2.putText(a, "97.2%", (x + 12, y + 42), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 25, 2, cv2.LINE_AA)
    return a


def _moved(a: np.ndarray, dx: np.ndarray) -> np.ndarray:
    """Each line y drawn dx[y] pixels to the right."""
    h, w = a.shape
    map_x = np.arange(w, dtype=np.float32)[None, :] - dx.astype(np.float32)[:, None]
    map_y = np.repeat(np.arange(h, dtype=np.float32)[:, None], w, axis=1)
    return cv2.remap(a, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _rule_wander(a: np.ndarray, x0: int) -> float:
    """How far the upright rule near x0 wanders down the grid (standard deviation of its centre, pixels)."""
    dark = (a[70:1130, x0 - 9:x0 + 10] < 120).astype(float)   # clear of the figures beside it
    rows = dark.sum(axis=1) > 0
    centres = (dark[rows] * np.arange(dark.shape[1])).sum(axis=1) / dark[rows].sum(axis=1)
    return float(centres.std())


def test_a_wobbled_page_has_its_lines_moved_back():
    y = np.arange(1200)
    wobbled = _moved(_page(), 3 * np.sin(2 * np.pi * y / 56 + 0.7) + 1.5 * np.sin(2 * np.pi * y / 21 + 2.1))
    assert _rule_wander(wobbled, 420) > 2
    back, spread = scan_wobble.straightened(wobbled)
    assert spread > 1.5
    assert _rule_wander(back, 420) < 0.8
    assert _rule_wander(back, 720) < 0.8


def test_a_page_flat_askew_or_sheared_is_left_alone():
    page = _page()
    for a in (page,
              cv2.warpAffine(page, cv2.getRotationMatrix2D((450, 600), 0.8, 1.0), (900, 1200), borderValue=245),
              _moved(page, np.arange(1200) * np.tan(np.radians(1.8)))):
        back, spread = scan_wobble.straightened(a)
        assert spread == 0.0
        assert back is a
