"""Tables laid out otherwise than one indicator a row, as views the indicator reader reads as it
reads any table: the header down the first column (transposed), label / value cards stacked one under
the other or tiled side by side, a column cut in two under one head (split_columns), a table written
right to left (mirrored). Each view's cells keep their location in the document; the evidence is
the cells', by the header grammar (indicator_header)."""
from __future__ import annotations

from dataclasses import fields as dataclass_fields, replace

import regex as re

from jixiao.extract import Cell, Location, Paragraph, Table

from .coded_columns import _content_roles
from .fund_grammar import MONEY_FIELDS, fund_word_field
from .indicator_header import _indicator_cols, _indicator_fields
from .quantity import parse
from .rebuild import cell_fit, cell_number
from .records import Figure, Project
from jixiao.extract.summary_rows import summary_label
from .vocab import INDICATOR_HEADERS, canonical_level1, header_field


def transposed(t: Table) -> Table | None:
    """A table with its indicator header down the first column (一级指标 / 三级指标 / 年度指标值 …
    as row labels, one indicator per column) as a view with rows and columns swapped, or None.
    Evidence from the cells: the first column reads as an indicator header by the header grammar
    while no row does. Each cell keeps its location in the document."""
    if t.n_rows < 3 or t.n_cols < 2:
        return None
    grid = t.grid(fill=True)
    # a total's row (总分 | 分值：100 | 得分：99.18) names fields in its labelled values: no header
    if any(len(_indicator_fields(row)) >= 2 for row in grid if summary_label(row[0]) is None):
        return None
    first = [row[0] for row in grid]
    if _indicator_cols(first) is None or len(_indicator_fields(first)) < 3:
        return None
    cells = [replace(c, row=c.col, col=c.row, rowspan=c.colspan, colspan=c.rowspan) for c in t.cells]
    return replace(t, n_rows=t.n_cols, n_cols=t.n_rows, cells=cells)


def level_column_band(t: Table) -> Table | None:
    """A band of rows whose SECOND cells are an indicator header written down the column (二级指标 / 三级指标 / 年度指标值
    …, one indicator per column after it) and whose first cells are one cell merged down the band holding a level 1
    (产出指标: the band's level, a table transposed in bands one per level 1): the table with the level written as
    the band's first header row (一级指标 | 产出指标 across the band's indicator columns) and the band's cells one
    column to the left, so that turned_band() / transposed() read it. Evidence from the cells: three or more header
    fields down the second column, a name and a value among them, no level 1 among them, and the merged first cell a
    level 1 by the level grammar. None where there is no such band. Each cell keeps its location in the document."""
    if t.n_rows < 3 or t.n_cols < 3:
        return None
    grid = t.grid(fill=True)
    fields = [header_field(row[1], set()) if len(_indicator_fields(row)) < 2 else None for row in grid]
    for a, c0 in ((c.row, c) for c in t.cells if c.col == 0 and c.rowspan >= 3):
        b = a + c0.rowspan
        run = fields[a:b]
        if None in run or len(set(run)) != len(run) or "level1" in run or "level3" not in run or \
                not {"target", "actual"} & set(run) or canonical_level1(c0.text.strip()) is None:
            continue
        if any(c.row < a < c.row + c.rowspan or c.row < b < c.row + c.rowspan for c in t.cells if c is not c0):
            continue
        width = max(c.col + c.colspan for c in t.cells if a <= c.row < b) - 2
        cells = [replace(c, row=c.row + (c.row >= a)) for c in t.cells if not a <= c.row < b]
        cells += [replace(c, row=c.row + 1, col=c.col - 1) for c in t.cells if a <= c.row < b and c is not c0]
        cells += [replace(c0, text=_HEAD_WORD["level1"], row=a, col=0, rowspan=1, colspan=1),
                  replace(c0, row=a, col=1, rowspan=1, colspan=width)]
        return replace(t, n_rows=t.n_rows + 1, cells=sorted(cells, key=lambda c: (c.row, c.col)))
    return None


def turned_band(t: Table) -> list[Table] | None:
    """A table holding, between rows of other matter (a head and fund block above, 总分 rows below), a
    band of rows whose first cells are an indicator header written DOWN the column (one indicator per
    column): the table cut into the rows above, the band and the rows below, each a table of its own,
    so that the band reads as transposed() reads a whole table. A band whose header path reads from
    the bottom (一级指标 under 三级指标: a table turned a quarter counter-clockwise onto the page, its
    text rotated) is turned back, its rows in reverse order. Evidence from the cells: three or more
    header fields by the header grammar, a name among them, no cell crossing the band's edges, no row
    of the band itself a header row. None where there is no such band, or it starts at the table's top
    (transposed() reads that whole). Each cell keeps its location in the document."""
    if t.n_rows < 4 or t.n_cols < 3:
        return None
    grid = t.grid(fill=True)
    fields = [header_field(row[0], set()) if len(_indicator_fields(row)) < 2 else None for row in grid]
    band, r = None, 0
    while r < len(grid):
        q = r
        while q < len(grid) and fields[q] is not None:
            q += 1
        run = fields[r:q]
        if len(set(run)) >= 3 and "level3" in run and {"target", "actual"} & set(run) and len(set(run)) == len(run):
            band = (r, q)
            break
        r = q + 1
    if band is None or band[0] == 0:
        # a band from the table's top (the whole table, or the rows under it its 总分 / 自评等级 written
        # row-wise) is what transposed() reads, the total and grade rows with it (752)
        return None
    a, b = band
    if any(c.row < a < c.row + c.rowspan or c.row < b < c.row + c.rowspan for c in t.cells):
        return None
    if _indicator_cols([row[0] for row in grid[a:b]]) is None:
        return None
    order = [fields[k] for k in range(a, b)]
    upward = "level1" in order and order.index("level1") > order.index("level3")

    def piece(lo: int, hi: int, flip: bool = False) -> Table:
        cells = [replace(c, row=(hi - c.row - c.rowspan) if flip else c.row - lo) for c in t.cells if lo <= c.row < hi]
        return replace(t, n_rows=hi - lo, cells=cells)
    return [piece(lo, hi, flip) for lo, hi, flip in ((0, a, False), (a, b, upward), (b, len(grid), False)) if hi > lo]


