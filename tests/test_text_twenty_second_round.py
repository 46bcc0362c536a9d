"""Text as it comes, twenty-second round (issue 21): Ruby's pp in an IRB session (BigDecimals as they inspect), an
OCaml toplevel's values (every byte past ASCII a decimal escape), sqlcmd's output padded in characters."""
from decimal import Decimal

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _bigdecimal(text: str) -> str:
    """BigDecimal#inspect: 0.<digits>e<exponent> (8 → 0.8e1, 6.72 → 0.672e1)."""
    sign, digits, exp = Decimal(text).normalize().as_tuple()
    ds = "".join(map(str, digits))
    return f"0.{ds}e{len(ds) + exp}"


def test_ruby_pp_of_sequel_rows_reads_symbol_keys_nil_and_bigdecimals_as_inspected(tmp_path):
    """pp in IRB: an array of hashes broken one pair a line under the brace, Ruby 3.4's symbol keys (一级指标: …),
    nil an empty cell, a BigDecimal as it inspects (0.8e1 is 8, 0.672e1 is 6.72), a #<Date …> its day; the project
    hash's pairs are the form's label：value lines."""
    out = ['irb(main):001> pp DB[:xm].first; nil',
           '{项目名称: "2023年某某县示范项目",', ' 主管部门: "某某县农业农村局",', " 金额单位: \"万元\",",
           " 填报日期: #<Date: 2024-03-12 ((2460382j,0s,0n),+0s,2299161j)>}", "=> nil",
           "irb(main):002> pp DB[:zb].order(:序号).all; nil"]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        lead, last = ("[{", "},") if k == 0 else (" {", "}]" if k == len(ROWS) - 1 else "},")
        out += [f"{lead}序号: {k + 1},", f'  一级指标: "{l1}",', f'  二级指标: "{l2}",', f'  三级指标: "{name}",',
                f'  年度指标值: "{target}",', f'  实际完成值: "{actual}",', f"  分值: {_bigdecimal(weight)},",
                f"  得分: {_bigdecimal(score)},", f"  偏差原因: nil{last}"]
    out += ["=> nil", "irb(main):003> exit", ""]
    text = "\n".join(out)
    assert "得分: 0.672e1" in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def _ml(text: str) -> str:
    return '"' + "".join(chr(b) if 32 <= b < 127 and b not in (34, 92) else f"\\{b:03d}" for b in text.encode()) + '"'


def test_an_ocaml_toplevel_reads_records_whose_strings_are_escaped_byte_by_byte(tmp_path):
    """The toplevel prints a string by String.escaped: every byte past ASCII a three-digit decimal escape, a digit
    straight after one (≥20 is \\226\\137\\16520); records {f = v; …} over lines, a list [a; b], Some x the value,
    None an empty cell, a whole float 8. ; a list of records is a table, a record's fields label：value lines."""
    out = ["        OCaml version 4.14.1", "", "# f.project;;", "- : Jxzp.project =",
           f"{{name = {_ml('2023年某某县示范项目')};", f" department = {_ml('某某县农业农村局')}; year = 2023}}",
           "# f.indicators;;", "- : Jxzp.indicator list ="]
    prev = None
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        a = None if prev and prev[0] == l1 else l1
        b = None if prev == (l1, l2) else l2
        prev = (l1, l2)
        out += [("[" if k == 0 else " ") + f"{{seq = {k + 1}; level1 = {'Some ' + _ml(a) if a else 'None'};",
                f"  level2 = {'Some ' + _ml(b) if b else 'None'};", f"  name = {_ml(name)};",
                f"  target = {_ml(target)}; actual = {_ml(actual)};",
                f"  weight = {weight}.; score = {score if '.' in score else score + '.'}; deviation = None}}"
                + ("]" if k == len(ROWS) - 1 else ";")]
    out += ["# #quit;;", ""]
    text = "\n".join(out)
    assert "\\226\\137\\16520" in text and "建设" not in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_sqlcmd_output_padded_to_a_count_of_characters_reads_by_its_dash_runs(tmp_path):
    """sqlcmd pads every cell to its column's declared size COUNTED IN CHARACTERS (a Chinese character one), one
    space between, dashes under the names: on screen the columns lean, counted in characters every line leaves the
    places between the dash runs blank; a one-row result (the project) likewise."""
    def table(cols, rows):
        w = [max(len(n), size) for n, size, _ in cols]
        fit = lambda v, k: v.rjust(w[k]) if cols[k][2] else v.ljust(w[k])   # noqa: E731
        return ([" ".join(n.ljust(w[k]) for k, (n, _, _) in enumerate(cols)), " ".join("-" * x for x in w)]
                + [" ".join(fit(v, k) for k, v in enumerate(r)) for r in rows] + ["", f"({len(rows)} rows affected)", ""])
    out = ["Changed database context to 'JXZP'."]
    out += table([("项目名称", 30, False), ("主管部门", 20, False), ("金额单位", 10, False)],
                 [["2023年某某县示范项目", "某某县农业农村局", "万元"]])
    body = [[str(k + 1), l1, l2, name, target, actual, f"{Decimal(weight):.2f}", f"{Decimal(score):.2f}", "NULL"]
            for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS))]
    out += table([("序号", 11, True), ("一级指标", 10, False), ("二级指标", 10, False), ("三级指标", 30, False),
                  ("年度指标值", 20, False), ("实际完成值", 20, False), ("分值", 7, True), ("得分", 7, True),
                  ("偏差原因", 40, False)], body)
    recs, rows = indicator_rows(_write(tmp_path, "\r\n".join(out)))
    assert [r[:3] for r in rows] == [r[:3] for r in ROWS] and _levels(recs) == LEVELS
    assert [Decimal(r[4]) for r in rows] == [Decimal(r[4]) for r in ROWS]
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_an_ocaml_value_cut_by_the_toplevel_is_said_not_read_short(tmp_path):
    """Past #print_length (100 steps by default) the toplevel prints '...' for the rest of a value: the list is not
    read as the rows shown, and a warning names the line where the toplevel cut it."""
    from jixiao.extract import read_document
    out = ["# f.project;;", "- : Jxzp.project =", f"{{name = {_ml('2023年某某县示范项目')};",
           f" department = {_ml('某某县农业农村局')}; year = 2023}}", "# f.indicators;;", "- : Jxzp.indicator list ="]
    for k, (name, target, actual, weight, score) in enumerate(ROWS[:2]):
        out += [("[" if k == 0 else " ") + f"{{seq = {k + 1}; level1 = None; level2 = None;", f"  name = {_ml(name)};",
                f"  target = {_ml(target)}; actual = {_ml(actual)};", f"  weight = {weight}.; score = {score}.;",
                "  deviation = None};"]
    out += [" ...]", "# #quit;;", ""] + [""] * 6
    doc = read_document(_write(tmp_path, "\n".join(out)))
    assert any("OCaml 顶层只显示了该值的一部分" in w and f"第{out.index(' ...]') + 1}行" in w for w in doc.warnings)
    assert not doc.tables()
