"""Spreadsheets (.xlsx/.xlsm with openpyxl, .xls and BIFF-compatible WPS .et with xlrd): every
visible sheet in order, merged ranges as row/column spans, numbers as the cell shows them.

Why these readers: openpyxl and xlrd give merged ranges and number formats, which decide
what an analyst sees (0.9586 under `0.00%` is 95.86%); python-calamine is several times faster
but gives neither, so a 自评表's merged level-1 cells and percentages would be lost. Formulas are
read by their cached value (the value Excel or WPS showed when the file was saved); an .xls whose
formulas never stored theirs (every one 0) has its direct references read from the cells they name
(_unstored), and says so.

A sheet becomes blocks: rows at the top or bottom with one filled cell (the title, 填报说明)
become paragraphs; fully blank rows split a sheet into several tables (not a spacer row set too low for a
line of text between two rows of a table), and so does a fully empty
column between two tables side by side (_bands); other empty columns are dropped. Hidden sheets,
rows and columns are skipped and the document says so in a warning.
Each cell's Location names its sheet and its cell reference (B7) as the program shows them.
"""
from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from io import BytesIO

from . import cn_numerals
from .errors import ExtractError, fallback_unless_oom
from .model import Cell, Document, Location, Paragraph, Table, first_few
from .pasted_tree import tree_rows
from .separated import json_keys, json_rows, separated_rows, spaced_rows
from .tab_lines import append_typed
from .sheet_boxes import EMU_PER_PT, EMU_PER_PX, place_boxes, text_boxes
from .zipguard import check_package


@dataclass
class Sheet:
    """A sheet as every spreadsheet reader (.xlsx, .xls, .ods) hands it to build_sheets."""
    name: str
    cells: dict = field(default_factory=dict)     # (row, col) 1-based -> (text, stored value or None)
    merges: list = field(default_factory=list)    # (min_row, min_col, max_row, max_col), 1-based inclusive
    hidden_rows: set = field(default_factory=set)
    hidden_cols: set = field(default_factory=set)
    comments: dict = field(default_factory=dict)  # ref (E19) -> the cell comment's text, empty cells' too
    boxed: dict = field(default_factory=dict)     # (row, col) -> the text box (1-based) its text was drawn in
    pictured: dict = field(default_factory=dict)  # (row, col) -> the picture whose alt text its text is (lines)
    # an Excel table (ListObject) with its header row switched off: its first row -> (the table's name,
    # {col: the column's name}), the heads it keeps only in its definition (xl/tables), read as a row above
    heads: dict = field(default_factory=dict)
    indents: dict = field(default_factory=dict)   # (row, col) -> the cell's alignment indent (steps), where not 0
    spaces: dict = field(default_factory=dict)    # (row, col) -> the spaces a text value opens with, where any
    thin_rows: set = field(default_factory=set)   # rows set lower than a line of text (THIN_PT): spacers, not gaps


def _lead(sh: Sheet, r: int, c: int, value) -> None:
    """Keep the spaces a text value opens with (the shown text drops them): a pasted export's nesting."""
    if isinstance(value, str) and (n := len(value) - len(value.lstrip(" "))) and value.strip():
        sh.spaces[(r, c)] = n


