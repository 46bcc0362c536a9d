"""OFD (GB/T 33190, China's fixed-layout e-document format): a zip of XML pages.

The package gets the same guards as .docx (real inflated bytes counted, no DTDs). Each page is read
with the TemplatePages it names (Background ones under its body, Foreground ones over it) and its
layers, page blocks and composite objects. Every graphic object is placed as the standard places it:
its contents (TextCode X / Y / DeltaX / DeltaY, font Size, path data) are in the object's own space,
which its CTM maps into the space of its Boundary, whose origin is the Boundary's top-left corner in
the page (or in the composite unit drawing it) — millimetres on the page. Ruling lines come from the
path objects. Where a page has a ruled grid, its cells are rebuilt from the lines (a boundary missing
between two slots is a merge) and text is assigned to the cell holding its centre; the rest of the
text becomes lines of paragraphs, top to bottom.

A table that ends one page and resumes on the next is joined (extract.ruled_page.stitch).
Pages that are only an image (a scanned OFD) give a warning, not text.
"""
from __future__ import annotations

import math
import posixpath
import re

import defusedxml.ElementTree as safe_et

from .errors import ExtractError
from .model import Document
from .ruled_page import Char, assemble, stitch
from .zipguard import check_package

SNAP = 0.8          # millimetres: boundaries closer than this are one
MIN_LINE = 3.0      # millimetres: a path shorter than this is not a ruling line
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
LAYERS = {"Background": 0, "Body": 1, "Foreground": 2}   # drawing order; Custom and none: with the body
NESTING = 8         # composite units drawn inside composite units: deeper is a hostile file
UNITS = 2000        # composite units drawn on one page, at most (each may be drawn many times)
# AbbreviatedData (GB/T 33190 9.2): each command and how many numbers it takes.
PATH_ARGS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0, "Z": 0}
NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(el, name: str):
    for child in el.iter():
        if _local(child.tag) == name:
            return child
    return None


def _findall(el, name: str):
    return [c for c in el.iter() if _local(c.tag) == name]


def _children(el, name: str):
    return [c for c in el if _local(c.tag) == name]


def _floats(text: str | None) -> list[float]:
    return [float(v) for v in re.findall(NUMBER, text or "")]


def _resolve(base: str, loc: str) -> str:
    """A BaseLoc: absolute from the package root, else relative to the folder of the file naming it."""
    loc = loc.strip()
    return posixpath.normpath(loc[1:] if loc.startswith("/") else posixpath.join(base, loc))

def read_ofd(path: str, data: bytes, sha256: str) -> Document:
    zf = check_package(path, data, what="OFD 文件", xml_suffixes=(".xml",))
    names = {n.lower(): n for n in zf.namelist()}

    def xml(name: str, needed: bool = True):
        real = names.get(name.lower().lstrip("/"))
        if real is None:
            if not needed:
                return None
            raise ExtractError(path, "corrupt", f"OFD 文件缺少 {name}")
        try:
            return safe_et.fromstring(zf.read(real))
        except safe_et.ParseError as e:
            raise ExtractError(path, "corrupt", f"OFD 文件中的 {name} 不是合法的 XML（{e}）") from None

    root = xml("OFD.xml")
    doc_root = _find(root, "DocRoot")
    if doc_root is None or not (doc_root.text or "").strip():
        raise ExtractError(path, "corrupt", "OFD.xml 中没有 DocRoot，无法读取")
    doc_path = doc_root.text.strip().lstrip("/")
    base = posixpath.dirname(doc_path)
    document = xml(doc_path)
    doc = Document(source=path, format="ofd", sha256=sha256)
    templates, units = {}, {}
    for common in _children(document, "CommonData"):
        templates.update((t.get("ID"), t) for t in _children(common, "TemplatePage") if t.get("BaseLoc"))
        for res in _children(common, "PublicRes") + _children(common, "DocumentRes"):
            _units(xml(_resolve(base, res.text or ""), needed=False), units)
    pages = [p.get("BaseLoc") for p in _findall(document, "Page") if p.get("BaseLoc")]
    doc.pages = len(pages)
    for number, loc in enumerate(pages, start=1):
        page_path = _resolve(base, loc)
        page = xml(page_path)
        under, over, own = [], [], dict(units)
        for ref in _children(page, "Template"):
            template = templates.get(ref.get("TemplateID"))
            if template is not None:
                # The page's ZOrder, else the template's own; the standard's default is Background.
                order = ref.get("ZOrder") or template.get("ZOrder") or "Background"
                (over if order == "Foreground" else under).append(xml(_resolve(base, template.get("BaseLoc"))))
        for res in _children(page, "PageRes"):
            _units(xml(_resolve(posixpath.dirname(page_path), res.text or ""), needed=False), own)
        _read_page(doc, path, number, [*under, page, *over], own)
    stitch(doc)
    if not doc.blocks:
        doc.warnings.append("OFD 文件中没有可读取的文字（可能是扫描件）")
    return doc


def _units(res, units: dict) -> None:
    """The CompositeGraphicUnits a resource file defines, by ID."""
    for unit in _findall(res, "CompositeGraphicUnit") if res is not None else []:
        if unit.get("ID"):
            units[unit.get("ID")] = unit


def _read_page(doc: Document, path: str, number: int, sources: list, units: dict) -> None:
    """sources: the page's Background templates, the page, its Foreground templates, in drawing order."""
    chars: list[Char] = []
    hs, vs = [], []     # horizontal (y, x0, x1) and vertical (x, y0, y1) segments
    budget = [UNITS]
    for source in sources:
        for content in _children(source, "Content"):
            for layer in sorted(_children(content, "Layer"), key=lambda la: LAYERS.get(la.get("Type"), 1)):
                _draw(layer, IDENTITY, units, chars, hs, vs, (), budget, 0)
    assemble(doc, path, number, chars, hs, vs, SNAP)