def stacked_cards(t: Table) -> Table | None:
    """A label | value table whose labels come round again (一级指标 … 得分, then 三级指标 … 得分 again):
    label / value cards set one under the other (753.pdf, a card a page run on into one table) as a
    view of one indicator table, the labels its header (in the order first written) and each card a
    row, a card starting where a label its card has comes again. A level a card leaves out is empty,
    as under a merged level cell. Evidence from the cells: every label reads as a header field by the
    header grammar, a name among them, and at least two cards. None for any other table. Each cell
    keeps its location in the document.
    A CAPTION ROW over a card (指标3: one cell that reads as no header field, the value cell empty; two-column
    key-value tables printed one under another, each under its caption, read by the PDF reader as one table,
    1547.pdf) is no part of a card: it stands only where a card starts (the row under it opens the next card),
    and the cards under captions must all be read so (no caption inside a card)."""
    if t.n_cols != 2 or t.n_rows < 6:
        return None
    rows = t.rows()
    caption = [[c.col for c in r if c.text.strip()] == [0] and header_field(r[0].text, set()) is None for r in rows]
    if any(len(r) != 2 and not cap for r, cap in zip(rows, caption)):
        return None
    fields = [None if cap else header_field(r[0].text, set()) for r, cap in zip(rows, caption)]
    labelled = [f for f, cap in zip(fields, caption) if not cap]
    if None in labelled or "level3" not in labelled or not {"target", "actual"} & set(labelled):
        return None
    cards: list[dict[str, Cell]] = [{}]
    heads: dict[str, Cell] = {}
    last = -1
    opened = False      # a caption row was the row above: the row under it must open the next card
    for row, field, cap in zip(rows, fields, caption):
        if cap:
            if opened:
                return None
            opened = True
            continue
        label, value = row
        heads.setdefault(field, label)
        at = list(heads).index(field)
        if field in cards[-1] or at <= last:     # the labels go round again: the next card
            cards.append({})
        elif opened and cards[-1]:
            return None       # a caption inside a card: no card's caption
        opened = False
        cards[-1][field], last = value, at
    if opened or len(cards) < 2 or any("level3" not in c for c in cards):
        return None
    order = list(heads)
    cells = [replace(heads[f], row=0, col=k, rowspan=1, colspan=1) for k, f in enumerate(order)]
    cells += [replace(c[f], row=r, col=k, rowspan=1, colspan=1)
              for r, c in enumerate(cards, 1) for k, f in enumerate(order) if f in c]
    return replace(t, n_rows=len(cards) + 1, n_cols=len(order), cells=cells)


# A level path written in one title (产出指标 · 数量指标, 产出指标／数量指标): its parts apart by a mark.
_LEVEL_PATH = re.compile(r"\s*[·•・/／|｜>＞→]\s*")
_HEAD_WORD = {f: spec["has"][0] for f, spec in INDICATOR_HEADERS if f in ("level1", "level2", "level3") and "has" in spec}


def tiled_cards(t: Table, titles_before: list[Paragraph] = ()) -> Table | None:
    """Label / value cards TILED SIDE BY SIDE (a dashboard: each card a band of columns, a title or two
    merged across the band over rows of label | value | label | value) as a view of one indicator
    table: the labels its header, each card a row, left to right then down. A card's title nearest its
    values is the name; a title above it, its levels (a level path parted by a mark, 产出指标 · 数量指标,
    gives level 1 and level 2). A table of one card's values alone takes its titles from the paragraphs
    just before it (titles_before, nearest last). Evidence from the cells: the labels read by the header
    grammar as value fields, the same in every card, and a title over each; None for any other table.
    Each cell keeps its location in the document."""
    labels = [c for c in t.cells if c.colspan == 1 and header_field(c.text, set()) in ("target", "actual", "weight", "score")]
    if len(labels) < 2 or t.n_rows < 2:
        return None
    at = {(c.row, c.col): c for c in t.cells}
    titles = [c for c in t.cells if c.colspan >= 2 and c.text.strip() and header_field(c.text, set()) is None
              and not re.search(r"[：:]", c.text)]
    bands = sorted({(c.col, c.colspan) for c in titles}) or ([(0, t.n_cols)] if titles_before else [])
    if not bands or any(a[0] + a[1] > b[0] for a, b in zip(bands, bands[1:])):
        return None
    cards, heads = [], {}
    # card rows: a run of title rows then label rows; the runs follow each other down the table
    starts = sorted({c.row for c in titles if (c.row - 1, c.col) not in {(x.row, x.col) for x in titles}})
    if not starts:
        starts = [0]
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else t.n_rows
        for col, width in bands:
            over = [c for c in titles if start <= c.row < end and (c.col, c.colspan) == (col, width)]
            if not over and not titles:
                over = [Cell(text=b.text, row=-1, col=col, loc=b.loc) for b in titles_before]
            pairs = []
            for c in sorted((c for c in labels if start <= c.row < end and col <= c.col < col + width),
                            key=lambda c: (c.row, c.col)):
                value = at.get((c.row, c.col + 1))
                if value is None:
                    return None
                pairs.append((header_field(c.text, set()), c, value))
            if not pairs and not over:
                continue
            if not pairs or not over:
                return None
            card = {}
            name = over[-1]
            parts = [x for x in _LEVEL_PATH.split(over[-2].text.strip()) if x] if len(over) >= 2 else []
            if len(parts) > 2 or len(over) > 2 or (not titles and (len(parts) != 2 or not canonical_level1(parts[0]))):
                return None   # titles from paragraphs: only a level path over a name
            for field, text in zip(("level1", "level2"), parts):
                card[field] = replace(over[-2], text=text)
            card["level3"] = name
            for field, label, value in pairs:
                if field in card:
                    return None
                heads.setdefault(field, label)
                card[field] = value
            cards.append(card)
    # one card alone (a card a table, as a PDF of tiles reads): only under a level path over its name
    if not cards or len(cards) == 1 and not ("level2" in cards[0] and canonical_level1(cards[0]["level1"].text)):
        return None
    kinds = {tuple(sorted(f for f in c if f not in ("level1", "level2"))) for c in cards}
    if len(kinds) != 1:
        return None
    order = [f for f in ("level1", "level2", "level3") if any(f in c for c in cards)] + list(heads)
    cells = [Cell(text=_HEAD_WORD[f], row=0, col=k, loc=t.loc) if f in _HEAD_WORD else
             replace(heads[f], row=0, col=k, rowspan=1, colspan=1) for k, f in enumerate(order)]
    cells += [replace(c[f], row=r, col=k, rowspan=1, colspan=1)
              for r, c in enumerate(cards, 1) for k, f in enumerate(order) if f in c]
    return replace(t, n_rows=len(cards) + 1, n_cols=len(order), cells=cells)


