"""Text as it comes, twentieth round (issue 21): a clickhouse-client session's boxes, PHP's var_dump(), Elixir's
IEx inspect of structs, a Julia DataFrames.jl print, a Wolfram terminal session."""
from decimal import Decimal

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _w(s: str) -> int:
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)


def _clickhouse_box(heads, right, rows) -> list[str]:
    """clickhouse-client's PrettyCompact: the names inside the top border, NULL as ᴺᵁᴸᴸ, numbers right-aligned."""
    shown = [["ᴺᵁᴸᴸ" if c is None else c for c in r] for r in rows]
    w = [max(_w(h), *(_w(r[k]) for r in shown)) for k, h in enumerate(heads)]

    def pad(k, c, fill):
        return fill * (w[k] - _w(c)) + c if right[k] else c + fill * (w[k] - _w(c))
    return (["┌" + "┬".join("─" + pad(k, h, "─") + "─" for k, h in enumerate(heads)) + "┐"]
            + ["│" + "│".join(" " + pad(k, c, " ") + " " for k, c in enumerate(r)) + "│" for r in shown]
            + ["└" + "┴".join("─" * (x + 2) for x in w) + "┘"])


def _clickhouse_session() -> str:
    """Three SELECTs: the fund (its parts' points ᴺᵁᴸᴸ), the indicators in TWO BLOCKS (each its own box, names and
    widths; a merged level cell ᴺᵁᴸᴸ), the total (one row; the count line one blank line under its box)."""
    p = "host :) "
    out = [p + "SELECT * FROM zj", ""]
    out += _clickhouse_box(["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                           [False, True, True, True, True, False, True],
                           [["年度资金总额", "100", "120", "114", "10", "95.00%", "9.5"],
                            ["其中：财政拨款", "100", "120", "114", None, None, None]])
    out += ["", "2 rows in set. Elapsed: 0.004 sec. ", "", p + "SELECT * FROM zb", ""]
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    right = [False] * 5 + [True, True]
    body, prev = [], None
    for (l1, l2), row in zip(LEVELS, ROWS):
        body.append([l1 if l1 != prev else None, l2, *row])
        prev = l1
    out += _clickhouse_box(heads, right, body[:2]) + _clickhouse_box(heads, right, body[2:])
    out += ["", "3 rows in set. Elapsed: 0.005 sec. ", "", p + "SELECT * FROM zp", ""]
    out += _clickhouse_box(["总分", "自评得分", "自评等级"], [True, True, False], [["100", "30.22", "优"]])
    return "\n".join(out + ["", "1 row in set. Elapsed: 0.003 sec. ", ""])


def test_a_clickhouse_box_reads_its_names_from_its_top_border_and_nulls_as_empty_cells(tmp_path):
    """┌─一级指标─┬─…┐: the names inside the border are the box's header (no row under it names the columns);
    a later block's box of the same names goes on with the same table; ᴺᵁᴸᴸ is an empty cell (a merged level
    cell: the level above; a fund part's empty points); a one-row result over its count line is a record."""
    text = _clickhouse_session()
    assert "┌─一级指标─" in text and "ᴺᵁᴸᴸ" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.budget_full_year.value, p.executed.value, p.fund_score.value) == (Decimal("1200000"),
                                                                              Decimal("1140000"), Decimal("9.5"))
    assert p.total_score_stated.value == Decimal("30.22") and p.grade_stated == "优"


def _var_dump(v, ind: int = 0) -> list[str]:
    """PHP's var_dump: ["key"]=> then the value on the next line, string(N) with N the UTF-8 byte count."""
    pad = " " * ind
    if isinstance(v, dict):
        out = [pad + f"array({len(v)}) {{"]
        for k, x in v.items():
            out += [pad + "  " + (f"[{k}]" if isinstance(k, int) else f'["{k}"]') + "=>"] + _var_dump(x, ind + 2)
        return out + [pad + "}"]
    if v is None:
        return [pad + "NULL"]
    if isinstance(v, int):
        return [pad + f"int({v})"]
    if isinstance(v, float):
        return [pad + f"float({v:g})"]
    return [pad + f'string({len(v.encode("utf-8"))}) "{v}"']


