"""Indicators written as label | value cards (a sheet or a PDF of stacked two-column blocks), each
group under a heading naming its levels, the total as a card of its own under its label."""
from decimal import Decimal

from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.normalize import normalize_document

from .documents import document


def _card(rows, k, heading=None):
    """A two-column card as a table; a heading row of one merged cell on top where given."""
    rows = ([[heading, ""]] if heading else []) + rows
    cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=k, table=k, row=r, col=c),
                  colspan=2 if heading and r == 0 and c == 0 else 1)
             for r, row in enumerate(rows) for c, t in enumerate(row) if not (heading and r == 0 and c == 1)]
    return Table(index=k, n_rows=len(rows), n_cols=2, cells=cells, loc=Location("mem", block=k, table=k))


def _indicator(name, target, actual, weight, score):
    return [["指标名称", name], ["年度指标值", target], ["实际完成值", actual], ["分值", weight], ["得分", score]]


def _doc(heading_in_table: bool):
    """Two groups of cards and a total card; the headings as paragraphs (a sheet's merged heading
    row) or as the first row of the card they head (a PDF's)."""
    items = [("一级指标：产出指标\u3000\u3000二级指标：数量指标", _indicator("新建村道", "≥12公里", "12.5公里", "10", "10")),
             (None, _indicator("维修桥梁", "≥3座", "3座", "10", "10")),
             ("一级指标：效益指标  二级指标：社会效益指标", _indicator("通行时间缩短", "≥20%", "18%", "10", "9")),
             ("总分", [["分值", "30"], ["得分", "29"], ["自评等级", "优"]])]
    blocks = [Paragraph(text="项目名称：乡村道路养护", loc=Location("mem", block=0))]
    for heading, rows in items:
        if heading and not heading_in_table:
            blocks.append(Paragraph(text=heading, loc=Location("mem", block=len(blocks))))
            heading = None
        blocks.append(_card(rows, len(blocks), heading))
    tables = [b for b in blocks if isinstance(b, Table)]
    for n, t in enumerate(tables):
        t.index = n
    return Document(source="mem", format="xlsx", sha256="", blocks=blocks)


def test_a_heading_naming_the_levels_gives_them_to_the_cards_under_it_until_the_next():
    for in_table in (False, True):
        r = normalize_document(_doc(in_table))
        got = [(i.level1, i.level2, i.level3) for i in r.indicators]
        assert got == [("产出指标", "数量指标", "新建村道"), ("产出指标", "数量指标", "维修桥梁"),
                       ("效益指标", "社会效益指标", "通行时间缩短")], in_table
        assert r.indicators[2].level1_raw == "效益指标"


def test_a_total_card_under_its_label_gives_the_total_points_and_score():
    for in_table in (False, True):
        [p] = normalize_document(_doc(in_table)).projects
        assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(30), Decimal(29)), in_table
        assert p.total_score_stated.loc.row is not None


def test_a_line_that_is_not_wholly_level_pairs_names_no_level():
    doc = _doc(False)
    doc.blocks[1] = Paragraph(text="一级指标：产出指标，二级指标待定说明", loc=doc.blocks[1].loc)
    r = normalize_document(doc)
    assert r.indicators[0].level1 is None


def test_a_level_label_whose_ordinal_a_scan_lost_is_the_level_before_the_next():
    # OCR read 一 of 一级指标 as a rule: 级指标 before 二级指标 is the level 1's
    doc = _doc(False)
    doc.blocks[1] = Paragraph(text="级指标：产出指标 二级指标：数量指标", loc=doc.blocks[1].loc)
    r = normalize_document(doc)
    assert (r.indicators[0].level1, r.indicators[0].level2) == ("产出指标", "数量指标")
    doc.blocks[1] = Paragraph(text="级指标：产出指标", loc=doc.blocks[1].loc)   # nothing after it to tell its depth
    assert normalize_document(doc).indicators[0].level1 is None


def test_cards_run_on_into_one_label_value_table_are_its_rows():
    # A card a page printed as one two-column table (753.pdf): the labels come round again, a card
    # leaving out the levels of the card above it; 二级指标 after 得分 opens the next card.
    rows = _indicator("新建村道", "≥12公里", "12.5公里", "10", "10")
    rows = [["一级指标", "产出指标"], ["二级指标", "数量指标"]] + [[("三级指标" if k == 0 else a), b] for k, (a, b) in enumerate(rows)]
    rows += [["三级指标", "维修桥梁"], ["年度指标值", "≥3座"], ["实际完成值", "3座"], ["分值", "10"], ["得分", "10"]]
    rows += [["二级指标", "时效指标"], ["三级指标", "完工时间"], ["年度指标值", "2023年10月31日前"],
             ["实际完成值", "2023年10月20日"], ["分值", "10"], ["得分", "9"]]
    blocks = [Paragraph(text="项目名称：乡村道路养护", loc=Location("mem", block=0)), _card(rows, 1)]
    blocks[1].index = 0
    r = normalize_document(Document(source="mem", format="pdf", sha256="", blocks=blocks))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.score.q.value) for i in r.indicators]
    assert got == [("产出指标", "数量指标", "新建村道", "≥12公里", Decimal(10)),
                   ("产出指标", "数量指标", "维修桥梁", "≥3座", Decimal(10)),
                   ("产出指标", "时效指标", "完工时间", "2023年10月31日前", Decimal(9))]
    # each value keeps its place: the third card's target is the table's row 14, column 1
    assert (r.indicators[2].target.loc.row, r.indicators[2].target.loc.col) == (14, 1)
    assert any("卡片" in w and "共3张" in w for w in r.warnings)


