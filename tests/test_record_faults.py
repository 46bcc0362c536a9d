"""Bad input to the readers of text as it comes (extract/record_text.py, extract/mail_message.py): a JSON
line cut short, a logfmt line with a quote left open, an SQL dump cut inside an INSERT, a mail with no
text part, a boundary never written, a base64 body cut, a large attachment. Each promise (the guide's
"bad input gets a clear error naming the file and the reason, and the batch goes on"; "every record
carries provenance") is checked on a file made from a corpus export or written here."""
import base64
import csv
import io
import quopri
import shutil

from jixiao.extract import read_document
from jixiao.extract.model import Table
from jixiao.nightly import run_inbox

from .conftest import REPORTS, ROOT

NATIVE = ROOT / "corpus" / "native"
FORM = ("项目支出绩效自评表（2023年度）\n项目名称\t2023年某某县示范项目\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t建设示范点\t≥20个\t21个\t8\t8\n"
        "总分\t\t\t\t\t8\t8\n")
HEADERS = ("Received: from mail.example.gov.cn (unknown [10.0.0.1])\r\nFrom: a@example.cn\r\nSubject: test\r\n"
           "Date: Fri, 22 Mar 2024 10:37:09 +0800\r\nMIME-Version: 1.0\r\n")


def _lines(name: str) -> list[str]:
    return (NATIVE / name).read_bytes().decode("utf-8-sig").split("\n")


def _cells(doc) -> dict[str, int]:
    """Every table cell's text with the source line it keeps."""
    return {c.text: c.loc.line for b in doc.blocks if isinstance(b, Table) for c in b.cells}


def _write(tmp_path, text: str, name="r.txt"):
    f = tmp_path / name
    f.write_bytes(text.encode("utf-8"))
    return f


def test_a_json_line_cut_short_is_named_and_the_log_still_read(tmp_path):
    lines = _lines("633.txt")
    lines[3] = lines[3][:len(lines[3]) // 2]
    doc = read_document(_write(tmp_path, "\n".join(lines)))
    assert doc.format == "txt"      # not a .csv of JSON fragments split at their commas
    assert any("第4行" in w and "残缺" in w for w in doc.warnings), doc.warnings
    cells = _cells(doc)
    assert cells["建设蔬菜标准化种植基地"] == 5      # the record after the cut one, on its own line
    assert "650.00" in cells                        # a JSON number keeps its written places


def test_a_logfmt_line_with_an_open_quote_is_named_and_the_log_still_read(tmp_path):
    lines = _lines("630.txt")
    lines[4] = lines[4][:60] + ' msg="未闭合'
    doc = read_document(_write(tmp_path, "\n".join(lines)))
    assert any("第5行" in w and "残缺" in w for w in doc.warnings), doc.warnings
    cells = _cells(doc)
    assert "time" not in cells and cells["衬砌改造干支渠"] == 7     # records, not lines split at '='


def test_lines_that_are_mostly_broken_are_no_log(tmp_path):
    """A line cut short is a record unread only where the records outnumber such lines."""
    text = '{"a": 1, "b": 2}\n{"a": 3, "b": 4}\n{"a": 5,\n{"a": 6,\n'
    doc = read_document(_write(tmp_path, text))
    assert not any("残缺" in w for w in doc.warnings)


def test_an_insert_with_quotes_in_a_value_keeps_them(tmp_path):
    text = (NATIVE / "629.txt").read_bytes().decode("gb18030")
    text = text.replace("'绥芬河市供热服务中心'", "'绥芬河市供热服务中心（O\\'Brien''s）'", 1)
    doc = read_document(_write(tmp_path, text))
    assert not doc.warnings
    assert any("实施单位：绥芬河市供热服务中心（O'Brien's）" in p.text for p in doc.paragraphs())


def test_a_dump_cut_inside_an_insert_reads_the_rest_and_names_the_lines(tmp_path):
    text = (NATIVE / "629.txt").read_bytes().decode("gb18030").replace("\r\n", "\n")
    first = text.find("INSERT INTO zxpj_zb")
    end = text.find("\n", first)
    text = text[:end - 30] + text[end:]        # its last values and the quote closing them gone
    doc = read_document(_write(tmp_path, text))
    line = text.count("\n", 0, first) + 1
    said = [w for w in doc.warnings if "残缺" in w]
    # the open quote runs to the end: every line from the cut INSERT on is named unread
    assert said and f"第{line}—{text.rstrip().count(chr(10)) + 1}行" in said[0], doc.warnings
    assert _cells(doc)["年度资金总额"] == 43      # the fund table before the cut still read, in place


def test_an_insert_row_keeps_the_line_it_is_written_on(tmp_path):
    """A row's line is its INSERT's, not moved down by the blank lines and comments before it."""
    text = (NATIVE / "629.txt").read_bytes().decode("gb18030")
    lines = text.replace("\r\n", "\n").split("\n")
    doc = read_document(NATIVE / "629.txt")
    for label in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "改造老旧供热管网"):
        assert _cells(doc)[label] == next(n for n, x in enumerate(lines, 1) if f"'{label}'" in x), label
    # an INSERT right after a comment is read (the comment is no part of the statement)
    text = text.replace("LOCK TABLES `zxpj_zb` WRITE;", "-- 指标", 1)
    doc = read_document(_write(tmp_path, text))
    assert _cells(doc)["改造老旧供热管网"] == next(n for n, x in enumerate(lines, 1) if "'改造老旧供热管网'" in x)


