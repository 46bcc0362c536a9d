"""extract: a file in, one Document out (paragraphs and tables with provenance).

    from jixiao.extract import read_document
    doc = read_document("report.pdf")

The format is sniffed from the bytes, not the file name.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import ExtractError, UnsupportedFormat
from .model import MERGES_BLANK, Block, Cell, Document, Location, Paragraph, Table, normalize_ws
from .http_message import http_body
from .notebook import notebook_page
from .sniff import sniff
from .text_repair import entity_cells

__all__ = ["read_document", "read_bytes", "ExtractError", "UnsupportedFormat", "Document", "Paragraph",
           "Table", "Cell", "Location", "Block", "normalize_ws", "SUPPORTED"]

SUPPORTED = ("txt", "csv", "docx", "pdf", "xlsx", "xls", "et", "html", "mht", "doc", "wps", "rtf", "ofd", "odt", "ods", "fodt",
             "fods", "xmlss", "sylk", "dif")
MAX_FILE = 100 * 1024 * 1024


def read_document(path: str | Path, name: str | None = None) -> Document:
    """Read a report. `name` is how the file is called in provenance (default: the path)."""
    path = Path(path)
    label = name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise ExtractError(label, "too_large", f"文件过大（{size // 2**20} MB，上限 {MAX_FILE // 2**20} MB）")
        data = path.read_bytes()
    except OSError as e:
        raise ExtractError(label, "io", f"无法读取文件（{e.strerror or e}）") from None
    return read_bytes(data, label)


# Formats whose lines the text-line reader reads itself; scans, whose lines OCR gives; PDF, whose
# reader runs read_flat_tables itself before it says what lines it could not read as a table.
_OWN_LINES = frozenset(("txt", "csv", "pdf-ocr", "image-ocr", "pdf"))


def read_bytes(data: bytes, label: str) -> Document:
    doc = _read(data, label)
    if doc.format not in ("html", "mht"):
        from .html_reader import bbcode_blocks
        bbcode_blocks(doc)    # a board's table code left as text, printed or copied (the web page reads it itself)
    from .html_reader import markup_blocks
    markup_blocks(doc)    # a table's HTML markup shown as text, on the page itself or printed
    if doc.format in ("txt", "csv") and (n := entity_cells(doc)):
        # a web system's fields stored escaped (&gt;= for >=): the characters they stand for
        doc.warnings.append(f"{label}：此文件有{n}处文字含 HTML 字符实体（如 &gt; &lt; &amp; &quot;），"
                            f"像是网页系统转义存储后导出，已按其代表的字符读取，请核对原件")
    if doc.format not in _OWN_LINES:
        from .flat_lines import read_flat_tables
        read_flat_tables(doc)     # a text table that came as paragraphs (a flattened web page saved as Word)
    return doc


def _read(data: bytes, label: str, body_of_http: bool = False, in_portfolio: bool = False) -> Document:
    sha = hashlib.sha256(data).hexdigest()
    # a response saved whole: its body is the document (a body is not unwrapped again: a file of responses
    # nested thousands deep would recurse without end)
    if not body_of_http and (http := http_body(data, label)) is not None:
        body, faults = http
        doc = _read(body, label, body_of_http=True)
        doc.sha256 = sha
        doc.warnings += [f"{label}：此文件是保存的 HTTP 响应，{f}，正文可能不全，请核对原件" for f in faults]
        return doc
    kind = sniff(data)
    if kind == "empty":
        raise ExtractError(label, "empty", "文件为空（没有任何内容）")
    if kind == "pdf":
        from .pdf_files import portfolio_files
        # a PDF portfolio: its pages a cover sheet, its documents the files in it (one in one is not unwrapped
        # again: portfolios nested thousands deep would recurse without end)
        if not in_portfolio and (files := portfolio_files(data)) is not None:
            return _portfolio(label, sha, files)
        from .pdf_reader import read_pdf
        doc, undecoded, imaged, pictured, ocr_layer = read_pdf(label, data, sha)
        if doc.pages and sum(len(normalize_ws(b.text)) for b in doc.paragraphs()) + \
                sum(len(normalize_ws(c.text)) for _, c in doc.iter_cells()) < 20 * doc.pages:
            return _scanned(label, data, sha, "pdf", doc, undecoded)   # no text layer: a scan
        if undecoded or imaged or pictured or ocr_layer:
            said = {**{n: (OCR_LAYER, OCR_LAYER_UNREAD) for n in ocr_layer},
                    **{n: (PICTURED, PICTURED_UNREAD) for n in pictured},
                    **{n: (UNDECODED, UNDECODED_UNREAD) for n in undecoded},
                    **{n: (IMAGED, IMAGED_UNREAD) for n in imaged}}
            return _with_pages_as_images(label, data, sha, doc, dict(sorted(said.items())))
        return doc
    if kind == "docx":
        from .docx_reader import read_docx
        return read_docx(label, data, sha)
    if kind == "xlsx":
        from .spreadsheet_reader import read_xlsx
        return read_xlsx(label, data, sha)
    if kind == "xmlss":
        from .spreadsheet_xml import read_spreadsheet_xml
        return read_spreadsheet_xml(label, data, sha)
    if kind == "sylk":
        from .sylk import read_sylk
        return read_sylk(label, data, sha)
    if kind == "dif":
        from .dif import read_dif
        return read_dif(label, data, sha)
    if kind in ("html", "mht"):
        from .html_reader import read_html
        return read_html(label, data, sha, fmt=kind)
    if kind == "ipynb" and (page := notebook_page(data)) is not None:     # the page the notebook shows
        from .html_reader import read_html
        return read_html(label, page, sha, fmt="ipynb")
    if kind == "xls":
        return _read_xls(label, data, sha)
    if kind == "flatopc":
        return _flat_opc(label, data, sha)
    if kind in ("doc", "wps", "rtf", "wordml"):
        return _converted_word(label, data, sha, kind)
    if kind == "et":
        return _converted_sheet(label, data, sha, "et", "WPS 表格文件")
    if kind == "ofd":
        from .ofd_reader import read_ofd
        return read_ofd(label, data, sha)
    if kind in ("odt", "ods", "fodt", "fods"):
        from .odf_reader import read_odf
        return read_odf(label, data, sha, kind)
    if kind == "odf":
        raise UnsupportedFormat(label, "OpenDocument 文件不是文本文档（.odt）或电子表格（.ods），而是演示文稿、绘图等，暂不支持")
    if kind == "broken-zip":
        raise ExtractError(label, "corrupt", "文件是损坏或不完整的压缩包（可能是截断的 Word/Excel 文件），无法读取")
    if kind == "ole-encrypted":
        raise ExtractError(label, "encrypted", "Office 文件已加密（需要密码），无法读取")
    if kind == "ole":
        raise UnsupportedFormat(label, "无法识别的 Office 复合文档（不是 Word、Excel 或 WPS 文件），暂不支持")
    if kind == "image":
        return _scanned(label, data, sha, "image", None)
    if kind == "zip":
        raise UnsupportedFormat(label, "压缩包不是 Word/Excel/OFD 文档；放入收件目录的压缩包由 jixiao run 逐个读取其中的文件")
    from .text_reader import read_text
    return read_text(label, data, sha)


def _scanned(label: str, data: bytes, sha: str, kind: str, text_doc: Document | None,
             undecoded: list[int] = ()) -> Document:
    """OCR when it is on and installed; otherwise the text layer (with its warning) or a refusal.
    undecoded: the PDF's pages whose text layer is glyph codes (pdf_reader._glyph_codes)."""
    from . import ocr_reader
    if ocr_reader.ENABLED and ocr_reader.available():
        doc = ocr_reader.read_scan(label, data, sha, kind)
        doc.format = "pdf-ocr" if kind == "pdf" else "image-ocr"
        doc.warnings[:0] = [UNDECODED.format(page=n) for n in undecoded]
        return doc
    if text_doc is not None:
        text_doc.warnings.extend(UNDECODED_UNREAD.format(page=n, why="未启用 OCR") for n in undecoded)
        if len(undecoded) < (text_doc.pages or 0):
            text_doc.warnings.append("PDF 没有文字层（扫描件），未启用 OCR，未能读取内容")
        return text_doc
    raise UnsupportedFormat(label, "图片需要 OCR 识别，未启用或未安装 OCR（rapidocr_onnxruntime）")


