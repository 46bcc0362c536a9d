"""A roman class numeral that OCR read as a character of like strokes, read back where the
document's own text shows the numeral in the same place.

The recogniser can read Ⅲ (three upright strokes) as 川: 145's table cell 断面Ⅲ类及以上水质 came out
断面川类…, while its prose, the same words, was read Ⅲ类. A confusion table is a vocabulary, so a
pair is here only where no rule reads the strokes, and a change is made only with the document's
evidence: the misread character stands before 类 or 级 (a class, as Ⅰ类 Ⅱ类 …), and the document
writes a roman numeral before that same word after the same character (or at the start of a text
as here). 四川类似 stays: nowhere is 四Ⅱ类 written. Each change is named in the warnings.
"""
from __future__ import annotations

import re

ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
CONFUSED = {"川": "Ⅲ"}   # read → meant: 145 (v4 knows Ⅲ, reads it 川 in a cell at 150 dpi)
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
    misread = re.compile(f"(^|.)([{''.join(CONFUSED)}])([类级])", re.S)
    changes = []
    for h in holders:
        def back(m):
            if (m.group(1), m.group(3)) not in written:
                return m.group(0)
            return m.group(1) + CONFUSED[m.group(2)] + m.group(3)
        new = misread.sub(back, h.text)
        if new != h.text:
            page = getattr(h.loc, "page", None)
            changes.append(f"第{page}页“{h.text.strip()[:30]}”→“{new.strip()[:30]}”")
            h.text = new
    return changes
