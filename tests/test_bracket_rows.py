"""A table whose every cell is set in 【】, a row a line, under a line naming the cells and with group
headings between its rows (a WeChat article's table; extract/bracket_rows.py), read in a .txt and in a web
page's paragraphs alike; bracketed keys, fill-in marks and signatures stay text."""
from jixiao.extract import bracket_rows, read_bytes
from jixiao.normalize import normalize_document

LINES = ["绩效指标完成情况",
         "（每行依次为：【三级指标】【年度指标值】【实际完成值】【分值】【得分】）",
         "▍产出指标 · 数量指标",
         "【培训农民人数】【≥100人】【120人】【10】【10】",
         "【新建示范基地】【≥3个】【3个】【10】【10】",
         "▍效益指标 · 社会效益指标",
         "【带动农户增收户数】【≥50户】【45户】【10】【9】",
         "",
         "【项目名称】某县某项目",
         "总分：100　得分：99"]

WANT = [("产出指标", "数量指标", "培训农民人数", "≥100人", "120人", "10", "10"),
        ("产出指标", "数量指标", "新建示范基地", "≥3个", "3个", "10", "10"),
        ("效益指标", "社会效益指标", "带动农户增收户数", "≥50户", "45户", "10", "9")]


def _rows(recs) -> list[tuple]:
    return [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw)
            for i in recs.indicators]


def test_the_grammar_reads_header_group_headings_and_rows_and_stops_at_other_lines():
    rows, end = bracket_rows.extent(LINES, 1)
    assert [[c[1] for c in r] for r in rows] == [
        ["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["产出指标 · 数量指标"],
        ["培训农民人数", "≥100人", "120人", "10", "10"], ["新建示范基地", "≥3个", "3个", "10", "10"],
        ["效益指标 · 社会效益指标"], ["带动农户增收户数", "≥50户", "45户", "10", "9"]]
    assert rows[1][0][3] == 5          # a group heading spans the table
    assert end == 7                    # the blank line and the key line after the last row are not the table's


def test_bracketed_keys_fill_in_marks_and_one_row_are_no_table():
    for text in ("【项目名称】某县某项目", "自评等级：【优】", "【发布时间】【作者：县政协办】", "【某某局】"):
        assert not bracket_rows.cells(text)
    assert bracket_rows.extent(["【a】【b】【c】", "正文一段。"], 0) is None      # one row is no table
    assert bracket_rows.extent(["【a】【b】【c】", "【d】【e】"], 0) is None      # rows of another width end it


def test_a_text_file_of_bracketed_rows_reads_the_indicators():
    """(before: no row read, the lines counted unread as cells run together)"""
    recs = normalize_document(read_bytes("\n".join(LINES).encode(), "b.txt"))
    assert _rows(recs) == WANT and recs.unread_rows == 0


def test_a_web_page_of_bracketed_paragraphs_reads_as_the_text_file():
    """A <p> a line, as an article's editor leaves them: read as the .txt's lines are (flat_lines)."""
    page = "<html><body>" + "".join(f"<p>{t}</p>" for t in LINES if t) + "</body></html>"
    recs = normalize_document(read_bytes(page.encode(), "b.html"))
    assert _rows(recs) == WANT and recs.unread_rows == 0
