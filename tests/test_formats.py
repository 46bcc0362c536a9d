"""Every container an auditor receives gives the same records as the Word file.

corpus/formats/ holds each seed as .xlsx (numbers stored as numbers with number formats),
.xls, .html (GB2312 page, layout table, navigation), .mht, .doc, and three text layouts,
built from the .docx by corpus/build.py. Each must give the docx's indicator rows and flags.
"""
import io
import os
import shutil
import stat
import subprocess
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from jixiao.extract import ExtractError, read_bytes, read_document
from jixiao.extract import convert as convert_module
from jixiao.nightly import run_inbox
from jixiao.normalize import normalize_document, records_frames
from jixiao.normalize.records import PROJECT_FIGURES
from jixiao.rules import check

from .conftest import REPORTS, ROOT, SEEDS, alive

FORMATS = ROOT / "corpus" / "formats"
FIELDS = ["level1", "level2", "level3", "target_raw", "actual_raw", "target_op", "target_value", "weight", "score"]
RENDERINGS = ["xlsx", "xls", "html", "mht", "ofd", "pipe.txt", "aligned.txt", "indented.txt", "doc"]
SOFFICE = convert_module.soffice()


def records(path: Path):
    d = read_document(path, name="report")
    recs = normalize_document(d, name="report")
    rows = records_frames([recs])["indicators"]
    rows = [tuple(str(r.get(f, "")) for f in FIELDS) for r in rows.to_dict("records")]
    rows += [tuple(str(getattr(p, f).value) if getattr(p, f) else "" for f in PROJECT_FIGURES) for p in recs.projects]
    flags = sorted((f.rule, f.stated, f.expected, f.evidence) for f in check(recs))
    return d, rows, flags


@pytest.fixture(scope="module")
def docx_records():
    return {seed: records(REPORTS / f"{seed}.docx")[1:] for seed in SEEDS}


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_CACHE", str(tmp_path / "cache"))


@pytest.mark.parametrize("fmt", RENDERINGS)
@pytest.mark.parametrize("seed", SEEDS)
def test_every_format_gives_the_records_of_the_docx(seed, fmt, docx_records):
    if fmt == "doc":
        assert SOFFICE, "LibreOffice is required for .doc: `make setup` installs it"
    d, rows, flags = records(FORMATS / f"{seed}.{fmt}")
    want_rows, want_flags = docx_records[seed]
    assert rows == want_rows
    assert flags == want_flags
    assert d.format == {"pipe.txt": "txt", "aligned.txt": "txt", "indented.txt": "txt"}.get(fmt, fmt)


# spreadsheets ---------------------------------------------------------------------------------

