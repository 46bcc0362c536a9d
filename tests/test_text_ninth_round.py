"""Text as it comes, ninth round (issue 21): a mail saved whole (headers, a quoted-printable body), a
system's records written as logfmt lines, JSON lines or SQL INSERTs."""
import base64
import quopri

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

from tests.text_rows import indicator_rows

FORM = ("项目支出绩效自评表（2023年度）\n"
        "项目名称\t2023年某某县示范项目\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t8\t8\n"
        "产出指标\t质量指标\t验收合格率\t100%\t100%\t6\t6\n"
        "效益指标\t社会效益指标\t带动就业\t≥50人\t42人\t8\t6.72\n"
        "总分\t\t\t\t\t22\t20.72\n")
ROWS = [("建设示范点", "≥20个", "21个", "8", "8"), ("验收合格率", "100%", "100%", "6", "6"),
        ("带动就业", "≥50人", "42人", "8", "6.72")]


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
    assert any("附件" in w and "a.xlsx" in w for w in doc.warnings)
    assert indicator_rows(f)[1] == ROWS


def test_label_value_lines_are_no_mail_headers(tmp_path):
    """A form opening with ASCII label: value lines is read as written: no message field names it a mail."""
    f = tmp_path / "r.txt"
    f.write_text("Project: demo\nUnit: county\nYear: 2023\n\n" + FORM, encoding="utf-8")
    doc = read_document(f)
    assert any(getattr(b, "text", "") == "Project: demo" for b in doc.blocks)
    assert indicator_rows(f)[1] == ROWS
