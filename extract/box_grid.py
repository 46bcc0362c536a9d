"""A form drawn as boxes: text boxes placed side by side and under each other (a Word drawing
group, wpg:wgp, of text boxes at their child offsets, or a legacy VML group, v:group, of rectangles
with text boxes placed by their CSS style in the group's coordinate space; or frames anchored one by one beside the
group's ruled rectangles, as LibreOffice saves a .doc of one; or consecutive paragraphs each set in a
frame of its own, w:framePr, placed and sized outright) read as the table they draw.

Each box's rectangle is found from its placement: an anchored drawing's offset (wp:posOffset, the
same reference for all of the paragraph's drawings) and extent, a shape's place in its group through
the group's transform (a:off / a:ext over a:chOff / a:chExt, group in group). The cells are the
outlined rectangles holding no text where there are such (the rules of the form; the text boxes
are placed by their centres into them), else the text boxes themselves. The cells' edges, each
snapped to the edges within a tolerance of it, are the grid's lines; a cell covers the grid slots
between its edges. Where two cells cover one slot, or a text box's centre is in no cell, the boxes
are no grid: None, and they are read one by one as before.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
WPG = "{http://schemas.microsoft.com/office/word/2010/wordprocessingGroup}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
V = "{urn:schemas-microsoft-com:vml}"

MIN_CELLS = 4          # fewer boxes than this are a callout or a stamp, not a form
MAX_LINES = 2000       # a grid of more rows or columns than this is no form (a hostile file's boxes set corner to corner)
SNAP = 25400           # EMU (2 pt): edges this close are one line (a saved copy rounds each box its own way)


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    content: object | None    # the box's w:txbxContent, None for a shape with no text box

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


def _int(el, name: str) -> float | None:
    try:
        return float(el.get(name))
    except (TypeError, ValueError):
        return None


def _xfrm(sp_pr):
    return None if sp_pr is None else sp_pr.find(A + "xfrm")


def _shape_box(wsp, place) -> Box | None:
    """A shape's rectangle through place (child space -> the paragraph's), with its text box."""
    xf = _xfrm(wsp.find(WPS + "spPr"))
    off = None if xf is None else xf.find(A + "off")
    ext = None if xf is None else xf.find(A + "ext")
    if off is None or ext is None or xf.get("rot") not in (None, "0"):
        return None
    x, y, cx, cy = _int(off, "x"), _int(off, "y"), _int(ext, "cx"), _int(ext, "cy")
    if None in (x, y, cx, cy):
        return None
    x0, y0 = place(x, y)
    x1, y1 = place(x + cx, y + cy)
    return Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), wsp.find(f"{WPS}txbx/{W}txbxContent"))


def _group_boxes(grp, place, out: list[Box]) -> bool:
    """The boxes of a group (wpg:wgp or a nested wpg:grpSp) into out; False where one cannot be placed."""
    xf = _xfrm(grp.find(WPG + "grpSpPr"))
    parts = [None if xf is None else xf.find(A + t) for t in ("off", "ext", "chOff", "chExt")]
    if xf is None or any(p is None for p in parts) or xf.get("rot") not in (None, "0"):
        return False
    (ox, oy), (ex, ey), (cx, cy), (cw, ch) = [(_int(p, "x") if p.get("x") is not None else _int(p, "cx"),
                                              _int(p, "y") if p.get("y") is not None else _int(p, "cy"))
                                             for p in parts]
    if None in (ox, oy, ex, ey, cx, cy, cw, ch) or not cw or not ch:
        return False

    def inner(x, y):
        return place(ox + (x - cx) * ex / cw, oy + (y - cy) * ey / ch)
    for child in grp:
        if child.tag == WPS + "wsp":
            box = _shape_box(child, inner)
            if box is None:
                return False
            out.append(box)
        elif child.tag == WPG + "grpSp":
            if not _group_boxes(child, inner, out):
                return False
    return True


def _anchor_boxes(anchor, out: list[Box], frame: list) -> bool:
    """An anchored drawing's boxes into out, placed by its offset; frame holds the references its
    offsets are taken from (all of a paragraph's must be the same). False where it cannot be placed."""
    h, v = anchor.find(WP + "positionH"), anchor.find(WP + "positionV")
    hx = None if h is None else h.find(WP + "posOffset")
    vy = None if v is None else v.find(WP + "posOffset")
    if hx is None or vy is None:
        return False
    try:
        ax, ay = float(hx.text), float(vy.text)
    except (TypeError, ValueError):
        return False
    frame.append((h.get("relativeFrom"), v.get("relativeFrom")))
    data = anchor.find(f"{A}graphic/{A}graphicData")
    if data is None:
        return False
    grp = data.find(WPG + "wgp")
    if grp is not None:
        # the group's own offset is where the anchor puts it
        xf = _xfrm(grp.find(WPG + "grpSpPr"))
        off = None if xf is None else xf.find(A + "off")
        gx, gy = (_int(off, "x") or 0, _int(off, "y") or 0) if off is not None else (0, 0)
        return _group_boxes(grp, lambda x, y: (ax + x - gx, ay + y - gy), out)
    wsp = data.find(WPS + "wsp")
    if wsp is None:
        return True   # a picture or a chart: no box of the form
    ext = anchor.find(WP + "extent")
    cx, cy = (None, None) if ext is None else (_int(ext, "cx"), _int(ext, "cy"))
    if cx is None or cy is None:
        return False
    out.append(Box(ax, ay, ax + cx, ay + cy, wsp.find(f"{WPS}txbx/{W}txbxContent")))
    return True


# EMU per CSS unit of a VML style (a number without a unit is a pixel at the top, a coordinate unit inside a group)
_UNIT = {"pt": 12700, "px": 9525, "in": 914400, "cm": 360000, "mm": 36000, "pc": 152400, "": 9525}
_VML_SHAPES = (V + "rect", V + "roundrect", V + "shape", V + "oval")


def _style(el) -> dict[str, str]:
    return {k.strip().lower(): v.strip() for k, _, v in
            (d.partition(":") for d in (el.get("style") or "").split(";")) if k.strip()}


def _length(value: str | None, unit_emu: float | None = None) -> float | None:
    """A VML style length in EMU (in coordinate units times unit_emu when given: a group's child)."""
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*([a-z]*)", (value or "0").strip().lower())
    if m is None:
        return None
    if unit_emu is not None:
        return float(m[1]) * unit_emu if not m[2] else None
    return float(m[1]) * _UNIT[m[2]] if m[2] in _UNIT else None


def _pair(value: str | None, default: tuple[float, float]) -> tuple[float, float] | None:
    parts = [v.strip() for v in (value or "").split(",")]
    try:
        return (float(parts[0] or default[0]), float(parts[1] if len(parts) > 1 and parts[1] else default[1])) \
            if value else default
    except ValueError:
        return None


def _vml_group_boxes(grp, place, out: list[Box]) -> bool:
    """The boxes of a VML group (v:group: children placed by left / top / width / height in the
    group's coordinate space, coordorigin / coordsize, mapped onto the group's own box) into out;
    False where one cannot be placed (a rotated or flipped shape, a length in a unit not known)."""
    st = _style(grp)
    w, h = _length(st.get("width")), _length(st.get("height"))
    origin, size = _pair(grp.get("coordorigin"), (0, 0)), _pair(grp.get("coordsize"), (1000, 1000))
    if None in (w, h, origin, size) or not size[0] or not size[1] or st.get("rotation") or st.get("flip"):
        return False
    sx, sy = w / size[0], h / size[1]

    def inner(x, y):
        return place((x - origin[0]) * sx, (y - origin[1]) * sy)
    for child in grp:
        if not isinstance(child.tag, str) or child.tag not in (V + "group", *_VML_SHAPES):
            continue   # a line, a picture, the group's own formulas: no box of the form
        cs = _style(child)
        if cs.get("rotation") or cs.get("flip"):
            return False
        dims = [_length(cs.get(k), 1) for k in ("left", "top", "width", "height")]
        if None in dims:
            return False
        x, y, cw, ch = dims
        if child.tag == V + "group":
            return False   # a group in a group is not followed: its boxes are read one by one
        x0, y0 = inner(x, y)
        x1, y1 = inner(x + cw, y + ch)
        out.append(Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), child.find(f"{V}textbox/{W}txbxContent")))
    return True


