"""An XML export (a reporting system's data file): a tree, not lines. Its elements repeated under one
parent with the same children (each <指标> with its attributes and its leaf elements) are the rows of
a table whose header is their attributes' and leaf elements' names (the header grammar reads them
as it reads a table's header cells); any other element says its text and its attributes as
label：value lines (<项目名称>X</项目名称> is 项目名称：X, <总分 满分="100">98.83</总分> is 总分：98.83 and
满分：100), an element holding others opens with its name alone, a caption, as a JSON export's
members read (text_reader._json_members). Every line keeps the source line its element starts on;
its <!-- --> comments stand before the tree as lines of text, as a sectioned export's do.
The declaration's encoding is the text's (text_reader.decode honours it).

A sectioned key = value export (TOML, INI: [项目] / 名称 = "X" / [[指标]] / 三级 = "Y") is the same
tree written another way (parse_sections): a [a.b] section an element under its parents, a [[a]] section
one more element of that name (a repeated record: the rows of a table), a key = value line a leaf
element; its # comments stand before the tree as lines of text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .nested_values import Node, head_first, nested_blocks, outline_blocks

DECLARED = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*\bencoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
MIN_ROWS = 2      # one element is a record, not a table
MAX_DEPTH = 200   # an export nested deeper is damage, and its readers recurse once a level
MAX_GROWTH = 20   # character data this many times the text's length: entities expanding (a billion laughs)
XHTML = "http://www.w3.org/1999/xhtml"


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    line: int
    text: str = ""
    children: list["_Element"] = field(default_factory=list)
    comments: list[tuple[int, str]] = field(default_factory=list)    # the root's: the document's <!-- --> notes

    @property
    def leaf(self) -> bool:
        return not self.children

    def fields(self) -> list[str]:
        """The names a row of this element fills: its attributes', then its leaf children's."""
        return list(self.attrs) + [c.tag for c in self.children]


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration names (<?xml version="1.0" encoding="GBK"?>), or None."""
    m = DECLARED.match(data[:200])
    return m.group(1).decode("ascii") if m else None


class _Hostile(Exception):
    """Raised inside the parser's handlers to stop it: the text is read as lines, not as a tree."""


# Several documents one after another (the mysql client's --xml prints a <resultset> per statement; a log of XML
# messages): each well-formed, together no document. Read as the children of one root of this name.
DOCUMENTS = "documents"


def parse(text: str) -> _Element | None:
    """The text's element tree (each element with the line it starts on), or None where the text is
    no well-formed XML document; documents one after another (no more than markup and blanks between them) the
    children of one DOCUMENTS root."""
    if not text.lstrip().startswith("<"):
        return None
    # the text is decoded already: its declaration's encoding no longer applies
    body = re.sub(r"^\s*<\?xml[^>]*\?>", lambda m: "\n" * m.group().count("\n"), text)
    try:
        return _parse(body)
    except expat.ExpatError as e:
        if e.code != expat.errors.codes[expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]:
            return None
    try:
        return _parse(f"<{DOCUMENTS}>{body}</{DOCUMENTS}>")
    except expat.ExpatError:
        return None


def _parse(body: str) -> _Element | None:
    """parse's reading of one document (ExpatError where it is none)."""
    root: list[_Element] = []
    stack: list[_Element] = []
    texts: list[list[str]] = []   # each open element's character data, joined once when it closes
    p = expat.ParserCreate()
    budget = [MAX_GROWTH * len(body)]

    def start(tag, attrs):
        if len(stack) >= MAX_DEPTH:
            raise _Hostile
        el = _Element(tag, dict(attrs), p.CurrentLineNumber)
        (stack[-1].children if stack else root).append(el)
        stack.append(el)
        texts.append([])

    def end(_tag):
        el = stack.pop()
        # expat hands each entity's text over alone: adding the pieces one by one was quadratic
        el.text = "".join(texts.pop()).strip()
        if stack and _inline_schema(el, stack):
            stack[-1].children.remove(el)       # a schema inside the data (a .NET DataSet's) describes it: no rows

    def chars(data):
        budget[0] -= len(data)
        if budget[0] < 0:
            raise _Hostile
        if stack:
            texts[-1].append(data)

    def comment(data):
        # a note the exporter wrote (<!-- 第3条指标已删除 -->) is text of the file: kept as lines, as a
        # sectioned export's # comments are, never dropped unsaid
        first = p.CurrentLineNumber
        comments.extend((first + k, x.strip()) for k, x in enumerate(data.split("\n")) if x.strip())

    comments: list[tuple[int, str]] = []
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
    p.CommentHandler = comment
    try:
        p.Parse(body, True)
    except _Hostile:
        return None
    if root:
        root[0].comments = comments
    return root[0] if root else None


