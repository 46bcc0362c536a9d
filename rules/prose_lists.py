"""Amounts listed in prose and their stated total (共计 / 合计 / 总计 / 分别为)."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.normalize import DocRecords
from jixiao.normalize.quantity import ALONE_BEFORE, halfwidth, parse
from jixiao.normalize.script import matching

from .common import NUM, num, plain_paragraphs, total_rounding, written_like
from .interval import Interval, total
from .registry import rule

MONEY = re.compile(NUM + r"\s*(万元|亿元|元)")
TOTAL_AFTER = re.compile(r"(?:共计|合计|总计|累计|总共)(?:[^\d，,。；;]{0,16}?)" + NUM + r"\s*(万元|亿元|元)")
EACH = re.compile(NUM + r"\s*(万元|亿元|元)[^。；;]{0,40}?分别(?:为|是|用于)")
# "X万元，其中：A万元，B万元": the whole, then its parts in the same sentence.
WHOLE_THEN_PARTS = re.compile(NUM + r"\s*(万元|亿元|元)[^；;\d]{0,12}?其中\s*[：:，,]?")
TOTAL_WORD = re.compile(r"共计|合计|总计|累计|总共|小计")
CHANGE = re.compile(r"增加|减少|增长|下降|同比|比上年|较上年|上升|节约|结余|超支|调减|调增|调整")
MASKED = re.compile(r"(?<![\d.]\s*)(?:万元|亿元)|\*{2,}|略")
# Words that refer back to the items before (以上, 上述, 前述, 上列 …各项): the total's clause, no item of its own.
BACK_REFERENCE = re.compile(r"^\s*(?:以上|上述|前述|上列)(?:各项|\d+项|[一二三四五六七八九十]项)?(?:资金|金额|费用|支出)?\s*$")
# The same, or the items' count alone (四项合计, 以上4项合计): the total's own clause before its word, no item.
COUNTED_ITEMS = re.compile(r"^\s*(?:(?:以上|上述|前述|上列)?(?:各项|\d+项|[一二三四五六七八九十]项)|以上|上述|前述|上列)"
                           r"(?:资金|金额|费用|支出)?\s*$")
ITEM_SEP = re.compile(r"[；;]|(?=[①②③④⑤⑥⑦⑧⑨⑩])|(?<=[。])")


def _money(number: str, unit: str):
    return parse(number + unit)


def _items_before(text: str, end: int) -> list:
    """The amounts of a list that ends at `end`: walking back over ；-separated (or ①-numbered)
    items that hold exactly one amount each; stops at the first item that does not."""
    segments = [s for s in ITEM_SEP.split(text[:end]) if s.strip()]
    if segments and BACK_REFERENCE.match(segments[-1]):
        # "；以上共计X万元": the total's own clause names the items before it, those of its own sentence
        segments.pop()
        ended = [k for k, seg in enumerate(segments) if re.search(r"[。！？]\s*$", seg)]
        segments = segments[ended[-1] + 1:] if ended else segments
    items = []
    for seg in reversed(segments):
        found = list(MONEY.finditer(seg))
        if len(found) != 1:
            break
        items.append(_money(found[0].group(1), found[0].group(2)))
    return list(reversed(items))


# Clauses that state another measure of the same money (预算 50, 支出 48 …): not parts of a sum.
NOT_A_PART = re.compile(r"预算|执行|支出|结余|结转|节约|到位|拨付|支付|完成|增加|减少|增长|下降")


def _clauses_before(text: str, end: int) -> tuple[list, int]:
    """The amounts of a list within one sentence that ends at `end` (中央资金30万元、省级资金20万元，
    共计50万元): walking back over clauses split by 、 or ，, each a label and exactly one amount,
    none another measure of the money (预算, 支出 …). Returns the amounts and how many make a list:
    two when 、 separates them all, three otherwise."""
    start = max(text.rfind(ch, 0, end) for ch in "。；;：:") + 1
    pieces = re.split(r"([，、]|(?<!\d),|,(?!\d))", text[start:end])   # 1,051.20's comma groups digits
    clauses, seps = pieces[0::2], pieces[1::2]
    while clauses and (not clauses[-1].strip() or (len(clauses) > 1 and COUNTED_ITEMS.match(clauses[-1]))):
        clauses.pop()   # an empty clause, or the total's own (…70.00万元，四项合计): no item
        seps = seps[:len(clauses) - 1] if len(clauses) > 1 else []
    items, used = [], []
    for k in range(len(clauses) - 1, -1, -1):
        found = list(MONEY.finditer(clauses[k]))
        label = clauses[k][:found[0].start()] if len(found) == 1 else ""
        if len(found) != 1 or not re.search(r"\p{Han}", label) or NOT_A_PART.search(label) or \
                clauses[k][found[0].end():].strip():
            break
        items.append(_money(found[0].group(1), found[0].group(2)))
        if k < len(clauses) - 1:
            used.append(seps[k])
    least = 2 if used and all(x == "、" for x in used) else 3
    return list(reversed(items)), least


@rule("JX604", "prose-list-total", "medium", "文中列举的金额之和不等于所写的共计/合计",
      """
