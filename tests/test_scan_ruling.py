"""The paper's own ruling is not the table's (1105's scan: a form printed on red-ruled letterhead,
scanned in grey, a pale line every 9 mm across the page; 1102's: a cutting mat's grid showing through
thin paper). Taken as rules, the lines cut the rows in two: 1105.scan read 5 of 13 rows. The lines
are fainter than the table's rules, run on past its frame at both ends and stand at one pitch
(extract.scan_ruling.ruling, used by extract.ocr_reader.rules). A table whose inner rules are light
keeps them: they end at its frame. No OCR here: the rules of a page image only."""
import cv2
import numpy as np

from jixiao.extract import ocr_reader
from jixiao.extract.model import Cell, Document, Location, Table

XS, YS = [150, 350, 600, 850], [200, 280, 360, 440, 520, 600, 680]


def _page(inner: int = 20) -> np.ndarray:
    """A table of dark 2 px rules (its inner rules across of grey `inner`), a figure in each cell."""
    a = np.full((1400, 1000), 250, np.uint8)
    for k, y in enumerate(YS):
        a[y:y + 2, XS[0]:XS[-1] + 2] = 20 if k in (0, len(YS) - 1) else inner
    for x in XS:
        a[YS[0]:YS[-1] + 2, x:x + 2] = 20
    for y in YS[:-1]:
        for x in XS[:-1]:
            cv2.putText(a, "98.5%", (x + 30, y + 52), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 25, 2, cv2.LINE_AA)
    return a


def _ruled(a: np.ndarray) -> np.ndarray:
    """The page printed on ruled paper: a pale line every 53 px from 60 px to 940 px across."""
    a = a.copy()
    for y in range(120, 1320, 53):
        a[y:y + 2, 60:940] = np.minimum(a[y:y + 2, 60:940], 200)
    return a


def _rows(hs) -> list:
    return sorted(round(h[0]) for h in hs if h[2] - h[1] > 300)


def test_a_pale_ruling_across_the_page_is_not_the_tables_rules():
    hs, vs = ocr_reader.rules(_ruled(_page()))
    rows = _rows(hs)
    assert len(rows) == len(YS) and all(abs(r - y - 1) <= 3 for r, y in zip(rows, YS)), rows
    assert len([v for v in vs if v[2] - v[1] > 300]) == len(XS), vs


def test_the_ruling_is_said():
    ruled: list = []
    ocr_reader.rules(_ruled(_page()), None, None, ruled)
    assert [(o, n >= 4, round(pitch)) for o, n, pitch, _ in ruled] == [(0, True, 53)], ruled


def test_light_inner_rules_that_end_at_the_frame_are_kept():
    hs, _ = ocr_reader.rules(_page(inner=200))
    rows = _rows(hs)
    assert len(rows) == len(YS), rows


def _cell(row: int, col: int, text: str) -> Cell:
    return Cell(row=row, col=col, text=text, loc=Location(file="x.pdf"))


def test_a_grid_found_only_in_part_is_said():
    # the table's left half one cell and its right half another, neither half the page's text
    left, right = "\n".join(["产出指标数量指标"] * 9), "\n".join(["≥128公里 131.6公里 8 8"] * 12)
    cells = [_cell(0, 0, "项目名称"), _cell(1, 0, left), _cell(1, 1, right)]
    table = Table(index=0, n_rows=2, n_cols=2, cells=cells, loc=Location(file="x.pdf"))
    doc = Document(source="x.pdf", format="pdf", sha256="")
    read = sum(len(c.text) for c in cells) + 200
    assert not ocr_reader._read_as_table(doc, 1, [table], read)
    assert any("表格的行列未能读出" in w and "2个单元格" in w for w in doc.warnings), doc.warnings


# The cutting mat's upright lines on 1102's first page: four past the tables' frame (two at each side,
# 55 and 59 px apart, 1,118 px across: 21 pitches of 56 or 20 of 59), the rest pieces broken by the
# tables' ink, lying every 59 px (the mat's 10 mm).
MAT_PAST = [105, 160, 1223, 1282]
MAT_PIECES = [round(105 + 58.85 * k) for k in range(9, 15)]


def _mat_lines(piece_shade: float = 0.1) -> list:
    """found for scan_ruling.ruling: [horizontal, vertical] of ((x, y, w, h), shade)."""
    across = [((175, y, 1000, 3), 0.6) for y in (326, 720, 766, 1000, 1601)]
    upright = [((x, 326, 3, 1278), 0.6) for x in (177, 580, 1170)]
    upright += [((x - 4, 27, 8, 1692), 0.1) for x in MAT_PAST]
    upright += [((x - 2, 800, 4, 150), piece_shade) for x in MAT_PIECES]
    return [across, upright]


def _shade(found):
    return lambda o, k, lo, hi: found[o][k][1]


