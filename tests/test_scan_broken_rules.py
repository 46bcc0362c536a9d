"""Scans whose thin rules are broken on the paper (a copy of a copy, a phone scanner app's threshold
dropping a faint line): a break left open merged the cells on both sides of it, so two indicator
rows read as one cell and a column appeared where a piece of rule ended (364 and 367's scans).
extract.ocr_reader.rules mends a break: pieces in line, unless both ends of the gap stand on rules
across (a merged cell's open side). No OCR here: the rules of a page image only."""
import numpy as np
import pytest

from jixiao.extract import ocr_doubt, ocr_reader
from jixiao.extract.rule_stack import cluster

from .conftest import REPORTS


def _grid(merged: bool = True):
    """A white page with a 4 x 5 grid of 2 px black rules (150 dpi scale); column 0's rows 1-2 one
    merged cell (the rule between them drawn over columns 1-3 only)."""
    a = np.full((700, 1000), 255, np.uint8)
    xs, ys = [100, 300, 500, 700, 900], [100, 180, 260, 340, 420, 500]
    for k, y in enumerate(ys):
        a[y:y + 2, (300 if merged and k == 2 else 100):902] = 0
    for x in xs:
        a[100:502, x:x + 2] = 0
    return a, xs, ys


def _h_at(hs, y):
    return sorted((round(h[1]), round(h[2])) for h in hs if abs(h[0] - y) < 4)


def test_a_rule_broken_inside_cells_is_one_rule_again():
    a, xs, ys = _grid()
    a[180:182, 380:420] = 255          # a gap inside column 1
    a[420:422, 304:340] = 255          # a gap starting by column 1's rule (one end stands on it)
    a[420:422, 690:715] = 255          # a gap over a crossing (column 3's rule passes through it)
    a[340:342, 560:600] = 255
    a[340:342, 610:640] = 255          # two gaps in one rule
    hs, _ = ocr_reader.rules(a)
    for y in (180, 340, 420):
        (piece,) = _h_at(hs, y + 1)
        assert piece[0] <= xs[0] + 2 and piece[1] >= xs[-1], (y, _h_at(hs, y + 1))


def test_a_merged_cell_stays_open_where_the_gap_stands_on_rules_at_both_ends():
    a, xs, ys = _grid()
    hs, _ = ocr_reader.rules(a)
    (piece,) = _h_at(hs, ys[2] + 1)
    assert piece[0] >= xs[1] - 3, piece        # column 0's rows 1-2 stay one cell


def test_a_broken_vertical_rule_is_one_rule_again():
    a, xs, ys = _grid()
    a[200:240, 500:502] = 255          # inside a row, between two rules across
    _, vs = ocr_reader.rules(a)
    on = [v for v in vs if abs(v[0] - 501) < 4]
    assert any(v[1] <= 102 and v[2] >= 498 for v in on), on


def test_a_printed_page_with_its_rules_broken_gives_the_clean_pages_rows_and_columns():
    import pypdfium2 as pdfium
    path = sorted(REPORTS.glob("*.pdf"))[0]
    page = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil().convert("L")
    clean = np.asarray(page).copy()
    hs0, vs0 = ocr_reader.rules(clean)
    assert len(hs0) >= 6
    broken = clean.copy()
    rng = np.random.default_rng(7)
    for y, x0, x1 in hs0:               # three gaps of 8-30 px in each rule, away from its ends
        for _ in range(3):
            g = int(rng.integers(x0 + 40, max(x0 + 41, x1 - 70)))
            broken[int(y) - 3:int(y) + 4, g:g + int(rng.integers(8, 30))] = 255
    hs1, vs1 = ocr_reader.rules(broken)
    snap = ocr_reader.SNAP
    for y in cluster([h[0] for h in hs0], snap):
        span = lambda hs: sorted((round(h[1] / 10), round(h[2] / 10)) for h in hs if abs(h[0] - y) <= snap)
        assert len(span(hs1)) == len(span(hs0)), (y, span(hs0), span(hs1))


@pytest.mark.parametrize("first,second,kept", [
    (("≤18万元", 0.99), ("s18万元", 0.996), "≤18万元"),     # a letter for the sign: no value
    (("248公里", 0.93), ("≥48公里", 0.99), "≥48公里"),      # the sign for a digit: taken
])
def test_a_second_reading_does_not_trade_a_values_sign_for_a_letter(first, second, kept):
    assert ocr_doubt.better(first, second, None)[0] == kept


def test_a_rule_whose_first_piece_broke_off_reaches_the_rule_across_again():
    a, xs, ys = _grid()
    # the rule under the merged cell begins on column 1's rule: its first 10 px gone
    a[ys[2]:ys[2] + 2, xs[1] + 2:xs[1] + 12] = 255
    hs, _ = ocr_reader.rules(a)
    starts = [h[1] for h in hs if abs(h[0] - ys[2] - 1) < 4]
    assert min(starts) <= xs[1] + 3, starts


