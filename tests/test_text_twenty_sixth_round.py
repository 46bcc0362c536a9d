"""Text as it comes, twenty-sixth round (issue 21, set 1312-1317): PHP's var_export() of a form's arrays, Python
namedtuple reprs a line each (pandas' itertuples()), Go's text/tabwriter with its Debug bars and Power Query M
#table literals."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows as _body_rows, indicator_rows, levels as _levels, written as _write


HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def test_a_php_var_export_of_the_forms_arrays_reads_as_its_records(tmp_path):
    """var_export(): `array (` … `)` with 'key' => value members, a nested array opened on the line after its key,
    rows keyed 0, 1, 2 … (a list), NULL an empty cell, numbers bare: the rows a table, the head's scalars its
    label：value lines."""
    def arr(key, members, ind):
        sp = " " * ind
        out = [f"{sp}{key} => ", f"{sp}array ("]
        for k, v in members:
            out += arr(k, v, ind + 2) if isinstance(v, list) else [f"{sp}  {k} => {v},"]
        return out + [f"{sp}),"]
    q = lambda s: "'%s'" % s
    rows = [(str(k), [(q(h), "NULL" if c == "" else c if c.replace(".", "").isdigit() else q(c))
                      for h, c in zip(HEAD, [l1 or LEVELS[k][0]] + r[1:])])
            for k, (l1, *_), r in zip(range(3), _body_rows(), _body_rows())]
    lines = (["$ php dump.php", "array ("]
             + arr(q("xm"), [(q("项目名称"), q("2023年某某县示范项目")), (q("主管部门"), q("某某县农业农村局"))], 2)
             + arr(q("zj"), [("0", [(q("资金来源"), q("年度资金总额")), (q("全年预算数"), "1300"),
                                    (q("全年执行数"), "1261"), (q("分值"), "10"), (q("得分"), "9.7")])], 2)
             + arr(q("zb"), rows, 2) + [")", "$ "])
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_a_parenthesis_inside_a_var_export_string_closes_nothing():
    from jixiao.extract.nested_values import _var_export_source
    assert _var_export_source("array (\n  '资金(万元)' => NULL,\n)") == "{\n  '资金(万元)' : None,\n}"


def _tabwriter(lines: list[list[str]]) -> list[str]:
    """Go's text/tabwriter (padding 2, Debug): every cell but a line's last padded to its column's width in
    characters plus 2, then '|'."""
    w = [max(len(c[j]) for c in lines if len(c) > j + 1) + 2 for j in range(max(len(c) for c in lines) - 1)]
    return ["".join(c[j] + " " * (w[j] - len(c[j])) + "|" for j in range(len(c) - 1)) + c[-1] for c in lines]


def test_go_tabwriter_debug_bars_after_padded_cells_split_the_rows(tmp_path):
    """tabwriter's Debug flag writes a '|' after each padded cell, the next cell's text against it ('cell  |8'):
    such bars split a row as ' | ' does; a row whose first cell is empty opens with its padding and a bar; the
    two-cell head lines (one bar each, at one character) are label：value lines."""
    lines = (["2024/03/12 10:21:33 读取 form.xlsx", ""]
             + _tabwriter([["项目名称", "2023年某某县示范项目"], ["主管部门", "某某县农业农村局"], ["金额单位", "万元"]])
             + [""] + _tabwriter([["资金来源", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                                  ["年度资金总额", "1300", "1261", "10", "97.00%", "9.7"]])
             + [""] + _tabwriter([HEAD] + _body_rows()) + ["2024/03/12 10:21:34 导入成功"])
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.projects[0].fund_score.raw == "9.7"


def test_a_lone_line_with_one_padded_bar_stays_a_line():
    from jixiao.extract.text_reader import _Line, _tabwriter_pairs
    lines = [_Line(1, "选项  |说明"), _Line(2, "其他文字"), _Line(3, "甲  |乙丙  |丁")]
    assert [ln.text for ln in _tabwriter_pairs(lines)] == ["选项  |说明", "其他文字", "甲  |乙丙  |丁"]


def _m(cells: list[str]) -> str:
    return "{" + ", ".join("null" if not c else c if c.replace(".", "").isdigit() else '"%s"' % c for c in cells) + "}"


def test_power_query_m_tables_and_records_read_as_their_rows_and_labels(tmp_path):
    """Power Query M: the head a record literal on one line ([项目名称 = "…", …]), each table a #table({head},
    {{row}, …}) with a row per line, text quoted, numbers bare, null empty (a merged level too): the rows a table,
    the record's members label：value lines."""
    body = _body_rows()
    lines = ["let", '    项目信息 = [项目名称 = "2023年某某县示范项目", 主管部门 = "某某县农业农村局", 年度 = 2023],',
             "    资金 = #table(", "        " + _m(["资金来源", "全年预算数", "全年执行数", "分值", "执行率", "得分"]) + ",",
             "        {", "            " + _m(["年度资金总额", "1300", "1261", "10", "97.00%", "9.7"]) + ",",
             "            " + _m(["其中：财政拨款", "1300", "1261", "", "", ""]), "        }", "    ),",
             "    指标 = #table(", "        " + _m(HEAD) + ",", "        {"]
    lines += ["            " + _m(r) + ("," if k < len(body) - 1 else "") for k, r in enumerate(body)]
    lines += ["        }", "    ),", '    结果 = [总分 = 100, 自评得分 = 97.42, 自评等级 = "优"]', "in", "    指标"]
    recs, got = indicator_rows(_write(tmp_path, "\r\n".join(lines) + "\r\n", "utf-8-sig"))
    assert got == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and p.fund_score.raw == "9.7"
    assert p.total_score_stated.raw == "97.42" and p.grade_stated == "优"