XSD = "http://www.w3.org/2001/XMLSchema"


def _inline_schema(el: _Element, open_: list[_Element]) -> bool:
    """The element is an XML Schema (xs:schema, its prefix bound to the XML Schema namespace on it or on an element
    around it) inside a document: the column types a .NET DataSet writes before its rows, no data of its own."""
    prefix, _, local = el.tag.rpartition(":")
    if local != "schema":
        return False
    key = f"xmlns:{prefix}" if prefix else "xmlns"
    return any(e.attrs.get(key) == XSD for e in (el, *reversed(open_)))


# A tag's name where one opens or closes (<p>, </span>, <br/>); <1% and <项目> are no HTML tag.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)(?=[\s/>])")


# The parts of a table that stand only inside one: an HTML parser drops them elsewhere, gluing the cells.
TABLE_PARTS = {"caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"}


def html_fragment(text: str) -> str | None:
    """A web page's fragment without the <html> / <body> / <table> the sniffer knows a page by
    (<div><span>…, <p>…</p> alone, a table's <tbody> or rows copied out) as the page the HTML reader
    reads (a table's rows inside their <table>), or None where the text is none: a fragment opens
    with a tag, and every tag in it is an element of HTML (the standard's closed set,
    lxml.html.defs.tags), not an export's own names (<项目>, <report>)."""
    from lxml.html.defs import tags

    first = _TAG.match(text.lstrip())
    if not first or first.group(1) or not {m.group(2).lower() for m in _TAG.finditer(text)} <= tags:
        return None
    return f"<table>{text}</table>" if first.group(2).lower() in TABLE_PARTS else text


def is_web_page(root: _Element) -> bool:
    """Whether the tree is an XHTML page (its root <html>, or in the XHTML namespace): a web page,
    the HTML reader's, where the sniffer did not see its <html> (a long comment before it)."""
    return root.tag.lower() == "html" or root.attrs.get("xmlns") == XHTML


# A document's CALS tables (DocBook's <table> / <informaltable>, the OASIS exchange model publishers keep
# forms in): <tgroup cols="N"> with <colspec colname="c1"/> … , <thead> / <tbody> / <tfoot> of <row>s of
# <entry>s; an entry spans rows below by morerows="N" (no entry on the rows it covers) and columns by
# namest / nameend (or spanname, a <spanspec>'s). Such a document is the web page its markup means: a
# <table> per tgroup, its entries cells with rowspan / colspan, every other element with text a paragraph,
# each written on the source line where its element starts (the reader's locations cite the file's lines).
_CALS_ROW_PARTS = ("thead", "tbody", "tfoot")


def _local(tag: str) -> str:
    return tag.rsplit(":", 1)[-1].lower()


def _all_text(el: _Element) -> str:
    return "".join([el.text] + [_all_text(c) for c in el.children]).strip()


def _is_cals(el: _Element) -> bool:
    return _local(el.tag) == "tgroup" and any(
        _local(part.tag) in _CALS_ROW_PARTS and any(_local(r.tag) == "row" for r in part.children)
        for part in el.children)


