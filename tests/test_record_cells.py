"""A column whose cells each hold one indicator as label：value lines, its levels in the merged
columns beside it, read as the table it stands for (normalize/record_cells)."""
from decimal import Decimal

from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.normalize import normalize_document
from jixiao.normalize.record_cells import pairs, record_view, stacked_pairs, stacked_records


def _record(name, target, actual, weight, score):
    return f"指标名称：{name}\n目标值：{target}\n实际完成值：{actual}\n分值：{weight}\n得分：{score}"


ROWS = [  # (row, col, rowspan, colspan, text)
    (0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, "乡村道路养护"),
    (1, 0, 1, 2, "项目资金（万元）"), (1, 2, 1, 1, "年初预算数：100.00\n全年预算数：120.00\n全年执行数：114.00\n执行率：95.00%"),
    (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "指标名称及完成情况"),
    (3, 0, 3, 1, "产出指标"), (3, 1, 2, 1, "数量指标"), (3, 2, 1, 1, _record("新建村道", "≥12公里", "12.5公里", "20", "20")),
    (4, 2, 1, 1, _record("维修桥梁", "≥3座", "3座", "20", "20")),
    (5, 1, 1, 1, "质量指标"), (5, 2, 1, 1, _record("验收合格率", "100%", "100%", "20", "20")),
    (6, 0, 1, 1, "效益指标"), (6, 1, 1, 1, "社会效益指标"), (6, 2, 1, 1, _record("通行时间缩短", "≥20%", "18%", "40", "36")),
    (7, 0, 1, 2, "总分"), (7, 2, 1, 1, "分值：100\n得分：96"),
]


def _table():
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=0, table=0, row=r, col=c))
             for r, c, rs, cs, t in ROWS]
    return Table(index=0, n_rows=8, n_cols=3, cells=cells, loc=Location("mem", block=0, table=0))


def test_a_cell_of_label_value_lines_is_a_record_and_a_sentence_with_a_colon_is_not():
    assert pairs("分值：10\n得分：9.5") == [("分值", "10"), ("得分", "9.5")]
    assert pairs("说明：道路施工影响客流") is None              # one line: a remark, no record
    assert pairs("完成情况：2023年9月\n已于9月完成验收") is None   # a line without a label
    assert pairs("第1项：甲\n第2项：乙") is None                  # a figure in the label


def test_the_record_column_is_spread_into_a_column_per_label_the_levels_merged_over_their_rows():
    g = record_view(_table())[0].grid(fill=True)
    assert g[1][2:] == ["年初预算数", "全年预算数", "全年执行数", "执行率", ""]
    assert g[2][:2] == ["项目资金（万元）", "项目资金（万元）"] and g[2][2:6] == ["100.00", "120.00", "114.00", "95.00%"]
    assert g[3] == ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值", "分值", "得分"]
    assert g[4] == ["产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "20", "20"]
    assert g[6][:3] == ["产出指标", "质量指标", "验收合格率"]
    assert g[8] == ["总分", "总分", "", "", "", "100", "96"]
    assert g[0][2:] == ["乡村道路养护"] * 5


def _v(x):
    return getattr(getattr(x, "q", x), "value", x)


def test_a_form_of_record_cells_reads_its_indicators_funds_and_total():
    doc = Document(source="mem", format="xlsx", sha256="",
                   blocks=[Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)), _table()])
    doc.blocks[1].loc = Location("mem", block=1, table=0)
    r = normalize_document(doc)
    got = [(i.level1, i.level2, i.level3, _v(i.weight), _v(i.score)) for i in r.indicators]
    assert got == [("产出指标", "数量指标", "新建村道", Decimal("20"), Decimal("20")),
                   ("产出指标", "数量指标", "维修桥梁", Decimal("20"), Decimal("20")),
                   ("产出指标", "质量指标", "验收合格率", Decimal("20"), Decimal("20")),
                   ("效益指标", "社会效益指标", "通行时间缩短", Decimal("40"), Decimal("36"))]
    assert r.indicators[0].target.raw == "≥12公里"
    assert r.indicators[1].loc.row == 4   # the table's row of the record it was read from, not the view's
    (p,) = r.projects
    assert p.budget_full_year.q.raw == "120.00" and p.executed.q.raw == "114.00" and p.money_unit == "万元"
    assert _v(p.total_score_stated) == Decimal("96")


