"""Forms laid out with CSS instead of <table>: the CSS display values are the table grammar;
and the cascade that decides what a saved page shows at all (display, visibility).

A box of display:table holds rows (display:table-row, optionally inside table-row-groups) of
cells (display:table-cell); a box of display:grid places its child boxes, in document order,
on grid-template-columns' tracks, honouring grid-column / grid-row spans (the sparse row-flow
auto-placement of CSS Grid); with grid-auto-flow: column it fills grid-template-rows' tracks
column by column instead, as a page written column by column is drawn. Styles come from inline
style attributes and from <style> rules, by origin, !important, specificity and order as CSS has
them; the hidden attribute is the browser's own [hidden]{display:none}, which any author display
overrides.

Selectors: compound ones (div, .cls, #id, div.a.b, [attr], [attr=v], [attr~=v], [attr|=v],
[attr^=v], [attr$=v], [attr*=v], with the i flag; the structural pseudo-classes :first-child,
:last-child, :only-child, :nth-child(an+b), :nth-last-child(an+b), and :not() of a list of such
compounds), joined by the descendant (space), child (>), next-sibling (+) and later-sibling (~)
combinators, and lists of them. A selector with another pseudo-class (:hover, a state the page was
not read in), a pseudo-element, a namespace or an escape is not applied. Matching runs right to
left with each (selector part, element) answered once, so its cost grows with elements x rules,
never with the depth of the page (or the length of a row of siblings) to a power.

@media: the page is read as a SCREEN showed it to the auditor in the browser, a desktop window
1280 x 800 px (16 px to the em): @media screen and @media all (and queries on width, height,
orientation, colour scheme that hold for that window) apply; @media print does not, nor any
query this module cannot parse. One decision: the print layout is what a printer made of the
page, the screen is what was published and read. @supports, @page and other at-rules are not
applied.

A grid is not read as a table where it cannot be laid out without a renderer: repeat(auto-fill /
auto-fit), no grid-template-columns (grid-template-rows for column flow), dense packing, grid-template-areas, an item
placed on numbered or named lines, or text lying loose between the items. Such pages are left to
the paragraph reading (and its warning when they hold many figure boxes).

Absolute positions: a box whose every child box is placed by position:absolute at a px left / top
with a px width and height (a report designer's export, each cell where it is drawn, in any order)
is read as the grid those rectangles make (extract.box_grid.grid_of): empty boxes are the ruling,
the others' text goes to the cell its centre falls in. See positioned.

Flex rows: a box of display:flex (row direction, no wrap) lays its child boxes side by side, one
line: a row of cells. Sibling flex rows whose cells have the same widths (declared width, else the
class) one after another are the rows of one table, their columns lined up as the browser drew
them; a single heading or paragraph between two such rows is a row spanning the table (a section
line in the form, as a printed page shows it). See flex_row and row_key. A lone flex line whose cells
are stacks of boxes of declared heights (seven <ul>s side by side) is a table stored column by column:
each stack a column, a box as tall as two rows a merged cell (column_stacks).
"""
from __future__ import annotations

import heapq
import re

from .top_level import split_top

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
PROPS = ("display", "visibility", "float", "flex-direction", "flex-wrap", "width", "grid-template-columns", "grid-template-rows", "grid-auto-flow",
         "grid-template-areas", "grid-column", "grid-column-start", "grid-column-end", "grid-row", "grid-row-start",
         "grid-row-end", "grid-area", "position", "left", "top", "height",
         "bottom", "font-size", "transform",   # (these three place a pdf2htmlEX page's runs: extract.placed_runs)
         "direction")   # a table laid out right to left (extract.html_reader._right_to_left)
TABLE = {"table", "inline-table"}
GRID = {"grid", "inline-grid"}
ROW_GROUP = {"table-row-group", "table-header-group", "table-footer-group"}
REGION = {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "section", "article", "header", "footer",
          "main", "aside", "nav", "form"}
BLOCKS = {"p", "div", "blockquote", "pre", "figure"}
MAX_TRACKS = 200   # more columns than this is no form

# The window the page is read in (see the module's note on @media).
SCREEN = {"width": 1280, "height": 800}
_EM = 16

_TOKEN = re.compile(r"""\s*(?P<comb>[>+~])\s*|(?P<pseudo>:[a-zA-Z][\w-]*)(?P<paren>\()?|(?P<ws>\s+)|(?P<tag>[a-zA-Z][\w-]*|\*)|\.(?P<cls>[\w-]+)|\#(?P<id>[\w-]+)
    |\[\s*(?P<attr>[\w-]+)\s*(?:(?P<op>[~|^$*]?=)\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[\w-]+))
    \s*(?P<flag>[iIsS])?\s*)?\]""", re.X)


class Places:
    """Each element's place among its parent's child elements (counted once per parent)."""

    def __init__(self):
        self._at: dict = {}

    def of(self, el) -> tuple[int, int]:
        """(index from 1, count of sibling elements, itself included)."""
        got = self._at.get(el)
        if got is None:
            parent = el.getparent()
            kids = [c for c in parent if isinstance(c.tag, str)] if parent is not None else [el]
            for i, kid in enumerate(kids, 1):
                self._at[kid] = (i, len(kids))
            got = self._at[el]
        return got


