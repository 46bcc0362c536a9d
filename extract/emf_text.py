"""An enhanced metafile (EMF: a table pasted into Word as 图片（增强型图元文件）, Excel's clipboard picture of a
range) as the SVG drawing it stands for, so the reader of positioned text and rules (extract.svg_text) reads
it as it reads an SVG picture: each EMR_EXTTEXTOUTW a <text> at its reference point (the text alignment
set by EMR_SETTEXTALIGN giving its anchor and baseline, the selected font its size), each MOVETO / LINETO
and POLYLINE stroke a <line>. Logical coordinates are kept as written: text and rules share them, and
the grid is read from their relative places. Records this does not draw (fills, clipping, bitmaps) are
passed over; a file that is no EMF gives None."""
from __future__ import annotations

import struct

from lxml import etree

SVG = "http://www.w3.org/2000/svg"
_SIGNATURE = 0x464D4520   # " EMF" in the header record
MAX_RECORDS = 200_000     # a pasted table is a few thousand records: past this it is no form


def is_emf(data: bytes) -> bool:
    return len(data) >= 44 and struct.unpack_from("<II", data, 0)[0] == 1 and \
        struct.unpack_from("<I", data, 40)[0] == _SIGNATURE


def emf_svg(data: bytes):
    """The <svg> element standing for the metafile's text and strokes, or None for no EMF."""
    if not is_emf(data):
        return None
    left, top, right, bottom = struct.unpack_from("<iiii", data, 8)
    svg = etree.Element(f"{{{SVG}}}svg", nsmap={None: SVG})
    svg.set("viewBox", f"{left} {top} {max(right - left, 1)} {max(bottom - top, 1)}")
    fonts: dict[int, float] = {}
    size, align = 12.0, 0
    pos = (0, 0)

    def line(a, b) -> None:
        el = etree.SubElement(svg, f"{{{SVG}}}line")
        for k, v in zip(("x1", "y1", "x2", "y2"), (*a, *b)):
            el.set(k, str(v))
        el.set("stroke", "#000")

    def points(fmt: str, at: int, count: int) -> list[tuple[int, int]]:
        step = struct.calcsize(fmt)
        return [struct.unpack_from(fmt, data, at + k * step) for k in range(count)]
    at = 0
    for _ in range(MAX_RECORDS):
        if at + 8 > len(data):
            break
        kind, n = struct.unpack_from("<II", data, at)
        if n < 8 or at + n > len(data) or kind == 14:   # EMR_EOF, or a record running past the file
            break
        try:
            if kind == 82:   # EMR_EXTCREATEFONTINDIRECTW: its LOGFONTW's height (negative: the characters')
                ih, height = struct.unpack_from("<Ii", data, at + 8)
                fonts[ih] = float(abs(height)) or 12.0
            elif kind == 37:   # EMR_SELECTOBJECT
                size = fonts.get(struct.unpack_from("<I", data, at + 8)[0], size)
            elif kind == 22:   # EMR_SETTEXTALIGN
                align = struct.unpack_from("<I", data, at + 8)[0]
            elif kind == 27:   # EMR_MOVETOEX
                pos = struct.unpack_from("<ii", data, at + 8)
            elif kind == 54:   # EMR_LINETO
                end = struct.unpack_from("<ii", data, at + 8)
                line(pos, end)
                pos = end
            elif kind in (4, 87):   # EMR_POLYLINE, EMR_POLYLINE16
                count = struct.unpack_from("<I", data, at + 24)[0]
                pts = points("<ii" if kind == 4 else "<hh", at + 28, count)
                for a, b in zip(pts, pts[1:]):
                    line(a, b)
            elif kind == 90:   # EMR_POLYPOLYLINE16
                polys, count = struct.unpack_from("<II", data, at + 24)
                counts = struct.unpack_from(f"<{polys}I", data, at + 32)
                pts = points("<hh", at + 32 + 4 * polys, count)
                k = 0
                for c in counts:
                    for a, b in zip(pts[k:k + c], pts[k + 1:k + c]):
                        line(a, b)
                    k += c
            elif kind == 84:   # EMR_EXTTEXTOUTW: EMRTEXT from byte 36 of the record
                x, y, chars, off = struct.unpack_from("<iiII", data, at + 36)
                text = data[at + off:at + off + 2 * chars].decode("utf-16-le", errors="replace")
                if text.strip():
                    el = etree.SubElement(svg, f"{{{SVG}}}text")
                    # TA_CENTER 6, TA_RIGHT 2; TA_BASELINE 24, TA_BOTTOM 8, else the top
                    el.set("text-anchor", {6: "middle", 2: "end"}.get(align & 6, "start"))
                    base = y if align & 24 == 24 else y - 0.2 * size if align & 8 else y + 0.8 * size
                    el.set("x", str(x))
                    el.set("y", f"{base:g}")
                    el.set("font-size", f"{size:g}")
                    el.text = text
        except struct.error:
            break   # a record shorter than its kind: the rest is not trusted
        at += n
    return svg
