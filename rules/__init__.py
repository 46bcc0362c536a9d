"""rules: records in, flags out. A catalogue of checks with codes, like ruff's.

    from rules import check, RULES
    flags = check(recs)                 # every rule, default severities
    flags = check(recs, load_config("jixiao.toml"))
"""
from __future__ import annotations

from normalize import DocRecords

from . import funds, lists, scores, targets, text  # noqa: F401  (registers the rules)
from .config import Config, ConfigError, load_config
from .flag import Flag
from .registry import RULES, Rule

__all__ = ["check", "RULES", "Rule", "Flag", "Config", "ConfigError", "load_config", "RULES_VERSION"]

# Bump when a rule's logic changes: the nightly run re-checks every file when it does.
RULES_VERSION = "1"


def check(recs: DocRecords, config: Config | None = None) -> list[Flag]:
    config = config or Config()
    flags: list[Flag] = []
    seen: set[str] = set()
    for code in sorted(RULES):
        if not config.enabled(code):
            continue
        rule = RULES[code]
        for f in rule.check(recs, rule):
            if f.id in seen:
                continue
            seen.add(f.id)
            f.severity = config.severity_of(code)
            flags.append(f)
    return flags
