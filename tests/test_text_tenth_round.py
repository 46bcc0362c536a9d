"""Text as it comes, tenth round (issue 21): a YAML export, a reStructuredText list-table, a forum's BBCode,
Confluence's wiki markup, a psql session's aligned results and the MySQL client's vertical (\\G) results."""
from jixiao.extract import read_bytes, read_document
from jixiao.normalize import normalize_document
from jixiao.rules import check

from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


YAML = """# 导出
项目:
  项目名称: 2023年某某县示范项目
  金额单位: 万元
资金:
  - 资金来源: 年度资金总额
    年初预算数: 100.00
    全年预算数: 120.00
    全年执行数: 114.00
    分值: 10
    执行率: 95.00%
    得分: 9.50
  - 资金来源: 其中：当年财政拨款
    年初预算数: 100.00
    全年预算数: 120.00
    全年执行数: 114.00
    分值: ~
    执行率: ~
    得分: ~
绩效指标:
  产出指标:
    数量指标:
      - 三级指标: 建设示范点
        年度指标值: "≥20个"
        实际完成值: 21个
        分值: 8
        得分: 8
    质量指标:
      - 三级指标: 验收合格率
        年度指标值: 100%
        实际完成值: 100%
        分值: 6
        得分: 6
  效益指标:
    社会效益指标:
      - 三级指标: 带动就业
        年度指标值: "≥50人"
        实际完成值: 42人
        分值: 8
        得分: 6.72
总分: {满分: 100, 自评得分: 30.22, 自评等级: 差}
"""


def test_a_yaml_export_reads_records_grouped_under_level_keys(tmp_path):
    """Levels as nested keys (产出指标: 数量指标: - 三级指标: …) are the rows' leading cells; the fund's list of
    mappings a table, its amounts as written (100.00), ~ an empty cell."""
    recs, rows = indicator_rows(_write(tmp_path, YAML))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    # amounts are kept in 元 (the 万元 of 金额单位 applied), as written to their places
    assert (p.budget_initial.value, p.executed.value, str(p.fund_score.value)) == (1000000, 1140000, "9.50")
    assert str(p.total_score_stated.value) == "30.22"
    # a text of label: value lines parses as YAML too, but holds no records: it stays lines as written
    doc = read_document(_write(tmp_path, "项目名称: 2023年某某县示范项目\n主管部门: 某某局\n\n- 一是: 建设示范点\n"))
    assert not doc.tables() and any(getattr(b, "text", "") == "项目名称: 2023年某某县示范项目" for b in doc.blocks)


RST = """.. list-table:: 绩效指标
   :header-rows: 1
   :widths: 10 10 20 10 10 5 5 20

   * - 一级指标
     - 二级指标
     - 三级指标
     - 年度指标值
     - 实际完成值
     - 分值
     - 得分
     - 偏差原因
   * - 产出指标
     - 数量指标
     - 建设示范点
     - ≥20个
     - 21个
     - 8
     - 8
     -
   * - 产出指标
     - 质量指标
     - 验收合格率
     - 100%
     - 100%
     - 6
     - 6
     -
   * - 效益指标
     - 社会效益指标
     - 带动就业
     - ≥50人
     - 42人
     - 8
     - 6.72
     - 部分企业用工减少；
       下一步加强对接。
"""


def test_a_restructuredtext_list_table_is_a_table(tmp_path):
    """'* -' opens a row and its first cell, '-' each further cell, a deeper line goes on with the cell."""
    f = _write(tmp_path, "项目名称：2023年某某县示范项目\n\n" + RST)
    recs, rows = indicator_rows(f)
    assert rows == ROWS and _levels(recs) == LEVELS
    note = read_document(f).tables()[0].cell_at(3, 7).text
    assert note == "部分企业用工减少；\n下一步加强对接。"


BBCODE = """[b]项目名称：2023年某某县示范项目[/b]
[table=98%]
[tr][td][b]一级指标[/b][/td][td]二级指标[/td][td]三级指标[/td][td]年度指标值[/td][td]实际完成值[/td][td]分值[/td][td]得分[/td][/tr]
[tr][td=1,2]产出指标[/td][td]数量指标[/td][td]建设示范点[/td][td]≥20个[/td][td]21个[/td][td]8[/td][td]8[/td][/tr]
[tr][td]质量指标[/td][td]验收合格率[/td][td]100%[/td][td]100%[/td][td]6[/td][td]6[/td][/tr]
[tr][td]效益指标[/td][td]社会效益指标[/td][td]带动就业[/td][td]≥50人[/td][td]42人[/td][td]8[/td][td][color=Red]6.72[/color][/td][/tr]
[tr][td=5,1]总分[/td][td]22[/td][td]20.72[/td][/tr]
[/table]
"""


def test_a_bbcode_table_reads_its_discuz_row_spans(tmp_path):
    """[td=1,2] (Discuz: colspan, rowspan) covers the row below, which leaves the cell out; the
    formatting tags are no text, in a cell or a paragraph."""
    f = _write(tmp_path, BBCODE, "gbk")
    recs, rows = indicator_rows(f)
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
    assert str(recs.projects[0].total_score_stated.value) == "20.72"


