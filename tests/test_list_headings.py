"""A word processor's multilevel numbered list whose deepest items hold an indicator's fields after
tabs (748): the items of the levels above, no tab in them, head the typed rows below them, rows of one
cell across the typed table, so the table reader takes them as section rows (the rows' levels)."""
from jixiao.extract import Document, Location, Table
from jixiao.extract.tab_lines import ListItem, append_typed
from jixiao.normalize import normalize_document

OUTLINE = ("L", 0), ("L", 1), ("L", 2)


def _lines(level2=OUTLINE[1]):
    l0, _, l2 = OUTLINE
    return ["三级指标\t年度指标值\t实际完成值\t分值\t得分",
            ListItem("一、产出指标", l0), ListItem("（一）数量指标", level2),
            ListItem("1.新建茶园\t≥3000亩\t3120亩\t8\t8", l2), ListItem("2.改造茶园\t≥1.2万亩\t1.25万亩\t8\t8", l2),
            ListItem("（二）质量指标", level2), ListItem("1.验收合格率\t100%\t100%\t6\t6", l2),
            ListItem("二、满意度指标", l0), ListItem("（一）服务对象满意度指标", level2),
            ListItem("1.茶农满意度\t≥90%\t93.5%\t10\t10", l2),
            "总分\t\t\t32\t32"]


def _doc(lines):
    doc = Document(source="mem", format="docx", sha256="", blocks=[])
    append_typed(doc, list(lines), lambda **kw: Location("mem", **kw))
    return doc


def test_list_items_above_the_typed_items_are_rows_of_one_cell_across_the_table():
    doc = _doc(_lines())
    [t] = doc.blocks
    assert isinstance(t, Table) and (t.n_rows, t.n_cols) == (11, 5)
    heads = [(c.row, c.text) for c in t.cells if c.colspan == 5]
    assert heads == [(1, "一、产出指标"), (2, "（一）数量指标"), (5, "（二）质量指标"), (7, "二、满意度指标"),
                     (8, "（一）服务对象满意度指标")]
    r = normalize_document(doc)
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "1.新建茶园"), ("产出指标", "数量指标", "2.改造茶园"),
        ("产出指标", "质量指标", "1.验收合格率"), ("满意度指标", "服务对象满意度指标", "1.茶农满意度")]
    assert r.unread_rows == 0


def test_an_item_no_higher_in_its_list_than_the_typed_items_heads_none():
    # the level-2 items as deep as the typed ones (or another list's): no heading, the table stops there
    for level2 in (OUTLINE[2], ("M", 1)):
        blocks = _doc(_lines(level2)).blocks
        assert not any(isinstance(b, Table) and any(c.colspan > 1 for c in b.cells) for b in blocks), level2


def test_printed_list_read_under_its_header_line_its_items_above_the_rows_as_their_levels():
    """The same list printed (748.pdf): the numbers apart from their text by the hanging indent's gap,
    the rows lines of cells apart by spaces (some taken by the PDF reader as an aligned table), the
    level items lines of their own, the 总分 line the table's last row."""
    from .test_cell_runs import _pdf_document
    doc = _pdf_document(["三级指标 年度指标值 实际完成值 分值 得分", "一、 产出指标", "（一） 数量指标",
                         [["1. 新建茶园", "≥3000亩", "3120亩", "8", "8"], ["2. 改造茶园", "≥1.2万亩", "1.25万亩", "8", "8"]],
                         "（二） 质量指标", "1. 验收合格率 100% 100% 6 6", "二、 满意度指标", "（一） 服务对象满意度指标",
                         "1. 茶农满意度 ≥90% 93.5% 10 10", "总分 32 32"])
    r = normalize_document(doc)
    assert [(i.level1, i.level2, i.level3.replace(" ", "")) for i in r.indicators] == [
        ("产出指标", "数量指标", "1.新建茶园"), ("产出指标", "数量指标", "2.改造茶园"),
        ("产出指标", "质量指标", "1.验收合格率"), ("满意度指标", "服务对象满意度指标", "1.茶农满意度")]
    [p] = r.projects
    assert (p.total_weight_stated.value, p.total_score_stated.value, r.unread_rows) == (32, 32, 0)


