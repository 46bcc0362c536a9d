"""Letter-spaced text: a converter (or a typist widening a title) that put one space between every
two characters, 项 目 名 称 ： 2023 年 度. Chinese is written without spaces between its characters,
so where most neighbouring CJK characters of a text stand one space apart, the single spaces are the
spacing, not the text's: they are taken out where a CJK character (or a full-width sign) stands on
either side. Figures keep their own spaces (8 8 stays two figures) and a run of two spaces or more
stays what it is, the gap between two cells (see text_reader's aligned columns)."""
from __future__ import annotations

import re

_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
_HAN = r"[\u3400-\u9fff]"
_SPACED_PAIR = re.compile(rf"{_HAN} (?={_HAN})")
_CLOSE_PAIR = re.compile(rf"{_HAN}(?={_HAN})")
# One space between two visible characters (a space beside another space is part of a gap).
_SINGLE = re.compile(r"(?<=\S) (?=\S)")
_CJK_CHAR = re.compile(_CJK)

MIN_SPACED = 20    # spaced pairs a text needs before its spacing is judged: a title alone is no evidence


def letter_spaced(text: str) -> bool:
    """Whether the text is letter-spaced: most pairs of neighbouring Han characters one space apart."""
    spaced = len(_SPACED_PAIR.findall(text))
    return spaced >= MIN_SPACED and spaced > 2 * len(_CLOSE_PAIR.findall(text))


def unspaced(text: str) -> str:
    """The text with the letter spacing taken out, line for line (every line keeps its number)."""
    return "\n".join(_unspace_line(line) for line in text.split("\n"))


def _unspace_line(line: str) -> str:
    return _SINGLE.sub(lambda m: "" if _CJK_CHAR.match(line[m.start() - 1]) or _CJK_CHAR.match(line[m.end()])
                       else " ", line)