def _tags_between(el, p) -> set:
    """The tags of the elements between el and its paragraph p (el's ancestors below p)."""
    above = set()
    for a in el.iterancestors():
        if a is p:
            break
        above.add(a.tag)
    return above


def _inline_groups(p):
    """The drawing groups (wpg:wgp) of the paragraph's inline drawings (wp:inline), through the branch of an
    mc:AlternateContent a consumer takes; not those inside a text box."""
    for el in p.iter(WP + "inline"):
        above = _tags_between(el, p)
        if MC + "Fallback" in above or W + "txbxContent" in above:
            continue
        grp = el.find(f"{A}graphic/{A}graphicData/{WPG}wgp")
        if grp is not None:
            yield grp


def _vml_groups(p):
    """The paragraph's outermost VML groups, not those in an mc:Fallback (a copy of a DrawingML drawing
    read from its Choice) nor inside a text box."""
    for el in p.iter(V + "group"):
        above = _tags_between(el, p)
        if MC + "Fallback" not in above and W + "txbxContent" not in above and V + "group" not in above:
            yield el


def _anchors(p):
    """The paragraph's anchored drawings, through the mc:AlternateContent branch a consumer takes; not
    those anchored inside a text box (placed in that box's paragraph, not this one)."""
    for el in p.iter(WP + "anchor"):
        above = _tags_between(el, p)
        if MC + "Fallback" not in above and W + "txbxContent" not in above:
            yield el


