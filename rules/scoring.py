"""Scores checked by the document's own scoring model (normalize.scoring)."""
from __future__ import annotations

from decimal import Decimal

import regex as re

from jixiao.extract import normalize_ws
from jixiao.normalize import DocRecords
from jixiao.normalize.scoring import (achieved, agrees, compared_actual, follows_ladder, met, partial_rows, proportional,
                                      rounding_of, stated_rule_score, written)

from .common import coefficient_product, iv, num, off_coefficient, plain_paragraphs, reading_doubt, weighted_parts
from .interval import Interval
from .registry import rule


@rule("JX404", "met-target-below-full", "medium", "已达到目标值却未得满分",
      """
An indicator whose actual meets its target (with its operator: ≥, ≤, =) earns its full weight;
a lower score contradicts the table's own figures. Scores and weights are exact as written.
Where one 分值 cell weighs a group of rows that each state their 得分 (分值按二级指标设定), no row
has a weight of its own: the group is held to it only when every row meets its target, its
scores then adding up to the group's 分值; a group with a row short of its target is not checked
(how the shortfall shares out the group's points the form does not say).
In a coefficient form (指标得分 = 指标权重 × 得分系数) a met row's coefficient is 100%: its 指标得分 is
held to its 指标权重 alike, the flag stating the 指标得分 (a 指标得分 that is not its own coefficient × weight is
left to JX406). A weighted-share form (折算得分) is not
checked: its score is a share of points of another scale. Nor is a row scored as the ladder of tiers
its own cell states gives its result (评分标准: ≥98%，得满分；95%（含）-98%，得分值的80%: a met row at 96% of
a ≥95% target scored 80% of its weight follows its own rule).
""", good="目标 ≥100%，实际 100%，分值 10，得分 10；目标 ≥70%，实际 72.4%，指标权重 6，得分系数 100%，指标得分 6",
      bad="目标 ≥100%，实际 100%，分值 10，得分 7；目标 ≥70%，实际 72.4%，指标权重 6，得分系数 95%，指标得分 5.7")
def met_below_full(recs: DocRecords, r):
    for p in recs.projects:
        if p.scoring_model == "weighted-share":
            continue
        for g in weighted_parts(p):
            if len(g.rows) < 2 or g.weight is None or g.weight.value is None or not all(met(i) for i in g.rows) or \
                    any(s is None or s.value is None for s in g.scores):
                continue
            got = sum((s.value for s in g.scores), Decimal(0))
            if got < g.weight.value:
                yield r.flag(recs, f"“{g.name}”{len(g.rows)}个指标均已达到目标，但得分之和 {num(got)}，"
                                   f"低于其合并填写的分值 {g.weight.raw}。",
                             [s.loc for s in g.scores] + [g.weight.loc],
                             f"得分={'+'.join(s.raw for s in g.scores)}；分值={g.weight.raw}",
                             stated=num(got), expected=g.weight.raw)
        for i in p.indicators:
            if not met(i) or i.weight is None or i.score is None:
                continue
            if i.weight.value is None or i.score.value is None or i.score.value >= i.weight.value or off_coefficient(i) \
                    or follows_ladder(i):   # scored by the tiers its own cell states
                continue   # a score off its own 得分系数 × 指标权重 is JX406's slip: one slip, one flag
            yield r.flag(recs, f"“{i.level3}”目标 {i.target.raw}，实际 {i.actual.raw}，已达到目标，"
                               f"但得分 {i.score.raw}，低于分值 {i.weight.raw}。",
                         [i.score.loc, i.actual.loc, i.target.loc, i.weight.loc],
                         f"{i.target.raw} / {i.actual.raw} / 分值 {i.weight.raw} / 得分 {i.score.raw}",
                         stated=i.score.raw, expected=i.weight.raw)


