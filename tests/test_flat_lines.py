"""A text table flattened into paragraphs (a web page saved as text, cells joined by " | ", then
saved as Word or printed to PDF) reads as its .txt reads (extract/flat_lines.py); a document of
which nothing was read says so, naming the lines that look like an indicator table's (issue 21)."""
import io
import subprocess
import unicodedata

import pytest

from jixiao.extract import convert, read_bytes
from jixiao.normalize import normalize_document

LINES = ["部门预算项目支出绩效自评表（2022年度）",
         "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
         "产出指标 | 数量指标 | 公益性讲座场次 | ≥ | 12 | 场 | 14 | 10 | 10 |",
         "效益指标 | 社会效益指标 | 公益性讲座知晓率 | ≥ | 90 | % | 93 | 10 | 10 |",
         "满意度指标 | 服务对象满意度指标 | 读者满意度 | ≥ | 95 | % | 96 | 10 | 10 |",
         "评价结论 | 各项指标均已完成。 |"]


def _docx(paragraphs: list[str]) -> bytes:
    from docx import Document as Docx
    doc = Docx()
    for text in paragraphs:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _rows(recs) -> list[tuple]:
    return [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw)
            for i in recs.indicators]


def _printed(tmp_path_factory, name: str, lines: list[str]) -> bytes:
    """The lines as a Word document printed to PDF by LibreOffice: a text line per paragraph."""
    soffice = convert.soffice()
    assert soffice, "LibreOffice is required to print the .docx: `make setup` installs it"
    tmp = tmp_path_factory.mktemp(name)
    (tmp / f"{name}.docx").write_bytes(_docx(lines))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'p'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tmp / f"{name}.docx")], check=True, capture_output=True, timeout=180)
    return (tmp / f"{name}.pdf").read_bytes()


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> bytes:
    """The Word document of LINES printed to PDF."""
    return _printed(tmp_path_factory, "flat", LINES)


def test_the_text_file_reads_the_rows():
    recs = normalize_document(read_bytes("\n".join(LINES).encode(), "flat.txt"))
    assert _rows(recs) == [("产出指标", "数量指标", "公益性讲座场次", "≥12场", "14场", "10", "10"),
                           ("效益指标", "社会效益指标", "公益性讲座知晓率", "≥90%", "93%", "10", "10"),
                           ("满意度指标", "服务对象满意度指标", "读者满意度", "≥95%", "96%", "10", "10")]


def test_pipe_joined_paragraphs_of_a_word_document_read_as_the_text_file():
    txt = normalize_document(read_bytes("\n".join(LINES).encode(), "flat.txt"))
    text = read_bytes("\n".join(LINES).encode(), "flat.txt")
    doc = read_bytes(_docx(LINES), "flat.docx")
    assert [type(b).__name__ for b in doc.blocks] == [type(b).__name__ for b in text.blocks]
    assert [t.grid() for t in doc.tables()] == [t.grid() for t in text.tables()] and len(doc.tables()) == 1
    table = doc.tables()[0]
    assert table.origin == "text table in paragraphs"
    # each cell located where its paragraph is in the file, not in a table the file does not have
    assert table.cells[0].loc.describe() == "flat.docx 块1 第1列"
    assert table.cell_at(2, 3).loc.describe() == "flat.docx 块3 第4列"
    recs = normalize_document(doc)
    assert _rows(recs) == _rows(txt) and len(recs.indicators) == 3
    assert [i.loc.describe() for i in recs.indicators] == ["flat.docx 块2", "flat.docx 块3", "flat.docx 块4"]
    assert recs.indicators[1].actual.loc.describe() == "flat.docx 块3 第7列"
    assert recs.unread_rows == txt.unread_rows == 0


def test_pipe_joined_lines_of_a_pdf_read_as_the_text_file(printed):
    txt = normalize_document(read_bytes("\n".join(LINES).encode(), "flat.txt"))
    doc = read_bytes(printed, "flat.pdf")
    assert doc.tables() and doc.tables()[0].cells[0].loc.page == 1
    assert not any("等宽字符排版" in w for w in doc.warnings)    # read, so not said unread
    recs = normalize_document(doc)
    assert _rows(recs) == _rows(txt) and len(recs.indicators) == 3
    assert all(i.loc.page == 1 and "表" not in i.loc.describe() for i in recs.indicators)


