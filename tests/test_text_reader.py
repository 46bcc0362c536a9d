"""extract.text_reader: text read as the lines it is (here a print whose dash runs stand two spaces apart)."""
from decimal import Decimal

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def test_bteq_print_padded_by_characters_with_dash_runs_two_spaces_apart_reads_by_its_runs(tmp_path):
    """Teradata's BTEQ pads each cell to its column's size COUNTED IN CHARACTERS and sets the columns TWO spaces
    apart, a run of dashes under each head, '?' for NULL: on screen the columns lean; counted in characters every
    line leaves the gaps between the runs blank, so the runs are the columns."""
    cols = [("序号", 11, True), ("一级指标", 10, False), ("二级指标", 10, False), ("三级指标", 20, False),
            ("年度指标值", 16, False), ("实际完成值", 16, False), ("分值", 11, True), ("得分", 8, True), ("偏差原因", 20, False)]
    w = [max(len(n), size) for n, size, _ in cols]
    fit = lambda v, k: v.rjust(w[k]) if cols[k][2] else v.ljust(w[k])   # noqa: E731
    rows = [[str(k + 1), l1, l2, name, target, actual, weight, f"{Decimal(score):.2f}", "?" if score == weight else "招工延后"]
            for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS))]
    out = [" *** Query completed. 3 rows found. 9 columns returned.", "",
           "  ".join(fit(n, k) for k, (n, _, _) in enumerate(cols)).rstrip(), "  ".join("-" * x for x in w)]
    out += ["  ".join(fit(v, k) for k, v in enumerate(r)).rstrip() for r in rows] + [""]
    recs, got = indicator_rows(_write(tmp_path, "\n".join(out) + "\n"))
    assert [(n, t, a, wt, str(Decimal(s).normalize())) for n, t, a, wt, s in got] == \
        [(n, t, a, wt, str(Decimal(s).normalize())) for n, t, a, wt, s in ROWS]
    assert _levels(recs) == LEVELS and recs.indicators[2].reason == "招工延后"


def test_cypher_shell_nodes_are_a_table_of_their_keys_a_null_property_absent(tmp_path):
    """Neo4j's cypher-shell prints a returned node in its box as (:Label {key: literal, …}), the properties in the
    store's order (each node its own), a null property ABSENT: the nodes of one label are a table of their keys as
    first met, a key a node lacks an empty cell; the box's rules and head cell are no text."""
    nodes = []
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        props = [f'三级指标: "{name}"', f"分值: {weight}", f'一级指标: "{l1}"', f'实际完成值: "{actual}"', f"序号: {k}",
                 f'二级指标: "{l2}"', f'年度指标值: "{target}"', f"得分: {float(score)}"]
        props = props[k:] + props[:k]
        if score != weight:
            props.append('偏差原因: "招工延后"')
        nodes.append("| (:绩效指标 {" + ", ".join(props) + "}) |")
    rule = "+" + "-" * 60 + "+"
    text = "\n".join(["neo4j@jx> MATCH (z:绩效指标) RETURN z ORDER BY z.序号;", rule, "| z |", rule] + nodes
                     + [rule, "", "3 rows", "ready to start consuming query after 5 ms, results consumed after another 1 ms"])
    recs, got = indicator_rows(_write(tmp_path, text + "\n"))
    assert [(n, t, a, wt, str(Decimal(s).normalize())) for n, t, a, wt, s in got] == \
        [(n, t, a, wt, str(Decimal(s).normalize())) for n, t, a, wt, s in ROWS]
    assert _levels(recs) == LEVELS and recs.indicators[2].reason == "招工延后" and not recs.indicators[0].reason


def test_a_return_table_quoting_its_strings_in_double_quotes_beside_bare_nulls_is_unquoted(tmp_path):
    """cypher-shell's RETURN of columns prints a string in double quotes and a missing value as a bare NULL: a
    column of quoted strings and NULLs is the printer's quotes, so the rate "97.00%" reads as 97.00%."""
    rule = "+" + "-" * 70 + "+"
    text = "\n".join(["neo4j@jx> MATCH (z:资金) RETURN z.资金来源, z.年初预算数, z.全年预算数, z.全年执行数, z.分值, z.执行率, z.得分;",
                      rule, "| z.资金来源 | z.年初预算数 | z.全年预算数 | z.全年执行数 | z.分值 | z.执行率 | z.得分 |", rule,
                      '| "年度资金总额" | 100.0 | 120.0 | 116.4 | 10 | "97.00%" | 9.7 |',
                      '| "其中：财政拨款" | 100.0 | 120.0 | 116.4 | NULL | NULL | NULL |',
                      '| "其他资金" | 0.0 | 0.0 | 0.0 | NULL | NULL | NULL |', rule, "", "3 rows"])
    recs, _ = indicator_rows(_write(tmp_path, text + "\n"))
    assert recs.projects and str(recs.projects[0].exec_rate_stated.value) in ("97.00", "97")


