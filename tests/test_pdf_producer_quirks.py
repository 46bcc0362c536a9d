"""PDFs as some producers write them (set 706-711): what the printed page shows is what is read."""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from jixiao.extract import Paragraph, read_document
from jixiao.extract.pdfium_page import read_page

from .pdf_objects import pdf_bytes


def _pdf(objects: list[str], page: str, catalog: str = "") -> bytes:
    """A one-page PDF: objects 1 catalog (`catalog`: its other entries), 2 pages, 3 the page (`page`: its
    dict's other entries), 4 a Helvetica font, then `objects` from 5."""
    objs = [f"<< /Type /Catalog /Pages 2 0 R {catalog} >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] {page} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", *objects]
    return pdf_bytes(objs, "1.5")


def _stream(body: str, extra: str = "") -> str:
    return f"<< /Length {len(body)} {extra} >>\nstream\n{body}\nendstream"


# A 2 x 2 grid (x 100-300-500, y 600-640-680 in its own space) with a word in each cell.
_GRID = " ".join(["0.5 w", "100 600 m 500 600 l S", "100 640 m 500 640 l S", "100 680 m 500 680 l S",
                  "100 600 m 100 680 l S", "300 600 m 300 680 l S", "500 600 m 500 680 l S",
                  "BT /F1 10 Tf 110 660 Td (Name) Tj ET", "BT /F1 10 Tf 310 660 Td (Score) Tj ET",
                  "BT /F1 10 Tf 110 620 Td (Cases) Tj ET", "BT /F1 10 Tf 310 620 Td (10) Tj ET"])


def _grid_texts(data: bytes) -> list[list[str]]:
    chars, tables = read_page(pdfium.PdfDocument(data)[0])
    out = []
    for t in tables:
        rows = []
        for row in t.rows:
            texts = []
            for cell in row.cells:
                if cell is None:
                    continue
                x0, top, x1, bottom = cell
                texts.append("".join(c["text"] for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                                     and top <= (c["top"] + c["bottom"]) / 2 <= bottom))
            rows.append(texts)
        out.append(rows)
    return out


