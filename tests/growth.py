"""Work counted, not timed: how many Python lines a call runs (sys.settrace's line events, which
also fire at each turn of a loop or comprehension). The count is the same on any machine, so a test
can compare it at n and 2n: linear code about doubles it, quadratic code quadruples it. Work done
inside one C call (a regex scan, a slice, str.find) counts as one line, so a blow-up there needs a
count of its own (or benchmarks/hostile_inputs.py)."""
from __future__ import annotations

import sys


def steps(fn, *args, **kwargs) -> int:
    """Python lines run by fn(*args, **kwargs)."""
    count = 0

    def line(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return line

    def call(frame, event, arg):
        return line

    old = sys.gettrace()
    sys.settrace(call)
    try:
        fn(*args, **kwargs)
    finally:
        sys.settrace(old)
    return count


def growth(build, run, n: int) -> float:
    """steps at 2n over steps at n: about 2 for linear work, about 4 for quadratic. A first run at n
    is not counted: it pays once for lazy imports and compiled patterns (and each run gets an input
    of its own: a table caches its grid)."""
    run(build(n))
    return steps(run, build(2 * n)) / steps(run, build(n))
