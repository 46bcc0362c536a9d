"""Checks across documents (rules/cross.py, nightly/cross.py): constructed inboxes from the corpus and
the development set."""
from __future__ import annotations

import csv
import io
import re
import shutil
from decimal import Decimal

import pytest

from jixiao.nightly import run_inbox
from jixiao.nightly.state import State
from jixiao.rules import RULES
from jixiao.rules.cross import CopyDetector, Doc, cross_check, project_key, same_project, unit_key

from .conftest import ROOT
from .cross_inbox import (SEED_000, SEED_002, SEED_003, copy, next_year, previous_column_pair, renamed_copy,
                          table_only)


def read_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def cross_flags(out):
    return [r for r in read_csv(out / "flags.csv") if r["rule"].startswith("JX9")]


# names and figures (pure) ------------------------------------------------------------------

def test_names_compare_after_normalization():
    assert unit_key("南昌市西湖区 医疗保障局") == unit_key("南昌市西湖区医疗保障局")
    assert unit_key("江西ＡＢＣ科技有限公司") == unit_key("江西abc科技") == unit_key("江西ABC科技有限责任公司")
    assert unit_key("南昌市西湖区医疗保障局") != unit_key("南昌市东湖区医疗保障局")
    assert project_key("居民医疗保险经费项目") == project_key("居民医疗保险经费") == project_key("居民医疗保险经费自评表")
    assert project_key("（360102）居民医疗保险经费") == project_key("360102 居民医保") == "code:360102"


def _doc(name, **figures):
    figs = {k: {"raw": raw, "value": raw, "tol": tol, "loc": {"file": name, "table": 0, "row": 1}}
            for k, (raw, tol) in figures.items()}
    return Doc(name, name, {"unit": "甲局", "paragraphs": [], "projects": []}), {
        "name": "项目", "unit": "甲局", "year": 2023, "figures": figs, "indicators": []}


def test_figures_agree_within_written_precision_and_exact_ones_exactly():
    a, b = _doc("a.docx", executed=("54.957", "0.0005")), _doc("b.xlsx", executed=("54.96", "0.005"))
    assert same_project([a, b]) == []
    a, b = _doc("a.docx", executed=("54.957", "0.0005")), _doc("b.xlsx", executed=("52.957", "0.0005"))
    found = same_project([a, b])
    assert {f.doc for f in found} == {"a.docx", "b.xlsx"} and len({f.flag_id for f in found}) == 1
    assert {f.evidence_hash for f in found} == {found[0].evidence_hash}
    a, b = _doc("a.docx", total_score_stated=("95", "0")), _doc("b.xlsx", total_score_stated=("95.5", "0"))
    assert [f.rule for f in same_project([a, b])] == ["JX901", "JX901"]   # a score is exact: no slack


def test_a_cross_document_message_names_the_project_or_else_its_unit():
    a, b = _doc("a.docx", executed=("54.957", "0.0005")), _doc("b.xlsx", executed=("52.957", "0.0005"))
    assert same_project([a, b])[0].message.startswith("甲局“项目”（2023年）的全年执行数")
    for _, p in (a, b):
        p["name"] = ""   # a 部门整体 form: no project, the unit answers for the table
    message = same_project([a, b])[0].message
    assert message.startswith("单位“甲局”（2023年）的全年执行数") and "“”" not in message


def _read(raw):
    """A figure as features() keeps it: read by normalize's quantity grammar, exactness and all."""
    from jixiao.normalize.quantity import parse
    from jixiao.normalize.records import Figure
    from jixiao.rules.cross import _fig
    return _fig(Figure(parse(raw), None))


def _indicator_doc(name, actual):
    d, p = _doc(name)
    p["indicators"] = [{"key": "服务人次", "name": "服务人次", "target": None, "actual": _read(actual), "score": None,
                        "target_raw": "", "actual_raw": actual, "loc": {}}]
    return d, p


def test_a_count_is_exact_by_its_measure_word():
    # 人次 is a counter (normalize.quantity.COUNTERS): 1200 and 1201 visits are two different counts
    found = same_project([_indicator_doc("a.docx", "1200人次"), _indicator_doc("b.xlsx", "1201人次")])
    assert [f.rule for f in found] == ["JX901", "JX901"] and "该数字为精确数" in found[0].message
    assert same_project([_indicator_doc("a.docx", "1200人次"), _indicator_doc("b.xlsx", "1200人次")]) == []


