r"""Tables a text writes cell by cell with their merges: the grid is built from the cells' marks, not
from where the text stands on the line.

Line-marked markup (a wiki's tables, MediaWiki syntax): `{|` opens the table, `|-` starts a row,
`|+` is its caption, `! a !! b` header cells, `| a || b` data cells, each cell optionally carrying
attributes before a single `|` (rowspan="3" | 产出指标), `|}` closes it. A line with no mark continues
the cell above it. The syntax is data (MARKUPS); one reader (markup_table) reads any of them.

A screen reader's export of a table (Word's read-aloud, an accessibility checker's text): a line
announcing the table and its size (表格 1，共 4 行 7 列), then one line a cell, its coordinates first
(第 2 行 第 1 列 产出指标，跨 7 行), an empty cell said as 空白, and a line closing it (表格结束). The
words are the export's vocabulary (SPOKEN); one reader (spoken_table) reads them.

A grid table (reStructuredText, Emacs org's table.el): cells drawn with + - = | at display columns;
a rule drawn under part of a row closes only the cells above it, a cell's wrapped lines are one cell
(grid_table). Its cells are found as the rectangles the borders close, each with its own spans.

LaTeX's tabular: rows END with \\, cells split at &, \multicolumn / \multirow around a cell's text
say its spans, \hline / \cline are rules; the slot a \multirow covers is still written (empty). The
syntax is data (Tabular, LATEX); tabular_table reads it, place() places it.

reStructuredText's list-table directive (.. list-table:: caption, its :option: lines, then a bullet list
of rows each a bullet list of cells: '* -' opens a row and its first cell, '-' each further cell, a line
indented past a cell's mark goes on with it); no spans (list_table).

A forum's BBCode ([table] [tr] [td]…[/td] [/tr] [/table], a row on a line or over several): a cell's
spans in its opening tag, Discuz's [td=colspan,rowspan] or attributes [td colspan=2 rowspan=3]; the
text's other tags ([b], [color=Red], [size=4]) are marks, no text (bbcode_table, bbcode_text).

DokuWiki's tables: '^' before a header cell (a row head too), '|' before a body cell, a completely
empty cell the span of the one before it, ':::' a cell the one above covers (dokuwiki_table); TWiki's / Foswiki's
the same spans, '^' the cell the one above covers, '*…*' a header cell (twiki_table).

A database client's VERTICAL result (MySQL's \\G: a '*** 1. row ***' line, then a 'name: value' line per
column, names right-aligned; psql's expanded display: '-[ RECORD 1 ]-+-' then 'name | value'): records
numbered from 1 are one result, the rows of a table headed by the first record's names; NULL an empty
cell (vertical_table); cqlsh's EXPAND ON: '@ Row 1', a '-+-' rule, ' name | value' lines, a blank line after
each. The syntaxes are data (VERTICALS).

A program's display of a CELL ARRAY (GNU Octave, MATLAB): 'name =', then '{', a line per element '[r,c] = value'
in COLUMN-MAJOR order (the whole first column, then the second …), then '}'; NaN or an empty matrix ([](0x0)) is
an empty cell, as a workbook's empty and merged cells come out of xlsread (indexed_table).

A TROFF source's tbl tables (.TS … .TE): an options line ending in ';' (tab(@) names the cell separator, TAB
otherwise), then format lines, the last ending in '.', a key letter a column ('s' a column the cell on its left
spans, '^' one the cell above spans; '|' and the letters' modifiers no column), the first format line for the
first row and so on, the last for all rows after; then a data line a row, '_' / '=' alone a rule, '\\^' a cell
the one above spans, a 'T{' cell going on over lines to 'T}'; '.T&' gives new format lines for the rows after
it (tbl_table). Outside the tables the requests ('.sp', '.ce 2', '.\\"' comments) are no text, and troff's
escapes are characters: \\(>= ≥, \\[u2265] ≥, \\fB / \\fP fonts nothing (troff_text).

All place their cells in an occupancy grid as a web page's table is placed (html_reader): a merged
cell is one Cell with its rowspan / colspan, the slots it covers hold no other cell, and a slot no
cell covers is an empty cell.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .display_columns import char_width, display_width
from .model import Cell, Document, Location, Table, character

MAX_SPAN = 1000    # a span beyond this is damage, not layout


@dataclass(frozen=True)
class Markup:
    """A table syntax whose lines open with marks."""
    open: str
    close: str
    row: str
    caption: str
    header: str          # opens a line of header cells; doubled, separates them
    cell: str            # opens a line of data cells; doubled, separates them
    line_break: re.Pattern     # a line break inside a cell
    emphasis: re.Pattern       # marks around a word that are no text (bold, italic)


WIKI = Markup(open="{|", close="|}", row="|-", caption="|+", header="!", cell="|",
              line_break=re.compile(r"<br\s*/?>", re.I), emphasis=re.compile(r"'{2,}"))
MARKUPS = (WIKI,)

_SPAN = re.compile(r"""\b(rowspan|colspan)\s*=\s*["']?(\d+)""", re.I)
_ATTRS = re.compile(r"""^\s*(?:[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s|]+)\s*)+$""")

# (row, col, rowspan, colspan, text, line)
Placed = tuple[int, int, int, int, str, int]


_HEADING = re.compile(r"^(=+)\s*(.*?)\s*\1$")


def plain_markup_paragraph(markup: Markup, text: str) -> str:
    """A paragraph of a text whose tables are in the markup, as it reads: its heading marks (== 一、X ==),
    emphasis and line breaks dropped."""
    text = _HEADING.sub(r"\2", text.strip())
    return markup.emphasis.sub("", markup.line_break.sub("", text)).strip()


def markup_of(text: str) -> Markup | None:
    """The markup whose table a line opens."""
    return next((m for m in MARKUPS if text.lstrip().startswith(m.open)), None)


