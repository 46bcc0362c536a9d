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

import bisect
import ctypes
import math

from .box_index import BoxIndex, overlaps
from .dotted_rules import dotted_edges
from .page_break import cut_rows
from .rule_stack import extend_down


# PDFium gives a hyphen drawn at the end of a line whose word goes on in the next line (a wrapped cell:
# 一级指标-二级指标- / 三级指标, 2023- / 12-31) not as its character but as this control code, and says so
# (FPDFText_IsHyphen); read as it is, it was a character no font gave and the page was said to have lost one.
HYPHEN_MARK = 0x02


class Unreadable(Exception):
    """PDFium's reading of this page is not to be trusted: read it with pdfplumber."""


class _Page:
    """What pdfplumber's TableFinder needs of a page: its edges and its box."""

    def __init__(self, edges: list, width: float, height: float):
        self.edges = edges
        self.bbox = (0, 0, width, height)


def read_page(page, hidden: frozenset[str] = frozenset(), unseen: list | None = None) -> tuple[list[dict], list]:
    """(characters as pdfplumber char dicts, pdfplumber Table objects) of a pypdfium2 page. hidden: the
    names of the document's optional content groups (layers) a viewer shows off (hidden_layers).
    unseen: given, the text drawn where the page does not show it (_Unseen) is appended to it as
    (why, text) per text object, for the reader to say; CROWDED where the page has too many fills to tell."""
    import pypdfium2.raw as raw

    rotation = read_rotation(page)
    width, height, view = page_view(page, rotation)
    chars = blanks_under_print(once(_chars(page, raw, view, hidden, unseen if unseen is not None else [],
                                           upright=rotation == 0,
                                           read_at=rotation if rotation != page.get_rotation() else None)))
    drawn = _drawn(page, raw, view)
    notes = note_boxes(drawn, chars)
    edges = _edges(drawn, notes) + dotted_edges(drawn)
    edges += extend_down(edges, chars)
    edges += cut_rows(edges, chars)
    tables = ruled_tables(edges, width, height)
    chars, across = laid_out_across(chars, [t.bbox for t in tables], max((e["bottom"] for e in edges), default=0.0))
    if unseen is not None:
        unseen.extend((CROSSWISE, text) for text in across)
    return chars, tables


SAME_PLACE = 0.5   # pt: a character drawn again this near where it was drawn is the same character


def once(chars: list[dict]) -> list[dict]:
    """The characters with each one drawn twice at the same place (the same text, size and origin within
    SAME_PLACE) taken once: a web page's fixed column printed over its own grid (Element UI's el-table__fixed,
    1420.pdf: 一一级级指指标标 for 一级指标), a heading overprinted to look bold."""
    seen: dict[tuple, list[dict]] = {}     # (text, size, x and top to the point): the characters kept there
    out = []
    for c in chars:
        key = (c["text"], round(c.get("size", 0.0)))
        x, y = int(c["x0"]), int(c["top"])
        if c["text"].strip() and any(abs(c["x0"] - o["x0"]) <= SAME_PLACE and abs(c["top"] - o["top"]) <= SAME_PLACE
                                     for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                                     for o in seen.get((*key, x + dx, y + dy), ())):
            continue
        seen.setdefault((*key, x, y), []).append(c)
        out.append(c)
    return out


def blanks_under_print(chars: list[dict]) -> list[dict]:
    """The characters less the spaces drawn OVER printed ones: a space glyph whose box lies at least half
    within the boxes of visible characters on its line is no gap between words but a stroke drawn across
    them (a word processor's underlined blank, filled in and exported: a run of spaces laid over the value
    to carry its underline, 1976.pdf '≥    6  0   0   0  亩' for ≥6000亩). A space beside the print, where
    a gap is, is kept."""
    lines: dict[int, list[tuple[float, float]]] = {}
    for c in chars:
        if c["text"].strip():
            lines.setdefault(round(c["top"]), []).append((c["x0"], c["x1"]))
    if not lines:
        return chars
    for boxes in lines.values():
        boxes.sort()

    def covered(c: dict) -> bool:
        width = c["x1"] - c["x0"]
        if width <= 0:
            return False
        size = c.get("size") or (c["bottom"] - c["top"])
        over = 0.0
        for dy in (-1, 0, 1):
            boxes = lines.get(round(c["top"]) + dy, ())
            if not boxes:
                continue
            k = bisect.bisect_left(boxes, (c["x0"] - 2 * size, 0.0))
            while k < len(boxes) and boxes[k][0] < c["x1"]:
                over += max(0.0, min(c["x1"], boxes[k][1]) - max(c["x0"], boxes[k][0]))
                k += 1
        return over >= width / 2

    return [c for c in chars if c["text"] != " " or not covered(c)]


SNAP = 3   # pt: rules this near are one line drawn twice (pdfplumber's own snap tolerance)
MAX_CHAIN = 40   # rules chained closer than SNAP past this are a hatch or a pattern, no table's: snapped whole


def ruled_tables(edges: list, width: float, height: float) -> list:
    """pdfplumber's tables of a page's edges, the rules snapped by `snapped`, not by pdfplumber's own snap."""
    from pdfplumber.table import TableFinder
    return TableFinder(_Page(snapped(edges), width, height), {"snap_tolerance": 0}).tables


