"""Scoring criteria told as an outline of headings with their points, each scored in the prose under it
(an evaluation report in sentences, no table; raw 035):

    一、投入(14分)
    (一)项目立项(8分):
    (1)项目立项(2分)
    我县学前教育项目严格按照……程序完整,执行程序规范。自评得2分。
    (2)项目预算规范性(3分):
    ……自评得3分。

A heading is a paragraph that is nothing but an outline number (一、 / (一) / 1、 / (1) / ①), a name
and its points in brackets ((8分)), a colon or a stop after them or none. The kinds of number nest in
the order they first appear (一、 above (一) above (1), as outline.ORDINAL_KINDS reads a column). A
heading with no deeper heading before the next of its depth or shallower is a criterion: its weight
the bracketed points, its score the self-assessed score the paragraphs under it state (自评得2分 /
自评得分为2分 / 自评分2分; several saying the same figure, one score; saying different ones, none, and
said). The headings above it are its levels (the outermost level 1, the one right above it level 2); a
criterion shallower than the deepest stands in for the levels it lacks, as a merged cell does in a
table (资金落实(6分) right under 投入 with no item under it: level 2 and the criterion both 资金落实).
The criteria have no target and no result: the outline scores the work, it does not measure it.

Read only where the outline scores: two criteria or more, and at least one score stated under one.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex as re

from jixiao.extract import Document, Paragraph

from .vocab import bare

_NUMBER = (r"(?P<number>[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
           r"|\d{1,2}\s*(?:、|[.．](?!\d))|[（(]\s*\d{1,2}\s*[)）]|[\u2460-\u2473])")
HEADING = re.compile(rf"^\s*{_NUMBER}\s*(?P<name>\p{{Han}}[\p{{Han}}、]{{1,19}}?)\s*"
                     r"[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[)）]\s*[：:。]?\s*$")
# The score the unit gives itself for a criterion: 自评 then 得 / 得分 / 分, a 为 or a colon, the figure
# in 分 (not 扣1分, a deduction, nor 得分率).
SELF_SCORE = re.compile(r"自评(?:得分|分|得)\s*(?:为|[：:])?\s*(?P<score>\d+(?:\.\d+)?)\s*分(?!率)")


@dataclass
class Criterion:
    block: int                  # the heading's place among the document's blocks
    heading: Paragraph
    name: str                   # as written, without its number and points
    weight: str
    scores: list[str]           # the scores stated under it, as written, in order
    levels: tuple[str | None, str | None]   # (level 1, level 2) as written, without points


def _kind(number: str) -> str:
    """The kind of an outline number: 1、 and 2、 one kind, (一) another."""
    k = re.sub(r"\d+", "1", re.sub(r"[\u2460-\u2473]", "①", re.sub(r"\s", "", number)))
    return re.sub(r"[一二三四五六七八九十]+", "一", k).replace("（", "(").replace("）", ")").replace("．", ".")


def _outline(doc: Document) -> tuple[list, dict, list[int]]:
    """The outline's headings (block, paragraph, match), the scores stated under each (by its index)
    and each one's depth."""
    heads: list[tuple[int, Paragraph, re.Match]] = []
    under: dict[int, list[str]] = {}        # heading's index in heads -> the scores stated under it
    for k, b in enumerate(doc.blocks):
        if not isinstance(b, Paragraph) or not b.text.strip():
            continue
        if (m := HEADING.match(b.text)) is not None:
            heads.append((k, b, m))
            under[len(heads) - 1] = []
        elif heads:
            under[len(heads) - 1] += [s.group("score") for s in SELF_SCORE.finditer(b.text)]
    kinds: list[str] = []
    for _, _, m in heads:
        if (kind := _kind(m.group("number"))) not in kinds:
            kinds.append(kind)
    return heads, under, [kinds.index(_kind(m.group("number"))) for _, _, m in heads]


def criteria(doc: Document) -> list[Criterion]:
    """The criteria of a scored outline in the document's paragraphs, [] where it holds none."""
    heads, under, depth = _outline(doc)
    deepest = max(depth, default=0)
    out: list[Criterion] = []
    path: list[str] = []                    # the names of the headings above, by depth
    for n, ((k, b, m), d) in enumerate(zip(heads, depth)):
        path = path[:d] + [""] * (d - len(path)) + [bare(m.group("name"))]
        if n + 1 < len(heads) and depth[n + 1] > d:
            continue                        # a heading with criteria under it: a level
        # the levels it lacks stood in for by itself, as a merged cell of a table
        levels = path + [path[-1]] * (deepest - d)
        level1 = levels[0] if len(levels) > 1 else None
        level2 = levels[-2] if len(levels) > 2 else None
        out.append(Criterion(k, b, bare(m.group("name")), m.group("points"), under[n],
                             (level1 or None, level2 or None)))
    if len(out) < 2 or not any(c.scores for c in out):
        return []
    return out


def levels_short(doc: Document) -> list[tuple[Paragraph, str, Decimal, Decimal]]:
    """The level headings of a scored outline whose points exceed the weights of the criteria under
    them (过程(43分) over two criteria of 3分, the passage cut off after them): (heading, name, its points,
    the criteria's sum). Criteria are missing there, so the outline's sums cannot be checked."""
    heads, _, depth = _outline(doc)
    out = []
    for n, ((_, b, m), d) in enumerate(zip(heads, depth)):
        below = []
        for j in range(n + 1, len(heads)):
            if depth[j] <= d:
                break
            if j + 1 >= len(heads) or depth[j + 1] <= depth[j]:
                below.append(Decimal(heads[j][2].group("points")))   # a criterion under it
        if below and (points := Decimal(m.group("points"))) > sum(below):
            out.append((b, bare(m.group("name")), points, sum(below)))
    return out
