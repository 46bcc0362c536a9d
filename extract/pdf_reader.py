"""PDF: ruled tables as cell grids, the other text as paragraphs in reading order.

pdfplumber opens the file (its errors name encrypted and corrupt files); each page's characters
and ruling lines come from PDFium (extract/pdfium_page.py, about 4x faster than pdfminer's parser)
and go through pdfplumber's table finder; a page PDFium cannot read is read with pdfplumber.

Geometry is explicit: each table's column and row boundaries come from its cell
rectangles, so a cell's row, column and spans follow from where its edges are. Every
character is assigned once, to the table cell whose rectangle holds its centre or to a
paragraph line; one inside a table's box that no cell holds (a hole in the grid that is no
cell's shape) is not read, and a warning names it. A table that runs to the bottom of one
page and resumes at the top of the next with the same columns is stitched into one table, dropping header rows the
continuation repeats. The text no ruled table holds may still be a table without rules (a
borderless one, a 三线表): extract.aligned_table finds it from how the text lines up.
"""
from __future__ import annotations

import bisect
import ctypes
import logging
import math
import os
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO

from .box_index import BoxIndex
from .errors import ExtractError, fallback_unless_oom
from .line_breaks import (NUMBER_GOES_ON, cut_at_point, first_run, opens_item, set_in_middle, text_area, two_figures,
                          unit_goes_on)
from .model import Cell, Document, Location, Paragraph, Table, first_few, normalize_ws
from .page_break import cut_rows, merged_on_over_break, merged_over_break
from .chart_labels import chart_blocks, chart_clockwise, chart_said
from .rule_stack import cluster, extend_down, one_table_apart
from . import nested_grids, pdfium_page, strip_tables
from .pdfium_page import CROWDED
from .pdf_text_table import read as read_text_table, regions as text_tables
from .flat_lines import read_flat_tables
from .scan_leaders import LEADERS
from .script_spacing import meets, script_gap
from .tab_lines import MIN_FIELDS
from .text_reader import figure_rows

# pdfminer (under pdfplumber) logs each font whose metrics it cannot parse (FontBBox …) to stderr, a line a glyph on
# some producers' PDFs: nothing an analyst can act on; what the reader could not read it says in its own warnings.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

SNAP = 2.0  # points: edges closer than this are the same boundary
CROSS_DEPTH = 0.1  # of a line's size: how far a rule must run into a line's box for the line to cross it
MIN_SHAPES = 4  # closed shapes holding text that make a drawn table (fewer: a callout, a stamp)
MAX_SHAPES = 2000  # more closed shapes on a page: a drawing's hatching or a hostile file, no diagram of boxes
_LINE = 14.0  # points: a line of body text, for "near the bottom of the page"
PAGE_FURNITURE = re.compile(r"^[-—–\s]*\d{1,4}[-—–\s]*$|^第\s*\d+\s*页(\s*[,，/／、]?\s*共\s*\d+\s*页)?$")
# Table.origin of a table found from the alignment of its text, no rules drawn: its columns are a
# guess from where its lines' words start, its rows its lines.
ALIGNED = "aligned text"
# A rule typed with dashes or box characters across the page (a monospace print's table rule): a
# line of no text, never running text that wraps onto the line after it nor the rest of the one before.
RULE_LINE = re.compile(r"^[-—–=_─━═+|]{3,}$")
BARE_FIGURE = re.compile(r"^\d{1,4}$")


@dataclass
class _Line:
    chars: list
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    flow: tuple | None = None   # (the two columns' first line's top, left side): a band of _column_lines
    rank: float | None = None   # its place in reading order where that is not its top (_drawn_lines)

    @property
    def text(self) -> str:
        return _chars_text(self.chars)


@dataclass
class _PageTable:
    page: int
    bbox: tuple
    xs: list[float]
    ys: list[float]
    cells: list[tuple[int, int, int, int, tuple]]   # row, col, rowspan, colspan, bbox
    chars: dict = field(default_factory=dict)       # (row, col) anchor -> chars
    aligned: bool = False    # found from text alignment (no rules): xs[-1] is the text's right edge
    typed: bool = False      # its lines were typed with tab stops: a field never wraps to the next line
    lost: list = field(default_factory=list)        # chars inside its box that no cell holds: warned of
    overhung: bool = False   # a cell's last line drawn across the bottom rule (_overhangs): its row was not cut
    ran_past: dict = field(default_factory=dict)    # (row, col) -> a cell's line that runs on past its right rule
    overprinted: dict = field(default_factory=dict)  # (row, col) -> the own texts of the cells a line ran past over
    notes: dict = field(default_factory=dict)       # (row, col) anchor -> a shown cell note's text (_place_notes)
    split: list = field(default_factory=list)       # the parts of each hole split by rows (_hole_cell)
    vertical: bool = False   # its text is written vertically (_vertical_slots): turned upright once read
    held_in: tuple | None = None    # a grid ruled inside another's cell: (that _PageTable, the cell's box)
    rules: tuple = ()        # the page's drawn rules, ("v", x, top, bottom) / ("h", y, x0, x1): they part a hole


def read_pdf(path: str, data: bytes, sha256: str) -> tuple[Document, list[int], list[int], list[int], list[int]]:
    """The document's text layer, and the pages left out of it, for reading as images: those whose
    text layer is glyph codes, not text (_glyph_codes), and those that are an image with no text
    (a scanned page among printed ones); then the pages read whose text layer leaves a picture
    unread (_pictured: a table pasted as an image among printed lines), and those read whose text
    is a scanner's invisible OCR layer over the page's image (_ocr_layer)."""
    import pdfplumber

    with fallback_unless_oom(lambda e: _unopened(path, e)):
        pdf = pdfplumber.open(BytesIO(data))
        n_pages = len(pdf.pages)
    doc = Document(source=path, format="pdf", sha256=sha256, pages=n_pages)
    if n_pages == 0:
        raise ExtractError(path, "corrupt", "PDF 文件没有任何页面")
    items: list[tuple[str, object]] = []  # ("lines", [_Line], page) or ("table", _PageTable)
    widths: dict[int, float] = {}
    undecoded: list[int] = []
    imaged: list[int] = []
    pictured: list[int] = []
    ocr_layer: list[int] = []
    fields: list[int] = []      # pages read by pdfplumber, which draws no form field's value
    layered: list[int] = []     # pages read by pdfplumber, which reads hidden layers' text as shown
    unseen: dict[int, list] = {}    # page -> text drawn where the page does not show it (not read)
    untold: list[int] = []      # pages read by pdfplumber where covered or clipped text may read as shown
    blanks: dict[int, int] = {}     # page -> characters its font gave no text for, on a page of text
    printed: dict[int, str] = {}    # page -> its shown text, spaces left out (_across_break)
    with fallback_unless_oom(lambda e: ExtractError(path, "corrupt", f"PDF 页面无法解析（{type(e).__name__}: {e}）")), \
            pdf:
        pages = _pdfium_pages(data) if ENGINE == "pdfium" else None
        hidden = _hidden_layers(pdf)
        for k, page in enumerate(pdf.pages):
            widths[page.page_number] = float(page.width)
            read = None
            if pages is not None:
                with fallback_unless_oom():     # PDFium could not read it: pdfplumber will
                    read = _pdfium_read(pages[k], hidden, unseen.setdefault(page.page_number, []))
            if read is None:
                chars, cannot_tell = _plumber_shown(page, unseen.setdefault(page.page_number, []))
                read = chars, _plumber_tables(page)
                fields += [page.page_number] if _has_widgets(page) else []
                untold += [page.page_number] if cannot_tell else []
                layered += [page.page_number] if hidden else []
            printed[page.page_number] = "".join(c["text"] for c in read[0] if c["text"].strip())
            for n, c in enumerate(read[0]):    # the order drawn, which a text flowed in columns follows
                c.setdefault("drawn", n)
            _unified(read[0])
            _superscripts(read[0])
            if _glyph_codes(read[0]):
                undecoded.append(page.page_number)
                continue
            if lost := _blank_glyphs(read[0]):
                blanks[page.page_number] = lost
            if not any(c["text"].strip() for c in read[0]) and page.images:
                imaged.append(page.page_number)
                continue
            images = _pictures(pages[k]) if pages is not None else page.images
            if _ocr_layer(images, page, read[0]):
                ocr_layer.append(page.page_number)
            elif _pictured(images, page, read[0]):
                pictured.append(page.page_number)
            shapes = _shapes(pages[k]) if pages is not None else _plumber_shapes(page)
            if blocks := chart_blocks(read[0], read[1]):
                # a chart's label blocks, which the page's lines would mix (1880.pdf): named unread, not read
                taken = {id(c) for b in blocks for p in b for c in p["chars"]}
                read = [c for c in read[0] if id(c) not in taken], read[1]
                doc.warnings.append(chart_said(blocks, page.page_number))
            for chars, found, drawn in _sheet_halves(*read, shapes, float(page.width)):
                items.extend(_read_page(page.page_number, chars, found, carried=_carried(items), shapes=drawn))
            if blocks:
                # their lines, a block after another clockwise, for the label grammars (normalize.cued_lines)
                items.append(("chart", [p for b in chart_clockwise(blocks) for p in b], page.page_number))
    shown_notes = [it for it in items if it[0] == "notes"]
    items = _without_running_lines([it for it in items if it[0] != "notes"])
    _assemble(doc, path, items, _body_bottom(items), widths)
    _noted_cells(doc)
    for _, number, placed, unplaced in shown_notes:
        doc.warnings.append(_notes_said(number, placed, unplaced))
    if fields:
        doc.warnings.append(f"PDF 第{first_few(fields, 10)}页未能用 PDFium 读取，已改用 pdfplumber 读取，但页面上表单域"
                            "中填写的内容（如实际完成值、得分）未能读取，请核对原件")
    if crowded := [number for number, texts in unseen.items() if CROWDED in texts]:
        doc.warnings.append(f"PDF 第{first_few(crowded, 10)}页填充图形过多（逾{pdfium_page.MAX_COVERS}个），未能区分"
                            "被白色色块覆盖的文字、白色文字与显示的文字，页面上看不见的文字（可能是修改前的数字）"
                            "可能一并读入，请核对原件")
    for number, texts in unseen.items():
        texts = _across_break(number, texts, printed)
        if across := [x[1] for x in texts if x != CROWDED and x[0] == pdfium_page.CROSSWISE]:
            doc.warnings.append(_crosswise_said(number, across))
        if texts := [t for t in texts if t != CROWDED and t[0] != pdfium_page.CROSSWISE]:
            doc.warnings.append(_unseen_said(number, texts))
    doc.warnings.extend(_comments(pages or []))
    if blanks:
        doc.warnings.append(_blanks_said(blanks))
    if untold:
        doc.warnings.append(f"PDF 第{first_few(untold, 10)}页未能用 PDFium 读取，已改用 pdfplumber 读取，但页面上有白色色块或"
                            "裁剪区域，其下或其外页面上看不见的文字（可能是修改前的数字）无法与显示的文字区分，可能一并读入，请核对原件")
    if layered:
        doc.warnings.append(f"PDF 第{first_few(layered, 10)}页未能用 PDFium 读取，已改用 pdfplumber 读取，但文件中有默认隐藏"
                            f"的图层（{'、'.join(sorted(hidden))}），其中的文字（如修改前的数字）可能与显示的文字一并读入，请核对原件")
    read_flat_tables(doc)    # before the check below: a text table printed as lines reads there
    if not any(normalize_ws(b.text) for b in doc.paragraphs()) and not doc.tables():
        if len(undecoded) < n_pages:     # (pages of glyph codes: the caller names them)
            doc.warnings.append("PDF 中没有可提取的文字（可能是扫描件，需要 OCR）")
    elif not any(t.n_cols >= 2 for t in doc.tables()):
        # No grid read, but lines of figures in columns (a fixed-width text table printed from a
        # web page's <pre>, its rules drawn with | and +---+ glyphs): say so, not nothing.
        if said := _unread_text_table(_printed_lines(items)):
            doc.warnings.append(said)
    return doc, undecoded, imaged, pictured, ocr_layer


def _notes_said(number: int, placed: int, unplaced: list[str]) -> str:
    """The warning for a page's shown cell notes: how many were read as their cells' notes, and the text of those
    whose cell was not found (read where they stand)."""
    said = f"PDF 第{number}页有{placed + len(unplaced)}个打印出的单元格批注框（显示在表格上方的批注）"
    if placed:
        said += f"，其中{placed}个已按其引线所指的单元格读作该单元格的批注"
    if unplaced:
        said += (f"，{len(unplaced)}个未能对应到单元格（{first_few((f'“{u[:40]}”'.replace(chr(10), '／') for u in unplaced), 3)}），"
                 "其文字按所在位置读取，其中的数字未能归入所批注的行")
    return said + "，请核对原件"


_UNSEEN_WHY = {"covered": "被其后绘制的白色色块覆盖（如修改时的涂白）", "clip": "在其裁剪区域之外",
               "white": "为白色且下方无底色",
               "cut": "超出其单元格的高度被截去"}
BREAK = "break"    # unseen why: a merged cell's text cut at a page break, printed on the page beside (_across_break)


def _across_break(number: int, texts: list, printed: dict[int, str]) -> list:
    """A cell's text cut at its clip (pdfium_page._cut_off) that the page next to this one prints: a merged
    cell drawn across a page break, its text centred on the whole cell and clipped to each page's part
    (1709.pdf's 产出指标, 1745.pdf's 效益指标, printed on the other page and read there). Such runs become
    (BREAK, text, that page), said as what they are; the rest are as given. Told by the text alone: a cell's
    lines cut at its height whose words the page beside prints elsewhere would be said as a break (not seen)."""
    out = []
    for item in texts:
        why, text = item[0], item[1] if len(item) > 1 else ""
        words = "".join(text.split())
        # (two word characters at least: a cut 。 or 分。 ending a cell's lines is printed on any page)
        other = next((n for n in (number + 1, number - 1) if why == "cut" and len(re.findall(r"\w", words)) >= 2
                      and words in printed.get(n, "")), None)
        out.append((BREAK, text, other) if other else item)
    return out


def _unseen_said(number: int, texts: list[tuple[str, str]]) -> str:
    """The warning for a page's text drawn where the page does not show it (pdfium_page._Unseen): not
    read, but named, for what it hides may be an earlier figure."""
    broken = [(t, other) for why, t, *other in texts if why == BREAK]
    texts = [(why, t) for why, t, *_ in texts if why != BREAK]
    said = (f"PDF 第{number}页有跨页的合并单元格，其文字按整个单元格居中绘制，落在本页所印部分之外而被裁去："
            f"{first_few((f'“{t}”（该文字在第{other[0]}页印出）' for t, other in broken), 8, '；', '等{n}处')}，"
            "本页未读取；并非单元格内容缺失，请核对原件") if broken else ""
    if not texts:
        return said
    return "；".join(filter(None, [said, _unseen_rest(number, texts)]))


def _unseen_rest(number: int, texts: list[tuple[str, str]]) -> str:
    shown = first_few((f"“{t}”{_UNSEEN_WHY[why]}" for why, t in texts), 8, "；", "等{n}处")
    if all(why == "cut" for why, _ in texts):
        # a cell's lines beyond its row's height: the printed cell is incomplete, its figures there never shown
        cut = first_few((f"“{t}”" for _, t in texts), 8, "；", "等{n}处")
        return (f"PDF 第{number}页有单元格的文字超出其行高、被单元格的裁剪区域截去未印出：{cut}，未读取；"
                "该单元格印出的内容不完整（其中的数字、合计可能缺失），请核对原件")
    return f"PDF 第{number}页有页面上看不见的文字：{shown}，未读取（可能是修改前的数字或模板的提示文字），请核对原件"


def _crosswise_said(number: int, texts: list[str]) -> str:
    """The warning for a page read turned by its text whose other texts are drawn across that turn
    (pdfium_page.laid_out_across): counted and named, each read in its own direction as a paragraph after the page's
    text, where it stood on the page not kept."""
    shown = first_few((f"“{t[:40]}”" for t in texts), 4, "；", "等{n}处")
    return (f"PDF 第{number}页的文字大多横置（转了 90°），已按横置方向读取；另有{len(texts)}段文字方向与之不同：{shown}，"
            "已按其自身方向读出，各作一段置于该页文字之后（其在页面上的原有位置未保留），请核对原件")


