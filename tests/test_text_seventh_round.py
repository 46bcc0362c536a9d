"""Text as it comes, seventh round (issue 21): revisions shown as marks, AsciiDoc tables, an XML export,
a DataFrame print, a character-padded fixed-width form, and what a text says it could not read."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from tests.text_rows import indicator_rows as _rows


REVISED = """某某局文件修订稿（删除的文字标为[删除：]，插入的文字标为[插入：]）
项目名称\t2023年某某县示范项目
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t建设示范点\t≥20个\t[删除：20个][插入：21个]\t8\t8
\t\t培训人员\t[删除：≥250人次][插入：≥300人次]\t326人次\t6\t6
效益指标\t社会效益指标\t带动就业\t≥50人\t42人\t8\t[删除：6][插入：6.72]【批注：按比例计分，42÷50×8=6.72。】
总分\t100\t20.72
"""


def test_revision_marks_read_as_the_final_text(tmp_path):
    """[删除：X] is gone, [插入：Y] is Y, a comment 【批注：…】 is no cell text; the reader says so."""
    f = tmp_path / "r.txt"
    f.write_text(REVISED, encoding="utf-16")
    recs, rows = _rows(f)
    assert rows == [("建设示范点", "≥20个", "21个", "8", "8"), ("培训人员", "≥300人次", "326人次", "6", "6"),
                    ("带动就业", "≥50人", "42人", "8", "6.72")]
    assert recs.indicators[0].actual.q.value == 21
    doc = read_document(f)
    assert any(w.startswith(f"{doc.source}：") and "修订标记" in w for w in doc.warnings)   # the file named


def test_a_lenticular_note_without_revisions_stays_text(tmp_path):
    """A comment mark alone, with no deletion or insertion in the text, is the text's own."""
    f = tmp_path / "r.txt"
    f.write_text("项目概况【注释：见附件】。\n", encoding="utf-8")
    d = read_document(f)
    assert d.paragraphs()[0].text == "项目概况【注释：见附件】。"
    assert not d.warnings


def _padded(cells, widths):
    """A line as a program padding its cells to a count of characters (str.ljust) writes it."""
    return "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def test_a_print_padded_by_characters_aligns_counted_in_characters(tmp_path):
    """Cells padded to a count of characters (a CJK character one wide) align only counted so; the
    fund block is read as a table, not left as paragraphs that do not align on screen."""
    w = [12, 10, 10, 10, 5, 8, 6]
    lines = ["项目名称：2023年某某区示范项目", "",
             _padded(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], w),
             "-" * 60,
             _padded(["年度资金总额", "2,800.00", "3,000.00", "2,982.00", "10", "99.40%", "9.94"], w),
             _padded(["其中：当年财政拨款", "2,800.00", "3,000.00", "2,982.00"], w),
             _padded(["上年结转资金", "0.00", "0.00", "0.00"], w),
             "-" * 60]
    f = tmp_path / "r.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    d = read_document(f)
    assert len(d.tables()) == 1 and not d.warnings
    p = normalize_document(d).projects[0]
    assert [f.q.raw for f in (p.budget_initial, p.budget_full_year, p.executed)] == ["2,800.00", "3,000.00", "2,982.00"]


DRIFTING = """项目名称\t2023年某某区示范项目
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t100\t120\t118\t10\t98.33%\t9.83

以下为指标完成情况。
产出指标  数量指标      0      建设示范点     ≥12个    12个  8.0  8.00
                1        培训人员         ≥300人次         326人次  6.0  6.00
效益指标  社会效益指标    2        带动就业人数       ≥50人      42人  8.0  6.72
满意度指标 服务对象满意度指标 3        群众满意度         ≥90%       95%  10.0  10.00
"""


def test_a_project_read_without_its_indicator_lines_says_so(tmp_path):
    """The fund read and the indicator lines not (their columns align nowhere): the lines under the
    indicator header are counted unread and named, never passed over in silence."""
    f = tmp_path / "r.txt"
    f.write_text(DRIFTING, encoding="utf-8")
    recs = normalize_document(read_document(f))
    assert recs.projects and not recs.indicators
    assert recs.unread_rows == 4
    assert any("带动就业人数" in w and "未读取" in w for w in recs.warnings)
    assert any("未读取到任何指标记录" in w for w in recs.warnings)


