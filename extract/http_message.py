"""An HTTP response saved whole (a debugging proxy's 'save response', curl -i, a browser's raw view): a
status line (HTTP/1.1 200 OK), header lines, a blank line, then the body as it went over the wire. Its
document is the body: in chunked transfer encoding (RFC 9112, 7.1) the body comes as chunks, each a line
of its size in hex (extensions after ';' allowed) and that many bytes, then CRLF, up to a chunk of size 0;
the size lines fall anywhere in the document (inside a tag, inside a multi-byte character), so they are
taken out by their byte counts before the body is decoded. A gzip or deflate content encoding is undone."""
from __future__ import annotations

import re
import zlib

from .errors import ExtractError

# The most bytes a compressed body may inflate to: the size of the largest file read (extract.MAX_FILE);
# more is a decompression bomb, not a report page.
MAX_BODY = 100 * 1024 * 1024

_STATUS = re.compile(rb"HTTP/\d(?:\.\d)? [1-5]\d\d(?: [^\r\n]*)?\r?\n")
_HEADER = re.compile(rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*\r?$")
_SIZE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\r?\n")


def http_body(data: bytes, label: str = "") -> tuple[bytes, list[str]] | None:
    """The response's body as the server meant it, and what could not be undone (said to the analyst);
    None where the data is no HTTP response. `label` (the file) names it in the ExtractError of a bomb."""
    start = len(data) - len(data.lstrip())
    if not (m := _STATUS.match(data, start)):
        return None
    headers: dict[str, str] = {}
    pos = m.end()
    while True:
        nl = data.find(b"\n", pos)
        if nl < 0:
            return None
        line = data[pos:nl]
        pos = nl + 1
        if not line.strip(b"\r"):
            break
        if line[:1] in (b" ", b"\t") and headers:     # an obsolete folded line goes on with the header above
            continue
        if not (h := _HEADER.match(line)):
            return None
        headers[h.group(1).decode("ascii").lower()] = h.group(2).decode("latin-1")
    body, notes = data[pos:], []
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body, whole = _dechunked(body)
        if not whole:
            notes.append("分块传输的正文不完整（分块长度与内容不符或缺少结束块）")
    coding = headers.get("content-encoding", "").strip().lower()
    if coding in ("gzip", "x-gzip", "deflate"):
        try:
            body = _inflated(body, 31 if "gzip" in coding else 15, label)
        except zlib.error:
            notes.append(f"正文的 {coding} 压缩无法解开")
    elif coding and coding != "identity":
        notes.append(f"正文的 {coding} 编码无法解开")
    return body, notes


def _inflated(body: bytes, wbits: int, label: str) -> bytes:
    """The body inflated, at most MAX_BODY bytes of it (a bomb is refused before it fills the memory)."""
    out, rest = b"", body
    while True:     # a gzip body may hold several members one after another (gzip.decompress reads them all)
        z = zlib.decompressobj(wbits)
        out += z.decompress(rest, MAX_BODY + 1 - len(out))
        if len(out) > MAX_BODY:
            raise ExtractError(label, "bomb", f"HTTP 响应的正文解压后超过 {MAX_BODY // 2**20} MB，疑为压缩炸弹，未读取")
        if not z.eof:
            raise zlib.error("the compressed body ends early")
        if not (rest := z.unused_data).strip(b"\0"):
            return out


def _dechunked(data: bytes) -> tuple[bytes, bool]:
    """The chunks' bytes joined, and whether the chunks were whole up to the size-0 chunk."""
    out, pos = [], 0
    while (m := _SIZE.match(data, pos)):
        size = int(m.group(1), 16)
        if size == 0:
            return b"".join(out), True
        chunk = data[m.end():m.end() + size]
        out.append(chunk)
        pos = m.end() + size
        if len(chunk) < size:
            break
        if data.startswith(b"\r\n", pos):
            pos += 2
        elif data.startswith(b"\n", pos):
            pos += 1
        else:
            break
    return b"".join(out) + data[pos:] if out else data, False
