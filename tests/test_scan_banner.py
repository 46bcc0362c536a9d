"""A scan's bold title read as a table of one row: on a copy of a copy (364's scan) the title's
blurred strokes are as long as the rule kernels, and 项目支出绩效自评表 became a table of one row,
a character a cell, above the form. A band ruled as one row whose text is one line of no figure,
set larger than the page's body, is a heading (extract.ruled_page._banner); a table's row keeps its
cells. No OCR here: the page's characters and rules given."""
from jixiao.extract.model import Document, Paragraph, Table
from jixiao.extract.ruled_page import Char, assemble

SNAP = 150 / 25.4 * 0.8
BODY = [("项目名称", "乡村道路养护"), ("完成里程", "186公里"), ("得分", "10")]


def _chars(text: str, x: float, baseline: float, size: float) -> list[Char]:
    return [Char(x + k * size, baseline, size, c, 0.99, cut=k == 0, mid=baseline - size / 2)
            for k, c in enumerate(text)]


def _page(title: str, size: float):
    """A title band ruled by its strokes (a rule above and below, one through every other character)
    over a two-column table of body type (18 px)."""
    x0 = 300
    chars = _chars(title, x0, 140, size)
    hs = [(105, x0, x0 + len(title) * size), (145, x0, x0 + len(title) * size)]
    vs = [(x0 + k * size + size * 0.7, 105, 145) for k in range(0, len(title), 2)]
    ys, xs = [200, 240, 280, 320], [100, 400, 800]
    hs += [(y, xs[0], xs[-1]) for y in ys]
    vs += [(x, ys[0], ys[-1]) for x in xs]
    for (label, value), y in zip(BODY, ys):
        chars += _chars(label, xs[0] + 10, y + 30, 18) + _chars(value, xs[1] + 10, y + 30, 18)
    return chars, hs, vs


def _read(title: str, size: float) -> Document:
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    chars, hs, vs = _page(title, size)
    assemble(doc, "made-up.pdf", 1, chars, hs, vs, SNAP, stacked=True)
    return doc


def test_a_bold_title_ruled_by_its_own_strokes_is_a_heading_not_a_table():
    doc = _read("项目支出绩效自评表", 32)
    (table,) = doc.tables()
    assert table.grid()[0] == ["项目名称", "乡村道路养护"]
    assert isinstance(doc.blocks[0], Paragraph) and doc.blocks[0].text.replace(" ", "") == "项目支出绩效自评表"


def test_a_band_of_one_row_with_a_figure_or_set_as_the_body_stays_a_table():
    assert len(_read("2023年项目表", 32).tables()) == 2           # a figure: a table's row
    assert len(_read("项目支出绩效自评表", 18).tables()) == 2       # body type: a row of its own