def test_a_scaled_count_is_compared_at_its_written_place():
    # 3万人 is written to the 万: 30,400 people may be written so, no slip; 3.6万 cannot
    assert same_project([_indicator_doc("a.docx", "3万人"), _indicator_doc("b.xlsx", "3.04万人")]) == []
    found = same_project([_indicator_doc("a.docx", "3万人"), _indicator_doc("b.xlsx", "3.6万人")])
    assert [f.rule for f in found] == ["JX901", "JX901"] and "按书写精度也不能相同" in found[0].message


def _last_year_column(previous, then):
    """JX904 on one indicator: this year's 上年实际完成值 cell `previous`, last year's actual `then`."""
    from types import SimpleNamespace

    from jixiao.normalize.quantity import parse
    from jixiao.normalize.records import Figure
    from jixiao.rules.cross import _previous_figure, last_year
    i = SimpleNamespace(actual=Figure(parse("1300人次"), None), target=Figure(parse("≥1000人次"), None))
    d, p = _indicator_doc("2023.html", "1300人次")
    p["indicators"][0]["previous"] = _previous_figure({"raw": previous, "loc": {}}, i)
    last, lp = _indicator_doc("2022.html", then)
    return [f.rule for f in last_year([(d, p)], [(last, lp)], ("甲局", "项目", 2023), {"JX904"})]


def test_last_years_column_holds_a_count_exactly():
    assert _last_year_column("1201人次", "1200人次") == ["JX904", "JX904"]
    assert _last_year_column("1200人次", "1200人次") == []


def test_last_years_column_holds_a_scaled_count_at_its_written_place():
    assert _last_year_column("3.04万人", "3万人") == []
    assert _last_year_column("3.6万人", "3万人") == ["JX904", "JX904"]


def test_the_amount_that_arrived_is_compared_across_reports():
    # constructed 082's fund block has 实际到位数 (850.00 for the project)
    from jixiao.extract import read_document
    from jixiao.normalize import normalize_document
    from jixiao.rules.cross import features
    path = ROOT / "corpus" / "constructed" / "082.html"
    figures = features(normalize_document(read_document(path), name=path.name))["projects"][0]["figures"]
    assert figures["arrived"]["raw"] == "850.00"
    a, b = _doc("a.docx", arrived=("850.00", "0.005")), _doc("b.xlsx", arrived=("805.00", "0.005"))
    found = same_project([a, b])
    assert [f.rule for f in found] == ["JX901", "JX901"] and "到位数" in found[0].message


def test_every_cross_rule_is_in_the_catalogue():
    for code in ("JX901", "JX902", "JX903", "JX904"):
        r = RULES[code]
        assert r.summary and r.explanation and r.good and r.bad


# constructed inboxes -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    root = tmp_path_factory.mktemp("cross")
    box, out = root / "box", root / "out"
    box.mkdir()
    copy(SEED_003.with_suffix(".docx"), box / "西湖区自评报告.docx")
    table_only(box / "西湖区自评表.docx", executed="52.957")          # one figure disagrees
    renamed_copy(box / "浔阳区自评报告.txt")                           # another unit's copy
    copy(SEED_002.with_suffix(".docx"), box / "002.docx")              # two formats of one report
    copy(SEED_002.with_suffix(".pdf"), box / "002.pdf")
    (box / "2021").mkdir()
    copy(SEED_000.with_suffix(".txt"), box / "2021" / "000.txt")       # last year's report
    next_year(box / "000-2022.txt", "2022年全年执行资金124.8万元，较上年增长10%。")   # 104 → 124.8 is 20%
    previous_column_pair(box, "15000人次")                              # last year's report said 12000人次
    run_inbox(box, out, workers=2)
    return box, out


def test_a_table_and_a_report_of_one_project_that_disagree(inbox):
    _, out = inbox
    found = [f for f in cross_flags(out) if f["rule"] == "JX901"]
    assert sorted(f["doc"] for f in found) == ["西湖区自评报告.docx", "西湖区自评表.docx"]
    assert len({f["flag_id"] for f in found}) == 1
    report = next(f for f in found if f["doc"] == "西湖区自评报告.docx")
    assert report["stated"] == "54.957" and report["expected"] == "52.957" and "全年执行数" in report["message"]
    assert report["related"].startswith("西湖区自评表.docx") and "第6行" in report["related"]


