"""A page whose own ink is coloured (598's blue-violet carbon copy on grey paper): the seal remover
took the whole page's text for a blue seal and lifted it to the paper, and OCR read 14 characters.
extract.scan_cleanup.without_seals leaves a page alone where most of its darkest ink leans to a
colour (a seal lies over black text, darker than any seal's ink); a seal over black text still goes."""
import numpy as np
from PIL import Image, ImageDraw

from jixiao.extract import scan_cleanup


def _page(ink: tuple, paper: tuple) -> np.ndarray:
    img = Image.new("RGB", (600, 500), paper)
    d = ImageDraw.Draw(img)
    for y in range(60, 461, 50):
        d.line([(40, y), (560, y)], fill=ink, width=2)
    for x in (40, 200, 380, 560):
        d.line([(x, 60), (x, 460)], fill=ink, width=2)
    for y in range(75, 440, 50):                      # strokes of text in each cell
        for x0 in (60, 220, 400):
            for k in range(5):
                d.rectangle([x0 + 22 * k, y, x0 + 22 * k + 14, y + 3], fill=ink)
                d.rectangle([x0 + 22 * k + 6, y - 6, x0 + 22 * k + 8, y + 14], fill=ink)
    return np.asarray(img)


def test_a_page_printed_in_blue_violet_keeps_its_text():
    rgb = _page((92, 80, 168), (206, 206, 204))          # carbon copy ink on grey paper
    out, seal = scan_cleanup.without_seals(rgb)
    assert seal == 0
    strokes = (rgb[..., 2].astype(int) - rgb[..., 0]) > 50
    assert np.median(out[strokes]) < 120                 # the text is as dark as it came


def test_a_blue_seal_over_black_text_still_goes():
    rgb = _page((20, 20, 20), (250, 250, 250)).copy()
    yy, xx = np.ogrid[:500, :600]
    ring = np.abs(np.hypot(yy - 250, xx - 300) - 90) < 5
    rgb[ring & (rgb[..., 0] > 200)] = (40, 60, 200)      # the seal's ring over the paper
    out, seal = scan_cleanup.without_seals(rgb)
    assert seal > 1000 and np.median(out[ring & (rgb[..., 2] == 200)]) > 200


def test_the_coloured_ink_taken_out_is_named_by_its_shape_a_seal_only_where_it_is_rings():
    """1540.scan (a page scanned in a blue film folder) and 1545.scan (a gel pen's solid blue-black blots)
    were said as 红色或蓝色印章: the cause misnamed. A tint over most of the page and solid blots are
    named as such; a ring of strokes (and a seal's characters in it) is still a seal."""
    from jixiao.extract.ocr_reader import _coloured_said
    yy, xx = np.ogrid[:500, :600]
    sealed = _page((20, 20, 20), (250, 250, 250)).copy()
    ring = np.abs(np.hypot(yy - 250, xx - 300) - 90) < 5
    sealed[ring & (sealed[..., 0] > 200)] = (40, 60, 200)
    sealed[(np.abs(yy - 250) < 3) & (np.abs(xx - 300) < 40)] = (40, 60, 200)      # a stroke of its characters
    assert scan_cleanup.coloured_marks(sealed)[0] == "seal"
    assert "印章" in _coloured_said(1, sealed)
    film = _page((20, 20, 20), (250, 250, 250)).copy()
    film[60:] = (film[60:] * np.array([0.62, 0.80, 0.96])).astype(np.uint8)       # a blue film below the top
    assert scan_cleanup.coloured_marks(film)[:2] == ("tint", "蓝色")
    said = _coloured_said(2, film)
    assert "第2页大面积呈蓝色" in said and "不是印章" in said
    blotted = _page((20, 20, 20), (250, 250, 250)).copy()
    for cy, cx, rad in ((150, 150, 40), (350, 420, 30)):
        disc = np.hypot(yy - cy, xx - cx) < rad
        blotted[disc] = (30, 40, 120)                                             # blue-black gel ink
    assert scan_cleanup.coloured_marks(blotted) == ("blot", "蓝色", 2)
    said = _coloured_said(3, blotted)
    assert "第3页有2处成片的蓝色色块" in said and "印章" not in said.replace("不是印章", "")
