"""A lone small figure that detection dropped from a scan's column of figures (a weight 8 alone
in its cell): the cell comes out empty though the page shows ink there, and is read again on its
own (extract.scan_blanks)."""
import numpy as np

from jixiao.extract import ocr_reader, scan_blanks
from jixiao.extract.model import Cell, Document, Location, Table

from .test_scan_boxes import _item
from .ocr_fakes import FakeEngine

COLS = (40, 260, 380, 500, 620)      # ruling lines: 名称 | 目标 | 分值 | 得分
ROWS = (60, 100, 140, 180, 220)


def _page(ink_at=None):
    """A white page with the ruled grid, and a small 8 drawn in the cell (row, col) of ink_at."""
    import cv2
    page = np.full((300, 700), 255, np.uint8)
    for x in COLS:
        cv2.line(page, (x, ROWS[0]), (x, ROWS[-1]), 0, 2)
    for y in ROWS:
        cv2.line(page, (COLS[0], y), (COLS[-1], y), 0, 2)
    if ink_at:
        r, c = ink_at
        cv2.putText(page, "8", (COLS[c] + 50, ROWS[r] + 28), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 0, 1)
    return page


def _table(rows):
    cells = [Cell(text, r, c, Location("p.pdf", page=1, bbox=(COLS[c], ROWS[r], COLS[c + 1], ROWS[r + 1])))
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(0, len(rows), len(rows[0]), cells, Location("p.pdf", page=1))


class _Recognise:
    def __init__(self, text="8", score=0.99):
        self.reading, self.crops = (text, score), []

    def __call__(self, crops, return_word_box=False):
        self.crops += crops
        return [self.reading] * len(crops), 0.0


ROWS_READ = [["三级指标", "指标值", "分值", "得分"],
             ["巡河次数", "≥12000次", "", "8"],
             ["保洁长度", "≥2800公里", "8", "8"],
             ["公示牌", "≥600块", "4", "4"]]


def test_a_blank_cell_with_ink_in_a_column_of_figures_is_read_again_alone():
    table, rec = _table(ROWS_READ), _Recognise()
    changes = scan_blanks.reread([table], _page(ink_at=(1, 2)), rec, 1, 0.9)
    assert [row[2] for row in table.grid()] == ["分值", "8", "8", "4"]
    assert changes == ["第1页第2行第3列“（空）”→“8”"]
    assert len(rec.crops) == 1 and rec.crops[0].shape[0] > 2 * 10   # the ink alone, enlarged


def test_a_blank_cell_without_ink_or_among_words_is_not_read():
    rec = _Recognise()
    table = _table(ROWS_READ)
    assert scan_blanks.reread([table], _page(), rec, 1, 0.9) == []          # no ink: blank as written
    worded = [row[:] for row in ROWS_READ]
    worded[3][2] = "见附表"                                                # the column holds words too
    assert scan_blanks.reread([_table(worded)], _page(ink_at=(1, 2)), rec, 1, 0.9) == []
    assert rec.crops == []


def test_a_re_reading_that_is_unsure_or_no_figure_is_not_kept():
    for reading in (("8", 0.6), ("一", 0.99), ("B", 0.99)):
        table = _table(ROWS_READ)
        assert scan_blanks.reread([table], _page(ink_at=(1, 2)), _Recognise(*reading), 1, 0.9) == []
        assert table.grid()[1][2] == ""


def test_a_scanned_page_names_the_blank_read_again_in_its_warnings(monkeypatch):
    # the engine's own reading of the page leaves the 分值 of the first row out
    result = [_item(ROWS[r + 1] - 12, (COLS[c] + 10, t)) for r, row in enumerate(ROWS_READ)
              for c, t in enumerate(row) if t]
    rec = _Recognise()
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result, rec))
    doc = Document(source="p.pdf", format="pdf-ocr", sha256="")
    page = _page(ink_at=(1, 2))
    ocr_reader._read_page(doc, "p.pdf", 1, np.stack([page] * 3, axis=2), [])
    (table,) = doc.tables()
    assert [row[2] for row in table.grid()] == ["分值", "8", "8", "4"]
    assert any("空格重识" in w and "“（空）”→“8”" in w for w in doc.warnings)


SLASHED = [["三级指标", "指标值", "实际完成值", "得分"],
           ["立项依据充分性", "/", "充分", "3"],
           ["绩效目标合理性", "", "是", "3"],
           ["新建中转站", "≥8座", "8座", "10"]]


def _stroke(page, r, c, lean):
    """A stroke 16 pixels high in cell (r, c): leaning right (a slash), upright (lean 0) or left."""
    import cv2
    x, y = COLS[c] + 50, ROWS[r] + 30
    cv2.line(page, (x, y), (x + lean, y - 16), 0, 1)


