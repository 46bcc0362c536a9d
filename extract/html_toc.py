"""A page's table of contents that holds the only levels: a side <nav> (or a box whose class calls it
navigation) of nested lists whose innermost items link to blocks of the same page (<a href="#zb1">), each
list item above a link a level (产出指标 > 数量指标 > 1.建设…), the blocks themselves (indicator cards) naming
none. The reader drops navigation as page furniture; before it goes, each linked block is given the levels
its link stands under, written as lines right before it where they change (as a printed report sets its
level headings over its cards), and this is said. A table of contents whose levels the page also writes as
lines of its own (the headings it links to) gives nothing: the page's own lines are read."""
from __future__ import annotations

import re

_LISTS = ("ul", "ol")


def _own_text(li) -> str:
    """An item's words without its nested lists' (the level word over the items under it)."""
    parts = [li.text or ""]
    for child in li:
        if isinstance(child.tag, str) and child.tag not in _LISTS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _path(link, nav) -> tuple[str, ...]:
    """The level words of the list items a link stands under, outermost first (its own item left out)."""
    words = []
    el = link.getparent()
    own = True
    while el is not None and el is not nav:
        if el.tag == "li":
            if not own:
                words.append(_own_text(el))
            own = False
        el = el.getparent()
    return tuple(w for w in reversed(words) if w)


def _contents(root, is_nav):
    """The navigation boxes, outermost only."""
    navs = [el for el in root.iter() if isinstance(el.tag, str) and is_nav(el)]
    return [n for n in navs if not any(a is not n and a in navs for a in n.iterancestors())]


def toc_levels(root, is_nav) -> list[str]:
    """Write each navigation box's levels before the blocks its in-page links point at (see the module);
    returns what was done, said one line a box."""
    said = []
    ids = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    for nav in _contents(root, is_nav):
        inside = set(nav.iter())
        links = [(a, ids[a.get("href", "")[1:]]) for a in nav.iter("a")
                 if a.get("href", "").startswith("#") and ids.get(a.get("href", "")[1:]) is not None
                 and ids[a.get("href", "")[1:]] not in inside]
        paths = {t: _path(a, nav) for a, t in links}
        if len(links) < 2 or not any(paths.values()):
            continue
        words = {w for p in paths.values() for w in p}
        shown = {re.sub(r"\s+", " ", el.text_content()).strip() for el in root.iter()
                 if isinstance(el.tag, str) and el not in inside}
        if words & shown or any(t.tag in ("tr", "td", "th", "tbody", "thead") for _, t in links):
            continue    # the page writes its levels itself, or the links point into a table's rows
        order = {el: n for n, el in enumerate(root.iter())}
        before: tuple[str, ...] = ()
        for target in sorted(paths, key=order.__getitem__):
            path = paths[target]
            same = next((k for k, (x, y) in enumerate(zip(path, before)) if x != y), min(len(path), len(before)))
            for word in path[same:]:
                line = target.makeelement("p", {})
                line.text = word
                target.addprevious(line)
            before = path
        link, first = next((a, paths[t]) for a, t in links if paths[t])
        said.append(f"网页的导航栏（<{nav.tag}>）按层级列出{len(links)}个页内链接（如“{' > '.join(first)}”下的"
                    f"“{link.text_content().strip()[:30]}”），所指各块本身不写层级，已按导航中的层级放在所指各块之前读取，"
                    "请与原网页核对")
    return said
