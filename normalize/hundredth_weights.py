"""Weights written as hundredths of the whole (权重 0.05, 0.10 … ) where a form's other figures are points.

    权重 0.40 / 0.35 / 0.25 (合计 1.00) beside 加权得分 40.00 / 35.00 / 24.50    -> weights 40 / 35 / 25 points
    权重 0.08 / 0.06 … (0.90, the fund's 分值 10 the rest) beside 得分（百分制） 100 / 90 -> weights 8 / 6 …,
        scores 0.08 × 100 = 8, 0.08 × 90 = 7.2 points (the 百分制 score a rate of the weight)

Taken only where the cells show it, and said; anything else stays as read.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .quantity import parse, plain
from .records import Figure, Indicator, Project

HUNDRED = Decimal(100)


def _in_points(f: Figure, value: Decimal) -> Figure:
    return Figure(replace(parse(f"{plain(value):f}"), raw=f.q.raw), f.loc)


def _fund_share(p: Project) -> Decimal:
    """The fund's part of the whole as a share of 1: its weight in points over 100 (分值 10 -> 0.10); 0 where
    the project names no fund weight in points."""
    f = p.fund_weight
    if f is None or f.value is None or f.q.unit not in ("", "分") or not 0 < f.value < HUNDRED:
        return Decimal(0)
    return f.value / HUNDRED


def _out_of_hundred(p: Project, rows: list[Indicator], score_head: str) -> bool:
    """Scores on a scale of 100 (百分制) beside hundredth weights: every score at most 100 and some above
    what its weight is worth in points, and either the score's head names the scale (得分（百分制）) or the
    stated total is the fund's score plus each weight × score (at the total's written precision)."""
    if any(i.score.value > HUNDRED for i in rows) or all(i.score.value <= i.weight.value * HUNDRED for i in rows):
        return False
    if "百分制" in score_head:
        return True
    total, fund = p.total_score_stated, p.fund_score
    if total is None or total.value is None:
        return False
    got = sum(i.weight.value * i.score.value for i in rows) + (fund.value if fund is not None and fund.value else 0)
    return abs(got - total.value) <= total.q.tolerance


def hundredth_weights(p: Project, rows: list[Indicator], score_head: str) -> str | None:
    """Set rows' 权重 written as hundredths of the total to points (× 100), and their 百分制 scores to the
    points they are worth (weight × score); returns what to say, None where the cells show no such form.
    Every weight a bare figure of at most 1, together exactly 1 (or 1 less the fund's share where the fund's
    weight stands in points), every score present; the scores either points (none above its weight × 100,
    some above 1) or out of 100 (_out_of_hundred)."""
    if len(rows) < 2 or any(i.weight is None or i.score is None or i.weight.q.unit or i.score.q.unit or
                            i.weight.value is None or i.score.value is None or i.weight.value > 1
                            for i in rows):
        return None
    total = sum(i.weight.value for i in rows)
    fund = _fund_share(p)
    if total != 1 and not (fund and total + fund == 1):
        return None
    points = all(i.score.value <= i.weight.value * HUNDRED for i in rows) and any(i.score.value > 1 for i in rows)
    rated = not points and _out_of_hundred(p, rows, score_head)
    if not (points or rated):
        return None
    for i in rows:
        w = i.weight.value
        i.weight = _in_points(i.weight, w * HUNDRED)
        how = f"权重{i.weight.q.raw}为占总分的小数，按百分制折为分值{plain(w * HUNDRED):f}"
        if rated:
            s = i.score.value
            i.score = _in_points(i.score, w * s)
            how += f"，得分{i.score.q.raw}为百分制，折合得分{plain(w):f}×{plain(s):f}＝{plain(w * s):f}"
        i.note = "；".join(x for x in (i.note, how) if x)
    w = p.total_weight_stated
    if w is not None and w.value == 1:
        p.total_weight_stated = Figure(replace(parse("100"), raw=w.q.raw), w.loc)
    part = "合计为1" if total == 1 else f"与资金分值（{plain(fund * HUNDRED):f}分）合计为1"
    if rated:
        return f"各行权重为小数、{part}，得分为百分制，权重按百分制折为分值（权重×100），得分折为分值（权重×得分）"
    return f"各行权重为小数、{part}，得分为分值，权重按百分制折为分值（权重×100）"