@rule("JX405", "off-model-score", "medium", "得分不符合本表其余指标所用的计分方法",
      """
Where the document states the proportional rule (实际完成值/年度指标值×该指标分值, 按完成比例
计分, in a footnote or a 评分标准 cell), every row that falls short of a ≥ / = target is scored
by it. Where it states none, the rows that fall short of their target show it:
when at least two of them are scored weight × actual/target (target/actual for ≤ targets) and
they are no fewer than the rows that are not, the model is proportional, and a row scored
otherwise is flagged with the score the table's own method gives. A score may be the product
rounded half up or cut down to its written places; where at least two other rows show which
(8.97 written 8, 7.5 written 7: cut down) and none the other, a row scored above what that
gives (8.5 written 9) is flagged too. A row that a note under the form gives a rule of its own
(满意度指标低于指标值的，每低1个百分点扣1分: the note names its level or its name and gives points
otherwise than in proportion), or whose own cell states one (a 评分标准 cell: ≥90%得满分，每低1个百分点扣
0.5分; Indicator.stated_rule), follows that rule, not the table's model: it is
neither judged nor counted as evidence of the model. It is judged by its rule instead, where the
rule takes points per step short of the target in the target's own unit (每低1个百分点扣1分: 88% of
≥90% on 10 gives 10 − 2 = 8; a part step counted as none or whole, as the rule does not say).
In a coefficient form (得分 = 得分系数 × 指标权重) the rule is
the coefficient's: where the document states it as the share achieved (得分系数＝实际完成值÷年度指标值),
or two other rows short of their targets show it and no more rows show otherwise, a short row's
coefficient is its actual / target, written rounded or cut to its places; the flag states the
score the coefficient gave and the one the rule gives.
""", good="分值 2：实际/目标 0.845 得 1.69，0.9 得 1.8，0.5 得 1；分值 10 的表中 8.97 得 8、7.5 得 7、8.5 得 8；"
           "注明“满意度指标每低1个百分点扣1分”，满意度 ≥90% 实际 88%，分值 10 得 8",
      bad="同表中实际/目标 0.845 的一项得 1.9（应为 1.69）；分值 10 的表中 8.97 得 8、7.5 得 7、8.5 却得 9；"
          "注：得分系数＝实际完成值÷年度指标值，46.5 / 50 的一项得分系数 80%（应为 93%）；"
          "注明“满意度指标每低1个百分点扣1分”，满意度 ≥90% 实际 88%，分值 10 却得 9")
def off_model(recs: DocRecords, r):
    for p in recs.projects:
        if p.scoring_model == "coefficient":
            yield from _off_coefficient(recs, r, p)
        elif p.scoring_model != "weighted-share":     # a share form's scores follow its shares, no note's rule
            yield from _off_stated_rule(recs, r, p)
        if p.scoring_model != "proportional":
            continue
        partial = partial_rows(p)
        for i in partial:
            if reading_doubt(i) or p.scoring_rule and i.target.q.op in ("<=", "<"):
                continue    # a stated 完成值/目标值 rule says nothing of ceilings (≤), whose scoring varies
            if agrees(i):
                yield from _above_own_rounding(recs, r, p, i, [j for j in partial if j is not i])
                continue
            lo, hi = proportional(i)
            t, a = i.target.q.value, compared_actual(i).value    # as compared (a dropped 万 read in the target's scale)
            mid = i.weight.value * min(t / a if i.target.q.op in ("<=", "<") else a / t, Decimal(1))
            basis = "本表说明按 完成值/目标值×分值 计分" if p.scoring_rule else "本表其余指标按 完成值/目标值×分值 计分"
            yield r.flag(recs, f"{basis}，“{i.level3}”（目标 {i.target.raw}，实际 "
                               f"{i.actual.raw}，分值 {i.weight.raw}）按同法应为 {num(mid, 2)} 分，表中为 {i.score.raw} 分。",
                         [i.score.loc, i.actual.loc, i.target.loc],
                         f"{i.target.raw} / {i.actual.raw} / 分值 {i.weight.raw} / 得分 {i.score.raw}",
                         stated=i.score.raw, expected=num(mid, 2), tolerance=f"±{num((hi - lo) / 2 + i.score.q.tolerance, 4)}")


# A coefficient form's rule as it states it: 得分系数＝实际完成值÷年度指标值 (or /, 除以).
COEFFICIENT_RULE = re.compile(r"系数\s*[＝=为是]?\s*(?:实际)?(?:完成值|实际值|完成数)\s*(?:[/÷]|除以)\s*(?:年度)?"
                              r"(?:指标值|目标值|计划值|计划数)")


def _coefficient_agrees(i) -> bool:
    """The 得分系数 is the share achieved, written rounded or cut down to its places (93.6% → 93% or 94%)."""
    lo, hi = achieved(i)
    c = i.coefficient
    step = Decimal(1).scaleb(-(c.q.places or 0))
    scale = Decimal(100) if c.q.unit == "%" or c.value > 1 else Decimal(1)
    return lo * scale < c.value + step and hi * scale >= c.value - step / 2