def snapped(edges: list, tol: float = SNAP) -> list:
    """Rules within tol of each other (chained, page-wide) moved to their mean, as pdfplumber snaps them
    (a double rule, a stroke's two sides, two tables' columns), except that the longest rule of a chain
    is never moved farther than tol: where the mean would, the chain is parted at its widest gap.
    pdfplumber moved a grid's right border (470.5) 3.8 pt, to the mean of the boxes of notes printed 3
    and 5 pt beside it (902.pdf, 474.3), off the ends of the rows of the project head above the grid and
    of the grid's own total row, whose cells were lost (said only as text in no cell)."""
    from pdfplumber.utils import move_object
    out = []
    for orientation, attr, start, end, axis in (("v", "x0", "top", "bottom", "h"), ("h", "top", "x0", "x1", "v")):
        # a dot's side (a dotted border drawn as tiny squares: 979.pdf) is no rule: it neither chains rules
        # nor moves them (a row of dots 0.75 pt apart chained every column rule of the table into one)
        out += [e for e in edges if e["orientation"] == orientation and e[end] - e[start] <= tol]
        group = sorted((e for e in edges if e["orientation"] == orientation and e[end] - e[start] > tol),
                       key=lambda e: e[attr])
        chains, chain = [], group[:1]
        for a, b in zip(group, group[1:]):
            if b[attr] - a[attr] > tol:
                chains.append(chain)
                chain = []
            chain.append(b)
        chains.append(chain)
        while chains:
            chain = chains.pop()
            if not chain:
                continue
            m = sum(e[attr] for e in chain) / len(chain)
            # parting a long chain a rule at a time is quadratic (a page of hatching): it is snapped whole
            if len(chain) <= MAX_CHAIN and abs(max(chain, key=lambda e: e[end] - e[start])[attr] - m) > tol:
                k = max(range(len(chain) - 1), key=lambda i: chain[i + 1][attr] - chain[i][attr])
                chains += [chain[:k + 1], chain[k + 1:]]
                continue
            out += [move_object(e, axis, m - e[attr]) for e in chain]
    return out + [e for e in edges if e["orientation"] not in ("v", "h")]


def pictures(page) -> list[dict]:
    """The page's image objects as pdfplumber gives page.images (x0, top, x1, bottom as shown), read
    from PDFium's object list: asking pdfplumber would make pdfminer lay out the whole page again."""
    import pypdfium2.raw as raw

    width, height, view = page_view(page)
    out = []
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)):
        x0, x1, top, bottom = _shown_box(view, *obj.get_bounds())   # (left, bottom, right, top)
        out.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom})
    return out


# A full-width form (０-９ ． ，) is an em wide as typed; drawn by a glyph much narrower, it is the
# ASCII character the font draws, mapped to the full-width code point by a producer that names a CJK
# font's glyphs (968.pdf: 1,350.00 drawn, １，３５０．００ in its /ToUnicode). The em is the font size
# as the character's matrix scales it (a page printed two to a sheet at 75%). A wide glyph (％ drawn
# as a % of 0.95 em) is not told from a full-width one by its width alone: it is where it is drawn
# short of the em by a font that draws another full-width form narrow (its full-width codes are its
# ASCII glyphs); a full-width form a whole em wide, typed (194.pdf's ％ in a CJK font), stays as written.
DRAWN_SMALL = 0.4   # a character's matrix scaling its font under this draws a large font small (pdf2htmlEX's 4x)
HALF_WIDTH = 0.9   # of the em
FULL_EM = 0.995    # widths are written in thousandths of the em: a glyph under this is short of it

TURNED_SHARE = 0.9   # of a page's text objects drawn turned alike: the page is read turned so


def page_view(page, rotation: int | None = None) -> tuple[float, float, object]:
    """(width, height, view) of the page as it is read (at `rotation`, else read_rotation): the shown
    size swaps with a quarter turn from its /Rotate."""
    width, height = page.get_size()
    rotation = read_rotation(page) if rotation is None else rotation
    if (rotation - page.get_rotation()) % 180:
        width, height = height, width
    return width, height, _view(rotation, width, height)


def read_rotation(page) -> int:
    """The rotation the page is read at: its /Rotate, or, where nearly all its text is drawn turned
    the same other way (a driver that turns a landscape page onto portrait paper in its content, 0 1
    -1 0 cm, and sets no /Rotate: 967.pdf), the turn its text is drawn at, as a /Rotate would show it
    upright."""
    import pypdfium2.raw as raw

    rotation = page.get_rotation()
    turns: dict[int, int] = {}
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=1):
        m = obj.get_matrix()
        turn = round(math.degrees(math.atan2(m.b, m.a)) / 90) % 4 * 90
        turns[turn] = turns.get(turn, 0) + 1
    if turns:
        turn, n = max(turns.items(), key=lambda t: t[1])
        if turn != rotation and n >= TURNED_SHARE * sum(turns.values()):
            return turn
    return rotation


CROSSWISE = "crosswise"   # unseen's mark for a text drawn across the turn its page is read at (laid_out_across)


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


