"""Fund table checks: over-execution, the stated rate, the fund score, the sources against the total."""
from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

import regex as re

from jixiao.normalize import DocRecords
from jixiao.normalize.fund_grammar import FUND_NAMES, MONEY_FIELDS
from jixiao.normalize.quantity import halfwidth, money_scale, parse
from jixiao.normalize.script import matching

from .common import (HUNDRED, RATE_FORMULA, as_written, budget, fund_rows, iv, money, named, num, other_year, project_for, prose_sentences, rounded,
                     total_rounding, words_before)
from .interval import Interval
from .lists import INLINE
from .registry import rule
from .text import RESTATEMENT_WINDOW


@rule("JX201", "over-execution", "high", "执行数超过预算数",
      """
The amount executed (全年执行数) cannot exceed the budget (全年预算数, or 年初预算数 when no
full-year budget is given): the money was not there to spend. Rounding of both figures is
allowed for. Where the text tells money arrived (到位) that covers the spending, with its reason
for arriving above the budget (配套, 结转 …, as JX205 asks), the money was there: no finding.
So for each line under the total with its own budget and execution (其中：项目支出
1,800.00 / 1,848.00): a line is a part with a budget of its own, and money spent over it was not
there, though the other lines leave the total under its budget; where the total is over too, the
total's flag says it (one slip, one flag). Also checked in a sentence that states one budget and one amount spent, unless it
names other money spent with the budget (结转, 自筹, 含…).
""", good="预算数 104，执行数 104；其中项目支出 1,800.00 / 1,780.00", bad="预算数 30，执行数 33；其中项目支出 1,800.00 / 1,848.00")
def over_execution(recs: DocRecords, r):
    for p in recs.projects:
        b = budget(p)
        if b is None or p.executed is None or b.value is None or p.executed.value is None:
            continue
        if iv(p.executed).lo > iv(b).hi and not _arrival_covers(recs, p.executed):
            over = p.executed.value - b.value
            yield r.flag(recs, f"{named(p, recs)}执行数 {money(p, p.executed.value)} 超过预算数 "
                               f"{money(p, b.value)}，超出 {money(p, over)}。",
                         [p.executed.loc, b.loc], f"预算数={b.raw}；执行数={p.executed.raw}",
                         stated=p.executed.raw, expected=f"≤{b.raw}")
            continue
        for line in fund_rows(p)[1:]:
            lb, le = line.budget, line.executed
            if lb is None or le is None or lb.value is None or le.value is None or iv(le).lo <= iv(lb).hi:
                continue
            yield r.flag(recs, f"{line.name(p, recs)}执行数 {money(p, le.value)} 超过该行预算数 {money(p, lb.value)}，"
                               f"超出 {money(p, le.value - lb.value)}。", [le.loc, lb.loc],
                         f"{line.label}：预算数={lb.raw}；执行数={le.raw}", stated=le.raw, expected=f"≤{lb.raw}")
    for sentence, figs in prose_sentences(recs):
        budget_f, exec_f = amounts(figs)
        if len(budget_f) != 1 or len(exec_f) != 1 or _names_other_money(matching(sentence)) or other_year(sentence, recs):
            continue
        b, e = budget_f[0].q, exec_f[0].q
        if Interval.of(e.value, e.tolerance).lo > b.value:
            yield r.flag(recs, f"文中所写执行 {e.raw} 超过同句所写预算 {b.raw}。", [exec_f[0].loc], sentence,
                         stated=e.raw, expected=f"≤{b.raw}")


def _arrival_covers(recs: DocRecords, executed) -> bool:
    """Whether the text tells money arrived (到位) that covers the amount spent, its reason for arriving
    above the budget given in its paragraph (ARRIVAL_REASON: 配套, 结转 …; 019: 总预算36,620万元 / 资金已到位
    36,982.43万元,其中:…地方财政配套补助资金21,106.24万元… / 已使用36,948.11万元): the money was there to spend,
    and its arrival above the budget is JX205's to judge, not a slip of spending."""
    paragraph = {loc.block: text for text, loc in recs.paragraphs}
    for sentence, figs in prose_sentences(recs):
        arrived = [f for f in figs if f.subject == "到位" and f.q.unit == "元" and f.q.op == "=" and f.q.numeric]
        if len(arrived) == 1 and Interval.of(arrived[0].q.value, arrived[0].q.tolerance).hi >= iv(executed).lo and \
                _gives_reason(matching(paragraph.get(arrived[0].loc.block, sentence))):
            return True
    return False


