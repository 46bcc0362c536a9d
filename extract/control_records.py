"""Records apart by the ASCII RECORD SEPARATOR (RS, 0x1E) rather than by line breaks: an interface file written
with the information separators ASCII defines for data (US 0x1F between a record's fields, RS between records, GS
0x1D between groups, FS 0x1C between files), often with no line break anywhere, the whole file one line to an
editor. Each record is a line of the text read (a group or file separator a blank line between); the fields'
US stays for the text reader's control-separated fields (text_reader.field_separator) to split.

The evidence is the separators' count: RECORDS or more RS in the text and more RS than line breaks (a file whose
records are lines already, an RS ending each, is a line a record: the RS at a line's end is dropped)."""
from __future__ import annotations

RS, GS, FS = "\x1e", "\x1d", "\x1c"
RECORDS = 3     # records enough to be a data file, not a stray control character


def separated_records(text: str) -> tuple[str, list[int], int] | None:
    """(the text a record a line, each line's line in the file, the records) or None where RS parts no
    records."""
    count = text.count(RS)
    if count < RECORDS or count <= text.count("\n"):
        return None
    lines: list[str] = []
    source: list[int] = []
    for no, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        line = line[:-1] if line.endswith(RS) else line
        for piece in line.replace(FS, GS).split(RS):
            for k, part in enumerate(piece.split(GS)):
                if k:
                    lines.append("")
                    source.append(no)
                lines.append(part)
                source.append(no)
    return "\n".join(lines), source, count + 1
