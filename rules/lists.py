"""Lists: items against their 合计, the 合计 against the budget, serial numbers."""
from __future__ import annotations

import regex as re

from jixiao.extract.cn_numerals import counted
from jixiao.normalize import DocRecords
from jixiao.normalize.quantity import money_scale

from .common import as_written, budget, iv, money, named, num, plain_paragraphs, read_whole, total_rounding, written_like
from .interval import Interval, total
from .registry import rule

# A number followed by a unit (2、cm 水泥稳定碎石: a page cut inside "…12cm") is a measure, not a serial.
NOT_SERIAL = r"(?!\s*(?:cm|mm|km|kg|m\b|m²|㎡|t\b|万元|元|%))"
# The mark after an item's number: a point (full or half width), 、, or a raised dot (1·, 1・: some typists', and what
# an OCR reader may make of the full-width point ．).
NUMBERED = re.compile(r"^\s*(\d{1,3})\s*[.、．·・](?!\d)" + NOT_SERIAL)
# Items the converter (or an OCR reader joining a wrapped line) ran together into one paragraph:
# "…全部完成。　4、机关…", "…=分值×执行率。3.定量指标…"; the item marks a numbered paragraph takes (NUMBERED).
# An item ending in its closing bracket, no sentence end ("…（岳财教〔2024〕63号）2．2024年…", a PDF joining
# two short lines of a list), counts where its mark is the next number: "（2024年）3、" mid-sentence is none.
# A year may open an item run in (2.2024年 is no decimal: no figure has a 年 after four places).
# A paragraph opened by a Chinese numeral in brackets (（一）…（二）…): a numbering of its own beside 1. 2. 3., as a
# report numbers its points under a heading.
BRACKETED_CN = re.compile(r"^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]")
CN_DIGITS = "一二三四五六七八九"
# A paragraph opened by a Chinese numeral and 是 (一是…，二是…，三是…: a report's points, 1873): a numbering of its own.
NUMERAL_SHI = re.compile(r"^\s*([一二三四五六七八九十]{1,3})是")
# A paragraph opened by an enclosed figure (①②③, ⑴⑵⑶, ⒈⒉⒊, ❶❷❸): Unicode's blocks of numbers in circles, in
# brackets or with a point, each counting from 1 in code-point order; each block a numbering of its own.
ENCLOSED = ((0x2460, 20), (0x2474, 20), (0x2488, 20), (0x2776, 10), (0x2780, 10), (0x278A, 10))
ENCLOSED_MARK = re.compile(r"^\s*([\u2460-\u249b\u2776-\u2793])")
INLINE = re.compile(r"(?:[。；;]|(?P<closed>[）)]))\s*(?P<n>\d{1,3})\s*[.、．](?:(?!\d)|(?=(?:19|20)\d\d年))"
                    + NOT_SERIAL)


@rule("JX101", "list-total", "high", "明细金额之和不等于所列合计",
      """
The items of a list (支付明细, 分项预算) add up to the 合计 it states. Listed amounts are exact
as written; the 合计 may differ by its own rounding only where it is written to fewer places
than its items (the same policy as JX604 for lists in prose: rules.common.total_rounding).
A list in groups (一、… 二、…), each closed by a 小计 and the whole by a 合计, holds each 小计 to its
group's items the same way, and the 合计 to all the items (not the items and the 小计 again).
""", good="3 + 10 + 10 + 7 = 30，合计 30；一组 3 + 10，小计 13，二组 10 + 7，小计 17，合计 30",
      bad="3 + 10 + 10 + 7 = 30，合计 33；一组 3 + 10，小计 13，二组 10 + 7，小计 17，合计 47（又计入小计 17）")
def list_total(recs: DocRecords, r):
    for lt in recs.lists:
        if lt.points:
            continue   # points taken off, added up by JX307
        for k, st in enumerate(lt.subtotals, start=1):
            yield from _sum_against(recs, r, lt, lt.items[st.first:st.end], st.amount, f"第{k}组", "小计")
        yield from _sum_against(recs, r, lt, lt.items, lt.total, "", "合计")


