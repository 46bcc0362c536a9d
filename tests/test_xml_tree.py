"""extract.xml_tree: a DocBook document's CALS tables read as the page their markup means (issue 21, set 1510-1515)."""
from decimal import Decimal
from jixiao.extract import read_document
from jixiao.extract.xml_tree import cals_page, parse
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _docbook(table: str = "informaltable") -> str:
    """A DocBook article: the head as paras, one CALS table whose level-1 cells span the rows below by morerows
    (no entry on the rows covered), ≥ as a numeric character reference, the total's label across by namest / nameend."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<article xmlns="http://docbook.org/ns/docbook" version="5.0">',
           "<para>项目名称：2023年示范项目</para>", "<para>主管部门：示范县农业农村局</para>",
           f'<{table}><tgroup cols="7">'] + [f'<colspec colname="c{k}"/>' for k in range(1, 8)]
    out.append("<thead><row>" + "".join(f"<entry>{h}</entry>" for h in
                                        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + "</row></thead><tbody>")
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS)):
        first = "" if k == 1 else (f'<entry morerows="1">{l1}</entry>' if k == 0 else f"<entry>{l1}</entry>")
        cells = [l2, *r]
        out.append("<row>" + first + "".join(f"<entry>{c.replace('≥', '&#x2265;')}</entry>" for c in cells) + "</row>")
    out += ['<row><entry namest="c1" nameend="c5">总分</entry><entry>100</entry><entry>98</entry></row>',
            f"</tbody></tgroup></{table}>", "</article>"]
    return "\n".join(out) + "\n"


def test_cals_rows_and_spans_read_as_cells(tmp_path):
    """morerows is the level's rowspan (the next row's entries start one column right), &#x2265; is ≥, and the
    head's paras are its label：value lines."""
    recs, rows = indicator_rows(_write(tmp_path, _docbook()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def test_a_table_element_with_tgroup_reads_the_same(tmp_path):
    """<table> (which an HTML sniffer takes for a web page) holds the same tgroup: read the same."""
    recs, rows = indicator_rows(_write(tmp_path, _docbook("table")))
    assert rows == ROWS


def test_cals_page_keeps_the_source_lines_and_spans():
    page = cals_page(parse(_docbook()))
    assert 'colspan="5">总分<' in page and 'rowspan="2" colspan="1">产出指标<' in page
    lines = page.split("\n")
    assert "总分" in lines[_docbook().split("\n").index(next(x for x in _docbook().split("\n") if "总分" in x))]
    assert cals_page(parse("<report><项目>X</项目></report>")) is None


def test_an_entry_placed_by_colname_leaves_the_columns_before_it_empty():
    """CALS writes no entry for an empty cell: <entry colname="c3"> after the first entry is the third column's, the
    second empty (a row under a morerows entry skips the slot it covers first); namest places a span likewise."""
    x = ('<article><informaltable><tgroup cols="3"><colspec colname="c1"/><colspec colname="c2"/><colspec colname="c3"/>'
         "<tbody><row><entry>x</entry><entry colname=\"c3\">9</entry></row>"
         '<row><entry morerows="1">y</entry><entry>1</entry><entry>2</entry></row>'
         '<row><entry colname="c3">3</entry></row>'
         '<row><entry namest="c2" nameend="c3">z</entry></row></tbody></tgroup></informaltable></article>')
    cell = '<td rowspan="{}" colspan="{}">{}</td>'.format
    page = cals_page(parse(x))
    assert "<tr>" + cell(1, 1, "x") + cell(1, 1, "") + cell(1, 1, "9") + "</tr>" in page
    assert "<tr>" + cell(1, 1, "") + cell(1, 1, "3") + "</tr>" in page      # beside y's second row
    assert "<tr>" + cell(1, 1, "") + cell(1, 2, "z") + "</tr>" in page


def _mysql_xml() -> str:
    """The mysql client's --xml of two statements: a <resultset statement=…> each, one after another (no one root),
    every <row> of <field name="列名">value</field> lines, a NULL as <field name="…" xsi:nil="true" />."""
    ns = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    names = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")
    out = ['<?xml version="1.0"?>', "", f'<resultset statement="SELECT xmmc AS 项目名称 FROM xm\n" {ns}>',
           "  <row>", '\t<field name="项目名称">2023年示范项目</field>', "  </row>", "</resultset>", "",
           f'<resultset statement="SELECT * FROM zb WHERE fz &gt; 0\n" {ns}>']
    for (l1, l2), r in zip(LEVELS, ROWS):
        out.append("  <row>")
        out += [f'\t<field name="{n}">{v}</field>' for n, v in zip(names, (l1, l2, *r))]
        out += ['\t<field name="偏差原因" xsi:nil="true" />', "  </row>"]
    return "\n".join(out + ["</resultset>", ""])


def test_documents_one_after_another_read_under_one_root():
    """Two well-formed documents in a row are no XML document; read as the children of one root, not dropped."""
    root = parse(_mysql_xml())
    assert root is not None and [c.tag for c in root.children] == ["resultset", "resultset"]


def test_fields_named_by_an_attribute_read_as_the_fields_it_names(tmp_path):
    """<field name="分值">8</field>: the attribute names the field; a nil field an empty cell, no 'true'."""
    recs, rows = indicator_rows(_write(tmp_path, _mysql_xml()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def _outline(kind: str) -> str:
    """An outliner's export (OPML, its body one line, a URL-encoded copy of each item beside its text) or a mind
    map's (FreeMind: every Chinese character a numeric reference, ids and times on each node, the reason a
    <richcontent TYPE="NOTE"> html note): the title the top item, the head and figures 'label：value' items."""
    from urllib.parse import quote

    def esc(t):
        return t if kind == "opml" else "".join(c if ord(c) < 128 else f"&#x{ord(c):x};" for c in t)

    def item(text, kids=(), note=""):
        if kind == "opml":
            a = f'<outline text="{text}" _mubu_text="{quote(text)}" _note="{note}"'
            return a + ("/>" if not kids else ">" + "".join(kids) + "</outline>")
        body = "".join(kids)
        if note:
            body = f'<richcontent TYPE="NOTE"><html><head></head><body><p>{esc(note)}</p></body></html></richcontent>' + body
        a = f'<node CREATED="1710800000000" ID="ID_{abs(hash(text)) % 10**9}" TEXT="{esc(text)}"'
        return a + ("/>\n" if not body else ">\n" + body + "</node>\n")
    groups: dict = {}
    for (l1, l2), r in zip(LEVELS, ROWS):
        leaf = item(r[0], [item(f"年度指标值：{r[1]}"), item(f"实际完成值：{r[2]}"), item(f"分值：{r[3]}"),
                           item(f"得分：{r[4]}")], note="" if r[3] == r[4] else "招工延后，未达目标")
        groups.setdefault(l1, {}).setdefault(l2, []).append(leaf)
    ind = [item(a, [item(b, leaves) for b, leaves in l2.items()]) for a, l2 in groups.items()]
    top = item("2023年示范项目绩效自评表", [item("基本情况", [item("项目名称：2023年示范项目")]), item("年度绩效指标", ind)])
    if kind == "opml":
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>示范</title></head><body>'
                + top + "</body></opml>")
    return '<map version="1.0.1">\n<!-- FreeMind -->\n' + top + "</map>\n"


def test_an_opml_outline_with_a_head_reads_as_a_text_tree_not_a_web_page(tmp_path):
    """OPML's <head><title> is no web page's (the root is <opml>); its <outline text=…> items nest as a text tree's
    branches: the 三级 items' 'label：value' children are the rows' cells."""
    recs, rows = indicator_rows(_write(tmp_path, _outline("opml")))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def test_a_freemind_map_reads_its_nodes_text_and_keeps_a_note(tmp_path):
    """FreeMind's TEXT (references undone; not its ids or times) is each node's words; a note stays with its node."""
    recs, rows = indicator_rows(_write(tmp_path, _outline("mm")))
    assert rows == ROWS and _levels(recs) == LEVELS
    blocks = parse(_outline("mm"))
    from jixiao.extract.xml_tree import outline
    found = outline(blocks)
    assert found is not None and "招工延后" in repr(found)


def _xfdf() -> str:
    """A filled PDF form's data as Acrobat exports it (XFDF): fields nested in fields, each leaf's value in a <value>
    element, an empty field without one, and every level SORTED BY NAME: the rows 行1, 行2, 行3 … each row's
    fields 一级指标, 三级指标, 二级指标, 偏差原因, 分值, 实际完成值, 年度指标值, 得分."""
    def field(name: str, inner: list) -> list:
        return [f'<field name="{name}">'] + inner + ["</field>"]
    def leaf(name: str, v: str) -> list:
        return field(name, [f"<value>{v}</value>"]) if v else [f'<field name="{name}"/>']
    names = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")
    rows = []
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS), 1):
        vals = dict(zip(names, (l1, l2) + r + ("招工延后" if r[3] != r[4] else "",)))
        rows += field(f"行{k}", [x for n in sorted(vals) for x in leaf(n, vals[n])])
    top = [leaf("主管部门", "示范县农业农村局"), field("指标", rows), leaf("自评得分", "98.72"), leaf("项目名称", "2023年示范项目")]
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">',
                      '<f href="自评表.pdf"/>', "<fields>"] + [x for t in top for x in t] + ["</fields>", "</xfdf>"]) + "\n"


