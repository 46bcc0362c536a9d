"""Text as it comes, fifth round (issue 21): letter-spaced text, wiki table markup, a screen
reader's cell-by-coordinates export, a DOS print's hard wraps, a chat log around a form."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from tests.text_rows import indicator_rows as _rows

LETTER_SPACED = """项 目 支 出 绩 效 自 评 表
项 目 名 称 ： 2023 年 某 某 市 示 范 项 目
一 级 指 标  二 级 指 标   三 级 指 标  年 度 指 标 值    实 际 完 成 值   分 值  得 分     偏 差 原 因
产 出 指 标   数 量 指 标  培 训 农 民 人 数    ≥12 万 人  12.6 万 人  8   8
建 设 示 范 基 地  ≥200 个   216 个  5    5
效 益 指 标   社 会 效 益 指 标  带 动 就 业 率  ≥80%   76%  8    7.6   部 分 农 户 外 出 务 工
"""


def test_letter_spaced_text_is_read_without_its_spacing(tmp_path):
    """One space between every two characters is spacing: taken out beside CJK, gaps of two or more kept."""
    f = tmp_path / "r.txt"
    f.write_text(LETTER_SPACED, encoding="utf-8")
    recs, rows = _rows(f)
    assert rows == [("培训农民人数", "≥12万人", "12.6万人", "8", "8"), ("建设示范基地", "≥200个", "216个", "5", "5"),
                    ("带动就业率", "≥80%", "76%", "8", "7.6")]
    assert recs.indicators[-1].reason == "部分农户外出务工"
    assert recs.projects[0].name == "2023年某某市示范项目"


def test_a_few_spaced_characters_are_no_letter_spacing(tmp_path):
    """A spaced title over ordinary text: the text's own spaces stay."""
    f = tmp_path / "r.txt"
    f.write_text("绩 效 自 评 表\n项目名称：某某项目 二期\n完成情况：已完成 8 8 项\n", encoding="utf-8")
    d = read_document(f)
    assert [p.text for p in d.paragraphs()] == ["绩 效 自 评 表", "项目名称：某某项目 二期", "完成情况：已完成 8 8 项"]


WIKI = """== 某项目绩效自评 ==
'''项目名称'''：2023年某某县示范项目<br />
{| class="wikitable"
|+ 单位：万元
|-
! 一级指标 !! 二级指标 !! 三级指标 !! 年度指标值 !! 实际完成值 !! 分值 !! 得分 !! 偏差原因<br />及改进措施
|-
| rowspan="3" | 产出指标
| rowspan="2" | 数量指标
| 培训人数 || ≥200人 || style="text-align:right" | 230人 || 20 || 20 ||
|-
| 发放手册 || ≥500份 || 480份 || 10 || 9.6 || 印刷延误，<br />下半年补发
|-
| 质量指标
| 合格率 || 100% || 100% || 10 || 10 ||
|-
| colspan="5" | '''总分''' || '''40''' || '''39.6''' || 自评等级：优
|}
"""


def test_wiki_table_markup_is_a_grid_with_its_merges(tmp_path):
    """{| |- ! !! | || |}: a row per |- , attributes before a single | (rowspan, colspan, style) no text."""
    f = tmp_path / "r.txt"
    f.write_text(WIKI, encoding="utf-8")
    d = read_document(f)
    [t] = d.tables()
    assert (t.n_rows, t.n_cols) == (5, 8)
    assert t.grid()[0][7] == "偏差原因\n及改进措施"
    assert t.grid()[1] == ["产出指标", "数量指标", "培训人数", "≥200人", "230人", "20", "20", ""]
    assert t.grid()[2][2:] == ["发放手册", "≥500份", "480份", "10", "9.6", "印刷延误，\n下半年补发"]
    assert t.grid()[3][1:4] == ["质量指标", "合格率", "100%"]
    assert t.cell_at(1, 0).rowspan == 3 and t.cell_at(4, 0).colspan == 5 and t.cell_at(4, 0).text == "总分"
    assert t.cell_at(2, 2).loc.line == 12
    assert [p.text for p in d.paragraphs()] == ["某项目绩效自评", "项目名称：2023年某某县示范项目"]
    recs, rows = _rows(f)
    assert rows == [("培训人数", "≥200人", "230人", "20", "20"), ("发放手册", "≥500份", "480份", "10", "9.6"),
                    ("合格率", "100%", "100%", "10", "10")]


SPOKEN = """项目名称：2023年某某县示范项目
表格 1，共 4 行 5 列；
第 1 行 第 1 列 一级指标；
第 1 行 第 2 列 三级指标；
第 1 行 第 3 列 年度指标值；
第 1 行 第 4 列 实际完成值；
第 1 行 第 5 列 分值；
第 2 行 第 1 列 产出指标，跨 2 行；
第 2 行 第 2 列 培训人数；
第 2 行 第 3 列 ≥200人；
第 2 行 第 4 列 230人；
第 2 行 第 5 列 20；
第 3 行 第 2 列 发放手册；
第 3 行 第 3 列 ≥500份；
第 3 行 第 4 列 空白；
第 3 行 第 5 列 10；
第 4 行 第 1 列 总分，跨 4 列；
第 4 行 第 5 列 30；
表格结束
填表人：某某
"""


