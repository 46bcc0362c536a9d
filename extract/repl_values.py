"""A report's data as an interactive session of a language printed it: Ruby's pp / inspect in IRB or pry, and the
OCaml toplevel's values. Both give the tree of Nodes the other program exports give (nested_values), read into
blocks by the same reader (nested_blocks); each grammar is described above its reader below."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .nested_values import Node, around, nested_blocks, scalar_lines, token_list

MIN_VALUE_LINES = 12   # a value or two printed at a prompt is no form
MIN_VALUE_ROWS = 3    # hashes with the same keys printed this many times are rows, not one record shown again


def _plain(number: str) -> str:
    """A number written with an exponent (BigDecimal's 0.26e4) as the digits it stands for (2600)."""
    if "e" not in number.lower():
        return number
    try:
        return format(Decimal(number), "f")
    except InvalidOperation:
        return number


# -- Ruby's pp / inspect (IRB, pry) ----------------------------------------------------------------------------------
# A value opens at a line's start with { or [ (or after IRB's '=> ') and runs until its brackets close, pp breaking
# a value past 80 columns one member a line: a hash's pairs are 'key: value' (Ruby 3.4's symbol keys, Chinese ones
# too, or "quoted": value) or 'key => value' (string keys, older symbol keys :key=>value); strings in double
# quotes with Ruby's escapes, nil an empty cell, a symbol :name its name, a BigDecimal as it inspects (0.26e4, or
# #<BigDecimal:…,'0.26E4',18(36)> before Ruby 2.4) the number it holds, any other object #<Date: 2024-03-12 …>
# its text. An array printed under a prompt is a table named by the expression's first symbol (DB[:jx_zb] → jx_zb);
# a hash's members are the form's label：value lines.
_RB_PROMPT = re.compile(r"^(?:irb\([^)]*\):\d+(?::\d+)?[>*\"'] ?|\[\d+\] pry\([^)]*\)> ?|>> )(.*)$")
_RB_TOKEN = re.compile(r"""\s*(?:(?P<obj>\#<[^<>\n]*(?:<[^<>\n]*>[^<>\n]*)*>)
    |(?P<time>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[-+]\d{2}:?\d{2})?(?![\w.]))
    |(?P<key>(?:[^\W\d]\w*[?!]?|"(?:[^"\\]|\\.)*"):)(?=\s|$)
    |(?P<str>"(?:[^"\\]|\\.)*")|(?P<arrow>=>)|(?P<sym>:[^\W\d]\w*[?!=]?)|(?P<punct>[{}\[\],])
    |(?P<num>-?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![\w.]))|(?P<name>[^\W\d]\w*))""", re.X)
_RB_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F ]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))")
_RB_BIGDECIMAL = re.compile(r"'([-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)'")
_RB_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _rb_string(tok: str) -> str:
    def one(e) -> str:
        if e.group(1):
            return "".join(chr(int(c, 16)) for c in e.group(1).split())
        if e.group(2) or e.group(3):
            return chr(int(e.group(2) or e.group(3), 16))
        return {"n": "\n", "t": "\t", "r": "\r", "e": "\x1b", "0": ""}.get(e.group(4), e.group(4))
    return _RB_ESCAPE.sub(one, tok[1:-1])


def _rb_object(tok: str) -> str:
    """#<…> as its value: a BigDecimal's number, a Date's day, else the text inside the brackets."""
    if tok.startswith("#<BigDecimal") and (m := _RB_BIGDECIMAL.search(tok)):
        return _plain(m.group(1))
    if tok.startswith("#<Date") and (m := _RB_DATE.search(tok)):
        return m.group()
    return tok[2:-1].strip()


def _rb_value(toks: list, at: int) -> tuple[Node, int]:
    kind, tok, line = toks[at]
    if kind == "str":
        return Node(line=line, scalar=_rb_string(tok)), at + 1
    if kind == "num":
        return Node(line=line, scalar=_plain(tok)), at + 1
    if kind == "obj":
        return Node(line=line, scalar=_rb_object(tok)), at + 1
    if kind == "time":     # a time inspected bare (Logstash's LogStash::Timestamp): its text
        return Node(line=line, scalar=tok), at + 1
    if kind == "sym":
        return Node(line=line, scalar=tok[1:]), at + 1
    if kind == "name":
        if tok not in ("nil", "true", "false"):
            raise ValueError
        return Node(line=line, scalar="" if tok == "nil" else tok), at + 1
    if tok == "[":
        return token_list(toks, at + 1, line, _rb_value, ",")
    if tok != "{":
        raise ValueError
    node, at = Node(line=line, pairs=[]), at + 1
    while toks[at][1] != "}":
        k_kind, key, k_line = toks[at]
        if k_kind == "key":
            key, at = key[:-1], at + 1
            key = _rb_string(key) if key.startswith('"') else key
        elif k_kind in ("str", "sym", "num") and toks[at + 1][0] == "arrow":
            key = _rb_string(key) if k_kind == "str" else key.lstrip(":")
            at += 2
        else:
            raise ValueError
        value, at = _rb_value(toks, at)
        node.pairs.append((k_line, key, value))
        at += toks[at][1] == ","
    return node, at + 1