def test_a_row_wise_table_with_a_total_row_of_labelled_values_is_read_turned():
    # 752: labels down column A, one column per indicator, and under them the total written as
    # labelled cells (总分 | 分值：100 | 得分：19): that row names fields, yet it is no header.
    rows = [["一级指标", "产出指标", "产出指标"], ["二级指标", "数量指标", "质量指标"],
            ["三级指标", "新建村道", "验收合格率"], ["年度指标值", "≥12公里", "100%"], ["实际完成值", "12.5公里", "100%"],
            ["分值", "10", "10"], ["得分", "9", "10"], ["总分", "分值：100", "得分：19"],
            ["自评等级", "优\n产量4320吨，未达目标", ""]]
    r = normalize_document(document("项目名称：乡村道路养护", rows, fmt="xlsx"))
    got = [(i.level2, i.level3, i.target.q.raw, i.score.q.value) for i in r.indicators]
    assert got == [("数量指标", "新建村道", "≥12公里", Decimal(9)), ("质量指标", "验收合格率", "100%", Decimal(10))]
    assert r.unread_rows == 0
    # the total's and the grade's rows are rows still (the grade the first line of its cell)
    p = r.projects[0]
    assert (p.total_score_stated.value, p.total_weight_stated.value, p.grade_raw) == (Decimal(19), Decimal(100), "优")
    assert any("已转置读取" in w for w in r.warnings)


def test_a_total_row_of_labelled_figures_gives_the_total_by_its_labels():
    # 753: 总分 | 分值：100 | (empty) | 得分：98.90 — the figures stand under no column of theirs.
    rows = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["新建村道", "≥12公里", "12.5公里", "100", "98.90"],
            ["总分", "分值：100", "", "", "得分：98.90"]]
    p = normalize_document(document("项目名称：乡村道路养护", rows, fmt="xlsx")).projects[0]
    assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(100), Decimal("98.90"))
    assert (p.total_score_stated.loc.row, p.total_score_stated.loc.col) == (2, 4)


def test_cards_side_by_side_read_as_lines_across_both_give_each_card_its_own_fields():
    """fixleft43 (1422.scan: a Word label sheet of two indicator cards a row, read by OCR as lines across both
    cards, 三级指标：新建高原夏菜标准化基地 三级指标：新建蔬菜保鲜库): each line writes every field twice, and the
    blocks were opened field by field in one column, so the right card took the left card's target (新建蔬菜保鲜库
    ≥5000亩) and half the rows went unread. A line that writes a field twice holds a lane per card: the n-th
    time a field is written on the line is the n-th card's (label_blocks.label_blocks), two card lines that OCR
    joined into one as well. Cards one under another read as before."""
    from jixiao.extract import read_bytes
    lines = ["项目名称：测试项目", "指标1 指标2", "一级指标：产出指标 一级指标：产出指标", "二级指标：数量指标 二级指标：数量指标",
             "三级指标：新建基地 三级指标：新建保鲜库", "年度指标值：≥5000亩 年度指标值：≥6座", "实际完成值：5150亩 实际完成值：6座",
             "分值：40 得分：40 分值：30 得分：30", "指标3 指标4", "一级指标：效益指标 一级指标：满意度指标",
             "二级指标：经济效益指标 二级指标：服务对象满意度指标",
             "三级指标：亩均收入 三级指标：种植户满意度 年度指标值：≥5000元 年度指标值：≥90%",
             "实际完成值：4600元 实际完成值：94.5%", "分值：20 得分：18.4 分值：10 得分：10"]
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value))
            for i in recs.indicators] == [
        ("产出指标", "新建基地", "≥5000亩", "5150亩", "40", "40"), ("产出指标", "新建保鲜库", "≥6座", "6座", "30", "30"),
        ("效益指标", "亩均收入", "≥5000元", "4600元", "20", "18.4"),
        ("满意度指标", "种植户满意度", "≥90%", "94.5%", "10", "10")]
    stacked = [x for line in lines[2:8] for x in line.split(" ")[:1]] + ["得分：40"]
    one = normalize_document(read_bytes("\n".join(["项目名称：测试项目", *stacked]).encode(), "t.txt"), name="t.txt")
    assert [(i.level3, i.target.raw) for i in one.indicators] == [("新建基地", "≥5000亩")]


