"""Scans: a text table typed with | (668's Markdown rows, a line a cell in column A of a sheet,
printed without rules) read as the text-line reader reads a .txt, its bars mended by their ink."""
import numpy as np

from .ocr_fakes import read_drawn

STEP = 16


def _line(page, y0: int, text: str, bars_at: set[int] = frozenset()) -> list:
    """Draws the line's characters from x 40, STEP apart: | (and the 1s at bars_at) as a bar 21 px
    tall and 2 wide, a digit 1 15 tall and 8 wide (its flag and foot), anything else a block 10 by 15;
    the engine's result for it as read (text)."""
    centers = [40 + STEP * k for k in range(len(text))]
    for k, (ch, c) in enumerate(zip(text, centers)):
        if ch == "|" or k in bars_at:
            page[y0 + 3:y0 + 24, c - 1:c + 1] = 0
        elif ch == "1":
            page[y0 + 6:y0 + 21, c - 4:c + 4] = 0
            page[y0 + 8:y0 + 19, c - 2:c + 3] = 255
        elif ch != ".":
            page[y0 + 6:y0 + 21, c - 5:c + 5] = 0
    words = [[[c - 6, y0], [c + 6, y0], [c + 6, y0 + 30], [c - 6, y0 + 30]] for c in centers]
    box = [[centers[0] - 8, y0], [centers[-1] + 8, y0], [centers[-1] + 8, y0 + 30], [centers[0] - 8, y0 + 30]]
    return [box, text, 0.95, words, list(text), [0.95] * len(text)]


def test_pipe_rows_with_no_rule_read_as_a_text_table_their_lost_bars_mended_by_ink(monkeypatch):
    """Issue 21 (668's scan): the page's rows |产出指标|数量指标|…| gave no table (no rule, and the
    OCR reader did not hand its lines to the text-line reader), and the page was said unread. They
    are read as a .txt's are; a bar read 1 (|总分|1|100|, the empty cell's | | run together) or 丨 is
    mended where its ink is the line's bars', and a separator row whose dashes ran together
    (|--|-|--|) is no row. A real 1 (in 100, 10) stays."""
    page = np.full((400, 820, 3), 255, np.uint8)
    result = [_line(page, 20, "|一级指标|二级指标|三级指标|分值|得分|"),
              _line(page, 90, "|--|-|--|---|--|"),
              _line(page, 160, "|产出指标|数量指标|建成基地丨10|10|", {15}),
              _line(page, 230, "|总分|1|100|99.30|", {4}),
              _line(page, 300, "偏差说明：各项指标均已完成，无偏差。填报人：某某某，联系电话：略，填报日期：2024年3月19日")]
    doc = read_drawn(monkeypatch, page, result)
    tables = [b for b in doc.blocks if hasattr(b, "cells")]
    assert len(tables) == 1, [getattr(b, "text", None) for b in doc.blocks]
    rows = {}
    for c in tables[0].cells:
        rows.setdefault(c.row, {})[c.col] = c.text
    assert [[r[k] for k in sorted(r)] for _, r in sorted(rows.items())] == [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["产出指标", "数量指标", "建成基地", "10", "10"],
        ["总分", "", "", "100", "99.30"]]
    assert not any("未读出表格" in w for w in doc.warnings)
    assert any("读作“|”" in w and "“|总分|1|100|99.30|”→“|总分|||100|99.30|”" in w for w in doc.warnings)
