"""Ruby on a web page (<ruby>base<rt>annotation</rt></ruby>): the annotation is drawn small ABOVE its
base, so a block of ruby reads as the line of annotations over the line of bases (extract.html_reader
_ruby_lines, as Word's w:ruby reads in extract.docx_reader), not each annotation glued after its base.
Made up in the shape of corpus/native 1357, whose field names stand as ruby over each value."""
from decimal import Decimal

from jixiao.normalize import normalize_document

from .documents import html_page

HEADS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
ROWS = [("产出指标", "数量指标", "配置分类垃圾桶", "≥6000个", "6180个", "8", "8"),
        ("效益指标", "生态效益指标", "垃圾资源化利用率", "≥60%", "54%", "10", "9")]


def _page(rp: bool = False) -> str:
    def ruby(v, h):
        return f"<ruby>{v}<rp>（</rp><rt>{h}</rt><rp>）</rp></ruby>" if rp else f"<ruby>{v}<rt>{h}</rt></ruby>"
    ps = "".join("<p>" + "\u3000".join(ruby(v, h) for h, v in zip(HEADS, r)) + "</p>" for r in ROWS)
    return f"<html><body><p>项目名称：某市农村生活垃圾治理项目</p><p>绩效指标完成情况</p>{ps}<p>总分：100</p></body></html>"


def test_ruby_annotations_read_as_the_line_over_their_bases(tmp_path):
    """Issue 21 (1357.html): each value's field name its ruby read 产出指标一级指标 数量指标二级指标 …, no row
    (said); the annotations are the line over the values, and the rows are read under them."""
    for rp in (False, True):
        doc = html_page(tmp_path, _page(rp))
        texts = [b.text for b in doc.blocks if hasattr(b, "text")]
        assert texts[2:4] == [" ".join(HEADS), " ".join(ROWS[0])], (rp, texts)
        recs = normalize_document(doc)
        assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == \
            [r[:5] for r in ROWS]
        assert recs.indicators[1].score.value == Decimal("9")


def test_a_block_of_ruby_among_other_blocks_is_left_as_it_is(tmp_path):
    doc = html_page(tmp_path, "<html><body><div><ruby>汉<rt>hàn</rt></ruby><p>段落</p></div></body></html>")
    assert "段落" in " ".join(b.text for b in doc.blocks if hasattr(b, "text"))