def _workbook(tmp_path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws["A1"] = "2023年度项目支出绩效自评表"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"])
    ws.append(["产出指标", "数量指标", "培训人次", 1000, 1200])
    ws.append([None, "质量指标", "合格率", 0.95, 0.9586])
    ws.append([None, "时效指标", "完成时间", "2023年12月", "2023年11月"])
    ws.append(["隐藏行", "x", "y", 1, 2])
    ws.row_dimensions[7].hidden = True
    ws.append(["效益指标", "成本指标", "项目资金", 1061.57, 1061.5])
    ws.merge_cells("A4:A6")
    for ref in ("D5", "E5"):
        ws[ref].number_format = "0.00%"
    ws["D8"].number_format = ws["E8"].number_format = '#,##0.00"万元"'
    ws["F4"] = "=D4*2"   # a formula: read by its cached value (none here: openpyxl never computed it)
    hidden = wb.create_sheet("备用")
    hidden["A1"] = "不应读取"
    hidden.sheet_state = "hidden"
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_spreadsheet_cells_as_shown_with_merges_and_hidden_content_skipped(tmp_path):
    d = read_document(_workbook(tmp_path))
    assert d.format == "xlsx"
    assert d.paragraphs()[0].text == "2023年度项目支出绩效自评表"
    [t] = d.tables()
    grid = t.grid()
    assert grid[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
    assert grid[2][3:5] == ["95.00%", "95.86%"]
    assert grid[4][3:5] == ["1,061.57万元", "1,061.50万元"]
    assert all("隐藏行" not in row for row in grid)
    level1 = t.cell_at(1, 0)
    assert (level1.text, level1.rowspan) == ("产出指标", 3)
    shown = t.cell_at(2, 4)
    assert shown.value == "0.9586" and shown.loc.sheet == "自评表" and shown.loc.ref == "E5"
    assert "工作表“自评表” 单元格E5" in shown.loc.describe()
    assert any("隐藏的工作表“备用”" in w for w in d.warnings) and any("隐藏的行" in w for w in d.warnings)
    # the hidden row is named by its sheet and row, so an analyst can unhide it
    assert any("隐藏的行或列中有 1 处内容未读取（工作表“自评表”第7行）" in w for w in d.warnings), d.warnings
    assert "不应读取" not in str(d.to_dict())


def _side_by_side(tmp_path, gutter_rows_differ=True) -> Path:
    """A head block in A-C and an indicator table in E-I, column D empty between them, rows
    overlapping; the title merged across both above."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目支出绩效自评表"
    ws.merge_cells("A1:I1")
    head = [["项目名称", "乡村道路养护", None], ["项目资金（万元）", "全年预算数", "全年执行数"],
            [None, 500, 480]]
    table = [["一级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
             ["产出指标", "养护里程", "≥100公里", "102公里", 20],
             [None, "验收合格率", "100%", "100%", 20],
             [None, "完成时间", "2023年11月前", "2023年10月", 10]]
    for k, row in enumerate(table):
        r = k + 2
        if k < len(head):
            for c, v in enumerate(head[k]):
                ws.cell(r, c + 1, v)
        elif not gutter_rows_differ:
            for c, v in enumerate(["其他", "—", "—"]):
                ws.cell(r, c + 1, v)
        for c, v in enumerate(row):
            ws.cell(r, c + 5, v)
    ws.merge_cells("A3:A4")
    ws.merge_cells("E3:E5")
    path = tmp_path / "side.xlsx"
    wb.save(path)
    return path


def test_tables_side_by_side_on_one_sheet_split_at_the_empty_column_between_them(tmp_path):
    d = read_document(_side_by_side(tmp_path))
    assert [p.text for p in d.paragraphs()] == ["项目支出绩效自评表"]    # once, not once per table
    head, table = d.tables()
    assert head.grid()[0] == ["项目名称", "乡村道路养护", ""] and head.loc.ref == "A2:C4"
    assert (head.cell_at(1, 0).text, head.cell_at(1, 0).rowspan) == ("项目资金（万元）", 2)
    assert table.grid()[0] == ["一级指标", "三级指标", "年度指标值", "实际完成值", "得分"]
    assert table.n_rows == 4 and table.cell_at(1, 0).rowspan == 3 and table.cell_at(3, 1).loc.ref == "F5"
    [p] = normalize_document(d).projects
    assert [i.level3 for i in p.indicators] == ["养护里程", "验收合格率", "完成时间"]


def test_an_empty_column_inside_one_table_does_not_split_it(tmp_path):
    """Every row filled on both sides of the empty column: one table's columns, a spacer between."""
    [t] = read_document(_side_by_side(tmp_path, gutter_rows_differ=False)).tables()
    assert t.n_cols == 8 and t.grid()[0][:4] == ["项目名称", "乡村道路养护", "", "一级指标"]


def _spacer_form(tmp_path, merged_headings=False) -> Path:
    """One indicator table with an empty spacer column (D) between its names and its figures, as an
    Excel form widens its print: the header runs across it, the 一级指标 heading rows fill the names'
    side only (a cell, or a merge over A:C), the 总分 row its label left and its figures right."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目支出绩效自评表"
    ws.merge_cells("A1:H1")
    rows = [["一级指标", "二级指标", "三级指标", None, "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", None, None, None, None, None, None, None],
            [None, "数量指标", "养护里程", None, "≥100公里", "102公里", 50, 50],
            [None, "质量指标", "验收合格率", None, "100%", "100%", 30, 30],
            ["满意度指标", None, None, None, None, None, None, None],
            [None, "服务对象满意度", "群众满意度", None, "≥90%", "95%", 20, 20],
            ["总分", None, None, None, None, None, 100, 100]]
    for k, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                ws.cell(k + 2, c + 1, v)
    if merged_headings:
        ws.merge_cells("A3:C3")
        ws.merge_cells("A6:C6")
    path = tmp_path / "spacer.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("merged_headings", [False, True])
def test_a_spacer_column_under_a_header_running_across_it_keeps_one_table(tmp_path, merged_headings):
    """Rows filling one side only are the table's headings, not a second table beside it: the header
    heads every column on both sides of the gutter."""
    [t] = read_document(_spacer_form(tmp_path, merged_headings)).tables()
    assert t.grid()[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    [p] = normalize_document(read_document(_spacer_form(tmp_path, merged_headings))).projects
    assert [(i.level1, i.level3, i.weight.raw) for i in p.indicators] == [
        ("产出指标", "养护里程", "50"), ("产出指标", "验收合格率", "30"), ("满意度指标", "群众满意度", "20")]


def test_two_tables_under_one_header_row_with_rows_of_their_own_still_split(tmp_path):
    """Both sides headed in one row, but the left has rows of two cells the right lacks: two tables."""
    wb = openpyxl.Workbook()
    ws = wb.active
    left = [["资金来源", "年初预算数", "全年执行数"], ["财政拨款", 300, 290], ["其他资金", 200, 190], ["合计", 500, 480]]
    right = [["三级指标", "年度指标值", "实际完成值", "得分"], ["养护里程", "≥100公里", "102公里", 20]]
    for k, row in enumerate(left):
        for c, v in enumerate(row):
            ws.cell(k + 1, c + 1, v)
    for k, row in enumerate(right):
        for c, v in enumerate(row):
            ws.cell(k + 1, c + 5, v)
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert [t.grid()[0][0] for t in read_document(path).tables()] == ["资金来源", "三级指标"]


def test_the_same_workbook_as_xls_reads_the_same_and_formulas_by_their_cached_value(tmp_path):
    assert SOFFICE, "LibreOffice is required to make the .xls: `make setup` installs it"
    book = _workbook(tmp_path)
    for target, folder in (("xls", tmp_path / "xls"), ("xlsx", tmp_path / "calc")):   # Calc computes the formula
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", target,
                        "--outdir", str(folder), str(book)], check=True, capture_output=True, timeout=120)
    a, b = read_document(tmp_path / "calc" / "book.xlsx"), read_document(tmp_path / "xls" / "book.xls")
    assert b.format == "xls"
    assert [t.grid() for t in a.tables()] == [t.grid() for t in b.tables()]
    assert b.tables()[0].grid()[1][5] == "2000"            # =D4*2, as the program showed it
    assert read_document(book).tables()[0].n_cols == 5     # never computed: nothing to show, nothing invented


def test_formulas_whose_results_an_xls_never_stored_are_read_from_the_cells_they_refer_to(tmp_path):
    """Issue 21 (981.xls): LibreOffice writing .xls from an .xlsx it did not recalculate stores 0 as each
    formula's result, so a grid of =录入!A2 references over a hidden input sheet read as zeros, unsaid. A
    formula that is one reference is read from the cell it refers to; the warning says so."""
    assert SOFFICE, "LibreOffice is required to make the .xls: `make setup` installs it"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    src = wb.create_sheet("录入")
    src.sheet_state = "hidden"
    rows = [["三级指标", "年度指标值", "实际完成值", "分值"], ["新建基地", "≥5000亩", "5300亩", "10"],
            ["培训人次", "≥1500人次", "1620人次", "6"]]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            src.cell(r, c, v)
            ws.cell(r, c, f"=录入!{'ABCD'[c - 1]}{r}")
    wb.save(tmp_path / "book.xlsx")
    for target, src_dir, out in (("xlsx", tmp_path, tmp_path / "calc"), ("xls", tmp_path / "calc", tmp_path / "xls")):
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", target,
                        "--outdir", str(out), str(src_dir / "book.xlsx")], check=True, capture_output=True, timeout=120)
    doc = read_document(tmp_path / "xls" / "book.xls")
    assert doc.tables()[0].grid() == rows
    assert any("工作表“自评表”的 12 个公式单元格未随文件保存计算结果" in w for w in doc.warnings)


def _dates_workbook(tmp_path) -> Path:
    """Dates and times under several number formats, and one under a Chinese built-in format that the
    file names by its number alone (id 31, no format code), as a Chinese Excel saves it."""
    import datetime as dt
    import re
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["名称", "年度指标值", "实际完成值"])
    rows = [("完成时间", "2023年12月", dt.datetime(2023, 12, 20), "yyyy\\年m\\月"),
            ("验收日期", "2023年12月", dt.datetime(2023, 12, 5), 'yyyy"年"m"月"d"日"'),
            ("发布日期", "2023年", dt.datetime(2023, 9, 8), "yyyy/m/d"),
            ("上报日期", "9月", dt.datetime(2023, 9, 8), 'm"月"d"日"'),
            ("开始时刻", "上午", dt.time(9, 5), 'h"时"mm"分"'),
            ("季度", "四季度", dt.datetime(2023, 10, 1), "yyyy.mm"),
            ("序号日期", "2023年", 45280, "0.000")]   # id 164, patched to the built-in 31 below
    for name, target, value, fmt in rows:
        ws.append([name, target, value])
        ws.cell(ws.max_row, 3).number_format = fmt
    path = tmp_path / "dates.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["xl/styles.xml"].decode()
    code = re.search(r'<numFmt numFmtId="(\d+)" formatCode="0.000"/>', styles).group(1)
    styles = styles.replace(f'<numFmt numFmtId="{code}" formatCode="0.000"/>', "")
    parts["xl/styles.xml"] = re.sub(f'numFmtId="{code}"', 'numFmtId="31"', styles).encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


DATES_SHOWN = ["2023年12月", "2023年12月5日", "2023/9/8", "9月8日", "9时05分", "2023.10", "2023年12月20日"]


def test_date_cells_as_their_number_format_shows_them_in_xlsx_and_xls(tmp_path):
    """A date shown as 2023年12月 is that, not the day it was typed on; the format decides (year, month,
    day, time, literals), also for a built-in Chinese format the file names only by its number."""
    book = _dates_workbook(tmp_path)
    [t] = read_document(book).tables()
    assert [row[2] for row in t.grid()[1:]] == DATES_SHOWN
    assert t.cell_at(1, 2).value == "2023-12-20T00:00:00"     # the stored day stays with the cell
    assert SOFFICE, "LibreOffice is required to make the .xls: `make setup` installs it"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", "xls",
                    "--outdir", str(tmp_path / "xls"), str(book)], check=True, capture_output=True, timeout=120)
    [t] = read_document(tmp_path / "xls" / "dates.xls").tables()
    # (the built-in 31 leaves out: LibreOffice, not Chinese, writes it into the .xls as its own short date)
    assert [row[2] for row in t.grid()[1:-1]] == DATES_SHOWN[:-1]


def test_number_cells_by_the_section_of_their_format_for_their_sign(tmp_path):
    """positive;negative;zero sections: a negative in parentheses, a zero as the accounting dash, the
    currency of a locale tag, literal text outside quotes; a negative shown only in red keeps its minus."""
    accounting = '_ ￥* #,##0.00_ ;_ ￥* -#,##0.00_ ;_ ￥* "-"??_ ;_ @_ '
    cells = [(-5, "0.00_);(0.00)", "(5.00)"), (0, accounting, "￥-"), (1234.5, accounting, "￥1,234.50"),
             (-1234.5, accounting, "￥-1,234.50"), (-5, "#,##0.00;[Red]#,##0.00", "-5.00"),
             (5, "[$¥-804]#,##0.00", "¥5.00"), (98.2, "≥0.0", "≥98.2"), (0, '0.0;-0.0;"—"', "—")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目", "金额"])
    for k, (value, fmt, _) in enumerate(cells):
        ws.append([f"第{k + 1}项", value])
        ws.cell(ws.max_row, 2).number_format = fmt
    wb.save(tmp_path / "signs.xlsx")
    [t] = read_document(tmp_path / "signs.xlsx").tables()
    assert [row[1] for row in t.grid()[1:]] == [shown for _, _, shown in cells]


def _shown_in_column(tmp_path, cells):
    """Each (value, format, _) of cells in one column of an .xlsx built here, read back as shown."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目", "数值"])
    for k, (value, fmt, _) in enumerate(cells):
        ws.append([f"第{k + 1}项", value])
        ws.cell(ws.max_row, 2).number_format = fmt
    wb.save(tmp_path / "shown.xlsx")
    [t] = read_document(tmp_path / "shown.xlsx").tables()
    return t


