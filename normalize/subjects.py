"""Subject keys with jieba and the domain dictionary (extract.words: the segmenter both layers use).

level3_key groups the same 三级指标 written differently across files
(参保人员满意度 / 参保群众满意度 → 参保满意度).
"""
from __future__ import annotations

import functools

from ..extract.words import tokenizer

# Words that say who or how, not what is measured.
GENERIC = {"人员", "群众", "对", "的", "达到", "目标值", "目标", "情况", "工作", "指标", "水平", "度", "人民"}


def tokens(text: str) -> list[str]:
    return list(_tokens("".join(text.split())))


@functools.lru_cache(maxsize=1 << 14)   # the same labels and clauses are cut on every reading of a document
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(w for w in tokenizer().lcut(text) if w.strip())


def level3_key(text: str) -> str:
    words = [w for w in tokens(text) if w not in GENERIC and not all(ch in "，。、；：（）()%" for ch in w)]
    return "".join(words)
