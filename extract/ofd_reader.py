"""OFD (GB/T 33190, China's fixed-layout e-document format): a zip of XML pages.

The package gets the same guards as .docx (real inflated bytes counted, no DTDs). Each
page's text objects are placed by their boundary and TextCode X/Y (millimetres); ruling lines
come from its path objects. Where a page has a ruled grid, its cells are rebuilt from the
lines (a boundary missing between two slots is a merge) and text is assigned to the cell
holding its centre; the rest of the text becomes lines of paragraphs, top to bottom.

Not yet: a table that runs over a page break is read as one table per page (the PDF reader
stitches them; OFD files of 自评表 seen so far fit a page), and pages that are only an image
(scans) give a warning, not text.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

import defusedxml.ElementTree as safe_et

from .errors import ExtractError
from .model import Cell, Document, Location, Paragraph, Table
from .zipguard import check_package

SNAP = 0.8          # millimetres: boundaries closer than this are one
MIN_LINE = 3.0      # millimetres: a path shorter than this is not a ruling line


@dataclass
class _Char:
    x: float
    y: float        # baseline
    size: float
    text: str


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(el, name: str):
    for child in el.iter():
        if _local(child.tag) == name:
            return child
    return None


def _findall(el, name: str):
    return [c for c in el.iter() if _local(c.tag) == name]


def _floats(text: str | None) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?", text or "")]


def read_ofd(path: str, data: bytes, sha256: str) -> Document:
    zf = check_package(path, data, what="OFD 文件", xml_suffixes=(".xml",))
    names = {n.lower(): n for n in zf.namelist()}

    def xml(name: str):
        real = names.get(name.lower().lstrip("/"))
        if real is None:
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
    pages = [p.get("BaseLoc") for p in _findall(document, "Page") if p.get("BaseLoc")]
    doc.pages = len(pages)
    for number, loc in enumerate(pages, start=1):
        page_path = posixpath.normpath(posixpath.join(base, loc.lstrip("/"))) if not loc.startswith("/") else loc[1:]
        _read_page(doc, path, number, xml(page_path))
    if not doc.blocks:
        doc.warnings.append("OFD 文件中没有可读取的文字（可能是扫描件）")
    return doc


def _read_page(doc: Document, path: str, number: int, page) -> None:
    chars: list[_Char] = []
    hs, vs = [], []     # horizontal (y, x0, x1) and vertical (x, y0, y1) segments
    for obj in page.iter():
        kind = _local(obj.tag)
        if kind == "TextObject":
            bx, by, _, _ = (_floats(obj.get("Boundary")) + [0, 0, 0, 0])[:4]
            size = (_floats(obj.get("Size")) or [3.5])[0]
            for code in (c for c in obj if _local(c.tag) == "TextCode"):
                text = code.text or ""
                x, y = float(code.get("X", 0)), float(code.get("Y", 0))
                deltas = _deltas(code.get("DeltaX"), len(text))
                for k, ch in enumerate(text):
                    chars.append(_Char(bx + x + sum(deltas[:k]), by + y, size, ch))
        elif kind == "PathObject":
            _segments(obj, hs, vs)
    grids = _grids(hs, vs)
    in_table: list[dict] = [{} for _ in grids]
    loose: list[_Char] = []
    for ch in chars:
        for k, grid in enumerate(grids):
            slot = _slot(grid, ch)
            if slot is not None:
                in_table[k].setdefault(slot, []).append(ch)
                break
        else:
            loose.append(ch)
    # Reading order: tables and the text between them, top to bottom.
    items = [(g[1][0], "table", k) for k, g in enumerate(grids)]
    items += [(ch.y, "text", ch) for ch in loose]
    items.sort(key=lambda it: it[0])
    pending: list[_Char] = []
    for _, kind, item in items:
        if kind == "text":
            pending.append(item)
            continue
        _paragraphs(doc, path, number, pending)
        pending = []
        _table(doc, path, number, grids[item], in_table[item])
    _paragraphs(doc, path, number, pending)


def _deltas(spec: str | None, n: int) -> list[float]:
    """OFD's DeltaX: numbers, with `g COUNT VALUE` for a run of equal advances."""
    out, tokens = [], (spec or "").split()
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            out += [float(tokens[i + 2])] * int(float(tokens[i + 1]))
            i += 3
        else:
            try:
                out.append(float(tokens[i]))
            except ValueError:
                pass
            i += 1
    return (out + [out[-1] if out else 3.5] * n)[:max(n - 1, 0)]