def test_records_no_view_can_spread_are_counted_unread_and_named():
    # a cell crossing the record column's edge: no grid to spread the records in
    rows = [x for x in ROWS if x[0] != 0] + [(0, 0, 1, 3, "项目名称：乡村道路养护")]
    rows = [(r, c, rs, cs, t) for r, c, rs, cs, t in rows if r != 7] + [(7, 1, 1, 2, "分值：100\n得分：96")] + [(7, 0, 1, 1, "总分")]
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, c, rs, cs, t in rows]
    t = Table(index=0, n_rows=8, n_cols=3, cells=cells, loc=Location("mem", block=1, table=0))
    assert record_view(t) is None
    doc = Document(source="mem", format="xlsx", sha256="", blocks=[Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)), t])
    r = normalize_document(doc)
    assert not r.indicators
    assert r.unread_rows == 4
    said = [w for w in r.warnings if "单元格内逐行写出一条指标" in w]
    assert len(said) == 4 and "新建村道" in said[0]


def _card(name, target, actual, weight, score):
    # a card titled by its name, two labelled values to a line (corpus/native 807's boxes)
    return f"{name}\n年度指标值：{target}\u3000实际完成值：{actual}\n分值：{weight}\u3000得分：{score}"


def test_a_card_titled_by_its_name_with_pairs_side_by_side_is_a_record():
    assert pairs(_card("新建村道", "≥12公里", "12.5公里", "20", "20")) == [
        ("三级指标", "新建村道"), ("年度指标值", "≥12公里"), ("实际完成值", "12.5公里"), ("分值", "20"), ("得分", "20")]
    assert pairs("会议纪要\n时间：3月5日\u3000地点：会议室") is None   # a title over labels no indicator has
    assert pairs("新建村道\n三级指标：维修桥梁\n分值：20") is None       # the name labelled below: no title


def test_cards_under_levels_with_no_header_read_with_their_levels():
    rows = [(0, 0, 3, 1, "产出指标"), (0, 1, 2, 1, "数量指标"), (0, 2, 1, 1, _card("新建村道", "≥12公里", "12.5公里", "20", "20")),
            (1, 2, 1, 1, _card("维修桥梁", "≥3座", "3座", "20", "20")),
            (2, 1, 1, 1, "质量指标"), (2, 2, 1, 1, _card("验收合格率", "100%", "100%", "20", "20"))]
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, c, rs, cs, t in rows]
    table = Table(index=0, n_rows=3, n_cols=3, cells=cells, loc=Location("mem", block=1, table=0))
    g = record_view(table)[0].grid(fill=True)
    # the labels make a header row over the first card; the level cells beside the run stay below it
    assert g[0] == ["", "", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    assert g[1] == ["产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "20", "20"]
    doc = Document(source="mem", format="xlsx", sha256="",
                   blocks=[Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)), table])
    got = [(i.level1, i.level2, i.level3, i.target.raw) for i in normalize_document(doc).indicators]
    assert got == [("产出指标", "数量指标", "新建村道", "≥12公里"), ("产出指标", "数量指标", "维修桥梁", "≥3座"),
                   ("产出指标", "质量指标", "验收合格率", "100%")]


def test_pairs_a_print_set_one_space_apart_part_before_each_label():
    """Issue 21 (807.pdf): a box's line printed with one space between its pairs (the sheet's gap
    narrowed) splits before each label and its colon, never inside a value (≥ 3000头, a date)."""
    assert pairs("牦牛良种补贴\n年度指标值：≥ 3000头 实际完成值：3120头\n分值： 10 得分：10") == [
        ("三级指标", "牦牛良种补贴"), ("年度指标值", "≥ 3000头"), ("实际完成值", "3120头"), ("分值", "10"), ("得分", "10")]
    assert pairs("年度指标值： 2023年10月15日前 实际完成值：2023年10月12日\n分值：6") == [
        ("年度指标值", "2023年10月15日前"), ("实际完成值", "2023年10月12日"), ("分值", "6")]


def test_a_line_of_labels_over_a_line_of_values_reads_as_pairs():
    assert stacked_pairs("总分\u3000\u3000得分\u3000\u3000自评等级\n100\u3000\u300099.30\u3000\u3000优") == \
        "总分：100\u3000\u3000得分：99.30\u3000\u3000自评等级：优"
    assert stacked_pairs("总分 得分 自评等级\n100 99.30 优") == "总分：100\u3000\u3000得分：99.30\u3000\u3000自评等级：优"
    assert stacked_pairs("分值 得分\n优 良") is None                 # no figure among the values
    assert stacked_pairs("2023年 得分\n100 96") is None              # a figure among the labels
    assert stacked_pairs("总分 得分 自评等级\n100 99.30") is None      # not parted alike