Amounts listed item by item in a paragraph (separated by ；, or numbered ①②…; or within one
sentence, each clause a label and one amount, by 、 from two items or by ， from three), followed
by 共计 / 合计 / 总计 X, must add up to X (not 共计节约 X, a difference); so must the amounts after "X万元，分别为…". Listed
amounts are exact as written; the total may differ by its own rounding only where it is written
to fewer places than its parts. A list needs at least three items. The parts named after
"X万元，其中：" (two or more, a change such as 同比增加 left out, ending at a clause between them that
states another measure of the money such as 预算执行率…; in the sentence or one per line
below a paragraph that ends in 其中：, or in brackets after X, 全年预算数X万元（其中A万元、B万元）, up to the
closing bracket) may not add up to more than X; they may add up to less,
since 其中 need not name every part, unless they are every part (基本支出 = 人员经费 + 公用经费);
where a 合计 closes them ("其中：A，B，合计C") they add up to C. Parts named by their purpose
after the amount, one to a clause (共完成预算资金X万元。其中：A万元用于…；B万元用于…；C万元用于…),
are the uses of money spent, allocated or arrived (完成, 支出, 下达, 安排, 到位 …) and must make X
exactly; so must the sources of money that arrived (实际到位资金X万元，其中省财政A万元，其它B万元;
下达资金X万元，其中：中央资金A万元，省级资金B万元，已足额到位: the arrival said after the sources).
A part after 其中 whose label ends in a verb of reduction (…补偿资金调减2.66万元; 核减, 扣减, 减少, 扣回, 收回 …)
is taken off the whole, its amount counted negative, unless the parts make the whole with it counted as a share
of it (支出8万元，结余资金收回2万元，合计10万元); one told against another year or figure (较上年减少, 同比减少) is a
change, no part.
""", good="慈善会项目40万元；……；基本公共卫生服务项目3万元。共计下达3580.69万元（各项之和 3580.69）",
      bad="A项目40万元；B项目2.75万元；C项目25.85万元。共计70万元（各项之和 68.6）")
def prose_list_total(recs: DocRecords, r):
    paragraphs = recs.paragraphs
    # a table cell of running text (实际完成情况: 资金用于A…、B…，合计X) lists amounts as a paragraph does
    for n, (plain, text, loc) in enumerate(plain_paragraphs(recs, cells=True)):
        wholes = list(WHOLE_THEN_PARTS.finditer(plain))
        for m in TOTAL_AFTER.finditer(plain):
            if any(w.end() <= m.start() < _sentence_end(plain, w.end()) for w in wholes):
                continue   # a 合计 after "X万元，其中：…" adds up those parts (below)
            if CHANGE.search(m.group(0)):
                continue   # 共计节约2万元: a difference, not a sum
            items = _items_before(plain, m.start())
            least = 3
            if len(items) < 3:
                items, least = _clauses_before(plain, m.start())
            # the total named by its words (共计, 合计下达), its amount given once in the message
            word = plain[m.start():m.start(1)].strip(" :：") or m.group(0)
            yield from _check(recs, r, loc, text, items, _money(m.group(1), m.group(2)), word, min_items=least)
        for m in EACH.finditer(plain):
            rest = re.split(r"[。；;]", plain[m.end():], maxsplit=1)[0]
            items = [_money(a, u) for a, u in MONEY.findall(rest)]
            yield from _check(recs, r, loc, text, items, _money(m.group(1), m.group(2)), _whole_name(plain, m))
        for k, m in enumerate(wholes):
            end = wholes[k + 1].start() if k + 1 < len(wholes) else len(plain)
            rest = re.split(r"[。；;]", plain[m.end():end], maxsplit=1)[0]
            if re.search(r"[（(][^）)]*$", m.group(0)) and (close := re.search(r"[）)]", rest)):
                rest = rest[:close.start()]   # "X万元（其中A万元、B万元），全年执行数Y万元": the bracket holds the parts
            whole = _money(m.group(1), m.group(2))
            head = re.split(r"[，,。；;：:]", plain[:m.start()])[-1]
            name = _whole_name(plain, m)
            if not rest.strip() and k + 1 == len(wholes):
                # "基本支出814.46万元，其中：" ends the paragraph; the parts are the next lines
                items, labels, locs, texts = _parts_below(paragraphs, n + 1)
                complete = _complete(head, labels)
                yield from _check(recs, r, [loc] + locs, " / ".join([text.strip()] + texts), items, whole, name,
                                  partial=not complete, min_items=2)
                continue
            if MASKED.search(rest):
                continue   # a part whose amount the copy hides (点击查看>> 万元): no sum to check
            items, labels, subtotal = _parts(re.sub(r"[（(][^）)]*[）)]", "", rest))   # (含…1436.8万元) is inside a part
            uses = False
            if subtotal is None and len(items) <= 1:
                # "其中：A万元用于…；B万元用于…；C万元用于…": one part to each ；-separated clause, each
                # with its purpose text, up to the end of the sentence
                items, labels, subtotal, uses = _parts_by_clause(plain[m.end():_period(plain, m.end(), end)])
            if subtotal is not None:
                # "其中：A，B，合计C": the parts named add up to the C they state
                word, mm = subtotal
                yield from _check(recs, r, loc, text, items, _money(mm.group(1), mm.group(2)), word, min_items=2)
            else:
                complete = _complete(head, labels) or (uses and SPENT.search(head) is not None) or \
                    _sources(matching(head + "；" + rest), labels)
                yield from _check(recs, r, loc, text, items, whole, name, partial=not complete, min_items=2)


def _whole_name(plain: str, m) -> str:
    """The whole as a message names it: the words of its clause before its amount (项目全年预算600.00万元，其中… ->
    项目全年预算), not the amount and the 其中 / 分别为 that follows; the match itself where no words precede it."""
    head = re.split(r"[，,。；;：:]", plain[:m.start()])[-1].strip()
    return head if re.search(r"\p{Han}", head) else m.group(0)


def _period(text: str, start: int, end: int) -> int:
    m = re.compile(r"[。！？]").search(text, start, end)
    return m.start() if m else end


# "A万元用于…": a part named by its purpose after the amount.
PURPOSE = re.compile(r"^\s*(?:主要|全部|分别)?(?:用于|用作|用来|投入|支付|购买|购置|发放|补助|拨付给|拨付至|安排给|安排用于)")
# The whole that a list of uses must make: money spent, allocated or arrived, not a budget's part.
SPENT = re.compile(r"完成|执行|支出|使用|下达|安排|到位|拨付|支付|投入")
# Sources of money (实际到位资金X万元，其中省财政A万元，其它B万元): every source named makes the whole.
# A level of government is one of the administrative tiers (省 / 自治区, 市 / 州 / 盟, 县 / 旗 / 区, 乡 / 镇 / 苏木),
# 级 after it or not.
LEVEL = r"(?:中央|(?:省|自治区|自治州|自治县|自治旗|市|州|盟|地区|县|旗|区|乡|镇|苏木)级?|本级|上级|地方)"
SOURCE = re.compile(r"^(?:其中)?[:：]?\s*(?:" + LEVEL + r"|财政|自筹|社会|银行|企业|单位|其他|其它|群众|部门|专项|配套)")


def _sources(sentence: str, labels: list[str]) -> bool:
    """The parts are the sources of money that arrived (到位 / 来源 / 筹集), said before the parts or
    after them in the same sentence (下达资金X万元，其中：中央资金A万元，省级资金B万元，已足额到位):
    they make the whole."""
    return bool(re.search(r"到位|来源|筹集|落实", sentence)) and len(labels) >= 2 and \
        all(SOURCE.match(x.strip()) for x in labels)


def _parts_by_clause(rest: str):
    """The parts of "其中：A万元用于…；B万元用于…" (or split by ，/、), one amount to a clause, each
    named by its purpose after the amount; stops at the first clause that is not such a part.
    Returns items, labels, the closing 合计 if any, and whether they are uses of the money."""
    items, labels, uses = [], [], True
    for clause in re.split(r"[；;，,、]", rest):
        if not clause.strip():
            continue
        found = list(MONEY.finditer(clause))
        if len(found) != 1:
            break
        mm = found[0]
        before, after = clause[:mm.start()].strip(" :：其中"), clause[mm.end():]
        if (w := TOTAL_WORD.search(before)):
            return items, labels, (w.group(0), mm), uses
        if CHANGE.search(before):
            break
        if not PURPOSE.match(after) or re.search(r"\p{Han}", before):
            break   # only parts named by their use run on past a ；: a labelled clause may be another list
        labels.append(after.strip())
        items.append(_money(mm.group(1), mm.group(2)))
    return items, labels, None, uses and len(items) >= 2


# Breakdowns that name every part: 基本支出 is 人员经费 (人员支出) and 公用经费 (公用支出), nothing else.
COMPLETE = [(re.compile(r"基本支出"), [re.compile(r"人员(?:经费|支出)"), re.compile(r"公用(?:经费|支出)")])]


def _complete(head: str, labels: list[str]) -> bool:
    """The parts named are the whole's every part (COMPLETE): they must add up to it exactly."""
    for whole, parts in COMPLETE:
        if whole.search(head) and len(labels) == len(parts) and \
                all(any(p.search(x) for x in labels) for p in parts):
            return True
    return False


