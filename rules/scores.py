"""Score arithmetic: score above weight, 总分, the weights' total, the grade."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

import regex as re

from jixiao.normalize import DocRecords
from jixiao.normalize.quantity import parse
from jixiao.normalize.vocab import _SCORER_POINTS as SCORER_POINTS
from jixiao.normalize.vocab import GRADE, GRADE_WORDS, canonical_level1, canonical_level2, grade_like, header_field

from .common import (CLAUSES, NUM, TOTAL_WORDS, full_marks, fund_block_missing, iv, named, num, off_coefficient, other_year,
                     plain_paragraphs, prose_sentences, read_whole, scored_parts, stated_total, total_rounding)
from .interval import Interval, total
from .registry import rule

GRADES = [(Decimal(90), "优"), (Decimal(80), "良"), (Decimal(60), "中"), (Decimal(0), "差")]
ORDER = [g for _, g in GRADES]
# A band of the grade scale a document states (95分（含）以上为优，85分（含）至95分为良): the figure opening it,
# then its grade. The lowest band (70分以下为差) opens at nothing and is the one below the last floor.
BAND = re.compile(r"(?<![\d.])(?P<floor>\d+(?:\.\d+)?)\s*分?\s*(?:[（(]含[）)])?\s*(?:及?以上)?\s*"
                  r"(?:(?:至|-|－|—|~|～|到)\s*(?:\d+(?:\.\d+)?)\s*分?\s*(?:[（(]不?含[）)])?\s*)?"
                  r"(?:的)?\s*(?:为|评为|定为)\s*[“\"]?(?P<g>" + "|".join(sorted(GRADE_WORDS, key=len, reverse=True)) + ")")

# A scale of the score says so: a floor written in 分 or a word for the score (总分, 分数, 分值, or the score header's
# head noun, normalize.vocab's grammar: 得分, 评分, 复核分, 自评分 …); 满意度达到95以上为优 grades something else.
SCALE_OF_SCORES = re.compile(rf"\d\s*分|总分|分数|分值|得分|{SCORER_POINTS}")


def stated_scale(recs: DocRecords) -> list | None:
    """The grade scale a paragraph of the document states, as (floor, grade) from the top, where it gives
    two grades or more, each a floor below the one above it, in the grades' order; None where none does."""
    for text, _ in recs.paragraphs:
        bands = [(Decimal(m.group("floor")), GRADE_WORDS[m.group("g")]) for m in BAND.finditer(text)]
        grades = [g for _, g in bands]
        if len(bands) >= 2 and len(set(grades)) == len(grades) and SCALE_OF_SCORES.search(text) and \
                all(a[0] > b[0] and ORDER.index(a[1]) < ORDER.index(b[1]) for a, b in zip(bands, bands[1:])):
            return bands
    return None


def _grade_of(total: Decimal, scale: list) -> str:
    """The grade a total earns on the scale: the first band whose floor it reaches, else the grade below
    the lowest floor."""
    return next((g for floor, g in scale if total >= floor), None) or ORDER[min(ORDER.index(scale[-1][1]) + 1, 3)]


@rule("JX301", "score-over-weight", "high", "得分超过分值",
      """
No indicator may score more than its weight (得分不得突破权重). Applies to indicator rows and
to the fund row. Scores and weights are exact as written: 11 against 10 is over. Rows under one
分值 cell merged over a group (分值按二级指标设定) have no weight of their own and are not held to
it one by one; the reader takes such a cell as the group's only where the group's scores add to
no more than it, so the group has no excess to flag. A score that is not its row's 得分系数 × 指标权重
is JX406's slip, named there once.
""", good="分值 10，得分 7", bad="分值 10，得分 12")
def score_over_weight(recs: DocRecords, r):
    for p in recs.projects:
        parts = [(part.name, part.score, part.weights) for part in scored_parts(p)]
        belied = {id(i.score) for i in p.indicators if off_coefficient(i)}   # JX406's: one slip, one flag
        for name, s, ws in parts + [("资金执行", p.fund_score, [p.fund_weight])]:
            if s is None or s.value is None or any(w is None or w.value is None for w in ws) or id(s) in belied:
                continue
            got = sum((w.value for w in ws), Decimal(0))
            if s.value <= got:   # both assigned by a person: exact, no rounding slack
                continue
            if len(ws) == 1:
                yield r.flag(recs, f"“{name}”得分 {s.raw} 超过其分值 {ws[0].raw}，超出 {num(s.value - got)} 分。",
                             [s.loc, ws[0].loc], f"分值={ws[0].raw}；得分={s.raw}", stated=s.raw, expected=f"≤{ws[0].raw}")
            else:   # a group's score (one cell over its rows) against the sum of its rows' weights
                yield r.flag(recs, f"“{name}”{len(ws)}个指标合并评定的得分 {s.raw} 超过其分值之和 {num(got)}，"
                                   f"超出 {num(s.value - got)} 分。", [s.loc] + [w.loc for w in ws],
                             f"分值={'+'.join(w.raw for w in ws)}；得分={s.raw}", stated=s.raw, expected=f"≤{num(got)}")