def markup_table(markup: Markup, lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the table opened at lines[i] (line number, text) up to its close: its rows of cells
    (line, text, rowspan, colspan) and the index past it. None where no row follows the opening."""
    rows: list[list[tuple]] = []
    current: list[tuple] | None = None
    j = i + 1
    while j < len(lines):
        no, raw = lines[j]
        t = raw.strip()
        j += 1
        if t.startswith(markup.close):
            if current:
                rows.append(current)
            return rows, j
        if t.startswith(markup.row):
            if current:
                rows.append(current)
            current = []
        elif t.startswith(markup.caption) or not t and current is None:
            continue
        elif t.startswith((markup.header, markup.cell)):
            mark = markup.header if t.startswith(markup.header) else markup.cell
            current = [] if current is None else current
            seps = f"{re.escape(mark * 2)}|{re.escape(markup.cell * 2)}"
            for piece in re.split(seps, t[len(mark):]):
                current.append(_markup_cell(markup, no, piece))
        elif current:
            last = current[-1]    # a line with no mark: the cell above goes on
            current[-1] = (last[0], f"{last[1]}\n{_markup_text(markup, t)}".strip(), last[2], last[3])
    if current:     # the text ends before the table closes: its rows are still its rows
        rows.append(current)
    return (rows, j) if rows else None


def _markup_cell(markup: Markup, no: int, piece: str) -> tuple:
    attrs, content = "", piece
    head, sep, rest = piece.partition(markup.cell)
    if sep and _ATTRS.match(head):
        attrs, content = head, rest
    spans = {k.lower(): min(int(v), MAX_SPAN) or 1 for k, v in _SPAN.findall(attrs)}
    return no, _markup_text(markup, content), spans.get("rowspan", 1), spans.get("colspan", 1)


def _markup_text(markup: Markup, text: str) -> str:
    text = markup.emphasis.sub("", markup.line_break.sub("\n", text))
    return "\n".join(part.strip() for part in text.split("\n")).strip()


def place(rows: list[list[tuple]], covered_written: bool = False) -> list[Placed]:
    """Cells given row by row, each row's cells left to right, into the grid their spans make. Where
    the syntax writes the slots a merge from above covers (covered_written: LaTeX's empty cell under a
    \\multirow), such a cell takes its slot and is no cell; elsewhere a row's cells skip them."""
    occupied: set[tuple[int, int]] = set()
    placed = []
    for r, cells in enumerate(rows):
        c = 0
        for no, text, rowspan, colspan in cells:
            if covered_written and (r, c) in occupied:
                c += colspan
                continue
            while (r, c) in occupied:
                c += 1
            rowspan = min(rowspan, len(rows) - r)
            occupied |= {(rr, cc) for rr in range(r, r + rowspan) for cc in range(c, c + colspan)}
            placed.append((r, c, rowspan, colspan, text, no))
            c += colspan
    return placed


@dataclass(frozen=True)
class Spoken:
    """The words a screen reader's export says a table with."""
    opens: re.Pattern      # the table's announcement, its size in groups rows, cols
    cell: re.Pattern       # a cell: its row, its column, then what it holds
    span: re.Pattern       # a merge said after the text: how many, and of rows or columns
    rows_word: str         # the span's word for rows (the other is columns)
    empty: str             # an empty cell
    closes: str            # the line closing the table


SPOKEN = Spoken(opens=re.compile(r"^表格\s*\d+\s*[，,]\s*共\s*(\d+)\s*行\s*(\d+)\s*列\s*[；;。]?$"),
                cell=re.compile(r"^第\s*(\d+)\s*行\s*第\s*(\d+)\s*列\s*(.*?)\s*[；;。]?$"),
                span=re.compile(r"\s*[，,]\s*跨\s*(\d+)\s*(行|列)\s*$"),
                rows_word="行", empty="空白", closes="表格结束")


def spoken_opens(text: str) -> bool:
    return bool(SPOKEN.opens.match(text.strip()))


def spoken_table(lines: list[tuple[int, str]], i: int) -> tuple[list[Placed], int, int, int, list[Placed]] | None:
    """Read the cells said after the announcement at lines[i]: placed by their coordinates, the
    table's rows and columns as announced (or as far as its cells reach), the index past it, and
    the cells said again at a place already said (left out: the caller names them). The table ends
    at its closing line, or at the first line that is no cell. None: no cell."""
    said = SPOKEN.opens.match(lines[i][1].strip())
    n_rows, n_cols = int(said.group(1)), int(said.group(2))
    placed: list[Placed] = []
    repeated: list[Placed] = []
    j = i + 1
    while j < len(lines):
        no, t = lines[j][0], lines[j][1].strip()
        m = SPOKEN.cell.match(t)
        if not m:
            if t == SPOKEN.closes:
                j += 1
            break
        text, spans = m.group(3), {"r": 1, "c": 1}
        while (s := SPOKEN.span.search(text)):
            spans["r" if s.group(2) == SPOKEN.rows_word else "c"] = min(int(s.group(1)), MAX_SPAN) or 1
            text = text[:s.start()]
        text = "" if text == SPOKEN.empty else text
        at = (int(m.group(1)) - 1, int(m.group(2)) - 1)
        cell = (*at, spans["r"], spans["c"], text, no)
        # a cell said twice: the first saying holds, the other is named, not dropped in silence
        (repeated if at in {(r, c) for r, c, *_ in placed} else placed).append(cell)
        j += 1
    if not placed:
        return None
    n_rows = max(n_rows, max(r + 1 for r, *_ in placed))
    n_cols = max(n_cols, max(c + 1 for _, c, *_ in placed))
    return placed, n_rows, n_cols, j, repeated


_INDEXED_OPEN = re.compile(r"^\s*\{\s*$")
_INDEXED_CELL = re.compile(r"^\s*\[(\d+),(\d+)\]\s*=\s?(.*?)\s*$")
_INDEXED_EMPTY = re.compile(r"^(?:NaN|NA|\[\]\(\d+x\d+\)|\{\}\(\d+x\d+\))?$")


def indexed_opens(lines: list[tuple[int, str]], i: int) -> bool:
    return bool(_INDEXED_OPEN.match(lines[i][1])) and i + 1 < len(lines) and bool(_INDEXED_CELL.match(lines[i + 1][1]))


def indexed_text(text: str) -> bool:
    """The text displays a cell array somewhere (its '[r,c]' commas are coordinates, no CSV's)."""
    lines = text.split("\n")
    return any(_INDEXED_OPEN.match(a) and _INDEXED_CELL.match(b) for a, b in zip(lines, lines[1:]))


def indexed_table(lines: list[tuple[int, str]], i: int) -> tuple[list[Placed], int, int, int, list[Placed]] | None:
    """The cell array whose '{' is lines[i]: its elements placed by their coordinates, its rows and columns,
    the index past its '}', and the elements written again at a place already written (the caller names
    them). None where fewer than two rows and two columns are written (a list, not a table)."""
    placed: list[Placed] = []
    repeated: list[Placed] = []
    j = i + 1
    while j < len(lines) and (m := _INDEXED_CELL.match(lines[j][1])):
        at = (int(m.group(1)) - 1, int(m.group(2)) - 1)
        if max(at) < MAX_SPAN and min(at) >= 0:
            text = "" if _INDEXED_EMPTY.match(m.group(3)) else m.group(3)
            (repeated if at in {(r, c) for r, c, *_ in placed} else placed).append((*at, 1, 1, text, lines[j][0]))
        j += 1
    if j < len(lines) and lines[j][1].strip() == "}":
        j += 1
    if not placed:
        return None
    n_rows, n_cols = max(r for r, *_ in placed) + 1, max(c for _, c, *_ in placed) + 1
    return (placed, n_rows, n_cols, j, repeated) if n_rows >= 2 and n_cols >= 2 else None


def add_rows_table(doc: Document, path: str, rows: list[list[tuple]], element: str | None = None,
                   covered_written: bool = False) -> None:
    """One Table from cells given row by row (place), as wide as its widest placed row reaches."""
    placed = place(rows, covered_written=covered_written)
    add_placed_table(doc, path, placed, len(rows), max(c + cs for _, c, _, cs, *_ in placed), element)


def add_placed_table(doc: Document, path: str, placed: list[Placed], n_rows: int, n_cols: int,
                     element: str | None = None) -> None:
    """One Table from placed cells; a slot no cell covers is an empty cell (on its row's first line)."""
    block, t_index = len(doc.blocks), len(doc.tables())
    spans = [(r, c, min(rs, n_rows - r), min(cs, n_cols - c), text, no) for r, c, rs, cs, text, no in placed]
    covered = {(rr, cc) for r, c, rs, cs, *_ in spans for rr in range(r, r + rs) for cc in range(c, c + cs)}
    row_line = {}
    for r, _, _, _, _, no in spans:
        row_line.setdefault(r, no)
    cells = [Cell(text=text, row=r, col=c, rowspan=rs, colspan=cs,
                  loc=Location(path, block=block, table=t_index, row=r, col=c, line=no, element=element))
             for r, c, rs, cs, text, no in spans]
    for r in range(n_rows):
        for c in range(n_cols):
            if (r, c) not in covered:
                no = row_line.get(r, spans[0][5])
                cells.append(Cell(text="", row=r, col=c,
                                  loc=Location(path, block=block, table=t_index, row=r, col=c, line=no, element=element)))
    cells.sort(key=lambda x: (x.row, x.col))
    doc.blocks.append(Table(index=t_index, n_rows=n_rows, n_cols=n_cols, cells=cells,
                            loc=Location(path, block=block, table=t_index, line=spans[0][5], element=element)))


# -- grid tables (reStructuredText, Emacs org's table.el): cells drawn with + - = | -----------------------
# A border or rule line: corners + between runs of - (or = under the header); a row's lines hold | at its
# cells' borders. A rule drawn across part of the table only (|   +----+) closes the cells it is drawn
# under; where no rule or no | stands the cell goes on (a merge). Positions are display columns: a
# wide character (CJK) takes two, and an ambiguous one (≥, —) two or one, as the writer's font
# made it: the convention under which every | and + stands on a column border is the one.
GRID_BORDER = re.compile(r"^\+(?:[-=]+\+)+$")


def grid_opens(text: str) -> bool:
    return bool(GRID_BORDER.match(text.strip())) and "-" in text


def _canvas(text: str, ambiguous: int) -> str:
    """The line as display columns: a wide character followed by NULs for the columns it takes."""
    return "".join(ch + "\0" * (char_width(ch, ambiguous) - 1) for ch in text)


def _join_wrapped(lines: list[str]) -> str:
    """A cell's lines as its text: lines of one paragraph joined (with a space between two Latin
    words, with nothing beside CJK, as a wrapped line reads), a blank line keeping paragraphs apart."""
    paras: list[str] = []
    gap = True
    for ln in lines:
        if not ln:
            gap = True
            continue
        if gap or not paras:
            paras.append(ln)
        else:
            prev = paras[-1]
            paras[-1] = prev + (" " if prev[-1].isascii() and prev[-1].isalnum() and ln[0].isascii()
                                and ln[0].isalnum() else "") + ln
        gap = False
    return "\n".join(paras)


def grid_table(lines: list[tuple[int, str]], i: int) -> tuple[list[Placed], int, int, int] | None:
    """The grid table whose top border is lines[i]: its cells placed, its rows and columns, the index
    past it. None where the lines do not close into one (a | or + off every column border)."""
    j = i
    indent = len(lines[i][1]) - len(lines[i][1].lstrip())
    while j < len(lines) and lines[j][1].strip()[:1] in ("+", "|"):
        j += 1
    while j > i + 1 and not GRID_BORDER.match(lines[j - 1][1].strip()):
        j -= 1     # the table ends at its last border
    if j - i < 3:
        return None
    drawn = []
    for ambiguous in (2, 1):     # the convention under which more of the lines close into the grid
        canvas = [_canvas(ln[indent:].rstrip(), ambiguous) for _, ln in lines[i:j]]
        # a row drawn off the borders above it (a hand-drawn total row a column short) is no part of the
        # grid: the table ends at the last border before it, and the lines after are read as they come
        cut = next((k for k, ln in enumerate(canvas) if len(ln) != len(canvas[0])), len(canvas))
        while cut > 2 and not GRID_BORDER.match(canvas[cut - 1].replace("\0", "")):
            cut -= 1
        drawn.append((cut, canvas[:cut]))
    cut, canvas = max(drawn, key=lambda d: d[0])
    found = _grid_cells(canvas) if cut >= 3 else None
    if found is None:
        return None
    cells, n_rows, n_cols = found
    placed = [(r, c, rs, cs, text, lines[i + k][0]) for r, c, rs, cs, text, k in cells]
    return placed, n_rows, n_cols, i + cut


def _grid_cells(canvas: list[str]) -> tuple[list[tuple], int, int] | None:
    width = len(canvas[0])
    if any(len(ln) != width for ln in canvas):
        return None
    rules = [k for k, ln in enumerate(canvas) if "+" in ln]
    borders = sorted({p for k in rules for p, ch in enumerate(canvas[k]) if ch == "+"})
    if borders[0] != 0 or borders[-1] != width - 1 or rules[0] != 0 or rules[-1] != len(canvas) - 1:
        return None
    for k, ln in enumerate(canvas):
        if any(ch in "|+" and p not in borders for p, ch in enumerate(ln)):
            return None
    n_rows, n_cols = len(rules) - 1, len(borders) - 1
    for r in range(n_rows):
        # lines between two rules are one row whose cells wrap (those after the first fill half their
        # cells at most); lines that each fill most are rows of their own under a header's rules only
        # (a database client's table: +---+ above and below, a row a line): no grid table as drawn here
        for k in range(rules[r] + 2, rules[r + 1]):
            filled = sum(1 for c in range(n_cols) if canvas[k][borders[c] + 1:borders[c + 1]].strip(" \0"))
            if 2 * filled > n_cols:
                return None
    parent = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(n_rows):
        first = rules[r] + 1
        for c in range(n_cols):
            seg = slice(borders[c] + 1, borders[c + 1])
            if r + 1 < n_rows and not set(canvas[rules[r + 1]][seg]) <= {"-", "="}:
                parent[find((r + 1, c))] = find((r, c))      # no rule under it: the cell goes on down
            if c + 1 < n_cols and first < rules[r + 1] and canvas[first][borders[c + 1]] != "|":
                parent[find((r, c + 1))] = find((r, c))      # no border beside it: the cell goes on right
    groups: dict[tuple, list[tuple[int, int]]] = {}
    for slot in parent:
        groups.setdefault(find(slot), []).append(slot)
    cells = []
    for slots in groups.values():
        r0, c0 = min(r for r, _ in slots), min(c for _, c in slots)
        r1, c1 = max(r for r, _ in slots), max(c for _, c in slots)
        if len(slots) != (r1 - r0 + 1) * (c1 - c0 + 1):
            return None      # no rectangle: not a grid table as drawn
        seg = slice(borders[c0] + 1, borders[c1 + 1])
        texts = [canvas[k][seg].replace("\0", "").strip() for k in range(rules[r0] + 1, rules[r1 + 1])]
        cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1, _join_wrapped(texts), rules[r0] + 1))
    return sorted(cells), n_rows, n_cols


# -- LaTeX tabular -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tabular:
    """A table syntax whose rows END with a mark and whose cells are split by one (LaTeX's tabular):
    the merges are commands around a cell's text, and a slot a merge from above covers is still
    written, empty (LaTeX's \\multirow convention), so it is placed over, not beside."""
    opens: re.Pattern       # the environment's opening (its column spec follows in braces)
    closes: re.Pattern
    row_end: re.Pattern
    cell: re.Pattern        # the cell separator (not escaped)
    rule: re.Pattern        # a rule between rows: no text
    colspan: str            # the command whose first argument spans columns, its last the text
    rowspan: str            # the command whose first argument spans rows, its last the text
    escaped: re.Pattern     # a character escaped (\% \& \_): the character
    silent: re.Pattern      # commands whose arguments are no text (an environment's name, a label)
    command: re.Pattern     # any other command with an argument: the argument; alone: nothing
    symbols: tuple = ()     # (command, character): a symbol command that writes a character ($\geq$ as ≥)
    math: re.Pattern | None = None    # the marks around math (unescaped $): no text
    pages: re.Pattern | None = None   # a long table's page marks: the head, foot and last foot they end


