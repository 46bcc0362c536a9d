"""A column cut in two under one head (normalize.table_views.split_columns): a borderless table's figures,
set right of the head's left edge, start a column of their own, so 分值 and 得分 each span two
columns, one empty in every row. Made up in the shape of corpus/native 536.pdf (a three-rule table)."""
from decimal import Decimal

from jixiao.extract import Cell, Document, Location, Table
from jixiao.normalize import normalize_document
from jixiao.normalize.table_views import split_columns


def _table(rows, spans=()):
    """Rows of texts, None where a cell to the left spans over the slot; spans: (row, col) of 2-wide cells."""
    cells = [Cell(text=t, row=r, col=c, colspan=2 if (r, c) in spans else 1,
                  loc=Location("mem", block=0, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, t in enumerate(row) if t is not None]
    return Table(index=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, loc=Location("mem", block=0, table=0))


ROWS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", None, "得分", None],
    ["产出指标", "数量指标", "建成处理设施", "≥40座", "41座", "", "6", "", "6"],
    ["", "", "铺设收集管网", "≥120公里", "123.5公里", "", "6", "", "6"],
    ["效益指标", "社会效益指标", "污水治理率", "≥45%", "42.3%", "", "8", "7.52", None],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "93.7%", "", "80", "", "80"],
]
SPANS = {(0, 5), (0, 7), (3, 7)}


def test_two_columns_under_one_head_that_no_row_fills_both_are_one():
    view = split_columns(_table(ROWS, SPANS))
    assert view.n_cols == 7
    assert view.grid()[1] == ["产出指标", "数量指标", "建成处理设施", "≥40座", "41座", "6", "6"]
    assert view.grid()[3][5:] == ["8", "7.52"]
    # each cell keeps the place it was read from
    assert view.cell_at(1, 6).loc.col == 8


def test_the_targets_and_actuals_stay_in_their_columns():
    doc = Document(source="mem", format="pdf", sha256="", blocks=[_table(ROWS, SPANS)])
    got = [(i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in normalize_document(doc).indicators]
    assert got == [("建成处理设施", "≥40座", "41座", Decimal(6), Decimal(6)),
                   ("铺设收集管网", "≥120公里", "123.5公里", Decimal(6), Decimal(6)),
                   ("污水治理率", "≥45%", "42.3%", Decimal(8), Decimal("7.52")),
                   ("村民满意度", "≥90%", "93.7%", Decimal(80), Decimal(80))]


def test_a_head_over_two_columns_a_row_fills_both_is_kept():
    rows = [r[:] for r in ROWS]
    rows[2][5] = "说明"
    assert split_columns(_table(rows, SPANS)).n_cols == 8      # only 得分's pair is one column
    rows[1][7] = "x"
    assert split_columns(_table(rows, SPANS)) is None


def _spanned(spec):
    """Cells as (row, col, text, rowspan, colspan)."""
    cells = [Cell(text=x, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=0, table=0, row=r, col=c))
             for r, c, x, rs, cs in spec]
    return Table(index=0, n_rows=max(r + rs for r, _c, _x, rs, _cs in spec),
                 n_cols=max(c + cs for _r, c, _x, _rs, cs in spec), cells=cells, loc=Location("mem", block=0, table=0))


# 945.scan.pdf: a steel seal's rings read as a rule cut the fund block's 分值 column; the 10 stands in the
# right half, and the source row below (its label on three lines) has one cell merged over both halves
# and three rows.
FUND = [(0, 0, "项目名称", 1, 1), (0, 1, "测试项目", 1, 8),
        (1, 0, "项目资金（万元）", 5, 1), (1, 1, "", 1, 1), (1, 2, "年初预算数", 1, 1), (1, 3, "全年预算数", 1, 1),
        (1, 4, "全年执行数", 1, 1), (1, 5, "分值", 1, 2), (1, 7, "执行率", 1, 1), (1, 8, "得分", 1, 1),
        (2, 1, "年度资金总额", 1, 1), (2, 2, "100.00", 1, 1), (2, 3, "100.00", 1, 1), (2, 4, "98.00", 1, 1),
        (2, 5, "", 1, 1), (2, 6, "10", 1, 1), (2, 7, "98.00%", 1, 1), (2, 8, "9.80", 1, 1),
        (3, 1, "其中：财政拨款", 3, 1), (3, 2, "100.00", 3, 1), (3, 3, "100.00", 3, 1), (3, 4, "98.00", 3, 1),
        (3, 5, "—", 3, 2), (3, 7, "—", 3, 1), (3, 8, "—", 3, 1)]


def test_a_cell_merged_over_both_columns_and_several_rows_is_the_columns_own():
    view = split_columns(_spanned(FUND))
    assert view.n_cols == 8 and view.grid()[2][5:] == ["10", "98.00%", "9.80"]
    doc = Document(source="mem", format="pdf-ocr", sha256="", blocks=[_spanned(FUND)])
    [p] = normalize_document(doc).projects
    assert (p.fund_weight.q.raw, p.fund_weight.loc.col, p.fund_score.q.raw) == ("10", 6, "9.80")
    # a cell over ONE of the two columns and several rows is a column of its own: the pair is kept
    one = [x if x[:2] != (3, 5) else (3, 5, "—", 3, 1) for x in FUND] + [(3, 6, "", 3, 1)]
    assert split_columns(_spanned(one)) is None


# 1175.scan.pdf: a contact-image sensor's seam read as a rule cut a phantom column left of 偏差原因; a
# reason cell low in the table ran over both, the rows above it fill the right one alone. The wide cell
# is no head: a view merging the pair under it left the cells above in a column past the table's edge
# (Table.grid raised IndexError and the whole page was lost, unsaid).
REASON = [(0, 0, "三级指标", 1, 1), (0, 1, "年度指标值", 1, 1), (0, 2, "得分", 1, 1), (0, 3, "", 1, 1),
          (0, 4, "偏差原因分析及改进措施", 1, 1),
          (1, 0, "客运班线通达率", 1, 1), (1, 1, "≥95%", 1, 1), (1, 2, "7.68", 1, 1), (1, 3, "部分偏远自然村客流量小", 1, 2),
          (2, 0, "群众满意度", 1, 1), (2, 1, "≥90%", 1, 1), (2, 2, "12", 1, 1), (2, 3, "", 1, 1),
          (2, 4, "自评等级：优", 1, 1)]


def test_a_wide_cell_below_cells_of_its_second_column_is_no_head():
    t = _spanned(REASON)
    view = split_columns(t)
    assert view is None or all(c.col + c.colspan <= view.n_cols for c in view.cells)
    assert view is None    # the pair stands as read
