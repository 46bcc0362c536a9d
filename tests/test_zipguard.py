"""The package check (extract/zipguard.check_package) reads every XML part of a .docx / .xlsx / .ofd / .odt
once without building its tree (_plain_xml) and hands anything but plain well-formed XML to defusedxml, which
says what is wrong. Its verdicts are defusedxml's: a part it passes, defusedxml passes."""
import io
import zipfile

import defusedxml.ElementTree as safe_et
import pytest

from jixiao.extract import ExtractError
from jixiao.extract.zipguard import _plain_xml, check_package

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PARTS = {
    "plain": b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W + b'><w:t>\xe7\xbb\xa9</w:t></w:document>',
    "utf-16": '<?xml version="1.0" encoding="UTF-16"?><a b="1">绩效</a>'.encode("utf-16"),
    "bom": b"\xef\xbb\xbf<a>&amp;&#32;&lt;</a>",
    "doctype-alone": b'<?xml version="1.0"?><!DOCTYPE a><a/>',
    "doctype-internal": b'<?xml version="1.0"?><!DOCTYPE a [<!ELEMENT a ANY>]><a/>',
    "entity": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
    "external": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
    "undefined-entity": b"<a>&x;</a>",
    "unbound-prefix": b"<w:a/>",
    "unclosed": b"<a><b></a>",
    "empty": b"",
    "two-roots": b"<a/><b/>",
}


def defused_verdict(body: bytes) -> str:
    try:
        safe_et.fromstring(body)
    except safe_et.ParseError:
        return "corrupt"
    except Exception:   # DefusedXmlException: a DTD's entity or an external reference
        return "xxe"
    return "ok"


@pytest.mark.parametrize("name", sorted(PARTS))
def test_plain_xml_passes_only_what_defusedxml_passes(name):
    body = PARTS[name]
    verdict = defused_verdict(body)
    assert _plain_xml(body) == (verdict == "ok" and b"DOCTYPE" not in body)


@pytest.mark.parametrize("name", sorted(PARTS))
def test_check_package_verdict_is_defusedxmls(name):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", PARTS["plain"])
        zf.writestr("word/document.xml", PARTS[name])
    verdict = defused_verdict(PARTS[name])
    if verdict == "ok":
        assert check_package("x.docx", buf.getvalue())
    else:
        with pytest.raises(ExtractError) as err:
            check_package("x.docx", buf.getvalue())
        assert err.value.code == verdict and "word/document.xml" in err.value.reason
