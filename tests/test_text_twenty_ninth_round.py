"""Text as it comes, twenty-ninth round (issue 21, set 1408-1413): a Hive table's text file (fields apart by ^A)
under its describe answer."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _full_rows() -> list[list[str]]:
    """The rows with both levels on every row (a database keeps them so)."""
    return [[l1, l2, *r] for (l1, l2), r in zip(LEVELS, ROWS)]


def _desc(names: list[str], types: list[str]) -> list[str]:
    """Hive's `desc t` answer: the name and the type each padded to twenty characters and a tab, no comment."""
    return [n.ljust(20) + "\t" + t.ljust(20) + "\t" for n, t in zip(names, types)]


def test_a_hive_text_file_apart_by_ctrl_a_reads_under_its_describe_answer(tmp_path):
    """`hdfs dfs -cat` of a Hive table's file puts ^A (\\x01) between fields and \\N for NULL: a data file, not a
    binary one; its rows read by the column names the describe answer above lists (log lines between), the
    describe lines no table of their own, and the reader says the fields were split by the control character."""
    types = ["string"] * 5 + ["int", "double", "string"]
    rows = _full_rows()
    lines = ["===== 导出 ods.zbwc ====="] + _desc(HEAD, types)
    lines += ["2024-03-18 10:21:19,482 WARN util.NativeCodeLoader: Unable to load native-hadoop library"]
    lines += ["\x01".join(r + ["\\N"]) for r in rows]
    f = _write(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == [tuple(r[2:7]) for r in rows] and _levels(recs) == LEVELS
    doc = read_document(f)
    assert any("^A" in w and "3行" in w for w in doc.warnings)
    assert not any("string" in c.text for t in doc.tables() for c in t.cells)


def test_a_run_of_control_characters_of_uneven_counts_stays_binary(tmp_path):
    """Control characters in no table's pattern (runs of lines holding them unevenly) are no field separator."""
    f = tmp_path / "b.txt"
    f.write_bytes(("a\x01b\x01c\nd\x01e\n" * 40).encode())
    try:
        read_document(f)
    except Exception as e:      # noqa: BLE001
        assert "二进制" in str(e)
    else:
        raise AssertionError("read as text")


def test_one_control_character_in_a_sentence_is_no_field_separator(tmp_path):
    """A stray ^A in one line of prose is no data file: the sentence is read as a paragraph, not cut into cells
    (a table of two cells lost the JX202 slip written in it)."""
    f = tmp_path / "s.txt"
    f.write_text("执行率=174.83/178.95*100%=97.14%，说明含\x01控制字符。\n", encoding="utf-8")
    doc = read_document(f)
    assert not doc.tables()
    assert any("97.14%" in p.text for p in doc.paragraphs())

def _np_float(v: str) -> str:
    """A float as numpy prints it in a record: 8.0 as '8.', 6.72 as is."""
    return v + "." if "." not in v else v


def test_a_numpy_structured_array_reads_by_the_names_in_its_dtype(tmp_path):
    """numpy's repr of a structured array prints each record as a tuple on its own line and names the fields only
    in the dtype after the records: the names head the rows, nan and '' are empty cells (the levels below the
    first of their run), 8. is 8; an array of one record is its fields' label：value lines."""
    rows = _full_rows()
    recs_text = []
    for k, r in enumerate(rows):
        l1 = "" if k and rows[k - 1][0] == r[0] else r[0]
        recs_text.append("(%d, '%s', '%s', '%s', '%s', '%s', %s, %s, nan)"
                         % (k + 1, l1, r[1], r[2], r[3], r[4], _np_float(r[5]), _np_float(r[6])))
    lines = [">>> d['xm']", "array([('2023年某县示范项目', '某县农业农村局')],",
             "      dtype=[('项目名称', '<U10'), ('主管部门', '<U7')])", ">>> d['zb']"]
    lines += ["array([" + ",\n       ".join(recs_text) + "],"]
    lines += ["      dtype=[('序号', '<i8'), " + ", ".join(f"('{h}', '<U9')" for h in HEAD[:5])
              + ", ('分值', '<f8'), ('得分', '<f8'), ('偏差原因', '<f8')])"]
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert got == [tuple(r[2:7]) for r in rows] and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年某县示范项目"]


def test_an_oracle_export_names_its_coded_columns_by_comment_on_statements(tmp_path):
    """SQL Developer's export: CREATE TABLE with columns in pinyin codes, what each means only in a COMMENT ON
    COLUMN statement of its own, REM lines (SQL*Plus's comments) and SET DEFINE OFF; before the INSERTs. The
    rows read under the comments' names."""
    codes = ["YJZB", "EJZB", "SJZB", "NDZBZ", "SJWCZ", "FZ", "DF", "PCYY"]
    lines = ['  CREATE TABLE "JX"."ZBWC" ', "   (\t" + ", \n\t".join(f'"{c}" VARCHAR2(60 BYTE)' for c in codes),
             '   ) SEGMENT CREATION IMMEDIATE ', "  STORAGE(INITIAL 65536 NEXT 1048576", '  BUFFER_POOL DEFAULT)',
             '  TABLESPACE "USERS" ;', ""]
    lines += [f'   COMMENT ON COLUMN "JX"."ZBWC"."{c}" IS \'{h}\';' for c, h in zip(codes, HEAD)]
    lines += ['   COMMENT ON TABLE "JX"."ZBWC"  IS \'绩效指标\';', "REM INSERTING into JX.ZBWC", "SET DEFINE OFF;"]
    rows = _full_rows()
    for r in rows:
        vals = ",".join([f"'{v}'" for v in r[:5]] + [r[5], r[6], "null"])
        lines.append(f"Insert into JX.ZBWC ({','.join(codes)}) values ({vals});")
    recs, got = indicator_rows(_write(tmp_path, "\r\n".join(lines) + "\r\n"))
    assert got == [tuple(r[2:7]) for r in rows] and _levels(recs) == LEVELS


def _rich(heads: list[str], widths: list[int], rows: list[list[str]]) -> list[str]:
    """A rich table as text: a heavy head box, the body's cells cut to their column's width in display columns
    over as many lines as they need, the other cells blank there, no rule between rows."""
    def width(s):
        return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)

    def fold(s, w):
        out, cur = [], ""
        for ch in s:
            if width(cur + ch) > w:
                out, cur = out + [cur], ""
            cur += ch
        return out + [cur]

    def line(cells):
        return "│" + "│".join(" " + c + " " * (w - width(c)) + " " for c, w in zip(cells, widths)) + "│"
    out = ["┏" + "┳".join("━" * (w + 2) for w in widths) + "┓",
           "┃" + "┃".join(" " + h + " " * (w - width(h)) + " " for h, w in zip(heads, widths)) + "┃",
           "┡" + "╇".join("━" * (w + 2) for w in widths) + "┩"]
    for r in rows:
        folded = [fold(c, w) for c, w in zip(r, widths)]
        for i in range(max(len(f) for f in folded)):
            out.append(line([f[i] if i < len(f) else "" for f in folded]))
    return out + ["└" + "┴".join("─" * (w + 2) for w in widths) + "┘"]


