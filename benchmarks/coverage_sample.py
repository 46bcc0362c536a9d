"""Which cases of the per-document accuracy tests `make test` runs: a fixed sample chosen by coverage. Never a test.

    .venv/bin/python -m benchmarks.coverage_sample native|mutations            (decides the new cases)
    .venv/bin/python -m benchmarks.coverage_sample native|mutations --redo     (decides every case again)

Two tests read many documents, each case a whole reading: tests/test_native.py reads each held form in each
text format it has (some 1,100 reads, a dozen more each set of six), tests/test_mutations.py plants slips and
neutral rewrites in each seed and restored passage, suite report and 扣分 form (each mutation a whole normalize
and check; a long document's mutations in parts, each part a case). `make test` runs a sample of their cases,
`make test-full` all (`pytest --all-forms`), with the same assertions.

The rule: a case is in the sample when it runs a line of extract/, normalize/ or rules/ that no case already in
the sample runs, or when it is the first of its kind (native: the form's born format and the format read, so a
.docx form's .pdf is another kind than an .html form's; mutations: each kind of mutation and of neutral rewrite
the case plants). Each case is run once here with a line tracer (native: the form's reading; mutations: the case
as its test runs it, as parametrized, a document's part: the clean reading and every mutated or rewritten one it
normalizes and checks). With --redo the case that adds most not yet covered is taken first (the smallest sample
this greedy rule finds); otherwise the cases not yet decided are taken in order, each kept if it adds something
(a new set's forms enter by the same rule, and the sample already decided is kept).

The verdicts are kept in tests/sample.txt, one case a line (`GROUP CASE... in|out`; a mutations case is its
test's short name, caught, neutral, suite or deduction, and its pytest id), so that sets added on separate
branches merge. A case the file does not name (a form held since the sample was last decided) is
run by `make test` until this is run again.
"""
from __future__ import annotations

import argparse
import heapq
import multiprocessing
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "sample.txt"
# The code whose paths the sample covers: the readers, the normalizer and the rules.
COVERED = tuple(str(ROOT / d) + "/" for d in ("extract", "normalize", "rules"))
HEADER = ("# The per-document accuracy cases in `make test` (in) and in `make test-full` only (out), by test: a case is in\n"
          "# when it runs a line of extract/, normalize/ or rules/ that no other case in runs, or is the first of its kind.\n"
          "# A mutations case: its test in tests/test_mutations.py (caught, neutral, suite, deduction) and its pytest id.\n"
          "# Written by `.venv/bin/python -m benchmarks.coverage_sample GROUP` (docs/benchmarks.md, fixtime5).\n")


def decided(group: str, path: Path = SAMPLE) -> dict[tuple, bool]:
    """case -> in make test's sample, for the cases of the group (native, mutations) the file names."""
    out = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, *case, verdict = line.split()
                if name == group:
                    out[tuple(case)] = verdict == "in"
    return out


