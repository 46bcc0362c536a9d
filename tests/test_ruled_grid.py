"""extract.ruled_page's grid lookups (_index, _Rules) answer by bisection what the scans written out
against every bound and every rule answered: the old code is kept here as the reference."""
import math
import random

from jixiao.extract.ruled_page import _index, _Rules, _side_by_side

ODD = [math.inf, -math.inf, math.nan, 0.0, -0.0]


def _index_by_scan(bounds, v):
    for k in range(len(bounds) - 1):
        if bounds[k] <= v <= bounds[k + 1]:
            return k
    return None


def _spans_by_scan(rules, at, lo, hi, snap):
    # _has_v / _has_h, and _grids' `joined` where at is None
    return any((at is None or abs(r[0] - at) <= snap) and r[1] - snap <= lo and r[2] + snap >= hi for r in rules)


def _value(rnd: random.Random) -> float:
    # on a coarse lattice half the time, so that rules meet, touch and stand exactly snap apart
    return rnd.choice([rnd.randrange(0, 40) / 2, rnd.uniform(-1, 21)])


def _rule(rnd: random.Random) -> tuple:
    a, b = sorted([_value(rnd), _value(rnd)])
    rule = [_value(rnd), a, b]
    if rnd.random() < 0.04:
        rule[rnd.randrange(3)] = rnd.choice(ODD)     # hostile coordinates
    return tuple(rule)


def test_index_by_bisection_equals_the_scan():
    rnd = random.Random(7)
    for n in [0, 1, 2, 3, 8, 50]:
        for _ in range(200):
            bounds = sorted(_value(rnd) for _ in range(n))
            for v in [_value(rnd) for _ in range(20)] + bounds + ODD:
                assert _index(bounds, v) == _index_by_scan(bounds, v), (bounds, v)


def test_indexed_rules_answer_as_every_rule_tried():
    rnd = random.Random(21)
    for n in [0, 1, 2, 5, 30, 300]:
        for snap in [0.0, 0.5, 1.0, 2.0, math.nan]:
            rules = [_rule(rnd) for _ in range(n)]
            index = _Rules(rules, snap)
            ats = [r[0] for r in rules] + [_value(rnd) for _ in range(10)] + ODD + [None]
            for _ in range(300):
                at, lo, hi = rnd.choice(ats), rnd.choice([_value(rnd), *ODD]), rnd.choice([_value(rnd), *ODD])
                assert index.spans(at, lo, hi) == _spans_by_scan(rules, at, lo, hi, snap), (rules, at, lo, hi, snap)


def _side_by_side_by_scan(xs, hs, snap):
    parts = [[xs[0]]]
    for a, b in zip(xs, xs[1:]):
        crossed = any(h[1] < b - snap and h[2] > a + snap for h in hs)
        if not crossed and len(parts[-1]) >= 3:
            parts.append([b])
        else:
            parts[-1].append(b)
    if len(parts[-1]) < 3 and len(parts) > 1:
        return [xs]
    return parts


def test_side_by_side_by_bisection_splits_where_the_scan_did():
    rnd = random.Random(425)
    split = 0
    for n in [0, 1, 3, 10, 60]:
        for snap in [0.0, 0.5, 2.0]:
            for _ in range(200):
                xs = sorted({_value(rnd) for _ in range(rnd.randrange(1, 12))})
                hs = [_rule(rnd) for _ in range(n)]
                got = _side_by_side(xs, hs, snap)
                assert got == _side_by_side_by_scan(xs, hs, snap), (xs, hs, snap)
                split += len(got) > 1
    assert split > 50     # the random bands do stand side by side often enough to test the split
