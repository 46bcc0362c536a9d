"""Gauge dials in inline SVG (fixleft79, 1948.html): the figure in the dial, 目标 … and 得分 … / 分值 … under it,
the name a caption below the drawing. Before: each drawing's text counted unread, nothing read."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, indicator_rows


def _dial(actual: str, target: str, weight: str, score: str, name: str) -> str:
    return ('<div class="dial"><svg width="150" height="108" viewBox="0 0 120 92">'
            '<path d="M12 62 A48 48 0 0 1 108 62" stroke="#e3e8ef" stroke-width="9" fill="none"/>'
            f'<text x="60" y="58" text-anchor="middle" font-size="12" font-weight="bold">{actual}</text>'
            f'<text x="60" y="76" text-anchor="middle" font-size="8">目标 {target}</text>'
            f'<text x="60" y="88" text-anchor="middle" font-size="8">得分 {score} / 分值 {weight}</text>'
            f'</svg><div class="cap">{name}</div></div>')


def test_a_dials_lines_read_as_a_tile_the_unlabelled_figure_the_actual_and_the_caption_the_name(tmp_path):
    body, prev = [], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        if (l1, l2) != prev:
            body.append(f"<h3>{l1} · {l2}</h3>")
            prev = (l1, l2)
        body.append(_dial(actual, target, weight, score, name))
    page = ('<html><head><meta charset="utf-8"></head><body><table border="1"><tr><th>项目名称</th><td>某项目</td></tr>'
            '</table><p><b>绩效指标完成情况</b></p>' + "".join(body) + "</body></html>")
    f = tmp_path / "r.html"
    f.write_text(page, encoding="utf-8")
    recs, got = indicator_rows(f)
    assert got == ROWS and [(i.level1, i.level2_raw) for i in recs.indicators] == LEVELS
    assert any("仪表盘" in w for w in read_document(f).warnings)


def test_a_points_line_of_two_labelled_figures_apart_by_a_slash_is_read():
    from jixiao.normalize.cued_lines import _lines
    assert _lines("得分 10 / 分值 10") == ["得分：10", "分值：10"]
    assert _lines("得分 10 / 分值 8") is None     # no score above its weight


def test_a_bar_lists_name_and_points_lines_paired_with_the_caption_rows_of_their_group(tmp_path):
    """A bar list printed (fixleft79, 1951.pdf): each bar's name with its points (培训种植户 6.72/8分) as a line, the
    bars' 完成 / 目标 captions a table's rows under their group's lines; the score before the weight by the figures
    (6.72 < 8). Before: the lines and the tables not joined, nothing read."""
    from jixiao.extract import Location, Paragraph, Table
    from jixiao.extract.model import Cell
    from jixiao.normalize import normalize_document
    blocks = [Paragraph(text="项目名称：某项目", loc=Location("r.pdf", block=0))]
    groups: dict = {}
    for (l1, l2), row in zip(LEVELS, ROWS):
        groups.setdefault((l1, l2), []).append(row)
    for (l1, l2), rows in groups.items():
        blocks.append(Paragraph(text=f"{l1}/{l2}", loc=Location("r.pdf", block=len(blocks))))
        blocks += [Paragraph(text=f"{name} {score}/{weight}分", loc=Location("r.pdf", block=len(blocks)))
                   for name, _, _, weight, score in rows]
        at = len(blocks)
        cells = [Cell(row=r, col=c, text=t, loc=Location("r.pdf", block=at, row=r, col=c))
                 for r, (_, target, actual, _, _) in enumerate(rows)
                 for c, t in enumerate((f"完成{actual}", f"目标{target}"))]
        blocks.append(Table(index=at, cells=cells, n_rows=len(rows), n_cols=2, loc=Location("r.pdf", block=at)))
    from jixiao.extract import Document
    recs = normalize_document(Document(source="r.pdf", format="pdf", sha256="", blocks=blocks))
    got = [(i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value)) for i in recs.indicators]
    assert got == ROWS


def test_dials_printed_in_a_tables_cells_with_the_next_group_heading_run_in_read_as_the_dials():
    """1948.pdf: the page's dials printed in a grid the ruling drew, a cell a dial (its print closing up the spaces:
    目标≥3000亩, 得分10/分值10), the next group's heading run into the first cell of the row above it as its last
    line, once broken over into the next cell (…服务对象满意度指 | 标). Read as the dials, each heading after its
    row; a cell that is no dial leaves the table as it was."""
    from jixiao.extract import Cell, Document, Location, Paragraph, Table
    from jixiao.normalize.cued_lines import _dial_table, tile_paragraphs

    def table(grid):
        cells = [Cell(text=t, row=r, col=c, loc=Location(file="t.pdf")) for r, row in enumerate(grid)
                 for c, t in enumerate(row)]
        return Table(index=1, cells=cells, loc=Location(file="t.pdf"), n_rows=len(grid), n_cols=len(grid[0]))

    t = table([["3120亩\n目标≥3000亩\n得分10/分值10\n新建基地\n产出指标·质量指标", "5080亩\n目标≥5000亩\n得分8/分值8\n低产园改造"],
               ["100%\n目标100%\n得分6/分值6\n抽检合格率\n满意度指标·服务对象满意度指", "标"],
               ["94%\n目标≥90%\n得分9/分值10\n群众满意度", ""]])
    got = [p.text for p in _dial_table(t)]
    assert got == ["3120亩", "目标 ≥3000亩", "得分10 / 分值10", "新建基地", "5080亩", "目标 ≥5000亩", "得分8 / 分值8",
                   "低产园改造", "产出指标·质量指标", "100%", "目标 100%", "得分6 / 分值6", "抽检合格率",
                   "满意度指标·服务对象满意度指标", "94%", "目标 ≥90%", "得分9 / 分值10", "群众满意度"]
    doc = Document(source="t.pdf", format="pdf", sha256="", blocks=[Paragraph(text="产出指标·数量指标", loc=Location(file="t.pdf")), t])
    _, said = tile_paragraphs(doc)
    assert any("仪表盘" in w and "有4个" in w for w in said)
    # a cell holding anything else (a fifth line that is no heading): no dial table
    assert _dial_table(table([["3120亩\n目标≥3000亩\n得分10/分值10\n新建基地\n备注说明", "5080亩\n目标≥5000亩\n得分8/分值8\n低产园改造"]])) is None