def test_xfdf_fields_holding_one_value_element_each_are_their_values_and_numbered_rows_are_rows(tmp_path):
    """Each <field> holding only its <value> is 'name：value', not a name over a note; the fields under 行1 … 行3
    (numbered members each holding the same fields named in words) are a table's rows under their numbers, not
    its columns (they were read transposed, and before that as shifted label lines: wrong figures)."""
    recs, rows = indicator_rows(_write(tmp_path, _xfdf()))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def test_ssms_for_xml_results_as_text_are_joined_and_rows_lacking_a_null_column_stay_rows(tmp_path):
    """SSMS's 'Results to Text' prints a FOR XML value under the XML_F52E2B61-… head and a rule, CUT INTO LINES OF
    2033 CHARACTERS, then '(N 行受影响)'; FOR XML RAW leaves a NULL column out of its row, so only the shortfall's row
    carries 偏差原因. The lines are one value again (said), and the rows one table (the cut rows were unread, and a
    row with one field more broke the table)."""
    head = "XML_F52E2B61-18A1-11d1-B105-00805F49916B"
    rows = []
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        attrs = (f'序号="{k}" 备注="{"说明" * 400}" 一级指标="{l1}" 二级指标="{l2}" 三级指标="{name}" 年度指标值="{target}" '
                 f'实际完成值="{actual}" 分值="{weight}" 得分="{score}"')
        rows.append(f"<row {attrs}" + (' 偏差原因="招工延后"' if score != weight else "") + "/>")
    value = "".join(rows)
    assert len(value) > 2033
    pieces = [value[i:i + 2033] for i in range(0, len(value), 2033)]
    text = "\r\n".join([head, "-" * len(head), '<row 项目名称="2023年示范项目" 主管部门="示范县农业农村局"/>', "", "(1 行受影响)", "",
                        head, "-" * len(head)] + pieces + ["", f"({len(pieces)} 行受影响)", "", "完成时间: 2024-03-18T10:21:33+08:00", ""])
    path = _write(tmp_path, text)
    recs, got = indicator_rows(path)
    assert [(n, t, a, w, str(Decimal(s).normalize())) for n, t, a, w, s in got] == \
        [(n, t, a, w, str(Decimal(s).normalize())) for n, t, a, w, s in ROWS]
    assert _levels(recs) == LEVELS and recs.indicators[2].reason == "招工延后"
    assert any("2033" in w for w in read_document(path).warnings)