def test_the_list_levels_are_the_rows_levels_by_their_numbers_forms_whatever_their_words():
    """Level items no vocabulary names (茶园建设 / 规模): their numbers' forms, in the order they first
    appear, are the levels, as Word's list levels are drawn in forms of their own (.doc: 1、 over （1）)."""
    l0, l1, l2 = OUTLINE
    lines = ["三级指标\t年度指标值\t实际完成值\t分值\t得分",
             ListItem("1、茶园建设", l0), ListItem("（1）规模", l1), ListItem("1.新建茶园\t≥3000亩\t3120亩\t8\t8", l2),
             ListItem("（2）品质", l1), ListItem("1.验收合格率\t100%\t100%\t6\t6", l2),
             ListItem("2、群众评价", l0), ListItem("（1）茶农", l1), ListItem("1.茶农满意度\t≥90%\t93.5%\t10\t10", l2)]
    r = normalize_document(_doc(lines))
    assert [(i.level1_raw, i.level2_raw, i.level3) for i in r.indicators] == [
        ("茶园建设", "规模", "1.新建茶园"), ("茶园建设", "品质", "1.验收合格率"), ("群众评价", "茶农", "1.茶农满意度")]
    assert r.unread_rows == 0


def test_a_scan_that_lost_the_first_levels_number_reads_its_levels_by_their_words():
    """748.scan: OCR read 一、产出指标 as 产出指标 (its number lost), took the first rows for a table of
    their own by alignment (the number a column) and left the rest lines: the forms' order would rank
    （一） above 二、, so the levels go by their words; the level alone on its line heads the rows."""
    from .test_cell_runs import _pdf_document
    doc = _pdf_document(["三级指标 年度指标值 实际完成值 分值 得分", "产出指标", "(一) 数量指标",
                         [["1.", "新建茶园", "≥3000亩", "3120亩", "8", "8"], ["2.", "改造茶园", "≥1.2万亩", "1.25万亩", "8", "8"]],
                         "(二) 质量指标", "1.验收合格率 100% 100% 6 6", "二、 满意度指标", "(一) 服务对象满意度指标",
                         "1.茶农满意度 ≥90% 93.5% 10 10", "总分 32 32"])
    for b in doc.blocks:
        if isinstance(b, Table):
            b.origin = None     # a scan's table found by alignment: its columns' starts, no origin
            b.layout.starts = [0.0, 20.0, 120.0, 180.0, 240.0, 270.0]
    r = normalize_document(doc)
    assert [(i.level1, i.level2, i.level3.replace(" ", "")) for i in r.indicators] == [
        ("产出指标", "数量指标", "1.新建茶园"), ("产出指标", "数量指标", "2.改造茶园"),
        ("产出指标", "质量指标", "1.验收合格率"), ("满意度指标", "服务对象满意度指标", "1.茶农满意度")]
    assert r.unread_rows == 0


def test_heading_lines_between_typed_rows_are_their_levels_and_the_runs_one_table():
    # 898.docx: level 1 and level 2 as bold lines with no tab, no list, between the tabbed rows: each
    # heading cut the run into tables of their own (rows with no level; a lone row left unread)
    lines = ["三级指标\t年度指标值\t实际完成值\t分值\t得分", "产出指标", "数量指标",
             "新造高产油茶林\t≥5000亩\t5260亩\t8\t8", "低产油茶林改造\t≥8000亩\t8150亩\t8\t8",
             "时效指标", "造林任务完成时间\t2023年4月30日前\t2023年4月25日\t5\t5",
             "效益指标", "经济效益指标", "油茶籽产量\t≥1.5万吨\t1.35万吨\t10\t9",
             "总分：100  得分：98.70"]
    doc = _doc(lines)
    [t, after] = doc.blocks
    assert isinstance(t, Table) and (t.n_rows, t.n_cols) == (10, 5) and after.text == "总分：100  得分：98.70"
    r = normalize_document(doc)
    assert [(i.level1, i.level2, i.level3) for i in r.indicators] == [
        ("产出指标", "数量指标", "新造高产油茶林"), ("产出指标", "数量指标", "低产油茶林改造"),
        ("产出指标", "时效指标", "造林任务完成时间"), ("效益指标", "经济效益指标", "油茶籽产量")]
    assert r.unread_rows == 0


def test_a_heading_that_may_be_either_level_is_the_level_1_of_the_level_2_heading_under_it():
    # 898: 满意度指标 (a level 1, or the 2018 template's level 2 under 效益指标) over 服务对象满意度指标,
    # no ordinals, after the 效益指标 rows: the level 1 of the heading below it
    lines = ["三级指标\t年度指标值\t实际完成值\t分值\t得分", "效益指标", "可持续影响指标",
             "联农带农机制\t持续完善\t持续完善\t6\t6", "满意度指标", "服务对象满意度指标",
             "油茶种植户满意度\t≥90%\t94.6%\t10\t10"]
    r = normalize_document(_doc(lines))
    assert [(i.level1, i.level2) for i in r.indicators] == [("效益指标", "可持续影响指标"),
                                                           ("满意度指标", "服务对象满意度指标")]
