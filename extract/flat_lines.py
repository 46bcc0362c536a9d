"""A text table flattened into a document's paragraphs: a web page saved as text (cells joined by
" | ", a row per line), then opened by an office and saved as Word (a paragraph per line) or printed
to PDF (a text line per line). The document holds no table object, only lines shaped like a text
table's rows, so the file's own readers find none.

A run of consecutive paragraphs outside any table, each holding a cell border or shaped like a text
table's row, two or more of them so shaped (cells split by |, box borders or full-width bars, or by
runs of spaces between pieces that are no label：value pairs), is read as the lines
of a text file by the text-line reader (text_reader.read_lines: the pipe, space-aligned and other
grammars), so it reads as the .txt it was made from. Where that reader finds a table, the table
takes the place of its paragraphs, each cell located where its line was (the paragraph's block,
page and box: Location.paragraph; the grid's table number is the reader's, not the file's); the lines it leaves as paragraphs stay as they were,
each paragraph after such a table located at its block in the file (Location.paragraph) though the
document's blocks are numbered again. Tabbed paragraphs are the
word processor's own typed tables (tab_lines) and are left to it.

A run of paragraphs that are a table CONVERTED TO TEXT with a separator of the writer's choosing (Word's
表格转换成文本 with the full-width comma ，, the 、 …: extract.separated's grammar, as the text reader reads such a
.txt) is read the same way, the run's lines read as a text file as it was sent (read_lines' sent).

A paragraph whose lines are apart by soft line breaks (a listing pasted into Word as one paragraph, Shift+Enter
between its lines) is such a run by itself: its lines are read the same way, each cell located at the paragraph;
where no table is found in them the paragraph stays as it was.

A one-column table whose cells are one line each is a frame around such lines (rows typed into a
one-column Word table, fields apart by runs of full-width spaces): its lines are read the same way,
and where a table is found in them it takes the frame's place, each cell located at the frame's block
and row (Location.frame_row); where none is, the frame stays the table it was.
"""
from __future__ import annotations

import dataclasses
import re

from .model import Cell, Document, Location, Paragraph, Table
from . import bracket_rows
from .separated import separated_rows
from .text_reader import _Line, read_lines

MIN_ROWS = 2
_BORDER = re.compile(r"[|｜│┃║]")
_LABELLED = re.compile(r"[：:]")
# the line a text-line reader's warning opens with (第12行起…, 第12行：…): the run's n-th paragraph
_LINE_SAID = re.compile(r"^第(\d+)行")
# Table.origin of a table read so: its document's lines are a text file's (normalize reads them so)
ORIGIN = "text table in paragraphs"


def _shaped(text: str) -> bool:
    """A line shaped like a text table's row: cells split by pipes or bars, or by runs of spaces
    between pieces none of which is a label and its value (一级指标：产出指标　　二级指标：数量指标 is a
    form's labelled line, read by normalize's label readers, not a row)."""
    ln = _Line(0, text)
    return ln.pipe_row or ln.closed_cells or (ln.aligned and not _LABELLED.search(text))


def _of_run(b) -> bool:
    """A paragraph that may be a line of a text table: shaped like a row, or holding a cell border
    (a row's cell that ran onto the next line ends there); one line, no tab (tabbed paragraphs are the
    word processor's typed tables, tab_lines)."""
    return isinstance(b, Paragraph) and "\t" not in b.text and "\n" not in b.text and \
        (bool(_BORDER.search(b.text)) or _shaped(b.text))


def read_flat_tables(doc: Document) -> None:
    """Each run of the document's paragraphs shaped like a text table read as the text-line reader
    reads a .txt; blocks and tables numbered again where one was found."""
    found = False
    out: list = []
    filed = {id(b): b.loc.block for b in doc.blocks}     # each block's number as the file was read
    run: list[Paragraph] = []

    def flush(frame: Table | None = None, sent: bool = False):
        nonlocal found
        if sent or sum(_shaped(p.text) for p in run) >= MIN_ROWS:
            blocks = _read_run(doc, run, sent)
            found |= blocks is not None
            out.extend(blocks or ([frame] if frame is not None else run))
        else:
            out.extend([frame] if frame is not None else run)
        run.clear()

    nesting = {t.parent[0] for t in doc.tables() if t.parent is not None}
    separated = _separated_runs(doc.blocks)
    separated.update(_bracketed_runs(doc.blocks))
    skip: set[int] = set()
    for b in doc.blocks:
        if id(b) in skip:
            continue
        if id(b) in separated:     # a table converted to text: its lines read as the .txt they would be
            flush()
            run.extend(separated[id(b)])
            skip.update(id(p) for p in run)
            flush(sent=True)
            continue
        lines = _frame_lines(b) if isinstance(b, Table) and b.index not in nesting else _broken_lines(b)
        if lines is not None:
            flush()
            filed.update((id(x), b.loc.block) for x in lines)
            run.extend(lines)
            flush(frame=b)
            continue
        line = _of_run(b)
        if line and run and run[-1].loc.textbox == b.loc.textbox:
            run.append(b)
            continue
        flush()
        (run if line else out).append(b)
    flush()
    if found:
        doc.blocks = out
        doc.renumber()
        for b in doc.blocks:
            # a paragraph after a table read so stands at another block than the file's: where an
            # analyst finds it is the file's (Location.paragraph), as its cells' are
            if isinstance(b, Paragraph) and b.loc.paragraph is None and b.loc.block != filed[id(b)]:
                b.loc = dataclasses.replace(b.loc, paragraph=filed[id(b)])


