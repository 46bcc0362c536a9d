"""Checks on figures in prose: restatements, shares, year-over-year changes, template text, counts."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from dataclasses import replace

import regex as re

from jixiao.extract import normalize_ws
from jixiao.normalize import DocRecords
from jixiao.normalize.prose import SUBJECTS, names_target
from jixiao.normalize.scoring import states_grade_points
from jixiao.normalize.script import matching
from jixiao.normalize.quantity import (ALONE_AFTER, ALONE_BEFORE, DIGIT_MARK, FIGURE_MARK, GRADE_UNIT, GROUPED, PERIOD,
                                      REACH_MOVE, UNIT_RE,
                                      Quantity, counts_things, halfwidth, is_money_unit, money_scale, parse,
                                      reads_as_unit, scale_dropped)

from .common import (CLAUSES, HUNDRED, INLINE_PROMPT, LIST_ITEMS, MOVE, NUM, PROMPT, RATE_FORMULA, SENTENCES, budget, direction, iv, money,
                     named, num, other_year, plain_paragraphs, project_for, rounded, text_before, words_before)
from .interval import Interval
from .lists import cn_number
from .registry import rule
from .targets import result_interval



# The project figures a sentence may restate, by the subject the prose reader gives it.
RESTATED = {"预算": ("budget_full_year", "budget_initial"), "执行": ("executed",), "执行率": ("exec_rate_stated",),
            "得分": ("total_score_stated",)}
# The budget stage each project figure is of (_stage): a 年初 figure restates the initial budget only.
STAGE_OF_FIELD = {"budget_initial": "年初", "budget_full_year": "全年"}
# How far apart two figures on one subject may be and still be one figure stated twice; beyond it
# they are taken for different figures (a sub-item's budget, another period's spending).
RESTATEMENT_WINDOW = Decimal("0.25")


# The kinds of spending a fund breaks down into (fund_block.SPENDING_KIND, BASIC_PART): 基本支出 (人员经费 +
# 公用经费) and 项目支出. A project's own report may call its whole budget 项目支出预算, so 项目支出 is a
# part only beside 基本支出.
SPENDING_PART = re.compile(r"基本支出|人员经费|公用经费")


def _spending_part(f, paragraph: str) -> bool:
    """A budget or execution figure stated for one kind of spending (其中：基本支出全年预算数4,200.00万元；
    项目支出全年预算数9,400.00万元，执行数9,128.00万元): its sentence names the kind before the figure,
    outside brackets. Not the project's figure."""
    before = re.sub(r"[（(][^（）()]*[）)]", "", words_before(f))   # an aside names no kind
    return bool(SPENDING_PART.search(before)) or "项目支出" in before and bool(SPENDING_PART.search(paragraph))


# A sum word after 其中 (其中：A万元，B万元，合计C万元): the figure it closes is the whole again.
SUM_WORD = re.compile(r"合计|共计|总计|小计|总共")


def _after_parts_word(f) -> bool:
    """A figure told after 其中 in its sentence (项目自评得分99.47分，其中资金执行率得分9.87分，绩效指标得分89.60分;
    执行8,215.42万元，其中中央资金执行7,690.12万元): a part of the whole told before it, not the whole restated;
    one that a sum word closes after the 其中 is the whole again."""
    before = re.sub(r"[（(][^（）()]*[）)]", "", words_before(f))
    at = before.rfind("其中")
    return at >= 0 and not SUM_WORD.search(before, at)


# The points a clause gives what it scores (绩效指标分值90分，得分89.78分; 满分90分).
PART_POINTS = re.compile(r"(?:分值|满分)(?:为|是)?[:：]?\s*(\d+(?:\.\d+)?)\s*分")


def _part_score(f, p) -> bool:
    """A score told against points below the form's full marks (绩效指标分值90分，得分89.78分): the
    score of a part (the indicators, without the fund's points), not the total restated."""
    points = PART_POINTS.findall(words_before(f))
    full = p.total_weight_stated.value if p.total_weight_stated is not None else None
    return bool(points) and Decimal(points[-1]) < (full if full is not None else Decimal(100))


def _score_of_a_part(f, p, told) -> bool:
    """A score told beside another in its sentence, the two adding to the form's total (资金执行率得分9.70分，
    绩效指标得分89.20分，自评总分98.90分): the scores of its two parts, not the total restated."""
    total = p.total_score_stated.value if p.total_score_stated is not None else None
    return total is not None and any(g is not f and g.sentence == f.sentence and g.subject == "得分"
                                     and g.q.value is not None and f.q.value + g.q.value == total for g in told)


# A score told under a condition on a target (达到年度指标值的得100分; 低于目标值的得分系数为60%): what the
# scoring rule gives a row that meets it, not the report's score (not 完成情况的得分为95分: no target named).
CONDITIONAL_SCORE = re.compile(r"(?:达到|达成|完成|实现|超过|低于|高于|不足)[^，,；;。]{0,10}?"
                               r"(?:指标值|目标值|目标|标准|计划|要求|\d\s*%)[^，,；;。]{0,4}?的\s*(?:指标)?(?:得分|得)")


def _rule_score(f, paragraph: str = "") -> bool:
    """The score figure is the scoring rule's (CONDITIONAL_SCORE in its own clause, or its paragraph a
    key of grades' points: A（完成目标）得该指标分值的100%；B（完成80%-100%）得80%, 1052)."""
    clause = re.split(r"[，,；;。：:]", words_before(f))[-1]
    return bool(CONDITIONAL_SCORE.search(clause)) or states_grade_points(paragraph or f.sentence)


def _restates(table, prose) -> bool:
    """The prose figure states the table's: the same where written to as many places (a copy is
    a copy: 98 is not 99, 814.52 is not 814.46), else the table's rounded or cut to the places
    the prose shows (54.957 → 54.96 or 54.95), or the prose's rounded to the table's. A rate
    may differ by one unit in the last place (rounded once, cut once)."""
    tp, pp = table.places or 0, prose.places or 0
    gap = abs(table.value - prose.value)
    # places compared in base units: 549570元 in the table is written finer than 54.95万元
    t_step, p_step = Decimal(1).scaleb(-tp) * table.scale, Decimal(1).scaleb(-pp) * prose.scale
    if p_step > t_step:
        # the prose is the coarser copy: the table's figure rounded or cut to the prose's places
        cut = (table.value / p_step).to_integral_value(rounding=ROUND_DOWN) * p_step
        return cut == prose.value or gap <= p_step / 2
    if prose.unit == "%":
        # a rate is computed: the two places may round it differently (85.7948 → 85.79 / 85.80)
        return gap <= Decimal(1).scaleb(-min(tp, pp))
    return gap <= t_step / 2


def _in_formula(f) -> bool:
    """A percent of a rate worked out in its sentence (…*100%=97.14%): the formula's own, checked as one (JX202)."""
    said = halfwidth(f.q.raw).replace(" ", "").lstrip("=")
    return f.q.unit == "%" and any(said in ("100%", m.group(3) + "%")
                                   for m in RATE_FORMULA.finditer(halfwidth(f.sentence).replace(" ", "")))


def _factor(f) -> bool:
    """A figure multiplied in its sentence (单位自评分×30%+专家评分×70%): a formula's operand, no figure of its own."""
    return bool(re.search(r"[×*]\s*$", words_before(f)))


@rule("JX501", "restated-differently", "medium", "同一数字在文中不同位置表述不一致",
      """
A figure stated in a table and again in the prose (or twice in the prose) must agree, matched
by what it is about (预算, 执行, 执行率, 得分, 基本支出 …) and the funding scope the sentence
names (财政拨款 …; not for 基本支出, which appropriations finance whatever the scope), not by
position. A copy written to as many places is the same figure (98 is not 99; a computed rate
may differ by one unit in its last place); one written to fewer places may round or cut the
other. Figures far apart are taken for different figures on the same subject: compared are
those within 25% of each other for prose against table and for sentences under the same label
(3、城职工医疗保险经费：预算20万元 … twice), 1% for other prose; sentences about another year are
skipped, and a budget 年初 and one 全年 / 调整后 are two figures (a sentence's 年初预算数 is
compared with the table's 年初 budget alone, never with its 全年 one). A budget or execution figure
stated for one kind of spending (其中：基本支出全年预算数…; 人员经费, 公用经费; 项目支出 where the paragraph
names 基本支出 too) is a part, not the project's figure, and is not compared with it; so is one told
after 其中 in its sentence (得分99.47分，其中…绩效指标得分89.60分), unless a 合计 closes the parts. An
indicator's result told again in a sentence (its name right before the figure, the longest name
that ends there: 服务对象满意度, not 群众满意度 by its key 满意度) is
compared with the table's 实际完成值 the same way (not one told for a part, words qualifying the name and a
sibling part's figure right after, its label ending as theirs: 城区库点储备粮宜存率99.6%，乡镇库点98.1%), and its score (参保率指标得分28分) with the
table's 得分, exactly (a score is exact as written); a score told under a condition (达到年度指标值的
得100分) is the scoring rule's, not the report's, and two scores told in one sentence that add up to the
total (资金执行率得分9.70分，绩效指标得分89.20分) are its parts'. An item of a list named right before its
amount (five characters or more, not a generic name such as 预算资金 nor one carrying another
measure such as 预算 / 支出 / 到位) and stated again in another paragraph or in a list table
must carry the same amount; rows of one list that share a name are several payments for one use,
not one item restated. Two figures each told from its own document (根据…【2021】126号文件，下达… and
…【2021】318号文件，下达…) are each notice's own, and two figures on one subject of which one is the other
and a third of that subject together (中央下达188.29万元 = 下达186.42万元 + 下达1.87万元) a whole and its
part, where the two parts are stated as parts (each from its own notice, or in the same words before the
figure): neither is one figure restated. A third figure said in other words that only equals the difference
leaves the two a slip.
""", good="表中执行率 85.79%，文中 85.80%", bad="基本支出 814.52 万元 / 814.46 万元 / 814.47 万元")
def restated_differently(recs: DocRecords, r):
    fields = RESTATED
    paragraphs = {loc.block: text for text, loc in recs.paragraphs if loc is not None}
    for f in recs.prose:
        if f.subject == "执行" and f.q.unit == "%":
            f_subject = "执行率"
        elif f.subject == "执行率" and f.q.unit == "元":
            f_subject = "执行"    # 共完成预算资金28万元: the amount spent, not the rate
        else:
            f_subject = f.subject
        if f_subject not in fields or f.q.op != "=" or other_year(f.sentence, recs):
            continue   # a bound (≥90%) restates nothing
        if _spending_part(f, paragraphs.get(f.loc.block, f.sentence)) or _after_parts_word(f) or _in_formula(f) or \
                _factor(f):
            continue
        p = project_for(f.sentence, recs)
        if p is None or (f_subject == "得分" and (_part_score(f, p) or _rule_score(f, paragraphs.get(f.loc.block, f.sentence))
                                                or _score_of_a_part(f, p, recs.prose))):
            continue
        # a budget's stage named in its clause (年初预算数 / 全年预算数) picks the one figure it may restate
        stage = _stage(f) if f_subject == "预算" else ""
        table = [getattr(p, name) for name in fields[f_subject] if getattr(p, name) is not None
                 and (not stage or STAGE_OF_FIELD.get(name, stage) == stage)]
        table = [t for t in table if t.value is not None and t.value != 0]
        if not table:
            continue
        if any(_restates(t.q, f.q) for t in table):
            continue
        t = min(table, key=lambda t: abs(t.value - f.q.value))
        if abs(t.value - f.q.value) <= abs(t.value) * RESTATEMENT_WINDOW:
            yield r.flag(recs, f"{named(p, recs)}{f_subject}在表中为 {t.raw}，文中写为 {f.q.raw}，两处不一致。",
                         [t.loc, f.loc], f.sentence, stated=f.q.raw, expected=t.raw)
    yield from _indicator_results_restated(recs, r)
    by_subject: dict[tuple, list] = {}
    for f in recs.prose:
        if f.subject and f.q.unit not in ("%", "分") and f.q.op == "=" and not other_year(f.sentence, recs):
            by_subject.setdefault((_head(f.subject), f.q.unit, _scope(f), _label(f.sentence)), []).append(f)
    for (_, _, _, label), figs in by_subject.items():
        seen: list = []
        # Under one label (3、城职工医疗保险经费：预算20万元 … twice) the subject is one figure; without
        # one, only near-equal figures are taken for the same (one report lists many budgets).
        window = RESTATEMENT_WINDOW if label else Decimal("0.01")
        for f in figs:
            for g in seen:
                if f.q.value == g.q.value or not g.q.value or {_stage(f), _stage(g)} == {"年初", "全年"}:
                    continue
                if _other_notices(_cited(words_before(f)), _cited(words_before(g))) or _whole_and_part(f, g, figs):
                    continue
                near = abs(f.q.value - g.q.value) <= abs(g.q.value) * window
                if near and not _restates(g.q, f.q) and not _restates(f.q, g.q):
                    yield r.flag(recs, f"{g.subject}在文中先写为 {g.q.raw}，后写为 {f.q.raw}，相差 "
                                       f"{num(abs(f.q.value - g.q.value) / f.q.scale)}{_unit_text(f.q)}。",
                                 [g.loc, f.loc], f"{g.sentence} / {f.sentence}", stated=f.q.raw, expected=g.q.raw)
                    break
            seen.append(f)
    yield from _transitions(recs, r)
    yield from _items_restated(recs, r)


# A document's number as cited (黑财指农（资环）【2021】126号文件, 财预〔2020〕10号): the issuer's abbreviation (a run of
# characters, a bracketed qualifier in it), the year in brackets, the serial and 号. The notice a figure is told from.
DOC_NUMBER = re.compile(r"(\p{Han}{0,12}(?:[（(]\p{Han}{1,6}[)）]\p{Han}{0,6})?)\s*[〔【\[［（(]\s*((?:19|20)\d{2})\s*[〕】\]］)）]"
                        r"\s*第?\s*(\d{1,5})\s*号")


def _cited(before: str) -> str:
    """The document a figure's sentence cites before it (根据…【2021】126号文件，下达…), the last cited, as its
    issuer, year and serial; '' where it cites none."""
    found = list(DOC_NUMBER.finditer(before))
    if not found:
        return ""
    m = found[-1]
    return f"{m.group(1)}|{m.group(2)}|{m.group(3)}"


