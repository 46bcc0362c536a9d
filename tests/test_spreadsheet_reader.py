"""Sheets as the spreadsheet readers hand them to build_sheets (extract/spreadsheet_reader.py)."""
import io

import openpyxl

from jixiao.extract.spreadsheet_reader import read_xlsx

LINES = ["一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分",
         "产出指标,数量指标,新建村道,≥12公里,12.5公里,10,10",
         ",,维修桥梁,≥3座,3座,10,10",
         ",质量指标,验收合格率,≥95%,98%,10,10",
         "效益指标,社会效益指标,受益人口,≥1,200人,1,260人,10,10"]


def _book(lines: list[str], top: int = 3) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目支出绩效自评表"
    ws["A2"] = "绩效指标完成情况（系统导出）"
    for k, line in enumerate(lines):
        ws.cell(row=top + k, column=1, value=line)
    ws.cell(row=top + len(lines), column=1, value="总分")
    ws.cell(row=top + len(lines), column=6, value=100)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_comma_separated_lines_pasted_into_one_column_are_split_into_their_cells_and_said():
    """Issue 21 (1230): CSV text pasted into column A and never split (数据 > 分列 not done): each line one
    cell; a separator that splits the run into a table's rows (extract.separated) puts each field in its own
    cell, an empty field an empty cell, a comma between digits a thousands separator; said, naming the rows."""
    doc = read_xlsx("c.xlsx", _book(LINES), "0")
    (t,) = doc.tables()
    grid = t.grid()
    assert grid[0] == LINES[0].split(",")
    assert grid[2] == ["", "", "维修桥梁", "≥3座", "3座", "10", "10"]
    assert grid[4] == ["效益指标", "社会效益指标", "受益人口", "≥1,200人", "1,260人", "10", "10"]
    assert t.cell_at(2, 2).loc.ref == "C5"
    assert any("第3-7行的5行文字各在一个单元格（A列）" in w and "“,”" in w for w in doc.warnings), doc.warnings


def test_prose_lines_one_a_row_stay_paragraphs():
    prose = ["偏差说明：受益人口1260人，较目标多60人，主要因新增两个自然村。",
             "改进措施：加强项目管理，提高资金使用效率，按期完成建设任务。",
             "填表人：某某，联系电话：0000-0000000，填报日期：2024年3月1日。"]
    doc = read_xlsx("c.xlsx", _book(prose), "0")
    assert not doc.warnings
    assert not any(len(r) > 1 and all(r) for t in doc.tables() for r in t.grid()[:-1])


def test_the_rows_pasted_as_text_are_found_in_one_walk_of_the_sheets_cells():
    """A sheet of many rows (a 决算 data sheet of thousands) is looked through for pasted lines once, not once a
    row: the cells are walked a fixed number of times however many rows there are (no timing: a count)."""
    from jixiao.extract.model import Document
    from jixiao.extract.spreadsheet_reader import Sheet, _split_pasted

    class Walked(dict):
        walks = 0

        def __iter__(self):
            Walked.walks += 1
            return super().__iter__()
    cells = Walked({(r, c): (f"{r}-{c}", None) for r in range(1, 201) for c in range(1, 4)})
    cells.update({(300 + k, 1): (line, None) for k, line in enumerate(LINES)})
    sh = Sheet("s", cells=cells)
    doc = Document(source="x", format="xlsx", sha256="0")
    _split_pasted(doc, sh)
    assert Walked.walks <= 2
    assert sh.cells[(302, 3)][0] == "维修桥梁" and len(doc.warnings) == 1