def test_a_php_var_dump_reads_its_arrays_as_records_and_strings_by_their_byte_counts(tmp_path):
    """var_dump: a member's key on one line and its value on the next; string(N) "…" read by its BYTE count (a
    reason holding a double quote and a line break is one string); NULL an empty cell (a merged level cell: the
    level above); arrays keyed 0, 1, 2 … rows of one table under their keys."""
    rows, prev = {}, None
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        rows[k] = {"一级指标": l1 if l1 != prev else None, "二级指标": l2, "三级指标": name, "年度指标值": target,
                   "实际完成值": actual, "分值": int(weight), "得分": float(score),
                   "偏差原因": '受"疫情"影响，\n未达目标' if score != weight else None}
        prev = l1
    form = {"项目信息": {"项目名称": "2023年某某县示范项目", "金额单位": "万元"}, "绩效指标": rows,
            "自评结果": {"总分": 100, "自评得分": 30.22}}
    text = "\n".join(["$ php dump.php"] + _var_dump(form) + ["得分合计: 20.72 + 9.5 = 30.22", ""])
    assert 'string(12) "产出指标"' in text
    recs, got = indicator_rows(_write(tmp_path, text))
    assert [r[:4] for r in got] == [r[:4] for r in ROWS] and _levels(recs) == LEVELS
    assert [float(r[4]) for r in got] == [float(r[4]) for r in ROWS]
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.projects[0].total_score_stated.value == Decimal("30.22")


def test_an_iex_sessions_printed_structs_read_as_records_and_a_list_of_them_as_a_table(tmp_path):
    """IEx: a path's value printed under its prompt, %Mod{key: value, …} a record (on one line where it fits, one
    field a line where not), [ … ] a list, nil an empty cell (a merged level cell: the level above),
    Decimal.new("…") the decimal it holds; what a call returned (length/1) and the banner no rows."""
    out = ["Interactive Elixir (1.16.1) - press Ctrl+C to exit (type h() ENTER for help)",
           'iex(1)> {:ok, form} = Jxzp.load("a.xlsx")', "{:ok, %Jxzp.Form{...}}", "iex(2)> form.project",
           '%Jxzp.Project{name: "2023年某某县示范项目", money_unit: "万元"}', "iex(3)> form.indicators |> length()",
           "3", "iex(4)> form.indicators", "["]
    prev = None
    for n, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        lv1 = "nil" if l1 == prev else f'"{l1}"'
        prev = l1
        out += ["  %Jxzp.Indicator{", f"    level1: {lv1},", f'    level2: "{l2}",', f'    name: "{name}",',
                f'    target: "{target}",', f'    actual: "{actual}",', f"    weight: {weight},",
                f'    score: Decimal.new("{score}")', "  }" + ("," if n < len(ROWS) - 1 else "")]
    out += ["]", "iex(5)> "]
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(out) + "\n"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _julia_frame(dims, heads, types, rows, right) -> list[str]:
    """DataFrames.jl's show: a Row gutter left of │, the types under the heads, a ─┼─ rule, two spaces between
    columns, numbers right-aligned, missing for a missing value."""
    w = [max(_w(h), _w(t), *(_w(r[k]) for r in rows)) for k, (h, t) in enumerate(zip(heads, types))]

    def line(first, cs):
        return (" " + first.rjust(3) + " │ " + "  ".join(
            " " * (w[k] - _w(c)) + c if right[k] else c + " " * (w[k] - _w(c)) for k, c in enumerate(cs))).rstrip()
    return ([dims + " DataFrame", line("Row", heads), line("", types), "─" * 5 + "┼" + "─" * (sum(w) + 2 * len(w))]
            + [line(str(n), r) for n, r in enumerate(rows, 1)])