def test_the_reverse_pages_rules_showing_through_are_not_rules_of_this_page():
    # a double-sided sheet: the other side's grid, mirrored, at 5% of its ink, between this page's
    # rules; its lines, mended, would cut this page's cells
    a, xs, ys = _grid()
    ghost = np.full_like(a, 255)
    for x in (160, 420, 610, 830):
        ghost[60:560, x:x + 2] = 0
    for y in (140, 300, 460):
        ghost[y:y + 2, 60:960] = 0
    page = np.minimum(a, (255 - (255 - ghost) * 0.05).astype(np.uint8))
    hs, vs = ocr_reader.rules(page)
    assert not [v for v in vs if min(abs(v[0] - x) for x in xs) > 6], vs
    assert not [h for h in hs if min(abs(h[0] - y) for y in ys) > 6], hs
    assert len(cluster([v[0] for v in vs], 4)) == len(xs)


def test_a_crease_lying_on_a_rule_is_taken_out_and_the_rule_kept():
    # a folded letter: the crease, a dark line from edge to edge of the sheet, lies just above the rule
    # under row 1 (drawn over columns 1-3, column 0's rows 1-2 one cell) and is one line with it
    a, xs, ys = _grid()
    a[ys[2] - 3:ys[2], :] = 90
    hs, _ = ocr_reader.rules(a)
    near = _h_at(hs, ys[2] + 1) + _h_at(hs, ys[2] - 2)
    assert near and all(x0 >= xs[1] - 3 for x0, _ in near), near      # column 0's cell stays one
    assert any(x1 >= xs[-1] for _, x1 in near), near                    # the rule under columns 1-3 stays


def test_a_column_rule_stops_at_the_rule_above_it_though_that_rule_breaks_where_they_cross():
    """A 1-bit page turned twice by nearest neighbour (700's) breaks its thin rules into steps, a gap
    where each vertical crosses a horizontal. The verticals are mended against the horizontals as
    mended (the gap closed), so the indicator table's column rules start at its top rule; measured
    against the broken pieces, a column rule met no rule at its top and reached up to the fund
    table's bottom rule 50 px above, joining the two tables."""
    a = np.full((900, 1000), 255, np.uint8)
    a[100:102, 100:902] = 0                 # the upper table: top and bottom rules
    a[250:252, 100:902] = 0
    for x in (100, 500, 900):
        a[100:252, x:x + 2] = 0
    xs, top = [100, 300, 420, 700, 900], 300
    for y in range(top, 701, 80):
        a[y:y + 2, 100:902] = 0
    for x in xs:
        a[top:702, x:x + 2] = 0
        if 100 < x < 900:
            a[top:top + 2, x - 9:x - 1] = 255   # the top rule broken either side of the crossing
            a[top:top + 2, x + 3:x + 11] = 255
    _, vs = ocr_reader.rules(a)
    inner = [v for v in vs if 200 < v[0] < 800 and v[2] > top + 100]
    assert len(inner) == 3, vs
    assert all(v[1] >= top - 5 for v in inner), inner


def test_a_dotted_vertical_rule_cut_by_a_dead_pin_in_every_band_is_one_rule():
    """731's dot-matrix print: the head strikes bands of 24 dot rows (30 px at 150 dpi), every other
    band a dot to the right, and a dead pin leaves one white pixel row in each band, so a column rule
    is pieces of 20 and 9 px, each shorter than the rule kernel: whole rows' column rules went, and
    figures fell into the next column unsaid."""
    a, xs, ys = _grid(merged=False)
    a[100:502, 500:502] = 255
    for y in range(100, 502):                       # a rule a pixel wide, the return pass a pixel right
        band = (y - 100) // 30
        # row 20 of each band the dead pin's, white where it fell on one pixel row (the return passes)
        a[y, 500 + band % 2] = 255 if (y - 100) % 30 == 20 and band % 2 else 0
    _, vs = ocr_reader.rules(a)
    on = [v for v in vs if abs(v[0] - 501) < 4]
    assert any(v[1] <= 102 and v[2] >= 498 for v in on), on


def test_closing_a_pixel_gap_does_not_carry_a_column_rule_into_the_merged_row_below():
    """189's scan: closing the one-pixel rows (for 731's dead pin) joined a column rule's end across
    the white pixel row under the rule it ends on to a stroke in the merged 总分 row below,
    and _reaching then took the rule on through that row, splitting its cell."""
    a, xs, ys = _grid(merged=False)
    a[422:502, 300:302] = 255            # column 1's rule ends on the rule at 420: the last row is merged
    a[423:429, 300:302] = 0              # a stroke of the merged row's words a white pixel row below
    _, vs = ocr_reader.rules(a)
    on = [v for v in vs if abs(v[0] - 301) < 4]
    assert on and all(v[2] <= 440 for v in on), on


