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
