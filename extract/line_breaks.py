"""Whether two lines of a cell are one text wrapped or two figures one a line: the grammar the PDF
reader (extract/pdf_reader.py) and the page-image reader (extract/ruled_page.py) share, so that a cell of
figures one a line (分值 8⏎8⏎6, 124座⏎6150亩) is never read as one figure (issue 21, 190)."""
from __future__ import annotations

import re

# A figure alone: an operator, a number, a short unit (8, 9.56, ≥85%, 124座); and a line opening with one.
_FIGURE_ALONE = re.compile(r"^[≥≤><=＞＜]?\s*\d[\d,.]*\s*([^\d\s，。；、：,;:]{0,6})$")
_FIGURE_START = re.compile(r"^[≥≤><=＞＜]?\s*\d")
# A number broken over a cell's lines where it is wider than the cell (5.9⏎2, 99.⏎40, 1,234.⏎56).
NUMBER_GOES_ON = re.compile(r"\d[.,]?\n\d")
# A date goes on over a line after its year or month (2023年⏎11月30日前): one date, not two figures.
_DATE_GOES_ON = {"年": re.compile(r"^\d{1,2}\s*月"), "月": re.compile(r"^\d{1,2}\s*[日号]")}


def two_figures(a: str, b: str, full: bool) -> bool:
    """Whether text `a` and the line `b` after it are two figures, not one run on: `a` is a figure
    alone and `b` opens with one. A line breaker breaks inside a number only when it is longer than
    the line, so digits run on only from a `full` line; after a unit (124座⏎6150亩, 100%⏎88.6%) the
    two are never one figure, but for a date's parts. A cell of figures one a line (分值 8⏎8⏎6)
    keeps its lines."""
    m = _FIGURE_ALONE.match(a.rsplit("\n", 1)[-1].strip())
    if m is None or not _FIGURE_START.match(b.strip()):
        return False
    if (date := _DATE_GOES_ON.get(m.group(1))) is not None and date.match(b.strip()):
        return False
    return bool(m.group(1)) or not full
