"""A print file with ASA carriage control (a mainframe's or a minicomputer's report downloaded as text):
column 1 of every line is the printer's control, not text: '1' a new page, ' ' the next line, '0' one
blank line first, '-' two, '+' print over the line before (underscores under the heads, a line struck
twice for bold). The text as printed: a form feed opening a page, blank lines for '0' and '-', an
overprinted line laid over the line before (its characters where that line has blanks; one of rules
alone adds no text). Evidence: the file opens on a new page, every line opens with a control, and one
control at least is no '1' or ' ' (spacing or overprint), no list number (1、 1. 1）) opening a line.

A later page opens with the printer's running head (the lines the first page opens with, the same but
for figures: its number, a date) and the column heads printed again (a line of the first page's, word
for word): the printer's, not the report's; the page's body goes on from the last page's."""
from __future__ import annotations

import re

CONTROLS = " 01-+"
_RULE = re.compile(r"^[\s_=-]*$")
_LIST_NUMBER = re.compile(r"^\d+[、.．)）]")
MIN_HEAD = 10     # a line of column heads repeated is a row of words, not one word a body may repeat


def printed(text: str) -> tuple[str, list[int]] | None:
    """The text as the printer lays it out and, for each of its lines, the file's line; None where the
    text has no carriage control."""
    lines = text.split("\n")
    written = [ln for ln in lines if ln.strip()]
    if not written or written[0][0] != "1" or any(ln[0] not in CONTROLS or _LIST_NUMBER.match(ln) for ln in written) \
            or not any(ln[0] in "0-+" for ln in written):
        return None
    pages: list[list[tuple[int, str]]] = []
    for no, ln in enumerate(lines, 1):
        if not ln.strip():
            continue
        control, rest = ln[0], ln[1:]
        if control == "1":
            pages.append([])
        page = pages[-1]
        if control == "+":
            if page and not _RULE.match(rest):
                below = page[-1][1].ljust(len(rest))
                page[-1] = (page[-1][0], "".join(b if b.strip() or not c.strip() else c for b, c in zip(below, rest))
                            + below[len(rest):])
            continue
        page += [(no, "")] * {"0": 1, "-": 2}.get(control, 0) + [(no, rest)]
    first = pages[0]
    out = list(first)
    for page in pages[1:]:
        k = 0
        while k < len(page) and k < len(first) and _masked(page[k][1]) == _masked(first[k][1]) and page[k][1].strip():
            k += 1      # the running head
        if k:
            heads = {t.strip() for _, t in first if len(t.strip()) >= MIN_HEAD}
            while k < len(page) and (not page[k][1].strip() or page[k][1].strip() in heads):
                k += 1      # its spacing and the column heads again
            out += page[k:]
        else:
            out += [(page[0][0], "\f" + page[0][1])] + page[1:]
    return "\n".join(t for _, t in out), [no for no, _ in out]


def _masked(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip())
