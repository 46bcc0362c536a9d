"""A file of one programming language's DATA LITERALS (a PowerShell data file, an Erlang term file, an Emacs Lisp
data file) read as the values it writes, written out as JSON for the JSON reader (as turtle.py does for Turtle).

Each grammar is the language's own literal syntax, nothing of a form's words:
- psd1_as_json: a PowerShell data file (Import-PowerShellDataFile): # and <# … #> comments, @{ key = value; … }
  hashtables (keys quoted or barewords, pairs apart by ';' or a line break), @( … ) arrays (items apart by ',', ';'
  or a line break), '…' strings ('' a quote), "…" strings (` the escape), numbers, $null / $true / $false.
- erlang_as_json: a term file (file:consult): % comments, terms ending '.'; tuples {…}, lists […], maps #{k => v}
  (or k := v), binaries <<"…"/utf8>> / <<>>, strings "…", atoms, numbers. A term {tag, …} is the tag's value; a
  tuple's value after its tag is its one value, or a map after numbers (its place: the terms of one tag in order);
  terms of one tag are the list of their values.
- elisp_as_json: an Emacs Lisp file of (defconst / defvar / defcustom / setq NAME VALUE [DOC]) forms: ; comments,
  'quote, lists, [vectors], strings, numbers, symbols, dotted pairs. An alist (each element a dotted pair) is the
  mapping of its keys; a plist (:keyword value …) the mapping of its keywords' names; an org table as lisp (lists of
  strings, the symbol hline its rules: org-table-to-lisp) the records of its rows under its first row when a hline
  follows that row (org's head), else its rows.
"""
from __future__ import annotations

import json
import re

_NUM = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?$")


def _number(s: str):
    if not _NUM.match(s):
        return None
    v = float(s)
    return int(v) if re.fullmatch(r"[+-]?\d+", s) else v