# Money paid out to those it is for (实际发放189.36万元, 兑付补助资金…): spent, where the words before the
# amount in its clause end in the paying verb and name no other subject.
PAID_OUT = re.compile(r"(?:发放|兑付|兑现)(?:资金|金额)?\s*$")


def amounts(figs) -> tuple[list, list]:
    """A sentence's amounts budgeted (预算, 安排/下达资金) and spent (执行, 支付 …; 发放 where its clause
    names no subject: PAID_OUT)."""
    return ([f for f in figs if f.subject in ("预算", "下达") and f.q.unit == "元"],
            [f for f in figs if f.q.unit == "元" and (f.subject == "执行" or not f.subject and PAID_OUT.search(
                re.split(r"[，,；;：:]", words_before(f))[-1]))])


# Money beside the budget that may be spent with it (结转, 自筹 …): spending above the budget
# named in the sentence is then no slip.
OTHER_MONEY = re.compile(r"结转|结余|自筹|其他资金|追加|含|另有|包括|超支")


def _names_other_money(text: str) -> bool:
    """Whether a sentence names money beside the budget (OTHER_MONEY), its clauses on money left over going
    back (LEFT_OVER_RETURNED: 结余资金2万元已收回县财政) set aside: money returned is no reason (JX201, JX205)."""
    return bool(OTHER_MONEY.search(LEFT_OVER_RETURNED.sub("", text)))


def _told_in_one_paragraph(b, e, rate) -> bool:
    """A fund whose budget, amount spent and rate one paragraph tells (预算100万元，实际支出80万元，执行率90%):
    the prose check's own sentence (_prose_rates), its flag kept as earlier releases raised it."""
    return rate.loc.table is None and rate.loc == e.loc == b.loc


@rule("JX202", "rate-mismatch", "high", "执行率与执行数/预算数不符",
      """
The stated execution rate (执行率) must equal 执行数 / 预算数 × 100% within the rounding of
the three written figures. Also checks a calculation written out in prose
(174.83/178.95*100%=97.14%). A sentence's rate that its own table's amounts give, beside an amount
spent written otherwise than the table's, is no rate slip: the amount is (JX501).
""", good="预算 29，执行 24.8805，执行率 85.79%", bad="174.83/178.95*100%=97.14%（应为 97.70%）")
def rate_mismatch(recs: DocRecords, r):
    for p in recs.projects:
        for row in fund_rows(p):
            b, e, rate = row.budget, row.executed, row.rate
            if not (b and e and rate) or None in (b.value, e.value, rate.value) or b.value == 0 \
                    or _told_in_one_paragraph(b, e, rate):
                continue
            computed = iv(e) / iv(b) * HUNDRED
            if not computed.overlaps(iv(rate)):
                nominal = e.value / b.value * 100     # the figures as written, for the message
                # to the rate's own places (96.70% beside 96.70%, not 96.7), two where it writes none
                shown = rounded(nominal, rate.q.places) if rate.q.places else num(nominal, 2)
                yield r.flag(recs, f"{row.name(p, recs)}执行率写为 {rate.raw}，但执行数/预算数 = "
                                   f"{e.raw}/{b.raw} = {shown}%，相差 {num(abs(nominal - rate.value), 2)} 个百分点"
                                   f"{_on_the_initial(row, rate)}。",
                             [rate.loc, e.loc, b.loc], f"预算数={b.raw}；执行数={e.raw}；执行率={rate.raw}",
                             stated=rate.raw, expected=f"{num(nominal, 2)}%",   # part of the flag's id: as before
                             tolerance=f"±{num(computed.half_width + rate.q.tolerance, 4)}")
    yield from _prose_rates(recs, r)
    for text, loc in recs.paragraphs:
        for m in RATE_FORMULA.finditer(halfwidth(text).replace(" ", "")):
            a, b, c = parse(m.group(1)), parse(m.group(2)), parse(m.group(3))
            if not (a.numeric and b.numeric and c.numeric) or b.value == 0:
                continue
            computed = Interval.of(a.value, a.tolerance) / Interval.of(b.value, b.tolerance) * HUNDRED
            if not computed.overlaps(Interval.of(c.value, c.tolerance)):
                nominal = a.value / b.value * 100
                yield r.flag(recs, f"文中算式 {m.group(0)} 有误：{m.group(1)}/{m.group(2)}×100% = "
                                   f"{num(nominal, 2)}%，不是 {m.group(3)}%。",
                             [loc], text, stated=m.group(3) + "%", expected=f"{num(nominal, 2)}%")


