"""A page of a web page written as a PDF page is (pdf2htmlEX's output, 1161.html): every text run an absolutely
placed box whose place is only in the style sheet's class rules (left, bottom up from the page's foot, a font size
and a transform that scales the glyphs: <div class="t m0 x4 h1 y3 ff1 fs2">), and the table's rules drawn in a
background SVG image (<img src="data:image/svg+xml;base64,…">, its <path>s). Read as a PDF page is read: the runs'
characters placed where the browser draws them, the image's strokes as ruling lines, both to the one reader of
positioned text and rules (extract.ruled_page.assemble). A browser lays such a page by its boxes, not by the
markup's order, so read a <div> a line it loses the grid (the fund block's labels above its figures).

Glyph widths are not known here: a wide (CJK) character advances one em and any other half of one (svg_text), near
enough for a character's centre to fall in its cell. A page whose background draws no rules both ways (a raster
image, none) is left to the ordinary walk.
"""
from __future__ import annotations

import re

from .data_uri import data_svg
from .html_css import _px
from .ruled_page import Char
from .svg_text import Drawing, _advance

MIN_RUNS = 8     # text runs: fewer is no page of a form
_MATRIX = re.compile(r"^\s*matrix\(\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,[^)]*\)\s*$", re.I)
_SCALE = re.compile(r"^\s*scale\(\s*([-\d.e]+)(?:\s*,\s*([-\d.e]+))?\s*\)\s*$", re.I)


def _scale(value: str | None) -> tuple[float, float] | None:
    """The (across, up) scale of a transform of no turn (matrix(a,0,0,d,…), scale(…)), 1 for none; None for a
    turn or skew, which this reader does not follow."""
    if not value or value.strip() == "none":
        return 1.0, 1.0
    if m := _MATRIX.match(value):
        a, b, c, d = (float(v) for v in m.groups())
        return (a, d) if b == 0 and c == 0 and a > 0 and d > 0 else None
    if m := _SCALE.match(value):
        sx = float(m.group(1))
        return sx, float(m.group(2)) if m.group(2) else sx
    return None


class Page:
    """The characters and ruling segments of one placed-run page, in CSS px down from its top."""

    def __init__(self, chars: list[Char], hs: list, vs: list):
        self.chars, self.hs, self.vs = chars, hs, vs


def read_page(styles, el) -> Page | None:
    """The page `el` draws, where its element children are all absolutely placed by px left and bottom, MIN_RUNS
    text runs or more among them (no text loose between them), and an SVG background image among them draws
    rules both ways; None for any other box (nothing read)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < MIN_RUNS or (el.text or "").strip() or any((c.tail or "").strip() for c in children):
        return None
    runs, images = [], []
    for c in children:
        style = styles.of(c)
        if style.get("position") != "absolute":
            return None
        left, bottom = _px(style.get("left")), _px(style.get("bottom"))
        if left is None or bottom is None:
            return None
        if c.tag == "img":
            images.append((c, left, bottom, _px(style.get("width")), _px(style.get("height"))))
        elif "".join(c.itertext()).strip():
            if any(isinstance(d.tag, str) and d.tag not in ("span", "a", "b", "i", "em", "strong", "sup", "sub")
                   for d in c.iterdescendants()):
                return None   # a run holds words, not blocks
            runs.append((c, left, bottom))
    if len(runs) < MIN_RUNS:
        return None
    placed = []   # (x, bottom up from the foot, size, text)
    for run, left, bottom in runs:
        style = styles.of(run)
        size, scale = _px(style.get("font-size")), _scale(style.get("transform"))
        if size is None or scale is None:
            return None
        sx, sy = scale
        x = left
        for text, gap in _pieces(styles, run):
            x += gap * sx
            for ch in text:
                if not ch.isspace():
                    placed.append((x, bottom, size * sy, ch))
                x += _advance(ch, size * sx)
    drawn = []    # (drawing, left, bottom, width, height)
    for img, left, bottom, width, height in images:
        svg = data_svg(img.get("src"))
        if svg is None or width is None or height is None:
            continue
        drawn.append((Drawing(svg), svg, left, bottom, width, height))
    if not drawn:
        return None
    top = max([b + s * 1.2 for _, b, s, _ in placed] + [b + h for _, _, _, b, _, h in drawn])   # the page's head
    hs, vs = [], []
    for drawing, svg, left, bottom, width, height in drawn:
        w, h = _box(svg, width, height)
        kx, ky = width / w, height / h
        y0 = top - (bottom + height)      # the image's head, down from the page's
        hs += [(y0 + y * ky, left + a * kx, left + b * kx) for y, a, b in drawing.hs]
        vs += [(left + x * kx, y0 + a * ky, y0 + b * ky) for x, a, b in drawing.vs]
    if len(hs) < 2 or len(vs) < 2:
        return None
    # a glyph's baseline stands above its box's foot by the half-leading and the descent (about a fifth of its size)
    return Page([Char(x, top - bottom - 0.2 * size, size, ch) for x, bottom, size, ch in placed], hs, vs)


def _box(svg, width: float, height: float) -> tuple[float, float]:
    """The SVG's own width and height (its viewBox, else its width / height), for its scale to the image's box."""
    vb = [float(v) for v in re.findall(r"[-\d.e]+", svg.get("viewBox") or "")]
    if len(vb) == 4 and vb[2] > 0 and vb[3] > 0:
        return vb[2], vb[3]
    return (_px(svg.get("width")) or width), (_px(svg.get("height")) or height)


def _pieces(styles, run) -> list[tuple[str, float]]:
    """A run's text as (text, gap before it) pieces: a spacer <span> (pdf2htmlEX's ._N with a px width and no
    text) moves the pen by its width."""
    out: list[tuple[str, float]] = [(run.text or "", 0.0)]

    def walk(el):
        for d in el:
            if isinstance(d.tag, str):
                gap = _px(styles.of(d).get("width")) if not "".join(d.itertext()).strip() else None
                out.append((d.text or "", gap or 0.0))
                walk(d)
            out.append((d.tail or "", 0.0))
    walk(run)
    return [(t, g) for t, g in out if t or g]