PART_LINE = re.compile(r"^[\s(（]*(?:\d+|[一二三四五六七八九十]+)?[)）.、．]*\s*(\p{Han}[^，,。；;：:\d]{0,15}?)\s*[：:]?\s*"
                       + NUM + r"\s*(万元|亿元|元)")


def _parts_below(paragraphs, start: int):
    """Parts written one per line under "X万元，其中：": each line opens with its label and amount
    (人员经费740.22万元，主要包括…); the first line that does not ends them."""
    items, labels, locs, texts = [], [], [], []
    for text, loc in paragraphs[start:start + 12]:
        m = PART_LINE.match(halfwidth(text))
        if not m:
            break
        items.append(_money(m.group(2), m.group(3)))
        labels.append(m.group(1))
        locs.append(loc)
        texts.append(text.strip()[:80])
    return items, labels, locs, texts


SENTENCE_END = re.compile(r"[。；;]")


def _sentence_end(text: str, start: int) -> int:
    m = SENTENCE_END.search(text, start)
    return m.start() if m else len(text)


# A verb of reduction ending a part's label, right before its amount (补偿资金调减2.66万元): the morpheme 减, whatever
# verb it heads or ends (调减, 核减, 扣减, 压减, 冲减; 减少, 减掉, 减除, 减拨: the result after it), but 增减, which names
# no direction; or a verb of taking back (扣回, 收回, 追回, 退回, 缴回, 返回). A grammar of the verb, not a list of the
# labels it ends.
REDUCTION = re.compile(r"(?:(?<!增)减(?:少|掉|除|去|拨)?|[扣收追退缴返]回)(?:了|资金|金额|款)?\s*[:：]?\s*$")
# A change told against another period or figure (较上年减少, 比年初调减, 同比减少): a difference, no part.
COMPARED = re.compile(r"同比|环比|[比较](?:上年|去年|上一?年度|年初|预算|计划|上期|往年|\p{Han}{0,8}?(?=减|[扣收追退缴返]回))")


