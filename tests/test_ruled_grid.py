"""extract.ruled_page's grid lookups (_index, _Rules) answer by bisection what the scans written out
against every bound and every rule answered: the old code is kept here as the reference."""
import math
import random

from jixiao.extract.ruled_page import _index, _Rules

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
