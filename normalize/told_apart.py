"""An indicator told in TWO HALVES far apart, its target in one list and its result in another (1845: a page
of two panels, 年度绩效目标 beside 实际完成情况, each line 'name：年度指标值≥12000亩，分值10分' on the left and
'name：实际完成12300亩，得分10分' on the right): each half a line of the name, a colon and clauses, every clause
told by its cue (a target's: 年度指标值 / 目标 / 计划; a result's: 实际完成 / 完成值 / 实际; 分值 N分; 得分 N分 / 得 N分),
a target half holding a target and no result or score, a result half a result and no target or weight. Where
every half of the document pairs with one other of the same name, the target's first, three pairs at least,
each target line is written as the whole line it stands for (name：target，result，weight，score) and the result
lines are dropped, said; the sentence grammars read it under the level headings around the target line.
No word of the forms is listed here: the names are the document's own."""
from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract import Document, Paragraph

MIN_PAIRS = 3
_LINE = re.compile(r"^\s*(?P<name>[^：:，,；;。]{2,40}?)\s*[：:]\s*(?P<rest>\S.*?)\s*[。；;]?\s*$")
_CLAUSE = re.compile(r"\s*[，,；;]\s*")
_KINDS = (("weight", re.compile(r"^分值\s*\d+(?:\.\d+)?\s*分?$")),
          ("score", re.compile(r"^得(?:分)?\s*\d+(?:\.\d+)?\s*分?$")),
          ("target", re.compile(r"^(?:年度|年初|全年)?(?:指标值|目标值?|计划(?:值)?)\s*[：:为]?\s*\S")),
          ("actual", re.compile(r"^(?:实际完成值?|实际值?|完成值?)\s*[：:为]?\s*\S")))


def _half(text: str) -> tuple[str, str, dict[str, str]] | None:
    """(name, side, clause by kind) of a half line, or None."""
    m = _LINE.match(text)
    if m is None:
        return None
    clauses = {}
    for c in _CLAUSE.split(m.group("rest")):
        kind = next((k for k, rx in _KINDS if rx.match(c)), None)
        if kind is None or kind in clauses:
            return None
        clauses[kind] = c
    if "target" in clauses and not {"actual", "score"} & clauses.keys():
        return m.group("name").strip(), "target", clauses
    if "actual" in clauses and not {"target", "weight"} & clauses.keys():
        return m.group("name").strip(), "result", clauses
    return None


def told_apart(doc: Document) -> tuple[Document, list[str]]:
    """The document with each indicator told in two halves written as one line, and what was said."""
    halves = {}
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph) and (h := _half(b.text)) is not None:
            halves.setdefault((h[0], h[1]), []).append((k, h[2]))
    targets = {n: v for (n, side), v in halves.items() if side == "target"}
    results = {n: v for (n, side), v in halves.items() if side == "result"}
    if (len(targets) < MIN_PAIRS or targets.keys() != results.keys()
            or any(len(v) != 1 for v in (*targets.values(), *results.values()))
            or any(results[n][0][0] < targets[n][0][0] for n in targets)):
        return doc, []
    blocks = list(doc.blocks)
    dropped = set()
    for n, [(k, t)] in targets.items():
        [(j, r)] = results[n]
        both = {**t, **r}
        text = f"{n}：" + "，".join(both[x] for x in ("target", "actual", "weight", "score") if x in both)
        blocks[k] = replace(blocks[k], text=text)
        dropped.add(j)
    first = min(v[0][0] for v in results.values())
    said = [f"{doc.blocks[first].loc.describe()}起：{len(targets)}项指标的年度指标值与实际完成情况分两处列出（同名指标各一行），"
            "已按指标名称逐项合并读取，请核对原件"]
    return replace(doc, blocks=[b for k, b in enumerate(blocks) if k not in dropped]), said
