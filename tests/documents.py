"""Documents built in memory as a reader gives them, for the tests of what reads them after extraction."""
from jixiao.extract import Cell, Document, Location, Paragraph, Table


def document(*parts, fmt: str = "docx", confidence: float | None = None, sheets=None) -> Document:
    """Paragraphs (str) and tables (lists of rows) in reading order, one block each, the tables
    numbered apart; None in a row is covered by the cell before it (its colspan). confidence: each
    cell's, as the OCR path gives it. sheets: a workbook's, the worksheet each part is on (by name,
    one per part), as the spreadsheet reader places them."""
    blocks, tables = [], 0
    for n, part in enumerate(parts):
        at = dict(file="mem", block=n, sheet=sheets[n] if sheets else None)
        if isinstance(part, str):
            blocks.append(Paragraph(part, Location(**at)))
            continue
        loc = Location(table=tables, **at)
        cells = [Cell(text=t, row=r, col=c, loc=Location(table=tables, row=r, col=c, **at),
                      colspan=_span(row, c), confidence=confidence)
                 for r, row in enumerate(part) for c, t in enumerate(row) if t is not None]
        blocks.append(Table(index=tables, n_rows=len(part), n_cols=max(map(len, part)), cells=cells, loc=loc))
        tables += 1
    return Document(source="mem", format=fmt, sha256="", blocks=blocks)


def scanned(*parts, confidence: float = 0.95) -> Document:
    """The parts as the OCR path gives a scanned PDF (format pdf-ocr), each cell with its confidence."""
    return document(*parts, fmt="pdf-ocr", confidence=confidence)


def _span(row, c: int) -> int:
    return next((n for n in range(1, len(row) - c) if row[c + n] is not None), len(row) - c)


def html_row(*cells) -> str:
    """A web table's row of plain cells, for the pages tests build."""
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def html_page(tmp_path, page: str) -> Document:
    """A web page saved as page.html (UTF-8), read from disk as a file of the inbox is."""
    from jixiao.extract import read_document
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return read_document(path)
