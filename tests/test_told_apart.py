"""An indicator told in two halves far apart, its target line in one list and its result line in another
(normalize.told_apart): joined by the name into the line it stands for, read under its level heading, said;
halves that do not all pair are left as they were."""
from decimal import Decimal

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

ROWS = [("产出指标", "数量指标", "蜜柚低效园改造", "≥12000亩", "12300亩", "10", "10"),
        ("产出指标", "数量指标", "培训柚农", "≥3000人次", "3100人次", "6", "6"),
        ("效益指标", "生态效益指标", "果园土壤酸化治理面积", "≥10000亩", "8000亩", "6", "4.8")]


def _page(tmp_path, rows, drop_result=None):
    def panel(side):
        out = []
        for l1, l2, name, t, a, w, s in rows:
            out.append(f"<h5>{l1} · {l2}</h5>")
            if side == "t":
                out.append(f"<p>{name}：年度指标值{t}，分值{w}分</p>")
            elif name != drop_result:
                out.append(f"<p>{name}：实际完成{a}，得分{s}分</p>")
        return "".join(out)
    html = ("<html><body><h1>项目支出绩效自评表</h1><p>项目名称：2023年某县蜜柚产业项目</p>"
            f"<div><section><p>年度绩效目标</p>{panel('t')}</section><section><p>实际完成情况</p>{panel('r')}"
            "</section></div></body></html>")
    path = tmp_path / "apart.html"
    path.write_text(html, encoding="utf-8")
    return normalize_document(read_document(path))


def test_target_and_result_lines_apart_are_joined_by_the_name_and_said(tmp_path):
    recs = _page(tmp_path, ROWS)
    got = [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw, i.weight.q.value, i.score.q.value)
           for i in recs.indicators]
    assert got == [("产出指标", "数量指标", "蜜柚低效园改造", "≥12000亩", "12300亩", Decimal(10), Decimal(10)),
                   ("产出指标", "数量指标", "培训柚农", "≥3000人次", "3100人次", Decimal(6), Decimal(6)),
                   ("效益指标", "生态效益指标", "果园土壤酸化治理面积", "≥10000亩", "8000亩", Decimal(6), Decimal("4.8"))]
    assert any("分两处列出" in w for w in recs.warnings)


def test_halves_that_do_not_all_pair_are_not_joined(tmp_path):
    recs = _page(tmp_path, ROWS, drop_result="培训柚农")
    assert not any("分两处列出" in w for w in recs.warnings)
