"""Text as it comes, forty-sixth round (set 1828-1833): a UOF 1.0 spreadsheet (the national office format as one
XML file with Chinese element names), a mail whose attachment rides in the body as UUENCODE, …"""
import binascii
import csv
import io

from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _sheet() -> list[list[str]]:
    return [["项目名称", "某项目", "", "", "", "", "", ""], HEAD, *body_rows()]


def test_a_uof_spreadsheets_rows_and_cells_placed_by_their_numbers_read_as_the_sheet(tmp_path):
    """<表:行 表:行号> / <表:单元格 表:列号> (1-based, empty cells absent), the text in <字:文本串>: nothing was read
    (the XML read as sentences)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<uof:UOF xmlns:uof="http://schemas.uof.org/cn/2003/uof" '
           'xmlns:表="http://schemas.uof.org/cn/2003/uof-spreadsheet" '
           'xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc" uof:version="1.0" '
           'uof:mimetype="vnd.uof.spreadsheet"><uof:电子表格><表:主体><表:工作表 表:名称="Sheet1"><表:工作表内容>']
    for r, row in enumerate(_sheet(), 3):
        out.append(f'<表:行 表:行号="{r}">')
        out += [f'<表:单元格 表:列号="{c}"><表:数据 表:数据类型="text"><字:句><字:文本串>{v}</字:文本串></字:句>'
                '</表:数据></表:单元格>' for c, v in enumerate(row, 1) if v]
        out.append('</表:行>')
    out.append('</表:工作表内容></表:工作表></表:主体></uof:电子表格></uof:UOF>')
    f = written(tmp_path, "\r\n".join(out))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("UOF" in w for w in read_document(f).warnings)


def test_a_mails_attachment_carried_in_its_body_as_uuencode_is_read_as_the_file(tmp_path):
    """'begin 666 name' / M lines / '`' / 'end' in a plain-text body (no MIME parts): the block was body text, the
    form in it unread (said only as a whole)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(_sheet())
    data = buf.getvalue().encode("gbk")
    uu = [binascii.b2a_uu(data[i:i + 45], backtick=True).decode("ascii").rstrip("\n") for i in range(0, len(data), 45)]
    head = ["From: <a@b.cn>", "To: <c@d.cn>", "Subject: zpb", "Date: Thu, 14 Mar 2024 15:02:31 +0800",
            "X-Mailer: Microsoft Outlook Express 6.00.2900.5931", 'Content-Type: text/plain; charset="gb2312"',
            "Content-Transfer-Encoding: 8bit", "", "附件是自评表，请查收。", "", "begin 666 自评表.csv"]
    f = tmp_path / "r.txt"
    f.write_bytes("\r\n".join(head).encode("gbk") + b"\r\n" + "\r\n".join([*uu, "`", "end", ""]).encode("ascii"))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("uuencode" in w for w in read_document(f).warnings)


def _php(v) -> str:
    if isinstance(v, int):
        return f"i:{v};"
    if isinstance(v, str):
        return f's:{len(v.encode("utf-8"))}:"{v}";'
    items = v.items() if isinstance(v, dict) else enumerate(v)
    return f"a:{len(v)}:{{" + "".join(_php(k) + _php(x) for k, x in items) + "}"


def test_a_php_serialized_array_in_a_cache_file_reads_as_its_records(tmp_path):
    """ThinkPHP's cache header, then serialize() of the record: s:<UTF-8 byte count>:"…" strings, the rows a list
    of arrays with the levels on every row: nothing was read."""
    rows = [dict(zip(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], [l1, l2, *r]))
            for (l1, l2), r in zip(LEVELS, ROWS)]
    rec = {"id": "7", "项目名称": "某项目", "绩效指标": rows, "status": 2}
    f = written(tmp_path, "<?php\n//000000000000\n exit();?>\n" + _php(rec))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS


