"""Lines FOLDED as the exchange formats of the IETF fold them (LDIF, RFC 2849; iCalendar and vCard, RFC 5545 and
6350): a long logical line is cut anywhere (inside a word, a figure or an escape) and each line after the cut
begins with ONE blank (a space, or in iCalendar a tab too), which is no part of the value. Unfolding joins each
such line to the one above it, dropping that blank, and keeps where each piece began, so a value read from the
logical line can still cite the file line it stands on."""
from __future__ import annotations

from typing import Callable


def unfolded(lines: list[tuple[int, str]], marks: str = " ",
             onto: Callable[[str], bool] = bool) -> list[tuple[int, str, list[tuple[int, int]]]]:
    """The numbered lines (line, text) as logical lines: (the first file line, the text unfolded, [(offset in that
    text, file line)] where each file line's piece begins). A line opening with one of `marks` goes on with the
    logical line above it where `onto` takes that line's text (by default, any text that is not empty)."""
    out: list[tuple[int, str, list[tuple[int, int]]]] = []
    for no, line in lines:
        if line[:1] and line[:1] in marks and out and onto(out[-1][1]):
            first, joined, starts = out[-1]
            out[-1] = (first, joined + line[1:], starts + [(len(joined), no)])
        else:
            out.append((no, line, [(0, no)]))
    return out