def test_an_empty_cell_whose_ink_is_a_slash_in_a_column_that_writes_slashes_is_a_slash():
    """329's scan: detection dropped four of nine lone / in the 年度指标值 column; the cell's ink, one
    mark standing and leaning right about as high as the column's own slashes, is /, not recognised."""
    page = _page()
    _stroke(page, 1, 1, 6)
    _stroke(page, 2, 1, 6)
    table = _table(SLASHED)
    changes = scan_blanks.slashes([table], page, 1)
    assert [row[1] for row in table.grid()] == ["指标值", "/", "/", "≥8座"]
    assert changes == ["第1页第3行第2列“（空）”→“/”"]


def test_an_upright_or_backward_stroke_or_a_column_without_slashes_is_left_empty():
    for lean in (0, -6):                         # a 1 or a backslash is no slash
        page = _page()
        _stroke(page, 1, 1, 6)
        _stroke(page, 2, 1, lean)
        table = _table(SLASHED)
        assert scan_blanks.slashes([table], page, 1) == [] and table.grid()[2][1] == ""
    page = _page()
    _stroke(page, 2, 1, 6)
    unslashed = [row[:] for row in SLASHED]
    unslashed[1][1] = "≥1份"                      # the column writes no slash: nothing says one belongs
    table = _table(unslashed)
    assert scan_blanks.slashes([table], page, 1) == [] and table.grid()[2][1] == ""


def test_a_figure_with_an_unpaired_bracket_in_a_column_of_figures_is_the_figure_said():
    """793's scan: an auditor's pencil ring round the score 5.25 read 5.25), no number, and the score
    was lost without a word; the ring's arc is taken off and the change named."""
    rows = [row[:] for row in ROWS_READ]
    rows[2][3] = "5.25)"
    table = _table(rows)
    assert scan_blanks.rings([table], 1) == ["第1页第3行第4列“5.25)”→“5.25”"]
    assert [row[3] for row in table.grid()] == ["得分", "8", "5.25", "4"]


def test_paired_brackets_words_or_a_second_odd_cell_are_left_as_written():
    for odd, other in (("(5.25)", "4"), ("见附件)", "4"), ("5.25)", "4分")):
        rows = [row[:] for row in ROWS_READ]
        rows[2][3], rows[3][3] = odd, other
        table = _table(rows)
        assert scan_blanks.rings([table], 1) == [] and table.grid()[2][3] == odd


WORDED = [["一级指标", "二级指标", "三级指标", "分值"],
          ["产出指标", "数量指标", "新建污水处理站", "7"],
          ["11", "", "新建污水收集管网", "6"],
          ["", "质量指标", "出水水质达标率", "6"]]


def _word(page, r, c):
    """A word's ink in cell (r, c): three characters 16 pixels high."""
    for k in range(3):
        page[ROWS[r] + 12:ROWS[r] + 28, COLS[c] + 20 + 20 * k:COLS[c] + 36 + 20 * k] = 0


def _ditto(page, r, c, high=8, lean=3):
    """The ditto mark 〃 in cell (r, c): two strokes `high` pixels high side by side, leaning right."""
    import cv2
    for dx in (0, 6):
        x, y = COLS[c] + 50 + dx, ROWS[r] + 26
        cv2.line(page, (x, y), (x + lean, y - high), 0, 1)


def test_a_ditto_marks_two_short_strokes_in_a_column_of_words_are_the_ditto_mark():
    """798's scan: a level repeated as 〃 was read 11 (or not at all), and 11 in a column of level
    names put the row out of line with its header (seven rows named unread); the ink, two short
    strokes side by side leaning right, half as high as the column's words, is the mark."""
    page = _page()
    for r, c in ((0, 0), (0, 1), (1, 0), (1, 1), (3, 1)):
        _word(page, r, c)
    _ditto(page, 2, 0)
    _ditto(page, 2, 1)
    table = _table(WORDED)
    changes = scan_blanks.dittos([table], page, 1)
    assert [row[:2] for row in table.grid()][2] == ["〃", "〃"]
    assert changes == ["第1页第3行第1列“11”→“〃”", "第1页第3行第2列“（空）”→“〃”"]
    assert table.grid()[3][0] == ""                  # no ink: left blank


def test_strokes_as_high_as_the_words_upright_or_in_a_column_of_figures_are_left_as_read():
    for high, lean in ((16, 3), (8, 0)):             # a figure's height, or upright: 11 as printed
        page = _page()
        for r, c in ((0, 0), (1, 0)):
            _word(page, r, c)
        _ditto(page, 2, 0, high, lean)
        table = _table(WORDED)
        assert scan_blanks.dittos([table], page, 1) == [] and table.grid()[2][0] == "11"
    figures = [row[:] for row in WORDED]
    figures[1][0] = "12"                             # the column holds a figure: no column of names
    page = _page()
    _word(page, 0, 0)
    _ditto(page, 2, 0)
    table = _table(figures)
    assert scan_blanks.dittos([table], page, 1) == [] and table.grid()[2][0] == "11"