def test_commas_after_the_last_digit_scale_by_a_thousand_each_and_quoted_or_escaped_text_stays(tmp_path):
    """0!.0,"万" is how Excel shows 万 without a formula: the comma divides by 1000, the escaped point
    stands between the last two digits; ,, divides by a million."""
    cells = [(125000, '0!.0,"万"', "12.5万"), (1234567, '0!.0,"万"', "123.5万"),
             (123456789, '#,##0.00,,"百万"', "123.46百万"), (12345, '0.0,"千"', "12.3千"),
             (12345678, '#,##0,"万元"', "12,346万元"), (1234567, '0!.0000"万元"', "123.4567万元"),
             (-125000, '0!.0,"万"', "-12.5万")]
    t = _shown_in_column(tmp_path, cells)
    assert [row[1] for row in t.grid()[1:]] == [shown for _, _, shown in cells]
    assert t.cell_at(1, 1).value == "125000"      # the stored number stays with the cell


def test_digit_placeholders_with_text_between_them_and_optional_places(tmp_path):
    """Digits fill 0 # ? from the point outwards; text between placeholders stays where it stands; a
    trailing zero under # is not shown, under ? it is a space; General shows the text around it."""
    cells = [(1234567, "000-0000", "123-4567"), (1.5, "0.0#", "1.5"), (1.25, "0.0#", "1.25"),
             (0.5, "#.00", ".50"), (12, 'General"万元"', "12万元"), (-5, "[Red]General;[Blue]-General", "-5")]
    t = _shown_in_column(tmp_path, cells)
    assert [row[1] for row in t.grid()[1:]] == [shown for _, _, shown in cells]


def test_scientific_and_fraction_formats_as_excel_shows_them(tmp_path):
    """0.00E+00 shows a mantissa and exponent (1.23E+04), ##0.0E+0 an exponent in threes (12.3E+3), E-
    a sign only when negative; # ?/? the whole part and the closest fraction its placeholders allow
    (1 1/2, 3/4), ?/8 over a denominator written, ?/? an improper fraction; not as General (12345, 1.5).
    The shown texts are LibreOffice's for the same cells (soffice --convert-to csv, as shown)."""
    cells = [(12345, "0.00E+00", "1.23E+04"), (0.000123, "0.00E+00", "1.23E-04"), (-12345, "0.00E+00", "-1.23E+04"),
             (0, "0.00E+00", "0.00E+00"), (99999, "0.00E+00", "1.00E+05"), (12345, "##0.0E+0", "12.3E+3"),
             (0.00123, "##0.0E+0", "1.2E-3"), (12345, "0.0E-00", "1.2E04"), (1.5, "0E+0", "2E+0"),
             (0.75, "# ?/?", "3/4"), (1.5, "# ?/?", "1 1/2"), (-1.25, "# ?/?", "-1 1/4"), (1.96, "# ?/?", "2"),
             (0, "# ?/?", "0"), (3.14159, "# ??/??", "3 14/99"), (1.3, "# ?/8", "1 2/8"), (1.5, "?/?", "3/2"),
             (1.3, "# ??/100", "1 30/100"), (0.6, '# ?/?"万"', "3/5万")]
    t = _shown_in_column(tmp_path, cells)
    assert [row[1] for row in t.grid()[1:]] == [shown for _, _, shown in cells]
    assert t.cell_at(1, 1).value == "12345"      # the stored number stays with the cell


