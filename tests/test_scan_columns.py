"""A sheet-fed scanner's contact-image sensor whose chips were never calibrated alike (1175's scan):
the page comes in upright strips, each its own grey of paper, with a darker column at each chip's
join. The rule finder read the strips' edges and the seams as column rules, cutting cells (≥95% read
≥95 | %, 2023年12月15日 read 202 | 3年12月15日) and once a view past the table's edge.
extract.scan_cleanup.even_columns makes the paper one grey, column by column, before the rules are
found. No OCR here: the page image and its rules."""
import numpy as np

from jixiao.extract import ocr_reader, scan_cleanup
from jixiao.extract.rule_stack import cluster

from .conftest import REPORTS


def _page():
    import pypdfium2 as pdfium
    path = sorted(REPORTS.glob("*.pdf"))[0]
    page = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil().convert("L")
    return np.asarray(page).copy()


def _columns(gray) -> list[int]:
    return [round(x) for x in cluster([v[0] for v in ocr_reader.rules(gray)[1]], ocr_reader.SNAP)]


def _strips(clean, gains):
    """The page through a sensor of len(gains) chips: each strip's paper and ink scaled by its gain, the
    column at each join 10% darker."""
    h, w = clean.shape
    edges = np.linspace(0, w, len(gains) + 1).astype(int)
    out = clean.astype(np.float32)
    for k, g in enumerate(gains):
        out[:, edges[k]:edges[k + 1]] *= g
    for x in edges[1:-1]:
        out[:, x] = out[:, x - 1] * 0.9
    return np.clip(out, 0, 255).astype(np.uint8), edges


GAINS = [0.96, 0.84, 1.0, 0.9, 0.68, 0.98, 0.86, 1.0, 0.92, 0.8, 0.97, 0.88]


def test_a_page_in_strips_of_paper_is_made_one_grey_and_its_own_rules_kept():
    clean = _page()
    striped, edges = _strips(clean, GAINS)
    assert len(_columns(striped)) > len(_columns(clean))     # strip edges and seams read as rules
    out, n = scan_cleanup.even_columns(striped)
    assert n >= 2
    assert _columns(out) == _columns(clean)
    # paper is paper again in every strip
    paper = clean > 250
    assert (out[paper] > 240).mean() > 0.99


def test_a_clean_page_and_a_smooth_fall_off_are_left_alone():
    clean = _page()
    out, n = scan_cleanup.even_columns(clean)
    assert n == 0 and out is clean
    h, w = clean.shape
    fall = (clean.astype(np.float32) * np.linspace(1.0, 0.75, w)[None, :]).astype(np.uint8)   # light falling off
    out, n = scan_cleanup.even_columns(fall)
    assert n == 0 and out is fall
    # a dark ground or a video frame's black bars either side of the sheet are no strips of it
    barred = np.pad(clean, ((0, 0), (120, 120)), constant_values=38)
    out, n = scan_cleanup.even_columns(barred)
    assert n == 0 and out is barred
    # two pages side by side on the glass, the lid's grey between them; a book's gutter shadow at one side
    two = np.concatenate([clean, np.full((h, 24), 224, np.uint8), clean], axis=1)
    out, n = scan_cleanup.even_columns(two)
    assert n == 0 and out is two
    # a table cropped to its grid (053's cells): thick rules down the whole image are dips, no steps
    grid = np.full((300, 700), 250, np.uint8)
    for x in range(20, 700, 110):
        grid[:, x:x + 5] = 30
    out, n = scan_cleanup.even_columns(grid)
    assert n == 0 and out is grid
    gutter = clean.copy()
    gutter[:, 10:40] = (gutter[:, 10:40] * 0.4).astype(np.uint8)
    out, n = scan_cleanup.even_columns(gutter)
    assert n == 0 and out is gutter
