"""One column whose head writes a NOTATION of several value fields (年度指标值 → 实际完成值（得分/分值）) and whose
cells are written in it (≥6000亩 → 6150亩（10/10）): each cell cut at the head's marks into the fields the head
names, in the head's order (normalize.notation_columns). Made up in the shape of corpus/native 1950.xlsx."""
from decimal import Decimal

from jixiao.extract import Cell, Document, Location, Table
from jixiao.normalize import normalize_document
from jixiao.normalize.notation_columns import notation_columns


def _table(rows, spans=()):
    """Rows of texts, None where a cell to the left spans over the slot; spans: {(row, col): colspan}."""
    spans = dict(spans)
    cells = [Cell(text=t, row=r, col=c, colspan=spans.get((r, c), 1),
                  loc=Location("mem", block=0, table=0, row=r, col=c))
             for r, row in enumerate(rows) for c, t in enumerate(row) if t is not None]
    return Table(index=0, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, loc=Location("mem", block=0, table=0))


ROWS = [
    ["序号", "三级指标", "年度指标值 → 实际完成值（得分/分值）"],
    ["产出指标—数量指标", None, None],
    ["1", "新建标准化基地", "≥6000亩 → 6150亩（10/10）"],
    ["2", "低产园改造", "≥3000亩 → 2400亩（6.4/8）"],
    ["产出指标—时效指标", None, None],
    ["3", "项目完成时间", "2023年11月30日前 → 2023年11月16日（4/4）"],
    ["效益指标—可持续影响指标", None, None],
    ["4", "品牌影响力", "持续提升 → 持续提升（10/10）"],
]
SPANS = {(1, 0): 3, (4, 0): 3, (6, 0): 3}


def test_a_notation_head_cuts_its_cells_into_the_fields_it_names():
    view, said = notation_columns(_table(ROWS, SPANS))
    assert view.n_cols == 6
    assert view.grid()[0][2:] == ["年度指标值", "实际完成值", "得分", "分值"]
    assert view.grid()[3] == ["2", "低产园改造", "≥3000亩", "2400亩", "6.4", "8"]
    assert view.grid()[5][2:] == ["2023年11月30日前", "2023年11月16日", "4", "4"]
    assert view.cell_at(1, 0).colspan == 6          # a section row over the column spans its parts
    assert view.cell_at(3, 4).loc.col == 2          # each part keeps the cell it was read from
    assert "4" in said and "年度指标值 → 实际完成值（得分/分值）" in said


def test_the_rows_read_with_the_score_and_weight_in_the_heads_order():
    doc = Document(source="mem", format="xlsx", sha256="", blocks=[_table(ROWS, SPANS)])
    got = [(i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in normalize_document(doc).indicators]
    assert got == [("新建标准化基地", "≥6000亩", "6150亩", Decimal(10), Decimal(10)),
                   ("低产园改造", "≥3000亩", "2400亩", Decimal(8), Decimal("6.4")),
                   ("项目完成时间", "2023年11月30日前", "2023年11月16日", Decimal(4), Decimal(4)),
                   ("品牌影响力", "持续提升", "持续提升", Decimal(10), Decimal(10))]


def test_no_notation_where_the_head_names_one_field_or_the_cells_are_not_so_written():
    assert notation_columns(_table([["三级指标", "实际完成值/完成率"], ["甲", "3080亩/102%"], ["乙", "90%/100%"]])) is None
    assert notation_columns(_table([["三级指标", "", "实际完成值"], ["甲", "", "3080亩"], ["乙", "", "90%"]])) is None
    rows = [r[:] for r in ROWS]
    for r in (2, 3, 5, 7):
        rows[r][2] = "≥6000亩"
    assert notation_columns(_table(rows, SPANS)) is None


def test_a_total_rows_figures_after_their_labels_apart_by_a_space_are_read():
    # 总分 | 分值 100 | 得分 98.20 (1950): each figure after its own label, a space between (no colon)
    rows = ROWS + [["总分", "分值 100", "得分 98.20"]]
    doc = Document(source="mem", format="xlsx", sha256="", blocks=[_table(rows, SPANS)])
    p = normalize_document(doc).projects[0]
    assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(100), Decimal("98.20"))
    # 1950.scan: OCR dropped the space (分值100 | 得分98.20); the total was lost, nothing said
    rows = ROWS + [["总分", "分值100", "得分98.20"]]
    doc = Document(source="mem", format="xlsx", sha256="", blocks=[_table(rows, SPANS)])
    p = normalize_document(doc).projects[0]
    assert (p.total_weight_stated.value, p.total_score_stated.value) == (Decimal(100), Decimal("98.20"))


def test_a_slash_inside_a_unit_is_not_the_notations_slash():
    """年度指标值/实际完成值 over ≤1500元/亩/1450元/亩 (corpus/native 1702) and ≤460元/亩 / 434元/亩: the cell cuts
    three ways at a slash; the cut whose two parts each read as a figure is the one, and of two such, the slash
    apart by spaces. Cut at the first slash, 亩/1450元/亩 had been read as the result (a word)."""
    rows = [["一级指标", "三级指标", "年度指标值/实际完成值", "分值", "得分"],
            ["产出指标", "亩均改造补助标准", "≤1500元/亩/1450元/亩", "10", "10"],
            ["产出指标", "亩均建设投资", "≤460元/亩 / 434元/亩", "10", "10"],
            ["产出指标", "改造果园面积", "≥2000亩/2150亩", "10", "10"]]
    view, _ = notation_columns(_table(rows))
    assert [r[2:4] for r in view.grid()[1:]] == [["≤1500元/亩", "1450元/亩"], ["≤460元/亩", "434元/亩"],
                                                ["≥2000亩", "2150亩"]]
