"""The rows a text file reads to, as the text-format rounds' tests (tests/test_text_*_round.py) compare them."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def indicator_rows(path):
    """The file's records, and each indicator's (三级指标, target, actual as written, 分值, 得分)."""
    recs = normalize_document(read_document(path))
    return recs, [(i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value))
                  for i in recs.indicators]


# The three rows and their levels every text-format round writes in its own grammar.
ROWS = [("建设示范点", "≥20个", "21个", "8", "8"), ("验收合格率", "100%", "100%", "6", "6"),
        ("带动就业", "≥50人", "42人", "8", "6.72")]
LEVELS = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标")]


def levels(recs):
    return [(i.level1, i.level2_raw) for i in recs.indicators]


def written(tmp_path, text, encoding="utf-8"):
    """The text written to a file in tmp_path in the encoding given."""
    f = tmp_path / "r.txt"
    f.write_bytes(text.encode(encoding))
    return f


def body_rows() -> list[list[str]]:
    """The indicator rows as a table's body: the level 1 written once over its run, a reason where the score is short."""
    out, prev = [], None
    for (l1, l2), (name, target, actual, weight, score) in zip(LEVELS, ROWS):
        out.append([l1 if l1 != prev else "", l2, name, target, actual, weight, score,
                    "降雨偏多，未达目标" if score != weight else ""])
        prev = l1
    return out
