"""Text as it comes, thirty-ninth round (issue 21, set 1588-1593): a budget system's interface file whose records
each END in their delimiter ('^'), a QQ paste numbered by keycap emoji, a meeting transcript read aloud, Big5
columns lined up with tabs and spaces, a w3m dump, an html2text Markdown page."""
from decimal import Decimal

from jixiao.extract.delimited import delimited, terminator
from tests.text_rows import LEVELS, ROWS, indicator_rows, written as _write


def _interface_file(sep: str = "^") -> str:
    """A data exchange file: a header record, per record type a '#' line naming its fields, records behind their
    type code, every record ending in the delimiter."""
    lines = ["H^JXZP^410225^2023^V2.1^", "#字段说明：XMXX 项目信息（记录类型^项目编码^项目名称^主管部门）",
             "XMXX^001^2023年示范项目^示范县水利局^",
             "#字段说明：JXZB 绩效指标（记录类型^项目编码^序号^一级指标^二级指标^三级指标^年度指标值^实际完成值^分值^得分^偏差原因）"]
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS), 1):
        lines.append("^".join(["JXZB", "001", str(k), l1, l2, *r, "降雨偏多" if r[3] != r[4] else "", ""]))
    lines.append("T^5^")
    return "\r\n".join(lines).replace("^", sep) + "\r\n"


def test_records_ending_in_their_delimiter_are_a_delimited_export(tmp_path):
    """'…^8^8^^': the caret closes every record and parts its fields, so it is the file's delimiter and the last
    one no field; the rows read whole, the reason where the score is short."""
    recs, rows = indicator_rows(_write(tmp_path, _interface_file(), "gbk"))
    assert rows == [(name, t, a, w, s) for name, t, a, w, s in ROWS]
    assert [i.reason or "" for i in recs.indicators] == ["", "", "降雨偏多"]
    assert [(i.level1, i.level2_raw) for i in recs.indicators] == LEVELS


def test_a_terminator_is_found_by_its_place_not_by_its_character():
    """Any punctuation its writer chose closes the records (~ as well as ^); a log's dates, prose's full stops and
    a pipe table's border close no record."""
    assert terminator(_interface_file("~").split("\n")) == "~"
    assert delimited(_interface_file("~"))[0] == "~"
    assert terminator(["2024/03/12 10:21:33 读取 项目表", "2024/03/12 10:21:34 写入 指标表",
                       "2024/03/12 10:21:35 完成。"]) is None
    assert terminator(["| 三级指标 | 分值 |", "| 培训 | 10 |", "| 合格率 | 10 |"]) is None


def _transcript() -> str:
    """A meeting's transcript: speaker turns, each indicator read out as a sentence (the operator said in words),
    several to a turn, the reason said after its row, a remark between the turns."""
    said = []
    for k, ((l1, l2), (name, t, a, w, s)) in enumerate(zip(LEVELS, ROWS)):
        t = t.replace("≥", "大于等于")
        said.append(f"第{'一二三'[k]}项，{l1}，{l2}，三级指标{name}，年度指标值{t}，实际完成值{a}，分值{w}分，得分{s}分。"
                    + ("偏差原因是降雨偏多。" if w != s else ""))
    return "\n".join(["会议主题：项目绩效自评会商", "", "李某 00:00:21", "项目名称是2023年示范项目，主管部门示范县农业农村局。", "",
                      "李某 00:01:22", "".join(said[:2]), "", "高某 00:02:31", "对，继续。", "",
                      "李某 00:02:40", said[2], ""])


def test_indicators_read_out_as_sentences_are_read(tmp_path):
    """'第一项，产出指标，数量指标，三级指标X，年度指标值大于等于20个，…': the ordinal in words opens an item, the levels
    are its leading clauses, the name follows its own label, the operator said in words is the target's; two
    items said in one turn are two rows."""
    t = _transcript()
    recs, rows = indicator_rows(_write(tmp_path, t))
    assert [r[0] for r in rows] == [r[0] for r in ROWS]
    assert [r[1] for r in rows] == [r[1].replace("≥", "大于等于") for r in ROWS]
    assert [(i.target.q.op, i.target.q.value) for i in recs.indicators][0] == (">=", 20)
    assert [r[2:] for r in rows] == [r[2:] for r in ROWS]
    assert [(i.level1, i.level2_raw) for i in recs.indicators] == LEVELS
    assert recs.indicators[2].reason == "降雨偏多"


