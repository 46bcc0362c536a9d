"""A report's data as a language RUNTIME printed it while a program held it: PHP's var_dump(), Elixir's
inspect (an IEx session), a Wolfram session's values, Swift's dump(), a GHCi session's shown records and node's
util.inspect (mongosh's documents); each grammar is described above its reader below. Each grammar gives the tree of Nodes the other program exports give
(nested_values), read into blocks by the same reader (nested_blocks).

PHP's var_dump (parse_var_dump): 'array(n) {' (or 'object(Class)#1 (n) {'), a member a '["key"]=>' (or
'[0]=>') line with its value on the next, '}' closing; a value string(N) "…" with N the UTF-8 BYTE count (so a
string holding a quote or a line break is read by its count, not by its quotes), int(8), float(7.28), bool(true),
NULL an empty cell; arrays keyed 0, 1, 2 … in order are lists.

Elixir's inspect (parse_iex): after an IEx prompt (iex(3)> form.indicators), the value printed: a struct
%Mod.Name{key: value, …}, a map %{key: value} or %{"key" => value}, a list [a, b], a string in double quotes
with Elixir's escapes, nil an empty cell, Decimal.new("6800.00") the decimal it holds, a number or an atom as
written; on one line where it fits or one element a line. Each printed value is a member of one root named by
the expression's last name (form.indicators → indicators)."""
from __future__ import annotations

import bisect
import re

from .nested_values import Node, _as_lists, around, nested_blocks, token_list

MIN_VD_MEMBERS = 5     # a short array dumped among a log's lines is no export
MIN_IEX_LINES = 12     # a value or two printed at a prompt is no form

_VD_OPEN = re.compile(r"(?m)^[ \t]*(?:array\(\d+\)|object\([\w\\]+\)#\d+ \(\d+\)) \{[ \t]*$")
_VD_CONTAINER = re.compile(r"(?:array\(\d+\)|object\([\w\\]+\)#\d+ \(\d+\)) \{")
_VD_KEY = re.compile(r'\[(?:"((?:[^"\\]|\\.)*)"(?::[\w\\"]+)?|(-?\d+))\]=>')
_VD_STRING = re.compile(r'string\((\d+)\) "')
_VD_SCALAR = re.compile(r"(?:int|float)\(([^)]*)\)|bool\((true|false)\)|(NULL)")


def parse_var_dump(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the dump, the dump's blocks and the lines after it as paragraphs) where the text holds
    var_dump()'s output of an array holding a table; None otherwise."""
    m = _VD_OPEN.search(text)
    if m is None or len(_VD_KEY.findall(text)) < MIN_VD_MEMBERS:
        return None
    starts = [k for k, ch in enumerate(text) if ch == "\n"]

    def line(pos: int) -> int:
        return bisect.bisect_right(starts, pos - 1) + 1
    try:
        got = _vd_value(text, m.start() + len(m.group()) - len(m.group().lstrip()), line)
    except RecursionError:     # nested past Python's depth: no table's dump
        return None
    if got is None:
        return None
    root, end = got
    if root.pairs is None and root.items is None:
        return None
    _as_lists(root)
    listed = root.items is not None
    if listed:     # a list of records at the root: one table, under no caption
        root = Node(line=root.line, pairs=[(root.line, "", root)])
    found = nested_blocks(root)
    if found is None:
        return None
    if listed:
        found = [b for b in found if b != ("p", root.line, "")]
    lines = text.split("\n")
    before, after = around(lines, line(m.start()) - 1, line(end))
    return before, found + after


def _vd_value(text: str, pos: int, line) -> tuple[Node, int] | None:
    """The value written at text[pos] and the position after it."""
    if (m := _VD_CONTAINER.match(text, pos)):
        node, pos = Node(line=line(pos), pairs=[]), m.end()
        while True:
            pos = _skip(text, pos)
            if text.startswith("}", pos):
                return node, pos + 1
            k = _VD_KEY.match(text, pos)
            if k is None:
                return None
            got = _vd_value(text, _skip(text, k.end()), line)
            if got is None:
                return None
            value, after = got
            key = k.group(1) if k.group(1) is not None else k.group(2)
            node.pairs.append((line(pos), key.replace('\\"', '"'), value))
            pos = after
    if (m := _VD_STRING.match(text, pos)):
        n, start = int(m.group(1)), m.end()
        try:     # a character is one byte or more: the first n characters hold the n bytes, encoded once
            body = text[start:start + n].encode("utf-8")[:n].decode("utf-8")
        except UnicodeError:     # the count ends inside a character
            return None
        end = start + len(body)
        if len(body.encode("utf-8")) != n or not text.startswith('"', end):
            return None
        return Node(line=line(pos), scalar=body.strip()), end + 1
    if (m := _VD_SCALAR.match(text, pos)):
        return Node(line=line(pos), scalar="" if m.group(3) else (m.group(1) or m.group(2)).strip()), m.end()
    return None


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


_IEX_PROMPT = re.compile(r"^iex(?:\([\w@.\-]*\)\d*|\(\d+\))> ?(.*)$")
_IEX_PATH = re.compile(r"^[A-Za-z_][\w]*(?:\.[a-z_]\w*[?!]?|\[[^\]\n]*\])*$")     # form.indicators, x[:funds]
_EX_TOKEN = re.compile(r"""\s*(?:(?P<struct>%[A-Z][\w.]*\{)|(?P<map>%\{)|(?P<open>[\[{])|(?P<close>[\]}])
    |Decimal\.new\("(?P<dec>[^"]*)"\)|(?P<str>"(?:[^"\\]|\\.)*")|(?P<key>[a-z_]\w*[?!]?):(?=\s)|(?P<arrow>=>)
    |(?P<comma>,)|(?P<num>-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)|(?P<word>nil|true|false)|(?P<atom>:[\w?!]+)|(?P<dots>\.\.\.))""",
                       re.X)
_EX_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|(.))")