def _mail(body_headers: str, body: str) -> str:
    return HEADERS + body_headers + "\r\n" + body


def test_a_multipart_mail_body_keeps_the_lines_of_the_file(tmp_path):
    """The body's rows are numbered where the part stands in the file (below the boundary and its own
    headers), and a large attachment is named, not read."""
    qp = quopri.encodestring(FORM.replace("\n", "\r\n").encode()).decode()
    big = base64.encodebytes(b"\x00" * 3_000_000).decode()
    text = _mail('Content-Type: multipart/mixed; boundary="XX"\r\n',
                 "preamble\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\n"
                 "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp +
                 '\r\n--XX\r\nContent-Type: application/octet-stream\r\n'
                 'Content-Disposition: attachment; filename="a.xlsx"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                 + big + "\r\n--XX--\r\n")
    doc = read_document(_write(tmp_path, text))
    title = next(p for p in doc.paragraphs() if p.text.startswith("项目支出绩效自评表"))
    assert title.loc.line == text.split("\r\n").index(qp.split("\r\n")[0]) + 1
    assert any("a.xlsx" in w for w in doc.warnings)
    assert len(doc.blocks) < 10          # the attachment's base64 lines are not paragraphs


def test_a_mail_with_only_an_attachment_says_so_and_reads_no_base64(tmp_path):
    text = _mail('Content-Type: multipart/mixed; boundary="XX"\r\n',
                 '--XX\r\nContent-Type: application/octet-stream\r\n'
                 'Content-Disposition: attachment; filename="表.xlsx"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                 + base64.encodebytes(b"PK\x03\x04" * 100).decode() + "\r\n--XX--\r\n")
    doc = read_document(_write(tmp_path, text))
    assert any("没有正文" in w and "表.xlsx" in w for w in doc.warnings), doc.warnings
    assert not doc.blocks
    # a message that is one attachment, no multipart
    text = _mail('Content-Type: application/pdf; name="报告.pdf"\r\nContent-Transfer-Encoding: base64\r\n',
                 base64.encodebytes(b"%PDF-1.4" * 100).decode())
    doc = read_document(_write(tmp_path, text, "s.txt"))
    assert any("没有正文" in w and "报告.pdf" in w for w in doc.warnings), doc.warnings
    assert not doc.blocks


def test_a_mail_whose_boundary_is_never_written_is_read_with_a_warning(tmp_path):
    text = _mail('Content-Type: multipart/mixed; boundary="NEVER"\r\n', FORM)
    doc = read_document(_write(tmp_path, text))
    assert any("分隔线缺失" in w and "第8行" in w for w in doc.warnings), doc.warnings
    assert _cells(doc)["建设示范点"] == 11
    assert not any(p.text.startswith("From:") for p in doc.paragraphs())    # the headers are no text


def test_a_base64_body_cut_short_is_said(tmp_path):
    text = _mail("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n",
                 base64.encodebytes(FORM.encode()).decode()[:-7])
    doc = read_document(_write(tmp_path, text))
    assert any("base64 编码残缺" in w for w in doc.warnings), doc.warnings


def test_a_batch_with_broken_records_goes_on_and_names_them(tmp_path):
    box, out = tmp_path / "inbox", tmp_path / "out"
    box.mkdir()
    shutil.copy(REPORTS / "002_70340c3d2e0dbd82.txt", box / "good.txt")
    lines = _lines("633.txt")
    lines[3] = lines[3][:40]
    (box / "log.txt").write_text("\n".join(lines), encoding="utf-8")
    run_inbox(box, out)
    docs = {r["doc"]: r for r in csv.DictReader(io.StringIO((out / "documents.csv").read_bytes().decode("utf-8-sig")))}
    assert set(docs) == {"good.txt", "log.txt"}
    assert not docs["good.txt"]["error"] and not docs["log.txt"]["error"]
    assert "第4行" in docs["log.txt"]["warnings"]


LETTER = "各位领导：\n现将我单位项目支出绩效自评表报送如下，请审阅。\n" + FORM     # the table's header on body line 5


def _two_part(cte: str, encoded: str, charset: str | None = "utf-8") -> str:
    declared = f"; charset={charset}" if charset else ""
    return _mail('Content-Type: multipart/mixed; boundary="XX"\r\n',
                 f"--XX\r\nContent-Type: text/plain{declared}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
                 + encoded + '\r\n--XX\r\nContent-Type: application/octet-stream\r\n'
                 'Content-Disposition: attachment; filename="a.xlsx"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                 + base64.encodebytes(b"PK\x03\x04" * 30).decode() + "\r\n--XX--\r\n")


def test_an_encoded_body_keeps_the_line_each_row_is_encoded_on(tmp_path):
    """Quoted-printable joins lines at its soft breaks and base64 packs several text lines into one: a
    row's line is the file line its text is encoded on, not the body's start plus the row's place."""
    data = LETTER.replace("\n", "\r\n").encode()
    qp = quopri.encodestring(data).decode()
    text = _two_part("quoted-printable", qp)
    file_lines = text.split("\r\n")
    # the row opens a line of the body: in the file, the encoded line that starts with its first word
    row_at = next(n for n, x in enumerate(file_lines, 1) if x.startswith(quopri.encodestring("产出指标".encode()).decode()))
    assert _cells(read_document(_write(tmp_path, text)))["建设示范点"] == row_at
    b64 = base64.encodebytes(data).decode().replace("\n", "\r\n")
    text = _two_part("base64", b64)
    first = text.split("\r\n").index(b64.split("\r\n")[0]) + 1
    row_at = first + data.index("产出指标".encode()) // 57      # a base64 line holds 57 bytes
    assert _cells(read_document(_write(tmp_path, text, "b.txt")))["建设示范点"] == row_at


def test_a_part_in_a_charset_nobody_knows_is_read_as_gb18030_and_said(tmp_path):
    data = LETTER.replace("\n", "\r\n").encode("gb18030")
    doc = read_document(_write(tmp_path, _two_part("base64", base64.encodebytes(data).decode(), "x-unknown-cn"), "g.txt"))
    assert _cells(doc)["建设示范点"]
    assert any("g.txt" in w and "第2部分" in w and "x-unknown-cn" in w and "GB18030" in w for w in doc.warnings), doc.warnings
    # bytes that are no GB18030 either: said, with how many characters were lost
    broken = base64.encodebytes(b"\x81\x20" + data).decode()
    doc = read_document(_write(tmp_path, _two_part("base64", broken, "x-unknown-cn"), "h.txt"))
    assert any("h.txt" in w and "不能完整解码" in w and "1处" in w for w in doc.warnings), doc.warnings


def test_a_part_whose_declared_charset_is_wrong_is_read_in_the_one_that_decodes_and_said(tmp_path):
    """A part that says utf-8 but is GBK: decoded as declared it loses its Chinese to U+FFFD; read in
    the Chinese charset its bytes decode in whole, said; where none does, the loss is said."""
    data = LETTER.replace("\n", "\r\n").encode("gbk")
    doc = read_document(_write(tmp_path, _two_part("base64", base64.encodebytes(data).decode()), "w.txt"))
    assert _cells(doc)["建设示范点"]
    assert not any("\ufffd" in p.text for p in doc.paragraphs())
    assert any("w.txt" in w and "第2部分" in w and "utf-8" in w and "GB18030" in w for w in doc.warnings), doc.warnings
    broken = base64.encodebytes(data + b"\x81\x20").decode()     # no Chinese charset decodes it whole
    doc = read_document(_write(tmp_path, _two_part("base64", broken), "v.txt"))
    assert any("v.txt" in w and "第2部分" in w and "无法识别" in w for w in doc.warnings), doc.warnings


def test_a_warning_on_an_encoded_mail_body_cites_the_file_line(tmp_path):
    """A quoted-printable body's lines are not the file's: a broken record is named by the file line its
    text is encoded on, as its cells are."""
    log = "".join(f'{{"指标":"建设示范点{k}","目标值":"≥20个","实际值":"21个"}}\n' for k in range(6))
    lines = log.split("\n")
    lines[3] = lines[3][:20]          # a JSON line cut short: body line 4
    data = ("\n".join(lines)).replace("\n", "\r\n").encode()
    qp = quopri.encodestring(data).decode()
    text = _two_part("quoted-printable", qp)
    before = quopri.encodestring(("\r\n".join(lines[:3]) + "\r\n").encode()).decode()    # lines 1-3, encoded
    assert qp.startswith(before) and before.count("\n") > 3      # soft breaks: more file lines than body lines
    at = text.split("\r\n").index(qp.split("\r\n")[0]) + 1 + before.count("\n")
    doc = read_document(_write(tmp_path, text))
    said = [w for w in doc.warnings if "残缺" in w]
    assert said and f"第{at}行" in said[0], doc.warnings


def test_an_8bit_part_whose_bytes_are_not_its_charset_is_checked_as_an_encoded_one_is(tmp_path):
    """A 7bit / 8bit part's text is the file's, decoded in one charset for the whole file (here GB18030):
    a part that declares UTF-8, or no charset, and is GBK was read with nothing said. Its own bytes are
    checked against its charset as an encoded part's are: read in the one they decode in, said with the part."""
    gbk = LETTER.replace("\n", "\r\n").encode("gbk")
    for name, charset, said in (("u.txt", "utf-8", "声明的字符集“utf-8”不能完整解码"),
                                ("n.txt", None, "未声明字符集，内容不是 ASCII")):
        (tmp_path / name).write_bytes(_two_part("8bit", "{BODY}", charset).encode().replace(b"{BODY}", gbk))
        doc = read_document(tmp_path / name)
        assert _cells(doc)["建设示范点"]
        assert any(name in w and "第2部分" in w and said in w and "GB" in w for w in doc.warnings), doc.warnings


def test_a_mail_whose_8bit_parts_are_in_different_charsets_reads_each_part_by_its_own(tmp_path):
    """An .eml of 8bit parts, the body UTF-8 and a second text part GBK, decodes in no one charset
    whole: it was refused as binary before the mail reader saw it. Each part is its own bytes in the
    charset it declares; a part whose bytes its charset cannot decode, nor any other, says its loss."""
    body = LETTER.replace("\n", "\r\n").encode("utf-8")
    note = "附：项目实施情况说明\r\n".encode("gbk")

    def mail(second: bytes, charset: str) -> bytes:
        return _mail('Content-Type: multipart/mixed; boundary="XX"\r\n',
                     "--XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                     "{BODY}\r\n--XX\r\nContent-Type: text/plain; charset=" + charset + "\r\n"
                     "Content-Transfer-Encoding: 8bit\r\n\r\n{NOTE}\r\n--XX--\r\n").encode().replace(
                         b"{BODY}", body).replace(b"{NOTE}", second)
    (tmp_path / "m.eml").write_bytes(mail(note, "gbk"))
    doc = read_document(tmp_path / "m.eml")
    assert _cells(doc)["建设示范点"]
    assert not any("\ufffd" in p.text for p in doc.paragraphs())
    # the body itself in two charsets: its UTF-8 read, the GBK bytes in it said lost
    body = body + note + b"\x81\x20"
    (tmp_path / "l.eml").write_bytes(mail(note, "gbk"))
    doc = read_document(tmp_path / "l.eml")
    assert _cells(doc)["建设示范点"]
    assert any("l.eml" in w and "第2部分" in w and "无法识别" in w for w in doc.warnings), doc.warnings


def test_a_mixed_mail_whose_first_part_is_a_web_page_is_read_as_a_mail(tmp_path):
    """A multipart/mixed .eml whose first part is 8bit text/html has <html near its top: sniffed as a
    web page, its header block was read as page text and its bytes (a UTF-8 page, a GBK note attached)
    decoded as one charset. Its header block says it is a mail: each part read in its own charset, the
    attachment named."""
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in line.split(chr(9)))}</tr>" for line in FORM.split("\n")[2:4])
    page = f"<html><body><table>{rows}</table></body></html>".encode("utf-8")
    data = _mail('Content-Type: multipart/mixed; boundary="XX"\r\n',
                 "--XX\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                 "{PAGE}\r\n--XX\r\nContent-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: 8bit\r\n"
                 'Content-Disposition: attachment; filename="note.txt"\r\n\r\n'
                 "{NOTE}\r\n--XX\r\nContent-Type: application/octet-stream\r\n"
                 'Content-Disposition: attachment; filename="a.xlsx"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                 "UEsDBA==\r\n--XX--\r\n").encode().replace(b"{PAGE}", page).replace(
                     b"{NOTE}", "附：项目实施情况说明".encode("gbk"))
    (tmp_path / "m.eml").write_bytes(data)
    doc = read_document(tmp_path / "m.eml")
    assert "建设示范点" in _cells(doc) and "≥20个" in _cells(doc)
    assert not any(p.text.startswith(("From:", "Received:", "--XX")) for p in doc.paragraphs())
    assert not any("\ufffd" in b.text for b in doc.paragraphs())
    assert any("a.xlsx" in w and "note.txt" in w for w in doc.warnings), doc.warnings
