"""Circled numbers that number a scanned table's names (① ② … ⑳), read on in their sequence
where OCR lost a two-digit number's first digit.

At 150 dpi the digits inside a circle are a few pixels high: both recognisers read ⑪ as ①, ⑬ as
③, and ⑫ as two glyphs ①②. The text formats keep the numbering in the name as written
(⑪内部控制制度健全), so the scan's reading should too. A column whose cells start ① ② ③ … in
order, unbroken from ①, is a sequence; where its next numbered cell starts with circled numbers
that do not continue it but whose digits are the last digits of the number that would (① or ③
after ⑩ / ⑫, ①② after ⑪), they are that number. A number read that continues the run, or any
other, is left as read, and each change is named in the document's warnings.

Word's list numbers (1. 2. …, a tab after the stop) have the same trouble in another form: the
white after the stop makes detection start a second box that takes the stop again, and the cell
reads "7.. 传承人…". A number followed by two stops or more, in a column whose other cells start
with a number and one stop, is a list number of the column's form (relisted).

A number in brackets ("(2)发放…") is read with one bracket or both in the other width: "（2）" or
"(3）" in a column whose other cells write "(1)". A bracketed number in a column where most of
the bracketed numbers, two or more, are written one way takes that way (relisted too).
"""
from __future__ import annotations

import re
from collections import Counter

FIRST = 0x2460                      # ①; ⑳ is FIRST + 19
LEAD = re.compile("[\u2460-\u2473]+")


def circled(n: int) -> str:
    return chr(FIRST + n - 1)


def renumber(tables, number: int) -> list[str]:
    """Read on the circled numbering of each column of a page's tables; the changes made, for
    the warnings (第N页第R行“①…”→“⑪…”)."""
    changes = []
    for cells in _columns(tables):
        last = 0     # the last number of the run unbroken from ①; 0 where there is none
        for cell in sorted(cells, key=lambda c: c.row):
            text = cell.text.strip()
            lead = LEAD.match(text)
            if lead is None:
                continue
            digits = "".join(str(ord(ch) - FIRST + 1) for ch in lead.group())
            want = last + 1
            # only a two-digit number loses a digit; ⑳ is the last circled number
            if last and 10 <= want <= 20 and lead.group() != circled(want) and str(want).endswith(digits):
                cell.text = circled(want) + text[lead.end():]
                changes.append(f"第{number}页第{cell.row + 1}行“{text}”→“{cell.text}”")
                last = want
            elif len(lead.group()) == 1 and int(digits) == want:
                last = want
            else:
                last = 1 if digits == "1" else 0
    return changes


STOPS = ".．。"
LISTED = re.compile(rf"^(\d{{1,2}})([{STOPS}]\s*)(?=[^\d{STOPS}\s])")       # 7.传承人…  (one stop)
RESTOPPED = re.compile(rf"^(\d{{1,2}})[{STOPS}](?:\s*[{STOPS}])+\s*(?=[^\d{STOPS}\s])")   # 7.. 传承人…


BRACKETED = re.compile(r"^([(（])(\d{1,2})([)）])(?=[^\d\s])")     # (2)发放…  （2）发放…  (3）…


def relisted(tables, number: int) -> list[tuple[str, str]]:
    """A list number read in another form than its column's: a stop doubled ("7.. 名称", "7。.名称")
    in a column whose other cells, two or more, start with a number and one stop, takes the
    column's own form ("7.名称"); a number in brackets of another width ("（2）名称", "(3）名称") in a
    column where most bracketed numbers, two or more, are bracketed one way ("(1)名称") takes that
    way. The changes made, for the warnings: ("stop" or "bracket", 第N页第R行“was”→“now”)."""
    changes = []
    for cells in _columns(tables):
        forms = Counter(m.group(2) for c in cells if (m := LISTED.match(c.text.strip())))
        if sum(forms.values()) >= 2:
            form = forms.most_common(1)[0][0]
            for cell in cells:
                text = cell.text.strip()
                m = RESTOPPED.match(text)
                if m:
                    _take(cell, text, m.group(1) + form + text[m.end():], "stop", number, changes)
        pairs = Counter((m.group(1), m.group(3)) for c in cells if (m := BRACKETED.match(c.text.strip())))
        if not pairs:
            continue
        (pair, n), = pairs.most_common(1)
        if n < 2 or 2 * n <= sum(pairs.values()):   # no one way most of them are written
            continue
        for cell in cells:
            text = cell.text.strip()
            m = BRACKETED.match(text)
            if m and (m.group(1), m.group(3)) != pair:
                _take(cell, text, pair[0] + m.group(2) + pair[1] + text[m.end():], "bracket", number, changes)
    return changes


def _take(cell, text: str, now: str, kind: str, number: int, changes: list) -> None:
    cell.text = now
    was, now = text.splitlines()[0], now.splitlines()[0]   # the line the number is on
    changes.append((kind, f"第{number}页第{cell.row + 1}行“{was}”→“{now}”"))


def _columns(tables):
    """The cells of each column of each table, one list a column."""
    for table in tables:
        yield from table.columns()
