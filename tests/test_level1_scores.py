"""One 得分 head over a column per level 1 (1849: 得分 over 产出指标 | 效益指标 | 满意度指标), each row's score under
its own group's column (normalize/level_scores): every row has its score, and the other columns are no unread
column; a two-row head whose lower row names no level 1 is no split."""
from jixiao.normalize import normalize_document
from jixiao.normalize.level_scores import level1_score_columns

from .documents import html_page, html_row


def _page(lower: list[str]) -> str:
    heads = "".join(f'<td rowspan="2">{h}</td>' for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"))
    return ("<html><body><table>" + html_row("项目名称", "测试项目") +
            f'<tr>{heads}<td colspan="2">得分</td></tr>' + html_row(*lower) +
            html_row("产出指标", "数量指标", "新建基地", "≥1500亩", "1560亩", "50", "50", "") +
            html_row("效益指标", "社会效益指标", "带动农户", "≥1000户", "900户", "50", "", "45") +
            "</table></body></html>")


def test_scores_split_by_level1_read_each_row_under_its_group(tmp_path):
    r = normalize_document(html_page(tmp_path, _page(["产出指标", "效益指标"])))
    assert [(i.weight.q.value, i.score.q.value if i.score else None) for i in r.indicators] == [(50, 50), (50, 45)]
    assert not any("不对应指标记录的任何字段" in w for w in r.warnings)


def test_a_lower_head_naming_no_level1_is_no_split():
    top = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ""]
    assert level1_score_columns([top, [""] * 6 + ["自评", "复核"]], 0, 2, 6) == {}
    assert level1_score_columns([top, [""] * 6 + ["产出指标", "效益指标"]], 0, 2, 6) == {"产出指标": 6, "效益指标": 7}
