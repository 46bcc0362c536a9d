"""A chart's label blocks on a PDF page (1880.pdf, a radar chart printed: at each axis's end a block of short
lines, the name and its values, left-aligned right of the centre, right-aligned left of it, centred at the
top and bottom), found from the page's characters as svg_text.label_blocks finds them in an inline SVG: the
page reader's lines run across such blocks (blocks at one height side by side are one line to it), mixing
one block's name with another's figures, two rows said and the rest silent. The blocks are taken off the page
and each is named unread, as the .html's are.

Evidence from the places alone: a phrase is a run of characters on one baseline with no gap wider than one and a
half characters' height; a block is phrases each at most BLOCK_PITCH font sizes under the one before, sharing its left edge,
its right edge or its centre; a chart is MIN_BLOCKS blocks of three phrases or more, outside every ruled table,
standing side by side, with blocks set flush left AND blocks set flush right, a right-set block left of a
left-set one beside it (labels set about a centre face it): a page of prose, two columns of label：value blocks or
a table's columns are set flush left only, a justified row (a label flush left, its value pushed flush right)
faces outward."""
from __future__ import annotations

from .svg_text import BLOCK_PITCH, MIN_BLOCKS, SNAP, clockwise

def _phrases(chars: list[dict]) -> list[dict]:
    rows: dict[tuple, list[dict]] = {}
    for c in chars:
        if c["text"].strip():
            rows.setdefault((round(c["bottom"]), round(c.get("size") or c["bottom"] - c["top"])), []).append(c)
    out = []
    for (_, size), row in rows.items():
        row.sort(key=lambda c: c["x0"])
        run = [row[0]]
        for a, b in zip(row, row[1:]):
            if b["x0"] - a["x1"] > 1.5 * max(a["bottom"] - a["top"], b["bottom"] - b["top"], 1.0):
                out.append(run)
                run = []
            run.append(b)
        out.append(run)
    return [{"chars": r, "x0": r[0]["x0"], "x1": max(c["x1"] for c in r), "top": min(c["top"] for c in r),
             "size": max(c["bottom"] - c["top"] for c in r), "text": _spaced(r)} for r in out]


SPACE = 0.15   # font sizes: the narrowest space a page draws (a proportional font's, about a sixth of an em)


def _spaced(run: list[dict]) -> str:
    """A phrase's text, a space where two of its characters stand a space apart (the page's space characters are
    not kept), as the label lines were written (目标 ≥4000亩)."""
    text = run[0]["text"]
    for a, b in zip(run, run[1:]):
        size = max(a.get("size") or a["bottom"] - a["top"], b.get("size") or b["bottom"] - b["top"], 1.0)
        text += (" " if b["x0"] - a["x1"] >= SPACE * size else "") + b["text"]
    return text


def _aligned(a: dict, b: dict) -> set[str]:
    """The edges two lines share: left, right, their centre (a line may share more than one)."""
    return ({"left"} if abs(a["x0"] - b["x0"]) <= SNAP else set()) | \
        ({"right"} if abs(a["x1"] - b["x1"]) <= SNAP else set()) | \
        ({"centre"} if abs(a["x0"] + a["x1"] - b["x0"] - b["x1"]) <= 2 * SNAP else set())


def _blocks(phrases: list[dict]) -> list[list[dict]]:
    phrases = sorted(phrases, key=lambda p: (p["top"], p["x0"]))
    blocks: list[list[dict]] = []
    ways: dict[int, set[str]] = {}     # per block, the edges all its lines share so far
    for p in phrases:
        # a block keeps the setting its lines show (a line under a left-set block whose right edge meets the
        # last line's by chance is another block's)
        near = [b for b in blocks if 0 < p["top"] - b[-1]["top"] <= BLOCK_PITCH * max(p["size"], b[-1]["size"])
                and ways[id(b)] & _aligned(b[-1], p)]
        if near:
            b = min(near, key=lambda b: p["top"] - b[-1]["top"])
            ways[id(b)] &= _aligned(b[-1], p)
            b.append(p)
        else:
            blocks.append([p])
            ways[id(blocks[-1])] = {"left", "right", "centre"}
    return blocks


def _flush(block: list[dict]) -> str | None:
    """How a block is set: left or right where its lines share that edge and not the other."""
    lefts = max(p["x0"] for p in block) - min(p["x0"] for p in block) <= SNAP
    rights = max(p["x1"] for p in block) - min(p["x1"] for p in block) <= SNAP
    return "left" if lefts and not rights else "right" if rights and not lefts else None


def _beside(a: list[dict], b: list[dict]) -> bool:
    """Blocks side by side: their heights overlap, their widths do not."""
    return a[0]["top"] <= b[-1]["top"] and b[0]["top"] <= a[-1]["top"] and \
        (max(p["x1"] for p in a) < min(p["x0"] for p in b) or max(p["x1"] for p in b) < min(p["x0"] for p in a))


def chart_blocks(chars: list[dict], tables: list) -> list[list[dict]] | None:
    """The label blocks of a chart drawn on the page, outside the boxes of its ruled `tables`; None where
    there is none."""
    boxes = [t.bbox for t in tables if getattr(t, "bbox", None)]
    free = [c for c in chars if not any(x0 - SNAP <= c["x0"] and c["x1"] <= x1 + SNAP and
                                        y0 - SNAP <= c["top"] and c["bottom"] <= y1 + SNAP
                                        for x0, y0, x1, y1 in boxes)]
    big = [b for b in _blocks(_phrases(free)) if len(b) >= 3]
    big = [b for b in big if any(_beside(b, o) for o in big if o is not b)]
    flush = [_flush(b) for b in big]
    if len(big) < MIN_BLOCKS or flush.count("left") < 2 or flush.count("right") < 2:
        return None
    # labels set about a centre face it: a block set flush right beside one set flush left, LEFT of it (a row
    # of a label flush left and its value pushed flush right, a justified line, faces outward)
    if not any(fa == "right" and fb == "left" and _beside(a, b) and max(p["x1"] for p in a) < min(p["x0"] for p in b)
               for a, fa in zip(big, flush) for b, fb in zip(big, flush)):
        return None
    return big


def chart_clockwise(blocks: list[list[dict]]) -> list[list[dict]]:
    """The blocks clockwise from the top, as a radial chart draws its axes (svg_text.clockwise): each placed at
    the edge it is set by (a right-set block's right edge, a left-set one's left, else its centre)."""
    def place(b):
        x = {"left": b[0]["x0"], "right": b[0]["x1"]}.get(_flush(b), (b[0]["x0"] + b[0]["x1"]) / 2)
        return x, (b[0]["top"] + b[-1]["top"]) / 2
    return clockwise(blocks, place)


def chart_said(blocks: list[list[dict]], number: int) -> str:
    """The warning naming each block by its name: the line before its first value line (one opening with the
    two characters that open a line in half the blocks or more: 目标…, 完成…, the labels every block repeats),
    else its first line."""
    opens: dict[str, int] = {}
    for b in blocks:
        for w in {p["text"][:2] for p in b}:
            opens[w] = opens.get(w, 0) + 1
    names = []
    for b in blocks:
        k = next((k for k, p in enumerate(b) if 2 * opens[p["text"][:2]] >= len(blocks)), 0)
        names.append(b[max(k - 1, 0)]["text"])
    return (f"PDF 第{number}页上的图形是图表，其{len(blocks)}组标注文字（各为一个名称及其数值，疑为{len(blocks)}个指标）"
            f"已按图中顺时针次序逐组列为文字行读取：{'、'.join(names)}；未读成指标的组请对照原件人工核对")
