"""A bare 总分 line alone after the tables (总分：98.72), which may state the full marks or the score: the document's
own sums tell which (fixleft79, 1938's Turtle total)."""
from tests.text_rows import body_rows, indicator_rows, written

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
FUND = ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def _text(total: str, fund_score: str = "78") -> str:
    lines = ["项目名称：某项目", "", "\t".join(FUND), "\t".join(["年度资金总额", "100", "100", "100", "78", "100%", fund_score]),
             "", "\t".join(HEAD)] + ["\t".join(r) for r in body_rows()] + ["", f"总分：{total}"]
    return "\n".join(lines) + "\n"


def test_a_bare_total_line_is_the_score_where_the_weights_make_the_full_points_and_the_scores_its_figure(tmp_path):
    """Weights 78 + 22 = 100, scores 78 + 20.72 = 98.72: the line's 98.72 is the score, read and said (it was said
    unread: 像是总分，未读取为项目总分)."""
    recs, _ = indicator_rows(written(tmp_path, _text("98.72")))
    p = recs.projects[0]
    assert p.total_score_stated is not None and str(p.total_score_stated.value) == "98.72"
    assert any("得分合计" in w for w in recs.warnings)


def test_a_bare_total_line_the_sums_do_not_tell_is_said_not_read(tmp_path):
    """The scores add to 98.72 and the line writes 97.50: nothing tells what it states; said, not read."""
    recs, _ = indicator_rows(written(tmp_path, _text("97.50")))
    p = recs.projects[0]
    assert p.total_score_stated is None
    assert any("像是总分" in w for w in recs.warnings)
