"""OpenDocument text (.odt) and spreadsheets (.ods), as LibreOffice, WPS and the 信创 offices (永中) save
them: the package's content.xml, read into the Document the .docx and spreadsheet readers build.

Why no odfpy: it gives the XML tree in its own objects and expands no span, covered cell or repeat;
what a reader needs here (the grid with spans, repeats bounded, shown text and stored values) is a
walk over ElementTree, after zipguard has checked the package (bombs, DTDs) as it does a .docx.

Text: paragraphs and headings (text:p, text:h) through lists and sections; text:s, text:tab and
text:line-break as spaces, a tab and a line break; notes, comments (office:annotation), ruby text and
tracked deletions are not the text; a text box (draw:text-box) reads as blocks where it is anchored,
as the .docx reader reads one; tabbed paragraphs as rows typed with tabs (tab_lines). Tables:
table:table-cell with its spans, table:covered-table-cell as a slot a span covers, nested tables as
the .docx reader has them (their parent cell).

Repeats: LibreOffice writes equal neighbouring cells and rows once with number-columns-repeated /
number-rows-repeated, and a sheet's unused rest as an empty row repeated to the millionth row. A
repeated cell or row holding text is expanded (up to MAX_REPEAT times: more is no form); an empty
one is only counted, so that what follows stands in its place.

Hidden rows and columns (table:visibility collapse, or filter: hidden by a filter) are left out and
counted in a warning; hidden sheets (table:display false in their style) too. A merged cell whose
first row or column is hidden still covers the rows and columns shown: its text is placed there.

What the office draws that the XML does not hold as text, and what it holds that is not drawn:
- automatic list numbers (text:list with a list style: '1.', '(1)', '一、', '①'), counted per list,
  continued where a list says so, nested levels under their parents, and put before the item's
  first paragraph as the .docx reader puts Word's (extract/list_numbers.py);
- hidden text is left out: a paragraph or character style displayed none (text:display on its text
  properties, through the styles it inherits from), a hidden paragraph (text:hidden-paragraph
  hidden), hidden text (text:hidden-text hidden), a field or section displayed none; conditional
  text (text:conditional-text) shows its current value;
- tracked changes read as the final view: deletions (kept in text:tracked-changes) out, insertions
  (ordinary text between change marks) in.

Flat OpenDocument (.fodt / .fods: one XML file, office:document, sniffed by its office:mimetype) is
read by the same reader: its styles and body are in that one file.

Spreadsheets: each sheet becomes a spreadsheet_reader.Sheet (the text a cell shows, from its text:p;
the stored office:value, date or time where it differs) and spreadsheet_reader.build_sheets makes its
blocks, so an .ods reads as the same workbook saved as .xlsx does.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from .docx_reader import hidden_text_said, quoted
from .errors import ExtractError, fallback_unless_oom
from .list_numbers import list_number
from .model import Cell, Document, Location, Paragraph, Table, first_few
from .spreadsheet_reader import Sheet, _col_letter, build_sheets
from .tab_lines import append_typed
from .zipguard import check_package

_NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
       "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
       "xml": "http://www.w3.org/XML/1998/namespace",
       "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


P, H, S, TAB, BREAK = _q("text:p"), _q("text:h"), _q("text:s"), _q("text:tab"), _q("text:line-break")
TABLE, ROW, CELL, COVERED, COLUMN = (_q("table:table"), _q("table:table-row"), _q("table:table-cell"),
                                     _q("table:covered-table-cell"), _q("table:table-column"))
FRAME, TEXT_BOX = _q("draw:frame"), _q("draw:text-box")
LIST, ITEM, HEADER = _q("text:list"), _q("text:list-item"), _q("text:list-header")
CHANGE = _q("text:change")
HIDDEN_TEXT, HIDDEN_PARA, CONDITIONAL = _q("text:hidden-text"), _q("text:hidden-paragraph"), _q("text:conditional-text")
# What holds rows or columns in a table: groups, header rows / columns.
_ROW_GROUPS = {_q("table:table-row-group"), _q("table:table-header-rows"), _q("table:table-rows")}
_COL_GROUPS = {_q("table:table-column-group"), _q("table:table-header-columns"), _q("table:table-columns")}
# Inside a paragraph, not its text: notes, comments, ruby annotations.
_NOT_TEXT = {_q("text:note"), _q("office:annotation"), _q("office:annotation-end"), _q("text:ruby-text"),
             _q("text:tracked-changes")}
# In the body, not its flow: declarations, forms, the tracked changes' deleted text.
_NOT_FLOW = {_q("text:tracked-changes"), _q("text:sequence-decls"), _q("text:variable-decls"),
             _q("text:user-field-decls"), _q("text:dde-connection-decls"), _q("office:forms"),
             _q("office:annotation"), _q("text:index-title-template"),
             _q("text:table-of-content-source"), _q("text:alphabetical-index-source"),
             _q("text:illustration-index-source"), _q("text:table-index-source"), _q("text:user-index-source"),
             _q("text:object-index-source"), _q("text:bibliography-source")}
_HIDDEN = ("collapse", "filter")
_DRAW = f"{{{_NS['draw']}}}"
_TABLE_PARTS = {"table", "table-row", "table-cell", "covered-table-cell", "table-column", "table-columns",
                "table-rows", "table-header-rows", "table-header-columns", "table-row-group", "table-column-group"}
_WS = re.compile(r"[ \t\r\n]+")
MAX_REPEAT = 1000          # a filled cell or row repeated more is no form: the rest is dropped, with a warning
MAX_CELLS = 2_000_000      # filled cells a document may expand to (repeats multiply)


def read_odf(path: str, data: bytes, sha256: str, kind: str) -> Document:
    """kind: "odt" or "ods" (a package, by its mimetype member), "fodt" or "fods" (flat: one XML
    file, by its office:mimetype; extract/sniff.py)."""
    sheet = kind in ("ods", "fods")
    what = "OpenDocument 表格文件" if sheet else "OpenDocument 文本文件"
    if kind in ("fodt", "fods"):
        root = _flat_root(path, data, what)
        style_roots = [root]
    else:
        root, style_roots = _package_roots(path, data, what)
    body = root.find(f"{_q('office:body')}/{_q('office:spreadsheet' if sheet else 'office:text')}")
    if body is not None and not sheet:
        _tables_in_shapes(body)
    if body is None:
        raise ExtractError(path, "corrupt", f"{what}的 content.xml 中没有{'表格' if sheet else '正文'}，无法读取")
    doc = Document(source=path, format=kind, sha256=sha256)
    view = _View(style_roots)
    reader = _Reader(doc, path, _hidden_tables(root), view)
    if sheet:
        reader.sheets(body)
    else:
        view.labels = _Numbers(view).count(body)
        reader.flow_blocks(body, box=None)
    if view.skipped:
        doc.warnings.append(hidden_text_said(len(view.skipped), view.hidden_text_rows, _hidden_pieces(body, view.skipped)))
    for what, places in (("行", reader.hidden_rows), ("列", reader.hidden_cols)):
        if places:
            where = "；".join(f"{t}第{first_few(sorted(xs), 5)}{what}" for t, xs in places.items())
            doc.warnings.append(f"隐藏的表格{what} {sum(map(len, places.values()))} {what}未读取（{where}）")
    if reader.dropped:
        doc.warnings.append(f"重复超过 {MAX_REPEAT} 次的单元格或行 {len(reader.dropped)} 处只读取前 {MAX_REPEAT} 次"
                            f"（{first_few(reader.dropped, 5)}）")
    return doc


def _hidden_pieces(body, skipped: set) -> list[str]:
    """Each hidden piece left out, in document order, quoted where it stands: 正文, or the table (its
    name, as the office shows it) it is in."""
    out: list[str] = []

    def walk(el, where: str) -> None:
        for child in el:
            if child in skipped:
                text = "".join(child.itertext()).strip() or child.get(_q("text:string-value"), "")
                out.append(where + quoted(text))
            elif child.tag == TABLE:
                walk(child, f"表格“{child.get(_q('table:name'))}”中" if child.get(_q("table:name")) else "表格中")
            else:
                walk(child, where)
    walk(body, "正文")
    return out


def _package_roots(path: str, data: bytes, what: str):
    """A package's content.xml, and the parts that hold its styles (styles.xml, then content.xml's
    automatic styles, which may name the former as parents)."""
    try:
        zf = check_package(path, data, what=what)
    except ExtractError as e:
        if e.code == "corrupt" and _encrypted(data):
            raise ExtractError(path, "encrypted", f"{what}已加密（需要密码），无法读取") from None
        raise
    try:
        root = safe_et.fromstring(zf.read("content.xml"))
    except KeyError:
        raise ExtractError(path, "corrupt", f"{what}中没有 content.xml，无法读取") from None
    try:
        styles = [safe_et.fromstring(zf.read("styles.xml"))]
    except KeyError:
        styles = []     # a package without styles.xml: the automatic styles are all there is
    return root, styles + [root]


def _flat_root(path: str, data: bytes, what: str):
    """A flat OpenDocument file's root (office:document), parsed as zipguard parses a package's parts."""
    try:
        root = safe_et.fromstring(data)
    except DefusedXmlException:
        raise ExtractError(path, "xxe", f"{what}（单文件 XML）声明了 DTD 或外部实体，存在安全风险，拒绝读取") from None
    except safe_et.ParseError as e:
        raise ExtractError(path, "corrupt", f"{what}（单文件 XML）不是合法的 XML（{e}）") from None
    if root.tag != _q("office:document"):
        raise ExtractError(path, "corrupt", f"{what}（单文件 XML）的根元素不是 office:document，无法读取")
    return root


def _encrypted(data: bytes) -> bool:
    """An ODF package encrypted with a password: its manifest gives the members' encryption data."""
    import io
    with fallback_unless_oom(), zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("META-INF/manifest.xml") as f:
        return b"encryption-data" in f.read(1 << 20)
    return False    # a package too broken to say: the corrupt reason stands