def test_cards_titled_by_a_bare_name_line_are_counted_and_named_unread():
    """1467.html / 1467.pdf (a KPI board: per indicator a name line over 目标：… 完成：… 分值：… 得分：…): a card
    whose values line holds a label that names neither a field nor a value's role (进度：, 备注：) is not read
    (its colon would run into the target's value); each such card (a short line with no colon over a line of
    pairs holding the target and another value field, a second values line taken where the print wrapped) is
    counted and named unread (label_blocks.titled_cards)."""
    from jixiao.extract import read_bytes
    lines = ["项目名称：测试项目", "产出指标 · 数量指标", "新建温室", "目标：≥300栋 进度：310栋 分值：40 得分：40",
             "推广种苗", "目标：持续推广 备注：持续推广 分值：30 得分：30"]
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    said = [w for w in recs.warnings if "名称行无标签" in w]
    assert not recs.indicators
    assert recs.unread_rows == 2 and len(said) == 2, recs.warnings
    assert "新建温室" in said[0] and "推广种苗" in said[1]


def test_a_board_of_titled_cards_under_level_paths_reads_each_card_with_its_levels():
    """1467.html (a KPI board: an <h4> level path per run, per indicator a name line over a line of spans
    目标：… 完成：… 分值：… 得分：…): no line labels the name and 完成 alone heads no column, so nothing was read
    (each card named unread). A short line with no colon over a line of value pairs (naming no level or name,
    the target and another value field, every colon a label's) is a card's name (label_blocks._titled); in
    that line a label naming a value's role (完成, as a row label 完成 is read: vocab.value_role) is that
    value (_card_values); a level path over such a name (产出指标 · 数量指标) its levels. A title over a line
    of other labels is no card; the header grammar is unchanged (完成 alone still heads no table column)."""
    from jixiao.extract import read_bytes
    lines = ["项目名称：测试项目", "产出指标 · 数量指标", "新建温室", "目标：≥300栋 完成：310栋 分值：40 得分：40",
             "推广种苗", "目标：持续推广 完成：持续推广", "分值：30 得分：30", "效益指标 · 社会效益指标", "带动农户增收",
             "目标：≥3500户 完成：3400户 分值：30 得分：29"]
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建温室", "≥300栋", "310栋", "40", "40"),
        ("产出指标", "数量指标", "推广种苗", "持续推广", "持续推广", "30", "30"),
        ("效益指标", "社会效益指标", "带动农户增收", "≥3500户", "3400户", "30", "29")]
    assert recs.unread_rows == 0 and not [w for w in recs.warnings if "名称行无标签" in w]
    from jixiao.normalize.vocab import header_field
    assert header_field("完成", set()) is None
    other = normalize_document(read_bytes("\n".join(["项目名称：测试项目", "会议纪要", "时间：3月5日 地点：会议室"]).encode(),
                                          "t.txt"), name="t.txt")
    assert not other.indicators


def test_a_section_heading_over_a_target_paragraph_and_a_result_paragraph_is_no_card():
    """145 (a report's 一、年度总体目标完成情况 over 年度目标：… and 完成情况：…, each a paragraph of clauses): the card
    grammar took the heading for a card's name and the two paragraphs for its target and result, a 14th row.
    A card's value is one value; a value of clauses (，；。 inside it) is prose, no card's (label_blocks._card_pairs)."""
    from jixiao.extract import read_bytes
    lines = ["项目名称：测试项目", "一、年度总体目标完成情况",
             "年度目标：全面落实河长制，全年巡河12000次以上；河道保洁2800公里。",
             "完成情况：全年巡河13560次，河道保洁2856公里。",
             "新建温室", "目标：≥300栋 完成：310栋 分值：40 得分：40"]
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [i.level3 for i in recs.indicators] == ["新建温室"]


def test_a_grid_of_cards_is_read_card_by_card_with_the_level_paths_printed_under_a_row():
    """1467.pdf (the KPI board printed: its first nine cards a grid, a card a cell, the next run's heading
    产出指标·质量指标 printed in the cell of the card it follows): each card was named unread. A table whose
    every cell with text is one card (a title line over lines of label：value pairs holding the target and
    another value field, then only level paths) is the board's lines (label_blocks.card_grid): row by row,
    each card's lines, then the level paths under the row, read by the card grammar and said; a table with
    a cell that is no card stays a table."""
    from jixiao.extract import read_bytes

    def card(name, t, a, w, s, tail=""):
        return f"<td>{name}<br>目标：{t} 完成：{a}<br>分值：{w} 得分：{s}{'<br>' + tail if tail else ''}</td>"
    html = ("<html><body><p>项目名称：测试项目</p><p>产出指标·数量指标</p><table>"
            "<tr>" + card("新建温室", "≥300栋", "310栋", 40, 40, "效益指标·社会效益指标") +
            card("推广种苗", "≥2000万株", "2080万株", 30, 30) + "</tr>"
            "<tr>" + card("带动农户增收", "≥3500户", "3400户", 30, 29) + "<td></td></tr></table></body></html>")
    recs = normalize_document(read_bytes(html.encode(), "t.html"), name="t.html")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建温室", "≥300栋", "310栋", "40", "40"),
        ("产出指标", "数量指标", "推广种苗", "≥2000万株", "2080万株", "30", "30"),
        ("效益指标", "社会效益指标", "带动农户增收", "≥3500户", "3400户", "30", "29")]
    assert recs.indicators[2].loc.describe().endswith("第2行") and recs.unread_rows == 0
    assert any("3个单元格各写一张指标卡片" in w for w in recs.warnings)
    mixed = html.replace("<td></td>", "<td>备注：无</td>")
    assert not any("指标卡片" in w for w in normalize_document(read_bytes(mixed.encode(), "t.html"), name="t.html").warnings)


