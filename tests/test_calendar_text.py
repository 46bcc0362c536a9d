"""An iCalendar invitation or a vCard saved as text (extract/calendar_text.py; issue 21, set 1510-1515): its text
properties unfolded and unescaped are the text a person reads, the rest said."""
from jixiao.extract import read_document
from jixiao.extract.calendar_text import calendar_text
from tests.text_rows import body_rows, indicator_rows, written, ROWS


def _folded(line: str, octets: int = 75) -> list[str]:
    """A content line folded as RFC 5545 asks: at most `octets` octets a line, continuation lines after one space."""
    out, cur = [], ""
    for c in line:
        if len((cur + c).encode("utf-8")) > (octets if not out else octets - 1):
            out.append(cur)
            cur = ""
        cur += c
    return [out[0]] + [" " + s for s in out[1:]] + [" " + cur] if out else [cur]


def _invitation(octets: int = 75) -> str:
    text = ["项目名称：2023年示范项目", "主管部门：示范县农业农村局", "",
            "\t".join(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"))]
    text += ["\t".join(r) for r in body_rows()]
    value = "\\n".join(t.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;") for t in text)
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
                        "ORGANIZER;CN=财务股:mailto:cw@example.cn", "DTSTART:20240320T013000Z"]
                       + _folded("DESCRIPTION;LANGUAGE=zh-CN:" + value, octets)
                       + ["SUMMARY:绩效自评审核会", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]) + "\r\n"


def test_the_description_unfolded_and_unescaped_with_its_lines():
    """Folds fall anywhere (inside figures and escapes: a backslash at a line's end, its 'n' on the next); the value
    unfolded reads \\n as a line break, \\, as a comma; each line keeps the file line it starts on; an alarm's
    DESCRIPTION is its reminder, not read; the bookkeeping properties are counted and named."""
    text = _invitation(40).replace("\r\n", "\n")
    got, source, said = calendar_text(text)
    lines = got.split("\n")
    assert lines[0] == "项目名称：2023年示范项目"
    assert lines[3].split("\t")[:3] == ["一级指标", "二级指标", "三级指标"]
    assert lines[-1] == "绩效自评审核会" and "Reminder" not in got
    file_lines = text.split("\n")
    assert all(file_lines[no - 1].lstrip().startswith(("DESCRIPTION", )) or file_lines[no - 1][:1] == " "
               for no in source[:-1])
    assert "ORGANIZER" in said and "DTSTART" in said and "DESCRIPTION" in said


def test_an_invitation_is_read_as_the_form_it_carries(tmp_path):
    recs, rows = indicator_rows(written(tmp_path, _invitation()))
    assert rows == [r for r in ((n, t, a, w, s) for n, t, a, w, s in ROWS)]
    assert any("iCalendar" in w for w in read_document(written(tmp_path, _invitation())).warnings)


def test_not_a_calendar_is_none():
    assert calendar_text("DESCRIPTION:x\nBEGIN:VEVENT\nEND:VEVENT") is None
    assert calendar_text("BEGIN:VCALENDAR\nX-WR-CALNAME:工作\n") is None
