"""A comparison sign read as a digit, told by the page's own type (extract/scan_glyphs.py): on 367's
scanner-app page the engine read ≥1.2万吨 as 21.2万吨 and ≥320万人 as 2320万人, surely, while it read
the same sign right on the lines around them, and four false flags followed. Here a printed page's
own words (its text layer gives each character's place) are set on the page's image, thickened and
made one-bit as a scanner app does, and one ≥ value is given to the repair as the engine misread it.
No OCR: the repair sees the ink and the readings."""
import functools

import numpy as np
import pdfplumber
import pypdfium2 as pdfium

from jixiao.extract import scan_glyphs

from .conftest import REPORTS

DPI = 150


def _page_lines():
    path = next(REPORTS.glob("001_*.pdf"))
    scale = DPI / 72
    img = pdfium.PdfDocument(str(path))[1].render(scale=scale).to_pil().convert("L")
    a = np.asarray(img).astype(np.float32)
    import cv2
    a = cv2.erode(a, np.ones((2, 2), np.uint8))                           # strokes thickened
    mean = cv2.blur(a, (51, 51))
    gray = np.where(a < mean - 12, 0, 255).astype(np.uint8)                # the app's one-bit threshold
    with pdfplumber.open(str(path)) as pdf:
        words = pdf.pages[1].extract_words()
    lines = []
    for w in words:
        n = len(w["text"])
        step = (w["x1"] - w["x0"]) / n
        centers = [(w["x0"] + step * (k + 0.5)) * scale for k in range(n)]
        lines.append(((w["x0"] * scale, w["top"] * scale - 3, w["x1"] * scale, w["bottom"] * scale + 3),
                      w["text"], centers))
    return gray, lines


def test_a_sign_read_as_a_digit_is_read_as_the_sign_its_ink_matches():
    gray, lines = _page_lines()
    k = next(i for i, l in enumerate(lines) if l[1].startswith("≥9"))
    box, text, centers = lines[k]
    lines[k] = (box, "2" + text[1:], centers)               # as the engine misread it
    got = scan_glyphs.repaired(lines, gray)
    assert got.get(k) == text, (text, got)


def test_a_value_that_begins_with_the_digit_keeps_it():
    gray, lines = _page_lines()
    got = scan_glyphs.repaired(lines, gray)
    assert got == {}, got                                  # 2021…, 253.42 … stay as read


def test_no_sign_read_on_the_page_changes_nothing():
    gray, lines = _page_lines()
    assert any(t.startswith("≥9") for _, t, _ in lines)    # the page's signs, all read as 2 below
    lines = [(b, "2" + t[1:], c) if t.startswith("≥") else (b, t, c) for b, t, c in lines]
    assert scan_glyphs.repaired(lines, gray) == {}


# A sign the recogniser dropped (731's dot-matrix print: ≥600张 read 600张, the line's box still over
# the sign's ink): the ink before the value's first digit is the page's own ≥, or its mirror ≤.
@functools.lru_cache(maxsize=1)
def _read_once():
    return _page_lines()


def _sign_dropped():
    """The page (a copy), its lines with one ≥ value's sign dropped as the engine dropped 731's, that
    line's index, its text as printed, and where its sign's ink stands (y0, y1, x0, x1)."""
    gray, lines = _read_once()
    lines = list(lines)
    k = next(i for i, l in enumerate(lines) if l[1].startswith("≥9"))
    box, text, centers = lines[k]
    lines[k] = (box, text[1:], centers[1:])
    x0, y0, _, y1 = (int(round(v)) for v in box)
    return gray.copy(), lines, k, text, (y0, y1, x0, int(round((centers[0] + centers[1]) / 2)))


def test_a_dropped_sign_is_read_as_the_sign_its_ink_matches():
    gray, lines, k, text, _ = _sign_dropped()
    found, unsure = scan_glyphs.dropped(lines, gray)
    assert found.get(k, ("",))[0] == text and unsure == [], (text, found, unsure)


def test_a_dropped_le_is_read_by_the_mirror_of_the_pages_ge():
    gray, lines, k, text, (y0, y1, x0, x1) = _sign_dropped()
    gray[y0:y1, x0:x1] = gray[y0:y1, x0:x1][:, ::-1]        # the page's ≥ turned over: a ≤
    found, _ = scan_glyphs.dropped(lines, gray)
    assert found.get(k, ("",))[0] == "≤" + text[1:], (text, found)


def test_ink_before_a_value_that_is_no_sign_is_said_not_guessed():
    gray, lines, k, _, (y0, y1, x0, x1) = _sign_dropped()
    gray[y0:y1, x0:x1] = 255
    mid = (y0 + y1) // 2
    gray[mid - 4:mid + 4, x1 - 7:x1 - 3] = 0                 # a blot where the sign stood
    assert scan_glyphs.dropped(lines, gray) == ({}, [k])


def test_values_with_nothing_before_them_are_left_as_read():
    gray, lines = _read_once()
    assert scan_glyphs.dropped(lines, gray) == ({}, [])


def _sign(gray, x0, y0):
    """A ≥ of 11 x 11 px with its top at y0 (906's, printed at 70%)."""
    import cv2
    cv2.line(gray, (x0, y0), (x0 + 10, y0 + 3), 0, 2)
    cv2.line(gray, (x0 + 10, y0 + 3), (x0, y0 + 6), 0, 2)
    cv2.line(gray, (x0, y0 + 9), (x0 + 10, y0 + 9), 0, 2)