def _beside(key: tuple) -> tuple:
    """A key as had by the element just before the element or one of its ancestors."""
    return ("+" + key[0], key[1])


def _previous(el):
    """The element sibling before el (not a comment or processing instruction), or None."""
    el = el.getprevious()
    while el is not None and not isinstance(el.tag, str):
        el = el.getprevious()
    return el


class Compound:
    """One compound selector: a tag, classes, ids, attribute tests and structural pseudo-classes an
    element must all meet, and the compounds (of :not) it must meet none of."""
    __slots__ = ("tag", "classes", "ids", "attrs", "nth", "nots")

    def __init__(self):
        self.tag: str | None = None
        self.classes: set = set()
        self.ids: set = set()
        self.attrs: list = []   # (name, op or None, value, ignore case)
        self.nth: list = []     # (from the end, a, b): the element is the (a*n + b)th child for some n >= 0
        self.nots: list = []    # compounds the element must not match

    def spec(self) -> tuple[int, int, int]:
        """Specificity: ids, then classes, attributes and pseudo-classes, then the tag; :not() counts
        as its most specific argument."""
        own = (len(self.ids), len(self.classes) + len(self.attrs) + len(self.nth), 1 if self.tag else 0)
        inner = max((c.spec() for c in self.nots), default=(0, 0, 0))
        return own[0] + inner[0], own[1] + inner[1], own[2] + inner[2]

    def key(self) -> tuple:
        """The one thing an element must have, to file the rule under (ids, classes, a place among
        its siblings, attributes, tag)."""
        if self.ids:
            return ("#", min(self.ids))
        if self.classes:
            return (".", min(self.classes))
        places = self._places()
        if places:
            return min(places)
        if self.attrs:
            return ("[", min(a[0] for a in self.attrs))
        return ("", self.tag or "*")

    def keys(self) -> set:
        """Every tag, class, id, place and attribute name an element must have to match."""
        return ({("", self.tag)} if self.tag else set()) | {(".", c) for c in self.classes} | \
            {("#", i) for i in self.ids} | {("[", a[0]) for a in self.attrs} | self._places()

    def _places(self) -> set:
        """The exact places it asks for (:first-child, :nth-child(3), :last-child …), as keys."""
        return {("nth-last" if from_end else "nth", b) for from_end, a, b in self.nth if a == 0}

    def matches(self, el, places: Places) -> bool:
        if self.tag is not None and el.tag.lower() != self.tag:
            return False
        if self.ids and {el.get("id")} != self.ids:
            return False
        if self.classes and not self.classes <= set((el.get("class") or "").split()):
            return False
        for name, op, value, icase in self.attrs:
            got = el.get(name)
            if got is None:
                return False
            if op is None:
                continue
            if icase:
                got, value = got.lower(), value.lower()
            if not ((op == "=" and got == value) or (op == "~=" and value in got.split())
                    or (op == "|=" and (got == value or got.startswith(value + "-")))
                    or (op == "^=" and value and got.startswith(value)) or (op == "$=" and value and got.endswith(value))
                    or (op == "*=" and value and value in got)):
                return False
        if self.nth:
            i, count = places.of(el)
            for from_end, a, b in self.nth:
                if not _nth(count + 1 - i if from_end else i, a, b):
                    return False
        return not any(c.matches(el, places) for c in self.nots)


def _nth(i: int, a: int, b: int) -> bool:
    """Whether i = a*n + b for some integer n >= 0."""
    if a == 0:
        return i == b
    n, rem = divmod(i - b, a)
    return rem == 0 and n >= 0


_AN_B = re.compile(r"([+-]?\d*)n\s*(?:([+-])\s*(\d+))?|([+-]?\d+)")


def _an_b(text: str) -> tuple[int, int] | None:
    """The (a, b) of an+b (odd, even, 3, 2n+1, -n+3, n); None where it is not one."""
    text = text.strip().lower()
    if text in ("odd", "even"):
        return (2, 1) if text == "odd" else (2, 0)
    m = _AN_B.fullmatch(text)
    if not m:
        return None
    if m.group(4) is not None:
        return 0, int(m.group(4))
    a = {"": 1, "+": 1, "-": -1}.get(m.group(1))
    a = int(m.group(1)) if a is None else a
    b = int(m.group(3)) * (-1 if m.group(2) == "-" else 1) if m.group(3) else 0
    return a, b


_STRUCTURAL = {":first-child": [(False, 0, 1)], ":last-child": [(True, 0, 1)],
               ":only-child": [(False, 0, 1), (True, 0, 1)]}


def _closing(text: str, start: int) -> int:
    """The index of the ')' that closes the '(' just before start; -1 where none does."""
    depth = 1
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if not depth:
            return i
    return -1