def test_one_pipe_line_among_paragraphs_stays_a_paragraph():
    paragraphs = ["一、项目基本情况", "项目名称 | 社区图书馆免费开放", "本项目2022年完成讲座14场。"]
    doc = read_bytes(_docx(paragraphs), "one.docx")
    assert not doc.tables() and [b.text for b in doc.blocks] == paragraphs


def test_a_header_whose_cells_ran_together_in_one_paragraph_is_counted_unread_not_silent():
    """raw 034 (a document site's text, every cell run into the next with no mark between): a paragraph
    holding an indicator table's header run together (一级指标二级指标三级指标年初目标值()实际完成值()得分) in a
    document nothing was read from is named and counted as a header whose rows went unread, not only
    said to have read nothing; a paragraph naming the levels in a sentence with no target field is none."""
    text = ("学生资助项目绩效目标自评表项目名称某某学院学生资助项目一级指标二级指标三级指标年初目标值()实际完成值()得分"
            "产出指标数量国家奖学金人数国家助学金人数效益指标社会效益指标资金发放率")
    recs = normalize_document(read_bytes(text.encode(), "glued.txt"))
    assert not recs.projects and recs.unread_rows == 2      # at least: see the test below
    assert any("像指标表表头，其后各行连成一行未读取" in w and "（一级指标二级指标三级指标年初目标值()实际完成值" in w
               for w in recs.warnings)
    prose = "本表按一级指标二级指标分类汇总，详见附件。"
    assert normalize_document(read_bytes(prose.encode(), "prose.txt")).unread_rows == 0


def test_rows_run_on_after_a_header_in_its_line_are_counted_at_least_by_their_labels_and_said_so():
    """fixraw22 (raw 034: the whole table one line, its figures stripped): the rows run on after a header
    whose cells ran together cannot be parted, but each level label (…指标) followed by words of its own
    holds a row at least; those are counted (not one row for the table), and the warnings say the count is
    a least count, the rows' number unknown. A label with no words after it (效益指标 before 社会效益指标) and
    a label inside a bracketed note count none; a header alone on its line stays one finding, said as before."""
    head = "学生资助项目绩效目标自评表项目名称某某学院学生资助项目一级指标二级指标三级指标年初目标值()实际完成值()得分"
    rows = ("产出指标数量国家奖学金人数分(因总人数减少,总指标数减少)国家助学金人数成本指标国家助学金人均资助"
            "效益指标(分)社会效益指标资金发放率分困难生完成学业率过程指标评审程序是否公正是是")
    recs = normalize_document(read_bytes((head + rows).encode(), "glued.txt"))
    assert recs.unread_rows == 4
    assert any("行数不明（按其中4组层级标签下的文字计，至少4行）" in w for w in recs.warnings)
    assert any("至少有 4 行像指标表的行未能读取" in w for w in recs.warnings)
    alone = normalize_document(read_bytes((head + "\n附件说明。").encode(), "alone.txt"))
    assert alone.unread_rows == 1 and any("像指标表表头，其下各行未读取" in w for w in alone.warnings)
    assert not any("至少" in w for w in alone.warnings)


def test_a_header_written_a_cell_per_paragraph_is_counted_unread_not_silent():
    """Word paragraphs a cell each (a web page's table copied cell by cell) whose rows no reader takes
    (the cells under the header make no row): the header is named and counted, and the document says
    nothing was read. (Rows under it that do make rows are read, as a .txt's: test_cell_runs.)"""
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "详见附件", "（本表由项目单位填写）"]
    recs = normalize_document(read_bytes(_docx(["2022年度项目支出绩效自评表", *cells]), "cells.docx"))
    assert not recs.projects and not recs.indicators
    assert recs.unread_rows == 1
    assert any(w.startswith("cells.docx 块1：像指标表表头，其下各行未读取（一级指标｜二级指标｜三级指标")
               for w in recs.warnings)
    assert any(w.startswith("cells.docx：未读取到任何项目或指标记录，有 1 行") for w in recs.warnings)


