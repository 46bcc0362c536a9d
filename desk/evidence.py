"""The evidence of a flag, in place: the original file read again through the same extract layer
the nightly run used, the cited table rendered as it was read with the cited cells marked, the
cited sentence with its figures marked, and for a PDF a crop of the page around the cited cells.

What is read is cached by the file's sha256 under OUT/.desk-cache (a scan is read by OCR once),
so a changed original never shows stale positions: its sha256 no longer matches the flag's.
"""
from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import regex

from jixiao.extract import Document, ExtractError, Table, read_bytes
from jixiao.extract.archive import list_members, read_member
from jixiao.nightly.inbox import inside
from jixiao.nightly.writers import atomic_write

WINDOW = 6          # rows shown above and below the cited rows of a long table
LONG_TABLE = 40     # tables longer than this are shown around the cited rows only
NUMBER = regex.compile(r"\d[\d,，]*(?:\.\d+)?")


@dataclass
class Original:
    """Where the original of a document is, and whether it is still the file that was read."""
    doc: str
    path: Path | None = None          # the file in the inbox (the archive, for a zip member)
    member: str | None = None         # the member's name in the archive
    problem: str = ""                 # why it cannot be shown ("" when it can)
    name: str = ""                    # the file name to download it as

    def read(self) -> bytes:
        if self.member is not None:
            return read_member(str(self.path), self.member, self.doc)
        return self.path.read_bytes()


def original(inbox: str, doc: str, sha256: str) -> Original:
    """The original of `doc` under the inbox the last run read, checked against its sha256."""
    if not inbox:
        return Original(doc, problem="状态数据库中没有记录收件目录（请用新版本重新运行一次 jixiao run）")
    root = Path(inbox)
    rel, _, shown = doc.partition("!/")
    path = (root / rel)
    if not inside(str(path.resolve()), str(root.resolve())):
        return Original(doc, problem="原件路径不在收件目录之内，不予提供")
    if not path.is_file():
        return Original(doc, problem=f"原件已不在收件目录中（{path}）")
    member = None
    if shown:
        try:
            member = next((name for name, safe in list_members(str(path)) if safe == shown), None)
        except ExtractError as e:
            return Original(doc, problem=e.reason)
        if member is None:
            return Original(doc, problem="压缩包中已没有该文件")
    o = Original(doc, path, member, name=Path(shown or rel).name)
    try:
        data = o.read()
    except (OSError, ExtractError) as e:
        return Original(doc, problem=f"原件无法读取（{getattr(e, 'reason', e)}）")
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        o.problem = "原件在上次读取之后已被修改：以下位置按上次读取的结果标注，可能已不准确，请重新运行 jixiao run"
    return o


def layout(cache: Path, o: Original, sha256: str) -> dict | None:
    """The tables and paragraphs of the original as the extract layer reads them (cached)."""
    path = cache / f"{sha256}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    try:
        document = read_bytes(o.read(), o.doc)
    except (OSError, ExtractError):
        return None
    data = _layout(document)
    cache.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return data


def _layout(d: Document) -> dict:
    tables, paragraphs = {}, {}
    for b in d.blocks:
        if isinstance(b, Table):
            tables[str(b.index)] = {"n_rows": b.n_rows, "n_cols": b.n_cols, "page": b.loc.page, "sheet": b.loc.sheet,
                                    "cells": [[c.row, c.col, c.rowspan, c.colspan, c.text] for c in b.cells]}
        else:
            paragraphs[str(b.loc.block)] = {"text": b.text, "page": b.loc.page, "line": b.loc.line}
    return {"format": d.format, "pages": d.pages, "tables": tables, "paragraphs": paragraphs}


@dataclass
class TableView:
    """A cited table as read: rows of cells (text, rowspan, colspan, cited), gaps where rows are left out."""
    index: int
    caption: str
    rows: list = field(default_factory=list)   # ("gap", n) or ("row", row number, cited?, [cells])


@dataclass
class Passage:
    block: int
    caption: str
    parts: list = field(default_factory=list)   # (text, marked?)


def views(data: dict, cells: list[dict], figures: str) -> tuple[list[TableView], list[Passage]]:
    """What to show for a flag's cited locations. `figures`: the flag's stated values and message,
    whose numbers are marked in a cited sentence."""
    by_table: dict[int, set] = {}
    blocks: list[int] = []
    for c in cells:
        if c.get("table") is not None:
            by_table.setdefault(c["table"], set()).add((c.get("row"), c.get("col")))
        elif c.get("block") is not None and c["block"] not in blocks:
            blocks.append(c["block"])
    tables = [_table(t, data["tables"][str(t)], cited) for t, cited in by_table.items() if str(t) in data["tables"]]
    marks = set(n.replace(",", "").replace("，", "") for n in NUMBER.findall(figures))
    passages = []
    for b in blocks:
        p = data["paragraphs"].get(str(b))
        if p:
            passages.append(Passage(b, _where(p), _mark(p["text"], marks)))
    return tables, passages