def _other_notices(a: str, b: str) -> bool:
    """Two figures each told from its own document (【2021】126号 and 【2021】318号 each 下达给我单位资金…): each
    notice's own amount, not one figure restated. A figure that cites none may restate either; one notice cited
    twice is one, whatever words lead to its issuer (根据某财指【2021】126号, 按照某财指【2021】126号: the issuer
    run DOC_NUMBER takes holds the words before it, so the issuers need only end alike, in two characters or more)."""
    if not a or not b:
        return False
    (issuer_a, year_a, serial_a), (issuer_b, year_b, serial_b) = a.split("|"), b.split("|")
    alike = 0
    while alike < min(len(issuer_a), len(issuer_b)) and issuer_a[-1 - alike] == issuer_b[-1 - alike]:
        alike += 1
    return (year_a, serial_a) != (year_b, serial_b) or alike < min(2, len(issuer_a), len(issuer_b))


def _whole_and_part(f, g, figs) -> bool:
    """Two figures on one subject of which one is the other and a third of that subject together
    (中央下达补助资金188.29万元 … 下达186.42万元 … 下达1.87万元: 186.42 + 1.87 = 188.29): a whole and its
    part, each stated, not one figure written otherwise. Exact as written: a part is set, not measured. The two
    parts must be stated as parts (_parts_alike): a third figure that only happens to equal the difference
    (186.42 a slip for 188.29, and 1.87 said of something else) hides no slip."""
    big, small = (f, g) if f.q.value > g.q.value else (g, f)
    rest = big.q.value - small.q.value
    return any(h is not f and h is not g and h.q.value == rest and _parts_alike(small, h) for h in figs)


def _clause_before(f) -> str:
    """The words of a figure's clause before it, a cited document's number left out (根据…【2021】126号文件，
    下达给我单位资金 → 下达给我单位资金)."""
    before = DOC_NUMBER.sub("", words_before(f))
    return re.sub(r"\s", "", re.split(r"[，,。；;：:、（()）]", before)[-1])


def _parts_alike(a, b) -> bool:
    """Two figures stated as parts of one whole: each told from its own document
    (【2021】126号 and 【2021】318号) or told in the same words right before the figure (下达给我单位资金 …
    下达给我单位资金), as the parts of one whole are; a figure said in other words is another thing."""
    return _other_notices(_cited(words_before(a)), _cited(words_before(b))) or \
        (bool(_clause_before(a)) and _clause_before(a) == _clause_before(b))


# An item of a list named right before its amount (福利院运行经费项目25.85万元, 支付监理费：7万元).
ITEM = re.compile(r"(\p{Han}[\p{Han}（）()]{4,24}?)\s*(?:为|是|[:：])?\s*" + NUM + r"\s*(万元|亿元|元)")
# Words that make a name too generic to be one item, or show the figure is another measure of it.
GENERIC_ITEM = re.compile(r"^(?:全年|年度|本年|共|累计|其中|合计|共计|总计|实际|资金|预算|执行|支出|收入|下达|安排|到位|拨付|完成|"
                          r"财政|项目|专项|资金总额|预算资金|项目资金|财政资金|专项资金)+$")
OTHER_MEASURE = re.compile(r"预算|执行|支出|结余|结转|节约|到位|拨付|支付|完成|增加|减少|增长|下降|同比|比上年|较上年|调整|调减|调增|"
                           r"占|平均|每|人均|标准|单价|不超过|不低于|以上|以下|约|左右|截至|共计|合计|总计|累计|其中")


MEASURE_CTX = re.compile(r"预算|到位|使用|支出|执行|拨付|支付|下达|安排|结余|结转|来源|调整")
LEAD_WORDS = re.compile(r"^(?:其中|下达|安排|拨付|支付|全年|年度|本年|共|已|用于|向|对|给)+")


_CLAUSES_TO_SEMICOLON = re.compile(r"[^。；;]+")


def _items_restated(recs: DocRecords, r):
    """An item of a list stated in two places (a list table and the prose, or two paragraphs) with
    two amounts: the same name of five characters or more right before each amount, the figures
    neither equal nor one a rounding or cut of the other. Names that are generic (预算资金) or that
    carry another measure of the money (预算, 支出, 到位 …) are not compared."""
    seen: dict[str, tuple] = {}
    places = []
    for lt in (x for x in recs.lists if not x.points):   # points taken off restate no money
        names = [re.sub(r"\s", "", it.purpose or "") for it in lt.items]
        for it in lt.items:
            name = re.sub(r"\s", "", it.purpose or "")
            if names.count(name) > 1:
                continue   # one use paid in several rows (two payees, two dates): several amounts, none restated
            if it.amount is not None and it.amount.value is not None and len(name) >= 5:
                key = (name, frozenset(MEASURE_CTX.findall(lt.title or "")))
                places.append((key, it.amount.q, it.amount.loc, f"{lt.title}：{it.purpose} {it.amount.raw}", ""))
    for plain, text, loc in plain_paragraphs(recs):
        for sm in _CLAUSES_TO_SEMICOLON.finditer(plain):
            sentence = sm.group(0)
            if other_year(sentence, recs):
                continue
            for m in ITEM.finditer(sentence):
                name = LEAD_WORDS.sub("", m.group(1))
                if len(name) < 5 or GENERIC_ITEM.match(name) or OTHER_MEASURE.search(name):
                    continue
                q = parse(m.group(2) + m.group(3))
                if q.numeric:
                    # the measure the sentence speaks of (预算 / 到位 / 使用 …): one source's budget,
                    # arrival and spending are three figures
                    key = (name, frozenset(MEASURE_CTX.findall(sentence[:m.start()])))
                    places.append((key, q, loc, text[sm.start():sm.end()].strip(), _cited(sentence[:m.start()])))
    for key, q, loc, evidence, cited in places:
        name = key[0]
        if key not in seen:
            seen[key] = (q, loc, evidence, cited)
            continue
        g, g_loc, g_evidence, g_cited = seen[key]
        if g.value == q.value or _restates(g, q) or _restates(q, g) or g_loc == loc or \
                _other_notices(cited, g_cited):
            continue   # two notices (【2021】126号, 【2021】318号) each give their own amount to one name
        yield r.flag(recs, f"“{name}”的金额在一处写为 {g.raw}，另一处写为 {q.raw}，两处不一致。", [g_loc, loc],
                     f"{g_evidence} / {evidence}", stated=q.raw, expected=g.raw)


# Words between an indicator's name and a figure that make the figure an average of many (the region's the
# indicator is compared with: 全市覆盖率平均水平为94.2%), not the indicator's own result.
AVERAGE = re.compile(r"平均|均值")


def _indicator_results_restated(recs: DocRecords, r):
    """An indicator's result told again in a sentence (参保群众对医保政策知晓率达到86%) against the
    table's: the indicator named (its key, three characters or more) right before the figure,
    with no other figure between, in the same unit; a figure equal to the table's target is the
    target told, not the result."""
    for f in recs.prose:
        if f.q.op != "=" or not f.q.numeric or f.role == "target" or other_year(f.sentence, recs):
            continue
        p = project_for(f.sentence, recs)
        if p is None:
            continue
        before = re.sub(r"\s", "", halfwidth(words_before(f)))
        if f.q.unit == "分":
            # an indicator's score told again (培训次数指标得分38分): scores are exact as written
            hit = _named_score(before, p)
            if hit is not None:
                i = hit
                if i.score.value != f.q.value:
                    yield r.flag(recs, f"指标“{i.level3}”的得分在表中为 {i.score.raw}，文中写为 {f.q.raw}，两处不一致。",
                                 [i.score.loc, f.loc], f.sentence, stated=f.q.raw, expected=i.score.raw)
            continue
        named_here = []
        for i in p.indicators:
            a = i.actual.q
            if a.op != "=" or not a.numeric or a.unit != f.q.unit or len(i.level3_key) < 3 or not a.value:
                continue
            named = before.rfind(i.level3_key)
            if named < 0:
                continue
            between = before[named + len(i.level3_key):]
            if re.search(r"\d", between) or len(between) > 12:
                continue     # another figure, or too far: not this indicator's result
            if AVERAGE.search(between):
                continue     # 覆盖率平均水平为94.2%: the average it is compared with, not its result
            if "分别" in between and ("、" in re.split(r"[，。；：,;:]", before[:named])[-1] or re.match(
                    r"\s*[、，,]\s*\d", f.sentence[f.at + len(f.q.raw):] if f.at >= 0 else "")):
                # 学生、家长、教师满意度分别为A、B、C: the first figure is the first name's, not the last's (the
                # names may stand on the line before, cut off by OCR; the figures after 分别 still are several)
                continue
            named_here.append((named, i))
        if not named_here:
            continue
        # the indicator whose name reaches furthest back: a key may be the tail of another indicator's name
        # (群众满意度's key 满意度 ends 文化经营单位满意度90.8%), and the longer name is the one told
        named, i = min(named_here, key=lambda h: h[0])
        a, t = i.actual.q, i.target.q
        if _restates(a, f.q) or (t.numeric and t.value == f.q.value) or _a_part_told(f, before[:named]):
            continue
        if abs(a.value - f.q.value) <= abs(a.value) * RESTATEMENT_WINDOW:
            yield r.flag(recs, f"指标“{i.level3}”的实际完成值在表中为 {a.raw}，文中写为 {f.q.raw}，两处不一致。",
                         [i.actual.loc, f.loc], f.sentence, stated=f.q.raw, expected=a.raw)


# The clause after a figure giving a sibling part its own figure: a label alone, then a figure (乡镇库点98.1%).
SIBLING_FIGURE = re.compile(r"^\s*[，,、；;]\s*(\p{Han}{2,8}?)\s*(?:为|达到?|是)?\s*(" + NUM + r"\s*[^\d\s，,。；;、]{0,4})")


def _a_part_told(f, before_name: str) -> bool:
    """The figure is one part's of what the indicator measures, not the whole's: words in its clause qualify the
    name (城区库点 before 储备粮宜存率) and the next clause gives a sibling part its own figure in the unit, a label
    ending as the qualifier does and the figure alone (城区库点储备粮宜存率99.6%，乡镇库点98.1%)."""
    qualifier = re.split(r"[，,；;：:。]", before_name)[-1]
    after = f.sentence[f.at + len(f.q.raw):] if f.at >= 0 and f.sentence.startswith(f.q.raw, f.at) else ""
    m = SIBLING_FIGURE.match(after)
    # the two parts parallel: the sibling's label ends as the qualifier does (城区库点 / 乡镇库点, 城镇居民 / 农村居民);
    # a clause naming another thing (全年开展送戏下乡演出268场、农村公益电影放映3126场) tells another indicator
    return bool(qualifier and m and m.group(1)[-1] == qualifier[-1] and (q := parse(m.group(2))).numeric
                and q.unit == f.q.unit)


def _named_score(before: str, p):
    """The indicator whose score a sentence states: its name (key of three characters or more),
    then only score words (指标得分, 自评得分, 得) before the figure; None when not one."""
    hits = []
    for i in p.indicators:
        if i.score is None or i.score.value is None or len(i.level3_key) < 3:
            continue
        named = before.rfind(i.level3_key)
        if named < 0:
            continue
        between = before[named + len(i.level3_key):]
        if re.fullmatch(r"(?:指标)?[，,:：]?(?:自评)?(?:得分|得)(?:为|是)?[:：]?", between):
            hits.append(i)
    return hits[0] if len(hits) == 1 else None


LABEL = re.compile(r"^[\s(（]*(?:\d+|[一二三四五六七八九十]+)?[)）.、．]*\s*([^：:，,。；;]{4,30})[：:]")


def _label(sentence: str) -> str:
    """The item a sentence is about when it starts with one ("3、城职工医疗保险经费：…"), else ''."""
    m = LABEL.match(sentence)
    return re.sub(r"\s", "", m.group(1)) if m else ""


SCOPES = {"财政拨款": "财政拨款", "一般公共预算": "财政拨款", "政府性基金": "政府性基金", "国有资本": "国有资本",
          "结转": "结转", "结余": "结转", "上年": "上年"}


# Basic expenditure is financed by appropriations: its figure is the same whatever funding
# scope the sentence names, unlike totals (收入总计 and 财政拨款收入总计 differ by 其他收入).
SCOPE_INVARIANT = {"基本支出", "人员经费", "公用经费"}


def _scope(f) -> frozenset:
    """The funding scope a figure is stated in (财政拨款收入总计 is not the unit's 收入总计)."""
    if f.subject in SCOPE_INVARIANT:
        return frozenset()
    upto = words_before(f)
    return frozenset(v for k, v in SCOPES.items() if k in upto)


# A budget's stage: 年初预算 (as passed) and 全年预算 / 调整后预算 (after adjustment) are two figures that
# a report states side by side, never one restating the other (a figure naming no stage may restate either).
STAGE = re.compile(r"年初|期初|全年|调整后|调整|追加后")
STAGES = {"年初": "年初", "期初": "年初", "全年": "全年", "调整后": "全年", "调整": "全年", "追加后": "全年"}


def _stage(f) -> str:
    """The budget stage the figure's own clause names (年初预算合计2050万元，全年预算合计2160万元), else ''."""
    if f.q.raw not in f.sentence:
        return ""
    upto = words_before(f)
    clause = re.split(r"[，,；;。]", upto)[-1]
    found = STAGE.findall(clause)
    return STAGES[found[-1]] if found else ""


def _head(subject: str) -> str:
    """财政拨款支出总计 and 财政拨款支出 are one figure: the scope goes to _scope, 总计 goes."""
    head = subject
    for word in ("财政拨款", "总计", "合计", "总额"):
        head = head.replace(word, "")
    return head or subject


def _unit_text(q) -> str:
    return ("万" if q.scale == 10000 else "") + q.unit


TRANSITION = re.compile(r"(\d+(?:\.\d+)?)\s*(项|个|天|次|份|件)\s*(?:材料|资料)?\s*(精简|压缩|缩减|减少|提高|提升|增加|缩短)\s*(?:到|至|为)\s*(\d+(?:\.\d+)?)\s*\2")


def _transitions(recs: DocRecords, r):
    """由10项精简到5项 … 10项精简到4项: the same change told twice with different results."""
    seen: dict[tuple, tuple] = {}
    for text, loc in recs.paragraphs:
        for m in TRANSITION.finditer(text):
            key = (m.group(1), m.group(2), m.group(3))
            before = text[max(0, m.start() - 12):m.start()]
            if key in seen and seen[key][0] != m.group(4):
                first, first_loc, first_text = seen[key]
                yield r.flag(recs, f"同一事项前文写“{m.group(1)}{m.group(2)}{m.group(3)}到{first}{m.group(2)}”，"
                                   f"此处写“到{m.group(4)}{m.group(2)}”，两处不一致。",
                             [first_loc, loc], f"{first_text} / {before}{m.group(0)}", stated=m.group(4) + m.group(2),
                             expected=first + m.group(2))
            else:
                seen.setdefault(key, (m.group(4), loc, text[max(0, m.start() - 12):m.end()]))