TWIP = 635   # EMU per twip: w:framePr measures in twentieths of a point


def _frame(p) -> tuple[tuple, tuple, Box] | None:
    """A paragraph set in a frame placed and sized outright (w:framePr with x, y, w and an exact or
    least height): (its anchors, its frame properties, its box); None for any other paragraph, a drop
    cap, or a frame aligned (xAlign / yAlign) or sized by its text, whose place no attribute gives."""
    pr = p.find(f"{W}pPr/{W}framePr")
    if pr is None or pr.get(W + "dropCap") not in (None, "none") or \
            pr.get(W + "xAlign") is not None or pr.get(W + "yAlign") is not None or \
            pr.get(W + "hRule") not in ("exact", "atLeast"):
        return None
    x, y, w, h = (_int(pr, W + k) for k in ("x", "y", "w", "h"))
    if None in (x, y, w, h) or w <= 0 or h <= 0:
        return None
    x, y, w, h = x * TWIP, y * TWIP, w * TWIP, h * TWIP
    return (pr.get(W + "hAnchor"), pr.get(W + "vAnchor")), tuple(sorted(pr.attrib.items())), \
        Box(x, y, x + w, y + h, [p])


def framed(p) -> bool:
    """The paragraph is set in a frame (w:framePr), a drop cap's aside."""
    pr = p.find(f"{W}pPr/{W}framePr")
    return pr is not None and pr.get(W + "dropCap") in (None, "none")


def frame_grid(paragraphs: list) -> tuple[list[tuple[int, int, int, int, list]], int, int, list] | None:
    """Consecutive framed paragraphs as the grid their frames draw (a table drawn as a frame per
    cell, each placed on the page: the order of the paragraphs is no order of the table's), in
    box_grid's shape, each cell's contents lists of paragraphs; consecutive paragraphs of the same
    frame properties are one frame, as Word sets them. None where a frame is not placed outright, the
    frames are placed from different anchors, or they draw no grid."""
    boxes: list[Box] = []
    anchors, last = set(), None
    for p in paragraphs:
        frame = _frame(p)
        if frame is None:
            return None
        anchor, props, box = frame
        if props == last:
            boxes[-1].content.append(p)
            continue
        anchors.add(anchor)
        boxes.append(box)
        last = props
    if len(anchors) != 1:
        return None
    grid = grid_of(boxes, SNAP)
    return None if grid is None else (*grid, [b.content for b in boxes])