def parse_iex(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the session, the values' blocks) where the text is an IEx session whose printed values,
    over MIN_IEX_LINES lines or more, hold a table; None otherwise. A value is read where the expression is a path
    (form.indicators): what a call returned names nothing."""
    lines = text.split("\n")
    prompts = [k for k, ln in enumerate(lines) if _IEX_PROMPT.match(ln)]
    if not prompts:
        return None
    root, shown = Node(line=prompts[0] + 1, pairs=[]), 0
    for n, k in enumerate(prompts):
        expr = _IEX_PROMPT.match(lines[k]).group(1).strip()
        stop = prompts[n + 1] if n + 1 < len(prompts) else len(lines)
        if not _IEX_PATH.match(expr) or stop - k < 2:
            continue
        value = _ex_parse(lines, k + 1, stop)
        if value is None or value.scalar is not None:
            continue
        root.pairs.append((k + 2, re.findall(r"\w+", expr)[-1], value))
        shown += stop - k - 1
    if shown < MIN_IEX_LINES:
        return None
    found = nested_blocks(root)
    if found is None:
        return None
    before, _ = around(lines, prompts[0], len(lines))
    return before, found


def _ex_parse(lines: list[str], start: int, stop: int) -> Node | None:
    """The one value printed on lines[start:stop], or None where they hold anything else."""
    toks = []
    for k in range(start, stop):
        pos, ln = 0, lines[k].rstrip()
        while pos < len(ln):
            m = _EX_TOKEN.match(ln, pos)
            if m is None or m.end() == pos:
                return None
            toks.append((m.lastgroup, m.group(m.lastgroup), k + 1))
            pos = m.end()     # the line is stripped at its end: no rest to test (a slice per token was quadratic)
    try:
        got = _ex_value(toks, 0)
    except (IndexError, RecursionError):
        return None
    return got[0] if got is not None and got[1] == len(toks) else None


def _ex_value(toks: list, at: int) -> tuple[Node, int] | None:
    kind, tok, line = toks[at]
    if kind in ("struct", "map", "open"):
        close = "]" if tok == "[" else "}"
        node = Node(line=line, items=[]) if tok in ("[", "{") else Node(line=line, pairs=[])
        at += 1
        while toks[at][1] != close:
            if toks[at][0] == "dots":
                at += 1
            elif toks[at][0] == "key":
                key, at = toks[at][1], at + 1
                got = _ex_value(toks, at)
                if got is None:
                    return None
                if node.items:     # a key among a list's elements
                    return None
                if node.items is not None:     # a keyword list ([name: "…", …]): its pairs
                    node.pairs, node.items = [], None
                node.pairs.append((toks[at][2], key, got[0]))
                at = got[1]
            else:
                got = _ex_value(toks, at)
                if got is None:
                    return None
                at = got[1]
                if toks[at][0] == "arrow":     # "key" => value
                    value = _ex_value(toks, at + 1)
                    if value is None or got[0].scalar is None or node.pairs is None:
                        return None
                    node.pairs.append((got[0].line, got[0].scalar, value[0]))
                    at = value[1]
                elif node.items is not None:
                    node.items.append(got[0])
                else:
                    return None
            if toks[at][0] == "comma":
                at += 1
            elif toks[at][1] != close:
                return None
        return node, at + 1
    if kind == "str":
        body = tok[1:-1]
        return Node(line=line, scalar=_EX_ESCAPE.sub(
            lambda e: chr(int(e.group(1), 16)) if e.group(1) else
            {"n": "\n", "t": "\t", "r": "\r"}.get(e.group(2), e.group(2)), body)), at + 1
    if kind in ("dec", "num"):
        return Node(line=line, scalar=tok), at + 1
    if kind == "word":
        return Node(line=line, scalar="" if tok == "nil" else tok), at + 1
    if kind == "atom":
        return Node(line=line, scalar=tok[1:]), at + 1
    return None


# -- a Wolfram Language (Mathematica) terminal session ----------------------------------------------------------------
# In[n]:= an input, Out[n]= (or Out[n]//InputForm= ) its result; a result longer than the page width goes on over
# lines that begin '>   ' (broken after ', ' where one falls, else anywhere: inside a word of text too).
# OutputForm writes an association <|key -> value, …|> and a list {a, b} with its strings UNQUOTED (InputForm
# quotes them), a whole real with a trailing point (2400.), an empty string as nothing, Missing[…] for a gap.
_WL_IN = re.compile(r"^In\[(\d+)\]:= ?(.*)$")
_WL_OUT = re.compile(r"^Out\[(\d+)\](?://\w+)?= ?(.*)$")
_WL_MORE = re.compile(r"^>   ?(.*)$")
_WL_STOP = re.compile(r", |\|>|\}")     # what ends a scalar: the next item, the association's or the list's close
MIN_WL_RECORDS = 2


def parse_wolfram(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the session, the results' blocks) where the text is a Wolfram terminal session whose
    results hold a list of MIN_WL_RECORDS associations or more; None otherwise. A result is named by the name its
    input assigns (zb = …) or the input's first name."""
    lines = text.split("\n")
    outs = [k for k, ln in enumerate(lines) if _WL_OUT.match(ln)]
    if not outs or not any(_WL_IN.match(ln) for ln in lines):
        return None
    inputs: dict[str, str] = {}     # In[n]'s expression by n, the first written (read once, not per result)
    for ln in lines:
        if (m := _WL_IN.match(ln)):
            inputs.setdefault(m.group(1), m.group(2))
    root, tabled = Node(line=outs[0] + 1, pairs=[]), False
    for k in outs:
        parts, j = [_WL_OUT.match(lines[k]).group(2)], k + 1
        while j < len(lines) and (m := _WL_MORE.match(lines[j])):
            joint = _wl_joint(next((x for x in reversed(parts) if x), ""), m.group(1))
            parts += [joint, m.group(1)]
            j += 1
        body = "".join(parts)     # joined once: a result over thousands of lines is not copied per line
        try:
            got = _wl_value(body, 0, k + 1)
        except RecursionError:     # nested past Python's depth: no table's result
            continue
        if got is None or got[1] != len(body.rstrip()) or got[0].scalar is not None:
            continue
        value = got[0]
        name = _wl_name(lines[k], inputs)
        root.pairs.append((k + 1, name, value))
        tabled = tabled or sum(1 for x in value.items or () if x.pairs is not None) >= MIN_WL_RECORDS
    if not tabled:
        return None
    found = nested_blocks(root)
    if found is None:
        return None
    first = next(k for k, ln in enumerate(lines) if _WL_IN.match(ln) or _WL_OUT.match(ln))
    before, _ = around(lines, first, len(lines))
    return before, found


def _wl_joint(line: str, more: str) -> str:
    """What stood where a result's line goes on over the next: a break after a comma was a space; a break
    between two characters of Chinese text nothing."""
    if line.endswith(",") or not (line[-1:] >= "\u2e80" and more[:1] >= "\u2e80"):
        return " "
    return ""


def _wl_name(out: str, inputs: dict[str, str]) -> str:
    """The name of an Out line's result: what its In assigns, or the input's first name."""
    n = _WL_OUT.match(out).group(1)
    expr = inputs.get(n, "")
    if (m := re.match(r"\s*([A-Za-z$]\w*)\s*=(?!=)", expr)) or (m := re.match(r"\s*([A-Za-z$]\w*)", expr)):
        return m.group(1)
    return f"Out[{n}]"


def _wl_value(s: str, p: int, line: int) -> tuple[Node, int] | None:
    """The value written at s[p] and the position after it."""
    if s.startswith("<|", p):
        node, p = Node(line=line, pairs=[]), p + 2
        while not s.startswith("|>", p):
            arrow = s.find(" -> ", p)
            if arrow < 0:
                return None
            key = _wl_scalar(s[p:arrow])
            got = _wl_value(s, arrow + 4, line)
            if got is None:
                return None
            node.pairs.append((line, key, got[0]))
            p = got[1] + 2 if s.startswith(", ", got[1]) else got[1]
            if p > len(s):
                return None
        return node, p + 2
    if s.startswith("{", p):
        node, p = Node(line=line, items=[]), p + 1
        while not s.startswith("}", p):
            got = _wl_value(s, p, line)
            if got is None or got[1] == p:     # nothing read ('{a|>'): no list, not a loop
                return None
            node.items.append(got[0])
            p = got[1] + 2 if s.startswith(", ", got[1]) else got[1]
            if p >= len(s):
                return None
        return node, p + 1
    end = m.start() if (m := _WL_STOP.search(s, p)) else len(s)     # one search: a find per stop ran to the end
    return Node(line=line, scalar=_wl_scalar(s[p:end])), end


def _wl_scalar(text: str) -> str:
    """A scalar's text: a string unquoted, a whole real without its point, Missing[…] nothing."""
    t = text.strip()
    if len(t) >= 2 and t[0] == t[-1] == '"':
        return t[1:-1].replace('\\"', '"')
    if re.fullmatch(r"-?\d+\.", t):
        return t[:-1]
    return "" if re.fullmatch(r"Missing\[[^\]]*\]", t) else t


# -- Swift's dump() --------------------------------------------------------------------------------------------------
# A line a value: its parents' two spaces each, '▿ ' before a value with children ('- ' before a leaf), the label
# and ': ' where the value is a member (an array's elements have none), then the value's summary: a type's name
# (Module.Form), 'n elements' for an array, Optional(x) for an Optional holding x (its one child '- some: x'), nil
# for an empty Optional, a leaf's value ("…" a string, 1500.0, 2023).
_SW_LINE = re.compile(r"^((?:  )*)([▿-]) (?:([A-Za-z_]\w*): )?(.*)$")
_SW_COUNT = re.compile(r"^\d+ elements?$")
MIN_SW_LINES = 12      # a value or two dumped among a program's lines is no form


def _sw_scalar(text: str) -> str:
    if text == "nil":
        return ""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return _EX_ESCAPE.sub(lambda e: chr(int(e.group(1), 16)) if e.group(1) else
                              {"n": "\n", "t": "\t", "r": "\r", "0": ""}.get(e.group(2), e.group(2)), text[1:-1])
    return text


def _sw_node(rows: list[tuple[int, int, str, str | None, str]], at: int) -> tuple[Node, int]:
    """The value dumped at rows[at] (line, depth, mark, label, summary) and the index after its last child."""
    no, depth, mark, _, summary = rows[at]
    j, kids = at + 1, []
    while j < len(rows) and rows[j][1] > depth:
        child, j2 = _sw_node(rows, j)
        kids.append((rows[j][3], child))
        j = j2
    if mark == "-" or not kids:
        return Node(line=no, scalar=_sw_scalar(summary)), j
    if summary.startswith("Optional(") and len(kids) == 1 and kids[0][0] == "some":
        return kids[0][1], j     # the Optional's one child: the value it holds
    if _SW_COUNT.match(summary) or all(label is None for label, _ in kids):
        return Node(line=no, items=[k for _, k in kids]), j
    return Node(line=no, pairs=[(k.line, label or "", k) for label, k in kids]), j


def parse_swift_dump(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the dump, the dump's blocks and the lines after it as paragraphs) where the text holds
    Swift's dump() of a value over MIN_SW_LINES lines or more, holding a table; None otherwise."""
    lines = text.split("\n")
    k = next((k for k, ln in enumerate(lines) if ln.startswith("▿ ") and _SW_LINE.match(ln)), None)
    if k is None:
        return None
    rows, end = [], k
    while end < len(lines) and (m := _SW_LINE.match(lines[end].rstrip())):
        rows.append((end + 1, len(m.group(1)) // 2, m.group(2), m.group(3), m.group(4)))
        end += 1
    if len(rows) < MIN_SW_LINES:
        return None
    try:
        root, used = _sw_node(rows, 0)
    except RecursionError:
        return None
    if used != len(rows) or root.pairs is None:
        return None
    found = nested_blocks(root)
    if found is None:
        return None
    before, after = around(lines, k, end)
    return before, found + after


# -- Haskell's show (a GHCi session) ---------------------------------------------------------------------------------
# What a prompt (ghci> , λ> , Prelude> , *Main> ) printed, a value a line: a record Name {field = value, …}, a
# list [a,b], Just x / Nothing, a number, a string in double quotes where every character past ASCII is a DECIMAL
# escape (\20135) ended by \& where a digit follows, \xHH / \oOO / \n and the ASCII control names as Haskell writes
# them. Records printed one a line under one constructor are the rows of a table named by it.
_HS_PROMPT = re.compile(r"^(?:ghci|λ|Prelude|\*?[A-Z][\w.]*(?: [*A-Z][\w.]*)*)> ?(.*)$")
_HS_TOKEN = re.compile(r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<open>[\[{(])|(?P<close>[\]})])|(?P<comma>,)
    |(?P<eq>=)(?!=)|(?P<num>-?\d+(?:\.\d+)?(?:e-?\d+)?)|(?P<name>[A-Za-z_][\w']*(?:\.[A-Z][\w']*)*))""", re.X)
_HS_ESCAPE = re.compile(r"\\(?:(\d+)|x([0-9a-fA-F]+)|o([0-7]+)|(&)|\^([@A-Z\[\\\]^_])|([A-Z]{2,3})|(.))")
_HS_NAMED = {n: k for k, n in enumerate("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 "
                                        "NAK SYN ETB CAN EM SUB ESC FS GS RS US SP".split())} | {"DEL": 127}
MIN_HS_RECORDS = 3     # a record or two shown at a prompt is no form


def _hs_string(body: str) -> str:
    def one(e) -> str:
        if e.group(4):
            return ""
        if e.group(1) or e.group(2) or e.group(3):
            return chr(int(e.group(1) or e.group(2) or e.group(3), 10 if e.group(1) else 16 if e.group(2) else 8))
        if e.group(5):
            return chr(ord(e.group(5)) - 64)
        if e.group(6):
            return chr(_HS_NAMED.get(e.group(6), 0x3f))
        return {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}.get(e.group(7), e.group(7))
    return _HS_ESCAPE.sub(one, body)


def _hs_value(toks: list, at: int, line: int) -> tuple[Node, int]:
    kind, tok = toks[at]
    if kind == "str":
        return Node(line=line, scalar=_hs_string(tok[1:-1])), at + 1
    if kind == "num":
        return Node(line=line, scalar=tok), at + 1
    if kind == "open" and tok == "(":
        value, at = _hs_value(toks, at + 1, line)
        if toks[at] != ("close", ")"):
            raise ValueError
        return value, at + 1
    if kind == "open" and tok == "[":
        node, at = Node(line=line, items=[]), at + 1
        while toks[at] != ("close", "]"):
            value, at = _hs_value(toks, at, line)
            node.items.append(value)
            if toks[at] == ("comma", ","):
                at += 1
        return node, at + 1
    if kind == "name" and tok == "Nothing":
        return Node(line=line, scalar=""), at + 1
    if kind == "name" and tok == "Just":
        return _hs_value(toks, at + 1, line)
    if kind == "name" and at + 1 < len(toks) and toks[at + 1] == ("open", "{"):
        node, at = Node(line=line, pairs=[]), at + 2
        while toks[at] != ("close", "}"):
            if toks[at][0] != "name" or toks[at + 1] != ("eq", "="):
                raise ValueError
            value, nxt = _hs_value(toks, at + 2, line)
            node.pairs.append((line, toks[at][1], value))
            at = nxt + 1 if toks[nxt] == ("comma", ",") else nxt
        return node, at + 1
    if kind == "name":
        return Node(line=line, scalar=tok), at + 1
    raise ValueError


def _hs_line(text: str, line: int) -> tuple[str, Node] | None:
    """A line's one shown value with its constructor's name (None where the line holds anything else)."""
    toks, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _HS_TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            return None
        toks.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    try:
        value, at = _hs_value(toks, 0, line)
    except (IndexError, ValueError, RecursionError):
        return None
    return (toks[0][1] if toks[0][0] == "name" else "", value) if at == len(toks) else None


def parse_ghci(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the session, the values' blocks) where the text is a GHCi session whose shown records,
    MIN_HS_RECORDS or more, hold a table; None otherwise. Records under one constructor are rows of one table; a
    shown string is a paragraph under the expression's first word."""
    lines = text.split("\n")
    prompts = [k for k, ln in enumerate(lines) if _HS_PROMPT.match(ln)]
    if not prompts:
        return None
    root, records = Node(line=prompts[0] + 1, pairs=[]), 0
    groups: dict[str, Node] = {}
    for n, k in enumerate(prompts):
        expr = _HS_PROMPT.match(lines[k]).group(1).strip()
        stop = prompts[n + 1] if n + 1 < len(prompts) else len(lines)
        for j in range(k + 1, stop):
            got = _hs_line(lines[j], j + 1)
            if got is None:
                continue
            name, value = got
            if value.pairs is not None:
                records += 1
                if name not in groups:
                    groups[name] = Node(line=j + 1, items=[])
                    root.pairs.append((j + 1, name, groups[name]))
                groups[name].items.append(value)
            elif value.items is not None and value.items and all(v.pairs is not None for v in value.items):
                records += len(value.items)
                root.pairs.append((j + 1, re.findall(r"\w+", expr)[0] if re.search(r"\w", expr) else "", value))
            elif value.scalar and lines[j].strip().startswith('"') and re.search(r"\w", expr):     # a shown string
                root.pairs.append((j + 1, re.findall(r"\w+", expr)[0], value))
    if records < MIN_HS_RECORDS:
        return None
    for _, name, node in root.pairs:     # a constructor shown once: its record, not a one-row table
        if node.items is not None and len(node.items) == 1 and node is groups.get(name):
            node.pairs, node.items = node.items[0].pairs, None
    found = nested_blocks(root)
    if found is None:
        return None
    before, _ = around(lines, prompts[0], len(lines))
    return before, found


# -- JavaScript values as node's util.inspect prints them (mongosh, node's REPL, console.log) --------------------------
# A value opens at a line's start with { or [ and closes at a line's start: members key: value (a key bare where it is
# an identifier, Chinese ones too, else quoted), strings in single quotes, numbers as written, null / undefined an
# empty cell, a wrapped value Decimal128('2600.00') / ObjectId('…') / ISODate('…') the text it holds; an object or
# array on one line where it fits 80 columns, else one member a line. A document's member that is an object of
# scalars (层级: { 一级: …, 二级: … }) gives the document its fields. An array printed after a mongosh command is a
# table named by the command's collection (db.jxzb.find(…) → jxzb).
_JS_TOKEN = re.compile(r"""\s*(?:(?P<call>[A-Z]\w*\((?P<arg>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^()'"]*)\))
    |(?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?P<punct>[{}\[\],:])|(?P<num>-?\d+(?:\.\d+)?(?:e[-+]?\d+)?n?(?![\w$]))
    |(?P<name>[^\W\d][\w$]*))""", re.X)
_JS_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))")
_JS_COLLECTION = re.compile(r"\bdb\.(?:getCollection\(['\"]([^'\"]+)['\"]\)|([^\W\d][\w$]*))\.")
_JS_MORE = re.compile(r'^\s*Type "it" for more\s*$')     # mongosh printed a cursor's first batch only
MIN_JS_LINES = 12      # a value or two printed in a log is no form


