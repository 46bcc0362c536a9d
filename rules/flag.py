"""A flag: one finding for an analyst, with what was stated, what follows, and where."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from jixiao.extract import Location
from jixiao.extract.model import normalize_ws
from jixiao.normalize.quantity import halfwidth

# Where a sentence ends; the part of a paragraph that carries a finding runs from what is stated
# to the end of its sentence, at most FINDING_CHARS characters.
_SENTENCE_END = re.compile(r"[。；;！!？?]")
FINDING_CHARS = 60
# Words before a prose figure kept in an unscoped finding's id: enough to tell two reports' findings
# with the same figures apart (执行率 … 97.14% / 到位率 … 97.14%), few enough that a PDF's cut
# paragraph start (a line earlier) rarely reaches them.
BEFORE_CHARS = 12


@dataclass
class Flag:
    rule: str
    severity: str
    message: str                 # Chinese, for analysts: what is stated, what follows, by how much
    doc: str
    locations: list[Location]
    evidence: str                # the raw text the finding rests on
    stated: str = ""
    expected: str = ""
    tolerance: str = ""
    # The reporting unit, for rules whose evidence repeats word for word in other units' reports
    # (template text, a run of serial numbers): their findings are not one finding.
    scope: str = ""
    id: str = field(default="", init=False)
    legacy_id: str = field(default="", init=False)   # the id releases before RULES_VERSION 26 gave it

    def __post_init__(self) -> None:
        # The id comes from what was found, not from where: the same finding keeps its id (and
        # the analysts' decision) when the file is renamed, moved, or gains a line at the top, and
        # in every format of one report (finding_text: how a format wraps and spaces drops out).
        # check() adds "-2", "-3" … when one document holds the same finding more than once.
        scope = [self.scope] if self.scope else []
        self.id = _hashed(self.rule, [self.rule, self.stated, self.expected, self.finding] + scope)
        self.legacy_id = _hashed(self.rule, [self.rule, self.stated, self.expected, self.evidence] + scope)

    @property
    def finding(self) -> str:
        # Evidence a rule writes from table cells alone (3 + 10 + 10 + 7 ≠ 33, ≥95% / 85%) is the same
        # in every format: kept whole, it tells apart other reports' findings with the same figures.
        # Prose is cut and spaced by each format in its own way: the part that carries the finding,
        # with a few words before the figure where no scope (the reporting unit) tells reports apart.
        if self.locations and all(loc.table is not None for loc in self.locations):
            return normalize_ws(halfwidth(self.evidence))
        return finding_text(self.evidence, self.stated, before=0 if self.scope else BEFORE_CHARS)

    @property
    def evidence_hash(self) -> str:
        """What a decision rests on: it holds while this is unchanged (nightly/state.py holding)."""
        return _digest(f"{self.finding}|{self.stated}|{self.expected}")[:16]

    @property
    def legacy_evidence_hash(self) -> str:
        """The evidence hash of releases before RULES_VERSION 26 (the raw evidence text)."""
        return _digest(f"{self.evidence}|{self.stated}|{self.expected}")[:16]

    @property
    def place(self) -> tuple:
        """Where the finding sits, for telling apart equal findings at different places."""
        return tuple(sorted(loc_key(loc) for loc in self.locations))

    @property
    def location(self) -> str:
        return "；".join(loc.describe() for loc in self.locations)


def finding_text(evidence: str, stated: str, before: int = 0) -> str:
    """The part of the evidence that carries the finding, as every format gives it: each paragraph
    (" / " joins them) without whitespace and with full-width characters folded, from the first
    place a part of what is stated appears to the end of that sentence (bounded). A PDF breaks
    lines and cuts a paragraph's start where a .docx does not, so the text before the figure is
    left out, and so are paragraphs where nothing stated appears (a " / " written in the text
    splits like a join); evidence where nothing stated appears is kept whole. `before` characters
    before the figure are kept too, within its sentence (what the figure is about: 执行率=…/178.95*100%=)."""
    marks = [m for m in (normalize_ws(halfwidth(part)) for part in stated.split("、")) if m]
    pieces = []
    for para in evidence.split(" / "):
        text = normalize_ws(halfwidth(para))
        at = min((text.find(m) for m in marks if m in text), default=-1)
        if at >= 0:
            end = _SENTENCE_END.search(text, at)
            starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
            start = max(at - before, starts[-1] if starts else 0)
            pieces.append(text[start:at] + text[at:end.start() if end else len(text)][:FINDING_CHARS])
    return " / ".join(pieces) if pieces else normalize_ws(halfwidth(evidence))


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _hashed(rule: str, key: list[str]) -> str:
    return rule + "-" + _digest("|".join(key))[:10]


def loc_key(loc: Location) -> tuple:
    """A location as numbers in reading order (absent parts first)."""
    return tuple(-1 if v is None else v for v in (loc.page, loc.block, loc.table, loc.row, loc.col, loc.line))
