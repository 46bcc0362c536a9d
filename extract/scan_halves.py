"""A page a scanner cut down its middle into two pages (its SPLIT IMAGE setting, for opened books, left on).

Fed a landscape form, such a scanner gives its left half and then its right half as two portrait pages
(1791.scan): the table's columns parted between them, no page holding a whole row, each half read on its
own with its cut cells (extract.ocr_reader names the cut edges) and every record losing what stands on
the other half. Two pages are two halves of one where the first's ink runs off its RIGHT edge and the
second's off its LEFT edge along the same lines: the rows where a table's horizontal rules cross the
seam (dark across a strip STRIP pixels wide at the edge) fall at the same heights on both, RULES of them
at least, and the two are as tall, while their outer edges keep their margins (lines off every edge are a
ground the page lies on, a cutting mat's grid, not a seam). They are then laid side by side again and read as the one page they
were; a page whose table keeps inside its margins meets no such seam.
"""
from __future__ import annotations

STRIP = 60       # pixels at the edge looked at (a text line crossing the seam is not dark across so far)
DARK = 140       # darker than this is ink
ACROSS = 0.9     # share of the strip a rule's row is dark across
RULES = 5        # the fewest rules crossing the seam
NEAR = 3         # pixels two rules' heights may differ by
MATCHED = 0.8    # share of each side's rules the other side has near


def _rule_rows(grey, side: str) -> list[int]:
    """The rows (each run's middle) dark across the strip at one edge of a grey image (numpy)."""
    strip = grey[:, -STRIP:] if side == "right" else grey[:, :STRIP]
    dark = (strip < DARK).mean(axis=1) >= ACROSS
    rows, start = [], None
    for y, d in enumerate(list(dark) + [False]):
        if d and start is None:
            start = y
        elif not d and start is not None:
            rows.append((start + y - 1) // 2)
            start = None
    return rows


def _near_share(a: list[int], b: list[int]) -> float:
    return sum(any(abs(x - y) <= NEAR for y in b) for x in a) / len(a) if a else 0.0


def halves(left, right) -> bool:
    """Whether two page images (PIL) are the left and right halves of one page."""
    import numpy as np
    if left.height != right.height:
        return False
    one, two = np.asarray(left.convert("L")), np.asarray(right.convert("L"))
    a, b = _rule_rows(one, "right"), _rule_rows(two, "left")
    if len(a) < RULES or len(b) < RULES or min(_near_share(a, b), _near_share(b, a)) < MATCHED:
        return False
    # the page's own outer edges keep their margins: lines off every edge are a ground under the page (1102.scan's
    # gridded cutting mat, its lines off both sides of both shots), no seam
    return len(_rule_rows(one, "left")) < RULES and len(_rule_rows(two, "right")) < RULES


def joined(pages: list) -> tuple[list, list[int]]:
    """The page images with each pair of halves laid side by side as one image; the file's page numbers
    (1-based) of the left halves joined."""
    from PIL import Image
    out, lefts, k = [], [], 0
    while k < len(pages):
        if k + 1 < len(pages) and halves(pages[k], pages[k + 1]):
            left, right = pages[k], pages[k + 1]
            whole = Image.new("RGB", (left.width + right.width, left.height), "white")
            whole.paste(left.convert("RGB"), (0, 0))
            whole.paste(right.convert("RGB"), (left.width, 0))
            whole.info.update(left.info)
            out.append(whole)
            lefts.append(k + 1)
            k += 2
        else:
            out.append(pages[k])
            k += 1
    return out, lefts
