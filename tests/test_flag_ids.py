"""Flag ids from the finding (README, docs/reliability.md 3): one id for one finding in every format
of a report, however the format wraps and spaces the text; distinct findings keep distinct ids."""
from __future__ import annotations

from collections import defaultdict

import pytest

from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.rules import Flag, check

from .conftest import REPORTS

# The corpus's three findings whose evidence a PDF gives otherwise than the .docx and .txt:
# a sentence cut at a line break, a space dropped, a second paragraph cut.
SPLIT = [("003_f84adbb103d4c9d8", "JX202", "97.14%", "97.7%"),
         ("004_8ce664a1ba30d0b4", "JX603", "1061.62万元", "1061.58万元"),
         ("004_8ce664a1ba30d0b4", "JX701", "增加/减少、增长/下降", "实际数字或文字")]


def flags_of(path):
    return check(normalize_document(read_document(path)))


@pytest.mark.parametrize("report, rule, stated, expected", SPLIT, ids=[f"{r[:3]}-{c}" for r, c, *_ in SPLIT])
def test_one_finding_has_one_id_in_the_docx_the_pdf_and_the_txt(report, rule, stated, expected):
    ids = {}
    for suffix in ("docx", "pdf", "txt"):
        found = [f for f in flags_of(REPORTS / f"{report}.{suffix}")
                 if (f.rule, f.stated, f.expected) == (rule, stated, expected)]
        assert len(found) == 1, suffix
        ids[suffix] = found[0]
    assert len({f.id for f in ids.values()}) == 1, {s: f.id for s, f in ids.items()}
    assert len({f.evidence_hash for f in ids.values()}) == 1      # one evidence hash too: one decision


def test_a_pdf_cut_and_spacing_leave_the_id_but_another_finding_gets_another():
    def flag(evidence, stated="97.14%", expected="97.7%", rule="JX202", scope=""):
        return Flag(rule=rule, severity="high", message="", doc="x", locations=[], evidence=evidence,
                    stated=stated, expected=expected, scope=scope)
    docx = flag("项目资金预算执行率=（全年资金执行数/项目年度预算安排资金）*100%=174.83/178.95*100%=97.14%分值。总得分:99分")
    same = [flag("金）*100%=174.83/178.95*100%=97.14%分值。总得分:99分"),        # the PDF's line break
            flag("项目资金预算执行率 = （全年资金执行数/项目年度预算安排资金）*100% = 174.83/178.95*100% = ９７.１４％分值。"
                 "总得分：99分")]                                                   # spaces, full-width
    assert {f.id for f in same} == {docx.id}
    assert {f.evidence_hash for f in same} == {docx.evidence_hash}
    other = [flag(docx.evidence, stated="97.15%"),                                # another figure stated
             flag(docx.evidence, expected="97.6%"),                               # another figure found
             flag(docx.evidence, rule="JX203"),
             flag(docx.evidence, scope="某单位"),                                  # another unit's template text
             flag(docx.evidence.replace("97.14%分值", "97.14%权重"))]              # other words after the figure
    assert len({f.id for f in other} | {docx.id}) == len(other) + 1


def test_two_reports_with_the_same_figures_keep_two_ids():
    """Other reports' findings with the same figures are other findings: a prose figure keeps the words
    just before it (what the figure is about), and evidence a rule writes from table cells stays whole."""
    from jixiao.extract import Location

    def flag(evidence, rule="JX202", stated="97.14%", expected="97.7%", table=None):
        return Flag(rule=rule, severity="high", message="", doc="x", evidence=evidence, stated=stated,
                    expected=expected, locations=[Location(file="x", table=table, row=1 if table is not None else None)])
    rate = flag("全年预算执行率为97.14%。")
    arrival = flag("全年资金到位率为97.14%。")
    assert rate.id != arrival.id
    listed = flag("3 + 10 + 10 + 7 ≠ 33", rule="JX101", stated="33", expected="30", table=0)
    other = flag("5 + 8 + 10 + 7 ≠ 33", rule="JX101", stated="33", expected="30", table=0)
    assert listed.id != other.id


def test_distinct_findings_of_the_corpus_keep_distinct_ids():
    """Over corpus/reports, format by format: as many ids as the release before gave (none merged),
    and one id per finding across the formats of a report."""
    new, legacy = defaultdict(set), defaultdict(set)
    per_finding = defaultdict(set)
    for path in sorted(REPORTS.iterdir()):
        for f in flags_of(path):
            new[path.suffix].add(f.id)
            legacy[path.suffix].add(f.legacy_id)
            per_finding[(path.name.split("_")[0], f.rule, f.stated, f.expected, f.legacy_id.count("-"))].add(f.id)
    assert {k: len(v) for k, v in new.items()} == {k: len(v) for k, v in legacy.items()}
    assert all(len(ids) == 1 for ids in per_finding.values()), [k for k, ids in per_finding.items() if len(ids) > 1]