def test_a_scans_board_reads_glued_role_labels_and_cards_cut_into_rows_and_no_card_takes_values_before_it():
    """1467.scan (the board as OCR reads it): pairs run together with no space (目标：≤3万元完成：3万元分值：6), a row
    of three cards cut by the scan's grid into a table of rows (names, values, points), and two cards' values
    run across one line under a line of both names. The glued role label is read as a spaced one is (_label's
    `roles`); each column of such a table, top to bottom, is a card (card_grid, said); a line of as many
    space-apart names as the line below writes each field is the names of cards side by side (_names, each
    card a lane); and a card's title line opens its own block, so values before it that no name owned are not
    the next card's (they were read as 绿色防控技术覆盖率's: ≥3500户完成：3620户, WRONG), they are named unread."""
    from jixiao.extract import read_bytes
    html = ("<html><body><p>项目名称：测试项目</p><p>产出指标·数量指标</p><table>"
            "<tr><td>新建温室</td><td>推广种苗</td></tr>"
            "<tr><td>目标：≥300栋完成：310栋</td><td>目标：≥2000万株完成：2080万株</td></tr>"
            "<tr><td>分值：10得分：10</td><td>分值：8得分：8</td></tr></table>"
            "<p>产出指标·成本指标</p><p>每栋温室补助</p><p>目标：≤3万元完成：3万元分值：6</p><p>得分：6</p>"
            "<p>效益指标·社会效益指标</p><p>带动农户增收 出口量</p>"
            "<p>目标：≥3500户完成：3620户 目标：≥15000吨完成：15300吨分值：8得分：8 分值：6得分：6</p>"
            "<p>效益指标·生态效益指标</p><p>绿色防控覆盖率</p><p>目标：≥90% 完成：92% 分值：6</p><p>得分：6</p>"
            "</body></html>")
    recs = normalize_document(read_bytes(html.encode(), "t.html"), name="t.html")
    got = [(i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw) for i in recs.indicators]
    assert got == [
        ("数量指标", "新建温室", "≥300栋", "310栋", "10", "10"),
        ("数量指标", "推广种苗", "≥2000万株", "2080万株", "8", "8"),
        ("成本指标", "每栋温室补助", "≤3万元", "3万元", "6", "6"),
        ("社会效益指标", "带动农户增收", "≥3500户", "3620户", "8", "8"),
        ("社会效益指标", "出口量", "≥15000吨", "15300吨", "6", "6"),
        ("生态效益指标", "绿色防控覆盖率", "≥90%", "92%", "6", "6")]
    assert any("2列各写一张指标卡片" in w for w in recs.warnings) and recs.unread_rows == 0
    # three words over two cards' values: no names of theirs; the values are named unread, not the next card's
    three = normalize_document(read_bytes(html.replace("带动农户增收 出口量", "带动 农户增收 出口量").encode(), "t.html"),
                               name="t.html")
    assert [x for x in got if x[1] not in ("带动农户增收", "出口量")] == \
        [(i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw) for i in three.indicators]
    assert three.unread_rows == 2 and sum("3620户" in w or "15300吨" in w for w in three.warnings) == 2, three.warnings


def test_a_name_glued_to_the_next_label_ends_where_the_document_writes_that_label_apart():
    """1422.scan (a label sheet's two cards a row, read by OCR as lines across both): where OCR joined the right
    card's name to the next line's label with no space (三级指标：蔬菜农残抽检合格率年度指标值：≥8000亩), the label
    was taken as the shortest end the header grammar maps (指标值), so the name read 蔬菜农残抽检合格率年度. The
    longest end the document writes as a label apart elsewhere (年度指标值, on the other lines) is the label
    (label_blocks._label's `written`, _written_apart)."""
    from jixiao.extract import read_bytes
    lines = ["项目名称：测试项目",
             "一级指标：产出指标 一级指标：产出指标", "二级指标：数量指标 二级指标：质量指标",
             "三级指标：推广绿色防控技术 三级指标：蔬菜农残抽检合格率年度指标值：≥8000亩 年度指标值：≥98%",
             "实际完成值：8300亩 实际完成值：99.3%", "分值：6 得分：6 分值：8 得分：8",
             "一级指标：产出指标 一级指标：产出指标", "二级指标：时效指标 二级指标：成本指标",
             "三级指标：项目完成时间 三级指标：每亩基地建设补助", "年度指标值：2023年9月30日前 年度指标值：≤400元",
             "实际完成值：2023年9月26日 实际完成值：390元", "分值：4 得分：4 分值：6 得分：6"]
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("推广绿色防控技术", "≥8000亩", "8300亩"), ("蔬菜农残抽检合格率", "≥98%", "99.3%"),
        ("项目完成时间", "2023年9月30日前", "2023年9月26日"), ("每亩基地建设补助", "≤400元", "390元")]


