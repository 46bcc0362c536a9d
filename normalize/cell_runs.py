"""Indicator tables published one cell per line, rebuilt into ordinary Tables before they are read.

A report saved from a web page or copied out of a PDF often arrives as text with one table cell
per line (or per paragraph, blank lines between), sometimes with a `|` after each cell or lines
of bare pipes between rows. The text reader gives such a table as a run of one-line paragraphs:
the row structure is gone. This pre-pass rebuilds it (after ExtracTable: enumerate the parses,
score how coherent each column stays, keep the best):

1. The header: a run of cells that each name an indicator-table field by the project's header
   vocabulary (normalize.vocab.header_field; a header cell broken over two lines is rejoined).
   Its cells give the row length and each column's role.
2. The rows: the cells after the header are segmented by dynamic programming. A row takes its
   cells in column order and may leave columns out: level-1 / level-2 labels are written once
   for their group (a merged cell), and empty cells are dropped by the copy. Each (cell, column)
   pair scores by the column's type (a level column holds a level name, a name is never a bare
   figure, an operator column holds an operator, a weight or score is a number no greater than
   100 and a score never exceeds its row's weight); leaving a value column out costs a little.
3. Ambiguity: where two segmentations score the same, the rows they cover are not read; they
   are counted as unread (Project.rows_unread) and named in a warning by their source lines.

Two neighbours of the arrangement are rebuilt the same way: fund tables written one cell per
line (a label and one figure per money column; only whole rows are read), and pipe tables read
row by row whose rows left their merged cells out instead of writing them empty (each row's
cells placed by the same column coherence, its length known; a table whose rows all stand
where their header says is left to the table reader).

Two more arrangements are placed the same way: tables copied out with a row per line and spaces
between cells (the header a line of header words), and a passage that starts inside a table
whose header was cut away, where the operator in a cell of its own fixes each figure's column,
or, written one cell per line with each row closed by a line of bare pipes, where every row is
level labels, a name and two values, one row's operator telling the target from the result.

The result is an ordinary Table (header row, then one row per indicator, every cell with its
source line) that normalize.tables reads like any other. The records read from it are then moved
back to the document as extracted (_Origins): each location names the table cell or the
paragraph its text stands in there, and tables after a rebuilt one keep their numbers. The pre-pass lives in normalize, not in
extract, because it decides by the header vocabulary and value grammar of normalize (vocab,
quantity); extract stays free of domain words and never imports normalize.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from itertools import islice
from decimal import Decimal

import regex as re

from jixiao.extract import Document, Location, Paragraph, Table
from jixiao.extract.model import Cell
from jixiao.extract.flat_lines import ORIGIN as FLAT
from jixiao.extract.pdf_reader import ALIGNED
from jixiao.extract.display_columns import display_width

from .cell_joins import rebuild_joined
from .circled_pairs import circled_pairs
from .clause_lines import clause_lines
from .columns import indicator_like, level_pair
from .unread import nameless_values, row_like, say_silent, say_unread
from .label_blocks import first_lines, label_blocks, place
from .labelled_rows import labelled_rows
from .headed_tables import headed_tables
from .quantity import parse
from .rebuild import (BARE_NUMBER, FILLER, HAN, HEADER_CELL, HEADING, NATURE_CELLS, VALUE_ROLES, Rebuilt, RunCell,
                      cell_fit, cell_number, source_line, where)
from .records import DocRecords, Project
from .title import NUMBERED as LIST_NUMBER
from jixiao.extract.summary_rows import summary_label
from .fund_grammar import fund_word_field
from .vocab import (DIRECTION_OPS, GRADE, GRADE_WORDS, LEVEL3_WEAK, QUALITATIVE_KIND, STOP_LABELS, bare, canonical_level1, canonical_level2,
                    header_field, level2_label, level_label, points_note)

# Scores are integers (tenths) so that equally good segmentations compare exactly equal.
MAX_COLS = 12
MAX_TABLE_CELLS = 600
WEIGHT_NOTE = re.compile(rf"^{points_note(broken=True)}$")   # a level's points on a line of their own

# A page's number copied out with the text (第 1 页 共 2 页, 第1页/共2页): page furniture, no cell.
PAGE_MARK = re.compile(r"^(?:第\d+页(?:[/／,，、]?共\d+页)?|共\d+页[/／,，、]?第\d+页)$")

# What leaving a column out of a row costs (tenths). Level labels are written once per group.
DROP = {"level1": 0, "level2": 0, "target": 15, "actual": 15, "weight": 15, "score": 10,
        "nature": 15, "direction": 15, "unit": 15, "reason": 1}
DROP_OTHER = 5
ROW_BONUS = 10
PAIR = 5
MARGIN = 4    # less than what dropping a score rather than a weight costs: a lone figure is the weight
# A cell's text wraps onto the next line only where the line is this wide (display columns, a Han
# character two): four characters, the narrowest name column a PDF viewer's copy wraps (新增普惠 / 性托位);
# a shorter line ended where its text did: the qualitative values of one or two characters (合格, 良好,
# 是, 无) are cells of their own. A constant, not the column's widest line: a run a cell a line does not
# say which lines are one column's until it is read. Pinned between 5 and 8 by test_cell_runs'
# narrow-column test.
WRAP_WIDTH = 8
WRAP_LINES = 4
WRAP_BONUS = 1
WRAP_WAYS = 16      # the ways lines from one make k cells that are tried (the first joins none): a bound on the work


def read_cell_runs(doc: Document, recs: DocRecords, read_tables) -> Document:
    """Rebuild the tables written one cell per line, read every table with `read_tables`, and
    return the document as read (the rebuilt tables in place of their paragraphs).

    A document read as its reader gave it that gives no row, read or unread, is read again as the
    lines of a text file (a Word paragraph, a PDF line: a line), and that reading kept where it
    reads or counts a row: a web page's table flattened into one paragraph, or a cell per line,
    saved as Word or printed to PDF, reads and says what its .txt does, never nothing. A scan's
    lines are OCR's and are not read so."""
    if text_lines(doc) or recs.ocr:
        return _read_cell_runs(doc, recs, read_tables, text_lines(doc))
    first = DocRecords(doc=recs.doc, year=recs.year)
    read = _read_cell_runs(doc, first, read_tables, False)
    if not first.indicators and not first.unread_rows and doc.paragraphs():
        again = DocRecords(doc=recs.doc, year=recs.year)
        as_lines = _read_cell_runs(doc, again, read_tables, True)
        if again.indicators or again.unread_rows:
            first, read = again, as_lines
    if not first.indicators and not first.unread_rows and (view := cell_lines(doc)) is not None:
        again = DocRecords(doc=recs.doc, year=recs.year)
        as_lines = _read_cell_runs(view, again, read_tables, True)
        if again.indicators or again.unread_rows:
            first, read = again, as_lines
    for f in fields(DocRecords):
        setattr(recs, f.name, getattr(first, f.name))
    return read


def _read_cell_runs(doc: Document, recs: DocRecords, read_tables, lines: bool) -> Document:
    """read_cell_runs, the document's lines a text file's (`lines`) or as its reader gave them."""
    # Paragraphs a cell or a row each (cells set apart by spaces) are the same in any format: a form
    # typed without a table object in Word, a sheet of one column, a PDF of lines.
    # Outside .txt those rebuilds are newer than the label：value reader (184's indicator blocks, a
    # label and its value a pair on each line): its runs are kept from them, as its tests hold.
    label_runs = label_blocks(doc)
    reserved = set() if lines else set().union(*(rb.blocks for rb in label_runs))
    rebuilt = _rebuild_all(doc) + _rebuild_rows(doc) if lines else \
        [rb for rb in _rebuild_all(doc) if not rb.blocks & reserved]
    taken = set().union(reserved, *(rb.blocks for rb in rebuilt))
    rebuilt += [rb for rb in _spaced(doc) if not rb.blocks & taken]
    taken = set().union(reserved, *(rb.blocks for rb in rebuilt))
    rebuilt += [rb for rb in _spaced_funds(doc) if not rb.blocks & taken]
    if lines:
        taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
        rebuilt += [rb for rb in _headerless_runs(doc) if not rb.blocks & taken]
        taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
        if headless := [rb for rb in _headerless(doc) if not rb.blocks & taken]:
            # a table the table reader already reads rows from (its columns inferred, 068) is left to it
            trial = DocRecords(doc=recs.doc, year=recs.year)
            read_tables(doc, trial)
            t_index = doc.blocks[headless[0].first_block].index
            rebuilt += [] if any(i.loc.table == t_index for i in trial.indicators) else headless
        taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
        joined, silent = rebuild_joined(doc, taken)
        rebuilt += joined
    else:
        silent = []
    taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
    rebuilt += [rb for rb in labelled_rows(doc) if not rb.blocks & taken]
    taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
    rebuilt += [rb for rb in headed_tables(doc) if not rb.blocks & taken]
    taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
    labelled = [rb for rb in label_runs if not rb.blocks & taken]
    rebuilt += labelled
    # targets and results in two paragraphs matched by circled numbers (年度目标：①…；完成情况：①…): any format
    taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
    circled, circled_unsaid = circled_pairs(doc)
    rebuilt += [rb for rb in circled if not rb.blocks & taken]
    silent = silent + [u for u in circled_unsaid if u[0] not in taken]
    if lines or recs.ocr:
        # a scan's lines are OCR's, each a printed line: numbered indicator lines there are a text file's
        taken = set().union(*(rb.blocks for rb in rebuilt)) if rebuilt else set()
        sentences, unsaid = clause_lines(doc)
        kept = [rb for rb in sentences if not rb.blocks & taken]
        rebuilt += kept
        # lines of a run another reader took are that reader's to read or count, not counted again
        dropped = {rb.first_block for rb in sentences} - {rb.first_block for rb in kept}
        silent = silent + [u for u in unsaid if u[0] not in taken and u[0] not in dropped]
    if not rebuilt:
        read_tables(doc, recs)
        say_silent(recs, silent)
        return doc
    new, origins = _with_tables(doc, rebuilt)
    said = len(recs.warnings)
    read_tables(new, recs)
    recs.warnings[said:] = [_described(w, doc.source, origins) for w in recs.warnings[said:]]
    index = {}
    for b in new.blocks:
        if isinstance(b, Table):
            index.setdefault(b.loc.line, b.index)
    for rb in rebuilt:
        owner = _owner(recs, index.get(rb.header[0].line))
        # left out of the rebuilt table, so the table reader cannot count them
        say_unread(recs, rb.warning, rb.unread, owner)
        if owner is None:
            continue
        for i in recs.indicators if rb.note else ():
            if i.loc.table == index.get(rb.header[0].line):
                i.note = "；".join(x for x in (i.note, rb.note) if x)
        if rb.cut_off and not owner.cut_off:
            owner.cut_off = True
            recs.warnings.append(f"{_at(rb.header[0])}起的逐格排列表格：文档在表中一行的中途结束，"
                                 "疑为节选或截断，分值、得分合计类核对未进行")
    _relocate(recs, origins, set())
    say_silent(recs, silent + _unread_blocks(doc, recs, labelled))
    return _as_extracted(new, origins)


SPANNING_LINES = 3   # a cell across the whole table holding this many lines is text laid in the form, not a value


