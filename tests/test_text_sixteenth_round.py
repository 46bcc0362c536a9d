"""Text as it comes, sixteenth round (issue 21): Perl's Data::Dumper (\\x{hhhh} escapes, hash order)."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write
from jixiao.rules import check


def _pl(v) -> str:
    """A value as Data::Dumper writes it: an integer bare, ASCII single-quoted, a wide character \\x{hhhh}."""
    if v is None:
        return "undef"
    if isinstance(v, int):
        return str(v)
    if all(ord(c) < 128 for c in v):
        return f"'{v}'"
    return '"' + "".join(c if ord(c) < 128 else "\\x{%x}" % ord(c) for c in v) + '"'


def _dumper() -> str:
    """A dry run's log lines and `$VAR1 = {…};`, each hash's keys in its own (scrambled) order."""
    def hash_(pairs: list, indent: int) -> list[str]:
        pad = " " * indent
        return ["{"] + [f"{pad}  {_pl(k)} => {_pl(v)}," for k, v in pairs] + [f"{pad}}}"]
    out = ["[09:41:27] 读取自评表 ... 完成", "$VAR1 = {",
           "  'head' => {", f"    {_pl('项目名称')} => {_pl('2023年某某县示范项目')},", f"    {_pl('金额单位')} => {_pl('万元')},",
           f"    {_pl('年度')} => 2023", "  },", "  'indicators' => ["]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        pairs = [("实际完成值", actual), ("得分", score if "." in score else int(score)), ("三级指标", name),
                 ("一级指标", l1), ("年度指标值", target), ("分值", int(weight)), ("二级指标", l2)]
        pairs = pairs[k:] + pairs[:k]        # Perl's hash order: each record its own
        out += ["    " + x for x in hash_(pairs, 0)]
        out[-1] += "," if k < len(ROWS) - 1 else ""
    out += ["  ],", "  'total' => {", f"    {_pl('自评得分')} => '30.22'", "  }", "};"]
    return "\n".join(out) + "\n"


def test_perl_data_dumper_reads_escaped_hashes_as_records_whatever_their_key_order(tmp_path):
    """$VAR1 = {…}; with every Chinese character a \\x{hhhh} escape, 'key' => value members, integers bare and
    decimals quoted, each record's keys in its own order: the records are the table's rows by their keys'
    names, the head's members label：value lines."""
    text = _dumper()
    assert "\\x{" in text and "产" not in text.split("$VAR1", 1)[1]
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


HOCON = """# 绩效自评 导出 (HOCON)
项目 {
  名称 = "2023年某某县示范项目"
  金额单位 = 万元
}
资金 {
  年度资金总额 { 年初预算数 = 100.00, 全年预算数 = 120.00, 全年执行数 = 114.00, 分值 = 10, 执行率 = "95.00%", 得分 = 9.50 }
  财政拨款 { 年初预算数 = ${资金.年度资金总额.年初预算数}, 全年预算数 = 120.00, 全年执行数 = 114.00 }
}
绩效指标 {
  产出指标 {
    数量指标 = [
      { 三级指标 = 建设示范点, 年度指标值 = "≥20个", 实际完成值 = 21个, 分值 = 8, 得分 = 8 }
    ]
    质量指标 = []
    质量指标 += { 三级指标 = 验收合格率, 年度指标值 = "100%", 实际完成值 = "100%", 分值 = 6, 得分 = 6 }
  }
  效益指标.社会效益指标 = [
    { 三级指标 = 带动就业, 年度指标值 = "≥50人", 实际完成值 = 42人, 分值 = 8, 得分 = 6.72, 偏差原因 = \"\"\"招工
延后\"\"\" }
  ]
}
自评 { 总分: 100, 自评得分: 30.22 }
"""


