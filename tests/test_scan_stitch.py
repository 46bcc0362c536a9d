"""A scan's tables over a page break (extract.ruled_page.stitch): a typed table's one-line rest
(the 总分 line) and a merged cell the break cut, read as the PDF reader reads them."""
from jixiao.extract import ocr_reader
from jixiao.extract.model import Document
from jixiao.extract.ruled_page import Char, assemble, stitch

SIZE = 10.0
HEADER = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")
STOPS = (50, 110, 190, 330, 420, 510, 555, 600)


def _chars(x: float, text: str, y: float) -> list[Char]:
    """A typed field's characters from x on (baseline y), CJK a text size wide, the rest half;
    OCR began its box at the first."""
    out = []
    for k, ch in enumerate(text):
        w = SIZE if ord(ch) > 0x2000 else SIZE / 2
        out.append(Char(x, y, w, ch, cut=k == 0))
        x += w
    return out


def _line(y: float, fields, stops=STOPS) -> list[Char]:
    return [ch for x, f in zip(stops, fields) if f for ch in _chars(x, f, y)]


def test_a_typed_tables_one_line_rest_on_the_next_page_is_its_own_row():
    # Page 1 ends with a typed line whose 服务对象满意度指标 runs over the 三级指标 stop (its later
    # fields one stop on, re-read as typed); column 1's widest text reaches that column's edge.
    # Page 2 starts with the 总分 line alone at the same stops: a typed field does not wrap, so it
    # is a row of its own, not the rest of 满意度指标's row (which had read 10 and 100 as 10100).
    rows = [HEADER, ("效益指标", "生态效益指标", "红树林保有面积增长", "≥3%", "3.4%", "10", "10", ""),
            ("", "社会效益指标", "带动周边渔民参与管护", "≥300人", "264人", "6", "5.28", "部分渔民外出务工"),
            ("", "", "湿地巡护覆盖率", "≥95%", "97%", "8", "8", "")]
    page1 = [ch for k, r in enumerate(rows) for ch in _line(700 + 20 * k, r)]
    last = ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.1%", "10", "10"]
    page1 += _line(780, last, (50, 110, 330, 420, 510, 555, 600))
    doc = Document(source="made-up.pdf", format="pdf-ocr", sha256="")
    assemble(doc, "made-up.pdf", 1, page1, [], [], snap=2, align=ocr_reader.ALIGN)
    assemble(doc, "made-up.pdf", 2, _line(60, ["总分", "", "", "", "", "100", "98.98"]), [], [], snap=2,
             align=ocr_reader.ALIGN)
    stitch(doc)
    (table,) = doc.tables()
    assert table.grid()[-2] == last + [""]
    assert table.grid()[-1] == ["总分", "", "", "", "", "100", "98.98", ""]
