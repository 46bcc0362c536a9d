"""A scanned page whose drawn image is a coarse copy of a finer one the PDF carries as its ALTERNATE.

An image XObject may list /Alternates (ISO 32000-1 8.9.5.4): other images of the same picture, one of which may
be marked /DefaultForPrinting. An archive system publishing scans draws a screen copy (75 dpi) and keeps the scan
itself only as the print alternate; PDFium draws the screen copy, and OCR read it at a sixteenth of the scan's
pixels (1898.scan: 亩 read 密, a ≥ lost, nothing said of the scan beside it). Where the one image drawn over a
page has an alternate of more pixels, the page is read from that alternate (the marked one first, then the one of
most pixels) in the place the drawn image covers. Only alternates Pillow decodes are taken (DCT, JPX, or Flate of
8-bit Gray / RGB with no predictor); none of those, or a PDF pdfminer cannot parse, leaves the page as drawn.
"""
from __future__ import annotations

from io import BytesIO


def finer(data: bytes, most_pixels: int) -> dict[int, tuple[tuple[int, int], object]]:
    """Page index (from 0) -> ((width, height) of the image drawn, the finer alternate as a PIL image), for the
    pages whose image has an alternate of more pixels than itself and no more than `most_pixels`."""
    if b"Alternates" not in data and b"/ObjStm" not in data:     # an object stream may hide the key: parse those
        return {}
    try:
        return _finer(data, most_pixels)
    except Exception:   # noqa: BLE001  (a PDF pdfminer cannot walk: the pages are read as PDFium draws them)
        return {}


def _finer(data: bytes, most_pixels: int) -> dict:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    found = {}
    doc = PDFDocument(PDFParser(BytesIO(data)))
    for index, page in enumerate(PDFPage.create_pages(doc)):
        xobjects = resolve1(resolve1(page.resources or {}).get("XObject") or {})
        images = [x for x in (resolve1(v) for v in xobjects.values())
                  if getattr(x, "attrs", None) is not None and _name(x.attrs.get("Subtype")) == "Image"]
        if len(images) != 1 or not images[0].attrs.get("Alternates"):
            continue
        drawn = (int(resolve1(images[0].attrs.get("Width", 0))), int(resolve1(images[0].attrs.get("Height", 0))))
        choices = []
        for alt in resolve1(images[0].attrs["Alternates"]) or []:
            entry = resolve1(alt)
            image = resolve1(entry.get("Image")) if isinstance(entry, dict) else None
            if getattr(image, "attrs", None) is None:
                continue
            size = (int(resolve1(image.attrs.get("Width", 0))), int(resolve1(image.attrs.get("Height", 0))))
            if drawn[0] * drawn[1] < size[0] * size[1] <= most_pixels:
                choices.append((bool(resolve1(entry.get("DefaultForPrinting"))), size[0] * size[1], image))
        for _, _, image in sorted(choices, key=lambda c: (c[0], c[1]), reverse=True):
            picture = _decoded(image)
            if picture is not None:
                found[index] = (drawn, picture)
                break
    return found


def _name(value) -> str:
    return getattr(value, "name", str(value or "")).lstrip("/")


def _decoded(stream):
    """A PDF image stream as a PIL image, where Pillow can make one of it; else None."""
    from PIL import Image
    from pdfminer.pdftypes import resolve1
    filters = [_name(f[0] if isinstance(f, tuple) else f) for f in stream.get_filters()]   # (name, parms) pairs
    try:
        if filters in (["DCTDecode"], ["JPXDecode"]):
            picture = Image.open(BytesIO(stream.get_rawdata()))
            picture.load()
            return picture
        space = _name(resolve1(stream.attrs.get("ColorSpace")))
        mode = {"DeviceGray": "L", "DeviceRGB": "RGB"}.get(space)
        if filters in ([], ["FlateDecode"]) and mode and resolve1(stream.attrs.get("BitsPerComponent")) == 8 \
                and not stream.attrs.get("DecodeParms"):
            size = (int(resolve1(stream.attrs["Width"])), int(resolve1(stream.attrs["Height"])))
            return Image.frombytes(mode, size, stream.get_data())
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return None
