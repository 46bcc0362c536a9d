"""Scans: the lines whose first reading is doubtful are recognised again by v6 and the better
reading kept (extract/ocr_doubt.py); the rest of a simplified page is read once."""
import numpy as np
import pytest

from jixiao.extract import ocr_doubt, ocr_script

from .conftest import ROOT
from .test_ocr_script import _crop, _read

CONSTRUCTED = ROOT / "corpus" / "constructed"


def test_doubtful_lines_of_a_scan_are_read_again_and_the_better_reading_kept():
    # 084's names numbered ⑥-⑨: the engine's model knows no ⑥ ⑦ ⑨ (it leaves ⑥ and ⑦ out and
    # reads ⑨ as 9) and drops ⑧; v6 reads them
    assert ocr_script.available()
    doc, cells = _read(_crop(CONSTRUCTED / "084.scan.pdf", 0, 760, 935)[:, 260:1270].copy())
    for name in ("⑥年度工作任务完成", "⑦预算调整率", "⑧“三公”经费控制", "⑨固定资产利用率"):
        assert name in cells, cells
    said = [w for w in doc.warnings if ocr_script.MODEL in w]
    assert len(said) == 1 and "→“⑦预算调整率”" in said[0]


def test_a_confusion_the_engine_is_unsure_of_is_decided_by_the_second_reading():
    # 083: 竣 read 峻 at a low score; v6 reads 竣 surely, and the full-width colon stays full-width
    _, cells = _read(_crop(CONSTRUCTED / "083.scan.pdf", 0, 1000, 1160)[:, 340:1400].copy())
    assert "指标5：新建园舍竣工时间" in cells and "峻" not in cells


KNOWN = set("①②③④⑧0123456789%：:（()）@固定资产利用率指标新建园舍峻竣工时间政府采购执行预算调整")


@pytest.mark.parametrize("first, second, kept", [
    # higher score, width forms of the first kept
    (("指标5：新建园舍峻工时间", 0.940), ("指标5:新建园舍竣工时间", 0.980), "指标5：新建园舍竣工时间"),
    # a lower score and nothing the first model lacks: the first stays
    (("指标5：新建园舍竣工时间", 0.990), ("指标5:新建园舍峻工时间", 0.980), "指标5：新建园舍竣工时间"),
    # a character the first model lacks (⑩), read confidently: the second, though it scores lower
    (("@政府采购执行率", 0.961), ("⑩政府采购执行率", 0.938), "⑩政府采购执行率"),
    # … but not unsurely
    (("@政府采购执行率", 0.961), ("⑩政府采购执行率", 0.85), "@政府采购执行率"),
    # ⑨ is no width form of 9
    (("9固定资产利用率", 0.943), ("⑨固定资产利用率", 0.994), "⑨固定资产利用率"),
    # a higher score that is itself unsure (a lone / that v6 reads as 1): the first
    (("/", 0.786), ("1", 0.855), "/"),
    # only spacing and width forms differ: the first
    (("(2）预算调整", 0.93), ("(2) 预算调整", 0.99), "(2）预算调整"),
    # a figure's unit in letters dropped (783's ≥3000㎡ read ≥3000m², v6 ≥3000), however sure: the first
    (("≥3000m²", 0.93), ("≥3000", 0.99), "≥3000m²"),
    (("3,260m²", 0.94), ("3,260", 0.99), "3,260m²"),
    # letters dropped that are no unit of the figure (a stray x after a word): the second
    (("面积x 3000亩", 0.93), ("面积 3000亩", 0.99), "面积 3000亩"),
])
def test_the_better_reading_is_kept(first, second, kept):
    crop = np.full((30, 300, 3), 255, np.uint8)
    assert ocr_doubt.better(first, second, crop, KNOWN)[0] == kept


def _line(blobs, width=300, height=30):
    """A line's crop with dark blobs (glyphs) at these x ranges."""
    crop = np.full((height, width, 3), 255, np.uint8)
    for a, b in blobs:
        crop[8:22, a:b] = 0
    return crop


def _info(xs, width=300, frames=75):
    """The decoder's word-box info of a reading whose characters stand at these x."""
    return [frames, [], [[round(x / width * frames) for x in xs]], [], [1.0] * len(xs)]


