"""A .xls whose text-joining formulas (&) were stored as the number 0 (LibreOffice's export): each is joined
again from the cells it names (spreadsheet_reader._joined), a cell that is itself such a join as what it joins."""
import xlrd
from xlrd.sheet import Cell

from jixiao.extract.spreadsheet_reader import _joined


class _Sheet:
    def __init__(self, cells: dict):
        self.cells = cells
        self.nrows = 1 + max(r for r, _ in cells)
        self.ncols = 1 + max(c for _, c in cells)

    def cell(self, r, c):
        return self.cells.get((r, c), Cell(xlrd.XL_CELL_EMPTY, ""))


def test_a_join_naming_another_join_stored_as_zero_joins_that_one_too():
    # A1 '2023年', B1 = A1&"示范项目" (stored 0), C1 = B1&"（一期）" (stored 0)
    ws = _Sheet({(0, 0): Cell(xlrd.XL_CELL_TEXT, "2023年"), (0, 1): Cell(xlrd.XL_CELL_NUMBER, 0.0),
                 (0, 2): Cell(xlrd.XL_CELL_NUMBER, 0.0)})
    plans = {(0, 1): [(0, 0), "示范项目", None], (0, 2): [(0, 1), "（一期）", None]}
    assert _joined(ws, plans[(0, 2)], plans) == "2023年示范项目（一期）"


def test_joins_naming_each_other_are_not_joined():
    ws = _Sheet({(0, 0): Cell(xlrd.XL_CELL_NUMBER, 0.0), (0, 1): Cell(xlrd.XL_CELL_NUMBER, 0.0)})
    plans = {(0, 0): [(0, 1), "a", None], (0, 1): [(0, 0), "b", None]}
    assert _joined(ws, plans[(0, 0)], plans) is None


def test_a_number_zero_that_is_no_join_stays_zero():
    ws = _Sheet({(0, 0): Cell(xlrd.XL_CELL_NUMBER, 0.0)})
    assert _joined(ws, [(0, 0), "分", None], {}) == "0分"