def _hidden_tables(root) -> set[str]:
    """Names of the automatic table styles that hide their sheet (style:table-properties table:display false)."""
    out = set()
    for st in root.iter(_q("style:style")):
        props = st.find(_q("style:table-properties"))
        if st.get(_q("style:family")) == "table" and props is not None and props.get(_q("table:display")) == "false":
            out.add(st.get(_q("style:name")))
    return out


def _repeat(el, attr: str) -> int:
    """A count attribute (a repeat, a span, text:s's text:c): 1 where absent or unreadable."""
    try:
        return max(1, int(el.get(_q(attr), "1")))
    except ValueError:
        return 1


def _children(el, groups: set[str], tag: str):
    """el's children with this tag, through the groups that hold them, in order."""
    for child in el:
        if child.tag in groups:
            yield from _children(child, groups, tag)
        elif child.tag == tag:
            yield child


def _visible_columns(tbl) -> list[bool] | None:
    """Per grid column (a repeat bounded by MAX_REPEAT, the rest shown), whether it is shown; None
    when every column is."""
    out, any_hidden = [], False
    for col in _children(tbl, _COL_GROUPS, COLUMN):
        hidden = col.get(_q("table:visibility")) in _HIDDEN
        any_hidden |= hidden
        out += [not hidden] * min(_repeat(col, "table:number-columns-repeated"), 16384)
    return out if any_hidden else None


