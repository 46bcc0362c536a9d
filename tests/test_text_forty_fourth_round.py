"""Text as it comes, forty-fourth round (set 1756-1761): records apart by the ASCII record separator with no line
break, an XLIFF file whose units are a sheet's cells, a workbook's raw parts written one after another (`unzip
-p`), a ConTeXt source's natural tables, and Tesseract's TSV of a photographed form."""
from jixiao.extract import read_document
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet() -> list[list[str]]:
    return [["项目名称", "某项目", "", "", "", "", "", ""], HEAD, *body_rows()]


def _ref(r: int, c: int) -> str:
    return f"{'ABCDEFGH'[c]}{r + 1}"


def test_records_apart_by_rs_with_fields_apart_by_us_are_rows(tmp_path):
    """US (0x1F) between fields, RS (0x1E) between records, no line break anywhere, a header and a trailer record
    of their own widths: it was refused as binary."""
    recs = [["HDR", "1.0", "20240318"], *_sheet(), ["END", "5"]]
    f = written(tmp_path, "\x1e".join("\x1f".join(r) for r in recs))
    recs_, got = indicator_rows(f)
    assert got == ROWS and levels(recs_) == LEVELS
    assert any("RS" in w for w in read_document(f).warnings)


def test_an_xliff_files_units_placed_by_their_cell_addresses_read_as_the_sheet(tmp_path):
    """Trans-units a cell each, the address as resname, the Chinese in <source>, a translation in <target>
    (another language's words, not read), empty cells no unit: read as rows of unit | address | text."""
    units = []
    for r, row in enumerate(_sheet()):
        for c, v in enumerate(row):
            if v:
                units.append(f'<trans-unit id="{len(units) + 1}" resname="Sheet1!{_ref(r, c)}"><source>{v}</source>'
                             f'<target state="translated">translated {len(units)}</target></trans-unit>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="a.xlsx" source-language="zh-CN" target-language="en" datatype="x-undefined"><body>\n'
            + "\n".join(units) + "\n</body></file></xliff>\n")
    f = written(tmp_path, text)
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("XLIFF" in w for w in read_document(f).warnings)


def test_a_workbooks_shared_strings_and_sheet_parts_written_together_read_as_the_sheet(tmp_path):
    """`unzip -p book.xlsx xl/sharedStrings.xml xl/worksheets/sheet1.xml`: text cells t="s" index the shared
    strings (one a rich <si> of runs), numbers bare <v>; nothing was read."""
    strings, cells = [], []
    for r, row in enumerate(_sheet()):
        xs = []
        for c, v in enumerate(row):
            if not v:
                continue
            try:
                float(v)
                xs.append(f'<c r="{_ref(r, c)}"><v>{v}</v></c>')
            except ValueError:
                strings.append(v)
                xs.append(f'<c r="{_ref(r, c)}" t="s"><v>{len(strings) - 1}</v></c>')
        cells.append(f'<row r="{r + 1}">' + "".join(xs) + "</row>")
    si = "".join(f"<si><r><t>{s[:1]}</t></r><r><rPr><b/></rPr><t>{s[1:]}</t></r></si>" if k == 0 else f"<si><t>{s}</t></si>"
                 for k, s in enumerate(strings))
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    text = (f'{decl}<sst xmlns="{SS}" count="{len(strings)}" uniqueCount="{len(strings)}">{si}</sst>'
            f'{decl}<worksheet xmlns="{SS}"><sheetData>{"".join(cells)}</sheetData></worksheet>')
    f = written(tmp_path, text)
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects[0].name == "某项目"


def test_a_context_sources_natural_tables_read_as_the_tables_they_set(tmp_path):
    """\\bTABLE / \\bTR / \\bTD[nr=2] … \\eTD, a row-spanned level cell, \\% escaped, \\crlf in a cell: nothing
    was read (the cells ran together as one sentence)."""
    rows = body_rows()
    lines = ["% a comment", "\\setupTABLE[frame=on]", "\\starttext", "{\\bfb 项目支出绩效自评表}", "\\bTABLE",
             "\\bTR \\bTD 项目名称 \\eTD \\bTD[nc=7] 某项目 \\eTD \\eTR",
             "\\bTR " + " ".join(f"\\bTH {h} \\eTH" for h in HEAD) + " \\eTR"]
    for k, r in enumerate(rows):
        cells = ([f"\\bTD[nr=2] {r[0]} \\eTD"] if k == 0 else [f"\\bTD {r[0]} \\eTD"] if r[0] else [])
        l2 = r[1].replace("社会效益指标", "社会效益\\crlf 指标")
        cells += [f"\\bTD {l2} \\eTD"] + [f"\\bTD {c.replace('%', chr(92) + '%')} \\eTD" for c in r[2:]]
        lines.append("\\bTR " + " ".join(cells) + " \\eTR")
    lines += ["\\eTABLE", "\\stoptext"]
    f = written(tmp_path, "\n".join(lines) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert recs.projects[0].name == "某项目"


def test_tesseract_tsv_words_are_laid_out_by_their_boxes(tmp_path):
    """Tesseract's TSV: a word a cell with its pixel box, empty cells no word, lines across the table: it was read
    as a table of the TSV's own columns (level, page_num …), nothing found."""
    lefts = [100, 300, 520, 820, 1000, 1180, 1300, 1420]
    out = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
           "1\t1\t0\t0\t0\t0\t0\t0\t1600\t900\t-1\t"]
    for n, row in enumerate([HEAD, *body_rows()], 1):
        out.append(f"4\t1\t1\t1\t{n}\t0\t100\t{n * 60}\t1400\t40\t-1\t")
        w = 0
        for c, v in enumerate(row):
            if v:
                w += 1
                width = sum(20 if ord(ch) < 128 else 36 for ch in v)
                out.append(f"5\t1\t1\t1\t{n}\t{w}\t{lefts[c] + (3 if n % 2 else -3)}\t{n * 60}\t{width}\t38\t91.5\t{v}")
    f = written(tmp_path, "\n".join(out) + "\n")
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("Tesseract" in w for w in read_document(f).warnings)
