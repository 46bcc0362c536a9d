"""OFD (GB/T 33190, China's fixed-layout e-document format): a zip of XML pages.

The package gets the same guards as .docx (real inflated bytes counted, no DTDs). Each
page's text objects are placed by their boundary and TextCode X/Y (millimetres); ruling lines
come from its path objects. Where a page has a ruled grid, its cells are rebuilt from the
lines (a boundary missing between two slots is a merge) and text is assigned to the cell
holding its centre; the rest of the text becomes lines of paragraphs, top to bottom.

A table that ends one page and resumes on the next is joined (extract.ruled_page.stitch).
Pages that are only an image (a scanned OFD) give a warning, not text.
"""
from __future__ import annotations

import posixpath
import re

import defusedxml.ElementTree as safe_et

from .errors import ExtractError
from .model import Document
from .ruled_page import Char, assemble, stitch
from .zipguard import check_package

SNAP = 0.8          # millimetres: boundaries closer than this are one
MIN_LINE = 3.0      # millimetres: a path shorter than this is not a ruling line


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
    stitch(doc)
    if not doc.blocks:
        doc.warnings.append("OFD 文件中没有可读取的文字（可能是扫描件）")
    return doc


def _read_page(doc: Document, path: str, number: int, page) -> None:
    chars: list[Char] = []
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
                    chars.append(Char(bx + x + sum(deltas[:k]), by + y, size, ch))
        elif kind == "PathObject":
            _segments(obj, hs, vs)
    assemble(doc, path, number, chars, hs, vs, SNAP)


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


