"""Real passages from other provinces (../shared/realworld), their table structure restored by
hand in corpus/realworld/*.html and rendered to .docx, .pdf and .xlsx by corpus/build.py. The
expected records (corpus/realworld/expected/) were checked by hand against the passage."""
import copy

import pytest

from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.normalize.expected import as_read, compare, load

from .conftest import REALWORLD, realworld_passing, sampled

# The strict tests cover the passages listed in corpus/realworld/passing.json; one restored later
# is added there once the reader reads it right in every format (its first read: first_read.json).
PASSAGES = realworld_passing("restored")
LAYOUTS = sorted(p.stem for p in REALWORLD.glob("*.html"))
_read: dict = {}


def records(stem: str, ext: str):
    """A restored passage's records in one format, read once per process: the format test, the slips
    test and the single-passage tests read the same files (each read costs a fraction of a second,
    a .pdf most). Each test gets its own deep copy, so none sees what another did to its records."""
    if (stem, ext) not in _read:
        _read[stem, ext] = normalize_document(read_document(REALWORLD / f"{stem}.{ext}"), name=f"{stem}.{ext}")
    return copy.deepcopy(_read[stem, ext])


@pytest.mark.parametrize("ext", ["html", "docx", "pdf", "xlsx", "xls", "doc"])
@pytest.mark.parametrize("stem", PASSAGES)
def test_restored_passage_reads_as_expected_in_every_format(stem, ext):
    recs = records(stem, ext)
    cmp = compare(recs, load(REALWORLD / "expected" / f"{stem}.json"))
    assert cmp.matched == cmp.expected == cmp.found, cmp.mismatches
    assert not cmp.mismatches, cmp.mismatches


def test_every_restored_passage_has_expected_records():
    assert LAYOUTS and all((REALWORLD / "expected" / f"{s}.json").exists() for s in LAYOUTS)
    for stem in LAYOUTS:
        assert all((REALWORLD / f"{stem}.{ext}").exists() for ext in ("docx", "pdf", "xlsx", "xls", "doc", "scan.pdf"))


def test_every_restored_passage_is_passing_or_has_its_first_read_kept():
    """A passage outside the strict tests is not forgotten: its first read is recorded."""
    import json
    first = json.loads((REALWORLD / "first_read.json").read_text(encoding="utf-8"))["passages"]
    assert set(PASSAGES) <= set(LAYOUTS)
    assert set(LAYOUTS) - set(PASSAGES) <= set(first), sorted(set(LAYOUTS) - set(PASSAGES) - set(first))


def test_operator_and_unit_columns_are_read_with_the_value():
    """Inner Mongolia 决算 table: 指标性质 正向, 指标方向 大于等于 / 小于等于 / 等于, 计量单位 次 / 个 / %."""
    recs = normalize_document(read_document(REALWORLD / "024.docx"))
    got = [(i.target.q.op, str(i.target.q.value), i.target.q.unit, i.actual.q.unit) for i in recs.indicators]
    assert got == [(">=", "1", "次", "次"), ("<=", "1", "个", "个"), ("=", "100", "%", "%"), ("=", "100", "%", "%")]
    assert all(i.level1 == "产出指标" for i in recs.indicators)   # the 一级指标 cell is empty: from 数量/质量指标


NUMBERS = ("target_value", "actual_value", "weight", "score")


# The passages' scans in parts (every SCAN_PARTS-th passage): one part's OCR is a quarter of some six
# minutes of a core, so the parts spread over the test workers instead of one worker reading all 44
# while the other finishes the suite. Each part holds 98% of its own fields, which holds it for the set.
# make test reads the first part only, make test-full (--all-forms) all four: the scans are one scan family
# (corpus/build.py build_scan: clean 150 dpi grey pages), read by one path, and the passages' layouts are
# read in their text formats above. The first part is read in FIRST_SPLIT pieces (every third of its
# passages), each holding 98% of its own fields: one test of some 95 s of a core was the suite's longest,
# carried by one worker; three of some 20-35 s are shared by the two.
SCAN_PARTS = 4
FIRST_SPLIT = 3
SCAN_CASES = [(0, piece) for piece in range(FIRST_SPLIT)] + [(k, None) for k in range(1, SCAN_PARTS)]


@pytest.mark.long   # OCR of a third of a quarter of the passages' scans (or a quarter): started first under xdist
@pytest.mark.parametrize("part, piece", sampled(SCAN_CASES, lambda case: case[0] == 0),
                         ids=[f"{k + 1}of{SCAN_PARTS}" + (f"-{p + 1}of{FIRST_SPLIT}" if p is not None else "")
                              for k, p in SCAN_CASES])
