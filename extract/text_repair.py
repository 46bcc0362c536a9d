"""Text whose characters went wrong on the way, put right by what the bytes or the text themselves show.

- Lines in two encodings (`lines_decoded`): a file joined from a UTF-8 part and an 'ANSI' (GB18030/GBK) part
  (`copy /b head.txt+table.txt`) decodes whole in neither; each line decodes strictly in one of the two.
- UTF-8 decoded as Windows-1252 and encoded again (`double_encoded`): a database column in latin1 holding
  UTF-8 bytes, read out through a UTF-8 connection, gives 项 as é¡¹. A run of characters of the
  Windows-1252 / Latin-1 range (MySQL's latin1: 81 8D 8F 90 9D as the C1 controls of the same number) whose
  bytes are valid UTF-8 of CJK text is that text; a Latin word (café: E9 alone) is no UTF-8 and stays.
- GBK decoded as Windows-1252 and saved again (`gbk_as_1252`): a Chinese Excel CSV opened as 'Western Europe' and
  saved as UTF-8 gives 项目名称 as ÏîÄ¿Ãû³Æ: each GBK byte pair two characters, the trail byte an ASCII letter or
  sign where it falls in 40-7E. Only a text with no Chinese character of its own, whose runs of two such pairs or
  more decode strictly as GBK into Chinese text two in three or more, is so read (accented Latin words are no
  such file: an accented letter and the ASCII letter after it make one pair).
- Bytes literals (`bytes_literals`): a Python script that logged its rows' encoded bytes prints b'\\xe9\\xa1\\xb9…';
  a literal whose bytes decode as UTF-8 (or GB18030) into Chinese text is that text; where three lines or more
  end with such a literal, each line is the literal's text alone (the log's time and level are the line's own).
- UTF-7 (`utf7_text`): a mail client's or an old tool's 'Unicode (UTF-7)' text is pure ASCII, every run of
  Chinese a shifted '+…-' run of base64 UTF-16 (项目名称 as +mHl27lQNefA); a file of such runs that decodes
  strictly as UTF-7, two runs in three or more each wholly into CJK text, is that text (a '+86' or 'C++'
  decodes to no CJK, a base64 body's runs to characters of every range).
- HTML character references in a plain text's cells (`entity_cells`): a web system that stores its fields
  escaped (&gt;= for >=, &quot;, &amp;) exports them so; a reference needs its ';' (R&D stays R&D).
"""
from __future__ import annotations

import ast
import html
import re

# Windows-1252's characters for the bytes 80-9F (MySQL's latin1 keeps the five it leaves unassigned as C1).
_CP1252 = {ch: b for b in range(0x80, 0x100)
           if (ch := bytes([b]).decode("cp1252", errors="ignore") or chr(b))}
_RUN = re.compile("[" + re.escape("".join(_CP1252)) + "]{2,}")
_CJK = re.compile(r"[\u2000-\u2bff\u3000-\u9fff\uff00-\uffef]")


def lines_decoded(data: bytes) -> tuple[str, int, int] | None:
    """The text of a file whose every line is UTF-8 or GB18030 and that holds both (text, lines UTF-8 but
    ASCII, lines GB18030); None where one encoding reads it whole or a line reads in neither."""
    out, utf8, gb = [], 0, 0
    for line in data.removeprefix(b"\xef\xbb\xbf").split(b"\n"):
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        try:
            out.append(line.decode("utf-8"))
            utf8 += 1
        except UnicodeDecodeError:
            try:
                out.append(line.decode("gb18030"))
            except UnicodeDecodeError:
                return None
            gb += 1
    return ("\n".join(out), utf8, gb) if utf8 and gb else None


_SHIFTED = re.compile(rb"\+[A-Za-z0-9+/]{3,}-?")
MIN_SHIFTED = 3    # runs: one or two '+abc' in an ASCII text are words, no encoding


def utf7_text(data: bytes) -> str | None:
    """The text of a pure-ASCII file written in UTF-7; None where it is no such file."""
    if not data.isascii():
        return None
    runs = _SHIFTED.findall(data)
    if len(runs) < MIN_SHIFTED:
        return None
    try:
        text = data.decode("utf-7")
    except UnicodeDecodeError:
        return None
    def chinese(run: bytes) -> bool:     # the run decodes whole into CJK text (random base64 rarely does)
        try:
            chars = run.decode("utf-7")
        except UnicodeDecodeError:
            return False
        return bool(chars) and all(_CJK.match(ch) for ch in chars)
    return text if 3 * sum(map(chinese, runs)) >= 2 * len(runs) else None


