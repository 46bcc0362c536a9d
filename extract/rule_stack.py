"""Rows under a boxed header that only horizontal rules separate (pdfplumber edges, top-down points).

A web page printed by a browser with only a border-bottom on its cells, or a spreadsheet printed
with a rule under each row, boxes its header (cell backgrounds or borders) but draws no vertical
rule below it: a ruled-table finder sees the header and loses the rows. The header's column
boundaries go on down through the stack of rules under it, as long as each band between two rules
is short (a row, not the rest of the page), nothing else boxed starts inside it and no other grid's
columns start at its bottom rule (the next table under a line of text). A rule missing
in a column between two bands is then a cell spanning them (a rowspan), as in any ruled table.
Beside boxed (shaded) labels, a value cell with only a border-bottom drawn cell by cell gets its
sides from its piece of that rule (_open_ends). The PDF readers and the scans' (extract.ruled_page,
from the image's rulings) both take it.
"""
from __future__ import annotations

SNAP = 3.0          # points: pdfplumber's own snap tolerance; rules this close are one
MIN_LEN = 3.0       # points: shorter edges are the ends of a thin filled rectangle, not rules
ROW_SIZES = 10      # a band taller than this many text heights is not a row


_KEYS = ("x0", "x1", "top", "bottom", "size", "width", "height", "doctop", "mid")


def extend_down(edges: list[dict], chars: list[dict], snap: float = SNAP) -> list[dict]:
    """Vertical edges that carry each boxed grid's column boundaries down its rule stack
    (chars: the page's characters, pdfplumber's dicts). snap: how close two rules are one in
    the caller's units (a scan's pixels); the page is read scaled to points' SNAP and given back."""
    if snap == SNAP:
        return _within_extent(edges, _extend_down(edges, chars))
    k = SNAP / snap
    edges = _scaled(edges, k)
    out = _within_extent(edges, _extend_down(edges, _scaled(chars, k)))
    return _scaled(out, 1 / k)


def _within_extent(edges: list[dict], extra: list[dict]) -> list[dict]:
    """The carried edges (extra) less those of bands whose rule reaches beyond the rule the grid's
    verticals end on: a grid's rows end where its rules' extent changes, and a wider rule below is
    another table's (a full-width table under a fund table ruled only in its middle columns)."""
    hs = [e for e in edges if e.get("orientation") == "h"]
    vs = [e for e in edges if e.get("orientation") == "v" and e["bottom"] - e["top"] >= MIN_LEN]

    def extent(y: float) -> tuple[float, float] | None:
        on = [h for h in hs if abs(h["top"] - y) <= SNAP]
        return (min(h["x0"] for h in on), max(h["x1"] for h in on)) if on else None

    def boxed(x: float, y: float) -> bool:
        return any(abs(v["x0"] - x) <= SNAP and v["top"] < y - SNAP and v["bottom"] >= y - SNAP for v in vs)

    keep, stopped = [], set()
    for e in sorted(extra, key=lambda e: e["top"]):
        if e.get("orientation") != "v":
            keep.append(e)
            continue
        # The rule the grid's own vertical at this x ends on (the boxed part's bottom).
        base = max((v["bottom"] for v in vs if abs(v["x0"] - e["x0"]) <= SNAP and v["bottom"] <= e["top"] + SNAP),
                   default=None)
        if base is None:
            keep.append(e)
            continue
        key = (round(e["x0"]), round(base))
        head, band = extent(base), extent(e["bottom"])
        # Reaching beyond it where no vertical closes the wider part: another table's rule.
        wider = head and band and ((band[0] < head[0] - SNAP and not boxed(band[0], e["bottom"]))
                                   or (band[1] > head[1] + SNAP and not boxed(band[1], e["bottom"])))
        if key in stopped or wider:
            stopped.add(key)
            continue
        keep.append(e)
    return keep