def test_a_powershell_clixml_object_reads_its_members_and_its_list_of_objects_as_rows(tmp_path):
    """Export-Clixml writes one <Obj> whose <MS> holds members named by N in typed elements (<S>, <I32>, <Db>,
    <Nil> for $null), a nested object's members in its own <MS>, a list's objects in an <LST>, beside <TN> / <TNRef>
    type names, in UTF-16 with a BOM; _x000D__x000A_ a line break. The list is the indicator table (nothing was read)."""
    def member(n: str, v: str) -> str:
        return f'<I32 N="{n}">{v}</I32>' if n == "分值" else f'<Db N="{n}">{v}</Db>' if n == "得分" else f'<S N="{n}">{v}</S>'
    names = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    objs = []
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS), 3):
        reason = '<S N="偏差原因">招工延后_x000D__x000A_已补招</S>' if r[3] != r[4] else '<Nil N="偏差原因" />'
        objs.append(f'<Obj RefId="{k}"><TNRef RefId="0" /><MS>' + "".join(member(n, v) for n, v in zip(names, (l1, l2) + r))
                    + reason + "</MS></Obj>")
    text = "\r\n".join([
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">',
        '<Obj RefId="0"><TN RefId="0"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN><MS>',
        '<S N="项目名称">2023年示范项目</S><S N="主管部门">示范县农业农村局</S>',
        '<Obj N="资金" RefId="1"><TNRef RefId="0" /><MS><Db N="年初预算数">1200</Db><Db N="全年执行数">1261</Db></MS></Obj>',
        '<Obj N="指标" RefId="2"><TN RefId="1"><T>System.Object[]</T><T>System.Array</T><T>System.Object</T></TN><LST>']
        + objs + ["</LST></Obj>", '<I32 N="总分">100</I32><Db N="自评得分">98.42</Db>', "</MS></Obj>", "</Objs>"])
    f = tmp_path / "r.txt"
    f.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    recs, rows = indicator_rows(f)
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"] and recs.indicators[2].reason.startswith("招工延后")


def test_a_clixml_member_written_as_a_reference_to_an_object_before_it_is_that_object():
    """Export-Clixml writes an object met a second time as <Ref RefId="n"/>, the id of the <Obj RefId="n"> written
    before (the same fund object set on the project and on the report). The member is that object's members, not
    left out unsaid."""
    from jixiao.extract.xml_tree import clixml_values
    text = "\n".join([
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">',
        '<Obj RefId="0"><TN RefId="0"><T>System.Management.Automation.PSCustomObject</T></TN><MS>',
        '<Obj N="项目" RefId="1"><TNRef RefId="0" /><MS><S N="项目名称">2023年示范项目</S>',
        '<Obj N="资金" RefId="2"><TNRef RefId="0" /><MS><Db N="年初预算数">1200</Db><Db N="全年执行数">1261</Db></MS></Obj>',
        '</MS></Obj>',
        '<Ref N="资金" RefId="2" />',
        '</MS></Obj>', '</Objs>'])
    values = clixml_values(parse(text))
    fund = dict((k, v) for _, k, v in values.pairs)["资金"]
    assert [(k, v.scalar) for _, k, v in fund.pairs] == [("年初预算数", "1200"), ("全年执行数", "1261")]
