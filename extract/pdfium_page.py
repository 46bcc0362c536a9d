"""A PDF page's characters and ruling lines read with PDFium (pypdfium2), in pdfplumber's terms.

pdfminer's content-stream parser, in Python, is most of the time a PDF takes. PDFium parses in C:
this module asks it for each character (text, loose box, font size) and each path segment, turns
the axis-parallel segments into pdfplumber edges and lets pdfplumber's own table finder
(TableFinder: merge, intersections, cells) build the tables from them. extract/pdf_reader.py
then assigns characters to cells exactly as it does for pdfplumber pages.

A page PDFium cannot read, or whose text it gives with unmapped characters, is read again with
pdfplumber (see pdf_reader.read_pdf).
"""
from __future__ import annotations

import ctypes

from .page_break import cut_rows
from .rule_stack import extend_down


class Unreadable(Exception):
    """PDFium's reading of this page is not to be trusted: read it with pdfplumber."""


class _Page:
    """What pdfplumber's TableFinder needs of a page: its edges and its box."""

    def __init__(self, edges: list, width: float, height: float):
        self.edges = edges
        self.bbox = (0, 0, width, height)


def read_page(page, hidden: frozenset[str] = frozenset()) -> tuple[list[dict], list]:
    """(characters as pdfplumber char dicts, pdfplumber Table objects) of a pypdfium2 page. hidden: the
    names of the document's optional content groups (layers) a viewer shows off (hidden_layers)."""
    import pypdfium2.raw as raw
    from pdfplumber.table import TableFinder

    width, height = page.get_size()
    view = _view(page.get_rotation(), width, height)
    chars = _chars(page, raw, view, hidden)
    edges = _edges(page, raw, view)
    edges += extend_down(edges, chars)
    edges += cut_rows(edges, chars)
    finder = TableFinder(_Page(edges, width, height))
    return chars, finder.tables


