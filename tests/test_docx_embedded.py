"""Objects embedded in a Word document (w:object / o:OLEObject): a workbook is read as part of the
document where it stands, its blocks naming the embedded part; anything else is said, not dropped."""
from io import BytesIO

from jixiao.extract import Table, read_document

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _workbook() -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["新建村道", "≥12公里", "12.5公里", 10, 10],
                ["维修桥梁", "≥3座", "3座", 10, 10]):
        ws.append(row)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def _docx_with(tmp_path, blob: bytes, content_type: str, name: str, prog_id: str):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    part = Part(PackURI(f"/word/embeddings/{name}"), content_type, blob, wd.part.package)
    rid = wd.part.relate_to(part, RT.PACKAGE)
    holder = wd.add_paragraph()
    holder._p.append(parse_xml(
        f'<w:r {nsdecls("w", "r")} xmlns:o="urn:schemas-microsoft-com:office:office"><w:object>'
        f'<o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="s1" r:id="{rid}"/></w:object></w:r>'))
    wd.add_paragraph("填表人：某某")
    f = tmp_path / "e.docx"
    wd.save(f)
    return read_document(f)


def test_an_embedded_workbook_is_read_where_its_object_stands_naming_the_part(tmp_path):
    d = _docx_with(tmp_path, _workbook(), XLSX, "Book1.xlsx", "Excel.Sheet.12")
    kinds = [type(b).__name__ for b in d.blocks]
    assert kinds == ["Paragraph", "Table", "Paragraph"]
    (t,) = d.tables()
    assert isinstance(t, Table) and t.index == 0 and t.loc.block == 1
    assert t.grid()[1] == ["新建村道", "≥12公里", "12.5公里", "10", "10"]
    cell = t.cell_at(1, 1)
    assert cell.loc.embedded == "word/embeddings/Book1.xlsx" and cell.loc.ref == "B2"
    assert "嵌入对象word/embeddings/Book1.xlsx" in cell.loc.describe()


