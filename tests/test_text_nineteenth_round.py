"""Text as it comes, nineteenth round (issue 21): a redis-cli session's hashes, an API exchange's JSON replies."""
import json
from decimal import Decimal

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _redis_quoted(s: str) -> str:
    """redis-cli's quoting without --raw: printable ASCII as is, every other byte \\xNN."""
    return '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else
                         "\\" + chr(b) if chr(b) in '"\\' else f"\\x{b:02x}" for b in s.encode("utf-8")) + '"'


def _redis_session() -> str:
    """HGETALL of a head hash and of one hash per indicator row (…:zb:1 …), field and value alternating, numbered
    replies; the reason field only in the row that has one; a masked AUTH before."""
    prompt = "127.0.0.1:6379[2]> "
    out = ["127.0.0.1:6379> AUTH ********", "OK", "127.0.0.1:6379> SELECT 2", "OK",
           prompt + "HGETALL form:xm"]
    head = ["项目名称", "2023年某某县示范项目", "金额单位", "万元"]
    out += [f"{k}) {_redis_quoted(x)}" for k, x in enumerate(head, 1)]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        items = ["一级指标", l1, "二级指标", l2, "三级指标", name, "年度指标值", target, "实际完成值", actual,
                 "分值", weight, "得分", score]
        if score != weight:
            items += ["偏差原因分析及改进措施", "受疫情影响，未达目标；下一步加强组织。"]
        out.append(prompt + f"HGETALL form:zb:{k}")
        out += [f"{n:>{len(str(len(items)))}}) {_redis_quoted(x)}" for n, x in enumerate(items, 1)]
    return "\n".join(out + [prompt + "quit", ""])


def test_a_redis_cli_session_reads_its_hashes_as_records_and_numbered_keys_as_rows(tmp_path):
    """redis-cli without --raw: each reply a numbered line, Chinese as \\xNN bytes of its UTF-8; HGETALL's reply field
    and value alternating; hashes …:zb:1 … …:zb:3 the rows of one table, a field only one row has an empty cell in
    the others; the prompts and AUTH's masked password no text of the report."""
    text = _redis_session()
    assert "\\xe5" in text and "建设" not in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"
    from jixiao.rules import check
    assert not [f for f in check(recs) if f.rule == "JX701"]


def _graphql_exchange() -> str:
    """An API client's saved exchange: each request's line, headers and one-line body, then the reply's status,
    headers and pretty-printed JSON; the rows a Relay connection's edges {cursor, node {…}}, two on the first page,
    the third on the second, whose reply holds only the connection; the unit a one-field object {name}."""
    def edge(k, l1, l2, row):
        name, target, actual, weight, score = row
        return {"cursor": f"YXJyYXk6{k}", "node": {"一级指标": l1, "二级指标": l2, "三级指标": name, "年度指标值": target,
                                                    "实际完成值": actual, "分值": int(weight), "得分": json.loads(score)}}
    edges = [edge(k, l1, l2, row) for k, ((l1, l2), row) in enumerate(zip(LEVELS, ROWS))]
    first = {"data": {"project": {"name": "2023年某某县示范项目", "department": {"name": "某某县农业农村局"}, "金额单位": "万元",
                                  "indicators": {"edges": edges[:2], "pageInfo": {"hasNextPage": True}}}}}
    second = {"data": {"project": {"indicators": {"edges": edges[2:], "pageInfo": {"hasNextPage": False}}}}}
    out = []
    for n, reply in enumerate([first, second], 1):
        out += [f"### 请求 {n}", "POST https://api.example.cn/graphql", "Content-Type: application/json", "",
                json.dumps({"query": "query { project { indicators { edges { node { 三级指标 } } } } }"}), "",
                "HTTP/1.1 200 OK", "Content-Type: application/json; charset=utf-8", ""]
        out += json.dumps(reply, ensure_ascii=False, indent=2).split("\n") + [""]
    return "\n".join(out)


