"""Scans: a letter the recogniser read where a pattern printed over the paper crosses itself (702's
pink guilloche on security paper: X before a target of 100%) holds no print, and is not read."""
import numpy as np

from .ocr_fakes import read_drawn


def _item(x0: int, y0: int, x1: int, y1: int, text: str, score: float) -> list:
    step = (x1 - x0) / len(text)
    words = [[[x0 + step * k, y0], [x0 + step * (k + 1), y0], [x0 + step * (k + 1), y1], [x0 + step * k, y1]]
             for k in range(len(text))]
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], text, score, words, list(text), [score] * len(text)]


def test_a_doubtful_letter_over_no_ink_as_dark_as_the_pages_print_is_not_read(monkeypatch):
    """Issue 21 (702's scan): the X's darkest pixel is 200 on a page printed near 0 on paper of 255
    (its figures' darkest 1): it is the pattern's, and the page says it left it out. A letter read
    with the same doubt over the page's ink stays, and so does one over pale ink read with no doubt."""
    page = np.full((200, 400, 3), 255, np.uint8)
    for y in (20, 60, 100, 140):
        page[y + 4:y + 20, 110:150] = 30             # each line's figures, printed dark
    page[60:74, 80:94] = 205                         # the pattern under the first X: pale, no print
    page[100:114, 80:94] = 40                        # a letter printed as dark as the figures
    page[140:154, 80:94] = 205                       # pale again, but read with no doubt
    result = [_item(110, 20, 150, 40, "100%", 0.99),
              _item(80, 60, 94, 74, "X", 0.72), _item(110, 60, 150, 80, "100%", 0.99),
              _item(80, 100, 94, 114, "X", 0.72), _item(110, 100, 150, 120, "100%", 0.99),
              _item(80, 140, 94, 154, "X", 0.97), _item(110, 140, 150, 160, "100%", 0.99)]
    doc = read_drawn(monkeypatch, page, result)
    text = " ".join(b.text for b in doc.blocks)
    assert text.count("X") == 2 and text.count("100%") == 4
    assert any("底纹" in w and "“X”（置信度 72%）" in w for w in doc.warnings)


def test_a_doubtful_figure_as_faint_as_the_print_around_it_is_read(monkeypatch):
    """Issue 21 (1011's scan, a phone photo through a greasy lens): the veil over the middle of the
    table lifts its print to 165-195 on paper of 237 (the page's print 27); 5 read there with doubt
    was left out as the paper's pattern, the row's weight lost. The lines read without doubt around
    it are as faint: it is printed, and read. A doubtful line as pale among dark print still is not."""
    page = np.full((400, 400, 3), 255, np.uint8)
    result = []
    for y in (20, 60, 100, 140, 180):                # the page's own print, dark
        for x in (20, 290):
            page[y + 4:y + 16, x:x + 40] = 30
            result.append(_item(x, y, x + 40, y + 20, "100%", 0.99))
    for y in (240, 280, 320):                        # under the veil: faint, read without doubt
        page[y + 4:y + 16, 110:150] = 180
        page[y + 4:y + 16, 200:214] = 180
        result += [_item(110, y, 150, y + 20, "124套", 0.99), _item(200, y, 214, y + 20, "7", 0.99)]
    page[284:296, 200:214] = 190                     # the doubtful 5 among them
    result[-3] = _item(200, 280, 214, 300, "5", 0.8)
    page[64:76, 200:214] = 205                       # a pale doubtful X among the dark print
    result.append(_item(200, 60, 214, 80, "X", 0.72))
    doc = read_drawn(monkeypatch, page, result)
    text = " ".join(b.text for b in doc.blocks)
    assert "5" in text.split() and "X" not in text
    assert any("底纹" in w and "“X”" in w and "“5”" not in w for w in doc.warnings)