def cals_page(root: _Element) -> str | None:
    """The tree as an HTML page where it holds a CALS table (a tgroup of rows of entries), else None."""
    import html

    found = []

    def find(el):
        if _is_cals(el):
            found.append(el)
        for c in el.children:
            find(c)
    find(root)
    if not found:
        return None
    out: list[str] = []
    at = [1]

    def to_line(line: int) -> None:
        if line > at[0]:
            out.append("\n" * (line - at[0]))
            at[0] = line

    def place(entry: _Element, names: dict[str, int], spans: dict[str, tuple[str, str]]) -> tuple[int | None, int]:
        """(the column the entry names as its own, colname or its span's start, None where it names none; the
        columns it spans)."""
        a, b = entry.attrs.get("namest"), entry.attrs.get("nameend")
        if "spanname" in entry.attrs and entry.attrs["spanname"] in spans:
            a, b = spans[entry.attrs["spanname"]]
        if a in names and b in names and names[b] >= names[a]:
            return names[a], names[b] - names[a] + 1
        at = entry.attrs.get("colname", a)
        return names.get(at) if at is not None else None, 1

    def walk(el: _Element) -> None:
        name = _local(el.tag)
        if _is_cals(el):
            specs = [c for c in el.children if _local(c.tag) == "colspec"]
            names = {c.attrs.get("colname", ""): k for k, c in enumerate(specs)}
            spans = {c.attrs.get("spanname", ""): (c.attrs.get("namest"), c.attrs.get("nameend"))
                     for c in el.children if _local(c.tag) == "spanspec"}
            to_line(el.line)
            out.append("<table>")
            for part in el.children:
                if _local(part.tag) not in _CALS_ROW_PARTS:
                    continue
                out.append(f"<{_local(part.tag)}>")
                covered: set[tuple[int, int]] = set()     # (row, column) an entry above reaches by morerows
                rows = [row for row in part.children if _local(row.tag) == "row"]
                for r, row in enumerate(rows):
                    to_line(row.line)
                    out.append("<tr>")
                    c = 0
                    for entry in row.children:
                        if _local(entry.tag) != "entry":
                            continue
                        to_line(entry.line)
                        rs = int(entry.attrs.get("morerows", "0") or 0) + 1 if \
                            (entry.attrs.get("morerows") or "0").isdigit() else 1
                        at, cs = place(entry, names, spans)
                        # an entry naming a column further right (colname, namest) leaves the columns before it
                        # empty: a row writes no entry for an empty cell
                        while at is not None and c < at:
                            if (r, c) not in covered:
                                out.append('<td rowspan="1" colspan="1"></td>')
                            c += 1
                        while (r, c) in covered:
                            c += 1
                        covered.update((r + dr, c + dc) for dr in range(1, rs) for dc in range(cs))
                        out.append(f'<td rowspan="{rs}" colspan="{cs}">{html.escape(_all_text(entry))}</td>')
                        c += cs
                    out.append("</tr>")
                out.append(f"</{_local(part.tag)}>")
            out.append("</table>")
            return
        if el.text:
            to_line(el.line)
            out.append(f"<p>{html.escape(_all_text(el) if name in ('para', 'title', 'simpara') else el.text)}</p>")
            if name in ("para", "title", "simpara"):
                return
        for c in el.children:
            walk(c)

    walk(root)
    return "<html><body>" + "".join(out) + "</body></html>"


# A sectioned export's lines: [a.b] or [[a]] opening a section, key = value (a quoted string, one opening
# a string over several lines, or a bare value: a number, a date, an INI's text), a # or ; comment.
_SECTION = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*$")
_KEY_VALUE = re.compile(r'^\s*("[^"]*"|[^\s=#;"\[][^=]*?)\s*=\s*(.*?)\s*$')
_COMMENT = re.compile(r"^\s*[#;]\s?(.*)$")
MIN_SECTIONS = 2     # one [section] is a config file's header at most, not a record's export


def parse_sections(text: str) -> tuple[list[tuple[int, str]], _Element] | None:
    """A sectioned key = value text as (its comment lines (line, text), the element tree), or None where
    a line is none of the grammar's or the text opens fewer than MIN_SECTIONS sections."""
    root = _Element("", {}, 1)
    comments: list[tuple[int, str]] = []
    current, sections, lines = root, 0, text.split("\n")
    i = 0
    while i < len(lines):
        line, no = lines[i], i + 1
        i += 1
        if not line.strip():
            continue
        if (m := _COMMENT.match(line)):
            if m.group(1).strip():
                comments.append((no, m.group(1).strip()))
            continue
        if (m := _SECTION.match(line)):
            sections += 1
            parts = [x.strip().strip('"') for x in m.group(2).split(".")]
            el = root
            for k, name in enumerate(parts):
                last = k == len(parts) - 1
                found = next((c for c in reversed(el.children) if c.tag == name), None)
                if found is None and not last:
                    continue     # a name only grouping the sections under it ([资金.来源.X] with no [资金.来源]):
                    # no element, its sections are its parent's
                if found is None or last and m.group(1) == "[[":
                    found = _Element(name, {}, no)
                    el.children.append(found)
                el = found
            current = el
            continue
        if not (m := _KEY_VALUE.match(line)):
            return None
        key, value = m.group(1).strip('"'), m.group(2)
        if value.startswith(('"""', "'''")):
            quote, body = value[:3], value[3:]
            while quote not in body and i < len(lines):
                body += "\n" + lines[i]
                i += 1
            if quote not in body:
                return None
            value = body[:body.index(quote)].strip("\n")
        elif len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].replace('\\"', '"')
        current.children.append(_Element(key, {}, no, value.strip()))
    if sections < MIN_SECTIONS:
        return None
    _numbered_rows(root)
    return comments, root


