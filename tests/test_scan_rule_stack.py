"""Scans of tables whose rows only horizontal rules separate under a boxed header (a spreadsheet
printed at a small scale, a web page's border-bottoms): the header's columns go on down the
stack of rules (extract.rule_stack, as for PDFs), and a header row lower than the vertical
kernel keeps its sides (extract.ocr_reader._box_sides)."""
import numpy as np

from jixiao.extract import ocr_reader
from jixiao.extract.model import Document

from .test_scan_boxes import _Engine, _item

COLS = (50, 230, 380, 530, 650)     # the header's column boundaries, pixels
HEADER = (100, 130)                 # a header row lower than the page's vertical kernel (2000 // 60)
RULES = (280, 430, 580)             # one rule across the table under each row, no vertical rule;
                                    # rows 7.5 text heights tall (a print fitted to the page width)
ROWS = [("指标名称", "年度目标", "实际完成", "得分"),
        ("维修供水工程", "≥180处", "186处", "10"),
        ("更换老化管网", "≥95公里", "98.4公里", "8"),
        ("水质检测合格率", "≥95%", "96.3%", "8")]


def _page(header_sides: bool = True):
    page = np.full((2000, 700), 255, np.uint8)
    for y in HEADER + RULES:
        page[y - 1:y + 1, COLS[0]:COLS[-1] + 1] = 0
    if header_sides:
        for x in COLS:
            page[HEADER[0]:HEADER[1] + 1, x - 1:x + 1] = 0
    return page


def test_the_sides_of_a_header_row_lower_than_the_kernel_are_rules_and_a_character_stroke_is_not():
    page = _page()
    page[HEADER[0] + 4:HEADER[1] - 4, 300:302] = 0      # a character's stroke inside the row
    page[HEADER[0]:HEADER[1] - 6, 450:452] = 0          # one hanging from the top rule only
    _, vertical = ocr_reader.rules(page)
    sides = sorted(round(x) for x, y0, y1 in vertical if y0 <= HEADER[0] + 2 and y1 >= HEADER[1] - 2)
    assert sides == list(COLS)


def _read(page, monkeypatch):
    result = []
    for k, row in enumerate(ROWS):
        y = HEADER[1] - 5 if k == 0 else RULES[k - 1] - 65
        result += [_item(y, (x + 10, t)) for x, t in zip(COLS, row)]
    monkeypatch.setattr(ocr_reader, "engine", lambda: _Engine(result))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.stack([page] * 3, axis=-1), [])
    return doc


def test_rows_under_a_boxed_header_with_only_a_rule_under_each_are_a_table(monkeypatch):
    (table,) = _read(_page(), monkeypatch).tables()
    assert table.grid() == [list(r) for r in ROWS]



def test_a_line_between_two_ruled_tables_of_other_columns_is_no_row_of_the_first(monkeypatch):
    # A fund table boxed all over, a line of text in two pieces under it, then the indicator
    # table with its own columns: the first table's columns do not go on over the line.
    page = np.full((2000, 700), 255, np.uint8)
    for (top, bottom), xs in (((100, 180), (50, 250, 450, 650)), ((260, 340), (50, 150, 350, 650))):
        for y in (top, (top + bottom) // 2, bottom):
            page[y - 1:y + 1, 50:651] = 0
        for x in xs:
            page[top:bottom + 1, x - 1:x + 1] = 0
    cells = [(130, 60, "资金"), (130, 260, "年初预算"), (130, 460, "执行数"),
             (170, 60, "总额"), (170, 260, "100.00"), (170, 460, "98.00"),
             (230, 60, "表2绩效指标"), (230, 300, "完成情况"),
             (290, 60, "一级"), (290, 160, "三级指标"), (290, 360, "指标值"),
             (330, 60, "产出"), (330, 160, "新建茶园"), (330, 360, "≥500亩")]
    result = [_item(y, (x, t)) for y, x, t in cells]
    monkeypatch.setattr(ocr_reader, "engine", lambda: _Engine(result))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.stack([page] * 3, axis=-1), [])
    fund, indicators = doc.tables()
    assert fund.grid() == [["资金", "年初预算", "执行数"], ["总额", "100.00", "98.00"]]
    assert indicators.grid() == [["一级", "三级指标", "指标值"], ["产出", "新建茶园", "≥500亩"]]


def test_a_value_whose_box_runs_over_the_rule_below_stays_in_its_row(monkeypatch):
    # Small type in tight rows (a print fitted to the page): detection's padding takes a number's
    # box below its row's rule; the box's middle, not its bottom less a digit's width, is the row.
    page = np.full((2000, 700), 255, np.uint8)
    for y in (100, 130, 160):
        page[y - 1:y + 1, 50:451] = 0
    for x in (50, 250, 450):
        page[100:161, x - 1:x + 1] = 0
    cells = [(127, 60, "资金总额"), (134, 260, "1,500.00"), (157, 60, "中央补助"), (157, 260, "1,000.00")]
    monkeypatch.setattr(ocr_reader, "engine", lambda: _Engine([_item(y, (x, t)) for y, x, t in cells]))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.stack([page] * 3, axis=-1), [])
    (table,) = doc.tables()
    assert table.grid() == [["资金总额", "1,500.00"], ["中央补助", "1,000.00"]]


def test_a_grid_s_columns_stop_at_a_wider_rule_in_a_scan_s_units_as_in_points():
    """A fund table ruled only in its middle columns above a full-width table of horizontal rules:
    the grid's columns stop at the first wider rule, in a scan's pixels as in a PDF's points (one
    helper, rule_stack.extend_down, for both; the scan path once carried them down the page)."""
    from jixiao.extract.rule_stack import SNAP, extend_down

    def page(k):
        h = [(0, 100, 300), (20, 100, 300), (40, 100, 300), (60, 20, 480), (80, 20, 480), (100, 20, 480)]
        edges = [{"orientation": "h", "x0": x0 * k, "x1": x1 * k, "top": y * k, "bottom": y * k} for y, x0, x1 in h]
        edges += [{"orientation": "v", "x0": x * k, "x1": x * k, "top": 0, "bottom": 20 * k} for x in (100, 200, 300)]
        chars = [{"text": t, "x0": x * k, "x1": (x + 9) * k, "top": (y + 5) * k, "bottom": (y + 14) * k, "size": 9 * k}
                 for y in (0, 20, 40, 60, 80) for x, t in ((110, "甲"), (210, "乙"))]
        return edges, chars

    for k in (1, 150 / 72):
        edges, chars = page(k)
        out = extend_down(edges, chars, SNAP * k)
        assert out and max(e["bottom"] for e in out if e["orientation"] == "v") <= 60 * k + 1, k