UNDECODED = "第{page}页文本层无法解码，已按图像识别（字体没有字符映射，文本层给出的是字形编码而非文字），请核对原件"
UNDECODED_UNREAD = "第{page}页文本层无法解码（字体没有字符映射，文本层给出的是字形编码而非文字），{why}，该页未能读取"
IMAGED = "第{page}页没有文字层（扫描页），已按图像识别，请核对原件"
IMAGED_UNREAD = "第{page}页没有文字层（扫描页），{why}，该页未能读取"
PICTURED = "第{page}页有一幅图片（如粘贴为图片的表格）没有文字层，已按图像识别整页，请核对原件"
PICTURED_UNREAD = "第{page}页有一幅图片（如粘贴为图片的表格）没有文字层，{why}，图中的内容未能读取"
OCR_LAYER = "第{page}页是扫描图像，文字层是扫描软件生成的不可见识别文字（可能有识别错误），已按图像重新识别，请核对原件"
OCR_LAYER_UNREAD = ("第{page}页是扫描图像，文字层是扫描软件生成的不可见识别文字（可能有识别错误），{why}，"
                    "已按该文字层读取，数值请对照原件核对")


def _with_pages_as_images(label: str, data: bytes, sha: str, doc: Document,
                          said: dict[int, tuple[str, str]]) -> Document:
    """The text layer's blocks with those of the pages it could not give (glyph codes, or a scanned
    page among printed ones), read by OCR from a PDF of those pages alone, in page order; blocks and
    tables numbered again, and a table a page break cut between a text page and an OCR page joined
    (extract.ruled_page.join_across). said: page -> its warnings (read by OCR, left unread)."""
    import dataclasses
    import re

    from . import ocr_reader
    from .ruled_page import join_across
    pages = list(said)
    if not (ocr_reader.ENABLED and ocr_reader.available()):
        doc.warnings.extend(said[n][1].format(page=n, why="未启用 OCR") for n in pages)
        return doc
    from .picture_alone import alone_pdf, rowless, said as alone_said, shrunk
    try:
        scan = ocr_reader.read_scan(label, alone_pdf(data, pages, {}), sha, "pdf", split=False)
        # a picture shrunk onto its page (photos pasted into a Word file) whose table the page's
        # rendering left without rows is read again at its own pixels, alone
        alone = {n: v for n, v in shrunk(data, [n for n in pages if said[n][0] == PICTURED], ocr_reader.DPI).items()
                 if rowless(scan, pages.index(n) + 1)}
        if alone:
            scan = ocr_reader.read_scan(label, alone_pdf(data, pages, alone), sha, "pdf", split=False)
    except ExtractError as e:     # (too many such pages for OCR): the rest of the file still reads
        doc.warnings.extend(said[n][1].format(page=n, why=e.reason) for n in pages)
        return doc
    for b in scan.blocks:      # the OCR reader numbered the pages of the PDF it was given
        b.loc = dataclasses.replace(b.loc, page=pages[b.loc.page - 1])
        for c in getattr(b, "cells", ()):
            c.loc = dataclasses.replace(c.loc, page=pages[c.loc.page - 1])
    # a page read whole by OCR for its picture (or as the scan its invisible OCR layer was made
    # from): the OCR's blocks stand for its text layer's too
    pictured = {n for n in pages if said[n][0] in (PICTURED, OCR_LAYER)}
    # (a page read as its picture alone keeps its text layer's lines above and below the picture)
    around = [(b, _beside(b, alone[b.loc.page])) for b in doc.blocks if b.loc.page in alone]
    doc.blocks = [b for b in doc.blocks if b.loc.page not in pictured]
    doc.blocks = sorted(doc.blocks + [b for b, at in around if at < 0] + scan.blocks
                        + [b for b, at in around if at > 0], key=lambda b: b.loc.page)   # (stable)
    join_across(doc, {id(b) for b in scan.blocks}, ocr_reader.DPI / 72)
    doc.renumber()
    doc.warnings.extend(alone_said(n, alone[n], ocr_reader.DPI) if n in alone else said[n][0].format(page=n)
                        for n in pages)
    def page(m):   # (a number past them is no page of the OCR's PDF: text the warning quotes)
        k = int(m.group(1))
        return f"第{pages[k - 1]}页" if 1 <= k <= len(pages) else m.group(0)
    doc.warnings.extend(re.sub(r"第(\d+)页", page, w) for w in scan.warnings if not w.startswith("扫描件，共"))
    return doc