LATEX = Tabular(opens=re.compile(r"\\begin\{(?:tabular[x*]?|longtable|tabu)\}"),
                closes=re.compile(r"\\end\{(?:tabular[x*]?|longtable|tabu)\}"),
                row_end=re.compile(r"\\\\(?:\s*\[[^\]]*\])?"), cell=re.compile(r"(?<!\\)&"),
                rule=re.compile(r"\\(?:hline|cline\{[^}]*\}|toprule|midrule|bottomrule|cmidrule(?:\([^)]*\))?\{[^}]*\})"),
                colspan="multicolumn", rowspan="multirow",
                escaped=re.compile(r"\\([%&_#$])"),
                silent=re.compile(r"\\(?:begin|end|label|ref)\{[^}]*\}(?:\[[^\]]*\])?"),
                command=re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?(?:\{([^{}]*)\})?"),
                symbols=((re.compile(r"\\(?:geq?|geqslant)(?![A-Za-z])"), "≥"),
                         (re.compile(r"\\(?:leq?|leqslant)(?![A-Za-z])"), "≤"),
                         (re.compile(r"\\times(?![A-Za-z])"), "×"), (re.compile(r"\\pm(?![A-Za-z])"), "±")),
                math=re.compile(r"(?<!\\)\$"),
                pages=re.compile(r"\\end(firsthead|head|foot|lastfoot)(?![A-Za-z])"))


def tabular_opens(text: str) -> bool:
    return bool(LATEX.opens.search(text))


def _braced(text: str, k: int) -> tuple[str, int] | None:
    """The text inside the braces opening at text[k] (nested braces kept), and the index past them."""
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text) or text[k] != "{":
        return None
    depth = 0
    for e in range(k, len(text)):
        depth += {"{": 1, "}": -1}.get(text[e], 0)
        if depth == 0:
            return text[k + 1:e], e + 1
    return None


def _spanned(syntax: Tabular, text: str) -> tuple[str, int, int]:
    """A cell's text without its merge commands, and its rowspan and colspan."""
    spans = {"r": 1, "c": 1}
    while (m := re.match(rf"\s*\\({syntax.colspan}|{syntax.rowspan})\b", text)):
        args, k = [], m.end()
        while (got := _braced(text, k if text[k:k + 1] != "[" else text.index("]", k) + 1)):
            args.append(got[0])
            k = got[1]
            if k < len(text) and text[k] == "[":
                continue
            if len(args) == 3:
                break
        if len(args) < 3 or not args[0].strip().isdigit():
            break
        spans["c" if m.group(1) == syntax.colspan else "r"] = min(int(args[0]), MAX_SPAN) or 1
        text = args[2]
    return text, spans["r"], spans["c"]


def tabular_text(syntax: Tabular, text: str) -> str:
    """A cell's or a line's text as it reads: escapes undone, commands dropped, their argument kept."""
    text = syntax.silent.sub("", syntax.rule.sub("", text))
    # a line break inside a cell (\\makecell{服务对象\\\\满意度指标}): CJK text runs on, other words part
    text = syntax.row_end.sub(lambda m: "" if text[m.start() - 1:m.start()] > "\u2e7f" and
                              text[m.end():m.end() + 1] > "\u2e7f" else " ", text)
    for pattern, char in syntax.symbols:
        text = pattern.sub(char, text)
    if syntax.math is not None:
        text = syntax.math.sub("", text)
    for _ in range(3):     # nested commands, innermost first
        text = syntax.command.sub(lambda m: m.group(1) or "", text)
    return " ".join(syntax.escaped.sub(r"\1", text).replace("~", " ").split())


def tabular_table(lines: list[tuple[int, str]], i: int, syntax: Tabular = LATEX):
    """The rows of the tabular opened on lines[i] (line, text, rowspan, colspan), placed as written
    (covered slots written empty), and the index past its closing; None where no row is found."""
    first = lines[i][1]
    m = syntax.opens.search(first)
    body: list[tuple[int, str]] = []
    rest = first[m.end():]
    spec = _braced(rest, 0)      # the column spec
    rest = rest[spec[1]:] if spec else rest
    j, closed = i, False
    while True:
        if (c := syntax.closes.search(rest)):
            body.append((lines[j][0], rest[:c.start()]))
            closed = True
            break
        body.append((lines[j][0], rest))
        j += 1
        if j >= len(lines):
            break
        rest = lines[j][1]
    rows: list[list[tuple]] = []
    pending, start, depth = "", None, 0
    for no, text in _one_page(syntax, [(no, re.sub(r"(?<!\\)%.*$", "", t)) for no, t in body]):   # comments off
        pieces, depth = _row_ends(syntax, text, depth)
        for k, piece in enumerate(pieces):
            if start is None and syntax.rule.sub("", piece).strip():
                start = no
            pending += piece + " "
            if k < len(pieces) - 1:       # the row ended here
                if syntax.rule.sub("", pending).strip():
                    cells = []
                    for raw in syntax.cell.split(syntax.rule.sub("", pending)):
                        t, rs, cs = _spanned(syntax, raw.strip())
                        cells.append((start, tabular_text(syntax, t), rs, cs))
                    rows.append(cells)
                pending, start = "", None
    if not rows:
        return None
    return rows, j + 1 if closed else j


def _row_ends(syntax: Tabular, text: str, depth: int) -> tuple[list[str], int]:
    """A line cut where rows end: at a row-end mark outside braces only (\\makecell{服务对象\\\\满意度指标}
    breaks a line inside its cell, no row), and the brace depth the line leaves open."""
    marks = {m.start(): m.end() for m in syntax.row_end.finditer(text)}
    out, last, skip = [], 0, 0
    for at, ch in enumerate(text):
        if at < skip:
            continue
        if at in marks and depth == 0:
            out.append(text[last:at])
            last = skip = marks[at]
        elif ch in "{}" and (at == 0 or text[at - 1] != "\\"):
            depth = max(0, depth + (1 if ch == "{" else -1))
    out.append(text[last:])
    return out, depth


def _one_page(syntax: Tabular, body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A long table's body as one page prints it: the first head kept (the head where no first head is
    written), the head repeated on later pages and the page foot dropped, the last foot moved to the end."""
    if syntax.pages is None or not any(syntax.pages.search(t) for _, t in body):
        return body
    segments: list[tuple[list[tuple[int, str]], str | None]] = []
    current: list[tuple[int, str]] = []
    for no, text in body:
        at = 0
        for m in syntax.pages.finditer(text):
            current.append((no, text[at:m.start()]))
            segments.append((current, m.group(1)))
            current, at = [], m.end()
        current.append((no, text[at:]))
    ends = {end for _, end in segments}
    out: list[tuple[int, str]] = []
    last: list[tuple[int, str]] = []
    for part, end in segments:
        if end == "firsthead" or (end == "head" and "firsthead" not in ends):
            out += part + [(part[-1][0], " \\\\ ")]      # the head's rows end with it
        elif end == "lastfoot":
            last = part
    return out + current + last


# -- fenced tables whose rows are counted (AsciiDoc): cells written one after another -----------------
@dataclass(frozen=True)
class Counted:
    """A table syntax that fences its cells and never marks a row: a row ends where its columns are
    filled (the cells a merge from above covers counted filled). Each cell opens with its separator,
    which a specifier may prefix: spans (2+ two columns, .3+ three rows, 2.3+ both), a duplication
    (3* the cell three times), alignment and style marks (^ < > .^ a h …: layout, no text)."""
    fence: re.Pattern      # the line opening and closing the table
    columns: re.Pattern    # the attribute line above it that gives the columns (its list's items)
    cell: re.Pattern       # a cell's opening: its specifier and separator, at a line's start or after a space
    heading: re.Pattern    # a section title's marks, a caption's (.标题) and an attribute line ([...], :x:)


ASCIIDOC = Counted(fence=re.compile(r"^\|={3,}\s*$"),
                   columns=re.compile(r"""^\[.*\bcols\s*=\s*["']?([^"'\]]*)"""),
                   cell=re.compile(r"(?:^|(?<=\s))(?:(\d+)\*)?(?:(\d+)?(?:\.(\d+))?\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?\|"),
                   heading=re.compile(r"^(?:=+\s+|\.(?=\S))"))
COUNTED = (ASCIIDOC,)


def counted_of(text: str) -> Counted | None:
    """The syntax whose fence a line is."""
    return next((s for s in COUNTED if s.fence.match(text.strip())), None)


def _column_count(syntax: Counted, spec: str) -> int:
    """The columns an attribute's list gives: its items, an item n*x counting n (cols="2,3,1", "3*,2")."""
    n = 0
    for item in (x.strip() for x in spec.split(",") if x.strip()):
        many = re.match(r"^(\d+)\*", item)
        n += int(many.group(1)) if many else 1
    return n


def _flowed(cells: list[tuple[int, str, int, int]], cols: int) -> tuple[list[Placed], int]:
    """Cells (line, text, rowspan, colspan) flowing by the columns in order, as HTML's table model places them:
    each at the next place no span from above covers, a span cut at the right edge; the placed cells and the
    rows they reach."""
    occupied: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    r = c = 0
    for no, text, rowspan, colspan in cells:
        while True:
            if c >= cols:
                r, c = r + 1, 0
            if (r, c) not in occupied:
                break
            c += 1
        colspan = min(colspan, cols - c)
        occupied |= {(rr, cc) for rr in range(r, r + rowspan) for cc in range(c, c + colspan)}
        placed.append((r, c, rowspan, colspan, text, no))
        c += colspan
    return placed, max(rr for rr, _ in occupied) + 1


def counted_table(syntax: Counted, lines: list[tuple[int, str]], i: int) -> tuple[list[Placed], int, int, int] | None:
    """Read the fenced table opened at lines[i]: its cells placed in the grid their spans make (a row
    ends where its columns are filled), its rows and columns, and the index past the closing fence.
    The columns are the attribute line's (cols=) where one stands above the fence, else the cells of
    the table's first line. A line with no cell separator goes on with the cell above (a cell's next
    paragraph). None where the table holds no cell or never closes."""
    cols = 0
    if i > 0 and (attr := syntax.columns.match(lines[i - 1][1].strip())):
        cols = _column_count(syntax, attr.group(1))
    cells: list[list] = []      # [line, text, rowspan, colspan]
    first_line: int | None = None
    j = i + 1
    while j < len(lines):
        no, raw = lines[j]
        j += 1
        if syntax.fence.match(raw.strip()):
            break
        marks = list(syntax.cell.finditer(raw))
        if not marks:
            if raw.strip() and cells:
                cells[-1][1] = f"{cells[-1][1]}\n{raw.strip()}".strip()
            continue
        if raw[:marks[0].start()].strip() and cells:
            cells[-1][1] = f"{cells[-1][1]}\n{raw[:marks[0].start()].strip()}".strip()
        for k, m in enumerate(marks):
            text = raw[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(raw)].strip()
            times = int(m.group(1) or 1)
            colspan, rowspan = min(int(m.group(2) or 1), MAX_SPAN) or 1, min(int(m.group(3) or 1), MAX_SPAN) or 1
            cells += [[no, text, rowspan, colspan] for _ in range(min(times, MAX_SPAN))]
        if first_line is None:
            first_line = no
            if not cols:
                cols = sum(c[3] for c in cells)
    else:
        return None
    if not cells or not cols:
        return None
    placed, n_rows = _flowed(cells, cols)
    # a row span reaching past the last row is cut there (add_placed_table), as a page's table is
    n_rows = min(n_rows, max(p[0] for p in placed) + 1)
    return placed, n_rows, cols, j


def plain_counted_paragraph(syntax: Counted, text: str) -> str:
    """A paragraph of a text whose tables are in the syntax, as it reads: a section title's or a
    caption's marks dropped (== 一、X, .表题)."""
    return syntax.heading.sub("", text.strip()).strip()


# -- reStructuredText's list-table directive ---------------------------------------------------------------
LIST_TABLE = re.compile(r"^(\s*)\.\.\s+list-table::(.*)$")
_LIST_OPTION = re.compile(r"^\s+:[\w-]+:")
_LIST_ROW = re.compile(r"^(\s*)[*+-]\s+[*+-](?:\s+(.*))?$")      # * - first cell
_LIST_CELL = re.compile(r"^(\s*)[*+-](?:\s+(.*))?$")              # - a further cell (or a row's bare *)


def _directive(opener: re.Pattern, lines: list[tuple[int, str]], i: int) -> tuple[str, list[tuple[int, str]], int]:
    """A directive opened at lines[i] (.. list-table:: caption): its caption, its body (every line indented past
    the directive, blank lines within it) and the index past it."""
    opened = opener.match(lines[i][1])
    indent, caption = len(opened.group(1)), opened.group(2).strip()
    j = i + 1
    while j < len(lines) and not (lines[j][1].strip() and len(lines[j][1]) - len(lines[j][1].lstrip()) <= indent):
        j += 1
    return caption, lines[i + 1:j], j


def list_table_opens(text: str) -> bool:
    return bool(LIST_TABLE.match(text))


def list_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], str, int] | None:
    """Read the list-table directive at lines[i]: its rows of cells (line, text, 1, 1), its caption and
    the index past it. The body is every line indented past the directive (blank lines within it);
    a cell's further lines (indented past its mark) are its text's lines. None where no row is read."""
    caption, body, j = _directive(LIST_TABLE, lines, i)
    rows: list[list[list]] = []
    cell_at = -1        # the column the current cell's text starts at: a deeper line goes on with it
    for no, raw in body:
        if not raw.strip() or (not rows and _LIST_OPTION.match(raw)):
            continue
        if (m := _LIST_ROW.match(raw)):
            rows.append([[no, (m.group(2) or "").strip(), 1, 1]])
            cell_at = len(raw) - len((m.group(2) or "").lstrip()) if m.group(2) else len(raw.rstrip()) + 1
        elif rows and (m := _LIST_CELL.match(raw)) and len(m.group(1)) < cell_at:
            if raw.lstrip()[0] == "*" and not m.group(2):
                rows.append([])        # a row's bullet alone, its cells on the lines below
                continue
            rows[-1].append([no, (m.group(2) or "").strip(), 1, 1])
            cell_at = len(raw) - len(m.group(2).lstrip()) if m.group(2) else len(raw.rstrip()) + 1
        elif rows and rows[-1]:
            cell = rows[-1][-1]         # the cell's text goes on
            cell[1] = f"{cell[1]}\n{raw.strip()}".strip()
        else:
            return None
    rows = [r for r in rows if r]
    if not rows:
        return None
    return [[tuple(c) for c in r] for r in rows], caption, j


