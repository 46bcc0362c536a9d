"""The desk's flag tables (schema step 4, issue 26): the queue paged by key both ways, filters and
the trigram search as the desk filtered before, counts kept equal to the rows, and a saved result
rewriting its own document's flags and no other's."""
from __future__ import annotations

import shutil
from dataclasses import asdict

import pytest

from benchmarks.desk_flags import synthesize
from jixiao.desk.queue import KEYS, PAGE, SORTS, Query, counts, distinct, matching, page, resolve_units
from jixiao.nightly.state import State, now
from jixiao.nightly.worker import FileResult

from .desk_fixtures import client, login

N = 450


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("flags") / "out"
    out.mkdir()
    synthesize(out / "state.sqlite", N)
    return out


@pytest.fixture
def state(made, tmp_path):
    shutil.copy(made / "state.sqlite", tmp_path / "state.sqlite")
    st = State(tmp_path / "state.sqlite")
    yield st
    st.close()


def every_flag(st: State) -> list[dict]:
    cols = ("id", "doc", "flag_id", "rule", "severity", "sev_rank", "message", "evidence", "location", "unit", "year",
            "status", "assignee")
    return [dict(zip(cols, r)) for r in st.db.execute(f"SELECT {', '.join(cols)} FROM flags")]


def selected(st: State, query: Query) -> list[dict]:
    """What the desk selected before the tables: the filter applied to every flag in Python."""
    def keep(f):
        text = " ".join((f["flag_id"], f["doc"], f["message"], f["evidence"], f["location"], f["unit"])).lower()
        return ((not query.severity or f["severity"] == query.severity)
                and f["rule"].startswith(query.rule.upper())
                and (not query.status or f["status"] == query.status)
                and query.unit in f["unit"]
                and (not query.year or f["year"] == query.year)
                and (not query.assignee or f["assignee"] == ("" if query.assignee == "-" else query.assignee))
                and all(w.lower() in text for w in query.q.split()))
    return sorted((f for f in every_flag(st) if keep(f)), key=lambda f: tuple(f[k] for k in KEYS[query.sort]))


def walk(st: State, query: Query) -> tuple[list[int], list[int]]:
    """Every page forward by `next`, then back from the last by `previous`: the ids in order."""
    forward, after, last = [], "", None
    while True:
        flags, nxt, prev = page(st, query, after=after)
        assert len(flags) <= PAGE and (len(flags) == PAGE or not nxt)
        forward += [f["id"] for f in flags]
        last = (flags, prev)
        if not nxt:
            break
        after = nxt
    back, prev = [], last[1]
    while prev:
        flags, _, prev = page(st, query, before=prev)
        assert len(flags) == PAGE
        back = [f["id"] for f in flags] + back
    return forward, back + [f["id"] for f in last[0]]


@pytest.mark.parametrize("sort", SORTS)
def test_pages_of_100_walk_the_queue_in_order_both_ways(state, sort):
    expected = [f["id"] for f in selected(state, Query(sort=sort))]
    assert len(expected) == N
    forward, backward = walk(state, Query(sort=sort))
    assert forward == expected and backward == expected


@pytest.mark.parametrize("params", [
    {"severity": "high"}, {"rule": "jx1"}, {"severity": "medium", "rule": "JX3", "sort": "doc"},
    {"status": "confirmed"}, {"assignee": "alice"}, {"assignee": "-", "rule": "JX2"}, {"year": "2021", "sort": "rule"},
    {"unit": "区财政局"}, {"q": "jx1"}, {"q": "专项资金 表1"}, {"q": "部分指标未达到 JX"}, {"q": '"引号'},
    # words of 1-2 characters (the index of single characters): Han, Latin in either case, digits,
    # punctuation, a word across punctuation or from a number into Han, a space's neighbours, none
    {"q": "资"}, {"q": "资金"}, {"q": "饮水"}, {"q": "x"}, {"q": "Jx"}, {"q": "%"}, {"q": "0%"}, {"q": "%，"},
    {"q": "1行"}, {"q": "f "}, {"q": "元，"}, {"q": "3/"}, {"q": "资 表3"}, {"q": "执行 JX3", "sort": "doc"},
    {"q": "资", "severity": "high"}, {"q": "x" * 2 + " 囧"}])
