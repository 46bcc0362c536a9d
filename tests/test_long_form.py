"""An indicator table in long form, a row per indicator and field (normalize.long_form): read as the wide
table it stands for, said; rows around it kept; a column of field words that does not read whole left."""
from decimal import Decimal

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

HEAD = ["序号", "一级指标", "二级指标", "三级指标", "指标项", "指标内容"]
ITEMS = ("年度指标值", "实际完成值", "分值", "得分")


def _sheet(tmp_path, indicators, extra=()):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "2023年某旗大豆产业项目"])
    ws.append(HEAD)
    for n, (l1, l2, name, *values) in enumerate(indicators, 1):
        for item, v in zip(ITEMS, values):
            ws.append([n, l1, l2, name, item, v])
    for row in extra:
        ws.append(list(row))
    ws.append(["", "", "", "自评等级", "", "优"])
    path = tmp_path / "long.xlsx"
    wb.save(path)
    return normalize_document(read_document(path))


ROWS = [("产出指标", "数量指标", "大豆高产示范面积", "≥5万亩", "5.2万亩", 10, 10),
        ("产出指标", "质量指标", "良种纯度达标率", "≥98%", "99%", 6, 6),
        ("效益指标", "经济效益指标", "示范区大豆亩产", "≥180公斤", "171公斤", 10, 9.5)]


def test_a_long_form_table_reads_as_a_row_per_indicator_and_is_said(tmp_path):
    recs = _sheet(tmp_path, ROWS)
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [("产出指标", "数量指标", "大豆高产示范面积", "≥5万亩", "5.2万亩", Decimal(10), Decimal(10)),
                   ("产出指标", "质量指标", "良种纯度达标率", "≥98%", "99%", Decimal(6), Decimal(6)),
                   ("效益指标", "经济效益指标", "示范区大豆亩产", "≥180公斤", "171公斤", Decimal(10), Decimal("9.5"))]
    # each value points at the cell it was written in
    assert recs.indicators[0].actual.loc.ref == "F4" and recs.indicators[2].score.loc.ref == "F14"
    assert any("明细格式" in w and "共3个指标" in w for w in recs.warnings), recs.warnings
    assert recs.projects[0].name == "2023年某旗大豆产业项目"


def test_a_field_twice_in_one_indicators_rows_is_not_read_as_long_form(tmp_path):
    bad = [r for r in ROWS]
    recs = _sheet(tmp_path, bad[:1] + [("产出指标", "质量指标", "良种纯度达标率", "≥98%", "≥98%", 6, 6)],
                  extra=[[2, "产出指标", "质量指标", "良种纯度达标率", "年度指标值", "≥97%"]] + [
                      [3, "效益指标", "经济效益指标", "示范区大豆亩产", item, v] for item, v in zip(ITEMS, ROWS[2][3:])])
    assert not any("明细格式" in w for w in recs.warnings)


def test_a_long_form_table_of_thousands_of_rows_widens_in_linear_time():
    """Review: each cell's anchor and each row's copy were looked up by scanning every cell of the table
    (quadratic); a budget system's export of 2,500 indicators (10,000 rows) widens at once."""
    from jixiao.extract import Cell, Location, Table
    from jixiao.normalize.long_form import _widened
    from tests.growth import growth

    def table(m):
        rows = [HEAD] + [[str(n), *ROWS[n % 3][:3], item, str(v)] for n in range(m)
                         for item, v in zip(ITEMS, ROWS[n % 3][3:])] + [["", "", "", "自评等级", "", "优"]]
        cells = [Cell(text=x, row=r, col=c, loc=Location(file="t.csv", block=0, table=0, row=r, col=c))
                 for r, row in enumerate(rows) for c, x in enumerate(row)]
        return Table(index=0, n_rows=len(rows), n_cols=len(HEAD), cells=cells, loc=Location(file="t.csv", block=0, table=0))
    wide, n = _widened(table(2500))
    assert n == 2500 and wide.n_rows == 2502
    # lines run at 200 indicators over 100: 2.0 now, 3.9 when every cell's anchor scanned the table
    assert growth(table, _widened, 100) < 2.5
    assert wide.grid()[1][4:] == ["≥5万亩", "5.2万亩", "10", "10"] and wide.grid()[-1][3] == "自评等级"


