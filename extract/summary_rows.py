"""The rows that sum a table up rather than state an indicator: the total's label (合计, 总分, 自评总分
（含资金执行率）), the grade's (自评等级), the evaluation's result (评价结果). The table readers
(normalize/tables.py), the cell-run reader (cell_runs.py), the unread count and the .doc reader's lost
tables (extract._lost_tables: a closing total row placed as printed) share this one grammar; it lives in
extract/ for that last one, as extract/ may not import normalize/."""
from __future__ import annotations

import regex as re

from .labels import GRADE_NOUN, bare

# The total row's label: 总分, 合计, and the forms with 得分 before or after (得分合计, 合计得分, 总得分).
# 最终得分 / 最后得分: the score the table ends with, after what it adds or takes beyond the points (924).
TOTAL_LABEL = re.compile(r"^(?:得分|评分)?(?:合计|总计|总分)(?:得分)?$|^总得分$|^(?:最终|最后)(?:得分|评分|总分)$")
# A row of the evaluation's result (预算绩效评价结果 | 考核节点进度完成率 | 10分 …): the end of the indicator
# rows; 绩效评价结果 with points beside it is the stated total.
RESULT_LABEL = re.compile(r"^(?:预算)?(?:绩效)?评价结果$")
# A line stating the whole score (总分, 自评总分, 综合得分, 合计得分): who scored it (自评, 评价, 综合 …,
# 绩效 / 单位 / 项目 before it) and 总分 / (总)得分; not a bare 得分, a column's head.
_SCORER = r"(?:(?:绩效|单位|项目)?(?:自评|综合|评价|考核|考评))"
# The words that name a score, never the full marks; a bare 总分 may be either (the 总分 row of a table
# is its total; in a sentence, 总分100分 is the full marks).
SCORE_TOTAL = rf"{_SCORER}+总分|{_SCORER}*总得分|{_SCORER}+得分|合计得分|得分合计"
# A row's label may name what was evaluated before the scorer (部门整体支出绩效自评总分, 项目支出绩效评价总分):
# a subject ending in 绩效, then the scorer and 总分; or the whole scored, this one or not (本项目 /
# 项目 / 本部门 / 本单位), then 总分 or 总得分 (1129's 项目总得分 beside the title); never 得分 alone (考核得分 may
# end an indicator's name).
SCORE_TOTAL_LABEL = re.compile(rf"^(?:{SCORE_TOTAL}|总分|[\u4e00-\u9fff]+绩效{_SCORER}总分|本?(?:项目|部门|单位)总得?分)$")
# A note in brackets after a summary row's label (自评总分（含资金执行率）): what the figure counts.
_LABEL_NOTE = re.compile(r"[（(][^（()）]*[)）]")
# A total's note saying its points leave the fund's out (合计（不含预算执行率）, 小计（不包括资金执行）):
# the indicators' points, not the table's.
EXCLUDES_FUND = re.compile(r"[（(]\s*(?:不含|不包含|不包括|未含|未包括)\s*(?:预算|资金)*(?:执行率|执行|资金)")
# The grade's row label (自评等级, 评价等次, 自评结论, 自评结果): who graded and 等级 / 等次 / 结论, or
# the scorer and 结果 (a bare 结果 names no grading). A 结论 or 结果 states a grade only where its value
# is a grade word (vocab.GRADE: label and value read as one line).
GRADE_LABEL = re.compile(rf"^{_SCORER}*(?:{GRADE_NOUN}|结论)$|^{_SCORER}+结果$")


_INDICATOR_BEFORE_TOTAL = re.compile(r"^(?:绩效)?指标(?=合计|总计|总分|得分合计)")


def summary_label(text: str) -> str | None:
    """"total" for the label of a row stating a total (合计, 总分, 绩效指标合计, 自评总分（含资金执行率）),
    "grade" for the grade's (自评等级), None otherwise: such a row is never an indicator. 小计 is a
    section's sum, not a summary of the table."""
    b = _INDICATOR_BEFORE_TOTAL.sub("", _LABEL_NOTE.sub("", bare(text)))
    if TOTAL_LABEL.match(b) or SCORE_TOTAL_LABEL.match(b):
        return "total"
    return "grade" if GRADE_LABEL.match(b) else None