# style:num-format as LibreOffice writes it ("1", "a", "一, 二, 三, ...": the sequence's first items),
# by its first character, as list_numbers names the formats.
_NUM_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
                "": "none", "一": "chineseCounting", "壹": "chineseLegalSimplified", "①": "decimalEnclosedCircle",
                "１": "decimalFullWidth", "甲": "heavenlyStem", "子": "earthlyBranch"}


@dataclass
class _Level:
    """One level of a list style: how its number is drawn (None: a bullet or an image, no number)."""
    fmt: str | None
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    shown_levels: int = 1          # text:display-levels: 1.2 draws the parent's number too
    pattern: str | None = None     # loext:num-list-format ("%1%.%2%."), LibreOffice's own, where written


def _level(el) -> _Level:
    if el.tag not in (_q("text:list-level-style-number"), _q("text:outline-level-style")):
        return _Level(None)
    fmt = el.get(_q("style:num-format"), "")
    name = _NUM_FORMATS.get(fmt, _NUM_FORMATS.get(fmt[:1], "decimal"))
    if name in ("lowerLetter", "upperLetter") and el.get(_q("style:num-letter-sync")) != "true":
        name += "Alphabetic"      # past z: aa, ab (ODF's default), not Word's aa, bb (list_numbers)
    return _Level(name,
                  el.get(_q("style:num-prefix"), ""), el.get(_q("style:num-suffix"), ""),
                  _repeat(el, "text:start-value"), _repeat(el, "text:display-levels"),
                  el.get(_q("loext:num-list-format")))