# -- reStructuredText's csv-table directive ----------------------------------------------------------------
CSV_TABLE = re.compile(r"^(\s*)\.\.\s+csv-table::(.*)$")
_CSV_OPTION = re.compile(r"^\s+:([\w-]+):\s*(.*)$")
_CSV_DELIM = {"tab": "\t", "space": " "}


def csv_table_opens(text: str) -> bool:
    return bool(CSV_TABLE.match(text))


def csv_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], str, int] | None:
    """Read the csv-table directive at lines[i]: its rows of cells (line, text, 1, 1), the ':header:' option's
    names first, its caption and the index past it. The body is every line indented past the directive, read as
    CSV (the ':delim:' / ':quote:' options' characters, else comma and double quote; white space after a delimiter
    skipped, as docutils does). None where the data is in a ':file:' / ':url:' or no row is read."""
    import csv as _csv
    caption, lines_in, j = _directive(CSV_TABLE, lines, i)
    options: dict[str, tuple[int, str]] = {}
    body: list[tuple[int, str]] = []
    for no, raw in lines_in:
        if not body and (m := _CSV_OPTION.match(raw)):
            options[m.group(1)] = (no, m.group(2))
        elif raw.strip() or body:
            body.append((no, raw.strip()))
    if "file" in options or "url" in options:
        return None
    delim = options.get("delim", (0, ","))[1].strip()
    delim = _CSV_DELIM.get(delim, delim[:1] or ",")
    quote = options.get("quote", (0, '"'))[1].strip()[:1] or '"'

    def read(texts: list[tuple[int, str]]) -> list[list[tuple]]:
        out = []
        reader = _csv.reader([t for _, t in texts], delimiter=delim, quotechar=quote, skipinitialspace=True)
        at = 0
        try:
            for rec in reader:
                if any(c.strip() for c in rec):
                    out.append([(texts[at][0], c.strip(), 1, 1) for c in rec])
                at = reader.line_num
        except _csv.Error:
            return []
        return out
    rows = read([options["header"]]) if "header" in options else []
    while body and not body[-1][1]:
        body.pop()
    rows += read(body)
    if not rows:
        return None
    return rows, caption, j


# -- a forum's BBCode tables ------------------------------------------------------------------------------
_BB_TABLE = re.compile(r"\[table(?:=[^\]]*)?\]", re.I)
_BB_TAG = re.compile(r"\[(/?)(table|tr|td|th)((?:=|\s)[^\]]*)?\]", re.I)
_BB_DISCUZ_SPAN = re.compile(r"^=\s*(\d+)\s*,\s*(\d+)")
_BB_MARK = re.compile(r"\[/?(?:b|i|u|s|color|size|font|align|backcolor|url|email|p|indent|float|hr|sup|sub)"
                      r"(?:=[^\]]*)?\]", re.I)
_BB_BREAK = re.compile(r"\[br\]", re.I)


def bbcode_opens(text: str) -> bool:
    return bool(_BB_TABLE.match(text.strip()))


def bbcode_text(text: str) -> str:
    """A BBCode line as it reads: its formatting tags dropped."""
    return _BB_MARK.sub("", _BB_BREAK.sub("\n", text))


def bbcode_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the BBCode table opened at lines[i] up to its [/table]: its rows of cells (line, text,
    rowspan, colspan) and the index past it. A cell's spans are in its tag: [td=2,3] (Discuz:
    colspan, then rowspan) or [td colspan=2 rowspan=3]. None where the table holds no cell."""
    rows: list[list[tuple]] = []
    cell: list | None = None       # [line, text, rowspan, colspan] of the cell open
    depth = 0
    j = i
    while j < len(lines):
        no, raw = lines[j]
        j += 1
        pos = 0
        for m in _BB_TAG.finditer(raw):
            if cell is not None:
                cell[1] += raw[pos:m.start()]
            pos = m.end()
            closing, tag, attrs = m.group(1), m.group(2).lower(), m.group(3) or ""
            if tag == "table":
                depth += -1 if closing else 1
                if depth == 0:
                    return ([r for r in rows if r], j) if any(rows) else None
            elif tag == "tr" and not closing:
                rows.append([])
            elif tag in ("td", "th") and not closing and rows:
                span = _BB_DISCUZ_SPAN.match(attrs)
                named = {k.lower(): int(v) for k, v in _SPAN.findall(attrs)}
                colspan = int(span.group(1)) if span else named.get("colspan", 1)
                rowspan = int(span.group(2)) if span else named.get("rowspan", 1)
                cell = [no, "", min(rowspan, MAX_SPAN) or 1, min(colspan, MAX_SPAN) or 1]
            elif tag in ("td", "th") and closing and cell is not None:
                text = "\n".join(x.strip() for x in bbcode_text(cell[1]).split("\n")).strip()
                rows[-1].append((cell[0], text, cell[2], cell[3]))
                cell = None
        if cell is not None:
            cell[1] += raw[pos:] + "\n"
    return ([r for r in rows if r], j) if any(rows) else None


# -- Textile tables (Redmine's, Textpattern's wiki text) ----------------------------------------------------
# A table is a run of lines each a row of cells between bars (|a|b|), after an optional 'table(attributes).'
# line; a row's own attributes may stand before its first bar ({background:#eee}. |…|). A cell opens with
# modifiers ended by '. ': '_' a header cell, '\N' a column span, '/N' a row span, an alignment (< > = <> ^ ~),
# {style} (class) [lang]. Inline marks in a cell are no text: %{color:red}7.2% (a span with a style or
# class), *bold* / _italic_ around the whole cell. The table is Textile's only where a cell carries a
# modifier (a '|1. 数量指标|' cell opens with a number, no modifier).
_TX_ATTRS = r"(?:\{[^}\n]*\}|\([^)\n]*\)|\[[^\]\n]*\])"
_TX_TABLE = re.compile(rf"^table(?:{_TX_ATTRS}|<>|[<>=])*\.\s*$")
_TX_ROW = re.compile(rf"^(?:(?:{_TX_ATTRS}|<>|[<>=^~-])+\.\s+)?\|(.*)\|\s*$")
_TX_CELL = re.compile(rf"^(_?)((?:\\\d+|/\d+|<>|[<>=^~]|{_TX_ATTRS})*)\.\s")
_TX_SPAN = re.compile(r"([\\/])(\d+)")
_TX_INLINE = re.compile(rf"%{_TX_ATTRS}+(.*?)%")
_TX_EMPHASIS = re.compile(r"^([*_]{1,2})(?=\S)(.+?)(?<=\S)\1$")
_TX_BLOCK = re.compile(rf"^(?:h[1-6]|p|bq|fn\d+)(?:{_TX_ATTRS}|<>|[<>=])*\.\s+")


def _textile_cell(no: int, piece: str) -> tuple[tuple, bool]:
    """A cell (line, text, rowspan, colspan) and whether it carried Textile's modifiers."""
    m = _TX_CELL.match(piece.lstrip()) if piece.strip() else None
    if m is None or not (m.group(1) or m.group(2)):
        return (no, textile_text(piece), 1, 1), False
    spans = {mark: min(int(n), MAX_SPAN) or 1 for mark, n in _TX_SPAN.findall(m.group(2))}
    rest = piece.lstrip()[m.end():]
    return (no, textile_text(rest), spans.get("/", 1), spans.get("\\", 1)), True


def textile_text(text: str) -> str:
    """A Textile paragraph or cell as it reads: its block signature (h2. , p>. ) and inline marks dropped."""
    text = _TX_INLINE.sub(r"\1", _TX_BLOCK.sub("", text.strip()))
    return _TX_EMPHASIS.sub(r"\2", text).strip()


def textile_page(lines: list[str]) -> bool:
    """Whether a text's tables are Textile's: a row of them carries a cell modifier."""
    return any(textile_table([(0, ln)], 0) for ln in lines if _TX_ROW.match(ln.strip()))


def textile_opens(text: str) -> bool:
    return bool(_TX_TABLE.match(text.strip()) or _TX_ROW.match(text.strip()))


