"""A fixed-width text table in a scan: | and +----+ printed as characters, not drawn as lines.

Its rules are glyphs (a web page's <pre> table, printed, then scanned), too short for the ruling
line finder (ocr_reader.rules) and mostly not text to the OCR engine, which skips a lone | between
empty cells and every +----+ line. Their ink shows them: a | is a stroke a few pixels wide and a
line high, and the |s of a column stand on one x, one a line, with only the leading between
them; a +----+ line is a row of short dashes on one y, evenly spaced. Where such a row of dashes
and two or more columns of bars meet, the bar columns are the table's column rules and each bar
marks a line of text: the OCR characters are put in the cells between the bars of their line,
and the lines are read, as the text the page was printed from, by the same text-table reader as
.txt files, <pre> blocks and fixed-width tables in PDFs (pdf_text_table.read).
"""
from __future__ import annotations

from dataclasses import dataclass, field

BAR_SHAPE = 0.2     # a bar's ink is at most this of its height wide (a 1 or l has a foot or a flag)
LEADING = 0.5       # of a bar's height: the white between the bars of consecutive lines at most
SAME_HEIGHT = 0.25  # the bars of one column differ in height by at most this share
MIN_LINES = 3       # bars in a column: fewer are no column rule
DASH_STEP = 2.5     # of the dashes' usual step: the step to the next dash of a rule line at most (a + between)
MIN_DASHES = 8      # dashes in a rule line
NEAR_BAR = 0.35     # of the line's height: a bar-like character this near a bar is the bar, read
# Pixel sizes scale with the page's line (the usual height of its bar-like strokes), so that a scan
# at 300 dpi reads as one at 150 does; the pixels named are those at 150 dpi, a 23 px line.
DASH_HIGH = 0.27    # of a line: a dash's ink is at most this high (6 px)
DASH_LONG = 4       # a dash is longer than high, at most this many times
SAME_X = 0.09       # of a line: the middles of the bars of one column differ by at most this (2 px)
SAME_Y = 0.07       # of a line: the middles of the dashes of one rule line differ by at most this (1.5 px)
BARS = "|｜│┃丨"     # always a border in a text table (the text reader splits cells on them)
BAR_LIKE = "!"      # read for a bar where one stands (a 1 or l beside one may be a figure's)
# what OCR makes of a rule line's dashes and crosses: a hyphen, a plus, a dash of any width, a box
# drawing line, or the CJK characters a dash or a cross looks like (一, 十); read there, it is the rule
RULE_SHAPES = "-+=_~—–‐‑‒―─━═┄┅┈┉╌╍┼┿╋╪╫╬├┤┬┴┌┐└┘一十－＋＝＿～"


@dataclass
class Region:
    cols: list[float]                 # x of each column of bars
    lines: list[tuple[float, float, set]] = field(default_factory=list)   # top, bottom, bars it holds
    rules: list[float] = field(default_factory=list)                      # y of each +----+ line
    bbox: tuple[float, float, float, float] = (0, 0, 0, 0)