def _plumber_shown(page, unseen: list) -> tuple[list, bool]:
    """A page's characters as pdfplumber gives them, less white text on nothing but the white page
    (pdfium_page._Unseen's third test: pdfplumber gives colours and fills), which is added to
    `unseen` as ("white", text) per line; and whether the page has what pdfplumber cannot judge: a
    white fill over text (painted before it, a cell's ground; after it, a whiteout: pdfplumber gives
    no order) or a clip path (pdfplumber gives none), under or outside which text would read as shown.
    A page of more fills than pdfium_page.MAX_COVERS is not judged: CROWDED is added to `unseen`."""
    chars = page.chars
    grounds = [o for o in [*page.rects, *page.curves] if o.get("fill") and not _white(o.get("non_stroking_color"))]
    grounds += page.images
    covers = [o for o in page.rects if o.get("fill") and _white(o.get("non_stroking_color"))]
    if len(covers) + len(grounds) > pdfium_page.MAX_COVERS:     # the tests below are characters × fills: not run
        unseen.append(CROWDED)
        return chars, _clipped(page)

    def on(c, boxes: BoxIndex) -> bool:     # each character asks the fills near it, not every fill
        return bool(boxes.holding((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2))
    grounds, covers = (BoxIndex((o["x0"], o["top"], o["x1"], o["bottom"]) for o in fills) for fills in (grounds, covers))
    white = [c for c in chars if c["text"].strip() and _white(c.get("non_stroking_color")) and not on(c, grounds)]
    if white:
        gone = {id(c) for c in white}
        chars = [c for c in chars if id(c) not in gone]
        for ln in _lines(white):
            unseen.append(("white", _chars_text(ln.chars).strip()))
    return chars, any(on(c, covers) for c in chars if c["text"].strip()) or _clipped(page)


def _white(colour) -> bool:
    """Whether a pdfplumber colour (grey, RGB or CMYK tuple) is white."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return False     # a pattern or a named colour: not judged white
    if len(colour) == 4:
        return all(v == 0 for v in colour)
    return len(colour) in (1, 3) and all(v == 1 for v in colour)


def _clipped(page) -> bool:
    """Whether the page's content sets a clip path (a W or W* operator), which pdfplumber does not apply."""
    from pdfminer.pdftypes import resolve1
    for stream in page.page_obj.contents:
        try:
            data = resolve1(stream).get_data()
        except Exception:      # an unreadable stream: pdfplumber read what it could; not judged here
            continue
        if re.search(rb"(?<![^\s])W\*?\s+n(?![^\s])", data):
            return True
    return False


PICTURE_SHARE = 0.1   # of the page's area: a picture this large may be a form; a logo or a seal is smaller


def _unopened(path: str, e: Exception) -> ExtractError:
    """Why pdfplumber could not open the file: a password, or damage. pdfplumber wraps pdfminer's
    errors in PdfminerException (the error its first argument)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    locked = (PDFPasswordIncorrect, PDFEncryptionError)
    inner = e.args[0] if e.args else None
    if isinstance(e, locked) or not isinstance(e, (PDFSyntaxError, PSException)) and (
            isinstance(inner, locked) or "password" in str(e).lower()):
        return ExtractError(path, "encrypted", "PDF 文件已加密（需要密码），无法读取")
    return ExtractError(path, "corrupt", f"PDF 文件已损坏，无法解析（{type(e).__name__}: {e}）")


def _pictured(images: list, page, chars: list) -> bool:
    """Whether the page holds a picture (of `images`, the page's image boxes) of a tenth of its area or
    more with no text of the text layer over it: what it shows (a table pasted as an image) the text
    layer does not give."""
    area = float(page.width) * float(page.height)
    for im in images:
        x0, top, x1, bottom = (float(im[k]) for k in ("x0", "top", "x1", "bottom"))
        if (x1 - x0) * (bottom - top) < PICTURE_SHARE * area:
            continue
        inside = sum(1 for c in chars if c["text"].strip() and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                     and top <= c["top"] <= bottom)
        if inside < 2:
            return True
    return False


SCANNED_SHARE = 0.8   # of the page's area: a picture this large is the page (a scan)


def _ocr_layer(images: list, page, chars: list) -> bool:
    """Whether the page is a scanner's searchable copy: a picture of most of the page, and all its
    text drawn invisible (3 Tr) over it. That text is the scanner's OCR guess of the picture, which
    is the page: its slips (an 8 for a 6, a lost %) are no part of what the page shows."""
    area = float(page.width) * float(page.height)
    ink = [c for c in chars if c["text"].strip()]
    return bool(ink) and all(c.get("invisible") for c in ink) and any(
        (float(im["x1"]) - float(im["x0"])) * (float(im["bottom"]) - float(im["top"])) >= SCANNED_SHARE * area
        for im in images)


# A font's ToUnicode may give an ideograph as its radical's code point (859.pdf: 生 as the Kangxi
# radical ⽣, U+2F63; text copied out of such a PDF keeps it): it prints as the ideograph and is read so.
_RADICAL = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


# The simplified-Chinese radicals of the CJK Radicals Supplement that are whole characters but have no
# compatibility mapping (Unicode's CJKRadicals.txt gives their ideograph): a Mac / Word export writes
# 长 门 见 as ⻓ ⻔ ⻅ as it writes 日 as ⽇ (965.pdf: 主管部⻔, 长效机制).
_SIMPLIFIED_RADICAL = str.maketrans({"\u2ea0": "民", "\u2ec5": "见", "\u2ec9": "贝", "\u2ecb": "车", "\u2ed3": "长",
                                     "\u2ed4": "门", "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞",
                                     "\u2ee2": "马", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦",
                                     "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐", "\u2eee": "齿", "\u2ef0": "龙"})


def _unified(chars: list) -> None:
    """A Kangxi radical (U+2F00-U+2FD5) or a CJK radical supplement with a compatibility mapping as
    the unified ideograph NFKC makes it, a simplified radical with none as its ideograph, in place;
    the rest as given."""
    for c in chars:
        if _RADICAL.search(c["text"]):
            c["text"] = unicodedata.normalize("NFKC", c["text"].translate(_SIMPLIFIED_RADICAL))


# A superscript a producer draws as an ordinary digit, smaller and raised (text rise, Ts, or a raised
# baseline: 1023.pdf's m² as m with a 2 at 60% raised 0.38 em) is the superscript the page shows where it
# is an exponent: after a Latin letter (m², km³) or after ×10 (×10⁴). A raised digit after anything else
# (a Han character, a figure, an empty cell) is a note mark, read as the digit it is (916.pdf's cells).
# Both engines' characters: PDFium's boxes stand on the baseline, pdfplumber's on the glyph's foot.
RAISED_SIZE = 0.8    # of the size of the character before it: a superscript is set smaller (Word: 58%)
RAISED_RISE = 0.2    # of that size: how far its foot at least stands above the character before it
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_POWER_BASE = "×xX✕"


def _superscripts(out: list[dict]) -> None:
    """Raised small digits that are exponents made superscripts, their boxes put on the line of the
    character they follow (in the order drawn: a superscript is drawn after its base)."""
    k = 1
    while k < len(out):
        base = out[k - 1]
        run = k
        while run < len(out) and _raised(out[run], base, out[run - 1]):
            run += 1
        before = "".join(c["text"] for c in out[max(0, k - 3):k])
        if run > k and (base["text"].isascii() and base["text"].isalpha()
                        or before[-2:] == "10" and before[:1] in _POWER_BASE):
            for c in out[k:run]:
                c["text"] = c["text"].translate(_SUPERSCRIPT)
                c["top"], c["bottom"] = base["top"], base["bottom"]
        k = max(run, k + 1)


def _raised(c: dict, base: dict, last: dict) -> bool:
    """Whether c is a digit set smaller than base and raised on base's line, right after last."""
    size = base["size"]
    return (c["text"].isascii() and c["text"].isdigit() and 0 < c["size"] <= RAISED_SIZE * size
            and base["bottom"] - c["bottom"] >= RAISED_RISE * size and c["bottom"] > base["top"]
            and abs(c["x0"] - last["x1"]) <= 0.5 * size)


GLYPH_CODE_SHARE = 0.25   # of a page's characters: more that no text has, and the page's text layer is no text


def _glyph_codes(chars: list) -> bool:
    """Whether the page's text layer gives glyph codes instead of characters, as a font with no
    /ToUnicode map and no standard encoding does (a printer's subset, its glyphs numbered from 1, or
    from 0x21 in the order they are first drawn). PDFium passes such codes on as code points
    (control characters \\x01.., Latin letters and punctuation that look like text) and says of each
    that its font gave no character for it (pdfium_page: "unmapped"); pdfminer gives every one as
    (cid:N). When the characters no text has are a good share of the page's, the page is not
    text. A few private-use characters among ordinary text (a check box ☑ that a ToUnicode map
    sends to U+F052) are no such page."""
    ink = [c for c in chars if c["text"].strip()]
    return sum(c.get("unmapped", False) or _undecoded(c["text"]) for c in ink) > GLYPH_CODE_SHARE * len(ink)


def _blank_glyphs(chars: list) -> int:
    """The characters drawn on a page of text whose font gives no character for them at all (code 0, a
    control character, U+FFFD, pdfminer's (cid:N): a subset font whose map leaves out some glyphs, the
    digits of a picture's text in 1262.pdf): read as nothing, so a cell of them reads empty."""
    return sum(1 for c in chars if c["text"].startswith("(cid:") or len(c["text"]) == 1 and not c["text"].isspace()
               and (c["text"] == "\ufffd" or unicodedata.category(c["text"]) == "Cc"))


def _blanks_said(blanks: dict[int, int]) -> str:
    return (f"PDF 第{first_few(sorted(blanks), 10)}页有{sum(blanks.values())}个字符字体未给出对应文字（显示为字形、"
            "读不出字符，常见于数字），未能读取，所在单元格（如分值、得分、指标值）可能读作空白或缺字，请核对原件")


def _undecoded(text: str) -> bool:
    """A character no text has: pdfminer's (cid:N); a control, private-use, surrogate or unassigned
    code point; U+FFFD."""
    return text.startswith("(cid:") or len(text) == 1 and not text.isspace() and \
        (text == "\ufffd" or unicodedata.category(text) in ("Cc", "Co", "Cs", "Cn"))


# A list's bullet as Word prints it from a symbol font (Symbol's U+F0B7, Wingdings' U+F0A7 / U+F0D8 …): a
# private-use character opening a paragraph, a space or tab after it. The mark is drawn, no text: a paragraph
# "\uf0b7 年度指标值：≥6000亩" is the line 年度指标值：≥6000亩 (1548.pdf, a bulleted outline of label：value lines).
LIST_MARK = re.compile(r"^[\ue000-\uf8ff]\s+")


def _unmarked(text: str) -> str:
    """A paragraph's text without the symbol-font bullet that opens it (LIST_MARK), if one does."""
    return LIST_MARK.sub("", text, count=1)


def _unread_text_table(printed: list[tuple[int, str]]) -> str | None:
    """The warning for lines (page, text) that look like a fixed-width text table's rows, none read
    as a table: their pages and the first row's first characters, for the analyst to find them."""
    if not (rows := figure_rows("\n".join(text for _, text in printed))):
        return None
    pages = sorted({printed[n - 1][0] for n in rows})
    return (f"PDF 第{first_few(pages, 10)}页有{len(rows)}行像是按等宽字符排版的文本表格（以 | 或空格分列，"
            f"首行“{printed[rows[0] - 1][1].strip()[:20].strip()}”），未能按表格读取，指标与资金数据可能漏读，请对照原文人工核对")


def _printed_lines(items: list[tuple]) -> list[tuple[int, str]]:
    """The pages' text line by line as printed (before wrapped lines are joined), cells' too, each
    with its page."""
    lines = [(item[2], ln) for item in items if item[0] == "lines" for ln in item[1]]
    lines += [(item[1].page, ln) for item in items if item[0] == "table"
              for chars in item[1].chars.values() for ln in _lines(chars)]
    return [(page, ln.text) for page, ln in lines]


# Characters and ruling lines come from PDFium (C, about 3x faster than pdfminer's parser) and
# go through the same table finder and cell assignment; a page PDFium cannot read is read with
# pdfplumber. JIXIAO_PDF=pdfplumber reads every page with pdfplumber (for comparison).
ENGINE = os.environ.get("JIXIAO_PDF", "pdfium")


def _pdfium_pages(data: bytes):
    """The document's pages in PDFium, or None when PDFium cannot open it (pdfplumber reads it)."""
    with fallback_unless_oom():     # PDFium itself not loaded under the memory limit goes up
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(data)
        return [_with_fields(doc, k) for k in range(len(doc))]
    return None     # pdfplumber opened it: it will read it


def _with_fields(doc, k: int):
    """Page k, its filled form fields drawn into its content as they print. A fillable form (an
    AcroForm, 707.pdf) keeps what was typed in each field as the field widget's value and appearance,
    not in the page's text: read without them, a filled form's figures are blank. Only a page with
    a form field widget is flattened (a page's other annotations, comments and links, stay out)."""
    import pypdfium2.raw as raw
    page = doc[k]
    widgets = False
    for n in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, n)
        widgets = widgets or raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET
        raw.FPDFPage_CloseAnnot(annot)
    if widgets and raw.FPDFPage_Flatten(page.raw, raw.FLAT_PRINT) == raw.FLATTEN_SUCCESS:
        page.close()
        page = doc[k]   # reloaded: the flattened content is read from the page afresh
    return page


def _comments(pages: list) -> list[str]:
    """A warning per page carrying a reader's comments (annotations with text: sticky notes, text
    boxes, marks with a note; not links, form fields or pop-ups). A reviewer's comment may give a
    figure other than the form's (存栏增加应为1.52万只, 813.pdf): it is no part of the form and is not
    read as one, but left unsaid the analyst would not know the page was questioned."""
    import pypdfium2.raw as raw
    skip = {raw.FPDF_ANNOT_LINK, raw.FPDF_ANNOT_WIDGET, raw.FPDF_ANNOT_POPUP}
    kinds = {raw.FPDF_ANNOT_TEXT: "便笺", raw.FPDF_ANNOT_FREETEXT: "文本框"}
    out = []
    for number, page in enumerate(pages, start=1):
        notes = []
        for n in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annot = raw.FPDFPage_GetAnnot(page.raw, n)
            try:
                kind = raw.FPDFAnnot_GetSubtype(annot)
                if kind in skip:
                    continue
                size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
                buf = ctypes.create_string_buffer(size)
                raw.FPDFAnnot_GetStringValue(annot, b"Contents", ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)),
                                             size)
                text = " ".join(buf.raw.decode("utf-16-le", "replace").rstrip("\x00").split())
                if text:
                    notes.append(f"{kinds.get(kind, '批注')}“{text[:60]}”")
            finally:
                raw.FPDFPage_CloseAnnot(annot)
        if notes:
            out.append(_comments_said(number, notes))
    return out


def _comments_said(number: int, notes: list[str]) -> str:
    """A page's comments as one warning: the first eight quoted, the count of all (a page of thousands
    of annotations makes no warning of thousands)."""
    return (f"PDF 第{number}页有{len(notes)}条批注（审阅意见）：{first_few(notes, 8, '；', '等（共{n}条）')}。批注不是表内填报的内容，"
            "未读入记录；其中的数字如与表内不同，请核对原件")


def _has_widgets(page) -> bool:
    """The page holds form field widgets (an AcroForm's fields, whose typed values are not page text)."""
    with fallback_unless_oom():
        return any(getattr(a["data"].get("Subtype"), "name", None) == "Widget" for a in page.annots)
    return False    # annotations that cannot be parsed: no field is claimed


def _plumber_tables(page) -> list:
    """pdfplumber's tables of the page, with column boundaries carried down a stack of rules
    under a boxed header (extract.rule_stack)."""
    from .pdfium_page import level, ruled_tables
    edges = [level(e) for e in page.edges]
    extra = extend_down(edges, page.chars)
    extra += cut_rows(edges + extra, page.chars)
    return ruled_tables(edges + extra, page.width, page.height)


def _pictures(page) -> list[dict]:
    with fallback_unless_oom():
        from .pdfium_page import pictures
        return pictures(page)
    return []   # PDFium could not list them: no picture is claimed


def _shapes(page) -> list:
    with fallback_unless_oom():
        from .pdfium_page import shapes
        return shapes(page)
    return []   # PDFium could not list them: no drawing is read as boxes


def _plumber_shapes(page) -> list:
    """pdfplumber's closed curves (pdfium_page.shapes, when PDFium cannot read the page)."""
    out = {(round(c["x0"], 1), round(c["top"], 1), round(c["x1"], 1), round(c["bottom"], 1))
           for c in page.curves if len(c["pts"]) > 2 and abs(c["pts"][0][0] - c["pts"][-1][0]) < 0.5
           and abs(c["pts"][0][1] - c["pts"][-1][1]) < 0.5}
    return sorted(out, key=lambda s: (s[1], s[0]))


def _pdfium_read(page, hidden: frozenset[str] = frozenset(), unseen: list | None = None):
    from .pdfium_page import read_page
    return read_page(page, hidden, unseen)


def _hidden_layers(pdf) -> frozenset[str]:
    """The layers a viewer shows off (a draft's figures kept in a hidden layer, 711.pdf): their text is
    no part of the page as shown."""
    with fallback_unless_oom():
        from .pdfium_page import hidden_layers
        return hidden_layers(pdf.doc.catalog)
    return frozenset()  # a broken /OCProperties hides nothing


def _carried(items: list[tuple]) -> list[float] | None:
    """The column edges of the aligned table the previous page ended with, if it did."""
    if items and items[-1][0] == "table" and items[-1][1].aligned:
        return [x + _ALIGN_PAD for x in items[-1][1].xs[:-1]]
    return None


GUTTER = 18.0        # pt: the least clear band between two pages printed side by side on one sheet
GUTTER_MIDDLE = 0.1  # of the sheet's width: how far the band's centre may stand from the sheet's middle


def _sheet_halves(chars: list, found: list, shapes, width: float) -> list[tuple]:
    """(chars, tables, shapes) to read in turn: the page whole, or the left half then the right where
    it is two pages printed side by side on one sheet (N-up, 966.pdf: the head and fund table on the
    left, the indicator grid on the right and higher up, so read top to bottom across the sheet the
    grid went to a project with no name): a band at least GUTTER wide near the middle that no
    character and no table crosses, a table on either side of it."""
    spans = sorted([(c["x0"], c["x1"]) for c in chars if c["text"].strip()] + [(t.bbox[0], t.bbox[2]) for t in found])
    gutter, reach = None, None
    for x0, x1 in spans:
        if reach is not None and x0 - reach >= GUTTER and abs((x0 + reach) / 2 - width / 2) <= GUTTER_MIDDLE * width:
            gutter = (x0 + reach) / 2
        reach = x1 if reach is None else max(reach, x1)
    if gutter is None or not (any(t.bbox[2] < gutter for t in found) and any(t.bbox[0] > gutter for t in found)):
        return [(chars, found, shapes)]
    return [([c for c in chars if ((c["x0"] + c["x1"]) / 2 < gutter) == left],
             [t for t in found if (t.bbox[0] < gutter) == left],
             [s for s in shapes if ((s[0] + s[2]) / 2 < gutter) == left]) for left in (True, False)]


