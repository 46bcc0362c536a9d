"""Text as it comes, eighth round (issue 21): an app's ｜；export, and what a text with figures says
when it yields no indicator."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def _rows(path):
    recs = normalize_document(read_document(path))
    return recs, [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, str(i.weight.value),
                   str(i.score.value)) for i in recs.indicators]


CLOSED_BY_BARS = """项目支出绩效自评表（2023年度）

项目名称｜2023年某某县示范项目｜｜｜｜｜；
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜；
产出指标｜数量指标｜建设示范点｜≥20个｜21个｜8｜8｜；
｜｜培训人员｜≥300人次｜326人次｜6｜6｜；
｜质量指标｜验收合格率｜100%｜100%｜6｜6｜；
总分｜｜｜｜｜20｜20｜；
"""


def test_cells_closed_by_bars_and_rows_by_semicolons(tmp_path):
    """a｜b｜；: each bar closes a cell and the ； the row; a leading bar closes an empty cell (the level
    above, merged), it is no border that would shift the row's cells left."""
    f = tmp_path / "r.txt"
    f.write_text(CLOSED_BY_BARS, encoding="utf-16")
    _, rows = _rows(f)
    assert rows == [("产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"),
                    ("产出指标", "数量指标", "培训人员", "≥300人次", "326人次", "6", "6"),
                    ("产出指标", "质量指标", "验收合格率", "100%", "100%", "6", "6")]


RELAY = """某某局工作群

张伟（计财股） 2024-03-18 09:12
2023年某某县示范项目绩效自评指标接龙，各股室按格式填报。
格式：序号. 姓名（股室） 一级/二级 三级指标 年度指标值 实际完成值 分值 得分

1. 李娜（种植股） 产出指标/数量指标 建设示范点 ≥20个 21个 8 8
2. 王强（科教股） 产出指标/数量指标 培训人员 ≥300人次 326人次 6 6
3. 李娜（种植股） 产出指标/质量指标 验收合格率 100% 100% 6 6
4. 王强（科教股） 效益指标/社会效益指标 带动就业 ≥50人 42人 8 6.72

张伟（计财股） 2024-03-18 17:46
汇总：总分28，自评得分26.72，自评等级：差。
"""


def test_a_relay_reads_names_after_their_levels_not_the_senders(tmp_path):
    """Relay lines 'N. 姓名（股室） 一级/二级 name …' with no header row: the cell of two levels joined is
    the levels (not a name), the name follows them; the sender before them is no name. The project is
    the one the opening sentence names (2023年X项目绩效…), the total the grade sentence's score without 分."""
    f = tmp_path / "r.txt"
    f.write_text(RELAY, encoding="utf-8")
    recs, rows = _rows(f)
    assert rows == [("产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"),
                    ("产出指标", "数量指标", "培训人员", "≥300人次", "326人次", "6", "6"),
                    ("产出指标", "质量指标", "验收合格率", "100%", "100%", "6", "6"),
                    ("效益指标", "社会效益指标", "带动就业", "≥50人", "42人", "8", "6.72")]
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目"
    assert str(p.total_score_stated.value) == "26.72"


def test_a_clause_names_a_project_only_before_its_performance():
    from jixiao.normalize.title import clause_subject
    assert clause_subject("2023年某某县示范项目绩效自评指标接龙，请填报。") == "2023年某某县示范项目"
    assert clause_subject("2023年各股室完成指标填报，某某项目绩效良好。") is None
    assert clause_subject("请于2023年某某项目绩效自评前报送。") is None


MIRRORED = "\n".join("\t".join(reversed(r)) for r in [
    ["项目名称", "2023年某某县示范项目"],
    [],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"],
    ["", "", "培训人员", "≥300人次", "326人次", "6", "6"],
    ["效益指标", "社会效益指标", "带动就业", "≥50人", "42人", "8", "6.72"],
    ["总分", "", "", "", "", "22", "20.72"],
    ["自评等级", "良"],
]) + "\n"


def test_a_text_written_right_to_left_reads_its_labels_after_their_values(tmp_path):
    """Every line mirrored (value first, label last: 20.72 | 22 | 总分, 良 | 自评等级): the indicator header
    read right to left is the evidence, and every table of the text is read mirrored, so the total row,
    the grade and the name are read, not only the rows the header names."""
    f = tmp_path / "r.txt"
    f.write_text(MIRRORED, encoding="utf-8")
    recs, rows = _rows(f)
    assert [r[2] for r in rows] == ["建设示范点", "培训人员", "带动就业"]
    p = recs.projects[0]
    assert (p.name, str(p.total_score_stated.value), str(p.total_weight_stated.value), p.grade_stated) == \
        ("2023年某某县示范项目", "20.72", "22", "良")
    assert p.total_score_stated.loc.col == 0     # the cell where the file has it (the line opens with it)


def _cells_ruled(rows):
    """A mail client's table as text: each cell a line after a tab, a line of underscores between rows."""
    rule = "_" * 40
    return "\n".join([rule] + [x for r in rows for x in ["\t" + c for c in r] + [rule]]) + "\n"


