"""Cells that are records: a column whose cells each hold one indicator as label：value lines
(三级指标：新建旅游厕所 / 年度指标值：≥20座 / 实际完成值：21座 / 分值：10 / 得分：10), the levels in the
merged columns beside them, read as the table the form stands for.

A cell is a record when every line of it (two at least) is a label, a colon and a value, the label
a few characters with no figure in it. A column is a column of records when two of its cells at
least are records whose labels the indicator header grammar (vocab.header_field) maps, the name
among them: evidence from the cells, no list of these forms' words. The view gives the column one
column per label: a record's values go under its labels; where a record's labels are not those of
the columns over it (the fund row's 年初预算数 … over the indicators', or the first record), they
become a header row: in place of the cell over the records where that cell heads them (三级指标及完成
情况 over 三级指标：…, by the same grammar), else a row of their own inserted over the record, the
cells beside it merged down over both. A record whose labels are all among the columns' (总分's 分值
/ 得分) fills those columns alone. Every cell keeps its location: a record read from the view
points at the cell its text stands in.
"""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Cell, Table

from .outline import ITEM
from .rebuild import HEADER_CELL
from .vocab import INDICATOR_HEADERS, header_field

_PAIR = re.compile(r"^\s*([^：:\d]{1,%d}?)\s*[：:]\s*(.*?)\s*$" % HEADER_CELL)
# Pairs side by side on one line stand apart by a gap: a full-width space, a tab or two spaces and more.
_GAP = re.compile(r"[\u3000\t]+| {2,}")
# A print may keep one space of such a gap (807.pdf's boxes): a space is a gap only before a label and its colon.
_LABEL_AHEAD = re.compile(r"\s+(?=[^：:\d\s]{1,%d}?\s*[：:])" % HEADER_CELL)
# A card titled by its indicator's name (a first line with no label, the values labelled below) gives the
# name the header grammar's own word for the name column.
NAME_LABEL = next(spec["has"][0] for field, spec in INDICATOR_HEADERS if field == "level3")


def _line_pairs(line: str) -> list[tuple[str, str]] | None:
    """A line's label：value pairs: pieces apart by gaps each a pair, else pieces apart by a space before
    a label each a pair, else the line one pair."""
    pieces = [x for x in _GAP.split(line.strip()) if x]
    spaced = [x for x in _LABEL_AHEAD.split(line.strip()) if x]
    for parts in [p for p in (pieces, spaced) if len(p) > 1] + [[line]]:
        got = [_PAIR.match(x) for x in parts]
        if all(m is not None and m.group(1).strip() for m in got):
            return [(m.group(1).strip(), m.group(2)) for m in got]
    return None


def stacked_pairs(text: str) -> str | None:
    """A text of two lines parted alike by gaps (or by spaces alone), the first all labels (short, no figure) over the second's
    values (a ruby line over its bases, 总分　得分　自评等级 / 100　99.30　优), as its label：value pairs apart
    by gaps; None for any other text."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) != 2:
        return None
    labels, values = ([x for x in _GAP.split(ln.strip()) if x] for ln in lines)
    if len(labels) != len(values) or len(labels) < 2:   # a print may keep one space of each gap
        labels, values = (ln.split() for ln in lines)
    if len(labels) < 2 or len(labels) != len(values) or \
            any(re.search(r"[\d：:]", x) or len(x) > HEADER_CELL for x in labels) or \
            not any(re.search(r"\d", x) for x in values):
        return None
    return "\u3000\u3000".join(f"{label}：{value}" for label, value in zip(labels, values))


# A name closing with a bracket of label：value pairs apart by ；(a questionnaire's preset wording, 1769:
# 1.建设金银花标准化种植基地（年度指标值：≥10000亩；分值：10分）)
_BRACKETED = re.compile(r"^(?P<name>[^（()）\n]+?)\s*[（(](?P<inner>[^（()）\n]*[：:][^（()）\n]*)[）)]\s*$")


def _bracketed_pairs(text: str) -> list[tuple[str, str]] | None:
    """A one-line cell of a name and a bracket of label：value pairs apart by ；, two at least, each label
    one the header grammar maps to a value field (target, actual, weight, score): the name (its list
    number left out) under the header grammar's word for the name, then the pairs; None else."""
    m = _BRACKETED.match(text.strip())
    if m is None:
        return None
    got = [_PAIR.match(x) for x in re.split(r"\s*[；;]\s*", m.group("inner").strip()) if x]
    if len(got) < 2 or any(g is None or not g.group(2) for g in got):
        return None
    out = [(g.group(1).strip(), g.group(2)) for g in got]
    if any(f not in VALUE_FIELDS for f in _fields([label for label, _ in out])):
        return None
    name = m.group("name").strip()
    if (item := ITEM.match(name)) is not None and name[item.end():].strip():
        name = name[item.end():].strip()     # its list number (1. 2、) no part of it
    return [(NAME_LABEL, name), *out]


