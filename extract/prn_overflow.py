"""A sheet saved by Excel as 'Formatted Text (Space delimited)' (.prn): each row a line of cells padded to their
columns' widths, but AT MOST 240 CHARACTERS of a row on its line (bytes in a double-byte code page: GBK, GB18030);
what a row holds past them is written AFTER THE LAST ROW, a line for every row in the same order (blank where the
row had nothing more). The rows are read whole: each overflow line joined to the end of its row's line, the
overflow block left blank (the lines keep their numbers).

Evidence: the file's lines are two blocks of the same count, the second's first lines blank where the first's rows
are short, and every line of the second holding text belongs to a row line exactly at the limit (240 characters,
or 239 / 240 bytes in the file's encoding: a double-byte character is never cut)."""
from __future__ import annotations

LIMIT = 240


def _at_limit(line: str, encoding: str) -> bool:
    try:
        size = len(line.encode(encoding))
    except (LookupError, UnicodeEncodeError):
        size = len(line)
    return len(line) == LIMIT or LIMIT - 1 <= size <= LIMIT


def overflow_joined(text: str, encoding: str) -> tuple[str, int] | None:
    """(the text with each row's overflow joined to it, how many rows were joined), or None where the text is
    no such save."""
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip() and end % 2:
        end -= 1     # the file's last line break
    if end < 4 or end % 2:
        return None
    half = end // 2
    first, rest = lines[:half], lines[half:end]
    joined = [k for k, r in enumerate(rest) if r.strip()]
    if not joined or any(not _at_limit(first[k], encoding) for k in joined):
        return None
    if not all(not rest[k].strip() for k in range(half) if k not in joined) or not any(x.strip() for x in first):
        return None
    out = [first[k] + rest[k] if k in joined else first[k] for k in range(half)] + [""] * half + lines[end:]
    return "\n".join(out), len(joined)
