"""Word .docx: paragraphs and tables in body order, merges as spans, nested tables, list numbers.

The package is checked before python-docx sees it: a zip that would inflate beyond
MAX_UNPACKED bytes (a decompression bomb) or an XML part that declares a DTD or entities
(XXE) is refused. python-docx never resolves entities, but we refuse such files outright:
no genuine Word document carries a DTD.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from io import BytesIO

from .box_grid import A, WP, box_grid, frame_grid, framed
from .errors import ExtractError, fallback_unless_oom
from .list_numbers import list_number
from .merge_fields import records as merge_records
from .model import Cell, Document, Location, Paragraph, Table, first_few
from .tab_lines import TYPED_HEADING, ListItem, append_typed, heading_line, leaders_as_tabs, typed_column
from .zipguard import check_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
O = "{urn:schemas-microsoft-com:office:office}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# Word 2016+ keeps an inserted SVG picture as this extension of the blip (a PNG the fallback for older readers).
ASVG = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}"
# An embedded object's part the spreadsheet reader opens, by content type.
_WORKBOOKS = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "application/vnd.ms-excel.sheet.macroEnabled.12")
# An alternative format chunk's part (w:altChunk) read as a document, by content type: a Word package or
# an HTML page (document builders assemble reports so); Word merges either in where the element stands.
_CHUNKS = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
           "application/vnd.ms-word.document.macroEnabled.12": "docx",
           "application/xhtml+xml": "html", "text/html": "html"}
# What a paragraph's text is made of; w:delText (deleted revisions) and w:instrText (field codes) are not.
# An absolute position tab (w:ptab: aligned on the margin or indent, no tab stop defined) is a tab as any.
_TEXT = frozenset((W + "t", W + "tab", W + "ptab", W + "br", W + "cr", W + "sym", W + "sdt"))


def read_docx(path: str, data: bytes, sha256: str) -> Document:
    check_package(path, data)
    import docx  # imported late: only docx files pay for it

    with fallback_unless_oom(lambda e: ExtractError(path, "corrupt", f"Word 文件无法打开（{type(e).__name__}: {e}）")):
        wd = docx.Document(BytesIO(_chunks_as_packages(data)))
    doc = Document(source=path, format="docx", sha256=sha256)
    ctx = _Ctx(doc, path, _Numbering(wd), _Hidden(wd), wd.part)
    heads, feet = _margin_tables(wd)
    for _, part in heads:   # printed above the body on every page: read before it
        _read_blocks(ctx, part, box=None)
    _read_blocks(ctx, wd.element.body, box=None)
    notes = _content_notes(ctx)
    for _, note in notes:   # content typed into a note or a comment: read after the body, as an endnote prints
        _read_blocks(ctx, note, box=None)
    for _, part in feet:    # printed under it: read after it
        _read_blocks(ctx, part, box=None)
    if heads or feet:
        n = sum(len(part.findall(".//" + W + "tbl")) for _, part in heads + feet)
        doc.warnings.append(f"页眉或页脚（{'、'.join(name for name, _ in heads + feet)}）中有{n}个表格，"
                            "页眉的内容按正文之前、页脚的内容按正文之后读取：表格不在正文中，请核对原件")
    if notes:
        held = [f"{name}（{n}个表格）" if (n := len(note.findall('.//' + W + 'tbl'))) else
                f"{name}（{len(note.findall(W + 'p'))}段文字）" for name, note in notes]
        unprinted = "（批注不随文档打印，另存的 PDF 可能没有这些内容）" if any(name.startswith("批注") for name, _ in notes) else ""
        doc.warnings.append(f"{'、'.join(held)}的内容按正文之后读取：表格或大段文字不在正文中{unprinted}，请核对原件")
    _join_beside(ctx)
    _wide_pictures(ctx, wd.element.body)
    if ctx.svg_unread:
        from .svg_text import unread_said
        doc.warnings.append(unread_said(ctx.svg_unread, "文档"))
    if ctx.hidden.runs:
        doc.warnings.append(hidden_text_said(ctx.hidden.runs, ctx.hidden.rows, ctx.hidden.pieces, "Word "))
    if ctx.noted:
        doc.warnings.append(f"{len(ctx.noted)}处单元格或段落只有脚注（尾注）标号，其内容按所注的脚注文字读取"
                            f"（如{first_few((f'“{t[:20]}”' for t in ctx.noted), 3)}），请核对原件")
    if repeated := _repeated_fields(wd.element.body):
        doc.warnings.append(f"{len(repeated)}处表单域（FORMTEXT）的内容与紧邻的文字或表单域逐字重复，"
                            f"如{first_few((f'“{t}”×{n}' for t, n in repeated), 5)}：可能是转换时把嵌套的内容控件"
                            "写成了多份（如 LibreOffice 导出的 .doc），读出的文字、数值可能重复或混杂，请核对原件")
    return doc


def _margin_tables(wd) -> tuple[list, list]:
    """The header and footer parts (w:hdr / w:ftr) that hold a table, as (name, element), each part
    once, in the order the sections name them: a page header or footer is a line or two (a title, a
    page number), so a table there is the document's content typed into the wrong place (a form whose
    indicator grid sits in the footer, 1294), which Word prints on every page; the parts holding no
    table are left out as ever."""
    heads, feet, seen = [], [], set()
    for sect in wd.element.body.iter(W + "sectPr"):
        for ref in sect:
            if ref.tag not in (W + "headerReference", W + "footerReference"):
                continue
            part = wd.part.related_parts.get(ref.get(R + "id"))
            el = getattr(part, "element", None)
            if el is None or id(el) in seen or el.find(".//" + W + "tbl") is None:
                continue
            seen.add(id(el))
            name = str(part.partname).rsplit("/", 1)[-1]
            (heads if ref.tag == W + "headerReference" else feet).append(
                (("页眉" if ref.tag == W + "headerReference" else "页脚") + name, el))
    return heads, feet


_SIDE_NOTES = {"footnotes": (W + "footnote", "脚注"), "endnotes": (W + "endnote", "尾注"), "comments": (W + "comment", "批注")}


def _content_notes(ctx: _Ctx) -> list:
    """The footnotes, endnotes and comments that hold the document's content (_content_note: a table, or
    NOTE_LINES paragraphs or more), as (name, element) in the package's order: a note or a comment is a
    line or two, so a table there is the document's content typed into the wrong place (a form whose
    indicator grid was pasted into an endnote, 1355, or into a comment balloon, 1354); the other notes
    are read where their marks stand (_note_text), as ever."""
    from lxml import etree
    found = []
    rels = getattr(ctx.part, "rels", {}) if ctx.part is not None else {}
    for rel in rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in _SIDE_NOTES or rel.is_external:
            continue
        tag, word = _SIDE_NOTES[kind]
        root = etree.fromstring(rel.target_part.blob)
        for note in root.iter(tag):
            if _content_note(note):
                found.append((f"{word}{note.get(W + 'id')}", note))
    return found


NOTE_LINES = 20   # paragraphs: a remark is a line or two; this many is content pasted into a note


def _content_note(note) -> bool:
    """A note or comment that holds the document's content rather than a remark: a table, or a run of
    NOTE_LINES paragraphs or more (a table whose cells became a paragraph each when LibreOffice wrote
    the comment to .doc, 1354.doc)."""
    return note.find(".//" + W + "tbl") is not None or len(note.findall(W + "p")) >= NOTE_LINES


# The content types a Word document's own main part is written with: a chunk part (w:altChunk) that is a
# whole .docx may be typed so too, by the builders that write such chunks.
_MAIN_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
               "application/vnd.ms-word.document.macroEnabled.main+xml")
_OVERRIDE = re.compile(r'<Override\b[^>]*?PartName="(?P<name>[^"]+)"[^>]*?ContentType="(?P<type>[^"]+)"[^>]*/>')
_DEFAULT = re.compile(r'<Default\b[^>]*?Extension="(?P<ext>[^"]+)"[^>]*?ContentType="(?P<type>[^"]+)"[^>]*/>')


def _chunks_as_packages(data: bytes) -> bytes:
    """The package with every part typed as a document's main part, but the document's own, typed as a
    whole .docx: a document builder types a .docx chunk (w:altChunk) so, and python-docx would parse
    that zip as the XML of a second main document and fail on the whole file. Unchanged where none is."""
    import zipfile
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            types = z.read("[Content_Types].xml").decode("utf-8")
            rels = z.read("_rels/.rels").decode("utf-8") if "_rels/.rels" in z.namelist() else ""
            main = re.search(r'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"|'
                             r'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"', rels)
            own = "/" + next(g for g in main.groups() if g) if main else "/word/document.xml"
            chunks = [m for m in _OVERRIDE.finditer(types) if m.group("type") in _MAIN_TYPES and m.group("name") != own]
            chunks += [m for m in _DEFAULT.finditer(types) if m.group("type") in _MAIN_TYPES and m.group("ext").lower() != "xml"]
            if not chunks:
                return data
            for m in chunks:
                types = types.replace(m.group(0), m.group(0).replace(
                    m.group("type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
            out = BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
                for info in z.infolist():
                    w.writestr(info, types.encode("utf-8") if info.filename == "[Content_Types].xml" else z.read(info))
            return out.getvalue()
    except (KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return data


def _repeated_fields(body) -> list[tuple[str, int]]:
    """Each place where a legacy form field's result (FORMTEXT) and the pieces right beside it, other
    fields' results or plain text with nothing between, hold the same text: (text, copies). A form
    fills each field once; the same text two or more times over, joined, is a copy made by a
    conversion (LibreOffice writes a .doc's nested content controls as a field and its text four
    times), not what the form says, and it cannot be told which copy is the text."""
    found = []
    for p in body.iter(W + "p"):
        pieces: list[list] = [["", False]]     # [text, a field's result], in order
        fields: list[list] = []                # open fields: [a form text field, past its separator]
        for el in p.iter(W + "fldChar", W + "t"):
            if el.tag == W + "t":
                if all(past for _, past in fields):    # not a field's code
                    pieces[-1][0] += el.text or ""
                continue
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                fields.append([el.find(f"{W}ffData/{W}textInput") is not None, False])
            elif kind == "separate" and fields:
                fields[-1][1] = True
                if fields[-1][0]:
                    pieces.append(["", True])
            elif kind == "end" and fields:
                if fields.pop()[0]:
                    pieces.append(["", False])
        pieces = [q for q in pieces if q[0]]
        k = 0
        while k < len(pieces):
            end = k + 1
            while end < len(pieces) and pieces[end][0] == pieces[k][0]:
                end += 1
            if end - k > 1 and any(field for _, field in pieces[k:end]) and pieces[k][0].strip():
                found.append((pieces[k][0].strip(), end - k))
            k = end
    return found


SAID_PIECES = 8   # the hidden pieces a warning quotes; more are counted


def hidden_text_said(count: int, rows: int, pieces: list[str], by: str = "") -> str:
    """The warning for hidden text left out (Word's w:vanish, ODF's display none): how much, and each
    piece where it stands with its first words, so that an analyst finds it in the original."""
    said = f"，其中整行隐藏的表格行 {rows} 行" if rows else ""
    where = first_few(pieces, SAID_PIECES, "；")
    return (f"隐藏文字未读取：{count} 处（{by}设为隐藏、不显示也不打印的文字，如模板的填写提示{said}）"
            + (f"：{where}" if where else "") + "，请核对原件")


def quoted(text: str, most: int = 20) -> str:
    text = " ".join(text.split())
    return f"“{text[:most]}{'…' if len(text) > most else ''}”"


@dataclass
class _Ctx:
    doc: Document
    path: str
    numbering: "_Numbering"
    hidden: "_Hidden"
    part: object = None   # the document's package part: its relationships lead to embedded objects
    boxes: int = 0      # text boxes read so far: the next one's number is boxes + 1
    # where a table ended at a column break and another begins in the next text column: the block
    # the second table is read at (see _join_beside)
    beside: list = field(default_factory=list)
    pictures: list = field(default_factory=list)   # (name, width in EMU) of pictures with no alt text
    drawings: int = 0   # SVG pictures read so far: the next one's ordinal is the `page` of its locations
    svg_unread: dict = field(default_factory=dict)   # SVG picture's ordinal -> its text elements not read
    notes: dict | None = None   # (kind, id) -> a footnote's / endnote's text, read when a reference is met
    noted: list = field(default_factory=list)   # the note texts that stood for a paragraph holding only their marks


def _read_blocks(ctx: _Ctx, container, box: int | None) -> None:
    """The paragraphs and tables of the body or of a text box (w:txbxContent), in order. A text box
    is read where its anchor stands: the anchoring paragraph's text before it, the box's blocks, then
    the paragraph's text after it."""
    tabbed: list[str] = []   # consecutive paragraphs holding tabs: perhaps a table typed with tabs
    columned = _column_sections(container, ctx.hidden) if box is None else {}
    frames = _frame_runs(container)
    merged = merge_records(_content(container, W + "p", W + "tbl"))
    for el in _content(container, W + "p", W + "tbl", W + "altChunk"):
        if el.tag == W + "altChunk":
            _flush_typed(ctx, tabbed, box)
            _chunk(ctx, el, box)
            continue
        if el in merged:
            if merged[el] is not None:   # the run's first paragraph: the merged records as one table
                _flush_typed(ctx, tabbed, box)
                _lines_table(ctx, merged[el], box, origin="merge fields")
                ctx.doc.warnings.append(
                    f"{len(merged[el]) - 1}段文字由邮件合并域（MERGEFIELD）组成、页面上只见各域的值，已按域名读作表格"
                    f"（列名取自域代码：{'、'.join(merged[el][0])}），请核对原件")
            continue
        if el in frames:
            if frames[el] is not None:   # the run's first paragraph: the frames' grid as one table
                _flush_typed(ctx, tabbed, box)
                _box_table(ctx, frames[el], box, origin="placed frames")
            continue
        if el in columned:
            ctx.hidden.at = "正文"
            for r in el.iter(W + "r"):   # left out of the grid, counted as everywhere else
                if ctx.hidden.run(r, el):
                    ctx.hidden.count(r, el)
            grid = columned[el]
            if grid is not None:   # the section's first paragraph: its newspaper columns as one table
                _flush_typed(ctx, tabbed, box)
                _lines_table(ctx, grid, box)
            continue
        if el.tag == W + "tbl":
            _flush_typed(ctx, tabbed, box)
            _read_table(ctx, el, parent=None, box=box)
            continue
        ctx.hidden.at = f"文本框{box}" if box is not None else "正文"
        parts = _para_parts(ctx, el)
        if box is None and _column_break_beside(el, parts):
            _flush_typed(ctx, tabbed, box)
            ctx.beside.append(len(ctx.doc.blocks))
        label = _label(ctx, el, parts)
        grid = box_grid(el)   # a form drawn as text boxes: the table, where its first box stands
        taken = {id(content) for content in grid[3]} if grid is not None else set()
        for part in parts:
            if not isinstance(part, str) and id(part) in taken:
                if grid is not None:
                    _flush_typed(ctx, tabbed, box)
                    _box_table(ctx, grid, box)
                    grid = None
                continue
            if isinstance(part, str):
                level = ctx.numbering.level_of.get(el) if label else None
                text, label = leaders_as_tabs(label + part), ""   # typed leader dots for tabs: fields too
                if "\t" in text.strip() or tabbed and (level is not None or heading_line(text, TYPED_HEADING)):
                    # a list item or a heading line among typed lines may head those below it (tab_lines)
                    tabbed.append(ListItem(text, level) if level is not None else text)
                    continue
                _flush_typed(ctx, tabbed, box)
                if text.strip():
                    ctx.doc.blocks.append(Paragraph(text=_kept_indent(text), loc=_loc(ctx, box, block=len(ctx.doc.blocks))))
            elif part.tag == O + "OLEObject":
                _flush_typed(ctx, tabbed, box)
                _embedded(ctx, part, box)
            elif part.tag == WP + "docPr":
                _flush_typed(ctx, tabbed, box)
                _alt_text(ctx, part, box)
            elif part.tag in (ASVG + "svgBlip", A + "blip"):
                _flush_typed(ctx, tabbed, box)
                _svg_picture(ctx, part, box)
            else:
                _flush_typed(ctx, tabbed, box)
                ctx.boxes += 1
                _read_blocks(ctx, part, box=ctx.boxes)
    _flush_typed(ctx, tabbed, box)