def textile_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the Textile table at lines[i] (its 'table.' line or its first row): its rows of cells (line,
    text, rowspan, colspan) and the index past it. None where no cell carries a modifier (a pipe table
    of another syntax) or no row follows."""
    j = i + 1 if _TX_TABLE.match(lines[i][1].strip()) else i
    rows: list[list[tuple]] = []
    marked = False
    while j < len(lines) and (m := _TX_ROW.match(lines[j][1].strip())):
        no = lines[j][0]
        cells = [_textile_cell(no, piece) for piece in m.group(1).split("|")]
        marked = marked or any(flag for _, flag in cells)
        rows.append([c for c, _ in cells])
        j += 1
    return (rows, j) if rows and marked else None


# -- DokuWiki tables ----------------------------------------------------------------------------------------
# A row is a line between separators: '^' before a header cell (a row's first cell may be one: a row
# head), '|' before a body cell, the line closed by either. A cell left COMPLETELY empty (two separators
# side by side) spans the cell before it one column further; a cell holding ':::' alone is covered by the
# cell above it (a row span). Spaces around a cell's text align it (two or more on one side), no text.
# Marks in a cell: **bold**, //italic//, __underline__, ''monospace'' around the text, '\\ ' a forced
# line break. '|' inside [[link|title]] or {{media|title}} and %%nowiki%% is the link's, no separator.
# The table is DokuWiki's only where a line opens with '^' (a Markdown or Textile row opens with '|').
_DW_ROW = re.compile(r"^[\^|].*[\^|]$")
_DW_PIECE = re.compile(r"\[\[.*?\]\]|\{\{.*?\}\}|%%.*?%%|[\^|]")
_DW_MARK = re.compile(r"(\*\*|//|__|'')(?=\S)(.+?)(?<=\S)\1")
_DW_SPANNED = ":::"


def dokuwiki_opens(text: str) -> bool:
    t = text.strip()
    return t.startswith("^") and bool(_DW_ROW.match(t))


def _dokuwiki_cells(line: str) -> list[str | None]:
    """A row's cells as written (None for a completely empty cell); a link's or nowiki's '|' no separator."""
    seps = [m.start() for m in _DW_PIECE.finditer(line) if m.group() in ("^", "|")]
    return [line[a + 1:b] or None for a, b in zip(seps, seps[1:])]


def dokuwiki_text(text: str) -> str:
    """A DokuWiki cell or paragraph as it reads: its inline marks dropped, a forced break a line break."""
    text = re.sub(r"\\\\(?:\s+|$)", "\n", text)
    while (plain := _DW_MARK.sub(r"\2", text)) != text:
        text = plain
    return "\n".join(part.strip() for part in text.split("\n")).strip()


def dokuwiki_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the DokuWiki table at lines[i]: its rows of cells (line, text, rowspan, colspan) and the
    index past it. None where its lines give no row of two cells."""
    return _spanned_rows(lines, i, _DW_ROW, _dokuwiki_cells, dokuwiki_text, _DW_SPANNED)


def _spanned_rows(lines: list[tuple[int, str]], i: int, row_line: re.Pattern, cells_of, text_of,
                  spanned: str) -> tuple[list[list[tuple]], int] | None:
    """The rows of a wiki table whose completely empty cell spans the cell before it and whose cell holding only
    `spanned` is covered by the cell above (DokuWiki's ':::', TWiki's '^'); None where no row has two cells."""
    grid: list[list[list]] = []       # per row: [line, text, rowspan, colspan, column] (text None: covered)
    j = i
    while j < len(lines) and row_line.match(lines[j][1].strip()):
        no, line = lines[j][0], lines[j][1].strip()
        row: list[list] = []
        col = 0
        for piece in cells_of(line):
            if piece is None and row:
                row[-1][3] += 1          # a completely empty cell: the span of the cell before it
            elif piece is not None and piece.strip() == spanned:
                row.append([no, None, 1, 1, col])
            else:
                row.append([no, text_of(piece or ""), 1, 1, col])
            col = row[-1][4] + row[-1][3] if row else col + 1
        grid.append(row)
        j += 1
    if not grid or max(len(r) for r in grid) < 2:
        return None
    for r, row in enumerate(grid):
        for cell in row:
            if cell[1] is None:          # the cell above in this column spans one row further
                above = next((c for rr in range(r - 1, -1, -1) for c in grid[rr]
                              if c[4] == cell[4] and c[1] is not None and rr + c[2] > r - 1), None)
                if above is not None:
                    above[2] += 1
    return [[(no, text, rs, cs) for no, text, rs, cs, _ in row if text is not None] for row in grid], j


# -- TWiki / Foswiki tables (TML) -----------------------------------------------------------------------------
# A row is a line opening and closing with '|', its cells between the bars. A cell WHOLLY bold ('*…*') is a header
# cell; a cell left COMPLETELY empty ('||') spans the cell before it one column further; a cell holding only '^'
# is covered by the cell above it (the TablePlugin's row span). Spaces around a cell's text align it. Marks
# around a whole cell's text: *bold*, _italic_, __bold italic__, =fixed=, ==bold fixed==; %BR% a line break.
# The table is TWiki's only where its first row carries a wholly bold cell or a '^' cell (a Markdown table's
# head is plain text over a '|---|' line).
_TML_ROW = re.compile(r"^\|.*\|$")
_TML_MARK = re.compile(r"^(\*|__|_|==|=)(?=\S)(.+?)(?<=\S)\1$")
_TML_SPANNED = "^"


def _twiki_cells(line: str) -> list[str | None]:
    return [piece or None for piece in line[1:-1].split("|")]


def twiki_opens(text: str) -> bool:
    t = text.strip()
    return (bool(_TML_ROW.match(t)) and len(t) > 2
            and any(p is not None and (p.strip() == _TML_SPANNED or _TML_MARK.match(p.strip()) and p.strip()[0] == "*")
                    for p in _twiki_cells(t)))


def twiki_text(text: str) -> str:
    """A TML cell as it reads: the marks around its whole text dropped, %BR% a line break."""
    text = text.strip()
    while (m := _TML_MARK.match(text)):
        text = m.group(2).strip()
    return "\n".join(part.strip() for part in text.split("%BR%")).strip()


def twiki_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the TWiki / Foswiki table at lines[i]: its rows of cells (line, text, rowspan, colspan) and the index
    past it. None where its lines give no row of two cells."""
    return _spanned_rows(lines, i, _TML_ROW, _twiki_cells, twiki_text, _TML_SPANNED)


# -- XWiki 2.x / Creole tables ------------------------------------------------------------------------------
# A row is a line opening with '|': '|=' before a header cell, '|' before a body cell, no closing bar (a bar at
# the line's end opens one more, empty, cell). A cell may open with PARAMETERS (% name="value" … %): rowspan /
# colspan its spans (a merge as XWiki's editor writes it: the cells it covers LEFT OUT of the rows below); a line
# holding only (% … %) just before the table is the table's parameters, no text. Marks around text: **bold**,
# //italic//, __underline__, --struck--, ##monospace##; '~' escapes the character after it (~| a bar of text).
# The table is XWiki's only where a row carries a '|=' header cell or a cell's parameters (a Markdown row has none).
_XW_ROW = re.compile(r"^\|(?!\|)")
_XW_PARAMS = re.compile(r"^\(%(.*?)%\)\s*$")
_XW_CELL_PARAMS = re.compile(r"^\s*\(%(.*?)%\)")
_XW_SPAN = re.compile(r"\b(rowspan|colspan)\s*=\s*[\"']?(\d+)", re.I)
_XW_MARK = re.compile(r"(\*\*|//|__|--|##)(?=\S)(.+?)(?<=\S)\1")


def xwiki_opens(text: str) -> bool:
    t = text.strip()
    return bool(_XW_PARAMS.match(t) or _XW_ROW.match(t) and ("|=" in t or "(%" in t))


def _xwiki_cells(line: str) -> list[str]:
    """A row's cells as written (the header mark '=' kept); '~' escapes the next character, a link's '|' is its."""
    cells, cur, k = [], None, 0
    while k < len(line):
        ch = line[k]
        if ch == "~" and k + 1 < len(line):
            cur = (cur or "") + line[k + 1]
            k += 2
            continue
        if line.startswith("[[", k) and (end := line.find("]]", k)) > 0:
            cur = (cur or "") + line[k:end + 2]
            k = end + 2
            continue
        if ch == "|":
            if cur is not None:
                cells.append(cur)
            cur = ""
        else:
            cur = (cur or "") + ch
        k += 1
    if cur is not None:
        cells.append(cur)
    return cells


def xwiki_text(text: str) -> str:
    """An XWiki cell or paragraph as it reads: its marks dropped."""
    while (plain := _XW_MARK.sub(r"\2", text)) != text:
        text = plain
    return text.replace("\\\\", "\n").strip()


