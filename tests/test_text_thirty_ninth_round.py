"""Text as it comes, thirty-ninth round (issue 21, set 1588-1593): a budget system's interface file whose records
each END in their delimiter ('^'), a QQ paste numbered by keycap emoji, a meeting transcript read aloud, Big5
columns lined up with tabs and spaces, a w3m dump, an html2text Markdown page."""
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
