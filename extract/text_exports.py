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


# A Pug (Jade) template's element line: tag (or a class / id shorthand alone, a div), .class / #id shorthands, an
# (attribute list), then '= expression', '.' (a text block under it), '/' (void) or a space and its text.
_PUG_LINE = re.compile(r"^(?P<tag>[A-Za-z][\w-]*|(?=[.#][A-Za-z_]))(?P<short>(?:[.#][\w-]+)*)(?:\((?P<attrs>[^()]*)\))?"
                       r"(?P<mode>=|!=|\.|/)?(?:\s+(?P<text>.*))?$")
_PUG_KEYWORDS = ("extends", "block", "include", "mixin", "append", "prepend", "doctype", "if", "else", "each", "for",
                 "while", "case", "when", "default", "unless")
_PUG_STRING = re.compile(r"""^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`$]*)`)\s*$""")
_HTML_TAGS = frozenset(("html", "head", "body", "title", "div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5",
                        "h6", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "ul",
                        "ol", "li", "dl", "dt", "dd", "b", "strong", "i", "em", "u", "small", "section", "article",
                        "header", "footer", "main", "nav", "label", "a", "img", "pre", "code", "blockquote", "sup",
                        "sub", "font", "center"))
_VOID = frozenset(("br", "hr", "img", "col", "input", "meta", "link"))


def pug_html(text: str) -> str | None:
    """A Pug (Jade) template's source as the HTML page it renders, for the HTML reader; None where the text is no
    such template. The grammar: nesting by indentation; an element line 'tag.class#id(attrs) text', its text HTML
    (entities kept for the HTML reader), 'tag= "…"' a string expression (its string the text; any other expression
    no text), '| text' piped text, '//-' and '//' comments with the lines indented under them, the template keywords
    (extends, block, include, mixin, each …) no element, their lines under them read at their own depth. A template
    holds a <table> and its element lines are all HTML's elements."""
    lines = text.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    stack: list[tuple[int, str]] = []     # (indent, tag) of the open elements
    skip_below: int | None = None     # a comment's indent: the lines deeper than it are the comment's
    elements = tables = 0
    for raw in lines:
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip(" \t"))
        line = raw.strip()
        if skip_below is not None and indent > skip_below:
            continue
        skip_below = None
        while stack and stack[-1][0] >= indent:
            out.append(f"</{stack.pop()[1]}>")
        if line.startswith("//"):
            skip_below = indent
            continue
        if line.startswith("|"):
            out.append(line[1:].lstrip(" "))
            continue
        if line.startswith("<"):     # plain HTML is text in a template
            out.append(line)
            continue
        word = line.split(None, 1)[0].rstrip(":")
        if word in _PUG_KEYWORDS:
            continue
        m = _PUG_LINE.match(line)
        if not m:
            return None
        tag = m.group("tag") or "div"
        if tag not in _HTML_TAGS:
            return None
        elements += 1
        tables += tag == "table"
        attrs = []
        classes = [c[1:] for c in re.findall(r"[.#][\w-]+", m.group("short") or "") if c[0] == "."]
        ids = [c[1:] for c in re.findall(r"[.#][\w-]+", m.group("short") or "") if c[0] == "#"]
        if classes:
            attrs.append(f'class="{" ".join(classes)}"')
        if ids:
            attrs.append(f'id="{ids[0]}"')
        for name, value in re.findall(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s,]+)", m.group("attrs") or ""):
            attrs.append(f'{name}="{value.strip(chr(34) + chr(39))}"')
        body = m.group("text") or ""
        if m.group("mode") in ("=", "!="):
            s = _PUG_STRING.match(body)
            body = next((g for g in s.groups() if g is not None), "") if s else ""
            body = body.replace("&", "&amp;").replace("<", "&lt;") if m.group("mode") == "=" else body
        out.append(f"<{tag}{''.join(' ' + a for a in attrs)}>{body}")
        if tag in _VOID:
            continue
        stack.append((indent, tag))
    while stack:
        out.append(f"</{stack.pop()[1]}>")
    if not tables or elements < 8:
        return None
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


# A gnuplot data file's row: whitespace-separated values, a value with spaces in double quotes.
_GP_VALUE = re.compile(r'"((?:[^"\\]|\\.)*)"|(\S+)')
_GP_INDEX = re.compile(r"^index\s+\d+\s*[:：]\s*", re.I)


def _gp_row(line: str) -> list[str]:
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in _GP_VALUE.finditer(line)]


def gnuplot_text(text: str) -> str | None:
    """A gnuplot data file's comments as lines and its data blocks as tables, or None where the text is no such file:
    '#' comment lines and rows of whitespace-separated values, a text in double quotes (two at least on each row, all
    rows of one width); data blocks ('index' in gnuplot) apart by two blank lines. The column names are the comment
    line, before the first row, whose words (after a 'label:' lead) are as many as the columns; a block's title is the
    comment line opening it, after a blank line and right over its first row (gnuplot's index "name" selects a block
    by it), its 'index N:' lead dropped; each block its title's line, then the names and its rows tab-separated."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n")]
    is_row = [bool(ln) and not ln.startswith("#") for ln in lines]
    rows = [ln for ln, r in zip(lines, is_row) if r]
    if len(rows) < 3 or any(ln.count('"') < 4 or ln.count('"') % 2 for ln in rows):
        return None
    widths = {len(_gp_row(ln)) for ln in rows}
    if len(widths) != 1 or (width := widths.pop()) < 3 or "\n\n\n" not in "\n".join(lines):
        return None     # one block: no data file's index, a table the line reader reads as it is
    first = is_row.index(True)
    names = None
    for ln in lines[:first]:
        words = re.sub(r"^#\s*(?:[^\s:：]+[:：])?\s*", "", ln).split()
        if ln.startswith("#") and len(words) == width:
            names, head_line = words, ln
    if names is None:
        return None
    out, opened = [], False
    for k, ln in enumerate(lines):
        if not ln:
            opened = opened and not (k + 1 < len(lines) and not lines[k + 1])     # two blank lines close a block
            continue
        if is_row[k]:
            if not opened:
                out += ["", "\t".join(names)]
                opened = True
            out.append("\t".join(_gp_row(ln)))
        elif ln != head_line:
            c = ln.lstrip("#").strip()
            if k + 1 < len(lines) and is_row[k + 1] and k and not lines[k - 1]:     # a block's title
                out += ["", _GP_INDEX.sub("", c), "\t".join(names)]
                opened = True
            elif c:
                out.append(c)
    return "\n".join(out) + "\n"
