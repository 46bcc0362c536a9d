"""State upgrades and damage (docs/reliability.md, 3): numbered schema migrations, an earlier
release's database upgraded in place, a newer one refused untouched, damaged result rows and
databases of unknown schema contained to what is damaged."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import sqlite3

import pytest

from jixiao import pipeline
from jixiao.desk import DeskError, create_app
from jixiao.nightly import StateError, run_inbox
from jixiao.nightly import state as state_module
from jixiao.nightly.state import SCHEMA_VERSION, STEPS, State, expected_tables

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
V0 = FIXTURES / "state-v0"   # written by the release at 32cc428 (make.py there), with its inbox box/
R24 = FIXTURES / "results-r24"   # results stored by the release before the deduction columns (make.py there)
# One state database per schema version, each written by the release that had it (README there).
RELEASED = sorted(FIXTURES.glob("state-v*/state.sqlite"), key=lambda p: int(p.parent.name[7:]))
SLIP = "执行率=174.83/178.95*100%=97.14%，{}。\n"


def read_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def kept(path):
    """What an upgrade must keep: decisions, history, assignments and accounts, row for row."""
    db = sqlite3.connect(path)
    try:
        return {
            "reviews": sorted(db.execute("SELECT flag_id, status, comment, evidence_hash, decided_at, decided_by FROM reviews")),
            "history": sorted(db.execute("SELECT id, flag_id, at, analyst, source, old_status, old_comment, status, comment, "
                                         "evidence_hash FROM history")),
            "assignments": sorted(db.execute("SELECT * FROM assignments")),
            "users": sorted(db.execute("SELECT * FROM users")),
        }
    finally:
        db.close()


def carried(before, out):
    """An upgrade across RULES_VERSION 26 (flag ids from the finding): every decision kept, on the
    flag that had its id (renamed_flags), the history kept (and added to), a flag's assignment on
    its new id, accounts as they were. Returns what is kept now."""
    after = kept(out / "state.sqlite")
    state = State(out / "state.sqlite")
    renamed = state.renamed_flags({r[0] for r in before["reviews"]} | {a[0][5:] for a in before["assignments"]})
    state.close()
    assert sorted(r[1:3] + r[4:] for r in after["reviews"]) == sorted(r[1:3] + r[4:] for r in before["reviews"])
    assert {r[0] for r in after["reviews"]} == {renamed.get(r[0], r[0]) for r in before["reviews"]}
    assert set(before["history"]) <= set(after["history"])
    assert after["assignments"] == sorted((f"flag:{renamed[a[0][5:]]}" if a[0][5:] in renamed else a[0], *a[1:])
                                          for a in before["assignments"])
    assert after["users"] == before["users"]
    flags = {f["flag_id"]: f for f in read_csv(out / "flags.csv")}
    for flag_id, status, comment, *_ in before["reviews"]:
        if flag_id in renamed or flag_id in flags:
            f = flags[renamed.get(flag_id, flag_id)]
            assert (f["status"], f["comment"]) == (status, comment)
    return after


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def released(tmp_path, fixture):
    box, out = tmp_path / "box", tmp_path / "out"
    shutil.copytree(V0 / "box", box)
    out.mkdir()
    shutil.copy(fixture, out / "state.sqlite")
    return box, out


@pytest.fixture
def v0(tmp_path):
    """A copy of the earlier release's output folder (its state database) and its inbox."""
    return released(tmp_path, V0 / "state.sqlite")


# 1. schema versions and migrations -------------------------------------------------------------