def read_xlsx(path: str, data: bytes, sha256: str) -> Document:
    check_package(path, data, what="Excel 文件")
    import openpyxl

    with fallback_unless_oom(lambda e: ExtractError(path, "corrupt", f"Excel 文件无法打开（{type(e).__name__}: {e}）")), \
            warnings.catch_warnings():
        # openpyxl warns that it drops shapes; sheet_boxes reads the text boxes from the package itself
        warnings.filterwarnings("ignore", "DrawingML support is incomplete", UserWarning)
        wb = openpyxl.load_workbook(BytesIO(data), data_only=True)
    doc = Document(source=path, format="xlsx", sha256=sha256)
    sheets = []
    drawn = text_boxes(data)
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            doc.warnings.append(f"隐藏的工作表“{ws.title}”未读取")
            continue
        sh = Sheet(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.comment is not None and c.comment.text.strip():
                    sh.comments[c.coordinate] = c.comment.text.strip()
                if c.value is None or c.value == "":
                    continue
                value, fmt = c.value, c.number_format
                builtin = _ZH_BUILTIN.get(getattr(getattr(c, "_style", None), "numFmtId", None))
                if builtin and fmt == "General" and isinstance(value, (int, float)) and not isinstance(value, bool):
                    # openpyxl knows no locale built-ins: a Chinese Excel's 2023年12月 comes as a serial
                    from openpyxl.utils.datetime import from_excel
                    value, fmt = from_excel(value, wb.epoch), builtin
                sh.cells[(c.row, c.column)] = _shown(value, fmt)
                _lead(sh, c.row, c.column, value)
                if c.has_style and (indent := int(c.alignment.indent or 0)) > 0:
                    sh.indents[(c.row, c.column)] = indent
        sh.merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        sh.hidden_rows = {r for r, d in ws.row_dimensions.items() if d.hidden}
        sh.thin_rows = {r for r, d in ws.row_dimensions.items() if d.height is not None and d.height < THIN_PT}
        from openpyxl.utils import column_index_from_string
        for letter, d in ws.column_dimensions.items():
            if d.hidden:   # a dimension may stand for a range of columns (min..max)
                lo = d.min or column_index_from_string(letter)
                sh.hidden_cols.update(range(lo, (d.max or lo) + 1))
        if ws.title in drawn:
            doc.warnings += place_boxes(sh, drawn[ws.title], *_sizes_emu(ws))
        _table_heads(sh, ws)
        sheets.append(sh)
    build_sheets(doc, path, sheets)
    return doc


def _table_heads(sh: Sheet, ws) -> None:
    """Sheet.heads of each Excel table (插入 > 表格) whose header row is switched off (表格样式选项: 标题行
    unticked): the sheet shows a bare grid, the column names stand only in the table's definition."""
    from openpyxl.utils.cell import range_boundaries
    for t in ws.tables.values():
        if t.headerRowCount != 0 or not t.tableColumns:
            continue
        c0, r0, _c1, _r1 = range_boundaries(t.ref)
        names = {c0 + k: col.name for k, col in enumerate(t.tableColumns) if col.name}
        if names:
            sh.heads[r0] = (t.displayName or t.name, names)


def _sizes_emu(ws):
    """The worksheet's column width and row height, in EMU, by 0-based index (as Excel draws them: a
    width in characters of the default font, 7 pixels each plus padding; heights in points)."""
    from openpyxl.utils import get_column_letter
    fmt = ws.sheet_format
    default_w = fmt.defaultColWidth or (fmt.baseColWidth or 8) + 0.43
    default_h = fmt.defaultRowHeight or 15

    def col(k: int) -> int:
        d = ws.column_dimensions.get(get_column_letter(k + 1))
        if d is None:   # a dimension may stand for a range of columns
            d = next((d for d in ws.column_dimensions.values() if d.min and d.max and d.min <= k + 1 <= d.max), None)
        w = d.width if d is not None and d.width else default_w
        return int((256 * w + 18) // 256 * 7) * EMU_PER_PX

    def row(k: int) -> int:
        d = ws.row_dimensions.get(k + 1)
        return int((d.height if d is not None and d.height else default_h) * EMU_PER_PT)
    return col, row


def _unopened_xls(path: str, e: Exception) -> ExtractError:
    """Why xlrd could not open the workbook: its own error says a password or what it could not read;
    any other (xlrd raises assorted errors on damaged BIFF) is damage."""
    import xlrd

    if not isinstance(e, xlrd.biffh.XLRDError):
        return ExtractError(path, "corrupt", f"Excel .xls 文件已损坏（{type(e).__name__}: {e}）")
    if "encrypt" in str(e).lower():
        return ExtractError(path, "encrypted", "Excel 文件已加密（需要密码），无法读取")
    return ExtractError(path, "corrupt", f"Excel .xls 文件无法读取（{e}）")


def read_xls(path: str, data: bytes, sha256: str, fmt: str = "xls") -> Document:
    import xlrd

    with fallback_unless_oom(lambda e: _unopened_xls(path, e)):
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    doc = Document(source=path, format=fmt, sha256=sha256)
    sheets = []
    formulas = _xls_formulas(book)
    for k in range(book.nsheets):
        ws = book.sheet_by_index(k)
        if ws.visibility:
            doc.warnings.append(f"隐藏的工作表“{ws.name}”未读取")
            continue
        sh = Sheet(ws.name)
        unstored = _unstored(book, formulas.get(k, {}))
        resolved = 0
        rejoined, unjoined = [], []   # text-joining formulas whose stored result is the number 0
        relooked, unlooked = [], []   # exact-match lookups (VLOOKUP) whose stored result is the number 0
        plans = {at: x[2] for at, x in formulas.get(k, {}).items()}   # the sheet's joins (_join_plan), by cell
        for r in range(ws.nrows):
            for c in range(ws.ncols):
                cell = ws.cell(r, c)
                if unstored and (target := unstored.get((r, c))) is not None:
                    cell, resolved = target, resolved + 1
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                key = book.xf_list[ws.cell(r, c).xf_index].format_key   # the formula cell's own format
                fmt_str = book.format_map[key].format_str if key in book.format_map else _ZH_BUILTIN.get(key, "General")
                value = _xls_value(book, cell)
                plan, lookup = (formulas.get(k, {}).get((r, c)) or (None, None, None, None))[2:]
                if plan is not None and cell.ctype == xlrd.XL_CELL_NUMBER and cell.value == 0:
                    # & yields text, never a number: a 0 stored for it is no result (LibreOffice's .xls
                    # export keeps the numbers' results and writes 0 for the joined texts')
                    joined = _joined(ws, plan, plans)
                    (unjoined if joined is None else rejoined).append(f"{_col_letter(c + 1)}{r + 1}")
                    if joined is not None:
                        value = joined
                if lookup is not None and cell.ctype == xlrd.XL_CELL_NUMBER and cell.value == 0:
                    # a lookup whose stored 0 stands for the text it finds (LibreOffice's .xls export, as
                    # for the joins): looked up again in the cells it names; a number found keeps its 0
                    found = _looked_up(book, ws, lookup)
                    if found is None:
                        unlooked.append(f"{_col_letter(c + 1)}{r + 1}")
                    elif isinstance(found, str):
                        relooked.append(f"{_col_letter(c + 1)}{r + 1}")
                        value = found
                if value == "":
                    continue
                sh.cells[(r + 1, c + 1)] = _shown(value, fmt_str)
                _lead(sh, r + 1, c + 1, value)
                if (indent := book.xf_list[ws.cell(r, c).xf_index].alignment.indent_level) > 0:
                    sh.indents[(r + 1, c + 1)] = indent
        if unstored:
            left = len(unstored) - resolved
            doc.warnings.append(f"工作表“{ws.name}”的 {len(unstored)} 个公式单元格未随文件保存计算结果（保存的值均为 0）"
                                + (f"，其中 {resolved} 个是对单元格的直接引用，已按所引单元格读取" if resolved else "")
                                + (f"；其余 {left} 个按保存的 0 读取，请核对原件" if left else "，请核对原件"))
        if rejoined or unjoined:
            doc.warnings.append(f"工作表“{ws.name}”的 {len(rejoined) + len(unjoined)} 个文字连接公式（&）保存的结果是数字 0，"
                                f"未存所连接的文字（{first_few(rejoined + unjoined, 5)}）"
                                + (f"：{len(rejoined)} 个已按所连接的单元格重新连接读取" if rejoined else "")
                                + (f"；{len(unjoined)} 个（{first_few(unjoined, 5)}）无法重新连接，按 0 读取" if unjoined else "")
                                + "，请核对原件")
        if relooked or unlooked:
            doc.warnings.append(f"工作表“{ws.name}”的 {len(relooked) + len(unlooked)} 个查找公式（VLOOKUP）保存的结果是数字 0"
                                + (f"：{len(relooked)} 个所查到的是文字（{first_few(relooked, 5)}），已按所查的单元格重新查找读取"
                                   if relooked else "")
                                + (f"；{len(unlooked)} 个（{first_few(unlooked, 5)}）无法重新查找，按 0 读取" if unlooked else "")
                                + "，请核对原件")
        sh.comments = {f"{_col_letter(c + 1)}{r + 1}": n.text.strip() for (r, c), n in ws.cell_note_map.items()
                       if n.text.strip()}
        sh.merges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in ws.merged_cells]
        sh.hidden_rows = {r + 1 for r, info in ws.rowinfo_map.items() if info.hidden}
        sh.thin_rows = {r + 1 for r, info in ws.rowinfo_map.items() if info.height < THIN_PT * 20}   # twips
        sh.hidden_cols = {c + 1 for c, info in ws.colinfo_map.items() if info.hidden}
        sheets.append(sh)
        book.unload_sheet(k)
    build_sheets(doc, path, sheets)
    _xls_pictures(doc, data)
    return doc


def _xls_pictures(doc: Document, data: bytes) -> None:
    """Table-sized pictures on the sheets (sheet_boxes.TABLE_SIZED rows and columns or more: a table pasted as
    a picture, not a logo or a seal) are said: xlrd reads no picture and an .xls keeps no alt text to read."""
    from .sheet_boxes import TABLE_SIZED, xls_pictures_by_sheet
    for name, spans in xls_pictures_by_sheet(data).items():
        big = [(r, c) for r, c in spans if r >= TABLE_SIZED and c >= TABLE_SIZED]
        if big:
            doc.warnings.append(f"工作表“{name}”有{len(big)}幅较大的图片（{'、'.join(f'覆盖{r}行{c}列' for r, c in big[:5])}）"
                                "没有文字，其内容未读取：若是粘贴为图片的表格，指标与资金数据可能漏读，请核对原件")


def _xls_value(book, cell):
    """A cell's value as xlrd gives it, dates as dates, booleans as booleans, errors as their text."""
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    return cell.value


_FORMULA, _EOF, _SHRFMLA, _EXP = 0x0006, 0x000A, 0x04BC, 0x01
_REF, _REF3D = (0x24, 0x44, 0x64), (0x3A, 0x5A, 0x7A)   # tRef / tRef3d in their three classes


def _xls_formulas(book) -> dict[int, dict[tuple[int, int], tuple[bytes, tuple[int, int, int] | None, list | None]]]:
    """Each sheet's formula cells (BIFF8 FORMULA records, which xlrd reads only for their cached value):
    {sheet: {(row, col): (the cached result's 8 bytes, (sheet, row, col) the formula is a direct
    reference to, or None, the formula's joins if it only joins text (_join_plan), or None)}}. Only a
    formula that is one reference (=B3, =录入!C5) is resolved."""
    import struct

    if book.biff_version < 80 or not getattr(book, "mem", None):
        return {}
    try:
        return _formula_records(book)
    except (struct.error, IndexError, AttributeError):   # a damaged stream: the cached values, as before
        return {}


def _formula_records(book) -> dict:
    import struct

    out: dict = {}
    for k, pos in enumerate(book._sh_abs_posn):
        sheetx = book._all_sheets_map[k] if k < len(book._all_sheets_map) else -1
        if sheetx < 0:
            continue
        cells = out.setdefault(sheetx, {})
        exps: dict = {}      # (row, col) -> the first cell of the shared formula it uses (tExp)
        shareds: dict = {}   # the first cell of a shared formula -> its tokens (SHRFMLA)
        mem, end = book.mem, len(book.mem)
        while pos + 4 <= end:
            rtype, size = struct.unpack_from("<HH", mem, pos)
            data = mem[pos + 4:pos + 4 + size]
            pos += 4 + size
            if rtype == _EOF:
                break
            if rtype == _SHRFMLA and len(data) >= 10:
                first_row, _, first_col = struct.unpack_from("<HHB", data, 0)
                cce = struct.unpack_from("<H", data, 8)[0]
                shareds[(first_row, first_col)] = data[10:10 + cce]
                continue
            if rtype != _FORMULA or len(data) < 22:
                continue
            row, col = struct.unpack_from("<HH", data, 0)
            cce = struct.unpack_from("<H", data, 20)[0]
            rgce = data[22:22 + cce]
            target = None
            if len(rgce) < cce:
                continue
            if cce == 5 and rgce[0] in _REF:
                r, c = struct.unpack_from("<HH", rgce, 1)
                target = (sheetx, r, c & 0x3FFF)
            elif cce == 7 and rgce[0] in _REF3D:
                ixti, r, c = struct.unpack_from("<HHH", rgce, 1)
                info = book._externsheet_info[ixti] if ixti < len(book._externsheet_info) else None
                if info is not None and info[1] == info[2] and \
                        book._supbook_types[info[0]] == 1 and 0 <= info[1] < len(book._all_sheets_map):   # this workbook
                    target = (book._all_sheets_map[info[1]], r, c & 0x3FFF)
            cells[(row, col)] = (data[6:14], target, _join_plan(rgce, row, col), _lookup_plan(book, sheetx, rgce))
            if cce == 5 and rgce[0] == _EXP:
                exps[(row, col)] = struct.unpack_from("<HH", rgce, 1)
        # a formula shared down a range (SHRFMLA, written after the range's first FORMULA) is each cell's
        # tExp pointing at that first cell: its joins read from the shared tokens, relative to the cell
        for (row, col), base in exps.items():
            if (shared := shareds.get(base)) is not None:
                raw, target, _, lookup = cells[(row, col)]
                cells[(row, col)] = (raw, target, _join_plan(shared, row, col), lookup)
    return out


_AREA, _AREA3D = (0x25, 0x45, 0x65), (0x3B, 0x5B, 0x7B)   # tArea / tArea3d in their three classes
_INT, _BOOL, _FUNC, _FUNCVAR, _ATTR = 0x1E, 0x1D, (0x21, 0x41, 0x61), (0x22, 0x42, 0x62), 0x19
_VLOOKUP, _FALSE = 102, 35   # the built-in function numbers (iftab) of VLOOKUP and FALSE()


def _sheet_of(book, ixti: int) -> int | None:
    """The sheet of this workbook an EXTERNSHEET index names (a 3-D reference's), or None."""
    info = book._externsheet_info[ixti] if ixti < len(book._externsheet_info) else None
    if info is not None and info[1] == info[2] and \
            book._supbook_types[info[0]] == 1 and 0 <= info[1] < len(book._all_sheets_map):
        return book._all_sheets_map[info[1]]
    return None


def _lookup_plan(book, sheetx: int, rgce: bytes) -> tuple | None:
    """An exact-match lookup =VLOOKUP(key, table, n, FALSE) whose key is one cell and whose table is a
    range of this workbook: ((sheet, row, col) of the key, (sheet, first row, last row, first col), n);
    None for any other formula (an approximate match, a computed key or column, a shared formula)."""
    import struct

    toks, k = [], 0
    while k < len(rgce):
        t = rgce[k]
        if t == _ATTR and k + 4 <= len(rgce) and rgce[k + 1] in (0x00, 0x01, 0x40):   # spaces, volatile
            k += 4
        elif t in _REF and k + 5 <= len(rgce):
            r, c = struct.unpack_from("<HH", rgce, k + 1)
            toks.append(("ref", (sheetx, r, c & 0x3FFF)))
            k += 5
        elif t in _REF3D and k + 7 <= len(rgce):
            ixti, r, c = struct.unpack_from("<HHH", rgce, k + 1)
            toks.append(("ref", (_sheet_of(book, ixti), r, c & 0x3FFF)))
            k += 7
        elif t in _AREA and k + 9 <= len(rgce):
            r0, r1, c0, _ = struct.unpack_from("<HHHH", rgce, k + 1)
            toks.append(("area", (sheetx, r0, r1, c0 & 0x3FFF)))
            k += 9
        elif t in _AREA3D and k + 11 <= len(rgce):
            ixti, r0, r1, c0, _ = struct.unpack_from("<HHHHH", rgce, k + 1)
            toks.append(("area", (_sheet_of(book, ixti), r0, r1, c0 & 0x3FFF)))
            k += 11
        elif t == _INT and k + 3 <= len(rgce):
            toks.append(("int", struct.unpack_from("<H", rgce, k + 1)[0]))
            k += 3
        elif t == _BOOL and k + 2 <= len(rgce):
            toks.append(("int", rgce[k + 1]))
            k += 2
        elif t in _FUNC and k + 3 <= len(rgce) and struct.unpack_from("<H", rgce, k + 1)[0] == _FALSE:
            toks.append(("int", 0))
            k += 3
        elif t in _FUNCVAR and k + 4 <= len(rgce):
            toks.append(("func", (rgce[k + 1], struct.unpack_from("<H", rgce, k + 2)[0] & 0x7FFF)))
            k += 4
        else:
            return None
    if [kind for kind, _ in toks] != ["ref", "area", "int", "int", "func"] or toks[4][1] != (4, _VLOOKUP) or \
            toks[3][1] != 0 or toks[2][1] < 1 or toks[0][1][0] is None or toks[1][1][0] is None:
        return None
    return toks[0][1], toks[1][1], toks[2][1]


def _looked_up(book, ws, plan: tuple):
    """What an exact-match VLOOKUP (_lookup_plan) finds, from the cells it names: the text or number of
    the n-th cell of the first table row whose first cell equals the key (text compared as Excel does,
    case and outer blanks aside); "" for an empty cell found; None where the key is found nowhere."""
    import xlrd

    (ks, kr, kc), (ts, r0, r1, c0), n = plan

    def value(sheet, r, c):
        cell = sheet.cell(r, c) if r < sheet.nrows and c < sheet.ncols else None
        if cell is None or cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return ""
        return cell.value.strip().casefold() if cell.ctype == xlrd.XL_CELL_TEXT else cell.value
    key_sheet, table = book.sheet_by_index(ks), book.sheet_by_index(ts)
    key = value(key_sheet, kr, kc)
    if key == "":
        return None
    for r in range(r0, min(r1, table.nrows - 1) + 1):
        if value(table, r, c0) == key:
            cell = table.cell(r, c0 + n - 1) if c0 + n - 1 < table.ncols else None
            if cell is None or cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                return ""
            return cell.value if cell.ctype in (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER) else None
    return None


_STR, _CONCAT = 0x17, 0x08   # tStr (a string literal) and tConcat (the & operator)
_REFN = (0x2C, 0x4C, 0x6C)   # tRefN: a shared formula's reference, relative to the cell it stands in


def _join_plan(rgce: bytes, row: int, col: int) -> list | None:
    """A formula that only joins text (=I9&J9&K9, =B3&"万元"): its parsed tokens in order, a literal
    as its string and a reference as its (row, col) on the same sheet, the & operators as None; None
    for any other formula (a function, a number, another sheet, no & at all)."""
    import struct

    out, k = [], 0
    while k < len(rgce):
        t = rgce[k]
        if t == _CONCAT:
            out.append(None)
            k += 1
        elif t == _STR and k + 3 <= len(rgce):
            n, wide = rgce[k + 1], rgce[k + 2] & 1
            raw = rgce[k + 3:k + 3 + n * (2 if wide else 1)]
            out.append(raw.decode("utf-16-le" if wide else "latin-1"))
            k += 3 + len(raw)
        elif t in _REF and k + 5 <= len(rgce):
            r, c = struct.unpack_from("<HH", rgce, k + 1)
            out.append((r, c & 0x3FFF))
            k += 5
        elif t in _REFN and k + 5 <= len(rgce):
            r, c = struct.unpack_from("<HH", rgce, k + 1)
            # BIFF8: bit 15 of the column word marks the row relative, bit 14 the column (an offset in its
            # low byte, signed); a relative row is a signed 16-bit offset
            rr = row + struct.unpack("<h", struct.pack("<H", r))[0] if c & 0x8000 else r
            cc = col + struct.unpack("<b", bytes([c & 0xFF]))[0] if c & 0x4000 else c & 0x3FFF
            out.append((rr, cc))
            k += 5
        else:
            return None
    return out if None in out else None


def _joined(ws, plan: list, plans: dict, seen: frozenset = frozenset()) -> str | None:
    """What a text-joining formula shows (_join_plan), computed from the cells it names as Excel joins
    them (a number in General form, an empty cell as nothing, a cell that is itself a join stored as 0
    (plans: the sheet's joins by cell) as what it joins); None where the plan is not one RPN chain of
    joins, or the joins name each other round."""
    import xlrd

    stack: list[str] = []
    for tok in plan:
        if tok is None:
            if len(stack) < 2:
                return None
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif isinstance(tok, str):
            stack.append(tok)
        else:
            r, c = tok
            cell = ws.cell(r, c) if r < ws.nrows and c < ws.ncols else None
            if cell is None or cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                stack.append("")
            elif cell.ctype == xlrd.XL_CELL_NUMBER and cell.value == 0 and plans.get((r, c)) is not None:
                # a join's 0 is no result of it: what that join joins
                if (r, c) in seen or (inner := _joined(ws, plans[(r, c)], plans, seen | {(r, c)})) is None:
                    return None
                stack.append(inner)
            elif cell.ctype == xlrd.XL_CELL_NUMBER:
                stack.append(_general(cell.value))
            elif cell.ctype == xlrd.XL_CELL_TEXT:
                stack.append(cell.value)
            else:
                return None
    return stack[0] if len(stack) == 1 else None


def _unstored(book, formulas: dict) -> dict:
    """A sheet's formula cells whose results were never stored, {(row, col): the cell a direct reference
    points at, or None}; empty where the cached results can be believed. A producer that does not
    calculate (LibreOffice writing .xls from a file it did not recalculate) stores 0 as every result:
    every formula caching the number 0 while one of them refers to a cell holding something else is
    no sheet of zeros."""
    import struct

    import xlrd

    def cell(target):
        sheetx, r, c = target
        ws = book.sheet_by_index(sheetx) if 0 <= sheetx < book.nsheets else None
        return ws.cell(r, c) if ws is not None and r < ws.nrows and c < ws.ncols else None

    if not formulas or any(raw[6:8] == b"\xff\xff" or struct.unpack("<d", raw)[0] != 0 for raw, *_ in formulas.values()):
        return {}
    targets = {at: cell(t) if t is not None else None for at, (_, t, *_) in formulas.items()}
    if not any(c is not None and c.ctype not in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) and c.value not in ("", 0)
               for c in targets.values()):
        return {}
    # an empty cell referred to shows 0, as stored
    return {at: c if c is not None and c.ctype not in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) else None
            for at, c in targets.items()}