def test_a_grid_drawn_inside_a_shrunk_form_xobject_is_where_its_text_is():
    # A page printed again through a PDF printer that shrinks it (710.pdf: to 94%; here to half, two
    # pages to a sheet): the whole page one Form XObject drawn by Do. Its rules are in the form's space;
    # PDFium gives each path's own matrix only, so the grid stood off its text (710: a row lost, nothing
    # said) until the form's matrix was applied.
    form = _stream(_GRID, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>")
    data = _pdf([form, _stream("q 0.5 0 0 0.5 0 396 cm /Fx0 Do Q")],
                "/Contents 6 0 R /Resources << /XObject << /Fx0 5 0 R >> >>")
    assert _grid_texts(data) == [[["Name", "Score"], ["Cases", "10"]]]


def test_rules_drawn_a_twentieth_of_a_point_off_level_are_the_grids_rules():
    """Issue 21 (1229.pdf): a grid drawn with Word's pencil (line shapes) prints each rule a few hundredths of a
    point off level or plumb; such a segment was no ruling line, the rules drew no table, and the columns were
    built from the text (Word's autospace had pushed cells off the rules: 140 / 143 fields, the 总分 line under
    the grid joined its last row, nothing said). A rule whose rise is a fraction of its run is laid level;
    a slanted stroke (a diagonal header's slash) stays no rule."""
    grid = " ".join(["0.75 w", "100 600 m 500 600.05 l S", "100 640.05 m 500 640 l S", "100 680 m 500 680.05 l S",
                     "100 600 m 100.05 680 l S", "300 600 m 300.05 680 l S", "500.05 600 m 500 680 l S",
                     "BT /F1 10 Tf 110 660 Td (Name) Tj ET", "BT /F1 10 Tf 310 660 Td (Score) Tj ET",
                     "BT /F1 10 Tf 110 620 Td (Cases) Tj ET", "BT /F1 10 Tf 310 620 Td (10) Tj ET"])
    data = _pdf([_stream(grid)], "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")
    assert _grid_texts(data) == [[["Name", "Score"], ["Cases", "10"]]]
    from jixiao.extract.pdfium_page import level
    slash = {"x0": 100, "x1": 140, "top": 600, "bottom": 620, "width": 40, "height": 20, "orientation": None}
    assert level(slash) == slash


def test_a_page_turned_in_its_content_matrix_is_read_upright():
    # 967.pdf: a driver turned each landscape page onto portrait paper with 0 1 -1 0 cm and set no
    # /Rotate, so every line runs bottom to top; read unturned, each column came out as a row of
    # reversed words and no indicator was read.
    data = _pdf([_stream("q 0 1 -1 0 700 0 cm " + _GRID + " Q")],
                "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")
    assert _grid_texts(data) == [[["Name", "Score"], ["Cases", "10"]]]
    # read turned, its text is upright: no character is marked as turned in its cell (pdf_reader._turned
    # read 967's wrapped level cells along a quarter turn, 标社会效益指 for 社会效益指标, once 920's
    # turned cell text and this page's turn were merged)
    chars, _ = read_page(pdfium.PdfDocument(data)[0])
    assert chars and not any("turn" in c for c in chars)


def test_a_filled_form_fields_values_are_read_where_they_print(tmp_path):
    # A fillable form (707.pdf): the score typed into a text field lives in the field widget (its /V
    # and the appearance stream drawing it), not in the page's content. Read from the content alone the
    # cell was blank (every actual and score of 707 empty, a false JX306 未填写); a page with field
    # widgets is read with them drawn in, as it prints.
    (t,) = read_document(_write(tmp_path / "form.pdf", _filled_form())).tables()
    assert t.grid() == [["Name", "Score"], ["Cases", "10"]]


def _filled_form() -> bytes:
    """The grid with its score typed into a text field: the field's value and appearance, no page text."""
    grid = _GRID.replace("BT /F1 10 Tf 310 620 Td (10) Tj ET",
                         "BT /F1 10 Tf 100 720 Td (Self-evaluation of the programme) Tj ET")   # a title: no scan
    ap = _stream("/Tx BMC BT /F1 10 Tf 10 20 Td (10) Tj ET EMC",
                 "/Type /XObject /Subtype /Form /BBox [0 0 200 40] /Resources << /Font << /F1 4 0 R >> >>")
    widget = ("<< /Type /Annot /Subtype /Widget /FT /Tx /T (score_1) /V (10) /F 4 /Rect [300 600 500 640] "
              "/DA (/F1 10 Tf 0 g) /AP << /N 5 0 R >> /P 3 0 R >>")
    return _pdf([ap, widget, _stream(grid)],
                "/Contents 7 0 R /Annots [6 0 R] /Resources << /Font << /F1 4 0 R >> >>",
                "/AcroForm << /Fields [6 0 R] /DA (/F1 10 Tf 0 g) >>")


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_text_in_a_layer_the_viewer_shows_off_is_not_read(tmp_path):
    # A hidden optional content layer (711.pdf: 修改前, the figures before review drawn again in the
    # same cells, the group in /OCProperties /D /OFF). PDFium's text page gives every glyph, shown or
    # not: the two figures were read interleaved (42部 and 40部 as 4420部部). Text marked as content of
    # a group that is off is no part of the page as shown; the group named in UTF-16, as WPS writes it.
    data = _layered()
    (t,) = read_document(_write(tmp_path / "layers.pdf", data)).tables()
    assert t.grid() == [["Name", "Score"], ["Cases", "10"]]
    # the same layer on: its text is read
    shown = data.replace(b"/OFF [5 0 R]", b"/ON [5 0 R] ")
    (t,) = read_document(_write(tmp_path / "shown.pdf", shown)).tables()
    assert t.grid()[1][1] != "10"


def _layered() -> bytes:
    """The grid with a second score drawn in the same cell in a layer shown off (修改前)."""
    grid = _GRID.replace("BT /F1 10 Tf 310 620 Td (10) Tj ET",
                         "BT /F1 10 Tf 310 620 Td (10) Tj ET /OC /MC0 BDC BT /F1 10 Tf 310 620 Td (8) Tj ET EMC "
                         "BT /F1 10 Tf 100 720 Td (Self-evaluation of the programme) Tj ET")
    ocg = "<< /Type /OCG /Name <FEFF4FEE6539524D> >>"
    return _pdf([ocg, _stream(grid)],
                "/Contents 6 0 R /Resources << /Font << /F1 4 0 R >> /Properties << /MC0 5 0 R >> >>",
                "/OCProperties << /OCGs [5 0 R] /D << /Order [5 0 R] /OFF [5 0 R] >> >>")


def test_a_page_read_without_pdfium_says_its_form_fields_and_hidden_layers_were_not_told(tmp_path, monkeypatch):
    """pdfplumber, which reads a page PDFium cannot, draws no field's value and reads a hidden layer's
    text as shown: a page so read with form fields, or in a file with hidden layers, says so."""
    import jixiao.extract.pdf_reader as pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", "pdfplumber")
    said = read_document(_write(tmp_path / "form.pdf", _filled_form())).warnings
    assert any("第1页" in w and "表单域" in w for w in said), said
    said = read_document(_write(tmp_path / "layers.pdf", _layered())).warnings
    assert any("第1页" in w and "隐藏" in w and "修改前" in w for w in said), said
    assert not [w for w in read_document(_write(tmp_path / "grid.pdf", _pdf([_stream(_GRID)],
                "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>"))).warnings if "pdfplumber" in w]


def _sandwich(text_ops: str) -> bytes:
    """A page that is one grey image drawn over the whole page, and text_ops over it."""
    image = "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray " \
            "/BitsPerComponent 8 /Length 1 >>\nstream\nA\nendstream"
    body = f"q 612 0 0 792 0 0 cm /Im0 Do Q {text_ops}"
    return _pdf([image, _stream(body)],
                "/Contents 6 0 R /Resources << /Font << /F1 4 0 R >> /XObject << /Im0 5 0 R >> >>")


_OCR_TEXT = ("BT 3 Tr /F1 10 Tf 100 700 Td (Self-evaluation of the programme) Tj ET "
             "BT 3 Tr /F1 10 Tf 100 680 Td (Cases handled 328) Tj ET")


def test_a_scanners_invisible_ocr_layer_is_told_from_the_page():
    # A scanner's searchable PDF (706.pdf): the page a picture, its text drawn invisible (3 Tr) over it,
    # as the scanner's OCR guessed it (326 as 328). Such text is marked, and the page is one whose
    # text layer is no reading of the page (_ocr_layer); text drawn visibly over a picture is not.
    from jixiao.extract.pdf_reader import _ocr_layer, _pictures

    class Page:
        width, height = 612, 792

    page = pdfium.PdfDocument(_sandwich(_OCR_TEXT))[0]
    chars, _tables = read_page(page)
    assert chars and all(c.get("invisible") for c in chars if c["text"].strip())
    assert _ocr_layer(_pictures(page), Page, chars)
    visible = pdfium.PdfDocument(_sandwich(_OCR_TEXT.replace("3 Tr ", "")))[0]
    chars, _tables = read_page(visible)
    assert not any(c.get("invisible") for c in chars)
    assert not _ocr_layer(_pictures(visible), Page, chars)
    # a small picture (a seal, a logo) under invisible text is no scanned page
    assert not _ocr_layer([{"x0": 0, "x1": 100, "top": 0, "bottom": 100}], Page,
                          [{"text": "3", "invisible": True}])


def test_an_invisible_ocr_layer_without_ocr_is_read_and_said(tmp_path, monkeypatch):
    # With no OCR to read the picture again, the scanner's text layer is what there is: it is read,
    # and the warning says it is the scanner's OCR, its figures to be checked against the page.
    from jixiao.extract import ocr_reader
    monkeypatch.setattr(ocr_reader, "ENABLED", False)
    d = read_document(_write(tmp_path / "sandwich.pdf", _sandwich(_OCR_TEXT)))
    assert "Cases handled 328" in " ".join(p.text for p in d.paragraphs())
    assert any("不可见识别文字" in w and "已按该文字层读取" in w for w in d.warnings)


_RADICAL_CMAP = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
                 "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
                 "1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <41> <2F63> <42> <6001> "
                 "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")


