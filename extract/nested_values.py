"""A report exported as NESTED VALUES: mappings of keys, lists, and scalars, written out by a program as
text. The grammars that write such a tree (a YAML export, PHP's print_r() of an array, a mind map
pasted as a text tree) each give the same tree of Nodes, and one reader turns it into blocks
(nested_blocks): a list of records (mappings of scalars) is a table whose header is their keys; records
grouped under keys (产出指标: 数量指标: [records]) are one table, the group keys the rows' leading cells
under an empty head (their roles read from the cells, as a table's unnamed columns are); a record that
is a key's value (改造提升猕猴桃果园 → {年度指标值: …}) is one record of its group, the key its leading
cell; a one-record list its label：value lines; a scalar member a label：value line; a key holding
anything else a caption line. Every block keeps its node's line.

PHP's print_r() (parse_print_r): 'Array' (or 'Name Object'), '(' and ')' around members written
'[key] => value', a nested array's '(' on the line after its key; keys 0, 1, 2 … in order are a list.
A value holding a line break goes on over the lines up to the next member or ')'.

A text tree (parse_text_tree, as the `tree` command and mind-map tools draw one): the root's line, then
a line per node: its ancestors' branches ('│   ' or four spaces each, '|   ' in ASCII), then '├── '
(or '|-- ') before a node with later siblings and '└── ' (or '`-- ') before the last; a leaf written
label：value is a scalar member, a node with children a key holding them, bare leaves under one node
a list of scalars.

JSON (parse_json, a system's response or export, pretty-printed or MINIFIED on one line): read by the
Python literal's grammar (true / false / null as Python writes them), numbers as written (3000.00). A
report system writes a table as its COLUMNS and its ROWS AS ARRAYS ({"columns": [{"prop": "yjzb",
"label": "一级指标"} …], "rows": [["产出指标", …] …]}): the rows' arrays of one width and a list of as many
columns make a table whose head is each column's name (a scalar, or the column's member that is text
rather than a code); a record's scalar members named by a sibling record of LABELS ({"mf": 100, …,
"labels": {"mf": "满分"}}) are written under those labels."""
from __future__ import annotations

import ast
import json
import re
import textwrap
from dataclasses import dataclass
from collections import Counter
from itertools import combinations

from .folded_lines import unfolded
from .model import character

MIN_ROWS = 2           # one record is a record, not a table
MAX_GROUP_DEPTH = 3    # records grouped under more keys than this are no form's indicator table


@dataclass
class Node:
    line: int
    scalar: str | None = None                                            # a scalar's text
    pairs: list[tuple[int, str, "Node"]] | None = None                   # a mapping: (key's line, key, value)
    items: list["Node"] | None = None                                    # a list


def token_list(toks: list, at: int, line: int, value, sep: str) -> tuple[Node, int]:
    """The items of a bracketed list a REPL printed, from the token after its '[' to its ']', each read by
    `value(toks, at)`, `sep` between them (node's ',' / OCaml's ';'): (the list, the index past ']')."""
    node = Node(line=line, items=[])
    while toks[at][1] != "]":
        item, at = value(toks, at)
        node.items.append(item)
        at += toks[at][1] == sep
    return node, at + 1


def _flat(node: Node) -> dict | None:
    """A record: a mapping of scalars only (name: (line, value))."""
    if node.pairs is None or not node.pairs or any(v.scalar is None for _, _, v in node.pairs):
        return None
    return {k: (v.line, v.scalar) for _, k, v in node.pairs}


def _item(node: Node) -> dict | None:
    """A list's item as a record: a record; or a WRAPPER of one, a record under a program's name beside one
    scalar at most (a GraphQL connection's edge {cursor, node {…}}: the cursor a page's token, no cell; a record
    under a name in words is that name's, as a mind map's node is): the record it wraps."""
    inner = [(k, v) for _, k, v in node.pairs or () if v.scalar is None]
    if len(inner) == 1 and len(node.pairs) <= 2 and _CODE.match(inner[0][0]):
        return _flat(inner[0][1])
    if (wrapped := _hit(node)) is not None and (rec := _flat(wrapped)) is not None:
        return rec
    return _flat(node)


def _hit(node: Node) -> Node | None:
    """A search engine's hit ({_index, _id, _score, _source {…}, sort [3]}): the ONE mapping it holds under a
    program's name beside the engine's bookkeeping, every other member a program's name holding a scalar or a
    list of them; None for any other node."""
    mappings = [(k, v) for _, k, v in node.pairs or () if v.pairs is not None]
    if len(mappings) != 1 or not _CODE.match(mappings[0][0]) or not all(
            _CODE.match(k) and (v.scalar is not None or v.items is not None and all(x.scalar is not None for x in v.items))
            for _, k, v in node.pairs if v is not mappings[0][1]):
        return None
    return mappings[0][1]


def _records(node: Node, depth: int = 0) -> list[tuple[list[tuple[int, str]], int, dict]] | None:
    """The records under a node: a list of records, or a mapping each of whose values holds records
    the same way or is one record (its keys their groups, outermost first); None where it holds other
    things."""
    if node.items is not None:
        items = [(n.line, _item(n)) for n in node.items]
        if items and all(r for _, r in items):
            return [([], no, r) for no, r in items]
        return _named_groups(node, depth)
    if node.pairs is not None and depth < MAX_GROUP_DEPTH:
        out = []
        for no, key, v in node.pairs:
            if (one := _flat(v)) is not None:
                under = [([], no, one)]      # a record under its name (a mind map's indicator node)
            elif (under := _records(v, depth + 1)) is None:
                return None
            out += [([(no, key)] + groups, line, r) for groups, line, r in under]
        # records of other kinds under other keys (a message's repeated fund lines beside its indicators)
        # are tables of their own, not one table grouped by those keys
        return out if out and all(_one_kind(out[0][2], r) for _, _, r in out) else None
    return None


def _named_groups(node: Node, depth: int) -> list[tuple[list[tuple[int, str]], int, dict]] | None:
    """A list of GROUPS each naming itself (a scalar member or two: 名称, a code) and holding its records in
    its one other member (a tree of levels: [{名称: 产出指标, 二级指标: [{名称: 数量指标, 三级指标: [{…}]}]}]):
    the records, each under its groups' names, outermost first; None where an item is of another shape."""
    if depth >= MAX_GROUP_DEPTH or not node.items:
        return None
    out = []
    for n in node.items:
        named = [(no, v.scalar) for no, _, v in n.pairs or () if v.scalar is not None]
        held = [v for _, _, v in n.pairs or () if v.scalar is None]
        if len(held) != 1 or not 1 <= len(named) <= 2 or (under := _records(held[0], depth + 1)) is None:
            return None
        out += [([named[0]] + groups, line, r) for groups, line, r in under]
    return out if all(_one_kind(out[0][2], r) for _, _, r in out) else None


def _one_kind(a: dict, b: dict) -> bool:
    """Two records of one kind: at least half the keys of the smaller are the other's."""
    return 2 * len(a.keys() & b.keys()) >= min(len(a), len(b))


def _table(found) -> list[list[tuple[int, str]]]:
    depth = max(len(g) for g, _, _ in found)
    names = list(dict.fromkeys(name for _, _, r in found for name in r))
    head = [(found[0][1], "")] * depth + [(found[0][1], n) for n in names]
    return [head] + [[g[k] if k < len(g) else (no, "") for k in range(depth)] +
                     [r.get(n, (no, "")) for n in names] for g, no, r in found]


_CODE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")     # a program's name for a field (yjzb, prop), no one's words


def _column_name(col: Node) -> str:
    """A column's name: the scalar itself, or the first of its record's members that is words, not a
    code, a number or a flag."""
    if col.scalar is not None:
        return col.scalar
    values = [x for _, x in _flat(col).values()]
    return next((x for x in values if x and not _CODE.match(x) and not re.fullmatch(r"-?[\d.]+", x)), values[0])


def _grid(node: Node) -> list[list[tuple[int, str]]] | None:
    """A table written as its columns and its rows (the module's docstring): a member listing MIN_ROWS
    rows or more, each an array of the same number of scalars, and a member listing as many columns."""
    if not node.pairs:
        return None
    rows = next((v for _, _, v in node.pairs if v.items
                 and all(r.items and all(c.scalar is not None for c in r.items) for r in v.items)
                 and len({len(r.items) for r in v.items}) == 1), None)
    if rows is None:
        return None
    width = len(rows.items[0].items)
    # the columns a sibling list, or a list one level down in a sibling mapping (a data package's resource
    # declares its columns in schema.fields beside its rows in data)
    places = [v for _, _, v in node.pairs if v is not rows] + \
             [x for _, _, v in node.pairs if v.pairs for _, _, x in v.pairs]
    cols = next((v for v in places if v.items and len(v.items) == width
                 and all(c.scalar is not None or _flat(c) for c in v.items)), None)
    if cols is None or len(rows.items) < MIN_ROWS and not all(_flat(c) for c in cols.items):
        return None     # one array under a list of names is no table; under declared columns it is one
    return [[(c.line, _column_name(c)) for c in cols.items]] + [[(c.line, c.scalar) for c in r.items] for r in rows.items]


def _keyed_grid(node: Node) -> list[list[tuple[int, str]]] | None:
    """A table written as its COLUMNS, each a record pairing a field's code with its title, and its ROWS as
    records KEYED BY THOSE CODES ({"cols": [{"field": "ncys", "title": "年初预算数"} …], "rows": [{"ncys": "500.00",
    …}]}, as a web table's component is fed): the head each column's title (its member in words), a row each
    record's values in the columns' order. One row is a table here: the columns declare it. None where no
    member lists such columns, or a row holds a key no column names."""
    lists = [v for _, _, v in node.pairs or () if v.items and all(_flat(x) for x in v.items)]
    for cols in lists:
        for rows in lists:
            if rows is cols or len(cols.items) < 2:
                continue
            keys = {k for r in rows.items for k in _flat(r)}
            codes = [next((x for _, x in _flat(c).values() if x in keys and _CODE.match(x)), None) for c in cols.items]
            if None in codes or len(set(codes)) < len(codes) or not keys <= set(codes):
                continue
            titles = [next((x for k, (_, x) in _flat(c).items() if x != code and x and not _CODE.match(x)
                            and not re.fullmatch(r"-?[\d.]+", x)), None) for c, code in zip(cols.items, codes)]
            if None in titles:
                continue
            head = [(c.line, t) for c, t in zip(cols.items, titles)]
            return [head] + [[_flat(r).get(code, (r.line, "")) for code in codes] for r in rows.items]
    return None


def _by_columns(node: Node) -> list[list[tuple[int, str]]] | None:
    """A table written COLUMN BY COLUMN (R's data frame, pandas' to_dict("list")): a mapping of two
    members or more, each a list of as many scalars, MIN_ROWS or more; the members' keys its head, row i
    the i-th scalar of every list. Or each member a MAPPING of scalars under the same row keys in the same
    order (pandas' to_json(orient="columns"): {"一级指标": {"0": …, "1": …}, …}): row i the scalars under
    the i-th key."""
    cols = node.pairs or []
    if len(cols) < 2:
        return None
    if all(v.pairs for _, _, v in cols):
        keys = [k for _, k, _ in cols[0][2].pairs]
        if any([k for _, k, _ in v.pairs] != keys or any(x.scalar is None for _, _, x in v.pairs) for _, _, v in cols):
            return None
        # the row keys are the ones that number: members NUMBERED (行1, 行2 …) each holding fields named in words
        # (a filled PDF form's rows exported: 指标.行1.三级指标) are records under their numbers, rows not columns
        if all(re.search(r"\d", k) for _, k, _ in cols) and not any(re.search(r"\d", k) for k in keys):
            return None
        lists = [[x for _, _, x in v.pairs] for _, _, v in cols]
    elif any(v.items is None or any(x.scalar is None for x in v.items) for _, _, v in cols):
        return None
    else:
        lists = [v.items for _, _, v in cols]
    if len({len(x) for x in lists}) != 1 or len(lists[0]) < MIN_ROWS:
        return None
    return [[(no, key) for no, key, _ in cols]] + [[(x[i].line, x[i].scalar) for x in lists]
                                                    for i in range(len(lists[0]))]


def _labels(node: Node) -> tuple[dict, Node | None]:
    """The labels of a mapping's scalar members: a member record whose keys are two or more of its
    scalar siblings' keys and whose values are words ({"mf": "满分", "zpdf": "自评得分"}); ({}, None)
    where none."""
    scalars = {k for _, k, v in node.pairs or () if v.scalar is not None}
    for _, _, v in node.pairs or ():
        if (flat := _flat(v)) and len(flat) >= 2 and set(flat) <= scalars \
                and not any(_CODE.match(x) for _, x in flat.values()):
            return {k: x for k, (_, x) in flat.items()}, v
    return {}, None


def head_first(root: Node) -> None:
    """A mapping whose keys stand SORTED (pprint, an Apple property list) is in its writer's order, no
    document's: its members that hold no table (scalars, records of scalars: 项目名称：X, 项目信息 {…}) are
    the head, put above the tables as a form writes them."""
    keys = [k for _, k, _ in root.pairs or ()]
    if keys and keys == sorted(keys):
        root.pairs.sort(key=lambda p: p[2].scalar is None and _flat(p[2]) is None)


def file_lines(text: str) -> list[tuple[int, str]]:
    """The text's lines numbered from 1, each without a carriage return at its end, the first without a
    byte-order mark: what a reader that takes a file line by line walks."""
    return [(no, raw.rstrip("\r").lstrip("\ufeff") if no == 1 else raw.rstrip("\r"))
            for no, raw in enumerate(text.split("\n"), 1)]


def around(lines: list[str], start: int, stop: int) -> tuple[list[tuple[int, str]], list[tuple]]:
    """The text's lines before lines[start] (numbered from 1) and from lines[stop] on, as paragraphs
    (("p", line, text)): what stands around a dump or listing read as blocks. A byte-order mark is no
    text of a line."""
    before = [(no, x.strip().lstrip("\ufeff")) for no, x in enumerate(lines[:start], 1) if x.strip()]
    return before, [("p", no, x.strip()) for no, x in enumerate(lines[stop:], stop + 1) if x.strip()]


def scalar_lines(root: Node) -> list[tuple]:
    """The tree's own label：value members as the text reader's paragraphs (("p", line, "键：值")): what a
    tree that holds no table, or whose table was cut, still says."""
    return [("p", no, f"{key}：{v.scalar}") for no, key, v in root.pairs if v.scalar is not None]


def nested_blocks(root: Node, table: bool = True) -> list[tuple] | None:
    """The tree as the text reader's blocks (("p", line, text), ("t", rows)), or None where it holds
    no table (with table=False, its label：value lines all the same): a tree of label：value members alone
    is the line reader's to read."""
    out: list[tuple] = []
    held = [False]

    def walk(node: Node) -> None:
        labels, labelling = _labels(node)
        for no, key, v in node.pairs or ():
            if v is labelling:
                continue
            if v.scalar is not None:
                out.append(("p", no, f"{labels.get(key, key)}：{v.scalar}"))
                continue
            if v.pairs is not None and len(v.pairs) == 1 and v.pairs[0][2].scalar is not None \
                    and _CODE.match(v.pairs[0][1]):
                # one scalar under a program's name ({"department": {"name": …}}, the one field a query asked
                # of a unit): the key's value, as the key names it
                out.append(("p", v.pairs[0][0], f"{labels.get(key, key)}：{v.pairs[0][2].scalar}"))
                continue
            out.append(("p", no, key))
            if (grid := _grid(v) or _keyed_grid(v) or _by_columns(v)) is not None:
                out.append(("t", grid))
                held[0] = True
                continue
            found = _records(v)
            if found and (len(found) >= MIN_ROWS or found[0][0]):
                out.append(("t", _table(found)))
                held[0] = True
            elif found:     # one record: its fields as label：value lines
                out.extend(("p", line, f"{n}：{x}") for n, (line, x) in found[0][2].items())
            elif v.pairs is not None:
                walk(v)
            elif v.items is not None and len(v.items) == 1 and v.items[0].pairs is not None \
                    and _grid(v.items[0]) is None:
                # one document found (a search's single hit): its mapping's members, as a mapping's are read
                walk(_hit(v.items[0]) or v.items[0])
            elif v.items and all(x.pairs for x in v.items):
                # a list of mappings that are no records (each holding lists or mappings: a data package's
                # resources): each read in turn, as a mapping's members are, one holding its table's columns
                # and rows (schema.fields and data) that table under its words
                for x in v.items:
                    if (grid := _grid(x)) is not None:
                        out.extend(("p", line, f"{k}：{y.scalar}") for line, k, y in x.pairs
                                   if y.scalar is not None and not _CODE.match(y.scalar))
                        out.append(("t", grid))
                        held[0] = True
                    else:
                        walk(x)
            elif v.items is not None:
                out.append(("p", v.line, f"{key}：" + "、".join(x.scalar for x in v.items if x.scalar)))

    walk(root)
    return out if held[0] or not table else None


# -- PHP's print_r() --------------------------------------------------------------------------------------
_PR_OPEN = re.compile(r"^\s*(?:Array|[A-Za-z_\\][\w\\]* Object)\s*$")
_PR_MEMBER = re.compile(r"^\s*\[([^\]]*)\] => ?(.*)$")
_PR_NESTED = re.compile(r"^(?:Array|[A-Za-z_\\][\w\\]* Object)\s*$")
MIN_MEMBERS = 5     # a short array printed in a paragraph is no export