def test_a_julia_frame_print_reads_past_its_row_gutter_and_types_with_missing_as_empty(tmp_path):
    """Julia's DataFrames.jl: the row numbers left of │ no cells, the line of types under the heads no row, the
    columns by the places the lines write in (a right-aligned number, a left-aligned name), `missing` an empty
    cell (a merged level cell: the level above); a one-row frame a record."""
    body, prev = [], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        body.append([l1 if l1 != prev else "missing", l2, name, target, actual, weight, str(float(score))])
        prev = l1
    out = ["julia> show(zb, allrows=true)"]
    out += _julia_frame("3×7", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                        ["String?", "String", "String", "String", "String", "Int64", "Float64"], body,
                        [False] * 5 + [True, True])
    out += ["", "julia> show(total)"]
    out += _julia_frame("1×2", ["总分", "自评得分"], ["Int64", "Float64"], [["100", "30.22"]], [True, True])
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(out) + "\n"))
    assert [r[:4] for r in rows] == [r[:4] for r in ROWS] and _levels(recs) == LEVELS
    assert [float(r[4]) for r in rows] == [float(r[4]) for r in ROWS]
    assert recs.projects[0].total_score_stated.value == Decimal("30.22")


def test_a_wolfram_sessions_results_read_as_associations_over_their_continued_lines(tmp_path):
    """Mathematica's terminal: Out[n]= in OutputForm, <|key -> value|> with the strings unquoted, an empty cell as
    nothing after the arrow (a merged level cell: the level above), whole reals with a trailing point (8.); a
    result broken at the page width goes on over lines opening '>   ', inside a name too; each result named by
    what its input assigns."""
    recs_text, prev = [], None
    for n, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        sc = score if "." in score else score + "."
        recs_text.append(f"<|序号 -> {n}, 一级指标 -> {l1 if l1 != prev else ''}, 二级指标 -> {l2}, 三级指标 -> {name}, "
                         f"年度指标值 -> {target}, 实际完成值 -> {actual}, 分值 -> {weight}, 得分 -> {sc}|>")
        prev = l1
    body = "Out[2]= {" + ", ".join(recs_text) + "}"
    cut = [""]
    for piece in body.split(", "):     # broken after ', ' at about 60 places, and once inside a name
        if len(cut[-1]) + len(piece) > 60:
            cut.append(">   ")
        cut[-1] += ("" if cut[-1] in ("", ">   ") else " ") + piece + ","
    cut[-1] = cut[-1][:-1]
    at = next(k for k, ln in enumerate(cut) if "建设示范点" in ln)
    cut[at:at + 1] = cut[at].split("示范点", 1)
    cut[at + 1] = ">   示范点" + cut[at + 1]
    out = ["In[1]:= head = AssociationThread[{\"项目名称\"}, {\"2023年某某县示范项目\"}]", "",
           "Out[1]= <|项目名称 -> 2023年某某县示范项目|>", "", "In[2]:= zb = rowsOf[3]", ""] + cut + [""]
    assert any(ln.startswith(">   ") for ln in out)
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(out) + "\n"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_a_query_at_a_clients_prompt_naming_the_columns_is_no_header_of_unread_rows(tmp_path):
    """host :) SELECT 一级指标, 二级指标, … FROM zb WHERE xmbh = '…-2023-0032': the query names the result printed under
    it; its words are no header of the form's run into one paragraph, nor its figures rows left unread."""
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    out = ["ty-ch01 :) SELECT " + ", ".join(heads) + " FROM zb WHERE xmbh = 'BS-TY-2023-0032' ORDER BY 序号", "",
           "Query id: e3c58b27-90f4-4d1a-b6e2-58a4f0c93d71", ""]
    out += _clickhouse_box(heads, [False] * 5 + [True, True], [[l1, l2, *row] for (l1, l2), row in zip(LEVELS, ROWS)])
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(out + ["", "3 rows in set. Elapsed: 0.005 sec. ", ""])))
    assert rows == ROWS
    assert recs.unread_rows == 0 and not [w for w in recs.warnings if "单元格连写" in w]


