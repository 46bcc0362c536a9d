"""Two ruled tables side by side on a scanned page, white between (425's scan: the fund block
left, the indicators right): one band of rules, but no horizontal rule enters the gap between the
two sets of verticals, so they are two tables, each with its own rows (extract.ruled_page._grids);
one table keeps its columns however wide one is. No OCR here: the page's characters and rules given."""
from jixiao.extract.model import Document
from jixiao.extract.ruled_page import Char, assemble

SNAP = 150 / 25.4 * 0.8


def _chars(text: str, x: float, baseline: float, size: float = 18) -> list[Char]:
    return [Char(x + k * size, baseline, size, c, 0.99, cut=k == 0, mid=baseline - size / 2)
            for k, c in enumerate(text)]


def _ruled(xs, ys, rows):
    hs = [(y, xs[0], xs[-1]) for y in ys]
    vs = [(x, ys[0], ys[-1]) for x in xs]
    chars = [ch for r, row in enumerate(rows) for c, text in enumerate(row)
             for ch in _chars(text, xs[c] + 8, ys[r] + 30)]
    return chars, hs, vs


LEFT = [("资金", "预算数"), ("年度资金总额", "120"), ("财政拨款", "120")]
RIGHT = [("三级指标", "指标值", "完成值"), ("修建道路", "≥5公里", "5.2公里"), ("群众满意度", "≥90%", "95%"),
         ("维护次数", "≥4次", "4次")]


def _tables(chars, hs, vs):
    doc = Document(source="p.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "p.pdf", 1, chars, hs, vs, SNAP)
    return [[[c.text for c in t.cells if c.row == r] for r in range(t.n_rows)] for t in doc.tables()]


def test_two_tables_side_by_side_are_read_apart_each_with_its_rows():
    left = _ruled([100, 400, 600], [200, 250, 300, 350], LEFT)
    right = _ruled([700, 900, 1050, 1200], [200, 240, 280, 320, 360], RIGHT)   # ruled otherwise
    tables = _tables(*(a + b for a, b in zip(left, right)))
    assert tables == [[list(r) for r in LEFT], [list(r) for r in RIGHT]]


def test_one_table_with_a_wide_column_stays_one():
    xs, ys = [100, 400, 600, 900, 1050, 1200], [200, 250, 300, 350]
    rows = [("资金", "预算数", "", "三级指标", "指标值"), ("年度资金总额", "120", "", "修建道路", "≥5公里"),
            ("财政拨款", "120", "", "群众满意度", "≥90%")]
    tables = _tables(*_ruled(xs, ys, rows))
    assert len(tables) == 1 and tables[0][1] == ["年度资金总额", "120", "", "修建道路", "≥5公里"]


def test_two_sets_of_columns_with_the_same_rows_and_a_narrow_gap_are_one_table():
    """An empty spacer column printed without borders (1058's scan): the rules stop at the gap, but the
    rows are the same on both sides and the white is narrower than any column: one table, the gap an
    empty column."""
    ys = [200, 250, 300, 350]
    left = _ruled([100, 400, 600], ys, [("三级指标", "实际完成值"), ("修建道路", "5.2公里"), ("群众满意度", "95%")])
    right = _ruled([640, 760, 880], ys, [("分值", "得分"), ("10", "10"), ("10", "9.5")])
    doc = Document(source="p.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "p.pdf", 1, *(a + b for a, b in zip(left, right)), SNAP)
    [t] = doc.tables()
    assert t.grid() == [["三级指标", "实际完成值", "", "分值", "得分"], ["修建道路", "5.2公里", "", "10", "10"],
                        ["群众满意度", "95%", "", "10", "9.5"]]