def _pseudo(current: Compound, name: str, arg: str | None) -> bool:
    """Adds a pseudo-class to the compound; False where this module does not apply it."""
    name = name.lower()
    if arg is None:
        if name not in _STRUCTURAL:
            return False
        current.nth += _STRUCTURAL[name]
        return True
    if name in (":nth-child", ":nth-last-child"):
        ab = _an_b(arg)
        if ab is None:
            return False   # an+b of S, or no an+b at all
        current.nth.append((name == ":nth-last-child", *ab))
        return True
    if name == ":not":
        for part in split_top(arg):
            parsed = parse_selector(part)
            if parsed is None or parsed[1]:
                return False   # a complex selector in :not() (CSS 4): not applied
            current.nots.append(parsed[0][0])
        return True
    return False


def parse_selector(text: str) -> tuple[list, list] | None:
    """Compounds left to right and the combinators between them (' ', '>', '+', '~'); None for a
    selector this module does not apply (see the module's note)."""
    text = text.strip()
    compounds: list[Compound] = []
    combs: list[str] = []
    current: Compound | None = None
    pending = None
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            return None   # a pseudo-class, a namespace, an escape: not applied
        pos = m.end()
        if m.group("comb") or m.group("ws"):
            comb = m.group("comb") or " "
            if current is None and not (comb == " " and pending):
                return None
            if current is not None:
                compounds.append(current)
                current = None
            pending = pending if comb == " " and pending else comb
            continue
        if current is None:
            if compounds:
                combs.append(pending)
            current, pending = Compound(), None
        if m.group("pseudo"):
            arg = None
            if m.group("paren"):
                close = _closing(text, pos)
                if close < 0:
                    return None
                arg, pos = text[pos:close], close + 1
            if not _pseudo(current, m.group("pseudo"), arg):
                return None   # :hover, ::before …: not applied (see the module's note)
            continue
        if m.group("tag"):
            if current.tag is not None or current.classes or current.ids or current.attrs or current.nth or current.nots:
                return None
            current.tag = None if m.group("tag") == "*" else m.group("tag").lower()
        elif m.group("cls"):
            current.classes.add(m.group("cls"))
        elif m.group("id"):
            current.ids.add(m.group("id"))
        else:
            value = next((v for v in (m.group("dq"), m.group("sq"), m.group("bare")) if v is not None), "")
            current.attrs.append((m.group("attr").lower(), m.group("op"), value, (m.group("flag") or "").lower() == "i"))
    if current is None:
        return None
    compounds.append(current)
    return compounds, combs


class Selector:
    """A parsed complex selector, matched right to left; answers are kept per element, so an
    ancestor (or an earlier sibling) is tested once per selector part however many elements ask
    about it."""

    def __init__(self, compounds: list, combs: list, places: Places | None = None):
        self.compounds, self.combs = compounds, combs
        self.places = places or Places()
        self.spec = tuple(sum(c.spec()[i] for c in compounds) for i in range(3))
        # The compounds an ancestor of the element must match: those followed by ' ' or '>' (one
        # followed by '+' or '~' is a sibling of the element or of one of its ancestors).
        self.ancestors = [c for c, comb in zip(compounds, combs) if comb in " >"]
        # The compounds the element just before the element or one of its ancestors must match: those
        # followed by '+' where the next compound is the element's or an ancestor's.
        self.beside = [c for k, c in enumerate(compounds[:-1])
                       if combs[k] == "+" and (k + 1 == len(combs) or combs[k + 1] in " >")]
        self.above = frozenset(k for c in self.ancestors for k in c.keys()) | \
            frozenset(_beside(k) for c in self.beside for k in c.keys())
        self._is: dict = {}      # (part, element) -> the element matches compounds[:part + 1]
        self._under: dict = {}   # (part, element) -> the element or an ancestor of it does
        self._before: dict = {}  # (part, element) -> the element or an earlier sibling of it does

    def matches(self, el) -> bool:
        return self._match(len(self.compounds) - 1, el)

    def _match(self, k: int, el) -> bool:
        got = self._is.get((k, el))
        if got is None:
            got = self.compounds[k].matches(el, self.places)
            if got and k:
                comb = self.combs[k - 1]
                near = el.getparent() if comb in " >" else _previous(el)
                if near is None:
                    got = False
                elif comb in ">+":
                    got = self._match(k - 1, near)
                elif comb == " ":
                    got = self._under_or_at(k - 1, near)
                else:
                    got = self._before_or_at(k - 1, near)
            self._is[(k, el)] = got
        return got

    def _under_or_at(self, k: int, el) -> bool:
        # Up the ancestors to the first already answered, then answer the way back down.
        chain = []
        node = el
        while node is not None and (k, node) not in self._under:
            chain.append(node)
            node = node.getparent()
        got = self._under[(k, node)] if node is not None else False
        for node in reversed(chain):
            got = got or self._match(k, node)
            self._under[(k, node)] = got
        return self._under[(k, el)]

    def _before_or_at(self, k: int, el) -> bool:
        # Back along the earlier siblings to the first already answered, then forward again.
        chain = []
        node = el
        while node is not None and (k, node) not in self._before:
            chain.append(node)
            node = _previous(node)
        got = self._before[(k, node)] if node is not None else False
        for node in reversed(chain):
            got = got or self._match(k, node)
            self._before[(k, node)] = got
        return self._before[(k, el)]


