"""Label / value cards tiled side by side, a dashboard's way (normalize/table_views.tiled_cards): each card
a band of columns, a level path and the name merged across it over rows of label | value | label |
value, read as one indicator table, a card a row, left to right then down. Made up in the shape of
corpus/native 806."""
from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.normalize import normalize_document


def _tile(col, levels, name, target, actual, weight, score):
    return [(0, col, 1, 4, levels), (1, col, 1, 4, name),
            (2, col, 1, 1, "年度指标值"), (2, col + 1, 1, 1, target), (2, col + 2, 1, 1, "实际完成值"), (2, col + 3, 1, 1, actual),
            (3, col, 1, 1, "分值"), (3, col + 1, 1, 1, weight), (3, col + 2, 1, 1, "得分"), (3, col + 3, 1, 1, score)]


def _table(block, rows, n_cols):
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=block, table=block, row=r, col=c))
             for r, c, rs, cs, t in rows]
    return Table(index=block, n_rows=max(r + rs for r, _, rs, _, _ in rows), n_cols=n_cols, cells=cells,
                 loc=Location("mem", block=block, table=block))


def test_tiles_side_by_side_are_one_card_a_row():
    from jixiao.normalize.table_views import tiled_cards
    t = _table(1, _tile(0, "产出指标 · 数量指标", "新建村道", "≥12公里", "12.5公里", "20", "20")
               + _tile(4, "产出指标 · 质量指标", "验收合格率", "100%", "100%", "20", "20"), 8)
    g = tiled_cards(t).grid(fill=True)
    assert g == [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                 ["产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "20", "20"],
                 ["产出指标", "质量指标", "验收合格率", "100%", "100%", "20", "20"]]
    # a table of label | value pairs with no titles over them and nothing before it is no tile
    plain = _table(1, [r for r in _tile(0, "x", "y", "≥1个", "1个", "5", "5") if r[0] >= 2], 4)
    assert tiled_cards(plain) is None


def test_a_last_tile_whose_titles_are_lines_before_it_reads_too():
    tiles = _table(2, _tile(0, "产出指标 · 数量指标", "新建村道", "≥12公里", "12.5公里", "20", "20")
                   + _tile(4, "效益指标 · 社会效益指标", "通行时间缩短", "≥20%", "18%", "40", "36"), 8)
    last = _table(5, [(r - 2, c, rs, cs, t) for r, c, rs, cs, t in
                      _tile(0, "", "", "≥90%", "93%", "20", "20") if r >= 2], 4)
    doc = Document(source="mem", format="xlsx", sha256="", blocks=[
        Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)),
        Paragraph(text="绩效指标完成情况", loc=Location("mem", block=1)), tiles,
        Paragraph(text="满意度指标 · 服务对象满意度指标", loc=Location("mem", block=3)),
        Paragraph(text="村民满意度", loc=Location("mem", block=4)), last])
    got = [(i.level1, i.level2, i.level3, i.target.raw, i.score.raw) for i in normalize_document(doc).indicators]
    assert got == [("产出指标", "数量指标", "新建村道", "≥12公里", "20"),
                   ("效益指标", "社会效益指标", "通行时间缩短", "≥20%", "36"),
                   ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "20")]


def _card(block, target, actual, weight, score):
    rows = [(0, 0, 1, 1, "年度指标值"), (0, 1, 1, 1, target), (1, 0, 1, 1, "实际完成值"), (1, 1, 1, 1, actual),
            (2, 0, 1, 1, "分值"), (2, 1, 1, 1, weight), (3, 0, 1, 1, "得分"), (3, 1, 1, 1, score)]
    return _table(block, rows, 2)


def test_cards_after_the_first_of_a_group_take_its_level_path():
    """1595 (a mobile page: a group line 产出指标 · 数量指标, then name / card, name / card …): the first card of each
    group read, each later one (its name alone before it) read as a headerless table, its labels taken for names
    (年度指标值 … as four indicators): it takes the group's level path over its name."""
    p = lambda k, text: Paragraph(text=text, loc=Location("mem", block=k))   # noqa: E731
    doc = Document(source="mem", format="html", sha256="", blocks=[
        p(0, "项目支出绩效自评表"), p(1, "产出指标 · 数量指标"), p(2, "新建村道"), _card(3, "≥12公里", "12.5公里", "40", "40"),
        p(4, "维修桥梁"), _card(5, "≥3座", "3座", "30", "30"),
        p(6, "效益指标 · 社会效益指标"), p(7, "通行时间缩短"), _card(8, "≥20%", "18%", "30", "27")])
    got = [(i.level1, i.level2, i.level3, i.target.raw, i.score.raw) for i in normalize_document(doc).indicators]
    assert got == [("产出指标", "数量指标", "新建村道", "≥12公里", "40"), ("产出指标", "数量指标", "维修桥梁", "≥3座", "30"),
                   ("效益指标", "社会效益指标", "通行时间缩短", "≥20%", "27")]