def _off_coefficient(recs, r, p):
    """JX405 in a coefficient form: short rows whose 得分系数 is not the share achieved (_coefficient_agrees)."""
    short = [i for i in partial_rows(p) if i.coefficient is not None and i.coefficient.value is not None
             and coefficient_product(i) is not None and i.score is not None and not reading_doubt(i)]
    stated = any(COEFFICIENT_RULE.search(plain) for plain, _, _ in plain_paragraphs(recs))
    for i in short:
        others = [j for j in short if j is not i]
        shown = sum(_coefficient_agrees(j) for j in others)
        if _coefficient_agrees(i) or not (stated or shown >= 2 and shown >= len(others) - shown):
            continue
        lo, hi = achieved(i)
        mid = i.weight.value * (lo + hi) / 2
        basis = "本表说明得分系数＝实际完成值÷年度指标值" if stated else "本表其余未达标指标的得分系数为 完成值/目标值"
        yield r.flag(recs, f"{basis}，“{i.level3}”（目标 {i.target.raw}，实际 {i.actual.raw}，完成 "
                           f"{num(lo * 100, 1)}%）得分系数写为 {i.coefficient.raw}，得分 {i.score.raw}；按同法应为 "
                           f"{num(mid, 2)} 分。", [i.score.loc, i.coefficient.loc, i.actual.loc, i.target.loc],
                     f"{i.target.raw} / {i.actual.raw} / 得分系数 {i.coefficient.raw} / 得分 {i.score.raw}",
                     stated=i.score.raw, expected=num(mid, 2))


def _off_stated_rule(recs, r, p):
    """Rows a note gives a rule of their own (Indicator.stated_rule) scored otherwise than it gives."""
    for i in p.indicators:
        if not i.stated_rule or i.score is None or i.score.value is None or reading_doubt(i):
            continue
        got = stated_rule_score(i)
        if got is None:
            continue
        lo, hi, step = got
        tol = i.score.q.tolerance
        if lo - tol <= i.score.value <= hi + tol:
            continue
        expected = num(lo) if lo == hi else f"{num(lo)}-{num(hi)}"
        yield r.flag(recs, f"本表注明“{i.stated_rule}”，“{i.level3}”（目标 {i.target.raw}，实际 {i.actual.raw}，"
                           f"分值 {i.weight.raw}）按此应为 {expected} 分，表中为 {i.score.raw} 分。",
                     [i.score.loc, i.actual.loc, i.target.loc],
                     f"{i.target.raw} / {i.actual.raw} / 分值 {i.weight.raw} / 得分 {i.score.raw}；注：{step}",
                     stated=i.score.raw, expected=expected)


def _above_own_rounding(recs, r, p, i, others):
    """A row within its written rounding of the model but above what the table's own rounding
    gives: the other rows cut their products down (8.97 → 8), this one rounds up (8.5 → 9)."""
    how = rounding_of(others)
    if not how:
        return
    most = written(i, how)[1]
    if i.score.value <= most:
        return
    places = max(i.score.q.places or 0, 0)
    t, a = i.target.q.value, compared_actual(i).value
    mid = i.weight.value * min(t / a if i.target.q.op in ("<=", "<") else a / t, Decimal(1))
    way = "四舍五入" if how == "round" else "截尾（舍去）"
    yield r.flag(recs, f"本表其余指标按 完成值/目标值×分值 计分并{way}到 {places} 位小数，“{i.level3}”（目标 "
                       f"{i.target.raw}，实际 {i.actual.raw}，分值 {i.weight.raw}，{num(mid, 4)}）按同法应为 "
                       f"{most:.{places}f} 分，表中为 {i.score.raw} 分。",
                 [i.score.loc, i.actual.loc, i.target.loc],
                 f"{i.target.raw} / {i.actual.raw} / 分值 {i.weight.raw} / 得分 {i.score.raw}",
                 stated=i.score.raw, expected=f"{most:.{places}f}")


def _fraction(f) -> Interval:
    """A coefficient or share as a fraction: 95.8% and 95.8 (under a (%) header) are 0.958; 0.958 is itself."""
    value = iv(f)
    if f.q.unit == "%" or f.value > 1:
        return value * Interval.exact(Decimal("0.01"))
    return value