def test_an_outline_of_level_lines_over_titled_cards_gives_each_card_its_levels():
    """1548.docx (a bulleted outline: a level-1 line, a level-2 line, then per indicator a name line over four
    label：value lines 年度指标值：… / 实际完成值：… / 分值：N / 得分：N): every card was read, but the level lines
    were taken for captions between runs, so no row had a level 1 or a level 2, and nothing said so. A short
    line naming a level alone, over another level line or a card's name, is that level's line
    (label_blocks._level_line): over a level line the level 1, over a card's name the level 2 where the
    grammar reads it as one (成本指标 under 产出指标), else the level 1; its level heads the cards after it."""
    from jixiao.extract import read_bytes

    def card(name, target, actual, weight, score):
        return [name, f"年度指标值：{target}", f"实际完成值：{actual}", f"分值：{weight}", f"得分：{score}"]
    lines = (["项目名称：测试项目", "产出指标", "数量指标"] + card("新建温室", "≥300栋", "310栋", "30", "30")
             + card("推广种苗", "≥20万株", "21万株", "20", "20") + ["成本指标"]
             + card("每亩补助", "≤500元", "500元", "20", "20")
             + ["效益指标", "社会效益指标"] + card("带动农户增收", "≥3500户", "3400户", "30", "29"))
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.score.q.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建温室", "≥300栋", "30"),
        ("产出指标", "数量指标", "推广种苗", "≥20万株", "20"),
        ("产出指标", "成本指标", "每亩补助", "≤500元", "20"),
        ("效益指标", "社会效益指标", "带动农户增收", "≥3500户", "29")]
    assert recs.unread_rows == 0
    # a level word over no card (a caption over a paragraph of prose) heads nothing
    prose = normalize_document(read_bytes("\n".join(["项目名称：测试项目", "产出指标", "全年完成温室建设，成效明显。"])
                                          .encode(), "t.txt"), name="t.txt")
    assert not prose.indicators


