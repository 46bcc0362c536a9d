"""Values in parentheses whose order a note declares (normalize.declared_order), in the shape of corpus/native
1596.docx: an outline by indentation (一级 / 二级 lines), each indicator a line name（target／actual／weight／score）,
the order only in a 说明 line above."""
from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.normalize import normalize_document
from jixiao.normalize.declared_order import declared_labels


def _p(k, text):
    return Paragraph(text=text, loc=Location("mem", block=k))


def _doc(note):
    # the first two items a table already (a reader splits a run of slash lines into cells)
    rows = [["新建村道（≥12公里", "12.5公里", "40", "40）"], ["维修桥梁（≥3座", "3座", "30", "30）"]]
    t = Table(index=0, n_rows=2, n_cols=4, loc=Location("mem", block=4, table=0),
              cells=[Cell(text=x, row=r, col=c, loc=Location("mem", block=4, table=0, row=r, col=c))
                     for r, row in enumerate(rows) for c, x in enumerate(row)])
    return Document(source="mem", format="docx", sha256="", blocks=[
        _p(0, "项目支出绩效自评表"), _p(1, note), _p(2, "产出指标"), _p(3, "数量指标"), t,
        _p(5, "效益指标"), _p(6, "社会效益指标"), _p(7, "通行时间缩短（≥20%／18%／30／27）")])


def test_the_note_declares_the_order_by_the_header_grammar():
    assert declared_labels("说明：括号内依次为年度指标值、实际完成值、分值、得分。") == ["年度指标值", "实际完成值", "分值", "得分"]
    assert declared_labels("括号内依次为甲、乙、丙") is None        # words no header has
    assert declared_labels("资金依次为中央、省级") is None


def test_items_read_in_the_declared_order_under_their_level_lines():
    """1596: the first run of items split into cells and read with a guessed order (target, weight, actual),
    the others not read, none said: each item reads as the card it stands for, in the note's order."""
    recs = normalize_document(_doc("说明：各三级指标名称后括号内依次为年度指标值、实际完成值、分值、得分。"), name="mem")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "40", "40"),
                                          ("产出指标", "数量指标", "维修桥梁", "≥3座", "3座", "30", "30"),
                                          ("效益指标", "社会效益指标", "通行时间缩短", "≥20%", "18%", "30", "27")]
    assert any("所列顺序" in w for w in recs.warnings)


def test_the_order_is_the_notes_own():
    recs = normalize_document(_doc("说明：括号内依次为实际完成值、年度指标值、得分、分值。"), name="mem")
    got = {i.level3: (i.target.raw, i.actual.raw, i.weight.q.raw) for i in recs.indicators}
    assert got["通行时间缩短"] == ("18%", "≥20%", "27")


def test_a_legend_declares_the_order_of_spaced_badges_at_either_end_of_the_line():
    """1628: a list group whose items print as four badges and the name (the badges first where they float
    right), the order only in a legend 依次为：年度指标值｜实际完成值｜分值｜得分; nothing was read, only the total
    said to lack its indicators: each item reads as its card, in the legend's order."""
    assert declared_labels("说明：各指标右侧徽标依次为：年度指标值｜实际完成值｜分值｜得分") == ["年度指标值", "实际完成值", "分值", "得分"]
    doc = Document(source="mem", format="html", sha256="", blocks=[
        _p(0, "项目支出绩效自评表"), _p(1, "说明：各指标右侧徽标依次为：年度指标值｜实际完成值｜分值｜得分"),
        _p(2, "产出指标"), _p(3, "数量指标"), _p(4, "≥6000亩 6150亩 10 10 新造高产油茶林"),
        _p(5, "效益指标"), _p(6, "可持续影响指标"), _p(7, "持续完善 持续完善 10 10 油茶林管护长效机制"),
        _p(8, "满意度指标"), _p(9, "服务对象满意度指标"), _p(10, "种植户满意度 ≥90% 81% 6 5.4")])
    recs = normalize_document(doc, name="mem")
    assert [(i.level1, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw) for i in recs.indicators] == [
        ("产出指标", "新造高产油茶林", "≥6000亩", "6150亩", "10", "10"),
        ("效益指标", "油茶林管护长效机制", "持续完善", "持续完善", "10", "10"),
        ("满意度指标", "种植户满意度", "≥90%", "81%", "6", "5.4")]
    assert any("所列顺序" in w for w in recs.warnings)


def test_a_spaced_line_whose_ends_both_or_neither_give_numbers_is_no_item():
    from jixiao.normalize.declared_order import spaced_item
    labels = ["年度指标值", "实际完成值", "分值", "得分"]
    assert spaced_item("10 10 8 8 10", labels) is None                 # no name
    assert spaced_item("新造油茶林 ≥90% 81% 六 五", labels) is None      # no numbers at the weight / score places
    assert spaced_item("新造油茶林 ≥90% 81%", labels) is None           # too few values