def pairs(text: str) -> list[tuple[str, str]] | None:
    """A record cell's label：value pairs in order, or None where the cell is no record. A first line
    with no label, over labelled values none of which names the indicator, is the name (a card's title);
    a name closing with a bracket of labelled values is the name and those values (_bracketed_pairs)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) == 1:
        return _bracketed_pairs(lines[0])
    if len(lines) < 2:
        return None
    out = []
    for k, ln in enumerate(lines):
        got = _line_pairs(ln)
        if got is None and k == 0 and not re.search(r"[：:]", ln):
            out.append((NAME_LABEL, ln.strip()))
            continue
        if got is None:
            return None
        out += got
    labels = [label for label, _ in out]
    if len(set(labels)) != len(labels):
        return None
    if labels[0] == NAME_LABEL and not lines[0].lstrip().startswith(NAME_LABEL):
        fields = _fields(labels[1:])
        if "level3" in fields or sum(f is not None for f in fields) < 2:
            return None
    return out


_COLON = re.compile(r"[：:]")


def stacked_records(text: str) -> list[list[tuple[str, str]]]:
    """The records of a cell holding several cards one under another (807.scan: the boxes of a drawing
    read as one cell, each a name line over its labelled lines), each a record naming an indicator;
    [] where the cell is not two such cards at least."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    starts = [k for k, ln in enumerate(lines) if not _COLON.search(ln)]
    if len(starts) < 2 or starts[0] != 0:
        return []
    cards = [pairs("\n".join(lines[a:b])) for a, b in zip(starts, starts[1:] + [len(lines)])]
    if any(got is None or "level3" not in _fields([label for label, _ in got]) for got in cards):
        return []
    return cards


# A label and its colon inside running text (扶持安置区产业项目年度指标值：≥8个): the characters before the colon,
# its label the shortest of their endings the header grammar maps (年度指标值, not the name before it).
_LABELLED = re.compile(r"([^\s：:\d]{1,%d})\s*[：:]" % (2 * HEADER_CELL))
# or before a space and its value, no colon (a print of label | value rows glued on one line, 1595.pdf:
# 年度指标值 ≥42000人实际完成值 43150人分值 10得分 10): the value a figure, with its operator or not, so that a
# header line of labels one after another (年度指标值 实际完成值 分值 得分) labels nothing
_SPACE_LABELLED = re.compile(r"([^\s：:\d]{1,%d})\s+(?=[≥≤＞＜><=≧≦]|\d)" % (2 * HEADER_CELL))
VALUE_FIELDS = ("target", "actual", "weight", "score")