# A figure's unit in a breakdown: money, or a measure's (万亩, 人, 公里) whose parts are held to the same unit.
SHARE_UNIT = r"(万元|元|亿元|\p{Han}{1,3}?)"
# The same after a scale word of its own (12.6万立方米, 3.2万千瓦时: a unit of three characters with its 万), in a
# breakdown's total and parts, where a comma, 其中 or 占 closes the unit.
SCALED_SHARE_UNIT = r"(万元|元|亿元|(?:百万|千万|[万亿千百])?\p{Han}{1,3}?)"
# A share's words before its figure: 占, the whole it is of and 的 or none, then the noun of a share or none
# (占比 / 占…的比例 / 占…的比重) and a copula or none (为 / 是 / 达): 占76.72%, 占比76.72%, 占支出的比重为76.72%;
# or the noun 比重 alone right after the part (脱贫户1.26万户，比重达28.4%: 1871), a noun with words before it
# (补助比重) no part's share.
# A hedge (HEDGE_BEFORE's words, non-capturing) may stand before 占 (约占全年预算的30%) or before the figure
# (占比约为30%, 占比超过一半, 占比过半, 占比近四成); `share_hedge` reads it back from the match.
HEDGED = r"(?:大约|约|将近|接近|近|超过|逾|过|不到|不足)?"
SHARE_WORDS = (r"(?:" + HEDGED + r"占(?:[^，,。；;\d]{0,12}的)?(?:比例|比重|比)?|比重)\s*" + HEDGED
               + r"(?:为|是|达)?\s*" + HEDGED)
# A share as written, one group with its %: a figure and % (76.72%), or a share in words (read by share_figure):
# a fraction (三分之一, 四分之三, 一半), tenths (四成, 三成五), and 半 / 半数 only where a hedge makes it a bound
# (过半, 近半, 半数以上); not 百分之 / 千分之 (a rate's own words: the numeral before 分之 starts after no numeral
# or place word). A hedge before or after it (约, 以上, 左右) is read by share_hedge, not kept in the group.
SHARE_FRACTION = (r"(?<![零〇一二两三四五六七八九十百千万亿\d])(?:[一二三四五六七八九十]{1,3}分之[一二三四五六七八九十]{1,3}|一半"
                  r"|[一二三四五六七八九]成[一二三四五六七八九]?(?![本功员])|半数(?=以上|以下|左右|多|不到|不足)"
                  r"|(?<=过|近|超过|将近|接近)半数?(?![年月天日小个])|(?<=约|大约)一半)")
SHARE = (rf"((?<!\d\s){ALONE_BEFORE}(?:{GROUPED}|\d+(?:\.\d+)?){ALONE_AFTER}\s*%|{SHARE_FRACTION})")
SHARE_PART = re.compile(NUM + r"\s*" + SCALED_SHARE_UNIT + r"\s*[，,]?\s*" + SHARE_WORDS + r"\s*" + SHARE)
# The total a sentence breaks down: its figure, then 其中; a clause stating the total's own rate may
# stand between (全年实际支出2,522.00万元，执行率97.00%，其中：…).
TOTAL_BEFORE = re.compile(NUM + r"\s*" + SCALED_SHARE_UNIT + r"\s*[，,]?\s*(?:\p{Han}{1,8}\s*(?:为|是)?\s*\d+(?:\.\d+)?\s*[%％]"
                          r"\s*[，,]?\s*)?(?:其中|主要用于)")
# "A 900万元，占总收入1200万元的80%": the part, the whole it is a share of, the share.
SHARE_OF = re.compile(NUM + r"\s*(万元|元|亿元)\s*[，,]?\s*" + HEDGED + r"占[^，,。；;\d]{0,12}?" + NUM
                      + r"\s*(万元|元|亿元)\s*的?\s*(?:比重|比例)?\s*" + HEDGED + r"(?:为|是)?\s*" + HEDGED + SHARE)


EXACT_WORDS = Decimal("1e-20")


def share_figure(text: str) -> Quantity:
    """A share as SHARE writes it: a figure and % as parse reads it; a fraction in words (三分之一, 四分之三, 一半)
    as its exact percent, places None (no rounding to allow for), its numerals read by lists.cn_number; a
    fraction above one, or of a numeral cn_number does not read, no figure (qualitative)."""
    if text in ("一半", "半", "半数"):
        return Quantity(raw=text, op="=", value=Decimal(50), unit="%")
    if (tenths := re.fullmatch(r"([一二三四五六七八九])成([一二三四五六七八九])?", text)) is not None:
        # 四成 is 40% to its tenths (places -1: 35-45% rounds to it), 三成五 35% to the unit
        value = 10 * cn_number(tenths.group(1)) + (cn_number(tenths.group(2)) if tenths.group(2) else 0)
        return Quantity(raw=text, op="=", value=Decimal(value), unit="%", places=0 if tenths.group(2) else -1)
    whole, sep, part = text.partition("分之")
    if not sep:
        return parse(text)
    d, n = cn_number(whole), cn_number(part)
    if not d or n is None or n > d:
        return Quantity(raw=text, op="qualitative")
    return Quantity(raw=text, op="=", value=Decimal(100 * n) / Decimal(d), unit="%")


# A hedged share's words, as data: what each makes of the share written. "≥" a bound below (at least the share),
# "≤" a bound above, each the figure as written; "约" about it (HEDGE_MARGIN of it either side), "近" below it and
# near (HEDGE_MARGIN of it below, nothing above), each allowing the share's own rounding besides (its written half
# unit: 30% ± 0.5, 四成 ± 5, a fraction in words none). A hedge before the share (约占, 占比约为, 超过一半) or after it (以上, 左右, 三分之一强).
HEDGE_BEFORE = {"大约": "约", "约": "约", "将近": "近", "接近": "近", "近": "近",
                "超过": "≥", "逾": "≥", "过": "≥", "不到": "≤", "不足": "≤"}
HEDGE_AFTER = {"以上": "≥", "以下": "≤", "左右": "约", "上下": "约", "多": "≥", "余": "≥", "强": "≥", "弱": "≤",
               "不到": "≤", "不足": "≤"}
# How far 约 / 近 reach, as a part of the share written: a tenth (约30% admits 26.5-33.5%, the half unit
# 0.5 and 3; 约一半 45-55%; 近四成 31-40%, 四成's half unit 5 and 4 below, nothing above 40%). A writer who rounds
# wider than this writes no 约 of the figure.
HEDGE_MARGIN = Decimal("0.1")
_BEFORE_AT_END = re.compile(r"(" + "|".join(sorted(HEDGE_BEFORE, key=len, reverse=True)) + r")\s*(?:为|是|达)?\s*$")
_BEFORE_ZHAN = re.compile(r"(" + "|".join(sorted(HEDGE_BEFORE, key=len, reverse=True)) + r")占")
_AFTER_AT_START = re.compile(r"^\s*(" + "|".join(sorted(HEDGE_AFTER, key=len, reverse=True)) + r")")


def share_hedge(m, group: int) -> tuple[str, str] | None:
    """The hedge on the share in `group` of match m, as (its words, its meaning in HEDGE_BEFORE / HEDGE_AFTER):
    a word right before the share or its copula (占比约为30%, 过半), before the 占 the match holds (约占…30%), or right after
    the share (30%以上, 三分之一左右); None for a share as exact as written."""
    before = m.string[m.start():m.start(group)]
    if (h := _BEFORE_AT_END.search(before)) is not None or (h := _BEFORE_ZHAN.search(before)) is not None:
        return h.group(1), HEDGE_BEFORE[h.group(1)]
    if (h := _AFTER_AT_START.match(m.string[m.end(group):])) is not None:
        return h.group(1), HEDGE_AFTER[h.group(1)]
    return None


def share_admits(pct: Quantity, hedge: tuple[str, str] | None) -> Interval:
    """The shares the share written admits, in %: its value within its own rounding (a fraction in words to
    Decimal's last digit: 三分之一 33.33…3), widened as the hedge's meaning says."""
    own = pct.tolerance if pct.places is not None else EXACT_WORDS
    lo, hi = pct.value - own, pct.value + own
    reach = abs(pct.value) * HEDGE_MARGIN
    meaning = hedge[1] if hedge else None
    # a bound is its figure as written (30%以上 at least 30%, 不到三成 under 30%, not 35%)
    if meaning == "≥":
        lo, hi = pct.value, Decimal("Infinity")
    elif meaning == "≤":
        lo, hi = Decimal("-Infinity"), pct.value
    elif meaning == "约":
        lo, hi = lo - reach, hi + reach
    elif meaning == "近":
        lo, hi = lo - reach, pct.value   # near it and below: not above the share named
    return Interval(lo, hi)


def _as_written(m, group: int, hedge: tuple[str, str] | None) -> str:
    """The share as the text writes it, its hedge with it and what the hedge admits (约30%（可为 26.5%～33.5%）)."""
    if hedge is None:
        return m.group(group)
    h, meaning = hedge
    written = (m.group(group) + h) if m.string[m.end(group):].lstrip().startswith(h) else (h + m.group(group))
    admits = share_admits(share_figure(m.group(group)), hedge)
    if meaning == "≥":
        shown = f"不低于 {num(admits.lo, 2)}%"
    elif meaning == "≤":
        shown = f"不高于 {num(admits.hi, 2)}%"
    else:
        shown = f"{num(admits.lo, 2)}%～{num(admits.hi, 2)}%"
    return f"{written}（可为 {shown}）"


def _share_off(part: Quantity, whole: Interval, pct: Quantity, hedge: tuple[str, str] | None = None) -> str | None:
    """A share (占xx%) of a whole that part / whole cannot round to, the rounding of all three allowed
    for (and a hedge's reach, share_admits): the share it should be, to the places it was written, half up
    as reports and the scores round (not Decimal's half-even), or to 4 places where those show nothing of a
    share under 0.01%; None where the share agrees. The one check of JX601's shares, however the whole is given."""
    computed = Interval.of(part.value, part.tolerance) / whole * HUNDRED
    if computed.overlaps(share_admits(pct, hedge)):
        return None
    nominal = part.value / whole.mid * 100
    # a share in words (no places, or 四成's tenths) should be shown to 0.01%
    written = pct.places if pct.places is not None and pct.places >= 0 else 2
    places = written if abs(nominal) >= Decimal("0.01") else max(written, 4)
    return rounded(nominal, places)


@rule("JX601", "share", "medium", "占比与分项/总额不符",
      """
A share (占xx%, or a fraction in words: 占全年预算的三分之一, 四分之三, 一半, an exact share; 四成, 三成五 to their
tenths or units) stated beside a part must equal part / total, where the total is the figure
the sentence breaks down (…合计1061.63万元，其中：基本支出814.52万元，占76.72%), or the project's
own fund figure the share names without writing it (占全年执行数的60.0%: the name's head noun 执行数 /
预算数 / 到位数 / 资金总额, a stage 年初 / 全年 before it) where the report has one project or the
sentence names it; a name with any other word in it (财政拨款执行数, 总投资) is no figure the
fund block holds and is left alone. A measure broken down (2.8万亩，其中A 0.65万亩，占23.2%) is held the
same way, its parts in its own unit; a sentence may break down one total of each unit (1.8万亩，其中…；
就业1260人，其中脱贫人口315人，占25.0%). A table cell written as running text (a 年度总体目标 cell's
实际完成情况) is read as a paragraph. Rounding of the part, the total and the share is allowed for.
A list table's share column (序号 | 支出内容 | 金额 | 占比（%）) holds each item's share of the list's
合计 (of its items' sum where no 合计 is written): the reader takes the column as such only where most
items show it (normalize.totals_and_lists.shares_fit), and each item's share is held to it the same way.
A share whose sentence states no whole (共带动512户。带动户中脱贫户318户，占比65.2%) takes the one figure of its
unit in the sentence right before, where its own sentence has no other and that figure is larger than the part;
a share naming its whole (占带动农户的) only where that figure's clause names it too.
A HEDGED share is held to what its words admit, the share's own rounding allowed besides: 以上 / 超过 / 过 / 多 / 余 /
强 a bound below (三分之一以上, 半数以上, 过半: at least it), 以下 / 不到 / 不足 / 弱 a bound above, 约 / 大约 / 左右 / 上下
the share within a tenth of it either side (约占全年预算的30%: 26.5-33.5%; 约一半 45-55%), 近 / 将近 / 接近 within a
tenth of it below and not above (近四成: 31-40%); raised only where part / total lies outside that.
""", good="合计 1061.63 万元，其中基本支出 814.52 万元，占 76.72%；执行数 1393.74，其中A支出836.24万元，占全年执行数的60.0%；"
          "支出明细 486.00 | 39.76，372.60 | 30.49 …，合计 1,222.20；全年预算360.00万元，其中省级补助资金100.00万元，约占全年预算的30%",
      bad="收入合计 1060.67 万元，其中财政拨款 906.51 万元，占 85.39%（应为 85.47%）；执行数 1393.74，A支出836.24万元，占全年执行数的66.0%；"
          "支出明细 372.60 | 30.94（应为 30.49），合计 1,222.20；全年预算360.00万元，其中省级补助资金90.00万元，"
          "约占全年预算的30%（应为 25%，约30% 可为 26.5%～33.5%）")
def share(recs: DocRecords, r):
    for plain, text, loc in plain_paragraphs(recs, cells=True):
        for m in SHARE_OF.finditer(plain):
            part, whole, pct = parse(m.group(1) + m.group(2)), parse(m.group(3) + m.group(4)), share_figure(m.group(5))
            if not (part.numeric and whole.numeric and pct.numeric) or not whole.value:
                continue
            hedge = share_hedge(m, 5)
            if (shown := _share_off(part, Interval.of(whole.value, whole.tolerance), pct, hedge)) is not None:
                yield r.flag(recs, f"{m.group(1)}{m.group(2)} 占 {m.group(3)}{m.group(4)} 的比例应为 {shown}%，"
                                   f"文中写为 {_as_written(m, 5, hedge)}。", [loc], text[m.start():m.end()],
                             stated=m.group(5), expected=f"{shown}%")
    for loc, sentence, t, whole, parts in _breakdowns(recs):
        for m, part, pct in parts:
            # a part above the total before 其中 is no part of it (新增带动20户，其中脱贫户318户，占比65.2%): its share
            # is of some other whole
            if part.value > whole.value:
                continue
            hedge = share_hedge(m, 3)
            if (shown := _share_off(part, Interval.of(whole.value, whole.tolerance), pct, hedge)) is not None:
                yield r.flag(recs, f"{m.group(1)}{m.group(2)} 占 {t.group(1)}{t.group(2)} 的比例应为 "
                                   f"{shown}%，文中写为 {_as_written(m, 3, hedge)}。",
                             [loc], sentence.strip(), stated=m.group(3), expected=f"{shown}%")
    yield from _shares_of_named_totals(recs, r)
    yield from _list_shares(recs, r)
    for loc, sentence, m, part, pct, whole_text, whole in _shares_of_previous(recs):
        hedge = share_hedge(m, 4)
        if (shown := _share_off(part, Interval.of(whole.value, whole.tolerance), pct, hedge)) is not None:
            yield r.flag(recs, f"{m.group(1)}{m.group(2)} 占上句 {whole_text} 的比例应为 {shown}%，"
                               f"文中写为 {_as_written(m, 4, hedge)}。", [loc], sentence.strip(),
                         stated=m.group(4), expected=f"{shown}%")


