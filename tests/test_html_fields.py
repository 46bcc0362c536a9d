"""A web form saved filled in: the values only in read-only <input value> fields (extract.html_reader
_shown_fields, _field_run): each row of fields is a table row, a header line of <span>s above the rows
its header, the <fieldset>'s <legend> a line of its own. Made up in the shape of corpus/native 750."""
from jixiao.normalize import normalize_document

from .documents import html_page


def _row(*values):
    return "<div>" + " ".join(f'<input type="text" readonly value="{v}">' for v in values) + "</div>"


PAGE = ("<html><body><h1>项目支出绩效自评表</h1><form action='#'>"
        "<fieldset><legend>项目基本情况</legend><div><label>项目名称</label><input readonly value='2023年某县道路养护项目'></div>"
        "<div><label>主管部门</label><input value='某县交通运输局'><label>实施单位</label><input value='某县公路站'></div>"
        "</fieldset><fieldset><legend>产出指标</legend>"
        "<div><span>二级指标</span> <span>三级指标</span> <span>年度指标值</span> <span>实际完成值</span> "
        "<span>分值</span> <span>得分</span></div>"
        + _row("数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20")
        + _row("成本指标", "每公里养护成本", "≤3万元", "2.9万元", "10", "10")
        + "</fieldset><div><input type='submit' value='提交'><input type='hidden' value='x1'></div></form>"
        "<form><input name='q' placeholder='搜索'></form></body></html>")


def test_filled_fields_are_read_as_rows(tmp_path):
    doc = html_page(tmp_path, PAGE)
    tables = doc.tables()
    assert [[c.text for c in row] for row in tables[0].rows()] == [
        ["项目名称", "2023年某县道路养护项目", "", ""], ["主管部门", "某县交通运输局", "实施单位", "某县公路站"]]
    assert [[c.text for c in row] for row in tables[1].rows()] == [
        ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20"],
        ["成本指标", "每公里养护成本", "≤3万元", "2.9万元", "10", "10"]]
    # a button's label and a hidden field are no shown text; a search box's form stays furniture
    text = " ".join(b.text for b in doc.blocks if hasattr(b, "text"))
    assert "提交" not in text and "x1" not in text and len(tables) == 2


def test_the_legend_gives_the_rows_their_level(tmp_path):
    recs = normalize_document(html_page(tmp_path, PAGE), name="page.html")
    assert [(i.level1, i.level3, i.target.raw, str(i.score.value)) for i in recs.indicators] == [
        ("产出指标", "养护道路里程", "≥120公里", "20"), ("产出指标", "每公里养护成本", "≤3万元", "10")]
