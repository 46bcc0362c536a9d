"""分值 / 得分 typed once across both columns where the score is full (1739): one cell merged over the two
columns on a row is the points for both, the score the weight (indicator_row._points_once), said on the row;
a row with two cells reads each; a scan's merge (maybe a rule OCR missed) is not read so."""
from decimal import Decimal

from jixiao.normalize import normalize_document

from .documents import document, scanned


def _rows():
    return [["项目名称", "测试项目", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "新建果园", "≥3000亩", "3080亩", "50", None],
            ["产出指标", "数量指标", "带动农户", "≥2000户", "1700户", "50", "42.5"],
            ["总分", "", "", "", "", "100", "92.5"]]


def test_points_typed_once_over_both_columns_are_the_score():
    r = normalize_document(document(_rows(), fmt="docx"))
    assert [(i.weight.q.value, i.score.q.value) for i in r.indicators] == [(Decimal(50), Decimal(50)),
                                                                          (Decimal(50), Decimal("42.5"))]
    assert "分值与得分两栏合并为一格" in r.indicators[0].note


def test_a_scans_merge_is_not_read_as_both():
    r = normalize_document(scanned(_rows()))
    assert "分值与得分两栏合并为一格" not in r.indicators[0].note
