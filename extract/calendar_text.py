"""An iCalendar (.ics, RFC 5545) or vCard (.vcf, RFC 6350) file saved as text: a meeting invitation whose
DESCRIPTION carries the form, a contact card whose NOTE does. Its CONTENT LINES are 'NAME;PARAM=…:value',
a long one FOLDED (each continuation line begins with one space or tab, the fold anywhere: inside a word,
a figure or an escape), and a TEXT value ESCAPES its line breaks (\\n, \\N), commas (\\,), semicolons (\\;) and
backslashes (\\\\). The text a person reads is the value of the text properties meant for people (SUMMARY,
DESCRIPTION, COMMENT, NOTE) of the event, task, journal or card, unfolded and unescaped, its lines where
they stand in the file; the rest (ORGANIZER, ATTENDEE, DTSTART, UID, the time zone, an alarm's own
description, an HTML copy in X-ALT-DESC) is the calendar's bookkeeping, not read, and said.

Evidence: the file's first content line is BEGIN:VCALENDAR or BEGIN:VCARD and an END of it follows."""
from __future__ import annotations

import re

from .folded_lines import unfolded

_PROPERTY = re.compile(r"^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$")
_ESCAPE = re.compile(r"\\([nN,;\\])")
# the properties whose values are text for a person to read (RFC 5545 3.8.1, RFC 6350 6.7.2)
READ = ("SUMMARY", "DESCRIPTION", "COMMENT", "NOTE")
# the components whose text is the message's own (an alarm's DESCRIPTION is its reminder's)
_OWN = {"VEVENT", "VTODO", "VJOURNAL", "VCARD"}


def _unescaped(value: str, starts: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """A TEXT value's lines, each with the file line its first character stands on (`starts`: the offset in
    the unfolded value where each file line begins)."""
    lines, cur, at = [], [], 0

    def line_of(offset: int) -> int:
        return max(no for start, no in starts if start <= offset)

    pos = 0
    for m in _ESCAPE.finditer(value):
        cur.append(value[pos:m.start()])
        if m.group(1) in "nN":
            lines.append((line_of(at), "".join(cur)))
            cur, at = [], m.end()
        else:
            cur.append(m.group(1))
        pos = m.end()
    cur.append(value[pos:])
    lines.append((line_of(at), "".join(cur)))
    return lines


def calendar_text(text: str) -> tuple[str, list[int], str] | None:
    """(the text a person reads, each of its lines' file line, what was said of the rest) where the text is
    an iCalendar or vCard file; None otherwise."""
    lines = text.split("\n")
    first = next((ln.strip() for ln in lines if ln.strip()), "").upper()
    if first not in ("BEGIN:VCALENDAR", "BEGIN:VCARD") or not any(
            ln.strip().upper() == "END:" + first[6:] for ln in lines):
        return None
    # the content lines unfolded (a line opening with a space or a tab goes on with the one above, blank lines
    # none), each (its text, [(offset, file line)])
    props = [(line, starts) for _, line, starts in unfolded(
        [(no, ln) for no, ln in enumerate(lines, 1) if ln.strip() or ln[:1] in (" ", "\t")], " \t", lambda _: True)]
    out: list[tuple[int, str]] = []
    read, unread, stack = [], [], []
    for line, starts in props:
        m = _PROPERTY.match(line)
        if not m:
            unread.append(line[:20])
            continue
        name, value = m.group(1).upper(), m.group(3)
        if name == "BEGIN":
            stack.append(value.strip().upper())
            continue
        if name == "END":
            if stack:
                stack.pop()
            continue
        if name in READ and stack and stack[-1] in _OWN:
            offset = len(m.group(1)) + len(m.group(2)) + 1
            shifted = [(max(0, s - offset), no) for s, no in starts]
            out += _unescaped(value, shifted)
            read.append(name)
        else:
            unread.append(name)
    if not read:
        return None
    names = list(dict.fromkeys(unread))
    said = (f"此文件是{'iCalendar 日程' if first.endswith('VCALENDAR') else 'vCard 名片'}（{first}），已将折行"
            f"（以空格开头的续行）接回、还原转义（\\n 换行、\\, 逗号、\\; 分号），读取其中供人阅读的{len(read)}个文字属性"
            f"（{'、'.join(dict.fromkeys(read))}）；"
            f"其余{len(unread)}个属性（{'、'.join(names[:6])}{'等' if len(names) > 6 else ''}，日程或名片的收发与时间信息）未读取")
    return "\n".join(t for _, t in out), [no for no, _ in out], said
