"""Benchmarks and accuracy reports (run from a checkout, not installed with the package)."""
from __future__ import annotations

import json
from pathlib import Path


def write_json(data, path) -> None:
    """A benchmark's figures as JSON (UTF-8, Chinese as written), its folder made where missing."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
