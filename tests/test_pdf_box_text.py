"""A text table drawn with box characters printed into a PDF in a CJK font, which draws ─ │ ┼ as
wide as a Chinese character, is read on a grid of half the rule's advance (extract/pdf_text_table)."""
import unicodedata
from types import SimpleNamespace

from jixiao.extract import pdf_text_table
from jixiao.extract.model import Document, Table

LINES = ["┌──────┬───────┬───┐",
         "│ 三级指标   │ 年度指标值   │ 分值 │",
         "├──────┼───────┼───┤",
         "│ 生产原种   │ ≥1.5万吨    │ 8    │",
         "├──────┼───────┼───┤",
         "│ 培训种植户 │ ≥800人次    │ 6    │",
         "└──────┴───────┴───┘"]


def _printed(text: str, top: float) -> SimpleNamespace:
    """A line as a browser prints it in a CJK monospace font: 5 pt a half-width character, 10 pt a
    wide one, box characters and ≥ (ambiguous width) drawn wide."""
    chars, x = [], 20.0
    for ch in text:
        w = 10.0 if unicodedata.east_asian_width(ch) in "WFA" else 5.0
        chars.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + 9})
        x += w
    return SimpleNamespace(chars=chars, top=top)


def test_box_characters_drawn_full_width_read_as_the_table_they_draw():
    lines = [_printed(t, 100 + 12 * k) for k, t in enumerate(LINES)]
    (found,) = pdf_text_table.regions(lines)
    doc = Document(source="p.pdf", format="pdf", sha256="0")
    pdf_text_table.read(doc, "p.pdf", found[1], page=1)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.grid() == [["三级指标", "年度指标值", "分值"], ["生产原种", "≥1.5万吨", "8"], ["培训种植户", "≥800人次", "6"]]
