"""Text as it comes, eleventh round (issue 21): a Redmine page's Textile tables, PHP's print_r() of an export
array, a mind map pasted as a text tree, a git diff of the form between its draft and its final version and
a mainframe print file with ASA carriage control."""
from jixiao.extract import read_document
from jixiao.rules import check

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


TEXTILE = """h1. 2023年某某县示范项目绩效自评表

p>. 金额单位：万元

table{border:1px solid #999}.
{background:#eee}. |_. 资金来源 |_. 年初预算数 |_. 全年预算数 |_. 全年执行数 |_. 分值 |_. 执行率 |_. 得分 |
| 年度资金总额 |>. 100.00 |>. 120.00 |>. 114.00 |=. 10 |>. 95.00% |>. 9.50 |

table{border:1px solid #999}.
|_. 一级指标 |_. 二级指标 |_. 三级指标 |_. 年度指标值 |_. 实际完成值 |_. 分值 |_. 得分 |
|/2. 产出指标 | 数量指标 | 建设示范点 | ≥20个 | 21个 |=. 8 |=. 8 |
| 质量指标 | 验收合格率 | 100% | 100% |=. 6 |=. 6 |
| 效益指标 | 社会效益指标 | 带动就业 | ≥50人 | 42人 |=. 8 |=. %{color:red}6.72% |
|\\5=. *总分* |=. 100 |=. 30.22 |
"""


def test_a_textile_table_reads_its_cell_modifiers_and_spans(tmp_path):
    """|/2. a row span, |\\5=. a column span, |=. / |>. alignment and |_. a header cell are Textile's
    modifiers, no text; %{color:red}…% a span around the score; the total row spanning five columns is
    the total, no fourteenth indicator."""
    recs, rows = indicator_rows(_write(tmp_path, TEXTILE))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (str(p.fund_score.value), str(p.total_score_stated.value)) == ("9.50", "30.22")
    assert p.name == "2023年某某县示范项目"       # the h1. heading read without its signature
    # a pipe table whose cells carry no modifier is another syntax's: '1. ' opening a cell is no modifier
    doc = read_document(_write(tmp_path, "| 1. 数量指标 | 建设示范点 | ≥20个 |\n| 2. 质量指标 | 验收合格率 | 100% |\n"))
    assert doc.tables()[0].grid()[0][0] == "1. 数量指标"


PRINT_R = """
Notice: Undefined index: fjsm in /var/www/export.php on line 218

Array
(
    [项目名称] => 2023年某某县示范项目
    [金额单位] => 万元
    [资金情况] => Array
        (
            [0] => Array
                (
                    [资金来源] => 年度资金总额
                    [年初预算数] => 100.00
                    [全年预算数] => 120.00
                    [全年执行数] => 114.00
                    [分值] => 10
                    [执行率] => 95.00%
                    [得分] => 9.50
                )

            [1] => Array
                (
                    [资金来源] => 其中：当年财政拨款
                    [年初预算数] => 100.00
                    [全年预算数] => 120.00
                    [全年执行数] => 114.00
                    [分值] =>
                    [执行率] =>
                    [得分] =>
                )

        )

    [绩效指标] => Array
        (
            [产出指标] => Array
                (
                    [数量指标] => Array
                        (
                            [0] => Array
                                (
                                    [三级指标] => 建设示范点
                                    [年度指标值] => ≥20个
                                    [实际完成值] => 21个
                                    [分值] => 8
                                    [得分] => 8
                                )

                        )

                    [质量指标] => Array
                        (
                            [0] => Array
                                (
                                    [三级指标] => 验收合格率
                                    [年度指标值] => 100%
                                    [实际完成值] => 100%
                                    [分值] => 6
                                    [得分] => 6
                                )

                        )

                )

            [效益指标] => Array
                (
                    [社会效益指标] => Array
                        (
                            [0] => Array
                                (
                                    [三级指标] => 带动就业
                                    [年度指标值] => ≥50人
                                    [实际完成值] => 42人
                                    [分值] => 8
                                    [得分] => 6.72
                                )

                        )

                )

        )

    [总分] => Array
        (
            [满分] => 100
            [自评得分] => 30.22
        )

)
"""