def _read_page(page_number: int, chars: list, found: list, carried: list[float] | None = None,
               shapes: list | tuple = ()) -> list[tuple]:
    tables = _nested_apart(_spacer_joined(_strips_joined([_geometry(page_number, t) for t in found])))
    if (drawn := _shape_table(page_number, shapes, chars)) is not None and not _tags_in_cells(drawn, tables, chars):
        # the shapes' own straight sides make ruled fragments: the drawing is read as its boxes alone
        tables = [drawn] + [t for t in tables if not _holds_centre(drawn.bbox, t.bbox)]
    # Fixed-width text tables (+---+ and | glyphs) are read as text; a one-column grid around one
    # is a page frame, no table (Chromium frames a printed page), and its other text is loose.
    texts = text_tables(_lines([c for c in chars if c["text"].strip() or c["text"] == " "]))
    if texts:
        taken = {id(c) for run, _ in texts for ln in run for c in ln.chars}
        chars = [c for c in chars if id(c) not in taken]
        tables = [t for t in tables if not (len(t.xs) == 2 and any(_holds(t.bbox, run) for run, _ in texts))]
    chars, unplaced = _place_notes(tables, chars)
    chars = _vertical_slots(tables, chars)
    past = _runs_past(tables, chars)
    # a grid ruled inside a cell takes the text inside it before the cell holding it does
    inner_first = sorted((t for t in tables if t.held_in), key=lambda t: _area(t.bbox)) + \
        [t for t in tables if not t.held_in]
    loose = []
    for ch in chars:
        if not ch["text"].strip() and ch["text"] != " ":
            continue
        if id(ch) in past:
            t, slot = past[id(ch)]
            t.chars.setdefault(slot, []).append(ch)
            continue
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        for t in inner_first:
            x0, top, x1, bottom = t.bbox
            if x0 <= cx <= x1 and top <= cy <= bottom:
                # a glyph drawn across a rule inside the table is the cell's its clip shows it in (1004.pdf);
                # one whose middle lies outside the table (a merged cell's line cut by a page break, 887.pdf)
                # is left to _overhangs
                if (at := ch.get("shown_at")) and x0 <= at[0] <= x1 and top <= at[1] <= bottom:
                    cx, cy = at
                elif _shown_outside(ch, t.bbox):
                    continue
                slot = _slot_within(t, cx, cy)
                if slot is not None:
                    t.chars.setdefault(slot, []).append(ch)
                else:
                    t.lost.append(ch)
                break
        else:
            loose.append(ch)
    for t in tables:
        _unsplit_holes(t)
        _stand_upright(t)
    for t in tables:   # a box of aligned lines printed over a grid: its text is the page's lines
        loose += _boxed_table(t)
    boxed = _boxed_runs(tables, loose)
    frames = [t for t in tables if t in boxed or _frame_of_lines(t) or _lines_through(t, loose)]
    for t in frames:   # a frame around lines: its text is the page's lines (they may align as a table)
        loose += [ch for held in t.chars.values() for ch in held] + t.lost
    tables = [t for t in tables if t not in frames]
    loose = _overhangs(tables, loose)
    for t in tables:
        _settle_overflow(t)
    loose = _without_leaders(loose)
    # Aligned tables first: a cell's wrapped last digits ("7" of 99.47) look like a page number.
    everything = _column_lines(loose)
    aligned, lines = _aligned_tables(page_number, everything, carried)
    tables += _beside_ruled(tables, aligned)
    # The page's text edge, for telling a wrapped paragraph line, counts the aligned tables' lines; where the
    # page's lines were blocks side by side (_drawn_lines) or a frame's, those and the tables' right edges (the
    # boxes stand in the text area: a centred title ending short of the widest box's lines ends no full line).
    boxed = frames or any(ln.rank is not None for ln in everything)
    edge = (max([ln.x1 for ln in everything] + [t.bbox[2] for t in tables if boxed]),) if aligned or boxed else ()
    if texts:    # so are a text table's lines
        edge = (max([*edge, *(ln.x1 for run, _ in texts for ln in run)]),)
    lines = [ln for k, ln in enumerate(lines) if not _page_furniture(lines, k)]
    # Interleave paragraph lines and tables by vertical position.
    out: list[tuple] = [("notes", page_number, sum(len(t.notes) for t in tables), unplaced)] \
        if unplaced or any(t.notes for t in tables) else []
    events = [(at, 0, ln) for at, ln in zip(_flow_order(lines), lines)] + [(t.bbox[1], 1, t) for t in tables]
    events += [(run[0].top, 2, (run, text)) for run, text in texts]
    events.sort(key=lambda e: (e[0], e[1]))
    for _, kind, obj in events:
        if kind == 2:
            run, text = obj
            out.append(("text", text, page_number, (min(ln.x0 for ln in run), run[0].top,
                                                    max(ln.x1 for ln in run), run[-1].bottom)))
        elif kind == 1:
            out.append(("table", obj))
        elif out and out[-1][0] == "lines" and out[-1][2] == page_number and not _laid(obj) and \
                not _laid(out[-1][1][-1]):
            out[-1][1].append(obj)
        else:   # a line laid out in its own direction (pdfium_page.laid_out_across) is a paragraph of its own
            out.append(("lines", [obj], page_number, *edge))
    return out


def _laid(line) -> bool:
    """A line of text drawn across the turn its page is read at, laid out in its own direction
    (pdfium_page.laid_out_across): where it stood among the page's lines is not known, so it neither
    goes on from the line above nor runs on into the next."""
    return any(c.get("laid") for c in line.chars)


NOTE_CORNER = 6.0   # pt: a note's leader ends this near the top right corner of its cell (3-4 pt off it, 902, 1159)


def _place_notes(tables: list[_PageTable], chars: list) -> tuple[list, list[str]]:
    """The page's characters less those of shown cell notes (pdfium_page.note_boxes, c["note"]), each note's
    lines given as the comment of the cell its leader points to (the cell whose top right corner it ends at,
    as a cell note typed on it reads: normalize.indicator_row.note_fields); and the text of each note whose
    leader ends near no table cell's corner, its characters left with the page's (read where they stand, said)."""
    notes: dict[int, list] = {}
    for c in chars:
        if "note" in c:
            notes.setdefault(c["note"][0], []).append(c)
    if not notes:
        return chars, []
    kept, unplaced = [c for c in chars if "note" not in c], []
    for held in notes.values():
        ax, ay = held[0]["note"][1]
        text = "\n".join(ln.text.strip() for ln in _lines(held) if ln.text.strip())
        corners = [(math.hypot(bbox[2] - ax, bbox[1] - ay), k, (r0, c0)) for k, t in enumerate(tables) if not t.aligned
                   for r0, c0, _, _, bbox in t.cells]
        near = min(corners, default=None)
        if near is not None and near[0] <= NOTE_CORNER and near[2] not in tables[near[1]].notes:
            tables[near[1]].notes[near[2]] = text
        else:
            kept += held
            unplaced.append(text)
    return kept, unplaced


def _holds_centre(box: tuple, inner: tuple) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return box[0] - SNAP <= cx <= box[2] + SNAP and box[1] - SNAP <= cy <= box[3] + SNAP


def _shape_table(page_no: int, shapes, chars: list) -> _PageTable | None:
    """A drawing of closed shapes holding text (a diagram's rounded boxes, pdfium_page.shapes), set side
    by side and under each other with gaps between them, as the table it draws: a column per left edge,
    a row per top edge, a shape spanning the rows and columns whose starts it reaches past (a level's
    box beside the boxes of its indicators). None where fewer than MIN_SHAPES hold text, one holds
    another, or two would share a slot: such shapes are a callout or a stamp, read as before."""
    if len(shapes) > MAX_SHAPES:     # the checks below are shapes × characters and shapes × shapes
        return None
    held = []
    for s in shapes:
        if any(s[0] <= (c["x0"] + c["x1"]) / 2 <= s[2] and s[1] <= (c["top"] + c["bottom"]) / 2 <= s[3]
               for c in chars if c["text"].strip()):
            held.append(s)
    if len(held) < MIN_SHAPES or any(a is not b and _holds_centre(a, b) for a in held for b in held):
        return None
    xs = cluster([s[0] for s in held], SNAP) + [max(s[2] for s in held)]
    ys = cluster([s[1] for s in held], SNAP) + [max(s[3] for s in held)]
    if len(xs) < 3 or len(ys) < 3:
        return None
    cells, taken = [], set()
    for x0, top, x1, bottom in held:
        c0, r0 = _index(xs, x0), _index(ys, top)
        c1, r1 = bisect.bisect_left(xs, x1 - SNAP), bisect.bisect_left(ys, bottom - SNAP)
        slots = {(r, c) for r in range(r0, r1) for c in range(c0, c1)}
        if c1 <= c0 or r1 <= r0 or slots & taken:
            return None
        taken |= slots
        cells.append((r0, c0, r1 - r0, c1 - c0, (x0, top, x1, bottom)))
    for r in range(len(ys) - 1):     # every slot a cell, as a ruled table's grid has
        for c in range(len(xs) - 1):
            if (r, c) not in taken:
                cells.append((r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1])))
    cells.sort()
    return _PageTable(page=page_no, bbox=(xs[0], ys[0], xs[-1], ys[-1]), xs=xs, ys=ys, cells=cells)


def _tags_in_cells(drawn: _PageTable, tables: list[_PageTable], chars: list) -> bool:
    """Shapes each drawn inside a ruled cell that holds text of its own beside them, on their line (1628.pdf: a
    list group's items, each a ruled box holding the name and four badges floated right) are tags on the cell's
    line, not a drawing's boxes: the cell's line reads through them."""
    shown = [(ch, (ch["x0"], ch["top"], ch["x1"], ch["bottom"])) for ch in chars if ch["text"].strip()]
    boxes = [box for *_, box in drawn.cells if any(_holds_centre(box, at) for _, at in shown)]
    tagged = {id(ch) for ch, at in shown if any(_holds_centre(box, at) for box in boxes)}
    free = [(ch, at) for ch, at in shown if id(ch) not in tagged]
    cells = [b for t in tables for *_, b in t.cells]
    for box in boxes:
        cell = next((b for b in cells if nested_grids.within(box, b, SNAP)), None)
        if cell is None or not any(_holds_centre(cell, at) and min(at[3], box[3]) > max(at[1], box[1]) for _, at in free):
            return False
    return bool(boxes)


def _without_running_lines(items: list[tuple]) -> list[tuple]:
    """The items without the pages' running head and foot: a page's first or last line of text that
    the same place of another page holds too, the same text but for its figures (a browser's print
    header: the file's name, the date and time; 第 1 页 / 第 2 页). Body text does not stand at one
    place on two pages."""
    ends: dict[int, list[_Line]] = {}
    for item in items:
        if item[0] == "lines":
            ends.setdefault(item[2], []).extend(item[1])
    marks: dict[tuple, set[int]] = {}
    for page, lines in ends.items():
        for ln in {id(lines[0]): lines[0], id(lines[-1]): lines[-1]}.values():
            marks.setdefault((re.sub(r"\d+", "#", ln.text.strip()), round(ln.top / 2)), set()).add(page)
    running = {key for key, pages in marks.items() if len(pages) >= 2}
    if not running:
        return items
    out = []
    for item in items:
        if item[0] == "lines":
            lines = [ln for ln in item[1] if ln not in (ends[item[2]][0], ends[item[2]][-1]) or
                     (re.sub(r"\d+", "#", ln.text.strip()), round(ln.top / 2)) not in running]
            if not lines:
                continue
            item = (item[0], lines, *item[2:])
        out.append(item)
    return out


MIN_FLOW = 3       # lines a side of the page, at least, for two column bands
FLOW_GAP = 2.5     # a band's usual line pitch: a line further below its band's last, past the other band, is after them


def _flow_order(lines: list[_Line]) -> list[float]:
    """Each line's place in reading order: its top, except in a section of two column bands (a Word
    section of two columns, 898.pdf), where the second band's lines follow the first band's last.
    Two bands: a run of consecutive lines none of which crosses one x between them (the gutter), with
    MIN_FLOW lines or more on each side, the sides' lines interleaved. The run ends at a line that
    starts, after the other band's last line, further below its own band's last line than FLOW_GAP
    times its band's usual pitch (the text under both columns: a total line, a note)."""
    order = [ln.top for ln in lines]
    if any(ln.rank is not None for ln in lines):     # blocks read in the order drawn
        return [ln.top if ln.rank is None else ln.rank for ln in lines]
    if any(ln.flow for ln in lines):   # the columns _column_lines cut apart: the right one after the left
        last = {ln.flow[0]: ln.top for ln in lines if ln.flow and ln.flow[1]}
        n = 0
        for k, ln in enumerate(lines):
            if ln.flow and not ln.flow[1] and ln.flow[0] in last:
                n += 1
                order[k] = last[ln.flow[0]] + 1e-3 * n
        return order
    best = None
    for gutter in sorted({round(ln.x0, 1) - 0.5 for ln in lines}):
        start = 0
        for k in range(len(lines) + 1):
            if k < len(lines) and not (lines[k].x0 < gutter < lines[k].x1):
                continue
            run = _two_bands(lines[start:k], gutter)
            if run and (best is None or len(run[0]) + len(run[1]) > len(best[0]) + len(best[1])):
                best = run
            start = k + 1
    if best is None:
        return order
    left, right = best
    at = {id(ln): k for k, ln in enumerate(lines)}
    last = lines[at[id(left[-1])]].top
    for n, ln in enumerate(right):
        order[at[id(ln)]] = last + 1e-3 * (n + 1)
    return order


FLOW_SKEW = 0.2   # of a line's size: two parts of one line standing this far apart in height are two flows
MAX_GUTTERS = 64  # places a gutter may stand on one page, at most (_column_lines)