def _on_the_initial(row, rate) -> str:
    """Where the stated rate is the amount spent over the row's 年初 budget (a 全年 budget, adjusted in the
    year, beside it), the message says so: the rate was taken on the budget before the adjustment."""
    a, e = row.initial, row.executed
    if a is None or a.value in (None, 0) or row.budget is None or a.value == row.budget.value \
            or not (iv(e) / iv(a) * HUNDRED).overlaps(iv(rate)):
        return ""
    return f"；{rate.raw} 是执行数除以年初预算数 {a.raw} 所得，执行率应以调整后的全年预算数 {row.budget.raw} 计算"


def _prose_rates(recs: DocRecords, r):
    """预算104万元，执行资金104万元，执行率100%: one sentence states all three, or the amount and
    the rate against the budget the table states. A rate read as a project's own fund (a report with
    no table, its fund told in sentences) is checked with the project's, not again."""
    own = {(rate.loc, rate.raw) for p in recs.projects for row in fund_rows(p)
           if (rate := row.rate) is not None and row.budget and row.executed and not _told_in_one_paragraph(row.budget, row.executed, rate)}
    for sentence, figs in prose_sentences(recs):
        budget_f, exec_f = amounts(figs)
        rate_f = [f for f in figs if f.subject in ("执行率", "执行") and f.q.unit == "%"]
        if len(exec_f) != 1 or len(rate_f) != 1 or (rate_f[0].loc, rate_f[0].q.raw) in own:
            continue
        if not budget_f:
            # 实际完成额31万元，执行率100%: the budget is the one the table states (a single project).
            p = recs.projects[0] if len(recs.projects) == 1 else None
            table_budget = budget(p) if p is not None else None
            if table_budget is None or not table_budget.value or other_year(sentence, recs):
                continue
            b = table_budget.q
        elif len(budget_f) == 1 and budget_f[0].q.value:
            b = budget_f[0].q
        else:
            continue
        e, rate = exec_f[0].q, rate_f[0].q
        # A budget is an allocation, exact as written; the amount spent may be rounded in prose.
        computed = Interval.of(e.value, e.tolerance) / Interval.exact(b.value) * HUNDRED
        if not computed.overlaps(Interval.of(rate.value, rate.tolerance)) and \
                not _rate_of_the_table(project_for(sentence, recs), b, e, rate):
            nominal = e.value / b.value * 100
            yield r.flag(recs, f"文中执行率写为 {rate.raw}，但同句所写执行 {e.raw} / 预算 {b.raw} = {num(nominal, 2)}%。",
                         [rate_f[0].loc], sentence, stated=rate.raw, expected=f"{num(nominal, 2)}%",
                         tolerance=f"±{num(computed.half_width + rate.tolerance, 4)}")


def _rate_of_the_table(p, b, e, rate) -> bool:
    """A sentence's rate that follows its own table's amounts (the table's budget, the one the sentence
    writes, and the table's 执行数, not the sentence's): the sentence's 执行 figure is then the one
    written otherwise, a restatement JX501 holds to the table, not a rate computed wrong."""
    te, tb = (p.executed, budget(p)) if p is not None else (None, None)
    if te is None or tb is None or None in (te.value, tb.value) or not tb.value or tb.value != b.value or te.value == e.value:
        return False
    if abs(te.value - e.value) > abs(te.value) * RESTATEMENT_WINDOW:
        return False    # too far from the table's for JX501 to take it for the same figure: the rate says it
    return (iv(te) / iv(tb) * HUNDRED).overlaps(Interval.of(rate.value, rate.tolerance))


