"""A head cell naming a level 2 and then the indicator's name, parted by a mark (二级指标：三级指标, 二级指标／三级指标),
heads a column of names each led by its level 2 (数量指标：建设标准化养殖场), as 270's 指标名称 column was: the cells
are parted by level2_lead, not read whole as names with the level 2 lost. Made up in the shape of corpus/native
1982 (一级指标 rowspan, no level-2 column)."""
from jixiao.normalize import normalize_document
from jixiao.normalize.indicator_header import _names_level2_then_name

from .documents import html_page


def _page(head: str) -> str:
    heads = ("一级指标", head, "年度指标值", "实际完成值", "分值", "得分")
    rows = [('<td rowspan="2">产出指标</td>', "数量指标", "建设标准化养殖场", "≥15个", "15个", "6", "6"),
            ("", "质量指标", "肉牛免疫密度", "100%", "100%", "8", "8"),
            ('<td rowspan="2">满意度指标</td>', "服务对象满意度指标", "养殖户满意度", "≥90%", "93.0%", "10", "10"),
            ("", "服务对象满意度指标", "屠宰企业满意度", "≥85%", "89.5%", "10", "10")]
    trs = ["<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"]
    trs += [f"<tr>{r[0]}<td>{r[1]}：{r[2]}</td>" + "".join(f"<td>{v}</td>" for v in r[3:]) + "</tr>" for r in rows]
    return ("<html><body><table><tr><th>项目名称</th><td colspan='3'>某县肉牛产业发展项目</td></tr>"
            "<tr><th>主管部门</th><td>某县农业农村局</td><th>实施单位</th><td>某县畜牧工作站</td></tr></table>"
            "<p>绩效指标完成情况</p><table>" + "".join(trs) + "</table></body></html>")


def test_a_head_naming_a_level_2_and_the_name():
    for head in ("二级指标：三级指标", "二级指标/三级指标", "二级指标 — 三级指标", "二级指标：指标名称"):
        assert _names_level2_then_name(head)
    for head in ("二级指标", "二级指标名称", "三级指标", "一级指标/二级指标", "二级指标：说明"):
        assert not _names_level2_then_name(head)


def test_names_led_by_their_level_2_under_such_a_head(tmp_path):
    """Issue 1982.html / .pdf: the head 二级指标：三级指标 read as a level-2 head, no name column found, the table read
    as headless and every name kept whole with its level 2 (数量指标：改良肉牛冻精配种) and no level 2."""
    for head in ("二级指标：三级指标", "二级指标／三级指标"):
        recs = normalize_document(html_page(tmp_path, _page(head)))
        assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
            ("产出指标", "数量指标", "建设标准化养殖场"), ("产出指标", "质量指标", "肉牛免疫密度"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度"), ("满意度指标", "服务对象满意度指标", "屠宰企业满意度")]
