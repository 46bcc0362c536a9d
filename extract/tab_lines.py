"""Rows typed as tab-separated lines (a table typed with tab stops instead of a Word table).

A block of consecutive lines is a table when its lines split on tabs into the same number of
fields: the width of the block's first line, or of the table directly above it (the typed lines
then go on from that table, without a typed header). Evidence is the shape, not the words.
A run of two or more spaces separates fields only where the line is short of the width by
exactly as many such runs (a typist's spaces in place of a tab); otherwise spaces are text.
A list item with no tab between typed lines that are items of a deeper level of its list (a Word
multilevel list: 一、产出指标 over （一）数量指标 over 1.新建… fields after tabs) heads the items below
it: it is a row of the table, one cell across it, as a section row of a drawn table is.
"""
from __future__ import annotations

import re
from typing import Callable

from .model import Cell, Document, Location, Paragraph, Table

MIN_FIELDS = 4   # fewer fields: label/value lines (填报人：X⇥电话：Y), not a table
MIN_LINES = 2
_SPACES = re.compile(r" {2,}|\u3000{2,}")
_SLASH = re.compile(r"\s*[／/]\s*")   # between the two halves of a paired field (年度指标值／实际完成值)
MAX_HEADING = 16      # characters: longer lines are text
TYPED_HEADING = 24    # between typed rows, where the rows' tabs frame it: a two-level heading (满意度指标 · 服务对象满意度指标 is 17)
MAX_HEADINGS = 3      # heading lines in a row between typed rows: more are text
_NOT_HEADING = re.compile(r"[\d：:。；;，,！？!?]")
# Leader dots TYPED in place of a tab stop's leader (建设示范园………≥15个………16个……10……10): a run of two ellipses
# or more (……, ⋯⋯), or of four dots or more (...., ．．．．, ····: a decimal point is one), between two words.
_LEADER = re.compile(r"(?<=\S)[ \u3000]*(?:[…⋯]{2,}|[.．·・]{4,})[ \u3000]*(?=\S)")


class ListItem(str):
    """A paragraph's text that is an item of a numbered list, with its list and level (0 the outermost)."""
    level: tuple[str, int]

    def __new__(cls, text: str, level: tuple[str, int]):
        item = super().__new__(cls, text)
        item.level = level
        return item


def _heads(heading: str, row: str) -> bool:
    """A line with no tab that heads a typed row: a list item over a deeper item of its list, or a
    short heading line (heading_line) over a line of fields."""
    if not isinstance(heading, ListItem):
        return heading_line(heading, TYPED_HEADING)
    return isinstance(row, ListItem) and "\t" not in heading.strip() \
        and heading.level[0] == row.level[0] and heading.level[1] < row.level[1]


def heading_line(text: str, limit: int = MAX_HEADING) -> bool:
    """A short line with no tab, no figure and no sentence or label mark: a heading a group of typed
    rows stands under (产出指标 over 数量指标 over the rows, 898.docx), a row of one cell across the
    table, as a section row of a drawn table is. A line of label and value, a sentence or a figure
    is text between two tables."""
    text = text.strip()
    return 0 < len(text) <= limit and "\t" not in text and not _NOT_HEADING.search(text)


def leaders_as_tabs(text: str) -> str:
    """A line whose fields a typist set apart by typed leader dots instead of tabs, with tabs between them:
    only where the dots part it into MIN_FIELDS fields or more (a table's row, its header); fewer runs
    (a contents line 一、项目概况……1, a sentence's 主要原因是……) leave the line as it is."""
    return _LEADER.sub("\t", text) if len(_LEADER.findall(text)) >= MIN_FIELDS - 1 else text


def fit(line: str, width: int) -> list[str] | None:
    """The line's fields at this width, or None when it does not split into that many."""
    fields = line.split("\t")
    while len(fields) > width and not fields[-1].strip():
        fields.pop()   # a trailing tab before nothing
    if len(fields) < width:
        short = width - len(fields)
        runs = [(k, list(_SPACES.finditer(f.strip()))) for k, f in enumerate(fields)]
        if sum(len(m) for _, m in runs) != short:
            return None
        fields = [part for f in fields for part in _SPACES.split(f.strip())]
    if len(fields) != width:
        return None
    return [f.strip() for f in fields]


def _paired(lines: list[str]) -> tuple[list[str], int] | None:
    """Lines whose fields hold PAIRS: a header line of too few tab-apart fields (三级指标⇥年度指标值／实际完成值⇥分值／得分)
    some of which are two names apart by one slash, and the lines below it holding one slash in the same
    fields (≥40公里／41.5公里, 10／10): (the lines with each pair split into two fields, the width), so
    that they read as typed rows of MIN_FIELDS or more. A line with no tab (a heading) stays as it is; a
    line whose pair field holds no slash or two (元／亩) is left whole, and ends the run where it stands."""
    head = lines[0].strip().split("\t")
    cols = [k for k, f in enumerate(head) if len(_SLASH.findall(f)) == 1 and all(p.strip() for p in _SLASH.split(f))]
    if len(head) < 2 or not cols or len(head) + len(cols) < MIN_FIELDS:
        return None

    def split(line: str) -> str:
        fields = line.strip().split("\t")
        if "\t" not in line.strip() or len(fields) != len(head) or any(len(_SLASH.findall(fields[k])) != 1 for k in cols):
            return line
        return "\t".join(part for k, f in enumerate(fields) for part in (_SLASH.split(f) if k in cols else [f]))
    return [split(line) for line in lines], len(head) + len(cols)