def test_text_joining_formulas_an_xls_stored_as_0_are_joined_again_from_their_cells(tmp_path):
    """Issue 21 (1296.xls): LibreOffice writing .xls keeps the numbers' formula results but stores 0 for
    each =I9&J9&K9 (a shared formula), so every target and actual read 0, unsaid. A formula that only
    joins cells and literals is joined again from the cells it names; the warning counts them."""
    import subprocess

    from jixiao.extract import convert as convert_module
    from jixiao.extract import read_document
    soffice = convert_module.soffice()
    assert soffice, "LibreOffice is required to make the .xls: `make setup` installs it"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    entries = [("≥", 5000, "亩", 5300, "亩"), ("≤", 5, "万元", 4.8, "万元"), ("", "2023年10月31日前", "", "已完成", "")]
    for k, h in enumerate(("三级指标", "年度指标值", "实际完成值", "分值")):
        ws.cell(1, k + 1, h)
    for r, (name, e) in enumerate(zip(("新建基地", "每座补助", "完成时间"), entries), 2):
        ws.cell(r, 1, name)
        for c, v in enumerate(e):
            if v != "":
                ws.cell(r, 7 + c, v)
        ws.cell(r, 2, f'=G{r}&H{r}&I{r}')
        ws.cell(r, 3, f"=J{r}&K{r}")
        ws.cell(r, 4, 10)
    ws["D5"] = "=SUM(D2:D4)"
    for c in "GHIJK":
        ws.column_dimensions[c].hidden = True
    wb.save(tmp_path / "book.xlsx")
    for target, src_dir, out in (("xlsx", tmp_path, tmp_path / "calc"), ("xls", tmp_path / "calc", tmp_path / "xls")):
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", target,
                        "--outdir", str(out), str(src_dir / "book.xlsx")], check=True, capture_output=True, timeout=120)
    doc = read_document(tmp_path / "xls" / "book.xls")
    grid = doc.tables()[0].grid()
    assert [row[1:3] for row in grid[1:4]] == [["≥5000亩", "5300亩"], ["≤5万元", "4.8万元"], ["2023年10月31日前", "已完成"]]
    assert not any("未随文件保存" in w for w in doc.warnings)   # the sum kept its stored 30
    assert any("6 个文字连接公式（&）保存的结果是数字 0" in w and "6 个已按所连接的单元格重新连接读取" in w
               for w in doc.warnings), doc.warnings


SPACED = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
          "产出指标 数量指标 新建村道 ≥12公里 12.5公里 10 10",
          "维修桥梁 ≥3座 3座 10 10",
          "质量指标 验收合格率 ≥95% 98% 10 10",
          "效益指标 社会效益指标 受益人口 ≥1200人 1260人 10 9.50"]


def test_lines_copied_out_of_a_pdf_a_space_apart_are_split_into_cells_the_merged_ones_empty():
    """Issue 21 (1356): a PDF's table text pasted into column A (cells one space apart, a merged level written
    only on its run's first line) read no row and said nothing. The space-apart grammar (separated.spaced_rows:
    a header of words, rows no wider, the first whole, a shorter row lacking its FIRST cells) splits them,
    the cells a short row lacks empty at its left; said."""
    doc = read_xlsx("s.xlsx", _book(SPACED), "0")
    (t,) = doc.tables()
    grid = t.grid()
    assert grid[0] == SPACED[0].split()
    assert grid[2] == ["", "", "维修桥梁", "≥3座", "3座", "10", "10"]
    assert grid[3] == ["", "质量指标", "验收合格率", "≥95%", "98%", "10", "10"]
    assert grid[4] == SPACED[4].split()
    assert any("第3-7行的5行文字" in w and "一个空格" in w for w in doc.warnings), doc.warnings


def test_space_apart_lines_whose_first_row_is_short_or_whose_rows_are_wider_stay_as_they_are():
    for lines in (SPACED[:1] + SPACED[2:], SPACED[:2] + ["产出指标 数量指标 新建 村道 ≥12公里 12.5公里 10 10"] + SPACED[3:]):
        doc = read_xlsx("s.xlsx", _book(lines), "0")
        assert not doc.warnings, lines


def test_pipe_rows_pasted_into_one_column_are_no_space_apart_rows():
    """668: a Markdown pipe table pasted a line a cell (|  |  | 安装防雹网 | …: empty cells between bars) split by
    its spaces read a row too many and a wrong total; the bars are another layout's, left to its reader."""
    pipes = ["| " + " | ".join(SPACED[0].split()) + " |", "| --- | --- | --- | --- | --- | --- | --- |",
             "| 产出指标 | 数量指标 | 新建村道 | ≥12公里 | 12.5公里 | 10 | 10 |", "|  |  | 维修桥梁 | ≥3座 | 3座 | 10 | 10 |",
             "|  | 质量指标 | 验收合格率 | ≥95% | 98% | 10 | 10 |"]
    doc = read_xlsx("p.xlsx", _book(pipes), "0")
    assert not any("一个空格" in w for w in doc.warnings), doc.warnings