TITLE_MAX = 40   # characters: a card's title is a name or a level path, not a sentence


def _value_card(b) -> bool:
    """Whether a block is a label | value card: two columns, every label a value field by the header grammar."""
    return isinstance(b, Table) and b.n_cols == 2 and b.n_rows >= 2 and \
        all(header_field(c.text, set()) in _HALF_VALUES for c in b.cells if c.col == 0)


def carried_level_path(before: list, titles: list[Paragraph]) -> list[Paragraph]:
    """A card's titles (its name alone, the line just before it) with the level path of the cards before it
    (1595: a group line 产出指标 · 数量指标, then name / card, name / card …): walking back over those names
    and cards to the path, that path over the name; the titles as they are where the blocks before are
    anything else."""
    if len(titles) != 1:
        return list(titles)
    k = len(before) - 2          # the block before the name
    while k >= 1 and _value_card(before[k]) and isinstance(before[k - 1], Paragraph) and \
            0 < len(before[k - 1].text.strip()) <= TITLE_MAX and not re.search(r"[：:]", before[k - 1].text):
        k -= 2
    if k == len(before) - 2 or k < 0 or not isinstance(before[k], Paragraph):
        return list(titles)
    parts = [x for x in _LEVEL_PATH.split(before[k].text.strip()) if x]
    if len(parts) != 2 or not canonical_level1(parts[0]):
        return list(titles)
    return [before[k], *titles]


# A card's heading naming the levels of the cards under it: label：value pairs whose labels the header
# grammar maps to the levels (一级指标：产出指标　二级指标：数量指标); no word of it is listed here.
_HEADING_PAIR = re.compile(r"(\p{Han}{2,10})\s*[：:]\s*([^\s：:]+)")
_LOST_ORDINAL = re.compile(r"^级指标$")


def _card_levels(text: str, loc: Location) -> list[tuple[str, str, str, Location]] | None:
    """(field, label, value, location) for each pair of a line that is wholly level label：value
    pairs (each level once), else None. The spaces between pairs part them: not normalized away."""
    text = text.strip()
    pairs, at = [], 0
    for m in _HEADING_PAIR.finditer(text):
        field = header_field(m.group(1), set())
        if text[at:m.start()].strip() or (field is not None and field not in ("level1", "level2")):
            return None
        pairs.append((field, m.group(1), m.group(2), loc))
        at = m.end()
    # the levels go down in order: a depth label whose ordinal is lost (级指标: a scan's 一 read as a
    # rule) before the level 2's is the level 1's, its header written whole for the column it heads
    for k, (field, label, value, at_loc) in enumerate(pairs):
        if field is None and _LOST_ORDINAL.match(label) and k + 1 < len(pairs) and pairs[k + 1][0] == "level2":
            pairs[k] = ("level1", "一" + label, value, at_loc)
    fields = [f for f, *_ in pairs]
    if not pairs or text[at:].strip() or None in fields or len(set(fields)) != len(fields):
        return None
    return pairs


# Cell's fields in their order, as _row_up passes them: a field added to Cell fails here, not silently
_CELL_FIELDS = ("text", "row", "col", "loc", "rowspan", "colspan", "value", "confidence", "comment", "indent",
                "runners", "doubt")
assert tuple(f.name for f in dataclass_fields(Cell)) == _CELL_FIELDS and all(f.init for f in dataclass_fields(Cell))


def _row_up(c: Cell) -> Cell:
    """replace(c, row=c.row - 1), made as replace makes it (Cell(...), its __post_init__ run) without
    replace's walk over the fields: card_heading copies every cell of every table it is asked about."""
    return Cell(c.text, c.row - 1, c.col, c.loc, c.rowspan, c.colspan, c.value, c.confidence, c.comment, c.indent,
                c.runners, c.doubt)


def card_heading(t: Table) -> tuple[Cell, Table] | None:
    """A label | value card (a table that transposed() reads, or a 2-column label | value block)
    under a heading row of one text alone (merged across the card): the heading cell and the card
    below it, its cells keeping their locations; None for any other table."""
    if t.n_rows < 3:
        return None
    top = [c for c in t.cells if c.row == 0 and c.text.strip()]
    if len(top) != 1 or any(c.row == 0 and c.rowspan > 1 for c in t.cells):
        return None
    body = replace(t, n_rows=t.n_rows - 1, cells=[_row_up(c) for c in t.cells if c.row > 0])
    if transposed(body) is None and not (t.n_cols == 2 and summary_label(top[0].text) == "total"):
        return None
    return top[0], body