def pictures(page) -> list[dict]:
    """The page's image objects as pdfplumber gives page.images (x0, top, x1, bottom as shown), read
    from PDFium's object list: asking pdfplumber would make pdfminer lay out the whole page again."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    view = _view(page.get_rotation(), width, height)
    out = []
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)):
        x0, x1, top, bottom = _shown_box(view, *obj.get_bounds())   # (left, bottom, right, top)
        out.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom})
    return out


def _view(rotation: int, width: float, height: float):
    """PDF user space (y up) to the page as shown (y down), after the page's /Rotate: PDFium gives
    the shown size but characters and paths in the stored space, so a landscape page stored
    portrait with /Rotate 90 would read sideways. width, height: the shown size."""
    if rotation == 90:
        return lambda x, y: (y, x)
    if rotation == 180:
        return lambda x, y: (width - x, y)
    if rotation == 270:
        return lambda x, y: (width - y, height - x)
    return lambda x, y: (x, height - y)


def _shown_box(view, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
    """A stored box as shown: (x0, x1, top, bottom)."""
    (ax, ay), (bx, by) = view(left, bottom), view(right, top)
    return min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)


def _chars(page, raw, view, hidden: frozenset[str] = frozenset()) -> list[dict]:
    tp = page.get_textpage()
    try:
        n = raw.FPDFText_CountChars(tp)
        ox, oy = ctypes.c_double(), ctypes.c_double()
        rect = raw.FS_RECTF()
        out = []
        shown: dict[int, bool] = {}
        unseen: dict[int, bool] = {}
        for i in range(n):
            if raw.FPDFText_IsGenerated(tp, i) == 1:
                continue     # spaces and line ends PDFium infers; pdfminer gives only what is drawn
            if hidden and not _shown(raw, raw.FPDFText_GetTextObject(tp, i), hidden, shown):
                continue
            code = raw.FPDFText_GetUnicode(tp, i)
            if code in (0, 0xFFFD):
                raise Unreadable("PDFium 未能映射的字符")
            if 0xD800 <= code <= 0xDBFF:      # a character outside the BMP: its two halves
                low = raw.FPDFText_GetUnicode(tp, i + 1)
                text = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
            elif 0xDC00 <= code <= 0xDFFF:
                continue
            else:
                text = chr(code)
            if text in "\r\n":
                continue
            if not raw.FPDFText_GetLooseCharBox(tp, i, rect):
                raise Unreadable("PDFium 未给出字符位置")
            size = raw.FPDFText_GetFontSize(tp, i)
            # Across: the loose box, which follows the advance as pdfminer's does. Up and down: a
            # glyph's own box ("。" sits low) would split lines; pdfminer boxes every character of a
            # line alike, from the baseline up by the font size, and so does this.
            raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
            base = view(ox.value, oy.value)[1]
            x0, x1, _, _ = _shown_box(view, rect.left, rect.bottom, rect.right, rect.top)
            n_chars = _spaces(raw, tp, i, x0, x1, view) if text == " " else 1
            # PDFium's own word that the font gave no character for the code, which it passed on as
            # one (pdf_reader._glyph_codes); the key only where so, other chars as pdfplumber's
            unmapped = {"unmapped": True} if raw.FPDFText_HasUnicodeMapError(tp, i) == 1 else {}
            # text drawn invisible (3 Tr: a scanner's OCR layer over its page image, pdf_reader._ocr_layer)
            if _invisible(raw, raw.FPDFText_GetTextObject(tp, i), unseen):
                unmapped["invisible"] = True
            for k in range(n_chars):
                out.append({"text": text, "x0": x0 + k * (x1 - x0), "x1": x1 + k * (x1 - x0), "top": base - size,
                            "bottom": base, "size": size, "object_type": "char", **unmapped})
        return out
    finally:
        tp.close()


def hidden_layers(catalog: dict) -> frozenset[str]:
    """The names of the optional content groups (layers) the document's default configuration shows
    off: /OCProperties /D /OFF, or every group but /ON where /BaseState is /OFF. catalog: pdfminer's."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    props = resolve1(catalog.get("OCProperties"))
    if not isinstance(props, dict):
        return frozenset()
    config = resolve1(props.get("D")) or {}

    def names(key, source):
        out = set()
        for g in resolve1(source.get(key)) or []:
            name = (resolve1(g) or {}).get("Name") if isinstance(resolve1(g), dict) else None
            if isinstance(name, bytes):
                out.add(decode_text(name))
        return out

    base = resolve1(config.get("BaseState"))
    off = names("OCGs", props) - names("ON", config) if getattr(base, "name", None) == "OFF" else names("OFF", config)
    return frozenset(off)


def _shown(raw, obj, hidden: frozenset[str], seen: dict) -> bool:
    """Whether a text object is drawn: not marked as content of a layer that is off (BDC /OC)."""
    if not obj:
        return True
    key = ctypes.cast(obj, ctypes.c_void_p).value
    if key not in seen:
        seen[key] = not any(_layer(raw, raw.FPDFPageObj_GetMark(obj, k)) in hidden
                            for k in range(raw.FPDFPageObj_CountMarks(obj)))
    return seen[key]


def _invisible(raw, obj, seen: dict) -> bool:
    """Whether a text object is drawn with an invisible render mode (3: neither filled nor stroked; 7:
    a clip only)."""
    if not obj:
        return False
    key = ctypes.cast(obj, ctypes.c_void_p).value
    if key not in seen:
        seen[key] = raw.FPDFTextObj_GetTextRenderMode(obj) in (3, 7)
    return seen[key]


def _layer(raw, mark) -> str | None:
    """The optional content group's /Name of an /OC mark, else None."""
    buf = (ctypes.c_ushort * 256)()
    length = ctypes.c_ulong()
    if not mark or not raw.FPDFPageObjMark_GetName(mark, buf, ctypes.sizeof(buf), ctypes.byref(length)):
        return None
    if ctypes.string_at(buf, length.value).decode("utf-16-le").rstrip("\x00") != "OC":
        return None
    # The name's bytes as written (a UTF-16 name with its byte order mark), decoded as a PDF text
    # string: PDFium's string value drops what is no UTF-8.
    blob = (ctypes.c_ubyte * 512)()
    if not raw.FPDFPageObjMark_GetParamBlobValue(mark, b"Name", blob, ctypes.sizeof(blob), ctypes.byref(length)):
        return None
    from pdfminer.utils import decode_text
    return decode_text(bytes(blob[:min(length.value, len(blob))]))