# A key numbered for its row (an INI file's flat table: 资金来源1= 年初预算数1= … 资金来源2= …): a name, then the
# row's number.
_NUMBERED_KEY = re.compile(r"^(.*?\D)(\d{1,3})$")


def _numbered_rows(el: _Element) -> None:
    """A section's leaf keys that number one set of names for each of the rows 1 … n (n of MIN_ROWS or more,
    every name for every row: 资金来源1 … 得分1, 资金来源2 … 得分2) are n rows of a table: each becomes an
    element of the section's tag holding its names, in the place of the row's first key. Other keys stay."""
    for c in el.children:
        if not c.leaf:
            _numbered_rows(c)
    numbered = [(m.group(1), int(m.group(2)), c) for c in el.children if c.leaf and (m := _NUMBERED_KEY.match(c.tag))]
    names = list(dict.fromkeys(n for n, _, _ in numbered))
    rows = sorted({k for _, k, _ in numbered})
    if len(rows) < MIN_ROWS or len(names) < 2 or rows != list(range(1, len(rows) + 1)) or \
            len(numbered) != len(names) * len(rows) or \
            any(sorted(n for n, k, _ in numbered if k == r) != sorted(names) for r in rows):
        return
    made: dict[int, _Element] = {}
    out = []
    for c in el.children:
        m = _NUMBERED_KEY.match(c.tag) if c.leaf else None
        if m is None or not any(c is x for _, _, x in numbered):
            out.append(c)
            continue
        k = int(m.group(2))
        if k not in made:
            made[k] = _Element(el.tag, {}, c.line)
            out.append(made[k])
        made[k].children.append(_Element(m.group(1), {}, c.line, c.text))
    el.children = out


MAX_LEFT_OUT = 2     # fields a row may lack beside another of its table (NULL columns a query's XML leaves out)


def _same_fields(a: _Element, b: _Element) -> bool:
    """Two rows of one table: the same names; or one's names all the other's but for MAX_LEFT_OUT at most, three
    or more shared (SQL Server's FOR XML RAW leaves a NULL column out of its row: the met rows lack 偏差原因)."""
    x, y = set(a.fields()), set(b.fields())
    return x == y or ((x <= y or y <= x) and len(x ^ y) <= MAX_LEFT_OUT and len(x & y) >= 3)


# The column SQL Server names a FOR XML (FOR JSON) result; SSMS's 'Results to Text' prints its value cut into lines
# of 2033 characters under that head and a dash rule, then a blank line and the count of those lines.
_FOR_XML_HEAD = re.compile(r"^(?:XML|JSON)_F52E2B61-18A1-11d1-B105-00805F49916B\s*$")


def results_joined(text: str) -> tuple[str, int] | None:
    """(the text with each FOR XML result SSMS printed as text put back as its value on one line, the head, the rule
    and the count line gone; how many values were cut over several lines) where the text holds such a result;
    None otherwise."""
    lines = text.split("\n")
    if not any(_FOR_XML_HEAD.match(ln) for ln in lines):
        return None
    out, cut, k = [], 0, 0
    while k < len(lines):
        if not (_FOR_XML_HEAD.match(lines[k]) and k + 1 < len(lines) and re.fullmatch(r"-+\s*", lines[k + 1])):
            out.append(lines[k])
            k += 1
            continue
        j = k + 2
        while j < len(lines) and lines[j].strip():
            j += 1
        pieces = lines[k + 2:j]
        out.append("".join(pieces))
        cut += len(pieces) > 1
        k = j
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k < len(lines) and re.fullmatch(r"\s*[(（]\d+\s*(?:行受影响|rows? affected)[)）]\s*", lines[k]):
            k += 1
    return "\n".join(out), cut