def test_hocon_reads_objects_nested_by_level_path_keys_appends_and_substitutions(tmp_path):
    """A HOCON export: bare Chinese keys, the indicators nested by level (绩效指标 { 产出指标 { 数量指标 = [ {…} ] } }),
    a dotted PATH key (效益指标.社会效益指标), a member appended by '+=', a ${…} substitution and a \"\"\" note: each
    object is a row, the keys it stands under its levels; the substitution the value it names."""
    recs, rows = indicator_rows(_write(tmp_path, HOCON))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.name, p.budget_initial.value, p.fund_score.value) == ("2023年某某县示范项目", 1000000, 9.5)  # 100 万元
    assert recs.indicators[2].reason == "招工\n延后"


def _octal(s: str) -> str:
    """A string as protobuf's DebugString writes it: every byte past ASCII three octal digits."""
    return '"' + "".join(chr(b) if b < 0x7F else "\\%03o" % b for b in s.encode("utf-8")) + '"'


def test_protobuf_text_format_reads_repeated_blocks_as_rows_and_octal_escapes_as_utf8(tmp_path):
    """grpc_cli's print of a response: 'report {' blocks, 'field: value' lines, a repeated block (indicators
    { … } written once per row) a list, every non-ASCII byte an octal escape; the log lines around it
    paragraphs. The rows are read from what their cells hold, whatever the fields' English names."""
    lines = ["$ grpc_cli call 10.0.0.1:50051 perf.GetReport \"year: 2023\"", "connecting to 10.0.0.1:50051",
             "report {", "  year: 2023", f"  money_unit: {_octal('万元')}"]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        lines += ["  indicators {", f"    level1: {_octal(l1)}", f"    level2: {_octal(l2)}",
                  f"    level3: {_octal(name)}", f"    annual_target: {_octal(target)}",
                  f"    actual_value: {_octal(actual)}", f"    weight: {weight}", f"    score: {score}", "  }"]
    text = "\n".join(lines + ["}", "Rpc succeeded with OK status", ""])
    assert text.isascii()
    recs, rows = indicator_rows(_write(tmp_path, text, "ascii"))
    assert rows == ROWS and _levels(recs) == LEVELS


def _cell_display(name: str, grid: list[list]) -> list[str]:
    """Octave's display of a cell array: '[r,c] = value' lines COLUMN BY COLUMN, None as NaN."""
    return [f"{name} =", "{"] + [f"  [{r + 1},{c + 1}] = {'NaN' if grid[r][c] is None else grid[r][c]}"
                                 for c in range(len(grid[0])) for r in range(len(grid))] + ["}", ""]


def test_octave_cell_array_display_places_each_element_by_its_coordinates(tmp_path):
    """An Octave session showing xlsread's cell arrays: an element a line '[r,c] = …' in column-major order
    (the 一级指标 column first, then the 二级指标 column …), NaN for a merged or empty cell; its commas are
    coordinates, not a CSV's: the rows are the grid's rows, a NaN level cell the run above's."""
    head = [["项目名称", "2023年某某县示范项目"], ["金额单位", "万元"]]
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    for (l1, l2), row in zip(LEVELS, ROWS):
        grid.append([None if grid[-1][0] == l1 else l1, l2, *row])
    text = "\n".join([">> [~, ~, xm] = xlsread('自评表.xlsx', 1);", ">> xm"] + _cell_display("xm", head)
                     + [">> zb"] + _cell_display("zb", grid))
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


TROFF = r""".\" 绩效自评表 groff -t -ms
.ce
\fB2023年某某县示范项目绩效自评表\fP
.sp
.LP
项目名称：2023年某某县示范项目
.TS
allbox tab(@);
c c c c c c c c
l l l l l n n l .
一级指标@二级指标@三级指标@年度指标值@实际完成值@分值@得分@偏差原因
产出指标@数量指标@建设示范点@\(>=20个@21个@8@8@
\^@质量指标@验收合格率@100%@100%@6@6@
效益指标@社会效益指标@带动就业@\(>=50人@42人@8@6.72@T{
招工
延后
T}
.T&
c s s s s n n l .
合计@@@@@22@20.72@
.TE
"""


