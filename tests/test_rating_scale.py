"""A rating column on a scale its header names (评分（5分制）) between the 分值 and the 得分, the 得分 on every
row the weight × the rating ÷ 5 (1741): the 得分 is the score, the rating said unread
(columns.points_beside_rating); a rating with no points column beside it is still read as before."""
from decimal import Decimal

from jixiao.normalize import normalize_document

from .documents import document


def _rows(points: bool, head: str = "评分（5分制）"):
    rows = [["项目名称", "测试项目", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", head] + (["得分"] if points else [])]
    for name, t, a, w, rate, s in (("新建果园", "≥3000亩", "3080亩", "50", "5", "50"),
                                   ("套种面积", "≥2000亩", "1800亩", "50", "4.5", "45")):
        rows.append(["产出指标", "数量指标", name, t, a, w, rate] + ([s] if points else []))
    return rows


def test_the_points_beside_a_rating_on_a_scale_are_the_score():
    r = normalize_document(document(_rows(True), fmt="xlsx"))
    assert [i.score.q.value for i in r.indicators] == [Decimal(50), Decimal(45)]
    assert any("评分（5分制）" in w and "未读取" in w for w in r.warnings), r.warnings


def test_a_rating_read_where_its_neighbour_is_no_such_product():
    rows = _rows(True)
    rows[-1][-1] = "40"   # 50 × 4.5 ÷ 5 is 45, not 40: the columns do not show which is the points
    r = normalize_document(document(rows, fmt="xlsx"))
    assert [i.score.q.value for i in r.indicators] == [Decimal(5), Decimal("4.5")]
