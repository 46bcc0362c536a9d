"""What a browser composes for the page that its markup does not hold as text in place: declarative
shadow roots (a <template shadowrootmode> whose content the browser shows in its host, light-DOM
children placed into its <slot>s) and CSS generated content (a ::before / ::after rule's content
string or attr()). Both are applied to the parsed tree before it is read, so a page whose column
words live in a component's template, or whose figures live only in its style sheet (an "anti-copy"
page), reads as the browser shows it.

Shadow roots: the host's children become the template's content, each <slot name=x> replaced by the
host's child elements with slot="x" (in their order), the unnamed slot by the rest of the host's
children; a slot nothing is assigned to shows its own content (its fallback). The template's <style>
rules are the shadow tree's: they are kept scoped to the host (:host is the host; any other selector
is sought under it), so a component's row / cell display reaches the layout readers.

Generated content: rules whose selector ends in ::before / ::after (or the old :before / :after) and
declare content; the strongest such rule (specificity, then order) of each element and side wins.
Strings (with CSS escapes), attr(name) and counters are joined; quotes and url() give nothing; private-use
characters (icon fonts) are dropped. counter() / counters() give the counter's value as the browser counts
it (the counter-reset / -increment / -set of the page's rules and style attributes in CSS 2.1's scopes, an
<li>'s list-item), drawn in its list style (list_numbers); a counter the page counts nowhere (the printed
page's number) has no known value: it gives nothing, and so do the strings beside it that hold no word (its
number's frame: （ ）, 、, which alone would stick to the text). A list number alone in a box of its own
(display:inline-block …: a printed form's 序号 column, 979) is left out: the line reader, which has no
columns, would join it to the name beside it. A pseudo-element of display:none gives nothing. The text goes
at the element's start or end, inline; words in a box of their own (a display other than inline) with a space
between them and the element's own words.
"""
from __future__ import annotations

import copy
import functools
import re

from lxml import etree

from .html_css import _COMMENT, Places, Selector, _keys, media_applies, parse_selector, split_top
from .list_numbers import list_number

_SIDE = re.compile(r"::?(before|after)\s*$", re.I)
_STRING = r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\''
_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|attr\(\s*([\w-]+)\s*\)|'
                    r'(counters?)\(\s*([\w-]+)\s*(?:,\s*(' + _STRING + r')\s*)?(?:,\s*([\w-]+)\s*)?\)|(\S+)', re.S | re.I)
_WORD = re.compile(r"[^\W_]")    # a letter, a digit or a character of a word: no mere frame
_COUNTER = re.compile(r"\bcounters?\(", re.I)
_COUNTING = ("counter-reset", "counter-increment", "counter-set")     # in the order the browser applies them
MAX_COUNTERS = 20    # counter names a page counts, or pairs in one counter-* value: a form's lists use a few
_PROPERTIES = ("content", "display") + _COUNTING
# CSS list-style-type names as list_numbers names the formats (a name not here is drawn as decimal, as
# the browser draws a counter style it does not know); a bullet is no number
_STYLES = {"decimal": "decimal", "lower-alpha": "lowerLetterAlphabetic", "lower-latin": "lowerLetterAlphabetic",
           "upper-alpha": "upperLetterAlphabetic", "upper-latin": "upperLetterAlphabetic",
           "lower-roman": "lowerRoman", "upper-roman": "upperRoman", "cjk-ideographic": "chineseCounting",
           "simp-chinese-informal": "chineseCounting", "trad-chinese-informal": "chineseCounting",
           "simp-chinese-formal": "chineseLegalSimplified", "cjk-heavenly-stem": "heavenlyStem",
           "cjk-earthly-branch": "earthlyBranch", "none": "none", "disc": "none", "circle": "none", "square": "none"}
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.S)
HOST = "data-shadow-host"   # marks a host whose template's rules were scoped to it


def compose(root) -> None:
    """Apply declarative shadow roots, then generated content, to the parsed page (in place)."""
    _shadow_roots(root)
    _generated(root)