def parse_print_r(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the array, the array's blocks) where the text is print_r()'s output of an
    array holding records; None otherwise."""
    lines = text.split("\n")
    start = next((k for k, ln in enumerate(lines) if _PR_OPEN.match(ln) and k + 1 < len(lines)
                  and lines[k + 1].strip() == "("), None)
    if start is None or sum(1 for ln in lines if _PR_MEMBER.match(ln)) < MIN_MEMBERS:
        return None
    root = Node(line=start + 1, pairs=[])
    stack = [root]
    pending: Node | None = None      # a member whose value is an array: its '(' comes next
    last: Node | None = None         # the last scalar, which a line of no member goes on with
    k = start + 2
    while k < len(lines) and stack:
        raw, k = lines[k], k + 1
        t = raw.strip()
        if t == "(" and pending is not None:
            stack.append(pending)
            pending = last = None
        elif t == ")" and pending is None:
            stack.pop()
            last = None
        elif (m := _PR_MEMBER.match(raw)) and pending is None:
            key, value = m.group(1), m.group(2).rstrip()
            node = Node(line=k)
            if _PR_NESTED.match(value):
                node.pairs, pending, last = [], node, None
            else:
                node.scalar, last = value.strip(), node
            stack[-1].pairs.append((k, key, node))
        elif last is not None and (t or k < len(lines)):
            last.scalar = f"{last.scalar}\n{raw}".strip()     # a value's line break
        elif t:
            return None      # not print_r's grammar
    if stack:
        return None          # the array never closed: cut, or no print_r
    _as_lists(root)
    found = nested_blocks(root)
    if found is None:
        return None
    before, _ = around(lines, start, len(lines))
    return before, found


def _as_lists(node: Node) -> None:
    """print_r's arrays keyed 0, 1, 2 … in order are lists."""
    for _, _, v in node.pairs or ():
        _as_lists(v)
    if node.pairs and [k for _, k, _ in node.pairs] == [str(n) for n in range(len(node.pairs))]:
        node.items, node.pairs = [v for _, _, v in node.pairs], None


# -- a text tree ----------------------------------------------------------------------------------------------
_BRANCH = re.compile(r"^((?:(?:│|\|)   |    )*)(├── |└── |\|-- |`-- )(.*)$")
_LABEL_VALUE = re.compile(r"^([^：:]{1,30}?)\s*[：:]\s*(.*)$")
MIN_BRANCHES = 5


def parse_text_tree(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the tree, its root's name first; the tree's blocks) where the text ends in a
    text tree holding records; None otherwise."""
    lines = text.rstrip("\n").split("\n")
    first = next((k for k, ln in enumerate(lines) if _BRANCH.match(ln)), None)
    if first is None or first == 0 or not lines[first - 1].strip():
        return None
    parsed = []
    for k in range(first, len(lines)):
        if not lines[k].strip():
            continue
        m = _BRANCH.match(lines[k])
        if m is None or len(m.group(1)) % 4:
            return None      # text after the tree, or branches not drawn on the tree's grid
        parsed.append((k + 1, len(m.group(1)) // 4, m.group(3).strip()))
    if len(parsed) < MIN_BRANCHES:
        return None
    # (line, label, children) nodes, the root the line over the first branch
    root: tuple = (first, lines[first - 1].strip(), [])
    path = [root]
    for no, depth, label in parsed:
        if depth > len(path) - 1:
            return None      # a branch deeper than its parent
        node = (no, label, [])
        path[depth][2].append(node)
        path[depth + 1:] = [node]
    found = nested_blocks(_tree_node(root))
    if found is None:
        return None
    before, _ = around(lines, first, len(lines))
    return before, found


# -- an outliner's page of blocks with properties (Logseq's pages/*.md) -----------------------------------------
# Every block a line '- text', indented one TAB a level (or two spaces); a block's PROPERTIES 'key:: value' lines
# under it, indented as its text is (its tabs and two spaces past the '- '); the page's own properties
# 'key:: value' lines at the margin before the first block. A block is a node of a text tree, its properties its
# 'label：value' leaves (outline_blocks); the page's properties lines before the tree. Any other line (a block's
# text going on over lines, a code fence) is no such page, read otherwise.
_OL_BLOCK = re.compile(r"^((?:\t|  )*)- (.*)$")
_OL_PROPERTY = re.compile(r"^((?:\t|  )*)([^\s:][^:\n]*?):: ?(.*)$")
MIN_PROPERTY_LINES = 5


def _depth(indent: str) -> int:
    return indent.count("\t") + indent.replace("\t", "").count("  ")


def parse_block_outline(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the page's property lines as label：value lines, the tree's blocks) where the text is an outliner's page
    of '- ' blocks, MIN_BRANCHES or more, carrying MIN_PROPERTY_LINES 'key:: value' properties or more; None
    otherwise."""
    before: list[tuple[int, str]] = []
    root: tuple = (1, "", [])
    path: list[tuple] = [root]
    blocks = props = 0
    for no, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if (m := _OL_BLOCK.match(line)) is not None:
            depth = _depth(m.group(1))
            if depth > len(path) - 1:
                return None      # a block deeper than its parent
            node = (no, m.group(2).strip(), [])
            path[depth][2].append(node)
            path[depth + 1:] = [node]
            blocks += 1
        elif (m := _OL_PROPERTY.match(line)) is not None:
            props += 1
            if len(path) == 1:
                before.append((no, f"{m.group(2).strip()}：{m.group(3).strip()}"))
            else:
                path[-1][2].append((no, f"{m.group(2).strip()}：{m.group(3).strip()}", []))
        else:
            return None
    if blocks < MIN_BRANCHES or props < MIN_PROPERTY_LINES:
        return None
    found = outline_blocks(root)
    return (before, found) if found is not None else None


def outline_blocks(root: tuple) -> list[tuple] | None:
    """The blocks of an outline given as (line, label, children) nodes (a text tree's, an outliner's or a mind
    map's export), None where it holds no records."""
    return nested_blocks(_tree_node(root))


def _tree_node(node: tuple) -> Node:
    """A tree's node as nested values: its children a mapping of keys (label：value leaves scalars,
    nodes with children their keys), or a list where they are all bare leaves."""
    no, _, kids = node
    if kids and all(not k[2] and not _LABEL_VALUE.match(k[1]) for k in kids):
        return Node(line=no, items=[Node(line=k[0], scalar=k[1]) for k in kids])
    pairs = []
    for kid in kids:
        if kid[2]:
            pairs.append((kid[0], kid[1], _tree_node(kid)))
        elif m := _LABEL_VALUE.match(kid[1]):
            pairs.append((kid[0], m.group(1), Node(line=kid[0], scalar=m.group(2))))
        else:
            pairs.append((kid[0], kid[1], Node(line=kid[0], scalar="")))
    return Node(line=no, pairs=pairs)


# -- a Python literal (print / pprint of a program's data) -------------------------------------------------
_PY_OPENS = re.compile(r"""^[\[{]\s*(?:['"\[{]|$)""")
_PY_NUMBER_CALLS = ("Decimal",)     # a call that writes a number as its text: Decimal('2600.00')
MIN_PY_LINES = 5     # a short literal in a paragraph is no export


def parse_python_repr(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the literal, the literal's blocks and the lines after it as paragraphs) where a
    line opens a Python dict holding records; None otherwise."""
    lines = text.split("\n")
    # a literal that never closes is given up at the next line opening one at the margin (a printed literal's
    # inner lines are indented): each line is scanned once, not once for every unclosed literal above it
    starts = [k for k, ln in enumerate(lines) if _PY_OPENS.match(ln)] + [len(lines)]
    for start, stop in zip(starts, starts[1:]):
        end = _closing_line(lines, start, stop)
        if end is None or end - start + 1 < MIN_PY_LINES:
            continue
        if (found := _literal_blocks(lines, start, end, "\n".join(lines[start:end + 1]))) is not None:
            return found
    return None


def _literal_blocks(lines: list[str], start: int, end: int, source: str):
    """(the lines before, the blocks of the literal `source` (Python's grammar) standing on lines start…end
    and the lines after it as paragraphs), or None where it is no mapping holding records."""
    try:
        tree = ast.parse(source, mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return None
    root = _py_node(tree, start, source)
    if root is None or root.pairs is None:
        return None
    head_first(root)
    found = nested_blocks(root)
    if found is None:
        return None
    before, after = around(lines, start, end + 1)
    return before, found + after


# -- Perl's Data::Dumper ---------------------------------------------------------------------------------------
# `$VAR1 = {` … `};`: hashes in braces, arrays in brackets, 'key' => value members, undef; a string single-quoted
# (only \\ and \' escaped) or, where it holds a character past Latin-1 or Useqq is set, double-quoted with
# Perl's escapes (\x{4ea7} a character by its code point, \x41 a byte's, \t \n \" \$ \@). Read by Python's
# grammar once each string is Python's and => / undef are : / None; a line stays a line, so every value keeps
# the file's line. Each hash's keys come in Perl's hash order, no document's: read by their names.
_PL_START = re.compile(r"^\$VAR\d+\s*=\s*(?=[\[{]\s*$)")
_PL_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|=>|\bundef\b')
_PL_ESCAPE = re.compile(r"\\(?:x\{([0-9A-Fa-f]+)\}|x([0-9A-Fa-f]{2})|(.))")
_PL_CHAR = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "e": "\x1b", "a": "\a", "0": "\0"}


def _perl_source(text: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1) is not None:
            return repr(_PL_ESCAPE.sub(lambda e: character(int(e.group(1) or e.group(2), 16)) if e.group(1) or e.group(2)
                                       else _PL_CHAR.get(e.group(3), e.group(3)), m.group(1)))
        if m.group(2) is not None:
            return repr(re.sub(r"\\([\\'])", r"\1", m.group(2)))
        return ":" if m.group(0) == "=>" else "None"
    return _PL_TOKEN.sub(one, text)


def parse_perl_dumper(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the dump, the dump's blocks and the lines after it as paragraphs) where a line
    opens `$VAR1 = {` (or `[`) and the dump holds records; None otherwise."""
    lines = text.split("\n")
    # a dump that never closes is given up at the next $VARn (Data::Dumper puts none inside another): each
    # line is scanned once, not once for every unclosed dump above it
    starts = [k for k, ln in enumerate(lines) if _PL_START.match(ln)] + [len(lines)]
    for start, stop in zip(starts, starts[1:]):
        ln = lines[start]
        m = _PL_START.match(ln)
        # the statement's ';' after the closing bracket is Perl's, no part of the value
        body = [ln[m.end():]] + [re.sub(r"^(\s*[}\]]);\s*$", r"\1", x) for x in lines[start + 1:stop]]
        end = _closing_line(body, 0)
        if end is None or end + 1 < MIN_PY_LINES:
            continue
        if (found := _literal_blocks(lines, start, start + end, _perl_source("\n".join(body[:end + 1])))) is not None:
            return found
    return None


# -- PHP's var_export() ----------------------------------------------------------------------------------------------
# `array (` … `)` around 'key' => value members, each ending ','; a nested array's `array (` on the line after its
# key's `'key' => `; keys 0, 1, 2 … in order a list; a string single-quoted (only \\ and \' escaped), NULL an
# empty cell, numbers bare. Read by Python's grammar once each string is Python's, `array (` / `)` are `{` / `}`,
# => is : and NULL / true / false are Python's: every value keeps the file's line.
_VE_START = re.compile(r"^array \($")
_VE_TOKEN = re.compile(r"'((?:[^'\\]|\\.)*)'|\barray\s*\(|\)|=>|\b(?:NULL|null|true|false)\b")
_VE_WORD = {"NULL": "None", "null": "None", "true": "True", "false": "False", "=>": ":", ")": "}"}


def _var_export_source(text: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1) is not None:
            return repr(re.sub(r"\\([\\'])", r"\1", m.group(1)))
        return "{" if m.group(0).startswith("array") else _VE_WORD[m.group(0)]
    return _VE_TOKEN.sub(one, text)


def parse_var_export(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the array, the array's blocks and the lines after it as paragraphs) where a line at the
    margin opens var_export()'s `array (` and the array holds records; None otherwise."""
    lines = text.split("\n")
    starts = [k for k, ln in enumerate(lines) if _VE_START.match(ln.rstrip())] + [len(lines)]
    for start, stop in zip(starts, starts[1:]):
        end = next((k for k in range(start + 1, stop) if re.match(r"^\);?\s*$", lines[k])), None)
        if end is None or end - start + 1 < MIN_PY_LINES:
            continue
        source = _var_export_source("\n".join(lines[start:end] + ["}"]))
        try:
            tree = ast.parse(source, mode="eval").body
        except (SyntaxError, ValueError, RecursionError):
            continue
        root = _py_node(tree, start, source)
        if root is None or root.pairs is None:
            continue
        _as_lists(root)
        head_first(root)
        if (found := nested_blocks(root)) is None:
            continue
        before, after = around(lines, start, end + 1)
        return before, found + after
    return None


def _closing_line(lines: list[str], start: int, stop: int | None = None) -> int | None:
    """The line whose bracket closes the one opening lines[start] (quotes and escapes kept apart), before
    line `stop` where given."""
    depth, quote = 0, ""
    for k in range(start, len(lines) if stop is None else stop):
        ln, j = lines[k], 0
        while j < len(ln):
            ch = ln[j]
            if quote:
                if ch == "\\":
                    j += 1
                elif ch == quote:
                    quote = ""
            elif ch in "'\"":
                quote = ch
            elif ch in "[{(":
                depth += 1
            elif ch in "]})":
                depth -= 1
                if depth == 0:
                    return k if not ln[j + 1:].strip() else None
            j += 1
        if quote:
            return None      # a string never spans a line in a repr
    return None


def _py_node(e: ast.expr, offset: int, source: str) -> Node | None:
    """The literal's tree as Nodes (a line the file's, 1-based; a number as the source writes it);
    None where it holds anything but literals and number calls."""
    line = e.lineno + offset
    if isinstance(e, ast.Dict):
        pairs = []
        for k, v in zip(e.keys, e.values):
            if not isinstance(k, ast.Constant) or (node := _py_node(v, offset, source)) is None:
                return None
            pairs.append((k.lineno + offset, str(k.value), node))
        return Node(line=line, pairs=pairs)
    if isinstance(e, (ast.List, ast.Tuple)):
        items = [_py_node(x, offset, source) for x in e.elts]
        if any(x is None for x in items):
            return None
        return Node(line=line, scalar=text) if (text := _segments_text(items)) is not None \
            else Node(line=line, items=items)
    if isinstance(e, ast.Constant):
        if isinstance(e.value, (int, float)) and not isinstance(e.value, bool):
            return Node(line=line, scalar=ast.get_source_segment(source, e) or str(e.value))
        return Node(line=line, scalar="" if e.value is None else str(e.value))
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant):
        return Node(line=line, scalar=f"-{e.operand.value}")
    if isinstance(e, ast.Call) and isinstance(e.func, (ast.Name, ast.Attribute)) and len(e.args) == 1 \
            and (e.func.id if isinstance(e.func, ast.Name) else e.func.attr) in _PY_NUMBER_CALLS \
            and isinstance(e.args[0], ast.Constant):
        return Node(line=line, scalar=str(e.args[0].value))
    return None


def _segments_text(items: list[Node]) -> str | None:
    """A rich-text value as an online table's API gives it (飞书 / Lark Bitable, Notion-like): a list of segments,
    each a mapping of scalars holding its "text" and its "type" (text, url, mention …): the text they make, joined;
    None where the list is no such value."""
    texts = []
    for x in items:
        keys = {k for _, k, _ in x.pairs or ()}
        if x.pairs is None or not {"text", "type"} <= keys or any(v.scalar is None for _, _, v in x.pairs):
            return None
        texts.append(next(v.scalar for _, k, v in x.pairs if k == "text"))
    return "".join(texts) if texts else None


# -- R's dput() ------------------------------------------------------------------------------------------------
# `name <- expr` where expr is R's text of a value: list(k = v, …) a mapping, c(…) a list, structure(x, attr = …)
# x itself (a data frame's class and row names are no cells), NA / NULL an empty cell, 2023L the number 2023.
# Read by Python's grammar after R's marks are made Python's (R names may hold dots; `class` is a word of
# Python's): a call's keyword arguments are the mapping's keys, so a name must be an identifier both ways.
_R_ASSIGN = re.compile(r"^([A-Za-z.][\w.]*)\s*<-\s*(?:structure|list|c)\(")
_R_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![\w.])(\d+)L\b|(?<=\w)\.(?=[A-Za-z_])|\bclass\b')


def _r_source(text: str) -> str:
    def one(m: re.Match) -> str:
        t = m.group(0)
        if t.startswith('"'):
            return t
        if m.group(1):
            return m.group(1)
        return "_" if t == "." else "class_"
    return _R_TOKEN.sub(one, text)


def _r_node(e: ast.expr, offset: int, source: str) -> Node | None:
    line = e.lineno + offset
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name):
        if e.func.id == "list" and not e.args and e.keywords:
            pairs = []
            for k in e.keywords:
                if k.arg is None or (node := _r_node(k.value, offset, source)) is None:
                    return None
                # the key as written: Python's grammar folds an identifier by NFKC
                pairs.append((k.value.lineno + offset, ast.get_source_segment(source, k).split("=", 1)[0].strip(),
                              node))
            return Node(line=line, pairs=pairs)
        if e.func.id == "c" and not e.keywords:
            items = [_r_node(x, offset, source) for x in e.args]
            return None if any(x is None or x.scalar is None for x in items) else Node(line=line, items=items)
        if e.func.id == "structure" and len(e.args) == 1:
            return _r_node(e.args[0], offset, source)
        return None
    if isinstance(e, ast.Name) and e.id in ("NA", "NULL", "NA_character_", "NA_real_", "NA_integer_"):
        return Node(line=line, scalar="")
    if isinstance(e, ast.Name) and e.id in ("TRUE", "FALSE"):
        return Node(line=line, scalar=e.id)
    if isinstance(e, ast.Constant) and isinstance(e.value, (str, int, float)) and not isinstance(e.value, bool):
        text = e.value if isinstance(e.value, str) else ast.get_source_segment(source, e) or str(e.value)
        return Node(line=line, scalar=text)
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant):
        return Node(line=line, scalar="-" + (ast.get_source_segment(source, e.operand) or str(e.operand.value)))
    return None


