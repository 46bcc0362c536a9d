"""A notice photographed through a wire mesh (1211's scan: a welded mesh of 12 mm in front of a notice
board, out of focus, with its sharper shadow on the paper): a web of soft dark lines over the whole
page, at the mesh's angle. Before extract.scan_cleanup.without_soft_grid the page was turned by the
mesh's angle (3.2 degrees, the table itself square), the mesh's lines were read as rules and the table
as a grid of a hundred columns: no row, said only as cells the page's text ran together in. No OCR
here: the page image, its skew and its rules."""
import numpy as np
from PIL import Image, ImageFilter

from jixiao.extract import ocr_reader, scan_cleanup
from jixiao.extract.rule_stack import cluster

from .conftest import REPORTS


def _page():
    import pypdfium2 as pdfium
    path = sorted(REPORTS.glob("*.pdf"))[0]
    page = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil().convert("L")
    return np.asarray(page).copy()


def _lines(gray) -> tuple[list[int], list[int]]:
    """The page's rules a tenth of its width or height long and more (a cell's side and longer): a
    shadow's piece hugging a line of print may leave a short stub beside it."""
    h, w = gray.shape
    hs, vs = ocr_reader.rules(gray)
    return ([round(y) for y in cluster([v[0] for v in hs if v[2] - v[1] >= w / 10], ocr_reader.SNAP)],
            [round(x) for x in cluster([v[0] for v in vs if v[2] - v[1] >= h / 10], ocr_reader.SNAP)])


def _mesh(clean, pitch_mm=12.0, wire_mm=1.6, angle=4.0, blur=3.75, strength=0.55):
    """The page behind a square wire mesh out of focus (blurred `blur` px, its grey 90 over the page at
    up to `strength`) and its sharper shadow 2 / 3 mm off (x 0.80)."""
    h, w = clean.shape
    mm = 150 / 25.4
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = np.radians(angle)

    def web(dx, dy, sigma):
        u = (xx - dx) * np.cos(t) + (yy - dy) * np.sin(t) + 5
        v = -(xx - dx) * np.sin(t) + (yy - dy) * np.cos(t) + 7
        m = ((np.mod(u, pitch_mm * mm) < wire_mm * mm) | (np.mod(v, pitch_mm * mm) < wire_mm * mm)).astype(np.uint8)
        return np.asarray(Image.fromarray(m * 255).filter(ImageFilter.GaussianBlur(sigma)), np.float32) / 255

    k = np.clip(web(0, 0, blur) * 1.4, 0, strength)
    page = clean.astype(np.float32) * (1 - 0.2 * web(-2 * mm, -3 * mm, 1.1))
    return np.clip(page * (1 - k) + 90 * k, 0, 255).astype(np.uint8)


def test_a_page_behind_a_soft_wire_mesh_keeps_its_own_rules_and_is_not_turned():
    clean = _page()
    meshed = _mesh(clean)
    assert abs(scan_cleanup.skew_angle(meshed)) >= scan_cleanup.MIN_SKEW or _lines(meshed) != _lines(clean)
    out, share = scan_cleanup.without_soft_grid(meshed)
    assert share >= 10
    assert abs(scan_cleanup.skew_angle(out)) < scan_cleanup.MIN_SKEW
    assert _lines(out) == _lines(clean)
    # the print stays print: the page's darkest strokes as dark as before against the paper
    ink = clean < 100
    assert np.median(out[ink]) < 130 and np.median(out[clean > 250]) > 215


def test_a_clean_page_shades_and_shadows_are_left_alone():
    clean = _page()
    out, share = scan_cleanup.without_soft_grid(clean)
    assert share == 0 and out is clean
    h, w = clean.shape
    # light falling off; a venetian blind's broad shadow bands (1103: every 16 mm, 7 mm of shadow)
    fall = (clean.astype(np.float32) * np.linspace(1.0, 0.7, w)[None, :]).astype(np.uint8)
    bands = (np.arange(h) % 94 < 42)[:, None] * np.ones((1, w), bool)
    blind = np.where(bands, clean * 0.6, clean).astype(np.uint8)
    # a sheet ruled in thin grey lines every 9 mm (letterhead): lines as thin as rules
    ruled = clean.copy()
    ruled[::53] = np.minimum(ruled[::53], 190)
    # one wire's shadow alone: a line, no web
    one = clean.copy()
    one[:, 400:410] = (one[:, 400:410] * 0.7).astype(np.uint8)
    for page in (fall, blind, ruled, one):
        out, share = scan_cleanup.without_soft_grid(page)
        assert share == 0 and out is page
