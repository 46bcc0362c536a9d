"""Indicators written as questions and answers (问N：…“名称”的…？ over 答：年度指标值为…，实际完成值为…，分值…，得分…):
the answer line names the values under a reply mark, the question above it says which indicator (the words it
quotes, after the level path it may open with; normalize.clause_lines). Passages made up in the shape of
corpus/native 1660."""
from dataclasses import replace
from decimal import Decimal

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

HEAD = "项目名称：2023年某县道路养护项目\n绩效指标完成情况（问答）\n"


def _read(tmp_path, text: str):
    path = tmp_path / "passage.txt"
    path.write_text(HEAD + text, encoding="utf-8")
    return normalize_document(read_document(path))


def test_an_answer_is_the_indicator_its_question_quotes(tmp_path):
    recs = _read(tmp_path, (
        "问1：产出指标—数量指标“养护道路里程”的年度指标值、实际完成情况及得分？\n"
        "答：年度指标值为≥120公里，实际完成值为126公里，分值20分，得分20分。\n"
        "问2：效益指标—可持续影响指标“道路养护长效机制”的年度指标值、实际完成情况及得分？\n"
        "答：年度指标值为健全，实际完成值为健全，分值10分，得分10分。\n"))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("效益指标", "可持续影响指标", "道路养护长效机制", "健全", "健全", Decimal(10), Decimal(10)),
    ]


def test_a_question_run_together_with_its_answer_is_read_as_both(tmp_path):
    # a PDF line joined over a page break: the question, then its answer on the same line
    recs = _read(tmp_path, (
        "问1：产出指标—数量指标“养护道路里程”的年度指标值、实际完成情况及得分？\n"
        "答：年度指标值为≥120公里，实际完成值为126公里，分值20分，得分20分。\n"
        "问2：满意度指标—服务对象满意度指标“沿线群众满意度”的年度指标值、实际完成情况及得分？"
        "答：年度指标值为≥90%，实际完成值为95%，分值10分，得分10分。\n"))
    assert [(i.level1, i.level3, i.actual.q.raw) for i in recs.indicators] == [
        ("产出指标", "养护道路里程", "126公里"), ("满意度指标", "沿线群众满意度", "95%")]


def test_an_answer_whose_question_quotes_no_indicator_is_counted_unread(tmp_path):
    recs = _read(tmp_path, (
        "问1：养护道路里程完成得怎样？\n"
        "答：年度指标值为≥120公里，实际完成值为126公里，分值20分，得分20分。\n"
        "问2：群众满不满意？\n"
        "答：年度指标值为≥90%，实际完成值为95%，分值10分，得分10分。\n"))
    assert not any(i.level3 == "答" for i in recs.indicators)
    assert recs.indicators == [] and recs.unread_rows == 2


# The rows of the bulleted passages below, as read.
BULLETED = [
    ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
    ("产出指标", "数量指标", "新建港湾式停靠站", "≥8个", "6个", Decimal(10), Decimal("7.5")),
    ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前", "2023年10月20日", Decimal(10), Decimal(10)),
    ("效益指标", "可持续影响指标", "道路养护长效机制", "健全", "健全", Decimal(20), Decimal(20)),
]


def _rows(recs) -> list[tuple]:
    return [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
            for i in recs.indicators]


def test_figures_in_a_bracket_after_the_result_are_the_rows_own(tmp_path):
    # bullets written 名称：完成X（目标Y；分值W分，得S分） under a level-1 heading and level-2 lines (corpus/native 1664):
    # the bracket's labelled values are the line's, 得S分 after the weight the score; a value bare after the name
    # (a date, words) is the result where the bracket labels the target
    recs = _read(tmp_path, (
        "（一）产出指标\n数量指标\n"
        "养护道路里程：完成126公里（目标≥120公里；分值20分，得20分）\n"
        "新建港湾式停靠站：完成6个（目标≥8个；分值10分，得7.5分）\n"
        "时效指标\n"
        "养护工程完工时间：2023年10月20日（目标2023年10月31日前；分值10分，得10分）\n"
        "（二）效益指标\n可持续影响指标\n"
        "道路养护长效机制：健全（目标健全；分值20分，得20分）\n"))
    assert _rows(recs) == BULLETED


def test_a_bracket_of_a_remark_stays_in_its_value(tmp_path):
    recs = _read(tmp_path, (
        "1.养护道路里程，年度指标值≥120公里，实际完成126公里（含县道），分值20分，得分20分。\n"
        "2.新建港湾式停靠站，年度指标值≥8个，实际完成8个，分值10分，得分10分。\n"))
    assert [i.actual.q.raw for i in recs.indicators] == ["126公里（含县道）", "8个"]


