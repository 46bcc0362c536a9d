"""rules: records in, flags out. A catalogue of checks with codes, like ruff's.

    from jixiao.rules import check, RULES
    flags = check(recs)                 # every rule, default severities
    flags = check(recs, load_config("jixiao.toml"))
    checked = check_document(recs)      # the flags, and the warnings for the outputs (a flag withheld)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.normalize import DocRecords

from . import balance, cross, dates, funds, lists, prose_lists, scores, scoring, targets, text  # noqa: F401  (registers the rules)
from .config import Config, ConfigError, load_config
from .flag import Flag
from .registry import RULES, Rule

__all__ = ["check", "check_document", "Checked", "RULES", "Rule", "Flag", "Config", "ConfigError", "load_config", "RULES_VERSION"]

# Bump when a rule's logic changes: the nightly run re-checks every file when it does.
RULES_VERSION = "86"  # bump when a rule or what it reads changes; why each version was bumped: docs/rules_versions.md


@dataclass
class Checked:
    """What the rules say of one document: the flags, and the warnings the outputs carry after the
    reader's (a flag withheld, and why). The records are left as normalize made them."""
    flags: list[Flag] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check(recs: DocRecords, config: Config | None = None) -> list[Flag]:
    """The flags alone (benchmarks, tests); what writes outputs calls check_document for its warnings."""
    return check_document(recs, config).flags


def check_document(recs: DocRecords, config: Config | None = None) -> Checked:
    config = config or Config()
    flags: list[Flag] = []
    seen: set[tuple] = set()
    for code in sorted(RULES):
        if not config.enabled(code):
            continue
        rule = RULES[code]
        for f in rule.check(recs, rule):
            if (f.id, f.place) in seen:
                continue
            seen.add((f.id, f.place))
            f.severity = config.severity_of(code)
            flags.append(f)
    flags, said = _withhold_doubtful(recs, flags)
    _number_repeats(flags)
    if recs.ocr:
        for f in flags:
            f.message += "（OCR 识别，请核对原件）"
    return Checked(flags, said)


def _row_key(loc) -> tuple:
    return (loc.file, loc.page, loc.block, loc.table, loc.row)


def _withhold_doubtful(recs: DocRecords, flags: list[Flag]) -> tuple[list[Flag], list[str]]:
    """A flag that rests on a cell of a row the reader names doubtful (Indicator.doubt: 792's blurred
    55 for 5) is no finding but a reading to check: whatever rule raised it, it is withheld and the
    withholding said (the flags kept, and the warnings), naming the rule and the row, so that nothing
    is dropped in silence."""
    doubtful = {}
    for i in recs.indicators:
        if i.doubt:
            for f in (i.target, i.actual, i.weight, i.score):
                if f is not None and f.loc.table is not None:
                    doubtful.setdefault(_row_key(f.loc), i)
            if i.loc.table is not None:
                doubtful.setdefault(_row_key(i.loc), i)
    kept: list[Flag] = []
    said: list[str] = []
    for f in flags:
        # one indicator once, though its cells stand in two rows (a tile's weight below its name)
        rows = list({id(i): i for i in (doubtful.get(_row_key(loc)) for loc in f.locations
                                        if loc.table is not None) if i is not None}.values())
        if not rows:
            kept.append(f)
            continue
        named = "；".join(f"{i.loc.describe()}“{i.level3}”" for i in rows)
        warning = (f"{named}一行读数存疑（见上），据此得出的 {f.rule} 未作为核查结果报出"
                   f"（{f.message.rstrip('。')}），请核对原件后复核")
        if warning not in said:    # two flags withheld for one reason: said once
            said.append(warning)
    return kept, said


def _number_repeats(flags: list[Flag]) -> None:
    """Equal findings at different places of one document: ids -2, -3 … in reading order (the
    legacy ids numbered as the release that made them did, so its decisions can be carried over)."""
    for attr in ("id", "legacy_id"):
        groups: dict[str, list[Flag]] = {}
        for f in flags:
            groups.setdefault(getattr(f, attr), []).append(f)
        for same in groups.values():
            for n, f in enumerate(sorted(same, key=lambda f: f.place)[1:], start=2):
                setattr(f, attr, f"{getattr(f, attr)}-{n}")