def test_a_glyph_mapped_to_a_kangxi_radical_reads_as_its_ideograph(tmp_path):
    # 859.pdf's font maps one 生 to the Kangxi radical ⽣ (U+2F63): it prints as 生, and 生态效益指标
    # read with the radical matches no level word. NFKC gives the unified ideograph.
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>"
    body = "BT /F1 10 Tf 100 700 Td (Self-evaluation of the programme) Tj ET BT /F2 20 Tf 100 600 Td (AB) Tj ET"
    data = _pdf([_stream(_RADICAL_CMAP), font, _stream(body)],   # (the title: a page of text, no scan)
                "/Contents 7 0 R /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >>")
    text = "".join(p.text for p in read_document(_write(tmp_path / "radical.pdf", data)).paragraphs())
    assert "生态" in text and "⽣" not in text


def test_a_glyph_mapped_to_a_simplified_radical_reads_as_its_ideograph(tmp_path):
    # 965.pdf's fonts map 长 / 门 to the simplified radicals ⻓ / ⻔ (U+2ED3, U+2ED4), which have no NFKC
    # mapping: 长效机制 was a row of another name and 主管部⻔ no label.
    cmap = _RADICAL_CMAP.replace("<2F63>", "<2ED3>").replace("<6001>", "<6548>")
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>"
    body = "BT /F1 10 Tf 100 700 Td (Self-evaluation of the programme) Tj ET BT /F2 20 Tf 100 600 Td (AB) Tj ET"
    data = _pdf([_stream(cmap), font, _stream(body)],
                "/Contents 7 0 R /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >>")
    text = "".join(p.text for p in read_document(_write(tmp_path / "radical.pdf", data)).paragraphs())
    assert "长效" in text and "⻓" not in text


import ctypes  # noqa: E402