def test_chinese_numeral_formats_dbnum_as_a_chinese_excel_shows_them(tmp_path):
    """[DBNum1] 一二三 with units, [DBNum2] 壹贰叁, [DBNum3] full-width digits; a run of zeros is one 〇,
    a fraction digit by digit; dates: the year digit by digit, month and day without a leading 一."""
    import datetime as dt
    cells = [(123, "[DBNum1][$-804]General", "一百二十三"), (100010, "[DBNum1][$-804]General", "一十万〇一十"),
             (20230000, "[DBNum1][$-804]General", "二千〇二十三万"), (12.5, "[DBNum1][$-804]General", "一十二．五"),
             (123, "[DBNum1][$-804]0.00", "一百二十三．〇〇"), (1005, "[DBNum2][$-804]General", "壹仟零伍"),
             (12.5, "[DBNum2]0.0", "壹拾贰点伍"), (1234, "[DBNum3][$-804]#,##0", "１，２３４"),
             (dt.datetime(2023, 12, 20), '[DBNum1][$-804]yyyy"年"m"月"d"日"', "二〇二三年十二月二十日"),
             (dt.datetime(2023, 10, 12), '[DBNum2][$-804]yyyy"年"m"月"d"日"', "贰零贰叁年拾月拾贰日"),
             (dt.datetime(2023, 10, 12), '[DBNum3][$-804]yyyy"年"m"月"d"日"', "２０２３年１０月１２日")]
    t = _shown_in_column(tmp_path, cells)
    assert [row[1] for row in t.grid()[1:]] == [shown for _, _, shown in cells]
    # as .xls, LibreOffice writes a [DBNum1] date as [$-1E000804] (the numeral shape in the locale tag)
    assert SOFFICE, "LibreOffice is required to make the .xls: `make setup` installs it"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless", "--convert-to", "xls",
                    "--outdir", str(tmp_path / "xls"), str(tmp_path / "shown.xlsx")], check=True, capture_output=True,
                   timeout=120)
    [t] = read_document(tmp_path / "xls" / "shown.xls").tables()
    # (the untagged [DBNum2] LibreOffice tags with its own locale, en-US, and shows as digits: left out)
    tagged = [k for k, (_, fmt, _) in enumerate(cells) if "$-804" in fmt]
    assert [t.grid()[k + 1][1] for k in tagged] == [cells[k][2] for k in tagged]


def test_a_number_shown_in_wan_reads_as_its_shown_figure_in_the_records(tmp_path):
    """125000 under 0!.0,"万人次" is 12.5万人次 on screen, and the record reads that: 125000 人次."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "社区养老服务"])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"])
    ws.append(["产出指标", "数量指标", "服务人次", "≥10万人次", 125000])
    ws.cell(3, 5).number_format = '0!.0,"万人次"'
    ws.append(["产出指标", "数量指标", "培训场次", "≥20场", 25])
    wb.save(tmp_path / "wan.xlsx")
    recs = normalize_document(read_document(tmp_path / "wan.xlsx"))
    actual = recs.indicators[0].actual
    assert (actual.q.raw, actual.q.value, actual.q.unit) == ("12.5万人次", 125000, "人次")
    assert actual.loc.ref == "E3"


# web pages ------------------------------------------------------------------------------------

PAGE = """<html><head><title>t</title><script>var x = "<table><tr><td>假</td></tr></table>";</script>
<style>td {{ color: red }}</style></head><body>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
<table width="100%"><tr><td><table><tr><td>菜单</td></tr></table></td><td>
<p>一、基本情况</p>
<table border="1">
<tr><th rowspan="2">一级指标</th><th colspan="2">指标</th></tr>
<tr><th>三级指标</th><th>实际完成值</th></tr>
<tr><td>产出指标</td><td>培训人次<br>（含线上）</td><td>{value}</td></tr>
</table></td></tr></table></body></html>"""


@pytest.mark.parametrize("encoding,declare", [("gb18030", ""), ("gbk", '<meta charset="gb2312">'),
                                              ("utf-8", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'),
                                              ("big5", '<meta charset="big5">')])
def test_html_tables_in_any_charset_with_layout_tables_and_scripts(encoding, declare):
    page = PAGE.format(value="1200人次").replace("<head>", "<head>" + declare)
    if encoding == "big5":
        page = page.translate(str.maketrans("级标实际产训线当页务况单开", "級標實際產訓線當頁務況單開"))
    d = read_bytes(page.encode(encoding), "page.html")
    assert d.format == "html"
    data = [t for t in d.tables() if t.n_cols == 3]
    assert len(data) == 1
    grid = data[0].grid(fill=True)
    assert grid[1][1:] == [grid[1][1], grid[1][2]] and grid[2][2] == "1200人次"
    assert "\n" in grid[2][1]                      # <br> kept as a line break in the cell
    assert data[0].cell_at(1, 0).rowspan == 2 and data[0].cell_at(0, 1).colspan == 2
    text = " ".join(p.text for p in d.paragraphs())
    assert "假" not in str(d.to_dict()) and "color" not in text
    assert "首页" not in text and "首頁" not in text   # the breadcrumb is page furniture


def test_a_line_right_under_a_table_is_kept_whatever_its_class_a_page_footer_is_not():
    """738.html: <p class="foot">自评得分：99.41分　自评等级：优</p> right after the form's table is the form's
    own foot, not page furniture; the site's footer after the content box still goes."""
    page = ("<html><body><div class='main'><table><tr><td>总分</td><td>99.41</td></tr></table>"
            "<p class='foot'>自评等级：优</p></div><div class='footer'>主办：某县人民政府</div></body></html>")
    text = " ".join(p.text for p in read_bytes(page.encode("utf-8"), "page.html").paragraphs())
    assert "自评等级：优" in text and "主办" not in text


