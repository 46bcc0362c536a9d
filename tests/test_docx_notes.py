"""Footnotes in a Word document: a cell holding nothing but a footnote reference (the figures typed as
notes at the page's foot, a mark left in the cell) reads as its note's text, and says so; a mark after
a cell's own text is only a pointer, and the note stays out of the cell."""
from jixiao.extract import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with_notes(tmp_path, notes: dict[int, str]):
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    wd = docx.Document()
    t = wd.add_table(rows=3, cols=3)
    for r, row in enumerate((["三级指标", "年度指标值", "实际完成值"], ["新建村道", "≥12公里", ""], ["维修桥梁", "≥3座", "3座"])):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for cell, k in ((t.cell(1, 2), 1), (t.cell(2, 2), 2)):
        cell.paragraphs[0]._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{k}"/></w:r>'))
    body = "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {s}</w:t>'
                   f"</w:r></w:p></w:footnote>" for k, s in notes.items())
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                f'<w:footnotes xmlns:w="{W}">{body}</w:footnotes>'.encode("utf-8"), wd.part.package)
    wd.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    f = tmp_path / "n.docx"
    wd.save(f)
    return f


def test_a_cell_of_only_a_footnote_mark_reads_as_its_notes_text(tmp_path):
    d = read_document(_docx_with_notes(tmp_path, {1: "12.5公里", 2: "经核实，含应急抢修1座"}))
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值", "实际完成值"], ["新建村道", "≥12公里", "12.5公里"],
                        ["维修桥梁", "≥3座", "3座"]]   # the mark after 3座 points to a remark, not read into the cell
    assert any("1处" in w and "脚注" in w and "12.5公里" in w for w in d.warnings), d.warnings
