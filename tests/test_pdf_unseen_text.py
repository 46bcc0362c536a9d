"""PDFs as some editors leave them (set 808-813): text drawn where the printed page does not show it is
not read, and said; a reviewer's comments are said."""
from __future__ import annotations

from jixiao.extract import read_document

from .test_pdf_producer_quirks import _GRID, _pdf, _stream, _write

_TITLE = "BT /F1 10 Tf 100 720 Td (Self-evaluation of the programme) Tj ET"   # a line of text: no scan
_SCORE = "BT /F1 10 Tf 310 620 Td (10) Tj ET"


def _read(tmp_path, score_ops: str, before: str = "", annots: str = "", objects: tuple = ()):
    """The grid with its score cell drawn by score_ops (and `before` drawn first, under everything)."""
    body = before + " " + _GRID.replace(_SCORE, score_ops) + " " + _TITLE
    n = 5 + len(objects)
    doc = read_document(_write(tmp_path / "page.pdf", _pdf([*objects, _stream(body)],
                                                           f"/Contents {n} 0 R {annots} "
                                                           "/Resources << /Font << /F1 4 0 R >> >>")))
    (t,) = doc.tables()
    return t.grid(), doc.warnings


def test_a_figure_under_a_whiteout_is_not_read_and_said(tmp_path):
    # A PDF editor's whiteout (809.pdf): the old figure stays in the content, a white rectangle is
    # painted over it and the new figure typed on top. Read, the two interleaved (38座 as 3368座座).
    grid, said = _read(tmp_path, "BT /F1 10 Tf 310 620 Td (7) Tj ET q 1 1 1 rg 301 601 198 38 re f Q " + _SCORE)
    assert grid == [["Name", "Score"], ["Cases", "10"]]
    assert any("“7”" in w and "覆盖" in w for w in said), said
    # a rectangle painted first is a cell's shading: the text over it is read; a coloured one painted
    # after may be a highlight flattened with a multiply blend (PDFium does not tell): read too
    grid, _ = _read(tmp_path, "q 0.9 g 301 601 198 38 re f Q " + _SCORE)
    assert grid[1][1] == "10"
    grid, _ = _read(tmp_path, _SCORE + " q 1 1 0 rg 301 601 198 38 re f Q")
    assert grid[1][1] == "10"


def test_a_figure_outside_its_clip_path_is_not_read_and_said(tmp_path):
    # An edit's old figure kept inside the cell's group but outside its clip (810.pdf): read, it ran
    # into the next cells (a weight of 9130.5, a false JX404).
    grid, said = _read(tmp_path, "q 300 600 100 40 re W n " + _SCORE + " BT /F1 10 Tf 420 620 Td (7) Tj ET Q")
    assert grid == [["Name", "Score"], ["Cases", "10"]]
    assert any("“7”" in w and "裁剪" in w for w in said), said


def test_white_text_on_the_bare_page_is_not_read_but_white_on_a_fill_is(tmp_path):
    # An older draft's figure in white under the cell (812.pdf: 1620人次 read as 11562200人人次次).
    grid, said = _read(tmp_path, _SCORE, before="q 1 1 1 rg BT /F1 10 Tf 310 620 Td (7) Tj ET Q")
    assert grid == [["Name", "Score"], ["Cases", "10"]]
    assert any("“7”" in w and "白色" in w for w in said), said
    # white on a dark cell (a header band) is what the page shows
    grid, said = _read(tmp_path, "q 0.2 g 301 601 198 38 re f Q q 1 1 1 rg " + _SCORE + " Q")
    assert grid[1][1] == "10"
    assert not any("看不见" in w for w in said), said


def test_a_reviewers_comments_are_said(tmp_path):
    # A reviewer's sticky note and printing text box (813.pdf): no part of the form, not read into it,
    # but the analyst is told the page carries other figures.
    note = "<< /Type /Annot /Subtype /Text /Rect [480 620 494 634] /Contents <FEFF5E944E3A0038> >>"
    box = "<< /Type /Annot /Subtype /FreeText /Rect [510 600 580 640] /F 4 /Contents (Check: 9) /DA (/F1 9 Tf 0 g) >>"
    link = "<< /Type /Annot /Subtype /Link /Rect [100 700 200 720] /A << /S /URI /URI (http://example.org) >> >>"
    grid, said = _read(tmp_path, _SCORE, annots="/Annots [5 0 R 6 0 R 7 0 R]", objects=(note, box, link))
    assert grid == [["Name", "Score"], ["Cases", "10"]]
    (comment,) = [w for w in said if "批注" in w]
    assert "2条" in comment and "便笺“应为8”" in comment and "文本框“Check: 9”" in comment, comment


