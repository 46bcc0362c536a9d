"""The one document model every reader produces and every consumer reads.

A Document is a list of blocks in reading order: paragraphs and tables. Every block
and every table cell carries a Location precise enough for an analyst to find the
text in the original file (page and bounding box for PDF, source line for text).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Union

import regex as re

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass(frozen=True)
class Location:
    file: str
    block: int | None = None
    page: int | None = None      # 1-based, PDF only
    table: int | None = None     # 0-based index among the document's tables
    row: int | None = None       # 0-based grid row
    col: int | None = None       # 0-based grid column
    line: int | None = None      # 1-based: a text file's line; the line within a <pre> or a PDF's text table
    bbox: BBox | None = None     # PDF only
    sheet: str | None = None     # spreadsheets: the worksheet's name
    ref: str | None = None       # spreadsheets: the cell as the program names it (B7)
    textbox: int | None = None   # Word: the block is in the document's n-th text box (1-based, reading order)
    element: str | None = None   # web pages: the element path where CSS or a <pre>'s text, not <table>, made the table
    quote: int | None = None     # text: the line was quoted this many levels deep (an e-mail's "> ", ">> "), the marks dropped
    # a text table read from a document's paragraphs (flat_lines): the block of the paragraph that is
    # the cell's row in the file; the table, its row and block are the reader's grid, not the file's.
    # A paragraph after such a table: its block in the file (the document's blocks numbered again)
    paragraph: int | None = None
    # Word: the block was read from an object embedded in the document (a workbook), by its part name
    embedded: str | None = None
    # a text table read from the lines of a one-column table (a frame around typed rows, flat_lines):
    # the frame's row (1-based) that the cell's row was; paragraph is then the frame's block
    frame_row: int | None = None

    def describe(self) -> str:
        """Human-readable, in Chinese, for analysts: 文件 第2页 块5 表1 第3行 第4列; a cell of a text table
        read from paragraphs by its paragraph: 文件 第2页 块7 第4列."""
        parts = [self.file]
        if self.embedded is not None:
            parts.append(f"嵌入对象{self.embedded}")
        if self.textbox is not None:
            parts.append(f"文本框{self.textbox}")
        if self.sheet is not None:
            parts.append(f"工作表“{self.sheet}”")
        if self.ref is not None:
            parts.append(f"单元格{self.ref}")
        if self.page is not None:
            parts.append(f"第{self.page}页")
        if self.paragraph is not None:
            parts.append(f"块{self.paragraph}")     # the row's paragraph; the file has no table there
            if self.frame_row is not None:
                parts.append(f"单列表格第{self.frame_row}行")   # the row's line in a one-column table
        else:
            if self.block is not None:
                parts.append(f"块{self.block}")
            if self.table is not None:
                parts.append(f"表{self.table + 1}")
            if self.row is not None:
                parts.append(f"第{self.row + 1}行")
        if self.col is not None:
            parts.append(f"第{self.col + 1}列")
        if self.line is not None and self.element is None:
            # a PDF's line is one within its fixed-width text table (extract/pdf_text_table.py)
            parts.append(f"等宽文本表格内第{self.line}行" if self.page is not None else f"源文件第{self.line}行")
        if self.element is not None:
            parts.append(f"元素{self.element}" + (f"内第{self.line}行" if self.line is not None else ""))
        if self.quote:
            parts[-1] += f"（{self.quote}层引文）"
        return " ".join(parts)

    def to_dict(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}


# Format characters (Unicode category Cf: zero-width space, soft hyphen, byte-order mark, direction
# marks, word joiner) are not shown: a cell typed 1\u200b200亩 or 3\u00ad826公里 shows 1200亩 and
# 3826公里, so the text every reader hands on is the text as shown.
UNSHOWN = re.compile(r"\p{Cf}")
# Emoji are pictures set among the words, never words: a chat's 📌项目名称, 得分8✅, and the numbers typed from the
# emoji panel (1️⃣, 1️⃣1️⃣: a keycap, its digit a picture's) say nothing a cell reads. By their Unicode properties: a
# character shown as an emoji by default (Emoji_Presentation), one asked to be (its variation selector U+FE0F:
# ⚠️), a keycap sequence. ★ and ✔ stay: text by default, forms mark core rows and ticks with them.
PICTURES = re.compile(r"[0-9#*]\ufe0f?\u20e3|\p{Emoji_Presentation}[\ufe0f\p{Emoji_Modifier}]*|.\ufe0f\u20e3?")


def shown(text: str) -> str:
    """The text as a person reads it: its format characters (UNSHOWN) and its emoji (PICTURES) left out."""
    return _shown(text) if text else text


@lru_cache(maxsize=1 << 16)   # every Cell and Paragraph made, normalize's copies of them (replace) included, asks it
def _shown(text: str) -> str:
    return UNSHOWN.sub("", PICTURES.sub("", text))


@dataclass
class Paragraph:
    text: str
    loc: Location
    kind: str = "paragraph"

    def __post_init__(self):
        self.text = shown(self.text)


@dataclass
class Cell:
    text: str
    row: int
    col: int
    loc: Location
    rowspan: int = 1
    colspan: int = 1
    value: str | None = None     # spreadsheets: the stored value where it differs from the shown text
    confidence: float | None = None  # scans: the lowest OCR confidence of the text in the cell
    comment: str | None = None   # spreadsheets: a comment (note) on the cell, shown on hover, not in the cell
    # spreadsheets: the cell's alignment indent in steps (Excel's 增加缩进量: openpyxl's alignment.indent, xlrd's
    # xf indent_level), the text shown set in by that many steps; 0 where none. A label column whose cells nest
    # by it alone (a PivotTable in compact form pasted as values) holds its hierarchy there (normalize.table_views)
    indent: int = 0
    # scans: (figure as read, the figure with one digit the recogniser ranked second, that digit's share)
    # for each unsure digit of the cell's figures (extract.ocr_words.figure_runners); the page's
    # arithmetic may choose one (normalize.runner_ups); and (a short line's words as read, a reading
    # its characters' runner-ups make, their shares' product) (word_runners), which a header's
    # grammar may choose (runner_ups.header_words)
    runners: list[tuple[str, str, float]] = field(default_factory=list, compare=False)
    # scans: why the cell's reading is in doubt though OCR was sure of it (a drop of water on the glass
    # over its print: extract.scan_drops), "" where it is not; normalize holds its figures doubtful
    doubt: str = field(default="", compare=False)

    def __post_init__(self):
        self.text = shown(self.text)


@dataclass
class PageLayout:
    """How a table read off a page image or a page's characters (extract.ruled_page) stood there:
    what stitch and join_across need to join it to its part on the next page. Other readers leave
    it empty. Cells are keyed by their (row, col)."""
    # cells whose text runs on past the page (their last line reaches the right edge, or the
    # continuation's first row was found to be their rest)
    wraps: dict[tuple[int, int], bool] = field(default_factory=dict)
    # the room left on a cell's last line, the widths of its first character and first run
    rooms: dict[tuple[int, int], tuple[float, float, float] | None] = field(default_factory=dict)
    # a table found by its text's alignment (no rules): its column starts and the tolerance they
    # were found with; None for a ruled one (and once its columns became another part's)
    starts: list[float] | None = None
    align: float | None = None
    # a ruled table: its column edges and the snap its rules were found with
    xs: list[float] | None = None
    snap: float | None = None
    # whether its first and its last row is part of a row the page break cut open
    cut: tuple[bool, bool] = (False, False)
    # a ruled table: cells with room for a line under their text in a row another cell of which
    # fills to its foot (the row ends where its text does: no text of theirs went on over the page)
    free: set[tuple[int, int]] = field(default_factory=set)


# Table.origin of a table rebuilt from a converted file's row and cell marks (an old .doc whose table rows lost
# their formatting in LibreOffice's conversion): its merged cells are read blank, each blank under a merged cell's
# text a continuation of it, not a cell left empty.
MERGES_BLANK = "cell marks, merged cells blank"


@dataclass
class Table:
    index: int
    n_rows: int
    n_cols: int
    cells: list[Cell]
    loc: Location
    kind: str = "table"
    # For a table nested in another table's cell: (table index, row, col) of that cell.
    parent: tuple[int, int, int] | None = None
    # How the grid was found where it is no table in the file ("typed with tabs": tabbed paragraphs).
    origin: str | None = None
    # Lines of the source its reader could not place in the grid (a column copied short of the others):
    # said in a warning when read, counted unread by normalize so that no total is checked as if whole.
    unread: int = field(default=0, compare=False)
    # for joining it across a page break (not compared: it says how it was read, not what it holds)
    layout: PageLayout = field(default_factory=PageLayout, compare=False, repr=False)

    def grid(self, fill: bool = False) -> list[list[str]]:
        """The cell grid with merges expanded.

        fill=False leaves the slots covered by a merge empty (what a text conversion
        shows); fill=True copies the anchor text into every covered slot.
        """
        g = [[""] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            if not fill:
                if c.rowspan > 0 and c.colspan > 0:   # the anchor alone: the one slot of its span written
                    g[c.row][c.col] = c.text
                continue
            for r in range(c.row, c.row + c.rowspan):
                for k in range(c.col, c.col + c.colspan):
                    g[r][k] = c.text
        return g

    def cell_at(self, row: int, col: int) -> Cell | None:
        """The cell whose span covers (row, col)."""
        index = self.__dict__.get("_index")
        if index is None or index[0] != len(self.cells):
            slots = {}
            for c in self.cells:
                for r in range(c.row, c.row + c.rowspan):
                    for k in range(c.col, c.col + c.colspan):
                        slots[(r, k)] = c
            index = self.__dict__["_index"] = (len(self.cells), slots)
        return index[1].get((row, col))

    def columns(self, by_span: bool = False) -> list[list[Cell]]:
        """Anchor cells grouped by the column they start in, in the order of `cells`; by_span: by
        column and width (a cell merged across two columns is not of the column it starts in)."""
        out: dict = {}
        for c in self.cells:
            out.setdefault((c.col, c.colspan) if by_span else c.col, []).append(c)
        return list(out.values())

    def rows(self) -> list[list[Cell]]:
        """Anchor cells grouped by row, left to right (read-only: kept, as cell_at's index is, while
        the table's cells stay the same; the text-table rebuild asks for it once per row)."""
        key = (len(self.cells), self.n_rows)
        kept = self.__dict__.get("_rows")
        if kept is None or kept[0] != key:
            out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
            for c in sorted(self.cells, key=lambda c: (c.row, c.col)):
                out[c.row].append(c)
            kept = self.__dict__["_rows"] = (key, out)
        return kept[1]

    def row_confidence(self, r: int) -> float | None:
        """The lowest OCR confidence of the cells covering row r (None: no cell of it was OCR'd). Kept,
        as rows() is, while the table's cells stay the same: normalize asks for it per row and per
        field, and a scan of a long table would otherwise go over every cell each time. The readers set
        a cell's confidence before normalize sees the table."""
        key = (len(self.cells), self.n_rows)
        kept = self.__dict__.get("_confidence")
        if kept is None or kept[0] != key:
            lowest: dict[int, float] = {}
            for c in self.cells:
                if c.confidence is not None:
                    for k in range(c.row, c.row + c.rowspan):
                        lowest[k] = min(lowest.get(k, c.confidence), c.confidence)
            kept = self.__dict__["_confidence"] = (key, lowest)
        return kept[1].get(r)

    def row_paragraph(self, r: int) -> Location | None:
        """Where row r stands in the file when the table was read from paragraphs (flat_lines): a
        cell's location naming its paragraph; None for a table the file holds as one."""
        if r >= self.n_rows:
            return None
        return next((c.loc for c in self.rows()[r] if c.loc.paragraph is not None), None)


Block = Union[Paragraph, Table]
# A warning that opens with its place in the file (第3页, 第12行起, 表2): the file's name goes before it.
_PLACE = re.compile(r"^(?:第\d+[页行]|表\d+|块\d+|工作表|单元格|嵌入对象|文本框)")


@dataclass
class Document:
    source: str
    format: str            # "txt", "docx", "pdf"
    sha256: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def named(self, warnings: list[str]) -> list[str]:
        """The document's warnings as an analyst reads them away from the file (documents.csv,
        report.xlsx, `pipeline.py extract --records`), each once and each naming the file: one that
        does not lead with it gets it before its own place, as Location.describe writes it (文件 第3页…,
        文件：隐藏的工作表…)."""
        def one(w: str) -> str:
            if w.startswith(self.source):
                return w
            return f"{self.source} {w}" if _PLACE.match(w) else f"{self.source}：{w}"
        return list(dict.fromkeys(one(w) for w in warnings))

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def renumber(self) -> None:
        """Number the blocks and tables again in reading order, in each block's and cell's location:
        after tables broken by a page were joined, or blocks read another way were put in place."""
        tables = 0
        for n, b in enumerate(self.blocks):
            index = None
            if isinstance(b, Table):
                b.index = index = tables
                tables += 1
                for c in b.cells:
                    c.loc = dataclasses.replace(c.loc, block=n, table=index)
            b.loc = dataclasses.replace(b.loc, block=n, table=index)

    def iter_cells(self) -> Iterator[tuple[Table, Cell]]:
        for t in self.tables():
            for c in t.cells:
                yield t, c

    def with_text(self, fn: Callable[[str], str]) -> Document:
        """A copy with each paragraph's and each cell's text passed through `fn`, in reading order."""
        def block(b: Block) -> Block:
            if isinstance(b, Paragraph):
                return dataclasses.replace(b, text=fn(b.text))
            if isinstance(b, Table):
                return dataclasses.replace(b, cells=[dataclasses.replace(c, text=fn(c.text)) for c in b.cells])
            return b
        return dataclasses.replace(self, blocks=[block(b) for b in self.blocks])

    def to_dict(self) -> dict:
        def block(b: Block) -> dict:
            d = {"kind": b.kind, "loc": b.loc.to_dict()}
            if isinstance(b, Paragraph):
                d["text"] = b.text
            else:
                d.update(index=b.index, n_rows=b.n_rows, n_cols=b.n_cols,
                         parent=list(b.parent) if b.parent else None,
                         cells=[{"text": c.text, "row": c.row, "col": c.col,
                                 "rowspan": c.rowspan, "colspan": c.colspan,
                                 **({"value": c.value} if c.value is not None else {}),
                                 **({"confidence": round(c.confidence, 4)} if c.confidence is not None else {}),
                                 **({"comment": c.comment} if c.comment is not None else {}),
                                 **({"indent": c.indent} if c.indent else {}),
                                 "loc": c.loc.to_dict()} for c in b.cells])
            return d

        return {"source": self.source, "format": self.format, "sha256": self.sha256,
                "pages": self.pages, "encoding": self.encoding, "warnings": self.warnings,
                "blocks": [block(b) for b in self.blocks]}


def first_few(items, most: int, sep: str = "、", more: str = "等", total: int | None = None) -> str:
    """The first `most` items joined by `sep`, and `more` after them where there are more: 等, or a
    wording with the count of all as {n} (等{n}处, 等（共{n}条）). A warning names a few and counts
    the rest, so a page of thousands makes no warning of thousands. `total` counts all items where
    the caller kept only the first."""
    items = list(items)
    total = len(items) if total is None else total
    said = sep.join(map(str, items[:most]))
    return said + more.format(n=total) if total > min(most, len(items)) else said


def character(code: int) -> str:
    """The character an escape (\\x{…}, \\[u…]) names by its code point; U+FFFD for a number no character has
    (past U+10FFFF, or a surrogate half that no UTF-8 output could write)."""
    return chr(code) if 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def normalize_ws(text: str) -> str:
    """Drop all whitespace: CJK text has none, and readers differ in where they wrap."""
    return "".join(text.split())