def _shadow_roots(root) -> None:
    hosts = 0
    # innermost first: a template inside a template is composed into its host before the outer one is copied
    for template in reversed([t for t in root.iter("template")
                              if (t.get("shadowrootmode") or t.get("shadowroot")) and t.getparent() is not None]):
        host = template.getparent()
        hosts += 1
        light = [c for c in host if c is not template]
        lead = host.text
        host.text = None
        host.remove(template)
        for c in light:
            host.remove(c)
        content = copy.deepcopy(template)
        for style in content.iter("style"):
            style.text = _scoped(style.text or "", f'[{HOST}="{hosts}"]')
        named: dict[str, list] = {}
        rest = []
        for c in light:
            name = c.get("slot") if isinstance(c.tag, str) else None
            (named.setdefault(name, []) if name else rest).append(c)
        for slot in list(content.iter("slot")):
            name, text = slot.get("name"), None
            if name:
                given = named.pop(name, [])
            else:
                given, rest, text, lead = rest, [], lead, None
            if given or (text and text.strip()):
                _replace(slot, given, text)
            else:
                _replace(slot, list(slot), slot.text)   # nothing assigned: the slot's fallback
        host.set(HOST, str(hosts))
        host.text = content.text
        for c in list(content):
            host.append(c)


def _replace(slot, nodes: list, text: str | None) -> None:
    """Put nodes (and a leading text) where the slot stands, keeping the slot's tail."""
    parent, tail = slot.getparent(), slot.tail
    at = parent.index(slot)
    before = slot.getprevious()
    lead = text or ""
    if before is not None:
        before.tail = (before.tail or "") + lead
    else:
        parent.text = (parent.text or "") + lead
    parent.remove(slot)
    for k, node in enumerate(nodes):
        parent.insert(at + k, node)
    last = nodes[-1] if nodes else (parent[at - 1] if at else None)
    if last is not None:
        last.tail = (last.tail or "") + (tail or "")
    else:
        parent.text = (parent.text or "") + (tail or "")


def _scoped(css: str, host: str) -> str:
    """A shadow tree's rules made page rules for one host: :host is the host, others under it."""
    out = []
    for head, body in re.findall(r"([^{}]+)\{([^{}]*)\}", _COMMENT.sub("", css)):
        if head.strip().startswith("@"):
            continue
        sels = [s.strip() for s in split_top(head.strip())]
        scoped = [re.sub(r":host\b(?:\(([^)]*)\))?", lambda m: host + (m.group(1) or ""), s) if ":host" in s
                  else f"{host} {s}" for s in sels if s]
        out.append(f"{', '.join(scoped)}{{{body}}}")
    return "\n".join(out)


def _content(value: str, el, scope=None) -> str | None:
    """A content value's text for the element, or None where it makes no box (none / normal).
    `scope(name)`: the values of a counter's nested instances where it is (outermost first), None where
    the page counts it nowhere."""
    value = value.strip()
    if value.lower() in ("none", "normal", ""):
        return None
    parts: list[str | None] = []      # None: a counter of no known value
    for m in _TOKEN.finditer(value):
        if m.group(1) is not None or m.group(2) is not None:
            parts.append(_unescaped(m.group(1) if m.group(1) is not None else m.group(2)))
        elif m.group(3):
            parts.append(el.get(m.group(3)) or "")
        elif m.group(4):
            values = scope(m.group(5)) if scope is not None else None
            if values is None:
                parts.append(None)
                continue
            fmt = _STYLES.get((m.group(7) or "decimal").lower(), "decimal")
            numbers = [list_number(n, fmt) for n in values]
            parts.append(_unescaped(m.group(6)[1:-1]).join(numbers) if m.group(4).lower() == "counters"
                         else numbers[-1])
    # the strings beside a counter of no known value that hold no word are only its number's frame
    # (（ ）, 、): alone they would stick to the text as a stray mark
    kept = [x for k, x in enumerate(parts) if x is not None and not (
        any(parts[j] is None for j in (k - 1, k + 1) if 0 <= j < len(parts)) and _WORD.search(x) is None)]
    text = "".join(ch for ch in "".join(kept) if not 0xE000 <= ord(ch) <= 0xF8FF and ord(ch) < 0xF0000)
    return text or None


