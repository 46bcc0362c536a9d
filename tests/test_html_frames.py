"""An <iframe srcdoc> holds the page the browser shows in the frame: it is read as HTML in the
frame's place, between the article's text around it; a frame that names another page (src) is
said, its content not being in the file."""
import html

from jixiao.extract import read_bytes
from jixiao.extract.model import Paragraph, Table

FORM = ("<!DOCTYPE html><html><head><style>td.x{display:none}</style></head><body><h3>绩效自评表</h3>"
        "<table><tr><th>三级指标</th><th>年度指标值</th><th>实际完成值</th></tr>"
        "<tr><td>培训人次</td><td>≥500人次</td><td>520人次</td><td class=x>旧值</td></tr></table></body></html>")


def _page(frame: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p>现将自评结果公示如下。</p>"
            f"{frame}<p>如有异议请反映。</p></body></html>").encode("utf-8")


def test_a_srcdoc_frame_is_read_as_the_page_it_holds_in_its_place():
    d = read_bytes(_page(f'<iframe title="自评表" srcdoc="{html.escape(FORM, quote=True)}"></iframe>'), "f.html")
    kinds = [(type(b).__name__, b.text if isinstance(b, Paragraph) else "") for b in d.blocks]
    assert kinds == [("Paragraph", "现将自评结果公示如下。"), ("Paragraph", "绩效自评表"), ("Table", ""),
                     ("Paragraph", "如有异议请反映。")]
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值", "实际完成值"], ["培训人次", "≥500人次", "520人次"]]
    assert isinstance(d.blocks[2], Table)


def test_a_frame_inside_a_srcdoc_frame_is_read_too():
    inner = f'<iframe srcdoc="{html.escape(FORM, quote=True)}"></iframe>'
    outer = f"<html><body><p>外层</p>{inner}</body></html>"
    d = read_bytes(_page(f'<iframe srcdoc="{html.escape(outer, quote=True)}"></iframe>'), "f.html")
    assert [t.grid()[1][0] for t in d.tables()] == ["培训人次"]


def test_a_frame_naming_another_page_is_said_not_silently_dropped():
    d = read_bytes(_page('<iframe src="form.html"></iframe>'), "f.html")
    assert not d.tables()
    assert any(w.startswith("f.html：") and "内嵌框架" in w and "未读取" in w for w in d.warnings)   # the file named
    assert any("（src：“form.html”）" in w for w in d.warnings), d.warnings     # and the page it names


def test_a_page_embedded_as_a_data_uri_is_read_in_its_place():
    """An <object data> (or <embed src>) of a text/html data: URI holds the page the browser shows in its box;
    the object's fallback content shows only where it cannot, so it is not read."""
    import base64
    from urllib.parse import quote

    data = base64.b64encode(FORM.encode("utf-8")).decode("ascii")
    d = read_bytes(_page(f'<object type="text/html" data="data:text/html;charset=utf-8;base64,{data}">'
                         "<p>浏览器不支持显示此表。</p></object>"), "f.html")
    texts = [b.text for b in d.blocks if isinstance(b, Paragraph)]
    assert texts == ["现将自评结果公示如下。", "绩效自评表", "如有异议请反映。"]
    (t,) = d.tables()
    assert t.grid() == [["三级指标", "年度指标值", "实际完成值"], ["培训人次", "≥500人次", "520人次"]]
    d = read_bytes(_page(f'<embed type="text/html" src="data:text/html,{quote(FORM)}">'), "f.html")
    assert [t.grid()[1] for t in d.tables()] == [["培训人次", "≥500人次", "520人次"]]
    d = read_bytes(_page('<object type="image/png" data="data:image/png;base64,iVBORw0KGgo="></object>'), "f.html")
    assert not d.tables()   # a picture is no page


def test_an_object_or_embed_naming_another_page_is_said_like_an_iframe():
    """<object data>/<embed src> naming an html or text file outside this one shows a page the file does not
    hold: said as the iframe is; a named picture or PDF is no page, and a data: URI page is read in place."""
    d = read_bytes(_page('<object data="form.htm"></object><embed type="text/plain" src="/cms/show?id=7">'
                         '<object data="logo.png"></object><embed src="report.pdf">'), "f.html")
    (w,) = [w for w in d.warnings if "内嵌框架" in w]
    assert w.startswith("f.html：网页中有2个内嵌框架（<object>、<embed>）") and "未读取" in w, w
    assert "（src：“form.htm”、“/cms/show?id=7”）" in w, w


def _image_map(cells: list[list[str]], used: bool = True, ruled: bool = True) -> bytes:
    """A picture of a grid and its image map: an <area shape=rect> per cell, the cell's text its alt."""
    xs, ys = (0, 120, 220, 320), (0, 30, 60, 90)
    areas = "".join(f'<area shape="rect" coords="{xs[c]},{ys[r]},{xs[c + 1] if ruled else xs[c] + 40},{ys[r + 1]}" '
                    f'alt="{t}" href="#">' for r, row in enumerate(cells) for c, t in enumerate(row))
    img = '<img src="grid.png" width="320" height="90"' + (' usemap="#zb">' if used else ">")
    return _page(f'{img}<map name="zb">{areas}</map>')


def test_an_image_maps_areas_are_read_as_the_cells_they_outline_and_said():
    """Issue 21 (1233): a table published as a picture keeps its cells' text only in its image map's areas
    (alt): the areas' rectangles rule the cells both ways, so they are read as a drawing of the table (as an
    inline SVG's), in the map's place, and said; a map no picture uses is not shown and not read."""
    cells = [["三级指标", "年度指标值", "实际完成值"], ["培训人次", "≥500人次", "520人次"], ["新建村道", "≥12公里", "12.5公里"]]
    d = read_bytes(_image_map(cells), "m.html")
    assert [[c.text for c in row] for row in d.tables()[0].rows()] == cells
    assert [type(b).__name__ for b in d.blocks] == ["Paragraph", "Table", "Paragraph"]
    assert any("图片热区“zb”有9个区域" in w and "替代文字" in w for w in d.warnings), d.warnings
    unused = read_bytes(_image_map(cells, used=False), "m.html")
    assert not unused.tables() and not unused.warnings


def test_an_image_maps_areas_that_outline_no_form_are_said_unread():
    cells = [["三级指标", "年度指标值", "实际完成值"], ["培训人次", "≥500人次", "520人次"], ["新建村道", "≥12公里", "12.5公里"]]
    d = read_bytes(_image_map([row[:1] for row in cells], ruled=True), "m.html")
    assert not d.tables()
    assert any("图片热区“zb”有3个区域的替代文字未读取" in w for w in d.warnings), d.warnings


def test_an_image_maps_areas_of_other_shapes_are_said_unread_not_passed_over():
    """Areas drawn as polygons or circles (a picture's 图片热区 traced round its cells) hold text in their alt as
    rectangles do, but outline no cell of a grid: a map whose texted areas are all of that kind is said unread,
    not passed over."""
    areas = "".join(f'<area shape="poly" coords="{k * 100},0,{k * 100 + 90},0,{k * 100 + 90},30" alt="{t}" href="#">'
                    for k, t in enumerate(["三级指标", "年度指标值", "实际完成值", "培训人次", "≥500人次", "520人次"]))
    d = read_bytes(_page(f'<img src="grid.png" width="320" height="90" usemap="#zb"><map name="zb">{areas}</map>'), "m.html")
    assert not d.tables()
    assert any("图片热区“zb”有6个区域的替代文字未读取" in w for w in d.warnings), d.warnings
