"""A table Word breaks over a page with its head rows marked to repeat (表格属性 › 在各页顶端以标题行形式重复
出现): Word repeats only rows from the table's first, so a form whose heads sit under its name, fund block and
年度总体目标 repeats all of them. The continuation's repeated rows are dropped however many, in the PDF reader
and, read alike where OCR read the two copies a little differently, in the page assembler of scans."""
from pathlib import Path

from jixiao.extract import read_document
from jixiao.extract.ruled_page import _repeated_header

NATIVE = Path(__file__).resolve().parent.parent / "corpus" / "native"


def test_a_pdf_table_s_nine_head_rows_repeated_over_the_page_are_dropped():
    # 1784.pdf: nine rows repeated on page 2 (name, 主管部门, the fund block's four, 年度总体目标's two, heads),
    # and the row the break split (效益指 | 社会效 | 解除强制隔离 … on page 1) goes on under them
    (table,) = read_document(NATIVE / "1784.pdf").tables()
    texts = [c.text for c in table.cells]
    assert {c.loc.page for c in table.cells} == {1, 2}
    assert texts.count("项目名称") == texts.count("年度资金总额") == texts.count("一级指标") == 1
    row = next(r for r in table.grid() if r[2] == "解除强制隔离戒毒人员三年操守保持率")
    assert row[3:7] == ["≥40%", "43.5%", "10", "10"]
    assert "效益指标" in texts and "社会效益指标" in texts


HEAD = [["项目名称", "", "2023年强制隔离戒毒人员教育矫治经费", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", "210.00", "210.00", "204.96"],
        ["其他资金", "0.00", "0.00", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值"]]
BODY = ["产出指标", "数量指标", "开展教育矫治课程", "≥2400课时"]


def test_head_rows_ocr_read_a_little_differently_on_each_page_are_the_repeated_head():
    # page 1: 项目资金万元） (a bracket lost), a fund row's — read; page 2 as printed
    page1 = [HEAD[0], ["项目资金万元）", *HEAD[1][1:]], HEAD[2], ["其他资金", "0.00", "0.00", ""], HEAD[4], BODY]
    page2 = [*HEAD, ["", "", "解除强制隔离戒毒人员", "≥40%"]]
    assert _repeated_header(page1, page2) == 5
    # read the same: as before
    assert _repeated_header([*HEAD, BODY], [*HEAD, BODY[:2] + ["组织家属帮教活动", "≥24场"]]) == 5


def test_another_table_s_head_alike_but_with_its_own_figures_is_not_dropped():
    other = [["项目名称", "", "2023年强制隔离戒毒人员生活卫生经费", ""], HEAD[1],
             ["年度资金总额", "150.00", "150.00", "148.20"], HEAD[3], HEAD[4]]
    assert _repeated_header([*HEAD, BODY], other) == 0
    # one row alike and one read the same, with fewer than two figures that agree: not taken
    assert _repeated_header([["项目资金万元）", "年初预算数"], BODY], [["项目资金（万元）", "年初预算数"], BODY]) == 0