@rule("JX203", "fund-score", "medium", "资金得分不等于分值×执行率",
      """
The fund score (预算执行得分) is the weight (分值) times the execution rate, never above the
weight (财预〔2020〕10号). The rate used is the stated one, or 执行数/预算数 when none is stated
or when the amounts contradict the stated rate, that one at the places the form writes its rate
(95.646% as 95.65%: 10 × 95.65% = 9.565, written 9.57). A score written as a whole number may be the
product rounded or cut down to a whole point (9.77 written 10 or 9): both are accepted.
A total row scored 0 (or from a 执行率 of 0, or with no 执行数) while its 其中 source rows show
the money spent is scored from a wrong total: its score should follow the parts.
""", good="分值 10，执行率 97.7%，得分 10 或 9", bad="分值 10，执行率 85.79%，得分 7（应为 8.58）")
def fund_score(recs: DocRecords, r):
    for p in recs.projects:
        rows = []
        for row in fund_rows(p):
            w, s = row.weight, row.score
            if not (w and s) or w.value is None or s.value is None:
                continue
            b, e = row.budget, row.executed
            computed = iv(e) / iv(b) * HUNDRED if b and e and b.value and e.value is not None else None
            stated = row.rate if row.rate is not None and row.rate.value is not None else None
            if stated is not None and (computed is None or iv(stated).overlaps(computed)):
                rate, rate_text = iv(stated), stated.raw
            elif computed is not None:   # no rate stated, or one the amounts contradict (JX202): the amounts decide
                # at the places the form writes its rate (95.646% written 95.65%, the score 10 x 95.65% = 9.57)
                slack = stated.q.tolerance if stated is not None else Decimal(0)
                rate, rate_text = Interval(computed.lo - slack, computed.hi + slack), f"执行数/预算数 {num(computed.mid, 2)}%"
            else:
                continue
            expected = (Interval.exact(w.value) * rate / HUNDRED).cap(w.value)   # the weight is exact
            product = min(w.value * rate.mid / 100, w.value)   # as written, before any rounding slack
            rows.append((row, w, s, stated, rate_text, expected, product))
        # Written as a whole number the score may be the product rounded or cut down (both occur,
        # DOMAIN.md), unless the table itself rounds where cutting down would differ: then it follows
        # its own model (010: 年度资金总额 9 for 8.97, its 其中 row 8 for the same 8.97).
        rounds = any(_whole(s) and expected.overlaps(iv(s)) and s.value > expected.hi for _, _, s, _, _, expected, _ in rows)
        for row, w, s, stated, rate_text, expected, product in rows:
            # cut down from the product as written (10 × 97.7% = 9.77 → 9), not from the far end of
            # the rate's rounding (100% stays 10: 9 is a slip)
            cut_down = not rounds and _whole(s) and s.value == product.to_integral_value(rounding=ROUND_FLOOR)
            if not expected.overlaps(iv(s)) and not cut_down:
                yield r.flag(recs, f"{row.name(p, recs)}资金得分写为 {s.raw}，按分值 {w.raw} × 执行率 {rate_text} "
                                   f"应为 {num(expected.mid, 2)}，相差 {num(abs(expected.mid - s.value), 2)} 分。",
                             [s.loc, w.loc, stated.loc if stated else None],
                             f"分值={w.raw}；执行率={rate_text}；得分={s.raw}", stated=s.raw,
                             expected=num(expected.mid, 2), tolerance=f"±{num(expected.half_width + s.q.tolerance, 4)}")
        yield from _score_from_a_wrong_total(recs, r, p)


def _score_from_a_wrong_total(recs: DocRecords, r, p):
    """The total row scored 0 (or from a 执行率 of 0, or with no 执行数) while its 其中 source rows
    show the money spent: the score followed a wrong total; it should follow the parts."""
    w, s = p.fund_weight, p.fund_score
    b = budget(p)
    if not (w and s and b) or None in (w.value, s.value, b.value) or not b.value or not w.value:
        return
    rate = p.exec_rate_stated
    spent_total = p.executed.value if p.executed is not None and p.executed.value is not None else None
    if not (s.value == 0 or (rate is not None and rate.value == 0) or not spent_total):
        return
    parts = [src.figures.get("executed") for src in p.fund_sources if not src.group]
    parts = [f for f in parts if f is not None and f.value is not None]
    spent = sum((f.value for f in parts), Decimal(0))
    if not parts or spent <= 0:
        return
    computed = (Interval.exact(w.value) * Interval.exact(min(spent, b.value)) / iv(b)).cap(w.value)
    nominal = min(w.value * spent / b.value, w.value)   # the figures as written
    if computed.overlaps(iv(s)) or (_whole(s) and s.value == nominal.to_integral_value(rounding=ROUND_FLOOR)):
        return
    yield r.flag(recs, f"{named(p, recs)}资金得分写为 {s.raw}"
                       f"{f'（执行率 {rate.raw}）' if rate is not None and rate.value == 0 else ''}，但其中各来源行执行数合计 "
                       f"{money(p, spent)}，按分值 {w.raw} × {money(p, spent)}/{money(p, b.value)} 应为 {num(nominal, 2)}："
                       f"得分依据了有误的总额行。", [s.loc] + [f.loc for f in parts] + [b.loc],
                 "；".join(f.raw for f in parts) + f"；预算={b.raw}；得分={s.raw}", stated=s.raw,
                 expected=num(nominal, 2))


