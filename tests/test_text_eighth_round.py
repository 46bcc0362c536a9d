"""Text as it comes, eighth round (issue 21): an app's ｜；export, and what a text with figures says
when it yields no indicator."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def _rows(path):
    recs = normalize_document(read_document(path))
    return recs, [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, str(i.weight.value),
                   str(i.score.value)) for i in recs.indicators]


CLOSED_BY_BARS = """项目支出绩效自评表（2023年度）

项目名称｜2023年某某县示范项目｜｜｜｜｜；
一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜；
产出指标｜数量指标｜建设示范点｜≥20个｜21个｜8｜8｜；
｜｜培训人员｜≥300人次｜326人次｜6｜6｜；
｜质量指标｜验收合格率｜100%｜100%｜6｜6｜；
总分｜｜｜｜｜20｜20｜；
"""


def test_cells_closed_by_bars_and_rows_by_semicolons(tmp_path):
    """a｜b｜；: each bar closes a cell and the ； the row; a leading bar closes an empty cell (the level
    above, merged), it is no border that would shift the row's cells left."""
    f = tmp_path / "r.txt"
    f.write_text(CLOSED_BY_BARS, encoding="utf-16")
    _, rows = _rows(f)
    assert rows == [("产出指标", "数量指标", "建设示范点", "≥20个", "21个", "8", "8"),
                    ("产出指标", "数量指标", "培训人员", "≥300人次", "326人次", "6", "6"),
                    ("产出指标", "质量指标", "验收合格率", "100%", "100%", "6", "6")]