def _frame_runs(container) -> dict:
    """Runs of consecutive paragraphs each set in a frame that together draw a grid (box_grid.frame_grid:
    a table drawn as a frame per cell, placed on the page): {the run's first paragraph: the grid, each
    other paragraph: None}. A run that draws no grid is read paragraph by paragraph as before."""
    found: dict = {}
    run: list = []
    for el in list(_content(container, W + "p", W + "tbl")) + [None]:
        if el is not None and el.tag == W + "p" and framed(el):
            run.append(el)
            continue
        grid = frame_grid(run) if len(run) > 1 else None
        if grid is not None:
            found.update((p, None) for p in run)
            found[run[0]] = grid
        run = []
    return found


def _sections(container) -> list[tuple[list, object]]:
    """The body's blocks by section: (blocks, w:sectPr); a paragraph holding a sectPr ends its section,
    the body's own sectPr the last one."""
    out, blocks = [], []
    for el in _content(container, W + "p", W + "tbl"):
        blocks.append(el)
        sect = el.find(f"{W}pPr/{W}sectPr") if el.tag == W + "p" else None
        if sect is not None:
            out.append((blocks, sect))
            blocks = []
    if blocks:
        out.append((blocks, container.find(W + "sectPr")))
    return out


def _column_sections(container, hidden: "_Hidden") -> dict:
    """Sections of three text columns or more holding only paragraphs, each column opened by a column
    break and each holding as many lines (a table typed as newspaper columns: one field per column,
    its header the first line, a line per row, the lines facing across because each is one line
    high): {the section's first paragraph: the grid by rows, each other paragraph: None} (the elements
    themselves as keys: lxml's proxies keep their identity only while held).
    Trailing empty lines are no row (the section's closing paragraph, a level column whose last run
    goes on down); a column holding more lines than the rest, or a break inside a line, is no grid.
    Hidden runs (w:vanish) are no part of a line, as they are no part of a paragraph read elsewhere."""
    found: dict = {}
    for blocks, sect in _sections(container):
        cols = sect.find(W + "cols") if sect is not None else None
        n = _cols_num(cols) if cols is not None else 1
        if n < 3 or any(el.tag != W + "p" for el in blocks):
            continue
        columns: list[list[str]] = [[]]
        for el in blocks:
            shown = [n for n in el.iter(W + "t", W + "tab", W + "br")
                     if (r := next(n.iterancestors(W + "r"), None)) is None or not hidden.run(r, el)]
            before, after = _column_breaks(shown)
            if before is None:   # a break between the paragraph's texts: not a line per column
                columns = []
                break
            if before and columns[-1]:
                columns.append([])
            columns[-1].append("".join(t.text or "" if t.tag == W + "t" else "\t" for t in shown if t.tag != W + "br"))
            if after:
                columns.append([])
        columns = [c for c in columns if c]
        if len(columns) != n:
            continue
        for c in columns:
            while c and not c[-1].strip():
                c.pop()
        depth = max(len(c) for c in columns)
        if depth < 3 or sum(len(c) == depth for c in columns) < 2 or not all(c and c[0].strip() for c in columns):
            continue
        found.update((el, None) for el in blocks)
        found[blocks[0]] = [[c[i].strip() if i < len(c) else "" for c in columns] for i in range(depth)]
    return found