def _reduction(clause: str) -> bool:
    """The part's label says its amount is taken off the whole (国家级森林生态效益补偿资金调减2.66万元: an
    allocation cut back in a notice that also gives others): a verb of reduction ends it, and it names
    nothing it is compared with (较上年减少 is a change, not a part)."""
    return bool(REDUCTION.search(clause)) and not COMPARED.search(clause) and bool(re.search(r"\p{Han}", clause))


def _parts(rest: str):
    """The amounts after 其中, each with its own subject (a change such as 同比增加 189.25万元 is no
    part), their labels, and the 合计 / 共计 that closes them, if one does. The parts end at a clause
    between them that states another measure of the money (预算执行率…, 结余…). A part whose label ends
    in a verb of reduction (…资金调减2.66万元, _reduction) is taken off: its amount counts negative."""
    items, labels, start = [], [], 0
    for mm in MONEY.finditer(rest):
        pieces = re.split(r"[，,、：:]", rest[start:mm.start()])
        clause = pieces[-1]
        start = mm.end()
        if items and any(NOT_A_PART.search(x) for x in pieces[1:-1]):
            # a whole clause between two amounts that states another measure of the money (…县级资金A元，
            # 预算执行率98.73%，未支出B元): the parts ended before it
            break
        if (w := TOTAL_WORD.search(clause)):
            return items, labels, (w.group(0), mm)
        if _reduction(clause):
            q = _money(mm.group(1), mm.group(2))
            items.append(replace(q, value=-q.value) if q.numeric else q)
            labels.append(clause)
            continue
        if CHANGE.search(clause) or not re.search(r"\p{Han}", clause):
            continue
        items.append(_money(mm.group(1), mm.group(2)))
        labels.append(clause)
    return items, labels, None


