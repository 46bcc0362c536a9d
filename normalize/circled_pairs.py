"""Targets and results written as two run-on paragraphs, matched only by circled numbers, rebuilt into a Table.

Some forms give a level-1 group's indicators not as rows but as two paragraphs under its heading (1915):

    一、产出指标
    年度目标：数量指标：①新建标准化黑猪养殖场≥12个（10分）；②黑猪年出栏≥60000头（8分）。质量指标：④…
    完成情况：①12个，得10分；②61500头，得8分；…

The grammar: a paragraph opening with a label the header grammar maps to the target (年度目标：), then items each
a circled number (① … ㊿), the name with its target run on (quantity.split_named_target), and its points in
brackets (（10分）); a level-2 label and a colon (数量指标：) before an item sets the level of the items after it.
The next paragraph opens with a label the grammar maps to the result (完成情况：), then items each a circled
number, the result, and its score (得10分). The level 1 is the heading above the pair (一、产出指标). No word of
these lines is listed here: the header grammar and the level vocabulary name every label.

An item is matched to its result by its number alone. A target item with no result, a result with no target,
or a target whose name and value cannot be told apart (a qualitative target is told apart by the result's
words closing it: 品牌影响力持续提升 / 持续提升) is not read: it is counted unread and named, never passed over.
"""
from __future__ import annotations

from collections import Counter

import regex as re

from jixiao.extract import Document, Paragraph
from jixiao.extract.list_numbers import CIRCLED

from .clause_lines import GROUP
from .quantity import split_named_target
from .rebuild import Rebuilt, RunCell, source_line
from .sentences import _name_in_target
from .vocab import canonical_level1, header_field, level2_label

# ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ (the enclosed numbers Word's lists draw, extract.list_numbers.CIRCLED), and back
_NUMBER_OF = {ch: n for n, ch in CIRCLED.items()}
_NUMBER = re.compile("[" + "".join(CIRCLED.values()) + "]")
_LABEL = re.compile(r"^\s*(?P<label>[^：:，,。；;\s]{2,8})\s*[：:]\s*(?P<rest>.*)$", re.S)
# What closes a target item: its points in brackets, then a mark, then maybe the next items' level-2 label.
_TARGET_TAIL = re.compile(r"\s*(?:[（(]\s*(?P<weight>\d+(?:\.\d+)?)\s*分\s*[)）])?\s*[；;。，,]?\s*"
                          r"(?:(?P<level2>[^；;。，,：:（()）\s]{2,12})\s*[：:])?\s*$")
_SCORE = re.compile(r"得\s*\d+(?:\.\d+)?\s*分")
# A result item: the result, then its score (，得10分).
_RESULT = re.compile(r"^\s*(?P<actual>.+?)\s*(?:[，,]\s*得\s*(?P<score>\d+(?:\.\d+)?)\s*分)?\s*[；;。，,]?\s*$", re.S)

FORM = ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "实际完成值", "得分"]
ROLES = [header_field(x, set()) for x in FORM]


def _items(rest: str) -> tuple[str, list[tuple[int, str]]]:
    """The text before the first circled number and each (number, text up to the next number)."""
    marks = list(_NUMBER.finditer(rest))
    if not marks:
        return rest, []
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
        out.append((_NUMBER_OF[m.group()], rest[m.end():end]))
    return rest[:marks[0].start()], out


# A result paragraph ends with its last item's score and a full stop: a line after one that does not is its wrap.
_RESULT_END = re.compile(r"分\s*[。.]?\s*$")
WRAPS = 3     # the most lines a print wraps a target paragraph onto


def _heading(text: str) -> bool:
    """A line that is a level heading (二、效益指标) or opens with a label (偏差说明：): no wrapped line."""
    g = GROUP.match(text.strip())
    return g is not None or canonical_level1(text.strip()) is not None or \
        (m := _LABEL.match(text)) is not None and header_field(m.group("label"), set()) is not None


def _labelled(b, role: str) -> str | None:
    """The paragraph's text after its label where the label names `role` and items follow, else None."""
    if not isinstance(b, Paragraph):
        return None
    m = _LABEL.match(b.text)
    if m is None or header_field(m.group("label"), set()) != role:
        return None
    return m.group("rest") if len(_NUMBER.findall(m.group("rest"))) >= 1 else None


def _level1(doc: Document, k: int) -> tuple[int, str] | None:
    """The level-1 heading nearest above block k (一、产出指标, or the label alone), with its block."""
    for j in range(k - 1, max(-1, k - 4), -1):
        b = doc.blocks[j]
        if not isinstance(b, Paragraph):
            return None
        text = b.text.strip()
        g = GROUP.match(text)
        label = g.group("label") if g is not None else text
        if canonical_level1(label) is not None:
            return j, label
    return None


