"""A scan of a form whose indicator rows are lines of cells apart by gaps (748.scan, 750.scan): OCR's
lines of a row reaching the page's right edge are rows, not running text wrapped; rows OCR read into
one cell of a ruled frame, which no reader takes, are counted unread and named."""
from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.extract.ruled_page import Char, _line_texts
from jixiao.normalize import normalize_document


def _line(y: float, cells: list[tuple[float, str]], size: float = 10.0) -> list[Char]:
    return [Char(x + k * size, y, size, ch) for x, text in cells for k, ch in enumerate(text)]


def test_rows_reaching_the_right_edge_are_not_wrapped_into_each_other():
    rows = [_line(100, [(0, "1.合格率"), (200, "≥98%"), (300, "99.2%"), (400, "6"), (480, "6")]),
            _line(120, [(0, "2.验收率"), (200, "100%"), (300, "100%"), (400, "6"), (480, "6")]),
            _line(140, [(0, "（三）时效指标")])]
    right = 490.0
    assert _line_texts([c for r in rows for c in r], right, prose=True) == [
        "1.合格率 ≥98% 99.2% 6 6", "2.验收率 100% 100% 6 6", "（三）时效指标"]
    # running text that fills the line still goes on onto the next
    prose = [_line(100, [(0, "偏差说明：部分茶园未纳入统防统治按完成比例计分其余各项均已完成")]), _line(120, [(0, "全部目标。")])]
    assert _line_texts([c for r in prose for c in r], 290.0, prose=True) == [
        "偏差说明：部分茶园未纳入统防统治按完成比例计分其余各项均已完成全部目标。"]


def test_a_frames_cell_of_a_header_and_rows_read_as_nothing_is_counted_unread():
    text = "\n".join(["产出指标", "二级指标 三级指标 年度指标值 实际完成值 分值得分", "数量指标 修缮民居 ≥85幢 88幢 10 10",
                      "质量指标 验收合格率 100% 100% 8 8"])
    loc = Location("s.pdf", block=1, page=1, table=0, row=0, col=0)
    frame = Table(0, 1, 1, [Cell(text, 0, 0, loc)], Location("s.pdf", block=1, page=1, table=0))
    doc = Document(source="s.pdf", format="pdf-ocr", sha256="", blocks=[
        Paragraph("项目支出绩效自评表", Location("s.pdf", block=0, page=1)), frame,
        Paragraph("偏差说明：修缮民居88幢，超出年度目标。", Location("s.pdf", block=2, page=1))])
    r = normalize_document(doc)
    assert not r.indicators and r.unread_rows == 2
    assert sum("修缮民居" in w and "未读取" in w for w in r.warnings) == 1
