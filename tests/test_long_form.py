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