def test_a_table_written_a_cell_per_paragraph_is_read():
    """The same paragraphs with a row's cells under the header: read as a .txt written a cell per line
    is (normalize.cell_runs, issue 21: 473.docx)."""
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "产出指标", "数量指标", "新建村级污水处理站", "≥12座", "13座", "10", "10"]
    recs = normalize_document(read_bytes(_docx(["2022年度项目支出绩效自评表", *cells]), "cells.docx"))
    assert [(i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators] == [("新建村级污水处理站", "≥12座", "13座")]


def test_indicator_like_lines_that_no_reader_takes_are_counted_and_named():
    """Lines split by wide spaces that the aligned-column reader cannot align (each row its own
    columns) hold a name and figures: each is named unread."""
    lines = ["公益性讲座场次  ≥12场  14场", "读者满意度    ≥95%     96%     10分", "项目负责人：张三"]
    recs = normalize_document(read_bytes(_docx(lines), "rows.docx"))
    assert not recs.indicators
    named = [w for w in recs.warnings if "像指标行但未读取" in w]
    assert recs.unread_rows == len(named) >= 1


def test_a_document_of_which_nothing_is_read_says_so_once():
    recs = normalize_document(read_bytes(_docx(["会议纪要", "与会人员讨论了下一步工作安排。"]), "memo.docx"))
    said = [w for w in recs.warnings if "未读取到任何项目" in w]
    assert said == ["memo.docx：文件有 19 个字的文字，但未读取到任何项目、资金、指标或清单记录，"
                    "请核对原件是否为绩效自评报告、表格是否完整"]
    assert recs.unread_rows == 0


def test_a_label_and_its_value_is_no_indicator_row():
    recs = normalize_document(read_bytes(_docx(["预算编码： | 906017 | 有效性： | 有效"]), "form.docx"))
    assert recs.unread_rows == 0


def test_a_headerless_pipe_table_reads_in_word_as_in_the_text_file():
    """A passage cut from inside a table (its header away, rows split by lines of a lone |, as raw
    053): the operator in a cell of its own places each figure, in the Word paragraphs as in the .txt
    (normalize.cell_runs._headerless); the header the form gives stands where the first row does, so
    a warning names that row, not a line 0 that no file has."""
    lines = ["安全警示标志设置及时率 | = | 100 | % | 100 | 5 |", "|", "| |||",
             "成本指标 | 安全隐患排查成本预算 | = | 6 | 万元 | 6 | 5 |", "|", "| ||",
             "警示标志设置成本预算 | = | 5 | 万元 | 5 | 5 |", "|", "| |||"]
    txt = normalize_document(read_bytes("\n".join(lines).encode(), "cut.txt"))
    recs = normalize_document(read_bytes(_docx(lines), "cut.docx"))
    fields = [(i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw) for i in recs.indicators]
    assert fields == [(i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw) for i in txt.indicators]
    assert fields[1] == ("成本指标", "安全隐患排查成本预算", "=6万元", "6万元", "5") and len(fields) == 3
    assert recs.unread_rows == txt.unread_rows == 0
    cut = [w for w in txt.warnings + recs.warnings if "疑为节选或截断" in w]
    assert [w.split("：")[0] for w in cut] == ["cut.txt 块0 表1 第1行 源文件第1行", "cut.docx 块0"]

# A pipe table whose rows left their merged level cells out instead of writing them empty (raw 018):
# "| | 考核任务完成及时 | …" holds words in every cell, so only column coherence (normalize.cell_runs'
# rebuild of a text file's pipe rows) places the name under 指标名称, not under 二级指标.
MERGED_LEFT_OUT = ["一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |",
                   "产出指标 | 产出数量 | 完成护工培训任务 | 12500名 | 12166名 |",
                   "| | 完成培训就业质量考核及验收 | 11所 | 11所 |",
                   "| 产出时效 | 培训任务完成及时 | 2021.1.1-12.31 | 2021.1.1-12.31 |",
                   "| | 考核任务完成及时 | 每期培训结束后及时考核 | 两期未能及时考核 |",
                   "效益指标 | 社会效益 | 参训学员就业率 | 60%及以上 | 53.53% |",
                   "| | 提高参训学员技术水平 | 基本提高 | 基本提高 |"]


def test_rows_that_left_their_merged_cells_out_read_in_word_as_in_the_text_file():
    txt = normalize_document(read_bytes("\n".join(MERGED_LEFT_OUT).encode(), "merged.txt"))
    assert [(i.level3, i.target.raw, i.actual.raw) for i in txt.indicators][3] == \
        ("考核任务完成及时", "每期培训结束后及时考核", "两期未能及时考核")
    recs = normalize_document(read_bytes(_docx(MERGED_LEFT_OUT), "merged.docx"))
    named = [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators]
    assert named == [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in txt.indicators]
    assert len(named) == 6 and recs.unread_rows == txt.unread_rows == 0
    # the rows placed again are located by their paragraphs, as the table reader's are
    assert [i.loc.describe() for i in recs.indicators][2:4] == ["merged.docx 块3", "merged.docx 块4"]
    assert recs.indicators[3].target.loc.describe() == "merged.docx 块4 第3列"     # the column the .txt names


def test_what_the_line_reader_says_of_word_paragraphs_is_said_naming_the_paragraph():
    """Lines spaced like a table's rows whose columns do not align (check boxes of a form, raw 066):
    the text-line reader reads them as paragraphs and says so; in the Word copy it says the same of
    the paragraph the line is (it was dropped with the reader's scratch document)."""
    lines = ["2022年度科普经费项目自评表", "项目名称 科学普及经费",
             "项目类别 1、部门预算项目   ?   2、省直专项   □  3、省对下转移支付项目 □",
             "项目属性 1、持续性项目     ?   2、新增性项目 □",
             "项目类型 1、常年性项目     ?   2、延续性项目 □      3、一次性项目 □"]
    said = "疑似按空格对齐的表格，但各列无法可靠对齐，已按段落读取"
    assert read_bytes("\n".join(lines).encode(), "form.txt").warnings == [f"第3行起{said}"]
    doc = read_bytes(_docx(lines), "form.docx")
    assert doc.warnings == [f"form.docx 块2起{said}"] and doc.blocks[2].text == lines[2]


def test_a_form_whose_table_opens_with_short_label_rows_is_read_in_word():
    """The form's own rows of two cells open the pipe table (项目名称 | X, raw 001) above the indicator
    rows of six: no lines run together (the guard for a PDF's rows joined into one paragraph), read
    as the .txt reads them."""
    lines = ["2022年度项目支出绩效自评表",
             "项目名称 | 化肥减量增效示范县项目 | ||||||||",
             "项目属性 | 1、持续性项目 2、新增性项目 | ||||||||",
             "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||",
             "产出指标 | 数量指标 | 示范区建立 | ≧20000亩 | 20000亩 | 15.0 | ||||",
             "1、水稻侧深施肥 | ≧500亩 | 500亩 | 5.0 | ||||||",
             "2、施用配方肥 | ≧18500亩 | 18500亩 | 5.0 | ||||||"]
    txt = normalize_document(read_bytes("\n".join(lines).encode(), "form.txt"))
    recs = normalize_document(read_bytes(_docx(lines), "form.docx"))
    got = [(i.level3, i.target.raw, i.actual.raw, i.score.raw) for i in recs.indicators]
    assert got == [(i.level3, i.target.raw, i.actual.raw, i.score.raw) for i in txt.indicators] and len(got) == 3
    assert recs.unread_rows == txt.unread_rows


def test_a_wide_header_under_a_form_of_short_rows_is_no_rows_run_together():
    """A form's rows of two and four cells, then its indicator header of eleven (raw 012): wider than
    the first and the middle row, but not than every other row, so no lines run together; Word reads
    the row as the .txt does."""
    lines = ["项目名称 | 2023年全县安可替代补助资金项目 | |||||||||",
             "主管部门 | 大英县司法局 | 实施单位 | 大英县司法局 | |||||||",
             "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||||||",
             "根据要求购买安可设备,并完成项目资金支付。 | 完成 | |||||||||",
             "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||",
             "其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | ||||",
             "其他资金 | / | / | ||||||||",
             "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
             "产出指标 | 经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 | ||"]
    txt = normalize_document(read_bytes("\n".join(lines).encode(), "form.txt"))
    recs = normalize_document(read_bytes(_docx(lines), "form.docx"))
    assert [(i.level3, i.target.raw, i.score.raw) for i in txt.indicators] == [("成本控制数", "≤30万元", "90")]
    assert _rows(recs) == _rows(txt) and recs.unread_rows == txt.unread_rows


# A web page's indicator table flattened into one line (raw 002, 042-045: the cells run together).
ONE_LINE = ["项目支出绩效自评表",
            "一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标培训农民人数≥100人120人2020"
            "质量指标培训合格率≥90%95%2018效益指标社会效益指标带动农户增收户数≥50户60户3030",
            "评价结论：各项指标均已完成。"]
# The same table's rows a cell per line, each cell closed by a lone |, each row by a line of bare
# pipes, its header cut away (raw 049, 050): a Word paragraph or a PDF line a line.
CELL_LINES = [line for row in [["产出指标", "数量指标", "培训农民人数", "≥100人", "120人"],
                               ["产出指标", "质量指标", "培训合格率", "≥90%", "95%"],
                               ["效益指标", "社会效益指标", "带动农户增收户数", "≥50户", "60户"]]
              for line in [f"|   {row[0]}", "        | ", *[x for c in row[1:] for x in (f"     {c}", "        | ")],
                           "  ||||"]]


def _said(recs) -> list[tuple]:
    return [(i.level3, i.target.raw, i.actual.raw) for i in recs.indicators]


def test_a_table_flattened_into_one_word_paragraph_reads_as_its_text_line():
    """The paragraph is the .txt's line: the same grammar cuts its cells into rows (cell_joins), and
    each row is located at the paragraph, not silently dropped (at c3ef8af: 0 rows, unread 0, no warning)."""
    txt = normalize_document(read_bytes("\n".join(ONE_LINE).encode(), "one.txt"))
    recs = normalize_document(read_bytes(_docx(ONE_LINE), "one.docx"))
    assert _said(recs) == _said(txt) == [("培训农民人数", "≥100人", "120人"), ("培训合格率", "≥90%", "95%"),
                                         ("带动农户增收户数", "≥50户", "60户")]
    assert [i.loc.describe() for i in recs.indicators] == ["one.docx 块1"] * 3
    assert recs.unread_rows == txt.unread_rows == 0


def test_a_flattened_table_with_its_header_cut_away_reads_in_word_as_in_the_text_file():
    """A one-line table with its header cut away, each row a name, a target with its operator and one
    figure: no row states a result, so the figure is the weight (a score scores a result). Read in Word
    as in the .txt (at c3ef8af both counted the rows unread); the warning says how the rows were read
    and names the paragraph where the .txt names the line. A row with a second figure after the first
    (a result, then points) says no more which is which: counted and named, never read."""
    lines = ["二、绩效指标完成情况",
             "产出指标数量指标培训农民人数≥100人 20 培训合格率≥90% 20 效益指标社会效益指标带动农户增收户数≥50户 30 合计100",
             "三、评价结论"]
    txt = normalize_document(read_bytes("\n".join(lines).encode(), "h.txt"))
    recs = normalize_document(read_bytes(_docx(lines), "h.docx"))
    for r in (txt, recs):
        assert [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.op, i.weight.raw, i.score)
                for i in r.indicators] == [
            ("产出指标", "数量指标", "培训农民人数", "≥100人", "empty", "20", None),
            ("产出指标", "数量指标", "培训合格率", "≥90%", "empty", "20", None),
            ("效益指标", "社会效益指标", "带动农户增收户数", "≥50户", "empty", "30", None)]
        assert r.unread_rows == 0
    said = "的段落似为指标表（无表头，被压成一段），3行按“名称、带运算符的指标值、一个数值”读取"
    assert any(w.startswith(f"源文件第2行{said}") for w in txt.warnings), txt.warnings
    assert any(w.startswith(f"h.docx 块1{said}") for w in recs.warnings), recs.warnings
    assert [i.loc.describe() for i in recs.indicators] == ["h.docx 块1"] * 3
    lines[1] = lines[1].replace("≥90% 20", "≥90% 95 20")
    txt = normalize_document(read_bytes("\n".join(lines).encode(), "h.txt"))
    assert not txt.indicators and txt.unread_rows == 3
    assert txt.warnings[0].startswith("源文件第2行的段落似为指标表（无表头，被压成一段），“培训农民人数≥100人 20”")