class _MisplacedChar:
    """PDFium's calls for one character as 859.pdf's 生 of 生态效益指标 gave them: origin and loose box in
    its text object's own space, its matrix placing it at x 126 on the line at y 114.96."""
    def __init__(self, origin: tuple[float, float], text: str = "生"):
        self.origin, self.text = origin, text

    def FPDFText_GetCharOrigin(self, tp, i, ox, oy):
        ox.value, oy.value = self.origin
        return 1

    def FPDFText_GetMatrix(self, tp, i, m):
        m.a, m.b, m.c, m.d, m.e, m.f = 0.75, 0.0, 0.0, 0.75, 126.0, 114.96
        return 1

    def FPDFText_GetFontSize(self, tp, i):
        return 13.33

    def FPDFText_GetTextObject(self, tp, i):
        return None

    def FPDFTextObj_GetText(self, obj, tp, buf, size):
        data = (self.text + "\x00").encode("utf-16-le")    # its object's text, and its end
        if buf:
            ctypes.memmove(buf, data, min(size, len(data)))
        return len(data)


def test_a_character_pdfium_boxes_off_its_line_is_placed_by_its_matrix():
    import ctypes

    from jixiao.extract.pdfium_page import _replace
    raw = pdfium.raw

    def placed(origin, box):
        rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
        rect.left, rect.bottom, rect.right, rect.top = box
        at = _replace(_MisplacedChar(origin), None, 0, rect, ctypes.c_double(), ctypes.c_double(), matrix)
        return at, (rect.left, rect.bottom, rect.right, rect.top)

    at, (left, bottom, right, top) = placed((16.0, 57.04), (18.25, 22.0, 55.53, 59.0))
    assert at == pytest.approx((126.0, 114.96))     # (it stood at x 16, a line lower: 态效益指标 read without it)
    assert 126 < left < 128 and 135 < right < 138 and 105 < bottom < 115 < top < 126
    # 1161.pdf: Chromium draws a character and the space after it as one object (门 of 主管部门): it stands at
    # the object's origin, moved so; of two characters (门口) where the second stands is not known: left
    def placed_in(text):
        rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
        rect.left, rect.bottom, rect.right, rect.top = (18.25, 22.0, 55.53, 59.0)
        return _replace(_MisplacedChar((16.0, 57.04), text), None, 0, rect, ctypes.c_double(), ctypes.c_double(),
                        matrix)
    assert placed_in("门 ") == pytest.approx((126.0, 114.96))
    assert placed_in("门口") == pytest.approx((16.0, 57.04))
    # a character where its matrix says keeps PDFium's box
    at, box = placed((126.0, 114.96), (126.0, 112.0, 136.0, 122.0))
    assert at == (126.0, 114.96) and box == pytest.approx((126.0, 112.0, 136.0, 122.0))


def test_cell_text_turned_a_quarter_reads_in_its_own_direction():
    """Issue 21 (920.pdf): a sheet's cells with text rotated 90 degrees print each glyph turned (the text
    matrix 0 1 -1 0: reading upwards; 0 -1 1 0: downwards); a cell of such text reads along the text,
    not down the page's lines (its characters one per line, bottom to top: 5.21 for 12.5)."""
    from jixiao.extract.pdf_reader import _cell_text
    body = " ".join(["BT /F1 12 Tf 0 1 -1 0 180 560 Tm (Roads) Tj ET",     # upwards, from the cell's foot
                     "BT /F1 12 Tf 0 -1 1 0 320 660 Tm (12.5) Tj ET"])     # downwards, from its head
    chars, _ = read_page(pdfium.PdfDocument(_pdf([_stream(body)], "/Resources << /Font << /F1 4 0 R >> >> "
                                                                  "/Contents 5 0 R"))[0])
    left, right = [c for c in chars if c["x0"] < 250], [c for c in chars if c["x0"] > 250]
    assert _cell_text(left, (100.0, 112.0, 250.0, 252.0))[0] == "Roads"    # the cells' boxes as the page draws them
    assert _cell_text(right, (250.0, 112.0, 400.0, 252.0))[0] == "12.5"