def test_an_empty_merged_cell_beside_the_long_form_rows_does_not_stop_their_reading():
    """1123.scan: OCR's grid of the whole page gives the column right of the long-form table (the fund block's 得分
    column above it, left unruled below) as ONE EMPTY cell merged down over the run's rows and past its edge; the
    merged-cell guard (a cell shared across the run's edge: no row stands alone) took it for one and the 48 rows
    were left unread. An empty cell holds nothing of any row (kept above the run, cut where the run starts: the
    first version kept its span over the narrower rebuilt table, and the whole document failed); one with text
    still stops the reading."""
    from jixiao.extract import Cell, Document, Location, Table
    rows = [["项目名称", "2023年某旗大豆产业项目", "", "", "", "", ""], HEAD + [""]]
    for n, (l1, l2, name, *values) in enumerate(ROWS, 1):
        rows += [[str(n), l1, l2, name, item, str(v), ""] for item, v in zip(ITEMS, values)]
    rows.append(["", "", "", "自评等级", "", "优", ""])

    def doc(beside: str) -> Document:
        at = dict(file="s.scan.pdf", block=0, page=1)
        cells = [Cell(text=x, row=r, col=c, loc=Location(table=0, row=r, col=c, **at), confidence=0.95)
                 for r, row in enumerate(rows) for c, x in enumerate(row) if c < 6]
        cells.append(Cell(text=beside, row=0, col=6, rowspan=len(rows), loc=Location(table=0, row=0, col=6, **at),
                          confidence=0.95))
        return Document(source="s.scan.pdf", format="pdf", sha256="", pages=1, blocks=[
            Table(index=0, n_rows=len(rows), n_cols=7, cells=cells, loc=Location(table=0, **at))])
    recs = normalize_document(doc(""))
    assert [(i.level3, i.target.q.raw, i.score.q.raw) for i in recs.indicators] == [
        ("大豆高产示范面积", "≥5万亩", "10"), ("良种纯度达标率", "≥98%", "6"), ("示范区大豆亩产", "≥180公斤", "9.5")]
    assert normalize_document(doc("备注：见附件")).indicators == []


def _keyed(tmp_path, sep="/", depth=3):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "2023年某县蜜橘产业项目"])
    ws.append(["字段路径", "", "", "", "", "字段值"])
    for l1, l2, name, *values in ROWS:
        for item, v in zip(ITEMS, values):
            ws.append([sep.join((l1, l2, name)[3 - depth:] + (item,)), "", "", "", "", v])
    ws.append(["自评等级", "", "", "", "", "优"])
    path = tmp_path / "keyed.xlsx"
    wb.save(path)
    return normalize_document(read_document(path))


def test_path_keyed_values_read_as_a_row_per_indicator_and_are_said(tmp_path):
    """1842: a key / value export whose every key is a PATH (产出指标/数量指标/name/年度指标值 | ≥5万亩): split into
    its levels, name and field, then read as the long form, both said; a full-width slash the same; paths of
    the name and field alone give the names without levels."""
    recs = _keyed(tmp_path)
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [("产出指标", "数量指标", "大豆高产示范面积", "≥5万亩", "5.2万亩", Decimal(10), Decimal(10)),
                   ("产出指标", "质量指标", "良种纯度达标率", "≥98%", "99%", Decimal(6), Decimal(6)),
                   ("效益指标", "经济效益指标", "示范区大豆亩产", "≥180公斤", "171公斤", Decimal(10), Decimal("9.5"))]
    assert any("字段路径" in w for w in recs.warnings)
    assert [i.level3 for i in _keyed(tmp_path, "／").indicators] == [r[2] for r in ROWS]
    assert [i.level3 for i in _keyed(tmp_path, "/", 1).indicators] == [r[2] for r in ROWS]
