"""A form drawn as inline SVG in a web page: <text x= y=> elements are positioned words and <line> /
<rect> / <polyline> / <path> strokes are ruling lines, the same as a PDF or OFD page gives, so they
go to the one reader of positioned text and rules (extract.ruled_page.assemble).

Each <text>'s x, y, font-size and text-anchor place its characters (a <tspan> with its own x / y /
dy starts a line of its own; one without goes on where the text stands); a <foreignObject>'s XHTML text is
laid in its box (x / y / width / height) as a browser lays it, centred. An SVG carries no glyph
widths: a wide (CJK) character advances one em and any other half of one, near enough for the
character's centre to fall in its cell, which is all the grid needs. Transforms other than a plain
translate are not followed: such a drawing is left unread, and said so (the caller warns).
"""
from __future__ import annotations

import math

import re
import unicodedata

from .model import Document
from .ruled_page import Char, assemble

SNAP = 2.0        # user units (CSS px at the SVG's own scale): boundaries closer than this are one
# A drawn form is a page or two: a few thousand characters, a few thousand strokes. Past these the grid's
# assembly grows as their product (minutes): the drawing is left unread, and its callers count its text.
MAX_CHARS = 30_000
MAX_RULES = 10_000
MIN_LINE = 6.0    # a stroke shorter than this is no ruling line (a tick, an underline of a letter)
_NUM = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?", re.I)
_TRANSLATE = re.compile(r"^\s*translate\(\s*([-+\d.e]+)(?:[\s,]+([-+\d.e]+))?\s*\)\s*$", re.I)


def _num(value, default: float = 0.0) -> float:
    m = _NUM.match((value or "").strip())
    return float(m.group()) if m else default


def _local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def _advance(ch: str, size: float) -> float:
    return size if unicodedata.east_asian_width(ch) in ("W", "F") else size * 0.55


