"""Text as it comes, sixteenth round (issue 21): Perl's Data::Dumper (\\x{hhhh} escapes, hash order)."""
from tests.text_rows import LEVELS, ROWS, indicator_rows, levels as _levels, written as _write


def _pl(v) -> str:
    """A value as Data::Dumper writes it: an integer bare, ASCII single-quoted, a wide character \\x{hhhh}."""
    if v is None:
        return "undef"
    if isinstance(v, int):
        return str(v)
    if all(ord(c) < 128 for c in v):
        return f"'{v}'"
    return '"' + "".join(c if ord(c) < 128 else "\\x{%x}" % ord(c) for c in v) + '"'


def _dumper() -> str:
    """A dry run's log lines and `$VAR1 = {…};`, each hash's keys in its own (scrambled) order."""
    def hash_(pairs: list, indent: int) -> list[str]:
        pad = " " * indent
        return ["{"] + [f"{pad}  {_pl(k)} => {_pl(v)}," for k, v in pairs] + [f"{pad}}}"]
    out = ["[09:41:27] 读取自评表 ... 完成", "$VAR1 = {",
           "  'head' => {", f"    {_pl('项目名称')} => {_pl('2023年某某县示范项目')},", f"    {_pl('金额单位')} => {_pl('万元')},",
           f"    {_pl('年度')} => 2023", "  },", "  'indicators' => ["]
    for k, ((l1, l2), (name, target, actual, weight, score)) in enumerate(zip(LEVELS, ROWS)):
        pairs = [("实际完成值", actual), ("得分", score if "." in score else int(score)), ("三级指标", name),
                 ("一级指标", l1), ("年度指标值", target), ("分值", int(weight)), ("二级指标", l2)]
        pairs = pairs[k:] + pairs[:k]        # Perl's hash order: each record its own
        out += ["    " + x for x in hash_(pairs, 0)]
        out[-1] += "," if k < len(ROWS) - 1 else ""
    out += ["  ],", "  'total' => {", f"    {_pl('自评得分')} => '30.22'", "  }", "};"]
    return "\n".join(out) + "\n"


def test_perl_data_dumper_reads_escaped_hashes_as_records_whatever_their_key_order(tmp_path):
    """$VAR1 = {…}; with every Chinese character a \\x{hhhh} escape, 'key' => value members, integers bare and
    decimals quoted, each record's keys in its own order: the records are the table's rows by their keys'
    names, the head's members label：value lines."""
    text = _dumper()
    assert "\\x{" in text and "产" not in text.split("$VAR1", 1)[1]
    recs, rows = indicator_rows(_write(tmp_path, text))
    assert rows == ROWS and _levels(recs) == LEVELS
    assert recs.projects[0].name == "2023年某某县示范项目"