def _whole(f) -> bool:
    """A whole number of points, however written: 9.0 is 9 (a score written with a decimal is still
    the same score; the written places must not change what is accepted)."""
    return (f.q.places or 0) == 0 or f.value == f.value.to_integral_value()


FIELD_NAMES = {name: FUND_NAMES[name] for name in MONEY_FIELDS}   # the money columns, by the one map


@rule("JX204", "fund-sources", "high", "资金来源分项与总额不符",
      """
The rows under the fund total (其中：财政拨款, 上年结转, 其他资金 …) are parts of it: no part
may exceed the total, and where every source row of a column holds a figure, they add up to
the total; so do the money columns a table gives (年初预算, 全年预算, 到位数, 执行数). Sources
written as columns on the total's row (中央 | 省、地 | 本级 | 其他 | 合计) add up to the 合计, a
blank cell being none; sources under a total written in a header cell (资金情况 | 年度金额:208万元,
then 中央财政 | 165万元 …) add up to it. A 部门整体 table breaks the total down twice (by source, and 基本支出 + 项目支出),
and 基本支出 again into 人员经费 + 公用经费: each breakdown adds up on its own. Amounts are
exact as written; a total written to fewer places than its parts may differ by its own rounding.
The flag states the total, unless the form shows the slip is a part: the total is the one the
执行率 was computed from (the budget column's: 执行数 / total; the 执行数 column's: total / 预算数;
not the parts' sum) and exactly one part, less the gap, is what its own row gives in another column
(全年 650.00 where 年初 and 执行 hold 600.00) or the same figure with one slip of the keys (two
neighbouring digits swapped, 1,263.80 for 1,236.80; one digit left out or typed twice, 18.00 for
180.00): then it states that part. So for a subtotal that the rows of its own breakdown bear out
(基本支出 + 项目支出 add up to the total, 人员经费 + 公用经费 not to 基本支出): the one part typed with
one slip of the keys is stated (1,635.20 for 1,653.20); its row's other columns say nothing there.
A column no rate is computed from (到位数) states the part where another money column bears it out: the
total is the total's figure there and every part but one its own row's, the one, less the gap, too
(到位 700 / 300 / 206.00 under 1,260.00 beside 全年 700 / 300 / 260.00 under 1,260.00: 206.00).
""", good="年度资金总额 90 / 89.974，其中财政拨款 90 / 89.974；中央 3 | 本级 2.5 | 合计 5.5",
   bad="年度资金总额 0 / 0，其中财政拨款 90 / 89.974；年度金额:208万元，中央财政 165万元、省级财政 41万元")