class Drawing:
    """The positioned characters and the ruling segments of one <svg>; `unread` counts the text
    elements under a transform this reader does not follow."""

    def __init__(self, svg):
        self.chars: list[Char] = []
        self.hs: list = []   # (y, x0, x1)
        self.vs: list = []   # (x, y0, y1)
        self.unread = 0
        self.lines: list[tuple[float, float, str, str, float, bool]] = []   # x, y, anchor, text, size, bold
        self._walk(svg, 0.0, 0.0, 12.0)

    def _walk(self, el, dx: float, dy: float, size: float) -> None:
        for child in el:
            tag = _local(child)
            if not tag:
                continue
            ox, oy = dx, dy
            if child.get("transform"):
                m = _TRANSLATE.match(child.get("transform"))
                if m is None:
                    self.unread += sum(1 for d in child.iter() if _has_text(d))
                    continue
                ox, oy = dx + float(m.group(1)), dy + float(m.group(2) or 0)
            own = _num(child.get("font-size"), size)
            if tag == "text":
                self._text(child, ox, oy, own)
            elif tag == "line":
                self._segment(ox + _num(child.get("x1")), oy + _num(child.get("y1")),
                              ox + _num(child.get("x2")), oy + _num(child.get("y2")))
            elif tag == "rect":
                x, y = ox + _num(child.get("x")), oy + _num(child.get("y"))
                w, h = _num(child.get("width")), _num(child.get("height"))
                for a, b, c, d in ((x, y, x + w, y), (x, y + h, x + w, y + h),
                                   (x, y, x, y + h), (x + w, y, x + w, y + h)):
                    self._segment(a, b, c, d)
            elif tag in ("polyline", "polygon"):
                pts = [float(v) for v in _NUM.findall(child.get("points") or "")]
                xy = [(ox + pts[k], oy + pts[k + 1]) for k in range(0, len(pts) - 1, 2)]
                if tag == "polygon" and xy:
                    xy.append(xy[0])
                for (a, b), (c, d) in zip(xy, xy[1:]):
                    self._segment(a, b, c, d)
            elif tag == "path":
                for (a, b), (c, d) in _path_segments(child.get("d") or ""):
                    self._segment(ox + a, oy + b, ox + c, oy + d)
            elif tag == "foreignobject":
                self._foreign(child, ox, oy, own)
            elif tag in ("g", "a", "svg", "switch"):
                self._walk(child, ox, oy, own)

    def _segment(self, x0: float, y0: float, x1: float, y1: float) -> None:
        if abs(y0 - y1) <= SNAP / 2 and abs(x1 - x0) >= MIN_LINE:
            self.hs.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) <= SNAP / 2 and abs(y1 - y0) >= MIN_LINE:
            self.vs.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    def _text(self, el, dx: float, dy: float, size: float) -> None:
        """The <text>'s runs: its own text, then each <tspan> (a new line where it sets x or y / dy)."""
        anchor = el.get("text-anchor", "start")
        x, y = _num(el.get("x")), _num(el.get("y"))
        runs: list[list] = [[x, y, anchor, el.text or "", size]]
        for span in el:
            if _local(span) != "tspan":
                continue
            if span.get("x") is not None or span.get("y") is not None or span.get("dy") is not None:
                x = _num(span.get("x"), x)
                y = _num(span.get("y"), y) + _num(span.get("dy"))
                runs.append([x, y, span.get("text-anchor", anchor), "", _num(span.get("font-size"), size)])
            runs[-1][3] += "".join(span.itertext())
            runs[-1][3] += span.tail or ""
        bold = (el.get("font-weight") or "") in ("bold", "bolder", "600", "700", "800", "900")
        for x, y, anchor, text, size in runs:
            text = text.strip()
            if not text:
                continue
            self.lines.append((dx + x, dy + y, anchor, text, size, bold))
            width = sum(_advance(ch, size) for ch in text)
            left = x - (width / 2 if anchor == "middle" else width if anchor == "end" else 0)
            for ch in text:
                if not ch.isspace():
                    self.chars.append(Char(dx + left, dy + y, size, ch))
                left += _advance(ch, size)


    def _foreign(self, el, dx: float, dy: float, size: float) -> None:
        """A <foreignObject>'s text (an XHTML <div> a diagram editor puts in a cell) laid in its box as the
        browser lays it: each block's text a line, a line wider than the box wrapped, the lines centred
        in the box both ways; where in its cell a character falls is all the grid needs."""
        x, y = dx + _num(el.get("x")), dy + _num(el.get("y"))
        w, h = _num(el.get("width")), _num(el.get("height"))
        lines: list[str] = []
        for text in _blocks_text(el):
            cur, width = "", 0.0
            for ch in text:
                if cur and w > 0 and width + _advance(ch, size) > w:
                    lines.append(cur)
                    cur, width = "", 0.0
                cur, width = cur + ch, width + _advance(ch, size)
            lines.append(cur)
        top = y + (h - len(lines) * size * 1.2) / 2
        for k, line in enumerate(lines):
            width = sum(_advance(ch, size) for ch in line)
            left = x + max(0.0, (w - width) / 2)
            for ch in line:
                if not ch.isspace():
                    self.chars.append(Char(left, top + (k + 1) * size * 1.2 - size * 0.25, size, ch))
                left += _advance(ch, size)


_PATH = re.compile(r"([MmLlHhVvZz])|([A-DF-Za-df-z])|([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)", re.I)


