"""Texts whose grammar wraps the form's own lines: read by it, they are the lines they carry, for the line reader.

- A Telegram Desktop chat export (result.json): a chat's 'messages', each 'text' a string or an ARRAY of plain
  strings and entity objects ({"type": "bold", "text": …}, a 'pre' block's text with its line breaks), and the same
  pieces again as 'text_entities'. Each message's text is its pieces joined, read once; messages apart by a blank
  line; a message with no text (a sticker, a photo) nothing.
- A Weka ARFF file: '%' comment lines (where the writer keeps what is no data: a title, label：value lines),
  @relation, an @attribute line per column (its name, quoted or not, then its type), and the @data rows, values
  comma-separated, quoted with ' or ", '?' the missing value. The comments are their lines, the data a table under
  the attribute names, its cells apart by tabs (a value holds no tab)."""
from __future__ import annotations

import csv
import json
import re


def _telegram_messages(text: str) -> list | None:
    if not text.lstrip().startswith("{") or '"messages"' not in text:
        return None
    try:
        chat = json.loads(text)
    except ValueError:
        return None
    msgs = chat.get("messages") if isinstance(chat, dict) else None
    if not isinstance(msgs, list) or not msgs or not all(isinstance(m, dict) for m in msgs):
        return None
    if not all("text" in m and "type" in m for m in msgs) or not any("text_entities" in m for m in msgs):
        return None
    return msgs


def _message_text(text) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                       for p in text)
    return ""


def telegram_text(text: str) -> str | None:
    """A Telegram Desktop export's messages as the lines they hold (each message's 'text' once, a blank line between
    two), or None where the text is no such export."""
    msgs = _telegram_messages(text)
    if msgs is None:
        return None
    out = [t.strip("\n") for m in msgs if m.get("type") == "message" and (t := _message_text(m.get("text"))).strip()]
    return "\n\n".join(out) + "\n" if out else None


_ATTRIBUTE = re.compile(r"^@attribute\s+('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S+)\s+(.+)$", re.I)


def _unquoted(name: str) -> str:
    if len(name) > 1 and name[0] == name[-1] and name[0] in "'\"":
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def _arff_values(line: str) -> list[str]:
    quote = "'" if line.lstrip()[:1] == "'" or ",'" in line.replace(", '", ",'") else '"'
    row = next(csv.reader([line], quotechar=quote, escapechar="\\", skipinitialspace=True), [])
    return ["" if v.strip() == "?" else v.strip() for v in row]


def arff_text(text: str) -> str | None:
    """An ARFF file's comments as lines and its data as tab-separated rows under the attribute names, or None where
    the text is no ARFF file (an @relation, two @attribute lines at least, then @data)."""
    lines = text.split("\n")
    marks = [ln.strip().lower() for ln in lines]
    if not any(m.startswith("@relation") for m in marks) or "@data" not in marks:
        return None
    out, names, data = [], [], False
    for ln in lines:
        s = ln.strip()
        if data:
            if s and not s.startswith("%"):
                if s.startswith("{"):     # a sparse row: index value pairs, not read as cells
                    return None
                out.append("\t".join(_arff_values(s)))
            continue
        if s.startswith("%"):
            out.append(s.lstrip("%").strip())
        elif (m := _ATTRIBUTE.match(s)) is not None:
            names.append(_unquoted(m.group(1)))
        elif s.lower() == "@data":
            if len(names) < 2:
                return None
            out += ["", "\t".join(names)]
            data = True
    return "\n".join(out) + "\n"


# A DITA topic's elements as the HTML elements they print as (DITA-OT's XHTML output, in short): the tables'
# parts, a definition list's entry a line 'term：definition', the topic's prolog (author, dates, metadata) no text.
_DITA_ROOT = re.compile(r"<!DOCTYPE\s+(?:topic|concept|task|reference|glossentry|troubleshooting)\s+PUBLIC\s+"
                        r"\"-//OASIS//DTD DITA|<(?:topic|concept|task|reference)\b[^>]*\bid=", re.S)
_DITA_HTML = {"simpletable": "table", "sthead": "tr", "strow": "tr", "stentry": "td",
              "properties": "table", "prophead": "tr", "property": "tr", "proptypehd": "td", "propvaluehd": "td",
              "propdeschd": "td", "proptype": "td", "propvalue": "td", "propdesc": "td",
              "choicetable": "table", "chhead": "tr", "chrow": "tr", "choptionhd": "td", "chdeschd": "td",
              "choption": "td", "chdesc": "td",
              "dl": "div", "dlentry": "p", "dt": "span", "dd": "span", "title": "h2", "shortdesc": "p", "p": "p",
              "b": "b", "i": "i", "u": "u", "ph": "span", "section": "div", "ul": "ul", "ol": "ol", "li": "li"}
_TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)((?:\s[^<>]*?)?)(/?)>")


def dita_html(text: str) -> str | None:
    """A DITA topic holding a simpletable, a properties or a choice table as the HTML page it prints as, or None
    where the text is no such topic."""
    if _DITA_ROOT.search(text[:2000]) is None or not re.search(r"<(?:simpletable|properties|choicetable)\b", text):
        return None
    body = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->", "", text, flags=re.S)
    body = re.sub(r"<prolog\b.*?</prolog>", "", body, flags=re.S)

    def tag(m: re.Match) -> str:
        close, name, empty = m.group(1), m.group(2), m.group(4)
        html = _DITA_HTML.get(name)
        if html is None:
            return ""
        if empty:
            return f"<{html}></{html}>"
        if name == "dt" and close:
            return "：</span>"
        return f"<{close}{html}>"

    return "<html><body>" + _TAG.sub(tag, body) + "</body></html>"