def test_json_objects_pasted_a_line_a_cell_are_split_into_their_values_and_said_with_their_keys():
    """Issue 21 (1397.xlsx): an interface's reply pasted into column A, ONE JSON OBJECT A CELL (Chinese keys,
    the points JSON numbers) read no indicator and said nothing: each object's values go to the cells to its
    right in its keys' order (a number as written, 8.50 stays 8.50), the keys named in the warning."""
    import json
    heads = LINES[0].split(",")
    rows = [["产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", 10, 10],
            ["产出指标", "质量指标", "验收合格率", "≥95%", "98%", 10, 10],
            ["效益指标", "社会效益指标", "受益人口", "≥1200人", "1260人", 10, 10]]
    lines = [json.dumps(dict(zip(heads, r)), ensure_ascii=False).replace(": 10}", ": 8.50}") for r in rows]
    doc = read_xlsx("j.xlsx", _book(lines), "0")
    (t,) = doc.tables()
    grid = t.grid()
    assert grid[0] == ["产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "10", "8.50"]
    assert grid[2][2:5] == ["受益人口", "≥1200人", "1260人"]
    assert any("JSON" in w and "一级指标、二级指标" in w and "第3-5行" in w for w in doc.warnings), doc.warnings


def test_json_of_nested_objects_or_a_lone_object_stays_text():
    lines = ['{"名称":"新建村道","值":{"目标":"≥12公里"},"分值":10,"得分":10}'] * 3 + ['{"a":"1","b":"2","c":"3","d":"4"}']
    doc = read_xlsx("j.xlsx", _book(lines), "0")
    assert not any("JSON" in w for w in doc.warnings)


def test_lookups_an_xls_stored_as_0_are_looked_up_again_in_the_cells_they_name(tmp_path):
    """Issue 21 (1462.xls): every indicator cell =VLOOKUP($A9,指标库!$A$2:$I$20,k,FALSE) into a hidden sheet;
    LibreOffice writing .xls stores 0 for each text it found, so every name, level and target read 0,
    unsaid. An exact-match VLOOKUP of one key cell in a range of the workbook is looked up again in the
    cells it names where what it finds is text (a number found keeps its stored result); the warning
    counts them."""
    import subprocess

    from jixiao.extract import convert as convert_module
    from jixiao.extract import read_document
    soffice = convert_module.soffice()
    assert soffice, "LibreOffice is required to make the .xls: `make setup` installs it"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    lib = wb.create_sheet("库")
    lib.sheet_state = "hidden"
    entries = [("X-9", "别的项目", "≥1座", 5), ("X-1", "新建基地", "≥5000亩", 10), ("X-2", "每座补助", "≤5万元", 8)]
    for r, e in enumerate(entries, 2):
        for c, v in enumerate(e, 1):
            lib.cell(r, c, v)
    for k, h in enumerate(("编码", "三级指标", "年度指标值", "分值")):
        ws.cell(1, k + 1, h)
    for r, code in enumerate(("X-1", "X-2"), 2):
        ws.cell(r, 1, code)
        for c in (2, 3, 4):
            ws.cell(r, c, f"=VLOOKUP($A{r},库!$A$2:$D$4,{c},FALSE)")
    wb.save(tmp_path / "book.xlsx")
    for target, src_dir, out in (("xlsx", tmp_path, tmp_path / "calc"), ("xls", tmp_path / "calc", tmp_path / "xls")):
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", target,
                        "--outdir", str(out), str(src_dir / "book.xlsx")], check=True, capture_output=True, timeout=120)
    doc = read_document(tmp_path / "xls" / "book.xls")
    grid = doc.tables()[0].grid()
    assert [row[1:4] for row in grid[1:3]] == [["新建基地", "≥5000亩", "10"], ["每座补助", "≤5万元", "8"]]
    assert any("4 个查找公式（VLOOKUP）保存的结果是数字 0" in w and "4 个所查到的是文字" in w for w in doc.warnings), \
        doc.warnings