def media_applies(query: str) -> bool:
    """Whether a media query list holds for the desktop screen the page is read on; a query this
    cannot parse does not."""
    return any(_one_query(q) for q in query.split(","))


_FEATURE = re.compile(r"\(\s*([\w-]+)\s*(?::\s*([^)]+?))?\s*\)$")
_RANGE = re.compile(r"\(\s*(?:([\d.]+[a-z]*)\s*(<=|>=|<|>|=)\s*)?(width|height)\s*(?:(<=|>=|<|>|=)\s*([\d.]+[a-z]*))?\s*\)$")


def _one_query(query: str) -> bool:
    words = query.strip().lower()
    if not words:
        return False
    negate = False
    m = re.match(r"(not|only)\s+", words)
    if m:
        negate = m.group(1) == "not"
        words = words[m.end():]
    parts = re.split(r"\s+and\s+", words)
    result = True
    if parts and not parts[0].startswith("("):
        media_type = parts.pop(0).strip()
        if not re.fullmatch(r"[a-z-]+", media_type):
            return False
        result = media_type in ("screen", "all")
    for part in parts:
        got = _feature(part.strip())
        if got is None:
            return False
        result = result and got
    return not result if negate else result


def _length(value: str) -> float | None:
    m = re.fullmatch(r"([\d.]+)(px|em|rem)?", value.strip())
    if not m or m.group(1).count(".") > 1:
        return None
    n = float(m.group(1))
    return n * _EM if m.group(2) in ("em", "rem") else n if m.group(2) or n == 0 else None


def _compare(a: float, op: str, b: float) -> bool:
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "=": a == b}[op]


def _feature(part: str) -> bool | None:
    m = _RANGE.match(part)
    if m and (m.group(1) or m.group(4)):
        size = SCREEN[m.group(3)]
        ok = True
        if m.group(1):
            left = _length(m.group(1))
            if left is None:
                return None
            ok = _compare(left, m.group(2), size)
        if m.group(4):
            right = _length(m.group(5))
            if right is None:
                return None
            ok = ok and _compare(size, m.group(4), right)
        return ok
    m = _FEATURE.match(part)
    if not m:
        return None
    name, value = m.group(1), (m.group(2) or "").strip()
    side = re.fullmatch(r"(min-|max-)?(width|height|device-width|device-height)", name)
    if side:
        size = SCREEN[side.group(2).replace("device-", "")]
        if not value:
            return True
        n = _length(value)
        if n is None:
            return None
        return size >= n if side.group(1) == "min-" else size <= n if side.group(1) == "max-" else size == n
    if name == "orientation":
        return value == "landscape" if value in ("landscape", "portrait") else None
    if name == "prefers-color-scheme":
        return value == "light" if value in ("light", "dark") else None
    if name in ("color", "hover", "pointer", "any-hover", "any-pointer") and not value:
        return True
    if name in ("hover", "any-hover"):
        return value == "hover" if value in ("hover", "none") else None
    if name in ("pointer", "any-pointer"):
        return value == "fine" if value in ("fine", "coarse", "none") else None
    return None


# The keys of an ancestor (or of the element just before it, for '+') by how few elements have them: an id, an exact place among the siblings (an
# element has one: 500 rules naming p:nth-child(1 … 500) above are each looked at only under their p), a
# class, an attribute, a tag ("body" is above them all).
_TELLING = ("#", "nth", "nth-last", ".", "[", "")


