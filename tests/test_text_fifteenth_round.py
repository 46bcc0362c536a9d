"""Text as it comes, fifteenth round (issue 21): R's dput() of the form's data frames (a table written column
by column) and a Java .properties file (\\uXXXX escapes, dotted keys in hash order)."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write

DPUT = """以下为 dput() 导出的数据：

# 项目支出绩效自评表
xm <- list(项目名称 = "2023年某某县示范项目", 主管部门 = "某某县农业农村局",
    金额单位 = "万元", 年度 = 2023L)

# 资金
zj <- structure(list(资金来源 = c("年度资金总额", "其中：财政拨款"), 年初预算数 = c(100,
    100), 全年预算数 = c(120, 120), 全年执行数 = c(114, 114), 分值 = c(10, NA),
    执行率 = c("95.00%", NA), 得分 = c(9.5, NA)), class = "data.frame", row.names = c(NA, -2L))

# 指标
zb <- structure(list(一级指标 = c("产出指标", "产出指标", "效益指标"), 二级指标 = c("数量指标",
    "质量指标", "社会效益指标"), 三级指标 = c("建设示范点", "验收合格率", "带动就业"),
    年度指标值 = c("≥20个", "100%", "≥50人"), 实际完成值 = c("21个", "100%",
    "42人"), 分值 = c(8, 6, 8), 得分 = c(8, 6, 6.72), 偏差原因 = c(NA, NA,
    "招工延后")), class = "data.frame", row.names = c(NA, -3L))

zf <- list(总分 = 100, 自评得分 = 30.22, 自评等级 = "差")
"""


def test_r_dput_of_data_frames_reads_each_column_vector_as_a_column(tmp_path):
    """dput() writes a data frame COLUMN BY COLUMN (一级指标 = c(...), 二级指标 = c(...)): row i is the i-th
    element of every vector, NA an empty cell, 2023L the number 2023; a named list of scalars its
    label：value lines (the head, the total)."""
    recs, rows = indicator_rows(_write(tmp_path, DPUT))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.5", "30.22")
    assert p.budget_full_year.value == 1200000      # 120 万元
    assert recs.indicators[2].reason == "招工延后"


def _properties(pairs: dict) -> str:
    """The pairs as Properties.store writes them: non-ASCII as \\uXXXX, in a scrambled order."""
    def esc(s: str) -> str:
        return "".join(c if " " <= c <= "~" else "\\u%04X" % ord(c) for c in s).replace(":", "\\:")
    keys = sorted(pairs, key=lambda k: hash(k[::-1]) % 97)
    return "#" + esc("绩效自评表导出") + "\n#Thu Mar 14 16:05:27 CST 2024\n" + "".join(
        f"{k}={esc(pairs[k])}\n" for k in keys)


def test_a_properties_file_rebuilds_its_records_from_dotted_keys_and_names_them(tmp_path):
    """Every line key=value under a dotted key, the Chinese \\uXXXX escapes, the lines in hash order: the
    escapes are characters, the keys' paths the tree (indicator.02.score the second record's score),
    so its rows are found and, where their keys are not the form's words, counted unread and named,
    never nothing said."""
    pairs = {"project.name": "2023年某某县示范项目", "project.year": "2023", "export.time": "2024-03-14 16:05:27"}
    for n, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        for k, v in (("level1", l1), ("level2", l2), ("level3", name), ("target", target), ("actual", actual),
                     ("weight", weight), ("score", score)):
            pairs[f"indicator.{n:02d}.{k}"] = v
    pairs["indicator.count"] = "3"
    recs, _ = indicator_rows(_write(tmp_path, _properties(pairs), "latin-1"))
    named = " ".join(recs.warnings)
    assert len(recs.indicators) + recs.unread_rows == 3
    assert all(name in named for name, *_ in ROWS) or len(recs.indicators) == 3
    assert "\\u" not in named


MULTILINE = """2023年某某县示范项目绩效自评表