def exact(f) -> Interval:
    """A score or weight a person assigns is exact as written: 11 means 11, not 10.5 to 11.5."""
    return Interval.exact(f.value)


@rule("JX302", "total-score", "high", "各项得分之和不等于总分",
      """
总分 is the sum of the fund score and every indicator's score (in weighted-share tables, every
折算得分 = 得分 × 权重占比, computed and so with its rounding). Indicator scores are assigned by a
person and so exact; only the fund score, computed as 分值 × 执行率 and written rounded, and
the 总分 itself when written to fewer places than its parts, may differ by their rounding.
Where the table has no 总分 row, a report of one project is held to the one total its prose
states (项目自评得分98分); a sentence about one indicator (…实际完成值95%，自评得分20分) is
not a total, and two different totals in the prose give none. Points a table adds or takes off
outside its 100 (加分项 +1.5, 扣分项 −0.5 after the 小计 that closed the points) count in the 总分
it ends with (最终得分 = 小计 + 加分 − 扣分), exactly as written; so does one score a form gives a section of
its head in the total's column above the indicators (年度目标完成情况 20 in a 区域绩效目标自评表).
""", good="20 + 11 + 13 + 12 + 15 + 15 + 12 = 98，总分 98；小计 96.70，加分 +1.5，扣分 −0.5，最终得分 97.70",
      bad="各项得分之和 93，总分写为 94")
def total_score(recs: DocRecords, r):
    for p in recs.projects:
        t, in_prose = stated_total(p, recs)
        # Hebei's weighted-share tables add up 折算得分 (得分 × 权重占比, computed and rounded)
        shares = p.scoring_model == "weighted-share"
        # a group's score (one cell over its rows) counts once, not per row
        scores = [i.converted_score for i in p.indicators] if shares else [s.score for s in scored_parts(p)]
        if t is None or t.value is None or not scores or any(s is None or s.value is None for s in scores):
            continue
        if not read_whole(p) or (not shares and fund_block_missing(p)):
            continue   # a part of the 总分 was not read: no sum to compare
        fund = p.fund_score if p.fund_score is not None and p.fund_score.value is not None else None
        parts = scores + ([fund] if fund else []) + p.beyond_points
        pieces = [_part(i, p.scoring_model) for i in p.indicators] if shares or p.scoring_model == "coefficient" \
            else [exact(s) for s in scores]
        computed = total(pieces + ([iv(fund)] if fund else []) + [exact(b) for b in p.beyond_points])
        # scores are exact: 13.0 is 13 and widens nothing (a fund score carries its own rounding in computed)
        stated = Interval.of(t.value, total_rounding(t.q, [s.q for s in parts], exact_parts=True))
        if not computed.overlaps(stated) and not _section_scored_above(p, recs, t, parts, computed, stated):
            slack = "" if computed.half_width + stated.half_width == 0 else \
                f"±{num(computed.half_width + stated.half_width)}（资金得分按分值×执行率计算后取整的误差）"
            what = "各指标折算得分" if shares else "各指标得分"
            yield r.flag(recs, f"{named(p, recs)}总分{'在文中' if in_prose else ''}写为 {t.raw}，但"
                               f"{'资金得分与' if fund else ''}{what}之和为 "
                               f"{num(computed.mid, 2)}，相差 {num(abs(computed.mid - t.value), 2)} 分。",
                         [t.loc] + [s.loc for s in parts], "；".join(s.raw for s in parts) + f"；总分={t.raw}",
                         stated=t.raw, expected=num(computed.mid, 2), tolerance=slack)


def _section_scored_above(p, recs: DocRecords, t, parts, computed: Interval, stated: Interval) -> bool:
    """The gap is a score the form gives a section of its head, above the indicator rows and in the column of
    the stated total, that no record took (1130, the central-transfer 区域绩效目标自评表: 预算执行情况 19.60,
    年度目标完成情况 20, the indicators 59.82, 自评得分 99.42): the total counts that section, not a wrong sum.
    Only one such figure, and only above the indicators: a 小计 among them equal to the gap may be a slip."""
    at = t.loc
    if at.table is None or at.col is None:
        return False
    rows = [i.loc.row for i in p.indicators if i.loc.table == at.table and i.loc.block == at.block and i.loc.row is not None]
    if not rows:
        return False
    taken = {(f.loc.row, f.loc.col) for f in parts} | {(at.row, at.col)}
    found = [Decimal(text.strip()) for text, loc in recs.cells
             if (loc.block, loc.table, loc.col) == (at.block, at.table, at.col) and loc.row is not None
             and loc.row < min(rows) and (loc.row, loc.col) not in taken and re.fullmatch(r"\d+(?:\.\d+)?", text.strip())]
    return sum((computed + Interval.of(v)).overlaps(stated) for v in found) == 1