@pytest.fixture(scope="module")
def cells_printed(tmp_path_factory) -> bytes:
    """CELL_LINES as a Word document printed to PDF."""
    return _printed(tmp_path_factory, "cells", CELL_LINES)


def test_a_table_a_cell_per_line_reads_in_word_and_pdf_as_in_the_text_file(cells_printed):
    """A line of bare pipes ends a row whether the text reader made it a table of empty cells (.txt)
    or it stayed a paragraph or a PDF line (at c3ef8af the Word copy lost the last row, whose closing
    |||| stayed a paragraph)."""
    txt = normalize_document(read_bytes("\n".join(CELL_LINES).encode(), "cells.txt"))
    assert _said(txt) == [("培训农民人数", "≥100人", "120人"), ("培训合格率", "≥90%", "95%"),
                          ("带动农户增收户数", "≥50户", "60户")]
    for recs in (normalize_document(read_bytes(_docx(CELL_LINES), "cells.docx")),
                 normalize_document(read_bytes(cells_printed, "cells.pdf"))):
        assert _said(recs) == _said(txt) and recs.unread_rows == txt.unread_rows == 0


def test_a_paragraph_after_a_table_read_from_paragraphs_is_located_at_its_place_in_the_file():
    """The document's blocks are numbered again once the table's lines are one table; a paragraph after
    it keeps the block it has in the file for an analyst to find (at c3ef8af 本项目… said 块3, the
    file's seventh paragraph being 块6), as the table's cells name their paragraphs."""
    paragraphs = [*LINES, "本项目2022年完成讲座14场，资金支出10万元。"]
    doc = read_bytes(_docx(paragraphs), "after.docx")
    assert doc.tables() and doc.blocks[-1].text == paragraphs[-1]
    assert doc.blocks[-1].loc.describe() == "after.docx 块6"
    recs = normalize_document(doc)
    assert [t for t, loc in recs.paragraphs if loc.describe() == "after.docx 块6"] == [paragraphs[-1]]
    assert recs.prose and all(f.loc.describe().startswith("after.docx 块6") for f in recs.prose)