def test_a_copy_with_another_units_name(inbox):
    _, out = inbox
    found = [f for f in cross_flags(out) if f["rule"] == "JX902"]
    copied = next(f for f in found if f["doc"] == "浔阳区自评报告.txt")
    assert "西湖区自评报告.docx" in copied["related"] and "西湖区自评表.docx" in copied["related"]
    assert "全文相似度 9" in copied["message"] and "段文字相同" in copied["message"]
    # the same unit's own documents are never copies of each other, nor two formats of one report
    assert {f["doc"] for f in found} == {"浔阳区自评报告.txt", "西湖区自评报告.docx", "西湖区自评表.docx"}


def test_two_formats_of_one_report_are_one_report(inbox):
    _, out = inbox
    assert not [f for f in cross_flags(out) if f["doc"] in ("002.docx", "002.pdf")]


def test_last_years_report_is_checked(inbox):
    _, out = inbox
    found = {f["doc"]: f for f in cross_flags(out) if f["rule"] == "JX903"}
    assert set(found) == {"000-2022.txt", "2021/000.txt"}   # either may hold the slip: the flag stands on both
    this = found["000-2022.txt"]
    assert this["related"].startswith("2021/000.txt") and this["stated"] == "增长10%" and this["expected"] == "20.00%"
    assert found["2021/000.txt"]["flag_id"] == this["flag_id"] and found["2021/000.txt"]["related"].startswith("000-2022.txt")


def test_a_last_year_column_is_checked_against_last_years_report(inbox):
    _, out = inbox
    found = {f["doc"]: f for f in cross_flags(out) if f["rule"] == "JX904"}
    assert set(found) == {"桃源2023.html", "桃源2022.html"}   # only the row that differs (12场 and 95% agree)
    assert found["桃源2023.html"]["stated"] == "15000人次" and found["桃源2023.html"]["expected"] == "12000人次"
    assert "免费开放服务人次" in found["桃源2023.html"]["message"] and "桃源2022.html" in found["桃源2023.html"]["related"]


def test_the_outputs_show_the_related_documents(inbox):
    _, out = inbox
    from openpyxl import load_workbook
    ws = load_workbook(out / "report.xlsx", read_only=True)["问题"]
    rows = list(ws.iter_rows(values_only=True))
    col = rows[0].index("相关文件")
    assert any(r[col] and "西湖区自评表.docx" in str(r[col]) for r in rows[1:])
    page = (out / "review.html").read_text(encoding="utf-8")
    assert re.search(r'"related":\s*"西湖区自评表\.docx', page)   # the data the page shows under 相关文件


def test_decisions_survive_renames_and_lapse_when_either_side_changes(inbox, tmp_path):
    box0, out0 = inbox
    box, out = tmp_path / "box", tmp_path / "out"
    shutil.copytree(box0, box)
    shutil.copytree(out0, out)
    flag = next(f for f in cross_flags(out) if f["rule"] == "JX901")
    state = State(out / "state.sqlite")
    evidence = state.known_flag(flag["flag_id"])
    state.decide(flag["flag_id"], "dismissed", "已核实", evidence, "2026-12-01T00:00:00+00:00")
    state.close()

    (box / "西湖区自评表.docx").rename(box / "自评表（改名）.docx")
    s = run_inbox(box, out)
    assert s.processed == 1   # only the renamed file is read again
    after = [f for f in cross_flags(out) if f["flag_id"] == flag["flag_id"]]
    assert {f["doc"] for f in after} == {"西湖区自评报告.docx", "自评表（改名）.docx"}
    assert {f["status"] for f in after} == {"dismissed"}

    table_only(box / "自评表（改名）.docx", executed="53.957")   # the other side's figure changes
    run_inbox(box, out)
    after = [f for f in cross_flags(out) if f["flag_id"] == flag["flag_id"]]
    assert after and {f["status"] for f in after} == {"open"}

    table_only(box / "自评表（改名）.docx")   # the same pair agreeing: no flag
    next_year(box / "000-2022.txt", "2022年全年执行资金124.8万元，较上年增长20%。")
    s = run_inbox(box, out)
    assert s.processed == 2
    assert not [f for f in cross_flags(out) if f["rule"] in ("JX901", "JX903")]