class Styles:
    """The few layout and visibility properties of each element: the browser's [hidden] rule,
    then <style> rules by importance, specificity and order, then the inline style attribute."""

    def __init__(self, root):
        self.rules: list[tuple[tuple[int, int, int], int, Selector, dict, dict]] = []
        self.places = Places()
        for n, style in enumerate(root.iter("style")):
            if media_applies(style.get("media") or "all"):
                self._parse(style.text or "", n)
        # Each rule filed under one thing the element must have (its id, a class, a place, an
        # attribute, its tag) and one thing an ancestor (or, for '+', the element just before it or
        # before an ancestor) must have (None where none is named), so that an element is tried only
        # against the rules it could match: a site's style sheet runs long, and 500 rules ending in
        # "div" must not each be tried on every div of the page.
        self.rules.sort(key=lambda r: (r[0], r[1]))   # by precedence: a rule's rank is its place here
        self.index: dict[tuple[str, str], dict[tuple | None, _Filed]] = {}
        for rank, rule in enumerate(self.rules):
            compounds = rule[2].compounds
            above = [c.key() for c in rule[2].ancestors if c.key() != ("", "*")] + \
                [_beside(c.key()) for c in rule[2].beside if c.key() != ("", "*")]
            # of two keys alike, the one before an ancestor: an element has one element just before it
            ancestor = min(above, key=lambda k: (_TELLING.index(k[0].lstrip("+")), not k[0].startswith("+"))) \
                if above else None
            self.index.setdefault(compounds[-1].key(), {}).setdefault(ancestor, _Filed()).add(rank, rule)
        self.cache: dict = {}
        self.above: dict = {}   # element -> the keys of all its ancestors

    def _parse(self, css: str, sheet: int) -> None:
        css = _COMMENT.sub("", css)
        i = 0
        while i < len(css):
            brace = css.find("{", i)
            if brace < 0:
                return
            head = css[i:brace].strip()
            head = head[head.rfind(";") + 1:].strip()   # past @import …; and stray statements
            end, depth = brace + 1, 1
            while end < len(css) and depth:
                depth += {"{": 1, "}": -1}.get(css[end], 0)
                end += 1
            body = css[brace + 1:end - 1]
            i = end
            if head.startswith("@"):
                m = re.match(r"@media\b(.*)$", head, re.S | re.I)
                if m and media_applies(m.group(1)):
                    self._parse(body, sheet)
                continue   # @supports, @page, @font-face …: not applied (see the module's note)
            normal, important = _declarations(body)
            if not normal and not important:
                continue
            for sel in split_top(head):
                parsed = parse_selector(sel)
                if parsed is None:
                    continue
                selector = Selector(*parsed, places=self.places)
                self.rules.append((selector.spec, sheet * 100000 + len(self.rules), selector, normal, important))

    def of(self, el) -> dict:
        got = self.cache.get(el)
        if got is not None:
            return got
        out: dict = {}
        if not isinstance(el.tag, str):
            return out
        filed: list[_Filed] = []
        above = None
        for key in _keys(el, self.places):
            by_ancestor = self.index.get(key)
            if not by_ancestor:
                continue
            if None in by_ancestor:
                filed.append(by_ancestor[None])
            if len(by_ancestor) > (None in by_ancestor):
                above = self._above(el) if above is None else above
                hits = ([a for a in by_ancestor if a in above] if len(by_ancestor) < len(above)
                        else [a for a in above if a in by_ancestor])
                filed += (by_ancestor[a] for a in hits)
        if filed and above is None:
            above = self._above(el)
        inline, inline_important = _declarations(el.get("style") or "")
        # The cascade from the strongest rule down (the filed lists merged by rank): a rule is
        # matched only while it could still decide a property, and a list is left once nothing in
        # the rest of it could (500 rules that all match and all set display cost one match, not
        # 500). Per property: the inline !important, else the strongest matching !important rule,
        # else the inline declaration, else the strongest matching rule.
        important: dict = {}
        normal: dict = {}
        closed_important = set(inline_important)        # properties no rule left can change
        closed = closed_important | set(inline)         # … nor any rule's normal declaration
        heap = [(-f.ranks[-1], j, len(f.ranks) - 1) for j, f in enumerate(filed)]
        heapq.heapify(heap)
        while heap:
            _, j, i = heapq.heappop(heap)
            f = filed[j]
            if f.normal_upto[i] <= closed and f.important_upto[i] <= closed_important:
                continue   # nothing from here down this list could decide a property
            if i:
                heapq.heappush(heap, (-f.ranks[i - 1], j, i - 1))
            rule = f.rules[i]
            if rule[3].keys() <= closed and rule[4].keys() <= closed_important:
                continue
            if rule[2].above <= above and rule[2].matches(el):   # every ancestor it names is above
                for p, v in rule[4].items():
                    important.setdefault(p, v)
                for p, v in rule[3].items():
                    normal.setdefault(p, v)
                closed_important.update(rule[4])
                closed.update(rule[4], rule[3])
        out.update(normal)
        out.update(inline)
        out.update(important)
        out.update(inline_important)
        if el.get("hidden") is not None:
            out.setdefault("display", "none")   # the browser's own rule, the weakest of all
        self.cache[el] = out
        return out

    def _above(self, el) -> frozenset:
        """The keys of every ancestor of the element (tags, classes, ids, places, attribute names),
        and, marked (_beside), those of the element just before it or before any of its ancestors."""
        chain = []
        node = el
        while node is not None and node not in self.above:
            chain.append(node)
            node = node.getparent()
        for node in reversed(chain):
            parent, before = node.getparent(), _previous(node)
            got = self.above[parent] | _keys(parent, self.places) if parent is not None else frozenset()
            if before is not None:
                got = got | {_beside(k) for k in _keys(before, self.places)}
            self.above[node] = got
        return self.above[el]

    def display(self, el) -> str:
        return self.of(el).get("display", "") if isinstance(el.tag, str) else ""


