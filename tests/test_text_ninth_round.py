"""Text as it comes, ninth round (issue 21): a mail saved whole (headers, a quoted-printable body), a
system's records written as logfmt lines, JSON lines or SQL INSERTs."""
import base64
import quopri

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

from tests.text_rows import ROWS, indicator_rows

FORM = ("项目支出绩效自评表（2023年度）\n"
        "项目名称\t2023年某某县示范项目\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t8\t8\n"
        "产出指标\t质量指标\t验收合格率\t100%\t100%\t6\t6\n"
        "效益指标\t社会效益指标\t带动就业\t≥50人\t42人\t8\t6.72\n"
        "总分\t\t\t\t\t22\t20.72\n")


def _mail(body_header: str, body: str) -> str:
    subject = base64.b64encode("报送绩效自评表".encode()).decode()
    return ("Received: from mail.example.gov.cn (unknown [10.0.0.1])\r\n"
            "\tby mx.example.gov.cn with SMTP id 1;\r\n"
            "From: =?utf-8?B?" + base64.b64encode("某某局".encode()).decode() + "?= <a@example.cn>\r\n"
            f"Subject: =?utf-8?B?{subject}?=\r\n"
            "Date: Fri, 22 Mar 2024 10:37:09 +0800\r\n"
            "MIME-Version: 1.0\r\n" + body_header + "\r\n" + body)