def _portfolio(label: str, sha: str, files: list[tuple[str, bytes]]) -> Document:
    """A PDF portfolio read as the files embedded in it (extract.pdf_files), in its order, each block and cell
    naming its file (Location.embedded); the cover page left unread; said, with the files that could not be
    read and why. None readable: an ExtractError saying so."""
    import dataclasses

    from .pdf_files import MAX_FILES
    parts, unread = [], [f"“{name}”（超过{MAX_FILES}个文件的上限）" for name, _ in files[MAX_FILES:]]
    for name, body in files[:MAX_FILES]:
        try:
            parts.append((name, _read(body, label, in_portfolio=True)))
        except ExtractError as e:
            unread.append(f"“{name}”（{e.reason}）")
    names = "、".join(f"“{name}”" for name, _ in files)
    if not parts:
        raise ExtractError(label, "unsupported", f"文件是 PDF 包（PDF Portfolio），页面只是封面，其中的{len(files)}个文件"
                                                 f"都未能读取：{'；'.join(unread)}")
    doc = Document(source=label, format=parts[0][1].format, sha256=sha,
                   pages=sum(d.pages or 0 for _, d in parts) or None)
    for name, part in parts:
        where = f"附件“{name}”"
        for b in part.blocks:
            b.loc = dataclasses.replace(b.loc, embedded=where)
            for c in getattr(b, "cells", ()):
                c.loc = dataclasses.replace(c.loc, embedded=where)
        doc.blocks += part.blocks
        doc.warnings += [f"{where}：{w}" for w in part.warnings]
    doc.renumber()
    doc.warnings.insert(0, f"{label}：此文件是 PDF 包（PDF Portfolio），页面只是阅读器的封面，内容是包中嵌入的{len(files)}个"
                           f"文件（{names}），已按其中的文件读取" + (f"；未能读取：{'；'.join(unread)}" if unread else ""))
    return doc


