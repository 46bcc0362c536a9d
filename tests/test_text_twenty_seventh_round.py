"""Text as it comes, twenty-seventh round (issue 21, set 1342-1347): a Cucumber feature file's data tables under
its indented steps (and an outline's example values, no table of the form), a pg_dump's COPY … FROM stdin
blocks."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows as _body_rows, indicator_rows, levels as _levels, written as _write


HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _gherkin(rows: list[list[str]]) -> list[str]:
    """A Gherkin data table, each column padded to its widest cell by characters."""
    w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
    return ["      | " + " | ".join(c + " " * (w[j] - len(c)) for j, c in enumerate(r)) + " |" for r in rows]


def _feature(outline: bool) -> str:
    lines = (["# language: zh-CN", "功能: 项目支出绩效自评表导入", "  为了核对导入结果", "",
              "  背景:", "    假如 项目基本信息如下:"]
             + _gherkin([["项目名称", "2023年某某县示范项目"], ["主管部门", "某某县农业农村局"]])
             + ["    而且 年度总体目标为:", '      """', "      建设示范点20个以上，", "      带动就业50人以上。", '      """', "",
                "  场景: 导入年度绩效指标", "    当 导入以下绩效指标:"]
             + _gherkin([HEAD] + _body_rows()) + ["    那么 应导入 3 条绩效指标", ""])
    if outline:
        lines += (["  场景大纲: 未完成指标按比例计分", "    假如 年度指标值为 <年度指标值>，实际完成值为 <实际完成值>",
                   "    那么 按分值 <分值> 得分应为 <得分>", "", "    例子:"]
                  + _gherkin([["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["带动就业", "≥50人", "42人", "8", "6.72"],
                              ["示例指标", "≥90%", "81%", "10", "9"]]))
    return "\n".join(lines) + "\n"


def test_a_feature_files_data_tables_under_indented_steps_read_as_tables(tmp_path):
    """Indented steps with a data table under them ('| a | b |' lines) and a doc string between: the groups of
    indented lines are no cell-per-line rows where two of a group's lines split into their own cells by bars."""
    recs, got = indicator_rows(_write(tmp_path, _feature(False)))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_example_values_for_a_templates_placeholders_are_no_table_of_the_form(tmp_path):
    """An outline's steps name <placeholders>, every one a head of the table under them: its rows are example
    values (one repeating a row of the form, one made up), left out of the tables and counted and named in a
    warning."""
    f = _write(tmp_path, _feature(True))
    recs, got = indicator_rows(f)
    assert got == ROWS
    [said] = [w for w in read_document(f).warnings if "示例取值" in w]
    assert "共2行" in said and "“带动就业”" in said and "“示例指标”" in said


def test_a_table_whose_heads_are_not_all_the_placeholders_above_stays_a_table():
    from jixiao.extract.text_reader import _placeholder_heads
    from jixiao.extract.model import Document, Location, Paragraph
    doc = Document(source="r.txt", format="txt", sha256="")
    doc.blocks.append(Paragraph(text="那么 得分应为 <得分>，等级为 <等级>", loc=Location("r.txt", block=0, line=1)))
    rows = [[(2, "三级指标"), (2, "得分")], [(3, "带动就业"), (3, "6.72")]]
    assert _placeholder_heads(doc, rows) == []          # <等级> is no head: no template of this table
    doc.blocks[0].text = "那么 <三级指标> 得分应为 <得分>"
    assert _placeholder_heads(doc, rows) == ["三级指标", "得分"]


def _copy(table: str, head: list[str], rows: list[list[str]]) -> list[str]:
    esc = lambda c: "\\N" if c == "" else c.replace("\n", "\\n")
    return ([f'COPY public."{table}" ({", ".join(chr(34) + h + chr(34) for h in head)}) FROM stdin;']
            + ["\t".join(esc(c) for c in r) for r in rows] + ["\\.", "", ""])


