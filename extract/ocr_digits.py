"""OCR's letter-for-digit confusions (O for 0, l / I for 1) repaired in a cell that is a number, nowhere else,
and a box glyph read for the counter 口 after a figure (fix_box).

A module of its own, without the OCR engine's imports: the scan reader repairs cells with it, and normalize
reads an OCR layer copied out as text (fix47) and a quantity the same way."""
from __future__ import annotations

import re

from .scan_signs import SIGNS

_NUMERIC = re.compile(rf"^[{SIGNS}]*[\dOolI,，.．%％]+(?:万元|元|亿元|%|万|人次|人|个|次|分|户|亩|组|家|项)?$")


def fix_numeric(text: str) -> str:
    """Repair OCR's letter-for-digit confusions in a cell that is a number, nowhere else."""
    if not _NUMERIC.match(text):
        return text
    if not re.search(r"\d", text) and not re.fullmatch(r"[lI][Oo]+%?", text):
        return text   # letters alone are a number only in the one unambiguous shape: IO, IOO
    fixed = re.sub(r"[Oo](?=[\d.,，．%Oo]|$)|(?<=[\d.])[Oo]", "0", text)
    fixed = re.sub(r"[lI](?=[\d.,，．%0]|$)|(?<=[\d.])[lI]", "1", fixed)
    return re.sub(r"(?<=\d)[，．](?=\d)", ".", fixed)


# The recogniser reads the counter 口 (397's 286口 of 腌制池, 3口井) as the box glyph □ (U+25A1), the
# same square. A unit is what follows a figure, and □ is no unit: one box right after a digit, with
# no other box and no Chinese after it, is 口. A box standing for a blank comes in runs (20□□年) or
# before the word it leaves out (202□年), and stays.
_BOX = re.compile(r"(?<=\d)□(?![□\u3400-\u9fff])")


def fix_box(text: str) -> str:
    """A box glyph read for the counter 口 right after a figure, read back as 口."""
    return _BOX.sub("口", text)
