"""extract/tab_lines: rows typed as tab-apart lines."""
from jixiao.extract.tab_lines import typed_blocks

PAIRED = ["三级指标\t年度指标值／实际完成值\t分值／得分",
          "产出指标 · 数量指标",
          "竹林道路建设\t≥40公里／41.5公里\t10／10",
          "低产竹林改造\t≥20000亩／20600亩\t8／8",
          "满意度指标 · 服务对象满意度指标",
          "竹农满意度\t≥90%／93.5%\t10／10"]


def test_lines_of_paired_fields_under_a_paired_header_are_split_into_the_pairs_halves():
    """Issue 21 (1463.docx): lines of three tab-apart fields, two of them pairs apart by a slash under a header
    of paired names, read no row (fewer than four fields); each pair is split into its two fields, and a
    two-level heading of 17 characters heads the row below it."""
    [(first, end, rows)] = typed_blocks(PAIRED, None)
    assert (first, end) == (0, len(PAIRED))
    assert rows[0] == ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    assert rows[2] == ["竹林道路建设", "≥40公里", "41.5公里", "10", "10"]
    assert rows[4] == ["满意度指标 · 服务对象满意度指标"] and rows[5][0] == "竹农满意度"


def test_a_pair_field_holding_two_slashes_ends_the_run_and_label_lines_stay_text():
    lines = PAIRED[:4] + ["每亩补助\t≤400元／亩／380元／亩\t6／6"]
    [(_, end, rows)] = typed_blocks(lines, None)
    assert end == 4 and len(rows) == 4
    assert typed_blocks(["填报人：张三\t电话：1234／5678", "审核人：李四\t电话：2345／6789"], None) == []


TWO_LINE = ["序号\t三级指标\t年度指标值\t分值",
            "\t\t实际完成值\t得分",
            "产出指标／数量指标",
            "1\t新建标准化茶园\t≥3000亩\t10",
            "\t\t3080亩\t10",
            "2\t培训茶农\t≥1800人次\t6",
            "\t\t1860人次\t6",
            "满意度指标／服务对象满意度指标",
            "3\t茶农满意度\t≥90%\t10",
            "\t\t94%\t10"]


def test_two_line_records_under_a_two_line_head_read_one_row_a_pair():
    """fixleft77 (1876.docx): each indicator typed as two tabbed lines (name, target, weight over actual,
    score) under a head typed the same way read no row, every line said unread; the head's second line
    names fields only where its first does, so each pair of lines is one row of the head's six fields."""
    [(first, end, rows)] = typed_blocks(TWO_LINE, None)
    assert (first, end) == (0, len(TWO_LINE))
    assert rows[0] == ["序号", "三级指标", "年度指标值", "分值", "实际完成值", "得分"]
    assert rows[1] == ["产出指标／数量指标"]
    assert rows[2] == ["1", "新建标准化茶园", "≥3000亩", "10", "3080亩", "10"]
    assert rows[5] == ["3", "茶农满意度", "≥90%", "10", "94%", "10"] and len(rows) == 6


def test_lines_that_do_not_pair_under_a_two_line_head_stay_as_they_came():
    """A second line missing (a record of one line) is no pairing: the rows stay one a line."""
    lines = TWO_LINE[:4] + TWO_LINE[5:]
    [(_, _, rows)] = typed_blocks(lines, None)
    assert rows[0] == ["序号", "三级指标", "年度指标值", "分值"] and rows[1] == ["", "", "实际完成值", "得分"]