@rule("JX307", "deduction-total", "high", "各项扣分之和不等于合计扣分",
      """
A form that writes the points taken off (扣分) instead of scores totals them in its 合计 row
(合计 | 100 | 1.4): the fund row's 扣分 and every indicator's add up to it, as the scores add up
to 总分 (JX302). Deductions are assigned by a person and so exact; only the fund's, computed from
the execution rate and written rounded, and the 合计 itself when written to fewer places than its
parts, may differ by their rounding. Checked only where every indicator row writes its 扣分 (a
blank is not read as 0) and the fund's part is known: its 扣分, or, where the fund row writes
分值 and 得分 only, the points it lost, which the 合计 may count or leave out (a 扣分 column of
the indicator table beside 得分, its 合计 in the 总分 row). So must deductions listed in a sentence,
one to a clause with what lost them (预算执行率扣0.30分，满意度扣0.12分), and the 合计扣分 closing it,
and deductions listed in a table of their own (扣分情况: 序号 | 扣分项目 | 扣分 | 扣分原因, then 合计).
""", good="资金扣分 0.2 + 指标扣分 0.2 + 1 = 1.4，合计扣分 1.4；执行率扣0.30分，满意度扣0.12分，合计扣分0.42分",
      bad="执行率扣0.30分，满意度扣0.12分，合计扣分0.52分；各项扣分之和 1.4，合计扣分写为 1.6；资金 10 / 10，指标扣分 0.8 + 1.82 + 0.4 = 3.02，总分行扣分 2.48；"
          "扣分情况表 0.23 + 0.30 + 0.12 + 0.33 = 0.98，合计写为 0.89")
def deduction_total(recs: DocRecords, r):
    for p in recs.projects:
        t = p.total_deduction_stated
        if t is None or t.value is None or not p.indicators or not read_whole(p):
            continue
        rows = [i.deduction for i in p.indicators]
        if any(d is None or d.value is None for d in rows):
            continue   # a row without its 扣分: no sum to compare
        fund = p.fund_deduction if p.fund_deduction is not None and p.fund_deduction.value is not None else None
        lost = _fund_points_lost(p) if fund is None else None
        if fund is None and lost is None and (p.fund_weight is not None or fund_block_missing(p)):
            continue   # the fund's part of the deductions is not known
        parts = rows + ([fund] if fund else [])
        computed = total([exact(d) for d in rows] + ([iv(fund)] if fund else []))
        stated = Interval.of(t.value, total_rounding(t.q, [d.q for d in parts], exact_parts=True))
        if lost is not None and (computed + lost).overlaps(stated):
            continue   # the 合计 counts the points the fund row lost too (分值 − 得分): it may, or not
        if not computed.overlaps(stated):
            slack = "" if computed.half_width + stated.half_width == 0 else \
                f"±{num(computed.half_width + stated.half_width)}（资金扣分按执行率计算后取整的误差）"
            yield r.flag(recs, f"{named(p, recs)}合计扣分写为 {t.raw}，但{'资金扣分与' if fund else ''}各指标扣分之和为 "
                               f"{num(computed.mid, 2)}，相差 {num(abs(computed.mid - t.value), 2)} 分。",
                         [t.loc] + [d.loc for d in parts], "；".join(d.raw for d in parts) + f"；合计扣分={t.raw}",
                         stated=t.raw, expected=num(computed.mid, 2), tolerance=slack)
    for loc, sentence, parts, (whole, raw) in _prose_deductions(recs):
        computed = total(Interval.exact(q.value) for q in parts)
        if not computed.overlaps(Interval.of(whole.value, total_rounding(whole, parts, exact_parts=True))):
            yield r.flag(recs, f"文中各项扣分 {' + '.join(q.raw for q in parts)} = {num(computed.mid, 2)} 分，"
                               f"但合计扣分写为 {raw}，相差 {num(abs(computed.mid - whole.value), 2)} 分。",
                         [loc], sentence.strip(), stated=raw, expected=f"{num(computed.mid, 2)}分")
    for lt in recs.lists:
        parts = [it.amount for it in lt.items if it.amount is not None and it.amount.value is not None]
        if not lt.points or lt.total is None or lt.total.value is None or len(parts) < 2:
            continue
        computed = total(exact(d) for d in parts)
        if not computed.overlaps(Interval.of(lt.total.value, total_rounding(lt.total.q, [d.q for d in parts],
                                                                           exact_parts=True))):
            yield r.flag(recs, f"“{lt.title}”各项扣分 {' + '.join(d.raw for d in parts)} = {num(computed.mid, 2)} 分，"
                               f"但合计扣分写为 {lt.total.raw}，相差 {num(abs(computed.mid - lt.total.value), 2)} 分。",
                         [lt.total.loc] + [d.loc for d in parts], " + ".join(d.raw for d in parts) + f" ≠ {lt.total.raw}",
                         stated=lt.total.raw, expected=num(computed.mid, 2))


# "新建分拣线扣1.50分", "合计扣分2.02分": points taken off in a sentence, a total word before 扣 making it their sum.
DEDUCTED = re.compile(r"(合计|共计|累计|总计|共)?\s*扣(?:分|除)?\s*(?P<n>" + NUM + r")\s*分")


_COMMAS = re.compile(r"[，,](?!\d{3})")   # a comma that is no thousands mark