def _dumped(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- PowerShell data files
_PS_TOKEN = re.compile(r"""[ \t]+|<\#.*?\#>|\#[^\n]*
    |(?P<nl>[\r\n]+)
    |(?P<open>@\{|@\()
    |(?P<punct>[{}();=,])
    |(?P<sq>'(?:[^'\u2018\u2019]|'')*')
    |(?P<dq>"(?:[^"`]|`.)*")
    |(?P<var>\$(?:null|true|false))
    |(?P<word>[^\s{}();=,'"]+)""", re.X | re.S | re.I)


def _tokens(pattern: re.Pattern, text: str) -> list[tuple[str, str]] | None:
    """The text's tokens (group name, text; spaces and comments, matched by no group, left out); None where a
    character starts no token."""
    out, k = [], 0
    while k < len(text):
        m = pattern.match(text, k)
        if not m or m.end() == k:
            return None
        k = m.end()
        if m.lastgroup:
            out.append((m.lastgroup, m.group(m.lastgroup)))
    return out


def psd1_as_json(text: str) -> str | None:
    """A PowerShell data file's one hashtable literal as JSON; None where the text is no such file."""
    body = text.lstrip("\ufeff")
    if not re.match(r"(?:\s|<#.*?#>|#[^\n]*)*@\{", body, re.S):
        return None
    toks = _tokens(_PS_TOKEN, body)
    if not toks:
        return None
    pos = 0

    def skip_nl():
        nonlocal pos
        while pos < len(toks) and toks[pos][0] == "nl":
            pos += 1

    def value():
        nonlocal pos
        skip_nl()
        kind, t = toks[pos]
        pos += 1
        if kind == "open" and t == "@{":
            return table()
        if kind == "open":
            return array(")")
        if kind == "sq":
            return t[1:-1].replace("''", "'")
        if kind == "dq":
            return re.sub(r"`(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), t[1:-1])
        if kind == "var":
            return {"$null": None, "$true": True, "$false": False}[t.lower()]
        if kind == "word":
            n = _number(t)
            return n if n is not None else t
        raise ValueError(t)

    def table():
        nonlocal pos
        out = {}
        while True:
            while pos < len(toks) and toks[pos] in (("nl", toks[pos][1]), ("punct", ";")):
                pos += 1
            if toks[pos] == ("punct", "}"):
                pos += 1
                return out
            kind, key = toks[pos]
            if kind not in ("sq", "dq", "word") or toks[pos + 1] != ("punct", "="):
                raise ValueError(key)
            pos += 2
            out[key[1:-1] if kind != "word" else key] = value()

    def array(end):
        nonlocal pos
        out = []
        while True:
            while pos < len(toks) and (toks[pos][0] == "nl" or toks[pos] in (("punct", ","), ("punct", ";"))):
                pos += 1
            if toks[pos] == ("punct", end):
                pos += 1
                return out
            out.append(value())

    try:
        found = value()
        skip_nl()
    except (ValueError, IndexError, KeyError):
        return None
    if pos != len(toks) or not isinstance(found, dict) or not found:
        return None
    return _dumped(found)


# ---------------------------------------------------------------- Erlang term files
_ERL_TOKEN = re.compile(r"""\s+|%[^\n]*
    |(?P<bin><<\s*(?:"(?:[^"\\]|\\.)*"(?:/[\w-]+)?\s*)?>>)
    |(?P<str>"(?:[^"\\]|\\.)*")
    |(?P<qatom>'(?:[^'\\]|\\.)*')
    |(?P<num>[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
    |(?P<arrow>=>|:=)
    |(?P<punct>\#\{|[{}\[\],.|])
    |(?P<atom>[a-z][\w@]*)""", re.X | re.S)


class _Atom(str):
    """An Erlang atom (a tag, a name), apart from a text."""


def erlang_as_json(text: str) -> str | None:
    """An Erlang term file (terms each ending '.') whose terms are tagged tuples, as JSON; None otherwise."""
    toks = _tokens(_ERL_TOKEN, text)
    if toks is None:
        return None
    if not any(t == ("punct", "#{") or kind == "bin" for kind, t in toks):
        return None
    pos = 0

    def unescape(s: str) -> str:
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)

    def seq(end):
        nonlocal pos
        out = []
        if toks[pos] == ("punct", end):
            pos += 1
            return out
        while True:
            out.append(term())
            kind, t = toks[pos]
            pos += 1
            if t == end:
                return out
            if t != ",":
                raise ValueError(t)

    def term():
        nonlocal pos
        kind, t = toks[pos]
        pos += 1
        if kind == "bin":
            m = re.search(r'"((?:[^"\\]|\\.)*)"', t)
            return unescape(m.group(1)) if m else ""
        if kind == "str":
            return unescape(t[1:-1])
        if kind == "num":
            return _number(t)
        if kind in ("atom", "qatom"):
            return _Atom(t.strip("'"))
        if t == "{":
            return tuple(seq("}"))
        if t == "[":
            return seq("]")
        if t == "#{":
            out = {}
            if toks[pos] == ("punct", "}"):
                pos += 1
                return out
            while True:
                key = term()
                if toks[pos][0] != "arrow":
                    raise ValueError(key)
                pos += 1
                out[str(key)] = plain(term())
                kind, t = toks[pos]
                pos += 1
                if t == "}":
                    return out
                if t != ",":
                    raise ValueError(t)
        raise ValueError(t)

    def plain(v):
        if isinstance(v, tuple):
            return tagged(v)[1] if v and isinstance(v[0], _Atom) else [plain(x) for x in v]
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v

    def tagged(t: tuple):
        rest = t[1:]
        if len(rest) == 1:
            return str(t[0]), plain(rest[0])
        if rest and isinstance(rest[-1], dict) and all(isinstance(x, (int, float)) for x in rest[:-1]):
            return str(t[0]), rest[-1]
        return str(t[0]), [plain(x) for x in rest]

    found: dict[str, list] = {}
    try:
        while pos < len(toks):
            t = term()
            if toks[pos] != ("punct", "."):
                return None
            pos += 1
            if not isinstance(t, tuple) or not t or not isinstance(t[0], _Atom):
                return None
            tag, v = tagged(t)
            found.setdefault(tag, []).append(v)
    except (ValueError, IndexError):
        return None
    if not found:
        return None
    return _dumped({k: v[0] if len(v) == 1 else v for k, v in found.items()})


# ---------------------------------------------------------------- Emacs Lisp data files
_EL_TOKEN = re.compile(r"""\s+|;[^\n]*
    |(?P<str>"(?:[^"\\]|\\.)*")
    |(?P<punct>[()\[\]']|\.(?=[\s()]))
    |(?P<sym>(?:[^\s()\[\]'";\\]|\\.)+)""", re.X | re.S)
_DEFINE = ("defconst", "defvar", "defcustom", "setq", "defparameter")


class _Sym(str):
    """A Lisp symbol, apart from a string."""


class _Pair(tuple):
    """A dotted pair (car . cdr)."""


def _lisp_value(v):
    if isinstance(v, _Pair):
        return [_lisp_value(v[0]), _lisp_value(v[1])]
    if not isinstance(v, list):
        return str(v) if isinstance(v, _Sym) else v
    if v and all(isinstance(x, _Pair) for x in v):     # an alist
        return {str(x[0]): _lisp_value(x[1]) for x in v}
    if len(v) >= 2 and len(v) % 2 == 0 and all(isinstance(x, _Sym) and x.startswith(":") for x in v[::2]):
        return {str(x)[1:]: _lisp_value(y) for x, y in zip(v[::2], v[1::2])}     # a plist of keywords
    rows = [x for x in v if not (isinstance(x, _Sym) and x == "hline")]
    if len(rows) >= 2 and rows != v and all(isinstance(r, list) and r and all(isinstance(c, str) and not isinstance(c, _Sym)
                                                                              for c in r) for r in rows):
        # an org table as lisp: its first row the head where a hline follows it
        if isinstance(v[1], _Sym) and v[1] == "hline" and len({len(r) for r in rows}) == 1:
            return [dict(zip(rows[0], r)) for r in rows[1:]]
        return rows
    return [_lisp_value(x) for x in v]


def elisp_as_json(text: str) -> str | None:
    """An Emacs Lisp file of (defconst NAME VALUE [DOC]) forms as JSON, each value under its name; None otherwise."""
    toks = _tokens(_EL_TOKEN, text)
    if toks is None:
        return None
    pos = 0

    def form():
        nonlocal pos
        kind, t = toks[pos]
        pos += 1
        if t == "'":
            return form()
        if kind == "str":
            return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), t[1:-1])
        if kind == "sym":
            n = _number(t)
            return n if n is not None else _Sym(t.replace("\\", ""))
        if t in "([":
            end = ")" if t == "(" else "]"
            out = []
            while toks[pos][1] != end:
                if toks[pos] == ("punct", ".") and out:
                    pos += 1
                    cdr = form()
                    if toks[pos][1] != end:
                        raise ValueError(".")
                    pos += 1
                    return _Pair((out[0], cdr)) if len(out) == 1 else out + [cdr]
                out.append(form())
            pos += 1
            return out
        raise ValueError(t)

    found = {}
    try:
        while pos < len(toks):
            f = form()
            if isinstance(f, list) and len(f) >= 3 and isinstance(f[0], _Sym) and f[0] in _DEFINE \
                    and isinstance(f[1], _Sym):
                found[str(f[1])] = _lisp_value(f[2])
            elif not (isinstance(f, list) and f and isinstance(f[0], _Sym)):
                return None
    except (ValueError, IndexError):
        return None
    if not found or not any(isinstance(v, (dict, list)) for v in found.values()):
        return None
    return _dumped(found)
