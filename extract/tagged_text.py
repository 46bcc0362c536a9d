"""Adobe InDesign TAGGED TEXT (a story exported for layout: a bulletin's or a yearbook's pages): the first line
names the encoding (<UNICODE-WIN>, <ANSI-WIN>, <UNICODE-MAC>, <ASCII-MAC>, <SJIS-WIN> …), then text with tags
in angle brackets, a tag's value perhaps holding tags of its own (<TableStart:2,7:1:0<tCellDefaultCellType:Text>>).
A line is a paragraph (<ParaStyle:正文> opening it); <0x2265> is the character U+2265; \\< \\> \\\\ are the
characters themselves; every other tag (styles, colours, fonts, <cTypeface:Bold>) is formatting, no text.

A table is <TableStart:rows,cols…> … <TableEnd:>, its rows <RowStart:…> … <RowEnd:>, its cells
<CellStart:rowspan,colspan…> text <CellEnd:>. InDesign writes EVERY SLOT: the slots a merged cell covers come
as empty cells of their own (<CellStart:1,1><CellEnd:>) where a web page's table would write none. The story is
read as the page it means (a <p> a paragraph, a <table> a table, each on its source line), the covered slots
dropped by the grid the spans make.

Evidence: the first line is the encoding tag alone and a <Version:…> tag follows."""
from __future__ import annotations

import html
import re

_ENCODING = re.compile(r"^\ufeff?<(?:UNICODE|ANSI|ASCII|SJIS|GB18030|BIG5|KSC5601|UTF-?8)-(?:WIN|MAC)>\s*$", re.I)
_SPANS = re.compile(r"^CellStart:(\d+),(\d+)")
_CHAR = re.compile(r"^0x([0-9A-Fa-f]{2,6})$")


def _pieces(line: str) -> list[tuple[str, str]]:
    """A line as ('t', text) and ('tag', the tag's inside) pieces, nested tags inside their tag, escapes read."""
    out: list[tuple[str, str]] = []
    text: list[str] = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line):
            text.append(line[i + 1])
            i += 2
            continue
        if ch != "<":
            text.append(ch)
            i += 1
            continue
        depth, j = 0, i
        while j < len(line):
            if line[j] == "\\":
                j += 2
                continue
            depth += {"<": 1, ">": -1}.get(line[j], 0)
            if depth == 0:
                break
            j += 1
        inside = line[i + 1:j]
        if (m := _CHAR.match(inside)) is not None:
            text.append(chr(int(m.group(1), 16)))
        else:
            if text:
                out.append(("t", "".join(text)))
                text = []
            out.append(("tag", inside))
        i = j + 1
    if text:
        out.append(("t", "".join(text)))
    return out


def tagged_page(text: str) -> str | None:
    """The story as an HTML page, or None where the text is no tagged text."""
    lines = text.split("\n")
    if not lines or not _ENCODING.match(lines[0]) or "<Version:" not in "\n".join(lines[1:3]):
        return None
    out: list[str] = []
    for line in lines:
        paragraph: list[str] = []
        table: list[list[tuple[str, int, int]]] | None = None
        cell: list[str] | None = None
        spans = (1, 1)
        for kind, piece in _pieces(line):
            name = piece.split(":", 1)[0] if kind == "tag" else ""
            if kind == "t":
                (cell if cell is not None else paragraph).append(piece)
            elif name == "TableStart":
                if "".join(paragraph).strip():
                    out.append(f"<p>{html.escape(''.join(paragraph).strip())}</p>")
                paragraph, table = [], []
            elif name == "RowStart" and table is not None:
                table.append([])
            elif name == "CellStart" and table is not None:
                m = _SPANS.match(piece)
                spans = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
                cell = []
            elif name == "CellEnd" and table is not None and cell is not None:
                if not table:
                    table.append([])
                table[-1].append(("".join(cell).strip(), *spans))
                cell = None
            elif name == "TableEnd" and table is not None:
                out.append(_table(table))
                table = None
        if "".join(paragraph).strip():
            out.append(f"<p>{html.escape(''.join(paragraph).strip())}</p>")
        out.append("\n")
    return "<html><body>" + "".join(out) + "</body></html>"


def _table(rows: list[list[tuple[str, int, int]]]) -> str:
    """A table's rows as <tr>s: InDesign writes every slot, so the k-th cell of a row stands in slot k; a slot
    a span above or on the left covers is InDesign's written placeholder, dropped."""
    covered: set[tuple[int, int]] = set()
    out = ["<table>"]
    for r, row in enumerate(rows):
        out.append("<tr>")
        c = 0
        for text, rs, cs in row:
            if (r, c) in covered:
                c += 1
                continue
            covered.update((r + dr, c + dc) for dr in range(rs) for dc in range(cs))
            out.append(f'<td rowspan="{rs}" colspan="{cs}">{html.escape(text)}</td>')
            c += 1     # the slots right of it that it covers come next, written as placeholders
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)
