"""Figures stated in sentences: the number, what it is about (its subject key), the sentence."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex as re

from jixiao.extract import Document, Paragraph

from .quantity import ALONE_AFTER, ALONE_BEFORE, GROUPED, PREFIX_OP, figure_end, halfwidth, parse, unit_ends_word
from .quantity import FILLER_WORDS as QUANTITY_FILLER
from .records import ProseFigure
from .subjects import tokens

# A number in a sentence; thousands grouped by commas (1,061.57: quantity.GROUPED, a comma elsewhere
# is punctuation) or, in typeset text, by spaces (1 061.57). Sentences are matched after NFKC, so
# full-width digits and points (９０６．５１) read whole.
# An operator written against the figure (≥90%, 不低于95%, 至少1200人次, 90%以上) belongs to it: a bound
# is not a figure equal to its number. Its words are the cells' operator grammar (quantity.PREFIX_OP),
# its unit read by quantity's grammar (figure_end).
NUMBER = re.compile(rf"(?:{PREFIX_OP}\s*)?"
                    rf"{ALONE_BEFORE}({GROUPED}|\d{{1,3}}(?: \d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?){ALONE_AFTER}")
# A bound written after the figure (90%以上, 90分（含）以上 with its inclusive mark) belongs to it too.
BOUND_AFTER = re.compile(r"(?:\s*[（(]\s*含\s*[)）]\s*)?(?:及以上|以上|及以下|以下)|左右")
# A month or a day of the calendar (每年3月、9月份, 6日至8日) is a time, not a figure: a duration is
# written 个月 / 天. A year alone (2023年) parses as a date.
CALENDAR = ("月", "日", "号")
# The words that say which side of an indicator a figure is: the last one before it wins.
# 年初任务数 / 任务数: the plan a transfer's report compares its result with (063: 年初任务数101974人，
# 全年完成值103119人), the period before it part of the cue, not of the name.
TARGET_CUE = re.compile(r"(?:年初|年度)?目标值|指标值|年度目标|年初目标|目标|计划|预期|指标为|指标是|(?:年初|年度|全年)?任务数")
ACTUAL_CUE = re.compile(r"实际完成值|实际完成|完成值|实际值|实际|完成了|完成|达到|达")
NAME_BREAK = re.compile(r"[，,;；：:。]")   # not 、: 每年3月、9月份发放 is one name
# a list number opening a name; a year opening one (2022年校园维修资金) is no list number
NUMBERING = re.compile(r"^[\s(（]*(?:\d+(?![\d年])|[一二三四五六七八九十]+)[)）.、．]*\s*")
# A time word opening a name (全年, 年度 …) is an adverbial only where what follows it is one too, or a
# verb of reaching a figure (quantity.FILLER_WORDS: 全年共完成…, 全年累计…), or alone before its cue (全年完成培训…);
# before a noun phrase it is part of the indicator's name (全年缴费人数). The time word is a grammar (grammar23): a
# word of the whole or the present period (全 / 本 / 当 / 今) then 年, 度 after it or not (本年度, 全年度, 今年), or 年度
# alone; not 上年 / 去年, the year compared with, whose figure is no result of this one.
PERIOD_ADVERBIAL = r"(?:[全本当今]年度?|年度)"
FILLER_WORDS = re.compile(rf"^(?:{PERIOD_ADVERBIAL}+(?=(?!\s){QUANTITY_FILLER}|\s*$)|共|累计|其中)+")
SENTENCE = re.compile(r"[^。；;！？\n]+[。；;！？]?")
CLAUSE = re.compile(r"[，,、：:（）()]")

# The subject a figure is about, by the last of these words before it in its clause.
SUBJECTS = {
    "执行率": "执行率", "预算执行率": "执行率", "完成预算": "执行率",
    "预算": "预算", "预算数": "预算", "预算安排": "预算",
    # money allocated to the project (安排/下达资金): its budget as a rate's base, but often one
    # source of several (省级下达50万元，县级配套10万元), so not compared with the table's budget
    "安排": "下达", "安排资金": "下达", "下达": "下达", "下达资金": "下达", "资金总额": "预算", "项目支出预算": "预算",
    "拨付进度": "执行率", "支付进度": "执行率", "执行进度": "执行率",   # 资金拨付进度100% (Hunan 2020)
    "支出进度": "执行率", "支出率": "执行率", "支付率": "执行率",
    "已支付": "执行", "累计支付": "执行", "支付": "执行", "累计支出": "执行", "完成支出": "执行", "实际使用": "执行",
    "拨付": "执行", "拨付资金": "执行", "执行": "执行", "执行数": "执行", "实际支出": "执行", "实际完成额": "执行", "完成额": "执行", "执行资金": "执行", "执行完成": "执行", "资金支出": "执行", "支出决算": "执行",
    "到位": "到位", "到位资金": "到位", "实际到位": "到位", "资金到位": "到位",   # money arrived (实际到位资金)
    "参保人数": "参保人数", "结转结余": "结转结余",
    "基本支出": "基本支出", "项目支出": "项目支出", "人员经费": "人员经费", "公用经费": "公用经费",
    "日常公用经费": "公用经费", "收入总计": "收入总计", "支出总计": "支出总计", "本年收入": "本年收入",
    "本年支出": "本年支出", "三公经费": "三公经费", "公务接待费": "公务接待费", "机关运行经费": "机关运行经费",
    "自评得分": "得分", "自评得": "得分", "得分": "得分", "得": "得分", "总得分": "得分", "综合得分": "得分",
    "评价得分": "得分", "绩效得分": "得分", "满意度": "满意度", "知晓率": "知晓率", "参保率": "参保率",
    "办件率": "办件率", "办结率": "办结率", "财政拨款": "财政拨款",
    # the weight: 得该项分值的80% is a share of the weight, not a score; 满分 the points a score is out of
    # (单项指标得分满分100分), the last word naming the figure
    "分值": "分值", "权重": "分值", "满分": "分值",
}


# A list enumerator glued to the figure after it: "3.12个乡镇完成建设" is item 3 and 12 of them.
# Numbering (1. 2. 3、 (1) ①) at the start of a line, sentence or clause is never part of a figure.
GLUED = re.compile(r"(?:^|(?<=[。；;：:！？\n]))(\s*)(\d{1,2})[.．](?=\d)")
ENUMERATOR = r"(?:^|(?<=[。；;：:！？\n]))\s*{n}\s*(?:、|[.．](?!\d+(?:\.\d+)?\s*(?:%|万元|亿元|元)))"
# A scale word closing a figure with no unit after it (资金300万，年初目标值300万): the figure's
# magnitude, read as written (300万: 3000000, no unit), where a clause or sentence ends or a bound
# follows; 300万元 and 3万人次 are read by their units (figure_end), 300万余 is left alone.
SCALE_ALONE = re.compile(r"\s*(?:百万|千万|万|亿)(?=\s*(?:[，,;；。：:！？)）]|$|" + BOUND_AFTER.pattern + "))")
COUNT_AFTER = re.compile(r"\d+\s*(?:人次|人|家|个|次|笔|户|件|项|名|所|场|台|套|批|份|村|乡镇|条|处|座|期)(?!百分点)")


@lru_cache(maxsize=1 << 14)   # a pure function of its text: prose and the rules unglue every paragraph of every reading
def unglue(text: str, last: int | None = None) -> str:
    """The text with the point of each glued enumerator written as 、 (one character for one, so
    positions stay those of the text as written). "N.M" at the start of a line or clause is item N
    when what follows is a count (a count has no fraction), when the numbering before it reached
    N-1 (`last`, or an earlier item of the same text), or when item N+1 follows in the text."""
    out = list(halfwidth(text))
    plain = "".join(out)
    for m in GLUED.finditer(plain):
        n = int(m.group(2))
        point = m.end() - 1
        seen_before = last == n - 1 or (n > 1 and re.search(ENUMERATOR.format(n=n - 1), plain[:m.start()] or " "))
        follows = re.search(ENUMERATOR.format(n=n + 1), plain[m.end():]) is not None
        if COUNT_AFTER.match(plain, point + 1) or seen_before or follows:
            out[point] = "、"
    return "".join(out)


_ITEM_NUMBER = re.compile(r"(?:^|(?<=[。；;！？]))\s*(\d{1,2})\s*(?:、|[.．](?!\d))")


@lru_cache(maxsize=1 << 14)   # asked of every paragraph unglue_all reads, as unglue is
def leading_number(text: str) -> int | None:
    """The number a line opens with (1. / 2、 / 3．), the last one of its inline items if it has some."""
    nums = [int(m.group(1)) for m in _ITEM_NUMBER.finditer(halfwidth(text))]
    return nums[-1] if nums else None


def unglue_all(texts: list[str]) -> list[str]:
    """unglue() over consecutive paragraphs, each knowing where the numbering before it stood."""
    out, last = [], None
    for t in texts:
        u = unglue(t, last)
        out.append(u)
        n = leading_number(u)
        last = n if n is not None else last
    return out


# A share told of a whole (占执行资金的87.0%, 占比): the part's share, not a figure of the whole it names.
# Not 占地面积: the share's words end at 的 / 比 / 比例 / 比重 (or 占 itself) right before the figure.
SHARE_OF = re.compile(r"占(?:[^\d，,。；;]*?(?:的|比例|比重|比))?\s*(?:为|是|达到?)?\s*$")


def subject_of(clause_before: str) -> str:
    """The subject key of a figure from the words before it in its clause ('' if none, and for a
    share: SHARE_OF)."""
    if SHARE_OF.search(clause_before):
        return ""
    found, words = "", tokens(clause_before)
    for k, w in enumerate(words):
        if w in SUBJECTS:
            found = SUBJECTS[w]
            if k + 1 < len(words) and words[k + 1] in ("收入", "支出"):
                found += words[k + 1]  # 财政拨款收入 and 财政拨款支出 are different figures
        elif w.endswith("率") and len(w) >= 2 and not found:
            found = w
    return found


CLAUSE_MARK = re.compile(r"[。；;，,]")
HAN = re.compile(r"\p{Han}")


@lru_cache(maxsize=1 << 14)   # asked of every cell by each check that reads paragraphs (rules.common.plain_paragraphs)
def running_text(text: str) -> bool:
    """A table cell written as running text (完成情况1：举办培训班，培训林农1.26万人次。), not a label or a
    figure: clauses (a stop, a semicolon or a comma) and more words than a name holds (eight Chinese
    characters or more). Its figures are read as a paragraph's (DocRecords.cell_prose)."""
    return bool(CLAUSE_MARK.search(text)) and len(HAN.findall(text)) >= 8


