"""The white a renderer sets where Chinese meets Latin letters or digits on a line.

Word processors (LibreOffice's and Word's "space between Asian and Western text") widen the boundary
between a Han character and a Latin letter or digit by a fraction of a character (的95.8%: 2.1 points at
10.5 points). A line breaker counts that white too: a figure after a Han character needs it beside its own
width, so a line may break before a figure that its own width alone would have let stand (…提高了⏎16个千分点,
14.9 points left, 16 13.4 wide and 2.1 more before it). A browser's print sets no such white, so the gap is
taken from the page's own lines, never assumed."""
from __future__ import annotations

import statistics


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def meets(before: str, after: str) -> bool:
    """A Han character and a Latin letter or digit side by side, either way round."""
    return bool(before) and bool(after) and (_han(before) and _latin(after) or _latin(before) and _han(after))


SPACE = 0.3   # of a character: white this wide or wider is a space between words (pdf_reader._chars_text)


def script_gap(lines) -> float:
    """The white the lines show where Han meets a Latin letter or digit with no space between (the median of
    such boundaries, three or more of them), where it is a tenth of a character or more: 0.0 where the lines
    show none (a browser's print, or too few boundaries to say). A space typed or printed there is a word's
    gap, not the renderer's white, and is not counted."""
    gaps, sizes = [], []
    for ln in lines:
        for a, b in zip(ln.chars, ln.chars[1:]):
            size = a.get("size") or ln.size
            if meets(a["text"][-1:], b["text"][:1]) and b["x0"] - a["x1"] < SPACE * size:
                gaps.append(b["x0"] - a["x1"])
                sizes.append(size)
    if len(gaps) < 3:
        return 0.0
    gap = statistics.median(gaps)
    return gap if gap >= 0.1 * statistics.median(sizes) else 0.0
