"""Amounts listed in prose and their stated total (共计 / 合计 / 总计 / 分别为)."""
from __future__ import annotations

import regex as re

from normalize import DocRecords
from normalize.quantity import halfwidth, parse

from .common import num, total_rounding
from .interval import Interval, total
from .registry import rule

MONEY = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|亿元|元)")
TOTAL_AFTER = re.compile(r"(?:共计|合计|总计|累计|总共)(?:[^\d，,。；;]{0,16}?)(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                         r"\s*(万元|亿元|元)")
EACH = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|亿元|元)[^。；;]{0,40}?分别(?:为|是|用于)")
ITEM_SEP = re.compile(r"[；;]|(?=[①②③④⑤⑥⑦⑧⑨⑩])|(?<=[。])")


def _money(number: str, unit: str):
    return parse(number + unit)


def _items_before(text: str, end: int) -> list:
    """The amounts of a list that ends at `end`: walking back over ；-separated (or ①-numbered)
    items that hold exactly one amount each; stops at the first item that does not."""
    segments = [s for s in ITEM_SEP.split(text[:end]) if s.strip()]
    items = []
    for seg in reversed(segments):
        found = list(MONEY.finditer(seg))
        if len(found) != 1:
            break
        items.append(_money(found[0].group(1), found[0].group(2)))
    return list(reversed(items))


@rule("JX604", "prose-list-total", "medium", "文中列举的金额之和不等于所写的共计/合计",
      """
Amounts listed item by item in a paragraph (separated by ；, or numbered ①②…), followed by
共计 / 合计 / 总计 X, must add up to X; so must the amounts after "X万元，分别为…". Listed
amounts are exact as written; the total may differ by its own rounding only where it is written
to fewer places than its parts. A list needs at least three items.
""", good="慈善会项目40万元；……；基本公共卫生服务项目3万元。共计下达3580.69万元（各项之和 3580.69）",
      bad="A项目40万元；B项目2.75万元；C项目25.85万元。共计70万元（各项之和 68.6）")
def prose_list_total(recs: DocRecords, r):
    for text, loc in recs.paragraphs:
        plain = halfwidth(text)
        for m in TOTAL_AFTER.finditer(plain):
            items = _items_before(plain, m.start())
            yield from _check(recs, r, loc, text, items, _money(m.group(1), m.group(2)), m.group(0))
        for m in EACH.finditer(plain):
            rest = re.split(r"[。；;]", plain[m.end():], maxsplit=1)[0]
            items = [_money(a, u) for a, u in MONEY.findall(rest)]
            yield from _check(recs, r, loc, text, items, _money(m.group(1), m.group(2)), m.group(0))


def _check(recs, r, loc, text, items, whole, label):
    if len(items) < 3 or not whole.numeric or any(not q.numeric for q in items):
        return
    # Listed amounts are allocations, exact as written; the total may be rounded only where it is
    # written to fewer places than its parts (3.30亿元 for parts in 万元).
    computed = total(Interval.exact(q.value) for q in items)
    stated = Interval.of(whole.value, total_rounding(whole, items))
    if computed.overlaps(stated):
        return
    scale = whole.scale
    unit = whole.raw.lstrip("0123456789.,")
    yield r.flag(recs, f"文中列举 {len(items)} 项金额，之和为 {num(computed.mid / scale)}{unit}，但“{label}”写为 "
                       f"{whole.raw}，相差 {num(abs(computed.mid - whole.value) / scale)}{unit}。",
                 [loc], text.strip()[:300], stated=whole.raw, expected=f"{num(computed.mid / scale)}{unit}",
                 tolerance=f"±{num(stated.half_width / scale, 4)}{unit}（合计的书写精度）" if stated.half_width else "")