def test_a_text_cell_shows_its_formats_text_section_and_rows_led_by_levels_read():
    """1550.xlsx (no header row: the field names only in the cells' number formats, "年度指标值："@ over the stored
    ≥50000亩, "分值："General over 10; the levels in merged cells before the name): the text cells were read as
    stored, without the label Excel shows, and no row was read. A text cell shows its format's text section
    (the fourth, or a one-section format holding @: spreadsheet_reader._text_shown), the stored text kept; a
    row of one or two level cells, the name, then labelled cells is read with those levels, carried down the
    rows under it (labelled_rows._led_levels). A plain @ format shows the text as it is."""
    from jixiao.extract.spreadsheet_reader import _shown
    from jixiao.normalize import normalize_document
    assert _shown("≥50000亩", '"年度指标值："@') == ("年度指标值：≥50000亩", "≥50000亩")
    assert _shown("≥50000亩", "@") == ("≥50000亩", None) and _shown("x", "0.00") == ("x", None)
    assert _shown("x", '0;-0;0;"（"@"）"') == ("（x）", "x")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目名称"
    ws["B1"] = "2023年某县道路养护项目"
    rows = [("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", 40, 40),
            (None, None, "维修桥梁", "≥3座", "3座", 30, 30),
            (None, "质量指标", "验收合格率", "≥95%", "93%", 30, 29)]
    fmts = ('"年度指标值："@', '"实际完成值："@', '"分值："General', '"得分："General')
    for r, row in enumerate(rows, 3):
        for k, v in enumerate(row):
            c = ws.cell(row=r, column=k + 1, value=v)
            if k >= 3:
                c.number_format = fmts[k - 3]
    ws.merge_cells("A3:A5")
    ws.merge_cells("B3:B4")
    out = io.BytesIO()
    wb.save(out)
    doc = read_xlsx("t.xlsx", out.getvalue(), "")
    recs = normalize_document(doc, name="t.xlsx")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", "40", "40"),
                                          ("产出指标", "数量指标", "维修桥梁", "≥3座", "3座", "30", "30"),
                                          ("产出指标", "质量指标", "验收合格率", "≥95%", "93%", "30", "29")]


def test_a_blank_row_set_too_low_for_text_between_table_rows_is_a_spacer_not_a_gap_between_tables():
    """1677: a thin blank row before each indicator row, the level cells only in a run's first row (not merged): the
    rows are one table (the level column kept), where a blank row of ordinary height splits them."""
    rows = [("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
            ("产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "10", "10"),
            (None, None, "维修桥梁", "≥3座", "3座", "10", "10"),
            (None, "质量指标", "验收合格率", "≥95%", "98%", "10", "10")]

    def tables(height):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws["A1"] = "项目支出绩效自评表"
        y = 2
        for k, row in enumerate(rows):
            if k:
                ws.row_dimensions[y].height = height
                y += 1
            for c, v in enumerate(row, start=1):
                ws.cell(row=y, column=c, value=v)
            y += 1
        out = io.BytesIO()
        wb.save(out)
        return [b.grid() for b in read_xlsx("t.xlsx", out.getvalue(), "").tables()]

    thin = tables(6)
    assert len(thin) == 1 and [r[:3] for r in thin[0]] == [
        ["一级指标", "二级指标", "三级指标"], ["产出指标", "数量指标", "新建村道"], ["", "", "维修桥梁"],
        ["", "质量指标", "验收合格率"]]
    assert len(tables(15)) == 4


YAML = ["# 绩效指标 导出格式: YAML", "绩效指标:", "  - 一级指标: 产出指标", "    二级指标:", "      - 名称: 数量指标",
        "        三级指标:", "          - 名称: 新建村道", "            年度指标值: ≥12公里", "            实际完成值: 12.5公里",
        "            分值: 10", "            得分: 10", "          - 名称: 维修桥梁", "            年度指标值: ≥3座",
        "            实际完成值: 3座", "            分值: 10", "            得分: 10"]


def test_a_yaml_export_pasted_a_line_a_cell_is_read_by_its_leading_spaces_and_said():
    """1808 (a YAML export pasted into column A, a line a cell, the nesting only in each cell's leading spaces):
    nothing read (the .xlsx) and false rows named by YAML lines (the .pdf). The spaces a text value opens with
    are kept (Sheet.spaces) and a run of such lines that the YAML grammar reads as records (pasted_tree) is
    written back as the table it is, from the export's first row; said."""
    doc = read_xlsx("c.xlsx", _book(YAML), "0")
    grids = [t.grid() for t in doc.tables()]
    rows = [r for g in grids for r in g]
    assert ["产出指标", "数量指标", "新建村道", "≥12公里", "12.5公里", "10", "10"] in rows
    assert ["产出指标", "数量指标", "维修桥梁", "≥3座", "3座", "10", "10"] in rows
    assert any("第3-18行" in w and "YAML" in w for w in doc.warnings), doc.warnings


def test_yaml_like_lines_with_no_leading_spaces_stay_as_they_are():
    flat = [x.strip() for x in YAML]
    doc = read_xlsx("c.xlsx", _book(flat), "0")
    assert not any("YAML" in w for w in doc.warnings)