WIKI = """h2. 项目资金（万元）
||项目名称|2023年某某县示范项目|
||资金来源||年初预算数||全年预算数||全年执行数||分值||执行率||得分||
|年度资金总额|100.00|120.00|114.00|10|95.00%|9.50|
|其中：当年财政拨款|100.00|120.00|114.00| | | |

h2. 绩效指标
||一级指标||二级指标||三级指标||年度指标值||实际完成值||分值||得分||偏差原因||
|*产出指标*|数量指标|建设示范点|≥20个|21个|8|8| |
| |质量指标|验收合格率|100%|100%|6|6| |
|*效益指标*|社会效益指标|带动就业|≥50人|42人|8|{color:red}6.72{color}|用工减少\\\\下一步加强对接|
"""


def test_a_wiki_markup_table_heads_its_cells_between_doubled_bars(tmp_path):
    """||head||cells|| over |body|cells|: a doubled bar opens one head cell (no empty cells between), so
    the fund's figures stand under their heads; *bold* and {color} marks are no text."""
    recs, rows = indicator_rows(_write(tmp_path, WIKI))
    assert rows == ROWS and _levels(recs) == LEVELS
    p = recs.projects[0]
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value) == (1000000, 1200000, 1140000)
    assert not [f for f in check(recs) if f.rule == "JX204"]


PSQL = """db=> SELECT xmmc AS 项目名称 FROM xm;
            项目名称
--------------------------------
 2023年某某县示范项目
(1 行记录)

db=> SELECT * FROM zb;
 序号 | 一级指标 |   二级指标   |  三级指标  | 年度指标值 | 实际完成值 | 分值 | 得分 |   偏差原因
------+----------+--------------+------------+------------+------------+------+------+--------------
    1 | 产出指标 | 数量指标     | 建设示范点 | ≥20个      | 21个       | 8.00 | 8.00 |
    2 | 产出指标 | 质量指标     | 验收合格率 | 100%       | 100%       | 6.00 | 6.00 |
    3 | 效益指标 | 社会效益指标 | 带动就业   | ≥50人      | 42人       | 8.00 | 6.72 | 用工减少，  +
      |          |              |            |            |            |      |      | 下一步对接。
(3 行记录)

db=> SELECT 22.00 AS 总分值, 20.72 AS 总得分, '优' AS 自评等级;
 总分值 | 总得分 | 自评等级
--------+--------+----------
  22.00 |  20.72 | 优
(1 行记录)
"""


def test_a_psql_result_joins_a_wrapped_cell_and_reads_a_one_row_result_as_a_record(tmp_path):
    """A value's line break: '+' ends its first line, the rest on a line whose other cells are empty (its
    first cell empty: no border); a result of one row (psql says so) is a record of label：value."""
    f = _write(tmp_path, PSQL)
    recs, rows = indicator_rows(f)
    assert [(n, t, a) for n, t, a, _, _ in rows] == [r[:3] for r in ROWS] and _levels(recs) == LEVELS
    assert read_document(f).tables()[-1].cell_at(3, 8).text == "用工减少，\n下一步对接。"
    assert str(recs.projects[0].total_score_stated.value) == "20.72" and recs.projects[0].grade_stated == "优"


def test_a_command_continued_at_its_prompt_is_no_table_line():
    """psql's continuation prompt (db->) indents a command's next line: a command, not a row of aligned
    columns, so no warning of a table left unread above a result's header (673.txt)."""
    text = ("db=> SELECT xh AS 序号, yjzb AS 一级指标,\n"
            "db->        sjwcz AS 实际完成值, fz AS 分值, df AS 得分, pcyy AS 偏差原因\n"
            "db->   FROM zb WHERE xmbh = 'TC2023-017' ORDER BY xh;\n"
            " 序号 |  一级指标  |  实际完成值  | 分值  | 得分  |  偏差原因\n")
    assert [w for w in read_bytes(text.encode(), "r.txt").warnings if "对齐" in w] == []


MYSQL = "mysql> SELECT * FROM zb\\G\n" + "".join(
    f"*************************** {k}. row ***************************\n"
    f"    序号: {k}\n一级指标: {l1}\n二级指标: {l2}\n三级指标: {r[0]}\n年度指标值: {r[1]}\n实际完成值: {r[2]}\n"
    f"    分值: {r[3]}\n    得分: {r[4]}\n偏差原因: NULL\n"
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS), 1)) + "3 rows in set (0.00 sec)\n\n" + \
    "mysql> SELECT * FROM zf\\G\n*************************** 1. row ***************************\n" \
    "    满分: 22\n自评得分: 20.72\n自评等级: 优\n1 row in set (0.00 sec)\n"


def test_a_mysql_vertical_result_is_a_table_and_its_star_lines_no_text(tmp_path):
    """'*** N. row ***' then 'name: value' lines: the records numbered from 1 are a table's rows (NULL an
    empty cell); a result of one record its label：value lines; the star lines no unfilled template text."""
    f = _write(tmp_path, "项目名称：2023年某某县示范项目\n\n" + MYSQL, "gb18030")
    recs, rows = indicator_rows(f)
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].grade_stated == "优" and str(recs.projects[0].total_score_stated.value) == "20.72"
    assert not [x for x in check(recs) if x.rule == "JX701"]
    assert not any("*****" in getattr(b, "text", "") for b in read_document(f).blocks)
