"""Numbers in Chinese numerals, as a Chinese (zh-CN) Excel shows a [DBNum1] / [DBNum2] / [DBNum3] format.

[DBNum1] writes 一二三 with their units (123 -> 一百二十三), [DBNum2] the financial 壹贰叁 (壹佰贰拾叁),
[DBNum3] full-width digits (１２３). A number keeps its leading one (10 -> 一十, as Excel and LibreOffice
show it); a month or a day does not (十二月), and a year is read digit by digit (二〇二三).
Not cn2an.an2cn (normalize reads Chinese numerals with cn2an): it writes 零 for Excel's 〇, 十 for its 一十 and
十二点五 for its 一十二．五, so a cell would not read as Excel shows it.
"""
from __future__ import annotations

# per system: digits 0-9, units 十 百 千, and the decimal point written between digits
_DIGITS = {1: "〇一二三四五六七八九", 2: "零壹贰叁肆伍陆柒捌玖", 3: "０１２３４５６７８９"}
_UNITS = {1: "十百千", 2: "拾佰仟"}
_GROUPS = ("", "万", "亿", "万亿")
# The decimal point before a fraction read digit by digit, as LibreOffice (which follows Excel's Chinese
# numerals) writes it: full-width (一十二．五, １２．５), 点 among the financial numerals (壹拾贰点伍).
POINT = {1: "．", 2: "点", 3: "．"}


def digits(text: str, system: int) -> str:
    """Each ASCII digit of text as the system's digit (a year, a fraction, a number without units); the
    full-width system groups with the full-width comma."""
    table = _DIGITS[system]
    return "".join(table[ord(ch) - 48] if "0" <= ch <= "9" else "，" if ch == "," and system == 3 else ch
                   for ch in text)


def counted(n: int, system: int, leading_one: bool = True, zero: str = "") -> str:
    """A whole number with its units (1005 -> 一千〇五, 100010 -> 一十万〇一十); [DBNum3] has no units.
    `zero`: the character for a gap of zeros where it is not Excel's (Word's list numbers: 一百零一)."""
    if system == 3 or n < 0:
        return digits(str(n), system)
    zero = zero or _DIGITS[system][0]
    if n == 0:
        return zero
    groups, k = [], 0
    while n:
        groups.append((n % 10000, k))
        n, k = n // 10000, k + 1
    out, gap = [], False
    for value, k in reversed(groups):
        if value == 0:
            gap = bool(out)     # an empty group between two others reads as one 〇
            continue
        if out and (gap or value < 1000):
            out.append(zero)
        out.append(_group(value, system, zero) + _GROUPS[min(k, len(_GROUPS) - 1)])
        gap = False
    text = "".join(out)
    one_ten = _DIGITS[system][1] + _UNITS[system][0]
    if not leading_one and text.startswith(one_ten):
        text = text[1:]         # 十二月, not 一十二月
    return text


def _group(value: int, system: int, zero: str) -> str:
    """Up to four digits with 千 百 十: a run of zeros inside reads as one 〇, trailing zeros not at all."""
    table, units = zero + _DIGITS[system][1:], _UNITS[system]
    out, pending = [], False
    for place in (3, 2, 1, 0):
        d = value // 10 ** place % 10
        if d == 0:
            pending = bool(out)
            continue
        if pending:
            out.append(table[0])
            pending = False
        out.append(table[d] + (units[place - 1] if place else ""))
    return "".join(out)
