"""A table laid out RIGHT TO LEFT on a web page (dir="rtl", or CSS direction: rtl on it or above it):
a row's first cell is drawn at the right, so the columns are read in the order the page shows them
(extract.html_reader._right_to_left), and said. Made up in the shape of corpus/native 1358 (a bilingual
site's right-to-left template whose cells were typed in mirror order so that the form prints as usual)."""
from jixiao.normalize import normalize_document

from .documents import html_page

HEADS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")


def _page(attr: str, style: str = "") -> str:
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in reversed(HEADS)) + "</tr>",
            '<tr><td>10</td><td>10</td><td>5120亩</td><td>≥5000亩</td><td>标准化果园建设</td>'
            '<td rowspan="2">数量指标</td><td rowspan="2">产出指标</td></tr>',
            "<tr><td>9</td><td>10</td><td>1400亩</td><td>≥1500亩</td><td>低产园改造</td></tr>"]
    return (f"<html><head><style>{style}</style></head><body><table><tr><th>项目名称</th><td colspan='3'>某县果业项目</td></tr>"
            f"<tr><th>主管部门</th><td>某县农业农村局</td><th>实施单位</th><td>某县果业站</td></tr></table>"
            f"<p>绩效指标完成情况</p><table {attr}>{''.join(rows)}</table></body></html>")


def test_a_right_to_left_table_is_read_in_the_order_it_is_shown_and_said(tmp_path):
    """Issue 21 (1358.html): a <table dir="rtl"> typed 得分 … 一级指标 read in markup order: its rows read, but the
    project's name lost (said only as lost). Its columns are the page's, left to right, and that is said."""
    for attr, style in (('dir="rtl"', ""), ('class="ug"', "table.ug{direction:rtl}"), ('dir="rtl" class="x"', "td{direction:ltr}")):
        doc = html_page(tmp_path, _page(attr, style))
        t = doc.tables()[1]
        assert t.grid()[0] == list(HEADS), attr
        assert t.grid()[1][:2] == ["产出指标", "数量指标"]
        assert t.grid()[2] == ["", "", "低产园改造", "≥1500亩", "1400亩", "10", "9"]
        assert any("从右到左" in w and "一级指标" in w for w in doc.warnings), doc.warnings
        recs = normalize_document(doc)
        assert [i.level3 for i in recs.indicators] == ["标准化果园建设", "低产园改造"]
        assert recs.projects[0].name == "某县果业项目"


def test_a_left_to_right_table_is_as_it_was(tmp_path):
    doc = html_page(tmp_path, _page('dir="ltr"'))
    assert doc.tables()[1].grid()[0] == list(reversed(HEADS)) and not doc.warnings
