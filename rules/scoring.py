"""Scores checked by the document's own scoring model (normalize.scoring)."""
from __future__ import annotations

from decimal import Decimal

from normalize import DocRecords
from normalize.scoring import agrees, met, partial_rows, proportional

from .common import iv, num
from .interval import Interval
from .registry import rule


@rule("JX404", "met-target-below-full", "medium", "已达到目标值却未得满分",
      """
An indicator whose actual meets its target (with its operator: ≥, ≤, =) earns its full weight;
a lower score contradicts the table's own figures. Scores and weights are exact as written.
""", good="目标 ≥100%，实际 100%，分值 10，得分 10", bad="目标 ≥100%，实际 100%，分值 10，得分 7")
def met_below_full(recs: DocRecords, r):
    for p in recs.projects:
        if p.scoring_model in ("coefficient", "weighted-share"):
            continue
        for i in p.indicators:
            if not met(i) or i.weight is None or i.score is None:
                continue
            if i.weight.value is None or i.score.value is None or i.score.value >= i.weight.value:
                continue
            yield r.flag(recs, f"“{i.level3}”目标 {i.target.raw}，实际 {i.actual.raw}，已达到目标，"
                               f"但得分 {i.score.raw}，低于分值 {i.weight.raw}。",
                         [i.score.loc, i.actual.loc, i.target.loc, i.weight.loc],
                         f"{i.target.raw} / {i.actual.raw} / 分值 {i.weight.raw} / 得分 {i.score.raw}",
                         stated=i.score.raw, expected=i.weight.raw)


@rule("JX405", "off-model-score", "medium", "得分不符合本表其余指标所用的计分方法",
      """
Where the table states no scoring model, the rows that fall short of their target show it:
when at least two of them are scored weight × actual/target (target/actual for ≤ targets) and
they are no fewer than the rows that are not, the model is proportional, and a row scored
otherwise is flagged with the score the table's own method gives.
""", good="分值 2：实际/目标 0.845 得 1.69，0.9 得 1.8，0.5 得 1", bad="同表中实际/目标 0.845 的一项得 1.9（应为 1.69）")
def off_model(recs: DocRecords, r):
    for p in recs.projects:
        if p.scoring_model != "proportional":
            continue
        for i in partial_rows(p):
            if agrees(i):
                continue
            lo, hi = proportional(i)
            mid = (lo + hi) / 2
            yield r.flag(recs, f"本表其余指标按 完成值/目标值×分值 计分，“{i.level3}”（目标 {i.target.raw}，实际 "
                               f"{i.actual.raw}，分值 {i.weight.raw}）按同法应为 {num(mid, 2)} 分，表中为 {i.score.raw} 分。",
                         [i.score.loc, i.actual.loc, i.target.loc],
                         f"{i.target.raw} / {i.actual.raw} / 分值 {i.weight.raw} / 得分 {i.score.raw}",
                         stated=i.score.raw, expected=num(mid, 2), tolerance=f"±{num((hi - lo) / 2 + i.score.q.tolerance, 4)}")


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
        if not (c and w and s) or None in (c.value, w.value, s.value):
            continue
        expected = _fraction(c) * Interval.exact(w.value)
        if not expected.overlaps(iv(s)):
            yield r.flag(recs, f"“{i.level3}”得分写为 {s.raw}，按得分系数 {c.raw} × 指标权重 {w.raw} 应为 "
                               f"{num(expected.mid, 2)}。", [s.loc, c.loc, w.loc],
                         f"得分系数={c.raw}；权重={w.raw}；得分={s.raw}", stated=s.raw, expected=num(expected.mid, 2))


@rule("JX407", "weighted-share-score", "high", "折算得分不等于得分×权重占比",
      """
In tables with 权重占比 and 折算得分 columns (Hebei), 折算得分 = 得分 × 权重占比.
""", good="得分 90，权重占比 20%，折算得分 18", bad="得分 90，权重占比 20%，折算得分 20")
def weighted_share(recs: DocRecords, r):
    for i in recs.indicators:
        share, s, conv = i.weight_share, i.score, i.converted_score
        if not (share and s and conv) or None in (share.value, s.value, conv.value):
            continue
        expected = Interval.exact(s.value) * _fraction(share)
        if not expected.overlaps(iv(conv)):
            yield r.flag(recs, f"“{i.level3}”折算得分写为 {conv.raw}，按得分 {s.raw} × 权重占比 {share.raw} 应为 "
                               f"{num(expected.mid, 2)}。", [conv.loc, s.loc, share.loc],
                         f"得分={s.raw}；权重占比={share.raw}；折算得分={conv.raw}", stated=conv.raw,
                         expected=num(expected.mid, 2))
