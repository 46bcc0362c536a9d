"""Fund header cells a lost rule mis-split (normalize.fund_heads): made up in the shape of corpus/native
1644.scan.pdf, a standard-resolution fax whose thin rules were lost, so the 主管部门 / 实施单位 row and the fund
header ran into one row: 年初预算数 | 全年预算数 read as one cell over both columns, 实施单位's name joined to 执行率."""
from decimal import Decimal

from jixiao.extract import Cell, Document, Location, Table
from jixiao.normalize import normalize_document
from jixiao.normalize.fund_heads import heads_in
from jixiao.rules import check_document

HEAD = ["主管部门\n项目资金\n（万\n元）", "汉源县农业农村局", "年初预算全年预算数 数", None, "实施单位全年执行数", "分值",
        "汉源县花椒产业发展中心执行率", "得分"]
FUND = ["", "年度资金总额", "1,000.00", "1,060.00", "1,042.00", "10", "98.30%", "9.83"]


def _loc(r, c=None):
    return Location("mem", block=0, page=1, table=0, row=r, col=c)


def _doc(head=HEAD, fund=FUND):
    cells = [Cell(text="项目名称", row=0, col=0, loc=_loc(0, 0)),
             Cell(text="2023年汉源县花椒产业发展项目", row=0, col=1, colspan=7, loc=_loc(0, 1))]
    for c, text in enumerate(head):
        if text is not None:
            span = 2 if c + 1 < len(head) and head[c + 1] is None else 1
            cells.append(Cell(text=text, row=1, col=c, colspan=span, loc=_loc(1, c)))
    cells += [Cell(text=x, row=2, col=c, loc=_loc(2, c)) for c, x in enumerate(fund)]
    t = Table(index=0, n_rows=3, n_cols=8, cells=cells, loc=_loc(None))
    return Document(source="mem", format="pdf-ocr", sha256="", blocks=[t])


def test_a_head_spanning_two_money_columns_and_a_head_joined_to_a_name_are_read_and_said():
    recs = normalize_document(_doc())
    p = recs.projects[0]
    assert (p.budget_initial.q.raw, p.budget_full_year.q.raw, p.executed.q.raw) == ("1,000.00", "1,060.00", "1,042.00")
    assert p.exec_rate_stated.q.value == Decimal("98.30") and p.fund_score.q.value == Decimal("9.83")
    assert p.budget_full_year.loc.col == 3 and p.exec_rate_stated.loc.col == 6
    assert any("跨2列" in w and "年初预算、全年预算数" in w for w in recs.warnings)
    assert any("汉源县花椒产业发展中心执行率" in w and "按执行率读取" in w for w in recs.warnings)
    # the fund is checked against the full-year budget: no false JX201 (1,042 over 年初 1,000) nor JX203
    assert not [f for f in check_document(recs).flags if f.rule in ("JX201", "JX203")]


def test_a_named_head_whose_figure_does_not_fit_is_said_unread():
    # the spanning cell over one money figure and a blank: 全年预算数 is named but no column reads it
    fund = FUND[:3] + [""] + FUND[4:]
    recs = normalize_document(_doc(fund=fund))
    p = recs.projects[0]
    assert p.budget_full_year is None and p.budget_initial.q.raw == "1,000.00"
    assert any("资金表表头写有全年预算数" in w and "全年预算数未读取" in w for w in recs.warnings)
    # a name's tail over a money figure is no rate: the 执行率 column left unread, said
    fund = FUND[:6] + ["1,042.00", "9.83"]
    recs = normalize_document(_doc(fund=fund))
    assert recs.projects[0].exec_rate_stated is None
    assert any("执行率未读取" in w for w in recs.warnings)


def test_heads_in_takes_the_longest_word_at_each_place():
    assert heads_in("年初预算全年预算数数") == [("budget_initial", "年初预算"), ("budget_full_year", "全年预算数")]
    assert heads_in("调整后预算数") == [("budget_full_year", "调整后预算数")]
    assert heads_in("预算执行率") == [("exec_rate_stated", "执行率")]