def _column_lines(chars: list) -> list[_Line]:
    """The page's lines, those of two columns of text set side by side kept apart (paragraphs flowed into
    two CSS columns, 1081.pdf): a line's characters are one line only where they share its height, so a
    left column's line and the right column's beside it, a little higher or lower, joined into one, are
    cut at a gutter: an x that no character crosses in a run of MIN_FLOW joined lines or more, each with
    text both sides and a clear gap there, most of them with their two sides at heights FLOW_SKEW of a
    line apart (a table's row stands on one height: it is not cut). The two sides' lines are then the
    two bands _flow_order reads one after the other."""
    lines = _lines(chars)
    best = None
    # a gutter stands just left of a character that opens a line's part after a clear gap. Each place is tried
    # against every line: on a page of very many (letter-spaced text), the MAX_GUTTERS places most lines open at
    for gutter in _gutters(lines):
        run: list[_Line] = []
        for ln in lines + [None]:
            if ln is not None and any(c["x0"] < gutter < c["x1"] for c in ln.chars):
                ln = None
            two = ln is not None and _sides(ln, gutter)
            if two:
                run.append(ln)
                continue
            skewed = [ln2 for ln2 in run if _skewed(ln2, gutter)]
            if len(run) >= MIN_FLOW and len(skewed) * 2 >= len(run) and _running_text(run, gutter) and \
                    (best is None or len(run) > len(best[1])):
                best = (gutter, list(run))
            run = []
    if best is None:
        return _drawn_lines(lines)
    gutter, run = best
    top, bottom = min(ln.top for ln in run), max(ln.bottom for ln in run)
    inside = [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    if any(c["x0"] < gutter < c["x1"] for c in inside):
        return lines
    held = {id(c) for c in inside}
    out = _lines([c for c in chars if id(c) not in held])
    for left in (True, False):
        for ln in _lines([c for c in inside if (c["x1"] <= gutter) == left]):
            ln.flow = (top, left)
            out.append(ln)
    out.sort(key=lambda ln: (ln.top, ln.x0))
    return out


def _gutters(lines: list[_Line]) -> list[float]:
    """Where a gutter may stand, left to right: just left of a character that opens a line's part after a
    clear gap. Each place is tried against every line: on a page of very many (letter-spaced text), the
    MAX_GUTTERS places most lines open at."""
    opened = Counter(round(b["x0"], 1) - 0.5 for ln in lines for a, b in zip(ln.chars, ln.chars[1:])
                     if b["x0"] - a["x1"] >= ln.size and b["text"].strip())
    return sorted(x for x, _ in sorted(opened.items(), key=lambda p: (-p[1], p[0]))[:MAX_GUTTERS])


SIDE_HEIGHT = 2 / 3    # of a run's height, at least, that each side's blocks span (_drawn_run)
MAX_DEPTH = 3   # blocks inside blocks, at most (_drawn_blocks): tiles three or four abreast


def _drawn_lines(lines: list[_Line]) -> list[_Line]:
    """The page's lines, those of blocks of text set side by side whose lines fall out of step cut apart
    and read in the order drawn (_drawn_blocks): a Word section of two columns (1598.pdf), a dashboard's
    tiles (1599.pdf). Each block's lines are a flow of their own, ranked where they stand or just after the
    line read before them; the lines as they were where there are no such blocks."""
    blocks = _drawn_blocks(lines, 0)
    if blocks is None:
        return lines
    held = {id(c) for block, _ in blocks for c in block}
    out = [ln for ln in lines if not any(id(c) in held for c in ln.chars)]
    out += _lines([c for ln in lines for c in ln.chars if id(c) not in held and any(id(h) in held for h in ln.chars)
                   and c["text"].strip()])
    top, last = min(c["top"] for block, _ in blocks for c in block), float("-inf")
    for k, (block, edge) in enumerate(blocks):
        block_lines = _lines(block)
        widest = max(ln.x1 for ln in block_lines)
        if sum(widest - ln.x1 < ln.size for ln in block_lines) >= 2:
            edge = widest   # the block's own right edge, two lines ending at it (a figure set flush right, a wrapped line)
        for ln in block_lines:
            ln.flow = (top, k, edge)
            ln.rank = last = max(ln.top, last + 1e-3)
            out.append(ln)
    return sorted(out, key=lambda ln: (ln.top, ln.x0))


def _drawn_blocks(lines: list[_Line], depth: int, edge: float | None = None) -> list[tuple[list, float | None]] | None:
    """The characters of the longest run of lines that a gutter parts into blocks side by side drawn one
    whole block after another (_drawn_run), as blocks in reading order, each with the right edge its lines
    may wrap at: a block left of the gutter, the gutter (its widest line is no full one: the white of the
    gutter is its room); right of it, the edge of the whole (None: the page's). Each block is parted again
    the same way, MAX_DEPTH deep, its lines the run leaves out blocks of their own. None where no run is such."""
    best = None
    for gutter in _gutters(lines):
        start = 0
        for k in range(len(lines) + 1):
            if k < len(lines) and not any(c["x0"] < gutter < c["x1"] for c in lines[k].chars):
                continue
            parts = _drawn_run(lines[start:k], gutter, depth > 0)
            if parts and (best is None or sum(map(len, parts)) > sum(map(len, best[0]))):
                best = (parts, gutter)
            start = k + 1
    if best is None:
        return None
    parts, gutter = best
    blocks = []
    for part in parts:
        room = gutter if (part[0]["x0"] + part[0]["x1"]) / 2 < gutter else edge
        inner = _drawn_blocks(_lines(part), depth + 1, room) if depth + 1 < MAX_DEPTH else None
        if inner is None:
            blocks.append((part, room))
            continue
        held = {id(c) for block, _ in inner for c in block}
        top = min(c["top"] for block, _ in inner for c in block)
        above = [c for c in part if id(c) not in held and c["top"] < top]
        taken = held | {id(c) for c in above}
        blocks += [(above, room)] + inner + [([c for c in part if id(c) not in taken], room)]
    return [b for b in blocks if b[0]]


def _drawn_run(run: list[_Line], gutter: float, nested: bool = False) -> list[list] | None:
    """A run of lines no character crosses at the gutter as the blocks its sides were drawn in, in that order:
    the run's characters in the order drawn fall into stretches on one side each (a Word section flows down
    the left column, then down the right; a dashboard draws a row's tiles one by one, then the next row's),
    each stretch MIN_FLOW lines or more (the last may be fewer: the text under both columns), its lines drawn
    top to bottom, facing the stretch before it, and below the stretch before it on its own side; the
    stretches of each side spanning SIDE_HEIGHT of the run's height or more (a table's row of wrapped cells
    drawn one by one spans a part of it); and some line stands within the height of the facing stretch off its line grid, the sides' lines out of step (a
    table is drawn row by row, a key-value list's labels and values face each other line by line). None
    where the run is not such."""
    ink = sorted((c for ln in run for c in ln.chars if c["text"].strip() and "drawn" in c), key=lambda c: c["drawn"])
    parts: list[list] = []
    for c in ink:
        left = (c["x0"] + c["x1"]) / 2 < gutter
        if parts and ((parts[-1][0]["x0"] + parts[-1][0]["x1"]) / 2 < gutter) == left:
            parts[-1].append(c)
        else:
            parts.append([c])
    if len(parts) < 2:
        return None
    at = {id(c): n for n, part in enumerate(parts) for c in part}
    for ln in run:     # a space goes with the ink before it on its line and side (the first ink's, at a start)
        for left in (True, False):
            side = [c for c in ln.chars if ((c["x0"] + c["x1"]) / 2 < gutter) == left]
            n = next((at[id(c)] for c in side if id(c) in at), None)
            for c in side:
                if id(c) in at:
                    n = at[id(c)]
                elif n is not None:
                    parts[n].append(c)
    spans = [(ls[0].top, ls[-1].bottom, ls) for ls in map(_lines, parts)]
    head = int(spans[0][1] <= min(sp[0] for sp in spans[1:]))      # the text above the blocks, drawn first
    tail = int(spans[-1][0] >= max(sp[1] for sp in spans[:-1]))    # the text under them, drawn last
    body = spans[head:len(spans) - tail]
    if len(body) < 2 or any(len(sp[2]) < MIN_FLOW for sp in body):
        return None
    if head or tail:
        return _drawn_run([ln for sp in body for ln in sp[2]], gutter, nested)
    top, bottom = min(sp[0] for sp in body), max(sp[1] for sp in body)
    for left in (True, False):     # text down each side: the gutter runs the height of the blocks
        side = [sp for sp in body if (sp[2][0].chars[0]["x0"] < gutter) == left]
        if sum(b - t for t, b, _ in side) < SIDE_HEIGHT * (bottom - top):
            return None
    stepped = False
    for n in range(1, len(body)):
        (top0, bottom0, facing), (top, bottom, lines) = body[n - 1], body[n]
        if not (top0 < bottom and top < bottom0) and top < bottom0 - 1.0:
            return None    # neither facing the stretch before it nor under it (the next row's blocks)
        if n >= 2 and top < body[n - 2][1] - 1.0:
            return None    # above the stretch before it on its own side
        stepped = stepped or any(_off_step(ln, facing) for ln in lines if top0 < ln.top < bottom0)
    return parts if stepped or nested else None


def _off_step(ln: _Line, facing: list[_Line]) -> bool:
    """Whether a line stands off the line grid of the lines facing it: the nearest of them above it or the
    nearest below stands at no whole number of their pitch (the least distance between two of them) from it.
    Columns of one table (a newspaper section whose columns are a table's, 976.pdf) share one grid, lines
    missing from a column leaving it whole."""
    steps = [b.top - a.top for a, b in zip(facing, facing[1:]) if b.top - a.top > 0.5 * a.size]
    if not steps:
        return False
    pitch = min(steps)
    above = [ln.top - f.top for f in facing if f.top <= ln.top]
    below = [ln.top - f.top for f in facing if f.top > ln.top]
    return any(abs(d - pitch * round(d / pitch)) >= 0.25 * ln.size
               for d in (min(above, default=0.0), max(below, default=0.0)))


def _sides(ln: _Line, gutter: float) -> bool:
    """Whether a line has text both sides of the gutter and a clear gap of a character's width there."""
    left = [c for c in ln.chars if c["x1"] <= gutter and c["text"].strip()]
    right = [c for c in ln.chars if c["x0"] >= gutter and c["text"].strip()]
    return bool(left and right) and right[0]["x0"] - left[-1]["x1"] >= ln.size


def _running_text(run: list[_Line], gutter: float) -> bool:
    """Whether both sides of joined lines are running text, not a table's cells: two thirds of the lines
    or more hold no gap of a field's (_gaps) on either side (a borderless table's row whose cells stand at
    heights of their own, centred on a wrapped neighbour, sets its fields apart by wide gaps)."""
    plain = sum(1 for ln in run if not any(_gaps(part) for part in (
        [c for c in ln.chars if c["x1"] <= gutter and c["text"].strip()],
        [c for c in ln.chars if c["x0"] >= gutter and c["text"].strip()])))
    return 3 * plain >= 2 * len(run)


def _skewed(ln: _Line, gutter: float) -> bool:
    tops = [min(c["top"] for c in ln.chars if (c["x1"] <= gutter) == side and c["text"].strip()) for side in (True, False)]
    return abs(tops[0] - tops[1]) > FLOW_SKEW * ln.size


def _two_bands(run: list[_Line], gutter: float) -> tuple[list[_Line], list[_Line]] | None:
    """The left and right band of a run of lines none crossing the gutter, cut where the text under
    both resumes (_flow_order); None where a band has fewer than MIN_FLOW lines or they do not interleave."""
    lefts = [ln.x1 <= gutter for ln in run]
    if min(sum(lefts), len(run) - sum(lefts)) < MIN_FLOW:
        return None
    # from k on, every line on one side: the other band ended above
    alone = [False] * len(run)
    for k in range(len(run) - 1, -1, -1):
        alone[k] = k == len(run) - 1 or alone[k + 1] and lefts[k + 1] == lefts[k]
    own: dict[bool, list[_Line]] = {True: [], False: []}
    for k, ln in enumerate(run):
        mine, other = own[lefts[k]], own[not lefts[k]]
        if alone[k] and len(mine) >= 2 and other and ln.top > other[-1].bottom:
            pitch = statistics.median(b.top - a.top for a, b in zip(mine, mine[1:]))
            if ln.top - mine[-1].top > FLOW_GAP * pitch:
                break
        mine.append(ln)
    left, right = own[True], own[False]
    if min(len(left), len(right)) < MIN_FLOW or right[0].top > left[-1].bottom or left[0].top > right[-1].bottom:
        return None
    return left, right


def _page_furniture(lines: list[_Line], k: int) -> bool:
    """Whether line k is the page's number (3, - 3 -, 第3页). A bare figure is not where it stands in
    a column of lines: a line next to it starts at its left edge no further away than the page's
    usual distance between lines (a form typed with every cell its own line, 10 / 9 / 效益指标). A page
    number stands apart, centred or at a margin of its own."""
    ln = lines[k]
    if not PAGE_FURNITURE.match(ln.text.strip()):
        return False
    if not BARE_FIGURE.match(ln.text.strip()):
        return True
    steps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if b.top - a.top > 0.5 * a.size)
    if not steps:
        return True
    usual = steps[len(steps) // 2]
    return not any(abs(o.x0 - ln.x0) <= 1.0 and 0 < abs(o.top - ln.top) <= 1.25 * usual
                   for o in lines[max(0, k - 1):k + 2] if o is not ln)


def _runs_past(tables: list[_PageTable], chars: list) -> dict:
    """A cell's line printed on past its right rule: an unwrapped spreadsheet cell longer than its
    cell, drawn whole over the empty room beside it (LibreOffice draws it across the rule; the text
    layer holds it all). The characters going on from the line's last one inside the cell with no
    gap between them (a cell's text starts a padding away from the rule) are the cell's, whatever
    slot, or none, they fall in (the line kept in the table's ran_past, to be said). Returns
    id(char) -> (table, cell) for those past the rule."""
    out: dict = {}
    for t in tables:
        lines = _lines([c for c in chars if c["text"].strip() and not _shown_outside(c, t.bbox)])
        for r0, c0, _, _, (x0, top, x1, bottom) in t.cells:
            for ln in lines:
                if not (top <= (ln.top + ln.bottom) / 2 <= bottom and ln.x0 < x1 < ln.x1):
                    continue
                inside = [k for k, c in enumerate(ln.chars) if x0 <= (c["x0"] + c["x1"]) / 2 <= x1]
                k = inside[-1] if inside else len(ln.chars)
                while k + 1 < len(ln.chars) and abs(ln.chars[k + 1]["x0"] - ln.chars[k]["x1"]) <= 0.15 * ln.size:
                    k += 1
                    out[id(ln.chars[k])] = (t, (r0, c0))
                if inside and k > inside[-1]:
                    t.ran_past[(r0, c0)] = _chars_text(ln.chars[inside[0]:k + 1])
                    if own := _overprinted(t, ln, ln.chars[inside[-1] + 1:k + 1], (x0, top, x1, bottom), lines):
                        t.overprinted[(r0, c0)] = own
    return out


def _overprinted(t: _PageTable, ln: _Line, past: list, box: tuple, lines: list) -> list[str]:
    """The own texts of a cell and of the next one in its row where a line running past the cell's right rule
    goes on over that next cell while both hold lines of their own: a line of another cell printed over the
    row (a sheet's closing line taller than its row, drawn over the last row, where no clip tells it apart,
    1763.pdf's 存在问题… over 自评等级 | 优). Read, each cell's own text and the line's run together, the row's
    figures lost; the caller names the cells. Empty where the next cell holds only the line (an unwrapped
    cell's text over the empty room beside it)."""
    def own(b: tuple) -> str:
        return " ".join(text for o in lines if o is not ln and b[1] <= (o.top + o.bottom) / 2 <= b[3]
                        if (text := _chars_text([c for c in o.chars if b[0] <= (c["x0"] + c["x1"]) / 2 <= b[2]])))
    mids = [(c["x0"] + c["x1"]) / 2 for c in past]
    for *_, b in t.cells:
        if b[0] >= box[2] - SNAP and b[1] <= (ln.top + ln.bottom) / 2 <= b[3] and any(b[0] <= m <= b[2] for m in mids):
            mine, theirs = own(box), own(b)
            return [mine, theirs] if mine and theirs else []
    return []


SHOWN_OUT = 0.5   # pt: how far past a table's edge a glyph's clip must show it for it to be no text of the table


def _shown_outside(ch: dict, bbox: tuple) -> bool:
    """Whether a glyph whose middle its clip cuts off is shown outside the table (bbox): a sheet's closing
    line taller than its row, its cell below the table, drawn centred on the row so that its first line
    lies over the table's last row and clipped to its own cell (1763.pdf's 存在问题… over 自评等级 | 优,
    1658.pdf's 说明 over 总分). Where the clip shows it is where the page prints it: that line is no text
    of the row it overprints, which keeps its own cells' text."""
    at = ch.get("shown_at")
    if not at:
        return False
    x0, top, x1, bottom = bbox
    return at[0] < x0 - SHOWN_OUT or at[0] > x1 + SHOWN_OUT or at[1] < top - SHOWN_OUT or at[1] > bottom + SHOWN_OUT


def _holds(bbox: tuple, run: list) -> bool:
    x0, top, x1, bottom = bbox
    return all(x0 - SNAP <= ln.x0 and ln.x1 <= x1 + SNAP and top - SNAP <= ln.top and ln.bottom <= bottom + SNAP
               for ln in run)


ALIGN_TOL = 3.0  # points: left text edges this close are one column of a table without rules
_ALIGN_PAD = 1.0  # points: an aligned column's boundary this far left of its text edge


def _aligned_tables(page_no: int, lines: list[_Line], carried=None) -> tuple[list[_PageTable], list[_Line]]:
    """Tables that text alignment shows where no rules are (extract.aligned_table), and the lines
    left to be paragraphs."""
    from .aligned_table import Run, find_tables, split_runs

    kept, runs = [], []
    for ln in lines:
        chars = [c for c in ln.chars if c["text"].strip()]
        if not chars or _BOXED.match("".join(c["text"] for c in chars)):
            # (a line drawn in box characters, │ cell │ or ├──┼──┤: a text table's, which flat_lines reads by
            # its borders as the .txt is read; its glyphs' places are no columns)
            continue
        groups = split_runs(chars, lambda c: (c["x0"], c["x1"], c.get("size") or (c["bottom"] - c["top"])))
        kept.append(ln)
        runs.append([])
        for g in groups:
            x0, x1 = g[0]["x0"], max(c["x1"] for c in g)
            inner = [c for c in ln.chars if x0 <= c["x0"] and c["x1"] <= x1]   # with the spaces between words
            runs[-1].append(Run(x0, x1, min(c["top"] for c in g), max(c["bottom"] for c in g),
                                max(c.get("size") or (c["bottom"] - c["top"]) for c in g), inner))
    found = find_tables(runs, ALIGN_TOL, carried, glyph=lambda c: (c["x0"], c["x1"], c["text"]), lone_rest=True,
                        keep_broken=False, headings=True)
    found = [f for f in found if not _labelled_lines(f)]
    if not found:
        return [], lines
    used = {id(ln) for f in found for ln in kept[f.first:f.last + 1]}
    return [_numbers_to_names(_aligned_geometry(page_no, f)) for f in found], [ln for ln in lines if id(ln) not in used]


# A line drawn in box-drawing characters from border to border (│ a │ b │, ├──┼──┤, │ │ ├──┤ under a merged cell).
_BOXED = re.compile(r"^[│┃║├┌└┝┠┣╞╟╠╭╰].*[│┃║┤┐┘┥┨┫╡╢╣╮╯]$")


# A list item's number standing alone (1. 2、 （3）), as a hanging indent sets it apart from its text.
_BARE_ITEM = re.compile(r"^\s*(?:(\d{1,3})\s*[.．、]|[（(](\d{1,3})[)）])\s*$")


def _numbers_to_names(t: _PageTable) -> _PageTable:
    """A column holding only list numbers counting on from 1 (1. 2. 3.), each before text in the
    column right of it, is a numbered list's numbers set apart by a hanging indent, not a column of
    its own: the number joins its text (1.新建标准化茶园, as Word draws a list number before its
    name), so the number alone is never read as a name. A column with any other cell (a 序号 header)
    stays as it is."""
    text = {k: "".join(ch["text"] for ch in v).strip() for k, v in t.chars.items()}
    for k in range(len(t.xs) - 2):
        numbers = [(r, m) for r in range(len(t.ys) - 1) if (x := text.get((r, k)))
                   for m in [_BARE_ITEM.match(x)]]
        if len(numbers) < 2 or any(m is None or not text.get((r, k + 1)) for r, m in numbers):
            continue
        counted = [int(m.group(1) or m.group(2)) for _, m in numbers]
        if counted[0] != 1 or any(b not in (a + 1, 1) for a, b in zip(counted, counted[1:])) or \
                any(c <= k < c + cs - 1 or (c == k and cs > 1) for _, c, _, cs, _ in t.cells):
            continue
        chars = {}
        for (r, c), v in t.chars.items():
            at = (r, c - 1) if c > k else (r, c)
            chars[at] = chars.get(at, []) + v if c == k + 1 else v
        cells = []
        for r, c, rs, cs, bbox in t.cells:
            if c == k:
                continue
            if c == k + 1:
                bbox = (t.xs[k],) + tuple(bbox[1:])
            cells.append((r, c - 1 if c > k else c, rs, cs, bbox))
        t.xs, t.cells, t.chars = t.xs[:k + 1] + t.xs[k + 2:], sorted(cells), chars
        return _numbers_to_names(t)
    return t


# A cell that opens with its own label (年度指标值：≥40组): a line of a form's label / value pairs.
_LABELLED_CELL = re.compile(r"^[\u4e00-\u9fff]{2,12}\s*[：:]\s*\S")


def _labelled_lines(f) -> bool:
    """Lines whose every field opens with its own label (二级指标：数量指标 年度指标值：≥40组 …) that
    happen to line up are no table: each line is a row of labelled values by itself, and what falls
    between such lines (the next item's name) is no wrapped cell. They stay lines, for the readers
    of labelled values (normalize.labelled_rows)."""
    firsts = ["".join(ch["text"] for r in c.lines[0] for ch in r.items).strip() for c in f.cells if c.lines]
    return len(firsts) >= 2 and all(_LABELLED_CELL.match(x) for x in firsts if x)


def _beside_ruled(ruled: list[_PageTable], aligned: list[_PageTable]) -> list[_PageTable]:
    """The aligned tables left over once those that are the unruled side columns of a ruled grid
    have joined it. A grid ruled only around its middle columns (its horizontal rules running on
    across the rest) leaves the text beside it to the aligned finder: when that table's rows are
    the grid's rows, one to one on the same heights, and its columns lie clear of the grid's, they
    are more cells of the same rows, in x order."""
    left = []
    for a in aligned:
        t = next((t for t in ruled if _rows_beside(t, a)), None)
        if t is None:
            left.append(a)
        else:
            _join_beside(t, a)
    return left


def _rows_beside(t: _PageTable, a: _PageTable) -> bool:
    if t.aligned or t.page != a.page or len(t.ys) != len(a.ys) or \
            any(rs != 1 or cs != 1 for _, _, rs, cs, _ in a.cells):
        return False
    x0, x1 = t.xs[0] - SNAP, t.xs[-1] + SNAP
    if any(bbox[0] < x1 and bbox[2] > x0 and a.chars.get((r, c)) for r, c, _, _, bbox in a.cells):
        return False          # text inside the grid's columns: not beside it
    # Each aligned row's text lies within the grid row of the same index.
    for (r, c), chars in a.chars.items():
        cy = sum((ch["top"] + ch["bottom"]) / 2 for ch in chars) / len(chars)
        if not t.ys[r] <= cy <= t.ys[r + 1]:
            return False
    return bool(a.chars)


def _join_beside(t: _PageTable, a: _PageTable) -> None:
    """a's columns (all left or right of t's) become t's, in x order, each a cell per grid row."""
    n = len(a.xs) - 1
    lefts = [k for k in range(n) if a.xs[k] < t.xs[0]]
    rights = [k for k in range(n) if a.xs[k] > t.xs[-1]]
    where = {k: i for i, k in enumerate(lefts)}
    where |= {k: len(lefts) + len(t.xs) - 1 + i for i, k in enumerate(rights)}
    shift = len(lefts)
    cells = [(r, c + shift, rs, cs, bbox) for r, c, rs, cs, bbox in t.cells]
    chars = {(r, c + shift): v for (r, c), v in t.chars.items()}
    for r, c, _, _, bbox in a.cells:
        box = (bbox[0], t.ys[r], min(bbox[2], t.xs[0]) if c in lefts else bbox[2], t.ys[r + 1])
        cells.append((r, where[c], 1, 1, box))
        if a.chars.get((r, c)):
            chars[(r, where[c])] = a.chars[(r, c)]
    t.xs = [a.xs[k] for k in lefts] + list(t.xs) + [a.xs[k + 1] for k in rights]
    t.cells, t.chars = sorted(cells), chars
    t.bbox = (min(t.bbox[0], a.bbox[0]), t.bbox[1], max(t.bbox[2], a.bbox[2]), t.bbox[3])


def _aligned_geometry(page_no: int, f) -> _PageTable:
    """A found aligned table as a page table: each column from its left text edge (less a point)
    to where its widest text ends. That is short of the cell's unseen edge, so a cell's line that
    ends within half a character of it is taken as full (its text wrapped), not as a line break."""
    pad = _ALIGN_PAD
    xs = [s - pad for s in f.starts] + [f.rights[-1] + pad]
    bottoms = [max(r.bottom for ln in c.lines for r in ln) for c in f.cells]
    ys = list(f.row_tops) + [max(bottoms)]
    cells, chars, taken = [], {}, set()
    for c, bottom in zip(f.cells, bottoms):
        size = max(r.size for ln in c.lines for r in ln)
        bbox = (f.starts[c.col] - pad, f.row_tops[c.row], f.rights[c.col + c.colspan - 1] + pad - size / 2, bottom)
        cells.append((c.row, c.col, c.rowspan, c.colspan, bbox))
        chars[(c.row, c.col)] = [ch for ln in c.lines for r in ln for ch in r.items]
        taken |= {(r, k) for r in range(c.row, c.row + c.rowspan) for k in range(c.col, c.col + c.colspan)}
    for r in range(f.n_rows):     # every slot a cell, as a ruled table's grid has
        for k in range(len(f.starts)):
            if (r, k) not in taken:
                cells.append((r, k, 1, 1, (xs[k], ys[r], f.rights[k] + pad, ys[r + 1])))
    cells.sort()
    return _PageTable(page=page_no, bbox=f.bbox, xs=xs, ys=ys, cells=cells, chars=chars, aligned=True, typed=f.typed)


def _index(bounds: list[float], v: float) -> int:
    i = bisect.bisect_left(bounds, v - SNAP)
    return min(i, len(bounds) - 1)


def _geometry(page_no: int, t) -> _PageTable:
    _, xs, ys, cells = nested_grids.grid_of(list(t.cells), SNAP)
    edges = getattr(getattr(t, "page", None), "edges", ())
    rules = tuple(("v", e["x0"], e["top"], e["bottom"]) if e["orientation"] == "v" else ("h", e["top"], e["x0"], e["x1"])
                  for e in edges if e.get("orientation") in ("v", "h"))
    return _PageTable(page=page_no, bbox=tuple(t.bbox), xs=xs, ys=ys, cells=cells, rules=rules)


def _area(box: tuple) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _nested_apart(tables: list[_PageTable]) -> list[_PageTable]:
    """The page's ruled tables with each grid ruled inside another's cell read as a table of its own, held
    in that cell (extract/nested_grids.py): cells of a grid lying inside another of its cells are taken out
    as their own grid, and a grid lying inside another's cell is marked as held there."""
    out: list[_PageTable] = []
    todo = list(tables)
    while todo:
        t = todo.pop(0)
        parted = None if t.aligned else nested_grids.cells_apart(t.cells, SNAP)
        if parted is None:
            out.append(t)
            continue
        own, groups = parted
        bbox, xs, ys, cells = nested_grids.grid_of(own, SNAP)
        outer = _PageTable(page=t.page, bbox=tuple(t.bbox), xs=xs, ys=ys, cells=cells, held_in=t.held_in,
                           rules=t.rules)
        todo.insert(0, outer)
        for box, boxes in groups.items():
            bbox, xs, ys, cells = nested_grids.grid_of(boxes, SNAP)
            todo.append(_PageTable(page=t.page, bbox=bbox, xs=xs, ys=ys, cells=cells, held_in=(outer, box)))
    grids = [(t.bbox, t.xs, t.ys, t.cells) for t in out]
    for k, t in enumerate(out):
        # a grid of its own: rows and columns (two fills touching in a cell, a highlight's runs, are none)
        if t.held_in is None and not t.aligned and len(t.xs) > 2 and len(t.ys) > 2:
            where = nested_grids.holding_cell(t.bbox, [g if j != k else (g[0], g[1], g[2], []) for j, g in
                                                       enumerate(grids)], SNAP)
            if where is not None:
                t.held_in = (out[where[0]], where[1])
    return out


def _spacer_joined(tables: list[_PageTable]) -> list[_PageTable]:
    """Ruled tables found side by side that are one table's columns either side of an unruled spacer
    column (rule_stack.one_table_apart), joined: the white between them a column of empty cells. The
    page's tables top to bottom, left to right (its items are ordered by their tops later)."""
    out: list[_PageTable] = []
    for t in sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0])):
        a = next((a for a in out if a.bbox[2] <= t.bbox[0] and one_table_apart(a.xs, a.ys, t.xs, t.ys, SNAP)), None)
        if a is None:
            out.append(t)
            continue
        n, gap = len(a.xs), len(a.xs) - 1
        cells = a.cells + [(r, gap, 1, 1, (a.xs[-1], a.ys[r], t.xs[0], a.ys[r + 1])) for r in range(len(a.ys) - 1)]
        cells += [(r, c + n, rs, cs, box) for r, c, rs, cs, box in t.cells]
        out[out.index(a)] = _PageTable(page=a.page, bbox=(a.bbox[0], min(a.bbox[1], t.bbox[1]), t.bbox[2],
                                                         max(a.bbox[3], t.bbox[3])),
                                       xs=a.xs + t.xs, ys=a.ys, cells=sorted(cells))
    return out


