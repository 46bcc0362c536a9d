"""A label's grammar that both layers read: its points note in brackets (产出指标（40分）) and its bare
form (no whitespace, no note). It lives in extract/ because the .doc reader places a table's total row
by its label (extract.summary_rows) as normalize/ reads every label by it; extract/ may not import
normalize/ (normalize.vocab imports it from here)."""
from __future__ import annotations

from functools import lru_cache

import regex as re

from .model import normalize_ws


# A grade's head noun (自评等级, 绩效等次, 评价档次): the one word list of grade labels both layers read (summary_rows'
# GRADE_LABEL, normalize.vocab.GRADE, the total row's grade clause and the OCR fund block's grade label). 级别 (a
# level) names the grade only where a scorer says it (1986: 自评级别; 评价 / 考评 / 评定 / 绩效级别): 级别 alone, or a
# 响应级别 / 预警级别, is another level's.
GRADE_SCORER = r"(?:自评|评价|考评|评定|绩效)"   # who grades, before the noun (自评等级); 级别 a grade's only after one
GRADE_NOUN = r"(?:等级|等次|档次|(?<=" + GRADE_SCORER + r")级别)"


def points_note(*, named: bool = False, cut: bool = False, broken: bool = False) -> str:
    """The grammar of a label's points in brackets (产出指标（40分）, 受益居民(8 分), 产出指标(50)),
    the one that bare, cell_joins, cell_runs and tables use; the number is the group "points".
    The brackets, spaces and number are one grammar; three differences are real:
    named: after an indicator's name a bracketed bare number may be the name's own (…(2)), so
    there only (N分) is points; after a level label nothing else is bracketed, and 分 may be left
    out (产出指标(50)).
    cut: the closing bracket may be lost at the end of the text (a scan of 社会效益指标（10 / 分）
    wrapped in its cell).
    broken: a note on a line of its own may have lost its opening or its closing bracket with the
    line break (效益指标 / 30分)), not both (a bare 30分 is a score)."""
    body = rf"\s*(?P<points>\d+(?:\.\d+)?)\s*分{'' if named else '?'}\s*"
    close = r"(?:[)）]|$)" if cut or broken else r"[)）]"
    return rf"(?:[（(]{body}{close}|{body}[)）])" if broken else rf"[（(]{body}{close}"


# The note any label may carry (an indicator's name too: named), its closing bracket maybe cut; or the
# note with its figure left out ((分), (  分): a template's blank, or a copy that lost its figures, 034's
# 效益指标(分)), which names no points and leaves the label's name as it stands.
_WEIGHT_NOTE = re.compile(points_note(named=True, cut=True) + r"|[（(]\s*分\s*[)）]")


@lru_cache(maxsize=1 << 16)   # asked for every label and header cell, by every reader that weighs it
def bare(text: str) -> str:
    """A label without whitespace or a '(20 分)' weight note."""
    return _WEIGHT_NOTE.sub("", normalize_ws(text or ""))
