"""Text as it comes, forty-seventh round (set 1864-1869): a GBK CSV opened as Windows-1252 and saved again as UTF-8,
a log of rows printed as Python bytes literals, a TWiki / Foswiki topic's TML tables, a sqlite3 -quote -echo run's
echoed statements, an XBRL instance whose facts are grouped by concept."""
import csv
import io

from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _sheet() -> list[list[str]]:
    return [["项目名称", "某项目", "", "", "", "", "", ""], HEAD, *body_rows()]


def _as_1252(s: str) -> str:
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                   for b in s.encode("gbk"))


def test_a_gbk_csv_opened_as_windows_1252_and_saved_again_reads_as_its_gbk_text(tmp_path):
    """项目名称 as ÏîÄ¿Ãû³Æ in a UTF-8 file: nothing was read (no Chinese character in the text)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([[_as_1252(c) for c in r] for r in _sheet()])
    f = written(tmp_path, buf.getvalue())
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("Windows-1252" in w and "GBK" in w for w in read_document(f).warnings)


def test_a_latin_text_with_a_few_accented_words_is_no_gbk_mojibake():
    from jixiao.extract.text_repair import gbk_as_1252
    assert gbk_as_1252("Café crème, naïve résumé; São Paulo") is None
    assert gbk_as_1252("项目 ÏîÄ¿ ÏîÄ¿ ÏîÄ¿") is None      # a text with Chinese of its own is read as it is


def test_rows_logged_as_python_bytes_literals_read_as_their_text(tmp_path):
    """'… - DEBUG - row 3: b'\\xe9\\xa1\\xb9…\\t…'': the rows were escapes, nothing read."""
    lines = ["2024-03-21 09:14:02,118 - sync - INFO - open D:\\a.xlsx"]
    lines += [f"2024-03-21 09:14:02,{200 + k} - sync - DEBUG - row {k}: " + repr("\t".join(r).encode("utf-8"))
              for k, r in enumerate(_sheet(), 1)]
    f = written(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("字节串" in w for w in read_document(f).warnings)


def test_twiki_tables_spans_by_caret_and_empty_cells_and_bold_heads(tmp_path):
    """'| *一级指标* | … |', a '^' cell covered by the cell above, '||' spanning the cell before: the '^' cells were
    read as the levels' text and the *bold* heads went unrecognised."""
    rows = body_rows()
    out = ["---+ 自评表", "", "| *项目名称* | 某项目 |||", "", "| " + " | ".join(f"*{h}*" for h in HEAD) + " |"]
    for k, r in enumerate(rows):
        l1 = "^" if k and (r[0] == "" ) else r[0]
        out.append("| " + " | ".join([l1, *r[1:7], r[7] or " "]) + " |")
    f = written(tmp_path, "\n".join(out) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects[0].name == "某项目"


def test_statements_a_database_shell_echoed_before_its_quoted_results_are_no_rows(tmp_path):
    """sqlite3 -header -quote -echo: each SELECT …; line was split at its commas into a row over the result, the
    last result was joined to the indicator table, and a bare NULL was read as the text 'NULL'."""
    q = lambda v: v if v.replace(".", "", 1).isdigit() else "'" + v + "'"
    out = ["SELECT a AS 项目名称, b AS 年度 FROM xm;", "'项目名称','年度'", "'某项目',2023",
           "SELECT yj AS 一级指标, ej AS 二级指标, sj AS 三级指标, mb AS 年度指标值, wc AS 实际完成值, fz AS 分值, df AS 得分 FROM zb;",
           ",".join(q(h) for h in HEAD)]
    for (l1, l2), r in zip(LEVELS, ROWS):
        out.append(",".join(q(v) for v in (l1, l2, *r)) + ("," + q("降雨偏多") if r[3] != r[4] else ",NULL"))
    out += ["SELECT zf AS 总分, dj AS 自评等级 FROM zp;", "'总分','自评等级'", "98.8,'优'"]
    f = written(tmp_path, "\r\n".join(out) + "\r\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert str(recs.projects[0].total_score_stated.value) == "98.8"
    assert [i.reason for i in recs.indicators] == ["", "", "降雨偏多"]     # a bare NULL is SQL's no value
    assert any("SQL 语句" in w for w in read_document(f).warnings)


def test_an_xbrl_instances_facts_grouped_by_concept_read_as_records_by_their_context(tmp_path):
    """Facts tied to rows only by contextRef, all the rows' 三级指标 together: nothing was read."""
    names = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    ctx = '<xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier></xbrli:entity>'
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" '
           'xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:j="http://example.org/j">',
           f'<xbrli:context id="P">{ctx}</xbrli:context>']
    out += [f'<xbrli:context id="R{k}">{ctx}</xbrli:context>' for k in range(len(ROWS))]
    out += ['<xbrli:unit id="CNY"><xbrli:measure>iso4217:CNY</xbrli:measure></xbrli:unit>',
            '<j:项目名称 contextRef="P">某项目</j:项目名称>',
            '<j:年初预算数 contextRef="P" unitRef="CNY" decimals="2">1000000.00</j:年初预算数>',
            '<j:全年预算数 contextRef="P" unitRef="CNY" decimals="2">1000000.00</j:全年预算数>',
            '<j:全年执行数 contextRef="P" unitRef="CNY" decimals="2">950000.00</j:全年执行数>']
    for n, name in enumerate(names):
        for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS)):
            out.append(f'<j:{name} contextRef="R{k}">{(l1, l2, *r)[n]}</j:{name}>')
    out.append("</xbrli:xbrl>")
    f = written(tmp_path, "\n".join(out) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects[0].money_unit == "元"
    assert any("XBRL" in w for w in read_document(f).warnings)
