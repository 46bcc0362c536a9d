"""An OCR engine's ALTO XML kept as the text (the Library of Congress's Analyzed Layout and Text Object, as
ABBYY, Tesseract or an archive's digitisation line write a page): <alto> / <Layout> / <Page> / <PrintSpace>,
blocks (<TextBlock>, grouped in <ComposedBlock>s) of <TextLine>s of <String CONTENT="…"> words, each with its box
(HPOS / VPOS / WIDTH / HEIGHT, in the unit <MeasurementUnit> names) and its confidence (WC, 0 to 1), <SP/>
between words. The layout is only in the boxes: a table's cell is a block of its own, an empty cell gives none,
a merged cell one block placed down the cells it covers.

The blocks are laid out as the page shows them (alto_layout): a block's lines are ONE CELL's text (a cell too
narrow for it wraps it: its lines joined, with no space between CJK characters); blocks whose middles share a
band of the page (within half the lower block's height) one line, top to bottom; the blocks' left edges make
the page's columns (edges within two display columns of each other one), each column starting at the display
column its edge falls on (the words' own median width per display column, as ocr_tsv lays out a TSV's words)
or, where a cell before it in some line runs on past that, two spaces after the longest such cell, so that a
joined cell's text keeps every later cell in its column; a merged cell centred between two rows goes up to the
first row of its run (_centred_runs); the text reader then reads the columns as it reads any text laid out by spaces.
Each line stands at the file's line of its first word."""
from __future__ import annotations

import re
from statistics import median

from .display_columns import display_width

GAP = 2         # spaces between two words of a line at least
LOW = 0.6       # a word's confidence below this is named
_ROOT = re.compile(r"<alto[\s>]")


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _blocks(text: str) -> tuple[list[tuple[float, float, float, str, int]], list[tuple[float, str, float]]] | None:
    """(each text block as (its middle's height on the page, its left edge, its height, its text, its line in the
    file), each word as (its width, its text, its confidence)); None where the text is no ALTO page of words. A
    block's lines are one cell's text: joined as one (a line broken between CJK characters without a space)."""
    from lxml import etree
    body = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = etree.fromstring(body.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True,
                                                                               huge_tree=False))
    except etree.XMLSyntaxError:
        return None
    if _local(root) != "alto":
        return None
    blocks, words = [], []
    try:
        for block in (el for el in root.iter() if _local(el) == "TextBlock"):
            lines, boxes, first = [], [], None
            for line in (el for el in block.iter() if _local(el) == "TextLine"):
                parts = []
                for s in (el for el in line.iter() if _local(el) == "String" and (el.get("CONTENT") or "").strip()):
                    x, y, w, h = (float(s.get(k)) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT"))
                    parts.append(s.get("CONTENT").strip())
                    boxes.append((x, y, y + h))
                    words.append((w, parts[-1], float(s.get("WC") or 1)))
                    first = first or s.sourceline
                if parts:
                    lines.append(" ".join(parts))
            if lines:
                joined = lines[0]
                for ln in lines[1:]:
                    joined += ("" if re.match(r"[^\x00-\x7f]", ln) or re.search(r"[^\x00-\x7f]$", joined) else " ") + ln
                top, bottom = min(b[1] for b in boxes), max(b[2] for b in boxes)
                blocks.append(((top + bottom) / 2, min(b[0] for b in boxes), bottom - top, joined, first or 1))
    except (TypeError, ValueError):
        return None
    return (blocks, words) if blocks else None


def alto_layout(text: str) -> tuple[str, list[int], str] | None:
    """(the words laid out a line a line, each line's line in the file, what was done) or None where the text
    is no ALTO page holding words."""
    if _ROOT.search(text[:2000]) is None or (found := _blocks(text)) is None:
        return None
    blocks, words = found
    pitch = median(w / display_width(t) for w, t, _ in words if display_width(t) and w > 0) or 1
    origin = min(x for _, x, *_ in blocks)
    bands: list[list] = []      # per line: [middle, height, blocks]
    for block in sorted(blocks, key=lambda b: (b[0], b[1])):
        if bands and abs(block[0] - bands[-1][0]) <= min(bands[-1][1], block[2]) / 2:
            bands[-1][2].append(block)
        else:
            bands.append([block[0], block[2], [block]])
    # the page's columns: the blocks' left edges, those within two display columns of each other one column;
    # a column starts where its edge falls, or further right where a cell before it in some line runs on
    edges: list[float] = []
    for x in sorted(b[1] for b in blocks):
        if not edges or x - edges[-1] > 2 * pitch:
            edges.append(x)
    col = {id(b): max(k for k, e in enumerate(edges) if e <= b[1] + 2 * pitch) for b in blocks}
    start = [round((e - origin) / pitch) for e in edges]
    rows, centred = _centred_runs([sorted(line_blocks, key=lambda b: b[1]) for _, _, line_blocks in bands], col)
    for c in range(len(edges)):
        for row in rows:
            for a, b in zip(row, row[1:]):
                if col[id(b)] == c:
                    start[c] = max(start[c], start[col[id(a)]] + display_width(a[3]) + GAP)
    out, source = [], []
    for row in rows:
        line = ""
        for b in row:
            line += " " * max(start[col[id(b)]] - display_width(line), GAP if line else 0) + b[3]
        out.append(line)
        source.append(min(b[4] for b in row))
    low = sum(1 for wd in words if wd[2] < LOW)
    said = (f"此文件是 OCR 识别结果的 ALTO XML（每个词及其在页面上的位置、置信度，表格没有行列结构），"
            f"已把{len(words)}个词按其位置排成{len(out)}行文字、按各列位置读取"
            + (f"；{centred}个居中排印在两行之间的合并单元格（如指标层级）按其上下对称所跨的行，移到所跨首行读取" if centred else "")
            + (f"；其中{low}个词的识别置信度低于{LOW}，请特别核对" if low else ""))
    return "\n".join(out), source, said


def _centred_runs(rows: list[list[tuple]], col: dict) -> tuple[list[list[tuple]], int]:
    """The lines with each merged cell centred BETWEEN two rows (a run of an even number of rows: its block on a
    line of its own, between lines that reach further right) moved up to the first row of its run. A centred
    run has as many rows above its name as below it: the rows below, down to a row with a cell in its column or
    left of it (or one an upper run took), counted, and as many above it, none with such a cell, taken; the
    runs read from the bottom up. A run that cannot be so placed stays where it is. (The lines, how many moved.)"""
    def right(k: int) -> int:
        return max(col[id(b)] for b in rows[k])

    lone = [0 < k < len(rows) - 1 and right(k - 1) > right(k) < right(k + 1) for k in range(len(rows))]
    moved = {k: list(r) for k, r in enumerate(rows)}
    taken: dict[int, set[int]] = {}
    for k in reversed([k for k in range(len(rows)) if lone[k]]):
        for b in list(rows[k]):
            c = col[id(b)]

            def free(j: int) -> bool:
                return not lone[j] and j not in taken.get(c, ()) and all(col[id(x)] > c for x in rows[j])
            below = 0
            while k + 1 + below < len(rows) and free(k + 1 + below):
                below += 1
            above = [j for j in range(k - 1, -1, -1) if not lone[j]][:below]
            if not below or len(above) < below or not all(free(j) for j in above):
                continue
            moved[k].remove(b)
            moved[above[-1]].append(b)
            taken.setdefault(c, set()).update(above)
    n = sum(1 for k in range(len(rows)) for b in rows[k] if b not in moved[k])
    return [sorted(moved[k], key=lambda b: b[1]) for k in range(len(rows)) if moved[k]], n