def test_a_quiet_night_skips_the_cross_checks(inbox, tmp_path):
    from jixiao.nightly.cross import update_cross
    _, out0 = inbox
    out = tmp_path / "out"
    shutil.copytree(out0, out)
    state = State(out / "state.sqlite")
    try:
        assert update_cross(state)["skipped"]
    finally:
        state.close()


# the copy detector at scale (synthesized reports) ------------------------------------------

def test_the_detector_finds_planted_copies_among_synthesized_reports():
    from benchmarks.cross_bench import synthesize
    docs, planted = synthesize(400, copies=5, seed=7)
    detector = CopyDetector()
    found = {tuple(sorted((f.doc, f.related[0]["doc"]))) for f in cross_check(docs, ["JX902"], detector=detector)}
    assert found == {tuple(sorted(p)) for p in planted}
    assert detector.timings["candidates"] < 50   # the template sentences every report shares do not pair them


def test_the_desk_shows_both_sources(inbox, tmp_path):
    from fastapi.testclient import TestClient

    from jixiao.desk import create_app
    from jixiao.desk.accounts import add_user

    from .desk_fixtures import PASSWORDS, login
    _, out0 = inbox
    out = tmp_path / "out"
    shutil.copytree(out0, out)
    state = State(out / "state.sqlite")
    add_user(state, "alice", PASSWORDS["alice"])
    state.close()
    flag = next(f for f in cross_flags(out) if f["rule"] == "JX901")
    with TestClient(create_app(out, publish_every=None)) as c:
        login(c, "alice")
        page = c.get(f"/flags/{flag['flag_id']}").text
    sections = page.split('<section class="evidence-doc">')[1:]
    assert len(sections) == 2
    assert any("西湖区自评报告.docx" in s and "54.957" in s and 'class="cited"' in s for s in sections)
    assert any("西湖区自评表.docx" in s and "52.957" in s and 'class="cited"' in s for s in sections)
    assert page.count("相关文件：") == 2


def test_a_failing_cross_step_leaves_the_run_and_its_outputs(tmp_path, monkeypatch):
    import jixiao.nightly.run
    from jixiao import nightly
    def broken(state, config=None):
        raise RuntimeError("boom")
    monkeypatch.setattr(nightly.run, "update_cross", broken)
    box = tmp_path / "box"
    box.mkdir()
    copy(SEED_000.with_suffix(".txt"), box / "000.txt")
    s = run_inbox(box, tmp_path / "out")
    assert s.ok == 1 and not s.output_errors and (tmp_path / "out" / "flags.csv").exists()
    assert any("跨文件核对" in w and "boom" in w for w in s.warnings)


def test_a_result_stored_before_the_cross_features_is_not_damaged(inbox, tmp_path):
    import json
    _, out0 = inbox
    out = tmp_path / "out"
    shutil.copytree(out0, out)
    state = State(out / "state.sqlite")
    try:
        (raw,) = state.db.execute("SELECT result FROM files WHERE doc='002.docx'").fetchone()
        older = json.loads(raw)
        del older["cross"]
        with state.db:
            state.db.execute("UPDATE files SET result=? WHERE doc='002.docx'", (json.dumps(older, ensure_ascii=False),))
        assert state.drop_damaged_results() == []
        assert state.file("002.docx")["result"].cross == {}
    finally:
        state.close()


def test_development_set_report_and_its_table_disagreeing_on_a_score(tmp_path):
    from .cross_inbox import DEV_009, dev_table
    box, out = tmp_path / "box", tmp_path / "out"
    box.mkdir()
    copy(DEV_009.with_suffix(".html"), box / "历城区文化馆自评报告.html")
    dev_table(box / "历城区文化馆自评表.xlsx", score=12)   # a score is exact: 12 against 12.5 is a difference
    run_inbox(box, out)
    found = {f["doc"]: f for f in cross_flags(out)}
    assert set(found) == {"历城区文化馆自评报告.html", "历城区文化馆自评表.xlsx"}
    f = found["历城区文化馆自评表.xlsx"]
    assert f["rule"] == "JX901" and "全年免费开放" in f["message"] and "得分" in f["message"]
    assert (Decimal(f["stated"]), f["expected"]) == (12, "12.5")   # the cell is formatted to one place
    dev_table(box / "历城区文化馆自评表.xlsx")   # the same pair agreeing
    run_inbox(box, out)
    assert cross_flags(out) == []


