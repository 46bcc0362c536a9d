"""Change one figure in a clean corpus table; a flag must name that cell."""
import functools

import pytest

from jixiao.extract import read_document
from jixiao.normalize import normalize_document

from benchmarks.coverage_sample import decided

from . import mutations
from .conftest import REALWORLD, REPORTS, ROOT, SEEDS, realworld_passing

DOCUMENTS = [REPORTS / f"{s}.txt" for s in SEEDS] + [REALWORLD / f"{s}.html" for s in realworld_passing()]


def indicator_rows(path) -> int:
    """The rows the document's expected record lists (0 where it has none)."""
    import json
    folder = REALWORLD / "expected" if path.parent == REALWORLD else ROOT / "corpus" / "expected"
    expected = folder / f"{path.stem.split('_')[0]}.json"
    return len(json.loads(expected.read_text(encoding="utf-8"))["indicators"]) if expected.exists() else 0


def parts(path) -> int:
    """Each mutation renormalizes the whole document, so a long table's hundreds of them take minutes
    (003's 123 rows): checked in parts, a part per 25 rows its expected record lists, which parallel
    test workers share. The parts together plant and check every mutation (mutations._mine). Each part
    is a case of make test's sample of its own (in_sample), decided by the lines its own mutations run.
    Blocks of a table that repeat another block's template between two others (mutations.repeats:
    four of 003's seven projects) are taken out of the document mutated (mutations.without) and left to
    `make eval` (benchmarks/eval.py plants every one in the whole document)."""
    return max(1, indicator_rows(path) // 25)


# make test runs a sample of the cases chosen by coverage (tests/sample.txt, benchmarks/coverage_sample.py): a case
# (a document's part, as parametrized, of each of the four tests below that plant in many documents) is in when the
# readings it normalizes and checks (its mutated or rewritten documents' and its clean one's) run a line of the
# readers, normalizer or rules that no other case in runs, or when it plants a kind of mutation or of neutral
# rewrite that no other case in plants; a case the file does not name is in. make test-full (pytest --all-forms)
# runs every case.
SAMPLE = decided("mutations")


def case(test: str, path, part: tuple[int, int] = (0, 1)) -> tuple:
    """The case's name in tests/sample.txt (`mutations TEST ID in|out`): the test's short name (caught, neutral,
    suite, deduction) and the case's pytest id (the document's name, and its part where it has several)."""
    k, n = part
    return (test, path.name if n == 1 else f"{path.name}-{k + 1}of{n}")


def in_sample(test: str, path, part: tuple[int, int] = (0, 1)) -> dict:
    """The case's pytest id, and the `all_forms` mark where it is out of make test's sample."""
    name = case(test, path, part)
    return {"id": name[1], "marks": () if SAMPLE.get(name, True) else (pytest.mark.all_forms,)}


PARTS = [pytest.param(path, (k, n), **in_sample("caught", path, (k, n)))   # 003's: ~13 s each
         for path in DOCUMENTS for n in [parts(path)] for k in range(n)]


@pytest.mark.parametrize("path,part", PARTS)
def test_every_mutation_is_caught(path, part):
    """Seeds and the restored development passages: scores, weights, fund scores and rates, source
    rows, executed amounts, a met target scored low, a target missed at full marks, prose totals,
    rates, and figures restating the table's."""
    results = mutations.run_all(read_document(path), part, sample=True)
    missed = [f"{m.what} {m.loc.describe()} {m.before!r}→{m.after!r}" for m in results if not m.caught]
    assert not missed, missed


def test_the_parts_of_a_document_together_plant_and_check_every_mutation_once():
    def made(results):
        return sorted((m.what, m.loc.describe(), m.before, m.after, m.caught) for m in results)
    doc = read_document(REPORTS / f"{SEEDS[2]}.txt")    # table cells, a form's several cells, prose
    whole = made(mutations.run_all(doc))
    pieces = made([m for k in range(3) for m in mutations.run_all(doc, (k, 3))])
    assert len(whole) >= 20 and pieces == whole


@functools.lru_cache(maxsize=None)
def listed(path):
    """A document and its clean records, read once per process for the tests that only list what would be
    planted or rewritten (targets, prose_targets, rewrites: pure reads of both, which change neither); a
    test that plants reads its own copy."""
    doc = read_document(path)
    return doc, normalize_document(doc)


def test_there_are_mutations_of_every_kind_to_make():
    kinds: dict = {}
    for path in DOCUMENTS:
        doc, recs = listed(path)
        for what, *_ in mutations.targets(doc, recs) + mutations.prose_targets(doc, recs):
            kinds[what] = kinds.get(what, 0) + 1
    assert sum(kinds.values()) >= 500
    assert set(kinds) >= {"score", "weight", "fund score", "rate", "fund source", "executed", "met, scored low",
                          "missed, full marks", "prose rate", "prose restatement"}


# Reports written for the suite (corpus/suite, rendered by corpus/build.py): a fund table with a
# 到位 column and one with its sources as columns on the total's row, which no corpus document has,
# in every format a seed is rendered to.
SUITE = sorted((ROOT / "corpus" / "suite").glob("*.*"))


def test_the_suite_reports_come_in_every_format_of_the_seeds():
    seed_formats = {p.name.split(".", 1)[1] for s in SEEDS for folder in (REPORTS, ROOT / "corpus" / "formats")
                    for p in folder.glob(f"{s}.*") if not p.name.endswith(".scan.pdf")}
    for stem in ("arrivals", "source_columns"):
        assert {p.name.split(".", 1)[1] for p in SUITE if p.name.split(".")[0] == stem} == seed_formats


@pytest.mark.parametrize("path", [pytest.param(p, **in_sample("suite", p)) for p in SUITE])
def test_arrivals_and_source_columns_are_mutated_and_caught_in_every_format(path):
    """Money arrived at the budget moved above it (JX205), each source of the 到位 column and each
    source column on the total's row moved one unit (JX204); the same cells rewritten another way
    (full-width, spaces, separators) raise nothing."""
    doc = read_document(path)
    read = mutations.clean(doc)   # each mutation is undone: the document and its clean reading serve all three
    p = read[0].projects[0]
    results = mutations.run_all(doc, read=read)
    missed = [f"{m.what} {m.loc.describe()} {m.before!r}→{m.after!r}" for m in results if not m.caught]
    assert not missed, missed
    sources = {m.loc for m in results if m.what == "fund source"}
    if path.name.startswith("arrivals"):
        assert [m.loc for m in results if m.what == "arrival over budget"] == [p.arrived.loc]
        assert {s.figures["arrived"].loc for s in p.fund_sources} <= sources
    else:
        assert all(s.whole_row for s in p.fund_sources) and len(sources) == len(p.fund_sources) == 3
    made = mutations.neutral(doc, read)
    rewritten = {m.loc for m in made}
    assert {f.loc for s in p.fund_sources for f in s.figures.values()} <= rewritten
    assert p.arrived is None or p.arrived.loc in rewritten
    false = [f"{m.what} {m.loc.describe()} {m.before!r}→{m.after!r}" for m in made if m.caught]
    assert not false, false


# 003's 123 rows: in `make eval`, not in CI
NEUTRAL_DOCUMENTS = [p for p in DOCUMENTS if not p.name.startswith("003")]


def neutral_parts(path) -> int:
    """Each rewrite renormalizes the whole document too: 004's 48 rows (five projects, some 80 rewrites,
    a minute's quarter of a core in one test) checked in parts of 16 rows, which parallel test workers
    share; the parts together make and check every rewrite once (mutations._mine). Each part is a case
    of make test's sample of its own (in_sample), decided by the lines its own rewrites run."""
    return max(1, indicator_rows(path) // 16)


NEUTRAL_PARTS = [pytest.param(path, (k, n), **in_sample("neutral", path, (k, n)))
                 for path in NEUTRAL_DOCUMENTS for n in [neutral_parts(path)] for k in range(n)]


@pytest.mark.parametrize("path,part", NEUTRAL_PARTS)
def test_changes_that_must_change_nothing_raise_no_flag(path, part):
    false = [f"{m.what} {m.loc.describe()} {m.before!r}→{m.after!r}"
             for m in mutations.neutral(read_document(path), part=part) if m.caught]
    assert not false, false


def test_there_are_at_least_fifty_neutral_changes():
    # the rewrites the test above makes, listed without checking each (that is the test above): this
    # test may run on another pytest-xdist worker, where no earlier run of them could be reused; on the
    # worker that listed every kind of mutation, the documents' readings are that test's (listed)
    made = [what for p in NEUTRAL_DOCUMENTS for what, *_ in mutations.rewrites(*listed(p))]
    assert len(made) >= 50
    assert "rate to one place fewer" in made


def test_the_file_name_changes_no_finding(tmp_path):
    from jixiao.rules import check
    from jixiao.normalize import normalize_document
    source = REPORTS / f"{SEEDS[2]}.txt"
    renamed = tmp_path / "另一个名字 (副本).txt"
    renamed.write_bytes(source.read_bytes())
    ids = [sorted(f.id for f in check(normalize_document(read_document(p)))) for p in (source, renamed)]
    assert ids[0] and ids[0] == ids[1]


def test_prose_shares_and_changes_are_mutated_and_caught():
    from jixiao.extract import read_bytes
    text = ("2023年度部门整体支出绩效自评报告\n财政拨款收入900万元，占总收入1200万元的75%。\n"
            "本年支出1200万元，较2022年的1000万元增长20%。\n")
    results = mutations.run_prose(read_bytes(text.encode(), "p.txt"))
    assert sorted(m.what for m in results) == ["prose change", "prose share"]
    assert all(m.caught for m in results), [(m.before, m.after) for m in results]


def test_slips_planted_in_the_rendered_real_templates():
    """benchmarks/planted.py edits the .html and .docx cells themselves (issue 22): on passage 030
    (Hebei, weights only) and 004 (scores, weights, fund table) every plant in a row read is
    caught, and the must-not-change rewrites raise and lose nothing."""
    from benchmarks import planted
    report = planted.measure(["030", "004"])
    p, n = report["plants"], report["must_not_change"]
    assert p["by_kind"]["weight ±1"]["planted"] >= 20 and p["by_kind"]["score ±1"]["planted"] >= 4
    assert p["caught"] + p["not_read"] == p["planted"], report["missed"]
    assert n["made"] >= 20 and n["false_flags"] == 0 and n["lost"] == 0, report["false"]
    assert n["by_kind"]["two rows swapped"]["made"] >= 2


def test_deduction_slips_planted_in_the_deduction_forms():
    """benchmarks/planted.py plants 扣分 slips (a row's or the fund's moved one point, the 合计 two)
    in the forms that head a column 扣分, which no restored passage does: each is caught, by JX307."""
    from benchmarks import planted
    assert {"096", "106"} <= set(planted.deduction_forms())
    report = planted.measure([], formats=("html",), verbose=True, deduction=["096", "106"])
    kinds = report["plants"]["by_kind"]
    assert set(kinds) == {"deduction"} and kinds["deduction"]["planted"] >= 2 * (12 + 2)
    assert kinds["deduction"]["caught"] == kinds["deduction"]["planted"], report["missed"]
    assert all(any(f.startswith("JX307 ") for f in o["new_flags"]) for o in report["all"]), report["all"]


# The 扣分 forms of corpus/constructed (a deduction per row instead of a score, and their 合计; no
# seed or restored passage has one), in every format they are rendered to but the scan.
DEDUCTION_FORMS = sorted(p for stem in ("096", "106") for p in (ROOT / "corpus" / "constructed").glob(f"{stem}.*")
                         if not p.name.endswith(".scan.pdf"))


@pytest.mark.parametrize("path", [pytest.param(p, **in_sample("deduction", p)) for p in DEDUCTION_FORMS])
def test_deductions_and_their_total_are_mutated_and_caught_by_jx307_in_every_format(path):
    """Each row's 扣分 moved one unit, the fund's and the 合计 two: JX307 names the changed cell
    (mutations.run_forms keeps only the named rule's new flags); every other mutation of the form
    (its derived scores, weights, the fund row) is caught as well."""
    doc = read_document(path)
    read = mutations.clean(doc)
    p = read[0].projects[0]
    results = mutations.run_all(doc, read=read)
    planted = {m.what: set() for m in results}
    for m in results:
        planted[m.what].add(m.loc)
    assert planted.get("deduction") == {i.deduction.loc for i in p.indicators} and len(p.indicators) >= 12
    assert planted.get("fund deduction") == {p.fund_deduction.loc}
    assert planted.get("deduction total") == {p.total_deduction_stated.loc}
    missed = [f"{m.what} {m.loc.describe()} {m.before!r}→{m.after!r}" for m in results if not m.caught]
    assert not missed, missed


def test_a_table_of_repeated_project_blocks_is_mutated_in_a_block_of_each_shape_and_at_each_end():
    """003's seven projects in one table, four of them repeating an earlier block's template between
    two others: the blocks left out each have the shape of a block kept, the first and the last are
    kept, and the blocks kept plant every kind of mutation the whole table does."""
    from itertools import groupby
    doc = read_document(REPORTS / f"{SEEDS[3]}.txt")
    recs, _ = mutations.clean(doc)
    skip = mutations.repeats(recs)

    def left_out(p):
        return not mutations._outside(skip, p.indicators[0].loc)

    def shape(p):
        return [(key, len(list(run))) for key, run in groupby((i.level1, i.level2) for i in p.indicators)]
    assert len(recs.projects) == 7 and len(skip) == 4
    kept = [p for p in recs.projects if not left_out(p)]
    assert kept[0] is recs.projects[0] and kept[-1] is recs.projects[-1] and len(kept) == 3
    assert all(any(shape(p) == shape(k) for k in kept) for p in recs.projects if left_out(p))
    every = mutations.targets(doc, recs) + mutations.form_targets(doc, recs)
    assert {t[0] for t in every if mutations._outside(skip, t[1])} == {t[0] for t in every}


def test_the_document_without_its_repeated_blocks_plants_what_the_whole_one_plants_in_the_blocks_kept():
    """run_all(sample=True) mutates 003 without the four blocks that repeat a kept block's template
    (mutations.without), a table of 3 blocks renormalized per table mutation instead of 7: the same cells,
    as written, with the same kinds and sizes of mutation, the same cells left alone for a baseline flag,
    as the whole document plants outside those blocks. (The prose restates every block's figures: its
    mutations are planted in the whole document, so this holds there and not in the smaller one.)"""
    doc = read_document(REPORTS / f"{SEEDS[3]}.txt")
    whole = mutations.clean(doc)
    skip = mutations.repeats(whole[0])
    small = mutations.without(doc, skip)
    read = mutations.clean(small)
    assert len(read[0].projects) == 3 and mutations.repeats(read[0]) == []
    assert small.tables()[1].n_rows == doc.tables()[1].n_rows - sum(b - a + 1 for _, a, b in skip)

    def planned(d, read, keep, row):
        recs, flags = read
        flagged = {(x.table, row(x), x.col) for f in flags for x in f.locations if keep(x)}

        def cell(loc):
            return (loc.table, row(loc), loc.col)
        return (sorted((what, cell(loc), d.tables()[loc.table].cell_at(loc.row, loc.col).text, n, cell(loc) in flagged)
                       for what, loc, n in mutations.targets(d, recs) if keep(loc)),
                sorted((what, cell(loc), sorted((cell(c), t) for c, t in change.items()), code,
                        any(cell(c) in flagged for c in change))
                       for what, loc, change, code in mutations.form_targets(d, recs) if keep(loc)))

    def moved(loc):   # the row a cell of the whole table has in the smaller one
        return None if loc.row is None else loc.row - sum(b - a + 1 for t, a, b in skip if t == loc.table and b < loc.row)
    kept = planned(doc, whole, lambda loc: mutations._outside(skip, loc), moved)
    assert planned(small, read, lambda loc: True, lambda loc: loc.row) == kept
    assert len(kept[0]) >= 100 and kept[1]
