"""Text as it comes, twenty-third round (issue 21): a log line holding a form as Java's toString() (Lombok's
@ToString: unquoted strings, English field names, a rate written without its %)."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _lombok(cls: str, fields: list) -> str:
    return cls + "(" + ", ".join(f"{k}={'null' if v is None else v}" for k, v in fields) + ")"


def test_a_log_line_of_lombok_tostring_reads_unquoted_values_to_the_next_field(tmp_path):
    """Class(field=value, …) on one log line: strings unquoted, so a value runs to the ', ' before the next
    'field=' or to its object's close, brackets inside it counted (a name holding '(含)', a reason holding ', '
    and '(约5%)'); a list of objects a table; the fund's rate a decimal WITHOUT its % (97.00), found by the
    arithmetic (1261.00 / 1300.00), so the fund block is read from its English columns."""
    rows = [("建设示范点(含改造)", *ROWS[0][1:])] + ROWS[1:]
    inds = [_lombok("IndicatorLine", [("seq", k + 1), ("level1", l1), ("level2", l2), ("level3", name),
                                      ("target", target), ("actual", actual), ("weight", weight), ("score", score),
                                      ("deviation", "受高温影响, 产量下降(约5%), 未达目标" if score != weight else None)])
            for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, rows))]
    funds = [_lombok("FundLine", [("source", s), ("initialBudget", a), ("fullYearBudget", b), ("executed", c),
                                  ("weight", w), ("execRate", r), ("score", x)])
             for s, a, b, c, w, r, x in [("年度资金总额", "1200.00", "1300.00", "1261.00", 10, "97.00", "9.70"),
                                         ("其中：财政拨款", "1200.00", "1300.00", "1261.00", None, None, None),
                                         ("其他资金", "0.00", "0.00", "0.00", None, None, None)]]
    form = _lombok("SelfEvalForm", [("project", _lombok("ProjectInfo", [("name", "2023年某某县示范项目"),
                                                                        ("year", 2023), ("moneyUnit", "万元")])),
                                    ("funds", "[" + ", ".join(funds) + "]"),
                                    ("indicators", "[" + ", ".join(inds) + "]"), ("totalScore", "99.06")])
    text = "\n".join([
        "2024-03-19 10:15:31.902  INFO 23812 --- [nio-8080-exec-3] c.s.j.web.Controller : 导出请求 code=1, user=w",
        "2024-03-19 10:15:32.418 DEBUG 23812 --- [nio-8080-exec-3] c.s.j.s.ExportService : 自评表数据: " + form,
        "2024-03-19 10:15:32.466  INFO 23812 --- [nio-8080-exec-3] c.s.j.web.Controller : 导出完成", ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == rows and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目"
    assert [f.raw for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated, p.fund_weight,
                            p.fund_score)] == ["1200.00", "1300.00", "1261.00", "97.00", "10", "9.70"]


def test_a_typst_table_source_places_its_cells_by_the_column_count_and_their_spans(tmp_path):
    """#table( columns: (…), … ): cells [content] apart by commas (a comma inside a cell's brackets is its
    text), flowing into the grid row by row; table.cell(rowspan: n)[…] a level written once over its run,
    table.cell(colspan: n)[…] a head cell; table.header(…) holding the heads; *strong* marks and '\\ ' breaks."""
    body = []
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        cells = []
        if k == 0 or LEVELS[k - 1][0] != l1:
            n = sum(1 for x in LEVELS if x[0] == l1)
            cells.append(f"table.cell(rowspan: {n})[{l1}]" if n > 1 else f"[{l1}]")
        cells += [f"[{l2}]", f"[{name}]", f"[{target}]", f"[{actual}]", f"[{weight}]", f"[{score}]",
                  "[降雨偏多, 未达目标]" if score != weight else "[]"]
        body.append("  " + ", ".join(cells) + ",")
    text = "\n".join([
        "// 自评表", '#set text(font: "SimSun", lang: "zh")', "#align(center)[*项目支出绩效自评表*]", "",
        "#table(", "  columns: (5em, 1fr, 1fr, 1fr),",
        "  [*项目名称*], table.cell(colspan: 3)[2023年某某县示范项目],",
        "  [*主管部门*], [某某县农业农村局], [*实施单位*], [某某县农业技术推广中心],", ")", "",
        "#table(", "  columns: (auto, auto, 1fr, auto, auto, auto, auto, 1fr),",
        "  table.header(", "    [*一级指标*], [*二级指标*], [*三级指标*], [*年度*\\ *指标值*], [*实际*\\ *完成值*], [*分值*],",
        "    [*得分*], [*偏差原因*],", "  ),", *body, ")", ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _cprintf(spec: list[tuple[str, int]], cells: list[str]) -> str:
    """printf under LANG=C: each cell padded to its width in BYTES (left, or right where '>'), a longer one whole,
    one space between."""
    out = []
    for (how, n), x in zip(spec, cells):
        pad = " " * max(0, n - len(x.encode("utf-8")))
        out.append(pad + x if how == ">" else x + pad)
    return " ".join(out)


def test_a_print_padded_by_bytes_reads_its_columns_counted_so_and_a_cell_that_ran_over(tmp_path):
    """A script's printf("%-12s …") under LANG=C pads by BYTES (a Chinese character three): on screen the columns
    drift, counted in bytes they line up; a cell longer than its width (社会效益指标 in 12 bytes) is printed whole
    and the next one follows one space on, the rest of its line moved right by what it ran over; levels printed
    only where they change."""
    spec = [("<", 6), ("<", 14), ("<", 12), ("<", 16), ("<", 16), ("<", 16), (">", 6), (">", 6)]
    levels = [LEVELS[0]] * 2 + [LEVELS[1]] * 2 + [LEVELS[2]] * 2
    rows = [ROWS[0], ("培训人员", "≥100人次", "120人次", "6", "6"), ROWS[1], ("抽检合格率", "≥98%", "99%", "6", "6"),
            ROWS[2], ("新增产值", "≥30万元", "32万元", "6", "6")]
    out = ["项目名称: 2023年某某县示范项目", "主管部门: 某某县农业农村局", "金额单位: 万元", "[绩效指标]",
           _cprintf(spec, ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])]
    for k, ((l1, l2), row) in enumerate(zip(levels, rows)):
        a = "" if k and levels[k - 1][0] == l1 else l1
        b = "" if k and levels[k - 1] == (l1, l2) else l2
        out.append(_cprintf(spec, [str(k + 1), a, b, *row]).rstrip())
    text = "\n".join(out + ["-" * 40, "总分: 100.00  自评得分: 98.72", ""])
    assert "社会效益指标 带动就业" in text
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == rows and _levels(recs) == levels


def _bold(text: str) -> str:
    return "".join(ch if ch == " " else ch + "\b" + ch for ch in text)


def test_groff_terminal_output_reads_overstruck_bold_as_its_characters(tmp_path):
    """nroff / grotty without SGR marks bold by OVERSTRIKING (c BACKSPACE c) and underlines by _ BACKSPACE c: the
    heads of an aligned table so struck read as their words, so the columns are named and the fund row read."""
    heads = ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    fund = [["年度资金总额", "2400.00", "2560.00", "2496.00", "10", "97.50%", "9.75"],
            ["其中：财政拨款", "2400.00", "2560.00", "2496.00", "", "", ""],
            ["其他资金", "0.00", "0.00", "0.00", "", "", ""]]
    w = [14, 10, 10, 10, 4, 6, 5]

    def line(cells, bold=False):
        out = []
        for k, (c, n) in enumerate(zip(cells, w)):
            pad = " " * (n - sum(2 if ord(ch) > 0x2e7f else 1 for ch in c))
            text = _bold(c) if bold else c
            out.append(text + pad if k == 0 else pad + text)
        return "   ".join(out).rstrip()
    rows = [f"{'_' + chr(8)}项{'_' + chr(8)}目名称：2023年某某县示范项目", _bold("主管部门：") + "某某县农业农村局", "", _bold("一、项目资金情况"),
            "", "─" * 80, line(heads, bold=True), "─" * 80] + [line(r) for r in fund] + ["─" * 80, ""]
    text = "\n".join(rows)
    assert "年\b年初" in text
    recs = indicator_rows(_write(tmp_path, text))[0]
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目"
    assert [f.raw for f in (p.budget_initial, p.executed, p.exec_rate_stated, p.fund_weight, p.fund_score)] == \
        ["2400.00", "2496.00", "97.50%", "10", "9.75"]


def test_a_head_between_two_rules_with_centred_words_and_levels_printed_mid_run(tmp_path):
    """tbl's output: the head line between two rules drawn across the page (as wide as the print: no line a
    printer cut and went on below, though two such lines stand over an indented head), repeated on page 2, its
    words CENTRED over their columns, so no cell below starts where a head does; each cell of
    the first row lies under a head of its own, so the rule is inside the table and the head is the table's; a
    spanned level cell printed in the MIDDLE of its run (产出指标 beside the second of three rows)."""
    widths = [10, 12, 16, 12, 12, 4, 5]

    def line(cells, how):
        out = []
        for c, w, h in zip(cells, widths, how):
            gap = w - sum(2 if ord(ch) > 0x2e7f else 1 for ch in c)
            out.append(" " * (gap // 2) + c + " " * (gap - gap // 2) if h == "c" else " " * gap + c if h == "r" else c + " " * gap)
        return "   ".join(out).rstrip()
    levels = [("", ""), ("产出指标", "数量指标"), ("", ""), ("", "质量指标"), ("效益指标", "社会效益指标")]
    rows = [ROWS[0], ("培训人员", "≥100人次", "120人次", "6", "6"), ("新建站点", "≥3个", "3个", "6", "6"), ROWS[1],
            ROWS[2]]
    rule = "─" * (sum(widths) + 3 * 6)
    body = [line([a, b, *r], "lllllrr") for (a, b), r in zip(levels, rows)]
    head = line(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], "ccccccc")
    text = "\n".join(["项目名称：2023年某某县示范项目", "", rule, head, rule, *body[:4], "", "", "", " " * 40 + "- 2 -",
                      "", "", rule, head, rule, body[4], rule, ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == rows
    assert _levels(recs) == [("产出指标", "数量指标")] * 3 + [("产出指标", "质量指标"), ("效益指标", "社会效益指标")]


def test_a_terminal_screen_of_dotted_labels_and_records_of_two_lines(tmp_path):
    """A 5250 / 3270 panel saved as text: labels with DOT LEADERS (总分 . . . . :  100.00) and a subfile whose
    every record takes TWO LINES under a head of two lines (序号 / levels / name, then target / actual / 分值 /
    得分 set in), a dashed rule under the heads: each pair of lines is one row."""
    out = [" JXZP010            某某市预算绩效管理系统           2024/03/15", "",
           "   项目名称 . . . . . :  2023年某某县示范项目", "   主管部门 . . . . . :  某某县农业农村局",
           "   总分 . . . . . . . :  100.00        自评得分 . . :  98.72", "   自评等级 . . . . . :  优", "",
           " F3=退出   F10=绩效指标   F12=返回", " JXZP020            某某市预算绩效管理系统           2024/03/15",
           "  项目编号: 450000-2023-0001                       第   1 -   3 条 共  3 条", "",
           "  序号  一级指标    二级指标        三级指标",
           "        年度指标值          实际完成值            分值    得分",
           " ----  ----------  --------------  ------------------------"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        out.append(f"{k + 1:>5}   {l1}{' ' * (12 - 2 * len(l1))}{l2}{' ' * (16 - 2 * len(l2))}{name}")
        out.append(f"        {target}{' ' * (20 - len(target.encode('gbk')))}{actual}"
                   f"{' ' * (20 - len(actual.encode('gbk')))}{weight:>6}{score:>8}")
    out += ["", " F3=退出   F12=返回", ""]
    text = "\n".join(out)
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and p.total_score_stated.raw == "98.72" and p.grade_stated == "优"


def _so(text: str) -> str:
    """A host's mixed field as an emulator shows it: a blank before and after each run of double-byte characters."""
    out, wide = [], False
    for ch in text:
        if (ord(ch) > 127) != wide:
            out.append(" ")
            wide = not wide
        out.append(ch)
    return "".join(out) + (" " if wide else "")


