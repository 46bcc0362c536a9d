"""Where a table broken by a page goes on: decisions the PDF reader (extract.pdf_reader) and the
page assembler of scans and OFD pages (extract.ruled_page) both take when they join a table's parts."""
from __future__ import annotations

from .model import Location, Table


def merged_over_break(table: Table, last: int, wraps: dict) -> None:
    """A merged cell the page break cut, its text drawn only in the next page's part (LibreOffice
    with a vMerged cell): the last row's cell is empty and its own, while the cell above it in the
    column is a merged cell ending just there, so the empty cell is not that group's (its rule
    says so) and is no level left blank for "as above". It is the top of the next part's first
    cell in the column, which then spans both rows. `last`: the first part's last row; the next
    part's rows follow it in `table`. wraps: (row, col) -> whether a cell's text runs on, kept."""
    for p in [c for c in table.cells if c.row == last + 1 and c.text.strip()]:
        here, above = table.cell_at(last, p.col), table.cell_at(last - 1, p.col) if last > 0 else None
        if here is None or above is None or here.text.strip() or here.row != last or here.rowspan != 1 or \
                (here.col, here.colspan) != (p.col, p.colspan) or (above.col, above.colspan) != (p.col, p.colspan) or \
                above.rowspan < 2 or above.row + above.rowspan != last or not above.text.strip():
            continue
        table.cells.remove(here)
        p.row, p.rowspan = last, p.rowspan + 1
        p.loc = Location(**{**p.loc.__dict__, "row": last})
        wraps[(last, p.col)] = wraps.pop((last + 1, p.col), False)
