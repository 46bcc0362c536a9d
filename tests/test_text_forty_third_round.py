"""Text as it comes, forty-third round (set 1720-1725): Word's 'XML document' as a flat OPC package, a MoinMoin
page's tables (span attributes, <<BR>>; a cell attribute <tablewidth> no page's <table>), and a TiddlyWiki cell's
<br> and ''bold'' marks."""
from jixiao.extract import read_document
from jixiao.extract.sniff import sniff
from tests.text_rows import LEVELS, ROWS, body_rows, indicator_rows, levels, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _flat_opc(rows: list[list[str]]) -> str:
    def cell(text, merge=""):
        vm = '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>" if merge else ""
        runs = "".join(f"<w:r><w:t>{t}</w:t></w:r>" for t in ([text[:1], text[1:]] if text else []))
        return f"<w:tc><w:tcPr>{vm}</w:tcPr><w:p>{runs}</w:p></w:tc>"
    trs = ["<w:tr>" + "".join(cell(h) for h in HEAD) + "</w:tr>"]
    for r in rows:
        trs.append("<w:tr>" + cell(r[0], "restart" if r[0] else "continue") + "".join(cell(c) for c in r[1:]) + "</w:tr>")
    doc = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>项目支出绩效自评表</w:t></w:r></w:p>'
           f'<w:tbl><w:tblGrid>{"<w:gridCol/>" * 8}</w:tblGrid>{"".join(trs)}</w:tbl><w:sectPr/></w:body></w:document>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    part = lambda name, ctype, xml: (f'<pkg:part pkg:name="{name}" pkg:contentType="{ctype}"><pkg:xmlData>{xml}'
                                     "</pkg:xmlData></pkg:part>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            f'<pkg:package xmlns:pkg="{PKG}">'
            + part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml", rels)
            + part("/word/document.xml",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", doc)
            + "</pkg:package>")


def test_a_flat_opc_word_xml_document_is_read_as_the_docx_its_parts_make(tmp_path):
    """Word's 'Word XML 文档': every part of the .docx in one XML file (pkg:package / pkg:part / pkg:xmlData); it
    was sniffed as a Word 2003 XML document (its mso-application line) and LibreOffice's conversion read nothing."""
    f = written(tmp_path, _flat_opc(body_rows()))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("平面 OPC" in w for w in read_document(f).warnings)


def test_a_moinmoin_table_reads_its_span_attributes_and_a_break(tmp_path):
    """||<|2> spans rows, ||<-7> columns, the covered cells left out of the rows below; <<BR>> breaks a line;
    '''bold''' is no text. A first cell <tablewidth="100%"> had the file sniffed as a web page's <table>."""
    rows = body_rows()
    lines = ["= 自评表 =", "", '||<tablewidth="100%"> 项目名称 ||<-7> 某项目 ||', "",
             '||<rowbgcolor="#dddddd"> ' + " || ".join(f"'''{h}'''" for h in HEAD) + " ||"]
    for k, r in enumerate(rows):
        cells = ([f"<|2> {r[0]} "] if k == 0 else [f" {r[0]} "] if r[0] else [])
        l2 = r[1].replace("社会效益指标", "社会效益<<BR>>指标")
        cells += [f" {l2} "] + [f" {c} " for c in r[2:]]
        lines.append("||" + "||".join(cells) + "||")
    lines.append("||<-5> '''总分''' || 100 || 98.72 || ||")
    text = "\n".join(lines) + "\n"
    assert sniff(text.encode()) == "text-or-binary"
    recs, got = indicator_rows(written(tmp_path, text))
    assert got == ROWS and levels(recs) == LEVELS


def test_a_tiddlywiki_cells_break_and_bold_marks_are_no_text(tmp_path):
    """<br> in a TiddlyWiki cell is a line break (it was kept in the level's name), ''…'' bold no text."""
    lines = ["title: 自评表", "type: text/vnd.tiddlywiki", "", "|" + "|".join(f"''{h}''" for h in HEAD) + "|h"]
    prev = None
    for (l1, l2), r in zip(LEVELS, ROWS):
        cells = [l1 if l1 != prev else "~", l2.replace("社会效益指标", "社会效益<br>指标"), *r,
                 "降雨偏多" if r[3] != r[4] else " "]
        lines.append("|" + "|".join(cells) + "|")
        prev = l1
    recs, got = indicator_rows(written(tmp_path, "\n".join(lines) + "\n"))
    assert got == ROWS and levels(recs) == LEVELS


def test_a_text_written_in_utf7_is_decoded_and_said(tmp_path):
    """A 'Unicode (UTF-7)' text outside a mail (no charset declared): pure ASCII whose '+…-' runs are the Chinese;
    it was read as ASCII, every name a base64 run, nothing found."""
    lines = ["\t".join(HEAD)] + ["\t".join(r) for r in body_rows()]
    f = tmp_path / "r.txt"
    f.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-7"))
    recs, got = indicator_rows(f)
    assert got == ROWS and levels(recs) == LEVELS
    assert any("UTF-7" in w for w in read_document(f).warnings)