def _prose_deductions(recs: DocRecords):
    """Sentences listing points taken off, one to a clause (预算执行率扣0.30分，…扣1.50分), then their
    total (合计扣分2.02分): (loc, sentence, parts, (total, as written)), each part with what lost it named."""
    for plain, text, loc in plain_paragraphs(recs):
        for sm in CLAUSES.finditer(plain):
            parts = []
            for clause in _COMMAS.split(sm.group(0)):
                m = DEDUCTED.search(clause)
                if m is None:
                    continue
                q = parse(m.group("n"))
                if not q.numeric:
                    break
                if m.group(1):
                    if len(parts) >= 2:
                        yield loc, sm.group(0), parts, (q, m.group("n") + "分")
                    break
                if not re.search(r"\p{Han}", re.split(r"[：:]", clause[:m.start()])[-1]):
                    break       # a deduction with nothing named before it is no item of a list
                parts.append(q)


def _fund_points_lost(p) -> Interval | None:
    """The points the fund row lost where it writes its 分值 and 得分 but no 扣分: the weight less
    the score (a score computed from the execution rate, with its written rounding; full marks lose none)."""
    w, s = p.fund_weight, p.fund_score
    if w is None or s is None or w.value is None or s.value is None or s.value > w.value:
        return None
    return Interval.exact(0) if s.value == w.value else exact(w) - iv(s)


def _part(i, model: str) -> Interval:
    """An indicator's part of the total: its 得分, exact as a person assigns it; where the table
    computes it (折算得分 = 得分 × 权重占比, 得分 = 得分系数 × 指标权重) exact only where the product
    needs no rounding, else with the figure's own written rounding."""
    if model == "weighted-share":
        made, a, b = i.converted_score, i.item_score, i.weight_share
    elif model == "coefficient":
        made, a, b = i.score, i.weight, i.coefficient
    else:
        return exact(i.score)
    if a is not None and b is not None and None not in (a.value, b.value):
        fraction = b.value / 100 if b.q.unit == "%" or b.value > 1 else b.value
        if a.value * fraction == made.value:   # shares and coefficients are set: exact as written
            return Interval.exact(made.value)
    return iv(made)


@rule("JX305", "total-above-possible", "high", "自评得分超过表中得分所能达到的最高分",
      """
When some rows show no score, 总分 can still be no more than the scores shown plus the full
weight of every row without one (and the fund block's score, or its weight when it has none);
so too when no row is scored and only the fund block's score is shown (a form sent unfilled
whose 总分 sums the weights: 9.80 + 90 is at most 99.80, not 100).
When every row is scored, 总分 can be no more than the form's full marks, its weights' sum (the
fund's with them, a 分值 cell merged over a group's rows once): a 总分 above it is an impossible score, raised beside JX302's wrong sum;
where the fund block shows a score below its weight, no more than that score with the rows' full
weights (9.20 + 90 is at most 99.20, not 100).
The 总分 is the table's, or the one total the prose states for a report of one project.
""", good="得分 40 + 30，一行未评分（分值 20），资金 10：总分 ≤ 100；资金得分 9.20，各指标得分 43.1 + 28 + 18，总分 98.30",
      bad="各行所示得分与未评分行分值之和最多 94，总分写为 98；各行分值之和 100，总分写为 100.20；"
          "资金得分 9.80，各指标均未评分（分值共 90），总分写为 100；资金得分 9.20，各指标均已评分（分值共 90），总分写为 100.00")
def total_above_possible(recs: DocRecords, r):
    for p in recs.projects:
        t, in_prose = stated_total(p, recs)
        if t is None or t.value is None or not p.indicators or p.scoring_model == "weighted-share":
            continue
        parts = scored_parts(p)   # a group's score once, its rows none of them open
        shown = [s.score for s in parts if s.score is not None and s.score.value is not None]
        open_rows = [i for s in parts if s.score is None or s.score.value is None for i in s.rows]
        fund_shown = p.fund_score if p.fund_score is not None and p.fund_score.value is not None else None
        if shown and not open_rows:
            yield from _above_full_marks(recs, r, p, t, in_prose, fund_shown)
            continue   # all scored: JX302 checks the sum, and the full marks bound it
        if not (shown or fund_shown) or any(i.weight is None or i.weight.value is None for i in open_rows) or \
                not read_whole(p):
            continue   # no score shown anywhere, or no weights: no bound to check against
        fund = fund_shown or p.fund_weight
        most = sum((s.value for s in shown), Decimal(0)) + sum((i.weight.value for i in open_rows), Decimal(0)) + \
            (fund.value if fund is not None and fund.value is not None else Decimal(0))
        if t.value > most + t.q.tolerance:
            yield r.flag(recs, f"{named(p, recs)}总分{'在文中' if in_prose else ''}写为 {t.raw}，但表中所示得分加上 {len(open_rows)} 个未评分指标的"
                               f"全部分值，最多为 {num(most, 2)} 分。",
                         [t.loc] + [s.loc for s in shown] + ([fund_shown.loc] if fund_shown else []),
                         f"{f'资金得分 {fund_shown.raw}；' if fund_shown else ''}所示得分 {'、'.join(s.raw for s in shown) or '无'}；未评分指标分值 "
                         f"{'、'.join(i.weight.raw for i in open_rows)}；总分={t.raw}", stated=t.raw,
                         expected=f"≤{num(most, 2)}")


