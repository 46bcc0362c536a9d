"""Text as it comes, forty-first round (set 1648-1653): a file joined from a UTF-8 part and a GBK part, UTF-8
stored through a latin1 connection and read back double-encoded, a web system's fields stored HTML-escaped, and
a mail in format=flowed whose table rows are soft-broken."""
from jixiao.extract import read_document
from jixiao.extract.mail_message import unflowed
from jixiao.extract.text_repair import double_encoded, lines_decoded, unreferenced
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels

HEAD = "\t".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])


def _table() -> list[str]:
    return [HEAD] + ["\t".join(r) for r in body_rows()]


def test_a_file_of_utf8_lines_and_gbk_lines_reads_each_line_in_its_own(tmp_path):
    """copy /b head.txt+table.txt: the head UTF-8 (with Notepad's BOM), the table GBK; neither reads it whole."""
    f = tmp_path / "r.txt"
    f.write_bytes(b"\xef\xbb\xbf" + "项目名称：示范项目\r\n主管部门：某县农业农村局\r\n\r\n".encode("utf-8")
                  + ("\r\n".join(["年度绩效指标"] + _table()) + "\r\n").encode("gbk"))
    recs, rows = indicator_rows(f)
    assert rows == ROWS and levels(recs) == LEVELS
    doc = read_document(f)
    assert "GB18030" in doc.encoding and any("两种编码" in w for w in doc.warnings)
    assert lines_decoded("只有一种编码\n第二行".encode("utf-8")) is None      # one encoding reads it whole: not ours
    assert lines_decoded(b"\xff\xfe\x00binary\n\xe4\xb8") is None          # a line in neither: no text


def test_utf8_read_as_windows_1252_and_encoded_again_is_read_as_written(tmp_path):
    """A latin1 column holding UTF-8 bytes, read through a UTF-8 connection: 项 comes back as é¡¹ (and the bytes
    Windows-1252 leaves unassigned as C1 controls); the column names typed in the query come back right."""
    def again(s):
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in s.encode("utf-8"))
    lines = [HEAD] + ["\t".join(again(c) if c else "NULL" for c in r) for r in body_rows()]
    f = tmp_path / "r.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs, rows = indicator_rows(f)
    assert rows == ROWS and levels(recs) == LEVELS
    assert any("再次编码" in w for w in read_document(f).warnings)
    assert double_encoded("café crème, 咖啡 ×× 0797-3322×××") is None       # Latin words and signs stay


def test_html_character_references_in_cells_are_read_as_their_characters(tmp_path):
    """An OA that stores its fields escaped (htmlspecialchars) exports &gt;=20个 for >=20个: a >= target."""
    rows = body_rows()
    rows[0][2], rows[2][3] = "建设&quot;一村一品&quot;示范点", "&gt;=50人"
    rows[0][3] = rows[0][3].replace("≥", "&gt;=")
    f = tmp_path / "r.csv"
    f.write_text("\r\n".join(",".join(r) for r in [HEAD.split("\t")] + rows) + "\r\n", encoding="utf-8-sig")
    recs, _ = indicator_rows(f)
    assert [(i.level3, i.target.raw, i.target.q.op) for i in recs.indicators][:1] == [
        ('建设"一村一品"示范点', ">=20个", ">=")]
    assert [i.target.q.op for i in recs.indicators] == [">=", "=", ">="]
    assert any("HTML 字符实体" in w for w in read_document(f).warnings)
    assert unreferenced("R&D 与 &foo; 及 &amp") == "R&D 与 &foo; 及 &amp"     # no ';' or no such name: as written


def test_a_flowed_mail_joins_its_soft_broken_quoted_lines(tmp_path):
    """format=flowed; delsp=yes: a line ending in a space goes on in the next line of the same quote depth, the
    space deleted; '-- ' (the signature's separator) is no break; a line of another depth is not joined."""
    body, firsts = unflowed("> 效益指标\t社会效 \n> 益指标\t带动 \n> 就业\n>\n-- \n王某", True)
    assert body.split("\n") == ["> 效益指标\t社会效益指标\t带动就业", ">", "-- ", "王某"] and firsts == [0, 3, 4, 5]
    assert unflowed("a \nb", False)[0] == "a b"
    table = "\n".join(_table())
    quoted = []
    for line, row in zip(table.split("\n"), [None] + ROWS):     # each row cut inside its target, a space added
        k = line.index(row[1]) + 2 if row else len(line)
        quoted += ["> " + line[:k] + " ", "> " + line[k:]] if row else ["> " + line]
    mail = ("From: a@b.cn\r\nDate: Thu, 14 Mar 2024 15:42:07 +0800\r\nMessage-ID: <x@b.cn>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "收到。\r\n\r\n在 2024/3/14, 张某 写道:\r\n" + "\r\n".join(quoted) + "\r\n")
    f = tmp_path / "r.txt"
    f.write_bytes(mail.encode("utf-8"))
    recs, rows = indicator_rows(f)
    assert rows == ROWS and levels(recs) == LEVELS
    assert any("format=flowed" in w for w in read_document(f).warnings)
