"""Text boxes drawn over a worksheet (Insert > Text Box: xdr:sp with a txBody in the sheet's drawing
part) placed in the cells they cover, so a form drawn as boxes over an empty grid reads as the cells
it draws.

openpyxl keeps no shapes, so the package's parts are read here: the workbook names each sheet's part,
the sheet's relationships its drawing. A box's rectangle comes from its anchor (xdr:from / xdr:to:
a cell and an offset in EMU into it; a oneCellAnchor's xdr:ext its size) over the sheet's column
widths and row heights. A box covers the cells it spans more than half of; its text goes to the
first of them, the rest merged under it, where all of them are empty: a box over written cells
(a note laid over the form) is no cell of it and is said, as is a box that covers no whole cell.
"""
from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from io import BytesIO
from xml.etree import ElementTree as ET

from .errors import fallback_unless_oom

XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
EMU_PER_PX = 9525
EMU_PER_PT = 12700


@dataclass
class Box:
    number: int        # the box's place among the sheet's text boxes, 1-based, in drawing order
    start: tuple[int, int, int, int]     # (col, col offset, row, row offset): 0-based cell, EMU into it
    end: tuple[int, int, int, int] | None
    size: tuple[int, int] | None         # a oneCellAnchor's extent (cx, cy)
    text: str
    picture: str | None = None           # a picture's name (xdr:pic): its text is its alt text, lines


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    """A part's relationships: id -> the target part's name in the package."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(rels)).iter(REL + "Relationship"):
        target = r.get("Target", "")
        out[r.get("Id")] = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join(folder, target))
    return out


def _text(sp) -> str:
    """The box's paragraphs as lines, runs joined. A tab is kept where a line starts or ends with it:
    typed at the box's tab stops, a leading tab is an empty first field (a level written once above)."""
    body = sp.find(XDR + "txBody")
    if body is None:
        return ""
    lines = ["".join(t.text or "" for t in p.iter(A + "t")) for p in body.iter(A + "p")]
    return "\n".join(line.strip(" \u3000\r\n") for line in lines if line.strip())


def _marker(el) -> tuple[int, int, int, int] | None:
    try:
        return tuple(int(el.find(XDR + k).text) for k in ("col", "colOff", "row", "rowOff"))
    except (AttributeError, TypeError, ValueError):
        return None


def text_boxes(data: bytes) -> dict[str, list[Box]]:
    """Each sheet's text boxes holding text, by sheet name; {} where the package has none."""
    out: dict[str, list[Box]] = {}
    try:
        z = zipfile.ZipFile(BytesIO(data))
        if not any(n.startswith("xl/drawings/") for n in z.namelist()):
            return out
        book_rels = _rels(z, "xl/workbook.xml")
        for sheet in ET.fromstring(z.read("xl/workbook.xml")).iter(MAIN + "sheet"):
            part = book_rels.get(sheet.get(R_ID))
            if part is None or part not in z.namelist():
                continue
            drawing = ET.fromstring(z.read(part)).find(MAIN + "drawing")
            target = None if drawing is None else _rels(z, part).get(drawing.get(R_ID))
            if target is None or target not in z.namelist():
                continue
            boxes = []
            for anchor in ET.fromstring(z.read(target)):
                start = _marker(anchor.find(XDR + "from")) if anchor.find(XDR + "from") is not None else None
                end = _marker(anchor.find(XDR + "to")) if anchor.find(XDR + "to") is not None else None
                ext = anchor.find(XDR + "ext")
                size = None if ext is None else (int(ext.get("cx", 0)), int(ext.get("cy", 0)))
                if start is None or (end is None and size is None):
                    continue
                for sp in anchor.iter(XDR + "sp"):
                    if text := _text(sp):
                        boxes.append(Box(len(boxes) + 1, start, end, size, text))
                for pic in anchor.iter(XDR + "pic"):
                    pr = pic.find(f"{XDR}nvPicPr/{XDR}cNvPr")
                    alt = [line.strip() for line in ((pr.get("descr") if pr is not None else "") or "").splitlines()]
                    name = (pr.get("name") if pr is not None else None) or "?"
                    boxes.append(Box(len(boxes) + 1, start, end, size, "\n".join(a for a in alt if a), name))
            if boxes:
                out[sheet.get("name")] = boxes
    except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError):
        return {}
    return out