def _cols_num(cols) -> int:
    try:
        return int(cols.get(W + "num", "1"))
    except ValueError:
        return 1


def _column_breaks(nodes: list) -> tuple[bool | None, bool]:
    """(a column break before the paragraph's text, one after it), of its nodes shown (w:t, w:br); None
    first where one stands between two of its texts."""
    seen_text, before, after = False, False, False
    for el in nodes:
        if el.tag == W + "t":
            if el.text:
                if after:
                    return None, False
                seen_text = True
        elif el.get(W + "type") == "column":
            if seen_text:
                after = True
            else:
                before = True
    return before, after


def _lines_table(ctx: _Ctx, grid: list[list[str]], box: int | None, origin: str = "text columns") -> None:
    """A table typed as newspaper columns (_column_sections): line i of column k is cell (i, k); or a mail
    merge's records (merge_fields): record i's field k is cell (i, k)."""
    doc = ctx.doc
    block, t_index = len(doc.blocks), len(doc.tables())
    cells = [Cell(text=text, row=r, col=c, loc=_loc(ctx, box, block=block, table=t_index, row=r, col=c))
             for r, row in enumerate(grid) for c, text in enumerate(row) if text]
    doc.blocks.append(Table(index=t_index, n_rows=len(grid), n_cols=len(grid[0]), cells=cells,
                            loc=_loc(ctx, box, block=block, table=t_index), origin=origin))