def _row_group(children: list[_Element], k: int) -> int:
    """How many siblings from children[k] are rows of one table: the same tag, each holding leaf
    elements only, with the same names (attributes and children) as the first; 0 under MIN_ROWS.
    A row names its fields, each once: elements naming none (<p>a</p><p>b</p>) or repeating a tag
    (an XHTML fragment's <tr><td>…</td><td>…</td>) are a list, not rows a header's names can head."""
    first = children[k]
    tags = [c.tag for c in first.children]
    if not all(c.leaf for c in first.children) or not first.fields() or len(set(tags)) < len(tags):
        return 0
    n = 1
    while k + n < len(children) and children[k + n].tag == first.tag and \
            all(c.leaf for c in children[k + n].children) and _same_fields(children[k + n], first):
        n += 1
    if n >= MIN_ROWS:
        return n
    # siblings of other names with the same fields, and nothing else under their parent (<来源><当年财政拨款
    # 年初预算数=…/><上年结转资金 …/></来源>): the rows of a table labelled by their names
    rest = children[k:]
    if all(c.leaf for c in children[:k]) and len(rest) >= MIN_ROWS and len({c.tag for c in rest}) == len(rest) and \
            all(not c.leaf and all(x.leaf for x in c.children) and set(c.fields()) == set(first.fields()) for c in rest):
        return len(rest)
    return 0


def _named_by_attribute(el: _Element) -> None:
    """Fields named by an attribute, not by their tag (the mysql client's --xml: <row><field name="分值">8</field>
    …): where an element's children, two or more, are leaves of one tag that each carry the same attribute and
    its values differ, each child is the field its attribute names (the tag it stands for), that attribute gone; a
    leaf marked nil (xsi:nil="true", a NULL) an empty field. Elsewhere the tree stays."""
    for c in el.children:
        if not c.leaf:
            _named_by_attribute(c)
    kids = el.children
    if len(kids) < 2 or not all(c.leaf for c in kids) or len({c.tag for c in kids}) != 1:
        return
    common = set(kids[0].attrs).intersection(*(c.attrs for c in kids[1:]))
    naming = [a for a in kids[0].attrs if a in common and len({c.attrs[a] for c in kids}) == len(kids)
              and all(c.attrs[a].strip() for c in kids)]
    if len(naming) != 1:
        return
    for c in kids:
        c.tag = c.attrs.pop(naming[0]).strip()
        nil = [a for a in c.attrs if a.rsplit(":", 1)[-1] == "nil"]
        if any(c.attrs[a] == "true" for a in nil):
            c.text = ""
        for a in nil:
            del c.attrs[a]


MIN_OUTLINE_NODES = 5     # an element or two inside its like is no outline


def _wording(els: list[_Element]) -> str | None:
    """The attribute every element carries whose values hold the most words (characters outside ASCII:
    the outline's text, not its ids, times or URL-encoded copies), None where no attribute holds any."""
    common = set(els[0].attrs).intersection(*(e.attrs for e in els[1:]))
    score = {a: sum(sum(ord(ch) > 127 for ch in e.attrs[a]) for e in els) for a in common}
    best = max(score, key=score.get, default=None)
    return best if best is not None and score[best] else None


def _value_tag(items: list[_Element], tag: str) -> str | None:
    """The tag that holds the items' VALUES, where the outline is a form's fields (Acrobat's XFDF: <field
    name="分值"><value>8</value></field>, fields nested in fields): every item holding no item holds ONE leaf
    element, of one tag across them all, MIN_OUTLINE_NODES of them or more; such an item is its name's value
    (分值：8), not a name over a note. None where the items hold notes, or values of several tags."""
    ends = [e for e in items if not any(c.tag == tag for c in e.children)]
    held = [e for e in ends if e.children]
    if len(held) < MIN_OUTLINE_NODES or any(len(e.children) != 1 or not e.children[0].leaf for e in held):
        return None
    tags = {e.children[0].tag for e in held}
    return tags.pop() if len(tags) == 1 else None


def outline(root: _Element) -> list[tuple] | None:
    """An outliner's or a mind map's export (OPML's <outline text=…>, FreeMind's <node TEXT=…>): elements of one
    tag nested in their like, each item's words an attribute they all carry (the one holding words: _wording).
    Read as a text tree is (nested_values.outline_blocks): each item a node, 'label：value' items fields; an
    item's other attributes that hold words, and any other child element's text (a note), stay as the item's
    'name：text' leaves. None where the tree is no such outline."""
    every: list[_Element] = []

    def walk(el: _Element) -> None:
        every.append(el)
        for c in el.children:
            walk(c)
    walk(root)
    nested = {e.tag for e in every if any(c.tag == e.tag for c in e.children)}
    if len(nested) != 1:
        return None
    tag = nested.pop()
    items = [e for e in every if e.tag == tag]
    if len(items) < MIN_OUTLINE_NODES or (word := _wording(items)) is None:
        return None
    value_tag = _value_tag(items, tag)

    def node(el: _Element) -> tuple:
        if value_tag is not None and len(el.children) == 1 and el.children[0].tag == value_tag:
            return (el.line, f"{el.attrs[word].strip()}：{' '.join(el.children[0].text.split())}", [])
        kids = []
        for c in el.children:
            if c.tag == tag:
                kids.append(node(c))
            elif (t := _all_text(c).strip()):
                kids.append((c.line, f"{c.attrs.get('TYPE', c.tag)}：{' '.join(t.split())}", []))
        notes = [(el.line, f"{a}：{v.strip()}", []) for a, v in el.attrs.items()
                 if a != word and v.strip() and any(ord(ch) > 127 for ch in v)]
        return (el.line, el.attrs[word].strip(), notes + kids)

    tops: list[_Element] = []

    def find(el: _Element) -> None:
        for c in el.children:
            if c.tag == tag:
                tops.append(c)
            else:
                find(c)
    find(root)
    if len(tops) != 1:
        return outline_blocks((root.line, root.tag, [node(t) for t in tops]))
    # one top item: the outline's title (a mind map's root), a line over the tree as a text tree's root is
    top = node(tops[0])
    found = outline_blocks(top)
    return None if found is None else [("p", top[0], top[1])] + found