def _above_full_marks(recs: DocRecords, r, p, t, in_prose: bool, fund_shown):
    """A 总分 above the form's full marks (every row's weight and the fund's, a group's 分值 once), every
    row scored and read; or, the fund's score shown below its weight, above that score with the rows'
    full weights: what the rows can add to the fund's points as scored."""
    marks = full_marks(p)
    weights, fund = marks.weights, marks.fund
    if not read_whole(p) or not marks.read or any(i.group_score is not None for i in p.indicators) or fund is None:
        return
    full = marks.total
    if fund_shown is not None and fund_shown.value < fund.value and full + t.q.tolerance >= t.value:
        most = full - fund.value + fund_shown.value    # not above the full marks: above what the fund's score leaves
        if t.value > most + t.q.tolerance:
            rows = full - fund.value
            yield r.flag(recs, f"{named(p, recs)}总分{'在文中' if in_prose else ''}写为 {t.raw}，但资金得分 {fund_shown.raw} "
                               f"加上各指标全部分值 {num(rows, 2)}，最多为 {format(most, 'f')} 分，不可能得到。",
                         [t.loc, fund_shown.loc] + [w.loc for w in weights],
                         f"资金得分 {fund_shown.raw}；指标分值 {'、'.join(w.raw for w in weights)}；总分={t.raw}", stated=t.raw,
                         expected=f"≤{format(most, 'f')}")   # to the fund score's places (99.20)
        return
    if t.value > full + t.q.tolerance:
        yield r.flag(recs, f"{named(p, recs)}总分{'在文中' if in_prose else ''}写为 {t.raw}，超过本表满分 {num(full, 2)} 分"
                           f"（资金分值 {fund.raw} 与各指标分值之和），不可能得到。", [t.loc, fund.loc] + [w.loc for w in weights],
                     f"资金分值 {fund.raw}；指标分值 {'、'.join(w.raw for w in weights)}；总分={t.raw}", stated=t.raw,
                     expected=f"≤{num(full, 2)}")


@rule("JX303", "weights-total", "medium", "各项分值之和不等于 100（或表中所写的总分值）",
      """
The weights of one table (资金分值 and every indicator's 分值) add up to 100, or to the total
weight the template states in its 总分 row; weights are exact. Where the indicator block states
its own points (绩效指标(90分)) and the table shows no fund weight (the fund block sits in
another table, or was not given), the indicator weights are checked against those points. Where
no fund block was read at all and nothing states the indicators' points, weights short of the
total by 5 points or more are not flagged (the missing points may be the fund block's), only
weights above it or short by less (99 of 100 is no missing block).
Where a 一级指标 or 二级指标 cell states its block's points (产出指标(50分), 基础信息(3分)), the
weights under it must add up to them; where every row sits in such a block and the blocks' points
fall short of the total by 5 or more (the other blocks read as a table of their own), only the
blocks are checked. A table the document ends in, with no 总分 row (a passage cut off), is not summed.
A 分值 cell merged over a group's rows that each state their 得分 (分值按二级指标设定) is added once.
Where every row sits in such a block and the blocks' points with the fund's make the total (20 + 40 + 30 + 10 =
100), a table off its total is off by its blocks' slips, each named on its block: the total is not flagged again.
""", good="10 + 20 + 10 + 10 + 10 + 30 + 10 = 100", bad="10 + 20 + 10 + 10 + 10 + 30 + 15 = 105")
def weights_total(recs: DocRecords, r):
    for p in recs.projects:
        marks = full_marks(p)   # a group's 分值 (one cell over its rows) once
        weights = marks.weights
        if not weights or p.rows_unread:
            continue
        for level, name in (("level1_points", "一级"), ("level2_points", "二级")):
            blocks = list(_blocks(p, level, unweighted=True).values())
            if p.cut_off:   # a block another block follows is whole; the last one may be cut
                blocks = blocks[:-1]
            for points, ws in blocks:
                if any(w is None or w.value is None for w in ws):
                    continue   # a block with a row of no weight is not summed; the blocks beside it are
                got = sum(w.value for w in ws)
                if got != points.value:
                    yield r.flag(recs, f"{named(p, recs)}{name}指标标明 {points.raw} 分，但其下各指标分值之和为 "
                                       f"{num(got, 2)}，相差 {num(abs(got - points.value), 2)} 分。",
                                 [points.loc] + [w.loc for w in ws],
                                 "；".join(w.raw for w in ws) + f"；标明 {points.raw} 分", stated=num(got, 2),
                                 expected=points.raw)
        if not marks.read or not read_whole(p):
            continue
        fund = marks.fund
        label = p.indicator_weight_label
        if fund is None and label is not None and label.value is not None:
            parts, want, stated = weights, exact(label), label.raw
        else:
            parts = marks.parts
            has_total = p.total_weight_stated and p.total_weight_stated.value is not None
            want = exact(p.total_weight_stated) if has_total else Interval.exact(100)
            stated = p.total_weight_stated.raw if has_total else "100"
        computed = total(exact(w) for w in parts)
        no_fund_block = fund is None and p.budget_full_year is None and p.budget_initial is None and \
            p.executed is None and (label is None or label.value is None)
        if no_fund_block and computed.hi < want.lo and want.lo - computed.hi >= MISSING_BLOCK:
            continue   # the fund block's points were not given (a table cut off above): only an excess is sure
        # Every row sits in a block that states its points and the blocks fall short of the total
        # by a block's worth: the rest are blocks read apart (046: 项目决策 2分 + 项目管理 13分 here,
        # 项目绩效 85分 under a header of its own); each block was checked above.
        level1 = list(_blocks(p).values())
        if fund is None and level1 and sum(len(ws) for _, ws in level1) == len(weights) and \
                want.lo - sum(points.value for points, _ in level1) >= MISSING_BLOCK:
            continue
        # Every row sits in a block and the blocks' points with the fund's make the total (20 + 40 + 30 + 10):
        # the table is off by what its blocks are, each named above on its block; one slip, one flag.
        if level1 and sum(len(ws) for _, ws in level1) == len(weights) and \
                total(exact(x) for x in [fund, *(points for points, _ in level1)] if x is not None).overlaps(want):
            continue
        if not computed.overlaps(want):
            yield r.flag(recs, f"{named(p, recs)}各项分值之和为 {num(computed.mid, 2)}，应为 {stated}，"
                               f"相差 {num(abs(computed.mid - want.mid), 2)} 分。",
                         [w.loc for w in parts] + ([p.total_weight_stated.loc] if p.total_weight_stated else []),
                         "；".join(w.raw for w in parts), stated=num(computed.mid, 2), expected=stated)