def _with_levels(view: Table, levels: list) -> Table:
    """A card's view with the levels its heading names as columns before its own, where the card
    names none of them itself: each cell is the heading's text, located at the heading."""
    named = {header_field(c.text, set()) for c in view.cells if c.row == 0}
    add = [x for x in levels if x[0] not in named]
    if not add:
        return view
    cells = [replace(c, col=c.col + len(add)) for c in view.cells]
    for k, (_, label, value, loc) in enumerate(add):
        cells += [Cell(text=label if r == 0 else value, row=r, col=k, loc=loc) for r in range(view.n_rows)]
    return replace(view, n_cols=view.n_cols + len(add), cells=sorted(cells, key=lambda c: (c.row, c.col)))


def _card_totals(t: Table, p: Project | None) -> None:
    """A total's card (总分 over 分值 | 100 and 得分 | 99.40): its full points and score, where the
    project states no total elsewhere."""
    if p is None or p.total_score_stated is not None:
        return
    got = {}
    for r in range(t.n_rows):
        label, value = t.cell_at(r, 0), t.cell_at(r, 1)
        if label is None or value is None or value is label:
            continue
        field = header_field(label.text, set())
        if field in ("weight", "score") and field not in got and (q := parse(value.text.strip())).numeric:
            got[field] = Figure(q, value.loc)
    if "score" in got:
        p.total_score_stated = got["score"]
        if p.total_weight_stated is None and "weight" in got:
            p.total_weight_stated = got["weight"]


HEADER_SEARCH = 60    # rows a header is looked for in (a sheet of thousands of rows is not scanned whole)


def mirrored(t: Table) -> bool:
    """Whether a table is written right to left (each line its value first, its label last: 99.32 | 100 |
    总分, 优 | 自评等级). Evidence from the cells: the first row that
    reads as an indicator header by the header grammar has its level heads right of the name's and the
    name's right of every value's (偏差原因 | 得分 | … | 三级指标 | 二级指标 | 一级指标)."""
    for row in t.grid(fill=True)[:HEADER_SEARCH]:
        f = _indicator_fields(row)
        levels = [f[k] for k in ("level1", "level2") if k in f]
        values = [f[k] for k in ("target", "actual", "weight", "score") if k in f]
        if "level3" not in f or not levels or len(values) < 2:
            continue
        return min(levels) > f["level3"] > max(values)
    return False


def split_columns(t: Table) -> Table | None:
    """A table whose column was cut in two under one head, as a view with the two made one again.
    Where a header cell spans two columns and no row below it fills both (a borderless table whose
    figures, set right of the head's left edge, start a column of their own: 分值 over an empty
    column and the points, a wider 7.52 in the other), the two are one column: each row's cell is
    the one it fills. A cell below merged over both columns, over one row or several (a source row
    whose label runs to three lines), is the column's too. None where no head is so cut. Each cell
    keeps its location."""
    cells, cut = list(t.cells), False
    spans = [x for x in t.cells if x.colspan == 2 and x.rowspan == 1 and x.text.strip()]
    # the topmost cell over a pair of columns is their head; one lower over the same pair (a wide
    # figure laid over both) is a cell of the column
    heads = sorted((x for x in spans if not any(y.col == x.col and y.row < x.row for y in spans)), key=lambda x: -x.col)
    for head in heads:
        a = head.col
        below = [x for x in cells if x.row > head.row and x.col <= a + 1 and x.col + x.colspan > a]
        rows = {x.row for x in below}
        # a cell above the head starting in its second column: the two are columns of their own
        # there (a scan's reason cell run over a phantom column under 偏差原因), so no head tops them
        above = any(x.row < head.row and x.col == a + 1 for x in cells)
        if not below or above or \
                any((x.rowspan != 1 or x.colspan != 1) and (x.col, x.colspan) != (a, 2) for x in below) or \
                any(sum(1 for x in below if x.row == r and x.text.strip()) > 1 for r in rows) or \
                not any(x.col == a + 1 and x.text.strip() for x in below):
            continue
        kept = {r: next((x for x in below if x.row == r and x.text.strip()),
                        next(x for x in below if x.row == r)) for r in rows}
        under = {id(x) for x in below}
        out = []
        for x in cells:
            if id(x) in under:
                if kept[x.row] is x:
                    out.append(replace(x, col=a, colspan=1))
            elif x.col > a + 1:
                out.append(replace(x, col=x.col - 1))
            elif x.col <= a < x.col + x.colspan - 1 or x.col <= a + 1 < x.col + x.colspan and x.col <= a:
                out.append(replace(x, colspan=x.colspan - 1))
            else:
                out.append(x)
        cells, cut = out, True
        t = replace(t, cells=cells, n_cols=t.n_cols - 1)
    return t if cut else None


_LEVEL_ROLES = ("level1", "level2", "level3")
_FIGURE_ROLES = ("target", "actual", "weight", "score")


def _split_levels(text: str, roles: list[str]) -> list[str] | None:
    """A cell over the level columns cut by the level grammar: a level label for each level column
    (cell_joins._level_at: the shortest label ending 指标), the name the rest; spaces between pieces
    are boundaries. None where a level is not so written or no name is left."""
    from .cell_joins import _level_at
    out, p = [], 0
    for role in roles[:-1]:
        while p < len(text) and text[p].isspace():
            p += 1
        end = _level_at(text, p)
        if end == p or cell_fit(text[p:end], role) is None:
            return None
        out.append(text[p:end].strip())
        p = end
    name = text[p:].strip()
    if not name or cell_fit(name, roles[-1]) is None:
        return None
    return out + [name]