def _column_break_beside(p, parts: list) -> bool:
    """A paragraph holding only a column break, right after a table that opens a section of two
    text columns or more: the next table stands beside that one, in the next column (a wide table
    set as its left and right halves; the two line up row by row)."""
    if not any(br.get(W + "type") == "column" for br in p.iter(W + "br")) or \
            any(isinstance(part, str) and part.strip() for part in parts) or len(parts) > 1:
        return False
    left = p.getprevious()
    if left is None or left.tag != W + "tbl":
        return False
    opened = left.getprevious()   # the section opens right before the left table
    if opened is not None and (opened.tag != W + "p" or opened.find(f"{W}pPr/{W}sectPr") is None):
        return False
    for after in p.itersiblings():   # the section's properties: the next paragraph's sectPr, else the body's
        sect = after if after.tag == W + "sectPr" else after.find(f"{W}pPr/{W}sectPr")
        if sect is not None:
            cols = sect.find(W + "cols")
            try:
                return cols is not None and int(cols.get(W + "num", "1")) > 1
            except ValueError:
                return False
    return False


def _join_beside(ctx: _Ctx) -> None:
    """Tables set side by side in text columns (_column_break_beside) with as many rows each are one
    table: the right one's columns follow the left one's, row by row; located as the joined table's."""
    blocks = ctx.doc.blocks
    joined = False
    for at in reversed(ctx.beside):
        if not 0 < at < len(blocks) or any(t.parent is not None for t in ctx.doc.tables()):
            continue
        left, right = blocks[at - 1], blocks[at]
        if not (isinstance(left, Table) and isinstance(right, Table)) or left.n_rows != right.n_rows:
            continue
        for c in right.cells:
            c.col += left.n_cols
            c.loc = replace(c.loc, col=c.col)
        left.cells += right.cells
        left.n_cols += right.n_cols
        del blocks[at]
        joined = True
    if joined:
        ctx.doc.renumber()


# Runs of two spaces or more between pieces of a line: a line padded into columns with spaces.
_PADDED = re.compile(r"\S {2,}(?=\S)")


def _kept_indent(text: str) -> str:
    """A paragraph's text stripped, but a line padded into columns with spaces (a typist's table: cells two or
    more apart, by runs of ordinary spaces) keeps the spaces it starts with: the empty cells at its left (a
    level written once above) are where its first text stands, and a reader of aligned lines needs them."""
    body = text.strip()
    lead = text[:len(text) - len(text.lstrip(" "))]
    return lead + body if lead and len(_PADDED.findall(body)) >= 2 else body


def _embedded(ctx: _Ctx, ole, box: int | None) -> None:
    """An object embedded where the paragraph stands (w:object's o:OLEObject): a workbook is read by
    the spreadsheet reader, a Word document (a table pasted as a Microsoft Word 文档对象) by this reader,
    its blocks placed here, each location naming the embedded part. What is neither, or cannot be
    opened, is said: the picture Word shows for it holds no text."""
    from .spreadsheet_reader import read_xlsx
    target = ctx.part.related_parts.get(ole.get(R + "id")) if ctx.part is not None else None
    name = str(target.partname).lstrip("/") if target is not None else (ole.get("ProgID") or "?")
    kind = None if target is None else "xlsx" if target.content_type in _WORKBOOKS else \
        "docx" if _CHUNKS.get(target.content_type) == "docx" else None
    if kind is None:
        ctx.doc.warnings.append(f"嵌入对象{name}（{ole.get('ProgID') or '未知类型'}）未读取：文档中只显示其图片，"
                                "其中的指标与资金数据可能漏读，请打开原件核对")
        return
    try:
        inner = (read_xlsx(ctx.path, target.blob, ctx.doc.sha256) if kind == "xlsx"
                 else read_docx(ctx.path, target.blob, ctx.doc.sha256))
    except ExtractError as e:
        ctx.doc.warnings.append(f"嵌入对象{name}无法读取（{e.reason}），其中的数据未读取，请核对原件")
        return
    _place(ctx, inner, name, box)


def _place(ctx: _Ctx, inner: Document, name: str, box: int | None) -> None:
    """Another document's blocks placed where its object or chunk stands, each location naming the part."""
    n_blocks, n_tables = len(ctx.doc.blocks), len(ctx.doc.tables())

    def moved(loc):
        return replace(loc, block=None if loc.block is None else loc.block + n_blocks, embedded=name, textbox=box,
                       table=None if loc.table is None else loc.table + n_tables)
    for b in inner.blocks:
        b.loc = moved(b.loc)
        if isinstance(b, Table):
            b.index += n_tables
            for c in b.cells:
                c.loc = moved(c.loc)
        ctx.doc.blocks.append(b)
    ctx.doc.warnings += [f"嵌入对象{name}：{w}" for w in inner.warnings]


def _chunk(ctx: _Ctx, el, box: int | None) -> None:
    """An alternative format chunk (w:altChunk): a part that Word merges into the document where the
    element stands when it opens the file, as document builders (an OA system's export) assemble a report
    from pieces; the body itself holds nothing there. A Word package or an HTML page is read as a document
    and its blocks placed here; another kind (RTF, plain text) is said, not dropped."""
    from .html_reader import read_html
    target = ctx.part.related_parts.get(el.get(R + "id")) if ctx.part is not None else None
    name = str(target.partname).lstrip("/") if target is not None else (el.get(R + "id") or "?")
    kind = _CHUNKS.get(target.content_type) if target is not None else None
    if target is not None and kind is None and target.blob[:2] == b"PK":
        kind = "docx"   # a package typed otherwise (…document.main+xml is also written for a .docx chunk)
    if kind is None:
        ctx.doc.warnings.append(f"合并文档块{name}（{target.content_type if target is not None else '找不到所指部件'}）"
                                "未读取：Word 打开时会把它并入正文此处，其中的指标与资金数据可能漏读，请核对原件")
        return
    try:
        inner = (read_docx(ctx.path, target.blob, ctx.doc.sha256) if kind == "docx"
                 else read_html(ctx.path, target.blob, ctx.doc.sha256))
    except ExtractError as e:
        ctx.doc.warnings.append(f"合并文档块{name}无法读取（{e.reason}），其中的数据未读取，请核对原件")
        return
    _place(ctx, inner, name, box)