# The fewest points a fund block that was not given can hold: weights short of the total by less
# (99 of 100) are a slip in the weights, not a block left out.
MISSING_BLOCK = 5


def _blocks(p, level: str = "level1_points", unweighted: bool = False) -> dict:
    """Indicator weights grouped under the level cell that states their points (产出指标(50分),
    基础信息(3分)); `level` is the Indicator attribute holding those points. With `unweighted`
    a row without a weight is kept in its block as None (the block cannot be summed)."""
    blocks: dict = {}
    heads: dict = {}
    run = None   # (the level's name as written, its points, the cell's table) of the last row, and its key
    for i in p.indicators:
        points = getattr(i, level)
        if points is None or points.value is None:
            run = None
            continue
        key = (points.loc.block, points.loc.table, points.loc.row, points.loc.col)   # a caption: a block, no cell
        # a level cell typed on every row (not merged) is one block over the run of equal names: the next row's
        # cell, in the same table, naming the same level with the same points, continues the block above it
        names = (i.level1_raw or "", i.level2_raw or "") if level == "level2_points" else (i.level1_raw or "",)
        same = (names, points.value, key[:2])
        if run is not None and run[0] == same and any(names) and key[2] is not None and run[2] is not None \
                and key[2] > run[2]:
            key, row = run[1], key[2]
        else:
            row = key[2]
        run = (same, key, row)
        if i.weight is not None or unweighted:
            if level == "level1_points":
                # a row whose 二级指标 belongs to another 一级指标 (服务对象满意度指标 under 产出指标(70分))
                # is the next block's, its own 一级 cell lost: not summed with this one
                own = canonical_level2(i.level2_raw or "")[1]
                head = heads.setdefault(key, canonical_level1(i.level1_raw or "") or own)
                if own and head and own != head and not (head == "效益指标" and own == "满意度指标"):
                    continue
            blocks.setdefault(key, (points, []))[1].append(i.weight)
    return blocks


@rule("JX304", "grade", "medium", "等级与得分不符",
      """
The grade follows the total score: 优 90-100, 良 80-89.99, 中 60-79.99, 差 below 60, unless the
document states its own scale (95分（含）以上为优，85分（含）至95分为良，…，70分以下为差: each band's floor in a
paragraph, two grades or more in order), which it is then held to. 优秀 / 良好 /
合格 / 不合格, 一般, and 一等 … 四等 are read as the same four grades (normalize.vocab.GRADE_WORDS).
A sentence that states the total and then the grade is checked too: in a report in prose only, and
beside a form where its grade is not the one the form states (a 自评结论 giving 98.98分 the grade 良 under
a form graded 优; the same grade in both places is the form's finding, flagged once).
""", good="总分 97，等级 优", bad="总分 85，等级 优；表中 98.98 / 优，自评结论“项目自评得分98.98分，自评等级为良”")
def grade(recs: DocRecords, r):
    scale = stated_scale(recs)
    for p in recs.projects:
        t, _ = stated_total(p, recs)
        if not p.grade_stated or t is None or t.value is None:
            continue
        want = _grade_of(t.value, scale or GRADES)
        if want != p.grade_stated:
            written = p.grade_raw or p.grade_stated
            as_grade = f"（即“{p.grade_stated}”）" if written != p.grade_stated else ""
            by = "按文中所列等级标准" if scale else ""
            yield r.flag(recs, f"{named(p, recs)}总分 {t.raw}，{by}应为“{want}”，但写为“{written}”{as_grade}。",
                         [p.grade_loc, t.loc], f"总分={t.raw}；等级={written}", stated=written,
                         expected=want)
    # The prose's own conclusion: the grade against the total the same sentence states (项目自评得分85分，
    # 评价等级为良), in a report in prose only, and beside a form where the sentence's grade is not one a
    # project's table states (that pair was judged above: one slip, one flag).
    table_grades = {p.grade_stated for p in recs.projects if p.grade_stated}
    for sentence, figs in prose_sentences(recs):
        m = GRADE.search(sentence)
        scores = [f for f in figs if f.subject == "得分" and f.q.unit == "分"]
        if m is None or len({f.q.value for f in scores}) != 1 or not any(w in sentence for w in TOTAL_WORDS) \
                or other_year(sentence, recs) or GRADE_WORDS[m.group(1)] in table_grades:
            continue
        for f in scores:
            if f.q.op != "=" or not f.q.numeric or f.role or m.start() < sentence.find(f.q.raw):
                continue
            want = _grade_of(f.q.value, scale or GRADES)
            if want != GRADE_WORDS[m.group(1)]:
                yield r.flag(recs, f"文中总分 {f.q.raw}，应为“{want}”，但写为“{m.group(1)}”。", [f.loc], sentence,
                             stated=m.group(1), expected=want)


