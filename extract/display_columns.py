"""Display columns: how wide a monospaced terminal, pdftotext or a CJK font shows text. A wide or
full-width character (CJK, Ｆｕｌｌ) takes two columns; an ambiguous one (─, │, ≥) one in a Latin
font and two in a CJK font, so readers that meet both say which. One place for the measure every
fixed-width reader (text prints, pdftotext lines, OCR boxes) lines its columns up by."""
from __future__ import annotations

import unicodedata


def char_width(ch: str, ambiguous: int = 1) -> int:
    w = unicodedata.east_asian_width(ch)
    return 2 if w in "WF" else ambiguous if w == "A" else 1


def display_width(text: str, ambiguous: int = 1) -> int:
    """Columns a monospaced terminal or pdftotext gives the text: a CJK character takes two."""
    return sum(char_width(ch, ambiguous) for ch in text)


def at_columns(text: str, a: int, b: int, width=display_width) -> str:
    """The characters of a line that stand in display columns [a, b) (`width` measures a character:
    display_width, or len for a print padded by characters)."""
    out, pos = [], 0
    for ch in text:
        if a <= pos < b:
            out.append(ch)
        pos += width(ch)
    return "".join(out)
