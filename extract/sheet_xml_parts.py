"""A sheet that reaches the reader as XML PARTS, not as a workbook: the cells as a tool that works on them keeps
them, each with its place (A1-notation), rebuilt as the sheet they come from (cell_lines.grid_rows: tab rows, an
empty row a blank line) for the text reader to read as any sheet copied out as text.

- XLIFF (1.2 <trans-unit>, 2.x <unit>), the interchange file of translation tools: a unit a cell, the cell's
  address as the unit's resname / name / id (Sheet1!B3, B3), the cell's text in <source>; the <target> is a
  translation, not the form, and is not read (said).
- A workbook's raw parts written one after another (`unzip -p book.xlsx xl/sharedStrings.xml
  xl/worksheets/sheet1.xml`): a <worksheet>'s cells <c r="B3" t="s"><v>12</v></c>, a shared string's cell
  taking the <si> its <v> counts to in the <sst> beside it (its text the <t>s of its runs, phonetic runs left
  out), an inline string its <is>, a number or a formula's result its <v> as stored (no styles part: 0.98 is not
  shown as 98%); the <mergeCells> leave their covered cells empty (said).

Each part is parsed alone (the text cut at every XML declaration); a DTD is refused, entities not resolved."""
from __future__ import annotations

import re

from .cell_lines import grid_rows
from .text_grids import _join_wrapped

