"""A cell with rowspan="0" spans the rest of its ROW GROUP (HTML's table model: to the end of the <thead> /
<tbody> / <tfoot> holding it), so its rows are not shifted under it (extract.html_reader._group_ends). Made up in
the shape of corpus/native 1919 (one <tbody> per level 1, its level-1 cell and its last level-2 cell rowspan="0")."""
from jixiao.normalize import normalize_document

from .documents import html_page

HEADS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")


def _page(zero: str = "0") -> str:
    body1 = ("<tbody>"
             f'<tr><td rowspan="{zero}">产出指标</td><td rowspan="2">数量指标</td><td>新建基地</td><td>≥2万亩</td>'
             "<td>2.05万亩</td><td>8</td><td>8</td></tr>"
             "<tr><td>培训种植户</td><td>≥1500人次</td><td>1580人次</td><td>6</td><td>6</td></tr>"
             f'<tr><td rowspan="{zero}">质量指标</td><td>良种纯度</td><td>≥98%</td><td>98.6%</td><td>8</td><td>8</td></tr>'
             "</tbody>")
    body2 = ("<tbody>"
             f'<tr><td rowspan="{zero}">满意度指标</td><td rowspan="{zero}">服务对象满意度指标</td><td>种植户满意度</td>'
             "<td>≥90%</td><td>93.7%</td><td>10</td><td>10</td></tr>"
             "<tr><td>企业满意度</td><td>≥85%</td><td>90.5%</td><td>10</td><td>10</td></tr>"
             "</tbody>")
    return ("<html><body><table><tr><th>项目名称</th><td colspan='3'>某县青稞项目</td></tr>"
            "<tr><th>主管部门</th><td>某县农业农村局</td><th>实施单位</th><td>某县农技中心</td></tr></table>"
            "<p>绩效指标完成情况</p><table><thead><tr>" + "".join(f"<th>{h}</th>" for h in HEADS)
            + "</tr></thead>" + body1 + body2 + "</table></body></html>")


def test_rowspan_zero_spans_the_rest_of_its_row_group(tmp_path):
    """Issue 1919.html: rowspan="0" read as 1, so every row under a level-1 cell so spanned lost a column: three
    rows named unread (三级指标一栏为数值…疑为合并单元格丢失造成错位). The cell spans to its <tbody>'s end, and no further."""
    doc = html_page(tmp_path, _page())
    t = doc.tables()[1]
    assert t.grid()[2] == ["", "", "培训种植户", "≥1500人次", "1580人次", "6", "6"]
    assert t.grid()[4][:3] == ["满意度指标", "服务对象满意度指标", "种植户满意度"]
    assert t.grid()[5][:3] == ["", "", "企业满意度"]
    recs = normalize_document(doc)
    assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建基地"), ("产出指标", "数量指标", "培训种植户"), ("产出指标", "质量指标", "良种纯度"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度"), ("满意度指标", "服务对象满意度指标", "企业满意度")]


def test_a_counted_rowspan_is_as_it_was(tmp_path):
    doc = html_page(tmp_path, _page("3").replace('rowspan="3">质量指标', 'rowspan="1">质量指标')
                    .replace('rowspan="3">服务对象', 'rowspan="2">服务对象').replace('rowspan="3">满意度', 'rowspan="2">满意度'))
    recs = normalize_document(doc)
    assert len(recs.indicators) == 5 and recs.indicators[4].level2 == "服务对象满意度指标"