class _View:
    """What the styles say about showing text: which paragraph and character styles are hidden, the
    list styles' levels, a paragraph style's list style; and the list numbers counted (labels)."""

    def __init__(self, roots):
        self.styles: dict[tuple[str, str], object] = {}     # (family, name) -> style:style
        self.lists: dict[str, dict[int, _Level]] = {}
        self.outline: dict[int, _Level] = {}
        for root in roots:
            for st in root.iter(_q("style:style")):
                self.styles[(st.get(_q("style:family")), st.get(_q("style:name")))] = st
            for ls in root.iter(_q("text:list-style")):
                self.lists[ls.get(_q("style:name"))] = {_repeat(lv, "text:level"): _level(lv) for lv in ls}
            for ls in root.iter(_q("text:outline-style")):
                self.outline = {_repeat(lv, "text:level"): _level(lv) for lv in ls}
        self.labels: dict = {}          # paragraph -> its list number as drawn
        self.skipped: set = set()       # hidden paragraphs, spans, fields and sections that held text
        self.hidden_text_rows = 0       # table rows left out because all their text is hidden
        # tracked changes that deleted text (text:changed-region holding a text:deletion), by id
        self.deletions = {region.get(_q("text:id")) or region.get(_q("xml:id"))
                          for root in roots for region in root.iter(_q("text:changed-region"))
                          if region.find(_q("text:deletion")) is not None}
        self._hidden: dict = {}

    def skip(self, el) -> None:
        """Hidden content left out: counted (once, however often it is looked at) where it held text
        (a field's text may stand in its text:string-value alone)."""
        if "".join(el.itertext()).strip() or el.get(_q("text:string-value"), "").strip():
            self.skipped.add(el)

    def _inherited(self, family: str, name: str | None, get):
        """The first value get gives along a style's parents (None where none gives one)."""
        seen = set()
        while name and (family, name) not in seen:
            seen.add((family, name))
            st = self.styles.get((family, name))
            if st is None:
                return None
            if (value := get(st)) is not None:
                return value
            name = st.get(_q("style:parent-style-name"))
        return None

    def hidden(self, family: str, name: str | None) -> bool:
        """A style whose text properties display it none (LibreOffice's hidden character attribute)."""
        if not name:
            return False
        key = (family, name)
        if key not in self._hidden:
            self._hidden[key] = self._inherited(family, name, _display) == "none"
        return self._hidden[key]

    def list_style(self, p) -> str | None:
        """The list style a paragraph's style names (style:list-style-name), for a list that names none."""
        return self._inherited("paragraph", p.get(_q("text:style-name")),
                               lambda st: st.get(_q("style:list-style-name")))

    def para_hidden(self, p) -> bool:
        """A paragraph not drawn: its style hidden, or a hidden-paragraph field whose condition holds
        (counted as skipped)."""
        if self.hidden("paragraph", p.get(_q("text:style-name"))) or \
                any(f.get(_q("text:is-hidden")) == "true" for f in p.iter(HIDDEN_PARA)):
            self.skip(p)
            return True
        return False


def _display(st) -> str | None:
    props = st.find(_q("style:text-properties"))
    if props is None:
        return None
    return props.get(_q("text:display")) or props.get(_q("fo:display"))