def _one_column(lines: list[str]) -> bytes:
    """The lines typed into a ONE-COLUMN Word table, a row each."""
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph("项目支出绩效自评表")
    table = doc.add_table(rows=len(lines), cols=1)
    for row, text in zip(table.rows, lines):
        row.cells[0].text = text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _typed(*fields: str) -> str:
    """Fields padded with full-width spaces so that each column starts 22 display columns after the
    one before (a full-width character two, a digit one), as a typist lines them up by eye."""
    def wide(text):
        return sum(1 if ch.isascii() else 2 for ch in text)
    return "".join(f + "\u3000" * ((22 - wide(f)) // 2) for f in fields[:-1]) + fields[-1]


def test_rows_typed_into_a_one_column_table_read_as_the_lines_they_are():
    lines = [_typed("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
             _typed("产出指标", "数量指标", "建设繁育基地", "12万亩", "13万亩", "10", "10"),
             _typed("效益指标", "社会效益指标", "带动种植户", "50户", "52户", "10", "10"),
             _typed("满意度指标", "服务对象满意度指标", "种植户满意度", "95分", "96分", "10", "10")]
    doc = read_bytes(_one_column(lines), "frame.docx")
    assert [(i.level3, i.target.raw, i.actual.raw, i.score.raw) for i in normalize_document(doc).indicators] == \
        [("建设繁育基地", "12万亩", "13万亩", "10"), ("带动种植户", "50户", "52户", "10"),
         ("种植户满意度", "95分", "96分", "10")]
    cell = next(c for t in doc.tables() for c in t.cells if c.text == "带动种植户")
    assert cell.loc.describe() == "frame.docx 块1 单列表格第3行 第3列"


def test_a_one_column_table_of_prose_stays_a_table():
    lines = ["一、项目基本情况", "本项目于2023年实施，全年完成各项建设任务。", "二、绩效目标完成情况"]
    doc = read_bytes(_one_column(lines), "prose.docx")
    assert [(t.n_rows, t.n_cols) for t in doc.tables()] == [(3, 1)]


def test_a_table_converted_to_text_by_full_width_commas_reads_in_word():
    """Word's 表格转换成文本 with the separator ，: a paragraph a row, the merged level cells empty fields
    (，，) below the first row of their run, the 总分 row's empty fields kept; read as the .txt would be
    (extract.separated), not left as paragraphs with nothing said (1157)."""
    lines = ["项目支出绩效自评表", "绩效指标完成情况",
             "一级指标，二级指标，三级指标，年度指标值，实际完成值，分值，得分",
             "产出指标，数量指标，新建标准化菇棚，≥300座，312座，10，10",
             "，，开展种植技术培训，≥800人次，860人次，6，6",
             "，质量指标，菌棒成品率，≥95%，96.8%，6，6",
             "效益指标，经济效益指标，菇农人均增收，≥3000元，2850元，10，9.50",
             "总分，，，，，100，99.10", "自评等级：优"]
    recs = normalize_document(read_bytes(_docx(lines), "typed.docx"))
    assert _rows(recs) == [("产出指标", "数量指标", "新建标准化菇棚", "≥300座", "312座", "10", "10"),
                           ("产出指标", "数量指标", "开展种植技术培训", "≥800人次", "860人次", "6", "6"),
                           ("产出指标", "质量指标", "菌棒成品率", "≥95%", "96.8%", "6", "6"),
                           ("效益指标", "经济效益指标", "菇农人均增收", "≥3000元", "2850元", "10", "9.50")]


def test_prose_paragraphs_with_commas_stay_paragraphs():
    """Paragraphs of prose split by their commas are no table converted to text: few of their clauses
    are a figure alone."""
    lines = ["项目于2023年3月开工，11月完工，共建成菇棚312座，带动农户526户，人均增收2850元。",
             "资金到位640万元，执行614.4万元，执行率96%，结余25.6万元，已按规定收回。",
             "菇农满意度95%，高于90%的目标，群众普遍认可，社会效益明显。"]
    doc = read_bytes(_docx(lines), "prose.docx")
    assert not doc.tables() and len(doc.paragraphs()) == 3


def _boxed_lines(rows: list[list[str]], widths: tuple) -> list[str]:
    """Rows drawn in box characters as a console tool pads them (a wide character two columns, a box
    glyph two, cells padded with spaces); an empty level cell goes on from the one above: no rule
    across it (│      │      ├──┼…)."""
    def wide(text):
        return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)

    def rule(left, mid, right, keep=0):
        start = "│" + "│".join(" " * (w + 2) for w in widths[:keep]) + "├" if keep else left
        return start + mid.join("─" * ((w + 2) // 2) for w in widths[keep:]) + right
    out = [rule("┌", "┬", "┐")]
    for k, row in enumerate(rows):
        out.append("│" + "│".join(" " + t + " " * (w - wide(t)) + " " for t, w in zip(row, widths)) + "│")
        if k + 1 < len(rows):
            nxt = rows[k + 1]
            out.append(rule("├", "┼", "┤", 2 if not nxt[0] and not nxt[1] else 1 if not nxt[0] else 0))
    return out + [rule("└", "┴", "┘")]


BOXED = ["绩效指标完成情况"] + _boxed_lines([
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "咖啡低产园改造面积", "≥2万亩", "2.06万亩", "10", "10"],
    ["", "", "建设咖啡鲜果初加工厂", "≥5座", "5座", "8", "8"],
    ["", "", "开展咖啡种植技术培训", "≥1500人次", "1620人次", "6", "6"],
    ["", "质量指标", "精品咖啡豆占比", "≥20%", "22.5%", "6", "6"],
    ["", "", "改造园区验收合格率", "100%", "100%", "6", "6"],
    ["效益指标", "经济效益指标", "咖啡综合产值增长", "≥10%", "9.2%", "10", "9.20"]], (10, 18, 22, 18, 16, 4, 6))


def _placed(text: str, top: float, size: float = 9.0):
    """A PDF line of `text` in a monospaced CJK font: a wide character `size` across, any other (a box
    glyph too) half that."""
    from jixiao.extract.pdf_reader import _Line
    chars, x = [], 50.0
    for ch in text:
        w = size if unicodedata.east_asian_width(ch) in "WF" else size / 2
        chars.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + size, "size": size})
        x += w
    return _Line(chars, top, top + size, 50.0, x, size)


def test_a_box_drawn_table_with_merged_levels_is_read_by_its_borders_not_by_alignment():
    """A table drawn in box characters typed into Word paragraphs (an old WPS 制表符 table), a merged level
    cell a column with no rule across it (│      │      ├──┼…): in Word its lines read by their borders
    (flat_lines); printed to PDF, the glyphs' places are no columns for the aligned-text reader, which took
    runs of them as a table of its own and cut the grid in pieces (1156.pdf: 7 rows of 12). Its lines are
    left to flat_lines, as the .docx's are."""
    from jixiao.extract.pdf_reader import _aligned_tables
    want = [("产出指标", "数量指标", "咖啡低产园改造面积", "≥2万亩", "2.06万亩", "10", "10"),
            ("产出指标", "数量指标", "建设咖啡鲜果初加工厂", "≥5座", "5座", "8", "8"),
            ("产出指标", "数量指标", "开展咖啡种植技术培训", "≥1500人次", "1620人次", "6", "6"),
            ("产出指标", "质量指标", "精品咖啡豆占比", "≥20%", "22.5%", "6", "6"),
            ("产出指标", "质量指标", "改造园区验收合格率", "100%", "100%", "6", "6"),
            ("效益指标", "经济效益指标", "咖啡综合产值增长", "≥10%", "9.2%", "10", "9.20")]
    assert _rows(normalize_document(read_bytes(_docx(BOXED), "boxed.docx"))) == want
    lines = [_placed(text, 100 + 10 * k) for k, text in enumerate(BOXED[1:])]
    tables, left = _aligned_tables(1, lines)
    assert not tables and len(left) == len(lines)


def test_paragraphs_whose_words_a_space_splits_are_no_table_converted_to_text():
    """A space splits a document's lines too (a web page's cells a line each, a PDF's text lines): only a mark
    (，、；…) makes paragraphs a table converted to text here; such lines are other readers' (979, 898, 534)."""
    lines = ["产出指标", "数量指标", "建设高标准农田 ≥3.5万亩 3.52万亩 10 10", "新建灌溉渠道 ≥20公里 21公里 8 8",
             "配套机耕路 ≥15公里 15.5公里 6 6", "质量指标"]
    doc = read_bytes(_docx(lines), "spaced.docx")
    assert not doc.tables() and [b.text for b in doc.blocks] == lines


def _padded(cells: list[tuple], widths: tuple) -> list[str]:
    """Lines a typist padded into columns with ordinary spaces by eye, in a CJK font: ≥ as wide as a Chinese
    character (two columns), one space before the first cell, a level written only where it changes."""
    def cols(s):
        return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in s)
    return [" " + "".join(v + " " * (w - cols(v) + 1) for v, w in zip(row, widths)).rstrip() for row in cells]


