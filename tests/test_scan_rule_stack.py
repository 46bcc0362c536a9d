"""Scans of tables whose rows only horizontal rules separate under a boxed header (a spreadsheet
printed at a small scale, a web page's border-bottoms): the header's columns go on down the
stack of rules (extract.rule_stack, as for PDFs), and a header row lower than the vertical
kernel keeps its sides (extract.ocr_reader._box_sides)."""
import numpy as np

from jixiao.extract import ocr_reader
from jixiao.extract.model import Document

from .ocr_fakes import FakeEngine
from .test_scan_boxes import _item

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
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
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
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine(result))
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
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine([_item(y, (x, t)) for y, x, t in cells]))
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


def _scan(page, cells, monkeypatch):
    monkeypatch.setattr(ocr_reader, "engine", lambda: FakeEngine([_item(y, (x, t)) for y, x, t in cells]))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    ocr_reader._read_page(doc, "made-up.pdf", 1, np.stack([page] * 3, axis=-1), [])
    return doc


def test_a_table_of_horizontal_rules_only_is_read_by_its_text_s_columns_and_its_rules_rows(monkeypatch):
    # No vertical rule anywhere and no boxed header: a header of two lines in a narrow column
    # (一级指 / 标, 分 / 值), level cells merged down (the rules under them start further in), a
    # name wrapped to a second line in its row, and OCR's boxes a little off the column's edge
    # (a level word 12 px right of the header's, a name 12 px left). Rows are the bands between
    # the rules, columns where the text lies; each line goes to the cell its characters stand in.
    page = np.full((2000, 1000), 255, np.uint8)
    rules = [(100, 100), (170, 100), (230, 310), (290, 180), (370, 100)]    # (y, where the rule starts)
    for y, x0 in rules:
        page[y - 1:y + 1, x0:941] = 0
    cells = [(130, 110, "一级指"), (160, 110, "标"), (130, 190, "二级指标"), (130, 330, "三级指标"),
             (130, 510, "年度指标值"), (130, 640, "实际完成值"), (130, 790, "分"), (160, 790, "值"), (130, 860, "得分"),
             (200, 110, "产出指"), (228, 110, "标"), (200, 190, "数量指标"), (200, 330, "新增绿地面积"),
             (200, 510, "≥45公顷"), (200, 640, "48.6公顷"), (200, 790, "8"), (200, 860, "8"),
             (260, 330, "公园游园建设"), (260, 510, "≥12个"), (260, 640, "12个"), (260, 790, "6"), (260, 860, "6"),
             (320, 202, "时效指标"), (320, 318, "年度重点项目完工"), (350, 318, "率"),
             (320, 510, "≥90%"), (320, 640, "85%"), (320, 790, "6"), (320, 860, "5.6")]
    (table,) = _scan(page, cells, monkeypatch).tables()
    assert table.grid() == [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                            ["产出指标", "数量指标", "新增绿地面积", "≥45公顷", "48.6公顷", "8", "8"],
                            ["", "", "公园游园建设", "≥12个", "12个", "6", "6"],
                            ["", "时效指标", "年度重点项目完工率", "≥90%", "85%", "6", "5.6"]]


def test_columns_beside_a_grid_ruled_in_its_middle_are_more_cells_of_its_rows(monkeypatch):
    # A fund table copied without its outer borders: verticals only around the middle columns,
    # its rules running on across the label / 年初预算数 columns at the left and 得分 at the right.
    page = np.full((2000, 1000), 255, np.uint8)
    for y in (100, 150, 200, 250):
        page[y - 1:y + 1, 100:901] = 0
    for x in (420, 560, 700):
        page[100:251, x - 1:x + 1] = 0
    cells = [(135, 110, "预算执行情况"), (135, 300, "年初预算数"), (135, 430, "全年预算数"), (135, 570, "全年执行数"),
             (135, 760, "得分"),
             (185, 110, "年度资金总额"), (185, 310, "5,860.00"), (185, 440, "6,120.00"), (185, 580, "5,936.40"),
             (185, 760, "9.70"),
             (235, 110, "其中：基本支出"), (235, 310, "2,860.00"), (235, 440, "2,920.00"), (235, 580, "2,920.00")]
    (table,) = _scan(page, cells, monkeypatch).tables()
    assert table.grid() == [["预算执行情况", "年初预算数", "全年预算数", "全年执行数", "得分"],
                            ["年度资金总额", "5,860.00", "6,120.00", "5,936.40", "9.70"],
                            ["其中：基本支出", "2,860.00", "2,920.00", "2,920.00", ""]]



def test_a_fund_block_boxed_only_in_its_label_column_reads_each_budget_line_as_a_row(monkeypatch):
    # 149's head table: the only vertical rules are the shaded label column's sides (broken where
    # the rules under the rows cross them) and a piece at the header's right, so the rows have two
    # column edges, a frame and no grid, and are read by their text's alignment. 其中：财政拨款,
    # its own label under 年度资金总额's and a figure under each of that row's, is a row though it
    # leaves 分值 / 执行率 / 得分 empty; （万元） goes on 项目资金 beside the rows.
    page = np.full((1000, 1200), 255, np.uint8)
    for y, x0 in ((100, 70), (145, 190), (190, 190), (235, 190), (280, 70)):
        page[y - 1:y + 1, x0:1171] = 0
    page[107:273, 69:71] = 0          # the sides stop a few pixels short of the rules (149's)
    for y0, y1 in ((107, 138), (152, 183), (197, 228), (242, 273)):
        page[y0:y1, 189:191] = 0
    page[107:138, 1168:1170] = 0
    cells = [(135, 405, "年初预算数"), (135, 551, "全年预算数"), (135, 697, "全年执行数"), (135, 838, "分值"),
             (135, 944, "执行率"), (135, 1090, "得分"),
             (180, 197, "年度资金总额"), (180, 426, "860.00"), (180, 570, "900.00"), (180, 718, "873.00"),
             (180, 847, "10"), (180, 940, "97.00%"), (180, 1092, "9.70"), (190, 83, "项目资金"),
             (222, 90, "（万元）"), (225, 197, "其中：财政拨款"), (225, 426, "860.00"), (225, 570, "900.00"),
             (225, 718, "873.00"),
             (270, 197, "其他资金"), (270, 436, "0.00"), (270, 583, "0.00"), (270, 730, "0.00")]
    (table,) = _scan(page, cells, monkeypatch).tables()
    rows = [[c for c in row if c] for row in table.grid()]
    assert ["年度资金总额", "860.00", "900.00", "873.00", "10", "97.00%", "9.70"] in [r[-7:] for r in rows]
    assert ["其中：财政拨款", "860.00", "900.00", "873.00"] in rows
    assert ["项目资金（万元）"] == [c for row in table.grid() for c in row if "项目资金" in c]