def _split_figures(text: str, roles: list[str]) -> list[str] | None:
    """A cell over the value columns cut into one value a column: by its spaces where they give one
    piece a column and each fits its column (a qualitative 健全 | 健全 too), else by the figure
    grammar (cell_joins.split_figures) where it gives one cut only. None where neither does."""
    from .cell_joins import split_figures
    pieces = text.split()
    if len(pieces) == len(roles) and all(cell_fit(x, r) is not None for x, r in zip(pieces, roles)) and \
            ("weight" not in roles or "score" not in roles or
             (w := cell_number(pieces[roles.index("weight")])) is None or
             (s := cell_number(pieces[roles.index("score")])) is None or s <= w):
        return pieces
    cuts = split_figures(text, roles)
    return cuts[0] if len(cuts) == 1 else None


def cells_run_across(t: Table) -> tuple[Table, int] | None:
    """A table whose rows' cells were run together over several of its header's columns (a scan whose
    faint inner borders OCR did not see: 产出指标 数量指标 新建… over 一级 | 二级 | 三级指标, ≥3000亩 3120亩
    10 10 over 年度指标值 … 得分), as a view with each such cell cut into the columns it covers: the level
    columns by the level grammar, the value columns by their spaces or the figure grammar
    (_split_levels, _split_figures). A header column with no word and no role at a cell's right end (the
    grid's spare right edge) is covered without a piece. A cell the grammars do not cut (24辆 merged
    over 年度指标值 | 实际完成值: one value for both) is left whole to the row reader. (view, cells cut),
    or None where no cell is cut. Each piece keeps the cell's location."""
    grid = t.grid()
    for h in range(min(3, t.n_rows)):
        spans = [x.colspan for x in sorted((x for x in t.cells if x.row == h), key=lambda x: x.col)]
        if len(spans) != t.n_cols:
            continue
        cols = _indicator_cols(grid[h], spans)
        if cols is not None and cols.level3 is not None and cols.target is not None:
            break
    else:
        return None
    role = {getattr(cols, f): f for f in _LEVEL_ROLES + _FIGURE_ROLES if getattr(cols, f) is not None}
    cells, cut = [], 0
    for x in t.cells:
        covered = [role.get(c) for c in range(x.col, x.col + x.colspan)]
        while covered and covered[-1] is None and not grid[h][x.col + len(covered) - 1].strip():
            covered.pop()      # the grid's spare edge
        if x.row <= h or x.rowspan != 1 or len(covered) < 2 or not x.text.strip() or None in covered:
            cells.append(x)
            continue
        if all(r in _LEVEL_ROLES for r in covered) and covered[-1] == "level3":
            pieces = _split_levels(x.text, covered)
        elif all(r in _FIGURE_ROLES for r in covered):
            pieces = _split_figures(x.text, covered)
        else:
            pieces = None
        if pieces is None:
            cells.append(x)
            continue
        cut += 1
        cells += [replace(x, col=x.col + k, colspan=1, text=p) for k, p in enumerate(pieces)]
    return (replace(t, cells=cells), cut) if cut else None


def indented_levels(t: Table) -> tuple[Table, dict[int, int], str] | None:
    """A table one column of which holds a hierarchy by its cells' indent alone (a PivotTable in compact
    form pasted as values: one 行标签 column where 一级 > 二级 > 三级 > 年度指标值 > 实际完成值 nest by
    Excel's alignment indent, every row of it carrying the sums of the value columns, a group's row its
    subtotal), as a view with that column laid out as the columns it stands for: each deepest row a row,
    its ancestors' labels beside it (a label spanning the rows of its descendants, as a merged level
    cell does), the other columns the deepest row's; the rows of the groups (subtotals) dropped, said.
    The view's rows -> the table's, and the warning. The columns' roles are read from their cells, as
    for a header of codes (coded_columns._content_roles: level names, a name, figures with operators,
    figures), and written as the header over them; the other columns keep their heads.

    Evidence from the cells: a label column whose indents go down one step at a time from 0 and whose
    every deepest row stands at one depth, three levels or more, under a header row; a column left of
    it, a merged label in it, or a column whose cells do not show an indicator table's roles: None.
    Other cells keep their places and locations (a head and fund block above, totals below)."""
    if t.n_rows < 5 or not any(c.indent for c in t.cells):
        return None
    by_col: dict[int, int] = {}
    for c in t.cells:
        if c.indent > 0:
            by_col[c.col] = by_col.get(c.col, 0) + 1
    col = max(by_col, key=by_col.get)
    label = {c.row: c for c in t.cells if c.col == col and c.rowspan == 1 and c.colspan == 1 and c.text.strip()}
    s = min((r for r, c in label.items() if c.indent > 0), default=0) - 1
    if s < 1 or s not in label or label[s].indent != 0 or s - 1 not in label:
        return None
    depth = {}
    r = s
    while r in label:
        d = label[r].indent
        # a step deeper at most; a row at the top opens a group (a 总计 row under it ends the band)
        if depth and d > depth[r - 1] + 1 or d == 0 and (r + 1 not in label or label[r + 1].indent != 1):
            break
        depth[r] = d
        r += 1
    if not depth:
        return None
    band = sorted(depth)
    end = band[-1] + 1
    leaves = [r for r in band if r + 1 not in depth or depth[r + 1] <= depth[r]]
    deepest = max(depth.values())
    if deepest < 2 or len(leaves) < 2 or any(depth[r] != deepest for r in leaves):
        return None
    head = s - 1
    if any(c.col < col and c.text.strip() for c in t.cells if head <= c.row < end) or \
            any(c.rowspan > 1 and head <= c.row + c.rowspan - 1 and c.row < end for c in t.cells):
        return None     # a merge in the band, or one from above reaching into it
    others = sorted({c.col for c in t.cells if head <= c.row < end and c.col != col and c.text.strip()})
    width = deepest + 1 + len(others)
    place = {c: deepest + 1 + k for k, c in enumerate(others)}
    grid = t.grid()
    body, ancestors, path = [], {}, {}
    for r in band:
        path[depth[r]] = label[r]
        for d in list(path):
            if d > depth[r]:
                del path[d]
        if r in leaves:
            body.append(r)
            ancestors[r] = [path[d] for d in range(deepest + 1)]
    rows_text = [[a.text for a in ancestors[r]] + [grid[r][c] for c in others] for r in body]
    head_text = [""] * (deepest + 1) + [grid[head][c] for c in others]
    roles = _content_roles(head_text, rows_text)
    if roles is None or any(k not in roles for k in range(deepest + 1)):
        return None
    # the view's rows: those above the band's header, the header, the deepest rows, those below
    order = list(range(head)) + [head] + body + list(range(end, t.n_rows))
    moved = {v: r for v, r in enumerate(order)}
    at = {r: v for v, r in moved.items()}
    cells = [replace(c, row=at[c.row]) for c in t.cells if c.row < head or c.row >= end]
    top = label[head]
    cells += [replace(top, text=roles[k], row=head, col=k, indent=0) for k in range(deepest + 1)]
    cells += [replace(c, row=head, col=place[c.col]) for c in t.cells if c.row == head and c.col in place]
    spans: dict[int, int] = {}
    for r in body:
        for a in ancestors[r]:
            spans[id(a)] = spans.get(id(a), 0) + 1
    started: set[int] = set()
    for r in body:
        for k, a in enumerate(ancestors[r]):
            if id(a) not in started:
                started.add(id(a))
                cells.append(replace(a, row=at[r], col=k, rowspan=spans[id(a)], indent=0))
        cells += [replace(c, row=at[r], col=place[c.col]) for c in t.cells if c.row == r and c.col in place]
    cells.sort(key=lambda c: (c.row, c.col))
    dropped = len(band) - len(body)
    said = (f"本表第{col + 1}列的标签按缩进分为{deepest + 1}层（数据透视表紧凑布局粘贴为数值），已按层展开为"
            f"{deepest + 1}列读取（" + "、".join(roles[k] for k in range(deepest + 1)) +
            f"），共{len(body)}行；各层的汇总行{dropped}行不作指标读取")
    return replace(t, n_rows=len(order), n_cols=max(t.n_cols, width), cells=cells), moved, said