def test_a_var_dump_of_a_list_of_records_is_one_table_under_no_caption(tmp_path):
    """var_dump($rows) of rows keyed 0, 1, 2 …: one table, its header the rows' keys; no empty caption before it."""
    out = [f"array({len(ROWS)}) {{"]
    for k, ((l1, l2), row) in enumerate(zip(LEVELS, ROWS)):
        out += [f"  [{k}]=>"] + ["  " + ln for ln in _var_dump(
            dict(zip(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                     [l1, l2, *row[:3], int(row[3]), float(row[4])])))]
    out.append("}")
    from jixiao.extract import read_document
    doc = read_document(_write(tmp_path, "\n".join(out) + "\n"))
    assert [b.kind for b in doc.blocks] == ["table"]
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(out) + "\n"))
    assert [r[:4] for r in rows] == [r[:4] for r in ROWS] and _levels(recs) == LEVELS


def test_a_hostile_var_dump_or_wolfram_result_ends_at_once_with_no_reading():
    """Review: a var_dump nested past Python's depth, a string(N) of a million bytes, a Wolfram list nested past
    the depth or a list cut off by '|>' are read (or refused) in linear time, never a crash or a loop."""
    from extract.runtime_dumps import parse_var_dump, parse_wolfram
    deep = 'array(1) {\n  ["a"]=>\n' * 5000 + "int(1)\n" + "}\n" * 5000
    assert parse_var_dump("x\n" + deep) is None
    n = 1_200_000
    long = 'array(5) {\n  ["a"]=>\n  string(%d) "%s"\n' % (n, "好" * (n // 3)) \
        + "".join(f'  ["{k}"]=>\n  int(1)\n' for k in "bcde") + "}\n"
    assert parse_var_dump(long) is None   # no dump under a command: its time is hostile_inputs var_dump_string
    assert parse_wolfram("In[1]:= x\nOut[1]= " + "{" * 5000 + "}" * 5000) is None
    assert parse_wolfram("In[1]:= x\nOut[1]= {a|>\n") is None


def test_thousands_of_boxes_with_names_in_their_borders_read_in_linear_time():
    """Review: each top border's names were compared with the first row of every group before it (quadratic):
    16,000 clickhouse-client boxes took 44 s."""
    from jixiao.extract import read_bytes
    from tests.growth import growth

    def boxes(n):
        return "".join(f"┌─序号{k}─┬─一级指标─┐\n│ 1 │ 产出指标 │\n└─────┴──────┘\n" for k in range(n)).encode("utf-8")
    assert [t.grid() for t in read_bytes(boxes(2), "t.txt").tables()] == [
        [["序号0", "一级指标"], ["1", "产出指标"], ["序号1", "一级指标"], ["1", "产出指标"]]]
    # lines run at 600 boxes over 300: 2.0 now, 2.9 (rising with n) when each border met every group before it
    assert growth(boxes, lambda data: read_bytes(data, "t.txt"), 300) < 2.5


def test_an_iex_value_of_a_million_characters_on_one_line_is_tokenised_in_linear_time():
    """Review: each token sliced the rest of its line to test it for blanks (quadratic: 200,000 items, 12 s)."""
    from extract.runtime_dumps import parse_iex
    text = "iex(1)> form.indicators\n[" + "1, " * 300000 + "1]\n" + "\n" * 12
    # the slices were C work, which no count of Python lines sees: the time is hostile_inputs iex_long_line
    assert parse_iex(text) is None   # a list of bare numbers names no field


def test_a_wolfram_result_of_many_items_over_many_lines_reads_in_linear_time():
    """Review: each scalar searched for every stop to the text's end, the continued lines were copied per line and
    each result's name searched every line: a list of 100,000 items took 13 s."""
    from extract.runtime_dumps import parse_wolfram
    wrapped = ",\n>   ".join(f"<|名称 -> 指标{k}, 分值 -> 10|>" for k in range(20000))
    text = "In[1]:= zb = x\nOut[1]= {" + "1, " * 100000 + "1}\n" + "In[2]:= y\nOut[2]= {" + wrapped + "}\n"
    # the searches to the text's end were C work: the time is benchmarks/hostile_inputs.py wolfram_many_items
    got = parse_wolfram(text)
    assert got is not None and got[1][0] == ("p", 2, "zb")
