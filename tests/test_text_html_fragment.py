"""A web page's fragment saved as text (no <html>, <body> or <table> for the sniffer to see: <div>s and
<span>s, or <p>s alone) is HTML: read by the HTML reader, its markup no text, not as an XML export's
label lines (span：…) nor as lines that keep their tags."""
from jixiao.extract import read_bytes
from jixiao.extract.model import Paragraph


def _texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def test_a_fragment_of_divs_and_spans_is_read_as_html():
    d = read_bytes("<div><span>项目名称：某某项目</span><p>全年执行数<b>28万元</b>，执行率93.33%。</p></div>"
                   .encode("utf-8"), "f.txt")
    assert d.format == "html"
    assert _texts(d) == ["项目名称：某某项目", "全年执行数28万元，执行率93.33%。"]


def test_a_fragment_of_paragraphs_alone_is_read_as_html():
    d = read_bytes("<p>项目名称：某某项目</p>\n<p>全年执行数28万元，执行率93.33%。</p>\n".encode("gb18030"), "f.txt")
    assert d.format == "html"
    assert _texts(d) == ["项目名称：某某项目", "全年执行数28万元，执行率93.33%。"]


def test_an_xml_export_and_text_with_an_angle_bracket_stay_what_they_are():
    # an export's elements are not HTML's (<项目>, <report>): label lines, as before
    d = read_bytes("<report><项目名称>某某项目</项目名称><p>说明</p></report>".encode("utf-8"), "f.txt")
    assert d.format == "txt" and "项目名称：某某项目" in _texts(d)
    # a text that does not open with a tag is text, a tag inside it its own (<1% is no tag)
    d = read_bytes("项目名称：某某项目\n偏差率<1%，见<b>附表</b>。\n".encode("utf-8"), "f.txt")
    assert d.format == "txt" and _texts(d)[0] == "项目名称：某某项目"
