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
    assert "不应读取" not in str(d.to_dict())


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


def test_a_huge_html_page_fails_quickly_with_its_reason():
    started = time.monotonic()
    with pytest.raises(ExtractError) as e:
        read_bytes(b"<html><body>" + b"<p>x</p>" * (50 * 2**20 // 8) + b"</body></html>", "big.html")
    assert "过大" in e.value.reason and time.monotonic() - started < 10


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



def test_conversions_are_cached_by_sha256(tmp_path):
    assert SOFFICE, "LibreOffice is required for .doc: `make setup` installs it"
    src = FORMATS / f"{SEEDS[1]}.doc"
    read_document(src)
    cached = list((tmp_path / "cache" / "converted").glob("*.docx"))
    assert len(cached) == 1
    started = time.monotonic()
    read_document(src)
    assert time.monotonic() - started < 2   # no LibreOffice the second time


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
                ".docx"):
        assert fmt in text, fmt


def test_copies_of_corpus_files_in_an_inbox_keep_their_format(tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    for fmt in ("xlsx", "html", "pipe.txt"):
        shutil.copy(FORMATS / f"{SEEDS[2]}.{fmt}", box / f"r.{fmt}")
    out = tmp_path / "out"
    s = run_inbox(box, out)
    assert s.ok == 3 and s.indicators == 18
