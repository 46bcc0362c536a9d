"""A spreadsheet's cell taller in text than its row, printed to PDF (1730.pdf, LibreOffice): the program draws
all the cell's lines and clips them to the cell, so the page shows only the lines the row holds. The lines cut
off are not read and are said as the cell's text cut (the printed cell is incomplete: 合计338.80万元 never
shown), not as an edit's hidden figure (pdfium_page._cut_off); before, only the generic hidden-text warning."""
from __future__ import annotations

from .test_pdf_unseen_text import _read, _SCORE


def test_a_cells_lines_beyond_its_height_are_said_cut(tmp_path):
    # the cell's clip 300-400 × 600-640 shows "10"; its next line, drawn below the clip within its width, is cut
    grid, said = _read(tmp_path, "q 300 600 100 40 re W n " + _SCORE + " BT /F1 10 Tf 310 590 Td (338) Tj ET Q")
    assert grid[1][1] == "10"
    (cut,) = [w for w in said if "“338”" in w]
    assert "超出其行高" in cut and "截去" in cut and "修改前" not in cut, cut


def test_an_old_figure_beside_its_clip_is_still_said_hidden(tmp_path):
    # 810.pdf's edit: the old figure beside the shown one, outside the clip's width: hidden, not a cut
    _, said = _read(tmp_path, "q 300 600 100 40 re W n " + _SCORE + " BT /F1 10 Tf 420 620 Td (7) Tj ET Q")
    (hidden,) = [w for w in said if "“7”" in w]
    assert "裁剪区域之外" in hidden and "超出其行高" not in hidden, hidden