def _beside(block, picture: dict) -> int:
    """-1 where a text layer's block stands wholly above the picture, 1 wholly below it, 0 otherwise."""
    box = block.loc.bbox
    if box is None:
        return 0
    return -1 if box[3] <= picture["top"] + 1 else 1 if box[1] >= picture["bottom"] - 1 else 0


def _flat_opc(label: str, data: bytes, sha: str) -> Document:
    """An Office document saved as one XML file (extract.flat_opc): its parts zipped again and read as the
    .docx / .xlsx they make, said."""
    import zipfile
    from io import BytesIO

    from .flat_opc import zipped
    from .sniff import package_kind
    package = zipped(data)
    if package is None:
        raise ExtractError(label, "corrupt", "文件是 Office 的 XML 文档（平面 OPC 包，pkg:package），但其 XML 无法解析或没有任何部件，无法读取")
    kind = package_kind(zipfile.ZipFile(BytesIO(package)))
    if kind == "docx":
        from .docx_reader import read_docx
        doc, what = read_docx(label, package, sha), "Word"
    elif kind == "xlsx":
        from .spreadsheet_reader import read_xlsx
        doc, what = read_xlsx(label, package, sha), "Excel"
    else:
        raise UnsupportedFormat(label, "文件是 Office 的 XML 文档（平面 OPC 包），但不是 Word 文档或 Excel 工作簿（如演示文稿），暂不支持")
    doc.warnings.append(f"{label}：此文件是 {what} 另存的“XML 文档”（平面 OPC 包：各部件写在一个 XML 文件中），"
                        f"已按其中各部件还原为 .{kind} 读取")
    return doc


