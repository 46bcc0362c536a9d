"""An indicator table cut in two and stacked (normalize.table_views.joined_halves): the left half (序号 / levels /
name) for every row, then the right half (序号 / target / actual / weight / score) for the same rows, as a wide
table pasted onto a narrow sheet. Made up in the shape of corpus/native 1551.xlsx."""
from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.normalize import normalize_document
from jixiao.normalize.table_views import joined_halves


def _table(k, rows):
    cells = [Cell(text=t, row=r, col=c, loc=Location("mem", block=k, table=k, row=r, col=c))
             for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    return Table(index=k, n_rows=len(rows), n_cols=max(map(len, rows)), cells=cells, loc=Location("mem", block=k, table=k))


LEFT = [["序号", "一级指标", "二级指标", "三级指标"],
        ["1", "产出指标", "数量指标", "养护道路里程"],
        ["2", "产出指标", "质量指标", "验收合格率"],
        ["3", "效益指标", "社会效益指标", "群众出行时间缩短"]]
RIGHT = [["序号", "年度指标值", "实际完成值", "分值", "得分"],
         ["1", "≥120公里", "126公里", "40", "40"],
         ["2", "≥95%", "97%", "30", "30"],
         ["3", "≥20%", "18%", "30", "27"],
         ["总分", "", "", "100", "97"]]


def _doc(right):
    return Document(source="mem", format="xlsx", sha256="", blocks=[
        Paragraph(text="项目名称：2023年某县道路养护项目", loc=Location("mem", block=0)), _table(1, LEFT),
        Paragraph(text="绩效指标完成情况（续）", loc=Location("mem", block=2)), _table(3, right)])


def test_the_halves_of_a_table_cut_in_two_are_joined_by_their_count():
    """1551 (the halves joined only by 序号 1-12): each half was read alone, the names with no figure and the
    figures with no name, every row named unread and none read. The right half's value cells go on the left
    half's rows where both count the same rows 1 … n under a header (the name in one, two value fields or more
    and no name in the other), the rest of the right half (总分) kept; said in a warning."""
    recs = normalize_document(_doc(RIGHT), name="mem")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw, i.weight.q.raw, i.score.q.raw)
            for i in recs.indicators] == [("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", "40", "40"),
                                          ("产出指标", "质量指标", "验收合格率", "≥95%", "97%", "30", "30"),
                                          ("效益指标", "社会效益指标", "群众出行时间缩短", "≥20%", "18%", "30", "27")]
    assert any("截成两半" in w for w in recs.warnings)


def test_halves_counting_other_rows_are_not_joined():
    """Where the right half counts other rows (1 … 4 under a left half of 1 … 3), nothing is joined."""
    other = RIGHT[:4] + [["4", "≥1座", "1座", "0", "0"]]
    doc = _doc(other)
    assert joined_halves(doc) == (doc, [])
