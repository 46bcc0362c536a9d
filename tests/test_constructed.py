"""Constructed forms (corpus/constructed): documents written by hand in provincial layouts the
real passages do not hold, with expected records written before the first read. No test holds
the reader to them; these keep the set whole and its first read kept (issue 21)."""
import json

from benchmarks.first_read import FORMATS, read_passage

from .conftest import ROOT

CONSTRUCTED = ROOT / "corpus" / "constructed"
LAYOUTS = sorted(p.stem for p in CONSTRUCTED.glob("*.html"))


def test_every_constructed_form_is_rendered_and_has_its_first_read_kept():
    first = json.loads((CONSTRUCTED / "first_read.json").read_text(encoding="utf-8"))
    assert LAYOUTS and set(first["passages"]) == set(LAYOUTS)
    for stem in LAYOUTS:
        assert (CONSTRUCTED / "expected" / f"{stem}.json").exists()
        assert all((CONSTRUCTED / f"{stem}.{ext}").exists() for ext in FORMATS)
        assert set(first["passages"][stem]) == set(FORMATS), stem


def test_a_first_read_is_taken_against_the_expected_records_of_its_own_folder():
    # 070.html holds 11 indicator rows; corpus/realworld has no 070, so a reading of the wrong
    # folder cannot give this figure.
    figures = read_passage("070", "html", CONSTRUCTED)
    assert figures["expected"] == 11 and "error" not in figures