def test_stacked_key_value_cards_under_caption_rows_read_as_one_card_each():
    """1547.pdf (a two-column key-value table per indicator, each under its caption 指标N, printed one under
    another and read by the PDF reader as one table with the captions as rows of their own): the caption rows
    (one cell that is no header field, the value cell empty) made the stacked-card view refuse the table, and
    the transposed view read its first card only, eight of thirteen rows lost. A caption row where a card
    starts is no part of a card (table_views.stacked_cards); one inside a card is no caption: the table is
    none of stacked cards."""
    def card(lv1, lv2, name, target, actual, weight, score):
        return [["一级指标", lv1], ["二级指标", lv2], ["三级指标", name], ["年度指标值", target],
                ["实际完成值", actual], ["分值", weight], ["得分", score]]
    rows = (card("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "40", "40") + [["指标3", ""]]
            + card("产出指标", "质量指标", "验收合格率", "≥95%", "97%", "30", "30") + [["指标5", ""]]
            + card("效益指标", "社会效益指标", "通行时间缩短", "≥20%", "18%", "30", "27"))
    doc = Document(source="mem", format="pdf", sha256="",
                   blocks=[Paragraph(text="项目名称：乡村道路养护", loc=Location("mem", block=0)), _card(rows, 1)])
    doc.blocks[1].index = 0
    recs = normalize_document(doc, name="mem")
    assert [(i.level1, i.level2, i.level3, i.actual.raw, i.score.q.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建村道", "12.5公里", "40"), ("产出指标", "质量指标", "验收合格率", "97%", "30"),
        ("效益指标", "社会效益指标", "通行时间缩短", "18%", "27")]
    from jixiao.normalize.table_views import stacked_cards
    inside = card("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "40", "40")
    inside = inside[:3] + [["指标9", ""]] + inside[3:]
    assert stacked_cards(_card(inside + inside, 1)) is None


def test_cards_of_label_space_value_lines_read_as_cards():
    """1546.pdf (a page's cards printed: each line a field name, a space, the value, no colon: 一级指标 产出指标 /
    三级指标 建设示范园 / 年度指标值 ≥3000亩 …): no line read as a label and its value, nothing was read. A line
    of one label the header grammar names, a space and one word that it does not name is that pair
    (label_blocks._spaced), no card's title; a header row printed as a line (三级指标 年度指标值) is no pair."""
    from jixiao.extract import read_bytes

    def card(l1, l2, name, target, actual, weight, score):
        return [f"一级指标 {l1}", f"二级指标 {l2}", f"三级指标 {name}", f"年度指标值 {target}", f"实际完成值 {actual}",
                f"分值 {weight}", f"得分 {score}"]
    lines = (["项目名称：测试项目"] + card("产出指标", "数量指标", "新建温室", "≥300栋", "310栋", "50", "50")
             + card("效益指标", "社会效益指标", "带动农户增收", "≥3500户", "3400户", "50", "48"))
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.score.q.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建温室", "≥300栋", "310栋", "50"),
        ("效益指标", "社会效益指标", "带动农户增收", "≥3500户", "3400户", "48")]
    from jixiao.extract import Paragraph, Location
    from jixiao.normalize.label_blocks import _pairs
    assert _pairs(Paragraph(text="三级指标 年度指标值", loc=Location("mem", block=0)), 0) is None


def test_a_label_spaced_apart_before_its_colon_is_no_label_space_value_pair():
    """label_blocks._spaced reads a line written label, space, value (三级指标 建设示范园, 1546). A line whose label
    a text layer spaced apart before its colon (三级 指标：建设示范园, 得分 情况：10) is a label：value line: its first
    word is no label over the rest, so 指标：建设示范园 is never a name nor 情况：10 a score."""
    from jixiao.normalize.label_blocks import _pairs
    for text in ("三级 指标：建设示范园", "得分 情况：10", "得分 情况:10"):
        got = _pairs(Paragraph(text=text, loc=Location("mem", block=0, line=1)), 0) or []
        assert not [v.text for _, _, v in got if "：" in v.text or ":" in v.text], text
    got = _pairs(Paragraph(text="三级指标 建设示范园", loc=Location("mem", block=0, line=1)), 0)
    assert [(f, v.text) for f, _, v in got] == [("level3", "建设示范园")]


def _lines_doc(lines):
    return Document(source="mem", format="pdf", sha256="",
                    blocks=[Paragraph(text=x, loc=Location("mem", block=k)) for k, x in enumerate(["项目支出绩效自评表"] + lines)])


def _pair_lines(left, right):
    """Two columns of seven-line blocks read across the page, line by line (right may be shorter)."""
    return [f"{a} {b}" if b else a for a, b in zip(left, right + [""] * (len(left) - len(right)))]


def _block(l1, l2, name, target, actual, weight, score):
    return [f"一级指标：{l1}", f"二级指标：{l2}", f"三级指标：{name}", f"年度指标值：{target}", f"实际完成值：{actual}",
            f"分值：{weight}", f"得分：{score}"]


def test_two_columns_read_across_out_of_step_leave_their_rows_unread_and_named():
    """1598.pdf (label：value blocks in a two-column section, read across the page): on page 1 the columns face
    each other line for line and read as two lanes; on page 2 the right column starts mid-block, so a line pairs
    一级指标 with 实际完成值 and five rows took the other column's values, NOTHING SAID. From the first such line
    the blocks fed are counted unread and named; the blocks before read as they did."""
    a = _block("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "20", "20")
    b = _block("产出指标", "质量指标", "验收合格率", "100%", "100%", "20", "20")
    c = _block("效益指标", "社会效益指标", "通行时间缩短", "≥20%", "18%", "30", "27")
    d = _block("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "30", "30")
    lines = _pair_lines(a, b) + _pair_lines(c[:4] + [], d[4:]) + c[4:] + d[:4]
    recs = normalize_document(_lines_doc(lines), name="mem")
    assert [i.level3 for i in recs.indicators] == ["新建村道", "验收合格率"]
    assert recs.unread_rows == 2
    said = [w for w in recs.warnings if "左右错行" in w]
    assert len(said) == 1 and "通行时间缩短" in said[0] and "群众满意度" in said[0]


def test_cards_of_a_name_over_label_space_value_lines_read_under_their_level_path():
    """1595.pdf (a mobile detail page printed: a level path line per group, 产出指标·数量指标, then a block per
    indicator of its name and four flexbox rows, the label at the left and the value pushed to the right edge):
    the name line over lines written label, space, value was named unread (名称行无标签，未能作为指标读取). A card's
    values line may be written label, space, value as a card's lines elsewhere are (label_blocks._spaced)."""
    from jixiao.extract import read_bytes

    def card(name, target, actual, weight, score):
        return [name, f"年度指标值 {target}", f"实际完成值 {actual}", f"分值 {weight}", f"得分 {score}"]
    lines = (["项目名称：测试项目", "产出指标·数量指标"] + card("健康体检人数", "≥42000人", "43150人", "50", "50")
             + card("健康教育讲座", "≥300场", "312场", "20", "20")
             + ["效益指标·社会效益指标"] + card("老年人健康管理率", "≥70%", "66.5%", "30", "28.5"))
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.score.q.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "健康体检人数", "≥42000人", "43150人", "50"),
        ("产出指标", "数量指标", "健康教育讲座", "≥300场", "312场", "20"),
        ("效益指标", "社会效益指标", "老年人健康管理率", "≥70%", "66.5%", "28.5")]


def test_a_card_read_without_the_level_path_the_document_writes_over_the_others_is_said():
    """fixleft59 (1595.scan): OCR ran each card's level path line into the line above it (…分值 10得分 10满意度指标·服务
    对象满意度指标), so the cards above went unread (named) and the last card (乡村医生满意度, its lines clean) was read
    with its levels BLANK and nothing said. A card read with no level, in a document that writes level paths
    (产出指标·数量指标, as a line or a line's tail), is said: its levels left blank, where the paths were named. A
    document of cards with no level path anywhere says nothing."""
    lines = ["项目名称：测试项目", "绩效指标完成情况", "基层健康服务能力",
             "年度指标值 持续提升实际完成值 持续提升分值 10得分 10满意度指标·服务对象满意度指标", "体检群众满意度",
             "年度指标值 ≥90%实际完成值 95%", "分值 5得分 5", "乡村医生满意度", "年度指标值 ≥85%", "实际完成值 90%",
             "分值 5", "得分 5", "总分：100 得分：98.60 自评等级：优"]

    def read(lines):
        blocks = [Paragraph(text=t, loc=Location("mem", block=k, page=1)) for k, t in enumerate(lines)]
        return normalize_document(Document(source="mem", format="pdf", sha256="", blocks=blocks))

    recs = read(lines)
    got = [i for i in recs.indicators if i.level3 == "乡村医生满意度"]
    assert got and not got[0].level1 and got[0].target.raw == "≥85%", recs.indicators
    said = [w for w in recs.warnings if "乡村医生满意度" in w and "层级" in w]
    assert len(said) == 1 and "满意度指标·服务对象满意度指标" in said[0], recs.warnings
    plain = read([x.replace("满意度指标·服务对象满意度指标", "") for x in lines])
    assert not [w for w in plain.warnings if "乡村医生满意度" in w and "层级" in w], plain.warnings


def test_the_list_bullets_a_scan_reads_before_a_label_or_after_a_value_are_no_part_of_them():
    """1548.scan (the same outline printed and scanned): OCR reads Word's list bullets as ·, • or 。 — before a
    label (• 实际完成值：42家, · 分值：10) or, where two bulleted lines are read as one, after the value before the next
    label (≥6000亩· 实际完成值：6150亩). The line opened by • was no label line: the run broke there and the card
    改造茶叶初制所 was lost with nothing said (the cards after it lost their levels, the · lines their weights).
    A bullet opening a line is no part of its first label (as sentences.BULLET reads a bulleted heading), and
    one ending a value before the next label no part of the value."""
    from jixiao.extract import read_bytes
    lines = ["项目名称：测试项目", "产出指标", "数量指标", "建设生态茶园", "年度指标值：≥6000亩· 实际完成值：6150亩",
             "· 分值：10", "得分：10", "改造茶叶初制所", "年度指标值：≥40家", "• 实际完成值：42家", "分值：8", "得分：8",
             "培训茶农", "年度指标值：≥1500人次", "。 实际完成值：1620人次", "分值：6", "得分：6"]
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "建设生态茶园", "≥6000亩", "6150亩", "10"),
        ("产出指标", "数量指标", "改造茶叶初制所", "≥40家", "42家", "8"),
        ("产出指标", "数量指标", "培训茶农", "≥1500人次", "1620人次", "6")]


