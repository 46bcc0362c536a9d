"""Text as it comes, forty-ninth round (set 1936-1941): a Telegram Desktop chat export whose messages' texts are
arrays of entities, a Weka ARFF file with the head in its comments, a DITA topic's simpletables, a PmWiki page's
simple tables."""
import json

from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def test_a_telegram_exports_messages_read_as_their_texts_once(tmp_path):
    """'text' an array of bold entities and plain strings, a 'pre' entity of tab-separated rows, the same pieces again
    in 'text_entities': the JSON's members were read as rows of type / text, nothing of the form."""
    rows = "\n".join(["\t".join(HEAD)] + ["\t".join(r) for r in body_rows()])
    pieces = [[{"type": "bold", "text": "项目名称："}, "某项目\n", {"type": "bold", "text": "主管部门："}, "某县农业农村局"],
              [{"type": "bold", "text": "绩效指标"}, "\n", {"type": "pre", "text": rows, "language": ""}]]
    msgs = [{"id": 1, "type": "message", "date": "2024-03-25T10:00:00", "from": "甲", "from_id": "user1",
             "text": "表发群里了", "text_entities": [{"type": "plain", "text": "表发群里了"}]}]
    for k, p in enumerate(pieces):
        ents = [{"type": "plain", "text": x} if isinstance(x, str) else x for x in p]
        msgs.append({"id": k + 2, "type": "message", "date": "2024-03-25T10:01:00", "from": "甲", "from_id": "user1",
                     "text": p, "text_entities": ents})
    f = written(tmp_path, json.dumps({"name": "群", "type": "private_supergroup", "id": 9, "messages": msgs},
                                     ensure_ascii=False, indent=1))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"
    assert any("Telegram" in w for w in read_document(f).warnings)


def test_an_arff_files_data_read_under_its_attributes_and_its_comments_as_lines(tmp_path):
    """@attribute names the columns, @data rows quote with ' and write a missing value '?': the quotes stood in the
    values (targets read as words), the head in % comments."""
    def q(s):
        return "?" if not s else ("'" + s + "'" if any(c in s for c in " ,≥%") or s[0].isdigit() else s)
    lines = ["% 项目名称：某项目", "% 主管部门：某县农业农村局", "%", "@relation r", ""]
    lines += [f"@attribute {h} string" for h in HEAD] + ["", "@data"]
    lines += [",".join([l1, l2, *(q(c) for c in row), q("降雨偏多，未达目标" if row[3] != row[4] else "")])
              for (l1, l2), row in zip(LEVELS, ROWS)]
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"


def test_a_dita_topics_simpletable_reads_as_a_table_and_its_dl_as_labelled_lines(tmp_path):
    """<simpletable> / <sthead> / <strow> / <stentry> (an empty level cell <stentry/>) and <dl> / <dlentry> / <dt> /
    <dd>: the XML tree's rows were the stentry elements, the head said unread."""
    def entries(cells, indent="      "):
        return [f"{indent}<stentry>{c}</stentry>" if c else f"{indent}<stentry/>" for c in cells]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE reference PUBLIC "-//OASIS//DTD DITA Reference//EN" "reference.dtd">',
             '<reference id="r"><title>某项目绩效自评表</title><refbody>',
             "  <section><dl><dlentry><dt>项目名称</dt><dd>某项目</dd></dlentry>",
             "  <dlentry><dt>主管部门</dt><dd>某县农业农村局</dd></dlentry></dl></section>",
             "  <section><simpletable>", "    <sthead>"] + entries(HEAD) + ["    </sthead>"]
    for r in body_rows():
        lines += ["    <strow>"] + entries(r) + ["    </strow>"]
    lines += ["  </simpletable></section>", "</refbody></reference>"]
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"


def test_a_pmwiki_simple_tables_extra_bars_span_the_cell_before_and_its_style_marks_are_no_text(tmp_path):
    """'|| border=1' opens a table, '||!' a head cell, the extra '||' after a cell spans it a column further, and
    %red%…%% style markup is no text: the short score read None, the 总分 row spanned so named unread."""
    rows = [body_rows()[k][:] for k in range(3)]
    rows[2][6] = "%red%" + rows[2][6] + "%%"
    lines = ["!! 某项目绩效自评表", "|| border=1 width=100%", "||! 项目名称 ||某项目 ||||||||||||||",
             "|| border=1 cellpadding=3", "||! " + " ||! ".join(HEAD) + " ||"]
    lines += ["||" + "||".join(f" {c} " if c else " " for c in r) + "||" for r in rows]
    lines.append("||! '''总分''' |||||||||| 17 || 15.72 || ||")
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and levels(recs) == LEVELS
    assert str(recs.projects[0].total_score_stated.value) == "15.72"


