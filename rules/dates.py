"""A time indicator's result dated before the year the report evaluates (JX803), or after the day the form says
it was filled in (JX804)."""
from __future__ import annotations

import regex as re

from jixiao.normalize import DocRecords
from jixiao.normalize.indicator_row import READ_SURELY

from .registry import rule


def _years(recs: DocRecords):
    """The year an indicator's report evaluates: its project's, else the document's (None where neither is known)."""
    years = {p.name: p.year for p in recs.projects}
    return lambda i: years.get(i.project) or recs.year


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
OCR read its two dates surely (the target's and the result's cells, Indicator.figures_confidence, 0.99 or more,
as normalize.indicator_row.READ_SURELY; a score cell of the row read unsurely says nothing of them): a
year's one digit misread is the recogniser's, not the form's.
""", good="项目竣工验收时间：目标 2023年12月31日前，实际 2023年11月26日（2023年度报告）",
      bad="项目竣工验收时间：目标 2023年12月31日前，实际 2022年11月26日（2023年度报告）")
def result_before_year(recs: DocRecords, r):
    year_of = _years(recs)
    for i in recs.indicators:
        t, a = i.target, i.actual
        if t is None or a is None or t.q.op != "deadline" or i.doubt:
            continue
        sure = i.figures_confidence if i.figures_confidence is not None else i.ocr_confidence
        if recs.ocr and not (sure is not None and sure >= READ_SURELY):
            continue
        year = year_of(i)
        due, done = _year(t.q.date), _year(a.q.date)
        if not year or due != year or done is None or done >= year:
            continue
        yield r.flag(recs, f"“{i.level3}”实际完成值 {a.raw} 早于评价年度 {year} 年，而目标 {t.raw} 是本年度的期限："
                           f"本年度的工作不会在 {done} 年完成，疑为沿用上年表格未改的年份或笔误。",
                     [a.loc, t.loc], f"{t.raw} / {a.raw}", stated=a.raw, expected=f"{year}年")


# The label of the day the form was filled in or its report written, then the date (填报日期：2023年3月15日, 填表时间
# 2024-03-26); the label alone in its cell takes the date of the next cell of its row.
FILED_LABEL = re.compile(r"(?:填报|填表|填写|报告|自评)(?:日期|时间)\s*[：:]?\s*")
# A date to the month at least, its day where written (2023年11月28日, 2023.11, 2023-11-28).
DATE = re.compile(r"(20\d\d)\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])?\s*(?:(\d{1,2})\s*日?)?(?!\d)")
# A result dated only by its bound or its plan (2023年11月30日前, 预计2024年3月完成): not the day it happened.
NOT_THE_DAY = re.compile(r"前|之内|以内|预计|计划|拟|将|未")


def _date(text: str, at: int = 0, start: bool = False) -> tuple[tuple[int, ...], str] | None:
    """The date written at (or, unless start, anywhere after) `at`: (year, month[, day]) and its words."""
    m = DATE.match(text, at) if start else DATE.search(text, at)
    if m is None or not 1 <= int(m[2]) <= 12:
        return None
    day = (int(m[3]),) if m[3] and 1 <= int(m[3]) <= 31 else ()
    return (int(m[1]), int(m[2])) + day, m[0].strip()


def filing_date(recs: DocRecords) -> tuple[tuple[int, ...], str, object] | None:
    """The one day the form says it was filled in (a date right after a 填报日期 / 填表时间 label, in a line or a
    cell, or in the next cell of the label's row): (date, its words, place); None where none is written or two
    differ."""
    found = []
    texts = list(recs.paragraphs) + list(recs.cells)
    for k, (text, loc) in enumerate(texts):
        for m in FILED_LABEL.finditer(text):
            got = _date(text, m.end(), start=True)
            if got is None and not text[m.end():].strip() and k + 1 < len(texts):
                nxt, nloc = texts[k + 1]
                if loc.table is not None and (nloc.table, nloc.row) == (loc.table, loc.row):
                    got, loc = _date(nxt.strip(), start=True), nloc
            if got is not None:
                found.append((*got, loc))
    found += _split_labels(list(recs.paragraphs))
    return found[0] if found and len({f[0] for f in found}) == 1 else None


def _split_labels(paragraphs: list) -> list:
    """The filing dates whose label a printed line's end split, its first characters closing one paragraph and the
    rest opening the next (填 ⏎ 报日期：2024-03-12, a PDF's lines as its page's width wrapped them: 1870.pdf): the
    label read across the break, the date after it, as (date, its words, place)."""
    found = []
    for (text, _), (nxt, nloc) in zip(paragraphs, paragraphs[1:]):
        joined = text.rstrip() + nxt.lstrip()
        cut = len(text.rstrip())
        for m in FILED_LABEL.finditer(joined, max(cut - 3, 0)):
            if m.start() < cut < m.end() - 1 and (got := _date(joined, m.end(), start=True)) is not None:
                found.append((*got, nloc))
    return found


def _after(done: tuple[int, ...], filed: tuple[int, ...]) -> bool:
    """A day written after the filing day, at the precision both write (a month alone is any day of it)."""
    n = min(len(done), len(filed))
    return done[:n] > filed[:n]


@rule("JX804", "result-after-filing", "low", "实际完成日期晚于本表填报日期，疑为填报日期沿用旧表",
      """
A form reports what was done by the day it was filled in: a result dated after its own 填报日期 (a work
completed 2023年11月28日 on a form filled in 2023年3月15日) cannot have been known when the form was
written. Either the filing date is last year's form's, left in, or the result's date is mistyped; the
analyst reads which. Compared at the precision both write (a month alone is any day of that month, so
2023年3月 is not after 2023年3月15日); a result dated by its bound or plan (2023年11月30日前, 预计2024年完成)
is no day it happened and is not compared, nor a result dated in another year than the one evaluated (that
date is the result's own slip: JX401 judges it against its deadline), unless the row's own deadline is in that
year (a project of several years: 实际 2024年4月8日 against 2024年6月30日前 in a report of 2023, filled in
2024年3月25日); nor is a form naming two different filing dates. Scans are not checked: a date's digits misread would make the finding the recogniser's.
""", good="填报日期：2024年3月15日；项目竣工验收时间：实际 2023年11月28日",
      bad="填报日期：2023年3月15日；项目竣工验收时间：实际 2023年11月28日")
def result_after_filing(recs: DocRecords, r):
    if recs.ocr or (filed := filing_date(recs)) is None:
        return
    day, words, at = filed
    year_of = _years(recs)
    late = []
    for i in recs.indicators:
        a = i.actual
        if a is None or a.q.op != "deadline" or i.doubt or NOT_THE_DAY.search(a.raw or ""):
            continue
        # a result in another year than the one evaluated is the result's own slip (JX401 judges it missed),
        # unless the row's own deadline is in that year (a project of several years: 2024年6月30日前 in a report
        # of 2023): the result then dates the work the row set, and a day after the filing one is this rule's
        year, due = year_of(i), _year(i.target.q.date) if i.target is not None else None
        if (done := _date(a.raw or "")) is not None and _after(done[0], day) and \
                done[0][0] in (year or done[0][0], due):
            late.append(i)
    if not late:
        return
    rows = "；".join(f"“{i.level3}”实际完成值 {i.actual.raw}" for i in late[:3]) + ("等" if len(late) > 3 else "")
    yield r.flag(recs, f"本表填报日期为 {words}，而{rows}晚于该日期：表格填报时这些事项尚未发生，"
                       "疑为填报日期沿用旧表未改，或完成日期有误。",
                 [at] + [i.actual.loc for i in late[:3]], f"{words} / {late[0].actual.raw}",
                 stated=words, expected=f"不早于 {late[0].actual.raw}")