def labelled_count(text: str) -> int:
    """How many indicators a cell's text labels however its lines run (two columns of label：value
    paragraphs read line by line across both, 1081.scan's box): the count of the value field labelled
    most often, where two of target / actual / weight / score are labelled twice or more; else 0. A
    cell that no reading spread into rows is named with it, not passed over."""
    counts = dict.fromkeys(VALUE_FIELDS, 0)
    for m in [*_LABELLED.finditer(text), *_SPACE_LABELLED.finditer(text)]:
        run = m.group(1)
        field = next((f for k in range(len(run) - 1, -1, -1) if (f := header_field(run[k:], set())) is not None), None)
        if field in counts:
            counts[field] += 1
    many = [n for n in counts.values() if n >= 2]
    return max(many) if len(many) >= 2 else 0


def _fields(labels: list[str]) -> list[str | None]:
    return [header_field(label, set()) for label in labels]


def _names_one(x: Cell) -> bool:
    """Whether a cell is a record naming an indicator: its labels the header grammar's, the name among them."""
    got = pairs(x.text)
    if got is None:
        return False
    fields = _fields([label for label, _ in got])
    return "level3" in fields and sum(f is not None for f in fields) >= 2


def records(t: Table) -> list[Cell]:
    """The cells of a table that are records naming an indicator (left in a table no view spread)."""
    return [x for x in t.cells if _names_one(x)]


def card_over_heading(x: Cell) -> bool:
    """Whether a cell is a card naming an indicator (a name line over label：value lines) followed by a
    line or two with no colon (the next run's heading, 产出指标·质量指标, printed into the card's cell by a
    PDF's grid, 1467.pdf): not read as a record, but an indicator all the same, to be named unread."""
    lines = [ln for ln in x.text.split("\n") if ln.strip()]
    tail = 0
    while tail < min(2, len(lines)) and not _COLON.search(lines[len(lines) - 1 - tail]):
        tail += 1
    if not tail or len(lines) - tail < 2:
        return False
    return _names_one(replace(x, text="\n".join(lines[:len(lines) - tail])))


def _record_column(t: Table) -> tuple[int, int] | None:
    """The column (its first column and width) of the table's records, or None."""
    found: dict[tuple[int, int], int] = {}
    for x in records(t):
        found[(x.col, x.colspan)] = found.get((x.col, x.colspan), 0) + 1
    best = [k for k, n in found.items() if n >= 2]
    return best[0] if len(best) == 1 else None


def _heads(cell: Cell | None, first: str) -> bool:
    """Whether a cell over a record names its first label (三级指标及完成情况 over 三级指标：…)."""
    if cell is None or pairs(cell.text) is not None:
        return False
    text = cell.text.strip()
    if not text or len(text) > HEADER_CELL or re.search(r"\d", text):
        return False
    field = header_field(first, set())
    return text.startswith(first) or (field is not None and header_field(text, set()) == field)


def _across(x: Cell, c: int, w: int, region: list[Cell]) -> bool:
    """Whether a cell wider than the column covers it from edge to edge on rows holding no record, a
    heading (no label：value in it: 项目名称：… across the column is the form's, no group's)."""
    return (x.col, x.colspan) != (c, w) and x.col <= c and x.col + x.colspan >= c + w and not _COLON.search(x.text) and \
        not any((y.col, y.colspan) == (c, w) and x.row <= y.row < x.row + x.rowspan and pairs(y.text) is not None
                for y in region)


def _header_above(t: Table, region: list[Cell], r: int, c: int, w: int) -> list[Cell] | None:
    """The column's cells in the header row over its first record (row r), group headings across the
    column between (评价内容（模板预设） over 一、产出指标 / （一）数量指标 over 1769's first record): one
    cell the column's width, or pieces filling it (a scan's grid that lost the merge: 评价内 | 容（模板预设）),
    their text a header cell, no record, no figure, on a row another cell of which the header grammar
    maps to a value field (实际完成值, 得分); None where the column has none."""
    k = r - 1
    while k >= 0 and (on := [x for x in region if x.row <= k < x.row + x.rowspan]) and \
            all(_across(x, c, w, region) and x.rowspan == 1 for x in on):
        k -= 1
    pieces = sorted((x for x in region if x.row <= k < x.row + x.rowspan), key=lambda x: x.col)
    if k == r - 1 or not pieces or any(x.rowspan != 1 or x.col < c or x.col + x.colspan > c + w for x in pieces) or \
            sum(x.colspan for x in pieces) != w:
        return None
    text = "".join(x.text.strip() for x in pieces)
    if not text or len(text) > HEADER_CELL or re.search(r"\d", text) or any(pairs(x.text) is not None for x in pieces):
        return None
    beside = [y for y in t.cells if y.row == k and y.col >= c + w and y.text.strip()]
    return pieces if any(header_field(y.text.strip(), set()) in VALUE_FIELDS for y in beside) else None


