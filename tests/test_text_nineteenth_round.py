"""Text as it comes, nineteenth round (issue 21): a redis-cli session's hashes."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _redis_quoted(s: str) -> str:
    """redis-cli's quoting without --raw: printable ASCII as is, every other byte \\xNN."""
    return '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else
                         "\\" + chr(b) if chr(b) in '"\\' else f"\\x{b:02x}" for b in s.encode("utf-8")) + '"'


def _redis_session() -> str:
    """HGETALL of a head hash and of one hash per indicator row (…:zb:1 …), field and value alternating, numbered
    replies; the reason field only in the row that has one; a masked AUTH before."""
    prompt = "127.0.0.1:6379[2]> "
    out = ["127.0.0.1:6379> AUTH ********", "OK", "127.0.0.1:6379> SELECT 2", "OK",
           prompt + "HGETALL form:xm"]
    head = ["项目名称", "2023年某某县示范项目", "金额单位", "万元"]
    out += [f"{k}) {_redis_quoted(x)}" for k, x in enumerate(head, 1)]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS), 1):
        items = ["一级指标", l1, "二级指标", l2, "三级指标", name, "年度指标值", target, "实际完成值", actual,
                 "分值", weight, "得分", score]
        if score != weight:
            items += ["偏差原因分析及改进措施", "受疫情影响，未达目标；下一步加强组织。"]
        out.append(prompt + f"HGETALL form:zb:{k}")
        out += [f"{n:>{len(str(len(items)))}}) {_redis_quoted(x)}" for n, x in enumerate(items, 1)]
    return "\n".join(out + [prompt + "quit", ""])


def test_a_redis_cli_session_reads_its_hashes_as_records_and_numbered_keys_as_rows(tmp_path):
    """redis-cli without --raw: each reply a numbered line, Chinese as \\xNN bytes of its UTF-8; HGETALL's reply field
    and value alternating; hashes …:zb:1 … …:zb:3 the rows of one table, a field only one row has an empty cell in
    the others; the prompts and AUTH's masked password no text of the report."""
    text = _redis_session()
    assert "\\xe5" in text and "建设" not in text
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects and recs.projects[0].name == "2023年某某县示范项目"
    from jixiao.rules import check
    assert not [f for f in check(recs) if f.rule == "JX701"]
