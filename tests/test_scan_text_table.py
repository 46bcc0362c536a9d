"""Scans of a fixed-width text table (a web page's <pre> table printed, then scanned: 223): its |
and +----+ are characters, not drawn lines, and the OCR engine reads few of them. The bars of a
column standing on one x through the lines and the rows of dashes are the table's rules; the cells
are read between them as the text table they print (extract.scan_text_table)."""
import numpy as np

from jixiao.extract import ocr_reader
from jixiao.extract.model import Document
from .ocr_fakes import read_drawn
from .test_scan_boxes import _item

ADVANCE = 10        # a half-width character's advance, pixels (test_scan_boxes' PITCH is two)
LEFT, TOP, LINE = 100, 100, 26
BARS = (0, 11, 18, 25)          # columns (in advances) of the | glyphs


def _x(col: float) -> float:
    return LEFT + col * ADVANCE


def _page(lines: list[str], bars=BARS) -> np.ndarray:
    """A page printing the lines' glyphs: each | a stroke 2 px wide and a line high, each - a dash
    6 x 3 px, each + a small cross; other characters are left to the engine's fake result."""
    import cv2
    page = np.full((TOP + LINE * len(lines) + 100, 500, 3), 255, np.uint8)
    for k, line in enumerate(lines):
        top, mid = TOP + LINE * k, TOP + LINE * k + LINE // 2
        for col, ch in enumerate(line):
            x = int(_x(col))
            if ch == "|":
                cv2.rectangle(page, (x + 4, top + 1), (x + 5, top + 23), (0, 0, 0), -1)
            elif ch == "-":
                cv2.rectangle(page, (x + 2, mid - 1), (x + 7, mid + 1), (0, 0, 0), -1)
            elif ch == "+":
                cv2.rectangle(page, (x + 1, mid - 1), (x + 8, mid), (0, 0, 0), -1)
                cv2.rectangle(page, (x + 4, mid - 5), (x + 5, mid + 4), (0, 0, 0), -1)
    return page


def _read(monkeypatch, page, result) -> Document:
    doc = read_drawn(monkeypatch, page, result)
    return doc


RULE = "+----------+------+------+"
TABLE = [RULE,
         "|          |      |      |",
         RULE,
         "|          |      |      |",
         "|          |      |      |",
         RULE]


def _baseline(k: int) -> float:
    return TOP + LINE * k + 21


def test_a_text_table_is_read_on_the_columns_of_its_bar_glyphs(monkeypatch):
    # The engine reads no +----+ line and no lone |; it reads one | before a cell (|修缮建筑), and
    # boxes 得分 from well left of the bar before it, which it did not read (223's header): spread
    # over its box, 得 would stand left of that bar
    result = [_item(_baseline(1), (_x(2), "指标名称")), _item(_baseline(1), (_x(13), "分值")),
              [[[_x(18) - 20, _baseline(1) - 20], [_x(22) + 4, _baseline(1) - 20], [_x(22) + 4, _baseline(1) + 2],
                [_x(18) - 20, _baseline(1) + 2]], "得分", 0.99],
              _item(_baseline(3), (_x(0), "|修缮建筑")), _item(_baseline(3), (_x(13), "8")),
              _item(_baseline(3), (_x(20), "8")),
              _item(_baseline(4), (_x(2), "改造路面")), _item(_baseline(4), (_x(13), "7")),
              _item(_baseline(4), (_x(20), "6.5"))]
    doc = _read(monkeypatch, _page(TABLE), result)
    (table,) = doc.tables()
    assert table.grid() == [["指标名称", "分值", "得分"], ["修缮建筑", "8", "8"], ["改造路面", "7", "6.5"]]
    assert table.cells[0].loc.page == 1
    assert not [b for b in doc.blocks if not hasattr(b, "cells")]


def test_a_line_between_rules_that_fills_few_cells_goes_on_with_the_row_above(monkeypatch):
    # as the text reader reads the same lines from a .txt file: a name wrapped in its cell
    row = "|          |      |      |"
    lines = [RULE, row, RULE, row, row, RULE, row, RULE]
    result = [_item(_baseline(1), (_x(2), "指标名称")), _item(_baseline(1), (_x(13), "分值")),
              _item(_baseline(3), (_x(2), "街区年接待")), _item(_baseline(3), (_x(13), "10")),
              _item(_baseline(3), (_x(20), "10")), _item(_baseline(4), (_x(2), "游客量")),
              _item(_baseline(6), (_x(2), "总分")), _item(_baseline(6), (_x(13), "100"))]
    (table,) = _read(monkeypatch, _page(lines), result).tables()
    assert table.grid() == [["指标名称", "分值", ""], ["街区年接待\n游客量", "10", "10"], ["总分", "100", ""]]


