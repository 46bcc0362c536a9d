"""A form drawn as text boxes placed edge to edge (a Word drawing group of text boxes at their
child offsets; or, as LibreOffice saves it, the group's ruled rectangles with the text in frames
anchored one by one) read as the table the boxes draw (extract/box_grid)."""
import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from jixiao.extract import read_document

NS = (f'{nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
U = 100000   # EMU per grid unit of the test forms
# (x, y, width, height) in units, text: a 3 x 3 form, the name spanning two columns, a level two rows
FORM = [(0, 0, 1, 1, "三级指标"), (1, 0, 1, 1, "年度指标值"), (2, 0, 1, 1, "实际完成值"),
        (0, 1, 1, 2, "培训人次"), (1, 1, 2, 1, "≥500人次"), (1, 2, 1, 1, "520人次"), (2, 2, 1, 1, "已完成")]


def _txbx(text):
    return f"<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>"


def _wsp(x, y, w, h, text=None, scale=1.0):
    return (f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{int(x * U * scale)}" y="{int(y * U * scale)}"/>'
            f'<a:ext cx="{int(w * U * scale)}" cy="{int(h * U * scale)}"/></a:xfrm></wps:spPr>'
            f'{_txbx(text) if text is not None else ""}<wps:bodyPr/></wps:wsp>')


def _anchor(x, y, cx, cy, graphic, uri):
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="组合 1"/><a:graphic><a:graphicData uri="{uri}">'
            f'{graphic}</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def _group(shapes, child_scale=1.0):
    """A group whose child space is child_scale times its own (the child offsets are mapped through it)."""
    ext = f'cx="{3 * U}" cy="{3 * U}"'
    ch = f'cx="{int(3 * U * child_scale)}" cy="{int(3 * U * child_scale)}"'
    return (f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext {ext}/>'
            f'<a:chOff x="0" y="0"/><a:chExt {ch}/></a:xfrm></wpg:grpSpPr>{shapes}</wpg:wgp>')


def _read(tmp_path, runs):
    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    wd.element.body.insert(1, parse_xml(f"<w:p {NS}>{runs}</w:p>"))
    wd.save(tmp_path / "boxes.docx")
    return read_document(tmp_path / "boxes.docx")


GRID = [["三级指标", "年度指标值", "实际完成值"], ["培训人次", "≥500人次", "≥500人次"], ["培训人次", "520人次", "已完成"]]


def test_a_group_of_text_boxes_at_their_offsets_is_read_as_the_table_they_draw(tmp_path):
    shapes = "".join(_wsp(x, y, w, h, t, scale=2.0) for x, y, w, h, t in reversed(FORM))   # any order in the file
    d = _read(tmp_path, _anchor(0, 0, 3 * U, 3 * U, _group(shapes, child_scale=2.0),
                                "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"))
    (t,) = d.tables()
    assert t.grid(fill=True) == GRID
    assert [b.kind for b in d.blocks] == ["paragraph", "table"]


def test_a_legacy_vml_group_of_rectangles_with_text_boxes_is_read_as_the_table_they_draw(tmp_path):
    """A Word 2003 drawing come through (w:pict > v:group, no DrawingML): each v:rect placed by its style
    in the group's coordinate space (coordsize over the group's width and height), its v:textbox the
    cell's text (1259: the boxes were read one by one, the rows lost)."""
    vml = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    rects = "".join(
        f'<v:rect style="position:absolute;left:{x * 100};top:{y * 100};width:{w * 100};height:{h * 100}">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect>'
        for x, y, w, h, t in reversed(FORM))
    d = _read(tmp_path, f'<w:r><w:pict {vml}><v:group style="width:150pt;height:90pt" coordorigin="0,0" '
                        f'coordsize="300,300">{rects}</v:group></w:pict></w:r>')
    (t,) = d.tables()
    assert t.grid(fill=True) == GRID
    assert [b.kind for b in d.blocks] == ["paragraph", "table"]


def test_an_inline_group_of_text_boxes_is_read_as_the_table_they_draw(tmp_path):
    """A drawing group placed in line with the text (wp:inline, 嵌入型: how LibreOffice writes a .doc's group
    of text boxes as .docx, 1259.doc) is a form drawn as boxes as an anchored one is."""
    shapes = "".join(_wsp(x, y, w, h, t) for x, y, w, h, t in FORM)
    inline = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:inline>'
              f'<wp:extent cx="{3 * U}" cy="{3 * U}"/><wp:docPr id="1" name=""/><a:graphic><a:graphicData '
              f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">{_group(shapes)}'
              f'</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice></mc:AlternateContent></w:r>')
    d = _read(tmp_path, inline)
    (t,) = d.tables()
    assert t.grid(fill=True) == GRID


