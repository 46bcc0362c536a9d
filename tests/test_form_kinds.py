"""Forms that are not the usual year-end self-evaluation, read for what they are (issue 21, seventieth
set): each test failed before its fix."""
from jixiao.extract import read_bytes
from jixiao.normalize import normalize_document
from jixiao.normalize.vocab import part_of_year
from jixiao.rules import check


def _read(lines: list[str]):
    doc = read_bytes(("\n".join(lines) + "\n").encode("utf-8"), "r.txt")
    recs = normalize_document(doc)
    return recs, sorted(f.rule for f in check(recs))


def _monitoring(result_head: str, forecast: bool = True):
    rows = [
        f"一级指标\t二级指标\t三级指标\t年度指标值\t{result_head}\t全年预计完成值\t偏差原因及拟采取措施",
        "产出指标\t数量指标\t开通公交线路\t≥42条\t20条\t42条\t/",
        "效益指标\t社会效益指标\t通公交率\t100%\t97.6%\t100%\t/",
        "满意度指标\t服务对象满意度指标\t乘客满意度\t≥90%\t92.3%\t92%\t/",
    ]
    if not forecast:
        rows = ["\t".join(x for k, x in enumerate(row.split("\t")) if k != 5) for row in rows]
    return _read(["项目名称\t测试项目"] + rows)


def test_a_result_so_far_on_a_monitoring_form_is_no_miss():
    recs, got = _monitoring("1-6月实际完成值")
    assert [i.actual.raw for i in recs.indicators] == ["20条", "97.6%", "92.3%"]   # the 1-6月 column, not the forecast
    assert {i.actual_period for i in recs.indicators} == {"1-6月"}
    assert "JX402" not in got
    # the analyst sees why a shortfall so far raised nothing: indicators.csv says the result's period
    from jixiao.nightly.schema import fields
    from jixiao.normalize import records_frames
    frame = records_frames([recs])["indicators"]
    assert "actual_period" in fields("indicators") and list(frame["actual_period"]) == ["1-6月"] * 3
    # the same table with the year's result: a miss with no reason given
    recs, got = _monitoring("实际完成值", forecast=False)
    assert {i.actual_period for i in recs.indicators} == {None}
    assert got.count("JX402") == 2


def test_part_of_year_named_in_a_header():
    assert part_of_year("1-6月\n实际完成值") == "1-6月"
    assert part_of_year("截至9月底完成值") == "截至9月底"
    assert part_of_year("10-12月完成") == "10-12月"
    assert part_of_year("前三季度实际") == "前三季度"
    for whole in ("实际完成值", "全年预计完成值", "1-12月完成值", "截至12月底完成", "2024年1-12月执行数"):
        assert part_of_year(whole) is None


def _by_place(heads: list[str], values: list[list[str]]):
    rows = ["\t".join(["一级指标", "二级指标", "三级指标", "全州年度指标值"] + heads + ["分值", "得分", "偏差原因"])]
    names = [("产出指标", "数量指标", "受益学生人数", "≥4.8万人"), ("效益指标", "社会效益指标", "供餐率", "≥95%")]
    for (l1, l2, name, target), vals in zip(names, values):
        rows.append("\t".join([l1, l2, name, target] + vals + ["10", "10", "/"]))
    return _read(["项目名称\t测试项目"] + rows)


def test_the_whole_column_is_the_result_not_a_place_s_part():
    values = [["1.62万人", "1.35万人", "1.86万人", "4.83万人"], ["98.5%", "96.2%", "97.8%", "97.6%"]]
    recs, got = _by_place(["南华县完成值", "姚安县完成值", "大姚县完成值", "全州实际完成值"], values)
    assert [i.actual.raw for i in recs.indicators] == ["4.83万人", "97.6%"]
    assert "JX401" not in got and "JX402" not in got
    # the whole unqualified, standing first
    recs, _ = _by_place(["实际完成值", "南华县完成值", "姚安县完成值", "大姚县完成值"],
                        [[v[3]] + v[:3] for v in values])
    assert [i.actual.raw for i in recs.indicators] == ["4.83万人", "97.6%"]


