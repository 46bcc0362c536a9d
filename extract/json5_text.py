"""JSON5 (a form designer's or a front end's export, a configuration): JSON with ECMAScript's freedoms: comments
(// and /* */), keys unquoted where they are identifiers (Chinese ones too), strings in single quotes, a string
continued on the next line by a backslash at the line's end, trailing commas, numbers with a sign, a leading or
trailing point, hex, Infinity / NaN. Rewritten token by token as the JSON it means (every line break kept where
it is, so the JSON reader's line numbers are the file's), then read as JSON is (nested_values.parse_json)."""
from __future__ import annotations

import json
import re

_TOKEN = re.compile(r"""(//[^\n]*)|(/\*.*?\*/)|("(?:[^"\\\n]|\\.|\\\n)*"|'(?:[^'\\\n]|\\.|\\\n)*')"""
                    r"""|([-+]?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|Infinity|NaN))"""
                    r"""|([A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*)|([{}\[\]:,])|(\s+)""", re.S)
_WORDS = {"true", "false", "null"}


def _string(s: str) -> tuple[str, int]:
    """A JSON5 string as a JSON one, and the line breaks its continuations held (put after it)."""
    body, breaks = s[1:-1], s.count("\\\n")
    body = body.replace("\\\n", "")
    if s[0] == "'":
        body = re.sub(r"\\(.)|\"", lambda m: ("\\\"" if m.group(0) == '"' else
                                               ("'" if m.group(1) == "'" else m.group(0))), body)
    return '"' + body + '"', breaks


def json5_as_json(text: str) -> str | None:
    """The text rewritten as JSON, or None where it is no JSON5 document (a token of another grammar, no
    freedom JSON lacks, or what it means does not parse)."""
    body = text.lstrip("\ufeff")
    out: list[str] = []
    freedoms = 0
    i = 0
    while i < len(body):
        m = _TOKEN.match(body, i)
        if m is None:
            return None
        line_comment, block, string, number, word, punct, space = m.groups()
        i = m.end()
        if line_comment or block:
            freedoms += 1
            out.append("\n" * (line_comment or block).count("\n") or " ")
        elif string:
            s, breaks = _string(string)
            freedoms += string[0] == "'" or breaks > 0
            out.append(s + "\n" * breaks)
        elif number:
            n = number.lstrip("+")
            if n.lower().startswith(("0x", "-0x")):
                n = str(int(n, 16))
            elif n in ("Infinity", "-Infinity", "NaN"):
                return None
            else:
                n = re.sub(r"^(-?)\.", r"\g<1>0.", n)
                n = re.sub(r"\.(?=$|[eE])", "", n)
            freedoms += n != number
            out.append(n)
        elif word:
            rest = body[i:].lstrip(" \t")
            if rest.startswith(":"):
                freedoms += 1
                out.append(json.dumps(word, ensure_ascii=False))
            elif word in _WORDS:
                out.append(word)
            else:
                return None
        elif punct:
            if punct in "}]":       # a trailing comma before the close
                k = len(out) - 1
                while k >= 0 and not out[k].strip():
                    k -= 1
                if k >= 0 and out[k] == ",":
                    out[k] = ""
                    freedoms += 1
            out.append(punct)
        else:
            out.append(space)
    if not freedoms:
        return None
    result = "".join(out)
    try:
        json.loads(result)
    except (ValueError, RecursionError):
        return None
    return result


def parse_json5(text: str):
    """The JSON reader's (lines, blocks) of a JSON5 document, or None where the text is none (or JSON itself)."""
    from .nested_values import parse_json     # here: nested_values is large, and most texts are no JSON5
    converted = json5_as_json(text)
    return parse_json(converted) if converted is not None else None