# number formats -------------------------------------------------------------------------------

# The built-in formats a Chinese (zh-CN) Excel stores by number alone (ECMA-376 18.8.30, zh-cn): a file
# names 31 and means 2023年12月20日.
_YM, _MD = 'yyyy"年"m"月"', 'm"月"d"日"'
_HM, _HMS = '上午/下午h"时"mm"分"', '上午/下午h"时"mm"分"ss"秒"'
_ZH_BUILTIN = {27: _YM, 28: _MD, 29: _MD, 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"',
               33: 'h"时"mm"分"ss"秒"', 34: _HM, 35: _HMS, 36: _YM, 50: _YM, 51: _MD, 52: _YM, 53: _MD, 54: _MD,
               55: _HM, 56: _HMS, 57: _YM, 58: _MD}
_QUOTED = re.compile(r'"([^"]*)"')
_BRACKET = re.compile(r"\[[^\]]*\]")


def _shown(value, number_format: str | None) -> tuple[str, str | None]:
    """(the text the cell shows, the stored value when it differs)."""
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        text, stored = _date(value, number_format or ""), value.isoformat()
        return text, (stored if stored != text else None)   # the day a 2023年12月 hides stays with the cell
    if isinstance(value, (int, float)):
        stored = _general(value)
        text = _number(value, number_format or "General")
        return text, (stored if stored != text else None)
    text = str(value).replace("\r\n", "\n").replace("_x000D_", "").strip()
    shown = _text_shown(text, number_format or "General")
    return shown, (text if shown != text else None)