WORD_KINDS = {"doc": "旧版 Word 文件", "wps": "WPS 文字文件", "rtf": "RTF 文件", "wordml": "Word 2003 XML 文档"}


def _converted_word(label: str, data: bytes, sha: str, kind: str) -> Document:
    from .convert import convert
    from .docx_reader import read_docx
    doc = read_docx(label, convert(label, data, sha, "docx", WORD_KINDS[kind]), sha)
    doc.format = kind
    doc.warnings.append(f"{WORD_KINDS[kind]}经 LibreOffice 转换为 .docx 后读取")
    if kind == "doc":
        _lost_tables(doc, data)
    return doc


def _lost_tables(doc: Document, data: bytes) -> None:
    """A .doc table LibreOffice gave as one paragraph (extract.doc_cells) read from the .doc's own
    cell marks: the rows of the table's full width (the width most of its rows have) as a table,
    cell for cell; a row of another width (merged cells, whose columns only the lost row
    properties would tell) as a line of text in its place; each named in the warnings. A shorter row
    after the table's rows whose first cell is a total's label by the tables' grammar (summary_rows: 总分,
    合计, 自评总分（含资金执行率）) and whose other cells are all figures (总分 | 98.94, 总分 | 100 | 99.8: the
    total row, its label merged across to the figures) is placed as the printed row shows it, the label
    in the first column and the figures in the last ones, said so."""
    import dataclasses
    from collections import Counter

    import regex as re
    figure = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*[%％分]?$")

    from .doc_cells import lost_tables
    from .summary_rows import summary_label
    from .model import Cell, Paragraph, Table
    paragraphs = doc.paragraphs()
    for k, first, rows in lost_tables([p.text for p in paragraphs], data):
        para = paragraphs[k]
        width = Counter(len(r) for r in rows).most_common(1)[0][0]
        if width < 2 or sum(len(r) == width for r in rows) < 2:    # no grid to speak of: said only
            doc.warnings.append(f"{para.loc.describe()}：原文件中自“{first[:20]}”起的表格，表格行的格式信息缺失，"
                                "LibreOffice 转换后成为一段连写的文字，该表格各行未读出，请核对原件")
            continue
        blocks: list = []
        short: list[str] = []
        placed: list[str] = []
        apart: list[str] = []

        def run_of(i: int) -> int:
            """How many rows next to row i (it included) have its width: a run of two or more rows of
            one width of three or more cells, other than the table's, is a grid of its own (a fund block
            whose merged label cell leaves its rows one cell short of the indicator rows below)."""
            n = len(rows[i])
            lo = hi = i
            while lo > 0 and len(rows[lo - 1]) == n:
                lo -= 1
            while hi + 1 < len(rows) and len(rows[hi + 1]) == n:
                hi += 1
            return hi - lo + 1
        for i, row in enumerate(rows):
            cells = [c.strip() for c in row if c.strip()]
            if len(row) < width and blocks and isinstance(blocks[-1], Table) and 2 <= len(cells) <= width - 1 and \
                    summary_label(cells[0]) == "total" and all(figure.match(c) for c in cells[1:]) and \
                    all(len(r) != width for r in rows[i + 1:]):
                # the row that closes the grid (no row of its width after it) with a label and figures: the
                # total row, its label in the first column, its figures right-aligned to the last
                row = [cells[0]] + [""] * (width - len(cells)) + cells[1:]
                placed.append(" ".join(cells)[:20])
            elif len(row) != width and len(row) >= 3 and run_of(i) >= 2:
                apart.append(" ".join(c for c in row if c)[:20])
            elif len(row) != width:
                text = " ".join(c for c in row if c)
                blocks.append(Paragraph(text, para.loc))
                short.append(text[:20])
                continue
            if not blocks or not isinstance(blocks[-1], Table) or blocks[-1].n_cols != len(row):
                blocks.append(Table(index=0, n_rows=0, n_cols=len(row), cells=[], loc=para.loc, origin=MERGES_BLANK))
            table = blocks[-1]
            table.cells += [Cell(text, table.n_rows, c, dataclasses.replace(para.loc, row=table.n_rows, col=c))
                            for c, text in enumerate(row)]
            table.n_rows += 1
        at = doc.blocks.index(para)
        doc.blocks[at:at + 1] = blocks
        doc.warnings.append(f"{para.loc.describe()}：原文件中自“{first[:20]}”起的表格，表格行的格式信息缺失，"
                            f"LibreOffice 转换后成为一段连写的文字；已按原文件的单元格标记逐行读出"
                            f"（{sum(len(r) == width for r in rows)} 行，每行 {width} 格，合并单元格读作空格）"
                            + (f"，另有 {len(placed)} 行单元格数不同、首格为标签其余为数字，按标签在首列、数字靠右读入："
                               + "；".join(f"“{t}”" for t in placed) if placed else "")
                            + (f"，另有 {len(apart)} 行单元格数不同、与相邻行同宽，按其自身的列数作为单独的表格读入（其列与上下表格的对应关系未知）："
                               + "；".join(f"“{t}”" for t in apart) if apart else "")
                            + (f"，另有 {len(short)} 行单元格数不同、所在列无法确定，作为文字读入："
                               + "；".join(f"“{t}”" for t in short) if short else "")
                            + "，请核对原件")
    doc.renumber()