def test_a_cards_values_cut_from_its_name_by_a_line_no_label_reads_are_counted_and_said():
    """1548.scan before the bullets were read: the name line 改造茶叶初制所, 年度指标值：≥40家, then a line no label
    grammar reads (here 完成 misread 完戍), and the card's values stood with no name; the row was dropped and nothing
    said. A block of an indicator's values (a target among them) with no name, in a run whose cards have names, is
    counted unread and named by its line."""
    from jixiao.extract import read_bytes
    lines = ["项目名称：测试项目", "产出指标", "数量指标", "建设生态茶园", "年度指标值：≥6000亩", "实际完成值：6150亩",
             "分值：10", "得分：10", "改造茶叶初制所", "年度指标值：≥40家", "实际完戍值：42家", "分值：8", "得分：8",
             "培训茶农", "年度指标值：≥1500人次", "实际完成值：1620人次", "分值：6", "得分：6"]
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [i.level3 for i in recs.indicators] == ["建设生态茶园", "培训茶农"]
    assert recs.unread_rows == 1
    said = [w for w in recs.warnings if "没有读出所属的指标名称" in w]
    assert len(said) == 1 and "“年度指标值：≥40家”" in said[0] and "共1条指标未读取" in said[0]


def test_a_cards_values_line_of_label_space_value_pairs_apart_by_middle_dots_is_read_with_its_name():
    """1806.html (a vertical timeline: per item a level path line 产出指标 / 数量指标, the name, and ONE line '年度
    指标值 ≥6000亩 · 实际完成值 6180亩 · 分值 10 · 得分 10', no colon): the values line was said as a sentence under no
    level heading and no row read. A line of no colon whose every part between marks standing apart (· or |, a
    space either side) is one label, space, value pair is a card's values line (label_blocks._spaced_parts), and
    opens no card of its own; a level path line (产出指标 / 数量指标) is no such line."""
    from jixiao.extract import read_bytes

    def card(path, name, target, actual, weight, score):
        return [path, name, f"年度指标值 {target} · 实际完成值 {actual} · 分值 {weight} · 得分 {score}"]
    lines = (["项目名称：测试项目"] + card("产出指标 / 数量指标", "咖啡低产园改造", "≥6000亩", "6180亩", "50", "50")
             + card("产出指标 / 时效指标", "项目完成时间", "2023年12月31日前", "2023年12月25日", "20", "20")
             + card("效益指标 / 可持续影响指标", "品牌影响力", "持续提升", "持续提升", "30", "30"))
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "咖啡低产园改造", "≥6000亩", "6180亩", "50", "50"),
        ("产出指标", "时效指标", "项目完成时间", "2023年12月31日前", "2023年12月25日", "20", "20"),
        ("效益指标", "可持续影响指标", "品牌影响力", "持续提升", "持续提升", "30", "30")]