def cell_lines(doc: Document) -> Document | None:
    """The document with the lines of each cell merged across its whole table (a text box across the
    form: an Excel cell merged A:G of Alt+Enter lines, the indicators told a numbered line each, 1195),
    and those of every cell of a grid of cards (a Word label sheet, each cell one indicator's label：value
    lines, 1422), set out after its table as paragraphs of their own in reading order, each located at
    its cell; None where no table has such a cell. Read as a text file's lines only where the document as extracted gives no row."""
    blocks, found = [], False
    for b in doc.blocks:
        blocks.append(b)
        if not isinstance(b, Table) or b.n_cols < 2:
            continue
        filled = [c for c in b.cells if c.text.strip()]
        # a grid of cards (a label sheet, a mail merge's 标签: each cell one record's lines): every filled cell
        # such a block of lines, two or more of them; their lines in reading order, row by row
        cards = len(filled) >= 2 and all(len([x for x in c.text.split("\n") if x.strip()]) >= SPANNING_LINES
                                         for c in filled)
        for c, lines in _cards_in_order(filled) if cards else [(c, _cell_lines(c)) for c in b.cells]:
            if cards or c.col == 0 and c.colspan == b.n_cols and len(lines) >= SPANNING_LINES:
                found = True
                blocks += [Paragraph(text=x, loc=at) for x, at in lines]
    return replace(doc, blocks=blocks) if found else None


def _cell_lines(c) -> list[tuple[str, Location]]:
    """A cell's lines, each with the cell's place."""
    return [(x.strip(), c.loc) for x in c.text.split("\n") if x.strip()]


def _labels(lines: list[tuple[str, Location]]) -> set[str]:
    """The labels the lines open with (the words before a line's first colon)."""
    return {re.split(r"[：:]", x, maxsplit=1)[0].strip() for x, _ in lines if re.search(r"[：:]", x)}


def _cards_in_order(filled: list) -> list[tuple]:
    """A grid of cards' cells in reading order, row by row, each with its lines. A row of cards a page break
    cut (a PDF: the upper parts the last row on one page, the lower parts the first row on the next) is one
    row: each card's lower part goes on after its upper part, not after the row's other cards, where every
    lower part opens with labels its upper part lacks (no card of its own, which would repeat them)."""
    rows: dict[int, dict[int, object]] = {}
    for c in filled:
        rows.setdefault(c.row, {})[c.col] = c
    keys = sorted(rows)
    out, k = [], 0
    while k < len(keys):
        row = {col: (c, _cell_lines(c)) for col, c in rows[keys[k]].items()}
        if k + 1 < len(keys):
            lower = rows[keys[k + 1]]
            pages = {c.loc.page for c, _ in row.values()}, {c.loc.page for c in lower.values()}
            if lower.keys() == row.keys() and all(len(p) == 1 and None not in p for p in pages) and \
                    min(pages[1]) == min(pages[0]) + 1 and \
                    all(not _labels(row[col][1]) & _labels(_cell_lines(c)) for col, c in lower.items()):
                row = {col: (c, lines + _cell_lines(lower[col])) for col, (c, lines) in row.items()}
                k += 1
        out += [row[col] for col in sorted(row)]
        k += 1
    return out


def text_lines(doc: Document) -> bool:
    """Whether the document's lines are a text file's: a .txt, or a document holding a text table
    its reader found in its paragraphs (extract.flat_lines)."""
    return doc.format == "txt" or any(t.origin == FLAT for t in doc.tables())


def _unread_blocks(doc: Document, recs: DocRecords, labelled: list[Rebuilt]) -> list:
    """Blocks of label：value lines that gave no indicator record: counted unread and each named by
    its first line, never passed over in silence."""
    out = []
    for rb in labelled:
        # a record read from the block stands at one of its paragraphs (a card's lines: at its table cell)
        at = {(doc.blocks[k].loc.table, doc.blocks[k].loc.row) for k in rb.blocks} - {(None, None)}
        # or at the place of one of them, where the paragraphs stand at other numbers than their blocks' (a grid
        # of cards written as lines before them: label_blocks.card_grid)
        places = {place(doc.blocks[k].loc) for k in rb.blocks}
        if any(i.loc is not None and (i.loc.table is None and i.loc.block in rb.blocks or (i.loc.table, i.loc.row) in at
                                      or place(i.loc) in places)
               for i in recs.indicators):
            continue
        lines = first_lines(doc, rb)
        named = "、".join(f"“{x[:24]}”" for x in lines[:5]) + ("等" if len(lines) > 5 else "")
        where = doc.blocks[rb.first_block].loc.describe()
        out.append((rb.first_block, len(rb.rows),
                    f"{where}起有{len(rb.rows)}组“标签：值”段落，标签为指标表表头（{named}），未读出指标，约{len(rb.rows)}行指标未读取"))
    return out


def count_unread_tables(doc: Document, recs: DocRecords) -> None:
    """Lines a table's reader left out of its grid (Table.unread, said by the reader): counted unread,
    for the project the table's rows went to, so no total of it is checked as if read whole."""
    for t in doc.tables():
        if t.unread:
            say_unread(recs, None, t.unread, _owner(recs, t.index))


def _owner(recs: DocRecords, t_index: int | None):
    """The project a rebuilt table's rows went to: the one holding indicators of that table, or
    the one the table opened, or the document's first."""
    return next((p for p in recs.projects if any(i.loc.table == t_index for i in p.indicators)), None) or \
        next((p for p in recs.projects if p.table == t_index), None) or (recs.projects[0] if recs.projects else None)


# -- the cell stream -----------------------------------------------------------------------------

ROW_OF_PIPES = re.compile(r"\|[\s|]*\|")     # ||||: a row of empty cells


def _stream(doc: Document) -> list[list[RunCell]]:
    """Runs of one-cell paragraphs. Lines of bare pipes and tables of empty cells (`||||`) are
    separators inside a run; any other table ends it. A line of two or more bare pipes is such a
    table, whether the text reader made it one (a .txt) or it stayed a paragraph (a Word paragraph,
    a PDF line: flat_lines reads only runs of two rows or more)."""
    runs: list[list[RunCell]] = [[]]
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Table):
            if any(c.text.strip(" |") for c in b.cells):
                runs.append([])
            elif runs[-1]:
                runs[-1][-1].row_end = True
            continue
        text = b.text.strip().strip("|").strip()
        if not text:
            if runs[-1] and ROW_OF_PIPES.fullmatch(b.text.strip()):
                runs[-1][-1].row_end = True
            continue
        runs[-1].append(RunCell(source_line(b, k), text, [k], filler=bool(FILLER.match(bare(text))), src=b.loc))
    return [r for r in runs if len(r) >= 4]


def _at(cell: RunCell) -> str:
    """Where a cell stands, for a warning: its source line in a text file, else its paragraph."""
    return f"源文件第{cell.line}行" if cell.src is None else where(cell.src)


def _lines(cells: list[RunCell]) -> str:
    """The rows that open with these cells, for a warning: their source lines, else their paragraphs."""
    if all(c.src is None or c.src.line is not None for c in cells):
        return f"第{'、'.join(str(c.line) for c in cells)}行"
    return "、".join(c.src.describe() for c in cells)


def _stretch(a: RunCell, b: RunCell) -> str:
    """Cells a to b, for a warning: their source lines in a text file, else their paragraphs."""
    if a.src is None or a.src.line is not None:
        return f"第{a.line}-{b.line}行"
    return f"{a.src.describe()}至{b.src.describe()}"


def _last_text_block(doc: Document) -> int:
    return max((k for k, b in enumerate(doc.blocks) if not isinstance(b, Paragraph) or b.text.strip(" |")), default=-1)


def _join(a: RunCell, b: RunCell) -> RunCell:
    return RunCell(a.line, a.text + b.text, a.blocks + b.blocks, src=a.src)


def _mend(cells: list[RunCell]) -> list[RunCell]:
    """Rejoin a level label broken over two lines (数量 / 指标, 经济效 / 益指标, 产出指标 / (50))."""
    out: list[RunCell] = []
    for c in cells:
        prev = out[-1] if out else None
        if prev is not None:
            joined = bare(prev.text + c.text)
            if level_label(prev.text) and WEIGHT_NOTE.match(bare(c.text)) and "(" not in bare(prev.text):
                # the note's opening bracket may be lost with the line break (效益指标 / 30分))
                note = bare(c.text) if bare(c.text)[:1] in "(（" else "（" + bare(c.text)
                out[-1] = RunCell(prev.line, prev.text + note, prev.blocks + c.blocks, src=prev.src)
                continue
            if bare(c.text) == "指标" and level_label(joined) or \
                    level_label(joined) and not level_label(prev.text) and not level_label(c.text) and len(joined) <= 10:
                out[-1] = _join(prev, c)
                continue
        out.append(c)
    return out


# -- the header ----------------------------------------------------------------------------------

def _scan_header(cells: list[RunCell], i: int, field, join, glue, lead=lambda text: False):
    """The cells from i that name a table's fields, one field each: `field(text, taken)` names a
    cell's field; `join(text, next, head, taken)` the field of a cell broken over two lines;
    `glue(text, head, roles)` whether a cell is the rest of the last one (a word, a note);
    `lead(text)` a label above the header that holds no column. The cells, their fields and the
    first cell after them; the caller judges whether they make a header."""
    head: list[RunCell] = []
    roles: list[str] = []
    j = i
    while j < len(cells) and len(head) < MAX_COLS:
        text = cells[j].text
        if len(bare(text)) > HEADER_CELL:
            break
        role = field(text, set(roles))
        if role is None and j + 1 < len(cells) and \
                (joined := join(text, cells[j + 1].text, head, set(roles))) is not None:
            head.append(_join(cells[j], cells[j + 1]))
            roles.append(joined)
            j += 2
            continue
        if role is None and head and glue(text, head, roles):
            head[-1] = _join(head[-1], cells[j])
            j += 1
            continue
        if role is None and not head and lead(text):
            j += 1
            continue
        if role is None:
            break
        head.append(cells[j])
        roles.append(role)
        j += 1
    return head, roles, j


# A label, its colon and a value after it (年度指标值: ≥1800人次, a pasted export's member line): a pair, no header cell
_PAIR = re.compile(r"^[^:：]{2,12}[:：]\s*\S")


def _head_cell(text: str, taken) -> str | None:
    """The role of a header cell (the header grammar's), none for a label written with its value (_PAIR)."""
    return None if _PAIR.match(bare(text)) else header_field(text, taken)


def _header_at(cells: list[RunCell], i: int) -> tuple[list[RunCell], list[str], int] | None:
    """The indicator header that starts at cell i: its cells, each column's role, the first cell after it."""
    def join(text, nxt, head, taken):
        return header_field(text + nxt, taken) if head and len(bare(text + nxt)) <= HEADER_CELL else None

    def glue(text, head, roles):     # the rest of a header cell broken over lines (分析及 / 改进措施)
        return _word(text) and len(bare(head[-1].text + text)) <= HEADER_CELL and \
            header_field(head[-1].text + text, set(roles) - {roles[-1]}) == roles[-1]
    # the block label above the level columns (绩效指标): merged, no data
    head, roles, j = _scan_header(cells, i, _head_cell, join, glue, lead=lambda text: bare(text) in LEVEL3_WEAK)
    if "level3" not in roles or not ({"target", "actual"} & set(roles) or {"weight", "score"} <= set(roles)):
        return None
    if len(roles) < 3:
        return None
    return head, roles, j


def _word(text: str) -> bool:
    """A piece of a broken header cell: words only, not a level name (分析及, 改进措施)."""
    b = bare(text)
    return bool(HAN.search(b)) and not re.search(r"\d", b) and not level_label(b)


# -- what a cell may be --------------------------------------------------------------------------