def test_a_print_r_dump_reads_its_nested_arrays_as_records(tmp_path):
    """print_r()'s arrays keyed 0, 1 … are lists of records (the fund's sources a table); records under
    level keys are one table, the keys the rows' levels; the Notice above is a line of text."""
    recs, rows = indicator_rows(_write(tmp_path, PRINT_R))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, str(p.fund_score.value), str(p.total_score_stated.value)) == ("2023年某某县示范项目", "9.50", "30.22")
    assert p.budget_initial.value == 1000000      # 100.00 万元
    # an array that never closes is no print_r() output read as one
    assert not read_document(_write(tmp_path, PRINT_R.rsplit(")", 1)[0])).tables()


TREE = """2023年某某县示范项目
├── 基本信息
│   ├── 主管部门：某某县农业农村局
│   └── 预算年度：2023
├── 项目资金（万元）
│   ├── 年度资金总额
│   │   ├── 年初预算数：100.00
│   │   ├── 全年预算数：120.00
│   │   ├── 全年执行数：114.00
│   │   ├── 分值：10
│   │   ├── 执行率：95.00%
│   │   └── 得分：9.50
│   └── 其中：当年财政拨款
│       ├── 年初预算数：100.00
│       ├── 全年预算数：120.00
│       └── 全年执行数：114.00
├── 绩效指标
│   ├── 产出指标
│   │   ├── 数量指标
│   │   │   └── 建设示范点
│   │   │       ├── 年度指标值：≥20个
│   │   │       ├── 实际完成值：21个
│   │   │       ├── 分值：8
│   │   │       └── 得分：8
│   │   └── 质量指标
│   │       └── 验收合格率
│   │           ├── 年度指标值：100%
│   │           ├── 实际完成值：100%
│   │           ├── 分值：6
│   │           └── 得分：6
│   └── 效益指标
│       └── 社会效益指标
│           └── 带动就业
│               ├── 年度指标值：≥50人
│               ├── 实际完成值：42人
│               ├── 分值：8
│               └── 得分：6.72
└── 总分
    ├── 满分：100
    └── 自评得分：30.22
"""


def test_a_text_tree_reads_each_indicator_node_as_a_record(tmp_path):
    """A node whose children are label：value leaves is a record, the node's name its leading cell; the
    level nodes above it its levels; the fund's sources records under their names."""
    recs, rows = indicator_rows(_write(tmp_path, TREE))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (str(p.fund_score.value), str(p.total_score_stated.value)) == ("9.50", "30.22")
    assert p.executed.value == 1140000      # 114.00 万元, the unit in the branch's name
    assert p.name == "2023年某某县示范项目"       # the root: a heading that is the project's name alone
    # the same tree drawn with the tree command's ASCII branches
    ascii_tree = TREE.replace("├── ", "|-- ").replace("└── ", "`-- ").replace("│   ", "|   ")
    assert indicator_rows(_write(tmp_path, ascii_tree))[1] == ROWS


FORM = ["某某县项目支出绩效自评表", "项目名称：\t2023年某某县示范项目", "一、项目资金（万元）",
        "资金来源\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t100.00\t120.00\t114.00\t10\t95.00%\t9.50", "二、绩效指标",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t8\t8", "\t质量指标\t验收合格率\t100%\t100%\t6\t6",
        "效益指标\t社会效益指标\t带动就业\t≥50人\t42人\t8\t6.72", "总分\t\t\t\t\t100\t30.22"]
# the draft's lines the final changed (line index, as the draft had it)
DRAFT = {4: "年度资金总额\t100.00\t120.00\t102.00\t10\t85.00%\t8.50",
         7: "产出指标\t数量指标\t建设示范点\t≥20个\t18个\t8\t7.2", 10: "总分\t\t\t\t\t100\t29.42"}