def test_filters_select_what_they_selected_before(state, params):
    query = Query.from_params(params)
    expected = selected(state, query)
    assert walk(state, query)[0] == [f["id"] for f in expected]
    by_status = {s: sum(1 for f in expected if f["status"] == s) for s in ("open", "confirmed", "dismissed")}
    if not query.status:
        assert counts(state, query) == by_status
    assert list(matching(state, query)) == list(dict.fromkeys(f["flag_id"] for f in expected))
    assert distinct(state, query) == len(matching(state, query))
    resolved = resolve_units(state, Query.from_params(params))   # the unit names looked up once, as the queue does
    assert [f["id"] for f in page(state, resolved)[0]] == [f["id"] for f in expected[:PAGE]]
    assert counts(state, resolved) == counts(state, query)


def test_the_queue_page_links_the_next_and_previous_pages(made):
    with client(made) as c:
        login(c, "alice")
        first = c.get("/api/flags").json()
        assert len(first["flags"]) == PAGE and first["total"] == N and first["next"] and not first["previous"]
        second = c.get("/api/flags", params={"after": first["next"]}).json()
        assert second["previous"] and not {f["flag_id"] for f in second["flags"]} & {f["flag_id"] for f in first["flags"]}
        back = c.get("/api/flags", params={"before": second["previous"]}).json()
        assert back["flags"] == first["flags"]
        html = c.get("/").text
        assert 'rel="next"' in html and 'rel="prev"' not in html and f'<b id="total">{N}</b>' in html
        assert 'id="short-words"' not in c.get("/", params={"q": "JX 专项资金"}).text   # short words are indexed too
        for bad in ("[1,2", '["a"]', "[true,1,1,1,1]", "x" * 5000):     # a cursor from the address is untrusted
            r = c.get("/api/flags", params={"after": bad})
            assert r.status_code == 200 and r.json()["flags"] == first["flags"]


def summaries_hold(st: State) -> None:
    """The summary rows equal what the flags table counts."""
    assert sorted(st.db.execute("SELECT rule, severity, status, year, n FROM flag_counts WHERE n != 0")) == sorted(
        st.db.execute("SELECT rule, severity, status, year, count(*) FROM flags GROUP BY 1, 2, 3, 4"))
    assert sorted(st.db.execute("SELECT unit, year, total, high, medium, low FROM unit_counts WHERE total != 0")) == sorted(
        st.db.execute("SELECT unit, year, count(*), sum(severity = 'high'), sum(severity = 'medium'), "
                      "sum(severity = 'low') FROM flags GROUP BY 1, 2"))
    assert st.db.execute("SELECT count(*) FROM flags_fts").fetchone()[0] == st.db.execute(
        "SELECT count(*) FROM flags").fetchone()[0]
    st.db.execute("INSERT INTO flags_fts(flags_fts) VALUES ('integrity-check')")
    for w in ("资", "改动", "JX", "%"):   # the index of single characters follows the rows
        conds, values = Query(q=w).where()
        assert sorted(i for (i,) in st.db.execute(f"SELECT id FROM flags WHERE {' AND '.join(conds)}", values)) == \
            sorted(f["id"] for f in selected(st, Query(q=w)))


def test_a_saved_result_rewrites_its_own_flags_and_no_others(state):
    rows = lambda: dict(state.db.execute("SELECT id, doc FROM flags"))   # noqa: E731
    before = rows()
    doc = sorted(set(before.values()))[3]
    stored = state.file(doc)
    resave = lambda result: state.save(doc, stored["size"], stored["mtime_ns"], stored["rules_version"], now(),  # noqa: E731
                                       FileResult(**asdict(result)))
    resave(stored["result"])                       # read again, the same flags: nothing rewritten
    assert rows() == before
    result = stored["result"]
    result.rows["flags"][0] = {**result.rows["flags"][0], "message": "改动后的说明", "evidence_hash": "0" * 16}
    resave(result)
    after = rows()
    assert {i: d for i, d in after.items() if d != doc} == {i: d for i, d in before.items() if d != doc}
    assert sorted(i for i, d in after.items() if d == doc) != sorted(i for i, d in before.items() if d == doc)
    assert state.db.execute("SELECT count(*) FROM flags WHERE doc = ? AND message = '改动后的说明'", (doc,)).fetchone()[0] == 1
    summaries_hold(state)
    # the checks across documents rewrite a result in place (nightly/cross.py): its flags follow
    state.db.execute("UPDATE files SET result = json_set(result, '$.rows.flags', json('[]')) WHERE doc = ?", (doc,))
    state.db.commit()
    assert doc not in rows().values()
    summaries_hold(state)
    # a file gone from the inbox takes its flags along
    keep = set(before.values()) - {sorted(set(before.values()))[5]}
    state.forget_except(keep | {doc})
    assert set(rows().values()) == keep - {doc}
    summaries_hold(state)


