from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "corpus" / "reports"
SEEDS = sorted(p.stem for p in REPORTS.glob("*.txt"))


@pytest.fixture(scope="session")
def reports() -> Path:
    return REPORTS