def test_a_cell_holding_only_a_footnote_mark_reads_its_note_from_the_pages_foot():
    """Issue 21 (916.pdf): a word processor prints a footnote reference as a small raised number in the cell
    and the note as a line at the page's foot (1 3150亩). A cell of nothing but such a mark whose note
    line is on its page reads the note as a note typed on the cell (the actual read from it), the note
    line no paragraph of its own, said; a mark with no note line stays as it is."""
    from decimal import Decimal

    from jixiao.extract.pdf_reader import NOTE_MARK, _noted_cells
    from jixiao.normalize import normalize_document

    from .documents import document
    d = document([["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["新建茶园", "≥3000亩", "1", "50", "50"],
                  ["培训茶农", "≥2000人次", "2", "50", "50"]], "1 3150亩", "3 另注", fmt="pdf")
    for c in d.tables()[0].cells:
        if c.col == 2 and c.row > 0:
            c.comment = NOTE_MARK
    _noted_cells(d)
    assert [b.text for b in d.paragraphs()] == ["3 另注"]
    assert any("1处" in w and "脚注" in w and "3150亩" in w for w in d.warnings), d.warnings
    recs = normalize_document(d)
    assert [(i.actual.raw, i.actual.value) for i in recs.indicators] == [("3150亩", Decimal(3150)), ("2", Decimal(2))]


def test_a_full_width_code_drawn_by_a_narrow_glyph_reads_as_its_ascii():
    # 968.pdf's /ToUnicode sends the half-width digits its font draws to ０-９ (a producer naming a CJK
    # font's glyphs): ≥３２．５公里 was read where the page shows ≥32.5公里. A full-width character as
    # typed is an em wide and stays as written.
    cmap = _RADICAL_CMAP.replace("<2F63>", "<FF11>").replace("<6001>", "<FF12>")
    font = ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R /FirstChar 65 /LastChar 66 "
            "/Widths [556 1000] >>")
    data = _pdf([_stream(cmap), font, _stream("BT /F2 20 Tf 100 600 Td (AB) Tj ET")],
                "/Contents 7 0 R /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >>")
    chars, _tables = read_page(pdfium.PdfDocument(data)[0])
    assert [c["text"] for c in chars] == ["1", "２"]


def test_a_wide_full_width_code_reads_as_its_ascii_where_its_font_draws_others_narrow():
    # 968.pdf: the font drawing 98.50% sends its % (a glyph 0.95 em wide) to ％ with the digits to ０-９;
    # the digits were read as ASCII by their width, the ％ kept though the page shows a %. The same
    # font drawing ０-９ narrow shows its full-width codes are its ASCII glyphs; a ％ as wide in another
    # font (none of its full-width forms narrow) stays as written.
    cmap = _RADICAL_CMAP.replace("2 beginbfchar", "3 beginbfchar").replace("<2F63>", "<FF11>") \
        .replace("<6001>", "<FF05> <43> <FF05>")
    ascii_font = ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R /FirstChar 65 /LastChar 67 "
                  "/Widths [556 950 1000] >>")
    cjk_font = ascii_font.replace("/Helvetica", "/Courier").replace("[556 950 1000]", "[1000 1000 950]")
    data = _pdf([_stream(cmap), ascii_font, _stream("BT /F2 20 Tf 100 600 Td (AB) Tj /F3 20 Tf (C) Tj ET"), cjk_font],
                "/Contents 7 0 R /Resources << /Font << /F1 4 0 R /F2 6 0 R /F3 8 0 R >> >>")
    chars, _tables = read_page(pdfium.PdfDocument(data)[0])
    assert [c["text"] for c in chars] == ["1", "%", "％"]


def test_boxes_of_notes_beside_a_grid_do_not_move_its_border_off_the_table_above():
    # 902.pdf: a grid's right border (470.5) with the boxes of notes printed 3 pt beside it (473.4, their
    # shadows 475.2): pdfplumber snapped the chain 470.5-475.2 to its mean (474.3), off the ends of the
    # project head's rules above, whose 项目名称 value cell was lost (said, but the name lost). A chain's
    # longest rule is never moved farther than the snap: the border stays where it is drawn.
    head = ["100 740 m 500 740 l S", "100 720 m 500 720 l S", "100 700 m 500 700 l S",
            "100 700 m 100 740 l S", "200 700 m 200 740 l S", "500 700 m 500 740 l S",
            "BT /F1 10 Tf 110 725 Td (Name) Tj ET", "BT /F1 10 Tf 210 725 Td (Project) Tj ET",
            "BT /F1 10 Tf 110 705 Td (Unit) Tj ET", "BT /F1 10 Tf 210 705 Td (Office) Tj ET"]
    grid = ["100 680 m 500 680 l S", "100 440 m 100 680 l S", "300 440 m 300 680 l S", "500 440 m 500 680 l S"]
    for k in range(6):
        y = 640 - 40 * k
        grid += [f"100 {y} m 500 {y} l S", f"BT /F1 10 Tf 110 {y + 15} Td (Row{k}) Tj ET",
                 f"502.9 {y + 10} 50 20 re S", f"504.7 {y + 8} 50 1.8 re f"]
    data = _pdf([_stream(" ".join(["0.5 w", *head, *grid]))], "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")
    assert _grid_texts(data)[0] == [["Name", "Project"], ["Unit", "Office"]]