# the value fields a row of figures under a name row holds (at least two of them, by its header's words)
_FIGURE_FIELDS = ("target", "actual", "weight", "score", "reason")


def names_above(t: Table) -> tuple[Table, dict[int, int], int] | None:
    """A table giving each indicator's NAME A ROW OF ITS OWN ABOVE ITS FIGURES (1270): a header whose
    name head (三级指标) spans the value columns the header row under it names one by one (年度指标值 |
    实际完成值 | 分值 | 得分 …), the other heads merged down both header rows; in the body each name a
    cell spanning those same columns, its figures in the row under it, one a column. As a view with a
    column for the name before the value columns and each name row joined to the figure row under it,
    the view's rows that moved -> the table's (the name's row), and how many indicators were joined.
    Rows of other shapes (总分) stay rows of their own; a level cell starting on a figure row, or fewer
    than two such pairs, is no such table. Each cell keeps its location in the document."""
    starts = {(x.row, x.col): x for x in t.cells}
    head = next((x for x in t.cells if x.colspan >= 2 and x.rowspan == 1 and x.row + 1 < t.n_rows and
                 header_field(x.text, set()) == "level3"), None)
    if head is None:
        return None
    h0, c, w = head.row, head.col, head.colspan
    h1 = h0 + 1
    # the heads under the name's TILE its columns, one column each (1270) or several (1466: 年度指标值 and 实际完成值
    # two merged columns each under a 三级指标 of four); a figure row's cells stand as they do
    subs, k = [], c
    while k < c + w and (x := starts.get((h1, k))) is not None and x.rowspan == 1 and k + x.colspan <= c + w:
        subs.append(x)
        k += x.colspan
    if k != c + w:
        return None
    fields = [header_field(x.text, set()) for x in subs]
    if len({f for f in fields if f in _FIGURE_FIELDS}) < 2 or "level3" in fields:
        return None
    # the other heads of the header row cover the row under it: no other cell starts there
    if any(x.row == h1 and not c <= x.col < c + w for x in t.cells) or \
            any(x.row == h0 and x is not head and x.rowspan < 2 for x in t.cells):
        return None
    tiles = {x.col: x.colspan for x in subs}

    def name_row(r: int) -> bool:
        x = starts.get((r, c))
        return x is not None and (x.colspan, x.rowspan) == (w, 1) and bool(x.text.strip()) and \
            not summary_label(x.text)

    def figure_row(r: int) -> bool:
        inside = [x for x in t.cells if x.row == r and c <= x.col < c + w]
        return sum(x.rowspan == 1 for x in inside) >= 2 and \
            all((x.colspan, x.rowspan) == (tiles.get(x.col), 1) for x in inside)

    view_of: dict[int, int] = {r: r for r in range(h0)}
    view_of[h0] = view_of[h1] = h0
    pairs = 0
    n = h0 + 1
    r = h1 + 1
    while r < t.n_rows:
        if r + 1 < t.n_rows and name_row(r) and figure_row(r + 1):
            view_of[r] = view_of[r + 1] = n
            pairs += 1
            r += 2
        else:
            view_of[r] = n
            r += 1
        n += 1
    if pairs < 2:
        return None
    figure_rows = {r + 1 for r in range(h1 + 1, t.n_rows - 1) if view_of.get(r) == view_of.get(r + 1)}
    if any(x.col < c and x.row in figure_rows for x in t.cells):
        return None   # a level starting beside figures: the pairs are no indicators' halves

    def cols(x: Cell) -> tuple[int, int]:
        if x is head or (x.row > h1 and (x.col, x.colspan) == (c, w) and x.rowspan == 1 and x.row not in figure_rows):
            return c, 1
        first = x.col if x.col < c else x.col + 1
        last = x.col + x.colspan - 1
        last = last if last < c else last + 1
        return first, last - first + 1

    cells = []
    for x in t.cells:
        col, span = cols(x)
        top, bottom = view_of[x.row], view_of[x.row + x.rowspan - 1]
        cells.append(replace(x, row=top, col=col, rowspan=bottom - top + 1, colspan=span))
    cells.sort(key=lambda x: (x.row, x.col))
    moved = {}
    for r in sorted(view_of):
        v = view_of[r]
        if v not in moved:
            moved[v] = r
    return replace(t, n_rows=n, n_cols=t.n_cols + 1, cells=cells), {v: r for v, r in moved.items() if v != r}, pairs