def test_a_cards_values_line_whose_marks_and_pairs_lost_their_spaces_is_read_qualitative_value_too():
    """1806.pdf (the timeline printed: the PDF's text drops the spaces round the middle dots and between each label
    and its value, '年度指标值≥6000亩·实际完成值6180亩·分值10·得分10'): eleven lines said as sentences under no level,
    and the qualitative card's line ('年度指标值持续提升·实际完成值持续提升·…', a value of Han characters glued to
    its label) NOT NAMED. A part of such a line is a label glued to a value opening with no Han character
    (label_blocks._glued); a value of Han characters only follows the longest label the document writes apart on
    such lines elsewhere (_written_apart)."""
    from jixiao.extract import read_bytes

    def card(path, name, target, actual, weight, score):
        return [path, name, f"年度指标值{target}·实际完成值{actual}·分值{weight}·得分{score}"]
    lines = (["项目名称：测试项目"] + card("产出指标/数量指标", "咖啡低产园改造", "≥6000亩", "6180亩", "50", "50")
             + card("产出指标/时效指标", "项目完成时间", "2023年12月31日前", "2023年12月25日", "20", "20")
             + card("效益指标/可持续影响指标", "品牌影响力", "持续提升", "持续提升", "30", "30"))
    recs = normalize_document(read_bytes("\n".join(lines).encode(), "t.txt"), name="t.txt")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "咖啡低产园改造", "≥6000亩", "6180亩", "50", "50"),
        ("产出指标", "时效指标", "项目完成时间", "2023年12月31日前", "2023年12月25日", "20", "20"),
        ("效益指标", "可持续影响指标", "品牌影响力", "持续提升", "持续提升", "30", "30")]


def test_a_name_line_over_a_table_of_label_value_cells_is_read_as_one_card():
    """1809.html (cards whose values are a <dl> grid, two label | value pairs a line, the name an <h4> '1.name'
    above): each grid was read as a headerless table whose rows were indicators named 年度指标值 and 分值 (20 rows,
    nothing said wrong). A table whose every row alternates a label and its value, the lines a card's values, under
    a short name line, is read as that card's values lines (label_blocks._pair_rows)."""
    def pair_table(rows, k):
        cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=k, table=k, row=r, col=c))
                 for r, row in enumerate(rows) for c, t in enumerate(row)]
        return Table(index=k, n_rows=len(rows), n_cols=4, cells=cells, loc=Location("mem", block=k, table=k))
    items = [("建设良种繁育基地", "≥10000亩", "10300亩", "60", "60"), ("项目完成时间", "2023年10月31日前",
                                                                 "2023年10月28日", "40", "40")]
    blocks = [Paragraph(text="项目名称：测试项目", loc=Location("mem", block=0))]
    for name, target, actual, weight, score in items:
        blocks.append(Paragraph(text=name, loc=Location("mem", block=len(blocks))))
        blocks.append(pair_table([["年度指标值", target, "实际完成值", actual], ["分值", weight, "得分", score]],
                                 len(blocks)))
    for n, t in enumerate(b for b in blocks if isinstance(b, Table)):
        t.index = n
    r = normalize_document(Document(source="mem", format="html", sha256="", blocks=blocks))
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw) for i in r.indicators] == [
        ("建设良种繁育基地", "≥10000亩", "10300亩", "60", "60"),
        ("项目完成时间", "2023年10月31日前", "2023年10月28日", "40", "40")]