def parse_r_dput(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """([], the document's blocks) where the text holds `name <- dput-text` assignments of which one at
    least is a table (a data frame: a list of columns); every other line a paragraph in its place (a
    comment without its '#')."""
    lines = text.split("\n")
    # an assignment that never closes is given up at the next one (R's dput text puts none inside another):
    # each line is scanned once, not once for every unclosed assignment above it
    starts = [k for k, ln in enumerate(lines) if _R_ASSIGN.match(ln)] + [len(lines)]
    root, taken, k = Node(line=1, pairs=[]), set(), 0
    while k < len(lines):
        m = _R_ASSIGN.match(lines[k])
        end = _closing_line(lines, k, next(s for s in starts if s > k)) if m else None
        if end is not None:
            source = _r_source("\n".join([lines[k].split("<-", 1)[1].lstrip()] + lines[k + 1:end + 1]))
            try:
                tree = ast.parse(source, mode="eval").body
            except (SyntaxError, ValueError, RecursionError):
                tree = None
            if tree is not None and (node := _r_node(tree, k, source)) is not None:
                root.pairs.append((k + 1, m.group(1), node))
                taken.update(range(k, end + 1))
                k = end + 1
                continue
        k += 1
    found = nested_blocks(root) if root.pairs else None
    if found is None:
        return None
    out: list[tuple] = []
    loose = [(no + 1, ln.strip().lstrip("#").strip()) for no, ln in enumerate(lines) if no not in taken and ln.strip()]
    for block in found:
        at = block[1] if block[0] == "p" else block[1][0][0][0]
        while loose and loose[0][0] < at:
            out.append(("p", *loose.pop(0)))
        out.append(block)
    return [], out + [("p", no, x) for no, x in loose]


# -- a Java .properties file ----------------------------------------------------------------------------------
# Properties.store's lines: '#' or '!' comments, then key=value (or key:value) lines, every character outside
# printable ASCII a \uXXXX escape and = : # ! after a backslash; a system's keys are PATHS of dotted names
# (fund.total.budgetInitial, indicator.07.target), a number among them the place of a record in its list, and
# store() writes them in its hash order, not the form's: the tree is rebuilt from the paths, a list's records
# by their numbers.
# A key's names are words (any script's letters: Java 9+ reads a UTF-8 file) or escapes standing for them
# (Properties.store writes every character outside ASCII as \uXXXX, keys included, and '\:' for a colon).
_PROP_CHAR = r"(?:[\w-]|\\u[0-9A-Fa-f]{4}|\\[^u\s])"
_PROP_LINE = re.compile(rf"^((?:[^\W\d]|\\u[0-9A-Fa-f]{{4}}){_PROP_CHAR}*(?:\.{_PROP_CHAR}+)+)\s*[=:]\s*(.*)$")
_PROP_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|(.))")
MIN_PROPERTIES = 10     # a few key=value lines in a mail are no export
MAX_PROPERTY_PATH = 12  # a key of more names than this is no form's field (and would recurse as deep)


def _prop_text(text: str) -> str:
    return _PROP_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1)
                            else {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(m.group(2), m.group(2)), text)