def _typed_columns() -> str:
    """Columns typed in Notepad: a Tab while a stop falls short of the next column, spaces after; the level typed
    once at the top of its group (the rows below open with tabs)."""
    starts = [0, 10, 24, 42, 54, 66, 72, 78]
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    rows = [heads] + [[l1 if k == 0 or LEVELS[k - 1][0] != l1 else "", l2, *r, "降雨偏多" if r[3] != r[4] else ""]
                      for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS))]
    out = []
    for cells in rows:
        line, pos = "", 0
        for x, at in zip(cells, starts):
            while (pos // 8 + 1) * 8 <= at:
                line += "\t"
                pos = (pos // 8 + 1) * 8
            line += " " * (at - pos) + x
            pos = at + len(x.encode("gbk"))
        out.append(line.rstrip())
    return "项目名称：2023年示范项目\r\n\r\n" + "\r\n".join(out) + "\r\n"


def test_columns_lined_up_with_tabs_and_spaces_are_read_where_they_stand(tmp_path):
    """A tab beside padding spaces is no cell border: the tabs expanded to stops of 8 (a CJK character two columns
    in GBK), each value stands in its column; the reader says how it read the lines."""
    from jixiao.extract import read_document
    f = _write(tmp_path, _typed_columns(), "gbk")
    recs, rows = indicator_rows(f)
    assert rows == [(name, t, a, w, s) for name, t, a, w, s in ROWS]
    assert [(i.level1, i.level2_raw) for i in recs.indicators] == LEVELS
    assert any("制表符与空格混合对齐" in w for w in read_document(f).warnings)


def test_a_tab_separated_export_is_not_expanded():
    """One tab between fields and no padding: an export's cells, left as they are."""
    from jixiao.extract.tab_stops import expanded
    assert expanded("三级指标\t分值\t得分\n培训\t10\t10\n合格率\t10\t9\n满意度\t5\t5\n", "gbk") is None
    # fields padded before their tab (Hive's desc), tabs and spaces as an outline's indent (Logseq): no typed columns
    assert expanded("xmmc      \tstring    \t项目名称\nzgbm      \tstring    \t主管部门\nfz        \tint       \t分值\n",
                    "utf-8") is None
    assert expanded("- 指标\n\t- 建设示范点\n\t\t  分值:: 8\n\t\t  得分:: 8\n\t\t  目标:: ≥20个\n", "utf-8") is None


def test_a_unit_or_grade_in_traditional_script_is_the_same_kind():
    """An expected record written from a Big5 form keeps 畝 / 產出指標 / 優 as the form writes them; the reader names
    the unit, the level and the grade in simplified script: the same kind, compared alike; a name is not."""
    from jixiao.normalize.expected import _same_word, expected_level1
    assert _same_word("畝", "亩") and _same_word("個", "个") and not _same_word("畝", "亩次")
    assert expected_level1("產出指標") == "产出指标"


def test_a_csv_whose_last_column_is_mostly_empty_keeps_its_width():
    """'…,6,6,' with no reason: the comma closing most lines is an empty last field, not a terminator; a reason
    quoted over two lines stays one field (409)."""
    text = ("三级指标,年度指标值,实际完成值,分值,得分,偏差原因\n培训人次,≥100,120,10,10,\n合格率,100%,100%,10,10,\n"
            '满意度,≥90%,85%,10,9,"未达,\n次年改进"\n验收,100%,100%,5,5,\n')
    d, recs, _ = delimited(text)
    assert d == "," and [len(r) for _, r in recs] == [6] * 5


def test_emoji_among_the_cells_are_pictures_not_words(tmp_path):
    """A QQ paste dresses the table with emoji: keycap numbers before the first cell (1️⃣, 1️⃣1️⃣: a digit, U+FE0F,
    U+20E3), ✅ after a score, ⚠️ before a word; none of them is part of a cell's words or figures. ★ stays (a core
    row's mark)."""
    from jixiao.extract.model import shown
    assert shown("1️⃣1️⃣满意度指标") == "满意度指标" and shown("得分8✅") == "得分8" and shown("⚠️偏差原因") == "偏差原因"
    assert shown("★新建茶园") == "★新建茶园" and shown("👍🏻同意") == "同意"
    head = "\t".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    lines = [head] + ["\t".join([("1️⃣", "2️⃣", "🔟")[k] + l1, l2, name, t, a, w, s + ("✅" if w == s else "❗")])
                      for k, ((l1, l2), (name, t, a, w, s)) in enumerate(zip(LEVELS, ROWS))]
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert rows == [(name, t, a, w, s) for name, t, a, w, s in ROWS]
    assert [(i.level1, i.level2_raw) for i in recs.indicators] == LEVELS


def test_a_label_typed_hard_against_its_figure_is_a_label(tmp_path):
    """'目标≥8000亩｜完成8300亩｜分值8｜得分8': a value cell typed with its label and no gap before the figure reads as
    the label and the value, as '目标 ≥8000亩' does; a label run into words (目标持续提升) is no such cell."""
    from jixiao.normalize.labelled_rows import _cell
    assert [(f, v) for f, _, v in _cell("目标≥8000亩")] == [("target", "≥8000亩")]
    assert [(f, v) for f, _, v in _cell("分值8")] == [("weight", "8")]
    lines = ["项目名称：2023年示范项目", ""] + ["｜".join([l1, l2, name, "目标" + t, "完成" + a, "分值" + w, "得分" + s])
                                             for (l1, l2), (name, t, a, w, s) in zip(LEVELS, ROWS)]
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert rows == [(name, t, a, w, s) for name, t, a, w, s in ROWS]


def test_field_names_listed_in_a_bracket_after_a_caption_are_the_header():
    """'#字段说明：ZPJG 自评结果（记录类型^项目编码^总分^自评等级）' over 'ZPJG^001^99.30^优^': the bracket holds the field
    names, so the header is 记录类型 … 自评等级, the caption and the bracket no part of its first and last cells."""
    text = ("H^JXZP^2023^V2.1^\r\n#字段说明：XMXX 项目信息（记录类型^项目编码^项目名称^主管部门）\r\n"
            "XMXX^001^2023年示范项目^示范县水利局^\r\nXMXX^002^2023年另一项目^示范县水利局^\r\n"
            "XMXX^003^2023年第三项目^示范县水利局^\r\n#字段说明：ZPJG 自评结果（记录类型^项目编码^总分^自评等级）\r\n"
            "ZPJG^001^99.30^优^\r\nT^2^\r\n")
    _, recs, _ = delimited(text)
    fields = [f for _, f in recs]
    assert ["记录类型", "项目编码", "总分", "自评等级"] in fields and ["ZPJG", "001", "99.30", "优"] in fields
    assert ["记录类型", "项目编码", "项目名称", "主管部门"] in fields


def _w3m_table() -> str:
    """A table as w3m lays it out with no rules: columns one space apart, a long name wrapped inside its column,
    the level cells (rowspan) printed once in the middle of their rows, a level name wrapped over two rows."""
    return "\n".join([
        "一级指标 二级指标 三级指标       年度指标值   实际完成值   分值 得分",
        "                  改造薄弱学校校 ≥6000平方米 6200平方米   8    8",
        "                  舍面积",
        "产出指标 数量指标 购置教学仪器设 ≥1200台套   1260台套     7    7",
        "                  备",
        "                  新建标准化运动 ≥4个        3个          6    4.50",
        "                  场",
        "         社会效益 受益学生人数   ≥5000人     5320人       8    8",
        "效益指标 指标     义务教育巩固率 ≥99%        99.6%        8    8",
        "         服务对象 学生满意度     ≥90%        94%          7    7",
        "满意度指 满意度指 家长满意度     ≥90%        92%          7    7",
        "标       标       教师满意度     ≥90%        95%          7    7"]) + "\n"


def test_a_w3m_table_one_space_apart_with_wrapped_names_and_levels(tmp_path):
    """A name filling its column stands one space before its target: the target, starting where the column's cells
    start, is a cell of its own (a word before the space, a figure after it); level names wrapped over the rows'
    lines (社会效益 | 指标, 满意度指 | 标, 服务对象 | 满意度指 | 标) are one name each, said."""
    recs, rows = indicator_rows(_write(tmp_path, "项目名称：2023年示范项目\n\n" + _w3m_table(), "gb2312"))
    assert [r[:2] for r in rows][:3] == [("改造薄弱学校校舍面积", "≥6000平方米"), ("购置教学仪器设备", "≥1200台套"),
                                         ("新建标准化运动场", "≥4个")]
    assert [i.level2_raw for i in recs.indicators][3:] == ["社会效益指标"] * 2 + ["服务对象满意度指标"] * 3
    assert [i.level1 for i in recs.indicators][-3:] == ["满意度指标"] * 3
    assert any("分在上下三格" in w for w in recs.warnings)


def test_a_fund_head_over_one_row_one_space_apart_is_a_table(tmp_path):
    """w3m's fund table: a head line whose words stand one space apart over ONE row whose cells start under them:
    the row's starts cut the head, and the fund is read (two lines of prose set apart by chance are not)."""
    text = ("项目名称：2023年示范项目\n\n"
            "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值   执行率   得分\n"
            "年度资金总额     1500.00    1560.00    1528.80    10     98.00%   9.80\n\n" + _w3m_table())
    recs, _ = indicator_rows(_write(tmp_path, text, "gb2312"))
    p = recs.projects[0]
    assert (p.budget_initial.value, p.budget_full_year.value, p.executed.value, p.fund_score.value) == \
        (15000000, 15600000, Decimal("15288000"), Decimal("9.80"))     # 万元 in 元
    from jixiao.extract.text_reader import _Line, _head_over_row
    from jixiao.extract.display_columns import display_width
    assert _head_over_row([_Line(1, "本项目 由县教育局 主管 实施"), _Line(2, "共计  三所  学校  完成")], display_width) is None
    # two rows of a table split off from it (1315): the upper states figures, so it is no head
    assert _head_over_row([_Line(1, "满意度指标 茶农满意度 ≥90% 81% 8 7.2"), _Line(2, "满意度指标 茶企满意度  ≥85%  90.5%  8  8")],
                          display_width) is None


def test_a_fund_line_barred_unlike_the_rows_below_is_its_clauses(tmp_path):
    """'项目资金（万元）：年初预算650.00｜…｜得分9.80' over rows of six bars: its five bars match no other line, so they part
    the fund's clauses, not the table's cells; the fund is read and the rows stay the table's."""
    lines = ["项目名称：2023年示范项目", "项目资金（万元）：年初预算650.00｜全年预算680.00｜全年执行666.40｜执行率98.00%｜分值10｜得分9.80"]
    lines += ["｜".join([l1, l2, name, "目标" + t, "完成" + a, "分值" + w, "得分" + s])
              for (l1, l2), (name, t, a, w, s) in zip(LEVELS, ROWS)]
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert rows == [(name, t, a, w, s) for name, t, a, w, s in ROWS]
    p = recs.projects[0]
    assert (p.budget_initial.value, p.executed.value, p.exec_rate_stated.value, p.fund_score.value) == \
        (6500000, 6664000, 98, Decimal("9.80"))


def test_a_words_value_typed_against_its_columns_label_is_read(tmp_path):
    """'目标持续提升｜完成持续提升' among rows whose same columns type 目标 / 完成 hard against figures: the column's label,
    then the words (the name's column, typed with no label, is left whole)."""
    lines = ["项目名称：2023年示范项目"] + ["｜".join([l1, l2, name, "目标" + t, "完成" + a, "分值" + w, "得分" + s])
                                         for (l1, l2), (name, t, a, w, s) in zip(LEVELS, ROWS)]
    lines.append("｜".join(["效益指标", "可持续影响指标", "完成长效机制建设", "目标持续提升", "完成持续提升", "分值6", "得分6"]))
    recs, rows = indicator_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert rows[-1] == ("完成长效机制建设", "持续提升", "持续提升", "6", "6")
    assert recs.indicators[-1].target.q.op == "qualitative"


def test_a_score_one_space_before_a_closed_label_at_a_column_start_parts():
    """w3m's total row: '98.30 自评等级：' (the grade wrapped below) where the label starts at the next column's exact
    start is two cells; a figure and a word (98.80 分), a label with its value beside it (60.00 自评等级：优, as
    pdftotext prints a total row), or a label where no column starts, stay one piece."""
    from jixiao.extract.text_reader import _full_cells_apart
    from jixiao.extract.display_columns import display_width
    assert _full_cells_apart(59, "98.30 自评等级：", {59, 65}, display_width) == [(59, "98.30"), (65, "自评等级：")]
    assert _full_cells_apart(59, "98.80 分", {59, 65}, display_width) == [(59, "98.80 分")]
    assert _full_cells_apart(59, "98.80 自评等级：优", {59, 70}, display_width) == [(59, "98.80 自评等级：优")]
    assert _full_cells_apart(59, "60.00 自评等级：优", {59, 65}, display_width) == [(59, "60.00 自评等级：优")]
