"""The copy detector (JX902, rules/cross.py) on synthesized reports: how long it takes for N
reports, and whether it finds the planted copies and nothing else. Not a test.

    .venv/bin/python -m benchmarks.cross_bench 20000 40000      # sizes to time; extrapolates to 100,000
    .venv/bin/python -m benchmarks.cross_bench --state 20000    # the nightly step over a state database
    .venv/bin/python -m benchmarks.cross_bench --state 100000 --dir=/tmp/x   # the state kept, reused

Each synthesized report has a unit name of its own, the template's sentences that every report
repeats (the 财预〔2020〕10号 boilerplate), sentences from a shared stock of domain phrases (what
different units write alike without copying), paragraphs of its own, and an indicator table of
15 rows; 0.1% of the reports are copies of another unit's report with the unit's name changed
and about one paragraph in seven rewritten. The features are made as the worker makes them
(rules.cross.features' sentence hashes), and that time is reported apart: in the nightly run it
is spent once per file, in the worker, not at publish.
"""
from __future__ import annotations

import random
import sys
import time

from jixiao.rules.cross import CopyDetector, Doc, cross_check, masked, sentence_hash, sentences

TEMPLATE = [
    "为深入贯彻落实《中共中央国务院关于全面实施预算绩效管理的意见》精神，根据财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）要求，现将本单位项目支出绩效自评情况报告如下。",
    "绩效目标是绩效评价的对象计划在一定期限内达到的产出和效果，是实施绩效评价的主要依据。",
    "本次自评采用比较法、因素分析法和公众评判法，对项目决策、过程、产出和效益进行了全面评价。",
    "下一步，我单位将进一步加强预算绩效管理，强化绩效目标约束，提高财政资金使用效益。",
    "自评结果将作为以后年度预算安排的重要依据，并按规定向社会公开。",
]
CHARS = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
         "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
         "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气"
         "第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及"
         "管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据"
         "处府研质村构族住保医疗服务经费预算执行率绩效目标指标完成群众满意度财政资金项目单位")
STOCK = None   # sentences many reports share without copying each other (domain phrasing)


def _sentence(rng: random.Random) -> str:
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(18, 40))) + "。"