def typed_blocks(lines: list[str], width_above: int | None) -> list[tuple[int, int, list[list[str]]]]:
    """(first, end, rows) for each run of lines that reads as a typed table (a heading list item a row of
    one cell); lines outside the runs stay paragraphs. width_above: the column count of a table directly above the first line."""
    out = []
    i = 0
    while i < len(lines):
        best: tuple[int, list[list[str]]] | None = None
        fields = lines[i].split("\t")
        trimmed = len(fields)
        while trimmed > 1 and not fields[trimmed - 1].strip():
            trimmed -= 1
        widths = {len(fields), trimmed}
        if i == 0 and width_above:
            widths.add(width_above)
        tries = [(lines[i:], w) for w in sorted(widths) if w >= MIN_FIELDS]
        if not tries and (paired := _paired(lines[i:])) is not None:
            tries = [paired]
        for run, width in tries:
            rows, headings = [], []
            for line in run:
                if rows and "\t" not in line.strip() and len(headings) < MAX_HEADINGS and \
                        (isinstance(line, ListItem) or heading_line(line, TYPED_HEADING)):
                    headings.append(line)   # a row only where a typed row it heads follows it
                    continue
                fields = fit(line, width)
                if fields is None or sum(1 for f in fields if f) < 2 or \
                        not all(_heads(h, line) for h in headings):
                    break
                rows += [[h.strip()] for h in headings] + [fields]
                headings = []
            if len(rows) >= MIN_LINES and (best is None or len(rows) > len(best[1])):
                best = (width, rows)
        if best is None:
            i += 1
            continue
        out.append((i, i + len(best[1]), two_line_records(best[1])))
        i += len(best[1])
    return out


def two_line_records(rows: list[list[str]]) -> list[list[str]]:
    """Rows typed as TWO-LINE RECORDS under a two-line head (序号⇥三级指标⇥年度指标值⇥分值 over ⇥⇥实际完成值⇥得分,
    then 1⇥name⇥target⇥weight over ⇥⇥actual⇥score): one row each pair, the second line's fields after the
    first's, the head's second line's names after its first's. The evidence: the head's second line names
    fields only in columns its first line names too (more fields than one line holds), leaves the others
    empty, and below it the lines (a heading's one-cell row apart) alternate a line with a field in those
    empty columns and a line holding fields only where the head's second line names them. Otherwise the
    rows are as they came."""
    if len(rows) < 2 + 2 * MIN_LINES or len(rows[0]) < MIN_FIELDS or len(rows[1]) != len(rows[0]):
        return rows
    head, second = rows[0], rows[1]
    named = [c for c, f in enumerate(second) if f]
    empty = [c for c, f in enumerate(second) if not f]
    if not named or not empty or not all(head[c] for c in range(len(head))) or \
            any(re.search(r"\d", f) for f in head + second):
        return rows

    def first(row): return len(row) == len(head) and any(row[c] for c in empty)
    def follow(row): return len(row) == len(head) and not any(row[c] for c in empty) and any(row[c] for c in named)
    out, pending, pairs = [head + [second[c] for c in named]], None, 0
    for row in rows[2:]:
        if len(row) == 1 and pending is None:
            out.append(row)
        elif pending is None and first(row):
            pending = row
        elif pending is not None and follow(row):
            out.append(pending + [row[c] for c in named])
            pending, pairs = None, pairs + 1
        else:
            return rows
    return out if pending is None and pairs >= MIN_LINES else rows


def typed_column(lines: list[str]) -> list[list[str]] | None:
    """The rows of fields of a ONE-COLUMN table whose every row is one line typed at tab stops (the
    ruled lines the table's, the fields the tabs'): lines, one per row, as typed (leading tabs kept:
    an empty first field is a merged level's), read as typed rows are (typed_blocks). Only when
    they all read as one typed table: a row of two lines, or a line outside the run, keeps the table
    as it stands. None otherwise."""
    if len(lines) < MIN_LINES or any("\n" in line.strip("\n") for line in lines):
        return None
    lines = [line.strip("\n") for line in lines]
    blocks = typed_blocks(lines, None)
    if len(blocks) != 1 or blocks[0][:2] != (0, len(lines)):
        return None
    return blocks[0][2]


def typed_table(doc: Document, rows: list[list[str]], loc: Callable[..., Location], **table_loc) -> None:
    """Rows typed with tabs as a table block at the end of doc, a heading's row one cell across: loc(**kw) a
    cell's and the table's Location in the reader's terms, table_loc what the table's holds besides (its bbox)."""
    block, t_index = len(doc.blocks), len(doc.tables())
    width = max(len(row) for row in rows)
    cells = [Cell(text=text, row=r, col=c, loc=loc(block=block, table=t_index, row=r, col=c),
                  colspan=width if len(row) == 1 else 1)
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    doc.blocks.append(Table(index=t_index, n_rows=len(rows), n_cols=width, cells=cells,
                            loc=loc(block=block, table=t_index, **table_loc), origin="typed with tabs"))


def append_typed(doc: Document, lines: list[str], loc: Callable[..., Location]) -> None:
    """Append a word processor's pending tabbed paragraphs to doc: as tables where they read as rows
    typed with tabs, the others as paragraphs; then clear them. loc(**kw): a block's Location in the
    reader's terms (a .docx text box's number)."""
    if not lines:
        return
    above = doc.blocks[-1] if doc.blocks else None
    width = above.n_cols if isinstance(above, Table) and above.parent is None else None
    runs = {first: (end, rows) for first, end, rows in typed_blocks(lines, width)}
    i = 0
    while i < len(lines):
        if i in runs:
            end, rows = runs[i]
            typed_table(doc, rows, loc)
            i = end
            continue
        doc.blocks.append(Paragraph(text=lines[i].strip(), loc=loc(block=len(doc.blocks))))
        i += 1
    lines.clear()