def circled_pairs(doc: Document) -> tuple[list[Rebuilt], list[tuple[int, int, str]]]:
    """Each target paragraph and the result paragraph after it rebuilt as a table, and (first block, rows,
    warning) for the items of a pair that could not be read: counted unread by the caller."""
    out: list[Rebuilt] = []
    unread: list[tuple[int, int, str]] = []
    for k, b in enumerate(doc.blocks[:-1]):
        targets = _labelled(b, "target")
        if targets is None:
            continue
        # a print wraps a long paragraph onto lines of their own (a PDF): lines with no label of the header
        # grammar before the result paragraph go on the target's
        j = k + 1
        while j < len(doc.blocks) - 1 and j - k <= WRAPS and isinstance(doc.blocks[j], Paragraph) and \
                _labelled(doc.blocks[j], "actual") is None and not _heading(doc.blocks[j].text):
            targets += doc.blocks[j].text.strip()
            j += 1
        nxt = doc.blocks[j]
        results = _labelled(nxt, "actual")
        if results is None:
            if len(_NUMBER.findall(targets)) >= 2:
                unread.append((k, len(_NUMBER.findall(targets)),
                               f"{b.loc.describe()}：段落以“{_LABEL.match(b.text).group('label')}”写出按圈码编号的指标，"
                               f"其后未见对应的完成情况段落，{len(_NUMBER.findall(targets))}项指标未读取"))
            continue
        e = j + 1      # the result paragraph's wrapped lines, as the target's
        while e < len(doc.blocks) and e - j <= WRAPS and isinstance(doc.blocks[e], Paragraph) and \
                _labelled(doc.blocks[e], "target") is None and not _heading(doc.blocks[e].text) and \
                _NUMBER.search(doc.blocks[e].text) is not None or e < len(doc.blocks) and e - j <= WRAPS and \
                isinstance(doc.blocks[e], Paragraph) and _RESULT_END.search(results) is None and \
                not _heading(doc.blocks[e].text):
            results += doc.blocks[e].text.strip()
            e += 1
        lead, t_items = _items(targets)
        _, r_items = _items(results)
        if len(t_items) + len(r_items) < 2:
            continue
        # a number written twice (a scan's OCR reading ⑪ as ⑩) or a result item holding two scores (a circle
        # dropped between them) matches nothing for sure: those items are named, not read
        twice = {n for n, c in Counter(n for n, _ in t_items + r_items).items() if c > 2} | \
            {n for n, c in Counter(n for n, _ in t_items).items() if c > 1} | \
            {n for n, c in Counter(n for n, _ in r_items).items() if c > 1}
        got = {n: None if n in twice or len(_SCORE.findall(x)) > 1 else _RESULT.match(x) for n, x in r_items}
        level2 = lead.strip().rstrip("：:").strip() or None
        if level2 is not None and not level2_label(level2):
            continue
        head = _level1(doc, k)
        line, r_line = source_line(b, k), source_line(nxt, j)
        t_blocks = list(range(k, j))
        l1 = RunCell(source_line(doc.blocks[head[0]], head[0]), head[1], [head[0]],
                     src=doc.blocks[head[0]].loc) if head is not None else None
        rows, failed = [], []
        for n, text in t_items:
            tail = _TARGET_TAIL.search(text)
            body = text[:tail.start()].strip() if tail is not None else text.strip()
            next_level2 = tail.group("level2") if tail is not None else None
            r = got.pop(n, None) if n not in twice else None
            split = split_named_target(body, figure_end=True) if body else None
            if split is None and r is not None:
                split = _name_in_target(body, r.group("actual").strip())
            if r is None or split is None:
                failed.append(CIRCLED[n] if n <= 20 else str(n))
            else:
                cells = {"level1": l1,
                         "level2": RunCell(line, level2, [k], src=b.loc) if level2 else None,
                         "level3": RunCell(line, split[0], [k], src=b.loc),
                         "target": RunCell(line, split[1], [k], src=b.loc),
                         "weight": RunCell(line, tail.group("weight"), [k], src=b.loc)
                         if tail is not None and tail.group("weight") else None,
                         "actual": RunCell(r_line, r.group("actual").strip(), [j], src=nxt.loc),
                         "score": RunCell(r_line, r.group("score"), [j], src=nxt.loc)
                         if r.group("score") else None}
                rows.append([cells[role] for role in ROLES])
            if next_level2 is not None and level2_label(next_level2):
                level2 = next_level2
        failed += [CIRCLED[n] if n <= 20 else str(n) for n in got if n not in twice]   # no target
        if rows:
            out.append(Rebuilt(first_block=k, blocks=set(t_blocks) | set(range(j, e)),
                               header=[RunCell(line, x, [k], src=b.loc) for x in FORM], roles=list(ROLES),
                               rows=rows))
        if failed:
            unread.append((k, len(failed), f"{b.loc.describe()}起的“{_LABEL.match(b.text).group('label')}／{_LABEL.match(nxt.text).group('label')}”"
                           f"段落：按圈码编号的指标"
                           f"{'、'.join(failed)}圈码重复、缺少对应或未能拆出名称与指标值，{len(failed)}项指标未读取"))
    return out, unread