def laid_out_across(chars: list[dict], boxes: list[tuple] = (), drawn_bottom: float = 0.0
                    ) -> tuple[list[dict], list[str]]:
    """A page read turned by its text whose other texts are drawn at another turn (_chars marks their
    characters "across": a heading or a 总分 line left upright over a table printed sideways, 1318.pdf): read at
    the page's turn their characters stand in columns and lines across them interleave character by character.
    Each run of them outside the page's tables (boxes: a cell's text at another turn stays in its cell) is read in its own
    direction: laid out as a line of its own under the page's other text and drawing (drawn_bottom: the lowest
    rule, so that no line falls in a table's cell), one run a line, in the order drawn (where it stood among the
    page's lines is not known: the reader says so). Their characters are marked "laid": each such line is a
    paragraph of its own (pdf_reader._read_page, _assemble). Returns the characters and the lines' texts, for
    the reader to say."""
    if not any(c.get("across") for c in chars):
        return chars, []

    def inside(c) -> bool:     # a table's cell text at another turn (a turned header) stays its cell's
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    chars = [{k: v for k, v in c.items() if k != "across"} if c.get("across") and inside(c) else c for c in chars]
    kept = [c for c in chars if not c.get("across")]
    runs: list[list[dict]] = []
    last = False
    for c in chars:
        if c.get("across"):
            # read at the page's turn a line of the other turn stands as a column: a column elsewhere is another line
            if not last or abs(c["x0"] - runs[-1][-1]["x0"]) > runs[-1][-1]["size"] / 2:
                runs.append([])
            runs[-1].append(c)
        last = bool(c.get("across"))
    left = min((c["x0"] for c in kept), default=0.0)
    y = max([c["bottom"] for c in kept] + [drawn_bottom])
    for run in runs:
        size = max(c["size"] for c in run)
        y += 3 * size     # a blank line between: each run its own paragraph
        x = left
        for c in run:
            step = size if not c["text"].isascii() else size / 2
            kept.append({**{k: v for k, v in c.items() if k not in ("across", "shown_at", "turn")},
                         "x0": x, "x1": x + step, "top": y - size, "bottom": y, "size": size, "laid": True})
            x += step
    return kept, [" ".join("".join(c["text"] for c in run).split()) for run in runs]


def _chars(page, raw, view, hidden: frozenset[str] = frozenset(), unseen: list | None = None,
           upright: bool = True, read_at: int | None = None) -> list[dict]:
    """read_at: the turn a page is read at by its text (read_rotation) where no /Rotate says so: a character
    of a text object drawn at another turn is marked "across" (laid_out_across reads it in its own direction)."""
    tp = page.get_textpage()
    turns: dict[int, int] = {}     # text object -> the turn it is drawn at
    try:
        n = raw.FPDFText_CountChars(tp)
        ox, oy = ctypes.c_double(), ctypes.c_double()
        rect = raw.FS_RECTF()
        matrix = raw.FS_MATRIX()
        out = []
        shown: dict[int, bool] = {}
        invisible: dict[int, bool] = {}
        hides = _Unseen(page, raw)
        dropped: list[tuple] = []     # (why, character, left, right, bottom, top) in page space
        dropped_clips: list = []      # the clip box of each dropped glyph's text object (None where none)
        shown_mids: list = []         # the middles of the glyphs shown (page space), for _cut_off
        short: list[tuple[int, int]] = []    # (index in out, font) of full-width forms drawn short of the em
        ascii_fonts: set[int] = set()        # fonts drawing a full-width form narrow: their ASCII glyphs
        for i in range(n):
            if raw.FPDFText_IsGenerated(tp, i) == 1:
                continue     # spaces and line ends PDFium infers; pdfminer gives only what is drawn
            if hidden and not _shown(raw, raw.FPDFText_GetTextObject(tp, i), hidden, shown):
                continue
            if raw.FPDFText_GetLooseCharBox(tp, i, rect):
                _replace(raw, tp, i, rect, ox, oy, matrix)
                obj = raw.FPDFText_GetTextObject(tp, i)
                why = hides.why(obj, rect.left, rect.bottom, rect.right, rect.top)
                if why:
                    dropped.append((why, chr(raw.FPDFText_GetUnicode(tp, i)), rect.left, rect.right, rect.bottom,
                                    rect.top))
                    dropped_clips.append(hides.clip(obj))
                    continue
                shown_mids.append(((rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2))
            code = raw.FPDFText_GetUnicode(tp, i)
            if code in (0, 0xFFFD):
                raise Unreadable("PDFium 未能映射的字符")
            if 0xD800 <= code <= 0xDBFF:      # a character outside the BMP: its two halves
                low = raw.FPDFText_GetUnicode(tp, i + 1)
                text = chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
            elif 0xDC00 <= code <= 0xDFFF:
                continue
            elif code == HYPHEN_MARK and raw.FPDFText_IsHyphen(tp, i) == 1:
                text = "-"       # a drawn hyphen ending a line, which PDFium hands on as its mark (pdfminer: '-')
            else:
                text = chr(code)
            if text in "\r\n":
                continue
            if not raw.FPDFText_GetLooseCharBox(tp, i, rect):
                raise Unreadable("PDFium 未给出字符位置")
            # PDFium's size is the font's (Tf), before the character's matrix scales it. A font set large and
            # drawn small (1161.pdf, a pdf2htmlEX page printed: glyphs at 48 drawn at 0.1875, 9 high) is boxed at
            # its drawn size: boxed 48 high, its lines overlapped and read as one, the rows' words interleaved
            # (质时量效指指标标). A page merely printed smaller (Chromium's 0.75, two to a sheet) keeps the font's
            # box, as the reader's cells and lines were measured with (765.pdf, 1081.pdf lose a wrapped line's
            # place in its cell at 0.75).
            font_size = size = raw.FPDFText_GetFontSize(tp, i)
            if raw.FPDFText_GetMatrix(tp, i, matrix) and 0 < (scale := math.hypot(matrix.c, matrix.d)) < DRAWN_SMALL:
                size = font_size * scale
            # Across: the loose box, which follows the advance as pdfminer's does. Up and down: a
            # glyph's own box ("。" sits low) would split lines; pdfminer boxes every character of a
            # line alike, from the baseline up by the font size, and so does this.
            origin = _replace(raw, tp, i, rect, ox, oy, matrix)
            base = view(*origin)[1]
            x0, x1, _, _ = _shown_box(view, rect.left, rect.bottom, rect.right, rect.top)
            if "\uff01" <= text <= "\uff5e" and raw.FPDFText_GetMatrix(tp, i, matrix):
                font = ctypes.cast(raw.FPDFTextObj_GetFont(raw.FPDFText_GetTextObject(tp, i)), ctypes.c_void_p).value
                em = font_size * math.hypot(matrix.a, matrix.b)
                if x1 - x0 < HALF_WIDTH * em:
                    text = chr(ord(text) - 0xFEE0)
                    ascii_fonts.add(font)
                elif x1 - x0 < FULL_EM * em:
                    short.append((len(out), font))
            n_chars = _spaces(raw, tp, i, x0, x1, view) if text == " " else 1
            # PDFium's own word that the font gave no character for the code, which it passed on as
            # one (pdf_reader._glyph_codes); the key only where so, other chars as pdfplumber's
            unmapped = {"unmapped": True} if raw.FPDFText_HasUnicodeMapError(tp, i) == 1 else {}
            # text drawn invisible (3 Tr: a scanner's OCR layer over its page image, pdf_reader._ocr_layer)
            if _invisible(raw, raw.FPDFText_GetTextObject(tp, i), invisible):
                unmapped["invisible"] = True
            if read_at is not None and \
                    (turn := _object_turn(raw, raw.FPDFText_GetTextObject(tp, i), turns)) is not None and turn != read_at:
                unmapped["across"] = True
            # a glyph turned a quarter on an unrotated page (a sheet's rotated cell text): which way, for
            # pdf_reader._turned to read it in its own direction; 1 counter-clockwise (reading up), -1 clockwise
            # (upright: the page is read at no turn; one read turned, 967.pdf, has its turned text upright)
            if upright and raw.FPDFText_GetMatrix(tp, i, matrix) and abs(matrix.a) < 1e-6 and abs(matrix.b) > 1e-6:
                unmapped["turn"] = 1 if matrix.b > 0 else -1
            # a glyph its clip cuts, its middle outside: where it is shown (an overflowing wrapped
            # label's line drawn over the next row's, each clipped to its own cell, 1004.pdf)
            if (at := _shown_at(hides.clip(raw.FPDFText_GetTextObject(tp, i)), view, x0, x1, base - size, base)):
                unmapped["shown_at"] = at
            for k in range(n_chars):
                out.append({"text": text, "x0": x0 + k * (x1 - x0), "x1": x1 + k * (x1 - x0), "top": base - size,
                            "bottom": base, "size": size, "object_type": "char", **unmapped})
        for k, font in short:
            if font in ascii_fonts:
                out[k]["text"] = chr(ord(out[k]["text"]) - 0xFEE0)
        if unseen is not None:
            showing = {box for box in set(dropped_clips) if box is not None and
                       any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in shown_mids)}
            dropped = [("cut", *d[1:]) if _cut_off(d, box, showing) else d for d, box in zip(dropped, dropped_clips)]
            unseen.extend(_runs(dropped) + ([CROWDED] if hides.crowded else []))
        return out
    finally:
        tp.close()