# A closing row's label that totals (总计, 合计, Total), words after it allowed (总计 个案数, Total N).
_TOTALLING = re.compile(r"^(?:总计|合计|total)", re.I)
_WHOLE = re.compile(r"^\d+$")


def count_row(t: Table) -> tuple[Table, str, int] | None:
    """A statistics tool's case summary closes its listing with a row that COUNTS the rows (SPSS's
    总计 个案数 | 13 | 13 | …): a last row labelled as a total whose every other filled cell is the same whole
    number N, N the number of rows between the header and it, and N also under a column whose rows hold
    text (no sum of words: a count). (the table without that row, and without the column of case numbers
    1 … N above its label where that column has no head, its label, N); None otherwise. The
    total of a table of figures (合计 | 13 under a column of counts) has text nowhere under it."""
    grid = t.grid()
    if t.n_rows < 3:
        return None
    last = grid[-1]
    label = next((x.strip() for x in last if x.strip()), "")
    figures = [x.strip() for x in last if x.strip()][1:]
    n = t.n_rows - 2
    if not _TOTALLING.match(label) or not figures or any(x != str(n) for x in figures):
        return None
    body = grid[1:-1]
    texts = [c for c, x in enumerate(last) if x.strip() == str(n) and
             any(re.search(r"\p{Han}", r[c]) and not re.search(r"\d", r[c]) for r in body if c < len(r))]
    if not texts:
        return None
    keep = [c for c in t.cells if c.row < t.n_rows - 1]
    if not grid[0][0].strip() and _counted([r[0] for r in body]) == n:
        # the label column above the count holds the case numbers 1 … N under no head: no cell of the form
        keep = [replace(c, col=c.col - 1) for c in keep if c.col > 0]
        return replace(t, cells=keep, n_rows=t.n_rows - 1, n_cols=t.n_cols - 1), re.sub(r"\s+", "", label), n
    return replace(t, cells=keep, n_rows=t.n_rows - 1), re.sub(r"\s+", "", label), n


def without_count_rows(doc):
    """The document with each table's closing count row (count_row) taken out, and what was said of each:
    every reader (the tables', the totals', the fund's) then reads the case summary as the table it lists."""
    said, blocks = [], []
    for b in doc.blocks:
        if isinstance(b, Table) and (counted := count_row(b)) is not None:
            b, label, n = counted
            said.append(f"{b.loc.describe()}：末行“{label}”各栏均为{n}（其上{n}行的行数，文字栏亦然），"
                        "是统计软件的计数行，不是合计，未读取")
        blocks.append(b)
    return (replace(doc, blocks=blocks) if said else doc), said


def sheet_headings(t: Table) -> Table | None:
    """A spreadsheet AS ITS PROGRAM SHOWS IT (an online sheet's page saved, printed or pasted): the first row
    the column letters over a blank corner (| A | B | C …, every column lettered in order) and the first
    column the row numbers (1, 2, 3 … down every row below): headings of the program's, no cell of the form.
    The table without them (the form's own cells, where they were); None where either is not there whole."""
    grid = t.grid()
    if t.n_rows < 3 or t.n_cols < 3 or grid[0][0].strip():
        return None
    from openpyxl.utils import get_column_letter    # the letters as the spreadsheet programs write them
    if [x.strip() for x in grid[0][1:]] != [get_column_letter(k) for k in range(1, t.n_cols)] or \
            _counted([r[0] for r in grid[1:]]) != t.n_rows - 1:
        return None
    keep = [replace(c, row=c.row - 1, col=c.col - 1) for c in t.cells if c.row > 0 and c.col > 0]
    return replace(t, cells=keep, n_rows=t.n_rows - 1, n_cols=t.n_cols - 1)


def without_sheet_headings(doc):
    """The document with each table's spreadsheet headings (sheet_headings) taken out, and what was said."""
    said, blocks = [], []
    for b in doc.blocks:
        if isinstance(b, Table) and (bare_sheet := sheet_headings(b)) is not None:
            said.append(f"{b.loc.describe()}：首行为列标（A、B、C…）、首列为行号（1、2、3…），是表格程序的行列标题，"
                        "不是表中内容，按去掉二者后的表格读取")
            b = bare_sheet
        blocks.append(b)
    return (replace(doc, blocks=blocks) if said else doc), said


_HALF_VALUES = frozenset({"target", "actual", "weight", "score"})


def _counted(cells: list[str]) -> int:
    """How many of the cells, from the first, count 1, 2, 3 … (a table's row numbers): the one test of a count
    for count_row's case numbers and _serial_rows' halves."""
    n = 0
    while n < len(cells) and cells[n].strip() == str(n + 1):
        n += 1
    return n


def _serial_rows(t: Table) -> tuple[int, int, dict[int, int]] | None:
    """(header row, serial column, {serial: row}) of a table with a header row (a row whose cells the header
    grammar maps, two at least) over a column that counts 1, 2, 3 … down the rows right under it (its row
    numbers: the evidence is the count, not the column's word). None else."""
    grid = t.grid()
    for r, row in enumerate(grid):
        fields = [header_field(x.strip(), set()) if x.strip() else None for x in row]
        if sum(f is not None for f in fields) < 2:
            continue
        for c, x in enumerate(row):
            if fields[c] is not None or not x.strip():
                continue
            n = _counted([grid[rr][c] for rr in range(r + 1, t.n_rows)])
            if n >= 3:
                return r, c, {s: r + s for s in range(1, n + 1)}
    return None


