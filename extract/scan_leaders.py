"""Dot leaders on a scanned page (a 目录-like list of rows typed with dotted tab stops: 新造油茶林面积……
≥3000亩……3150亩……10, 1120.scan.pdf). OCR reads a leader as a few dots glued to the field beside it
(“..≥600人次”, “6..”, “≥3000亩.. .3150亩”), or drops it: never the long even run a PDF draws
(pdf_reader._without_leaders takes runs of four glyphs or more). Here a page is a leader page by its
lines: MIN_LINES lines or more with a run of two dot glyphs or more at a field's edge (the line's
start or end, or against a space). On such a page every run of leader glyphs at a field's edge is
the room a tab stop jumps, read as white: the characters are left out and their place stays empty,
so the fields stand apart (ocr_boxes.placed cuts at the white). A point between two digits (10.8) is
no field's edge and stays; on a page without leaders nothing is touched (an ellipsis in prose, 1.
in a list)."""
from __future__ import annotations

import re

from .display_columns import display_width

LEADERS = ".·…‥．・"          # leader glyphs, a PDF's (pdf_reader._LEADERS) and OCR's
_DOTS = ".·．・‥"             # the glyphs of evidence: an ellipsis (……) in prose is no leader
MIN_LINES = 3
_EDGE = re.compile(rf"^[{LEADERS}]+|[{LEADERS}]+$|(?<=\s)[{LEADERS}]+|[{LEADERS}]+(?=\s)")
_EVIDENCE = re.compile(rf"^[{_DOTS}]{{2,}}(?=[^\s{LEADERS}])|(?<=[^\s{LEADERS}])[{_DOTS}]{{2,}}$|"
                       rf"(?<=\S)[{_DOTS}]{{2,}}(?=\s)|(?<=\s)[{_DOTS}]{{2,}}(?=\S)")


def leader_page(texts: list[str]) -> bool:
    """Whether the page's lines show dot leaders read as text (see the module)."""
    return sum(1 for t in texts if _EVIDENCE.search(t)) >= MIN_LINES


def leader_chars(text: str) -> list[int]:
    """The positions in a line of a leader page of the leader glyphs at a field's edge."""
    return [k for m in _EDGE.finditer(text) for k in range(m.start(), m.end())]


def without_leaders(text: str, x0: float, x1: float, centers: list[float] | None):
    """(text, x0, x1, centers, kept positions) of a line of a leader page with its edge leaders left out
    (leader_chars), or None where it has none. The kept characters keep their places: by the engine's
    centres where it gave them, else where an even spread over the box puts them; the box shrinks to
    them (a field's box began at the dots before it), so the white the dots stood in parts the fields."""
    dots = set(leader_chars(text))
    if not dots:
        return None
    keep = [k for k in range(len(text)) if k not in dots]
    units = [display_width(ch) for ch in text]
    step = (x1 - x0) / max(sum(units), 1)
    if centers is None or len(centers) != len(text):
        centers, x = [], x0
        for u in units:
            centers.append(x + step * u / 2)
            x += step * u
    if keep:
        x0 = max(x0, centers[keep[0]] - step * units[keep[0]] / 2)
        x1 = min(x1, centers[keep[-1]] + step * units[keep[-1]] / 2)
    return "".join(text[k] for k in keep), x0, x1, [centers[k] for k in keep], keep