def test_tables_stacked_on_one_set_of_columns_are_one_table():
    """Issue 21 (858): a report tool writes each printed line as a one-row <table>, the tables stacked with
    nothing between and lined up by the same <colgroup>: one grid, read as one table (the fund's labels over
    its figures a label row and a value row). A table with other columns, or text between, stands apart."""
    cols = "<colgroup><col style='width:90px'><col style='width:110px'><col style='width:60px'></colgroup>"

    def line(*cells):
        return f"<table>{cols}<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>"
    page = ("<html><body>" + line("年初预算数", "全年预算数", "执行率") + line("100.00", "120.00", "98.00%")
            + line("三级指标", "年度指标值", "得分") + "<p>注</p>" + line("新建村道", "≥12公里", "10")
            + "<table><colgroup><col style='width:50px'></colgroup><tr><td>甲</td><td>乙</td></tr></table></body></html>")
    tables = read_bytes(page.encode("utf-8"), "page.html").tables()
    assert [t.grid() for t in tables] == [
        [["年初预算数", "全年预算数", "执行率"], ["100.00", "120.00", "98.00%"], ["三级指标", "年度指标值", "得分"]],
        [["新建村道", "≥12公里", "10"]], [["甲", "乙"]]]


def test_pandas_nan_is_empty_only_in_a_dataframe_table_stacked_or_alone():
    """Issue 21 (906.html read nothing: NameError): the NaN test of one table must look at the tables given, alone
    or stacked; pandas' NaN (class="dataframe") is an empty cell, a NaN typed in another table stays as written."""
    cols = "<colgroup><col style='width:90px'><col style='width:60px'></colgroup>"
    page = ("<html><body><table class='dataframe'><tr><th>三级指标</th><th>得分</th></tr>"
            "<tr><td>NaN</td><td>8</td></tr></table><p>注</p>"
            f"<table>{cols}<tr><td>NaN</td><td>5</td></tr></table>"
            f"<table>{cols}<tr><td>甲</td><td>6</td></tr></table></body></html>")
    tables = read_bytes(page.encode("utf-8"), "page.html").tables()
    assert [t.grid() for t in tables] == [[["三级指标", "得分"], ["", "8"]], [["NaN", "5"], ["甲", "6"]]]