def test_a_page_read_without_pdfium_leaves_white_text_out_and_says_what_it_cannot_tell(tmp_path, monkeypatch):
    # pdfplumber reads a page PDFium cannot: it gives colours and fills, so white text on the bare page
    # is left out and said as PDFium's reading does; a whiteout's order and a clip it does not give,
    # so a page with either says its hidden text could not be told from the shown.
    from jixiao.extract import pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", "pdfplumber")
    grid, said = _read(tmp_path, _SCORE, before="q 1 1 1 rg BT /F1 10 Tf 310 620 Td (7) Tj ET Q")
    assert grid == [["Name", "Score"], ["Cases", "10"]]
    assert any("“7”" in w and "白色" in w for w in said), said
    for ops in ("BT /F1 10 Tf 310 620 Td (7) Tj ET q 1 1 1 rg 301 601 198 38 re f Q " + _SCORE,
                "q 300 600 100 40 re W n " + _SCORE + " BT /F1 10 Tf 420 620 Td (7) Tj ET Q"):
        _, said = _read(tmp_path, ops)
        assert any("pdfplumber" in w and "无法与显示的文字区分" in w for w in said), said
    _, said = _read(tmp_path, _SCORE)
    assert not [w for w in said if "pdfplumber" in w], said


def test_a_whiteout_on_a_page_of_thousands_of_fills_is_still_found(tmp_path):
    # 2,500 small shaded fills (a chart, a map's dots) drawn under the table: the page's whiteout is judged
    # as on a plain page (before the fills were indexed, pages of over 2,000 were not judged at all)
    dots = "q 0.9 g " + " ".join(f"{k % 50 * 12} {k // 50 * 12 + 20} 2 2 re f" for k in range(2500)) + " Q"
    grid, said = _read(tmp_path, "BT /F1 10 Tf 310 620 Td (7) Tj ET q 1 1 1 rg 301 601 198 38 re f Q " + _SCORE,
                       before=dots)
    assert grid[1][1] == "10" and any("“7”" in w and "覆盖" in w for w in said), said
    assert not any("填充图形过多" in w for w in said), said


def test_a_line_cut_through_its_middle_by_its_clip_is_read_whole(tmp_path):
    # A merged cell's line drawn across a page break (887.pdf): the clip, the page's part of the cell,
    # runs through the glyphs' middles; a centre test kept every other glyph (组织实施 read 组实). A
    # glyph at least a quarter inside its clip is shown, cut; one wholly outside is still not read.
    grid, said = _read(tmp_path, "q 300 625 100 40 re W n " + _SCORE + " Q")
    assert grid == [["Name", "Score"], ["Cases", "10"]]
    assert not any("裁剪" in w for w in said), said
    grid, said = _read(tmp_path, "q 300 632 100 40 re W n " + _SCORE + " Q")
    assert grid[1][1] == ""
    assert any("“10”" in w and "裁剪" in w for w in said), said


def test_a_glyph_drawn_across_a_rule_is_read_in_the_cell_its_clip_shows_it_in(tmp_path):
    # A narrow column's wrapped labels too tall for their rows (1004.pdf, LibreOffice): the upper label's
    # last line and the lower label's first are drawn across the rule between them on one line, each
    # clipped to its own cell; by their middles both fell in one cell (项目名称 / 主管部门 read 项目名主称管部).
    upper = "q 100 640 200 40 re W n BT /F1 10 Tf 110 652 Td (Na) Tj ET BT /F1 10 Tf 116 636 Td (me) Tj ET Q"
    lower = "q 100 600 200 40 re W n BT /F1 10 Tf 110 638 Td (Ca) Tj ET BT /F1 10 Tf 110 622 Td (ses) Tj ET Q"
    body = _GRID.replace("BT /F1 10 Tf 110 660 Td (Name) Tj ET", upper) \
        .replace("BT /F1 10 Tf 110 620 Td (Cases) Tj ET", lower) + " " + _TITLE
    doc = read_document(_write(tmp_path / "page.pdf", _pdf([_stream(body)],
                                                           "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")))
    (t,) = doc.tables()
    assert t.grid() == [["Na\nme", "Score"], ["Ca\nses", "10"]]   # each cell its own lines, wrapped as drawn
