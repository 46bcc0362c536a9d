"""Matching text: traditional characters as simplified, pinyin glosses dropped.

Reports copied through mirror sites arrive in traditional characters (實際完成值, 預算執行率,
指標權重) or with pinyin after characters (項(xiàng)目). Every word list and grammar in normalize/
is written in simplified characters, so the reader matches on a *matching view* of the document:

    view, restore = matching_view(doc)     # view: the same blocks, text converted (None if no change)
    recs = read(view)                      # everything matches on simplified text
    restore(recs)                          # raw fields back to the text as written

The conversion keeps a map from each converted character to the characters it came from (the
character and any pinyin gloss after it), so that the raw fields of the records (names, values as
written, sentences) are given back as the document wrote them.
"""
from __future__ import annotations

import functools
from dataclasses import fields, is_dataclass, replace

import regex as re

from jixiao.extract.ocr_script import traditional_characters as _traditional   # OCR decides a page's script by it too

# A pinyin gloss in brackets right after a character: 項(xiàng), 區（qū）. At least one vowel
# with a tone mark, so that (B/A), (km), (A) are left alone.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN = re.compile(rf"(?<=\p{{Han}})\s?[(（]\s*(?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\s*[)）]")

# A scan's glosses come back from OCR without their tone marks (監(jian)), in either bracket, and
# often without the character they gloss (OCR drops rare traditional characters, keeps the
# gloss). Untoned, a gloss is told from a unit like (km) by the grammar of pinyin syllables
# (initial + final); (min) or (ha) are syllables too, so these are taken as glosses only in a
# document that is glossed (_glossed: several such brackets after characters).
_INITIAL = "(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = ("(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo"
          "|üe|ün|ve|vn|a|e|i|o|u|ü|v)")
