"""An indicator table printed with an empty spacer column between 实际完成值 and 分值 (1058: an Excel
form's blank column, no borders): the PDF's table finder gives the two sides as two tables, row for
row; they are one table's columns, the white between them an empty column (pdf_reader._spacer_joined,
rule_stack.one_table_apart). Two tables side by side with rows of their own, or two grids of the
same columns (cards), stay apart."""
from jixiao.extract.pdf_reader import _PageTable, _spacer_joined

YS = [100.0, 120.0, 140.0, 160.0]


def _grid(xs: list[float], ys: list[float]) -> _PageTable:
    cells = [(r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1])) for r in range(len(ys) - 1) for c in range(len(xs) - 1)]
    return _PageTable(page=1, bbox=(xs[0], ys[0], xs[-1], ys[-1]), xs=xs, ys=ys, cells=cells)


def test_two_halves_of_one_table_either_side_of_a_narrow_gap_are_joined():
    names = _grid([50.0, 110.0, 230.0, 300.0, 370.0], YS)     # 一级 | 三级 | 年度指标值 | 实际完成值
    scores = _grid([382.0, 420.0, 458.0, 600.0], YS)           # 分值 | 得分 | 偏差原因, 12 pt of white before
    [t] = _spacer_joined([names, scores])
    assert t.xs == names.xs + scores.xs and t.ys == YS and t.bbox == (50.0, 100.0, 600.0, 160.0)
    # every row: four cells, the gap's empty cell, then the three on the right
    assert [c for r, c, _, _, _ in t.cells if r == 1] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert (1, 4, 1, 1, (370.0, 120.0, 382.0, 140.0)) in t.cells and (2, 7, 1, 1, (458.0, 140.0, 600.0, 160.0)) in t.cells


def test_tables_side_by_side_with_rows_of_their_own_or_wide_white_stay_apart():
    left = _grid([50.0, 110.0, 230.0], YS)
    assert len(_spacer_joined([left, _grid([242.0, 300.0, 400.0], [100.0, 125.0, 150.0, 160.0])])) == 2
    assert len(_spacer_joined([left, _grid([330.0, 380.0, 430.0], YS)])) == 2    # white wider than a column
    # the same columns again (462: 序号 | value cards two a row): tiles, each whole
    assert len(_spacer_joined([left, _grid([240.0, 300.0, 420.0], YS)])) == 2
