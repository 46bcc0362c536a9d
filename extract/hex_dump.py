"""A file that reaches the reader as a HEX DUMP of its bytes (`hexdump -C`, `xxd`, pasted into a help-desk ticket
so an engineer can see an encoding): lines of an offset, the bytes in hex, and their ASCII rendering ('.' for every
byte that is not printable ASCII, so a Chinese file's text is there only in the hex). The bytes are the file: they
are put back together from the hex (the ASCII column is not read), decoded (a BOM's encoding, else UTF-8, else
GB18030) and read as the text the file was; the lines around the dump (the ticket) are not read, and that is said.

The evidence: at least MIN_LINES consecutive dump lines whose offsets run on by the bytes of the line before
(hexdump's '*', a run of lines like the one before, repeats it up to the next offset)."""
from __future__ import annotations

import re

# hexdump -C: 00000010  bb a9 e6 95 88 e8 87 aa  e8 af 84 e8 a1 a8 2c 2c  |..............,,|
_C = re.compile(r"^([0-9a-f]{7,8})  ((?:[0-9a-f]{2} ){1,8}(?: (?:[0-9a-f]{2} ){0,7}[0-9a-f]{2})?)\s*\|.*\|$")
# xxd: 00000010: bba9 e695 88e8 87aa e8af 84e8 a1a8 2c2c  ..............,,
_XXD = re.compile(r"^([0-9a-f]{7,8}): ((?:[0-9a-f]{2,4} ?){1,8})  .*$")
_END = re.compile(r"^[0-9a-f]{7,8}$")
MIN_LINES = 8


def _line(s: str):
    for pat in (_C, _XXD):
        if (m := pat.match(s)) is not None:
            return int(m.group(1), 16), bytes.fromhex(m.group(2).replace(" ", ""))
    return None


def dumped_file(text: str) -> tuple[str, list[int], str] | None:
    """(the dumped file's text, each of its lines' source line (the dump line its first byte is on), what was
    done) or None where the text holds no hex dump of MIN_LINES lines or more."""
    lines = text.split("\n")
    data = bytearray()
    at: list[tuple[int, int]] = []      # (offset, dump line) for each dump line
    start = end = None
    last = None
    base = 0        # the dump's first offset (a dump of part of a file starts past 0)
    for no, line in enumerate(lines, 1):
        s = line.rstrip()
        got = _line(s)
        if got is not None and (start is None or got[0] == base + len(data)):
            if start is None:
                start, base = no, got[0]
            at.append((len(data), no))
            data += got[1]
            last, end = got[1], no
            continue
        if got is not None and last is not None and got[0] > base + len(data) and lines[no - 2].strip() == "*":
            while base + len(data) + len(last) <= got[0]:      # '*': the line before, repeated up to this offset
                data += last
            at.append((len(data), no))
            data += got[1]
            last, end = got[1], no
            continue
        if s.strip() == "*" and last is not None:
            continue
        if start is not None and _END.match(s.strip()) and int(s.strip(), 16) >= base + len(data):
            end = no
            break
        if start is not None:
            break
    if start is None or len(at) < MIN_LINES:
        return None
    raw = bytes(data)
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            skip = len(bom)
            break
    else:
        skip, enc = 0, None
    body = raw[skip:]
    for e in ([enc] if enc else ["utf-8", "gb18030"]):
        try:
            decoded = body.decode(e)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    out, source = _sources(decoded, e, skip, at)
    rest = sum(1 for n, s in enumerate(lines, 1) if s.strip() and not start <= n <= end)
    said = (f"此文件第{start}—{end}行是一个文件的十六进制转储（hexdump -C / xxd 的输出，共{len(raw)}字节），"
            f"已把十六进制字节还原为原文件、按{'带 BOM 的 ' if skip else ''}{e.upper()}解码读取（右侧 ASCII 栏未读取）"
            + (f"；转储之外的{rest}行文字（工单、说明等）未读取" if rest else ""))
    return "\n".join(out), source, said


def _sources(decoded: str, enc: str, skip: int, at: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """The decoded file's lines, each with the dump line holding its first byte."""
    out, source = [], []
    pos, k = skip, 0
    for piece in re.split(r"(\r\n|\r|\n)", decoded):
        if piece in ("\r\n", "\r", "\n"):
            pos += len(piece.encode(enc))
            continue
        while k + 1 < len(at) and at[k + 1][0] <= pos:
            k += 1
        out.append(piece)
        source.append(at[k][1])
        pos += len(piece.encode(enc))
    return out, source
