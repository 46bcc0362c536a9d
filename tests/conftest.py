from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "corpus" / "reports"
SEEDS = sorted(p.stem for p in REPORTS.glob("*.txt"))


def pytest_collection_modifyitems(config, items):
    """Tests marked `long` (a minute or more of a core) run first, the rest in their order: under
    pytest-xdist (`make test`) the other workers meanwhile take the many short tests, instead of
    waiting idle at the end while one worker finishes a long one."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture(scope="session")
def reports() -> Path:
    return REPORTS


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a busy init to reap it counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


REALWORLD = ROOT / "corpus" / "realworld"


def realworld_passing(kind: str = "restored") -> list[str]:
    """The development passages the strict tests cover (corpus/realworld/passing.json): "restored"
    gives the numbers of the hand-restored layouts, "raw" the file names of the web copies. Passages
    restored later stay out until the reader gets them right; their first read is in first_read.json."""
    import json
    return json.loads((REALWORLD / "passing.json").read_text(encoding="utf-8"))[kind]
