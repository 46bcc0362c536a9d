"""A page's fills indexed in a coarse grid, for the tests that ask, of each text object or glyph,
which fills lie over or under it (pdfium_page._Unseen, pdf_reader._plumber_shown). Tried against
every fill, a page of many fills costs text × fills; through the grid a query looks only at the
fills in the slots it touches, so the cost is about text × (1 + the fills that do touch it).

The answers are exactly those of the tests written out against every box (tests/test_box_index.py):
the grid only picks the candidates, and every box that can answer is among them, however its
coordinates run (infinite, not a number, or given right to left)."""
from __future__ import annotations

import bisect
import math

MOST_SLOTS = 256   # slots a side: a page's fills seldom need more
# A box over more slots than a side has (a panel, a page-wide ground; not a row's full-width
# shading) is kept aside and tried by every query: the grid holds at most boxes × side entries.
LEAST_WIDE = 16


def overlaps(a, b) -> bool:
    """Whether two boxes' insides overlap (boxes that only touch do not)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class BoxIndex:
    """Boxes (x0, y0, x1, y1), y0 ≤ y1 as drawn, asked which overlap a box or hold a point."""

    def __init__(self, boxes):
        self.boxes = [tuple(b) for b in boxes]
        n = max(1, min(MOST_SLOTS, math.isqrt(len(self.boxes))))
        self.n = n
        self.x = self._axis([v for b in self.boxes for v in (b[0], b[2])])
        self.y = self._axis([v for b in self.boxes for v in (b[1], b[3])])
        self.slots: dict[tuple[int, int], list[int]] = {}
        self.wide: list[int] = []
        for i, b in enumerate(self.boxes):
            cols, rows = self._span(self.x, b[0], b[2]), self._span(self.y, b[1], b[3])
            if len(cols) * len(rows) > max(LEAST_WIDE, n):
                self.wide.append(i)
                continue
            for c in cols:
                for r in rows:
                    self.slots.setdefault((c, r), []).append(i)

    def _axis(self, values: list[float]) -> tuple[float, float]:
        """The axis's origin and slot width, from the boxes' finite coordinates."""
        finite = [v for v in values if math.isfinite(v)]
        lo, hi = (min(finite), max(finite)) if finite else (0.0, 0.0)
        width = (hi - lo) / self.n
        return lo, width if width > 0 and math.isfinite(width) else 1.0

    def _slot(self, axis: tuple[float, float], v: float) -> int:
        # monotone in v, clamped: what lies between two values lies between their slots
        t = (v - axis[0]) / axis[1]
        return 0 if not t > 0 else self.n - 1 if t >= self.n - 1 else int(t)

    def _span(self, axis: tuple[float, float], a: float, b: float) -> range:
        sa, sb = self._slot(axis, a), self._slot(axis, b)
        return range(min(sa, sb), max(sa, sb) + 1)

    def _candidates(self, cols: range, rows: range, among: range | None) -> set[int]:
        # each slot's boxes are in their given order: those outside `among` are passed over by bisection
        among = range(len(self.boxes)) if among is None else among
        if len(cols) * len(rows) > len(self.boxes):     # more slots to look in than boxes: every box
            return set(among)
        found: set[int] = set()
        for held in [self.wide, *(self.slots.get((c, r), ()) for c in cols for r in rows)]:
            found.update(held[bisect.bisect_left(held, among.start):bisect.bisect_left(held, among.stop)])
        return found

    def overlapping(self, q, among: range | None = None) -> list[int]:
        """The boxes whose insides overlap q's (of those numbered `among`, all where None), in their given order."""
        found = self._candidates(self._span(self.x, q[0], q[2]), self._span(self.y, q[1], q[3]), among)
        return sorted(i for i in found if overlaps(self.boxes[i], q))

    def holding(self, x: float, y: float, among: range | None = None) -> list[int]:
        """The boxes that hold the point (x, y), edges included (of those numbered `among`, all where
        None), in their given order."""
        found = self._candidates(self._span(self.x, x, x), self._span(self.y, y, y), among)
        return sorted(i for i in found if (b := self.boxes[i])[0] <= x <= b[2] and b[1] <= y <= b[3])