def _strips_joined(tables: list[_PageTable]) -> list[_PageTable]:
    """Ruled grids that are one table's strips cut apart by unruled spacer columns (strip_tables), joined."""
    grids = [(t.bbox, t.xs, t.ys, t.cells) for t in tables]
    out = []
    for group in strip_tables.groups(grids, SNAP):
        if len(group) == 1:
            out.append(tables[group[0]])
            continue
        bbox, xs, ys, cells = strip_tables.union([grids[k] for k in group], SNAP)
        out.append(_PageTable(page=tables[group[0]].page, bbox=bbox, xs=xs, ys=ys, cells=cells))
    return out


def _slot(t: _PageTable, cx: float, cy: float):
    r = bisect.bisect_right(t.ys, cy) - 1
    c = bisect.bisect_right(t.xs, cx) - 1
    for (r0, c0, rs, cs, _) in t.cells:
        if r0 <= r < r0 + rs and c0 <= c < c0 + cs:
            return (r0, c0)
    return None


def _slot_within(t: _PageTable, cx: float, cy: float):
    """The cell of a character centred inside the table's box: the grid slot holding it (a centre on
    the box's own right or bottom rule is in the last column or row), else the one cell whose box,
    grown by SNAP, holds it (a character astride a cell's rule beside a hole in the grid); None
    when no cell or more than one does (the caller says the text was not read)."""
    slot = _slot(t, min(max(cx, t.xs[0]), t.xs[-1] - 0.01), min(max(cy, t.ys[0]), t.ys[-1] - 0.01))
    if slot is not None:
        return slot
    near = _near_cells(t, cx, cy)
    if len(near) == 1:
        return near.pop()
    return _hole_cell(t, bisect.bisect_right(t.ys, cy) - 1, bisect.bisect_right(t.xs, cx) - 1) if not near else None


def _near_cells(t: _PageTable, cx: float, cy: float) -> set:
    """The cells whose boxes, grown by SNAP, hold the point."""
    return {(r0, c0) for r0, c0, _, _, (x0, top, x1, bottom) in t.cells
            if x0 - SNAP <= cx <= x1 + SNAP and top - SNAP <= cy <= bottom + SNAP}


def _hole_cell(t: _PageTable, r: int, c: int):
    """A hole in the grid that is the shape of a cell: the slots no cell covers, reached from (r, c)
    through such slots, filling a rectangle of the grid (a cell whose rectangle the table finder
    missed, its rules drawn around it). It becomes a cell; a hole of another shape becomes the cells
    of its rows (_row_parts), or None when its rows do not part it."""
    covered = {(r0 + i, c0 + k) for r0, c0, rs, cs, _ in t.cells for i in range(rs) for k in range(cs)}
    n_rows, n_cols = len(t.ys) - 1, len(t.xs) - 1
    hole, todo = set(), [(r, c)]
    while todo:
        slot = todo.pop()
        if slot in hole or slot in covered or not (0 <= slot[0] < n_rows and 0 <= slot[1] < n_cols):
            continue
        hole.add(slot)
        todo += [(slot[0] + dr, slot[1] + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))]
    if not hole:
        return None
    r0, r1 = min(s[0] for s in hole), max(s[0] for s in hole)
    c0, c1 = min(s[1] for s in hole), max(s[1] for s in hole)
    if len(hole) == (r1 - r0 + 1) * (c1 - c0 + 1):
        t.cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1, (t.xs[c0], t.ys[r0], t.xs[c1 + 1], t.ys[r1 + 1])))
        t.cells.sort()
        return r0, c0
    parts = _row_parts(hole)
    if parts is None or any(_ruled_inside(t, p) for p in parts):
        # a rule drawn inside a row part (1874.pdf: a level-1 cell going on from the page before, with no rule
        # over it, beside the level-2 cell's: the rule between them drawn): the hole is parted by its columns
        # where no rule is drawn inside those parts
        cols = _row_parts({(c, r) for r, c in hole})
        cols = cols and [(a, b, k0, k1) for k0, k1, a, b in cols]
        if cols and not any(_ruled_inside(t, p) for p in cols):
            parts = cols
    if parts is None:
        return None
    cells = [(a, k0, b - a + 1, k1 - k0 + 1, (t.xs[k0], t.ys[a], t.xs[k1 + 1], t.ys[b + 1])) for a, b, k0, k1 in parts]
    t.cells += cells
    t.cells.sort()
    t.split.append(cells)
    return next((a, k0) for a, b, k0, k1 in parts if a <= r <= b and k0 <= c <= k1)


def _ruled_inside(t: _PageTable, part: tuple[int, int, int, int]) -> bool:
    """A rule drawn inside a part of the grid (first row, last row, first column, last column) along its
    whole height or width (SNAP allowed): a line between two of its columns or rows."""
    a, b, k0, k1 = part
    top, bottom, left, right = t.ys[a], t.ys[b + 1], t.xs[k0], t.xs[k1 + 1]
    for kind, at, start, end in t.rules:
        lines = t.xs[k0 + 1:k1 + 1] if kind == "v" else t.ys[a + 1:b + 1]
        lo, hi = (top, bottom) if kind == "v" else (left, right)
        if any(abs(at - x) <= SNAP for x in lines) and start <= lo + SNAP and end >= hi - SNAP:
            return True
    return False


def _row_parts(hole: set) -> list[tuple[int, int, int, int]] | None:
    """A hole that is no rectangle (two cells whose parting rules the finder missed, 1373.pdf: the
    项目名称 row's value cell and the 实施单位 value below it, both without a right rule, join into
    an L) split by its rows: each row's slots in the hole are one run of columns, rows with the same
    run one part (first row, last row, first column, last column). None where a row's slots are not
    one run (the hole is no stack of row cells). Whether the text keeps within the parts is asked
    when it is all placed (_unsplit_holes)."""
    runs: dict[int, tuple[int, int]] = {}
    for r in sorted({s[0] for s in hole}):
        cols = sorted(s[1] for s in hole if s[0] == r)
        if cols[-1] - cols[0] + 1 != len(cols):
            return None
        runs[r] = (cols[0], cols[-1])
    parts: list[list[int]] = []
    for r, (k0, k1) in runs.items():
        if parts and parts[-1][1] == r - 1 and (parts[-1][2], parts[-1][3]) == (k0, k1):
            parts[-1][1] = r
        else:
            parts.append([r, r, k0, k1])
    return [tuple(p) for p in parts]


