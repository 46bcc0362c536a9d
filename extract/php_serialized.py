"""A text holding PHP's SERIALIZE() of an array (what a PHP site keeps in a cache file or a database column:
ThinkPHP's file cache writes '<?php' / '//000000000000' / ' exit();?>' and the value on the next line): a:n:{…}
arrays of key / value pairs, s:<byte count>:"…" strings (the count is of the UTF-8 BYTES, so a string may hold
quotes and semicolons), i:n / d:x numbers, b:0 / b:1, N null, O:n:"Class":n:{…} objects as arrays of their
properties. The value is rewritten as the JSON it is (an array keyed 0 … n-1 a list, any other an object) and read
by the JSON reader.

The evidence: a line opening 'a:<n>:{' from which the whole rest of the text parses as ONE serialized value, every
string's byte count landing on its closing quote."""
from __future__ import annotations

import json
import re

_OPEN = re.compile(rb"(?m)^a:\d+:\{")
_NUM = re.compile(rb"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|-?INF|NAN")


class _Bad(ValueError):
    pass


def _value(b: bytes, i: int):
    """(the value at b[i:], the index after it)."""
    t = b[i:i + 2]
    if b[i:i + 2] == b"N;":
        return None, i + 2
    if t in (b"i:", b"d:", b"b:"):
        m = _NUM.match(b, i + 2)
        if m is None or b[m.end():m.end() + 1] != b";":
            raise _Bad
        raw = m.group().decode()
        v = (bool(int(raw)) if t == b"b:" else int(raw) if t == b"i:" else float(raw))
        return v, m.end() + 1
    if t == b"s:":
        j = b.index(b":", i + 2)
        n = int(b[i + 2:j])
        if b[j + 1:j + 2] != b'"' or b[j + 2 + n:j + 4 + n] != b'";':
            raise _Bad
        return b[j + 2:j + 2 + n].decode("utf-8"), j + 4 + n
    if t == b"O:":
        j = b.index(b":", i + 2)
        n = int(b[i + 2:j])
        if b[j + 1:j + 2] != b'"' or b[j + 2 + n:j + 4 + n] != b'":':
            raise _Bad
        i, t = j + 2 + n, b"a:"       # b[i + 2:] is the property count: read on as an array's
    if t == b"a:":
        j = b.index(b":", i + 2)
        n = int(b[i + 2:j])
        if b[j + 1:j + 2] != b"{":
            raise _Bad
        i, pairs = j + 2, []
        for _ in range(n):
            k, i = _value(b, i)
            v, i = _value(b, i)
            if not isinstance(k, (int, str)):
                raise _Bad
            pairs.append((k, v))
        if b[i:i + 1] != b"}":
            raise _Bad
        if [k for k, _ in pairs] == list(range(n)):
            return [v for _, v in pairs], i + 1
        return {str(k): v for k, v in pairs}, i + 1
    raise _Bad


def php_as_json(text: str) -> tuple[int, str] | None:
    """(the line the serialized value starts on, 0-based; the value as JSON) or None where the text holds no
    serialized array running to its end (the module's docstring)."""
    b = text.encode("utf-8")
    m = _OPEN.search(b)
    if m is None:
        return None
    try:
        value, end = _value(b, m.start())
    except (_Bad, ValueError, IndexError, RecursionError, UnicodeDecodeError):
        return None
    if b[end:].strip() or not isinstance(value, (dict, list)):
        return None
    return b.count(b"\n", 0, m.start()), json.dumps(value, ensure_ascii=False, indent=1)


def parse_php_serialized(text: str):
    """The JSON reader's (lines, blocks) of a serialized PHP array, or None where the text is none."""
    from .nested_values import parse_json     # here: nested_values is large, and most texts are no serialize()
    got = php_as_json(text)
    return parse_json("\n" * got[0] + got[1]) if got is not None else None