def test_dbaccess_heads_a_blank_line_above_rows_right_aligned_by_bytes_are_read_as_a_table(tmp_path):
    """Informix / GBase 8s dbaccess prints its heads, a BLANK line, then the rows: each head padded to its column
    and one space apart, a number set right under its head's end, NULL nothing, the places counted in a GB18030
    console's BYTES (a Chinese character two): the fund table read under its heads, not said as unaligned prose."""
    heads = [("资金来源", 14, False), ("年初预算数", 10, True), ("全年预算数", 10, True), ("全年执行数", 10, True),
             ("分值", 4, True), ("执行率", 6, True), ("得分", 5, True)]
    size = lambda t: len(t.encode("gb18030"))   # noqa: E731
    pad = lambda v, k: (" " * (heads[k][1] - size(v)) + v) if heads[k][2] else v + " " * (heads[k][1] - size(v))   # noqa: E731
    body = [["年度资金总额", "100.00", "120.00", "116.40", "10", "97.00", "9.70"],
            ["其中：财政拨款", "100.00", "120.00", "116.40", "", "", ""], ["其他资金", "0.00", "0.00", "0.00", "", "", ""]]
    text = "\n".join(["Database selected.", "", "", " ".join(pad(h, k) for k, (h, _, _) in enumerate(heads)).rstrip(), ""]
                     + [" ".join(pad(v, k) for k, v in enumerate(r)).rstrip() for r in body]
                     + ["", "3 row(s) retrieved.", "", "", "Database closed.", ""])
    recs, _ = indicator_rows(_write(tmp_path, text, "gb18030"))
    p = recs.projects[0]
    assert p.executed.value / p.budget_full_year.value == Decimal("0.97") and p.budget_initial.value
    assert (float(p.exec_rate_stated.value), float(p.fund_weight.value), float(p.fund_score.value)) == (97, 10, 9.7)


def test_a_field_list_one_field_a_line_is_no_aligned_table(tmp_path):
    """A Lotus Notes structured-text export: each document its fields one a line (年度指标值:  ≥20个, two spaces
    after the colon), the documents apart by form feeds. The values' starts fall where the labels' lengths put them,
    and lines of system fields ($UpdatedBy:  CN=…) start later still: no aligned table of label and value columns
    (1461.txt: documents 9-13 read as a turned table's columns, three rows lost), but label：value lines, each
    document an indicator."""
    docs = []
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        docs.append("\n".join([f"Form:  指标", f"序号:  {k}", f"一级指标:  {l1}", "$UpdatedBy:  CN=王某某/OU=计财股/O=ZBNY",
                               f"二级指标:  {l2}", f"三级指标:  {name}", f"年度指标值:  {target}", f"实际完成值:  {actual}",
                               f"分值:  {weight}", f"得分:  {score}", "偏差原因分析及改进措施:",
                               f"$Revisions:  2024/03/18 1{k}:28:52", "$Readers:  [jxgl]"]))
    recs, got = indicator_rows(_write(tmp_path, "\n\f\n".join(docs) + "\n"))
    assert got == ROWS and _levels(recs) == LEVELS