XBRLI = "http://www.xbrl.org/2003/instance"
ISO4217 = "http://www.xbrl.org/2003/iso4217"


def xbrl_facts(root: _Element) -> tuple[_Element, int] | None:
    """An XBRL instance (its root xbrli:xbrl, the prefix bound to the instance namespace) as the records its
    facts make: the facts of one context (contextRef) one element of their concepts' local names, in the order
    the contexts are declared (a tool writes the facts grouped by concept, every row's 一级指标 together); a
    fact whose unit measures iso4217:CNY written with 元 after its value (4200000.00元: an instance's values are
    in their unit); a nil fact empty. The contexts, units and
    the schema reference are the instance's own structure, no data. With how many contexts hold facts; None
    where the root is no instance or no fact names a declared context."""
    prefix = root.tag.rpartition(":")[0]
    ns = root.attrs.get(f"xmlns:{prefix}" if prefix else "xmlns")
    if _local(root.tag) != "xbrl" or ns != XBRLI:
        return None
    kin = f"{prefix}:" if prefix else ""
    contexts = [c.attrs["id"] for c in root.children if c.tag == f"{kin}context" and "id" in c.attrs]
    yuan = {u.attrs.get("id") for u in root.children if u.tag == f"{kin}unit"
            and any(_local(m.tag) == "measure" and m.text.rpartition(":")[0]
                    and root.attrs.get("xmlns:" + m.text.rpartition(":")[0]) == ISO4217
                    and m.text.endswith(":CNY") for m in _descendants(u))}
    facts: dict[str, list[_Element]] = {c: [] for c in contexts}
    for el in root.children:
        if el.attrs.get("contextRef") in facts and el.leaf:
            money = el.attrs.get("unitRef") in yuan and el.text
            facts[el.attrs["contextRef"]].append(_Element(_local(el.tag), {}, el.line, el.text + ("元" if money else "")))
    held = [c for c in contexts if facts[c]]
    if not held:
        return None
    out = _Element(_local(root.tag), {}, root.line, comments=root.comments)
    out.children = [_Element("context", {}, facts[c][0].line, children=facts[c]) for c in held]
    return out, len(held)


def _descendants(el: _Element):
    for c in el.children:
        yield c
        yield from _descendants(c)


def blocks(root: _Element) -> list[tuple]:
    """The tree as the reader's blocks, in document order: ("p", line, text) a label：value line or a
    caption; ("t", rows) a table, rows of (line, text) cells, the header first."""
    if (values := plist_values(root) or clixml_values(root)) is not None:
        head_first(values)
        if (found := nested_blocks(values)) is not None:
            return found
    if (found := outline(root)) is not None:
        return found
    _named_by_attribute(root)
    out: list[tuple] = []
    _walk(root, out)
    return [b for b in out if b[0] != "p" or b[2]]     # a sectioned text's root has no name


_PLIST_SCALARS = ("string", "integer", "real", "date", "data", "true", "false")


