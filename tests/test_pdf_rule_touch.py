"""A line printed under a ruled table (806/807.pdf: the 偏差说明 line under the 自评等级 row) whose box
touches the table's last rule by a rounding lies below the table: it is the page's text, not the last
row's wrap drawn across the rule (_overhangs keeps those)."""
from jixiao.extract.pdf_reader import _PageTable, _overhangs

SIZE = 5.0


def _line(text: str, x0: float, top: float) -> list[dict]:
    return [{"text": ch, "x0": x0 + k * SIZE, "x1": x0 + (k + 1) * SIZE, "top": top, "bottom": top + SIZE,
             "size": SIZE} for k, ch in enumerate(text)]


def _table() -> _PageTable:
    # one row of two cells, 自评等级 | 优, the row's bottom rule at y=120
    t = _PageTable(page=1, bbox=(50.0, 100.0, 300.0, 120.0), xs=[50.0, 100.0, 300.0], ys=[100.0, 120.0],
                   cells=[(0, 0, 1, 1, (50.0, 100.0, 100.0, 120.0)), (0, 1, 1, 1, (100.0, 100.0, 300.0, 120.0))])
    t.chars = {(0, 0): _line("自评等级", 52, 113.5), (0, 1): _line("优", 102, 113.5)}
    return t


def test_a_line_touching_the_last_rule_stays_the_pages():
    t = _table()
    below = _line("偏差说明：产值未达年度目标，按完成比例计分", 52, 119.95)
    assert len(_overhangs([t], below)) == len(below)
    assert [len(t.chars[s]) for s in ((0, 0), (0, 1))] == [4, 1]


def test_a_wrap_drawn_across_the_last_rule_is_the_cells():
    t = _table()
    across = _line("计分", 102, 118.0)     # the rule runs through the line's upper half
    assert _overhangs([t], across) == []
    assert len(t.chars[(0, 1)]) == 3
