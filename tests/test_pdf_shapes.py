"""A PDF drawing of closed shapes holding text (a diagram's rounded boxes, printed from a sheet) read
as the table it draws (extract/pdf_reader._shape_table), not as the ruled fragments of its sides."""
from jixiao.extract.pdf_reader import _read_page


def _chars(x, top, s, size=8.0):
    return [{"text": ch, "x0": x + size * k, "x1": x + size * (k + 1), "top": top, "bottom": top + size, "size": size}
            for k, ch in enumerate(s) if ch != " "]


# a level's box beside its indicators' boxes, gaps between them all (x0, top, x1, bottom)
LEVEL = (10.0, 100.0, 60.0, 190.0)
BOXES = [(70.0, 100.0 + 31 * k, 300.0, 128.0 + 31 * k) for k in range(3)]
NAMES = ["新建村道", "维修桥梁", "验收合格"]


def _page():
    chars = _chars(14, 140, "产出指标")
    for (x0, top, _, _), name in zip(BOXES, NAMES):
        chars += _chars(x0 + 4, top + 4, name) + _chars(x0 + 4, top + 16, "分值：10")
    return chars


def test_boxes_with_gaps_between_them_read_as_one_table_the_level_spanning_its_rows():
    items = _read_page(1, _page(), [], shapes=[LEVEL, *BOXES])
    (kind, t), = items
    assert kind == "table"
    assert len(t.xs) - 1 == 2 and len(t.ys) - 1 == 3            # the gaps make no rows nor columns
    assert (0, 0, 3, 1) in [c[:4] for c in t.cells]             # the level's box spans its three rows
    texts = {slot: "".join(ch["text"] for ch in held) for slot, held in t.chars.items()}
    assert texts[(1, 1)] == "维修桥梁分值：10"


def test_too_few_shapes_or_one_inside_another_are_no_table():
    assert all(kind != "table" for kind, *_ in _read_page(1, _page(), [], shapes=[LEVEL, *BOXES[:2]]))
    inner = (BOXES[0][0] + 2, BOXES[0][1] + 2, BOXES[0][2] - 2, BOXES[0][3] - 2)
    assert all(kind != "table" for kind, *_ in _read_page(1, _page(), [], shapes=[LEVEL, *BOXES, inner]))


def test_tags_drawn_on_a_ruled_cells_line_beside_its_text_read_as_that_line():
    """1628.pdf: a list group printed ruled, one box a row, each item's name at the left and four badges (rounded
    shapes) floated right on its line. The badges made a drawn table of their own (17 columns where their widths
    vary), the names one-column tables beside it: the item's values were read apart from its name, nothing read.
    Shapes each inside a ruled cell holding text of its own on their line are tags on that line: the cell reads
    the line whole. A drawing's boxes standing in no ruled cell stay the table they draw (above)."""
    from types import SimpleNamespace
    rows = [(100.0, 124.0), (124.0, 148.0), (148.0, 172.0)]
    grid = SimpleNamespace(bbox=(40.0, 100.0, 560.0, 172.0), cells=[(40.0, top, 560.0, bottom) for top, bottom in rows])
    chars = _chars(44, 106, "产出指标/数量指标")
    shapes = []
    for (top, _), name, values in zip(rows[1:], ["新造高产油茶林", "低产油茶林改造"], [("≥6000亩", "6150亩", "10", "10"),
                                                                              ("≥10000亩", "10300亩", "8", "8")]):
        chars += _chars(44, top + 6, name)
        x = 300.0 + 10 * len(values[0])
        for v in values:
            shapes.append((x - 2, top + 4, x + 8 * len(v) + 2, top + 18))
            chars += _chars(x, top + 6, v)
            x += 8 * len(v) + 10
    items = _read_page(1, chars, [grid], shapes=shapes)
    [t] = [it[1] for it in items if it[0] == "table"]
    assert len(t.xs) == 2 and len(t.ys) == 4
    texts = {slot: "".join(ch["text"] for ch in sorted(held, key=lambda ch: ch["x0"])) for slot, held in t.chars.items()}
    assert texts[(1, 0)] == "新造高产油茶林≥6000亩6150亩1010"