def _row_options(cells: list[RunCell], fits, roles: list[str], i: int, k: int, first: bool, every: bool = False):
    """Best score of cells[i:i+k] as one row, and the column assignments that reach it (with
    `every`, each assignment with its score)."""
    n = len(roles)
    lvl3 = roles.index("level3")
    levels = {roles.index(r) for r in ("level1", "level2") if r in roles}
    scored = []

    def placements(t: int, start: int):
        """Column tuples for cells t.. of the row, in order, each where it may stand."""
        if t == k:
            yield ()
            return
        for c in range(start, n - (k - t) + 1):
            if fits[i + t][c] is not None:
                for rest in placements(t + 1, c + 1):
                    yield (c,) + rest
    for cols in placements(0, 0):
        if lvl3 not in cols:
            continue
        score = ROW_BONUS
        ok = True
        for t, c in enumerate(cols):
            f = fits[i + t][c]
            if f is None:
                ok = False
                break
            score += f
        if not ok:
            continue
        present = set(cols)
        for c, role in enumerate(roles):
            if c not in present:
                score -= DROP.get(role, DROP_OTHER)
        if "level1" in roles and "level2" in roles and roles.index("level1") in present \
                and roles.index("level2") not in present:
            continue        # a new level-1 group starts a new level-2 group
        if first and levels and not levels & present:
            continue        # the first row under the header opens a group: it carries its label
        if "weight" in roles and "score" in roles:
            w, s = roles.index("weight"), roles.index("score")
            if w in present and s in present:
                wv, sv = cell_number(cells[i + cols.index(w)].text), cell_number(cells[i + cols.index(s)].text)
                if wv is not None and sv is not None and sv > wv:
                    continue    # a score is never above its weight
                score += PAIR    # a weight with a score no greater beside it: the pair is evidence
        scored.append((score, cols))
    if not scored:
        return None, []
    best = max(x for x, _ in scored)
    if every:
        return best, scored
    # Readings within a small margin of the best are as good as it: the row is ambiguous.
    return best, [cols for x, cols in scored if x >= best - MARGIN]


def _lone_result(ways: list[tuple], roles: list[str], placed: list[list], texts: list[RunCell]) -> list | None:
    """The columns of a row one figure short, where the ways to read it differ only in that figure's column.

    A pipe table whose empty cells were dropped (032: '名称 | 3 | 9.3 | 9.3' under 年度指标值 | 实际完成值 |
    分值 | 得分) reads as a name, its points and one figure that may be the target or the result, and as the
    target, the result and a weight with no score. Where every row read above it (two at least) has both its
    weight and its score, the ways that give this row both are kept; where they then agree on every cell but
    one, and that one stands as the target in one way and as the result in the other, the row is read with
    that figure in no column (None in its place): which of the two it is no cell tells, and the caller says
    so. Else None: the row stays unread."""
    if "weight" not in roles or "score" not in roles or len(placed) < 2:
        return None
    w, s = roles.index("weight"), roles.index("score")
    if not all(row[w] is not None and row[s] is not None for row in placed):
        return None
    kept = [cols for cols in ways if w in cols and s in cols]
    if len(kept) != 2:
        return None
    differ = [n for n in range(len(texts)) if kept[0][n] != kept[1][n]]
    if len(differ) != 1 or {roles[kept[0][differ[0]]], roles[kept[1][differ[0]]]} != {"target", "actual"} or \
            cell_number(texts[differ[0]].text) is None:
        return None
    return [None if n == differ[0] else col for n, col in enumerate(kept[0])]


def _wraps(a: RunCell, b: RunCell) -> bool:
    """Whether line b may go on with line a's text (a cell wrapped over lines, as a PDF viewer copies
    a narrow cell: 建成社区嵌入式托育 / 点): a goes on for at least WRAP_WIDTH columns and does not end
    a sentence, b is no wider than a (a cell's lines fill its width, the last one less), neither is a
    level label, and b does not open with a figure or an operator (a new value starts a new cell)."""
    width = display_width(a.text.strip())
    return width >= WRAP_WIDTH and display_width(b.text.strip()) <= width + 2 and \
        not re.search(r"[。！？!?；;：:]$", a.text.strip()) and not level_label(a.text) and not level_label(b.text) and \
        not re.match(r"[\d≥≤≧≦><＞＜=＝+\-.%％]", bare(b.text))


def _cells_from(cells: list[RunCell], wraps: list[bool], i: int, k: int):
    """The ways lines from i make k cells, a cell taking the lines after it that wrap on from it
    (at most WRAP_LINES lines a cell): (the end, the cells)."""
    def go(at: int, left: int):
        if left == 0:
            yield at, ()
            return
        end = at + 1
        while end <= len(cells):
            joined = cells[at]
            for x in cells[at + 1:end]:
                joined = _join(joined, x)
            for stop, rest in go(end, left - 1):
                yield stop, (joined,) + rest
            if end >= len(cells) or end - at >= WRAP_LINES or not wraps[end - 1]:
                break
            end += 1
    yield from go(i, k)


def _segment(cells: list[RunCell], roles: list[str]):
    """Rows of the cells (as (start, end, columns, the row's cells: a cell wrapped over lines is
    one), the cells after the table, and the ambiguous stretches ((start, end, rows) of cells not read)."""
    m = len(cells)
    n = len(roles)
    wraps = [i + 1 < m and _wraps(cells[i], cells[i + 1]) for i in range(m)]
    edges: dict[int, list[tuple[int, int, list]]] = {}
    for i in range(m):
        found: dict[int, list] = {}
        for k in range(1, min(n, m - i) + 1):
            for j, row in islice(_cells_from(cells, wraps, i, k), WRAP_WAYS):
                fits = [[cell_fit(c.text, r) for r in roles] for c in row]
                best, scored = _row_options(list(row), fits, roles, 0, k, i == 0, every=True)
                if best is not None:
                    # a line taken as the rest of the cell above it, where it may be, is the reading
                    # that leaves no text out (a wrapped note at the table's end)
                    found.setdefault(j, []).extend((x + WRAP_BONUS * (j - i - k), (cols, row)) for x, cols in scored)
        for j, scored in sorted(found.items()):
            best = max(x for x, _ in scored)
            # readings within a small margin of the best are as good as it: the row is ambiguous
            edges.setdefault(i, []).append((j, best, [way for x, way in scored if x >= best - MARGIN]))
    NEG = float("-inf")
    f = [NEG] * (m + 1)
    f[0] = 0
    for i in range(m):
        if f[i] == NEG:
            continue
        for j, w, _ in edges.get(i, []):
            if f[i] + w > f[j]:
                f[j] = f[i] + w
    # The table ends where the score is highest (the first such place: reading less, not more).
    end = max(range(m + 1), key=lambda j: (f[j], -j))
    if end == 0 or f[end] <= 0:
        return [], 0, []
    # Backward scores to the chosen end, and the number of optimal paths through each place.
    g = [NEG] * (m + 1)
    g[end] = 0
    for i in range(end - 1, -1, -1):
        for j, w, _ in edges.get(i, []):
            if j <= end and g[j] != NEG and w + g[j] > g[i]:
                g[i] = w + g[j]
    opt = f[end]
    on = [(i, j, w, ways) for i in range(end) for j, w, ways in edges.get(i, [])
          if j <= end and f[i] != NEG and g[j] != NEG and f[i] + w + g[j] == opt]
    ways_f = [0] * (m + 1)
    ways_f[0] = 1
    for i, j, w, ways in sorted(on):
        ways_f[j] += ways_f[i] * len(ways)
    ways_b = [0] * (m + 1)
    ways_b[end] = 1
    for i, j, w, ways in sorted(on, key=lambda e: -e[0]):
        ways_b[i] += ways_b[j] * len(ways)
    total = ways_f[end]
    sure = [b for b in range(end + 1) if f[b] + g[b] == opt and ways_f[b] * ways_b[b] == total]
    rows, unclear = [], []
    for b1, b2 in zip(sure, sure[1:]):
        direct = [(i, j, w, ways) for i, j, w, ways in on if i == b1 and j == b2]
        if len(direct) == 1 and len(direct[0][3]) == 1 and ways_f[b2] == ways_f[b1]:
            rows.append((b1, b2, *direct[0][3][0]))
        else:
            # rows between two sure places, counted along the fewest-rows reading
            fewest = _fewest_rows(on, b1, b2)
            unclear.append((b1, b2, fewest))
    return rows, end, unclear


def _fewest_rows(on, b1: int, b2: int) -> int:
    best = {b1: 0}
    for i, j, _, _ in sorted(on):
        if b1 <= i and j <= b2 and i in best:
            best[j] = min(best.get(j, 1 << 30), best[i] + 1)
    return best.get(b2, 1)


def _stop(cells: list[RunCell], i: int) -> int:
    """Where the cells after a header stop being table body: a total or another labelled block,
    a section heading, or the next header."""
    j = i
    while j < len(cells) and j - i < MAX_TABLE_CELLS:
        b = bare(cells[j].text)
        if j > i and (b.startswith(STOP_LABELS) or HEADING.match(b) or _header_at(cells, j) is not None):
            break
        j += 1
    return j


def _rebuild_all(doc: Document) -> list[Rebuilt]:
    out: list[Rebuilt] = []
    for run in _stream(doc):
        out += _funds(run)
        cells = _mend([c for c in run if not c.filler and not PAGE_MARK.match(bare(c.text))])
        i = 0
        while i < len(cells):
            found = _header_at(cells, i)
            if found is None:
                i += 1
                continue
            head, roles, start = found
            if start + 1 < len(cells) and "score" not in roles and "weight" not in roles and \
                    BARE_NUMBER.match(bare(cells[start].text)) and level_label(cells[start + 1].text):
                # a figure where one more header cell stands, a level label after it: the block's
                # points heading the column of each row's score (Sichuan 区域 forms, 052)
                points = cells[start]
                named = RunCell(points.line, f"得分（{bare(points.text)}）", points.blocks, src=points.src)   # named for the reader
                head, roles, start = head + [named], roles + ["score"], start + 1
            stop = _stop(cells, start)
            body = cells[start:stop]
            at = list(range(start, stop))      # each body cell's place in cells
            repeated: list[RunCell] = []
            while stop < len(cells) and (again := _header_at(cells, stop)) is not None and again[1] == roles:
                # the header repeated on the next page (a PDF copied out): the table goes on under it
                repeated += cells[stop:again[2]]
                nxt = _stop(cells, again[2])
                body, at, stop = body + cells[again[2]:nxt], at + list(range(again[2], nxt)), nxt
            rows, end, unclear = _segment(body, roles)
            if not rows and not unclear:
                i = start
                continue
            rb = Rebuilt(first_block=head[0].blocks[0], blocks=set(), header=head, roles=roles, rows=[])
            # The passage ends inside the table: after the last row only a few short cells (the
            # start of the next row, 生态) and nothing else in the document.
            rest = body[end:]
            last_block = max(b for c in cells for b in c.blocks)
            rb.cut_off = bool(rest) and stop == len(cells) and last_block == _last_text_block(doc) and \
                all(len(bare(c.text)) <= 10 for c in rest) and len(rest) < len(roles)
            for c in head + body[:end] + [c for c in repeated if end and c.line < body[end - 1].line]:
                rb.blocks.update(c.blocks)
            # After rows left unread where a level label stood, the rows that follow without a
            # label of their own cannot tell their group: unread too, until a label comes.
            levels = {roles.index(r) for r in ("level1", "level2") if r in roles}
            labelled = [u_b for u_a, u_b, _ in unclear if any(level_label(c.text) for c in body[u_a:u_b])]
            kept, orphaned, blind = [], 0, False
            for a, b2, cols, parts in rows:
                blind = blind or any(u_b == a for u_b in labelled)
                if levels & set(cols):
                    blind = False
                if blind and levels:
                    orphaned += 1
                    continue
                kept.append((a, b2, cols, parts))
            rows = kept
            for a, b2, cols, parts in rows:
                if not any(roles[c] in VALUE_ROLES for c in cols):
                    continue     # a name with no value: cut off, or wrapped text; not a row
                row: list[RunCell | None] = [None] * len(roles)
                for t, c in enumerate(cols):
                    row[c] = parts[t]
                rb.rows.append(row)
            if unclear:
                rb.unread = sum(r for _, _, r in unclear) + orphaned
                lines = "、".join(_stretch(body[a], body[b - 1]) for a, b, _ in unclear)
                rb.warning = (f"{_at(head[0])}起的逐格排列表格：{lines}的单元格可按不止一种方式分行，"
                              f"约{rb.unread}行指标未读取")
            i = at[end] if end < len(at) else stop
            if end == len(body) and (total := _total_row(cells, stop, roles)) is not None:
                more, i = total
                for row in more:
                    rb.rows.append(row)
                    rb.blocks.update(b for c in row if c is not None for b in c.blocks)
            out.append(rb)
    return out