def _unsplit_holes(t: _PageTable) -> None:
    """A hole split by rows (_row_parts) stays split only where every character in it keeps within
    its part's rows (SNAP allowed: a line astride two parts is one cell's text the rows cannot part)
    and no part's text stands in two of its columns apart (two cells the columns part); else the
    hole's text goes back where it stood before: a cell's padding, or no cell (said)."""
    def apart(r0: int, c0: int, cs: int) -> bool:
        """The part's text stands in two of its columns, none of it across the rule between (1369.pdf:
        绩效指标 | 产出指标, two cells' words side by side in a hole over a page's foot): two cells."""
        chars = [ch for ch in t.chars.get((r0, c0), ()) if ch["text"].strip()]
        for x in t.xs[c0 + 1:c0 + cs]:
            sides = {(ch["x0"] + ch["x1"]) / 2 < x for ch in chars}
            if len(sides) == 2 and not any(ch["x0"] < x < ch["x1"] for ch in chars):
                return True
        return False
    for cells in t.split:
        held = [(ch, bbox) for r0, c0, _, _, bbox in cells for ch in t.chars.get((r0, c0), ())]
        if all(bbox[1] - SNAP <= ch["top"] and ch["bottom"] <= bbox[3] + SNAP for ch, bbox in held) and \
                not any(apart(r0, c0, cs) for r0, c0, _, cs, _ in cells):
            continue
        t.cells = [cell for cell in t.cells if cell not in cells]
        for r0, c0, *_ in cells:
            t.chars.pop((r0, c0), None)
        for ch, _ in held:   # each where it was before the split: a cell's padding, or no cell
            near = _near_cells(t, (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2)
            if len(near) == 1:
                t.chars.setdefault(near.pop(), []).append(ch)
            else:
                t.lost.append(ch)
    t.split = []


VERTICAL_SHARE = 4   # a table is written vertically where stacked neighbours outnumber side-by-side ones this much
VERTICAL_LEAST = 8   # and at least this many characters stand on one below them


def _stacked_pairs(chars: list) -> tuple[int, int]:
    """How many characters have a next one right below them (stacked in a column, a glyph's height or
    less apart) and how many right beside them (in a line)."""
    def centre(c: dict) -> tuple[float, float]:
        return (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2

    def count(across: int) -> int:   # across 0: a next one below (same x); 1: beside (same y)
        pts = sorted((centre(c)[across], centre(c)[1 - across], c["x1"] - c["x0"], c["bottom"] - c["top"])
                     for c in chars)
        keys = [q[0] for q in pts]
        n = 0
        for same, along, w, h in pts:
            near = 0.25 * (w if across == 0 else h)
            reach = max(w, h) if across == 0 else 1.3 * w
            lo, hi = bisect.bisect_left(keys, same - near), bisect.bisect_right(keys, same + near)
            n += any(0 < pts[k][1] - along <= reach for k in range(lo, hi))
        return n
    return count(0), count(1)


def _vertical_slots(tables: list[_PageTable], chars: list) -> list:
    """The characters of a ruled table in vertical writing (most upright characters with a neighbour
    have it below, not beside: VERTICAL_SHARE, VERTICAL_LEAST) each boxed down its column where it stands:
    PDFium boxes a glyph from its baseline up by the font size, which for Chromium's vertical-rl print
    (1322.pdf) is an upright Han glyph's slot raised by a quarter em (its ascent is 0.86 of its em,
    the glyph's width), and for a figure turned a quarter clockwise (its run reads down from its origin)
    a box above the glyph, not the half em below the origin it stands in; boxed so, a cell's
    characters are placed in it and read in order. The table is marked for _stand_upright."""
    out = chars
    for t in tables:
        left, top, right, bottom = t.bbox
        inside = [c for c in out if c["text"].strip() and left <= (c["x0"] + c["x1"]) / 2 <= right
                  and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
        # upright glyphs stacked: text turned a quarter (a table rotated whole, 1298.pdf) is _turned's
        below, beside = _stacked_pairs([c for c in inside if not c.get("turn")])
        if below < VERTICAL_LEAST or below < VERTICAL_SHARE * max(beside, 1):
            continue
        t.vertical = True
        ids = {id(c) for c in inside}

        def slot(c: dict) -> dict:
            em, base = c["x1"] - c["x0"], c["bottom"]
            if c.get("turn", 0) < 0:
                return {**c, "top": base, "bottom": base + 0.55 * em}
            if c.get("turn"):
                return c
            return {**c, "top": base - 0.86 * em, "bottom": base + 0.14 * em}
        out = [slot(c) if id(c) in ids else c for c in out]
    return out


def _stand_upright(t: _PageTable) -> None:
    """A ruled table in vertical writing (1322.pdf: an html table in CSS writing-mode vertical-rl printed by
    Chromium: each cell's characters stacked top to bottom, its lines going leftwards, its rows standing as
    columns from the right; Han characters upright, figures a quarter turned) is turned to be read as
    horizontal writing: a point (x, y) of it goes to (left + y - top, top + right - x), so each column of
    characters is a line, the rightmost the first, and the table's columns from the right are its rows.
    Each character takes its advance down the column as its width (stacked figures stand closer than
    their boxes are wide). Only a table _vertical_slots marked, once its characters are placed."""
    if not t.vertical:
        return
    left, top, right, bottom = t.bbox

    def moved(ch: dict, cell: list) -> dict:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        width = ch["x1"] - ch["x0"]
        steps = [abs((o["top"] + o["bottom"]) / 2 - cy) for o in cell if o is not ch
                 and abs((o["x0"] + o["x1"]) / 2 - cx) < 0.25 * width]
        advance = min([width, *(d for d in steps if d > 0)])
        return {**{k: v for k, v in ch.items() if k not in ("turn", "shown_at")},
                "x0": left + cy - top - advance / 2, "x1": left + cy - top + advance / 2,
                "top": top + right - ch["x1"], "bottom": top + right - ch["x0"]}
    n_cols = len(t.xs) - 1
    t.chars = {(n_cols - (c0 + cs), r0): [moved(ch, t.chars.get((r0, c0), [])) for ch in t.chars.get((r0, c0), [])]
               for r0, c0, rs, cs, _ in t.cells if (r0, c0) in t.chars}
    t.cells = sorted((n_cols - (c0 + cs), r0, cs, rs, (left + b[1] - top, top + right - b[2], left + b[3] - top,
                                                       top + right - b[0]))
                     for r0, c0, rs, cs, b in t.cells)
    t.xs, t.ys = [left + y - top for y in t.ys], sorted(top + right - x for x in t.xs)
    t.bbox = (left, top, left + bottom - top, top + right - left)
    t.ran_past, t.notes, t.overprinted = {}, {}, {}


def _lost_text(t: _PageTable) -> str:
    """The text of the characters a table's box holds outside its cells, line by line."""
    return "；".join(normalize_ws(ln.text) for ln in _lines(t.lost))


def _settle_overflow(t: _PageTable) -> None:
    """A wrapped cell too tall for its row (Excel, vertically centred) draws its first or last line
    across a ruling, and that line's centre may fall in the neighbour. A line that straddles its
    cell's top or bottom rule and overprints another line of that cell is no line of that cell
    (one cell's lines never overlap): it goes back across the rule it straddles."""
    boxes = {(r0, c0): bbox for r0, c0, _, _, bbox in t.cells}
    moves = []
    for slot, chars in t.chars.items():
        lines = _lines(chars)
        _, top, _, bottom = boxes[slot]
        for ln in lines:
            cross = top if ln.top < top < ln.bottom else bottom if ln.top < bottom < ln.bottom else None
            if cross is None or not any(o is not ln and min(o.bottom, ln.bottom) - max(o.top, ln.top) > 0.1 * ln.size
                                        and not o.top < cross < o.bottom for o in lines):
                continue
            across = _slot(t, (ln.x0 + ln.x1) / 2, cross + (SNAP if cross == bottom else -SNAP))
            if across is not None and across != slot:
                moves.append((slot, across, ln.chars))
    for slot, across, chars in moves:
        ids = {id(c) for c in chars}
        t.chars[slot] = [c for c in t.chars[slot] if id(c) not in ids]
        t.chars.setdefault(across, []).extend(chars)


def _boxed_table(t: _PageTable) -> list:
    """The characters of a ruled grid's cells whose lines are an aligned table of their own (a text
    box with tab stops over a sheet's cells, 903.pdf; a list box's padded lines, 901.pdf), taken out of
    the grid: one cell holds no columns, so they go to the page's lines, where the aligned finder reads
    the rows and columns they line up in. A cell of wrapped or stacked text aligns in no columns."""
    out = []
    for slot, chars in list(t.chars.items()) if not t.aligned else ():
        lines = _lines(chars)
        if len(lines) >= 3 and _aligned_tables(t.page, lines)[0]:
            out += t.chars.pop(slot)
    return out


def _frame_of_lines(t: _PageTable) -> bool:
    """A ruled grid of one column whose rows each hold one line of text, two of them or more three
    fields set apart by wide gaps (rows typed into a one-column table, their fields apart by runs of
    spaces), frames lines, not cells: a table of one column holds nothing a column could tell apart.
    A cell of several lines (a boxed paragraph) keeps it a table, as do rows of one field each."""
    if len(t.xs) != 2 or len(t.ys) < 4 or t.aligned:
        return False
    held = [[ch for ch in chars if ch["text"].strip()] for chars in t.chars.values()]
    held = [chars for chars in held if chars]
    if len(held) < 3:
        return False
    boxes = [lines for lines in map(_lines, held) if len(lines) >= 2]
    if boxes and all(2 * sum(map(_cells_apart, lines)) >= len(lines) for lines in boxes):
        return True     # boxes of lines, most of each set apart (a label and its value pushed to the box's edges)
    for chars in held:
        low = min(ch["bottom"] for ch in chars)
        if any(ch["top"] >= low for ch in chars):   # a char wholly below another's line: a second line
            return False
    return sum(_gaps(chars) >= 2 for chars in held) >= 2


def _char_size(ch) -> float:
    """A character's font size, or its height where the PDF gives none."""
    return ch.get("size") or (ch["bottom"] - ch["top"])


def _row_chars(t: _PageTable) -> dict[int, list]:
    """A grid's characters that are no space, by the row they stand in."""
    rows: dict[int, list] = {}
    for (r, _), held in t.chars.items():
        rows.setdefault(r, []).extend(ch for ch in held if ch["text"].strip())
    return rows


def _lines_through(t: _PageTable, loose: list) -> bool:
    """A ruled grid whose rows' lines run on through its outer rules is the grounds drawn behind words in running
    lines, not a table (1499.pdf: a task list's <code> spans, each on a shaded box, the boxes of the list's lines
    lining up into a grid's rules, the names left of it and the lines' ends right of it): in most of the rows that
    hold text (three or more), a character inside right against the left or right rule has a loose character
    (outside every table) on the same line right against the rule's other side, within a character's width. A
    table's cells end at their rules; what stands beside a table stands apart from it."""
    if t.aligned or len(t.xs) < 2 or len(t.ys) < 4:
        return False
    x0, _, x1, _ = t.bbox
    size = _char_size

    def mid(ch) -> float:
        return (ch["x0"] + ch["x1"]) / 2

    outside = [ch for ch in loose if ch["text"].strip() and not x0 <= mid(ch) <= x1]
    rows = {r: held for r, held in _row_chars(t).items() if held}
    if len(rows) < 3 or not outside:
        return False

    def through(held) -> bool:
        for a in held:
            for b in outside:
                if min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) < 0.5 * size(a):
                    continue      # not on one line
                if a["x0"] - x0 < size(a) and mid(b) < x0 and x0 - b["x1"] < size(a) or \
                        x1 - a["x1"] < size(a) and mid(b) > x1 and b["x0"] - x1 < size(a):
                    return True
        return False
    return 2 * sum(1 for held in rows.values() if through(held)) > len(rows)


def _boxed_runs(tables: list[_PageTable], loose: list) -> list[_PageTable]:
    """Ruled grids each of whose rows is one line of text with the line's words going on either side of the
    grid are boxes drawn round runs of lines (Word's character borders, w:bdr, printed: 1549.pdf; the boxes of
    two lines touching make a grid of two rows), not tables: a grid's cells end at its rules, and a table does
    not stand inside lines of text. A grid counts as such boxes where every row holds characters on one line
    and is no taller than two characters, and on each row's line, right against the grid's left or right rule
    (within one and a half lines' height: a space apart), stands a loose character (outside every table) or
    another such grid's row, with a loose character on the line somewhere: a run of boxes side by side on a
    line is one line of fields. Their characters go back to the page's lines."""
    size = _char_size

    def lines_of(t: _PageTable) -> list[tuple[float, float]] | None:
        if t.aligned:
            return None
        rows = _row_chars(t)
        if t.lost or len(rows) != len(t.ys) - 1 or not all(rows.values()):
            return None
        bands = []
        for r, held in rows.items():
            top, bottom = max(ch["top"] for ch in held), min(ch["bottom"] for ch in held)
            tall = max(size(ch) for ch in held)
            if bottom - top < 0.5 * tall or t.ys[r + 1] - t.ys[r] > 2 * tall:
                return None     # characters on two lines, or a row taller than a line
            bands.append((top, bottom))
        return bands

    def on(band: tuple[float, float], top: float, bottom: float) -> bool:
        return min(band[1], bottom) - max(band[0], top) > 0.5 * (band[1] - band[0])

    bands = {id(t): b for t in tables if (b := lines_of(t)) is not None}
    words = [ch for ch in loose if ch["text"].strip()]

    def inside(t: _PageTable, band: tuple[float, float]) -> bool:
        beside = [(ch["x0"], ch["x1"], True) for ch in words if on(band, ch["top"], ch["bottom"])]
        beside += [(u.bbox[0], u.bbox[2], False) for u in tables
                   if u is not t and id(u) in bands and any(on(band, *b) for b in bands[id(u)])]
        gap = 1.5 * (band[1] - band[0])
        return any(is_word for *_, is_word in beside) and \
            any(t.bbox[0] - gap <= x1 <= t.bbox[0] + 1 or t.bbox[2] - 1 <= x0 <= t.bbox[2] + gap for x0, x1, _ in beside)
    return [t for t in tables if id(t) in bands and all(inside(t, band) for band in bands[id(t)])]


def _gaps(chars: list) -> int:
    """Gaps wider than one and a half characters' height between a line's characters: its fields'
    separations (two full-width spaces or more; words of one field stand closer)."""
    chars = sorted(chars, key=lambda ch: ch["x0"])
    height = statistics.median(ch["bottom"] - ch["top"] for ch in chars)
    return sum(1 for a, b in zip(chars, chars[1:]) if b["x0"] - a["x1"] > 1.5 * height)


def _overhangs(tables: list[_PageTable], loose: list) -> list:
    """A wrapped cell too tall for the table's first or last row (an Excel export, vertically
    centred) draws its first or last line across the table's own top or bottom rule, its centre
    outside. Such a line lying within one cell whose text goes on a line's pitch away inside (the
    rest of the wrap) is that cell's line, not a paragraph line; the loose chars left are returned."""
    taken: set[int] = set()
    for ln in _lines(loose) if tables else ():
        for t in tables:
            x0, top, x1, bottom = t.bbox
            # the rule must run into the line's box: a line set right under the last rule (its box
            # touching it by a rounding: 806's 偏差说明 line) is the page's text below the table
            d = CROSS_DEPTH * ln.size
            edge = top if ln.top < top < ln.bottom - d else bottom if ln.top + d < bottom < ln.bottom else None
            if edge is None or ln.x0 < x0 - SNAP or ln.x1 > x1 + SNAP or \
                    any(_shown_outside(ch, t.bbox) for ch in ln.chars):
                continue     # (a line its clip shows outside the table is the text of a cell beyond it)
            # the line may run across cells side by side (two merged cells' last lines, 标 | 度指标):
            # each cell's part is judged on its own
            parts: dict = {}
            for ch in ln.chars:
                if ch["text"].strip():
                    parts.setdefault(_slot(t, (ch["x0"] + ch["x1"]) / 2, edge + (SNAP if edge == top else -SNAP)),
                                     []).append(ch)
            for slot, chars in parts.items():
                box = next((b for r0, c0, _, _, b in t.cells if (r0, c0) == slot), None)
                part = _lines(chars)
                if box is None or len(part) != 1 or part[0].x0 < box[0] - SNAP or part[0].x1 > box[2] + SNAP:
                    continue
                # the wrap goes on inside: a line of the same size, next below (or above), not overprinted
                pitch = [(o.top - ln.top) if edge == top else (ln.top - o.top) for o in _lines(t.chars.get(slot, []))
                         if abs(o.size - ln.size) < 0.1 * ln.size]
                if any(0.6 * ln.size < d <= 2 * ln.size for d in pitch) and \
                        not any(abs(d) <= 0.6 * ln.size for d in pitch):
                    t.chars.setdefault(slot, []).extend(chars)
                    taken.update(id(c) for c in chars)
                    t.overhung = t.overhung or edge == bottom
            break
    return [c for c in loose if id(c) not in taken] if taken else loose


def _lines(chars: list) -> list[_Line]:
    lines: list[_Line] = []
    for ch in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        size = ch.get("size") or (ch["bottom"] - ch["top"])
        for ln in reversed(lines[-3:]):
            mid = (ch["top"] + ch["bottom"]) / 2
            if ln.top - 0.5 <= mid <= ln.bottom + 0.5 and abs(ch["top"] - ln.top) < 0.6 * ln.size:
                ln.chars.append(ch)
                ln.x0, ln.x1 = min(ln.x0, ch["x0"]), max(ln.x1, ch["x1"])
                ln.bottom = max(ln.bottom, ch["bottom"])
                break
        else:
            lines.append(_Line([ch], ch["top"], ch["bottom"], ch["x0"], ch["x1"], size))
    for ln in lines:
        ln.chars.sort(key=lambda c: c["x0"])
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


# Leader glyphs: what a tab stop with a leader draws across the room it jumps (dots, middle dots, ellipses).
_LEADERS = frozenset(LEADERS)   # the leader glyphs scan_leaders reads on OCR pages too
MIN_LEADER = 4   # glyphs in a run: fewer are a figure's point, an abbreviation or an ellipsis in text


def _without_leaders(chars: list) -> list:
    """The chars without the leaders a tab stop draws between fields (名称……≥3000亩……3150亩……10: a
    目录-like list of rows typed with dotted tab stops): a run of MIN_LEADER or more leader glyphs in a line,
    each close after the one before, with text on both sides of it, is the room between two fields, and
    read as that room (a gap), so the fields stand apart as typed rows' cells do."""
    dropped: set[int] = set()
    for ln in _lines(chars):
        cs = [c for c in ln.chars if c["text"].strip()]
        k, runs = 0, 0
        typed = []   # runs of MIN_LEADER dots or more in fewer glyphs (……: two ellipses, six dots)
        while k < len(cs):
            j = k
            while j < len(cs) and cs[j]["text"] in _LEADERS and \
                    (j == k or cs[j]["x0"] - cs[j - 1]["x1"] < (cs[j].get("size") or ln.size)):
                j += 1
            if 0 < k and j < len(cs):
                if j - k >= MIN_LEADER:
                    dropped.update(id(c) for c in cs[k:j])
                    runs += 1
                elif sum(_DOTS.get(c["text"], 1) for c in cs[k:j]) >= MIN_LEADER:
                    typed.append(cs[k:j])
            k = max(j, k + 1)
        # leader dots TYPED between fields (1396.pdf: 建设板栗标准化示范园………≥15个………16个………10……10), as
        # tab_lines.leaders_as_tabs reads a Word line's: short runs are leaders where the line's runs part it
        # into MIN_FIELDS fields or more (a sentence's 主要原因是…… keeps its ellipsis)
        if typed and runs + len(typed) + 1 >= MIN_FIELDS:
            dropped.update(id(c) for run in typed for c in run)
    return [c for c in chars if id(c) not in dropped] if dropped else chars


_DOTS = {"…": 3, "‥": 2}   # the dots a leader glyph shows


def _chars_text(chars: list) -> str:
    out = []
    prev = None
    for ch in chars:
        if prev is not None and ch["text"] != " " and prev["text"] != " ":
            gap = ch["x0"] - prev["x1"]
            if gap > 0.3 * (ch.get("size") or 10):
                out.append(" ")
        out.append(ch["text"])
        prev = ch
    return "".join(out)


def _join_wrapped(lines: list[_Line], right: float, area: float | None = None,
                  apart: tuple[float, ...] = ()) -> list[tuple[str, _Line]]:
    """Join lines that wrap into paragraphs: a line wraps when the next line's first word
    would not have fitted in the room left at its end (`right` is the text area's right edge),
    unless the two are figures (line_breaks.two_figures). `area`: a cell's text area's width (_text_area).
    apart: the tops of lines that a cell beside this one starts a figure of its own on (_figure_lines):
    a figure line there is a value of its own, not a figure's rest, however full the line above is."""
    paras: list[tuple[str, _Line]] = []
    widest = max((ln.x1 for ln in lines), default=0.0)
    gap = script_gap(lines)     # the white a word processor sets where Han meets a figure, counted in its room
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        full = _fills(lines[k - 1], ln, right, area) if k else False
        needs = _first_word_width(ln) + 0.5 + (gap if k and meets(lines[k - 1].text.rstrip()[-1:], text[:1]) else 0.0)
        beside = k and paras and any(abs(ln.top - y) < 0.5 * ln.size for y in apart) and \
            two_figures(paras[-1][0], text, False)
        if k and paras and not beside and not _cells_apart(lines[k - 1]) and not _closed_row(lines[k - 1]) and \
                not RULE_LINE.match(lines[k - 1].text.strip()) and not RULE_LINE.match(text) and \
                (right - lines[k - 1].x1 < needs and not two_figures(paras[-1][0], text, full) or
                            area is not None and full and NUMBER_GOES_ON.search(paras[-1][0] + "\n" + text) or
                            cut_at_point(paras[-1][0], text) or
                            _unit_cut(paras[-1][0], lines[k - 1], ln, right) or
                            area is None and _left_open(paras[-1][0], lines[k - 1], widest)):
            prev_text, first = paras[-1]
            # a page's line breaks a Latin word or figure only where it is longer than the line:
            # 4557.51⏎10 are two figures (a cell's narrow line may cut one: NUMBER_GOES_ON)
            words = area is None and prev_text[-1:].isascii() and prev_text[-1:].isalnum() and \
                text[:1].isascii() and text[:1].isalnum()
            paras[-1] = (_glue(prev_text, text, words or _broke_at_space(lines[k - 1])), first)
        else:
            paras.append((text, ln))
    return paras


def _left_open(prev_text: str, prev: _Line, widest: float) -> bool:
    """Running text broken inside a bracket (…大部分完成（得分值的80%⏎（含）-100%）…): a line ending with a
    bracket opened and not closed, as far right as the furthest line of its run reaches (within a
    character), goes on, whatever margin the page is taken to have: a sentence's bracket closes within
    it, and only a full line is cut short of its close."""
    return prev_text.count("（") + prev_text.count("(") > prev_text.count("）") + prev_text.count(")") and \
        widest - prev.x1 < prev.size


PUSHED_APART = 6.0   # characters' widths of white inside a line: its parts are placed apart, not running on


def _cells_apart(ln: _Line) -> bool:
    """A line of cells set apart by wide gaps (two characters or more, at least twice), as a table's
    row typed with spaces between its cells: a row, not running text, so the line after it is never
    its wrapped rest, however far it runs (the next row, or 自评等级 under 总分 100 99.28). So is a line
    whose parts stand PUSHED_APART (a label at the left and its value pushed to the right edge, as a
    flexbox row sets them: 年度指标值 … ≥42000人, 1595.pdf): it reaches the edge by its alignment, not
    by filling it. Running text leaves no such gaps."""
    chars = [c for c in ln.chars if c["text"].strip()]
    gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:])]
    sizes = [a.get("size") or ln.size for a in chars]
    return sum(1 for g, size in zip(gaps, sizes) if g >= 1.5 * size) >= 2 or \
        any(g >= PUSHED_APART * size for g, size in zip(gaps, sizes))


_BORDERS = set("|｜│┃║")


def _closed_row(ln: _Line) -> bool:
    """A text table's row closed by its borders (| a | b |: a border first and last, three or more):
    its cells end on the line, so the line after it is the next row, never its wrapped rest, though
    a monospace print's rows run the text area's width as a full line does."""
    text = ln.text.strip()
    return len(text) > 1 and text[0] in _BORDERS and text[-1] in _BORDERS and \
        sum(ch in _BORDERS for ch in text) >= 3


def _unit_cut(prev_text: str, prev: _Line, ln: _Line, right: float) -> bool:
    """A unit cut by the wrap (≥600人⏎次, 441's narrow target cell): a figure whose unit has begun and
    a line of the unit's rest (line_breaks.unit_goes_on), the line before within half a character of
    having no room for it (a renderer's right padding may be a little wider than its left). A line
    with room to spare, or a line of a name (no figure before it), stays apart."""
    return unit_goes_on(prev_text, ln.text) and right - prev.x1 < _first_word_width(ln) + 0.5 * ln.size


def _fills(ln: _Line, nxt: _Line, right: float, area: float | None) -> bool:
    """Whether a line is as full as a word broken for want of room leaves it: in a cell, the next
    line's first character would not have fitted on it however it is aligned (the right padding,
    taken to equal the left, may be a point or so off); elsewhere, it runs to the right edge."""
    if area is None:
        return _wraps(ln, right)
    first = next((c for c in nxt.chars if c["text"].strip()), None)
    return ln.x1 - ln.x0 + (first["x1"] - first["x0"] if first else 0) > area - 1.5


def _text_area(lines: list[_Line], bbox: tuple) -> float:
    """The width a cell's lines may take (line_breaks.text_area; centred within a point)."""
    return text_area([(ln.x0, ln.x1) for ln in lines], bbox[0], bbox[2], lines[0].size, 1.0)


def _first_word_width(ln: _Line) -> float:
    """Width of what a line breaker keeps together at the start of the line (line_breaks.first_run),
    up to the first space, typed or printed as a gap (_chars_text's): a figure and the figure after
    it (10 10 总分) are two words, however first_run would run their digits together."""
    chars = []
    for c in ln.chars:
        if not c["text"].strip():
            if chars:
                break
            continue
        if chars and c["x0"] - chars[-1]["x1"] > 0.3 * (c.get("size") or ln.size):
            break
        chars.append(c)
    if not chars:
        return 0.0
    texts = [c["text"] for c in chars]
    k = first_run(texts)
    # an ASCII stop holds on to the figure or Latin word after it (由;3.其他: a line breaker breaks
    # neither before the stop nor between it and the digit after it, so 由;3. went on whole)
    if texts[k] in ",.:;" and k + 1 < len(texts) and texts[k + 1].isascii() and texts[k + 1].isalnum():
        while k + 1 < len(texts) and texts[k + 1].isascii():
            k += 1
    return chars[k]["x1"] - chars[0]["x0"]


def _wraps(ln: _Line, right: float) -> bool:
    """The line is full, so its text may go on. A full CJK line leaves less than one
    character's room, or about two after punctuation (line-breaking rules push an opening
    bracket to the next line); Latin text wraps at word boundaries and leaves more."""
    last = ln.text.rstrip()[-1:]
    if not last or ord(last) < 0x2E80:
        room = 2.5
    elif last in CJK_PUNCT:
        room = 2.2
    else:
        room = 1.2
    return right - ln.x1 < room * ln.size