def test_a_hatch_of_rules_closer_than_the_snap_is_snapped_whole():
    # parting a chain a rule at a time is quadratic (4,000 rules of hatching a point apart: 8 s a page);
    # a chain longer than any table's is snapped to its mean whole, as pdfplumber snaps it
    from jixiao.extract.pdfium_page import MAX_CHAIN, snapped
    edges = [{"orientation": "v", "object_type": "line", "x0": float(x), "x1": float(x), "top": 0.0,
              "bottom": 500.0 if x == 0 else 10.0, "width": 0.0, "height": 500.0 if x == 0 else 10.0}
             for x in range(MAX_CHAIN + 1)]
    assert {e["x0"] for e in snapped(edges)} == {MAX_CHAIN / 2}

def test_a_dotted_border_chains_no_column_rules_together():
    # 979.pdf (a page printed by Chromium with dotted borders): each dot is a tiny square whose sides are
    # edges 0.75 pt apart across the page, so one chain ran through every column rule of the table and,
    # snapped whole, moved them all to its mean (the fund block's columns lost). A dot's side is no rule.
    from jixiao.extract.pdfium_page import snapped
    def v(x, top, bottom):
        return {"orientation": "v", "object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom,
                "width": 0.0, "height": bottom - top}
    rules = [v(100.0, 0.0, 300.0), v(200.0, 0.0, 300.0), v(300.0, 0.0, 300.0)]
    dots = [v(64.5 + 0.75 * k, 150.0, 150.8) for k in range(400)]
    assert sorted({e["x0"] for e in snapped(rules + dots) if e["bottom"] - e["top"] > 3}) == [100.0, 200.0, 300.0]


def test_two_pages_side_by_side_on_one_sheet_are_read_left_then_right(tmp_path):
    # 966.pdf: two landscape pages printed at 75% on one A3 sheet; the right page's grid starts higher
    # than the left page's table, so read top to bottom across the sheet it came first and its rows
    # went to a project with no name. A clear band at the sheet's middle with a table either side
    # parts the two pages, each read in turn.
    left = _GRID.replace("(Name)", "(Left)")
    right = " ".join(["q 1 0 0 1 640 80 cm", _GRID.replace("(Name)", "(Right)"), "Q"])
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1190 842] /Contents 5 0 R "
            "/Resources << /Font << /F1 4 0 R >> >> >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", _stream(left + " " + right)]
    doc = read_document(_write(tmp_path / "2up.pdf", pdf_bytes(objs, "1.5")))
    assert [t.grid()[0][0] for t in doc.tables()] == ["Left", "Right"]



@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_digit_drawn_small_and_raised_after_a_unit_letter_is_a_superscript(tmp_path, monkeypatch, engine):
    # 1023.pdf draws m² as m and an ordinary 2 at 60% raised by text rise (Ts): read as m2, ≥42万m² was a
    # figure in "m2". An exponent after a Latin letter or after ×10 is the superscript the page shows; a
    # raised digit after a figure or a Han character is a note mark (916.pdf) and stays the digit drawn.
    import jixiao.extract.pdf_reader as pdf_reader
    monkeypatch.setattr(pdf_reader, "ENGINE", engine)
    body = ("BT /F1 10 Tf 100 740 Td (Self-evaluation of the programme) Tj ET "
            "BT /F1 10 Tf 100 700 Td (Area 42m) Tj /F1 6 Tf 3.8 Ts (2) Tj /F1 10 Tf 0 Ts ET "
            "BT /F1 10 Tf 100 660 Td (Count 1x10) Tj /F1 6 Tf 3.8 Ts (12) Tj /F1 10 Tf 0 Ts ( CFU) Tj ET "
            "BT /F1 10 Tf 100 620 Td (Plain km2 m) Tj ET "
            "BT /F1 10 Tf 100 580 Td (Rate 95) Tj /F1 6 Tf 3.8 Ts (1) Tj ET")
    data = _pdf([_stream(body)], "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")
    text = [p.text for p in read_document(_write(tmp_path / "raised.pdf", data)).paragraphs()]
    assert [t for t in text if not t.startswith("Self")] == ["Area 42m²", "Count 1x10¹² CFU", "Plain km2 m",
                                                             "Rate 951"], text