# "带动户中脱贫户318户，占比65.2%": a part and its share (占比, or 占 the whole's name 的), the whole in no
# clause of its own sentence.
SHARE_ALONE = re.compile(NUM + r"\s*" + SHARE_UNIT + r"\s*[，,]?\s*" + HEDGED
                         + r"占(?:比|([^，,。；;\d]{1,12})的)?\s*" + HEDGED + r"(?:为|是|达)?\s*" + HEDGED + SHARE)
FIGURE_IN_UNIT = re.compile(NUM + r"\s*" + SHARE_UNIT)


def _names_whole(sentence: str, figure: str, name: str) -> bool:
    """The clause holding the figure names the share's whole: the name's last two characters, its head
    noun (带动农户 in 共带动农户512户; not 全县农户 beside 全县有脱贫户800户)."""
    at = sentence.find(figure)
    clause = re.split(r"[，,；;：:]", sentence[:at])[-1] + re.split(r"[，,；;：:]", sentence[at:])[0]
    return len(name) >= 2 and name[-2:] in clause


_SENTENCES_ENDED = re.compile(r"[^。！？]+[。！？]?")   # each with its end mark


def _shares_of_previous(recs: DocRecords):
    """A share whose part is the one figure of its unit in its sentence and whose sentence states no
    total: its whole is the sentence right before's one figure of that unit, larger than the part
    (项目共带动512户养殖户增收。带动户中脱贫户318户，占比65.2%). Two candidates, or none, is no
    reading: (loc, sentence, share match, part, share, whole's text, whole)."""
    for plain, text, loc in plain_paragraphs(recs, cells=True):
        sentences = _SENTENCES_ENDED.findall(plain)
        for before, sentence in zip(sentences, sentences[1:]):
            if TOTAL_BEFORE.search(sentence) or other_year(sentence, recs) or other_year(before, recs):
                continue
            for m in SHARE_ALONE.finditer(sentence):
                part, pct = parse(m.group(1) + m.group(2)), share_figure(m.group(4))
                if not (part.numeric and pct.numeric) or part.unit in ("", "%"):
                    continue
                own = [f for f in FIGURE_IN_UNIT.finditer(sentence) if parse(f.group(0)).unit == part.unit]
                if len(own) != 1:
                    continue   # another figure of the unit here may be the whole
                found = [(f.group(0), q) for f in FIGURE_IN_UNIT.finditer(before)
                         if (q := parse(f.group(0))).numeric and q.unit == part.unit]
                # a whole the share names (占全县农户的) is that one only where its clause names it too
                if m.group(3) and found and not _names_whole(before, found[0][0], m.group(3)):
                    continue
                if len(found) != 1 or CHANGE_WORD.search(before) or not found[0][1].value > part.value:
                    continue
                yield loc, sentence, m, part, pct, found[0][0], found[0][1]


def _list_shares(recs: DocRecords, r):
    """A list table's 占比 cells (ListItem.share, kept by the reader only where most items show them)
    against each item's amount / the list's 合计, or its items' sum where no 合计 is written."""
    for lt in recs.lists:
        rated = [it for it in lt.items if it.share is not None and it.amount is not None and it.amount.q.numeric]
        if not rated:
            continue
        if lt.total is not None and lt.total.q.numeric and lt.total.value:
            whole, written = Interval.of(lt.total.value, lt.total.q.tolerance), f"合计 {lt.total.raw}"
        else:
            whole = Interval.exact(sum(it.amount.value for it in rated))
            written = f"各项之和 {num(whole.mid / money_scale(lt.money_unit))}"
        for it in rated:
            if (shown := _share_off(it.amount.q, whole, it.share.q)) is None:
                continue
            yield r.flag(recs, f"“{lt.title}”中“{it.purpose}”{it.amount.raw}{lt.money_unit} 占{written}{lt.money_unit}"
                               f"的比例应为 {shown}%，表中写为 {it.share.raw}%。",
                         [it.share.loc, it.amount.loc] + ([lt.total.loc] if lt.total is not None else []),
                         f"{it.purpose} {it.amount.raw} | {it.share.raw}", stated=it.share.raw, expected=f"{shown}%")


# "A 836.24万元，占全年执行数的60.0%": the part, the total named and not written, the share.
SHARE_NAMED = re.compile(NUM + r"\s*(万元|元|亿元)\s*[，,]?\s*" + HEDGED
                         + r"占\s*(\p{Han}{2,12}?)\s*的?\s*(?:比重|比例)?\s*" + HEDGED + r"(?:为|是)?\s*" + HEDGED + SHARE)
# Words before a fund figure's head noun that name no other money: whose it is, its stage.
OWN_FIGURE = re.compile(r"(?:本|该)?项目|年初|全年|年度|本年|当年|调整后|实际|资金")
FUND_FIELDS = {"执行": ("executed",), "到位": ("arrived",)}


def _named_fund_total(name: str, p):
    """The project's fund figure a share names without writing it (全年执行数, 年初预算数, 项目资金总额,
    实际到位资金): its head noun by the prose reader's subjects, what stands before it only whose it is
    and its stage; None for any other name (财政拨款执行数 is one source's, 总投资 no fund figure)."""
    rest, stage = name, ""
    while rest:
        for head in (rest, re.sub(r"(?:数|额|金额)$", "", rest)):
            subject = SUBJECTS.get(head)
            if subject == "预算":
                return {"年初": p.budget_initial, "全年": p.budget_full_year}.get(stage, budget(p))
            if subject in FUND_FIELDS:
                return getattr(p, FUND_FIELDS[subject][0])
        m = OWN_FIGURE.match(rest)
        if m is None:
            return None
        stage = STAGES.get(m.group(), stage)
        rest = rest[m.end():]
    return None


def _shares_of_named_totals(recs: DocRecords, r):
    """占全年执行数的66.0% beside a part: the share of the project's own fund figure the name resolves
    to, compared with the precision of the share as written. A sentence that writes its total before
    其中 is _breakdowns' (the share is of that total)."""
    for plain, text, loc in plain_paragraphs(recs, cells=True):
        for sm in SENTENCES.finditer(plain):
            sentence = sm.group(0)
            if other_year(sentence, recs):
                continue
            p = project_for(sentence, recs)
            for m in SHARE_NAMED.finditer(sentence):
                if p is None or TOTAL_BEFORE.search(sentence[:m.start()]):
                    continue
                whole = _named_fund_total(m.group(3), p)
                part, pct = parse(m.group(1) + m.group(2)), share_figure(m.group(4))
                if whole is None or not whole.value or not (part.numeric and pct.numeric):
                    continue
                hedge = share_hedge(m, 4)
                if (shown := _share_off(part, iv(whole), pct, hedge)) is None:
                    continue
                yield r.flag(recs, f"{m.group(1)}{m.group(2)} 占{m.group(3)}（表中 {money(p, whole.value, whole.q.places or 0, whole.raw)}）的比例应为 "
                                   f"{shown}%，文中写为 {_as_written(m, 4, hedge)}。", [loc, whole.loc], sentence.strip(),
                             stated=m.group(4), expected=f"{shown}%")


# A figure told as a change (比上年增加418.47万元，增长7.47%，其中…: the parts after 其中 are of the year's
# total before it, not of the increase) is no total a sentence breaks down, nor is a change rate the total's own.
CHANGE_WORD = re.compile(r"较|同比|环比|比上|比去|增长|增加|增幅|减少|下降|降低|降幅|上升|提高|提升")


def _a_change(sentence: str, t) -> bool:
    """The total TOTAL_BEFORE found is told as a change: a change word in its clause before the figure or
    in the rate clause between it and 其中."""
    clause = re.split(r"[，,；;：:]", sentence[:t.start()])[-1]
    return bool(CHANGE_WORD.search(clause) or CHANGE_WORD.search(sentence[t.end(2):t.end()]))


def _breakdowns(recs: DocRecords):
    """Sentences that break a total down into parts with shares: (loc, sentence, total match,
    total, [(part match, part, share)])."""
    for plain, text, loc in plain_paragraphs(recs, cells=True):
        for sm in SENTENCES.finditer(plain):
            sentence = sm.group(0)
            # one total per unit: a sentence may break down a measure, then a count (1.8万亩，其中…；就业
            # 1260人，其中脱贫人口315人，占25.0%); a later total in a unit already broken down is a part's
            units = set()
            for t in TOTAL_BEFORE.finditer(sentence):
                whole = parse(t.group(1) + t.group(2))
                if whole.unit in units:
                    continue
                units.add(whole.unit)
                if _a_change(sentence, t) or not whole.numeric or whole.value == 0:
                    continue
                # a share of a measure is of its own unit: parts in another unit are no parts of this whole
                parts = [(m, part, share_figure(m.group(3))) for m in SHARE_PART.finditer(sentence, t.end())
                         if (part := parse(m.group(1) + m.group(2))).numeric and part.unit == whole.unit]
                yield loc, sentence, t, whole, parts


@rule("JX603", "parts-total", "medium", "分项之和不等于总额",
      """
When a sentence breaks a total into parts with their shares (…合计X万元，其中：A万元，占a%；
B万元，占b%; a clause of the total's own rate, 执行率97.00%, may stand before 其中) and the shares
add up to 100%, the list is complete and the parts must add up to
the total, within the rounding of every figure. So must a measure (not money: JX604 reads money
after 其中) split after 其中 into two halves in its own unit, their labels one word but for one
character that is no ordinal (管网86.5公里，其中主管网32.4公里、支管网48.6公里; 省内 / 省外, 男 / 女):
a count is exact, a measured figure stands for its rounding. Halves in steps of a series (一级 /
二级) or a list of more parts may leave parts out (其中 need not name every part): not checked. Two
kinds of the whole named by its own head word (低产林改造3.12万亩，其中垦复改造1.86万亩、带状采伐改造
1.16万亩), or three or more (监测数据186.4万条，包括水位数据102.6万条、雨量数据58.2万条、流量数据15.6万条), are
held to it where their sum is the whole with one digit written wrong (3.02, 176.4): meant to make it; farther off they may be some kinds only, or overlap. Kinds sharing only a last character with
the whole (培训1530人次，其中集中授课培训980人次、田间实训560人次) are held so where their sum is above it. Two parts whose second names the rest beside the first (脱贫户 / 一般农户, 重点村 /
其他村, 脱贫户 / 非脱贫户) are the whole, and so are two kinds the document itself splits a whole of the
same unit into elsewhere, adding up there (a plan's 1.8万亩（集约人工林栽培0.82万亩、现有林改培0.98万亩） beside
the result's 1.8万亩，其中集约人工林栽培0.72万亩、现有林改培0.98万亩). Parts in brackets after the measure, or after 包括, are
read as parts after 其中. A 合计 / 共计 / 总计 closing a run of two or more parts in its unit, one to a
clause (砖混羊舍78栋、轻钢羊舍38栋，合计126栋), is their sum, a measured figure standing for its rounding.
A table cell written as running text is read as a paragraph.
""", good="支出1061.63万元，其中基本支出814.52万元，占76.72%；项目支出247.11万元，占23.28%；"
          "备案3081人次，其中省内备案2158人次，省外备案923人次",
      bad="支出1061.62万元，其中基本支出814.47万元，占76.72%；项目支出247.11万元，占23.28%（合计 1061.58）；"
          "管网86.5公里，其中主管网32.4公里、支管网48.6公里（合计 81.0）；受益农户3,120户，其中脱贫户2,046户、一般农户1,164户")
def parts_total(recs: DocRecords, r):
    for loc, sentence, whole, (figure, unit), parts in _measure_parts(recs):
        computed = sum((result_interval(q) for _, q in parts), Interval.exact(0))
        if not computed.overlaps(result_interval(whole)):
            step = Decimal(1).scaleb(-max(q.places or 0 for _, q in parts))
            summed = sum(q.value for _, q in parts)
            total = format((summed / whole.scale).quantize(step), "f")
            gap = format((abs(summed - whole.value) / whole.scale).quantize(step), "f")
            count = "两" if len(parts) == 2 else str(len(parts))
            yield r.flag(recs, f"{figure}{unit} 分为 {'、'.join(label + q.raw for label, q in parts)}，"
                               f"{count}项之和为 {total}{unit}，与总数相差 {gap}{unit}。",
                         [loc], sentence.strip(), stated=figure + unit, expected=total + unit)
    for loc, sentence, word, whole, (figure, unit), parts in _parts_then_total(recs):
        if not _adds_up(whole, parts):
            step = Decimal(1).scaleb(-max(q.places or 0 for _, q in parts))
            total = format((sum(q.value for _, q in parts) / whole.scale).quantize(step), "f")
            yield r.flag(recs, f"{'、'.join(label + q.raw for label, q in parts)}，{word}{figure}{unit}，"
                               f"各项之和为 {total}{unit}。", [loc], sentence.strip(),
                         stated=figure + unit, expected=total + unit)
    for loc, sentence, t, whole, parts in _breakdowns(recs):
        if len(parts) < 2:
            continue
        shares = sum((Interval.of(p.value, p.tolerance) for _, _, p in parts), Interval.exact(0))
        if not shares.overlaps(Interval.exact(100)):
            continue  # not the whole breakdown
        computed = sum((Interval.of(a.value, a.tolerance) for _, a, _ in parts), Interval.exact(0))
        if not computed.overlaps(Interval.of(whole.value, whole.tolerance)):
            scale = whole.scale
            yield r.flag(recs, f"{t.group(1)}{t.group(2)} 分为 {'、'.join(a.raw for _, a, _ in parts)}，"
                               f"各项之和为 {num(computed.mid / scale)}{t.group(2)}，与总额相差 "
                               f"{num(abs(computed.mid - whole.value) / scale)}{t.group(2)}。",
                         [loc], sentence.strip(), stated=t.group(1) + t.group(2),
                         expected=f"{num(computed.mid / scale)}{t.group(2)}")


