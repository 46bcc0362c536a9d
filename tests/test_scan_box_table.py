"""Scans with no rules at all (601's red rules dropped out by the scanner): tables read from OCR's
boxes (extract.box_table): columns from the x-extents of the cells stacked down the page, rows from
the cells' middles, so a centred cell of two lines and a label centred over the rows it spans
stand in their rows; a cell whose column is ambiguous is left as text, never put in a row."""
from jixiao.extract import box_table, ocr_reader
from jixiao.extract.model import Document
from jixiao.extract.ruled_page import Char, assemble

SIZE = 12


def _cell(centre: float, mid: float, text: str) -> list[Char]:
    """A text line centred at x `centre`, its box's middle at `mid` (OCR's box: all its characters
    share its bottom and middle)."""
    x0 = centre - len(text) * SIZE / 2
    return [Char(x0 + k * SIZE, mid + SIZE / 2, SIZE, ch, cut=k == 0, mid=mid) for k, ch in enumerate(text)]


COLS = (40, 150, 280, 380, 460)


def _row(mid: float, *texts: str) -> list[Char]:
    return [ch for x, t in zip(COLS, texts) if t for ch in _cell(x, mid, t)]


def _fund() -> list[Char]:
    """A fund block above, its columns not the indicators' (a figure under two of them)."""
    out = [ch for x, t in ((215, "年初预算数"), (330, "全年预算数"), (445, "执行率")) for ch in _cell(x, 30, t)]
    for mid, name in ((50, "年度资金总额"), (70, "财政拨款")):
        out += [ch for x, t in ((90, name), (215, "100.00"), (330, "98.00"), (445, "98%")) for ch in _cell(x, mid, t)]
    return out


def _read(chars: list[Char]) -> Document:
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, [], [], snap=2, align=ocr_reader.ALIGN, boxed=box_table.find)
    return doc


def test_an_unruled_centred_form_is_read_by_its_boxes():
    chars = _fund() + _row(100, "一级指标", "三级指标", "指标值", "实际值", "分值")
    chars += _row(130, "", "受援人数量", "≥90人", "95人", "10")
    # a name of two lines, centred in its row: its middle is the row's
    chars += _cell(150, 164, "法律咨询服务") + _cell(150, 177, "覆盖率") + _row(170, "", "", "≥95%", "96%", "8")
    chars += _cell(40, 150, "产出指标")          # centred over the two rows above: level with neither
    chars += _row(210, "效益指标", "满意度", "≥90%", "93%", "10")
    doc = _read(chars)
    fund, table = doc.tables()
    assert fund.grid() == [["", "年初预算数", "全年预算数", "执行率"], ["年度资金总额", "100.00", "98.00", "98%"],
                           ["财政拨款", "100.00", "98.00", "98%"]]
    assert table.grid(fill=True) == [["一级指标", "三级指标", "指标值", "实际值", "分值"],
                                     ["产出指标", "受援人数量", "≥90人", "95人", "10"],
                                     ["产出指标", "法律咨询服务覆盖率", "≥95%", "96%", "8"],
                                     ["效益指标", "满意度", "≥90%", "93%", "10"]]
    assert not doc.paragraphs()


def test_a_cell_whose_column_is_ambiguous_is_left_as_text():
    # a label that stands level with no row and over two columns: which column is it? it is left
    # as text (normalize names such lines), the rows around it read whole
    chars = _row(100, "一级指标", "三级指标", "指标值", "实际值", "分值")
    chars += _row(130, "", "受援人数量", "≥90人", "95人", "10")
    chars += _cell(95, 150, "产出指标效益指标汇总")
    chars += _row(170, "", "法律咨询覆盖率", "≥95%", "96%", "8")
    chars += _row(210, "", "满意度", "≥90%", "93%", "10")
    doc = _read(chars)
    (table,) = doc.tables()
    assert table.grid() == [["一级指标", "三级指标", "指标值", "实际值", "分值"],
                            ["", "受援人数量", "≥90人", "95人", "10"],
                            ["", "法律咨询覆盖率", "≥95%", "96%", "8"],
                            ["", "满意度", "≥90%", "93%", "10"]]
    assert [p.text for p in doc.paragraphs()] == ["产出指标效益指标汇总"]


def test_a_section_labels_span_ends_where_a_cell_of_the_column_right_of_it_ends():
    # 1863.scan (line removal): a label centred over the fund rows reached one row into the indicators by its
    # middle alone, so the level 1 under it started a row late and stopped one short, giving its last row
    # (成本指标) to the next level 1, nothing said. A level 1 holds its level 2s whole: a label's span ends
    # where a cell of the column right of it ends.
    from types import SimpleNamespace as Box

    def box(top, bottom):
        return Box(top=top, bottom=bottom, middle=(top + bottom) / 2)
    names = {r: box(10 * r, 10 * r + 10) for r in range(7)}
    placed = {(r, 2): c for r, c in names.items()}
    placed.update({(1, 1): box(10, 20), (3, 1): box(30, 40), (5, 1): box(50, 60), (6, 1): box(60, 70)})
    placed.update({(1, 0): box(14, 24), (4, 0): box(35, 45)})    # the fund's label, the level 1 (middles 19, 40)
    floating = {(3, 1), (1, 0), (4, 0)}
    spans = box_table._spans(placed, floating, [0, 1, 2], {r: [c] for r, c in names.items()}, 7)
    assert spans[(3, 1)] == (2, 3)                     # the level 2 over rows 2-4
    assert (spans[(1, 0)], spans[(4, 0)]) == ((1, 1), (2, 4)), spans