def test_an_rdf_turtle_documents_resources_read_under_their_properties_labels(tmp_path):
    """Subjects with predicate lists (';'), objects listed (','), predicates sorted by name, their Chinese names only
    in rdfs:label: the lines read as ';'-separated text, nothing of the form."""
    keys = ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"]
    lines = ["@prefix : <http://example.org/r#> .", "@prefix jx: <http://example.org/def#> .",
             "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", "",
             ':report a jx:Report ;', '    jx:department "某县农业农村局"@zh ;',
             "    jx:indicator :i1,\n        :i2,\n        :i3 ;", '    jx:projectName "某项目"@zh .', ""]
    for k, ((l1, l2), row) in enumerate(zip(LEVELS, ROWS)):
        values = dict(zip(keys, [l1, l2, *row, "降雨偏多，未达目标" if row[3] != row[4] else ""]))
        preds = [f'    jx:{key} "{values[key]}"@zh' if key not in ("weight", "score") else
                 f'    jx:{key} "{values[key]}"^^xsd:decimal' for key in sorted(keys) if values[key]]
        lines += [f":i{k + 1} a jx:Indicator ;", " ;\n".join(preds) + " .", ""]
    for key, label in zip(keys + ["department", "projectName", "indicator"], HEAD + ["主管部门", "项目名称", "绩效指标"]):
        lines += [f"jx:{key} a rdf:Property ;", f'    rdfs:label "{label}"@zh .']
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].department == "某县农业农村局"


def test_turtle_resources_numbered_by_a_predicate_read_in_its_order_with_the_number_first(tmp_path):
    """A serialiser sorts the predicates: jx:seq stood between 得分 and 年度指标值, and the targets and weights read
    one row down; the resources listed out of their order."""
    keys = ["level1", "level2", "name", "target", "actual", "weight", "score"]
    lines = ["@prefix : <http://example.org/r#> .", "@prefix jx: <http://example.org/def#> .",
             "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", "",
             ':report jx:department "某县农业农村局" ;', "    jx:indicator :i3, :i1, :i2 ;",
             '    jx:projectName "某项目" .', ""]
    for k, ((l1, l2), row) in enumerate(zip(LEVELS, ROWS)):
        values = dict(zip(keys, [l1, l2, *row]), seq=str(k + 1))
        lines += [f":i{k + 1} " + " ;\n    ".join(f'jx:{key} "{values[key]}"' for key in sorted(values)) + " .", ""]
    for key, label in zip(keys + ["seq", "department", "projectName", "indicator"],
                          HEAD[:7] + ["序号", "主管部门", "项目名称", "绩效指标"]):
        lines += [f'jx:{key} a rdf:Property ; rdfs:label "{label}" .']
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and levels(recs) == LEVELS


def test_syslog_structured_data_read_as_records_under_the_templates_english_field_names(tmp_path):
    """RFC 5424 lines whose structured data carries the form, its parameters named in English (level1, target,
    budgetInitial, totalScore …), a BOM before each message, other lines between: the line reader named every line
    unread; the structured data is a record a line (its MSGID its kind) and the English names are the template's
    fields (vocab.ENGLISH_HEADS), in the table's head and in a record's label：value line alike."""
    def line(n, msgid, *elements, msg="已保存"):
        sd = "".join(f"[{sid} " + " ".join(f'{k}="{v}"' for k, v in params) + "]" for sid, params in elements)
        return f'<134>1 2024-03-19T10:14:{n:02d}.100+08:00 host app 3174 {msgid} [meta@41058 sequenceId="{n}"]{sd} \ufeff{msg}'
    lines = [line(1, "LOGIN", ("user@41058", [("uid", "u7"), ("ip", "10.0.0.1")])),
             line(2, "FORM_SAVE", ("form@41058", [("project", "某项目"), ("department", "某县农业农村局")])),
             line(3, "FUND_SAVE", ("fund@41058", [("source", "年度资金总额"), ("budgetInitial", "100.00"),
                                                  ("budgetYear", "120.00"), ("executed", "108.00"), ("weight", "10"),
                                                  ("execRate", "90.00%"), ("score", "9.00")]))]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 4):
        lines.append(line(k, "IND_SAVE", ("ind@41058", [("seq", str(k - 3)), ("level1", l1), ("level2", l2),
                                                        ("name", name), ("target", target), ("actual", actual),
                                                        ("weight", weight), ("score", score),
                                                        ("reason", "降雨偏多" if score != weight else "")]),
                          msg=f"第{k - 3}行已保存"))
    lines.append(line(7, "TOTAL_SAVE", ("total@41058", [("totalScore", "29.72"), ("grade", "优")])))
    lines.append(line(8, "SUBMIT"))
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and levels(recs) == LEVELS
    p = recs.projects[0]
    assert p.name == "某项目" and p.department == "某县农业农村局"
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value) == (1000000, 1200000, 1080000)   # 万元
    assert str(p.total_score_stated.value) == "29.72" and p.grade_stated == "优"
    assert any("英文" in w for w in recs.warnings)


def test_a_tables_english_heads_written_as_the_templates_words_only_where_its_other_codes_head_no_figures():
    """vocab.ENGLISH_HEADS for a table's head (coded_columns.english_view): level1 … score as the header grammar's
    words; a head of codes the vocabulary lacks over figures (Initial 600) leaves the table to its cells."""
    from jixiao.extract import Location, Table
    from jixiao.extract.model import Cell
    from jixiao.normalize.coded_columns import english_view

    def table(head, rows):
        cells = [Cell(text=t, row=r, col=c, loc=Location("r.txt", block=0, row=r, col=c))
                 for r, row in enumerate([head] + rows) for c, t in enumerate(row)]
        return Table(index=0, n_rows=len(rows) + 1, n_cols=len(head), cells=cells, loc=Location("r.txt", block=0))
    rows = [["产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"]]
    got = english_view(table(["level1", "level2", "indicatorName", "target", "actual", "weight", "score"], rows))
    assert got is not None and got[0].grid()[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    assert english_view(table(["Initial", "weight", "score"], [["600", "10", "9.8"]])) is None