def test_a_huge_html_page_fails_quickly_with_its_reason(monkeypatch):
    """Quickly: refused by its size before any of it is decoded or parsed (its time: benchmarks/hostile_inputs.py
    huge_html)."""
    from jixiao.extract import html_reader

    def never(*args):
        raise AssertionError("a page over the limit was decoded")
    monkeypatch.setattr(html_reader, "decode_html", never)
    with pytest.raises(ExtractError) as e:
        read_bytes(b"<html><body>" + b"<p>x</p>" * (50 * 2**20 // 8) + b"</body></html>", "big.html")
    assert "过大" in e.value.reason


# old Word through LibreOffice -----------------------------------------------------------------

def test_without_libreoffice_a_doc_fails_with_the_reason(monkeypatch):
    monkeypatch.setattr(convert_module, "soffice", lambda: None)
    with pytest.raises(ExtractError) as e:
        read_document(FORMATS / f"{SEEDS[0]}.doc")
    assert "需要 LibreOffice" in e.value.reason


def test_a_hanging_conversion_is_killed_with_its_process_group(tmp_path, monkeypatch):
    fake = tmp_path / "soffice"
    pidfile = tmp_path / "child.pid"
    fake.write_text(f"#!/bin/sh\nsleep 600 &\necho $! > {pidfile}\nwait\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(convert_module, "soffice", lambda: str(fake))
    monkeypatch.setattr(convert_module, "TIMEOUT", 2.0)
    started = time.monotonic()
    with pytest.raises(ExtractError) as e:
        convert_module.convert("x.doc", b"data", "0" * 64, "docx", "旧版 Word 文件", timeout=2.0)
    assert "超过" in e.value.reason and time.monotonic() - started < 20
    child = int(pidfile.read_text())
    time.sleep(0.2)
    assert not alive(child)                 # the grandchild went with the group



def test_conversions_are_cached_by_sha256(tmp_path, monkeypatch):
    assert SOFFICE, "LibreOffice is required for .doc: `make setup` installs it"
    src = FORMATS / f"{SEEDS[1]}.doc"
    read_document(src)
    cached = list((tmp_path / "cache" / "converted").glob("*.docx"))
    assert len(cached) == 1
    monkeypatch.setattr(convert_module, "soffice", lambda: None)   # no LibreOffice the second time
    assert read_document(src).tables()


# bad input in the new formats -----------------------------------------------------------------

def test_an_encrypted_xlsx_fails_as_encrypted():
    with pytest.raises(ExtractError) as e:
        read_document(ROOT / "tests" / "fixtures" / "encrypted.xlsx")
    assert e.value.code == "encrypted" and "加密" in e.value.reason


def test_a_zip_bomb_disguised_as_xlsx_or_ofd():
    for marker, name in (("xl/workbook.xml", "bomb.xlsx"), ("OFD.xml", "bomb.ofd")):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(marker, "<a/>")
            z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (300 * 2**20) + b"</a>")
        with pytest.raises(ExtractError) as e:
            read_bytes(buf.getvalue(), name)
        assert e.value.code == "bomb", name


def test_an_ofd_with_a_dtd_is_refused_and_its_table_keeps_its_merges():
    data = (FORMATS / f"{SEEDS[0]}.ofd").read_bytes()
    d = read_bytes(data, "r.ofd")
    assert d.format == "ofd" and d.pages == 1
    merged = [c for t in d.tables() for c in t.cells if c.rowspan > 1 or c.colspan > 1]
    assert merged and all(c.loc.page == 1 and c.loc.bbox for c in merged)
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "OFD.xml":
                body = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + body.split(b"?>", 1)[1]
            dst.writestr(item, body)
    with pytest.raises(ExtractError) as e:
        read_bytes(buf.getvalue(), "xxe.ofd")
    assert e.value.code == "xxe"


def test_a_broken_image_fails_with_a_stable_reason():
    reasons = set()
    for _ in range(2):
        with pytest.raises(ExtractError) as e:
            read_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "scan.png")
        reasons.add(e.value.reason)
    assert len(reasons) == 1 and "图片" in reasons.pop()   # the same every night: no addresses in it


# archives -------------------------------------------------------------------------------------

def test_zip_archive_members_are_documents_of_their_own(tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    with zipfile.ZipFile(box / "batch.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.write(REPORTS / "002_70340c3d2e0dbd82.docx", "2023/报告.docx")
        z.write(FORMATS / "002_70340c3d2e0dbd82.xlsx", "../../escape.xlsx")
        z.write(REPORTS / "000_b69c5b8f3653aeba.txt", "/abs/path.txt")
        z.writestr("XXXXXX.txt", (REPORTS / "000_b69c5b8f3653aeba.txt").read_bytes())
    # Chinese Windows writes names in GBK without zip's UTF-8 flag: put those bytes in place.
    raw = (box / "batch.zip").read_bytes()
    (box / "batch.zip").write_bytes(raw.replace(b"XXXXXX.txt", "自评表.txt".encode("gbk")))
    out = tmp_path / "out"
    run_inbox(box, out)
    import csv
    docs = {r["doc"]: r for r in csv.DictReader(io.StringIO((out / "documents.csv").read_bytes().decode("utf-8-sig")))}
    assert set(docs) == {"batch.zip!/2023/报告.docx", "batch.zip!/escape.xlsx", "batch.zip!/abs/path.txt",
                         "batch.zip!/自评表.txt"}
    assert all(r["status"] == "ok" for r in docs.values())
    assert docs["batch.zip!/2023/报告.docx"]["indicators"] == docs["batch.zip!/escape.xlsx"]["indicators"] == "6"
    assert not (tmp_path / "escape.xlsx").exists() and not Path("/abs/path.txt").exists()


def test_an_archive_with_too_many_members_is_not_opened(tmp_path, monkeypatch):
    from jixiao.extract import archive
    monkeypatch.setattr(archive, "MAX_MEMBERS", 5)
    box = tmp_path / "inbox"
    box.mkdir()
    with zipfile.ZipFile(box / "many.zip", "w") as z:
        for k in range(6):
            z.writestr(f"f{k}.txt", "x")
    out = tmp_path / "out"
    run_inbox(box, out)
    import csv
    [row] = csv.DictReader(io.StringIO((out / "documents.csv").read_bytes().decode("utf-8-sig")))
    assert row["doc"] == "many.zip" and row["status"] == "failed" and "超过上限" in row["error"]


def test_formats_doc_lists_every_format():
    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    for fmt in (".xlsx", ".xls", ".et", ".html", ".mht", ".doc", ".wps", ".rtf", ".ofd", ".zip", ".txt", ".pdf",
                ".docx", ".odt", ".ods"):
        assert fmt in text, fmt


def test_copies_of_corpus_files_in_an_inbox_keep_their_format(tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    for fmt in ("xlsx", "html", "pipe.txt"):
        shutil.copy(FORMATS / f"{SEEDS[2]}.{fmt}", box / f"r.{fmt}")
    out = tmp_path / "out"
    s = run_inbox(box, out)
    assert s.ok == 3 and s.indicators == 18


# OFD packages built as GB/T 33190 lays them out: OFD.xml -> Doc_0/Document.xml (CommonData, Pages) -> a
# Content.xml per page. Coordinates in millimetres unless an object's CTM maps its own space (points here).
OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
PT = "0.3528 0 0 0.3528 0 0"     # points -> millimetres, as PDF->OFD converters write each run


def _ofd(pages: list[str], common: str = "", files: dict | None = None) -> bytes:
    """pages: each page's inner XML (Template, Content); common: more of Document.xml's CommonData."""
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    listed = "".join(f'<ofd:Page ID="{900 + k}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", f'{head}<ofd:OFD {OFD_NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
                              '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        z.writestr("Doc_0/Document.xml", f'{head}<ofd:Document {OFD_NS}><ofd:CommonData><ofd:MaxUnitID>999'
                                         '</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                                         f'</ofd:PhysicalBox></ofd:PageArea>{common}</ofd:CommonData>'
                                         f'<ofd:Pages>{listed}</ofd:Pages></ofd:Document>')
        for k, body in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{k}/Content.xml", f"{head}<ofd:Page {OFD_NS}>{body}</ofd:Page>")
        for name, body in (files or {}).items():
            z.writestr(name, f"{head}{body}")
    return buf.getvalue()


def _layer(objects: str, kind: str = "Body") -> str:
    return f'<ofd:Content><ofd:Layer ID="1" Type="{kind}">{objects}</ofd:Layer></ofd:Content>'


def _run(text: str, box: str, size: float, ctm: str | None = None, deltas: str | None = None, **attrs) -> str:
    """A TextObject: one TextCode at the object's (0, size) baseline; DeltaX one Size per character."""
    extra = (f' CTM="{ctm}"' if ctm else "") + "".join(f' {k}="{v}"' for k, v in attrs.items())
    deltas = deltas if deltas is not None else f'DeltaX="g {len(text) - 1} {size}"' if len(text) > 1 else ""
    return (f'<ofd:TextObject ID="1" Boundary="{box}" Font="1" Size="{size}"{extra}>'
            f'<ofd:TextCode X="0" Y="{size}" {deltas}>{text}</ofd:TextCode></ofd:TextObject>')


def _rules(xs: list[float], ys: list[float], bottom: float | None = None) -> str:
    """A ruled grid, each rule a PathObject in page millimetres; the columns' rules go down to bottom."""
    bottom = ys[-1] if bottom is None else bottom
    out = [f'<ofd:PathObject ID="2" Boundary="{xs[0]} {y} {xs[-1] - xs[0]} 0.2" LineWidth="0.2"><ofd:AbbreviatedData>'
           f'M 0 0 L {xs[-1] - xs[0]} 0</ofd:AbbreviatedData></ofd:PathObject>' for y in ys]
    out += [f'<ofd:PathObject ID="3" Boundary="{x} {ys[0]} 0.2 {bottom - ys[0]}" LineWidth="0.2"><ofd:AbbreviatedData>'
            f'M 0 0 L 0 {bottom - ys[0]}</ofd:AbbreviatedData></ofd:PathObject>' for x in xs]
    return "".join(out)


def test_an_ofd_text_object_is_placed_by_its_ctm_from_its_boundary():
    # 160.ofd: a converter writes X / Y / DeltaX and Size in points, mapped to millimetres by the CTM;
    # its last rule too is in points (LineWidth 0.5 pt), the others in millimetres.
    objects = (_run("（", "80 20 4.2 4.2", 12, PT) + _run("2023", "84.2 20 8.5 4.2", 12, PT, 'DeltaX="g 3 6"')
               + _run("年度）", "92.7 20 12.7 4.2", 12, PT)
               + _rules([20, 60, 160], [40, 48], 56) + _run("项目名称", "22 42 14.8 3.7", 10.5, PT)
               + _run("昆明市气象灾害监测预警", "62 42 40.7 3.7", 10.5, PT)
               + _run("年度", "22 50 7.4 3.7", 10.5, PT)
               + _run("2023", "62 50 7.4 3.7", 10.5, PT, 'DeltaX="g 3 5.25"')
               + '<ofd:PathObject ID="4" Boundary="20 56 140 1" CTM="0.3528 0 0 0.3528 0 0" LineWidth="0.5">'
               '<ofd:AbbreviatedData>M 0 0 L 396.8 0</ofd:AbbreviatedData></ofd:PathObject>')
    d = read_bytes(_ofd([_layer(objects)]), "ctm.ofd")
    assert [p.text for p in d.paragraphs()] == ["（2023年度）"]
    (table,) = d.tables()
    assert table.grid() == [["项目名称", "昆明市气象灾害监测预警"], ["年度", "2023"]]
    cell = table.cells[0]
    assert cell.loc.page == 1 and cell.loc.bbox and abs(cell.loc.bbox[0] - 20) < 0.5


def _page_file(objects: str) -> str:
    return f"<ofd:Page {OFD_NS}>{objects}</ofd:Page>"


def test_an_ofd_page_reads_its_template_pages_under_and_over_its_body():
    # 161.ofd: a system puts the title, the year and 填报单位 on a TemplatePage named in CommonData.
    head = _layer(_run("太原市部门整体支出绩效自评表", "65 11 79 6", 5.64) + _run("（2023年度）", "94 20 26 4", 3.7),
                  "Background")
    foot = _layer(_run("太原市预算绩效管理信息系统　第一页", "100 280 60 4", 3.5))
    common = ('<ofd:TemplatePage ID="1" BaseLoc="Tpls/Tpl_0/Content.xml" ZOrder="Background"/>'
              '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_1/Content.xml"/>')
    files = {"Doc_0/Tpls/Tpl_0/Content.xml": _page_file(head), "Doc_0/Tpls/Tpl_1/Content.xml": _page_file(foot)}
    first = ('<ofd:Template TemplateID="1" ZOrder="Background"/>'
             '<ofd:Template TemplateID="2" ZOrder="Foreground"/>' + _layer(_run("一、部门基本情况", "20 40 28 4", 3.5)))
    second = '<ofd:Template TemplateID="2"/>' + _layer(_run("二、绩效目标", "20 40 21 4", 3.5))
    d = read_bytes(_ofd([first, second], common, files), "tpl.ofd")
    got = [(p.loc.page, p.text) for p in d.paragraphs()]
    footer = "太原市预算绩效管理信息系统　第一页"
    assert got == [(1, "太原市部门整体支出绩效自评表"), (1, "（2023年度）"), (1, "一、部门基本情况"), (1, footer),
                   (2, "二、绩效目标"), (2, footer)]


def test_an_ofd_run_written_down_a_cell_reads_in_its_cell():
    # A system's vertical label: ReadDirection 90 with DeltaY, or with no deltas (each glyph one Size down).
    objects = (_rules([20, 28, 90], [40, 60, 80])
               + _run("产出指标", "22 41 4 18", 3.5, deltas='DeltaY="g 3 4"', ReadDirection="90")
               + _run("效益指标", "22 61 4 18", 3.5, deltas="", ReadDirection="90")
               + _run("数量指标", "30 45 14 4", 3.5) + _run("社会效益指标", "30 65 21 4", 3.5))
    d = read_bytes(_ofd([_layer(objects)]), "down.ofd")
    (table,) = d.tables()
    assert [[t.replace("\n", "") for t in row] for row in table.grid()] == [["产出指标", "数量指标"],
                                                                          ["效益指标", "社会效益指标"]]


def test_an_ofd_reads_text_in_composite_objects_and_nested_page_blocks():
    # A CompositeObject draws a CompositeGraphicUnit of PublicRes.xml: its content in the unit's own space,
    # mapped by the object's CTM from its Boundary; a unit that draws itself is read once.
    units = (f'<ofd:Res {OFD_NS} BaseLoc="Res"><ofd:CompositeGraphicUnits>'
             '<ofd:CompositeGraphicUnit ID="50" Width="160" Height="10"><ofd:Content><ofd:PageBlock ID="51">'
             + _run("填报单位：昆明市气象局", "0 0 154 10", 14) +
             '<ofd:CompositeObject ID="52" ResourceID="50" Boundary="0 0 160 10"/>'
             '</ofd:PageBlock></ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits></ofd:Res>')
    body = ('<ofd:PageBlock ID="5"><ofd:PageBlock ID="6">' + _run("项目支出绩效自评表", "20 20 31.5 4", 3.5)
            + '</ofd:PageBlock>'
            '<ofd:CompositeObject ID="7" ResourceID="50" Boundary="20 30 80 5" CTM="0.5 0 0 0.5 0 0"/>'
            + _run("金额单位：万元", "100 40 24.5 4", 3.5) + "</ofd:PageBlock>")
    d = read_bytes(_ofd([_layer(body)], "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>",
                        {"Doc_0/PublicRes.xml": units}), "unit.ofd")
    want = ["项目支出绩效自评表", "填报单位：昆明市气象局", "金额单位：万元"]
    assert [p.text for p in d.paragraphs()] == want


def test_an_ofd_run_without_deltas_advances_one_em_scaled_by_hscale():
    # No DeltaX: each glyph advances its Size, narrowed by HScale (GB/T 33190's horizontal scale).
    objects = (_rules([20, 40, 52, 90], [40, 50]) + _run("年度", "21 42 8 4", 4, deltas="")
               + _run("2023", "40.5 42 8 4", 4, deltas="", HScale="0.5") + _run("满分", "53 42 8 4", 4, deltas=""))
    d = read_bytes(_ofd([_layer(objects)]), "hscale.ofd")
    (table,) = d.tables()
    assert table.grid() == [["年度", "2023", "满分"]]


def test_a_cell_comment_is_kept_on_its_cell_not_in_its_text(tmp_path):
    """Issue 21 (235, WPS): a comment (note) on a cell is shown on hover, not in the cell: the
    cell's text stays as shown and the comment travels with the cell, on an empty cell too."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["三级指标", "年度指标值", "实际完成值", "偏差原因"])
    ws.append(["流转收益", "≥260万元", "248万元", None])
    ws.append(["受益户数", "≥50户", "52户", None])
    ws["C2"].comment = openpyxl.comments.Comment("偏差原因：地块10月才交付", "WPS")
    ws["D3"].comment = openpyxl.comments.Comment("无偏差", "WPS")
    path = tmp_path / "noted.xlsx"
    wb.save(path)
    [t] = read_document(path).tables()
    actual, empty = t.cell_at(1, 2), t.cell_at(2, 3)
    assert (actual.text, actual.comment, actual.loc.ref) == ("248万元", "偏差原因：地块10月才交付", "C2")
    assert (empty.text, empty.comment) == ("", "无偏差")
    assert t.cell_at(1, 0).comment is None


def test_an_actual_typed_as_a_note_on_its_empty_cell_is_read_from_the_note(tmp_path):
    """Issue 21 (902): a locked template filled by notes: the 实际完成值 cell empty, the value its note. A note
    of one short line with no sentence marks is the value (said in the record's note); a remark (偏差原因：…)
    on an empty actual is no value and the actual stays empty."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    ws.append(["受益学生人数", "≥6.8万人", None, 10, 10])
    ws.append(["营养改善长效机制", "持续完善", None, 6, 6])
    ws.append(["食堂供餐率", "≥90%", None, 6, 5])
    ws["C2"].comment = openpyxl.comments.Comment("6.92万人", "填报人")
    ws["C3"].comment = openpyxl.comments.Comment("持续完善", "填报人")
    ws["C4"].comment = openpyxl.comments.Comment("偏差原因：部分学校未开伙", "填报人")
    path = tmp_path / "notes.xlsx"
    wb.save(path)
    recs = normalize_document(read_document(path), name=path.name)
    assert [(i.level3, i.actual.raw) for i in recs.indicators] == [
        ("受益学生人数", "6.92万人"), ("营养改善长效机制", "持续完善"), ("食堂供餐率", "")]
    assert "C2" in recs.indicators[0].note and "批注" in recs.indicators[0].note


HEADLESS_HEADS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")


def _headless_table(ws, col: int) -> None:
    """Three indicator rows from row 3, column `col` on, made an Excel table (绩效指标) with its header row off:
    its column names (HEADLESS_HEADS) kept only in its definition."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableColumn
    rows = [("产出指标", "数量指标", "老果园改造面积", "≥1.5万亩", "1.56万亩", 10, 10),
            ("产出指标", "质量指标", "优果率", "≥80%", "82.5%", 8, 8),
            ("效益指标", "经济效益指标", "果农亩均增收", "≥1500元", "1380元", 10, 9.2)]
    for i, r in enumerate(rows):
        for k, v in enumerate(r):
            ws.cell(row=3 + i, column=col + k, value=v)
    t = Table(displayName="绩效指标", ref=f"{get_column_letter(col)}3:{get_column_letter(col + 6)}5", headerRowCount=0)
    t.tableColumns = [TableColumn(id=k + 1, name=h) for k, h in enumerate(HEADLESS_HEADS)]
    ws.add_table(t)


def test_an_excel_table_with_its_header_row_off_reads_its_column_names_from_the_table(tmp_path):
    """Issue 21 (1158): an Excel table (ListObject) with 标题行 unticked shows a bare grid of values; its
    column names stand only in the table's definition (xl/tables), read as the row above its first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目名称"
    ws["B1"] = "2023年苹果产业提质增效项目"
    ws["A2"] = "绩效指标完成情况"
    _headless_table(ws, 1)
    path = tmp_path / "headless.xlsx"
    wb.save(path)
    d = read_document(path)
    (table,) = d.tables()
    assert table.grid()[2] == list(HEADLESS_HEADS) and table.grid()[3][2] == "老果园改造面积"
    assert table.cell_at(2, 0).loc.ref == "绩效指标[[#Headers],[一级指标]]"     # where the name stands
    assert table.cell_at(3, 2).loc.ref == "C3"
    recs = normalize_document(d)
    assert [(i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw) for i in recs.indicators] == [
        ("老果园改造面积", "≥1.5万亩", "1.56万亩", "10", "10"), ("优果率", "≥80%", "82.5%", "8", "8"),
        ("果农亩均增收", "≥1500元", "1380元", "10", "9.2")]


def test_an_excel_table_with_its_header_row_off_beside_a_fund_block_keeps_its_column_names(tmp_path):
    """The same table standing beside a head and fund block (an empty column between: each side read as a part
    of the sheet, spreadsheet_reader._within): its column names, kept only in the table's definition, go with
    its part, not lost with the sheet's other keepings."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目支出绩效自评表"
    for r, row in enumerate([["项目名称", "苹果产业项目"], ["主管部门", "农业农村局"], ["年初预算数", "100"],
                             ["全年执行数", "98"]], start=3):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    _headless_table(ws, 4)
    path = tmp_path / "beside.xlsx"
    wb.save(path)
    fund, table = read_document(path).tables()
    assert fund.grid()[0] == ["项目名称", "苹果产业项目"]
    assert table.grid()[0] == list(HEADLESS_HEADS) and table.grid()[1][2] == "老果园改造面积"


def test_a_compact_pivot_pasted_as_values_keeps_its_indents_and_reads_as_its_levels(tmp_path):
    """Issue 21 (1194): a PivotTable in compact form pasted as values holds its hierarchy in one 行标签
    column by the cells' alignment indent alone (一级 > 二级 > 三级 > 指标值 > 实际完成值), every row
    carrying the sums. The reader keeps each cell's indent (Cell.indent); the label column is read as
    the columns it stands for, the groups' subtotal rows dropped and said."""
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "2023年蔬菜提质增效项目"])
    ws.append(["行标签", "求和项:分值", "求和项:得分"])
    tree = [("产出指标", 0, 18, 18), ("数量指标", 1, 18, 18), ("改造大棚", 2, 10, 10), ("≥2000座", 3, 10, 10),
            ("2080座", 4, 10, 10), ("培训菜农", 2, 8, 8), ("≥3000人次", 3, 8, 8), ("3150人次", 4, 8, 8),
            ("效益指标", 0, 10, 9), ("经济效益指标", 1, 10, 9), ("亩均增收", 2, 10, 9), ("≥3000元", 3, 10, 9),
            ("2700元", 4, 10, 9), ("总计", 0, 28, 27)]
    for text, indent, w, s in tree:
        ws.append([text, w, s])
        ws.cell(row=ws.max_row, column=1).alignment = Alignment(indent=indent)
    path = tmp_path / "pivot.xlsx"
    wb.save(path)
    d = read_document(path)
    (table,) = d.tables()
    assert [c.indent for c in table.cells if c.col == 0][2:7] == [0, 1, 2, 3, 4]
    assert [c.get("indent", 0) for c in d.to_dict()["blocks"][-1]["cells"] if c["col"] == 0][2:7] == [0, 1, 2, 3, 4]
    recs = normalize_document(d)
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.raw, i.score.raw)
            for i in recs.indicators] == [
        ("产出指标", "数量指标", "改造大棚", "≥2000座", "2080座", "10", "10"),
        ("产出指标", "数量指标", "培训菜农", "≥3000人次", "3150人次", "8", "8"),
        ("效益指标", "经济效益指标", "亩均增收", "≥3000元", "2700元", "10", "9")]
    assert recs.indicators[0].loc.row == 6                              # the row of its deepest label (2080座)
    assert recs.unread_rows == 0 and any("按缩进分为5层" in w for w in recs.warnings)