def test_a_screen_readers_cells_by_coordinates_are_a_grid(tmp_path):
    """第 r 行 第 c 列 text: placed by its coordinates; 跨 n 行 / 列 a merge, 空白 an empty cell."""
    f = tmp_path / "r.txt"
    f.write_text(SPOKEN, encoding="utf-8")
    d = read_document(f)
    [t] = d.tables()
    assert t.grid() == [["一级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
                        ["产出指标", "培训人数", "≥200人", "230人", "20"],
                        ["", "发放手册", "≥500份", "", "10"],
                        ["总分", "", "", "", "30"]]
    assert t.cell_at(1, 0).rowspan == 2 and t.cell_at(3, 0).colspan == 4
    assert t.cell_at(2, 2).loc.line == 14
    assert [p.text for p in d.paragraphs()] == ["项目名称：2023年某某县示范项目", "填表人：某某"]


def test_a_cell_said_twice_keeps_its_first_saying_and_names_the_other(tmp_path):
    """A screen reader's export that says one cell twice: the first saying holds, the second is named."""
    f = tmp_path / "r.txt"
    f.write_text("表格 1，共 2 行 2 列\n第 1 行 第 1 列 三级指标\n第 1 行 第 2 列 实际完成值\n"
                 "第 2 行 第 1 列 培训人数\n第 2 行 第 2 列 230人\n第 2 行 第 2 列 320人\n表格结束\n", encoding="utf-8")
    d = read_document(f)
    [t] = d.tables()
    assert t.grid() == [["三级指标", "实际完成值"], ["培训人数", "230人"]]
    assert any("第6行" in w and "第2行第2列" in w and "320人" in w for w in d.warnings)


CHAT = """张某 2024-03-12 15:43:05
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因
产出指标\t数量指标\t培训人数\t≥200人\t230人\t20\t20\t
\t\t发放手册\t≥500份\t480份\t10\t9.6\t印刷延误
效益指标\t社会效益指标\t带动就业

李某 2024-03-12 15:43:12
收到

张某 15:43:40
≥300人\t280人\t10\t9.3\t部分岗位延后
\t\t受益人数\t≥1000人\t1200人\t10\t10\t
"""


def test_a_table_row_cut_by_chat_messages_goes_on_after_them(tmp_path):
    """A row short of the table's width, a message header (sender, time) below it, and the next tabbed
    line holding the cells it lacks: one row; the messages are paragraphs."""
    f = tmp_path / "r.txt"
    f.write_text(CHAT, encoding="utf-8")
    d = read_document(f)
    [t] = d.tables()
    assert t.grid()[3] == ["效益指标", "社会效益指标", "带动就业", "≥300人", "280人", "10", "9.3", "部分岗位延后"]
    assert t.cell_at(3, 2).loc.line == 5 and t.cell_at(3, 3).loc.line == 11
    assert t.grid()[4][2] == "受益人数"
    assert [p.text for p in d.paragraphs()][-3:] == ["李某 2024-03-12 15:43:12", "收到", "张某 15:43:40"]
    recs, rows = _rows(f)
    assert ("带动就业", "≥300人", "280人", "10", "9.3") in rows and len(rows) == 4


def test_a_short_row_without_a_message_after_it_is_not_joined(tmp_path):
    """No sender line between: the next tabbed block is its own table."""
    f = tmp_path / "r.txt"
    f.write_text(CHAT.replace("李某 2024-03-12 15:43:12", "").replace("张某 15:43:40", ""), encoding="utf-8")
    d = read_document(f)
    assert len(d.tables()) == 2


DOS = ("项目名称：2023年某某县示范项目\n"
       "======================================================\n"
       "序号　一级指标　二级指标　三级指标　　　　　年度指标值　实际\n"
       "    完成值　分值　得分\n"
       "1　　 产出指标　数量指标　培训农民人数　　　≥1200人　　 1250\n"
       "    人　　　 8　　 8\n"
       "2　　 产出指标　质量指标　验收合格率　　　　100%　　　　100%\n"
       "    　　　　 6　　 6\n"
       "3　　 效益指标　社会效益　带动就业人数　　　≥300人　　　 280\n"
       "    人　　　 8　　 7.5\n"
       "======================================================\n")


def test_a_prints_hard_wrapped_lines_are_joined_before_cells_are_cut(tmp_path):
    """Lines reaching the page's width, each going on under the same small indent: one line each, the
    cut closed where the printer made it (1250 / 人 is 1250人), a gap that fell at the cut kept."""
    f = tmp_path / "r.txt"
    f.write_text(DOS, encoding="gb18030")
    recs, rows = _rows(f)
    assert rows == [("培训农民人数", "≥1200人", "1250人", "8", "8"), ("验收合格率", "100%", "100%", "6", "6"),
                    ("带动就业人数", "≥300人", "280人", "8", "7.5")]


def test_indented_lines_under_indented_long_lines_are_no_wraps():
    """A page's own margin (every line indented) is no wrap, nor is one long line over one indented line."""
    from jixiao.extract.text_reader import _hard_wraps_joined, _Line

    margin = [_Line(n, "    " + ln) for n, ln in enumerate(DOS.split("\n"), 1)]
    assert _hard_wraps_joined(margin) == margin
    once = [_Line(n, ln) for n, ln in enumerate(DOS.split("\n")[:6], 1)]
    assert _hard_wraps_joined(once[:4] + once[5:]) == once[:4] + once[5:]
    assert len(_hard_wraps_joined([_Line(n, ln) for n, ln in enumerate(DOS.split("\n"), 1)])) == len(once) + 2
