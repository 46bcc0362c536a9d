"""report.xlsx, the workbook most auditors open first: Chinese headers, a summary sheet with
native charts, links from each flag to the rows it cites, people's columns first.

Columns, labels and types come from nightly/schema.py. Text is always written as text (never a
formula); numbers as numbers showing the decimals they were written with, money with thousands
separators. The zip is rewritten with fixed times so that equal content gives equal bytes.
"""
from __future__ import annotations

import datetime
import re
import shutil
import tempfile
import zipfile
from decimal import Decimal, InvalidOperation


from .schema import TABLES, VALUE_LABELS, Column
from .writers import clean_text

FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
SHEETS = ["documents", "projects", "indicators", "lists", "figures", "flags"]
_NUMBER = re.compile(r"-?\d+(?:\.(\d+))?\Z")
SEVERITY_FILL = {"高": "FFC7CE", "中": "FFEB9C", "低": "E2EFDA"}
XLSX_CELL_MAX = 32767  # Excel's limit on the characters in one cell
XLSX_ROWS_MAX = 1_048_576   # Excel's limit on the rows of a sheet


def write_xlsx(out, tables, totals, overview: dict | None = None, notes: list | None = None) -> None:
    """report.xlsx into the binary file `out`. `tables`: nightly.tables.Tables (rows streamed per
    sheet); `totals`: its counts. openpyxl's write-only sheets and the zip rewrite go through
    temporary files, so the workbook is written with the memory of a row. A sheet longer than
    Excel allows keeps its first rows and says where the rest is (`notes` gets a line)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    rows_of = _row_numbers(tables)
    _overview(wb, totals, overview or {})
    for name in SHEETS:
        _sheet(wb, name, tables, totals.rows.get(name, 0), rows_of, notes if notes is not None else [])
    stamp = datetime.datetime(2000, 1, 1)
    wb.properties.created = wb.properties.modified = stamp
    with tempfile.TemporaryFile() as raw, tempfile.TemporaryFile() as fixed:
        wb.save(raw)
        raw.seek(0)
        _deterministic(raw, fixed)
        fixed.seek(0)
        shutil.copyfileobj(fixed, out, 1 << 20)



# cells ---------------------------------------------------------------------------------------

def _as_text(value) -> str:
    """A table value as text: None and NaN (pandas' empty) are blank."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _text(ws, value, bold=False, wrap=False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    text = clean_text(_as_text(value))
    if len(text) > XLSX_CELL_MAX:
        text = text[:XLSX_CELL_MAX - 20] + "……（超出单元格上限，已截断）"
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"   # text as text: "=100%" is shown, never evaluated
    if bold:
        cell.font = Font(bold=True)
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _value(ws, col: Column, value):
    """A number as a number with its written decimals; anything else as text."""
    from openpyxl.cell import WriteOnlyCell

    text = _as_text(value)
    if col.kind in ("int", "number", "money") and (m := _NUMBER.match(text)):
        places = len(m.group(1) or "")
        try:
            number = int(text) if not places else float(Decimal(text))
        except (InvalidOperation, ValueError):
            return _text(ws, text)
        cell = WriteOnlyCell(ws, value=number)
        decimals = "." + "0" * places if places else ""
        cell.number_format = ("#,##0" + decimals) if col.kind == "money" else ("0" + decimals)
        return cell
    labels = VALUE_LABELS.get(col.field)
    if labels and text in labels:
        text = labels[text]
    return _text(ws, text, wrap=len(text) > 40)


# sheets --------------------------------------------------------------------------------------

def _ordered(name: str) -> list[Column]:
    cols = TABLES[name][2]
    return [c for c in cols if not c.machine] + [c for c in cols if c.machine]


def _row_numbers(tables) -> dict:
    """Where each cited row ends up: (doc, location prefix) → (sheet, excel row); doc → first flag
    row. Only the rows flags cite are remembered, so the map grows with the flags, not the tables."""
    cited, rows = set(), {}
    for k, f in enumerate(tables.rows("flags"), start=2):
        for part in str(f["location"]).split("；"):
            cited.add((f["doc"], _row_key(part)))
        rows.setdefault(("flags-of", f["doc"]), (TABLES["flags"][0], k))
    for name in ("indicators", "lists", "figures"):
        for k, r in enumerate(tables.rows(name), start=2):
            key = (r["doc"], _row_key(str(r.get("location", ""))))
            if key in cited:
                rows.setdefault(key, (TABLES[name][0], k))
    return rows


def _row_key(location: str) -> str:
    """A location down to its row: the column is dropped, so a flag's cell finds its row."""
    return re.sub(r"\s*第\d+列", "", location.split("；")[0]).strip()


def _sheet(wb, name: str, tables, n: int, rows_of: dict, notes: list) -> None:
    from itertools import islice

    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.hyperlink import Hyperlink

    cols = _ordered(name)
    title = TABLES[name][0]
    ws = wb.create_sheet(title=title)
    ws.freeze_panes = "B2"
    last = get_column_letter(len(cols))
    room = XLSX_ROWS_MAX - 2            # the header, and a last line saying where the rest is
    shown = min(n, room)
    ws.auto_filter.ref = f"A1:{last}{max(1, shown + 1)}"
    people = [c for c in cols if not c.machine]
    head = list(islice(tables.rows(name), 200)) if n else []
    for k, c in enumerate(cols, start=1):
        values = [_as_text(r.get(c.field)) for r in head]
        width = max([len(c.label) * 2] + [min(len(v), 40) * 1.5 for v in values])
        ws.column_dimensions[get_column_letter(k)].width = max(8, min(50, width))
    if len(people) < len(cols):   # machine columns: grouped at the right, collapsed
        ws.column_dimensions.group(get_column_letter(len(people) + 1), last, hidden=True, outline_level=1)
    if name == "flags" and n:
        sev = get_column_letter(1 + [c.field for c in cols].index("severity"))
        status = get_column_letter(1 + [c.field for c in cols].index("status"))
        area = f"A2:{last}{shown + 1}"
        for word, color in SEVERITY_FILL.items():
            ws.conditional_formatting.add(area, FormulaRule(formula=[f'${sev}2="{word}"'], stopIfTrue=False,
                                                            fill=PatternFill("solid", start_color=color, end_color=color)))
        ws.conditional_formatting.add(area, FormulaRule(formula=[f'${status}2<>"待审核"'],
                                                        font=Font(color="808080", italic=True)))
    ws.append([_text(ws, c.label, bold=True) for c in cols])
    if not n:
        return
    for k, row in enumerate(islice(tables.rows(name), shown), start=2):
        cells = [_value(ws, c, row.get(c.field)) for c in cols]
        target = None
        if name == "flags":
            for part in str(row.get("location", "")).split("；"):
                target = rows_of.get((row["doc"], _row_key(part)))
                if target:
                    break
        elif name == "documents":
            target = rows_of.get(("flags-of", row["doc"]))
        if target and target[1] <= room + 1:
            first = cells[0]
            first.hyperlink = Hyperlink(ref=f"A{k}", location=f"'{target[0]}'!A{target[1]}",
                                        tooltip="转到所引用的行" if name == "flags" else "转到该文件的问题")
            first.font = Font(color="0563C1", underline="single")
        ws.append(cells)
    if n > shown:
        note = f"……工作表“{title}”超过 Excel 的行数上限，只列出前 {shown} 行；全部 {n} 行见 {name}.csv"
        ws.append([_text(ws, note, bold=True)])
        notes.append(note)


def _overview(wb, totals, overview: dict) -> None:
    from openpyxl.chart import BarChart, PieChart, Reference

    ws = wb.create_sheet(title="概览")
    ws.page_setup.orientation = "landscape"   # printed (or exported to PDF) on one page wide, charts beside
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 12
    rows: list[list] = []
    marks: dict[str, tuple[int, int]] = {}

    def block(title: str, header: list[str], body: list[list]) -> None:
        rows.append([_text(ws, title, bold=True)])
        rows.append([_text(ws, h, bold=True) for h in header])
        start = len(rows) + 1
        for line in body:
            rows.append([_text(ws, v) if not isinstance(v, int) else v for v in line])
        marks[title] = (start, len(rows))
        rows.append([])

    status_counts, sev_counts = totals.documents, totals.severity
    block("文件", ["状态", "", "数量"], [[VALUE_LABELS["status"][s], "", int(status_counts.get(s, 0))]
                                      for s in ("ok", "failed", "unsupported", "ignored")])
    block("问题按严重程度", ["严重程度", "", "数量"],
          [[VALUE_LABELS["severity"][s], "", int(sev_counts.get(s, 0))] for s in ("high", "medium", "low")])
    rule_names = overview.get("rule_names", {})
    block("问题按规则", ["规则", "规则名称", "数量"],
          [[r, rule_names.get(r, ""), int(n)] for r, n in sorted(totals.rule.items())])
    top = sorted(totals.high_by_doc.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    block("高严重度问题最多的文件（前 10）", ["文件", "", "高严重度问题"], [[d, "", int(n)] for d, n in top])
    change = overview.get("changes", {})
    block("与上次问题清单相比", ["变化", "", "数量"],
          [["新增问题", "", int(change.get("new", 0))], ["已消失的问题", "", int(change.get("gone", 0))],
           ["此后作出的审核决定", "", int(change.get("decisions", 0))]])
    for r in rows:
        ws.append(r)
    s0, s1 = marks["问题按严重程度"]
    if sum(int(sev_counts.get(s, 0)) for s in ("high", "medium", "low")):
        pie = PieChart()
        pie.title = "问题按严重程度"
        pie.add_data(Reference(ws, min_col=3, min_row=s0 - 1, max_row=s1), titles_from_data=True)
        pie.set_categories(Reference(ws, min_col=1, min_row=s0, max_row=s1))
        pie.height, pie.width = 7, 9
        ws.add_chart(pie, "E2")
    r0, r1 = marks["问题按规则"]
    if r1 >= r0:
        bar = BarChart()
        bar.type = "bar"
        bar.title = "问题按规则"
        bar.legend = None
        bar.add_data(Reference(ws, min_col=3, min_row=r0 - 1, max_row=r1), titles_from_data=True)
        bar.set_categories(Reference(ws, min_col=1, min_row=r0, max_row=r1))
        bar.height, bar.width = max(7, 0.6 * (r1 - r0 + 1)), 14
        ws.add_chart(bar, "E18")


def _deterministic(src_file, dst_file) -> None:
    """The zip again with fixed times and dates, member by member in chunks."""
    with zipfile.ZipFile(src_file) as src, zipfile.ZipFile(dst_file, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            if item.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2000-01-01T00:00:00Z\g<2>", src.read(item))
                dst.writestr(info, body)
                continue
            info.file_size = item.file_size
            with src.open(item) as r, dst.open(info, "w") as w:
                shutil.copyfileobj(r, w, 1 << 20)