def test_a_one_column_table_framing_such_items_a_cell_a_line_reads_its_cells_as_the_lines():
    """1628.pdf: the list group printed ruled, a one-column table a group, its first cell the levels (产出指标/数量指标)
    and each other a line name and badges: the tables read nothing (no header, one column). Under a legend, a
    one-column table one of whose cells is such an item reads its cells as the lines they are."""
    def table(k, texts):
        return Table(index=k, n_rows=len(texts), n_cols=1, loc=Location("mem", block=k + 2, table=k),
                     cells=[Cell(text=x, row=r, col=0, loc=Location("mem", block=k + 2, table=k, row=r, col=0))
                            for r, x in enumerate(texts)])
    doc = Document(source="mem", format="pdf", sha256="", blocks=[
        _p(0, "项目支出绩效自评表"), _p(1, "说明：各指标右侧徽标依次为：年度指标值｜实际完成值｜分值｜得分"),
        table(0, ["产出指标/数量指标", "新造高产油茶林 ≥6000亩 6150亩 10 10", "低产油茶林改造 ≥10000亩 10300亩 8 8"]),
        table(1, ["满意度指标/服务对象满意度指标", "种植户满意度 ≥90% 95% 10 10"])])
    recs = normalize_document(doc, name="mem")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "新造高产油茶林", "≥6000亩", "6150亩", "10", "10"),
        ("产出指标", "数量指标", "低产油茶林改造", "≥10000亩", "10300亩", "8", "8"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "95%", "10", "10")]


def _listed(lists, numbered=True):
    """1673's shape: the names a numbered list under level headings, then labelled lists of the values in order."""
    names = ["（一）产出指标", "1.数量指标：新建村道", "2.质量指标：验收合格率", "（二）满意度指标", "3.服务对象满意度指标：群众满意度"]
    blocks = [_p(0, "项目支出绩效自评表"), _p(1, "本项目共设置三级绩效指标3项，具体如下：")]
    blocks += [_p(2 + k, x) for k, x in enumerate(names if numbered else [])]
    return Document(source="mem", format="docx", sha256="", blocks=blocks + [_p(10 + k, x) for k, x in enumerate(lists)])


_LISTS = ["以上指标年度指标值依次为：≥12公里、≥95%、≥90%。", "实际完成值依次为：12.5公里、96%、93%。",
          "分值依次为：40、30、30。", "得分依次为：40、30、30。"]
_ROWS = [("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "40", "40"),
         ("产出指标", "质量指标", "验收合格率", "≥95%", "96%", "30", "30"),
         ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "30", "30")]


def _read(doc):
    recs = normalize_document(doc, name="mem")
    return recs, [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
                  for i in recs.indicators]


def test_names_listed_first_take_the_values_of_later_lists_in_order():
    """1673: the twelve names not read nor named, the 依次为 lists read as false rows: each name now reads as its
    card, its level 2 from the item (数量指标：X), its values the lists' in the names' order."""
    recs, rows = _read(_listed(_LISTS))
    assert rows == _ROWS
    assert any("分开列出" in w for w in recs.warnings)


def test_lists_a_reader_split_into_a_table_are_read_back_a_wrapped_value_joined():
    """1673.pdf: the lists' paragraphs split at their marks into a table, a line wrapped inside a value (12.5 |
    公里) into a row of its own: the rows are read back as the lists, the wrap joined where that gives the count."""
    rows = [["以上指标年度指标值依次为：≥12公里", "≥95%", "≥90%。"], ["实际完成值依次为：12.5", "", ""],
            ["公里", "96%", "93%。"], ["分值依次为：40", "30", "30。"], ["得分依次为：40", "30", "30。"]]
    t = Table(index=0, n_rows=5, n_cols=3, loc=Location("mem", block=10, table=0),
              cells=[Cell(text=x, row=r, col=c, loc=Location("mem", block=10, table=0, row=r, col=c))
                     for r, row in enumerate(rows) for c, x in enumerate(row)])
    doc = _listed([])
    doc = Document(source="mem", format="pdf", sha256="", blocks=doc.blocks + [t])
    assert _read(doc)[1] == _ROWS


def test_lists_whose_counts_differ_from_the_names_deal_nothing_and_name_every_name_unread():
    recs, rows = _read(_listed(["以上指标年度指标值依次为：≥12公里、≥95%。"] + _LISTS[1:]))
    assert rows == []
    said = [w for w in recs.warnings if "未读取" in w and "项数" in w]
    assert said and all(x in said[0] for x in ("新建村道", "验收合格率", "群众满意度"))


def test_names_given_as_a_list_of_their_own_take_the_values_in_order():
    recs, rows = _read(_listed(["三级指标依次为：新建村道、验收合格率、群众满意度。"] + _LISTS, numbered=False))
    assert [r[2:] for r in rows] == [r[2:] for r in _ROWS]
