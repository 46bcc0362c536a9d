"""An indicator table printed with an empty spacer column between 实际完成值 and 分值 (1058: an Excel
form's blank column, no borders): the PDF's table finder gives the two sides as two tables, row for
row; they are one table's columns, the white between them an empty column (pdf_reader._spacer_joined,
rule_stack.one_table_apart). Two tables side by side with rows of their own, or two grids of the
same columns (cards), stay apart."""
from jixiao.extract.pdf_reader import _PageTable, _spacer_joined, _strips_joined

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


def _strip(x0: float, x1: float, ys: list[float], merged: dict[int, int] | None = None) -> _PageTable:
    """One column's grid from x0 to x1 over the row rules ys; merged maps a first row to how many it spans."""
    merged, cells, r = merged or {}, [], 0
    while r < len(ys) - 1:
        n = merged.get(r, 1)
        cells.append((r, 0, n, 1, (x0, ys[r], x1, ys[r + n])))
        r += n
    return _PageTable(page=1, bbox=(x0, ys[0], x1, ys[-1]), xs=[x0, x1], ys=list(ys), cells=cells)


def test_strips_of_one_table_cut_apart_by_several_spacer_columns_are_joined_into_one_grid():
    """1169.pdf (the session's starting reader: 0 of 13 rows, the fund lost): an Excel form whose every field is two
    merged columns with a narrow empty column between fields, printed with no border on the spacers. The table
    finder gives each field's strip as a grid of its own, and the 一级 and 实际完成值 strips, tied by the 总分 row
    running across, as one grid with a hole where the others stand. One table: cells never overlap, white
    narrower than any column between them, every row rule of each a rule of another (pdf_reader._strips_joined,
    strip_tables)."""
    ys = [100.0, 120.0, 140.0, 160.0, 180.0]
    level2 = _strip(66.0, 110.0, ys[:-1], {1: 2})                  # 二级, merged over two rows, ends above 总分
    name = _strip(116.0, 200.0, ys[:-1])                            # 三级
    score = _strip(266.0, 300.0, ys)                                # 得分, down to 总分
    # 一级 (merged over the three rows) and 实际完成值, tied by the 总分 row running across the others
    tied = _PageTable(page=1, bbox=(20.0, 100.0, 260.0, 180.0), xs=[20.0, 60.0, 206.0, 260.0], ys=ys,
                      cells=[(0, 0, 1, 1, (20.0, 100.0, 60.0, 120.0)), (1, 0, 2, 1, (20.0, 120.0, 60.0, 160.0)),
                             (0, 2, 1, 1, (206.0, 100.0, 260.0, 120.0)), (1, 2, 1, 1, (206.0, 120.0, 260.0, 140.0)),
                             (2, 2, 1, 1, (206.0, 140.0, 260.0, 160.0)), (3, 0, 1, 3, (20.0, 160.0, 260.0, 180.0))])
    [t] = _strips_joined([tied, level2, name, score])
    assert t.xs == [20.0, 60.0, 66.0, 110.0, 116.0, 200.0, 206.0, 260.0, 266.0, 300.0] and t.ys == ys
    slots = {(r, c) for r, c, rs, cs, _ in t.cells for r in range(r, r + rs) for c in range(c, c + cs)}
    assert len(slots) == 4 * 9 and (1, 2, 2, 1, (66.0, 120.0, 110.0, 160.0)) in t.cells
    assert (1, 1, 1, 1, (60.0, 120.0, 66.0, 140.0)) in t.cells      # a spacer's slot: an empty cell


def test_side_by_side_tables_with_rows_of_their_own_are_not_joined_as_strips():
    """The guard: two tables side by side with narrow white between them but rows of their own (1134: 产出 beside
    效益 and 满意度, nested in a layout table) stay two tables, and so does a table nested inside another's cell
    (their cells overlap)."""
    left = _grid([50.0, 110.0, 230.0], [100.0, 120.0, 140.0, 160.0])
    right = _grid([236.0, 300.0, 400.0], [100.0, 125.0, 150.0, 160.0])
    assert len(_strips_joined([left, right])) == 2
    outer = _grid([50.0, 300.0, 400.0], [100.0, 200.0])
    inner = _grid([60.0, 120.0, 280.0], [110.0, 130.0, 150.0])
    assert len(_strips_joined([outer, inner])) == 2


def test_cards_of_the_same_columns_set_side_by_side_are_not_joined_as_strips():
    """462.pdf's 序号 | value cards three a row (the measure caught the first version of the strips join taking
    them for one table: its total and grade lost, a false JX303): grids of the same two columns or more beside
    each other are tiles, each whole, as one_table_apart keeps them."""
    ys = [100.0, 120.0, 140.0, 160.0]
    cards = [_grid([35.0, 92.0, 203.0], ys), _grid([209.0, 266.0, 377.0], ys), _grid([383.0, 440.0, 551.0], ys)]
    assert len(_strips_joined(cards)) == 3