# A passage quoted from another paper (a review's 评价意见, a 批复): opening quotes whose words end a
# sentence before the closing ones (“抽查地块12个…。项目第三方评价得分94.50分，等级为优。”); a quoted name or
# slogan (“一点多能”, “十四五”) ends none. Its figures are that paper's statements, not the report's own.
QUOTED_PASSAGE = re.compile(r"[“「『][^“”「」『』]*?[。！？；;][^“”「」『』]*[”」』]")


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """The spans of QUOTED_PASSAGE in a paragraph; none where its “ ” do not take turns from an opening one
    (a pair set the wrong way round, ”放管服“改革…。全年执行数为…。加强”管理“: a passage would run from the
    first pair's close to the next one's and take the report's own sentences for a quotation)."""
    marks = [ch for ch in text if ch in "“”"]
    if any(ch != "“”"[k % 2] for k, ch in enumerate(marks)):
        return []
    return [m.span() for m in QUOTED_PASSAGE.finditer(text)]


def read_prose(doc: Document, name: str) -> list[ProseFigure]:
    out: list[ProseFigure] = []
    paras = [p for p in doc.blocks if isinstance(p, Paragraph)]
    for p, unglued in zip(paras, unglue_all([p.text for p in paras])):
        quoted = quoted_passages(unglued)
        for sm in SENTENCE.finditer(unglued):
            lead = len(sm.group(0)) - len(sm.group(0).lstrip())
            sentence = p.text[sm.start() + lead:sm.end()].strip()
            # ９０６．５１ reads whole, 3.12个 is item 3 and 12 of them; positions stay those of the sentence
            plain = sm.group(0)[lead:].strip()
            figs, prev_end = [], 0
            for m in NUMBER.finditer(plain):
                if any(a <= sm.start() + lead + m.start() < b for a, b in quoted):
                    continue
                end = figure_end(plain, m.end())
                if end == m.end() and (alone := SCALE_ALONE.match(plain, end)):
                    end = alone.end()
                if end == m.end():
                    continue    # a bare number: no unit says what it counts
                if (b := BOUND_AFTER.match(plain, end)):
                    end = b.end()
                clause_start = max([x.end() for x in CLAUSE.finditer(plain, 0, m.start())], default=0)
                before = plain[clause_start:m.start()]
                q = parse(plain[m.start():end])
                if not q.numeric or q.unit in CALENDAR or not unit_ends_word(plain, m.start(), end):   # 5.638 项目类别
                    continue
                q = replace(q, raw=sentence[m.start():end])   # as written (positions are one for one)
                figs.append((ProseFigure(doc=name, subject=subject_of(before), q=q, sentence=sentence, loc=p.loc,
                                       at=m.start()),
                             plain[prev_end:m.start()]))
                prev_end = end
            out += _indicator_results(figs)
    return out