def _check(recs, r, loc, text, items, whole, label, partial=False, min_items=3):
    """`partial`: the parts after 其中 need not name every part; only a sum above the whole is sure.
    `loc`: the paragraph, or the paragraphs the list runs over."""
    if len(items) < (2 if partial else min_items) or not whole.numeric or any(not q.numeric for q in items):
        return
    # Listed amounts are allocations, exact as written; the total may be rounded only where it is
    # written to fewer places than its parts (3.30亿元 for parts in 万元).
    computed = total(Interval.exact(q.value) for q in items)
    stated = Interval.of(whole.value, total_rounding(whole, items))
    if computed.overlaps(stated) or partial and computed.hi < stated.lo:
        return
    if any(q.value < 0 for q in items) and total(Interval.exact(abs(q.value)) for q in items).overlaps(stated):
        return   # a part taken back (结余资金收回2万元) may be a share of the whole, not taken off it: either reading
    scale = whole.scale
    unit = whole.raw.lstrip("0123456789.,")
    taken = sum(1 for q in items if q.value < 0)
    said = f"（其中 {taken} 项为调减等减项，按负数计）" if taken else ""
    if partial:   # parts after 其中, which need not name every part: found only above their whole
        message = (f"“{label}”写为 {whole.raw}，但其中列举的 {len(items)} 项金额{said}之和为 "
                   f"{written_like(computed.mid / scale, whole)}{unit}，超过总额 {written_like(abs(computed.mid - whole.value) / scale, whole)}{unit}。")
    else:
        message = (f"文中列举 {len(items)} 项金额{said}，之和为 {written_like(computed.mid / scale, whole)}{unit}，但“{label}”写为 "
                   f"{whole.raw}，相差 {written_like(abs(computed.mid - whole.value) / scale, whole)}{unit}。")
    yield r.flag(recs, message,
                 loc if isinstance(loc, list) else [loc], text.strip()[:300], stated=whole.raw,
                 expected=f"{num(computed.mid / scale)}{unit}",
                 tolerance=f"±{num(stated.half_width / scale, 4)}{unit}（合计的书写精度）" if stated.half_width else "")


