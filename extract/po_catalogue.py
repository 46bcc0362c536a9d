"""A sheet that reaches the reader as a GETTEXT PO CATALOGUE (the file a translation tool works in, made from a
workbook): an entry a cell, the cell's address in its reference comment ('#: Sheet1!B3') or its msgctxt, the
cell's text its msgid (C-escaped, a long string wrapped as msgid "" and quoted pieces on the lines below), the
translation its msgstr. The msgids are the form; rebuilt as the sheet (cell_lines.grid_rows) for the text reader.
Not read, and said: the msgstrs (translations), the header entry (msgid ""), a fuzzy entry's previous msgid
('#| msgid'), and the obsolete entries ('#~', strings no longer in the file's source: last year's cells)."""
from __future__ import annotations

import re

from .sheet_xml_parts import MIN_CELLS, _REF, _col, _sheets_text

_KEY = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(.*)"\s*$')
_MORE = re.compile(r'^"(.*)"\s*$')
_ESC = re.compile(r'\\(.)')
_ESCAPES = {"n": "\n", "t": "\t", "r": "", '"': '"', "\\": "\\"}


def _unescape(s: str) -> str:
    return _ESC.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), s)


def _entries(text: str):
    """Each entry as (first line, its '#:' references, its strings by keyword), and the obsolete entries' count;
    None where a line is neither a comment, a keyword's string nor its continuation."""
    entries, obsolete = [], 0
    cur: dict | None = None
    key = None
    for no, line in enumerate(text.split("\n"), 1):
        s = line.strip()
        if not s:
            if cur is not None:
                entries.append(cur)
            cur, key = None, None
            continue
        if s.startswith("#~"):
            if cur is None or not cur["strings"]:
                obsolete += s[2:].lstrip().startswith("msgid")
            continue
        if cur is None:
            cur = {"line": no, "refs": [], "strings": {}}
        if s.startswith("#:"):
            cur["refs"] += s[2:].split()
            continue
        if s.startswith("#"):
            continue
        if (m := _KEY.match(s)) is not None:
            key = m.group(1)
            cur["strings"][key] = _unescape(m.group(2))
            continue
        if (m := _MORE.match(s)) is not None and key is not None:
            cur["strings"][key] += _unescape(m.group(1))
            continue
        return None
    if cur is not None:
        entries.append(cur)
    return entries, obsolete


def po_grid(text: str) -> tuple[str, list[int], str] | None:
    """(the sheet's rows as tab-separated lines, each line's source line, what was done) or None where the text
    is no PO catalogue whose entries are cells."""
    if "msgid" not in text or "msgstr" not in text:
        return None
    found = _entries(text)
    if found is None:
        return None
    entries, obsolete = found
    entries = [e for e in entries if "msgid" in e["strings"] and e["strings"]["msgid"]]
    sheets: dict[str, dict] = {}
    placed = translated = 0
    for e in entries:
        ref = next((m for r in [*e["refs"], e["strings"].get("msgctxt", "")] if (m := _REF.match(r))), None)
        if ref is None:
            continue
        value = " ".join(x.strip() for x in e["strings"]["msgid"].split("\n")).replace("\t", " ").strip()
        sheets.setdefault(ref.group(1) or "", {})[(int(ref.group(3)) - 1, _col(ref.group(2)))] = (e["line"], value)
        placed += 1
        translated += any(v for k, v in e["strings"].items() if k.startswith("msgstr"))
    if placed < MIN_CELLS or 4 * placed < 3 * len(entries):
        return None
    first = next((r for e in entries for r in [*e["refs"], e["strings"].get("msgctxt", "")] if _REF.match(r)), "")
    lang = re.search(r'"Language:\s*([\w@-]+)', text)
    out, source = _sheets_text(sheets if len(sheets) > 1 else {"": next(iter(sheets.values()))})
    said = (f"此文件是翻译工具的 gettext PO 文件{f'（译入语言 {lang.group(1)}）' if lang else ''}，"
            f"{placed}个条目注明了单元格位置（如“{first}”），"
            f"已按位置还原为表格、按原文（msgid）读取；译文（msgstr，{translated}条已译）未读取"
            + (f"；{obsolete}条已废弃的条目（#~，原文中已不存在的旧内容）未读取" if obsolete else ""))
    return out, source, said