def test_space_padded_word_paragraphs_keep_their_left_cells_and_align_in_a_cjk_font():
    """Issue 21 (1229): a grid drawn with the pencil over paragraphs padded with spaces: a row whose level cells
    are empty starts with the spaces standing for them, and ≥ takes a Chinese character's two columns in the
    font the typist aligned by. Both kept, the paragraphs read as the table they are, empty cells empty."""
    cells = [("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
             ("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "10", "10"),
             ("", "", "维修桥梁", "≥3座", "3座", "10", "10"),
             ("", "质量指标", "验收合格率", "≥95%", "98%", "10", "10"),
             ("效益指标", "社会效益指标", "群众出行时间缩短", "≥10分钟", "8分钟", "10", "8")]
    doc = read_bytes(_docx(["绩效指标完成情况"] + _padded(cells, (10, 14, 18, 12, 12, 6, 6))), "padded.docx")
    assert [t.grid() for t in doc.tables()] == [[list(r) for r in cells]], doc.warnings
    recs = normalize_document(doc)
    assert _rows(recs) == [("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "10", "10"),
                           ("产出指标", "数量指标", "维修桥梁", "≥3座", "3座", "10", "10"),
                           ("产出指标", "质量指标", "验收合格率", "≥95%", "98%", "10", "10"),
                           ("效益指标", "社会效益指标", "群众出行时间缩短", "≥10分钟", "8分钟", "10", "8")]


LISTING = ["一级指标    二级指标        三级指标            年度指标值    实际完成值    分值  得分",
           "------------------------------------------------------------------------------------",
           "产出指标    数量指标        培训农民人数        ≥100人        120人         10    10",
           "产出指标    质量指标        培训合格率          ≥90%          95%           10    10",
           "效益指标    社会效益指标    带动农户增收户数    ≥50户         45户          10    9",
           "------------------------------------------------------------------------------------"]


def _one_paragraph(heading: str, lines: list[str]) -> bytes:
    """A Word document of a heading and ONE paragraph whose lines are apart by soft line breaks (w:br)."""
    from docx import Document as Docx
    doc = Docx()
    doc.add_paragraph(heading)
    p = doc.add_paragraph()
    for k, line in enumerate(lines):
        run = p.add_run(line)
        if k < len(lines) - 1:
            run.add_break()
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_listing_pasted_as_one_paragraph_of_soft_line_breaks_reads_as_its_text_lines():
    """A system's fixed-width listing pasted into Word as ONE paragraph (Shift+Enter between its lines) reads
    as the same lines typed as paragraphs, or as a .txt, do, each cell located at the paragraph (before:
    the paragraph's lines were one text, no row read, the rows counted unread). A paragraph of soft-broken
    lines that are no table (an address block) stays one paragraph."""
    txt = normalize_document(read_bytes("\n".join(LISTING).encode(), "listing.txt"))
    want = [("培训农民人数", "≥100人", "120人"), ("培训合格率", "≥90%", "95%"), ("带动农户增收户数", "≥50户", "45户")]
    assert _said(txt) == want
    recs = normalize_document(read_bytes(_one_paragraph("绩效指标完成情况", LISTING), "listing.docx"))
    assert _said(recs) == want and recs.unread_rows == 0
    assert {i.loc.describe() for i in recs.indicators} == {"listing.docx 块1"}
    doc = read_bytes(_one_paragraph("联系方式", ["地址：某县某路1号", "电话：0000-1234567"]), "addr.docx")
    assert not doc.tables() and doc.blocks[-1].text == "地址：某县某路1号\n电话：0000-1234567"