def _spaces(raw, tp, i: int, x0: float, x1: float, view) -> int:
    """How many spaces a drawn space stands for. PDFium gives a run of spaces as one character;
    pdfminer gives each, and the run's width tells a full line (one to wrap) from a short one.
    A text object that holds only spaces spans them all: its width in spaces."""
    width = x1 - x0
    if width <= 0.1:
        return 1
    obj = raw.FPDFText_GetTextObject(tp, i)
    if not obj:
        return 1
    size = raw.FPDFTextObj_GetText(obj, tp, None, 0)
    buf = ctypes.create_string_buffer(size)
    raw.FPDFTextObj_GetText(obj, tp, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
    if buf.raw.decode("utf-16-le", "replace").rstrip("\x00").strip():
        return 1
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return 1
    return max(1, round((_shown_box(view, left.value, bottom.value, right.value, top.value)[1] - x0) / width))


def _edges(page, raw, view) -> list[dict]:
    """Every axis-parallel segment of every path, as a pdfplumber line edge (top-down coordinates)."""
    from pdfplumber.utils import line_to_edge

    edges = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for h, (a, b, c, d, e, f) in _paths(page, raw):
        n = raw.FPDFPath_CountSegments(h)
        points, start = [], None
        for k in range(n):
            seg = raw.FPDFPath_GetPathSegment(h, k)
            if not raw.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            px, py = view(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = (px, py)
                points = [(px, py)]
            else:
                if points:
                    _add(edges, points[-1], (px, py), line_to_edge)
                points.append((px, py))
            if raw.FPDFPathSegment_GetClose(seg) and start is not None and points:
                _add(edges, points[-1], start, line_to_edge)
    return edges


def _paths(page, raw, depth: int = 15):
    """Every path object of the page with its matrix to page space. A path inside a Form XObject has
    its matrix in the form's space: the form object's matrix (its /Matrix and the CTM it was drawn
    with) takes it to the page, as for a page printed again shrunk inside one form (710.pdf)."""
    matrix = raw.FS_MATRIX()

    def own(h):
        if not raw.FPDFPageObj_GetMatrix(h, matrix):
            return None
        return matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f

    def walk(objects, outer, level):
        for h in objects:
            kind = raw.FPDFPageObj_GetType(h)
            if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM) or (m := own(h)) is None:
                continue
            m = _then(m, outer)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                yield h, m
            elif level < depth:
                yield from walk([raw.FPDFFormObj_GetObject(h, k) for k in range(raw.FPDFFormObj_CountObjects(h))],
                                m, level + 1)

    top = [raw.FPDFPage_GetObject(page.raw, k) for k in range(raw.FPDFPage_CountObjects(page.raw))]
    yield from walk(top, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0)


def _then(m: tuple, n: tuple) -> tuple:
    """The matrix applying m, then n (PDF's row-vector convention: m x n)."""
    a1, b1, c1, d1, e1, f1 = m
    a2, b2, c2, d2, e2, f2 = n
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _add(edges: list, p: tuple, q: tuple, line_to_edge) -> None:
    """p, q: the segment's ends as shown (y down)."""
    (x0, y0), (x1, y1) = p, q
    if abs(x0 - x1) > 0.01 and abs(y0 - y1) > 0.01:
        return   # not a ruling line
    left, right = min(x0, x1), max(x0, x1)
    top, bottom = min(y0, y1), max(y0, y1)
    edges.append(level(line_to_edge({"object_type": "line", "x0": left, "x1": right, "top": top, "bottom": bottom,
                                     "width": right - left, "height": bottom - top})))


def level(edge: dict) -> dict:
    """A rule drawn through a turned matrix (a page stored turned, shown with /Rotate) lies off
    level by float noise (1e-13), and pdfplumber's table finder calls an edge horizontal only
    when its top equals its bottom: a long edge under the tolerance high is laid level."""
    top, bottom = edge["top"], edge["bottom"]
    if top == bottom or bottom - top > 0.01 or edge["x1"] - edge["x0"] <= 0.01:
        return edge
    mid = (top + bottom) / 2
    return {**edge, "top": mid, "bottom": mid, "height": 0, "orientation": "h"}
