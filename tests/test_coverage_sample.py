"""make test's sample of the per-document accuracy cases (benchmarks/coverage_sample.py) and how the cases left
out are kept for make test-full (tests/conftest.py: the `all_forms` mark, pytest --all-forms)."""
from types import SimpleNamespace

import pytest

from benchmarks.coverage_sample import choose, decided, write

from . import conftest


def test_the_sample_takes_the_case_adding_most_lines_first_and_none_that_adds_nothing():
    marks = {"a": {1, 2, 3}, "b": {3, 4}, "c": {1, 2}, "d": {4}, "e": {5}}
    assert choose(marks, {}, redo=True) == {"a": True, "b": True, "e": True, "c": False, "d": False}


def test_a_case_of_a_kind_the_sample_lacks_is_taken_whatever_its_lines():
    marks = {"a": {1, 2, ("kind", ("docx", "docx"))}, "b": {1, ("kind", ("docx", "pdf"))}}
    assert choose(marks, {}, redo=True) == {"a": True, "b": True}


def test_new_cases_join_by_the_same_rule_and_the_cases_decided_stay():
    # "b" would add nothing now that "c" runs line 2, and "c" nothing beyond "a"; both keep their verdicts
    marks = {"a": {1, 2}, "b": {2}, "c": {1, 2}, "new": {3}, "same": {1}, "kind": {1, ("kind", "pdf")}}
    kept = {"a": True, "b": True, "c": False}
    assert choose(marks, kept, redo=False) == {"a": True, "b": True, "c": False, "new": True, "same": False,
                                               "kind": True}


def test_the_verdicts_are_kept_a_case_a_line_each_group_its_own(tmp_path):
    path = tmp_path / "sample.txt"
    write("native", {("131", "pdf"): False, ("130", "docx"): True}, path)
    write("mutations", {("001.html",): True}, path)
    write("native", {("130", "docx"): False}, path)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines == ["mutations 001.html in", "native 130 docx out"]
    assert decided("native", path) == {("130", "docx"): False}
    assert decided("mutations", path) == {("001.html",): True}


def _item(name, *marks):
    return SimpleNamespace(name=name, get_closest_marker=lambda m: m if m in marks else None)


@pytest.mark.parametrize("all_forms", [False, True])
def test_cases_outside_the_sample_are_deselected_and_counted_unless_all_forms_is_asked(all_forms):
    deselected = []
    config = SimpleNamespace(getoption=lambda name: all_forms,
                             hook=SimpleNamespace(pytest_deselected=lambda items: deselected.extend(items)))
    items = [_item("in"), _item("out", "all_forms"), _item("long", "long")]
    conftest.pytest_collection_modifyitems(config, items)
    if all_forms:
        assert [i.name for i in items] == ["long", "in", "out"] and not deselected
    else:
        assert [i.name for i in items] == ["long", "in"] and [i.name for i in deselected] == ["out"]


def test_sampled_marks_the_cases_it_leaves_out():
    params = conftest.sampled([("130", "docx"), ("131", "pdf")], lambda case: case[0] == "130")
    assert [(p.values, [m.name for m in p.marks]) for p in params] == [(("130", "docx"), []),
                                                                        (("131", "pdf"), ["all_forms"])]


def test_every_format_kind_of_the_held_native_forms_is_in_the_sample():
    from .test_native import HELD, SAMPLE, held_formats, native_format
    cases = [(stem, ext) for stem in HELD for ext in held_formats(stem)]
    kinds = {(native_format(stem), ext) for stem, ext in cases}
    assert kinds == {(native_format(stem), ext) for stem, ext in cases if SAMPLE.get((stem, ext), True)}
    assert set(SAMPLE) <= set(cases), sorted(set(SAMPLE) - set(cases))   # no verdict on a form no longer held


def test_the_mutations_sample_holds_a_seed_and_a_passage_and_names_only_cases_planted():
    from .test_mutations import DEDUCTION_FORMS, NEUTRAL_PARTS, PARTS, SAMPLE, SUITE, case
    cases = ([case("caught", *p.values) for p in PARTS] + [case("neutral", *p.values) for p in NEUTRAL_PARTS]
             + [case("suite", p) for p in SUITE] + [case("deduction", p) for p in DEDUCTION_FORMS])
    for test, params in (("caught", PARTS), ("neutral", NEUTRAL_PARTS)):
        kept = [p.values[0] for p in params if SAMPLE.get(case(test, *p.values), True)]
        assert {p.suffix for p in kept} == {p.values[0].suffix for p in params}, test
    # a case is a test's document, or its part, as parametrized
    assert set(SAMPLE) <= set(cases), sorted(set(SAMPLE) - set(cases))
    # the suite reports and the 扣分 forms: each of their documents in make test or not, by the same rule
    stems = {p.name.split(".")[0] for p in SUITE + DEDUCTION_FORMS}   # arrivals, source_columns, 096, 106
    assert {p.name.split(".")[0] for test, docs in (("suite", SUITE), ("deduction", DEDUCTION_FORMS))
            for p in docs if SAMPLE.get(case(test, p), True)} == stems