def _diff(first: int = 0) -> str:
    body = []
    for k, line in enumerate(FORM[first:], first):
        body += [f"-{DRAFT[k]}", f"+{line}"] if k in DRAFT else [f" {line}"]
    n = len(FORM) - first
    return "\n".join(["commit 8be04d7a51c3e9f2b06d4c1e7a9382f5d0b1c6e4", "Author: someone <a@b.cn>", "",
                      "    按复核意见修改", "", "diff --git a/表.txt b/表.txt", "index 3f2a9c1..d7e40b8 100644",
                      "--- a/表.txt", "+++ b/表.txt", f"@@ -{first + 1},{n} +{first + 1},{n} @@", *body, ""])


def test_a_diff_of_the_form_reads_its_new_version_and_says_so(tmp_path):
    """The ' ' and '+' lines are the final form; the draft's '-' lines (18个 / 7.2, 102.00) are no rows
    of it, and the reader says it read a diff's new version, and which of its lines the diff leaves out."""
    f = _write(tmp_path, _diff(), "gbk")
    recs, rows = indicator_rows(f)
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.executed.value, str(p.total_score_stated.value)) == (1140000, "30.22")
    assert any("差异（diff）" in w and "旧版本的3行" in w for w in read_document(f).warnings)
    # a diff holding the form from its line 3 on says that lines 1-2 of the new version are not in it
    assert any("新版本的第1—2行不在差异中" in w for w in read_document(_write(tmp_path, _diff(2))).warnings)


def _w(s: str, n: int, right: bool = False) -> str:
    gap = " " * max(n - sum(2 if ord(ch) > 0x2E7F else 1 for ch in s), 0)
    return gap + s if right else s + gap


def _printed(rows, widths=(10, 18, 12, 10, 10, 4, 6)) -> str:
    return " ".join(_w(c, n, k > 4) for k, (c, n) in enumerate(zip(rows, widths))).rstrip()


