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
Strings (with CSS escapes) and attr(name) are joined; quotes and url() give nothing; private-use
characters (icon fonts) are dropped. A value holding counter() / counters() is a list number (一、,
（二）, 3.): the counter is not counted, and its strings are only the number's frame, so it gives
nothing at all (a list item's number is no part of its text). The text goes at the element's start or
end, inline.
"""
from __future__ import annotations

import copy
import re

from .html_css import _COMMENT, Places, Selector, _keys, media_applies, parse_selector, split_top

_SIDE = re.compile(r"::?(before|after)\s*$", re.I)
_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|attr\(\s*([\w-]+)\s*\)|(\S+)', re.S)
_COUNTER = re.compile(r"\bcounters?\(", re.I)
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


def _content(value: str, el) -> str | None:
    """A content value's text for the element, or None where it makes no box (none / normal)."""
    value = value.strip()
    if value.lower() in ("none", "normal", "") or _COUNTER.search(value):
        return None
    parts = []
    for m in _TOKEN.finditer(value):
        if m.group(1) is not None or m.group(2) is not None:
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            parts.append(_ESCAPE.sub(lambda e: chr(int(e.group(1), 16)) if e.group(1) else e.group(2), raw))
        elif m.group(3):
            parts.append(el.get(m.group(3)) or "")
    text = "".join(ch for ch in "".join(parts) if not 0xE000 <= ord(ch) <= 0xF8FF and ord(ch) < 0xF0000)
    return text or None


def _generated(root) -> None:
    rules = []
    places = Places()
    for n, style in enumerate(root.iter("style")):
        if not media_applies(style.get("media") or "all"):
            continue
        for head, body in re.findall(r"([^{}@]+)\{([^{}]*)\}", _COMMENT.sub("", style.text or "")):
            content = [v for k, _, v in (d.partition(":") for d in body.split(";")) if k.strip().lower() == "content"]
            if not content:
                continue
            for sel in split_top(head.strip()):
                side = _SIDE.search(sel)
                parsed = parse_selector(sel[:side.start()]) if side else None
                if parsed is None:
                    continue
                selector = Selector(*parsed, places=places)
                rules.append((selector.spec, len(rules), selector, side.group(1).lower(), content[-1]))
    if not rules:
        return
    by_key: dict = {}
    for el in root.iter():
        for key in _keys(el, places):
            by_key.setdefault(key, []).append(el)
    won: dict = {}
    for spec, order, selector, side, value in rules:
        for el in by_key.get(selector.compounds[-1].key(), []):
            if selector.matches(el):
                best = won.get((el, side))
                if best is None or (spec, order) > best[0]:
                    won[(el, side)] = ((spec, order), value)
    for (el, side), (_, value) in won.items():
        text = _content(value, el)
        if text is None:
            continue
        if side == "before":
            el.text = text + (el.text or "")
        elif len(el):
            el[-1].tail = (el[-1].tail or "") + text
        else:
            el.text = (el.text or "") + text