def test_bars_without_a_rule_line_or_a_rule_line_without_bars_make_no_text_table(monkeypatch):
    # a column of | glyphs alone (no +----+ line meets it), and a line of dashes under a heading
    bars_only = ["|          |      |      |"] * 3
    result = [_item(_baseline(k), (_x(2), "甲乙丙丁")) for k in range(3)]
    doc = _read(monkeypatch, _page(bars_only), result)
    assert not doc.tables()
    dashes_only = ["   标题    ", RULE.replace("+", "-")]
    doc = _read(monkeypatch, _page(dashes_only), [_item(_baseline(0), (_x(3), "标题"))])
    assert not doc.tables() and [b.text for b in doc.blocks] == ["标题"]


def _wobbly_page(lines: list[str]) -> np.ndarray:
    """As _page, with a scan's wobble: every other line's | glyphs a pixel right and a pixel wider
    (their middles 1.5 px apart), its dashes a pixel lower, and the dashes 4 px high."""
    import cv2
    page = np.full((TOP + LINE * len(lines) + 100, 500), 255, np.uint8)
    for k, line in enumerate(lines):
        top, mid, odd = TOP + LINE * k, TOP + LINE * k + LINE // 2 + k % 2, k % 2
        for col, ch in enumerate(line):
            x = int(_x(col))
            if ch == "|":
                cv2.rectangle(page, (x + 4 + odd, top + 1), (x + 5 + 2 * odd, top + 23), 0, -1)
            elif ch in "-+":
                cv2.rectangle(page, (x + 2, mid - 2), (x + 7, mid + 1), 0, -1)
    return page


def test_a_text_table_scanned_at_300_dpi_reads_as_at_150(monkeypatch):
    """The pixel sizes a text table's glyphs are found by scale with the page's line: the same
    page at twice the resolution (its bars' wobble, its dashes' height doubled) reads the same."""
    import cv2

    from jixiao.extract import scan_text_table
    from jixiao.extract.ruled_page import Char
    page = _wobbly_page(TABLE)
    words = [(1, 2, "指标名称"), (1, 13, "分值"), (1, 20, "得分"), (3, 2, "修缮建筑"), (3, 13, "8"), (3, 20, "8"),
             (4, 2, "改造路面"), (4, 13, "7"), (4, 20, "6.5")]

    def read(scale):
        image = cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
        chars = [Char(scale * (_x(col) + ADVANCE * (2 if ord(t) > 127 else 1) * i), scale * _baseline(k),
                      scale * ADVANCE * (2 if ord(t) > 127 else 1), t, cut=i == 0, mid=scale * (_baseline(k) - 9))
                 for k, col, word in words for i, t in enumerate(word)]
        regions = scan_text_table.find(ocr_reader.ink(image), 3 * ocr_reader.SNAP)
        return [scan_text_table.text(r, chars)[0] for r in regions]
    at150 = read(1)
    assert at150 == ["+---+---+---+\n| 指标名称 | 分值 | 得分 |\n+---+---+---+\n| 修缮建筑 | 8 | 8 |\n"
                     "| 改造路面 | 7 | 6.5 |\n+---+---+---+"]
    assert read(2) == at150


def test_a_character_just_outside_the_outer_bar_is_read_into_the_cell_inside_it(monkeypatch):
    # 甲's box ends short of the table's outer | (its middle less than half a line left of it): no
    # cell but the first is near, and it was taken from the page and put in none (a silent drop)
    result = [_item(_baseline(1), (_x(2), "指标名称")), _item(_baseline(1), (_x(13), "分值")),
              _item(_baseline(1), (_x(20), "得分")),
              _item(_baseline(3), (_x(2), "修缮建筑")), _item(_baseline(3), (_x(13), "8")),
              _item(_baseline(3), (_x(20), "8")),
              _item(_baseline(4), (_x(0) - 12, "甲")), _item(_baseline(4), (_x(2), "改造路面")),
              _item(_baseline(4), (_x(13), "7")), _item(_baseline(4), (_x(20), "6.5"))]
    doc = _read(monkeypatch, _page(TABLE), result)
    (table,) = doc.tables()
    assert table.grid() == [["指标名称", "分值", "得分"], ["修缮建筑", "8", "8"], ["甲改造路面", "7", "6.5"]]
    assert not [w for w in doc.warnings if "文本表格" in w]