def _total_row(cells: list[RunCell], at: int, roles: list[str]) -> tuple[list[list[RunCell | None]], int] | None:
    """The table's total written one cell per line after its last row (总分 / 100 / 99.16 / 自评等级 /
    优): the label in the first column, two figures the points and the score (one: the score), a
    grade's label and its word after them one cell in the last column, or a row of their own where
    the last column is the weight's or the score's; the rows and the cell after them.
    None where the cells after the label are not so."""
    if at >= len(cells) or summary_label(cells[at].text) != "total" or "score" not in roles:
        return None
    j = at + 1
    figures = []
    while j < len(cells) and len(figures) < 2 and BARE_NUMBER.match(bare(cells[j].text)):
        figures.append(cells[j])
        j += 1
    if not figures or len(figures) == 2 and "weight" not in roles or \
            len(figures) == 2 and cell_number(figures[0].text) < cell_number(figures[1].text):
        return None
    row: list[RunCell | None] = [None] * len(roles)
    row[0] = cells[at]
    row[roles.index("score")] = figures[-1]
    if len(figures) == 2:
        row[roles.index("weight")] = figures[0]
    rows = [row]
    if j + 1 < len(cells) and bare(cells[j + 1].text) in GRADE_WORDS and GRADE.search(bare(cells[j].text + cells[j + 1].text)):
        if roles[-1] not in ("weight", "score"):
            row[-1] = _join(cells[j], cells[j + 1])      # 自评等级 / 优: the grade, its label and word one cell
        else:
            # no column after the figures to hold it: the grade is a row of its own, its label then its word
            grade: list[RunCell | None] = [None] * len(roles)
            grade[0], grade[1] = cells[j], cells[j + 1]
            rows.append(grade)
        j += 2
    return rows, j


def _rebuild_rows(doc: Document) -> list[Rebuilt]:
    """Tables read row by row (pipes, one row per line) whose rows lost their merged cells: the
    level labels written once per group and the block label beside the header are not there as
    empty cells, so the cells of a row stand left of their columns (001, 025, 051, 069). Each
    such row's cells are placed by the same column coherence as a run of cells, its length
    known. A table whose rows all stand where their header says is left as it is. The text
    reader ends a pipe table at a line it does not take for a row (成本指标 | ||||); the rows
    go on after it, in that line and the table that follows."""
    out: list[Rebuilt] = []
    k = 0
    while k < len(doc.blocks):
        t = doc.blocks[k]
        if not isinstance(t, Table) or t.parent is not None:
            k += 1
            continue
        rb = None
        for h in range(t.n_rows):
            if (rb := _rows_under_header(doc, k, h)) is not None:
                break
        if rb is None:
            k += 1
            continue
        out.append(rb)
        k = max(rb.blocks) + 1
    return out


def _row_cells(t: Table, r: int, k: int) -> list[tuple[int, RunCell]]:
    return [(c.col, RunCell(c.loc.line or t.loc.line or k + 1, c.text, [k], src=c.loc)) for c in t.rows()[r]
            if _filled(c.text)]


@lru_cache(maxsize=1 << 16)   # every row after each candidate header is read again: a cell's text weighed once
def _filled(text: str) -> bool:
    """A cell with text that is no filler (——, ……)."""
    return bool(text.strip()) and not FILLER.match(bare(text))


def _following_rows(doc: Document, k: int, h: int):
    """(block, row in that table or None for a paragraph, cells) for the rows after row h of
    table k, through the paragraphs that are pipe rows the reader did not take and the tables
    after them, up to the first paragraph of text."""
    t = doc.blocks[k]
    for r in range(h + 1, t.n_rows):
        yield k, r, _row_cells(t, r, k)
    for j in range(k + 1, len(doc.blocks)):
        b = doc.blocks[j]
        if isinstance(b, Table):
            if b.parent is not None:
                return
            for r in range(b.n_rows):
                yield j, r, _row_cells(b, r, j)
        elif "|" in b.text:
            parts = [x.strip() for x in b.text.strip().strip("|").split("|")]
            yield j, None, [(n, RunCell(source_line(b, j), x, [j], src=b.loc)) for n, x in enumerate(parts)
                            if x and not FILLER.match(bare(x))]
        else:
            return


SPACES = re.compile(r"[ \u3000\t]+")
# Where a line sets its cells apart by wide gaps, one space between two Han characters is inside a cell
# (OCR spaces the characters of a word: 带动竹农户均 增收); next to a figure it is a gap (2.1万亩 8).
WIDE_GAP = re.compile(r"\S(?: {2,}|[\u3000\t])\S")
NARROW_GAPS = re.compile(r"[ \u3000\t]{2,}|[\u3000\t]|(?<!\p{Han}) | (?!\p{Han})")


def _spaced_words(text: str) -> list[str]:
    """The cells of a line set apart by spaces. A cell that opens the line with a level label glued
    to the name after it (质量指标竹山道路验收合格率: the gap lost) is the label and the name."""
    t = text.strip()
    words = (NARROW_GAPS if WIDE_GAP.search(t) else SPACES).split(t)
    first = bare(words[0]) if words else ""
    if not level_label(first):
        for m in re.finditer(r"指标", first):
            head, rest = first[:m.end()], first[m.end():]
            if level_label(head) and len(rest) >= 2 and HAN.match(rest) and not level_label(rest):
                return [head, rest] + words[1:]
    return words


def _words(b: Paragraph, k: int) -> list[tuple[int, RunCell]]:
    """A line of cells set apart by spaces (a table copied out as text, a row per line)."""
    return [(n, RunCell(source_line(b, k), x, [k], src=b.loc)) for n, x in enumerate(_spaced_words(b.text))
            if x and not FILLER.match(bare(x))]


def _spaced(doc: Document) -> list[Rebuilt]:
    """Tables copied out as text with a row per line and spaces between cells (004, 009, 066):
    the header is a line of header words, each line after it a row whose cells, the empty ones
    and the merged level labels left out, are placed by column coherence as pipe rows are."""
    out: list[Rebuilt] = []
    k = 0
    while k < len(doc.blocks):
        b = doc.blocks[k]
        if isinstance(b, Paragraph) and len(SPACES.split(b.text.strip())) >= 3 and \
                (rb := _rows_under_header(doc, k, 0, spaced=True)) is not None and rb.rows:
            out.append(rb)
            k = max(rb.blocks) + 1
            continue
        k += 1
    return out


def _spaced_funds(doc: Document) -> list[Rebuilt]:
    """Fund tables copied out as text with a row per line and spaces between cells (327: an OCR app's
    text, whose columns do not align): the lines are read as the cells of a fund table written one
    cell per line (_funds: a label and one figure per money column, only whole rows). A table is
    taken only when it is whole lines: no word of a line it takes is left over."""
    out: list[Rebuilt] = []
    run: list[RunCell] = []
    counts: dict[int, int] = {}
    short, header_last = 0, False     # short lines since a line of the header's money words

    def flush():
        for rb in _funds(run):
            # words, not cells: a header cell may hold two (得分 / (万元): a note glued to its word)
            words = sum(len(c.blocks) for c in rb.header) + sum(len(c.blocks) for r in rb.rows for c in r if c)
            if sum(counts[k] for k in rb.blocks) == words:
                out.append(rb)
    lines = _row_numbers_apart({k: [c for _, c in _words(b, k)] for k, b in enumerate(doc.blocks)
                                if isinstance(b, Paragraph)})
    for k, b in enumerate(doc.blocks):
        words = lines.get(k, [])
        if words and len(words) < 3 and short < 2 and header_last:
            # the label column's head under the header's money words (年初预算数 … 得分 / 项目资金 /
            # （万元） 年度资金总额 …): the table goes on
            run += words
            counts[k] = len(words)
            short += 1
            continue
        short = 0
        header_last = bool(words) and _fund_header_at(words, 0) is not None
        if len(words) < 3:
            flush()
            # a short line may hold the label column's head alone, the header's money words on the
            # next line (项目资金 / (万元) / 年初预算数 全年预算数 …: a merged head cell broken apart)
            run, counts = (words, {k: len(words)}) if words else ([], {})
            continue
        run += words
        counts[k] = len(words)
    flush()
    return out


def _row_numbers_apart(lines: dict[int, list[RunCell]]) -> dict[int, list[RunCell]]:
    """The lines with a print's row-number column set apart (Minitab's 数据显示: 行  资金来源  年初预算数 … /
     1  年度资金总额  1500.00 …): a fund header line opened by a short word of no fund column (one or two
    characters) before the label column's head, over lines opened by 1, 2, … in turn; those first words are
    no cells of the table."""
    out = dict(lines)
    for k, words in lines.items():
        head = bare(words[0].text) if words else ""
        if len(words) < 4 or not 1 <= len(head) <= 2 or not HAN.search(head) or parse(head).numeric or \
                fund_word_field(head, set()) is not None or _fund_header_at(words, 2) is None:
            continue
        n = 1
        while (row := lines.get(k + n)) and len(row) >= 2 and bare(row[0].text) == str(n):
            n += 1
        if n > 1:
            for m in range(k, k + n):
                out[m] = lines[m][1:]
    return out


def _following_lines(doc: Document, k: int):
    """(block, None, cells) for the lines after line k, up to the next table. A level label
    broken over lines of its own above its row (经济效益 / 指标) is put at the start of the row."""
    label: RunCell | None = None
    wrapped = None      # the line taken as the rest of the row above it
    end = min(len(doc.blocks), k + 150)
    for j in range(k + 1, end):
        b = doc.blocks[j]
        if isinstance(b, Table) and (b.origin == ALIGNED or b.layout.starts is not None) and b.parent is None:
            # lines of the rows the PDF reader (or a scan's, its columns at the text's starts) took for
            # a table by their alignment alone (no rule drawn): each row a line of cells among the
            # others, its columns placed by coherence
            for r in range(b.n_rows):
                yield j, r, [(n, c) for n, (_, c) in enumerate(_row_cells(b, r, j))]
            continue
        if not isinstance(b, Paragraph):
            return
        cells = _words(b, j)
        nxt = doc.blocks[j + 1] if j + 1 < end else None
        if len(cells) == 1 and isinstance(nxt, Paragraph) and len(more := _words(nxt, j + 1)) == 1 and \
                level_label(cells[0][1].text + more[0][1].text) and \
                (not level_label(cells[0][1].text) or bare(more[0][1].text) == "指标"):
            label = _join(cells[0][1], more[0][1])
            yield j, None, []
            continue
        if label is not None and len(cells) == 1 and label.blocks[-1] == j:
            yield j, None, []
            continue
        if label is not None and len(cells) > 1:
            cells = [(-1, label)] + cells
            label = None
        if wrapped == j:
            yield j, None, []
            continue
        if len(cells) >= 3 and isinstance(nxt, Paragraph) and _goes_on(more := _words(nxt, j + 1)):
            # the row hard-wrapped (a mail client's 76 columns): the next line starts where no row
            # starts, with figures, and holds the rest of this row's cells
            cells, wrapped = cells + [(len(cells) + n, c) for n, (_, c) in enumerate(more)], j + 1
        yield j, None, cells


def _goes_on(cells: list[tuple[int, RunCell]]) -> bool:
    """A line that is the rest of the row above, wrapped: no level or name cell opens it, only
    figures (two or more: 5  5), maybe text after the last of them (8  7.36  部分片区…: the reason)."""
    texts = [bare(c.text) for _, c in cells]
    figures = next((n for n, t in enumerate(texts) if not BARE_NUMBER.match(t)), len(texts))
    return figures >= 2 and figures >= len(texts) - 1


