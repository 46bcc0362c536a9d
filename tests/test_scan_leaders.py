"""Dot leaders on a scanned page (extract.scan_leaders; extract.ocr_reader reads them as white and
passes headings to ruled_page.assemble): OCR reads a tab stop's dotted leader as a few dots glued to
the field beside it (“..≥600人次”, “6..”), which made 1120.scan.pdf's fields run into each other and
its heading lines into the header cell (4 rows of 13 read, a false JX306). Made up in the shape of
corpus/native 1120.scan.pdf (a 目录-like list of indicator rows typed with dotted tab stops)."""
from jixiao.extract import Document, Table
from jixiao.extract.ocr_reader import ALIGN, SNAP
from jixiao.extract.ruled_page import Char, assemble
from jixiao.extract.scan_leaders import leader_chars, leader_page, without_leaders

LINES = ["新造油茶林面积.", "≥3000亩..", ".3150亩", "10.", "..≥600人次", "油茶籽产量增长. ≥12%. .10.8%.. 10 9.00"]


def test_a_page_of_dots_glued_to_fields_is_a_leader_page_and_the_dots_are_white():
    assert leader_page(LINES)
    cut = ["".join(ch for k, ch in enumerate(t) if k not in set(leader_chars(t))) for t in LINES]
    # a point between two digits (10.8) is no field's edge
    assert cut == ["新造油茶林面积", "≥3000亩", "3150亩", "10", "≥600人次", "油茶籽产量增长 ≥12% 10.8% 10 9.00"]


def test_a_page_without_leaders_is_not_one():
    # an ellipsis in prose (……), a list's 1., a decimal: no leader page, nothing touched
    assert not leader_page(["主要因花期低温阴雨影响坐果……", "1.项目概况", "执行率97.00%", "等等……"])


def test_the_fields_keep_their_places_and_the_box_shrinks_to_them():
    # a box over 0..80, no centres from the engine: even places (8 half-widths); the dots' room stays white
    text, x0, x1, centers, keep = without_leaders("..≥600人", 0.0, 80.0, None)
    assert text == "≥600人" and keep == [2, 3, 4, 5, 6]
    assert x0 == 20.0 and x1 == 80.0
    assert without_leaders("≥600人次", 0.0, 80.0, None) is None


def _line(y, fields):
    return [Char(x + 30 * k, y, 30, ch, cut=k == 0, mid=y - 15) for x, text in fields for k, ch in enumerate(text)]


ROWS = [[(100, "绩效指标"), (500, "年度指标值"), (700, "实际完成值"), (900, "分值"), (1000, "得分")],
        [(100, "一、产出指标")], [(130, "（一）数量指标")],
        [(220, "新造油茶林面积"), (500, "≥3000亩"), (700, "3150亩"), (900, "10"), (1000, "10")],
        [(220, "低产油茶林改造面积"), (500, "≥5000亩"), (700, "5200亩"), (900, "8"), (1000, "8")],
        [(130, "（二）质量指标")],
        [(220, "新造林成活率"), (500, "≥90%"), (700, "93.6%"), (900, "6"), (1000, "6")],
        [(220, "低改验收合格率"), (500, "100%"), (700, "100%"), (900, "6"), (1000, "6")]]


def _page(headings: bool) -> list[list[list[str]]]:
    chars = [ch for k, row in enumerate(ROWS) for ch in _line(100 + 50 * k, row)]
    doc = Document(source="mem.scan.pdf", format="scan.pdf", sha256="", pages=1)
    assemble(doc, "mem.scan.pdf", 1, chars, [], [], SNAP, align=ALIGN, stacked=True, headings=headings)
    return [b.grid() for b in doc.blocks if isinstance(b, Table)]


def test_on_a_leader_page_heading_lines_outdented_over_the_names_are_rows_of_the_table():
    (grid,) = _page(headings=True)
    assert [r[0] for r in grid] == ["绩效指标", "一、产出指标", "（一）数量指标", "", "", "（二）质量指标", "", ""]
    assert grid[-1] == ["", "低改验收合格率", "100%", "100%", "6", "6"]
    # without: the heading lines were the header cell's next lines, and the table ended at the next one
    assert _page(headings=False)[0][0][0] == "绩效指标一、产出指标（一）数量指标"


def test_print_on_a_leader_line_that_no_ocr_box_holds_is_found_and_dots_are_not():
    """1120.scan: OCR's detector passed over one 健全 of the two on 油茶林管护机制's leader line: no box, the target lost
    with no word. Print on the line's band clear of every box is found; the leaders' dots between boxes are not."""
    import numpy as np

    from jixiao.extract.scan_leaders import unread_ink

    g = np.full((200, 1200), 250, np.uint8)
    g[100:128, 100:300] = 40             # a field OCR read (its box below)
    for x in range(310, 1100, 8):        # the leaders: dots at the foot of the line
        g[124:127, x:x + 3] = 60
    g[100:128, 600:650] = 40             # a field no box holds
    g[100:128, 900:950] = 40             # a field OCR read
    boxes = [(98, 98, 302, 130), (898, 98, 952, 130)]
    found = unread_ink(g, boxes)
    assert len(found) == 1 and 595 <= found[0][0] <= 605 and 645 <= found[0][2] <= 655
    assert unread_ink(g, boxes + [(598, 98, 652, 130)]) == []
