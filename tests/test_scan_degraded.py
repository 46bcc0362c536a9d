"""Scans as they come (issue 24): one indicator page of a seed, printed, then stamped, skewed or
made noisy by corpus/degrade.py (seeded) and saved as JPEG at quality 45, read by OCR. Each
degradation gave wrong cells or no rows before extract/scan_cleanup.py; a clean page must be
left exactly as it comes. One OCR'd page per test (OCR costs seconds a page)."""
import io
import json

import numpy as np
import pytest

from corpus.degrade import degrade_page, jpeg, seal_ink
from jixiao.extract import read_bytes, scan_cleanup
from jixiao.normalize import normalize_document

from .conftest import REPORTS, ROOT

NONE = dict(seal=None, skew=0, background=False, blur=0, noise=0)


def expected_rows(stem: str) -> list[tuple]:
    data = json.loads((ROOT / "corpus" / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    return [(i["level3"], i["target_raw"], i["actual_raw"], i["score"]) for i in data["indicators"]]


def printed_page(stem: str, index: int, dpi: int = 150):
    import pypdfium2 as pdfium
    path = next(REPORTS.glob(f"{stem}_*.pdf"))
    return pdfium.PdfDocument(str(path))[index].render(scale=dpi / 72).to_pil()


def read_jpeg(img):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=45)
    doc = read_bytes(buf.getvalue(), "scan.jpg")
    recs = normalize_document(doc)
    rows = [(i.level3, "".join(i.target.raw.split()), "".join(i.actual.raw.split()),
             i.score and int(i.score.value)) for i in recs.indicators]
    return doc, rows


def test_a_seal_stamped_over_cells_is_taken_out_and_the_text_beneath_read():
    # before: 100服务 / 参保群对医保政策知晓率 + 众86% / 86%N办 (the seal's ring and star read as text)
    table = printed_page("000", 1).crop((0, 585, 1241, 1150))     # the indicator rows and their header
    img = degrade_page(table, 150, np.random.default_rng(1), **{**NONE, "seal": "red", "seal_at": (640, 300),
                                                                  "seal_alpha": 1.0})
    doc, rows = read_jpeg(img)
    assert rows == expected_rows("000")
    assert any("印章" in w for w in doc.warnings)


def test_a_page_skewed_one_and_a_half_degrees_gives_its_rows():
    # before: no indicator row (the ruling lines drift 30 px across the page: no grid)
    img = degrade_page(printed_page("000", 1), 150, np.random.default_rng(2), **{**NONE, "skew": 1.5})
    doc, rows = read_jpeg(img)
    assert rows == expected_rows("000")
    assert any("倾斜约 1.5°" in w for w in doc.warnings)


def test_a_noisy_blurred_jpeg_page_with_uneven_paper_gives_its_rows():
    # before: ≥90% read as %06z and %06 (noisy lines turned over by the 180° line classifier)
    img = degrade_page(printed_page("001", 1), 150, np.random.default_rng(1),
                       **{**NONE, "background": True, "blur": 0.8, "noise": 14})
    _, rows = read_jpeg(img)
    assert rows == expected_rows("001")


# Without OCR: the cleaning itself

def test_a_clean_grey_page_is_left_exactly_as_it_comes():
    gray = np.asarray(printed_page("000", 1).convert("L"))
    rgb = np.repeat(gray[:, :, None], 3, axis=2)
    out, seal = scan_cleanup.without_seals(rgb)
    assert seal == 0 and np.array_equal(out, gray)
    assert scan_cleanup.skew_angle(gray) == 0.0
    assert scan_cleanup.even_background(gray) is gray


@pytest.mark.parametrize("colour", ["red", "blue"])
def test_a_seal_of_either_colour_goes_and_black_text_under_it_stays(colour):
    from PIL import Image
    page = np.full((400, 400), 255, np.uint8)
    page[190:210, 60:340] = 20                                  # a black stroke under the seal
    img = degrade_page(Image.fromarray(page), 150, np.random.default_rng(3),
                       **{**NONE, "seal": colour, "seal_at": (200, 200), "seal_alpha": 1.0})
    rgb = np.asarray(jpeg(img, 45).convert("RGB"))
    ink = seal_ink((400, 400), (200, 200), 150, np.random.default_rng(0)) > 0.3
    out, seal = scan_cleanup.without_seals(rgb)
    assert seal > 1000
    before = rgb.min(axis=2)[ink & (page == 255)]
    assert np.median(before) < 180 and np.median(out[ink & (page == 255)]) > 235   # the seal is gone
    assert np.median(out[195:205, 80:320]) < 70                                     # the stroke is not


@pytest.mark.parametrize("angle", [1.5, -1.0, 0.4])
def test_the_skew_is_measured_from_the_ruling_lines(angle):
    img = degrade_page(printed_page("002", 1), 150, np.random.default_rng(4), **{**NONE, "skew": angle})
    gray = np.asarray(img.convert("L"))
    assert abs(scan_cleanup.skew_angle(gray) - angle) <= 0.05


def test_degradation_is_deterministic_from_its_seed(tmp_path):
    from corpus.degrade import degrade_pdf
    src = next(REPORTS.glob("001_*.pdf"))
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    degrade_pdf(src, a, seed=7, dpi=150)
    degrade_pdf(src, b, seed=7, dpi=150)
    assert a.read_bytes() == b.read_bytes() and a.stat().st_size < 2_000_000
    img = io.BytesIO(a.read_bytes())
    assert img.getvalue().count(b"/DCTDecode") == 3       # three JPEG pages, no text layer


def test_a_thin_rule_and_grey_strokes_under_the_seal_stay():
    # before: the seal's pixels were lifted to its colour's channel, and a pixel beside the ring
    # (JPEG keeps colour at half resolution) with it: a 1-px grey rule under the ring and thin
    # strokes of small type went white with the seal, and the grid lost its column
    from PIL import Image
    page = np.full((400, 400), 255, np.uint8)
    page[:, 200] = 110                                          # a thin grey rule through the seal
    page[100:300:6, 60:340] = 90                                # thin grey strokes of small type
    img = degrade_page(Image.fromarray(page), 150, np.random.default_rng(5),
                       **{**NONE, "seal": "red", "seal_at": (200, 200), "seal_alpha": 1.0})
    rgb = np.asarray(jpeg(img, 45).convert("RGB"))
    ring = seal_ink((400, 400), (200, 200), 150, np.random.default_rng(0)) > 0.3
    out, seal = scan_cleanup.without_seals(rgb)
    assert seal > 1000
    assert np.median(out[ring & (page == 255)]) > 235                              # the seal is gone
    assert np.median(out[ring[:, 200], 200]) < 170                                 # the rule is not
    strokes = ring & (page < 255)
    assert np.mean(out[strokes] < 170) > 0.95                                      # nor the strokes


@pytest.mark.parametrize("dpi,seed", [(150, 1000), (150, 1002), (200, 1001)])
def test_a_noisy_page_gives_its_grid_without_rules_that_are_not_there(dpi, seed):
    # before: a row through 社会效益/指标 (blurred strokes in a row passing the 2-level margin) and
    # a column inside a merged cell (JPEG blocks on blank paper): 9 row or column lines, not 8
    import cv2
    from jixiao.extract import ocr_reader
    from jixiao.extract.ruled_page import _grids

    def grids(gray):
        return [(len(xs), len(ys)) for xs, ys, _, _ in _grids(*ocr_reader.rules(gray), ocr_reader.SNAP)]

    clean = np.asarray(printed_page("002", 1).convert("L"))
    img = jpeg(degrade_page(printed_page("002", 1, dpi), dpi, np.random.default_rng(seed)), 45)
    rgb = cv2.resize(np.asarray(img.convert("RGB")), clean.shape[::-1], interpolation=cv2.INTER_AREA)
    gray, _ = scan_cleanup.without_seals(rgb)
    gray = scan_cleanup.rotated(gray, scan_cleanup.skew_angle(gray))
    assert grids(scan_cleanup.even_background(gray)) == grids(clean) == [(10, 8), (8, 8)]