def _list_number(value: str) -> bool:
    """The value draws a list number alone: counters and the strings that frame them, no word."""
    tokens = list(_TOKEN.finditer(value))
    return any(m.group(4) for m in tokens) and all(
        m.group(4) or m.group(8) or (m.group(1) is not None or m.group(2) is not None)
        and _WORD.search(_unescaped(m.group(1) if m.group(1) is not None else m.group(2))) is None
        for m in tokens)


def _unescaped(raw: str) -> str:
    return _ESCAPE.sub(lambda e: chr(int(e.group(1), 16)) if e.group(1) else e.group(2), raw)


def _generated(root) -> None:
    rules = []
    places = Places()
    for n, style in enumerate(root.iter("style")):
        if not media_applies(style.get("media") or "all"):
            continue
        for head, body in re.findall(r"([^{}@]+)\{([^{}]*)\}", _COMMENT.sub("", style.text or "")):
            declared = {k.strip().lower(): v for k, _, v in (d.partition(":") for d in body.split(";"))
                        if k.strip().lower() in _PROPERTIES}
            if not declared:
                continue
            for sel in split_top(head.strip()):
                side = _SIDE.search(sel)
                # an element's own counter-* (a pseudo-element's content and counter-* alike)
                parsed = parse_selector(sel[:side.start()] if side else sel)
                mine = {k: v for k, v in declared.items() if side or k in _COUNTING}
                if parsed is None or not mine:
                    continue
                selector = Selector(*parsed, places=places)
                rules.append((selector.spec, len(rules), selector, side.group(1).lower() if side else "", mine))
    if not any("content" in r[4] for r in rules):
        return
    by_key: dict = {}
    for el in root.iter():
        for key in _keys(el, places):
            by_key.setdefault(key, []).append(el)
    won: dict = {}
    for spec, order, selector, side, declared in rules:
        for el in by_key.get(selector.compounds[-1].key(), []):
            if selector.matches(el):
                for prop, value in declared.items():
                    best = won.get((el, side, prop))
                    if best is None or (spec, order) > best[0]:
                        won[(el, side, prop)] = ((spec, order), value)
    content = {(el, side): value for (el, side, prop), (_, value) in won.items() if prop == "content"}
    if any(_COUNTER.search(v) for v in content.values()):
        declared = {(el, side, prop): value for (el, side, prop), (_, value) in won.items() if prop in _COUNTING}
        for el in root.iter():     # the style attribute's counter-*: stronger than any rule
            for prop, value in (_inline(el) if isinstance(el.tag, str) and "counter" in (el.get("style") or "") else ()):
                declared[(el, "", prop)] = value
        pairs = [_pairs(value, prop) for (_, _, prop), value in declared.items()]
        if max(map(len, pairs), default=0) <= MAX_COUNTERS and len({n for p in pairs for n, _ in p}) <= MAX_COUNTERS:
            texts = dict(_counted(root, declared, content))
        else:   # counting them would cost every element as many steps: left unknown, the numbers give nothing
            texts = {key: _content(value, key[0]) for key, value in content.items()}
    else:
        texts = {key: _content(value, key[0]) for key, value in content.items()}
    for (el, side), text in texts.items():
        shown = won.get((el, side, "display"), (None, ""))[1].strip().lower()
        if text is None or shown == "none":
            continue
        boxed = shown not in ("", "inline", "contents")
        if boxed and _list_number(content[(el, side)]):
            continue   # a list number in a box of its own: the list's 序号 column, no part of the words beside it
        if boxed and _WORD.search(text):
            # words in a box of their own (a card's field name, td::before{content:attr(data-label);
            # display:inline-block; width:6em}, 1546) stand apart from the words beside them, as the page shows
            # them: a space between, so 一级指标 and 产出指标 read as a label and its value, not one word
            text = text + " " if side == "before" else " " + text
        if side == "before":
            el.text = text + (el.text or "")
        elif len(el):
            el[-1].tail = (el[-1].tail or "") + text
        else:
            el.text = (el.text or "") + text