def _scanned(tmp_path, text: str):
    """The passage's lines as OCR gives a scan's: a document of lines in the format of a scan's reading."""
    path = tmp_path / "passage.txt"
    path.write_text(HEAD + text, encoding="utf-8")
    return normalize_document(replace(read_document(path), format="pdf-ocr"))


def test_a_scans_answers_are_read_as_a_text_files_the_dash_read_as_one(tmp_path):
    # OCR lines go through the numbered-line reader as a text file's do (corpus/native 1660.scan); OCR reads the
    # dash between the question's levels (产出指标—数量指标) as 一
    recs = _scanned(tmp_path, (
        "问1：产出指标一数量指标“养护道路里程”的年度指标值、实际完成情况及得分？\n"
        "答：年度指标值为≥120公里，实际完成值为126公里，分值20分，得分20分。\n"
        "问2：效益指标一可持续影响指标“道路养护长效机制”的年度指标值、实际完成情况及得分？\n"
        "答：年度指标值为健全，实际完成值为健全，分值10分，得分10分。\n"))
    assert recs.ocr
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("效益指标", "可持续影响指标", "道路养护长效机制", "健全", "健全", Decimal(10), Decimal(10)),
    ]
    assert recs.unread_rows == 0


def test_a_scans_answer_that_does_not_parse_is_counted_unread_and_named(tmp_path):
    recs = _scanned(tmp_path, (
        "问1：产出指标一数量指标“养护道路里程”的年度指标值、实际完成情况及得分？\n"
        "答：年度指标值为≥120公里，实际完成值为126公里，分值20分，得分20分。\n"
        "问2：群众满不满意？\n"
        "答：年度指标值为≥90%，实际完成值为95%，分值10分，得分10分。\n"))
    assert [i.level3 for i in recs.indicators] == ["养护道路里程"]
    assert recs.unread_rows == 1 and any("未读取" in w for w in recs.warnings)


def test_bulleted_items_and_levels_are_read_as_unmarked_lines(tmp_path):
    # bullets before the level-2 lines and the items (· and ◦, which OCR reads as 。: corpus/native 1664.scan)
    recs = _scanned(tmp_path, (
        "（一）产出指标\n·数量指标\n"
        "。养护道路里程：完成126公里（目标≥120公里；分值20分，得20分）\n"
        "。新建港湾式停靠站：完成6个（目标≥8个；分值10分，得7.5分）\n"
        "·时效指标\n"
        "。养护工程完工时间：2023年10月20日（目标2023年10月31日前；分值10分，得10分）\n"
        "（二）效益指标\n可持续影响指标\n"
        "。道路养护长效机制：健全（目标健全；分值20分，得20分）\n"))
    assert _rows(recs) == BULLETED


def test_a_dash_read_as_one_parts_two_levels_only():
    from jixiao.normalize.columns import level_pair
    assert level_pair("产出指标一数量指标") == ("产出指标", "数量指标")
    assert level_pair("满意度指标一服务对象满意度指标") == ("满意度指标", "服务对象满意度指标")
    # a 一 that parts no two levels is the numeral it reads as
    assert level_pair("产出指标一级") is None and level_pair("一级指标") is None and level_pair("数量指标一") is None


def test_a_numbered_line_of_indicator_sentences_apart_by_semicolons_is_read_sentence_by_sentence(tmp_path):
    """1771: running prose, one paragraph per level-2 run, its indicators sentences apart by ；
    (1.数量指标：A，年度指标值…，实际完成…，分值10分，得10分；B，…): each sentence an indicator under the
    label; a ； between one indicator's own clauses is no series (the line reads as one, or not at all)."""
    recs = _read(tmp_path, (
        "一、产出指标\n"
        "1.数量指标：养护道路里程，年度指标值≥120公里，实际完成126公里，分值20分，得20分；新建港湾式停靠站，"
        "年度指标值≥10个，实际完成11个，分值10分，得10分。\n"
        "2.质量指标：养护路段优良率，年度指标值≥90%，实际完成92%，分值10分，得10分。\n"))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "数量指标", "新建港湾式停靠站", "≥10个", "11个", Decimal(10), Decimal(10)),
        ("产出指标", "质量指标", "养护路段优良率", "≥90%", "92%", Decimal(10), Decimal(10)),
    ]
    one = _read(tmp_path, (
        "一、产出指标\n"
        "1.数量指标：养护道路里程，年度指标值≥120公里；实际完成126公里；分值20分；得20分。\n"
        "2.质量指标：养护路段优良率，年度指标值≥90%，实际完成92%，分值10分，得10分。\n"))
    assert [i.level3 for i in one.indicators] == ["养护道路里程", "养护路段优良率"]