# "新建管网86.5公里，其中主管网32.4公里、支管网48.6公里": a measure (not money, JX604's), then its parts
# named one to a clause, each a label and one figure in the whole's unit, up to the sentence's end; or the
# parts in brackets after the measure (建设1.8万亩（A 0.82万亩、B 0.98万亩）), up to the closing bracket.
MEASURE_THEN_PARTS = re.compile(NUM + r"\s*(\p{Han}{1,3}|[A-Za-z]{1,3})\s*(?:[，,]?\s*其中|[，,]\s*包括|(?P<open>[（(])\s*(?:其中|含)?)"
                                r"\s*[：:]?")
PART_CLAUSE = re.compile(r"^\s*(\p{Han}{2,12}?)\s*(?:为|有|共)?\s*" + NUM + r"\s*(\p{Han}{1,3}|[A-Za-z]{1,3})\s*$")
ORDINAL = re.compile(r"[0-9一二三四五六七八九十ⅠⅡⅢⅣA-Za-z甲乙丙丁]")


def _two_halves(a: str, b: str) -> bool:
    """Two labels that split one thing in two: the same word but for one character (主管网 / 支管网,
    省内备案 / 省外备案, 男性 / 女性), that character no ordinal (一级 / 二级, A类 / B类 name steps of a
    series that may go on)."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and not any(ORDINAL.match(c) for c in diff[0])


# The words that name a part as all the rest of a whole (其他, 其余, 一般 beside a named kind: 脱贫户 / 一般农户).
# What a word means no grammar tells; so the list, of words naming the remainder only.
REST = ("其他", "其它", "其余", "剩余", "一般", "普通")


def _the_rest(a: str, b: str) -> bool:
    """The second of two labels names the rest of the whole beside the first: opens on a word for the
    remainder (脱贫户 / 一般农户, 重点村 / 其他村) or negates it (脱贫户 / 非脱贫户); so the two are the whole."""
    return b.startswith(REST) and not a.startswith(REST) or b == "非" + a


# A conjunction right after a figure and its unit joining the next part (鼠害防治51万亩和虫害防治28万亩, A 3处及 B 2处):
# the two parts one to a clause, as 、 writes them.
CONJOINED = re.compile(r"(?<=\d\s*(?:\p{Han}{1,3}|[A-Za-z]{1,3}))\s*(?:以及|和|及|与)(?=\s*\p{Han})")


def _split_measures(recs: DocRecords):
    """Each measure split into labelled parts in its unit (MEASURE_THEN_PARTS): (loc, sentence, whole,
    its text, [(label, part)], where the whole stands in the sentence)."""
    for plain, text, loc in plain_paragraphs(recs, cells=True):
        for sm in CLAUSES.finditer(plain):
            sentence = sm.group(0)
            for m in MEASURE_THEN_PARTS.finditer(sentence):
                whole = parse(m.group(1) + m.group(2))
                if not whole.numeric or whole.unit in ("元", "", "%"):
                    continue   # money is JX604's; a rate's parts do not add up
                rest = sentence[m.end():]
                if m.group("open"):
                    rest = re.split(r"[）)]", rest)[0]
                # 2,046: a thousands mark; 鼠害防治51万亩和虫害防治28万亩: two parts joined by a conjunction
                clauses = [c for clause in LIST_ITEMS.split(rest) for c in CONJOINED.split(clause)]
                parts = []
                for clause in clauses:
                    c = PART_CLAUSE.match(clause)
                    if c is None:
                        break
                    q = parse(c.group(2) + c.group(3))
                    if not q.numeric or q.unit != whole.unit:
                        break
                    parts.append((c.group(1), q))
                yield loc, sentence, whole, (m.group(1), m.group(2)), parts, m.start()


# "合计126栋" closing a run of parts: the word, then the figure, ending its clause.
TOTAL_AFTER = re.compile(r"^\s*(合计|共计|总计)\s*[：:]?\s*(?:为|有|共)?\s*" + NUM + r"\s*(\p{Han}{1,3}|[A-Za-z]{1,3})\s*$")


def _parts_then_total(recs: DocRecords):
    """A 合计 / 共计 / 总计 closing its clause list after two or more parts, one to a clause, each a
    label and one figure in the total's unit (新建砖混羊舍78栋、轻钢羊舍38栋，合计126栋): the total
    is their sum. The run starts after a clause that is no such part, or after 其中 (parts of a
    whole stated before it); money is JX604's, and a rate's parts do not add up. (loc, sentence, word, total, its text, parts)."""
    for plain, text, loc in plain_paragraphs(recs, cells=True):
        for sm in CLAUSES.finditer(plain):
            clauses = LIST_ITEMS.split(sm.group(0))
            for i, clause in enumerate(clauses):
                t = TOTAL_AFTER.match(clause)
                if t is None or not (whole := parse(t.group(2) + t.group(3))).numeric or whole.unit in ("元", "", "%"):
                    continue   # money is JX604's; a rate's parts do not add up
                parts = []
                for before in reversed(clauses[:i]):
                    opened = re.split(r"其中\s*[：:]?", before)
                    c = PART_CLAUSE.match(opened[-1])
                    if c is None or CHANGE_WORD.search(c.group(1)):
                        break
                    q = parse(c.group(2) + c.group(3))
                    if not q.numeric or q.unit != whole.unit or q.scale != whole.scale:
                        break
                    parts.insert(0, (c.group(1), q))
                    if len(opened) > 1:
                        break
                if len(parts) >= 2:
                    yield loc, sm.group(0), t.group(1), whole, (t.group(2), t.group(3)), parts


def _adds_up(whole, parts) -> bool:
    return sum((result_interval(q) for _, q in parts), Interval.exact(0)).overlaps(result_interval(whole))


def _measure_parts(recs: DocRecords):
    """A measure broken into two parts that make it (_two_halves, _the_rest, _kinds_one_digit_off, or two
    kinds the document splits a whole of the same unit into elsewhere, adding up there: the plan's
    1.8万亩（集约人工林栽培0.82万亩、现有林改培0.98万亩） makes the result's two kinds the whole):
    (loc, sentence, whole, its text, parts)."""
    measures = list(_split_measures(recs))
    splits = [x for x in measures if len(x[4]) == 2]
    whole_pairs = {(tuple(label for label, _ in parts), whole.unit) for _, _, whole, _, parts, _ in splits
                   if _adds_up(whole, parts)}
    for loc, sentence, whole, figure, parts, at in splits:
        (a, _), (b, _) = parts
        if _two_halves(a, b) or _the_rest(a, b) or ((a, b), whole.unit) in whole_pairs or \
                _kinds_one_digit_off(_whole_label(sentence, at), whole, parts):
            yield loc, sentence, whole, figure, parts
    # three kinds or more (水位数据 / 雨量数据 / 流量数据 of 监测数据) are held only as kinds one digit off the whole
    for loc, sentence, whole, figure, parts, at in measures:
        if len(parts) > 2 and _kinds_one_digit_off(_whole_label(sentence, at), whole, parts):
            yield loc, sentence, whole, figure, parts


def _whole_label(sentence: str, at: int) -> str:
    """The words naming the whole: its clause before the figure."""
    return re.split(r"[，,、；;：:（(]", sentence[:at])[-1].strip()


def _common_ending(labels: list[str]) -> int:
    """How many characters all the labels end in alike."""
    head = 0
    while head < min(len(x) for x in labels) and len({x[-1 - head] for x in labels}) == 1:
        head += 1
    return head


def _kinds_one_digit_off(label: str, whole, parts) -> bool:
    """Two kinds of the whole, their labels and the whole's ending in one head word of two characters
    or more (低产林改造 / 垦复改造 / 带状采伐改造), whose sum is the whole written with one digit wrong
    (3.02 against 3.12): the parts were meant to make the whole. Kinds whose sum is farther off may be
    some of the whole's kinds, or overlap (脱贫人口 / 监测人口 of 受益人口): not judged. Labels sharing only
    their last character (技术培训 / 集中授课培训 / 田间实训) are held only where the sum is above the whole."""
    labels = [label] + [name for name, _ in parts]
    head = _common_ending(labels)
    # the kinds' own head word (飞机防治 / 地面防治) standing inside the whole's name, not at its end (防治作业面积: 1870)
    if head < 2 and (own := _common_ending(labels[1:])) >= 2 and labels[1][-own:] in label[:-own]:
        head = own
    summed_value = sum(q.value for _, q in parts)
    # a head of one character (培训 / 实训 of 培训: 训) names the kind more loosely: held only where the kinds
    # add up to MORE than the whole, which some of its kinds cannot do (as JX604 holds money's parts after 其中)
    if head < 1 or head == 1 and summed_value <= whole.value or any(len(x) == head for x in labels[1:]):
        return False
    places = max([whole.places or 0] + [q.places or 0 for _, q in parts])
    step = Decimal(1).scaleb(-places) * whole.scale
    written, summed = (re.sub(r"\D", "", format((v / step).to_integral_value(), "f"))
                       for v in (whole.value, summed_value))
    return len(written) == len(summed) and sum(a != b for a, b in zip(written, summed)) == 1


# A change stated both ways, by the verbs' grammar (减少 … 下降, 增加 … 增幅, 降低 … 降幅).
CHANGE = re.compile(rf"({MOVE})\s*" + NUM + r"\s*(万元|元|亿元)\s*[，,]\s*(" + MOVE + r")\s*" + NUM + r"\s*%")
AMOUNT = re.compile(NUM + r"\s*(万元|元|亿元)")
# "较2022年的1000万元": the previous year's figure itself, the base a change is measured from.
PREVIOUS = (rf"(?:比|较|与)\s*{PERIOD}\s*的?\s*" + NUM +
            r"\s*(万元|元|亿元)\s*(?:相比)?\s*[，,]?\s*")
# "本年支出1200万元，较2022年的1000万元增长25%": the previous year's figure, then the rate.
CHANGE_FROM = re.compile(PREVIOUS + rf"({MOVE})了?\s*" + NUM + r"\s*%")
# "较上年951.00万元增加120.00万元，增长15.0%": the base written right before a change stated both ways.
BASE_BEFORE = re.compile(PREVIOUS + r"$")
# "较上年120公斤增加12公斤，增长12%": a measure's change from the previous year's figure, both written in one
# unit (the same words after both figures: what is measured is the same), the rate measured from the base.
MEASURE_CHANGE = re.compile(rf"(?:比|较|与)\s*{PERIOD}\s*的?\s*" + NUM +
                            rf"\s*(?P<unit>[万亿]?(?:{UNIT_RE}))\s*(?:相比)?\s*[，,]?\s*(?P<way>{MOVE})了?\s*"
                            + NUM + r"\s*(?P=unit)\s*[，,]\s*(?P<said>" + MOVE + r")\s*" + NUM + r"\s*%")
# "巡查排查3860次，同比增加420次，增长12.2%": a measure's current figure, then its change against last year (the year
# named: 同比 / 较上年 / 比上年) in the same unit, then the rate; the base is the current less the change.
CURRENT_CHANGE = re.compile(NUM + rf"\s*(?P<unit>[万亿]?(?:{UNIT_RE}))\s*[，,]\s*(?:同比|(?:比|较|与){PERIOD}(?:相比)?)\s*[，,]?\s*"
                            rf"(?P<way>{MOVE})了?\s*" + NUM + r"\s*(?P=unit)\s*[，,]\s*(?P<said>" + MOVE + r")(?:为|达)?\s*"
                            + NUM + r"\s*%")

# "户均收益由上年的9,600元提高到10,950元，增加1,350元，增幅15.0%": the previous year's figure and this year's
# told as a move from one to the other, then the change both ways (增幅 / 降幅 the rate's words), in one unit.
# The move's verb is one that reaches a level (normalize.quantity's REACH_MOVE: a verb of change, or a morpheme of
# one alone before 到 / 至: 由上年的386万千瓦时降至298万千瓦时, 增至, 升到).
FROM_TO = re.compile(rf"由\s*{PERIOD}\s*的?\s*(?P<prev>" + NUM +
                     rf")\s*(?P<unit>[万亿]?(?:{UNIT_RE}))\s*(?P<move>{REACH_MOVE})(?P<to>到|至)\s*"
                     r"(?P<cur>" + NUM + r")\s*(?P=unit)\s*[，,]\s*(?P<way>" + MOVE + r")了?\s*(?P<delta>"
                     + NUM + r")\s*(?P=unit)\s*[，,]\s*(?P<said>" + MOVE + r")(?:为|达)?\s*(?P<rate>" + NUM + r")\s*%")
# "亩均收益由上年的3,200元减少到2,950元，增长7.8%": the move told with its rate alone, no amount of change between:
# the change is the two years' figures' difference, its direction theirs.
FROM_TO_RATE = re.compile(rf"由\s*{PERIOD}\s*的?\s*(?P<prev>" + NUM +
                          rf")\s*(?P<unit>[万亿]?(?:{UNIT_RE}))\s*(?P<move>{REACH_MOVE})(?P<to>到|至)\s*"
                          r"(?P<cur>" + NUM + r")\s*(?P=unit)\s*[，,]\s*(?P<said>" + MOVE + r")(?:为|达)?\s*(?P<rate>"
                          + NUM + r")\s*%")


@rule("JX602", "year-over-year", "medium", "增减额与增减率不符",
      """
A year-over-year change stated both as an amount and as a rate (比上年减少 X 万元，下降 Y%)
must agree with the current figure C stated before it: Y = X / (C ∓ X) × 100. Where the
previous year's figure P is written right before the change (较上年 P 万元增加 X 万元，增长 Y%),
the rate is measured from it: Y = X / P × 100; so it is for a measure in any other unit, P and X
written in the one unit (较上年120公斤增加12公斤，增长10%), and for a measure's change against last year told right after its
current figure (巡查排查3860次，同比增加420次，增长12.2%: the base the current less the change); so it is where the two years' figures are
told as a move (由上年的9,600元提高到10,950元，增加1,350元，增幅14.1%), also with the rate alone (由上年的3,200元
减少到2,950元，下降7.8%): there the rate's word must go the figures' way (增长7.8% for a fall is a contradiction),
and an amount of change written between must be the two figures' difference (由上年的1.86万元提高到2.08万元，增加
0.12万元: 0.22), said once of the amount, the rate then judged on the two figures.
""", good="收入总计 1060.67 万元……减少 9.92 万元，下降 0.93%；较上年951.00万元增加120.00万元，增长12.6%",
      bad="支出 74.24 万元，比上年增加 27.34 万元，增长 36.83%（应为 58.29%）；较上年951.00万元增加120.00万元，增长15.0%（应为 12.62%）")
def year_over_year(recs: DocRecords, r):
    # a table cell of running text (a 年度总体目标 block's 实际完成情况) tells its changes as a paragraph does
    for text, original, loc in plain_paragraphs(recs, cells=True):     # positions are those of the original
        yield from _change_from(recs, r, original, text, loc)
        yield from _measure_change(recs, r, original, text, loc)
        yield from _current_change(recs, r, original, text, loc)
        yield from _from_to(recs, r, original, text, loc)
        moves = [m.span() for m in _judged_moves(text)]
        for m in CHANGE.finditer(text):
            if "/" in text[max(0, m.start() - 3):m.end()]:
                continue  # template text (增加/减少) is JX701's
            if any(a <= m.start() and m.end() <= b for a, b in moves):
                continue  # the change of a move whose two years' figures are written: _from_to judged it on them
            base = BASE_BEFORE.search(text, 0, m.start())
            before = base or _current(text, m)
            if before is None:
                continue
            cur = parse(before.group(1) + before.group(2)) if base else parse(before.group(0))
            delta = parse(m.group(2) + m.group(3))
            rate = parse(m.group(5) + "%")
            up, said_up = direction(m.group(1)), direction(m.group(4))
            if up is None or said_up is None:
                continue
            if up != said_up:
                yield r.flag(recs, f"文中先说{m.group(1)}，后说{m.group(4)}，方向矛盾。", [loc], m.group(0),
                             stated=m.group(4), expected="增长" if up else "下降")
                continue
            c, d = Interval.of(cur.value, cur.tolerance), Interval.of(delta.value, delta.tolerance)
            # the base: the previous year's figure as written, else the current one less the change
            previous = c if base else c - d if up else c + d
            if previous.lo <= 0:
                continue
            computed = d / previous * HUNDRED
            if not computed.overlaps(Interval.of(rate.value, rate.tolerance)):
                nominal = num(delta.value / (cur.value if base else cur.value - delta.value if up
                                             else cur.value + delta.value) * 100, 2)
                said = f"上年 {before.group(1)}{before.group(2)}，" if base else f"{before.group(0)} 比上年"
                yield r.flag(recs, f"{said}{m.group(1)} {m.group(2)}{m.group(3)}，"
                                   f"变动率应为 {nominal}%，文中写为 {m.group(5)}%。",
                             [loc], original[before.start():m.end()], stated=m.group(5) + "%", expected=f"{nominal}%")


def _measure_change(recs: DocRecords, r, original: str, text: str, loc):
    """较上年120公斤增加12公斤，增长12%: a measure (money is CHANGE's) changed from the previous year's figure
    written in the same unit; the rate is the change over that figure. A change in % or ‰ is points or a
    relative change, unwritten which: not judged."""
    for m in MEASURE_CHANGE.finditer(text):
        unit = m.group("unit")
        if is_money_unit(unit) or unit in ("%", "‰") or \
                len(ways := {direction(m.group("way")), direction(m.group("said"))}) != 1 or None in ways:
            continue
        yield from _rate_on_previous(recs, r, loc, original[m.start():m.end()], m.group(1), unit, m.group("way"),
                                     m.group(4), m.group(6))


def _current_change(recs: DocRecords, r, original: str, text: str, loc):
    """巡查排查3860次，同比增加420次，增长12.2%: a measure (money is CHANGE's) changed against last year right after its
    current figure; the rate is the change over the current less it. A change in % or ‰ is points or a relative
    change, unwritten which: not judged."""
    for m in CURRENT_CHANGE.finditer(text):
        unit = m.group("unit")
        up = direction(m.group("way"))
        if is_money_unit(unit) or unit in ("%", "‰") or up is None or direction(m.group("said")) != up:
            continue
        cur, delta = parse(m.group(1) + unit), parse(m.group(4) + unit)
        if not (cur.numeric and delta.numeric):
            continue
        prev = cur.value - delta.value if up else cur.value + delta.value
        if prev <= 0:
            continue
        yield from _rate_on_previous(recs, r, loc, original[m.start():m.end()], num(prev / cur.scale, cur.places or 0),
                                     unit, m.group("way"), m.group(4), m.group(6))


def _judged_moves(text: str):
    """The moves FROM_TO reads that _from_to judges: the move, the change and the rate's words all one way, the
    unit no % or ‰ (points, or a relative change)."""
    for m in FROM_TO.finditer(text):
        ways = {direction(w) for w in (m.group("move"), m.group("way"), m.group("said"))}
        if m.group("unit") not in ("%", "‰") and len(ways) == 1 and None not in ways:
            yield m


def _difference_is(prev, cur, delta, up: bool) -> bool:
    """The change written (delta) is the two years' figures' difference, each standing for its rounding."""
    p, c = Interval.of(prev.value, prev.tolerance), Interval.of(cur.value, cur.tolerance)
    return (c - p if up else p - c).overlaps(Interval.of(delta.value, delta.tolerance))


def _from_to(recs: DocRecords, r, original: str, text: str, loc):
    """由上年的9,600元提高到10,950元，增加1,350元，增幅15.0%: the rate is the change over the previous year's
    figure, the move, the change and the rate's words all one way. The amount of change is the two figures'
    difference: where it is not (由上年的1.86万元提高到2.08万元，增加0.12万元，增长11.8%), the amount is the slip,
    said once, and the rate is judged on the two figures, which the amount cannot stand for."""
    for m in _judged_moves(text):
        unit, said = m.group("unit"), original[m.start():m.end()]
        prev, cur, delta = (parse(m.group(g) + unit) for g in ("prev", "cur", "delta"))
        # the amount is judged on figures that go the move's way: against it (提高到 a smaller figure) the slip
        # may be either figure or the verb, and their difference is no amount the text meant
        up = direction(m.group("move"))
        if prev.numeric and cur.numeric and delta.numeric and cur.value != prev.value and \
                (cur.value > prev.value) == up and not _difference_is(prev, cur, delta, up):
            nominal = num(abs(cur.value - prev.value) / cur.scale, max(cur.places or 0, prev.places or 0))
            yield r.flag(recs, f"上年 {m.group('prev')}{unit}，{m.group('move')}{m.group('to')} {m.group('cur')}{unit}，"
                               f"{m.group('way')}额应为 {nominal}{unit}，文中写为 {m.group('delta')}{unit}。", [loc], said,
                         stated=m.group("delta") + unit, expected=f"{nominal}{unit}")
            yield from _move_and_rate(recs, r, loc, said, m)
            continue
        yield from _rate_on_previous(recs, r, loc, said, m.group("prev"), unit,
                                     m.group("way"), m.group("delta"), m.group("rate"))
    for m in FROM_TO_RATE.finditer(text):
        yield from _move_and_rate(recs, r, loc, original[m.start():m.end()], m)


def _move_and_rate(recs: DocRecords, r, loc, said: str, m):
    """由上年的3,200元减少到2,950元，增长7.8%: the rate's word must go the way the figures and the move's verb go
    (a fall told as growth is a contradiction, whichever rate is written), and the rate is the change over the
    previous year's figure. Where the move's verb goes against the figures, or a word tells no way, not judged."""
    unit = m.group("unit")
    prev, cur, rate = parse(m.group("prev") + unit), parse(m.group("cur") + unit), parse(m.group("rate") + "%")
    if unit in ("%", "‰") or not (prev.numeric and cur.numeric and rate.numeric) or prev.value <= 0 \
            or cur.value == prev.value:
        return
    up, move, told = cur.value > prev.value, direction(m.group("move")), direction(m.group("said"))
    if move != up or told is None:
        return
    if told != up:
        yield r.flag(recs, f"上年 {m.group('prev')}{unit}，{m.group('move')}{m.group('to')} {m.group('cur')}{unit}，"
                           f"文中却写“{m.group('said')}{m.group('rate')}%”，方向矛盾。", [loc], said,
                     stated=m.group("said"), expected="增长" if up else "下降")
        return
    p, c = Interval.of(prev.value, prev.tolerance), Interval.of(cur.value, cur.tolerance)
    computed = (c - p if up else p - c) / p * HUNDRED
    if not computed.overlaps(Interval.of(rate.value, rate.tolerance)):
        nominal = num(abs(cur.value - prev.value) / prev.value * 100, 2)
        yield r.flag(recs, f"上年 {m.group('prev')}{unit}，{m.group('move')}{m.group('to')} {m.group('cur')}{unit}，"
                           f"变动率应为 {nominal}%，文中写为 {m.group('rate')}%。", [loc], said,
                     stated=m.group("rate") + "%", expected=f"{nominal}%")


def _rate_on_previous(recs: DocRecords, r, loc, said: str, prev_raw: str, unit: str, way: str, delta_raw: str,
                      rate_raw: str):
    """The change rate written (rate_raw %) against the change over the previous year's figure, both in `unit`."""
    prev, delta, rate = parse(prev_raw + unit), parse(delta_raw + unit), parse(rate_raw + "%")
    if not (prev.numeric and delta.numeric and rate.numeric) or prev.value <= 0:
        return
    # whole counts of things counted one by one (3起, 5次) are exact, not rounded; a decimal or 万 keeps its rounding
    exact = counts_things(unit) and "." not in prev_raw + delta_raw
    computed = Interval.of(delta.value, 0 if exact else delta.tolerance) \
        / Interval.of(prev.value, 0 if exact else prev.tolerance) * HUNDRED
    if not computed.overlaps(Interval.of(rate.value, rate.tolerance)):
        nominal = num(delta.value / prev.value * 100, 2)
        yield r.flag(recs, f"上年 {prev_raw}{unit}，{way} {delta_raw}{unit}，变动率应为 {nominal}%，文中写为 {rate_raw}%。",
                     [loc], said, stated=rate_raw + "%", expected=f"{nominal}%")


def _change_from(recs: DocRecords, r, original: str, text: str, loc):
    """较2022年的1000万元增长25%: the current figure is the last amount before it in the sentence."""
    for m in CHANGE_FROM.finditer(text):
        sentence_start = max(text.rfind(ch, 0, m.start()) for ch in "。；;") + 1
        same = [a for a in AMOUNT.finditer(text, sentence_start, m.start()) if a.end() <= m.start()]
        if len(same) != 1:
            continue
        cur, prev, rate = parse(same[0].group(0)), parse(m.group(1) + m.group(2)), parse(m.group(4) + "%")
        if not (cur.numeric and prev.numeric and rate.numeric) or not prev.value:
            continue
        if (up := direction(m.group(3))) is None:
            continue
        sign = 1 if up else -1
        computed = (Interval.of(cur.value, cur.tolerance) - Interval.of(prev.value, prev.tolerance)) \
            / Interval.of(prev.value, prev.tolerance) * HUNDRED
        stated = Interval.of(sign * rate.value, rate.tolerance)
        if not computed.overlaps(stated):
            nominal = (cur.value - prev.value) / prev.value * 100
            yield r.flag(recs, f"{same[0].group(0)} 较上年 {m.group(1)}{m.group(2)}，变动率应为 {num(nominal, 2)}%，"
                               f"文中写为{m.group(3)} {m.group(4)}%。", [loc], original[same[0].start():m.end()],
                         stated=f"{m.group(3)}{m.group(4)}%", expected=f"{num(nominal, 2)}%")


PERCENT = re.compile(NUM + r"\s*[%％]")
# A gap between two rates stated in points: 低于控制指标0.83个百分点, 比上年提高2.5个百分点, 较目标值30%高出2.0个百分点;
# the rate compared with may stand inside the comparison, its object, before the gap (低于目标值85%共4.4个百分点).
# The comparison by its grammar: a comparative (高 / 低 / 多 / 少 + 于, 高 / 多 / 超 + 出, 超过, 相差, 差距) or any verb
# of change (MOVE: 提升, 攀升, 压减 …), not a list of six verbs.
# (the other rate may stand in brackets after the name it is of: 高于全区平均水平（92.6%）3.1个百分点, 1873)
GAP = re.compile(rf"((?:[高低多少]于|[高多超]出|超过?|相差|差距|(?:{MOVE})了?))[^，,。；;\d%]{{0,15}}?"
                 r"(?:\d+(?:\.\d+)?\s*[%％]\s*[)）]?\s*(?:共|达|约|计)?\s*)?"
                 + ALONE_BEFORE + r"(\d+(?:\.\d+)?)\s*个?\s*(百分点|千分点)")


@rule("JX606", "rate-gap", "medium", "两个比率之差与所写的百分点数不符",
      """
A sentence that states two rates and the gap between them in points (低于控制指标 X 个百分点,
相差 X 个百分点, 较目标值 Y% 高出 X 个百分点; a 千分点 is a tenth of a 百分点), in a paragraph or a 偏差原因 cell, must agree (a
偏差原因 cell that names its row's target without writing it, 损耗率6.2%，超出目标值1.8个百分点, gives the row's
target in % as the second rate): the gap is the difference of the two rates, within
the rounding of the written figures (a rate its clause names a target, 较目标值30%, is set and
so exact; a measured one stands for its rounding). Checked only where the sentence states exactly two
rates before the gap.
""", good="实际赔付率45.17%，控制指标46%，低于控制指标0.83个百分点",
      bad="实际赔付率45.17%，控制指标46%，低于控制指标0.8262个千分点（差 0.83 个百分点，即 8.3 个千分点）")
def rate_gap(recs: DocRecords, r):
    # a 偏差原因 cell tells the gap of its row's result and target in a sentence, as a paragraph does
    reasons = [(x, x, i.loc, i) for i in recs.indicators if (x := (i.reason or "").strip())]
    for plain, text, loc, row in [(*t, None) for t in plain_paragraphs(recs)] + reasons:
        # where the sentence stands: a row's 偏差原因 cell is named by its row (1587), a paragraph is 文中
        where = f"“{row.level3}”偏差原因中" if row is not None and row.level3 else "文中"
        for sm in CLAUSES.finditer(plain):
            sentence = sm.group(0)
            for m in GAP.finditer(sentence):
                found = list(PERCENT.finditer(sentence, 0, m.start(2)))   # the rates before the gap, one inside the comparison too
                rates = [parse(x.group(0)) for x in found]
                # a 偏差原因 cell's gap from its row's target named without its figure (损耗率6.2%，超出目标值1.8个百分点):
                # the row's target in % is the other rate, set and so exact
                exact = [names_target(sentence[:x.start()]) for x in found]
                if len(rates) == 1 and not exact[0] and (target := _rate_target(row, sentence[:m.start(2)])) is not None:
                    rates, exact = rates + [target], exact + [True]
                if len(rates) != 2 or not all(q.numeric for q in rates):
                    continue
                gap = parse(m.group(2))
                per = Decimal("0.1") if m.group(3) == "千分点" else Decimal(1)
                # a rate its clause names a target (较目标值30%) is set, exact as written; a result stands for its rounding
                a, b = (Interval.exact(q.value) if set_ else Interval.of(q.value, q.tolerance)
                        for q, set_ in zip(rates, exact))
                computed = (a - b) if rates[0].value >= rates[1].value else (b - a)
                stated = Interval.of(gap.value * per, gap.tolerance * per)
                if not computed.overlaps(stated):
                    unit = m.group(3)
                    yield r.flag(recs, f"{where}两个比率 {rates[0].raw} 与 {rates[1].raw} 相差 {num(computed.mid / per, 4)} 个{unit}，"
                                       f"但写为 {m.group(2)} 个{unit}。", [loc], sentence.strip(),
                                 stated=f"{m.group(2)}个{unit}", expected=f"{num(computed.mid / per, 4)}个{unit}")


def _rate_target(row, before_gap: str):
    """The target of a 偏差原因 cell's row, where the gap's clause names the target without writing its figure
    (超出目标值1.8个百分点) and the row's target is a rate (≤5%): its quantity; else None."""
    if row is None or not names_target(before_gap):
        return None
    t = row.target.q
    return t if t.numeric and t.unit == "%" and t.value is not None else None


def _current(text: str, m):
    """The current-year figure a change refers to: the last amount before it whose label starts
    like the changed item's (收入总计 … 收入总计减少), else the last amount in the same sentence."""
    start = max(text.rfind(ch, 0, m.start()) for ch in "，,。；") + 1
    subject = re.sub(r"^(与|比|较)?\s*\d{4}\s*年(相比|比)?[，,]?|(比|较)\s*\d{4}\s*年$|^其中[：:]?", "",
                     text[start:m.start()]).strip()
    amounts = [a for a in AMOUNT.finditer(text, 0, m.start())
               if a.end() <= start and not re.search(rf"(?:{MOVE})\s*$", text[max(0, a.start() - 3):a.start()])]
    if len(subject) >= 4:
        for size in range(len(subject), 3, -1):  # the longest matching label wins
            for a in reversed(amounts):
                if subject[:size] in text[max(0, a.start() - 16):a.start()]:
                    return a
        return None
    sentence_start = max(text.rfind(ch, 0, m.start()) for ch in "。；") + 1
    same = [a for a in AMOUNT.finditer(text, sentence_start, m.start()) if a.end() <= m.start()]
    return same[-1] if same else None


MASKING = re.compile(r"\*{2,}\s*(?:为|是)?\s*(?:隐藏|脱敏|屏蔽|遮盖)|(?:隐藏|脱敏|屏蔽|遮盖)[^。]{0,12}\*{2,}|已脱敏|脱敏处理")
# Asterisks where a name stands (上传人:王**, 项目单位(盖章): ****): a copy masking a person or a
# unit, not a figure left unfilled.
MASKED_NAME = re.compile(r"(?:[:：]\s*\p{Han}|(?:单位|盖章|签字|签章|人|名称|姓名|名)[)）]?\s*[:：]\s*)$")
# Marks joined to digits (0898-6533××××, 138****5678, 4401**********1234): a phone or ID number
# published with its digits hidden, not a figure left unfilled; an unfilled figure stands alone (**万元).
# Latin X hides digits too (0954-3012XXXX, as OCR gives a line without its label), but a template writes
# a year left unfilled with it (20XX年): X counts joined to three digits at least, a number's part.
MASKED_DIGITS = re.compile(r"(?<=\d)[*＊×]{2,}|[*＊×]{2,}(?=\d)|(?<=\d{3})[Xx]{2,}|[Xx]{2,}(?=\d{3})")
# Marks after a number's label (联系电话：××××××××, 身份证号：XXXX…, 手机 138XXXX5678, 浙ICP备××××××××号): the
# label says a phone, ID, account or filing number (or a password or token) stands there, published
# hidden. A contact or ID label needs a colon, a space or digits before the marks (开通服务电话**部 is a
# count left blank); a registry's filing mark (ICP备, 公网安备) is written straight before its number.
# Digits, dashes and other marks may come between (the second XX of XXXX).
# A registry's filing mark before its number (浙ICP备, 粤公网安备, ICP备案号).
FILING_MARK = r"(?:[A-Z]{2,}|公网安)备(?:案号)?"
# A list (grammar23): marks alone after a colon (电话：××××××××, 受益人数：**) differ by the label's meaning only.
MASKED_LABEL = re.compile(r"(?:(?:电话|手机|手机号|传真|号码|身份证|身份证号|证件号|账号|帐号|卡号)[)）]?(?:\s*[:：]\s*|\s+|(?=\d))"
                          rf"|{FILING_MARK}\s*[:：]?\s*"
                          # a secret's label (密码：****, Authorization: Bearer ****): a credential kept back
                          r"|(?:密码|口令|令牌|密钥|(?i:password|passwd|token|secret|bearer|basic))(?:\s*[:：]\s*|\s+)"
                          # any code named before a colon (网站标识码：, 统一社会信用代码：): a number too
                          r"|\p{Han}{0,8}码\s*[:：]\s*)[\d\-－—()（）+\s*×Xx＊]*$")
# A website's footer printed with the page (主办：… 地址：… 网站标识码：… 粤ICP备…号 粤公网安备…号):
# page furniture, as the web reader drops a footer by its class, never the report's text. Known by
# the site's code or a registry's filing mark, in a line with no sentence's end (。) and short.
SITE_FOOTER = re.compile(rf"网站标识码|{FILING_MARK}\s*[:：]?\s*[\d×Xx*＊略]")


def site_footer(text: str) -> bool:
    """Whether a paragraph is a website's footer (its filing marks, no sentence in it)."""
    return bool(SITE_FOOTER.search(text)) and "。" not in text and len(text) <= 300


# A figure's digits left as marks (normalize's DIGIT_MARK: **, ＊＊, ××, XX, xX), a choice not made
# (增加/减少), or a reason left as an ellipsis closing its sentence (…。), stated with its stop as the seeds'
# judged record (corpus/expected/flags.json, 004: **、***、…。、小于/等于 and ……。) states it.
# A choice may wrap at its cell's width (增长/下\n降, as OCR gives a narrow 偏差原因 cell): the break is no text.
CHOICES = ("小于/等于", "大于/等于")
# A direction to be chosen (增加/减少, 增长/下降, 提高/降低, 上升/下降, 扩大/缩小, either way round): two verbs of
# change joined by a slash whose morphemes say opposite ways (rules.common.direction, normalize.quantity's grammar),
# not a list of the pairs seen; two of one sense (提高/提升) are a writer's synonyms, no choice left.
CHANGE_CHOICE = re.compile(rf"(?P<a>{MOVE})/(?P<b>{MOVE})")
# Or a verb and its own negation (达到/未达到, 已完成/未完成: 1871): the same verb after 未 / 没有 / 不.
NEGATED_CHOICE = re.compile(r"(?:已)?(?P<v>\p{Han}{2})/(?:未|没有|不)(?P=v)")
# A grade to be chosen, left as the template lists them after its label (自评等级：优/良/中/差); a legend in
# brackets (等级（优/良/中/差）) or a scale's words elsewhere lists them, no choice left unmade.
GRADE_CHOICE = r"(?<=等级\s*[：:]\s*)(?:优秀?|良好?|中|合格|一般)(?:\s*/\s*(?:优秀?|良好?|中|合格|一般|差|不合格)){2,}(?![^\s，。；])"
# A name's place left as the template's circles (○○镇人民政府, 〇〇村): two or more, not among numerals, where
# 〇 (and ○ typed for it) is a zero (二〇〇八年, 二○二三年).
NAME_MARK = r"(?<![〇○零一二三四五六七八九十百千\d])[○〇]{2,}(?![〇○零一二三四五六七八九十百千\d])"
PLACEHOLDER = re.compile(rf"{DIGIT_MARK}|{GRADE_CHOICE}|{NAME_MARK}|"
                         + "|".join(r"\s*".join(map(re.escape, c)) for c in CHOICES) + "|…。|……。")

# A figure's place left as a line to write on (结余资金____万元): a run of underscores before a unit. A line after a
# label alone (签字：______) or before a date's parts (____年__月__日) is for a hand to sign or date a printed form.
BLANK_FIGURE = re.compile(rf"[_＿]{{2,}}(?=\s*[万亿]?(?:{UNIT_RE}))(?!\s*[年月日])")


# A line framed by runs of three or more stars around words (*** 报表结束 ***, a print's banner): decoration,
# no figure left unfilled. The words stand apart from the stars (a template's ***（款）*** is written close).
# A line of stars alone, ten or more (a transcript's or a print's rule: **********************), is drawn,
# no figure left unfilled either. A line OPENED by three stars or more and a space, no star after (Teradata BTEQ's
# ' *** Query completed. 13 rows found.', a program's message marker), is its message's mark, not a figure's.
BANNER = re.compile(r"^\s*(?:([*＊])\1{2,}[ \t\u3000]+[^*＊\n]+?[ \t\u3000]+[*＊]{3,}|[*＊]{10,}"
                    r"|([*＊])\2{2,}[ \t\u3000]+[^*＊\n]+)\s*$")


# Markdown's marks: a heading line (## 一、项目概况), and strong emphasis, a pair of ** (or __) around a
# word or a phrase (项目在**甲镇、乙镇**等6个乡镇实施), never across a clause break and no part of a run
# of three stars: 为**万元，完成预算**% and （类）***（款）*** stay a template's figures left unfilled.
MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
MD_EMPHASIS = re.compile(r"(?<!\*)(\*\*|__)(?=[^\s*_])([^*_\n，。；;！？!?]+?)(?<=[^\s*_])\1(?!\*)")


@rule("JX701", "template-text", "low", "模板文字未填写（**、增加/减少、……）",
      """
Template placeholders left in the report, in its prose or in any table cell: ** or *** instead
of a figure, a direction not chosen (增加/减少, 增长/下降, 提高/降低: two verbs of change of opposite senses joined
by a slash) (also where a narrow cell wrapped it: 增长/下⏎降), a grade
left as its choices after its label (自评等级：优/良/中/差), …… instead of a reason, a figure's place left as
a line to write on (结余资金____万元; not a line to sign or date: 签字：____, ____年__月__日), a template's prompt
left as the whole of a cell or a line (（请填写偏差原因）). Asterisks are not counted
in a copy that says they hide text (下文中****为隐藏内容, 已脱敏): there they mask names; nor are
marks joined to digits (联系电话：0898-6533××××, or Latin XX after three digits or more: 0954-3012XXXX): a
number published with its last digits hidden (20XX年, two digits, is still a year left unfilled);
nor are marks after a number's label (联系电话：××××××××, 身份证号：XXXX…, 浙ICP备××××××××号, a code
named before a colon: 网站标识码：××××××××××): a number hidden whole; nor is a printed website's
footer read (主办：… 地址：××路××号 网站标识码：… ICP备…号): page furniture, not the report; nor, in a copy
written in Markdown (a heading line ## 一、概况), a pair of ** around words (**甲镇、乙镇**): emphasis; nor a line
framed by stars around words apart from them (*** 报表结束 ***) or of ten stars or more alone: a print's
banner or rule; nor a line opened by stars and a space with none after (*** Query completed.): a program's message
mark; nor XX among Latin letters (XMXX.DBF): a code's letters. A cell that is
one figure left unfilled (a target ≥**个) states that figure as written; other text states its placeholders.
""", good="支出决算为 688.01 万元，完成预算 100%；目标值 ≥12个",
      bad="支出决算为**万元，完成预算**%，主要原因是…。；目标值 ≥**个；备注 较上年增加/减少1.5个百分点", per_report=True)
def template_text(recs: DocRecords, r):
    # A copy that says its asterisks hide text (下文中****为隐藏内容, 已脱敏) masks names with them:
    # those are not unfilled figures; the other placeholders still are.
    masked = any(MASKING.search(text) for text, _ in recs.paragraphs)
    # A copy written in Markdown (a heading line # 标题) marks emphasis with pairs of ** around words.
    markdown = any(MD_HEADING.match(text) for text, _ in recs.paragraphs)
    # One flag for a run of nearby paragraphs (a glossary left unfilled is one finding, not twenty),
    # and one for the cells of one table.
    runs: list[list] = []
    for text, loc in recs.paragraphs:
        if site_footer(text) or BANNER.match(text):
            continue   # the printed site footer (地址：…××路××号 hides an address), a banner: no report text
        found = _placeholders(MD_EMPHASIS.sub(r"\2", text) if markdown else text, masked)
        if not found:
            continue
        if runs and loc.block is not None and runs[-1][-1][1].block is not None and loc.block - runs[-1][-1][1].block <= 3:
            runs[-1].append((text, loc, found))
        else:
            runs.append([(text, loc, found)])
    # A row left as the template gave it (指标4： | ≥**人, nothing else filled) is a spare row, not a
    # figure left unfilled: a cell that is only an unfilled figure counts where its row holds a figure.
    filled = {_row(loc) for text, loc in recs.cells if parse(text.strip()).numeric}
    tables: dict = {}
    for text, loc in recs.cells:
        found = _placeholders(text, masked)
        # a figure normalize reads as never filled in (≤……元) is raised though its marks are no placeholder
        figure = _unfilled_figure(text) if found or FIGURE_MARK.search(text) and parse(text.strip()).unfilled else ""
        if (found or figure) and (not figure or _row(loc) in filled):
            tables.setdefault((loc.block, loc.table), []).append((text, loc, {figure} if figure else found))
    for run in runs + list(tables.values()):
        found = sorted(set().union(*(f for _, _, f in run)))
        what = f"（{len(run)} 段）" if len(run) > 1 else ""
        yield r.flag(recs, f"模板文字未填写{what}：{'、'.join(found)}。", [loc for _, loc, _ in run],
                     " / ".join(text for text, _, _ in run)[:500], stated="、".join(found), expected="实际数字或文字")


def _placeholders(text: str, masked: bool) -> set[str]:
    """The template placeholders a paragraph or cell holds, less the marks that hide a name or a number: a
    figure's blank line (____万元), a template's prompt left as the whole text (（请填写偏差原因）)."""
    left = {m.group(0) for m in BLANK_FIGURE.finditer(text)} | ({text.strip()} if PROMPT.match(text) else
                                                                {m.group(0) for m in INLINE_PROMPT.finditer(text)})
    left |= _unmade_directions(text)
    return left | {_as_stated(text, m) for m in PLACEHOLDER.finditer(text)
            if not (m.group(0)[0] in "*＊" and (masked or MASKED_NAME.search(text[:m.start()])))
            and not MASKED_DIGITS.match(text, m.start())
            # (the label read in matching script: 聯繫電話：0596-3xxxxxx in a traditional-script form)
            and not (m.group(0)[0] in "*＊×Xx" and MASKED_LABEL.search(matching(text[:m.start()])))
            # XX among Latin letters is a word's or a code's letters (a file XMXX.DBF, a group &XMXX): no digits
            and not (m.group(0)[0] in "Xx" and (re.match(r"[A-Za-z]", text[m.end():m.end() + 1])
                                                 or re.search(r"[A-Za-z]$", text[:m.start()])))}


# A year left unfilled (20XX年, or a document number's year in its brackets: 川财农〔20xx〕167号): its marks
# after the century's digits, stated with them as the cell writes it.
YEAR_LEFT = re.compile(r"\d{2}[Xx×]{2}(?=\s*(?:年|[〕］\]]))")


def _unmade_directions(text: str) -> set[str]:
    """The choices of direction left unmade (CHANGE_CHOICE), as written without whitespace (a narrow cell may wrap
    one: 增长/下⏎降)."""
    flat = re.sub(r"\s", "", text)
    return {m.group(0) for m in CHANGE_CHOICE.finditer(flat)
            if {direction(m.group("a")), direction(m.group("b"))} == {True, False}} | \
        {m.group(0) for m in NEGATED_CHOICE.finditer(flat)}


def _as_stated(text: str, m) -> str:
    """A placeholder as stated: without whitespace, a year's marks with the digits before them (20XX)."""
    year = YEAR_LEFT.match(text, max(m.start() - 2, 0))
    return year.group(0) if year and year.end() == m.end() else re.sub(r"\s", "", m.group(0))


def _row(loc) -> tuple:
    return loc.block, loc.table, loc.page, loc.row


def _unfilled_figure(text: str) -> str:
    """The cell as written when it is one figure whose digits are marks (≥**个, **万元, ≤……元, a mark
    alone), else "": normalize's marks (FIGURE_MARK), read as a figure in their place."""
    if not FIGURE_MARK.search(text):
        return ""
    q = parse(FIGURE_MARK.sub("1", text.strip()))
    return text.strip() if q.numeric and q.op != "qualitative" else ""


# What makes a figure in a counter an average, fractional by nature: 均 or 每 in the indicator's
# name or in the scope normalize read before the figure (人均3.5次, 户均2.5人, 每村1.5名). A rate
# written in its unit (2.5人/万人) or a share (%) is no counter to begin with (counts_things).
AVERAGE = re.compile(r"[均每]")
# A name whose head (its last word, a bracketed note after it aside) is a ratio: 率, 密度, 比 (比例,
# 比重): 人口密度 2.5人 counts people per square kilometre in the bare unit. Only the head: 比 or 率
# inside a name (比上年新增就业, 合格率检测批次) leaves what it counts a plain count.
RATIO_HEAD = re.compile(r"(?:率|密度|比|比例|比重)$")
BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
# A unit per something (人/平方公里, 个/千人, 人每万人): the figure is divided by what follows.
PER_UNIT = re.compile(r"[/／每]")


@rule("JX801", "implausible-count", "low", "人数、次数等计数带小数，疑漏写“万”",
      """
A count of people, visits, institutions or items cannot be fractional: 2.42人次 where the other
counts are in 万人次 means 2.42万人次. In an indicator table, a result counted with decimals
against a target counting the same thing in a scale (3.5人次 against ≥3万人次) dropped the
target's scale word; the row is compared with its target in that scale (3.5万人次 meets ≥3万人次:
no missed target is flagged for it). A result in a bare counter (场次, 个, 人) with decimals and no
scale to restore is a slip of its own (12.5场次 against ≥12场次), also where the reading noted
something of it (a unit taken from the target, a repaired slip), unless the row counts an average
or a rate (均 or 每 in its name or before its figure, a name headed 率 / 密度 / 比, a unit per
something in the result or the target, a share; a target with decimals in the same unit): those are
divided and may be fractional (人均3.5次, 2.5人/万人, 人口密度 2.5人, 1.5万人次, 0.5个百分点 are no slips);
in running text, an average named in the figure's own clause (按改厕户数×户均3.57人测算) likewise.
In running text a counter is no count where it is a rate's numerator (4.5批次/千人) or the
classifier of a step on a scale (提升0.5个等级以上); heading a thing counted (完成12.5项培训) it
counts. A table cell written as running text (a transfer form's 实际完成情况) is read as a
paragraph is. A target counted with decimals against a result in a scale (≥1.5人次 against 1.62万人次)
dropped the result's scale word the same way.
""", good="享受异地就医政策报销2.42万人次；目标 ≥3万人次，实际 3.5万人次；人均培训 ≥3次，实际 3.5次",
      bad="享受异地就医政策报销2.42人次；目标 ≥3万人次，实际 3.5人次；开展培训 ≥12场次，实际 12.5场次")
def implausible_count(recs: DocRecords, r):
    results = {(x.loc.block, x.loc.table, x.loc.row, x.loc.col) for i in recs.indicators for x in (i.target, i.actual)}
    # a cell of running text counts as a paragraph does; an indicator's own result cell is judged below
    said = [f for f in recs.cell_prose if (f.loc.block, f.loc.table, f.loc.row, f.loc.col) not in results]
    for f in recs.prose + said:
        if counts_things(f.q.unit) and f.q.scale == 1 and f.q.places and f.q.value != f.q.value.to_integral() \
                and not _measure_after(f) and not _average_before(f.sentence, f.q.raw):
            yield r.flag(recs, f"计数“{f.q.raw}”带小数，人数/次数不可能是小数，疑为“{f.q.raw[:-len(f.q.unit)]}万{f.q.unit}”。",
                         [f.loc], f.sentence, stated=f.q.raw, expected=f"整数或万{f.q.unit}")
    for i in recs.indicators:
        word = scale_dropped(i.target.q, i.actual.q)
        if word:
            meant = f"{num(i.actual.q.value)}{word}{i.actual.q.unit}"
            yield r.flag(recs, f"“{i.level3}”实际完成值“{i.actual.raw}”为带小数的计数，目标值为 {i.target.raw}，"
                               f"疑漏写“{word}”（应为“{meant}”）；已按 {meant} 与目标比较。",
                         [i.actual.loc, i.target.loc], f"{i.target.raw} / {i.actual.raw}", stated=i.actual.raw,
                         expected=meant)
        elif word := scale_dropped(i.actual.q, replace(i.target.q, op="=")):
            # the target dropped the scale its result writes (≥1.5人次 against 1.62万人次)
            meant = f"{i.target.raw[:len(i.target.raw) - len(i.target.q.unit)]}{word}{i.target.q.unit}"
            yield r.flag(recs, f"“{i.level3}”目标值“{i.target.raw}”为带小数的计数，实际完成值为 {i.actual.raw}，"
                               f"疑漏写“{word}”（应为“{meant}”）。",
                         [i.target.loc, i.actual.loc], f"{i.target.raw} / {i.actual.raw}", stated=i.target.raw,
                         expected=meant)
        elif _fractional_count(i):
            a = i.actual.q
            yield r.flag(recs, f"“{i.level3}”实际完成值“{i.actual.raw}”为带小数的计数，{a.unit}不可能是小数"
                               f"（目标值 {i.target.raw}），疑为笔误。",
                         [i.actual.loc, i.target.loc], f"{i.target.raw} / {i.actual.raw}", stated=i.actual.raw,
                         expected=f"整数{a.unit}")


# Where a clause of running text starts: an average named before a figure is in the same clause
# (改厕户数×户均3.57人, 人均培训3.5次), not behind a comma or a sign.
CLAUSE_START = re.compile(r"[，,。；;：:、×*（(）)\s]")


def _measure_after(f) -> bool:
    """The counter is no count of things but a rate's numerator (4.5批次/千人, 2.5人每万人) or the
    classifier of a step on a scale (提升0.5个等级以上: the word it heads, to the clause's end, names a
    grade); a counter heading a thing counted (完成12.5项培训) or ending its clause (1.26人次。) counts."""
    at = f.sentence.find(f.q.raw)
    rest = f.sentence[at + len(f.q.raw):] if at >= 0 else ""
    word = re.split(r"[，,。；;、（()）\s]", rest, maxsplit=1)[0]
    return word.startswith(("/", "／", "每")) or GRADE_UNIT in word


def _average_before(sentence: str, raw: str) -> bool:
    """The clause of running text before the figure names an average (均 / 每: 户均3.57人, 每村1.5名)."""
    if raw not in sentence:
        return False
    # the space a figure is often set apart by (户均 3.57人, a PDF's text) opens no clause
    clause = CLAUSE_START.split(text_before(sentence, raw).rstrip())[-1]
    return AVERAGE.search(clause) is not None


def _ratio(name: str) -> bool:
    """The indicator's name ends in a ratio's head noun (RATIO_HEAD), its bracketed notes left out."""
    return RATIO_HEAD.search(BRACKETED.sub("", name).strip()) is not None


def _fractional_count(i) -> bool:
    """A result written with decimals in a bare counter (12.5场次), no scale word on it, on a row that
    counts no average or ratio: neither its name nor the scope before its figures says one (人均, 每村;
    a name headed 率 / 密度 / 比), its target's unit is no unit per something (人/平方公里), and its
    target in the same unit is whole. Any other note (a unit taken from the target, a repaired slip)
    leaves the count what it is."""
    a, t = i.actual.q, i.target.q
    if not (a.numeric and a.op == "=" and a.scale == 1 and a.places and a.value != a.value.to_integral()
            and counts_things(a.unit)):
        return False
    if AVERAGE.search(f"{i.level3 or ''}{a.note}{t.note}") or _ratio(i.level3 or "") or PER_UNIT.search(t.unit or ""):
        return False
    return not (t.numeric and t.unit == a.unit and t.places and t.value != t.value.to_integral())


def one_key_off(a: str, b: str) -> bool:
    """b is a typed once wrong: one character added, dropped or changed, or two beside each other
    swapped. A Chinese character added or dropped only where it doubles its neighbour (平方方米): one
    added after a unit is what the figure counts (3000亩地), not a slip of the unit."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        apart = [k for k in range(len(a)) if a[k] != b[k]]
        return len(apart) == 1 or len(apart) == 2 and apart[1] == apart[0] + 1 and \
            a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    if short != long_[:k] + long_[k + 1:]:
        return False
    extra = long_[k]
    if re.match(r"\p{Han}", extra):
        return (k > 0 and long_[k - 1] == extra) or (k + 1 < len(long_) and long_[k + 1] == extra)
    return True


def _written_unit(x) -> str:
    """The unit a figure is written with: its raw text's where the reading put another in its place (a
    unit typed twice read as the other figure's), else the reading's."""
    q = x.q
    if x.raw and q.numeric:
        w = parse(x.raw)
        if w.numeric and w.value == q.value and w.unit:
            return w.unit
    return q.unit


def _told_in_unit(recs: DocRecords, a, au: str, tu: str) -> str | None:
    """The result's figure as written (4.12万 of 4.12万分) in the target's unit (4.12万份), in a paragraph or a cell
    of the document other than the result's own, not run into a longer figure: that text, or None. Single Chinese
    characters only (份 / 分, the same sound): a unit of more is JX802's grammar's."""
    raw = normalize_ws(a.raw).replace(" ", "")
    if len(au) != 1 or len(tu) != 1 or not re.fullmatch(r"\p{Han}", au) or not raw.endswith(au):
        return None
    figure = raw[:-len(au)]
    if not re.search(r"\d", figure):
        return None
    told = re.compile(r"(?<![\d.])" + re.escape(figure) + r"\s*" + re.escape(tu))
    for text, loc in list(recs.paragraphs) + list(recs.cells):
        if loc == a.loc:
            continue
        if told.search(normalize_ws(text).replace(" ", "")):
            return figure + tu
    return None


@rule("JX802", "unit-typo", "low", "目标值与实际完成值的单位只差一个字符且不能换算，疑为笔误",
      """
A target and its result measure one thing in one unit, or in units that convert (万人次 and 人次,
km and m, 吨 and 千克: both units the grammar knows, on known scales). Where the two are written in
units one keystroke apart (a letter added, dropped or changed, two swapped) and only one of them is
a unit at all, the other is a slip of the hand: 经果林 32.49hmm against the target 32.49hm (hm, a
hectare's hm² without its power, is a unit by the SI grammar; hmm is none). The unit is read as
written, before the reader put the other figure's in its place. Two units both known (人 and 人次,
% and 分) are what the row says, not a slip, unless each is one character and the document writes the
result's own figure in the target's unit elsewhere (4.12万分 against ≥4万份, the summary's 4.12万份: 分 for 份,
one sound); a unit of its own the grammar does not know, written
the same on both sides, is no finding here. A scanned page's unit one character off is the
recogniser's, said by the reader, not flagged, unless the reader kept it as read because OCR was sure
of its cell (Indicator.unit_as_printed: 12.6万屯 read at 0.998 beside ≥12万吨): that is the print's slip.
""", good="经果林：目标 32.49hm，实际 32.49hm；治理面积：目标 ≥2km²，实际 2100m²",
      bad="经果林：目标 32.49hm，实际 32.49hmm；修建道路：目标 ≥5公里，实际 5.2公理")
def unit_typo(recs: DocRecords, r):
    for i in recs.indicators:
        t, a = i.target, i.actual
        if (recs.ocr or i.ocr_confidence is not None) and not i.unit_as_printed or not (t.q.numeric and a.q.numeric):
            continue
        tu, au = _written_unit(t), _written_unit(a)
        if not (tu and au) or not one_key_off(tu, au):
            continue
        if reads_as_unit(tu) and reads_as_unit(au):
            # two known units of one character each (份 and 分): the row's, unless the document writes the
            # result's own figure in the target's unit elsewhere (4.12万分 beside ≥4万份, 4.12万份 in the summary)
            if (told := _told_in_unit(recs, a, au, tu)) is not None:
                yield r.flag(recs, f"“{i.level3}”目标值“{t.raw}”与实际完成值“{a.raw}”的单位“{tu}”“{au}”只差一个字符且不能换算，"
                                   f"文中另处写为“{told}”，实际完成值的单位“{au}”疑为“{tu}”的笔误。",
                             [a.loc, t.loc], f"{t.raw} / {a.raw}", stated=a.raw, expected=tu)
            continue
        if reads_as_unit(tu) == reads_as_unit(au):
            continue
        wrong, right = (au, tu) if reads_as_unit(tu) else (tu, au)
        side = "实际完成值" if wrong == au else "目标值"
        yield r.flag(recs, f"“{i.level3}”目标值“{t.raw}”与实际完成值“{a.raw}”的单位“{tu}”“{au}”只差一个字符且不能换算，"
                           f"{side}的单位“{wrong}”不是计量单位，疑为“{right}”的笔误。",
                     [a.loc if wrong == au else t.loc, t.loc if wrong == au else a.loc],
                     f"{t.raw} / {a.raw}", stated=a.raw if wrong == au else t.raw, expected=right)