def _report(rng: random.Random, unit: str, year: int) -> dict:
    global STOCK
    if STOCK is None:
        stock_rng = random.Random(1)
        STOCK = [_sentence(stock_rng) for _ in range(400)]
    paragraphs = [f"{unit}{year}年度项目支出绩效自评报告"]
    paragraphs += [t for t in TEMPLATE if rng.random() < 0.9]
    for _ in range(rng.randint(20, 40)):
        sents = [_sentence(rng) if rng.random() < 0.8 else rng.choice(STOCK) for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.3:
            sents.insert(0, f"{unit}全年预算{rng.randint(10, 900)}.{rng.randint(0, 99)}万元。")
        paragraphs.append("".join(sents))
    indicators = [{"key": f"指标{k}", "name": f"指标{k}", "actual_raw": rng.choice(
        ["100%", "达到", "是", f"{rng.randint(2, 99999)}人", f"{rng.randint(91, 99)}%", f"{rng.randint(1, 500)}.{rng.randint(1, 9)}万元"])}
        for k in range(15)]
    return {"unit": unit, "year": year, "paragraphs": [{"text": t, "loc": {"file": "", "block": i}} for i, t in enumerate(paragraphs)],
            "projects": [{"name": "项目", "unit": unit, "year": year, "figures": {}, "indicators": indicators}]}


def _copy(rng: random.Random, src: dict, unit: str) -> dict:
    out = {"unit": unit, "year": src["year"], "projects": [{**src["projects"][0], "unit": unit}], "paragraphs": []}
    for p in src["paragraphs"]:
        text = p["text"].replace(src["unit"], unit)
        if rng.random() < 0.15 and len(text) > 30:
            text = _sentence(rng) + _sentence(rng)
        out["paragraphs"].append({**p, "text": text})
    return out


def synthesize(n: int, copies: int | None = None, seed: int = 1) -> tuple[list[Doc], list[tuple[str, str]]]:
    """n reports of n different units (2023), of which `copies` (default 0.1%) copy another's."""
    planted: list[tuple[str, str]] = []
    docs = list(generate(n, planted, copies, seed))
    return docs, planted


def generate(n: int, planted: list, copies: int | None = None, seed: int = 1):
    """The reports one at a time (100,000 of them do not fit in memory as Python objects); the
    copies come last, their sources drawn beforehand and kept. `planted` gets the copied pairs."""
    rng = random.Random(seed)
    copies = max(1, n // 1000) if copies is None else copies
    sources = [rng.randrange(n - copies) for _ in range(copies)]
    kept = {}
    for i in range(n - copies):
        f = _report(rng, f"第{i}号市{rng.choice('东西南北中')}区医疗保障局", 2023)
        if i in sources:
            kept[i] = f
        yield _doc(i, f)
    for k, src in enumerate(sources):
        i = n - copies + k
        planted.append((f"r{src}.docx", f"r{i}.docx"))
        yield _doc(i, _copy(rng, kept[src], f"仿第{k}号县医疗保障局"))


def planted_pairs(n: int, copies: int | None = None, seed: int = 1) -> set[tuple[str, str]]:
    """The pairs generate() plants, without generating the reports (their sources are drawn first)."""
    rng = random.Random(seed)
    copies = max(1, n // 1000) if copies is None else copies
    return {tuple(sorted((f"r{rng.randrange(n - copies)}.docx", f"r{n - copies + k}.docx"))) for k in range(copies)}


def _doc(i: int, f: dict) -> Doc:
    f["sent"] = sorted({sentence_hash(s) for t, _ in masked(f) for s in sentences(t)})
    f["rows"] = len(CopyDetector.rows(f))
    return Doc(f"r{i}.docx", f"sha{i}", f)


def bench(n: int) -> dict:
    # Wall time and this process's CPU time: on a shared machine the CPU time is the figure that
    # does not depend on what else runs.
    t0, c0 = time.perf_counter(), time.process_time()
    docs, planted = synthesize(n)
    t1, c1 = time.perf_counter(), time.process_time()
    import sqlite3

    from jixiao.rules.cross import LSHIndex
    detector, index = CopyDetector(), LSHIndex(sqlite3.connect(":memory:"))
    found = cross_check(docs, ["JX902"], detector=detector, index=index)
    t2, c2 = time.perf_counter(), time.process_time()
    pairs = {tuple(sorted((f.doc, f.related[0]["doc"]))) for f in found}
    want = {tuple(sorted(p)) for p in planted}
    # the same again with the LSH index kept (a night where no report changed its content)
    cross_check(docs, ["JX902"], detector=CopyDetector(), index=index)
    t3, c3 = time.perf_counter(), time.process_time()
    return {"reports": n, "features_s": round(t1 - t0, 1), "detect_s": round(t2 - t1, 1),
            "detect_cached_s": round(t3 - t2, 1), "features_cpu_s": round(c1 - c0, 1),
            "detect_cpu_s": round(c2 - c1, 1), "detect_cached_cpu_s": round(c3 - c2, 1),
            "planted": len(want), "found": len(pairs),
            "true": len(pairs & want), "false": len(pairs - want),
            **{k: (round(v, 1) if isinstance(v, float) else v) for k, v in detector.timings.items()}}


def bench_state(n: int, folder, keep: bool = False) -> dict:
    """The nightly step itself (nightly/cross.py) over a state database of n synthesized results:
    first run over a full state (nothing kept), then after one file changed, then nothing
    changed. Each run in a process of its own, for its own peak memory. With `keep`, the state
    stays in `folder` and a later call reuses it (its cross tables dropped: a first run again);
    making 100,000 results takes longer than the runs."""
    import json
    import subprocess
    from pathlib import Path

    from jixiao.nightly.cross import OLD_TABLES, TABLES
    from jixiao.nightly.state import State
    Path(folder).mkdir(parents=True, exist_ok=True)   # --dir=D names where to keep it: made where missing
    path = Path(folder) / f"state-{n}.sqlite"
    t0 = time.perf_counter()
    if keep and path.exists():
        state = State(path)
        with state.db:
            for t in TABLES + OLD_TABLES:
                state.db.execute(f"DROP TABLE IF EXISTS {t}")
            state.db.execute("DELETE FROM meta WHERE key LIKE 'cross%'")
        state.close()
    else:
        path.unlink(missing_ok=True)
        state = State(path)
        batch = []
        for d in generate(n, []):
            batch.append((d.doc, 0, 0, d.sha256, "bench", "", json.dumps(
                {"doc": d.doc, "status": "ok", "rows": {"flags": []}, "cross": d.feats}, ensure_ascii=False)))
            if len(batch) == 2000:
                with state.db:
                    state.db.executemany("INSERT INTO files VALUES (?,?,?,?,?,?,?)", batch)
                batch = []
        with state.db:
            state.db.executemany("INSERT INTO files VALUES (?,?,?,?,?,?,?)", batch)
        state.close()
    made = time.perf_counter() - t0

    def sizes() -> dict:   # MB per table (SQLite's dbstat): the cross tables beside the results
        import sqlite3
        db = sqlite3.connect(path)
        try:
            return {name: round(mb) for name, mb in db.execute(
                "SELECT name, sum(pgsize) / 1e6 FROM dbstat GROUP BY name HAVING name = 'files' OR name LIKE 'cross%'")}
        finally:
            db.close()

    def step(change: str = "") -> dict:
        out = subprocess.run([sys.executable, "-m", "benchmarks.cross_bench", "--run-state", str(path), change],
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])
    first = step()
    size = sizes()
    found = _copy_pairs(path)
    want = planted_pairs(n)
    first.update(planted=len(want), planted_found=len(found & want), other_pairs=len(found - want))
    one = step("r0.docx")   # one report changes (its bytes: a new sha256 and signature)
    quiet = step()
    if not keep:
        path.unlink()
    return {"reports": n, "tables_mb": size,
            "making_state_s": round(made), "first": first,
            "one_changed": one, "nothing_changed": quiet}


def _copy_pairs(path) -> set[tuple[str, str]]:
    """The pairs the JX902 flags in a state join."""
    import json
    import sqlite3
    db = sqlite3.connect(path)
    try:
        return {tuple(sorted((doc, json.loads(f)["related_docs"][0]["doc"]))) for doc, f in db.execute(
            "SELECT f.doc, j.value FROM files f, json_each(f.result, '$.rows.flags') j "
            "WHERE json_extract(j.value, '$.rule') = 'JX902'")}
    finally:
        db.close()


def run_state(path: str, change: str = "") -> dict:
    """One nightly cross step over a state (a process of its own): CPU, wall, peak memory."""
    import resource

    from jixiao.nightly.cross import update_cross
    from jixiao.nightly.state import State
    state = State(path)
    if change:
        with state.db:   # another file's bytes, with features that differ a little
            (raw,) = state.db.execute("SELECT result FROM files WHERE doc = ?", (change,)).fetchone()
            result = __import__("json").loads(raw)
            result["cross"]["paragraphs"].append({"text": "本年度新增一段自评说明，内容与其他单位不同。" * 3, "loc": {}})
            state.db.execute("UPDATE files SET sha256 = ?, result = ? WHERE doc = ?",
                             (f"changed {time.time()}", __import__("json").dumps(result, ensure_ascii=False), change))
    t0, c0 = time.perf_counter(), time.process_time()
    r = update_cross(state)
    t1, c1 = time.perf_counter(), time.process_time()
    state.close()
    timings = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in r.get("copy_detector", {}).items()}
    return {"wall_s": round(t1 - t0, 2), "cpu_s": round(c1 - c0, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "read_s": round(r.get("read", 0), 2), "findings": r.get("findings"), "skipped": r["skipped"],
            "signatures_computed": r.get("signatures_computed"), **timings}


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--run-state":
        print(__import__("json").dumps(run_state(*argv[1:])), flush=True)
        return
    if argv and argv[0] == "--state":
        import tempfile
        keep = next((a.split("=", 1)[1] for a in argv if a.startswith("--dir=")), None)
        with tempfile.TemporaryDirectory() as folder:
            for n in [int(a) for a in argv[1:] if not a.startswith("--dir=")] or [10000]:
                print(bench_state(n, keep or folder, keep=bool(keep)), flush=True)
        return
    sizes = [int(a) for a in argv] or [10000, 20000]
    results = [bench(n) for n in sizes]
    for r in results:
        print(r, flush=True)
    if len(results) >= 2:
        a, b = results[-2], results[-1]
        for kind in ("", "_cpu"):
            per = (b[f"detect{kind}_s"] - a[f"detect{kind}_s"]) / (b["reports"] - a["reports"])
            per_cached = (b[f"detect_cached{kind}_s"] - a[f"detect_cached{kind}_s"]) / (b["reports"] - a["reports"])
            print(f"extrapolated to 100,000 reports (linear in the last two sizes), {'CPU' if kind else 'wall'} time: "
                  f"detection {b[f'detect{kind}_s'] + per * (100000 - b['reports']):.0f} s, again with the index kept "
                  f"{b[f'detect_cached{kind}_s'] + per_cached * (100000 - b['reports']):.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