# A count of things that may be named one by one (10个, 三座, 4 所): groups 1 and 2, the figure and its measure word;
# what names them follows (COUNT_NAMED, COUNT_BRACKETED).
_COUNT_OF_NAMED = ALONE_BEFORE + r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(个|项|家|所|类|条|名|位|支|座)"
# "直属事业单位10个，即A、B、C": a count, then the things it counts, named one by one; or the count
# opening a noun phrase that a colon closes, the names after it (完成了3个重点村落的整体保护提升：A、B、C).
# Or the count opening a longer noun phrase of what was done, a comma, then 分别为 / 分别是 / 即 naming them
# each (全年完成4座小型水库除险加固，分别为A水库、B水库): `phrase`, whose words must name the names' kind.
COUNT_NAMED = re.compile(_COUNT_OF_NAMED +
                         r"(?:[^。；;，,、\d]{0,4}?[，,：:]?\s*(?:即|分别是|分别为|包括|具体为)\s*[：:]?"
                         r"|[^。；;，,、：:\d]{0,20}?[：:]\s*"
                         r"|(?P<phrase>[^。；;，,、：:\d]{5,20}?)[，,]\s*(?:分别是|分别为|即)\s*[：:]?)(?P<names>[^。；;，,]+)")
# Or the count with a bracket that names what it counts, right after it (建成示范点4个（A镇、B镇、C镇）: its
# places, proper names of one kind: each of three characters or more, all ending in the same one; 20名（小学、初中）
# sorts them) or after the noun it counts (3个乡镇（A镇、B乡）: `phrase`, whose kinds the names must be); a bracket
# opening with 其中 / 含 names some of them only, and is no enumeration of the count.
COUNT_BRACKETED = re.compile(_COUNT_OF_NAMED +
                             r"(?P<phrase>\p{Han}{0,6}?)[（(]\s*(?!其中|含|包含|内含)(?:即|分别为|分别是|包括|具体为)?\s*[：:]?"
                             r"(?P<names>[^（()）。；;，,：:]+)(?=[)）])")
