"""A roman class numeral that OCR read as a character of like strokes, read back where the
document's own text shows the numeral in the same place.

The recogniser can read Ⅲ (three upright strokes) as 川: 145's table cell 断面Ⅲ类及以上水质 came out
断面川类…, while its prose, the same words, was read Ⅲ类. A confusion table is a vocabulary, so a
pair is here only where no rule reads the strokes, and a change is made only with the document's
evidence: the misread character stands before 类 or 级 (a class, as Ⅰ类 Ⅱ类 …), and the document
writes a roman numeral before that same word after the same character (or at the start of a text
as here). 四川类似 stays: nowhere is 四Ⅱ类 written. Each change is named in the warnings.

After a word of comparison or attainment (优于 / 低于, 达到, 为: AFTER) the misread character
begins a word of its own, and 川类 is no word; there a roman numeral written before the same class
word anywhere in the document is evidence enough (361's 地表水达到或优于川类水体比例, the document
writing Ⅱ类 elsewhere). 四川类似 still stays: 四 is no such word.
"""
from __future__ import annotations

import re

from .ocr_boxes import share_components
from .scan_signs import MIN_INK

ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
CONFUSED = {"川": "Ⅲ"}   # read → meant: 145 (v4 knows Ⅲ, reads it 川 in a cell at 150 dpi)
AFTER = "于到达为"        # the last character of a word of comparison or attainment (优于, 达到, 达, 为):
                          # a grammatical closed class, not a list of documents' words
_CLASS = re.compile(f"(^|.)[{ROMAN}]([类级])", re.S)


def _texts(doc):
    """The document's paragraphs and table cells (each with its text)."""
    for block in doc.blocks:
        if hasattr(block, "cells"):
            yield from block.cells
        elif isinstance(getattr(block, "text", None), str):
            yield block


def repair(doc) -> list[str]:
    """Read back the confused numerals of a document's texts where its own text shows the
    numeral in that place. The changes made, for the warnings."""
    holders = list(_texts(doc))
    # (the character before, the class word) of every roman class the document writes
    written = {(m.group(1), m.group(2)) for h in holders for m in _CLASS.finditer(h.text)}
    if not written:
        return []
    classes = {word for _, word in written}
    misread = re.compile(f"(^|.)([{''.join(CONFUSED)}])([类级])", re.S)
    changes = []
    for h in holders:
        def back(m):
            if (m.group(1), m.group(3)) not in written and not (m.group(1) in AFTER and m.group(3) in classes):
                return m.group(0)
            return m.group(1) + CONFUSED[m.group(2)] + m.group(3)
        new = misread.sub(back, h.text)
        if new != h.text:
            page = getattr(h.loc, "page", None)
            changes.append(f"第{page}页“{h.text.strip()[:30]}”→“{new.strip()[:30]}”")
            h.text = new
    return changes


# The recogniser reads Ⅰ before 类 or 级 as the digit 1 (269's 保持Ⅰ类 came out 保持1类), and the
# document need not write Ⅰ anywhere else. The ink tells them apart: a digit 1 has a flag at its
# top (and often a foot), Ⅰ without serifs is one bare upright bar (269's: 2 px wide, 11 high;
# the page's digit 1 6 wide). A 1 after no digit nor point, before 类 or 级, whose ink is one mark
# at least BARE times as high as wide is Ⅰ. The recogniser also reads Ⅱ as one I, losing a bar
# (999's cell Ⅱ类 came out I类: two bars 2 px wide, 13-14 high, 4 apart): the bars are counted, two
# or three bare bars of one height standing side by side, closer than half their height (a
# numeral's strokes, not two characters), are Ⅱ or Ⅲ.
BARE = 4.0
ALIKE = 0.75   # the shortest bar of a numeral at least this share of the tallest
_ONE_CLASS = re.compile(r"(?<![\d.．])[1lI|](?=[类级])")


def by_ink(text: str, centers: list[float] | None, gray, box) -> str:
    """The line's 1 before 类 or 级 set to Ⅰ where its ink is one bare upright bar (box: x0, y0,
    x1, y1 in the page's pixels; centers: its characters')."""
    if not centers or len(centers) != len(text):
        return text
    out = list(text)
    for m in _ONE_CLASS.finditer(text):
        found = share_components(gray, box, centers, m.start())
        if found is None:
            continue
        marks = [c for c in found[2] if c[4] >= MIN_INK]
        if (bars := _bars(marks)):
            out[m.start()] = ROMAN[bars - 1]
    return "".join(out)


def _bars(marks: list[tuple]) -> int:
    """How many bars a roman numeral's ink holds (1 to 3; 0: not one bare bar or a row of them).
    marks: components as (x, y, w, h, area)."""
    if not 1 <= len(marks) <= 3 or any(h < BARE * w for _, _, w, h, _ in marks):
        return 0
    marks = sorted(marks)
    tall = max(h for *_, h, _ in marks)
    if any(h < ALIKE * tall for *_, h, _ in marks):
        return 0
    side_by_side = all(b[0] - (a[0] + a[2]) < tall / 2 and abs(b[1] - a[1]) < tall * (1 - ALIKE)
                       for a, b in zip(marks, marks[1:]))
    return len(marks) if side_by_side else 0