def _where(item: dict) -> str:
    parts = []
    if item.get("sheet"):
        parts.append(f"工作表“{item['sheet']}”")
    if item.get("page"):
        parts.append(f"第{item['page']}页")
    if item.get("line"):
        parts.append(f"源文件第{item['line']}行")
    return " ".join(parts)


def _table(index: int, t: dict, cited: set) -> TableView:
    anchors = {}
    for row, col, rowspan, colspan, text in t["cells"]:
        for r in range(row, row + rowspan):
            for k in range(col, col + colspan):
                anchors[(r, k)] = (row, col, rowspan, colspan, text)
    cited_rows = {r for r, _ in cited if r is not None}
    hit = {(r, k) for r, k in cited if r is not None and k is not None}
    whole_rows = {r for r, k in cited if r is not None and k is None}
    if t["n_rows"] <= LONG_TABLE or not cited_rows:
        visible = list(range(t["n_rows"]))
    else:
        keep = set(range(min(2, t["n_rows"])))
        for r in cited_rows:
            keep |= set(range(max(0, r - WINDOW), min(t["n_rows"], r + WINDOW + 1)))
        visible = sorted(keep)
    shown = set(visible)
    view = TableView(index, f"表{index + 1}" + (f"（{_where(t)}）" if _where(t) else ""))
    last = -1
    for r in visible:
        if r != last + 1:
            view.rows.append(("gap", r - last - 1))
        last = r
        out = []
        for k in range(t["n_cols"]):
            a = anchors.get((r, k))
            if a is None:
                out.append({"text": "", "rowspan": 1, "colspan": 1, "cited": (r, k) in hit})
                continue
            row, col, rowspan, colspan, text = a
            first_visible = next(x for x in range(row, row + rowspan) if x in shown)
            if k != col or r != first_visible:
                continue   # covered by a merged cell drawn above or to the left
            span_rows = sum(1 for x in range(first_visible, row + rowspan) if x in shown)
            cited_cell = any((x, y) in hit for x in range(row, row + rowspan) for y in range(col, col + colspan))
            out.append({"text": text, "rowspan": span_rows, "colspan": colspan, "cited": cited_cell})
        view.rows.append(("row", r + 1, r in whole_rows, out))
    if last < t["n_rows"] - 1:
        view.rows.append(("gap", t["n_rows"] - 1 - last))
    return view


def _mark(text: str, marks: set[str]) -> list[tuple[str, bool]]:
    parts, at = [], 0
    for m in NUMBER.finditer(text):
        if m.group().replace(",", "").replace("，", "") in marks:
            parts.append((text[at:m.start()], False))
            parts.append((m.group(), True))
            at = m.end()
    parts.append((text[at:], False))
    return [p for p in parts if p[0]]


def crop(cache: Path, o: Original, sha256: str, page: int, boxes: list[tuple[float, float, float, float]],
         scale: float = 2.0) -> bytes | None:
    """A PNG of the PDF page around the cited cells (boxes in points, scans too), each outlined
    in red (cached by sha256). Without boxes the whole page is shown."""
    key = hashlib.sha1(json.dumps([page, boxes, scale]).encode()).hexdigest()[:16]
    path = cache / f"{sha256}-{key}.png"
    if path.exists():
        return path.read_bytes()
    import pypdfium2 as pdfium
    from PIL import ImageDraw
    try:
        pdf = pdfium.PdfDocument(o.read())
    except (pdfium.PdfiumError, OSError, ExtractError):
        return None
    try:
        if not 1 <= page <= len(pdf):
            return None
        image = pdf[page - 1].render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()
    if boxes:
        draw = ImageDraw.Draw(image)
        for x0, top, x1, bottom in boxes:
            draw.rectangle([x0 * scale - 2, top * scale - 2, x1 * scale + 2, bottom * scale + 2], outline=(220, 0, 0), width=3)
        margin = 48 * scale
        top = max(0, min(b[1] for b in boxes) * scale - margin)
        bottom = min(image.height, max(b[3] for b in boxes) * scale + margin)
        if bottom > top:    # boxes off the page (a damaged file): the whole page rather than nothing
            image = image.crop((0, int(top), image.width, int(bottom)))
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    cache.mkdir(parents=True, exist_ok=True)
    atomic_write(path, buf.getvalue())
    return buf.getvalue()


def pages_cited(cells: list[dict]) -> dict[int, list[tuple]]:
    """page -> the boxes cited on it (empty for a page cited without geometry)."""
    pages: dict[int, list[tuple]] = {}
    for c in cells:
        if c.get("page"):
            boxes = pages.setdefault(int(c["page"]), [])
            if c.get("bbox"):
                boxes.append(tuple(c["bbox"]))
    return pages
