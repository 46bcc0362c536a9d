"""An automatic list number as an office draws it ('1', '十一', 'iv', '①'), for the readers whose
formats keep list numbers out of the text (.docx w:numPr, .odt text:list): the number is part of
the displayed name (130 / 132: '1.办理法律援助案件').

Formats are named as Word names them (w:numFmt); the .odt reader maps LibreOffice's style:num-format
to these names. A format not known here is drawn as decimal, as a reader would rather show a number
than drop it."""
from __future__ import annotations

from .cn_numerals import counted

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_CHINESE = ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting")
# The heavenly stems and earthly branches: Word's ideographTraditional and ideographZodiac (ECMA-376
# ST_NumberFormat; Word's list gallery draws them 甲、乙、丙 and 子、丑、寅), LibreOffice's 甲 / 子
# num-format (the .odt reader names those heavenlyStem, earthlyBranch). Past the last one the cycle
# starts again.
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_CYCLES = {"heavenlyStem": _STEMS, "ideographTraditional": _STEMS, "earthlyBranch": _BRANCHES,
           "ideographZodiac": _BRANCHES}
CIRCLED = {**{n: chr(0x2460 + n - 1) for n in range(1, 21)},      # ① … ⑳
            **{n: chr(0x3251 + n - 21) for n in range(21, 36)},    # ㉑ … ㉟
            **{n: chr(0x32B1 + n - 36) for n in range(36, 51)}}    # ㊱ … ㊿


# Letters past z: Word (lowerLetter, upperLetter) repeats the letter (z, aa, bb … zz, aaa), as LibreOffice
# does with style:num-letter-sync; ODF's default counts on as column names do (z, aa, ab … zz, aaa): the
# .odt reader names that *Alphabetic.
_LETTERS = ("lowerLetter", "upperLetter", "lowerLetterAlphabetic", "upperLetterAlphabetic")


def _letters(n: int, alphabetic: bool) -> str:
    if not alphabetic:
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    s = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        s = chr(ord("a") + rem) + s
    return s


# Past this a roman numeral (CSS's lower-roman range) or Word's repeated letters are drawn as decimal, as a
# browser draws a counter out of its style's range: a hostile start or counter of 10**9 would be millions of letters.
MAX_LETTERED = 3999


def list_number(n: int, fmt: str) -> str:
    if n > MAX_LETTERED and (fmt in _LETTERS or fmt in ("lowerRoman", "upperRoman")):
        return str(n)
    if fmt in _CHINESE:
        # 十一 without its leading one, a gap of zeros as 零 (一百零一), as Word and LibreOffice draw them
        return counted(n, 1, leading_one=False, zero="零")
    if fmt == "chineseLegalSimplified":
        return counted(n, 2)                       # 壹拾壹: the financial numerals keep their leading one
    if fmt == "decimalFullWidth":
        return counted(n, 3)
    if fmt == "decimalEnclosedCircle" and n in CIRCLED:
        return CIRCLED[n]
    if fmt in _CYCLES:
        cycle = _CYCLES[fmt]
        return cycle[(n - 1) % len(cycle)]
    if fmt in _LETTERS and n > 0:
        letters = _letters(n, fmt.endswith("Alphabetic"))
        return letters.upper() if fmt.startswith("upper") else letters
    if fmt in _LETTERS:
        return chr(ord("A" if fmt.startswith("upper") else "a") + (n - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman") and n > 0:
        s, m = "", n
        for v, sym in _ROMAN:
            while m >= v:
                s, m = s + sym, m - v
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "none":
        return ""
    return str(n)
