"""A character the first recogniser lost, put back by the second one differently in different lines.

Where the engine's recogniser does not know a character it may leave it out altogether (1789.scan:
椪 of 椪柑 read nowhere, 椪柑产业 read 柑产业); the line is then doubted and read again by the
second recogniser (extract.ocr_doubt), which puts a character back before the same neighbour in
every such line, but not always the same one (椪柑 in five lines, 碰柑 in three: 改造提质碰柑园).
A document names its things one way: where the characters put back before one neighbour disagree,
and one of them is put back in at least RATIO times as many lines as each other and in MOST lines or more,
the others are read as it (the dictionary permitting: a minority that makes a known word with the
neighbour where the majority does not is left as read), and each change is said.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict

RATIO = 1.5   # the majority's lines against each other reading's (1789.scan: 椪 5, 碰 3)
MOST = 4      # the fewest lines the majority must be put back in
HAN = re.compile("[\u3400-\u9fff]")


def put_back(rereads: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(first reading, second reading) of the doubted lines -> the characters put back before one
    neighbour, as (word as the minority put it back, word as the majority did): each a character
    followed by its neighbour."""
    by_next: dict[str, Counter] = defaultdict(Counter)
    for first, second in rereads:
        ops = difflib.SequenceMatcher(None, first, second, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in ops:
            if tag == "insert" and j2 - j1 == 1 and i1 < len(first) and HAN.match(second[j1]) and HAN.match(first[i1]):
                by_next[first[i1]][second[j1]] += 1
    out = []
    for after, counts in by_next.items():
        if len(counts) < 2:
            continue
        (best, n), *rest = counts.most_common()
        if n < MOST or any(n < RATIO * m for _, m in rest):
            continue
        out += [(c + after, best + after) for c, _ in rest if not _known_over(c + after, best + after)]
    return out


def _known_over(minority: str, majority: str) -> bool:
    """Whether the minority's word is a dictionary word and the majority's is not."""
    from .words import tokenizer
    tk = tokenizer()
    tk.check_initialized()
    return bool(tk.FREQ.get(minority)) and not tk.FREQ.get(majority)