_ALONE = "(?:ang|eng|ai|an|ao|ei|en|er|ou|a|e|o)"   # finals written without an initial (i, u, ü take y / w)
for _plain, _marks in (("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("ü", "ǖǘǚǜ")):
    _FINAL = _FINAL.replace(_plain, f"[{_plain}{_marks}]")
    _ALONE = _ALONE.replace(_plain, f"[{_plain}{_marks}]")
SYLLABLE = f"(?:{_INITIAL}{_FINAL}|{_ALONE})"
_BRACKETED = rf"[(（]\s*{SYLLABLE}\s*[)）]"
UNTONED = re.compile(rf"(?<![A-Za-z])\s?{_BRACKETED}")
_AFTER_HAN = re.compile(rf"(?<=\p{{Han}})\s?({_BRACKETED})")
GLOSSED_MIN = 3   # brackets of a pinyin syllable after a character that make a document glossed


def glossed(texts) -> bool:
    """Whether a document's texts carry pinyin glosses (with or without tone marks)."""
    seen = 0
    for text in texts:
        if text and ("(" in text or "（" in text):
            seen += sum(1 for _ in _AFTER_HAN.finditer(text))
            if seen >= GLOSSED_MIN:
                return True
    return False


@functools.lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC
    return OpenCC("t2s")


def needs_matching(text: str | None, untoned: bool = False) -> bool:
    """Whether `text` has a traditional character or a pinyin gloss (most text has neither);
    untoned: the document is glossed, so untoned glosses count too."""
    return bool(text) and (not _traditional().isdisjoint(text) or ("(" in text or "（" in text)
                           and (UNTONED if untoned else PINYIN).search(text) is not None)


def convert(text: str, untoned: bool = False) -> tuple[str, list[str]]:
    """(the matching text, for each of its characters the characters as written it stands for)."""
    kept, segs, at, orphan = [], [], 0, ""
    for m in (UNTONED if untoned else PINYIN).finditer(text):
        for ch in text[at:m.start()]:
            kept.append(ch)
            segs.append(orphan + ch)
            orphan = ""
        if segs:
            segs[-1] += text[m.start():m.end()]   # the gloss goes with the character before it
        else:
            orphan += text[m.start():m.end()]     # (its character lost by OCR): with the next one
        at = m.end()
    for ch in text[at:]:
        kept.append(ch)
        segs.append(orphan + ch)
        orphan = ""
    plain = "".join(kept)
    if _traditional().isdisjoint(plain):
        return plain, segs
    simple = _converter().convert(plain)
    if len(simple) != len(plain):   # a phrase changed length: convert one character at a time
        simple = "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in plain)
    return simple, segs


def matching(text: str, untoned: bool = False) -> str:
    """The matching form of a text: simplified characters, no pinyin glosses (untoned ones too
    where the document is glossed)."""
    return convert(text, untoned)[0] if needs_matching(text, untoned) else text


class Restorer:
    """Gives a converted string back as written, where it is a run of converted text (spaces may
    differ: the readers normalise them); anything else is returned unchanged."""

    def __init__(self) -> None:
        self._plain: list[str] = []     # converted characters, spaces left out, blocks apart
        self._segs: list[str] = []
        self._joined: str | None = None
        self._cache: dict[str, str] = {}

    def add(self, converted: str, segs: list[str]) -> None:
        for ch, seg in zip(converted, segs):
            if not ch.isspace():
                self._plain.append(ch)
                self._segs.append(seg)
        self._plain.append("\x00")
        self._segs.append("")

    def __call__(self, s):
        if not isinstance(s, str) or not s or s in self._cache:
            return self._cache.get(s, s) if isinstance(s, str) else s
        if self._joined is None:
            self._joined = "".join(self._plain)
        key = "".join(s.split())
        i = self._joined.find(key) if key else -1
        skips: dict[int, int] = {}
        if i < 0 and len(key) > 1 and "\x00" in self._joined and re.search(r"\x00\d{1,2}、", self._joined):
            # a cell a document-sharing site's page cut (取得2018-2022 / 2、監測資料): the block's end and
            # the next page's mark stand between two of its characters
            if (cut := re.search(r"(?:\x00\d{1,2}、)?".join(re.escape(c) for c in key), self._joined)) is not None:
                i = cut.start()
                skips = {i + m.start(): i + m.end() for m in re.finditer(r"\x00\d{1,2}、", cut.group())}
        if i < 0:
            self._cache[s] = s
            return s
        out, j = [], i
        for ch in s:
            if ch.isspace():
                out.append(ch)
            else:
                j = skips.get(j, j)
                # a gloss read with the line break before it (標\n(biāo)): the break is not the
                # caller's, whose own spaces are kept above
                out.append("".join(self._segs[j].split()))
                j += 1
        self._cache[s] = "".join(out)
        return self._cache[s]


def matching_view(doc):
    """(a copy of the document with every paragraph and cell text in matching form, a Restorer),
    or (None, None) where no text needs it."""
    texts = [b.text for b in doc.paragraphs()] + [c.text for _, c in doc.iter_cells()]
    untoned = glossed(texts)
    if not any(needs_matching(t, untoned) for t in texts):
        return None, None
    restore = Restorer()

    def conv(text: str) -> str:
        if not needs_matching(text, untoned):
            restore.add(text, list(text))
            return text
        converted, segs = convert(text, untoned)
        restore.add(converted, segs)
        return converted

    return doc.with_text(conv), restore


# The record fields that hold text as the document wrote it. Everything else (canonical levels,
# level3_key, parsed values, notes and warnings written by the reader) stays in matching form.
RAW_FIELDS = {
    "Project": ("name", "unit", "department", "agency", "grade_raw"),
    "FundSource": ("label",),
    "Indicator": ("project", "level1_raw", "level2_raw", "level3", "reason", "core"),
    "ListItem": ("serial", "date", "purpose"),
    "ListTable": ("title", "columns"),
    "ProseFigure": ("sentence", "indicator"),
}


def restore_records(recs, restore: Restorer) -> None:
    """Put the text as written back into the raw fields of `recs` (in place)."""
    from .records import Figure

    def fix(obj):
        if isinstance(obj, list):
            for k, x in enumerate(obj):
                obj[k] = fix(x)
            return obj
        if isinstance(obj, dict):
            for k, x in obj.items():
                obj[k] = fix(x)
            return obj
        if isinstance(obj, Figure):
            obj.q = replace(obj.q, raw=restore(obj.q.raw))
            return obj
        if not is_dataclass(obj) or isinstance(obj, type):
            return obj
        raw = RAW_FIELDS.get(type(obj).__name__, ())
        for f in fields(obj):
            value = getattr(obj, f.name)
            if f.name in raw:
                value = [restore(v) for v in value] if isinstance(value, list) else restore(value)
                setattr(obj, f.name, value)
            elif f.name == "q" and type(obj).__name__ == "ProseFigure":
                obj.q = replace(value, raw=restore(value.raw))
            elif isinstance(value, (list, dict)) or (is_dataclass(value) and not _frozen(value)):
                fix(value)
        return obj

    for p in recs.projects + recs.restatements:
        fix(p)
    fix(recs.lists)
    fix(recs.prose)
    fix(recs.cell_prose)
    recs.unit = restore(recs.unit)
    recs.paragraphs = [(restore(t), loc) for t, loc in recs.paragraphs]
    recs.cells = [(restore(t), loc) for t, loc in recs.cells]


def _frozen(obj) -> bool:
    return getattr(type(obj), "__dataclass_params__").frozen
