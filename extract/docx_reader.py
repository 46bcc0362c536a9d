"""Word .docx: paragraphs and tables in body order, merges as spans, nested tables, list numbers.

The package is checked before python-docx sees it: a zip that would inflate beyond
MAX_UNPACKED bytes (a decompression bomb) or an XML part that declares a DTD or entities
(XXE) is refused. python-docx never resolves entities, but we refuse such files outright:
no genuine Word document carries a DTD.
"""
from __future__ import annotations

from io import BytesIO

from .cn_numerals import counted
from .errors import ExtractError
from .model import Cell, Document, Location, Paragraph, Table
from .tab_lines import typed_blocks
from .zipguard import check_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
# Text Word does not show in place: moved away by a tracked move (w:moveFrom keeps w:t, unlike w:del's
# w:delText: it shows at w:moveTo), and the fallback copy of a text box or shape for older readers
# (mc:Fallback beside the mc:Choice Word draws).
_NOT_SHOWN = (W + "moveFrom", MC + "Fallback")


def read_docx(path: str, data: bytes, sha256: str) -> Document:
    check_package(path, data)
    import docx  # imported late: only docx files pay for it

    try:
        wd = docx.Document(BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds on broken packages
        raise ExtractError(path, "corrupt", f"Word 文件无法打开（{type(e).__name__}: {e}）") from None
    doc = Document(source=path, format="docx", sha256=sha256)
    numbering = _Numbering(wd)
    tabbed: list[str] = []   # consecutive paragraphs holding tabs: perhaps a table typed with tabs
    for el in _content(wd.element.body, W + "p", W + "tbl"):
        if el.tag == W + "p":
            text = numbering.label(el) + _para_text(el)
            if "\t" in text.strip():
                tabbed.append(text)
                continue
            _flush_typed(doc, path, tabbed)
            if text.strip():
                doc.blocks.append(Paragraph(text=text.strip(), loc=Location(path, block=len(doc.blocks))))
        elif el.tag == W + "tbl":
            _flush_typed(doc, path, tabbed)
            _read_table(doc, path, el, numbering, parent=None)
    _flush_typed(doc, path, tabbed)
    return doc


def _flush_typed(doc: Document, path: str, lines: list[str]) -> None:
    """Append the pending tabbed paragraphs: as tables where they read as rows typed with tabs
    (extract/tab_lines), the others as paragraphs."""
    if not lines:
        return
    above = doc.blocks[-1] if doc.blocks else None
    width = above.n_cols if isinstance(above, Table) and above.parent is None else None
    runs = {first: (end, rows) for first, end, rows in typed_blocks(lines, width)}
    i = 0
    while i < len(lines):
        if i in runs:
            end, rows = runs[i]
            _typed_table(doc, path, rows)
            i = end
            continue
        doc.blocks.append(Paragraph(text=lines[i].strip(), loc=Location(path, block=len(doc.blocks))))
        i += 1
    lines.clear()


def _typed_table(doc: Document, path: str, rows: list[list[str]]) -> None:
    block, t_index = len(doc.blocks), len(doc.tables())
    cells = [Cell(text=text, row=r, col=c, loc=Location(path, block=block, table=t_index, row=r, col=c))
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    doc.blocks.append(Table(index=t_index, n_rows=len(rows), n_cols=len(rows[0]), cells=cells,
                            loc=Location(path, block=block, table=t_index), origin="typed with tabs"))


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


def _para_text(p) -> str:
    """Text of a paragraph: runs, tabs and breaks, skipping deleted revisions; a checkbox control as
    ☑ or ☐ by its state (its glyph may be a symbol font's character, no text)."""
    out, boxes = [], set()
    hidden = any(p.find(f".//{tag}") is not None for tag in _NOT_SHOWN)
    # w:delText (deleted revisions) is left out
    for node in p.iter(W + "t", W + "tab", W + "br", W + "cr", W + "sym", W + "sdt"):
        if hidden and next(node.iterancestors(*_NOT_SHOWN), None) is not None or _placeholder(node):
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
        elif node.tag == W + "tab":
            if node.getparent().tag == W + "r":   # not a tab stop defined in w:pPr/w:tabs
                out.append("\t")
        elif node.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def _read_table(doc: Document, path: str, tbl, numbering: "_Numbering", parent) -> None:
    block = len(doc.blocks)
    t_index = len(doc.tables())
    table = Table(index=t_index, n_rows=0, n_cols=0, cells=[], loc=Location(path, block=block, table=t_index),
                  parent=parent)
    doc.blocks.append(table)
    nested: list[tuple] = []
    open_vmerge: dict[int, Cell] = {}   # grid column -> cell whose vertical merge is open
    rows = list(_content(tbl, W + "tr"))
    n_cols = 0
    for r, tr in enumerate(rows):
        col = _int_attr(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        for tc in _content(tr, W + "tc"):
            span = _int_attr(tc.find(f"{W}tcPr/{W}gridSpan"), 1)
            vm = tc.find(f"{W}tcPr/{W}vMerge")
            vm_val = None if vm is None else (vm.get(W + "val") or "continue")
            if vm_val == "continue" and col in open_vmerge:
                open_vmerge[col].rowspan += 1
            else:
                texts = []
                for child in _content(tc, W + "p", W + "tbl"):
                    if child.tag == W + "p":
                        texts.append(numbering.label(child) + _para_text(child))
                    elif child.tag == W + "tbl":
                        nested.append((child, (t_index, r, col)))
                        numbering.count_through(child)   # read after this table, counted here as Word does
                cell = Cell(text="\n".join(t.strip() for t in texts).strip(), row=r, col=col, colspan=span,
                            loc=Location(path, block=block, table=t_index, row=r, col=col))
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
    for child, where in nested:
        _read_table(doc, path, child, numbering, parent=where)


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
        for level in range(ilvl + 1):
            n = self.counters.get((lst, level), self.formats.get((num_id, level), ("", "", 1))[2])
            f = self.formats.get((num_id, level), ("decimal", "", 1))[0]
            text = text.replace(f"%{level + 1}", self._fmt(n, f))
        return text

    def _fmt(self, n: int, fmt: str) -> str:
        if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting"):
            # 十一 without its leading one, a gap of zeros as 零 (一百零一), as LibreOffice draws them
            return counted(n, 1, leading_one=False, zero="零")
        if fmt == "lowerLetter":
            return chr(ord("a") + (n - 1) % 26)
        if fmt == "upperLetter":
            return chr(ord("A") + (n - 1) % 26)
        if fmt in ("lowerRoman", "upperRoman"):
            vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
            s, m = "", n
            for v, sym in vals:
                while m >= v:
                    s, m = s + sym, m - v
            return s.upper() if fmt == "upperRoman" else s
        return str(n)