def test_there_is_a_fixture_for_every_released_schema():
    """A new step needs a state database written at the version before it, kept here."""
    versions = [int(p.parent.name[7:]) for p in RELEASED]
    assert versions[0] == 0 and versions[-1] == SCHEMA_VERSION
    for p in RELEASED:
        assert sqlite3.connect(f"file:{p}?mode=ro", uri=True).execute("PRAGMA user_version").fetchone()[0] == \
            int(p.parent.name[7:])


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.parent.name)
def test_every_released_database_opens_with_its_decisions_and_history(tmp_path, fixture):
    box, out = released(tmp_path, fixture)
    version = int(fixture.parent.name[7:])
    before = kept(out / "state.sqlite")
    assert before["reviews"] and before["history"] and before["assignments"] and before["users"]
    s = run_inbox(box, out)
    assert any(f"已从结构版本 {version} 升级到" in w for w in s.warnings) == (version < SCHEMA_VERSION)
    carried(before, out)
    assert sqlite3.connect(out / "state.sqlite").execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_earlier_release_is_upgraded_in_place_with_decisions_history_and_assignments(v0):
    box, out = v0
    before = kept(out / "state.sqlite")
    assert before["reviews"] and before["history"] and before["assignments"] and before["users"]
    original = (out / "state.sqlite").read_bytes()
    s = run_inbox(box, out)
    assert any("已从结构版本 0 升级到" in w for w in s.warnings)
    carried(before, out)
    db = sqlite3.connect(out / "state.sqlite")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM meta WHERE key='desk_secret'").fetchone()[0] == 0   # the secret moved
    assert {"sessions", "login_attempts"} <= {n for (n,) in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    # the copy made before upgrading is the old database, whole
    copy = out / "state.sqlite.v0.bak"
    assert kept(copy) == before
    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == 0
    assert len(copy.read_bytes()) >= len(original) // 2
    # the decisions still show in the outputs (carried checked it), and the desk starts on it
    create_app(out, publish_every=None)
    s = run_inbox(box, out)                       # the next run: nothing more to upgrade
    assert not any("升级" in w for w in s.warnings)


def test_every_step_leads_to_the_schema_a_new_database_has(tmp_path):
    """From the earlier release and from each version in between, the steps make exactly the
    tables and columns of a database made new."""
    new = State(tmp_path / "new.sqlite")
    fresh = {t: set(c) for t, c in state_module._tables(new.db).items()}
    new.close()
    assert fresh == {t: set(c) for t, c in expected_tables(SCHEMA_VERSION).items()}
    assert [n for n, _ in STEPS] == list(range(1, SCHEMA_VERSION + 1))   # numbered, none skipped
    for start in range(0, SCHEMA_VERSION):
        path = tmp_path / f"from-{start}.sqlite"
        if start == 0:
            shutil.copy(V0 / "state.sqlite", path)
        else:
            db = sqlite3.connect(path)
            for n, step in STEPS[:start]:
                step(db)
            db.execute(f"PRAGMA user_version = {start}")
            db.commit()
            db.close()
        st = State(path)
        assert st.upgraded_from == start and st.version() == SCHEMA_VERSION
        assert {t: set(c) for t, c in state_module._tables(st.db).items()} == fresh
        st.close()


def test_a_failing_step_leaves_the_database_at_its_last_version(v0, monkeypatch):
    _, out = v0
    before = kept(out / "state.sqlite")

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk went away")

    monkeypatch.setattr(state_module, "STEPS", (*STEPS[:2], (3, broken)))
    with pytest.raises(sqlite3.OperationalError):
        State(out / "state.sqlite")
    db = sqlite3.connect(out / "state.sqlite")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2            # steps 1 and 2 done
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name='half_done'").fetchone()   # step 3 undone
    db.close()
    assert kept(out / "state.sqlite") == before
    monkeypatch.undo()
    st = State(out / "state.sqlite")                                        # the next open finishes it
    assert st.version() == SCHEMA_VERSION and st.upgraded_from == 2
    st.close()


def queue_from_results(path):
    """The queue as the desk read it before step 4: every flag of the stored results (their JSON),
    with the decision that holds on its evidence, its assignee (the flag's, else its document's by
    path, else by content), and its document's unit and year."""
    db = sqlite3.connect(path)
    reviews = {r[0]: r[1:] for r in db.execute("SELECT flag_id, status, comment, evidence_hash, decided_by FROM reviews")}
    assigned = dict(db.execute("SELECT target, analyst FROM assignments"))
    rows = []
    for doc, sha256, raw in db.execute("SELECT doc, sha256, result FROM files"):
        result = json.loads(raw)
        projects = result["rows"].get("projects", [])
        unit, year = (next((str(p[k]) for p in projects if p.get(k) not in (None, "", "None", "nan", "<NA>")), "")
                      for k in ("unit", "year"))
        for f in result["rows"].get("flags", []):
            status, comment, evidence, by = reviews.get(f["flag_id"], ("open", "", None, ""))
            if evidence != f["evidence_hash"]:
                status, comment, by = "open", "", ""
            who = assigned.get("flag:" + f["flag_id"]) or assigned.get("doc:" + doc) or assigned.get("sha:" + sha256, "")
            rows.append((doc, f["flag_id"], f["rule"], f["severity"], f["message"], status, comment, by, who, unit, year))
    db.close()
    return sorted(rows)


def decided(path):
    """The desk's queue by document and rule, ids aside: what an analyst sees decided."""
    return sorted((r[0], r[2], r[5], r[6], r[7], r[8]) for r in queue_from_tables(path))


def queue_from_tables(path):
    db = sqlite3.connect(path)
    try:
        return sorted(db.execute("SELECT doc, flag_id, rule, severity, message, status, comment, decided_by, assignee, "
                                 "unit, year FROM flags"))
    finally:
        db.close()


@pytest.mark.parametrize("fixture", [V0 / "state.sqlite", FIXTURES / "state-v3" / "state.sqlite"], ids=["v0", "v3"])
def test_step_4_fills_the_desks_tables_from_the_stored_results(tmp_path, fixture):
    """An upgraded database with results but no flag tables gets them filled from its results: the
    desk's queue (flags, decisions, assignees, units, years, counts) is the one read before from JSON."""
    path = tmp_path / "state.sqlite"
    shutil.copy(fixture, path)
    before = queue_from_results(path)
    assert before and any(r[5] != "open" for r in before) and any(r[8] for r in before)
    st = State(path)
    assert st.version() == SCHEMA_VERSION
    assert queue_from_tables(path) == before
    counts = {}
    for r in before:
        counts[r[5]] = counts.get(r[5], 0) + 1
    assert dict(st.db.execute("SELECT status, sum(n) FROM flag_counts GROUP BY status HAVING sum(n) > 0")) == counts
    assert st.db.execute("SELECT count(*) FROM doc_info").fetchone()[0] == \
        st.db.execute("SELECT count(*) FROM files").fetchone()[0]
    # the desk serves that queue
    from jixiao.desk.queue import Query, queue
    q = queue(st, Query())
    assert sorted((f["doc"], f["flag_id"], f["status"], f["assignee"]) for f in q.flags) == \
        sorted((r[0], r[1], r[5], r[8]) for r in before)
    assert q.total == len(before)
    st.close()


def test_a_newer_database_is_refused_and_left_untouched(v0, capsys):
    box, out = v0
    run_inbox(box, out)
    db = sqlite3.connect(out / "state.sqlite")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    digest, listing = sha(out / "state.sqlite"), sorted(p.name for p in out.iterdir())
    with pytest.raises(StateError, match="更新版本"):
        run_inbox(box, out)
    assert pipeline.main(["run", "--inbox", str(box), "--out", str(out)]) == 1
    assert "更新版本的 jixiao" in capsys.readouterr().err
    assert pipeline.main(["users", "list", "--out", str(out)]) == 1
    with pytest.raises(DeskError, match="更新版本"):
        create_app(out, publish_every=None)
    assert sha(out / "state.sqlite") == digest
    assert sorted(p.name for p in out.iterdir()) == listing    # nothing set aside, no -wal, no copy


def test_results_stored_before_the_deduction_columns_show_them_empty_then_are_read_again_keeping_decisions(tmp_path):
    """A new output column is a new key in the stored rows, not a schema step: results stored by
    the release before it (results-r24, its make.py) still decode; published as they are (the desk
    or `jixiao review` before the next run) they show the column empty; the next run reads them again
    (their rules_version records the older code) and fills it, every decision, history entry,
    assignment and the desk's tables kept."""
    box, out = tmp_path / "box", tmp_path / "out"
    shutil.copytree(R24 / "box", box)
    out.mkdir()
    shutil.copy(R24 / "state.sqlite", out / "state.sqlite")
    before, desk = kept(out / "state.sqlite"), queue_from_tables(out / "state.sqlite")
    decided_before = decided(out / "state.sqlite")
    assert len(before["reviews"]) == 2 and len(before["history"]) == 3 and before["assignments"]
    assert any(r[2] == "JX307" and r[5] == "confirmed" and r[8] == "alice" for r in desk)
    from jixiao.nightly.outputs import publish
    from jixiao.nightly.run import RunSummary
    state, warnings = state_module.open_state(out / "state.sqlite")
    assert not warnings and state.upgraded_from is None         # nothing damaged, no schema step
    publish(state, out, RunSummary(out=out), force=True)
    state.close()
    rows = read_csv(out / "indicators.csv")
    assert len(rows) == 26 and all(r["deduction"] == "" for r in rows)
    assert all(p["fund_deduction"] == p["total_deduction_stated"] == "" for p in read_csv(out / "projects.csv"))
    # so do the department and implementing unit columns (stored by no release before them)
    assert all(p["department"] == p["agency"] == p["agency_location"] == "" for p in read_csv(out / "projects.csv"))
    s = run_inbox(box, out)
    assert s.processed == 3 and s.reused == 0 and not s.warnings
    # The decisions move to the flags' ids of RULES_VERSION 26 (test_decisions_move_to_the_finding_ids…).
    after = kept(out / "state.sqlite")
    assert decided(out / "state.sqlite") == decided_before
    assert sorted(r[1:3] + r[4:] for r in after["reviews"]) == sorted(r[1:3] + r[4:] for r in before["reviews"])
    assert set(before["history"]) <= set(after["history"])
    assert (after["assignments"], after["users"]) == (before["assignments"], before["users"])
    deductions = [r["deduction"] for r in read_csv(out / "indicators.csv") if r["doc"] == "096.html"]
    assert deductions == ["0", "0", "0", "0", "0.2", "0", "0", "0", "0", "0", "0", "1", "0"]
    assert {p["doc"]: (p["fund_score"], p["fund_deduction"], p["total_deduction_stated"])
            for p in read_csv(out / "projects.csv")} == {"096.html": ("9.8", "0.2", "1.4"),
                                                        "096-total.html": ("9.8", "0.2", "1.6")}   # a.txt: no project table
    assert [p["raw"].split(" | ")[-4:] for p in read_csv(out / "projects.csv")] == \
        [["得分=10-0.2", "扣分=0.2", "总分=98.6", f"合计扣分={t}"] for t in ("1.6", "1.4")]   # provenance: the deductions as written
    assert {(f["rule"], f["status"], f["comment"]) for f in read_csv(out / "flags.csv")} == \
        {("JX307", "confirmed", "合计扣分多写0.2，已请单位更正"), ("JX202", "dismissed", "算式为引用")}
    assert {r["flag_id"] for r in read_csv(out / "decisions.csv")} == {r[0] for r in after["reviews"]}
    import openpyxl
    wb = openpyxl.load_workbook(out / "report.xlsx")
    assert "扣分" in next(wb["指标"].iter_rows(values_only=True))
    assert {"资金扣分", "合计扣分"} <= set(next(wb["项目"].iter_rows(values_only=True)))
    assert run_inbox(box, out).reused == 3                       # read once: the next run reuses them


def test_results_stored_before_the_columns_field_show_it_empty_then_are_read_again_with_it(tmp_path):
    """indicators.csv's `columns` (each field's cell column) is a new key in the stored rows, no schema
    step: results stored before it publish with it empty, and the next run reads them again (their
    rules_version records the older code) and fills it, the decisions kept."""
    box, out = tmp_path / "box", tmp_path / "out"
    shutil.copytree(R24 / "box", box)
    out.mkdir()
    shutil.copy(R24 / "state.sqlite", out / "state.sqlite")
    decided_before = decided(out / "state.sqlite")
    from jixiao.nightly.outputs import publish
    from jixiao.nightly.run import RunSummary
    state, warnings = state_module.open_state(out / "state.sqlite")
    assert not warnings and state.upgraded_from is None
    publish(state, out, RunSummary(out=out), force=True)
    state.close()
    rows = read_csv(out / "indicators.csv")
    assert len(rows) == 26 and all(r["columns"] == "" for r in rows)
    assert run_inbox(box, out).processed == 3
    rows = read_csv(out / "indicators.csv")
    assert len(rows) == 26 and all(r["columns"].startswith("name=") and ";target=" in r["columns"]
                                   and ";actual=" in r["columns"] for r in rows)
    assert decided(out / "state.sqlite") == decided_before


def test_results_stored_before_the_beyond_points_column_show_it_empty_then_are_read_again_with_it(tmp_path):
    """projects.csv's `beyond_points` (加分项 / 扣分项 outside the 100, Project.beyond_points) is a new key in
    the stored rows, no schema step: a result stored as the code before it stored it (no such key, its
    rules_version the older code's) publishes with it empty, and the next run reads it again and fills it
    with each point as written and its cell."""
    from .test_normalize import _beyond_page
    box, out = tmp_path / "box", tmp_path / "out"
    box.mkdir()
    (box / "t.html").write_bytes(_beyond_page("100", "+1.5"))
    assert run_inbox(box, out).processed == 1
    db = sqlite3.connect(out / "state.sqlite")
    with db:   # as the release before the column stored it
        db.execute("UPDATE files SET rules_version='older', result=json_remove(result, '$.rows.projects[0].beyond_points')")
    db.close()
    from jixiao.nightly.outputs import publish
    from jixiao.nightly.run import RunSummary
    state, warnings = state_module.open_state(out / "state.sqlite")
    assert not warnings and state.upgraded_from is None
    publish(state, out, RunSummary(out=out), force=True)
    state.close()
    assert [p["beyond_points"] for p in read_csv(out / "projects.csv")] == [""]
    assert run_inbox(box, out).processed == 1
    # the leading "+" escaped as every cell that a spreadsheet would read as a formula (csv_unquote)
    assert [p["beyond_points"] for p in read_csv(out / "projects.csv")] == \
        ["'+1.5（t.html 块1 表2 第5行 第7列）；−0.5（t.html 块1 表2 第6行 第7列）"]


def test_decisions_move_to_the_finding_ids_keeping_history_and_assignments(tmp_path):
    """RULES_VERSION 26 makes flag ids from the part of the evidence that carries the finding. One run
    of it on a state of the release before (results-r24) carries every decision from the flag's old
    id to its new one, where a copy of the report that gives the text otherwise (a.txt spaced as a
    .pdf may give it) shares it; the history goes along with an 'upgrade' entry, the old entries
    stay; assignments and accounts are kept; a second run changes nothing."""
    box, out = tmp_path / "box", tmp_path / "out"
    shutil.copytree(R24 / "box", box)
    (box / "a-copy.txt").write_text("执行率 = 174.83 / 178.95 * 100% = 97.14%，说明甲。\n", encoding="utf-8")
    out.mkdir()
    shutil.copy(R24 / "state.sqlite", out / "state.sqlite")
    before = kept(out / "state.sqlite")
    s = run_inbox(box, out)
    assert s.processed == 4 and not s.warnings
    after = kept(out / "state.sqlite")
    flags = read_csv(out / "flags.csv")
    jx202 = [f for f in flags if f["rule"] == "JX202"]
    assert sorted(f["doc"] for f in jx202) == ["a-copy.txt", "a.txt"] and len({f["flag_id"] for f in jx202}) == 1
    assert {(f["status"], f["comment"]) for f in jx202} == {("dismissed", "算式为引用")}
    [jx307] = [f for f in flags if f["rule"] == "JX307"]
    assert (jx307["status"], jx307["comment"]) == ("confirmed", "合计扣分多写0.2，已请单位更正")
    new_ids = {jx202[0]["flag_id"], jx307["flag_id"]}
    assert {r[0] for r in after["reviews"]} == new_ids and not new_ids & {r[0] for r in before["reviews"]}
    assert sorted(r[1:3] + r[4:] for r in after["reviews"]) == sorted(r[1:3] + r[4:] for r in before["reviews"])
    assert {r["flag_id"] for r in read_csv(out / "decisions.csv")} == new_ids
    assert set(before["history"]) <= set(after["history"])            # the old entries stay as written
    state = State(out / "state.sqlite")
    for old_id in {r[0] for r in before["reviews"]}:
        old = state.history(old_id)
        new_id = next(iter(new_ids & {h[1] for h in after["history"] if h[1] != old_id and h[1][:5] == old_id[:5]}))
        new = state.history(new_id)
        assert new[:-1] == old and new[-1]["source"] == "upgrade" and new[-1]["analyst"] == "alice"
        assert (new[-1]["status"], new[-1]["comment"]) == (old[-1]["status"], old[-1]["comment"])
    state.close()
    assert (after["assignments"], after["users"]) == (before["assignments"], before["users"])
    assert {(r[0], r[5], r[8]) for r in queue_from_tables(out / "state.sqlite") if r[2] != "JX202"} == \
        {("096-total.html", "confirmed", "alice")}                      # the desk's tables, assignee kept
    assert run_inbox(box, out).reused == 4 and kept(out / "state.sqlite") == after


# 2. damage contained ---------------------------------------------------------------------------

def _damage(out, doc, how):
    db = sqlite3.connect(out / "state.sqlite")
    with db:
        if how == "malformed":
            db.execute("UPDATE files SET result = substr(result, 1, 40) WHERE doc=?", (doc,))
        elif how == "missing":
            db.execute("UPDATE files SET result = json_remove(result, '$.rows') WHERE doc=?", (doc,))
        elif how == "string":
            db.execute("UPDATE files SET result = json_set(result, '$.tables', 'three') WHERE doc=?", (doc,))
    db.close()


def test_damaged_result_rows_are_read_again_and_the_rest_reused(tmp_path):
    box, out = tmp_path / "box", tmp_path / "out"
    box.mkdir()
    for i in range(5):
        (box / f"r{i}.txt").write_text(SLIP.format(f"说明{i}"), encoding="utf-8")
    run_inbox(box, out)
    ids_before = {f["flag_id"] for f in read_csv(out / "flags.csv")}
    for doc, how in (("r0.txt", "malformed"), ("r1.txt", "missing"), ("r2.txt", "string")):
        _damage(out, doc, how)
    (box / "new.txt").write_text(SLIP.format("新来的"), encoding="utf-8")
    s = run_inbox(box, out)
    assert s.processed == 4 and s.reused == 2          # the three damaged and the new one read; two reused
    for doc, word in (("r0.txt", "JSON"), ("r1.txt", "缺少 rows"), ("r2.txt", "tables")):
        assert any(doc in w and word in w and "重新读取" in w for w in s.warnings), (doc, s.warnings)
    assert "new.txt" in {d["doc"] for d in read_csv(out / "documents.csv")}
    assert ids_before < {f["flag_id"] for f in read_csv(out / "flags.csv")}
    assert not run_inbox(box, out).warnings            # repaired: the next run is quiet


def test_a_damaged_row_no_longer_stops_jixiao_review(tmp_path, capsys):
    box, out = tmp_path / "box", tmp_path / "out"
    box.mkdir()
    for i in range(2):
        (box / f"r{i}.txt").write_text(SLIP.format(f"说明{i}"), encoding="utf-8")
    run_inbox(box, out)
    flag = next(f for f in read_csv(out / "flags.csv") if f["doc"] == "r1.txt")
    _damage(out, "r0.txt", "malformed")
    assert pipeline.main(["review", flag["flag_id"], "--confirm", "好", "--out", str(out)]) == 0
    assert "r0.txt" in capsys.readouterr().err


def test_an_unknown_schema_is_moved_aside_and_rebuilt_with_the_decisions(v0):
    box, out = v0
    run_inbox(box, out)
    decided = {r["flag_id"]: (r["status"], r["comment"]) for r in read_csv(out / "decisions.csv")}
    assert decided
    (out / "state.sqlite.bak").unlink()
    (out / "state.sqlite").unlink()
    db = sqlite3.connect(out / "state.sqlite")            # sound SQLite, but not a schema we know
    db.execute("CREATE TABLE files (name TEXT, payload BLOB)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.commit()
    db.close()
    s = run_inbox(box, out)
    assert any("结构未知" in w and "已重建" in w and "decisions.csv" in w for w in s.warnings), s.warnings
    assert s.processed == 3                                # every file read again
    aside = list(out.glob("state.sqlite.damaged-*"))
    assert len(aside) == 1 and "payload" in str(sqlite3.connect(aside[0]).execute("SELECT sql FROM sqlite_master").fetchall())
    flags = {f["flag_id"]: f for f in read_csv(out / "flags.csv")}
    assert {f: (flags[f]["status"], flags[f]["comment"]) for f in decided} == decided


def test_an_unknown_schema_with_a_sound_backup_is_restored_from_it(v0):
    box, out = v0
    run_inbox(box, out)
    before = kept(out / "state.sqlite")
    db = sqlite3.connect(out / "state.sqlite")
    db.execute("ALTER TABLE reviews RENAME COLUMN comment TO remark")   # another program's idea of the table
    db.commit()
    db.close()
    s = run_inbox(box, out)
    assert any("结构未知" in w and "已从备份" in w for w in s.warnings), s.warnings
    assert kept(out / "state.sqlite") == before


def test_an_edit_typed_into_a_review_csv_of_the_release_before_is_applied_to_the_new_id(tmp_path):
    """review.csv written before RULES_VERSION 26 names flags by their old ids: a row typed into it
    before the upgrading run is applied to the flag's new id, not reported as a flag gone."""
    box, out = tmp_path / "box", tmp_path / "out"
    shutil.copytree(R24 / "box", box)
    out.mkdir()
    shutil.copy(R24 / "state.sqlite", out / "state.sqlite")
    from jixiao.nightly.outputs import publish
    from jixiao.nightly.run import RunSummary
    state, _ = state_module.open_state(out / "state.sqlite")
    publish(state, out, RunSummary(out=out), force=True)          # as the release before left it
    state.close()
    rows = read_csv(out / "review.csv")
    [row] = [r for r in rows if r["rule"] == "JX202"]
    old_id = row["flag_id"]
    row["status"], row["comment"] = "已确认", "复核后确认"
    with open(out / "review.csv", "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    s = run_inbox(box, out)
    assert s.reviews_read == 1 and not s.review_errors
    [flag] = [f for f in read_csv(out / "flags.csv") if f["rule"] == "JX202"]
    assert flag["flag_id"] != old_id and (flag["status"], flag["comment"]) == ("confirmed", "复核后确认")