def xwiki_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the XWiki table at lines[i] (its parameters line or its first row): its rows of cells (line, text,
    rowspan, colspan) and the index past it. None where no row carries a header cell or a cell's parameters, or a
    row's '=' opens no header cell's text (another syntax's mark)."""
    j = i + 1 if _XW_PARAMS.match(lines[i][1].strip()) else i
    rows: list[list[tuple]] = []
    marked = False
    while j < len(lines) and _XW_ROW.match(lines[j][1].strip()):
        no, line = lines[j][0], lines[j][1].strip()
        row = []
        for piece in _xwiki_cells(line):
            spans = {}
            if piece.startswith("="):
                # a header cell's text follows its mark; '=' then '=' / '.' / '<' / '>' / a blank is another
                # syntax's (AsciiDoc's |=== fence, Textile's centring =. ), no header mark
                piece = piece[1:]
                if not piece[:1] or piece[:1] in "=.<> ":
                    return None
                marked = True
            if m := _XW_CELL_PARAMS.match(piece):
                spans = {k.lower(): min(int(v), MAX_SPAN) or 1 for k, v in _XW_SPAN.findall(m.group(1))}
                piece, marked = piece[m.end():], True
            row.append((no, xwiki_text(piece), spans.get("rowspan", 1), spans.get("colspan", 1)))
        rows.append(row)
        j += 1
    return (rows, j) if rows and marked else None


# -- MoinMoin tables ------------------------------------------------------------------------------------------
# A row is a line '||a||b||' (cells between doubled bars). A cell may open with ATTRIBUTES in angle brackets, one
# or more groups right after its opening bars: <|N> its rowspan, <-N> its colspan, <rowspan="N"> / <colspan="N">
# the same in HTML's words, and what is no text (<:> <(> <)> <^> <v> alignment, <50%> width, <#ffcc00> colour,
# <tablewidth="…"> <rowbgcolor="…"> <style="…"> <class="…"> <id="…"> …). An EMPTY piece between bars (||||) widens
# the next cell by one column (MoinMoin's old colspan). A merge leaves the cells it covers OUT of the rows below.
# Marks around text: '''bold''', ''italic'', __underline__, ,,sub,, ^sup^, ~-small-~, ~+big+~; <<BR>> (or the old
# [[BR]]) a line break. The table is MoinMoin's only where a cell carries such an attribute group (a Jira or
# Confluence header row '||a||b||' carries none).
_MM_ROW = re.compile(r"^\|\|.*\|\|$")
_MM_ATTR = re.compile(r"""^\s*<((?:[|-]\d+|[:()^v]|\d+%|\#[0-9a-fA-F]{3,6}|[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)|\s)+)>""")
_MM_SPAN = re.compile(r"""(?:^|\s)([|-])(\d+)|\b(rowspan|colspan)\s*=\s*["']?(\d+)""", re.I)
_MM_BREAK = re.compile(r"<<BR>>|\[\[BR\]\]", re.I)
_MM_MARK = re.compile(r"('{5}|'{3}|'{2}|__|,,|\^|~-|~\+)(?=\S)(.+?)(?<=\S)('{5}|'{3}|'{2}|__|,,|\^|-~|\+~)")


def moinmoin_opens(text: str) -> bool:
    """A line of MoinMoin's row shape (the table's marks may stand on a later row: moinmoin_table decides)."""
    return bool(_MM_ROW.match(text.strip()))


def moinmoin_text(text: str) -> str:
    """A MoinMoin cell or paragraph as it reads: its marks dropped, <<BR>> a line break."""
    text = _MM_BREAK.sub("\n", text)
    while (plain := _MM_MARK.sub(r"\2", text)) != text:
        text = plain
    return "\n".join(part.strip() for part in text.split("\n")).strip()


def moinmoin_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the MoinMoin table at lines[i]: its rows of cells (line, text, rowspan, colspan; the cells a merge
    covers left out, as written) and the index past it. None where no cell carries an attribute group."""
    rows: list[list[tuple]] = []
    marked, j = False, i
    while j < len(lines) and _MM_ROW.match(lines[j][1].strip()):
        no, line = lines[j][0], lines[j][1].strip()
        row, widen = [], 0
        for piece in line[2:-2].split("||"):
            if piece == "":
                widen += 1           # '||||': the next cell one column wider
                continue
            rowspan, colspan = 1, 1 + widen
            widen = 0
            while m := _MM_ATTR.match(piece):
                marked = True
                for bar, n, word, n_word in _MM_SPAN.findall(m.group(1)):
                    k = min(int(n or n_word), MAX_SPAN) or 1
                    if bar == "|" or word.lower() == "rowspan":
                        rowspan = k
                    else:
                        colspan += k - 1
                piece = piece[m.end():]
            row.append((no, moinmoin_text(piece), rowspan, colspan))
        rows.append(row)
        j += 1
    return (rows, j) if rows and marked and max(len(r) for r in rows) > 1 else None


# -- PmWiki simple tables ------------------------------------------------------------------------------------
# A row is a line opening with '||' and closing with '||' (cells between the doubled bars); a line holding only
# '||' and the table's attributes (|| border=1 cellpadding=3 width=100%) opens a table and is no row. A cell
# opening with '!' is a head cell (the '!' no text); an EMPTY piece right after a cell (the extra '||' after it)
# spans that cell one column further (PmWiki writes the span AFTER the cell, MoinMoin's '||||' before); a cell of
# spaces is an empty cell. Marks around text: '\'\'\'bold\'\'\'', '\'\'italic\'\'', '@@monospace@@', %style% … %% (a
# style opened by %name% or %name=value% and closed by %% or the cell's end) no text; [[<<]] a line break. The
# table is PmWiki's only where an attributes line or a '||!' head cell opens it.
_PM_ATTRS = re.compile(r"^\|\|\s*[\w-]+\s*=\s*\S+(?:\s+[\w-]+\s*=\s*\S+)*\s*$")
_PM_ROW = re.compile(r"^\|\|.*\|\|\s*$")
_PM_STYLE = re.compile(r"%%|%(?:[a-z][\w-]*(?:=[^%\s]+)?)(?:\s+[a-z][\w-]*(?:=[^%\s]+)?)*%", re.I)
_PM_MARK = re.compile(r"('{5}|'{3}|'{2}|@@)(?=\S)(.+?)(?<=\S)\1")


def pmwiki_opens(text: str) -> bool:
    t = text.strip()
    return bool(_PM_ATTRS.match(t) or _PM_ROW.match(t) and t.startswith("||!"))


def pmwiki_text(text: str) -> str:
    """A PmWiki cell or paragraph as it reads: style markup and bold / italic / monospace marks dropped, [[<<]] a
    line break."""
    text = _PM_STYLE.sub("", text.replace("[[<<]]", "\n"))
    while (plain := _PM_MARK.sub(r"\2", text)) != text:
        text = plain
    return "\n".join(part.strip() for part in text.split("\n")).strip()


def pmwiki_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the PmWiki simple table at lines[i] (its attributes line or its first row): its rows of cells (line,
    text, rowspan, colspan) and the index past it. None where no row has two cells."""
    j = i + 1 if _PM_ATTRS.match(lines[i][1].strip()) else i
    if j == i and not pmwiki_opens(lines[i][1]):
        return None
    rows: list[list[tuple]] = []
    while j < len(lines) and _PM_ROW.match(t := lines[j][1].strip()) and not _PM_ATTRS.match(t):
        no, row = lines[j][0], []
        for piece in t[2:].rstrip()[:-2].split("||"):
            if piece == "" and row:
                n, text, rs, cs = row[-1]
                row[-1] = (n, text, rs, cs + 1)
                continue
            row.append((no, pmwiki_text(piece[1:] if piece.startswith("!") else piece), 1, 1))
        rows.append(row)
        j += 1
    return (rows, j) if rows and max(len(r) for r in rows) > 1 else None


# -- TiddlyWiki tables ---------------------------------------------------------------------------------------
# A row is a line '|a|b|c|', closed by '|' and perhaps ONE row mark after it: 'h' a header row, 'f' a footer,
# 'c' the table's caption (its one cell), 'k' the table's CSS class (no text). A cell opening with '!' is a
# header cell (the '!' no text); a cell holding only '~' is covered by the cell above it (a row span), only '<'
# by the cell on its left, only '>' by the cell on its right (column spans); spaces around a cell's text align
# it. Every slot is written, so a cell's column is its place in the line. The table is TiddlyWiki's where a row
# carries a row mark or a cell is a span mark beside a '!' header cell (a Markdown or DokuWiki row has neither),
# and no row is a Markdown table's delimiter row (|---|:--:|: a cell of hyphens, a colon at either end), which
# TiddlyWiki writes none of: a Markdown table whose cells hold a '~' or open with '!' is Markdown's still.
_TW_ROW = re.compile(r"^\|(.*)\|([hfck]?)$")
_TW_SPANS = ("~", "<", ">")
_MD_DELIMITER = re.compile(r"^\s*:?-+:?\s*$")


_TW_BREAK = re.compile(r"<br\s*/?>", re.I)     # WikiText passes HTML's line break through
_TW_MARK = re.compile(r"(''|//|__|~~|\^\^|,,)(?=\S)(.+?)(?<=\S)\1")


def tiddlywiki_text(text: str) -> str:
    """A TiddlyWiki cell as it reads: ''bold'', //italic//, __underline__, ~~struck~~, ^^sup^^, ,,sub,, marks
    dropped, a <br> a line break."""
    text = _TW_BREAK.sub("\n", text)
    while (plain := _TW_MARK.sub(r"\2", text)) != text:
        text = plain
    return "\n".join(part.strip() for part in text.split("\n")).strip()


def tiddlywiki_opens(text: str) -> bool:
    return bool(_TW_ROW.match(text.strip()))


def tiddlywiki_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], str, int] | None:
    """Read the TiddlyWiki table at lines[i]: its rows of cells (line, text, rowspan, colspan), its caption
    ('' where none) and the index past it. None where the evidence above is missing or no row of two cells."""
    written: list[tuple[int, list[str]]] = []
    caption, marked, j = "", False, i
    while j < len(lines) and (m := _TW_ROW.match(lines[j][1].strip())):
        no, mark = lines[j][0], m.group(2)
        marked = marked or bool(mark)
        if mark == "c":
            caption = m.group(1).strip()
        elif mark != "k":
            written.append((no, m.group(1).split("|")))
        j += 1
    if any(all(_MD_DELIMITER.match(c) for c in r) for _, r in written):
        return None
    cells = [c.strip() for _, r in written for c in r]
    if not (marked or any(c in _TW_SPANS for c in cells) and any(c.startswith("!") for c in cells)):
        return None
    if not written or max(len(r) for _, r in written) < 2:
        return None
    grid: list[list[list]] = []     # per row: [line, text, rowspan, colspan, column]
    for r, (no, pieces) in enumerate(written):
        row: list[list] = []
        pending = 0                 # '>' cells before this one: its span to the left
        for col, piece in enumerate(pieces):
            t = piece.strip()
            if t == ">":
                pending += 1
            elif t == "<" and row and row[-1][4] + row[-1][3] == col:
                row[-1][3] += 1
            elif t == "~":
                above = next((c for rr in range(r - 1, -1, -1) for c in grid[rr]
                              if c[4] == col and rr + c[2] == r), None)
                if above is not None:
                    above[2] += 1
                else:
                    row.append([no, "", 1, 1, col])
            else:
                row.append([no, tiddlywiki_text(t[1:] if t.startswith("!") else t), 1, 1 + pending, col - pending])
                pending = 0
        grid.append(row)
    return [[(no, text, rs, cs) for no, text, rs, cs, _ in row] for row in grid], caption, j


# -- Vimwiki tables -------------------------------------------------------------------------------------------
# A row is a line '| a | b | c |'; a rule row of hyphens under the head ('|---|---|' or '|---+---|', Vimwiki's own
# joints '+') is no row. A cell holding only '\/' is covered by the cell ABOVE it (a row span), one holding only
# '>' by the cell on its LEFT (a column span): Vimwiki's spans. Every slot is written, so a cell's column is its
# place in the line. *bold*, _italic_ and ~~struck~~ marks around a cell's text are no text. The table is
# Vimwiki's only where a cell is one of its span marks (a Markdown table's '>' or '\/' alone is none of its words
# either: a form's cell never holds one alone).
_VW_ROW = re.compile(r"^\|(.*)\|$")
_VW_RULE = re.compile(r"^\|[-:|+ ]+\|$")
_VW_ABOVE, _VW_LEFT = "\\/", ">"
_VW_MARK = re.compile(r"(\*|_|~~)(?=\S)(.+?)(?<=\S)\1")


def vimwiki_opens(text: str) -> bool:
    return bool(_VW_ROW.match(text.strip()))


def vimwiki_text(text: str) -> str:
    """A Vimwiki cell as it reads: its *bold*, _italic_, ~~struck~~ marks dropped."""
    while (plain := _VW_MARK.sub(r"\2", text)) != text:
        text = plain
    return text.strip()


def vimwiki_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """Read the Vimwiki table at lines[i]: its rows of cells (line, text, rowspan, colspan) and the index past
    it. None where no cell is a span mark or no row has two cells."""
    written: list[tuple[int, list[str]]] = []
    j = i
    while j < len(lines) and _VW_ROW.match(t := lines[j][1].strip()):
        if not _VW_RULE.match(t) or "-" not in t:
            written.append((lines[j][0], [c.strip() for c in _VW_ROW.match(t).group(1).split("|")]))
        j += 1
    if not any(c in (_VW_ABOVE, _VW_LEFT) for _, r in written for c in r) or max((len(r) for _, r in written),
                                                                               default=0) < 2:
        return None
    grid: list[list[list]] = []     # per row: [line, text, rowspan, colspan, column]
    for r, (no, pieces) in enumerate(written):
        row: list[list] = []
        for col, t in enumerate(pieces):
            if t == _VW_LEFT and row and row[-1][4] + row[-1][3] == col:
                row[-1][3] += 1
            elif t == _VW_ABOVE and (above := next((c for rr in range(r - 1, -1, -1) for c in grid[rr]
                                                    if c[4] == col and rr + c[2] == r), None)) is not None:
                above[2] += 1
            else:
                row.append([no, "" if t in (_VW_ABOVE, _VW_LEFT) else vimwiki_text(t), 1, 1, col])
        grid.append(row)
    return [[(no, text, rs, cs) for no, text, rs, cs, _ in row] for row in grid], j


