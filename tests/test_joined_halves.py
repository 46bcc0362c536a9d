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


def test_a_fund_table_numbered_as_the_names_is_no_second_half():
    """A names-only table counting 1 … 3 followed by a FUND table counting its own sources 1 … 3 (分值 and 得分
    read as two value fields by the header grammar): the fund table's 分值 / 得分 are the fund's, not the
    indicators'. The fund grammar names its money columns: a half with a money column is no indicator half."""
    fund = [["序号", "资金来源", "全年预算数", "全年执行数", "分值", "得分"],
            ["1", "财政拨款", "100", "95", "5", "4.75"],
            ["2", "上级补助", "50", "50", "3", "3"],
            ["3", "其他资金", "20", "20", "2", "2"]]
    doc = _doc(fund)
    assert joined_halves(doc) == (doc, [])


def test_a_column_the_header_grammar_does_not_name_goes_with_its_half():
    """A right half with a column whose head the grammar does not read (备注 here) keeps it: the column is moved
    with the others onto the left half's rows, not dropped unsaid."""
    right = [r[:3] + [n] + r[3:] for r, n in zip(RIGHT, ["备注", "按期", "抽检", "问卷", ""])]
    got, said = joined_halves(_doc(right))
    joined = got.blocks[1].grid()
    assert joined[0] == ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "备注", "分值", "得分"]
    assert joined[2][6] == "抽检" and said


def test_a_row_above_the_second_halfs_header_stays_with_it():
    """A caption row inside the second half's table, above its header (绩效指标完成情况（续）), is neither moved nor
    lost: the second table keeps it, with the rows after its count."""
    got, _ = joined_halves(_doc([["绩效指标完成情况（续）", "", "", "", ""]] + RIGHT))
    assert got.blocks[3].grid() == [["绩效指标完成情况（续）", "", "", "", ""], ["总分", "", "", "100", "97"]]


def _views(body2):
    h1 = [["", "一级指标", "二级指标", "三级指标"]]
    b1 = [["1", "产出指标", "数量指标", "养护道路里程"], ["2", "", "质量指标", "验收合格率"],
          ["3", "效益指标", "社会效益指标", "群众出行时间缩短"]]
    h2 = [["年度指标值", "实际完成值", "分值", "得分"]]
    return Document(source="mem", format="html", sha256="", blocks=[
        Paragraph(text="项目名称：2023年某县道路养护项目", loc=Location("mem", block=0)),
        _table(1, h1), _table(2, b1), _table(3, h2), _table(4, body2)])


def test_two_views_side_by_side_each_with_its_header_table_are_read_as_one_table():
    """1594 (a datagrid with frozen columns: row number, levels and name in the left view, the values in the
    right, each view a header table and a body table): nothing read, every left row named unread. The right
    body's rows go beside the left body's in order under both headers; said in a warning."""
    b2 = [["≥120公里", "126公里", "40", "40"], ["≥95%", "97%", "30", "30"], ["≥20%", "18%", "30", "27"]]
    recs = normalize_document(_views(b2), name="mem")
    assert [(i.level3, i.target.raw, i.actual.raw, i.score.q.raw) for i in recs.indicators] == [
        ("养护道路里程", "≥120公里", "126公里", "40"), ("验收合格率", "≥95%", "97%", "30"),
        ("群众出行时间缩短", "≥20%", "18%", "27")]
    assert recs.indicators[1].level1 == "产出指标"
    assert any("左右两部分" in w for w in recs.warnings)


def test_views_of_unequal_rows_are_not_joined():
    b2 = [["≥120公里", "126公里", "40", "40"], ["≥95%", "97%", "30", "30"]]
    recs = normalize_document(_views(b2), name="mem")
    assert not any("左右两部分" in w for w in recs.warnings)
    assert not any(i.level3 == "养护道路里程" and i.target is not None for i in recs.indicators)