class _Numbers:
    """The automatic list numbers of a text body, counted in document order as the office counts them:
    per list (a list continues an earlier one only where it says so: text:continue-numbering after a
    list of the same style, text:continue-list naming one), an item's number on its first paragraph,
    a level's count restarted under each new parent item, text:start-value where an item restarts.
    Headings outside lists are numbered by the outline style (LibreOffice's chapter numbering)."""

    def __init__(self, view: _View):
        self.view = view
        self.labels: dict = {}
        self.by_id: dict[str, dict] = {}
        self.last: tuple[str | None, dict] | None = None    # the last list begun: its style, its counts
        self.chapters: dict[int, int] = {}                   # the outline's counts

    def count(self, body) -> dict:
        self._walk(body)
        return self.labels

    def _walk(self, node) -> None:
        for el in node:
            if el.tag in _NOT_FLOW or el.tag in _NOT_TEXT:
                continue        # deleted text, notes: counted apart from the body, if at all
            if el.tag == LIST:
                self._list(el, 1, self._counts(el), el.get(_q("text:style-name")))
                continue
            if el.tag == H:
                self._heading(el)
            self._walk(el)

    def _heading(self, h) -> None:
        """A heading outside a list: its outline level's number, unless it is a list header or its
        style takes it out of the outline (names a list style of its own, or none)."""
        if h.get(_q("text:is-list-header")) == "true" or self.view.list_style(h) is not None:
            return
        level = _repeat(h, "text:outline-level")
        spec = self.view.outline.get(level)
        if spec is None or spec.fmt is None:
            return
        if h.get(_q("text:restart-numbering")) == "true":
            self.chapters[level] = (_repeat(h, "text:start-value") if h.get(_q("text:start-value")) else spec.start) - 1
        self._count(self.chapters, level, spec.start)
        if label := _label(self.view.outline, self.chapters, level):
            self.labels[h] = label

    def _counts(self, lst) -> dict:
        """A top-level list's counts: a new list's, or the earlier list's it continues."""
        style = lst.get(_q("text:style-name"))
        counts: dict = {}
        if (ref := lst.get(_q("text:continue-list"))) is not None:
            counts = self.by_id.get(ref, counts)
        elif lst.get(_q("text:continue-numbering")) == "true" and self.last and self.last[0] == style:
            counts = self.last[1]
        self.last = (style, counts)
        if (own := lst.get(_q("xml:id"))) is not None:
            self.by_id[own] = counts
        return counts

    def _list(self, lst, level: int, counts: dict, style: str | None) -> None:
        for item in lst:
            if item.tag not in (ITEM, HEADER):
                continue
            first = next((c for c in item if c.tag in (P, H, LIST)), None)
            if item.tag == ITEM and first is not None and first.tag != LIST:
                self._number(item, first, level, counts, style or self.view.list_style(first))
            for child in item:
                if child.tag == LIST:
                    self._list(child, level + 1, counts, style)
                else:
                    self._walk(child)

    def _number(self, item, p, level: int, counts: dict, style: str | None) -> None:
        levels = self.view.lists.get(style, {}) if style else {}
        spec = levels.get(level, _Level(None))
        if item.get(_q("text:start-value")) is not None:
            counts[level] = _repeat(item, "text:start-value") - 1
        self._count(counts, level, spec.start)
        if spec.fmt is not None:      # a bullet: not part of the name (the .docx reader leaves Word's out too)
            self.labels[p] = _label(levels, counts, level)

    @staticmethod
    def _count(counts: dict, level: int, start: int) -> None:
        """One more at this level; the levels under it start again."""
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]


def _label(levels: dict[int, _Level], counts: dict, level: int) -> str:
    """A level's number as drawn: LibreOffice's pattern where written, else prefix, the numbers of
    the levels shown (display-levels) joined by '.', suffix."""
    spec = levels[level]

    def drawn(k: int) -> str:
        lv = levels.get(k, _Level("decimal"))
        return list_number(counts.get(k, lv.start), lv.fmt or "decimal")
    if spec.pattern is not None:
        return re.sub(r"%(\d+)%", lambda m: drawn(int(m.group(1))), spec.pattern)
    shown = range(max(1, level - spec.shown_levels + 1), level + 1)
    return spec.prefix + ".".join(drawn(k) for k in shown) + spec.suffix


