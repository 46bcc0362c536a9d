"""report.xlsx as a person opens it: Chinese headers, numbers as numbers, links to the cited
rows, a summary sheet with charts; the CSVs keep the schema's English fields (docs/schema.md)."""
import csv
import io
import shutil

import openpyxl
import pytest

from jixiao.nightly import run_inbox
from jixiao.nightly.schema import TABLES, markdown

from .conftest import REPORTS, ROOT


def read_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    box = tmp_path_factory.mktemp("box")
    for name in ("002_70340c3d2e0dbd82.docx", "003_f84adbb103d4c9d8.pdf", "004_8ce664a1ba30d0b4.txt"):
        shutil.copy(REPORTS / name, box / name)
    out = tmp_path_factory.mktemp("out")
    run_inbox(box, out)
    return out


@pytest.fixture(scope="module")
def wb(out):
    return openpyxl.load_workbook(out / "report.xlsx")


def header(ws):
    return [c.value for c in next(ws.iter_rows(max_row=1))]


def test_sheets_and_headers_are_in_chinese_with_machine_columns_grouped_right(wb):
    assert wb.sheetnames == ["概览", "文件", "项目", "指标", "明细", "文中数字", "问题"]
    for name, (sheet, _, cols) in TABLES.items():
        if not sheet:
            continue
        ws = wb[sheet]
        people = [c.label for c in cols if not c.machine]
        machine = [c.label for c in cols if c.machine]
        assert header(ws) == people + machine
        assert ws.freeze_panes == "B2" and ws.auto_filter.ref
        if machine:
            letter = openpyxl.utils.get_column_letter(len(people) + 1)
            assert ws.column_dimensions[letter].outlineLevel == 1 and ws.column_dimensions[letter].hidden


def test_values_read_as_a_person_reads_them(wb):
    flags = wb["问题"]
    sev = header(flags).index("严重程度")
    status = header(flags).index("审核状态")
    rows = list(flags.iter_rows(min_row=2, values_only=True))
    assert {r[sev] for r in rows} <= {"高", "中", "低"} and {r[status] for r in rows} == {"待审核"}
    projects = wb["项目"]
    h = header(projects)
    cells = list(projects.iter_rows(min_row=2))
    rates = [r[h.index("执行率")] for r in cells if r[h.index("执行率")].value is not None]
    assert any(c.value == pytest.approx(85.79) and c.number_format == "0.00" for c in rates)   # as written
    money = [r[h.index("全年执行数")] for r in cells if isinstance(r[h.index("全年执行数")].value, float)]
    assert money and all(c.number_format.startswith("#,##0") for c in money)
    docs = wb["文件"]
    assert {r[header(docs).index("状态")] for r in docs.iter_rows(min_row=2, values_only=True)} == {"成功"}
    assert not [c.coordinate for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_each_flag_links_to_the_row_it_cites_and_each_document_to_its_flags(wb):
    flags = wb["问题"]
    h = header(flags)
    linked = 0
    for row in flags.iter_rows(min_row=2):
        link = row[0].hyperlink
        if link is None:
            continue
        sheet, cell = link.location.split("!")
        target = wb[sheet.strip("'")]
        th = header(target)
        target_row = target[int(cell[1:])]
        cited = str(row[h.index("位置")].value)
        assert target_row[th.index("文件")].value == row[h.index("文件")].value
        assert str(target_row[th.index("位置")].value).split(" 第")[0] in cited
        linked += 1
    assert linked >= 10
    docs = wb["文件"]
    for row in docs.iter_rows(min_row=2):
        sheet, cell = row[0].hyperlink.location.split("!")
        assert sheet == "'问题'" and wb["问题"][f"B{cell[1:]}"].value == row[0].value   # 问题!B is 文件
    assert wb["问题"].conditional_formatting


def test_the_summary_sheet_counts_and_charts(wb, out):
    ws = wb["概览"]
    text = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    flat = [str(c) for r in text for c in r]
    n_flags = len(list(csv.DictReader(io.StringIO((out / "flags.csv").read_bytes().decode("utf-8-sig")))))
    counts = dict((r[0], r[-1]) for r in text if len(r) >= 2 and r[0] in ("高", "中", "低"))
    assert sum(counts.values()) == n_flags
    assert "明细金额之和不等于所列合计" in flat   # each rule with its Chinese name
    assert "高严重度问题最多的文件（前 10）" in flat and "新增问题" in flat
    assert len(ws._charts) == 2


def test_csv_headers_docs_and_schema_agree(out):
    for name, (_, _, cols) in TABLES.items():
        with open(out / f"{name}.csv", encoding="utf-8-sig") as f:
            assert next(csv.reader(f)) == [c.field for c in cols], name
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == markdown()


def test_a_sheet_longer_than_excel_allows_keeps_its_first_rows_and_says_where_the_rest_is(out, tmp_path, monkeypatch):
    from jixiao.nightly import workbook
    from jixiao.nightly.outputs import publish
    from jixiao.nightly.run import RunSummary
    from jixiao.nightly.state import State
    mine = tmp_path / "out"
    shutil.copytree(out, mine)
    indicators = len(read_csv(mine / "indicators.csv"))
    monkeypatch.setattr(workbook, "XLSX_ROWS_MAX", 22)     # Excel's 1,048,576, made small
    summary = RunSummary(out=mine)
    publish(State(mine / "state.sqlite"), mine, summary, force=True)
    ws = openpyxl.load_workbook(mine / "report.xlsx")["指标"]
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == 22 and indicators > 20
    assert "超过 Excel 的行数上限" in rows[-1][0] and f"全部 {indicators} 行见 indicators.csv" in rows[-1][0]
    assert any("indicators.csv" in w for w in summary.warnings) and not summary.output_errors
    assert len(read_csv(mine / "indicators.csv")) == indicators      # the CSV keeps every row
    for row in openpyxl.load_workbook(mine / "report.xlsx")["问题"].iter_rows(min_row=2):
        link = row[0].hyperlink
        if link is not None and link.location.startswith("'指标'"):
            assert int(link.location.split("!A")[1]) <= 21            # never a link past the rows kept


def test_review_html_past_its_limit_says_how_many_there_are(out, tmp_path, monkeypatch):
    from jixiao.nightly import review_html
    from jixiao.nightly.outputs import publish
    from jixiao.nightly.run import RunSummary
    from jixiao.nightly.state import State
    mine = tmp_path / "out"
    shutil.copytree(out, mine)
    flags = len(read_csv(mine / "flags.csv"))
    monkeypatch.setattr(review_html, "MAX_FLAGS", 3)
    publish(State(mine / "state.sqlite"), mine, RunSummary(out=mine), force=True)
    page = (mine / "review.html").read_text(encoding="utf-8")
    assert f"问题共 {flags} 条，本页只收录前 3 条" in page
    assert page.count('"flag_id": ') == 3


def test_every_scoring_model_is_shown_in_chinese():
    # tiered (分档) was once shown as its English code in 项目's 计分方法 column
    from jixiao.nightly.schema import VALUE_LABELS
    from jixiao.normalize.scoring import MODELS
    labels = VALUE_LABELS["scoring_model"]
    assert sorted(labels) == sorted(MODELS)
    assert all(not labels[m].isascii() for m in MODELS)
