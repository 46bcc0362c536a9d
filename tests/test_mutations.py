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