@dataclass
class _Reader:
    doc: Document
    path: str
    hidden_styles: set[str]
    view: _View
    boxes: int = 0          # text boxes read so far
    # hidden table rows and columns holding text (text documents; sheets count in build_sheets): per
    # table, as 表2 (its number in the file, textbox's own tables among them), the rows' and columns'
    # 1-based numbers in the file's grid, hidden ones counted, for an analyst to unhide them
    hidden_rows: dict = field(default_factory=dict)
    hidden_cols: dict = field(default_factory=dict)
    dropped: list = field(default_factory=list)     # where repeats were cut at MAX_REPEAT (表1第3行, 工作表“A”B7)
    filled: int = 0         # filled cells so far, against MAX_CELLS
    tabbed: list = field(default_factory=list)

    def _loc(self, box: int | None, **kw) -> Location:
        return Location(self.path, textbox=box, **kw)

    def _count(self, n: int = 1) -> None:
        self.filled += n
        if self.filled > MAX_CELLS:
            raise ExtractError(self.path, "too_large", f"OpenDocument 文件展开后超过 {MAX_CELLS} 个单元格，拒绝读取")

    def _times(self, n: int, filled: bool, where) -> int:
        """How many of n repeats of a cell or row to take: at most MAX_REPEAT (where one holding text
        is cut, its place kept: where() names it)."""
        if filled and n > MAX_REPEAT:
            self.dropped.append(where())
        return min(n, MAX_REPEAT)

    # text ------------------------------------------------------------------------------------

    def flow_blocks(self, container, box: int | None) -> None:
        for el in _flow(container, self.view):
            if el.tag == TABLE:
                self._flush(box)
                self.table(el, parent=None, box=box)
                continue
            text, frames = _para(el, self.view)
            if "\t" in text.strip():
                self.tabbed.append(text)
            else:
                self._flush(box)
                if text.strip():
                    self.doc.blocks.append(Paragraph(text=text.strip(), loc=self._loc(box, block=len(self.doc.blocks))))
            for frame in frames:
                self._flush(box)
                self.boxes += 1
                self.flow_blocks(frame, box=self.boxes)
        self._flush(box)

    def _flush(self, box: int | None) -> None:
        append_typed(self.doc, self.tabbed, lambda **kw: self._loc(box, **kw))

    def table(self, tbl, parent, box: int | None) -> None:
        """A text document's table: the grid of its rows, hidden rows and columns left out, spans
        shrunk to the rows and columns shown."""
        doc = self.doc
        block, t_index = len(doc.blocks), len(doc.tables())
        table = Table(index=t_index, n_rows=0, n_cols=0, cells=[], loc=self._loc(box, block=block, table=t_index),
                      parent=parent)
        doc.blocks.append(table)
        shown_cols = _visible_columns(tbl)
        anchors, rows_shown = [], []     # (row, col, rowspan, colspan, element, filled) in the source grid
        r = 0
        for tr in _children(tbl, _ROW_GROUPS, ROW):
            hidden = tr.get(_q("table:visibility")) in _HIDDEN
            filled = _filled(tr, self.view)
            n = _repeat(tr, "table:number-rows-repeated")
            if not filled and n > MAX_REPEAT:
                continue      # padding rows, not rows anyone drew
            if not filled and any(el.tag == CHANGE and el.get(_q("text:change-id")) in self.view.deletions
                                  for el in tr.iter()):
                # a row whose text was all deleted with changes tracked (LibreOffice keeps Word's
                # deleted row so, its cells empty but for the deletions' marks): not in the final view
                hidden = True
            elif not filled and any(el in self.view.skipped for el in tr.iter()):
                # all its text hidden: Word draws no such row, LibreOffice an empty one; either way
                # it holds nothing to read, and the same report reads alike from its .docx
                hidden = True
                self.view.hidden_text_rows += min(n, MAX_REPEAT)
            for _ in range(self._times(n, filled, lambda: f"表{t_index + 1}第{r + 1}行")):
                rows_shown.append(not hidden)
                c = 0
                for tc in tr:
                    if tc.tag not in (CELL, COVERED):
                        continue
                    cell_filled = tc.tag == CELL and _filled(tc, self.view)
                    k = _repeat(tc, "table:number-columns-repeated")
                    if not cell_filled and k > MAX_REPEAT:
                        break   # the row's padding to the page's width
                    for _ in range(self._times(k, cell_filled, lambda: f"表{t_index + 1}第{r + 1}行第{c + 1}列")):
                        if tc.tag == CELL:
                            self._count()
                            anchors.append((r, c, _repeat(tc, "table:number-rows-spanned"),
                                            _repeat(tc, "table:number-columns-spanned"), tc, cell_filled))
                        c += 1
                r += 1
        n_cols = max((a[1] + a[3] for a in anchors), default=0)
        col_ok = [shown_cols[k] if shown_cols is not None and k < len(shown_cols) else True for k in range(n_cols)]
        row_at = _positions(rows_shown)
        col_at = _positions(col_ok)
        nested: list[tuple] = []
        unread_rows, unread_cols = set(), set()     # hidden rows and columns with text not read
        for r0, c0, rs, cs, tc, filled in anchors:
            # a merge whose first row or column is hidden starts at the first one shown in it
            rows_in = [k for k in range(r0, min(r0 + rs, len(rows_shown))) if rows_shown[k]]
            cols_in = [k for k in range(c0, min(c0 + cs, n_cols)) if col_ok[k]]
            if not rows_in or not cols_in:
                if filled and not rows_shown[r0]:
                    unread_rows.add(r0)
                elif filled:
                    unread_cols.add(c0)
                continue
            row, col = row_at[rows_in[0]], col_at[cols_in[0]]
            rowspan, colspan = len(rows_in), len(cols_in)
            lines: list[str] = []
            for el in _flow(tc, self.view):
                if el.tag == TABLE:
                    nested.append((el, (t_index, row, col)))
                else:
                    text, frames = _para(el, self.view)
                    lines.append(text)
                    lines += [_para(p, self.view)[0] for f in frames for p in _flow(f, self.view) if p.tag != TABLE]
            table.cells.append(Cell(text="\n".join(t.strip() for t in lines).strip(), row=row, col=col,
                                    rowspan=rowspan, colspan=colspan,
                                    loc=self._loc(box, block=block, table=t_index, row=row, col=col)))
        table.n_rows, table.n_cols = sum(rows_shown), sum(col_ok)
        name = f"表{t_index + 1}"
        if unread_rows:
            self.hidden_rows[name] = {r + 1 for r in unread_rows}
        if unread_cols:
            self.hidden_cols[name] = {c + 1 for c in unread_cols}
        for el, where in nested:
            self.table(el, parent=where, box=box)

    # sheets ------------------------------------------------------------------------------------

    def sheets(self, body) -> None:
        sheets = []
        for tbl in body.findall(TABLE):
            name = tbl.get(_q("table:name"), "")
            if tbl.get(_q("table:style-name")) in self.hidden_styles:
                self.doc.warnings.append(f"隐藏的工作表“{name}”未读取")
                continue
            sheets.append(self.sheet(tbl, name))
        build_sheets(self.doc, self.path, sheets)

    def sheet(self, tbl, name: str) -> Sheet:
        sh = Sheet(name)
        hidden_rows, hidden_cols = [], []     # (first, count), 1-based: clipped to the content at the end
        c = 1
        for col in _children(tbl, _COL_GROUPS, COLUMN):
            n = _repeat(col, "table:number-columns-repeated")
            if col.get(_q("table:visibility")) in _HIDDEN:
                hidden_cols.append((c, n))
            c += n
        r = 1
        for tr in _children(tbl, _ROW_GROUPS, ROW):
            n = _repeat(tr, "table:number-rows-repeated")
            if tr.get(_q("table:visibility")) in _HIDDEN:
                hidden_rows.append((r, n))
            filled = _filled(tr, self.view)
            if not (filled or _merges(tr)):
                r += n      # empty rows only move the next row down, however many
                continue
            for k in range(self._times(n, filled, lambda: f"工作表“{sh.name}”第{r}行")):
                self._sheet_row(sh, tr, r + k)
            r += n
        last_row = max([rr for rr, _ in sh.cells] + [m[2] for m in sh.merges], default=0)
        last_col = max([cc for _, cc in sh.cells] + [m[3] for m in sh.merges], default=0)
        sh.hidden_rows = {x for first, n in hidden_rows for x in range(first, min(first + n, last_row + 1))}
        sh.hidden_cols = {x for first, n in hidden_cols for x in range(first, min(first + n, last_col + 1))}
        return sh

    def _sheet_row(self, sh: Sheet, tr, r: int) -> None:
        c = 1
        for tc in tr:
            if tc.tag not in (CELL, COVERED):
                continue
            n = _repeat(tc, "table:number-columns-repeated")
            shown = _shown(tc, self.view) if tc.tag == CELL else ("", None)
            rs, cs = (_repeat(tc, "table:number-rows-spanned"), _repeat(tc, "table:number-columns-spanned")) \
                if tc.tag == CELL else (1, 1)
            if shown[0] or rs > 1 or cs > 1:
                for k in range(self._times(n, bool(shown[0]), lambda: f"工作表“{sh.name}”{_col_letter(c)}{r}")):
                    if shown[0]:
                        self._count()
                        sh.cells[(r, c + k)] = shown
                    if rs > 1 or cs > 1:
                        sh.merges.append((r, c + k, r + rs - 1, c + k + cs - 1))
            c += n

