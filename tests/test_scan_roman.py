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