def _text_shown(text: str, number_format: str) -> str:
    """Text as its format's text section shows it (ECMA-376 18.8.31): the fourth section, or a format of one
    section that holds @; @ stands for the text, the literals around it show as written ("年度指标值："@ shows
    ≥50000亩 as 年度指标值：≥50000亩, 1550: the field's name only in the format). Any other format shows the text
    as it is."""
    sections = _sections(number_format)
    section = sections[3] if len(sections) >= 4 else sections[0] if len(sections) == 1 else None
    if section is None:
        return text
    tokens = _FORMAT_TOKEN.findall(section)
    if "@" not in tokens:
        return text
    return "".join(text if t == "@" else _literal_text(t) for t in tokens if not t.startswith("[")).strip()


def _general(value) -> str:
    """Excel's General format: up to 11 significant digits, no exponent for ordinary sizes."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    d = Decimal(repr(value))
    digits = d.adjusted() + 1
    places = max(0, 11 - max(digits, 1))
    s = format(d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def _number(value, number_format: str) -> str:
    """A number as its format shows it (ECMA-376 18.8.31): the section for its sign (positive;negative;
    zero;text), then that section's tokens: digit placeholders 0 # ? and the literal text between them
    (0!.0 puts a point between two integer digits), grouping commas between digits, commas after the last
    digit (each divides by 1000: 0!.0,"万" shows 125000 as 12.5万), percent, and [DBNum1-3] numerals;
    scientific (0.00E+00) and fraction (# ?/?) formats by their own grammar (_scientific, _fraction)."""
    sections = _sections(number_format)
    section, signed, negative = sections[0], True, False
    if value < 0 and len(sections) >= 2:
        # the negative section writes its own sign ("-", parentheses); one that shows none (only a
        # colour: [Red]#,##0.00) keeps the minus, which no text could show otherwise
        section, value, negative = sections[1], -value, True
        signed = not re.search(r"[-(]", _literal_text(section))
    elif value == 0 and len(sections) >= 3:
        section = sections[2]
    tokens = _FORMAT_TOKEN.findall(section)
    system = _numeral_system(tokens)
    holders = [k for k, t in enumerate(tokens) if t in _HOLDERS]
    general = [k for k, t in enumerate(tokens) if t.lower() == "general" or t == "G/通用格式"]
    minus = "-" if value < 0 or negative and signed else ""
    if not general and (at := _exponent(tokens)) is not None:
        return _scientific(abs(value), tokens, at, minus)
    if not general and holders and (slash := _fraction_slash(tokens)) is not None:
        return _fraction(abs(value), tokens, slash, minus)
    if general or section.strip() in ("", "@"):
        text = _general(abs(value))
        if system:
            whole, _, frac = text.partition(".")
            text = cn_numerals.counted(int(whole), system) + \
                (cn_numerals.POINT[system] + cn_numerals.digits(frac, system) if frac else "")
        if not general:
            return minus + text
        at = general[0]
        return f"{_shown_literals(tokens[:at])}{minus}{text}{_shown_literals(tokens[at + 1:])}".strip()
    if not holders:
        # no digits at all: a zero shown as "-" (会计专用), or a format that is not a number's
        return _literal_text(section).strip() or _general(value)
    first, last = holders[0], holders[-1]
    point = next((k for k in range(max(first - 1, 0), last) if tokens[k] == "."), None)
    int_tokens = tokens[first:last + 1] if point is None else tokens[first:point]
    frac_tokens = [] if point is None else tokens[point + 1:last + 1]
    trailing = len(int_tokens) - len("".join(t[0] for t in int_tokens).rstrip(","))
    after = len(tokens[last + 1:]) - len("".join(t[0] for t in tokens[last + 1:]).lstrip(","))
    grouped = any(t == "," and set(int_tokens[:k]) & _HOLDERS and set(int_tokens[k + 1:]) & _HOLDERS
                  for k, t in enumerate(int_tokens))
    places = sum(t in _HOLDERS for t in frac_tokens)
    try:
        d = Decimal(repr(value)).scaleb(2 * tokens.count("%") - 3 * (trailing + after))
        q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return _general(value)
    whole, _, frac = format(abs(q), "f").partition(".")
    text = _integer_digits(int_tokens, whole.lstrip("0"), grouped, system)
    if point is not None:
        text += (cn_numerals.POINT[system] if system else ".") + _fraction_digits(frac_tokens, frac, system)
    if q == 0 and not any(tokens[k] in "0#" for k in holders):
        text = ""       # ? places show a zero as blanks ("-"?? of the accounting zero)
    sign = "-" if (q < 0 or negative and q) and signed else ""
    return f"{_shown_literals(tokens[:first])}{sign}{text}{_shown_literals(tokens[last + 1 + after:])}".strip()


def _exponent(tokens: list[str]) -> int | None:
    """Where a scientific format's E+ / E- stands (0.00E+00, ##0.0E+0), after a digit placeholder."""
    return next((k for k in range(1, len(tokens) - 1) if tokens[k] in ("E", "e") and tokens[k + 1] in "+-"
                 and any(t in _HOLDERS for t in tokens[:k])), None)


def _scientific(value, tokens: list[str], at: int, minus: str) -> str:
    """A number under a scientific format (ECMA-376 18.8.31): the mantissa to the places its
    placeholders give, as many integer digits as its 0s (1.23E+04 under 0.00E+00); where the integer
    part starts with # and has several placeholders, the exponent a multiple of their count (##0.0E+0:
    12.3E+3, engineering); E+ always writes the exponent's sign, E- only a minus; 0s after E pad it."""
    mant, exp = tokens[:at], tokens[at + 2:]
    holders = [k for k, t in enumerate(mant) if t in _HOLDERS]
    first = holders[0]
    point = next((k for k in range(first, len(mant)) if mant[k] == "."), len(mant))
    int_tokens, frac_tokens = mant[first:point], mant[point + 1:]
    ints = [t for t in int_tokens if t in _HOLDERS]
    places = sum(t in _HOLDERS for t in frac_tokens)
    step = len(ints) if len(ints) > 1 and ints[0] == "#" else 1
    d = Decimal(repr(value))
    e = 0 if not d else d.adjusted() // step * step if step > 1 else d.adjusted() - (len(ints) - 1)
    m = d.scaleb(-e).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if d and m >= Decimal(10) ** (step if step > 1 else len(ints)):   # 9.999 shown to two places is 1.00E+1
        e += step
        m = d.scaleb(-e).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, frac = format(m, "f").partition(".")
    text = _integer_digits([t for t in int_tokens if t != ","], whole.lstrip("0"), False, 0)
    if frac_tokens:
        text += "." + _fraction_digits(frac_tokens, frac, 0)
    exp_holders = [k for k, t in enumerate(exp) if t in _HOLDERS]
    last = exp_holders[-1] if exp_holders else -1
    digits = str(abs(e)).rjust(sum(exp[k] == "0" for k in exp_holders), "0")
    sign = "-" if e < 0 else "+" if tokens[at + 1] == "+" else ""
    return (f"{_shown_literals(tokens[:first])}{minus}{text}{tokens[at]}{sign}{digits}"
            f"{_shown_literals(exp[last + 1:])}").strip()


def _fraction_slash(tokens: list[str]) -> int | None:
    """Where a fraction format's / stands: right after a numerator's placeholders (# ?/?, ?/8, # ??/100)."""
    return next((k for k in range(1, len(tokens) - 1) if tokens[k] == "/" and tokens[k - 1] in _HOLDERS
                 and (tokens[k + 1] in _HOLDERS or tokens[k + 1].isdigit())), None)


def _fraction(value, tokens: list[str], slash: int, minus: str) -> str:
    """A number under a fraction format: the whole part under the placeholders before the numerator
    (none: an improper fraction, 3/2 under ?/?), the rest as the closest fraction whose denominator fits
    its placeholders (? / ?? / ???: up to 9 / 99 / 999), or over the denominator written (# ?/8: 1 2/8);
    a numerator right-aligned and a denominator left-aligned in their placeholders; a rest that rounds to
    nothing shows the whole number alone, one that rounds up to 1 adds to it (1.96 under # ?/?: 2)."""
    from fractions import Fraction

    k = slash - 1
    while k > 0 and tokens[k - 1] in _HOLDERS:
        k -= 1
    num_tokens = tokens[k:slash]
    end = slash + 1
    while end < len(tokens) and (tokens[end] in _HOLDERS or tokens[end].isdigit()):
        end += 1
    den_tokens = tokens[slash + 1:end]
    int_at = [j for j in range(k) if tokens[j] in _HOLDERS]
    x = Fraction(Decimal(repr(value)))
    whole = int(x) if int_at else 0
    rest = x - whole
    written = "".join(den_tokens)
    if re.search(r"[1-9]", written):
        den = int(written)
        num = int((rest * den + Fraction(1, 2)) // 1)   # half up, as the shown digits round
    else:
        best = rest.limit_denominator(10 ** len(den_tokens) - 1)
        num, den = best.numerator, best.denominator
    if int_at and num == den:
        whole, num = whole + 1, 0
    first = int_at[0] if int_at else k
    before, after = _shown_literals(tokens[:first]), _shown_literals(tokens[end:])
    if num == 0:
        return f"{before}{minus}{whole}{after}".strip()
    shown_whole = str(whole) if whole or "0" in [tokens[j] for j in int_at] else ""
    between = _shown_literals(tokens[int_at[-1] + 1:k]) if int_at else ""
    fraction = f"{str(num).rjust(len(num_tokens))}/{str(den).ljust(len(den_tokens))}"
    return f"{before}{minus}{shown_whole}{between if shown_whole else ''}{fraction}{after}".strip()


# A number format's tokens: quoted text, escapes (\x, !x), widths (_x), fills (*x), [brackets], the
# General code, and single characters (digit placeholders 0 # ?, the point, commas, percent, literals).
_FORMAT_TOKEN = re.compile(r'"[^"]*"?|[\\!_*].|\[[^\]]*\]?|(?i:general)|G/通用格式|.', re.S)
_HOLDERS = {"0", "#", "?"}


def _numeral_system(tokens: list[str]) -> int:
    """The numerals a format writes: 1 一二三, 2 壹贰叁, 3 full-width digits, 0 ASCII digits. [DBNum1-3], or
    the numeral shape in a locale tag's high byte ([$-1E000804], as LibreOffice saves a [DBNum1] date);
    Chinese only: under a tag of another language (ja, ko, en) the digits stay."""
    system, language = 0, None
    for t in tokens:
        if m := re.fullmatch(r"(?i)\[DBNum([123])\]", t):
            system = int(m.group(1))
        elif m := re.fullmatch(r"(?i)\[\$[^\]]*-([0-9a-f]{3,8})\]", t):
            code = int(m.group(1), 16)
            language = (code & 0x3FF) or language        # the LCID's primary language (0x04: Chinese)
            system = code >> 24 in (0x1E, 0x1F, 0x20) and (code >> 24) - 0x1D or system
    return system if language in (None, 0x04) else 0


def _integer_digits(tokens: list[str], digits: str, grouped: bool, system: int) -> str:
    """The integer part: digits fill the placeholders from the right (0 pads with 0, ? with a space, #
    with nothing), the first placeholder takes all that is left; literals stay where they stand."""
    holders = [k for k, t in enumerate(tokens) if t in _HOLDERS]
    literal = any(t not in _HOLDERS and t != "," for t in tokens)
    if system in (1, 2) and not literal:      # counted with units (一百二十三), the padding zeros not shown
        return cn_numerals.counted(int(digits or 0), system) if digits or "0" in tokens else ""
    out, rest = [], digits
    for k in reversed(range(len(tokens))):
        t = tokens[k]
        if t in _HOLDERS:
            take = rest if k == holders[0] else rest[-1:]
            rest = rest[:len(rest) - len(take)]
            out.append(take or {"0": "0", "?": " ", "#": ""}[t])
        elif t != ",":
            out.append(_shown_literals([t]))
    text = "".join(reversed(out))
    if grouped and not literal:
        bare = text.lstrip()
        text = text[:len(text) - len(bare)] + f"{int(bare):,}" if bare else text
    return cn_numerals.digits(text, system) if system else text


def _fraction_digits(tokens: list[str], digits: str, system: int) -> str:
    """The fraction: digits fill the placeholders from the left; a trailing zero shows under 0 only
    (# drops it, ? leaves a space)."""
    out, k = [], 0
    for t in tokens:
        if t in _HOLDERS:
            out.append([t, digits[k]])
            k += 1
        elif t != ",":
            out.append([None, _shown_literals([t])])
    for item in reversed(out):
        if item[0] is None:
            continue
        if item[0] == "0" or item[1] != "0":
            break
        item[1] = "" if item[0] == "#" else " "
    text = "".join(text for _, text in out).rstrip()
    return cn_numerals.digits(text, system) if system else text


def _shown_literals(tokens: list[str]) -> str:
    """The text literal tokens show (a percent sign and a point outside the digits included)."""
    return "".join(t if t in ("%", ".") else _literal_text(t) for t in tokens if t != ",")


def _sections(fmt: str) -> list[str]:
    """A format's sections (positive;negative;zero;text), split outside quotes and escapes."""
    out, cur, quoted, k = [], [], False, 0
    while k < len(fmt):
        ch = fmt[k]
        if ch == "\\" and not quoted and k + 1 < len(fmt):
            cur.append(fmt[k:k + 2])
            k += 2
            continue
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        k += 1
    return out + ["".join(cur)]


def _first_section(fmt: str) -> str:
    return _sections(fmt)[0]


# Characters Excel shows as written without quotes (and any non-ASCII text: 万元, ≥, ￥).
_PLAIN = set("$-+/():^&'~{}<>= ")


def _literal_text(part: str) -> str:
    """The text a piece of a format shows: quoted, escaped (\\x, !x) and plain literals; _x (the width
    of x), *x (fill), [colour / condition / locale] and placeholders show nothing here."""
    out, k = [], 0
    while k < len(part):
        ch = part[k]
        if ch == '"':
            end = part.find('"', k + 1)
            end = len(part) if end < 0 else end
            out.append(part[k + 1:end])
            k = end + 1
        elif ch in "\\!" and k + 1 < len(part):
            out.append(part[k + 1])
            k += 2
        elif ch in "_*" and k + 1 < len(part):
            k += 2
        elif ch == "[":
            end = part.find("]", k)
            end = len(part) if end < 0 else end
            if part.startswith("[$", k):    # [$¥-804]: a currency and its locale
                out.append(part[k + 2:end].split("-")[0])
            k = end + 1
        else:
            if ch in _PLAIN or ord(ch) > 127:
                out.append(ch)
            k += 1
    return "".join(out)


# A date format's codes, longest first; anything else (quoted, escaped, 年 月 日, - / : and spaces) is
# shown as written. 上午/下午 is the AM/PM of Chinese formats.
_DATE_CODE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|上午/下午|AM/PM|A/P|yyyy|yyy|yy|y|e+|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d'
                        r'|aaaa|aaa|hh|h|ss|s|\.0+|.', re.I | re.S)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CN_DAYS = "一二三四五六日"
# Built-in short date / date-time (ids 14, 22) follow the reader's locale, which the file does not say:
# written as ISO, the one form every reader of the record takes as a date.
_LOCALE_DATES = {"mm-dd-yy", "m/d/yy", "m/d/yy h:mm", "d/m/yy", "d/m/yy h:mm"}


def _date(value, fmt: str) -> str:
    """A date or time as its number format shows it (yyyy\\年m\\月 shows 2023年12月, not the day)."""
    section = _first_section(fmt).strip()
    # The system's long date and time ([$-F800], [$-F400]): as a Chinese Windows shows them.
    section = re.sub(r"(?i)^\[\$-F800\].*", 'yyyy"年"m"月"d"日"', re.sub(r"(?i)^\[\$-F400\].*", "h:mm:ss", section))
    tokens = _DATE_CODE.findall(section)
    codes = [k for k, tok in enumerate(tokens) if re.fullmatch(r"(?i)y+|e+|m+|d+|a{3,4}|h+|s+", tok)]
    if section.lower() in _LOCALE_DATES | {"general", "@"} or not codes:
        if isinstance(value, dt.datetime) and (value.hour or value.minute or value.second):
            return value.strftime("%Y-%m-%d %H:%M:%S")
        return value.strftime("%Y-%m-%d") if isinstance(value, dt.date) else value.strftime("%H:%M:%S")
    twelve = any(tok.upper() in ("AM/PM", "A/P") or tok == "上午/下午" for tok in tokens)
    system = _numeral_system(tokens)
    out = []
    for k, tok in enumerate(tokens):
        low = tok.lower()
        if k in codes:
            prev = next((tokens[j].lower()[0] for j in reversed(codes) if j < k), "")
            after = next((tokens[j].lower()[0] for j in codes if j > k), "")
            kind = low[0]
            if kind == "m" and len(low) <= 2 and (prev == "h" or after == "s"):
                kind = "minute"
            part = _date_part(value, kind, len(low), twelve)
            if system and part.isdigit():   # [DBNum1]: 二〇二三年十二月二十日, a year digit by digit
                part = cn_numerals.digits(part, system) if kind in "ye" else \
                    cn_numerals.counted(int(part), system, leading_one=kind not in "md")
            out.append(part)
        elif tok.startswith('"'):
            out.append(tok[1:-1])
        elif tok.startswith("\\"):
            out.append(tok[1:])
        elif tok.startswith("["):
            if re.fullmatch(r"(?i)\[h+\]", tok):   # elapsed hours
                out.append(str(getattr(value, "hour", 0)))
        elif tok.upper() in ("AM/PM", "A/P") or tok == "上午/下午":
            pm = getattr(value, "hour", 0) >= 12
            out.append(("下午" if pm else "上午") if tok == "上午/下午" else
                       ("PM" if pm else "AM") if len(tok) > 3 else ("P" if pm else "A"))
        elif re.fullmatch(r"\.0+", tok):             # fractions of a second
            micro = getattr(value, "microsecond", 0)
            out.append("." + f"{micro:06d}"[:len(tok) - 1])
        elif tok not in ("_", "*"):
            out.append(tok)
    return "".join(out).strip()


def _date_part(value, kind: str, width: int, twelve: bool) -> str:
    if kind in ("y", "e"):
        year = getattr(value, "year", 1900)
        return f"{year % 100:02d}" if kind == "y" and width <= 2 else str(year)
    if kind == "m":
        month = getattr(value, "month", 1)
        return (str(month), f"{month:02d}", _MONTHS[month - 1][:3], _MONTHS[month - 1],
                _MONTHS[month - 1][0])[min(width, 5) - 1]
    if kind == "minute":
        return f"{getattr(value, 'minute', 0):0{width}d}"
    if kind == "d":
        day = getattr(value, "day", 1)
        if width <= 2:
            return f"{day:0{width}d}"
        name = _DAYS[value.weekday()] if isinstance(value, dt.date) else ""
        return name[:3] if width == 3 else name
    if kind == "a":
        week = _CN_DAYS[value.weekday()] if isinstance(value, dt.date) else ""
        return week if width == 3 else f"星期{week}"
    if kind == "h":
        hour = getattr(value, "hour", 0)
        if twelve:
            hour = hour % 12 or 12
        return f"{hour:0{min(width, 2)}d}"
    return f"{getattr(value, 'second', 0):0{min(width, 2)}d}"


# sheets to blocks ------------------------------------------------------------------------------

def _col_letter(col: int) -> str:
    s = ""
    while col:
        col, rem = divmod(col - 1, 26)
        s = chr(65 + rem) + s
    return s


def build_sheets(doc: Document, path: str, sheets: list[Sheet]) -> None:
    hidden, where = 0, []
    for sh in sheets:
        _split_pasted(doc, sh)
        rows = sorted(sh.hidden_rows & {r for r, _ in sh.cells})
        cols = sorted(sh.hidden_cols & {c for _, c in sh.cells})
        hidden += len(rows) + len(cols)
        # where they are, so an analyst can unhide them: the sheet, its rows and columns
        if places := [f"第{first_few(rows, 5)}行"] * bool(rows) + [f"{first_few([_col_letter(c) for c in cols], 5)}列"] * bool(cols):
            where.append(f"工作表“{sh.name}”{'、'.join(places)}")
        for segment in _segments(sh):
            _add_segment(doc, path, sh, segment)
    if hidden:
        doc.warnings.append(f"隐藏的行或列中有 {hidden} 处内容未读取（{'；'.join(where)}）")
    if not doc.blocks:
        doc.warnings.append("工作簿中没有可读取的内容")


def _split_pasted(doc: Document, sh: Sheet) -> None:
    """Rows pasted as text and never split into columns (数据 > 分列 not done): a run of rows each holding one
    line in one cell, the same column, no merge, that a separator splits into a table's rows (the grammar of
    extract.separated: three lines or more of one width, most holding figures alone; a mark, not a space).
    Each line's fields are put in the cells to its right, an empty field an empty cell (a level written
    once above), so the rows read as the table they are; said, since the sheet shows them as one cell."""
    merged = {(r0, c0) for r0, c0, r1, c1 in sh.merges}
    by_row: dict[int, list[int]] = {}   # each row's visible columns, the cells walked once (not once a row)
    for r, c in sh.cells:
        if c not in sh.hidden_cols:
            by_row.setdefault(r, []).append(c)
    single: dict[int, int] = {}
    for r in sorted(by_row):
        cols = by_row[r]
        text = sh.cells[(r, cols[0])][0] if len(cols) == 1 else ""
        if len(cols) == 1 and (r, cols[0]) not in merged and r not in sh.hidden_rows and text.strip() \
                and "\n" not in text.strip():
            single[r] = cols[0]
    runs, run = [], []
    for r in sorted(single):
        if run and (r != run[-1] + 1 or single[r] != single[run[-1]]):
            runs.append(run)
            run = []
        run.append(r)
    runs.append(run)
    for run in runs:
        texts = [sh.cells[(r, single[r])][0].strip() for r in run]
        if len(run) > 2 and (tree := tree_rows([(sh.spaces.get((r, single[r]), 0), t) for r, t in zip(run, texts)])):
            _write_tree(doc, sh, run, single[run[0]], *tree)
            continue
        i = 0
        while i < len(texts):
            found = json_rows(texts, i)    # a JSON object a line (an interface reply pasted): its values
            if found is None:
                found = separated_rows(texts, i)
            if found is None or found[0].isspace():
                found = spaced_rows(texts, i)   # a PDF's text copied: cells a space apart, merged ones written once
            if found is None:
                i += 1
                continue
            sep, rows, end = found
            col = single[run[i]]
            for r, fields in zip(run[i:end], rows):
                del sh.cells[(r, col)]
                for k, v in enumerate(fields):
                    if v:
                        sh.cells[(r, col + k)] = (v, None)
            how = (f"每行是一个JSON对象（键：{'、'.join(json_keys(texts[i]))}），已按键的顺序拆成单元格读取，"
                   "表中无表头行，各列按单元格内容读取" if sep == "JSON" else
                   f"以“{sep}”分隔各列（粘贴后未分列），已按分隔符拆成单元格读取" if not sep.isspace() else
                   "各列以一个空格隔开（如从 PDF 复制的表格文字，粘贴后未分列），已按空格拆成单元格读取，"
                   "较表头短的行按左侧合并单元格（只写在首行）留空读取；单元格文字中若有空格，列可能错位")
            doc.warnings.append(f"工作表“{sh.name}”第{run[i]}-{run[end - 1]}行的{end - i}行文字各在一个单元格（{_col_letter(col)}列），"
                                f"{how}，请与原表核对")
            i = end


def _write_tree(doc: Document, sh: Sheet, run: list[int], col: int, i: int, rows: list[list[str]]) -> None:
    """A YAML export pasted down a column (pasted_tree) written back as what it reads: from the export's first
    row, a row a block line or a table row across the columns, the rows it leaves blank; said."""
    for r in run[i:]:
        del sh.cells[(r, col)]
        sh.spaces.pop((r, col), None)
    for r, cells in zip(run[i:], rows):
        for k, v in enumerate(cells):
            if v:
                sh.cells[(r, col + k)] = (v, None)
    doc.warnings.append(f"工作表“{sh.name}”第{run[i]}-{run[-1]}行的{len(run) - i}行文字各在一个单元格（{_col_letter(col)}列），"
                        "是按行首空格缩进的YAML导出（粘贴为文本），已按YAML读取：各条记录拼成表格行，写在第"
                        f"{run[i]}行起，请与原表核对")


# A row set lower than this (points) holds no line of text (9 pt type needs about 11): a blank row so low is a
# spacer drawn between a table's rows, not a gap between two tables.
THIN_PT = 9


def _segments(sh: Sheet) -> list[list[int]]:
    """Visible rows, split where a fully blank row no merge crosses separates two blocks; not where the blank
    rows are spacers (thin_rows) between two rows of two cells or more, one table's rows drawn apart (1677)."""
    if not sh.cells:
        return []
    last = max(max(r for r, _ in sh.cells), max((m[2] for m in sh.merges), default=0))
    crossed = {r for m in sh.merges for r in range(m[0], m[2] + 1) if m[2] > m[0]}
    filled = {r for r, c in sh.cells if c not in sh.hidden_cols}
    width = {}
    for r, c in sh.cells:
        if c not in sh.hidden_cols:
            width[r] = width.get(r, 0) + 1
    segments, current = [], []
    for r in range(1, last + 1):
        if r in sh.hidden_rows:
            continue
        if r not in filled and r in sh.thin_rows and current and width.get(current[-1], 0) > 1 and \
                width.get(_next_shown(sh, r, filled, last), 0) > 1:
            continue   # a spacer inside a table: left out, the table goes on
        if r in filled or (r in crossed and current):
            current.append(r)
        elif current:
            segments.append(current)
            current = []
    if current:
        segments.append(current)
    return segments


def _next_shown(sh: Sheet, r: int, filled: set, last: int) -> int | None:
    """The first filled visible row below a run of thin blank rows from r, or None (a wider gap, the end)."""
    for k in range(r + 1, last + 1):
        if k in sh.hidden_rows:
            continue
        if k in filled:
            return k
        if k not in sh.thin_rows:
            return None
    return None


def _add_segment(doc: Document, path: str, sh: Sheet, rows: list[int], beside: bool = False) -> None:
    cols_used = sorted({c for (r, c) in sh.cells if r in set(rows) and c not in sh.hidden_cols})

    def filled(r):
        return [c for c in cols_used if (r, c) in sh.cells]

    # in a table beside another, a row a merge over several rows crosses is the table's, whatever it
    # holds (年度总体目标 merged down beside one text cell a row)
    spanned = {r for r0, c0, r1, c1 in sh.merges if r1 > r0 for r in range(r0, r1 + 1)} if beside else set()
    head = 0
    while head < len(rows) and len(filled(rows[head])) <= 1 and rows[head] not in spanned:
        head += 1
    # a row that a merge from a table row above (two cells filled or more) reaches into is the table's:
    # its one cell is no note under the table (a tree's last box, its level boxes merged down to it)
    reached = {r for r0, c0, r1, c1 in sh.merges if r1 > r0 and r0 in rows and len(filled(r0)) > 1
               for r in range(r0 + 1, r1 + 1)}
    tail = len(rows)
    while tail > head and len(filled(rows[tail - 1])) <= 1 and rows[tail - 1] not in spanned | reached:
        tail -= 1
    for r in rows[:head]:
        _paragraphs(doc, path, sh, r, filled(r))
    bands = _bands(sh, rows[head:tail]) if head < tail else []
    if len(bands) > 1:
        for band in bands:   # tables side by side: each is a sheet of its own, read the same way
            part = _within(sh, rows[head:tail], band)
            for segment in _segments(part):
                _add_segment(doc, path, part, segment, beside=True)
    elif head < tail:
        _table(doc, path, sh, rows[head:tail])
    for r in rows[tail:]:
        _paragraphs(doc, path, sh, r, filled(r))


def _bands(sh: Sheet, rows: list[int]) -> list[list[int]]:
    """The visible columns of a block of rows, split where a fully empty column that no merge
    crosses separates two filled regions (a sheet laid out as tables side by side: the head and
    fund block left, the indicator table right, an empty gutter between). A split is kept only
    where each side is a table (two filled columns or more) and the two are not one table's
    columns (their rows differ: a row filled on one side only; and no header runs across the
    gutter over rows that fill one side with a heading alone: _one_table); else the block is one band."""
    row_set = set(rows)
    used = sorted({c for (r, c) in sh.cells if r in row_set and c not in sh.hidden_cols})
    if not used:
        return []
    crossed = {c for r0, c0, r1, c1 in sh.merges if r0 <= rows[-1] and r1 >= rows[0] and c1 > c0
               for c in range(c0, c1 + 1)}
    bands, current = [], []
    for c in range(used[0], used[-1] + 1):
        if c in sh.hidden_cols:
            continue
        if c in used or c in crossed:
            current.append(c)
        elif current:
            bands.append(current)
            current = []
    bands.append(current)

    def filled_rows(band):
        return {r for (r, c) in sh.cells if r in row_set and c in band} | \
            {r for r0, c0, r1, c1 in sh.merges if c0 in band for r in range(r0, r1 + 1) if r in row_set}

    if len(bands) < 2 or any(len({c for (r, c) in sh.cells if r in row_set and c in b}) < 2 for b in bands) or \
            len({frozenset(filled_rows(b)) for b in bands}) < 2 or _one_table(sh, rows, used, bands):
        return [[c for c in range(used[0], used[-1] + 1) if c not in sh.hidden_cols]]
    return bands


def _one_table(sh: Sheet, rows: list[int], used: list[int], bands: list[list[int]]) -> bool:
    """An empty spacer column inside one table (Excel forms widen the print so): the block's first
    row heads every column it fills, on both sides (a cell or a merge over it), and a row that fills
    one side only fills one cell there, a heading of the whole table (一级指标 written once, a
    总分 label). Two tables side by side have a side of its own: a first row leaving a column it
    fills below unheaded (项目名称 | value beside an indicator table), or rows of two cells or more
    the other side lacks. Two tables two-up under one header row are read by that header's words
    (normalize.tables._half_width), not here."""
    top = rows[0]
    headed = {c for (r, c) in sh.cells if r == top and sh.cells[(r, c)][0].strip()} | \
        {c for r0, c0, r1, c1 in sh.merges if r0 <= top <= r1 for c in range(c0, c1 + 1)}
    if not all(c in headed for c in used):
        return False
    for r in rows:
        sides = [[c for c in band if (r, c) in sh.cells] for band in bands]
        if sum(1 for side in sides if side) == 1 and max(len(side) for side in sides) > 1:
            return False
    return True


def _within(sh: Sheet, rows: list[int], cols: list[int]) -> Sheet:
    """The part of a sheet in some of its rows and columns: its cells, the merges inside them, and what the
    sheet keeps of those cells (the text box or picture each was drawn from, its indent; the names of a
    headerless Excel table standing there), so a table beside another keeps its cells' provenance."""
    keep, lo, hi = set(cols), rows[0], rows[-1]

    def inside(by_cell: dict) -> dict:
        return {k: v for k, v in by_cell.items() if k[1] in keep and lo <= k[0] <= hi}
    return replace(sh, cells=inside(sh.cells), boxed=inside(sh.boxed), pictured=inside(sh.pictured),
                   indents=inside(sh.indents),
                   merges=[m for m in sh.merges if m[1] in keep and m[3] in keep and m[0] >= lo and m[2] <= hi],
                   heads={r: v for r, v in sh.heads.items() if lo <= r <= hi and set(v[1]) <= keep})


def _paragraphs(doc: Document, path: str, sh: Sheet, r: int, cols: list[int]) -> None:
    for c in cols:
        text = sh.cells[(r, c)][0]
        if (r, c) in sh.pictured:   # a picture's alt text: a paragraph a line, as a word processor's is read
            for line in text.split("\n"):
                doc.blocks.append(Paragraph(text=line, loc=Location(path, block=len(doc.blocks), sheet=sh.name,
                                                                    ref=f"{_col_letter(c)}{r}")))
        elif "\t" in text.strip() and "\n" in text.strip():
            # lines typed at tab stops (a text box over the sheet, 903.xlsx): rows of fields, a leading
            # tab an empty first field, read as a word processor's typed rows are (tab_lines)
            ref = f"{_col_letter(c)}{r}"
            append_typed(doc, [x for x in text.strip("\n").split("\n") if x.strip()],
                         lambda **kw: Location(path, sheet=sh.name, ref=ref, **kw))
        elif text.strip():
            doc.blocks.append(Paragraph(text=text.strip(), loc=Location(path, block=len(doc.blocks), sheet=sh.name,
                                                                        ref=f"{_col_letter(c)}{r}")))


def _table(doc: Document, path: str, sh: Sheet, rows: list[int]) -> None:
    row_set = set(rows)
    anchors_of = {}
    covered = set()
    for m in sh.merges:
        r0, c0, r1, c1 = m
        vis_rows = [r for r in range(r0, r1 + 1) if r in row_set]
        vis_cols = [c for c in range(c0, c1 + 1) if c not in sh.hidden_cols]
        if not vis_rows or not vis_cols:
            continue
        anchors_of[(vis_rows[0], vis_cols[0])] = (vis_rows, vis_cols, (r0, c0))
        covered.update((r, c) for r in vis_rows for c in vis_cols)
    # Columns holding text (an anchor's text counts for every column its merge spans only once).
    keep = sorted({c for (r, c) in sh.cells if r in row_set and c not in sh.hidden_cols} |
                  {key[1] for key, (_, _, src) in anchors_of.items() if src in sh.cells})
    if not keep:
        return
    lo, hi = keep[0], keep[-1]
    cols = [c for c in range(lo, hi + 1) if c not in sh.hidden_cols and
            (c in keep or any(c in v[1] and len(v[1]) > 1 for v in anchors_of.values()))]
    col_index = {c: k for k, c in enumerate(cols)}
    # a headerless Excel table's column names a row of their own above its first row (no merge from above
    # reaching into that row: the row between would split it)
    heads = {r: sh.heads[r] for r in rows if r in sh.heads and
             not any(r0 < r <= r1 for r0, _c0, r1, _c1 in sh.merges)}
    row_index, k = {}, 0
    for r in rows:
        k += r in heads
        row_index[r] = k
        k += 1
    t_index = len(doc.tables())
    block = len(doc.blocks)
    cells = []
    for r, (name, names) in heads.items():
        cells += [Cell(text=text, row=row_index[r] - 1, col=col_index[c],
                       loc=Location(path, block=block, table=t_index, row=row_index[r] - 1, col=col_index[c],
                                    sheet=sh.name, ref=f"{name}[[#Headers],[{text}]]"))
                  for c, text in names.items() if c in col_index]
    for r in rows:
        for c in cols:
            if (r, c) in anchors_of:
                vis_rows, vis_cols, src = anchors_of[(r, c)]
                text, value = sh.cells.get(src, ("", None))
                span_cols = [k for k in vis_cols if k in col_index]
                cells.append(_cell(path, sh, block, t_index, row_index[r], col_index[c], text, value,
                                   len(vis_rows), max(1, len(span_cols)), f"{_col_letter(src[1])}{src[0]}"))
            elif (r, c) not in covered:
                text, value = sh.cells.get((r, c), ("", None))
                cells.append(_cell(path, sh, block, t_index, row_index[r], col_index[c], text, value, 1, 1,
                                   f"{_col_letter(c)}{r}"))
    cells.sort(key=lambda c: (c.row, c.col))
    doc.blocks.append(Table(index=t_index, n_rows=k, n_cols=len(cols), cells=cells,
                            loc=Location(path, block=block, table=t_index, sheet=sh.name,
                                         ref=f"{_col_letter(cols[0])}{rows[0]}:{_col_letter(cols[-1])}{rows[-1]}")))


def _cell(path, sh, block, t_index, row, col, text, value, rowspan, colspan, ref) -> Cell:
    box = sh.boxed.get(_cell_at(ref)) if sh.boxed else None
    indent = sh.indents.get(_cell_at(ref), 0) if sh.indents else 0
    return Cell(text=text, row=row, col=col, rowspan=rowspan, colspan=colspan, value=value, comment=sh.comments.get(ref),
                indent=indent,
                loc=Location(path, block=block, table=t_index, row=row, col=col, sheet=sh.name, ref=ref, textbox=box))


def _cell_at(ref: str) -> tuple[int, int]:
    """(row, col), 1-based, of a cell reference (B7)."""
    from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
    letters, row = coordinate_from_string(ref)
    return row, column_index_from_string(letters)
