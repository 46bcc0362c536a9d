"""Text as it comes, twenty-fifth round (issue 21, set 1276-1281): a tab-separated export as `cat -ET` shows it
(tabs ^I, line ends ^M$), a pandas DataFrame written column by column (to_json(orient="columns")), and a form's
POST body as the browser's URL-encoded source."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows as _body_rows, indicator_rows, levels as _levels, written as _write


def _head_rows() -> list[list[str]]:
    return [["项目名称", "2023年某某县示范项目"], ["主管部门", "某某县农业农村局"], ["金额单位：万元"],
            ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "1200", "1300", "1261", "10", "97.00%", "9.70"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]


def test_a_tab_separated_file_shown_by_cat_et_reads_as_the_file(tmp_path):
    """`cat -ET` (or -A) shows a TAB as ^I, a carriage return as ^M and each line's end as '$': the lines so shown
    (three or more holding ^I or ending ^M$) are the file as it was, a tab-separated form; the prompt and a note
    around them stay lines; the reader says it wrote them back."""
    rows = _head_rows() + _body_rows()
    text = "\n".join(["导入报错，内容如下：", "[op@app01 import]$ cat -ET form.txt"]
                     + ["^I".join(r) + "^M$" for r in rows] + ["[op@app01 import]$ ", "谢谢"]) + "\n"
    f = _write(tmp_path, text)
    recs, got = indicator_rows(f)
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].fund_score.raw == "9.70"
    assert any("cat -A" in w and "还原" in w for w in read_document(f).warnings)


def test_cat_v_notation_of_high_bytes_is_read_back_as_utf8(tmp_path):
    """`cat -A` also writes a byte from 128 up as M-x (M-^X for a control byte + 128): such a line's bytes are
    read back as the UTF-8 they were."""
    from jixiao.extract.terminal import caret_shown
    def shown(s: str) -> str:
        out = ""
        for b in s.encode("utf-8"):
            if b >= 128:
                b -= 128
                out += "M-"
            out += "^I" if b == 9 else ("^" + chr(b + 64) if b < 32 else chr(b))
        return out
    lines = [shown("一级指标\t二级指标\t三级指标") + "$", shown("产出指标\t数量指标\t建设示范点") + "^M$",
             shown("\t质量指标\t验收合格率") + "$"]
    got = caret_shown("\n".join(lines))
    assert got is not None and got[0].split("\n")[1] == "产出指标\t数量指标\t建设示范点"
    assert got[0].split("\n")[2] == "\t质量指标\t验收合格率"


def test_a_text_with_dollars_at_line_ends_and_no_caret_tabs_is_left_as_it_is():
    from jixiao.extract.terminal import caret_shown
    assert caret_shown("价格 5$\n合计 10$\n小计 3$\n") is None


def test_a_url_encoded_form_body_reads_its_bracketed_paths_as_records(tmp_path):
    """A request saved from the browser: headers, then ONE LINE of key=value pairs joined by '&', keys and values
    percent-encoded UTF-8 ('+' a blank); keys are paths (指标[2][年度指标值], 资金.0.得分), a number the place of
    a record in its list: the records a table, the scalar fields label：value lines."""
    from urllib.parse import quote_plus
    pairs = [("项目名称", "2023年某某县示范项目"), ("主管部门", "某某县农业农村局"), ("金额单位", "万元")]
    for name, v in zip(["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                       ["年度资金总额", "1200.00", "1300.00", "1261.00", "10", "97.00%", "9.70"]):
        pairs.append((f"资金.0.{name}", v))
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        for key, v in zip(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                          [l1, l2, name, target, actual, weight, score, "降雨 偏多" if score != weight else ""]):
            pairs.append((f"指标[{k}][{key}]", v))
    body = "&".join(quote_plus(k) + "=" + quote_plus(v) for k, v in pairs)
    text = "\n".join(["POST /zp/submit HTTP/1.1", "Host: 10.0.0.8",
                      "Content-Type: application/x-www-form-urlencoded; charset=UTF-8", "", body, ""])
    assert text.isascii()
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and p.fund_score.raw == "9.70" and p.budget_full_year.raw == "1300.00"


def _orient_columns(cols: list[tuple[str, list]]) -> str:
    """pandas' to_json(orient="columns", indent=2): each column a mapping of its cells under the row numbers."""
    import json
    out = ["{"]
    for j, (name, cells) in enumerate(cols):
        out.append(f'  "{name}":{{')
        out += [f'    "{i}":{json.dumps(c, ensure_ascii=False)}' + ("," if i < len(cells) - 1 else "")
                for i, c in enumerate(cells)]
        out.append("  }" + ("," if j < len(cols) - 1 else ""))
    return "\n".join(out + ["}"])