def _side(text: str) -> tuple[str, int]:
    """The side the last cue in `text` names, and where that cue starts (-1 when none)."""
    t = [m for m in TARGET_CUE.finditer(text)]
    a = [m for m in ACTUAL_CUE.finditer(text)]
    last_t, last_a = (t[-1].start() if t else -1), (a[-1].start() if a else -1)
    if last_t < 0 and last_a < 0:
        return "", -1
    return ("target", last_t) if last_t > last_a else ("actual", last_a)


def names_target(before: str) -> bool:
    """Whether the last cue in the figure's own clause (of `before`, the words before it) names a target
    (较目标值30%, 计划 …): a figure set, not measured, and so exact as written."""
    return _side(CLAUSE.split(before)[-1])[0] == "target"


def indicator_name(words: str) -> str:
    """An indicator's name as a sentence writes it before its cue: its list number and filler words
    (全年, 累计 …) left out, and the punctuation around it."""
    return FILLER_WORDS.sub("", NUMBERING.sub("", words)).strip(" ,，、:：;；")


def name_before(words: str) -> str:
    """The indicator's name in the words before a cue or a figure: the last piece between name
    breaks (brackets alone are no piece), as indicator_name cleans it."""
    pieces = [x for x in NAME_BREAK.split(words) if x.strip(" （）()")]
    return indicator_name(pieces[-1] if pieces else "")


