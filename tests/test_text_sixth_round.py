"""Text as it comes, sixth round (issue 21): Word's table-to-text with a separator of the writer's
choosing, an rST grid table, LaTeX tabular, a column-by-column copy."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from tests.text_rows import indicator_rows as _rows


SEPARATED = """项目支出绩效自评表
项目名称、2023年某某县示范项目
一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分
产出指标、数量指标、建设示范基地、≥1,200亩、1,260亩、8、8
、、培训农户、≥300人次、326人次、6、6
效益指标、社会效益指标、带动就业、≥50人、42人、8、6.72
总分、100、20.72
"""


def test_rows_joined_by_a_chosen_separator_are_a_table(tmp_path):
    """A mark that splits every line of a run into cells, three lines or more of the header's count
    holding figures: the rows of a table (an ASCII comma between digits is a figure's)."""
    f = tmp_path / "r.txt"
    f.write_text(SEPARATED, encoding="gbk")
    recs, rows = _rows(f)
    assert rows == [("建设示范基地", "≥1,200亩", "1,260亩", "8", "8"), ("培训农户", "≥300人次", "326人次", "6", "6"),
                    ("带动就业", "≥50人", "42人", "8", "6.72")]
    assert recs.indicators[1].level1 == "产出指标"
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_prose_with_its_commas_is_no_separated_table(tmp_path):
    """Sentences split by their commas into cells of no one width holding figures stay paragraphs."""
    text = ("项目于2023年启动，在三个乡镇实施，由中心组织建设。\n"
            "全年完成培训，参训农户满意，效果良好，达到预期。\n"
            "下一步加强管理，完善制度，提高效益，巩固成果。\n")
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    d = read_document(f)
    assert not d.tables() and len(d.paragraphs()) == 3


COLUMN_COPY = """项目名称：2023年某某区示范项目

一级指标
产出指标
效益指标
三级指标
建设示范点
培训人员
带动就业
长效机制
年度指标值
≥12个
≥300人次
≥50人
健全
实际完成值
12个
326人次
40人
健全
分值
10
8
8
6
得分
10
8
6.4
6
偏差原因分析及改进措施
用工少于计划
"""


def test_a_table_copied_column_by_column_is_read_and_its_short_columns_said(tmp_path):
    """Each column its header then its cells one a line: the columns of the figure columns' length are
    the table; a shorter column (merged cells, one note) cannot be put on its rows: said and counted."""
    f = tmp_path / "r.txt"
    f.write_text(COLUMN_COPY, encoding="utf-8")
    d = read_document(f)
    recs, rows = _rows(f)
    assert rows == [("建设示范点", "≥12个", "12个", "10", "10"), ("培训人员", "≥300人次", "326人次", "8", "8"),
                    ("带动就业", "≥50人", "40人", "8", "6.4"), ("长效机制", "健全", "健全", "6", "6")]
    said = [w for w in d.warnings if "逐列复制" in w]
    assert len(said) == 1 and "第3行“一级指标”" in said[0] and "第32行“用工少于计划”" in said[0]
    assert recs.unread_rows == 5 and recs.projects[0].rows_unread == 5


FUND_COPY = """项目名称：2023年某某区示范项目

项目资金（万元）
年度资金总额
其中：财政拨款
其他资金
年初预算数
1,500.00
1,500.00
—
全年预算数
1,600.00
1,600.00
—
全年执行数
1,576.00
1,576.00
—
分值
10
执行率
98.50%
得分
9.85
"""


def test_a_column_of_one_figure_after_a_table_copied_by_columns_is_a_cell_merged_over_its_rows(tmp_path):
    """557's fund block: 分值 / 执行率 / 得分, one figure each beside three rows of money, are merged
    cells written once: read in the first row, as a grid keeps a merged cell's text; nothing unread."""
    f = tmp_path / "r.txt"
    f.write_text(FUND_COPY, encoding="utf-8")
    d = read_document(f)
    assert not [w for w in d.warnings if "逐列复制" in w]
    [t] = d.tables()
    assert t.grid()[1][-3:] == ["10", "98.50%", "9.85"] and t.grid()[2][-3:] == ["", "", ""]
    p = normalize_document(d).projects[0]
    assert (str(p.fund_weight.value), str(p.fund_score.value)) == ("10", "9.85")
    # a note of one line after the figures is no merged figure: still said
    f.write_text(FUND_COPY + "说明\n全年预算调增100万元\n", encoding="utf-8")
    said = [w for w in read_document(f).warnings if "逐列复制" in w]
    assert len(said) == 1 and "全年预算调增" in said[0]


def test_lines_of_names_and_figures_one_a_line_with_no_columns_of_one_length_are_paragraphs(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("工作开展情况\n全年培训\n300人次\n326人次\n满意度\n95%\n", encoding="utf-8")
    assert not read_document(f).tables()


GRID = """项目名称：2023年某某镇示范项目

+----------+----------+------------+------+------+------+
| 一级指标 | 二级指标 | 三级指标   | 目标 | 实际 | 得分 |
+==========+==========+============+======+======+======+
| 产出指标 | 数量指标 | 建设示范基 | ≥8个| 8个  | 10   |
|          |          | 地         |      |      |      |
|          |          +------------+------+------+------+
|          |          | 培训农户   | ≥30 | 326  | 8    |
|          +----------+------------+------+------+------+
|          | 质量指标 | 验收合格率 | 100% | 100% | 6    |
+----------+----------+------------+------+------+------+
"""


def test_a_grid_table_is_read_by_its_borders_with_merges_and_wrapped_cells(tmp_path):
    """rST grid table: a rule drawn under part of the row closes only the cells above it; a cell's
    lines within its borders are one cell (CJK joined without a space); the ambiguous ≥ takes two columns here, as only that
    convention puts every border on its column."""
    f = tmp_path / "r.txt"
    f.write_text(GRID, encoding="utf-8")
    t = read_document(f).tables()[0]
    g = t.grid(fill=True)
    assert (t.n_rows, t.n_cols) == (4, 6)
    assert g[1][:4] == ["产出指标", "数量指标", "建设示范基地", "≥8个"]
    assert g[2][:3] == ["产出指标", "数量指标", "培训农户"] and g[3][:3] == ["产出指标", "质量指标", "验收合格率"]
    first = next(c for c in t.cells if c.row == 1 and c.col == 0)
    assert first.rowspan == 3


LATEX = r"""\begin{table}
\caption{项目支出绩效自评表}
\begin{tabular}{|c|c|c|c|c|c|c|}
\hline
\multicolumn{2}{|c|}{项目名称} & \multicolumn{5}{l|}{2023年某某乡示范项目} \\
\hline
一级指标 & 二级指标 & 三级指标 & 年度指标值 & 实际完成值 & 分值 & 得分 \\
\hline
\multirow{3}{*}{产出指标} & \multirow{2}{*}{数量指标} & 建设基地 & ≥3个 & 3个 & 10 & 10 \\
\cline{3-7}
 &  & 培训农户 & ≥95\% & 96.5\% & 8 & 8 \\
\cline{2-7}
 & 质量指标 & 验收合格率 & 100\% & 100\% & 6 & 6 \\
\hline
\end{tabular}
\end{table}
"""


def test_a_latex_tabular_is_a_grid_its_covered_slots_written_empty(tmp_path):
    """Rows end at \\\\, cells split at &, \\multicolumn / \\multirow span; the empty cells LaTeX writes
    under a \\multirow take their slot; escapes undone, the source's commands no paragraph."""
    f = tmp_path / "r.txt"
    f.write_text(LATEX, encoding="utf-8")
    d = read_document(f)
    recs, rows = _rows(f)
    assert rows == [("建设基地", "≥3个", "3个", "10", "10"), ("培训农户", "≥95%", "96.5%", "8", "8"),
                    ("验收合格率", "100%", "100%", "6", "6")]
    assert [i.level2 for i in recs.indicators] == ["数量指标", "数量指标", "质量指标"]
    assert recs.projects[0].name == "2023年某某乡示范项目"
    assert [p.text for p in d.paragraphs()] == ["项目支出绩效自评表"]


THREAD = """短信导出  联系人：某某县农业农村局

10657000  2024-03-15 10:21:17  收到
(1/2)项目名称：2023年某某县示范项目
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因
产出指标 数量指标 建设示范基地 ≥50亩 52亩 8 8
产出指标 数量指标 培训农户 ≥300人【某某县农业农村局】

10657000  2024-03-15 10:22:34  收到
(2/2)次 326人次 6 6
效益指标 社会效益指标 带动就业 ≥50人 42人 8 6.72 用工少于计划
满意度指标 服务对象满意度指标 农户满意度 ≥90% 95% 10 10【某某县农业农村局】
"""


def test_a_text_sent_as_a_thread_of_messages_is_read_as_the_text_they_carry(tmp_path):
    """Headers, part numbers (n/m) and the repeated signature are no content; a row cut at a message's
    end goes on at the next message's start; rows of words a space apart, each line the header's count
    of cells or one fewer (its last cell empty), are a table."""
    f = tmp_path / "r.txt"
    f.write_text(THREAD, encoding="utf-16")
    d = read_document(f)
    recs, rows = _rows(f)
    assert rows == [("建设示范基地", "≥50亩", "52亩", "8", "8"), ("培训农户", "≥300人次", "326人次", "6", "6"),
                    ("带动就业", "≥50人", "42人", "8", "6.72"), ("农户满意度", "≥90%", "95%", "10", "10")]
    assert recs.indicators[2].reason == "用工少于计划"
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert not any("某某县农业农村局】" in c.text for _, c in d.iter_cells())
    assert d.tables()[0].cells[0].loc.line == 5      # the source line the row starts on


def test_words_a_space_apart_in_rows_of_several_counts_are_no_separated_table(tmp_path):
    """A space inside a cell (治理 面积) makes rows of another count: no table by the space."""
    text = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "产出指标 数量指标 完成综合 治理面积 ≥12平方公里 12.4平方公里 10 10\n"
            "人工造林 ≥6000亩 6150亩 8 8\n封山育林 ≥1.2万亩 1.2万亩 7 7\n")
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    assert not read_document(f).tables()


def test_a_table_copied_row_by_row_a_cell_a_line_is_no_column_copy(tmp_path):
    """Runs of figures of several kinds (a row's: ≥40个 42个 7 7) are no columns."""
    rows = [("建设托育点", "≥40个", "42个", "7", "7"), ("培训人员", "≥1200人次", "1268人次", "6", "6"),
            ("入托率", "≥15%", "13.8%", "8", "7.36")]
    text = "三级指标\n年度指标值\n实际完成值\n分值\n得分\n" + "".join("\n".join(r) + "\n" for r in rows)
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    assert not read_document(f).tables()


def test_numbered_sentences_split_by_their_commas_are_no_separated_table(tmp_path):
    """Clauses that hold their figures among words (分值8分) are prose, however alike their counts."""
    text = "".join(f"{k}. 数量指标：完成造林，年度指标值≥{k}万亩，实际完成{k}万亩，分值8分，得分8分。\n" for k in (1, 2, 3))
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    assert not read_document(f).tables()


def _cut(text: str, width: int) -> str:
    return "\n\n".join("\n".join(r[k:k + width] for k in range(0, len(r), width)) for r in text.split("\n"))


def test_lines_cut_at_one_width_are_joined_into_their_records(tmp_path):
    """A narrow screen's copy: every line of a record but its last is the width long; the records,
    a blank line apart, are one text each, joined where the screen cut them (mid-figure too)."""
    records = ["项目名称：2023年某某县文化礼堂建设项目", "年度资金总额 1,000.00 1,080.00 1,069.20",
               "产出指标 数量指标 新建文化礼堂 ≥25个 26个 8 8", "开展惠民演出 ≥300场 318场 7 7",
               "送书下乡 ≥2万册 2.1万册 5 5", "总分 100 99.10"]
    f = tmp_path / "r.txt"
    f.write_text(_cut("\n".join(records), 11), encoding="utf-8")
    d = read_document(f)
    assert [p.text for p in d.paragraphs()] == records
    assert d.paragraphs()[2].loc.line == 8     # its first line's number


def test_lines_of_several_widths_are_no_narrow_cut(tmp_path):
    text = "第一段文字较长一些\n接着一行\n\n第二段\n短\n\n第三段文字\n还有一行\n\n四\n五\n\n六六\n七\n"
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    assert len(read_document(f).paragraphs()) == 10


def _screen(text: str, width: int) -> str:
    """A phone's narrow screen: each record cut every `width` characters, the space a cut falls on
    dropped (no line starts with one), records a blank line apart."""
    out = []
    for r in text.split("\n"):
        lines, k = [], 0
        while k < len(r):
            lines.append(r[k:k + width])
            k += width
            if k < len(r) and r[k] == " ":
                k += 1
        out.append("\n".join(lines))
    return "\n\n".join(out)


NARROW_FORM = ["项目名称：2023年某某县文化礼堂建设项目",
               "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
               "年度资金总额 1,000.00 1,080.00 1,069.20 10 99.00% 9.90",
               "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
               "产出指标 数量指标 新建文化礼堂 ≥25个 26个 8 8",
               "开展文化惠民演出 ≥300场 318场 7 7",
               "时效指标 文化礼堂建成时间 2023年11月30日前 2023年11月20日 5 5",
               "效益指标 社会效益指标 村民参与文化活动 ≥12万人次 10.8万人次 8 7.2 部分礼堂改造期间暂停活动，参与人次未达目标",
               "文化礼堂常态化开放率 ≥90% 95% 8 8",
               "可持续影响指标 文化礼堂运行管理机制 健全 健全 6 6",
               "满意度指标 服务对象满意度指标 村民满意度 ≥90% 96.1% 15 15",
               "总分 100 99.10"]


def test_a_narrow_screens_rows_are_read_whole_the_dropped_spaces_found_again(tmp_path):
    """560: a screen 14 characters wide drops the space it breaks a line at (年初预算数⏎全年预算数, 7⏎7);
    a header's words are parted where that gives the row under it its count of cells, the row's
    figures by the value grammar; a deadline (2023年11月30日前) and a result in words (健全 健全) are
    cells, a reason after the figures on the row's own line is its reason: every row read."""
    f = tmp_path / "r.txt"
    f.write_text(_screen("\n".join(NARROW_FORM), 14), encoding="utf-8")
    d = read_document(f)
    assert d.paragraphs()[1].text == NARROW_FORM[1]
    recs, rows = _rows(f)
    assert rows == [("新建文化礼堂", "≥25个", "26个", "8", "8"), ("开展文化惠民演出", "≥300场", "318场", "7", "7"),
                    ("文化礼堂建成时间", "2023年11月30日前", "2023年11月20日", "5", "5"),
                    ("村民参与文化活动", "≥12万人次", "10.8万人次", "8", "7.2"),
                    ("文化礼堂常态化开放率", "≥90%", "95%", "8", "8"), ("文化礼堂运行管理机制", "健全", "健全", "6", "6"),
                    ("村民满意度", "≥90%", "96.1%", "15", "15")]
    assert recs.unread_rows == 0
    p = recs.projects[0]
    assert (p.budget_full_year.raw, p.executed.raw, p.fund_score.raw) == ("1,080.00", "1,069.20", "9.90")


def test_a_header_record_of_words_is_parted_only_where_that_gives_the_next_rows_count(tmp_path):
    """Words cut where the counts do not agree stay as they were joined (a title wrapped mid-word)."""
    text = "某某县文化礼堂建设项目绩效自\n评表\n\n" + _screen("\n".join(NARROW_FORM[1:]), 14)
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    assert read_document(f).paragraphs()[0].text == "某某县文化礼堂建设项目绩效自评表"


DB_CLIENT = """+----------+----------+------+------+------+------+
| 一级指标 | 三级指标 | 目标 | 实际 | 分值 | 得分 |
+----------+----------+------+------+------+------+
| 产出指标 | 建设基地 | ≥3个 | 3个  | 10   | 10   |
|          | 培训农户 | ≥30  | 32   | 8    | 8    |
|          | 验收合格 | 100% | 100% | 6    | 6    |
+----------+----------+------+------+------+------+
"""


def test_a_database_clients_table_ruled_above_and_below_keeps_a_row_a_line(tmp_path):
    """Lines between two rules that each fill most of their cells are rows (a row a line), not one row
    wrapped: no grid table, the lines read as the rows they are."""
    f = tmp_path / "r.txt"
    f.write_text(DB_CLIENT, encoding="utf-8")
    t = read_document(f).tables()[0]
    assert t.n_rows == 4 and [row[1] for row in t.grid()] == ["三级指标", "建设基地", "培训农户", "验收合格"]