def test_json_replies_among_an_api_exchanges_lines_read_as_documents_and_edges_as_their_nodes(tmp_path):
    """JSON documents between other lines (a request line, headers): each document read as JSON is; a connection's
    edge {cursor, node {…}} is the record it wraps (the cursor a page's token, no cell); the second page's rows
    follow the first's; an object of one field under a program's name ({"department": {"name": …}}) is the key's
    value, so the project's name is the one name."""
    text = _graphql_exchange()
    assert text.count('"cursor"') == 3 and text.count("HTTP/1.1") == 2
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _rust_debug() -> str:
    """dbg!(&form) by {:#?}: nested structs one field a line, a Vec of row structs, Option cells Some(\\n x,\\n) over
    three lines or None, strings quoted, a decimal as written; cargo's lines around."""
    def some(key, value, ind):
        pad = " " * ind
        return [f"{pad}{key}: Some(", f"{pad}    {value},", f"{pad}),"]
    out = ["     Running `target/release/check 自评表.xlsx`", "[src/main.rs:38:5] &form = Form {",
           "    project: Project {", '        name: "2023年某某县示范项目",', '        money_unit: "万元",', "    },",
           "    indicators: ["]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out += ["        Indicator {", f'            一级指标: "{l1}",', f'            二级指标: "{l2}",',
                f'            三级指标: "{name}",', f'            年度指标值: "{target}",', f'            实际完成值: "{actual}",']
        out += some("分值", weight, 12) + some("得分", score, 12)
        out += ["            偏差原因: None,", "        },"]
    return "\n".join(out + ["    ],", "}", "核对完成", ""])


def test_a_rust_pretty_debug_print_reads_its_structs_as_records_and_options_as_their_values(tmp_path):
    """Rust's {:#?}: 'Name {' … '}' a record, '[' … ']' a list, Some( x ) the value x over three lines, None an
    empty cell; the Vec of row structs a table under their field names."""
    text = _rust_debug()
    assert "Some(\n" in text and "None," in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _polars_frame() -> str:
    """A polars DataFrame print: 'shape: (3, 7)', a box with ┆ between cells, '---' and the dtypes under the
    heads, strings in double quotes, null where a level cell was merged; then a one-row frame of the total."""
    def w(s):
        return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)

    def frame(heads, types, rows):
        cols = [max(w(h), w(t), *(w(r[k]) for r in rows)) for k, (h, t) in enumerate(zip(heads, types))]

        def line(cs):
            return "│ " + " ┆ ".join(c + " " * (cols[k] - w(c)) for k, c in enumerate(cs)) + " │"
        return ([f"shape: ({len(rows)}, {len(heads)})", "┌" + "┬".join("─" * (x + 2) for x in cols) + "┐",
                 line(heads), line(["---"] * len(heads)), line(types), "╞" + "╪".join("═" * (x + 2) for x in cols) + "╡"]
                + [line(r) for r in rows] + ["└" + "┴".join("─" * (x + 2) for x in cols) + "┘"])
    body, prev = [], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        body.append(['"' + l1 + '"' if l1 != prev else "null", f'"{l2}"', f'"{name}"', f'"{target}"', f'"{actual}"',
                     weight, str(float(score))])
        prev = l1
    out = [">>> zb"] + frame(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                             ["str", "str", "str", "str", "str", "i64", "f64"], body)
    out += [">>> total"] + frame(["总分", "自评得分", "自评等级"], ["i64", "f64", "str"], [["100", "30.22", '"优"']])
    return "\n".join(out + [""])


def test_a_polars_frame_print_reads_without_its_dtype_row_quotes_and_nulls(tmp_path):
    """polars: the '---' rule and the row of dtypes under the heads are no rows; the double quotes around every string
    are the printer's; an unquoted null is an empty cell (a merged level cell: the level above); a one-row frame
    is a record."""
    text = _polars_frame()
    assert '"建设示范点"' in text and "│ null" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert [r[:4] for r in rows] == [r[:4] for r in ROWS] and _levels(recs) == LEVELS
    assert [float(r[4]) for r in rows] == [float(r[4]) for r in ROWS]
    assert recs.projects and recs.projects[0].total_score_stated.value == Decimal("30.22")


