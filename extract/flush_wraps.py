"""A bordered table printed at FIXED COLUMN WIDTHS with nothing between its rows (antiword's text of a Word
table: '|cell      |cell|' lines, each cell's text FLUSH against its left bar and padded to its column's
width, a long cell WRAPPED onto the next lines of the same row with the other cells blank there). Where a
row ends the print does not say; its cells do: a cell wraps only where its text FILLED its column (no room
left for another character), so a line whose every filled cell stands under a cell that filled its column
on the line above, and that fills fewer cells than its row's first line, is that row's wrap, its pieces the
cells' next lines. A line with a cell under one that had room left (a new row's target, weight, score) is a
row of its own, and so is a line as full as the one it follows (the first row under a head whose names fill
their columns).

Only such prints: a Markdown or a database client's table pads its cells with a space after the bar, and a
table whose columns change width from line to line was laid out by no fixed widths."""
from __future__ import annotations

from .display_columns import display_width

Row = list[tuple[int, str]]
MIN_LINES = 3      # a head and two rows at least: a table's worth of lines to see the widths in
ROOM = 2           # a column with room for a CJK character left was not filled


def _cells(text: str) -> list[str] | None:
    """The raw cells (padding kept) of a line bounded by bars, or None."""
    text = text.strip()
    return text[1:-1].split("|") if len(text) > 1 and text[0] == "|" and text[-1] == "|" else None


def _widths(lines: list[list[str]]) -> tuple[list[int], int] | None:
    """Each column's width and the width an East Asian ambiguous character takes (1 or 2, as the
    printer counted it), where every line's cells stand at the same widths under that count; None
    where no count makes them fixed."""
    for ambiguous in (2, 1):
        widths = [{display_width(cs[k], ambiguous) for cs in lines} for k in range(len(lines[0]))]
        if all(len(w) == 1 for w in widths):
            return [w.pop() for w in widths], ambiguous
    return None


def flush_wraps(rows: list[Row], raw: dict[int, str]) -> list[Row]:
    """The rows (one per line, as a bordered table's lines were split) with each wrap line joined to the
    row above it, a cell's pieces one a line (module docstring); the rows as they are where the lines
    are no fixed-width print of flush cells. `raw`: each line's text as written, by its number."""
    lines = []
    for r in rows:
        nos = {no for no, _ in r}
        cells = _cells(raw.get(next(iter(nos)), "")) if len(nos) == 1 else None
        if cells is None:
            return rows
        lines.append(cells)
    if len(lines) < MIN_LINES or len({len(cs) for cs in lines}) != 1 or len(lines[0]) < 2 \
            or any(c.strip() and c[:1].isspace() for cs in lines for c in cs):
        return rows
    if (fixed := _widths(lines)) is None:
        return rows
    widths, ambiguous = fixed

    def full(cell: str, width: int) -> bool:
        return bool(cell.strip()) and width - display_width(cell.rstrip(), ambiguous) < ROOM

    out: list[Row] = []
    opened = 0      # the cells the current row's first line filled
    for k, (r, cells) in enumerate(zip(rows, lines)):
        filled = [j for j, c in enumerate(cells) if c.strip()]
        # fewer cells than its row's first line: a head whose names fill their columns wraps into no row
        if out and filled and len(filled) < opened and all(full(lines[k - 1][j], widths[j]) for j in filled):
            out[-1] = [(no, f"{text}\n{cells[j].strip()}" if j in filled else text)
                       for j, (no, text) in enumerate(out[-1])]
        else:
            out.append(list(r))
            opened = len(filled)
    return out