def _alt_text(ctx: _Ctx, pr, box: int | None) -> None:
    """A picture's alt text (wp:docPr descr), read where the picture stands, a paragraph a line: a table
    pasted as a picture keeps its content for a screen reader only there, and the picture itself holds no
    text. Said, since the text was written beside the picture and may not be what it shows."""
    lines = [line.strip() for line in (pr.get("descr") or "").splitlines() if line.strip()]
    for line in lines:
        ctx.doc.blocks.append(Paragraph(text=line, loc=_loc(ctx, box, block=len(ctx.doc.blocks))))
    name = pr.get("name") or pr.get("id") or "?"
    ctx.doc.warnings.append(f"图片“{name}”本身没有文字，已读取其替代文字（{len(lines)}行，{quoted(lines[0])}起），"
                            "其中的指标与资金数据请与图片核对")


def _picture(ctx: _Ctx, drawing) -> None:
    """A picture with no text of its own: its name and width, for _wide_pictures to say."""
    pr = next(drawing.iter(WP + "docPr"), None)
    extent = next(drawing.iter(WP + "extent"), None)
    ctx.pictures.append(((pr.get("name") if pr is not None else None) or "?", _number(extent, "cx")))


# A drawing's graphic made of shapes (wps: a line, a frame; wpg: a group of them; wpc: a drawing canvas holding
# them), as graphicData's uri names it.
_SHAPES = ("http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
           "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
           "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas")


def _drawn_shapes(drawing) -> bool:
    """A drawing of shapes with no picture in them (a pencil-drawn ruling line, a frame): lines hold no content
    to read. A chart or a SmartArt diagram (no a:blip either) shows figures or words this reader does not read,
    so it is a picture to say, as is any graphic not named a shape."""
    data = next(drawing.iter(A + "graphicData"), None)
    return data is not None and data.get("uri") in _SHAPES and next(drawing.iter(A + "blip"), None) is None


def _metafile(ctx: _Ctx, drawing):
    """The a:blip of a picture whose part is an enhanced metafile (a table pasted as 增强型图元文件), or None."""
    from .emf_text import is_emf
    blip = next(drawing.iter(A + "blip"), None)
    target = ctx.part.related_parts.get(blip.get(R + "embed")) if blip is not None and ctx.part is not None else None
    return blip if target is not None and is_emf(target.blob) else None