def _lines(values: list[float], snap: float = SNAP) -> list[float]:
    """Edges within snap of each other as one line (their first)."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > snap:
            out.append(v)
    return out


def _at(lines: list[float], v: float) -> int:
    """The line nearest v (the lower of two as near); lines sorted, looked up by bisection: a grid's
    boxes are each placed without walking every line."""
    k = bisect.bisect_left(lines, v)
    return k - 1 if k == len(lines) or k > 0 and v - lines[k - 1] <= lines[k] - v else k


def box_grid(p) -> tuple[list[tuple[int, int, int, int, list]], int, int, list] | None:
    """The paragraph's boxes as a grid: the cells (row, col, rowspan, colspan, their text boxes'
    contents in reading order), the number of rows and columns, and every text box content taken;
    None where the boxes are no grid."""
    boxes: list[Box] = []
    frame: list = []
    for anchor in _anchors(p):
        if not _anchor_boxes(anchor, boxes, frame):
            return None
    for inline in _inline_groups(p):
        # an inline group (嵌入型, as LibreOffice writes a .doc's drawing group) stands where the text does
        xf = _xfrm(inline.find(WPG + "grpSpPr"))
        off = None if xf is None else xf.find(A + "off")
        gx, gy = (_int(off, "x") or 0, _int(off, "y") or 0) if off is not None else (0, 0)
        if not _group_boxes(inline, lambda x, y, gx=gx, gy=gy: (x - gx, y - gy), boxes):
            return None
        frame.append(("inline", "inline"))
    for grp in _vml_groups(p):
        st = _style(grp)
        # an inline group stands where the text does; a floating one where its margins put it
        at = (_length(st.get("margin-left")), _length(st.get("margin-top"))) if st.get("position") == "absolute" \
            else (0.0, 0.0)
        if None in at or not _vml_group_boxes(grp, lambda x, y, at=at: (at[0] + x, at[1] + y), boxes):
            return None
        frame.append(("vml", st.get("position")))
    if len(set(frame)) > 1:
        return None
    grid = grid_of(boxes, SNAP)
    return None if grid is None else (*grid, [b.content for b in boxes if b.content is not None])


def grid_of(boxes: list[Box], snap: float) -> tuple[list[tuple[int, int, int, int, list]], int, int] | None:
    """Boxes placed side by side and under each other as a grid, whatever drew them (Word's text
    boxes, a page's absolutely positioned elements): the cells (row, col, rowspan, colspan, the
    contents of the text boxes in each, in reading order) and the number of rows and columns; edges
    within snap of each other are one line. None where the boxes are no grid."""
    texts = [b for b in boxes if b.content is not None]
    rules = [b for b in boxes if b.content is None]
    cells = rules if len(rules) >= MIN_CELLS else texts
    if len(cells) < MIN_CELLS or not texts:
        return None
    xs = _lines([v for b in cells for v in (b.x0, b.x1)], snap)
    ys = _lines([v for b in cells for v in (b.y0, b.y1)], snap)
    if len(xs) < 3 or len(ys) < 3 or len(xs) > MAX_LINES or len(ys) > MAX_LINES:
        return None
    placed = []
    taken: set[tuple[int, int]] = set()
    for b in cells:
        c0, c1, r0, r1 = _at(xs, b.x0), _at(xs, b.x1), _at(ys, b.y0), _at(ys, b.y1)
        if c1 <= c0 or r1 <= r0:
            return None
        slots = {(r, c) for r in range(r0, r1) for c in range(c0, c1)}
        if slots & taken:
            return None
        taken |= slots
        placed.append([r0, c0, r1 - r0, c1 - c0, [], b])
    own = {id(cell[5]): cell for cell in placed}
    for t in sorted(texts, key=lambda b: (b.y0, b.x0)):
        if cells is texts:
            home = own[id(t)]
        else:
            x, y = t.centre
            home = next((cell for cell in placed if cell[5].x0 <= x <= cell[5].x1 and cell[5].y0 <= y <= cell[5].y1), None)
            if home is None:
                return None
        home[4].append(t.content)
    out = sorted(((r, c, rs, cs, contents) for r, c, rs, cs, contents, _ in placed), key=lambda x: x[:2])
    return out, len(ys) - 1, len(xs) - 1
