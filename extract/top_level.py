"""Splitting a list written in a small language (a CSS selector list, an SQL table's definitions) at
its top-level separators: a separator inside brackets (:not(.a, .b), decimal(12,2), [title="a,b"]) or
inside a quoted string ('a,b', "a,b", `a,b`, with a backslash escape or a doubled quote) is part of
its item, not a split."""
from __future__ import annotations

_OPEN, _CLOSE, _QUOTES = "([{", ")]}", "\"'`"


def split_top(text: str, sep: str = ",") -> list[str]:
    """The items of text between the separators outside brackets and quotes (as written: not stripped)."""
    parts, depth, quote, start, k = [], 0, "", 0, 0
    while k < len(text):
        ch = text[k]
        if quote:
            if ch == "\\":
                k += 1           # the escaped character closes nothing
            elif ch == quote:
                quote = ""       # a doubled quote ('it''s') closes and opens again: the same
        elif ch in _QUOTES:
            quote = ch
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)     # a stray closer does not hide the separators after it
        elif ch == sep and not depth:
            parts.append(text[start:k])
            start = k + 1
        k += 1
    return parts + [text[start:]]