def test_cards_stacked_in_one_cell_are_counted_unread_and_named():
    """807.scan: the drawing's boxes read as one cell of eleven cards, nothing said; each card is now
    counted unread and named, the project's sums held back."""
    text = "\n".join(_card(*row) for row in (("新建村道", "≥12公里", "12.5公里", "20", "20"),
                                             ("维修桥梁", "≥3座", "3座", "20", "20")))
    assert [got[0] for got in stacked_records(text)] == [("三级指标", "新建村道"), ("三级指标", "维修桥梁")]
    assert stacked_records(_card("新建村道", "≥12公里", "12.5公里", "20", "20")) == []   # one card is a record
    assert stacked_records("说明\n时间：3月5日\n备注\n地点：会议室") == []                  # no indicator named
    rows = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "乡村道路养护"), (1, 0, 1, 1, "绩效指标"), (1, 1, 1, 1, text),
            (2, 0, 1, 1, "总分"), (2, 1, 1, 1, "分值：100\n得分：96")]
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, c, rs, cs, t in rows]
    doc = Document(source="mem", format="pdf", sha256="", blocks=[
        Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)),
        Table(index=0, n_rows=3, n_cols=2, cells=cells, loc=Location("mem", block=1, table=0))])
    r = normalize_document(doc)
    assert r.unread_rows == 2 and any("2条指标" in w and "新建村道、维修桥梁" in w for w in r.warnings)


def test_a_grid_of_cards_is_named_card_by_card_and_no_card_is_taken_for_a_cards_name():
    """1467.pdf (an html board of cards printed by Chromium): the PDF reads each card as a cell, three to
    a row, a run's heading printed into the card before it (产出指标·质量指标 under its 得分 line). Two cards
    in one column made a record column, the card beside it was taken as its row's name (带动农户增收 with
    东港草莓出口量's figures, WRONG, unsaid), the cards of the first row but one were dropped as the row named
    again, and the cards with a heading under them were not named at all. None is read as another's name: a
    grid of cards the card grammar reads is read card by card (label_blocks.card_grid, fixleft50); one whose
    values carry a label that names no field nor a value's role (进度：) is named unread card by card."""
    def card(name, target, actual, weight, score, heading="", done="完成"):
        return f"{name}\n目标：{target} {done}：{actual}\n分值：{weight} 得分：{score}" + (f"\n{heading}" if heading else "")
    rows = [(0, 0, card("新建温室", "≥300栋", "310栋", "10", "10", "产出指标·质量指标")),
            (0, 1, card("推广种苗", "≥2000万株", "2080万株", "8", "8")),
            (0, 2, card("技术培训", "≥900人次", "950人次", "6", "6")),
            (1, 0, card("抽检合格率", "≥98%", "99.5%", "6", "6", "产出指标·时效指标")), (1, 1, ""), (1, 2, ""),
            (2, 0, card("农户增收", "≥3500户", "3620户", "8", "8")),
            (2, 1, card("出口量", "≥15000吨", "15300吨", "6", "6")), (2, 2, "")]
    cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=1, table=0, row=r, col=c)) for r, c, t in rows]
    t = Table(index=0, n_rows=3, n_cols=3, cells=cells, loc=Location("mem", block=1, table=0))
    assert record_view(t) is None
    doc = Document(source="mem", format="pdf", sha256="", blocks=[
        Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)),
        Paragraph(text="产出指标·数量指标", loc=Location("mem", block=1)), t])
    r = normalize_document(doc)
    assert [(i.level2, i.level3, i.target.raw, i.actual.raw) for i in r.indicators] == [
        ("数量指标", "新建温室", "≥300栋", "310栋"), ("数量指标", "推广种苗", "≥2000万株", "2080万株"),
        ("数量指标", "技术培训", "≥900人次", "950人次"), ("质量指标", "抽检合格率", "≥98%", "99.5%"),
        ("时效指标", "农户增收", "≥3500户", "3620户"), ("时效指标", "出口量", "≥15000吨", "15300吨")]
    for c in cells:
        c.text = c.text.replace("完成：", "进度：")
    r = normalize_document(doc)
    assert not r.indicators, [(i.level3, i.target.raw) for i in r.indicators]
    said = [w for w in r.warnings if "单元格内逐行写出一条指标" in w]
    assert r.unread_rows == 6 and len(said) == 6, r.warnings
    for name in ("新建温室", "推广种苗", "技术培训", "抽检合格率", "农户增收", "出口量"):
        assert sum(name in w for w in said) == 1, name