def _go_spew() -> str:
    """spew.Dump(&form): a pointer to a struct '(*main.Form)(0xc…)({' … '})', fields 'Name: (type) value,', a nested
    pointer struct, a slice '([]main.Row) (len=3 cap=4) {' of '(main.Row) {' elements, strings '(string) (len=n) "…"'
    with n their BYTES (an escaped quote in one), an empty string bare '(string) ""', numbers after their types."""
    def s(v):
        return '(string) (len=%d) "%s"' % (len(v.encode("utf-8")), v.replace('"', '\\"')) if v else '(string) ""'
    out = ["核对开始", "(*main.Form)(0xc000162000)({", " Project: (*main.Project)(0xc0001a4000)({",
           "  Name: " + s("2023年某某县示范项目") + ",", "  MoneyUnit: " + s("万元"), " }),",
           " Rows: ([]main.Row) (len=3 cap=4) {"]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out += ["  (main.Row) {", f"   A: {s(l1)},", f"   B: {s(l2)},", f"   C: {s(name)},", f"   D: {s(target)},",
                f"   E: {s(actual)},", f"   F: (int) {weight},", f"   G: (float64) {score},",
                "   H: " + s("" if score == weight else "招工延后，未达\"50人\""), "  },"]
    return "\n".join(out + [" }", "})", "核对完成", ""])


def test_a_go_spew_dump_reads_its_structs_as_records_and_its_slice_of_structs_as_a_table(tmp_path):
    """go-spew's Dump: every value after its (type), strings with their byte lengths, a pointer's value inside
    '(0x…)(' … ')'; the slice of row structs a table under its field names (here letters: the cells tell the
    columns), the pointer struct a record."""
    text = _go_spew()
    assert "(len=3 cap=4)" in text and '(string) ""' in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _recfile() -> str:
    """A GNU recutils recfile: '#' comments, a descriptor per record set (%rec: Head / Row, %doc, %type), records apart
    by blank lines, 'Name: value' fields, a reason over two lines (a '+ ' continuation), absent where none."""
    out = ["# 自评表 (recsel -t Row form.rec)", "", "%rec: Head", "%doc: 项目基本情况", "",
           "Name: 2023年某某县示范项目", "MoneyUnit: 万元", "", "%rec: Row", "%doc: 绩效指标", "%type: F,G real", ""]
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out += [f"A: {l1}", f"B: {l2}", f"C: {name}", f"D: {target}", f"E: {actual}", f"F: {weight}", f"G: {score}"]
        if score != weight:
            out += ["H: 招工延后，", "+ 未达目标"]
        out.append("")
    return "\n".join(out)


def test_a_recutils_recfile_reads_each_record_set_under_its_descriptor(tmp_path):
    """A recfile: the records after '%rec: Row' a table under their field names (here letters: the cells tell the
    columns), a continuation line part of its field, the one record of '%rec: Head' a record."""
    text = _recfile()
    assert "\n+ " in text and "%rec: Row" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _ldif() -> str:
    """ldapsearch -LL: 'version: 1', '#' comments, an entry per record (dn: first, objectClass top and the record's
    class), ASCII attribute names, every value holding a non-ASCII character base64 after '::', lines over 76
    columns folded onto lines beginning with one space, ldapsearch's tally after the entries."""
    import base64

    def attr(name, v):
        line = f"{name}: {v}" if v.isascii() else f"{name}:: " + base64.b64encode(v.encode("utf-8")).decode()
        parts = [line[:76]] + [" " + line[k:k + 75] for k in range(76, len(line), 75)]
        return "\n".join(parts)
    out = ["version: 1", "", "# extended LDIF", "#", "# filter: (objectClass=*)", "",
           "dn: ou=xm,dc=example,dc=cn", "objectClass: top", "objectClass: formHead",
           attr("hname", "2023年某某县示范项目"), attr("hunit", "万元"), ""]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        out += [f"dn: cn=r{k},ou=xm,dc=example,dc=cn", "objectClass: top", "objectClass: formRow"]
        out += [attr(n, v) for n, v in zip("abcdefg", (l1, l2, name, target, actual, weight, score))]
        if score != weight:
            out.append(attr("h", "招工延后，未达目标；下一步提前对接用工企业，按季度跟踪就业去向"))
        out.append("")
    return "\n".join(out + ["# search result", "search: 2", "result: 0 Success", ""])


def test_an_ldif_export_reads_its_entries_by_class_with_base64_values_decoded_and_folds_joined(tmp_path):
    """LDIF: the entries of one objectClass a table under their attribute names (letters: the cells tell the
    columns), '::' values decoded from base64 UTF-8, a folded line joined to the line before; one entry a record."""
    text = _ldif()
    assert "::" in text and "\n " in text and "产出指标" not in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def test_double_colon_lines_whose_values_are_no_base64_are_no_ldif_and_no_crash(tmp_path):
    """'name:: value' lines (an outliner's block properties) whose values hold characters outside ASCII are no
    LDIF's base64: the LDIF grammar declines them (it raised on them before) and the file is read or said unread."""
    from extract.nested_values import parse_ldif
    text = "\n".join(["title:: 某某县示范项目", "", "dn:: 项目", "a:: 名称", "", "dn:: 指标", "b:: 数量", "",
                      "dn:: 指标", "c:: 质量", ""])
    from extract import read_document
    assert parse_ldif(text) is None
    assert read_document(_write(tmp_path, text)) is not None     # the whole reading runs through


