"""A table nested in a cell of another, printed to PDF (1625.pdf: a one-column table whose every cell holds a line
第N项 and an inner two-column grid label | value, a 填报系统's detail view pasted into Word). The page's table finder
gives an inner grid as a table of its own lying in the outer cell, or, where its rules touch the outer table's (its
right border on the outer one, a page break closing the outer cell on it), as cells of the outer table lying inside
another of its cells. The holding cell took the inner grid's text and the inner cells read empty: 1625.pdf read 7 of
12 rows, two neither read nor named unread. Each inner grid is now a table of its own nested in its cell
(extract/nested_grids.py, pdf_reader._nested_apart), a part cut by the page break going on over the page; two fills
touching in a cell (a highlight's runs, 371.pdf) are no grid."""
from types import SimpleNamespace

from jixiao.extract.model import Document
from jixiao.extract.nested_grids import cells_apart
from jixiao.extract.pdf_reader import SNAP, _assemble, _read_page

SIZE = 8.0


def _line(text: str, x0: float, top: float) -> list[dict]:
    return [{"text": ch, "x0": x0 + k * SIZE, "x1": x0 + (k + 1) * SIZE, "top": top, "bottom": top + SIZE,
             "size": SIZE, "upright": True} for k, ch in enumerate(text)]


def _inner(top: float, rows: list[tuple[str, str]]) -> tuple[list[tuple], list[dict]]:
    """An inner grid label | value at x 60-140-300 from top, a row 20 pt high: its cell boxes and characters."""
    boxes, chars = [], []
    for k, (label, value) in enumerate(rows):
        y = top + 20 * k
        boxes += [(60.0, y, 140.0, y + 20), (140.0, y, 300.0, y + 20)]
        chars += _line(label, 62, y + 6) + _line(value, 142, y + 6)
    return boxes, chars


def _page() -> tuple[list, list[dict]]:
    """Item 1's inner grid drawn as cells of the outer table (its right border on the outer one); item 2's
    as a table of its own in its cell."""
    cap = (50.0, 100.0, 300.0, 120.0)
    one, two = (50.0, 120.0, 300.0, 220.0), (50.0, 220.0, 300.0, 320.0)
    boxes1, chars1 = _inner(135.0, [("一级指标", "产出指标"), ("三级指标", "新建户厕"), ("年度指标值", "≥30户"),
                                    ("实际完成值", "31户")])
    boxes2, chars2 = _inner(235.0, [("一级指标", "效益指标"), ("三级指标", "受益农户"), ("年度指标值", "≥120户"),
                                    ("实际完成值", "126户")])
    outer = SimpleNamespace(bbox=(50.0, 100.0, 300.0, 320.0), cells=[cap, one, *boxes1, two])
    inner = SimpleNamespace(bbox=(60.0, 235.0, 300.0, 315.0), cells=boxes2)
    chars = _line("绩效指标完成情况", 52, 106) + _line("第1项", 52, 123) + chars1 + _line("第2项", 52, 223) + chars2
    return [outer, inner], chars


def test_a_grid_ruled_inside_a_cell_is_read_as_a_table_nested_there():
    found, chars = _page()
    doc = Document(source="x.pdf", format="pdf", sha256="")
    items = _read_page(1, chars, found)
    _assemble(doc, "x.pdf", items, 800.0)
    outer, *inner = doc.tables()
    assert outer.grid() == [["绩效指标完成情况"], ["第1项"], ["第2项"]]
    assert [t.parent for t in inner] == [(0, 1, 0), (0, 2, 0)]
    assert inner[0].grid() == [["一级指标", "产出指标"], ["三级指标", "新建户厕"], ["年度指标值", "≥30户"],
                               ["实际完成值", "31户"]]
    assert inner[1].grid()[3] == ["实际完成值", "126户"]


def test_two_fills_touching_inside_a_cell_are_no_grid_and_cells_side_by_side_part_nothing():
    """A highlight over a value typed in two runs (371.pdf: two yellow boxes side by side in a cell) is no grid: no
    table is nested; nor are a plain grid's cells, none inside another, parted."""
    found, chars = _page()
    cell = (300.0, 100.0, 400.0, 140.0)
    table = SimpleNamespace(bbox=(300.0, 100.0, 400.0, 140.0), cells=[cell])
    runs = SimpleNamespace(bbox=(310.0, 110.0, 360.0, 124.0), cells=[(310.0, 110.0, 330.0, 124.0),
                                                                     (330.0, 110.0, 360.0, 124.0)])
    items = _read_page(1, _line("93.6%", 312, 112), [table, runs])
    doc = Document(source="x.pdf", format="pdf", sha256="")
    _assemble(doc, "x.pdf", items, 800.0)
    assert all(t.parent is None for t in doc.tables())
    grid = [(50.0, 100.0, 100.0, 120.0), (100.0, 100.0, 300.0, 120.0), (50.0, 120.0, 300.0, 140.0)]
    assert cells_apart([(0, 0, 1, 1, b) for b in grid], SNAP) is None
