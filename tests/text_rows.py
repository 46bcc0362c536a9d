"""The rows a text file reads to, as the text-format rounds' tests (tests/test_text_*_round.py) compare them."""
from jixiao.extract import read_document
from jixiao.normalize import normalize_document


def indicator_rows(path):
    """The file's records, and each indicator's (三级指标, target, actual as written, 分值, 得分)."""
    recs = normalize_document(read_document(path))
    return recs, [(i.level3, i.target.raw, i.actual.raw, str(i.weight.value), str(i.score.value))
                  for i in recs.indicators]
