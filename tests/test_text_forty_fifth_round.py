"""Text as it comes, forty-fifth round (set 1792-1797): a gettext PO catalogue whose entries are a sheet's cells,
a mail in ISO-2022-CN, a file carried as `hexdump -C`, an uncompressed Gnumeric workbook, R tribble() tables, and
a JSON5 export whose indicators are a tree of named levels."""
import csv
import io
import json

from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


def _sheet() -> list[list[str]]:
    return [["项目名称", "某项目", "", "", "", "", "", ""], HEAD, *body_rows()]


def _ref(r: int, c: int) -> str:
    return f"{'ABCDEFGH'[c]}{r + 1}"


def test_a_po_catalogues_entries_placed_by_their_cell_references_read_as_the_sheet(tmp_path):
    """An entry a cell ('#: Sheet1!B3'), msgid the cell, msgstr a translation, a long msgid wrapped, an obsolete
    '#~' entry of an old cell: nothing was read."""
    out = ['msgid ""', 'msgstr ""', '"Language: bo\\n"', ""]
    for r, row in enumerate(_sheet()):
        for c, v in enumerate(row):
            if v:
                out += [f"#: Sheet1!{_ref(r, c)}", 'msgid ""', f'"{v[:2]}"', f'"{v[2:]}"', 'msgstr "ཐོབ"', ""]
    out += ['#~ msgid "旧指标"', '#~ msgstr ""', ""]
    f = written(tmp_path, "\n".join(out))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    warned = read_document(f).warnings
    assert any("msgid" in w and "#~" in w for w in warned)


def _iso2022cn(line: str) -> bytes:
    out, shifted = bytearray(), False
    if any(ord(ch) > 127 for ch in line):
        out += b"\x1b$)A"
    for ch in line:
        if ord(ch) < 128:
            if shifted:
                out.append(0x0F)
                shifted = False
            out += ch.encode("ascii")
        else:
            if not shifted:
                out.append(0x0E)
                shifted = True
            out += bytes(b & 0x7F for b in ch.encode("gb2312"))
    if shifted:
        out.append(0x0F)
    return bytes(out)


def test_a_mail_in_iso_2022_cn_reads_its_body(tmp_path):
    """charset=ISO-2022-CN (RFC 1922): GB 2312 between SO and SI after ESC $ ) A: Python has no codec for it, the
    body was read as the file's ASCII, every Chinese character lost."""
    head = b"From: a@b.cn\nTo: c@d.cn\nSubject: x\nDate: Tue, 19 Mar 2024 10:21:05 +0800\nMIME-Version: 1.0\n" \
           b"Content-Type: text/plain; charset=ISO-2022-CN\nContent-Transfer-Encoding: 7bit\n\n"
    f = tmp_path / "r.txt"
    f.write_bytes(head + b"\n".join(_iso2022cn("\t".join(r)) for r in _sheet()) + b"\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    from jixiao.extract.iso2022_cn import decode
    assert decode(b"a\x1b$)A\x0eOn\x0fb\nc")[0] == "a项b\nc"


def test_a_file_carried_as_a_hexdump_is_read_from_its_bytes(tmp_path):
    """`hexdump -C` of a UTF-8 CSV with a BOM (a character's bytes broken across dump lines, the ASCII column all
    dots for them) inside a ticket's text: nothing was read."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(_sheet())
    data = b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    dump = []
    for off in range(0, len(data), 16):
        ch = data[off:off + 16]
        hx = " ".join(f"{b:02x}" for b in ch[:8]) + "  " + " ".join(f"{b:02x}" for b in ch[8:])
        dump.append(f"{off:08x}  {hx:<48}  |{''.join(chr(b) if 32 <= b < 127 else '.' for b in ch)}|")
    f = written(tmp_path, "工单：导入失败\n\n" + "\n".join(dump) + f"\n{len(data):08x}\n\n已处理\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("hexdump" in w for w in read_document(f).warnings)


def test_a_gnumeric_workbooks_cells_placed_by_row_and_col_read_as_the_sheet(tmp_path):
    """<gnm:Cell Row=".." Col=".." ValueType=".."> (0-based), a cell's line break (&#10;), merges apart: the
    document was read as XML rows of nothing."""
    cells = []
    for r, row in enumerate(_sheet()):
        for c, v in enumerate(row):
            if v:
                v = v.replace("，", "，&#10;")
                cells.append(f'<gnm:Cell Row="{r}" Col="{c}" ValueType="60">{v}</gnm:Cell>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">\n'
            "<gnm:Sheets><gnm:Sheet><gnm:Name>Sheet1</gnm:Name><gnm:Cells>\n" + "\n".join(cells)
            + "\n</gnm:Cells><gnm:MergedRegions><gnm:Merge>A3:A4</gnm:Merge></gnm:MergedRegions>"
            "</gnm:Sheet></gnm:Sheets></gnm:Workbook>\n")
    f = written(tmp_path, text)
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("Gnumeric" in w for w in read_document(f).warnings)


def test_r_tribble_calls_read_as_the_tables_they_make(tmp_path):
    """tribble(~一级指标, …, "产出指标", …, 8, 8, NA): read as comma rows, the quotes kept on every name."""
    def r(v):
        return v if v.replace(".", "", 1).isdigit() else ("NA" if not v else f'"{v}"')
    body = [", ".join(r(v) for v in row) for row in [[lv[0], lv[1], *x, ""] for lv, x in zip(LEVELS, ROWS)]]
    text = ("```{r}\nind <- tibble::tribble(\n  " + ", ".join("~" + h for h in HEAD) + ",\n  "
            + ",\n  ".join(body) + "  # 三项\n)\nknitr::kable(ind)\n```\n")
    f = written(tmp_path, text)
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("tribble" in w for w in read_document(f).warnings)


def test_a_json5_tree_of_named_levels_reads_its_indicators(tmp_path):
    """Comments, unquoted Chinese keys, single quotes, trailing commas; the indicators a list of levels each
    {名称, children: [...]}: nothing was read."""
    tree: dict = {}
    for (l1, l2), row in zip(LEVELS, ROWS):
        tree.setdefault(l1, {}).setdefault(l2, []).append(row)
    out = ["// 导出", "{", "  项目名称: '某项目',", "  绩效指标: ["]
    for l1, kids in tree.items():
        out += ["    {", f"      名称: '{l1}',", "      二级指标: ["]
        for l2, rows in kids.items():
            out += ["        {", f"          名称: '{l2}',", "          三级指标: ["]
            for name, t, a, w, s in rows:
                out.append(f"            {{名称: '{name}', 年度指标值: '{t}', 实际完成值: '{a}', 分值: {w}, 得分: {s},}},")
            out += ["          ],", "        },"]
        out += ["      ],", "    },"]
    out += ["  ],", "}"]
    f = written(tmp_path, "\n".join(out))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    from jixiao.extract.json5_text import json5_as_json
    assert json.loads(json5_as_json("{a: 'x\\\ny', b: [1, .5, +2,], /* c */}")) == {"a": "xy", "b": [1, 0.5, 2]}
