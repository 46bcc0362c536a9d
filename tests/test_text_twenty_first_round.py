"""Text as it comes, twenty-first round (issue 21): node's console.table, Swift's dump(), a GHCi session's shown
records, a mongosh session's documents, an R tibble and data.frame print, a SQL*Plus spool."""
from decimal import Decimal

from extract.frame_print import frame_table
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _w(s: str) -> int:
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)


def _merged(l1, l2, prev):
    """The level cells as a sheet gives them: empty below a run's first row."""
    return (None if prev and l1 == prev[0] else l1), (None if prev == (l1, l2) else l2)


def _console_table(head, rows) -> list[str]:
    """node's console.table: each column its widest cell plus two, every cell CENTRED."""
    w = [max(_w(h), *(_w(r[k]) for r in rows)) for k, h in enumerate(head)]

    def row(cs):
        return "│" + "│".join(" " * ((w[k] - _w(c)) // 2 + 1) + c + " " * (-(-(w[k] - _w(c)) // 2) + 1)
                                for k, c in enumerate(cs)) + "│"
    return (["┌" + "┬".join("─" * (x + 2) for x in w) + "┐", row(head), "├" + "┼".join("─" * (x + 2) for x in w) + "┤"]
            + [row(r) for r in rows] + ["└" + "┴".join("─" * (x + 2) for x in w) + "┘"])


def test_a_console_table_reads_without_the_quotes_util_inspect_puts_round_its_strings(tmp_path):
    """console.table prints each value by util.inspect: every string in single quotes, numbers bare, a key absent
    from a row's object an empty cell; a column whose every text is so quoted holds the printer's quotes (the
    (index) column's bare keys stay); a later one-row table of the same print is a record."""
    body, prev = [], None
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        a, b = _merged(l1, l2, prev)
        body.append([str(k), f"'{a}'" if a else "", f"'{b}'" if b else "", f"'{name}'", f"'{target}'", f"'{actual}'",
                     weight, score])
        prev = (l1, l2)
    out = ["项目信息"] + _console_table(["(index)", "Values"], [["项目名称", "'2023年某某县示范项目'"], ["主管部门", "'某某县农业农村局'"],
                                                            ["金额单位", "'万元'"], ["年度", "2023"]])
    out += ["绩效指标"] + _console_table(["(index)", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                      "得分"], body)
    out += ["自评结果"] + _console_table(["(index)", "总分", "自评得分", "自评等级"], [["0", "100", "30.22", "'优'"]])
    text = "\n".join(out + [""])
    assert "'建设示范点'" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.projects[0].total_score_stated.value == Decimal("30.22") and recs.projects[0].grade_stated == "优"


def _swift(label, v, ind=0) -> list[str]:
    pad, lab = " " * ind, f"{label}: " if label else ""
    if isinstance(v, tuple) and v[0] == "Optional":
        return [pad + f"- {lab}nil"] if v[1] is None else [pad + f'▿ {lab}Optional("{v[1]}")', pad + f'  - some: "{v[1]}"']
    if isinstance(v, tuple):
        return [pad + f"▿ {lab}{v[0]}"] + [x for k, c in v[1] for x in _swift(k, c, ind + 2)]
    if isinstance(v, list):
        return [pad + f"▿ {lab}{len(v)} elements"] + [x for c in v for x in _swift(None, c, ind + 2)]
    return [pad + f"- {lab}" + (f'"{v}"' if isinstance(v, str) else repr(v))]


def test_swifts_dump_reads_as_its_tree_optionals_as_the_values_they_hold(tmp_path):
    """dump(): '▿ ' before a value with children, '- ' before a leaf, two spaces a level; 'n elements' an array;
    '▿ level1: Optional("产出指标")' with '- some: …' under it the value it holds, '- level1: nil' an empty cell."""
    inds, prev = [], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        a, b = _merged(l1, l2, prev)
        inds.append(("Check.Indicator", [("level1", ("Optional", a)), ("level2", ("Optional", b)), ("name", name),
                                         ("target", target), ("actual", actual), ("weight", int(weight)),
                                         ("score", float(score))]))
        prev = (l1, l2)
    form = ("Check.Form", [("project", ("Check.Project", [("name", "2023年某某县示范项目"), ("year", 2023)])),
                           ("indicators", inds),
                           ("summary", ("Check.Summary", [("totalWeight", 100), ("selfScore", 30.22)]))])
    text = "\n".join(["$ swift run check --dump"] + _swift(None, form) + [""])
    assert "▿ level1: Optional(\"产出指标\")" in text and "- level1: nil" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert [r[:3] for r in rows] == [r[:3] for r in ROWS] and _levels(recs) == LEVELS
    assert [float(r[4]) for r in rows] == [float(r[4]) for r in ROWS]


def _hs(text: str) -> str:
    """Haskell's show of a String: non-ASCII as decimal escapes, \\& where a digit follows one."""
    out, esc = [], False
    for ch in text:
        if " " <= ch <= "~":
            out.append(("\\&" if esc and ch.isdigit() else "") + ch)
            esc = False
        else:
            out.append(f"\\{ord(ch)}")
            esc = True
    return '"' + "".join(out) + '"'


def test_a_ghci_session_reads_records_shown_with_decimal_escapes(tmp_path):
    """GHCi's show: a record a line, Name {field = value, …}; every Chinese character a DECIMAL escape, \\& between
    an escape and a digit (≥ then 20: "\\8805\\&20\\20010"); Just x the value, Nothing an empty cell; records under
    one constructor the rows of one table."""
    out = ["ghci> project form", f"Project {{name = {_hs('2023年某某县示范项目')}, year = 2023}}",
           "ghci> mapM_ print (indicators form)"]
    prev = None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        a, b = _merged(l1, l2, prev)
        out.append(f"Indicator {{level1 = {'Just ' + _hs(a) if a else 'Nothing'}, "
                   f"level2 = {'Just ' + _hs(b) if b else 'Nothing'}, name = {_hs(name)}, target = {_hs(target)}, "
                   f"actual = {_hs(actual)}, weight = {weight}, score = {float(score)}}}")
        prev = (l1, l2)
    out += ["ghci> summary form", "Summary {totalWeight = 100, selfScore = 30.22}", ""]
    text = "\n".join(out)
    assert "\\8805\\&20\\20010" in text and "建设" not in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert [r[:3] for r in rows] == [r[:3] for r in ROWS] and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_a_mongosh_sessions_documents_read_as_records_their_embedded_levels_as_fields(tmp_path):
    """util.inspect as mongosh prints a find(): an array of documents, Chinese keys bare, a key that is no identifier
    quoted ('分值(分)'), strings single-quoted, Decimal128('…') its text, null an empty cell, an embedded object of
    scalars on one line (层级: { 一级: …, 二级: … }) the document's fields; the project document's members its
    label：value lines."""
    out = ["jxzp> db.xmxx.findOne()", "{", "  _id: ObjectId('65f7c0e1d2a4b5c6e7f80912'),",
           "  项目名称: '2023年某某县示范项目',", "  年度: 2023,",
           "  自评结果: { 总分: 100, 自评得分: 30.22, 自评等级: '优' }", "}",
           "jxzp> db.jxzb.find({}, { _id: 0 })", "["]
    docs = []
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        docs.append("\n".join(["  {", f"    层级: {{ 一级: '{l1}', 二级: '{l2}' }},", f"    三级指标: '{name}',",
                               f"    年度指标值: '{target}',", f"    实际完成值: '{actual}',", f"    '分值(分)': {weight},",
                               f"    '得分(分)': {score},", "    偏差原因: null", "  }"]))
    text = "\n".join(out) + "\n" + ",\n".join(docs) + "\n]\njxzp> exit\n"
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.projects[0].total_score_stated.value == Decimal("30.22")


def test_a_tibble_print_reads_by_its_type_line_and_r_frames_names_one_space_apart(tmp_path):
    """pillar's print: '# A tibble: 3 × 7', the heads, a <chr> / <dbl> type line, each row after its number, one
    space between columns (text left-aligned, numbers right-aligned, decimals lined up on the point: '8   '
    beside '6.72'), <NA> an empty cell. R's print of a data.frame sets its names one space apart where they are
    the widest text: the columns are still each name's end."""
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    types = ["<chr>", "<chr>", "<chr>", "<chr>", "<chr>", "<dbl>", "<dbl>"]
    body, prev = [], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        a, b = _merged(l1, l2, prev)
        body.append([a or "<NA>", b or "<NA>", name, target, actual, weight, score if "." in score else score + "   "])
        prev = (l1, l2)
    w = [max(_w(h), _w(t), *(_w(r[k]) for r in body)) for k, (h, t) in enumerate(zip(heads, types))]

    def line(first, cs):
        return (first.rjust(1) + "".join(" " + ((" " * (w[k] - _w(c)) + c) if types[k] == "<dbl>" else
                                             (c + " " * (w[k] - _w(c)))) for k, c in enumerate(cs))).rstrip()
    text = "\n".join(["> print(zb, n = Inf)", "# A tibble: 3 × 7", line("", heads), line("", types)]
                     + [line(str(n), r) for n, r in enumerate(body, 1)] + [""])
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    # a grouped tibble (dplyr's group_by) says its groups on a line between its size and its heads
    grouped = text.replace("# A tibble: 3 × 7\n", "# A tibble: 3 × 7\n# Groups:   一级指标 [2]\n")
    assert "# Groups" in grouped
    recs, rows = indicator_rows(_write(tmp_path, grouped))
    assert rows == ROWS and _levels(recs) == LEVELS
    frame = ["             年初预算数 全年预算数 全年执行数", "年度资金总额        100        120        114",
             "其中：财政拨款      100        120        114"]
    got = frame_table(frame, 0)
    assert got is not None and [c for _, c in got[0][1]] == ["年度资金总额", "100", "120", "114"]


def test_a_sqlplus_spool_reads_cut_at_its_dash_runs_with_wrapped_cells_heads_and_sums(tmp_path):
    """SQL*Plus: dash runs one space apart under the heads, each cell padded to its run: every line CUT at the
    runs; a head over two lines ('年度|指标值') one head; a BREAK column printed only where it changes; a cell
    wrapped inside its column onto a line of its own (the other columns blank) the row's; the COMPUTE SUM line
    under dashes of the summed columns a row of the table; a one-row result under its dashed heads a record."""
    cols = [("序号", 4, True), ("一级", 4, False), ("二级指标", 8, False), ("三级指标", 8, False), ("年度", 6, False),
            ("实际", 6, False), ("分值", 4, True), ("得分", 6, True)]
    second = ["", "指标", "", "", "指标值", "完成值", "", ""]

    def fmt(cells):
        return " ".join(" " * (w - _w(c)) + c if num else c + " " * (w - _w(c)) for c, (_, w, num) in zip(cells, cols)).rstrip()
    out = ["SQL> SELECT * FROM JX_ZB;", "", fmt([h for h, _, _ in cols]), fmt(second),
           " ".join("-" * w for _, w, _ in cols)]
    prev = None
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        a = "" if prev and l1 == prev[0] else l1
        b = "" if prev == (l1, l2) else l2
        pieces = [(str(k), a[:2], b[:4], name[:4], target, actual, weight, f"{Decimal(score):.2f}")]
        rest = [a[2:], b[4:], name[4:]]
        out.append(fmt(list(pieces[0])))
        if any(rest):
            out.append(fmt(["", *rest, "", "", "", ""]))
        prev = (l1, l2)
    out += ["", " " * (sum(w + 1 for _, w, _ in cols[:6])) + "---- ------",
            fmt(["合计", "", "", "", "", "", "22", "20.72"]), "", "已选择 3 行。", "",
            "总分 自评得分", "---- --------", " 100    30.22", "", "SQL> SPOOL OFF", ""]
    text = "\n".join(out)
    assert "产出" in text and "\n     指标" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [r[:4] for r in ROWS] and _levels(recs) == LEVELS
    assert recs.projects[0].total_score_stated.value == Decimal("30.22")


def test_util_inspect_values_never_closed_are_given_up_at_the_next_value_not_rescanned_to_the_end():
    """Lines that open a value at the margin and never close it (a hostile or cut file): each attempt stops at
    the next line opening a value there (util.inspect indents a value's own lines), so the lines are read once,
    not once per opening line (8000 such lines took 90 s)."""
    from extract.runtime_dumps import parse_inspect
    from tests.growth import growth
    assert parse_inspect("\n".join(["{ a: 1,"] * 4000)) is None
    # lines run at 600 such lines over 300: 2.0 now, 4.0 when each attempt read on to the end
    assert growth(lambda n: "\n".join(["{ a: 1,"] * n), parse_inspect, 300) < 2.5


def test_a_long_wide_tibbles_print_is_read_with_its_big_marked_size_and_the_rows_and_columns_it_left_out_said(
        tmp_path):
    """pillar writes big marks in its counts ('# A tibble: 1,200 × 9', '# ℹ 1,197 more rows') and names the columns
    it had no room for under the rows ('# ℹ 2 more variables: …'): the print is read, and what it left out is said
    by the head's size (1,197 rows, 2 columns), not by the footer's last digits (197) nor left unsaid."""
    from jixiao.extract import read_document
    heads = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    types = ["<chr>", "<chr>", "<chr>", "<dbl>", "<dbl>"]
    body = [list(r) for r in ROWS]
    w = [max(_w(h), _w(t), *(_w(r[k]) for r in body)) for k, (h, t) in enumerate(zip(heads, types))]

    def line(first, cs):
        return (first.rjust(1) + "".join(" " + ((" " * (w[k] - _w(c)) + c) if types[k] == "<dbl>" else
                                             (c + " " * (w[k] - _w(c)))) for k, c in enumerate(cs))).rstrip()
    text = "\n".join(["> zb", "# A tibble: 1,200 × 7", line("", heads), line("", types)]
                     + [line(str(n), r) for n, r in enumerate(body, 1)]
                     + ["# ℹ 1,197 more rows", "# ℹ 2 more variables: 偏差原因 <chr>, 备注 <chr>", ""])
    doc = read_document(_write(tmp_path, text))
    assert doc.tables() and doc.tables()[0].unread == 1197
    said = [x for x in doc.warnings if "tibble" in x]
    assert any("省略了1197行" in x for x in said) and any("省略了2列" in x for x in said)


def test_a_typed_frame_print_does_not_make_a_later_tables_lone_single_quotes_a_printers(tmp_path):
    """Only a print whose strings stood in single quotes (console.table) lets a later print of the document lose
    its quotes by one quoted cell; a polars frame's typed print (double quotes) is no such print, and a later table's
    one quoted word ('试点') stays as written."""
    from jixiao.extract import read_document
    from tests.test_text_nineteenth_round import _polars_frame
    text = _polars_frame() + "\n".join(["", "| 支出项目 | 金额 | 备注 |", "| --- | --- | --- |", "| 培训费 | 10 | '试点' |",
                                        "| 资料费 | 5 | |", "| 差旅费 | 3 | |", ""])
    doc = read_document(_write(tmp_path, text))
    assert "'试点'" in [c.text.strip() for t in doc.tables() for c in t.cells]


def test_a_mongosh_batch_cut_short_is_said_not_read_as_the_whole_collection(tmp_path):
    """mongosh prints a find()'s first batch (20 documents) and 'Type "it" for more': the documents shown are read,
    and a warning names the line, since the rest of the collection was never printed."""
    from jixiao.extract import read_document
    docs = []
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        docs.append("\n".join(["  {", f"    一级指标: '{l1}',", f"    二级指标: '{l2}',", f"    三级指标: '{name}',",
                               f"    年度指标值: '{target}',", f"    实际完成值: '{actual}',", f"    分值: {weight},",
                               f"    得分: {score}", "  }"]))
    text = "jxzp> db.jxzb.find()\n[\n" + ",\n".join(docs) + '\n]\nType "it" for more\njxzp> exit\n'
    doc = read_document(_write(tmp_path, text))
    assert doc.tables() and any("第31行" in x and "未能读取" in x for x in doc.warnings)