@rule("JX406", "coefficient-score", "high", "得分不等于得分系数×指标权重",
      """
In tables with a 得分系数 column (Chongqing), each indicator's 得分 is 得分系数 (%) × 指标权重.
The coefficient's rounding is allowed for.
""", good="得分系数 80%，指标权重 10，得分 8", bad="得分系数 80%，指标权重 10，得分 9")
def coefficient_score(recs: DocRecords, r):
    for i in recs.indicators:
        c, w, s = i.coefficient, i.weight, i.score
        if (expected := coefficient_product(i)) is None or s is None or s.value is None:
            continue
        if not expected.overlaps(iv(s)):
            yield r.flag(recs, f"“{i.level3}”得分写为 {s.raw}，按得分系数 {c.raw} × 指标权重 {w.raw} 应为 "
                               f"{num(expected.mid, 2)}。", [s.loc, c.loc, w.loc],
                         f"得分系数={c.raw}；权重={w.raw}；得分={s.raw}", stated=s.raw, expected=num(expected.mid, 2))


@rule("JX407", "weighted-share-score", "high", "折算得分不等于得分×权重占比",
      """
In tables with 权重占比 and 折算得分 columns (Hebei), 折算得分 = 得分 × 权重占比. Where the project's
shares with the fund's 分值 add up to its full marks exactly, the shares are weights as set (8% is
8%, as a 分值 is exact); else a share may be rounded (33.3%) and its rounding is allowed for.
""", good="得分 90，权重占比 20%，折算得分 18", bad="得分 90，权重占比 20%，折算得分 20；得分 96，权重占比 8%，折算得分 7.86（应为 7.68）")
def weighted_share(recs: DocRecords, r):
    exact = {id(i) for p in recs.projects if _shares_are_weights(p) for i in p.indicators}
    for i in recs.indicators:
        share, s, conv = i.weight_share, i.item_score, i.converted_score
        if not (share and s and conv) or None in (share.value, s.value, conv.value):
            continue
        fraction = Interval.exact(share.value / 100 if share.q.unit == "%" or share.value > 1 else share.value) \
            if id(i) in exact else _fraction(share)
        expected = Interval.exact(s.value) * fraction
        if not expected.overlaps(iv(conv)):
            yield r.flag(recs, f"“{i.level3}”折算得分写为 {conv.raw}，按得分 {s.raw} × 权重占比 {share.raw} 应为 "
                               f"{num(expected.mid, 2)}。", [conv.loc, s.loc, share.loc],
                         f"得分={s.raw}；权重占比={share.raw}；折算得分={conv.raw}", stated=conv.raw,
                         expected=num(expected.mid, 2))


def _shares_are_weights(p) -> bool:
    """Every row's 权重占比 and the fund's 分值 add up to the full marks (the 总分's 分值, else 100):
    the shares are the weights as set, not rounded."""
    shares = [i.weight_share for i in p.indicators]
    if not shares or any(f is None or f.value is None or f.value <= 1 and f.q.unit != "%" for f in shares):
        return False
    full = p.total_weight_stated.value if p.total_weight_stated is not None and p.total_weight_stated.value else 100
    fund = p.fund_weight.value if p.fund_weight is not None and p.fund_weight.value is not None else 0
    return sum(f.value for f in shares) + fund == full


# What a qualitative result says of itself: not done (the lowest band), partly done (the middle
# band) or done (the top band). 基本 (basically) is left to no band: templates disagree whether it is the
# top band or the middle one (_basic_below_the_middle_band judges it against the two together).
TIER_NOT = re.compile(r"未完成|未达到|未达成|未实现|未达标|没有完成|未能|较差|差")
TIER_PART = re.compile(r"部分")
TIER_DONE = re.compile(r"^(?:是|已?完成|已?达成|已?达到|已?实现|达标|合格|有效|显著|良好|优|满意|按时|及时|全覆盖)")


def tier_of(i, names: list[str] = ()) -> int | None:
    """Which band (0 top, 1 middle, -1 bottom) a qualitative result falls in; None when unsure. A
    result written in the word the document names a band by (较好 where it states 较好（分值的75%-90%）)
    is in that band."""
    text = (i.actual.q.raw or "").strip()
    if not text or i.actual.q.numeric:
        return None
    if normalize_ws(text) in names:
        return names.index(normalize_ws(text))
    if "基本" in text:
        return None
    if TIER_NOT.search(text):
        return -1
    if TIER_PART.search(text):
        return 1
    if TIER_DONE.search(text) or normalize_ws(text) == normalize_ws(i.target.q.raw or ""):
        return 0
    return None