def test_few_mat_lines_far_apart_take_the_pitch_the_pieces_lie_on():
    from jixiao.extract import scan_ruling
    found = _mat_lines()
    said: list = []
    out = scan_ruling.ruling(found, ocr_reader.SNAP, _shade(found), said)
    pieces = {k for k, (b, _) in enumerate(found[1]) if b[1] == 800}
    assert pieces <= out[1], sorted(out[1])
    assert [(o, round(p)) for o, _, p in said] == [(1, 59)], said


def test_a_piece_of_the_ruling_darkened_by_what_it_crosses_goes_by_its_median():
    from jixiao.extract import scan_ruling
    found = _mat_lines(piece_shade=0.49)    # above 0.55 of the darkest (0.33) on the mean
    pieces = {k for k, (b, _) in enumerate(found[1]) if b[1] == 800}
    out = scan_ruling.ruling(found, ocr_reader.SNAP, _shade(found), None)
    assert not pieces & out[1]
    out = scan_ruling.ruling(found, ocr_reader.SNAP, _shade(found), None,
                             lambda o, k: 0.1 if k in pieces else found[o][k][1])
    assert pieces <= out[1], sorted(out[1])


def test_the_sheets_edge_apart_from_every_rule_is_not_a_column():
    # 1102's first page: the sheet's left edge on the mat at 68 px ran from above the fund table to
    # below the indicator table, 107 px left of their rules, and made the two tables one grid
    hs = [(327, 175, 1344), (716, 175, 1101), (766, 175, 1172), (1602, 175, 1171)]
    vs = [(67.8, 85, 1723), (177.5, 326, 718), (1098.5, 326, 718), (177.5, 764, 1604), (1169.5, 764, 1604)]
    assert ocr_reader._aloof(hs, vs) == vs[1:]
    # a frame's side that falls a few pixels short of its rules across is the table's
    short = [(170, 326, 718)] + vs[2:]
    assert ocr_reader._aloof(hs, short) == short


def test_a_rule_the_ruling_runs_on_from_ends_at_the_frame():
    # 1102's second page, straightened: a row rule on a mat line ran on to the sheet's edge past the
    # frame and joined the sheet's outline and the table into one grid; the run-on is the ruling's
    a = _page()
    for y in range(40, 1320, 80):       # the ruling on the rows' own pitch: each row rule runs on along it
        a[y:y + 2, 60:940] = np.minimum(a[y:y + 2, 60:940], 200)
    hs, _ = ocr_reader.rules(a)
    rows = [h for h in hs if h[2] - h[1] > 300]
    assert len(rows) == len(YS), rows
    assert all(h[1] >= XS[0] - 3 and h[2] <= XS[-1] + 5 for h in rows), rows


def test_a_thin_rule_blurred_below_the_bound_but_far_above_the_ruling_is_kept():
    # 1102's second page turned 0.55 degrees: a thin column rule's median 0.38 against the bound 0.40,
    # the mat's lines past the frame 0.08-0.19; on the mat's pitch it went with the ruling and the level
    # columns ran together. Here the bound is 0.31 (0.55 of the darkest long lines), the rule's median
    # 0.25, the ruling's 0.1: nearer the bound than the ruling, it stays the table's
    from jixiao.extract import scan_ruling
    found = _mat_lines()
    found[0] = [(b, 0.73) for b, _ in found[0]]
    found[1] = [(b, 0.73 if s == 0.6 else s) for b, s in found[1]]
    rule = len(found[1])
    found[1].append(((MAT_PIECES[2] - 2, 326, 5, 392), 0.56))
    medians = {rule: 0.25}
    out = scan_ruling.ruling(found, ocr_reader.SNAP, _shade(found), None,
                             lambda o, k: medians.get(k, found[o][k][1]) if o == 1 else found[o][k][1])
    assert rule not in out[1]
    pieces = {k for k, (b, _) in enumerate(found[1]) if b[1] == 800}
    assert pieces <= out[1], sorted(out[1])


def test_a_sheet_askew_on_a_straight_grid_is_measured_without_the_grid():
    # 1102's second page: the mat's long straight lines told 0.0 degrees; the sheet lies 0.55 askew
    from jixiao.extract import scan_cleanup
    table = scan_cleanup.rotated(_page(), -0.6)
    a = table.copy()
    for y in range(30, 1390, 59):
        a[y:y + 2, :] = np.minimum(a[y:y + 2, :], 215)
    for x in range(20, 990, 59):
        a[:, x:x + 2] = np.minimum(a[:, x:x + 2], 215)
    assert abs(scan_cleanup.skew_angle(a)) < scan_cleanup.MIN_SKEW
    ruled: list = []
    ocr_reader.rules(a, None, None, ruled)
    assert ruled
    assert abs(ocr_reader._askew_on_ruling(a, ruled) - 0.6) <= 0.2
