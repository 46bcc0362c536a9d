"""Text whose characters went wrong on the way, put right by what the bytes or the text themselves show.

- Lines in two encodings (`lines_decoded`): a file joined from a UTF-8 part and an 'ANSI' (GB18030/GBK) part
  (`copy /b head.txt+table.txt`) decodes whole in neither; each line decodes strictly in one of the two.
- UTF-8 decoded as Windows-1252 and encoded again (`double_encoded`): a database column in latin1 holding
  UTF-8 bytes, read out through a UTF-8 connection, gives 项 as é¡¹. A run of characters of the
  Windows-1252 / Latin-1 range (MySQL's latin1: 81 8D 8F 90 9D as the C1 controls of the same number) whose
  bytes are valid UTF-8 of CJK text is that text; a Latin word (café: E9 alone) is no UTF-8 and stays.
- UTF-7 (`utf7_text`): a mail client's or an old tool's 'Unicode (UTF-7)' text is pure ASCII, every run of
  Chinese a shifted '+…-' run of base64 UTF-16 (项目名称 as +mHl27lQNefA); a file of such runs that decodes
  strictly as UTF-7, two runs in three or more each wholly into CJK text, is that text (a '+86' or 'C++'
  decodes to no CJK, a base64 body's runs to characters of every range).
- HTML character references in a plain text's cells (`entity_cells`): a web system that stores its fields
  escaped (&gt;= for >=, &quot;, &amp;) exports them so; a reference needs its ';' (R&D stays R&D).
"""
from __future__ import annotations

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


def double_encoded(text: str) -> tuple[str, int] | None:
    """The text with its runs of UTF-8-read-as-Windows-1252 decoded once more, and how many; None where none."""
    n = 0

    def undo(m: re.Match) -> str:
        nonlocal n
        try:
            back = bytes(_CP1252[ch] for ch in m.group()).decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
        if not _CJK.search(back):
            return m.group()
        n += 1
        return back
    fixed = _RUN.sub(undo, text)
    return (fixed, n) if n else None


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