CJK_PUNCT = set("，。；：、！？）》」』”’")
_STOPS = set("，。；：、！？,.;:!?")   # what may hang past a margin


def _glue(a: str, b: str, spaced: bool = False) -> str:
    """Join a wrapped line: no space in CJK text, a space between two Latin words, and a space
    where the line broke at one (`spaced`: the text layer ends the line with it, _broke_at_space)."""
    latin = a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalpha()
    return a + (" " if latin or spaced else "") + b


def _broke_at_space(ln: _Line) -> bool:
    """The line's text layer ends with a space: the printer broke the line at it (LibreOffice keeps
    the space where it fits), so the wrapped rest is a word of its own (22.5 ⏎效益指标: 22.5 效益指标,
    not the figure 22.5效益指标 a row's cells run together into)."""
    return bool(ln.chars) and not ln.chars[-1]["text"].strip()


def _cell_paras(lines: list[_Line], bbox: tuple, apart: tuple[float, ...] = ()) -> list[tuple[str, _Line]]:
    """The cell's lines joined where they wrap. The text area is the cell less its padding; the right
    padding is taken to equal the left one, measured from where the lines start."""
    pad = min(max(0.0, min(ln.x0 for ln in lines) - bbox[0]), 2 * lines[0].size)
    return _join_wrapped(lines, bbox[2] - pad, _text_area(lines, bbox), apart)


def _figure_lines(t: _PageTable) -> dict[tuple[int, int], list[tuple[int, float]]]:
    """(row, rowspan) -> (column, top) of each line after the first of the cells that hold figures one
    a line, kept apart: a row holding several items one a line (≥90%⏎≥88%, 12⏎12 beside
    古村落村民满意度⏎游客满意度). Beside them, a figure line at the same height in a narrow cell is the
    next item's figure, not the rest of a figure too wide for its cell (分值 12⏎12 filling its cell,
    once read 1212)."""
    out: dict[tuple[int, int], list[tuple[int, float]]] = {}
    for r0, c0, rs, _, bbox in t.cells:
        lines = _lines(t.chars.get((r0, c0), []))
        if len(lines) < 2:
            continue
        texts = [ln.text.strip() for ln in lines]
        if len(_cell_paras(lines, bbox)) == len(lines) and \
                all(two_figures(a, b, False) for a, b in zip(texts, texts[1:])):
            out.setdefault((r0, rs), []).extend((c0, ln.top) for ln in lines[1:])
    return out


def _rulers(t: _PageTable) -> dict[tuple[int, int], tuple[float, float, int]]:
    """(row, rowspan) -> (first top, pitch, lines) of the cell of that row writing the most items one a
    line at an even pitch (three lines or more, none wrapped): the row's ruler, the places a cell beside
    it writes its lines at (_placed_lines)."""
    out: dict[tuple[int, int], tuple[float, float, int]] = {}
    for r0, c0, rs, _, bbox in t.cells:
        lines = _lines(t.chars.get((r0, c0), []))
        if len(lines) < 3 or len(_cell_paras(lines, bbox)) != len(lines):
            continue
        gaps = [b.top - a.top for a, b in zip(lines, lines[1:])]
        pitch = sum(gaps) / len(gaps)
        # lines at one height (characters of no size, each a line of its own) set no pitch to place by
        if pitch <= 0 or max(gaps) - min(gaps) > 0.1 * pitch or len(lines) <= out.get((r0, rs), (0, 0, 0))[2]:
            continue
        out[(r0, rs)] = (lines[0].top, pitch, len(lines))
    return out


def _placed_lines(chars: list, bbox: tuple, ruler: tuple[float, float, int] | None) -> str | None:
    """A cell's lines at their places in its row, where they stand apart by the room of empty lines
    between them (749: 产出指标 on the first line of its run of seven indicators, 效益指标 on the eighth:
    the empty lines a Word cell writes, which the page shows as space only): each line of text a pitch
    of the row's ruler (_rulers) high, each empty line one height of its own, found as the one that
    parts every gap into whole empty lines (the largest: the fewest lines), all within the ruler's
    lines. None where the cell's lines are not so placed."""
    lines = _lines(chars)
    if ruler is None or len(lines) < 2:
        return None
    slotted = _slotted_lines(lines, bbox, ruler)
    if slotted is not None or len(_cell_paras(lines, bbox)) != len(lines):
        return slotted
    first, pitch, n = ruler
    if abs(lines[0].top - first) > 0.5 * lines[0].size:
        return None
    rests = [b.top - a.top - pitch for a, b in zip(lines, lines[1:])]
    if min(rests) < -0.15 * pitch or max(rests) < 0.5 * pitch:
        return None
    for k in range(105, 49, -1):     # an empty line's height, from a little over a pitch down to half
        empty = pitch * k / 100
        counts = [max(0, round(x / empty)) for x in rests]
        if all(abs(x - m * empty) < 0.15 * empty for x, m in zip(rests, counts)) and \
                len(lines) + sum(counts) <= n:
            return "".join(ln.text.strip() + "\n" * (m + 1) for ln, m in zip(lines, counts + [0])).strip("\n")
    return None


def _slotted_lines(lines: list[_Line], bbox: tuple, ruler: tuple[float, float, int]) -> str | None:
    """A cell whose every line stands on a line of its row's ruler (_rulers), each on one of its own:
    the row's lines, one item each, the ruler's empty places empty lines (1030: the level words on the
    first line of their run at an exact line height, a target 2023年11月30日前 filling its cell and the
    next, ≤45万元, once read as its wrapped rest). A line after an empty place is never a wrapped rest
    (a wrap goes on at the next line); lines on neighbouring places are a paragraph wrapped where the
    wrap reader joins half of them or more (a reason written over several lines beside the names),
    and the cell is left to it. None where a line stands off the ruler, or where the places change
    nothing (no empty place, nothing joined)."""
    first, pitch, n = ruler
    places = []
    for ln in lines:
        k = round((ln.top - first) / pitch)
        if not (0 < k < n if places else k == 0) or abs(ln.top - first - k * pitch) > 0.15 * pitch or \
                places and k <= places[-1]:
            return None
        places.append(k)
    starts = {id(ln) for _, ln in _cell_paras(lines, bbox)}
    next_to = [k for k in range(1, len(lines)) if places[k] == places[k - 1] + 1]
    joined = sum(id(lines[k]) not in starts for k in next_to)
    if 2 * joined >= len(next_to) > 0 or len(next_to) == len(lines) - 1 and not joined:
        return None
    out = [""] * (places[-1] + 1)
    for k, ln in zip(places, lines):
        out[k] = ln.text.strip()
    return "\n".join(out)


def _cell_text(chars: list, bbox: tuple, apart: tuple[float, ...] = ()) -> tuple[str, bool]:
    """The cell's text, and whether its last line runs to the right edge (it may go on).
    apart: see _join_wrapped."""
    turned = _turned(chars, bbox)
    if turned is not None:   # text rotated a quarter: read in its own direction (apart is across the page's)
        chars, bbox, apart = *turned, ()
    lines = _lines(chars)
    if not lines:
        return "", False
    area = _text_area(lines, bbox)
    text = "\n".join(t for t, _ in _cell_paras(lines, bbox, apart)).strip()
    # Full at the text edge, as a paragraph is at the page's: the padding is no room to write in. Centred
    # lines show no padding (_text_area): a line is full there only where it fills the text area (健全
    # centred in a wide cell has room on both sides, whatever its gap to the left)
    return text, _wraps(lines[-1], bbox[2] - (bbox[2] - bbox[0] - area) / 2)


def _turned(chars: list, bbox: tuple) -> tuple[list, tuple] | None:
    """A cell whose text is all rotated a quarter (a sheet's cells at textRotation 90, a turned table: the
    characters' "turn", pdfium_page._chars): its characters and box in the text's own frame, where its
    lines run left to right and stack downwards, so the cell reads as upright text does; None for a cell
    of upright text. Turned counter-clockwise the text reads upwards, its lines following one another
    rightwards; turned clockwise it reads downwards, its lines leftwards."""
    shown = [c for c in chars if c["text"].strip()]
    if not shown or any(not c.get("turn") for c in shown):
        return None
    left, top, right, bottom = bbox
    if all(c["turn"] > 0 for c in shown):
        moved = [dict(c, x0=bottom - c["bottom"], x1=bottom - c["top"], top=c["x0"] - left, bottom=c["x1"] - left)
                 for c in chars]
    elif all(c["turn"] < 0 for c in shown):
        moved = [dict(c, x0=c["top"] - top, x1=c["bottom"] - top, top=right - c["x1"], bottom=right - c["x0"])
                 for c in chars]
    else:
        return None
    return moved, (0.0, 0.0, bottom - top, right - left)


@dataclass
class _Stitched:
    table: Table
    xs: list[float]              # column boundaries of the whole table
    last: _PageTable             # the part on the latest page
    wraps: dict                  # (row, col) -> the cell's last line runs to its right edge
    rooms: dict = field(default_factory=dict)   # (row, col) -> room left on the cell's last line
    free: set = field(default_factory=set)      # (row, col) of cells with room for a line under their last
    short: set = field(default_factory=set)     # (row, col) of cells whose text is a line or more short of top and foot


def _body_bottom(items: list[tuple]) -> float:
    """The lowest text or table edge in the document: where the page body ends."""
    bottoms = [0.0]
    for item in items:
        if item[0] == "lines":
            bottoms.extend(ln.bottom for ln in item[1])
        elif item[0] == "table":
            bottoms.append(item[1].bbox[3])
        elif item[0] == "text":
            bottoms.append(item[3][3])
    return max(bottoms)


def _assemble(doc: Document, path: str, items: list[tuple], body_bottom: float,
              widths: dict[int, float] | None = None) -> None:
    page_right: dict[int, float] = {}
    # Pages of one width share their text area: a page of short lines (a form typed a cell a line),
    # none reaching half-way across the text area of its width's widest page, shows no right margin of
    # its own, and its widest line is not full (widths: page -> its width). A page whose lines reach
    # further keeps its own margin (a page's own margins may differ from another's), unless it shows
    # none, one line alone of three or more reaching its widest: then the text area ends where its width's pages show
    # theirs (three lines or more ending there; a lone wide line, a table's caption, shows none), else
    # as far from the page's right edge as its text starts from its left (052, a cell a line on every
    # page: its longest name's line is no wrap, and the value under it no rest of it).
    widths = widths or {}
    shared: dict[float, float] = {}
    extent: dict[int, tuple[float, float]] = {}
    ends: dict[int, list[tuple[float, float]]] = {}     # page -> (x1, size) of its lines
    lasts: dict[int, list[tuple[float, float, str]]] = {}   # page -> (x1, size, last character) of its lines
    for item in items:
        if item[0] == "lines":
            x0, x1 = extent.get(item[2], (float("inf"), 0.0))
            extent[item[2]] = (min(x0, *(ln.x0 for ln in item[1])), max(x1, *(ln.x1 for ln in item[1]), *item[3:]))
            ends.setdefault(item[2], []).extend((ln.x1, ln.size) for ln in item[1])
            lasts.setdefault(item[2], []).extend((ln.x1, ln.size, ln.text.rstrip()[-1:]) for ln in item[1])
            if item[2] in widths:
                w = round(widths[item[2]])
                shared[w] = max(shared.get(w, 0), max(ln.x1 for ln in item[1]), *item[3:])

    def reaching(pages, x: float) -> int:
        """How many lines of these pages end within a character of x."""
        return sum(1 for p in pages for x1, size in ends.get(p, ()) if abs(x1 - x) < size)

    def margin(page: int) -> float:
        edge = shared.get(round(widths.get(page, -1)), 0)
        left, right = extent.get(page, (0.0, 0.0))
        if right - left < 0.5 * (edge - left):
            return edge
        if page not in widths or len(ends[page]) < 3 or reaching([page], right) > 1:
            return 0       # a margin shown, or too few lines to show there is none (a line and its rest)
        alike = [p for p in widths if round(widths[p]) == round(widths[page])]
        area = edge if reaching(alike, edge) >= 3 else widths[page] - left
        return area if area - right > max(size for _, size in ends[page]) else 0
    def mirrored(page: int, right: float) -> float:
        """The text area's right edge taken where the page's margins mirror each other (its width less
        its left margin) when the page's own lines say no more, within a character of its widest: a
        widest line alone (no other ending with it: no margin shown) short of the mirror by less
        than a character may be a line whose next word did not fit (066.pdf's 532.8 of a text area to
        538.5: a row's line ending 525.8 was taken for a wrap), and lines past it all ending in a
        stop hang it there (063.pdf's 。 and : to 540.8: a sentence cut 9.7 points short of the edge,
        年初任⏎务数, was taken for a line end). Lines ending together show the margin (justified
        text): the widest stays the edge, whatever the mirror."""
        if page not in widths or page not in extent:
            return right
        mirror = widths[page] - extent[page][0]
        here = lasts.get(page, [])
        at_widest = [sz for x1, sz, _ in here if abs(x1 - right) < 0.5]
        size = max(at_widest, default=0.0)
        if right < mirror < right + size and len(at_widest) == 1:
            return mirror
        past = [last for x1, _, last in here if x1 > mirror + 0.5]
        if past and right - mirror < size and all(last in _STOPS for last in past):
            return mirror
        return right
    def put_paragraph(text: str, first: _Line, page_no: int, goes_on: bool) -> bool:
        """A paragraph of the page's lines, its symbol-font bullet dropped (_unmarked), at its first line; glued to
        the last block where it goes on from the page before (`goes_on`: that paragraph ran to its margin).
        Whether it held text."""
        text = _unmarked(text)
        if not text:
            return False
        if goes_on and doc.blocks and isinstance(doc.blocks[-1], Paragraph) and doc.blocks[-1].loc.page == page_no - 1:
            doc.blocks[-1].text = _glue(doc.blocks[-1].text, text)
        else:
            doc.blocks.append(Paragraph(text=text, loc=Location(path, block=len(doc.blocks), page=page_no,
                                                               bbox=_round((first.x0, first.top, first.x1, first.bottom)))))
        return True
    open_table: _Stitched | None = None
    open_inner: _Stitched | None = None     # the last grid read nested in a cell (_nested_apart)
    placed: dict[int, _Stitched] = {}       # id of a page's table -> the table it was read into
    para_wraps = False  # the last paragraph runs to the right margin: it may go on over the page
    for item in items:
        kind = item[0]
        if kind == "lines":
            lines, page_no = item[1], item[2]
            page_right[page_no] = max(page_right.get(page_no, 0), max(ln.x1 for ln in lines), *item[3:],
                                      margin(page_no))
            right = mirrored(page_no, page_right[page_no])
            if (typed := _tab_grid_rows(lines)):
                # lines typed at a word processor's default tab stops: the runs that read as typed rows are tables
                # (tab_lines), the lines before, between and after them paragraphs
                last = 0
                for first, end, rows in typed + [(len(lines), len(lines), None)]:
                    for text, ln in (para for group, edge in _bands(lines[last:first], right)
                                     for para in _join_wrapped(group, edge)) if first > last else ():
                        if put_paragraph(text, ln, page_no, last == 0 and para_wraps):
                            para_wraps = False
                    if rows is not None:
                        _typed_table(doc, path, page_no, lines[first:end], rows)
                        para_wraps = False
                    last = end
                para_wraps = typed[-1][1] < len(lines) and _wraps(lines[-1], right) and not _cells_apart(lines[-1]) \
                    and not _laid(lines[-1])
                open_table = open_inner = None
                continue
            joined = [para for group, edge in _bands(lines, right) for para in _join_wrapped(group, edge)]
            for k, (text, first) in enumerate(joined):
                put_paragraph(text, first, page_no, k == 0 and para_wraps)
            para_wraps = _wraps(lines[-1], right) and not _cells_apart(lines[-1]) and not _laid(lines[-1])   # a row goes on no page
            open_table = open_inner = None
            continue
        para_wraps = False
        if kind == "chart":     # a chart's label lines (chart_labels), a paragraph each
            for p in item[1]:
                doc.blocks.append(Paragraph(text=p["text"], loc=Location(path, block=len(doc.blocks), page=item[2],
                                                                         bbox=_round((p["x0"], p["top"], p["x1"],
                                                                                      p["top"] + p["size"])))))
            open_table = open_inner = None
            continue
        if kind == "text":
            read_text_table(doc, path, item[1], item[2])   # a fixed-width text table; the page locates it
            open_table = open_inner = None
            continue
        t: _PageTable = item[1]
        if (holder := placed.get(id(t.held_in[0])) if t.held_in else None) is not None:
            # a grid ruled inside a cell: a table of its own, nested there, going on over the page as one
            if open_inner and _continues(open_inner, t):
                _append_rows(path, open_inner, t, body_bottom)
            else:
                open_inner = _new_table(doc, path, t)
                open_inner.table.parent = _holding_cell(holder.table, t.page, t.held_in[1])
            st = open_inner
        elif open_table and _continues(open_table, t):
            _append_rows(path, open_table, t, body_bottom)
            st = open_table
        else:
            st = open_table = _new_table(doc, path, t)
        placed[id(t)] = st
        for slot, text in t.ran_past.items():
            if own := t.overprinted.get(slot):
                doc.warnings.append(f"第{t.page}页表{st.table.index + 1}有一行文字“{text[:60]}”印在单元格“{own[0]}”与"
                                    f"“{own[1]}”之上并跨过两格，已与这两格的内容一并读入；这两格本身的内容（如自评等级、总分）"
                                    "可能未能读出，请核对原件")
                continue
            doc.warnings.append(f"第{t.page}页表{st.table.index + 1}单元格的文字超出其右边框：“{text}”，"
                                "按文字层读取全文，请核对原件")
        if t.lost:
            doc.warnings.append(f"第{t.page}页表格内有文字未归入任何单元格（表{st.table.index + 1}）："
                                f"“{_lost_text(t)}”，请核对原件")


def _holding_cell(table: Table, page: int, box: tuple) -> tuple[int, int, int]:
    """(table index, row, col) of the cell a nested grid is ruled in: the cell drawn at its box on its page;
    where the page break joined that cell's part to the row above, the table's last row."""
    at = next((c for c in table.cells if c.loc.page == page and c.loc.bbox == _round(box)), None)
    return (table.index, at.row, at.col) if at is not None else (table.index, table.n_rows - 1, 0)


TAB_TOL = 0.15    # points: a field typed after a tab starts this close to the tab stop


def _on_grid(x: float, margin: float, pitch: float) -> bool:
    return abs((x - margin) / pitch - round((x - margin) / pitch)) * pitch <= TAB_TOL


def _wide_starts(ln: _Line, margin: float) -> list[float]:
    """Where each character after a wide gap (0.8 of a character or more) starts, from the margin."""
    cs = [c for c in ln.chars if c["text"].strip()]
    return [b["x0"] - margin for a, b in zip(cs, cs[1:]) if b["x0"] - a["x1"] >= 0.8 * ln.size]