def _scaled(items: list[dict], k: float) -> list[dict]:
    return [{**d, **{key: d[key] * k for key in _KEYS if d.get(key) is not None}} for d in items]


def _extend_down(edges: list[dict], chars: list[dict]) -> list[dict]:
    hs = [e for e in edges if e.get("orientation") == "h" and e["x1"] - e["x0"] >= MIN_LEN]
    vs = [e for e in edges if e.get("orientation") == "v" and e["bottom"] - e["top"] >= MIN_LEN]
    if not hs or not vs:
        return []
    rows = _rule_rows(hs)
    size = text_size(chars)
    chars = sorted((c for c in chars if c["text"].strip()), key=lambda c: (round(c["top"]), c["x0"]))
    out: list[dict] = []
    for y, pieces in rows:
        # The grid's column boundaries: verticals ending on this rule.
        xs = cluster([v["x0"] for v in vs if abs(v["bottom"] - y) <= SNAP and _covers(pieces, v["x0"])], SNAP)
        if len(xs) < 2:
            continue
        top = y
        for bottom, under in _stack(rows, vs, xs, y, size, chars):
            # A rule drawn cell by cell (a browser's border-bottom) shows the band's cells: a
            # boundary inside one piece where no piece ends is not there (a colspan). One rule
            # across the table (a spreadsheet's) shows nothing: every boundary goes on.
            ends = [] if len(_distinct(under)) < 2 else under
            out += [_vertical(x, top, bottom) for x in xs if not _spanned(ends, x)]
            top = bottom
    return out + _open_ends(rows, vs)


def _open_ends(rows, vs: list[dict]) -> list[dict]:
    """Edges closing the cells of a boxed grid's row that a cell-by-cell rule shows but nothing
    boxes (a browser's border-bottom under a value beside a shaded label): each piece's ends are
    the cell's sides, up to the rule above it or, in the first row, to where the row's boxes start."""
    out: list[dict] = []
    for k, (y, pieces) in enumerate(rows):
        ending = [v for v in vs if abs(v["bottom"] - y) <= SNAP and _covers(pieces, v["x0"])]
        if len(ending) < 2 or len(_distinct(pieces)) < 2:
            continue
        # The top edge of a box below (a shaded cell's) is not a cell of the band above.
        starting = [v["x0"] for v in vs if abs(v["top"] - y) <= SNAP]
        under = [(a, b) for a, b in pieces if not all(any(abs(x0 - x) <= SNAP for x0 in starting) for x in (a, b))]
        left, right, first = min(a for a, _ in under or pieces), max(b for _, b in under or pieces), \
            max(v["top"] for v in ending)
        if all(any(abs(v["x0"] - x) <= SNAP and v["top"] <= first + SNAP and v["bottom"] >= y - SNAP for v in vs)
               for x in (left, right)):
            continue      # boxed at both sides: a border drawn in pieces across a wide cell is no cell
        for a, b in _distinct_cells(under):
            above = [y2 for y2, p2 in rows[:k] if covers_span(p2, a, b)]
            top = above[-1] if above else min(v["top"] for v in ending)
            for x in (a, b):
                if not any(abs(v["x0"] - x) <= SNAP and v["top"] <= top + SNAP and v["bottom"] >= y - SNAP
                           for v in vs):
                    out.append(_vertical(x, top, y))
            if not above:
                out.append({"object_type": "line", "orientation": "h", "x0": a, "x1": b, "top": top,
                            "bottom": top, "width": b - a, "height": 0.0, "doctop": top})
    return out


def covers_span(pieces, a: float, b: float) -> bool:
    """Whether one piece covers a..b, within SNAP at each end."""
    return any(x0 - SNAP <= a and b <= x1 + SNAP for x0, x1 in pieces)