@pytest.mark.parametrize("where", ["middle", "foot"])
def test_a_bold_line_of_text_centred_on_a_merged_cells_open_side_does_not_close_it(where):
    """906's scan (heavy toner, printed fit to page at 70%): a merged level cell's bold text, centred
    on the line the rows beside it have, runs its characters' strokes into one run of ink as long as a
    short rule. Taken as a piece of that line, it was bridged to the line's rule beyond the cell and
    the merged cell cut in two; the level went to one row, the row above took the group's before."""
    a, xs, ys = _grid()
    y = ys[2]                               # column 0's rows 1-2 are one cell: no rule there
    a[y:y + 2, 140:260] = 0                 # the characters' strokes run together (120 px)
    if where == "middle":                   # their upright strokes cross the run
        for x in range(140, 260, 3):
            a[y - 8:y + 10, x:x + 2] = 0
    else:                                   # the run is the line's foot: the glyphs' bodies above it
        a[y - 8:y, 140:260] = 0
        a[y - 8:y, 140:260:6] = 255         # (the white between strokes)
    hs, _ = ocr_reader.rules(a)
    (piece,) = _h_at(hs, y + 1)
    assert piece[0] >= xs[1] - 3, piece     # the merged cell stays open: its text is no rule


def test_an_upright_stroke_of_a_title_above_a_table_does_not_carry_its_side_up_to_a_banner():
    """888's scan (a portal's page: a boxed banner, the title, then the head table): the bold banner's
    first character's upright stroke, 27 px, was taken for a piece of the head table's left side, which
    was bridged up to it and reached on to the banner's top rule; banner, title and head table became
    one table, the head table's every line one cell, and the project's name and fund lost unsaid."""
    a = np.full((700, 1000), 255, np.uint8)
    a[20:22, 60:940] = 0                    # the banner's box
    a[80:82, 60:940] = 0
    a[20:82, 60:62] = 0
    a[20:82, 938:940] = 0
    a[38:65, 104:106] = 0                   # a bold character's upright, crossed by its strokes
    for y in range(38, 65, 3):
        a[y:y + 2, 96:114] = 0
    for y in (120, 200, 280):               # the head table below it, its left side in line with the stroke
        a[y:y + 2, 104:902] = 0
    for x in (104, 500, 900):
        a[120:282, x:x + 2] = 0
    _, vs = ocr_reader.rules(a)
    side = [v for v in vs if abs(v[0] - 105) < 4]
    assert side and all(v[1] >= 116 for v in side), side


def test_a_barcode_above_a_table_is_no_rule_and_carries_no_column_rule_up_to_it():
    """940's scan (an archive barcode sticker stuck over the title's end): the bars, upright strokes
    a few pixels apart, were taken for rules; the one in line with the head table's column rule was
    bridged down to it, so the column began at the sticker's top and the table's right half read as
    one cell (the fund weight lost, a false JX303). A row of five strokes or more, alike in height and
    closer than a cell is wide, is a barcode."""
    a = np.full((700, 1000), 255, np.uint8)
    for x in range(560, 760, 12):           # the bars, 70 px tall, 2-4 px wide, 8-10 px apart
        a[40:110, x:x + 2 + x % 3] = 0
    for y in (160, 240, 320):               # the head table, one column rule in line with a bar
        a[y:y + 2, 100:902] = 0
    for x in (100, 608, 900):
        a[160:322, x:x + 2] = 0
    _, vs = ocr_reader.rules(a)
    assert not [v for v in vs if v[1] < 150], vs
    assert [v for v in vs if abs(v[0] - 609) < 4 and v[1] <= 162], vs   # the column rule itself kept


def test_close_upright_rules_meeting_rules_across_are_a_grid_not_a_barcode():
    """On a page turned a quarter a dense head block's row rules stand upright 4 mm apart (920.scan's;
    here closer still): alike and close as a barcode's bars, but each meets the rules across at its
    ends, a grid's."""
    a = np.full((700, 1000), 255, np.uint8)
    for y in (100, 400):
        a[y:y + 2, 100:278] = 0
    for x in range(100, 278, 16):           # twelve rules 16 px (2.7 mm) apart, 300 px tall
        a[100:402, x:x + 2] = 0
    _, vs = ocr_reader.rules(a)
    assert len([v for v in vs if v[1] <= 104 and v[2] >= 398]) == 12, vs


def test_rows_kept_apart_by_empty_paragraphs_keep_both_rules_of_each_pair():
    # 1079.scan: one-row Word tables kept apart by empty paragraphs, each row's bottom rule 5 px above
    # the next row's top; each rule of a pair had the other along one side of it, was taken for a line
    # of text's foot or top (_lettered) and dropped: six rows ran into one cell, six rows lost
    import cv2
    a = np.full((700, 1000), 255, np.uint8)
    xs, tops = [100, 300, 900], [100, 142, 184, 226, 268]
    for y in tops:      # 2 px rules, three rows of paper between a row's bottom and the next row's top
        a[y:y + 2, 100:902] = 0
        a[y + 37:y + 39, 100:902] = 0
        for x in xs:
            a[y:y + 39, x:x + 2] = 0
        cv2.putText(a, "98.5", (320, y + 30), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2, cv2.LINE_AA)
    hs, _ = ocr_reader.rules(a)
    for y in tops:
        assert _h_at(hs, y + 1) and _h_at(hs, y + 38), (y, sorted(round(h[0]) for h in hs))
