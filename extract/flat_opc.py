"""Flat OPC: an Office document saved as ONE XML file (Word's 'Word XML 文档 (*.xml)', PowerPoint's and the
Office SDK's flat form): <pkg:package> in the namespace http://schemas.microsoft.com/office/2006/xmlPackage, one
<pkg:part pkg:name="/word/document.xml" pkg:contentType="…"> per part of the zipped package, each part's XML
inside <pkg:xmlData> or its bytes base64 in <pkg:binaryData>. The parts put back into a zip, with the
[Content_Types].xml the parts' own content types make, are the .docx (or .xlsx) Word would have zipped: the
package readers read it as such (zipguard checks it there as it checks any package)."""
from __future__ import annotations

import base64
import binascii
import re
import zipfile
from io import BytesIO

PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
# the package's root element in its namespace (any prefix), after a declaration and processing instructions
_ROOT = re.compile(rb"<(?:[\w.-]+:)?package\s[^>]*?xmlns(?::[\w.-]+)?=[\"']" + re.escape(PKG.encode()) + rb"[\"']")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def is_flat_opc(head: bytes) -> bool:
    return bool(_ROOT.search(head))


def zipped(data: bytes) -> bytes | None:
    """The package the flat file stands for, zipped; None where the XML does not parse, declares a DTD, or
    holds no part."""
    if _DTD.search(data[:65536]):
        return None
    from lxml import etree     # (python-docx's; imported where a package is rebuilt, not where bytes are sniffed)
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except etree.XMLSyntaxError:
        return None
    parts = []
    for part in root.iter(f"{{{PKG}}}part"):
        name = (part.get(f"{{{PKG}}}name") or "").lstrip("/")
        xml, binary = part.find(f"{{{PKG}}}xmlData"), part.find(f"{{{PKG}}}binaryData")
        if not name or name == "[Content_Types].xml":
            continue
        if xml is not None and len(xml):
            body = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True)
        elif binary is not None:
            try:
                body = base64.b64decode("".join((binary.text or "").split()), validate=True)
            except (binascii.Error, ValueError):
                continue
        else:
            continue
        parts.append((name, part.get(f"{{{PKG}}}contentType") or "application/octet-stream", body))
    if not parts:
        return None
    types = etree.Element(f"{{{_TYPES}}}Types", nsmap={None: _TYPES})
    for name, ctype, _ in parts:
        etree.SubElement(types, f"{{{_TYPES}}}Override", PartName="/" + name, ContentType=ctype)
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True))
        for name, _, body in parts:
            z.writestr(name, body)
    return out.getvalue()