def test_an_embedded_word_document_is_read_where_its_object_stands_naming_the_part(tmp_path):
    """Issue 21 (1228): a table pasted as a Microsoft Word 文档对象 is an OLE object (ProgID Word.Document.12)
    whose package part is a whole .docx; the page shows only its picture. Read by this reader where the object
    stands, as an embedded workbook is, its locations naming the part, not said as an object left unread."""
    import docx
    inner = docx.Document()
    t = inner.add_table(rows=2, cols=3)
    for r, row in enumerate((("三级指标", "年度指标值", "实际完成值"), ("新建村道", "≥12公里", "12.5公里"))):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    out = BytesIO()
    inner.save(out)
    d = _docx_with(tmp_path, out.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Microsoft_Word_Document.docx", "Word.Document.12")
    assert [type(b).__name__ for b in d.blocks] == ["Paragraph", "Table", "Paragraph"]
    (t,) = d.tables()
    assert t.grid()[1] == ["新建村道", "≥12公里", "12.5公里"]
    assert t.cell_at(1, 1).loc.embedded == "word/embeddings/Microsoft_Word_Document.docx"
    assert not any("未读取" in w for w in d.warnings), d.warnings


def test_an_embedded_object_that_is_no_workbook_is_said(tmp_path):
    d = _docx_with(tmp_path, b"\xd0\xcf\x11\xe0" + b"\0" * 60, "application/vnd.openxmlformats-officedocument.oleObject",
                   "oleObject1.bin", "Equation.3")
    assert not d.tables()
    assert any("嵌入对象word/embeddings/oleObject1.bin" in w and "未读取" in w for w in d.warnings)


def _docx_with_picture(tmp_path, alt: str, width_cm: float | None = None):
    import docx
    from docx.shared import Cm
    from PIL import Image
    png = tmp_path / "grid.png"
    Image.new("RGB", (40, 20), "white").save(png)
    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    wd.add_picture(str(png), width=Cm(width_cm) if width_cm else None)
    wd.inline_shapes[0]._inline.docPr.set("descr", alt)
    wd.add_paragraph("填表人：某某")
    f = tmp_path / "p.docx"
    wd.save(f)
    return read_document(f)


def test_a_pictures_alt_text_is_read_where_it_stands_and_said(tmp_path):
    """Issue 21 (857): a table pasted as a picture keeps its content for a screen reader only in the
    picture's alt text (wp:docPr descr): read there, a paragraph a line, and said; a picture with no alt
    text adds nothing."""
    doc = _docx_with_picture(tmp_path, "绩效指标表\n产出指标／数量指标／新建村道：年度指标值≥12公里，实际完成值12.5公里，分值10，得分10。")
    assert [b.text for b in doc.blocks] == [
        "项目支出绩效自评表", "绩效指标表", "产出指标／数量指标／新建村道：年度指标值≥12公里，实际完成值12.5公里，分值10，得分10。",
        "填表人：某某"]
    assert any("替代文字" in w and "2行" in w for w in doc.warnings)
    plain = _docx_with_picture(tmp_path, "")
    assert [b.text for b in plain.blocks] == ["项目支出绩效自评表", "填表人：某某"] and not plain.warnings


def test_a_wide_picture_with_no_alt_text_is_said(tmp_path):
    """Issue 21 (857.doc, whose export kept the picture and dropped its alt text): a picture at least half as
    wide as the text column, with no text and no alt text, may be a pasted table: said, not passed over; a
    small one (a logo, a seal) is not."""
    wide = _docx_with_picture(tmp_path, "", width_cm=12)
    assert [b.text for b in wide.blocks] == ["项目支出绩效自评表", "填表人：某某"]
    assert len(wide.warnings) == 1 and "1幅较宽的图片" in wide.warnings[0]
    assert not _docx_with_picture(tmp_path, "", width_cm=4).warnings


def _docx_with_svg(tmp_path, svg: str):
    """A picture as Word 2016+ inserts an SVG: a PNG blip whose extLst names the SVG part (asvg:svgBlip)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm
    from lxml import etree
    from PIL import Image
    png = tmp_path / "grid.png"
    Image.new("RGB", (40, 20), "white").save(png)
    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    wd.add_picture(str(png), width=Cm(14))
    part = Part(PackURI("/word/media/image2.svg"), "image/svg+xml", svg.encode("utf-8"), wd.part.package)
    rid = wd.part.relate_to(part, RT.IMAGE)
    ext_lst, ext = OxmlElement("a:extLst"), OxmlElement("a:ext")
    ext.set("uri", "{96DAC541-7B7A-43D3-8B79-37D633B846F1}")
    svg_ns = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
    etree.SubElement(ext, f"{{{svg_ns}}}svgBlip", nsmap={"asvg": svg_ns}).set(qn("r:embed"), rid)
    ext_lst.append(ext)
    wd.inline_shapes[0]._inline.find(".//" + qn("a:blip")).append(ext_lst)
    wd.add_paragraph("填表人：某某")
    f = tmp_path / "s.docx"
    wd.save(f)
    return read_document(f)


def test_an_svg_pictures_own_text_is_read_as_the_table_it_draws(tmp_path):
    """Issue 21 (899): a table inserted as an SVG picture holds its cells as the SVG's <text> elements (the
    PNG Word also keeps is only the fallback); a ruled drawing is read as the table it draws, where the
    picture stands; a drawing with no rules is said as a picture with no text, as before."""
    xs, ys = (0, 200, 320, 440, 500, 560), (0, 30, 60, 90)
    cells = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["新建村道", "≥12公里", "12.5公里", "10", "10"],
             ["维修桥梁", "≥3座", "3座", "10", "10"]]
    texts = "".join(f'<text x="{(xs[c] + xs[c + 1]) / 2}" y="{ys[r] + 20}" text-anchor="middle">{t}</text>'
                    for r, row in enumerate(cells) for c, t in enumerate(row))
    rules = "".join(f'<line x1="0" y1="{y}" x2="560" y2="{y}" stroke="#000"/>' for y in ys) + \
        "".join(f'<line x1="{x}" y1="0" x2="{x}" y2="90" stroke="#000"/>' for x in xs)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="560" height="90" font-size="14">{texts}{rules}</svg>'
    doc = _docx_with_svg(tmp_path, svg)
    assert [[c.text for c in row] for row in doc.tables()[0].rows()] == cells
    assert not doc.warnings
    bare = _docx_with_svg(tmp_path, f'<svg xmlns="http://www.w3.org/2000/svg" width="560" height="90">{texts}</svg>')
    assert not bare.tables() and any("1幅较宽的图片" in w for w in bare.warnings)


def test_an_svg_pictures_text_left_unread_is_counted_as_in_a_web_page(tmp_path, monkeypatch):
    """Issue 21 (899): an SVG picture not read as a ruled form (no rules, or past svg_text's limits) leaves its
    <text> elements unread: their count is said, as the HTML reader says an inline SVG's, whether or not alt
    text or the picture warning stands in for it."""
    from jixiao.extract import svg_text
    texts = "".join(f'<text x="{10 + 100 * c}" y="20">{t}</text>' for c, t in enumerate(["新建村道", "≥12公里", "12.5公里"]))
    bare = _docx_with_svg(tmp_path, f'<svg xmlns="http://www.w3.org/2000/svg" width="560" height="90">{texts}</svg>')
    said = [w for w in bare.warnings if "SVG图形" in w]
    assert len(said) == 1 and "文档中的第1个SVG图形有3段文字未读取" in said[0], bare.warnings
    rules = "".join(f'<line x1="0" y1="{y}" x2="560" y2="{y}" stroke="#000"/>' for y in (0, 30)) + \
        "".join(f'<line x1="{x}" y1="0" x2="{x}" y2="30" stroke="#000"/>' for x in (0, 100, 200, 300))
    monkeypatch.setattr(svg_text, "MAX_RULES", 3)   # a ruled form too large to assemble
    big = _docx_with_svg(tmp_path, f'<svg xmlns="http://www.w3.org/2000/svg" width="560" height="90">{texts}{rules}</svg>')
    assert not big.tables() and any("第1个SVG图形有3段文字未读取" in w for w in big.warnings), big.warnings


def _emf(cells: list[list[str]], xs: tuple, ys: tuple) -> bytes:
    """A small enhanced metafile: a font, centred baseline text records at each cell's middle, line records
    along xs and ys (what Excel's clipboard picture of a ruled range holds)."""
    import struct
    recs = []

    def rec(kind, body):
        recs.append(struct.pack("<II", kind, 8 + len(body)) + body)
    rec(82, struct.pack("<Ii", 1, -14) + bytes(88))   # EMR_EXTCREATEFONTINDIRECTW
    rec(37, struct.pack("<I", 1))                     # EMR_SELECTOBJECT
    rec(22, struct.pack("<I", 6 | 24))                # EMR_SETTEXTALIGN: centre, baseline
    for r, row in enumerate(cells):
        for c, s in enumerate(row):
            x, y, chars = (xs[c] + xs[c + 1]) // 2, ys[r] + 20, s.encode("utf-16-le")
            chars += bytes(-len(chars) % 4)
            rec(84, bytes(28) + struct.pack("<iiIIIiiiiI", x, y, len(s), 76, 0, 0, 0, 0, 0, 0) + chars)
    for a, b, c, d in [(0, y, xs[-1], y) for y in ys] + [(x, 0, x, ys[-1]) for x in xs]:
        rec(27, struct.pack("<ii", a, b))
        rec(54, struct.pack("<ii", c, d))
    rec(14, struct.pack("<III", 0, 16, 20))
    body = b"".join(recs)
    return struct.pack("<II4i4iIIIIHHIII4i", 1, 88, 0, 0, xs[-1], ys[-1], 0, 0, 0, 0, 0x464D4520, 0x10000,
                       88 + len(body), len(recs) + 1, 1, 0, 0, 0, 0, 1000, 1000, 300, 300) + body


def test_an_enhanced_metafile_pictures_text_is_read_as_the_table_it_draws(tmp_path):
    """Issue 21 (917): a table pasted as 图片（增强型图元文件） is an EMF picture whose cells are text records and
    whose rules are line records: read as the table it draws, where the picture stands, as an SVG picture is."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.oxml.ns import qn
    from docx.shared import Cm
    from PIL import Image
    cells = [["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["新建村道", "≥12公里", "12.5公里", "10", "10"],
             ["维修桥梁", "≥3座", "3座", "10", "10"]]
    png = tmp_path / "grid.png"
    Image.new("RGB", (40, 20), "white").save(png)
    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    wd.add_picture(str(png), width=Cm(14))
    part = wd.part.related_parts[wd.inline_shapes[0]._inline.find(".//" + qn("a:blip")).get(qn("r:embed"))]
    part._blob = _emf(cells, (0, 200, 320, 440, 500, 560), (0, 30, 60, 90))
    part.partname, part._content_type = PackURI("/word/media/image1.emf"), "image/x-emf"
    f = tmp_path / "e.docx"
    wd.save(f)
    doc = read_document(f)
    assert [[c.text for c in row] for row in doc.tables()[0].rows()] == cells
    assert not doc.warnings


def _docx_with_chunk(tmp_path, blob: bytes, content_type: str, name: str):
    """A body of title, an alternative format chunk (w:altChunk) and a closing line, as a document
    builder writes it: the chunk's content is in its own part, nothing of it in the body."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    part = Part(PackURI(f"/word/{name}"), content_type, blob, wd.part.package)
    rid = wd.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    closing = wd.add_paragraph("填表人：某某")
    closing._p.addprevious(parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>'))
    f = tmp_path / "c.docx"
    wd.save(f)
    return read_document(f)


def test_a_word_chunk_is_read_where_the_alt_chunk_stands_naming_the_part(tmp_path):
    import docx
    inner = docx.Document()
    inner.add_paragraph("绩效指标完成情况")
    t = inner.add_table(rows=2, cols=3)
    for k, v in enumerate(("三级指标", "年度指标值", "实际完成值")):
        t.cell(0, k).text = v
    for k, v in enumerate(("新建村道", "≥12公里", "12.5公里")):
        t.cell(1, k).text = v
    out = BytesIO()
    inner.save(out)
    d = _docx_with_chunk(tmp_path, out.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "afchunk1.docx")
    assert [type(b).__name__ for b in d.blocks] == ["Paragraph", "Paragraph", "Table", "Paragraph"]
    (t,) = d.tables()
    assert t.grid()[1] == ["新建村道", "≥12公里", "12.5公里"]
    assert t.cell_at(1, 1).loc.embedded == "word/afchunk1.docx"


def test_a_chunk_of_a_kind_not_read_is_said(tmp_path):
    d = _docx_with_chunk(tmp_path, b"{\\rtf1 \\par }", "application/rtf", "afchunk1.rtf")
    assert not d.tables()
    assert any("合并文档块word/afchunk1.rtf" in w and "未读取" in w for w in d.warnings)


def test_a_word_chunk_typed_as_a_main_document_part_is_read_and_the_file_opens(tmp_path):
    """A document builder may type a .docx chunk with the main document's own content type
    (…document.main+xml): the file opens, and the chunk is read where it stands."""
    import docx
    inner = docx.Document()
    inner.add_paragraph("绩效指标完成情况")
    t = inner.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "新建村道", "≥12公里"
    out = BytesIO()
    inner.save(out)
    import zipfile
    d = _docx_with_chunk(tmp_path, out.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "afchunk1.docx")
    assert d.tables()
    f = tmp_path / "c.docx"
    src = zipfile.ZipFile(f).read
    names = zipfile.ZipFile(f).namelist()
    typed = tmp_path / "typed.docx"
    with zipfile.ZipFile(typed, "w") as w:
        for n in names:
            data = src(n)
            if n == "[Content_Types].xml":
                data = data.replace(b'wordprocessingml.document"', b'wordprocessingml.document.main+xml"')
            w.writestr(n, data)
    d = read_document(typed)
    (t,) = d.tables()
    assert t.grid()[0] == ["新建村道", "≥12公里"]


def test_a_wide_line_drawn_with_the_pencil_is_no_picture_to_say(tmp_path):
    """Issue 21 (1229): the rules of a grid drawn with Word's pencil are line shapes (wps:wsp, prstGeom line),
    no picture: they hold no text because they are lines, and are not said as wide pictures left unread."""
    import docx
    from docx.oxml import parse_xml
    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    p = wd.add_paragraph("绩效指标完成情况")
    cx = 12 * 360000
    p._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="1" locked="0" '
        'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        '<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        f'</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="0"/><wp:wrapNone/><wp:docPr id="9" name="直接连接符 9"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="0"/></a:xfrm><a:prstGeom prst="line">'
        '<a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></w:r>'))
    f = tmp_path / "l.docx"
    wd.save(f)
    d = read_document(f)
    assert [b.text for b in d.blocks] == ["项目支出绩效自评表", "绩效指标完成情况"]
    assert not d.warnings, d.warnings


def test_a_wide_chart_with_no_alt_text_is_still_said_unread(tmp_path):
    """A drawing with no a:blip is not only a ruling line: a chart (c:chart, its figures in a part of its own) or a
    SmartArt diagram shows content this reader does not read, and one as wide as a pasted table is said, as a
    picture is; only a drawing of shapes (wps / wpg: a line, a frame) is passed over."""
    import docx
    from docx.oxml import parse_xml
    wd = docx.Document()
    wd.add_paragraph("预算执行情况")
    p = wd.add_paragraph()
    cx = 15 * 360000
    p._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="3200400"/>'
        '<wp:docPr id="3" name="图表 3"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        '<c:chart r:id="rId99"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
    f = tmp_path / "c.docx"
    wd.save(f)
    d = read_document(f)
    assert any("较宽的图片" in w and "图表 3" in w for w in d.warnings), d.warnings