def test_a_pg_dump_copy_block_reads_with_its_column_list_as_its_head(tmp_path):
    """pg_dump's COPY … FROM stdin: the column list is the head of the tab-separated rows, \\N an empty cell, \\n a
    line break inside one, the block ended by \\.; a block of one row is a record (the project's, last in the
    dump's name order)."""
    body = [[l1 or LEVELS[k][0]] + r[1:] for k, (l1, *_), r in zip(range(3), _body_rows(), _body_rows())]
    body[2][7] = "降雨偏多，\n未达目标"
    lines = (["--", "-- PostgreSQL database dump", "--", "", "SET client_encoding = 'UTF8';", ""]
             + _copy("绩效指标", HEAD, body)
             + _copy("资金情况", ["资金来源", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                     [["年度资金总额", "1300.00", "1261.00", "10.00", "97.00%", "9.70"],
                      ["其中：财政拨款", "1300.00", "1261.00", "", "", ""]])
             + _copy("项目信息", ["项目名称", "主管部门"], [["2023年某某县示范项目", "某某县农业农村局"]]))
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert [(n, t, a) for n, t, a, _, _ in got] == [r[:3] for r in ROWS] and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.projects[0].fund_score.raw == "9.70"


def test_a_copy_line_whose_rows_do_not_fit_its_column_list_stays_text():
    from jixiao.extract.text_reader import _Line, _copy_rows
    lines = [_Line(1, 'COPY public."t" ("a", "b", "c") FROM stdin;'), _Line(2, "1\t2"), _Line(3, "\\.")]
    assert [ln.text for ln in _copy_rows(lines)] == [ln.text for ln in lines]


def _duckbox(cols: list[tuple[str, str]], rows: list[list[str]]) -> list[str]:
    from jixiao.extract.display_columns import display_width as dw
    w = [max([dw(c[0]), dw(c[1])] + [dw(r[j]) for r in rows]) for j, c in enumerate(cols)]
    pad = lambda s, n: s + " " * (n - dw(s))
    rule = lambda a, b, c: a + b.join("─" * (x + 2) for x in w) + c
    line = lambda cells: "│" + "│".join(" " + pad(c, w[j]) + " " for j, c in enumerate(cells)) + "│"
    return ([rule("┌", "┬", "┐"), line([c[0] for c in cols]), line([c[1] for c in cols]), rule("├", "┼", "┤")]
            + [line(r) for r in rows] + [rule("└", "┴", "┘")])


def test_a_duckbox_reads_without_its_line_of_types_and_its_nulls(tmp_path):
    """DuckDB's duckbox: the column types on a second head line (varchar, double) are no row, NULL a missing
    value (the merged levels below their run's first row), and a one-row answer (the head) a record."""
    body = [[r[0] or "NULL"] + r[1:7] + [r[7] or "NULL"] for r in _body_rows()]
    lines = (["D SELECT * FROM read_xlsx('f.xlsx', sheet = '项目信息');"]
             + _duckbox([("项目名称", "varchar"), ("主管部门", "varchar")], [["2023年某某县示范项目", "某某县农业农村局"]])
             + ["D SELECT * FROM read_xlsx('f.xlsx', sheet = '绩效指标');"]
             + _duckbox([(h, "double" if h in ("分值", "得分") else "varchar") for h in HEAD], body) + ["D "])
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert not any("NULL" in w for w in recs.warnings)


def test_a_second_head_line_of_words_is_no_line_of_types():
    from jixiao.extract.text_reader import _typed_heads
    assert _typed_heads([[(1, "项目名称"), (1, "金额")], [(2, "varchar"), (2, "decimal(10,2)")]])
    assert not _typed_heads([[(1, "年初"), (1, "全年")], [(2, "预算数"), (2, "预算数")]])     # a wrapped head
    assert not _typed_heads([[(1, "name"), (1, "value")], [(2, "text"), (2, "int")]])          # names as plain as types


def test_an_ini_files_numbered_keys_are_the_rows_of_a_table(tmp_path):
    """A Windows .ini data file: [资金情况] keeps its rows as NUMBERED FLAT KEYS (资金来源1= … 得分1=, 资金来源2= …), an
    empty part's keys empty; each indicator a section of its own. The numbered keys are the rows of the fund
    table; the GB18030 file (ANSI on code page 936) with CRLF reads as one in UTF-8."""
    lines = ["; 由填报工具生成", "[基本信息]", "项目名称=2023年某某县示范项目", "主管部门=某某县农业农村局", "",
             "[资金情况]", "行数=2"]
    for k, f in enumerate([("年度资金总额", "1300.00", "1261.00", "10", "97.00%", "9.7"),
                           ("其中：财政拨款", "1300.00", "1261.00", "", "", "")], 1):
        lines += [f"{n}{k}={v}" for n, v in zip(("资金来源", "全年预算数", "全年执行数", "分值", "执行率", "得分"), f)]
    for k, (r, (l1, l2)) in enumerate(zip(ROWS, LEVELS), 1):
        lines += ["", f"[指标{k:02d}]", f"一级指标={l1}", f"二级指标={l2}", f"三级指标={r[0]}", f"年度指标值={r[1]}",
                  f"实际完成值={r[2]}", f"分值={r[3]}", f"得分={r[4]}"]
    recs, got = indicator_rows(_write(tmp_path, "\r\n".join(lines) + "\r\n", "gb18030"))
    assert got == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, p.budget_full_year.raw, p.executed.raw, p.fund_score.raw) == ("2023年某某县示范项目", "1300.00", "1261.00", "9.7")


