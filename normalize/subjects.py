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


@functools.lru_cache(maxsize=1)
def _tagger():
    import jieba.posseg
    return jieba.posseg.POSTokenizer(tokenizer())


# The parts of speech that open a clause without naming a thing (jieba's tags): adverbs (最终), locatives
# and times (最后, 年底), pronouns (此次, 本次) and conjunctions (因此, 同时). A noun or a verb names something.
_FUNCTION_TAGS = frozenset("dftrc")


def function_words(text: str) -> bool:
    """Whether `text` is only words that name nothing (最后, 最终, 此次), by their parts of speech, not a list."""
    words = [w for w in _tagger().cut("".join(text.split())) if w.word.strip()]
    return bool(words) and all(w.flag[:1] in _FUNCTION_TAGS for w in words)


@functools.lru_cache(maxsize=1)
def _word_ends() -> dict[str, tuple[int, int]]:
    """For each character, (nouns, other words) among the dictionary's words of two characters or
    more that end in it, by jieba's parts of speech."""
    ends: dict[str, list[int]] = {}
    for word, tag in _tagger().word_tag_tab.items():
        if len(word) > 1:
            ends.setdefault(word[-1], [0, 0])[0 if tag[:1] == "n" else 1] += 1
    return {c: (n, o) for c, (n, o) in ends.items()}


def names_things(char: str) -> bool:
    """Whether one character standing alone can name a thing counted (村 in 12个村, 镇 in 6个镇): most
    of the dictionary's words ending in it are nouns (农村, 乡镇: it heads them). 此 ends adverbs,
    conjunctions and pronouns (因此, 如此, 彼此) and names nothing, so 3150人此 counts no 此. A word of
    parts of speech, not a list."""
    nouns, others = _word_ends().get(char, (0, 0))
    return nouns > others


def level3_key(text: str) -> str:
    words = [w for w in tokens(text) if w not in GENERIC and not all(ch in "，。、；：（）()%" for ch in w)]
    return "".join(words)
