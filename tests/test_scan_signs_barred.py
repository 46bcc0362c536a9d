"""Scans: ≧ ≦ read ≥ ≤ (the recogniser knows only the one-bar forms; 001's ≧20000亩 came out
≥20000亩) are set by the ink: two flat bars under the angle or one (extract.scan_signs.barred)."""
import numpy as np

from .ocr_fakes import read_drawn


def _sign(page, x: int, y: int, n_bars: int) -> None:
    """A ≥ drawn at x, y (top left): an angle 12 px wide, 7 high, and n_bars bars 12 x 2 under it."""
    import cv2
    cv2.polylines(page, [np.array([[x, y], [x + 11, y + 3], [x, y + 6]], np.int32)], False, (0, 0, 0), 1)
    for k in range(n_bars):
        page[y + 9 + 4 * k:y + 11 + 4 * k, x:x + 12] = 0


def _item(y0: int, text: str, x: int) -> list:
    """An engine result for one line read at x..: the sign first, each character 14 px on."""
    centers = [x + 6 + 14 * k for k in range(len(text))]
    words = [[[c - 5, y0 + 2], [c + 5, y0 + 2], [c + 5, y0 + 25], [c - 5, y0 + 25]] for c in centers]
    box = [[x - 4, y0], [x + 14 * len(text) + 4, y0], [x + 14 * len(text) + 4, y0 + 27], [x - 4, y0 + 27]]
    return [box, text, 0.97, words, list(text), [0.9] * len(text)]