# A wiki's DEFINITION LIST (MediaWiki, TiddlyWiki): '; term' on a line, ': definition' on the next. A form's head
# written so is its label：value lines: each pair is one such line where the term line stood (the definition's line
# left empty, so the lines keep their numbers). A term is short and holds no colon; only a pair is joined.
_DL_TERM = re.compile(r"^;\s*([^:：;；]{1,20}?)\s*$")
_DL_DEFINITION = re.compile(r"^:\s*(\S.*?)\s*$")


def definition_pairs(text: str) -> str:
    """The text with each '; term' / ': definition' pair of lines as one 'term：definition' line."""
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        if (t := _DL_TERM.match(lines[k])) and (d := _DL_DEFINITION.match(lines[k + 1])):
            lines[k], lines[k + 1] = f"{t.group(1)}：{d.group(1)}", ""
    return "\n".join(lines)


# -- a database client's vertical results ----------------------------------------------------------------
@dataclass(frozen=True)
class Vertical:
    """How a client writes a result a record at a time: the line opening a record (its number in the
    result), a column's line (its name, its value), the word it writes for a missing value."""
    record: re.Pattern
    field: re.Pattern
    null: str
    end: re.Pattern        # the client's count of the rows under a result
    between: re.Pattern | None = None    # lines a log writes after a record, before the next one opens
    first: int = 1         # the first record's number (Spark counts from 0)


VERTICALS = (Vertical(record=re.compile(r"^\*{5,}\s*(\d+)\.\s*row\s*\*{5,}$"),
                      field=re.compile(r"^\s*([^\s:][^:]*?): ?(.*)$"), null="NULL",
                      end=re.compile(r"^\d+\s+rows?\s+in\s+set\b")),
             Vertical(record=re.compile(r"^-\[\s*RECORD\s+(\d+)\s*\][-+]*$"),
                      field=re.compile(r"^\s*([^|]*?)\s*\|\s?(.*)$"), null="",
                      end=re.compile(r"^\(\d+\s*(?:rows?|行记录)\)$")),
             # Spark's show(vertical=True): '-RECORD 0---…', then ' name | value' lines, null a missing value
             Vertical(record=re.compile(r"^-RECORD\s+(\d+)-*$"),
                      field=re.compile(r"^\s*([^|]*?)\s*\|\s?(.*)$"), null="null",
                      end=re.compile(r"^only showing top \d+ rows?$"), first=0),
             # Kettle's (PDI) 写日志 / Write to log step: '------------> 行号 1------' (Linenr in English), a
             # 'name = value' line per field, '====================', and the engine's stamped lines
             # (yyyy/MM/dd HH:mm:ss - step.0 - …, another step's among them) before the next record
             Vertical(record=re.compile(r"^-{3,}>\s*\S+\s*(\d+)-{3,}$"),
                      field=re.compile(r"^\s*([^=\s][^=]*?)\s*= ?(.*)$"), null="",
                      end=re.compile(r"(?!)"),     # no count: a result ends where the numbers start again
                      between=re.compile(r"^(?:={5,}|\d{4}/\d\d/\d\d \d\d:\d\d:\d\d - .*)$")),
             # Cassandra's cqlsh with EXPAND ON: '@ Row 1', a '-----+-----' rule, ' name | value' lines, a blank line
             # after each record, null a missing value, '(13 rows)' under the last
             Vertical(record=re.compile(r"^@ Row (\d+)$"),
                      field=re.compile(r"^\s*([^|]*?)\s*\|\s?(.*)$"), null="null",
                      end=re.compile(r"^\(\d+ rows?\)$"), between=re.compile(r"^(?:-+\+-+)?$")))


# -- a database shell's results a line per column (sqlite3's .mode line) ----------------------------------------
# 'name = value' a line, the names right-aligned to the longest, a blank line between records and no line
# opening one; sqlite3 pads the names by BYTES (printf's %*s), so a shorter CJK name stands three spaces a
# character further right than a screen would put it: the alignment is looked for in characters, display
# columns and UTF-8 bytes.
_SET_LINE = re.compile(r"^( *)(\S(?:.*?\S)?) =(?: (.*))?$")
MIN_SET_FIELDS = 2     # one 'name = value' line is any assignment


def set_line(text: str) -> tuple[str, str, str] | None:
    """A 'name = value' line's indent, name and value, or None."""
    m = _SET_LINE.match(text.rstrip())
    return (m.group(1), m.group(2), (m.group(3) or "").strip()) if m else None


def _names_aligned(fields: list[tuple[str, str, str]]) -> bool:
    """Whether the names end in one column (right-aligned) by some way of counting their width, padded
    on the left where they differ."""
    for width in (len, display_width, lambda s: len(s.encode("utf-8"))):
        if len({len(indent) + width(name) for indent, name, _ in fields}) == 1:
            return any(indent for indent, _, _ in fields) or len({width(n) for _, n, _ in fields}) == 1
    return False


def set_lines_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """The result whose first record's first line is lines[i]: the header (the first record's names)
    over a row a record, and the index past it; a record is a run of 'name = value' lines whose names
    are right-aligned, the next one after one blank line with the same names. None where lines[i]
    opens no such record."""
    records: list[list[tuple[int, tuple[str, str, str]]]] = []
    j = end = i
    while j < len(lines):
        k, rec = j, []
        while k < len(lines) and (f := set_line(lines[k][1])):
            rec.append((lines[k][0], f))
            k += 1
        names = [f[1] for _, f in rec]
        if len(rec) < MIN_SET_FIELDS or not _names_aligned([f for _, f in rec]) \
                or records and names != [f[1] for _, f in records[0]]:
            break
        records.append(rec)
        end = k
        if k + 1 >= len(lines) or lines[k][1].strip():
            break
        j = k + 1
    if not records:
        return None
    header = [(records[0][0][0], f[1]) for _, f in records[0]]
    return [header] + [[(no, f[2]) for no, f in rec] for rec in records], end


def result_count(text: str) -> int | None:
    """The rows a client's count line under a result says it holds ('13 rows in set (0.00 sec)', psql's
    '(13 行记录)'), or None where the line is none."""
    m = next((m for v in VERTICALS if (m := v.end.match(text.strip()))), None)
    return int(re.match(r"\D*(\d+)", m.group()).group(1)) if m else None


def opens_record(text: str) -> bool:
    """Whether a line opens a record of a vertical result (any record: a line whole by its syntax)."""
    return any(v.record.match(text.strip()) for v in VERTICALS)


def vertical_of(text: str) -> Vertical | None:
    """The syntax whose first record a line opens (record 1: a result starts there)."""
    return next((v for v in VERTICALS if (m := v.record.match(text.strip())) and int(m.group(1)) == v.first), None)


def vertical_table(syntax: Vertical, lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple[int, str]]], int] | None:
    """Read the result whose first record lines[i] opens: its table, the header (the first record's
    names) over a row a record, and the index past it. A record is the field lines after its opening
    line; a line that is no field (a value's text going on over a line break) goes on with the value
    above; the result ends at a blank line or the client's count of its rows.
    None where a record's names are not the first record's."""
    records: list[tuple[int, list[list]]] = []
    j = i
    while j < len(lines):
        no, raw = lines[j]
        t = raw.strip()
        if (m := syntax.record.match(t)):
            if int(m.group(1)) != len(records) + syntax.first:
                break
            records.append((no, []))
        elif syntax.between is not None and syntax.between.match(t):
            j += 1
            continue
        elif not t or syntax.end.match(t):
            break
        elif (m := syntax.field.match(raw)) and (not records[-1][1] or len(records) == 1 or
                                                 m.group(1).strip() in {f[1] for f in records[0][1]}):
            records[-1][1].append([no, m.group(1).strip(), m.group(2).strip()])
        elif records[-1][1]:
            records[-1][1][-1][2] += "\n" + t
        else:
            break
        j += 1
    names = [f[1] for f in records[0][1]] if records else []
    if not names or any([f[1] for f in fields] != names for _, fields in records):
        return None
    header = [(records[0][0], name) for name in names]
    rows = [[(no, "" if value == syntax.null else value) for no, _, value in fields] for _, fields in records]
    return [header] + rows, j



# -- troff's tbl ------------------------------------------------------------------------------------------------
_TBL_OPEN = re.compile(r"^\.TS(?:\s+H)?\s*$")
_TBL_CLOSE = re.compile(r"^\.TE\s*$")
_TBL_AGAIN = re.compile(r"^\.T&\s*$")
_TBL_KEY = re.compile(r"([LRCNASlrcnas^_=-])((?:[bBiItTuUzZeEdDxX]|[fF](?:\(..|\S)|[pPvV][+-]?\d+|[wW]\([^)]*\)|\d+)*)")
_TBL_RULE = re.compile(r"^\s*(?:_|=|\\_)\s*$")
_TROFF_CHAR = {">=": "≥", "<=": "≤", "!=": "≠", "mu": "×", "di": "÷", "+-": "±", "de": "°", "em": "—", "en": "–",
               "hy": "-", "bu": "•", "sq": "□", "ci": "○", "lq": "“", "rq": "”", "oq": "‘", "cq": "’", "pc": "·",
               "~=": "≈", "->": "→", "<-": "←", "**": "*", "sc": "§", "ct": "¢"}
_TROFF_ESCAPE = re.compile(r"\\(?:\((..)|\[([^\]]*)\]|f(?:\(..|\[[^\]]*\]|.)|[hvs]'[^']*'|s[+-]?\d+|\*(?:\(..|\[[^\]]*\]|.)"
                           r"|\"(.*)$|([-e&0 ~|^c%!]))")
_TROFF_REQUEST = re.compile(r"^[.'](?:\\\"|[A-Za-z]{1,3}(?:\s|$)|\s*$)")


def troff_source(text: str) -> bool:
    """The text is a troff source holding a tbl table."""
    return any(_TBL_OPEN.match(ln) for ln in text.split("\n")) and any(_TBL_CLOSE.match(ln) for ln in text.split("\n"))


def troff_text(text: str) -> str:
    """A line of troff as it prints: escapes as characters, font and motion escapes and comments nothing."""
    def one(m: re.Match) -> str:
        if m.group(1):
            return _TROFF_CHAR.get(m.group(1), "")
        if m.group(2) is not None:
            name = m.group(2)
            if re.fullmatch(r"u[0-9A-Fa-f]{4,6}", name):
                return character(int(name[1:], 16))
            return _TROFF_CHAR.get(name, "")
        if m.group(3) is not None:
            return ""
        ch = m.group(4)
        if ch is not None:
            return {"-": "-", "e": "\\", "0": " ", " ": " ", "~": " "}.get(ch, "")
        return " " if m.group(0)[1] in "hv" else ""
    return _TROFF_ESCAPE.sub(one, text).strip()


def troff_lines(text: str) -> str:
    """The source with every request line outside the tables blank (a line keeps its number)."""
    out, inside = [], False
    for ln in text.split("\n"):
        if _TBL_OPEN.match(ln):
            inside = True
        elif _TBL_CLOSE.match(ln):
            inside = False
            out.append(ln)
            continue
        out.append(ln if inside or not _TROFF_REQUEST.match(ln) else "")
    return "\n".join(out)


