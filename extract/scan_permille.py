"""A per-mille sign that OCR read as a percent sign and a zero (‰ as %0 or %o), read back.

‰ is % with one more small circle: the recogniser can take the extra circle for a letter o or a
0 of its own (187's ≤0.9‰ and 0.2‰ came out ≤0.9%o and 0.2%o, then 0.2%0 once the o was read as
a digit). No figure reads on after its percent sign: a figure, %, then 0 or o with no further
figure after it (no digit, letter or decimal point) has no reading as a figure but as ‰. Where
the engine's character positions are known the 0 must also stand right against the % (within
NEAR of the line's usual advance): a 0 with white before it is another cell's figure that
detection joined to this one (extract.ocr_boxes cuts such boxes later). The change is named in
the document's warnings; the two characters' positions become the one's.
"""
from __future__ import annotations

import re
from statistics import median

_SPLIT = re.compile(r"(?<=\d)%[0oO](?![0-9A-Za-z.．%])")
NEAR = 1.5   # the extra circle stands within this many of the line's usual advances of the %


def permille(text: str, centers: list[float] | None) -> tuple[str, list[float] | None]:
    """The line's text with each figure's %0 / %o read as ‰, and its characters' centres."""
    if "%" not in text:
        return text, centers
    known = centers is not None and len(centers) == len(text)
    steps = [b - a for a, b in zip(centers, centers[1:])] if known and len(text) > 2 else []
    usual = median(steps) if steps else None
    out, at, last = [], [], 0
    for m in _SPLIT.finditer(text):
        k = m.start()
        if usual is not None and centers[k + 1] - centers[k] > NEAR * usual:
            continue   # white between: the 0 is a figure of its own
        out.append(text[last:k] + "‰")
        if known:
            at += centers[last:k] + [(centers[k] + centers[k + 1]) / 2]
        last = m.end()
    if not out:
        return text, centers
    out.append(text[last:])
    if known:
        at += centers[last:]
    return "".join(out), (at if known else centers)