def _spss_syntax() -> str:
    """An SPSS syntax file: a comment, DATA LIST LIST(",") under pinyin names with BEGIN DATA / END DATA, the heads
    only in VARIABLE LABELS, the level columns coded and named by VALUE LABELS; a one-case dataset for the total."""
    codes1 = {"产出指标": 1, "效益指标": 2}
    codes2 = {"数量指标": 11, "质量指标": 12, "社会效益指标": 22}
    out = ["\ufeff* Encoding: UTF-8.", "* 2023年某某县示范项目绩效自评表.", "",
           'DATA LIST LIST(",") /yj (F1.0) ej (F2.0) sjzb (A40) ndzbz (A20)',
           "  sjwcz (A20) fz (F3.0) df (F6.2).", "BEGIN DATA"]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out.append(f'{codes1[l1]},{codes2[l2]},"{name}","{target}","{actual}",{weight},{score}')
    out += ["END DATA.", "VARIABLE LABELS yj '一级指标' ej '二级指标' sjzb '三级指标' ndzbz '年度指标值'",
            "  sjwcz '实际完成值' fz '分值' df '得分'.", "VALUE LABELS yj 1 '产出指标' 2 '效益指标'",
            "  /ej 11 '数量指标' 12 '质量指标' 22 '社会效益指标'.", "",
            'DATA LIST LIST(",") /zf (F3.0) zpdf (F6.2).', "BEGIN DATA", "100,30.22", "END DATA.",
            "VARIABLE LABELS zf '总分' zpdf '自评得分'.", "DESCRIPTIVES VARIABLES=fz df /STATISTICS=SUM.", ""]
    return "\r\n".join(out)


def test_an_spss_syntax_files_data_list_reads_under_its_variable_labels_and_codes_as_their_value_labels(tmp_path):
    """SPSS syntax: a DATA LIST's cases (comma-separated, strings quoted) are the rows, read under the VARIABLE
    LABELS given after them, not the variables' names; a coded cell (1, 22) is the words its VALUE LABELS give; a
    one-case dataset a record; the commands are the tool's."""
    text = _spss_syntax()
    assert "产出指标" not in text.split("END DATA")[0]
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].total_score_stated.value == Decimal("30.22")


def _go_log() -> str:
    """A Go tool's log: the prefix, a label, then %+v of a struct; the head, then one line per row, fields named in
    English, values unquoted, an empty reason nothing after its colon."""
    out = ["2024/03/18 15:42:03 main.go:41: 读取文件 自评表.xlsx",
           "2024/03/18 15:42:04 main.go:58: 项目信息: {Name:2023年某某县示范项目 MoneyUnit:万元 Year:2023}"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        reason = "" if weight == score else "受天气影响，未达目标；下一步加强组织。"
        out.append(f"2024/03/18 15:42:05 zb.go:52: 指标 {k}/3: {{Seq:{k} Level1:{l1} Level2:{l2} Indicator:{name} "
                   f"Target:{target} Actual:{actual} Weight:{weight} Score:{score} Deviation:{reason}}}")
    return "\n".join(out + ["2024/03/18 15:42:06 main.go:77: 自评结果: {Total:100 SelfScore:30.22 Grade:优}", ""])


def test_a_go_logs_percent_plus_v_structs_read_as_records_and_a_run_of_them_as_a_table(tmp_path):
    """Go's %+v: {Field:value …} with values unquoted, a value running to the next ' Field:' or the brace (an empty
    one nothing after its colon); lines printing structs of the same fields one after another are one table's rows,
    under the field names (their roles read from the cells); a struct alone a record."""
    text = _go_log()
    assert "Deviation:}" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def test_a_fund_whose_parts_print_go_zero_values_for_empty_points_reads_its_whole(tmp_path):
    """Go prints an empty cell as its zero value: the parts' 分值 / 得分 are 0, not empty; a column zero in every row
    but the first is the whole's alone, so the columns still show a fund's (money in every row, the rate, the
    points the whole's), read from the cells under the struct's field names."""
    lines = _go_log().split("\n")
    fund = ("2024/03/18 15:42:04 fund.go:27: 资金情况: [{Source:年度资金总额 Initial:100 FullYear:120 Executed:114 "
            "Weight:10 Rate:95.00% Score:9.5} {Source:其中：财政拨款 Initial:100 FullYear:120 Executed:114 Weight:0 "
            "Rate: Score:0} {Source:其他资金 Initial:0 FullYear:0 Executed:0 Weight:0 Rate: Score:0}]")
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(lines[:2] + [fund] + lines[2:])))
    assert rows == ROWS
    p = recs.projects[0]
    assert p.executed.value / p.budget_full_year.value == Decimal("0.95")     # (in the head's 万元)
    assert (p.fund_weight.value, p.fund_score.value) == (Decimal("10"), Decimal("9.5"))