def _js_string(tok: str) -> str:
    return _JS_ESCAPE.sub(lambda e: chr(int(e.group(1) or e.group(2) or e.group(3), 16))
                          if (e.group(1) or e.group(2) or e.group(3)) else
                          {"n": "\n", "t": "\t", "r": "\r", "0": ""}.get(e.group(4), e.group(4)), tok[1:-1])


def _js_value(toks: list, at: int) -> tuple[Node, int]:
    kind, tok, line = toks[at]
    if kind == "str":
        return Node(line=line, scalar=_js_string(tok)), at + 1
    if kind == "call":
        arg = _JS_TOKEN.match(tok).group("arg").strip()
        return Node(line=line, scalar=_js_string(arg) if arg[:1] in "'\"" else arg), at + 1
    if kind == "num":
        return Node(line=line, scalar=tok.rstrip("n")), at + 1
    if kind == "name":
        if tok not in ("null", "undefined", "true", "false"):
            raise ValueError     # [Object] / [Array] past the depth, '... 5 more items': not all printed
        return Node(line=line, scalar="" if tok in ("null", "undefined") else tok), at + 1
    if tok == "[":
        return token_list(toks, at + 1, line, _js_value, ",")
    if tok != "{":
        raise ValueError
    node, at = Node(line=line, pairs=[]), at + 1
    while toks[at][1] != "}":
        k_kind, key, k_line = toks[at]
        if k_kind not in ("name", "str", "num") or toks[at + 1][1] != ":":
            raise ValueError
        value, at = _js_value(toks, at + 2)
        if value.pairs and all(v.scalar is not None for _, _, v in value.pairs):
            node.pairs += value.pairs     # an embedded object of scalars: the document's fields
        else:
            node.pairs.append((k_line, _js_string(key) if k_kind == "str" else key, value))
        at += toks[at][1] == ","
    return node, at + 1


