"""Ruby (w:ruby, Word's phonetic guide): the annotation is drawn small ABOVE its base, so a paragraph
of ruby reads as the line of annotations over the line of bases (extract.docx_reader._para_parts), not
as each annotation glued before its base. Made up in the shape of corpus/native 803, whose field names
stand as ruby over each value."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def _ruby(base: str, over: str) -> str:
    return (f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/>'
            f'<w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>{over}</w:t></w:r></w:rt>'
            f'<w:rubyBase><w:r><w:t>{base}</w:t></w:r></w:rubyBase></w:ruby></w:r>')


def _line(wd, pairs):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p = wd.add_paragraph()
    for k, (base, over) in enumerate(pairs):
        if k:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">\u3000\u3000</w:t></w:r>'))
        p._p.append(parse_xml(_ruby(base, over).replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))


HEAD = ("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")


def test_ruby_annotations_read_as_the_line_over_their_bases(tmp_path):
    import docx
    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    _line(wd, [("产出指标", "一级指标")])
    _line(wd, zip(("数量指标", "养护道路里程", "≥120公里", "126公里", "20", "20"), HEAD))
    _line(wd, zip(("成本指标", "每公里养护成本", "≤3万元", "2.9万元", "10", "9.50"), HEAD))
    f = tmp_path / "r.docx"
    wd.save(f)
    doc = read_document(f)
    texts = [b.text for b in doc.blocks if hasattr(b, "text")]
    assert texts[1] == "一级指标\n产出指标"
    assert texts[2] == "二级指标\u3000\u3000三级指标\u3000\u3000年度指标值\u3000\u3000实际完成值\u3000\u3000分值\u3000\u3000得分\n" \
                       "数量指标\u3000\u3000养护道路里程\u3000\u3000≥120公里\u3000\u3000126公里\u3000\u300020\u3000\u300020"
    recs = normalize_document(doc, name="r.docx")
    assert [(i.level1, i.level2, i.level3, i.target.raw, i.actual.raw) for i in recs.indicators] == [
        ("产出指标", "数量指标", "养护道路里程", "≥120公里", "126公里"),
        ("产出指标", "成本指标", "每公里养护成本", "≤3万元", "2.9万元")]