def _tile(name, target, actual, weight, score):
    return f"{name}\n年度指标值：{target}\n实际完成值：{actual}\n分值：{weight}　得分：{score}"


TILES = [  # (row, col, rowspan, colspan, text): a sheet row per level-2 run, one indicator per cell across it
    (0, 0, 1, 1, "指标层级"), (0, 1, 1, 3, "三级指标及完成情况"),
    (1, 0, 1, 1, "产出指标\n数量指标"), (1, 1, 1, 1, _tile("新建基地", "≥20000亩", "20600亩", "30", "30")),
    (1, 2, 1, 1, _tile("推广新品种", "≥50000亩", "52000亩", "20", "20")), (1, 3, 1, 1, ""),
    (2, 0, 1, 1, "效益指标\n经济效益指标"), (2, 1, 1, 1, _tile("亩均收益", "≥900元", "720元", "50", "40")),
    (2, 2, 1, 1, ""), (2, 3, 1, 1, ""),
    (3, 0, 1, 1, "总分"), (3, 1, 1, 1, "分值：100"), (3, 2, 1, 1, "得分：90"), (3, 3, 1, 1, ""),
]


def test_records_tiled_across_rows_are_read_one_a_row_with_the_levels_their_row_stacks():
    """Issue 21 (1501: a matrix of tiles): a sheet row per level-2 run, its levels stacked in the first cell
    (产出指标⏎数量指标 under 指标层级), then one cell per indicator, each a name over label：value lines, a
    short run leaving cells empty. Every tile was named unread; each is an indicator row, left to right
    then down, under the levels of its row, and the reading is said."""
    from jixiao.normalize.record_cells import record_grid
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=0, table=0, row=r, col=c))
             for r, c, rs, cs, t in TILES]
    t = Table(index=0, n_rows=4, n_cols=4, cells=cells, loc=Location("mem", block=0, table=0))
    view, moved = record_grid(t)
    assert [moved.get(v, v) for v in range(view.n_rows)] == [0, 1, 1, 2, 3]
    recs = normalize_document(Document(source="mem", format="xlsx", sha256="", blocks=[t]))
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.value, i.score.value)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建基地", "≥20000亩", "20600亩", Decimal(30), Decimal(30)),
        ("产出指标", "数量指标", "推广新品种", "≥50000亩", "52000亩", Decimal(20), Decimal(20)),
        ("效益指标", "经济效益指标", "亩均收益", "≥900元", "720元", Decimal(50), Decimal(40))]
    assert any("逐格" in w for w in recs.warnings), recs.warnings


def test_cells_crossing_the_record_column_above_and_below_its_records_widen_with_it():
    # 1597: one sheet, the head and fund rows merged across the record column (C:G) above the records,
    # 总分 merged across it below; the records name-titled cards, 分值 and 得分 on one line
    head = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "乡村道路养护"),
            (1, 0, 2, 1, "项目资金（万元）"), (1, 1, 1, 1, "全年预算数"), (1, 2, 1, 1, "全年执行数"), (1, 3, 1, 1, "执行率"),
            (2, 1, 1, 1, "120.00"), (2, 2, 1, 1, "114.00"), (2, 3, 1, 1, "95.00%"),
            (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 3, "三级指标及完成情况"),
            (4, 0, 2, 1, "产出指标"), (4, 1, 2, 1, "数量指标"), (4, 2, 1, 3, _card("新建村道", "≥12公里", "12.5公里", "50", "50")),
            (5, 2, 1, 3, _card("维修桥梁", "≥3座", "2座", "50", "40")),
            (6, 0, 1, 1, "总分"), (6, 1, 1, 4, "分值：100\u3000得分：90")]
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, c, rs, cs, t in head]
    t = Table(index=0, n_rows=7, n_cols=5, cells=cells, loc=Location("mem", block=1, table=0))
    g = record_view(t)[0].grid(fill=True)
    assert g[0] == ["项目名称"] + ["乡村道路养护"] * 6   # widened by the two columns the records gained
    assert g[5] == ["产出指标", "数量指标", "维修桥梁", "≥3座", "2座", "50", "40"]
    doc = Document(source="mem", format="xlsx", sha256="", blocks=[Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)), t])
    r = normalize_document(doc)
    assert [(i.level2, i.level3, _v(i.score)) for i in r.indicators] == [
        ("数量指标", "新建村道", Decimal("50")), ("数量指标", "维修桥梁", Decimal("40"))]
    assert not [w for w in r.warnings if "单元格内逐行写出一条指标" in w]