def _object_turn(raw, obj, turns: dict) -> int | None:
    """The quarter turn a text object is drawn at (its matrix, as read_rotation and crosswise measure it), cached
    by the object; None where PDFium gives no matrix."""
    key = ctypes.cast(obj, ctypes.c_void_p).value
    if key not in turns:
        m = raw.FS_MATRIX()
        turns[key] = round(math.degrees(math.atan2(m.b, m.a)) / 90) % 4 * 90 \
            if raw.FPDFPageObj_GetMatrix(obj, m) else None
    return turns[key]


def _shown_at(clip, view, x0: float, x1: float, top: float, bottom: float) -> tuple[float, float] | None:
    """The middle of the part of a glyph's box (as shown: x0, x1, top, bottom) inside its text
    object's clip box (page space), where the box's own middle lies outside the clip; else None.
    The reader places a character by its middle: a glyph drawn across a rule, clipped to the cell on
    one side, is that cell's even where most of it lies beyond."""
    if clip is None:
        return None
    cx0, cx1, ctop, cbottom = _shown_box(view, *clip)
    mx, my = (x0 + x1) / 2, (top + bottom) / 2
    if cx0 <= mx <= cx1 and ctop <= my <= cbottom:
        return None
    return _middle(x0, x1, cx0, cx1), _middle(top, bottom, ctop, cbottom)


def _middle(a0: float, a1: float, b0: float, b1: float) -> float:
    """The middle of [a0, a1] within [b0, b1]: of their overlap, of [b0, b1] where none (the box the
    clip test reads, the loose one, may reach in where this one does not)."""
    lo, hi = max(a0, b0), min(a1, b1)
    return (lo + hi) / 2 if lo <= hi else (b0 + b1) / 2


