"""Text as it comes, twenty-eighth round (issue 21, set 1384-1389): a 达梦 disql answer padded by GB18030 bytes, a
Hive beeline answer (heads qualified by the table's name, NULL cells), heads over one row of values (a project's
head, a total), an Elasticsearch console's requests and answers, a Kettle 写日志 log."""
import json

from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows as _body_rows, indicator_rows, levels as _levels, written as _write


HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _full_rows() -> list[list[str]]:
    """The rows with both levels on every row (a database keeps them so)."""
    return [[l1, l2, *r] for (l1, l2), r in zip(LEVELS, ROWS)]


def _disql(heads: list[str], rows: list[list[str]]) -> list[str]:
    """A disql answer: 行号 first, each column padded to its widest cell in GB18030 BYTES, dash runs one space
    apart under the heads."""
    body = [[str(k)] + r for k, r in enumerate(rows, 1)]
    head = ["行号"] + heads
    w = [max(10 if j == 0 else 0, *(len(r[j].encode("gb18030")) for r in [head] + body)) for j in range(len(head))]

    def line(r):
        return " ".join(c + " " * (w[j] - len(c.encode("gb18030"))) for j, c in enumerate(r)).rstrip()
    return ["", line(head), " ".join("-" * x for x in w)] + [line(r) for r in body] + ["", "已用时间: 1.2(毫秒). 执行号:601."]


def test_a_disql_answer_padded_by_gb18030_bytes_reads_its_columns(tmp_path):
    """≥ is one column on a screen and two bytes in GB18030: a print padded by the code page's bytes lines up
    only counted so, and its cells stay in their columns (the deadline's target no longer swallows the actual)."""
    rows = _full_rows()
    rows[1][3] = "2023年4月30日前"
    rows[1][4] = "2023年4月21日"
    text = "\r\n".join(["SQL> select * from JXZB;"] + _disql(HEAD[:-1], [r[:7] for r in rows])) + "\r\n"
    recs, got = indicator_rows(_write(tmp_path, text, "gb18030"))
    want = [tuple(r[2:7]) for r in rows]
    assert got == want and _levels(recs) == LEVELS


def _beeline(table: str, heads: list[str], rows: list[list[str]]) -> list[str]:
    """A beeline table: heads qualified by the table's name, cells padded by characters, NULL for a null."""
    heads = [f"{table}.{h}" for h in heads]
    body = [["NULL" if c == "" else c for c in r] for r in rows]
    w = [max(len(r[j]) for r in [heads] + body) for j in range(len(heads))]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    return [rule, "| " + " | ".join(h.ljust(w[j]) for j, h in enumerate(heads)) + " |", rule] + \
        ["| " + " | ".join(c.ljust(w[j]) for j, c in enumerate(r)) + " |" for r in body] + [rule]


