"""A group row naming the levels as a path, 产出指标 › 数量指标 (a breadcrumb's single or double angle mark,
› » 〉), gives the rows under it their level 1 and level 2, as 产出指标＞数量指标 did (columns.level_pair). Made up in
the shape of corpus/native 1955 (no level columns: a row of one cell across the table before each level-2 run)."""
from jixiao.normalize import normalize_document
from jixiao.normalize.columns import level_pair

from .documents import html_page


def _page(mark: str) -> str:
    heads = ("序号", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    rows = [("产出指标", "数量指标", [("1", "建设制种基地", "≥20万亩", "20.5万亩", "8", "8"),
                                    ("2", "培训制种农户", "≥3000人次", "3150人次", "6", "6")]),
            ("产出指标", "质量指标", [("3", "田间检验合格率", "≥98%", "99.1%", "8", "8")]),
            ("满意度指标", "服务对象满意度指标", [("4", "制种农户满意度", "≥90%", "94.0%", "10", "10")])]
    trs = ["<tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>"]
    for l1, l2, items in rows:
        trs.append(f'<tr><td colspan="6"><b>{l1} {mark} {l2}</b></td></tr>')
        trs += ["<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in items]
    return ("<html><body><table><tr><th>项目名称</th><td colspan='3'>某县玉米制种项目</td></tr>"
            "<tr><th>主管部门</th><td>某县农业农村局</td><th>实施单位</th><td>某县种子管理站</td></tr></table>"
            "<p>绩效指标完成情况</p><table>" + "".join(trs) + "</table></body></html>")


def test_a_breadcrumb_mark_parts_two_level_names():
    for mark in ("›", "»", "〉", " › "):
        assert level_pair(f"产出指标{mark}数量指标") == ("产出指标", "数量指标")
    assert level_pair("满意度指标 › 服务对象满意度指标") == ("满意度指标", "服务对象满意度指标")
    assert level_pair("新建基地 › 20万亩") is None    # words that are no level names stay words


def test_path_rows_give_their_levels(tmp_path):
    """Issue 1955.html / .pdf: the path rows (产出指标 › 数量指标) were read as nothing and every indicator's level 1
    and level 2 left empty, with nothing said."""
    for mark in ("›", "»"):
        recs = normalize_document(html_page(tmp_path, _page(mark)))
        assert [(i.level1, i.level2, i.level3) for i in recs.indicators] == [
            ("产出指标", "数量指标", "建设制种基地"), ("产出指标", "数量指标", "培训制种农户"),
            ("产出指标", "质量指标", "田间检验合格率"), ("满意度指标", "服务对象满意度指标", "制种农户满意度")]


def test_a_path_row_whose_mark_ocr_lost_is_split_where_both_names_read():
    """Issue 1955.scan: OCR dropped the ›, so the row read 产出指标数量指标 and every level 2 was the whole text. A
    section row run together from a level 1 and a level 2 under it is parted where both sides read as levels (as
    indicator_row._split_levels parts a level cell); a level name of its own stays whole."""
    from jixiao.normalize.tables import _section_levels
    assert _section_levels(["产出指标数量指标", "", ""], 0, "") == ("产出指标", "数量指标")
    assert _section_levels(["满意度指标服务对象满意度指标", "", ""], 0, "") == ("满意度指标", "服务对象满意度指标")
    assert _section_levels(["产出数量指标", "", ""], 0, "产出指标") == ("产出指标", "产出数量指标")
    assert _section_levels(["数量指标", "", ""], 0, "产出指标") == ("产出指标", "数量指标")