def _level_heads(doc: Document, k: int, head: list[RunCell], roles: list[str]) -> tuple[list[RunCell], list[str]]:
    """The level columns' heads written on lines of their own above a spaced header (一级 / 指标 /
    二级 / 指标), put before it."""
    words: list[RunCell] = []
    for j in range(k - 1, max(-1, k - 5), -1):
        b = doc.blocks[j]
        if not isinstance(b, Paragraph) or len(SPACES.split(b.text.strip())) > 3:
            break
        words = _words(b, j) and [c for _, c in _words(b, j)] + words
    extra_h: list[RunCell] = []
    extra_r: list[str] = []
    n = 0
    while n < len(words):
        taken = set(roles) | set(extra_r)
        if n + 1 < len(words) and (role := header_field(words[n].text + words[n + 1].text, taken)) in ("level1", "level2") \
                and len(bare(words[n].text + words[n + 1].text)) <= 6:
            extra_h.append(_join(words[n], words[n + 1]))
            extra_r.append(role)
            n += 2
            continue
        if (role := header_field(words[n].text, taken)) in ("level1", "level2") and len(bare(words[n].text)) <= 6:
            extra_h.append(words[n])
            extra_r.append(role)
        n += 1
    if extra_r and all(r not in roles for r in extra_r):
        return extra_h + head, extra_r + roles
    return head, roles


# The columns of the form whose rows carry the operator in a cell of its own (Sichuan 2023:
# 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分): the operator fixes where each figure stands.
OPERATOR_FORM = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"]


def _headerless(doc: Document) -> list[Rebuilt]:
    """A passage that starts inside an indicator table, its header cut away (053, 068). Where the
    rows carry the operator in a cell of its own, the operator fixes each figure's column: before
    it the name (and the level labels of a group's first row), after it the target's figure, its
    unit, the result, the points and the score. A row of any other shape is not read (counted
    unread where it looks like an indicator row)."""
    first = next((k for k, b in enumerate(doc.blocks) if isinstance(b, Table) or b.text.strip(" |")), None)
    if first is None or not isinstance(doc.blocks[first], Table) or not doc.blocks[first].n_rows:
        return []
    roles = [header_field(x, set()) for x in OPERATOR_FORM]
    placed: list[list[RunCell | None]] = []
    used: list[tuple[int, int | None]] = []
    unread: list[int] = []
    for blk, r, row in _following_rows(doc, first, -1):
        texts = [c for _, c in row]
        if not texts:
            used.append((blk, r))
            continue
        if bare(texts[0].text).startswith(STOP_LABELS) or any(_header_at(texts, n) for n in range(len(texts))):
            break
        new = _operator_row(texts)
        if new is None and not placed and not unread:
            return []          # the passage does not start with such a row: not this form
        used.append((blk, r))
        if new is None:
            if indicator_like([c.text for c in texts]) or any(bare(c.text) in NATURE_CELLS for c in texts):
                unread.append(texts[0].line)
            continue
        placed.append(new)
    if not placed:
        return []
    # a column no row fills (no score given yet) is left out, not handed on empty
    keep = [n for n, role in enumerate(roles) if role in ("level1", "level2") or any(row[n] for row in placed)]
    # no header was written: the form's, placed where the first row stands (a warning names that row)
    top = next(c for c in placed[0] if c is not None)
    head = [RunCell(top.line, OPERATOR_FORM[n], [first], src=top.src) for n in keep]
    roles = [roles[n] for n in keep]
    placed = [[row[n] for n in keep] for row in placed]
    rb = Rebuilt(first_block=first, blocks={blk for blk, _ in used}, header=head, roles=roles, rows=placed,
                 source=doc.blocks[first], head_row=-1)
    last_blk = max(rb.blocks)
    last = doc.blocks[last_blk]
    if isinstance(last, Table):
        rb.stop_row = max(r for blk, r in used if blk == last_blk) + 1
        rb.tail = (last, rb.stop_row)
    if unread:
        rb.unread = len(unread)
        rb.warning = (f"源文件开头的表格（无表头）：第{'、'.join(map(str, unread))}行不是完整的一行"
                      f"（名称、运算符、指标值、完成值、分值），{len(unread)}行指标未读取")
    return [rb]


# The columns of a headerless table whose rows are level labels, a name and two values.
LABELLED_FORM = ["一级指标", "二级指标", "三级指标", "指标值", "完成值"]


def _headerless_runs(doc: Document) -> list[Rebuilt]:
    """A passage that starts inside a table written one cell per line, its header cut away, each
    row closed by a line of bare pipes (049: 项目完成指标 | 质量指标 | 改善养老服务基础条件 | 改善条件 |
    明显改善 ||||). Its rows are read where every row has one shape: the level labels (by the
    level-name grammar, the level 1 before the level 2), then three cells: the name, then two
    values. Which value is the target is told by the cells, not assumed: in some row the first
    carries an operator (≥90%) and the second a figure without one (98%): the target, the result."""
    out = []
    for run in _stream(doc):
        if not any(c.row_end for c in run):
            continue
        rows, row = [], []
        for c in run:
            row.append(c)
            if c.row_end:
                rows.append(row)
                row = []
        placed = []
        for row in rows:
            new = _labelled_row([c for c in row if not c.filler])
            if new is None:
                break
            placed.append(new)
        if len(placed) < 2 or placed[0][1] is None or not any(_target_then_result(r[3], r[4]) for r in placed):
            continue
        blocks = {b for row in rows[:len(placed)] for c in row for b in c.blocks}
        top = next(c for c in placed[0] if c is not None)    # no header: the form's, where the first row stands
        head = [RunCell(top.line, name, [min(blocks)], src=top.src) for name in LABELLED_FORM]
        out.append(Rebuilt(first_block=min(blocks), blocks=blocks, header=head,
                           roles=[header_field(x, set()) for x in LABELLED_FORM], rows=placed))
    return out


def _labelled_row(cells: list[RunCell]) -> list[RunCell | None] | None:
    """A row of level labels (none, the level 2, or the level 1 and the level 2), a name and two
    values placed in LABELLED_FORM's columns, or None where the row has another shape."""
    labels = []
    while len(labels) < 2 and len(labels) < len(cells) and level_label(cells[len(labels)].text):
        labels.append(cells[len(labels)])
    rest = cells[len(labels):]
    if len(rest) != 3 or any(level_label(c.text) for c in rest) or not HAN.search(rest[0].text):
        return None
    if len(labels) == 2 and (canonical_level1(labels[0].text) is None or not level2_label(labels[1].text)):
        return None
    if len(labels) == 1 and not level2_label(labels[0].text):
        return None
    return ([labels[0] if len(labels) == 2 else None, labels[-1] if labels else None] + rest)


def _target_then_result(first: RunCell, second: RunCell) -> bool:
    a, b = parse(first.text), parse(second.text)
    return a.op in (">=", "<=", ">", "<") and b.numeric and b.op == "="


def _operator_row(texts: list[RunCell]) -> list[RunCell | None] | None:
    """A row of the operator form placed by its operator cell, or None where it has another shape."""
    ops = [n for n, c in enumerate(texts) if bare(c.text) in DIRECTION_OPS and len(bare(c.text)) <= 2]
    # a qualitative row states its kind (定性) where the others state their operator: its target
    # and its result are words (好坏, 优良中低差 / 优), it has no unit
    qualitative = [n for n, c in enumerate(texts) if bare(c.text) in QUALITATIVE_KIND]
    if not ops and len(qualitative) == 1:
        ops = qualitative
    if len(ops) != 1 or not 1 <= ops[0] <= 3:
        return None
    o = ops[0]
    worded = bool(qualitative) and ops == qualitative
    name, labels, after = texts[o - 1], texts[:o - 1], texts[o + 1:]
    if cell_fit(name.text, "level3") is None or not all(level_label(c.text) for c in labels):
        return None
    row: list[RunCell | None] = [None] * len(OPERATOR_FORM)
    for c, role in zip(labels, ("level1", "level2")[2 - len(labels):]):
        row[OPERATOR_FORM.index("一级指标" if role == "level1" else "二级指标")] = c
    row[2], row[3] = name, texts[o]
    if not worded and len(after) >= 2 and not parse(after[1].text).numeric and len(bare(after[1].text)) <= 4:
        value, unit, rest = after[0], after[1], after[2:]
    else:
        value, unit, rest = after[0] if after else None, None, after[1:]
    if worded:
        if value is None or not 2 <= len(rest) <= 3 or any(parse(c.text).numeric for c in (value, rest[0])) or \
                not all(BARE_NUMBER.match(bare(c.text)) for c in rest[1:]):
            return None
    elif value is None or not parse(value.text).numeric or not 2 <= len(rest) <= 3 or \
            not parse(rest[0].text).numeric or not all(BARE_NUMBER.match(bare(c.text)) for c in rest[1:]):
        return None
    row[4], row[5], row[6] = value, unit, rest[0]
    row[7] = rest[1]
    if len(rest) == 3:
        if cell_number(rest[2].text) > cell_number(rest[1].text):
            return None       # a score above its points: not this form's columns
        row[8] = rest[2]
    return row


def _han_rejoined(texts: list[RunCell], roles: list[str], first: bool):
    """A spaced row that fits no column as split, where one space between two Han characters is
    inside a cell (an OCR layer spaces a name's characters: 完成石漠化综合 治理面积): the row with
    the one such pair rejoined that lets it fit one way, else None (two that fit: no guess)."""
    found = []
    for n in range(len(texts) - 1):
        a, b = texts[n], texts[n + 1]
        if not (HAN.match(a.text[-1:]) and HAN.match(b.text[:1])) or level_label(a.text) or level_label(b.text):
            continue
        joined = texts[:n] + [_join(a, b)] + texts[n + 2:]
        if len(joined) > len(roles):
            continue
        fits = [[cell_fit(c.text, role) for role in roles] for c in joined]
        best, ways = _row_options(joined, fits, roles, 0, len(joined), first)
        if best is not None and len(ways) == 1:
            found.append((joined, best, ways))
    return found[0] if len(found) == 1 else None


