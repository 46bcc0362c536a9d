"""A time indicator's result dated before the year the report evaluates (JX803)."""
from __future__ import annotations

from jixiao.normalize import DocRecords
from jixiao.normalize.indicator_row import READ_SURELY

from .registry import rule


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


@rule("JX803", "result-before-year", "low", "实际完成日期早于评价年度，疑为沿用上年表格的年份",
      """
A deadline the form sets within the year it evaluates (目标 2023年12月31日前 in a report of 2023) is met by
that year's work: its result dated in an earlier year (实际完成值 2022年11月26日) cannot be this year's
budget at work. It is a year left from last year's form, or typed one off: the row's deadline is judged
met on a date that says nothing of this year. The report's year is its project's, or the document's
(its title, 填报日期, prose: normalize.report_year); not checked where neither is known, nor for a deadline
of another year (a project of several years: 2024年6月30日前 in a report of 2023 may be met early, in
2023), nor for a result with no date of its own (已完成, 提前15天完成). A scanned row is checked only where
OCR read it surely (Indicator.ocr_confidence, 0.99 or more, as normalize.indicator_row.READ_SURELY): a
year's one digit misread is the recogniser's, not the form's.
""", good="项目竣工验收时间：目标 2023年12月31日前，实际 2023年11月26日（2023年度报告）",
      bad="项目竣工验收时间：目标 2023年12月31日前，实际 2022年11月26日（2023年度报告）")
def result_before_year(recs: DocRecords, r):
    years = {p.name: p.year for p in recs.projects}
    for i in recs.indicators:
        t, a = i.target, i.actual
        if t is None or a is None or t.q.op != "deadline" or i.doubt:
            continue
        if recs.ocr and not (i.ocr_confidence is not None and i.ocr_confidence >= READ_SURELY):
            continue
        year = years.get(i.project) or recs.year
        due, done = _year(t.q.date), _year(a.q.date)
        if not year or due != year or done is None or done >= year:
            continue
        yield r.flag(recs, f"“{i.level3}”实际完成值 {a.raw} 早于评价年度 {year} 年，而目标 {t.raw} 是本年度的期限："
                           f"本年度的工作不会在 {done} 年完成，疑为沿用上年表格未改的年份或笔误。",
                     [a.loc, t.loc], f"{t.raw} / {a.raw}", stated=a.raw, expected=f"{year}年")
