"""Whether two lines of a cell are one text wrapped or two figures one a line: the grammar the PDF
reader (extract/pdf_reader.py) and the page-image reader (extract/ruled_page.py) share, so that a cell of
figures one a line (分值 8⏎8⏎6, 124座⏎6150亩) is never read as one figure (issue 21, 190)."""
from __future__ import annotations

import re
import unicodedata

# The signs that may stand before a figure (≥85%, ≧85%, ⩾85%, ＜5, ＝100%): the project's one
# class of operator glyphs. normalize/quantity.py reads the same glyphs as operators and uses this
# class (extract/ may not import normalize/, so it lives here).
OPERATOR = "[≥≤≧≦⩾⩽<>＜＞=＝]"
# An operator as written before a figure: a glyph, or typed in ASCII as two (>=90%, <=5).
_SIGN = rf"(?:[<>]=|{OPERATOR})"
# A figure alone: an operator, a number, a short unit (8, 9.56, ≥85%, >=85%, 124座); and a line opening with one.
_FIGURE_ALONE = re.compile(rf"^{_SIGN}?\s*\d[\d,.]*\s*([^\d\s，。；、：,;:]{{0,6}})$")
_FIGURE_START = re.compile(rf"^{_SIGN}?\s*\d")
# A number broken over a cell's lines where it is wider than the cell (5.9⏎2, 99.⏎40, 1,234.⏎56).
NUMBER_GOES_ON = re.compile(r"\d[.,]?\n\d")
# A date goes on over a line after its year or month (2023年⏎11月30日前): one date, not two figures.
_DATE_GOES_ON = {"年": re.compile(r"^\d{1,2}\s*月"), "月": re.compile(r"^\d{1,2}\s*[日号]")}
# A whole date alone on its line, a deadline's 前 after it at most (2023年10月31日前): it ends there, so a
# figure opening the next line is the next value (a cell of values one a line), however full the line.
_DATE_ALONE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号](?:以前|之前|前)?$")


# What may not start a line, and what may not end one (a solidus too, UAX #14 class SY: 元/艘
# wraps as one run).
NO_LINE_START = set("，。；：、！？）》」』”’%)]}:;,./")
NO_LINE_END = set("（《「『“‘([{")


def text_area(spans: list[tuple[float, float]], x0: float, x1: float, size: float, centred: float) -> float:
    """The width a cell's lines may take: the cell (x0 to x1) less its padding, the right taken to
    equal the left where the lines start (spans: each line's left and right). Centred lines (each
    middle within `centred` of the cell's) do not show the padding: a small one, half a character, is
    taken, so that a centred figure is never thought full (8⏎8 stays two figures). One measure for
    the PDF reader's cells and the scans' (ruled_page), each in its own units."""
    pad = min(max(0.0, min(a for a, _ in spans) - x0), 2 * size)
    if all(abs((a + b) / 2 - (x0 + x1) / 2) < centred for a, b in spans):
        pad = min(pad, 0.5 * size)
    return x1 - x0 - 2 * pad


def set_in_middle(above: float, below: float, size: float) -> bool:
    """Whether a cell's text, with `above` and `below` of room over its first line and under its last and a
    line `size` high, is set in the cell's middle: half a line or more of room each side, the two within
    half a line of each other (its middle within a quarter line of the cell's), in a cell a line higher
    than the text. One measure for the PDF reader's cells (pdf_reader._short_cells) and the scans'
    (ruled_page._in_middle), each in its own units."""
    return min(above, below) >= 0.5 * size and abs(above - below) <= 0.5 * size and above + below >= 1.2 * size


def _in_word(ch: str) -> bool:
    """A character of a Latin word: ASCII, or a letter with a diacritic (à, ǎ, ü: pinyin's tone marks),
    which a line breaker keeps with the letters beside it as it does ASCII."""
    return ch.isascii() or ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def first_run(chars: list[str]) -> int:
    """The index of the last of a line's characters (its printed ones) that a line breaker keeps
    together with its first: one CJK character, or a run of Latin letters and digits ('96%', '2023',
    a pinyin gloss with its tone marks: (bào)100%); an opening bracket with what follows it (（A）),
    and after it what may not start a line (称：)."""
    k = 0
    if chars[0] in NO_LINE_END and len(chars) > 1:
        k = 1
    if _in_word(chars[k]):
        while k + 1 < len(chars) and _in_word(chars[k + 1]):
            k += 1
    while k + 1 < len(chars) and chars[k + 1] in NO_LINE_START:
        k += 1
    return k


def two_figures(a: str, b: str, full: bool) -> bool:
    """Whether text `a` and the line `b` after it are two figures, not one run on: `a` is a figure
    alone and `b` opens with one. A line breaker breaks inside a number only when it is longer than
    the line, so digits run on only from a `full` line; after a unit (124座⏎6150亩, 100%⏎88.6%) the
    two are never one figure, but for a date's parts. A cell of figures one a line (分值 8⏎8⏎6)
    keeps its lines, and so does a date alone on its line before a figure (2023年10月31日前⏎≤3000元)."""
    if _DATE_ALONE.match(a.rsplit("\n", 1)[-1].strip()) and _FIGURE_START.match(b.strip()):
        return True
    m = _FIGURE_ALONE.match(a.rsplit("\n", 1)[-1].strip())
    if m is None or not _FIGURE_START.match(b.strip()):
        return False
    if (date := _DATE_GOES_ON.get(m.group(1))) is not None and date.match(b.strip()):
        return False
    return bool(m.group(1)) or not full