def test_two_braced_lines_or_rows_of_other_widths_stay_lines():
    from jixiao.extract.text_reader import _Line, _braced_rows
    two = [_Line(1, '{"a", "b"},'), _Line(2, '{"c", "d"}')]
    assert _braced_rows(two) == two
    ragged = [_Line(1, '{"a", "b"},'), _Line(2, '{"c", "d", 1},'), _Line(3, '{"e", 2}')]
    assert _braced_rows(ragged) == ragged


def test_namedtuple_reprs_a_line_each_are_a_table_of_their_fields(tmp_path):
    """pandas' itertuples() printed: Pandas(Index=0, 一级指标='产出指标', 二级指标=nan, …) a line per row, strings
    quoted, numbers bare (8, 6.72), nan an empty cell (a merged level's): the field names are the head."""
    def lit(c: str) -> str:
        return "nan" if not c else c if c.replace(".", "").isdigit() else repr(c)
    head = ["In [3]: for k, v in head.items(): print(k, v, sep='：')", "项目名称：2023年某某县示范项目",
            "In [4]: for r in zj.itertuples(): print(r)",
            "Pandas(Index=0, 资金来源='年度资金总额', 全年预算数=1300.0, 全年执行数=1261.0, 分值=10.0, 得分=9.7)",
            "Pandas(Index=1, 资金来源='其中：财政拨款', 全年预算数=1300.0, 全年执行数=1261.0, 分值=nan, 得分=nan)",
            "In [5]: for r in zb.itertuples(): print(r)"]
    rows = ["Pandas(Index=%d, %s)" % (k, ", ".join(f"{h}={lit(c)}" for h, c in zip(HEAD, r)))
            for k, r in enumerate(_body_rows())]
    recs, got = indicator_rows(_write(tmp_path, "\n".join(head + rows + ["In [6]: "]) + "\n"))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].fund_score.raw == "9.7"


def test_a_call_with_few_fields_or_no_literals_stays_a_line():
    from jixiao.extract.text_reader import _Line, _named_tuple_rows
    lines = [_Line(1, "Point(x=1, y=2)"), _Line(2, "Row(a=f(1), b=2, c=3)"), _Line(3, "说明(见附件)")]
    assert _named_tuple_rows(lines) == lines


def _binary(s: str) -> str:
    """HBase's Bytes.toStringBinary: letters, digits and some punctuation as they are, other bytes \\xHH."""
    keep = " `~!@#$%^&*()-_=+[]{}|;:'\",.<>/?"
    return "".join(chr(b) if (chr(b).isascii() and chr(b).isalnum()) or chr(b) in keep else "\\x%02X" % b
                   for b in s.encode("utf-8"))


def test_an_hbase_scan_a_cell_per_line_reads_as_its_rows(tmp_path):
    """`scan` in the HBase shell: a line per cell (rowkey, column=f:qualifier, timestamp, value), names and values
    with every non-ASCII byte \\xHH, a row's cells in the byte order of their names, an empty cell absent: each
    row key a record, records of the same names a table, a lone record its label：value lines."""
    recs_in = [("0-xm", [("项目名称", "2023年某某县示范项目"), ("主管部门", "某某县农业农村局")]),
               ("1-zj-01", [("资金来源", "年度资金总额"), ("全年预算数", "1300"), ("全年执行数", "1261"),
                            ("分值", "10"), ("得分", "9.7")])]
    for k, r in enumerate(_body_rows()):
        recs_in.append(("2-zb-%02d" % k, [(h, c or LEVELS[k][0]) for h, c in zip(HEAD, r) if c or h == HEAD[0]]))
    lines = ["hbase:001:0> scan 'jx:form'", "ROW    COLUMN+CELL"]
    for key, cells in recs_in:
        for q, v in sorted(cells, key=lambda c: c[0].encode("utf-8")):
            lines.append(f" {key}    column=f:{_binary(q)}, timestamp=1710206493517, value={_binary(v)}")
    lines += ["%d row(s)" % len(recs_in), "Took 0.1 seconds"]
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_escaped_bytes_that_are_no_utf8_stay_escaped():
    from jixiao.extract.text_reader import _bytes_back
    assert _bytes_back("a\\xE4\\xB8\\x80b\\xFF") == "a一b\\xFF"


def test_a_record_members_quoted_name_holding_an_equals_sign_keeps_its_value():
    """M's quoted identifier (#"…") may hold any character, '=' too: the member's value is the literal after
    the name's own '=', not what follows the first '=' inside the name."""
    from jixiao.extract.text_reader import _Line, _record_literals
    got = _record_literals([_Line(1, '[#"得分=分值×完成率" = 97.42, 自评等级 = "优"]')])
    assert [ln.text for ln in got] == ["得分=分值×完成率：97.42", "自评等级：优"]
