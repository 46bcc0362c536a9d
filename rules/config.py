"""Which rules run and how severe they are: defaults need no file; a TOML file can say

    [rules]
    select = ["JX1", "JX2"]      # codes or prefixes; default: all
    ignore = ["JX703"]
    [rules.severity]
    JX104 = "low"
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .registry import RULES, SEVERITIES


class ConfigError(ValueError):
    pass


@dataclass
class Config:
    select: list[str] = field(default_factory=lambda: [""])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)

    def enabled(self, code: str) -> bool:
        return any(code.startswith(s) for s in self.select) and not any(code.startswith(i) for i in self.ignore)

    def severity_of(self, code: str) -> str:
        return self.severity.get(code, RULES[code].severity)

    def fingerprint(self) -> str:
        return f"select={sorted(self.select)};ignore={sorted(self.ignore)};severity={sorted(self.severity.items())}"


def load_config(path: str | Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"配置文件 {path} 无法读取：{e}") from None
    section = data.get("rules", data.get("tool", {}).get("jixiao", {}).get("rules", {}))
    cfg = Config(select=list(section.get("select", [""])) or [""], ignore=list(section.get("ignore", [])),
                 severity=dict(section.get("severity", {})))
    for code in list(cfg.select) + cfg.ignore + list(cfg.severity):
        if code and not any(r.startswith(code) for r in RULES):
            raise ConfigError(f"配置文件 {path} 中的规则代码 {code} 不存在")
    for code, sev in cfg.severity.items():
        if sev not in SEVERITIES:
            raise ConfigError(f"配置文件 {path} 中 {code} 的严重程度 {sev} 无效（应为 high / medium / low）")
    return cfg
