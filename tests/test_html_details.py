"""Indicators given on a web page as disclosure widgets: a <details> per indicator, its <summary> the
name and its content one line of 标签：值 boxes (extract.html_reader _summary_pairs: one row, as an item's
name and its <dl>), the 二级指标 among the labelled values (normalize.labelled_rows: a level label over a
level word is the row's level). Made up in the shape of corpus/native 751."""
from jixiao.normalize import normalize_document

from .documents import html_page


def _item(name, level2, target, actual, weight, score):
    pairs = (("二级指标", level2), ("年度指标值", target), ("实际完成值", actual), ("分值", weight), ("得分", score))
    return (f"<details open><summary>{name}</summary><div>"
            + "".join(f"<span>{t}：{v}</span>" for t, v in pairs) + "</div></details>")


PAGE = ("<html><body><h1>项目支出绩效自评表</h1><details open><summary>产出指标</summary>"
        + _item("养护道路里程", "数量指标", "≥120公里", "126公里", "20", "20")
        + _item("每公里养护成本", "成本指标", "≤3万元", "2.9万元", "10", "10")
        + "</details><details open><summary>说明</summary><p>本表按年度填报。</p></details></body></html>")


def test_a_summary_and_its_line_of_labelled_values_are_one_row(tmp_path):
    tables = html_page(tmp_path, PAGE).tables()
    assert [[c.text for c in t.rows()[0]] for t in tables] == [
        ["养护道路里程", "二级指标：数量指标", "年度指标值：≥120公里", "实际完成值：126公里", "分值：20", "得分：20"],
        ["每公里养护成本", "二级指标：成本指标", "年度指标值：≤3万元", "实际完成值：2.9万元", "分值：10", "得分：10"]]


def test_the_labelled_level_is_the_rows_level(tmp_path):
    recs = normalize_document(html_page(tmp_path, PAGE), name="page.html")
    assert [(i.level1, i.level2_raw, i.level3, i.actual.raw, str(i.score.value)) for i in recs.indicators] == [
        ("产出指标", "数量指标", "养护道路里程", "126公里", "20"), ("产出指标", "成本指标", "每公里养护成本", "2.9万元", "10")]