def test_scans_of_the_restored_passages_read_at_least_98_percent_of_fields(part, piece):
    from decimal import Decimal

    from jixiao.normalize.expected import INDICATOR_FIELDS, expected_values, indicator_values
    right = total = 0
    quarter = PASSAGES[part::SCAN_PARTS]
    for stem in quarter if piece is None else quarter[piece::FIRST_SPLIT]:
        recs = normalize_document(read_document(REALWORLD / f"{stem}.scan.pdf"), name=f"{stem}.scan.pdf")
        want = load(REALWORLD / "expected" / f"{stem}.json")["indicators"]
        assert len(recs.indicators) == len(want), stem
        mine = 0
        for e, i in zip(want, recs.indicators):
            w, g = expected_values(e), indicator_values(i)
            mine += sum(as_read(w[f]) == as_read(g[f]) or (f in NUMBERS and w[f] is not None and g[f] is not None
                                                           and Decimal(str(w[f])) == g[f]) for f in INDICATOR_FIELDS)
        right += mine
        total += len(want) * len(INDICATOR_FIELDS)
        assert mine >= 0.8 * len(want) * len(INDICATOR_FIELDS), stem   # one passage may lose more than the set
        assert all(i.ocr_confidence is not None for i in recs.indicators)
    assert right >= 0.98 * total, (right, total)


@pytest.mark.parametrize("ext", ["html", "docx", "pdf", "xlsx"])
def test_a_real_slip_kept_in_a_restored_passage_is_flagged(ext):
    """025 (Anhui 部门整体): 全年执行数 338.31 against a budget of 329.77."""
    from jixiao.rules import check
    recs = records("025", ext)
    [f] = [f for f in check(recs) if f.rule == "JX201"]
    assert f.stated == "338.31" and "金寨县茶谷和美丽乡村建设服务中心" in f.message


@pytest.mark.parametrize("ext", ["html", "docx", "xlsx"])
def test_funds_by_source_are_read_whole_and_raise_nothing_when_they_add_up(ext):
    """008 (Hubei 转移支付): 2380.91 = 871 中央 + 0 省级 + 1509.91 地方 + 0 其他."""
    from jixiao.rules import check
    recs = records("008", ext)
    [p] = recs.projects
    assert [s.label for s in p.fund_sources] == ["其中:中央资金", "省级资金", "地方资金", "其他资金"]
    assert not [f for f in check(recs) if f.rule == "JX204"]


@pytest.mark.parametrize("ext", ["html", "docx", "pdf", "xlsx"])
def test_a_stated_rate_the_amounts_contradict_and_the_score_built_on_it(ext):
    """014 (Hunan 部门整体): 3824.26 of 4753.66 is 80.45%, written 100% and scored 10 of 10."""
    from jixiao.rules import check
    got = {f.rule: f for f in check(records("014", ext))}
    assert got["JX202"].stated == "100%" and got["JX202"].expected == "80.45%"
    assert got["JX203"].stated == "10" and got["JX203"].expected == "8.04"


@pytest.mark.parametrize("ext", ["html", "docx", "pdf", "xlsx"])
@pytest.mark.parametrize("stem", PASSAGES)
def test_restored_passage_raises_exactly_the_slips_judged_by_hand(stem, ext):
    """Each expected/NNN.json lists the findings a person judged true in the passage (rule and the
    figure stated): every one is raised in every format, and nothing else."""
    from jixiao.rules import check
    want = sorted((f["rule"], f["stated"]) for f in load(REALWORLD / "expected" / f"{stem}.json")["flags"])
    got = sorted((f.rule, f.stated) for f in check(records(stem, ext)))
    assert got == want


RAW = REALWORLD / "raw"


def test_the_passages_as_the_web_gave_them_raise_the_judged_slips_and_only_the_known_false_flags():
    """The passages as text listed as passing (001-040), tables flattened: findings against
    raw/flags.json (judged by hand)."""
    import json

    from jixiao.rules import check
    judged = json.loads((RAW / "flags.json").read_text(encoding="utf-8"))["passages"]
    for path in [RAW / name for name in realworld_passing("raw")]:
        got = sorted((f.rule, f.stated) for f in check(normalize_document(read_document(path), name=path.name)))
        entry = judged.get(path.name, {})
        want = sorted((r, s) for r, s, _ in entry.get("true", []) + entry.get("false", []))
        assert got == want, path.name


def test_a_row_is_matched_by_its_name_as_read_and_its_name_still_counts_as_a_wrong_field():
    """A scan cannot show a gloss's tone marks or whether a comma was typed full-width: the row is
    found (recall) but its name, read differently, is a wrong field (accuracy)."""
    recs = records("054", "html")
    want = load(REALWORLD / "expected" / "054.json")
    assert compare(recs, want).matched == len(want["indicators"])
    read = copy.deepcopy(want)
    read["indicators"][0]["level3"] = read["indicators"][0]["level3"].replace(";", "；")   # as OCR reads it
    read["indicators"][1]["level3"] = read["indicators"][1]["level3"][:2] + "(jian)" + read["indicators"][1]["level3"][2:]
    cmp = compare(recs, read)
    assert cmp.matched == cmp.expected == cmp.found
    assert cmp.fields["level3"] == [len(want["indicators"]) - 2, len(want["indicators"])]
    other = copy.deepcopy(want)
    other["indicators"][0]["level3"] = "另一个指标"
    assert compare(recs, other).matched == len(want["indicators"]) - 1
