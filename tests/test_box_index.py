"""extract.box_index: the grid only picks candidates; its answers are those of the tests written out
against every box (pdfium_page._Unseen's covers and grounds, pdf_reader._plumber_shown's fills)."""
import math
import random

from jixiao.extract.box_index import BoxIndex

ODD = [math.inf, -math.inf, math.nan, 0.0, 612.0]


def _box(rnd: random.Random) -> tuple:
    x, y = rnd.uniform(-50, 650), rnd.uniform(-50, 850)
    w, h = rnd.choice([rnd.uniform(0, 3), rnd.uniform(0, 40), rnd.uniform(0, 900)]), rnd.uniform(0, 60)
    box = [x, y, x + w, y + h]
    if rnd.random() < 0.05:
        box[rnd.randrange(4)] = rnd.choice(ODD)     # hostile coordinates
    if rnd.random() < 0.03:
        box = [box[2], box[3], box[0], box[1]]      # given right to left
    return tuple(box)


def test_indexed_answers_equal_the_tests_against_every_box():
    rnd = random.Random(21)
    for n in [0, 1, 2, 7, 60, 400, 3000]:
        boxes = [_box(rnd) for _ in range(n)]
        index = BoxIndex(boxes)
        for _ in range(300):
            q = _box(rnd)
            assert index.overlapping(q) == [i for i, b in enumerate(boxes)
                                            if b[0] < q[2] and q[0] < b[2] and b[1] < q[3] and q[1] < b[3]]
            among = range(*sorted(rnd.randrange(n + 1) for _ in range(2)))     # those drawn before or after
            assert index.overlapping(q, among) == [i for i in index.overlapping(q) if i in among]
            # points on boxes' edges and corners as well as anywhere
            b = rnd.choice(boxes) if boxes else q
            x, y = rnd.choice([b[0], b[2], q[0]]), rnd.choice([b[1], b[3], q[1]])
            assert index.holding(x, y) == [i for i, b in enumerate(boxes) if b[0] <= x <= b[2] and b[1] <= y <= b[3]]
            assert index.holding(x, y, among) == [i for i in index.holding(x, y) if i in among]


def test_a_pages_fills_answer_as_the_tests_against_every_fill_did():
    """pdfium_page.Fills: covered (a white rectangle painted after a text object, over its box, holding a
    glyph's middle half) and grounded (a fill drawn before it under a point), as written out before the
    index, on random pages of covers, grounds, text objects and glyphs (some given backwards)."""
    from jixiao.extract.pdfium_page import Fills
    rnd = random.Random(809)
    for n in [0, 3, 50, 800]:
        # each in the order drawn, as a page lists them; some drawn at one place in the order
        covers = sorted(((rnd.randrange(2 * n + 1), _box(rnd)) for _ in range(n)), key=lambda c: c[0])
        grounds = sorted(((rnd.randrange(2 * n + 1), _box(rnd)) for _ in range(n)), key=lambda c: c[0])
        fills = Fills(covers, grounds)
        for _ in range(400):
            k = rnd.randrange(2 * n + 1)
            glyph = _box(rnd) if rnd.random() < 0.5 or not covers else rnd.choice(covers)[1]
            if rnd.random() < 0.2:
                glyph = (glyph[2], glyph[1], glyph[0], glyph[3])      # a glyph box given right to left
            left, bottom, right, top = glyph
            # the text object's box: often its glyph's and more, as drawn
            box = (left - 40, bottom - 2, right + 40, top + 2) if rnd.random() < 0.5 else _box(rnd)
            qx, qy = (right - left) / 4, (top - bottom) / 4
            over = [b for j, b in covers if j > k and b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3]]
            assert fills.covered(k, box, glyph) == any(b[0] <= left + qx and right - qx <= b[2] and b[1] <= bottom + qy
                                                        and top - qy <= b[3] for b in over)
            cx, cy = (left + right) / 2, (bottom + top) / 2
            assert fills.grounded(k, cx, cy) == any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for j, b in grounds if j < k)
    # a glyph box given right to left: the old test's answer, though the cover does not hold its middle
    assert Fills([(1, (10.0, 0.0, 12.0, 10.0))], []).covered(0, (0.0, 0.0, 20.0, 10.0), (16.0, 2.0, 0.0, 8.0))