def _sum_against(recs, r, lt, items, stated, group: str, word: str):
    """The flag where the amounts of `items` do not add up to the `stated` 合计 (or a group's 小计)."""
    amounts = [it.amount for it in items if it.amount is not None and it.amount.value is not None]
    if stated is None or stated.value is None or not amounts:
        return
    computed = total(Interval.exact(a.value) for a in amounts)
    if not computed.overlaps(Interval.of(stated.value, total_rounding(stated.q, [a.q for a in amounts]))):
        scale = money_scale(lt.money_unit)
        yield r.flag(recs, f"“{lt.title}”{group}各项金额之和为 {written_like(computed.mid / scale, stated.q)}{lt.money_unit}，"
                           f"但{word}写为 {stated.raw}{lt.money_unit}，相差 "
                           f"{written_like(abs(computed.mid - stated.value) / scale, stated.q)}{lt.money_unit}。",
                     [stated.loc] + [a.loc for a in amounts], " + ".join(a.raw for a in amounts) + f" ≠ {stated.raw}",
                     stated=stated.raw, expected=num(computed.mid / scale))


@rule("JX102", "list-over-budget", "high", "明细合计超过项目预算",
      """
The money a list says was spent (its stated 合计, or the sum of its items where no 合计 is
written) cannot exceed the project's budget.
""", good="支付合计 30 万元，预算 30 万元", bad="支付合计 33 万元，预算 30 万元")
def list_over_budget(recs: DocRecords, r):
    if len(recs.projects) != 1:
        return  # a list belongs to a project only when the report has one
    p = recs.projects[0]
    b = budget(p)
    if b is None or b.value is None:
        return
    for lt in recs.lists:
        if lt.points:
            continue   # points, not money
        amounts = [it.amount for it in lt.items if it.amount is not None and it.amount.value is not None]
        if amounts and (lt.total is None or lt.total.value is None) and total(iv(a) for a in amounts).lo > iv(b).hi:
            spent = total(iv(a) for a in amounts).mid
            scale = money_scale(lt.money_unit)
            # the items' sum to the places they are written to (1318.40 of 486.50 + …): no 合计 states it
            said = as_written(spent / scale, max(a.q.places or 0 for a in amounts))
            yield r.flag(recs, f"“{lt.title}”各项金额之和 {said}{lt.money_unit}{_over(p, lt, spent, b)}。",
                         [a.loc for a in amounts] + [b.loc],
                         " + ".join(a.raw for a in amounts), stated=said, expected=f"≤{b.raw}")
        if lt.total is not None and lt.total.value is not None and iv(lt.total).lo > iv(b).hi:
            yield r.flag(recs, f"“{lt.title}”合计 {lt.total.raw}{lt.money_unit}{_over(p, lt, lt.total.value, b)}，"
                               f"超出 {_excess(p, lt, lt.total.value - b.value, b)}。",
                         [lt.total.loc, b.loc], f"合计={lt.total.raw}；预算={b.raw}", stated=lt.total.raw,
                         expected=f"≤{b.raw}")


def _over(p, lt, spent, b) -> str:
    """“，超过项目预算 X”: the budget in the list's unit; a list in another unit than the fund table's (明细 in 元,
    预算 in 万元: 1584) gives its amount in the table's unit too and the budget as the table writes it."""
    if lt.money_unit == p.money_unit:
        return f"，超过项目预算 {written_like(b.value / money_scale(lt.money_unit), b.q)}{lt.money_unit}"
    written = b.raw if b.raw.endswith(p.money_unit) else f"{b.raw}{p.money_unit}"
    return f"（合 {money(p, spent, b.q.places, b.raw)}），超过项目预算 {written}"


def _excess(p, lt, over, b) -> str:
    """The amount over the budget, written as the list's total is (the same unit) or as the budget is."""
    if lt.money_unit == p.money_unit:
        return f"{written_like(over / money_scale(lt.money_unit), lt.total.q)}{lt.money_unit}"
    return money(p, over, b.q.places, b.raw)


@rule("JX103", "serial-numbers", "low", "序号重复或跳号",
      """
Serial numbers in a list table (序号), in an indicator table's 序号 column and in numbered
paragraphs (1. 2. 3.; 1、 1． and 1· too; （一）（二）（三） and enclosed figures ①②③ / ⑴⑵⑶ each a run of their own),
and a paragraph's clauses enumerated 一是、二是、三是 or 第一，第二，第三 (three at least, from 一是 / 第一) run 1, 2, 3 … with no number repeated or skipped. An indicator table's
numbers are checked only where every row was read and numbered with a plain number; a 1 starts
them again (each level numbered on its own). Items a converter or an OCR reader ran into one paragraph count
where a sentence ends before the next item's mark (…全部完成。4、机关…, …×执行率。3.定量指标…), or a
closing bracket does before the mark of the next number in turn (…63号）2．2024年…); a
number a unit follows there (。12、cm: a page cut inside 12cm) is a measure, not an item. A number
that stands elsewhere in the run is out of place, not skipped (1、2、4、3: a database dump's rows in
storage order, an updated row last): a skip names only the numbers the run lacks, as the run writes its
marks (缺少 三是, （三）, ③).
""", good="1、2、3、4；指标表序号 1、2、3、1、2（按一级指标分别编号）",
      bad="1、2、3、2（重复）；……10、12（缺 11）；指标表序号 5、6、6、7", per_report=True)
