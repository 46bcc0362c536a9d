"""ISO-2022-CN (RFC 1922), the 7-bit charset some Unix mailers (Emacs Mule, early Netscape) wrote Chinese mail
in, registered as a codec Python lacks (it knows iso2022_jp / _kr, not _cn), so that a mail's body and its
=?ISO-2022-CN?B?…?= header words decode as their declared charset says.

The grammar: ASCII as it is; ESC $ ) A designates GB 2312 into G1 (ESC $ ) G / ESC $ * H, CNS 11643 planes 1 and 2,
and ESC $ ) E, ISO-IR-165, likewise into G1 / G2); SO (0x0E) shifts to G1, SI (0x0F) back to ASCII, and in G1 each
byte pair is a character of the designated set with its high bits cleared; ESC N (SS2) takes one pair from G2.
Designations and the shift end at every line end (RFC 1922 §4). GB 2312 (and ISO-IR-165, read as its GB 2312
part) is decoded; a CNS 11643 pair, a set Python has no table for, is U+FFFD (errors="strict" raises on it)."""
from __future__ import annotations

import codecs

_SETS = {b"$)A": "gb2312", b"$)E": "gb2312", b"$)G": None, b"$*H": None}
NAMES = ("iso2022_cn", "iso_2022_cn", "iso-2022-cn", "iso2022cn", "iso_2022_cn_ext", "iso2022_cn_ext")


def decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
    out: list[str] = []
    g1 = g2 = None
    designated1 = designated2 = False
    shifted = False
    i, n = 0, len(data)

    def bad(pair: bytes, at: int) -> None:
        if errors == "strict":
            raise UnicodeDecodeError("iso2022_cn", data, at, at + len(pair), "no table for the designated set")
        out.append("\ufffd")

    while i < n:
        b = data[i]
        if b == 0x1B:
            seq = data[i + 1:i + 4]
            if seq in _SETS:
                if seq[1:2] == b")":
                    g1, designated1 = _SETS[seq], True
                else:
                    g2, designated2 = _SETS[seq], True
                i += 4
                continue
            if data[i + 1:i + 2] == b"N" and i + 3 < n + 1:     # SS2: one pair from G2
                pair = data[i + 2:i + 4]
                if designated2 and g2 and len(pair) == 2:
                    out.append(bytes(x | 0x80 for x in pair).decode(g2, errors))
                else:
                    bad(pair, i)
                i += 4
                continue
            if errors == "strict":
                raise UnicodeDecodeError("iso2022_cn", data, i, i + 1, "unknown escape sequence")
            out.append("\ufffd")
            i += 1
            continue
        if b == 0x0E:
            shifted = True
            i += 1
            continue
        if b == 0x0F:
            shifted = False
            i += 1
            continue
        if b in (0x0A, 0x0D):
            shifted = designated1 = designated2 = False
            g1 = g2 = None
            out.append(chr(b))
            i += 1
            continue
        if b >= 0x80:
            if errors == "strict":
                raise UnicodeDecodeError("iso2022_cn", data, i, i + 1, "8-bit byte in a 7-bit charset")
            out.append("\ufffd")
            i += 1
            continue
        if shifted and b > 0x20:
            pair = data[i:i + 2]
            if designated1 and g1 and len(pair) == 2:
                out.append(bytes(x | 0x80 for x in pair).decode(g1, errors))
            else:
                bad(pair, i)
            i += 2
            continue
        out.append(chr(b))
        i += 1
    return "".join(out), n


def _encode(text: str, errors: str = "strict"):
    raise UnicodeEncodeError("iso2022_cn", text, 0, len(text), "the reader only decodes ISO-2022-CN")


class _Decoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, data, errors, final):     # whole lines only: the shift state ends at each line end
        k = len(data) if final else max(data.rfind(b"\n") + 1, 0)
        return decode(bytes(data[:k]), errors)[0], k


def _search(name: str):
    if name.replace("-", "_").lower() not in {x.replace("-", "_") for x in NAMES}:
        return None
    return codecs.CodecInfo(name="iso2022_cn", encode=_encode, decode=decode, incrementaldecoder=_Decoder)


codecs.register(_search)