# The words naming a rate of completion (完成率, 达成率): the result over the target.
COMPLETION_RATE = ("完成率", "达成率", "实现率", "完成比例", "完成进度")


def _indicator_results(figs: list) -> list[ProseFigure]:
    """A sentence that states an indicator's target and its result (年初目标值≥90%，实际完成值≥90%;
    全年完成培训1200人次，目标1000人次): each pair of figures of one unit gets its side and the
    indicator's name, the words before the first cue of the pair. Where a rate of completion follows
    the two in the next clause (…，完成率102.5%), a figure of the target's unit beside the target with no
    cue of its own is the result the rate compares (受益学生2.46万人，年度目标2.4万人)."""
    sides = [_side(gap) for _, gap in figs]

    def rate(j: int) -> bool:
        return j < len(figs) and figs[j][0].q.unit == "%" and figs[j][0].subject.endswith(COMPLETION_RATE) and \
            len(CLAUSE_MARK.findall(figs[j][1])) <= 1

    for k, (f, gap) in enumerate(figs):
        if sides[k][0] or rate(k):
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(figs) and sides[j][0] == "target" and figs[j][0].q.unit == f.q.unit and rate(max(j, k) + 1):
                sides[k] = ("actual", len(gap))    # the cue is the rate's: the name is the words before the figure
    out = [f for f, _ in figs]
    k = 0
    while k + 1 < len(figs):
        (f, gap), (g, _) = figs[k], figs[k + 1]
        (s1, at), (s2, _) = sides[k], sides[k + 1]
        if {s1, s2} == {"target", "actual"} and f.q.unit == g.q.unit:
            head = name_before(gap[:at])
            if not head:    # 全年完成培训1200人次: the name follows the cue
                cue = (TARGET_CUE if s1 == "target" else ACTUAL_CUE).search(gap[at:])
                head = gap[at + cue.end():].strip(" ,，、:：为是") if cue else ""
            if not head and k > 0 and not sides[k - 1][0] and figs[k - 1][0].q.unit == f.q.unit:
                # 资金300万，年初目标值300万，实际完成值300万: the name is told with a figure of its own
                # just before the pair (no cue, the pair's unit), the words before that figure
                head = name_before(figs[k - 1][1])
            out[k] = replace(f, role=s1, indicator=head)
            out[k + 1] = replace(g, role=s2, indicator=head)
            k += 2
        else:
            k += 1
    return out
