"""An RDF document in Turtle (a linked-data portal's export, rdflib's or Jena's serialisation) read as the nested
values its resources hold, written out as JSON for the JSON reader.

The grammar: @prefix / PREFIX lines; statements 'subject predicate object' with ';' repeating the subject and ','
the predicate; 'a' rdf:type; IRIs <…> or prefixed names (jx:level1, :i01); literals "…" / '…' / \"\"\"…\"\"\" with an
@lang or a ^^datatype after (both no part of the value), bare numbers and booleans; [ … ] a blank node of its own
statements, ( … ) a list. A predicate's NAME is its rdfs:label where the document declares one (a vocabulary
labelling English local names in Chinese: jx:level1 rdfs:label "一级指标"@zh), else its local name. A resource is
the mapping of its predicates' names to their values (rdf:type none), a value naming another resource described in
the document that resource's mapping; the document is its resources no other refers to (the labelled properties
and the classes none), in the order written. A list of resources numbered by one of their predicates is put in
that order, the number first (_numbered)."""
from __future__ import annotations

import json
import re

_TOKEN = re.compile(r'''\s+|\#[^\n]*
    |(?P<iri><[^>\s]*>)
    |(?P<long>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\')
    |(?P<str>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    |(?P<dt>\^\^)
    |(?P<num>[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?)(?![\w:])
    |(?P<punct>[.;,\[\]()])
    |(?P<name>[A-Za-z_][\w.-]*?:[\w.-]*\w|[A-Za-z_][\w-]*:|:[\w.-]*\w|:)
    |(?P<word>[A-Za-z]+)
''', re.X)
_TYPE = ("a", "rdf:type")
_LABEL = "rdfs:label"


class _Literal(str):
    """A literal's lexical form (its language or datatype dropped)."""


def _tokens(text: str) -> list[tuple[str, str]] | None:
    out, k = [], 0
    while k < len(text):
        m = _TOKEN.match(text, k)
        if m is None:
            return None
        k = m.end()
        if m.lastgroup:
            out.append((m.lastgroup, m.group(m.lastgroup)))
    return out


def _string(tok: str) -> str:
    body = tok[3:-3] if tok[:3] in ('"""', "'''") else tok[1:-1]
    return re.sub(r"\\u([0-9a-fA-F]{4})|\\(.)", lambda m: chr(int(m.group(1), 16)) if m.group(1)
                  else {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(2), m.group(2)), body)


def _statements(toks: list[tuple[str, str]]):
    """The triples (subject, predicate, object) in the order written; a blank node or a list a fresh name."""
    triples: list[tuple[str, str, object]] = []
    k, fresh = 0, [0]

    def term(k: int) -> tuple[object, int]:
        kind, tok = toks[k]
        if kind in ("iri", "name"):
            return tok, k + 1
        if kind in ("str", "long"):
            value, k = _Literal(_string(tok)), k + 1
            if k < len(toks) and toks[k][0] == "lang":
                k += 1
            elif k < len(toks) and toks[k][0] == "dt":
                k += 2
            return value, k
        if kind == "num" or kind == "word" and tok in ("true", "false"):
            return _Literal(tok), k + 1
        if tok == "[":
            fresh[0] += 1
            node = f"_:b{fresh[0]}"
            k = k + 1
            if toks[k][1] != "]":
                k = predicates(node, k)
            return node, k + 1
        if tok == "(":
            items, k = [], k + 1
            while toks[k][1] != ")":
                item, k = term(k)
                items.append(item)
            return items, k + 1
        raise ValueError(tok)

    def predicates(subject: str, k: int) -> int:
        while True:
            pred, k = (toks[k][1], k + 1) if toks[k][0] in ("iri", "name", "word") else (None, k)
            if pred is None:
                raise ValueError(toks[k][1])
            while True:
                obj, k = term(k)
                triples.append((subject, pred, obj))
                if toks[k][1] != ",":
                    break
                k += 1
            if toks[k][1] != ";":
                return k
            while toks[k][1] == ";":
                k += 1
            if toks[k][1] in (".", "]"):
                return k

    while k < len(toks):
        kind, tok = toks[k]
        if kind == "lang" and tok in ("@prefix", "@base"):
            k += 3 if tok == "@prefix" else 2
            if toks[k - 1][1] != "." and toks[k][1] == ".":
                k += 1
            continue
        if kind == "word" and tok.upper() in ("PREFIX", "BASE"):
            k += 3 if tok.upper() == "PREFIX" else 2
            continue
        subject, k = term(k)
        if toks[k][1] != ".":
            k = predicates(subject, k)
        if toks[k][1] != ".":
            raise ValueError(toks[k][1])
        k += 1
    return triples


def _numbered(v):
    """A list of resources one of whose predicates numbers them (every one's a distinct whole number: jx:seq 7) in
    the order of those numbers, that member first in each: a serialiser writes a list's members and a resource's
    predicates sorted by name, which is no order of the document's (the row number stood among the columns)."""
    if not isinstance(v, list) or len(v) < 2 or not all(isinstance(x, dict) for x in v):
        return v
    for key in v[0]:
        numbers = [x.get(key) for x in v]
        if all(isinstance(n, str) and n.isdigit() for n in numbers) and len(set(numbers)) == len(numbers):
            return [{key: x[key], **{k: y for k, y in x.items() if k != key}}
                    for x in sorted(v, key=lambda x: int(x[key]))]
    return v


def turtle_as_json(text: str) -> str | None:
    """The document's resources as JSON text, or None where the text is no Turtle (no @prefix / PREFIX line, or a
    statement the grammar does not parse) or describes no resource with a labelled or named predicate."""
    if not re.search(r"^\s*(?:@prefix|PREFIX)\s+[\w-]*:\s*<[^>]*>", text, re.M):
        return None
    toks = _tokens(text)
    if toks is None:
        return None
    try:
        triples = _statements(toks)
    except (ValueError, IndexError):
        return None
    if not triples:
        return None
    labels = {s: str(o) for s, p, o in triples if p == _LABEL and isinstance(o, _Literal)}
    declared = {s for s, p, o in triples if p in _TYPE and o in ("rdf:Property", "owl:DatatypeProperty",
                                                                   "owl:ObjectProperty", "rdfs:Class", "owl:Class")}
    used = {p for _, p, _ in triples}
    order: dict[str, list[tuple[str, object]]] = {}
    for s, p, o in triples:
        if s in declared or p in _TYPE or s in used and p == _LABEL:
            continue
        order.setdefault(s, []).append((p, o))
    referred = {o for _, _, o in triples if isinstance(o, str) and not isinstance(o, _Literal)} \
        | {x for _, _, o in triples if isinstance(o, list) for x in o}

    def name(p: str) -> str:
        return labels.get(p) or re.split(r"[:#/]", p.strip("<>"))[-1] or p

    def value(o, seen: frozenset):
        if isinstance(o, list):
            return [value(x, seen) for x in o]
        if isinstance(o, _Literal):
            return str(o)
        if o in order and o not in seen:
            return resource(o, seen | {o})
        return o

    def resource(s: str, seen: frozenset) -> dict:
        grouped: dict[str, list] = {}     # a predicate written with several objects: the list of them
        for p, o in order[s]:
            grouped.setdefault(name(p), []).append(value(o, seen))
        return {k: _numbered(v[0]) if len(v) == 1 else _numbered(v) for k, v in grouped.items()}

    roots = [s for s in order if s not in referred]
    if not roots:
        return None
    found = [resource(s, frozenset({s})) for s in roots]
    return json.dumps(found[0] if len(found) == 1 else found, ensure_ascii=False, indent=1)