def fund_sources(recs: DocRecords, r):
    for p in recs.projects:
        for name, label in FIELD_NAMES.items():
            whole = getattr(p, name)
            parts = [(s, s.figures.get(name)) for s in p.fund_sources]
            given = [(s, f) for s, f in parts if f is not None and f.value is not None]
            if whole is None or whole.value is None or not given:
                continue
            for s, f in given:
                if f.value > whole.value + total_rounding(whole.q, [f.q]):
                    yield r.flag(recs, f"{named(p, recs)}{s.label} 的{label} {money(p, f.value)} 大于年度资金总额的"
                                       f"{label} {money(p, whole.value)}。", [f.loc, whole.loc],
                                 f"总额 {whole.raw}；{s.label} {f.raw}", stated=f.raw, expected=f"≤{whole.raw}")
            # Each breakdown adds up on its own: sources to the total, 基本支出 + 项目支出 to the
            # total, 人员经费 + 公用经费 to the 基本支出 row where the table has one.
            for group in dict.fromkeys(s.group for s in p.fund_sources):
                members = [(s, f) for s, f in parts if s.group == group]
                given = [(s, f) for s, f in members if f is not None and f.value is not None]
                of, of_name, head = whole, "年度资金总额", None
                if group in {s.label.removeprefix("其中").lstrip(":：") for s in p.fund_sources}:
                    head = next(s for s in p.fund_sources if s.label.removeprefix("其中").lstrip(":：") == group)
                    of, of_name = head.figures.get(name), head.label
                    if of is None or of.value is None:
                        continue
                elif group == "基本支出":
                    continue     # its parts, but no 基本支出 row to add them up to
                # source columns on the total's row are the whole breakdown, a single one included
                whole_row = bool(given) and all(s.whole_row for s, _ in given)
                if (len(given) < 2 and not whole_row) or len(given) != len(members):
                    continue
                computed = sum((f.value for _, f in given), Decimal(0))
                if abs(computed - of.value) > total_rounding(of.q, [f.q for _, f in given]):
                    kind = "资金来源" if not group else f"“{group}”各分项"
                    # the parts' sum to the places the parts are written to (1639.80, not 1639.8)
                    places = max((f.q.places or 0) for _, f in given)
                    message = (f"{named(p, recs)}各{kind}的{label}之和为 {money(p, computed, places)}，"
                               f"但{of_name}写为 {money(p, of.value, of.q.places or 0)}。")
                    stated, expected = of.raw, as_written(computed / money_scale(p.money_unit), places)
                    if head is None:
                        slip = _mistyped_part(p, name, of, given, computed)
                    else:
                        # a subtotal the breakdown it belongs to bears out (基本支出 + 项目支出 = 总额): a part
                        # typed with one slip of the keys is the figure to look at
                        slip = _keyed_part(given, computed - of.value) if _borne_out(parts, head, whole) else None
                    if slip is not None:
                        source, part, meant, why = slip
                        borne = (f"{of_name}与同级各项之和等于年度资金总额" if head is not None else
                                 "总额及其余各分项均与另一栏次相同" if of is not budget(p) and of is not p.executed else
                                 f"总额与执行率相符（{p.executed.raw} / {budget(p).raw} = {p.exec_rate_stated.raw}）")
                        message += (f"{borne}，{source.label} 的{label} {part.raw} 若为 {money(p, meant, part.q.places or 0)}"
                                    f"（{why}），各分项之和即与{'总额' if head is None else of_name}相符。")
                        stated, expected = part.raw, as_written(meant / money_scale(p.money_unit), part.q.places)
                    yield r.flag(recs, message, [of.loc] + [f.loc for _, f in given],
                                 "；".join(f"{s.label} {f.raw}" for s, f in given) + f"；{of_name} {of.raw}",
                                 stated=stated, expected=expected)


def _mistyped_part(p, name: str, whole, given, computed):
    """The part of a money column whose figure is the slip where parts and total disagree, or None:
    the total is the one the stated 执行率 was computed from (the budget column's total as 执行数 /
    total, the 执行数 column's as total / 预算数; the parts' sum in its place gives another rate), and
    exactly one part, less the gap, is a figure its own row gives in another column (650.00 where its
    年初 and 执行 columns hold 600.00) or the part typed with one slip of the keys (_one_keystroke).
    Returns (source, part, meant, why). Else the total is the figure stated."""
    e, b, rate = p.executed, budget(p), p.exec_rate_stated
    if whole is not b and whole is not e:
        return _matched_part(p, name, whole, given, computed)
    if not (e and b and rate) or None in (e.value, b.value, rate.value) or not b.value or not computed:
        return None
    summed = iv(e) / Interval.exact(computed) if whole is b else Interval.exact(computed) / iv(b)
    if not (iv(e) / iv(b) * HUNDRED).overlaps(iv(rate)) or (summed * HUNDRED).overlaps(iv(rate)):
        return None
    gap = computed - whole.value
    found = []
    for s, f in given:
        meant = f.value - gap
        if any(k != name and k in FIELD_NAMES and g is not None and g.value == meant for k, g in s.figures.items()):
            found.append((s, f, meant, "与本行其他栏次相同"))
        elif meant > 0 and _one_keystroke(f, meant):
            found.append((s, f, meant, KEYED))
    return found[0] if len(found) == 1 else None


KEYED = "疑为键入时数字顺序颠倒或漏写、多写一位"


def _matched_part(p, name: str, whole, given, computed):
    """A column the 执行率 is not computed from (到位数): its total is borne out where it equals the total's
    figure in another money column and every part but one equals its own row's figure there, the one
    part, less the gap, doing so too (到位 700 / 300 / 206.00 under 1,260.00, the 全年 column 700 / 300 /
    260.00 under 1,260.00): that part is the slip. Returns (source, part, meant, why), else None."""
    gap = computed - whole.value
    for other in FIELD_NAMES:
        held = getattr(p, other)
        if other == name or held is None or held.value != whole.value:
            continue
        theirs = [s.figures.get(other) for s, _ in given]
        if any(g is None or g.value is None for g in theirs):
            continue
        off = [(s, f) for (s, f), g in zip(given, theirs) if f.value != g.value]
        if len(off) == 1 and off[0][1].value - gap == off[0][0].figures[other].value:
            s, f = off[0]
            return s, f, f.value - gap, f"与本行{FIELD_NAMES[other]}相同"
    return None


