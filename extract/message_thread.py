"""A long text sent as a thread of short messages (an SMS export, a phone's "share as messages"): the
text is cut every so many characters into messages, each under a header (the sender, when it came,
the box: 106575320018  2024-03-15 10:21:17  收到), numbered at its start ((1/5), (2/5) …) and signed at
its end with the sender's name in brackets (【某某局】), the same on every message.

The header, the number and the repeated signature are no content. A cut falls anywhere, mid-row and
mid-word: the next message's text goes on where the last one's stopped, on the same line, unless the
message ended with a line break of its own. thread_text() gives the text the messages carry, each line
with the number of the source line it starts on, for the text reader to read as it reads any text.
"""
from __future__ import annotations

import re

# A message's header: the sender, when it came (date and time, or the time alone), and the box's word
# (收到, 发送) where the export writes one. A chat log's header is the same without the box.
SENDER = re.compile(r"^\S[^\t]{0,23}?[ \u3000]+(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \u3000]+)?"
                    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \u3000]+[^\s\d]{1,4})?$")
# The part's number opening a message of a cut text: (2/5), （2/5）, [2/5].
PART = re.compile(r"^\s*[(（\[]\s*(\d{1,3})\s*/\s*(\d{1,3})\s*[)）\]]")
# The sender's signature closing a message: a name in lenticular or square brackets.
SIGNATURE = re.compile(r"[【\[][^【】\[\]\n]{1,30}[】\]]\s*$")
MIN_PARTS = 2


def thread_text(text: str) -> list[tuple[int, str]] | None:
    """The lines of the text the thread's messages carry, joined across the cuts, with their source
    line numbers; the lines above the first message kept. None where the text is no such thread:
    MIN_PARTS messages or more, each a header then a line opening with its part number, numbered
    1, 2, 3 … of one count."""
    lines = text.split("\n")
    starts = []
    for k, ln in enumerate(lines):
        if SENDER.match(ln.strip()):
            nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
            if nxt is not None and (m := PART.match(lines[nxt])):
                starts.append((k, nxt, int(m.group(1)), int(m.group(2))))
    if len(starts) < MIN_PARTS or [s[2] for s in starts] != list(range(1, len(starts) + 1)) \
            or len({s[3] for s in starts}) != 1:
        return None
    bodies = []
    for n, (_, first, _, _) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = [(no + 1, lines[no]) for no in range(first, end)]
        while body and not body[-1][1].strip():
            body.pop()
        bodies.append(body)
    signs = {m.group(0).strip() if (m := SIGNATURE.search(b[-1][1])) else None for b in bodies}
    sign = signs.pop() if len(signs) == 1 else None
    out = [(k + 1, ln) for k, ln in enumerate(lines[:starts[0][0]])]
    joined = True
    for body in bodies:
        body[0] = (body[0][0], PART.sub("", body[0][1], count=1))
        if sign:
            last = body[-1][1].rstrip()
            body[-1] = (body[-1][0], last[:len(last) - len(sign)])
        for k, (no, ln) in enumerate(body):
            if k == 0 and joined and out and out[-1][1].strip():
                out[-1] = (out[-1][0], out[-1][1] + ln)      # the cut: the text goes on on its line
            else:
                out.append((no, ln))
        joined = bool(body[-1][1].strip())      # a message ended by its own line break is no cut
        if not joined:
            out.pop()
    return out


# -- a sheet pasted row by row into a chat: each row its own message ---------------------------------------
# A chat export writes each message under a header line, the sender and when it came in either order
# (张三  2024-03-13 15:02 / 2024-03-13 15:02:11 张三(财务股)). Where a sheet's rows were pasted one message
# each (tab-joined cells as a spreadsheet copies a row), the headers, and the replies sent between two rows,
# cut one table into as many one-row tables; the rows belong together.
STAMP_FIRST = re.compile(r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \u3000]+"
                         r"[^\t\d\s][^\t]{0,29}$")
MIN_ROW_MESSAGES = 3      # messages each a tab-joined row, the least that makes a sheet pasted row by row


def _is_header(line: str) -> bool:
    s = line.strip()
    return bool(SENDER.match(s) or STAMP_FIRST.match(s))


def chat_rows(text: str) -> tuple[list[tuple[int, str]], int, int] | None:
    """The lines of a chat export whose messages carry a sheet's rows one message each, with their
    source line numbers: the headers dropped, each run of row messages gathered into consecutive lines
    (one table) and the other messages sent inside a run set after it, each message's lines kept. Also
    the row messages and the messages moved. None where fewer than MIN_ROW_MESSAGES messages are rows."""
    lines = text.split("\n")
    heads = [k for k, ln in enumerate(lines) if _is_header(ln)]
    if len(heads) < MIN_ROW_MESSAGES:
        return None
    messages = []
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = [(no + 1, lines[no]) for no in range(k + 1, end)]
        while body and not body[-1][1].strip():
            body.pop()
        rows = bool(body) and all("\t" in t.strip("\r") and t.strip() for _, t in body)
        messages.append((body, rows))
    if sum(rows for _, rows in messages) < MIN_ROW_MESSAGES:
        return None
    out = [(k + 1, ln) for k, ln in enumerate(lines[:heads[0]])]
    n, moved, row_messages = 0, 0, 0
    while n < len(messages):
        body, rows = messages[n]
        if not rows:
            out += body + [(body[-1][0] if body else heads[n] + 1, "")]
            n += 1
            continue
        last = max(m for m in range(n, len(messages)) if messages[m][1] and
                   all(messages[j][1] or not any("\t" in t for _, t in messages[j][0]) for j in range(n, m)))
        between = []
        for body, rows in messages[n:last + 1]:
            if rows:
                out += body
                row_messages += 1
            elif body:
                between += body + [(body[-1][0], "")]
                moved += 1
        out += [(out[-1][0], "")] + between
        n = last + 1
    return out, row_messages, moved