def record_view(t: Table) -> tuple[Table, dict[int, int]] | None:
    """The table with its column of records spread into a column per label, and the view's rows
    that moved -> the table's (a label row stands for the record under it); None where it has none
    (or where a cell crosses that column's edges: no grid to spread it in)."""
    at = _record_column(t)
    if at is None:
        return None
    c, w = at
    region = [x for x in t.cells if x.col < c + w and x.col + x.colspan > c]
    # the records' band: from the cell over the first record to the last; a cell crossing the column's edges
    # there leaves no grid to spread them in, but one above or below it (the sheet's head and fund rows, a
    # 总分 row merged across, 1597) only widens by the labels the column gains
    rows = sorted(x.row for x in region if (x.col, x.colspan) == (c, w) and pairs(x.text) is not None)
    band = range(rows[0] - 1, rows[-1] + 1)
    # a line across the column on rows of no record (a group heading merged across the table, 1769) only widens
    if any((x.col, x.colspan) != (c, w) and (x.row in band or x.row + x.rowspan - 1 in band or
                                             x.row < band.start and x.row + x.rowspan > band.stop) and
           not _across(x, c, w, region) for x in region):
        return None
    # of those, the cell at the column's right edge takes the new columns (the others keep their places)
    crossing = {id(x) for x in region if (x.col, x.colspan) != (c, w) and x.col + x.colspan >= c + w}
    # a card beside the column is an indicator of its own (a grid of cards, 1467.pdf), no level or name
    # of the records: no column of records with its levels beside it
    if any(x.col + x.colspan <= c or x.col >= c + w for x in t.cells if _names_one(x) or card_over_heading(x)):
        return None
    records = {x.row: got for x in region if (got := pairs(x.text)) is not None}
    width = max(w, *(len(got) for got in records.values()))   # records of fewer labels leave the rest empty
    shift = width - w
    # each source row's first and last row in the view: two where a label row is inserted over it
    top: dict[int, int] = {}
    bottom: dict[int, int] = {}
    labels: list[str] | None = None
    label_rows: dict[int, tuple[list[str], Cell]] = {}   # view row -> its labels, the record they come from
    replaced: set[int] = set()   # ids of the cells over records that became their labels
    in_region = {x.row: x for x in region}
    n = 0
    for r in range(t.n_rows):
        top[r] = n
        got = records.get(r)
        if got is not None:
            names = [label for label, _ in got]
            over = in_region.get(r - 1)
            header = _header_above(t, region, r, c, w) if labels is None else None
            if over is not None and over.rowspan == 1 and r - 1 not in records and _heads(over, names[0]):
                labels = names
                label_rows[n - 1] = (names, in_region[r])
                replaced.add(id(over))
            elif header is not None:
                labels = names
                label_rows[top[header[0].row]] = (names, in_region[r])
                replaced.update(id(x) for x in header)
            elif labels is None or not set(names) <= set(labels):
                labels = names
                label_rows[n] = (names, in_region[r])
                n += 1
        bottom[r] = n
        n += 1
    view_labels = {row: names for row, (names, _) in label_rows.items()}
    cells: list[Cell] = []
    for x in t.cells:
        last = x.row + x.rowspan - 1
        if id(x) in replaced:
            continue
        if (x.col, x.colspan) == (c, w) and x.row in records:
            continue
        row, rowspan = top[x.row], bottom[last] - top[x.row] + 1
        if (x.col, x.colspan) != (c, w) and top[x.row] != bottom[x.row] and \
                any(r in records for r in range(x.row + 1, last + 1)):
            # a cell beside several records (their level) stays out of the label row over the first
            row, rowspan = bottom[x.row], bottom[last] - bottom[x.row] + 1
        if (x.col, x.colspan) == (c, w):
            cells.append(replace(x, row=row, rowspan=rowspan, colspan=width))
        elif id(x) in crossing:
            cells.append(replace(x, row=row, rowspan=rowspan, colspan=x.colspan + shift))
        elif x.col >= c + w:
            cells.append(replace(x, row=row, rowspan=rowspan, col=x.col + shift))
        else:
            cells.append(replace(x, row=row, rowspan=rowspan))
    for r in range(t.n_rows):
        vr = bottom[r]
        heads = [row for row in view_labels if row < vr]
        current = view_labels[max(heads)] if heads else []
        got = records.get(r)
        if got is None:
            continue
        x = in_region[r]
        for label, value in got:
            if value.strip():
                cells.append(Cell(text=value, row=vr, col=c + current.index(label), loc=x.loc))
    for row, (names, x) in label_rows.items():
        cells += [Cell(text=label, row=row, col=c + k, loc=x.loc) for k, label in enumerate(names)]
    cells.sort(key=lambda x: (x.row, x.col))
    moved = {bottom[r]: r for r in range(t.n_rows)}
    moved.update({row: next(r for r in range(t.n_rows) if bottom[r] > row) for row in label_rows if row not in moved})
    return replace(t, n_rows=n, n_cols=t.n_cols + shift, cells=cells), {v: r for v, r in moved.items() if v != r}