def _rows_under_header(doc: Document, k: int, h: int, spaced: bool = False,
                       given: tuple[list[RunCell], list[str]] | None = None) -> Rebuilt | None:
    t = doc.blocks[k]
    if given is not None:
        head, roles = given
        at, i, head_cells = None, 0, []
    else:
        head_cells = _words(t, k) if spaced else _row_cells(t, h, k)
        cells = [c for _, c in head_cells]
        found = next(((i, f) for i in range(len(cells)) if (f := _header_at(cells, i)) and f[2] == len(cells)), None)
        if found is None:
            return None
        i, (head, roles, _) = found
        # Each header cell's column, where no header cell was rejoined from two
        where = [next((x for x, c in enumerate(cells) if c is hc), None) for hc in head]
        at = {head_cells[x][0]: role for x, role in zip(where, roles)} if None not in where else None
        i = where[0] if where[0] is not None else i
    if spaced:
        # words apart by spaces stand in no column: every row is placed by coherence alone
        head, roles = _level_heads(doc, k, head, roles)
        at = None
    if i > 0 and at is not None:
        # the header's first cell run together with a title before it (OCR: 详情见附件…一级指标)
        col, before = head_cells[i - 1]
        tail = bare(before.text)
        for size in range(2, min(HEADER_CELL, len(tail) - 1) + 1):
            if (role := header_field(tail[-size:], set(roles))) is not None and role in ("level1", "level2"):
                head, roles = [RunCell(before.line, tail[-size:], before.blocks, src=before.src)] + head, [role] + roles
                at[col] = role
                break
    placed, unread, misplaced, failed, shifted = [], [], 0, 0, 0
    figure_names: list[RunCell] = []      # names that read as figures, taken as the row's name (_figure_named)
    figure_left: list[RunCell] = []       # a lone figure whose column (target or result) no cell tells (_lone_result)
    valueless: list[tuple[tuple[int, int | None], RunCell]] = []   # rows of a name alone (_valueless_row)
    nameless: list[tuple[RunCell, str]] = []     # unread rows of values alone, their name lost (unread.nameless_values)
    cut = False
    last_failed_counted = False
    streak: list[tuple[int, int | None]] = []     # the rows that fitted no column since the last that did
    used: list[tuple[int, int | None]] = []     # the (block, row) of every row taken
    blind = False
    group: RunCell | None = None    # the level 1 of a group row with no indicator, for the row under it
    pending: list[tuple[int, int | None]] = []
    following = list(_following_lines(doc, k) if spaced else _following_rows(doc, k, h))
    lone = 0
    just_placed = False             # the line before was a row, placed
    # A header written over several lines (年度 指标值 | / 实际 完成值 | / 分值 | 得分 |): the rows
    # right under it that hold only header words complete it; the columns then go by words alone.
    while following and following[0][2]:
        more = [c for _, c in following[0][2]]
        joined = _header_at(head + more, 0)
        if joined is None or joined[2] != len(head) + len(more) or len(joined[1]) <= len(roles):
            break
        head, roles = joined[0], joined[1]
        at = None
        used.append(following[0][:2])
        following.pop(0)
    levels = {roles.index(x) for x in ("level1", "level2") if x in roles}
    headings: list[tuple[tuple[int, int | None], RunCell]] = []   # list headings over the rows to come
    marks = _row_marks(following) if spaced else set()
    marked: list[RunCell] = []      # the rows whose head mark was taken off
    for blk, r, row in following:
        if marks and len(row) >= 2 and (head_mark := _marked(row[0][1], marks)) is not None:
            marked.append(row[0][1])
            row = ([(row[0][0], head_mark)] if head_mark.text else []) + row[1:]
        if spaced and len(row) >= 2 and LIST_NUMBER.fullmatch(bare(row[0][1].text)):
            # a list number apart from its text by a hanging indent's gap (1.⇥新建…, 一、⇥产出指标): one cell
            row = [(row[0][0], _join(row[0][1], row[1][1]))] + row[2:]
        if spaced and "level3" in roles and len(row) == 1 and (
                LIST_NUMBER.match(bare(row[0][1].text)) and
                not re.search(r"\d", LIST_NUMBER.sub("", bare(row[0][1].text), count=1)) or
                not levels and (level_label(row[0][1].text) or level_pair(row[0][1].text))):
            # a numbered list's item with no fields (一、产出指标 over （一）数量指标 over its rows), or a level
            # alone on its line over rows that have no level column: it heads the rows below it, a row of its
            # text alone, where a row follows it (placed then)
            headings.append(((blk, r), row[0][1]))
            continue
        if spaced and len(row) == 1 and WEIGHT_NOTE.match(bare(row[0][1].text)):
            pending.append((blk, r))      # a level's points on a line of their own: (50分)
            continue
        if spaced and len(row) == 1 and just_placed and \
                (tail := _name_tail(doc, placed, roles, row[0][1])) is not None:
            placed[-1][roles.index("level3")] = tail     # a name's last words on a line of their own
            used.append((blk, r))
            continue
        just_placed = False
        if spaced and len(row) == 1 and not level_label(row[0][1].text):
            # a line of one word between rows (the scoring rule written under a row, (50分)):
            # text, not a row; three such lines together end the table
            lone += 1
            if lone == 3:
                break
            pending.append((blk, r))
            continue
        lone = 0
        if not row:
            pending.append((blk, r))
            continue
        texts = [c for _, c in row]
        b = bare(texts[0].text)
        if b.startswith(STOP_LABELS) or any(_header_at(texts, n) for n in range(len(texts))):
            if spaced and headings == [] and (total := _total_row(texts, 0, roles)) is not None and \
                    total[1] == len(texts) and placed:
                # the table's 总分 line (总分 100 99.40), its figures the points and the score: its last row
                placed += total[0]
                used += pending + [(blk, r)]
            break
        if r == 0 and blk != k and len(texts) >= 2 and \
                all(len(bare(c.text)) <= 6 and not re.search(r"\d", c.text) and not level_label(c.text) for c in texts):
            # the first row of the next table is a header of its own (序号 | 事项 | 金额): another table
            break
        if all(level_label(c.text) for c in texts):
            # a group with no indicator under it (成本指标 | and nothing): no row, and the rows
            # after it that carry no label of their own cannot tell their group
            blind, failed = True, 0
            group = _group_level1(texts, roles)
            used += pending + [(blk, r)]
            pending = []
            continue
        fits = [[cell_fit(c.text, role) for role in roles] for c in texts]
        positional = at is not None and all(col in at and cell_fit(c.text, at[col]) is not None for col, c in row) \
            and "level3" in {at.get(col) for col, _ in row}
        if positional:
            new = [None] * len(roles)
            for col, c in row:
                new[roles.index(at[col])] = c
            _under_group(new, roles, group)
            group = None    # the rows after carry the level 1 down as merged cells do
            blind, failed = False, 0
            used += _valueless_placed(placed, roles, valueless)
            placed.append(new)
            just_placed = True
            used += pending + [(blk, r)]
            pending = []
            continue
        best, ways = _row_options(texts, fits, roles, 0, len(texts), not placed and not unread) \
            if len(texts) <= len(roles) \
            else (None, [])
        if best is None and spaced and (rejoined := _han_rejoined(texts, roles, not placed and not unread)):
            texts, best, ways = rejoined
        if best is None and (named := _figure_named(texts, fits, roles, not placed and not unread)):
            best, ways = named
            figure_names.append(texts[0])
        if best is None:
            failed += 1
            streak.append((blk, r))
            if failed == 2:
                if last_failed_counted:
                    unread.pop()
                break
            # counted only if it looks like an indicator row (a name and a figure): a goal's text
            # under the table (年度绩效目标2 | 优化经办服务…) is not a row that went unread
            last_failed_counted = row_like([c.text for c in texts])
            if last_failed_counted:
                unread.append(texts[0])
                if values := nameless_values([c.text for c in texts]):
                    nameless.append((texts[0], values))
            blind = blind or any(level_label(c.text) for c in texts)
            pending.append((blk, r))
            continue
        failed, streak = 0, []
        # The mark of a row that lost its merged cells: a name or a value where the header puts
        # a level label (or left of every column). Other odd rows (an extra cell, a row one
        # column off) are the table reader's to align; they alone do not make a rebuild.
        col0, c0 = row[0]
        if at is None or (col0 not in at or at[col0] in ("level1", "level2")) and not level_label(c0.text):
            misplaced += 1
        elif col0 < min(at):
            shifted += 1     # left of every column: the block label's column left out (057)
        used += pending + [(blk, r)]
        pending = []
        if len(ways) > 1 and (short := _lone_result(ways, roles, placed, texts)) is not None:
            # one figure short of the value columns, the points read as every row above has them: the
            # row is read without the figure, which is said (see _lone_result)
            blind = False
            new = [None] * len(roles)
            for n, col in enumerate(short):
                if col is not None:
                    new[col] = texts[n]
            _under_group(new, roles, group)
            group = None
            used += _valueless_placed(placed, roles, valueless)
            placed.append(new)
            just_placed = True
            figure_left.append(next(texts[n] for n, col in enumerate(short) if col is None))
        elif len(ways) > 1:
            if row_like([c.text for c in texts]):
                unread.append(texts[0])
            blind = blind or any(level_label(c.text) for c in texts)
        elif blind and levels and not levels & set(ways[0]):
            if row_like([c.text for c in texts]):
                unread.append(texts[0])
        elif given is not None and not {"level3", "target", "actual"} <= {roles[c] for c in ways[0]} | \
                ({"level3", "actual"} if False else set()) or given is not None and \
                not {"weight", "score"} & {roles[c] for c in ways[0]}:
            # no header to go by: only a whole row is read (a name, its target, its result and
            # its points); a row split over two lines (定性 | 好坏 / 好坏 | 5 | 5) is not
            if row_like([c.text for c in texts]):
                unread.append(texts[0])
        elif not spaced and given is None and _valueless_row(texts, [roles[c] for c in ways[0]]):
            # a row of the table whose only filled cell is its name (a web page's row 'X | ||||' between
            # rows), kept in the table as the row it is where a row is read after it (a table the passage
            # cuts off after it keeps it out), under the level cells above it (_valueless_placed): the
            # table reader reads it as a row of that block with no value, where before it was dropped
            # here with nothing said
            valueless.append(((blk, r), texts[0]))
            continue
        elif not any(roles[c] in VALUE_ROLES for c in ways[0]):
            # a name with no value at all: cut off (成本指标 | 指标1: at the end of a passage) or a
            # line of wrapped text, not an indicator's row
            blind = blind or any(level_label(c.text) for c in texts)
        else:
            blind = False
            new = [None] * len(roles)
            for n, col in enumerate(ways[0]):
                new[col] = texts[n]
            _under_group(new, roles, group)
            group = None    # the rows after carry the level 1 down as merged cells do
            for at_line, cell in headings:
                placed.append([cell if role == "level3" else None for role in roles])
                used.append(at_line)
            used += _valueless_placed(placed, roles, valueless)
            placed.append(new)
            just_placed = True
        headings = []
        valueless = []
    if spaced and placed and max(c.blocks[-1] for c in placed[-1] if c is not None) == _last_text_block(doc):
        # the passage ends in the last row: where it lacks a value the rows above have, it was cut off
        have = [{roles[n] for n, c in enumerate(row) if c is not None} for row in placed]
        if any(role not in have[-1] for role in VALUE_ROLES if role in roles and all(role in x for x in have[:-1])):
            placed.pop()
            cut = True
    if failed == 1 and unread and pending and last_failed_counted:
        unread.pop()       # a last row that fits nothing ends the table; it is not one of its rows
    # Rebuilt where a row lost its merged cells, or where most rows stand one column left of
    # the header (a lone such row is an odd row the table reader aligns: seed 002)
    if not placed and not unread or not misplaced and shifted * 2 < len(placed) + len(unread):
        return None
    rb = Rebuilt(first_block=k, blocks={k} | {blk for blk, _ in used}, header=head, roles=roles, rows=placed,
                 source=t if isinstance(t, Table) else None, head_row=h, cut_off=cut)
    # where the table's own rows stop, and the rows of the last table taken that were not
    last_blk = max(rb.blocks)
    taken = {r for blk, r in used if blk == last_blk}
    last = doc.blocks[last_blk]
    if isinstance(last, Table):
        rb.stop_row = max(taken) + 1 if taken else h + 1
        rb.tail = (last, rb.stop_row)
        # The table ends in rows that fitted no column of the header (a result block beside it,
        # 预算编制准确度 | 9分 | 绩效评价结果 | 29分): not indicator rows, and not a table of their
        # own either, whose columns the table reader would guess. They stay text.
        rest = [r for r in range(rb.stop_row, last.n_rows) if any(c.text.strip() for c in last.rows()[r])]
        rb.tail_text = bool(rest) and all((last_blk, r) in streak for r in rest)
    else:
        rb.tail = None
    if unread:
        rb.unread = len(unread)
        rb.warning = (f"{_at(head[0])}起的表格：{_lines(unread)}的单元格因合并单元格丢失而"
                      f"无法确定所在列，{len(unread)}行指标未读取")
        if said := [f"第{c.line}行只有数值（{v}），无指标名称" for c, v in nameless if any(c is u for u in unread)]:
            rb.warning += f"（{'；'.join(said)}，不推测名称）"
    if marked:
        chars = "、".join(f"“{m}”" for m in sorted(marks))
        rb.warning = "；".join(x for x in (rb.warning, (
            f"{_at(head[0])}起的表格：{len(marked)}行的行首有单字{chars}（{_lines(marked)}），同一字领起本表多行、与其后文字以空格"
            "或单元格分开，是复选框、勾选标记（☑ ☒ ☐ √ 等）被识别成的汉字，不是指标名称的一部分，已从名称中去除，"
            "勾选状态未读取，请核对原件")) if x)
    if figure_left:
        said = "、".join(f"第{c.line}行的“{c.text.strip()}”" for c in figure_left)
        rb.warning = "；".join(x for x in (rb.warning, (
            f"{_at(head[0])}起的表格：{said}是该行唯一的指标值，该行比表头少一个单元格（空单元格在导出时丢失），"
            "它是年度指标值还是实际完成值无法确定，未读取；该行的名称、分值、得分已读取，请核对原件")) if x)
    named = [c for c in figure_names if any(x is c for row in placed for x in row)]
    if named:
        said = "、".join(f"“{c.text.strip()}”" for c in named)
        rb.warning = "；".join(x for x in (rb.warning, f"{_at(head[0])}起的表格：{_lines(named)}以{said}为指标名称"
                                           "（形如数值，但该行其余单元格已填满各数值列），请核对原件") if x)
    return rb