def parse_properties(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the comment lines, the tree's blocks) where every line that is no comment is a dotted key's
    key=value line, MIN_PROPERTIES or more; None otherwise."""
    comments, pairs = [], []
    for no, ln in enumerate(text.split("\n"), 1):
        t = ln.strip()
        if not t:
            continue
        if t[0] in "#!":
            comments.append((no, _prop_text(t[1:].strip())))
        elif (m := _PROP_LINE.match(t)) and m.group(1).count(".") < MAX_PROPERTY_PATH:
            pairs.append((no, [_prop_text(name) for name in m.group(1).split(".")], _prop_text(m.group(2))))
        else:
            return None
    if len(pairs) < MIN_PROPERTIES:
        return None
    found = _path_blocks(pairs)
    return (comments, found) if found is not None else None


def _path_blocks(pairs: list[tuple[int, list[str], str]]) -> list[tuple] | None:
    """The blocks of a tree given as (line, key PATH, value) members (a .properties file's dotted keys, a
    registry export's key paths): a number among a path's names the place of a record in its list."""
    if any(len(path) > MAX_PROPERTY_PATH for _, path, _ in pairs):
        return None      # a path deeper than any form's fields (a hostile key) is no export: read as lines
    tree: dict = {}
    for no, path, value in pairs:
        at = tree
        for part in path[:-1]:
            at = at.setdefault(part, {})
            if not isinstance(at, dict):
                return None      # a key both a value and a path's stem
        at[path[-1]] = (no, value)

    def node(key_line: int, d) -> Node:
        if isinstance(d, tuple):
            return Node(line=d[0], scalar=d[1])
        kids = [(first_line(v), k, v) for k, v in d.items()]
        if all(k.isdigit() for _, k, _ in kids):      # a list's records, in their numbers' order
            return Node(line=key_line, items=[node(no, v) for no, k, v in sorted(kids, key=lambda x: int(x[1]))])
        pairs = []
        for no, k, v in sorted(kids, key=lambda x: x[0]):
            if isinstance(v, dict) and any(x.isdigit() for x in v) and not all(x.isdigit() for x in v):
                # a list beside members of its own (indicator.01… and indicator.count): the list under the
                # key, the members beside it named by their paths
                pairs.append((no, k, node(no, {x: y for x, y in v.items() if x.isdigit()})))
                pairs += [(first_line(y), f"{k}.{x}", node(first_line(y), y)) for x, y in v.items() if not x.isdigit()]
            else:
                pairs.append((no, k, node(no, v)))
        return Node(line=key_line, pairs=pairs)

    def first_line(d) -> int:
        return d[0] if isinstance(d, tuple) else min(first_line(v) for v in d.values())
    root = node(1, tree)
    head_first(root)
    return nested_blocks(root)


# -- a form's body as the browser sends it (application/x-www-form-urlencoded) ------------------------------------
# A web form's fields as one line of key=value pairs joined by '&', every byte outside the URL's safe ASCII a %XX
# escape of its UTF-8 and a blank '+' (a request body saved from the browser's developer tools, a proxy's log).
# A field's key is a PATH as the web frameworks write lists of records: 指标[3][年度指标值] (or 指标[3].年度指标值,
# 指标.3.年度指标值), a number the place of a record in its list, as a .properties key's is.
_URL_BODY = re.compile(r"^[^\s&=]+=[^\s&]*(?:&[^\s&=]+=[^\s&]*)+$")
_URL_KEY = re.compile(r"[^\[\].]+")


def parse_form_urlencoded(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the text's other lines, the tree's blocks) where a line is a URL-encoded form body of MIN_PROPERTIES
    fields or more, some of them escaped (%XX); None otherwise."""
    from urllib.parse import unquote_plus
    lines = text.split("\n")
    at = next((k for k, ln in enumerate(lines) if "%" in ln and ln.count("&") + 1 >= MIN_PROPERTIES
               and _URL_BODY.match(ln.strip())), None)
    if at is None:
        return None
    pairs = []
    for field in lines[at].strip().split("&"):
        key, _, value = field.partition("=")
        path = _URL_KEY.findall(unquote_plus(key, errors="replace"))
        if not path:
            return None
        pairs.append((at + 1, path, unquote_plus(value, errors="replace")))
    found = _path_blocks(pairs)
    if found is None:
        return None
    others = [(no, ln.strip()) for no, ln in enumerate(lines, 1) if no != at + 1 and ln.strip()]
    return [x for x in others if x[0] <= at], found + [("p", no, x) for no, x in others if no > at + 1]


# -- a form's body sent as multipart/form-data -------------------------------------------------------------------
# A web form's fields as the browser sends them when the form may carry files (RFC 7578): parts apart by a line
# '--BOUNDARY' (the last '--BOUNDARY--'), each its headers (Content-Disposition: form-data; name="…", a file's
# filename="…" and Content-Type), a blank line, and the value up to the next boundary line (a request saved from
# the developer tools or a proxy, the request line and headers before it). The names are PATHS as in a
# URL-encoded body (指标[3][年度指标值]); a file's part is no field and is named.
_MP_NAME = re.compile(r'^Content-Disposition:\s*form-data;\s*name="([^"]*)"(.*)$', re.I)


def parse_form_multipart(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first part, the tree's blocks) where MIN_PROPERTIES parts or more of one boundary
    each name a form field; None otherwise."""
    lines = [ln.rstrip("\r") for ln in text.split("\n")]
    starts = [k for k, ln in enumerate(lines) if ln.startswith("--") and k + 1 < len(lines)
              and _MP_NAME.match(lines[k + 1])]
    if len(starts) < MIN_PROPERTIES or len({lines[k] for k in starts}) != 1:
        return None
    boundary = lines[starts[0]]
    pairs, files, k = [], [], starts[0]
    while k < len(lines) and lines[k] == boundary:
        m = _MP_NAME.match(lines[k + 1]) if k + 1 < len(lines) else None
        if m is None:
            return None
        body = k + 2
        while body < len(lines) and lines[body].strip():
            body += 1      # the part's other headers (Content-Type)
        end = body + 1
        while end < len(lines) and lines[end] not in (boundary, boundary + "--"):
            end += 1
        if "filename=" in m.group(2):
            name = re.search(r'filename="([^"]*)"', m.group(2))
            files.append((k + 2, name.group(1) if name else ""))
        else:
            path = _URL_KEY.findall(m.group(1))
            if not path:
                return None
            pairs.append((body + 2, path, "\n".join(lines[body + 1:end]).strip()))
        k = end
    found = _path_blocks(pairs)
    if found is None:
        return None
    found += [("p", no, f"附件：{name}（文件内容未读取）") for no, name in files]
    before = [(no, ln.strip()) for no, ln in enumerate(lines[:starts[0]], 1) if ln.strip()]
    return before, found


# -- a Windows registry export (.reg) ----------------------------------------------------------------------------
# regedit's text: its version line, then a [HKEY_…\a\b] line per key and its values, "name"="text" (\\ and \"
# escaped), "name"=dword:0000000a (a whole number in HEX), @= the key's default value. The keys' paths below the
# one they share are the tree's (a numbered subkey a record of a list, as a dotted key's number is); regedit lists
# subkeys in sorted order, no document's.
_REG_HEAD = re.compile(r"^\ufeff?(?:Windows Registry Editor Version \d+\.\d+|REGEDIT4)\s*$")
_REG_KEY = re.compile(r"^\[(-?)(HKEY_[^\]]*)\]\s*$")
_REG_VALUE = re.compile(r'^(?:"((?:[^"\\]|\\.)*)"|@)=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9A-Fa-f]{8})|(.*))$')


def parse_reg(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """([], the tree's blocks) where the text is a registry export holding records; None otherwise."""
    lines = text.split("\n")
    first = next((k for k, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not _REG_HEAD.match(lines[first].strip()):
        return None
    keys, values, at = [], [], None
    for no, ln in enumerate(lines[first + 1:], first + 2):
        t = ln.strip()
        if not t or t.startswith(";"):
            continue
        if m := _REG_KEY.match(t):
            at = None if m.group(1) else m.group(2).split("\\")      # [-…] deletes a key: no values
            if at:
                keys.append(at)
        elif at and (m := _REG_VALUE.match(t)):
            name = re.sub(r"\\(.)", r"\1", m.group(1)) if m.group(1) is not None else "默认"
            value = re.sub(r"\\(.)", r"\1", m.group(2)) if m.group(2) is not None \
                else str(int(m.group(3), 16)) if m.group(3) else m.group(4)
            values.append((no, at, name, value))
    if not values:
        return None
    shared = 0
    while all(len(k) > shared and k[shared] == keys[0][shared] for k in keys):
        shared += 1
    found = _path_blocks([(no, key[shared:] + [name], value) for no, key, name, value in values])
    return ([], found) if found is not None else None


# -- JSON -------------------------------------------------------------------------------------------------------
# A JSON string, or one of JSON's three words outside strings (Python's grammar writes them True / False / None).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\b(?:true|false|null)\b')
_PY_WORD = {"true": "True", "false": "False", "null": "None"}


def parse_json(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """([], the document's blocks) where the whole text is one JSON object holding records or tables,
    however it is laid out (the module's docstring); None otherwise."""
    body = text.lstrip()
    if not body.startswith("{"):
        return None
    try:
        json.loads(body)
    except (ValueError, RecursionError):   # nested past the decoder's depth: the text reader's lines
        return None
    offset = text[:len(text) - len(body)].count("\n")
    root = _json_root(body, offset)
    found = nested_blocks(root) if root is not None else None
    return ([], found) if found is not None else None


def _json_root(body: str, offset: int) -> Node | None:
    """A JSON document's tree (its lines numbered from offset + 1), read by the Python literal's grammar."""
    # JSON's "\/" is "/": Python's grammar would keep the backslash
    source = _JSON_TOKEN.sub(lambda m: _PY_WORD.get(m.group(0)) or m.group(0).replace("\\/", "/"), body.rstrip())
    try:
        tree = ast.parse(source, mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return None
    return _py_node(tree, offset, source)


def _merged(a: Node, b: Node) -> None:
    """b's members put into a: a member both hold as mappings merged, as lists one list (a page's rows after the
    last page's), any other added."""
    if a.items is not None and b.items is not None:
        a.items += b.items
        return
    for no, key, v in b.pairs or ():
        same = next((w for _, k, w in a.pairs if k == key and (w.pairs is not None and v.pairs is not None
                                                               or w.items is not None and v.items is not None)), None)
        if same is not None:
            _merged(same, v)
        else:
            a.pairs.append((no, key, v))


# An HTTP request's line in a saved exchange or a console (GET jx_index/_search, POST /api/v1/forms?page=2 HTTP/1.1).
_REQUEST_LINE = re.compile(r"^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+(\S+?)(?:\?\S*)?(?:\s+HTTP/[\d.]+)?"
                           r"(?:\s+[1-5]\d\d)?\s*$")     # (a script's print may add the answer's status code)


def _asked(lines: list[str], k: int) -> str | None:
    """The resource of the last request line above lines[k] (its path, the query string left off), or None."""
    return next((m.group(1) for ln in reversed(lines[:k]) if (m := _REQUEST_LINE.match(ln))), None)


def parse_json_exchange(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """parse_json_documents where the documents answer requests to more than one resource (a search console's
    saved session: GET one_index/_search and its JSON, GET other_index/_search and its JSON), read before a
    Python literal's grammar, which would take the first request's body (a JSON object is a Python literal
    too) as the whole of the text's data."""
    lines = text.split("\n")
    asked = {m.group(1) for ln in lines if (m := _REQUEST_LINE.match(ln))}
    return parse_json_documents(text) if len(asked) > 1 else None


MAX_JSON_TRIES = 200     # lines opening with '{' that hold no document: past these a text is no exchange (each try
                         # reads on to where the document breaks)


def parse_json_documents(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first document, the documents' blocks, then the other lines as paragraphs) where the
    text holds JSON objects among other lines (an API client's saved exchange: a request line, headers and body,
    then the reply's status, headers and body pretty-printed; a second request for the next page, its reply): a
    document opens with '{' at a line's start and ends at its closing brace, the rest of that line blank. The
    documents are one tree, each merged into the ones before (a page's rows after the last page's), which must
    hold a table. None otherwise (one document alone is parse_json's)."""
    lines = text.split("\n")
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    decoder = json.JSONDecoder()
    docs = []      # (first line index, last line index)
    trees = []
    root = None
    k = failed = 0
    while k < len(lines) and failed < MAX_JSON_TRIES:
        if not lines[k].startswith("{"):
            k += 1
            continue
        try:
            _, end = decoder.raw_decode(text, starts[k])
        except (ValueError, RecursionError):
            k += 1
            failed += 1
            continue
        last = text.count("\n", 0, end)
        if text[end:starts[last + 1] - 1 if last + 1 < len(lines) else len(text)].strip() \
                or (tree := _json_root(text[starts[k]:end], k)) is None or tree.pairs is None:
            k += 1
            continue
        docs.append((k, last))
        trees.append(tree)
        k = last + 1
    root = trees[0] if trees else None
    if root is None or (len(docs) == 1 and not "".join(lines[:docs[0][0]] + lines[docs[0][1] + 1:]).strip()):
        return None
    if any(_by_columns(t) is not None for t in trees):
        # documents that are each a table written column by column (a script printing its data frames one
        # after another): each its own table, in its place; no pages of one table, so nothing merged
        found = []
        for t in trees:
            if (grid := _by_columns(t)) is not None:
                found.append(("t", grid))
            else:
                found += nested_blocks(t) or scalar_lines(t)
    elif len(paths := list(dict.fromkeys(_asked(lines, k) for k, _ in docs))) > 1:
        # requests to different resources (a search console's GET one_index/_search, then GET other_index/_search):
        # each request's documents are one tree of their own, pages of one table only where the resource is one
        found, held = [], False
        for path in paths:
            group = [t for (k, _), t in zip(docs, trees) if _asked(lines, k) == path]
            for tree in group[1:]:
                _merged(group[0], tree)
            got = nested_blocks(group[0])
            held = held or got is not None
            # a resource answering no table (a head record's one row): its members all the same, nested or not
            found += got if got is not None else nested_blocks(group[0], table=False)
        found = found if held else None
    else:
        for tree in trees[1:]:
            _merged(root, tree)
        found = nested_blocks(root)
    if found is None:
        return None
    inside = {j for a, b in docs for j in range(a, b + 1)}
    before = [(no, x.strip().lstrip("\ufeff")) for no, x in enumerate(lines[:docs[0][0]], 1) if x.strip()]
    return before, found + [("p", j + 1, lines[j].strip()) for j in range(docs[0][0], len(lines))
                            if j not in inside and lines[j].strip()]


# -- a JSON document a program logged in pieces, one log line each ------------------------------------------------
# A logger keeps its lines short by cutting a long message (a request's body) into pieces of so many characters, each
# piece logged as a line of its own behind the logger's prefix (adb logcat: 03-19 09:41:08.218 12877 12931 D Tag: …),
# the cuts anywhere (inside a key, a figure, a word), other sources' lines between them. The pieces are the lines whose
# prefix is the first piece's, its figures aside (the clock runs on): their tails joined are the document.
MAX_LOG_PIECES = 200     # lines looked at past a document's first piece
_LOG_DIGITS = re.compile(r"\d+")


def _log_masked(prefix: str) -> str:
    return _LOG_DIGITS.sub("0", prefix)


def parse_log_pieces(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before, the document's blocks with the lines around it as paragraphs and a warning naming the
    lines joined) where a line's tail opens a JSON object that does not close on it and the tails of the lines
    after it under the same log prefix (figures aside; each prefix ending in ': ') complete it; None otherwise."""
    lines = text.split("\n")
    decoder = json.JSONDecoder()
    for k, ln in enumerate(lines):
        at = ln.find('{"')
        if at < 0:
            continue
        try:
            decoder.raw_decode(ln, at)
            continue             # a whole document on its line: no pieces
        except (ValueError, RecursionError):
            pass
        ends = [m.end() for m in re.finditer(r": ", ln[:at])]
        for end in reversed(ends):
            mask = _log_masked(ln[:end])
            body, used, root = ln[at:], [], None
            for j in range(k + 1, min(len(lines), k + 1 + MAX_LOG_PIECES)):
                cut = next((m.end() for m in re.finditer(r": ", lines[j]) if _log_masked(lines[j][:m.end()]) == mask), None)
                if cut is None:
                    continue
                body += lines[j][cut:]
                used.append(j)
                try:
                    _, stop = decoder.raw_decode(body)
                except (ValueError, RecursionError):
                    continue
                if body[stop:].strip() or (root := _json_root(body, k)) is None:
                    root = None
                break
            if root is None or root.pairs is None or (found := nested_blocks(root)) is None:
                continue
            before = [(no, x.strip().lstrip("\ufeff")) for no, x in enumerate(lines[:k], 1) if x.strip()]
            said = ("w", k + 1, f"第{k + 1}行起的JSON被日志分成{len(used) + 1}行记录（各行前有同一日志前缀，中间夹有其他来源的行），"
                                f"已去掉前缀接回读取（第{k + 1}、{'、'.join(str(j + 1) for j in used)}行），请核对原件")
            label = [("p", k + 1, ln[:at].strip())] if ln[:at].strip() else []
            after = [("p", j + 1, lines[j].strip()) for j in range(k + 1, len(lines)) if j not in used and lines[j].strip()]
            return before, label + [said] + found + after
    return None


# -- braced configuration text: HOCON, protobuf's text format ----------------------------------------------------
# One grammar of fields inside braces: `key { … }` an object, `key = value` / `key: value` a member ('+=' appends
# to a list), `[ … ]` a list, members and list items apart by a comma or a line break; '#' and '//' comments. A
# key is a PATH (效益指标.经济效益指标 = … is 经济效益指标 inside 效益指标, merged with the object's other
# members); a key written again for another object (protobuf's repeated `indicators { … }` blocks) makes a list.
# A value is a quoted string (its escapes: \uXXXX a character, \ooo and \xHH BYTES of the UTF-8 the string is,
# as protobuf's DebugString writes every non-ASCII byte), a """ string, ${path} (the value at that path), or the
# unquoted text up to the line's end, a comma or a bracket (5260亩, ≥90%, 1800.00 as written).
# an HCL heredoc (<<EOT … EOT, <<-EOT … its lines' common indent dropped): a text over lines, its closing tag alone
_BR_TOKEN = re.compile(r'<<(?P<dash>-?)(?P<tag>[A-Za-z_]\w*)[ \t]*\n(?P<here>.*?)\n[ \t]*(?P=tag)(?=[ \t]*(?:\n|$))'
                       r'|"""(?P<raw>.*?)"""|"(?P<str>(?:[^"\\\n]|\\.)*)"|\'(?P<sq>(?:[^\'\\\n]|\\.)*)\''
                       r'|\$\{\??(?P<sub>[^}]*)\}|(?P<comment>#|//)[^\n]*|(?P<nl>\n)|(?P<punct>\+=|[{}\[\]:=,])'
                       r'|(?P<ws>[ \t\r\f\ufeff]+)|(?P<word>(?:[^\s"\'${}\[\]:=,+#/\\]|/(?!/)|\+(?!=))+)', re.S)
_BR_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|([0-7]{1,3})|x([0-9A-Fa-f]{2})|(.))", re.S)
MIN_BRACED_LINES = 8     # a few braces in a mail are no export


def _braced_string(body: str) -> str:
    out, k = bytearray(), 0
    for m in _BR_ESCAPE.finditer(body):
        out += body[k:m.start()].encode("utf-8")
        if m.group(1):
            out += character(int(m.group(1), 16)).encode("utf-8")
        elif m.group(2) or m.group(3):
            out.append(int(m.group(2), 8) & 0xFF if m.group(2) else int(m.group(3), 16))
        else:
            out += {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "b": "\b"}.get(m.group(4), m.group(4)).encode("utf-8")
        k = m.end()
    return (out + body[k:].encode("utf-8")).decode("utf-8", "replace")


class _Braced:
    """A recursive-descent reader of the tokens; raises ValueError where the text leaves the grammar."""

    def __init__(self, text: str, line: int):
        self.toks: list[tuple[str, str, int]] = []      # (kind, text, the file's line)
        k = 0
        while k < len(text):
            m = _BR_TOKEN.match(text, k)
            if m is None:
                self.toks.append(("bad", text[k], line))
                k += 1
                continue
            kind = m.lastgroup
            if kind == "here":     # a heredoc: its text a raw string's
                body = m.group("here")
                self.toks.append(("raw", textwrap.dedent(body) if m.group("dash") else body, line))
            elif kind not in ("ws", "comment"):
                self.toks.append((kind, m.group(kind) if kind in ("raw", "str", "sq", "sub") else m.group(0), line))
            line += m.group(0).count("\n")
            k = m.end()
        self.toks.append(("end", "", line))
        self.at = 0
        self.subs: list[tuple[Node, str]] = []

    def peek(self, skip_nl: bool = False) -> tuple[str, str, int]:
        k = self.at
        while skip_nl and self.toks[k][0] == "nl":
            k += 1
        return self.toks[k]

    def take(self, skip_nl: bool = False) -> tuple[str, str, int]:
        while skip_nl and self.toks[self.at][0] == "nl":
            self.at += 1
        tok = self.toks[self.at]
        self.at += 1
        return tok

    def members(self, closing: str | None) -> list[tuple[int, list[str], str, Node]]:
        """(key's line, key path, '=' or '+=', value) up to the closing brace (or the text's end); at the top
        level a line the grammar does not hold ends the members (a log line after the dump)."""
        out = []
        while True:
            kind, tok, line = self.peek(skip_nl=True)
            if (closing and tok == closing and kind == "punct") or kind == "end":
                if closing:
                    self.take(skip_nl=True)
                return out
            start = self.at
            try:
                out.append(self.member())
            except ValueError:
                if closing:
                    raise
                self.at = start
                return out
            if self.peek()[1] == "," and self.peek()[0] == "punct":
                self.take()

    def member(self) -> tuple[int, list[str], str, Node]:
        path, line = [], self.peek(skip_nl=True)[2]
        while self.peek()[0] == "nl":
            self.take()
        if self.peek()[0] not in ("word", "str", "sq"):
            raise ValueError(self.peek())
        was_word = False
        while self.peek()[0] in ("word", "str", "sq"):
            kind, tok, _ = self.take()
            parts = tok.split(".") if kind == "word" else [_braced_string(tok)]
            if was_word and kind == "word":     # an unquoted key's words: one name
                path[-1] += " " + parts.pop(0)
            path += parts
            was_word = kind == "word"
        op = "="
        if self.peek()[1] in (":", "=", "+=") and self.peek()[0] == "punct":
            op = "+=" if self.take()[1] == "+=" else "="
        elif self.peek()[1] != "{":
            raise ValueError(self.peek())
        return line, path, op, self.value()

    def value(self) -> Node:
        kind, tok, line = self.take(skip_nl=True)
        if kind == "punct" and tok == "{":
            return self.obj(line, self.members("}"))
        if kind == "punct" and tok == "[":
            items = []
            while not (self.peek(skip_nl=True)[0] == "punct" and self.peek(skip_nl=True)[1] == "]"):
                items.append(self.value())
                if self.peek()[0] == "punct" and self.peek()[1] == ",":
                    self.take()
            self.take(skip_nl=True)
            return Node(line=line, items=items)
        parts = []
        while kind in ("word", "str", "sq", "raw", "sub"):
            if kind == "sub":
                node = Node(line=line, scalar="")
                self.subs.append((node, tok))
                return node
            parts.append(tok if kind in ("word", "raw") else _braced_string(tok))
            if self.peek()[0] not in ("word", "str", "sq", "raw"):
                return Node(line=line, scalar=" ".join(parts).strip())
            kind, tok, line = self.take()
        raise ValueError((kind, tok))

    @staticmethod
    def obj(line: int, members) -> Node:
        """The members as one mapping: a path's stems objects merged, '+=' an item appended, a key written
        again for another object a list of them."""
        node = Node(line=line, pairs=[])
        for no, path, op, value in members:
            at = node
            for stem in path[:-1]:
                kid = next((v for _, k, v in at.pairs if k == stem), None)
                if kid is None:
                    kid = Node(line=no, pairs=[])
                    at.pairs.append((no, stem, kid))
                if kid.pairs is None:
                    raise ValueError(stem)
                at = kid
            key = path[-1]
            k = next((n for n, (_, name, _) in enumerate(at.pairs) if name == key), None)
            if k is None:
                at.pairs.append((no, key, Node(line=no, items=[value]) if op == "+=" else value))
                continue
            old = at.pairs[k][2]
            if op == "+=" and old.items is not None:
                old.items.append(value)
            elif old.items is not None and getattr(old, "repeated", False):
                old.items.append(value)
            elif op != "+=" and old.pairs is not None and value.pairs is not None or op == "=" and \
                    old.scalar is not None and value.scalar is not None:
                repeated = Node(line=old.line, items=[old, value])
                repeated.repeated = True
                at.pairs[k] = (at.pairs[k][0], key, repeated)
            else:
                at.pairs[k] = (no, key, value)
        return node


def parse_braced(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the configuration as paragraphs, its blocks and the lines after it) where a line
    opens a braced configuration (HOCON, protobuf's text format: the grammar above) of MIN_BRACED_LINES or
    more lines holding records; None otherwise."""
    if "{" not in text or "}" not in text:
        return None
    lines = text.split("\n")
    for start, ln in enumerate(lines):
        t = ln.strip().lstrip("\ufeff")
        if not t or t.startswith(("#", "//")) or not re.match(r'^[^\s=:{}\[\]]+(?:\s*(?:[:=]|\+=)\s*\S|\s*\{)', t):
            continue
        reader = _Braced("\n".join(lines[start:]), start + 1)
        try:
            root = _Braced.obj(start + 1, reader.members(None))
        except (ValueError, RecursionError):
            return None
        # the first line the grammar does not hold ends it (its index the line's number less one)
        end = len(lines) if reader.peek(skip_nl=True)[0] == "end" else reader.peek(skip_nl=True)[2] - 1
        if end - start < MIN_BRACED_LINES:
            return None
        for node, path in reader.subs:
            node.scalar = _at_path(root, path.split("."))
        found = nested_blocks(root)
        if found is None:
            return None
        before, after = around(lines, start, end)
        return before, found + after
    return None


def _at_path(root: Node, path: list[str]) -> str:
    at = root
    for stem in path:
        at = next((v for _, k, v in at.pairs or () if k == stem), None)
        if at is None:
            return ""
    return at.scalar or ""


# -- a Lua table (inspect.lua, serpent, a script's own dump) -----------------------------------------------------
# One constructor grammar for mappings and lists: `{` members `}`, a member `name = v`, `["key"] = v` / `[1] = v`,
# or a bare value (the next item of the table's list part); ',' or ';' between members, '--' comments. A table
# with keyed members is a mapping (its list part, if any, keyed 1, 2 …), one without a list. A string "…" or '…'
# with Lua's escapes (\ddd a byte in decimal, \xhh, \u{hhhh}), a number as written, nil an empty cell;
# inspect.lua's <1> / <table 1> marks of a shared table are no value of the form's.
_LUA_TOKEN = re.compile(r'"(?P<dq>(?:[^"\\\n]|\\.)*)"|\'(?P<sq>(?:[^\'\\\n]|\\.)*)\'|(?P<comment>--[^\n]*)'
                        r'|(?P<nl>\n)|(?P<mark><[^<>\n]{1,40}>)|(?P<punct>[{}\[\]=,;])|(?P<ws>[ \t\r\f\ufeff]+)'
                        r'|(?P<number>-?(?:0[xX][0-9A-Fa-f]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?))|(?P<name>[A-Za-z_]\w*)')
_LUA_ESCAPE = re.compile(r"\\(?:(\d{1,3})|x([0-9A-Fa-f]{2})|u\{([0-9A-Fa-f]+)\}|z\s*|(.))", re.S)
_LUA_OPENS = re.compile(r"^(?:return\s+|(?:local\s+)?[A-Za-z_][\w.]*\s*=\s*)?\{")


def _lua_string(body: str) -> str:
    out, k = bytearray(), 0
    for m in _LUA_ESCAPE.finditer(body):
        out += body[k:m.start()].encode("utf-8")
        if m.group(1) or m.group(2):
            out.append(int(m.group(1)) & 0xFF if m.group(1) else int(m.group(2), 16))
        elif m.group(3):
            out += character(int(m.group(3), 16)).encode("utf-8")
        elif m.group(4) is not None:
            out += {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}.get(
                m.group(4), m.group(4)).encode("utf-8")
        k = m.end()
    return (out + body[k:].encode("utf-8")).decode("utf-8", "replace")


def _tokens(grammar: re.Pattern, text: str, line: int, skip: tuple, bodied: tuple) -> list[tuple[str, str, int]]:
    """The text's tokens by the grammar's named groups, (kind, text, line): a kind in `bodied` its group's text
    (a string's body without its quotes), the others the whole match; the kinds in `skip` left out; ValueError
    where the text leaves the grammar."""
    toks, k = [], 0
    while k < len(text):
        m = grammar.match(text, k)
        if m is None:
            raise ValueError(text[k])
        kind = m.lastgroup
        if kind not in skip:
            toks.append((kind, m.group(kind) if kind in bodied else m.group(0), line))
        line += m.group(0).count("\n")
        k = m.end()
    return toks + [("end", "", line)]


def _lua_tokens(text: str, line: int) -> list[tuple[str, str, int]]:
    return _tokens(_LUA_TOKEN, text, line, ("ws", "comment", "nl"), ("dq", "sq"))


def _lua_table(toks: list, at: int) -> tuple[Node, int]:
    """The table whose '{' is toks[at], and the index after its '}'; ValueError where the text leaves the
    grammar."""
    line = toks[at][2]
    keyed, items = [], []
    at += 1
    while toks[at][1] != "}" or toks[at][0] != "punct":
        kind, tok, no = toks[at]
        if kind == "punct" and tok == "[":
            key, at = _lua_value(toks, at + 1)
            if key.scalar is None or toks[at][1] != "]" or toks[at + 1][1] != "=":
                raise ValueError(toks[at])
            value, at = _lua_value(toks, at + 2)
            keyed.append((no, key.scalar, value))
        elif kind in ("name", "mark") and toks[at + 1][1] == "=" and toks[at + 1][0] == "punct":
            value, at = _lua_value(toks, at + 2)
            keyed.append((no, tok, value))
        else:
            value, at = _lua_value(toks, at)
            items.append(value)
        if toks[at][0] == "punct" and toks[at][1] in ",;":
            at += 1
        elif toks[at][1] != "}":
            raise ValueError(toks[at])
    if keyed:
        return Node(line=line, pairs=[(v.line, str(n), v) for n, v in enumerate(items, 1)] + keyed), at + 1
    return Node(line=line, items=items), at + 1


def _lua_value(toks: list, at: int) -> tuple[Node, int]:
    kind, tok, line = toks[at]
    if kind == "mark" and toks[at + 1][1] == "{":     # inspect.lua's <1>{…}: the table it marks
        return _lua_table(toks, at + 1)
    if kind == "punct" and tok == "{":
        return _lua_table(toks, at)
    if kind in ("dq", "sq"):
        return Node(line=line, scalar=_lua_string(tok)), at + 1
    if kind == "number" or kind == "mark":
        return Node(line=line, scalar=tok), at + 1
    if kind == "name" and tok in ("true", "false", "nil"):
        return Node(line=line, scalar="" if tok == "nil" else tok), at + 1
    raise ValueError(toks[at])


def parse_lua(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the table, its blocks and the lines after it as paragraphs) where a line opens a Lua
    table constructor AT THE MARGIN (a bare '{', 'return {', 'name = {'; a dump's inner tables are indented) of
    MIN_PY_LINES lines or more holding records; None otherwise."""
    lines = text.split("\n")
    starts = [k for k, ln in enumerate(lines) if _LUA_OPENS.match(ln)] + [len(lines)]
    for start, stop in zip(starts, starts[1:]):
        head = lines[start]
        brace = head.index("{")
        end = _closing_line([head[brace:]] + lines[start + 1:stop], 0)
        if end is None or end + 1 < MIN_PY_LINES:
            continue
        body = "\n".join([head[brace:]] + lines[start + 1:start + end + 1])
        try:
            toks = _lua_tokens(body, start + 1)
            root, after = _lua_table(toks, 0)
        except (ValueError, IndexError, RecursionError):
            continue
        if toks[after][0] != "end" or root.pairs is None:
            continue
        head_first(root)
        found = nested_blocks(root)
        if found is None:
            continue
        before, after = around(lines, start, start + end + 1)
        return before, found + after
    return None


# -- EDN (Clojure's data: a REPL's pprint, a program's export) -----------------------------------------------------
# A map {k v k v …}, a vector [ … ], a list ( … ) or a set #{ … }; commas are white space, ';' a comment. A key a
# keyword (:项目名称, read without its colon) or any value; a string "…" with \-escapes, a number as written less
# its BigDecimal / BigInt mark (1200.00M, 7N), nil an empty cell, true / false and a symbol as written; a tag
# (#inst "…") marks the value after it. A map of more than eight keys is a hash map, printed in HASH ORDER (the
# same keys in the same order in every record of a list, but not the form's): its keys name its cells anyway.
_EDN_TOKEN = re.compile(r'"(?P<str>(?:[^"\\]|\\.)*)"|(?P<comment>;[^\n]*)|(?P<ws>[\s,]+)|(?P<open>#\{|[\[{(])'
                        r'|(?P<close>[\]})])|(?P<kw>:[^\s,{}\[\]()"\\;]+)'
                        r'|(?P<num>[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?[MN]?(?=[\s,{}\[\]()";]|$))'
                        r'|(?P<sym>[^\s,{}\[\]()"\\;]+)')
_EDN_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|(.))", re.S)
_EDN_OPENS = re.compile(r"^[\[{(]\s*(?:[\[{(]\s*)?:[^\s,{}\[\]()\"]")   # at the margin, its first member a keyword
_EDN_CLOSES = {"{": "}", "#{": "}", "[": "]", "(": ")"}


def _edn_tokens(text: str, line: int) -> list[tuple[str, str, int]]:
    return _tokens(_EDN_TOKEN, text, line, ("ws", "comment"), ("str",))


def _edn_value(toks: list, at: int) -> tuple[Node, int]:
    """The value at toks[at] and the index after it; ValueError where the text leaves the grammar."""
    kind, tok, line = toks[at]
    if kind == "sym" and tok.startswith("#") and len(tok) > 1:     # a tag: the value it marks
        return _edn_value(toks, at + 1)
    if kind == "open":
        members, at = [], at + 1
        while toks[at][0] != "close":
            value, at = _edn_value(toks, at)
            members.append(value)
        if toks[at][1] != _EDN_CLOSES[tok]:
            raise ValueError(toks[at])
        if tok != "{":
            return Node(line=line, items=members), at + 1
        if len(members) % 2:
            raise ValueError(toks[at])
        keys = members[0::2]
        if any(k.scalar is None for k in keys):
            raise ValueError(toks[at])
        return Node(line=line, pairs=[(k.line, k.scalar, v) for k, v in zip(keys, members[1::2])]), at + 1
    if kind == "str":
        text = _EDN_ESCAPE.sub(lambda m: character(int(m.group(1), 16)) if m.group(1)
                               else {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(2), m.group(2)), tok)
        return Node(line=line, scalar=text), at + 1
    if kind == "kw":
        return Node(line=line, scalar=tok[1:]), at + 1
    if kind == "num":
        return Node(line=line, scalar=tok.rstrip("MN")), at + 1
    if kind == "sym":
        return Node(line=line, scalar="" if tok == "nil" else tok), at + 1
    raise ValueError(toks[at])


def parse_edn(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the value, its blocks and the lines after it as paragraphs) where a line opens an EDN
    map or vector AT THE MARGIN whose first member is a keyword ({:项目 …, [{:序号 …) of MIN_PY_LINES lines or more
    holding records; None otherwise."""
    lines = text.split("\n")
    for start in (k for k, ln in enumerate(lines) if _EDN_OPENS.match(ln)):
        end = _closing_line(lines, start)
        if end is None or end + 1 - start < MIN_PY_LINES:
            continue
        try:
            toks = _edn_tokens("\n".join(lines[start:end + 1]), start + 1)
            root, after = _edn_value(toks, 0)
        except (ValueError, IndexError, KeyError, RecursionError):
            continue
        if toks[after][0] != "end":
            continue
        found = nested_blocks(root)
        if found is None:
            continue
        before, rest = around(lines, start, end + 1)
        return before, found + rest
    return None


# -- Prolog facts (a checker's fact base) ---------------------------------------------------------------------------
# A fact a line, `name(arg, arg, …).`: an argument a quoted atom '…' ('' or \' a quote inside; '' alone an empty
# cell), a string "…", a number as written or a bare atom (Chinese words are atoms). A fact base names no argument:
# a comment giving a predicate's arguments by words (% zb(序号, 一级指标, …, 得分).) is its LEGEND, and the facts of
# that predicate are the records of a table under it; a two-argument predicate whose first arguments are bare
# atoms, all different (xm(项目名称, '…')), is a mapping of those names to the values. Directives and rules (:-)
# and facts of a predicate with no legend are no records (they stay text).
_PL_FACT = re.compile(r"^([a-z\u4e00-\u9fff][\w\u4e00-\u9fff]*)\((.*)\)\.\s*(?:%.*)?$")
_PL_LEGEND = re.compile(r"^%+\s*([a-z][\w]*)\(([^()'\"]*)\)\.?")
_PL_ARG = re.compile(r"\s*(?:'((?:[^'\\]|''|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"
                     r"|([a-z\u4e00-\u9fff][\w\u4e00-\u9fff]*))\s*(,|$)")
MIN_PL_FACTS = 5     # a few facts in a note are no fact base


def _pl_args(body: str) -> list[tuple[str, bool]] | None:
    """The arguments of a fact's body as (text, a bare atom?), or None where one is no constant."""
    out, k = [], 0
    while k < len(body):
        m = _PL_ARG.match(body, k)
        if m is None or m.end() == k:
            return None
        quoted, string, number, atom, _ = m.groups()
        text = quoted if quoted is not None else string if string is not None else number or atom
        if quoted is not None or string is not None:
            text = re.sub(r"''|\\(.)", lambda x: x.group(1) if x.group(1) is not None else "'", text)
        out.append((text, atom is not None))
        k = m.end()
    return out


def parse_prolog(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first fact, the facts' blocks and the lines after the last as paragraphs) where the
    text holds MIN_PL_FACTS facts or more of predicates its comments give legends for; None otherwise."""
    lines = text.split("\n")
    legends = {}
    for ln in lines:
        if (m := _PL_LEGEND.match(ln.strip())):
            legends.setdefault(m.group(1), [x.strip() for x in m.group(2).split(",")])
    facts = []     # (line index, name, args)
    for k, ln in enumerate(lines):
        if (m := _PL_FACT.match(ln.strip())) and m.group(1) in legends \
                and (args := _pl_args(m.group(2))) is not None and len(args) == len(legends[m.group(1)]):
            facts.append((k, m.group(1), args))
    if len(facts) < MIN_PL_FACTS:
        return None
    root = Node(line=facts[0][0] + 1, pairs=[])
    for name in dict.fromkeys(f[1] for f in facts):
        mine = [f for f in facts if f[1] == name]
        firsts = [a[0] for _, _, a in mine]
        if len(legends[name]) == 2 and all(bare for _, bare in firsts) and len(set(firsts)) == len(firsts):
            value = Node(line=mine[0][0] + 1, pairs=[(k + 1, a[0][0], Node(line=k + 1, scalar=a[1][0]))
                                                   for k, _, a in mine])
        else:
            value = Node(line=mine[0][0] + 1, items=[
                Node(line=k + 1, pairs=[(k + 1, label, Node(line=k + 1, scalar=t))
                                        for label, (t, _) in zip(legends[name], a)]) for k, _, a in mine])
        root.pairs.append((mine[0][0] + 1, name, value))
    found = nested_blocks(root)
    if found is None:
        return None
    before, after = around(lines, facts[0][0], facts[-1][0] + 1)
    between = [("p", k + 1, ln.strip()) for k, ln in enumerate(lines[facts[0][0]:facts[-1][0]], facts[0][0])
               if ln.strip() and not _PL_FACT.match(ln.strip())]
    return before, between + found + after


# -- a Fortran namelist ---------------------------------------------------------------------------------------------
# Groups `&NAME` … `/` (or `&END`, `$END`), each of `VAR = values` assignments: values apart by commas or blanks,
# `r*v` r values v, a string in '…' or "…" (a quote doubled inside), .T. / .F., an empty value between two
# commas; `VAR(i) = v` the i-th element alone; '!' a comment. A group's arrays of one length are a table written
# COLUMN BY COLUMN (row i the i-th value of each); its scalars its members. A namelist tells no scalar from an array
# whose first element alone is given (ZJFZ = 10 sets ZJFZ(1)), so a single value written AMONG or AFTER a group's
# arrays is one more column given on the first row only, as a merged cell spanning the rows reads (a fund's 分值 /
# 执行率 / 得分 beside its sources' arrays); one written before the first array (a count, NZB = 14) stands above the
# table, the group's member. A comment listing the variables'
# names each followed by words (! XMMC 项目名称  ZGBM 主管部门) is their legend: they are read under those words.
_NML_GROUP = re.compile(r"^\s*[&$]([A-Za-z]\w*)\s*(.*)$")
_NML_END = re.compile(r"^\s*(?:/|[&$]END\b)", re.I)
_NML_TOKEN = re.compile(r"'((?:[^']|'')*)'|\"((?:[^\"]|\"\")*)\"|(\d+)\*|([A-Za-z]\w*)\s*(?:\(\s*(\d+)\s*\))?\s*=|(,)"
                        r"|([^\s,'\"/!=]+)|(!.*$)|(/)", re.M)
_NML_LEGEND = re.compile(r"\b([A-Z][A-Z0-9_]{1,11})\s+([^\sA-Za-z!][^\s!]*)")
MIN_NML_VALUES = 10      # a namelist of a few settings is no report
MAX_NML_VALUES = 10_000  # a group of more values (repeat counts, an element's index) is no form's, and costs as many


def parse_namelist(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines outside the groups, the groups' blocks) where the text holds namelist groups with a table
    (arrays of one length); None otherwise."""
    lines = text.split("\n")
    legend, loose, groups, k = {}, [], [], 0
    while k < len(lines):
        m = _NML_GROUP.match(lines[k])
        if m is None or m.group(1).upper() == "END":
            t = lines[k].strip().lstrip("\ufeff")
            if t.startswith("!"):
                legend.update(_NML_LEGEND.findall(t))
            if t:
                loose.append((k + 1, t.lstrip("!").strip()))
            k += 1
            continue
        start, body = k, [m.group(2)]
        k += 1
        while k < len(lines) and not _NML_END.match(lines[k]) and not _NML_GROUP.match(lines[k]):
            body.append(lines[k])
            k += 1
        if k >= len(lines) or not _NML_END.match(lines[k]):
            return None      # a group never closed
        groups.append((start + 1, m.group(1), _nml_values("\n".join(body), start + 1)))
        k += 1
    if not groups or any(g[2] is None for g in groups) or sum(len(v) for *_, g in groups for v in g.values()) < MIN_NML_VALUES:
        return None

    def name(var: str) -> str:
        return legend.get(var.upper(), var)
    root = Node(line=1, pairs=[])
    for no, group, values in groups:
        size = max(len(v) for _, v in values.values()) if values else 0
        first = next((k for k, (_, v) in enumerate(values.values()) if len(v) > 1), 0)    # in the order written
        head = {var for k, (var, (_, v)) in enumerate(values.items()) if len(v) == 1 and size > 1 and k < first}
        arrays = [(line, var, v) for var, (line, v) in values.items() if var not in head]
        node = Node(line=no, pairs=[(line, name(var), Node(line=v[0][0], scalar=v[0][1]))
                                    for var, (line, v) in values.items() if var in head])
        if arrays:
            cols = Node(line=no, pairs=[(line, name(var), Node(line=line, items=[
                Node(line=x[0], scalar=x[1]) for x in v + [(line, "")] * (size - len(v))])) for line, var, v in arrays])
            node.pairs.append((arrays[0][0], group, cols))
            node.pairs.sort(key=lambda p: p[0])      # the table where its first array stands, as written
        root.pairs.append((no, group, node))
    found = nested_blocks(root)
    return (loose, found) if found is not None else None


def _nml_values(body: str, line: int) -> dict[str, tuple[int, list[tuple[int, str]]]] | None:
    """Each variable's (line, values) in a group's body, an indexed element put in its place."""
    out: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    var, at, repeat, pending_comma, put = None, 0, 1, False, 0
    no, seen = line, 0
    for m in _NML_TOKEN.finditer(body):
        no, seen = no + body.count("\n", seen, m.start()), m.start()     # counted on from the last token: linear
        if m.group(8) or m.group(9):
            continue
        if m.group(4):
            var, at = m.group(4).upper(), int(m.group(5)) - 1 if m.group(5) else 0
            if at >= MAX_NML_VALUES:
                return None
            out.setdefault(var, (no, []))
            pending_comma, repeat = False, 1
            continue
        if var is None:
            return None
        if m.group(3):
            repeat = int(m.group(3))
            put += repeat
            if at + repeat > MAX_NML_VALUES or put > MAX_NML_VALUES:
                return None
            continue
        if m.group(6):
            if pending_comma:      # two commas: an empty value
                _nml_put(out[var][1], at, no, "")
                at += 1
            pending_comma = True
            continue
        value = m.group(1).replace("''", "'") if m.group(1) is not None else \
            m.group(2).replace('""', '"') if m.group(2) is not None else m.group(7)
        for _ in range(repeat):
            _nml_put(out[var][1], at, no, value)
            at += 1
        repeat, pending_comma = 1, False
    return out


def _nml_put(values: list, at: int, no: int, value: str) -> None:
    while len(values) < at:
        values.append((no, ""))
    if at < len(values):
        values[at] = (no, value)
    else:
        values.append((no, value))


# -- a redis-cli session ---------------------------------------------------------------------------------------------
# The terminal's lines: a prompt with the command typed (127.0.0.1:6379[2]> HGETALL key), then the reply: a list of
# strings numbered ' 1)' … '18)' (the numbers right-aligned to the longest), each in double quotes with redis-cli's
# escapes (sdscatrepr: \" \\ \n \r \t \a \b, and every byte that is no printable ASCII \xNN: the UTF-8 of a Chinese
# text is written byte by byte unless --raw); OK, (integer) n, (nil) alone. HGETALL's reply is a hash: field and value
# alternating, so a record. Hashes whose keys differ in a last numbered part (…:zb:1 … …:zb:14) are rows of one
# table (a field only some rows have, an empty cell in the others); any other hash one record. The prompts and the
# other replies are the tool's, no text of the report: left out (their lines keep no block).
_RC_PROMPT = re.compile(r"^\s*[\w.\-]+:\d+(?:\[\d+\])?>\s?(.*)$")
_RC_ITEM = re.compile(r'^\s*\d+\)\s+"((?:[^"\\]|\\.)*)"\s*$')
_RC_ESCAPE = re.compile(r'\\(?:x([0-9a-fA-F]{2})|(.))', re.S)
_RC_BYTES = {"n": b"\n", "r": b"\r", "t": b"\t", "a": b"\a", "b": b"\b"}
MIN_RC_HASHES = 3     # a hash or two looked up in a note are no store of a form


def _rc_text(body: str) -> str:
    """A redis-cli quoted reply's text: its escapes the bytes they stand for, read as UTF-8."""
    out = bytearray()
    k = 0
    for m in _RC_ESCAPE.finditer(body):
        out += body[k:m.start()].encode("utf-8")
        out += bytes([int(m.group(1), 16)]) if m.group(1) else _RC_BYTES.get(m.group(2), m.group(2).encode("utf-8"))
        k = m.end()
    out += body[k:].encode("utf-8")
    return out.decode("utf-8", errors="replace")


def parse_redis_cli(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first prompt, the hashes' blocks with the lines that are no prompt and no reply as
    paragraphs) where the text is a redis-cli session with MIN_RC_HASHES HGETALL replies or more; None otherwise."""
    lines = text.split("\n")
    hashes = []      # (the command's line, key, [(line, field, value)])
    others = []      # ("p", line, text): what is neither a prompt nor a reply
    first = None
    k = 0
    while k < len(lines):
        m = _RC_PROMPT.match(lines[k])
        if m is None:
            if first is not None and lines[k].strip():
                others.append(("p", k + 1, lines[k].strip()))
            k += 1
            continue
        first = k if first is None else first
        words = m.group(1).split()
        j = k + 1
        items = []
        while j < len(lines) and (r := _RC_ITEM.match(lines[j])):
            items.append((j + 1, _rc_text(r.group(1))))
            j += 1
        # the replies' lines, and the short replies (OK, (integer) 3, (nil)) left out
        while j < len(lines) and not items and lines[j].strip() and _RC_PROMPT.match(lines[j]) is None \
                and re.fullmatch(r"\s*(?:OK|\(\w+\).*)\s*", lines[j]):
            j += 1
        if len(words) == 2 and words[0].upper() == "HGETALL" and items and len(items) % 2 == 0:
            hashes.append((k + 1, words[1], [(items[i][0], items[i][1], items[i + 1][1])
                                             for i in range(0, len(items), 2)]))
        k = j
    if len(hashes) < MIN_RC_HASHES:
        return None
    root = Node(line=hashes[0][0], pairs=[])
    groups: dict[str, Node] = {}
    for no, key, fields in hashes:
        record = Node(line=no, pairs=[(f_no, f, Node(line=f_no, scalar=v)) for f_no, f, v in fields])
        stem, sep, last = key.rpartition(":")
        if sep and last.isdigit():
            if stem not in groups:
                groups[stem] = Node(line=no, items=[])
                root.pairs.append((no, stem.rpartition(":")[2] or stem, groups[stem]))
            groups[stem].items.append(record)
        else:
            root.pairs.append((no, key.rpartition(":")[2] or key, record))
    for node in groups.values():      # a field only some rows have: the others' cell empty
        names = list(dict.fromkeys(f for r in node.items for _, f, _ in r.pairs))
        for r in node.items:
            have = {f for _, f, _ in r.pairs}
            r.pairs += [(r.line, f, Node(line=r.line, scalar="")) for f in names if f not in have]
    found = nested_blocks(root)
    if found is None:
        return None
    before = [(no, x.strip().lstrip("\ufeff")) for no, x in enumerate(lines[:first], 1) if x.strip()]
    return before, found + others


# -- Rust's pretty Debug ({:#?}, dbg!) -------------------------------------------------------------------------------
# One value a line, indented four spaces a level: a struct 'Name {' with a 'field: value,' line per field and '}', a
# Vec '[' … ']', a tuple or enum variant 'Some(' … ')' (Option's Some the value it holds, None nothing), a string in
# double quotes with Rust's escapes (\" \\ \n \u{…}), a number or a decimal as written (1800.00, 8.0), true / false;
# every element and field closed by a comma. The value starts after dbg!'s '[src/main.rs:38:5] &form = ' or alone
# on its line ('Form {'); the lines outside it are paragraphs.
_RS_OPEN = re.compile(r"^(?:\[[^\]\n]*\]\s+)?(?:[&*\w.]+\s+=\s+)?([A-Z]\w*)\s+\{$")
_RS_LINE = re.compile(r"^(?:(\w+):\s+)?(.*?),?$")
_RS_STRING = re.compile(r'^"((?:[^"\\]|\\.)*)"$')
_RS_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|(.))")
MIN_RS_LINES = 12     # a value or two printed in a log is no form


def _rs_scalar(text: str) -> str | None:
    """A scalar's text as written (a string unquoted and unescaped), or None where the text is none."""
    if (m := _RS_STRING.match(text)):
        return _RS_ESCAPE.sub(lambda e: chr(int(e.group(1), 16)) if e.group(1)
                              else {"n": "\n", "t": "\t", "r": "\r", "0": ""}.get(e.group(2), e.group(2)), m.group(1))
    if text == "None":
        return ""
    return text if re.fullmatch(r"-?[\d.]+(?:e-?\d+)?|true|false|[A-Z]\w*", text) else None


def _rs_value(lines: list[str], k: int, opened: str) -> tuple[Node, int] | None:
    """The value opened on lines[k] by `opened` ('Name {', '[', 'Some(' …) and the index after its closing line."""
    if opened.endswith("{"):
        node, close = Node(line=k + 1, pairs=[]), "}"
    elif opened.endswith("["):
        node, close = Node(line=k + 1, items=[]), "]"
    else:     # Some( and other variants: the one value inside
        node, close = None, ")"
    j = k + 1
    while j < len(lines):
        text = lines[j].strip()
        if text.rstrip(",") == close:
            return (node if node is not None else Node(line=k + 1, scalar="")), j + 1
        m = _RS_LINE.match(text)
        key, body = m.group(1), m.group(2)
        if node is not None and node.pairs is not None and key is None:
            return None
        if re.fullmatch(r"(?:[A-Z]\w*\s+)?\{|\[|\w+\(", body):
            got = _rs_value(lines, j, body)
            if got is None:
                return None
            value, j = got
        elif (s := _rs_scalar(body)) is not None:
            value, j = Node(line=j + 1, scalar=s), j + 1
        else:
            return None
        if node is None:
            node = value
        elif node.pairs is not None:
            node.pairs.append((value.line, key, value))
        else:
            node.items.append(value)
    return None


def _value_blocks(lines: list[str], k: int, got: tuple[Node, int] | None, least: int):
    """A printed value's reading (the lines before it, its blocks and the lines after it as paragraphs) where the
    value opened on lines[k] was read (got: the tree and the index past its last line) over `least` lines or more
    and holds a table; None otherwise (Rust's {:#?}, go-spew's Dump)."""
    if got is None or got[1] - k < least:
        return None
    root, end = got
    found = nested_blocks(root)
    if found is None:
        return None
    before, after = around(lines, k, end)
    return before, found + after


def parse_rust_debug(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the value, the value's blocks and the lines after it as paragraphs) where the text holds a
    struct printed by Rust's {:#?} over MIN_RS_LINES lines or more, holding a table; None otherwise."""
    lines = text.split("\n")
    k = next((k for k, ln in enumerate(lines) if _RS_OPEN.match(ln.rstrip())), None)
    if k is None:
        return None
    try:
        got = _rs_value(lines, k, "{")
    except RecursionError:     # nested past Python's depth: no form's struct
        return None
    return _value_blocks(lines, k, got, MIN_RS_LINES)


# -- go-spew's Dump ----------------------------------------------------------------------------------------------------
# spew.Dump(v) writes each value as '(type) value': a struct '(pkg.T) {' with one 'Field: (type) value,' a line and
# '}' closing it, a slice or array '([]pkg.T) (len=n cap=m) {' with one '(pkg.T) {' … '},' an element, a pointer
# '(*pkg.T)(0xc000…)(' before its value and ')' after it, a string '(string) (len=n) "…"' (n its bytes; "" bare),
# a number or a bool after its type, <nil> for nothing. A struct is a record, a slice of structs a table under the
# field names; a map (keys typed like values) is no form's shape here.
_SPEW_LINE = re.compile(r"^(?:(\w+):\s+)?\((\*?)([^()\s]+(?:\s\{\})?)\)(\(0x[0-9a-f]+\)\()?"
                        r"\s*(?:\(len=\d+(?:\s+cap=\d+)?\)\s*)?(.*?)$")
_SPEW_OPEN = re.compile(r"^\(\*?[^()\s]+\)(?:\(0x[0-9a-f]+\)\()?\s*(?:\(len=\d+(?:\s+cap=\d+)?\)\s*)?\{$")
_GO_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))")
MIN_SPEW_LINES = 12     # a value or two dumped in a log is no form


def _go_unquoted(body: str) -> str | None:
    """A Go string literal's text (strconv.Quote's escapes undone), or None where body is no quoted string."""
    if not (len(body) >= 2 and body[0] == body[-1] == '"'):
        return None
    return _GO_ESCAPE.sub(lambda e: chr(int(e.group(1) or e.group(2) or e.group(3), 16)) if not e.group(4)
                          else {"n": "\n", "t": "\t", "r": "\r"}.get(e.group(4), e.group(4)), body[1:-1])


def _spew_value(lines: list[str], k: int, kind: str) -> tuple[Node, int] | None:
    """The composite opened on lines[k] (a struct, or a slice / array where kind starts with '[') and the index
    after its closing line."""
    node = Node(line=k + 1, items=[]) if kind.startswith("[") else Node(line=k + 1, pairs=[])
    j = k + 1
    while j < len(lines):
        text = lines[j].strip()
        if text.rstrip(",").rstrip(")") == "}":
            return node, j + 1
        m = _SPEW_LINE.match(text)
        if m is None or kind.startswith("map"):
            return None
        key, pointer, typ, body = m.group(1), m.group(4), m.group(3), m.group(5).rstrip(",")
        if (key is None) != (node.pairs is None):
            return None
        if body == "{":
            got = _spew_value(lines, j, typ)
            if got is None:
                return None
            value, j = got
        else:
            if pointer and body.endswith(")"):
                body = body[:-1]
            s = _go_unquoted(body)
            if s is None and body in ("<nil>", "nil"):
                s = ""
            if s is None and re.fullmatch(r"-?[\d.]+(?:e[-+]?\d+)?|true|false", body):
                s = body
            if s is None:
                return None
            value, j = Node(line=j + 1, scalar=s), j + 1
        if node.pairs is not None:
            node.pairs.append((value.line, key, value))
        else:
            node.items.append(value)
    return None


def parse_go_spew(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the value, the value's blocks and the lines after it as paragraphs) where the text holds a
    value dumped by go-spew over MIN_SPEW_LINES lines or more, holding a table; None otherwise."""
    lines = text.split("\n")
    k = next((k for k, ln in enumerate(lines) if _SPEW_OPEN.match(ln.strip())), None)
    if k is None:
        return None
    m = _SPEW_LINE.match(lines[k].strip())
    try:
        got = _spew_value(lines, k, m.group(3).lstrip("*"))
    except RecursionError:     # nested past Python's depth: no form's value
        return None
    return _value_blocks(lines, k, got, MIN_SPEW_LINES)


# -- a GNU recutils recfile --------------------------------------------------------------------------------------------
# Records apart by blank lines, a field a line 'Name: value' (the name [A-Za-z%][A-Za-z0-9_]*), a value going on over
# lines that begin with '+' (a line break, one blank after the '+' no text), a line ending in '\' joined to the
# next; '#' lines comments. A record holding '%rec: Type' is a DESCRIPTOR: the records after it, to the next one,
# are of that type; its other %-fields (%doc, %key, %type …) say things of the type. A type of several records is a
# table under its field names, a type of one a record; the comments and %doc values paragraphs.
_REC_FIELD = re.compile(r"^([A-Za-z%][A-Za-z0-9_]*):[ \t]?(.*)$")
MIN_REC_RECORDS = 3     # a descriptor over a record or two is no export


def parse_recfile(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the comment and %doc lines, the record sets' blocks) where the text is a recfile with a %rec descriptor and
    MIN_REC_RECORDS records or more, every line a field, a continuation, a comment or blank; None otherwise."""
    notes: list[tuple[int, str]] = []
    sets: list[tuple[int, str, list[Node]]] = []
    record: Node | None = None
    joined = False
    for no, line in file_lines(text):
        if joined:     # the line before ended in a backslash
            key_line, key, value = record.pairs[-1]
            value.scalar = value.scalar[:-1] + line
            joined = line.endswith("\\")
            continue
        if line.startswith("#"):
            notes.append((no, line.lstrip("#").strip()))
            continue
        if not line.strip():
            record = None
            continue
        if line.startswith("+") and record is not None:
            value = record.pairs[-1][2]
            value.scalar += "\n" + (line[2:] if line.startswith("+ ") else line[1:])
            continue
        m = _REC_FIELD.match(line)
        if m is None:
            return None
        name, value = m.group(1), m.group(2)
        if record is None:
            record = Node(line=no, pairs=[])
            if name == "%rec":
                sets.append((no, value.split()[0] if value.split() else "", []))
            elif not sets:
                sets.append((no, "", []))
            sets[-1][2].append(record)
        if name.startswith("%"):
            if name == "%doc":
                notes.append((no, value))
            continue
        record.pairs.append((no, name, Node(line=no, scalar=value)))
        joined = value.endswith("\\")
    sets = [(no, name, [r for r in recs if r.pairs]) for no, name, recs in sets]
    if not any(name for _, name, _ in sets) or sum(len(recs) for _, _, recs in sets) < MIN_REC_RECORDS:
        return None
    root = Node(line=1, pairs=[(no, name or "records", recs[0] if len(recs) == 1 else Node(line=no, items=recs))
                               for no, name, recs in sets if recs])
    found = nested_blocks(root)
    if found is None:
        return None
    return notes, found


# -- a program's print of its records: a Python dict a line ------------------------------------------------------------
# A script that prints each record it handles (`print row`, `print("zj:", row)`) writes one dict literal a line, a
# label before it or none: Python 3's repr, or Python 2's, whose text is u'…' with EVERY NON-ASCII CHARACTER a
# \uXXXX escape and whose longs end in L (8L, 2023L); Decimal('8.00') a number as written, None an empty cell. A
# run of unlabelled dicts is a list of records (a table under its keys, whatever their hash order); a labelled dict
# a record under its label; the lines around them the text's paragraphs.
_PY_LINE = re.compile(r"^(?:([A-Za-z_][\w.]*)\s*[:=]\s*)?(\{.*\})\s*$")
_PY2_LONG = re.compile(r"""(u?'(?:[^'\\]|\\.)*'|u?"(?:[^"\\]|\\.)*")|\b(\d+)[lL]\b""")


def parse_python_lines(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first record, the records' blocks and the other lines as paragraphs) where
    MIN_PY_LINES lines or more are each one dict literal (a label before it or none); None otherwise."""
    lines = text.split("\n")
    found: list[tuple[int, str | None, Node]] = []
    for k, raw in enumerate(lines):
        m = _PY_LINE.match(raw.strip())
        if m is None:
            continue
        source = _PY2_LONG.sub(lambda t: t.group(1) or t.group(2), m.group(2))
        try:
            tree = ast.parse(source, mode="eval").body
        except (SyntaxError, ValueError, RecursionError):
            continue
        if isinstance(tree, ast.Dict) and (node := _py_node(tree, k, source)) is not None and node.pairs:
            found.append((k, m.group(1), node))
    if len(found) < MIN_PY_LINES:
        return None
    root = Node(line=found[0][0] + 1, pairs=[])
    run: Node | None = None
    for k, label, node in found:
        if label is not None:
            root.pairs.append((k + 1, label, node))
            run = None
        elif run is not None and found[[f[0] for f in found].index(k) - 1][0] == k - 1:
            run.items.append(node)
        else:
            run = Node(line=k + 1, items=[node])
            root.pairs.append((k + 1, "records", run))
    blocks = nested_blocks(root)
    if blocks is None:
        return None
    taken = {k for k, _, _ in found}
    first = found[0][0]
    before, _ = around(lines, first, len(lines))
    after = [("p", no, x.strip()) for no, x in enumerate(lines, 1) if no - 1 > first and no - 1 not in taken and x.strip()]
    return before, blocks + after


# -- a structured journal: journalctl -o verbose -------------------------------------------------------------------------
# Each entry a header line (its time and its cursor in brackets: [s=…;i=…;b=…;m=…;t=…;x=…]) and its fields, one a line,
# indented, NAME=value (names of capitals, digits and '_'). A field whose name begins with '_' is the journal's
# (trusted: _PID, _COMM, _BOOT_ID …), and the fields systemd.journal-fields(7) names are the logging's (MESSAGE,
# PRIORITY, CODE_LINE, SYSLOG_IDENTIFIER …): neither is a record's. A service that logs its records as structured
# entries sends the rest (JX_SEQ=1, JX_TARGET=≥2万亩): the entries carrying such fields are its records, those whose
# names are (nearly) the same one kind (a table where several, a record where one); '-- … --' lines are journalctl's.
_JOURNAL_HEAD = re.compile(r"^\S.* \[s=[0-9a-f]+;i=[0-9a-f]+;b=[0-9a-f]+;m=[0-9a-f]+;t=[0-9a-f]+;x=[0-9a-f]+\]$")
_JOURNAL_FIELD = re.compile(r"^\s+([A-Z0-9_]+)=(.*)$")
_JOURNAL_OWN = frozenset(("MESSAGE", "MESSAGE_ID", "PRIORITY", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "ERRNO", "TID",
                          "INVOCATION_ID", "USER_INVOCATION_ID", "SYSLOG_FACILITY", "SYSLOG_IDENTIFIER", "SYSLOG_PID",
                          "SYSLOG_TIMESTAMP", "SYSLOG_RAW", "DOCUMENTATION", "UNIT", "USER_UNIT", "UNIT_RESULT",
                          "COREDUMP_UNIT", "OBJECT_PID", "JOB_ID", "JOB_TYPE", "JOB_RESULT"))
MIN_JOURNAL_RECORDS = 3     # an entry or two of a service's own fields is a log, no export


def parse_journal(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(journalctl's own lines and the messages of entries with no record, the records' blocks) where the text is
    journalctl's verbose output, every line a header, a field or a '-- … --' line, with MIN_JOURNAL_RECORDS entries
    carrying fields of their own or more; None otherwise."""
    notes: list[tuple[int, str]] = []
    entries: list[tuple[int, list[tuple[int, str, str]]]] = []
    for no, line in file_lines(text):
        if not line.strip():
            continue
        if line.startswith("-- ") and line.endswith(" --"):
            notes.append((no, line[3:-3]))
        elif _JOURNAL_HEAD.match(line):
            entries.append((no, []))
        elif (m := _JOURNAL_FIELD.match(line)) and entries:
            entries[-1][1].append((no, m.group(1), m.group(2)))
        else:
            return None
    groups: list[tuple[set, list[Node]]] = []
    for no, fields in entries:
        own = [(n, k, v) for n, k, v in fields if not k.startswith("_") and k not in _JOURNAL_OWN]
        if not own:
            notes += [(n, v) for n, k, v in fields if k == "MESSAGE"]
            continue
        names = {k for _, k, _ in own}
        record = Node(line=no, pairs=[(n, k, Node(line=n, scalar=v)) for n, k, v in own])
        group = next((g for g in groups if 5 * len(g[0] & names) >= 4 * len(g[0] | names)), None)
        if group is None:
            groups.append((names, [record]))
        else:
            group[0].update(names)
            group[1].append(record)
    if sum(len(rs) for _, rs in groups) < MIN_JOURNAL_RECORDS:
        return None
    root = Node(line=1, pairs=[(rs[0].line, "记录" if len(rs) > 1 else "条目",
                                rs[0] if len(rs) == 1 else Node(line=rs[0].line, items=rs)) for _, rs in groups])
    found = nested_blocks(root)
    return (notes, found) if found is not None else None


# -- gron (JSON made greppable) ----------------------------------------------------------------------------------------
# A JSON document as gron prints it: one JavaScript assignment a line, `root.a.b[3].c = value;`, the root an
# identifier (json), a member `.name` or `["any name"]`, an element `[n]`; an object or an array announced by
# `= {};` / `= [];` before its members, every object's members in SORTED order (gron's, no document's); a value
# JSON (a string with JSON's escapes, a number as written, true / false, null none). The paths are the tree's,
# as a .properties file's dotted keys are (_path_blocks: a number the place of a record in its list).
_GRON_LINE = re.compile(r'^([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*) = (.*);$')
_GRON_PART = re.compile(r'\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]')


def parse_gron(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """([], the tree's blocks) where every line of the text that is not blank is a gron assignment under one root,
    MIN_PROPERTIES values or more; None otherwise."""
    pairs: list[tuple[int, list[str], str]] = []
    roots = set()
    for no, line in file_lines(text):
        if not line.strip():
            continue
        m = _GRON_LINE.match(line)
        if m is None:
            return None
        roots.add(m.group(1))
        written = m.group(3)
        try:
            value = json.loads(written)
        except ValueError:
            return None
        if isinstance(value, (dict, list)):
            if value:
                return None      # gron announces an object or array empty and writes its members apart
            continue
        path = [a or b or json.loads(f'"{c}"') for a, b, c in _GRON_PART.findall(m.group(2))]
        if not path:
            continue
        text_value = "" if value is None else value if isinstance(value, str) else written
        pairs.append((no, path, text_value))
    if len(roots) != 1 or len(pairs) < MIN_PROPERTIES:
        return None
    found = _path_blocks(pairs)
    return ([], found) if found is not None else None


# -- a key-value store's listing: a KEY LINE, then a VALUE LINE -------------------------------------------------------
# `etcdctl get --prefix /a/b/` (and consul's or zookeeper's like listings) prints every key under the prefix on a
# line of its own, its value on the next (an empty value an EMPTY line), the keys in byte order. A key is a PATH
# ('/' between its names, no blank in it); the names every key shares (the prefix asked for) are no field's, the
# rest the tree's (_path_blocks: a number the place of a record in its list). The lines before the first key (a
# prompt and the command) and after the last value are the text's paragraphs.
_KV_KEY = re.compile(r"^/[^\s/][^\s]*$")


def parse_key_lines(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before, the tree's blocks and the lines after as paragraphs) where a run of MIN_PROPERTIES
    key-line / value-line pairs or more stands in the text, each key a distinct path; None otherwise."""
    lines = [ln.rstrip("\r") for ln in text.split("\n")]
    start = next((k for k, ln in enumerate(lines) if _KV_KEY.match(ln)), None)
    if start is None:
        return None
    pairs: list[tuple[int, list[str], str]] = []
    k = start
    while k + 1 < len(lines) and _KV_KEY.match(lines[k]):
        pairs.append((k + 1, lines[k].strip("/").split("/"), lines[k + 1].strip()))
        k += 2
    if len(pairs) < MIN_PROPERTIES or len({tuple(p) for _, p, _ in pairs}) < len(pairs):
        return None
    shared = 0
    while all(len(p) > shared + 1 and p[shared] == pairs[0][1][shared] for _, p, _ in pairs):
        shared += 1
    found = _path_blocks([(no, p[shared:], v) for no, p, v in pairs])
    if found is None:
        return None
    before, after = around(lines, start, k)
    return before, found + after


# -- InfluxDB line protocol (an influx_inspect export, a write's body) -------------------------------------------------
# A point a line: `measurement[,tag=value…] field=value[,field=value…] [timestamp]`; in the measurement ',' and ' '
# escaped by a backslash, in a tag's key or value and a field's key ',' '=' and ' ' too; a field's value a string in
# double quotes (\" and \\ escaped), an integer with an 'i' (8i; 'u' unsigned), a float bare, t / f / true / false.
# influx_inspect writes each FIELD ON A LINE OF ITS OWN (the file stores fields apart) and its lines sorted by series
# key: the fields of one series (measurement and tags) and time are one record, the tags its first cells; the records
# of one measurement a table (several) or a record (one). '#' lines are the export's comments; lines before the first
# point that are none (its DDL: CREATE DATABASE …) paragraphs.
MIN_POINTS = 10     # a few points in a note are no export


def _lp_name(s: str, at: int, stops: str) -> tuple[str, int]:
    """The escaped name from s[at] to the first unescaped character of `stops`: (the name, the index there)."""
    out = []
    while at < len(s) and s[at] not in stops:
        if s[at] == "\\" and at + 1 < len(s):
            at += 1
        out.append(s[at])
        at += 1
    return "".join(out), at


def _lp_point(line: str) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]], str] | None:
    """(measurement, tags, fields, timestamp) of a line-protocol line, or None where it is none."""
    name, at = _lp_name(line, 0, ", ")
    tags, fields = [], []
    if not name or at >= len(line):
        return None
    while line[at] == ",":
        key, at = _lp_name(line, at + 1, "=, ")
        if at >= len(line) or line[at] != "=" or not key:
            return None
        value, at = _lp_name(line, at + 1, ", ")
        tags.append((key, value))
        if at >= len(line):
            return None
    at += 1      # the blank before the fields
    while True:
        key, at = _lp_name(line, at, "=, ")
        if at >= len(line) or line[at] != "=" or not key:
            return None
        at += 1
        if line[at:at + 1] == '"':
            out, at = [], at + 1
            while at < len(line) and line[at] != '"':
                if line[at] == "\\" and line[at + 1:at + 2] in ('"', "\\"):
                    at += 1
                out.append(line[at])
                at += 1
            if at >= len(line):
                return None
            value, at = "".join(out), at + 1
        else:
            m = re.match(r"(-?\d+)[iu]|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|(t|T|true|True|TRUE|f|F|false|False|FALSE)(?=[ ,]|$)",
                         line[at:])
            if m is None:
                return None
            value, at = m.group(1) or m.group(2) or m.group(3), at + m.end()
        fields.append((key, value))
        if at >= len(line) or line[at] == " ":
            break
        if line[at] != ",":
            return None
    stamp = line[at:].strip()
    if stamp and not stamp.lstrip("-").isdigit():
        return None
    return name, tags, fields, stamp


def parse_line_protocol(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the comments and the lines before the first point, the points' blocks) where every line from the first
    point on is a point, a comment or blank, MIN_POINTS or more; None otherwise."""
    notes: list[tuple[int, str]] = []
    series: dict[tuple, Node] = {}
    kinds: dict[str, list[Node]] = {}
    tag_keys: dict[str, set[str]] = {}
    points = 0
    for no, line in file_lines(text):
        if not line.strip():
            continue
        if line.startswith("#"):
            if line.strip("# "):
                notes.append((no, line.lstrip("#").strip()))
            continue
        point = _lp_point(line)
        if point is None:
            if points:
                return None
            notes.append((no, line.strip()))
            continue
        points += 1
        name, tags, fields, stamp = point
        key = (name, tuple(tags), stamp)
        if (record := series.get(key)) is None:
            record = series[key] = Node(line=no, pairs=[(no, k, Node(line=no, scalar=v)) for k, v in tags])
            kinds.setdefault(name, []).append(record)
            tag_keys.setdefault(name, set()).update(k for k, _ in tags)
        for k, v in fields:
            if any(k == had for _, had, _ in record.pairs):
                return None      # one field twice in one point: no export of records
            record.pairs.append((no, k, Node(line=no, scalar=v)))
    if points < MIN_POINTS:
        return None
    for name, rs in kinds.items():
        # the export's order is the series keys' (成本指标 before 数量指标), no document's: a tag numbering the
        # records (every record's a distinct whole number: 序号=07) gives theirs back
        for tag in sorted(tag_keys[name]) if len(rs) > 1 else ():
            numbers = [next((v.scalar for _, k, v in r.pairs if k == tag), "") for r in rs]
            if all(x.isdigit() for x in numbers) and len(set(numbers)) == len(numbers):
                order = {id(r): int(x) for r, x in zip(rs, numbers)}
                rs.sort(key=lambda r: order[id(r)])
                break
    root = Node(line=1, pairs=[(rs[0].line, name, rs[0] if len(rs) == 1 else Node(line=rs[0].line, items=rs))
                               for name, rs in kinds.items()])
    head_first(root)
    found = nested_blocks(root)
    return (notes, found) if found is not None else None


# -- an LDIF export (RFC 2849) -----------------------------------------------------------------------------------------
# Entries apart by blank lines, each opened by 'dn: …'; an attribute a line 'name: value', 'name:: base64' (how
# ldapsearch writes a value holding any non-ASCII character: its UTF-8 bytes in base64) or 'name:< url'; a line
# beginning with one space goes on with the line before (folded at 76 columns); '#' lines comments, 'version: 1'
# the file's. The entries of one objectClass (other than top) are a record set: several a table under the
# attribute names, one a record; dn and objectClass the directory's, no cells.
_LDIF_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9;-]*)(::?|:<)[ ]*(.*)$")
MIN_LDIF_ENTRIES = 3     # an entry or two is no export


def parse_ldif(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the comment lines, the entries' blocks) where the text is an LDIF export of MIN_LDIF_ENTRIES entries or more
    whose every line is an attribute, a fold, a comment or blank; None otherwise (a base64 value that is no UTF-8
    text included)."""
    import base64
    # a line opening with a space goes on with the attribute above it (no comment, no blank line)
    lines = [(no, line) for no, line, _ in unfolded(file_lines(text), " ", lambda above: bool(above) and
                                                    not above.startswith("#"))]
    notes: list[tuple[int, str]] = []
    entries: list[tuple[str, Node]] = []
    entry: Node | None = None
    kind = ""
    for no, line in lines:
        if line.startswith("#"):
            if line.strip("# "):
                notes.append((no, line.lstrip("#").strip()))
            continue
        if not line.strip():
            entry = None
            continue
        m = _LDIF_LINE.match(line)
        if m is None:
            return None
        name, sep, value = m.groups()
        if sep == "::":
            try:
                value = base64.b64decode(value, validate=True).decode("utf-8")
            except ValueError:     # no base64 (a character outside ASCII, binascii.Error) or no UTF-8 text
                return None
        if entry is None:
            if name.lower() == "version" and not entries or name.lower() in ("search", "result") and entries:
                continue     # the file's version; ldapsearch's tally after the entries
            if name.lower() != "dn":
                return None
            entry, kind = Node(line=no, pairs=[]), ""
            entries.append((kind, entry))
            continue
        if name.lower() == "objectclass":
            if value.lower() != "top":
                entries[-1] = (value, entry)
            continue
        entry.pairs.append((no, name, Node(line=no, scalar=value)))
    if len(entries) < MIN_LDIF_ENTRIES:
        return None
    kinds: dict[str, list[Node]] = {}
    for kind, e in entries:
        if e.pairs:
            kinds.setdefault(kind, []).append(e)
    root = Node(line=1, pairs=[(es[0].line, kind or "entries",
                                es[0] if len(es) == 1 else Node(line=es[0].line, items=es))
                               for kind, es in kinds.items()])
    found = nested_blocks(root)
    if found is None:
        return None
    return notes, found


# -- an SPSS syntax file -----------------------------------------------------------------------------------------------
# Commands end with a full stop at a line's end and may go on over lines; '*' opens a comment (to its full stop).
# DATA LIST [LIST[("d")] | FREE[("d")]] /name (format) name … names a dataset's variables; BEGIN DATA … END DATA
# holds its cases, one a line, cells apart by the delimiter (a comma by default, or blanks), a string in quotes (a
# quote doubled inside), an empty cell between two delimiters. VARIABLE LABELS name 'label' … gives a variable the
# heading it is read under; VALUE LABELS name code 'label' … [/name …] the words a CODE stands for in its cells (a
# level written 1 for 产出指标). A dataset of two variables whose first is words and no case repeated is label：value
# lines, one case a record's label：value lines, any other a table; the comments paragraphs; the commands the tool's.
_SPSS_DATA = re.compile(r"^\s*DATA\s+LIST\b(.*)$", re.I)
_SPSS_BEGIN = re.compile(r"^\s*BEGIN\s+DATA\.?\s*$", re.I)
_SPSS_END = re.compile(r"^\s*END\s+DATA\s*\.\s*$", re.I)
_SPSS_LABELS = re.compile(r"^\s*(VARIABLE|VALUE)\s+LABELS?\b(.*)$", re.I)
_SPSS_QUOTED = re.compile(r"'((?:[^']|'')*)'|\"((?:[^\"]|\"\")*)\"")
MIN_SPSS_CASES = 2     # one case is a record, no table


def _spss_command(lines: list[str], k: int) -> tuple[str, int]:
    """The command starting at lines[k] (its lines joined) and the index after its last line."""
    parts, j = [], k
    while j < len(lines):
        parts.append(lines[j].strip())
        j += 1
        if lines[j - 1].rstrip().endswith("."):
            break
    return " ".join(parts)[:-1] if parts and parts[-1].endswith(".") else " ".join(parts), j


def _spss_names(spec: str) -> tuple[list[str], str]:
    """A DATA LIST's variable names (after its '/') and its cells' delimiter."""
    head, _, names = spec.partition("/")
    m = re.search(r"\(\s*[\"']([^\"']+)[\"']\s*\)", head)
    delimiter = m.group(1) if m else ","
    names = re.sub(r"\([^)]*\)", " ", names)
    return [n for n in names.split() if re.fullmatch(r"[A-Za-z@#$][\w.@#$]*", n)], delimiter


def _spss_pairs(text: str) -> list[tuple[str, str]]:
    """The (name or code, label) pairs of a LABELS command's body: each quoted label after its word."""
    out, k = [], 0
    for m in _SPSS_QUOTED.finditer(text):
        word = text[k:m.start()].strip().split()
        if word:
            label = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2).replace('""', '"')
            out.append((word[-1].strip("/"), label))
        k = m.end()
    return out


def parse_spss_syntax(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the comments before the first DATA LIST, the datasets' blocks with the later comments) where the text is an
    SPSS syntax file holding a dataset of MIN_SPSS_CASES cases or more; None otherwise."""
    import csv
    lines = text.split("\n")
    datasets = []     # [names, delimiter, [(line, cells)], labels {name: label}, values {name: {code: label}}]
    comments = []     # (line, text)
    k = 0
    while k < len(lines):
        ln = lines[k].strip().lstrip("\ufeff")
        if ln.startswith("*"):
            body, k2 = _spss_command(lines, k)
            comments.append((k + 1, body.lstrip("\ufeff*").strip()))
            k = k2
            continue
        if (m := _SPSS_DATA.match(ln)):
            spec, k = _spss_command(lines, k)
            names, delimiter = _spss_names(spec)
            if len(delimiter.strip()) > 1:
                return None     # cells apart by any of several marks (LIST(",;")): no one csv delimiter; read as lines
            if k < len(lines) and _SPSS_BEGIN.match(lines[k]):
                k += 1
            cases = []
            while k < len(lines) and not _SPSS_END.match(lines[k]):
                if lines[k].strip():
                    row = next(csv.reader([lines[k].strip()], delimiter=delimiter.strip() or " ",
                                          skipinitialspace=not delimiter.strip()))
                    cases.append((k + 1, row))
                k += 1
            datasets.append([names, delimiter, cases, {}, {}])
            k += 1
            continue
        if (m := _SPSS_LABELS.match(ln)) and datasets:
            body, k = _spss_command(lines, k)
            body = _SPSS_LABELS.match(body).group(2)
            if m.group(1).upper() == "VARIABLE":
                datasets[-1][3].update(_spss_pairs(body))
            else:
                for part in body.split("/"):
                    words = part.split()
                    if words:
                        datasets[-1][4].setdefault(words[0], {}).update(_spss_pairs(part[part.index(words[0])
                                                                                          + len(words[0]):]))
            continue
        k += 1
    if not datasets or max(len(d[2]) for d in datasets) < MIN_SPSS_CASES:
        return None
    out: list[tuple] = []
    for names, _, cases, labels, values in datasets:
        if not cases or any(len(row) != len(names) for _, row in cases):
            return None
        head = [labels.get(n, n) for n in names]
        rows = [[(no, values.get(n, {}).get(c.strip(), c.strip())) for n, c in zip(names, row)] for no, row in cases]
        first = cases[0][0] - 1
        if len(names) == 2 and len({r[0][1] for r in rows}) == len(rows) and \
                not any(re.fullmatch(r"-?[\d.]+", r[0][1]) for r in rows):
            out += [("p", r[0][0], f"{r[0][1]}：{r[1][1]}") for r in rows]
        elif len(rows) == 1:
            out += [("p", no, f"{h}：{x}") for h, (no, x) in zip(head, rows[0])]
        else:
            out.append(("t", [[(first, h) for h in head]] + rows))
    firsts = [d[2][0][0] for d in datasets if d[2]]
    before = [(no, c) for no, c in comments if no < firsts[0]]
    return before, out + [("p", no, c) for no, c in comments if no > firsts[0]]


# -- Go's %+v --------------------------------------------------------------------------------------------------------
# fmt's %+v of a struct: {Field:value Field:value}, the fields named (Go identifiers), the values unquoted, apart by one
# space; a nested struct {…}, a slice [a b c] of values apart by spaces ([{…} {…}] a slice of structs); an empty
# string nothing after its colon, a number as its String() gives it (a decimal 9.8). A log's line may print one after
# its prefix and a label (2024/03/18 15:42:04 zb.go:52: 指标 1/14: {Seq:1 …}). A value runs to the next ' Field:' or
# the closing brace. Lines printing structs of the same fields one after another are rows of one table (a label
# repeated with a count, 指标 k/14, says so too); a slice of structs is a table; a struct alone a record's label：value
# lines; the other lines paragraphs.
_GO_OPEN = re.compile(r"\[?\{[A-Za-z_]\w*:")
_GO_FIELD = re.compile(r"([A-Za-z_]\w*):")
_GO_NEXT = re.compile(r" (?=[A-Za-z_]\w*:)|\}")
_GO_ITEM_END = re.compile(r"[ \]]")
MIN_GO_LINES = 3      # a struct or two printed in a log is no form


def _go_value(s: str, p: int) -> tuple[object, int] | None:
    """The value at s[p]: a struct (a dict), a slice (a list) or a scalar (its text up to the next field or close),
    and the index after it; None where the text is no %+v."""
    if s.startswith("{", p):
        out, p = {}, p + 1
        while p < len(s) and s[p] != "}":
            m = _GO_FIELD.match(s, p)
            if m is None:
                return None
            p = m.end()
            if s.startswith(("{", "["), p):
                got = _go_value(s, p)
                if got is None:
                    return None
                out[m.group(1)], p = got
            else:
                stop = _GO_NEXT.search(s, p)
                if stop is None:
                    return None
                out[m.group(1)], p = s[p:stop.start()], stop.start()
            if s.startswith(" ", p):
                p += 1
        return (out, p + 1) if p < len(s) else None
    if s.startswith("[", p):
        out, p = [], p + 1
        while p < len(s) and s[p] != "]":
            if s[p] == " ":
                p += 1
                continue
            if s[p] in "{[":
                got = _go_value(s, p)
                if got is None:
                    return None
                item, p = got
            else:
                stop = _GO_ITEM_END.search(s, p)     # one scan to the nearer mark (a find of each ran to the
                if stop is None:                      # line's end for every item of a long slice)
                    return None
                item, p = s[p:stop.start()], stop.start()
            out.append(item)
        return (out, p + 1) if p < len(s) else None
    return None


def parse_go_values(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first struct, the structs' blocks with the other lines as paragraphs) where MIN_GO_LINES
    lines or more end in a %+v struct or slice of structs and one table comes of them; None otherwise."""
    lines = text.split("\n")
    printed = []      # (line index, the label before the value, the value)
    for k, ln in enumerate(lines):
        m = _GO_OPEN.search(ln)
        if m is None:
            continue
        try:
            got = _go_value(ln, m.start())
        except RecursionError:     # nested past Python's depth: no struct a log prints
            got = None
        if got is None or ln[got[1]:].strip():
            continue
        value = got[0]
        if isinstance(value, list) and not (value and all(isinstance(x, dict) for x in value)):
            continue
        printed.append((k, ln[:m.start()].rstrip().rstrip(":：").strip(), value))
    if len(printed) < MIN_GO_LINES:
        return None

    def flat(d: dict) -> bool:
        return all(isinstance(v, str) for v in d.values())
    out: list[tuple] = []
    taken = set()
    held = False
    n = 0
    while n < len(printed):
        k, label, value = printed[n]
        if isinstance(value, dict) and flat(value):
            run = [printed[n]]
            while n + len(run) < len(printed) and isinstance(nxt := printed[n + len(run)][2], dict) \
                    and list(nxt) == list(value) and printed[n + len(run)][0] == run[-1][0] + 1:
                run.append(printed[n + len(run)])
            if len(run) >= 2:
                out.append(("t", [[(k + 1, f) for f in value]] + [[(j + 1, d[f]) for f in value] for j, _, d in run]))
                held = True
            else:
                if label:
                    out.append(("p", k + 1, label))
                out += [("p", k + 1, f"{f}：{x}") for f, x in value.items()]
            taken.update(j for j, _, _ in run)
            n += len(run)
            continue
        if isinstance(value, list) and all(flat(d) for d in value):
            names = list(dict.fromkeys(f for d in value for f in d))
            if label:
                out.append(("p", k + 1, label))
            out.append(("t", [[(k + 1, f) for f in names]] + [[(k + 1, d.get(f, "")) for f in names] for d in value]))
            held = True
            taken.add(k)
        n += 1
    if not held:
        return None
    first = printed[0][0]
    # the lines that print no struct, where they stand among the structs' blocks
    others = [(k + 1, ln.strip()) for k, ln in enumerate(lines) if k >= first and k not in taken and ln.strip()]
    blocks = sorted(out + [("p", no, x) for no, x in others], key=lambda b: b[1] if b[0] == "p" else b[1][0][0][0])
    return [(no, x.strip()) for no, x in enumerate(lines[:first], 1) if x.strip()], blocks


# -- Java's toString() of data classes (Lombok's @ToString, Kotlin's data classes, Java records) -----------------------
# Class(field=value, field=value) (a record Class[field=value, …]) on one line, often after a log line's prefix and a
# label: fields named by Java identifiers, a nested object Class(…), a list [a, b] of objects or scalars, null an
# empty cell, and every other value UNQUOTED, as its toString() gives it (a string as it is, a BigDecimal 1200.00).
# An unquoted value runs to the ', ' before the next 'field=' or to the bracket closing its object, brackets inside
# it counted (a name written 绿色食品(含有机)认证面积, a reason holding ', ' and '(约5%)'); in a list an item runs to
# the next ', ' or the list's close. The objects printed are the members of one tree (nested_values): a list of
# objects a table, an object of scalars a record's label：value lines.
_TS_OPEN = re.compile(r"(?<![A-Za-z0-9_$.])[A-Z][A-Za-z0-9_$]*[(\[][A-Za-z_][A-Za-z0-9_]*=")
_TS_CLASS = re.compile(r"[A-Z][A-Za-z0-9_$]*([(\[])")
_TS_FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=")
_TS_CLOSE = {"(": ")", "[": "]"}
MIN_TS_FIELDS = 20    # a small object a log prints (a request's parameters) is no form


def _ts_value(s: str, p: int, line: int, close: str, listed: bool, count: list) -> tuple[Node, int] | None:
    """The value at s[p] inside a bracket closed by `close` (in a list where `listed`), and the index after it."""
    if (m := _TS_CLASS.match(s, p)) and _TS_FIELD.match(s, m.end()):
        end, node, p = _TS_CLOSE[m.group(1)], Node(line=line, pairs=[]), m.end()
        while True:
            f = _TS_FIELD.match(s, p)
            if f is None:
                return None
            got = _ts_value(s, f.end(), line, end, False, count)
            if got is None:
                return None
            value, p = got
            node.pairs.append((line, f.group(1), value))
            count[0] += 1
            if s.startswith(end, p):
                return node, p + 1
            if not s.startswith(", ", p):
                return None
            p += 2
    if s.startswith("[", p) and (s.startswith("[]", p) or _TS_CLASS.match(s, p + 1)):
        node, p = Node(line=line, items=[]), p + 1
        while not s.startswith("]", p):
            got = _ts_value(s, p, line, "]", True, count)
            if got is None:
                return None
            item, p = got
            node.items.append(item)
            if s.startswith(", ", p):
                p += 2
            elif not s.startswith("]", p):
                return None
        return node, p + 1
    depth, k = 0, p
    while k < len(s):
        ch = s[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and s.startswith(", ", k) and (listed or _TS_FIELD.match(s, k + 2)):
            break
        k += 1
    if k >= len(s) or (s[k] in ")]" and s[k] != close):
        return None
    text = s[p:k]
    return Node(line=line, scalar="" if text == "null" else text), k


def parse_tostring(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before the first object, the objects' blocks with the other lines as paragraphs) where lines end in
    toString() objects holding MIN_TS_FIELDS fields or more and a table comes of them; None otherwise."""
    lines = text.split("\n")
    printed, count = [], [0]
    for k, ln in enumerate(lines):
        m = _TS_OPEN.search(ln)
        if m is None:
            continue
        try:
            got = _ts_value(ln.rstrip(), m.start(), k + 1, "", False, count)
        except RecursionError:     # nested past Python's depth: no object a log prints
            got = None
        if got is None or ln[got[1]:].strip() or got[0].pairs is None:
            continue
        label = ln[:m.start()].rstrip().rstrip(":：").strip()
        printed.append((k, label.rsplit(" : ", 1)[-1].strip(), got[0]))
    if not printed or count[0] < MIN_TS_FIELDS:
        return None
    if len(printed) == 1:
        root = printed[0][2]
    else:
        root = Node(line=printed[0][0] + 1, pairs=[(k + 1, label, node) for k, label, node in printed])
    found = nested_blocks(root)
    if found is None:
        return None
    first, taken = printed[0][0], {k for k, _, _ in printed}
    others = [("p", k + 1, ln.strip()) for k, ln in enumerate(lines) if k > first and k not in taken and ln.strip()]
    return [(no, x.strip()) for no, x in enumerate(lines[:first], 1) if x.strip()], found + others


# -- Java's Arrays.deepToString of a sheet's rows (a String[][] or List<List<String>> printed) --------------------------
# [[cell, cell, …], [cell, …], null, …] on one line, often after a log line's prefix: every cell UNQUOTED and a
# row's cells apart by ', ' (so a cell's own '1,280.00' stays whole), an empty cell nothing between two ', ', a row
# the sheet lacks 'null'. The rows are the sheet's grid as the program read it: one table, as wide as its widest row.
_DEEP = re.compile(r"\[(?:\[[^\[\]\n]*\]|null)(?:, (?:\[[^\[\]\n]*\]|null))*\]$")
_DEEP_ROW = re.compile(r"\[([^\[\]\n]*)\]|null")
MIN_DEEP_ROWS = 4     # a short list of pairs a log prints is no sheet
MIN_DEEP_WIDTH = 3


def parse_deep_arrays(text: str) -> tuple[list[tuple[int, str]], list[tuple]] | None:
    """(the lines before, the grid's table with what stands before it on its line and the lines after it as
    paragraphs) where a line ends in a printed array of arrays of MIN_DEEP_ROWS rows or more, the widest
    MIN_DEEP_WIDTH cells or more, or in a printed list of maps (every cell 键:值: Groovy's) of MIN_ROWS maps or
    more, headed by their keys, a map printed alone on a line beside it its label's 键：值 lines; None otherwise."""
    lines = text.split("\n")
    for k, ln in enumerate(lines):
        t = ln.rstrip()
        p = t.find("[[")
        while p >= 0 and not _DEEP.match(t, p):
            p = t.find("[[", p + 1)
        if p < 0:
            continue
        rows = [m.group(1).split(", ") if m.group(1) is not None else [] for m in _DEEP_ROW.finditer(t, p + 1)]
        width = max(len(r) for r in rows)
        # a list of maps (Groovy's [[键:值, …], …]) names its fields: two of them are a table, headed by the keys
        maps = _map_rows(rows)
        if maps is not None and len(maps[1]) >= MIN_ROWS and len(maps[0]) >= MIN_DEEP_WIDTH:
            names, recs = maps
            grid = [[(k + 1, n) for n in names]] + [[(k + 1, r.get(n, "")) for n in names] for r in recs]
            said = []
        elif sum(1 for r in rows if r) < MIN_DEEP_ROWS or width < MIN_DEEP_WIDTH:
            continue
        else:
            rows, said = _deep_widths(rows, k + 1)
            width = max(len(r) for r in rows)
            grid = [[(k + 1, c.strip()) for c in r + [""] * (width - len(r))] for r in rows]
        label = [("p", k + 1, t[:p].strip())] if t[:p].strip() else []
        before = [(no, y) for no, x in enumerate(lines[:k], 1) if x.strip() for _, _, y in _map_line(no, x.strip())]
        return before, label + [("t", grid)] + said + [b for no, x in enumerate(lines[k + 1:], k + 2) if x.strip()
                                                       for b in _map_line(no, x.strip())]
    return None


# A map's entry as Groovy prints it: 键:值, the key no figure (10:30 is a time), the value anything (null for none).
_MAP_ENTRY = re.compile(r"^([^:\s\[\],][^:\[\],]{0,30}?):(.*)$", re.S)
_MAP_LINE = re.compile(r"^(.*?[:：])?\s*\[([^\[\]\n]*)\]$")


def _map_entries(cells: list[str]) -> dict[str, str] | None:
    """A printed map's cells (split at ', ') as its entries, a piece without a key joined back to the value before
    it (its own ', '); a null value empty. None where the first piece has no key, a key is a figure or repeats,
    or fewer than two entries."""
    out: list[list[str]] = []
    for c in cells:
        m = _MAP_ENTRY.match(c.strip())
        if m and re.search(r"[^\d\s.]", m.group(1)):
            out.append([m.group(1).strip(), m.group(2).strip()])
        elif out:
            out[-1][1] += ", " + c
        else:
            return None
    if len(out) < 2 or len({k for k, _ in out}) != len(out):
        return None
    return {k: "" if v == "null" else v for k, v in out}


def _map_rows(rows: list[list[str]]) -> tuple[list[str], list[dict[str, str]]] | None:
    """(the keys in the order first met, each row's entries) where EVERY row of a printed list is a map of
    entries (Groovy's list of maps: [[一级指标:产出指标, …, 偏差原因:null], …]), the rows of one kind (half the
    keys of each shared with the first); None otherwise."""
    recs = [_map_entries(r) for r in rows if r]
    if not recs or any(r is None for r in recs) or not all(_one_kind(recs[0], r) for r in recs):
        return None
    return list(dict.fromkeys(k for r in recs for k in r)), recs


def _map_line(no: int, text: str) -> list[tuple]:
    """A line beside a printed list of maps as paragraphs: one map printed alone after its label (项目信息:
    [项目名称:X, 主管部门:Y]) is the label and its entries as 键：值 lines; any other line itself."""
    m = _MAP_LINE.match(text)
    if m and (entries := _map_entries(m.group(2).split(", "))) is not None:
        label = (m.group(1) or "").rstrip(":：").strip()
        return ([("p", no, label)] if label else []) + [("p", no, f"{key}：{v}") for key, v in entries.items()]
    return [("p", no, text)]


# A figure as a cell holds it whole (≥20个, 97.00%, 1,280.00, -3): an operator or a sign, a number, a short unit.
_DEEP_FIGURE = re.compile(r"^(?:[≥≤><=＞＜≧≦]=?|[-+])?\s*\d+(?:[,.]\d+)*\s*[^\d\s,，、；;]{0,4}$")
MAX_DEEP_JOINS = 2    # a row wider than its table by more is no cell split by its own ', '


def _deep_widths(rows: list[list[str]], line: int) -> tuple[list[list[str]], list[tuple]]:
    """The rows with a row wider than the table's width (the one most rows share, no row narrower) joined back where its cells
    held ', ' themselves (printed unquoted, the separator), and what was done said as warnings. The join is the
    one that fits the row's cells to the columns best by content, each column's kind (figures or words) the
    kind more than half of its cells in the rows of the table's width have, a join of an empty cell counting against it;
    a row whose best join is not one (two fit alike) is left as printed and said."""
    widths = Counter(len(r) for r in rows if r)
    width, n = widths.most_common(1)[0]
    if n < MIN_DEEP_ROWS or not any(len(r) > width for r in rows) or any(0 < len(r) < width for r in rows):
        return rows, []     # a ragged print (rows cut after their last cell) shows no one width
    even = [r for r in rows if len(r) == width]
    kinds = []
    for c in range(width):
        cells = [r[c].strip() for r in even if r[c].strip()]
        figures = sum(1 for x in cells if _DEEP_FIGURE.match(x))
        kinds.append("figure" if 2 * figures > len(cells) else "words" if 2 * figures < len(cells) else None)

    def cost(cells: list[str], joined: set) -> int:
        miss = sum(1 for x, kind in zip(cells, kinds) if x.strip() and kind is not None
                   and (kind == "figure") != bool(_DEEP_FIGURE.match(x.strip())))
        return miss + len(joined)

    out, said = [], []
    for no, r in enumerate(rows, 1):
        extra = len(r) - width
        if extra <= 0:
            out.append(r)
            continue
        best, ties = None, []
        if extra <= MAX_DEEP_JOINS:
            for gaps in combinations(range(len(r) - 1), extra):
                cells, empty = [], set()
                for j, x in enumerate(r):
                    if j - 1 in gaps:
                        if not x.strip() or not cells[-1].strip():
                            empty.add(j)
                        cells[-1] += ", " + x
                    else:
                        cells.append(x)
                got = cost(cells, empty)
                if best is None or got < best[0]:
                    best, ties = (got, cells), []
                elif got == best[0]:
                    ties.append(cells)
        if best is not None and not ties:
            out.append(best[1])
            said.append(("w", line, f"按Java数组打印读取：第{no}行比表中其他行多{extra}格（单元格内含“, ”被拆开），"
                                    f"已按各列内容合并为{width}格"))
        else:
            out.append(r)
            said.append(("w", line, f"按Java数组打印读取：第{no}行比表中其他行多{extra}格（单元格内含“, ”被拆开），"
                                    f"无法确定应合并哪几格，该行按原样读取，可能错位：{', '.join(r)}"))
    return out, said