def _segments(obj, hs: list, vs: list) -> None:
    bx, by, bw, bh = (_floats(obj.get("Boundary")) + [0, 0, 0, 0])[:4]
    data = next((c.text for c in obj if _local(c.tag) == "AbbreviatedData"), "")
    tokens = re.findall(r"[A-Za-z]|-?\d+(?:\.\d+)?", data or "")
    points, cur, start = [], None, None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in ("M", "S"):
            cur = start = (bx + float(tokens[i + 1]), by + float(tokens[i + 2]))
            i += 3
        elif t == "L":
            nxt = (bx + float(tokens[i + 1]), by + float(tokens[i + 2]))
            points.append((cur, nxt))
            cur = nxt
            i += 3
        elif t == "C":
            if cur is not None and start is not None:
                points.append((cur, start))
            cur = start
            i += 1
        else:
            i += 1
    if not data and bw and bh:   # a bare rectangle
        points = [((bx, by), (bx + bw, by)), ((bx, by + bh), (bx + bw, by + bh)),
                  ((bx, by), (bx, by + bh)), ((bx + bw, by), (bx + bw, by + bh))]
    for a, b in points:
        if a is None or b is None:
            continue
        if abs(a[1] - b[1]) < SNAP and abs(a[0] - b[0]) >= MIN_LINE:
            hs.append((a[1], min(a[0], b[0]), max(a[0], b[0])))
        elif abs(a[0] - b[0]) < SNAP and abs(a[1] - b[1]) >= MIN_LINE:
            vs.append((a[0], min(a[1], b[1]), max(a[1], b[1])))


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _grids(hs: list, vs: list) -> list:
    """(xs, ys, hs, vs) of each ruled table on the page, top to bottom. Consecutive horizontal
    rules belong to one table while vertical rules join them; a gap without any ends it."""
    ys = _cluster([h[0] for h in hs])
    runs: list[list[float]] = []
    for y0, y1 in zip(ys, ys[1:]):
        joined = any(v[1] - SNAP <= y0 and v[2] + SNAP >= y1 for v in vs)
        if joined and runs and runs[-1][-1] == y0:
            runs[-1].append(y1)
        elif joined:
            runs.append([y0, y1])
    grids = []
    for run in runs:
        mine = [v for v in vs if v[1] - SNAP <= run[-1] and v[2] + SNAP >= run[0]]
        xs = _cluster([v[0] for v in mine])
        if len(xs) >= 3:   # at least two columns: a single box is a frame, not a table
            grids.append((xs, run, hs, mine))
    return grids


def _index(bounds: list[float], v: float) -> int | None:
    for k in range(len(bounds) - 1):
        if bounds[k] <= v <= bounds[k + 1]:
            return k
    return None


def _slot(grid, ch: _Char):
    xs, ys, _, _ = grid
    cx, cy = ch.x + ch.size / 2, ch.y - ch.size / 3
    if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
        return None
    c, r = _index(xs, cx), _index(ys, cy)
    return None if c is None or r is None else (r, c)


def _has_v(vs, x, y0, y1) -> bool:
    return any(abs(v[0] - x) <= SNAP and v[1] - SNAP <= y0 and v[2] + SNAP >= y1 for v in vs)


def _has_h(hs, y, x0, x1) -> bool:
    return any(abs(h[0] - y) <= SNAP and h[1] - SNAP <= x0 and h[2] + SNAP >= x1 for h in hs)


def _table(doc: Document, path: str, number: int, grid, chars: dict) -> None:
    xs, ys, hs, vs = grid
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    spans: dict[tuple[int, int], list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            if (r, c) in owner:
                continue
            cs = 1
            while c + cs < n_cols and not _has_v(vs, xs[c + cs], ys[r], ys[r + 1]):
                cs += 1
            rs = 1
            while r + rs < n_rows and not _has_h(hs, ys[r + rs], xs[c], xs[c + cs]):
                rs += 1
            spans[(r, c)] = [rs, cs]
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    owner[(rr, cc)] = (r, c)
    texts: dict[tuple[int, int], list[_Char]] = {}
    for slot, cs in chars.items():
        texts.setdefault(owner.get(slot, slot), []).extend(cs)
    t_index, block = len(doc.tables()), len(doc.blocks)
    cells = []
    for (r, c), (rs, cspan) in sorted(spans.items()):
        inner = [ch for ch in texts.get((r, c), [])]
        text = "\n".join(_line_texts(inner, xs[c + cspan] - SNAP))
        cells.append(Cell(text=text, row=r, col=c, rowspan=rs, colspan=cspan,
                          loc=Location(path, block=block, page=number, table=t_index, row=r, col=c,
                                       bbox=(xs[c], ys[r], xs[c + cspan], ys[r + rs]))))
    doc.blocks.append(Table(index=t_index, n_rows=n_rows, n_cols=n_cols, cells=cells,
                            loc=Location(path, block=block, page=number, table=t_index)))


def _lines(chars: list[_Char]) -> list[list[_Char]]:
    lines: list[list[_Char]] = []
    for ch in sorted(chars, key=lambda c: (c.y, c.x)):
        if lines and abs(lines[-1][0].y - ch.y) <= max(ch.size, lines[-1][0].size) * 0.5:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    for line in lines:
        line.sort(key=lambda c: c.x)
    return lines


def _line_text(line: list[_Char]) -> str:
    text, prev = "", None
    for ch in line:
        if prev is not None and ch.x - (prev.x + prev.size) > prev.size * 1.5:
            text += " "
        text += ch.text
        prev = ch
    return text


def _line_texts(chars: list[_Char], right: float | None = None) -> list[str]:
    """Lines of text top to bottom; a line that reaches `right` (the cell's or the page's text
    edge) was wrapped there, so the next line continues it instead of starting a new one."""
    out: list[str] = []
    wrapped = False
    for line in _lines(chars):
        text = _line_text(line)
        if not text.strip():
            continue
        if wrapped and out:
            out[-1] += text   # spaces at the break are in the text stream, if the writer kept them
        else:
            out.append(text)
        end = line[-1].x + line[-1].size * (0.5 if line[-1].text.isascii() else 1.0)
        wrapped = right is not None and end >= right - line[-1].size * 1.2
    return [t.strip() for t in out]


def _paragraphs(doc: Document, path: str, number: int, chars: list[_Char]) -> None:
    right = max((c.x + c.size for c in chars), default=None)
    for text in _line_texts(chars, right):
        doc.blocks.append(Paragraph(text=text, loc=Location(path, block=len(doc.blocks), page=number)))