def _replace(raw, tp, i: int, rect, ox, oy, matrix) -> tuple[float, float]:
    """The character's origin in page space, its loose box (rect) put there where PDFium left it
    elsewhere. A character PDFium maps anew (a font's Kangxi radical ⽣, U+2F63, given as 生) gets
    the box and origin of its text object in the object's own space (859.pdf: 生 of 生态效益指标,
    a text object of its own drawn at x 126, boxed at x 18-55 a line lower, so the row read 态效益指标),
    while the object's matrix still places it. A text object's characters stand on its baseline (the
    matrix's f) from its start (e) on; one off both, alone in its object, is moved to the matrix's
    origin, its box keeping its shape scaled to the height the matrix gives the font. Of several
    characters in the object, where it stands along the run is not known: left as PDFium gives it."""
    raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
    x, y = ox.value, oy.value
    if not raw.FPDFText_GetMatrix(tp, i, matrix):
        return x, y
    tall = raw.FPDFText_GetFontSize(tp, i) * abs(matrix.d)
    height = rect.top - rect.bottom
    if tall <= 0 or height <= 0 or abs(matrix.f - y) <= tall and x >= matrix.e - tall:
        return x, y
    if len(_object_text(raw, tp, raw.FPDFText_GetTextObject(tp, i)).rstrip()) > 1:
        return x, y     # (one character and the spaces after it, as Chromium draws 门 , 1161.pdf, stands at the origin)
    k = tall / height
    rect.left, rect.right = matrix.e + (rect.left - x) * k, matrix.e + (rect.right - x) * k
    rect.bottom, rect.top = matrix.f + (rect.bottom - y) * k, matrix.f + (rect.top - y) * k
    return matrix.e, matrix.f


def _cut_off(d: tuple, clip, showing: set) -> bool:
    """Whether a glyph outside its clip is a cell's text cut at the cell's height (a spreadsheet's cell
    taller in text than its row: the program prints the lines its row shows, the rest drawn and clipped,
    1730.pdf): its clip box holds glyphs the page shows (`showing`), and it stands above or below that box,
    within its width. An edit's old figure kept under a clip (810.pdf) lies beside the shown one, or its
    clip shows nothing."""
    if d[0] != "clip" or clip is None or clip not in showing:
        return False
    mid = (d[2] + d[3]) / 2
    return clip[0] <= mid <= clip[2] and (d[4] >= clip[3] - 0.5 or d[5] <= clip[1] + 0.5)


def _runs(dropped: list[tuple]) -> list[tuple[str, str]]:
    """Unseen glyphs as (why, text) runs: those of one reason on one line, each next to the last (an
    editor may write each glyph of an old figure as its own text object; a line's digits and Han
    characters have boxes of different heights)."""
    lines: list[list[tuple]] = []
    for d in sorted(dropped, key=lambda d: (d[0], -(d[4] + d[5]) / 2)):
        mid, height = (d[4] + d[5]) / 2, d[5] - d[4]
        last = lines[-1][0] if lines else None
        if last and last[0] == d[0] and abs((last[4] + last[5]) / 2 - mid) < max(height, last[5] - last[4]) / 2:
            lines[-1].append(d)
        else:
            lines.append([d])
    runs: list[list] = []
    for line in lines:
        for k, (why, ch, left, right, bottom, top) in enumerate(sorted(line, key=lambda d: d[2])):
            if k and left - runs[-1][2] < top - bottom:
                runs[-1][1] += ch
                runs[-1][2] = right
            else:
                runs.append([why, ch, right])
    return [(why, text.strip()) for why, text, _ in runs if text.strip()]


# More fills on a page than this (white covers and what white text may stand on): the hidden-text tests
# are not run there; the page's text is read as shown and the reader says so (CROWDED). Indexed (Fills),
# the tests cost about the fills' count once, then the fills near each glyph: 20,000 fills take 2-3 s
# however they lie (scattered, stacked under the text, slivers over every line), a tenth of what the
# rest of reading such a page takes; 100,000 shapes would still take minutes to read at all.
MAX_COVERS = 20000
CROWDED = ("crowded", "")   # the entry in `unseen` for a page over MAX_COVERS