def lines_run(call) -> set:
    """The (file, line) pairs of the covered code that `call()` runs (in this thread)."""
    seen: set = set()

    def local(frame, event, arg):
        if event == "line":
            seen.add((frame.f_code.co_filename, frame.f_lineno))
        return local

    def enter(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(COVERED) else None

    threading.settrace(enter)
    sys.settrace(enter)
    try:
        call()
    finally:
        sys.settrace(None)
        threading.settrace(None)
    return seen


def choose(marks: dict, kept: dict, redo: bool) -> dict:
    """Each case's verdict. marks: case -> the lines it runs and its kinds; kept: the verdicts already
    taken (kept unless redo)."""
    verdict = {} if redo else {c: v for c, v in kept.items() if c in marks}
    covered = set().union(*(marks[c] for c, v in verdict.items() if v))
    todo = [c for c in marks if c not in verdict]
    if redo:
        # the greedy cover, lazily: a case's gain only falls as the sample grows, so a gain worked out
        # earlier bounds it; the case taken is the first (in the cases' order) of those that add most
        heap = [(-len(marks[c]), k) for k, c in enumerate(todo)]
        heapq.heapify(heap)
        while heap:
            bound, k = heapq.heappop(heap)
            gain = len(marks[todo[k]] - covered)
            if gain == 0:
                continue
            if gain < -bound:
                heapq.heappush(heap, (-gain, k))
                continue
            verdict[todo[k]] = True
            covered |= marks[todo[k]]
        todo = [c for c in todo if c not in verdict]
    for c in todo:
        verdict[c] = bool(marks[c] - covered)
        covered |= marks[c]
    return verdict


def write(group: str, verdict: dict, path: Path = SAMPLE) -> None:
    """The group's verdicts in place of its old ones; the other groups' lines kept."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    others = [line for line in lines if line.strip() and not line.startswith("#") and line.split()[0] != group]
    ours = [f"{group} {' '.join(case)} {'in' if v else 'out'}" for case, v in sorted(verdict.items())]
    path.write_text(HEADER + "".join(f"{line}\n" for line in sorted(others + ours)), encoding="utf-8")


def _marks(job) -> tuple:
    """A case's lines run and kinds (in a worker process: `_reach` set before the fork)."""
    case = job
    kinds: list = []
    lines = lines_run(lambda: kinds.extend(_reach(case)))
    return case, lines | {("kind", x) for x in kinds}


_reach = None


def sample(group: str, cases: list, reach, redo: bool, jobs: int = 1, chunksize: int = 4) -> None:
    """Decide the group's cases: reach(case) runs the case's reading and gives its kinds."""
    global _reach
    kept = decided(group)
    todo = cases if redo else [c for c in cases if c not in kept]
    # the cases already in the sample are read too: what they cover decides the new ones
    read = todo if redo else [c for c in cases if c in todo or kept.get(c)]
    _reach, marks = reach, {}
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for k, (case, got) in enumerate(pool.imap_unordered(_marks, read, chunksize=chunksize)):
            marks[case] = got
            print(f"\r{k + 1}/{len(read)} {' '.join(case)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    marks = {c: marks[c] for c in read}   # in the cases' order, whatever order the workers gave them back
    verdict = choose(marks, kept, redo)
    verdict = {c: v for c, v in {**kept, **verdict}.items() if c in set(cases)}
    write(group, verdict)
    print(f"{sum(verdict.values())} of {len(verdict)} {group} cases in make test's sample "
          f"({len(todo)} decided now): {SAMPLE.relative_to(ROOT)}")


def native(redo: bool, jobs: int) -> None:
    from benchmarks.first_read import read_passage
    from tests.test_native import HELD, NATIVE, held_formats, native_format

    def reach(case):
        read_passage(*case, NATIVE)
        return [(native_format(case[0]), case[1])]

    sample("native", [(stem, ext) for stem in HELD for ext in held_formats(stem)], reach, redo, jobs)


def mutations(redo: bool, jobs: int) -> None:
    from jixiao.extract import read_document
    from tests import mutations as planted
    from tests.test_mutations import DEDUCTION_FORMS, NEUTRAL_PARTS, PARTS, SUITE, case
    # each case as its test runs it: the seeds' and passages' parts (mutations, then neutral rewrites), then
    # the suite reports and the 扣分 forms in each format they are rendered to

    def caught(path, part):
        return planted.run_all(read_document(path), part, sample=True)

    def neutral(path, part):
        return planted.neutral(read_document(path), part=part)

    def suite(path, part):
        doc = read_document(path)
        read = planted.clean(doc)
        return planted.run_all(doc, read=read) + planted.neutral(doc, read)

    def deduction(path, part):
        doc = read_document(path)
        return planted.run_all(doc, read=planted.clean(doc))
    runs = {"caught": caught, "neutral": neutral, "suite": suite, "deduction": deduction}
    jobs_of = ([("caught", *p.values) for p in PARTS] + [("neutral", *p.values) for p in NEUTRAL_PARTS]
               + [("suite", p, (0, 1)) for p in SUITE] + [("deduction", p, (0, 1)) for p in DEDUCTION_FORMS])
    cases = {case(test, path, part): (test, path, part) for test, path, part in jobs_of}
    assert len(cases) == len(jobs_of), "two cases of one name"

    def reach(name):
        test, path, part = cases[name]
        return {m.what for m in runs[test](path, part)}   # the kinds of mutation or rewrite the case plants

    sample("mutations", list(cases), reach, redo, jobs, chunksize=1)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("group", choices=["native", "mutations"])
    ap.add_argument("--redo", action="store_true", help="decide every case again (the smallest sample)")
    ap.add_argument("--jobs", type=int, default=1, help="processes reading the cases")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    {"native": native, "mutations": mutations}[a.group](a.redo, a.jobs)


if __name__ == "__main__":
    main()