def tbl_opens(text: str) -> bool:
    return bool(_TBL_OPEN.match(text))


def _tbl_formats(lines: list[tuple[int, str]], j: int) -> tuple[list[list[str]], int]:
    """The format lines from lines[j] (up to the one ending in '.'): each a list of key letters."""
    formats = []
    while j < len(lines) and not _TBL_OPEN.match(lines[j][1]):
        t = lines[j][1].strip()
        j += 1
        keys = [m.group(1).lower() for m in _TBL_KEY.finditer(t.rstrip(".").replace("|", " ").replace(",", " "))]
        formats.append(["^" if k == "^" else "s" if k == "s" else "c" for k in keys])
        if t.endswith("."):
            break
    return formats, j


def tbl_table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple]], int] | None:
    """The tbl table opening at lines[i] (.TS): its rows as cells (line, text, rowspan, colspan) for place(),
    and the index past its .TE. None where it never closes or holds no row."""
    j, sep = i + 1, "\t"
    if j < len(lines) and lines[j][1].rstrip().endswith(";"):
        if (m := re.search(r"\btab\s*\((.)\)", lines[j][1])):
            sep = m.group(1)
        j += 1
    formats, j = _tbl_formats(lines, j)
    grid: list[list[list]] = []        # per row, per column: [line, text, kind]
    k = 0
    # tables do not nest: one never closed is given up at the next .TS, so each line is scanned once, not
    # once for every unclosed .TS above it
    while j < len(lines) and not _TBL_CLOSE.match(lines[j][1]) and not _TBL_OPEN.match(lines[j][1]):
        no, t = lines[j]
        j += 1
        if _TBL_AGAIN.match(t):
            formats, j = _tbl_formats(lines, j)
            k = 0
            continue
        if _TBL_RULE.match(t) or t.startswith(".") and not t.startswith(".T"):
            continue
        pieces = t.split(sep)
        # a T{ … T} block: the cell's lines up to the T} line, whose rest goes on with the row
        while pieces[-1].strip() == "T{" and j < len(lines):
            body = []
            while j < len(lines) and not lines[j][1].startswith("T}") and not _TBL_CLOSE.match(lines[j][1]):
                body.append(lines[j][1].strip())
                j += 1
            closed = j < len(lines) and lines[j][1].startswith("T}")
            rest = lines[j][1][2:] if closed else ""
            j += closed
            pieces[-1] = "".join(body) if all(re.search(r"[\u4e00-\u9fff]$", b) for b in body[:-1]) else " ".join(body)
            pieces += rest.split(sep)[1:] if rest.startswith(sep) else ([rest] if rest.strip() else [])
        fmt = formats[min(k, len(formats) - 1)] if formats else []
        k += 1
        if max(len(pieces), len(fmt)) > MAX_SPAN:
            return None     # no form's table: its grid would be rows times a width without bound
        row = []
        for c, piece in enumerate(pieces):
            key = fmt[c] if c < len(fmt) else "c"
            kind = "s" if key == "s" else "^" if key == "^" or piece.strip() == "\\^" else "cell"
            row.append([no, troff_text(piece) if kind == "cell" else "", kind])
        row += [[no, "", "s" if c < len(fmt) and fmt[c] == "s" else "cell"] for c in range(len(pieces), len(fmt))]
        grid.append(row)
    if j >= len(lines) or not _TBL_CLOSE.match(lines[j][1]) or not grid:
        return None
    width = max(len(r) for r in grid)
    owner: dict[tuple[int, int], list] = {}      # slot -> its cell [line, text, rowspan, colspan, row, col]
    for r, row in enumerate(grid):
        for c in range(width):
            no, text, kind = row[c] if c < len(row) else (row[0][0], "", "cell")
            left, above = owner.get((r, c - 1)), owner.get((r - 1, c))
            if kind == "s" and left is not None and left[4] == r:
                left[3] += 1
                owner[(r, c)] = left
            elif kind == "^" and above is not None and above[3] == 1 and above[4] + above[2] == r:
                above[2] += 1
                owner[(r, c)] = above
            else:       # a span the cells around cannot take: an empty cell of its own
                owner[(r, c)] = [no, text, 1, 1, r, c]
    cells = sorted({id(v): v for v in owner.values()}.values(), key=lambda v: (v[4], v[5]))
    rows: list[list[tuple]] = [[] for _ in grid]
    for no, text, rs, cs, r, _ in cells:
        rows[r].append((no, text, rs, cs))
    return rows, j + 1


# -- Typst's table() -------------------------------------------------------------------------------------------
# A call #table( … ) (also table( … ) inside #figure), over as many lines as it likes: its arguments apart by
# commas, a named one 'name: value' (columns: 8 or columns: (auto, 1fr, …) gives the count of columns, the others
# are looks), every other one a cell: [content], or table.cell(rowspan: n, colspan: n, …)[content];
# table.header( … ) / table.footer( … ) hold cells the same way, table.hline() / vline() are rules. The cells flow
# into the grid left to right, row by row, each taking the first slot no span above covers. In a cell's content
# *strong* and _emph_ are marks, '\ ' a line break, \# \* \[ … the characters escaped; in code, "strings" and
# // comments. The table is Typst's only where its columns are counted.
_TYP_OPEN = re.compile(r"^#?(?:figure\(\s*)?table\(")
_TYP_CELL = re.compile(r"^(?:table|grid)\.cell\(")
_TYP_GROUP = re.compile(r"^(?:table|grid)\.(?:header|footer)\(")
_TYP_RULE = re.compile(r"^(?:table|grid)\.[hv]line\(")
_TYP_NAMED = re.compile(r"^([a-z][\w-]*)\s*:\s*(.*)$", re.S)
_TYP_SPAN = re.compile(r"\b(rowspan|colspan)\s*:\s*(\d+)")
_TYP_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|[^\sA-Za-z0-9])|\\\s+")
_TYP_STRONG = re.compile(r"(?<!\\)([*_])(?=\S)(.+?)(?<=\S)(?<!\\)\1")
MAX_TYP_CELLS = 4000


def typst_opens(text: str) -> bool:
    return bool(_TYP_OPEN.match(text.strip()))


def _typ_close(s: str, p: int) -> int | None:
    """The index of the bracket closing the one before s[p] ('(' or '['), reading code or content as it opens."""
    stack = [s[p - 1]]
    k = p
    while k < len(s):
        ch = s[k]
        content = stack[-1] == "["
        if ch == "\\":
            k += 2
            continue
        if not content and ch == '"':
            m = re.compile(r'"(?:[^"\\]|\\.)*"').match(s, k)
            if m is None:
                return None
            k = m.end()
            continue
        if not content and s.startswith("//", k):
            nl = s.find("\n", k)
            k = len(s) if nl < 0 else nl
            continue
        if ch == "[" or not content and ch in "({":
            stack.append(ch)
        elif ch == "]" and content or not content and ch in ")}":
            opener = stack.pop()
            if {"(": ")", "[": "]", "{": "}"}[opener] != ch:
                return None
            if not stack:
                return k
        k += 1
    return None


def _typ_args(s: str, p: int, stop: int) -> list[tuple[int, str]] | None:
    """The top-level arguments of a call's body s[p:stop]: (their offset, their text)."""
    out, k, start = [], p, p
    while k < stop:
        ch = s[k]
        if ch in "([{":
            end = _typ_close(s, k + 1)
            if end is None or end >= stop:
                return None
            k = end + 1
            continue
        if ch == '"':
            m = re.compile(r'"(?:[^"\\]|\\.)*"').match(s, k)
            if m is None:
                return None
            k = m.end()
            continue
        if s.startswith("//", k):
            nl = s.find("\n", k)
            k = stop if nl < 0 else nl
            continue
        if ch == ",":
            out.append((start, s[start:k]))
            start = k + 1
        k += 1
    out.append((start, s[start:stop]))
    return [(o + len(t) - len(t.lstrip()), re.sub(r"(?m)^\s*//.*$", "", t).strip()) for o, t in out
            if re.sub(r"(?m)^\s*//.*$", "", t).strip()]


def typst_text(content: str) -> str:
    """A content block's text: '\\ ' line breaks, *strong* / _emph_ marks dropped, escapes as their characters."""
    def esc(m) -> str:
        if m.group(1) is None:
            return "\n"
        if m.group(1).startswith("u{"):
            return chr(int(m.group(1)[2:-1], 16))
        return m.group(1)
    text = _TYP_STRONG.sub(r"\2", content)
    text = _TYP_ESCAPE.sub(esc, text)
    return "\n".join(part.strip() for part in text.split("\n")).strip()


def typst_table(lines: list[tuple[int, str]], i: int) -> tuple[list[Placed], int, int, int] | None:
    """Read the table() call opened at lines[i]: its placed cells, its rows, its columns and the index past its
    close. None where the call does not close, or no count of columns is given."""
    s, starts = "", []
    for no, text in lines[i:]:
        starts.append((len(s), no))
        s += text + "\n"
    m = _TYP_OPEN.search(s.lstrip())
    p = len(s) - len(s.lstrip()) + m.end()
    close = _typ_close(s, p)
    if close is None:
        return None
    offsets = [o for o, _ in starts]

    def line_at(pos: int) -> int:
        return starts[max(0, bisect.bisect_right(offsets, pos) - 1)][1]
    cols, cells = None, []

    def gather(a: int, b: int) -> bool:
        nonlocal cols
        args = _typ_args(s, a, b)
        if args is None:
            return False
        for off, arg in args:
            if len(cells) > MAX_TYP_CELLS:
                return False
            named = _TYP_NAMED.match(arg)
            if named and not arg.startswith("["):
                if named.group(1) == "columns":
                    v = named.group(2).strip()
                    if v.isdigit():
                        cols = int(v)
                    elif v.startswith("(") and v.endswith(")"):
                        inner = _typ_args(v, 1, len(v) - 1)
                        cols = len(inner) if inner else None
                continue
            if _TYP_RULE.match(arg):
                continue
            if _TYP_GROUP.match(arg):
                at = s.index("(", off) + 1
                end = _typ_close(s, at)
                if end is None or not gather(at, end):
                    return False
                continue
            spans = {}
            body = arg
            if _TYP_CELL.match(arg):
                at = arg.index("(") + 1
                end = _typ_close(arg, at)
                if end is None:
                    return False
                spans = {k: min(int(v), MAX_SPAN) or 1 for k, v in _TYP_SPAN.findall(arg[at:end])}
                body = arg[end + 1:].strip()
            if body.startswith("[") and body.endswith("]"):
                text = typst_text(body[1:-1])
            elif body.startswith('"') and body.endswith('"'):
                text = body[1:-1]
            elif body == "none" or not body:
                text = ""
            else:
                return False
            cells.append((line_at(off), text, spans.get("rowspan", 1), spans.get("colspan", 1)))
        return True
    if not gather(p, close) or not cols or not cells:
        return None
    placed, n_rows = _flowed(cells, cols)
    end_line = next(k for k, (o, _) in enumerate(starts) if k + 1 == len(starts) or starts[k + 1][0] > close)
    return placed, n_rows, cols, i + end_line + 1
