"""A chart drawn as inline SVG (1880.html, a radar chart) whose label blocks carry the indicators (a name, then its
target, result and points lines at each axis's end): its two axes drawn straight across made it pass for a ruled
form, and its text was laid out as the page's lines, blocks mixed; one or two rows said, the rest neither read nor
said. Each block is named unread (extract/svg_text.label_blocks), a ruled form's cells are not blocks."""
from jixiao.extract import read_document


def _page(tmp_path, svg: str):
    path = tmp_path / "chart.html"
    path.write_text(f"<html><body><p>项目名称：某项目</p>{svg}</body></html>", encoding="utf-8")
    return read_document(path)


def _block(x, y, name, values):
    lines = [f'<text x="{x}" y="{y}" font-size="9" font-weight="bold">{name}</text>']
    lines += [f'<text x="{x}" y="{y + 11 * (k + 1)}" font-size="9">{v}</text>' for k, v in enumerate(values)]
    return "".join(lines)


def test_a_charts_label_blocks_are_each_named_unread(tmp_path):
    axes = '<line x1="100" y1="200" x2="300" y2="200"/><line x1="200" y1="100" x2="200" y2="300"/>'
    axes += '<line x1="200" y1="200" x2="100" y2="200"/><line x1="200" y1="200" x2="200" y2="300"/>'
    blocks = _block(200, 60, "新建基地", ["目标 ≥4000亩", "完成 4100亩", "分值10　得分10"])
    blocks += _block(320, 190, "培训农户", ["目标 ≥1200人次", "完成 1260人次", "分值6　得分6"])
    blocks += _block(200, 320, "农户满意度", ["目标 ≥90%", "完成 93%", "分值10　得分10"])
    doc = _page(tmp_path, f'<svg width="400" height="400">{axes}{blocks}</svg>')
    said = [w for w in doc.warnings if "SVG图形是图表" in w]
    assert len(said) == 1 and "3组" in said[0] and all(n in said[0] for n in ("新建基地", "培训农户", "农户满意度"))
    # the blocks' lines written a paragraph each, clockwise from the top, none mixed with another block's
    assert [p.text for p in doc.paragraphs()][1:6] == ["新建基地", "目标 ≥4000亩", "完成 4100亩", "分值10　得分10", "培训农户"]


def test_a_charts_label_blocks_read_as_cards(tmp_path):
    """fixleft76 (1880.html): each block named unread and none read; the blocks' lines, clockwise, read by the
    tile grammar (normalize.cued_lines: a cue and its value apart by a space, the points labelled), a block under
    no level line of its own going on in the level of the block before it."""
    from jixiao.normalize import normalize_document
    axes = '<line x1="100" y1="200" x2="300" y2="200"/><line x1="200" y1="100" x2="200" y2="300"/>'
    axes += '<line x1="200" y1="200" x2="100" y2="200"/><line x1="200" y1="200" x2="200" y2="300"/>'
    blocks = _block(200, 60, "新建基地", ["目标 ≥4000亩", "完成 4100亩", "分值10　得分10"])
    blocks = blocks.replace('<text', '<text x="200" y="49" font-size="9">产出指标·数量指标</text><text', 1)
    blocks += _block(320, 190, "培训农户", ["目标 ≥1200人次", "完成 1260人次", "分值6　得分6"])
    blocks += _block(200, 320, "农户满意度", ["目标 ≥90%", "完成 93%", "分值10　得分4.8"])
    doc = _page(tmp_path, f'<svg width="400" height="400">{axes}{blocks}</svg>')
    recs = normalize_document(doc, name="chart")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建基地", "≥4000亩", "4100亩", "10", "10"),
        ("产出指标", "数量指标", "培训农户", "≥1200人次", "1260人次", "6", "6"),
        ("产出指标", "数量指标", "农户满意度", "≥90%", "93%", "10", "4.8")]


def test_a_ruled_forms_columns_are_no_label_blocks(tmp_path):
    rules = "".join(f'<line x1="0" y1="{y}" x2="300" y2="{y}"/>' for y in range(0, 100, 20))
    rules += "".join(f'<line x1="{x}" y1="0" x2="{x}" y2="80"/>' for x in (0, 100, 200, 300))
    cells = "".join(f'<text x="{5 + 100 * c}" y="{14 + 20 * r}" font-size="12">c{r}{c}</text>' for r in range(4) for c in range(3))
    doc = _page(tmp_path, f'<svg width="300" height="100">{rules}{cells}</svg>')
    assert doc.tables() and not any("图表" in w for w in doc.warnings)
