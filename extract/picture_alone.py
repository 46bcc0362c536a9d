"""A picture placed on a printed page SMALLER THAN ITS OWN PIXELS, read by OCR at its own pixels.

A page of a printed PDF that holds a picture with no text layer over it is read by OCR (extract.__init__,
PICTURED). The page is rendered at the scans' resolution, so a picture shrunk onto the page (phone photos of
a signed form pasted into a Word file under a heading and saved as PDF: the photo, 2400 px wide, set in the
15.9 cm text width) is read with a fraction of its pixels: its rules blur into one box and the table goes
unread (1825.scan.pdf: the form at about a hundred pixels an inch, one cell of 41 lines). Such a page,
where its OCR found no table of ROWS rows, is read again as the picture alone (a crisp picture the
page's rendering reads whole stays read so: 575.pdf, a Word file's embedded sheet shown by its preview
image): a page of that picture only, sized so that rendered at the scans' resolution it keeps its own
pixels, no larger than an A4 sheet's longer side (a photo of a sheet read as the sheet it
shows), and the text layer's lines above and below the picture kept where they stand.
"""
from __future__ import annotations

from .pdfium_page import pictures

SHRUNK = 1.5        # the picture's own pixels over those it is rendered with on the page: this many times
LONGEST = 842.0     # points: an A4 sheet's longer side, the most a picture read alone is laid out as


def shrunk(data: bytes, pages: list[int], dpi: float) -> dict[int, dict]:
    """The pages (1-based, of `pages`) whose largest picture is placed at SHRUNK or more times fewer pixels
    than it has, rendered at `dpi`: page -> the picture's box as shown (x0, top, x1, bottom, in points),
    its own pixels (px) and the size it is read at (size, points)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf, out = pdfium.PdfDocument(data), {}
    for n in pages:
        page = pdf[n - 1]
        objs = list(page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)))
        boxes = pictures(page)
        if not objs or len(objs) != len(boxes):
            continue
        k = max(range(len(boxes)), key=lambda i: (boxes[i]["x1"] - boxes[i]["x0"]) * (boxes[i]["bottom"] - boxes[i]["top"]))
        box, obj = boxes[k], objs[k]
        px = obj.get_px_size()
        shown = (box["x1"] - box["x0"]) / 72 * dpi, (box["bottom"] - box["top"]) / 72 * dpi
        if min(shown) <= 0 or min(p / s for p, s in zip(px, shown)) < SHRUNK:
            continue
        w, h = (p * 72 / dpi for p in px)
        fit = min(1.0, LONGEST / max(w, h))
        out[n] = dict(box, px=px, size=(w * fit, h * fit), obj=k)
    return out


ROWS = 3    # a form's table read from a page has this many rows at least; fewer, its rules were not seen


def rowless(scan, page: int) -> bool:
    """Whether OCR's reading of a page (1-based, of `scan`) found no table of ROWS rows with text."""
    rows = [len({c.row for c in t.cells if c.text.strip()}) for t in scan.tables() if t.loc.page == page]
    return max(rows, default=0) < ROWS


def alone_pdf(data: bytes, pages: list[int], alone: dict[int, dict]) -> bytes:
    """A PDF of the given pages (1-based) of a PDF, each page of `alone` replaced by a page of its
    picture only (laid out at alone[page]['size'])."""
    from io import BytesIO

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    src, out = pdfium.PdfDocument(data), pdfium.PdfDocument.new()
    for n in pages:
        if n not in alone:
            out.import_pages(src, [n - 1])
            continue
        objs = list(src[n - 1].get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)))
        bitmap = objs[alone[n]["obj"]].get_bitmap(render=False)
        w, h = alone[n]["size"]
        page = out.new_page(w, h)
        image = pdfium.PdfImage.new(out)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(w, h))
        page.insert_obj(image)
        page.gen_content()
    buf = BytesIO()
    out.save(buf)
    return buf.getvalue()


def said(page: int, picture: dict, dpi: float) -> str:
    """The warning for a page read as its picture alone."""
    x0, x1 = picture["x0"], picture["x1"]
    on_page = picture["px"][0] / ((x1 - x0) / 72)
    return (f"第{page}页有一幅图片（如粘贴为图片的表格、拍照件）没有文字层，且图片缩小放在页面上（{picture['px'][0]} × "
            f"{picture['px'][1]} 像素排成约 {(x1 - x0) * 25.4 / 72:.0f} 毫米宽，合每英寸约 {on_page:.0f} 像素，按页面"
            f"识别只用得上约 {dpi:.0f}），已按图片本身的像素单独识别；图片上下的文字按页面文字读取，请核对原件")