def test_glyphs_drawn_scaled_down_by_their_matrix_are_boxed_at_their_drawn_size(tmp_path):
    """1161.pdf (Chromium's print of a pdf2htmlEX page): every run drawn at a font size of 48 by a text matrix
    of 0.1875 (a large font drawn small), so 9 points high, its lines 10 points apart. Boxed at the font's 48, each line overlapped the
    next and the two read as one, their characters interleaved by x (质量指标 over 时效指标: 质时量效指指标标)."""
    body = " ".join(["BT /F1 10 Tf 100 750 Td (Self-evaluation of the programme) Tj ET",
                     "BT /F1 48 Tf 0.1875 0 0 0.1875 100 700 Tm (Quality) Tj ET",
                     "BT /F1 48 Tf 0.1875 0 0 0.1875 100 690 Tm (Timing) Tj ET"])
    data = _pdf([_stream(body)], "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R")
    chars, _ = read_page(pdfium.PdfDocument(data)[0])
    assert {round(c["size"], 2) for c in chars if c["text"] in "QT"} == {9.0}
    # a page merely printed smaller (Chromium's 0.75) keeps the font's box, as the reader measured it (765.pdf)
    small = _pdf([_stream("BT /F1 12 Tf 0.75 0 0 0.75 100 700 Tm (Area) Tj ET")],
                 "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R")
    assert {round(c["size"], 2) for c in read_page(pdfium.PdfDocument(small)[0])[0]} == {12.0}
    texts = [p.text.strip() for p in read_document(_write(tmp_path / "scaled.pdf", data)).paragraphs()]
    assert "Quality" in texts and "Timing" in texts


def _noted_grid(leader_end: tuple[float, float]) -> bytes:
    """A two-column grid (x 100-250-400; rows 680-700 head, 640-680, 600-640) with a cell note printed as shown on
    the sheet (LibreOffice, 1159.pdf): a filled box with a shadow over the result column, falling across the rule
    between the rows (y 628-678), its three lines in it, and a leader from its left side to `leader_end`."""
    rules = ["0.5 w", "100 700 m 400 700 l S", "100 680 m 400 680 l S", "100 640 m 400 640 l S",
             "100 600 m 400 600 l S", "100 600 m 100 700 l S", "250 600 m 250 700 l S", "400 600 m 400 700 l S"]
    text = ["BT /F1 9 Tf 105 686 Td (Indicator) Tj ET", "BT /F1 9 Tf 255 686 Td (Result) Tj ET",
            "BT /F1 9 Tf 105 655 Td (Roads) Tj ET", "BT /F1 9 Tf 105 615 Td (Bridges) Tj ET"]
    note = ["0 g 257 626 140 50 re f", "1 1 0.88 rg 255 628 140 50 re f", "0 G 255 628 140 50 re S",
            f"{leader_end[0]} {leader_end[1]} m 252 660 l 255 660 l S",
            "0 g BT /F1 9 Tf 260 665 Td (Target: 50) Tj ET", "BT /F1 9 Tf 260 650 Td (Actual: 52) Tj ET",
            "BT /F1 9 Tf 260 633 Td (Score: 8) Tj ET"]
    body = " ".join(["BT /F1 10 Tf 100 750 Td (Self-evaluation of the programme) Tj ET", *rules, *text, *note])
    return _pdf([_stream(body)], "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R")


def test_a_cell_note_printed_over_the_grid_is_read_as_the_note_of_the_cell_its_leader_points_to(tmp_path):
    """1159.pdf: LibreOffice prints each shown cell note as a filled box over the grid, falling across the rows'
    rules, with a leader to the top right corner of its cell. The box's sides cut the grid into slices that are
    no rows, and its lines went to the cells of the wrong rows, run together. The box's drawing is no rule, and
    its lines are the comment of the cell the leader points to (as a spreadsheet's own note reads), said."""
    d = read_document(_write(tmp_path / "noted.pdf", _noted_grid((250.5, 679.0))))
    (t,) = d.tables()
    assert t.grid() == [["Indicator", "Result"], ["Roads", ""], ["Bridges", ""]]
    assert t.cell_at(1, 0).comment == "Target: 50\nActual: 52\nScore: 8"
    assert any("1个打印出的单元格批注框" in w and "1个已按其引线所指的单元格" in w for w in d.warnings), d.warnings


def test_a_printed_cell_note_whose_leader_points_to_no_cell_is_said_with_its_text(tmp_path):
    d = read_document(_write(tmp_path / "unplaced.pdf", _noted_grid((460.0, 500.0))))
    assert any("未能对应到单元格" in w and "Target: 50" in w for w in d.warnings), d.warnings


def test_a_line_left_upright_on_a_page_read_turned_by_its_text_is_named_and_said(tmp_path):
    """Issue 21 (1318.pdf): a table printed sideways fills the page, its heading and its 总分 line upright
    above and below it; the page is read turned by its text (read_rotation), and the upright lines'
    characters, standing in columns, interleaved into nonsense paragraphs: 总分 and the grade lost, unsaid."""
    turned = " ".join(f"BT /F1 10 Tf 110 {500 - 20 * k} Td (Row{k}) Tj ET" for k in range(12))
    body = "q 0 1 -1 0 700 0 cm " + _GRID + " " + turned + " Q BT /F1 10 Tf 72 60 Td (Total 98) Tj ET"
    data = _pdf([_stream(body)], "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")
    unseen: list = []
    read_page(pdfium.PdfDocument(data)[0], unseen=unseen)
    assert ("crosswise", "Total 98") in unseen
    doc = read_document(_write(tmp_path / "t.pdf", data))
    assert any("1段文字方向与之不同" in w and "Total 98" in w for w in doc.warnings), doc.warnings
    # the same page with nothing upright on it says nothing of the kind
    data = _pdf([_stream("q 0 1 -1 0 700 0 cm " + _GRID + " " + turned + " Q")],
                "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")
    assert not any("方向与之不同" in w for w in read_document(_write(tmp_path / "u.pdf", data)).warnings)