def test_labels_before_a_space_count_the_indicators_a_glued_cell_holds():
    # 1595.pdf: each box's label | value rows printed glued on one line, no colon; three cards in one cell
    from jixiao.normalize.record_cells import labelled_count
    text = ("65岁及以上老年人健康体检人数\n年度指标值 ≥42000人实际完成值 43150人分值 10得分 10建立居民电子健康档案\n"
            "年度指标值 ≥520000份实际完成值 528000份分值 8得分 8开展健康教育讲座\n年度指标值 ≥300场实际完成值 312场分值 6得分 6")
    assert labelled_count(text) == 3
    assert labelled_count("本年度 项目 实施 顺利 完成 目标 明确") == 0      # words apart by spaces, no labels


def _bracketed_form(header_pieces):
    """A questionnaire template (corpus/native 1769): the name cell carries its target and weight in a
    bracket of labelled values, under a header 评价内容（模板预设） over group headings merged across; the
    unit fills only the result and score cells."""
    rows = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "金银花产业提质增效"), *header_pieces,
            (1, 4, 1, 1, "实际完成值"), (1, 5, 1, 1, "得分"),
            (2, 0, 1, 6, "一、产出指标"), (3, 0, 1, 6, "（一）数量指标"),
            (4, 0, 1, 4, "1.建设标准化种植基地（年度指标值：≥10000亩；分值：10分）"), (4, 4, 1, 1, "10300亩"), (4, 5, 1, 1, "10"),
            (5, 0, 1, 4, "2.新建烘干房（年度指标值：≥120座；分值：8分）"), (5, 4, 1, 1, "126座"), (5, 5, 1, 1, "8"),
            (6, 0, 1, 6, "二、满意度指标"), (7, 0, 1, 6, "（一）服务对象满意度指标"),
            (8, 0, 1, 4, "3.花农满意度（年度指标值：≥90%；分值：10分）"), (8, 4, 1, 1, "95%"), (8, 5, 1, 1, "10")]
    cells = [Cell(text=t, row=r, col=c, rowspan=rs, colspan=cs, loc=Location("mem", block=1, table=0, row=r, col=c))
             for r, c, rs, cs, t in rows]
    t = Table(index=0, n_rows=9, n_cols=6, cells=cells, loc=Location("mem", block=1, table=0))
    return Document(source="mem", format="xlsx", sha256="",
                    blocks=[Paragraph(text="项目支出绩效自评表", loc=Location("mem", block=0)), t])


def test_a_name_closing_with_a_bracket_of_labelled_values_is_a_record_read_under_the_header_over_its_groups():
    assert pairs("1.建设标准化种植基地（年度指标值：≥10000亩；分值：10分）") == [
        ("三级指标", "建设标准化种植基地"), ("年度指标值", "≥10000亩"), ("分值", "10分")]
    assert pairs("群众满意度（调查对象：农户；方式：问卷）") is None     # labels no value field
    assert pairs("培训人数（其中：女性300人）") is None                  # one pair: a remark
    whole = [(1, 0, 1, 4, "评价内容（模板预设）")]
    pieces = [(1, 0, 1, 1, ""), (1, 1, 1, 1, "评价内"), (1, 2, 1, 1, "容（模板预设）"), (1, 3, 1, 1, "")]  # a scan's lost merge
    for header in (whole, pieces):
        r = normalize_document(_bracketed_form(header))
        got = [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, _v(i.weight), _v(i.score)) for i in r.indicators]
        assert got == [("产出指标", "数量指标", "建设标准化种植基地", "≥10000亩", "10300亩", Decimal("10"), Decimal("10")),
                       ("产出指标", "数量指标", "新建烘干房", "≥120座", "126座", Decimal("8"), Decimal("8")),
                       ("满意度指标", "服务对象满意度指标", "花农满意度", "≥90%", "95%", Decimal("10"), Decimal("10"))]
