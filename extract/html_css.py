"""Forms laid out with CSS instead of <table>: the CSS display values are the table grammar.

A box of display:table holds rows (display:table-row, optionally inside table-row-groups) of
cells (display:table-cell); a box of display:grid places its child boxes, in document order,
on grid-template-columns' tracks, honouring grid-column / grid-row spans (the sparse row-flow
auto-placement of CSS Grid). Styles come from inline style attributes and from <style> rules.

Supported selectors: simple compound ones (div, .cls, #id, div.a.b, and lists of them with
commas); a rule with a combinator (.grid>div, .a .b), an attribute selector or a pseudo-class
is not applied, nor is anything inside @media and other at-rules. A grid is not read as a table
where it cannot be laid out without a renderer: repeat(auto-fill / auto-fit), no
grid-template-columns, grid-auto-flow column or dense, grid-template-areas, an item placed on
numbered or named lines, or text lying loose between the items. Such pages are left to the
paragraph reading (and its warning when they hold many figure boxes).
"""
from __future__ import annotations

import re

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_SIMPLE = re.compile(r"^(?P<tag>[a-zA-Z][a-zA-Z0-9]*|\*)?(?P<rest>(?:[.#][\w-]+)*)$")
PROPS = ("display", "grid-template-columns", "grid-auto-flow", "grid-template-areas", "grid-column",
         "grid-column-start", "grid-column-end", "grid-row", "grid-row-start", "grid-row-end", "grid-area")
TABLE = {"table", "inline-table"}
GRID = {"grid", "inline-grid"}
ROW_GROUP = {"table-row-group", "table-header-group", "table-footer-group"}
REGION = {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "section", "article", "header", "footer",
          "main", "aside", "nav", "form"}
BLOCKS = {"p", "div", "blockquote", "pre", "figure"}
MAX_TRACKS = 200   # more columns than this is no form


class Styles:
    """The few layout properties of each element: <style> rules by specificity and order, then
    the inline style attribute (the cascade, for simple selectors)."""

    def __init__(self, root):
        self.rules: list[tuple[tuple[int, int, int], int, str | None, frozenset, frozenset, dict]] = []
        for n, style in enumerate(root.iter("style")):
            self._parse(style.text or "", n)
        # Each rule filed under one thing an element must have (its id, a class, its tag), so an
        # element is tried only against the rules it could match (site style sheets run long).
        self.index: dict[tuple[str, str], list] = {}
        for rule in self.rules:
            _, _, tag, classes, ids, _ = rule
            key = ("#", min(ids)) if ids else (".", min(classes)) if classes else ("", tag or "*")
            self.index.setdefault(key, []).append(rule)
        self.cache: dict = {}

    def _parse(self, css: str, sheet: int) -> None:
        css = _COMMENT.sub("", css)
        i = 0
        while i < len(css):
            brace = css.find("{", i)
            if brace < 0:
                return
            head = css[i:brace].strip()
            end, depth = brace + 1, 1
            while end < len(css) and depth:
                depth += {"{": 1, "}": -1}.get(css[end], 0)
                end += 1
            body = css[brace + 1:end - 1]
            i = end
            if head.startswith("@"):
                continue   # @media, @page, @font-face …: not applied (see the module's note)
            decls = _declarations(body)
            if not decls:
                continue
            for sel in head.split(","):
                m = _SIMPLE.match(sel.strip())
                if not m or not sel.strip():
                    continue
                tag = m.group("tag")
                tag = None if tag in (None, "*") else tag.lower()
                classes = frozenset(re.findall(r"\.([\w-]+)", m.group("rest")))
                ids = frozenset(re.findall(r"#([\w-]+)", m.group("rest")))
                spec = (len(ids), len(classes), 1 if tag else 0)
                self.rules.append((spec, sheet * 100000 + len(self.rules), tag, classes, ids, decls))

    def of(self, el) -> dict:
        key = el
        got = self.cache.get(key)
        if got is not None:
            return got
        out: dict = {}
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        classes = set((el.get("class") or "").split())
        el_id = el.get("id")
        keys = [("", "*"), ("", tag), *((".", c) for c in classes), *([("#", el_id)] if el_id else [])]
        candidates = sorted((r for k in keys for r in self.index.get(k, ())), key=lambda r: (r[0], r[1]))
        for _, _, r_tag, r_classes, r_ids, decls in candidates:
            if (r_tag is None or r_tag == tag) and r_classes <= classes and (not r_ids or {el_id} >= r_ids):
                out.update(decls)
        out.update(_declarations(el.get("style") or ""))
        self.cache[key] = out
        return out

    def display(self, el) -> str:
        return self.of(el).get("display", "") if isinstance(el.tag, str) else ""


def _declarations(text: str) -> dict:
    out = {}
    for decl in text.split(";"):
        name, sep, value = decl.partition(":")
        name = name.strip().lower()
        if sep and name in PROPS:
            out[name] = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.I).strip().lower()
    return out


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


def tracks(value: str) -> int | None:
    """How many columns grid-template-columns names; None where a renderer is needed."""
    value = re.sub(r"\[[^\]]*\]", " ", value or "").strip()   # line names
    if not value or value in ("none", "auto", "subgrid", "masonry"):
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
            per = tracks(inner)
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
    n_cols = tracks(style.get("grid-template-columns", ""))
    flow = style.get("grid-auto-flow", "row")
    if n_cols is None or flow != "row" or style.get("grid-template-areas", "none") != "none" or _loose_text(el):
        return None
    occupied: set[tuple[int, int]] = set()
    placed = []
    r = c = 0
    for item in _elements(el):
        item_style = styles.of(item)
        if item_style.get("display") == "none":
            continue
        if "grid-area" in item_style:
            return None
        cs, rs = _span(item_style, "column"), _span(item_style, "row")
        if cs is None or rs is None:
            return None
        cs = min(cs, n_cols)   # CSS would add implicit columns; a cell across the width reads the same
        while True:
            if c + cs > n_cols:
                r, c = r + 1, 0
                continue
            if all((rr, cc) not in occupied for rr in range(r, r + rs) for cc in range(c, c + cs)):
                break
            c += 1
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                occupied.add((rr, cc))
        placed.append((r, c, rs, cs, item))
        c += cs
    if not placed:
        return None
    return placed, max(r + rs for r, _, rs, _, _ in placed)
