"""Issue 21 (749): an indicator table of ONE body row, each cell the whole column a line per indicator
(Word line breaks), the level columns writing their word on the first line of a run and leaving the
lines below it empty: each stacked row takes the level above it (normalize.tables._carried_levels)."""
from jixiao.extract import Cell, Document, Location, Table
from jixiao.normalize import normalize_document

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _doc(rows):
    cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=0, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    t = Table(index=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, loc=Location("mem", block=0, table=0))
    return Document(source="mem", format="docx", sha256="", blocks=[t])


def test_level_lines_left_empty_below_their_word_carry_it_down():
    # the last run's empty lines are gone (a cell keeps no trailing breaks): its rows are still that run's
    rows = [HEAD, ["产出指标\n\n\n效益指标", "数量指标\n\n质量指标\n社会效益指标",
                   "修缮古建筑\n修复巷道\n验收合格率\n受益人口\n就业人数",
                   "≥36栋\n≥4.5公里\n100%\n≥2万人\n≥300人", "38栋\n4.6公里\n100%\n2.1万人\n326人",
                   "8\n6\n6\n8\n6", "8\n6\n6\n8\n6"],
            ["总分", "", "", "", "", "34", "34"]]
    recs = normalize_document(_doc(rows))
    assert [(i.level1, i.level2_raw, i.level3, i.actual.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "修缮古建筑", "38栋"), ("产出指标", "数量指标", "修复巷道", "4.6公里"),
        ("产出指标", "质量指标", "验收合格率", "100%"), ("效益指标", "社会效益指标", "受益人口", "2.1万人"),
        ("效益指标", "社会效益指标", "就业人数", "326人")]
    # two lines, none empty, beside three rows: a long level wrapped, not a column lined up with the names
    rows = [HEAD, ["满意度指标", "服务对象满意\n度指标", "村民满意度\n游客满意度\n商户满意度", "≥90%\n≥88%\n≥85%",
                   "94.2%\n92.5%\n90%", "4\n4\n2", "4\n4\n2"]]
    recs = normalize_document(_doc(rows))
    assert [i.level2_raw.replace("\n", "") for i in recs.indicators] == ["服务对象满意度指标"] * 3
