"""Every flag on the seeds is listed, judged, in corpus/expected/flags.json: nothing more, nothing less."""
import json

import pytest

from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.rules import check

from .conftest import REPORTS, ROOT, SEEDS

EXPECTED = json.loads((ROOT / "corpus" / "expected" / "flags.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", SEEDS)
@pytest.mark.parametrize("ext", ["txt", "docx", "pdf"])
def test_seed_flags_are_the_expected_ones(stem, ext):
    recs = normalize_document(read_document(REPORTS / f"{stem}.{ext}"), name=f"{stem}.{ext}")
    got = sorted((f.rule, f.stated, f.expected) for f in check(recs))
    want = sorted((f["rule"], f["stated"], f["expected"]) for f in EXPECTED[stem])
    assert got == want
    assert all(f["judged"] for f in EXPECTED[stem])


def test_domain_cases_are_found():
    found = {(stem, f["rule"]) for stem, flags in EXPECTED.items() for f in flags}
    assert ("002_70340c3d2e0dbd82", "JX101") in found       # 3+10+10+7 = 30, stated 33
    assert ("002_70340c3d2e0dbd82", "JX102") in found       # 33 against a budget of 30
    assert ("002_70340c3d2e0dbd82", "JX103") in found       # 1, 2, 3, 2
    assert ("003_f84adbb103d4c9d8", "JX202") in found       # 174.83/178.95 is 97.70%, not 97.14%
    assert ("000_b69c5b8f3653aeba", "JX403") in found       # 未完成的绩效目标：无 with 98% < 100%
    assert ("004_8ce664a1ba30d0b4", "JX501") in found       # 10项精简到5项 / 到4项; 基本支出 814.52 / 814.46 / 814.47
    stated = {f["stated"] for f in EXPECTED["004_8ce664a1ba30d0b4"] if f["rule"] == "JX501"}
    assert {"4项", "814.46万元", "814.47万元"} <= stated
    assert ("004_8ce664a1ba30d0b4", "JX103") in found       # item 11 missing
    assert ("004_8ce664a1ba30d0b4", "JX701") in found       # **万元, 增加/减少
    assert ("001_378a17285719ce98", "JX801") in found       # 2.42人次
