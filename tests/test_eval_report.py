"""benchmarks.first_read.show, as `make eval` prints the first read beside now: a format the quick run does not
read now (the scans, whose OCR is the full run's) says so, instead of totals of nothing read."""
from benchmarks import first_read


def _figures(matched: int) -> dict:
    return {"expected": 3, "found": matched, "matched": matched, "fields": [13 * matched, 39], "project": [10, 10],
            "year": True}


def test_a_format_not_read_now_is_said_not_totalled_as_nothing(capsys):
    first = {"formats": ["docx", "scan.pdf"], "passages": {"029": {"docx": _figures(0), "scan.pdf": _figures(0)}}}
    now = {"029": {"docx": _figures(3)}}       # the quick run: the text formats only
    first_read.show(first, now)
    out = capsys.readouterr().out
    [docx] = [ln for ln in out.splitlines() if ln.strip().startswith("docx ")]
    [scan] = [ln for ln in out.splitlines() if ln.strip().startswith("scan.pdf ")]
    assert "->  rows 3/3/3  fields 39/39" in docx
    assert "not read now: make eval-full" in scan and "->  rows" not in scan
