"""A frame grabbed from INTERLACED video (1104's scan: a meeting's 1080i recording of the page under a
document camera): the even lines from one field, the odd lines from the next, taken after the page
had moved, so every upright stroke and rule is combed, its alternate lines a few pixels aside. OCR
read such a page as garbage (1104.scan: no row of 13). The two fields are one picture moved: the odd
lines are matched to the even lines around them at each shift across up to MAX_SHIFT pixels; where
one shift matches them far better than none (WOVEN), the odd lines are moved back by it. A page
scanned whole has its lines alike at no shift (a line is most like the next one where it is)."""
from __future__ import annotations

MAX_SHIFT = 8       # pixels: the farthest two fields are looked for apart
WOVEN = 0.75        # the best shift's mismatch against no shift's: less is a combed frame (1104.scan: 0.60)


def rendered(page, dpi: int):
    """A PDF page (pypdfium2) as a PIL image at dpi; where the page is one image whose fields stand
    apart, the fields are laid back together at the image's own lines first (rendered at another
    scale its lines are blended and the comb can no longer be undone), the shift in info["combed"]."""
    import pypdfium2.raw as pdfium_c
    from PIL import Image
    image = page.render(scale=dpi / 72).to_pil()
    sizes = [o.get_px_size() for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    if len(sizes) != 1 or sizes[0][1] < 40:
        return image
    native = laid_back(page.render(scale=sizes[0][1] / page.get_height()).to_pil())
    made = [key for key in ("combed", "dither") if native.info.get(key)]
    if not made:
        return image
    laid = native.resize(image.size, Image.LANCZOS)
    laid.info.update({key: native.info[key] for key in made})
    return laid


def laid_back(image):
    """A PIL image at its own lines, the fields laid back together where they stand apart (the shift
    found over the middle 400 lines, in info["combed"]); an ordered dither's lattice (which repeats
    line by line as a comb does) averaged back to its greys first (extract/scan_dither.py,
    info["dither"]); the image itself where neither is so."""
    import numpy as np
    from PIL import Image

    from . import scan_dither
    undithered = scan_dither.descreened(image)
    if undithered.info.get("dither"):
        return undithered
    rgb = np.asarray(image.convert("RGB"))
    mid = rgb.shape[0] // 2
    _, shift = woven(rgb[max(0, mid - 200) // 2 * 2:mid + 200])
    if not shift:
        return image
    out = rgb.copy()
    out[1::2] = np.roll(rgb[1::2], shift, axis=1)
    laid = Image.fromarray(out)
    laid.info["combed"] = shift
    return laid


def woven(rgb) -> tuple[object, int]:
    """(rgb with the odd lines moved back onto the even ones, the shift) where the page is an
    interlaced frame whose fields stand apart; (rgb, 0) where it is not."""
    import numpy as np
    gray = rgb.mean(axis=2) if rgb.ndim == 3 else rgb.astype(np.float32)
    h = gray.shape[0] - gray.shape[0] % 2 - 2
    if h < 40:
        return rgb, 0
    even, odd, below = gray[0:h:2], gray[1:h:2], gray[2:h + 2:2]
    ref = (even + below) / 2        # where the odd line would be, from the even lines around it
    m = MAX_SHIFT

    def mismatch(s: int) -> float:
        return float(np.abs(ref[:, m:-m] - odd[:, m - s:odd.shape[1] - m - s]).mean())

    scores = {s: mismatch(s) for s in range(-m, m + 1)}
    best = min(scores, key=scores.get)
    if best == 0 or scores[best] >= WOVEN * scores[0]:
        return rgb, 0
    out = rgb.copy()
    out[1::2] = np.roll(rgb[1::2], best, axis=1)
    return out, best