def _span(first: int, first_off: int, last: int, last_off: int, size) -> list[int]:
    """The 0-based columns (or rows) a box spans from (first, offset) to (last, offset): those it
    covers more than half of. The offsets are the drawing program's EMU into the cell, whose own
    width may differ from size(k) (LibreOffice measures in its font): only the half is asked of it."""
    out = [k for k in range(first, last + 1)]
    if out and first_off > size(first) / 2:
        out.pop(0)
    if out and out[-1] == last and last != first and last_off < size(last) / 2:
        out.pop()
    elif out and out[-1] == last and last == first and last_off - first_off < size(last) / 2:
        out.pop()
    return out


def _end(start: tuple[int, int, int, int], size: tuple[int, int], col_emu, row_emu) -> tuple[int, int, int, int]:
    """A oneCellAnchor's far corner as a marker: its extent walked over the columns and rows."""
    def walk(k: int, off: int, length: int, sizes) -> tuple[int, int]:
        left = off + length
        while left > sizes(k):
            left -= sizes(k)
            k += 1
        return k, left
    c, co = walk(start[0], start[1], size[0], col_emu)
    r, ro = walk(start[2], start[3], size[1], row_emu)
    return c, co, r, ro


def place_boxes(sheet, boxes: list[Box], col_emu, row_emu) -> list[str]:
    """Put each box's text into the sheet's cells it covers (Sheet.cells, merges, boxed); col_emu(k) /
    row_emu(k): the 0-based column's width and row's height in EMU as the sheet states them. What
    could not be placed is returned as messages for the analyst."""
    said = []
    taken: set[tuple[int, int]] = set()
    for b in boxes:
        end = b.end or _end(b.start, b.size, col_emu, row_emu)
        cols = _span(b.start[0], b.start[1], end[0], end[1], col_emu)
        rows = _span(b.start[2], b.start[3], end[2], end[3], row_emu)
        covered = [(r + 1, c + 1) for r in rows for c in cols]
        if b.picture is not None:
            said += _place_picture(sheet, b, covered, rows, cols, taken)
            continue
        if not covered or any(rc in sheet.cells or rc in taken for rc in covered):
            where = "未覆盖整格" if not covered else "压在已填写的单元格上"
            said.append(f"工作表“{sheet.name}”文本框{b.number}（{b.text[:20]}）{where}，未作为表格单元格读取")
            continue
        taken.update(covered)
        sheet.cells[covered[0]] = (b.text, None)
        sheet.boxed[covered[0]] = b.number
        if len(covered) > 1:
            sheet.merges.append((rows[0] + 1, cols[0] + 1, rows[-1] + 1, cols[-1] + 1))
    return said


# A picture over this many columns and rows of empty cells is table-sized (a table pasted as a picture), not a
# logo or a seal: with no alt text to read, its content is said to be unread.
TABLE_SIZED = 4


def _place_picture(sheet, b: Box, covered: list, rows: list, cols: list, taken: set) -> list[str]:
    """A picture over the sheet holds no text; a table pasted as one keeps its content for a screen reader
    only in the picture's alt text (xdr:cNvPr descr), lines of a title and a row each. Alt text of two lines
    or more, over empty cells, is put in the picture's first cell, read there a paragraph a line
    (Sheet.pictured) and said, since it was written beside the picture and may not be what it shows; a
    one-line alt text is a caption (a writer's default "Picture"), not read. A table-sized picture over empty
    cells with nothing to read is said, not passed over."""
    empty = bool(covered) and not any(rc in sheet.cells or rc in taken for rc in covered)
    lines = b.text.split("\n") if b.text else []
    if empty and len(lines) >= 2:
        taken.update(covered)
        sheet.cells[covered[0]] = (b.text, None)
        sheet.pictured[covered[0]] = b.picture
        return [f"工作表“{sheet.name}”图片“{b.picture}”本身没有文字，已读取其替代文字（{len(lines)}行，“{lines[0][:20]}”起），"
                "其中的指标与资金数据请与图片核对"]
    if empty and len(rows) >= TABLE_SIZED and len(cols) >= TABLE_SIZED:
        return [f"工作表“{sheet.name}”图片“{b.picture}”（覆盖{len(rows)}行{len(cols)}列空单元格）没有文字，也没有可读的替代文字，"
                "其内容未读取：若是粘贴为图片的表格，指标与资金数据可能漏读，请核对原件"]
    return []


TXO = 0x01B6   # BIFF8's text object record: the text of a text box (or of a comment) drawn on a sheet
NOTE = 0x001C  # a cell comment's record: its TXO holds the comment's text, no box of the form