def _tab_grid(lines: list[_Line]) -> tuple[float, float] | None:
    """(left margin, pitch) of the tab stops lines were typed at: the pitch (wider than a character and a half)
    at a multiple of which from the lines' left margin most of the wide gaps (0.8 of a character or more) between
    their characters end, four of them or more and two in three (1463.pdf: a Word document's default tab grid,
    every 36 pt from the margin; the 总分 and 填表人 lines below, typed with spaces, are off it); else None. The
    pitches tried are each such start's distance from the margin, or a half, a third or a quarter of it, the
    widest of those that fit most kept."""
    margin = min(ln.x0 for ln in lines)
    wide = [w for ln in lines for w in _wide_starts(ln, margin)]
    if len(wide) < 4:
        return None
    size = max(ln.size for ln in lines)
    best = None
    for pitch in {round(w / n, 2) for w in wide for n in (1, 2, 3, 4)}:
        if pitch < 1.5 * size:
            continue
        fits = sum(1 for w in wide if _on_grid(w, 0.0, pitch))
        if best is None or (fits, pitch) > best[:2]:
            best = (fits, pitch)
    if best is None or best[0] < 4 or 3 * best[0] < 2 * len(wide):
        return None
    return margin, best[1]


def _tab_grid_rows(lines: list[_Line]) -> list[tuple[int, int, list[list[str]]]]:
    """(first, end, rows) of each run of the lines that reads as rows typed with tabs (tab_lines.typed_blocks),
    a line's fields parted where a character with any gap before it starts on a tab stop of the lines' grid
    (_tab_grid): a field may end a hair before the stop its next field starts at (20600亩 then 8／8, 2 pt apart),
    no wider apart than the words of one field (≥40 公里), so the stops, not the gaps, tell the fields."""
    from .tab_lines import typed_blocks
    if len(lines) < 3 or (grid := _tab_grid(lines)) is None:
        return []
    margin, pitch = grid
    texts = []
    for ln in lines:
        if not all(_on_grid(w, 0.0, pitch) for w in _wide_starts(ln, margin)):
            texts.append(ln.text)     # a line typed with spaces, off the grid: no fields
            continue
        cs = [c for c in ln.chars if c["text"].strip() or c["text"] == " "]
        fields, prev = [[]], None
        for c in cs:
            if c["text"].strip() and prev is not None and c["x0"] - prev["x1"] > 0.5 and \
                    _on_grid(c["x0"], margin, pitch):
                fields.append([])
            fields[-1].append(c)
            if c["text"].strip():
                prev = c
        texts.append("\t".join(_chars_text(f).strip() for f in fields))
    return typed_blocks(texts, None)


def _typed_table(doc: Document, path: str, page_no: int, lines: list[_Line], rows: list[list[str]]) -> None:
    """Rows typed at tab stops (_tab_grid_rows) as a table block, as tab_lines makes them, at the lines' box."""
    from .tab_lines import typed_table
    bbox = (min(ln.x0 for ln in lines), lines[0].top, max(ln.x1 for ln in lines), lines[-1].bottom)
    typed_table(doc, rows, lambda **kw: Location(path, page=page_no, **kw), bbox=_round(bbox))


def _bands(lines: list[_Line], right: float) -> list[tuple[list[_Line], float]]:
    """Runs of consecutive lines of one text area, each with its right edge: a column of _column_lines
    ends where its widest line does (its lines wrap there, not at the page's margin); other lines have
    the page's."""
    edges: dict[tuple, float] = {}
    for ln in lines:
        if ln.flow and len(ln.flow) > 2:    # a block of _drawn_lines: the room it was given
            edges[ln.flow] = right if ln.flow[2] is None else ln.flow[2]
        elif ln.flow:
            edges[ln.flow] = max(edges.get(ln.flow, 0.0), ln.x1)
    out: list[tuple[list[_Line], float]] = []
    for ln in lines:
        if out and out[-1][0][-1].flow == ln.flow:
            out[-1][0].append(ln)
        else:
            out.append(([ln], edges[ln.flow] if ln.flow else right))
    return out


def _round(b) -> tuple:
    return tuple(round(v, 1) for v in b)


def _col_map(xs: list[float], part_xs: list[float]) -> list[int] | None:
    """Index in the table's boundaries of each boundary of a part, or None if one is foreign."""
    out = []
    for x in part_xs:
        k = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
        if abs(xs[k] - x) > SNAP:
            return None
        out.append(k)
    return out


def _continues(st: _Stitched, t: _PageTable) -> bool:
    """A table on the next page whose column edges all belong to the open table continues it."""
    return t.page == st.last.page + 1 and _part_cols(st, t) is not None


def _part_cols(st: _Stitched, t: _PageTable) -> list[int] | None:
    """Index in the table's boundaries of each boundary of a part. An aligned table's last
    boundary is where its text ends, which a part whose last columns are empty does not reach:
    its left edges must belong to the table, its right edge goes to the next column's edge."""
    if not (t.aligned and st.last.aligned):
        return _col_map(st.xs, t.xs)
    cols = _col_map(st.xs[:-1], t.xs[:-1])
    if cols is None or t.xs[-1] > st.xs[-1] + SNAP:
        return None
    return cols + [cols[-1] + 1]


def _page_cells(path: str, t: _PageTable, block: int, t_index: int, cols: list[int]
                ) -> list[tuple[Cell, bool, tuple[float, float, float]]]:
    """Each cell of a page's part, whether its last line runs to its edge, and (the room left on its
    last line, the width of its first character, of what a line breaker keeps together at its start):
    whether a figure or a cell's text went on over the page."""
    out = []
    figure_lines = _figure_lines(t)
    rulers = _rulers(t)
    sizes = sorted(c["size"] for held in t.chars.values() for c in held if c["text"].strip())
    body = sizes[len(sizes) // 2] if sizes else 0.0
    for r0, c0, rs, cs, bbox in t.cells:
        chars = t.chars.get((r0, c0), [])
        apart = tuple(y for c, y in figure_lines.get((r0, rs), ()) if c != c0)
        text, wraps = _cell_text(chars, bbox, apart)
        text = _placed_lines(chars, bbox, rulers.get((r0, rs))) or text
        wraps = wraps and not t.typed
        col, colspan = cols[c0], cols[c0 + cs] - cols[c0]
        shown = [c for c in chars if c["text"].strip()]
        # a cell of nothing but a small number set well below the table's text: a note mark (_noted_cells)
        mark = bool(shown) and all(c["text"].isdigit() for c in shown) and max(c["size"] for c in shown) <= MARK_SIZE * body
        out.append((Cell(text=text, row=r0, col=col, rowspan=rs, colspan=colspan,
                         comment=NOTE_MARK if mark else t.notes.get((r0, c0)),
                         loc=Location(path, block=block, page=t.page, table=t_index, row=r0, col=col,
                                      bbox=_round(bbox))), wraps, _cell_room(chars, bbox)))
    return out


MARK_SIZE = 0.7     # a superscript is set at about 58% of its text (Word, LibreOffice): a note mark's size at most
NOTE_MARK = "\x00note mark"   # a cell's comment while it holds a note mark, until _noted_cells reads it
_NOTE_LINE = re.compile(r"^(\d{1,3})\s+(\S.*)$")   # the number, a space, the note


def _noted_cells(doc: Document) -> None:
    """Cells holding nothing but a note mark (a superscript 1, 2, 3 … the word processor printed for a
    footnote reference) whose notes stand on the same page as lines starting with the same number (the
    footnotes at the page's foot, 1 3150亩): the note becomes the cell's comment, the cell empty, and the
    note line no paragraph of its own, as a note typed on a cell reads (normalize.indicator_row._value_note),
    said once. A mark with no such line on its page stays the cell's text."""
    marked = [c for t in doc.tables() for c in t.cells if c.comment == NOTE_MARK]
    for c in marked:
        c.comment = None
    lines = {}
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph) and (m := _NOTE_LINE.match(b.text)):
            lines.setdefault((b.loc.page, m.group(1)), []).append((k, m.group(2).strip()))
    used, noted = set(), []
    for c in marked:
        found = lines.get((c.loc.page, c.text.strip()), [])
        if len(found) != 1 or found[0][0] in used:
            continue
        k, note = found[0]
        used.add(k)
        c.comment, c.text = note, ""
        noted.append(note)
    if noted:
        doc.blocks = [b for k, b in enumerate(doc.blocks) if k not in used]
        doc.warnings.append(f"PDF 中有{len(noted)}处单元格只有脚注标号，其内容见页下脚注（如{first_few((f'“{n[:20]}”' for n in noted), 3)}），"
                            "已按脚注读取，请核对原件")


def _free_below(chars: list, bbox: tuple) -> bool | None:
    """Whether a ruled cell has room for another line under its last one (the space below it, less
    the padding its first line shows above, is a line high); None for an empty cell. A cell centred
    vertically shows its free space as padding: no room."""
    lines = _lines(chars)
    if not lines:
        return None
    pad = max(0.0, lines[0].top - bbox[1])
    return bbox[3] - lines[-1].bottom - pad >= 1.2 * lines[-1].size


def _cell_room(chars: list, bbox: tuple) -> tuple[float, float, float]:
    """The room left on a cell's last line in its text area, the width of its first character, and
    that of its first line's first run a line breaker keeps together (_first_word_width)."""
    lines = _lines(chars)
    if not lines:
        return 0.0, 0.0, 0.0
    first = next((c for c in lines[0].chars if c["text"].strip()), None)
    return (_text_area(lines, bbox) - (lines[-1].x1 - lines[-1].x0), first["x1"] - first["x0"] if first else 0.0,
            _first_word_width(lines[0]))


def _header_rests(row: list[str], head: list[str]) -> list[str] | None:
    """What each cell of a row holds after its header cell's text (whitespace aside), when every
    cell starts with it and one holds more; None otherwise."""
    rests = []
    for got, want in zip(row, head):
        want = normalize_ws(want)
        k = 0
        for i, ch in enumerate(got):
            if k == len(want):
                rests.append(got[i:].strip())
                break
            if ch.isspace():
                continue
            if ch != want[k]:
                return None
            k += 1
        else:
            if k < len(want):
                return None
            rests.append("")
    return rests if any(rests) else None


def _new_table(doc: Document, path: str, t: _PageTable) -> _Stitched:
    block, t_index = len(doc.blocks), len(doc.tables())
    cols = list(range(len(t.xs)))
    parts = _page_cells(path, t, block, t_index, cols)
    table = Table(index=t_index, n_rows=len(t.ys) - 1, n_cols=len(t.xs) - 1, cells=[c for c, _, _ in parts],
                  loc=Location(path, block=block, page=t.page, table=t_index, bbox=_round(t.bbox)),
                  origin=ALIGNED if t.aligned else None)
    doc.blocks.append(table)
    return _Stitched(table, t.xs, t, {(c.row, c.col): w for c, w, _ in parts},
                     {(c.row, c.col): room for c, _, (room, _, _) in parts}, _free_cells(t, cols),
                     _short_cells(t, cols))


def _short_cells(t: _PageTable, cols: list[int]) -> set:
    """(row in the part, table column) of the part's ruled cells holding text shorter than the cell:
    its first line starts a line high or more under the cell's top and its last stops a line high or
    more above its foot (centred in a cell taller than it: 1242.pdf's rowspan-2 name and figures beside
    a two-line reason). Text that went on over the page fills its cell from the top to the foot first,
    so such a cell went on nowhere, whatever the other cells of its row. (Text at the top with room
    under it may be a row a browser cut at the page's foot, closed there by page_break.cut_rows: no
    evidence. A table without rules has no drawn foot.) So is text set in the middle of its cell with
    half a line or more of room above and below, its middle within a quarter line of the cell's, in a
    part a line higher than the text, beside a cell of more lines in its row (a one-line row cut by the
    page looks centred too) (1305.pdf:
    a one-line name centred in a row two lines high at the page's foot, the next page's first row read
    as its rest): a row cut by the page is centred over both its parts, not on the part's own middle."""
    if t.aligned:
        return set()
    out = set()
    n_lines = {(r0, c0): len(_lines(t.chars.get((r0, c0), []))) for r0, c0, _, _, _ in t.cells}
    for r0, c0, rs, _, bbox in t.cells:
        lines = _lines(t.chars.get((r0, c0), []))
        if not lines:
            continue
        above, below, size = lines[0].top - bbox[1], bbox[3] - lines[-1].bottom, lines[-1].size
        if above >= 1.2 * lines[0].size and below >= 1.2 * size or \
                set_in_middle(above, below, size) \
                and any(n_lines[(o0, oc)] > len(lines) for o0, oc, ors, _, _ in t.cells if o0 == r0 and ors == rs):
            out.add((r0, cols[c0]))
    return out


def _free_cells(t: _PageTable, cols: list[int]) -> set:
    """(row in the part, table column) of the part's ruled cells with room for a line under their text,
    in a row another cell of which fills to its foot: the row ends where its text does, so text that
    went on over the page would have filled that room first. (A row a browser cut at the page's foot
    has room under every cell; a table without rules no drawn cell.)"""
    if t.aligned:
        return set()
    free = {(r0, c0): _free_below(t.chars.get((r0, c0), []), bbox) for r0, c0, rs, _, bbox in t.cells}
    ends = {r0 + rs - 1 for r0, c0, rs, _, _ in t.cells}
    full = {r for r in ends if any(free[(r0, c0)] is False for r0, c0, rs, _, _ in t.cells if r0 + rs - 1 == r)}
    return {(r0, cols[c0]) for r0, c0, rs, _, _ in t.cells if free[(r0, c0)] and r0 + rs - 1 in full}


def _append_rows(path: str, st: _Stitched, t: _PageTable, body_bottom: float) -> None:
    table = st.table
    cols = _part_cols(st, t)
    parts = _page_cells(path, t, table.loc.block, table.index, cols)
    n_rows = len(t.ys) - 1
    grid = [["" for _ in range(table.n_cols)] for _ in range(n_rows)]
    for c, _, _ in parts:
        grid[c.row][c.col] = c.text
    # Drop the header rows the continuation repeats (Word's "repeat as header row"), however many: Word repeats
    # rows only from the table's first, so a form whose heads sit under its name and fund block repeats them all
    # (1784.pdf: nine rows; three were the most dropped before, the rest read as rows of the table).
    head = table.grid()
    skip = 0
    while skip < min(n_rows - 1, table.n_rows) and any(head[skip]) and \
            [normalize_ws(x) for x in grid[skip]] == [normalize_ws(x) for x in head[skip]]:
        skip += 1
    # Rows as close as lines, in a table without rules: the rest of the row the page split sits
    # under the repeated header as if its cells went on (二级指标 / 盖率). A row that is the header
    # row before it, each cell its header cell's text and in some cells more, is that header with
    # the split row's rest: the rest is the part's first row.
    if t.aligned and skip < min(3, n_rows - 1, table.n_rows) and any(head[skip]) and \
            (rests := _header_rests(grid[skip], head[skip])) is not None:
        for c, _, _ in parts:
            if c.row == skip:
                c.text = rests[c.col]
    # A row split by the page break: the previous part's last row runs on into this part's first.
    # A row split by the page fills the page to the bottom of its body, and only the cells that
    # overflowed go on: every non-empty cell of the first row sits under a cell of the last row
    # whose text runs to its right edge, or, in a row where some cell does, whose last line had no
    # room for the cell's first run of words (2.36万 | 元/艘: 元/ did not fit; a figure's own width
    # says nothing, a centred figure's room is not measured). Text going on stays in its cell's
    # columns: a cell over columns the last row keeps as cells of their own (a 小计 over the level-2,
    # name and value columns) starts a row of its own. A ruled cell with room for a line under its text
    # went on nowhere: a line breaker fills a cell before it goes over the page (100% one line in a row two
    # lines high, 健全 under the repeated header: the next row, not its rest). A cell opening with an
    # item's number (G2.…) starts a paragraph: not the rest of the line above, whatever room it left.
    last_row = table.n_rows - 1
    first = [(c, lead) for c, _, (_, _, lead) in parts if c.row == skip and c.text]
    fills_page = st.last.bbox[3] >= body_bottom - 3 * _LINE

    def went_on(c: Cell, lead: float) -> bool:
        host = table.cell_at(last_row, c.col)
        if host is None or host.row + host.rowspan - 1 != last_row or (host.row, host.col) in st.free or \
                (host.row, host.col) in st.short or \
                any(table.cell_at(last_row, k) is not host for k in range(c.col, c.col + c.colspan)):
            return False
        if opens_item(c.text):
            return False    # an item's number opens a paragraph (G1.患者满意度 | G2.…): not the line's rest
        room = st.rooms.get((host.row, host.col))
        return bool(st.wraps.get((host.row, host.col))) or c.col == host.col and bool(host.text) and \
            room is not None and room < lead + 0.5 and not c.text.lstrip()[:1].isdigit()
    # A last row one of whose cells drew its text across the bottom rule was laid out whole (a
    # merged cell centred over rows on both pages): no text of it went on over the page.
    # A table whose one row so far is words alone (a header at the page's foot) and whose next part
    # opens with figures in several columns: the header stood whole, its body begins over the page
    # (a header's text going on carries words, not a figure in column after column).
    header_alone = table.n_rows == 1 and not any(re.search(r"\d", c.text) for c in table.cells) and \
        sum(bool(re.search(r"\d", c.text)) for c, _ in first) >= 2
    split = fills_page and not st.last.overhung and bool(first) and skip < n_rows and not header_alone and \
        all(went_on(c, lead) for c, lead in first) and \
        any(st.wraps.get((h.row, h.col)) for c, _ in first if (h := table.cell_at(last_row, c.col)) is not None)
    offset = table.n_rows - skip - (1 if split else 0)
    wraps, rooms = {}, {}
    for cell, w, (room, first_w, _) in parts:
        if cell.row < skip:
            continue
        if split and cell.row == skip:
            host = table.cell_at(last_row, cell.col)
            if host is not None and cell.text:
                # a figure goes on over the page only where its next character had no room (5.9 | 2)
                full = st.rooms.get((host.row, host.col), 0.0) < first_w + 0.5
                host.text = (_glue(host.text, cell.text) if st.wraps.get((host.row, host.col))
                             and not two_figures(host.text, cell.text, full)
                             else (host.text + "\n" + cell.text).strip())
            wraps[(last_row, cell.col)], rooms[(last_row, cell.col)] = w, room
            continue
        cell.row += offset
        cell.loc = Location(**{**cell.loc.__dict__, "row": cell.row})
        table.cells.append(cell)
        wraps[(cell.row, cell.col)], rooms[(cell.row, cell.col)] = w, room
    table.n_rows = offset + n_rows
    if not split:
        merged_over_break(table, last_row, wraps)
        merged_on_over_break(table, last_row)
    free = {(last_row if split and r == skip else r + offset, c) for r, c in _free_cells(t, cols) if r >= skip}
    short = {(last_row if split and r == skip else r + offset, c) for r, c in _short_cells(t, cols) if r >= skip}
    st.last, st.wraps, st.rooms, st.free, st.short = t, wraps, rooms, free, short
