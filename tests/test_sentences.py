"""Indicators told in sentences under a level heading, with no table (issue 21; normalize.sentences).
The passages are made up in the shape of the real ones (../shared/realworld/raw 063, 064): read
where the sentence names the indicator, its target and its result; counted unread and named where
it states a target and a result that cannot be told apart; prose figures elsewhere stay prose."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def _read(tmp_path, text: str):
    path = tmp_path / "passage.txt"
    path.write_text(text, encoding="utf-8")
    return normalize_document(read_document(path))


def _rows(recs):
    return [(i.level1, i.level2, i.level3, i.target.q.raw, i.actual.q.raw) for i in recs.indicators]


def test_the_plan_a_transfer_report_calls_its_task_is_a_target_cue(tmp_path):
    """年初任务数 is the target a transfer's report sets its result against (063: …年初任务数101974人，全年完成值
    103119人): the prose reader tells the two figures apart and names the indicator by the words before
    the cue, its period (年初) no part of the name."""
    recs = _read(tmp_path, "数量指标。参加培训农民人数年初任务数1200人，全年完成值1260人。\n")
    told = [(f.role, f.indicator, f.q.raw) for f in recs.prose if f.role]
    assert told == [("target", "参加培训农民人数", "1200人"), ("actual", "参加培训农民人数", "1260人")]