金额单位：万元

  资金来源         年初预算数   全年预算数   全年执行数   分值   执行率   得分
  ---------------- ------------ ------------ ------------ ------ -------- ------
  年度资金总额           100.00       120.00       114.00     10   95.00%   9.50
  其中：财政拨款         100.00       120.00       114.00

  ----------------------------------------------------------------------
  一级指标 二级指标 三级指标   年度指标值 实际完成值 分值 得分 偏差原因
                                                               分析
  -------- -------- ---------- ---------- ---------- ---- ---- ----------
  产出指标 数量指标 建设示范点 ≥20个      21个       8    8

                    验收合格率 100%       100%       6    6
           质量指标

  效益指标 社会效益 带动就业   ≥50人      42人       8    6.72 受雨季影响
           指标                                                招工延后
  ----------------------------------------------------------------------

总分：100　自评得分：30.22
"""


def test_a_multiline_table_reads_each_blank_line_apart_group_as_one_row(tmp_path):
    """pandoc's multiline table: columns one space apart under a rule of dash runs, every row's lines up
    to the next blank line one row, each cell's lines joined (质量指标 written under its row's first line,
    社会效益 / 指标, the note over two lines), a level cell written once for its run."""
    recs, rows = indicator_rows(_write(tmp_path, MULTILINE))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.indicators[2].reason == "受雨季影响招工延后"
    assert str(recs.projects[0].fund_score.value) == "9.50"


FORMAT_TABLE = """
项目名称 : 2023年某某县示范项目
金额单位 : 万元


资金来源       年初预算数 全年预算数 全年执行数 分值 执行率 得分
--------       ---------- ---------- ---------- ---- ------ ----
年度资金总额   100.00     120.00     114.00     10   95.00% 9.50
其中：财政拨款 100.00     120.00     114.00


一级指标 二级指标     三级指标     年度指标值 实际完成值 分值 得分
-------- --------     --------     ---------- ---------- ---- ----
产出指标 数量指标     建设示范点   ≥20个      21个       8    8
产出指标 质量指标     验收合格率   100%       100%       6    6
效益指标 社会效益指标 带动就业     ≥50人      42人       8    6.72
满意度指 服务对象满意 群众满意度调 ≥90%       93%        8    8
标       度指标       查得分
"""


def test_powershell_format_table_reads_columns_from_head_to_head_and_wrapped_lines(tmp_path):
    """Format-Table -Wrap underlines each head with dashes as wide as the head; a column runs from its
    head to the next one's, cells one space apart (建设示范点 ≥20个 two cells); a wrapped line, its first
    column filled too (满意度指 / 标), is the row above's where it leaves empty the columns every row fills."""
    recs, rows = indicator_rows(_write(tmp_path, FORMAT_TABLE))
    assert rows[:3] == ROWS and _levels(recs)[:3] == LEVELS
    assert rows[3] == ("群众满意度调查得分", "≥90%", "93%", "8", "8")
    assert _levels(recs)[3] == ("满意度指标", "服务对象满意度指标")
    assert str(recs.projects[0].fund_score.value) == "9.50"


SAS_BY = """                         某某县示范项目绩效自评              10:42 Thursday, March 14, 2024   1

                     项目名称：2023年某某县示范项目

------------------------ 一级指标=产出指标 二级指标=数量指标 ------------------------

 Obs    三级指标        年度指标值      实际完成值      分值    得分

     1  建设示范点      ≥20个           21个               8       8

------------------------ 一级指标=产出指标 二级指标=质量指标 ------------------------

 Obs    三级指标        年度指标值      实际完成值      分值    得分

     2  验收合格率      100%            100%               6       6

                                                      ------  ------
 一级指标                                                 14      14
\f                         某某县示范项目绩效自评              10:42 Thursday, March 14, 2024   2

---------------------- 一级指标=效益指标 二级指标=社会效益指标 ----------------------

 Obs    三级指标        年度指标值      实际完成值      分值    得分

     3  带动就业        ≥50人           42人               8    6.72

                                                      ------  ------
 一级指标                                                  8    6.72
                                                      ======  ======
                                                          22   20.72
"""


def test_a_listing_by_groups_reads_each_by_line_as_its_groups_fields(tmp_path):
    """SAS PROC PRINT with BY: a line of name=value pairs between dashes over each group, the same heads
    under every one, the Obs column a row number, the groups' sums and a page's titles under them: the
    pairs are every row's fields of their group (一级指标, 二级指标), the listing one table."""
    recs, rows = indicator_rows(_write(tmp_path, SAS_BY, "gbk"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