_REF = re.compile(r"^(?:(.+)!)?\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$")
_DECL = re.compile(r"<\?xml\s[^>]*\?>")
MIN_CELLS = 12          # as cell_lines: cells enough to be a sheet
SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _parts(text: str):
    """Each XML document in the text (cut at every declaration after the first) parsed, or [] where any does
    not parse or declares a DTD."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        return []
    from lxml import etree
    starts = [m.start() for m in _DECL.finditer(text)] or [0]
    starts[0] = 0
    out = []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        chunk = text[a:b].strip()
        if not chunk:
            continue
        try:
            root = etree.fromstring(_DECL.sub("", chunk, count=1).encode("utf-8"),
                                    etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            return []
        out.append((root, text.count("\n", 0, a)))     # the lines before the part's, for its elements' sourceline
    return out


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _col(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _text(el) -> str:
    return "".join(el.itertext()).replace("\r", "").replace("\t", " ").strip()


def _sheets_text(sheets: dict[str, dict]) -> tuple[str, list[int]]:
    out: list[str] = []
    source: list[int] = []
    for name, grid in sheets.items():
        if out:
            out += ["", name]
            source += [source[-1], source[-1]]
        elif len(sheets) > 1:
            out.append(name)
            source.append(min(no for no, _ in grid.values()))
        grid_rows(grid, out, source)
    return "\n".join(out), source


def _filled_sheets_text(sheets: dict[str, dict]) -> tuple[str, list[int], dict[str, dict]] | None:
    """The sheets holding cells rebuilt as text (_sheets_text; a lone sheet unnamed) with the sheets kept, or None
    where they hold fewer than MIN_CELLS cells."""
    sheets = {k: g for k, g in sheets.items() if g}
    if sum(len(g) for g in sheets.values()) < MIN_CELLS:
        return None
    out, source = _sheets_text(sheets if len(sheets) > 1 else {"": next(iter(sheets.values()))})
    return out, source, sheets


def xliff_grid(text: str) -> tuple[str, list[int], str] | None:
    """(the sheet's rows as tab-separated lines, each line's source line, what was done) or None where the text
    is no XLIFF whose units are cells."""
    if "xliff" not in text[:2000]:
        return None
    parts = _parts(text)
    if len(parts) != 1 or _local(parts[0][0]) != "xliff":
        return None
    root, line0 = parts[0]
    units = [u for u in root.iter() if _local(u) in ("trans-unit", "unit")]
    sheets: dict[str, dict] = {}
    placed = 0
    for u in units:
        ref = next((m for k in ("resname", "name", "id") if (m := _REF.match(u.get(k) or ""))), None)
        source = next((s for s in u.iter() if _local(s) == "source"), None)
        if ref is None or source is None:
            continue
        group = next((g.get("resname") or g.get("name") for g in u.iterancestors() if _local(g) == "group"
                      and (g.get("resname") or g.get("name"))), None)
        sheet = ref.group(1) or group or ""
        sheets.setdefault(sheet, {})[(int(ref.group(3)) - 1, _col(ref.group(2)))] = (line0 + (u.sourceline or 1),
                                                                                    _text(source))
        placed += 1
    if placed < MIN_CELLS or 4 * placed < 3 * len(units):
        return None
    file_ = next((f for f in root.iter() if _local(f) == "file"), None)
    langs = "→".join(x for x in ((file_.get("source-language") if file_ is not None else None) or root.get("srcLang"),
                                 (file_.get("target-language") if file_ is not None else None) or root.get("trgLang"))
                     if x)
    out, source = _sheets_text(sheets)
    said = (f"此文件是翻译工具的交换文件（XLIFF {root.get('version') or ''}{'，' + langs if langs else ''}），"
            f"{placed}个翻译单元注明了单元格位置（如“{units[0].get('resname') or units[0].get('id')}”），"
            f"已按位置还原为表格、按原文（source）读取；译文（target）未读取，合并单元格被覆盖的部分按空单元格读取")
    return out, source, said


def sheet_parts_grid(text: str) -> tuple[str, list[int], str] | None:
    """(the sheet's rows, each line's source line, what was done) or None where the text holds no worksheet
    part of a workbook."""
    if "<worksheet" not in text and ":worksheet" not in text:
        return None
    parts = _parts(text)
    sheets_xml = [(r, l0) for r, l0 in parts if _local(r) == "worksheet"]
    if not sheets_xml:
        return None
    sst = next((r for r, _ in parts if _local(r) == "sst"), None)
    strings = [] if sst is None else ["".join(t.text or "" for t in si.iter(f"{{{SS}}}t")
                                              if _local(t.getparent()) != "rPh") for si in sst.iter(f"{{{SS}}}si")]
    sheets: dict[str, dict] = {}
    missing = 0
    merged = 0
    for k, (ws, line0) in enumerate(sheets_xml, 1):
        grid = sheets.setdefault(f"工作表{k}" if len(sheets_xml) > 1 else "", {})
        merged += sum(1 for _ in ws.iter(f"{{{SS}}}mergeCell"))
        for c in ws.iter(f"{{{SS}}}c"):
            ref = _REF.match(c.get("r") or "")
            if ref is None:
                continue
            v = c.find(f"{{{SS}}}v")
            kind = c.get("t")
            if kind == "s":
                try:
                    value = strings[int((v.text or "").strip())]
                except (AttributeError, ValueError, IndexError):
                    missing += 1
                    continue
            elif kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(f"{{{SS}}}t"))
            elif v is not None and v.text is not None:
                value = {"b": {"1": "TRUE", "0": "FALSE"}.get(v.text, v.text)}.get(kind, v.text)
            else:
                continue
            value = value.replace("\r", "").replace("\t", " ").strip()
            if value:
                grid[(int(ref.group(3)) - 1, _col(ref.group(2)))] = (line0 + (c.sourceline or 1), value)
    placed = sum(len(g) for g in sheets.values())
    if placed < MIN_CELLS:
        return None
    sheets = {k: g for k, g in sheets.items() if g}
    out, source = _sheets_text(sheets)
    said = (f"此文件是 Excel 工作簿的 XML 部件（{'共享字符串表与' if sst is not None else ''}{len(sheets_xml)}个工作表，"
            f"如 unzip -p 解出的 xl/sharedStrings.xml、xl/worksheets/sheet1.xml）连写而成，已按单元格位置还原为表格读取；"
            f"没有样式部件，数字按存储值读取（如百分比存为小数）"
            + (f"，{merged}个合并区域被覆盖的单元格按空单元格读取" if merged else "")
            + (f"；{missing}个单元格引用的共享字符串不在文件中，未读取" if missing else "")
            + ("；没有共享字符串表，文字单元格无从读取" if sst is None else ""))
    return out, source, said


def gnumeric_grid(text: str) -> tuple[str, list[int], str] | None:
    """(the sheets' rows, each line's source line, what was done) or None where the text is no Gnumeric workbook
    saved uncompressed: <gnm:Sheet>s whose <gnm:Cell Row=".." Col=".."> carry 0-based places and the cell's
    content (a value, or a formula '=…' whose result Gnumeric does not keep: not read, said); <gnm:Merge>
    ranges leave their covered cells empty."""
    if "gnumeric" not in text[:3000] or "Workbook" not in text[:3000]:
        return None
    parts = _parts(text)
    if len(parts) != 1 or _local(parts[0][0]) != "Workbook":
        return None
    root, line0 = parts[0]
    sheets: dict[str, dict] = {}
    formulas = merged = 0
    for sheet in (s for s in root.iter() if _local(s) == "Sheet"):
        name = next((_text(n) for n in sheet if _local(n) == "Name"), "")
        grid = sheets.setdefault(name or f"工作表{len(sheets) + 1}", {})
        merged += sum(1 for m in sheet.iter() if _local(m) == "Merge")
        for c in (c for c in sheet.iter() if _local(c) == "Cell"):
            try:
                place = (int(c.get("Row")), int(c.get("Col")))
            except (TypeError, ValueError):
                continue
            # a line break in the cell (&#10;) is the cell's own: its lines joined as a wrapped cell's are
            value = _join_wrapped([x.strip() for x in "".join(c.itertext()).replace("\r", "").split("\n")])
            value = value.replace("\t", " ").strip()
            if value.startswith("=") and c.get("ValueType") is None:
                formulas += 1
                continue
            if value:
                grid[place] = (line0 + (c.sourceline or 1), value)
    if (rebuilt := _filled_sheets_text(sheets)) is None:
        return None
    out, source, sheets = rebuilt
    said = (f"此文件是 Gnumeric 电子表格的 XML 文件（未压缩，{len(sheets)}个工作表），"
            f"已按单元格的行列号（Row / Col）还原为表格读取；数字按存储值读取（如百分比存为小数）"
            + (f"，{merged}个合并区域被覆盖的单元格按空单元格读取" if merged else "")
            + (f"；{formulas}个公式单元格文件中不存计算结果，未读取" if formulas else ""))
    return out, source, said


def _attr(el, name: str) -> str | None:
    """An attribute by its local name (UOF's are namespaced Chinese names: 表:行号)."""
    return next((v for k, v in el.attrib.items() if k.rsplit("}", 1)[-1] == name), None)


def _place(el, before: int) -> int | None:
    """A UOF row's 行号 or cell's 列号 (1-based); where the file leaves it out, the one after the element before."""
    got = _attr(el, "行号" if _local(el) == "行" else "列号")
    if got is None:
        return before + 1
    return int(got) if got.isdigit() and int(got) > 0 else None


def uof_grid(text: str) -> tuple[str, list[int], str] | None:
    """(the sheets' rows, each line's source line, what was done) or None where the text is no UOF spreadsheet:
    the Chinese national office format (GB/T 20916, UOF 1.0 as one XML file, .uos) whose elements and attributes
    have CHINESE names: <uof:UOF uof:mimetype="vnd.uof.spreadsheet">, <表:工作表 表:名称> sheets, <表:行 表:行号>
    rows and <表:单元格 表:列号> cells (1-based; one left out follows the one before), the cell's text the
    <字:文本串>s of its <表:数据>; numbers as stored (a percentage's cell keeps 0.97); a merged cell (表:合并列数 /
    表:合并行数) covers empty cells."""
    if "uof" not in text[:3000] or "vnd.uof.spreadsheet" not in text[:3000]:
        return None
    parts = _parts(text)
    if len(parts) != 1 or _local(parts[0][0]) != "UOF":
        return None
    root, line0 = parts[0]
    sheets: dict[str, dict] = {}
    merged = 0
    for sheet in (s for s in root.iter() if _local(s) == "工作表"):
        grid = sheets.setdefault(_attr(sheet, "名称") or f"工作表{len(sheets) + 1}", {})
        r = 0
        for row in (x for x in sheet.iter() if _local(x) == "行"):
            if (r := _place(row, r)) is None:
                return None
            c = 0
            for cell in (x for x in row if _local(x) == "单元格"):
                if (c := _place(cell, c)) is None:
                    return None
                merged += bool(_attr(cell, "合并列数") or _attr(cell, "合并行数"))
                value = " ".join(_text(t) for t in cell.iter() if _local(t) == "文本串").strip()
                if value:
                    grid[(r - 1, c - 1)] = (line0 + (cell.sourceline or 1), value)
    if (rebuilt := _filled_sheets_text(sheets)) is None:
        return None
    out, source, sheets = rebuilt
    said = (f"此文件是 UOF（标准文档格式，GB/T 20916）电子表格的 XML 文件（{len(sheets)}个工作表），已按单元格的行号、"
            f"列号还原为表格读取；数字按存储值读取（如百分比存为小数）"
            + (f"，{merged}个合并单元格所覆盖的单元格按空单元格读取" if merged else ""))
    return out, source, said