def _path_segments(d: str) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight segments a <path>'s d draws (M / L / H / V / Z, absolute or relative: a converter's rules,
    pdf2htmlEX's background "M70 120L180 120"); at a curve or an arc the rest of the path is left."""
    out = []
    x = y = sx = sy = 0.0
    cmd, nums = "", []
    for m in _PATH.finditer(d):
        c, other, num = m.groups()
        if num is not None:
            nums.append(float(num))
            need = 1 if cmd in "HhVv" else 2
            if cmd and len(nums) == need:
                rel = cmd.islower()
                if cmd in "Mm":
                    x, y = (x + nums[0], y + nums[1]) if rel else (nums[0], nums[1])
                    sx, sy = x, y
                    cmd = "l" if rel else "L"    # pairs after a moveto are linetos
                else:
                    nx, ny = x, y
                    if cmd in "Ll":
                        nx, ny = (x + nums[0], y + nums[1]) if rel else (nums[0], nums[1])
                    elif cmd in "Hh":
                        nx = x + nums[0] if rel else nums[0]
                    else:
                        ny = y + nums[0] if rel else nums[0]
                    out.append(((x, y), (nx, ny)))
                    x, y = nx, ny
                nums = []
            continue
        if other is not None:
            break       # a curve or an arc: where it ends is not followed
        if c in "Zz":
            if cmd and (x, y) != (sx, sy):
                out.append(((x, y), (sx, sy)))
            x, y = sx, sy
        cmd, nums = c, []
    return out


