"""Two portrait pages scanned side by side on one landscape image (an A3 copier glass) are two
pages: cut down the blank band between them and read in order; a landscape page is not cut. And a
scan whose OCR read text of which nothing reached the records is said, page by page (447.scan read
as one cell holding each page gave no project, no indicator and no word in the records)."""
from io import BytesIO

import numpy as np
from PIL import Image, ImageDraw

from jixiao.extract import ocr_reader, scan_cleanup
from jixiao.extract.model import Cell, Document, Location, Table
from jixiao.normalize import normalize_document

from .ocr_fakes import FakeEngine

DPI = 100
MM = DPI / 25.4


def _page(draw: ImageDraw.ImageDraw, x: int, y: int, w: int, h: int, lines: int = 8) -> None:
    """A portrait page's text block inside its margins: a title, text lines and a ruled table."""
    m = round(20 * MM)
    draw.text((x + w // 3, y + m), "Project self-evaluation", fill=0)
    for k in range(lines):   # lines of text: short dark strokes as a recogniser sees words
        yy = y + m + round(12 * MM) + k * round(6 * MM)
        draw.rectangle((x + m, yy, x + w - m - (k % 3) * round(15 * MM), yy + round(2.5 * MM)), fill=30)
    top, bottom = y + h // 2, y + h - m
    for yy in range(top, bottom + 1, round(10 * MM)):
        draw.line((x + m, yy, x + w - m, yy), fill=0, width=2)
    for xx in (x + m, x + m + (w - 2 * m) // 3, x + w - m):
        draw.line((xx, top, xx, bottom - (bottom - top) % round(10 * MM)), fill=0, width=2)


def _two_up() -> np.ndarray:
    """Two A4 pages on an A3 landscape image, a 3 mm gap and the lid's grey around them."""
    w, h, gap = round(420 * MM), round(297 * MM), round(3 * MM)
    pw, ph = round(205 * MM), round(290 * MM)
    sheet = Image.new("L", (w, h), 228)
    draw = ImageDraw.Draw(sheet)
    left, top = (w - 2 * pw - gap) // 2, (h - ph) // 2
    for x in (left, left + pw + gap):
        draw.rectangle((x, top, x + pw - 1, top + ph - 1), fill=250)
        _page(draw, x, top, pw, ph)
    return np.asarray(sheet.convert("RGB"))


def _landscape(ruled: bool = True) -> np.ndarray:
    """One A4 landscape page: text lines whose words leave the middle white, and a wide table whose
    rules cross the middle (ruled), or nothing more (a last page's 总分 and signature lines)."""
    w, h = round(297 * MM), round(210 * MM)
    sheet = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(sheet)
    m = round(15 * MM)
    apart = round((20 if ruled else 5) * MM)
    for k in range(4):   # text lines on both sides of the middle, the middle's white between them
        yy = m + k * round(6 * MM)
        draw.rectangle((m, yy, w // 2 - apart, yy + round(2.5 * MM)), fill=30)
        draw.rectangle((w // 2 + apart, yy, w - m, yy + round(2.5 * MM)), fill=30)
    if not ruled:
        return np.asarray(sheet.convert("RGB"))
    for yy in range(h // 3, h - m, round(10 * MM)):
        draw.line((m, yy, w - m, yy), fill=0, width=2)
    for xx in range(m, w - m + 1, (w - 2 * m) // 6):
        draw.line((xx, h // 3, xx, h - m - round(5 * MM)), fill=0, width=2)
    return np.asarray(sheet.convert("RGB"))


def test_two_pages_side_by_side_are_cut_down_the_band_between_them():
    rgb = _two_up()
    halves = scan_cleanup.two_up(rgb)
    assert len(halves) == 2
    left, right = halves
    assert left.shape[1] + right.shape[1] <= rgb.shape[1]
    for half in halves:   # each a portrait page with its own text
        assert half.shape[0] > 1.3 * half.shape[1]
        assert (half.min(axis=2) < 100).sum() > 1000
        # the sheet alone: the lid's grey round it (its edge read as a frame of rules) taken off
        gray = half[..., 0]
        for edge in (gray[:3], gray[-3:], gray[:, :3], gray[:, -3:]):
            assert np.median(edge) >= 245
    # cut in the blank between the two pages' ink: neither half's ink reaches its cut edge
    assert left[:, -round(5 * MM):].min() > 150 and right[:, :round(5 * MM)].min() > 150


def _short_second_page(top_mm: float) -> np.ndarray:
    """Two A4 pages on an A3 landscape image, the right one a report's short last page: a title and
    two lines of text starting top_mm below its sheet's top (20 mm: the left page's own margin)."""
    w, h, gap = round(420 * MM), round(297 * MM), round(3 * MM)
    pw, ph = round(205 * MM), round(290 * MM)
    sheet = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(sheet)
    left, top = (w - 2 * pw - gap) // 2, (h - ph) // 2
    _page(draw, left, top, pw, ph)
    x, y, m = left + pw + gap, top + round(top_mm * MM), round(20 * MM)
    draw.text((x + pw // 3, y), "Project self-evaluation", fill=0)
    for k in range(2):
        yy = y + round(12 * MM) + k * round(6 * MM)
        draw.rectangle((x + m, yy, x + pw - m, yy + round(2.5 * MM)), fill=30)
    return np.asarray(sheet.convert("RGB"))


def test_a_short_last_page_beside_a_full_one_is_cut_where_both_start_at_the_top_margin():
    # 790.scan: a two-up copy whose page 2 holds two rows, 总分 and 填报人: no text block on the right
    rgb = _short_second_page(20)
    halves = scan_cleanup.two_up(rgb)
    assert len(halves) == 2
    assert all(half.shape[0] > 1.3 * half.shape[1] for half in halves)
    # text on the right starting far below the left's top is no page of its own
    low = _short_second_page(150)
    assert scan_cleanup.two_up(low)[0] is low


def test_each_page_of_a_two_up_copy_is_taken_inside_its_printed_edge():
    # 790.scan: a copier's 2-in-1 draws a thin faint border round each shrunk page, on white with no
    # ground between the pages; kept, it read as a frame of rules round the page, one cell holding all
    w, h = round(420 * MM), round(297 * MM)
    pw, ph = round(190 * MM), round(270 * MM)
    sheet = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(sheet)
    for x in (round(12 * MM), w // 2 + round(8 * MM)):
        y = round(13 * MM)
        draw.rectangle((x, y, x + pw - 1, y + ph - 1), outline=205, width=1)
        _page(draw, x, y, pw, ph)
    halves = scan_cleanup.two_up(np.asarray(sheet.convert("RGB")))
    assert len(halves) == 2
    for half in halves:
        gray = half[..., 0]
        assert gray.shape[0] < ph and gray.shape[1] < pw   # inside the border
        for edge in (gray[:3], gray[-3:], gray[:, :3], gray[:, -3:]):
            assert edge.min() >= 240


def test_a_landscape_page_with_a_wide_table_is_not_cut():
    rgb = _landscape()
    assert len(scan_cleanup.two_up(rgb)) == 1
    assert scan_cleanup.two_up(rgb)[0] is rgb
    # a landscape page of a few lines, their words apart at the middle (150.scan's last page)
    lines = _landscape(ruled=False)
    assert scan_cleanup.two_up(lines)[0] is lines
    # a portrait page is never cut
    portrait = np.ascontiguousarray(np.rot90(_two_up()))
    assert scan_cleanup.two_up(portrait)[0] is portrait


def test_a_two_up_scan_is_read_as_two_pages_in_order_and_said(monkeypatch):
    seen = []

    class Recording(FakeEngine):
        def __call__(self, rgb, use_cls=False, return_word_box=False):
            seen.append(rgb.shape)
            return [], None

    monkeypatch.setattr(ocr_reader, "engine", lambda: Recording([]))
    buf = BytesIO()
    Image.fromarray(_two_up()).save(buf, format="PNG")
    doc = ocr_reader.read_scan("two-up.png", buf.getvalue(), "", "png")
    assert doc.pages == 2
    assert len(seen) == 2 and all(h > 1.3 * w for h, w, _ in seen)
    said = [w for w in doc.warnings if "两页并排" in w]
    assert len(said) == 1 and "two-up.png" in said[0] and "第1、2页" in said[0]


def _one_cell_page(fmt: str) -> Document:
    """A page whose grid was not found: its whole text in one cell, as a frame round the page gives."""
    doc = Document(source="made-up.pdf", format=fmt, sha256="")
    loc = Location("made-up.pdf", page=2, table=0)
    text = "\n".join(["项目支出绩效自评表", "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
                      "产出指标 数量指标 改造小区数量 ≥12个 12个 10 10", "满意度指标 居民满意度 ≥90% 93% 10 10"] * 3)
    doc.blocks.append(Table(index=0, n_rows=1, n_cols=1, cells=[Cell(text, 0, 0, loc, confidence=0.95)], loc=loc))
    return doc


def test_a_scan_read_as_nothing_is_said_naming_the_file_and_page():
    recs = normalize_document(_one_cell_page("pdf-ocr"))
    assert not recs.indicators
    said = [w for w in recs.warnings if "OCR 识别出" in w and "未读出任何项目" in w]
    assert len(said) == 1 and said[0].startswith("made-up.pdf 第2页")
    # and the frame cell's lines that look like the table's rows are each counted unread (fixnt7)
    assert recs.unread_rows == 6
    # a text layer read as nothing is another matter (its words are the document's own)
    assert not any("OCR 识别出" in w for w in normalize_document(_one_cell_page("pdf")).warnings)


def test_a_landscape_table_whose_middle_did_not_print_is_one_page_cut_by_a_blank_band():
    # 1353.scan: a copy made with the copier's book-centre erase left on: an 18 mm band down the middle
    # of a landscape page blanked, the table's rules broken off square on both sides at the same heights
    # (no upright rule at either edge). Each side stands up as a portrait page would: it was cut as two.
    rgb = _landscape().copy()
    w = rgb.shape[1]
    rgb[:, w // 2 - round(9 * MM):w // 2 + round(9 * MM)] = 250
    halves = scan_cleanup.two_up(rgb)
    assert len(halves) == 1 and halves[0] is rgb
    start, width, cut = scan_cleanup.cut_band(rgb[..., 0])
    assert abs(start + width / 2 - w / 2) < 2 * MM and width >= 17 * MM and cut >= 5
    # two pages side by side: each page's table ends at its own upright border, nothing is cut
    assert scan_cleanup.cut_band(_two_up()[..., 0]) is None
    assert scan_cleanup.cut_band(_landscape()[..., 0]) is None


def test_the_cells_in_a_blank_band_that_cut_the_table_are_counted_named_and_doubted():
    # 1353.scan: the 实际完成值 column fell in the erased band: every actual read empty, and a date's
    # first figures (202) the only print left there; said nowhere but as a blank cell
    loc = lambda r, c, x0, x1: Location("cut.png", page=1, table=0, row=r, col=c, bbox=(x0, 10.0 + 20 * r, x1, 30.0 + 20 * r))
    cells = [Cell("农户满意度", 0, 0, loc(0, 0, 0, 90)), Cell("", 0, 1, loc(0, 1, 100, 160)),
             Cell("8", 0, 2, loc(0, 2, 170, 200)),
             Cell("项目完工时间", 1, 0, loc(1, 0, 0, 90)), Cell("202", 1, 1, loc(1, 1, 100, 160)),
             Cell("5", 1, 2, loc(1, 2, 170, 200))]
    table = Table(index=0, n_rows=2, n_cols=3, cells=cells, loc=Location("cut.png", page=1, table=0))
    doc = Document(source="cut.png", format="png", sha256="")
    ocr_reader._in_blank_band(doc, 1, [table], (95, 70, 4))
    said = [w for w in doc.warnings if "空白竖带" in w]
    assert len(said) == 1 and "2个单元格" in said[0] and "其中1个读作空白" in said[0]
    assert "第1行第2列（空白）" in said[0] and "第2行第2列“202”" in said[0] and "第1行第1列" not in said[0]
    assert cells[4].doubt and not cells[1].doubt and not cells[2].doubt
    ocr_reader._in_blank_band(doc, 1, [table], None)
    assert len(doc.warnings) == 1
