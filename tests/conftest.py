import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "corpus" / "reports"
SEEDS = sorted(p.stem for p in REPORTS.glob("*.txt"))


def pytest_configure(config):
    """Under pytest-xdist (`make test`) each worker's OCR engine takes its share of the cores, as
    `jixiao run --workers N` gives each of its workers (ocr_reader.threads): two threads in each of
    two workers on two cores spend some 5% more CPU on a scan, for the same readings."""
    import os
    count = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    if count:
        from jixiao.extract import ocr_reader
        ocr_reader.WORKERS = int(count)


def pytest_addoption(parser):
    parser.addoption("--all-forms", action="store_true",
                     help="run every case of the per-document accuracy tests, not make test's sample (make test-full)")


def pytest_collection_modifyitems(config, items):
    """Cases marked `all_forms` (per-document accuracy cases left out of `make test`'s sample, see
    `sampled`) are deselected, and counted as such in pytest's summary, unless --all-forms is given.
    Tests marked `long` (a minute or more of a core) run first, the rest in their order: under
    pytest-xdist (`make test`) the other workers meanwhile take the many short tests, instead of
    waiting idle at the end while one worker finishes a long one."""
    if not config.getoption("--all-forms"):
        out = [item for item in items if item.get_closest_marker("all_forms")]
        if out:
            config.hook.pytest_deselected(items=out)
            items[:] = [item for item in items if not item.get_closest_marker("all_forms")]
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


def sampled(cases, keep) -> list:
    """The cases of a per-document accuracy test as parameters, those `keep(case)` refuses marked
    `all_forms`: run by `make test-full` (pytest --all-forms), not by `make test`."""
    return [pytest.param(*case, marks=() if keep(case) else pytest.mark.all_forms) for case in cases]


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


class LateClock:
    """A stand-in for nightly.worker's `time` in a run where one file hangs: real time until every
    other file is done (`progress`, run_inbox's callback), then an hour more at each reading. The
    hanging file, whenever it started, is then past any time limit under an hour, while the others
    had all of it however slow the machine: no test waits out a limit, and none depends on a good
    file finishing inside a short one. With one worker the hanging file must come last in the
    inbox's order: files behind it would wait out the real limit."""
    offset, late = 0.0, False

    def __getattr__(self, name):
        return getattr(time, name)

    def monotonic(self) -> float:
        if self.late:
            self.offset += 3600.0
        return time.monotonic() + self.offset

    def progress(self, done: int, total: int, doc: str) -> None:
        if done == total - 1:
            self.late = True


@pytest.fixture
def late_clock(monkeypatch) -> LateClock:
    from jixiao.nightly import worker
    clock = LateClock()
    monkeypatch.setattr(worker, "time", clock)
    return clock


REALWORLD = ROOT / "corpus" / "realworld"


def realworld_passing(kind: str = "restored") -> list[str]:
    """The development passages the strict tests cover (corpus/realworld/passing.json): "restored"
    gives the numbers of the hand-restored layouts, "raw" the file names of the web copies. Passages
    restored later stay out until the reader gets them right; their first read is in first_read.json."""
    import json
    return json.loads((REALWORLD / "passing.json").read_text(encoding="utf-8"))[kind]