def test_folded_cells_of_a_numbered_box_without_row_rules_join_their_row(tmp_path):
    """rich folds a long cell over the next lines of its column with no rule between rows: the 序号 column
    numbering the rows 1, 2, 3 marks where each starts, and the lines between go on the row above (the names and
    the levels whole: 效益 / 指标, 建设 / 示范点)."""
    rows = [[str(k)] + r[:7] for k, r in enumerate(_full_rows(), 1)]
    lines = _rich(["序号"] + HEAD[:7], [4, 4, 8, 6, 10, 10, 4, 4], rows)
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert [(n.replace("\n", ""), *rest) for n, *rest in got] == [tuple(r[3:8]) for r in rows]
    assert [(a.replace("\n", ""), b.replace("\n", "")) for a, b in _levels(recs)] == LEVELS


def _perl_report(rows: list[list[str]], per_page: int) -> list[str]:
    """A Perl format / write report under `use utf8`: each page a title with its number, the heads and a rule of
    dashes one space apart, the fields padded by CHARACTER count; per_page rows a page, a form feed before the
    next page's head."""
    cw = [4, 6, 10, 8, 8, 5, 5]

    def line(vals):
        return " ".join(v.rjust(cw[j]) if j >= 5 else v.ljust(cw[j]) for j, v in enumerate(vals)).rstrip()

    out = []
    for p in range(0, len(rows), per_page):
        top = ["        某县示范项目绩效指标完成情况    第 %d 页" % (p // per_page + 1), line(HEAD[:7]),
               " ".join("-" * w for w in cw)]
        out += (["\f" + top[0]] + top[1:]) if p else top
        out += [line(r[:7]) for r in rows[p:p + per_page]]
    return out


def test_a_report_padded_by_characters_under_a_page_head_repeated_after_a_form_feed(tmp_path):
    """Perl's write pads each field to a count of characters (a CJK character one): the columns line up only
    counted so, under the dash runs. The title above the heads is no row of the table, and the page head printed
    again after a form feed (title, heads, rule) is no row either: the table runs on across the page."""
    rows = _full_rows()
    lines = ["项目名称：某县示范项目", ""] + _perl_report(rows, 2) + ["", "总分：100"]
    f = _write(tmp_path, "\r\n".join(lines) + "\r\n", "gb18030")
    recs, got = indicator_rows(f)
    assert got == [tuple(r[2:7]) for r in rows] and _levels(recs) == LEVELS


def _listing(names: list[str], rows: list[list[str]]) -> list[str]:
    """FoxPro's LIST TO FILE: 'Record#' and the names, a line per record (its number right-aligned in seven), the
    fields one space apart padded to the wider of the field and its name in GBK bytes."""
    def gbk(s):
        return len(s.encode("gbk"))
    w = [max(gbk(r[j]) for r in [names] + rows) for j in range(len(names))]

    def pad(s, n, right=False):
        return " " * (n - gbk(s)) + s if right else s + " " * (n - gbk(s))
    return ["", "Record#  " + " ".join(pad(n, w[j]) for j, n in enumerate(names)).rstrip()] + \
        [("%7d  " % k) + " ".join(pad(c, w[j], c[:1].isdigit() or c == ".NULL.") for j, c in enumerate(r)).rstrip()
         for k, r in enumerate(rows, 1)]


def test_a_foxpro_listing_reads_by_its_names_its_memo_said_unread(tmp_path):
    """A LIST's head line 'Record#' and the names over records numbered 1, 2, 3 …: each record's fields under the
    names (the record numbers no column), a one-record listing its name：value lines, .NULL. empty; a memo field
    prints only 'Memo' (text not listed) or 'memo': the column is left out and the reader says how many memos
    went unread (no reason read as missing)."""
    rows = _full_rows()
    lines = _listing(["项目名称", "主管部门"], [["2023年某县示范项目", "某县农业农村局"]])
    lines += _listing(["序号", *HEAD[:7], "偏差原因分"],
                      [[str(k), *r[:7], "Memo" if r[5] != r[6] else "memo"] for k, r in enumerate(rows, 1)])
    f = _write(tmp_path, "\r\n".join(lines) + "\r\n", "gbk")
    recs, got = indicator_rows(f)
    assert got == [tuple(r[2:7]) for r in rows] and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年某县示范项目"]
    assert all(not i.reason for i in recs.indicators)
    assert any("Memo" in w and "1条" in w for w in read_document(f).warnings)