def plist_values(root: _Element) -> Node | None:
    """An Apple property list's value as nested values, or None where root is no plist. A plist names no
    field by a tag: a <dict> holds <key> elements each followed by its value's element as a SIBLING
    (<key>分值</key><integer>8</integer>), an <array> its items; a scalar's tag is its type."""
    def value(el: _Element) -> Node | None:
        if el.tag == "dict":
            kids = el.children
            if len(kids) % 2 or any(k.tag != "key" for k in kids[::2]):
                return None
            pairs = [(k.line, k.text, value(v)) for k, v in zip(kids[::2], kids[1::2])]
            return None if any(v is None for _, _, v in pairs) else Node(line=el.line, pairs=pairs)
        if el.tag == "array":
            items = [value(c) for c in el.children]
            return None if any(v is None for v in items) else Node(line=el.line, items=items)
        if el.tag in _PLIST_SCALARS and el.leaf:
            return Node(line=el.line, scalar=el.tag if el.tag in ("true", "false") else el.text)
        return None
    if root.tag != "plist" or len(root.children) != 1:
        return None
    return value(root.children[0])


# PowerShell's CLIXML (Export-Clixml): an object <Obj> holds its members in <MS> (each named by its N attribute), a
# list's items in <LST> (<IE>, <STK>, <QUE> alike), beside <TN> / <TNRef> type names; a scalar's tag its type.
_CLIXML_LISTS = ("LST", "IE", "STK", "QUE")
_CLIXML_TYPES = ("TN", "TNRef", "ToString", "Props")
_CLIXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def clixml_values(root: _Element) -> Node | None:
    """A CLIXML file's one object as nested values, or None where root is no <Objs> of one <Obj>. Members: <S>,
    <I32>, <Db> … their text (CLIXML's _x000D__x000A_ escapes undone), <Nil> empty, an <Obj> its members (its <MS>)
    or its items (its <LST>), a <Ref RefId> the object of that RefId (an object met again is written as a
    reference to it); a member without its N, or a reference to an object it is inside of, no value."""
    objs: dict[str, _Element] = {}

    def collect(el: _Element) -> None:
        if el.tag == "Obj" and "RefId" in el.attrs:
            objs.setdefault(el.attrs["RefId"], el)
        for c in el.children:
            collect(c)
    inside: set[int] = set()     # the objects being read: a reference to one of them is a cycle

    def value(el: _Element) -> Node | None:
        if el.tag == "Ref":
            el = objs.get(el.attrs.get("RefId", ""), el)
            if el.tag == "Ref" or id(el) in inside:
                return None
        if el.tag == "Obj":
            inside.add(id(el))
            try:
                return obj(el)
            finally:
                inside.discard(id(el))
        if el.tag == "Nil":
            return Node(line=el.line, scalar="")
        if el.leaf and el.tag not in _CLIXML_TYPES:
            return Node(line=el.line, scalar=_CLIXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), el.text))
        return None

    def obj(el: _Element) -> Node | None:
        members = next((c for c in el.children if c.tag == "MS"), None)
        items = next((c for c in el.children if c.tag in _CLIXML_LISTS), None)
        if items is not None:
            got = [value(c) for c in items.children]
            return Node(line=el.line, items=[v for v in got if v is not None])
        if members is None:
            return None
        pairs = [(c.line, c.attrs["N"], v) for c in members.children
                 if c.attrs.get("N") and (v := value(c)) is not None]
        return Node(line=el.line, pairs=pairs)
    if _local(root.tag) != "objs" or len(root.children) != 1 or root.children[0].tag != "Obj":
        return None
    collect(root)
    got = value(root.children[0])
    return got if got is not None and got.pairs else None


def _walk(el: _Element, out: list[tuple]) -> None:
    if el.leaf:
        # a value with its qualifiers on one line (总分：98.83　满分：100), as a form writes them
        out.append(("p", el.line, "\u3000".join([f"{el.tag}：{el.text}"] + [f"{k}：{v}" for k, v in el.attrs.items()])))
        return
    out.append(("p", el.line, el.tag if not el.text else f"{el.tag}：{el.text}"))
    groups = dict(_disjoint([(k, n) for k in range(len(el.children)) if (n := _row_group(el.children, k))]))
    total = _total_of(el, groups)
    if total is None:
        out += [("p", el.line, f"{k}：{v}") for k, v in el.attrs.items()]
    in_rows = {k + d for k, n in groups.items() for d in range(n)}
    for k, child in enumerate(el.children):
        if k in groups:
            out.append(("t", _table(el.children[k:k + groups[k]], el if total == k else None)))
        elif k in in_rows or (total is not None and child.leaf and child.tag in _own(el)):
            continue     # a row's field, or the total row's
        else:
            _walk(child, out)