def test_heads_qualified_by_the_tables_name_and_null_cells(tmp_path):
    """select * under beeline heads every column ods_x.资金来源: the table's name before the dot is no part of the
    head, so the fund table reads by its heads; NULL in the merged level cells and the parts' empty cells is
    an empty cell, not a code the text never explains."""
    lines = ["0: jdbc:hive2://h:10000/db> select * from ods_zj;"]
    lines += _beeline("ods_zj", ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                      [["年度资金总额", "600.0", "620.0", "613.8", "10.0", "99.00%", "9.9"],
                       ["其中：财政拨款", "600.0", "620.0", "613.8", "", "", ""]])
    lines += ["2 rows selected (0.3 seconds)", "0: jdbc:hive2://h:10000/db> select * from ods_zb;"]
    lines += _beeline("ods_zb", HEAD, _body_rows()) + ["3 rows selected (0.4 seconds)"]
    f = _write(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS
    p = recs.projects[0]
    assert [f.raw for f in (p.budget_full_year, p.executed, p.fund_score)] == ["620.0", "613.8", "9.9"]
    assert not [w for w in recs.warnings if "NULL" in w]


def _access(heads: list[str], rows: list[list[str]]) -> list[str]:
    """An Access export with formatting: a dashed rule after every row, cells padded by GBK bytes."""
    w = [max(len(r[j].encode("gbk")) for r in [heads] + rows) for j in range(len(heads))]
    rule = "-" * (sum(w) + 3 * len(heads) + 1)

    def line(r):
        return "|" + "|".join(" " + c + " " * (w[j] - len(c.encode("gbk"))) + " " for j, c in enumerate(r)) + "|"
    out = [rule, line(heads), rule]
    for r in rows:
        out += [line(r), rule]
    return out


def test_heads_over_one_row_of_values_name_the_project_and_state_the_total(tmp_path):
    """项目编号 | 项目名称 | 主管部门 | 实施单位 over one row of values: each head's value stands under it (the head
    beside a head is no value of it), and 总分 | 自评得分 | 自评等级 over 100 | 98.9 | 优 states the total and
    the grade as the two lines of a print would."""
    lines = ["项目信息"] + _access(["项目编号", "项目名称", "主管部门", "实施单位"],
                               [["4604002023NY015", "2023年某某市示范项目", "某某市农业农村局", "某某市农业服务中心"]])
    lines += ["", "绩效指标"] + _access(HEAD, [[c or "" for c in r] for r in _body_rows()])
    lines += ["", "自评结果"] + _access(["总分", "自评得分", "自评等级"], [["100", "98.9", "优"]])
    recs, got = indicator_rows(_write(tmp_path, "\r\n".join(lines) + "\r\n", "gbk"))
    assert got == ROWS
    p = recs.projects[0]
    assert (p.name, p.department, p.agency) == ("2023年某某市示范项目", "某某市农业农村局", "某某市农业服务中心")
    assert (str(p.total_score_stated.value), p.grade_stated) == ("98.9", "优")


def _es(obj) -> list[str]:
    return json.dumps(obj, ensure_ascii=False, indent=2).replace('": ', '" : ').split("\n")


def test_a_search_consoles_requests_to_two_indices_and_their_hits(tmp_path):
    """Kibana's console: GET one index's _search with its body and the answer, then another index's: each
    request's documents are their own tree (no request body taken for the data); a hit's _source is its
    record beside _index / _id / _score / sort; the one hit of the project index its head's fields."""
    head = {"项目名称": "2023年某某县示范项目", "主管部门": "某某县农业农村局", "预算年度": 2023,
            "资金情况": [{"资金来源": "年度资金总额", "全年预算数": 380, "全年执行数": 368.6, "执行率": "97.00%"},
                     {"资金来源": "其他资金", "全年预算数": 0, "全年执行数": 0, "执行率": None}]}
    hits = [{"_index": "zb", "_id": str(k), "_score": None, "_source": dict(zip(HEAD[:7], r[:5] and
                                                                          [*lv, *r[:3], int(r[3]), float(r[4])])),
             "sort": [k]} for k, (lv, r) in enumerate(zip(LEVELS, ROWS), 1)]
    lines = ["GET xm/_search", "{", '  "query": { "term": { "项目编号": "X-1" } }', "}", ""]
    lines += _es({"took": 2, "hits": {"total": {"value": 1}, "max_score": 1.0,
                                      "hits": [{"_index": "xm", "_id": "X-1", "_score": 1.0, "_source": head}]}})
    lines += ["", "GET zb/_search", "{", '  "query": { "term": { "项目编号": "X-1" } },', '  "sort": [ { "序号": "asc" } ]',
              "}", ""]
    lines += _es({"took": 3, "hits": {"total": {"value": 3}, "max_score": None, "hits": hits}})
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert [(n, t, a) for n, t, a, _, _ in got] == [(n, t, a) for n, t, a, _, _ in ROWS]
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_a_kettle_logs_rows_between_its_stamped_lines(tmp_path):
    """Kettle's 写日志 step: each row '------------> 行号 N------', a 'name = value' line per field (an empty value
    nothing after '= '), '===================='; the engine's stamped lines (another step's among them) pass
    between the rows and the rows numbered on from 1 are one table."""
    lines = ["2024/03/19 09:41:26 - Spoon - 正在开始任务..."]
    for k, r in enumerate(_body_rows(), 1):
        lines += ["2024/03/19 09:41:29 - 写日志.0 - ", f"------------> 行号 {k}------------------------------"]
        lines += [f"{h} = {c}" for h, c in zip(HEAD, r)] + ["===================="]
        if k == 2:
            lines.append("2024/03/19 09:41:29 - Excel输入.0 - 完成处理 (I=4, O=0, R=0, W=3, U=0, E=0)")
    lines.append("2024/03/19 09:41:29 - 写日志.0 - 完成处理 (I=0, O=0, R=3, W=3, U=0, E=0)")
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and _levels(recs) == LEVELS


def test_a_spark_vertical_record_from_zero_names_the_project(tmp_path):
    """show(vertical=True) writes '-RECORD 0----' (Spark counts from 0) and ' name | value' lines: one record, its
    fields the head's label：value lines, so the project is named."""
    lines = [">>> xm.show(vertical=True, truncate=False)", "-RECORD 0---------------------------",
             " 项目名称 | 2023年某某县示范项目", " 主管部门 | 某某县农业农村局", " 预算年度 | 2023", "",
             ">>> zb.show()"]
    w = [max(len(r[j]) * 2 for r in [HEAD] + _body_rows()) for j in range(len(HEAD))]
    rule = "+" + "+".join("-" * x for x in w) + "+"
    lines += [rule, "|" + "|".join(h.rjust(w[j] - len(h)) for j, h in enumerate(HEAD)) + "|", rule]
    lines += ["|" + "|".join((c or "null").rjust(w[j] - (len(c or "null") if any(ord(x) > 0x2e80 for x in c or "")
                                                          else 0)) for j, c in enumerate(r)) + "|" for r in _body_rows()]
    lines += [rule]
    recs, got = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.projects[0].department == "某某县农业农村局"
