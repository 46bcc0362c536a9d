"""Change one figure in a clean corpus table; a flag must name that cell."""
import pytest

from extract import read_document

from . import mutations
from .conftest import REPORTS, SEEDS


@pytest.mark.parametrize("stem", SEEDS)
def test_every_mutation_is_caught(stem):
    results = mutations.run(read_document(REPORTS / f"{stem}.txt"))
    missed = [f"{m.what} {m.loc.describe()} {m.before!r}→{m.after!r}" for m in results if not m.caught]
    assert not missed, missed


def test_there_are_mutations_to_make():
    total = sum(len(mutations.targets(read_document(REPORTS / f"{s}.txt"))) for s in SEEDS)
    assert total >= 100


NEUTRAL_SEEDS = [s for s in SEEDS if not s.startswith("003")]   # 003's 123 rows: in `make eval`, not in CI
_neutral: dict = {}


def neutral(stem):
    if stem not in _neutral:
        _neutral[stem] = mutations.neutral(read_document(REPORTS / f"{stem}.txt"))
    return _neutral[stem]


@pytest.mark.parametrize("stem", NEUTRAL_SEEDS)
def test_changes_that_must_change_nothing_raise_no_flag(stem):
    false = [f"{m.what} {m.loc.describe()} {m.before!r}→{m.after!r}" for m in neutral(stem) if m.caught]
    assert not false, false


def test_there_are_at_least_fifty_neutral_changes():
    assert sum(len(neutral(s)) for s in NEUTRAL_SEEDS) >= 50
