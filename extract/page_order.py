"""The order a scan's pages are read in, where the file holds them out of order.

Pages taken from a printer's face-up tray, or fed into a scanner the wrong way up the stack, come
in the file last page first. What tells it is the table broken by a page: Word (and a spreadsheet's
print titles) repeats a table's HEADER ROW at the top of every page the table runs onto, so a page
that OPENS WITH A TABLE whose first row is the first row of the table that ENDS a LATER page goes on
from that later page. The FILE'S FIRST PAGE must so go on (a file that opens mid-table is out of
order; one that opens with a title and has a project's table start at the top of a later page is
not, though that page too opens with a header row a still later table may share), and the pages as filed
must not go on one from another as well (a form opening with its table repeats its header on every page,
filed in order or not: no evidence either way, the file's order stands). Nothing else is
taken as evidence (a title, words): where the first page goes on from no later one the file's
order stands. The pages keep their file numbers
(a warning says 第2页 as the file does); only the reading order, and so where tables broken by a
page join, follows the continuation.
"""
from __future__ import annotations

from .model import Document, Table

SAME_CELLS = 0.8    # the share of a header row's cells read alike on the two pages (OCR may miss a character)


def _first_row(t: Table) -> list[str]:
    first = min(c.row for c in t.cells)
    return ["".join(c.text.split()) for c in sorted((c for c in t.cells if c.row == first), key=lambda c: c.col)]


def _same_row(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b) or len(a) < 3 or sum(1 for x in a if x) < 3:
        return False
    return sum(1 for x, y in zip(a, b) if x and x == y) >= SAME_CELLS * sum(1 for x in a if x)


def reading_order(doc: Document) -> tuple[list[int], dict[int, int]] | None:
    """The file's pages in the order they are read, where a page opens with a table repeating the
    header row of the table that ends a later page (that page goes on from the later one; a page
    that so repeats the page before it goes on from that one, as filed), and the pages so moved
    (page -> the page it goes on from); None where the file's order stands."""
    pages: dict[int, list] = {}
    for b in doc.blocks:
        if b.loc.page is not None:
            pages.setdefault(b.loc.page, []).append(b)

    def repeats(p: int, q: int) -> bool:    # page p opens with the header row of the table ending page q
        opening, ending = pages[p][0], pages[q][-1]
        return isinstance(opening, Table) and isinstance(ending, Table) and \
            _same_row(_first_row(opening), _first_row(ending))

    after: dict[int, int] = {}      # page -> the later page it goes on from
    for p in pages:
        if p - 1 in pages and repeats(p, p - 1):
            continue
        q = next((q for q in sorted(pages) if q > p and q not in after.values() and repeats(p, q)), None)
        if q is not None:
            after[p] = q
    if min(pages, default=None) not in after:
        return None     # the file opens where a document opens: a page opening with a table goes on from the one before
    if all(repeats(p, p - 1) for p in sorted(pages)[1:] if p - 1 in pages):
        return None     # every page goes on from the one filed before it too (a form opening with its table, its
        # header repeated on each page; an excerpt starting mid-table): evidence both ways leaves the file's order
    before = {q: p for p, q in after.items()}    # page -> the page going on from it
    order: list[int] = []
    for p in sorted(pages):
        if p in after:
            continue        # read where the page it goes on from is
        while p is not None and p not in order:
            order.append(p)
            p = before.get(p)
    if sorted(order) != sorted(pages) or order == sorted(pages):
        return None
    return order, after


def put_in_order(doc: Document, order: list[int]) -> None:
    """The blocks in the pages' reading order (each page's own blocks as they were)."""
    rank = {p: k for k, p in enumerate(order)}
    doc.blocks.sort(key=lambda b: rank.get(b.loc.page, len(order)))