def test_a_character_outside_a_line_that_ends_at_an_inner_bar_is_left_out_and_said(monkeypatch):
    # the last line prints no outer | on the left: 乙, just left of its first (inner) bar, may be the
    # text of the first column, which the line does not print; it is read into no cell, and said
    lines = TABLE[:-1] + ["           |      |      |", RULE]
    result = [_item(_baseline(1), (_x(2), "指标名称")), _item(_baseline(1), (_x(13), "分值")),
              _item(_baseline(1), (_x(20), "得分")),
              _item(_baseline(3), (_x(2), "修缮建筑")), _item(_baseline(3), (_x(13), "8")),
              _item(_baseline(3), (_x(20), "8")),
              _item(_baseline(4), (_x(2), "改造路面")), _item(_baseline(4), (_x(13), "7")),
              _item(_baseline(4), (_x(20), "6.5")),
              _item(_baseline(5), (_x(11) - 12, "乙")), _item(_baseline(5), (_x(13), "5"))]
    doc = _read(monkeypatch, _page(lines), result)
    assert not any("乙" in cell for t in doc.tables() for row in t.grid() for cell in row)
    (said,) = [w for w in doc.warnings if "文本表格" in w]
    assert "第1页" in said and "“乙”" in said and "请核对原件" in said


def test_text_read_on_a_rule_line_is_said_unless_it_is_a_rule_shape(monkeypatch):
    # OCR reads the +----+ line under the header as 十一一一 (the rule's own shapes: silent) and a
    # 9.5 standing on the last rule line (a figure the ruling ran through: taken off the page, said)
    result = [_item(_baseline(1), (_x(2), "指标名称")), _item(_baseline(1), (_x(13), "分值")),
              _item(_baseline(1), (_x(20), "得分")),
              _item(_baseline(2), (_x(0), "十一一一—━")),
              _item(_baseline(3), (_x(2), "修缮建筑")), _item(_baseline(3), (_x(13), "8")),
              _item(_baseline(3), (_x(20), "8")),
              _item(_baseline(4), (_x(2), "改造路面")), _item(_baseline(4), (_x(13), "7")),
              _item(_baseline(4), (_x(20), "6.5")),
              _item(_baseline(5), (_x(20), "9.5"))]
    doc = _read(monkeypatch, _page(TABLE), result)
    (table,) = doc.tables()
    assert table.grid() == [["指标名称", "分值", "得分"], ["修缮建筑", "8", "8"], ["改造路面", "7", "6.5"]]
    (said,) = [w for w in doc.warnings if "横线" in w]
    assert "第1页" in said and "“9.5”" in said and "请核对原件" in said
    assert not any(s in said for s in "十一—━")


def test_tall_bars_beside_cards_of_several_lines_are_no_text_table(monkeypatch):
    """1498.scan: a kanban board printed, each card a tall accent bar beside its four lines, the cards stacked
    in lanes. The bars stand on one x a card apart, and their lines' glyphs, short and wide at the scale of
    such a bar, were taken for a rule line's dashes: a text table whose cells ran each card's four lines
    together glyph by glyph (分建目数值设量标…). A | glyph is one line of text high; bars beside text of
    several lines are drawn strokes (scan_text_table.drawn_bars), and the cards' lines are read as lines."""
    import cv2
    lanes, cards, rows = (100, 460, 820), 3, 4
    card = rows * LINE + 6
    page = np.full((TOP + cards * (card + 10) + 100, 1150, 3), 255, np.uint8)
    lines = ["数量指标", "建设青稞种植基地", "目标≥30000亩 完成31200亩", "分值10 得分10"]
    result = []
    for lane in lanes:
        for n in range(cards):
            top = TOP + n * (card + 10)
            cv2.rectangle(page, (lane, top), (lane + 3, top + card), (0, 0, 0), -1)     # the card's accent bar
            for k, words in enumerate(lines):
                base = top + LINE * k + 21
                for i in range(len(words)):     # each glyph's ink: wider than high at a bar's scale
                    x = lane + 14 + 20 * i
                    cv2.rectangle(page, (x, base - 12), (x + 15, base - 1), (0, 0, 0), -1)
                result.append(_item(base, (lane + 14, f"{words}{lane}{n}" if k == 1 else words)))
    from jixiao.extract import scan_text_table
    assert scan_text_table.find(ocr_reader.ink(cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)), 3 * ocr_reader.SNAP)  # the trap
    doc = _read(monkeypatch, page, result)
    texts = [c.text for t in doc.tables() for c in t.cells] + [b.text for b in doc.blocks if not hasattr(b, "cells")]
    assert not [w for w in doc.warnings if "文本表格" in w]
    for lane in lanes:
        for n in range(cards):
            assert any(f"建设青稞种植基地{lane}{n}" in t for t in texts)