def _rb_run(lines: list[str], k: int, first: str) -> tuple[Node, int] | None:
    """The value opened at lines[k] (its text there from `first` on) and the index after its last line, or None."""
    toks, depth = [], 0
    for j in range(k, len(lines)):
        ln = (first if j == k else lines[j]).rstrip()
        if j > k and (ln[:1] in ("{", "[") or _RB_PROMPT.match(ln)):
            return None     # a value's own lines are indented: one at the margin opens the next
        pos = 0
        while pos < len(ln):
            m = _RB_TOKEN.match(ln, pos)
            if m is None or m.end() == pos:
                return None
            toks.append((m.lastgroup, m.group(m.lastgroup), j + 1))
            depth += {"{": 1, "[": 1, "}": -1, "]": -1}.get(m.group(m.lastgroup), 0) if m.lastgroup == "punct" else 0
            pos = m.end()
        if depth == 0:
            try:
                value, at = _rb_value(toks, 0)
            except (IndexError, ValueError, RecursionError):
                return None
            return (value, j + 1) if at == len(toks) else None
    return None


def _rows_of_hashes(root: Node, hashes: list[tuple[int, Node]]) -> None:
    """The hashes printed one after another (a log's events, Logstash's rubydebug): those with the same keys as
    another, MIN_VALUE_ROWS or more, are the rows of one table, standing where the first stood; any other hash's
    members are the form's label：value lines. root's pairs hold each hash's place ("" keyed) until then."""
    groups: dict[tuple, list[Node]] = {}
    for _, h in hashes:
        groups.setdefault(tuple(sorted(key for _, key, _ in h.pairs)), []).append(h)
    out = []
    for line, key, value in root.pairs:
        if key or value.pairs is None or not any(value is h for _, h in hashes):
            out.append((line, key, value))
            continue
        same = groups[tuple(sorted(k for _, k, _ in value.pairs))]
        if len(same) < MIN_VALUE_ROWS:
            out += value.pairs
        elif value is same[0]:
            out.append((line, "", Node(line=line, items=same)))
    root.pairs = out


def parse_ruby_pp(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first value, the values' blocks) where the text is an IRB or pry session (or a
    script's output) whose values, printed by pp or inspect over MIN_VALUE_LINES lines or more, hold a table and
    show Ruby's own signs (a prompt, nil, =>, a #<…> object); None otherwise."""
    lines = text.split("\n")
    root, shown, first, k, expr, ruby = Node(line=1, pairs=[]), 0, None, 0, "", False
    hashes: list[tuple[int, Node]] = []
    while k < len(lines):
        if (p := _RB_PROMPT.match(lines[k])) is not None:
            expr, ruby, k = p.group(1), True, k + 1
            continue
        opened = lines[k][3:] if lines[k].startswith("=> ") else lines[k]
        if opened[:1] not in "{[" or (got := _rb_run(lines, k, opened)) is None:
            k += 1
            continue
        value, end = got
        body = "\n".join(lines[k:end])
        ruby = ruby or bool(re.search(r"\bnil\b|=>|#<", body))
        first = k if first is None else first
        if value.pairs is not None:
            hashes.append((k + 1, value))
            root.pairs.append((k + 1, "", value))     # a place held: its members, or a row (below)
        elif value.items is not None:
            m = re.search(r":([^\W\d]\w*)", expr)
            root.pairs.append((k + 1, m.group(1) if m else "", value))
        shown += end - k
        k = end
    if first is None or shown < MIN_VALUE_LINES or not ruby:
        return None
    _rows_of_hashes(root, hashes)
    found = nested_blocks(root)
    if found is None:
        return None
    before, _ = around(lines, first, len(lines))
    return before, found


# -- the OCaml toplevel -----------------------------------------------------------------------------------------------
# After a '# …;;' input the toplevel prints '- : type = value' or 'val name : type = value', the value running on
# over the lines up to the next input: a record {field = value; …}, a list [a; b], an option Some x / None (an
# empty cell), a float 600. (whole floats end with the point) or 6.44, an int, a string in double quotes as
# String.escaped writes it: EVERY BYTE PAST ASCII A THREE-DIGIT DECIMAL ESCAPE (\228\186\167 is 产), \" \\ \n \t,
# so a digit may follow an escape straight away (\226\137\1653000 is ≥3000). A list of records is a table named by
# its type (Jxzp.indicator list → indicator); a record's fields are the form's label：value lines. A value cut by
# the toplevel ('...' past #print_length, 100 steps by default, or #print_depth) is not read, and said.
_ML_INPUT = re.compile(r"^# (.*)$")
_ML_RESULT = re.compile(r"^(?:- |val [\w']+ ): ([^=]+?) = ?(.*)$")
_ML_TOKEN = re.compile(r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<cut>\.\.\.)|(?P<punct>[{}\[\]();=])|(?P<abstr><[a-z]+>)
    |(?P<num>-?\d+(?:\.\d*)?(?:e[-+]?\d+)?)|(?P<name>[A-Za-z_][\w']*(?:\.[A-Za-z_][\w']*)*))""", re.X)
_ML_ESCAPE = re.compile(r"\\(?:(\d{3})|x([0-9a-fA-F]{2})|o([0-7]{3})|(.))")


def _ml_string(tok: str) -> str:
    """A string as OCaml escapes it, its escaped bytes put back together as UTF-8."""
    out, pos, body = bytearray(), 0, tok[1:-1]
    for e in _ML_ESCAPE.finditer(body):
        out += body[pos:e.start()].encode("utf-8")
        if e.group(1) or e.group(2) or e.group(3):
            out.append(int(e.group(1) or e.group(2) or e.group(3), 10 if e.group(1) else 16 if e.group(2) else 8) & 255)
        else:
            out += {"n": "\n", "t": "\t", "r": "\r", "b": "\b"}.get(e.group(4), e.group(4)).encode("utf-8")
        pos = e.end()
    out += body[pos:].encode("utf-8")
    return out.decode("utf-8", "replace")


def _ml_value(toks: list, at: int) -> tuple[Node, int]:
    kind, tok, line = toks[at]
    if kind == "cut":
        raise _Cut(line)
    if kind == "str":
        return Node(line=line, scalar=_ml_string(tok)), at + 1
    if kind == "num":
        return Node(line=line, scalar=_plain(tok.rstrip("."))), at + 1
    if kind == "abstr":
        return Node(line=line, scalar=""), at + 1
    if kind == "name":
        if tok == "None":
            return Node(line=line, scalar=""), at + 1
        if tok == "Some":
            return _ml_value(toks, at + 1)
        return Node(line=line, scalar=tok), at + 1     # a constant constructor or a bool: its name
    if tok == "(":
        value, at = _ml_value(toks, at + 1)
        if toks[at][1] != ")":
            raise ValueError     # a tuple: no cell of a form
        return value, at + 1
    if tok == "[":
        return token_list(toks, at + 1, line, _ml_value, ";")
    if tok != "{":
        raise ValueError
    node, at = Node(line=line, pairs=[]), at + 1
    while toks[at][1] != "}":
        if toks[at][0] != "name" or toks[at + 1][1] != "=":
            raise ValueError
        value, nxt = _ml_value(toks, at + 2)
        node.pairs.append((toks[at][2], toks[at][1].rsplit(".", 1)[-1], value))
        at = nxt + (toks[nxt][1] == ";")
    return node, at + 1


class _Cut(Exception):
    """The toplevel printed '...' where a value went past #print_length or #print_depth: not all of it shown."""

    def __init__(self, line: int):
        super().__init__(line)
        self.line = line