class _Filed:
    """Rules filed under one (element key, ancestor key), by rank; for each place, the properties
    the rules up to it declare (so that the cascade can leave the list once none is still open)."""
    __slots__ = ("ranks", "rules", "normal_upto", "important_upto")

    def __init__(self):
        self.ranks: list[int] = []
        self.rules: list = []
        self.normal_upto: list[frozenset] = []
        self.important_upto: list[frozenset] = []

    def add(self, rank: int, rule) -> None:
        self.ranks.append(rank)
        self.rules.append(rule)
        self.normal_upto.append((self.normal_upto[-1] if self.normal_upto else frozenset()) | rule[3].keys())
        self.important_upto.append((self.important_upto[-1] if self.important_upto else frozenset()) | rule[4].keys())

    def __iter__(self):
        return iter(self.rules)


def _keys(el, places: Places) -> frozenset:
    """What the element could be filed under: any element, its tag, classes, id, attributes and
    place among its siblings (from the first and from the last)."""
    if not isinstance(el.tag, str):
        return frozenset()
    el_id = el.get("id")
    i, count = places.of(el)
    return frozenset((("", "*"), ("", el.tag.lower()), *((".", c) for c in (el.get("class") or "").split()),
                      *([("#", el_id)] if el_id else []), *(("[", a.lower()) for a in el.keys()),
                      ("nth", i), ("nth-last", count + 1 - i)))


def _declarations(text: str) -> tuple[dict, dict]:
    """The declarations of a rule body: (normal, !important)."""
    normal: dict = {}
    important: dict = {}
    for decl in text.split(";"):
        name, sep, value = decl.partition(":")
        name = name.strip().lower()
        if sep and name in PROPS:
            value, n = re.subn(r"\s*!\s*important\s*$", "", value.strip(), flags=re.I)
            (important if n else normal)[name] = value.strip().lower()
    return normal, important


def is_css_table(styles: Styles, el) -> bool:
    return styles.display(el) in TABLE | GRID


def layout(styles: Styles, el) -> tuple[list, int] | None:
    """The cells of a CSS table or grid as (row, col, rowspan, colspan, element), and the row
    count; None where the box is no table this reader can lay out."""
    kind = styles.display(el)
    laid = _table(styles, el) if kind in TABLE else _grid(styles, el) if kind in GRID else None
    if laid is None or any(_region(styles, item) for *_, item in laid[0]):
        return None
    return laid


FLEX = {"flex", "inline-flex"}


def flex_row(styles: Styles, el) -> list | None:
    """The cells of a box laid out as one horizontal flex line, or as a line of boxes floated left at
    declared widths (two child boxes or more, no text loose between them, none a region of the
    page); None for any other box."""
    cells = _elements(el)
    if styles.display(el) not in FLEX:
        # float rows: every child box floats left at a declared width, side by side as a flex line
        # lays them (the line would wrap only past the window's width, which is not measured here)
        if not cells or any(styles.of(c).get("float") != "left" or _px(styles.of(c).get("width")) is None
                            for c in cells):
            return None
    else:
        style = styles.of(el)
        if style.get("flex-direction", "row") != "row" or style.get("flex-wrap", "nowrap") not in ("nowrap", ""):
            return None   # a column, a reversed line or a wrapping one needs the renderer
    if len(cells) < 2 or _loose_text(el) or any(_region(styles, c) or styles.display(c) in GRID | TABLE
                                                  or flex_row(styles, c) is not None for c in cells):
        return None
    return cells