def _at(*parts) -> str:
    line = ""
    for col, text in parts:
        line += " " * (col - len(line.encode("gbk"))) + text
    return line


def test_shift_blanks_of_a_host_screen_are_no_part_of_a_label_value(tmp_path):
    """Every run of Chinese characters on a 5250 / 3270 screen print sits between the SHIFT-OUT and SHIFT-IN the
    emulator shows as blanks (2023 年某某县…, ≥ 20 个): where every digit met by a Chinese character is so set off,
    those blanks are no part of a label's value (the project's name reads 2023年某某县示范项目)."""
    s = _so
    out = [_at((3, s("项目名称") + " . . . . :"), (27, s("2023年某某县示范项目"))),
           _at((3, s("主管部门") + " . . . . :"), (27, s("某某县农业农村局"))),
           _at((3, s("填报日期") + " . . . . :"), (27, s("2024年3月15日"))), "",
           _at((2, s("项目编号:") + " 450000-2023-0001"), (50, s("第 1 - 3 条 共 3 条"))), "",
           _at((2, s("序号")), (8, s("一级指标")), (20, s("二级指标")), (38, s("三级指标"))),
           _at((8, s("年度指标值")), (28, s("实际完成值")), (50, s("分值")), (58, s("得分"))),
           " ----  ----------  ----------------  ----------------------"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        out.append(_at((4, str(k + 1)), (8, s(l1)), (20, s(l2)), (38, s(name))))
        out.append(_at((8, s(target)), (28, s(actual)), (52 - len(weight), weight), (62 - len(score), score)))
    text = "\n".join(out + ["", s(" F3=退出   F12=返回"), ""])
    assert "2023 年某某县" in text and "≥ 20 个" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert [r[0] for r in rows] == [r[0] for r in ROWS]
