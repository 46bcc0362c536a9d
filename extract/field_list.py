"""A dBASE file listed by a viewer (dbview -i then -b, a FoxPro LIST STRUCTURE then a browse dump): the
file's STRUCTURE, a line per field (its name, its type letter C / N / D / L / M / F / I, its length and its
decimals), then its RECORDS a line each with no header line, every field ENDED by one delimiter (dbview -b
writes 'a:b:c:'). The structure's names are the records' header, in order: the record lines are a table
of those columns where each splits into as many fields as the structure lists. Every other line stays a
line of the text (the structure too: it is no indicator's)."""
from __future__ import annotations

import re

from .nested_values import around

_FIELD = re.compile(r"^(\S+)\s+([CNDLMFI])\s+(\d{1,3})\s+(\d{1,2})\s*$")
MIN_FIELDS = 4     # a short list of letters and numbers is no structure
MIN_RECORDS = 2


def _structure(lines: list[str], k: int) -> list[str] | None:
    names = []
    while k < len(lines) and (m := _FIELD.match(lines[k].strip())):
        names.append(m.group(1))
        k += 1
    return names if len(names) >= MIN_FIELDS else None


def _fields(line: str, width: int) -> list[str] | None:
    """A record line's fields: the line ends with its delimiter, which parts width fields."""
    t = line.rstrip("\r")
    if not t or t[-1].isalnum() or t[-1].isspace() or t.count(t[-1]) < width:
        return None
    cells = t[:-1].split(t[-1])
    return [c.strip() for c in cells] if len(cells) == width else None


def field_listing(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the records, the records' table and the lines after it as paragraphs) where a
    structure listing is followed (other lines between) by MIN_RECORDS record lines of its width; None
    otherwise."""
    lines = text.split("\n")
    for k in range(len(lines)):
        # a structure read from its first line only: read from each of its lines it is quadratic
        if (k and _FIELD.match(lines[k - 1].strip())) or (names := _structure(lines, k)) is None:
            continue
        j = k + len(names)
        while j < len(lines) and _fields(lines[j], len(names)) is None and not _FIELD.match(lines[j].strip()):
            j += 1
        rows = []
        while j + len(rows) < len(lines) and (cells := _fields(lines[j + len(rows)], len(names))) is not None:
            rows.append([(j + len(rows) + 1, c) for c in cells])
        if len(rows) < MIN_RECORDS:
            continue
        head = [(k + 1 + n, name) for n, name in enumerate(names)]
        before, after = around(lines, j, j + len(rows))
        return before, [("t", [head] + rows)] + after
    return None