XML_SILENT = """以下为系统导出的资金数据（节选）：
  <说明>本表由系统导出</说明>
  <来源 名称="中央财政资金" 预算数="1000.00" 执行数="980.00" 执行率="98%"/>
  <来源 名称="省级财政资金" 预算数="300.00" 执行数="300.00" 执行率="100%"/>
  <来源 名称="市级财政资金" 预算数="200.00" 执行数="180.00" 执行率="90%"/>
"""


def test_lines_of_markup_with_names_and_figures_are_said_when_nothing_is_read(tmp_path):
    """A markup line's cells are its attributes' values and its texts: lines holding a name and
    figures that yield no record (markup that is no XML document: no tree to read) are counted
    unread and named."""
    f = tmp_path / "r.txt"
    f.write_text(XML_SILENT, encoding="utf-8")
    recs = normalize_document(read_document(f))
    assert recs.unread_rows >= 3 and any("省级财政资金" in w for w in recs.warnings)


ASCIIDOC = """= 某某县2023年示范项目绩效自评表

== 一、绩效指标

.绩效指标
[cols="1,1,3,2,2,1,1",options="header"]
|===
|一级指标 |二级指标 |三级指标 |年度指标值 |实际完成值 |分值 |得分

.3+|产出指标
.2+|数量指标
|建设示范点
|≥12个
|12个
|8
|8

|培训人员
|≥300人次
|326人次
|6
|6

|质量指标 |验收合格率 |100% |100% |7 |7
|效益指标 |社会效益指标 |带动就业 |≥50人 |42人 |8 |6.72
5+|总分 |100 |27.72
|===
"""


def test_an_asciidoc_table_is_read_by_its_cell_marks_and_spans(tmp_path):
    """|=== fences the table, a cell opens with |, a specifier before it spans rows (.3+) or
    columns (5+); a row ends where its columns (cols=) are filled, a merge from above counted."""
    f = tmp_path / "r.txt"
    f.write_text(ASCIIDOC, encoding="utf-8")
    recs, rows = _rows(f)
    assert rows == [("建设示范点", "≥12个", "12个", "8", "8"), ("培训人员", "≥300人次", "326人次", "6", "6"),
                    ("验收合格率", "100%", "100%", "7", "7"), ("带动就业", "≥50人", "42人", "8", "6.72")]
    assert [(i.level1, i.level2) for i in recs.indicators][1:3] == [("产出指标", "数量指标"), ("产出指标", "质量指标")]
    d = read_document(f)
    assert "一、绩效指标" in [p.text for p in d.paragraphs()]


def test_an_asciidoc_table_without_cols_counts_its_first_line(tmp_path):
    """No cols= attribute: the table's first line gives its columns; 2* writes a cell twice."""
    text = "|===\n|名称 |目标 |实际\n|建设示范点 2*|12个\n|培训人员 |≥300人次 |326人次\n|===\n"
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    t = read_document(f).tables()[0]
    assert t.grid() == [["名称", "目标", "实际"], ["建设示范点", "12个", "12个"], ["培训人员", "≥300人次", "326人次"]]


XML = """<?xml version="1.0" encoding="GBK"?>
<自评表 年度="2023">
  <项目>
    <项目名称>2023年某某县示范项目</项目名称>
    <资金 单位="万元" 分值="10" 得分="9.80">
      <年初预算数>500.00</年初预算数>
      <全年预算数>600.00</全年预算数>
      <全年执行数>588.00</全年执行数>
      <执行率>98.00%</执行率>
      <来源 名称="中央财政资金" 年初预算数="400.00" 全年预算数="400.00" 全年执行数="400.00"/>
      <来源 名称="县级财政资金" 年初预算数="100.00" 全年预算数="200.00" 全年执行数="188.00"/>
    </资金>
    <指标列表>
      <指标 一级="产出指标" 二级="数量指标" 分值="8" 得分="8">
        <名称>建设示范点</名称>
        <目标值>≥12个</目标值>
        <实际值>12个</实际值>
      </指标>
      <指标 一级="效益指标" 二级="社会效益指标" 分值="8" 得分="6.72">
        <名称>带动就业</名称>
        <目标值>≥50人</目标值>
        <实际值>42人</实际值>
      </指标>
    </指标列表>
    <总分 满分="26">24.52</总分>
  </项目>
</自评表>
"""


