"""Fixed-width text tables: inside a web page's <pre> (old government sites) and in text pages.
A table the reader cannot read must say so, never read as nothing."""
from jixiao.extract.html_reader import read_html
from jixiao.extract.text_reader import read_text

# Figures in columns that do not line up (each row's cells start elsewhere): not readable as a
# table, but plainly one.
RAGGED = """项目名称：某项目
产出指标  修缮历史建筑  >=36处  38处  8
  改造街巷路面    >=4.2万平方米      4.35万平方米  7
质量指标      验收合格率   100%   100%        7
 时效指标 完工时间   2023年11月30日前     2023年11月16日   7
"""


def test_a_pre_text_table_it_cannot_read_warns():
    page = f"<html><body><p>自评表</p><pre>{RAGGED}</pre></body></html>"
    d = read_html("p.html", page.encode("utf-8"), "0")
    assert not d.tables()
    assert any("<pre>" in w and "4行" in w and "漏读" in w for w in d.warnings)


def test_a_text_page_of_figure_rows_it_cannot_read_warns():
    # Rows one to a paragraph (a blank line between): no run of lines forms a table.
    text = "\n\n".join(RAGGED.splitlines()) + "\n"
    d = read_text("p.txt", text.encode("utf-8"), "0")
    assert not d.tables()
    assert any("第3行起有4行" in w and "漏读" in w for w in d.warnings)


def test_prose_in_pre_does_not_warn():
    page = "<html><body><pre>　　2023年，我局共修缮历史建筑38处，改造街巷路面4.35万平方米。\n　　资金到位率100%。</pre></body></html>"
    d = read_html("p.html", page.encode("utf-8"), "0")
    assert not any("<pre>" in w for w in d.warnings)


RULED = """　　　　项目支出绩效自评表
项目名称：某街区修缮项目

+----------+----------+------------+----------+------+
| 一级指标 | 二级指标 | 三级指标   | 年度指标值 | 分值 |
+----------+----------+------------+----------+------+
| 产出指标 | 数量指标 | 修缮建筑   | >=36处   | 8    |
|          |          | 改造路面   | >=4.2万平方米 | 7 |
|          | 质量指标 | 验收合格率 | 100%     | 7    |
+----------+----------+------------+----------+------+
填报人：某某"""

SPACED = """项目名称：某街区修缮项目
一级指标    二级指标    三级指标        年度指标值      分值
产出指标    数量指标    修缮建筑        >=36处          8
                        改造路面        >=4.2万平方米   7
            质量指标    验收合格率      100%            7
"""


def _page(pre: str) -> bytes:
    return f"<html><body><table><tr><td>首页 &gt; 信息公开</td></tr></table><pre>{pre}</pre></body></html>".encode()


def test_a_pre_table_with_rules_is_read_with_each_cell_at_its_pre_line():
    d = read_html("p.html", _page(RULED), "0")
    [t] = d.tables()
    grid = {(c.row, c.col): c for c in t.cells}
    assert (t.n_rows, t.n_cols) == (4, 5)
    assert [grid[2, k].text for k in range(5)] == ["", "", "改造路面", ">=4.2万平方米", "7"]
    assert grid[2, 3].loc.element == "/html/body/pre" and grid[2, 3].loc.line == 8
    assert "元素/html/body/pre内第8行" in grid[2, 3].loc.describe()
    # The text around the table stays paragraphs, and nothing is said to be unread.
    assert "项目名称：某街区修缮项目" in [p.text for p in d.paragraphs()]
    assert not any("<pre>" in w for w in d.warnings)


def test_a_pre_table_in_columns_of_spaces_is_read():
    d = read_html("p.html", _page(SPACED), "0")
    [t] = d.tables()
    rows = [[c.text for c in t.cells if c.row == r] for r in range(t.n_rows)]
    assert rows[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "分值"]
    assert rows[2] == ["", "", "改造路面", ">=4.2万平方米", "7"]
    assert rows[3] == ["", "质量指标", "验收合格率", "100%", "7"]
    assert t.cells[-1].loc.line == 5


# Level-1 groups parted by a rule of one stroke, the figures set right (10 over 8 one column left):
# made up in the shape of corpus/native 534.html.
GROUPED = """一级指标    二级指标        三级指标              年度指标值    实际完成值    分值    得分
──────────────────────────────────────────────────────
产出指标    数量指标        建设示范基地          ≥5000亩       5200亩          10      10
                            发放种苗              ≥60万株       61.5万株         8       8
            时效指标        种苗发放完成时间      2023年5月31日  2023年5月20日   6       6
──────────────────────────────────────────────────────
效益指标    经济效益指标    带动农户增收          ≥800万元      720万元         10    9.00
            社会效益指标    带动种植农户          ≥1200户       1260户           8       8
──────────────────────────────────────────────────────
满意度指标  服务对象满意度  种植农户满意度        ≥90%          95.1%           14      14
"""


def test_rules_between_groups_of_aligned_rows_and_figures_set_right_keep_one_table():
    page = f"<html><body><p>自评表</p><pre>{GROUPED}</pre></body></html>"
    d = read_html("p.html", page.encode("utf-8"), "0")
    [t] = d.tables()
    grid = t.grid()
    assert [r[0] for r in grid] == ["一级指标", "产出指标", "", "", "效益指标", "", "满意度指标"]
    assert grid[3][3:] == ["2023年5月31日", "2023年5月20日", "6", "6"]
    assert grid[4][5:] == ["10", "9.00"] and grid[5][5:] == ["8", "8"]
    assert not any("对齐" in w for w in d.warnings)


def test_a_pre_text_table_it_cannot_read_is_named_by_its_element_line_and_first_characters():
    page = f"<html><body><p>自评表</p><div><pre>{RAGGED}</pre></div></body></html>"
    d = read_html("p.html", page.encode("utf-8"), "0")
    (said,) = [w for w in d.warnings if "<pre>" in w]
    assert "元素/html/body/div/pre内第2行起“产出指标  修缮历史建筑  >=36处”" in said, said


def test_a_pdf_text_table_it_cannot_read_is_named_by_its_pages_and_first_characters():
    from jixiao.extract.pdf_reader import _unread_text_table
    printed = [(1, "自评表"), *((2, line) for line in RAGGED.splitlines()[1:3]),
               *((3, line) for line in RAGGED.splitlines()[3:])]
    said = _unread_text_table(printed)
    assert said.startswith("PDF 第2、3页有4行") and "首行“产出指标  修缮历史建筑  >=36处”" in said, said
    assert _unread_text_table([(1, "自评表"), (1, "各项指标均已完成。")]) is None