def test_numbered_keys_that_do_not_fill_every_row_stay_keys():
    from jixiao.extract.xml_tree import parse_sections
    _, root = parse_sections("[甲]\na=1\n[乙]\n电话1=123\n电话2=456\n[丙]\n名称1=x\n金额1=1\n名称2=y\n")
    assert [c.tag for c in root.children[1].children] == ["电话1", "电话2"]     # one name: a list, no table
    assert [c.tag for c in root.children[2].children] == ["名称1", "金额1", "名称2"]     # row 2 short of 金额


def _aligned(rows: list[list[str]]) -> list[str]:
    from jixiao.extract.display_columns import display_width as dw
    w = [max(dw(r[j]) for r in rows) for j in range(len(rows[0]))]
    return ["  ".join(c + " " * (w[j] - dw(c)) for j, c in enumerate(r)).rstrip() for r in rows]


def _plain_form() -> list[str]:
    return (["项目名称：2023年某某县示范项目", "主管部门：某某县农业农村局", "金额单位：万元", ""]
            + _aligned([["资金来源", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                        ["年度资金总额", "1300.00", "1261.00", "10", "97.00%", "9.7"]]) + [""]
            + _aligned([HEAD] + _body_rows()) + ["", "总分：100　得分：98.7　等级：优"])


def test_a_git_blame_reads_as_the_file_it_blames(tmp_path):
    """`git blame`: every line prefixed by the commit, '(' the author padded by display width (so two authors'
    prefixes differ in characters), the date, the line's number ')': the prefixes dropped, the file read, and said."""
    text = _plain_form()
    who = lambda k: ("^8c41d2e", "王海燕") if k % 3 else ("c0f7a93b", "陈立  ")
    lines = [f"{who(k)[0]} ({who(k)[1]} 2024-03-05 10:12:40 +0800 {k:2d}) {t}" for k, t in enumerate(text, 1)]
    f = _write(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目" and recs.projects[0].fund_score.raw == "9.7"
    assert any("git blame" in w and f"{len(text)}行" in w for w in read_document(f).warnings)


def test_lines_not_all_blamed_stay_as_they_are():
    from jixiao.extract.terminal import blame_shown
    assert blame_shown("a\nb\n^8c41d2e (王海燕 2024-03-05 10:12:40 +0800 1) x\n") is None


def test_a_line_of_label_value_pairs_after_a_blank_is_no_row_of_the_table_above(tmp_path):
    """Under a space-aligned indicator table, a blank line, then the total and grade as label：value pairs apart
    by full-width spaces, which happen to start near the table's columns: a line of text, not a wrapped row."""
    lines = _plain_form()
    # a last row under the run's levels (both level cells blank), whose empty cells the pairs would fill
    lines[-3:-2] = [lines[-3], _aligned([HEAD] + _body_rows() + [["", "", "农户收入", "≥5%", "6%", "2", "2", ""]])[-1]]
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert got[:3] == ROWS and got[3] == ("农户收入", "≥5%", "6%", "2", "2")
    assert str(recs.projects[0].total_score_stated.value) == "98.7"
