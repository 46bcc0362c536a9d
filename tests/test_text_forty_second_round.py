"""Text as it comes, forty-second round (set 1690-1695): a LaTeX longtable with its head written twice and its
operators in math, a pandoc multiline table under its indent, a sheet pasted into a chat one row a message, a
sheet written one cell a JSON line, and a git word diff of a CSV."""
import json

from jixiao.extract import read_document
from jixiao.extract.cell_lines import cell_grid
from jixiao.extract.message_thread import chat_rows
from jixiao.extract.model import Paragraph
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def test_a_git_word_diff_is_read_as_its_new_version(tmp_path):
    """git show --word-diff=plain: no line prefix, the changes inside the lines; the old words were read as cells."""
    rows = body_rows()
    rows[2][4], rows[2][6] = "[-40人-]{+42人+}", "[-6.4-]{+6.72+}"
    csv = [",".join(HEAD)] + [",".join(r) for r in rows]
    text = "\n".join(["commit 5e1c9a7f03d2b84c6a1e0f9d27b3c58e4a6d1f20", "Author: 某某 <a@b.cn>", "", "    修改",
                      "", 'diff --git "a/\\350\\241\\250.csv" "b/\\350\\241\\250.csv"', "index 9c4e2b1..d07a3f5 100644",
                      '--- "a/\\350\\241\\250.csv"', '+++ "b/\\350\\241\\250.csv"', "@@ -1,4 +1,4 @@", *csv, ""])
    f = written(tmp_path, text)
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("{+…+}" in w and "2处" in w for w in read_document(f).warnings)


def test_a_latex_longtable_reads_its_head_once_math_operators_and_a_break_inside_a_cell(tmp_path):
    """\\endfirsthead / \\endhead repeat the head, \\endfoot prints a page's foot; $\\geq$ is ≥; \\\\ inside
    \\makecell{…} breaks a line in its cell, no row."""
    tex = lambda s: s.replace("%", "\\%").replace("≥", "$\\geq$")
    head = " & ".join(HEAD) + " \\\\"
    body = []
    for r in body_rows():
        r = list(r)
        if r[1] == "社会效益指标":
            r[1] = "\\makecell{社会效益\\\\指标}"
        body.append(" & ".join(tex(c) for c in r) + " \\\\")
    text = "\n".join(["\\begin{longtable}{cclccccp{3cm}}", "\\toprule", head, "\\midrule", "\\endfirsthead",
                      "\\multicolumn{8}{l}{（续表）}\\\\", "\\toprule", head, "\\midrule", "\\endhead",
                      "\\midrule", "\\multicolumn{8}{r}{（接下页）}\\\\", "\\endfoot", "\\bottomrule", "\\endlastfoot",
                      *body, "\\end{longtable}", ""])
    recs, got = indicator_rows(written(tmp_path, text))
    assert got == ROWS and levels(recs) == LEVELS


def _multiline(widths, rows):
    total = sum(widths) + len(widths) - 1
    line = lambda cells: "  " + " ".join(c.ljust(w - sum(1 for ch in c if ord(ch) > 0x2e7f)) for c, w in
                                         zip(cells, widths)).rstrip()
    out = ["  " + "-" * total, line(rows[0]), "  " + " ".join("-" * w for w in widths)]
    for k, r in enumerate(rows[1:]):
        out += [""] if k else []
        out += [line(r)]
    return out + ["  " + "-" * total]


def test_a_pandoc_multiline_table_under_its_indent_is_read_and_its_bold_title_is_markdown(tmp_path):
    """pandoc -t markdown: tables fenced by dash rules two spaces in, rows apart by blank lines; the indented
    lines were read a cell each. A fund table of one row under its dash runs; **title** is emphasis, no '**'."""
    fund = _multiline([16, 10, 10, 10, 4, 7, 5], [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值",
                                                   "执行率", "得分"], ["年度资金总额", "800.00", "850.00", "824.50", "10",
                                                                       "97.00%", "9.70"]])
    ind = _multiline([8, 12, 10, 10, 10, 4, 5, 18], [HEAD] + body_rows())
    text = "\n".join(["**项目支出绩效自评表**", "", "项目名称：示范项目\\", "主管部门：某县农业农村局", "", *fund, "", *ind, ""])
    f = written(tmp_path, text)
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects[0].budget_initial.raw == "800.00" and recs.projects[0].executed.raw == "824.50"
    assert recs.projects[0].name == "示范项目"      # pandoc's hard line break (a backslash at the line's end) no text
    paras = [b.text for b in read_document(f).blocks if isinstance(b, Paragraph)]
    assert "项目支出绩效自评表" in paras and not any("**" in p for p in paras)


def test_a_sheet_pasted_into_a_chat_one_row_a_message_is_one_table(tmp_path):
    """Each row its own message under a 'date time name' header, replies between two rows: one table, the
    replies after it; each row was a table of its own (the levels below the first lost)."""
    lines = ["聊天对象：某某", ""]
    rows = [HEAD] + body_rows()
    for k, r in enumerate(rows):
        lines += [f"2024-03-13 15:0{k}:11 张某(中心)", "\t".join(r), ""]
        if k == 1:
            lines += ["2024-03-13 15:05:00 李某(财务股)", "收到，这个是抽检的吗", ""]
    f = written(tmp_path, "\r\n".join(lines))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    doc = read_document(f)
    assert any("逐行" in w and "1条其他消息" in w for w in doc.warnings)
    assert any(isinstance(b, Paragraph) and "抽检" in b.text for b in doc.blocks)
    assert chat_rows("张某  2024-03-13 15:02\n你好\n\n李某  2024-03-13 15:03\n收到\n") is None     # a chat of words


def _cells(rows, ref=True):
    out = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                num = v.replace(".", "", 1).isdigit()
                cell = {"sheet": "表1"} | ({"cell": "ABCDEFGH"[c] + str(r + 1)} if ref else {}) | {
                    "r": r, "c": c, "t": "n" if num else "s", "v": float(v) if num else v, "w": v}
                out.append(json.dumps(cell, ensure_ascii=False))
    return out


def test_a_sheet_written_one_cell_a_json_line_is_rebuilt_by_the_places(tmp_path):
    """SheetJS's cells a line (empty cells not written, merges on lines of their own): read a record a line,
    every cell was a row of its own and no indicator was read."""
    rows = [HEAD] + body_rows()
    for ref in (True, False):
        text = "\n".join(_cells(rows, ref) + ['{"sheet":"表1","merge":"A2:A3"}', '{"sheet":"表1","rows":4,"cols":8}'])
        f = written(tmp_path, text + "\n")
        recs, got = indicator_rows(f)
        assert got == ROWS and levels(recs) == LEVELS, ref
        assert any("单元格" in w and "2行不是单元格" in w for w in read_document(f).warnings)
    # a record a line, its serial number unique: no cells
    log = [json.dumps({"序号": k, "三级指标": r[2], "年度指标值": r[3], "实际完成值": r[4], "分值": int(float(r[5]))},
                      ensure_ascii=False) for k, r in enumerate(body_rows() * 5, 1)]
    assert cell_grid("\n".join(log)) is None
