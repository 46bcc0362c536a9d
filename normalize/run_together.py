"""分值 ⏎ 得分 stacked in one head, as a scan reads it: OCR joins the head's two lines into one (分值得分) while each
cell keeps its two (8 ⏎ 7.2), so the head alone names the weight. The cells are the evidence the column holds
both: every body cell written in it is two figures on two lines, the score never above the weight."""
from decimal import Decimal

from .quantity import parse_cell, stacked_pair
from .vocab import bare, run_together_points


def _two_figures(text: str) -> tuple[Decimal, Decimal] | None:
    """The values of a cell of two lines, each one figure (quantity.stacked_pair), or None."""
    if (pair := stacked_pair(text)) is None:
        return None
    qs = [parse_cell(x) for x in pair]
    return None if any(q.value is None for q in qs) else (qs[0].value, qs[1].value)


def run_together_column(grid, h: int, rows: list[int], weight: int | None, score: int | None) -> tuple[str, str] | None:
    """The order (weight, score or score, weight) in which the one points column (the weight's or the score's, the
    other none) holds both, where its head names the two run together (vocab.run_together_points) and at least two
    body cells are written in it, each two figures on two lines with the score at most the weight; else None."""
    if (weight is None) == (score is None):
        return None
    c = weight if weight is not None else score
    order = run_together_points(grid[h][c]) if h < len(grid) and c < len(grid[h]) else None
    if order is None:
        return None
    cells = [grid[k][c] for k in rows if c < len(grid[k]) and bare(grid[k][c])]
    pairs = [_two_figures(x) for x in cells]
    if len(pairs) < 2 or any(p is None for p in pairs):
        return None
    scored = [dict(zip(order, p)) for p in pairs]
    return order if all(x["score"] <= x["weight"] for x in scored) else None
