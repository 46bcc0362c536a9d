"""extract.tagged_text: an InDesign story's tagged text read as the page it means (issue 21, set 1510-1515)."""
from jixiao.extract.tagged_text import tagged_page
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _story() -> str:
    """Tagged text as InDesign exports a story: the encoding line, <Version> and style definitions, a paragraph a
    line, one table on ONE line whose level-1 cell spans two rows and whose covered slot is WRITTEN as an empty
    cell; ≥ as <0x2265> in the first row, a bold run's tags inside a paragraph."""
    def cell(t, rs=1, cs=1):
        return f"<CellStart:{rs},{cs}><ParaStyle:表格>{t}<CellEnd:>"
    head = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    rows = ["<RowStart:<tRowAttrHeight:20>>" + "".join(cell(h) for h in head) + "<RowEnd:>"]
    for k, ((l1, l2), r) in enumerate(zip(LEVELS, ROWS)):
        first = cell(l1, 2) if k == 0 else ("<CellStart:1,1><CellEnd:>" if k == 1 else cell(l1))
        r = (r[0], r[1].replace("≥", "<0x2265>")) + r[2:] if k == 0 else r
        rows.append("<RowStart:<tRowAttrHeight:20>>" + first + "".join(cell(x) for x in (l2, *r)) + "<RowEnd:>")
    return "\r\n".join(["<UNICODE-WIN>", "<Version:13><FeatureSet:InDesign-Roman>",
                        "<DefineParaStyle:正文=<cSize:10.5>>",
                        "<ParaStyle:正文>项目名称：<cTypeface:Bold>2023年示范项目<cTypeface:>",
                        "<ParaStyle:正文><TableStart:4,7:1:0<tCellDefaultCellType:Text>>"
                        + "".join("<ColStart:<tColAttrWidth:50>>" for _ in head) + "".join(rows) + "<TableEnd:>"])


def test_a_story_reads_its_table_with_the_covered_slots_dropped(tmp_path):
    """The empty cell InDesign writes under a two-row level cell is that cell's slot, not a cell shifting the row
    right; <0x2265> is ≥; the bold run's tags are no text."""
    recs, rows = indicator_rows(_write(tmp_path, _story(), "utf-16"))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert [p.name for p in recs.projects] == ["2023年示范项目"]


def test_not_tagged_text_is_none():
    assert tagged_page("<UNICODE-WIN>\n项目名称：X\n") is None
    assert tagged_page("项目名称：X\n<Version:13>") is None


def test_a_cell_spanning_columns_drops_the_placeholders_written_right_of_it():
    """总分 across five slots is written with four empty cells after it: those are its slots, so the two figures
    after them stand in the sixth and seventh columns (分值, 得分), not the tenth and eleventh."""
    def cell(t, cs=1):
        return f"<CellStart:1,{cs}>{t}<CellEnd:>"
    head = "<RowStart:>" + "".join(cell(h) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                   "得分")) + "<RowEnd:>"
    total = "<RowStart:>" + cell("总分", 5) + cell("") * 4 + cell("100") + cell("98") + "<RowEnd:>"
    page = tagged_page("<UNICODE-WIN>\n<Version:13>\n<TableStart:2,7:1:0>" + head + total + "<TableEnd:>")
    assert '<td rowspan="1" colspan="5">总分</td><td rowspan="1" colspan="1">100</td><td rowspan="1" colspan="1">98</td>' \
        in page