def _js_run(lines: list[str], k: int) -> tuple[Node, int] | None:
    """The value opened at lines[k] and the index after its closing line, or None."""
    toks = []
    for j in range(k, len(lines)):
        pos, ln = 0, lines[j].rstrip()
        if j > k and ln[:1] in ("{", "["):
            return None     # a value's own lines are indented: one at the margin opens the next (no rescan to the end)
        while pos < len(ln):
            m = _JS_TOKEN.match(ln, pos)
            if m is None or m.end() == pos:
                return None
            toks.append((m.lastgroup if m.lastgroup != "arg" else "call", m.group(0).strip(), j + 1))
            pos = m.end()
        if ln[:1] in "}]" or (j == k and ln[-1:] in "}]"):
            try:
                value, at = _js_value(toks, 0)
            except (IndexError, ValueError, RecursionError):
                return None
            return (value, j + 1) if at == len(toks) else None
    return None


def parse_inspect(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first value, the values' blocks) where the text holds JavaScript values printed by
    util.inspect over MIN_JS_LINES lines or more, holding a table; None otherwise. A mongosh batch cut short (Type
    "it" for more under it) is said by a ("w", line, text) block."""
    lines = text.split("\n")
    root, shown, first, k, cut = Node(line=1, pairs=[]), 0, None, 0, []
    while k < len(lines):
        if lines[k][:1] not in "{[" or (got := _js_run(lines, k)) is None:
            k += 1
            continue
        value, end = got
        first = k if first is None else first
        if value.pairs is not None:
            root.pairs += value.pairs
        elif value.items is not None:
            above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
            m = _JS_COLLECTION.search(above)
            root.pairs.append((k + 1, (m.group(1) or m.group(2)) if m else "", value))
        shown += end - k
        k = end
        if k < len(lines) and _JS_MORE.match(lines[k]):
            cut.append(k + 1)
    if first is None or shown < MIN_JS_LINES:
        return None
    found = nested_blocks(root)
    if found is None:
        return None
    before, _ = around(lines, first, len(lines))
    return before, found + [("w", no, f"第{no}行：mongosh 只显示了查询结果的第一批文档（“Type \"it\" for more”），"
                                      "其余文档未显示，未能读取，请核对原件") for no in cut]