def test_rst_csv_table_directives_read_as_tables(tmp_path):
    """'.. csv-table::' with a ':header:' option and its body as CSV (text quoted, figures bare, "" for empty
    cells, white space after the commas): the quotes were kept on every cell, the targets read qualitative."""
    def row(cells):
        return "   " + ", ".join(c if c.isdigit() else f'"{c}"' for c in cells)
    out = ["某项目绩效自评表", "=" * 16, "", ".. csv-table:: 基本情况", "", row(["项目名称", "某项目"]), "",
           ".. csv-table:: 绩效指标", "   :header: " + ", ".join(f'"{h}"' for h in HEAD), "   :widths: 10, 10", "",
           *(row(r) for r in body_rows()), ""]
    recs, got = indicator_rows(written(tmp_path, "\n".join(out)))
    assert got == ROWS and levels(recs) == LEVELS


def test_an_online_tables_api_answers_with_rich_text_segments_read_as_their_records(tmp_path):
    """Two request lines with the answer's status after them, a Bitable API's JSON each: text fields as lists of
    {"text", "type"} segments, numbers as numbers, the head table's one record: nothing was read."""
    import json

    def seg(s):
        return [{"text": s, "type": "text"}]
    head = {"code": 0, "data": {"items": [{"fields": {"项目名称": seg("某项目"), "年度": 2023}, "record_id": "recA"}],
                                "total": 1}, "msg": "success"}
    items = [{"fields": {"得分": float(r[4]) if "." in r[4] else int(r[4]), "三级指标": seg(r[0]), "一级指标": l1,
                         "实际完成值": seg(r[2]), "分值": int(r[3]), "年度指标值": seg(r[1]), "二级指标": l2},
              "record_id": f"rec{k}"} for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS))]
    rows = {"code": 0, "data": {"has_more": False, "items": items, "total": 3}, "msg": "success"}
    out = ["GET /open-apis/bitable/v1/apps/app1/tables/tbl1/records?page_size=100  200",
           json.dumps(head, ensure_ascii=False, indent=2), "",
           "GET /open-apis/bitable/v1/apps/app1/tables/tbl2/records?page_size=100  200",
           json.dumps(rows, ensure_ascii=False, indent=2), ""]
    recs, got = indicator_rows(written(tmp_path, "\n".join(out)))
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "某项目"


def test_a_soap_answer_carrying_a_dataset_reads_its_rows_not_its_schema(tmp_path):
    """An ASMX answer's .NET DataSet: an inline xs:schema of the tables' columns, then the diffgram's rows: the
    schema's xs:element lines were read as an indicator row (type：xs:string minOccurs：0)."""
    cols = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    schema = ('<xs:schema id="NewDataSet" xmlns="" xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element '
              'name="NewDataSet"><xs:complexType><xs:choice><xs:element name="绩效指标"><xs:complexType><xs:sequence>'
              + "".join(f'<xs:element name="{c}" type="xs:string" minOccurs="0" />' for c in cols)
              + "</xs:sequence></xs:complexType></xs:element></xs:choice></xs:complexType></xs:element></xs:schema>")
    rows = "".join(f'<绩效指标 diffgr:id="绩效指标{k}">' + "".join(f"<{c}>{v}</{c}>" for c, v in zip(cols, (*lv, *r)))
                   + "</绩效指标>" for k, (lv, r) in enumerate(zip(LEVELS, ROWS), 1))
    xml = ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
           '<soap:Body><GetResponse xmlns="http://tempuri.org/"><GetResult>' + schema
           + '<diffgr:diffgram xmlns:diffgr="urn:schemas-microsoft-com:xml-diffgram-v1"><NewDataSet xmlns="">'
           + '<项目信息 diffgr:id="项目信息1"><项目名称>某项目</项目名称><年度>2023</年度></项目信息>' + rows
           + "</NewDataSet></diffgr:diffgram></GetResult></GetResponse></soap:Body></soap:Envelope>")
    recs, got = indicator_rows(written(tmp_path, xml))
    assert got == ROWS and levels(recs) == LEVELS
