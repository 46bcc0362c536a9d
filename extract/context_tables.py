"""A ConTeXt source (MkIV / LMTX) whose tables are NATURAL TABLES: \\bTABLE … \\eTABLE, rows \\bTR … \\eTR,
cells \\bTD … \\eTD (head cells \\bTH … \\eTH, a \\bTABLEhead / \\bTABLEbody / \\bTABLEfoot around rows), a cell's
spans as its options (\\bTD[nc=3] across three columns, \\bTD[nr=2] down two rows, the cells it covers not
written, as in HTML), \\crlf / \\\\ a line break in a cell, the TeX escapes \\% \\& \\# \\$ \\_ for the characters.
The source is given as the page it typesets (context_page: an HTML page for the HTML reader): each table a
<table> of its rows, the text between the tables a paragraph a line, with comment lines, lines that are only
commands (\\setupTABLE[…], \\starttext, \\stopalignment) and the commands' names left out and their braced
arguments' text kept ({\\bfb 项目…} as 项目…, \\rightaligned{金额单位：万元} as its words, \\quad a space)."""
from __future__ import annotations

import re
from html import escape

# the natural tables' own commands, each with its options: read in one pass over the source (a cell left open or a
# row never closed costs nothing more than its text)
_TOKEN = re.compile(r"\\([be])(TABLE|TR|TD|TH)(?![A-Za-z])(?:\[([^\]\n]*)\])?")
_COMMENT = re.compile(r"(?<!\\)%.*")
_ESCAPED = {"\\%": "%", "\\&": "&", "\\#": "#", "\\$": "$", "\\_": "_", "\\{": "{", "\\}": "}"}
_BREAK = re.compile(r"\\crlf\b|\\\\")
_SPACE = re.compile(r"\\(?:quad|qquad|enspace|space|hfill|hskip\s*\S+)\b")
_COMMAND_LINE = re.compile(r"^\s*(?:\\[A-Za-z]+(?:\[[^\]]*\])*(?:\{[^{}]*\})*\s*)+$")


def _plain(text: str) -> str:
    """A piece of source as the words it prints: escapes as their characters, commands' names gone."""
    text = _SPACE.sub(" ", text)
    text = re.sub(r"\\[A-Za-z]+(?:\[[^\]]*\])*\s?", "", text)
    for k, v in _ESCAPED.items():
        text = text.replace(k, "\x00" + v)
    text = text.replace("{", "").replace("}", "").replace("\x00", "")
    return re.sub(r"[ \t]+", " ", text).strip()


def _uncommented(text: str) -> str:
    return "\n".join(_COMMENT.sub("", line) for line in text.split("\n"))


def _cell(kind: str, options: str | None, body: str) -> str:
    opts = dict(o.split("=", 1) for o in (options or "").split(",") if "=" in o)
    attrs = "".join(f' {name}="{int(opts[k])}"' for k, name in (("nc", "colspan"), ("nr", "rowspan"))
                    if opts.get(k, "").strip().isdigit() and int(opts[k]) > 1)
    tag = "th" if kind == "TH" else "td"
    return f"<{tag}{attrs}>" + "<br>".join(escape(_plain(part)) for part in _BREAK.split(body)) + f"</{tag}>"


def context_page(text: str) -> str | None:
    """The source as an HTML page of its tables and lines, or None where it holds no natural table. A table
    nested in a cell is that cell's text."""
    if "\\bTABLE" not in text or "\\bTR" not in text or not re.search(r"\\bT[DH](?![A-Za-z])", text):
        return None
    text = _uncommented(text)
    html = ["<html><body>"]
    at, depth = 0, 0
    row: list[str] | None = None
    cell: tuple[int, str, str | None] | None = None
    for m in _TOKEN.finditer(text):
        begin, what, options = m.group(1) == "b", m.group(2), m.group(3)
        if what == "TABLE":
            if begin and depth == 0:
                html += _lines(text[at:m.start()])
                html.append('<table border="1">')
            depth = depth + 1 if begin else max(depth - 1, 0)
            if not begin and depth == 0:
                html.append("</table>")
                at, row, cell = m.end(), None, None
            continue
        if depth != 1:
            continue
        if what == "TR":
            if not begin and row is not None:
                html.append("<tr>" + "".join(row) + "</tr>")
            row, cell = ([] if begin else None), None
        elif begin:
            cell = (m.end(), what, options)
        elif cell is not None and row is not None:
            row.append(_cell(cell[1], cell[2], text[cell[0]:m.start()]))
            cell = None
    if depth:
        html.append("</table>")
    else:
        html += _lines(text[at:])
    html.append("</body></html>")
    return "\n".join(html)


def _lines(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        if not line.strip() or _COMMAND_LINE.match(line) and not _plain(re.sub(r"\[[^\]]*\]", "", line)):
            continue
        if words := _plain(line):
            out.append(f"<p>{escape(words)}</p>")
    return out