def test_cells_per_line_between_underscore_rules(tmp_path):
    """A rule line between the rows ends a row as a blank line does: it is no paragraph of the cell
    above it (the whole table one row), and the rows below a merged level read under their level."""
    f = tmp_path / "r.txt"
    f.write_text("绩效科：\n\n" + _cells_ruled([
        ["项目名称", "2023年某某县示范项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"],
        ["培训人员", "≥300人次", "326人次", "6", "6"],
        ["总分", "14", "14"]]), encoding="utf-8")
    recs, rows = _rows(f)
    assert rows == [("产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"),
                    ("产出指标", "数量指标", "培训人员", "≥300人次", "326人次", "6", "6")]
    assert recs.projects[0].name == "2023年某某县示范项目"


SECTIONS = '''# 项目支出绩效自评表（2023年度）

[项目]
名称 = "2023年某某县示范项目"
实施单位 = "某某县中心"

[资金]
单位 = "万元"
年初预算数 = "800.00"
全年预算数 = "900.00"
全年执行数 = "882.00"
执行率 = "98.00%"
分值 = 10
得分 = 9.80

[资金.来源.当年财政拨款]
年初预算数 = "800.00"
全年预算数 = "900.00"
全年执行数 = "882.00"

[资金.来源.上年结转资金]
年初预算数 = "0.00"
全年预算数 = "0.00"
全年执行数 = "0.00"

[[指标]]
一级 = "产出指标"
二级 = "数量指标"
三级 = "建设示范点"
年度指标值 = "≥20个"
实际完成值 = "21个"
分值 = 8
得分 = 8
偏差原因 = ""

[[指标]]
一级 = "效益指标"
二级 = "社会效益指标"
三级 = "带动就业"
年度指标值 = "≥50人"
实际完成值 = "42人"
分值 = 8
得分 = 6.72
偏差原因 = """
受疫情影响。
按完成比例计分。
"""
'''


def test_a_sectioned_key_value_export_reads_as_the_tree_an_xml_export_gives(tmp_path):
    """[[指标]] sections are a repeated record, the rows of a table; [资金]'s keys are its sources' total,
    the sources ([资金.来源.X], named each by its own name) its rows; a key's string over several lines is one cell."""
    f = tmp_path / "r.toml.txt"
    f.write_text(SECTIONS, encoding="utf-8")
    recs, rows = _rows(f)
    assert rows == [("产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"),
                    ("效益指标", "社会效益指标", "带动就业", "≥50人", "42人", "8", "6.72")]
    p = recs.projects[0]
    assert [str(x.value) for x in (p.budget_initial.q, p.budget_full_year.q, p.executed.q)] == \
        ["8000000.00", "9000000.00", "8820000.00"]
    assert (str(p.fund_weight.value), str(p.fund_score.value)) == ("10", "9.80")
    assert recs.indicators[1].reason.startswith("受疫情影响。\n")


def test_pages_copied_bottom_up_read_top_down(tmp_path):
    """A PDF copy whose every page gave its lines last first: the title is its page's last line, so each
    form-feed page is turned (its number line left in place), each line keeping its source number."""
    page1 = ["第 1 页 共 2 页", "产出指标 数量指标 建设示范点 ≥20个 21个 8 8",
             "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
             "项目名称 2023年某某县示范项目", "项目支出绩效自评表"]
    page2 = ["\f第 2 页 共 2 页", "总分 22 20.72 自评等级：中", "带动就业 ≥50人 42人 8 6.72",
             "效益指标 社会效益指标 培训人员 ≥300人次 326人次 6 6",
             "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"]
    f = tmp_path / "r.txt"
    f.write_text("\n".join(page1 + page2) + "\n", encoding="utf-8")
    recs, rows = _rows(f)
    assert [r[2] for r in rows] == ["建设示范点", "培训人员", "带动就业"]
    assert recs.indicators[0].loc.line == 2
    assert str(recs.projects[0].total_score_stated.value) == "20.72"


def test_a_letter_closing_on_its_attachment_title_is_not_turned():
    from jixiao.extract.text_reader import top_down
    text = "绩效科：\n现报送如下。\n请审核。\n附件：2023年某某项目绩效自评表\n"
    assert top_down(text) == (text, None)


def test_a_text_that_yields_no_indicator_names_its_indicator_like_lines(tmp_path):
    """Rows copied with their header below them and no title to show the page was turned: nothing is read,
    and the lines that read as indicator rows (a name, figures, two points) are counted unread and named."""
    f = tmp_path / "r.txt"
    f.write_text("\n".join(["效益指标 社会效益指标 带动就业 ≥50人 42人 8 6.72",
                            "培训人员 ≥300人次 326人次 6 6",
                            "产出指标 数量指标 建设示范点 ≥20个 21个 8 8",
                            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"]) + "\n", encoding="utf-8")
    recs = normalize_document(read_document(f))
    assert not recs.indicators
    assert recs.unread_rows == 3
    assert sum("像指标行但未读取" in w for w in recs.warnings) == 3