def column_tables(cells: list) -> list[list] | None:
    """The cells of a layout table's one row read as the COLUMNS of one table (a page builder's column
    blocks, 1297): every cell holding ONE table of ONE column and nothing else, that table's cells top
    to bottom; None where any cell is otherwise, or there are fewer than three such columns."""
    if len(cells) < 3:
        return None
    out = []
    for cell in cells:
        kids = _elements(cell)
        if len(kids) != 1 or kids[0].tag != "table" or _loose_text(cell) or kids[0].find(".//table") is not None:
            return None
        rows = [tr for ch in kids[0] for tr in ([ch] if ch.tag == "tr" else ch if ch.tag in ("thead", "tbody", "tfoot") else [])
                if tr.tag == "tr"]
        items = []
        for tr in rows:
            tds = [td for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th")]
            if len(tds) != 1 or (tds[0].get("colspan") or "1").strip() not in ("", "1"):
                return None
            items.append(tds[0])
        if len(items) < 2:
            return None
        out.append(items)
    return out


def column_table_rows(styles: Styles | None, columns: list[list]) -> list[list[tuple[int, int]]] | None:
    """(first row, rows spanned) of every item of column_tables' columns in the one grid they draw side
    by side. Columns of one count line up item for item. A column of fewer items lines up by the
    heights its items declare (the cell's or its row's px height) against a column of the most items:
    each column's heights scaled to that column's whole (its own borders add a px or so a row), an
    item spans the rows between the edges nearest its top and bottom. None where heights are missing
    or an edge falls between two rows (which item stands beside which, the renderer alone knows)."""
    n = max(len(c) for c in columns)
    if all(len(c) == n for c in columns):
        return [[(i, 1) for i in range(n)] for _ in columns]
    if styles is None:
        return None

    def heights(col):
        out = []
        for td in col:
            h = _px(styles.of(td).get("height")) or _px(styles.of(td.getparent()).get("height"))
            if not h or h <= 0:
                return None
            out.append(h)
        return out
    ref = heights(next(c for c in columns if len(c) == n))
    if ref is None:
        return None
    edges = [0.0]
    for h in ref:
        edges.append(edges[-1] + h)
    slack = min(ref) / 3
    spans = []
    for col in columns:
        hs = heights(col)
        if hs is None:
            return None
        scale = edges[-1] / sum(hs)
        placed, y, at = [], 0.0, 0
        for h in hs:
            y += h * scale
            end = min(range(len(edges)), key=lambda k: abs(edges[k] - y))
            if abs(edges[end] - y) > slack or end <= at:
                return None
            placed.append((at, end - at))
            at = end
        spans.append(placed)
    return spans


STACK_WIDTH = 10000.0


def column_stacks(styles: Styles, cells: list) -> list | None:
    """A flex line's cells read as the COLUMNS of a table stored column by column (a <ul> of <li>s
    each, a <div> of <div>s): every cell a stack of two boxes or more, each box a declared px height,
    drawn one under the other; the rectangles (x0, y0, x1, y1, element) they are drawn in, column k
    from k to k + 1 (in units of STACK_WIDTH px, wider than any snap of the rows' edges). A box as tall
    as two of its neighbours spans two of their rows (a merged cell). None where any cell is no such
    stack (text of its own, an inline box, a height the layout would have to find) or the columns do
    not end level (no one table)."""
    out, bottoms, least = [], [], None
    for k, cell in enumerate(cells):
        boxes = _elements(cell)
        if len(boxes) < 2 or _loose_text(cell):
            return None
        y = 0.0
        for b in boxes:
            h = _px(styles.of(b).get("height"))
            if h is None or h <= 0 or styles.display(b).startswith("inline"):
                return None
            out.append((k * STACK_WIDTH, y, (k + 1) * STACK_WIDTH, y + h, b))
            least = h if least is None else min(least, h)
            y += h
        bottoms.append(y)
    # a column's borders may add a px a row to what its boxes declare (content-box sizing)
    if least is None or max(bottoms) - min(bottoms) > max(2.0, least / 4) or max(len(_elements(c)) for c in cells) < 3:
        return None
    return out


def unaligned_stacks(cells: list) -> list[int] | None:
    """The item counts of a flex line's cells where every cell is a stack of boxes (two or more, no text
    of its own) and the counts differ (a table stored column by column whose merged cells are single
    items, laid out by content: which item stands beside which the renderer alone knows); else None."""
    counts = [len(_elements(c)) for c in cells]
    if min(counts) < 2 or max(counts) < 3 or len(set(counts)) < 2 or any(_loose_text(c) for c in cells):
        return None
    return counts


def row_key(styles: Styles, cells: list) -> tuple:
    """What lines a flex row's cells up with another's: each cell's declared width, else its class."""
    return tuple(styles.of(c).get("width") or (c.get("class") or "").strip() for c in cells)


def _px(value: str | None) -> float | None:
    """A CSS length in px (px, pt, or a bare 0); None for what needs the layout (%, em, auto)."""
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(px|pt)?", (value or "").strip())
    if m is None or (m.group(2) is None and float(m.group(1)) != 0):
        return None
    return float(m.group(1)) * (4 / 3 if m.group(2) == "pt" else 1)


def positioned(styles: Styles, el) -> list | None:
    """The child boxes of a box that are all placed by position:absolute at px (or pt) left / top
    with a px width and height (a report designer's export: every cell drawn where it stands, no
    flow), as (x0, y0, x1, y1, element); None where any child is placed otherwise, text lies loose
    between them, or there are too few to be a form."""
    children = _elements(el)
    if len(children) < 4 or _loose_text(el):
        return None
    out = []
    for c in children:
        style = styles.of(c)
        if style.get("position") != "absolute":
            return None
        x, y, w, h = (_px(style.get(k)) for k in ("left", "top", "width", "height"))
        if None in (x, y, w, h) or w <= 0 or h <= 0:
            return None
        out.append((x, y, x + w, y + h, c))
    return out


def _region(styles: Styles, item) -> bool:
    """A box holding headings, lists, tables or several blocks of its own is a region of the
    page (a sidebar, the article), so the CSS table around it is page layout, not a form."""
    if sum(1 for c in item if isinstance(c.tag, str) and c.tag in BLOCKS) > 2:
        return True
    return any(isinstance(d.tag, str) and (d.tag in REGION or is_css_table(styles, d)) for d in item.iterdescendants())


def _elements(el) -> list:
    return [c for c in el if isinstance(c.tag, str)]


def _loose_text(el) -> bool:
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _table(styles: Styles, el) -> tuple[list, int] | None:
    """Rows of cells. As CSS has it, cells straight under the table or a row group sit in an
    anonymous row, and any other box there is a row of one anonymous cell (kept, not lost); a
    row's children are its cells (a child of another display stands in its own anonymous cell:
    CSS would merge such neighbours into one, which no form relies on). Loose text in a table or
    row box would need the anonymous boxes exactly, so such a box is not read as a table."""
    rows: list[list] = []
    loose: list = []

    def take(children) -> bool:
        for child in children:
            d = styles.display(child)
            if d == "table-cell":
                loose.append(child)
                continue
            if loose:
                rows.append(loose[:])
                loose.clear()
            if d in ROW_GROUP:
                if _loose_text(child) or not take(_elements(child)):
                    return False
            elif d == "table-row":
                if _loose_text(child):
                    return False
                rows.append(_elements(child))
            else:
                rows.append([child])
        return True

    if _loose_text(el) or not take(_elements(el)):
        return None
    if loose:
        rows.append(loose)
    rows = [r for r in rows if r]
    if not rows:
        return None
    placed = [(r, c, 1, 1, cell) for r, row in enumerate(rows) for c, cell in enumerate(row)]
    return placed, len(rows)


def tracks(value: str, nested: bool = False) -> int | None:
    """How many columns grid-template-columns names (rows, grid-template-rows); None where a renderer
    is needed. Inside repeat() a lone auto is a track's size (repeat(13, auto)), not the keyword."""
    value = re.sub(r"\[[^\]]*\]", " ", value or "").strip()   # line names
    if not value or value in (("none", "subgrid", "masonry") if nested else ("none", "auto", "subgrid", "masonry")):
        return None
    n = 0
    i = 0
    while i < len(value):
        if value[i].isspace():
            i += 1
            continue
        m = re.match(r"repeat\(\s*(\d+)\s*,", value[i:])
        if m:
            depth, j = 1, i + value[i:].index("(") + 1
            while j < len(value) and depth:
                depth += {"(": 1, ")": -1}.get(value[j], 0)
                j += 1
            inner = value[i + m.end():j - 1]
            per = tracks(inner, nested=True)
            if per is None:
                return None
            n += int(m.group(1)) * per
            i = j
            continue
        if value.startswith("repeat(", i):
            return None   # auto-fill / auto-fit: the count depends on the page's width
        j, depth = i, 0
        while j < len(value) and (depth or not value[j].isspace()):
            depth += {"(": 1, ")": -1}.get(value[j], 0)
            j += 1
        n += 1
        i = j
    return n if 0 < n <= MAX_TRACKS else None


def _span(style: dict, axis: str) -> int | None:
    """The item's span on the axis (column / row); None where it is placed on lines."""
    start = style.get(f"grid-{axis}-start", "auto")
    end = style.get(f"grid-{axis}-end", "auto")
    if f"grid-{axis}" in style:
        start, _, end = (x.strip() for x in style[f"grid-{axis}"].partition("/"))
        end = end or "auto"
    span = 1
    for part in (start, end):
        m = re.fullmatch(r"span\s+(\d+)", part)
        if m:
            span = max(1, min(int(m.group(1)), 1000))
        elif part != "auto":
            return None
    return span


def _grid(styles: Styles, el) -> tuple[list, int] | None:
    style = styles.of(el)
    flow = " ".join(style.get("grid-auto-flow", "row").split())
    if flow not in ("row", "column") or style.get("grid-template-areas", "none") != "none" or _loose_text(el):
        return None   # dense packing back-fills holes by sizes a renderer knows
    # Row flow fills grid-template-columns' tracks row by row; column flow (grid-auto-flow: column) fills
    # grid-template-rows' tracks column by column, further columns implicit as CSS adds them. The same
    # sparse auto-placement either way, its axes swapped.
    by_column = flow == "column"
    n_minor = tracks(style.get("grid-template-rows" if by_column else "grid-template-columns", ""))
    if n_minor is None:
        return None
    occupied: set[tuple[int, int]] = set()
    placed = []
    major = minor = 0
    for item in _elements(el):
        item_style = styles.of(item)
        if item_style.get("display") == "none":
            continue
        if "grid-area" in item_style:
            return None
        cs, rs = _span(item_style, "column"), _span(item_style, "row")
        if cs is None or rs is None:
            return None
        # along the flow an item spans at most the tracks there are (CSS would add implicit ones; a cell
        # across the width reads the same); across it, as many lines as it names
        ms, ns = (cs, min(rs, n_minor)) if by_column else (rs, min(cs, n_minor))
        while True:
            if minor + ns > n_minor:
                major, minor = major + 1, 0
                continue
            if all((mm, nn) not in occupied for mm in range(major, major + ms) for nn in range(minor, minor + ns)):
                break
            minor += 1
        for mm in range(major, major + ms):
            for nn in range(minor, minor + ns):
                occupied.add((mm, nn))
        placed.append((minor, major, ns, ms) if by_column else (major, minor, ms, ns))
        placed[-1] += (item,)
        minor += ns
    if not placed:
        return None
    if by_column and max(c + cs for _, c, _, cs, _ in placed) > MAX_TRACKS:
        return None
    return placed, max(r + rs for r, _, rs, _, _ in placed)