_BLOCK = {"div", "p", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table"}


def _blocks_text(el) -> list[str]:
    """The element's text as lines: a block element (or <br>) starts a new one."""
    lines = [""]

    def walk(node):
        if _local(node) in _BLOCK and lines[-1].strip():
            lines.append("")
        lines[-1] += node.text or ""
        for child in node:
            walk(child)
            if _local(child) in _BLOCK and lines[-1].strip():
                lines.append("")
            lines[-1] += child.tail or ""
    for child in el:
        walk(child)
        lines[-1] += child.tail or ""
    return [" ".join(line.split()) for line in lines if line.strip()]


def _has_text(d) -> bool:
    """A text element, or a foreignObject holding text: what a drawing left unread is counted by."""
    return _local(d) in ("text", "foreignobject") and bool("".join(d.itertext()).strip())


def read_svg(doc: Document, path: str, svg, number: int) -> Drawing | None:
    """Append the blocks of one <svg> that draws a ruled form (rules both ways), its ordinal in the
    page as the `page` of its locations; None (nothing appended) for any other drawing."""
    drawing = Drawing(svg)
    if len(drawing.hs) < 2 or len(drawing.vs) < 2 or label_blocks(drawing) is not None:
        return None
    if len(drawing.chars) > MAX_CHARS or len(drawing.hs) + len(drawing.vs) > MAX_RULES:
        return None
    if drawing.chars:
        assemble(doc, path, number, drawing.chars, drawing.hs, drawing.vs, SNAP)
    return drawing


BLOCK_PITCH = 1.6   # font sizes: lines of one label block stand at most this far apart, baseline to baseline
MIN_BLOCKS = 3


def label_blocks(drawing: Drawing) -> list[list[tuple]] | None:
    """The drawing's text as label blocks, where it is a chart's (1880.html, a radar chart: a block of lines
    at each axis's end, a name and its values): lines at one x and anchor, each within BLOCK_PITCH font sizes
    under the one before, no rule drawn between them (a ruled form's rows have theirs). None unless MIN_BLOCKS
    or more blocks of three lines or more hold nearly all its lines (a form's text is read as a form)."""
    groups: dict[tuple, list[tuple]] = {}
    for ln in drawing.lines:
        groups.setdefault((round(ln[0] / SNAP), ln[2]), []).append(ln)
    blocks = []
    for lines in groups.values():
        lines.sort(key=lambda ln: ln[1])
        run = lines[:1]
        for a, b in zip(lines, lines[1:]):
            ruled = any(a[1] < y < b[1] and x0 - SNAP <= b[0] <= x1 + SNAP for y, x0, x1 in drawing.hs)
            if b[1] - a[1] > BLOCK_PITCH * max(a[4], b[4]) or ruled:
                blocks.append(run)
                run = []
            run.append(b)
        blocks.append(run)
    big = [b for b in blocks if len(b) >= 3]
    if len(big) < MIN_BLOCKS or 10 * sum(map(len, big)) < 9 * len(drawing.lines):
        return None
    return sorted(big, key=lambda b: (b[0][1], b[0][0]))


MAX_BLOCK_LINES = 5   # a dial's or a tile's lines: its figure and a few labelled lines, no chart of many


def one_block(drawing: Drawing) -> list[str] | None:
    """The text of a drawing that is ONE block of lines (a gauge dial: the figure in its arc, 目标 … and 得分 … /
    分值 … under it): two to MAX_BLOCK_LINES lines at one x and anchor, each within BLOCK_PITCH font sizes under
    the one before, no rule drawn across between them, nothing transformed away; top to bottom. None otherwise (a
    form's text is read as a form, a chart's label blocks as blocks)."""
    lines = sorted(drawing.lines, key=lambda ln: ln[1])
    if drawing.unread or not 2 <= len(lines) <= MAX_BLOCK_LINES:
        return None
    if len({(round(ln[0] / SNAP), ln[2]) for ln in lines}) != 1:
        return None
    for a, b in zip(lines, lines[1:]):
        if b[1] - a[1] > BLOCK_PITCH * max(a[4], b[4]) or \
                any(a[1] < y < b[1] and x0 - SNAP <= b[0] <= x1 + SNAP for y, x0, x1 in drawing.hs):
            return None
    return [ln[3] for ln in lines]


def clockwise(blocks: list, place) -> list:
    """The blocks in the order a radial chart draws its axes: clockwise from the top about the centre of the
    blocks' places (`place(block)` its (x, y), y down), so a block under no level line of its own follows the
    one whose level it goes on (a chart's run of one level 2 is written on its first axis only)."""
    xs, ys = zip(*map(place, blocks))
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2

    def angle(b):
        return math.atan2(place(b)[0] - cx, cy - place(b)[1])
    # from the topmost block (the first axis, which may stand a little either side of the centre found)
    start = angle(min(blocks, key=lambda b: place(b)[1]))
    return sorted(blocks, key=lambda b: (angle(b) - start) % (2 * math.pi))


def svg_clockwise(blocks: list[list[tuple]]) -> list[list[tuple]]:
    return clockwise(blocks, lambda b: (b[0][0], (b[0][1] + b[-1][1]) / 2))


def blocks_said(blocks: list[list[tuple]], number: int, where: str) -> str:
    """The warning for a chart's label blocks, written out as lines a block after another (clockwise) for the
    label grammars to read, each named by its bold line (else its first): what does not read stays named."""
    names = [next((ln[3] for ln in b if ln[5]), b[0][3]) for b in blocks]
    return (f"{where}中的第{number}个SVG图形是图表，其{len(blocks)}组标注文字（各为一个名称及其数值，疑为{len(blocks)}个指标）"
            f"已按图中顺时针次序逐组列为文字行读取：{'、'.join(names)}；未读成指标的组请对照原{where}人工核对")


def unread_texts(svg, drawing: Drawing | None) -> int:
    """The <text> (and text-holding <foreignObject>) elements of one <svg> left unread: those under a transform
    not followed when it was read as a form, every one with text when it was not (no ruled form, or past
    MAX_CHARS / MAX_RULES)."""
    if drawing is not None:
        return drawing.unread
    return sum(1 for d in svg.iter() if _has_text(d))


def unread_said(unread: dict[int, int], where: str) -> str:
    """The warning for drawings whose text was left unread, each by its ordinal in the page or document
    (the `page` of a drawing read as a form); `where` is 网页 or 文档."""
    return (f"{where}中的第{'、'.join(map(str, unread))}个SVG图形有{sum(unread.values())}段文字未读取"
            "（图形不是带表格线的表单，或经旋转、缩放绘制，或过大），"
            f"若其中有指标或资金数据，请对照原{where}人工核对")
