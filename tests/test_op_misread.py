"""A scan's ≥ read as the digit 2 (1824.scan, a fax of a fax: ≥3000户 read 23000户, ≥90% read 2.90%): where the figure
without its leading 2 is on the result's scale, the figure as read far off it, in one unit, and other targets of the
column are written with ≥, the target is read as ≥ and the rest and said with the cell (normalize/op_misread); a
target near its result, in another unit, in a column with no ≥, or in a typed document stays as read."""
from jixiao.normalize import normalize_document
from jixiao.normalize.op_misread import ge_read_as_two

from .documents import document, scanned

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _rows(first: str, second: str):
    return [HEAD, ["产出指标", "数量指标", "带动脱贫户", first, "3085户", "40", "40"],
            ["产出指标", "质量指标", "良种覆盖率", second, "92.8%", "30", "30"],
            ["效益指标", "经济效益指标", "户均增收", "≥6000元", "6210元", "30", "30"]]


def test_a_leading_two_that_is_the_ge_is_read_so_and_said():
    r = normalize_document(scanned(_rows("23000户", "2.90%"), confidence=0.9))
    assert [(i.target.q.op, i.target.q.value) for i in r.indicators[:2]] == [(">=", 3000), (">=", 90)]
    said = [w for w in r.warnings if "疑为“≥”识别为“2”" in w]
    assert len(said) == 2 and "23000户" in said[0]


def test_a_target_the_evidence_does_not_bear_out_stays_as_read():
    typed = normalize_document(document(_rows("23000户", "2.90%")))
    assert typed.indicators[0].target.q.value == 23000
    assert not any("疑为“≥”识别为“2”" in w for w in typed.warnings)
    assert ge_read_as_two("25000户", "24000户", ["≥6000元"]) is None     # on the result's scale as read
    assert ge_read_as_two("23000户", "3085人", ["≥6000元"]) is None      # another unit
    assert ge_read_as_two("23000户", "3085户", ["6000元"]) is None       # no ≥ in the column
    assert ge_read_as_two("2万亩", "2.06万亩", ["≥6000元"]) is None
