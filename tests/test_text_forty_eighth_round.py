"""Text as it comes, forty-eighth round (set 1900-1905): a Vimwiki page whose merged cells are its span marks, an
XML-RPC methodResponse, a Frictionless data package with its rows inline as arrays, a multipart/form-data body,
an ALTO XML page of an OCR engine, and a Next.js page whose tables are Ant Design props in __NEXT_DATA__."""
import json
import xmlrpc.client

from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
KEYS = ["level1", "level2", "name", "target", "actual", "weight", "score", "reason"]


def _records() -> list[dict]:
    return [dict(zip(HEAD, [l1, l2, *row, "降雨偏多，未达目标" if row[3] != row[4] else ""]))
            for (l1, l2), row in zip(LEVELS, ROWS)]


def test_vimwiki_span_marks_join_the_cell_above_and_the_cell_left(tmp_path):
    """'\\/' alone in a cell is covered by the cell above, '>' by the cell on its left: the marks were read as
    level names (\\/ a level 2), the row spanned by '>' named unread."""
    rows = [["项目名称", "某项目", ">", ">", ">", ">", ">", ">"], HEAD]
    for r in body_rows():
        rows.append([c or "\\/" for c in r[:2]] + r[2:])
    rows.append(["*总分*", ">", ">", ">", ">", "100", "95.72", " "])
    text = "\n".join(["= 自评表 =", ""] + ["| " + " | ".join(r) + " |" for r in rows[:2]]
                     + ["|---+---+---+---+---+---+---+---|"] + ["| " + " | ".join(r) + " |" for r in rows[2:]])
    recs, got = indicator_rows(written(tmp_path, text))
    assert got == ROWS and levels(recs) == LEVELS
    assert not [w for w in recs.warnings if "无法对齐" in w]


def test_an_xml_rpc_response_reads_as_the_values_it_carries(tmp_path):
    """<struct> / <member> <name> <value> / <array> <data>: the XML tree's rows were the members, nothing read."""
    data = {"项目名称": "某项目", "绩效指标": [{k: v for k, v in r.items() if v} for r in _records()]}
    f = written(tmp_path, xmlrpc.client.dumps((data,), methodresponse=True, encoding="GBK"), "gbk")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("XML-RPC" in w for w in read_document(f).warnings)


def test_a_data_packages_inline_rows_take_their_columns_from_the_schema(tmp_path):
    """A resource's rows as arrays in 'data', the columns' titles only in 'schema.fields', resources a list of
    mappings: nothing read."""
    fields = [{"name": k, "title": h, "type": "string"} for k, h in zip(KEYS, HEAD)]
    pkg = {"profile": "tabular-data-package", "name": "x", "resources": [
        {"name": "jxzb", "profile": "tabular-data-resource", "schema": {"fields": fields},
         "data": [list(r.values()) for r in _records()]}]}
    recs, got = indicator_rows(written(tmp_path, json.dumps(pkg, ensure_ascii=False, indent=2)))
    assert got == ROWS and levels(recs) == LEVELS


def test_a_multipart_form_body_reads_as_its_fields_by_their_bracketed_names(tmp_path):
    """Parts '--boundary' / Content-Disposition: form-data; name="绩效指标[0][一级指标]" / blank / value: nothing read
    (only the URL-encoded body was a form's)."""
    b = "----WebKitFormBoundaryAbC123"
    lines = ["POST /submit HTTP/1.1", "Content-Type: multipart/form-data; boundary=" + b, ""]
    for k, r in enumerate(_records()):
        for h, v in r.items():
            lines += ["--" + b, f'Content-Disposition: form-data; name="绩效指标[{k}][{h}]"', "", v]
    lines += ["--" + b, 'Content-Disposition: form-data; name="附件"; filename="a.pdf"', "Content-Type: application/pdf",
              "", "(binary)", "--" + b + "--", ""]
    recs, got = indicator_rows(written(tmp_path, "\r\n".join(lines)))
    assert got == ROWS and levels(recs) == LEVELS


def _alto(cells: list[tuple[str, int, float]]) -> str:
    """An ALTO page of one TextBlock per cell: (text, left edge, middle height)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">',
           "<Layout><Page ID=\"P1\" WIDTH=\"2480\" HEIGHT=\"3508\"><PrintSpace>"]
    for k, (t, x, mid) in enumerate(cells):
        w, y = 38 * len(t), int(mid - 20)
        out += [f'<TextBlock ID="B{k}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="40">',
                f'<TextLine HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="40">',
                f'<String CONTENT="{t}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="40" WC="0.95"/>',
                "</TextLine></TextBlock>"]
    return "\n".join(out + ["</PrintSpace></Page></Layout></alto>"])


def test_an_alto_pages_blocks_are_laid_out_as_the_page_and_a_centred_run_goes_to_its_first_row(tmp_path):
    """Each cell a TextBlock placed by HPOS / VPOS, 产出指标 centred BETWEEN its two rows on a line of its own:
    nothing read (the XML's words as sentences); laid out by place, the run must start at its first row."""
    xs = [150, 450, 750, 1250, 1550, 1850, 2000, 2150]
    cells = [(h, x, 500) for h, x in zip(HEAD, xs)]
    for r, row in enumerate(body_rows()):
        mid = 600 + 100 * r
        cells += [(v, x, mid) for v, x in zip(row[1:], xs[1:]) if v]
    cells.append(("产出指标", xs[0], 650))       # centred between rows 1 and 2
    cells.append(("效益指标", xs[0], 800))
    f = written(tmp_path, _alto(cells))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("ALTO" in w for w in read_document(f).warnings)


def test_ant_design_table_props_in_next_data_read_under_their_column_titles(tmp_path):
    """columns ({title, dataIndex, key, width}) and dataSource records keyed by dataIndex with React's 'key': the
    columns list was read as a table of its own (rows 'name', 'target' …), the records under their codes."""
    cols = [{"title": h, "dataIndex": k, "key": k, "width": 90} for h, k in zip(HEAD, KEYS)]
    data = [{"key": f"r{n}", **dict(zip(KEYS, r.values()))} for n, r in enumerate(_records())]
    nd = {"props": {"pageProps": {"table": {"columns": cols, "dataSource": data},
                                  "summary": {"总分": "95.72", "自评等级": "优"}}}, "page": "/r/[id]"}
    page = ('<!DOCTYPE html><html><head><title>某项目</title></head><body><div id="__next"><div class="ant-spin">'
            '</div></div><script id="__NEXT_DATA__" type="application/json">' + json.dumps(nd, ensure_ascii=False)
            + "</script></body></html>")
    recs, got = indicator_rows(written(tmp_path, page))
    assert got == ROWS and levels(recs) == LEVELS
