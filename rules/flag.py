"""A flag: one finding for an analyst, with what was stated, what follows, and where."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from extract import Location


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
    id: str = field(default="", init=False)

    def __post_init__(self) -> None:
        # Stable: the same finding in an unchanged file gets the same id on every run
        # (doc is the path relative to the inbox, so moving the inbox keeps ids).
        key = "|".join([self.rule, Path(self.doc).as_posix(), self.stated, self.expected,
                        *sorted(loc_key(loc) for loc in self.locations)])
        self.id = self.rule + "-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]

    @property
    def location(self) -> str:
        return "；".join(loc.describe() for loc in self.locations)


def loc_key(loc: Location) -> str:
    return f"{loc.page}/{loc.block}/{loc.table}/{loc.row}/{loc.col}/{loc.line}"
