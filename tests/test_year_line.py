"""A target cell stating each year's value on a line of its own, opened by the year (1811: 2024年：≥300座 ⏎
2025年：≥200座, a two-year project's form): the line of the year the report evaluates is the row's target
(normalize/year_pairs.year_line), noted; where that year is not among the lines, nothing is read, and said."""
from jixiao.normalize import normalize_document

from .documents import document


def _doc(year: str):
    return document(f"项目支出绩效自评表（{year}年度）",
                    [["项目名称", "测试项目", "", "", "", "", ""],
                     ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                     ["产出指标", "数量指标", "新建大棚", "2024年：≥300座\n2025年：≥200座", "312座", "50", "50"],
                     ["产出指标", "时效指标", "完成时间", "2024年：2024年10月31日前\n2025年：2025年10月31日前",
                      "2024年10月20日", "50", "50"],
                     ["总分", "", "", "", "", "100", "100"]])


def test_the_report_years_line_is_the_target():
    r = normalize_document(_doc("2024"))
    assert [i.target.q.raw for i in r.indicators] == ["≥300座", "2024年10月31日前"]
    assert r.indicators[0].target.q.value == 300 and r.indicators[0].target.q.unit == "座"
    assert "按年度分列" in r.indicators[0].note


def test_no_line_of_the_report_year_is_read_and_said():
    r = normalize_document(_doc("2023"))
    assert r.indicators[0].target is None or r.indicators[0].target.q.op == "empty"
    assert any("按年度分列" in w and "未读取" in w for w in r.warnings)
