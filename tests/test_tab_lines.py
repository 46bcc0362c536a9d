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
