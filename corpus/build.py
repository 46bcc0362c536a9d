"""Build the corpus from the seed texts: the .txt as given, a real .docx, and a .pdf of it.

Run from the repository root (needs LibreOffice for the PDFs, nothing else outside the venv):

    .venv/bin/python corpus/build.py ../shared/seeds     # or: make corpus

The .docx is what the report would look like in Word: tables in "Table Grid" style, the
level-1/level-2 indicator cells merged vertically (vMerge), title and label rows merged
horizontally (gridSpan). The first row of each table repeats on every page, so the PDF has
tables that break across pages with a repeated header. The built files are committed; tests
never need LibreOffice.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

from jixiao.extract import Paragraph, read_document  # noqa: E402
from jixiao.extract.display_columns import display_width  # noqa: E402

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
LABEL_COLS = 3  # 一级 / 二级 / 三级: the columns Word merges vertically
SCANNED = ("000", "001", "002")   # seeds also rendered as scans (OCR costs about 4 s a page)


def merges(grid: list[list[str]]) -> tuple[dict, set]:
    """Infer the merges the Word original had: returns ({(r,c): colspan}, {(r,c) covered vertically})."""
    hspan: dict[tuple[int, int], int] = {}
    vcover: set[tuple[int, int]] = set()
    n_cols = len(grid[0])
    for r, row in enumerate(grid):
        filled = [c for c, t in enumerate(row) if t]
        if filled and len(filled) <= 2 and filled[-1] < n_cols - 1:
            hspan[(r, filled[-1])] = n_cols - filled[-1]
    in_indicators = False
    for r, row in enumerate(grid):
        if any("一级指标" in t for t in row):
            in_indicators = True
            continue
        if not in_indicators or r == 0:
            continue
        if any(t in ("总分", "合计") for t in row):
            in_indicators = False
            continue
        if sum(1 for t in row[LABEL_COLS:] if t) < 2:
            continue
        for c in range(LABEL_COLS):
            above = (r - 1, c)
            if not row[c] and (grid[r - 1][c] or above in vcover) and (r - 1, c) not in hspan:
                vcover.add((r, c))
    return hspan, vcover


def build_docx(txt: Path, out: Path) -> None:
    doc = read_document(txt, name=txt.name)
    wd = docx.Document()
    sec = wd.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    normal = wd.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            wd.add_paragraph(block.text)
            continue
        grid = block.grid()
        hspan, vcover = merges(grid)
        table = wd.add_table(rows=block.n_rows, cols=block.n_cols)
        table.style = wd.styles["Table Grid"]
        width = Cm(17) // block.n_cols
        for r, row in enumerate(grid):
            tr = table.rows[r]._tr
            tr_pr = tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))
            if r == 0:
                tr_pr.append(OxmlElement("w:tblHeader"))
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = width
                lines = text.split("\n")
                cell.paragraphs[0].text = lines[0]
                for more in lines[1:]:
                    cell.add_paragraph(more)
        _apply_vmerge(table, vcover)
        for (r, c), span in hspan.items():
            _drop_empty_paragraphs(table.cell(r, c).merge(table.cell(r, c + span - 1)))
        wd.add_paragraph("")  # Word needs a paragraph between consecutive tables
    wd.save(out)


def document_docx(layout: Path, out: Path) -> None:
    """A .docx of a hand-restored layout (corpus/realworld/*.html): paragraphs, and tables with
    exactly the row and column spans the layout gives."""
    doc = read_document(layout, name=layout.name)
    wd = docx.Document()
    sec = wd.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)   # landscape, as wide 自评表 are printed
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    normal = wd.styles["Normal"]
    normal.font.size = Pt(9)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            wd.add_paragraph(block.text)
            continue
        table = wd.add_table(rows=block.n_rows, cols=block.n_cols)
        table.style = wd.styles["Table Grid"]
        for cell in block.cells:
            target = table.cell(cell.row, cell.col)
            lines = cell.text.split("\n")
            target.paragraphs[0].text = lines[0]
            for more in lines[1:]:
                target.add_paragraph(more)
        for cell in block.cells:
            if cell.rowspan > 1 or cell.colspan > 1:
                merged = table.cell(cell.row, cell.col).merge(
                    table.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1))
                _drop_empty_paragraphs(merged)
        wd.add_paragraph("")
    wd.save(out)


def build_realworld(soffice: str, stems: list[str] | None = None, folder: Path = HERE / "realworld") -> None:
    """corpus/realworld/*.html are hand-restored layouts of the development passages; each is
    rendered to .docx (with its spans), .pdf (LibreOffice, from the .docx) and .xlsx. `stems`:
    only these passages (`python corpus/build.py --realworld 010 018` after adding two).
    `folder`: another folder of such layouts, rendered the same way (corpus/constructed:
    `python corpus/build.py --constructed`)."""
    built, sheets = [], []
    for layout in sorted(folder.glob("*.html")):
        if stems and layout.stem not in stems:
            continue
        document_docx(layout, folder / (layout.stem + ".docx"))
        build_xlsx(layout, folder / (layout.stem + ".xlsx"))
        built.append(folder / (layout.stem + ".docx"))
        sheets.append(folder / (layout.stem + ".xlsx"))
    convert_all(soffice, "pdf", built, folder)
    convert_all(soffice, "doc", built, folder)
    convert_all(soffice, "xls", sheets, folder)
    for d in built:
        build_scan(d.with_suffix(".pdf"), folder / (d.stem + ".scan.pdf"))


def build_suite(soffice: str) -> None:
    """corpus/suite/*.txt are reports written for the mutation suite, holding fund-table
    layouts no development passage has (a 到位 column, sources as columns on the total's row);
    each is rendered to every format a seed is, into the same folder."""
    folder = HERE / "suite"
    built = []
    for txt in sorted(folder.glob("*.txt")):
        if txt.suffixes != [".txt"]:   # .pipe.txt and the other text layouts are outputs
            continue
        build_docx(txt, folder / (txt.stem + ".docx"))
        built.append(folder / (txt.stem + ".docx"))
    convert_all(soffice, "pdf", built, folder)
    build_formats(soffice, built, folder)


def _apply_vmerge(table, vcover: set) -> None:
    cols = sorted({c for _, c in vcover})
    for c in cols:
        rows = sorted(r for r, k in vcover if k == c)
        runs, start, prev = [], None, None
        for r in rows:
            if prev is None or r != prev + 1:
                if start is not None:
                    runs.append((start, prev))
                start = r - 1
            prev = r
        runs.append((start, prev))
        for a, b in runs:
            _drop_empty_paragraphs(table.cell(a, c).merge(table.cell(b, c)))


def _drop_empty_paragraphs(cell) -> None:
    """python-docx's merge keeps every merged cell's paragraph; Word would not."""
    paras = cell.paragraphs
    for p in paras[1:]:
        if not p.text:
            p._p.getparent().remove(p._p)


def build_xlsx(docx_path: Path, out: Path) -> None:
    """The report as a spreadsheet, the way units publish 自评表 in Excel: one sheet, each
    paragraph a row of its own, each table with its merges, a blank row between blocks."""
    import openpyxl
    doc = read_document(docx_path, name=docx_path.name)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    r = 1
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            ws.cell(r, 1, block.text).data_type = "s"
            r += 2
            continue
        for cell in block.cells:
            target = ws.cell(r + cell.row, 1 + cell.col)
            number = _as_number(cell.text)
            if number:   # stored as a number with the format that shows it as written
                target.value, target.number_format = number
            else:
                target.value = cell.text or None
                target.data_type = "s"   # text as written: "=100%" is not a formula
            if cell.rowspan > 1 or cell.colspan > 1:
                ws.merge_cells(start_row=r + cell.row, start_column=1 + cell.col,
                               end_row=r + cell.row + cell.rowspan - 1, end_column=cell.col + cell.colspan)
        r += block.n_rows + 1
    wb.save(out)


def _as_number(text: str):
    """(value, number format) for a cell that is a plain number or percentage, else None."""
    import re
    from decimal import Decimal
    m = re.fullmatch(r"(-?\d+)(?:\.(\d+))?(%?)", text.strip())
    if not m:
        return None
    places = len(m.group(2) or "")
    value = Decimal(text.strip().rstrip("%"))
    fmt = ("0." + "0" * places if places else "0") + m.group(3)
    return (float(value / 100) if m.group(3) else (int(value) if not places else float(value))), fmt


def build_mht(html_path: Path, out: Path) -> None:
    """A saved page as Internet Explorer and WPS save it: MIME multipart/related, quoted-printable."""
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    import email.charset
    msg = MIMEMultipart("related")
    text = html_path.read_bytes().decode("gb18030")
    cs = email.charset.Charset("gb18030")
    cs.body_encoding = email.charset.QP
    part = MIMEText(text, "html", cs)
    part["Content-Location"] = "file:///C:/report.htm"
    msg.attach(part)
    out.write_bytes(msg.as_bytes())


def build_html(docx_path: Path, out: Path) -> None:
    """The report as a saved web page (GB18030, as many government sites serve them): <p> for
    paragraphs, tables with rowspan/colspan, inside a layout table with a navigation bar."""
    import html
    doc = read_document(docx_path, name=docx_path.name)
    parts = ['<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
             "<title>绩效自评报告</title><style>td{border:1px solid #000}</style>",
             "<script>var nav='首页';</script></head><body>",
             '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>',
             '<table width="100%"><tr><td>']
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            parts.append(f"<p>{html.escape(block.text)}</p>")
            continue
        parts.append('<table border="1" cellspacing="0">')
        for row in block.rows():
            parts.append("<tr>")
            for cell in row:
                attrs = (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + \
                        (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "")
                body = "<br>".join(html.escape(line) for line in cell.text.split("\n"))
                parts.append(f"<td{attrs}>{body or '&nbsp;'}</td>")
            parts.append("</tr>")
        parts.append("</table>")
    parts.append("</td></tr></table></body></html>")
    out.write_bytes("\n".join(parts).encode("gb18030"))


def build_text_layouts(docx_path: Path, formats: Path) -> None:
    """The report as three text layouts converters write: Markdown pipe tables (.pipe.txt, a cell
    with line breaks as <br>), whitespace-aligned columns (.aligned.txt, as `column -t` or a
    fixed-width export would; CJK characters two columns wide) and one cell per line indented
    with four spaces, rows separated by a blank line (.indented.txt)."""
    doc = read_document(docx_path, name=docx_path.name)
    pipe, aligned, indented = [], [], []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            for out in (pipe, aligned, indented):
                out.append(block.text)
            continue
        g = [[text.replace("\n", " ") for text in row] for row in block.grid()]
        pipe += ["", "| " + " | ".join(g[0]) + " |", "|" + "---|" * block.n_cols]
        pipe += ["| " + " | ".join(row) + " |" for row in g[1:]] + [""]
        widths = [max(display_width(row[c]) for row in g) for c in range(block.n_cols)]
        aligned.append("")
        for row in g:
            aligned.append("".join(row[c] + " " * (widths[c] - display_width(row[c]) + 2)
                                   for c in range(block.n_cols)).rstrip())
        aligned.append("")
        indented.append("")
        for row in g:
            indented += ["    " + text for text in row] + [""]
    for suffix, lines in ((".pipe.txt", pipe), (".aligned.txt", aligned), (".indented.txt", indented)):
        (formats / (docx_path.stem + suffix)).write_text("\n".join(lines) + "\n", encoding="utf-8")


OFD_SIZE = 3.5      # mm: character size; a CJK character advances 3.5 mm, an ASCII one 1.75
OFD_LINE = 5.0      # mm: line height


def _wrap(text: str, units: int) -> list[str]:
    """Lines of at most `units` half-width units (CJK = 2), as a narrow cell wraps them: between
    any two CJK characters, but a run of Latin letters and digits moves to the next line whole."""
    import re
    lines = []
    for para in text.split("\n"):
        line, used = "", 0
        for piece in re.findall(r"[<>=≤≥≧≦]*[A-Za-z0-9.,%]+|.", para):
            w = display_width(piece)
            if used + w > units and line:
                lines.append(line)
                line, used = "", 0
            while w > units:   # a run longer than the cell: broken where it must be
                lines.append(piece[:units])
                piece, w = piece[units:], display_width(piece[units:])
            line += piece
            used += w
        lines.append(line)
    return lines


def build_ofd(docx_path: Path, out: Path) -> None:
    """The report as an OFD (GB/T 33190) file: one tall page, paragraphs as text lines, tables as
    ruled grids (merges leave out the rules between their slots) with the text wrapped in its cell."""
    from xml.sax.saxutils import escape
    doc = read_document(docx_path, name=docx_path.name)
    objs, y, oid = [], 15.0, [0]

    def text_obj(x: float, baseline: float, text: str, justify: float | None = None) -> None:
        """A line of text; `justify` (mm) spreads a wrapped line to the edge, as Word justifies."""
        oid[0] += 1
        advances = [1.75 * display_width(ch) for ch in text]
        if justify and len(text) > 1:
            extra = (justify - sum(advances)) / (len(text) - 1)
            advances = [a + max(0.0, extra) for a in advances]
        deltas = " ".join(f"{a:.3f}" for a in advances[:-1])
        objs.append(f'<ofd:TextObject ID="{oid[0]}" Boundary="0 0 210 99999" Font="1" Size="{OFD_SIZE}">'
                    f'<ofd:TextCode X="{x:.2f}" Y="{baseline:.2f}" DeltaX="{deltas}">{escape(text)}</ofd:TextCode>'
                    f"</ofd:TextObject>")

    def rule(x0: float, y0: float, x1: float, y1: float) -> None:
        oid[0] += 1
        objs.append(f'<ofd:PathObject ID="{oid[0]}" Boundary="0 0 210 99999" LineWidth="0.25">'
                    f"<ofd:AbbreviatedData>M {x0:.2f} {y0:.2f} L {x1:.2f} {y1:.2f}</ofd:AbbreviatedData>"
                    f"</ofd:PathObject>")

    page_units = int(170 / 1.75)
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            lines = _wrap(block.text, page_units)
            for k, line in enumerate(lines):
                text_obj(20, y + OFD_SIZE, line, justify=page_units * 1.75 if k < len(lines) - 1 else None)
                y += OFD_LINE
            y += 2
            continue
        # Column widths in whole half-width units, so a full line ends exactly at the cell's edge.
        units = [max(4, min(24, max((display_width(c.text) for c in block.cells if c.col == k and c.colspan == 1),
                                     default=4))) for k in range(block.n_cols)]
        scale = min(1.0, (180 - 2 * block.n_cols) / (1.75 * sum(units)))
        units = [max(2, int(u * scale)) for u in units]
        xs = [15.0]
        for u in units:
            xs.append(xs[-1] + u * 1.75 + 2)
        heights = [1] * block.n_rows
        for c in block.cells:
            width = sum(units[c.col:c.col + c.colspan]) + int(2 * (c.colspan - 1) / 1.75)
            need = len(_wrap(c.text, width))
            if c.rowspan == 1:
                heights[c.row] = max(heights[c.row], need)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h * OFD_LINE + 2)
        for c in block.cells:
            x0, x1, y0, y1 = xs[c.col], xs[c.col + c.colspan], ys[c.row], ys[c.row + c.rowspan]
            rule(x0, y0, x1, y0)
            rule(x0, y1, x1, y1)
            rule(x0, y0, x0, y1)
            rule(x1, y0, x1, y1)
            width = sum(units[c.col:c.col + c.colspan]) + int(2 * (c.colspan - 1) / 1.75)
            wrapped = _wrap(c.text, width)
            k = 0
            for para in c.text.split("\n"):
                lines = _wrap(para, width)
                for n, line in enumerate(lines):
                    if line:
                        text_obj(x0 + 1, y0 + 1 + OFD_SIZE + k * OFD_LINE, line,
                                 justify=width * 1.75 if n < len(lines) - 1 else None)
                    k += 1
            assert k == len(wrapped)
        y = ys[-1] + 6
    height = y + 15
    files = {
        "OFD.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" '
                   'Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo>'
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
                              f'<ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 {height:.0f}</ofd:PhysicalBox>'
                              "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
                              '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" '
                               'BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="SimSun"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": '<?xml version="1.0" encoding="UTF-8"?><ofd:Page '
                                          'xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="0">'
                                          + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>",
    }
    import zipfile
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def build_scan(pdf_path: Path, out: Path, dpi: int = 150) -> None:
    """A scan of the printed report: each page rendered to a grey image at `dpi` and saved
    as an image-only PDF (no text layer), as a copier's scan-to-PDF gives it."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path))
    pages = [page.render(scale=dpi / 72).to_pil().convert("L") for page in pdf]
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)


def convert_all(soffice: str, target: str, files: list[Path], outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                        "--outdir", str(outdir), *map(str, files)], check=True, capture_output=True)


def main(seeds: str) -> None:
    texts = sorted(Path(seeds).glob("*.txt"))
    if not texts:   # a clone without the seeds beside it would otherwise rebuild all but the reports
        sys.exit(f"no seed texts (*.txt) in {seeds}: make corpus SEEDS=DIR")
    REPORTS.mkdir(exist_ok=True)
    built = []
    for txt in texts:
        shutil.copyfile(txt, REPORTS / txt.name)
        out = REPORTS / (txt.stem + ".docx")
        build_docx(REPORTS / txt.name, out)
        built.append(out)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui "
                 "fonts-noto-cjk")
    convert_all(soffice, "pdf", built, REPORTS)
    build_formats(soffice, built)
    build_realworld(soffice)
    build_realworld(soffice, [], HERE / "constructed")
    build_suite(soffice)
    for p in sorted(REPORTS.iterdir()):
        print(p.relative_to(HERE.parent), p.stat().st_size)


def build_formats(soffice: str, built: list[Path], formats: Path = HERE / "formats") -> None:
    """The same reports in the other formats auditors receive (corpus/formats/): .xlsx and .html
    rendered from the .docx, .xls from the .xlsx and .doc from the .docx by LibreOffice."""
    formats.mkdir(exist_ok=True)
    sheets = []
    for d in built:
        build_xlsx(d, formats / (d.stem + ".xlsx"))
        build_html(d, formats / (d.stem + ".html"))
        build_mht(formats / (d.stem + ".html"), formats / (d.stem + ".mht"))
        build_text_layouts(d, formats)
        build_ofd(d, formats / (d.stem + ".ofd"))
        if d.stem[:3] in SCANNED:
            build_scan(d.with_suffix(".pdf"), formats / (d.stem + ".scan.pdf"))
        sheets.append(formats / (d.stem + ".xlsx"))
    convert_all(soffice, "xls", sheets, formats)
    convert_all(soffice, "doc", built, formats)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--realworld"]:
        build_realworld(shutil.which("soffice") or shutil.which("libreoffice"), sys.argv[2:])
    elif sys.argv[1:2] == ["--constructed"]:
        build_realworld(shutil.which("soffice") or shutil.which("libreoffice"), sys.argv[2:], HERE / "constructed")
    elif sys.argv[1:2] == ["--suite"]:
        build_suite(shutil.which("soffice") or shutil.which("libreoffice"))
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent.parent / "shared" / "seeds"))