def _keyed_part(given, gap: Decimal):
    """The one part that, less the gap, is itself typed with one slip of the keys (_one_keystroke), as
    (source, part, meant, why); None where no part or more than one is."""
    found = [(s, f, f.value - gap, KEYED) for s, f in given if f.value - gap > 0 and _one_keystroke(f, f.value - gap)]
    return found[0] if len(found) == 1 else None


def _borne_out(parts, head, whole) -> bool:
    """A subtotal row (基本支出) adds up with the other rows of its own breakdown to the total (基本支出 +
    项目支出 = 年度资金总额), every row of it filled: the breakdown bears the subtotal out."""
    members = [f for s, f in parts if s.group == head.group]
    if whole is None or whole.value is None or len(members) < 2 or any(f is None or f.value is None for f in members):
        return False
    return abs(sum(f.value for f in members) - whole.value) <= total_rounding(whole.q, [f.q for f in members])


def _one_keystroke(f, meant: Decimal) -> bool:
    """The written figure is `meant` typed with one slip of the keys, compared digit by digit as
    written (the same places, no separators): two neighbouring digits swapped (1,263.80 for
    1,236.80), one digit left out (18.00 for 180.00) or one typed twice (1,800.00 for 180.00)."""
    step = Decimal(1).scaleb(-(f.q.places or 0))
    if (meant / f.q.scale) % step:
        return False      # the meant figure is not one written to these places
    written, right = (re.sub(r"\D", "", format((v / f.q.scale).quantize(step), "f")) for v in (f.value, meant))
    if len(written) == len(right):
        diff = [k for k in range(len(written)) if written[k] != right[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and written[diff[0]] == right[diff[1]] \
            and written[diff[1]] == right[diff[0]]
    if len(written) == len(right) - 1:
        return any(right[:k] + right[k + 1:] == written for k in range(len(right)))
    return len(written) == len(right) + 1 and any(written[:k] + written[k + 1:] == right and written[k] == written[k - 1]
                                                  for k in range(1, len(written)))


# Words that explain money arriving above the budget (追加, 结转 …).
ARRIVAL_REASON = re.compile(r"追加|调增|调整|结转|结余|超出|超过|因|由于|原因|增加|配套|自筹|上年|往年|以前年度|清算")
# A clause on money left over going back (结余资金42.00万元已收回县财政, 结转资金…已上缴): money leaving, which
# tells nothing of money arriving above the budget, though its 结余 / 结转 name a reason when the money comes in.
LEFT_OVER_RETURNED = re.compile(r"[^，,。；;]*(?:结余|结转|剩余)[^，,。；;]*(?:收回|上缴|交回|缴回|退回|缴还|收缴)[^，,。；;]*")


def _own_item(text: str, sentence: str) -> str:
    """The numbered item of a paragraph that holds the sentence: items run together into one paragraph
    (说明：1.…执行率97.00%。2.全县…由上年的96.2%提高到98.5%…, an OCR reader or a converter joining the
    lines of a note; INLINE) are points of their own, so a reason is looked for in the sentence's item,
    not in the next item's words (上年 there is no reason for this money). The whole paragraph where it
    has no such items or the sentence is not found in one."""
    cuts = [0] + [m.start() + 1 for m in INLINE.finditer(text)] + [len(text)]
    key = sentence.strip()[:12]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    held = [piece for piece in pieces if key and key in piece]
    return held[0] if len(pieces) > 1 and len(held) == 1 else text


def _gives_reason(text: str) -> bool:
    """Whether a paragraph gives a reason for money arriving above the budget (ARRIVAL_REASON), its
    clauses on money left over going back set aside."""
    return bool(ARRIVAL_REASON.search(LEFT_OVER_RETURNED.sub("", text)))


@rule("JX205", "arrival-over-budget", "medium", "到位资金超过预算且未说明原因",
      """
Money that arrived (实际到位资金) above the budget (the one the same sentence states, or the
table's for a report of one project) needs a reason (追加, 结转, 配套 …) in its paragraph; without
one it is a slip in one of the two figures. A fund table with a 到位 column is checked the same
way, row by row: the reason may be a source row of such money (上年结转 …) or a paragraph on the
arrival (到位) that gives one. Where the total row is over, the source rows over theirs are where
its excess arrived: one finding, on the total, naming them. The amount arrived is compared with its rounding;
a budget is exact as written. (Sources that do not make the amount arrived are JX604's in
prose, JX204's in a table.)
""", good="预算30万元，实际到位资金30万元；表中 预算数 30 | 到位数 30",
   bad="预算30万元，实际到位资金35万元（未说明原因）；表中 预算数 30 | 到位数 35，无结转、追加行或说明")
def arrival_over_budget(recs: DocRecords, r):
    yield from _table_arrivals(recs, r)
    paragraph = {loc.block: text for text, loc in recs.paragraphs}
    for sentence, figs in prose_sentences(recs):
        arrived = [f for f in figs if f.subject == "到位" and f.q.unit == "元" and f.q.op == "=" and f.q.numeric]
        budgets = [f for f in figs if f.subject == "预算" and f.q.unit == "元" and f.q.op == "=" and f.q.numeric]
        if len(arrived) != 1 or len(budgets) > 1 or other_year(sentence, recs):
            continue
        if budgets:
            b, b_loc, where, b_text = budgets[0].q, budgets[0].loc, "同句所写预算", budgets[0].q.raw
        else:
            p = recs.projects[0] if len(recs.projects) == 1 else None
            table_budget = budget(p) if p is not None else None
            if table_budget is None or not table_budget.value:
                continue
            b, b_loc, where, b_text = table_budget.q, table_budget.loc, "表中预算", money(p, table_budget.value)
        a = arrived[0]
        if Interval.of(a.q.value, a.q.tolerance).lo <= b.value:
            continue
        text = _own_item(paragraph.get(a.loc.block, sentence), sentence)
        if _gives_reason(matching(text)) or _names_other_money(matching(sentence)):
            continue
        yield r.flag(recs, f"文中实际到位资金 {a.q.raw} 超过{where} {b_text}，且未说明原因。", [a.loc, b_loc], sentence,
                     stated=a.q.raw, expected=f"≤{b_text}")


def _table_arrivals(recs: DocRecords, r):
    """A fund table's 到位 column above its budget column, on the total row and on each source row,
    without a reason: no source row of money beside the budget (结转, 追加 …) and no paragraph on
    the arrival that gives one."""
    # paragraphs and labels are kept as written: the words are matched on their matching form (script.py)
    told = any("到位" in (m := matching(text)) and _gives_reason(m) for text, _ in recs.paragraphs)
    for p in recs.projects:
        extra = any(ARRIVAL_REASON.search(matching(s.label)) and any(f.value for f in s.figures.values() if f.value is not None)
                    for s in p.fund_sources)
        if told or extra:
            continue
        rows = [("", budget(p), p.arrived)] + [
            (s.label, s.figures.get("budget_full_year") or s.figures.get("budget_initial"), s.figures.get("arrived"))
            for s in p.fund_sources]
        over = [(label, b, a) for label, b, a in rows if b is not None and a is not None and
                b.value is not None and a.value is not None and iv(a).lo > b.value]   # a budget is exact as written
        if over and over[0][0] == "":
            # the total over its budget: the source rows over theirs are where its excess arrived, the
            # same finding (one slip raised once), their cells named with it
            # named in words as well as by their cells (其中 is the table's mark of a part, not the source's name)
            sources = "、".join(f"{re.sub(r'^其中[:：]?', '', label).strip()}（到位数 {money(p, a.value)}，预算数 "
                               f"{money(p, b.value)}）" for label, b, a in over[1:])
            over = [("", over[0][1], over[0][2], [x for _, b, a in over[1:] for x in (a.loc, b.loc)],
                     f"，超出的到位资金在{sources}" if sources else "")]
        else:
            over = [(label, b, a, [], "") for label, b, a in over]
        for label, b, a, parts, sources in over:
            where = f"{label}的" if label else ""
            yield r.flag(recs, f"{named(p, recs)}{where}到位数 {money(p, a.value)} 超过预算数 {money(p, b.value)}"
                               f"{sources}，且未说明原因。", [a.loc, b.loc] + parts, f"预算数={b.raw}；到位数={a.raw}",
                         stated=a.raw, expected=f"≤{b.raw}")
