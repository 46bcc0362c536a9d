"""An indicator table transposed in bands, one per level 1: the level a cell merged down the band's rows, the field
labels (二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分) down the next column, an indicator a column
(normalize.table_views.level_column_band; sheets made up in the shape of corpus/native 1663)."""
from decimal import Decimal

import openpyxl

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

LABELS = ("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")


def _band(ws, y: int, level1: str, rows: list[tuple]) -> int:
    ws.cell(row=y, column=1, value=level1)
    ws.merge_cells(start_row=y, start_column=1, end_row=y + 5, end_column=1)
    for j, label in enumerate(LABELS):
        ws.cell(row=y + j, column=2, value=label)
        for i, r in enumerate(rows):
            ws.cell(row=y + j, column=3 + i, value=r[j])
    return y + 7


def test_bands_whose_level_is_a_merged_first_cell_read_as_transposed_tables(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目支出绩效自评表"
    ws["A2"] = "项目名称"
    ws["B2"] = "2023年某县道路养护项目"
    ws["A3"] = "绩效指标完成情况"
    y = _band(ws, 4, "产出指标", [("数量指标", "养护道路里程", "≥120公里", "126公里", 20, 20),
                                  ("数量指标", "新建港湾式停靠站", "≥8个", "6个", 10, 7.5),
                                  ("时效指标", "养护工程完工时间", "2023年10月31日前", "2023年10月20日", 10, 10)])
    _band(ws, y, "满意度指标", [("服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", 10, 10),
                                ("服务对象满意度指标", "驾乘人员满意度", "≥85%", "90%", 10, 10)])
    path = tmp_path / "bands.xlsx"
    wb.save(path)
    recs = normalize_document(read_document(path))
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "数量指标", "新建港湾式停靠站", "≥8个", "6个", Decimal(10), Decimal("7.5")),
        ("产出指标", "时效指标", "养护工程完工时间", "2023年10月31日前", "2023年10月20日", Decimal(10), Decimal(10)),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", Decimal(10), Decimal(10)),
        ("满意度指标", "服务对象满意度指标", "驾乘人员满意度", "≥85%", "90%", Decimal(10), Decimal(10)),
    ]