def joined_halves(doc) -> tuple[object, list[str]]:
    """An indicator table CUT IN TWO AND STACKED (a wide table pasted onto a narrow sheet, 1551): a table whose
    header holds the name (三级指标, by the header grammar) and no value field, and a later one whose header holds
    two value fields or more (年度指标值 / 实际完成值 / 分值 / 得分) and no name, each over a column counting the
    same rows 1 … n (_serial_rows), no column of its header a fund's money column (fund_word_field: a fund table
    counting its sources 1 … n has 分值 and 得分 too): the second half's columns but its count go on the first
    half's rows as columns after its own, matched by that count, each cell keeping its location (a column whose
    head the grammar does not read goes too, not left out unsaid); the second table keeps the rows after its
    count (总分 …). The document as it was, and nothing said, where no such pair is found."""
    tables = [(k, b) for k, b in enumerate(doc.blocks) if isinstance(b, Table)]
    said: list[str] = []
    blocks = list(doc.blocks)
    for n, (k, left) in enumerate(tables):
        got = _serial_rows(left)
        if got is None:
            continue
        head, _, serials = got
        if not _name_half(_header_fields(left, head)):
            continue
        for k2, right in tables[n + 1:n + 2]:
            other = _serial_rows(right)
            if other is None:
                continue
            head2, col2, serials2 = other
            fields2 = {c.col: header_field(c.text.strip(), set()) for c in right.cells if c.row == head2}
            money = any(fund_word_field(c.text) in MONEY_FIELDS for c in right.cells if c.row == head2)
            if not _values_half(list(fields2.values())) or money or set(serials2) != set(serials):
                continue
            extra = sorted(c for c in range(right.n_cols) if c != col2)
            at = {c: left.n_cols + j for j, c in enumerate(extra)}
            moved = [replace(c, row=head, col=at[c.col], rowspan=1, colspan=1)
                     for c in right.cells if c.row == head2 and c.col in at]
            moved += [replace(c, row=serials[s], col=at[c.col], rowspan=1, colspan=1)
                      for s, r2 in serials2.items() for c in right.cells if c.row == r2 and c.col in at]
            last = max(serials2.values())
            gone = last - head2 + 1      # the header and the counted rows; rows above the header (a caption) stay
            rest = [c for c in right.cells if c.row < head2] + \
                [replace(c, row=c.row - gone) for c in right.cells if c.row > last]
            blocks[k] = replace(left, n_cols=left.n_cols + len(extra), cells=list(left.cells) + moved)
            blocks[k2] = replace(right, n_rows=right.n_rows - gone, cells=rest) if rest else \
                Paragraph(text="", loc=right.loc)
            said.append(f"{left.loc.describe()}与{right.loc.describe()}：指标表被截成两半上下排列（前表有名称无数值，"
                        f"后表有数值无名称），按序号1-{len(serials)}逐行拼接读取，共{len(serials)}行")
            break
    if not said:
        return doc, said
    return replace(doc, blocks=blocks), said


def _header_fields(t: Table, row: int = 0) -> list[str | None]:
    return [header_field(c.text.strip(), set()) for c in t.cells if c.row == row]


def _name_half(fields: list) -> bool:
    """Whether a header's fields are an indicator table's half that names (三级指标) and holds no value field."""
    return "level3" in fields and not _HALF_VALUES & set(fields)


def _values_half(fields: list) -> bool:
    """Whether a header's fields are the half that holds two value fields or more and no name."""
    return "level3" not in fields and len(_HALF_VALUES & set(fields)) >= 2


def side_views(doc) -> tuple[object, list[str]]:
    """An indicator table SPLIT INTO TWO VIEWS SIDE BY SIDE, each a header table over a body table of its
    own (a web datagrid with frozen columns, 1594: row number / levels / name on the left, the values on
    the right): four tables in a row, each header one row as wide as its body, the left header naming
    the indicator (三级指标, by the header grammar) and no value field, the right one two value fields or
    more and no name, the two bodies of as many rows. Read as one table: the headers side by side over
    the bodies' rows side by side, matched by their order (the only join such a grid has), each cell
    keeping its location. The document as it was, and nothing said, where no such four are found."""
    blocks = list(doc.blocks)
    said: list[str] = []
    k = 0
    while k + 3 < len(blocks):
        h1, b1, h2, b2 = blocks[k:k + 4]
        if not all(isinstance(b, Table) for b in (h1, b1, h2, b2)) or h1.n_rows != 1 or h2.n_rows != 1 or \
                h1.n_cols != b1.n_cols or h2.n_cols != b2.n_cols or b1.n_rows != b2.n_rows or b1.n_rows < 2:
            k += 1
            continue
        left, right = _header_fields(h1), _header_fields(h2)
        if not _name_half(left) or not _values_half(right):
            k += 1
            continue
        w = b1.n_cols
        cells = list(h1.cells) + [replace(c, col=c.col + w) for c in h2.cells] + \
            [replace(c, row=c.row + 1) for c in b1.cells] + [replace(c, row=c.row + 1, col=c.col + w) for c in b2.cells]
        blocks[k] = replace(b1, n_rows=b1.n_rows + 1, n_cols=w + b2.n_cols, cells=cells)
        blocks[k + 1:k + 4] = [Paragraph(text="", loc=b.loc) for b in (b1, h2, b2)]
        said.append(f"{h1.loc.describe()}至{b2.loc.describe()}：指标表分为左右两部分（各有表头，左部有名称无数值，右部有数值"
                    f"无名称），按行序逐行拼接读取，共{b1.n_rows}行")
        k += 4
    if not said:
        return doc, said
    return replace(doc, blocks=blocks), said