BLANK = {"", "/", "／", "-", "—", "——", "--", "\\", "、"}


def _values_below(recs: DocRecords, i) -> bool:
    """On a row read by OCR, the grid row under it holds text in its target and actual columns and in
    no other: the row's values were cut from it (601's scan without rules: 2023年12月 ⏎ 31日前 set apart
    from its row), a reading to check, not a row left blank."""
    if i.ocr_confidence is None:
        return False
    t, a = i.target.loc, i.actual.loc
    below = [loc.col for text, loc in recs.cells if text.strip() and loc.block == t.block
             and loc.table == t.table and loc.row == (t.row or 0) + 1]
    return t.col in below and a.col in below and set(below) <= {t.col, a.col}


def _score_column_left_blank(recs: DocRecords, rows: list) -> tuple | None:
    """(header text, its location) of a column headed as the score (得分, 自评得分) above the rows in their
    own table, none of whose cells in the rows holds anything: the form has its score column, and no
    one filled it. None where no table of the rows shows such a column."""
    for table in {(i.weight.loc.block, i.weight.loc.table, i.weight.loc.page) for i in rows}:
        mine = {i.weight.loc.row for i in rows if (i.weight.loc.block, i.weight.loc.table, i.weight.loc.page) == table}
        if None in mine:
            continue
        cells = [(text, loc) for text, loc in recs.cells if (loc.block, loc.table, loc.page) == table]
        for text, loc in cells:
            if loc.row is None or loc.row >= min(mine) or loc.col is None or header_field(text.strip(), set()) != "score":
                continue
            if not any(at.col == loc.col and at.row in mine and (x.strip(" 　") not in BLANK) for x, at in cells):
                return text.strip(), loc
    return None


def _name_states(i) -> bool:
    """Whether the indicator's name writes its target's figure (配套电力设施1250KVA变压器3台, target 3)."""
    q = i.target.q
    name = unicodedata.normalize("NFKC", i.level3 or "")    # 变压器３台 in full-width digits too
    return q.value is not None and re.search(rf"(?<![\d.]){re.escape(num(q.value))}(?![\d.])", name) is not None


def blank(f) -> bool:
    """A cell left empty (or holding only a dash or slash): nothing was filled in."""
    return f is None or (f.q.raw or "").strip(" 　") in BLANK


def _unfilled_form(recs: DocRecords, r, p, rows):
    """JX306's form-level findings: every actual and score blank, every score blank with no 总分, or a 总分
    where no row is scored."""
    # a grade in the score cell (优, with no rule stated to turn it into points) is filled in
    unscored = [i for i in rows if i.group_score is None and
                (i.score is None or i.score.value is None and not grade_like(i.score.raw))]
    empty = [i for i in rows if blank(i.actual) and i.actual.loc.col is not None and i in unscored]
    t = p.total_score_stated
    name = named(p, recs)
    if len(empty) == len(rows):
        told = f"，却写有总分 {t.raw}" if t is not None and t.value is not None else ""
        yield r.flag(recs, f"{name}自评表未填写：{len(rows)} 个指标的实际完成值和得分均为空{told}。",
                     [i.actual.loc for i in rows] + ([t.loc] if told else []),
                     "；".join(f"{i.level3} 分值 {i.weight.raw}" for i in rows) + (f"；总分={t.raw}" if told else ""),
                     stated="", expected="实际完成值和得分")   # nothing is written: stated is empty
    elif len(unscored) == len(rows) and (t is None or t.value is None) and \
            (head := _score_column_left_blank(recs, rows)) is not None:
        yield r.flag(recs, f"{name}自评表未评分：{len(rows)} 个指标的得分（“{head[0]}”一栏）均为空，总分也未填写得分。",
                     [head[1]] + [i.weight.loc for i in rows],
                     "；".join(f"{i.level3} 分值 {i.weight.raw} 得分 空" for i in rows),
                     stated="", expected="各指标得分与总分")   # nothing is written: stated is empty
    elif len(unscored) == len(rows) and t is not None and t.value is not None and t.value > 0:
        weights = sum((i.weight.value for i in rows), Decimal(0))
        fund_w = p.fund_weight.value if p.fund_weight is not None and p.fund_weight.value is not None else Decimal(0)
        only = "，等于各项分值之和（只合计了分值）" if t.value in (weights, weights + fund_w) else ""
        if not only and p.columns_unread:
            return   # a total that is no sum of the weights, a column of the rows named unread: it may score them
        yield r.flag(recs, f"{name}各指标均无得分，总分却写为 {t.raw}{only}。", [t.loc] + [i.weight.loc for i in rows],
                     f"各指标得分为空；总分={t.raw}", stated=t.raw, expected="各指标得分之和")