def _digit(gray, x0, y0):
    gray[y0:y0 + 11, x0:x0 + 6] = 0
    gray[y0 + 2:y0 + 9, x0 + 2:x0 + 4] = 255


def test_a_sign_dropped_before_a_figure_with_a_point_is_found_at_the_pages_digit_pitch():
    """906's scan, printed fit to page at 70%: the engine dropped the ≥ of ≥2.6万人 and set the 2's
    centre 5 px from its point's; the window before the 2, measured in that gap, cut the sign's ink
    at its left edge and nothing was said (the target read = 2.6万人). The page's digits stand 7 px
    apart (99.2%), the sign's reach is from the line's height."""
    gray = np.full((200, 200), 255, np.uint8)
    _sign(gray, 20, 104)                    # ≥8个: the page's own sign, read
    _digit(gray, 34, 104)
    _sign(gray, 68, 49)                     # (≥)2.6万人: the sign dropped
    _digit(gray, 82, 49)
    gray[58:60, 89:91] = 0                  # the point
    _digit(gray, 93, 49)
    for x in (27, 34, 43):                  # 99.2%
        _digit(gray, x, 154)
    lines = [((67, 45, 130, 66), "2.6万人", [85.0, 90.0, 96.0, 104.0, 116.0]),
             ((17, 100, 70, 121), "≥8个", [25.0, 37.0, 48.0]),
             ((24, 150, 70, 171), "99.2%", [30.0, 37.0, 41.0, 46.0, 55.0])]
    found, unsure = scan_glyphs.dropped(lines, gray)
    assert found.get(0, ("",))[0] == "≥2.6万人" and unsure == [], (found, unsure)


def test_a_box_above_that_grazes_the_line_does_not_hide_a_dropped_sign():
    """1061's recycled paper: a fibre under 4.2亿元 drew that line's box a pixel into the box of
    (≥)2600户 below it, over the dropped sign's place; the box was taken as another line standing
    there, the ink was not looked at, and 2600户 was read with no comparison and no word."""
    gray, lines, k, text, (y0, y1, x0, x1) = _sign_dropped()
    box = lines[k][0]
    above = ((box[0] - 5, box[1] - 30, box[2] + 5, box[1] + 1), "4.2亿元", None)   # ends a pixel inside the line
    found, unsure = scan_glyphs.dropped(lines + [above], gray)
    assert found.get(k, ("",))[0] == text and unsure == [], (text, found, unsure)


def _ruled_boxes():
    """The page with each line boxed as a table's cell is, its rules drawn through the box's top and
    bottom rows (1632's scan: the engine's boxes took in the cell's rules above and below each value)."""
    gray, lines = _read_once()
    gray = gray.copy()
    for (x0, y0, x1, y1), _, _ in lines:
        for y in (int(round(y0)) + 1, int(round(y1)) - 2):
            gray[y:y + 2, max(0, int(x0) - 20):int(x1) + 20] = 0
    return gray, list(lines)


def test_a_cells_rules_through_the_box_are_not_taken_for_the_signs_ink():
    """1632.scan read 99.2% as ≥9.2%: the first 9's crop and the page's ≥ copies each held the cell's rules
    across their box, so the rules made them alike (0.61) and the 9 unlike the page's 9s (0.34). A rule
    through a line's box is no character's ink: the page's values keep their digits, its ≥ is still found."""
    gray, lines = _ruled_boxes()
    assert scan_glyphs.repaired(lines, gray) == {}
    k = next(i for i, l in enumerate(lines) if l[1].startswith("≥9"))
    box, text, centers = lines[k]
    lines[k] = (box, "2" + text[1:], centers)
    assert scan_glyphs.repaired(lines, gray).get(k) == text


def test_a_sign_dropped_before_a_digit_placed_at_its_left_edge_is_found():
    """1700.scan (a clean print): ≥4条 read 4条 at 0.99, the engine's centre for the 4 at its ink's left edge and
    the 条 19 px on; the window before the 4 ended a third of that pitch left of the centre, cut the ≥ (two
    pixels before the 4) in two, and nothing stood alone: no sign, nothing said. The window ends at the
    digit's own left edge, the first blank column left of its ink."""
    gray = np.full((200, 200), 255, np.uint8)
    _sign(gray, 20, 104)                    # ≥8个: the page's own sign, read
    _digit(gray, 34, 104)
    _sign(gray, 68, 49)                     # (≥)4条: the sign dropped, two pixels before the 4
    _digit(gray, 82, 49)
    gray[49:60, 95:108] = 0                 # 条, a character's block
    gray[52:57, 98:105] = 255
    for x in (27, 34):                      # 99
        _digit(gray, x, 154)
    lines = [((64, 45, 112, 66), "4条", [82.0, 101.0]),
             ((17, 100, 70, 121), "≥8个", [25.0, 37.0, 48.0]),
             ((24, 150, 45, 171), "99", [30.0, 37.0])]
    found, unsure = scan_glyphs.dropped(lines, gray)
    assert found.get(0, ("",))[0] == "≥4条" and unsure == [], (found, unsure)
