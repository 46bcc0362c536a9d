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


def _select(chosen: str | None, words=("产出指标", "效益指标"), placeholder: bool = True) -> str:
    opts = "".join(f'<option value="{w}"{" selected" if w == chosen else ""}>{w}</option>' for w in words)
    return f'<select disabled>{"<option value="">--请选择--</option>" if placeholder else ""}{opts}</select>'


def test_a_select_shows_its_chosen_option_not_its_list(tmp_path):
    # a 填报系统 row (859): the level a <select> listing every level word, one selected; a select with
    # nothing chosen shows its placeholder (no value); a list box (multiple) shows every option, none chosen
    cells = [_select("效益指标"), "<span>带动农户增收</span>", "<span>≥1800户</span>",
             "<textarea readonly>1850户</textarea>", "<span>10</span>", "<output>10</output>"]
    page = ("<html><body><form><p>审核状态：" + _select(None, ("通过", "退回")) + "</p>"
            "<p>附件：<select multiple><option selected>佐证材料.pdf</option><option>照片.zip</option></select></p>"
            "<p>区划：" + _select(None, ("甲乡", "乙乡"), placeholder=False) + "</p><div role='table'><div role='row'>" +
            "".join(f"<div role='columnheader' style='display:inline-block'>{h}</div>"
                    for h in ("一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")) + "</div>"
            "<div role='row'>" + "".join(f"<div role='cell' style='display:inline-block'>{c}</div>" for c in cells) +
            "</div></div></form></body></html>")
    doc = html_page(tmp_path, page)
    text = " ".join(c.text for t in doc.tables() for row in t.rows() for c in row) + \
        " ".join(b.text for b in doc.blocks if hasattr(b, "text"))
    assert "效益指标" in text and "产出指标" not in text and "请选择" not in text
    assert "佐证材料" not in text and "甲乡" in text and "乙乡" not in text
    recs = normalize_document(doc, name="page.html")
    assert [(i.level1, i.level3, i.actual.raw) for i in recs.indicators] == [("效益指标", "带动农户增收", "1850户")]
