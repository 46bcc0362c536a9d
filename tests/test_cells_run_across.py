"""Cells run together over several header columns (normalize.table_views.cells_run_across): a scan whose
grid's inner borders are too faint for OCR reads each indicator row as two cells, the level and name
cells one over 一级 | 二级 | 三级指标 and the figures one over 年度指标值 … 得分. Made up in the shape of
corpus/native 1124.scan.pdf (a virtual-scroll grid printed and scanned)."""
from decimal import Decimal

from jixiao.extract import Cell, Document, Location, Table
from jixiao.normalize import normalize_document
from jixiao.normalize.table_views import cells_run_across

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ""]
ROWS = [("产出指标 数量指标 建设冷链仓储设施", "≥5000立方米 5200立方米 8 8"),
        ("产出指标 时效指标 设施建成时间", "2023年10月31日前 2023年10月28日 8 8"),
        ("效益指标 可持续影响指标产业园运营管理机制", "健全 健全 5 5"),
        ("效益指标 经济效益指标 产量增长", "≥15% 13.5% 10 9.00"),
        ("满意度指标服务对象满意度指标种植户满意度", "≥90% 94.8% 5 5")]


def _table(rows=ROWS):
    cells = [Cell(text=t, row=0, col=c, loc=Location("mem", block=0, table=0, row=0, col=c)) for c, t in enumerate(HEAD)]
    for r, (names, figures) in enumerate(rows, 1):
        cells += [Cell(text=names, row=r, col=0, colspan=3, loc=Location("mem", block=0, table=0, row=r, col=0)),
                  Cell(text=figures, row=r, col=3, colspan=5, loc=Location("mem", block=0, table=0, row=r, col=3))]
    return Table(index=0, n_rows=len(rows) + 1, n_cols=len(HEAD), cells=cells, loc=Location("mem", block=0, table=0))


def test_cells_run_together_over_the_header_columns_are_cut_by_the_level_and_figure_grammars():
    doc = Document(source="mem", format="pdf-ocr", sha256="", blocks=[_table()])
    recs = normalize_document(doc)
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [("产出指标", "数量指标", "建设冷链仓储设施", "≥5000立方米", "5200立方米", Decimal(8), Decimal(8)),
                   ("产出指标", "时效指标", "设施建成时间", "2023年10月31日前", "2023年10月28日", Decimal(8), Decimal(8)),
                   ("效益指标", "可持续影响指标", "产业园运营管理机制", "健全", "健全", Decimal(5), Decimal(5)),
                   ("效益指标", "经济效益指标", "产量增长", "≥15%", "13.5%", Decimal(10), Decimal("9.00")),
                   ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "94.8%", Decimal(5), Decimal(5))]
    # said, and each value located at the cell it was read from
    assert any("跨越表头多栏" in w and "10个单元格" in w for w in recs.warnings)
    assert recs.indicators[0].weight.loc.col == 3
    # only where OCR drew the cells: a file's own merged cell is one value (自评总分 97.6 over 分值 | 得分 is
    # never 9 | 7.6; tests/test_normalize.py test_an_indicators_subtotal_before_the_stated_total_score)
    own = normalize_document(Document(source="mem", format="pdf", sha256="", blocks=[_table()]))
    assert not any("跨越表头多栏" in w for w in own.warnings)


def test_a_cell_the_grammars_do_not_cut_is_left_whole():
    view, n = cells_run_across(_table(ROWS[:1] + [("数量 建设冷链仓储设施", "24辆")]))
    assert n == 2
    assert view.cell_at(2, 0).colspan == 3 and view.cell_at(2, 3).colspan == 5
    assert cells_run_across(_table([("数量 建设冷链仓储设施", "24辆")])) is None