LAST_AND = re.compile(r"(?<=\p{Han})(?:和|及|以及|与)(?=\p{Han})")
# "在温泉镇、红山镇、杨柳湾镇共3个乡镇实施": the names first, then 共 and the count of them with the
# noun naming their kind; 共 may be left out where the count follows the last name at once (在小溪镇、国强乡2个乡镇).
# The noun may name a second kind in brackets after it (6个镇（街道）: towns, and subdistricts, 街道, counted with them).
# The first name runs back to the clause's start (在…): only the marks count.
NAMED_THEN_COUNT = re.compile(r"([^。；;，,、：:\d]{2,40}(?:、[^。；;，,、：:\d]{2,12})+)(?<![共合总]|[共合总]计)\s*(共计|共|合计|总计|)\s*"
                              r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(个|家|所|座|条|支)(\p{Han}{1,4}(?:[（(]\p{Han}{1,4}[)）])?)")


@rule("JX605", "count-of-named", "low", "所写个数与随后逐一列举的名称个数不符",
      """
A count followed by the things it counts, named one by one (10个，即A、B、C…; or after the
colon that closes the phrase the count opens: 完成了3个重点村落的整体保护提升：A、B、C; or after a comma
and 分别为 / 即 closing a longer phrase, where each name ends in a character of the phrase, naming its
kind: 完成4座小型水库除险加固，分别为A水库、B水库、C水库; or in a bracket right after the count, where
it lists proper names of one kind, each of three characters or more and all ending in the same one
(建成示范点4个（大东坝镇、新兴镇、古市镇）; not sorts of what is counted, such as 20名（小学、初中）); or in a
bracket after the noun it counts, naming its kinds (3个乡镇（A镇、B乡、C镇）); not a bracket opening with
其中 / 含, which names some of them only), must name as many as it says. So must a count written after
the names it counts, 共 marking it their total (在温泉镇、红山镇共2个乡镇实施; or the count right after the
last name, 在小溪镇、国强乡2个乡镇实施), where every name ends in a character of the counted noun (镇 or 乡
of 乡镇: names of its kinds, counted by the marks between them). A list ending in 等 need not name every
one: its count may be more than the names, never fewer (在A镇、…、F镇等5个镇: six named). Not checked
when a name holds a figure or is implausibly long (the list is not a plain enumeration).
""", good="内设机构3个，即办公室、预算股和国库股；完成了3个村落的保护：庙上村、北营村、曲村；在温泉镇、红山镇共2个乡镇实施；"
           "完成3座小型水库除险加固，分别为东庄水库、田家沟水库、高庄水库",
      bad="直属事业单位10个，即……（只列出 9 个名称）；完成了3个村落的保护：庙上村、北营村、曲村、人马寨村；"
          "在温泉镇、红山镇共3个乡镇实施；完成4座小型水库除险加固，分别为东庄水库、田家沟水库、高庄水库")
def count_of_named(recs: DocRecords, r):
    # a table cell of running text (a 偏差原因 cell: A乡、B乡、C镇2个乡镇…) names and counts as a paragraph does
    for plain, text, loc in plain_paragraphs(recs, cells=True):
        counts = set()      # a count read by both grammars is flagged once
        for m in [*COUNT_NAMED.finditer(plain), *COUNT_BRACKETED.finditer(plain)]:
            if m.start(1) in counts:
                continue
            names_text = m.group("names").strip()
            if re.search(r"\d", names_text):
                continue
            etc = "等" in names_text[-3:]      # not every one named: the count is at least the names
            if etc:
                names_text = names_text[:names_text.rindex("等")]
            names = _enumerated(names_text)
            n = parse(m.group(1) + m.group(2))
            if len(names) < 2 or not n.numeric or any(len(x) > 25 or len(x) < 2 for x in names) \
                    or not 2 <= n.value <= 30 or n.value == len(names) or etc and n.value > len(names):
                continue
            if m.group("phrase") and any(x[-1] not in m.group("phrase") for x in names):
                continue   # a longer phrase's names must be of its kind (…水库除险加固: A水库, B水库), or they list something else
            if m.re is COUNT_BRACKETED and not m.group("phrase") \
                    and (len({x[-1] for x in names}) > 1 or any(len(x) < 3 for x in names)):
                continue   # a bare bracket lists proper names of one kind (A镇、B镇), or sorts of them (小学、初中; 县级、乡级)
            counts.add(m.start(1))
            yield r.flag(recs, f"文中写“{m.group(1)}{m.group(2)}”，但随后列出的名称为 {len(names)} 个：{'、'.join(names)}。",
                         [loc], text.strip()[:300], stated=m.group(1) + m.group(2),
                         expected=f"{'≥' if etc else ''}{len(names)}{m.group(2)}")
        for m in NAMED_THEN_COUNT.finditer(plain):
            if (said := _count_after_names(m)) is None:
                continue
            names, kind, etc = said
            kind = text[m.start(5):m.start(5) + len(kind)]   # as written (plain's positions are the original's): 镇（街道）
            yield r.flag(recs, f"文中写“{m.group(2)}{m.group(3)}{m.group(4)}{kind}”，但其前列出的名称为 {len(names)} 个："
                               f"{'、'.join(names)}。", [loc], text.strip()[:300],
                         stated=f"{m.group(2)}{m.group(3)}{m.group(4)}{kind}",
                         expected=f"{m.group(2)}{'≥' if etc else ''}{len(names)}{m.group(4)}{kind}")


def _enumerated(text: str) -> list[str]:
    """The names of an enumeration: the marks 、 part them; 和 / 及 / 以及 / 与 joins only the last two (A、B和C),
    so inside an earlier name it is that name's own word (传染病及突发公共卫生事件报告和处理、中医药健康管理: one
    name each, 015's 12类 list)."""
    parts = [x.strip() for x in text.split("、")]
    return [x.strip() for x in parts[:-1] + LAST_AND.split(parts[-1], maxsplit=1) if x.strip()]


def _count_after_names(m) -> tuple[list[str], str, bool] | None:
    """The names before 共N个 and the noun of their kind (乡镇 of 共6个乡镇实施), where the names are of one kind: every
    one ends in the character the counted noun ends in (温泉镇 … of 乡镇), so the marks between them, not
    their words, count them; None where the count agrees or the names are no plain enumeration."""
    names = m.group(1).split("、")
    n = parse(m.group(3) + m.group(4))
    # 等 closing the names (A镇、B镇等6个镇): not every one need be named, but the count is at least the names
    etc = names[-1].endswith("等")
    names[-1] = names[-1].removesuffix("等")
    if etc and n.numeric and n.value >= len(names):
        return None
    noun = m.group(5)
    # 和 / 及 / 与 joins the last two names as 、 parts the rest (A镇、B镇和C镇): two names where both halves are names
    # (two characters or more) and the first ends in a character of the noun, as the second does (东和镇 stays one)
    if len(halves := LAST_AND.split(names[-1], maxsplit=1)) == 2 and all(len(x) >= 2 for x in halves) \
            and halves[0][-1] in noun:
        names[-1:] = halves
    # the noun of their kind runs to the last of its characters a name ends in: 乡镇 counts towns (镇) and
    # townships (乡) alike, so each name ends in a character of the noun, not one character for all
    ends = [k for k, c in enumerate(noun) if c in {x[-1] for x in names}]
    last = ends[0] if ends else None
    while last is not None and last + 1 in ends:
        last += 1      # the first run of them only: 镇 of 5个镇建设镇级服务站, not on to the words after it
    if ends and re.search(r"[（(]", noun):
        last = ends[-1]   # a second kind in brackets runs on past the bracket: 6个镇（街道）
    kind = noun[:last + 1] if ends else None
    if kind and re.search(r"[（(][^)）]*$", kind):
        kind = noun   # a second kind in brackets (6个镇（街道）: towns and subdistricts), its bracket closed as written
    if kind is None or any(x[-1] not in kind for x in names) or not n.numeric or not 2 <= n.value <= 30 \
            or n.value == len(names):
        return None
    names[0] = _first_name(names[0], max(len(x) for x in names[1:]))
    return names, kind, etc


# The words that open a clause's list of places or things (项目在A镇、B镇…; 工程覆盖A镇、B镇…; 惠及A村、B村…):
# prepositions and verbs of scope, the grammar of the clause, not the names.
LIST_OPENER = re.compile(r"在|于|覆盖|涉及|包括|包含|惠及|辐射|分布|位于|对|向|给|为|是|即|有")


def _first_name(head: str, longest: int) -> str:
    """The first name of a list whose run back to the clause's start took the clause's opening with it
    (本年度工程覆盖大塘埠镇 of 覆盖大塘埠镇、古陂镇…): the name after the first word that opens such a list and
    leaves a name of two characters or more, no longer than the longest other name and two; else the
    opening cut to the longest other name's length, marked as cut (…)."""
    if len(head) <= longest:
        return head
    for m in LIST_OPENER.finditer(head):      # the earliest that leaves a name: 在向阳镇 is 向阳镇
        rest = head[m.end():]
        if 2 <= len(rest) <= longest + 2:
            return rest
    return "…" + head[-longest:]
