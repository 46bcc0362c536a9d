"""Columns lined up by eye with tabs AND spaces (a form typed in Notepad: Tab pressed while a tab stop falls short
of the next column, spaces the rest of the way, a CJK character two columns wide): the tabs are no cell
borders, the columns are where the text stands on the screen. Such lines are given back with every tab
expanded to its stop, so that the aligned-columns reader finds the columns by position.

The evidence is the lines' own: between two fields, tabs and then spaces up to the next field (the typist's
Tab, Tab, space, space), on MIN_MIXED lines or more. An export writes one tab between fields and no padding;
a field padded with spaces BEFORE its tab (Hive's desc: name····\\tstring) is a padded export whose tab is the
border; tabs and spaces opening a line are its indent (an outline's blocks); a line typed only with tabs
stays tabbed."""
from __future__ import annotations

import regex as re

from .display_columns import char_width

TAB = 8          # Notepad's, a terminal's and most editors' tab stop
MIN_MIXED = 3
# between two fields, a tab (or more) and then spaces
_MIXED = re.compile(r"\S\t+ +\S")
# legacy CJK code pages: a character two bytes wide is two columns on the screen, ≧ and ─ included
_WIDE_AMBIGUOUS = ("gb", "big5", "cp950", "cp936", "euc", "shift_jis", "cp932")


def expanded(text: str, encoding: str) -> tuple[str, int] | None:
    """(the text with its tabs expanded to stops, lines changed), or None where no lines mix tabs and padding."""
    lines = text.split("\n")
    if sum(1 for ln in lines if _MIXED.search(ln)) < MIN_MIXED:
        return None
    ambiguous = 2 if (encoding or "").lower().replace("-", "").startswith(_WIDE_AMBIGUOUS) else 1
    out, changed = [], 0
    for ln in lines:
        if "\t" not in ln:
            out.append(ln)
            continue
        s, pos = [], 0
        for ch in ln:
            if ch == "\t":
                gap = TAB - pos % TAB
                s.append(" " * gap)
                pos += gap
            else:
                s.append(ch)
                pos += char_width(ch, ambiguous)
        out.append("".join(s).rstrip())
        changed += 1
    return "\n".join(out), changed
