"""Indicator codes and their legend: a form with no level columns may key each indicator with a code
(CC-01-01) whose prefixes name its levels, in a legend written elsewhere in the document
(CC—产出指标（CC-01数量指标，CC-02质量指标）). The legend is data read by one grammar: a code, an
optional mark (—, ：, =, 为), and a level name the level grammar knows.

    legend(["CC—产出指标（CC-01数量指标）；XY—效益指标"])  ->  {"CC": "产出指标", "CC-01": "数量指标", "XY": "效益指标"}
    prefixes("CC-01-01")                                  ->  ["CC", "CC-01", "CC-01-01"]
"""
from __future__ import annotations

import regex as re

from .vocab import canonical_level1, canonical_level2

# The marks between a code's parts (CC-01, CC—01, A.1.2), read as one.
_PART = r"[-－—–.．_]"
# A code: Latin letters and digits, a letter first or its parts joined by a mark (1-01), not inside
# a longer Latin word or figure.
CODE = rf"(?<![A-Za-z0-9.．])(?:[A-Za-z]+\d*(?:{_PART}[A-Za-z0-9]+)*|\d+(?:{_PART}[A-Za-z0-9]+)+)(?![A-Za-z0-9])"
# A part a legend leaves open (1-×, CC-01-xx, 2.*): the code stands for its prefix; a bare number is a
# legend's code only so written (a lone 1 beside a level word in prose is none).
_OPEN = rf"{_PART}(?:[×＊*]+|[xX]+)(?![A-Za-z0-9])"
_LEGEND_CODE = rf"(?:{CODE}|(?<![A-Za-z0-9.．])\d+(?={_OPEN}))(?:{_OPEN})*"
# The marks of a level path in a legend's name (产出指标—数量指标: the code's level 1 and level 2).
_PATH = re.compile(r"\s*[—―－\-/／>＞→]+\s*")
# A code naming what it stands for: CC—产出指标, CC-01数量指标, MY：满意度指标, A1为产出指标,
# “1-×”为产出指标—数量指标 (quoted, its open part a placeholder, its name a path of two levels).
_ENTRY = re.compile(rf"[“\"「『‘]?({_LEGEND_CODE})[”\"」』’]?\s*(?:[—–\-－=＝:：]+|为|即|表示|指)?\s*"
                    rf"(\p{{Han}}+(?:{_PATH.pattern}\p{{Han}}+)?)")
_CELL_CODE = re.compile(rf"^\s*({CODE})\s*$")


def key(code: str) -> str:
    """A code with its part marks made one (CC—01 and CC-01 are one code), upper case."""
    return re.sub(_PART, "-", code.strip()).upper()


def legend(texts: list[str]) -> dict[str, str]:
    """Code -> level name as written, from the entries of the texts whose names are level names
    (level 1 or level 2 by the level grammar), or a path of a level 1 and a level 2 under it
    (产出指标—数量指标, kept whole: levels splits it); {} where fewer than two entries are found, as
    a lone code beside a level word is no legend."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _ENTRY.finditer(text):
            name = m.group(2)
            if len(parts := _PATH.split(name)) > 1 and not _path(parts):
                name = parts[0]   # what follows the dash is no level (产出指标—按季度考核): the level alone
            if name[0] == "一" and _level(name[1:]):
                name = name[1:]   # the mark read as the character 一 (OCR: one stroke), as in table_cells.level_path
            elif not _level(name) and (cut := next((k for k, c in enumerate(name) if c == "一" and
                                                    _path([name[:k], name[k + 1:]])), None)):
                name = f"{name[:cut]}—{name[cut + 1:]}"   # a path's dash so read (产出指标一数量指标)
            if _level(name) or _path(_PATH.split(name)):
                out.setdefault(_open_key(m.group(1)), name)
    return out if len(out) >= 2 else {}


def _path(parts: list[str]) -> bool:
    """Two names, a level 1 and a level 2 the level grammar places under it."""
    return len(parts) == 2 and bool(l1 := canonical_level1(parts[0])) and bool(canonical_level2(parts[1], l1)[0])


def _open_key(code: str) -> str:
    """A legend's code as a key, its open parts (1-×, CC-01-XX) dropped: the prefix it names."""
    parts = key(code).split("-")
    while len(parts) > 1 and re.fullmatch(r"[×＊*]+|X+", parts[-1]):
        parts.pop()
    return "-".join(parts)


def _level(name: str) -> bool:
    return bool(name) and bool(canonical_level1(name) or canonical_level2(name)[0])


def prefixes(code: str) -> list[str]:
    """The code's prefixes at its part marks, shortest first, each a key."""
    if not _CELL_CODE.match(code or ""):
        return []
    parts = key(code).split("-")
    return ["-".join(parts[:k]) for k in range(1, len(parts) + 1)]


def levels(code: str, names: dict[str, str]) -> tuple[str, str] | None:
    """(level 1, level 2) as the legend writes them for a code whose prefixes it names (a path's
    two levels in turn; a part keyed alone where no longer prefix is named), outermost first: the shortest named prefix is the level 1 where its name is one (满意度指标), the next
    named one the level 2 (服务对象满意度指标, which alone could name either); either may be "".
    None where no prefix is in the legend."""
    named = [part for p in prefixes(code) if p in names for part in _PATH.split(names[p])]
    if (parts := prefixes(code)[1:]) and not any(p in names for p in parts):
        # a code of facets, each lettered part keyed alone (CC 产出指标, SL 数量指标: CC-SL-01)
        named += [part for p in key(code).split("-")[1:] if p in names and re.search(r"[A-Z]", p)
                  for part in _PATH.split(names[p])]
    if not named:
        return None
    l1, rest = (named[0], named[1:]) if canonical_level1(named[0]) else ("", named)
    l2 = next((x for x in rest if canonical_level2(x)[0]), "")
    return l1, l2


def is_code(text: str) -> bool:
    """A cell that is one code alone (A, A1, CC-01), no level word: where a level word belongs, a code to
    look up in the legend."""
    return bool(_CELL_CODE.match(text or "")) and not _level(text.strip())


def coded(cells: list[str]) -> bool:
    """A column of codes with parts (CC-01-01, A.1.2): most filled cells are one code of two or more parts."""
    filled = [x for x in cells if x.strip()]
    return len(filled) >= 2 and 3 * sum(len(prefixes(x)) >= 2 for x in filled) >= 2 * len(filled)
