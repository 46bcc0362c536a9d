"""A table typing each level word once, on the LAST row of its run, nothing merged (corpus/native 1980): an empty
level cell takes the words written first below it, not those above, which closed another run. Told from the middle
row's way (1738) by the level grammar: a level-1 word there is followed by a level 2 of its own."""
from jixiao.normalize import normalize_document
from jixiao.normalize.tables import _Cols, _levels_close_runs

from .documents import html_page

ROWS = [("", "", "建设烘干房", "≥20座", "21座", "6", "6"),
        ("", "数量指标", "培训椒农", "≥1500人次", "1580人次", "6", "6"),
        ("产出指标", "质量指标", "抽检合格率", "≥98%", "99.2%", "8", "8"),
        ("", "经济效益指标", "亩均产量", "≥100公斤", "88公斤", "8", "7.04"),
        ("效益指标", "可持续影响指标", "社会化服务体系", "基本建立", "基本建立", "8", "8"),
        ("", "", "椒农满意度", "≥90%", "92.8%", "10", "10"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥85%", "88.0%", "10", "10")]


def _page(rows) -> str:
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    trs = ["<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"]
    trs += ["<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows]
    return ("<html><body><table><tr><th>项目名称</th><td colspan='3'>某县花椒产业发展项目</td></tr>"
            "<tr><th>主管部门</th><td>某县农业农村局</td><th>实施单位</th><td>某县经济作物站</td></tr></table>"
            "<p>绩效指标完成情况</p><table>" + "".join(trs) + "</table></body></html>")


def test_level_words_on_the_last_row_of_their_run(tmp_path):
    """Issue 1980.xlsx / .xls / .pdf: 椒农满意度 (levels empty, between 效益指标 above and 满意度指标 below) was read
    under 效益指标 / 可持续影响指标, with nothing said."""
    recs = normalize_document(html_page(tmp_path, _page(ROWS)))
    assert [(i.level1, i.level2) for i in recs.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "经济效益指标"),
        ("效益指标", "可持续影响指标"), ("满意度指标", "服务对象满意度指标"), ("满意度指标", "服务对象满意度指标")]


def test_words_in_the_middle_of_their_runs_are_no_such_table():
    cols = _Cols(level1=0, level2=1, level3=2, target=3, actual=4, weight=5, score=6)
    middle = [("", "数量指标", "a", "1", "1", "1", "1"), ("产出指标", "质量指标", "b", "1", "1", "1", "1"),
              ("", "时效指标", "c", "1", "1", "1", "1"), ("", "", "d", "1", "1", "1", "1"),
              ("效益指标", "社会效益指标", "e", "1", "1", "1", "1"), ("", "", "f", "1", "1", "1", "1")]
    assert not _levels_close_runs([list(x) for x in middle], 0, cols)
    assert _levels_close_runs([list(x) for x in ROWS], 0, cols)
