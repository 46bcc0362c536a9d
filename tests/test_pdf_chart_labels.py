"""A chart printed to PDF (1880.pdf, a radar chart): the label blocks at its axes' ends, set flush left right of the
centre and flush right left of it, were mixed into the page's lines (a block's name joined to another's figures),
two rows said and the rest silent. From the page's characters each block is found and named unread, as the
.html's SVG blocks are (extract/chart_labels.py); a page's prose and a two-column page of label blocks set flush
left are no chart."""
from pathlib import Path

from jixiao.extract import read_document
from jixiao.extract.chart_labels import _spaced, chart_blocks, chart_clockwise, chart_said
from jixiao.normalize import normalize_document

ROOT = Path(__file__).resolve().parents[1]


def _chars(x, y, text, right=False, size=6.5):
    w = [size if ord(ch) > 0x2000 else size / 2 for ch in text]
    x0 = x - sum(w) if right else x
    out = []
    for ch, d in zip(text, w):
        out.append({"text": ch, "x0": x0, "x1": x0 + d, "top": y, "bottom": y + size, "size": size})
        x0 += d
    return out


def _block(x, y, lines, right=False):
    return [c for k, t in enumerate(lines) for c in _chars(x, y + 8 * k, t, right)]


def _radar():
    left = _block(300, 100, ["改造低产葡萄园", "目标≥6000亩", "完成6200亩", "分值8 得分8"])
    left += _block(300, 200, ["培训种植户", "目标≥1200人次", "完成1260人次", "分值6 得分6"])
    right = _block(200, 104, ["种植户满意度", "目标≥90%", "完成93%", "分值10 得分10"], right=True)
    right += _block(200, 204, ["品牌影响力", "目标持续提升", "完成持续提升", "分值10 得分10"], right=True)
    return left + right


def test_a_charts_label_blocks_are_found_and_named_by_their_names():
    blocks = chart_blocks(_radar(), [])
    assert blocks is not None and len(blocks) == 4
    said = chart_said(blocks, 1)
    assert all(n in said for n in ("改造低产葡萄园", "培训种植户", "种植户满意度", "品牌影响力")) and "4组" in said


def test_blocks_set_flush_left_only_are_no_chart():
    """Two columns of label：value blocks (1598's two-column section) or prose: flush left only."""
    page = _block(60, 100, ["一级指标：产出指标", "二级指标：数量指标", "三级指标：新建校舍"])
    page += _block(300, 100, ["一级指标：产出指标", "二级指标：质量指标", "三级指标：验收合格率"])
    page += _block(60, 160, ["一级指标：效益指标", "二级指标：社会效益指标", "三级指标：受益学生"])
    page += _block(300, 160, ["一级指标：满意度指标", "二级指标：服务对象满意度指标", "三级指标：家长满意度"])
    assert chart_blocks(page, []) is None


def test_1880_pdf_names_every_block_and_reads_no_mixed_line():
    doc = read_document(ROOT / "corpus/native/1880.pdf")
    said = [w for w in doc.warnings if "上的图形是图表" in w]
    assert len(said) == 1 and "12组" in said[0] and "新增就业岗位" in said[0] and "贺兰山东麓葡萄酒品牌影响力" in said[0]
    # each block's lines written a paragraph each, none mixing a block's name with another's figures
    assert not any("4100亩" in p.text and p.text != "完成 4100亩" for p in doc.paragraphs())


def test_a_charts_blocks_go_clockwise_from_the_top_with_their_spaces():
    """fixleft76: the blocks are read, not only named: clockwise from the topmost (a level line stands over the
    first axis of its run only), each line with the space the page drew between a cue and its value."""
    top = _block(250, 80, ["新建基地", "目标 ≥4000亩", "完成 4100亩", "分值10 得分10"])
    blocks = chart_blocks(_radar() + top, [])
    assert [b[0]["text"] for b in chart_clockwise(blocks)] == ["新建基地", "改造低产葡萄园", "培训种植户", "品牌影响力",
                                                                "种植户满意度"]
    assert _spaced(_chars(0, 0, "目标 ≥90%")) == "目标 ≥90%"     # the space glyph's place kept
    assert _spaced([c for c in _chars(0, 0, "目标 ≥90%") if c["text"].strip()]) == "目标 ≥90%"


def test_1880_pdf_reads_every_block_as_an_indicator():
    """fixleft76 (1880.pdf): the blocks named unread, 0 of 12 rows; now each block's lines (a level line over
    the first axis of its run, the name, 目标 X, 完成 Y, 分值 a 得分 b) read as the tile grammar reads a card."""
    recs = normalize_document(read_document(ROOT / "corpus/native/1880.pdf"), name="1880")
    got = [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
           for i in recs.indicators]
    assert len(got) == 12
    assert got[1] == ("产出指标", "数量指标", "改造低产葡萄园", "≥6000亩", "6200亩", "8", "8")
    assert ("效益指标", "生态效益指标", "基地节水灌溉面积", "≥5000亩", "4000亩", "6", "4.8") in got