def _distinct_cells(pieces: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The pieces of a cell-by-cell rule, each once (a thin rectangle gives two edges)."""
    out: list[tuple[float, float]] = []
    for a, b in sorted(pieces):
        if not any(abs(a - a2) <= SNAP and abs(b - b2) <= SNAP for a2, b2 in out):
            out.append((a, b))
    return out


def text_size(chars: list[dict]) -> float:
    """The page's usual text height (the median character's): rows scale with it."""
    sizes = sorted(c.get("size") or (c["bottom"] - c["top"]) for c in chars if c["text"].strip())
    return sizes[len(sizes) // 2] if sizes else 10.0


def _rule_rows(hs: list[dict]) -> list[tuple[float, list[tuple[float, float]]]]:
    """Horizontal rules by height, top to bottom: (y, the pieces' x extents). The two edges of a
    thin filled rectangle are one rule."""
    rows: list[tuple[float, list]] = []
    for h in sorted(hs, key=lambda e: e["top"]):
        if rows and h["top"] - rows[-1][0] <= SNAP:
            rows[-1][1].append((h["x0"], h["x1"]))
        else:
            rows.append((h["top"], [(h["x0"], h["x1"])]))
    return rows


def _stack(rows, vs, xs: list[float], y: float, text_size: float, chars: list) -> list[tuple]:
    """The rules of the stack below y, (y, pieces) top to bottom: each next rule crosses two or more of the columns'
    boundaries, is less than a row's height lower, the band above it holds a row's text (an empty
    band or a heading is the gap before the next table), is not closed at both sides, and no vertical edge
    starts in it (a label cell boxed over several rows crosses the bands: it is of the grid)."""
    out = []
    for y2, pieces in rows:
        if y2 <= y + SNAP:
            continue
        if y2 - y > ROW_SIZES * text_size:
            break
        if any(y + SNAP < v["top"] < y2 - SNAP for v in vs):
            break     # something boxed starts in the band: the stack ends above it
        if sum(1 for x in xs if _covers(pieces, x)) < 2:
            continue  # a short rule (an underline), not a row's
        if any(abs(v["top"] - y2) <= SNAP and v["bottom"] > y2 + SNAP and not any(abs(v["x0"] - x) <= SNAP for x in xs)
               for v in vs):
            break     # another grid's columns start at this rule: the band above is the gap before it
        if not _row_text(chars, xs, y, y2):
            break
        sides = (min(xs[0], min(a for a, _ in pieces)), max(xs[-1], max(b for _, b in pieces)))
        if all(any(abs(v["x0"] - x) <= SNAP and v["top"] <= y + SNAP and v["bottom"] >= y2 - SNAP for v in vs)
               for x in sides):
            break     # boxed at both sides: its own rules say where its cells are
        out.append((y2, pieces))
        y = y2
    return out


def _spanned(pieces: list[tuple[float, float]], x: float) -> bool:
    return any(a + SNAP < x < b - SNAP for a, b in pieces) and \
        not any(abs(a - x) <= SNAP or abs(b - x) <= SNAP for a, b in pieces)


def _distinct(pieces: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The pieces with overlapping ones (the two edges of one thin rectangle) made one; pieces
    that only touch stay apart (two cells' rules)."""
    out: list[list[float]] = []
    for a, b in sorted(pieces):
        if out and a < out[-1][1] - SNAP:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _row_text(chars: list[dict], xs: list[float], y: float, y2: float) -> bool:
    """The band's text is a row of the columns: in two of them or more (a heading between two
    tables is in one), and no word runs over a boundary (a title across them)."""
    inside = [c for c in chars if y < (c["top"] + c["bottom"]) / 2 < y2 and xs[0] < (c["x0"] + c["x1"]) / 2 < xs[-1]]
    cols = {sum(1 for x in xs if x < (c["x0"] + c["x1"]) / 2) for c in inside}
    for a, b in zip(inside, inside[1:]):
        same_word = abs(a["top"] - b["top"]) < 1 and b["x0"] - a["x1"] < 0.5 * (a.get("size") or 1)
        if same_word and any(a["x1"] - 1 < x < b["x0"] + 1 and (a["x0"] + a["x1"]) / 2 < x < (b["x0"] + b["x1"]) / 2
                             for x in xs):
            return False
    return len(cols) >= 2


def _covers(pieces: list[tuple[float, float]], x: float) -> bool:
    return any(x0 - SNAP <= x <= x1 + SNAP for x0, x1 in pieces)


def cluster(values: list[float], snap: float) -> list[float]:
    """The distinct positions among values: each within snap of the one before is that one (rules
    drawn a hair apart are one boundary). The PDF readers and the scans' grids use it too."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > snap:
            out.append(v)
    return out


def _vertical(x: float, top: float, bottom: float) -> dict:
    return {"object_type": "line", "orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom,
            "width": 0.0, "height": bottom - top, "doctop": top}


def text_columns(edges: list[dict], chars: list[dict], snap: float = SNAP) -> list[dict]:
    """Vertical edges for a stack of horizontal rules where no header box gives the columns: a
    table ruled only between its rows, or the unruled columns beside a grid ruled only in its
    middle whose rules run on across them (a fund table copied without its outer borders). The
    columns are where the text of the stack's bands lies, x ranges that no character covers
    separating them; a rule that starts or ends in such a gap (a merged cell's side) puts the
    boundary there. Only with evidence as strong as an aligned table's: three columns or more,
    three bands with text in three of them. The scans' grids take it (extract.ruled_page); on a
    PDF the characters line up exactly, and its aligned-table finder reads the same rows."""
    if snap == SNAP:
        return _text_columns(edges, chars)
    k = SNAP / snap
    return _scaled(_text_columns(_scaled(edges, k), _scaled(chars, k)), 1 / k)


MIN_BANDS = 3   # bands with text in three columns or more a stack needs to be read by its text


def _text_columns(edges: list[dict], chars: list[dict]) -> list[dict]:
    hs = [e for e in edges if e.get("orientation") == "h" and e["x1"] - e["x0"] >= MIN_LEN]
    vs = [e for e in edges if e.get("orientation") == "v" and e["bottom"] - e["top"] >= MIN_LEN]
    size = text_size(chars)
    chars = [c for c in chars if c["text"].strip()]
    out: list[dict] = []
    for stack, ruled in _plain_stacks(_rule_rows(hs), vs, size):
        out += _stack_columns(stack, ruled, chars)
    return out


def _plain_stacks(rows, vs: list[dict], size: float) -> list[tuple[list[tuple], list[float]]]:
    """(rules, ruled x's) of each run of four or more rules a row's height apart, each within the
    top rule's extent and sharing an end with it (one that starts further in is the side of a
    merged cell), whose bands the same verticals cross from rule to rule (none: rules only; some:
    a grid ruled in its middle columns) and no other vertical edge starts or ends in."""
    stacks: list[tuple[list[tuple], list[float]]] = []
    cur: list[tuple] = []
    ruled: list[float] = []
    k = 0
    while k < len(rows):
        y, pieces = rows[k]
        a, b = min(p[0] for p in pieces), max(p[1] for p in pieces)
        if cur:
            y0, top = cur[-1][0], cur[0][1]
            inside = top[0] - SNAP <= a and b <= top[1] + SNAP and (abs(a - top[0]) <= SNAP or abs(b - top[1]) <= SNAP)
            crossing = [v for v in vs if v["top"] < y - SNAP and v["bottom"] > y0 + SNAP
                        and top[0] - SNAP <= v["x0"] <= top[1] + SNAP]
            through = all(v["top"] <= y0 + SNAP and v["bottom"] >= y - SNAP for v in crossing)
            xs = cluster([v["x0"] for v in crossing], SNAP)
            if inside and through and (len(cur) == 1 or xs == ruled) and y - y0 <= ROW_SIZES * size:
                cur.append((y, (a, b), pieces))
                ruled = xs
                k += 1
                continue
            if len(cur) >= 4:
                stacks.append((cur, ruled))
            if len(cur) > 1:     # the last rule may start the next stack (other verticals below it)
                cur, ruled = [cur[-1]], []
                continue
        cur, ruled = [(y, (a, b), pieces)], []
        k += 1
    if len(cur) >= 4:
        stacks.append((cur, ruled))
    return stacks


def _stack_columns(stack: list[tuple], ruled: list[float], chars: list[dict]) -> list[dict]:
    left, right = stack[0][1]
    top, bottom = stack[0][0], stack[-1][0]
    bands: list[list[dict]] = [[] for _ in stack[1:]]
    for c in chars:
        cy, cx = c.get("mid") or (c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2
        if top < cy < bottom and left < cx < right:
            bands[max(i for i, (y, _, _) in enumerate(stack[:-1]) if y < cy)].append(c)

    def free(c: dict) -> bool:    # outside the ruled columns (all of the band, where none are)
        cx = (c["x0"] + c["x1"]) / 2
        return not ruled or not ruled[0] - SNAP <= cx <= ruled[-1] + SNAP

    spans = merged_spans([(c["x0"], c["x1"]) for band in bands for c in band if free(c)])
    cols = spans + list(zip(ruled, ruled[1:]))
    full = sum(1 for band in bands if len({_span_of(cols, c) for c in band} - {None}) >= 3)
    if len(cols) < 3 or not spans or full < MIN_BANDS:
        return []
    ends = [x for _, _, pieces in stack for p in pieces for x in p if left + SNAP < x < right - SNAP]

    def between(side: list[tuple[float, float]]) -> list[float]:
        out = []
        for (_, a), (b, _) in zip(side, side[1:]):
            inner = [x for x in ends if a - SNAP <= x <= b + SNAP]
            out.append(min(inner, key=lambda x: abs(x - (a + b) / 2)) if inner else (a + b) / 2)
        return out

    if not ruled:
        xs = [left] + between(spans) + [right]
    else:     # the ruled columns' own verticals stand: only the sides' columns are added
        lefts, rights = [s for s in spans if s[1] < ruled[0]], [s for s in spans if s[0] > ruled[-1]]
        xs = ([left] + between(lefts) if lefts else []) + (between(rights) + [right] if rights else [])
    return [_vertical(x, top, bottom) for x in xs]


def merged_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The x ranges the spans cover together, left to right (overlapping or touching ones one)."""
    out: list[list[float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _span_of(spans: list[tuple[float, float]], c: dict) -> int | None:
    cx = (c["x0"] + c["x1"]) / 2
    return next((k for k, (a, b) in enumerate(spans) if a <= cx <= b), None)


def one_table_apart(xs_a: list[float], ys_a: list[float], xs_b: list[float], ys_b: list[float], snap: float) -> bool:
    """Two ruled grids side by side (column edges xs, row edges ys; a left of b) that are one table's:
    every row rule of one at a row rule of the other, and the white between them narrower than every
    column on either side (an empty spacer column printed without borders, 1058: an Excel form's
    blank column between 实际完成值 and 分值). Two tables set side by side have rows of their own, or
    white wider than a column between them; two grids of the same columns (cards or the halves of a
    table set side by side, 462's 序号 | value cards two a row) are tiles, each whole."""
    gap = xs_b[0] - xs_a[-1]
    widths = [b - a for xs in (xs_a, xs_b) for a, b in zip(xs, xs[1:])]
    tiles = len(xs_a) == len(xs_b) and all(abs((a1 - a0) - (b1 - b0)) <= snap
                                           for a0, a1, b0, b1 in zip(xs_a, xs_a[1:], xs_b, xs_b[1:]))
    return len(ys_a) == len(ys_b) >= 2 and bool(widths) and 0 < gap < min(widths) and not tiles and \
        all(abs(a - b) <= snap for a, b in zip(ys_a, ys_b))