def _row_marks(following: list) -> set[str]:
    """The characters that head the rows under a header as marks, not words (1500.scan: a checklist's check boxes
    ☒ / ☐ read by OCR as 区 / 口, each set apart from the name after it by a space or a cell's side): where three
    rows or more of three cells or more open with a cell of one Han character alone (no level label), at most two
    characters (checked and not), and more than half of such rows open with one of them (alone or run into the
    next word), those characters; else none. A word is never one character standing alone at the head of most
    rows."""
    heads = [bare(row[0][1].text) for _, _, row in following if len(row) >= 3]
    single = [h for h in heads if len(h) == 1 and re.match(r"\p{Han}", h) and not level_label(h)]
    if len(single) >= 3 and len(set(single)) <= 2 and sum(1 for h in heads if h[:1] in set(single)) * 2 > len(heads):
        return set(single)
    return set()


def _marked(cell: RunCell, marks: set[str]) -> RunCell | None:
    """The row's first cell with its head mark taken off (empty where it was the mark alone), or None where it
    opens with no mark; a mark run into the name (区带动农户增收, OCR's space lost) is taken off where two Han
    characters or more stay."""
    text = cell.text.strip()
    if text in marks:
        return replace(cell, text="")
    if text[:1] in marks and len(re.findall(r"\p{Han}", text[1:])) >= 2 and re.match(r"\p{Han}", text[1:2] or "x") \
            and not level_label(text):
        return replace(cell, text=text[1:].lstrip())
    return None


def _group_level1(texts: list[RunCell], roles: list[str]) -> RunCell | None:
    """The level-1 cell of a row naming its group's levels alone (效益指标 | 经济效益指标 | and nothing):
    merged down in the form, it is the level 1 of the row under it as well, which lost that cell in the
    copy (060's 社会效益指标 row). None where its first cell is a level 2 as well (成本指标) or no level 1."""
    first = texts[0].text
    if "level1" not in roles or not canonical_level1(first) or canonical_level2(first)[0] is not None:
        return None
    return texts[0]


def _under_group(new: list, roles: list[str], group: RunCell | None) -> None:
    """A row placed under a group row (_group_level1) that writes no level 1 of its own, and no level 2
    of another level 1, takes the group's level-1 cell."""
    if group is None or new[roles.index("level1")] is not None:
        return
    l1 = canonical_level1(group.text)
    level2 = new[roles.index("level2")] if "level2" in roles else None
    if level2 is None or canonical_level2(level2.text, l1)[1] in (None, l1):
        new[roles.index("level1")] = group


# A sentence's marks: a cell holding one, or ending in a clause's, is text (a reason wrapped onto a line of its
# own: …影响，/ 毛竹收购价格回落；…。), never an indicator's name alone on its row.
SENTENCE_MARKS = re.compile(r"[。；;！!？?]|[，,、：:]$")


def _valueless_row(texts: list[RunCell], roles: list[str]) -> bool:
    """A row of one cell that only the name's column takes: a name in words (Han characters, no figure, no
    sentence, no level label, no header cell), the row of a table whose other cells are empty (069's
    促进黄石文化经济发展,丰富市民文化活动 under the two rows of its 社会效益)."""
    if len(texts) != 1 or roles != ["level3"]:
        return False
    t = bare(texts[0].text)
    return len(HAN.findall(t)) >= 4 and not re.search(r"\d", t) and not SENTENCE_MARKS.search(texts[0].text.strip()) \
        and not level_label(texts[0].text) and header_field(t, set()) is None and not t.startswith(STOP_LABELS)


def _valueless_placed(placed: list, roles: list[str], valueless: list) -> list[tuple[int, int | None]]:
    """Place the rows of a name alone (_valueless_row) met since the last row placed, before the row now read,
    each under the level cells of the rows above it: a row that lost its level cells stands under the merged
    cells above it, as every row of a table rebuilt so is read. Empties valueless; gives their (block, row)."""
    at = []
    for line, cell in valueless:
        row = [None] * len(roles)
        row[roles.index("level3")] = cell
        for role in ("level1", "level2"):
            if role in roles:
                n = roles.index(role)
                row[n] = next((p[n] for p in reversed(placed) if p[n] is not None), None)
        placed.append(row)
        at.append(line)
    valueless.clear()
    return at


def _figure_named(texts: list[RunCell], fits, roles: list[str], first: bool):
    """A row whose first cell is a figure with words (2022年全年 | ≥360天 | ≥360天), which the name column
    refuses (cell_fit: such a cell is a value), read with that cell as its name where the row can be
    nothing else: its cells cannot all stand in the value columns (three values for a target and a
    result: ≥360天 is no score), and with the first cell as the name the rest stand one way only. A
    row that may be its values alone (10次 | 12次 | 5: a row that lost its name) stays unread."""
    if "level3" not in roles or len(texts) < 3:
        return None
    lvl3 = roles.index("level3")
    b = bare(texts[0].text)
    if fits[0][lvl3] is not None or not HAN.search(b) or not re.search(r"\d", b) or level_label(b) or \
            b in NATURE_CELLS or re.search(r"[≥≤≧≦><＞＜=＝]", b):
        return None
    if not ((q := parse(texts[0].text)).numeric or q.op in ("deadline", "range")):
        return None      # refused as a name for another reason than being a figure
    values = [c for c, role in enumerate(roles) if role in VALUE_ROLES]

    def as_values(t: int, start: int) -> bool:
        return t == len(texts) or any(fits[t][c] is not None and as_values(t + 1, n + 1)
                                      for n, c in enumerate(values) if n >= start)
    if as_values(0, 0):
        return None
    named = [row[:] for row in fits]
    named[0][lvl3] = 0
    best, ways = _row_options(texts, named, roles, 0, len(texts), first)
    if best is None or len(ways) != 1 or ways[0][0] != lvl3:
        return None
    return best, ways


def _name_tail(doc: Document, placed: list, roles: list[str], line: RunCell) -> RunCell | None:
    """The row's name with its last words joined, where a line of one word under the row is them: a
    name wrapped in a table copied out as text with its columns padded by spaces (改造管网水压试验一次 /
    合格率). The name fills its column: as wide as the widest name of one line above it, the gap after
    it the narrowest of its line (its padding used up); and the line right under it is words alone
    (no figure, no punctuation: not a note or a heading) that read on from it (_wraps: no level
    label, no wider than the name); where the lines have a place (a PDF's), the line starts where the
    rows that open with their name do. A shorter name ended where its cell did; cells set one space
    apart have no column width to fill (351.txt: a seal's 河池市林业局 under a row is no name's tail)."""
    if "level3" not in roles:
        return None
    k = roles.index("level3")
    name = placed[-1][k]
    widths = [display_width(row[k].text.strip()) for row in placed if row[k] is not None and len(row[k].blocks) == 1]
    if name is None or len(widths) < 2 or display_width(name.text.strip()) < max(widths) or \
            line.line != name.line + 1 or not re.fullmatch(r"\p{Han}+", bare(line.text)) or not _wraps(name, line):
        return None
    # the name's column: its padding used up, or (where lines have a place) the line starts where
    # the rows opening with their name do
    text = doc.blocks[name.blocks[0]].text.strip() if isinstance(doc.blocks[name.blocks[0]], Paragraph) else ""
    at = text.find(name.text.strip())
    after = re.match(r"[ \u3000\t]+", text[at + len(name.text.strip()):]) if at >= 0 else None
    gaps = [display_width(g) for g in re.findall(r"[ \u3000\t]+", text)]
    filled = after is not None and max(gaps) > 1 and display_width(after.group()) == min(gaps)
    x = line.src.bbox[0] if line.src is not None and line.src.bbox else None
    starts = [doc.blocks[row[k].blocks[0]].loc.bbox for row in placed
              if row[k] is not None and next(c for c in row if c is not None) is row[k]]
    # within 2 points, well under a character (a form's text is 9 points or more): the same start
    under = x is not None and any(b is not None and abs(b[0] - x) <= 2 for b in starts)
    return _join(name, line) if filled or under else None


def _fund_header_at(cells: list[RunCell], i: int) -> tuple[list[RunCell], list[str], int] | None:
    """A fund table's header starting at cell i: the money columns by the fund table's words
    (normalize.fund_grammar.fund_word_field), a word broken over two lines rejoined (年初 / 预算数), a note
    on its own line after a word kept with it (得分 / (20分*执行率))."""

    def field(text, taken):
        return fund_word_field(bare(text), taken)

    def join(text, nxt, head, taken):
        joined = field(text + nxt, taken)
        return joined if head or field(nxt, taken) != joined else None

    def glue(text, head, roles):
        return bare(text)[:1] in "(（" and not BARE_NUMBER.match(bare(text).strip("()（）"))
    head, roles, j = _scan_header(cells, i, field, join, glue)
    money = {"budget_initial", "budget_full_year", "executed", "exec_rate_stated"}
    if len(roles) < 3 or len(money & set(roles)) < 2:
        return None
    return head, roles, j


def _funds(run: list[RunCell]) -> list[Rebuilt]:
    """Fund tables written one cell per line: the header, then rows of a label and one figure per
    column (an empty cell written out as —— counts). Only whole rows are read: a row short of a
    figure could be missing any of them."""
    out = []
    i = 0
    while i < len(run):
        found = _fund_header_at(run, i)
        # the label column's head stands before the money columns' heads; a money word there
        # means the header started earlier and this is the middle of it
        below = _label_head_below(run, found[2], len(found[1])) if found is not None else None
        if found is None or below is None and (i == 0 or not HAN.search(run[i - 1].text) or
                                               BARE_NUMBER.match(bare(run[i - 1].text))) or \
                _fund_header_at(run, i - 1) is not None:
            i += 1
            continue
        head, roles, j = found
        if below is not None:
            label_head, j = below
        else:
            label_head = run[i - 1]
        n = len(roles)
        rows = []
        while j + n < len(run) + 0 and j + n + 1 <= len(run):
            label, figures = run[j], run[j + 1:j + 1 + n]
            if len(figures) < n or not HAN.search(bare(label.text)) or parse(label.text).numeric or \
                    not all(c.filler or parse(c.text).numeric for c in figures):
                break
            rows.append([label] + figures)
            j += 1 + n
        if rows:
            rb = Rebuilt(first_block=label_head.blocks[0], blocks=set(), header=[label_head] + head,
                         roles=["label"] + roles, rows=rows)
            for c in [label_head] + head + [c for r in rows for c in r]:
                rb.blocks.update(c.blocks)
            out.append(rb)
        i = j
    return out