def serial_numbers(recs: DocRecords, r):
    for lt in recs.lists:
        seq = [(it.serial, it.loc) for it in lt.items if it.serial.strip().isdigit()]
        yield from _check(recs, r, f"“{lt.title}”序号", seq)
    for p in recs.projects:
        seq = [(i.serial.raw.strip(), i.serial.loc) for i in p.indicators if i.serial is not None]
        if not read_whole(p) or len(seq) < 3 or len(seq) != len(p.indicators) or \
                not all(x.isdigit() for x, _ in seq):
            continue   # a row unread leaves a gap; 1.1 or 一 number otherwise
        starts = [k for k, (x, _) in enumerate(seq) if int(x) == 1] or [0]
        for a, b in zip([0] + starts[1:], starts[1:] + [len(seq)]):
            yield from _check(recs, r, f"{named(p, recs)}指标表序号", seq[a:b])
    run: list = []
    # the paragraphs, one run over them; then each table cell written as running text on its own (007's
    # 年度主要工作内容 cell: 1.…。2.…。3.…。4.…。4.…。5.…), its items run in
    paragraphs = plain_paragraphs(recs) + [("", "", None)]
    cells = [x for t in plain_paragraphs(recs, cells=True)[len(paragraphs) - 1:] for x in (t, ("", "", None))]
    for text, _, loc in paragraphs + cells:
        m = NUMBERED.match(text)
        if m and (not run or int(m.group(1)) > 1 or int(run[-1][0]) == 0):
            run.append((m.group(1), loc))
            restarted = False   # a lower number in the paragraph: a list of its own begins (（二）…1、…2、)
            for x in INLINE.finditer(text):
                n, last = int(x["n"]), int(run[-1][0])
                restarted = restarted or n < last
                # the next numbers; or the last one again after a sentence's end (…考评。4.对…: an item
                # numbered twice), not after a bracket (…（2024年）3、 mid-sentence), not 1 (a list begun
                # again: a page's own 1、 before the document's) and not once a list began again
                if n > last and (not x["closed"] or n == last + 1) or \
                        n == last > 1 and not x["closed"] and not restarted:
                    run.append((x["n"], loc))
            continue
        if len(run) >= 3:
            yield from _check(recs, r, "编号段落", run)
        run = [(m.group(1), loc)] if m else []
    yield from _bracketed_runs(recs, r, paragraphs)
    yield from _enumerated_clauses(recs, r, paragraphs + cells)


