"""A roman class numeral OCR read as a character of like strokes (Ⅲ as 川 before 类), read back only
where the document's own text writes the numeral in that place (extract.scan_roman)."""
from jixiao.extract import scan_roman
from jixiao.extract.model import Cell, Document, Location, Paragraph, Table


def _doc(prose, *cells):
    loc = Location("p.pdf", page=1)
    table = Table(0, len(cells), 1, [Cell(t, r, 0, Location("p.pdf", page=2)) for r, t in enumerate(cells)], loc)
    return Document(source="p.pdf", format="pdf", sha256="", blocks=[Paragraph(prose, loc), table])


def test_a_numeral_read_as_chuan_is_read_back_where_the_document_writes_it_there():
    doc = _doc("断面Ⅲ类及以上水质比例达93.5%。", "9.县控以上断面川类及以上水质比例", "≥90%")
    changes = scan_roman.repair(doc)
    assert [c.text for c in doc.tables()[0].cells] == ["9.县控以上断面Ⅲ类及以上水质比例", "≥90%"]
    assert changes == ["第2页“9.县控以上断面川类及以上水质比例”→“9.县控以上断面Ⅲ类及以上水质比例”"]


def test_without_the_numeral_written_there_chuan_stays():
    for prose, cell in (("断面水质比例达93.5%。", "断面川类及以上水质比例"),        # no roman class at all
                        ("达到Ⅱ类水质", "四川类似项目"),                          # a class, elsewhere
                        ("断面Ⅲ级", "断面川类")):                                  # another class word
        doc = _doc(prose, cell)
        assert scan_roman.repair(doc) == []
        assert doc.tables()[0].cells[0].text == cell


def test_a_one_before_a_class_word_whose_ink_is_a_bare_bar_is_the_numeral(monkeypatch):
    # 269's 保持Ⅰ类 came out 保持1类 and the document writes Ⅰ nowhere else: Ⅰ is one bare upright
    # bar (2 px wide, 11 high); a digit 1 with its flag and foot stays 1, as does a 1 after a digit
    import numpy as np
    from .ocr_fakes import read_drawn

    def item(y0, text, x=100):
        centers = [x + 6 + 14 * k for k in range(len(text))]
        words = [[[c - 5, y0 + 2], [c + 5, y0 + 2], [c + 5, y0 + 25], [c - 5, y0 + 25]] for c in centers]
        box = [[x - 4, y0], [x + 14 * len(text) + 4, y0], [x + 14 * len(text) + 4, y0 + 27], [x - 4, y0 + 27]]
        return [box, text, 0.97, words, list(text), [0.9] * len(text)]

    page = np.full((400, 400, 3), 255, np.uint8)
    for y in (100, 180, 260):
        page[y + 8:y + 20, 100:111] = 0                  # 保's ink (a block will do)
        page[y + 8:y + 20, 128:139] = 0                  # 类's
    page[107:118, 119:121] = 0                           # Ⅰ: a bare bar
    page[187:198, 119:121] = 0                           # 1: the bar,
    page[187:189, 116:119] = 0                           # its flag
    page[197:198, 116:124] = 0                           # and its foot
    page[267:278, 113:115] = 0                           # 2 (a bar will do) and a bare 1 after it
    page[267:278, 119:121] = 0
    result = [item(100, "保1类"), item(180, "保1类"), item(260, "21类")]
    doc = read_drawn(monkeypatch, page, result)
    assert "".join(b.text for b in doc.blocks) == "保Ⅰ类保1类21类"   # (the lines make one paragraph)
    assert any("“保1类”→“保Ⅰ类”" in w for w in doc.warnings)


def test_a_numeral_read_as_chuan_after_a_word_of_comparison_is_read_back_where_the_document_writes_the_class():
    # 361's 地表水达到或优于Ⅲ类水体比例 came out …优于川类…; the document writes Ⅱ类 elsewhere, never 于Ⅲ类.
    # After 优于 / 达到 / 为, 川 begins a word and 川类 is none; 四川类似 stays (四 is no such word), and
    # with no roman class written anywhere nothing changes
    doc = _doc("县级以上集中式饮用水水源地水质达到Ⅱ类。", "地表水达到或优于川类水体比例", "水质达到川类", "四川类似项目")
    changes = scan_roman.repair(doc)
    assert [c.text for c in doc.tables()[0].cells] == ["地表水达到或优于Ⅲ类水体比例", "水质达到Ⅲ类", "四川类似项目"]
    assert len(changes) == 2
    doc = _doc("水质良好。", "地表水达到或优于川类水体比例")
    assert scan_roman.repair(doc) == [] and doc.tables()[0].cells[0].text == "地表水达到或优于川类水体比例"
    doc = _doc("断面Ⅲ级", "优于川类")                                            # another class word
    assert scan_roman.repair(doc) == [] and doc.tables()[0].cells[0].text == "优于川类"


def _bars_then_class(bars: list[tuple[int, int]]):
    """A line's gray ink: upright bars (x, height) 2 px wide from y 20, then a 类-like square of ink."""
    import numpy as np
    gray = np.full((60, 120), 255, np.uint8)
    for x, h in bars:
        gray[20:20 + h, x:x + 2] = 0
    gray[19:34, 70:85] = 0
    return gray


def test_a_roman_two_read_as_one_bar_is_read_by_counting_its_bars():
    """999.scan: the cell Ⅱ类 read I类 (the recogniser lost a bar): the ink before 类 is two bare bars
    of one height 4 px apart (2 wide, 13-14 high), so the numeral is Ⅱ; three such bars are Ⅲ, one Ⅰ.
    Bars of unlike heights, or as far apart as their height (two characters), are left as read."""
    box, centers = (40, 10, 100, 40), [55.0, 77.0]   # the page's pixels: I's centre, 类's
    assert scan_roman.by_ink("I类", centers, _bars_then_class([(52, 14), (58, 13)]), box) == "Ⅱ类"
    assert scan_roman.by_ink("I类", centers, _bars_then_class([(50, 14), (55, 14), (60, 14)]), box) == "Ⅲ类"
    assert scan_roman.by_ink("I类", centers, _bars_then_class([(55, 14)]), box) == "Ⅰ类"
    assert scan_roman.by_ink("I类", centers, _bars_then_class([(52, 14), (58, 8)]), box) == "I类"
    assert scan_roman.by_ink("I类", centers, _bars_then_class([(45, 14), (62, 14)]), box) == "I类"