def test_ink_ahead_of_the_first_character_read_is_left_unread():
    crop = _line([(5, 25), (30, 50), (55, 75), (80, 100)])
    assert not ocr_doubt.unexplained(crop, _info([15, 40, 65, 90]))
    assert ocr_doubt.unexplained(crop, _info([40, 65, 90]))         # the first blob not read
    assert ocr_doubt.unexplained(crop, _info([15, 40, 90]))         # nor one between
    # a dropped leading glyph: the reading that reads it wins though it scores no higher
    first, second = ("预算调整", 1.0, _info([40, 65, 90])), ("⑦预算调整", 1.0, _info([15, 40, 65, 90]))
    assert ocr_doubt.better(first, second, crop, None)[0] == "⑦预算调整"
    assert ocr_doubt.better(second, first, crop, None)[0] == "⑦预算调整"


@pytest.mark.parametrize("reading, doubtful", [
    (("预算调整率", 0.999, _info([15, 40, 65, 90])), False),
    (("预算调整率", 0.93, _info([15, 40, 65, 90])), True),                    # unsure line
    (("③消费投诉", 0.99, _info([15, 40, 65, 90])), True),                    # a circled number
    (("@政府采购", 0.97, [75, [], [[4, 10, 16, 22]], [], [0.7, 1, 1, 1]]), True),   # one unsure character
])
def test_a_reading_is_doubtful_by_its_scores_its_circled_numbers_or_ink_left(reading, doubtful):
    crop = _line([(5, 25), (30, 50), (55, 75), (80, 100)])
    assert ocr_doubt.doubtful(reading, crop) is doubtful


def test_a_character_read_out_between_two_han_leaves_a_gap_of_the_lines_own_pitch():
    """440's and 223's scans read 修缮 as 修: the gap where 缮 stood is two of the line's Han
    pitches, but under the line-height measure (1.5 heights); with ink in it, a character was left
    out, and v6's reading that has it is kept, though both leave a mark before the line unread and
    it scores a little lower. White there is the gap between two cells: no doubt."""
    glyphs = [(22 + 20 * k, 38 + 20 * k) for k in range(6)]          # 修缮传统民居, a pitch of 20
    crop = _line([(0, 3)] + glyphs, height=27)                       # a mark before the line too
    at = [30 + 20 * k for k in range(6)]
    first = ("修传统民居", 0.9994, _info(at[:1] + at[2:], frames=300))
    second = ("修缮传统民居", 0.9989, _info(at, frames=300))
    assert not ocr_doubt.unexplained(_line(glyphs, height=27), first[2])      # by the line's height, no gap
    assert ocr_doubt.unexplained(_line(glyphs, height=27), first[2], first[0])
    assert not ocr_doubt.unexplained(_line(glyphs[:1] + glyphs[2:], height=27), first[2], first[0])
    assert ocr_doubt.doubtful(first, _line(glyphs, height=27))
    assert ocr_doubt.better(first, second, crop, None)[0] == "修缮传统民居"
    assert ocr_doubt.better(second, first, crop, None)[0] == "修缮传统民居"


def test_a_short_lines_gap_is_measured_against_its_other_han_neighbours():
    """816's scan: 修缮古建筑 read 修古建筑 (its 缮 read out, a sure line), the centres 36 / 22.5 / 18 px
    apart: the gap counted in its own pitch (a median of three) left it under the measure, and the line
    was not read again; against the other two pairs' pitch it is a character's gap with ink."""
    at = [9.0, 44.9, 67.4, 85.4]
    xs = [x for a, b in ((4, 8), (9, 20), (23, 28), (30, 39), (44, 57), (61, 77), (80, 96)) for x in range(a, b)]
    assert ocr_doubt.read_out("修古建筑", at, xs) == {1}
    # white in the gap (two cells' words a detection box joined): no character read out
    apart = [x for x in xs if not 21 <= x <= 36]
    assert ocr_doubt.read_out("修古建筑", at, apart) == set()
    # the line's characters evenly set: no gap
    assert ocr_doubt.read_out("修古建筑", [9.0, 29.0, 49.0, 69.0], list(range(0, 80))) == set()