def _undone(pattern: re.Pattern, text: str, decode) -> tuple[str, int]:
    """The text with each match of the pattern that `decode` turns into text (None: left as it is) so replaced, and
    how many were: the one substitution double_encoded, gbk_as_1252 and bytes_literals each make."""
    n = 0

    def undo(m: re.Match) -> str:
        nonlocal n
        if (back := decode(m.group())) is None:
            return m.group()
        n += 1
        return back
    return pattern.sub(undo, text), n


def _utf8_text(run: str) -> str | None:
    """A run's Windows-1252 characters as the UTF-8 bytes they were, decoded, where that is Chinese text."""
    try:
        back = bytes(_CP1252[ch] for ch in run).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return back if _CJK.search(back) else None


def double_encoded(text: str) -> tuple[str, int] | None:
    """The text with its runs of UTF-8-read-as-Windows-1252 decoded once more, and how many; None where none."""
    fixed, n = _undone(_RUN, text, _utf8_text)
    return (fixed, n) if n else None


# a GBK pair as Windows-1252 shows it: a lead byte 81-FE, a trail byte 40-7E or 80-FE
_HIGH = "".join(ch for ch, b in _CP1252.items() if b >= 0x81)
_TRAIL = "\x40-\x7e" + re.escape("".join(ch for ch, b in _CP1252.items() if b != 0xFF))
_PAIRS = re.compile(f"(?:[{re.escape(_HIGH)}][{_TRAIL}])+")
MIN_PAIRS = 3     # runs of two pairs or more: a stray accented word or two is Latin text


def gbk_as_1252(text: str) -> tuple[str, int] | None:
    """The text with its runs of GBK-read-as-Windows-1252 decoded as GBK, and how many; None where the text has
    Chinese characters of its own or too few runs decode into Chinese."""
    if _CJK_OWN.search(text):
        return None
    # a Chinese word is two characters or more: runs of two pairs decide (an accented Latin letter and the ASCII
    # letter after it make one pair, a word of Latin text seldom two)
    words = [r for r in _PAIRS.findall(text) if len(r) >= 4]
    if len(words) < MIN_PAIRS or 3 * sum(1 for r in words if _gbk_text(r)) < 2 * len(words):
        return None
    return _undone(_PAIRS, text, _gbk_text)


def _gbk_text(run: str) -> str | None:
    """A run's Windows-1252 characters as the GBK bytes they were, decoded, where that is Chinese text."""
    try:
        back = bytes(_CP1252.get(ch, ord(ch)) for ch in run).decode("gbk")
    except UnicodeDecodeError:
        return None
    return back if _CJK.search(back) else None


_CJK_OWN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_LITERAL = re.compile(r"b'(?:[^'\\\n]|\\.)*'" + r'|b"(?:[^"\\\n]|\\.)*"')
MIN_LITERAL_LINES = 3


def _literal_text(lit: str) -> str | None:
    """A bytes literal's bytes as UTF-8 or GB18030 text holding Chinese; None otherwise."""
    if "\\x" not in lit:
        return None
    try:
        raw = ast.literal_eval(lit)
    except (ValueError, SyntaxError):
        return None
    for enc in ("utf-8", "gb18030"):
        try:
            back = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        return back if _CJK.search(back) else None
    return None


def bytes_literals(text: str) -> tuple[str, int] | None:
    """The text with its bytes literals of Chinese text decoded, and how many; a line ending with one is the
    literal's text alone where MIN_LITERAL_LINES lines or more do. None where none."""
    if "b'\\x" not in text and 'b"\\x' not in text:
        return None
    lines, n = text.split("\n"), 0
    ending = [_ending_literal(line) for line in lines]    # each line's once
    whole = sum(back is not None for back in ending) >= MIN_LITERAL_LINES
    out = []
    for line, back in zip(lines, ending):
        if whole and back is not None:
            out.append(back)
            n += 1
        else:
            line, k = _undone(_LITERAL, line, _literal_text)
            out.append(line)
            n += k
    return ("\n".join(out), n) if n else None


def _ending_literal(line: str) -> str | None:
    """The decoded text of the bytes literal a line ends with; None where it ends with none."""
    m = None
    for m in _LITERAL.finditer(line.rstrip()):
        pass
    if m is None or m.end() != len(line.rstrip()):
        return None
    return _literal_text(m.group())


_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unreferenced(text: str) -> str:
    """The text with its HTML character references (with their ';') as the characters they stand for."""
    return _REF.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


def entity_cells(doc) -> int:
    """Replace the HTML character references in a document's cells and paragraphs; how many texts changed.
    A reference that names no character (&foo;) is left as written."""
    n = 0
    for _, cell in doc.iter_cells():
        if (t := unreferenced(cell.text)) != cell.text:
            cell.text, n = t, n + 1
    for p in doc.paragraphs():
        if (t := unreferenced(p.text)) != p.text:
            p.text, n = t, n + 1
    return n