def test_places_without_their_whole_leave_the_result_unread_and_say_so():
    recs, got = _by_place(["南华县完成值", "姚安县完成值", "大姚县完成值"],
                          [["1.62万人", "1.35万人", "1.86万人"], ["98.5%", "96.2%", "97.8%"]])
    assert [i.actual.raw for i in recs.indicators] == ["", ""]
    assert any("各地分项完成值" in w and "南华县完成值" in w for w in recs.warnings)
    assert "JX401" not in got and "JX402" not in got


def test_rows_laid_out_as_another_header_are_not_indicators():
    def tr(*cells):
        return "<tr>" + "".join(f'<td colspan="{c[1]}">{c[0]}</td>' if isinstance(c, tuple) else f"<td>{c}</td>"
                                for c in cells) + "</tr>"
    rows = [tr("项目名称", ("测试单位", 7)),
            tr(("工作任务", 2), ("主要内容", 3), "预算数（万元）", "执行数（万元）", "执行率"),
            tr("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"),
            tr(("任务一：口岸通关", 2), ("压缩整体通关时间", 3), "760.00", "742.30", "97.67%"),
            tr("产出指标", "数量指标", "新增备案企业", "≥120家", "136家", "50", "50", ""),
            tr(("任务二：县域商业", 2), ("建设乡镇商贸中心", 3), "410.00", "380.80", "92.88%"),
            tr("效益指标", "社会效益指标", "网点覆盖率", "≥90%", "92.4%", "50", "50", ""),
            tr(("总分", 5), "100", "100", "")]
    html = "<html><body><table>" + "".join(rows) + "</table></body></html>"
    recs = normalize_document(read_bytes(html.encode("utf-8"), "r.html"))
    got = sorted(f.rule for f in check(recs))
    assert [i.level3 for i in recs.indicators] == ["新增备案企业", "网点覆盖率"]
    assert "JX302" not in got and "JX303" not in got
    said = [w for w in recs.warnings if "不计为指标" in w]
    # the row is no indicator and nothing reads its money: the warning must not say it was read
    assert len(said) == 2 and all("未读取" in w and "任务" in w for w in said)


def test_a_grade_scale_s_inclusive_bound_is_no_score_restated():
    from tests.test_rules import codes, report
    scale = "注：评价得分90分（含）以上为优，80（含）-90分为良，60分以下为差。\n"
    assert "JX501" not in codes(report(prose=scale))
    # the score stated as one figure still is compared
    assert "JX501" in codes(report(prose="本项目评价得分90分。\n"))


def test_sections_of_one_named_project_are_named_by_their_headings():
    def table(*rows):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"

    def section(heading, name):
        return f"<p>{heading}</p>" + table(("资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"),
                                           ("政府出资资金", "3,000.00", "3,200.00", "3,136.00", "98.00%")) + table(
            ("一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "权重（%）", "得分"),
            ("产出指标", "数量指标", name, "≥28公里", "28.6公里", "60", "60"),
            ("效益指标", "社会效益指标", "服务人口", "≥6万人", "6.2万人", "40", "40"),
            ("合计", "", "", "", "", "100", "100"))
    html = "<html><body>" + table(("项目名称", "城区污水管网PPP项目"), ("实施机构", "某市水务局")) + \
        section("一、建设期绩效评价（二期管网）", "管网长度") + section("二、运营期绩效评价（一期水厂）", "处理量") + \
        "</body></html>"
    recs = normalize_document(read_bytes(html.encode("utf-8"), "r.html"))
    assert [p.name for p in recs.projects] == ["城区污水管网PPP项目（建设期）", "城区污水管网PPP项目（运营期）"]
    assert [len(p.indicators) for p in recs.projects] == [2, 2]


def test_a_county_s_own_result_column_is_its_result():
    recs, _ = _by_place(["南华县完成值"], [["1.62万人"], ["98.5%"]])
    assert [i.actual.raw for i in recs.indicators] == ["1.62万人", "98.5%"]
    assert not any("各地分项完成值" in w for w in recs.warnings)
