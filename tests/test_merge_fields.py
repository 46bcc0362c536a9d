"""A Word directory mail merge whose fields were never unlinked (1912): each record a paragraph of MERGEFIELD
fields whose results the page shows apart by spaces, the column names only in the fields' instructions. A run
of such paragraphs is read as the data source's table (header the field names, a row per paragraph, a group
line's level fields a row of their own), said; a sentence with a merged value in it, or one merged line, is
read as the paragraph it is."""
from io import BytesIO

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jixiao.extract import read_bytes
from jixiao.normalize import normalize_document


def _field(p, name: str, value: str) -> None:
    for kind in ("begin", "instr", "separate", "result", "end"):
        r = OxmlElement("w:r")
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.text = f" MERGEFIELD {name} \\* MERGEFORMAT "
        elif kind == "result":
            e = OxmlElement("w:t")
            e.text = value
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        r.append(e)
        p._p.append(r)


def _line(d, fields, sep="\u3000\u3000"):
    p = d.add_paragraph()
    for k, (name, value) in enumerate(fields):
        if k:
            p.add_run(sep)
        _field(p, name, value)
    return p


NAMES = ("三级指标", "年度指标值", "实际完成值", "分值", "得分")


def _document(records, letter: bool = False) -> bytes:
    d = docx.Document()
    d.add_paragraph("项目名称：测试项目")
    if letter:
        p = d.add_paragraph("尊敬的")
        _field(p, "姓名", "张三")
        p.add_run("：您的得分为")
        _field(p, "得分", "10")
        p.add_run("分。")
    for group, rows in records:
        _line(d, [("一级指标", group[0]), ("二级指标", group[1])], sep="——")
        for r in rows:
            _line(d, list(zip(NAMES, r)))
    out = BytesIO()
    d.save(out)
    return out.getvalue()


def test_merge_field_records_are_the_data_sources_table():
    data = _document([(("产出指标", "数量指标"), [("新建温室", "≥600座", "612座", "60", "60"),
                                                  ("培训菜农", "≥3000人次", "3080人次", "20", "20")]),
                      (("满意度指标", "服务对象满意度指标"), [("菜农满意度", "≥90%", "92%", "20", "20")])])
    d = read_bytes(data, "t.docx")
    (t,) = d.tables()
    grid = t.grid()
    assert grid[0] == ["一级指标", "二级指标", *NAMES]
    assert grid[1][:2] == ["产出指标", "数量指标"] and grid[2] == ["", "", "新建温室", "≥600座", "612座", "60", "60"]
    assert any("MERGEFIELD" in w for w in d.warnings), d.warnings
    recs = normalize_document(d, name="t.docx")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "新建温室", "≥600座", "612座"), ("产出指标", "数量指标", "培训菜农", "≥3000人次", "3080人次"),
        ("满意度指标", "服务对象满意度指标", "菜农满意度", "≥90%", "92%")]


def test_a_letters_merged_sentence_or_one_merged_line_is_no_table():
    d = read_bytes(_document([(("产出指标", "数量指标"), [("新建温室", "≥600座", "612座", "60", "60")])], letter=True),
                   "t.docx")
    assert not d.tables()
    assert any("尊敬的张三" in b.text for b in d.paragraphs())
    assert not any("MERGEFIELD" in w for w in d.warnings)
