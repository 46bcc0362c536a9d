"""A flag: one finding for an analyst, with what was stated, what follows, and where."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from jixiao.extract import Location


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

    def __post_init__(self) -> None:
        # The id comes from what was found, not from where: the same finding keeps its id (and
        # the analysts' decision) when the file is renamed, moved, or gains a line at the top.
        # check() adds "-2", "-3" … when one document holds the same finding more than once.
        key = "|".join([self.rule, self.stated, self.expected, self.evidence] + ([self.scope] if self.scope else []))
        self.id = self.rule + "-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]

    @property
    def place(self) -> tuple:
        """Where the finding sits, for telling apart equal findings at different places."""
        return tuple(sorted(loc_key(loc) for loc in self.locations))

    @property
    def location(self) -> str:
        return "；".join(loc.describe() for loc in self.locations)


def loc_key(loc: Location) -> tuple:
    """A location as numbers in reading order (absent parts first)."""
    return tuple(-1 if v is None else v for v in (loc.page, loc.block, loc.table, loc.row, loc.col, loc.line))
