"""Text as it comes, thirty-first round (issue 21, set 1456-1461): a Lotus Notes structured-text export (a document
per record, 'Field:  value' lines, documents apart by form feeds) and a wiki text's labels set in emphasis."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from tests.text_rows import LEVELS, ROWS, written as _write


def _notes_export(n_rows: int) -> str:
    """A Notes view exported as structured text: a document per record, the items 'Name:  value', $ items between,
    the documents apart by a form feed on a line of its own; the indicators repeated to n_rows."""
    docs = [["Form:  项目", "项目名称:  2023年示范项目", "主管部门:  示范县农业农村局", "$Revisions:  2024/03/18 09:00:00"],
            ["Form:  资金", "资金来源:  年度资金总额", "年初预算数:  100", "全年预算数:  100", "全年执行数:  97",
             "分值:  10", "执行率:  97.00%", "得分:  9.7", "$Revisions:  2024/03/18 09:10:00"]]
    for k in range(n_rows):
        (l1, l2), (name, target, actual, weight, score) = LEVELS[k % 3], ROWS[k % 3]
        docs.append(["Form:  指标", "序号:  %d" % (k + 1), "一级指标:  " + l1, "$UpdatedBy:  CN=王某某/O=SF",
                     "二级指标:  " + l2, "三级指标:  %s%d" % (name, k + 1), "年度指标值:  " + target,
                     "实际完成值:  " + actual, "分值:  " + weight, "得分:  " + score,
                     "偏差原因分析及改进措施:", "$Revisions:  2024/03/18 10:%02d:00" % k])
    docs.append(["Form:  自评", "总分:  100", "自评得分:  99", "自评等级:  优"])
    return "\r\n\f\r\n".join("\r\n".join(d) for d in docs) + "\r\n"


def test_a_notes_export_of_many_documents_reads_without_failing(tmp_path):
    """The documents of a Notes export read as a table turned (a column per document) and in parts: an indicator
    placed by its column (row None) is no row to compare, and the file reads, never fails."""
    f = _write(tmp_path, _notes_export(13), "gb18030")
    recs = normalize_document(read_document(f))
    assert recs.indicators


def test_a_label_set_in_single_emphasis_is_the_label_not_the_value(tmp_path):
    """Jira / Textile / org bold is one star: '*项目名称：* X' labels X, the stars markup, never the name."""
    text = "\n".join(["h2. 绩效自评表", "", "*项目名称：* 2023年示范项目", "*主管部门：* 示范县农业农村局", "",
                      "||一级指标||二级指标||三级指标||年度指标值||实际完成值||分值||得分||"]
                     + ["|%s|%s|%s|%s|%s|%s|%s|" % (l1, l2, *r) for (l1, l2), r in zip(LEVELS, ROWS)]) + "\n"
    recs = normalize_document(read_document(_write(tmp_path, text)))
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def _escaped(s: str) -> str:
    """A string as java.util.Properties.store writes it: \\uXXXX for every character outside ASCII, ':' escaped."""
    return "".join("\\u%04X" % ord(c) if ord(c) > 0x7E else "\\:" if c == ":" else c for c in s)


def test_a_properties_file_with_escaped_keys_reads_by_its_dotted_paths(tmp_path):
    """Properties.store escapes the keys too (\\u6307\\u6807.2.\\u5F97\\u5206 for 指标.2.得分) and writes them in
    hash order: the keys are dotted paths all the same, a number the place of a record in its list."""
    import random
    names = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    kv = [("项目.项目名称", "2023年示范项目"), ("项目.主管部门", "示范县农业农村局")]
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS), 1):
        kv += [("指标.%d.%s" % (k, h), v) for h, v in zip(names, (l1, l2, *r))]
    random.Random(7).shuffle(kv)
    text = "#" + _escaped("示范项目") + "\n#Tue Mar 19 11:06:52 CST 2024\n"
    text += "".join("%s=%s\n" % (_escaped(k), _escaped(v)) for k, v in kv)
    recs = normalize_document(read_document(_write(tmp_path, text, "ascii")))
    assert [(i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [r[:3] for r in ROWS]
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def test_a_log_warning_repeating_a_rows_fields_is_no_row_of_its_table(tmp_path):
    """logrus writes a warning about a row with most of the row's keys (sorted by code point): the envelope's
    level / msg, which recur over the log, name each record's kind, so the warning cuts no table and shifts no
    column; the rows read under their keys."""
    def q(v):
        return v if v.isascii() and v.replace(".", "").isalnum() else '"%s"' % v
    lines, rows = [], [(lv, (name + str(k), *r)) for k in range(4) for lv, (name, *r) in zip(LEVELS, ROWS)]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(rows, 1):
        fields = {"序号": str(k), "一级指标": l1, "二级指标": l2, "三级指标": name, "年度指标值": target,
                  "实际完成值": actual, "分值": weight, "得分": score, "偏差原因": ""}
        lines.append('time="2024-03-19T09:12:%02d+08:00" level=info msg="绩效指标" ' % k
                     + " ".join("%s=%s" % (key, q(fields[key]) if fields[key] else "") for key in sorted(fields)))
        if weight != score:
            warn = {"序号": str(k), "三级指标": name, "年度指标值": target, "实际完成值": actual, "扣分": "1.28"}
            lines.append('time="2024-03-19T09:12:%02d+08:00" level=warning msg="指标未完成年度目标" ' % k
                         + " ".join("%s=%s" % (key, q(warn[key])) for key in sorted(warn)))
    lines.append('time="2024-03-19T09:12:59+08:00" level=info msg="导出完成" 条数=12')
    recs = normalize_document(read_document(_write(tmp_path, "\n".join(lines) + "\n")))
    got = [(i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value))
           for i in recs.indicators if i.weight is not None]
    assert got == [r for _, r in rows]


def test_scala_objects_printed_positionally_read_by_their_case_class(tmp_path):
    """A Scala REPL prints a case class's objects by toString with no names (指标(1,产出指标,…,None)): the case
    class declared above names the values; Some(x) is x, None empty; a type (项目名称: String) names no project;
    the same objects printed again are read once, and the reader says so."""
    names = "序号: Int, 一级指标: String, 二级指标: String, 三级指标: String, 年度指标值: String, 实际完成值: String, " \
            "分值: Int, 得分: BigDecimal, 偏差原因: Option[String]"
    objs = ["指标(%d,%s,%s,%s,%s,%s,%s,%s,%s)" % (k, l1, l2, *r, "Some(未达目标)" if r[3] != r[4] else "None")
            for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS), 1)]
    lines = ["scala> case class 项目(项目名称: String, 主管部门: String, 预算年度: Int)", "class 项目", "",
             "scala> case class 指标(%s)" % names, "class 指标", "",
             "val xm: 项目 = 项目(2023年示范项目,示范县农业农村局,2023)",
             "val zb: List[指标] = List(%s)" % ", ".join(objs), "", "scala> zb.foreach(println)", *objs]
    f = _write(tmp_path, "\n".join(lines) + "\n")
    recs = normalize_document(read_document(f))
    assert [(i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value)) for i in recs.indicators] == ROWS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]
    assert any("3个“指标”对象" in w for w in read_document(f).warnings)
