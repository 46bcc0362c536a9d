"""A report's data as a language RUNTIME printed it while a program held it: PHP's var_dump() and Elixir's
inspect (an IEx session). Each grammar gives the tree of Nodes the other program exports give
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

from .nested_values import Node, _as_lists, around, nested_blocks

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
    got = _vd_value(text, m.start() + len(m.group()) - len(m.group().lstrip()), line)
    if got is None:
        return None
    root, end = got
    if root.pairs is None and root.items is None:
        return None
    _as_lists(root)
    if root.items is not None:     # a list of records at the root: one table
        root = Node(line=root.line, pairs=[(root.line, "", root)])
    found = nested_blocks(root)
    if found is None:
        return None
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
        end = start + n // 4     # a character is one to four bytes: from the fewest characters the count allows
        while end <= len(text) and len(text[start:end].encode("utf-8")) < n:
            end += 1
        if len(text[start:end].encode("utf-8")) != n or not text.startswith('"', end):
            return None
        return Node(line=line(pos), scalar=text[start:end].strip()), end + 1
    if (m := _VD_SCALAR.match(text, pos)):
        return Node(line=line(pos), scalar="" if m.group(3) else (m.group(1) or m.group(2)).strip()), m.end()
    return None


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos
