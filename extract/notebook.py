"""A Jupyter notebook (.ipynb, nbformat 4: one JSON document, each cell's lines a list of strings) as the
page the notebook shows: its markdown cells' text, and under each code cell its outputs, never its code
(the code is the analyst's, not the document's text: a console's input lines are dropped the same way,
terminal.without_input). An output is a bundle of ALTERNATIVE representations of one thing (a DataFrame
as text/html and as its text/plain repr): the notebook shows the richest, so only that one is read, the
HTML one where there is one; a printed (stream) output and a plain-text result are fixed-width text, read
as a web page's <pre> block is. The page is then read by the HTML reader (html_reader.read_html)."""
from __future__ import annotations

import html
import json
import re

# A notebook's JSON: an object holding a "cells" list and its "nbformat" version (Jupyter writes the keys
# sorted, so "cells" opens it; other writers may not: both are looked for).
_OPENS = re.compile(rb'^\s*\{\s*"(?:cells|metadata|nbformat)"\s*:')
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_PIPE = re.compile(r"^\s*\|")
# Strong emphasis and inline code marks, as a Markdown renderer drops them (**总分**：100)
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]+)`")


def is_notebook(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_OPENS.match(head)) and b'"nbformat"' in data and b'"cell_type"' in data


def notebook_page(data: bytes) -> bytes | None:
    """The notebook as an HTML page (UTF-8), or None where the JSON is no notebook."""
    try:
        nb = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError):     # arrays nested past the parser's depth
        return None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list) or "nbformat" not in nb:
        return None
    parts: list[str] = []
    for cell in nb["cells"]:
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "markdown":
            parts.append(_markdown(_joined(cell.get("source"))))
        elif cell.get("cell_type") == "raw":
            parts.append(_pre(_joined(cell.get("source"))))
        outputs = cell.get("outputs") if cell.get("cell_type") == "code" else None
        for out in outputs if isinstance(outputs, list) else ():
            # a member of the wrong JSON type is damage: the output is passed over, not a traceback
            bundle = out.get("data") if isinstance(out, dict) else None
            bundle = bundle if isinstance(bundle, dict) else {}
            if "text/html" in bundle:
                parts.append(_joined(bundle["text/html"]))
            elif "text/markdown" in bundle:
                parts.append(_markdown(_joined(bundle["text/markdown"])))
            elif "text/plain" in bundle:
                parts.append(_pre(_joined(bundle["text/plain"])))
            elif isinstance(out, dict) and out.get("output_type") == "stream":
                parts.append(_pre(_joined(out.get("text"))))
    return ('<html><head><meta charset="utf-8"></head><body>\n' + "\n".join(parts)
            + "\n</body></html>").encode("utf-8")


def _joined(value) -> str:
    """A multiline string as nbformat stores it: a list of lines (each but the last ending in \\n) or one string."""
    return "".join(x for x in value if isinstance(x, str)) if isinstance(value, list) else str(value or "")


def _pre(text: str) -> str:
    return "<pre>" + html.escape(text) + "</pre>" if text.strip() else ""


def _inline(text: str) -> str:
    return html.escape(_CODE.sub(r"\1", _EMPHASIS.sub(r"\2", text.strip())))


def _markdown(text: str) -> str:
    """A markdown cell as the notebook renders it, line by line: a heading, a list item, a paragraph a
    line (the forms' head lines stand one a line), a pipe table kept as fixed-width text for the text
    reader's pipe tables, raw HTML as it is."""
    out: list[str] = []
    table: list[str] = []
    for line in text.split("\n") + [""]:
        if _PIPE.match(line):
            table.append(line)
            continue
        if table:
            out.append(_pre("\n".join(table)))
            table = []
        if not line.strip():
            continue
        if line.lstrip().startswith("<"):
            out.append(line)
        elif m := _HEADING.match(line):
            out.append(f"<h3>{_inline(m.group(1))}</h3>")
        elif m := _BULLET.match(line):
            out.append(f"<ul><li>{_inline(m.group(1))}</li></ul>")
        else:
            out.append(f"<p>{_inline(line)}</p>")
    return "\n".join(out)