def _disjoint(groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The row groups that start where no earlier group runs."""
    out: list[tuple[int, int]] = []
    for k, n in groups:
        if not out or k >= out[-1][0] + out[-1][1]:
            out.append((k, n))
    return out


def _own(el: _Element) -> dict[str, tuple[int, str]]:
    """An element's own fields: its attributes and its leaf children of a tag it holds once (name:
    (line, value)); a tag repeated is rows, not a field."""
    tags = [c.tag for c in el.children]
    fields = {k: (el.line, v) for k, v in el.attrs.items()}
    fields.update({c.tag: (c.line, c.text) for c in el.children
                   if c.leaf and tags.count(c.tag) == 1 and c.tag not in fields})
    return fields


def _total_of(el: _Element, groups: dict[int, int]) -> int | None:
    """Where an element holds one group of rows and names two or more of its own fields as the rows
    name theirs (<资金 分值="10"><年初预算数>… beside <资金来源 年初预算数="…"/> rows), its own fields are
    the group's total, the table's first row: the start of that group, else None."""
    if len(groups) != 1:
        return None
    k = next(iter(groups))
    shared = set(_own(el)) & set(el.children[k].fields())
    return k if len(shared) >= 2 else None


def _table(rows: list[_Element], total: _Element | None) -> list[list[tuple[int, str]]]:
    """The rows' table, the header (their names) first; a total element's own fields as its first
    row, its name in the columns the rows name only themselves by (名称), its other fields after
    the rows' columns."""
    names = list(dict.fromkeys(name for r in rows for name in r.fields()))
    if len({r.tag for r in rows}) == len(rows) > 1:
        # rows named each by its own name: a label column first, the total's fields after the rows'
        own = _own(total) if total is not None else {}
        names += [name for name in own if name not in names]
        table = [[(rows[0].line, "")] + [(rows[0].line, name) for name in names]]
        if total is not None:
            table.append([(total.line, total.tag)] + [own.get(name, (total.line, "")) for name in names])
        for r in rows:
            values = {**r.attrs, **{c.tag: c.text for c in r.children}}
            table.append([(r.line, r.tag)] + [(r.line, values.get(name, "")) for name in names])
        return table
    own = _own(total) if total is not None else {}
    names += [name for name in own if name not in names]
    table = [[(rows[0].line, name) for name in names]]
    if total is not None:
        shared = set(own) & set(rows[0].fields())
        label = [name for name in rows[0].fields() if name not in shared]
        table.append([own.get(name, (total.line, total.tag if name in label else "")) for name in names])
    for r in rows:
        values = {**r.attrs, **{c.tag: c.text for c in r.children}}
        table.append([(r.line, values.get(name, "")) for name in names])
    return table


# -- a YAML export (a budget system's data file): mappings, lists of records, records grouped under keys ----
MAX_NODES = 100_000      # an alias expanded past this is damage (a billion laughs), not an export
_YAML_NULL = "tag:yaml.org,2002:null"
_YAML_RECORD = re.compile(r"^\s*- +[^\s:#'\"][^:\n]*: ", re.M)     # - 三级指标: X, a list item's first key


def parse_yaml(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """A YAML document as (its comment lines, its blocks as nested_values.nested_blocks gives them), or
    None where the text is no YAML mapping holding records: a list of mappings (the fund's sources), or
    lists of mappings grouped under keys (产出指标: 数量指标: - 三级指标: …). A text of label: value lines
    alone parses as YAML too; it stays the line reader's. Scalars keep their text as written (580.00,
    not 580.0), a null (~, null) is an empty cell; every block keeps its node's line."""
    import yaml

    if not _YAML_RECORD.search(text):
        return None      # no list item opening a mapping: no records to read (and no YAML parse of prose)
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, RecursionError):
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    seen = [0]

    def node(n) -> Node:
        seen[0] += 1
        if seen[0] > MAX_NODES:
            raise OverflowError
        line = n.start_mark.line + 1
        if isinstance(n, yaml.ScalarNode):
            return Node(line, scalar="" if n.tag == _YAML_NULL else n.value.strip())
        if isinstance(n, yaml.SequenceNode):
            return Node(line, items=[node(x) for x in n.value])
        return Node(line, pairs=[(k.start_mark.line + 1, k.value.strip(), node(v)) for k, v in n.value
                                 if isinstance(k, yaml.ScalarNode)])

    try:
        found = nested_blocks(node(root))
    except (OverflowError, RecursionError):
        return None
    if found is None:
        return None
    comments = [(no, m.group(1).strip()) for no, ln in enumerate(text.split("\n"), 1)
                if (m := re.match(r"^\s*#\s?(.*)$", ln)) and m.group(1).strip()]
    return comments, found