def test_a_mail_saved_with_its_headers_reads_its_decoded_body(tmp_path):
    """A quoted-printable body (soft line breaks cutting a character's escapes and a row, a tab at a line
    end as =09) is the form once decoded as a mail client decodes it."""
    body = quopri.encodestring(FORM.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    assert "=\r\n" in body or "=\n" in body       # the soft line breaks are there to be undone
    f = tmp_path / "r.txt"
    f.write_text(_mail("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                       body), encoding="ascii", newline="")
    recs, rows = indicator_rows(f)
    assert rows == ROWS
    assert recs.projects[0].name == "2023年某某县示范项目"


def test_a_multipart_mail_reads_its_text_and_names_the_attachment_it_does_not(tmp_path):
    text = base64.encodebytes(FORM.encode("gb18030")).decode("ascii")
    att = base64.encodebytes(b"PK\x03\x04 not read").decode("ascii")
    body = ("--B\r\nContent-Type: text/plain; charset=gb18030\r\nContent-Transfer-Encoding: base64\r\n\r\n" + text +
            "--B\r\nContent-Type: application/octet-stream; name=\"a.xlsx\"\r\n"
            "Content-Disposition: attachment; filename=\"a.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + att +
            "--B--\r\n")
    f = tmp_path / "r.eml.txt"
    f.write_text(_mail('Content-Type: multipart/mixed; boundary="B"\r\n', body), encoding="ascii", newline="")
    doc = read_document(f)
    assert any(w.startswith(f"{doc.source}：") and "附件" in w and "a.xlsx" in w for w in doc.warnings)
    assert indicator_rows(f)[1] == ROWS


def test_label_value_lines_are_no_mail_headers(tmp_path):
    """A form opening with ASCII label: value lines is read as written: no message field names it a mail."""
    f = tmp_path / "r.txt"
    f.write_text("Project: demo\nUnit: county\nYear: 2023\n\n" + FORM, encoding="utf-8")
    doc = read_document(f)
    assert any(getattr(b, "text", "") == "Project: demo" for b in doc.blocks)
    assert indicator_rows(f)[1] == ROWS


SQL_DUMP = """-- MySQL dump 10.13
SET NAMES utf8mb4;
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
DROP TABLE IF EXISTS `t_xm`;
CREATE TABLE `t_xm` (
  `id` int(11) NOT NULL COMMENT '项目ID',
  `mc` varchar(200) NOT NULL COMMENT '项目名称',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='项目';
INSERT INTO `t_xm` VALUES (7,'2023年某某县示范项目');
CREATE TABLE `t_zb` (
  `id` int(11) NOT NULL COMMENT '项目ID',
  `a` varchar(20) NOT NULL COMMENT '一级指标',
  `b` varchar(30) NOT NULL COMMENT '二级指标',
  `c` varchar(200) NOT NULL COMMENT '三级指标',
  `d` varchar(100) DEFAULT NULL COMMENT '年度指标值',
  `e` varchar(100) DEFAULT NULL COMMENT '实际完成值',
  `f` decimal(5,2) DEFAULT NULL COMMENT '分值',
  `g` decimal(5,2) DEFAULT NULL COMMENT '得分',
  `h` varchar(500) DEFAULT NULL COMMENT '偏差原因',
  KEY `ix` (`id`,`a`)
) ENGINE=InnoDB COMMENT='绩效指标';
LOCK TABLES `t_zb` WRITE;
INSERT INTO t_zb (id, a, b, c, d, e, f, g, h) VALUES (7, '产出指标', '数量指标', '建设示范点', '≥20个', '21个', 8.00, 8.00, '');
INSERT INTO t_zb (id, a, b, c, d, e, f, g, h) VALUES (7, '产出指标', '质量指标', '验收合格率', '100%', '100%', 6.00, 6.00, NULL),
 (7, '效益指标', '社会效益指标', '带动就业', '≥50人', '42人', 8.00, 6.72, '受天气影响；次年补齐');
UNLOCK TABLES;
-- Dump completed
"""


def test_an_sql_dump_reads_its_inserts_as_rows_headed_by_the_columns_comments(tmp_path):
    """Columns named in codes (a, b, …) mean what their COMMENT says; an INSERT per row or per batch,
    NULL an empty cell, a ; inside a string no statement's end."""
    f = tmp_path / "r.txt"
    f.write_bytes(SQL_DUMP.replace("\n", "\r\n").encode("gbk"))
    recs, rows = indicator_rows(f)
    assert rows == [("建设示范点", "≥20个", "21个", "8.00", "8.00"), ("验收合格率", "100%", "100%", "6.00", "6.00"),
                    ("带动就业", "≥50人", "42人", "8.00", "6.72")]
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert recs.indicators[2].reason == "受天气影响；次年补齐"


def _log_rows(line, rows):
    return "\n".join(line(k, r) for k, r in enumerate(rows, 1))


LOG_ROWS = [("产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"),
            ("产出指标", "质量指标", "验收合格率", "100%", "100%", "6", "6"),
            ("效益指标", "社会效益指标", "带动就业", "≥50人", "42人", "8", "6.72")]


def test_logfmt_lines_are_records_their_rows_named_not_read_as_cells(tmp_path):
    """A log's key=value pairs are one record's fields: the records of one kind are a table's rows (no
    'key=value' cell), a warning line between them set after."""
    def line(k, r):
        out = (f'time=2024-03-21T09:30:0{k} level=info msg=row job=x seq={k} la={r[0]} lb={r[1]} name={r[2]} '
               f'tv="{r[3]}" av="{r[4]}" w={r[5]} s={r[6]}')
        return out + ("\ntime=2024-03-21T09:30:09 level=warn msg=\"low score\" job=x seq=3 calc=\"42/50×8=6.72\""
                      if k == 3 else "")
    f = tmp_path / "r.txt"
    f.write_text("\ufeff" + "time=2024-03-21T09:30:00 level=info msg=start job=x name=2023年某某县示范项目\n"
                 + _log_rows(line, LOG_ROWS) + "\ntime=2024-03-21T09:30:10 level=info msg=end job=x rows=3\n",
                 encoding="utf-8")
    doc = read_document(f)
    table = doc.tables()[0]
    assert [c.text for c in table.rows()[0]] == ["seq", "la", "lb", "name", "tv", "av", "w", "s"]
    assert [c.text for c in table.rows()[3]] == ["3", *LOG_ROWS[2]]
    assert not any("=" in c.text for t in doc.tables() for r in t.rows() for c in r)
    assert indicator_rows(f)[1] == [r[2:] for r in LOG_ROWS]     # the roles read from the cells (below)


def test_json_lines_decode_their_escapes_with_json(tmp_path):
    """One JSON object a line, every CJK character a \\uXXXX escape: decoded by json, an object inside a
    record its fields, a list of objects a table of its own, a number keeping its written places."""
    import json

    def line(k, r):
        return json.dumps({"ts": f"2024-03-22T14:05:1{k}", "event": "row",
                           "data": {"xh": k, "a": r[0], "b": r[1], "c": r[2], "d": r[3], "e": r[4],
                                    "f": int(r[5]), "g": float(r[6])}})
    fund = ('{"ts":"2024-03-22T14:05:10","event":"fund","data":{"unit":"\\u4e07\\u5143","items":'
            '[{"src":"\\u5408\\u8ba1","a":650.00,"b":682.50},{"src":"\\u5176\\u4e2d","a":650.00}]}}')
    f = tmp_path / "r.txt"
    f.write_text(fund + "\n" + _log_rows(line, LOG_ROWS) + "\n", encoding="ascii")
    doc = read_document(f)
    tables = [[[c.text for c in r] for r in t.rows()] for t in doc.tables()]
    assert tables[0] == [["src", "a", "b"], ["合计", "650.00", "682.50"], ["其中", "650.00", ""]]
    assert tables[1][0] == ["xh", "a", "b", "c", "d", "e", "f", "g"]
    assert tables[1][3] == ["3", *LOG_ROWS[2][:5], "8", "6.72"]
    assert any(getattr(b, "text", "") == "unit：万元" for b in doc.blocks)


def test_numbered_rows_led_by_levels_under_a_header_of_codes_are_named_unread(tmp_path):
    """A header naming no column the grammar knows over rows numbered 1, 2, 3 is a roster only where its
    rows have no level: rows whose cells after the number open with a level 1 and a level 2 are
    indicators not read, and said so."""
    f = tmp_path / "r.txt"
    f.write_text("项目名称\t2023年某某县示范项目\nxh\tyj\tej\tsj\tmb\tsw\tfz\tdf\n" +
                 "".join(f"{k}\t" + "\t".join(r) + "\n" for k, r in enumerate(LOG_ROWS, 1)), encoding="utf-8")
    recs, rows = indicator_rows(f)
    assert rows == []
    assert recs.unread_rows == 3 and sum("像指标行但未读取" in w for w in recs.warnings) == 3


def _coded_log(rows, total="mf=100 zf=20.72 zpdj=优", fund=True):
    out = ["ts=1 ev=start id=7 mc=2023年某某县示范项目 dw=某某县农业农村局"]
    if fund:
        out += ['ts=2 ev=fund ly=年度资金总额 dw=万元 a=500.00 b=520.00 c=507.00 fz=10 zxl="97.50%" df=9.75',
                "ts=3 ev=fund ly=其中：当年财政拨款 dw=万元 a=500.00 b=520.00 c=507.00"]
    out += [f'ts={k + 3} ev=row xh={k} yj={r[0]} ej={r[1]} sj={r[2]} mb="{r[3]}" wc="{r[4]}" fz={r[5]} df={r[6]}'
             for k, r in enumerate(rows, 1)]
    out.append(f"ts=9 ev=total {total}")
    return "\n".join(out) + "\n"


def test_columns_named_in_codes_read_their_roles_from_their_cells(tmp_path):
    """Under field names in codes the cells say each column's role: levels by the level grammar, the
    name the text after them, the target the value with more bounds, the weight no less than the score;
    the fund's columns by its arithmetic (executed / budget = the rate, weight × rate = the score); the
    total record by its values (the full points, a score under them, a grade); the project's name the
    one value shaped as one, its year the year the name opens with."""
    f = tmp_path / "r.txt"
    f.write_text(_coded_log(LOG_ROWS), encoding="utf-8")
    recs, rows = indicator_rows(f)
    assert rows == [r[2:] for r in LOG_ROWS]
    assert [(i.level1, i.level2) for i in recs.indicators] == [r[:2] for r in LOG_ROWS]
    p = recs.projects[0]
    assert p.name == "2023年某某县示范项目" and recs.year == 2023
    figures = (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated, p.fund_weight, p.fund_score,
               p.total_weight_stated, p.total_score_stated)
    assert [x.raw for x in figures] == ["500.00", "520.00", "507.00", "97.50%", "10", "9.75", "100", "20.72"]
    assert p.grade_stated == "优"


def test_code_columns_that_show_no_role_stay_unread_and_said(tmp_path):
    """A score above its weight in one row and below in another: the cells show no weight column, so
    the table is not read by guess; its rows are named unread. A total record with two numbers under the
    full points is no total."""
    rows = [list(r) for r in LOG_ROWS]
    rows[0][5], rows[0][6] = "6", "8"
    f = tmp_path / "r.txt"
    f.write_text(_coded_log(rows, total="mf=100 zf=20.72 n=3 zpdj=优", fund=False), encoding="utf-8")
    recs, got = indicator_rows(f)
    assert got == [] and recs.unread_rows >= 3
    assert not any(p.total_score_stated for p in recs.projects)


def test_a_mail_with_many_unread_attachments_names_five_and_says_there_are_more(tmp_path):
    """The attachments a mail leaves unread are named five at most, with 等 where there are more (the
    warning once listed five of seven as if they were all)."""
    att = base64.encodebytes(b"PK\x03\x04 not read").decode("ascii")
    parts = "".join(f"--B\r\nContent-Type: application/octet-stream; name=\"a{k}.xlsx\"\r\n"
                    f"Content-Disposition: attachment; filename=\"a{k}.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + att for k in range(7))
    body = ("--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + FORM + parts + "--B--\r\n")
    f = tmp_path / "r.eml.txt"
    f.write_text(_mail('Content-Type: multipart/mixed; boundary="B"\r\n', body), encoding="utf-8", newline="")
    said = [w for w in read_document(f).warnings if "附件" in w]
    assert len(said) == 1 and "7个附件（a0.xlsx、a1.xlsx、a2.xlsx、a3.xlsx、a4.xlsx等）" in said[0]