def _svg_picture(ctx: _Ctx, blip, box: int | None) -> None:
    """An SVG picture (asvg:svgBlip), or an enhanced metafile (a:blip of an EMF part, as the SVG drawing its
    text and line records make: extract.emf_text): its text is what it shows, so a table drawn as one (ruled
    both ways) is read by the reader of positioned text and rules as an inline SVG in a web page is
    (extract.svg_text), its ordinal the `page` of its locations. Any other drawing, or a part that cannot be
    read, falls back to the picture's alt text or is said as a picture with no text."""
    from lxml import etree

    from .emf_text import emf_svg
    from .svg_text import read_svg, unread_texts
    target = ctx.part.related_parts.get(blip.get(R + "embed")) if ctx.part is not None else None
    drawing = next(blip.iterancestors(W + "drawing"), None)
    n_blocks = len(ctx.doc.blocks)
    if target is not None:
        try:
            root = emf_svg(target.blob) if blip.tag == A + "blip" else \
                etree.fromstring(target.blob, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            root = None
        if root is not None:
            ctx.drawings += 1
            # counted whether or not alt text stands in for it: alt text is a summary, not the cells
            if unread := unread_texts(root, read_svg(ctx.doc, ctx.path, root, ctx.drawings)):
                ctx.svg_unread[ctx.drawings] = unread
    if len(ctx.doc.blocks) > n_blocks or drawing is None:
        return
    pr = next(drawing.iter(WP + "docPr"), None)
    if pr is not None and (pr.get("descr") or "").strip():
        _alt_text(ctx, pr, box)
    else:
        _picture(ctx, drawing)


def _wide_pictures(ctx: _Ctx, body) -> None:
    """Pictures with no alt text at least half as wide as the text column (a pasted page or table, not a logo
    or a seal) are said: their content is not read, and an indicator table pasted so is otherwise lost."""
    sect = body.find(W + "sectPr")
    size, margin = (sect.find(W + tag) if sect is not None else None for tag in ("pgSz", "pgMar"))
    if size is None or margin is None:
        return
    column = (_number(size, W + "w") - _number(margin, W + "left") - _number(margin, W + "right")) * 635   # EMU
    wide = [name for name, cx in ctx.pictures if column > 0 and cx * 2 >= column]
    if wide:
        ctx.doc.warnings.append(f"文档中有{len(wide)}幅较宽的图片（{'、'.join(wide[:5])}{'等' if len(wide) > 5 else ''}）"
                                "没有文字，也没有替代文字，其内容未读取：若是粘贴为图片的表格，指标与资金数据可能漏读，请核对原件")


def _number(el, attr: str) -> int:
    """An integer attribute (twips, EMU), 0 where it is absent or no integer."""
    try:
        return int(el.get(attr)) if el is not None else 0
    except (TypeError, ValueError):
        return 0


def _loc(ctx: _Ctx, box: int | None, **kw) -> Location:
    return Location(ctx.path, textbox=box, **kw)


def _flush_typed(ctx: _Ctx, lines: list[str], box: int | None) -> None:
    """Append the pending tabbed paragraphs (extract/tab_lines.append_typed)."""
    append_typed(ctx.doc, lines, lambda **kw: _loc(ctx, box, **kw))


def _content(el, *tags):
    """The children of el with these tags, through content controls (w:sdt, block, row or cell
    level) and custom XML wrappers, whose content Word shows in place; a tracked deleted row
    (w:trPr/w:del) is not in the document Word shows with its changes accepted."""
    for child in el.iterchildren():
        if child.tag == W + "sdt":
            inner = child.find(W + "sdtContent")
            if inner is not None:
                yield from _content(inner, *tags)
        elif child.tag == W + "customXml":
            yield from _content(child, *tags)
        elif child.tag in tags and not (child.tag == W + "tr" and child.find(f"{W}trPr/{W}del") is not None):
            yield child


def _alternative(ac):
    """The branch of mc:AlternateContent a consumer takes (markup compatibility, ECMA-376 part 3): the
    first mc:Choice it understands, else the mc:Fallback. Text is read wherever its markup stands, so
    the first Choice is understood; the Fallback (a VML copy of a text box for older readers) is the
    same content again."""
    return ac.find(MC + "Choice") if ac.find(MC + "Choice") is not None else ac.find(MC + "Fallback")


def _shown(ctx: _Ctx, p, el, out: list) -> None:
    """The text nodes and text boxes under el that Word shows, in order: not a run moved away by a
    tracked move (w:moveFrom keeps w:t, unlike w:del's w:delText: it shows at w:moveTo), not the
    branch of mc:AlternateContent that is not taken, not a hidden run (counted instead). A text box's
    content (w:txbxContent) is kept whole, to be read as blocks."""
    for child in el.iterchildren():
        tag = child.tag
        if tag == W + "moveFrom":
            continue
        if tag == MC + "AlternateContent":
            branch = _alternative(child)
            if branch is not None:
                _shown(ctx, p, branch, out)
            continue
        if tag == W + "txbxContent" or (tag == O + "OLEObject" and child.get("Type", "Embed") == "Embed"):
            out.append(child)
            continue
        if tag == W + "drawing" and next(child.iter(W + "txbxContent"), None) is None:
            # a picture (no text box in it): an SVG picture's own text, else its alt text where one is written
            pr = next(child.iter(WP + "docPr"), None)
            svg = next(child.iter(ASVG + "svgBlip"), None)
            if svg is None:
                svg = _metafile(ctx, child)
            if svg is not None:
                out.append(svg)
            elif pr is not None and (pr.get("descr") or "").strip():
                out.append(pr)
            elif not _drawn_shapes(child):
                _picture(ctx, child)   # a shape drawn with no text (a ruling line, a frame) is no picture
        if tag == W + "r" and ctx.hidden.run(child, p):
            ctx.hidden.count(child, p)
            continue
        if tag in _NOTE_REFS:
            out.append(child)
            continue
        if tag in _TEXT or tag == W + "ruby":
            out.append(child)
            if tag == W + "ruby":
                continue   # read whole by _para_parts: its base in the line, its annotation over it
        _shown(ctx, p, child, out)


def _para_parts(ctx: _Ctx, p) -> list:
    """A paragraph as shown: its text, split where a text box stands (the box's w:txbxContent between
    the texts before and after it); [text] where it holds none."""
    nodes: list = []
    _shown(ctx, p, p, nodes)
    parts, out, boxes = [], [], set()
    over: list[str] = []   # ruby annotations, drawn above their bases: a line of their own over the text
    refs: list = []        # footnote / endnote references: a mark in the line, the note's text elsewhere
    for node in nodes:
        if node.tag in _NOTE_REFS:
            refs.append(node)
            continue
        if node.tag == W + "ruby":
            base, rt = (["".join(t.text or "" for t in part.iter(W + "t")) for part in node.iter(W + tag)]
                        for tag in ("rubyBase", "rt"))
            out.append("".join(base))
            over.append("".join(rt))
            continue
        if over and node.tag in (W + "t", W + "tab", W + "ptab") and not (node.text or "").strip():
            over.append("\t" if node.tag != W + "t" else node.text or "")   # the gap between two bases
        if node.tag in (W + "txbxContent", O + "OLEObject", WP + "docPr", ASVG + "svgBlip", A + "blip"):
            parts += ["".join(out), node]
            out = []
            continue
        if _placeholder(node):
            continue
        box = _checkbox(node)
        if box is not None:
            if box not in boxes:
                boxes.add(box)
                checked = box.find(f"{W}sdtPr/{W14}checkbox/{W14}checked")
                out.append("☑" if checked is not None and checked.get(W14 + "val") in ("1", "true", "on") else "☐")
            continue
        if node.tag == W + "t":
            out.append(node.text or "")
        elif node.tag in (W + "tab", W + "ptab"):
            if node.getparent().tag == W + "r":   # not a tab stop defined in w:pPr/w:tabs
                out.append("\t")
        elif node.tag in (W + "br", W + "cr"):
            out.append("\n")
    line = "".join(out)
    if over and "".join(over).strip():
        line = "".join(over).rstrip() + "\n" + line
    if refs and not line.strip() and not any(isinstance(part, str) and part.strip() for part in parts):
        # a paragraph of nothing but note marks (a cell's 1, 2, 3 with the figures at the page's foot):
        # what it says is its notes' text; a mark after text is only a pointer and stays out of the line
        line = "；".join(t for ref in refs if (t := _note_text(ctx, ref)))
        if line:
            ctx.noted.append(line)
    return parts + [line]


_NOTE_REFS = frozenset((W + "footnoteReference", W + "endnoteReference"))
_NOTE_PARTS = {W + "footnoteReference": ("footnotes", W + "footnote"), W + "endnoteReference": ("endnotes", W + "endnote")}


def _note_text(ctx: _Ctx, ref) -> str:
    """The text of the footnote or endnote a reference points to (its paragraphs' text, the note's own
    mark left out), "" where the package holds no such note."""
    if ctx.notes is None:
        from lxml import etree
        ctx.notes = {}
        rels = getattr(ctx.part, "rels", {}) if ctx.part is not None else {}
        for rel in rels.values():
            for kind, tag in _NOTE_PARTS.values():
                if rel.reltype.endswith("/" + kind) and not rel.is_external:
                    root = etree.fromstring(rel.target_part.blob)
                    for note in root.iter(tag):
                        if _content_note(note):
                            continue   # a note holding content is read as blocks after the body (_content_notes)
                        text = "\n".join("".join(t.text or "" for t in q.iter(W + "t")) for q in note.iter(W + "p"))
                        ctx.notes[(kind, note.get(W + "id"))] = text.strip()
    kind = _NOTE_PARTS[ref.tag][0]
    return ctx.notes.get((kind, ref.get(W + "id")), "")


def _label(ctx: _Ctx, p, parts: list) -> str:
    """The paragraph's list number, unless nothing of the paragraph is shown (its text and its mark
    hidden)."""
    label = ctx.numbering.label(p)
    if label and ctx.hidden.mark(p) and not any(isinstance(part, str) and part.strip() for part in parts):
        return ""
    return label


def _placeholder(node) -> bool:
    """Inside a content control still showing its placeholder (单击或点击此处输入文字。): nothing was
    entered there."""
    return any(sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None for sdt in node.iterancestors(W + "sdt"))


def _checkbox(node):
    """The checkbox content control (w14:checkbox) that node is or stands in, if any."""
    for sdt in ([node] if node.tag == W + "sdt" else []) + list(node.iterancestors(W + "sdt")):
        if sdt.find(f"{W}sdtPr/{W14}checkbox") is not None:
            return sdt
    return None


def _cell_lines(ctx: _Ctx, container, texts: list[str], nested: list, where) -> None:
    """A cell's paragraphs as its lines and its tables as nested tables; a text box in the cell reads
    the same way (its lines and tables are the cell's: a cell's location cannot point inside it), and
    so does a frame's paragraph given alone."""
    for child in [container] if container.tag == W + "p" else _content(container, W + "p", W + "tbl"):
        if child.tag == W + "p":
            ctx.hidden.at = "表{}第{}行第{}列".format(where[0] + 1, where[1] + 1, where[2] + 1)
            parts = _para_parts(ctx, child)
            texts.append(_label(ctx, child, parts) + "".join(part for part in parts if isinstance(part, str)))
            for part in parts:
                if not isinstance(part, str):
                    _cell_lines(ctx, part, texts, nested, where)
        elif child.tag == W + "tbl":
            nested.append((child, where))
            ctx.numbering.count_through(child)   # read after this table, counted here as Word does


def _read_table(ctx: _Ctx, tbl, parent, box: int | None) -> None:
    doc = ctx.doc
    block = len(doc.blocks)
    t_index = len(doc.tables())
    table = Table(index=t_index, n_rows=0, n_cols=0, cells=[], loc=_loc(ctx, box, block=block, table=t_index),
                  parent=parent)
    doc.blocks.append(table)
    nested: list[tuple] = []
    open_vmerge: dict[int, Cell] = {}   # grid column -> cell whose vertical merge is open
    ctx.hidden.at = f"表{t_index + 1}"
    rows = [tr for tr in _content(tbl, W + "tr") if not ctx.hidden.row(tr)]
    n_cols = 0
    typed: list[str] = []   # each cell's lines as typed, tabs kept (a one-column table of tab-stop lines)
    for r, tr in enumerate(rows):
        col = _int_attr(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        for tc in _content(tr, W + "tc"):
            span = _int_attr(tc.find(f"{W}tcPr/{W}gridSpan"), 1)
            vm = tc.find(f"{W}tcPr/{W}vMerge")
            vm_val = None if vm is None else (vm.get(W + "val") or "continue")
            if vm_val == "continue" and col in open_vmerge:
                open_vmerge[col].rowspan += 1
            else:
                texts: list[str] = []
                _cell_lines(ctx, tc, texts, nested, (t_index, r, col))
                typed.append("\n".join(t.strip(" \u3000\n") for t in texts))
                cell = Cell(text="\n".join(t.strip() for t in texts).strip(), row=r, col=col, colspan=span,
                            loc=_loc(ctx, box, block=block, table=t_index, row=r, col=col))
                table.cells.append(cell)
                for k in range(col, col + span):
                    open_vmerge.pop(k, None)
                if vm_val == "restart":
                    open_vmerge[col] = cell
            col += span
        n_cols = max(n_cols, col)
        # A row that ends early closes the vertical merges to its right.
        for k in [k for k in open_vmerge if k >= col]:
            del open_vmerge[k]
    table.n_rows, table.n_cols = len(rows), n_cols
    fields = typed_column(typed) if n_cols == 1 and not nested and len(typed) == len(rows) else None
    if fields is not None:
        # a one-column table whose rows are lines typed at tab stops: the table its fields make
        width = max(len(row) for row in fields)
        table.cells = [Cell(text=text, row=r, col=c, colspan=width if len(row) == 1 else 1,
                            loc=_loc(ctx, box, block=block, table=t_index, row=r, col=c))
                       for r, row in enumerate(fields) for c, text in enumerate(row)]
        table.n_rows, table.n_cols, table.origin = len(fields), width, "one column of lines typed with tabs"
    for child, where in nested:
        _read_table(ctx, child, parent=where, box=box)


def _box_table(ctx: _Ctx, grid, box: int | None, origin: str = "placed text boxes") -> None:
    """A form drawn as text boxes or frames (extract.box_grid) as a table: each cell the lines of the
    boxes placed in it (a text box's content, or a frame's paragraphs), read as a table cell's are;
    its tables nested in it."""
    cells_at, n_rows, n_cols, contents = grid
    doc = ctx.doc
    block, t_index = len(doc.blocks), len(doc.tables())
    table = Table(index=t_index, n_rows=n_rows, n_cols=n_cols, cells=[],
                  loc=_loc(ctx, box, block=block, table=t_index), origin=origin)
    doc.blocks.append(table)
    nested: list[tuple] = []
    for r, c, rs, cs, inside in cells_at:
        texts: list[str] = []
        for content in inside:
            for part in content if isinstance(content, list) else [content]:
                _cell_lines(ctx, part, texts, nested, (t_index, r, c))
        table.cells.append(Cell(text="\n".join(t.strip() for t in texts).strip(), row=r, col=c, rowspan=rs, colspan=cs,
                                loc=_loc(ctx, box, block=block, table=t_index, row=r, col=c)))
    if origin == "placed text boxes":   # frames are paragraphs of the body, not numbered text boxes
        ctx.boxes += len(contents)
    for child, where in nested:
        _read_table(ctx, child, parent=where, box=box)


def _on(el) -> bool | None:
    """A toggle property's state (w:vanish, w:val absent or 1 / true / on), None where it is not set."""
    if el is None:
        return None
    return el.get(W + "val") not in ("0", "false", "off")


class _Hidden:
    """Hidden text (w:vanish), which Word neither displays nor prints unless asked: set on the run,
    by its character style, by its paragraph's style (the styles through w:basedOn), or as the
    document's default, the nearest setting deciding; w:specVanish is always hidden. Counts what it
    hides, so that the reader can say how much was left out."""

    def __init__(self, wd):
        self.runs = 0    # hidden runs that held text
        self.rows = 0    # table rows with nothing shown, all hidden
        self.at = ""     # where the paragraph being read stands (正文, 表1第2行第3列 …), for the pieces
        self.pieces: list[str] = []   # each paragraph's hidden text where it stands, quoted
        self._last = (None, "")       # the paragraph of the last piece and its text so far
        self.styles: dict[str, tuple[str | None, bool | None]] = {}
        self.default_para: str | None = None
        for st in wd.styles.element.iterchildren(W + "style"):
            based = st.find(W + "basedOn")
            style_id = st.get(W + "styleId")
            self.styles[style_id] = (based.get(W + "val") if based is not None else None, _vanish(st.find(W + "rPr")))
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
                self.default_para = style_id
        self.default = _vanish(wd.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))

    def _style(self, style_id: str | None) -> bool | None:
        seen = set()
        while style_id is not None and style_id not in seen:
            seen.add(style_id)
            based, vanish = self.styles.get(style_id, (None, None))
            if vanish is not None:
                return vanish
            style_id = based
        return None

    def _para_style(self, p) -> bool | None:
        ps = p.find(f"{W}pPr/{W}pStyle")
        return self._style(ps.get(W + "val") if ps is not None else self.default_para)

    def run(self, r, p) -> bool:
        rpr = r.find(W + "rPr")
        rs = rpr.find(W + "rStyle") if rpr is not None else None
        for setting in (_vanish(rpr), self._style(rs.get(W + "val")) if rs is not None else None,
                        self._para_style(p), self.default):
            if setting is not None:
                return setting
        return False

    def mark(self, p) -> bool:
        """The paragraph mark (its w:pPr/w:rPr) hidden."""
        for setting in (_vanish(p.find(f"{W}pPr/{W}rPr")), self._para_style(p), self.default):
            if setting is not None:
                return setting
        return False

    def count(self, r, p) -> None:
        text = "".join(t.text or "" for t in r.iter(W + "t"))
        if not text:
            return
        self.runs += 1
        # a paragraph's hidden runs are one piece (a hint split over runs by its formatting)
        joined = self._last[1] + text if self._last[0] is p else text
        if self._last[0] is p:
            self.pieces.pop()
        self._last = (p, joined)
        self.pieces.append(self.at + quoted(joined))

    def row(self, tr) -> bool:
        """A table row none of whose content Word shows: every paragraph's mark and every run with
        text hidden (a row of hidden text and hidden marks is not drawn at all). Its runs are counted."""
        paras = list(tr.iter(W + "p"))
        if not paras or any(True for _ in tr.iter(W + "tbl")) or not all(self.mark(p) for p in paras):
            return False
        runs = [(r, p) for p in paras for r in p.iter(W + "r") if any(t.text for t in r.iter(W + "t"))]
        if not all(self.run(r, p) for r, p in runs):
            return False
        self.runs += len(runs)
        self.rows += 1
        self.pieces.append(f"{self.at}整行隐藏的一行" + quoted("".join(t.text or "" for r, _ in runs for t in r.iter(W + "t"))))
        self._last = (None, "")
        return True


def _vanish(rpr) -> bool | None:
    if rpr is None:
        return None
    if rpr.find(W + "specVanish") is not None:
        return True
    return _on(rpr.find(W + "vanish"))


def _int_attr(el, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(W + "val"))
    except (TypeError, ValueError):
        return default


def _level(lvl) -> tuple[str, str, int]:
    """A list level's (number format, level text, start)."""
    fmt, txt = lvl.find(W + "numFmt"), lvl.find(W + "lvlText")
    return (fmt.get(W + "val") if fmt is not None else "decimal", txt.get(W + "val") if txt is not None else "",
            _int_attr(lvl.find(W + "start"), 1))


class _Numbering:
    """Renders automatic list numbers ('1.', '（一）') that python-docx leaves out of text."""

    def __init__(self, wd):
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        # Counters belong to the list (the abstract definition): instances of one list (w:num) go on
        # counting from each other, as Word and LibreOffice draw them, unless one restarts a level
        # (w:lvlOverride/w:startOverride) where it is first used.
        self.counters: dict[tuple[str, int], int] = {}
        self.list_of: dict[str, str] = {}
        self.restarts: dict[str, dict[int, int]] = {}
        self.given: dict = {}     # paragraph -> its number, once counted (a nested table's before it is read)
        self.level_of: dict = {}  # paragraph -> (its list, its level), for a numbered one
        # List styles ("List Number") carry their numbering in the style, not the paragraph.
        self.style_numbering = {}
        for st in wd.styles.element.iterchildren(W + "style"):
            num_pr = st.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.style_numbering[st.get(W + "styleId")] = num_pr
        try:
            part = wd.part.numbering_part
        except (KeyError, NotImplementedError, AttributeError):
            return
        root = part.element
        abstract = {}
        for an in root.iterchildren(W + "abstractNum"):
            levels = {}
            for lvl in an.iterchildren(W + "lvl"):
                levels[int(lvl.get(W + "ilvl", "0"))] = _level(lvl)
            abstract[an.get(W + "abstractNumId")] = levels
        for num in root.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is None:
                continue
            num_id = num.get(W + "numId")
            self.list_of[num_id] = ref.get(W + "val")
            levels = dict(abstract.get(ref.get(W + "val"), {}))
            for ov in num.iterchildren(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl", "0"))
                if (lvl := ov.find(W + "lvl")) is not None:
                    levels[ilvl] = _level(lvl)
                if (so := ov.find(W + "startOverride")) is not None:
                    self.restarts.setdefault(num_id, {})[ilvl] = _int_attr(so, 1)
            for ilvl, spec in levels.items():
                self.formats[(num_id, ilvl)] = spec

    def count_through(self, tbl) -> None:
        """Number a nested table's paragraphs now, in document order (through its own nested tables),
        where Word counts them; reading the table later gives each paragraph the number it got here."""
        for el in _content(tbl, W + "tr", W + "tc", W + "p", W + "tbl"):
            if el.tag == W + "p":
                self.label(el)
            else:
                self.count_through(el)

    def label(self, p) -> str:
        if p in self.given:
            return self.given[p]
        self.given[p] = text = self._label(p)
        return text

    def _label(self, p) -> str:
        if not self.formats:
            return ""
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            style = p.find(f"{W}pPr/{W}pStyle")
            num_pr = self.style_numbering.get(style.get(W + "val")) if style is not None else None
        if num_pr is None:
            return ""
        num_id_el, ilvl_el = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
        if num_id_el is None:
            return ""
        num_id = num_id_el.get(W + "val")
        ilvl = int(ilvl_el.get(W + "val")) if ilvl_el is not None else 0
        if (num_id, ilvl) not in self.formats:
            return ""
        fmt, text, start = self.formats[(num_id, ilvl)]
        lst = self.list_of.get(num_id, num_id)
        for level, first in self.restarts.pop(num_id, {}).items():   # the instance's first use
            self.counters[(lst, level)] = first - 1
        key = (lst, ilvl)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == lst and k[1] > ilvl]:
            del self.counters[deeper]
        if fmt == "bullet":
            return ""
        self.level_of[p] = (lst, ilvl)
        for level in range(ilvl + 1):
            n = self.counters.get((lst, level), self.formats.get((num_id, level), ("", "", 1))[2])
            f = self.formats.get((num_id, level), ("decimal", "", 1))[0]
            text = text.replace(f"%{level + 1}", list_number(n, f))
        return text