def test_a_sign_with_two_bars_under_its_angle_is_read_barred(monkeypatch):
    page = np.full((300, 400, 3), 255, np.uint8)
    _sign(page, 100, 106, 2)       # ≧ printed, read ≥
    _sign(page, 100, 186, 1)       # ≥ printed, read ≥
    result = [_item(100, "≥500亩", 100), _item(180, "≥90%", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "≧500亩≥90%"   # (the two lines make one paragraph)
    assert any("“≥500亩”→“≧500亩”" in w for w in doc.warnings)


def test_a_flat_stroke_of_the_next_line_under_a_signs_bar_is_no_second_bar(monkeypatch):
    """Issue 21 (1303's scan): ≤200 over 元/亩 in one cell, the line's box taking in the top stroke of 元
    a line's gap under the sign's one bar, came out ≦200 (raw as the OCR set it; the form prints ≤). A
    sign's bars stand as close as the first stands under the angle; a ≧ drawn whole is still barred."""
    page = np.full((300, 400, 3), 255, np.uint8)
    _sign(page, 100, 106, 1)            # ≤ (drawn as its mirror: the bars are what count)
    page[125:127, 102:114] = 0          # 元's top stroke, 8 px under the bar, inside the line's box
    _sign(page, 100, 186, 2)
    result = [_item(100, "≤200", 100), _item(180, "≥500亩", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "≤200≧500亩"


def test_a_lone_stroke_read_one_that_stands_and_leans_right_is_a_slash(monkeypatch):
    # 231's / in an empty adjusted-target cell came out 一; a flat 一 and an upright stroke stay
    import cv2
    page = np.full((400, 400, 3), 255, np.uint8)
    cv2.line(page, (108, 104), (102, 122), (0, 0, 0), 2)     # / : 7 px wide, 19 high, leaning right
    page[193:195, 100:116] = 0                               # 一 : flat
    cv2.line(page, (105, 264), (105, 282), (0, 0, 0), 2)     # | : upright
    result = [_item(100, "一", 100), _item(180, "一", 100), _item(260, "一", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "/一一"
    assert any("“一”→“/”" in w for w in doc.warnings)


def test_a_lone_flat_dash_read_one_is_a_dash(monkeypatch):
    # 277's "-" in the 执行率 and 得分 cells of its fund-source rows came out 1 (a rate of 100%:
    # a false JX202); an upright 1 stays 1
    import cv2
    page = np.full((400, 400, 3), 255, np.uint8)
    page[112:113, 102:108] = 0                               # - : 6 px wide, 1 high (277's dash)
    cv2.line(page, (105, 184), (105, 202), (0, 0, 0), 2)     # 1 : upright
    result = [_item(100, "1", 100), _item(180, "1", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "-1"
    assert any("“1”→“-”" in w for w in doc.warnings)


def test_specks_under_a_faint_signs_angle_are_no_bars(monkeypatch):
    """Issue 21 (378's scan): a faint ≥ broken into pieces, a corner of its angle and two specks of
    two pixels under it, came out ≧, and a faint ≤ in short flat strokes ≦; specks are no bars, a flat
piece is no angle, and the signs stay as read."""
    page = np.full((300, 400, 3), 255, np.uint8)
    page[110:113, 108:111] = 0          # the angle's corner, 3 x 3
    page[113, 105:107] = 0              # two specks of 2 x 1 below it, stepping left
    page[115, 100:102] = 0
    page[188:190, 108:112] = 0          # a faint ≤ in short strokes: a flat piece of its angle
    page[197:199, 106:110] = 0          # and two flat pieces below that are no bars
    page[199:201, 100:104] = 0
    _sign(page, 100, 266, 2)            # a ≧ printed whole beside them is still read barred
    result = [_item(100, "≥8000万尾", 100), _item(180, "≤0.35元/尾", 100), _item(260, "≥500亩", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "≥8000万尾≤0.35元/尾≧500亩"


def test_a_plus_whose_ink_is_a_bar_between_two_dots_is_a_division_sign(monkeypatch):
    # 595's note 得分系数=实际完成值÷年度指标值 came out 实际完成值+年度指标值 (a sum: its rule missed);
    # a + printed as a cross stays +
    page = np.full((300, 400, 3), 255, np.uint8)
    page[116:118, 103:105] = 0     # ÷ : a dot, a bar 9 x 1, a dot (595's ink, pixel for pixel)
    page[120:121, 100:109] = 0
    page[122:124, 103:105] = 0
    page[200:201, 100:109] = 0     # + : one mark, its strokes crossing
    page[196:205, 104:105] = 0
    result = [_item(100, "+", 100), _item(180, "+", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "÷+"
    assert any("“+”→“÷”" in w for w in doc.warnings)


def test_a_units_digit_raised_above_its_letters_middle_is_a_power(monkeypatch):
    # 615's 126万m³ came out 126万m3 (its ≥120万m³ beside it read right): the 3's ink stands above
    # the m's middle; a 3 on the baseline (A3) stays a figure
    page = np.full((300, 400, 3), 255, np.uint8)
    for y0, top in ((100, 104), (180, 187)):
        page[y0 + 7:y0 + 16, 106:117] = 0           # the letter: 11 x 9, on the baseline at y0 + 16
        page[y0 + 7:y0 + 16, 108:110] = 255         # (its strokes: m, one mark)
        page[top:top + 6 + (top > 150) * 3, 121:125] = 0   # the digit: raised (4-10), or on the baseline (7-16)
    result = [_item(100, "m3", 105), _item(180, "m3", 105)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "m³m3"
    assert any("“m3”→“m³”" in w for w in doc.warnings)


def test_a_broken_rule_under_a_sign_is_no_bar(monkeypatch):
    """Issue 21 (656's scan): ≤40元's line box reaches into the cell's bottom rule, which the scan
    broke into dark pieces on a grey line; a piece under the sign was counted a second bar and the
    ≤ read ≦. A mark on rows grey crosses from one end of the box to the other is the rule's."""
    page = np.full((300, 400, 3), 255, np.uint8)
    _sign(page, 100, 106, 1)            # ≤ printed (one bar), read ≤
    page[124:126, 90:180] = 170         # the rule under the cell's text, grey
    page[125, 102:110] = 0              # broken into dark pieces, one under the sign
    page[125, 130:138] = 0
    _sign(page, 100, 186, 2)            # a ≦ printed whole, above a rule as grey
    page[204:206, 90:180] = 170
    result = [_item(100, "≤40元", 100), _item(180, "≤40元", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "≤40元≦40元"


def test_a_lone_stroke_read_one_that_leans_right_with_no_flag_nor_foot_is_a_slash(monkeypatch):
    """Issue 21 (647's scan): the fund table's "/" cells came out 1 in five places (a false JX202,
    县级资金's 90.5% held to "100%"), the cell's bottom rule inside the line's box. A slash is one
    straight stroke leaning right; a 1 stands upright with a flag and a foot. A stroke that leans
    but has a foot (an italic 1) stays 1, and the warnings say the reader is unsure."""
    import cv2
    page = np.full((400, 400, 3), 255, np.uint8)
    cv2.line(page, (108, 104), (102, 120), (0, 0, 0), 2)     # / : leaning right, even
    page[126:127, 92:130] = 0                                # the cell's rule, inside the box
    cv2.line(page, (106, 184), (106, 200), (0, 0, 0), 2)     # 1 : upright, a flag and a foot
    cv2.line(page, (106, 184), (102, 188), (0, 0, 0), 2)
    page[200:202, 102:111] = 0
    cv2.line(page, (110, 262), (103, 282), (0, 0, 0), 2)     # an italic 1: leaning, with a foot
    page[282:284, 101:108] = 0
    result = [_item(100, "1", 100), _item(180, "1", 100), _item(260, "1", 100)]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "/11"
    assert any("“1”→“/”" in w for w in doc.warnings)
    assert sum("向右倾斜，像斜线“/”，但带有旗或底横" in w for w in doc.warnings) == 1


def test_a_units_power_the_engine_dropped_is_the_one_the_same_unit_carries_on_the_page():
    """Issue 21 (698's scan): ≥3000m³/d came out ≥3000m/d, the ³ not read at all (no digit to raise),
    beside its result 3150m³/d. A unit read without a power takes the one the same unit carries in its
    row, or anywhere on the page with the same per-unit after it; a bare letter elsewhere (6m beside
    120m³) may be another unit and stays, and so does a unit the page prints with two powers."""
    from jixiao.extract.model import Cell, Location, Table
    from jixiao.extract.scan_signs import powers

    def table(rows):
        return Table(0, len(rows), len(rows[0]), [Cell(t, r, c, Location("made-up.pdf", page=1))
                                                  for r, row in enumerate(rows) for c, t in enumerate(row)],
                     Location("made-up.pdf", page=1))
    read = table([["新增污水日处理能力", "≥3000m/d", "3150m³/d"], ["调蓄池容积", "≥120m³", "126m"],
                  ["管网埋深", "≥6m", "6.2m"], ["另一处理站", "≥500m/d", "520m/d"], ["新建6m宽道路", "≥2m²", "2m²"]])
    assert powers([read]) == ["第1页“≥3000m/d”→“≥3000m³/d”", "第1页“126m”→“126m³”",
                              "第1页“≥500m/d”→“≥500m³/d”", "第1页“520m/d”→“520m³/d”"]
    assert [c.text for c in read.cells[6:9]] == ["管网埋深", "≥6m", "6.2m"]
    rows = table([["面积", "≥30m", "32m²"], ["容积", "≥30m", "32m³"]])    # each row its own power
    assert powers([rows]) == ["第1页“≥30m”→“≥30m²”", "第1页“≥30m”→“≥30m³”"]
    both = table([["处理能力", "≥10m/d", "—"], ["渗滤量", "5m²/d", "—"], ["进水量", "6m³/d", "—"]])
    assert powers([both]) == [] and both.cells[1].text == "≥10m/d"


def test_a_units_middle_dot_the_engine_dropped_is_the_one_its_row_prints():
    """Issue 21 (781's scan): 2.5次/户·年 came out 2.5次/户年 beside its target ≥2次/户·年 read whole.
    A figure's unit that is another's on its row less its dots takes them (人次/户年 → 人·次/户·年); one
    on another row and a name's words (no figure before) stay."""
    from jixiao.extract.model import Cell, Location, Table
    from jixiao.extract.scan_signs import dots

    rows = [["技术服务频次", "≥2次/户·年", "2.5次/户年"], ["另一指标", "≥3次", "3次/户年"],
            ["户年收入", "≥2万元/户·年", "户年"], ["两种", "≥1人·次/户·年", "1人次/户年"]]
    t = Table(0, len(rows), 3, [Cell(x, r, c, Location("made-up.pdf", page=1))
                                for r, row in enumerate(rows) for c, x in enumerate(row)], Location("made-up.pdf", page=1))
    assert dots([t]) == ["第1页“2.5次/户年”→“2.5次/户·年”", "第1页“1人次/户年”→“1人·次/户·年”"]
    assert [c.text for c in t.cells if c.col == 2] == ["2.5次/户·年", "3次/户年", "户年", "1人·次/户·年"]