# An item's number opening a line (2.村级…, G2.基层…, 2、…, （2）…): a paragraph's start, never the
# rest of the line before it. A point a digit follows is a decimal's (2.5万元), not an item's, and
# one with nothing after it may be a number cut at its point (98.⏎72).
_ITEM_START = re.compile(r"^\s*(?:[A-Za-z]?\d{1,3}\s*[.．、](?=[^\d\s])|[（(]\d{1,3}[)）])")


def opens_item(text: str) -> bool:
    """Whether a cell's text opens with an item's number (G2.基层医务人员满意度, 2、, （2）)."""
    return bool(_ITEM_START.match(text))


# A number that cannot end where its line ends (98., 1,234., ９９．): a point with no digit after it;
# the point half- or full-width, as typed (\d takes full-width digits already).
_CUT_AT_POINT = re.compile(rf"^{_SIGN}?\s*\d[\d,]*[.．]$")
# The rest of a number on the next line: digits only, a short unit after them at most (72, 72%).
_DIGITS_GO_ON = re.compile(r"^(\d+)\s*([^\d\s，。；、：,;:.]{0,6})$")
# A figure written with a point, and its places (9.56, ≥85.5%, 5.5).
_POINTED = re.compile(rf"^{_SIGN}?\s*\d[\d,]*\.(\d+)\s*[^\d\s，。；、：,;:.]{{0,6}}$")


def cut_at_point(a: str, b: str) -> bool:
    """Whether text `a` ends in a number cut after its point (98.) and the line `b` after it is
    that number's digits (72): a point with no digit after it ends no figure, so the two are one
    (166's 总分 98.⏎72), wherever the line ended."""
    return bool(_CUT_AT_POINT.match(a.rsplit("\n", 1)[-1].strip())) and bool(_DIGITS_GO_ON.match(b.strip()))


# A bare pointed number (5.6) and bare digits (2): no operator, no unit on either line.
_BARE_POINTED = re.compile(r"^\d[\d,]*[.．]\d+$")
_BARE_DIGITS = re.compile(r"^\d+$")


def places_go_on(a: str, b: str) -> bool:
    """Whether the line `a`, a bare number with a point (5.6), and the line `b` after it, bare digits (2),
    may be one number whose places went on over a narrow cell's edge (5.62). Only a place that calls for
    one figure alone may take it so (a score under the row's one weight): the lines alone cannot tell
    it from two figures."""
    return bool(_BARE_POINTED.match(a.strip())) and bool(_BARE_DIGITS.match(b.strip()))


def _places(text: str) -> int | None:
    m = _POINTED.match(text.strip())
    return len(m.group(1)) if m else None


def is_figure(line: str) -> bool:
    """Whether a line is a figure alone (8, 9.56, ≥85%, 124座)."""
    return bool(_FIGURE_ALONE.match(line.strip()))


def by_column_places(texts: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """A table's cell texts by (row, col), with a number broken over a two-line cell rejoined where
    its column says so: every figure with a point in the column's one-line cells writes N places,
    the first line writes fewer and the second is digits only that make exactly N (5.5⏎2 beside
    99.22 is 5.52). Two whole figures (10⏎10), two with the column's places, or a row whose other
    cells hold two figure lines too (a row of stacked indicators, 8⏎6 beside 10⏎8) stay apart."""
    places: dict[int, set[int]] = {}
    for (_, col), text in texts.items():
        if "\n" not in text.strip() and (p := _places(text)) is not None:
            places.setdefault(col, set()).add(p)
    out = dict(texts)
    for (row, col), text in texts.items():
        lines = [x.strip() for x in text.strip().split("\n")]
        if len(lines) != 2 or len(places.get(col, ())) != 1:
            continue
        n, = places[col]
        k, rest = _places(lines[0]), _DIGITS_GO_ON.match(lines[1])
        if k is None or rest is None or not lines[0][-1].isdigit():   # 5.5%⏎2: the unit ended it
            continue
        if k >= n or k + len(rest.group(1)) != n:
            continue
        stacked = any(r == row and c != col and len(ls := [x for x in t.strip().split("\n") if x.strip()]) == 2
                      and all(is_figure(x) for x in ls) for (r, c), t in texts.items())
        if not stacked:
            out[(row, col)] = lines[0] + lines[1]
    return out


# A figure whose unit has begun where its line ends (≥600人), and a line that is the unit's rest (次):
# a short run of CJK with no digit, no punctuation. The unit is whatever follows the number and is no
# number or operator (normalize/quantity.py), so its rest is CJK the line could not hold; of a
# compound unit (毫克/升, 立方米/秒, 元/人·年) the rest of its first part and the parts joined to it
# (108毫⏎克/升, 551.pdf), the joining marks those of normalize's compound units (quantity.UNIT_JOIN
# less 每, a word that may open a clause).
_UNIT_BEGUN = re.compile(rf"^{_SIGN}?\s*\d[\d,.]*\s*[\u3400-\u9fff]{{1,3}}$")
_UNIT_REST = re.compile(r"^[\u3400-\u9fff]{1,3}(?:\s*[/／·・*×]\s*[\u3400-\u9fff]{1,3})*$")


def unit_goes_on(a: str, b: str) -> bool:
    """Whether text `a` ends in a figure whose unit has begun (≥600人) and the line `b` after it is
    that unit's rest (次): a short CJK run alone on its line, no digit in it. Whether the line was
    full enough for `b` to have been wrapped there is the geometry's to say (the readers)."""
    return bool(_UNIT_BEGUN.match(a.rsplit("\n", 1)[-1].strip())) and bool(_UNIT_REST.match(b.strip()))
