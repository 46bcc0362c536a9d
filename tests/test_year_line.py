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


def _doc_of(year: str, first: str, second: str):
    return document(f"项目支出绩效自评表（{year}年度）",
                    [["项目名称", "测试项目", "", "", "", "", ""],
                     ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                     ["产出指标", "数量指标", "新建大棚", first, "312座", "50", "50"],
                     ["产出指标", "时效指标", "完成时间", second, "2024年10月20日", "50", "50"],
                     ["总分", "", "", "", "", "100", "100"]])


def test_years_in_brackets_after_the_values_label_them():
    # fixleft72: ≥300座（2024年） ⏎ ≥200座（2025年）, the label closing each value
    r = normalize_document(_doc_of("2024", "≥300座（2024年）\n≥200座（2025年）",
                                   "2024年10月31日前(2024年度)\n2025年10月31日前(2025年度)"))
    assert [i.target.q.raw for i in r.indicators] == ["≥300座", "2024年10月31日前"]
    assert r.indicators[0].target.q.value == 300
    assert "按年度分列" in r.indicators[0].note


def test_a_year_without_nian_or_with_niandu_opens_its_value():
    # fixleft72: 2024：≥300座 ⏎ 2025：≥200座, and 2024年度：… labels
    r = normalize_document(_doc_of("2025", "2024：≥300座\n2025：≥200座",
                                   "2024年度：2024年10月31日前\n2025年度：2025年10月31日前"))
    assert [i.target.q.raw for i in r.indicators] == ["≥200座", "2025年10月31日前"]


def test_one_bracketed_year_is_no_list():
    r = normalize_document(_doc_of("2024", "≥300座（2024年）", "2024年10月31日前"))
    assert "按年度分列" not in (r.indicators[0].note or "")


def test_labels_on_both_sides_label_their_lines():
    # fixleft73: 2024年：≥300座 ⏎ ≥200座（2025年）, one label opening its line, the other closing its own
    r = normalize_document(_doc_of("2025", "2024年：≥300座\n≥200座（2025年）",
                                   "2024年10月31日前（2024年）\n2025年：2025年10月31日前"))
    assert [i.target.q.raw for i in r.indicators] == ["≥200座", "2025年10月31日前"]
    assert "按年度分列" in r.indicators[0].note


def test_a_line_without_its_label_is_no_list_of_both_sides():
    r = normalize_document(_doc_of("2024", "2024年：≥300座\n≥200座", "2024年10月31日前"))
    assert "按年度分列" not in (r.indicators[0].note or "")