def _gron() -> str:
    """gron of a JSON reply: one assignment a line, '= {};' / '= [];' before members, every object's keys sorted,
    indexes from 0, strings JSON-escaped, null for an empty reason."""
    import json
    rows = [{"a": name, "b": l1, "c": l2, "d": target, "e": actual, "f": float(weight), "g": float(score),
             "h": "招工延后，未达目标" if score != weight else None}
            for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS)]
    out = ["json = {};", "json.head = {};", 'json.head["name"] = "2023年某某县示范项目";',
           'json.head.unit = "\\u4e07\\u5143";', "json.rows = [];"]
    for k, r in enumerate(rows):
        out.append(f"json.rows[{k}] = {{}};")
        out += [f"json.rows[{k}].{n} = {json.dumps(v, ensure_ascii=False)};" for n, v in sorted(r.items())]
    return "\n".join(out) + "\n"


def test_a_gron_print_reads_its_paths_as_a_tree_its_numbered_records_a_table(tmp_path):
    """gron: each line root.path = JSON value;, the paths a tree (a [n] the place of a record in its list), the
    openers no cells, a JSON escape undone, null an empty cell."""
    recs, rows = indicator_rows(_write(tmp_path, _gron()))
    assert [r[0] for r in rows] == [r[0] for r in ROWS] and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _key_lines() -> str:
    """etcdctl get --prefix: the command, then a key line and a value line per key, sorted by bytes; an empty
    value an empty line."""
    kv = {"head/name": "2023年某某县示范项目", "head/unit": "万元"}
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        for n, v in zip("abcdefgh", (l1, l2, name, target, actual, weight, score,
                                     "招工延后，未达目标" if score != weight else "")):
            kv[f"rows/{k:02d}/{n}"] = v
    out = ["$ etcdctl get --prefix /app/2023/x1/"]
    for k in sorted(kv):
        out += [f"/app/2023/x1/{k}", kv[k]]
    return "\n".join(out + ["$ "]) + "\n"