def _frame_lines(t: Table) -> list[Paragraph] | None:
    """A one-column table's cells as the lines of a run (each located at the frame's block and row),
    or None where it is no frame of lines: more than one column, a nested table, a cell of several
    lines (a frame around prose), or fewer than two lines shaped like a row."""
    if t.parent is not None or t.n_cols != 1 or any("\n" in c.text or "\t" in c.text for c in t.cells):
        return None
    lines = [Paragraph(text=c.text, loc=dataclasses.replace(c.loc, table=None, row=None, col=None,
                                                            paragraph=c.loc.block, frame_row=c.row + 1))
             for c in sorted(t.cells, key=lambda c: c.row) if c.text.strip()]
    return lines if sum(_shaped(p.text) for p in lines) >= MIN_ROWS else None


def _broken_lines(b) -> list[Paragraph] | None:
    """A paragraph whose lines are apart by soft line breaks (Shift+Enter, w:br; a system's fixed-width listing
    pasted into Word as one paragraph) as the lines of a run, each located at the paragraph; None where it is
    no such run: a paragraph of one line, one holding a tab (the word processor's typed tables), or fewer
    than two of its lines shaped like a row (an address block, a signature's lines). Where no table is found
    in its lines the paragraph stays as it was."""
    if not isinstance(b, Paragraph) or "\n" not in b.text or "\t" in b.text:
        return None
    lines = [Paragraph(text=x, loc=b.loc) for x in b.text.split("\n")]
    return lines if sum(_shaped(p.text) for p in lines) >= MIN_ROWS else None


def _bracketed_runs(blocks: list) -> dict[int, list[Paragraph]]:
    """{id of a run's first paragraph: the run} for each run of consecutive one-line paragraphs that are a
    table of bracketed cells (extract.bracket_rows: 【a】【b】【c】 a row a paragraph, its header line and the
    group headings between its rows among them), read whole by the text-line reader."""
    def table_end(texts: list[str], i: int) -> int | None:
        got = bracket_rows.extent(texts, i) if bracket_rows.opens(texts[i]) else None
        return got[1] if got is not None else None
    return _tables_in_runs(blocks, table_end)


def _separated_runs(blocks: list) -> dict[int, list[Paragraph]]:
    """{id of a run's first paragraph: the run} for each run of consecutive one-line paragraphs that a
    separator splits into a table's rows (separated.separated_rows: three lines or more of one width, most
    holding figures alone), the separator a mark (，、；…), not a space."""
    def table_end(texts: list[str], i: int) -> int | None:
        joined = separated_rows(texts, i) if texts[i].strip() else None
        # (a space splits a document's lines too, and its paragraphs' words: level heading lines, a
        # column's cells a line each, which the readers of those layouts take; only a mark is a separator)
        return joined[2] if joined and not joined[0].isspace() else None
    return _tables_in_runs(blocks, table_end)


def _tables_in_runs(blocks: list, table_end) -> dict[int, list[Paragraph]]:
    """{id of a table's first paragraph: its paragraphs} for each table `table_end(texts, i)` finds (the index
    past it, or None) in a run of consecutive one-line paragraphs (one text box, no tab: tabbed lines are
    tab_lines'; no soft line break: such a paragraph is its own run, _broken_lines)."""
    found: dict[int, list[Paragraph]] = {}
    run: list[Paragraph] = []

    def close():
        texts = [p.text for p in run]
        i = 0
        while i < len(texts):
            end = table_end(texts, i)
            if end is not None:
                found[id(run[i])] = run[i:end]
                i = end
            else:
                i += 1
        run.clear()
    for b in blocks:
        one_line = isinstance(b, Paragraph) and "\t" not in b.text and "\n" not in b.text
        if not (one_line and (not run or run[-1].loc.textbox == b.loc.textbox)):
            close()
        if one_line:
            run.append(b)
    close()
    return found


def _read_run(doc: Document, run: list[Paragraph], sent: bool = False) -> list | None:
    """The run's blocks as the text-line reader reads its lines (line k is the run's k-th paragraph),
    or None where it finds no table in them. What the reader says of the lines (a row it could not
    align, a cell written twice) is said in the document, of the paragraph the line was. `sent`: the
    lines are read as a file as it was sent (a table converted to text by a separator)."""
    scratch = Document(source=doc.source, format=doc.format, sha256=doc.sha256)
    read_lines(scratch, doc.source, "\n".join(p.text for p in run), sent=sent)
    doc.warnings += [_LINE_SAID.sub(lambda m: run[int(m.group(1)) - 1].loc.describe(), w, count=1)
                     for w in scratch.warnings]
    if not scratch.tables():
        return None
    blocks: list = []
    for b in scratch.blocks:
        if isinstance(b, Paragraph):
            blocks.append(run[b.loc.line - 1])       # as the document's reader gave it
            continue
        cells = [Cell(text=c.text, row=c.row, col=c.col, rowspan=c.rowspan, colspan=c.colspan,
                      loc=_at(run[c.loc.line - 1], row=c.row, col=c.col)) for c in b.cells]
        blocks.append(Table(index=0, n_rows=b.n_rows, n_cols=b.n_cols, cells=cells,
                            loc=_at(run[b.loc.line - 1]), origin=ORIGIN))
    return blocks


def _at(p: Paragraph, **grid) -> Location:
    """Where a cell of a table read from paragraphs stands: the paragraph its line was (its block as
    the file was read, kept when the document's blocks are numbered again), page and box."""
    return dataclasses.replace(p.loc, line=None, paragraph=p.loc.block, **grid)