def _positions(shown: list[bool]) -> list[int]:
    """Each source index's place among the shown ones."""
    out, k = [], 0
    for s in shown:
        out.append(k)
        k += s
    return out


def _flow(container, view: _View):
    """The paragraphs, headings and tables in container, in order, through lists, sections and indexes
    (a section not displayed, text:display none or hidden by its condition, is not shown; nor is a
    hidden paragraph)."""
    for el in container:
        tag = el.tag
        if tag in (P, H):
            if not view.para_hidden(el):
                yield el
        elif tag == TABLE:
            yield el
        elif tag in _NOT_FLOW:
            continue
        elif _not_shown(el):
            view.skip(el)
        elif tag in (FRAME, TEXT_BOX) or tag.startswith(f"{{{_NS['text']}}}"):
            yield from _flow(el, view)


def _not_shown(el) -> bool:
    """A section or field the office does not draw: displayed none, or hidden by its condition (the
    office's last evaluation, text:is-hidden, which a reader cannot redo)."""
    return el.get(_q("text:display")) == "none" or el.get(_q("text:is-hidden")) == "true"


def _para(p, view: _View) -> tuple[str, list]:
    """A paragraph's text as shown (its list number first), and the text boxes anchored in it (read
    as blocks after it)."""
    out: list[str] = [view.labels.get(p, "")]
    boxes: list = []

    def walk(node) -> None:
        if node.text:
            out.append(_WS.sub(" ", node.text))    # ODF collapses white space; text:s writes more
        for child in node:
            tag = child.tag
            if tag == S:
                out.append(" " * _repeat(child, "text:c"))
            elif tag == TAB:
                out.append("\t")
            elif tag == BREAK:
                out.append("\n")
            elif tag.startswith(_DRAW):
                boxes.extend(_shape_texts(child))
            elif tag == CONDITIONAL and not "".join(child.itertext()):
                value = "if-true" if child.get(_q("text:current-value")) == "true" else "if-false"
                out.append(child.get(_q(f"text:string-value-{value}"), ""))
            elif tag == HIDDEN_TEXT and not "".join(child.itertext()):
                if _not_shown(child):
                    view.skip(child)
                else:
                    out.append(child.get(_q("text:string-value"), ""))
            elif _not_shown(child) or view.hidden("text", child.get(_q("text:style-name"))):
                view.skip(child)
            elif tag not in _NOT_TEXT:
                walk(child)
            if child.tail:
                out.append(_WS.sub(" ", child.tail))

    walk(p)
    return "".join(out), boxes