def test_troff_tbl_reads_spans_text_blocks_and_escapes(tmp_path):
    """A troff source's tbl table: tab(@) cells, \\^ a cell spanned from the one above (the level's run), a
    T{ … T} cell over lines, \\(>= for ≥, a .T& format line whose 's' columns the total's label spans; the
    requests and font escapes outside it no text."""
    recs, rows = indicator_rows(_write(tmp_path, TROFF))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.indicators[2].reason == "招工延后"
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert not any("\\" in w for w in recs.warnings)


def _sylk() -> str:
    """A sheet saved by Excel as SYLK: P formats, a C record per cell with Y only on a row's first cell, an
    F;P record before a formatted number, ';' doubled in a string, merged level cells only on their first row."""
    recs = ["ID;PWXL;N;E", "P;PGeneral", "P;P0.00", "P;P0%", "F;P0;DG0G8;M270", "F;W1 1 12", "B;Y6;X8;D0 0 5 7",
            'C;Y1;X1;K"项目名称"', 'C;X2;K"2023年某某县示范项目"', 'C;Y2;X1;K"一级指标"']
    recs += [f'C;X{x};K"{h}"' for x, h in enumerate(["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                      "偏差原因"], 2)]
    prev = None
    for y, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 3):
        first = [f'C;Y{y};X1;K"{l1}"'] if l1 != prev else []
        recs += first + [("C;X2;" if first else f"C;Y{y};X2;") + f'K"{l2}"', f'C;X3;K"{name}"', f'C;X4;K"{target}"']
        recs += ["F;P2;F%0G;X5", "C;X5;K1"] if actual == "100%" else [f'C;X5;K"{actual}"']
        recs += [f"C;X6;K{weight}", f"C;X7;K{score}"]
        prev = l1
    recs += ['C;X8;K"招工延后;;已整改"', "E"]
    return "\r\n".join(recs) + "\r\n"


def test_sylk_file_is_read_as_a_sheet_of_its_cell_records(tmp_path):
    """Excel's SYLK saved as .txt (GBK): the cells are C;Y;X;K records, the row carried over from the record
    before, a number shown through the F;P format that names it (K1 under 0% is 100%); read as a sheet."""
    recs, rows = indicator_rows(_write(tmp_path, _sylk(), "gbk"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.indicators[2].reason == "招工延后;已整改"
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_a_fund_table_under_a_program_s_english_field_names_is_read_by_them_and_said(tmp_path):
    """A fund table whose columns are named in a program's words (budget_initial, budget_full_year, executed …):
    since fixleft79 (session 42) the English field names are template data (vocab.ENGLISH_HEADS), so the fund is
    read by them and the translation said, where it had only been named unread; its stated rate, 97.00% of
    114 / 120, is then checked and raised (JX202)."""
    lines = ["report {"]
    for source, figures in (("年度资金总额", ("100", "120", "114", "10", "97.00%", "9.5")),
                            ("其中：财政拨款", ("100", "120", "114")), ("其他资金", ())):
        lines += ["  fund_lines {", f"    source: {_octal(source)}"]
        lines += [f"    {k}: {_octal(v) if '%' in v else v}" for k, v in
                  zip(("budget_initial", "budget_full_year", "executed", "weight", "exec_rate", "score"), figures)]
        lines += ["  }"]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        lines += ["  indicators {", f"    level1: {_octal(l1)}", f"    level2: {_octal(l2)}",
                  f"    level3: {_octal(name)}", f"    annual_target: {_octal(target)}",
                  f"    actual_value: {_octal(actual)}", f"    weight: {weight}", f"    score: {score}", "  }"]
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(lines + ["}", ""]), "ascii"))
    assert rows == ROWS
    p = recs.projects[0]
    assert [getattr(p, f).q.raw for f in ("budget_initial", "budget_full_year", "executed", "exec_rate_stated")] == \
        ["100", "120", "114", "97.00%"]
    assert any("budget_full_year" in w and "全年预算数" in w for w in recs.warnings)
    assert [f.rule for f in check(recs) if f.rule.startswith("JX2")] == ["JX202"]