def _ml_tokens(lines: list[str], start: int, stop: int, first: str) -> list | None:
    toks = []
    for j in range(start, stop):
        ln, pos = (first if j == start else lines[j]).rstrip(), 0
        while pos < len(ln):
            m = _ML_TOKEN.match(ln, pos)
            if m is None or m.end() == pos:
                return None
            toks.append((m.lastgroup, m.group(m.lastgroup), j + 1))
            pos = m.end()
    return toks


def parse_ocaml_toplevel(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the session's first input, the values' blocks) where the text is an OCaml toplevel session
    whose printed values, over MIN_VALUE_LINES lines or more, hold a table; None otherwise."""
    lines = text.split("\n")
    inputs = [k for k, ln in enumerate(lines) if _ML_INPUT.match(ln)]
    if not inputs:
        return None
    root, shown, cut = Node(line=inputs[0] + 1, pairs=[]), 0, []
    for n, k in enumerate(inputs):
        stop = inputs[n + 1] if n + 1 < len(inputs) else len(lines)
        res = next((j for j in range(k + 1, stop) if _ML_RESULT.match(lines[j])), None)
        if res is None:
            continue
        m = _ML_RESULT.match(lines[res])
        toks = _ml_tokens(lines, res, stop, m.group(2))
        if not toks:
            continue
        try:
            value, at = _ml_value(toks, 0)
        except _Cut as c:
            cut.append(c.line)
            shown += stop - res
            continue
        except (IndexError, ValueError, RecursionError):
            continue
        if at != len(toks):
            continue
        kind = m.group(1).split()
        name = kind[0].rsplit(".", 1)[-1] if kind else ""
        if value.items is not None and value.items and all(v.pairs is not None for v in value.items):
            root.pairs.append((res + 1, name, value))
        elif value.pairs is not None:
            root.pairs += value.pairs
        else:
            continue
        shown += stop - res
    if shown < MIN_VALUE_LINES:
        return None
    found = nested_blocks(root)
    if found is None and not cut:
        return None
    before, _ = around(lines, inputs[0], len(lines))
    if found is None:     # the table cut: the record's fields still its label：value lines
        found = scalar_lines(root)
    return before, found + [("w", no, f"第{no}行：OCaml 顶层只显示了该值的一部分（“...”，超出 #print_length 或 #print_depth），"
                                      "该值未能读取，请核对原件") for no in cut]
