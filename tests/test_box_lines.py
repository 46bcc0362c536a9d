"""A form of label boxes printed to PDF (750.pdf, 751.pdf): the fund block a line of labels each
followed by its figure, apart by gaps alone or by a colon, its last clause maybe on a line of its own;
the total a line of 总分 and 得分 boxes."""
from decimal import Decimal

from jixiao.extract import Cell, Document, Location, Paragraph, Table
from jixiao.normalize import normalize_document

ROWS = [["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["数量指标", "修缮民居", "≥85幢", "88幢", "50", "50"],
        ["质量指标", "验收合格率", "100%", "100%", "40", "39"]]


def _doc(lines_before: list[str], lines_after: list[str]):
    blocks = [Paragraph(text=x, loc=Location("p.pdf", block=k, page=1)) for k, x in enumerate(lines_before)]
    k = len(blocks)
    cells = [Cell(text=x, row=r, col=c, loc=Location("p.pdf", block=k, page=1, table=0, row=r, col=c))
             for r, row in enumerate(ROWS) for c, x in enumerate(row)]
    blocks.append(Table(0, len(ROWS), len(ROWS[0]), cells, Location("p.pdf", block=k, page=1, table=0)))
    blocks += [Paragraph(text=x, loc=Location("p.pdf", block=k + 1 + n, page=1)) for n, x in enumerate(lines_after)]
    return Document(source="p.pdf", format="pdf", sha256="", blocks=blocks)


def _fund(p):
    return tuple(f.raw if f is not None else None
                 for f in (p.budget_initial, p.budget_full_year, p.executed, p.exec_rate_stated, p.fund_weight, p.fund_score))


def test_a_line_of_label_boxes_gives_the_fund_and_the_total():
    doc = _doc(["项目名称：2023年某村落保护项目", "项目资金（万元）",
                "年初预算数 1,200.00 全年预算数 1,260.00 全年执行数 1,234.80 执行率 98.00% 分值 10 得分 9.80"],
               ["总分 100 得分 98.80 自评等级 优"])
    [p] = normalize_document(doc).projects
    assert _fund(p) == ("1,200.00", "1,260.00", "1,234.80", "98.00%", "10", "9.80")
    assert (p.total_weight_stated.value, p.total_score_stated.value) == (100, Decimal("98.80"))
    # a unit after its figure is no label: it stays with the figure
    doc = _doc(["项目名称：2023年某项目", "年初预算数 1,200.00 万元，全年预算数 1,260.00 万元，全年执行数 1,234.80 万元"], [])
    [p] = normalize_document(doc).projects
    assert [f.q.value for f in (p.budget_initial, p.executed)] == [12000000, 12348000]


def test_labelled_pairs_apart_by_gaps_the_last_on_a_line_of_its_own():
    doc = _doc(["项目名称：2023年某养殖项目",
                "年初预算数：1,500.00 全年预算数：1,580.00 全年执行数：1,548.40 执行率：98.00% 分值：10", "得分：9.80"],
               [])
    [p] = normalize_document(doc).projects
    assert _fund(p) == ("1,500.00", "1,580.00", "1,548.40", "98.00%", "10", "9.80")
    assert p.fund_score.loc.block == 2




def _table(rows, k, t):
    return Table(t, len(rows), len(rows[0]), [Cell(x, r, c, Location("p.pdf", block=k, page=1, table=t, row=r, col=c))
                                              for r, row in enumerate(rows) for c, x in enumerate(row)],
                 Location("p.pdf", block=k, page=1, table=t))


def test_the_name_label_on_its_line_names_the_project_the_box_table_after_it_holds():
    blocks = [Paragraph(text="项目支出绩效自评表（2023年度）", loc=Location("p.pdf", block=0, page=1)),
              Paragraph(text="项目名称", loc=Location("p.pdf", block=1, page=1)),
              _table([["2023年某村落保护利用项目", ""], ["某县住建局", "实施单位 某中心"]], 2, 0),
              _table(ROWS, 3, 1)]
    [p] = normalize_document(Document(source="p.pdf", format="pdf", sha256="", blocks=blocks)).projects
    assert p.name == "2023年某村落保护利用项目"
