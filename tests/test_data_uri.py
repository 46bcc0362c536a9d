"""extract/data_uri.py: one decoder of data: URIs for every reader that meets one."""
import base64
from urllib.parse import quote_from_bytes

from jixiao.extract.data_uri import data_svg, data_uri, is_data_uri

SVG = '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0 L10 0"/></svg>'


def test_base64_after_a_charset_parameter_is_still_base64():
    # data:image/svg+xml;charset=utf-8;base64,… — base64 need not follow the type directly (RFC 2397); placed_runs'
    # own pattern took such a body for percent-encoded text and found no SVG.
    uri = "data:image/svg+xml;charset=utf-8;base64," + base64.b64encode(SVG.encode()).decode()
    assert data_uri(uri).data == SVG.encode()
    assert data_svg(uri) is not None


def test_percent_encoded_bytes_in_the_named_charset():
    page = "<table><tr><td>项目名称</td></tr></table>"
    uri = "data:text/html;charset=gb18030," + quote_from_bytes(page.encode("gb18030"))
    got = data_uri(uri)
    assert (got.media_type, got.charset) == ("text/html", "gb18030")
    assert got.text() == page


def test_an_unknown_charset_falls_back_to_utf8_and_no_type_is_text_plain():
    assert data_uri("data:;charset=x-nonesuch,%E9%A1%B9").text() == "项"
    assert data_uri("data:,abc").media_type == "text/plain"


def test_no_data_uri_or_an_undecodable_body_is_none():
    assert data_uri("page.html") is None and not is_data_uri("page.html") and not is_data_uri(None)
    assert data_uri("data:text/html;base64,QUJ") is None   # bad padding: no page, no exception
    assert data_svg("data:text/html;base64," + base64.b64encode(SVG.encode()).decode()) is None  # not an SVG
