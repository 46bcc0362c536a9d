"""Scans: a form drawn with box characters (667's <pre> of ┌─┬┐│, printed): its rules across are
rules, but each row's │ is a glyph of the text line's height, short of the rules above and below."""
import numpy as np

from .ocr_fakes import read_drawn


def _item(x0: int, y0: int, text: str, step: int = 16) -> list:
    words = [[[x0 + step * k, y0], [x0 + step * (k + 1), y0], [x0 + step * (k + 1), y0 + 18], [x0 + step * k, y0 + 18]]
             for k in range(len(text))]
    x1 = x0 + step * len(text)
    return [[[x0, y0], [x1, y0], [x1, y0 + 18], [x0, y0 + 18]], text, 0.98, words, list(text), [0.98] * len(text)]


def _page(full_ends: bool):
    import cv2
    page = np.full((300, 480, 3), 255, np.uint8)
    for y in (50, 80, 110):
        page[y, 40:441] = 0                           # the rules across (─ runs of one line)
    for top in (50, 80):
        for x in (40, 200, 440):                      # each row's │ glyphs, 21 of the row's 30 px
            full = full_ends and x != 200
            page[top + (0 if full else 5):top + (31 if full else 26), x:x + 2] = 0
    for x0, y0, n in ((50, 56, 4), (210, 56, 5), (50, 86, 6), (214, 86, 7)):
        for k in range(n):                            # the characters' ink: a stroke down and one across
            x, dy = x0 + 16 * k, 4 + (5 * k) % 9      # (set irregularly: no row of dots, no rule)
            cv2.line(page, (x + 4 + k % 5, y0 + 3), (x + 4 + k % 5, y0 + 15), (0, 0, 0), 1)
            cv2.line(page, (x + 2, y0 + dy), (x + 12, y0 + dy), (0, 0, 0), 1)
    return page


RESULT = [_item(50, 56, "项目资金"), _item(210, 56, "年初预算数"), _item(50, 86, "年度资金总额"),
          _item(193, 86, "|1500.00")]


def test_box_glyph_sides_short_of_the_rules_close_the_rows_cells(monkeypatch):
    """Issue 21 (667's scan): the fund box read as one paragraph (项目资金（万元） 年初预算数 … |1500.00
    …) whose 96.00% then raised a false JX501. A row framed at both ends by strokes over most of its
    height, short of its rules, has its cells closed by such strokes; the bar the recogniser read on
    the rule (|1500.00) is the rule, no text."""
    doc = read_drawn(monkeypatch, _page(False), RESULT)
    tables = [b for b in doc.blocks if hasattr(b, "cells")]
    assert len(tables) == 1
    assert sorted((c.row, c.col, c.text) for c in tables[0].cells) == [
        (0, 0, "项目资金"), (0, 1, "年初预算数"), (1, 0, "年度资金总额"), (1, 1, "1500.00")]


def test_a_stroke_short_of_the_rules_in_a_row_whose_sides_meet_them_is_no_side(monkeypatch):
    """664's scan: a one-column frame whose sides are rules, its tight rows' characters covering as
    much of a row as a glyph's │: in a row with a side that meets its rules, a stroke short of them is
    a character's, and the row stays one cell."""
    doc = read_drawn(monkeypatch, _page(True), RESULT)
    assert not any(hasattr(b, "cells") and b.n_cols > 1 for b in doc.blocks)
    assert [b.text for b in doc.blocks] == ["项目资金 年初预算数", "年度资金总额 |1500.00"]


def test_strokes_over_one_row_that_go_on_past_neither_rule_are_no_sides(monkeypatch):
    """700's scan (stair-stepped in 1-bit): two characters' uprights covered most of one row, framed
    by its broken sides, and cut the row's name into three cells. A box character's │ stands in every
    row of its box: a stroke that goes on past neither of its row's rules is no side."""
    page = _page(False)
    page[81:112, :] = 255                             # the second row gone: the first row alone
    page[110, 40:441] = 255
    doc = read_drawn(monkeypatch, page, RESULT[:2])
    assert not any(hasattr(b, "cells") and b.n_cols > 1 for b in doc.blocks)