def test_key_and_value_lines_of_a_key_value_store_read_as_a_tree_of_paths(tmp_path):
    """A key line (a path) then its value line: the shared prefix no field's, a number the place of a record;
    an empty value an empty line, not the next key."""
    recs, rows = indicator_rows(_write(tmp_path, _key_lines()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _line_protocol() -> str:
    """influx_inspect export: header comments and DDL, then line protocol ONE FIELD A LINE, sorted by series key;
    tags and fields in Chinese, an escaped blank in a tag, integers with 'i', a quoted string with an escaped quote."""
    out = ["# INFLUXDB EXPORT: 1677-09-21T00:12:43Z - 2262-04-11T23:47:16Z", "# DDL", "CREATE DATABASE x WITH NAME autogen",
           "# DML", "# CONTEXT-DATABASE:x"]
    lines = []
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        key = f"指标,一级指标={l1},二级指标={l2},序号={k:02d}"
        fields = [("三级指标", f'"{name}"'), ("年度指标值", f'"{target}"'), ("实际完成值", f'"{actual}"'),
                  ("分值", f"{weight}i"), ("得分", score)]
        if score != weight:
            fields.append(("偏差原因", '"受\\"招工延后\\"影响"'))
        lines += [f"{key} {n}={v} 1703980800000000000" for n, v in fields]
    lines += ['项目,年度=2023 项目名称="2023年某某县示范项目" 1703980800000000000',
              '项目,年度=2023 金额单位="万元" 1703980800000000000']
    return "\n".join(out + sorted(lines, key=lambda s: s.encode())) + "\n"


def test_line_protocol_points_one_field_a_line_are_one_record_per_series(tmp_path):
    """Line protocol: the fields of one series key and time one record, its tags its first cells; the records of
    one measurement a table, though commas part every line (no .csv)."""
    recs, rows = indicator_rows(_write(tmp_path, _line_protocol()))
    assert sorted(rows) == sorted(ROWS) and sorted(_levels(recs)) == sorted(LEVELS)


def test_line_protocol_records_numbered_by_a_tag_come_in_its_order_not_the_series_keys(tmp_path):
    """The series come in their keys' order, no document's (here the rows' lines reversed, as a key that sorts
    them so would): a tag numbering every record with a distinct whole number gives their order back."""
    head, body = _line_protocol().split("# CONTEXT-DATABASE:x\n")
    lines = body.strip().split("\n")
    text = head + "# CONTEXT-DATABASE:x\n" + "\n".join(sorted(lines, key=lambda s: "序号=" not in s or -int(s.split("序号=")[1][:2]))) + "\n"
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _python2_prints() -> str:
    """A Python 2 script's console: progress lines, then `print` of a labelled head dict and one dict a line per
    row: unicode text with every non-ASCII character a \\uXXXX escape, longs 8L, Decimal('6.72'), None, the keys in
    one hash order."""
    def u(s):
        return "u'" + "".join(c if c.isascii() else "\\u%04x" % ord(c) for c in s) + "'"

    out = ["C:\\x>python export.py", "connecting ... ok",
           "xm: {" + f"{u('金额单位')}: {u('万元')}, {u('项目名称')}: {u('2023年某某县示范项目')}" + "}"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        why = u("招工延后") if score != weight else "None"
        out.append("{" + f"{u('得分')}: Decimal('{score}'), {u('三级指标')}: {u(name)}, {u('一级指标')}: {u(l1)}, "
                   f"{u('年度指标值')}: {u(target)}, {u('序号')}: {k}L, {u('偏差原因')}: {why}, "
                   f"{u('实际完成值')}: {u(actual)}, {u('二级指标')}: {u(l2)}, {u('分值')}: {weight}L" + "}")
    out.append("zf: {" + f"{u('总分')}: 100L, {u('自评得分')}: Decimal('96.72')" + "}")
    return "\r\n".join(out + ["done, 5 records written.", ""])


def test_a_program_printing_one_python_dict_a_line_reads_them_as_records(tmp_path):
    """One dict literal a line (Python 2's repr: u'\\u…' escapes, 8L, Decimal): a run of them a table under
    their keys, a labelled one a record, the lines around them paragraphs."""
    text = _python2_prints()
    assert "产出" not in text and "8L" in text
    recs, rows = indicator_rows(_write(tmp_path, text, "ascii"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def _journal() -> str:
    """journalctl -o verbose: a header line with the cursor per entry, its fields indented NAME=value; a service's
    own fields (A_*) among the journal's trusted ones (_PID …) and the logging's (MESSAGE, PRIORITY); systemd's
    entries with none; the reason sent only where there is one."""
    out = ["-- Journal begins at Mon 2024-01-08 09:12:33 CST, ends at Fri 2024-03-15 10:21:08 CST. --"]

    def entry(k, fields):
        out.append(f"Fri 2024-03-15 10:21:0{k % 10}.{k:06d} CST [s=8c3f;i={k:x};b=4e91;m=1f2a{k:x};t=60dd{k:x};x=5d1e{k:x}]")
        out.extend(["    _BOOT_ID=4e91c2d7", "    PRIORITY=6"] + [f"    {n}={v}" for n, v in fields] + [f"    _PID={100 + k}"])
    entry(1, [("MESSAGE", "Started import."), ("UNIT", "x.service")])
    entry(2, [("MESSAGE", "head"), ("A_NAME", "2023年某某县示范项目"), ("A_MONEY_UNIT", "万元")])
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 3):
        fields = [("MESSAGE", f"row {k}"), ("CODE_LINE", "131"), ("A_L1", l1), ("A_L2", l2), ("A_NAME", name),
                  ("A_TARGET", target), ("A_ACTUAL", actual), ("A_WEIGHT", weight), ("A_SCORE", score)]
        entry(k, fields + ([("A_REASON", "招工延后，未达目标")] if score != weight else []))
    return "\n".join(out) + "\n"


def test_a_verbose_journal_reads_the_entries_carrying_a_services_own_fields_as_records(tmp_path):
    """journalctl -o verbose: the journal's trusted fields ('_'-led) and the logging's (MESSAGE, PRIORITY,
    CODE_LINE) no cells; the entries whose own fields are (nearly) the same names a table, one such entry a record."""
    recs, rows = indicator_rows(_write(tmp_path, _journal()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


# twelve rows (ROWS four times over, numbered): a block long enough that the starts reading finds columns
_PRN_ROWS = [(f"{n}{k // 3 + 1}", *rest) for k, (n, *rest) in enumerate(ROWS * 4)]


def _prn(glued: bool = True) -> str:
    """A form saved by Excel as 'Formatted Text (Space delimited)' in GB18030: cells padded to their columns'
    widths in BYTES, the heads and the words set left, the figures set right so that a column's figures END where
    the next head starts; a score filling its column runs into the reason after it (9受…), as 98.8 into 自评等级."""
    def bw(s):
        return len(s.encode("gb18030"))

    def pad(v, w, right=False):
        return " " * (w - bw(v)) + v if right else v + " " * (w - bw(v))
    W = (14, 26, 40, 22, 20, 8, 8, 140)
    rows = [("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")]
    prev = None
    for (l1, l2), r in zip(LEVELS * 4, _PRN_ROWS):
        rows.append((l1 if l1 != prev else "", l2, *r, "招工延后" if r[3] != r[4] and glued else ""))
        prev = l1
    rows.append(("总分", "", "", "", "", "100", "98", "自评等级：优"))
    lines = ["".join(pad(v, W[k], k in (5, 6) and k and v[:1].isdigit() and n) for k, v in enumerate(row)).rstrip()
             for n, row in enumerate(rows)]
    return "\r\n".join(["项目名称：2023年示范项目", ""] + lines) + "\r\n"


def test_a_prn_save_reads_its_columns_by_its_heads(tmp_path):
    """Heads set left over figures set right share no start: the columns are the head line's, each borne out by its
    cells starting at its head or ending at the next head's start; a figure glued to the text after it is cut where
    the next head starts (the score 6.72 and its reason, 98 and 自评等级：优), never one cell."""
    from tests.text_rows import indicator_rows, written
    recs, rows = indicator_rows(written(tmp_path, _prn(), "gb18030"))
    assert rows == [tuple(r) for r in _PRN_ROWS]
    assert recs.projects[0].total_score_stated.value == 98
    assert recs.indicators[2].reason == "招工延后"


def _isql(heads: list[tuple[str, int, bool]], rows: list[list[str]], wide: int = 80) -> list[str]:
    """Sybase isql's print at -w `wide`: each cell padded to its column's width in UTF-8 BYTES (a number right), one
    space apart; a cell that would pass the width goes on a new line opened by a TAB (a line cut only between cells),
    a cell longer than its column printed whole; NULL for a missing value."""
    size = lambda v: len(v.encode("utf-8"))   # noqa: E731

    def printed(cells):
        out = [" "]
        for (_, w, right), v in zip(heads, cells):
            piece = (" " * (w - size(v)) + v) if right else v + " " * max(0, w - size(v))
            if size(out[-1]) > 1 and size(out[-1]) + 1 + size(piece) > wide:
                out.append("\t ")
            out[-1] += ("" if out[-1] in (" ", "\t ") else " ") + piece
        return [x.rstrip() for x in out]
    lines = []
    for head, rule in zip(printed([h for h, _, _ in heads]), printed(["-" * w for _, w, _ in heads])):
        lines += [head, rule]
    for r in rows:
        lines += printed(r)
    return lines + ["", f"({len(rows)} rows affected)"]


def test_an_isql_print_wrapped_at_80_columns_reads_each_row_from_its_tab_led_lines(tmp_path):
    """isql -w 80: the heads and every row WRAPPED at a cell's edge onto TAB-led lines (a row on three lines), the cells
    padded by BYTES, a cell longer than its column (社会效益指标 in 12) printed whole so that row wraps elsewhere; the
    one-row results (the fund, the total under heads padded by bytes) records. Each row joined from its lines and cut
    at its columns' widths."""
    zb = [("序号", 6, True), ("一级指标", 15, False), ("二级指标", 12, False), ("三级指标", 40, False),
          ("年度指标值", 24, False), ("实际完成值", 24, False), ("分值", 6, True), ("得分", 6, True), ("偏差原因", 40, False)]
    body = [[str(k), l1, l2, name, target, actual, weight, score, "NULL" if score == weight else "招工延后"]
            for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1)]
    zj = [("资金来源", 24, False), ("年初预算数", 16, True), ("全年预算数", 16, True), ("全年执行数", 16, True),
          ("分值", 6, True), ("执行率", 12, False), ("得分", 8, True)]
    text = "\n".join(["1> select * from jxzp_xm", "2> go", " 项目名称", " ----------------------------------------",
                      " 2023年某某县示范项目", "", "(1 row affected)", "1> select * from jxzp_zj", "2> go"]
                     + _isql(zj, [["年度资金总额", "100", "120", "116.4", "10", "97.00%", "9.7"]])
                     + ["1> select * from jxzp_zb", "2> go"] + _isql(zb, body)
                     + ["1> select 总分, 自评得分 from jxzp_xm", "2> go", " 总分   自评得分", " -------- ------------",
                        "      100        96.72", "", "(1 row affected)", "1> quit", ""])
    assert "\n\t 年度指标值" in text and "\n\t 招工延后" in text and "\n\t 带动就业" in text
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == ROWS and _levels(recs) == LEVELS and recs.indicators[2].reason == "招工延后"
    p = recs.projects[0]
    assert (float(p.exec_rate_stated.value), float(p.fund_weight.value), float(p.fund_score.value)) == (97, 10, 9.7)
    assert float(p.total_score_stated.value) == 96.72


def test_a_kcat_consume_reads_its_records_by_the_schema_message_in_the_keys_order(tmp_path):
    """kcat -f '%p %o k=%k\\t%s\\n' over a topic of three partitions: a line per message, its envelope (partition,
    offset, key) before a TAB, the partitions INTERLEAVED so the rows come out of order, the records '|'-separated,
    a SCHEMA message naming each kind's fields (xm=…;zb=…); kcat's '% Reached end' lines among them. Each kind read
    under its fields (the project of one record its record), the rows in their keys' order; a message of no kind
    said, not read."""
    rows = [f"{k}|{l1}|{l2}|{name}|{target}|{actual}|{weight}|{score}|{'' if score == weight else '招工延后'}"
            for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1)]
    text = "\n".join([
        "p1 o0 k=zb-02\t" + rows[1],
        "p0 o0 k=schema\txm=项目名称|金额单位;zb=序号|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因",
        "p0 o1 k=zb-03\t" + rows[2], "p2 o0 k=xm\t2023年某某县示范项目|万元",
        "% Reached end of topic jx [0] at offset 2", "p2 o1 k=zb-01\t" + rows[0], "p1 o1 k=qt-01\t备注|其他",
        "% Reached end of topic jx [1] at offset 2: exiting", ""])
    recs, got = indicator_rows(_write(tmp_path, text))
    assert got == ROWS and _levels(recs) == LEVELS and recs.indicators[2].reason == "招工延后"
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"
    from jixiao.extract import read_document
    assert any("消息队列" in w and "第7行" in w for w in read_document(_write(tmp_path, text)).warnings)


def test_dbaccess_one_row_under_heads_a_blank_line_above_it_is_a_record_when_it_fills_every_head(tmp_path):
    """1447: dbaccess's total, ONE row under its heads a blank line above it (总分 | 自评得分 | 自评等级, a number set
    right under its head's end, a word left at its head's start, GB18030 bytes): a record (its label：value lines)
    where the row fills every head with one word, none joined; 总分 beside the labelled score is the full marks."""
    text = "\n".join(["Database selected.", "", "", "  总分 自评得分 自评等级", "", "100.00    96.72 优", "",
                      "1 row(s) retrieved.", "", "Database closed.", ""])
    from jixiao.extract import read_document
    doc = read_document(_write(tmp_path, text, "gb18030"))
    assert [b.text for b in doc.paragraphs() if "：" in b.text] == ["总分：100.00", "自评得分：96.72", "自评等级：优"]
    # a rule of underscores over values (MATLAB's table display) is no heads
    text = "\n".join(["  1×3 table", "", "    项目名称    年度    单位", "    ________    ____    ____", "",
                      "    {'某项目'}    2023    {'万元'}", ""])
    assert not [b for b in read_document(_write(tmp_path, text)).paragraphs() if b.text.startswith("________")
                and "：" in b.text]


def _logseq() -> str:
    """A Logseq page: page properties at the margin, '- ' blocks indented by tabs, each block's 'key:: value'
    properties under it (its tabs and two spaces), the rows' figures the 三级 blocks' properties, an id:: on one."""
    out = ["title:: 2023年某某县示范项目绩效自评", "", "- 基本情况", "\t- 项目", "\t  项目名称:: 2023年某某县示范项目",
           "\t  主管部门:: 某某县农业农村局",
           "- 年度绩效指标"]
    prev = ("", "")
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        if l1 != prev[0]:
            out.append(f"\t- {l1}")
        if (l1, l2) != prev:
            out.append(f"\t\t- {l2}")
        prev = (l1, l2)
        out += [f"\t\t\t- {name}", f"\t\t\t  年度指标值:: {target}", f"\t\t\t  实际完成值:: {actual}",
                f"\t\t\t  分值:: {weight}", f"\t\t\t  得分:: {score}"]
    return "\n".join(out) + "\n"


def test_an_outliners_page_of_blocks_reads_their_properties_as_fields(tmp_path):
    """Logseq: a block a node of a text tree, its 'key:: value' properties its label：value leaves."""
    recs, rows = indicator_rows(_write(tmp_path, _logseq()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"


def test_a_text_save_cutting_each_row_after_its_last_cell_keeps_a_row_with_a_reason_in_its_table(tmp_path):
    """Excel's 'Text' saves write each row only up to its last filled cell: under an eight-cell header the rows
    without a 偏差原因 are seven fields and the shortfall's row, its reason quoted over two lines, eight. A row's
    width is then its contents', no new table: the wider row between narrower ones stays in its table (it was a
    table of its own, dropped unsaid)."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    rows = [(("产出指标", "数量指标"), ("新建步道", "≥10公里", "10.5公里", "6", "6"))] + list(zip(LEVELS, ROWS)) \
        + [(("满意度指标", "服务对象满意度指标"), ("群众满意度", "≥90%", "95%", "8", "8"))]
    lines = ["项目名称\t示范项目", "金额单位：万元", "", "\t".join(head)]
    prev = None
    for (l1, l2), (name, target, actual, weight, score) in rows:
        cells = [l1 if l1 != prev else "", l2, name, target, actual, weight, score]
        if score != weight:
            cells.append('"降雨偏多，\n未达目标"')
        lines.append("\t".join(cells))
        prev = l1
    lines += ["总分\t\t\t\t\t100\t98.72"]
    recs, got = indicator_rows(_write(tmp_path, "\r".join(lines) + "\r", "gb18030"))
    assert [(n, t, a, wt, str(Decimal(s).normalize())) for n, t, a, wt, s in got] == \
        [(n, t, a, wt, str(Decimal(s).normalize())) for _, (n, t, a, wt, s) in rows]
    assert _levels(recs) == [lv for lv, _ in rows]


def test_a_json_body_logged_in_pieces_behind_one_log_prefix_is_joined_and_said(tmp_path):
    """An app logs a request's JSON in pieces of so many characters, one logcat line each behind its prefix (the
    clock running on), other sources' lines between them: the tails of the lines under the first piece's prefix,
    joined, are the document (the pieces were read as prose: no row, nothing said of them)."""
    import json
    names = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    body = json.dumps({"项目名称": "2023年某某县示范项目", "主管部门": "某某县农业农村局",
                       "指标": [dict(zip(names, (l1, l2) + r)) for (l1, l2), r in zip(LEVELS, ROWS)],
                       "总分": 100, "自评得分": 98.72}, ensure_ascii=False, separators=(",", ":"))
    pieces = [body[i:i + 150] for i in range(0, len(body), 150)]
    assert len(pieces) >= 3
    lines = ["03-19 09:41:08.215 12877 12931 D Submit: 开始提交"]
    for k, piece in enumerate(pieces):
        lines.append(f"03-19 09:41:08.{216 + k} 12877 12931 D Submit: " + ("请求体: " if k == 0 else "") + piece)
        lines.append(f"03-19 09:41:08.{216 + k}  1523  1540 I ActivityManager: Start proc {k}")
    lines.append("03-19 09:41:08.933 12877 12931 E Submit: 提交失败: HTTP 500")
    from jixiao.extract import read_document
    path = _write(tmp_path, "\r\n".join(lines) + "\r\n")
    recs, got = indicator_rows(path)
    assert got == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert any("已去掉前缀接回读取" in w for w in read_document(path).warnings)