class _Unseen:
    """Text a page draws where its printed page does not show it: a figure an editor's whiteout
    covers (an opaque white rectangle painted after the text over it, 809.pdf), a figure outside its
    clip path (an edit's old text kept under a clip, 810.pdf), white text on nothing but the white
    page (an older draft under the table, 812.pdf). Read, such text interleaves with the figure drawn
    in the same cell (38座 as 3368座座). Only the page's own objects are judged; text inside a Form
    XObject (its boxes in the form's space) is taken as shown."""

    WHITE = (255, 255, 255)

    def __init__(self, page, raw):
        self.raw = raw
        objects = [raw.FPDFPage_GetObject(page.raw, k) for k in range(raw.FPDFPage_CountObjects(page.raw))]
        self.order = {ctypes.cast(h, ctypes.c_void_p).value: k for k, h in enumerate(objects)}
        # opaque white rectangles: (order, box). Only white: a coloured fill painted over text may be a
        # highlight flattened with a multiply blend, which PDFium does not tell, and shows the text.
        self.covers: list[tuple[int, tuple]] = []
        self.grounds: list[tuple[int, tuple]] = []   # what white text may stand on: fills not white, pictures
        self.text: dict[int, tuple] = {}
        for k, h in enumerate(objects):
            kind = raw.FPDFPageObj_GetType(h)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                fill = self._fill(h)
                if fill is None:
                    continue
                box = _bounds(raw, h)
                if fill == (*self.WHITE, 255) and _rectangle(raw, h, box):
                    self.covers.append((k, box))
                if fill[:3] != self.WHITE:
                    self.grounds.append((k, _bounds(raw, h)))
            elif kind in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING, raw.FPDF_PAGEOBJ_FORM):
                self.grounds.append((k, _bounds(raw, h)))
        self.crowded = len(self.covers) + len(self.grounds) > MAX_COVERS
        if self.crowded:     # tests not run: no text is taken as covered or as white on the bare page
            self.covers, self.grounds = [], []
        self.fills = Fills(self.covers, self.grounds)

    def _fill(self, h) -> tuple | None:
        """A path's fill colour (r, g, b, alpha), None when it is not filled."""
        mode, stroke = ctypes.c_int(), ctypes.c_int()
        if not self.raw.FPDFPath_GetDrawMode(h, mode, stroke) or mode.value == 0:
            return None
        return self._colour(h)

    def _colour(self, h) -> tuple:
        r, g, b, a = (ctypes.c_uint() for _ in range(4))
        if not self.raw.FPDFPageObj_GetFillColor(h, r, g, b, a):
            return (0, 0, 0, 255)
        return r.value, g.value, b.value, a.value

    def clip(self, obj) -> tuple[float, float, float, float] | None:
        """The clip box of a text object `why` was asked about (page space), None when it has none."""
        held = self.text.get(ctypes.cast(obj, ctypes.c_void_p).value) if obj else None
        return held[0] if held else None

    def why(self, obj, left: float, bottom: float, right: float, top: float) -> str | None:
        """Why a glyph of a text object (its box in page space) is not shown, None when it is."""
        if not obj:
            return None
        key = ctypes.cast(obj, ctypes.c_void_p).value
        k = self.order.get(key)
        if k is None:
            return None
        if key not in self.text:   # once per text object: its clip, its box, whether it is white
            raw = self.raw
            white = not self.crowded and raw.FPDFTextObj_GetTextRenderMode(obj) == 0 \
                and self._colour(obj)[:3] == self.WHITE
            self.text[key] = (_clip_box(raw, obj), _bounds(raw, obj), white)
        clip, box, white = self.text[key]
        cx, cy = (left + right) / 2, (bottom + top) / 2
        # a glyph at least a quarter inside its clip is shown, cut: a merged cell's line drawn across a
        # page break is clipped at the page's rule through its glyphs' middles, where a centre test
        # keeps one glyph and drops the next (组织实施 read 组实, 887.pdf); old text kept under a clip
        # lies outside it whole
        sx, sy = max(0.5, (right - left) / 4), max(0.5, (top - bottom) / 4)
        if clip is not None and not (clip[0] - sx <= cx <= clip[2] + sx and clip[1] - sy <= cy <= clip[3] + sy):
            return "clip"
        if self.fills.covered(k, box, (left, bottom, right, top)):
            return "covered"
        if white and not self.fills.grounded(k, cx, cy):
            return "white"
        return None


class Fills:
    """A page's white covers and the grounds white text may stand on, each (order drawn, box) in the
    order drawn, indexed (box_index): each glyph asks the fills near it and drawn after (covers) or
    before (grounds) its text object, not every fill on the page."""

    def __init__(self, covers: list[tuple[int, tuple]], grounds: list[tuple[int, tuple]]):
        self.covers, self.grounds = covers, grounds
        self.cover_order, self.ground_order = [j for j, _ in covers], [j for j, _ in grounds]
        self.cover_index = BoxIndex(b for _, b in covers)
        self.ground_index = BoxIndex(b for _, b in grounds)

    def covered(self, k: int, box: tuple, glyph: tuple) -> bool:
        """Whether a white rectangle painted after text object k, over its box, wholly holds the middle
        half of a glyph (left, bottom, right, top)."""
        left, bottom, right, top = glyph
        qx, qy = (right - left) / 4, (top - bottom) / 4
        after = range(bisect.bisect_right(self.cover_order, k), len(self.covers))
        # a rectangle that holds a glyph's middle half holds its middle: only those are asked (a glyph
        # box given backwards has no middle half to hold: every rectangle over the object is asked)
        near = self.cover_index.holding((left + right) / 2, (bottom + top) / 2, after) if qx >= 0 and qy >= 0 \
            else self.cover_index.overlapping(box, after)
        return any(overlaps(b, box) and b[0] <= left + qx and right - qx <= b[2] and b[1] <= bottom + qy
                   and top - qy <= b[3] for b in (self.covers[i][1] for i in near))

    def grounded(self, k: int, x: float, y: float) -> bool:
        """Whether a fill or picture drawn before text object k holds the point (x, y)."""
        return bool(self.ground_index.holding(x, y, range(bisect.bisect_left(self.ground_order, k))))