def cn_number(numeral: str) -> int | None:
    """The value of a Chinese numeral under a hundred (四, 十二, 二十, 二十三), None for any other writing."""
    tens, _, units = numeral.partition("十")
    if "十" not in numeral:
        return CN_DIGITS.index(numeral) + 1 if len(numeral) == 1 and numeral in CN_DIGITS else None
    if len(tens) > 1 or len(units) > 1 or (tens and tens not in CN_DIGITS) or (units and units not in CN_DIGITS):
        return None
    return (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (CN_DIGITS.index(units) + 1 if units else 0)


def _opening_mark(text: str) -> tuple | None:
    """The numbering a paragraph opens with, other than 1. 2. 3.: (its kind, its number, the mark as written) for
    （一） (a Chinese numeral in brackets), 一是 (a numeral and 是) or an enclosed figure (① of the circled block); None
    for none."""
    m = BRACKETED_CN.match(text)
    if m:
        n = cn_number(m.group(1))
        return ("cn", n, m.group(0).strip()) if n is not None else None
    m = NUMERAL_SHI.match(text)
    if m:
        n = cn_number(m.group(1))
        return ("shi", n, m.group(0).strip()) if n is not None else None
    m = ENCLOSED_MARK.match(text)
    if m:
        code = ord(m.group(1))
        for first, size in ENCLOSED:
            if first <= code < first + size:
                return first, code - first + 1, m.group(1)
    return None


def _bracketed_runs(recs, r, paragraphs):
    """Paragraphs one after another each opened by （一）, （二） … (or ①, ② …: a kind of mark each): one run,
    checked as the numbered paragraphs are (three at least; a first number, or another kind of mark, begins a
    run again), the numbers stated as written."""
    run: list = []
    for _, text, loc in paragraphs:
        mark = _opening_mark(text or "")
        if mark is not None and (not run or mark[1] > 1 and mark[0] == run[-1][0]):
            run.append((mark[0], str(mark[1]), loc, mark[2]))
            continue
        if len(run) >= 3:
            yield from _check(recs, r, "编号段落", [(x, loc) for _, x, loc, _ in run], [w for *_, w in run])
        run = [(mark[0], str(mark[1]), loc, mark[2])] if mark is not None else []


# Clauses of one paragraph enumerated by a Chinese numeral and 是 (存在的问题：一是…；二是…；三是…), each at a
# clause's start (the paragraph's, or after ：；。，): the official writing's run of points.
ENUMERATED = re.compile(r"(?:^|(?<=[：:；;。，,]))\s*([一二三四五六七八九十]{1,3})是(?=\p{Han})")
# The same told by ordinals: 第 and a numeral opening a clause, a comma or colon after it (第一，…；第二，…), not an
# ordinal qualifying a noun (第一批, 第二季度).
ORDINALS = re.compile(r"(?:^|(?<=[：:；;。，,]))\s*第([一二三四五六七八九十]{1,3})(?=\s*[，,、：:])")


def _enumerated_clauses(recs, r, paragraphs):
    """A paragraph's clauses opened by 一是, 二是 … (ENUMERATED) or 第一，第二，… (ORDINALS): a run from each 一是 (a paragraph may hold two
    lists), three marks at least, checked as the numbered paragraphs are, the marks stated as written (四是)."""
    for _, text, loc in paragraphs:
        for grammar, written, what in ((ENUMERATED, "{}是", "分项表述（一是、二是……）"),
                                       (ORDINALS, "第{}", "分项表述（第一、第二……）")):
            marks = [(cn_number(m.group(1)), written.format(m.group(1))) for m in grammar.finditer(text or "")]
            marks = [(n, w) for n, w in marks if n is not None]
            starts = [k for k, (n, _) in enumerate(marks) if n == 1]   # a 一是 begins a run again (two lists in one paragraph)
            for a, b in zip(starts, starts[1:] + [len(marks)]):
                if b - a >= 3:
                    yield from _check(recs, r, what, [(str(n), loc) for n, _ in marks[a:b]],
                                      [w for _, w in marks[a:b]])


CN_MARK = re.compile(r"[一二三四五六七八九十]{1,3}")


def _written_as(mark: str, at: int, n: int) -> str:
    """Serial n written as the run writes its mark `mark` for serial `at`: 三是 after 二是, （四） after （三）, ③ after ②
    (the enclosed figure's block counts on in code-point order), a plain digit where the mark is one."""
    if len(mark) == 1 and any(first <= ord(mark) < first + size for first, size in ENCLOSED):
        return chr(ord(mark) + n - at)
    m = CN_MARK.search(mark)
    if m and cn_number(m.group()) == at and 0 < n < 100:
        return mark[:m.start()] + counted(n, 1, leading_one=False) + mark[m.end():]
    return str(n)


def _check(recs, r, what: str, seq: list, written: list | None = None):
    """The repeats and skips of a run of serials; `written` the serials as the text writes them (（四）) where
    they are no plain digits."""
    said = written or [s for s, _ in seq]
    numbers = [int(s) for s, _ in seq]
    if len(numbers) < 2 or numbers[0] > 2:
        return
    seen = set()
    for k, (n, (_, loc)) in enumerate(zip(numbers, seq)):
        if n in seen:
            yield r.flag(recs, f"{what}中 {said[k]} 重复出现（前一个序号为 {said[k - 1]}）。", [loc],
                         "、".join(said), stated=said[k], expected=str(numbers[k - 1] + 1))
        elif k and n > numbers[k - 1] + 1 and \
                (gone := [x for x in range(numbers[k - 1] + 1, n) if x not in numbers]):
            # a number between that stands elsewhere in the run is out of place, not missing (a database
            # dump's rows in storage order: an updated row last, its 序号 still telling its place)
            missing = "、".join(_written_as(said[k - 1], numbers[k - 1], x) for x in gone)
            yield r.flag(recs, f"{what}从 {said[k - 1]} 跳到 {said[k]}，缺少 {missing}。", [loc],
                         "、".join(said), stated=said[k], expected=str(numbers[k - 1] + 1))
        seen.add(n)
