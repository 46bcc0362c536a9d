"""The year a report is about, from the years written in it.

1. A title that names the form or report with its year decides (部门预算项目支出绩效自评表(2023年度),
   2021年度项目绩效自评报告): the body may well speak of other years (057's tasks recall a 2018年度
   inspection, twice).
2. Otherwise the years vote: "2021年度" and a labelled year (评价年度：2022, or 预算年度 | 2023 in two
   cells, the label's cell followed by one holding the year alone) count three times, a bare "2021年" once (018's only 年度 is in a remark about the year before; its tasks say 2021年
   three times), a date (2022年4月2日) not at all. The project's name opening with its year (项目名称 |
   2023年X项目, or 项目名称：2023年X项目) counts three times too: the form evaluates that year's
   project, where remarks may speak of the next year's plans (507: 顺延至2024年实施, 2024年加强…, each
   a bare 2024年; the 411 year-led names of the corpora's records all name the record's year).
3. Where no year is written but in dates, the year's end votes: a deadline of the year's work
   (050: a target 2023年12月前; 052: a completion date 2021年12月31日, published 2022-08-15).
   Other dates are the evaluation's own steps or its publication, in the year after (raw 005:
   2023年4月21日成立评价小组 for 评价年度 2022): left out, as is a date labelled as the day the
   report was filled in, published or signed: a date after its label (填报日期：, 填表时间, 日期：) or
   on a line naming a signer (填表人：X 联系电话：… 2024年3月22日, the foot under a form).

Two years with equal weight: the year is not known (better none than a guess), unless the report says the
day it was filled in, published or signed (填报日期：2024年3月26日) and one of them, alone, is the year before it
(1287's scan: the title's 2023 cut from its 年 by a rule of the old page under the print, a bare 2024年 in a
remark on next year's measures). A year alone in a text whose 年 opens the next (2023 | 年琼中黎…) is read with it.
"""
from __future__ import annotations

import unicodedata

import regex as re

from jixiao.extract import normalize_ws

from .vocab import NAME_LABEL

YEAR = re.compile(r"(20\d\d)\s*年(度)?(?!\s*\d{1,2}\s*月)")
# 年度 or 年份 (项目年份 | 2021, 059): both name the year the figures are of
LABELLED = re.compile(r"(?<![上去前下次])年[度份]\s*[：:]\s*(20\d\d)(?!\d)")
# the label and its year in two cells side by side (预算年度 | 2023: a form's head lines, a .csv's label,value);
# a label naming another year (上年度, 去年度, 下年度) labels no report year, here or in LABELLED
LABEL_ALONE = re.compile(r"(?<![上去前下次])年[度份]\s*[：:]?$")
YEAR_ALONE = re.compile(r"^(20\d\d)\s*年?$")
YEAR_END = re.compile(r"(20\d\d)\s*年\s*12\s*月")
# the label of a date the document was published, printed or signed on
ISSUED = re.compile(r"(?:(?:发布|更新|印发|发文|填报|填表|填写|报告|签发|打印|成文)(?:日期|时间)|^日期)\s*[：:]?\s*$")
# a line naming who filled in, checked or signed the form: a date on it is the day it was signed
SIGNED = re.compile(r"(?:填表|填报|审核|联系|负责)人|联系电话|签[字名章]|盖章")
# the project's name opening with its year, after its label in the same text or alone in the next cell
NAMED_YEAR = re.compile(rf"{NAME_LABEL}\s*[：:]\s*(20\d\d)\s*年(?!度|\s*\d{{1,2}}\s*月)")
NAME_ALONE = re.compile(rf"{NAME_LABEL}\s*[：:]?$")
YEAR_LED = re.compile(r"^(20\d\d)\s*年(?!度|\s*\d{1,2}\s*月)")
# A title: short, and names the form or report (自评表, 自评报告, 绩效评价报告 …).
TITLE = re.compile(r"(?:自评|评价|绩效)(?:情况)?(?:表|报告)")
TITLE_MAX = 60


# a date with its month (2024年3月26日, 2024-04-16): where it is the day the report was filled in, published
# or signed, the report is of an earlier year
DATED = re.compile(r"(20\d\d)\s*(?:年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d))")
# a year alone in a cell whose 年 opens the next one (2023 | 年琼中黎…: a title cut by a rule)
YEAR_BARE = re.compile(r"^(20\d\d)$")


def _ranked(votes: dict[int, int], issued: set[int] = frozenset()) -> int | None:
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    # a tie: the report is filled in, published and signed after the year it is of; where one of the tied
    # years is the year before such a date's, and no other is, that year
    tied = [y for y, n in ranked if n == ranked[0][1]]
    before = [y for y in tied if y + 1 in issued]
    return before[0] if len(before) == 1 else None


def report_year(texts: list[str]) -> int | None:
    """The report's year from its texts (paragraphs and table cells, in reading order), or None."""
    # NFKC: a year typed in full-width digits (（２０２３年度）) is the same year
    texts = [normalize_ws(unicodedata.normalize("NFKC", t or "")) for t in texts]
    titled = {int(y) for t in texts if len(t) <= TITLE_MAX and TITLE.search(t)
              for y, _ in YEAR.findall(t)}
    if len(titled) == 1:
        return titled.pop()
    votes: dict[int, int] = {}
    dated: dict[int, int] = {}
    issued: set[int] = set()
    for t, after in zip(texts, texts[1:] + [""]):
        if YEAR_BARE.match(t) and after.startswith("年"):
            t = t + after   # its own 年 is in the next text, where it counts no year
        if LABEL_ALONE.search(t) and (m := YEAR_ALONE.match(after)):
            votes[int(m.group(1))] = votes.get(int(m.group(1)), 0) + 3
        if NAME_ALONE.search(t) and (m := YEAR_LED.match(after)):
            votes[int(m.group(1))] = votes.get(int(m.group(1)), 0) + 2   # its own 年 counts once below
        for m in NAMED_YEAR.finditer(t):
            votes[int(m.group(1))] = votes.get(int(m.group(1)), 0) + 2
        for m in YEAR.finditer(t):
            votes[int(m.group(1))] = votes.get(int(m.group(1)), 0) + (3 if m.group(2) else 1)
        for m in LABELLED.finditer(t):
            votes[int(m.group(1))] = votes.get(int(m.group(1)), 0) + 3
        for m in YEAR_END.finditer(t):
            if not ISSUED.search(t[:m.start()]) and not SIGNED.search(t[:m.start()]):
                dated[int(m.group(1))] = dated.get(int(m.group(1)), 0) + 1
        for m in DATED.finditer(t):
            if ISSUED.search(t[:m.start()]) or SIGNED.search(t[:m.start()]):
                issued.add(int(m.group(1)))
    return _ranked(votes, issued) if votes else _ranked(dated)