# the copy detector's index kept between runs ---------------------------------------------

def test_the_minhash_is_datasketchs():
    import numpy as np
    from datasketch import MinHash

    from jixiao.rules.cross import shingle_hashes
    values = shingle_hashes("南昌市西湖区医疗保障局全年预算执行率达到百分之九十八，群众满意度较高。" * 3)
    ours = CopyDetector().minhash(values, np.zeros(0, dtype=np.uint32), 20)
    theirs = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=lambda v: v)
    theirs.update_batch(values.tolist())
    assert (ours == theirs.hashvalues).all()


def _bench_state(tmp_path, n=300, copies=3):
    import json

    from benchmarks.cross_bench import generate
    planted = []
    state = State(tmp_path / "state.sqlite")
    with state.db:
        state.db.executemany("INSERT INTO files VALUES (?,?,?,?,?,?,?)", [
            (d.doc, 0, 0, d.sha256, "bench", "", json.dumps({"doc": d.doc, "status": "ok", "rows": {"flags": []},
                                                             "cross": d.feats}, ensure_ascii=False))
            for d in generate(n, planted, copies, seed=3)])
    return state, {tuple(sorted(p)) for p in planted}


def _copy_pairs(state):
    import json
    return {tuple(sorted((doc, json.loads(f)["related_docs"][0]["doc"]))) for doc, f in state.db.execute(
        "SELECT f.doc, j.value FROM files f, json_each(f.result, '$.rows.flags') j "
        "WHERE json_extract(j.value, '$.rule') = 'JX902'")}


def test_a_night_with_one_changed_file_hashes_only_that_file(tmp_path):
    from jixiao.nightly.cross import update_cross
    state, planted = _bench_state(tmp_path)
    try:
        first = update_cross(state)
        assert first["signatures_computed"] == 300 and _copy_pairs(state) == planted
        buckets = state.db.execute("SELECT count(*) FROM cross_lsh_buckets").fetchone()[0]
        copy_doc = sorted(planted)[0][1]
        with state.db:   # the copy changes (new bytes): only it is hashed and queried again
            state.db.execute("UPDATE files SET sha256 = 'changed' WHERE doc = ?", (copy_doc,))
        again = update_cross(state)
        assert again["signatures_computed"] == 1 and not again["rebuilt"]
        assert _copy_pairs(state) == planted
        assert state.db.execute("SELECT count(*) FROM cross_lsh_buckets").fetchone()[0] == buckets
        with state.db:   # the copy is gone: its buckets and its pair go with it
            state.db.execute("DELETE FROM files WHERE doc = ?", (copy_doc,))
        gone = update_cross(state)
        assert gone["signatures_computed"] == 0
        assert _copy_pairs(state) == {p for p in planted if copy_doc not in p}
        assert not state.db.execute("SELECT 1 FROM cross_lsh_docs WHERE doc = ?", (copy_doc,)).fetchall()
    finally:
        state.close()


@pytest.mark.parametrize("damage", ["DROP TABLE cross_lsh_buckets", "DELETE FROM cross_lsh_pairs",
                                    "DROP TABLE cross_docs", "ALTER TABLE cross_lsh_docs DROP COLUMN rows_key",
                                    "DROP TABLE cross_lsh_counts",
                                    "DELETE FROM cross_lsh_docs WHERE id IN (SELECT id FROM cross_lsh_docs LIMIT 5)"])
def test_a_missing_or_damaged_cross_table_rebuilds_itself(tmp_path, damage):
    from jixiao.nightly.cross import update_cross
    state, planted = _bench_state(tmp_path, n=120, copies=2)
    try:
        update_cross(state)
        with state.db:
            state.db.execute(damage)
            state.db.execute("UPDATE files SET sha256 = 'changed' WHERE doc = 'r1.docx'")   # a night that runs
        again = update_cross(state)
        assert again["rebuilt"] and again["signatures_computed"] == 120
        assert _copy_pairs(state) == planted
        assert not update_cross(state).get("rebuilt")   # and it is whole again
    finally:
        state.close()