@rule("JX306", "unfilled-self-evaluation", "high", "自评表未填写（实际完成值、得分为空，或只合计了分值）",
      """
A self-evaluation form (its rows have 分值 and a 实际完成值 column) whose indicator rows all
have blank actuals and blank scores was not filled in: an auditor returns it. So is a 总分 /
自评得分 stated where no indicator row has a score (the 合计 row adds up only the weights); so is a
form whose table heads a 得分 column over its rows and leaves every cell of it blank, its 总分 no
score either (the actuals filled, the form never scored: stated "", nothing is written); and
a row given its full score while both its target and its actual are blank (or its actual alone, where
every other row's actual is filled: the one row never evaluated; not a deadline, which may not be due, nor
a figure the row's name writes itself, 变压器3台 | 3), unless the form marks
other rows not applicable in words (不适用, 无此项) with their full score: there a dashed row is one
more row that does not apply. On a coefficient form (得分系数) or a weighted-share form (权重占比) the
form-level findings do not apply (their 得分 is not a column of points), but the row finding does: a
row blank on both sides given its full points (its weight × the coefficient, or its share). A score written as a
grade (优 / 良 / A) where no rule turns it into points is filled in, not blank. The form-level findings
are not raised where rows of the project were left unread (counted and said): those rows may hold what
the read ones lack, nor a 总分 that is no sum of the weights where a column of the rows was named unread (a
tier ticked per row, ☑完成 ☐基本完成, under a rule the reader does not apply): that column may score them.
A finding, not a reading failure.
""", good="培训次数 目标 ≥2次，实际 3次，分值 40，得分 40",
      bad="培训次数 目标 ≥2次，实际（空），分值 40，得分（空）；总分 100；培训次数 目标 ≥2次，实际 3次，分值 40，得分（空），"
          "各行得分均空，总分 分值 100 得分（空）")
def unfilled(recs: DocRecords, r):
    for p in recs.projects:
        rows = [i for i in p.indicators if i.weight is not None and i.weight.value is not None]
        if len(rows) < 2:
            continue
        # the form-level findings read a 得分 column; a coefficient or weighted-share form's rows are judged
        # one by one below (a row blank on both sides scored its full 指标权重 / 权重占比: 983)
        # rows left unread (counted, said) may hold the scores: what every row holds is not known (1549.pdf: two of
        # twelve rows read, neither scored), as the weights' total is not checked there (weights_total)
        if p.scoring_model not in ("coefficient", "weighted-share") and not p.rows_unread:
            yield from _unfilled_form(recs, r, p, rows)
        # a form that marks indicators not applicable in words (不适用, 无此项) and scores them full marks
        # rows that do not apply so: a dashed row with full marks there is one more such row
        if any(f is not None and f.q.not_applicable for i in rows for f in (i.target, i.actual)):
            continue
        for i in rows:
            # a row whose target is written but actual cell left empty (no dash: that may say not applicable),
            # among rows whose actuals are all filled, was not evaluated either (1077); not a deadline (it may
            # not be due by the report: 087's 2024年6月30日前), nor a figure its own name states (变压器3台 | 3:
            # the name says what was done, realworld 032)
            alone = not blank(i.target) and i.actual is not None and not (i.actual.q.raw or "").strip() \
                and i.target.q.op != "deadline" and not _name_states(i) \
                and all(not blank(j.actual) for j in rows if j is not i)
            if i.score is not None and i.score.value is not None and i.score.value >= i.weight.value > 0 \
                    and (blank(i.target) and i.target.loc.col is not None or alone) and blank(i.actual) \
                    and i.actual.loc.col is not None:
                if _values_below(recs, i):
                    w = (f"{i.target.loc.describe()}：“{i.level3}”目标值和实际完成值为空，其下一行仅在这两栏有文字，"
                         f"疑为识别时与本行分开，未按未填写处理，请核对原件")
                    if w not in recs.warnings:
                        recs.warnings.append(w)
                    continue
                what = f"实际完成值为空（目标值 {i.target.raw}）" if alone else "目标值和实际完成值均为空"
                yield r.flag(recs, f"“{i.level3}”{what}，却得满分 {i.score.raw}（分值 {i.weight.raw}）。",
                             [i.score.loc, i.target.loc, i.actual.loc],
                             f"目标={i.target.raw if alone else '空'}；实际=空；分值={i.weight.raw}；得分={i.score.raw}",
                             stated=i.score.raw, expected="依据实际完成值评分")