def test_a_numbered_line_broken_at_the_line_end_is_read_with_the_unnumbered_line_below_it(tmp_path):
    """1771.pdf / .scan: the paragraph of a series broken where the page's line ends (…；新建港湾式停靠站，年度指标值 /
    ≥10个，实际完成11个，…): the numbered line and the unnumbered one below it read as one line, where so joined
    it parses; an unnumbered line that does not complete it is left as it was."""
    recs = _read(tmp_path, (
        "一、产出指标\n"
        "1.数量指标：养护道路里程，年度指标值≥120公里，实际完成126公里，分值20分，得20分；新建港湾式停靠站，年度指标值\n"
        "≥10个，实际完成11个，分值10分，得10分。\n"
        "2.质量指标：养护路段优良率，年度指标值≥90%，实际完成92%，分值10分，得10分。\n"))
    assert [(i.level2, i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators] == [
        ("数量指标", "养护道路里程", "≥120公里", "126公里"), ("数量指标", "新建港湾式停靠站", "≥10个", "11个"),
        ("质量指标", "养护路段优良率", "≥90%", "92%")]


def test_a_level_heading_run_onto_a_lines_end_after_its_sentence_starts_a_new_level(tmp_path):
    """1771.pdf: the next group's heading run onto the end of the line above it (…得5分。二、效益指标): the line cut
    after its sentence, the heading the level of the lines below, the line before it read as its own."""
    recs = _read(tmp_path, (
        "一、产出指标\n"
        "1.数量指标：养护道路里程，年度指标值≥120公里，实际完成126公里，分值20分，得20分。\n"
        "2.成本指标：每公里养护成本，年度指标值≤3万元，实际完成2.9万元，分值5分，得5分。二、效益指标\n"
        "1.社会效益指标：群众出行时间缩短，年度指标值≥10分钟，实际完成12分钟，分值10分，得10分。\n"))
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "养护道路里程"), ("产出指标", "成本指标", "每公里养护成本"),
        ("效益指标", "社会效益指标", "群众出行时间缩短")]


def test_a_templates_filled_sentence_is_read_its_levels_line_with_its_values_line_below(tmp_path):
    """1768: each indicator a template's sentence filled in, the entries padded by spaces, the name and levels on one
    line and the values on the next (（1）一级指标  产出指标  ，二级指标  数量指标  ，三级指标  X  ； / 年度指标值  ≥…  ，
    实际完成值  …): the two read as one line, each level after its label; a value in words (持续改善) read too; an
    item run onto a value line's end after its sentence is its own line; a PDF's letter-spaced figure read whole."""
    recs = _read(tmp_path, (
        "（1）一级指标  产出指标  ，二级指标  数量指标  ，三级指标  养护道路里程  ；\n"
        "年度指标值   ≥   1  2  0  公   里  ，实际完成值  126公里  ，分值  20  分，得分  20  分。\n"
        "（2）一级指标  产出指标  ，二级指标  质量指标  ，三级指标  养护路段优良率  ；\n"
        "年度指标值  ≥90%  ，实际完成值  92%  ，分值  10  分，得分  10  分。（3）一级指标  效益指标  ，二级指标  "
        "可持续影响指标  ，三级指标  路网通行条件  ；\n"
        "年度指标值  持续改善  ，实际完成值  持续改善  ，分值  10  分，得分  10  分。\n"))
    assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value) for i in recs.indicators] == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal("20")),
        ("产出指标", "质量指标", "养护路段优良率", "≥90%", "92%", Decimal("10")),
        ("效益指标", "可持续影响指标", "路网通行条件", "持续改善", "持续改善", Decimal("10"))]
    assert not recs.unread_rows


def test_a_printed_fill_in_blank_before_a_written_value_is_no_part_of_it(tmp_path):
    """1881.pdf: a fill-in line whose blanks are printed and the results written after them (实际完成值________持续提升,
    得分____10分): the run of underscores is neither the label's nor the value's."""
    recs = _read(tmp_path, (
        "一、效益指标\n"
        "1.可持续影响指标：品牌影响力，年度指标值持续提升，分值10分；实际完成值________持续提升，得分____10分。\n"
        "2.可持续影响指标：养护路段优良率，年度指标值≥90%，分值10分；实际完成值＿＿＿＿92%，得分____10分。\n"))
    assert [(i.level3, i.target.q.raw, i.actual.q.raw, str(i.score.value)) for i in recs.indicators] == [
        ("品牌影响力", "持续提升", "持续提升", "10"), ("养护路段优良率", "≥90%", "92%", "10")]