def test_decisions_and_assignments_reach_the_flags_they_concern(state):
    flag_id, evidence, doc = state.db.execute(
        "SELECT flag_id, evidence_hash, doc FROM flags WHERE status = 'open' AND assignee = '' LIMIT 1").fetchone()
    state.decide(flag_id, "dismissed", "误报", evidence, now(), analyst="alice", source="desk")
    assert state.db.execute("SELECT status, comment, decided_by FROM flags WHERE flag_id = ?", (flag_id,)).fetchone() == \
        ("dismissed", "误报", "alice")
    with state.db:   # the evidence changed since: the decision lapses
        state.db.execute("UPDATE reviews SET evidence_hash = 'changed' WHERE flag_id = ?", (flag_id,))
    assert state.db.execute("SELECT status, comment FROM flags WHERE flag_id = ?", (flag_id,)).fetchone() == ("open", "")
    sha = state.db.execute("SELECT sha256 FROM doc_info WHERE doc = ?", (doc,)).fetchone()[0]
    with state.db:
        state.db.execute("INSERT INTO assignments VALUES (?, 'bob', 'alice', ?)", (f"sha:{sha}", now()))
    assert {a for (a,) in state.db.execute("SELECT assignee FROM flags WHERE doc = ?", (doc,))} == {"bob"}
    with state.db:
        state.db.execute("INSERT INTO assignments VALUES (?, 'carol', 'alice', ?)", (f"flag:{flag_id}", now()))
    assert state.db.execute("SELECT assignee FROM flags WHERE flag_id = ?", (flag_id,)).fetchone()[0] == "carol"
    with state.db:
        state.db.execute("DELETE FROM assignments WHERE target IN (?, ?)", (f"sha:{sha}", f"flag:{flag_id}"))
    assert {a for (a,) in state.db.execute("SELECT assignee FROM flags WHERE doc = ?", (doc,))} == {""}
    summaries_hold(state)


def test_step_4s_fill_rebuilds_the_same_tables_from_the_results(state):
    """What an upgrade does to a database of many results (flags sharing rule, severity, year)."""
    from jixiao.nightly.state import fill_flag_tables
    cols = "doc, flag_id, rule, severity, message, unit, year, status, comment, decided_by, assignee"
    before = sorted(state.db.execute(f"SELECT {cols} FROM flags"))
    with state.db:
        fill_flag_tables(state.db)
    assert sorted(state.db.execute(f"SELECT {cols} FROM flags")) == before
    summaries_hold(state)


def test_short_words_are_found_across_a_long_text(state):
    """The index of single characters numbers a flag's characters in blocks of 1,000: a word across
    the blocks' edges, and the text's first and last characters, are found as the Python filter finds them."""
    doc = sorted({d for (d,) in state.db.execute("SELECT doc FROM flags")})[2]
    stored = state.file(doc)
    result = stored["result"]
    head = len(" ".join((result.rows["flags"][0]["flag_id"], doc))) + 1   # the message starts after id and document
    message = list("的" * 2600)
    for at, pair in ((1000, "囧x"), (2000, "Y，"), (1999, "%")):   # text positions 1000-1001, 2000-2001, 1999
        message[at - head - 1:at - head - 1 + len(pair)] = pair
    message[-1] = "尾"
    result.rows["flags"][0] = {**result.rows["flags"][0], "message": "".join(message), "evidence_hash": "1" * 16}
    state.save(doc, stored["size"], stored["mtime_ns"], stored["rules_version"], now(), FileResult(**asdict(result)))
    for q in ("囧x", "囧", "x的", "的y", "y，", "，", "%y", "尾", "尾 ", "的尾", "x囧"):
        expected = selected(state, Query(q=q))
        assert walk(state, Query(q=q))[0] == [f["id"] for f in expected], q
    assert len(selected(state, Query(q="囧x"))) == 1 and not selected(state, Query(q="x囧"))
    summaries_hold(state)


def test_the_benchmark_mix_holds_every_rule_of_the_registry():
    # The mix drifted from the registry once (JX407, JX408, JX606, JX903, JX904 missing): a rule a run
    # can raise must pass through the desk's tables in the benchmark too.
    from benchmarks.desk_flags import RULES as MIX
    from jixiao.rules import RULES
    codes = [code for code, _ in MIX]
    assert len(codes) == len(set(codes))
    assert sorted(set(RULES) - set(codes)) == []
    assert sorted(set(codes) - set(RULES)) == []
    assert all(isinstance(w, int) and w >= 1 for _, w in MIX)
