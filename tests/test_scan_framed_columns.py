"""A box drawn round two columns of running text (1081.scan: label：value paragraphs in two CSS columns inside
a bordered box) is no table: read as one ruled cell its lines ran across both columns and nothing was read.
Its characters are set apart at the gutter no character crosses and read as the page's paragraphs, the left
column then the right (extract.ruled_page._framed_columns). No OCR here: the page's characters and rules given."""
from jixiao.extract.model import Document, Paragraph
from jixiao.extract.ruled_page import Char, assemble

SNAP = 150 / 25.4 * 0.8
LEFT = ["产出指标", "数量指标", "扶持产业项目年度指标值：≥8个", "实际完成值：8个 分值：8 得分：8",
        "开展就业培训年度指标值：≥1200", "人次 实际完成值：1260人次", "质量指标", "培训合格率年度指标值：≥90%"]
RIGHT = ["人均培训补贴年度指标值：≤1500", "元 实际完成值：1450元", "效益指标", "社会效益指标",
         "带动就业年度指标值：≥600人", "实际完成值：642人 分值：7", "满意度指标", "群众满意度年度指标值：≥90%"]


def _chars(text: str, x: float, baseline: float, size: float = 18) -> list[Char]:
    return [Char(x + k * size, baseline, size, c, 0.99, cut=k == 0, mid=baseline - size / 2)
            for k, c in enumerate(text) if c != " "]


def _read(right: list[str], gutter_rule: bool) -> Document:   # (a box with no column rule is no grid: its text is loose)
    """A box (100-800 × 200-560) round two columns of 18 px text, the right one a third of a line lower
    (two columns' lines stand at heights of their own); a column rule down the middle short of the top."""
    chars = []
    for k, (a, b) in enumerate(zip(LEFT, right)):
        chars += _chars(a, 110, 230 + 40 * k) + _chars(b, 460, 243 + 40 * k)
    hs = [(200, 100, 800), (560, 100, 800)]
    vs = [(100, 200, 560), (800, 200, 560)] + ([(450, 260, 560)] if gutter_rule else [])
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, hs, vs, SNAP, stacked=True)
    return doc


def test_a_box_round_two_columns_of_running_text_is_read_as_their_paragraphs_column_by_column():
    doc = _read(RIGHT, True)
    assert not doc.tables(), [t.grid() for t in doc.tables()]
    texts = [b.text.replace(" ", "") for b in doc.blocks if isinstance(b, Paragraph)]
    assert "".join(texts) == "".join(LEFT + RIGHT).replace(" ", ""), texts   # the left column whole, then the right
    assert texts[:2] == ["产出指标", "数量指标"], texts


def test_a_box_whose_lines_run_across_the_gutter_stays_a_table():
    """A box whose text crosses every place a gutter could stand (the lines run across it) is not parted."""
    wide = [a + "，" + b for a, b in zip(LEFT, RIGHT)]
    chars = [ch for k, t in enumerate(wide) for ch in _chars(t, 110, 230 + 40 * k)]
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, chars, [(200, 100, 900), (560, 100, 900)],
             [(100, 200, 560), (900, 200, 560), (450, 260, 560)], SNAP, stacked=True)
    assert len(doc.tables()) == 1


def test_a_box_of_thousands_of_characters_is_parted_in_linear_time():
    """Review: each x a character starts at built both columns' lists anew (quadratic: 8,000 characters, 3.5 s);
    the farthest right edge so far tells a gutter, and the lists are built only there."""
    from jixiao.extract import Cell, Location, Table
    from jixiao.extract.ruled_page import Char, _framed_columns
    from tests.growth import growth

    def chars(rows):
        return {(0, 0): [Char(x=x0 + k * 10 + r * 0.01, y=100 + r * 20, size=10, text="字")
                         for r in range(rows) for k in range(20) for x0 in (100, 400)]}
    t = Table(index=0, n_rows=1, n_cols=2, loc=Location(file="t"),
              cells=[Cell(text="x", row=0, col=0, colspan=2, loc=Location(file="t"))])
    left, right = _framed_columns(t, chars(400))
    assert len(left) == len(right) == 8000
    # lines run at 800 characters over 400: 2.0 now, 4.0 when each x built both lists anew
    assert growth(chars, lambda c: _framed_columns(t, c), 20) < 2.5
