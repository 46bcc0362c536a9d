"""Traditional characters and mirror-site text (issue 21, item 8): a report in traditional
characters, or with pinyin glosses after its characters, gives the records of the simplified one,
with the raw fields as written."""

import pytest

from jixiao.extract import read_document
from jixiao.normalize import normalize_document
from jixiao.normalize.script import convert, matching

from .conftest import REPORTS, ROOT, SEEDS


def test_matching_form():
    assert matching("實際完成值") == "实际完成值"
    assert matching("預算執行率(B/A)") == "预算执行率(B/A)"
    assert matching("指標權重") == "指标权重"
    assert matching("項(xiàng)目支出績(jī)效") == "项目支出绩效"
    assert matching("數量（km）") == "数量（km）"      # a bracket that is not pinyin stays
    assert matching("已是简体") == "已是简体"
    text, segs = convert("項(xiàng)目")
    assert text == "项目" and segs == ["項(xiàng)", "目"]


def _traditional(doc, gloss: bool):
    from opencc import OpenCC
    cc = OpenCC("s2t")

    def t(text):
        out = cc.convert(text)
        if gloss == "untoned":   # as OCR reads glosses: no tone marks, either bracket
            return out.replace("項", "項(xiang)").replace("績", "績（ji)")
        return out.replace("項", "項(xiàng)").replace("績", "績(jī)") if gloss else out
    return doc.with_text(t)


def _q(f):
    return None if f is None else (f.q.op, f.q.value, f.q.unit, f.q.places, f.q.date)


def _matching_view(recs):
    """What the checks read: levels, keys, parsed values, money and scores (not the text as written)."""
    projects = [(p.year, p.money_unit, p.scored, [_q(getattr(p, k)) for k in (
        "budget_initial", "budget_full_year", "executed", "exec_rate_stated", "fund_weight", "fund_score",
        "total_weight_stated", "total_score_stated")], p.grade_stated, p.scoring_model) for p in recs.projects]
    indicators = [(i.level1, i.level2, i.level3_key, _q(i.target), _q(i.actual), _q(i.weight), _q(i.score))
                  for i in recs.indicators]
    lists = [(len(lt.items), _q(lt.total)) for lt in recs.lists]
    prose = [(f.subject, f.q.op, f.q.value, f.q.unit, f.role) for f in recs.prose]
    return projects, indicators, lists, prose


DOCS = [REPORTS / f"{s}.docx" for s in SEEDS] + [ROOT / "corpus" / "realworld" / "001.docx",
                                                   ROOT / "corpus" / "realworld" / "012.docx"]


@pytest.mark.parametrize("gloss", [False, True, "untoned"])
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_traditional_text_gives_the_simplified_records_with_raw_fields_as_written(path, gloss):
    doc = read_document(path)
    simple = normalize_document(doc)
    trad_doc = _traditional(doc, gloss)
    trad = normalize_document(trad_doc)
    assert simple.indicators or simple.projects
    assert _matching_view(trad) == _matching_view(simple)
    written = {c.text for _, c in trad_doc.iter_cells()} | {p.text for p in trad_doc.paragraphs()}
    untoned = gloss == "untoned"
    for a, b in zip(trad.indicators, simple.indicators):
        assert matching(a.level3, untoned) == b.level3 and matching(a.level1_raw, untoned) == b.level1_raw
        assert matching(a.target.raw, untoned) == b.target.raw and matching(a.actual.raw, untoned) == b.actual.raw
    for p, q in zip(trad.projects, simple.projects):
        assert matching(p.name or "", untoned) == (q.name or "")
    # the raw fields are the traditional document's text as written, not its simplified form
    assert any(a.level3 != b.level3 for a, b in zip(trad.indicators, simple.indicators)) or not simple.indicators
    assert all(any(i.level3 in w for w in written) for i in trad.indicators if i.level3)
    assert all(any(f.sentence in w for w in written) for f in trad.prose)
    assert all(t in written for t, _ in trad.paragraphs)


def test_a_gloss_after_a_line_break_gives_the_name_back_without_the_break():
    from jixiao.normalize.script import Restorer
    restore = Restorer()
    written = "經(jīng)濟效益指標\n(biāo)"
    restore.add(*convert(written))
    assert restore("经济效益指标") == "經(jīng)濟效益指標(biāo)"


def test_untoned_glosses_are_dropped_where_the_document_is_glossed():
    from jixiao.normalize.script import glossed
    assert matching("產(chan)出指標（biao)", untoned=True) == "产出指标"
    assert matching("產(chan)出指標（biao)") == "产(chan)出指标（biao)"   # not said to be glossed: kept
    assert matching("數量（km）", untoned=True) == "数量（km）"             # not a pinyin syllable
    assert matching("項目(B/A)", untoned=True) == "项目(B/A)"
    assert matching("指標(i)、(ii)", untoned=True) == "指标(i)、(ii)"   # no syllable starts i without y
    # OCR dropped the character (監 is not in its recogniser's set) and kept its gloss
    assert convert("(jian）測資料", untoned=True) == ("测资料", ["(jian）測", "資", "料"])
    assert glossed(["產(chan)出指標(biao)", "數(shu)量"])
    assert not glossed(["時長(min)", "面積(ha)", "長度（km）", "(A)"])   # units that happen to be syllables
