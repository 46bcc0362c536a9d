"""Constructed forms (corpus/constructed): documents written by hand in provincial layouts the
real passages do not hold, with expected records written before the first read. These keep the
set whole and its first read kept, and hold the reader to the forms listed in held.json (issue 21)."""
import json

import pytest

from benchmarks.first_read import FORMATS, read_passage

from .conftest import ROOT

CONSTRUCTED = ROOT / "corpus" / "constructed"
LAYOUTS = sorted(p.stem for p in CONSTRUCTED.glob("*.html"))
# A form whose first read is not fixed yet stays out until it is (held.json says why).
HELD = json.loads((CONSTRUCTED / "held.json").read_text(encoding="utf-8"))["held"]


def test_every_constructed_form_is_rendered_and_has_its_first_read_kept():
    first = json.loads((CONSTRUCTED / "first_read.json").read_text(encoding="utf-8"))
    assert LAYOUTS and set(first["passages"]) == set(LAYOUTS)
    for stem in LAYOUTS:
        assert (CONSTRUCTED / "expected" / f"{stem}.json").exists()
        assert all((CONSTRUCTED / f"{stem}.{ext}").exists() for ext in FORMATS)
        assert set(first["passages"][stem]) == set(FORMATS), stem
    # each set was first read at its own commit; every passage names the reader it was read with
    assert set(first["recorded"]["reader_at"]) == set(LAYOUTS)


def test_recording_a_first_read_keeps_each_passage_s_reader_commit(tmp_path, monkeypatch):
    import shutil
    import sys

    from benchmarks import first_read
    (tmp_path / "expected").mkdir()
    for stem in ("070", "071"):
        shutil.copy(CONSTRUCTED / f"{stem}.html", tmp_path)
        shutil.copy(CONSTRUCTED / "expected" / f"{stem}.json", tmp_path / "expected")
    commits = iter(["aaaaaaa", "bbbbbbb"])   # two sets recorded at two commits
    monkeypatch.setattr(first_read, "reader_commit", lambda: next(commits))
    for stem in ("070", "071"):
        monkeypatch.setattr(sys, "argv", ["first_read", "--folder", str(tmp_path), "--formats", "html",
                                          "--record", stem])
        assert first_read.main() == 0
    kept = json.loads((tmp_path / "first_read.json").read_text(encoding="utf-8"))
    assert kept["recorded"]["reader_at"] == {"070": "aaaaaaa", "071": "bbbbbbb"}
    assert kept["passages"]["071"]["html"]["matched"] == 11


def test_a_first_read_is_taken_against_the_expected_records_of_its_own_folder():
    # 070.html holds 11 indicator rows; corpus/realworld has no 070, so a reading of the wrong
    # folder cannot give this figure.
    figures = read_passage("070", "html", CONSTRUCTED)
    assert figures["expected"] == 11 and "error" not in figures


def test_every_held_form_is_a_constructed_form():
    assert HELD and set(HELD) <= set(LAYOUTS)


# The two fast formats (about 0.1 s a form each); the others are held by their first read.
@pytest.mark.parametrize("ext", ["html", "xlsx"])
@pytest.mark.parametrize("stem", HELD)
def test_held_constructed_form_reads_as_expected(stem, ext):
    f = read_passage(stem, ext, CONSTRUCTED)
    assert "error" not in f, f.get("error")
    got = (f["expected"], f["found"], f["matched"], f["fields"][0], f["project"][0], f["year"] is not False)
    want = (f["expected"], f["expected"], f["expected"], f["fields"][1], f["project"][1], True)
    assert got == want, f["mismatches"]
    record = json.loads((CONSTRUCTED / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    assert f["names"] == [p["name"] for p in record["projects"]]
    # the forms hold no slips: every flag raised on them is a false one
    assert f["flags"] == sorted(f"{x['rule']} {x['stated']}" for x in record["flags"])