def test_frames_anchored_one_by_one_over_a_group_of_rules_fill_the_rules_cells(tmp_path):
    rules = "".join(_wsp(x, y, w, h) for x, y, w, h, _ in FORM)
    group = _anchor(0, 5000, 3 * U, 3 * U, _group(rules),
                    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup")
    # each frame a little off its cell (a saved copy's rounding), taller than the row it stands in
    frames = "".join(_anchor(int(x * U) + 1500, int(y * U) + 20000, int(w * U), int(h * U * 1.2), f"<wps:wsp>{_txbx(t)}</wps:wsp>",
                             "http://schemas.microsoft.com/office/word/2010/wordprocessingShape")
                     for x, y, w, h, t in FORM)
    d = _read(tmp_path, frames + group)
    (t,) = d.tables()
    assert t.grid(fill=True) == GRID


def test_overlapping_boxes_are_no_grid_and_are_read_one_by_one(tmp_path):
    form = FORM + [(0.5, 0.5, 1, 1, "盖章")]
    shapes = "".join(_wsp(x, y, w, h, t) for x, y, w, h, t in form)
    d = _read(tmp_path, _anchor(0, 0, 3 * U, 3 * U, _group(shapes),
                                "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"))
    assert not d.tables()
    assert "培训人次" in [p.text for p in d.paragraphs()]


def test_the_paragraphs_own_text_and_a_box_not_placed_stay_where_they_stand(tmp_path):
    shapes = "".join(_wsp(x, y, w, h, t) for x, y, w, h, t in FORM)
    inline = ('<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="9" name="文本框 9"/><a:graphic>'
              '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp>{_txbx("（盖章）")}</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    d = _read(tmp_path, "<w:r><w:t>表一</w:t></w:r>" + _anchor(0, 0, 3 * U, 3 * U, _group(shapes),
              "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup") + inline)
    assert [(b.kind, getattr(b, "text", None)) for b in d.blocks] == [
        ("paragraph", "项目支出绩效自评表"), ("paragraph", "表一"), ("table", None), ("paragraph", "（盖章）")]
    assert d.tables()[0].grid(fill=True) == GRID


def _framed(x, y, w, h, text, anchor="page"):
    """A paragraph set in a frame of its own, placed and sized outright (units of 1000 twips)."""
    return (f'<w:p {NS}><w:pPr><w:framePr w:w="{w * 1000}" w:h="{h * 1000}" w:hRule="exact" w:hAnchor="{anchor}" '
            f'w:vAnchor="page" w:x="{x * 1000 + 1134}" w:y="{y * 1000 + 2000}"/></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def test_paragraphs_each_in_a_placed_frame_are_read_as_the_table_their_frames_draw(tmp_path):
    wd = docx.Document()
    wd.add_paragraph("项目支出绩效自评表")
    # written column by column, as a clerk draws the boxes: the document's order is no row order
    for k, xml in enumerate(_framed(x, y, w, h, t) for x, y, w, h, t in sorted(FORM)):
        wd.element.body.insert(1 + k, parse_xml(xml))
    wd.save(tmp_path / "frames.docx")
    d = read_document(tmp_path / "frames.docx")
    (t,) = d.tables()
    assert t.grid(fill=True) == GRID
    assert t.origin == "placed frames"
    assert [b.kind for b in d.blocks] == ["paragraph", "table"]


def test_frames_placed_from_different_anchors_are_read_one_by_one(tmp_path):
    wd = docx.Document()
    for k, (x, y, w, h, t) in enumerate(FORM):
        wd.element.body.insert(k, parse_xml(_framed(x, y, w, h, t, anchor="page" if k % 2 else "margin")))
    wd.save(tmp_path / "frames.docx")
    d = read_document(tmp_path / "frames.docx")
    assert not d.tables()
    assert [b.text for b in d.blocks] == [t for *_, t in FORM]