def find(bw, min_height: float) -> list[Region]:
    """The text tables of a page's ink (bw: the binarised page, ink > 0). min_height: a bar's
    least height in pixels (a line of the smallest type read)."""
    import cv2
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    boxes = [tuple(int(v) for v in stats[k][:4]) for k in range(1, n)]
    bars = [b for b in boxes if b[3] >= min_height and b[2] <= b[3] * BAR_SHAPE]
    if not bars:
        return []
    line = sorted(b[3] for b in bars)[len(bars) // 2]
    chains = _bar_columns(bars, SAME_X * line)
    rules = _dash_rules([b for b in boxes if b[3] <= DASH_HIGH * line and b[3] < b[2] <= DASH_LONG * b[3]],
                        SAME_Y * line)
    return _regions(chains, rules)


def _bar_columns(bars: list, same_x: float) -> list[list]:
    """Runs of bars stacked one a line on one x (x, y, w, h boxes; their middles at most same_x
    apart); a rule line breaks a run."""
    bars = sorted(bars, key=lambda b: (b[0] + b[2] / 2, b[1]))
    columns: list[list] = []
    for b in bars:
        x = b[0] + b[2] / 2
        if columns and x - (columns[-1][-1][0] + columns[-1][-1][2] / 2) <= same_x:
            columns[-1].append(b)
        else:
            columns.append([b])
    chains = []
    for col in columns:
        run: list = []
        for b in sorted(col, key=lambda b: b[1]):
            if run and (b[1] - (run[-1][1] + run[-1][3]) > LEADING * run[-1][3]
                        or b[1] < run[-1][1] + run[-1][3]
                        or abs(b[3] - run[-1][3]) > SAME_HEIGHT * run[-1][3]):
                chains.append(run)
                run = []
            run.append(b)
        chains.append(run)
    return chains


def _dash_rules(dashes: list, same_y: float) -> list[tuple[float, float, float]]:
    """(y, x0, x1) of each row of MIN_DASHES or more dashes on one y (their middles at most same_y
    apart), evenly stepped."""
    bands: list[list] = []
    for b in sorted(dashes, key=lambda b: b[1] + b[3] / 2):
        if bands and b[1] + b[3] / 2 - (bands[-1][0][1] + bands[-1][0][3] / 2) <= same_y:
            bands[-1].append(b)
        else:
            bands.append([b])
    rows: list[list] = []
    for band in bands:
        band.sort(key=lambda b: b[0])
        steps = sorted(b[0] - a[0] for a, b in zip(band, band[1:])) or [0]
        run: list = []
        for b in band:
            if run and b[0] - run[-1][0] > DASH_STEP * steps[len(steps) // 2]:
                rows.append(run)
                run = []
            run.append(b)
        rows.append(run)
    return [(sum(b[1] + b[3] / 2 for b in r) / len(r), r[0][0], r[-1][0] + r[-1][2])
            for r in rows if len(r) >= MIN_DASHES]


def _regions(chains: list[list], rules: list) -> list[Region]:
    """Rule lines and the bar columns that start or end at them, joined into tables; a table needs
    two columns of bars (one cell between them) meeting a rule line."""
    def meets(chain, rule):
        y, x0, x1 = rule
        x = chain[0][0] + chain[0][2] / 2
        h = chain[0][3]
        top, bottom = chain[0][1], chain[-1][1] + chain[-1][3]
        return x0 - h / 2 <= x <= x1 + h / 2 and (abs(top - y) <= h or abs(bottom - y) <= h)
    groups: list[tuple[set, set]] = []    # (chain indices, rule indices)
    for r, rule in enumerate(rules):
        mine = {c for c, chain in enumerate(chains) if meets(chain, rule)}
        joined = [g for g in groups if g[0] & mine]
        merged = (mine.union(*(g[0] for g in joined)), {r}.union(*(g[1] for g in joined)))
        groups = [g for g in groups if g not in joined] + [merged]
    out = []
    for cs, rs in groups:
        mine = [chains[c] for c in cs]
        if not mine:
            continue
        h = sorted(b[3] for ch in mine for b in ch)[len([b for ch in mine for b in ch]) // 2]
        # a column of bars is MIN_LINES bars on one x, however many rule lines cut it into runs
        cols: list[list] = []
        for ch in sorted(mine, key=lambda ch: ch[0][0] + ch[0][2] / 2):
            x = ch[0][0] + ch[0][2] / 2
            if cols and x - cols[-1][0] <= h / 2:
                cols[-1][1].append(ch)
            else:
                cols.append([x, [ch]])
        cols = [c for c in cols if sum(len(ch) for ch in c[1]) >= MIN_LINES]
        mine = [ch for c in cols for ch in c[1]]
        cols = [c[0] for c in cols]
        if len(cols) < 2:
            continue
        lines: list[list] = []          # [top, bottom, {column}]
        for ch in mine:
            k = min(range(len(cols)), key=lambda i: abs(cols[i] - (ch[0][0] + ch[0][2] / 2)))
            for b in ch:
                line = next((ln for ln in lines if abs(ln[0] - b[1]) <= h / 2), None)
                if line is None:
                    lines.append([b[1], b[1] + b[3], {k}])
                else:
                    line[0], line[1] = min(line[0], b[1]), max(line[1], b[1] + b[3])
                    line[2].add(k)
        ys: list[float] = []
        for y in sorted(rules[r][0] for r in rs):     # a rule line's runs (broken at a gap) are one line
            if not ys or y - ys[-1] > h / 2:
                ys.append(y)
        x0 = min([rules[r][1] for r in rs] + [cols[0]])
        x1 = max([rules[r][2] for r in rs] + [cols[-1]])
        top = min([ys[0]] + [ln[0] for ln in lines])
        bottom = max([ys[-1]] + [ln[1] for ln in lines])
        out.append(Region(cols, sorted((a, b, c) for a, b, c in lines), ys, (x0, top, x1, bottom)))
    return sorted(out, key=lambda r: r.bbox[1])


def drawn_bars(region: Region, chars: list) -> bool:
    """Whether the region's bars are strokes drawn beside several lines of text, not | glyphs: a | is one
    line of text high, so the OCR characters beside a bar stand on one line; where most of the region's
    bars stand beside text of two lines or more (1498.scan: a kanban board's cards, each a tall accent bar
    beside its four lines, the cards stacked in lanes and a lane heading's words taken for a rule's
    dashes), the characters of those lines would be run together in one cell, glyph by glyph left to
    right, and the region is no text table (ruled_page.Char: mid the middle of OCR's box, y its
    baseline)."""
    from .ruled_page import _middle
    x0, _, x1, _ = region.bbox
    stacked = held = 0
    for a, b, _ in region.lines:
        mine = [ch for ch in chars if a <= _middle(ch) <= b and x0 <= ch.x + ch.size / 2 <= x1 and ch.text.strip()]
        if not mine:
            continue
        held += 1
        high = sorted(2 * (ch.y - ch.mid) if ch.mid is not None and ch.y > ch.mid else ch.size for ch in mine)
        line = high[len(high) // 2]
        mids = sorted(_middle(ch) for ch in mine)
        if sum(1 for p, q in zip(mids, mids[1:]) if q - p > line / 2) >= 1:
            stacked += 1
    return held > 0 and stacked * 2 > held


def text(region: Region, chars: list) -> tuple[str, list, list[str], list[str]]:
    """The text the region's lines print, one text line a line (a rule line +---+), the characters
    it took (ruled_page.Char: each goes to the line its middle stands in, and to the cell between
    the bars its middle stands between), the text of those it took but put in no cell, and the text
    OCR read on a rule line that is no rule's shape (a rule line prints nothing else: such text may
    be a cell's the ruling ran through, and is taken off the page unread, so the caller says it).
    A character within half a line outside a line's outer bar is put in the cell inside that bar
    where the bar is the table's outer rule (no other cell is near); beside an inner bar that ends
    the line it may be the text of a cell the line does not print, and is left out (said)."""
    from .ruled_page import _line_text, _middle
    h = sorted(b - a for a, b, _ in region.lines)[len(region.lines) // 2]
    x0, top, x1, bottom = region.bbox
    taken, rows, left, on_rules = [], [], [], []
    for y in region.rules:
        mine = [ch for ch in chars if abs(_middle(ch) - y) <= h / 3 and x0 <= ch.x + ch.size / 2 <= x1]
        taken += mine
        stray = [ch for ch in sorted(mine, key=lambda ch: ch.x) if ch.text.strip(RULE_SHAPES + BARS + " ")]
        if stray:
            on_rules.append(_line_text(stray).strip())
        rows.append((y, "+" + "+".join("---" for _ in region.cols[1:]) + "+"))
    for a, b, bars in region.lines:
        xs = [region.cols[k] for k in sorted(bars)]
        mine = [ch for ch in chars if a <= _middle(ch) <= b and xs[0] - h / 2 <= ch.x + ch.size / 2 <= xs[-1] + h / 2]
        taken += mine
        cells = [[] for _ in xs[1:]]
        out = []
        for ch, cx in _centres(mine, xs):
            if ch.text in BARS or (ch.text in BAR_LIKE and min(abs(cx - x) for x in xs) <= NEAR_BAR * h):
                continue
            if cx <= xs[0]:
                k = 0 if xs[0] == region.cols[0] else None
            else:
                k = next((i for i in range(len(cells)) if cx < xs[i + 1]),
                         len(cells) - 1 if xs[-1] == region.cols[-1] else None)
            if k is None:
                out.append(ch)
            else:
                cells[k].append(ch)
        if out:
            left.append(_line_text(sorted(out, key=lambda ch: ch.x)).strip())
        rows.append(((a + b) / 2, "| " + " | ".join(_line_text(sorted(c, key=lambda ch: ch.x)).strip()
                                                    for c in cells) + " |"))
    rows.sort(key=lambda r: r[0])
    return "\n".join(t for _, t in rows), taken, left, on_rules


def _centres(chars: list, bars: list[float]) -> list[tuple]:
    """Each character of a line with the x of its middle. OCR's box often takes in a bar it did not
    read (得分 boxed from the | before it) and spreads the characters over the bar's room too:
    a piece of a box (characters from one where OCR began a box or saw white) that reaches past a
    bar by less than one of its characters is spread over its own side of the bar."""
    out = []
    line = sorted(chars, key=lambda ch: ch.x)
    pieces: list[list] = []
    for ch in line:
        if pieces and not ch.cut:
            pieces[-1].append(ch)
        else:
            pieces.append([ch])
    for piece in pieces:
        x0, x1 = piece[0].x, piece[-1].x + piece[-1].size
        step = (x1 - x0) / len(piece)
        inside = [x for x in bars if x0 < x < x1]
        if inside and all(ch.text not in BARS for ch in piece):
            if inside[0] - x0 < step:
                x0 = inside[0]
            if x1 - inside[-1] < step:
                x1 = inside[-1]
        if (x0, x1) != (piece[0].x, piece[-1].x + piece[-1].size):
            width = (x1 - x0) / sum(ch.size for ch in piece)
            at = x0
            for ch in piece:
                out.append((ch, at + ch.size * width / 2))
                at += ch.size * width
        else:
            out += [(ch, ch.x + ch.size / 2) for ch in piece]
    return out