def _converted_sheet(label: str, data: bytes, sha: str, kind: str, what: str) -> Document:
    from .convert import convert
    from .spreadsheet_reader import read_xlsx
    doc = read_xlsx(label, convert(label, data, sha, "xlsx", what), sha)
    doc.format = kind
    doc.warnings.append(f"{what}经 LibreOffice 转换为 .xlsx 后读取")
    return doc


def _read_xls(label: str, data: bytes, sha: str) -> Document:
    """xlrd reads Excel 97-2003 (and most .et files); what it cannot read, LibreOffice converts. Text
    boxes drawn on a sheet (a form drawn over an empty grid) xlrd does not see: such a workbook is read
    converted, where the .xlsx reader places the boxes in their cells (extract/sheet_boxes.py)."""
    from .sheet_boxes import xls_text_boxes_by_sheet
    from .spreadsheet_reader import read_xls
    boxes = xls_text_boxes_by_sheet(data)
    if boxes:
        try:
            return _converted_sheet(label, data, sha, "xls", "含文本框的 Excel .xls 文件")
        except ExtractError:
            pass   # read as xlrd reads it, the boxes said
    try:
        doc = read_xls(label, data, sha)
        if boxes:
            where = "、".join(f"工作表“{name}”{n} 个" if name else f"未列名的工作表 {n} 个" for name, n in boxes.items())
            doc.warnings.append(f"工作表中有 {sum(boxes.values())} 个文本框未读取（{where}；其中的指标或数字可能漏读），请核对原件")
        return doc
    except ExtractError as e:
        if e.code == "encrypted":
            raise
        first = e
    try:
        return _converted_sheet(label, data, sha, "xls", "Excel .xls 文件")
    except ExtractError:
        raise first from None
