"""A reviewer's marks laid over a scan as PDF comments: left out of the page the recogniser reads.

A scan sent back by a reviewer may carry the comments of a PDF editor over its image: a highlight
over a row, an ink ellipse round a figure, a sticky note, a box or a strike-through. Each is an
annotation with an appearance of its own, drawn by a viewer over the scanned paper, no ink of the
paper itself: a highlight's colour over a cell is taken for a stamp's and the words under it lost
(1788.scan: the shortfall's 年度指标值 read empty under a yellow highlight), an ellipse's stroke cuts
through a figure. The page is read as it was scanned: the MARKUP annotations (MARKS: those that
only mark the page, carrying no words of their own on it) are taken off the page before it is
drawn, and named with what they say. A text box (/FreeText, a typewriter's words filling a blank
form), a stamp, a form field or a link is left where it is: it may be what the form was filled in
with, and the recogniser reads it where it stands.
"""
from __future__ import annotations

import ctypes

MARKS = {                      # pdfium's annotation subtypes that only mark the page, with their names
    "FPDF_ANNOT_TEXT": "便笺", "FPDF_ANNOT_HIGHLIGHT": "高亮", "FPDF_ANNOT_UNDERLINE": "下划线",
    "FPDF_ANNOT_SQUIGGLY": "波浪线", "FPDF_ANNOT_STRIKEOUT": "删除线", "FPDF_ANNOT_INK": "手绘线",
    "FPDF_ANNOT_CIRCLE": "椭圆", "FPDF_ANNOT_SQUARE": "矩形框", "FPDF_ANNOT_LINE": "直线",
    "FPDF_ANNOT_POLYGON": "多边形", "FPDF_ANNOT_POLYLINE": "折线", "FPDF_ANNOT_CARET": "插入符",
    "FPDF_ANNOT_POPUP": "",    # a note's pop-up: taken off with its note, not named
}


def _contents(raw, annot) -> str:
    size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
    buf = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetStringValue(annot, b"Contents", ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
    return " ".join(buf.raw.decode("utf-16-le", "replace").rstrip("\x00").split())


def taken_off(page) -> list[str]:
    """Take the page's markup annotations off it (pypdfium2 page, changed in memory only); each one
    taken off named, its words quoted where it has any (a pop-up not named)."""
    import pypdfium2.raw as raw
    kinds = {getattr(raw, name): word for name, word in MARKS.items() if hasattr(raw, name)}
    named = []
    for n in reversed(range(raw.FPDFPage_GetAnnotCount(page.raw))):
        annot = raw.FPDFPage_GetAnnot(page.raw, n)
        try:
            kind = raw.FPDFAnnot_GetSubtype(annot)
            if kind not in kinds:
                continue
            text = _contents(raw, annot)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
        if raw.FPDFPage_RemoveAnnot(page.raw, n) and kinds[kind]:
            named.insert(0, kinds[kind] + (f"“{text[:40]}”" if text else ""))
    return named


def text_boxes(page) -> list[str]:
    """The page's text boxes (/FreeText), each named with its words where it has any: left on the page (it may be
    what filled the form in), but on a page a reviewer marked (taken_off named some) one is as likely a comment
    (1788.scan: 请核实…/审核人 in a red box in the margin), and what the recogniser reads of it is said (said)."""
    import pypdfium2.raw as raw
    named = []
    for n in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, n)
        try:
            if raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_FREETEXT:
                text = _contents(raw, annot)
                named.append("文本框" + (f"“{text[:40]}”" if text else ""))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return named


def said(path: str, number: int, named: list[str], boxes: list[str] = ()) -> str:
    """The warning for a scanned page whose marks were taken off; the text boxes left on it named too."""
    left = (f"；页上另有 {len(boxes)} 个 PDF 文本框（{'；'.join(boxes[:8])}），留在页面上按所见文字识别，与审阅批注同在一页，"
            "可能是审阅意见而非填报内容：其文字若读作段落，不是原件所写，请核对") if boxes else ""
    return (f"{path} 扫描件第{number}页上有 {len(named)} 处 PDF 审阅批注（{'；'.join(named[:8])}"
            f"{'等' if len(named) > 8 else ''}），画在扫描图像之上，不是原件的墨迹，识别时未画出；批注不是表内填报的内容，"
            f"未读入记录{left}，请核对审阅意见")