def record_grid(t: Table) -> tuple[Table, dict[int, int]] | None:
    """Records TILED ACROSS a row (1501: a sheet row per level-2 run, its levels in the cells on the left,
    then one cell per indicator, each a record of label：value lines; a run shorter than the row leaves
    cells empty) as one column of records: each record a row of its own, left to right then down, the
    cells left of the first record column copied onto each; the other rows kept, a cell spanning that
    column narrowed to it. Returns the view (for record_view to spread) and its rows -> the table's, or None
    where the records stand in one column (record_view's own case) or the rows holding them carry
    anything but records right of the first (or a cell merged down beside them)."""
    found = records(t)
    cols = sorted({x.col for x in found})
    if len(cols) < 2 or any(x.colspan != 1 or x.rowspan != 1 for x in found):
        return None
    c0, rows = cols[0], {x.row for x in found}
    tiles = {id(x) for x in found}
    for x in t.cells:
        if x.rowspan > 1 and any(r in rows for r in range(x.row, x.row + x.rowspan)):
            return None
        if x.row in rows and x.col >= c0 and id(x) not in tiles and x.text.strip():
            return None
    cells: list[Cell] = []
    moved: dict[int, int] = {}
    n = 0
    for r in range(t.n_rows):
        own = sorted((x for x in t.cells if x.row == r), key=lambda x: x.col)
        if r in rows:
            left = [x for x in own if x.col < c0]
            for tile in (x for x in own if id(x) in tiles):
                cells += [replace(x, row=n) for x in left] + [replace(tile, row=n, col=c0)]
                moved[n] = r
                n += 1
            continue
        for x in own:
            if x.col <= c0 < x.col + x.colspan:
                x = replace(x, col=c0, colspan=1) if x.col == c0 else replace(x, colspan=c0 - x.col + 1)
            cells.append(replace(x, row=n))
        moved[n] = r
        n += 1
    return replace(t, n_rows=n, cells=cells), {v: r for v, r in moved.items() if v != r}