def test_an_xml_export_reads_its_repeated_elements_as_rows(tmp_path):
    """Elements repeated with the same children are rows, their names the header; an element naming
    its own fields as its rows do is their total, the first row (the fund over its sources); the
    declaration's encoding decodes the file; 总分 beside its 满分 on one line is the score."""
    f = tmp_path / "r.txt"
    f.write_bytes(XML.encode("gbk"))
    recs, rows = _rows(f)
    assert rows == [("建设示范点", "≥12个", "12个", "8", "8"), ("带动就业", "≥50人", "42人", "8", "6.72")]
    assert [(i.level1, i.level2) for i in recs.indicators] == [("产出指标", "数量指标"), ("效益指标", "社会效益指标")]
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目"
    assert [x.q.raw for x in (p.budget_initial, p.budget_full_year, p.executed, p.fund_weight, p.fund_score)] == \
        ["500.00", "600.00", "588.00", "10", "9.80"]
    assert [s.label for s in p.fund_sources] == ["中央财政资金", "县级财政资金"]
    assert (p.total_score_stated.q.raw, p.total_weight_stated.q.raw) == ("24.52", "26")
    assert read_document(f).encoding.lower() == "gbk"


def test_an_xml_exports_comments_are_lines_of_text_not_dropped(tmp_path):
    """A comment the exporter wrote (<!-- … -->) is text of the file: kept as lines with their numbers
    (as a sectioned export's # comments), never left out unsaid; the rows read as before."""
    f = tmp_path / "r.txt"
    f.write_bytes(XML.replace("    <指标列表>\n", "    <!-- 第3条指标“培训人员”已删除，\n         待补录 -->\n    <指标列表>\n")
                  .encode("gbk"))
    d = read_document(f)
    said = [(p.loc.line, p.text) for p in d.paragraphs() if "指标" in p.text and "删除" in p.text or "补录" in p.text]
    assert said == [(13, "第3条指标“培训人员”已删除，"), (14, "待补录")]
    recs, rows = _rows(f)
    assert rows == [("建设示范点", "≥12个", "12个", "8", "8"), ("带动就业", "≥50人", "42人", "8", "6.72")]


def test_elements_naming_no_field_or_repeating_a_tag_are_no_rows(tmp_path):
    """<p>a</p><p>b</p> name no field and a <tr> of <td> after <td> repeats one: no rows of an export
    (the first stopped the reader on a table with no column, the second read as a table headed td).
    Both are HTML's elements, a web page's fragment: the HTML reader reads them (test_text_html_fragment),
    <p>s as paragraphs, a <tbody>'s rows as the table they are."""
    f = tmp_path / "r.txt"
    f.write_text("<div><p>项目名称：某某项目</p><p>总分：98</p></div>\n", encoding="utf-8")
    d = read_document(f)
    assert not d.tables() and [p.text for p in d.paragraphs()] == ["项目名称：某某项目", "总分：98"]
    f.write_text("<tbody>\n<tr><td>三级指标</td><td>分值</td></tr>\n<tr><td>建设示范点</td><td>8</td></tr>\n</tbody>\n",
                 encoding="utf-8")
    assert [t.grid() for t in read_document(f).tables()] == [[["三级指标", "分值"], ["建设示范点", "8"]]]


XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>自评表</title></head><body>
<p>项目名称：某某项目</p>
<table>
<tr><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>建设示范点</td><td>≥12个</td><td>12个</td><td>8</td><td>8</td></tr>
</table></body></html>
"""


def test_an_xhtml_page_saved_as_text_reads_as_a_web_page(tmp_path):
    """An XHTML page is the HTML reader's, also where a long comment puts its <html> past what the
    sniffer looks at (it read as an XML export: tags for labels, no table)."""
    f = tmp_path / "r.txt"
    grids = []
    for text in (XHTML, XHTML.replace("<!DOCTYPE", "<!-- " + "导出说明" * 600 + " -->\n<!DOCTYPE", 1)):
        f.write_text(text, encoding="utf-8")
        d = read_document(f)
        grids.append((d.format, [t.grid() for t in d.tables()]))
    assert grids[0] == grids[1] == ("html", [[["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                                             ["建设示范点", "≥12个", "12个", "8", "8"]]])


def test_a_bare_total_beside_its_full_marks_is_the_score(tmp_path):
    """总分：X with 满分：Y on its line: X is the score, Y the full marks (no grade on the line needed)."""
    f = tmp_path / "r.txt"
    f.write_text("项目名称：2023年某某县示范项目\n" + DRIFTING.split("\n", 1)[1] + "总分：95.50　满分：100\n", encoding="utf-8")
    p = normalize_document(read_document(f)).projects[0]
    assert (p.total_score_stated.q.raw, p.total_weight_stated.q.raw) == ("95.50", "100")


# pandas 2 printing two frames (fund.to_string(), ind.to_string()), as a session's output is saved
FRAMES = ("项目名称：2023年某某区示范项目\n"
          "\n"
          ">>> print(fund.to_string())\n"
          "          年初预算数  全年预算数  全年执行数    分值     执行率    得分\n"
          "项目资金（万元）                                         \n"
          "年度资金总额    100.0  120.0  118.0  10.0  98.33%  9.83\n"
          "其中：财政拨款   100.0  120.0  118.0   NaN     NaN   NaN\n"
          "\n"
          ">>> print(ind.to_string())\n"
          "              三级指标   年度指标值  实际完成值   分值    得分      偏差原因\n"
          "一级指标 二级指标                                             \n"
          "产出指标 数量指标    建设示范点    ≥12个    12个  8.0  8.00       NaN\n"
          "     数量指标     培训人员  ≥300人次  326人次  6.0  6.00       NaN\n"
          "效益指标 社会效益指标   带动就业    ≥50人    42人  8.0  6.72  企业用工需求下降\n")


def test_a_printed_data_frame_is_a_table_its_names_right_aligned_over_its_columns(tmp_path):
    """pandas' to_string: each cell ends where its column's name ends (widths in characters), the index
    left of the columns with its level names on a line of their own, an outer level's label carried
    down the rows of its group, NaN an empty cell."""
    f = tmp_path / "r.txt"
    f.write_text(FRAMES, encoding="utf-8")
    d = read_document(f)
    assert [t.grid()[0] for t in d.tables()] == [
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    assert d.tables()[0].grid()[2] == ["其中：财政拨款", "100.0", "120.0", "118.0", "", "", ""]
    recs, rows = _rows(f)
    assert rows == [("建设示范点", "≥12个", "12个", "8.0", "8.00"), ("培训人员", "≥300人次", "326人次", "6.0", "6.00"),
                    ("带动就业", "≥50人", "42人", "8.0", "6.72")]
    assert [(i.level1, i.level2) for i in recs.indicators][1] == ("产出指标", "数量指标")
    assert recs.indicators[2].reason == "企业用工需求下降"
    assert recs.projects[0].executed.q.raw == "118.0"


def test_lines_spaced_by_hand_are_no_print_padded_by_characters(tmp_path):
    """Counted in characters, lines spaced by hand (or by OCR) may start most pieces near another
    line's by chance; a padded print starts every piece exactly where another line's does. These
    stay paragraphs, not a table with cells a column off."""
    text = ("效益指标   经济效益指标   竹产业产值增长   ≥8%    7.2%    10   9    受价格下行影响,产值增幅未达预期。\n"
            "社会效益指标    带动竹农户均 增收    ≥2000元    2150元   10   10\n"
            "可持续影响指标   竹林经营管护机制    健全    健全    10    10\n"
            "满意度指标   服务对象满意度指标   竹农满意度    ≧90%    96.5％   10   10\n"
            "总分      100    98.70    自评等级:优\n")
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    assert not read_document(f).tables()