def _bounds(raw, h) -> tuple[float, float, float, float]:
    """A page object's box in page space: (left, bottom, right, top)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(h, left, bottom, right, top):
        return (0.0, 0.0, 0.0, 0.0)
    return left.value, bottom.value, right.value, top.value


def _rectangle(raw, h, box: tuple) -> bool:
    """Whether a path is one axis-parallel rectangle filling its box (a cover, not a seal's star)."""
    n = raw.FPDFPath_CountSegments(h)
    if not 4 <= n <= 5:
        return False
    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(h, matrix):
        return False
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(n):
        if not raw.FPDFPathSegment_GetPoint(raw.FPDFPath_GetPathSegment(h, k), x, y):
            return False
        px = matrix.a * x.value + matrix.c * y.value + matrix.e
        py = matrix.b * x.value + matrix.d * y.value + matrix.f
        if min(abs(px - box[0]), abs(px - box[2])) > 0.5 or min(abs(py - box[1]), abs(py - box[3])) > 0.5:
            return False
    return True


def _clip_box(raw, h) -> tuple[float, float, float, float] | None:
    """The box around an object's clip path (the clip is the paths' intersection: the boxes' too), in
    page space; None when it has none."""
    clip = raw.FPDFPageObj_GetClipPath(h)
    if not clip:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    box = None
    for i in range(raw.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for j in range(raw.FPDFClipPath_CountPathSegments(clip, i)):
            if raw.FPDFPathSegment_GetPoint(raw.FPDFClipPath_GetPathSegment(clip, i, j), x, y):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        b = (min(xs), min(ys), max(xs), max(ys))
        box = b if box is None else (max(box[0], b[0]), max(box[1], b[1]), min(box[2], b[2]), min(box[3], b[3]))
    return box


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


def _object_text(raw, tp, obj) -> str:
    """A text object's text as PDFium maps it."""
    size = raw.FPDFTextObj_GetText(obj, tp, None, 0)
    buf = ctypes.create_string_buffer(size)
    raw.FPDFTextObj_GetText(obj, tp, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size)
    return buf.raw.decode("utf-16-le", "replace").rstrip("\x00")


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
    if _object_text(raw, tp, obj).strip():
        return 1
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return 1
    return max(1, round((_shown_box(view, left.value, bottom.value, right.value, top.value)[1] - x0) / width))


def _drawn(page, raw, view) -> list[tuple[list[tuple[int, float, float]], bool, bool, bool]]:
    """Every path of the page as shown: (points (segment type, x, y down), closed, filled, stroked); a point that
    closes its subpath is followed by its subpath's start (type -1)."""
    out = []
    x, y = ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for h, (a, b, c, d, e, f) in _paths(page, raw):
        points, start, closed = [], None, False
        for k in range(raw.FPDFPath_CountSegments(h)):
            seg = raw.FPDFPath_GetPathSegment(h, k)
            if not raw.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            px, py = view(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = (px, py)
            points.append((kind, px, py))
            if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                points.append((-1, *start))
                closed = True
        if not raw.FPDFPath_GetDrawMode(h, ctypes.byref(fill), ctypes.byref(stroke)):
            fill.value, stroke.value = 0, 1
        if _faint(raw, h, bool(fill.value), bool(stroke.value)) and not _rule_shaped(points):
            continue
        out.append((points, closed, bool(fill.value), bool(stroke.value)))
    return out


FAINT = 64   # of 255: a fill this transparent or less is a shade laid over the page, no rule and no cover
RULE_THICKNESS = SNAP   # pt: a path no thicker than this one way is a line, faint or not


def _rule_shaped(points: list) -> bool:
    """A path whose extent is a line (no thicker than RULE_THICKNESS one way: a border a web page draws in a
    translucent colour, rgba(0,0,0,.12), which Chromium prints as a thin faint fill), not an area: faint, it
    still rules a table; only a faint area (a panel's box-shadow) is a shade."""
    xs, ys = [px for _, px, _ in points], [py for _, _, py in points]
    return bool(points) and min(max(xs) - min(xs), max(ys) - min(ys)) <= RULE_THICKNESS


def _faint(raw, h, filled: bool, stroked: bool) -> bool:
    """A path that only shades: filled with a colour FAINT opaque or less and not stroked (a box-shadow a web
    page prints around a panel laid over a grid, its black at 12%: 1420.pdf, whose edges boxed the grid's
    header into one cell), or stroked as faintly. It neither rules a table nor covers text, unless it is drawn as
    a line (_rule_shaped: a translucent border is a rule)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if filled and (not raw.FPDFPageObj_GetFillColor(h, r, g, b, a) or a.value > FAINT):
        return False
    if stroked and (not raw.FPDFPageObj_GetStrokeColor(h, r, g, b, a) or a.value > FAINT):
        return False
    return filled or stroked


def _edges(drawn: list, notes: list | tuple = ()) -> list[dict]:
    """Every axis-parallel segment of every path, as a pdfplumber line edge (top-down coordinates); none of a
    shown note's drawing (note_boxes: its box, shadow and leader), which lies over the grid, no part of it."""
    from pdfplumber.utils import line_to_edge

    edges = []
    for n, (points, *_) in enumerate(drawn):
        if any(n in note.paths for note in notes):
            continue
        last = None
        for kind, px, py in points:
            if kind != MOVETO and last is not None:
                _add(edges, last, (px, py), line_to_edge)
            if kind != -1:      # (closing goes back to the start; the next segment from the closing point, as before)
                last = (px, py)
    return edges


MOVETO = 2   # FPDF_SEGMENT_MOVETO
NOTE_PAD = 3.0      # pt: a note box's shadow and border stand this near its box
NOTE_REACH = 2.0    # pt: a leader's far end stands at least this far out of its box (at the noted cell's corner)


class Note:
    """A cell note printed as shown on the sheet (LibreOffice, 1159.pdf): a filled box of text drawn over the grid,
    a leader from its side to the corner of the cell it notes. box: (x0, top, x1, bottom); anchor: the leader's far
    end; paths: the indices (in _drawn) of the note's own drawing."""

    def __init__(self, box: tuple, anchor: tuple[float, float], paths: set[int]):
        self.box, self.anchor, self.paths = box, anchor, paths


def note_boxes(drawn: list, chars: list) -> list[Note]:
    """The page's shown cell notes: a filled rectangle (a closed path of straight sides) holding text, to whose
    side an open path (the leader) runs from a point out of it. Its drawing is every path inside the box's pad
    (the box stroked, its shadow) and the leader; its characters are marked c["note"] = (its index, anchor)."""
    rects, leaders = [], []
    for n, (points, closed, filled, stroked) in enumerate(drawn):
        if any(kind not in (-1, MOVETO, 0) for kind, _, _ in points) or len(points) < 2:
            continue     # (0: FPDF_SEGMENT_LINETO; a curve is no box's side)
        xs, ys = [p[1] for p in points], [p[2] for p in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        if closed and filled and box[2] - box[0] >= 20 and box[3] - box[1] >= 10 and all(
                min(abs(x - box[0]), abs(x - box[2]), abs(y - box[1]), abs(y - box[3])) < 0.5 for _, x, y in points) \
                and all(abs(p[1] - q[1]) < 0.5 or abs(p[2] - q[2]) < 0.5 for p, q in zip(points, points[1:])):
            rects.append((n, box))
        elif not closed and stroked and sum(1 for p in points if p[0] == MOVETO) == 1 and len(points) <= 4 and any(
                abs(p[1] - q[1]) > 0.5 and abs(p[2] - q[2]) > 0.5 for p, q in zip(points, points[1:])):
            # a leader runs aslant from the cell's corner (a rule never does: a grid's line from a shaded cell's
            # side is no leader)
            leaders.append((n, (points[0][1], points[0][2]), (points[-1][1], points[-1][2])))
    out: list[Note] = []
    for n, box in rects:
        inside = [c for c in chars if box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]
                  and box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3] and "note" not in c]
        if not any(c["text"].strip() for c in inside):
            continue
        for m, a, b in leaders:
            for near, far in ((a, b), (b, a)):
                if _on_side(near, box) and _distance_out(far, box) >= NOTE_REACH:
                    break
            else:
                continue
            pad = (box[0] - NOTE_PAD, box[1] - NOTE_PAD, box[2] + NOTE_PAD, box[3] + NOTE_PAD)
            paths = {m} | {k for k, (points, *_) in enumerate(drawn) if points and all(
                pad[0] <= x <= pad[2] and pad[1] <= y <= pad[3] for _, x, y in points)}
            for c in inside:
                c["note"] = (len(out), far)
            out.append(Note(box, far, paths))
            break
    return out


def _on_side(p: tuple[float, float], box: tuple) -> bool:
    x, y = p
    within_x, within_y = box[0] - 0.5 <= x <= box[2] + 0.5, box[1] - 0.5 <= y <= box[3] + 0.5
    return (within_y and min(abs(x - box[0]), abs(x - box[2])) <= 1.0) or \
        (within_x and min(abs(y - box[1]), abs(y - box[3])) <= 1.0)


def _distance_out(p: tuple[float, float], box: tuple) -> float:
    x, y = p
    return math.hypot(max(box[0] - x, 0.0, x - box[2]), max(box[1] - y, 0.0, y - box[3]))


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
    dx, dy = abs(x0 - x1), abs(y0 - y1)
    if dx > 0.01 and dy > 0.01 and not (dy <= min(RULE_SLOPE * dx, RULE_DRIFT) or dx <= min(RULE_SLOPE * dy, RULE_DRIFT)):
        return   # not a ruling line (one a few hundredths of a point off level is laid level: level)
    left, right = min(x0, x1), max(x0, x1)
    top, bottom = min(y0, y1), max(y0, y1)
    edges.append(level(line_to_edge({"object_type": "line", "x0": left, "x1": right, "top": top, "bottom": bottom,
                                     "width": right - left, "height": bottom - top})))


# A rule's rise over its run that still draws it level (or plumb): Word's line shapes (a grid drawn with
# the pencil, 1229.pdf) end a twentieth of a point off level across the page; a stroke drawn aslant
# (a diagonal header's slash) rises far more.
RULE_SLOPE = 1 / 200
RULE_DRIFT = 0.5    # pt: the most such a rule may rise from end to end


def level(edge: dict) -> dict:
    """A rule drawn through a turned matrix (a page stored turned, shown with /Rotate) lies off
    level by float noise (1e-13), and pdfplumber's table finder calls an edge horizontal only
    when its top equals its bottom (vertical only when its sides are one): a long edge whose rise
    is under RULE_SLOPE of its run (and RULE_DRIFT) is laid level, or stood plumb."""
    top, bottom, x0, x1 = edge["top"], edge["bottom"], edge["x0"], edge["x1"]
    rise, run = bottom - top, x1 - x0
    if 0 < rise <= min(0.01 + RULE_SLOPE * run, RULE_DRIFT) and run > 0.01:
        mid = (top + bottom) / 2
        return {**edge, "top": mid, "bottom": mid, "height": 0, "orientation": "h"}
    if 0 < run <= min(RULE_SLOPE * rise, RULE_DRIFT) and rise > 0.01:
        mid = (x0 + x1) / 2
        return {**edge, "x0": mid, "x1": mid, "width": 0, "orientation": "v"}
    return edge


def shapes(page) -> list[tuple[float, float, float, float]]:
    """The page's closed curved outlines (a drawing's rounded boxes, ellipses: a path with a Bézier
    segment that ends where it began) as (x0, top, x1, bottom) as shown; a shape filled and then
    stroked is one. Rules and ruled rectangles are straight: they are the table finder's."""
    import pypdfium2.raw as raw

    width, height, view = page_view(page)
    x, y = ctypes.c_float(), ctypes.c_float()
    out = set()
    for h, (a, b, c, d, e, f) in _paths(page, raw):
        points, curved, closed = [], False, False
        for k in range(raw.FPDFPath_CountSegments(h)):
            seg = raw.FPDFPath_GetPathSegment(h, k)
            if not raw.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO and points:
                points = []   # a second subpath: the shape is no one outline
                break
            points.append(view(a * x.value + c * y.value + e, b * x.value + d * y.value + f))
            curved |= raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_BEZIERTO
            closed |= bool(raw.FPDFPathSegment_GetClose(seg))
        if not (points and curved):
            continue
        if closed or (abs(points[0][0] - points[-1][0]) < 0.5 and abs(points[0][1] - points[-1][1]) < 0.5):
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            out.add((round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)))
    return sorted(out, key=lambda s: (s[1], s[0]))