def _basic_below_the_middle_band(recs: DocRecords, r, i):
    """A result written 基本… (基本健全, 基本达到) under three bands, none named by a 基本 word: templates
    disagree whether 'basically done' is the top band or the middle one (so tier_of leaves it), but none
    puts it in the bottom band (未达成): its score lies within the top two bands together, and one below
    the middle band's lower end (3.0 of 6 under 达成 100-80% / 部分达成 80-60% / 未达成 60-0) is flagged."""
    text = normalize_ws(i.actual.q.raw or "")
    if "基本" not in text or i.actual.q.numeric or TIER_NOT.search(text) or len(recs.tiers) != 3 \
            or any("基本" in n for n in recs.tier_names):
        return
    high, low = recs.tiers[0][0], recs.tiers[1][1]
    if low <= i.score.value / i.weight.value * 100 <= high:
        return
    yield _off_band(recs, r, i, (recs.tiers_written[0][0], recs.tiers_written[1][1]), "（基本达到，属前两档之一，不属最低档）")


def _off_band(recs: DocRecords, r, i, band: tuple, why: str = ""):
    """The flag of a qualitative score outside its band (high, low: the band as the form writes it, 80%-99%)."""
    high, low = band
    points = f"{num(i.weight.value * low / 100, 2)}-{num(i.weight.value * high / 100, 2)}"
    return r.flag(recs, f"文件规定定性指标按档次计分；“{i.level3}”实际为“{i.actual.raw}”{why}，应在分值的 "
                        f"{num(low)}%-{num(high)}% 之间（{points} 分），表中得 {i.score.raw} 分。",
                  [i.score.loc, i.actual.loc, i.weight.loc],
                  f"{i.target.raw} / {i.actual.raw} / 分值 {i.weight.raw} / 得分 {i.score.raw}",
                  stated=i.score.raw, expected=points)


@rule("JX408", "tiered-score", "medium", "定性指标得分不在文件所述档次的分值区间内",
      """
Where the document states tiers for qualitative indicators (三档: 达成 100-80%, 部分达成
80-60%, 未达成 60-0% of the weight, or other bands it gives), a qualitative result scores within
its tier: a result that says it was achieved (or repeats its target) in the top band, one that
says 部分 in the middle band, one that says 未完成 / 未达到 in the bottom band. 基本达到 is not
placed in one band (templates differ on its band), but under three bands none of which is named by a
基本 word it lies within the top two together: 基本健全 scored 3.0 of 6 under 100-80% / 80-60% / 60-0 is
below them. Where the document names its bands (好（分值的90%-100%）、
较好（分值的75%-90%，不含90%）、一般…、差（分值的60%以下）, the ends written either way round), a
result written in one of those words scores within that band. A band may be one share alone
(达到（得分值的100%）) or nothing (未达到（不得分）), and whole ends written inclusive (80%-99%, then
60%-79%) meet halfway in the judging; a band starting below where the last ended keeps its top (达标 100%, then
基本达标 80%-90%: 基本达标 scored 95% is above its band) where every band is named (a band lost in reading leaves
a gap too: unnamed bands past it would be judged one band off); the message states the band as the form writes it (80%-99%). An end may
carry its inclusion note (80%（含）-100%). Scores are exact as written, as a person assigns them: 6 of 8 is 75%, below
a band from 80% (6.4).
""", good="文件：定性指标按100-80%、80-50%、50-0%三档计分；“制度健全”目标 健全，实际 健全，分值 10 得 9",
      bad="同上，实际“未完成”，分值 10 得 9（应不高于 5）；文件：好（90%-100%）、较好（75%-90%，不含90%）……，"
          "实际“较好”，分值 8 得 7.6（应为 6-7.2）")
def tiered_score(recs: DocRecords, r):
    if len(recs.tiers) < 2:
        return
    for p in recs.projects:
        if p.scoring_model in ("coefficient", "weighted-share"):
            continue
        for i in p.indicators:
            if i.weight is None or i.score is None or not i.weight.value or i.score.value is None:
                continue
            tier = tier_of(i, recs.tier_names)
            if tier is None:
                yield from _basic_below_the_middle_band(recs, r, i)
                continue
            if tier == 1 and len(recs.tiers) < 3 and normalize_ws(i.actual.q.raw) not in recs.tier_names:
                continue
            high, low = recs.tiers[tier]
            share = i.score.value / i.weight.value * 100
            if low <= share <= high:   # a score a person picks within a band is exact as written: 6 is not 6.4
                continue
            yield _off_band(recs, r, i, recs.tiers_written[tier])   # as written (80%-99%, not 79.5%-99.5%)