def _shape_texts(shape):
    """The texts a drawing holds, each read as a text box: a frame's text box, and a shape's own
    paragraphs and tables (LibreOffice writes Word's text box as a draw:custom-shape holding them).
    Only the outermost: a box nested in a box's text is anchored in one of its paragraphs, and is
    read from there (once), as that paragraph's box."""
    if shape.tag == TEXT_BOX or (shape.tag.startswith(_DRAW) and shape.tag != FRAME and
                                 any(c.tag in (P, H, TABLE) for c in shape)):
        yield shape
        return
    for child in shape:
        if isinstance(child.tag, str):
            yield from _shape_texts(child)


def _tables_in_shapes(root) -> None:
    """A table in a shape's text is written in LibreOffice's own namespace (loext:table, its rows
    and cells), the same elements otherwise: named as the table namespace names them, one reader
    reads both."""
    loext, table = f"{{{_NS['loext']}}}", f"{{{_NS['table']}}}"
    for el in root.iter():
        if el.tag.startswith(loext) and el.tag[len(loext):] in _TABLE_PARTS:
            el.tag = table + el.tag[len(loext):]


def _filled(el, view: _View) -> bool:
    """Whether a row or cell holds any text: a paragraph with text, or a value that is no string
    (a number a cell holds without the text it shows)."""
    for node in el.iter():
        if node.tag in (P, H) and not view.para_hidden(node) and _para(node, view)[0].strip():
            return True
        if node.tag == CELL and node.get(_q("office:value-type")) not in (None, "string"):
            return True
    return False


def _merges(tr) -> bool:
    return any(tc.tag == CELL and (tc.get(_q("table:number-rows-spanned"), "1") != "1" or
                                   tc.get(_q("table:number-columns-spanned"), "1") != "1") for tc in tr)


_VALUE = {"float": "office:value", "percentage": "office:value", "currency": "office:value",
          "date": "office:date-value", "time": "office:time-value", "boolean": "office:boolean-value",
          "string": "office:string-value"}


def _shown(tc, view: _View) -> tuple[str, str | None]:
    """(the text a sheet cell shows, its stored value where it differs), as spreadsheet_reader._shown
    gives them for .xlsx: the text from the cell's paragraphs (not its comment), the value as stored."""
    lines = [_para(el, view)[0] for el in _flow(tc, view) if el.tag != TABLE]
    text = "\n".join(lines).strip()
    kind = tc.get(_q("office:value-type"))
    stored = tc.get(_q(_VALUE[kind])) if kind in _VALUE else None
    if not text and stored is not None:
        text = stored.strip()     # a cell written without the text it shows: its value
    return text, (stored if stored is not None and stored != text and kind != "string" else None)