def _draw(block, space, units: dict, chars: list, hs: list, vs: list, drawing: tuple, budget: list,
          depth: int) -> None:
    """A layer's or page block's objects; space maps the block's coordinates to the page's."""
    if depth > 64:      # page blocks nested this deep are a hostile file, not a form
        return
    for obj in block:
        kind = _local(obj.tag)
        if kind == "PageBlock":
            _draw(obj, space, units, chars, hs, vs, drawing, budget, depth + 1)
        elif kind in ("TextObject", "PathObject", "CompositeObject"):
            box, inner = _spaces(space, obj)
            if kind == "TextObject":
                _text(obj, inner, chars)
            elif kind == "PathObject":
                _segments(obj, box, inner, hs, vs)
            else:
                rid = obj.get("ResourceID")
                unit = units.get(rid)
                # A unit drawing itself, or units nested or repeated without end, would never finish.
                if unit is None or rid in drawing or len(drawing) >= NESTING or budget[0] <= 0:
                    continue
                budget[0] -= 1
                for content in _children(unit, "Content"):
                    _draw(content, inner, units, chars, hs, vs, drawing + (rid,), budget, depth + 1)


def _compose(outer, inner):
    """The affine map (a b c d e f: x' = a·x + c·y + e, y' = b·x + d·y + f) applying inner, then outer."""
    a1, b1, c1, d1, e1, f1 = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1)


def _apply(m, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _spaces(space, obj):
    """The Boundary's space (its origin at the Boundary's top-left) and the object's own (the CTM maps it
    into the Boundary's), each mapped to the page."""
    bx, by = (_floats(obj.get("Boundary")) + [0.0, 0.0])[:2]
    box = _compose(space, (1.0, 0.0, 0.0, 1.0, bx, by))
    ctm = _floats(obj.get("CTM"))
    return box, (_compose(box, tuple(ctm)) if len(ctm) == 6 else box)


def _text(obj, space, chars: list) -> None:
    size = (_floats(obj.get("Size")) or [3.5])[0]
    height = size * math.hypot(space[2], space[3])    # an em of the object's space, upright, on the page
    # With no DeltaX / DeltaY a glyph advances one em (scaled by HScale across) in the reading direction.
    across = size * (_floats(obj.get("HScale")) or [1.0])[0]
    step = {"90": (0.0, size), "180": (-across, 0.0), "270": (0.0, -size)}.get(obj.get("ReadDirection"), (across, 0.0))
    x = y = 0.0
    for code in _children(obj, "TextCode"):
        text = code.text or ""
        # An X or Y left out is the previous TextCode's (GB/T 33190 11.3).
        x = (_floats(code.get("X")) or [x])[0]
        y = (_floats(code.get("Y")) or [y])[0]
        spec_x, spec_y = code.get("DeltaX"), code.get("DeltaY")
        if spec_x is None and spec_y is None:
            dxs, dys = [step[0]] * (len(text) - 1), [step[1]] * (len(text) - 1)
        else:
            dxs, dys = _deltas(spec_x, len(text)), _deltas(spec_y, len(text))
        for k, ch in enumerate(text):
            px, py = _apply(space, x + sum(dxs[:k]), y + sum(dys[:k]))
            chars.append(Char(px, py, height, ch))


def _deltas(spec: str | None, n: int) -> list[float]:
    """DeltaX / DeltaY: numbers, with `g COUNT VALUE` for a run of equal advances; the last repeats."""
    out, tokens = [], (spec or "").split()
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                out += [float(tokens[i + 2])] * min(int(float(tokens[i + 1])), n)
            except ValueError:
                pass
            i += 3
        else:
            try:
                out.append(float(tokens[i]))
            except ValueError:
                pass
            i += 1
    return (out + [out[-1] if out else 0.0] * n)[:max(n - 1, 0)]


def _segments(obj, box, space, hs: list, vs: list) -> None:
    """Ruling lines: the straight pieces of the path (M / S start a sub-path, L draws, C closes it; curves
    Q / B / A only move on to their end point)."""
    bw, bh = (_floats(obj.get("Boundary")) + [0.0, 0.0, 0.0, 0.0])[2:4]
    data = next((c.text for c in obj if _local(c.tag) == "AbbreviatedData"), "")
    tokens = re.findall(rf"[A-Za-z]|{NUMBER}", data or "")
    points, cur, start = [], None, None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        n = PATH_ARGS.get(t)
        args = tokens[i + 1:i + 1 + (n or 0)]
        if n is None or any(a in PATH_ARGS or a.isalpha() for a in args):
            i += 1
            continue
        if len(args) < n:
            break
        i += 1 + n
        end = _apply(space, float(args[-2]), float(args[-1])) if n else None
        if t in ("M", "S"):
            cur = start = end
        elif t == "L":
            points.append((cur, end))
            cur = end
        elif n:
            cur = end
        else:
            if cur is not None and start is not None:
                points.append((cur, start))
            cur = start
    if not data and bw and bh:   # a bare rectangle
        corners = [_apply(box, x, y) for x, y in ((0.0, 0.0), (bw, 0.0), (bw, bh), (0.0, bh))]
        points = [(corners[k], corners[(k + 1) % 4]) for k in range(4)]
    for a, b in points:
        if a is None or b is None:
            continue
        if abs(a[1] - b[1]) < SNAP and abs(a[0] - b[0]) >= MIN_LINE:
            hs.append((a[1], min(a[0], b[0]), max(a[0], b[0])))
        elif abs(a[0] - b[0]) < SNAP and abs(a[1] - b[1]) >= MIN_LINE:
            vs.append((a[0], min(a[1], b[1]), max(a[1], b[1])))
