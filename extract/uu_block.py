"""Files carried in a mail's TEXT as UUENCODE (Outlook Express's and older mailers' way to attach without MIME):
a line 'begin <mode> <name>', lines each opened by a character giving its byte count ('M' for 45) and the bytes
four characters to three, a line '`' (or ' ') and 'end'. The block is no text of the body: it is the file, put
back from its lines (binascii.a2b_uu) and read as the attachment it is.

The evidence: a 'begin' line of an octal mode and a name, every line below it to 'end' a well-formed uuencoded
line (its length agreeing with its count), 'end' reached."""
from __future__ import annotations

import binascii
import re

_BEGIN = re.compile(r"^begin ([0-7]{3,4}) (\S.*)$")


def _decoded(line: str) -> bytes | None:
    if not line or not 32 <= ord(line[0]) <= 96:
        return None
    n = (ord(line[0]) - 32) & 0x3F
    if len(line) - 1 < (n * 4 + 2) // 3:
        return None
    try:
        return binascii.a2b_uu(line)
    except binascii.Error:
        return None


def uu_files(body: str) -> tuple[str, list[tuple[str, bytes, list[int]]]] | None:
    """(the body with each block's lines blanked, the files: (name, bytes, each of the file's lines' body line,
    0-based: the encoded line holding its first byte)) or None where the body holds no uuencoded block."""
    lines = body.split("\n")
    files, k = [], 0
    while k < len(lines):
        m = _BEGIN.match(lines[k].rstrip())
        if m is None:
            k += 1
            continue
        data, at, j = bytearray(), [], k + 1
        while j < len(lines) and lines[j].rstrip() not in ("end",):
            got = _decoded(lines[j].rstrip())
            if got is None:
                break
            at.append((len(data), j))
            data += got
            j += 1
        if j >= len(lines) or lines[j].rstrip() != "end" or not data:
            k += 1
            continue
        files.append((m.group(2).strip(), bytes(data), _line_starts(bytes(data), at)))
        lines[k:j + 1] = [""] * (j + 1 - k)
        k = j + 1
    return ("\n".join(lines), files) if files else None


def _line_starts(data: bytes, at: list[tuple[int, int]]) -> list[int]:
    """Each line of the file (split at LF, CR LF or CR) with the encoded line holding its first byte."""
    out, pos, i = [], 0, 0
    for piece in re.split(rb"(\r\n|\r|\n)", data):
        if piece in (b"\r\n", b"\r", b"\n"):
            pos += len(piece)
            continue
        while i + 1 < len(at) and at[i + 1][0] <= pos:
            i += 1
        out.append(at[i][1])
        pos += len(piece)
    return out
