"""Plain-text reports: paragraphs and the two table layouts that Word-to-text converters write.

Layout "cell per line" (seeds 000, 001, 003, 004): each cell is a line that starts with one
tab; a blank line ends a row; a line without the leading tab directly under a cell continues
that cell (a cell with several paragraphs). Text after a blank line ends the table. A cell
that ends in empty paragraphs shows as blank lines inside a row; such rows are rejoined
(see _rejoin_split_rows).

Layout "row per line" (seed 002): each row is one line, cells separated by tabs.

Tables are ragged in both layouts: a row is padded with empty cells on the right to the
widest row. The text has lost Word's merges; the grid records what the text shows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ExtractError
from .model import Cell, Document, Location, Paragraph, Table

# Artefacts some converters leave in the text; they are not document content.
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or, when UTF-8 fails, whichever of
    the Chinese code pages (GB18030/GBK, Big5) charset-normalizer finds the text reads best in:
    Big5 bytes often decode as GB18030 without an error, into nonsense. Refuse binary content."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", *_guess_chinese(data), "gb18030"]
    for enc in dict.fromkeys(candidates):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text, enc
    raise ExtractError(path, "binary", "不是可读的文本文件：内容为二进制数据或编码无法识别（支持 UTF-8、UTF-16、GB18030/GBK、Big5）")


def _guess_chinese(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "cp950"]).best()
    return [best.encoding] if best is not None else []


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return control > max(2, len(text) // 200)


@dataclass
class _Line:
    no: int      # 1-based line number
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def one_cell(self) -> bool:
        """A 'cell per line' line: exactly one tab, at the start."""
        return self.text.startswith("\t") and "\t" not in self.text[1:]

    @property
    def tabbed_row(self) -> bool:
        """A 'row per line' line: a tab somewhere other than only at the start."""
        return "\t" in self.text and not self.one_cell


def read_text(path: str, data: bytes, sha256: str) -> Document:
    text, encoding = decode(path, data)
    text = BOOKMARK.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_Line(i + 1, t) for i, t in enumerate(text.split("\n"))]
    doc = Document(source=path, format="txt", sha256=sha256, encoding=encoding)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.one_cell:
            rows, i = _cell_per_line(lines, i)
            _add_table(doc, path, rows)
        elif ln.tabbed_row:
            rows, i = _row_per_line(lines, i)
            if sum(1 for r in rows for c in r if c[1].strip()) <= 1 and len(rows) == 1:
                # A heading with a stray trailing tab, not a table.
                _add_paragraph(doc, path, rows[0][0][0], "\t".join(c[1] for c in rows[0]))
            else:
                _add_table(doc, path, rows)
        else:
            if not ln.blank:
                _add_paragraph(doc, path, ln.no, ln.text)
            i += 1
    return doc


# A row is a list of cells; a cell is (first line number, text).
Row = list[tuple[int, str]]


def _cell_per_line(lines: list[_Line], i: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    row: Row = []
    after_blank = False
    while i < len(lines):
        ln = lines[i]
        if ln.one_cell:
            if after_blank and row:
                rows.append(row)
                row = []
            row.append((ln.no, ln.text[1:]))
            after_blank = False
        elif ln.blank:
            after_blank = True
        elif ln.tabbed_row or after_blank or not row:
            break  # text after a blank line, or another layout: the table is over
        else:
            no, cell = row[-1]
            row[-1] = (no, cell + "\n" + ln.text)  # the cell's next paragraph
        i += 1
    if row:
        rows.append(row)
    return _rejoin_split_rows(rows), i


def _rejoin_split_rows(rows: list[Row]) -> list[Row]:
    """Rejoin rows the converter broke with blank lines (a cell ending in empty paragraphs).

    Seed 001 writes '| 产出指标 | 数量指标', a blank line, then '基本医疗参保人数 | ≥90万人 | ≥90万人 | 10'
    for one seven-cell row. Two pieces are one row when together they have exactly the
    table's usual width, the first is short of it, and the second does not begin with the
    empty cell that starts a row under a vertically merged first column.
    """
    widths = [len(r) for r in rows if len(r) >= 3]
    if not widths:
        return rows
    usual = max(set(widths), key=widths.count)
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and len(prev) < usual and len(prev) + len(row) == usual and row[0][1].strip():
            prev.extend(row)
        else:
            out.append(row)
    return out


def _row_per_line(lines: list[_Line], i: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    while i < len(lines) and "\t" in lines[i].text:
        ln = lines[i]
        rows.append([(ln.no, c) for c in ln.text.split("\t")])
        i += 1
    # Trailing empty cells are an artefact of the converter, not columns.
    for r in rows:
        while len(r) > 1 and not r[-1][1].strip():
            r.pop()
    return rows, i


def _add_paragraph(doc: Document, path: str, line_no: int, text: str) -> None:
    doc.blocks.append(Paragraph(text=text.strip(), loc=Location(path, block=len(doc.blocks), line=line_no)))


def _add_table(doc: Document, path: str, rows: list[Row]) -> None:
    block = len(doc.blocks)
    t_index = len(doc.tables())
    n_cols = max(len(r) for r in rows)
    cells = []
    for r, row in enumerate(rows):
        for c in range(n_cols):
            no, text = row[c] if c < len(row) else (row[-1][0], "")
            cells.append(Cell(text=_clean_cell(text), row=r, col=c,
                              loc=Location(path, block=block, table=t_index, row=r, col=c, line=no)))
    first_line = rows[0][0][0]
    doc.blocks.append(Table(index=t_index, n_rows=len(rows), n_cols=n_cols, cells=cells,
                            loc=Location(path, block=block, table=t_index, line=first_line)))


def _clean_cell(text: str) -> str:
    return "\n".join(part.strip() for part in text.strip().split("\n"))