def test_a_unit_read_anew_reindexes_the_document(tmp_path):
    """The same file read by a newer normalizer that names its unit differently: its kept pairs,
    made for the old unit, go; the copy found again under the new name."""
    import json

    from jixiao.nightly.cross import update_cross
    state, planted = _bench_state(tmp_path, n=120, copies=2)
    try:
        update_cross(state)
        src, copy_doc = sorted(planted)[0]
        (raw,) = state.db.execute("SELECT result FROM files WHERE doc = ?", (copy_doc,)).fetchone()
        (src_unit,) = state.db.execute("SELECT json_extract(result, '$.cross.unit') FROM files WHERE doc = ?",
                                       (src,)).fetchone()
        result = json.loads(raw)
        result["cross"]["unit"] = src_unit   # now read as the source's unit: one unit, no copy
        with state.db:
            state.db.execute("UPDATE files SET result = ?, rules_version = 'newer' WHERE doc = ?",
                             (json.dumps(result, ensure_ascii=False), copy_doc))
        again = update_cross(state)
        assert again["signatures_computed"] == 1
        assert _copy_pairs(state) == planted - {(src, copy_doc)}
    finally:
        state.close()


def test_two_units_sharing_only_their_forms_note_are_not_copies(tmp_path):
    """054 (保山市退役军人事务局) and 062 (投资促进中心) fill in the same Yunnan form, whose note
    under the table (备注:1.预算执行情况口径…) is the template's text: with two units only it is
    not common enough to be counted as template, and it was their only shared passage (JX902)."""
    from .conftest import ROOT
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("054.html", "062.html"):
        shutil.copy(ROOT / "corpus" / "realworld" / name, inbox / name)
    run_inbox(inbox, tmp_path / "out")
    assert not [f for f in cross_flags(tmp_path / "out") if f["rule"] == "JX902"]


def test_last_years_change_reads_an_amount_grouped_by_commas_whole():
    """预算1,248万元 is 1248万元: the comparison with last year must not take its 248 alone (the
    pattern had no guard against a comma between digit groups)."""
    from jixiao.rules import cross
    m = cross._YOY.search("2022年全年执行资金1,248万元，较上年增长20%。")
    assert m and m.group(2) == "1,248"
    assert cross._written(m.group(2), m.group(3)).lo == Decimal("12475000.0")


def test_last_years_change_reads_its_base_by_the_grammar_of_last_year():
    """比上一年度增长 / 与去年同期相比增长: the base is last year by its grammar (比 / 较 / 与 + 上一年度 / 去年 …, or
    同比), not five spellings; a base of another period (上月, 2021年) is no change on last year's report."""
    from jixiao.rules import cross
    for text in ("执行资金124.8万元，比上一年度增长20%。", "执行资金124.8万元，与去年同期相比增长20%。",
                 "执行资金124.8万元，较上年度增长20%。"):
        m = cross._YOY.search(text)
        assert m and m.group(2) == "124.8" and m.group(5) == "20", text
    assert cross._YOY.search("执行资金124.8万元，较上月增长20%。") is None
    assert cross._YOY.search("执行资金124.8万元，较2021年增长20%。") is None


def test_last_years_change_reads_its_verb_and_direction_by_the_grammar_of_change():
    """较上年提升20% / 同比缩减20% / 较上年压减5%: the verb of change and its direction come from the rules' one
    grammar of it (rules.common.MOVE / direction, normalize.quantity's morphemes), not a list of six verbs; a
    word of no direction is no change to compare."""
    from jixiao.rules import cross
    from jixiao.rules.common import direction
    got = []
    for text in ("执行资金124.8万元，较上年提升20%。", "预算资金90万元，同比缩减10%。", "支出资金95万元，较上年压减5%。",
                 "执行资金124.8万元，较上年增长20%。"):
        m = cross._YOY.search(text)
        got.append((m.group(4), direction(m.group(4))) if m else None)
    assert got == [("提升", True), ("缩减", False), ("压减", False), ("增长", True)]
    assert cross._YOY.search("执行资金124.8万元，较上年持平20%。") is None