def xls_text_boxes(data: bytes) -> int:
    """The text objects of an Excel 97-2003 workbook that are no cell comment's: text boxes drawn on
    its sheets, which xlrd does not read (0 where there are none or the stream cannot be walked)."""
    return sum(xls_text_boxes_by_sheet(data).values())


BOF, EOF, BOUNDSHEET = 0x0809, 0x000A, 0x0085   # a substream's first and last records; the globals' record of a
# sheet's name and place


def _workbook_stream(data: bytes) -> bytes | None:
    """An Excel 97-2003 file's Workbook stream, None where it is no compound file or holds none."""
    from xlrd.compdoc import CompDoc
    stream = None
    with fallback_unless_oom():
        stream = CompDoc(data, logfile=_Quiet()).get_named_stream("Workbook")
    return stream or None


def _sheet_records(stream: bytes):
    """Each record of a Workbook stream as (the name of the sheet whose substream holds it, its kind, its body):
    "" in the globals or a substream the workbook does not list. A substream nested in a sheet's (an embedded
    chart's, BOF … EOF within it) is its own, and the sheet's records after it are the sheet's again."""
    import struct
    names: dict[int, str] = {}      # a sheet's BOF position in the stream -> its name
    open_: list[str] = []           # the substreams open at this record, the innermost last
    pos = 0
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4:pos + 4 + length]
        if kind == BOUNDSHEET and len(body) >= 8:
            names[struct.unpack_from("<I", body)[0]] = _short_string(body[6:])
        elif kind == BOF:
            open_.append(names.get(pos, ""))
        yield (open_[-1] if open_ else ""), kind, body
        if kind == EOF and open_:
            open_.pop()
        pos += 4 + length


def xls_text_boxes_by_sheet(data: bytes) -> dict[str, int]:
    """xls_text_boxes by the sheet they are drawn on (its name; "" where the sheet's substream is not
    one the workbook lists), the sheets with none left out."""
    stream = _workbook_stream(data)   # not a compound file, or no Workbook stream: nothing drawn to say
    texts: dict[str, int] = {}
    for sheet, kind, _ in _sheet_records(stream or b""):
        if kind in (TXO, NOTE):   # each comment's NOTE takes back its TXO
            texts[sheet] = texts.get(sheet, 0) + (1 if kind == TXO else -1)
    return {name: n for name, n in texts.items() if n > 0}


MSODRAWING = 0x00EC   # a sheet's drawing records (Office Art): its shapes, each with its anchor in the cells
PICTURE_FRAME = 75    # an Office Art shape's type (msosptPictureFrame): a picture placed on the sheet
SP, CLIENT_ANCHOR = 0xF00A, 0xF010


def xls_pictures_by_sheet(data: bytes) -> dict[str, list[tuple[int, int]]]:
    """The pictures drawn on each sheet of an Excel 97-2003 workbook, as (rows, columns) each covers (its
    anchor: the first and last cell it lies over), by sheet name; xlrd reads no picture, and an .xls keeps no
    alt text a reader could use (LibreOffice drops it on export). {} where there are none or the stream
    cannot be walked. The sheet's drawing records are one Office Art stream cut into records: walked as one,
    a shape's type (its Sp record's instance) then its anchor."""
    import struct
    art: dict[str, bytearray] = {}
    for sheet, kind, body in _sheet_records(_workbook_stream(data) or b""):
        if kind == MSODRAWING and sheet:
            art.setdefault(sheet, bytearray()).extend(body)
    out: dict[str, list[tuple[int, int]]] = {}
    for name, body in art.items():
        at, shape = 0, None
        while at + 8 <= len(body):
            ver_inst, kind, length = struct.unpack_from("<HHI", body, at)
            if ver_inst & 0xF == 0xF:     # a container: its records follow
                at += 8
                continue
            if kind == SP:
                shape = ver_inst >> 4
            elif kind == CLIENT_ANCHOR and length >= 18 and shape == PICTURE_FRAME:
                _, col1, _, row1, _, col2, _, row2, _ = struct.unpack_from("<9H", body, at + 8)
                out.setdefault(name, []).append((row2 - row1 + 1, col2 - col1 + 1))
                shape = None
            at += 8 + length
    return out


def _short_string(b: bytes) -> str:
    """BIFF8's ShortXLUnicodeString: a character count, a flags byte (bit 0: two bytes a character)."""
    if len(b) < 2:
        return ""
    count, wide = b[0], b[1] & 1
    return b[2:2 + count * (2 if wide else 1)].decode("utf-16-le" if wide else "latin-1", "replace")


class _Quiet:
    def write(self, *_):
        pass