def test_data_frames_printed_column_by_column_as_json_are_each_a_table(tmp_path):
    """A script printing its frames by to_json(orient="columns") one after another among its own lines: each
    document a mapping of columns, each column a mapping of its cells under the same row keys ("0", "1", …), merged
    level cells null; each document is its own table (the fund's 分值 / 得分 columns no part of the indicators'),
    the head document's members label：value lines."""
    body = [r for r in _body_rows()]
    fund = [("资金来源", ["年度资金总额", "其中：财政拨款"]), ("年初预算数", [1200.0, 1200.0]),
            ("全年预算数", [1300.0, 1300.0]), ("全年执行数", [1261.0, 1261.0]), ("分值", [10.0, None]),
            ("执行率", ["97.00%", None]), ("得分", [9.7, None])]
    names = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    inds = [(n, [(r[j] or None) if j in (0, 1, 7) else r[j] for r in body]) for j, n in enumerate(names)]
    text = "\n".join(["$ python read.py form.xlsx", "=== 项目信息 ===",
                      '{\n  "项目名称": "2023年某某县示范项目",\n  "金额单位": "万元"\n}',
                      "=== 资金 ===", _orient_columns(fund), "=== 指标 ===", _orient_columns(inds),
                      "自评总分：98.6  自评等级：优", ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目"
    assert [f.raw for f in (p.budget_initial, p.executed, p.fund_score)] == ["1200.0", "1261.0", "9.7"]


def test_powershell_format_custom_objects_are_records_of_name_value_lines(tmp_path):
    """Format-Custom: 'class PSCustomObject', '{', '  name = value' a property (an empty one 'name =' and nothing
    after: a merged level), '}' per object, in GB18030 with CRLF as Out-File wrote it on a Chinese Windows: the
    objects are records, a table of their names; the head object label：value lines."""
    def obj(props):
        return ["class PSCustomObject", "{"] + [f"  {k} = {v}".rstrip() for k, v in props] + ["}", ""]
    lines = ["PS D:\\zp> Import-Excel .\\form.xlsx -WorksheetName 项目 | Format-Custom", ""]
    lines += obj([("项目名称", "2023年某某县示范项目"), ("金额单位", "万元")])
    lines += ["PS D:\\zp> Import-Excel .\\form.xlsx -WorksheetName 资金 | Format-Custom", ""]
    lines += obj(zip(["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                     ["年度资金总额", "1200", "1300", "1261", "10", "97.00%", "9.7"]))
    lines += obj(zip(["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                     ["其中：财政拨款", "1200", "1300", "1261", "", "", ""]))
    lines += ["PS D:\\zp> Import-Excel .\\form.xlsx -WorksheetName 指标 | Format-Custom", ""]
    for r in _body_rows():
        lines += obj(zip(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"], r))
    recs, got = indicator_rows(_write(tmp_path, "\r\n".join(lines), "gb18030"))
    assert got == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and p.fund_score.raw == "9.7" and p.executed.raw == "1261"


def test_one_braced_object_or_one_holding_another_is_left_as_it_is():
    from jixiao.extract.padded_pairs import custom_objects
    one = "class A\n{\n  名称 = 甲\n}\n"
    assert custom_objects(one) == one
    nested = "class A\n{\n  名称 = 甲\n  子项 =\n    class B\n    {\n      x = 1\n    }\n}\n" * 2
    assert "：" not in custom_objects(nested).split("class B")[0].split("子项")[1]


def test_a_sheet_printed_by_java_deep_to_string_on_one_log_line_is_its_grid(tmp_path):
    """Arrays.deepToString of the rows a POI reader took from the sheet: [[cell, cell, …], …, null, …] at the end
    of ONE log line, cells unquoted and apart by ', ' (an amount's thousands comma, 1,200.00, no separator), an
    empty cell nothing between two ', ', a row the sheet lacks null: the grid of the sheet, one table."""
    sheet = [["项目支出绩效自评表", "", "", "", "", "", "", ""],
             ["项目名称", "2023年某某县示范项目", "", "", "", "", "", ""], None,
             ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", "1,200.00", "1,300.00", "1,261.00", "10", "97.00%", "9.70"], None,
             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]] + _body_rows()
    printed = "[" + ", ".join("null" if r is None else "[" + ", ".join(r) + "]" for r in sheet) + "]"
    text = "\r\n".join(["D:\\imp>java -jar imp.jar form.xlsx",
                        "10:42:18.011 [main] INFO  c.x.SheetReader - 共 %d 行" % len(sheet),
                        "10:42:18.013 [main] DEBUG c.x.SheetReader - rows=" + printed,
                        "10:42:18.020 [main] WARN  c.x.ImportMain - 导入中止", ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目"
    assert [f.raw for f in (p.budget_initial, p.executed, p.fund_score)] == ["1,200.00", "1,261.00", "9.70"]


def test_a_short_list_of_lists_in_a_log_is_no_sheet():
    from jixiao.extract.nested_values import parse_deep_arrays
    assert parse_deep_arrays("INFO ids=[[1, 2], [3, 4]]\n") is None


def test_a_texinfo_multitable_written_a_cell_per_line_reads_as_its_rows(tmp_path):
    """A Texinfo source: the head a '@table @asis' (@item term, its text on the next line), the fund a @multitable
    of one-line rows ('@item a @tab b …'), the indicators a @multitable written A CELL PER LINE ('@item a', then
    '@tab b' lines; an empty '@item' or '@tab' a merged level), @c comments, @strong{} marks: the rows are read
    as printed, each cell at the source line of its row."""
    lines = ["\\input texinfo", "@setfilename zp.info", "@settitle 自评表", "@documentencoding UTF-8", "",
             "@node Top", "@top 项目支出绩效自评表", "", "@table @asis", "@item 项目名称", "2023年某某县示范项目",
             "@item 金额单位", "万元", "@end table", "", "@section 项目资金（万元）",
             "@multitable @columnfractions .2 .1 .1 .1 .1 .1 .1",
             "@headitem 资金来源 @tab 年初预算数 @tab 全年预算数 @tab 全年执行数 @tab 分值 @tab 执行率 @tab 得分",
             "@item 年度资金总额 @tab 1200.00 @tab 1300.00 @tab 1261.00 @tab 10 @tab 97.00% @tab 9.70",
             "@end multitable", "", "@c 合并单元格只在首行填写", "@multitable @columnfractions .1 .1 .2 .1 .1 .1 .1 .2",
             "@headitem 一级指标"] + [f"@tab {h}" for h in ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                           "得分", "偏差原因"]]
    for r in _body_rows():
        lines.append(("@item " + r[0]).rstrip())
        lines += [("@tab " + c).rstrip() for c in r[1:]]
    lines += ["@end multitable", "", "@noindent", "@strong{总分}：100  @strong{自评得分}：98.48", "", "@bye", ""]
    f = _write(tmp_path, "\n".join(lines))
    recs, got = indicator_rows(f)
    assert got == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and p.fund_score.raw == "9.70"
    first_row = lines.index("@item 产出指标") + 1
    cell = next(c for t in read_document(f).tables() for c in t.cells if c.text == "产出指标")
    assert cell.loc.line == first_row


def test_a_text_without_texinfo_evidence_is_no_texinfo():
    from jixiao.extract.texinfo import texinfo_text
    assert texinfo_text("联系邮箱：zp@@example.cn\n@item 不是表格\n") is None


def _deep_sheet(body):
    sheet = [["项目名称", "2023年某某县示范项目", "", "", "", "", "", ""],
             ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", "1,200.00", "1,300.00", "1,261.00", "10", "97.00%", "9.70"],
             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]] + body
    return "INFO rows=[" + ", ".join("[" + ", ".join(r) + "]" for r in sheet) + "]\n"


def test_a_deep_to_string_cell_holding_its_own_comma_is_joined_by_the_rows_width_or_said(tmp_path):
    """s202 left: a deepToString cell holding ', ' (printed unquoted, the separator) split into two cells, the row
    one wider than the rest, padded and read shifted, nothing said. The rows of one table have one width: a wider
    row is joined where the columns' contents (figures or words, from the rows of the table's width) fit one join
    best, and said; where two joins fit alike the row is left as printed and said (nested_values._deep_widths)."""
    from jixiao.extract.nested_values import parse_deep_arrays
    body = _body_rows()
    body[2][7] = "降雨偏多, 未达目标"       # the reason, last: only joining the last two cells fits the figures
    _, blocks = parse_deep_arrays(_deep_sheet(body))
    [grid] = [b[1] for b in blocks if b[0] == "t"]
    assert {len(r) for r in grid} == {8}
    assert grid[-1][7][1] == "降雨偏多, 未达目标" and grid[-1][6][1] == "6.72"
    assert any(b[0] == "w" and "已按各列内容合并" in b[2] for b in blocks)
    recs, got = indicator_rows(_write(tmp_path, _deep_sheet(body)))
    assert got == ROWS and _levels(recs) == LEVELS
    # a name cell beside the level cells: three joins fit alike, the row left as printed and said
    body = _body_rows()
    body[0][2] = "建设示范点, 示范户"
    _, blocks = parse_deep_arrays(_deep_sheet(body))
    assert any(b[0] == "w" and "无法确定应合并哪几格" in b[2] for b in blocks)


def test_a_ragged_deep_to_string_print_shows_no_one_width_and_is_left_as_printed():
    """A sheet whose rows were cut after their last cell (POI's rows, trailing blanks dropped) has no one width: a row
    wider than most is no cell split by its ', ', nothing joined and nothing said (nested_values._deep_widths)."""
    from jixiao.extract.nested_values import parse_deep_arrays
    rows = _body_rows()
    body = [r[:7] for r in rows[:2]] * 3 + [rows[2]]      # the rows without a reason cut after their score
    _, blocks = parse_deep_arrays(_deep_sheet(body).replace(", , , , , , ]", "]"))
    assert not any(b[0] == "w" for b in blocks)


def test_a_groovy_list_of_maps_on_a_console_line_is_a_table_headed_by_its_keys(tmp_path):
    """s245: Groovy prints a list of maps as [[键:值, 键:值, …], …] (a null value null) and one map as [键:值, …]: a
    deepToString-shaped line whose every cell is 键:值 is a table headed by the keys (it was read as rows of
    '一级指标:产出指标' cells under no head, every row unread), and a map printed alone after its label is that
    label's 键：值 lines (the fund)."""
    names = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")
    maps = []
    for (l1, l2), r in zip(LEVELS, ROWS):
        vals = (l1, l2) + r + ("降雨偏多, 未达目标" if r[3] != r[4] else "null",)
        maps.append("[" + ", ".join(f"{n}:{v}" for n, v in zip(names, vals)) + "]")
    text = "\n".join(["[Pipeline] echo", "项目信息: [项目名称:2023年某某县示范项目, 主管部门:某某县农业农村局]", "[Pipeline] echo",
                      "资金情况（万元）: [年初预算数:1200, 全年预算数:1300, 全年执行数:1261, 分值:10, 执行率:97.00%, 得分:9.7]",
                      "[Pipeline] echo", "指标明细: [" + ", ".join(maps) + "]", "[Pipeline] echo",
                      "总分: [总分:100, 自评得分:98.42, 自评等级:优]", "Finished: SUCCESS", ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.indicators[2].reason == "降雨偏多, 未达目标" and not recs.indicators[0].reason
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and [f.raw for f in (p.budget_initial, p.executed)] == ["1200", "1261"]
