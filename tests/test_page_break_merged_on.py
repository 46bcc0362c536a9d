"""A merged cell cut by the page break, its text on the first page's part (extract.page_break.merged_on_over_break)."""
from jixiao.extract.model import Cell, Location, Table
from jixiao.extract.page_break import merged_on_over_break


def _table(rows: list[list[str | None]], spans: dict) -> Table:
    loc = Location("t.pdf")
    cells = [Cell(text, r, c, loc, rowspan=spans.get((r, c), 1))
             for r, row in enumerate(rows) for c, text in enumerate(row) if text is not None]
    return Table(0, len(rows), len(rows[0]), cells, loc)


def test_a_merged_level_cell_goes_on_over_rows_with_no_cell_of_their_own():
    """1655.pdf: 产出指标 merged over rows 0-1 on page 1; page 2's first row (经济成本指标) has no cell in the level-1
    column, its rectangle open at the page's top: the merged cell spans it; the next row, a cell of its own, not."""
    t = _table([["产出指标", "数量指标", "a"], [None, "质量指标", "b"], [None, "经济成本指标", "c"],
                ["效益指标", "经济效益指标", "d"]], {(0, 0): 2})
    merged_on_over_break(t, 1)
    assert t.cell_at(2, 0).text == "产出指标" and t.cell_at(3, 0).text == "效益指标"
    # a one-row cell at the break is no merge: the absent cell below is not taken for its rest
    t = _table([["产出指标", "数量指标", "a"], ["质量", "质量指标", "b"], [None, "经济成本指标", "c"]], {})
    merged_on_over_break(t, 1)
    assert t.cell_at(2, 0) is None