def test_a_line_left_upright_on_a_page_read_turned_by_its_text_is_read_in_its_own_direction(tmp_path):
    """1318.pdf: the 总分 line left upright under a table printed sideways was said but not read (its characters,
    standing in a column at the page's turn, interleaved with the heading's into nonsense). A run of text at
    another turn outside the page's tables is read in its own direction, a paragraph of its own after the page's
    text; text at another turn inside a table's cell stays in its cell."""
    turned = " ".join(f"BT /F1 10 Tf 110 {500 - 20 * k} Td (Row{k}) Tj ET" for k in range(20))
    body = ("q 0 1 -1 0 700 0 cm " + _GRID + " " + turned + " Q BT /F1 10 Tf 72 60 Td (Total 98) Tj ET"
            " BT /F1 10 Tf 72 760 Td (Heading) Tj ET")
    data = _pdf([_stream(body)], "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >>")
    doc = read_document(_write(tmp_path / "t.pdf", data))
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert "Total 98" in texts and "Heading" in texts, texts
    assert any("2段文字方向与之不同" in w and "已按其自身方向读出" in w for w in doc.warnings), doc.warnings


def test_a_faint_shadow_laid_over_a_grid_rules_no_cell():
    """A web page's panel shadow (box-shadow: black at 12%, printed by Chromium as a faint filled box) laid over
    part of a grid and past its edge (1420.pdf: Element UI's fixed column) is no rule: the grid reads as drawn
    (before: the shadow's box edges made a row and a column of their own and the grid's words moved cells)."""
    shade = "q /GS1 gs 0 0 0 rg 90 630 160 60 re f Q"
    data = _pdf([_stream(_GRID + " " + shade)],
                "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> /ExtGState << /GS1 << /ca 0.12 >> >> >>")
    assert _grid_texts(data) == [[["Name", "Score"], ["Cases", "10"]]]


def test_a_grid_ruled_in_a_translucent_colour_is_still_ruled():
    """A web page's borders in a translucent colour (rgba(0,0,0,.12), a common divider colour) print as thin
    fills at 12%, as faint as 1420's shadow: drawn as lines they are the grid's rules, read as drawn (before:
    every faint path was dropped as a shade, and the grid read as no table)."""
    rules = " ".join(["100 599.75 400 0.5 re f", "100 639.75 400 0.5 re f", "100 679.75 400 0.5 re f",
                      "99.75 600 0.5 80 re f", "299.75 600 0.5 80 re f", "499.75 600 0.5 80 re f"])
    words = _GRID[_GRID.index("BT"):]
    data = _pdf([_stream(f"q /GS1 gs 0 0 0 rg {rules} Q {words}")],
                "/Contents 5 0 R /Resources << /Font << /F1 4 0 R >> /ExtGState << /GS1 << /ca 0.12 >> >> >>")
    assert _grid_texts(data) == [[["Name", "Score"], ["Cases", "10"]]]


def test_text_drawn_twice_at_the_same_place_is_read_once():
    """A fixed column printed over its own grid (Chromium, Element UI's el-table__fixed: 1420.pdf) draws its
    characters a second time where they already stand, from a font subset of its own, which PDFium does not
    merge: each is read once (before: 一一级级指指标标 for 一级指标, the header unread). Characters side by side,
    or the same character on another line, are all kept."""
    from jixiao.extract.pdfium_page import once

    def ch(t, x, top, size=10.0):
        return {"text": t, "x0": x, "top": top, "x1": x + size, "bottom": top + size, "size": size}
    drawn = [ch("一", 55.3, 206.5), ch("级", 64.2, 206.5), ch("一", 55.3, 206.5), ch("级", 64.3, 206.6),
             ch("一", 55.3, 230.5), ch("级", 64.2, 206.5, 14.0), ch("1", 100.0, 206.5), ch("1", 105.0, 206.5)]
    assert [(c["text"], c["x0"], c["top"]) for c in once(drawn)] == [
        ("一", 55.3, 206.5), ("级", 64.2, 206.5), ("一", 55.3, 230.5), ("级", 64.2, 206.5), ("1", 100.0, 206.5),
        ("1", 105.0, 206.5)]