PAGE_HEAD = ["1JXZP031R  某某系统  项目支出绩效自评表  页号：    {page}", " 运行日期：2024-03-18"]
HEADS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def test_a_print_file_with_carriage_control_reads_as_printed(tmp_path):
    """Column 1 is the printer's: '1' a page, '0' / '-' spacing, '+' an overprinted underline; page 2's
    running head and its heads printed again are the printer's, its rows go on with page 1's. A level
    cell that fills its column (满意度指标, ten wide) stands one space before the next cell."""
    rows = [("产出指标", "数量指标", *ROWS[0][:5]), ("", "质量指标", *ROWS[1][:5]),
            ("效益指标", "社会效益指标", *ROWS[2][:5]), ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10")]
    lines = [PAGE_HEAD[0].format(page=1), PAGE_HEAD[1], " 项目名称：2023年某某县示范项目",
             "-" + _printed(HEADS), "+" + " ".join("_" * n for n in (10, 18, 12, 10, 10, 4, 6))]
    lines += [" " + _printed(r) for r in rows[:2]]
    lines += [PAGE_HEAD[0].format(page=2), PAGE_HEAD[1], "-" + _printed(HEADS)]
    lines += [" " + _printed(r) for r in rows[2:]] + ["-          *** 报表结束 ***"]
    recs, got = indicator_rows(_write(tmp_path, "\r\n".join(lines) + "\r\n", "gbk"))
    assert got == ROWS + [("群众满意度", "≥90%", "95%", "10", "10")]
    assert _levels(recs) == LEVELS + [("满意度指标", "服务对象满意度指标")]
    assert recs.projects[0].name == "2023年某某县示范项目"
    # a text whose lines open with a space and a list number is no print file
    doc = read_document(_write(tmp_path, "1、项目概况\n 项目名称：某某项目\n0资金"))
    assert any("1、项目概况" in getattr(b, "text", "") for b in doc.blocks)


def _letters() -> str:
    head = ["某某县农业农村局", "项目支出绩效自评核定通知书", "某某中心：",
            "　　现将你单位实施的“2023年某某县示范项目”绩效自评结果核定如下："]
    tail = ["　　如有异议，请于2024年3月29日前反馈。", "　　　　某某县农业农村局"]
    fund = ["　　项目资金：年初预算数100.00万元，全年预算数120.00万元，全年执行数114.00万元，预算执行率95.00%。",
            "　　资金执行率分值：10分　　核定得分：9.50分"]
    letters = [head + fund + tail]
    for (name, target, actual, weight, score), (l1, l2) in zip(ROWS, LEVELS):
        letters.append(head + [f"　　“{name}”指标（一级指标：{l1}，二级指标：{l2}）年度指标值为{target}，经核查实际完成值为{actual}。",
                               f"　　指标分值：{weight}分　　核定得分：{score}分"] + tail)
    letters.append(head + ["　　经复核，资金执行率得分9.50分，绩效指标得分20.72分，自评总分30.22分。"] + tail)
    return "\r\n\f".join("\r\n".join(x) for x in letters) + "\r\n"


def test_mail_merge_letters_read_their_fields_as_a_table(tmp_path):
    """The letters of one template are a table: a column for each place the letters differ, named by the
    template's words before it (一级指标：, 年度指标值为); the covering letter's fund and the summary are
    text, its points on one line apart by full-width spaces; the two part scores adding to the total
    are no restatement of it (JX501); the project named in quotes before its 绩效."""
    f = _write(tmp_path, _letters(), "gb18030")
    recs, rows = indicator_rows(f)
    assert [(n, t, a, w) for n, t, a, w, _ in rows] == [r[:4] for r in ROWS] and _levels(recs) == LEVELS
    assert [s for *_, s in rows] == [r[4] for r in ROWS]
    p = recs.projects[0]
    assert (p.name, str(p.fund_weight.value), str(p.fund_score.value)) == ("2023年某某县示范项目", "10", "9.50")
    assert "JX501" not in {fl.rule for fl in check(recs)}
    assert any("邮件合并" in w for w in read_document(f).warnings)
    # pages of a table, their rows alike but each line its own, are no letters
    pages = "\f".join(f"建设示范点{k}\t≥20个\t21个\t8\t8\n验收合格率{k}\t100%\t100%\t6\t6\n" for k in range(3))
    assert not any("邮件合并" in w for w in read_document(_write(tmp_path, pages)).warnings)
    # two letters are no run: a template is seen in three or more
    assert not any("邮件合并" in w for w in read_document(_write(tmp_path, "\f".join(_letters().split("\f")[:3]))).warnings)


def test_aligned_heads_set_left_over_figures_set_right_keep_the_note_column(tmp_path):
    """Heads set left over figures set right (分值 over 8 and 10 ending where its column ends) start nowhere
    near their cells: the block's columns are its gutters, the runs of white down every line, so the heads
    stay in the table and a score set right one space before its note (6.72 有两家…) is split at that gutter,
    not read into the note."""
    widths = (10, 18, 12, 10, 10, 6, 6, 16)
    heads = " ".join(_w(c, n) for c, n in zip(HEADS + ["偏差原因"], widths)).rstrip()
    notes = ["", "", "有两家企业停产"]

    def line(cells):
        return " ".join(_w(c, n, 4 < k < 7) for k, (c, n) in enumerate(zip(cells, widths))).rstrip()
    rows = [line((*levels, *row, note)) for levels, row, note in zip(LEVELS, ROWS, notes)]
    rows[1] = line(("", LEVELS[1][1], *ROWS[1], ""))
    rows += [line(("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10", ""))]
    f = _write(tmp_path, "\n".join(["项目名称：2023年某某县示范项目", "", heads, *rows, ""]))
    recs, got = indicator_rows(f)
    assert got == ROWS + [("群众满意度", "≥90%", "95%", "10", "10")]
    assert recs.indicators[2].reason == "有两家企业停产"