def _label_head_below(run: list[RunCell], j: int, n: int) -> tuple[RunCell, int] | None:
    """The label column's head printed under the money columns' heads, its merged cell broken
    apart beside them (年初预算数 … 得分 / 项目资金 / （万元） 年度资金总额 2,000.00 …): one or two
    cells of words or a bracketed note before the first row's label, which its figures follow. The
    head and the first cell after it, or None."""
    for k in (1, 2):
        parts, label, figures = run[j:j + k], run[j + k] if j + k < len(run) else None, run[j + k + 1:j + k + 1 + n]
        if label is None or len(figures) < n or not all(parse(c.text).numeric for c in figures[:1]) or \
                not HAN.search(bare(label.text)) or parse(label.text).numeric:
            continue
        if all(HAN.search(bare(c.text)) and not parse(c.text).numeric and fund_word_field(bare(c.text)) is None
               for c in parts):
            head = parts[0]
            for c in parts[1:]:
                head = _join(head, c)
            return head, j + k
    return None


# -- the document with the rebuilt tables --------------------------------------------------------

class _Origins:
    """Where each block, table, row and cell of the document as read stood in the document as
    extracted. The rebuilt document numbers its blocks and tables afresh (a run of paragraphs
    became one table, a table was split around its rebuilt rows); every record read from it is
    moved back to the extracted document's numbering, so that its location names a paragraph or
    a table cell that exists there and holds its text."""

    def __init__(self) -> None:
        self.block: dict[int, Location] = {}                  # new block -> its place as extracted
        self.table: dict[int, int | None] = {}               # new table index -> extracted index
        self.table_loc: dict[int, Location] = {}
        self.row: dict[tuple[int, int], Location] = {}
        self.cell: dict[tuple[int, int, int], Location] = {}

    def fix(self, loc: Location) -> Location:
        if loc.table is not None and loc.table in self.table:
            t, r, c = loc.table, loc.row, loc.col
            if r is not None and c is not None and (t, r, c) in self.cell:
                return self.cell[(t, r, c)]
            if r is not None and (t, r) in self.row:
                return self.row[(t, r)]
            return self.table_loc[t]
        if loc.table is None and loc.block is not None and loc.block in self.block:
            return self.block[loc.block]
        return loc

    def add_table(self, t: Table, src: Location, rows: list[Location], cells: dict) -> None:
        self.block[t.loc.block] = src
        self.table[t.index] = src.table
        self.table_loc[t.index] = src
        for r, loc in enumerate(rows):
            self.row[(t.index, r)] = loc
        for (r, c), loc in cells.items():
            self.cell[(t.index, r, c)] = loc


def _row_loc(src: Location) -> Location:
    """A row's place: its table row as extracted, or the paragraph of a cell written on its own line."""
    if src.table is not None:
        return Location(src.file, block=src.block, page=src.page, table=src.table, row=src.row, line=src.line,
                        paragraph=src.paragraph)
    return src


def _table_loc(src: Location) -> Location:
    if src.table is not None:
        return Location(src.file, block=src.block, page=src.page, table=src.table, line=src.line,
                        paragraph=src.paragraph)
    return src


def _with_tables(doc: Document, rebuilt: list[Rebuilt]) -> tuple[Document, _Origins]:
    by_first: dict[int, list[Rebuilt]] = {}
    for rb in rebuilt:      # two tables run together in one paragraph start in the same block, in order
        by_first.setdefault(rb.first_block, []).append(rb)
    consumed = set().union(*(rb.blocks for rb in rebuilt))
    new = Document(source=doc.source, format=doc.format, sha256=doc.sha256, pages=doc.pages,
                   encoding=doc.encoding, warnings=list(doc.warnings))
    origins = _Origins()
    for k, b in enumerate(doc.blocks):
        if k in by_first and by_first[k][0].source is not None:
            rb = by_first[k][0]
            _part(new, origins, rb.source, range(0, rb.head_row))
            new.blocks.append(_table(doc.source, rb, len(new.blocks), len(new.tables()), origins))
            if rb.tail is not None:
                t, stop = rb.tail      # the rows after the indicator rows, as a table of their own
                if rb.tail_text:
                    for r in range(stop, t.n_rows):
                        texts = [c.text.strip() for c in t.rows()[r] if c.text.strip()]
                        if texts:
                            src = Location(t.loc.file, block=t.loc.block, page=t.loc.page, table=t.index, row=r,
                                           line=next((c.loc.line for c in t.rows()[r] if c.loc.line), None),
                                           paragraph=_paragraph(t, r, t.loc))
                            origins.block[len(new.blocks)] = src
                            new.blocks.append(Paragraph(" | ".join(texts), Location(t.loc.file, block=len(new.blocks),
                                                                                     line=src.line)))
                else:
                    _part(new, origins, t, range(stop, t.n_rows))
            continue
        # the text after a table begun in an earlier block comes before any table this block begins
        for rb in rebuilt:
            if rb.trail and max(rb.blocks) == k and rb.first_block < k:
                _text(new, origins, rb.trail, b.loc)
        for rb in by_first.get(k, []):
            if rb.lead:
                _text(new, origins, rb.lead, b.loc)
            new.blocks.append(_table(doc.source, rb, len(new.blocks), len(new.tables()), origins))
            if rb.trail and max(rb.blocks) == k:
                _text(new, origins, rb.trail, b.loc)
        if k in consumed:
            continue
        if isinstance(b, Paragraph):
            origins.block[len(new.blocks)] = b.loc
            new.blocks.append(replace(b, loc=replace(b.loc, block=len(new.blocks))))
        else:
            _part(new, origins, b, range(b.n_rows), whole=True)
    return new, origins


def _text(new: Document, origins: _Origins, text: str, src: Location) -> None:
    """Text of a paragraph beside a table rebuilt from it, as a paragraph of its own placed where it stood."""
    origins.block[len(new.blocks)] = src
    new.blocks.append(Paragraph(text, replace(src, block=len(new.blocks))))


def _table(path: str, rb: Rebuilt, block: int, t_index: int, origins: _Origins) -> Table:
    cells = []
    grid = [list(rb.header)] + rb.rows
    rows, where = [], {}
    lvl3 = rb.roles.index("level3") if "level3" in rb.roles else 0
    for r, row in enumerate(grid):
        line = next(c.line for c in row if c is not None)
        first = row[lvl3] if row[lvl3] is not None and row[lvl3].src is not None else \
            next(c for c in row if c is not None)
        rows.append(_row_loc(first.src) if first.src is not None else Location(path, line=line))
        for c, cell in enumerate(row):
            text = cell.text.strip() if cell is not None else ""
            cells.append(Cell(text=text, row=r, col=c,
                              loc=Location(path, block=block, table=t_index, row=r, col=c,
                                           line=cell.line if cell is not None else line)))
            if cell is not None and cell.src is not None:
                where[(r, c)] = cell.src
    t = Table(index=t_index, n_rows=len(grid), n_cols=len(rb.roles), cells=cells,
              loc=Location(path, block=block, table=t_index, line=rb.header[0].line))
    head = rb.header[0].src
    origins.add_table(t, _table_loc(head) if head is not None else Location(path, line=rb.header[0].line),
                      rows, where)
    return t


def _part(new: Document, origins: _Origins, t: Table, rows, whole: bool = False) -> None:
    """Rows of a table as extracted (in the order given), as a table of their own. A merged cell the rows cut
    is clipped to them (_clipped): it starts at its first row among them and spans only those that follow on,
    so the part's grid is sound (a rowspan past the part's last row, or a cell merged from above left out,
    gave a grid with rows the part does not have, or a hole where the merged cell's text stands)."""
    rows = list(rows)
    if not rows:
        return
    at = {r: n for n, r in enumerate(rows)}
    block, t_index = len(new.blocks), len(new.tables())
    kept = [(c, *got) for c in t.cells if (got := _clipped(c, at)) is not None]
    cells = [replace(c, row=row, rowspan=span, loc=replace(c.loc, block=block, table=t_index, row=row))
             for c, row, span in kept]
    cells.sort(key=lambda c: (c.row, c.col))
    line = t.loc.line if whole else next((c.loc.line for c in cells if c.loc.line), t.loc.line)
    part = replace(t, index=t_index, n_rows=len(rows), cells=cells,
                   loc=replace(t.loc, block=block, table=t_index, line=line))
    new.blocks.append(part)
    src = Location(t.loc.file, block=t.loc.block, page=t.loc.page, table=t.index, line=t.loc.line, bbox=t.loc.bbox,
                   sheet=t.loc.sheet, paragraph=t.loc.paragraph)
    origins.add_table(part, src, [replace(src, row=r, line=None, paragraph=_paragraph(t, r, src)) for r in rows],
                      {(row, c.col): c.loc for c, row, _ in kept})


def _clipped(c: Cell, at: dict[int, int]) -> tuple[int, int] | None:
    """(row, rowspan) in a part of a table whose rows are `at` (row in the table -> row in the part) of a cell
    spanning c.rowspan rows from c.row: its first row in the part and the rows of the part that follow on
    from it within the cell; None where the part holds none of its rows."""
    inside = [r for r in range(c.row, c.row + max(c.rowspan, 1)) if r in at]
    if not inside:
        return None
    first = at[inside[0]]
    span = 1
    while any(at[r] == first + span for r in inside):
        span += 1
    return first, span


def _paragraph(t: Table, r: int, src: Location) -> int | None:
    """The paragraph that is row r in the file, where the table was read from paragraphs (flat_lines)."""
    at = t.row_paragraph(r)
    return src.paragraph if at is None else at.paragraph


def _relocate(obj, origins: _Origins, seen: set[int]):
    """Every Location in the records moved back to the document as extracted (in place)."""
    if isinstance(obj, Location):
        return origins.fix(obj)
    if isinstance(obj, (str, int, float, Decimal)) or obj is None:
        return obj
    if id(obj) in seen:
        return obj
    seen.add(id(obj))
    if isinstance(obj, list):
        for n, x in enumerate(obj):
            obj[n] = _relocate(x, origins, seen)
        return obj
    if isinstance(obj, tuple):
        return tuple(_relocate(x, origins, seen) for x in obj)
    if isinstance(obj, dict):
        for key in list(obj):
            obj[key] = _relocate(obj[key], origins, seen)
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        for f in fields(obj):
            v = getattr(obj, f.name)
            nv = _relocate(v, origins, seen)
            if nv is not v:
                object.__setattr__(obj, f.name, nv)
        if isinstance(obj, Project) and obj.table is not None:
            object.__setattr__(obj, "table", origins.table.get(obj.table, obj.table))
    return obj


def _described(warning: str, path: str, origins: _Origins) -> str:
    """A warning of the table reader that names a place of the rebuilt document (Location.describe:
    文件 块5 表1 第3行 第4列) names it in the document as extracted."""
    pattern = re.escape(path) + r" 块(\d+)(?: 表(\d+))?(?: 第(\d+)行)?(?: 第(\d+)列)?(?: 源文件第(\d+)行)?"

    def place(m) -> str:
        n = [int(x) if x is not None else None for x in m.groups()]
        loc = Location(path, block=n[0], table=None if n[1] is None else n[1] - 1,
                       row=None if n[2] is None else n[2] - 1, col=None if n[3] is None else n[3] - 1, line=n[4])
        fixed = origins.fix(loc)
        return fixed.describe() if fixed is not loc else m.group(0)
    return re.sub(pattern, place, warning)


def _as_extracted(new: Document, origins: _Origins) -> Document:
    """The document as read (rebuilt tables in place of their paragraphs), every block and cell
    carrying its location in the document as extracted: what prose and grade reading see."""
    blocks = []
    for b in new.blocks:
        if isinstance(b, Paragraph):
            blocks.append(replace(b, loc=origins.fix(b.loc)))
        else:
            blocks.append(replace(b, cells=[replace(c, loc=origins.fix(c.loc)) for c in b.cells],
                                  loc=origins.table_loc[b.index]))
    return replace(new, blocks=blocks)