def _inline(el) -> list[tuple[str, str]]:
    return [(k.strip().lower(), v) for k, _, v in (d.partition(":") for d in el.get("style").split(";"))
            if k.strip().lower() in _COUNTING]


def _counted(root, declared: dict, content: dict):
    """((element, side), text) for each generated content, its counters valued as the browser counts them
    (CSS 2.1 scopes, in document order): counter-reset makes an instance for the element and its later
    siblings (a sibling's reset takes its place), counter-increment / counter-set change the innermost one
    (made at 0 where there is none); a pseudo-element counts inside its element, ::before before the
    children and ::after after them. An <li> counts the list-item counter its <ol> / <ul> resets (start=,
    value=), as the browser's own style sheet does. A counter no declaration counts has no known value."""
    named = {n for (_, _, prop), v in declared.items() for n, _ in _pairs(v, prop)} | {"list-item"}
    stacks: dict[str, list[list]] = {}     # name -> [[the element whose end closes the instance, value]]

    def scope(name):
        return [v for _, v in stacks[name]] if stacks.get(name) else [0] if name in named else None

    def count(el, side, closer):
        for prop in _COUNTING:
            value = declared.get((el, side, prop))
            pairs = _pairs(value, prop) if value is not None else []
            if not side and el.tag in ("ol", "ul", "menu") and prop == "counter-reset" and value is None:
                start = el.get("start", "")
                pairs = [("list-item", int(start) - 1 if re.fullmatch(r"[+-]?\d{1,9}", start) else 0)]
            if not side and el.tag == "li" and all(n != "list-item" for n, _ in pairs):
                given = el.get("value", "")
                if prop == "counter-increment" and not re.fullmatch(r"[+-]?\d{1,9}", given):
                    pairs = pairs + [("list-item", 1)]
                elif prop == "counter-set" and re.fullmatch(r"[+-]?\d{1,9}", given):
                    pairs = pairs + [("list-item", int(given))]
            for name, n in pairs:
                stack = stacks.setdefault(name, [])
                if prop == "counter-reset":
                    if stack and stack[-1][0] is closer:
                        stack.pop()     # a sibling's (or its own earlier) instance ends here
                    stack.append([closer, n])
                elif not stack:
                    stack.append([closer, n])     # made at 0, then incremented, or set
                elif prop == "counter-set":
                    stack[-1][1] = n
                else:
                    stack[-1][1] += n

    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            count(el, "", el.getparent())
            count(el, "before", el)
            if (el, "before") in content:
                yield (el, "before"), _content(content[(el, "before")], el, scope)
        else:
            count(el, "after", el)
            if (el, "after") in content:
                yield (el, "after"), _content(content[(el, "after")], el, scope)
            for stack in stacks.values():
                while stack and stack[-1][0] is el:
                    stack.pop()


@functools.lru_cache(maxsize=1024)   # each element's declaration is one of the page's few values
def _pairs(value: str, prop: str) -> list[tuple[str, int]]:
    """A counter-* value's (name, number) pairs: counter-increment's number 1 where none is written,
    the others' 0; none is no counter. A reversed() counter (counting down from its items) is left out."""
    value = re.sub(r"reversed\([^)]*\)\s*[+-]?\d*", "", value)
    return [(m.group(1), int(m.group(2)) if m.group(2) else 1 if prop == "counter-increment" else 0)
            for m in re.finditer(r"(-?[^\W\d][\w-]*)(?:\s+([+-]?\d{1,9}))?", value)
            if m.group(1).lower() not in ("none", "inherit", "initial", "unset")]
