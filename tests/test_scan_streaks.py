"""A copy made on a dirty copier glass (400's scan): a thin dark line down the whole sheet, through
the title, the tables and the text. Read as a rule it joined the fund table to the indicator table
and cut the characters it crossed (万亩 read 方, 公里 read 公). extract.scan_cleanup.without_streaks
takes it out before the rules are found and the text read. No OCR here: the page image and its rules."""
import numpy as np

from jixiao.extract import ocr_reader, scan_cleanup
from jixiao.extract.rule_stack import cluster

from .conftest import REPORTS


def _page():
    import pypdfium2 as pdfium
    path = sorted(REPORTS.glob("*.pdf"))[0]
    page = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil().convert("L")
    return np.asarray(page).copy()


def _columns(vs) -> list[int]:
    return [round(x) for x in cluster([v[0] for v in vs], ocr_reader.SNAP)]


def test_a_streak_down_the_whole_page_is_taken_out_and_the_pages_own_rules_kept():
    clean = _page()
    _, vs0 = ocr_reader.rules(clean)
    h, w = clean.shape
    # through a cell's middle (away from the page's own rules), 3 px of mid grey, top to bottom
    x = next(x for x in range(w // 3, w) if all(abs(x - c) > 40 for c in _columns(vs0)))
    streaked = clean.copy()
    streaked[:, x:x + 3] = np.minimum(streaked[:, x:x + 3], 130)
    assert any(abs(c - x) < 4 for c in _columns(ocr_reader.rules(streaked)[1]))   # read as a rule
    out, n = scan_cleanup.without_streaks(streaked)
    assert n == 1
    assert _columns(ocr_reader.rules(out)[1]) == _columns(vs0)
    # the page beside the streak is as it was; under it, the paper is paper again
    assert np.array_equal(out[:, :x - 2], clean[:, :x - 2]) and np.array_equal(out[:, x + 5:], clean[:, x + 5:])
    paper = clean[:, x:x + 3] > 250
    assert (out[:, x:x + 3][paper] > 200).mean() > 0.95


def test_a_clean_page_and_a_tables_own_rules_are_left_alone():
    clean = _page()
    out, n = scan_cleanup.without_streaks(clean)
    assert n == 0 and out is clean
    # a table filling the page, its rules from the top edge to the bottom one: its rules, not a streak
    a = np.full((1000, 800), 255, np.uint8)
    for y in (0, 300, 600, 998):
        a[y:y + 2, 100:700] = 0
    for x in (100, 400, 698):
        a[:, x:x + 2] = 0
    out, n = scan_cleanup.without_streaks(a)
    assert n == 0 and out is a
